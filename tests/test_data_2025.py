"""The bundled 2025 edition: counts and known values pinned per record.

Like python-holidays pins the holidays of each year, these tests pin what the data says
about every person, organization, event, speech, initiative, milestone and erratum, so
that any change to ``edition-2025.json`` is a deliberate one. Whether each record is
really supported by its source is checked by ``test_evidence.py``.
"""

from __future__ import annotations

import re
from importlib import resources
from typing import Any

import attrs
import pytest

import asean_coop
from asean_coop import (
    Edition,
    EventKind,
    Evidence,
    EvidenceKind,
    Figure,
    NameOrder,
    NotFoundError,
    OrganizationKind,
    OrganizerRole,
    PartialDate,
    ParticipantRole,
    Person,
    Place,
    Qualifier,
    SortBy,
    SourceKind,
    SpeechKind,
    UnknownEditionError,
    available_editions,
    dumps,
    load_edition,
    loads,
)

RELEASE = "release-2026-01-27"
CICG_PAGE = "cicg-2026-01-19"
REFERENCE = "general-reference"

P = ParticipantRole
K = OrganizationKind


@pytest.fixture(scope="module")
def edition() -> Edition:
    return load_edition(2025)


def _person(edition: Edition, person_id: str) -> Person:
    return next(p for p in edition.people if p.id == person_id)


# --------------------------------------------------------------------------- loading


def test_2025_is_available() -> None:
    years = available_editions()
    assert 2025 in years
    assert list(years) == sorted(years)


@pytest.mark.parametrize("year", [1999, 2024, 2100])
def test_unknown_edition_names_the_editions_there_are(year: int) -> None:
    with pytest.raises(UnknownEditionError, match=rf"{year}.*2025"):
        load_edition(year)


@pytest.mark.parametrize("year", ["2025", 2025.0, True, None])
def test_edition_year_must_be_an_int(year: object) -> None:
    with pytest.raises(UnknownEditionError):
        load_edition(year)  # type: ignore[arg-type]


def test_unknown_edition_is_a_lookup_error() -> None:
    with pytest.raises(LookupError):
        load_edition(1999)


def test_load_returns_the_same_object(edition: Edition) -> None:
    assert load_edition(2025) is edition
    assert asean_coop.load_edition(2025) is edition


def test_file_is_exactly_what_dumps_writes(edition: Edition) -> None:
    text = (
        resources.files("asean_coop")
        .joinpath("data")
        .joinpath("edition-2025.json")
        .read_text(encoding="utf-8")
    )
    assert text == dumps(edition, indent=2) + "\n"
    assert loads(text) == edition


# --------------------------------------------------------------------------- counts


def test_counts(edition: Edition) -> None:
    speech_figures = sum(len(s.figures) for s in edition.speeches)
    groups = sum(len(e.groups) for e in edition.events)
    attendance = sum(1 for e in edition.events if e.attendance is not None)
    assert {
        "sources": len(edition.sources),
        "organizations": len(edition.organizations),
        "people": len(edition.people),
        "events": len(edition.events),
        "speeches": len(edition.speeches),
        "initiatives": len(edition.initiatives),
        "milestones": len(edition.milestones),
        "errata": len(edition.errata),
        "stories": len(edition.ranking),
        "figures": speech_figures + attendance,
        "participations": sum(len(e.participants) for e in edition.events),
        "organizers": sum(len(e.organizers) for e in edition.events),
        "positions": sum(len(p.positions) for p in edition.people),
        "groups": groups,
    } == {
        "sources": 3,
        "organizations": 38,
        "people": 22,
        "events": 6,
        "speeches": 10,
        "initiatives": 10,
        "milestones": 11,
        "errata": 3,
        "stories": 1,
        "figures": 5,
        "participations": 21,
        "organizers": 11,
        "positions": 26,
        "groups": 2,
    }


def test_edition_header(edition: Edition) -> None:
    assert edition.year == 2025
    assert edition.number == 6
    assert edition.title == "Top 10 News Stories on China-ASEAN Cooperation 2025"


# --------------------------------------------------------------------------- sources


def test_sources(edition: Edition) -> None:
    release, page, reference = edition.sources
    assert (release.kind, page.kind) == (SourceKind.DOCUMENT, SourceKind.DOCUMENT)
    assert release.id == RELEASE
    assert release.title == "Top 10 News Stories on China-ASEAN Cooperation 2025 released"
    assert release.published == PartialDate(year=2026, month=1, day=27)
    assert release.url.startswith("https://www.prnewswire.com/")
    assert "China Report ASEAN" in release.publisher
    assert page.id == CICG_PAGE
    assert page.title == "Top 10 news stories on China-ASEAN cooperation 2025 unveiled"
    assert page.published == PartialDate(year=2026, month=1, day=19)
    assert page.url == "http://www.cicgcorp.com/2026-01/19/content_43337474.html"
    assert reference.id == REFERENCE
    assert reference.kind is SourceKind.GENERAL_REFERENCE
    assert reference.published is None
    assert reference.url == "urn:asean-coop:general-reference"


# --------------------------------------------------------------------------- events

NANNING = Place(city="Nanning", region="Guangxi Zhuang Autonomous Region", country="CN")
JAN_15 = PartialDate(year=2026, month=1, day=15)


def test_main_event(edition: Edition) -> None:
    main = edition.main_event
    assert main.id == "ceremony"
    assert main.kind is EventKind.CEREMONY
    assert main.date == JAN_15
    assert main.place == NANNING
    assert main.parent_id is None
    assert [(o.organization_id, o.role) for o in main.organizers] == [
        ("cicg", OrganizerRole.SUPERVISOR),
        ("cfau", OrganizerRole.SUPERVISOR),
        ("cpc-guangxi-publicity-department", OrganizerRole.SUPERVISOR),
        ("cicg-center-for-asia-pacific", OrganizerRole.CO_HOST),
        ("cfau-institute-of-asian-studies", OrganizerRole.CO_HOST),
        ("guangxi-university", OrganizerRole.CO_HOST),
        ("guangxi-international-communication-center", OrganizerRole.CO_HOST),
    ]
    assert main.people(P.SPEAKER) == (
        "yu-yunquan",
        "li-guozhong",
        "sun-jisheng",
        "wang-jicai",
        "taing-sokngorn",
        "ahmad-phadil-bin-mohamed-ismail",
        "vongpano-sipaseuth",
    )
    assert main.people(P.ATTENDEE) == ("yang-jianping", "xue-bin", "yin-myo-khine", "pham-duy-binh")
    assert main.people(P.PRESIDER) == ("tang-zhihua",)


def test_attendance_is_the_figure_the_source_gives(edition: Edition) -> None:
    figure = edition.main_event.attendance
    assert figure == Figure(measure="attendees", value=300, qualifier=Qualifier.MORE_THAN)
    assert figure is not None
    assert figure.describe() == "more than 300 attendees"
    assert [e.id for e in edition.events if e.attendance is not None] == ["ceremony"]


def test_attendance_says_who_the_attendees_were(edition: Edition) -> None:
    main = edition.main_event
    assert main.attendance_kinds == ("officials", "experts", "scholars", "representatives")
    assert main.attendance_from == ("CN", "asean")
    assert all(e.attendance_kinds == () for e in edition.events if e is not main)


def test_the_main_event_description_keeps_to_the_source(edition: Edition) -> None:
    text = edition.main_event.description or ""
    assert "consuls general of Cambodia, Malaysia and Laos" in text
    assert "sidelines" in text


@pytest.mark.parametrize(
    ("event_id", "kind", "name", "people"),
    [
        (
            "list-release",
            EventKind.RELEASE,
            "Release of the list, with expert comments",
            (
                ("yang-yue", P.PRESIDER),
                ("hu-suojin", P.COMMENTATOR),
                ("tie-fatt-hee", P.COMMENTATOR),
                ("souliya-mounnarath", P.COMMENTATOR),
            ),
        ),
        (
            "roundtable-dialogue",
            EventKind.ROUNDTABLE,
            "Roundtable Dialogue",
            (
                ("lucio-blanco-pitlo-iii", P.PANELIST),
                ("xu-liping", P.PANELIST),
                ("wirun-phichaiwongphakdee", P.PANELIST),
                ("rafael-henrique-zerbetto", P.PANELIST),
                ("li-xiao", P.PANELIST),
            ),
        ),
        (
            "exchange-exhibition",
            EventKind.EXHIBITION,
            "China-ASEAN People-to-People Exchange Achievements Exhibition",
            (),
        ),
        (
            "asean-students-presentation",
            EventKind.OTHER,
            "Cultural and folk products presented by ASEAN students",
            (),
        ),
        (
            "college-of-arts-performances",
            EventKind.PERFORMANCE,
            "Artistic performances by the College of Arts",
            (),
        ),
    ],
)
def test_parts_of_the_event(
    edition: Edition,
    event_id: str,
    kind: EventKind,
    name: str,
    people: tuple[tuple[str, ParticipantRole], ...],
) -> None:
    event = next(e for e in edition.events if e.id == event_id)
    assert event.kind is kind
    assert event.name == name
    assert event.parent_id == "ceremony"
    assert event.date == JAN_15
    assert event.place == NANNING
    assert event.attendance is None
    assert tuple((p.person_id, p.role) for p in event.participants) == people
    assert event.description


