"""The round-trip table: every fact kind of the edition against every export.

Rows are computed from the model (every field of every record class an edition holds,
found by walking ``attrs.fields`` from ``Edition``), so a field added to the model is a
new row, and it fails here until each export carries it or a reason is written below.
A cell is "carried" only when the sample editions' values of that field are found in
the export (in the column that declares it, for the tables); otherwise it must have a
documented reason in ``NOT_CARRIED``, and a reason given for a fact that is in fact
carried fails too. The same table is on the docs page ``docs/export-coverage.md``.
"""

from __future__ import annotations

import enum
import typing
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import attrs
import pytest

from asean_coop import Edition, PartialDate, ParticipantGroup, ParticipantRole, load_edition
from asean_coop.export import tables, to_jsonld, to_popolo
from helpers import tiny_edition

EXPORTS = ("tables", "jsonld", "popolo")
"""The exports: ``tables`` stands for CSV, SQLite, Parquet and pandas, which write the
same tables (their own tests check that every cell survives each writer)."""

HEADINGS = {
    "tables": "CSV / SQLite / Parquet / pandas",
    "jsonld": "JSON-LD",
    "popolo": "Popolo",
}

NOT_CARRIED: dict[tuple[str, str], str] = {}
"""Facts an export cannot carry, with the reason (also on the export's docs page)."""

DOCS = Path(__file__).resolve().parents[1] / "docs" / "export-coverage.md"


def sample_editions() -> tuple[Edition, ...]:
    """The bundled edition, the tiny one, and one that fills what both leave empty."""
    tiny = tiny_edition()
    first, *others = tiny.people
    varied = attrs.evolve(first, name=attrs.evolve(first.name, variants=("Yu Yun-quan",)))
    ceremony, *events = tiny.events
    group = ParticipantGroup(
        description="students from Viet Nam", role=ParticipantRole.PERFORMER, countries=("VN",)
    )
    grouped = attrs.evolve(ceremony, groups=(group,))
    return (
        load_edition(2025),
        tiny,
        tiny_edition(people=(varied, *others), events=(grouped, *events)),
    )


def _holds_records(annotation: object) -> bool:
    """True for a field typed as a record or a tuple of records (not a PartialDate)."""
    if isinstance(annotation, type):
        return attrs.has(annotation) and annotation is not PartialDate
    return any(_holds_records(arg) for arg in typing.get_args(annotation))


def walk(obj: object, found: dict[str, list[Any]]) -> None:
    """Every non-default value of every leaf field, keyed ``Class.field``, in model order.

    A value at its field's default is left out: the library's JSON leaves it implicit,
    and so may an export. A leaf field is one that holds no records.
    """
    if isinstance(obj, tuple):
        for item in obj:
            walk(item, found)
        return
    if not attrs.has(type(obj)) or isinstance(obj, PartialDate):
        return
    cls: Any = type(obj)
    for field in attrs.fields(attrs.resolve_types(cls)):
        if field.name.startswith("_") or not field.init:
            continue
        value = getattr(obj, field.name)
        if _holds_records(field.type):
            walk(value, found)
            continue
        values = found.setdefault(f"{type(obj).__name__}.{field.name}", [])
        if field.default is attrs.NOTHING or value != field.default:
            values.append(value)


def plain(value: object) -> Iterator[object]:
    """A model value as the plain values an export writes; nothing for an empty one."""
    if value is None or value is False:
        return
    if isinstance(value, tuple):
        for item in value:
            yield from plain(item)
    elif isinstance(value, enum.Enum):
        yield value.value
    elif isinstance(value, PartialDate):
        yield value.isoformat()
    else:
        yield value


def leaves(document: object) -> Iterator[object]:
    if isinstance(document, dict):
        for value in document.values():
            yield from leaves(value)
    elif isinstance(document, list):
        for value in document:
            yield from leaves(value)
    else:
        yield document


