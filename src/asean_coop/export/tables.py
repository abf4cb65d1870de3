"""The edition as flat tables: the one definition behind the CSV data package and pandas.

Each :class:`Table` has typed :class:`Column` s, a primary key, foreign keys and rows
of plain Python values (``str``, ``int``, ``float``, ``bool``, ``None``, and tuples of
strings in the ``array`` columns). :mod:`asean_coop.export.datapackage`
writes them as CSV with a Frictionless descriptor; :mod:`asean_coop.export.dataframes`
turns them into pandas data frames. Dates keep their precision as ISO strings
(``2025``, ``2025-09``, ``2026-01-15``), which sort in date order as text.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterable, Mapping
from typing import Literal

import attrs

from .. import bundled
from ..model import (
    Country,
    Edition,
    EventKind,
    Figure,
    NameOrder,
    OrganizationKind,
    OrganizerRole,
    PartialDate,
    ParticipantRole,
    Place,
    Qualifier,
    SpeechKind,
)
from ..model._checks import COUNTRY_CODE
from . import _patterns

__all__ = [
    "Cell",
    "Column",
    "ColumnType",
    "ForeignKey",
    "TABLE_NAMES",
    "Table",
    "edition_countries",
    "place_label",
    "tables",
]

Cell = str | int | float | bool | tuple[str, ...] | None
"""One value of a table; a tuple of strings in the ``array`` columns."""

ColumnType = Literal["string", "integer", "number", "boolean", "array"]
"""A column's Frictionless type; ``array`` columns hold tuples of strings (a JSON array
in CSV)."""

TABLE_NAMES = (
    "countries",
    "organizations",
    "people",
    "positions",
    "events",
    "organizers",
    "participations",
    "speeches",
    "figures",
    "milestones",
    "stories",
)
"""The tables, in the order :func:`tables` returns them (referenced before referencing)."""


@attrs.frozen(kw_only=True)
class Column:
    """One column of a :class:`Table`.

    Args:
        name: The column name (``"organization_id"``).
        type: Its Frictionless type.
        description: What it holds.
        required: True if no row may leave it empty.
        enum: The values it may hold, for enum columns.
        pattern: A regular expression every value matches in full (unanchored).
    """

    name: str
    type: ColumnType
    description: str
    required: bool = False
    enum: tuple[str, ...] | None = None
    pattern: str | None = None


@attrs.frozen(kw_only=True)
class ForeignKey:
    """Columns of a table whose values are a key of another table (or of the same one).

    Args:
        fields: The referencing columns.
        table: The referenced table's name.
        reference: The referenced columns.
    """

    fields: tuple[str, ...]
    table: str
    reference: tuple[str, ...]


@attrs.frozen(kw_only=True)
class Table:
    """A table: columns, keys and rows.

    Args:
        name: The table name (``"people"``), also the CSV file stem.
        title: A title for people.
        description: What one row is.
        columns: The columns, in order.
        primary_key: The columns that identify a row.
        foreign_keys: References to other tables.
        rows: The rows, each a tuple in column order.
    """

    name: str
    title: str
    description: str
    columns: tuple[Column, ...]
    primary_key: tuple[str, ...]
    foreign_keys: tuple[ForeignKey, ...] = ()
    rows: tuple[tuple[Cell, ...], ...] = ()

    @property
    def column_names(self) -> tuple[str, ...]:
        """The column names, in order."""
        return tuple(c.name for c in self.columns)

    def records(self) -> list[dict[str, Cell]]:
        """The rows as dicts keyed by column name.

        Returns:
            One dict per row, in row order.
        """
        names = self.column_names
        return [dict(zip(names, row, strict=True)) for row in self.rows]


def _id(description: str, *, required: bool = True) -> Column:
    return Column(
        name="id",
        type="string",
        description=description,
        required=required,
        pattern=_patterns.SLUG,
    )


def _ref(name: str, description: str, *, required: bool = False) -> Column:
    return Column(
        name=name,
        type="string",
        description=description,
        required=required,
        pattern=_patterns.SLUG,
    )


def _text(name: str, description: str, *, required: bool = False) -> Column:
    return Column(name=name, type="string", description=description, required=required)


def _date(name: str, description: str, *, required: bool = False) -> Column:
    return Column(
        name=name,
        type="string",
        required=required,
        pattern=_patterns.DATE,
        description=f"{description} (ISO date at its precision: YYYY, YYYY-MM or YYYY-MM-DD)",
    )


def _country(name: str, description: str, *, required: bool = False) -> Column:
    return Column(
        name=name,
        type="string",
        description=description,
        required=required,
        pattern=_patterns.COUNTRY,
    )


def _choice(name: str, kind: type[enum.Enum], description: str, *, required: bool = True) -> Column:
    values = tuple(str(m.value) for m in kind)
    return Column(name=name, type="string", description=description, required=required, enum=values)


def _index(description: str) -> Column:
    return Column(name="index", type="integer", description=description, required=True)


def _fk(fields: str, table: str, reference: str = "id") -> ForeignKey:
    return ForeignKey(fields=tuple(fields.split()), table=table, reference=tuple(reference.split()))


def _date_text(date: PartialDate | None) -> str | None:
    return None if date is None else date.isoformat()


def edition_countries(edition: Edition) -> tuple[tuple[str, Country | None], ...]:
    """The countries an export lists: the library's country table and every code used.

    Args:
        edition: The edition.

    Returns:
        ``(code, country)`` pairs sorted by alpha-2 code, each code once: every country
        of :func:`asean_coop.countries`, and every code the edition uses, with
        ``None`` for a code the library's table lacks (or for every code, where the
        library has no country table).

    Example:
        >>> from asean_coop import load_edition
        >>> codes = [code for code, _ in edition_countries(load_edition(2025))]
        >>> "CN" in codes and codes == sorted(codes)
        True
    """
    known: dict[str, Country] = {}
    reference: Callable[[], Iterable[Country]] | None = getattr(bundled, "countries", None)
    if reference is not None:
        known = {c.code: c for c in reference()}
    used: set[str] = set()
    for organization in edition.organizations:
        if organization.country:
            used.add(organization.country)
    for event in edition.events:
        if event.place is not None:
            used.add(event.place.country)
    for speech in edition.speeches:
        used.update(m for m in speech.mentions if COUNTRY_CODE.fullmatch(m))
        used.update(
            f.subject for f in speech.figures if f.subject and COUNTRY_CODE.fullmatch(f.subject)
        )
    for milestone in edition.milestones:
        used.update(milestone.countries)
    for story in edition.ranking.stories:
        used.update(story.countries)
    return tuple((code, known.get(code)) for code in sorted(used | known.keys()))


def place_label(place: Place, countries: Mapping[str, Country | None]) -> str:
    """A place as people write it: city, region and country name.

    Args:
        place: The place.
        countries: Countries by alpha-2 code, as ``dict(edition_countries(edition))``;
            a code missing there (or mapped to None) is written as the code.

    Returns:
        For example ``"Nanning, Guangxi, China"``.

    Example:
        >>> from asean_coop import Place
        >>> place_label(Place(city="Nanning", region="Guangxi", country="CN"), {})
        'Nanning, Guangxi, CN'
    """
    country = countries.get(place.country)
    parts = (place.city, place.region, country.name if country else place.country)
    return ", ".join(p for p in parts if p)


def _countries(edition: Edition) -> Table:
    rows: list[tuple[Cell, ...]] = []
    for code, country in edition_countries(edition):
        if country is None:
            rows.append((code, None, None, None, (), None))
        else:
            rows.append(
                (
                    code,
                    country.code3,
                    country.name,
                    country.official_name,
                    country.aliases,
                    _date_text(country.asean_joined),
                )
            )
    return Table(
        name="countries",
        title="Countries",
        description="Every country the data names: the library's country table and every code "
        "the edition uses.",
        columns=(
            _country("code", "ISO 3166-1 alpha-2 code", required=True),
            Column(
                name="code3",
                type="string",
                description="ISO 3166-1 alpha-3 code",
                pattern=_patterns.ALPHA3,
            ),
            _text("name", "Common English name"),
            _text("official_name", "Official name"),
            Column(name="aliases", type="array", description="Other names people write"),
            _date("asean_joined", "When it became an ASEAN member state, if it is one"),
        ),
        primary_key=("code",),
        rows=tuple(rows),
    )


def _organizations(edition: Edition) -> Table:
    return Table(
        name="organizations",
        title="Organizations",
        description="Every organization the sources name.",
        columns=(
            _id("Unique id of the organization"),
            _text("name", "Full name", required=True),
            _text("short_name", "Abbreviation the source uses"),
            _choice("kind", OrganizationKind, "What sort of body it is"),
            _country("country", "Alpha-2 code of the state it belongs to or represents"),
            _ref("parent_id", "Id of the organization it is part of"),
            Column(name="aliases", type="array", description="Other names the source uses"),
        ),
        primary_key=("id",),
        foreign_keys=(_fk("country", "countries", "code"), _fk("parent_id", "organizations")),
        rows=tuple(
            (o.id, o.name, o.short_name, o.kind.value, o.country, o.parent_id, o.aliases)
            for o in edition.organizations
        ),
    )


def _people(edition: Edition) -> Table:
    return Table(
        name="people",
        title="People",
        description="Every person the sources name.",
        columns=(
            _id("Unique id of the person"),
            _text("name", "The name as published", required=True),
            _text("given_name", "Given name, where the culture has one"),
            _text("family_name", "Family name, only where the culture has one"),
            _text("patronymic_name", "Patronymic (bin Mohamed Ismail)"),
            _text("suffix", "Generational suffix (III)"),
            _choice("name_order", NameOrder, "How the name is written"),
            _text("sort_name", "The name as an index lists it", required=True),
            Column(name="variants", type="array", description="Other written forms of the name"),
            Column(name="honors", type="array", description="Honors the source gives"),
        ),
        primary_key=("id",),
        rows=tuple(
            (
                p.id,
                p.name.text,
                p.name.given,
                p.name.family,
                p.name.patronymic,
                p.name.suffix,
                p.name.order.value,
                p.name.indexed,
                p.name.variants,
                p.honors,
            )
            for p in edition.people
        ),
    )


def _positions(edition: Edition) -> Table:
    return Table(
        name="positions",
        title="Positions",
        description="Posts people hold or held, one row per post.",
        columns=(
            _ref("person_id", "Id of the person", required=True),
            _index("Order of the post in the person's list, from 1 (current posts first)"),
            _text("title", "Title as the source gives it", required=True),
            _ref("organization_id", "Id of the organization, if the post is with one"),
            Column(
                name="former", type="boolean", description="True for a former post", required=True
            ),
        ),
        primary_key=("person_id", "index"),
        foreign_keys=(_fk("person_id", "people"), _fk("organization_id", "organizations")),
        rows=tuple(
            (person.id, index, position.title, position.organization_id, position.former)
            for person in edition.people
            for index, position in enumerate(person.positions, start=1)
        ),
    )


def _events(edition: Edition) -> Table:
    rows = []
    for e in edition.events:
        place = e.place
        rows.append(
            (
                e.id,
                e.name,
                e.kind.value,
                e.date.isoformat(),
                e.parent_id,
                place.city if place else None,
                place.region if place else None,
                place.country if place else None,
                e.description,
            )
        )
    return Table(
        name="events",
        title="Events",
        description="The main event (no parent_id) and its parts.",
        columns=(
            _id("Unique id of the event"),
            _text("name", "The event's name", required=True),
            _choice("kind", EventKind, "What sort of event it is"),
            _date("date", "When it took place", required=True),
            _ref("parent_id", "Id of the event this one is part of"),
            _text("city", "City where it took place"),
            _text("region", "Region or province"),
            _country("country", "Alpha-2 code of the country where it took place"),
            _text("description", "A short description in the project's own words"),
        ),
        primary_key=("id",),
        foreign_keys=(_fk("parent_id", "events"), _fk("country", "countries", "code")),
        rows=tuple(rows),
    )


def _organizers(edition: Edition) -> Table:
    rows = dict.fromkeys(
        (e.id, o.organization_id, o.role.value) for e in edition.events for o in e.organizers
    )
    return Table(
        name="organizers",
        title="Organizers",
        description="Which organization organised which event, in which role.",
        columns=(
            _ref("event_id", "Id of the event", required=True),
            _ref("organization_id", "Id of the organization", required=True),
            _choice("role", OrganizerRole, "Its role"),
        ),
        primary_key=("event_id", "organization_id", "role"),
        foreign_keys=(_fk("event_id", "events"), _fk("organization_id", "organizations")),
        rows=tuple(rows),
    )


def _participations(edition: Edition) -> Table:
    rows = dict.fromkeys(
        (e.id, p.person_id, p.role.value) for e in edition.events for p in e.participants
    )
    return Table(
        name="participations",
        title="Participations",
        description="Who took part in which event, in which role.",
        columns=(
            _ref("event_id", "Id of the event", required=True),
            _ref("person_id", "Id of the person", required=True),
            _choice("role", ParticipantRole, "Their role"),
        ),
        primary_key=("event_id", "person_id", "role"),
        foreign_keys=(_fk("event_id", "events"), _fk("person_id", "people")),
        rows=tuple(rows),
    )


def _speeches(edition: Edition) -> Table:
    return Table(
        name="speeches",
        title="Speeches",
        description="What someone said at an event, summarised in the project's own words.",
        columns=(
            _id("Unique id of the speech"),
            _ref("event_id", "Id of the event", required=True),
            _ref("speaker_id", "Id of the person who spoke", required=True),
            _choice("kind", SpeechKind, "What sort of speech"),
            _text("summary", "A one-paragraph summary", required=True),
            Column(name="points", type="array", description="The main points, one sentence each"),
            Column(name="topics", type="array", description="Topic ids"),
            Column(
                name="mentions",
                type="array",
                description="Ids of the organizations and initiatives, and alpha-2 codes of the "
                "countries, the speech mentions",
            ),
        ),
        primary_key=("id",),
        foreign_keys=(_fk("event_id", "events"), _fk("speaker_id", "people")),
        rows=tuple(
            (
                s.id,
                s.event_id,
                s.speaker_id,
                s.kind.value,
                s.summary,
                s.points,
                s.topics,
                s.mentions,
            )
            for s in edition.speeches
        ),
    )


def _figure_row(
    key: str, speech_id: str | None, event_id: str | None, figure: Figure
) -> tuple[Cell, ...]:
    return (
        key,
        speech_id,
        event_id,
        figure.measure,
        figure.value,
        figure.unit,
        figure.qualifier.value,
        figure.subject,
        _date_text(figure.as_of),
        figure.describe(),
    )


def _figures(edition: Edition) -> Table:
    rows = [
        _figure_row(f"event/{e.id}/attendance", None, e.id, e.attendance)
        for e in edition.events
        if e.attendance is not None
    ]
    rows += [
        _figure_row(f"speech/{s.id}/{index}", s.id, None, figure)
        for s in edition.speeches
        for index, figure in enumerate(s.figures, start=1)
    ]
    return Table(
        name="figures",
        title="Figures",
        description="Numbers as the sources state them: events' attendance and the figures "
        "speeches cite.",
        columns=(
            _text(
                "id",
                "Unique id: event/EVENT/attendance, or speech/SPEECH/N for the speech's Nth figure",
                required=True,
            ),
            _ref("speech_id", "Id of the speech that cites it"),
            _ref("event_id", "Id of the event whose attendance it is"),
            _text("measure", "What is counted", required=True),
            Column(name="value", type="number", description="The number as stated", required=True),
            _text("unit", "The unit, if any"),
            _choice("qualifier", Qualifier, "How the source qualifies the number"),
            _text("subject", "Id or country code of what the number is about"),
            _date("as_of", "When the number held"),
            _text("text", "The figure in words (more than 300 attendees)", required=True),
        ),
        primary_key=("id",),
        foreign_keys=(_fk("speech_id", "speeches"), _fk("event_id", "events")),
        rows=tuple(rows),
    )


def _milestones(edition: Edition) -> Table:
    return Table(
        name="milestones",
        title="Milestones",
        description="Dated facts the speeches cite.",
        columns=(
            _index("Order in the edition, from 1"),
            _date("date", "When", required=True),
            _text("title", "What happened", required=True),
            Column(
                name="countries",
                type="array",
                description="Alpha-2 codes of the countries concerned",
            ),
        ),
        primary_key=("index",),
        rows=tuple(
            (index, m.date.isoformat(), m.title, m.countries)
            for index, m in enumerate(edition.milestones, start=1)
        ),
    )


def _stories(edition: Edition) -> Table:
    ranking = edition.ranking
    return Table(
        name="stories",
        title=ranking.title,
        description=f"The stories of the ranking known so far ({len(ranking)} of {ranking.size}), "
        "by position.",
        columns=(
            Column(name="position", type="integer", description="Rank, from 1", required=True),
            _text("title", "Headline", required=True),
            _text("summary", "A short summary in the project's own words"),
            _date("date", "When it happened or began"),
            _date("end_date", "When it ended, for a span of days"),
            Column(
                name="countries",
                type="array",
                description="Alpha-2 codes of the countries concerned",
            ),
        ),
        primary_key=("position",),
        rows=tuple(
            (
                s.position,
                s.title,
                s.summary,
                _date_text(s.date),
                _date_text(s.end_date),
                s.countries,
            )
            for s in ranking.stories
        ),
    )


_BUILDERS: tuple[Callable[[Edition], Table], ...] = (
    _countries,
    _organizations,
    _people,
    _positions,
    _events,
    _organizers,
    _participations,
    _speeches,
    _figures,
    _milestones,
    _stories,
)


def tables(edition: Edition) -> tuple[Table, ...]:
    """The edition as flat, keyed tables, the same for CSV and pandas.

    Tables, in this order: ``countries``, ``organizations``, ``people``,
    ``positions`` (one row per post), ``events``, ``organizers``,
    ``participations``, ``speeches``, ``figures`` (events' attendance and speeches'
    figures), ``milestones`` and ``stories`` (the ranking). Repeated organizer or
    participation entries are written once.

    Args:
        edition: The edition.

    Returns:
        One :class:`Table` per name in :data:`TABLE_NAMES`, in that order.

    Example:
        >>> from asean_coop import load_edition
        >>> by_name = {t.name: t for t in tables(load_edition(2025))}
        >>> by_name["positions"].primary_key
        ('person_id', 'index')
        >>> by_name["stories"].records()[0]["position"]
        1
    """
    return tuple(build(edition) for build in _BUILDERS)
