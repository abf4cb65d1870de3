"""Notebook HTML: ``_repr_html_`` shows the content and escapes every data string."""

from __future__ import annotations

import html
import re
import subprocess
import sys

import attrs
import pytest

import asean_coop
from asean_coop import (
    Edition,
    Event,
    Figure,
    NameOrder,
    Organizer,
    OrganizerRole,
    PartialDate,
    PersonName,
    Qualifier,
    Ranking,
    Story,
)
from helpers import tiny_edition

EVIL = "<script>alert(1)</script> & Co"
ESCAPED = html.escape(EVIL)


def _evil_edition() -> Edition:
    base = tiny_edition()
    yu, yin = base.people
    org = base.organizations[0]
    ceremony, release = base.events
    return tiny_edition(
        title=f"Top 10 {EVIL}",
        organizations=(
            attrs.evolve(org, name=f"Group {EVIL}", short_name=None),
            *base.organizations[1:],
        ),
        people=(
            attrs.evolve(
                yu,
                name=attrs.evolve(yu.name, text=f"Yu {EVIL}", variants=(f"variant {EVIL}",)),
                positions=(attrs.evolve(yu.positions[0], title=f"chair {EVIL}"),),
                honors=(f"award {EVIL}",),
            ),
            yin,
        ),
        events=(
            attrs.evolve(
                ceremony,
                name=f"Ceremony {EVIL}",
                description=f"about {EVIL}",
                organizers=(Organizer(organization_id="cicg", role=OrganizerRole.SUPERVISOR),),
                attendance=Figure(measure=f"guests {EVIL}", value=300, qualifier=Qualifier.OVER),
            ),
            attrs.evolve(release, name=f"Release {EVIL}"),
        ),
        speeches=(
            attrs.evolve(
                base.speeches[0],
                summary=f"summary {EVIL}",
                points=(f"point {EVIL}",),
                topics=("media",),
            ),
        ),
        ranking=attrs.evolve(
            base.ranking,
            title=f"List {EVIL}",
            stories=(Story(position=1, title=f"story {EVIL}", countries=("KH", "VN")),),
        ),
    )


@pytest.fixture(scope="module")
def evil() -> Edition:
    return _evil_edition()


def _visible_text(markup: str) -> str:
    """The text a browser shows: tags removed, entities decoded."""
    return html.unescape(re.sub(r"<[^>]+>", " ", markup))


def _assert_safe(markup: str) -> None:
    assert ESCAPED in markup
    assert "<script>" not in markup
    assert "& Co" not in markup  # a bare ampersand would be an HTML error
    # Only our own tags are present: every '<' opens a known, harmless element.
    tags = set(re.findall(r"</?([a-z]+)", markup))
    assert tags <= {
        "div",
        "strong",
        "small",
        "table",
        "thead",
        "tbody",
        "tr",
        "th",
        "td",
        "ul",
        "li",
        "em",
        "br",
        "details",
        "summary",
    }


def test_person_html_shows_the_name_posts_and_honors_escaped(evil: Edition) -> None:
    person = evil.people[0]
    markup = person._repr_html_()
    _assert_safe(markup)
    text = _visible_text(markup)
    for expected in (
        f"Yu {EVIL}",
        "yu-yunquan",
        "Yunquan",
        f"chair {EVIL} (cicg)",
        f"award {EVIL}",
        f"variant {EVIL}",
        "family first",
    ):
        assert expected in text


def test_event_html_shows_kind_date_place_roles_escaped(evil: Edition) -> None:
    markup = evil.events[0]._repr_html_()
    _assert_safe(markup)
    text = _visible_text(markup)
    for expected in (
        f"Ceremony {EVIL}",
        "2026-01-15",
        "Nanning, Guangxi, CN",
        "supervisor : cicg",
        "speaker : yu-yunquan",
        "attendee : yin-myo-khine",
        f"over 300 guests {EVIL}",
        f"about {EVIL}",
    ):
        assert expected in re.sub(r"\s+", " ", text)


