"""The edition as flat tables: the one definition behind CSV, SQLite, Parquet and pandas.

Each table is declared once, as data: where its rows come from and, for every column,
its type, constraints and how its cell is read from a row's record. The rows are
computed from those column specs, so a table's columns and its rows cannot drift apart.
:func:`tables` evaluates the specs for an edition.

Every kind of record of an edition has a table (countries, sources, organizations,
initiatives, people, positions, events, organizers, participations, speeches, their
mentions, figures, milestones, the ranking and its stories, evidence and errata), and
lists of references are link tables with foreign keys, never mixed arrays.

Cells are plain Python values: ``str``, ``int``, ``float``, ``bool``,
:class:`datetime.date`, ``None`` (a missing value) and tuples of strings in the
``array`` columns, where ``()`` is an empty list, told apart from ``None``. A partial
date is four columns: the ISO text at its precision (``date``: ``2025``, ``2025-09``
or ``2026-01-15``), the first and last day it can be (``date_start``, ``date_end``,
typed dates) and its precision (``date_precision``: ``year``, ``month`` or ``day``).
"""

from __future__ import annotations

import datetime as dt
import enum
import typing
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any, Generic, Literal, TypeVar

import attrs

from .. import bundled
from ..model import (
    Country,
    Designation,
    Edition,
    Erratum,
    Event,
    EventKind,
    Evidence,
    Figure,
    Initiative,
    Milestone,
    NameOrder,
    Organization,
    OrganizationKind,
    Organizer,
    OrganizerRole,
    PartialDate,
    ParticipantGroup,
    ParticipantRole,
    Participation,
    Person,
    PersonName,
    Place,
    Position,
    Precision,
    Qualifier,
    Ranking,
    Series,
    SortBy,
    Source,
    Speech,
    SpeechKind,
    Story,
)
from ..model._checks import COUNTRY_CODE
from . import _patterns

__all__ = [
    "Cell",
    "Column",
    "ColumnType",
    "ForeignKey",
    "MENTION_KINDS",
    "RECORD_KINDS",
    "TABLE_NAMES",
    "Table",
    "edition_countries",
    "place_label",
    "tables",
]

Cell = str | int | float | bool | dt.date | tuple[str, ...] | None
"""One value of a table; a tuple of strings in the ``array`` columns."""

ColumnType = Literal["string", "integer", "number", "boolean", "date", "array"]
"""A column's Frictionless type; ``array`` columns hold tuples of strings (a JSON array
in CSV), ``date`` columns :class:`datetime.date` values."""

RECORD_KINDS = (
    "organization",
    "initiative",
    "person",
    "event",
    "speech",
    "milestone",
    "ranking",
    "series",
    "story",
)
"""The kinds of record that cite evidence, as the ``evidence`` table names them."""

MENTION_KINDS = ("organization", "initiative", "country")
"""What a speech can mention, as the ``speech_mentions`` table names it."""

T = TypeVar("T")


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
        carries: The model attributes the column holds, as ``Class.field`` (for
            example ``("Person.id",)``); empty for derived columns.
    """

    name: str
    type: ColumnType
    description: str
    required: bool = False
    enum: tuple[str, ...] | None = None
    pattern: str | None = None
    carries: tuple[str, ...] = ()


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

    Example:
        >>> from asean_coop import load_edition
        >>> people = next(t for t in tables(load_edition(2025)) if t.name == "people")
        >>> people.column_names[:2], people.records()[0]["id"] == people.rows[0][0]
        (('id', 'name'), True)
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


# -- column specs ------------------------------------------------------------------------


@attrs.frozen
class _Spec(Generic[T]):
    """A column and how its cell is read from one row's record."""

    column: Column
    get: Callable[[T], Cell]


@attrs.frozen(kw_only=True)
class _TableSpec(Generic[T]):
    """A table declared once: where its rows come from and its column specs."""

    name: str
    title: str | Callable[[Edition], str]
    description: str | Callable[[Edition], str]
    source: Callable[[Edition], Iterable[T]]
    columns: tuple[_Spec[T], ...]
    primary_key: tuple[str, ...]
    foreign_keys: tuple[ForeignKey, ...] = ()
    extras: tuple[tuple[type, Callable[[T], Any], str], ...] = ()
    """Model classes whose other plain fields become columns too: ``(class, how to reach
    the instance from a row's record, column prefix)``; a field added to the model
    appears in the table without an edit here."""

    def specs(self) -> tuple[_Spec[T], ...]:
        carried = {name for spec in self.columns for name in spec.column.carries}
        extra: list[_Spec[T]] = []
        for cls, reach, prefix in self.extras:
            for field in attrs.fields(attrs.resolve_types(cls)):
                if f"{cls.__name__}.{field.name}" not in carried:
                    spec = _plain(field, reach, prefix, f"{cls.__name__}.{field.name}")
                    if spec is not None:
                        extra.append(spec)
        return (*self.columns, *extra)

    def build(self, edition: Edition) -> Table:
        specs = self.specs()
        getters = [spec.get for spec in specs]
        rows = tuple(tuple(get(item) for get in getters) for item in self.source(edition))
        if self.primary_key:  # repeated entries (the same organizer twice) are written once
            rows = tuple(dict.fromkeys(rows))
        return Table(
            name=self.name,
            title=self.title if isinstance(self.title, str) else self.title(edition),
            description=self.description
            if isinstance(self.description, str)
            else self.description(edition),
            columns=tuple(spec.column for spec in specs),
            primary_key=self.primary_key,
            foreign_keys=self.foreign_keys,
            rows=rows,
        )


def _plain_cell(value: Any) -> Cell:
    if isinstance(value, enum.Enum):
        return str(value.value)
    if isinstance(value, PartialDate):
        return value.isoformat()
    if isinstance(value, tuple):
        return tuple(str(v) for v in value)
    return typing.cast(Cell, value)


def _plain(
    field: attrs.Attribute[Any], reach: Callable[[T], Any], prefix: str, carries: str
) -> _Spec[T] | None:
    """A column for a model field of a plain type, or None for a nested record."""
    if typing.get_origin(field.type) is tuple:
        kinds: list[Any] = [field.type]
    else:
        kinds = [a for a in typing.get_args(field.type) if a is not type(None)] or [field.type]
    types: dict[Any, ColumnType] = {str: "string", bool: "boolean", int: "integer", float: "number"}
    column_type: ColumnType | None = None
    choices: tuple[str, ...] | None = None
    if kinds in ([int, float], [float, int]):
        column_type = "number"
    elif len(kinds) == 1 and kinds[0] in types:
        column_type = types[kinds[0]]
    elif len(kinds) == 1 and kinds[0] is PartialDate:
        column_type = "string"
    elif len(kinds) == 1 and isinstance(kinds[0], type) and issubclass(kinds[0], enum.Enum):
        column_type, choices = "string", tuple(str(m.value) for m in kinds[0])
    elif (
        len(kinds) == 1
        and typing.get_origin(kinds[0]) is tuple
        and typing.get_args(kinds[0])[0] in (str, int)
    ):
        column_type = "array"
    if column_type is None:
        return None
    name = field.name

    def get(item: T) -> Cell:
        record = reach(item)
        return None if record is None else _plain_cell(getattr(record, name))

    return _col(
        f"{prefix}{name}",
        get,
        f"{carries} (written as the model holds it)",
        type=column_type,
        enum=choices,
        carries=carries,
    )


