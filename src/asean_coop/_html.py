"""HTML for notebooks: the ``_repr_html_`` of editions, records and views.

A record on its own knows no edition, so its ``_repr_html_`` shows the ids it refers
to. ``edition.view(record)`` (a :class:`~asean_coop.model._edition.View`) renders the
same record with names: a speech's speaker (and post), event and mentions, an event's
organizers and participants, a person's organizations, an organization's parent and
country, the countries of stories and milestones. Tuples of records render as one
table.

Every string that comes from the data is escaped with :func:`html.escape`: a loaded
document is untrusted input, and a name such as ``<script>`` must show as text.
The model classes import this module lazily, only when a notebook asks for HTML.
"""

from __future__ import annotations

import functools
import html
from collections.abc import Callable, Iterable, Sequence
from typing import Any

import attrs

from ._display import ordinal, post_summary, ranges, role_label
from .model import (
    Country,
    Edition,
    Event,
    Figure,
    Initiative,
    Milestone,
    Organization,
    OrganizerRole,
    Person,
    Ranking,
    Speech,
    Story,
)
from .model._references import references

__all__ = [
    "edition_html",
    "event_html",
    "person_html",
    "ranking_html",
    "record_html",
    "speech_html",
    "view_html",
]

Namer = Callable[[Any, str], str]
"""``name_of(record, field)``: the escaped HTML of what a reference field of a record
holds, each id or code by its name where an edition knows it as a kind the field may
name, joined by commas; ``""`` for a field that holds none."""


def _each(value: Any, one: Callable[[str], str]) -> str:
    if isinstance(value, tuple):
        return ", ".join(map(one, value))
    return one(value) if value else ""


def _plain(record: Any, field: str) -> str:
    return _each(getattr(record, field), _e)


@functools.cache
def _kinds(cls: Any, name: str) -> tuple[str, ...]:
    """The kinds the field ``name`` of ``cls`` refers to, as the model declares them."""
    return references(attrs.fields_dict(cls)[name])


_LEFT = ' style="text-align:left;vertical-align:top"'
_OPEN_PEOPLE = 15
"""Show the people table unfolded up to this many people."""


def _e(value: object) -> str:
    return html.escape(str(value), quote=True)


def _box(title: str, *parts: str) -> str:
    """Wrap already-escaped parts under an (already escaped) title."""
    return f'<div class="asean-coop"><strong>{title}</strong>{"".join(parts)}</div>'


def _fields(rows: Iterable[tuple[str, str]]) -> str:
    """A two-column table of label and (already escaped) value; empty values skipped."""
    cells = "".join(
        f"<tr><th{_LEFT}>{_e(label)}</th><td{_LEFT}>{value}</td></tr>"
        for label, value in rows
        if value
    )
    return f"<table>{cells}</table>"


def _grid(headers: Sequence[str], rows: Iterable[Sequence[str]]) -> str:
    """A table with a heading row; cells are already escaped."""
    head = "".join(f"<th{_LEFT}>{_e(h)}</th>" for h in headers)
    body = "".join(
        "<tr>" + "".join(f"<td{_LEFT}>{cell}</td>" for cell in row) + "</tr>" for row in rows
    )
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def _items(values: Iterable[str]) -> str:
    """A bullet list of raw strings (escaped here); empty for no values."""
    escaped = [f"<li>{_e(v)}</li>" for v in values]
    return f'<ul style="margin:0">{"".join(escaped)}</ul>' if escaped else ""


def _escaped_items(values: Iterable[str]) -> str:
    """A bullet list of already-escaped strings; empty for no values."""
    items = [f"<li>{v}</li>" for v in values]
    return f'<ul style="margin:0">{"".join(items)}</ul>' if items else ""


def _joined(values: Iterable[object]) -> str:
    return ", ".join(_e(v) for v in values)


def _by_role(pairs: Iterable[tuple[str, str]]) -> str:
    """``role: a, b`` lines from (role, escaped item) pairs, roles in first-seen order."""
    grouped: dict[str, list[str]] = {}
    for role, item in pairs:
        grouped.setdefault(role, [])
        if item not in grouped[role]:
            grouped[role].append(item)
    return "<br>".join(
        f"<em>{_e(role)}</em>: {', '.join(items)}" for role, items in grouped.items()
    )


