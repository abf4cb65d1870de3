"""Whole-edition checks, driven by the declarations on the model's fields.

The collections of an edition are its fields of the form ``tuple[Record, ...]`` whose
record class has an ``id`` (:func:`collections_of`); references are the fields declared
with :func:`~asean_coop.model._references.refers_to`. So a new collection or a new
reference field is checked as soon as it is declared: nothing here lists them.

The checks take the edition's values as a mapping in which a record may be ``None`` (a
record that failed to load on its own), so that a document with several mistakes reports
all of them at once; ``known_ids`` holds the ids of such failed records so that references
to them are not reported as dangling too, and ``unreadable`` names the collections that
could not be read at all (references to those are not checked).

Every check is linear in the size of the edition: parent chains are walked once, with
the state of each record remembered. A whole edition is first tested in bulk, each
reference field of each class as one set against the ids it may name (:func:`_all_clear`);
the walk that says what is wrong and where (:class:`_Checker`) runs only when that test
finds something. ``tests/test_model.py`` checks that the two agree on broken editions.
"""

from __future__ import annotations

import functools
import itertools
import operator
import typing
from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import Any

import attrs

from ..errors import Problem, ValidationError
from ._checks import COUNTRY_CODE
from ._classes import compile_function, field_types
from ._methods import record_eq, record_hash, record_repr
from ._provenance import Evidence, EvidenceKind
from ._references import (
    COUNTRIES,
    _element,
    _nested_class,
    _not_none,
    _record_class,
    _steps,
    record_fields,
    reference_fields,
    references,
)

__all__ = ["Collection", "check_whole", "collections_of", "edition_problems"]


@attrs.frozen
class Collection:
    """One collection of an edition: its field name, record class and label.

    Example:
        >>> from asean_coop import Edition
        >>> [c.name for c in collections_of(Edition)][:3]
        ['sources', 'organizations', 'people']
        >>> collections_of(Edition)[2].label
        'a person'
    """

    __repr__ = record_repr
    __eq__ = record_eq
    __hash__ = record_hash

    name: str
    record: type
    label: str


def _label(cls: type) -> str:
    word = "".join(f" {c.lower()}" if c.isupper() else c for c in cls.__name__).strip()
    return f"{'an' if word[0] in 'aeiou' else 'a'} {word}"


@functools.cache
def collections_of(cls: Any) -> tuple[Collection, ...]:
    """The collections of an aggregate class: its tuple fields of records with an ``id``.

    Args:
        cls: :class:`~asean_coop.Edition`, or another aggregate built the same way.

    Returns:
        One :class:`Collection` per such field, in field order.
    """
    hints = field_types(cls)
    out = []
    for field in attrs.fields(cls):
        record, many = _record_class(hints[field.name])
        if record is not None and many and "id" in attrs.fields_dict(record):
            out.append(Collection(field.name, record, _label(record)))
    return tuple(out)


