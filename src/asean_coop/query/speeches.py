"""Speeches by speaker, by what they mention and by topic.

Speeches come in edition order: the order of ``Edition.speeches``, which follows the
order in which the source reports them.

A mention key is looked up the way the singular lookups look keys up (see
:mod:`.index`) among organizations, initiatives and countries at once, and the kinds
whose match is best win (an id or code beats a whole name, which beats some of its
words): ``"Laos"`` is the country, not the National University of Laos. A key that
names several records finds the speeches that mention any of them.
"""

from __future__ import annotations

from .._text import tokens
from ..errors import NotFoundError
from ..model import Country, Edition, Initiative, Organization, Person, Speech
from .affiliation import suborganizations
from .cache import cached
from .countries import country_index
from .index import NOT_FOUND
from .keys import query_words
from .lookup import (
    initiative_index,
    organization_index,
    resolve_initiative,
    resolve_organization,
    resolve_person,
)

__all__ = ["mention_targets", "speeches_about", "speeches_by", "speeches_mentioning"]

MentionKey = Organization | Initiative | Country | str


class _SpeechTables:
    def __init__(self, edition: Edition) -> None:
        self.speeches = edition.speeches
        by_speaker: dict[str, list[int]] = {}
        by_mention: dict[str, list[int]] = {}
        by_topic: dict[str, list[int]] = {}
        for number, speech in enumerate(edition.speeches):
            by_speaker.setdefault(speech.speaker_id, []).append(number)
            for mention in dict.fromkeys(speech.mentions):
                by_mention.setdefault(mention, []).append(number)
            for topic in dict.fromkeys(speech.topics):
                by_topic.setdefault(topic, []).append(number)
        self.by_speaker = {k: self.pick(v) for k, v in by_speaker.items()}
        self.by_mention = {k: frozenset(v) for k, v in by_mention.items()}
        self.by_topic = {k: frozenset(v) for k, v in by_topic.items()}
        topic_words: dict[str, set[str]] = {}
        for topic in by_topic:
            for word in tokens(topic):
                topic_words.setdefault(word, set()).add(topic)
        self.topic_words = {k: frozenset(v) for k, v in topic_words.items()}

    def pick(self, numbers: list[int] | set[int]) -> tuple[Speech, ...]:
        return tuple(self.speeches[n] for n in sorted(numbers))


def _tables(edition: Edition) -> _SpeechTables:
    return cached(edition, "query.speech-tables", _SpeechTables)


def speeches_by(edition: Edition, person: Person | str) -> tuple[Speech, ...]:
    """See :meth:`asean_coop.Edition.speeches_by`."""
    person_id = resolve_person(edition, person).id
    return _tables(edition).by_speaker.get(person_id, ())


def mention_targets(
    edition: Edition, key: MentionKey, *, include_suborganizations: bool = True
) -> tuple[str, ...]:
    """The values of ``Speech.mentions`` that a key stands for.

    Args:
        edition: The edition.
        key: An organization, initiative or country, or a key for one (see the
            module); organizations bring the ids of those below them when
            ``include_suborganizations`` is set.
        include_suborganizations: Count the organizations below an organization.

    Returns:
        Organization and initiative ids and alpha-2 country codes.

    Raises:
        NotFoundError: If the key names no organization, initiative or country; the
            message offers close matches.
        ValueError: If ``key`` holds no letter or digit.
    """
    organizations: tuple[Organization, ...] = ()
    others: tuple[str, ...] = ()
    if isinstance(key, Organization):
        organizations = (resolve_organization(edition, key),)
    elif isinstance(key, Initiative):
        others = (resolve_initiative(edition, key).id,)
    elif isinstance(key, Country):
        others = (key.code,)
    else:
        organizations, others = _look_up_mention(edition, key)
    found: list[str] = []
    for organization in organizations:
        found.append(organization.id)
        if include_suborganizations:
            found.extend(suborganizations(edition, organization))
    found.extend(others)
    return tuple(dict.fromkeys(found))


def _look_up_mention(
    edition: Edition, key: str
) -> tuple[tuple[Organization, ...], tuple[str, ...]]:
    """The organizations, and the initiative ids and country codes, a key names."""
    organizations, initiatives, countries = (
        organization_index(edition),
        initiative_index(edition),
        country_index(),
    )
    org_step, found_organizations = organizations.lookup(key)
    initiative_step, found_initiatives = initiatives.lookup(key)
    country_step, found_countries = countries.lookup(key)
    codes = tuple(c.code for c in found_countries)
    code = key.strip().upper()
    if country_step > 0 and len(code) == 2 and code in _tables(edition).by_mention:
        # A code the edition's speeches use is good even if the country table lacks it.
        country_step, codes = 0, (code,)
    best = min(org_step, initiative_step, country_step)
    if best == NOT_FOUND:
        close = [
            *(organizations.label(r) for r in organizations.close_matches(key)),
            *(initiatives.label(r) for r in initiatives.close_matches(key)),
            *(countries.label(r) for r in countries.close_matches(key)),
        ]
        hint = "; close matches: " + "; ".join(close) if close else ""
        raise NotFoundError(f"no organization, initiative or country is called {key!r}{hint}")
    others = (
        *(i.id for i in found_initiatives if initiative_step == best),
        *(codes if country_step == best else ()),
    )
    return (found_organizations if org_step == best else ()), others


def speeches_mentioning(
    edition: Edition, key: MentionKey, *, include_suborganizations: bool = True
) -> tuple[Speech, ...]:
    """See :meth:`asean_coop.Edition.speeches_mentioning`."""
    targets = mention_targets(edition, key, include_suborganizations=include_suborganizations)
    tables = _tables(edition)
    numbers: set[int] = set()
    for target in targets:
        numbers |= tables.by_mention.get(target, frozenset())
    return tables.pick(numbers)


def speeches_about(edition: Edition, topic: str) -> tuple[Speech, ...]:
    """See :meth:`asean_coop.Edition.speeches_about`."""
    words = query_words(topic, "topic")
    tables = _tables(edition)
    topics: frozenset[str] | None = None
    for word in dict.fromkeys(words):
        holders = tables.topic_words.get(word)
        if not holders:
            return ()
        topics = holders if topics is None else topics & holders
    numbers: set[int] = set()
    for name in topics or ():
        numbers |= tables.by_topic[name]
    return tables.pick(numbers)
