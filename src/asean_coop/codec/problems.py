"""Turn cattrs' exception trees into :class:`~asean_coop.errors.Problem` lists."""

from __future__ import annotations

import attrs
import cattrs
from cattrs.errors import ClassValidationError, IterableValidationError

from ..errors import Problem, ValidationError, join_path
from .hooks import WrongTypeError

__all__ = ["problems_from", "structure_problem_message"]


def problems_from(exc: BaseException, path: str = "") -> list[Problem]:
    """Flatten an exception raised while structuring into problems with paths.

    Args:
        exc: A cattrs validation error group, a :class:`ValidationError`, or any
            other exception.
        path: The path of the value being structured.

    Returns:
        One problem per leaf exception, with its full path.
    """
    if isinstance(exc, ValidationError):
        return list(exc.prefixed(path).problems)
    if isinstance(exc, IterableValidationError):
        with_notes, without = exc.group_exceptions()
        out = [p for sub, note in with_notes for p in problems_from(sub, f"{path}[{note.index}]")]
        return out + [p for sub in without for p in problems_from(sub, path)]
    if isinstance(exc, ClassValidationError):
        with_notes_c, without_c = exc.group_exceptions()
        out = [
            p for sub, note in with_notes_c for p in problems_from(sub, join_path(path, note.name))
        ]
        return out + [p for sub in without_c for p in problems_from(sub, path)]
    return [Problem(path, structure_problem_message(exc))]


def structure_problem_message(exc: BaseException) -> str:
    """The message for one leaf exception met while structuring.

    Args:
        exc: The exception.

    Returns:
        A message naming the bad value and what was expected.
    """
    if isinstance(exc, KeyError):
        return "required key missing"
    if isinstance(exc, cattrs.ForbiddenExtraKeysError):
        allowed = ", ".join(a.alias or a.name for a in attrs.fields(exc.cl) if a.init)
        extra = ", ".join(repr(k) for k in sorted(exc.extra_fields))
        return f"unknown key {extra}; expected only: {allowed}"
    if isinstance(exc, WrongTypeError):
        return str(exc)
    if isinstance(exc, RecursionError):
        return "nested too deeply"
    return f"invalid value ({type(exc).__name__}: {exc})"