@functools.cache
def _visitor(cls: Any) -> Callable[..., None]:
    """A function that checks the references of a ``cls`` record, generated from its plan.

    ``visit(record, where, targets, bad, found)``: ``targets(kinds)`` gives the ids a
    reference may name (None for anything), ``bad(value, kinds, where)`` reports one, and
    every :class:`~asean_coop.Evidence` met is appended to ``found`` with where it is
    (for the checks of evidence against its source), in document order. A nested
    record holding a single reference (an Evidence's ``source_id``) is checked inline, in
    the loop over its tuple, without a call per record.
    """
    names: dict[str, Any] = {}
    lines = ["def visit(r, where, targets, bad, found):"]
    if cls is Evidence:
        lines.append("  found.append((where, r))")
    for step, (name, kinds, many) in enumerate(reference_fields(cls)):
        names[f"K{step}"] = kinds
        if kinds:
            lines.append(f"  ids = targets(K{step})[0]")
            if many:
                lines += [
                    f"  v = r.{name}",
                    "  if ids is not None and v and not ids.issuperset(v):",
                    "    for i, x in enumerate(v):",
                    f"      if x not in ids: bad(x, K{step}, (where, {name!r}, i))",
                ]
            else:
                lines += [
                    f"  v = r.{name}",
                    "  if ids is not None and v is not None and v not in ids:",
                    f"    bad(v, K{step}, (where, {name!r}, None))",
                ]
            continue
        nested = _nested_class(cls, name)
        inner = reference_fields(nested)
        if many and len(inner) == 1 and inner[0][1] and not inner[0][2]:
            field, inner_kinds = inner[0][0], inner[0][1]
            names[f"J{step}"] = inner_kinds
            lines += [f"  v = r.{name}", "  if v:"]
            if nested is Evidence:
                lines.append(
                    f"    found.extend([((where, {name!r}, i), x) for i, x in enumerate(v)])"
                )
            lines += [
                f"    ids = targets(J{step})[0]",
                "    if ids is not None:",
                "      for i, x in enumerate(v):",
                f"        y = x.{field}",
                "        if y is not None and y not in ids:",
                f"          bad(y, J{step}, ((where, {name!r}, i), {field!r}, None))",
            ]
        elif many:
            names[f"V{step}"] = _visitor(nested)
            lines += [
                f"  for i, x in enumerate(r.{name}):",
                f"    V{step}(x, (where, {name!r}, i), targets, bad, found)",
            ]
        else:
            names[f"V{step}"] = _visitor(nested)
            lines += [
                f"  x = r.{name}",
                f"  if x is not None: V{step}(x, (where, {name!r}, None), targets, bad, found)",
            ]
    if len(lines) == 1:
        lines.append("  return None")
    source = "\n".join(lines) + "\n"
    return compile_function(source, "visit", names, what="reference check", owner=cls)


PathParts = tuple[str | int, ...]
"""A path as its parts, joined into ``people[2].positions[0]`` only when reported."""


_Where = tuple[Any, str, int | None] | None
"""Where a value is, as a chain (outer, field, index or None), made cheaply while walking
and turned into a path only when a problem is reported."""


def _flatten(where: _Where) -> PathParts:
    parts: list[str | int] = []
    while where is not None:
        where, name, index = where
        if index is not None:
            parts.append(index)
        parts.append(name)
    return tuple(reversed(parts))


def _join(parts: PathParts) -> str:
    out = ""
    for part in parts:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else part
    return out


