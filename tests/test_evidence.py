"""Every evidence locator of the bundled 2025 edition, checked against the source text.

The sources live outside the package, in ``../shared/sources/`` next to the repository;
where that folder is absent these tests skip, all with one reason (see
tests/shared_files.py). The facts of general reference are checked against the notes that
list them there (the sources' ``README.md``).

Paragraphs are numbered as the sources' own notes say: the text split on blank lines,
empty blocks dropped, block 0 the dateline and headline. Before matching, the errata of
the edition are applied to their paragraphs (the data carries the corrected facts, so
"CICG Center for Asian-Pacific" is checked as "CICG Center for Asia-Pacific"), and text
is folded: case, diacritics and punctuation do not matter, words must match whole.

What "the cited paragraph mentions the record" means, per kind:

- person: the name as published (or a variant), in every cited paragraph; and the
  paragraphs cited are exactly those that name the person;
- organization, initiative: its name, short name or an alias (a consulate general is
  also named through the title of its head, "Consul General of ... in Nanning");
- event: its name, a word for its kind ("ceremony", "roundtable"...), or the name of
  one of its participants; the main event's date, city and attendance (with its
  qualifier) in some cited paragraph; a part of it on the same day at the same place;
- speech: the speaker's name in every cited paragraph, every mention found there
  (names of organizations and initiatives, names of countries), no organization or
  initiative named there left out of the mentions (bar the speaker's own), and every
  figure with its qualifier ("nearly 20 million", not just "20 million");
- milestone: every capitalised word and every word with a digit of its title, and for
  a month-precise date the month and year;
- story: the CICG page has no text here, so its locators carry no paragraph numbers;
- evidence about some fields only (``about``): an organization's country is named in a
  paragraph cited for it, or else the paragraph names the body; an event's organizers are
  each named in some cited paragraph; reference evidence cites no paragraph, and what it
  supports (a body's country, a name's parts, a day) is what the notes on general
  reference say;
- the ranking: its open dimensions are given with "such as" in the paragraph of the
  speech it names; the series' aims and fields are in its paragraph, an open list with
  "such as"; initiatives' routes, parties and designations are in their paragraphs.
"""

from __future__ import annotations

import calendar
import re
import unicodedata
from collections.abc import Iterable, Iterator

import attrs
import pytest

import asean_coop
from asean_coop import (
    Edition,
    Event,
    EventKind,
    Evidence,
    EvidenceKind,
    Figure,
    Initiative,
    Milestone,
    Organization,
    OrganizationKind,
    Person,
    Precision,
    Qualifier,
    Speech,
    load_edition,
)
from shared_files import SOURCES, requires_shared

pytestmark = requires_shared

Texts = dict[str, tuple[str, ...]]


# --------------------------------------------------------------------------- text helpers


def split_paragraphs(text: str) -> tuple[str, ...]:
    """The numbering of the sources: blank-line blocks, empty ones dropped."""
    return tuple(block for block in text.split("\n\n") if block.strip())


def fold(text: str) -> str:
    """Casefold, drop diacritics, turn punctuation into spaces; padded with spaces."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " " + " ".join(re.sub(r"[\W_]+", " ", plain).split()) + " "


def without_parentheses(text: str) -> str:
    """'China Foreign Affairs University (CFAU)' -> 'China Foreign Affairs University'."""
    return re.sub(r"\s*\([^()]*\)", "", text)


def names_in(paragraph: str, names: Iterable[str]) -> bool:
    """Whether any of ``names`` occurs in ``paragraph`` as whole words, after folding."""
    haystacks = (fold(paragraph), fold(without_parentheses(paragraph)))
    for name in names:
        needle = fold(name)
        if needle.strip() and any(needle in hay for hay in haystacks):
            return True
    return False


def organization_names(org: Organization) -> tuple[str, ...]:
    names = org.names
    if org.kind is OrganizationKind.DIPLOMATIC_MISSION and org.name.startswith("Consulate "):
        names += ("Consul " + org.name.removeprefix("Consulate "),)
    return names


def country_names(code: str) -> tuple[str, ...]:
    for country in asean_coop.countries():
        if country.code == code:
            return country.names
    raise AssertionError(f"{code} is not in the country table")


_ANY_QUALIFIER = re.compile(r"(?:about|nearly|more than|at least|over|almost|some)\s*$")


def number_forms(value: float) -> list[str]:
    forms = [f"{value:,}", str(value)]
    for word, size in (("billion", 10**9), ("million", 10**6), ("thousand", 10**3)):
        if isinstance(value, int) and value >= size and value % size == 0:
            forms.append(f"{value // size:,} {word}")
            break
    return forms


def figure_in(figure: Figure, paragraph: str) -> bool:
    """The number with the source's qualifier, e.g. 'nearly 20 million' (unit too)."""
    text = " ".join(paragraph.casefold().split())
    if figure.unit and not names_in(paragraph, [figure.unit]):
        return False
    qualifier = f"{figure.qualifier.words} " if figure.qualifier.words else ""
    for form in number_forms(figure.value):
        pattern = r"(?<![\w.,])" + re.escape(qualifier + form) + r"(?:st|nd|rd|th)?(?![\w])"
        for match in re.finditer(pattern, text):
            if figure.qualifier is Qualifier.EXACT and _ANY_QUALIFIER.search(text[: match.start()]):
                continue  # "over 24 million" is not an exact 24 million
            return True
    return False


