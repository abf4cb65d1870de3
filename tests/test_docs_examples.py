"""Every code example of the documentation and every example script runs.

Rules for code blocks in ``docs/**/*.md`` and ``README.md``:

- ```` ```python ```` blocks of a page run in order in one namespace (a page reads
  like one script); a block that starts with ``>>>`` (or a ```` ```pycon ```` block)
  runs as a doctest, its output compared.
- In ```` ```console ```` blocks each ``$ asean-coop ...`` (or ``$ python -m
  asean_coop ...``) command runs, in process; the lines after it, if any, are the
  expected output (standard output then standard error; ``...`` matches anything).
  ``$ echo $?`` shows the exit code of the command before; without it a command must
  exit 0. ``> FILE`` at the end of a command writes its output to FILE. Other ``$``
  commands (installation, building the docs) are instructions and are not run.
- In ```` ```bash ```` / ```` ```sh ```` blocks every line that starts with
  ``asean-coop`` runs and must exit 0.
- An HTML comment ``<!-- skip -->`` on the line before a block keeps it from running.

Everything runs in a fresh temporary directory, so examples may write files.
"""

from __future__ import annotations

import doctest
import os
import re
import shlex
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import attrs
import pytest

import asean_coop
from asean_coop.cli import main

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"
EXAMPLES = ROOT / "examples"
PAGES = sorted([*DOCS.rglob("*.md"), *EXAMPLES.glob("*.md"), *ROOT.glob("README.md")])
SCRIPTS = sorted(EXAMPLES.glob("*.py"))
OPTIONAL = {"pandas", "matplotlib", "rdflib", "frictionless", "jsonschema", "pyarrow", "duckdb"}
_FENCE = re.compile(r"^(?P<indent>[ \t]*)(?P<fence>`{3,}|~{3,})(?P<info>[^`]*)$")
_FLAGS = doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE


@attrs.frozen
class Block:
    """One fenced code block of a page."""

    page: Path
    line: int
    language: str
    code: str
    skip: bool

    @property
    def where(self) -> str:
        return f"{self.page.relative_to(ROOT)}:{self.line}"


def blocks(page: Path) -> list[Block]:
    """The fenced code blocks of a Markdown page, in order (indented fences too)."""
    lines = page.read_text(encoding="utf-8").splitlines()
    found: list[Block] = []
    index = 0
    while index < len(lines):
        match = _FENCE.match(lines[index])
        if not match:
            index += 1
            continue
        indent, fence = match["indent"], match["fence"]
        info = match["info"].strip().lstrip("{").split()
        language = info[0].lstrip(".").lower() if info else ""
        previous = next((ln.strip() for ln in reversed(lines[:index]) if ln.strip()), "")
        body: list[str] = []
        start = index + 2  # the 1-based number of the first line of code
        index += 1
        while index < len(lines) and lines[index].strip() != fence:
            text = lines[index]
            body.append(text[len(indent) :] if text.startswith(indent) else text.lstrip())
            index += 1
        index += 1
        found.append(
            Block(page, start, language, "\n".join(body) + "\n", previous == "<!-- skip -->")
        )
    return found


def test_the_block_reader_finds_fences_languages_and_skips(tmp_path: Path) -> None:
    page = tmp_path / "page.md"
    page.write_text(
        "# T\n\n```python\nx = 1\n```\n\n<!-- skip -->\n```console\n$ asean-coop nope\n```\n"
        '\n!!! note\n    ```python title="a.py"\n    y = 2\n    ```\n',
        encoding="utf-8",
    )
    got = [(b.language, b.code, b.skip, b.line) for b in blocks(page)]
    assert got == [
        ("python", "x = 1\n", False, 4),
        ("console", "$ asean-coop nope\n", True, 9),
        ("python", "y = 2\n", False, 14),
    ]


def test_there_are_pages_scripts_and_executable_blocks() -> None:
    names = {p.name for p in PAGES}
    assert {"index.md", "getting-started.md", "cli.md"} <= names
    runnable = [b for p in PAGES for b in blocks(p) if not b.skip and b.language]
    assert len([b for b in runnable if b.language in {"python", "py", "pycon"}]) >= 10
    assert len([b for b in runnable if b.language == "console"]) >= 5
    assert len(SCRIPTS) >= 4


# -- running blocks --------------------------------------------------------------------


def _doctest(block: Block, namespace: dict[str, Any]) -> None:
    parser = doctest.DocTestParser()
    test = parser.get_doctest(block.code, namespace, block.where, str(block.page), block.line)
    runner = doctest.DocTestRunner(optionflags=_FLAGS)
    out: list[str] = []
    runner.run(test, out=out.append, clear_globs=False)
    namespace.update(test.globs)  # DocTest works on a copy; later blocks build on this one
    assert runner.failures == 0, f"{block.where}: doctest failed\n" + "".join(out)


def _python(block: Block, namespace: dict[str, Any]) -> None:
    if block.code.lstrip().startswith(">>>") or block.language == "pycon":
        _doctest(block, namespace)
        return
    code = compile(block.code, block.where, "exec")
    exec(code, namespace)


@attrs.define
class Command:
    argv: list[str]
    expected: list[str] = attrs.Factory(list)
    redirect: str | None = None


