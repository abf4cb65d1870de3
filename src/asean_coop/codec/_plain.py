"""One rule for what plain JSON data is, whatever Python types it arrives in.

:func:`plain_json` turns what a caller of :func:`~asean_coop.from_dict` passes into the
values :func:`json.loads` would have made: every :class:`~collections.abc.Mapping` a
``dict`` (its keys must be strings; a ``defaultdict`` fills nothing), every ``list`` or
``tuple`` a ``list``. Strings with lone surrogates and integers beyond what :mod:`json`
reads and writes are problems with their paths. Other values pass unchanged, for the
decoder to refuse by type.
"""

from __future__ import annotations

import sys
from collections.abc import Mapping
from typing import Any

from ..errors import Problem, ValidationError, join_path
from ._problems import Collector

__all__ = ["MAX_INT_DIGITS", "plain_json"]

MAX_INT_DIGITS = 4300
"""The most digits an integer may have: the limit :mod:`json` applies to the text it reads."""

_TOO_LONG = 10**MAX_INT_DIGITS  # the smallest integer with one digit too many


def _walk(value: Any, path: str, found: Collector) -> Any:
    kind = type(value)
    if kind is str:
        if not value.isascii():
            try:
                value.encode("utf-8")
            except UnicodeEncodeError as exc:
                found.add(
                    [
                        Problem(
                            path,
                            f"contains a lone surrogate {value[exc.start]!r} at index {exc.start}",
                        )
                    ]
                )
        return value
    if kind is int:
        if value.bit_length() >= 14_285 and abs(value) >= _TOO_LONG:  # log2(10**4300) > 14284
            found.add([Problem(path, f"an integer of more than {MAX_INT_DIGITS:,} digits")])
        return value
    if kind is dict or isinstance(value, Mapping):
        out: dict[str, Any] = {}
        for key, item in value.items():
            if type(key) is not str:
                found.add([Problem(path, f"object keys must be strings, got {key!r:.60}")])
                continue
            out[key] = _walk(item, join_path(path, key), found)
        return out
    if kind is list or kind is tuple:
        return [_walk(item, f"{path}[{index}]", found) for index, item in enumerate(value)]
    return value


def plain_json(data: Any) -> Any:
    """The plain JSON form of ``data`` (see the module docstring).

    Args:
        data: What a caller passed as a document.

    Returns:
        The same data as dicts, lists and scalars.

    Raises:
        ValidationError: For keys that are not strings, lone surrogates, too-long
            integers, or nesting deeper than the interpreter's recursion limit allows.

    Example:
        >>> from collections import OrderedDict
        >>> plain_json(OrderedDict(title="x", tags=("a",)))
        {'title': 'x', 'tags': ['a']}
    """
    found = Collector()
    try:
        out = _walk(data, "", found)
    except RecursionError:
        raise ValidationError.single(
            f"nested too deeply (deeper than about {sys.getrecursionlimit()} levels)"
        ) from None
    if found:
        raise found.error()
    return out
