"""The fast decoder and the detailed one agree on every single mutation of every field.

For one valid record of every model class (taken from the bundled edition, and the tiny
edition for :class:`Edition`), each JSON value in its document is replaced in turn by
each value of :data:`REPLACEMENTS` (wrong types, blank, invisible and control text, bad
ids and codes, impossible dates...), and each field the document leaves out is added with
each of them. For each mutated document both converters must give
the same outcome (the same object, or both a refusal), and a refusal must name what is
wrong: never the opaque "invalid value".
"""

from __future__ import annotations

import copy
import typing
from typing import Any

import attrs
import pytest

import asean_coop
from asean_coop import Edition, PartialDate, from_dict, to_dict
from asean_coop.codec import _api as api
from helpers import json_at, json_paths, tiny_edition

REPLACEMENTS: tuple[Any, ...] = (
    None,
    True,
    0,
    -1,
    10**6,
    1.5,
    "",
    " ",
    "\u200b",
    "\ufeff",
    "\u0301",
    "a\x00b",
    "\x1b[31m",
    "Not A Slug",
    "kh",
    "KH",
    "2025-02-30",
    "2025",
    [],
    ["x"],
    [1],
    {},
    {"x": 1},
)


def _examples() -> dict[type, Any]:
    """The first record of each model class met in the bundled edition."""
    found: dict[type, Any] = {Edition: tiny_edition()}
    stack: list[Any] = [asean_coop.load_edition(2025)]
    while stack:
        value = stack.pop()
        if isinstance(value, tuple):
            stack.extend(value)
        elif attrs.has(type(value)) and not isinstance(value, PartialDate):
            found.setdefault(type(value), value)
            stack.extend(getattr(value, a.name) for a in attrs.fields(type(value)))
    return found


EXAMPLES = _examples()


def _outcome(detailed: bool, data: Any, cls: type) -> tuple[bool, Any]:
    try:
        return True, api._converter(detailed).structure(data, cls)
    except Exception:  # noqa: BLE001 - any refusal: the two paths must agree
        return False, None


def _document(cls: type) -> dict[str, Any]:
    document = to_dict(EXAMPLES[cls])
    document.pop("schema_version", None)
    return document


def _mutations(cls: type) -> typing.Iterator[tuple[tuple[Any, ...], Any, Any]]:
    """Every value of the document replaced, and every field left at its default (so
    absent from the document) added, with each replacement in turn."""
    document = _document(cls)
    absent = [(a.name,) for a in attrs.fields(cls) if a.init and a.name not in document]
    paths = json_paths(document)[1:]
    if cls is Edition:
        # The edition's own fields and each record's fields; deeper values are fields of
        # the record classes, each mutated in its own case.
        paths = [p for p in paths if len(p) <= 3]
    for path in [*paths, *absent]:
        for replacement in REPLACEMENTS:
            mutated = copy.deepcopy(document)
            json_at(mutated, path[:-1])[path[-1]] = replacement
            yield path, replacement, mutated


def test_every_model_class_has_an_example() -> None:
    classes: set[type] = set()
    for name in asean_coop.__all__:
        value = getattr(asean_coop, name, None)
        if isinstance(value, type) and attrs.has(value):
            classes.add(value)
    # not stored in a document: values, query results, the country table
    classes -= {PartialDate, asean_coop.Country, asean_coop.Problem, asean_coop.Fact}
    classes -= {asean_coop.SearchHit, asean_coop.View}
    assert classes <= set(EXAMPLES), sorted(c.__name__ for c in classes - set(EXAMPLES))


CLASSES = sorted(EXAMPLES, key=lambda c: c.__name__)


@pytest.mark.parametrize("cls", CLASSES, ids=[c.__name__ for c in CLASSES])
def test_fast_and_detailed_paths_agree_on_every_single_mutation(cls: type) -> None:
    checked = 0
    for path, replacement, mutated in _mutations(cls):
        fast = _outcome(False, mutated, cls)
        detailed = _outcome(True, mutated, cls)
        assert fast == detailed, (path, replacement)
        if not fast[0]:
            data = {"schema_version": 1, **mutated} if cls is Edition else mutated
            with pytest.raises(asean_coop.ValidationError) as info:
                from_dict(data, cls)
            opaque = [p for p in info.value.problems if p.message.startswith("invalid value")]
            assert not opaque, (path, replacement, opaque)
        checked += 1
    assert checked >= len(REPLACEMENTS)