def test_events_are_the_main_event_and_its_five_parts(edition: Edition) -> None:
    assert [e.id for e in edition.events] == [
        "ceremony",
        "list-release",
        "roundtable-dialogue",
        "exchange-exhibition",
        "asean-students-presentation",
        "college-of-arts-performances",
    ]


CO_HOSTS = (
    "cicg-center-for-asia-pacific",
    "cfau-institute-of-asian-studies",
    "guangxi-university",
    "guangxi-international-communication-center",
)


def _event(edition: Edition, event_id: str) -> asean_coop.Event:
    return next(e for e in edition.events if e.id == event_id)


def test_only_the_exhibition_has_organizers_of_its_own(edition: Edition) -> None:
    own = {e.id: e.organizers for e in edition.events if e.organizers and e.parent_id}
    assert list(own) == ["exchange-exhibition"]
    assert [(o.organization_id, o.role) for o in own["exchange-exhibition"]] == [
        (org, OrganizerRole.ORGANIZER) for org in CO_HOSTS
    ]


def test_the_exhibitions_organizers_are_marked_as_inferred(edition: Edition) -> None:
    exhibition = _event(edition, "exchange-exhibition")
    stated, inferred = exhibition.evidence
    assert stated == Evidence(source_id=RELEASE, paragraphs=(20,))
    assert (inferred.kind, inferred.about, inferred.paragraphs) == (
        EvidenceKind.INFERRED,
        ("organizers",),
        (2, 20),
    )
    assert inferred.note
    assert "co-hosts" in inferred.note


@pytest.mark.parametrize(
    ("event_id", "phrase"),
    [
        ("list-release", "experts from China and ASEAN countries then commented on its stories"),
        ("roundtable-dialogue", "discussed, heatedly, the prospects for China-ASEAN cooperation"),
    ],
)
def test_event_descriptions_say_what_the_release_says(
    edition: Edition, event_id: str, phrase: str
) -> None:
    assert phrase in (_event(edition, event_id).description or "")


def test_the_exhibition_list_stays_open(edition: Edition) -> None:
    text = _event(edition, "exchange-exhibition").description or ""
    assert "cultural exchange, international communication, academic research" in text
    assert text.endswith("and other areas.")


@pytest.mark.parametrize(
    ("event_id", "role", "organization_id", "words"),
    [
        (
            "asean-students-presentation",
            P.EXHIBITOR,
            "guangxi-university",
            "students from ASEAN countries studying at Guangxi University",
        ),
        (
            "college-of-arts-performances",
            P.PERFORMER,
            "guangxi-university-college-of-arts",
            "teachers and students of the College of Arts",
        ),
    ],
)
def test_sideline_activities_and_their_groups(
    edition: Edition, event_id: str, role: ParticipantRole, organization_id: str, words: str
) -> None:
    event = _event(edition, event_id)
    (group,) = event.groups
    assert (group.role, group.organization_id, group.description) == (role, organization_id, words)
    assert group.countries == ()
    assert event.evidence == (Evidence(source_id=RELEASE, paragraphs=(20,)),)
    assert event.participants == ()


def test_only_the_sideline_activities_have_groups(edition: Edition) -> None:
    assert [e.id for e in edition.events if e.groups] == [
        "asean-students-presentation",
        "college-of-arts-performances",
    ]


# --------------------------------------------------------------------------- people

_Pos = tuple[str, str | None, bool]
_Role = tuple[str, ParticipantRole]

PEOPLE: dict[str, tuple[str, tuple[_Pos, ...], tuple[_Role, ...]]] = {
    "yu-yunquan": (
        "Yu Yunquan",
        (("vice president", "cicg", False),),
        (("ceremony", P.SPEAKER),),
    ),
    "li-guozhong": (
        "Li Guozhong",
        (("secretary", "cpc-guangxi-university-committee", False),),
        (("ceremony", P.SPEAKER),),
    ),
    "sun-jisheng": (
        "Sun Jisheng",
        (("vice president", "cfau", False),),
        (("ceremony", P.SPEAKER),),
    ),
    "wang-jicai": (
        "Wang Jicai",
        (("secretary-general", "caexpo-secretariat", False),),
        (("ceremony", P.SPEAKER),),
    ),
    "taing-sokngorn": (
        "Taing Sokngorn",
        (("Consul General", "cambodia-consulate-general-nanning", False),),
        (("ceremony", P.SPEAKER),),
    ),
    "ahmad-phadil-bin-mohamed-ismail": (
        "Ahmad Phadil bin Mohamed Ismail",
        (("Consul General", "malaysia-consulate-general-nanning", False),),
        (("ceremony", P.SPEAKER),),
    ),
    "vongpano-sipaseuth": (
        "Vongpano Sipaseuth",
        (("Consul General", "laos-consulate-general-nanning", False),),
        (("ceremony", P.SPEAKER),),
    ),
    "yang-jianping": (
        "Yang Jianping",
        (("president", "cicg-center-for-asia-pacific", False),),
        (("ceremony", P.ATTENDEE),),
    ),
    "xue-bin": (
        "Xue Bin",
        (("second-level inspector", "cpc-guangxi-publicity-department", False),),
        (("ceremony", P.ATTENDEE),),
    ),
    "yin-myo-khine": (
        "Yin Myo Khine",
        (("Consul General", "myanmar-consulate-general-nanning", False),),
        (("ceremony", P.ATTENDEE),),
    ),
    "pham-duy-binh": (
        "Pham Duy Binh",
        (("Consul General", "vietnam-consulate-general-nanning", False),),
        (("ceremony", P.ATTENDEE),),
    ),
    "tang-zhihua": (
        "Tang Zhihua",
        (("deputy secretary", "cpc-guangxi-university-committee", False),),
        (("ceremony", P.PRESIDER),),
    ),
    "yang-yue": (
        "Yang Yue",
        (("deputy director", "cfau-institute-of-asian-studies", False),),
        (("list-release", P.PRESIDER),),
    ),
    "hu-suojin": (
        "Hu Suojin",
        (
            ("vice president", "china-association-for-international-economic-cooperation", False),
            (
                "secretary-general",
                "china-association-for-international-economic-cooperation",
                False,
            ),
            ("Commercial Counselor", "chinese-embassy-in-vietnam", True),
        ),
        (("list-release", P.COMMENTATOR),),
    ),
    "tie-fatt-hee": (
        "Tie Fatt Hee",
        (("Honorary Professor", "universiti-malaya-faculty-of-law", False),),
        (("list-release", P.COMMENTATOR),),
    ),
    "souliya-mounnarath": (
        "Souliya Mounnarath",
        (("head", "national-university-of-laos-international-cooperation-division", False),),
        (("list-release", P.COMMENTATOR),),
    ),
    "lucio-blanco-pitlo-iii": (
        "Lucio Blanco Pitlo III",
        (
            ("president", "philippine-association-for-chinese-studies", False),
            ("research fellow", "asia-pacific-pathways-to-progress-foundation", False),
        ),
        (("roundtable-dialogue", P.PANELIST),),
    ),
    "xu-liping": (
        "Xu Liping",
        (
            ("vice president", "center-for-southeast-asian-studies", False),
            ("research fellow", "national-institute-of-international-strategy", False),
        ),
        (("roundtable-dialogue", P.PANELIST),),
    ),
    "wirun-phichaiwongphakdee": (
        "Wirun Phichaiwongphakdee",
        (("director", "thailand-china-belt-and-road-research-center", False),),
        (("roundtable-dialogue", P.PANELIST),),
    ),
    "rafael-henrique-zerbetto": (
        "Rafael Henrique Zerbetto",
        (("Esperanto expert", "cicg-center-for-asia-pacific", False),),
        (("roundtable-dialogue", P.PANELIST),),
    ),
    "li-xiao": (
        "Li Xiao",
        (("chief analyst for China-ASEAN relations", "china-economic-information-service", False),),
        (("roundtable-dialogue", P.PANELIST),),
    ),
    "xi-jinping": ("Xi Jinping", (("President", None, False),), ()),
}