class _Checker:
    def __init__(
        self,
        cls: type,
        values: Mapping[str, Any],
        known_ids: Mapping[str, frozenset[str]],
        unreadable: frozenset[str],
    ) -> None:
        self.values = values
        self.known_ids = known_ids
        self.unreadable = unreadable
        self.collections = collections_of(cls)
        self.labels = {c.name: c.label for c in self.collections}
        self.records = {c.name: c.record for c in self.collections}
        self.problems: list[Problem] = []
        self.ids = {c.name: self._unique_ids(c.name, values.get(c.name, ())) for c in self}
        self.targets: dict[tuple[str, ...], tuple[frozenset[str] | None, bool]] = {}
        self.evidence: list[tuple[_Where, Evidence]] = []  # every evidence, as visited

    def __iter__(self) -> typing.Iterator[Collection]:
        return iter(self.collections)

    def add(self, path: str | PathParts, message: str) -> None:
        self.problems.append(Problem(path if isinstance(path, str) else _join(path), message))

    def _unique_ids(self, kind: str, records: Sequence[Any]) -> dict[str, int]:
        seen: dict[str, int] = {}
        for index, record in enumerate(records):
            if record is None:
                continue
            if record.id in seen:
                self.add(
                    f"{kind}[{index}].id",
                    f"{record.id!r} is already the id of {kind}[{seen[record.id]}]",
                )
            else:
                seen[record.id] = index
        return seen

    def _targets(self, kinds: tuple[str, ...]) -> tuple[frozenset[str] | None, bool]:
        """The ids a reference to ``kinds`` may name (None: anything, a kind is
        unreadable), and whether an alpha-2 code is also fine. Made once per ``kinds``."""
        made = self.targets.get(kinds)
        if made is None:
            ids: set[str] = set()
            anything = False
            for kind in kinds:
                if kind == COUNTRIES:
                    continue
                # a kind the aggregate does not hold cannot be checked here
                anything = anything or kind in self.unreadable or kind not in self.ids
                ids.update(self.ids.get(kind, ()))
                ids.update(self.known_ids.get(kind, ()))
            made = self.targets[kinds] = (None if anything else frozenset(ids), COUNTRIES in kinds)
        return made

    def _dangling(self, value: str, kinds: tuple[str, ...]) -> str:
        records = [self.labels[k] for k in kinds if k != COUNTRIES]
        text = f"{value!r} is not the id of {' or '.join(records)}"
        return text + (", nor an alpha-2 country code" if COUNTRIES in kinds else "")

    def _bad(self, value: str, kinds: tuple[str, ...], where: _Where) -> None:
        """Report ``value`` unless it is an alpha-2 code where a country may be named."""
        if COUNTRIES in kinds and COUNTRY_CODE.fullmatch(value) is not None:
            return
        self.add(_flatten(where), self._dangling(value, kinds))

    def visit(self, record: Any, where: _Where) -> None:
        """Check the references held by ``record`` and by the records it holds."""
        _visitor(record.__class__)(record, where, self._targets, self._bad, self.evidence)

    def no_cycles(self, kind: str, records: Sequence[Any], parent: str) -> None:
        """Report every record that is its own ancestor; each record is walked once."""
        parents = {r.id: getattr(r, parent) for r in records if r is not None}
        state: dict[str, bool] = {}  # id -> True if on a cycle
        for start in parents:
            chain: list[str] = []
            on_chain: dict[str, int] = {}
            node: str | None = start
            while node is not None and node in parents and node not in state:
                if node in on_chain:
                    for member in chain[on_chain[node] :]:
                        state[member] = True
                    break
                on_chain[node] = len(chain)
                chain.append(node)
                node = parents[node]
            for member in chain:
                state.setdefault(member, False)
        for index, record in enumerate(records):
            if (
                record is not None
                and state.get(record.id)
                and self.ids[kind].get(record.id) == index
            ):
                self.add((kind, index, parent), f"{record.id!r} is its own ancestor")

    def run(self) -> list[Problem]:
        for name, value in self.values.items():
            if name in self.labels:
                cls = self.records[name]
                visit, targets, bad, found = _visitor(cls), self._targets, self._bad, self.evidence
                for index, record in enumerate(value):
                    if record.__class__ is cls:
                        visit(record, (None, name, index), targets, bad, found)
                    elif record is not None:
                        self.visit(record, (None, name, index))
                parent = _parent_field(self.records[name], name)
                if parent is not None:
                    self.no_cycles(name, value, parent)
            elif isinstance(value, tuple):  # records without ids (milestones, errata)
                for index, record in enumerate(value):
                    if record is not None and attrs.has(type(record)):
                        self.visit(record, (None, name, index))
            elif value is not None and attrs.has(type(value)):
                self.visit(value, (None, name, None))
        self._main_event()
        self._speakers()
        self._evidence_kinds()
        self._ranking()
        return self.problems

    def _main_event(self) -> None:
        if "events" not in self.labels:
            return
        events = self.values.get("events", ())
        roots = [e.id for e in events if e is not None and e.parent_id is None]
        complete = "events" not in self.unreadable and all(e is not None for e in events)
        if len(roots) != 1 and complete:
            found = ", ".join(repr(r) for r in roots) or "none"
            self.add(
                "events",
                f"an edition needs exactly one main event (one without parent_id), found {found}",
            )

    def _evidence_kinds(self) -> None:
        """Reference evidence cites a general-reference source, and only it does."""
        sources = self.values.get("sources", ())
        reference = {s.id for s in sources if s is not None and s.kind.value == "general_reference"}
        known = self.ids.get("sources", {})
        for where, evidence in self.evidence:
            if evidence.source_id in known and (
                (evidence.kind is EvidenceKind.REFERENCE) != (evidence.source_id in reference)
            ):
                self.add(
                    (*_flatten(where), "kind"),
                    "reference evidence cites general reference, and general reference "
                    "supports only reference evidence",
                )

    def _speakers(self) -> None:
        attending: dict[str, set[str]] = {}
        for event in self.values.get("events", ()):
            if event is not None and event.id not in attending:  # the first of a duplicate id
                attending[event.id] = {p.person_id for p in event.participants}
        for i, speech in enumerate(self.values.get("speeches", ())):
            if speech is None:
                continue
            people = attending.get(speech.event_id)
            if (
                people is not None
                and speech.speaker_id in self.ids["people"]
                and speech.speaker_id not in people
            ):
                self.add(
                    ("speeches", i, "speaker_id"),
                    f"{speech.speaker_id!r} has no participation in event {speech.event_id!r}",
                )

    def _ranking(self) -> None:
        ranking = self.values.get("ranking")
        if ranking is None:
            return
        year, number = self.values.get("year"), self.values.get("number")
        if year is not None and ranking.year != year:
            self.add("ranking.year", f"{ranking.year} differs from the edition's year {year}")
        if number is not None and ranking.edition != number:
            self.add(
                "ranking.edition", f"{ranking.edition} differs from the edition's number {number}"
            )