def _col(
    name: str,
    get: Callable[[T], Cell],
    description: str,
    *,
    type: ColumnType = "string",
    required: bool = False,
    enum: tuple[str, ...] | None = None,
    pattern: str | None = None,
    carries: str = "",
) -> _Spec[T]:
    return _Spec(
        Column(
            name=name,
            type=type,
            description=description,
            required=required,
            enum=enum,
            pattern=pattern,
            carries=tuple(carries.split()),
        ),
        get,
    )


def _slug(
    name: str,
    get: Callable[[T], Cell],
    description: str,
    *,
    required: bool = False,
    carries: str = "",
) -> _Spec[T]:
    # Patterns only on required columns: frictionless' SQL REGEXP meets NULLs otherwise.
    pattern = _patterns.SLUG if required else None
    return _col(name, get, description, required=required, pattern=pattern, carries=carries)


def _country(
    name: str,
    get: Callable[[T], Cell],
    description: str,
    *,
    required: bool = False,
    carries: str = "",
) -> _Spec[T]:
    pattern = _patterns.COUNTRY if required else None
    return _col(name, get, description, required=required, pattern=pattern, carries=carries)


def _choice(
    name: str,
    kind: type[enum.Enum],
    get: Callable[[T], enum.Enum | None],
    description: str,
    *,
    required: bool = True,
    carries: str = "",
) -> _Spec[T]:
    def cell(item: T) -> Cell:
        value = get(item)
        return None if value is None else str(value.value)

    values = tuple(str(m.value) for m in kind)
    return _col(name, cell, description, required=required, enum=values, carries=carries)


def _list(name: str, get: Callable[[T], Sequence[str]], description: str, carries: str) -> _Spec[T]:
    return _col(name, lambda item: tuple(get(item)), description, type="array", carries=carries)


def _dates(
    name: str,
    get: Callable[[T], PartialDate | None],
    description: str,
    *,
    required: bool = False,
    carries: str,
) -> tuple[_Spec[T], ...]:
    """A partial date as four columns: ISO text, first day, last day, precision."""

    def text(item: T) -> Cell:
        value = get(item)
        return None if value is None else value.isoformat()

    def start(item: T) -> Cell:
        value = get(item)
        return None if value is None else value.earliest

    def end(item: T) -> Cell:
        value = get(item)
        return None if value is None else value.latest

    def precision(item: T) -> enum.Enum | None:
        value = get(item)
        return None if value is None else value.precision

    return (
        _col(
            name,
            text,
            f"{description} (ISO date at its precision: YYYY, YYYY-MM or YYYY-MM-DD)",
            required=required,
            pattern=_patterns.DATE if required else None,
            carries=carries,
        ),
        _col(f"{name}_start", start, f"First day {name} can be", type="date", required=required),
        _col(f"{name}_end", end, f"Last day {name} can be", type="date", required=required),
        _choice(
            f"{name}_precision",
            Precision,
            precision,
            f"How much of {name} is known",
            required=required,
        ),
    )


def _index(description: str) -> _Spec[tuple[int, Any]]:
    return _col("index", lambda pair: pair[0], description, type="integer", required=True)


def _fk(fields: str, table: str, reference: str = "id") -> ForeignKey:
    return ForeignKey(fields=tuple(fields.split()), table=table, reference=tuple(reference.split()))


def _numbered(items: Iterable[T]) -> list[tuple[int, T]]:
    return list(enumerate(items, start=1))


# -- helpers the other exports share ------------------------------------------------------


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

    def name(code: str) -> str:
        country = countries.get(code)
        return country.name if country else code

    return place.label(name)


def mention_kind(edition: Edition, key: str) -> str:
    """What a speech's mention or a figure's subject names: one of :data:`MENTION_KINDS`.

    Args:
        edition: The edition.
        key: An organization id, an initiative id or an alpha-2 country code.

    Returns:
        ``"organization"``, ``"initiative"`` or ``"country"``.

    Example:
        >>> from asean_coop import load_edition
        >>> mention_kind(load_edition(2025), "KH")
        'country'
    """
    if COUNTRY_CODE.fullmatch(key):
        return "country"
    if any(i.id == key for i in edition.initiatives):
        return "initiative"
    return "organization"


# -- the tables ---------------------------------------------------------------------------

_Pair = tuple[Any, Any]


def _country_rows(edition: Edition) -> list[tuple[str, Country | None]]:
    return list(edition_countries(edition))


def _cget(name: str) -> Callable[[tuple[str, Country | None]], Cell]:
    def get(pair: tuple[str, Country | None]) -> Cell:
        country = pair[1]
        if country is None:
            return None
        value = getattr(country, name)
        return value if not isinstance(value, tuple) else tuple(value)

    return get


_COUNTRIES = _TableSpec[tuple[str, Country | None]](
    name="countries",
    title="Countries",
    description="Every country the data names: the library's country table and every code "
    "the edition uses (a code the table lacks has only its code).",
    source=_country_rows,
    columns=(
        _country(
            "code", lambda p: p[0], "ISO 3166-1 alpha-2 code", required=True, carries="Country.code"
        ),
        _col("code3", _cget("code3"), "ISO 3166-1 alpha-3 code", carries="Country.code3"),
        _col("name", _cget("name"), "Common English name", carries="Country.name"),
        _col(
            "official_name",
            _cget("official_name"),
            "Official name",
            carries="Country.official_name",
        ),
        _col(
            "aliases",
            _cget("aliases"),
            "Other names people write (missing for a code the table lacks)",
            type="array",
            carries="Country.aliases",
        ),
        *_dates(
            "asean_joined",
            lambda p: p[1].asean_joined if p[1] else None,
            "When it became an ASEAN member state, if it is one",
            carries="Country.asean_joined",
        ),
    ),
    primary_key=("code",),
)

