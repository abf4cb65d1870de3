"""Build an edition of your own in code, validate it, and save it as JSON.

The records here are a made-up example (a study group's own top 3), not real data:
replace them with yours. Building an ``Edition`` checks it as a whole, so a mistake
is reported with its path before anything is written.

Run it with ``python examples/build_your_own_edition.py [OUTPUT.json]``; the file
goes to a temporary directory when no path is given. Check the file afterwards with
``asean-coop validate OUTPUT.json``.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

import attrs

import asean_coop
from asean_coop import (
    Edition,
    Event,
    EventKind,
    Evidence,
    NameOrder,
    Organization,
    OrganizationKind,
    Organizer,
    OrganizerRole,
    PartialDate,
    ParticipantRole,
    Participation,
    Person,
    PersonName,
    Place,
    Position,
    Ranking,
    Source,
    Speech,
    SpeechKind,
    Story,
    ValidationError,
)

NOTES = Evidence(source_id="notes", paragraphs=(1,))


def build(speaker_id: str = "somchai-example") -> Edition:
    """A small, complete edition; ``speaker_id`` lets the demo plant a mistake."""
    people = (
        Person(
            id="chen-example",
            # Chinese order: family name first.
            name=PersonName(
                text="Chen Example", family="Chen", given="Example", order=NameOrder.FAMILY_FIRST
            ),
            positions=(Position(title="convenor", organization_id="study-group"),),
            evidence=(NOTES,),
        ),
        Person(
            id="somchai-example",
            # Thai names file under the given name.
            name=PersonName(
                text="Somchai Example",
                given="Somchai",
                family="Example",
                order=NameOrder.GIVEN_FIRST,
                sort_by=asean_coop.SortBy.GIVEN,
            ),
            positions=(Position(title="member", organization_id="study-group"),),
            evidence=(NOTES,),
        ),
    )
    event = Event(
        id="meeting",
        name="Study group meeting on China-ASEAN news",
        kind=EventKind.RELEASE,
        date=PartialDate.parse("20 January 2026"),
        place=Place(city="Kuala Lumpur", country="MY"),
        organizers=(Organizer(organization_id="study-group", role=OrganizerRole.ORGANIZER),),
        participants=(
            Participation(person_id="chen-example", role=ParticipantRole.PRESIDER),
            Participation(person_id="somchai-example", role=ParticipantRole.SPEAKER),
        ),
        evidence=(NOTES,),
    )
    return Edition(
        year=2025,
        number=1,
        title="Our study group's top 3 China-ASEAN stories of 2025 (an example)",
        sources=(
            Source(
                id="notes",
                title="Meeting notes",
                publisher="The study group",
                url="https://example.org/notes",
                published=PartialDate(year=2026, month=1, day=20),
            ),
        ),
        organizations=(
            Organization(
                id="study-group",
                name="Example China-ASEAN Study Group",
                kind=OrganizationKind.ASSOCIATION,
                country="MY",
                evidence=(NOTES,),
            ),
        ),
        people=people,
        events=(event,),
        speeches=(
            Speech(
                id="somchai-remarks",
                event_id="meeting",
                speaker_id=speaker_id,
                kind=SpeechKind.REMARKS,
                summary="Somchai explained why the group chose its first story.",
                topics=("head-of-state-diplomacy",),
                mentions=("KH", "MY", "VN"),
                evidence=(NOTES,),
            ),
        ),
        ranking=Ranking(
            id="top-3-2025",
            title="Our top 3 of 2025",
            year=2025,
            edition=1,
            size=3,
            released_at="meeting",
            selected_by=("study-group",),
            stories=(
                Story(
                    position=1,
                    title="President Xi Jinping Chooses Southeast Asia for First Overseas "
                    "Visit of 2025",
                    date=PartialDate(year=2025, month=4, day=14),
                    end_date=PartialDate(year=2025, month=4, day=18),
                    countries=("KH", "MY", "VN"),
                    evidence=(NOTES,),
                ),
            ),
        ),
    )


def main(argv: list[str]) -> int:
    target = Path(argv[1]) if len(argv) > 1 else Path(tempfile.mkdtemp()) / "my-edition.json"

    # 1. A mistake is caught when the edition is built, with the path of the bad value.
    try:
        build(speaker_id="somchai")
    except ValidationError as error:
        print("Building with a typo in a speaker id fails:")
        for problem in error.problems:
            print(f"  {problem.path}: {problem.message}")

    # 2. Records are immutable: add a story with attrs.evolve, and the edition is
    #    rebuilt (and checked again) from the new parts.
    edition = build()
    second = Story(
        position=2,
        title="China and ASEAN sign the upgrade of their free trade area to version 3.0",
        date=PartialDate(year=2025, month=10),
    )
    ranking = attrs.evolve(edition.ranking, stories=(*edition.ranking.stories, second))
    edition = attrs.evolve(edition, ranking=ranking)
    print(f"\nBuilt {edition!r}")
    print(
        f"Ranking complete: {edition.ranking.complete}; "
        f"missing positions: {list(edition.ranking.missing_positions)}"
    )

    # 3. The queries work on your edition just as on the bundled ones.
    print(f"Speakers: {[p.name.text for p in edition.speakers()]}")
    print(f"Found by any written name: {edition.person('SOMCHAI example').id}")

    # 4. Save it as JSON and read it back: the same edition comes out.
    target.parent.mkdir(parents=True, exist_ok=True)
    asean_coop.dump(edition, target)
    again = asean_coop.load(target)
    assert again == edition
    print(f"\nSaved {target} ({target.stat().st_size:,} bytes) and read it back unchanged.")

    # 5. A document edited by hand is checked when it is loaded.
    broken = target.read_text(encoding="utf-8").replace('"remarks"', '"remark"')
    try:
        asean_coop.loads(broken)
    except ValidationError as error:
        print("A hand-edited copy with a bad speech kind is rejected:")
        for problem in error.problems:
            print(f"  {problem}")
    print(f"\nCheck the saved file from a terminal with: asean-coop validate {target}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