def _commands(block: Block) -> Iterator[Command]:
    """The asean-coop commands of a console or shell block, with their expected output."""
    prompt = block.language == "console"
    current: Command | None = None
    for raw in block.code.splitlines():
        if prompt and not raw.startswith("$ "):
            if current is not None:
                current.expected.append(raw)
            continue
        line = raw[2:] if prompt else raw.strip()
        if line == "echo $?":
            assert current is not None, f"{block.where}: echo $? with no command before it"
            yield current
            current = Command(argv=["echo"])
            continue
        if current is not None:
            yield current
            current = None
        words = shlex.split(line, comments=True)
        if words[:3] == ["python", "-m", "asean_coop"]:
            words = ["asean-coop", *words[3:]]
        if not words or words[0] != "asean-coop":
            continue  # an instruction (pip, mkdocs, ...), not an example to run
        assert not {"|", "&&", ";", "<"} & set(words), (
            f"{block.where}: only simple asean-coop commands run; mark the block <!-- skip -->"
        )
        redirect = None
        if len(words) >= 3 and words[-2] == ">":
            redirect, words = words[-1], words[:-2]
        current = Command(argv=words[1:], redirect=redirect)
    if current is not None:
        yield current


def _check_output(block: Block, command: Command, got: str) -> None:
    want = "\n".join(command.expected).strip("\n")
    if not want:
        return
    checker = doctest.OutputChecker()
    if not checker.check_output(want + "\n", got.strip("\n") + "\n", _FLAGS):
        pytest.fail(
            f"{block.where}: output of `asean-coop {' '.join(command.argv)}` differs\n"
            f"--- expected\n{want}\n--- got\n{got}"
        )


def _shell(block: Block, capsys: pytest.CaptureFixture[str]) -> None:
    commands = list(_commands(block))
    for index, command in enumerate(commands):
        if command.argv == ["echo"]:
            continue
        following = commands[index + 1] if index + 1 < len(commands) else None
        want_code = 0
        if following is not None and following.argv == ["echo"]:
            want_code = int("\n".join(following.expected).strip())
        capsys.readouterr()
        code = main(command.argv)
        out, err = capsys.readouterr()
        if command.redirect is not None:
            Path(command.redirect).write_text(out, encoding="utf-8")
            out = ""
        assert code == want_code, (
            f"{block.where}: `asean-coop {' '.join(command.argv)}` exited {code}\n{err}"
        )
        _check_output(block, command, out + err)


@pytest.mark.parametrize("page", PAGES, ids=lambda p: str(p.relative_to(ROOT)))
def test_the_code_examples_of_the_page_run(
    page: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.chdir(tmp_path)
    namespace: dict[str, Any] = {"__name__": "__main__"}
    for block in blocks(page):
        if block.skip:
            continue
        if block.language in {"python", "py", "pycon"}:
            try:
                _python(block, namespace)
            except ModuleNotFoundError as exc:
                if exc.name in OPTIONAL:
                    pytest.skip(f"{block.where} needs {exc.name}")
                raise
        elif block.language in {"console", "bash", "sh", "shell"}:
            _shell(block, capsys)


# -- example scripts -------------------------------------------------------------------


def _saved_edition_is_valid(output: Path, stdout: str) -> None:
    edition = asean_coop.load(output)
    assert edition.year == 2025
    assert "speeches[0].speaker_id: 'somchai' is not the id of a person" in stdout
    assert main(["validate", str(output)]) == 0


def _chart_is_a_png(output: Path, stdout: str) -> None:
    assert output.read_bytes().startswith(b"\x89PNG\r\n\x1a\n")
    assert output.stat().st_size > 10_000
    assert "China        12" in stdout


def _tour_covers_the_edition(output: Path, stdout: str) -> None:
    edition = asean_coop.load_edition(2025)
    for speech in edition.speeches:
        assert edition.person(speech.speaker_id).name.text in stdout
    assert "nearly 20,000,000 passenger trips" in stdout
    assert "1 of 10 stories known" in stdout


def _table_names_every_country(output: Path, stdout: str) -> None:
    edition = asean_coop.load_edition(2025)
    for country in edition.countries_represented():
        assert country.name in stdout
    assert "ASEAN members on 2026-01-15 with nobody there:" in stdout


# Each script: the output path it is given, and what to check afterwards.
CHECKS: dict[str, tuple[str, Callable[[Path, str], None]]] = {
    "build_your_own_edition.py": ("mine.json", _saved_edition_is_valid),
    "chart_people_by_country.py": ("chart.png", _chart_is_a_png),
    "tour_2025.py": ("unused", _tour_covers_the_edition),
    "who_represented_whom.py": ("unused", _table_names_every_country),
}


def test_every_example_script_has_a_check() -> None:
    assert sorted(CHECKS) == [p.name for p in SCRIPTS]


@pytest.mark.parametrize("script", SCRIPTS, ids=lambda p: p.name)
def test_the_example_script_runs(script: Path, tmp_path: Path) -> None:
    source = script.read_text(encoding="utf-8")
    for module in OPTIONAL:
        if re.search(rf"^\s*(import|from) {module}\b", source, re.MULTILINE):
            pytest.importorskip(module)
    name, check = CHECKS[script.name]
    output = tmp_path / "out" / name
    result = subprocess.run(
        [sys.executable, str(script), str(output)],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        env={**os.environ, "MPLBACKEND": "Agg", "PYTHONIOENCODING": "utf-8"},
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    check(output, result.stdout)
