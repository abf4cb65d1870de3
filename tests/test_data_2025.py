"""The bundled 2025 edition: counts and known values pinned per record.

Like python-holidays pins the holidays of each year, these tests pin what the data says
about every person, organization, event, speech, initiative, milestone and erratum, so
that any change to ``edition-2025.json`` is a deliberate one. Whether each record is
really supported by its source is checked by ``test_evidence.py``.
"""

from __future__ import annotations

import re
from importlib import resources

import pytest

import asean_coop
from asean_coop import (
    Edition,
    EventKind,
    Evidence,
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
    SpeechKind,
    UnknownEditionError,
    available_editions,
    dumps,
    load_edition,
    loads,
)

RELEASE = "release-2026-01-27"
CICG_PAGE = "cicg-2026-01-19"

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
    } == {
        "sources": 2,
        "organizations": 37,
        "people": 21,
        "events": 4,
        "speeches": 10,
        "initiatives": 8,
        "milestones": 11,
        "errata": 3,
        "stories": 1,
        "figures": 5,
        "participations": 21,
        "organizers": 7,
        "positions": 25,
    }


def test_edition_header(edition: Edition) -> None:
    assert edition.year == 2025
    assert edition.number == 6
    assert edition.title == "Top 10 News Stories on China-ASEAN Cooperation 2025"


# --------------------------------------------------------------------------- sources


def test_sources(edition: Edition) -> None:
    release, page = edition.sources
    assert release.id == RELEASE
    assert release.title == "Top 10 News Stories on China-ASEAN Cooperation 2025 released"
    assert release.published == PartialDate(year=2026, month=1, day=27)
    assert release.url.startswith("https://www.prnewswire.com/")
    assert "China Report ASEAN" in release.publisher
    assert page.id == CICG_PAGE
    assert page.title == "Top 10 news stories on China-ASEAN cooperation 2025 unveiled"
    assert page.published == PartialDate(year=2026, month=1, day=19)
    assert page.url == "http://www.cicgcorp.com/2026-01/19/content_43337474.html"


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
    assert event.organizers == ()
    assert event.attendance is None
    assert tuple((p.person_id, p.role) for p in event.participants) == people
    assert event.description


def test_events_are_the_main_event_and_its_three_parts(edition: Edition) -> None:
    assert [e.id for e in edition.events] == [
        "ceremony",
        "list-release",
        "roundtable-dialogue",
        "exchange-exhibition",
    ]


# --------------------------------------------------------------------------- people

_Pos = tuple[str, str, bool]
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
    assert all(e.source_id == RELEASE for e in person.evidence)


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
    assert (name.suffix, name.patronymic) == (None, None)
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


def test_generational_suffix_is_kept_apart(edition: Edition) -> None:
    name = _person(edition, "lucio-blanco-pitlo-iii").name
    assert (name.order, name.given, name.family, name.suffix) == (
        NameOrder.GIVEN_FIRST,
        "Lucio Blanco",
        "Pitlo",
        "III",
    )
    assert name.files_under is SortBy.FAMILY
    assert name.indexed == "Pitlo, Lucio Blanco, III"