class Found:
    """The plain values of a JSON export, for membership tests."""

    def __init__(self, document: object) -> None:
        values = list(leaves(document))
        self.exact = {(type(v), v) for v in values if not isinstance(v, bool)}
        self.texts = [v for v in values if isinstance(v, str)]

    def __contains__(self, value: object) -> bool:
        if isinstance(value, bool):
            return False  # booleans need a check of their own (CUSTOM)
        if (type(value), value) in self.exact:
            return True
        if isinstance(value, int | float) and (float, float(value)) in self.exact:
            return True
        if isinstance(value, int) and (str, str(value)) in self.exact:
            return True  # a year written as an xsd:gYear literal
        if isinstance(value, str) and len(value) >= 3:
            return any(value in text for text in self.texts)
        return False


def _former_count(edition: Edition) -> int:
    return sum(1 for p in edition.people for pos in p.positions if pos.former)


def _jsonld_former(edition: Edition) -> bool:
    roles = [
        role
        for node in to_jsonld(edition)["@graph"]
        if node["@type"] == "Person"
        for role in [*node.get("worksFor", []), *node.get("hasOccupation", [])]
    ]
    return sum(1 for r in roles if "endDate" in r) == _former_count(edition)


def _popolo_former(edition: Edition) -> bool:
    ended = [m for m in to_popolo(edition)["memberships"] if "end_date" in m]
    return len(ended) == _former_count(edition)


CUSTOM: dict[tuple[str, str], Callable[[Edition], bool]] = {
    ("jsonld", "Position.former"): _jsonld_former,
    ("popolo", "Position.former"): _popolo_former,
}
"""Facts whose value is not written as such (a flag written as an end date)."""


def _tables_carry(edition: Edition, fact: str, values: list[Any]) -> bool:
    wanted = {v for value in values for v in plain(value)}
    if not wanted:
        return True
    for table in tables(edition):
        for index, column in enumerate(table.columns):
            if fact in column.carries:
                cells = {v for row in table.rows for v in plain(row[index])}
                if wanted <= cells:
                    return True
    return False


def _true_flags(document: object, name: str) -> int:
    """How many times a document sets the flag ``name``: as a key (the Popolo
    extension) or as a ``PropertyValue`` named after it (JSON-LD)."""
    if isinstance(document, list):
        return sum(_true_flags(item, name) for item in document)
    if not isinstance(document, dict):
        return 0
    own = document.get(name) is True
    own = own or (document.get("name") == name and document.get("value") is True)
    return int(own) + sum(_true_flags(value, name) for value in document.values())


def _flags_carried(document: object, fact: str, values: list[Any]) -> bool:
    """A flag is carried when the document sets it exactly as often as the edition does."""
    return _true_flags(document, fact.split(".")[1]) == sum(1 for v in values if v is True)


def _document_carries(document: object, values: list[Any]) -> bool:
    found = Found(document)
    return all(v in found for value in values for v in plain(value))


def coverage() -> dict[str, dict[str, str]]:
    """``{fact: {export: "carried" | reason | "NOT CARRIED"}}`` over the sample editions."""
    samples = sample_editions()
    per_edition = []
    for edition in samples:
        found: dict[str, list[Any]] = {}
        walk(edition, found)
        per_edition.append((edition, found))
    facts = list(dict.fromkeys(f for _, found in per_edition for f in found))
    table: dict[str, dict[str, str]] = {}
    for fact in facts:
        has_sample = any(
            any(True for v in found.get(fact, []) for _ in plain(v)) for _, found in per_edition
        )
        row: dict[str, str] = {}
        for export in EXPORTS:
            carried = has_sample
            for edition, found in per_edition:
                values = found.get(fact, [])
                if (export, fact) in CUSTOM:
                    ok = CUSTOM[(export, fact)](edition)
                elif export == "tables":
                    ok = _tables_carry(edition, fact, values)
                else:
                    document = to_jsonld(edition) if export == "jsonld" else to_popolo(edition)
                    if values and all(isinstance(v, bool) for v in values):
                        ok = _flags_carried(document, fact, values)
                    else:
                        ok = _document_carries(document, values)
                carried = carried and ok
            reason = NOT_CARRIED.get((export, fact))
            if not has_sample:
                row[export] = "NO SAMPLE VALUE"
            elif carried:
                row[export] = "carried" if reason is None else f"STALE REASON: {reason}"
            else:
                row[export] = reason or "NOT CARRIED"
        table[fact] = row
    return table