_EDITION = _TableSpec[Edition](
    name="edition",
    title="Edition",
    description="The edition itself: one row.",
    source=lambda e: (e,),
    columns=(
        _col(
            "year",
            lambda e: e.year,
            "The year the list covers",
            type="integer",
            required=True,
            carries="Edition.year",
        ),
        _col(
            "number",
            lambda e: e.number,
            "The edition number",
            type="integer",
            required=True,
            carries="Edition.number",
        ),
        _col(
            "title",
            lambda e: e.title,
            "The edition's title",
            required=True,
            carries="Edition.title",
        ),
    ),
    primary_key=("year",),
    extras=((Edition, lambda e: e, ""),),
)

_SOURCES = _TableSpec[Source](
    name="sources",
    title="Sources",
    description="The public documents the data is built from.",
    source=lambda e: e.sources,
    columns=(
        _slug("id", lambda s: s.id, "Unique id of the source", required=True, carries="Source.id"),
        _col(
            "title",
            lambda s: s.title,
            "The document's headline",
            required=True,
            carries="Source.title",
        ),
        _col(
            "publisher",
            lambda s: s.publisher,
            "Who published it",
            required=True,
            carries="Source.publisher",
        ),
        _col("url", lambda s: s.url, "Where it was published", required=True, carries="Source.url"),
        *_dates(
            "published",
            lambda s: s.published,
            "When it was published (empty for general reference, which has no date)",
            carries="Source.published",
        ),
    ),
    primary_key=("id",),
    extras=((Source, lambda s: s, ""),),
)

_ORGANIZATIONS = _TableSpec[Organization](
    name="organizations",
    title="Organizations",
    description="Every organization the sources name.",
    source=lambda e: e.organizations,
    columns=(
        _slug(
            "id",
            lambda o: o.id,
            "Unique id of the organization",
            required=True,
            carries="Organization.id",
        ),
        _col("name", lambda o: o.name, "Full name", required=True, carries="Organization.name"),
        _col(
            "short_name",
            lambda o: o.short_name,
            "Abbreviation the source uses",
            carries="Organization.short_name",
        ),
        _choice(
            "kind",
            OrganizationKind,
            lambda o: o.kind,
            "What sort of body it is",
            carries="Organization.kind",
        ),
        _country(
            "country",
            lambda o: o.country,
            "Alpha-2 code of the state it belongs to or represents",
            carries="Organization.country",
        ),
        _slug(
            "parent_id",
            lambda o: o.parent_id,
            "Id of the organization it is part of",
            carries="Organization.parent_id",
        ),
        _list(
            "aliases", lambda o: o.aliases, "Other names the source uses", "Organization.aliases"
        ),
    ),
    primary_key=("id",),
    foreign_keys=(_fk("country", "countries", "code"), _fk("parent_id", "organizations")),
    extras=((Organization, lambda o: o, ""),),
)

_INITIATIVES = _TableSpec[Initiative](
    name="initiatives",
    title="Initiatives",
    description="Initiatives, projects, agreements and platforms the speeches mention.",
    source=lambda e: e.initiatives,
    columns=(
        _slug(
            "id",
            lambda i: i.id,
            "Unique id of the initiative",
            required=True,
            carries="Initiative.id",
        ),
        _col("name", lambda i: i.name, "Full name", required=True, carries="Initiative.name"),
        _col(
            "short_name",
            lambda i: i.short_name,
            "Abbreviation the source uses",
            carries="Initiative.short_name",
        ),
        _list("aliases", lambda i: i.aliases, "Other names the source uses", "Initiative.aliases"),
    ),
    primary_key=("id",),
    extras=((Initiative, lambda i: i, ""),),
)


def _code_links(
    name: str,
    title: str,
    description: str,
    source: Callable[[Edition], Iterable[tuple[Cell, int, str]]],
    owner: tuple[str, str, str, ColumnType],
    target: tuple[str, str, str, str],
) -> _TableSpec[tuple[Cell, int, str]]:
    """A link table: one row per id or code a record lists, in listed order.

    ``owner`` is ``(column, table, referenced column, type)`` of the record that lists
    them; ``target`` is ``(column, table, referenced column, the fact it carries)``.
    """
    owner_column, owner_table, owner_key, owner_type = owner
    column, table, key, carries = target
    is_country = table == "countries"
    value: _Spec[tuple[Cell, int, str]] = (
        _country(column, lambda r: r[2], "Alpha-2 code", required=True, carries=carries)
        if is_country
        else _slug(column, lambda r: r[2], "Id of the organization", required=True, carries=carries)
    )
    return _TableSpec[tuple[Cell, int, str]](
        name=name,
        title=title,
        description=description,
        source=source,
        columns=(
            _col(
                owner_column,
                lambda r: r[0],
                f"Key of the row in {owner_table}",
                type=owner_type,
                required=True,
            ),
            _col(
                "index",
                lambda r: r[1],
                "Order as the record lists them, from 1",
                type="integer",
                required=True,
            ),
            value,
        ),
        primary_key=(owner_column, "index"),
        foreign_keys=(_fk(owner_column, owner_table, owner_key), _fk(column, table, key)),
    )


def _listed(
    records: Callable[[Edition], Iterable[tuple[Cell, tuple[str, ...]]]],
) -> Callable[[Edition], list[tuple[Cell, int, str]]]:
    def rows(edition: Edition) -> list[tuple[Cell, int, str]]:
        return [
            (key, index, value)
            for key, values in records(edition)
            for index, value in enumerate(values, start=1)
        ]

    return rows


_INITIATIVE_COUNTRIES = _code_links(
    "initiative_countries",
    "Initiative countries",
    "The countries each initiative involves, one row per country.",
    _listed(lambda e: [(i.id, i.countries) for i in e.initiatives]),
    ("initiative_id", "initiatives", "id", "string"),
    ("country", "countries", "code", "Initiative.countries"),
)

_INITIATIVE_PARTIES = _code_links(
    "initiative_parties",
    "Initiative parties",
    "The states party to each initiative (an agreement's signatories), one row per state.",
    _listed(lambda e: [(i.id, i.parties) for i in e.initiatives]),
    ("initiative_id", "initiatives", "id", "string"),
    ("country", "countries", "code", "Initiative.parties"),
)

_INITIATIVE_ORGANIZATIONS = _code_links(
    "initiative_organizations",
    "Initiative organizations",
    "The organizations behind each initiative, one row per organization.",
    _listed(lambda e: [(i.id, i.organization_ids) for i in e.initiatives]),
    ("initiative_id", "initiatives", "id", "string"),
    ("organization_id", "organizations", "id", "Initiative.organization_ids"),
)

