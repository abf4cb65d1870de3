"""Free-text search over everything an edition holds.

Searched, with the fields each is found by:

- people: name, other written forms;
- organizations and initiatives: name, short name, aliases;
- events: name, place (city and region), description;
- speeches: summary, points, topics;
- stories of the ranking: title, summary;
- milestones: title;
- figures (of speeches, and event attendance): what they count, and their phrase.

Every query word must match the start of a word of one field, in any order. A query
word that starts no word of the edition is taken for a typo: it is replaced by the
closest words the edition has (:func:`difflib.get_close_matches`, cutoff 0.75), and the
hit says so. Results are one :class:`SearchHit` per record, at its best field, ranked:

0. the query is a whole name, words in order (``"pham duy binh"``, ``"nanning"`` for
   an event's place);
1. a whole name, words in another order (``"binh pham duy"``);
2. every query word is a whole word of a name (``"binh pham"``);
3. some query words only start a word of a name (``"guangx uni"``);
4. every query word is a whole word of a text (a summary, a point, a description);
5. some query words only start a word of a text;

"Names" are the fields that name a record (names, short names, aliases, titles,
places); "texts" are the rest. A hit through a typo comes after every hit without
one. Within a level, fields with fewer words left over come first, then by kind
(people, organizations, initiatives, events, speeches, stories, milestones, figures),
then people in their name's ``sort_key`` order, organizations in the order of their
folded names, and the rest in edition order.

The index maps the prefixes of every word, up to :data:`MAX_PREFIX` characters, to
the fields holding it, so a query reads one set per word and never scans all records;
a longer query word is checked against the fields its first characters find.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from .._text import search_key, tokens
from ..model import (
    Edition,
    Event,
    Figure,
    Initiative,
    Organization,
    Person,
)
from ..model._hits import LEVELS, SearchHit
from ._cache import cached
from ._index import MAX_KEY_COMPARED
from ._keys import person_order, query_words

__all__ = ["KINDS", "MAX_PREFIX", "SearchHit", "search", "texts"]

MAX_PREFIX = 24
"""The longest word prefix the search index stores.