@functools.cache
def _parent_field(record: Any, kind: str) -> str | None:
    """The field by which a record names a parent of its own collection, if any."""
    hints = field_types(record)
    for field in attrs.fields(record):
        if references(field) == (kind,) and _element(hints[field.name]) is None:
            return str(field.name)
    return None


def check_whole(instance: Any, records: Mapping[type, Sequence[Any]] | None = None) -> None:
    """The ``__attrs_post_init__`` of an aggregate (an edition): the whole-document check.

    Args:
        instance: The aggregate.
        records: Every record it holds, by class, if the caller has them at hand (the
            decoders do): they spare the check a walk to gather them.

    Raises:
        ValidationError: Listing every problem, each with its path.
    """
    cls = type(instance)
    values = {f.name: getattr(instance, f.name) for f in attrs.fields(cls) if f.init}
    problems = edition_problems(cls, values, records=records)
    if problems:
        raise ValidationError(problems)


def edition_problems(
    cls: type,
    values: Mapping[str, Any],
    *,
    known_ids: Mapping[str, frozenset[str]] | None = None,
    unreadable: frozenset[str] = frozenset(),
    records: Mapping[type, Sequence[Any]] | None = None,
) -> list[Problem]:
    """Check an edition as a whole.

    A whole, readable edition is first tested in bulk (:func:`_all_clear`); only if
    that finds something does the walk run that says what and where.

    Args:
        cls: The aggregate class (:class:`~asean_coop.Edition`).
        values: Its field values by name; a record may be ``None`` (it failed to load).
        known_ids: Per collection, the ids of records that failed to load.
        unreadable: Collections that could not be read at all.
        records: Every record the edition holds, by class, if known.

    Returns:
        Every problem found, in document order per check; empty if none.
    """
    if not known_ids and not unreadable and _all_clear(cls, values, records):
        return []
    return _Checker(cls, values, known_ids or {}, unreadable).run()


_is_none = functools.partial(operator.is_, None)


def _all_clear(
    cls: type, values: Mapping[str, Any], records: Mapping[type, Sequence[Any]] | None = None
) -> bool:
    """True if the edition passes every check of :class:`_Checker`, tested in bulk.

    The same declarations drive it, a column at a time (every reference of one field of
    every record of a class as one set), so that a valid edition costs a few C-level
    passes per field instead of a Python walk. False means "not shown clear": the walk
    then finds and reports what is wrong (or finds nothing, which is never wrong).
    """
    collections = collections_of(cls)
    ids: dict[str, frozenset[str]] = {}
    for collection in collections:
        members = values.get(collection.name)
        if members is None or not all(map(_not_none, members)):  # identity: no __eq__ calls
            return False
        found = list(map(_ID, members))
        ids[collection.name] = frozenset(found)
        if len(ids[collection.name]) != len(found):
            return False  # an id repeated
    evidence: list[Any] = []
    batches: list[tuple[Any, Sequence[Any]]] = []
    if records is not None:  # every record of each class, at hand: no nested records to walk
        batches = [(c, made) for c, made in records.items() if c is not cls and made]
    else:
        for name, record_class, many in record_fields(cls):
            value = values.get(name)
            if value is not None:
                batches.append((record_class, list(value) if many else [value]))
    targets: dict[tuple[str, ...], frozenset[str] | None] = {}
    for record_class, held in batches:  # grows as nested records are met
        if record_class is Evidence:
            evidence += held
        for get, kinds, many, nested in _steps(record_class):
            if nested is not None and records is not None:
                continue
            column: Iterator[Any] = map(get, held)
            if many:
                column = itertools.chain.from_iterable(column)
            if nested is not None:
                batches.append((nested, list(filter(_not_none, column))))
                continue
            if kinds not in targets:
                targets[kinds] = _target(kinds, ids)
            target = targets[kinds]
            if target is not None and not target.issuperset(filter(_not_none, column)):
                if COUNTRIES not in kinds:
                    return False
                column = map(get, held)  # again: the names that are not ids may be countries
                if many:
                    column = itertools.chain.from_iterable(column)
                names = set(filter(_not_none, column)) - target
                if not all(map(COUNTRY_CODE.fullmatch, names)):
                    return False
    return (
        _evidence_clear(evidence, values)
        and all(
            _acyclic(values[c.name], parent)
            for c in collections
            if (parent := _parent_field(c.record, c.name)) is not None
        )
        and _speakers_clear(values)
        and _ranking_clear(values)
        and _one_main_event(values)
    )