_DESIGNATIONS = _TableSpec[tuple[Initiative, int, Designation]](
    name="designations",
    title="Designations",
    description="What speakers call each initiative, one row per term and speech.",
    source=lambda e: [
        (i, index, d) for i in e.initiatives for index, d in enumerate(i.designations, start=1)
    ],
    columns=(
        _slug("initiative_id", lambda r: r[0].id, "Id of the initiative", required=True),
        _col(
            "index",
            lambda r: r[1],
            "Order in the initiative's list, from 1",
            type="integer",
            required=True,
        ),
        _col(
            "term",
            lambda r: r[2].term,
            "The words the speaker uses for it",
            required=True,
            carries="Designation.term Initiative.designations",
        ),
        _slug(
            "speech_id",
            lambda r: r[2].speech_id,
            "Id of the speech that uses them",
            required=True,
            carries="Designation.speech_id",
        ),
    ),
    primary_key=("initiative_id", "index"),
    foreign_keys=(_fk("initiative_id", "initiatives"), _fk("speech_id", "speeches")),
    extras=((Designation, lambda r: r[2], ""),),
)

_PEOPLE = _TableSpec[Person](
    name="people",
    title="People",
    description="Every person the sources name.",
    source=lambda e: e.people,
    columns=(
        _slug("id", lambda p: p.id, "Unique id of the person", required=True, carries="Person.id"),
        _col(
            "name",
            lambda p: p.name.text,
            "The name as published",
            required=True,
            carries="PersonName.text",
        ),
        _col(
            "given_name",
            lambda p: p.name.given,
            "Given name, where the culture has one",
            carries="PersonName.given",
        ),
        _col(
            "family_name",
            lambda p: p.name.family,
            "Family name, only where the culture has one",
            carries="PersonName.family",
        ),
        _col(
            "patronymic_name",
            lambda p: p.name.patronymic,
            "Patronymic (bin Mohamed Ismail)",
            carries="PersonName.patronymic",
        ),
        _col(
            "suffix",
            lambda p: p.name.suffix,
            "Generational suffix (III)",
            carries="PersonName.suffix",
        ),
        _choice(
            "name_order",
            NameOrder,
            lambda p: p.name.order,
            "How the name is written",
            carries="PersonName.order",
        ),
        _choice(
            "sort_by",
            SortBy,
            lambda p: p.name.sort_by,
            "Which part the name files under, where set by hand",
            required=False,
            carries="PersonName.sort_by",
        ),
        _col("sort_name", lambda p: p.name.indexed, "The name as an index lists it", required=True),
        _list(
            "variants",
            lambda p: p.name.variants,
            "Other written forms of the name",
            "PersonName.variants",
        ),
        _list("honors", lambda p: p.honors, "Honors the source gives", "Person.honors"),
    ),
    primary_key=("id",),
    extras=((Person, lambda p: p, ""), (PersonName, lambda p: p.name, "name_")),
)

_PositionRow = tuple[Person, int, Position]


def _position_rows(edition: Edition) -> list[_PositionRow]:
    return [
        (person, index, position)
        for person in edition.people
        for index, position in enumerate(person.positions, start=1)
    ]


_POSITIONS = _TableSpec[_PositionRow](
    name="positions",
    title="Positions",
    description="Posts people hold or held, one row per post.",
    source=_position_rows,
    columns=(
        _slug("person_id", lambda r: r[0].id, "Id of the person", required=True),
        _col(
            "index",
            lambda r: r[1],
            "Order of the post in the person's list, from 1 (current posts first)",
            type="integer",
            required=True,
        ),
        _col(
            "title",
            lambda r: r[2].title,
            "Title as the source gives it",
            required=True,
            carries="Position.title",
        ),
        _slug(
            "organization_id",
            lambda r: r[2].organization_id,
            "Id of the organization, if the post is with one",
            carries="Position.organization_id",
        ),
        _col(
            "former",
            lambda r: r[2].former,
            "True for a former post",
            type="boolean",
            required=True,
            carries="Position.former",
        ),
    ),
    primary_key=("person_id", "index"),
    foreign_keys=(_fk("person_id", "people"), _fk("organization_id", "organizations")),
    extras=((Position, lambda r: r[2], ""),),
)


def _people_positions(edition: Edition) -> list[tuple[Person, int, Position | None, Any]]:
    organizations = {o.id: o for o in edition.organizations}
    rows: list[tuple[Person, int, Position | None, Any]] = []
    for person in edition.people:
        if not person.positions:
            rows.append((person, 0, None, None))
        for index, position in enumerate(person.positions, start=1):
            rows.append(
                (person, index, position, organizations.get(position.organization_id or ""))
            )
    return rows


_PEOPLE_POSITIONS = _TableSpec[tuple[Person, int, Position | None, Any]](
    name="people_positions",
    title="People and their posts",
    description="One row per post, with the person's and the organization's names beside it "
    "(a person with no post has one row with index 0): the table a spreadsheet wants. "
    "The same facts as people, positions and organizations, denormalised.",
    source=_people_positions,
    columns=(
        _slug("person_id", lambda r: r[0].id, "Id of the person", required=True),
        _col("name", lambda r: r[0].name.text, "The name as published", required=True),
        _col(
            "sort_name", lambda r: r[0].name.indexed, "The name as an index lists it", required=True
        ),
        _col(
            "index",
            lambda r: r[1],
            "Order of the post, from 1 (0: the person has no post)",
            type="integer",
            required=True,
        ),
        _col("title", lambda r: r[2].title if r[2] else None, "Title as the source gives it"),
        _col(
            "former",
            lambda r: r[2].former if r[2] else None,
            "True for a former post",
            type="boolean",
        ),
        _slug(
            "organization_id",
            lambda r: r[2].organization_id if r[2] else None,
            "Id of the organization",
        ),
        _col("organization", lambda r: r[3].name if r[3] else None, "Name of the organization"),
        _col(
            "organization_short_name",
            lambda r: r[3].short_name if r[3] else None,
            "Its abbreviation",
        ),
        _country(
            "country",
            lambda r: r[3].country if r[3] else None,
            "Alpha-2 code of the organization's state",
        ),
    ),
    primary_key=("person_id", "index"),
    foreign_keys=(
        _fk("person_id", "people"),
        _fk("organization_id", "organizations"),
        _fk("country", "countries", "code"),
    ),
)


def _place(get: Callable[[Event], Place | None]) -> tuple[_Spec[Event], ...]:
    return (
        _col(
            "city",
            lambda e: p.city if (p := get(e)) else None,
            "City where it took place",
            carries="Place.city",
        ),
        _col(
            "region",
            lambda e: p.region if (p := get(e)) else None,
            "Region or province",
            carries="Place.region",
        ),
        _country(
            "country",
            lambda e: p.country if (p := get(e)) else None,
            "Alpha-2 code of the country where it took place",
            carries="Place.country",
        ),
    )


