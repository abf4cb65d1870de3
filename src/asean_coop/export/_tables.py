"""The edition as flat tables: the one definition behind CSV, SQLite, Parquet and pandas.

Each table is declared once, as data: where its rows come from and, for every column,
its type, constraints and how its cell is read from a row's record. A column that holds
a model field takes all of that from the field's declaration (its type, its rule in
:mod:`asean_coop.model._checks`, the records it refers to), so a table states only what
is its own: descriptions, keys and computed columns. The rows are computed from those
column specs, so a table's columns and its rows cannot drift apart. :func:`tables`
evaluates the specs for an edition.

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
from collections.abc import Callable, Iterable, Mapping
from typing import Any, Generic, Literal, TypeVar

import attrs

from .. import bundled
from ..model import (
    Country,
    Designation,
    Edition,
    Erratum,
    Event,
    Evidence,
    Figure,
    Initiative,
    Milestone,
    Organization,
    Organizer,
    PartialDate,
    ParticipantGroup,
    Participation,
    Person,
    PersonName,
    Place,
    Position,
    Precision,
    Ranking,
    Series,
    Source,
    Speech,
    Story,
)
from ..model._checks import COUNTRY_CODE, SLUG, Each, Rule, rule_of
from ..model._classes import field_types
from ..model._references import COUNTRIES, record_fields, references
from ..query._countries import edition_codes
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
    """A column, how its cell is read from one row's record, the key of another table that
    its values are (if any) and the model class whose field it holds (if any)."""

    column: Column
    get: Callable[[T], Cell]
    key: ForeignKey | None = None
    model: _Fields[T] | None = None


@attrs.frozen(kw_only=True)
class _TableSpec(Generic[T]):
    """A table declared once: where its rows come from and its column specs.

    Its foreign keys are its columns' keys, in column order. Every model class whose
    fields its columns hold brings its other plain fields as columns too (see
    :meth:`_Fields.others`): a field added to the model appears in the table without an
    edit here. The title is the name in words unless given.
    """

    name: str
    title: str | Callable[[Edition], str] | None = None
    description: str | Callable[[Edition], str]
    source: Callable[[Edition], Iterable[T]]
    columns: tuple[_Spec[T], ...]
    primary_key: tuple[str, ...]

    def specs(self) -> tuple[_Spec[T], ...]:
        carried = {name for spec in self.columns for name in spec.column.carries}
        records: dict[type, _Fields[T]] = {}
        for spec in self.columns:
            if spec.model is not None and spec.model.carries:
                records.setdefault(spec.model.cls, spec.model)
        return (*self.columns, *(s for r in records.values() for s in r.others(carried)))

    def build(self, edition: Edition) -> Table:
        specs = self.specs()
        getters = [spec.get for spec in specs]
        rows = tuple(tuple(get(item) for get in getters) for item in self.source(edition))
        if self.primary_key:  # repeated entries (the same organizer twice) are written once
            rows = tuple(dict.fromkeys(rows))
        title = self.title or self.name.replace("_", " ").capitalize()
        description = self.description
        return Table(
            name=self.name,
            title=title if isinstance(title, str) else title(edition),
            description=description if isinstance(description, str) else description(edition),
            columns=tuple(spec.column for spec in specs),
            primary_key=self.primary_key,
            foreign_keys=tuple(spec.key for spec in specs if spec.key is not None),
            rows=rows,
        )


_TYPES: dict[Any, ColumnType] = {str: "string", bool: "boolean", int: "integer", float: "number"}

_PATTERNS: dict[Rule | None, str] = {SLUG: _patterns.SLUG, COUNTRY_CODE: _patterns.COUNTRY}
"""The rules a column states as its pattern, and only where the column is required:
frictionless checks patterns with SQL REGEXP, which fails on NULLs. The other rules (text,
addresses, mentions, ranges) are the model's to check; no column states them."""


def _values(kind: type[enum.Enum]) -> tuple[str, ...]:
    return tuple(str(m.value) for m in kind)


def _kinds(annotation: Any) -> list[Any]:
    """The types a field's values can have, None left out (a tuple type stays whole)."""
    if typing.get_origin(annotation) is tuple:
        return [annotation]
    return [a for a in typing.get_args(annotation) if a is not type(None)] or [annotation]


def _column_type(annotation: Any) -> tuple[ColumnType, tuple[str, ...] | None] | None:
    """A field type's column type and enum values; None for records (a partial date is
    one ISO text here, a tuple of strings or integers an ``array``)."""
    kinds = _kinds(annotation)
    if kinds in ([int, float], [float, int]):
        return "number", None
    kind = kinds[0] if len(kinds) == 1 else None
    if kind in _TYPES:
        return _TYPES[kind], None
    if kind is PartialDate:
        return "string", None
    if isinstance(kind, type) and issubclass(kind, enum.Enum):
        return "string", _values(kind)
    if typing.get_origin(kind) is tuple and typing.get_args(kind)[0] in (str, int):
        return "array", None
    return None


