"""A synthetic corpus: valid editions of any size, deterministic for a given seed.

Used by the benchmarks to show that the cost per record stays flat as a corpus
grows. The content is random filler; only its shape matches the real data.
"""

from __future__ import annotations

import random

from asean_coop import (
    Edition,
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
    ParticipantRole,
    Participation,
    Person,
    PersonName,
    Place,
    Position,
    Qualifier,
    Ranking,
    Source,
    Speech,
    SpeechKind,
    Story,
)

__all__ = ["make_corpus", "make_edition"]

_SYLLABLES = ("an", "bin", "cao", "duy", "hoa", "li", "min", "ng", "pha", "son", "tan", "vi")
_COUNTRIES = ("BN", "CN", "ID", "KH", "LA", "MM", "MY", "PH", "SG", "TH", "TL", "VN")


def _word(rng: random.Random) -> str:
    return "".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(1, 3))).capitalize()


def _sentence(rng: random.Random, words: int = 12) -> str:
    return " ".join(_word(rng).lower() for _ in range(words)).capitalize() + "."


def make_edition(people: int, *, seed: int = 0, year: int = 2025) -> Edition:
    """Build a valid edition with ``people`` people and proportionate other records.

    Args:
        people: Number of people; organizations are a third of that, speeches half.
        seed: Seed of the random filler.
        year: The edition's year.

    Returns:
        The edition.
    """
    rng = random.Random(seed)
    cite = (Evidence(source_id="release", paragraphs=(1, 2)),)
    org_ids = [f"org-{i}" for i in range(max(1, people // 3))]
    organizations = tuple(
        Organization(
            id=org_id,
            name=f"{_word(rng)} {_word(rng)} Institute",
            short_name=_word(rng).upper(),
            kind=rng.choice(list(OrganizationKind)),
            country=rng.choice(_COUNTRIES),
            parent_id=org_ids[i // 2] if i and rng.random() < 0.5 else None,
            aliases=(f"{_word(rng)} Centre",),
            evidence=cite,
        )
        for i, org_id in enumerate(org_ids)
    )
    persons = tuple(
        Person(
            id=f"person-{i}",
            name=PersonName(
                text=f"{family} {given}",
                family=family,
                given=given,
                order=NameOrder.FAMILY_FIRST,
            ),
            positions=(
                Position(title="vice president", organization_id=rng.choice(org_ids)),
                Position(title="research fellow", organization_id=rng.choice(org_ids), former=True),
            ),
            evidence=cite,
        )
        for i, (family, given) in enumerate(
            (_word(rng), f"{_word(rng)} {_word(rng)}") for _ in range(people)
        )
    )
    roles = list(ParticipantRole)
    main = Event(
        id="main",
        name="Release ceremony",
        kind=EventKind.CEREMONY,
        date=PartialDate(year=year + 1, month=1, day=15),
        place=Place(city="Nanning", region="Guangxi", country="CN"),
        organizers=tuple(
            Organizer(organization_id=o, role=rng.choice(list(OrganizerRole))) for o in org_ids[:6]
        ),
        participants=tuple(
            Participation(person_id=p.id, role=roles[i % len(roles)]) for i, p in enumerate(persons)
        ),
        attendance=Figure(measure="attendees", value=people * 3, qualifier=Qualifier.MORE_THAN),
        evidence=cite,
    )
    initiatives = tuple(
        Initiative(id=f"initiative-{i}", name=f"{_word(rng)} Corridor", evidence=cite)
        for i in range(5)
    )
    speeches = tuple(
        Speech(
            id=f"speech-{i}",
            event_id="main",
            speaker_id=persons[i].id,
            kind=rng.choice(list(SpeechKind)),
            summary=_sentence(rng, 30),
            points=(_sentence(rng), _sentence(rng), _sentence(rng)),
            topics=("trade", "connectivity"),
            mentions=(rng.choice(org_ids), "initiative-1", rng.choice(_COUNTRIES)),
            figures=(
                Figure(
                    measure="passenger trips",
                    value=rng.randint(1, 10**8),
                    qualifier=Qualifier.NEARLY,
                    subject="initiative-1",
                ),
            ),
            evidence=cite,
        )
        for i in range(people // 2)
    )
    return Edition(
        year=year,
        number=6,
        title=f"Top 10 News Stories on China-ASEAN Cooperation {year}",
        sources=(
            Source(
                id="release",
                title="Release",
                publisher="Publisher",
                url="https://example.org/release",
                published=PartialDate(year=year + 1, month=1, day=27),
            ),
        ),
        organizations=organizations,
        people=persons,
        events=(main,),
        speeches=speeches,
        ranking=Ranking(
            id="top10",
            title="Top 10",
            year=year,
            edition=6,
            size=10,
            released_at="main",
            selected_by=tuple(org_ids[:2]),
            stories=tuple(
                Story(position=p, title=_sentence(rng, 8), date=PartialDate(year=year, month=p))
                for p in range(1, 11)
            ),
        ),
        initiatives=initiatives,
        milestones=tuple(
            Milestone(date=PartialDate(year=2000 + i), title=_sentence(rng, 6), evidence=cite)
            for i in range(10)
        ),
    )


def make_corpus(editions: int, people: int, *, seed: int = 0) -> tuple[Edition, ...]:
    """Build ``editions`` valid editions of ``people`` people each, one per year.

    Args:
        editions: How many editions (years 2000, 2001, ...).
        people: People per edition (half as many speeches, a third as many organizations).
        seed: Seed of the random filler; each edition gets its own.

    Returns:
        The editions, oldest first.
    """
    return tuple(
        make_edition(people, seed=seed * 10_000 + i, year=2000 + i) for i in range(editions)
    )