_EVENTS = _TableSpec[Event](
    name="events",
    title="Events",
    description="The main event (no parent_id) and its parts.",
    source=lambda e: e.events,
    columns=(
        _slug("id", lambda e: e.id, "Unique id of the event", required=True, carries="Event.id"),
        _col("name", lambda e: e.name, "The event's name", required=True, carries="Event.name"),
        _choice(
            "kind", EventKind, lambda e: e.kind, "What sort of event it is", carries="Event.kind"
        ),
        *_dates(
            "date", lambda e: e.date, "When it took place", required=True, carries="Event.date"
        ),
        _slug(
            "parent_id",
            lambda e: e.parent_id,
            "Id of the event this one is part of",
            carries="Event.parent_id",
        ),
        *_place(lambda e: e.place),
        _col(
            "description",
            lambda e: e.description,
            "A short description in the project's own words",
            carries="Event.description",
        ),
    ),
    primary_key=("id",),
    foreign_keys=(_fk("parent_id", "events"), _fk("country", "countries", "code")),
    extras=((Event, lambda e: e, ""), (Place, lambda e: e.place, "place_")),
)

_ORGANIZERS = _TableSpec[tuple[Event, Any]](
    name="organizers",
    title="Organizers",
    description="Which organization organised which event, in which role.",
    source=lambda e: [(event, o) for event in e.events for o in event.organizers],
    columns=(
        _slug("event_id", lambda r: r[0].id, "Id of the event", required=True),
        _slug(
            "organization_id",
            lambda r: r[1].organization_id,
            "Id of the organization",
            required=True,
            carries="Organizer.organization_id",
        ),
        _choice("role", OrganizerRole, lambda r: r[1].role, "Its role", carries="Organizer.role"),
    ),
    primary_key=("event_id", "organization_id", "role"),
    foreign_keys=(_fk("event_id", "events"), _fk("organization_id", "organizations")),
    extras=((Organizer, lambda r: r[1], ""),),
)

_PARTICIPATIONS = _TableSpec[tuple[Event, Any]](
    name="participations",
    title="Participations",
    description="Who took part in which event, in which role.",
    source=lambda e: [(event, p) for event in e.events for p in event.participants],
    columns=(
        _slug("event_id", lambda r: r[0].id, "Id of the event", required=True),
        _slug(
            "person_id",
            lambda r: r[1].person_id,
            "Id of the person",
            required=True,
            carries="Participation.person_id",
        ),
        _choice(
            "role", ParticipantRole, lambda r: r[1].role, "Their role", carries="Participation.role"
        ),
    ),
    primary_key=("event_id", "person_id", "role"),
    foreign_keys=(_fk("event_id", "events"), _fk("person_id", "people")),
    extras=((Participation, lambda r: r[1], ""),),
)
_SPEECHES = _TableSpec[Speech](
    name="speeches",
    title="Speeches",
    description="What someone said at an event, summarised in the project's own words.",
    source=lambda e: e.speeches,
    columns=(
        _slug("id", lambda s: s.id, "Unique id of the speech", required=True, carries="Speech.id"),
        _slug(
            "event_id",
            lambda s: s.event_id,
            "Id of the event",
            required=True,
            carries="Speech.event_id",
        ),
        _slug(
            "speaker_id",
            lambda s: s.speaker_id,
            "Id of the person who spoke",
            required=True,
            carries="Speech.speaker_id",
        ),
        _choice("kind", SpeechKind, lambda s: s.kind, "What sort of speech", carries="Speech.kind"),
        _col(
            "summary",
            lambda s: s.summary,
            "A one-paragraph summary",
            required=True,
            carries="Speech.summary",
        ),
        _list("points", lambda s: s.points, "The main points, one sentence each", "Speech.points"),
        _list("topics", lambda s: s.topics, "Topic ids", "Speech.topics"),
    ),
    primary_key=("id",),
    foreign_keys=(_fk("event_id", "events"), _fk("speaker_id", "people")),
    extras=((Speech, lambda s: s, ""),),
)


def _typed_reference(
    prefix: str, get: Callable[[T], str | None], edition_of: Callable[[T], Edition]
) -> tuple[_Spec[T], ...]:
    """An organization id, initiative id or country code split into typed columns."""

    def kind(item: T) -> str | None:
        key = get(item)
        return None if key is None else mention_kind(edition_of(item), key)

    def typed(wanted: str) -> Callable[[T], Cell]:
        return lambda item: get(item) if kind(item) == wanted else None

    return (
        _col(f"{prefix}kind", kind, "What it names", enum=MENTION_KINDS),
        _slug(f"{prefix}organization_id", typed("organization"), "Id of the organization"),
        _slug(f"{prefix}initiative_id", typed("initiative"), "Id of the initiative"),
        _country(f"{prefix}country", typed("country"), "Alpha-2 code of the country"),
    )


_MentionRow = tuple[Edition, Speech, int, str]

_SPEECH_MENTIONS = _TableSpec[_MentionRow](
    name="speech_mentions",
    title="Speech mentions",
    description="What each speech mentions, one row per mention, typed by kind: an "
    "organization, an initiative or a country, each with its own foreign key.",
    source=lambda e: [
        (e, s, index, m) for s in e.speeches for index, m in enumerate(s.mentions, start=1)
    ],
    columns=(
        _slug("speech_id", lambda r: r[1].id, "Id of the speech", required=True),
        _col(
            "index",
            lambda r: r[2],
            "Order of the mention in the speech's list, from 1",
            type="integer",
            required=True,
        ),
        _col(
            "mention",
            lambda r: r[3],
            "The id or code as the speech lists it",
            required=True,
            carries="Speech.mentions",
        ),
        *_typed_reference("", lambda r: r[3], lambda r: r[0]),
    ),
    primary_key=("speech_id", "index"),
    foreign_keys=(
        _fk("speech_id", "speeches"),
        _fk("organization_id", "organizations"),
        _fk("initiative_id", "initiatives"),
        _fk("country", "countries", "code"),
    ),
)

_EVENT_ATTENDANCE_FROM = _TableSpec[tuple[Edition, Event, int, str]](
    name="event_attendance_from",
    title="Where attendees come from",
    description="Where each event's attendees come from, one row per country or "
    "organization (whose member states the source names as a whole), typed by kind.",
    source=lambda e: [
        (e, ev, index, key)
        for ev in e.events
        for index, key in enumerate(ev.attendance_from, start=1)
    ],
    columns=(
        _slug("event_id", lambda r: r[1].id, "Id of the event", required=True),
        _col(
            "index",
            lambda r: r[2],
            "Order in the event's list, from 1",
            type="integer",
            required=True,
        ),
        _col(
            "attendance_from",
            lambda r: r[3],
            "The code or id as the event lists it",
            required=True,
            carries="Event.attendance_from",
        ),
        *_typed_reference("", lambda r: r[3], lambda r: r[0]),
    ),
    primary_key=("event_id", "index"),
    foreign_keys=(
        _fk("event_id", "events"),
        _fk("organization_id", "organizations"),
        _fk("initiative_id", "initiatives"),
        _fk("country", "countries", "code"),
    ),
)

