"""Bounded cost and tight values: reproducers of what the loader once accepted or choked on.

Each test is a finding: a document under the size limit that made decoding slow or
memory-hungry, or a value the model's own documentation forbids that still loaded.
Nothing here is timed: the shapes are large enough that a quadratic walk would not
finish in the suite's time, and the benchmarks measure the cost.
"""

from __future__ import annotations

import collections
import json
import threading
from typing import Any

import attrs
import pytest

import asean_coop
from asean_coop import (
    Edition,
    Erratum,
    Event,
    EventKind,
    Milestone,
    Organization,
    Organizer,
    OrganizerRole,
    PartialDate,
    ParticipantRole,
    Participation,
    Person,
    PersonName,
    Position,
    Ranking,
    Source,
    Speech,
    Story,
    ValidationError,
    from_dict,
    loads,
    to_dict,
)
from asean_coop.errors import DEFAULT_MAX_PROBLEMS, max_problems
from asean_coop.model import _checks
from helpers import tiny_edition

INVISIBLE = ["\u200b", "\ufeff", "\u0301", "\u3164", "\u2800", "\u00a0", " \t", "\u2060"]


def _document() -> dict[str, Any]:
    return to_dict(tiny_edition())


def _messages(error: pytest.ExceptionInfo[ValidationError]) -> list[str]:
    return [str(p) for p in error.value.problems]


# --- time and memory ------------------------------------------------------------------


def _chain(count: int, *, loop: bool = False) -> dict[str, Any]:
    document = _document()
    organizations = [
        {"id": f"o{i}", "name": f"Body {i}", "kind": "other", "parent_id": f"o{i + 1}"}
        for i in range(count)
    ]
    organizations[-1].pop("parent_id")
    if loop:
        organizations[-1]["parent_id"] = "o0"
    document["organizations"] = [*document["organizations"], *organizations]
    return document


def test_a_long_parent_chain_is_walked_once() -> None:
    # 16,000 organizations in one chain took 37 s when every record walked its ancestors.
    edition = loads(json.dumps(_chain(16_000)))
    assert len(edition.organizations) == 16_002


def test_a_long_parent_cycle_reports_each_member_once() -> None:
    with pytest.raises(ValidationError) as info:
        loads(json.dumps(_chain(5_000, loop=True)), max_problems=10_000)
    messages = _messages(info)
    assert len(messages) == 5_000
    assert messages[0] == "organizations[2].parent_id: 'o0' is its own ancestor"
    assert messages[-1] == "organizations[5001].parent_id: 'o4999' is its own ancestor"


def test_a_million_bad_values_keep_a_hundred_problems_and_count_the_rest() -> None:
    document = _document()
    document["people"][0]["honors"] = [1] * 1_000_000
    with pytest.raises(ValidationError) as info:
        loads(json.dumps(document))
    error = info.value
    assert len(error.problems) == DEFAULT_MAX_PROBLEMS == 100
    assert error.omitted == 999_900
    assert error.count == 1_000_000
    assert error.problems[0] == asean_coop.Problem(
        "people[0].honors[0]", "expected a string, got 1"
    )
    text = str(error)
    assert text.startswith("1,000,000 problems:\n")
    assert text.endswith("\n  ... and 999,900 more")


def test_blank_items_are_capped_too() -> None:
    document = _document()
    document["people"][0]["honors"] = [" "] * 50_000
    with pytest.raises(ValidationError) as info:
        loads(json.dumps(document), max_problems=3)
    assert [p.path for p in info.value.problems] == [
        "people[0].honors[0]",
        "people[0].honors[1]",
        "people[0].honors[2]",
    ]
    assert info.value.omitted == 49_997


def test_many_bad_records_are_capped_and_counted() -> None:
    document = _document()
    document["milestones"] = [{"date": "2025-02-30", "title": "x"}] * 5_000
    with pytest.raises(ValidationError) as info:
        loads(json.dumps(document))
    assert info.value.count == 5_000
    assert len(info.value.problems) == 100


@pytest.mark.parametrize(
    ("record", "each"),
    [
        ({"date": "2025-02-30", "title": 5}, 2),  # two fields unreadable
        ({"date": "2025", "title": " ", "countries": ["xx"]}, 2),  # two rules broken
        ({"date": "2025", "title": "x", "extra": 1}, 1),  # an unknown key
        ({"title": "x"}, 1),  # a required key missing
        ({"date": "2025", "title": "x", "evidence": [{"source_id": 5}, {}]}, 2),  # nested
    ],
)
def test_past_the_limit_problems_are_counted_as_they_are_reported(
    record: dict[str, Any], each: int
) -> None:
    # Past the limit the problems are only counted, not built: the count must be the one a
    # limit high enough to keep them all reports.
    document = _document()
    document["milestones"] = [record] * 40
    with pytest.raises(ValidationError) as kept:
        loads(json.dumps(document), max_problems=10_000)
    with pytest.raises(ValidationError) as counted:
        loads(json.dumps(document), max_problems=3)
    assert kept.value.count == counted.value.count == 40 * each
    assert counted.value.problems == kept.value.problems[:3]