def test_the_people_are_exactly_these(edition: Edition) -> None:
    assert [p.id for p in edition.people] == list(PEOPLE)


@pytest.mark.parametrize("person_id", list(PEOPLE))
def test_person(edition: Edition, person_id: str) -> None:
    text, positions, roles = PEOPLE[person_id]
    person = _person(edition, person_id)
    assert person.name.text == text
    assert person.name.variants == ()
    assert tuple((p.title, p.organization_id, p.former) for p in person.positions) == positions
    found = tuple(
        (event.id, part.role)
        for event in edition.events
        for part in event.participants
        if part.person_id == person_id
    )
    assert found == roles
    expected_honors = ("2025 Chinese Government Friendship Award",)
    assert person.honors == (expected_honors if person_id == "rafael-henrique-zerbetto" else ())
    assert person.evidence
    source = CICG_PAGE if person_id == "xi-jinping" else RELEASE
    assert person.evidence[0].source_id == source
    assert person.evidence[0].kind is EvidenceKind.STATED
    extra = [(e.source_id, e.kind, e.about) for e in person.evidence[1:]]
    expected = [(REFERENCE, EvidenceKind.REFERENCE, ("name",))]
    assert extra == (expected if person_id == "lucio-blanco-pitlo-iii" else [])


def test_xi_jinping_is_named_by_the_cicg_page_only(edition: Edition) -> None:
    xi = _person(edition, "xi-jinping")
    assert xi.evidence == (Evidence(source_id=CICG_PAGE),)
    assert edition.roles_of(xi) == ()
    assert "Xi Jinping" in edition.ranking[1].title


CHINESE = {
    "yu-yunquan": ("Yu", "Yunquan"),
    "li-guozhong": ("Li", "Guozhong"),
    "sun-jisheng": ("Sun", "Jisheng"),
    "wang-jicai": ("Wang", "Jicai"),
    "yang-jianping": ("Yang", "Jianping"),
    "xue-bin": ("Xue", "Bin"),
    "tang-zhihua": ("Tang", "Zhihua"),
    "yang-yue": ("Yang", "Yue"),
    "hu-suojin": ("Hu", "Suojin"),
    "xu-liping": ("Xu", "Liping"),
    "li-xiao": ("Li", "Xiao"),
    "xi-jinping": ("Xi", "Jinping"),
    "tie-fatt-hee": ("Tie", "Fatt Hee"),
    "pham-duy-binh": ("Pham", "Duy Binh"),
    "taing-sokngorn": ("Taing", "Sokngorn"),
}


@pytest.mark.parametrize("person_id", list(CHINESE))
def test_family_first_names(edition: Edition, person_id: str) -> None:
    name = _person(edition, person_id).name
    family, given = CHINESE[person_id]
    assert (name.order, name.family, name.given) == (NameOrder.FAMILY_FIRST, family, given)
    assert name.files_under is SortBy.FAMILY
    assert (name.suffix, name.patronymic, name.middle) == (None, None, None)
    assert name.indexed == f"{family}, {given}"


def test_malay_name_has_a_patronymic_and_no_family_name(edition: Edition) -> None:
    name = _person(edition, "ahmad-phadil-bin-mohamed-ismail").name
    assert name.order is NameOrder.GIVEN_FIRST
    assert (name.given, name.family, name.patronymic) == (
        "Ahmad Phadil",
        None,
        "bin Mohamed Ismail",
    )
    assert name.files_under is SortBy.GIVEN
    assert name.sort_key == ("ahmad phadil", "bin mohamed ismail", "")
    assert name.indexed == "Ahmad Phadil bin Mohamed Ismail"


def test_burmese_name_is_single(edition: Edition) -> None:
    name = _person(edition, "yin-myo-khine").name
    assert name.order is NameOrder.SINGLE
    assert (name.given, name.family, name.patronymic, name.suffix) == (None, None, None, None)
    assert name.files_under is SortBy.TEXT
    assert name.sort_key == ("yin myo khine",)


@pytest.mark.parametrize(
    ("person_id", "given", "family"),
    [
        ("wirun-phichaiwongphakdee", "Wirun", "Phichaiwongphakdee"),
        ("vongpano-sipaseuth", "Vongpano", "Sipaseuth"),
        ("souliya-mounnarath", "Souliya", "Mounnarath"),
    ],
)
def test_thai_and_lao_names_sort_by_given_name(
    edition: Edition, person_id: str, given: str, family: str
) -> None:
    name = _person(edition, person_id).name
    assert name.order is NameOrder.GIVEN_FIRST
    assert (name.given, name.family) == (given, family)
    assert name.sort_by is SortBy.GIVEN
    assert name.sort_key[0] == given.lower()
    assert name.indexed == f"{given} {family}"


def test_filipino_name_has_a_middle_name_and_files_under_pitlo(edition: Edition) -> None:
    person = _person(edition, "lucio-blanco-pitlo-iii")
    name = person.name
    assert (name.order, name.given, name.middle, name.family, name.suffix) == (
        NameOrder.GIVEN_FIRST,
        "Lucio",
        "Blanco",
        "Pitlo",
        "III",
    )
    assert name.sort_by is None
    assert name.files_under is SortBy.FAMILY
    assert name.sort_key == ("pitlo", "lucio blanco", "iii")
    assert name.indexed == "Pitlo, Lucio Blanco, III"
    (reference,) = [e for e in person.evidence if e.kind is EvidenceKind.REFERENCE]
    assert reference.source_id == REFERENCE
    assert reference.paragraphs == ()
    assert reference.note
    assert "mother's family name" in reference.note


def test_only_the_filipino_name_has_a_middle_name(edition: Edition) -> None:
    assert [p.id for p in edition.people if p.name.middle] == ["lucio-blanco-pitlo-iii"]


def test_western_name_files_under_family_name(edition: Edition) -> None:
    name = _person(edition, "rafael-henrique-zerbetto").name
    assert (name.order, name.given, name.family) == (
        NameOrder.GIVEN_FIRST,
        "Rafael Henrique",
        "Zerbetto",
    )
    assert name.indexed == "Zerbetto, Rafael Henrique"


def test_the_western_name_has_no_middle_name(edition: Edition) -> None:
    # Henrique is a second given name in Portuguese use, not a family name.
    assert _person(edition, "rafael-henrique-zerbetto").name.middle is None


def test_every_name_has_its_order_set(edition: Edition) -> None:
    assert {p.id for p in edition.people} == (
        set(CHINESE)
        | {
            "ahmad-phadil-bin-mohamed-ismail",
            "yin-myo-khine",
            "wirun-phichaiwongphakdee",
            "vongpano-sipaseuth",
            "souliya-mounnarath",
            "lucio-blanco-pitlo-iii",
            "rafael-henrique-zerbetto",
        }
    )


def test_index_order_follows_each_culture(edition: Edition) -> None:
    ordered = [p.id for p in sorted(edition.people, key=lambda p: p.name.sort_key)]
    assert ordered.index("ahmad-phadil-bin-mohamed-ismail") == 0  # "ahmad phadil"
    assert ordered.index("wirun-phichaiwongphakdee") > ordered.index("wang-jicai")
    assert ordered.index("lucio-blanco-pitlo-iii") < ordered.index("souliya-mounnarath")
    assert ordered[-1] == "rafael-henrique-zerbetto"  # "zerbetto"


# --------------------------------------------------------------------------- organizations

_Org = tuple[str, str | None, OrganizationKind, str | None, str | None, tuple[str, ...]]