_KIND_WORDS = {
    EventKind.CEREMONY: ("ceremony", "event"),
    EventKind.RELEASE: ("release", "released", "unveiled"),
    EventKind.ROUNDTABLE: ("roundtable",),
    EventKind.EXHIBITION: ("exhibition",),
    EventKind.PERFORMANCE: ("performance", "performances"),
    EventKind.OTHER: ("event",),
}


def title_keywords(title: str) -> list[str]:
    """Capitalised words and words with a digit: the distinctive part of a title."""
    words = re.findall(r"[\w'-]+", title)
    return [w for w in words if w[0].isupper() or any(c.isdigit() for c in w)]


# --------------------------------------------------------------------------- fixtures


@pytest.fixture(scope="module")
def edition() -> Edition:
    return load_edition(2025)


@pytest.fixture(scope="module")
def raw_texts(edition: Edition) -> Texts:
    texts: Texts = {}
    for source in edition.sources:
        path = SOURCES / f"{source.id}.txt"
        if path.is_file():
            texts[source.id] = split_paragraphs(path.read_text(encoding="utf-8"))
    return texts


@pytest.fixture(scope="module")
def texts(edition: Edition, raw_texts: Texts) -> Texts:
    """The source paragraphs with the edition's errata applied."""
    corrected = {k: list(v) for k, v in raw_texts.items()}
    for erratum in edition.errata:
        paragraphs = corrected[erratum.source_id]
        paragraphs[erratum.paragraph] = paragraphs[erratum.paragraph].replace(
            erratum.found, erratum.meant
        )
    return {k: tuple(v) for k, v in corrected.items()}


def cited(evidence: Iterable[Evidence], texts: Texts) -> Iterator[tuple[int, str]]:
    """(number, text) of every cited paragraph of a source whose text is here."""
    for item in evidence:
        for number in item.paragraphs:
            yield number, texts[item.source_id][number]


def whole(evidence: Iterable[Evidence]) -> list[Evidence]:
    """The evidence for a record as a whole (not for some of its fields only)."""
    return [e for e in evidence if not e.about]


@pytest.fixture(scope="module")
def reference_notes() -> str:
    """The notes on general reference, beside the sources."""
    return (SOURCES / "README.md").read_text(encoding="utf-8")


# --------------------------------------------------------------------------- checks


def locator_problems(label: str, evidence: Iterable[Evidence], texts: Texts) -> list[str]:
    problems = []
    for item in evidence:
        if item.source_id not in texts:
            if item.paragraphs:
                problems.append(f"{label}: {item.source_id} has no paragraph text here")
            continue
        if not item.paragraphs:
            problems.append(f"{label}: no paragraph of {item.source_id} cited")
        for number in item.paragraphs:
            if not 1 <= number < len(texts[item.source_id]):
                problems.append(f"{label}: {item.source_id} has no body paragraph {number}")
    return problems


def person_problems(person: Person, texts: Texts) -> list[str]:
    names = (person.name.text, *person.name.variants)
    problems = [
        f"{person.id}: paragraph {n} does not name the person"
        for n, text in cited(person.evidence, texts)
        if not names_in(text, names)
    ]
    for item in person.evidence:
        if item.source_id in texts:
            naming = tuple(
                n for n, text in enumerate(texts[item.source_id]) if names_in(text, names)
            )
            if naming != item.paragraphs:
                problems.append(f"{person.id}: named in {naming}, cited {item.paragraphs}")
    return problems


