"""What the queries refuse, and what their messages say."""

from __future__ import annotations

import datetime as dt

import attrs
import pytest

from asean_coop import (
    NotFoundError,
    OrganizerRole,
    ParticipantRole,
    ValidationError,
    asean_members,
    country,
    load_edition,
)

E = load_edition(2025)


def test_not_found_is_a_lookup_error_and_offers_close_matches() -> None:
    with pytest.raises(LookupError) as caught:
        E.person("Pham Duy Bin")
    assert isinstance(caught.value, NotFoundError)
    assert str(caught.value) == (
        "no person is called 'Pham Duy Bin'; close matches: Pham Duy Binh (pham-duy-binh)"
    )


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda: E.person("Yu Yunqan"), "close matches: Yu Yunquan (yu-yunquan)"),
        (lambda: E.person("vongpan"), "close matches: Vongpano Sipaseuth"),  # a word beginning
        (lambda: E.person("Nobody Atall"), "no person is called 'Nobody Atall'"),
        (lambda: E.organization("Guangxi Univrsity"), "Guangxi University (guangxi-university)"),
        (lambda: E.initiative("Laos China Railroad"), "Laos-China Railway (laos-china-railway)"),
        (lambda: E.event("Roundtable Dialog"), "Roundtable Dialogue (roundtable-dialogue)"),
        (lambda: country("Malaysa"), "close matches: Malaysia (MY)"),
        (lambda: E.speeches_mentioning("Laos-China Railroad"), "Laos-China Railway"),
        (lambda: E.people_from("Atlantis"), "no country is called 'Atlantis'"),
        (lambda: E.speech("nobody-address"), "no speech has the id 'nobody-address'"),
    ],
)
def test_lookups_that_find_nothing(call: object, message: str) -> None:
    with pytest.raises(NotFoundError) as caught:
        call()  # type: ignore[operator]
    assert message in str(caught.value)


@pytest.mark.parametrize(
    ("call", "names"),
    [
        (lambda: E.person("Li"), ["Li Guozhong (li-guozhong)", "Li Xiao (li-xiao)"]),
        (lambda: E.person("yang"), ["Yang Jianping (yang-jianping)", "Yang Yue (yang-yue)"]),
        (lambda: E.organization("Institute"), ["cfau-institute-of-asian-studies"]),
        (lambda: country("Republic"), ["Indonesia (ID)", "Philippines (PH)"]),
    ],
)
def test_a_key_that_fits_several_records_is_refused_naming_them(
    call: object, names: list[str]
) -> None:
    with pytest.raises(NotFoundError, match="fits more than one") as caught:
        call()  # type: ignore[operator]
    for name in names:
        assert name in str(caught.value)


def test_a_key_like_nothing_gets_no_suggestions() -> None:
    with pytest.raises(NotFoundError) as caught:
        E.person("Nobody Atall")
    assert str(caught.value) == "no person is called 'Nobody Atall'"


def test_a_plural_query_takes_every_record_an_ambiguous_key_names() -> None:
    # "Guangxi" names six organizations; one speech mentions one of them.
    assert [s.id for s in E.speeches_mentioning("Guangxi")] == ["li-guozhong-address"]


def test_speech_by_a_speaker_with_no_speech_or_several() -> None:
    with pytest.raises(NotFoundError, match=r"Yang Yue \(yang-yue\) made no speech"):
        E.speech("Yang Yue")
    speech = E.speech("Hu Suojin")
    twice = attrs.evolve(E, speeches=(*E.speeches, attrs.evolve(speech, id="hu-suojin-again")))
    with pytest.raises(
        NotFoundError, match=r"made 2 speeches: hu-suojin-commentary .*hu-suojin-again"
    ):
        twice.speech("Hu Suojin")
    with pytest.raises(NotFoundError, match="fits more than one person"):
        twice.speech("Li")


@pytest.mark.parametrize("text", ["", "   ", " ,.- ", "\u0301"])
@pytest.mark.parametrize(
    "query",
    [
        E.search,
        E.person,
        E.organization,
        E.initiative,
        E.event,
        E.speech,
        E.speeches_mentioning,
        E.speeches_about,
        E.people_from,
        country,
    ],
)
def test_an_empty_key_is_a_value_error(query: object, text: str) -> None:
    with pytest.raises(ValueError, match="empty"):
        query(text)  # type: ignore[operator]


@pytest.mark.parametrize("key", [None, 3, b"pham", ["pham"]])
def test_a_key_that_is_not_text_is_a_type_error(key: object) -> None:
    with pytest.raises(TypeError):
        E.person(key)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        E.search(key)  # type: ignore[arg-type]


def test_roles_take_the_enum_or_its_value() -> None:
    speakers = E.participants(ParticipantRole.SPEAKER)
    for role in ("speaker", "Speaker", "SPEAKER", " speaker "):
        assert E.participants(role) == speakers
    co_hosts = E.organizers(OrganizerRole.CO_HOST)
    for role in ("co_host", "co-host", "Co Host", "CO_HOST"):
        assert E.organizers(role) == co_hosts


def test_a_bad_role_is_a_value_error_naming_the_choices() -> None:
    with pytest.raises(ValueError, match="'spkr' is not a participant role; choices: speaker, "):
        E.participants("spkr")
    with pytest.raises(ValueError, match="choices: supervisor, co_host, organizer"):
        E.organizers("host")
    with pytest.raises(TypeError):
        E.participants(OrganizerRole.CO_HOST)  # an OrganizerRole is a str, to a type checker
    with pytest.raises(TypeError):
        E.organizers(3)  # type: ignore[arg-type]


def test_an_unknown_event_is_not_found() -> None:
    with pytest.raises(NotFoundError, match="no event is called 'gala dinner'"):
        E.participants(event="gala dinner")
    with pytest.raises(NotFoundError):
        E.roles_of("Yang Yue", event="gala dinner")


def test_records_from_elsewhere_are_refused() -> None:
    stranger = attrs.evolve(E.person("Yang Yue"), id="yang-yue-2")
    impostor = attrs.evolve(E.person("Yang Yue"), honors=("an honor",))
    for person in (stranger, impostor):
        with pytest.raises(NotFoundError):
            E.roles_of(person)
        with pytest.raises(NotFoundError):
            E.speeches_by(person)
    assert E.roles_of(E.person("Yang Yue")) == (ParticipantRole.PRESIDER,)
    other_org = attrs.evolve(E.organization("cfau"), name="Another university")
    with pytest.raises(NotFoundError):
        E.affiliated_with(other_org)
    other_event = attrs.evolve(E.main_event, id="another")
    with pytest.raises(NotFoundError):
        E.participants(event=other_event)


def test_asean_members_refuses_what_is_not_a_date() -> None:
    with pytest.raises(ValidationError, match="not a date"):
        asean_members("the year of the horse")
    with pytest.raises(ValidationError):
        asean_members("2025-02-30")
    with pytest.raises(TypeError):
        asean_members(2025)  # type: ignore[arg-type]
    assert asean_members(dt.date(2025, 10, 26)) == asean_members("26 October 2025")