_ID = operator.attrgetter("id")


def _target(kinds: tuple[str, ...], ids: Mapping[str, frozenset[str]]) -> frozenset[str] | None:
    """The ids a reference to ``kinds`` may name; None for anything (a kind the aggregate
    does not hold cannot be checked here, nor an alpha-2 code alone: its rule checks it,
    and no record of the edition answers to it)."""
    others = [kind for kind in kinds if kind != COUNTRIES]
    if not others or any(kind not in ids for kind in others):
        return None
    return frozenset().union(*(ids[kind] for kind in others))


def _evidence_clear(evidence: list[Evidence], values: Mapping[str, Any]) -> bool:
    """Reference evidence, and only it, cites general reference (see _evidence_kinds)."""
    reference = frozenset(
        s.id for s in values.get("sources", ()) if s.kind.value == "general_reference"
    )
    kinds = map(operator.attrgetter("kind"), evidence)
    cites_reference = map(reference.__contains__, map(operator.attrgetter("source_id"), evidence))
    is_reference = map(operator.is_, kinds, itertools.repeat(EvidenceKind.REFERENCE))
    return not any(map(operator.ne, is_reference, cites_reference))


def _acyclic(records: Sequence[Any], parent: str) -> bool:
    """True if no record is its own ancestor: following parents from every record ends.

    Each record is walked once; a walk longer than there are records has met a cycle.
    """
    parents = dict(zip(map(_ID, records), map(operator.attrgetter(parent), records), strict=True))
    size = len(parents)
    step = parents.get  # a dangling parent ends the chain (it is reported as a reference)
    ended: set[str | None] = {None, *itertools.compress(parents, map(_is_none, parents.values()))}
    for start in parents:
        if start in ended:
            continue
        node = step(start)
        if node in ended:  # the common case: a parent already known to end
            ended.add(start)
            continue
        chain = [start]
        for _ in itertools.repeat(None, size):
            if node in ended:
                break
            chain.append(node)
            node = step(node)
        else:
            return False
        ended.update(chain)
    return True


def _speakers_clear(values: Mapping[str, Any]) -> bool:
    """Every speaker takes part in the event of the speech (see _Checker._speakers)."""
    speeches = values.get("speeches", ())
    if not speeches:
        return True
    taking_part = {
        (event.id, p.person_id) for event in values.get("events", ()) for p in event.participants
    }
    spoken = zip(
        map(operator.attrgetter("event_id"), speeches),
        map(operator.attrgetter("speaker_id"), speeches),
        strict=True,
    )
    return taking_part.issuperset(spoken)


def _ranking_clear(values: Mapping[str, Any]) -> bool:
    ranking = values.get("ranking")
    return ranking is None or (
        ranking.year == values.get("year", ranking.year)
        and ranking.edition == values.get("number", ranking.edition)
    )


def _one_main_event(values: Mapping[str, Any]) -> bool:
    events = values.get("events")
    return events is None or list(map(operator.attrgetter("parent_id"), events)).count(None) == 1