def test_speech_html_shows_summary_points_and_mentions_escaped(evil: Edition) -> None:
    markup = evil.speeches[0]._repr_html_()
    _assert_safe(markup)
    text = _visible_text(markup)
    for expected in (
        f"summary {EVIL}",
        f"point {EVIL}",
        "yu-yunquan",
        "ceremony",
        "address",
        "cicg, KH",
        "media",
    ):
        assert expected in text


def test_ranking_html_lists_stories_and_the_positions_not_known(evil: Edition) -> None:
    markup = evil.ranking._repr_html_()
    _assert_safe(markup)
    text = re.sub(r"\s+", " ", _visible_text(markup))
    assert f"List {EVIL}" in text
    assert f"story {EVIL}" in text
    assert "KH, VN" in text
    assert "1 of 10 stories known (incomplete)" in text
    assert "2-10 not known" in text


def test_a_complete_ranking_says_so() -> None:
    stories = tuple(Story(position=n, title=f"Story {n}") for n in (1, 2))
    ranking = Ranking(
        id="top2",
        title="Top 2",
        year=2025,
        edition=1,
        size=2,
        released_at="release",
        stories=stories,
    )
    text = _visible_text(ranking._repr_html_())
    assert "2 of 2 stories known (complete)" in text
    assert "not known" not in text


def test_edition_html_summarises_event_organizers_people_and_ranking(evil: Edition) -> None:
    markup = evil._repr_html_()
    _assert_safe(markup)
    text = re.sub(r"\s+", " ", _visible_text(markup))
    for expected in (
        f"Top 10 {EVIL} (6th edition)",
        f"Ceremony {EVIL}",
        "2026-01-15",
        f"supervisor : Group {EVIL}",
        "People (2)",
        f"Yu {EVIL} speaker chair {EVIL}, Group {EVIL}",
        "Yin Myo Khine attendee Consul General",
        f"story {EVIL}",
        "1 of 10 stories known (incomplete)",
        "2 people, 2 organizations, 0 initiatives, 2 events, 1 speech, 0 milestones",
    ):
        assert expected in text, expected


def test_html_of_the_bundled_edition_names_its_people() -> None:
    if not asean_coop.available_editions():
        pytest.skip("no bundled edition yet")
    edition = asean_coop.load_edition(asean_coop.available_editions()[-1])
    text = _visible_text(edition._repr_html_())
    assert edition.main_event.name in text
    for person in edition.people:
        assert person.name.text in text


def test_plain_repr_stays_short(evil: Edition) -> None:
    assert len(repr(evil)) < 200
    assert "<table" not in repr(evil)
    for record in (evil.people[0], evil.events[0], evil.speeches[0], evil.ranking):
        assert "<table" not in repr(record)


def test_importing_the_package_does_not_load_the_html_renderer() -> None:
    code = (
        "import sys, asean_coop, asean_coop.cli; "
        "print(sorted(m for m in sys.modules if m.startswith('asean_coop._html')))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"


def test_partial_dates_and_figures_render_as_text() -> None:
    event = Event(
        id="expo",
        name="Expo",
        kind=asean_coop.EventKind.EXHIBITION,
        date=PartialDate(year=2026, month=9),
    )
    text = _visible_text(event._repr_html_())
    assert "2026-09" in text
    assert "exhibition" in text


def test_a_view_names_an_id_only_as_a_kind_its_field_may_name() -> None:
    # Ids are unique within a kind only: a person may share an organization's id, and
    # a speech's mentions, an organization's parent, name organizations, not people.
    base = tiny_edition()
    namesake = attrs.evolve(
        base.people[1], id="cicg", name=PersonName(text="Cicg Namesake", order=NameOrder.SINGLE)
    )
    edition = tiny_edition(people=(*base.people, namesake))
    for record in (edition.speeches[0], edition.organizations[1]):
        text = _visible_text(edition.view(record)._repr_html_())
        assert "China International Communications Group" in text
        assert "Cicg Namesake" not in text
    assert "Cambodia" in _visible_text(edition.view(edition.speeches[0])._repr_html_())