@pytest.mark.parametrize("bad", [0, 17, 63])
def test_a_record_its_constructor_refuses_is_found_among_many(bad: int) -> None:
    # Records that count no problem are made together; where a constructor refuses one
    # (a single name with a family part), only its part is made again one by one, and
    # the one problem is reported with its path.
    document = _document()
    person = document["people"][0]
    people = [
        {**person, "id": f"someone-{i}", "name": {"text": f"Someone {i}", "order": "single"}}
        for i in range(64)
    ]
    people[bad]["name"]["family"] = "Someone"
    document["people"] = [*document["people"], *people]
    with pytest.raises(ValidationError) as error:
        loads(json.dumps(document))
    offset = len(document["people"]) - len(people)
    assert [p.path for p in error.value.problems] == [f"people[{offset + bad}].name"]
    assert error.value.problems[0].message == "a single name has no given or family part"


def test_max_problems_is_checked_and_scoped() -> None:
    with pytest.raises(ValueError, match="at least 1"), max_problems(0):
        pass
    with max_problems(2):
        error = ValidationError([asean_coop.Problem(str(i), "x") for i in range(5)])
    assert (len(error.problems), error.omitted) == (2, 3)
    error = ValidationError([asean_coop.Problem(str(i), "x") for i in range(500)])
    assert len(error.problems) == DEFAULT_MAX_PROBLEMS


def test_the_problem_limit_is_local_to_a_thread() -> None:
    seen: list[int] = []

    def other() -> None:
        seen.append(len(ValidationError([asean_coop.Problem("", "x")] * 300).problems))

    with max_problems(1):
        thread = threading.Thread(target=other)
        thread.start()
        thread.join()
    assert seen == [DEFAULT_MAX_PROBLEMS]


def test_a_pickled_error_keeps_its_count() -> None:
    import pickle

    error = ValidationError([asean_coop.Problem("a", "x")] * 150)
    again = pickle.loads(pickle.dumps(error))
    assert (len(again.problems), again.omitted) == (100, 50)


@pytest.mark.parametrize("size", [0, 101, 10**12])
def test_ranking_size_is_bounded(size: int) -> None:
    document = _document()
    document["ranking"]["size"] = size
    with pytest.raises(ValidationError) as info:
        loads(json.dumps(document))
    assert _messages(info) == [f"ranking.size: {size} is outside 1..{_checks.MAX_RANKING_SIZE}"]


def test_only_short_valid_ids_are_remembered() -> None:
    rule = _checks.Matches(_checks.SLUG.pattern, "a slug")
    short, long = "a-short-id", "x" * (rule.REMEMBERED_LENGTH + 1)
    assert not rule.is_bad(short)
    assert not rule.is_bad(long)
    assert rule._valid == {short}


def test_memoryview_size_counts_bytes() -> None:
    text = json.dumps({"title": "x" * 100}).encode()
    view = memoryview(bytearray(text)).cast("B")
    assert loads(view, Position).title == "x" * 100
    wide = memoryview(bytearray(text + b" " * (4 - len(text) % 4))).cast("I")
    assert len(wide) * 4 == wide.nbytes
    with pytest.raises(ValidationError, match=f"document of {wide.nbytes:,} bytes"):
        loads(wide, Position, max_size=len(wide) + 1)


# --- values the model's documentation forbids -----------------------------------------


@pytest.mark.parametrize(
    ("countries", "message"),
    [
        (["not a country"], "countries[0]: 'not a country' is not an ISO 3166-1 alpha-2"),
        ([""], "countries[0]: '' is not an ISO 3166-1 alpha-2"),
        (["kh"], "countries[0]: 'kh' is not an ISO 3166-1 alpha-2"),
        (["VN", "KH"], "countries: must be in ascending order, got ['VN', 'KH']"),
        (["KH", "KH"], "countries: must not repeat an item, got ['KH', 'KH']"),
    ],
)
def test_country_lists_hold_sorted_distinct_codes(countries: list[str], message: str) -> None:
    for cls in (Story, Milestone):
        data: dict[str, Any] = {"title": "x", "countries": countries}
        data.update({"position": 1} if cls is Story else {"date": "2025"})
        with pytest.raises(ValidationError) as info:
            from_dict(data, cls)
        assert _messages(info)[0].startswith(message)