_PARTICIPANT_GROUPS = _TableSpec[tuple[Event, int, ParticipantGroup]](
    name="participant_groups",
    title="Participant groups",
    description="Groups that took part in an event, described but not named.",
    source=lambda e: [
        (ev, index, g) for ev in e.events for index, g in enumerate(ev.groups, start=1)
    ],
    columns=(
        _slug("event_id", lambda r: r[0].id, "Id of the event", required=True),
        _col(
            "index",
            lambda r: r[1],
            "Order in the event's list, from 1",
            type="integer",
            required=True,
        ),
        _col(
            "description",
            lambda r: r[2].description,
            "Who they are, in the project's own words",
            required=True,
            carries="ParticipantGroup.description Event.groups",
        ),
        _choice(
            "role",
            ParticipantRole,
            lambda r: r[2].role,
            "The part they played",
            carries="ParticipantGroup.role",
        ),
        _slug(
            "organization_id",
            lambda r: r[2].organization_id,
            "Id of the organization they belong to, if the source gives one",
            carries="ParticipantGroup.organization_id",
        ),
        _list(
            "countries",
            lambda r: r[2].countries,
            "Alpha-2 codes of the countries they come from (one row each in "
            "participant_group_countries)",
            "ParticipantGroup.countries",
        ),
    ),
    primary_key=("event_id", "index"),
    foreign_keys=(_fk("event_id", "events"), _fk("organization_id", "organizations")),
    extras=((ParticipantGroup, lambda r: r[2], ""),),
)

_PARTICIPANT_GROUP_COUNTRIES = _TableSpec[tuple[str, int, str]](
    name="participant_group_countries",
    title="Participant group countries",
    description="The countries each participant group comes from, one row per country.",
    source=lambda e: [
        (ev.id, index, c)
        for ev in e.events
        for index, g in enumerate(ev.groups, start=1)
        for c in g.countries
    ],
    columns=(
        _slug("event_id", lambda r: r[0], "Id of the event", required=True),
        _col(
            "group_index",
            lambda r: r[1],
            "Index of the group in participant_groups",
            type="integer",
            required=True,
        ),
        _country("country", lambda r: r[2], "Alpha-2 code", required=True),
    ),
    primary_key=("event_id", "group_index", "country"),
    foreign_keys=(
        _fk("event_id group_index", "participant_groups", "event_id index"),
        _fk("country", "countries", "code"),
    ),
)

_FigureRow = tuple[Edition, str, Speech | None, Event | None, int | None, Figure]


def _figure_rows(edition: Edition) -> list[_FigureRow]:
    rows: list[_FigureRow] = [
        (edition, f"event/{e.id}/attendance", None, e, None, e.attendance)
        for e in edition.events
        if e.attendance is not None
    ]
    rows += [
        (edition, f"speech/{s.id}/{index}", s, None, index, figure)
        for s in edition.speeches
        for index, figure in enumerate(s.figures, start=1)
    ]
    return rows


_FIGURES = _TableSpec[_FigureRow](
    name="figures",
    title="Figures",
    description="Numbers as the sources state them: events' attendance and the figures "
    "speeches cite.",
    source=_figure_rows,
    columns=(
        _col(
            "id",
            lambda r: r[1],
            "Unique id: event/EVENT/attendance, or speech/SPEECH/N for the speech's Nth figure",
            required=True,
        ),
        _slug("speech_id", lambda r: r[2].id if r[2] else None, "Id of the speech that cites it"),
        _col(
            "index",
            lambda r: r[4],
            "Order of the figure in the speech's list, from 1",
            type="integer",
        ),
        _slug(
            "event_id",
            lambda r: r[3].id if r[3] else None,
            "Id of the event whose attendance it is",
            carries="Event.attendance",
        ),
        _col(
            "measure",
            lambda r: r[5].measure,
            "What is counted",
            required=True,
            carries="Figure.measure Speech.figures",
        ),
        _col(
            "value",
            lambda r: r[5].value,
            "The number as stated",
            type="number",
            required=True,
            carries="Figure.value",
        ),
        _col("unit", lambda r: r[5].unit, "The unit, if any", carries="Figure.unit"),
        _choice(
            "qualifier",
            Qualifier,
            lambda r: r[5].qualifier,
            "How the source qualifies the number",
            carries="Figure.qualifier",
        ),
        _col(
            "subject",
            lambda r: r[5].subject,
            "Id or country code of what the number is about",
            carries="Figure.subject",
        ),
        *_typed_reference("subject_", lambda r: r[5].subject, lambda r: r[0]),
        *_dates("as_of", lambda r: r[5].as_of, "When the number held", carries="Figure.as_of"),
        _col(
            "text",
            lambda r: r[5].describe(),
            "The figure in words (more than 300 attendees)",
            required=True,
        ),
    ),
    primary_key=("id",),
    foreign_keys=(
        _fk("speech_id", "speeches"),
        _fk("event_id", "events"),
        _fk("subject_organization_id", "organizations"),
        _fk("subject_initiative_id", "initiatives"),
        _fk("subject_country", "countries", "code"),
    ),
    extras=((Figure, lambda r: r[5], ""),),
)

_MILESTONES = _TableSpec[tuple[int, Milestone]](
    name="milestones",
    title="Milestones",
    description="Dated facts the speeches cite.",
    source=lambda e: _numbered(e.milestones),
    columns=(
        _index("Order in the edition, from 1"),
        *_dates("date", lambda r: r[1].date, "When", required=True, carries="Milestone.date"),
        _col(
            "title", lambda r: r[1].title, "What happened", required=True, carries="Milestone.title"
        ),
        _list(
            "countries",
            lambda r: r[1].countries,
            "Alpha-2 codes of the countries concerned (one row each in milestone_countries)",
            "Milestone.countries",
        ),
    ),
    primary_key=("index",),
    extras=((Milestone, lambda r: r[1], ""),),
)