ORGANIZATIONS: dict[str, _Org] = {
    "cicg": ("China International Communications Group", "CICG", K.MEDIA, "CN", None, ()),
    "cfau": ("China Foreign Affairs University", "CFAU", K.UNIVERSITY, "CN", None, ()),
    "cpc": ("Communist Party of China", "CPC", K.PARTY, "CN", None, ()),
    "cpc-guangxi-committee": (
        "Communist Party of China Guangxi Zhuang Autonomous Regional Committee",
        None,
        K.PARTY,
        "CN",
        "cpc",
        ("CPC Guangxi Zhuang Autonomous Regional Committee",),
    ),
    "cpc-guangxi-publicity-department": (
        "Publicity Department of the Communist Party of China Guangxi Zhuang Autonomous "
        "Regional Committee",
        None,
        K.PARTY,
        "CN",
        "cpc-guangxi-committee",
        ("Publicity Department of the CPC Guangxi Zhuang Autonomous Regional Committee",),
    ),
    "cicg-center-for-asia-pacific": (
        "CICG Center for Asia-Pacific",
        None,
        K.MEDIA,
        "CN",
        "cicg",
        (),
    ),
    "cfau-institute-of-asian-studies": (
        "CFAU Institute of Asian Studies",
        None,
        K.RESEARCH,
        "CN",
        "cfau",
        ("Institute of Asian Studies",),
    ),
    "guangxi-university": ("Guangxi University", None, K.UNIVERSITY, "CN", None, ()),
    "guangxi-international-communication-center": (
        "Guangxi International Communication Center",
        None,
        K.MEDIA,
        "CN",
        None,
        (),
    ),
    "cpc-guangxi-university-committee": (
        "CPC Guangxi University Committee",
        None,
        K.PARTY,
        "CN",
        "guangxi-university",
        (),
    ),
    "caexpo-secretariat": (
        "China-ASEAN Expo Secretariat",
        None,
        K.SECRETARIAT,
        "CN",
        None,
        ("CAEXPO Secretariat",),
    ),
    "cambodia-consulate-general-nanning": (
        "Consulate General of the Kingdom of Cambodia in Nanning",
        None,
        K.DIPLOMATIC_MISSION,
        "KH",
        None,
        (),
    ),
    "malaysia-consulate-general-nanning": (
        "Consulate General of Malaysia in Nanning",
        None,
        K.DIPLOMATIC_MISSION,
        "MY",
        None,
        (),
    ),
    "laos-consulate-general-nanning": (
        "Consulate General of the Lao PDR in Nanning",
        None,
        K.DIPLOMATIC_MISSION,
        "LA",
        None,
        (),
    ),
    "myanmar-consulate-general-nanning": (
        "Consulate General of the Republic of the Union of Myanmar in Nanning",
        None,
        K.DIPLOMATIC_MISSION,
        "MM",
        None,
        (),
    ),
    "vietnam-consulate-general-nanning": (
        "Consulate General of the Socialist Republic of Vietnam in Nanning",
        None,
        K.DIPLOMATIC_MISSION,
        "VN",
        None,
        (),
    ),
    "vietnam-national-university-hanoi": (
        "Vietnam National University, Hanoi",
        None,
        K.UNIVERSITY,
        "VN",
        None,
        (),
    ),
    "national-university-of-malaysia": (
        "National University of Malaysia",
        None,
        K.UNIVERSITY,
        "MY",
        None,
        (),
    ),
    "chulalongkorn-university": ("Chulalongkorn University", None, K.UNIVERSITY, "TH", None, ()),
    "cfau-research-center-shared-future": (
        "Research Center for a Community with a Shared Future for Humanity",
        None,
        K.RESEARCH,
        "CN",
        "cfau",
        (),
    ),
    "asean": ("Association of Southeast Asian Nations", "ASEAN", K.OTHER, None, None, ()),
    "ministry-of-commerce": ("Ministry of Commerce", None, K.GOVERNMENT, "CN", None, ()),
    "china-association-for-international-economic-cooperation": (
        "China Association for International Economic Cooperation",
        None,
        K.ASSOCIATION,
        "CN",
        "ministry-of-commerce",
        (),
    ),
    "chinese-embassy-in-vietnam": (
        "Chinese Embassy in Vietnam",
        None,
        K.DIPLOMATIC_MISSION,
        "CN",
        None,
        (),
    ),
    "universiti-malaya": ("Universiti Malaya", None, K.UNIVERSITY, "MY", None, ()),
    "universiti-malaya-faculty-of-law": (
        "Universiti Malaya Faculty of Law",
        None,
        K.ACADEMIC_UNIT,
        "MY",
        "universiti-malaya",
        ("Faculty of Law",),
    ),
    "national-university-of-laos": (
        "National University of Laos",
        None,
        K.UNIVERSITY,
        "LA",
        None,
        (),
    ),
    "national-university-of-laos-international-cooperation-division": (
        "National University of Laos International Cooperation Division",
        None,
        K.ACADEMIC_UNIT,
        "LA",
        "national-university-of-laos",
        ("International Cooperation Division",),
    ),
    "philippine-association-for-chinese-studies": (
        "Philippine Association for Chinese Studies",
        None,
        K.ASSOCIATION,
        "PH",
        None,
        (),
    ),
    "asia-pacific-pathways-to-progress-foundation": (
        "Asia Pacific Pathways to Progress Foundation",
        None,
        K.FOUNDATION,
        "PH",
        None,
        (),
    ),
    "center-for-southeast-asian-studies": (
        "Center for Southeast Asian Studies",
        None,
        K.RESEARCH,
        "CN",
        "chinese-academy-of-social-sciences",
        (),
    ),
    "chinese-academy-of-social-sciences": (
        "Chinese Academy of Social Sciences",
        None,
        K.RESEARCH,
        "CN",
        None,
        (),
    ),
    "national-institute-of-international-strategy": (
        "National Institute of International Strategy",
        None,
        K.RESEARCH,
        "CN",
        "chinese-academy-of-social-sciences",
        (),
    ),
    "thailand-china-belt-and-road-research-center": (
        "Thailand-China Belt and Road Research Center",
        None,
        K.RESEARCH,
        "TH",
        None,
        (),
    ),
    "xinhua-news-agency": ("Xinhua News Agency", None, K.MEDIA, "CN", None, ()),
    "china-economic-information-service": (
        "China Economic Information Service",
        None,
        K.MEDIA,
        "CN",
        "xinhua-news-agency",
        (),
    ),
    "guangxi-university-school-of-artificial-intelligence": (
        "Guangxi University school of artificial intelligence",
        None,
        K.ACADEMIC_UNIT,
        "CN",
        "guangxi-university",
        ("school of artificial intelligence",),
    ),
    "guangxi-university-college-of-arts": (
        "Guangxi University College of Arts",
        None,
        K.ACADEMIC_UNIT,
        "CN",
        "guangxi-university",
        ("College of Arts",),
    ),
}


def test_the_organizations_are_exactly_these(edition: Edition) -> None:
    assert [o.id for o in edition.organizations] == list(ORGANIZATIONS)


@pytest.mark.parametrize("org_id", list(ORGANIZATIONS))
def test_organization(edition: Edition, org_id: str) -> None:
    org = next(o for o in edition.organizations if o.id == org_id)
    assert (
        org.name,
        org.short_name,
        org.kind,
        org.country,
        org.parent_id,
        org.aliases,
    ) == ORGANIZATIONS[org_id]
    first, *more = org.evidence
    assert (first.source_id, first.kind, first.about) == (RELEASE, EvidenceKind.STATED, ())
    assert [(e.source_id, e.kind, e.about) for e in more] == ORGANIZATION_PROVENANCE.get(org_id, [])


R_ = EvidenceKind.REFERENCE
I_ = EvidenceKind.INFERRED
S_ = EvidenceKind.STATED
ORGANIZATION_PROVENANCE: dict[str, list[tuple[str, EvidenceKind, tuple[str, ...]]]] = {
    "guangxi-university": [(RELEASE, S_, ("country",))],
    "guangxi-international-communication-center": [(RELEASE, S_, ("country",))],
    "caexpo-secretariat": [(REFERENCE, R_, ("country",))],
    "ministry-of-commerce": [(RELEASE, I_, ("country",))],
    "universiti-malaya": [(RELEASE, I_, ("country",))],
    "asia-pacific-pathways-to-progress-foundation": [(REFERENCE, R_, ("country",))],
    "center-for-southeast-asian-studies": [(REFERENCE, R_, ("country", "parent_id"))],
    "thailand-china-belt-and-road-research-center": [(REFERENCE, R_, ("country",))],
    "xinhua-news-agency": [(REFERENCE, R_, ("country",))],
    "china-economic-information-service": [(REFERENCE, R_, ("country", "parent_id"))],
    "guangxi-university-college-of-arts": [(RELEASE, I_, ("country", "parent_id"))],
}