def _count(number: int, noun: str) -> str:
    """``_count(2, "speech")`` is ``"2 speeches"``; ``"person/people"`` gives both forms."""
    one, _, many = noun.partition("/")
    if not many:
        many = one + ("es" if one.endswith(("s", "ch")) else "s")
    return f"{number} {one if number == 1 else many}"


def _completeness(ranking: Ranking) -> str:
    state = "complete" if ranking.complete else "incomplete"
    return f"{len(ranking)} of {ranking.size} stories known ({state})"


# -- records ---------------------------------------------------------------------------


def person_html(person: Person, name_of: Namer = _plain) -> str:
    """A table of a person's name, its parts, posts and honors.

    Args:
        person: The person.
        name_of: Names an organization id (the id itself by default).

    Returns:
        HTML with every data string escaped.
    """
    name = person.name
    posts = [
        _e(("former " if p.former else "") + p.title)
        + (f" ({name_of(p, 'organization_id')})" if p.organization_id else "")
        for p in person.positions
    ]
    rows = [
        ("id", _e(person.id)),
        ("written", _e(name.order.value.replace("_", " "))),
        ("given name", _e(name.given) if name.given else ""),
        ("family name", _e(name.family) if name.family else ""),
        ("patronymic", _e(name.patronymic) if name.patronymic else ""),
        ("suffix", _e(name.suffix) if name.suffix else ""),
        ("indexed as", _e(name.indexed) if name.indexed != name.text else ""),
        ("other forms", _joined(name.variants)),
        ("posts", _escaped_items(posts)),
        ("honors", _items(person.honors)),
    ]
    return _box(_e(name.text), _fields(rows))


def event_html(event: Event, name_of: Namer = _plain) -> str:
    """A table of an event's kind, date, place, organizers and participants.

    Args:
        event: The event.
        name_of: Names a person, organization or event id, or a country code (the id
            itself by default).

    Returns:
        HTML with every data string escaped.
    """
    organizers = _by_role(
        (role_label(o.role), name_of(o, "organization_id")) for o in event.organizers
    )
    participants = _by_role(
        (role_label(p.role), name_of(p, "person_id")) for p in event.participants
    )
    rows = [
        ("id", _e(event.id)),
        ("kind", _e(event.kind)),
        ("date", _e(event.date)),
        ("place", _place(event, name_of)),
        ("part of", name_of(event, "parent_id")),
        ("organizers", organizers),
        ("participants", participants),
        ("attendance", _e(event.attendance.describe()) if event.attendance else ""),
        ("description", _e(event.description) if event.description else ""),
    ]
    return _box(_e(event.name), _fields(rows))


def speech_html(speech: Speech, name_of: Namer = _plain, speaker_post: str = "") -> str:
    """A table of a speech: who, where, what sort, its summary, points and figures.

    Args:
        speech: The speech.
        name_of: Names a person, event, organization or initiative id, or a country
            code (the id itself by default).
        speaker_post: The speaker's post, shown beside their name.

    Returns:
        HTML with every data string escaped.
    """
    speaker = name_of(speech, "speaker_id")
    speaker += f" ({_e(speaker_post)})" if speaker_post else ""
    rows = [
        ("speaker", speaker),
        ("event", name_of(speech, "event_id")),
        ("kind", _e(speech.kind)),
        ("summary", _e(speech.summary)),
        ("points", _items(speech.points)),
        ("topics", _joined(speech.topics)),
        ("mentions", name_of(speech, "mentions")),
        ("figures", _items(f.describe() for f in speech.figures)),
    ]
    return _box(f"Speech {_e(speech.id)}", _fields(rows))


def _place(event: Event, name_of: Namer) -> str:
    place = event.place
    if place is None:
        return ""
    # ``name_of`` gives escaped names; the place is joined as text, then escaped once.
    return _e(place.label(lambda _: html.unescape(name_of(place, "country"))))