def _plain_cell(value: Any) -> Cell:
    if isinstance(value, enum.Enum):
        return str(value.value)
    if isinstance(value, PartialDate):
        return value.isoformat()
    if isinstance(value, tuple):
        return tuple(str(v) for v in value)
    return typing.cast(Cell, value)


def _field_rule(cls: type, name: str) -> tuple[attrs.Attribute[Any], Rule | None, str]:
    """The field ``name`` of ``cls`` (its type resolved), its rule and the key its values
    are: ``"table"`` (its id) for a field that refers to one kind of record,
    ``"countries.code"`` for an alpha-2 code, else ``""``. A list's rule and key are
    those of its items."""
    field_types(cls)
    attribute = attrs.fields_dict(cls)[name]
    rule = rule_of(attribute)
    rule = rule.item if isinstance(rule, Each) else rule
    kinds = references(attribute)
    key = "" if len(kinds) != 1 else "countries.code" if kinds[0] == COUNTRIES else kinds[0]
    return attribute, rule, key


def _itself(record: Any) -> Any:
    return record


@attrs.frozen
class _Fields(Generic[T]):
    """A model class a table's rows reach: the columns of its fields come from the fields.

    A field's column takes its type and enum from the field's type; it is required where
    the field cannot be None (but a list, which may be empty, never is); its pattern
    comes from the field's rule (see :data:`_PATTERNS`), its foreign key from what the
    field refers to (see :func:`_field_rule`); it carries the field. A partial date is
    four columns (see :func:`_dates`).

    Args:
        cls: The model class.
        reach: How a row's record reaches the instance.
        prefix: The prefix of the columns :meth:`others` makes.
        optional: A row may have no instance (a code the library's country table lacks,
            an event with no place): then none of its columns is required.
        carries: False in a table that repeats facts other tables carry (the joined
            ``people_positions``): its columns carry nothing, and bring no others.
    """

    cls: type
    reach: Callable[[T], Any] = _itself
    prefix: str = ""
    optional: bool = False
    carries: bool = True

    def _value(self, name: str) -> Callable[[T], Any]:
        reach = self.reach

        def value(item: T) -> Any:
            record = reach(item)
            return None if record is None else getattr(record, name)

        return value

    def _cell(self, name: str) -> Callable[[T], Cell]:
        value = self._value(name)
        return lambda item: _plain_cell(value(item))

    def field(
        self, name: str, description: str, *, column: str | None = None, also: str = ""
    ) -> tuple[_Spec[T], ...]:
        """The columns of the field ``name``: one, or four for a partial date.

        Args:
            name: The field.
            description: What the column holds.
            column: The column's name, where it is not the field's.
            also: More facts the column carries, space-separated (the list of records
                whose items the table's rows are).
        """
        attribute, rule, key = _field_rule(self.cls, name)
        column = column or name
        carries = f"{self.cls.__name__}.{name} {also}" if self.carries else ""
        required = not self.optional and type(None) not in typing.get_args(attribute.type)
        if _kinds(attribute.type) == [PartialDate]:
            specs = _dates(column, self._value(name), description, required, carries)
            return tuple(attrs.evolve(spec, model=self) for spec in specs)
        found = _column_type(attribute.type)
        if found is None:
            raise TypeError(f"{self.cls.__name__}.{name} holds records, not a value")
        kind, choices = found
        if kind == "array":  # a list is its own column, empty or not, and no key
            required, key = False, ""
        spec = _col(
            column,
            self._cell(name),
            description,
            type=kind,
            required=required,
            enum=choices,
            rule=rule,
            carries=carries,
            refs=key,
        )
        return (attrs.evolve(spec, model=self),)

    def columns(self, **described: str | tuple[str, str]) -> tuple[_Spec[T], ...]:
        """The columns of several fields, in order: ``field=description``, or
        ``field=(column, description)`` for a column not named after its field."""
        specs: list[_Spec[T]] = []
        for name, text in described.items():
            column, description = (None, text) if isinstance(text, str) else text
            specs += self.field(name, description, column=column)
        return tuple(specs)

    def others(self, carried: set[str]) -> list[_Spec[T]]:
        """A column for each plain field that no fact in ``carried`` names, as the model
        holds it: named with :attr:`prefix`, never required, a partial date as its ISO
        text; a field that refers to one kind of record is a foreign key to it, as in
        :meth:`field` (a list is not)."""
        specs: list[_Spec[T]] = []
        for name, annotation in field_types(self.cls).items():
            fact = f"{self.cls.__name__}.{name}"
            found = _column_type(annotation)
            if fact not in carried and found is not None:
                description = f"{fact} (written as the model holds it)"
                kind, choices = found
                key = "" if kind == "array" else _field_rule(self.cls, name)[2]
                column = f"{self.prefix}{name}"
                specs.append(
                    _col(
                        column,
                        self._cell(name),
                        description,
                        type=kind,
                        enum=choices,
                        carries=fact,
                        refs=key,
                    )
                )
        return specs