def test_every_organization_has_a_country_but_asean(edition: Edition) -> None:
    assert [o.id for o in edition.organizations if o.country is None] == ["asean"]


def test_a_parent_is_never_less_specific_than_its_child(edition: Edition) -> None:
    by_id = {o.id: o for o in edition.organizations}
    for org in edition.organizations:
        if org.parent_id is not None and org.country is not None:
            assert by_id[org.parent_id].country == org.country, org.id


def test_reference_and_inferred_evidence_say_what_they_rest_on(edition: Edition) -> None:
    for fact in edition.facts():
        if fact.kind is EvidenceKind.REFERENCE:
            assert fact.source.kind is SourceKind.GENERAL_REFERENCE
            assert fact.evidence.paragraphs == ()
        else:
            assert fact.source.kind is SourceKind.DOCUMENT
        if fact.kind is not EvidenceKind.STATED:
            assert fact.evidence.note, fact


def test_the_facts_query_lists_each_kind(edition: Edition) -> None:
    reference = [(f.collection, f.record, f.about) for f in edition.facts("reference")]
    assert reference == [
        ("organizations", "caexpo-secretariat", ("country",)),
        ("organizations", "asia-pacific-pathways-to-progress-foundation", ("country",)),
        ("organizations", "center-for-southeast-asian-studies", ("country", "parent_id")),
        ("organizations", "thailand-china-belt-and-road-research-center", ("country",)),
        ("organizations", "xinhua-news-agency", ("country",)),
        ("organizations", "china-economic-information-service", ("country", "parent_id")),
        ("people", "lucio-blanco-pitlo-iii", ("name",)),
        (
            "milestones",
            "Timor-Leste joins ASEAN as its 11th member state, with Malaysia as ASEAN chair "
            "facilitating",
            ("date",),
        ),
    ]
    inferred = [(f.collection, f.record, f.about) for f in edition.facts(EvidenceKind.INFERRED)]
    assert inferred == [
        ("organizations", "ministry-of-commerce", ("country",)),
        ("organizations", "universiti-malaya", ("country",)),
        ("organizations", "guangxi-university-college-of-arts", ("country", "parent_id")),
        ("events", "exchange-exhibition", ("organizers",)),
    ]
    stated = edition.facts("Stated")
    assert len(stated) + len(reference) + len(inferred) == len(edition.facts())
    assert all(f.kind is EvidenceKind.STATED for f in stated)
    with pytest.raises(ValueError, match="choices: stated, inferred, reference"):
        edition.facts("guessed")


def test_people_from_thailand_through_a_reference_fact(edition: Edition) -> None:
    from asean_coop.query._provenance import country_facts

    assert [p.id for p in edition.people_from("Thailand")] == ["wirun-phichaiwongphakdee"]
    wirun = _person(edition, "wirun-phichaiwongphakdee")
    org = wirun.positions[0].organization_id
    assert org == "thailand-china-belt-and-road-research-center"
    (fact,) = country_facts(edition, org)
    assert (fact.kind, fact.source.id, fact.about) == (R_, REFERENCE, ("country",))


@pytest.mark.parametrize(
    ("code", "organization", "person"),
    [
        ("TH", "thailand-china-belt-and-road-research-center", "wirun-phichaiwongphakdee"),
        ("PH", "asia-pacific-pathways-to-progress-foundation", "lucio-blanco-pitlo-iii"),
        ("CN", "center-for-southeast-asian-studies", "xu-liping"),
        ("CN", "china-economic-information-service", "li-xiao"),
    ],
)
def test_countries_represented_through_the_new_attributions(
    edition: Edition, code: str, organization: str, person: str
) -> None:
    from asean_coop.query._provenance import country_facts

    assert code in [c.code for c in edition.countries_represented()]
    assert person in [p.id for p in edition.people_from(code)]
    assert any(p.organization_id == organization for p in _person(edition, person).positions)
    facts = country_facts(edition, organization)
    assert facts
    assert all(f.kind is R_ and f.source.id == REFERENCE for f in facts)


def test_countries_represented(edition: Edition) -> None:
    assert [c.code for c in edition.countries_represented()] == [
        "CN",
        "KH",
        "LA",
        "MM",
        "MY",
        "PH",
        "TH",
        "VN",
    ]


def test_a_stated_country_is_traced_to_the_record_itself(edition: Edition) -> None:
    from asean_coop.query._provenance import country_facts

    (fact,) = country_facts(edition, "cambodia-consulate-general-nanning")
    assert (fact.kind, fact.about, fact.evidence.paragraphs) == (S_, (), (3,))
    # A unit without a country of its own would take its parent's; ASEAN has none.
    assert country_facts(edition, "asean") == ()


def test_a_consulate_belongs_to_its_sending_state_not_to_china(edition: Edition) -> None:
    missions = {o.id: o.country for o in edition.organizations if o.kind is K.DIPLOMATIC_MISSION}
    assert missions == {
        "cambodia-consulate-general-nanning": "KH",
        "malaysia-consulate-general-nanning": "MY",
        "laos-consulate-general-nanning": "LA",
        "myanmar-consulate-general-nanning": "MM",
        "vietnam-consulate-general-nanning": "VN",
        "chinese-embassy-in-vietnam": "CN",
    }


def test_every_current_position_of_a_consul_is_with_a_mission(edition: Edition) -> None:
    kinds = {o.id: o.kind for o in edition.organizations}
    for person in edition.people:
        for position in person.positions:
            if position.title == "Consul General":
                assert position.organization_id is not None
                assert kinds[position.organization_id] is K.DIPLOMATIC_MISSION


def test_every_position_names_its_organization_but_xi_jinpings(edition: Edition) -> None:
    missing = [p.id for p in edition.people for q in p.positions if q.organization_id is None]
    assert missing == ["xi-jinping"]


def test_only_hu_suojin_has_a_former_post(edition: Edition) -> None:
    former = [(p.id, q.title) for p in edition.people for q in p.positions if q.former]
    assert former == [("hu-suojin", "Commercial Counselor")]


# --------------------------------------------------------------------------- initiatives

INITIATIVES: dict[str, tuple[str, str | None, tuple[str, ...]]] = {
    "china-asean-expo": ("China-ASEAN Expo", "CAEXPO", ()),
    "belt-and-road": ("Belt and Road Initiative", None, ("Belt and Road cooperation",)),
    "cafta-3-0": ("China-ASEAN Free Trade Area 3.0", "CAFTA 3.0", ()),
    "asean-regional-and-country-studies-alliance": (
        "ASEAN regional and country studies alliance",
        None,
        (),
    ),
    "asean-language-corpus-annotation-standard": (
        "local standard for ASEAN language corpus annotation",
        None,
        (),
    ),
    "asean-community-vision-2045": ("ASEAN Community Vision 2045", None, ()),
    "kuala-lumpur-peace-accord": ("Kuala Lumpur Peace Accord", None, ()),
    "two-countries-twin-parks": ("Two Countries, Twin Parks", None, ()),
    "laos-china-railway": ("Laos-China Railway", None, ()),
    "asean-china-year-of-people-to-people-exchanges": (
        "ASEAN-China Year of People-to-People Exchanges",
        None,
        (),
    ),
}


def test_initiatives(edition: Edition) -> None:
    found = {i.id: (i.name, i.short_name, i.aliases) for i in edition.initiatives}
    assert found == INITIATIVES
    assert list(found) == list(INITIATIVES)
    assert all(i.evidence for i in edition.initiatives)


# id: (countries, parties, organization_ids, route, designations as (term, speech id))
_Relations = tuple[
    tuple[str, ...], tuple[str, ...], tuple[str, ...], tuple[str, ...], tuple[tuple[str, str], ...]
]
RELATIONS: dict[str, _Relations] = {
    "china-asean-expo": (
        ("CN",),
        (),
        ("caexpo-secretariat",),
        (),
        (("important regional public platform", "wang-jicai-address"),),
    ),
    "belt-and-road": ((), (), (), (), ()),
    "cafta-3-0": (("CN",), (), (), (), ()),
    "asean-regional-and-country-studies-alliance": (("CN",), (), ("guangxi-university",), (), ()),
    "asean-language-corpus-annotation-standard": (("CN",), (), ("guangxi-university",), (), ()),
    "asean-community-vision-2045": ((), (), ("asean",), (), ()),
    "kuala-lumpur-peace-accord": (("KH", "TH"), ("KH", "TH"), (), (), ()),
    "two-countries-twin-parks": (
        ("CN", "MY"),
        (),
        (),
        (),
        (("flagship cooperation project", "ahmad-phadil-bin-mohamed-ismail-address"),),
    ),
    "laos-china-railway": (
        ("CN", "LA"),
        (),
        (),
        ("Kunming", "Vientiane"),
        (
            ("landmark project", "vongpano-sipaseuth-address"),
            ("economic artery", "vongpano-sipaseuth-address"),
        ),
    ),
    "asean-china-year-of-people-to-people-exchanges": (("CN",), (), (), (), ()),
}