def organization_problems(org: Organization, texts: Texts) -> list[str]:
    problems = [
        f"{org.id}: paragraph {n} does not name it"
        for n, text in cited(whole(org.evidence), texts)
        if not names_in(text, organization_names(org))
    ]
    for item in org.evidence:
        if not item.about:
            continue
        if set(item.about) - {"country", "parent_id"}:
            problems.append(f"{org.id}: evidence about {item.about}, not a field checked here")
        country = country_names(org.country) if org.country else ()
        for n, text in cited((item,), texts):
            if not names_in(text, (*organization_names(org), *country)):
                problems.append(f"{org.id}: paragraph {n} names neither it nor its country")
    return problems


def initiative_problems(initiative: Initiative, texts: Texts) -> list[str]:
    return [
        f"{initiative.id}: paragraph {n} does not name it"
        for n, text in cited(initiative.evidence, texts)
        if not names_in(text, initiative.names)
    ]


def event_problems(event: Event, edition: Edition, texts: Texts) -> list[str]:
    people = {p.id: p for p in edition.people}
    participants = [people[p].name.text for p in event.people()]
    words = (event.name, *_KIND_WORDS[event.kind], *participants)
    problems = [
        f"{event.id}: paragraph {n} names neither the event nor its people"
        for n, text in cited(whole(event.evidence), texts)
        if not names_in(text, words)
    ]
    paragraphs = [text for _, text in cited(whole(event.evidence), texts)]
    organizations = {o.id: o for o in edition.organizations}
    about_organizers = [e for e in event.evidence if "organizers" in e.about]
    organizer_texts = [text for _, text in cited(about_organizers or whole(event.evidence), texts)]
    for organizer in event.organizers:
        names = organization_names(organizations[organizer.organization_id])
        if not any(names_in(text, names) for text in organizer_texts):
            problems.append(f"{event.id}: no paragraph cited for it names {organizer}")
    for group in event.groups:
        if group.organization_id is None:
            continue
        names = organization_names(organizations[group.organization_id])
        if not any(names_in(text, names) for text in paragraphs):
            problems.append(f"{event.id}: no cited paragraph names {group.organization_id}")
    for kind in event.attendance_kinds:
        if not any(names_in(text, [kind]) for text in paragraphs):
            problems.append(f"{event.id}: no cited paragraph counts {kind!r} among the attendees")
    if event.parent_id is not None:
        # A part of an event takes its day and place from the whole.
        parent = next(e for e in edition.events if e.id == event.parent_id)
        if (event.date, event.place) != (parent.date, parent.place):
            problems.append(f"{event.id}: date or place differs from {parent.id}'s")
    elif event.date.precision is Precision.DAY:
        month = calendar.month_name[event.date.month or 0]
        when = (f"{month} {event.date.day}", f"{event.date.day} {month}")
        if not any(names_in(text, when) for text in paragraphs):
            problems.append(f"{event.id}: no cited paragraph gives the date {event.date}")
    if (
        event.parent_id is None
        and event.place
        and not any(names_in(text, [event.place.city]) for text in paragraphs)
    ):
        problems.append(f"{event.id}: no cited paragraph names {event.place.city}")
    if event.attendance and not any(figure_in(event.attendance, text) for text in paragraphs):
        problems.append(f"{event.id}: no cited paragraph gives {event.attendance.describe()}")
    return problems


def speech_problems(speech: Speech, edition: Edition, texts: Texts) -> list[str]:
    people = {p.id: p for p in edition.people}
    speaker = people[speech.speaker_id]
    paragraphs = [text for _, text in cited(speech.evidence, texts)]
    problems = [
        f"{speech.id}: a cited paragraph does not name {speaker.name.text}"
        for text in paragraphs
        if not names_in(text, [speaker.name.text])
    ]
    named: dict[str, tuple[str, ...]] = {o.id: organization_names(o) for o in edition.organizations}
    named |= {i.id: i.names for i in edition.initiatives}
    for mention in speech.mentions:
        names = named[mention] if mention in named else country_names(mention)
        if not any(names_in(text, names) for text in paragraphs):
            problems.append(f"{speech.id}: mentions {mention!r}, not named in its paragraphs")
    parents = {o.id: o.parent_id for o in edition.organizations}
    own: set[str] = set()
    for position in speaker.positions:
        org_id = position.organization_id
        while org_id is not None:
            own.add(org_id)
            org_id = parents[org_id]
    for record_id, names in named.items():
        if record_id in own or record_id in speech.mentions:
            continue
        if any(names_in(text, names) for text in paragraphs):
            problems.append(f"{speech.id}: names {record_id!r} but does not mention it")
    for figure in speech.figures:
        if not any(figure_in(figure, text) for text in paragraphs):
            problems.append(f"{speech.id}: {figure.describe()} is not in its paragraphs")
    return problems