def _item(
    cls: type,
    name: str,
    column: str,
    get: Callable[[T], Cell],
    description: str,
    *,
    required: bool = True,
) -> _Spec[T]:
    """The column of one item of the list field ``name``, in a table with a row per item:
    typed after the items, with their pattern (where required) and key."""
    attribute, rule, key = _field_rule(cls, name)
    kind = _TYPES[typing.get_args(attribute.type)[0]]
    carries = f"{cls.__name__}.{name}"
    return _col(
        column, get, description, type=kind, required=required, rule=rule, carries=carries, refs=key
    )


def _col(
    name: str,
    get: Callable[[T], Cell],
    description: str,
    *,
    type: ColumnType = "string",
    required: bool = False,
    enum: tuple[str, ...] | None = None,
    rule: Rule | None = None,
    pattern: str | None = None,
    carries: str = "",
    refs: str | ForeignKey = "",
) -> _Spec[T]:
    """A column. Only a required column states a pattern (see :data:`_PATTERNS`):
    ``pattern``, or that of ``rule``. ``refs`` is the key its values are: a foreign key,
    or ``"table"`` (its ``id``) or ``"table.column"``."""
    pattern = (pattern or _PATTERNS.get(rule)) if required else None
    if isinstance(refs, str) and refs:
        table, _, key = refs.partition(".")
        refs = ForeignKey(fields=(name,), table=table, reference=(key or "id",))
    column = Column(
        name=name,
        type=type,
        description=description,
        required=required,
        enum=enum,
        pattern=pattern,
        carries=tuple(carries.split()),
    )
    return _Spec(column, get, refs or None)


def _int(name: str, get: Callable[[T], Cell], description: str, refs: str = "") -> _Spec[T]:
    """A required integer column no field declares: an index, a position, a count."""
    return _col(name, get, description, type="integer", required=True, refs=refs)


def _key(
    name: str,
    get: Callable[[T], Cell],
    description: str,
    refs: str | ForeignKey = "",
    *,
    rule: Rule = SLUG,
    required: bool = True,
    carries: str = "",
) -> _Spec[T]:
    """A column no field declares that holds ids (or alpha-2 codes, by ``rule``): the key
    of the record a row belongs to, or of one it names."""
    return _col(name, get, description, required=required, rule=rule, carries=carries, refs=refs)


_DATE_PARTS: tuple[tuple[str, ColumnType, Callable[[PartialDate], Cell], str], ...] = (
    ("start", "date", lambda d: d.earliest, "First day {} can be"),
    ("end", "date", lambda d: d.latest, "Last day {} can be"),
    ("precision", "string", lambda d: str(d.precision.value), "How much of {} is known"),
)
"""The columns a partial date has besides its ISO text: suffix, type, value, description."""


def _dates(
    name: str,
    get: Callable[[T], PartialDate | None],
    description: str,
    required: bool,
    carries: str,
) -> tuple[_Spec[T], ...]:
    """A partial date as four columns: ISO text, first day, last day, precision."""

    def part(read: Callable[[PartialDate], Cell]) -> Callable[[T], Cell]:
        return lambda item: None if (value := get(item)) is None else read(value)

    text = f"{description} (ISO date at its precision: YYYY, YYYY-MM or YYYY-MM-DD)"
    iso = part(PartialDate.isoformat)
    return (
        _col(name, iso, text, required=required, pattern=_patterns.DATE, carries=carries),
        *(
            _col(
                f"{name}_{suffix}",
                part(read),
                what.format(name),
                type=kind,
                required=required,
                enum=_values(Precision) if suffix == "precision" else None,
            )
            for suffix, kind, read, what in _DATE_PARTS
        ),
    )


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
    used = edition_codes(edition)  # from every field that names a country, as declared
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
# A column that holds a model field is made from the field (_Fields): a table states what
# is its own, the column's description (and its name, where it is not the field's), its
# computed columns and the keys of the rows it is made of.

_EDITION = _TableSpec[Edition](
    name="edition",
    description="The edition itself: one row.",
    source=lambda e: (e,),
    columns=_Fields[Edition](Edition).columns(
        year="The year the list covers", number="The edition number", title="The edition's title"
    ),
    primary_key=("year",),
)

