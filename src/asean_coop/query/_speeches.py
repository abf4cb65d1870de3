"""Speeches by speaker, by what they mention and by topic.

Speeches come in edition order: the order of ``Edition.speeches``, which follows the
order in which the source reports them.

A mention key is looked up the way the singular lookups look keys up (see
:mod:`.index`) among organizations, initiatives and countries at once, and the kinds
whose match is best win (an id or code beats a whole name, which beats some of its
words): ``"Laos"`` is the country, not the National University of Laos. A key that
names several records finds the speeches that mention any of them. A key that names
none of them is read as a phrase and found in the speeches' summaries and points
(``"artificial intelligence"``); a phrase that no speech says but the edition holds
elsewhere (``"Xi Jinping"``, in a story's title) finds no speech, and one the edition
holds nowhere is an error offering close matches. A :class:`~asean_coop.Person` is
found in the speeches' text by any written form of their name.

Topics are slugs; :func:`topics` lists them with the number of speeches on each, and a
topic that matches none is an error offering the close ones.
"""

from __future__ import annotations

from .._text import search_key, tokens
from ..errors import NotFoundError
from ..model import Country, Edition, Initiative, Organization, Person, Speech
from ._affiliation import suborganizations
from ._cache import cached
from ._countries import country_index, edition_codes
from ._index import MAX_KEY_COMPARED, NOT_FOUND, shown_key
from ._keys import fold_key, query_words
from ._lookup import index, lookup

__all__ = [
    "mention_targets",
    "speeches_about",
    "speeches_by",
    "speeches_mentioning",
    "speeches_saying",
    "topics",
]

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
        self.topic_counts = tuple(
            sorted(((t, len(n)) for t, n in by_topic.items()), key=lambda tc: (-tc[1], tc[0]))
        )
        # Each speech's summary and points, folded, with a space at each end so that a
        # phrase is found as whole words.
        self.texts = tuple(
            " " + " ".join(search_key(t) for t in (s.summary, *s.points)) + " "
            for s in edition.speeches
        )

    def pick(self, numbers: list[int] | set[int]) -> tuple[Speech, ...]:
        return tuple(self.speeches[n] for n in sorted(numbers))


def _tables(edition: Edition) -> _SpeechTables:
    return cached(edition, "query.speech-tables", _SpeechTables)


def speeches_by(edition: Edition, person: Person | str) -> tuple[Speech, ...]:
    """See :meth:`asean_coop.Edition.speeches_by`."""
    person_id = lookup(edition, Person, person).id
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
        organizations = (lookup(edition, Organization, key),)
    elif isinstance(key, Initiative):
        others = (lookup(edition, Initiative, key).id,)
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
        index(edition, Organization),
        index(edition, Initiative),
        country_index(),
    )
    org_step, found_organizations = organizations.lookup(key)
    initiative_step, found_initiatives = initiatives.lookup(key)
    country_step, found_countries = countries.lookup(key)
    codes = tuple(c.code for c in found_countries)
    code = key.strip().upper()
    if country_step > 0 and code in edition_codes(edition):
        # A code the edition names is good even if the country table lacks it.
        country_step, codes = 0, (code,)
    best = min(org_step, initiative_step, country_step)
    if best == NOT_FOUND:
        close = [
            *(organizations.label(r) for r in organizations.close_matches(key)),
            *(initiatives.label(r) for r in initiatives.close_matches(key)),
            *(countries.label(r) for r in countries.close_matches(key)),
        ]
        hint = "; close matches: " + "; ".join(close) if close else ""
        raise NotFoundError(
            f"no organization, initiative or country is called {shown_key(key)}, and no "
            f"speech says it{hint}",
            candidates=(
                *organizations.close_matches(key),
                *initiatives.close_matches(key),
                *countries.close_matches(key),
            ),
        )
    others = (
        *(i.id for i in found_initiatives if initiative_step == best),
        *(codes if country_step == best else ()),
    )
    return (found_organizations if org_step == best else ()), others


def speeches_mentioning(
    edition: Edition, key: MentionKey | Person, *, include_suborganizations: bool = True
) -> tuple[Speech, ...]:
    """See :meth:`asean_coop.Edition.speeches_mentioning`."""
    tables = _tables(edition)
    if isinstance(key, Person):
        person = lookup(edition, Person, key)
        return _saying(tables, (person.name.text, *person.name.variants))
    if isinstance(key, str):
        fold_key(key)  # refuses an empty key before anything is looked up
        try:
            targets = mention_targets(
                edition, key, include_suborganizations=include_suborganizations
            )
        except NotFoundError:
            said = _saying(tables, (key,))
            if said or _said_anywhere(edition, key):
                return said
            raise
    else:
        targets = mention_targets(edition, key, include_suborganizations=include_suborganizations)
    numbers: set[int] = set()
    for target in targets:
        numbers |= tables.by_mention.get(target, frozenset())
    return tables.pick(numbers)


def _saying(tables: _SpeechTables, phrases: tuple[str, ...]) -> tuple[Speech, ...]:
    wanted = [f" {search_key(p)} " for p in phrases if search_key(p)]
    return tuple(
        speech
        for speech, text in zip(tables.speeches, tables.texts, strict=True)
        if any(phrase in text for phrase in wanted)
    )


def _said_anywhere(edition: Edition, phrase: str) -> bool:
    """Whether any searchable text of the edition holds the phrase (a story title, say)."""
    from ._search import texts

    wanted = f" {search_key(phrase)} "
    return any(wanted in text for text in texts(edition))


def speeches_saying(edition: Edition, phrase: str) -> tuple[Speech, ...]:
    """See :meth:`asean_coop.Edition.speeches_saying`."""
    fold_key(phrase, "phrase")
    return _saying(_tables(edition), (phrase,))


def topics(edition: Edition) -> tuple[tuple[str, int], ...]:
    """See :meth:`asean_coop.Edition.topics`."""
    return _tables(edition).topic_counts


def speeches_about(edition: Edition, topic: str) -> tuple[Speech, ...]:
    """See :meth:`asean_coop.Edition.speeches_about`."""
    words = query_words(topic, "topic")
    tables = _tables(edition)
    topics: frozenset[str] | None = None
    for word in dict.fromkeys(words):
        holders = tables.topic_words.get(word, frozenset())
        topics = holders if topics is None else topics & holders
    if not topics:
        raise _unknown_topic(tables, topic)
    numbers: set[int] = set()
    for name in topics:
        numbers |= tables.by_topic[name]
    return tables.pick(numbers)


def _unknown_topic(tables: _SpeechTables, topic: str) -> NotFoundError:
    import difflib  # only an unknown topic needs it

    slugs = [t for t, _ in tables.topic_counts]
    folded = fold_key(topic)[:MAX_KEY_COMPARED]
    close = difflib.get_close_matches(folded.replace(" ", "-"), slugs, n=5, cutoff=0.6)
    vocabulary = sorted(tables.topic_words)
    for word in folded.split():
        for near in difflib.get_close_matches(word, vocabulary, n=3, cutoff=0.7):
            close += sorted(tables.topic_words[near] - set(close))
    close = close[:5]
    hint = "; close matches: " + ", ".join(close) if close else ""
    return NotFoundError(
        f"no speech has the topic {shown_key(topic)}{hint} (the topics query lists them)",
        candidates=close,
    )