def render(table: dict[str, dict[str, str]]) -> str:
    lines = [
        "| Fact | " + " | ".join(HEADINGS[e] for e in EXPORTS) + " |",
        "| --- |" + " --- |" * len(EXPORTS),
    ]
    lines += [
        f"| `{fact}` | " + " | ".join(row[e] for e in EXPORTS) + " |" for fact, row in table.items()
    ]
    return "\n".join(lines) + "\n"


@pytest.fixture(scope="module")
def computed() -> dict[str, dict[str, str]]:
    return coverage()


def test_every_fact_is_carried_or_has_a_reason(computed: dict[str, dict[str, str]]) -> None:
    problems = [
        f"{fact} in {export}: {cell}"
        for fact, row in computed.items()
        for export, cell in row.items()
        if cell in ("NOT CARRIED", "NO SAMPLE VALUE") or cell.startswith("STALE REASON")
    ]
    assert problems == []


def test_rows_follow_the_model(computed: dict[str, dict[str, str]]) -> None:
    classes = [Edition, *_record_classes()]
    expected = {
        f"{cls.__name__}.{f.name}"
        for cls in classes
        for f in attrs.fields(attrs.resolve_types(cls))
        if f.init and not f.name.startswith("_") and not _holds_records(f.type)
    }
    assert set(computed) == expected


def _record_classes() -> list[type]:
    import asean_coop.model as model

    found: list[type] = []
    pending: list[type] = [Edition]
    while pending:
        cls = pending.pop()
        for field in attrs.fields(attrs.resolve_types(cls)):
            for arg in _types_in(field.type):
                if attrs.has(arg) and arg is not PartialDate and arg not in found:
                    found.append(arg)
                    pending.append(arg)
    assert model.Person in found
    return found


def _types_in(annotation: object) -> list[Any]:
    if isinstance(annotation, type):
        return [annotation]
    return [t for arg in typing.get_args(annotation) for t in _types_in(arg)]


def test_a_field_that_no_export_writes_fails_the_table(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The check can fail: hide one column's declaration and one JSON-LD value."""
    import importlib

    tables_module = importlib.import_module("asean_coop.export._tables")

    real_build = tables_module._TableSpec.build

    def build_without_honors(self: Any, edition: Edition) -> Any:
        table = real_build(self, edition)
        columns = tuple(
            attrs.evolve(c, carries=()) if c.name == "honors" else c for c in table.columns
        )
        return attrs.evolve(table, columns=columns)

    monkeypatch.setattr(tables_module._TableSpec, "build", build_without_honors)
    edition = load_edition(2025)
    found: dict[str, list[Any]] = {}
    walk(edition, found)
    assert not _tables_carry(edition, "Person.honors", found["Person.honors"])
    document = to_jsonld(edition)
    for node in document["@graph"]:
        node.pop("award", None)
    assert not _document_carries(document, found["Person.honors"])


def test_the_docs_show_the_computed_table(computed: dict[str, dict[str, str]]) -> None:
    text = DOCS.read_text(encoding="utf-8")
    start = text.index("<!-- coverage:start -->\n") + len("<!-- coverage:start -->\n")
    end = text.index("<!-- coverage:end -->")
    assert text[start:end] == render(computed), (
        "docs/export-coverage.md is out of date: regenerate its table with "
        "python tests/test_export_roundtrip.py"
    )


if __name__ == "__main__":  # regenerate the docs table
    page = DOCS.read_text(encoding="utf-8")
    head, rest = page.split("<!-- coverage:start -->\n")
    _, tail = rest.split("<!-- coverage:end -->")
    DOCS.write_text(
        f"{head}<!-- coverage:start -->\n{render(coverage())}<!-- coverage:end -->{tail}",
        encoding="utf-8",
    )