_COUNTRIES = _TableSpec[tuple[str, Country | None]](
    name="countries",
    description="Every country the data names: the library's country table and every code "
    "the edition uses (a code the table lacks has only its code).",
    source=lambda e: list(edition_countries(e)),
    columns=(
        # The row's own code: a code the library's table lacks has no Country.
        _key(
            "code",
            lambda p: p[0],
            "ISO 3166-1 alpha-2 code",
            rule=COUNTRY_CODE,
            carries="Country.code",
        ),
        *_Fields[tuple[str, Country | None]](Country, lambda p: p[1], optional=True).columns(
            code3="ISO 3166-1 alpha-3 code",
            name="Common English name",
            official_name="Official name",
            aliases="Other names people write (missing for a code the table lacks)",
            asean_joined="When it became an ASEAN member state, if it is one",
        ),
    ),
    primary_key=("code",),
)

_SOURCES = _TableSpec[Source](
    name="sources",
    description="The public documents the data is built from.",
    source=lambda e: e.sources,
    columns=_Fields[Source](Source).columns(
        id="Unique id of the source",
        title="The document's headline",
        publisher="Who published it",
        url="Where it was published",
        published="When it was published (empty for general reference, which has no date)",
    ),
    primary_key=("id",),
)

_ORGANIZATIONS = _TableSpec[Organization](
    name="organizations",
    description="Every organization the sources name.",
    source=lambda e: e.organizations,
    columns=_Fields[Organization](Organization).columns(
        id="Unique id of the organization",
        name="Full name",
        short_name="Abbreviation the source uses",
        kind="What sort of body it is",
        country="Alpha-2 code of the state it belongs to or represents",
        parent_id="Id of the organization it is part of",
        aliases="Other names the source uses",
    ),
    primary_key=("id",),
)

_INITIATIVES = _TableSpec[Initiative](
    name="initiatives",
    description="Initiatives, projects, agreements and platforms the speeches mention.",
    source=lambda e: e.initiatives,
    columns=_Fields[Initiative](Initiative).columns(
        id="Unique id of the initiative",
        name="Full name",
        short_name="Abbreviation the source uses",
        aliases="Other names the source uses",
    ),
    primary_key=("id",),
)

_Link = tuple[Cell, int, str]


def _links(
    name: str,
    description: str,
    owners: Callable[[Edition], Iterable[tuple[Cell, Any]]],
    owner: tuple[str, ColumnType, str],
    listed: tuple[type, str, str, str],
) -> _TableSpec[_Link]:
    """A link table: one row per id or code a record lists, in listed order.

    Args:
        name: The table's name.
        description: What one row is.
        owners: The records that list them, each with its key.
        owner: ``(column, type, key)`` of that key (``key`` as for :func:`_col`).
        listed: ``(class, field, column, description)`` of the list.
    """
    owner_column, owner_type, owner_key = owner
    cls, field, column, what = listed

    def rows(edition: Edition) -> list[_Link]:
        return [
            (key, index, value)
            for key, record in owners(edition)
            for index, value in enumerate(getattr(record, field), start=1)
        ]

    return _TableSpec[_Link](
        name=name,
        description=description,
        source=rows,
        columns=(
            _col(
                owner_column,
                lambda r: r[0],
                f"Key of the row in {owner_key.partition('.')[0]}",
                type=owner_type,
                required=True,
                refs=owner_key,
            ),
            _int("index", lambda r: r[1], "Order as the record lists them, from 1"),
            _item(cls, field, column, lambda r: r[2], what),
        ),
        primary_key=(owner_column, "index"),
    )


def _initiatives(edition: Edition) -> list[tuple[Cell, Initiative]]:
    return [(i.id, i) for i in edition.initiatives]


_INITIATIVE_KEY: tuple[str, ColumnType, str] = ("initiative_id", "string", "initiatives")

_INITIATIVE_COUNTRIES = _links(
    "initiative_countries",
    "The countries each initiative involves, one row per country.",
    _initiatives,
    _INITIATIVE_KEY,
    (Initiative, "countries", "country", "Alpha-2 code"),
)

_INITIATIVE_PARTIES = _links(
    "initiative_parties",
    "The states party to each initiative (an agreement's signatories), one row per state.",
    _initiatives,
    _INITIATIVE_KEY,
    (Initiative, "parties", "country", "Alpha-2 code"),
)

_INITIATIVE_ORGANIZATIONS = _links(
    "initiative_organizations",
    "The organizations behind each initiative, one row per organization.",
    _initiatives,
    _INITIATIVE_KEY,
    (Initiative, "organization_ids", "organization_id", "Id of the organization"),
)

_person = _Fields[Person](Person)
_person_name = _Fields[Person](PersonName, lambda p: p.name, prefix="name_")