@pytest.mark.parametrize("initiative_id", list(RELATIONS))
def test_initiative_relations(edition: Edition, initiative_id: str) -> None:
    initiative = edition.initiative(initiative_id)
    assert (
        initiative.countries,
        initiative.parties,
        initiative.organization_ids,
        initiative.route,
        tuple((d.term, d.speech_id) for d in initiative.designations),
    ) == RELATIONS[initiative_id]
    assert list(initiative.countries) == sorted(initiative.countries)


def test_guangxi_universitys_new_initiatives_say_they_are_firsts(edition: Edition) -> None:
    alliance = edition.initiative("asean-regional-and-country-studies-alliance")
    standard = edition.initiative("asean-language-corpus-annotation-standard")
    assert alliance.description
    assert "first alliance in China" in alliance.description
    assert standard.description
    assert "first local standard in Guangxi" in standard.description
    assert edition.initiative("china-asean-expo").description == (
        "Held in Nanning every year since 2004."
    )
    described = [i.id for i in edition.initiatives if i.description]
    assert described == [
        "china-asean-expo",
        "asean-regional-and-country-studies-alliance",
        "asean-language-corpus-annotation-standard",
    ]


def test_initiatives_and_organizations_do_not_share_ids(edition: Edition) -> None:
    assert not {i.id for i in edition.initiatives} & {o.id for o in edition.organizations}


# --------------------------------------------------------------------------- speeches

A, C = SpeechKind.ADDRESS, SpeechKind.COMMENTARY
SPEECHES: dict[str, tuple[str, str, SpeechKind, tuple[int, ...], tuple[str, ...]]] = {
    "yu-yunquan-address": ("yu-yunquan", "ceremony", A, (6,), ("CN", "asean")),
    "li-guozhong-address": (
        "li-guozhong",
        "ceremony",
        A,
        (7,),
        (
            "CN",
            "asean",
            "guangxi-university",
            "asean-regional-and-country-studies-alliance",
            "guangxi-university-school-of-artificial-intelligence",
            "asean-language-corpus-annotation-standard",
            "vietnam-national-university-hanoi",
            "national-university-of-malaysia",
            "chulalongkorn-university",
        ),
    ),
    "sun-jisheng-address": (
        "sun-jisheng",
        "ceremony",
        A,
        (8,),
        (
            "CN",
            "asean",
            "cfau",
            "cfau-institute-of-asian-studies",
            "cfau-research-center-shared-future",
        ),
    ),
    "wang-jicai-address": (
        "wang-jicai",
        "ceremony",
        A,
        (9,),
        ("china-asean-expo", "CN", "asean", "belt-and-road", "cafta-3-0"),
    ),
    "taing-sokngorn-address": ("taing-sokngorn", "ceremony", A, (10,), ("KH", "CN")),
    "ahmad-phadil-bin-mohamed-ismail-address": (
        "ahmad-phadil-bin-mohamed-ismail",
        "ceremony",
        A,
        (11,),
        (
            "MY",
            "CN",
            "asean",
            "asean-community-vision-2045",
            "kuala-lumpur-peace-accord",
            "TH",
            "KH",
            "TL",
            "china-asean-expo",
            "two-countries-twin-parks",
        ),
    ),
    "vongpano-sipaseuth-address": (
        "vongpano-sipaseuth",
        "ceremony",
        A,
        (12,),
        ("LA", "CN", "laos-china-railway", "asean"),
    ),
    "hu-suojin-commentary": ("hu-suojin", "list-release", C, (15,), ("CN", "asean")),
    "tie-fatt-hee-commentary": ("tie-fatt-hee", "list-release", C, (16,), ("MY", "asean", "CN")),
    "souliya-mounnarath-commentary": (
        "souliya-mounnarath",
        "list-release",
        C,
        (17,),
        ("asean-china-year-of-people-to-people-exchanges", "CN", "asean"),
    ),
}


def test_the_speeches_are_exactly_these(edition: Edition) -> None:
    assert [s.id for s in edition.speeches] == list(SPEECHES)


@pytest.mark.parametrize("speech_id", list(SPEECHES))
def test_speech(edition: Edition, speech_id: str) -> None:
    speaker, event, kind, paragraphs, mentions = SPEECHES[speech_id]
    speech = next(s for s in edition.speeches if s.id == speech_id)
    assert (speech.speaker_id, speech.event_id, speech.kind) == (speaker, event, kind)
    assert speech.evidence == (Evidence(source_id=RELEASE, paragraphs=paragraphs),)
    assert speech.mentions == mentions
    assert speech.summary.startswith(_person(edition, speaker).name.text)
    assert 3 <= len(speech.points) <= 5
    assert speech.topics == tuple(sorted(set(speech.topics)))
    assert all(re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", t) for t in speech.topics)


# Claims pinned speech by speech: phrases each must carry, and phrases it must not
# (the stronger, weaker or different claims an earlier wording made).
CLAIMS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "yu-yunquan-address": (
        (
            "strategic partners and a community with a shared future",
            "As good partners, China and ASEAN are committed to developing together, taking the "
            "long view, understanding each other and gaining global prominence",
            "deeper media cooperation",
            "stronger think-tank collaboration",
            "people-to-people and cultural exchange to consolidate public support",
            "building the China-ASEAN community with a shared future",
            "faithful recorders, keen communicators, thorough researchers and practical promoters",
        ),
        ("form a community with a shared future, with common development",),
    ),
    "li-guozhong-address": (
        (
            "most successful and dynamic model of regional cooperation",
            '"cultivating ASEAN and facing the world"',
            "China's first alliance for ASEAN regional and country studies",
            "Chulalongkorn University and other institutions",
            "strategic policy advice",
        ),
        ("leading", "rooted in ASEAN"),
    ),
    "sun-jisheng-address": (
        ("many dimensions", "among those named are", "consolidates consensus for future"),
        ("six", "from head-of-state diplomacy to"),
    ),
    "wang-jicai-address": (
        (
            "praise and support from all parties",
            "economic and trade cooperation",
            "raising relations to a new height",
            "important regional public platform",
            "effectively advanced Guangxi's opening-up",
            "enterprises the main drivers",
        ),
        (),
    ),
    "taing-sokngorn-address": (
        (
            "several areas, infrastructure, trade and investment, and cultural exchange among them",
            "emerging fields, digital innovation and green development for example",
            "Cambodia's long-term development",
        ),
        ("Consensus was reached on infrastructure",),
    ),
    "ahmad-phadil-bin-mohamed-ismail-address": (
        (
            "actively promoted regional prosperity and development",
            "Malaysia facilitated the adoption of the ASEAN Community Vision 2045",
            "three milestones it facilitated",
            "flagship cooperation project",
        ),
        ("what Malaysia achieved", "saw the ASEAN Community Vision 2045 adopted", "acts of ASEAN"),
    ),
    "vongpano-sipaseuth-address": (
        ("encouraging progress", "totals to date", "has so far carried", "reaching out to ASEAN"),
        ("good progress", "from Kunming to Vientiane"),
    ),
    "hu-suojin-commentary": (
        (
            "saw the event as both a systematic summary of the past year's relations and a new "
            "beginning",
            "the event is both a systematic summary",
            "seize opportunities, meet challenges",
            "on its solid foundation",
        ),
        ("saw the list as", "keeps widening"),
    ),
    "tie-fatt-hee-commentary": (
        ("a crucial year to move from growth to maturity", "emerging fields such as"),
        ("matured", "moved from growth towards maturity"),
    ),
    "souliya-mounnarath-commentary": (
        (
            "able to overcome obstacles",
            "hoped that more young people",
            "to deepen mutual understanding and boost innovative vitality",
        ),
        ("should join",),
    ),
}