def test_western_name_files_under_family_name(edition: Edition) -> None:
    name = _person(edition, "rafael-henrique-zerbetto").name
    assert (name.order, name.given, name.family) == (
        NameOrder.GIVEN_FIRST,
        "Rafael Henrique",
        "Zerbetto",
    )
    assert name.indexed == "Zerbetto, Rafael Henrique"


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
        None,
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
        None,
        None,
        (),
    ),
    "center-for-southeast-asian-studies": (
        "Center for Southeast Asian Studies",
        None,
        K.RESEARCH,
        None,
        None,
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
        None,
        None,
        (),
    ),
    "xinhua-news-agency": ("Xinhua News Agency", None, K.MEDIA, None, None, ()),
    "china-economic-information-service": (
        "China Economic Information Service",
        None,
        K.MEDIA,
        "CN",
        "xinhua-news-agency",
        (),
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
    assert org.evidence
    assert all(e.source_id == RELEASE for e in org.evidence)


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


def test_every_position_names_its_organization(edition: Edition) -> None:
    assert all(p.organization_id for person in edition.people for p in person.positions)


def test_only_hu_suojin_has_a_former_post(edition: Edition) -> None:
    former = [(p.id, q.title) for p in edition.people for q in p.positions if q.former]
    assert former == [("hu-suojin", "Commercial Counselor")]


# --------------------------------------------------------------------------- initiatives

INITIATIVES: dict[str, tuple[str, str | None, tuple[str, ...]]] = {
    "china-asean-expo": ("China-ASEAN Expo", "CAEXPO", ()),
    "belt-and-road": ("Belt and Road Initiative", None, ("Belt and Road cooperation",)),
    "cafta-3-0": ("China-ASEAN Free Trade Area 3.0", "CAFTA 3.0", ()),
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
    assert 2 <= len(speech.points) <= 4
    assert speech.topics == tuple(sorted(set(speech.topics)))
    assert all(re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", t) for t in speech.topics)


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
    )
    assert freight == Figure(
        measure="freight",
        value=24_000_000,
        unit="tons",
        qualifier=Qualifier.OVER,
        subject="laos-china-railway",
    )
    assert freight.describe() == "over 24,000,000 tons of freight"
    assert trips.describe() == "nearly 20,000,000 passenger trips"


def test_anniversary_figures(edition: Edition) -> None:
    speech = next(s for s in edition.speeches if s.id == "hu-suojin-commentary")
    assert [(f.value, f.qualifier, f.as_of) for f in speech.figures] == [
        (35, Qualifier.EXACT, PartialDate(year=2026)),
        (5, Qualifier.EXACT, PartialDate(year=2026)),
    ]


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

MILESTONES: list[tuple[str, str, tuple[str, ...], tuple[int, ...]]] = [
    ("2004", "China-ASEAN Expo launched, held in Nanning each year since", ("CN",), (9,)),
    ("2025", "Guangxi University's 14th Five-Year Plan concluded", ("CN",), (7,)),
    (
        "2025",
        "22nd China-ASEAN Expo held, with artificial intelligence as its focus",
        ("CN",),
        (9,),
    ),
    ("2025", "Malaysia holds the rotating ASEAN chair", ("MY",), (11, 16)),
    ("2025", "ASEAN Community Vision 2045 adopted", ("MY",), (11,)),
    (
        "2025",
        "Kuala Lumpur Peace Accord signed between Thailand and Cambodia",
        ("KH", "MY", "TH"),
        (11,),
    ),
    ("2025", "Timor-Leste joins ASEAN as its 11th member state", ("MY", "TL"), (11,)),
    ("2025", "ASEAN-China Year of People-to-People Exchanges", ("CN",), (17,)),
    ("2026", "35th anniversary of China-ASEAN dialogue relations", ("CN",), (15,)),
    (
        "2026",
        "5th anniversary of the China-ASEAN comprehensive strategic partnership",
        ("CN",),
        (15,),
    ),
    ("2026-09", "23rd China-ASEAN Expo scheduled", ("CN",), (9,)),
]


def test_milestones(edition: Edition) -> None:
    found = [
        (str(m.date), m.title, m.countries, tuple(p for e in m.evidence for p in e.paragraphs))
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


def test_no_milestone_date_is_more_precise_than_the_release(edition: Edition) -> None:
    # The release dates none of the facts its speakers cite to the day.
    assert all(m.date.day is None for m in edition.milestones)


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
    assert used <= known
    assert used == {"CN", "KH", "LA", "MM", "MY", "PH", "TH", "TL", "VN"}


def test_round_trip(edition: Edition) -> None:
    assert loads(dumps(edition)) == edition