_PEOPLE = _TableSpec[Person](
    name="people",
    description="Every person the sources name.",
    source=lambda e: e.people,
    columns=(
        *_person.columns(id="Unique id of the person"),
        *_person_name.columns(
            text=("name", "The name as published"),
            given=("given_name", "Given name, where the culture has one"),
            family=("family_name", "Family name, only where the culture has one"),
            patronymic=("patronymic_name", "Patronymic (bin Mohamed Ismail)"),
            suffix="Generational suffix (III)",
            order=("name_order", "How the name is written"),
            sort_by="Which part the name files under, where set by hand",
        ),
        _col("sort_name", lambda p: p.name.indexed, "The name as an index lists it", required=True),
        *_person_name.columns(variants="Other written forms of the name"),
        *_person.columns(honors="Honors the source gives"),
    ),
    primary_key=("id",),
)

_PositionRow = tuple[Person, int, Position]

_POSITIONS = _TableSpec[_PositionRow](
    name="positions",
    description="Posts people hold or held, one row per post.",
    source=lambda e: [(p, i, post) for p in e.people for i, post in _numbered(p.positions)],
    columns=(
        _key("person_id", lambda r: r[0].id, "Id of the person", "people"),
        _int(
            "index",
            lambda r: r[1],
            "Order of the post in the person's list, from 1 (current posts first)",
        ),
        *_Fields[_PositionRow](Position, lambda r: r[2]).columns(
            title="Title as the source gives it",
            organization_id="Id of the organization, if the post is with one",
            former="True for a former post",
        ),
    ),
    primary_key=("person_id", "index"),
)

_PersonPostRow = tuple[Person, int, Position | None, Organization | None]


def _people_positions(edition: Edition) -> list[_PersonPostRow]:
    organizations = {o.id: o for o in edition.organizations}
    rows: list[_PersonPostRow] = []
    for person in edition.people:
        if not person.positions:
            rows.append((person, 0, None, None))
        for index, position in enumerate(person.positions, start=1):
            rows.append(
                (person, index, position, organizations.get(position.organization_id or ""))
            )
    return rows


_PEOPLE_POSITIONS = _TableSpec[_PersonPostRow](
    name="people_positions",
    title="People and their posts",
    description="One row per post, with the person's and the organization's names beside it "
    "(a person with no post has one row with index 0): the table a spreadsheet wants. "
    "The same facts as people, positions and organizations, denormalised.",
    source=_people_positions,
    columns=(
        _key("person_id", lambda r: r[0].id, "Id of the person", "people"),
        _col("name", lambda r: r[0].name.text, "The name as published", required=True),
        _col(
            "sort_name", lambda r: r[0].name.indexed, "The name as an index lists it", required=True
        ),
        _int("index", lambda r: r[1], "Order of the post, from 1 (0: the person has no post)"),
        # Posts and organizations as their own tables have them: their columns carry nothing.
        *_Fields[_PersonPostRow](Position, lambda r: r[2], optional=True, carries=False).columns(
            title="Title as the source gives it",
            former="True for a former post",
            organization_id="Id of the organization",
        ),
        *_Fields[_PersonPostRow](
            Organization, lambda r: r[3], optional=True, carries=False
        ).columns(
            name=("organization", "Name of the organization"),
            short_name=("organization_short_name", "Its abbreviation"),
            country="Alpha-2 code of the organization's state",
        ),
    ),
    primary_key=("person_id", "index"),
)

_event = _Fields[Event](Event)

_EVENTS = _TableSpec[Event](
    name="events",
    description="The main event (no parent_id) and its parts.",
    source=lambda e: e.events,
    columns=(
        *_event.columns(
            id="Unique id of the event",
            name="The event's name",
            kind="What sort of event it is",
            date="When it took place",
            parent_id="Id of the event this one is part of",
        ),
        *_Fields[Event](Place, lambda e: e.place, prefix="place_", optional=True).columns(
            city="City where it took place",
            region="Region or province",
            country="Alpha-2 code of the country where it took place",
        ),
        *_event.columns(description="A short description in the project's own words"),
    ),
    primary_key=("id",),
)

_ORGANIZERS = _TableSpec[tuple[Event, Organizer]](
    name="organizers",
    description="Which organization organised which event, in which role.",
    source=lambda e: [(event, o) for event in e.events for o in event.organizers],
    columns=(
        _key("event_id", lambda r: r[0].id, "Id of the event", "events"),
        *_Fields[tuple[Event, Organizer]](Organizer, lambda r: r[1]).columns(
            organization_id="Id of the organization", role="Its role"
        ),
    ),
    primary_key=("event_id", "organization_id", "role"),
)

