"""The floor of a strict pure-Python decoder of the model: the work no such decoder skips.

Whatever else it does, a decoder that refuses repeated keys and makes the model's frozen
slotted attrs classes must, for one document:

- parse it with a check for repeated keys (a Python call per JSON object: no C callable
  of :mod:`json` refuses a repeated key);
- read every key of every object once;
- make every record and store each of its fields in its slot (a C call per field: a
  frozen slotted class takes values only through its slots' setters; here the slots'
  own ``__set__``, the cheapest way in, as ``codec._fastpath`` stores them).

Each of these is timed here on its own, with no type, rule or reference checked. Their
sum is a lower bound on ``asean_coop.loads``; ``run.py`` sets it beside pydantic's time.

    python benchmarks/run.py    # the "floor" rows of the decoding table
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import attrs

__all__ = ["floor_parts"]

_Store = tuple[type, tuple[Callable[[Any, Any], None], ...], tuple[Any, ...]]


def _no_repeats(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    found = dict(pairs)
    if len(found) != len(pairs):
        raise ValueError("a key is repeated")
    return found


def _objects(value: Any, out: list[tuple[dict[str, Any], tuple[str, ...]]]) -> None:
    if isinstance(value, dict):
        out.append((value, tuple(value)))
        for item in value.values():
            _objects(item, out)
    elif isinstance(value, list):
        for item in value:
            _objects(item, out)


def _stores(record: Any, out: list[_Store]) -> None:
    """The records under ``record`` and itself, children first, each with its values."""
    if attrs.has(type(record)):
        cls = type(record)
        names = tuple(a.name for a in attrs.fields(cls))
        values = tuple(getattr(record, name) for name in names)
        for value in values:
            _stores(value, out)
        out.append((cls, tuple(cls.__dict__[name].__set__ for name in names), values))
    elif isinstance(record, tuple):
        for item in record:
            _stores(item, out)


def floor_parts(text: str, decoded: Any) -> dict[str, Callable[[], object]]:
    """The three parts of the floor for one document, each a function to time.

    Args:
        text: The JSON document.
        decoded: What ``asean_coop.loads`` makes of it (the records to make again).

    Returns:
        ``"checked parse"``, ``"reads"`` and ``"stores"``.
    """
    objects: list[tuple[dict[str, Any], tuple[str, ...]]] = []
    _objects(json.loads(text), objects)
    stores: list[_Store] = []
    _stores(decoded, stores)

    def checked_parse() -> object:
        return json.loads(text, object_pairs_hook=_no_repeats)

    def reads() -> object:
        for found, keys in objects:
            for key in keys:
                found.get(key)
        return None

    def make(new: Any = object.__new__) -> object:
        for cls, setters, values in stores:
            record = new(cls)
            for store, value in zip(setters, values, strict=True):
                store(record, value)
        return None

    return {"checked parse": checked_parse, "reads": reads, "stores": make}
