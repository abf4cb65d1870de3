"""Writing the command's output: text tables, wrapped paragraphs, JSON and errors."""

from __future__ import annotations

import json
import os
import shutil
import sys
import textwrap
import unicodedata
from collections.abc import Iterable, Sequence
from typing import Any

__all__ = [
    "MIN_WIDTH",
    "CommandError",
    "OutputError",
    "clean",
    "error",
    "flush",
    "path_text",
    "print_json",
    "table",
    "width",
    "wrapped",
    "write",
]

MIN_WIDTH = 40
"""The narrowest a terminal is taken to be: text is wrapped at no fewer columns."""

_UNWRAPPED = 10**9


def width() -> int:
    """The width text output is wrapped at: the terminal's, or no limit when piped.

    When standard output is a terminal, its width (``COLUMNS`` if set, as
    :func:`shutil.get_terminal_size` reads it), at least :data:`MIN_WIDTH`; when it is
    a file or a pipe, lines are not wrapped at all, so scripts see whole lines.
    """
    stream = sys.stdout
    try:
        is_terminal = stream is not None and stream.isatty()
    except (AttributeError, ValueError, OSError):
        is_terminal = False
    if not is_terminal:
        return _UNWRAPPED
    return max(MIN_WIDTH, shutil.get_terminal_size().columns)


def path_text(name: str) -> str:
    """A file name as text: bytes that are not UTF-8 shown as ``\\xff`` escapes.

    File names come from the operating system and may hold any bytes; Python keeps
    the ones that are not UTF-8 as lone surrogates, which no JSON or UTF-8 output
    can carry.

    Example:
        >>> path_text("caf\\udcc3.json")
        'caf\\\\xc3.json'
    """
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        return os.fsencode(name).decode("utf-8", "backslashreplace")
    return name


class OutputError(Exception):
    """Standard output could not be written (a full disk, a closed pipe).

    Args:
        cause: The error writing raised.
    """

    def __init__(self, cause: OSError) -> None:
        reason = (
            "the pipe was closed (broken pipe)"
            if isinstance(cause, BrokenPipeError)
            else str(cause.strerror or cause)
        )
        super().__init__(f"cannot write the output: {reason}")


def flush() -> None:
    """Flush standard output now, so that a write error is reported, not met at exit."""
    try:
        if sys.stdout is not None:
            sys.stdout.flush()
    except OSError as exc:
        raise OutputError(exc) from None


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
    """Print one line (already cleaned) to standard output.

    Raises:
        OutputError: If standard output cannot be written.
    """
    try:
        sys.stdout.write(line + "\n")
    except OSError as exc:
        raise OutputError(exc) from None


def error(message: str) -> None:
    """Print an error message on standard error, prefixed with the program name."""
    sys.stderr.write(f"asean-coop: error: {clean(message)}\n")


def print_json(data: Any) -> None:
    """Print ``data`` as indented JSON, keeping non-ASCII characters as they are.

    Lone surrogates (file names that are not UTF-8) are written as JSON escapes
    rather than raw bytes.
    """
    text = json.dumps(data, ensure_ascii=False, indent=2)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        text = json.dumps(data, ensure_ascii=True, indent=2)
    write(text)


def table(rows: Iterable[Sequence[str]], headers: Sequence[str], indent: int = 0) -> list[str]:
    """Lay out rows in left-aligned columns separated by two spaces.

    When the lines would be wider than :func:`width`, the last column is wrapped
    under its own start, so the table stays a table (down to 20 columns for the last
    one; narrower than that, the last column starts on a line of its own).

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
    lead = indent + sum(w + 2 for w in widths[:-1])
    room = width() - lead
    lines = []
    for row in [head, *body]:
        cells = [cell.ljust(w) for cell, w in zip(row[:-1], widths, strict=False)]
        start = pad + "  ".join([*cells, ""])
        last = row[-1]
        if len(last) <= room or not last:
            lines.append((start + last).rstrip())
        elif room >= 20:
            parts = textwrap.wrap(last, width=room, break_on_hyphens=False) or [""]
            lines.append((start + parts[0]).rstrip())
            lines.extend(" " * lead + part for part in parts[1:])
        else:
            lines.append(start.rstrip())
            lines.extend(wrapped(last, indent=indent + 4))
    return lines


def wrapped(text: str, indent: int = 2, first: str | None = None) -> list[str]:
    """Wrap a paragraph to :func:`width` columns.

    Args:
        text: The paragraph (cleaned here).
        indent: Spaces before every line.
        first: A prefix for the first line instead of the indent (a bullet, say).

    Returns:
        The lines.
    """
    pad = " " * indent
    initial = pad if first is None else first
    limit = width()
    if limit == _UNWRAPPED:
        text = " ".join(clean(text).split())
        return [(initial + text).rstrip()] if text else [pad.rstrip()]
    return textwrap.wrap(
        clean(text),
        width=limit,
        initial_indent=initial,
        subsequent_indent=pad,
        break_on_hyphens=False,
    ) or [pad.rstrip()]