_PARTICIPATIONS = _TableSpec[tuple[Event, Participation]](
    name="participations",
    description="Who took part in which event, in which role.",
    source=lambda e: [(event, p) for event in e.events for p in event.participants],
    columns=(
        _key("event_id", lambda r: r[0].id, "Id of the event", "events"),
        *_Fields[tuple[Event, Participation]](Participation, lambda r: r[1]).columns(
            person_id="Id of the person", role="Their role"
        ),
    ),
    primary_key=("event_id", "person_id", "role"),
)

_SPEECHES = _TableSpec[Speech](
    name="speeches",
    description="What someone said at an event, summarised in the project's own words.",
    source=lambda e: e.speeches,
    columns=_Fields[Speech](Speech).columns(
        id="Unique id of the speech",
        event_id="Id of the event",
        speaker_id="Id of the person who spoke",
        kind="What sort of speech",
        summary="A one-paragraph summary",
        points="The main points, one sentence each",
        topics="Topic ids",
    ),
    primary_key=("id",),
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
        *(
            _col(f"{prefix}{column}", typed(wanted), what, refs=refs)
            for wanted, column, what, refs in _TYPED_REFERENCES
        ),
    )


_TYPED_REFERENCES = (
    ("organization", "organization_id", "Id of the organization", "organizations"),
    ("initiative", "initiative_id", "Id of the initiative", "initiatives"),
    ("country", "country", "Alpha-2 code of the country", "countries.code"),
)
"""The typed columns of a reference, by what it names: column, description, key."""


_EVENT_ATTENDANCE_FROM = _TableSpec[tuple[Edition, Event, int, str]](
    name="event_attendance_from",
    title="Where attendees come from",
    description="Where each event's attendees come from, one row per country or "
    "organization (whose member states the source names as a whole), typed by kind.",
    source=lambda e: [
        (e, ev, i, key) for ev in e.events for i, key in _numbered(ev.attendance_from)
    ],
    columns=(
        _key("event_id", lambda r: r[1].id, "Id of the event", "events"),
        _int("index", lambda r: r[2], "Order in the event's list, from 1"),
        _item(
            Event,
            "attendance_from",
            "attendance_from",
            lambda r: r[3],
            "The code or id as the event lists it",
        ),
        *_typed_reference("", lambda r: r[3], lambda r: r[0]),
    ),
    primary_key=("event_id", "index"),
)

_GroupRow = tuple[Event, int, ParticipantGroup]
_group = _Fields[_GroupRow](ParticipantGroup, lambda r: r[2])

_PARTICIPANT_GROUPS = _TableSpec[_GroupRow](
    name="participant_groups",
    description="Groups that took part in an event, described but not named.",
    source=lambda e: [(ev, i, g) for ev in e.events for i, g in _numbered(ev.groups)],
    columns=(
        _key("event_id", lambda r: r[0].id, "Id of the event", "events"),
        _int("index", lambda r: r[1], "Order in the event's list, from 1"),
        *_group.field(
            "description", "Who they are, in the project's own words", also="Event.groups"
        ),
        *_group.columns(
            role="The part they played",
            organization_id="Id of the organization they belong to, if the source gives one",
            countries="Alpha-2 codes of the countries they come from (one row each in "
            "participant_group_countries)",
        ),
    ),
    primary_key=("event_id", "index"),
)

_PARTICIPANT_GROUP_COUNTRIES = _TableSpec[tuple[str, int, str]](
    name="participant_group_countries",
    description="The countries each participant group comes from, one row per country.",
    source=lambda e: [
        (ev.id, i, c) for ev in e.events for i, g in _numbered(ev.groups) for c in g.countries
    ],
    columns=(
        _key(
            "event_id",
            lambda r: r[0],
            "Id of the event",
            ForeignKey(
                fields=("event_id", "group_index"),
                table="participant_groups",
                reference=("event_id", "index"),
            ),
        ),
        _int("group_index", lambda r: r[1], "Index of the group in participant_groups"),
        _item(ParticipantGroup, "countries", "country", lambda r: r[2], "Alpha-2 code"),
    ),
    primary_key=("event_id", "group_index", "country"),
)

_SPEECH_MENTIONS = _TableSpec[tuple[Edition, Speech, int, str]](
    name="speech_mentions",
    description="What each speech mentions, one row per mention, typed by kind: an "
    "organization, an initiative or a country, each with its own foreign key.",
    source=lambda e: [(e, s, i, m) for s in e.speeches for i, m in _numbered(s.mentions)],
    columns=(
        _key("speech_id", lambda r: r[1].id, "Id of the speech", "speeches"),
        _int("index", lambda r: r[2], "Order of the mention in the speech's list, from 1"),
        _item(
            Speech, "mentions", "mention", lambda r: r[3], "The id or code as the speech lists it"
        ),
        *_typed_reference("", lambda r: r[3], lambda r: r[0]),
    ),
    primary_key=("speech_id", "index"),
)