_MILESTONE_COUNTRIES = _TableSpec[tuple[int, str]](
    name="milestone_countries",
    title="Milestone countries",
    description="The countries each milestone concerns, one row per country.",
    source=lambda e: [(i, c) for i, m in _numbered(e.milestones) for c in m.countries],
    columns=(
        _col(
            "milestone_index",
            lambda r: r[0],
            "Index of the milestone",
            type="integer",
            required=True,
        ),
        _country("country", lambda r: r[1], "Alpha-2 code", required=True),
    ),
    primary_key=("milestone_index", "country"),
    foreign_keys=(
        _fk("milestone_index", "milestones", "index"),
        _fk("country", "countries", "code"),
    ),
)

_MILESTONE_ORGANIZATIONS = _code_links(
    "milestone_organizations",
    "Milestone organizations",
    "The organizations whose act or event each milestone is, one row per organization.",
    _listed(lambda e: [(i, m.organizations) for i, m in _numbered(e.milestones)]),
    ("milestone_index", "milestones", "index", "integer"),
    ("organization_id", "organizations", "id", "Milestone.organizations"),
)

_RANKINGS = _TableSpec[Ranking](
    name="rankings",
    title="Rankings",
    description="The released list itself: one row.",
    source=lambda e: (e.ranking,),
    columns=(
        _slug("id", lambda r: r.id, "Id of the ranking", required=True, carries="Ranking.id"),
        _col(
            "title", lambda r: r.title, "The list's title", required=True, carries="Ranking.title"
        ),
        _col(
            "year",
            lambda r: r.year,
            "The year it covers",
            type="integer",
            required=True,
            carries="Ranking.year",
        ),
        _col(
            "edition",
            lambda r: r.edition,
            "Its edition number",
            type="integer",
            required=True,
            carries="Ranking.edition",
        ),
        _col(
            "size",
            lambda r: r.size,
            "How many stories the list has",
            type="integer",
            required=True,
            carries="Ranking.size",
        ),
        _col(
            "known",
            lambda r: len(r.stories),
            "How many of them are known",
            type="integer",
            required=True,
        ),
        _slug(
            "released_at",
            lambda r: r.released_at,
            "Id of the event that released it",
            required=True,
            carries="Ranking.released_at",
        ),
        _list(
            "dimensions", lambda r: r.dimensions, "The areas the list covers", "Ranking.dimensions"
        ),
    ),
    primary_key=("id",),
    foreign_keys=(_fk("released_at", "events"),),
    extras=((Ranking, lambda r: r, ""),),
)

_RANKING_SELECTORS = _TableSpec[tuple[Ranking, int, str]](
    name="ranking_selectors",
    title="Ranking selectors",
    description="The organizations that selected the stories, one row each.",
    source=lambda e: [(e.ranking, i, o) for i, o in _numbered(e.ranking.selected_by)],
    columns=(
        _slug("ranking_id", lambda r: r[0].id, "Id of the ranking", required=True),
        _col(
            "index",
            lambda r: r[1],
            "Order as the source lists them, from 1",
            type="integer",
            required=True,
        ),
        _slug(
            "organization_id",
            lambda r: r[2],
            "Id of the organization",
            required=True,
            carries="Ranking.selected_by",
        ),
    ),
    primary_key=("ranking_id", "index"),
    foreign_keys=(_fk("ranking_id", "rankings"), _fk("organization_id", "organizations")),
)

_SERIES = _TableSpec[tuple[Ranking, Series]](
    name="series",
    title="Series",
    description="The recurring release a ranking belongs to, as the source describes it: "
    "one row per ranking that gives one.",
    source=lambda e: [(e.ranking, e.ranking.series)] if e.ranking.series is not None else [],
    columns=(
        _slug(
            "ranking_id",
            lambda r: r[0].id,
            "Id of the ranking",
            required=True,
            carries="Ranking.series",
        ),
        _col(
            "annual",
            lambda r: r[1].annual,
            "True if the source says the release is held every year",
            type="boolean",
            required=True,
            carries="Series.annual",
        ),
        _list("aims", lambda r: r[1].aims, "What the release sets out to do", "Series.aims"),
        _list(
            "fields", lambda r: r[1].fields, "The fields its lists have covered", "Series.fields"
        ),
        _col(
            "fields_open",
            lambda r: r[1].fields_open,
            "True if the source gives the fields as examples, not as the whole set",
            type="boolean",
            required=True,
            carries="Series.fields_open",
        ),
        _col(
            "standing",
            lambda r: r[1].standing,
            "How the source rates the release, in the project's own words",
            carries="Series.standing",
        ),
    ),
    primary_key=("ranking_id",),
    foreign_keys=(_fk("ranking_id", "rankings"),),
    extras=((Series, lambda r: r[1], ""),),
)

_STORIES = _TableSpec[tuple[Ranking, Story]](
    name="stories",
    title=lambda e: e.ranking.title,
    description=lambda e: (
        f"The stories of the ranking known so far ({len(e.ranking)} of "
        f"{e.ranking.size}), by position."
    ),
    source=lambda e: [(e.ranking, s) for s in e.ranking.stories],
    columns=(
        _col(
            "position",
            lambda r: r[1].position,
            "Rank, from 1",
            type="integer",
            required=True,
            carries="Story.position Ranking.stories",
        ),
        _slug("ranking_id", lambda r: r[0].id, "Id of the ranking", required=True),
        _col("title", lambda r: r[1].title, "Headline", required=True, carries="Story.title"),
        _col(
            "summary",
            lambda r: r[1].summary,
            "A short summary in the project's own words",
            carries="Story.summary",
        ),
        *_dates("date", lambda r: r[1].date, "When it happened or began", carries="Story.date"),
        *_dates(
            "end_date",
            lambda r: r[1].end_date,
            "When it ended, for a span of days",
            carries="Story.end_date",
        ),
        _list(
            "countries",
            lambda r: r[1].countries,
            "Alpha-2 codes of the countries concerned (one row each in story_countries)",
            "Story.countries",
        ),
    ),
    primary_key=("position",),
    foreign_keys=(_fk("ranking_id", "rankings"),),
    extras=((Story, lambda r: r[1], ""),),
)

_STORY_COUNTRIES = _TableSpec[tuple[int, str]](
    name="story_countries",
    title="Story countries",
    description="The countries each story concerns, one row per country.",
    source=lambda e: [(s.position, c) for s in e.ranking.stories for c in s.countries],
    columns=(
        _col(
            "story_position", lambda r: r[0], "Position of the story", type="integer", required=True
        ),
        _country("country", lambda r: r[1], "Alpha-2 code", required=True),
    ),
    primary_key=("story_position", "country"),
    foreign_keys=(
        _fk("story_position", "stories", "position"),
        _fk("country", "countries", "code"),
    ),
)