def milestone_problems(milestone: Milestone, texts: Texts) -> list[str]:
    keywords = title_keywords(milestone.title)
    problems = [] if keywords else [f"{milestone.title!r}: no distinctive word to check"]
    if milestone.date.precision is Precision.DAY and not any(
        e.kind is EvidenceKind.REFERENCE and "date" in e.about for e in milestone.evidence
    ):
        problems.append(f"{milestone.title!r}: a day the release does not give, unmarked")
    for n, text in cited(milestone.evidence, texts):
        missing = [w for w in keywords if not names_in(text, [w])]
        if missing:
            problems.append(f"{milestone.title!r}: paragraph {n} lacks {missing}")
        if milestone.date.precision is Precision.MONTH:
            month = calendar.month_name[milestone.date.month or 0]
            if not names_in(text, [f"{month} {milestone.date.year}"]):
                problems.append(f"{milestone.title!r}: paragraph {n} lacks {milestone.date}")
    return problems


# --------------------------------------------------------------------------- tests


def test_the_release_text_is_here_and_numbered_as_the_readme_says(raw_texts: Texts) -> None:
    release = raw_texts["release-2026-01-27"]
    assert len(release) == 21
    assert release[0].strip().startswith("date 2026-01-27")
    assert release[1].startswith("On January 15")
    assert release[20].startswith("On the sidelines")


def test_every_locator_points_at_a_paragraph_that_exists(edition: Edition, texts: Texts) -> None:
    records: list[tuple[str, tuple[Evidence, ...]]] = [
        *((o.id, o.evidence) for o in edition.organizations),
        *((p.id, p.evidence) for p in edition.people),
        *((e.id, e.evidence) for e in edition.events),
        *((s.id, s.evidence) for s in edition.speeches),
        *((i.id, i.evidence) for i in edition.initiatives),
        *((m.title, m.evidence) for m in edition.milestones),
        *((f"story {s.position}", s.evidence) for s in edition.ranking.stories),
        ("ranking", edition.ranking.evidence),
        ("series", edition.ranking.series.evidence if edition.ranking.series else ()),
    ]
    assert all(evidence for _, evidence in records)
    problems = [p for label, evidence in records for p in locator_problems(label, evidence, texts)]
    assert problems == []


def test_the_cicg_page_is_cited_without_paragraphs(edition: Edition, texts: Texts) -> None:
    assert "cicg-2026-01-19" not in texts
    story = edition.ranking[1]
    assert story.evidence == (Evidence(source_id="cicg-2026-01-19"),)


def test_every_body_paragraph_is_used(edition: Edition, texts: Texts) -> None:
    evidence = [
        *(e for o in edition.organizations for e in o.evidence),
        *(e for p in edition.people for e in p.evidence),
        *(e for v in edition.events for e in v.evidence),
        *(e for s in edition.speeches for e in s.evidence),
    ]
    used = {n for e in evidence if e.source_id == "release-2026-01-27" for n in e.paragraphs}
    assert used == set(range(1, len(texts["release-2026-01-27"])))