_DesignationRow = tuple[Initiative, int, Designation]
_designation = _Fields[_DesignationRow](Designation, lambda r: r[2])

_DESIGNATIONS = _TableSpec[_DesignationRow](
    name="designations",
    description="What speakers call each initiative, one row per term and speech.",
    source=lambda e: [(i, n, d) for i in e.initiatives for n, d in _numbered(i.designations)],
    columns=(
        _key("initiative_id", lambda r: r[0].id, "Id of the initiative", "initiatives"),
        _int("index", lambda r: r[1], "Order in the initiative's list, from 1"),
        *_designation.field(
            "term", "The words the speaker uses for it", also="Initiative.designations"
        ),
        *_designation.columns(speech_id="Id of the speech that uses them"),
    ),
    primary_key=("initiative_id", "index"),
)

_FigureRow = tuple[Edition, str, str | None, str | None, int | None, Figure]
"""The edition, the figure's id, the speech that cites it or the event whose attendance
it is, its index in the speech's list and the figure."""
_figure = _Fields[_FigureRow](Figure, lambda r: r[5])


def _figure_rows(edition: Edition) -> list[_FigureRow]:
    rows: list[_FigureRow] = [
        (edition, f"event/{e.id}/attendance", None, e.id, None, e.attendance)
        for e in edition.events
        if e.attendance is not None
    ]
    rows += [
        (edition, f"speech/{s.id}/{index}", s.id, None, index, figure)
        for s in edition.speeches
        for index, figure in _numbered(s.figures)
    ]
    return rows


_FIGURES = _TableSpec[_FigureRow](
    name="figures",
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
        _col("speech_id", lambda r: r[2], "Id of the speech that cites it", refs="speeches"),
        _col(
            "index",
            lambda r: r[4],
            "Order of the figure in the speech's list, from 1",
            type="integer",
        ),
        _col(
            "event_id",
            lambda r: r[3],
            "Id of the event whose attendance it is",
            carries="Event.attendance",
            refs="events",
        ),
        *_figure.field("measure", "What is counted", also="Speech.figures"),
        *_figure.columns(
            value="The number as stated",
            unit="The unit, if any",
            qualifier="How the source qualifies the number",
            subject="Id or country code of what the number is about",
        ),
        *_typed_reference("subject_", lambda r: r[5].subject, lambda r: r[0]),
        *_figure.columns(as_of="When the number held"),
        _col(
            "text",
            lambda r: r[5].describe(),
            "The figure in words (more than 300 attendees)",
            required=True,
        ),
    ),
    primary_key=("id",),
)

_MILESTONES = _TableSpec[tuple[int, Milestone]](
    name="milestones",
    description="Dated facts the speeches cite.",
    source=lambda e: _numbered(e.milestones),
    columns=(
        _int("index", lambda r: r[0], "Order in the edition, from 1"),
        *_Fields[tuple[int, Milestone]](Milestone, lambda r: r[1]).columns(
            date="When",
            title="What happened",
            countries="Alpha-2 codes of the countries concerned (one row each in "
            "milestone_countries)",
        ),
    ),
    primary_key=("index",),
)

_MILESTONE_COUNTRIES = _TableSpec[tuple[int, str]](
    name="milestone_countries",
    description="The countries each milestone concerns, one row per country.",
    source=lambda e: [(i, c) for i, m in _numbered(e.milestones) for c in m.countries],
    columns=(
        _int("milestone_index", lambda r: r[0], "Index of the milestone", "milestones.index"),
        _item(Milestone, "countries", "country", lambda r: r[1], "Alpha-2 code"),
    ),
    primary_key=("milestone_index", "country"),
)

_MILESTONE_ORGANIZATIONS = _links(
    "milestone_organizations",
    "The organizations whose act or event each milestone is, one row per organization.",
    lambda e: _numbered(e.milestones),
    ("milestone_index", "integer", "milestones.index"),
    (Milestone, "organizations", "organization_id", "Id of the organization"),
)

_ranking = _Fields[Ranking](Ranking)

_RANKINGS = _TableSpec[Ranking](
    name="rankings",
    description="The released list itself: one row.",
    source=lambda e: (e.ranking,),
    columns=(
        *_ranking.columns(
            id="Id of the ranking",
            title="The list's title",
            year="The year it covers",
            edition="Its edition number",
            size="How many stories the list has",
        ),
        _int("known", lambda r: len(r.stories), "How many of them are known"),
        *_ranking.columns(
            released_at="Id of the event that released it", dimensions="The areas the list covers"
        ),
    ),
    primary_key=("id",),
)

