"""JSON-LD read by jsonld.js, the JavaScript processor, as well as by pyld in Python.

Both canonicalize the document (URDNA2015) to the same N-Quads: the graph means the same
to either processor. jsonld.js comes from the npm registry; ``.ci/run`` installs it and
sets ``ASEAN_COOP_JSONLD_JS`` to its folder, and without it the test skips.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from asean_coop.export import to_jsonld
from helpers import tiny_edition

JSONLD_JS = os.environ.get("ASEAN_COOP_JSONLD_JS", "")
NODE = shutil.which("node")

pytestmark = pytest.mark.skipif(
    NODE is None or not (Path(JSONLD_JS) / "package.json").is_file(),
    reason="needs Node.js and jsonld.js (ASEAN_COOP_JSONLD_JS; .ci/run installs it)",
)

SCRIPT = """
const jsonld = require(process.env.ASEAN_COOP_JSONLD_JS);
const doc = JSON.parse(require('fs').readFileSync(0, 'utf8'));
jsonld.canonize(doc, {algorithm: 'URDNA2015', format: 'application/n-quads'})
  .then(out => process.stdout.write(out));
"""


def test_jsonld_js_and_pyld_read_the_same_graph() -> None:
    jsonld = pytest.importorskip("pyld.jsonld")
    document = to_jsonld(tiny_edition())
    assert NODE is not None
    javascript = subprocess.run(
        [NODE, "-e", SCRIPT],
        input=json.dumps(document),
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    ).stdout
    python = jsonld.normalize(document, {"algorithm": "URDNA2015", "format": "application/n-quads"})
    assert javascript.splitlines()
    assert sorted(javascript.splitlines()) == sorted(python.splitlines())
    assert any(
        '"2026-01-15"^^<http://www.w3.org/2001/XMLSchema#date>' in q
        for q in javascript.splitlines()
    )