def ranking_problems(edition: Edition, texts: Texts) -> list[str]:
    """Each cited paragraph speaks of the list, and the list's facts are all cited."""
    ranking = edition.ranking
    cited_paragraphs = dict(cited(ranking.evidence, texts))
    problems = [
        f"ranking: paragraph {n} does not mention the Top 10"
        for n, text in cited_paragraphs.items()
        if "top 10 news stories" not in fold(text)
    ]
    release = texts["release-2026-01-27"]
    facts = {
        "its title": ranking.title.rsplit(" ", 1)[0],
        "the sixth edition": "sixth edition",
        **{f"dimension {d!r}": d for d in ranking.dimensions},
        **{
            f"selector {o}": next(x for x in edition.organizations if x.id == o).name
            for o in ranking.selected_by
        },
    }
    for label, phrase in facts.items():
        stating = {n for n, text in enumerate(release) if fold(phrase) in fold(text)}
        if not stating & set(cited_paragraphs):
            problems.append(f"ranking: no cited paragraph states {label} ({sorted(stating)})")
    if ranking.dimensions_by is not None:
        speech = next(s for s in edition.speeches if s.id == ranking.dimensions_by)
        said = " ".join(text for _, text in cited(speech.evidence, texts))
        if ranking.dimensions_open != (" dimensions such as " in fold(said)):
            problems.append("ranking: dimensions_open differs from the speech's wording")
        for dimension in ranking.dimensions:
            if not names_in(said, [dimension]):
                problems.append(f"ranking: {ranking.dimensions_by} does not name {dimension!r}")
    if ranking.collaborators is not None:
        said = " ".join(text for _, text in cited(ranking.evidence, texts))
        if " in collaboration with relevant academic institutions " not in fold(said):
            problems.append("ranking: no cited paragraph speaks of the collaborators")
    series = ranking.series
    if series is not None:
        said = fold(" ".join(text for _, text in cited(series.evidence, texts)))
        if series.annual and " annual " not in said:
            problems.append("ranking: the series is not called annual in its paragraphs")
        for phrase in (*series.aims, *series.fields):
            if fold(phrase) not in said:
                problems.append(f"ranking: the series' paragraphs do not give {phrase!r}")
        if series.fields_open != (" fields such as " in said):
            problems.append("ranking: fields_open differs from the series' wording")
    return problems


def initiative_relation_problems(
    initiative: Initiative, edition: Edition, texts: Texts
) -> list[str]:
    paragraphs = [text for _, text in cited(initiative.evidence, texts)]
    problems = [
        f"{initiative.id}: no cited paragraph names {place}"
        for place in initiative.route
        if not any(names_in(text, [place]) for text in paragraphs)
    ]
    for code in initiative.parties:
        if not any(names_in(text, country_names(code)) for text in paragraphs):
            problems.append(f"{initiative.id}: no cited paragraph names the party {code}")
    for designation in initiative.designations:
        speech = next(s for s in edition.speeches if s.id == designation.speech_id)
        said = [text for _, text in cited(speech.evidence, texts)]
        if not any(names_in(text, [designation.term]) for text in said):
            problems.append(f"{initiative.id}: {speech.id} does not call it {designation.term!r}")
        if not any(names_in(text, initiative.names) for text in said):
            problems.append(f"{initiative.id}: {speech.id} does not name it")
    return problems


def test_ranking(edition: Edition, texts: Texts) -> None:
    assert ranking_problems(edition, texts) == []


def test_a_ranking_cited_without_its_facts_fails(edition: Edition, texts: Texts) -> None:
    thin = attrs.evolve(
        edition.ranking, evidence=(Evidence(source_id="release-2026-01-27", paragraphs=(1, 20)),)
    )
    problems = ranking_problems(attrs.evolve(edition, ranking=thin), texts)
    assert "ranking: paragraph 20 does not mention the Top 10" in problems
    assert any("the sixth edition" in p for p in problems)


def test_people(edition: Edition, texts: Texts) -> None:
    assert [p for person in edition.people for p in person_problems(person, texts)] == []


def test_organizations(edition: Edition, texts: Texts) -> None:
    assert [p for org in edition.organizations for p in organization_problems(org, texts)] == []


def test_initiatives(edition: Edition, texts: Texts) -> None:
    problems = [p for i in edition.initiatives for p in initiative_problems(i, texts)]
    problems += [
        p for i in edition.initiatives for p in initiative_relation_problems(i, edition, texts)
    ]
    assert problems == []


def test_a_wrong_route_party_or_designation_fails(edition: Edition, texts: Texts) -> None:
    railway = edition.initiative("laos-china-railway")
    assert initiative_relation_problems(railway, edition, texts) == []
    wrong = attrs.evolve(
        railway,
        route=("Kunming", "Bangkok"),
        parties=("VN",),
        designations=(
            attrs.evolve(railway.designations[0], term="flagship project"),
            attrs.evolve(railway.designations[0], speech_id="wang-jicai-address"),
        ),
    )
    assert len(initiative_relation_problems(wrong, edition, texts)) == 5