_RANKING_SELECTORS = _TableSpec[tuple[Ranking, int, str]](
    name="ranking_selectors",
    description="The organizations that selected the stories, one row each.",
    source=lambda e: [(e.ranking, i, o) for i, o in _numbered(e.ranking.selected_by)],
    columns=(
        _key("ranking_id", lambda r: r[0].id, "Id of the ranking", "rankings"),
        _int("index", lambda r: r[1], "Order as the source lists them, from 1"),
        _item(Ranking, "selected_by", "organization_id", lambda r: r[2], "Id of the organization"),
    ),
    primary_key=("ranking_id", "index"),
)

_SERIES = _TableSpec[tuple[Ranking, Series]](
    name="series",
    description="The recurring release a ranking belongs to, as the source describes it: "
    "one row per ranking that gives one.",
    source=lambda e: [(e.ranking, e.ranking.series)] if e.ranking.series is not None else [],
    columns=(
        _key(
            "ranking_id",
            lambda r: r[0].id,
            "Id of the ranking",
            "rankings",
            carries="Ranking.series",
        ),
        *_Fields[tuple[Ranking, Series]](Series, lambda r: r[1]).columns(
            annual="True if the source says the release is held every year",
            aims="What the release sets out to do",
            fields="The fields its lists have covered",
            fields_open="True if the source gives the fields as examples, not as the whole set",
            standing="How the source rates the release, in the project's own words",
        ),
    ),
    primary_key=("ranking_id",),
)

_story = _Fields[tuple[Ranking, Story]](Story, lambda r: r[1])

_STORIES = _TableSpec[tuple[Ranking, Story]](
    name="stories",
    title=lambda e: e.ranking.title,
    description=lambda e: (
        f"The stories of the ranking known so far ({len(e.ranking)} of "
        f"{e.ranking.size}), by position."
    ),
    source=lambda e: [(e.ranking, s) for s in e.ranking.stories],
    columns=(
        *_story.field("position", "Rank, from 1", also="Ranking.stories"),
        _key("ranking_id", lambda r: r[0].id, "Id of the ranking", "rankings"),
        *_story.columns(
            title="Headline",
            summary="A short summary in the project's own words",
            date="When it happened or began",
            end_date="When it ended, for a span of days",
            countries="Alpha-2 codes of the countries concerned (one row each in story_countries)",
        ),
    ),
    primary_key=("position",),
)

_STORY_COUNTRIES = _TableSpec[tuple[int, str]](
    name="story_countries",
    description="The countries each story concerns, one row per country.",
    source=lambda e: [(s.position, c) for s in e.ranking.stories for c in s.countries],
    columns=(
        _int("story_position", lambda r: r[0], "Position of the story", "stories.position"),
        _item(Story, "countries", "country", lambda r: r[1], "Alpha-2 code"),
    ),
    primary_key=("story_position", "country"),
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


def _evidence_fields() -> str:
    """Every field of the model that holds evidence, as ``Class.field``, space-separated:
    found by walking the field types from :class:`~asean_coop.Edition`, so a record
    class that gains evidence is named here too."""
    found: list[str] = []
    seen: list[type] = [Edition]
    for cls in seen:  # grows as record classes are met
        for name, held, _ in record_fields(cls):
            if held is Evidence:
                found.append(f"{cls.__name__}.{name}")
            elif held not in seen:
                seen.append(held)
    return " ".join(found)


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
        _int(
            "evidence_index", lambda r: r[2], "Order of the evidence in the record's list, from 1"
        ),
        *_Fields[_EvidenceRow](Evidence, lambda r: r[3]).field(
            "source_id",
            "Id of the source",
            also=_evidence_fields(),
        ),
        # Not required: a source without paragraph numbering has a row with no paragraph.
        _item(
            Evidence,
            "paragraphs",
            "paragraph",
            lambda r: r[4],
            "Paragraph number, as the source numbers them",
            required=False,
        ),
        _int(
            "paragraph_key",
            lambda r: -1 if r[4] is None else r[4],
            "The paragraph, or -1 for none: part of the primary key",
        ),
    ),
    primary_key=("record_kind", "record_id", "evidence_index", "paragraph_key"),
)

_ERRATA = _TableSpec[tuple[int, Erratum]](
    name="errata",
    description="Slips found in the sources: what the source has and what it should say.",
    source=lambda e: _numbered(e.errata),
    columns=(
        _int("index", lambda r: r[0], "Order in the edition, from 1"),
        *_Fields[tuple[int, Erratum]](Erratum, lambda r: r[1]).columns(
            source_id="Id of the source",
            paragraph="The paragraph where the slip is",
            found="The text as the source has it",
            meant="What it should say",
            note="Why the correction is right",
        ),
    ),
    primary_key=("index",),
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