Words longer than this are indexed by their first 24 characters, and a query word
longer than this is checked against the fields those characters find, so the index
stays linear in the text searched whatever the length of a word. Fixed; changed in
the source (see the limits page).
"""

KINDS = ("person", "organization", "initiative", "event", "speech", "story", "milestone", "figure")
"""The kinds of hit, in the order hits of equal rank are listed."""

# One searchable field: (kind, record number, field label, text, is a name, words).
_Entry = tuple[int, int, str, str, bool, tuple[str, ...]]


def _fields(edition: Edition) -> Iterable[tuple[int, Any, Any, str, str, bool]]:
    """(kind, record, within, field, text, is a name) for every searchable field."""
    for person in edition.people:
        yield 0, person, None, "name", person.name.text, True
        for variant in person.name.variants:
            yield 0, person, None, "other name", variant, True
    for kind, records in ((1, edition.organizations), (2, edition.initiatives)):
        for record in records:
            named: Organization | Initiative = record
            yield kind, named, None, "name", named.name, True
            if named.short_name:
                yield kind, named, None, "short name", named.short_name, True
            for alias in named.aliases:
                yield kind, named, None, "alias", alias, True
    for event in edition.events:
        yield 3, event, None, "name", event.name, True
        if event.place is not None:
            yield 3, event, None, "place", event.place.city, True
            if event.place.region:
                yield 3, event, None, "place", event.place.region, True
        if event.description:
            yield 3, event, None, "description", event.description, False
        if event.attendance is not None:
            yield from _figure_fields(event.attendance, event)
    for speech in edition.speeches:
        yield 4, speech, None, "summary", speech.summary, False
        for number, point in enumerate(speech.points, 1):
            yield 4, speech, None, f"point {number}", point, False
        for topic in speech.topics:
            yield 4, speech, None, "topic", topic, True
        for figure in speech.figures:
            yield from _figure_fields(figure, speech)
    for story in edition.ranking.stories:
        yield 5, story, None, "title", story.title, True
        if story.summary:
            yield 5, story, None, "summary", story.summary, False
    for milestone in edition.milestones:
        yield 6, milestone, None, "title", milestone.title, True


def _figure_fields(figure: Figure, within: Any) -> Iterable[tuple[int, Any, Any, str, str, bool]]:
    yield 7, figure, within, "measure", figure.measure, True
    yield 7, figure, within, "figure", figure.describe(), False


class _SearchIndex:
    def __init__(self, edition: Edition) -> None:
        self.records: list[Any] = []
        self.within: list[Any] = []
        self.kinds: list[int] = []
        numbers: dict[int, int] = {}  # id() of a record -> its number
        self.entries: list[_Entry] = []
        for kind, record, within, field, text, is_name in _fields(edition):
            words = tokens(text)
            if not words:
                continue
            number = numbers.get(id(record))
            if number is None:
                number = numbers[id(record)] = len(self.records)
                self.records.append(record)
                self.within.append(within)
                self.kinds.append(kind)
            self.entries.append((kind, number, field, text, is_name, words))
        self.rank = _ranks(self.records, self.kinds, self.within)
        prefixes: dict[str, set[int]] = {}
        for entry_number, entry in enumerate(self.entries):
            for word in entry[5]:
                for end in range(1, min(len(word), MAX_PREFIX) + 1):
                    prefixes.setdefault(word[:end], set()).add(entry_number)
        self.prefixes = {k: frozenset(v) for k, v in prefixes.items()}
        self.vocabulary = sorted({w for entry in self.entries for w in entry[5]})

    def holders(self, word: str) -> frozenset[int]:
        found = self.prefixes.get(word[:MAX_PREFIX], frozenset())
        if len(word) > MAX_PREFIX:
            found = frozenset(
                n for n in found if any(w.startswith(word) for w in self.entries[n][5])
            )
        return found

    def corrections(self, word: str) -> tuple[str, ...]:
        import difflib  # only a word that matches nothing needs it

        if len(word) > MAX_KEY_COMPARED:
            return ()
        return tuple(difflib.get_close_matches(word, self.vocabulary, n=3, cutoff=0.75))

    def search(self, text: str) -> tuple[SearchHit, ...]:
        asked = tuple(query_words(text))  # as typed: "A A" is two words of a name
        query = tuple(dict.fromkeys(asked))
        found: frozenset[int] | None = None
        readings: list[tuple[str, ...]] = []  # the words each query word may be read as
        for word in query:
            holders = self.holders(word)
            reading: tuple[str, ...] = (word,)
            if not holders:
                reading = self.corrections(word)
                holders = frozenset().union(*(self.holders(w) for w in reading))
                if not holders:
                    return ()
            readings.append(reading)
            found = holders if found is None else found & holders
        best: dict[int, tuple[tuple[int, ...], SearchHit]] = {}
        for entry_number in found or ():
            kind, number, field, field_text, is_name, words = self.entries[entry_number]
            corrected: list[tuple[str, str]] = []
            read: list[str] = []
            for word, reading in zip(query, readings, strict=True):
                if reading == (word,):
                    read.append(word)
                    continue
                chosen = next(
                    (r for r in reading if any(w.startswith(r) for w in words)), reading[0]
                )
                corrected.append((word, chosen))
                read.append(chosen)
            as_read = dict(zip(query, read, strict=True))
            level = _level(tuple(as_read[w] for w in asked), words, is_name)
            score = (
                level + (len(LEVELS) if corrected else 0),
                len(words) - len(read),
                kind,
                self.rank[number],
            )
            if number not in best or score < best[number][0]:
                hit = SearchHit(
                    record=self.records[number],
                    kind=KINDS[kind],
                    field=field,
                    text=field_text,
                    level=level,
                    corrected=tuple(corrected),
                    within=self.within[number],
                )
                best[number] = (score, hit)
        return tuple(hit for _, hit in sorted(best.values(), key=lambda item: item[0]))


def _listing_key(record: Any, within: Any) -> tuple[bool, str, str]:
    """A key that does not depend on where a record sits in the edition: the main event
    before its parts, then by date; records by id; others by what holds them and their
    repr (a figure, a story, a milestone)."""
    if isinstance(record, Event):
        return (record.parent_id is not None, record.date.isoformat(), record.id)
    own = getattr(record, "id", None)
    if own is not None:
        return (False, "", str(own))
    outer = "" if within is None else str(getattr(within, "id", ""))
    return (False, outer, repr(record))


def _ranks(records: Sequence[Any], kinds: Sequence[int], within: Sequence[Any]) -> list[int]:
    """Each record's place in listing order within its kind."""
    keys: list[tuple[Any, ...]] = []
    for number, (record, kind) in enumerate(zip(records, kinds, strict=True)):
        outer = within[number]
        if isinstance(record, Person):
            keys.append((kind, person_order(record), number))
        elif isinstance(record, Organization):
            keys.append((kind, ((search_key(record.name),), record.id), number))
        else:
            keys.append((kind, ((), _listing_key(record, outer)), number))
    order = sorted(range(len(keys)), key=keys.__getitem__)
    ranks = [0] * len(keys)
    for rank, position in enumerate(order):
        ranks[position] = rank
    return ranks


def _level(query: tuple[str, ...], words: tuple[str, ...], is_name: bool) -> int:
    if is_name:
        if query == words:
            return 0
        if sorted(query) == sorted(words):
            return 1
    whole = set(query) <= set(words)
    if is_name:
        return 2 if whole else 3
    return 4 if whole else 5


def _index(edition: Edition) -> _SearchIndex:
    return cached(edition, "query.search", _SearchIndex)


def texts(edition: Edition) -> tuple[str, ...]:
    """Every searchable field of the edition, folded, with a space at each end."""
    index = _index(edition)
    return tuple(f" {' '.join(entry[5])} " for entry in index.entries)


def search(edition: Edition, text: str) -> tuple[SearchHit, ...]:
    """See :meth:`asean_coop.Edition.search`."""
    return _index(edition).search(text)
