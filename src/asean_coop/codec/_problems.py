"""Turn cattrs' exception trees into :class:`~asean_coop.errors.Problem` lists, bounded.

A :class:`Collector` keeps at most the context's problem limit
(:func:`asean_coop.errors.max_problems`) and counts the rest, so that a document with a
million bad values costs a counter, not a million kept exceptions.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable

import attrs

from ..errors import Problem, ValidationError, join_path, problem_limit
from ._hooks import RefusedValueError, WrongTypeError

__all__ = ["Collector", "problem_count", "structure_problem_message"]


class Collector:
    """Problems found so far: the first ones kept, the others counted."""

    __slots__ = ("kept", "limit", "omitted")

    def __init__(self) -> None:
        self.kept: list[Problem] = []
        self.omitted = 0
        self.limit = problem_limit()

    def __bool__(self) -> bool:
        return bool(self.kept) or self.omitted > 0

    def has_room(self) -> bool:
        """True while a problem added would be kept, not only counted."""
        return len(self.kept) < self.limit

    def add(self, problems: Iterable[Problem], omitted: int = 0) -> None:
        """Add problems (and a count of problems already left out)."""
        self.omitted += omitted
        for problem in problems:
            if len(self.kept) < self.limit:
                self.kept.append(problem)
            else:
                self.omitted += 1

    def add_exception(self, exc: BaseException, path: str = "") -> None:
        """Add the problems of an exception raised while structuring the value at ``path``.

        Args:
            exc: A cattrs validation error group, a :class:`ValidationError`, or any
                other exception.
            path: The path of the value being structured.
        """
        # cattrs is imported by the first converter made, before any of its errors can be
        # raised: not at import time, for the problems of plain data.
        from cattrs.errors import ClassValidationError, IterableValidationError

        if not self.has_room():  # full: only the count is needed
            self.omitted += problem_count(exc)
        elif isinstance(exc, ValidationError):
            self.add(
                (Problem(join_path(path, p.path), p.message) for p in exc.problems), exc.omitted
            )
        elif isinstance(exc, IterableValidationError):
            with_notes, without = exc.group_exceptions()
            for sub, note in with_notes:
                self.add_exception(sub, f"{path}[{note.index}]")
            for sub in without:
                self.add_exception(sub, path)
        elif isinstance(exc, ClassValidationError):
            with_names, without_names = exc.group_exceptions()
            for sub, name_note in with_names:
                self.add_exception(sub, join_path(path, name_note.name))
            for sub in without_names:
                self.add_exception(sub, path)
        else:
            self.add([Problem(path, structure_problem_message(exc))])

    def error(self) -> ValidationError:
        """The error holding what was collected (there must be something)."""
        return ValidationError(self.kept, omitted=self.omitted)


def problem_count(exc: BaseException) -> int:
    """How many problems :meth:`Collector.add_exception` would add for ``exc``."""
    if isinstance(exc, ValidationError):
        return len(exc.problems) + exc.omitted
    if isinstance(exc, _cattrs_groups()):
        subs: tuple[BaseException, ...] = exc.exceptions  # type: ignore[attr-defined]
        return sum(problem_count(sub) for sub in subs)
    return 1


@functools.cache
def _cattrs_groups() -> tuple[type[BaseException], ...]:
    """cattrs' class and iterable errors (imported once, and only once one is met)."""
    from cattrs.errors import ClassValidationError, IterableValidationError

    return (ClassValidationError, IterableValidationError)


def structure_problem_message(exc: BaseException) -> str:
    """The message for one leaf exception met while structuring.

    Args:
        exc: The exception.

    Returns:
        A message naming the bad value and what was expected.
    """
    from cattrs.errors import ForbiddenExtraKeysError

    if isinstance(exc, KeyError):
        return "required key missing"
    if isinstance(exc, ForbiddenExtraKeysError):
        allowed = ", ".join(a.alias or a.name for a in attrs.fields(exc.cl) if a.init)
        extra = ", ".join(repr(k) for k in sorted(exc.extra_fields))
        return f"unknown key {extra}; expected only: {allowed}"
    if isinstance(exc, (WrongTypeError, RefusedValueError)):
        return str(exc)
    if isinstance(exc, RecursionError):
        return "nested too deeply"
    return f"invalid value ({type(exc).__name__}: {exc})"
