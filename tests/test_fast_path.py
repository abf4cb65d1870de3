"""The fast decoding path accepts exactly what the detailed path accepts, and builds equal objects.

``from_dict`` tries the fast converter (the decoders of ``codec._fastpath``, which test
types and rules a column at a time and fill the slots themselves) and runs the detailed
converter (cattrs and the attrs ``__init__``) only when the fast one fails. If the two
ever disagreed on whether a value is valid, a valid document could be rejected with no
problem to report, or an invalid one accepted: these tests compare them on valid and
mutated values.
"""

from __future__ import annotations

import collections
import copy
import typing
from collections.abc import Iterator
from typing import Any

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from asean_coop import (
    Edition,
    PartialDate,
    Position,
    SpeechKind,
    ValidationError,
    from_dict,
    to_dict,
)
from asean_coop.codec import _api as api
from asean_coop.codec._converter import make_converter
from asean_coop.model._checks import check_slug, check_text
from helpers import mutations_at_every_path, tiny_edition
from strategies import MODEL_STRATEGIES, editions, mutate

RECORD_STRATEGIES = {
    cls: s for cls, s in MODEL_STRATEGIES.items() if cls not in (PartialDate, Edition)
}

# Values that each break some rule of some field (or, in the right place, are fine).
JUNK: list[Any] = [
    None,
    True,
    False,
    0,
    1,
    -1,
    3,
    1.0,
    2.5,
    -0.0,
    float("inf"),
    float("nan"),
    10**30,
    "",
    " ",
    "\t\n",
    "x",
    "Ab",
    "ab-",
    "a--b",
    "a-b",
    "KH",
    "kh",
    "KHM",
    "2025",
    "2025-02",
    "2025-02-30",
    "2025-2-1",
    "speaker",
    "exact",
    "family_first",
    "single",
    "media",
    "release",
    "address",
    [],
    {},
    ["x"],
    [" "],
    [1, 2],
    [2, 1],
    [True],
    ("a",),
    {"id": "x"},
    {"source_id": "release"},
    {"title": "t"},
]
EXTRA_KEYS = ["x", "id", "_cache", "cache", "schema_version"]


def single_mutations(document: Any, max_depth: int | None = None) -> Iterator[Any]:
    """Every document that differs from ``document`` by one replacement, deletion or key
    (at paths of at most ``max_depth`` steps, if given)."""
    mutations = mutations_at_every_path(
        document, JUNK, extra_keys=EXTRA_KEYS, extra_value="x", max_depth=max_depth
    )
    for _, data in mutations:
        yield data


def _shape(value: object) -> str:
    """A text that differs when anything differs, types too (1, 1.0, True; tuple, list)."""
    if attrs.has(type(value)):
        inner = ", ".join(
            f"{a.name}={_shape(getattr(value, a.name))}"
            for a in attrs.fields(typing.cast(Any, type(value)))
        )
        return f"{type(value).__name__}({inner})"
    if isinstance(value, (tuple, list)):
        return f"{type(value).__name__}[{', '.join(_shape(v) for v in value)}]"
    if isinstance(value, dict):
        return f"dict{{{', '.join(f'{k!r}: {_shape(v)}' for k, v in value.items())}}}"
    return f"{type(value).__name__}:{value!r}"


def _structure(detailed: bool, data: Any, cls: type) -> tuple[bool, str]:
    try:
        value: object = api._converter(detailed).structure(data, cls)
    except (Exception, RecursionError):  # noqa: BLE001 - any failure: the paths must agree
        return False, ""
    return True, _shape(value)


def _agree(data: Any, cls: type) -> None:
    assert _structure(False, data, cls) == _structure(True, data, cls)


@pytest.mark.parametrize("cls", list(RECORD_STRATEGIES), ids=lambda c: c.__name__)
def test_fast_path_agrees_on_records(cls: type) -> None:
    # Each example is mistaken at every path; tests/test_differential.py does the same for
    # one fixed record of each class with more kinds of mistake.
    @settings(max_examples=5)
    @given(RECORD_STRATEGIES[cls])
    def check(value: Any) -> None:
        document = to_dict(value)
        _agree(document, cls)
        for mutated in single_mutations(document):
            _agree(mutated, cls)

    check()


def test_fast_path_agrees_on_every_single_mistake_in_an_edition() -> None:
    # The edition's own fields and its records' fields: deeper values belong to the
    # record classes, each mistaken at every path by test_fast_path_agrees_on_records.
    document = to_dict(tiny_edition())
    del document["schema_version"]
    for mutated in single_mutations(document, max_depth=3):
        _agree(mutated, Edition)


