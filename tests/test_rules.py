"""Each rule lives once, as an object, and every consumer reads it from there.

A rule added to a field reaches the decoder (fast and detailed), the JSON Schema, the
whole-edition check (for a reference) and the docs' table without another edit.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import typing
from pathlib import Path
from typing import Any

import attrs
import pytest

import asean_coop
from asean_coop import Person, ValidationError, from_dict, json_schema
from asean_coop.codec import _api as api
from asean_coop.model import _checks
from asean_coop.model._checks import Each, IntRange, Matches, Text, anchored, rule_of
from asean_coop.model._integrity import edition_problems
from asean_coop.model._references import references, refers_to

DOCS = Path(__file__).resolve().parents[1] / "docs" / "limits.md"


def rules_table() -> str:
    """The docs' table: each rule, and the fields it checks."""
    fields: dict[str, list[str]] = {}
    for name in sorted(asean_coop.__all__):
        cls = getattr(asean_coop, name)
        if not (isinstance(cls, type) and attrs.has(cls)) or cls is asean_coop.Problem:
            continue
        for attribute in attrs.fields(cls):
            rule = rule_of(attribute)
            if rule is not None:
                refs = references(attribute)
                label = f"`{name}.{attribute.name}`" + (f" (→ {', '.join(refs)})" if refs else "")
                fields.setdefault(rule.describe(), []).append(label)
    lines = ["| rule | fields |", "|---|---|"]
    lines += [f"| {rule} | {', '.join(names)} |" for rule, names in fields.items()]
    return "\n".join(lines)


def test_the_docs_table_of_rules_is_current() -> None:
    text = DOCS.read_text(encoding="utf-8")
    start, end = "<!-- rules:start -->\n", "<!-- rules:end -->"
    current = text[text.index(start) + len(start) : text.index(end)]
    expected = rules_table() + "\n"
    if os.environ.get("ASEAN_COOP_WRITE_DOCS"):
        DOCS.write_text(text.replace(start + current, start + expected), encoding="utf-8")
    assert current == expected, "run with ASEAN_COOP_WRITE_DOCS=1 to rewrite docs/limits.md"


def test_every_validator_of_the_model_is_a_rule() -> None:
    for name in asean_coop.__all__:
        cls = getattr(asean_coop, name)
        if isinstance(cls, type) and attrs.has(cls):
            for attribute in attrs.fields(cls):
                rule_of(attribute)  # raises for a validator that is not a Rule


THREE = Matches("[a-z]{3}", "three lowercase letters")


@attrs.frozen(kw_only=True)
class Gadget:
    """A class made for this test: one new rule, one new reference."""

    id: str = attrs.field(validator=_checks.SLUG)
    code: str = attrs.field(validator=THREE)
    owner_id: str | None = attrs.field(
        default=None, validator=_checks.SLUG, metadata=refers_to("people")
    )
    sizes: tuple[int, ...] = attrs.field(default=(), validator=Each(IntRange(1, 9), ordered=True))


@attrs.frozen(kw_only=True)
class Workshop:
    """An aggregate made for this test, built the way Edition is."""

    people: tuple[Person, ...]
    gadgets: tuple[Gadget, ...]


def test_a_new_rule_reaches_the_decoder_on_both_paths() -> None:
    for detailed in (False, True):
        with pytest.raises(Exception):  # noqa: B017, PT011 - the fast path raises its own
            api._converter(detailed).structure({"id": "g", "code": "abcd"}, Gadget)
    with pytest.raises(ValidationError) as info:
        from_dict({"id": "g", "code": "abcd", "sizes": [3, 2, 10]}, Gadget)
    assert [str(p) for p in info.value.problems] == [
        "code: 'abcd' is not three lowercase letters",
        "sizes[2]: 10 is outside 1..9",
    ]
    assert from_dict({"id": "g", "code": "abc", "sizes": [1, 2]}, Gadget).sizes == (1, 2)


def test_a_new_rule_reaches_the_json_schema() -> None:
    properties = json_schema(Gadget)["$defs"]["Gadget"]["properties"]
    assert properties["code"]["pattern"] == anchored("[a-z]{3}")
    assert properties["sizes"]["items"] == {"type": "integer", "minimum": 1, "maximum": 9}
    assert properties["owner_id"]["pattern"] == anchored(_checks.SLUG.pattern)


def test_a_new_reference_reaches_the_whole_edition_check() -> None:
    person = asean_coop.load_edition(2025).people[0]
    values = {
        "people": (person,),
        "gadgets": (Gadget(id="g", code="abc", owner_id="nobody"),
                    Gadget(id="h", code="abc", owner_id=person.id)),
    }  # fmt: skip
    problems = edition_problems(Workshop, values)
    assert [str(p) for p in problems] == ["gadgets[0].owner_id: 'nobody' is not the id of a person"]


# --- one meaning in every regex dialect ------------------------------------------------

SAMPLES = [
    "", " ", "a", "Phạm", "张", "😀", "\u200b", "\ufeff", "\u0301", "e\u0301", "\u3164",
    "\u2800", "\u00a0", "\x1c", "\x1f", "\x00", "a\x00", "\t", "a\nb", "x\n", "\u2028",
    "yu-yunquan", "Yu", "a--b", "-a", "KH", "KHM", "kh", "2025", "2025-02-29", "2024-02-29",
    "1900-02-29", "2000-02-29", "0000", "2025-13", "https://example.org/a?b#c",
    "javascript:alert(1)", "http://x", "https://a b",
]  # fmt: skip


def _patterns(schema: Any) -> set[str]:
    found: set[str] = set()
    stack = [schema]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            if isinstance(node.get("pattern"), str):
                found.add(node["pattern"])
            stack.extend(node.values())
        elif isinstance(node, list):
            stack.extend(node)
    return found


NODE = shutil.which("node")


@pytest.mark.skipif(NODE is None, reason="needs Node.js for the ECMA-262 regex engine")
def test_every_schema_pattern_means_the_same_in_python_and_javascript() -> None:
    patterns = sorted(_patterns(json_schema()))
    assert len(patterns) >= 6
    script = (
        "const [ps, ss] = JSON.parse(require('fs').readFileSync(0, 'utf8'));"
        "console.log(JSON.stringify(ps.map(p => [new RegExp(p, 'u'), new RegExp(p)]"
        ".map(r => ss.map(s => r.test(s))))));"
    )
    assert NODE is not None
    out = subprocess.run(
        [NODE, "-e", script],
        input=json.dumps([patterns, SAMPLES]),
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    javascript = json.loads(out.stdout)
    for pattern, (with_u, without_u) in zip(patterns, javascript, strict=True):
        python = [re.search(pattern, s) is not None for s in SAMPLES]
        assert python == with_u, pattern
        assert python == without_u, pattern


def test_text_rule_in_words() -> None:
    assert isinstance(_checks.TEXT, Text)
    assert typing.get_type_hints(Gadget)["code"] is str
