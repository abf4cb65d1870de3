"""The import contract holds: layers model -> codec -> bundled -> query -> export -> cli.

The contract lives in pyproject.toml (``[tool.importlinter]``); ``lint-imports`` checks it in
``.ci/run`` and these tests run the same check, so a plain ``pytest`` catches an upward
import too. It names three sanctioned seams, all imports made inside methods: ``Edition``'s
query methods call into ``asean_coop.query``, the records' ``_repr_html_`` methods call
into ``asean_coop._html``, and ``Place.label`` reads country names from the library's
country table (``asean_coop.bundled``). The contract cannot tell an import inside a method
from one at the top of a module, so the last tests here check that the seams stay inside
those methods.
"""

from __future__ import annotations

import ast
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

import asean_coop

PYPROJECT = Path(__file__).resolve().parents[1] / "pyproject.toml"
PACKAGE = Path(asean_coop.__file__).resolve().parent

LAYERS = "Layers: model -> codec -> bundled -> query -> export -> cli"
ACYCLIC = "No import cycles between the modules of a package"
SEAMS = {
    "asean_coop.model._edition -> asean_coop.query.*",
    "asean_coop.model.* -> asean_coop._html",
    "asean_coop.model._places -> asean_coop.bundled",
}

pytestmark = pytest.mark.skipif(
    not PYPROJECT.is_file(), reason="needs the checkout's pyproject.toml (the import contract)"
)


def lint_imports(config: Path, *, python_path: Path | None = None) -> tuple[int, str]:
    """Run ``lint-imports`` on ``config`` in a child process: its exit code and output."""
    pytest.importorskip("importlinter", reason="needs import-linter (the test extra)")
    env = dict(os.environ)
    if python_path is not None:
        env["PYTHONPATH"] = str(python_path)
    command = [
        sys.executable,
        "-c",
        "import sys; from importlinter.cli import lint_imports; "
        "sys.exit(lint_imports(config_filename=sys.argv[1], no_cache=True, no_logo=True))",
        str(config),
    ]
    result = subprocess.run(
        command,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        cwd=config.parent,
        env=env,
    )
    return result.returncode, result.stdout + result.stderr


def statuses(output: str) -> dict[str, str]:
    """Each contract's name and its status, KEPT or BROKEN, as lint-imports reports them."""
    found = re.findall(r"^(.+?) (KEPT|BROKEN)(?: \(.*\))?$", output, flags=re.MULTILINE)
    return dict(found)


@pytest.fixture(scope="module")
def report() -> tuple[int, str]:
    return lint_imports(PYPROJECT)


def test_the_layers_hold(report: tuple[int, str]) -> None:
    _, output = report
    assert statuses(output).get(LAYERS) == "KEPT", output


def test_no_import_cycles(report: tuple[int, str]) -> None:
    code, output = report
    assert statuses(output).get(ACYCLIC) == "KEPT", output
    assert code == 0, output


def test_the_contract_names_only_the_sanctioned_seams() -> None:
    text = PYPROJECT.read_text(encoding="utf-8")
    section = text[text.index("[tool.importlinter]") :]
    ignored = set(re.findall(r'^\s*"(asean_coop[^"]*->[^"]*)",?$', section, flags=re.MULTILINE))
    assert ignored == SEAMS


def test_an_upward_import_breaks_the_contract(tmp_path: Path) -> None:
    """The check can fail: a copy of the package with one import from model into query."""
    copy = tmp_path / "site" / "asean_coop"
    shutil.copytree(PACKAGE, copy, ignore=shutil.ignore_patterns("__pycache__", "data"))
    places = copy / "model" / "_places.py"
    places.write_text(
        places.read_text(encoding="utf-8") + "\nfrom ..query import _keys  # noqa\n",
        encoding="utf-8",
    )
    config = tmp_path / "pyproject.toml"
    shutil.copyfile(PYPROJECT, config)
    code, output = lint_imports(config, python_path=tmp_path / "site")
    assert code == 1, output
    assert statuses(output).get(LAYERS) == "BROKEN", output
    assert "asean_coop.model._places -> asean_coop.query._keys" in output


# --- the seams stay inside the methods the contract names ------------------------