@pytest.mark.parametrize("speech_id", list(CLAIMS))
def test_speech_claims(edition: Edition, speech_id: str) -> None:
    must, must_not = CLAIMS[speech_id]
    speech = edition.speech(speech_id)
    text = " ".join((speech.summary, *speech.points))
    assert [m for m in must if m not in text] == []
    assert [m for m in must_not if m in text] == []


def test_every_speaker_has_one_speech(edition: Edition) -> None:
    speakers = [s.speaker_id for s in edition.speeches]
    assert len(speakers) == len(set(speakers))
    expected = {
        p.person_id
        for e in edition.events
        for p in e.participants
        if p.role in (P.SPEAKER, P.COMMENTATOR)
    }
    assert set(speakers) == expected


def test_speeches_about_the_list_cover_its_dimensions(edition: Edition) -> None:
    sun = next(s for s in edition.speeches if s.id == "sun-jisheng-address")
    assert {"digital-transformation", "green-development", "head-of-state-diplomacy"} <= set(
        sun.topics
    )


def test_railway_figures_keep_their_different_qualifiers(edition: Edition) -> None:
    speech = next(s for s in edition.speeches if s.id == "vongpano-sipaseuth-address")
    trips, freight = speech.figures
    assert trips == Figure(
        measure="passenger trips",
        value=20_000_000,
        qualifier=Qualifier.NEARLY,
        subject="laos-china-railway",
        cumulative=True,
    )
    assert freight == Figure(
        measure="freight",
        value=24_000_000,
        unit="tons",
        qualifier=Qualifier.OVER,
        subject="laos-china-railway",
        cumulative=True,
    )
    assert freight.describe() == "over 24,000,000 tons of freight"
    assert trips.cumulative
    assert freight.cumulative
    assert (trips.as_of, freight.as_of) == (None, None)
    assert trips.describe() == "nearly 20,000,000 passenger trips"


def test_anniversary_figures(edition: Edition) -> None:
    speech = next(s for s in edition.speeches if s.id == "hu-suojin-commentary")
    assert [(f.value, f.qualifier, f.as_of) for f in speech.figures] == [
        (35, Qualifier.EXACT, PartialDate(year=2026)),
        (5, Qualifier.EXACT, PartialDate(year=2026)),
    ]


def test_only_the_railway_figures_are_totals_to_date(edition: Edition) -> None:
    cumulative = [f.measure for s in edition.speeches for f in s.figures if f.cumulative]
    assert cumulative == ["passenger trips", "freight"]
    assert edition.main_event.attendance is not None
    assert not edition.main_event.attendance.cumulative


def test_only_two_speeches_cite_numbers(edition: Edition) -> None:
    assert [s.id for s in edition.speeches if s.figures] == [
        "vongpano-sipaseuth-address",
        "hu-suojin-commentary",
    ]


_GENDERED = re.compile(r"\b(he|him|his|she|her|hers|himself|herself)\b", re.IGNORECASE)


def test_no_gender_is_asserted(edition: Edition) -> None:
    texts = [s.summary for s in edition.speeches] + [p for s in edition.speeches for p in s.points]
    texts += [e.description or "" for e in edition.events]
    texts += [s.summary or "" for s in edition.ranking.stories]
    assert [t for t in texts if _GENDERED.search(t)] == []


# --------------------------------------------------------------------------- milestones

_M = tuple[str, str, tuple[str, ...], tuple[str, ...], tuple[int, ...]]
FACILITATING = ", with Malaysia as ASEAN chair facilitating"
MILESTONES: list[_M] = [
    ("2004", "China-ASEAN Expo launched, held in Nanning each year since", ("CN",), (), (9,)),
    ("2025", "Guangxi University's 14th Five-Year Plan concluded", ("CN",), (), (7,)),
    (
        "2025",
        "22nd China-ASEAN Expo held, with artificial intelligence as its focus",
        ("CN",),
        (),
        (9,),
    ),
    ("2025", "Malaysia holds the rotating ASEAN chair", ("MY",), (), (11, 16)),
    ("2025", "ASEAN Community Vision 2045 adopted" + FACILITATING, ("MY",), ("asean",), (11,)),
    (
        "2025",
        "Kuala Lumpur Peace Accord signed between Thailand and Cambodia" + FACILITATING,
        ("KH", "MY", "TH"),
        (),
        (11,),
    ),
    ("2025", "ASEAN-China Year of People-to-People Exchanges", ("CN",), ("asean",), (17,)),
    (
        "2025-10-26",
        "Timor-Leste joins ASEAN as its 11th member state" + FACILITATING,
        ("MY", "TL"),
        ("asean",),
        (11,),
    ),
    ("2026", "35th anniversary of China-ASEAN dialogue relations", ("CN",), ("asean",), (15,)),
    (
        "2026",
        "5th anniversary of the China-ASEAN comprehensive strategic partnership",
        ("CN",),
        ("asean",),
        (15,),
    ),
    ("2026-09", "23rd China-ASEAN Expo scheduled", ("CN",), (), (9,)),
]


def test_milestones(edition: Edition) -> None:
    found = [
        (
            str(m.date),
            m.title,
            m.countries,
            m.organizations,
            tuple(p for e in m.evidence for p in e.paragraphs),
        )
        for m in edition.milestones
    ]
    assert found == MILESTONES
    assert all(m.evidence[0].source_id == RELEASE for m in edition.milestones)


def test_milestones_are_in_date_order(edition: Edition) -> None:
    dates = [m.date for m in edition.milestones]
    assert dates == sorted(dates)


def test_milestone_countries_are_sorted(edition: Edition) -> None:
    assert all(list(m.countries) == sorted(m.countries) for m in edition.milestones)


def test_the_23rd_expo_is_in_september_2026(edition: Edition) -> None:
    expo = next(m for m in edition.milestones if m.title.startswith("23rd"))
    assert expo.date == PartialDate(year=2026, month=9)
    assert expo.date.precision.value == "month"


def test_only_timor_lestes_accession_has_a_day_and_it_is_general_reference(
    edition: Edition,
) -> None:
    # The release dates none of the facts its speakers cite to the day; the day of
    # Timor-Leste's accession comes from general reference, and says so.
    dated = [m for m in edition.milestones if m.date.day is not None]
    assert [m.title for m in dated] == [
        "Timor-Leste joins ASEAN as its 11th member state" + FACILITATING
    ]
    (accession,) = dated
    assert accession.date == PartialDate(year=2025, month=10, day=26)
    assert accession.date == asean_coop.country("TL").asean_joined
    stated, reference = accession.evidence
    assert stated == Evidence(source_id=RELEASE, paragraphs=(11,))
    assert (reference.source_id, reference.kind, reference.about) == (
        REFERENCE,
        EvidenceKind.REFERENCE,
        ("date",),
    )


def test_asean_wide_acts_are_not_malaysias_alone(edition: Edition) -> None:
    for milestone in edition.milestones:
        if milestone.title.endswith(FACILITATING):
            assert milestone.countries != ("MY",) or milestone.organizations == ("asean",)
            assert len(milestone.countries) + len(milestone.organizations) >= 2


# --------------------------------------------------------------------------- ranking


def test_ranking(edition: Edition) -> None:
    ranking = edition.ranking
    assert ranking.id == "top-10-2025"
    assert ranking.title == "Top 10 News Stories on China-ASEAN Cooperation 2025"
    assert (ranking.year, ranking.edition, ranking.size) == (2025, 6, 10)
    assert ranking.released_at == "list-release"
    assert ranking.selected_by == (
        "cicg-center-for-asia-pacific",
        "cfau-institute-of-asian-studies",
    )
    assert ranking.dimensions == (
        "digital transformation",
        "economic and trade upgrading",
        "green development",
        "head-of-state diplomacy",
        "non-traditional security cooperation",
        "people-to-people exchange",
    )


def test_the_dimensions_are_open_and_are_sun_jishengs(edition: Edition) -> None:
    ranking = edition.ranking
    assert ranking.dimensions_open is True
    assert ranking.dimensions_by == "sun-jisheng-address"
    assert edition.speech(ranking.dimensions_by).speaker_id == "sun-jisheng"


def test_the_selection(edition: Edition) -> None:
    ranking = edition.ranking
    assert ranking.collaborators == (
        "relevant academic institutions, which the release does not name"
    )
    first, second = ranking.assessment
    assert first.startswith("Over the year, guided by head-of-state diplomacy")
    assert "more diverse areas" in first
    assert "higher levels" in first
    assert "firmer foundation" in first
    assert second == "That has given bilateral relations sustained momentum."