@pytest.mark.parametrize("topics", [["Not A Slug"], [""], ["trade", "trade"]])
def test_topics_are_distinct_slugs(topics: list[str]) -> None:
    data = {"id": "s", "event_id": "e", "speaker_id": "p", "kind": "address", "summary": "x"}
    with pytest.raises(ValidationError, match="topics"):
        from_dict({**data, "topics": topics}, Speech)


@pytest.mark.parametrize("text", INVISIBLE)
def test_text_needs_a_visible_character(text: str) -> None:
    with pytest.raises(ValidationError, match="has no visible character"):
        PersonName(text=text, order=asean_coop.NameOrder.SINGLE)
    with pytest.raises(ValidationError, match="has no visible character"):
        from_dict({"title": text}, Position)


@pytest.mark.parametrize("text", ["a\x00b", "a\x1bb", "x\x7f", "\x85x"])
def test_text_has_no_control_characters(text: str) -> None:
    with pytest.raises(ValidationError, match="contains the control character"):
        Position(title=text)
    with pytest.raises(ValidationError, match="contains the control character"):
        from_dict({"title": text}, Position)


def test_text_keeps_tabs_line_breaks_and_every_script() -> None:
    for text in ("a\tb", "line\nline", "Phạm Duy Bình", "张", "ก", "😀", "e\u0301"):
        assert Position(title=text).title == text


@pytest.mark.parametrize(
    ("cls", "data", "path"),
    [
        (PersonName, {"text": "x", "order": "single", "variants": [" "]}, "variants[0]"),
        (Person, {"id": "p", "name": {"text": "x", "order": "single"}, "positions": [],
                  "honors": [""]}, "honors[0]"),
        (Organization, {"id": "o", "name": "x", "kind": "other", "aliases": ["\u200b"]},
         "aliases[0]"),
        (Speech, {"id": "s", "event_id": "e", "speaker_id": "p", "kind": "address",
                  "summary": "x", "points": ["\t"]}, "points[0]"),
        (Ranking, {"id": "r", "title": "x", "year": 2025, "edition": 6, "size": 10,
                   "released_at": "e", "dimensions": [""]}, "dimensions[0]"),
    ],
)  # fmt: skip
def test_blank_items_are_refused(cls: type, data: dict[str, Any], path: str) -> None:
    with pytest.raises(ValidationError) as info:
        from_dict(data, cls)
    assert [p.path for p in info.value.problems] == [path]


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"number": 0}, "number: 0 is outside 1..1000"),
        ({"number": -1}, "number: -1 is outside 1..1000"),
        ({"number": 7}, "ranking.edition: 6 differs from the edition's number 7"),
        ({"year": 0}, "year: 0 is outside 1..9999"),
        ({"year": 10**4299}, "year: 1000000000000"),
    ],
)
def test_edition_integers_have_ranges(change: dict[str, Any], message: str) -> None:
    document = {**_document(), **change}
    with pytest.raises(ValidationError) as info:
        from_dict(document, Edition)
    assert _messages(info)[0].startswith(message)


def test_erratum_paragraph_and_evidence_paragraphs_are_not_negative() -> None:
    with pytest.raises(ValidationError, match=r"paragraph: -5 is outside 0\.\.100000"):
        from_dict(
            {"source_id": "s", "paragraph": -5, "found": "a", "meant": "b", "note": "c"}, Erratum
        )
    with pytest.raises(ValidationError, match=r"paragraphs\[0\]: -1 is outside"):
        asean_coop.Evidence(source_id="s", paragraphs=(-1,))


def test_repeated_participations_and_organizers_are_refused() -> None:
    twice = Participation(person_id="p", role=ParticipantRole.SPEAKER)
    with pytest.raises(ValidationError, match="participants: must not repeat an item"):
        Event(id="e", name="E", kind=EventKind.OTHER, date=PartialDate(year=2025),
              participants=(twice, twice))  # fmt: skip
    host = Organizer(organization_id="o", role=OrganizerRole.CO_HOST)
    with pytest.raises(ValidationError, match="organizers: must not repeat an item"):
        Event(id="e", name="E", kind=EventKind.OTHER, date=PartialDate(year=2025),
              organizers=(host, host))  # fmt: skip


@pytest.mark.parametrize(
    "url", ["javascript:alert(1)", "../../etc/passwd", "ftp://example.org/x", "https://a b",
            "https://example.org/ü", "https:///x", ""],
)  # fmt: skip
def test_source_urls_are_http_or_https(url: str) -> None:
    with pytest.raises(ValidationError, match="is not an http or https URL"):
        Source(id="s", title="t", publisher="p", url=url, published=PartialDate(year=2026))


