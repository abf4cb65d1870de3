"""The exceptions of :mod:`asean_coop`, all rooted at :class:`AseanCoopError`."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import attrs

__all__ = [
    "AseanCoopError",
    "NotFoundError",
    "Problem",
    "UnknownEditionError",
    "ValidationError",
]


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
        return f"{self.path}: {self.message}" if self.path else self.message


class ValidationError(AseanCoopError, ValueError):
    """Data that breaks the model: every problem found, each with its path.

    Args:
        problems: The problems, in the order they were found; at least one.

    Example:
        >>> err = ValidationError([Problem("year", "expected an integer, got 'x'")])
        >>> err.problems[0].path
        'year'
        >>> str(err)
        "1 problem:\\n  year: expected an integer, got 'x'"
    """

    problems: tuple[Problem, ...]

    def __init__(self, problems: Iterable[Problem]) -> None:
        self.problems = tuple(problems)
        if not self.problems:
            self.problems = (Problem("", "invalid value"),)
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
        return ValidationError(Problem(join_path(prefix, p.path), p.message) for p in self.problems)

    def __str__(self) -> str:
        count = len(self.problems)
        head = f"{count} problem" if count == 1 else f"{count} problems"
        return head + ":\n" + "\n".join(f"  {p}" for p in self.problems)

    def __reduce__(self) -> tuple[type[ValidationError], tuple[tuple[Problem, ...]]]:
        return (type(self), (self.problems,))


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