@given(editions(max_people=3), st.data())
def test_fast_path_agrees_on_editions(edition: Edition, data: st.DataObject) -> None:
    document = to_dict(edition)
    del document["schema_version"]
    _agree(document, Edition)
    junk = st.sampled_from(JUNK).map(copy.deepcopy)
    mutated = mutate(data.draw, document, junk=junk, keys=st.sampled_from(EXTRA_KEYS), steps=3)
    _agree(mutated, Edition)


def test_fast_path_builds_what_init_builds() -> None:
    edition = tiny_edition()
    document = to_dict(edition)
    del document["schema_version"]
    fast = api._converter(False).structure(document, Edition)
    assert _shape(fast) == _shape(edition)
    assert fast == edition
    assert hash(fast.people[0]) == hash(edition.people[0])


def test_mappings_that_are_not_dicts_still_load() -> None:
    document = collections.OrderedDict(title="consul general", former=True)
    assert from_dict(document, Position) == Position(title="consul general", former=True)


def test_decoding_checks_the_rules_even_with_validators_disabled() -> None:
    # attrs.validators.set_disabled is a switch for every thread: the codec's checks must
    # not depend on it, on the fast path or the detailed one.
    document = {"title": " "}
    with attrs.validators.disabled():
        assert _structure(False, document, Position) == _structure(True, document, Position)
        assert not _structure(False, document, Position)[0]
        with pytest.raises(ValidationError, match="title: ' ' has no visible character"):
            from_dict(document, Position)
    assert not _structure(False, document, Position)[0]


def _unstructured(detailed: bool, value: object) -> str:
    return _shape(api._converter(detailed).unstructure(value))


@pytest.mark.parametrize("cls", list(RECORD_STRATEGIES), ids=lambda c: c.__name__)
def test_fast_unstructuring_makes_the_same_data(cls: type) -> None:
    @settings(max_examples=20)
    @given(RECORD_STRATEGIES[cls])
    def check(value: Any) -> None:
        assert _unstructured(False, value) == _unstructured(True, value)

    check()


@given(editions(max_people=3))
def test_fast_unstructuring_makes_the_same_edition_data(edition: Edition) -> None:
    assert _unstructured(False, edition) == _unstructured(True, edition)


# --- attrs features the model does not use (yet): the fast path must keep to attrs -----


def _even(instance: object, attribute: attrs.Attribute[Any], value: int) -> None:
    if value % 2:
        raise ValueError("odd")


@attrs.frozen(kw_only=True)
class _Unusual:
    slug: str | None = attrs.field(default=None, validator=check_slug)  # rejects None
    text: str | None = attrs.field(default=None, validator=check_text)  # lets None pass
    even: int = attrs.field(default=0, validator=_even)
    kind: SpeechKind | None = None
    items: tuple[str, ...] = attrs.field(factory=tuple)
    seen: list[int] = attrs.field(init=False, factory=list)
    number: float = 1.0

    def __attrs_post_init__(self) -> None:
        self.seen.append(1)


def _strip(value: str) -> str:
    return value.strip()


@attrs.frozen(kw_only=True)
class _Converted:
    value: str = attrs.field(converter=_strip)


@attrs.frozen(kw_only=True)
class _Outer:
    inner: _Unusual
    inners: tuple[_Unusual, ...] = ()
    converted: _Converted | None = None


_UNUSUAL_DOCUMENTS: list[Any] = [
    {},
    {"slug": None},
    {"slug": "a-b"},
    {"slug": "A"},
    {"text": None},
    {"text": " "},
    {"text": "x", "even": 2},
    {"even": 3},
    {"even": True},
    {"kind": None},
    {"kind": "remarks"},
    {"kind": "nope"},
    {"items": ["a"]},
    {"items": [1]},
    {"seen": [1]},
    {"number": 2},
    {"number": 2.5},
    {"number": "2"},
    {"number": True},
    {"x": 1},
]


@pytest.mark.parametrize("document", _UNUSUAL_DOCUMENTS, ids=repr)
def test_fast_path_keeps_to_attrs_on_features_the_model_does_not_use(document: Any) -> None:
    fast, detailed = make_converter(detailed=False), make_converter(detailed=True)
    outer = {"inner": document, "inners": [document, {}], "converted": {"value": " v "}}
    for data, cls in ((document, _Unusual), (outer, _Outer)):
        results = []
        for conv in (fast, detailed):
            try:
                results.append((True, _shape(conv.structure(copy.deepcopy(data), cls))))
            except (Exception, RecursionError):  # noqa: BLE001 - any failure: must agree
                results.append((False, ""))
        assert results[0] == results[1]