def test_source_urls_that_are_fine() -> None:
    for url in ("https://example.org", "http://example.org:8080/a?b=c#d", "https://x.io/%C3%BC"):
        assert Source(id="s", title="t", publisher="p", url=url,
                      published=PartialDate(year=2026)).url == url  # fmt: skip


def test_references_are_slugs() -> None:
    with pytest.raises(ValidationError, match="organization_id: 'Not A Slug' is not a valid id"):
        Position(title="x", organization_id="Not A Slug")
    assert Position(title="x").organization_id is None


def test_a_required_field_refuses_none() -> None:
    with pytest.raises(ValidationError, match="id: expected a value, got None"):
        Source(id=None, title="t", publisher="p", url="https://x.org",  # type: ignore[arg-type]
               published=PartialDate(year=2026))  # fmt: skip


# --- one rule for what a mapping is ------------------------------------------------------


def test_any_mapping_is_an_object_and_fills_no_missing_key() -> None:
    assert from_dict(collections.OrderedDict(title="x"), Position).title == "x"
    filled: collections.defaultdict[str, object] = collections.defaultdict(
        lambda: "filled", {"former": True}
    )
    with pytest.raises(ValidationError) as info:
        from_dict(filled, Position)
    assert _messages(info) == ["title: required key missing"]
    edition = from_dict(collections.OrderedDict(_document()), Edition)
    assert edition == tiny_edition()


def test_keys_must_be_strings() -> None:
    with pytest.raises(ValidationError) as info:
        from_dict({"title": "x", 1: 2}, Position)  # type: ignore[dict-item]
    assert _messages(info) == ["object keys must be strings, got 1"]


def test_from_dict_refuses_what_json_cannot_carry() -> None:
    with pytest.raises(ValidationError, match=r"title: contains a lone surrogate '\\ud800'"):
        from_dict({"title": "a\ud800"}, Position)
    with pytest.raises(ValidationError, match="value: an integer of more than 4,300 digits"):
        from_dict({"measure": "m", "value": 10**5000}, asean_coop.Figure)


def test_rules_hold_with_validators_disabled_in_any_thread() -> None:
    with attrs.validators.disabled(), pytest.raises(ValidationError):
        loads('{"title": " "}', Position)


def test_error_messages_escape_control_characters() -> None:
    with pytest.raises(ValidationError) as info:
        loads('{"title": "x", "\\u001b[31mred": 1}', Position)
    text = str(info.value)
    assert "\x1b" not in text
    assert "\\x1b[31mred" in text


# --- PartialDate.parse: what it accepts, and nothing else ----------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "-2025",
        "99",
        "2025\x00",
        "\uff12\uff10\uff12\uff15",
        "2025 2026",
        "+2025",
        "1 2 3",
        "x" * 101,
    ],
)
def test_parse_refuses_what_is_not_a_documented_form(text: str) -> None:
    with pytest.raises(ValidationError):
        PartialDate.parse(text)


@pytest.mark.parametrize(
    ("text", "iso"),
    [("2025", "2025"), (" 2025-09\n", "2025-09"), ("15 January 2026", "2026-01-15"),
     ("Sept 2026", "2026-09"), ("January 15, 2026", "2026-01-15"), ("2026/01/15", "2026-01-15")],
)  # fmt: skip
def test_parse_reads_the_documented_forms(text: str, iso: str) -> None:
    assert str(PartialDate.parse(text)) == iso


def test_a_story_span_may_end_in_a_coarser_unit() -> None:
    story = Story(position=1, title="x", date=PartialDate(year=2025, month=4),
                  end_date=PartialDate(year=2025))  # fmt: skip
    assert story.end_date == PartialDate(year=2025)


def test_the_bundled_edition_meets_every_rule() -> None:
    edition = asean_coop.load_edition(2025)
    assert edition.ranking.edition == edition.number
    for source in edition.sources:
        general = source.kind is asean_coop.SourceKind.GENERAL_REFERENCE
        schemes = ("urn:",) if general else ("https://", "http://")
        assert source.url.startswith(schemes), source.url


@pytest.mark.parametrize("url", ["urn:asean-coop:general-reference", "urn:isbn:0451450523"])
def test_a_source_may_be_named_by_a_urn(url: str) -> None:
    assert Source(id="s", title="t", publisher="p", url=url, published=None,
                  kind=asean_coop.SourceKind.GENERAL_REFERENCE).url == url  # fmt: skip


def test_records_without_ids_have_their_references_checked() -> None:
    document = _document()
    document["errata"] = [
        {"source_id": "nowhere", "paragraph": 1, "found": "a", "meant": "b", "note": "c"}
    ]
    with pytest.raises(ValidationError) as info:
        loads(json.dumps(document))
    assert _messages(info) == ["errata[0].source_id: 'nowhere' is not the id of a source"]