def seam_problems(source: str, module: str, *, is_package: bool = False) -> Iterator[str]:
    """Imports in ``module`` (a dotted name in asean_coop.model) of the query layer, the
    HTML module or the bundled data, other than inside an ``Edition`` method (query),
    ``_repr_html_`` (HTML) or ``Place.label`` (the country table)."""
    package = module if is_package else module.rsplit(".", 1)[0]

    def target(node: ast.ImportFrom) -> str:
        if not node.level:
            return node.module or ""
        base = package.split(".")[: len(package.split(".")) - node.level + 1]
        return ".".join([*base, *([node.module] if node.module else [])])

    def visit(node: ast.AST, scope: tuple[str, ...]) -> Iterator[str]:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, (ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)):
                yield from visit(child, (*scope, child.name))
                continue
            yield from visit(child, scope)
            if isinstance(child, ast.ImportFrom):
                names = [target(child), *(f"{target(child)}.{a.name}" for a in child.names)]
            elif isinstance(child, ast.Import):
                names = [a.name for a in child.names]
            else:
                continue
            where = ".".join(scope) or "module level"
            query = any(n == "asean_coop.query" or n.startswith("asean_coop.query.") for n in names)
            html = any(n == "asean_coop._html" or n.startswith("asean_coop._html.") for n in names)
            in_edition_method = module == "asean_coop.model._edition" and (
                len(scope) >= 2 and scope[0] == "Edition"
            )
            bundled = any(
                n == "asean_coop.bundled" or n.startswith("asean_coop.bundled.") for n in names
            )
            in_repr_html = len(scope) >= 2 and scope[-1] == "_repr_html_"
            in_place_label = module == "asean_coop.model._places" and scope == ("Place", "label")
            if query and not in_edition_method:
                yield f"{module}:{child.lineno} imports the query layer at {where}"
            if html and not in_repr_html:
                yield f"{module}:{child.lineno} imports asean_coop._html at {where}"
            if bundled and not in_place_label:
                yield f"{module}:{child.lineno} imports asean_coop.bundled at {where}"

    yield from visit(ast.parse(source), ())


def test_the_seams_are_imports_inside_the_named_methods() -> None:
    problems: list[str] = []
    for path in sorted((PACKAGE / "model").glob("*.py")):
        is_package = path.stem == "__init__"
        module = "asean_coop.model" if is_package else f"asean_coop.model.{path.stem}"
        source = path.read_text(encoding="utf-8")
        problems.extend(seam_problems(source, module, is_package=is_package))
    assert problems == []


def test_a_seam_outside_its_method_is_found() -> None:
    source = (
        "from ..query import lookup\n"
        "import asean_coop._html\n"
        "class Edition:\n"
        "    def person(self):\n"
        "        from ..query.lookup import find_person\n"
        "    def _repr_html_(self):\n"
        "        from .._html import edition_html\n"
        "class Person:\n"
        "    def speeches(self):\n"
        "        from ..query.speeches import speeches_by\n"
        "    def html(self):\n"
        "        from .. import _html\n"
    )
    assert list(seam_problems(source, "asean_coop.model._edition")) == [
        "asean_coop.model._edition:1 imports the query layer at module level",
        "asean_coop.model._edition:2 imports asean_coop._html at module level",
        "asean_coop.model._edition:10 imports the query layer at Person.speeches",
        "asean_coop.model._edition:12 imports asean_coop._html at Person.html",
    ]
    assert list(seam_problems(source, "asean_coop.model._people"))[2] == (
        "asean_coop.model._people:5 imports the query layer at Edition.person"
    )


def test_the_country_table_is_read_only_by_place_label() -> None:
    source = (
        "from ..bundled import countries\n"
        "class Place:\n"
        "    def label(self):\n"
        "        from ..bundled import country_name\n"
        "    def __str__(self):\n"
        "        from .. import bundled\n"
    )
    assert list(seam_problems(source, "asean_coop.model._places")) == [
        "asean_coop.model._places:1 imports asean_coop.bundled at module level",
        "asean_coop.model._places:6 imports asean_coop.bundled at Place.__str__",
    ]
    assert list(seam_problems(source, "asean_coop.model._events"))[1] == (
        "asean_coop.model._events:4 imports asean_coop.bundled at Place.label"
    )
