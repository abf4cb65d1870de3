"""Free-text search over the names of people and organizations.

Every query word must match the start of a word of one written name of a record
(a person's name or its variants; an organization's name, short name or aliases),
in any order. Results are ranked best first:

1. the query is the whole name, words in order (``"pham duy binh"``);
2. the query is the whole name, words in another order (``"binh pham duy"``);
3. every query word is a whole word of the name (``"binh pham"``);
4. some query words are only the start of a word (``"guangx uni"``);

within a rank, names with fewer words left over come first, then people before
organizations, then people in their name's ``sort_key`` order and organizations in the
order of their folded names, then by id. A record appears once, at its best name.

The index maps every prefix of every name word to the names holding it, so a query
reads one set per word and never scans all records.
"""

from __future__ import annotations

from collections.abc import Sequence

from .._text import search_key
from ..model import Edition, Organization, Person
from .cache import cached
from .index import NamedKey
from .keys import person_order, query_words
from .lookup import organization_index, person_index

__all__ = ["search"]

_PEOPLE = 0
_ORGANIZATIONS = 1

# One written name: (kind, record position, the record's rank in listing order, words).
_Entry = tuple[int, int, int, tuple[str, ...]]


class _SearchIndex:
    def __init__(self, edition: Edition) -> None:
        people = person_index(edition)
        organizations = organization_index(edition)
        self.records: tuple[tuple[Person, ...], tuple[Organization, ...]] = (
            people.records,
            organizations.records,
        )
        person_rank = _ranks([person_order(p) for p in people.records])
        org_rank = _ranks([((search_key(o.name),), o.id) for o in organizations.records])
        self.entries: list[_Entry] = []
        for kind, names, rank in (
            (_PEOPLE, people.names, person_rank),
            (_ORGANIZATIONS, organizations.names, org_rank),
        ):
            self.entries.extend(_entries(kind, names, rank))
        prefixes: dict[str, set[int]] = {}
        for number, (_, _, _, words) in enumerate(self.entries):
            for word in words:
                for end in range(1, len(word) + 1):
                    prefixes.setdefault(word[:end], set()).add(number)
        self.prefixes = {k: frozenset(v) for k, v in prefixes.items()}

    def search(self, text: str) -> tuple[Person | Organization, ...]:
        query = query_words(text)
        found: frozenset[int] | None = None
        for word in dict.fromkeys(query):
            holders = self.prefixes.get(word)
            if not holders:
                return ()
            found = holders if found is None else found & holders
        best: dict[tuple[int, int], tuple[int, ...]] = {}
        for number in found or ():
            kind, position, rank, words = self.entries[number]
            score = (*_score(query, words), kind, rank)
            record = (kind, position)
            if record not in best or score < best[record]:
                best[record] = score
        ordered = sorted(best, key=best.__getitem__)
        return tuple(self.records[kind][position] for kind, position in ordered)


def _ranks(keys: Sequence[tuple[tuple[str, ...], str]]) -> list[int]:
    """Each record's place when the records are sorted by ``keys``."""
    order = sorted(range(len(keys)), key=keys.__getitem__)
    ranks = [0] * len(keys)
    for rank, position in enumerate(order):
        ranks[position] = rank
    return ranks


def _entries(kind: int, names: tuple[NamedKey, ...], rank: list[int]) -> list[_Entry]:
    return [(kind, position, rank[position], words) for position, _, words in names]


def _score(query: tuple[str, ...], words: tuple[str, ...]) -> tuple[int, int]:
    left_over = len(words) - len(query)
    if query == words:
        return (0, 0)
    if sorted(query) == sorted(words):
        return (1, 0)
    if set(query) <= set(words):
        return (2, left_over)
    return (3, left_over)


def _index(edition: Edition) -> _SearchIndex:
    return cached(edition, "query.search", _SearchIndex)


def search(edition: Edition, text: str) -> tuple[Person | Organization, ...]:
    """See :meth:`asean_coop.Edition.search`."""
    return _index(edition).search(text)
