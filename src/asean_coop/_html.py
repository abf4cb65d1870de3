"""HTML for notebooks: the ``_repr_html_`` of editions, events, people, speeches and rankings.

Every string that comes from the data is escaped with :func:`html.escape`: a loaded
document is untrusted input, and a name such as ``<script>`` must show as text.
The model classes import this module lazily, only when a notebook asks for HTML.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Sequence

from ._display import ordinal, post_summary
from .model import (
    Edition,
    Event,
    OrganizerRole,
    Person,
    Ranking,
    Speech,
)

__all__ = ["edition_html", "event_html", "person_html", "ranking_html", "speech_html"]

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
        f"<em>{_e(role.replace('_', '-'))}</em>: {', '.join(items)}"
        for role, items in grouped.items()
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


def person_html(person: Person) -> str:
    """A table of a person's name, its parts, posts and honors.

    Args:
        person: The person.

    Returns:
        HTML with every data string escaped.
    """
    name = person.name
    posts = [
        ("former " if p.former else "")
        + p.title
        + (f" ({p.organization_id})" if p.organization_id else "")
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
        ("posts", _items(posts)),
        ("honors", _items(person.honors)),
    ]
    return _box(_e(name.text), _fields(rows))


def event_html(event: Event) -> str:
    """A table of an event's kind, date, place, organizers and participants (by id).

    Args:
        event: The event.

    Returns:
        HTML with every data string escaped.
    """
    organizers = _by_role((o.role.value, _e(o.organization_id)) for o in event.organizers)
    participants = _by_role((p.role.value, _e(p.person_id)) for p in event.participants)
    rows = [
        ("id", _e(event.id)),
        ("kind", _e(event.kind.value)),
        ("date", _e(event.date)),
        ("place", _e(event.place) if event.place else ""),
        ("part of", _e(event.parent_id) if event.parent_id else ""),
        ("organizers", organizers),
        ("participants", participants),
        ("attendance", _e(event.attendance.describe()) if event.attendance else ""),
        ("description", _e(event.description) if event.description else ""),
    ]
    return _box(_e(event.name), _fields(rows))


def speech_html(speech: Speech) -> str:
    """A table of a speech: who, where, what sort, its summary, points and figures.

    Args:
        speech: The speech.

    Returns:
        HTML with every data string escaped.
    """
    rows = [
        ("speaker", _e(speech.speaker_id)),
        ("event", _e(speech.event_id)),
        ("kind", _e(speech.kind.value)),
        ("summary", _e(speech.summary)),
        ("points", _items(speech.points)),
        ("topics", _joined(speech.topics)),
        ("mentions", _joined(speech.mentions)),
        ("figures", _items(f.describe() for f in speech.figures)),
    ]
    return _box(f"Speech {_e(speech.id)}", _fields(rows))


def _ranking_table(ranking: Ranking) -> str:
    rows = []
    for story in ranking.stories:
        when = ""
        if story.date is not None:
            when = _e(story.date) + (f" to {_e(story.end_date)}" if story.end_date else "")
        rows.append((_e(story.position), _e(story.title), when, _joined(story.countries)))
    for first, last in _spans(ranking.missing_positions):
        label = str(first) if first == last else f"{first}-{last}"
        rows.append((label, "<em>not known</em>", "", ""))
    rows.sort(key=lambda row: int(row[0].split("-")[0]))
    return _grid(("#", "story", "date", "countries"), rows)


def _spans(numbers: Iterable[int]) -> list[tuple[int, int]]:
    """Runs of consecutive numbers: ``[2, 3, 4, 7]`` gives ``[(2, 4), (7, 7)]``."""
    spans: list[tuple[int, int]] = []
    for n in numbers:
        if spans and n == spans[-1][1] + 1:
            spans[-1] = (spans[-1][0], n)
        else:
            spans.append((n, n))
    return spans


def ranking_html(ranking: Ranking) -> str:
    """The ranked list as a table, with the positions not known marked as such.

    Args:
        ranking: The ranking.

    Returns:
        HTML with every data string escaped.
    """
    summary = f"<div>{_e(ranking.year)}, {_e(ordinal(ranking.edition))} edition: "
    summary += f"{_e(_completeness(ranking))}</div>"
    return _box(_e(ranking.title), summary, _ranking_table(ranking))


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
    organizers = _by_role(
        (role.value, _e(org.short_name or org.name))
        for role in OrganizerRole
        for org in edition.organizers(role)
    )
    parts = [e.name for e in edition.events if e.parent_id is not None]
    facts = [
        ("event", _e(event.name)),
        ("date", _e(event.date)),
        ("place", _e(event.place) if event.place else ""),
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
            _joined(r.value for r in edition.roles_of(p)),
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
            _ranking_table(edition.ranking),
            open_=True,
        ),
    )