def _ranking_table(ranking: Ranking, name_of: Namer = _plain) -> str:
    rows: list[tuple[int, tuple[str, str, str, str]]] = []
    for story in ranking.stories:
        when = ""
        if story.date is not None:
            when = _e(story.date) + (f" to {_e(story.end_date)}" if story.end_date else "")
        countries = name_of(story, "countries")
        rows.append((story.position, (_e(story.position), _e(story.title), when, countries)))
    # Runs of unknown positions, from the known ones: no range of ``size`` is built.
    for first, last in ranking.missing_spans:
        rows.append((first, (_e(ranges([(first, last)])), "<em>not known</em>", "", "")))
    rows.sort(key=lambda row: row[0])
    return _grid(("#", "story", "date", "countries"), (row for _, row in rows))


def ranking_html(ranking: Ranking, name_of: Namer = _plain) -> str:
    """The ranked list as a table, with the positions not known marked as such.

    Args:
        ranking: The ranking.
        name_of: Names a country code (the code itself by default).

    Returns:
        HTML with every data string escaped.
    """
    summary = f"<div>{_e(ranking.year)}, {_e(ordinal(ranking.edition))} edition: "
    summary += f"{_e(_completeness(ranking))}</div>"
    return _box(_e(ranking.title), summary, _ranking_table(ranking, name_of))


# -- the edition -----------------------------------------------------------------------


def _details(summary: str, body: str, *, open_: bool = False) -> str:
    state = " open" if open_ else ""
    return f"<details{state}><summary>{summary}</summary>{body}</details>"


def edition_html(edition: Edition) -> str:
    """A summary table of an edition, with its people and its ranking.

    Args:
        edition: The edition.

    Returns:
        HTML with every data string escaped.
    """
    orgs = {o.id: o for o in edition.organizations}
    people = {p.id: p for p in edition.people}
    event = edition.main_event
    name_of = _namer(edition)
    organizers = _by_role(
        (role_label(role), _e(org.short_name or org.name))
        for role in OrganizerRole
        for org in edition.organizers(role)
    )
    parts = [e.name for e in edition.events if e.parent_id is not None]
    facts = [
        ("event", _e(event.name)),
        ("date", _e(event.date)),
        ("place", _place(event, name_of)),
        ("attendance", _e(event.attendance.describe()) if event.attendance else ""),
        ("parts", _joined(parts)),
        ("organizers", organizers),
        (
            "records",
            _e(
                ", ".join(
                    _count(len(records), noun)
                    for records, noun in (
                        (edition.people, "person/people"),
                        (edition.organizations, "organization"),
                        (edition.initiatives, "initiative"),
                        (edition.events, "event"),
                        (edition.speeches, "speech"),
                        (edition.milestones, "milestone"),
                    )
                )
            ),
        ),
        ("ranking", _e(_completeness(edition.ranking))),
    ]
    people_rows = [
        (
            _e(p.name.text),
            _joined(role_label(r) for r in edition.roles_of(p)),
            _e(post_summary(p, orgs)),
        )
        for p in people.values()
    ]
    title = f"{_e(edition.title)} <small>({_e(ordinal(edition.number))} edition)</small>"
    return _box(
        title,
        _fields(facts),
        _details(
            f"People ({len(people_rows)})",
            _grid(("name", "roles", "post"), people_rows),
            open_=len(people_rows) <= _OPEN_PEOPLE,
        ),
        _details(
            f"Ranking: {_e(_completeness(edition.ranking))}",
            _ranking_table(edition.ranking, name_of),
            open_=True,
        ),
    )


# -- names, and views bound to an edition ------------------------------------------------


def _namer(edition: Edition | None) -> Namer:
    """Names ids as the edition knows them, each only as a kind its field may name;
    country codes from the country table (see :mod:`asean_coop.query._referred`)."""
    if edition is None:
        return _plain
    from .query._referred import named

    def name_of(record: Any, field: str) -> str:
        kinds = _kinds(record.__class__, field)

        def one(ref: str) -> str:
            found = named(edition, ref, kinds)
            return _e(ref if found is None else _name(found))

        return _each(getattr(record, field), one)

    return name_of


def _name(record: Any) -> str:
    if isinstance(record, Person):
        return str(record.name.text)
    if isinstance(record, Figure):
        return record.describe()
    if isinstance(record, Speech):
        return str(record.id)
    return str(getattr(record, "name", None) or getattr(record, "title", ""))