def cited_records(edition: Edition) -> list[tuple[str, str, tuple[Evidence, ...]]]:
    """Every record that cites evidence: ``(record kind, record id, evidence)``.

    Record kinds are those of :data:`RECORD_KINDS`; a milestone's id is its index in
    the edition (from 1), a story's its position, a series' the id of its ranking.

    Args:
        edition: The edition.

    Returns:
        The records, in table order, each with its evidence (possibly empty).

    Example:
        >>> from asean_coop import load_edition
        >>> kinds = {kind for kind, _, _ in cited_records(load_edition(2025))}
        >>> sorted(kinds) == sorted(RECORD_KINDS)
        True
    """
    found: list[tuple[str, str, tuple[Evidence, ...]]] = []
    found += [("organization", o.id, o.evidence) for o in edition.organizations]
    found += [("initiative", i.id, i.evidence) for i in edition.initiatives]
    found += [("person", p.id, p.evidence) for p in edition.people]
    found += [("event", e.id, e.evidence) for e in edition.events]
    found += [("speech", s.id, s.evidence) for s in edition.speeches]
    found += [("milestone", str(i), m.evidence) for i, m in _numbered(edition.milestones)]
    found.append(("ranking", edition.ranking.id, edition.ranking.evidence))
    if edition.ranking.series is not None:
        found.append(("series", edition.ranking.id, edition.ranking.series.evidence))
    found += [("story", str(s.position), s.evidence) for s in edition.ranking.stories]
    return found


_EvidenceRow = tuple[str, str, int, Evidence, int | None]


def _evidence_rows(edition: Edition) -> list[_EvidenceRow]:
    rows: list[_EvidenceRow] = []
    for kind, key, evidence in cited_records(edition):
        for index, item in enumerate(evidence, start=1):
            paragraphs: tuple[int | None, ...] = item.paragraphs or (None,)
            rows += [(kind, key, index, item, paragraph) for paragraph in paragraphs]
    return rows


_EVIDENCE = _TableSpec[_EvidenceRow](
    name="evidence",
    title="Evidence",
    description="Which paragraphs of which source state each record: one row per record, "
    "source and paragraph (a source without paragraph numbering has one row with no "
    "paragraph).",
    source=_evidence_rows,
    columns=(
        _col("record_kind", lambda r: r[0], "The kind of record", required=True, enum=RECORD_KINDS),
        _col(
            "record_id",
            lambda r: r[1],
            "Its id (a milestone's index, a story's position, a series' ranking id)",
            required=True,
        ),
        _col(
            "evidence_index",
            lambda r: r[2],
            "Order of the evidence in the record's list, from 1",
            type="integer",
            required=True,
        ),
        _slug(
            "source_id",
            lambda r: r[3].source_id,
            "Id of the source",
            required=True,
            carries="Evidence.source_id Organization.evidence Initiative.evidence "
            "Person.evidence Event.evidence Speech.evidence Milestone.evidence "
            "Ranking.evidence Story.evidence",
        ),
        _col(
            "paragraph",
            lambda r: r[4],
            "Paragraph number, as the source numbers them",
            type="integer",
            carries="Evidence.paragraphs",
        ),
        _col(
            "paragraph_key",
            lambda r: -1 if r[4] is None else r[4],
            "The paragraph, or -1 for none: part of the primary key",
            type="integer",
            required=True,
        ),
    ),
    primary_key=("record_kind", "record_id", "evidence_index", "paragraph_key"),
    foreign_keys=(_fk("source_id", "sources"),),
    extras=((Evidence, lambda r: r[3], ""),),
)

_ERRATA = _TableSpec[tuple[int, Erratum]](
    name="errata",
    title="Errata",
    description="Slips found in the sources: what the source has and what it should say.",
    source=lambda e: _numbered(e.errata),
    columns=(
        _index("Order in the edition, from 1"),
        _slug(
            "source_id",
            lambda r: r[1].source_id,
            "Id of the source",
            required=True,
            carries="Erratum.source_id",
        ),
        _col(
            "paragraph",
            lambda r: r[1].paragraph,
            "The paragraph where the slip is",
            type="integer",
            required=True,
            carries="Erratum.paragraph",
        ),
        _col(
            "found",
            lambda r: r[1].found,
            "The text as the source has it",
            required=True,
            carries="Erratum.found",
        ),
        _col(
            "meant",
            lambda r: r[1].meant,
            "What it should say",
            required=True,
            carries="Erratum.meant",
        ),
        _col(
            "note",
            lambda r: r[1].note,
            "Why the correction is right",
            required=True,
            carries="Erratum.note",
        ),
    ),
    primary_key=("index",),
    foreign_keys=(_fk("source_id", "sources"),),
    extras=((Erratum, lambda r: r[1], ""),),
)

_SPECS: tuple[_TableSpec[Any], ...] = (
    _EDITION,
    _COUNTRIES,
    _SOURCES,
    _ORGANIZATIONS,
    _INITIATIVES,
    _INITIATIVE_COUNTRIES,
    _INITIATIVE_PARTIES,
    _INITIATIVE_ORGANIZATIONS,
    _PEOPLE,
    _POSITIONS,
    _PEOPLE_POSITIONS,
    _EVENTS,
    _ORGANIZERS,
    _PARTICIPATIONS,
    _SPEECHES,
    _EVENT_ATTENDANCE_FROM,
    _PARTICIPANT_GROUPS,
    _PARTICIPANT_GROUP_COUNTRIES,
    _SPEECH_MENTIONS,
    _DESIGNATIONS,
    _FIGURES,
    _MILESTONES,
    _MILESTONE_COUNTRIES,
    _MILESTONE_ORGANIZATIONS,
    _RANKINGS,
    _RANKING_SELECTORS,
    _SERIES,
    _STORIES,
    _STORY_COUNTRIES,
    _EVIDENCE,
    _ERRATA,
)

TABLE_NAMES = tuple(spec.name for spec in _SPECS)
"""The tables, in the order :func:`tables` returns them (referenced before referencing)."""


def tables(edition: Edition) -> tuple[Table, ...]:
    """The edition as flat, keyed tables, the same for CSV, SQLite, Parquet and pandas.

    One table per name in :data:`TABLE_NAMES`: the edition, countries, sources,
    organizations, initiatives, initiative_countries, initiative_parties,
    initiative_organizations, people, positions (one row per post), people_positions
    (the same joined for spreadsheets), events, organizers, participations, speeches,
    event_attendance_from (typed by kind), participant_groups,
    participant_group_countries, speech_mentions (typed by kind), designations,
    figures, milestones, milestone_countries, milestone_organizations, rankings,
    ranking_selectors, series, stories, story_countries, evidence and errata.
    Repeated organizer or participation entries are written once.

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
        >>> by_name["events"].records()[0]["date_precision"]
        'day'
    """
    return tuple(spec.build(edition) for spec in _SPECS)
