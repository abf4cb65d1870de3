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
from asean_coop.codec._counting import structure_records
from asean_coop.codec._problems import Collector, problem_count
from asean_coop.errors import max_problems
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


def _detailed_count(data: Any, cls: type) -> int:
    """How many problems the detailed path reports for ``data`` (0 if it accepts it)."""
    try:
        with max_problems(1_000_000):
            api._converter(True).structure(data, cls)
    except Exception as exc:  # noqa: BLE001 - any refusal is counted as it is reported
        return problem_count(exc)
    return 0


RECORD_CLASSES = [cls for cls in CLASSES if cls is not Edition]


@pytest.mark.parametrize("cls", RECORD_CLASSES, ids=[c.__name__ for c in RECORD_CLASSES])
def test_past_the_limit_every_mutation_is_counted_as_the_detailed_path_finds_it(
    cls: type,
) -> None:
    # Past the limit a record's problems are counted (codec._counting), not made: the count
    # must be the detailed path's, whether the counter finds them or, where it cannot (a
    # constructor's refusal), the detailed path runs after all.
    decoders, counters = api._decoders(), api._counters()
    structure = api._converter(True).structure
    checked = 0
    for path, replacement, mutated in _mutations(cls):
        expected = _detailed_count(mutated, cls)
        found = Collector()
        found.limit = 1
        made = structure_records(
            [mutated] * 3,
            cls,
            found,
            counters=counters,
            decoders=decoders,
            detailed=lambda item: structure(item, cls),
            path="[{}]".format,
        )
        assert len(found.kept) + found.omitted == 3 * expected, (path, replacement)
        assert (None in made) == bool(expected), (path, replacement)
        checked += bool(expected)
    assert checked >= len(REPLACEMENTS)


def test_the_counter_counts_structural_problems_itself() -> None:
    # The counter's own arithmetic, without the detailed path: a bad date, a blank title,
    # an unknown key, two bad country codes.
    counters = api._counters()
    milestone = {"date": "2025-02-30", "title": 1, "countries": ["kh", 2, "KH"], "x": 1}
    assert counters.count(milestone, asean_coop.Milestone) == 4
    assert counters.count({"date": "2025", "title": " "}, asean_coop.Milestone) == 1
    assert counters.count([], asean_coop.Milestone) == 1
