"""The exceptions of :mod:`asean_coop`, all rooted at :class:`AseanCoopError`."""

from __future__ import annotations

import contextlib
import contextvars
from collections.abc import Iterable, Iterator
from typing import Any

import attrs

__all__ = [
    "DEFAULT_MAX_PROBLEMS",
    "AseanCoopError",
    "MissingExtraError",
    "NotFoundError",
    "Problem",
    "UnknownEditionError",
    "ValidationError",
    "max_problems",
]

DEFAULT_MAX_PROBLEMS = 100
"""How many problems a :class:`ValidationError` keeps by default; the rest are counted.

Change it per call (``loads(text, max_problems=1000)``) or for a block of code with
:func:`max_problems`.
"""

_MAX_PROBLEMS: contextvars.ContextVar[int] = contextvars.ContextVar(
    "asean_coop_max_problems", default=DEFAULT_MAX_PROBLEMS
)


def problem_limit() -> int:
    """How many problems an error keeps in the current context."""
    return _MAX_PROBLEMS.get()


@contextlib.contextmanager
def max_problems(limit: int) -> Iterator[None]:
    """Keep at most ``limit`` problems in the errors raised inside the block.

    The problems beyond the limit are counted, not kept: ``error.omitted`` says how
    many, and the message ends with "... and N more". The setting is local to the
    thread (and the asyncio task).

    Args:
        limit: At least 1.

    Raises:
        ValueError: If ``limit`` is below 1.

    Example:
        >>> with max_problems(1):
        ...     err = ValidationError([Problem("a", "bad"), Problem("b", "bad")])
        >>> len(err.problems), err.omitted
        (1, 1)
    """
    if type(limit) is not int or limit < 1:
        raise ValueError(f"max_problems must be an integer of at least 1, got {limit!r}")
    token = _MAX_PROBLEMS.set(limit)
    try:
        yield
    finally:
        _MAX_PROBLEMS.reset(token)


def _printable(text: str) -> str:
    """``text`` with control characters escaped, so a message cannot move the terminal."""
    if text.isprintable():
        return text
    return "".join(c if c.isprintable() or c == " " else repr(c)[1:-1] for c in text)


class AseanCoopError(Exception):
    """The root of every exception this library raises on purpose."""


@attrs.frozen
class Problem:
    """One thing wrong with a value, and where it is.

    Args:
        path: Where the bad value sits, as attribute names and indexes
            (``"speeches[3].kind"``); the empty string for the value as a whole.
        message: What is wrong, naming the bad value and what was expected.

    Example:
        >>> str(Problem("speeches[3].kind", "'adress' is not one of: address"))
        "speeches[3].kind: 'adress' is not one of: address"
    """

    path: str
    message: str

    def __str__(self) -> str:
        text = f"{self.path}: {self.message}" if self.path else self.message
        return _printable(text)

    def __iter__(self) -> Iterator[str]:
        """Unpack as the ``(path, message)`` pair: ``path, message = problem``."""
        return iter((self.path, self.message))


class ValidationError(AseanCoopError, ValueError):
    """Data that breaks the model: every problem found, each with its path.

    At most :data:`DEFAULT_MAX_PROBLEMS` problems are kept (see :func:`max_problems`);
    ``omitted`` counts the others, and the message ends with "... and N more".

    Args:
        problems: The problems, in the order they were found; at least one.
        omitted: How many more problems were found but not kept.

    Example:
        >>> err = ValidationError([Problem("year", "expected an integer, got 'x'")])
        >>> err.problems[0].path
        'year'
        >>> str(err)
        "1 problem:\\n  year: expected an integer, got 'x'"
    """

    problems: tuple[Problem, ...]
    omitted: int

    def __init__(self, problems: Iterable[Problem], *, omitted: int = 0) -> None:
        limit = problem_limit()
        kept: list[Problem] = []
        for problem in problems:  # past the limit, count without keeping
            if len(kept) < limit:
                kept.append(problem)
            else:
                omitted += 1
        if not kept:
            raise ValueError("a ValidationError needs at least one problem")
        self.problems = tuple(kept)
        self.omitted = omitted
        super().__init__(self.problems)

    @classmethod
    def single(cls, message: str, path: str = "") -> ValidationError:
        """Make an error holding one problem.

        Args:
            message: What is wrong.
            path: Where, if anywhere in particular.

        Returns:
            The error.
        """
        return cls([Problem(path, message)])

    def prefixed(self, prefix: str) -> ValidationError:
        """Return the same problems with ``prefix`` put in front of each path.

        Args:
            prefix: A path such as ``"people[2]"``; empty keeps paths unchanged.

        Returns:
            A new error.
        """
        return ValidationError(
            (Problem(join_path(prefix, p.path), p.message) for p in self.problems),
            omitted=self.omitted,
        )

    @property
    def count(self) -> int:
        """How many problems were found: those kept and those omitted."""
        return len(self.problems) + self.omitted

    def __str__(self) -> str:
        count = self.count
        head = f"{count} problem" if count == 1 else f"{count:,} problems"
        lines = [f"  {p}" for p in self.problems]
        if self.omitted:
            lines.append(f"  ... and {self.omitted:,} more")
        return head + ":\n" + "\n".join(lines)

    def __reduce__(self) -> tuple[Any, ...]:
        return (_rebuild, (self.problems, self.omitted))


def _rebuild(problems: tuple[Problem, ...], omitted: int) -> ValidationError:
    with max_problems(max(len(problems), 1)):
        return ValidationError(problems, omitted=omitted)


class MissingExtraError(AseanCoopError, ImportError):
    """An optional dependency is not installed; the message names the extra to install."""


class NotFoundError(AseanCoopError, LookupError):
    """A lookup found nothing, or more than one record where one was wanted.

    Args:
        message: What was looked up and what was found instead.
        candidates: The records the message offers: close matches for a key that
            found nothing, the records an ambiguous key fits; empty when there are
            none. Kept as data so code can pick one without reading the message.

    Example:
        >>> error = NotFoundError("no person is called 'Bin'", candidates=("binh",))
        >>> str(error), error.candidates
        ("no person is called 'Bin'", ('binh',))
    """

    def __init__(self, message: str, candidates: Iterable[object] = ()) -> None:
        super().__init__(message)
        self.candidates: tuple[Any, ...] = tuple(candidates)

    def __reduce__(self) -> tuple[type[NotFoundError], tuple[str, tuple[Any, ...]]]:
        return (type(self), (str(self), self.candidates))


class UnknownEditionError(NotFoundError):
    """No edition of that year is bundled; the message lists the editions there are."""


def join_path(prefix: str, path: str) -> str:
    """Join two error paths: ``join_path("a[1]", "b")`` is ``"a[1].b"``.

    Args:
        prefix: The outer path.
        path: The inner path, relative to ``prefix``.

    Returns:
        The joined path.
    """
    if not prefix:
        return path
    if not path:
        return prefix
    if path.startswith("["):
        return prefix + path
    return f"{prefix}.{path}"