def _organization_html(org: Organization, name_of: Namer) -> str:
    rows = [
        ("id", _e(org.id)),
        ("short name", _e(org.short_name) if org.short_name else ""),
        ("kind", _e(org.kind)),
        ("country", name_of(org, "country")),
        ("part of", name_of(org, "parent_id")),
        ("also called", _joined(org.aliases)),
    ]
    return _box(_e(org.name), _fields(rows))


def _initiative_html(initiative: Initiative, name_of: Namer) -> str:
    rows = [
        ("id", _e(initiative.id)),
        ("short name", _e(initiative.short_name) if initiative.short_name else ""),
        ("also called", _joined(initiative.aliases)),
    ]
    return _box(_e(initiative.name), _fields(rows))


def _story_html(story: Story, name_of: Namer) -> str:
    when = _e(story.date) if story.date else ""
    if story.end_date is not None:
        when += f" to {_e(story.end_date)}"
    rows = [
        ("position", _e(story.position)),
        ("date", when),
        ("countries", name_of(story, "countries")),
        ("summary", _e(story.summary) if story.summary else ""),
    ]
    return _box(_e(story.title), _fields(rows))


def _milestone_html(milestone: Milestone, name_of: Namer) -> str:
    rows = [
        ("date", _e(milestone.date)),
        ("countries", name_of(milestone, "countries")),
    ]
    return _box(_e(milestone.title), _fields(rows))


def _figure_html(figure: Figure, name_of: Namer) -> str:
    rows = [
        ("measure", _e(figure.measure)),
        ("value", _e(f"{figure.value:,}")),
        ("unit", _e(figure.unit) if figure.unit else ""),
        ("qualifier", _e(figure.qualifier.words)),
        ("about", name_of(figure, "subject")),
        ("as of", _e(figure.as_of) if figure.as_of else ""),
    ]
    return _box(_e(figure.describe()), _fields(rows))


def _country_html(country: Country, name_of: Namer) -> str:
    rows = [
        ("codes", _e(f"{country.code}, {country.code3}")),
        ("official name", _e(country.official_name)),
        ("also called", _joined(country.aliases)),
        ("ASEAN member since", _e(country.asean_joined) if country.asean_joined else ""),
    ]
    return _box(_e(country.name), _fields(rows))


def _records_html(records: Sequence[Any], name_of: Namer) -> str:
    rows = [(_e(type(r).__name__.lower()), _e(getattr(r, "id", "")), _e(_name(r))) for r in records]
    return _box(_e(f"{len(rows)} records"), _grid(("kind", "id", "name"), rows))


def record_html(record: Any, edition: Edition | None = None) -> str:
    """HTML for any record, or a tuple of records; with names when ``edition`` is given.

    Args:
        record: A record of the model, or a tuple or list of them.
        edition: The edition the record comes from, to name the ids it refers to.

    Returns:
        HTML with every data string escaped.

    Raises:
        TypeError: If ``record`` is not one the model defines.
    """
    name_of = _namer(edition)
    if isinstance(record, (tuple, list)):
        return _records_html(record, name_of)
    if isinstance(record, Edition):
        return edition_html(record)
    if isinstance(record, Speech):
        post = ""
        if edition is not None:
            from .query._lookup import index

            speaker = index(edition, Person).by_id(record.speaker_id)
            orgs = {o.id: o for o in edition.organizations}
            post = post_summary(speaker, orgs) if speaker is not None else ""
        return speech_html(record, name_of, post)
    renderers: dict[type[Any], Callable[[Any, Namer], str]] = {
        Person: person_html,
        Event: event_html,
        Ranking: ranking_html,
        Organization: _organization_html,
        Initiative: _initiative_html,
        Story: _story_html,
        Milestone: _milestone_html,
        Figure: _figure_html,
        Country: _country_html,
    }
    render = renderers.get(type(record))
    if render is None:
        raise TypeError(f"no HTML view for {type(record).__name__}")
    return render(record, name_of)


def view_html(edition: Edition, subject: Any) -> str:
    """What ``edition.view(subject)`` shows: :func:`record_html` with the edition's names."""
    return record_html(subject, edition)
