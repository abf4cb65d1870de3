"""Writing the command's output: text tables, wrapped paragraphs, JSON and errors."""

from __future__ import annotations

import json
import sys
import textwrap
import unicodedata
from collections.abc import Iterable, Sequence
from typing import Any

__all__ = [
    "WIDTH",
    "CommandError",
    "clean",
    "error",
    "print_json",
    "table",
    "wrapped",
    "write",
]

WIDTH = 88
"""The width text output is wrapped at (fixed, so output is the same everywhere)."""


class CommandError(Exception):
    """An expected failure: its message goes to standard error, ``code`` is the exit code.

    Args:
        message: One clear sentence.
        code: The exit code (2 unless said otherwise).
    """

    def __init__(self, message: str, code: int = 2) -> None:
        super().__init__(message)
        self.code = code


def clean(text: str) -> str:
    """Make data safe to print on a terminal: control characters become escapes.

    A loaded document is untrusted input; an escape sequence in it must not reach
    the terminal.

    Args:
        text: Any text.

    Returns:
        The text with every control character (other than a newline) escaped.
    """
    if text.isprintable():
        return text
    return "".join(
        ch
        if ch == "\n" or unicodedata.category(ch)[0] != "C" or unicodedata.category(ch) == "Co"
        else ch.encode("unicode_escape").decode("ascii")
        for ch in text
    )


def write(line: str = "") -> None:
    """Print one line (already cleaned) to standard output."""
    sys.stdout.write(line + "\n")


def error(message: str) -> None:
    """Print an error message on standard error, prefixed with the program name."""
    sys.stderr.write(f"asean-coop: error: {clean(message)}\n")


def print_json(data: Any) -> None:
    """Print ``data`` as indented JSON, keeping non-ASCII characters as they are."""
    write(json.dumps(data, ensure_ascii=False, indent=2))


def table(rows: Iterable[Sequence[str]], headers: Sequence[str], indent: int = 0) -> list[str]:
    """Lay out rows in left-aligned columns separated by two spaces.

    Args:
        rows: The cells, row by row (cleaned here).
        headers: The column headings (printed in capitals).
        indent: Spaces before each line.

    Returns:
        The lines, headings first; the last column is not padded.
    """
    body = [[clean(cell) for cell in row] for row in rows]
    head = [h.upper() for h in headers]
    widths = [max(len(r[i]) for r in [head, *body]) for i in range(len(head))]
    pad = " " * indent
    lines = []
    for row in [head, *body]:
        cells = [cell.ljust(width) for cell, width in zip(row[:-1], widths, strict=False)]
        lines.append((pad + "  ".join([*cells, row[-1]])).rstrip())
    return lines


def wrapped(text: str, indent: int = 2, first: str | None = None) -> list[str]:
    """Wrap a paragraph to :data:`WIDTH` columns.

    Args:
        text: The paragraph (cleaned here).
        indent: Spaces before every line.
        first: A prefix for the first line instead of the indent (a bullet, say).

    Returns:
        The lines.
    """
    pad = " " * indent
    return textwrap.wrap(
        clean(text),
        width=WIDTH,
        initial_indent=pad if first is None else first,
        subsequent_indent=pad,
        break_on_hyphens=False,
    ) or [pad.rstrip()]