def test_a_closed_or_unattributed_list_fails(edition: Edition, texts: Texts) -> None:
    ranking = edition.ranking
    assert ranking.series is not None
    closed = attrs.evolve(
        ranking,
        dimensions_open=False,
        series=attrs.evolve(ranking.series, fields_open=False, aims=("winning prizes",)),
    )
    problems = ranking_problems(attrs.evolve(edition, ranking=closed), texts)
    assert "ranking: dimensions_open differs from the speech's wording" in problems
    assert "ranking: fields_open differs from the series' wording" in problems
    assert "ranking: the series' paragraphs do not give 'winning prizes'" in problems
    elsewhere = attrs.evolve(ranking, dimensions_by="wang-jicai-address")
    assert ranking_problems(attrs.evolve(edition, ranking=elsewhere), texts)


def _reference_line(notes: str, name: str) -> str:
    """The entry (a bullet point, or a paragraph) of the notes that names ``name``."""
    entries = (" ".join(e.split()) for e in re.split(r"\n(?=- )|\n\s*\n", notes))
    lines = [entry for entry in entries if names_in(entry, [name])]
    assert lines, f"the notes on general reference do not name {name!r}"
    return " ".join(lines)


def test_reference_facts_are_those_the_notes_give(edition: Edition, reference_notes: str) -> None:
    reference = {s.id for s in edition.sources if s.kind is asean_coop.SourceKind.GENERAL_REFERENCE}
    seen = 0
    for org in edition.organizations:
        for item in org.evidence:
            if item.kind is not EvidenceKind.REFERENCE:
                continue
            seen += 1
            assert item.source_id in reference
            assert item.paragraphs == ()
            line = _reference_line(reference_notes, without_parentheses(org.name))
            assert f"({org.country})" in line, org.id
            if "parent_id" in item.about:
                parent = next(o for o in edition.organizations if o.id == org.parent_id)
                assert names_in(line, [parent.name]), org.id
    assert seen == 6
    pitlo = next(p for p in edition.people if p.id == "lucio-blanco-pitlo-iii")
    line = _reference_line(reference_notes, "Lucio Blanco Pitlo III")
    name = pitlo.name
    for part, value in (("given name", name.given), ("middle name", name.middle)):
        assert f"{part} {value}" in line
    assert f"family name {name.family}" in line
    assert f"files under {name.family}" in line
    accession = next(m for m in edition.milestones if m.date.day is not None)
    line = _reference_line(reference_notes, "Timor-Leste")
    assert f"Timor-Leste {accession.date}" in line


def test_inferences_cite_a_paragraph_and_say_how(edition: Edition, texts: Texts) -> None:
    facts = edition.facts("inferred")
    assert facts
    for fact in facts:
        assert fact.evidence.paragraphs, fact
        assert fact.evidence.note, fact
    assert locator_problems("inferred", [f.evidence for f in facts], texts) == []


def test_events(edition: Edition, texts: Texts) -> None:
    assert [p for e in edition.events for p in event_problems(e, edition, texts)] == []


def test_speeches(edition: Edition, texts: Texts) -> None:
    assert [p for s in edition.speeches for p in speech_problems(s, edition, texts)] == []


def test_milestones(edition: Edition, texts: Texts) -> None:
    assert [p for m in edition.milestones for p in milestone_problems(m, texts)] == []


def test_errata_quote_the_source(edition: Edition, raw_texts: Texts, texts: Texts) -> None:
    for erratum in edition.errata:
        before = raw_texts[erratum.source_id][erratum.paragraph]
        after = texts[erratum.source_id][erratum.paragraph]
        assert erratum.found in before, erratum
        assert erratum.meant in after, erratum
    assert not any("CAEXFO" in text for text in texts["release-2026-01-27"])


# --------------------------------------------------------------------------- the checks fail


def test_a_person_cited_at_the_wrong_paragraph_fails(edition: Edition, texts: Texts) -> None:
    yu = next(p for p in edition.people if p.id == "yu-yunquan")
    moved = attrs.evolve(yu, evidence=(Evidence(source_id="release-2026-01-27", paragraphs=(3,)),))
    assert person_problems(yu, texts) == []
    assert person_problems(moved, texts) == [
        "yu-yunquan: named in (3, 6), cited (3,)",
    ]
    wrong = attrs.evolve(yu, evidence=(Evidence(source_id="release-2026-01-27", paragraphs=(7,)),))
    assert "yu-yunquan: paragraph 7 does not name the person" in person_problems(wrong, texts)