def test_the_series(edition: Edition) -> None:
    series = edition.ranking.series
    assert series is not None
    assert series.annual is True
    assert edition.ranking.edition == edition.number == 6
    assert series.aims == ("documenting progress", "building consensus", "fostering dialogue")
    assert series.fields == ("politics", "economics", "culture", "sustainable development")
    assert series.fields_open is True
    assert series.standing
    assert "signature brand activity" in series.standing
    assert series.evidence == (Evidence(source_id=RELEASE, paragraphs=(19,)),)


def test_the_ranking_says_why_it_is_incomplete(edition: Edition) -> None:
    reason = edition.ranking.incomplete_reason
    assert reason is not None
    assert "Only the first story is known" in reason
    assert "rather than invented" in reason


def test_only_the_first_story_is_known(edition: Edition) -> None:
    ranking = edition.ranking
    assert len(ranking) == 1
    assert ranking.complete is False
    assert ranking.missing_positions == tuple(range(2, 11))
    with pytest.raises(NotFoundError):
        ranking[2]


def test_the_first_story(edition: Edition) -> None:
    story = edition.ranking[1]
    assert story.position == 1
    assert story.title == (
        "President Xi Jinping Chooses Southeast Asia for First Overseas Visit of 2025"
    )
    assert story.date == PartialDate(year=2025, month=4, day=14)
    assert story.end_date == PartialDate(year=2025, month=4, day=18)
    assert story.countries == ("KH", "MY", "VN")
    assert set(story.countries) == {"VN", "MY", "KH"}
    assert story.evidence == (Evidence(source_id=CICG_PAGE),)
    assert story.summary


# --------------------------------------------------------------------------- errata


def test_errata(edition: Edition) -> None:
    assert [(e.source_id, e.paragraph, e.found, e.meant) for e in edition.errata] == [
        (RELEASE, 9, "CAEXFO", "CAEXPO"),
        (RELEASE, 9, "September 2025", "September 2026"),
        (RELEASE, 18, "CICG Center for Asian-Pacific", "CICG Center for Asia-Pacific"),
    ]
    assert all(e.note for e in edition.errata)


def test_the_data_carries_the_corrected_facts(edition: Edition) -> None:
    dumped = dumps(edition)
    assert "CAEXFO" not in dumped.replace('"found":"CAEXFO"', "")
    assert "Asian-Pacific" not in dumped.replace('"found":"CICG Center for Asian-Pacific"', "")
    rafael = _person(edition, "rafael-henrique-zerbetto")
    assert rafael.positions[0].organization_id == "cicg-center-for-asia-pacific"


# --------------------------------------------------------------------------- provenance


def test_every_record_carries_evidence(edition: Edition) -> None:
    records: list[tuple[str, tuple[Evidence, ...]]] = [
        *((f"organization {o.id}", o.evidence) for o in edition.organizations),
        *((f"person {p.id}", p.evidence) for p in edition.people),
        *((f"event {e.id}", e.evidence) for e in edition.events),
        *((f"speech {s.id}", s.evidence) for s in edition.speeches),
        *((f"initiative {i.id}", i.evidence) for i in edition.initiatives),
        *((f"milestone {m.title}", m.evidence) for m in edition.milestones),
        *((f"story {s.position}", s.evidence) for s in edition.ranking.stories),
        ("series", edition.ranking.series.evidence if edition.ranking.series else ()),
    ]
    source_ids = {s.id for s in edition.sources}
    missing = [name for name, evidence in records if not evidence]
    assert missing == []
    assert all(e.source_id in source_ids for _, evidence in records for e in evidence)


def test_every_country_code_is_in_the_country_table(edition: Edition) -> None:
    known = {c.code for c in asean_coop.countries()}
    used = {o.country for o in edition.organizations if o.country}
    used |= {e.place.country for e in edition.events if e.place}
    used |= {m for s in edition.speeches for m in s.mentions if m.isupper()}
    used |= {c for m in edition.milestones for c in m.countries}
    used |= {c for s in edition.ranking.stories for c in s.countries}
    used |= {c for i in edition.initiatives for c in (*i.countries, *i.parties)}
    used |= {c for e in edition.events for c in e.attendance_from if c.isupper()}
    assert used <= known
    assert used == {"CN", "KH", "LA", "MM", "MY", "PH", "TH", "TL", "VN"}


def test_round_trip(edition: Edition) -> None:
    assert loads(dumps(edition)) == edition


# --------------------------------------------------------------------------- integrity


def _problems(edition: Edition, **changes: Any) -> list[str]:
    with pytest.raises(asean_coop.ValidationError) as raised:
        attrs.evolve(edition, **changes)
    return [f"{p.path}: {p.message}" for p in raised.value.problems]


def test_the_new_references_are_checked(edition: Edition) -> None:
    i = [e.id for e in edition.events].index("college-of-arts-performances")
    event = edition.events[i]
    bad_group = attrs.evolve(event.groups[0], organization_id="no-such-college")
    events = list(edition.events)
    events[i] = attrs.evolve(event, groups=(bad_group,), attendance_from=("no-such-body",))
    problems = _problems(edition, events=tuple(events))
    assert (
        f"events[{i}].groups[0].organization_id: 'no-such-college' is not the id of an organization"
        in problems
    )
    assert any(p.startswith(f"events[{i}].attendance_from[0]:") for p in problems)

    j = [x.id for x in edition.initiatives].index("laos-china-railway")
    railway = edition.initiatives[j]
    initiatives = list(edition.initiatives)
    initiatives[j] = attrs.evolve(
        railway,
        organization_ids=("no-such-body",),
        designations=(attrs.evolve(railway.designations[0], speech_id="no-such-speech"),),
    )
    problems = _problems(edition, initiatives=tuple(initiatives))
    assert (
        f"initiatives[{j}].organization_ids[0]: 'no-such-body' is not the id of an organization"
        in problems
    )
    assert (
        f"initiatives[{j}].designations[0].speech_id: 'no-such-speech' is not the id of a speech"
        in problems
    )

    ranking = attrs.evolve(edition.ranking, dimensions_by="no-such-speech")
    assert _problems(edition, ranking=ranking) == [
        "ranking.dimensions_by: 'no-such-speech' is not the id of a speech"
    ]
    milestones = list(edition.milestones)
    milestones[0] = attrs.evolve(milestones[0], organizations=("no-such-body",))
    assert _problems(edition, milestones=tuple(milestones)) == [
        "milestones[0].organizations[0]: 'no-such-body' is not the id of an organization"
    ]


def test_reference_evidence_must_cite_general_reference_and_only_it(edition: Edition) -> None:
    k = [o.id for o in edition.organizations].index("xinhua-news-agency")
    xinhua = edition.organizations[k]
    stated, reference = xinhua.evidence
    for wrong in (
        attrs.evolve(reference, kind=EvidenceKind.STATED),
        attrs.evolve(stated, kind=EvidenceKind.REFERENCE, paragraphs=()),
    ):
        organizations = list(edition.organizations)
        organizations[k] = attrs.evolve(xinhua, evidence=(stated, wrong))
        (problem,) = _problems(edition, organizations=tuple(organizations))
        assert problem.startswith(f"organizations[{k}].evidence[1].kind:")


def test_evidence_kinds_carry_their_own_rules() -> None:
    with pytest.raises(asean_coop.ValidationError, match="an inference needs a note"):
        Evidence(source_id=RELEASE, paragraphs=(20,), kind=EvidenceKind.INFERRED)
    with pytest.raises(asean_coop.ValidationError, match="no paragraphs to cite"):
        Evidence(source_id=REFERENCE, paragraphs=(1,), kind=EvidenceKind.REFERENCE)
    with pytest.raises(asean_coop.ValidationError, match="needs its publication date"):
        asean_coop.Source(id="x", title="X", publisher="P", url="https://example.org")
    with pytest.raises(asean_coop.ValidationError, match="a middle name needs"):
        asean_coop.PersonName(
            text="Blanco Pitlo", middle="Blanco", family="Pitlo", order=NameOrder.GIVEN_FIRST
        )


def test_a_complete_list_gives_no_reason_for_being_incomplete(edition: Edition) -> None:
    stories = tuple(attrs.evolve(edition.ranking[1], position=n) for n in range(1, 11))
    with pytest.raises(asean_coop.ValidationError, match="not incomplete"):
        attrs.evolve(edition.ranking, stories=stories)
    assert attrs.evolve(edition.ranking, stories=stories, incomplete_reason=None).complete
