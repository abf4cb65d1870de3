"""The table columns that hold a model field are made from the field's declaration."""

from __future__ import annotations

import enum
import importlib
import typing
from collections import Counter
from typing import Any

import attrs
import pytest

import asean_coop.model as model
from asean_coop import Evidence, OrganizationKind, PartialDate, load_edition
from asean_coop.export import ForeignKey, tables
from asean_coop.export._tables import cited_records
from asean_coop.model._checks import COUNTRY_CODE, SLUG, TEXT, Each, Rule, rule_of
from asean_coop.model._references import COUNTRIES, references, refers_to
from helpers import instances_in

module = importlib.import_module("asean_coop.export._tables")
patterns = importlib.import_module("asean_coop.export._patterns")


class Colour(enum.Enum):
    RED = "red"
    GREEN = "green"


def sample(code_rule: Rule) -> type:
    """A small model class: one field of each kind a column is made from."""
    return attrs.make_class(
        "Sample",
        {
            "code": attrs.field(type=str, validator=code_rule),
            "owner": attrs.field(type=str, validator=SLUG, metadata=refers_to("people")),
            "colour": attrs.field(type=Colour),
            "note": attrs.field(type=typing.cast(type, str | None), default=None, validator=TEXT),
            "tags": attrs.field(type=tuple[str, ...], default=(), validator=Each(COUNTRY_CODE)),
            "when": attrs.field(type=PartialDate),
        },
        frozen=True,
        kw_only=True,
    )


def columns_of(cls: type) -> dict[str, Any]:
    fields = module._Fields(cls)
    specs = fields.columns(code="C", owner="O", colour="K", note="N", tags="T", when="W")
    return {spec.column.name: spec for spec in specs}


def test_a_fields_type_rule_and_reference_reach_its_column() -> None:
    cls = sample(COUNTRY_CODE)
    specs = columns_of(cls)
    code, owner, colour = specs["code"].column, specs["owner"].column, specs["colour"].column
    assert (code.type, code.required, code.pattern) == ("string", True, COUNTRY_CODE.pattern)
    assert code.carries == ("Sample.code",)
    assert specs["code"].key == ForeignKey(fields=("code",), table="countries", reference=("code",))
    assert owner.pattern == SLUG.pattern
    assert specs["owner"].key == ForeignKey(fields=("owner",), table="people", reference=("id",))
    assert (colour.type, colour.required, colour.enum) == ("string", True, ("red", "green"))
    note = specs["note"].column
    assert (note.required, note.pattern, specs["note"].key) == (False, None, None)
    tags = specs["tags"].column  # a list is one array column: never required, no key
    assert (tags.type, tags.required, tags.pattern) == ("array", False, None)
    assert specs["tags"].key is None
    assert [n for n in specs if n.startswith("when")] == [
        "when",
        "when_start",
        "when_end",
        "when_precision",
    ]
    assert specs["when"].column.pattern == patterns.DATE
    assert specs["when_start"].column.type == "date"
    assert specs["when_precision"].column.enum == ("year", "month", "day")
    row = cls(code="KH", owner="yu", colour=Colour.RED, when=PartialDate.from_iso("2025-09"))
    cells = {name: spec.get(row) for name, spec in specs.items()}
    assert cells["colour"] == "red"
    assert cells["tags"] == ()
    assert (cells["when"], cells["when_precision"]) == ("2025-09", "month")


def test_the_column_follows_the_rule_when_the_rule_changes() -> None:
    """The same field checked by another rule makes another column: nothing is repeated."""
    code = columns_of(sample(SLUG))["code"]
    assert code.column.pattern == SLUG.pattern
    assert code.key is None
    assert columns_of(sample(TEXT))["code"].column.pattern is None


def test_a_list_items_rule_and_reference_reach_the_link_column() -> None:
    spec = module._item(sample(SLUG), "tags", "country", lambda r: r, "Alpha-2 code")
    assert (spec.column.type, spec.column.required) == ("string", True)
    assert spec.column.pattern == COUNTRY_CODE.pattern
    assert spec.key == ForeignKey(fields=("country",), table="countries", reference=("code",))
    assert spec.column.carries == ("Sample.tags",)


def test_optional_columns_state_no_pattern() -> None:
    """Frictionless checks patterns with SQL REGEXP, which fails on NULLs."""
    optional = module._Fields(sample(SLUG), optional=True)
    (code,) = optional.field("code", "C")
    assert (code.column.required, code.column.pattern) == (False, None)


def test_a_field_that_holds_records_is_refused() -> None:
    with pytest.raises(TypeError, match="holds records"):
        module._Fields(model.Person).field("positions", "Posts")


def _field_of(fact: str) -> attrs.Attribute[Any]:
    class_name, name = fact.split(".")
    return attrs.fields_dict(attrs.resolve_types(getattr(model, class_name)))[name]


@pytest.fixture(scope="module")
def all_tables() -> tuple[Any, ...]:
    return tables(load_edition(2025))