def test_a_consulate_of_another_state_fails(edition: Edition, texts: Texts) -> None:
    mission = next(o for o in edition.organizations if o.id == "laos-consulate-general-nanning")
    assert organization_problems(mission, texts) == []
    other = attrs.evolve(mission, name="Consulate General of the Lao PDR in Kunming")
    assert organization_problems(other, texts) != []
    moved = attrs.evolve(
        mission, evidence=(Evidence(source_id="release-2026-01-27", paragraphs=(4,)),)
    )
    assert organization_problems(moved, texts) != []


def test_a_figure_with_the_wrong_qualifier_fails(edition: Edition, texts: Texts) -> None:
    speech = next(s for s in edition.speeches if s.id == "vongpano-sipaseuth-address")
    trips, freight = speech.figures
    for changed in (
        attrs.evolve(trips, qualifier=Qualifier.OVER),
        attrs.evolve(trips, qualifier=Qualifier.EXACT),
        attrs.evolve(freight, qualifier=Qualifier.MORE_THAN),
        attrs.evolve(freight, value=42_000_000),
        attrs.evolve(freight, unit="passengers"),
    ):
        broken = attrs.evolve(speech, figures=(changed,))
        assert speech_problems(broken, edition, texts) != [], changed
    attendance = edition.main_event.attendance
    assert attendance is not None
    event = attrs.evolve(
        edition.main_event, attendance=attrs.evolve(attendance, qualifier=Qualifier.OVER)
    )
    assert event_problems(event, edition, texts) != []


def test_a_missing_or_invented_mention_fails(edition: Edition, texts: Texts) -> None:
    speech = next(s for s in edition.speeches if s.id == "wang-jicai-address")
    assert speech_problems(speech, edition, texts) == []
    fewer = attrs.evolve(speech, mentions=tuple(m for m in speech.mentions if m != "cafta-3-0"))
    assert speech_problems(fewer, edition, texts) == [
        "wang-jicai-address: names 'cafta-3-0' but does not mention it"
    ]
    more = attrs.evolve(speech, mentions=(*speech.mentions, "laos-china-railway", "TH"))
    assert len(speech_problems(more, edition, texts)) == 2


def test_a_speech_cited_at_another_speakers_paragraph_fails(edition: Edition, texts: Texts) -> None:
    speech = next(s for s in edition.speeches if s.id == "hu-suojin-commentary")
    moved = attrs.evolve(
        speech, evidence=(Evidence(source_id="release-2026-01-27", paragraphs=(16,)),)
    )
    assert speech_problems(moved, edition, texts) != []


def test_a_milestone_at_the_wrong_paragraph_or_date_fails(edition: Edition, texts: Texts) -> None:
    expo = next(m for m in edition.milestones if m.title.startswith("23rd"))
    assert milestone_problems(expo, texts) == []
    assert milestone_problems(
        attrs.evolve(expo, date=asean_coop.PartialDate(year=2025, month=9)), texts
    )
    moved = attrs.evolve(
        expo, evidence=(Evidence(source_id="release-2026-01-27", paragraphs=(11,)),)
    )
    assert milestone_problems(moved, texts)


def test_an_event_at_an_unrelated_paragraph_fails(edition: Edition, texts: Texts) -> None:
    moved = attrs.evolve(
        edition.main_event,
        evidence=(Evidence(source_id="release-2026-01-27", paragraphs=(1, 4, 13)),),
    )
    problems = event_problems(moved, edition, texts)
    assert problems[0] == "ceremony: paragraph 13 names neither the event nor its people"
    # Paragraph 2, which names the organizers, is no longer cited either.
    assert problems[1:]
    assert all("no paragraph cited for it names Organizer" in p for p in problems[1:])


def test_the_uncorrected_text_would_fail(edition: Edition, raw_texts: Texts) -> None:
    rafael = next(p for p in edition.people if p.id == "rafael-henrique-zerbetto")
    center = next(o for o in edition.organizations if o.id == "cicg-center-for-asia-pacific")
    assert rafael.positions[0].organization_id == center.id
    assert organization_problems(center, raw_texts) == [
        "cicg-center-for-asia-pacific: paragraph 18 does not name it"
    ]