def test_every_enum_column_lists_its_enums_values(all_tables: tuple[Any, ...]) -> None:
    seen = 0
    for table in all_tables:
        for column in table.columns:
            if not column.carries:
                continue
            kinds = typing.get_args(annotation := _field_of(column.carries[0]).type) or [annotation]
            enums = [k for k in kinds if isinstance(k, type) and issubclass(k, enum.Enum)]
            if enums:
                seen += 1
                assert column.enum == tuple(m.value for m in enums[0]), column.name
    assert seen >= 10
    organizations = next(t for t in all_tables if t.name == "organizations")
    kind = organizations.columns[organizations.column_names.index("kind")]
    assert kind.enum == tuple(k.value for k in OrganizationKind)


def test_every_required_id_or_code_column_states_its_rules_pattern(
    all_tables: tuple[Any, ...],
) -> None:
    seen = 0
    for table in all_tables:
        for column in table.columns:
            if not column.carries or column.type == "array":
                continue
            rule = rule_of(_field_of(column.carries[0]))
            rule = rule.item if isinstance(rule, Each) else rule  # a table with a row per item
            if rule in (SLUG, COUNTRY_CODE):
                seen += 1
                expected = rule.pattern if column.required else None
                assert column.pattern == expected, f"{table.name}.{column.name}"
    assert seen >= 25


def test_every_declared_reference_is_a_foreign_key() -> None:
    """A field that refers to one kind of record makes its column a foreign key to it."""
    seen = 0
    for spec in module._SPECS:
        for column in spec.columns:
            if column.model is None or not column.column.carries or column.column.type == "array":
                continue
            kinds = references(_field_of(column.column.carries[0]))
            if len(kinds) == 1:
                seen += 1
                assert column.key is not None
                key = ("code",) if kinds == (COUNTRIES,) else ("id",)
                assert (column.key.table, column.key.reference) == (kinds[0], key)
    assert seen >= 10


def test_every_evidence_item_is_cited_by_the_exports_and_the_facts_query() -> None:
    # The evidence table and Edition.facts each list the records that cite evidence; a
    # record class that gains evidence must join both lists, or its evidence is lost.
    edition = load_edition(2025)
    held = Counter(map(id, instances_in(edition, Evidence)))
    assert sum(held.values()) > 100
    assert Counter(id(e) for _, _, items in cited_records(edition) for e in items) == held
    assert Counter(id(fact.evidence) for fact in edition.facts()) == held


def _model_fields() -> list[tuple[str, attrs.Attribute[Any]]]:
    """Every field of every record class an edition holds, as (``Class.field``, field),
    found by walking the field types from Edition."""
    found: list[tuple[str, attrs.Attribute[Any]]] = []
    seen: list[type] = [model.Edition]
    for cls in seen:  # grows as record classes are met
        for field in attrs.fields(attrs.resolve_types(cls)):
            found.append((f"{cls.__name__}.{field.name}", field))
            pending = [field.type]
            while pending:
                held = pending.pop()
                pending += typing.get_args(held)
                record = isinstance(held, type) and attrs.has(held) and held is not PartialDate
                if record and held not in seen:
                    seen.append(held)
    return found


def test_every_field_that_refers_to_one_kind_reaches_a_foreign_key(
    all_tables: tuple[Any, ...],
) -> None:
    """Each such field of the model, wherever it is, has a column that carries it and is a
    foreign key to what it refers to: the column of the field (a list's: a link table's)
    or one a table adds for a field it does not name."""
    keyed: dict[str, set[tuple[str, tuple[str, ...]]]] = {}
    for table in all_tables:
        keys = {key.fields: (key.table, key.reference) for key in table.foreign_keys}
        for column in table.columns:
            target = keys.get((column.name,))
            if target is not None:
                for fact in column.carries:
                    keyed.setdefault(fact, set()).add(target)
    seen = 0
    for fact, field in _model_fields():
        kinds = references(field)
        if len(kinds) == 1:
            seen += 1
            key = ("code",) if kinds == (COUNTRIES,) else ("id",)
            assert (kinds[0], key) in keyed.get(fact, set()), fact
    assert seen >= 20


def test_the_evidence_column_carries_every_field_that_holds_evidence(
    all_tables: tuple[Any, ...],
) -> None:
    evidence = next(t for t in all_tables if t.name == "evidence")
    source = evidence.columns[evidence.column_names.index("source_id")]
    holding = {
        fact
        for fact, field in _model_fields()
        if typing.get_args(field.type) == (Evidence, Ellipsis)
    }
    assert {"Person.evidence", "Series.evidence", "Story.evidence"} <= holding
    assert set(source.carries) == {"Evidence.source_id", *holding}


def test_every_kind_a_field_may_refer_to_among_others_has_a_typed_column() -> None:
    """A field that may name records of several kinds (a speech's mentions) is split into
    one column per kind, each a foreign key: a kind added to such a field needs its own."""
    typed = {refs.partition(".")[0] for _, _, _, refs in module._TYPED_REFERENCES}
    assert len(typed) == len(module.MENTION_KINDS)
    mixed = {
        fact: references(field) for fact, field in _model_fields() if len(references(field)) > 1
    }
    assert {"Speech.mentions", "Figure.subject", "Event.attendance_from"} <= set(mixed)
    assert {fact: set(kinds) - typed for fact, kinds in mixed.items()} == {f: set() for f in mixed}
