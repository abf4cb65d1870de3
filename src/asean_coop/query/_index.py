"""Name indexes: find a record of one kind by its id or by any name written for it.

A :class:`NameIndex` is built once per edition (see :mod:`.cache`) and then answers
every lookup with a few dictionary reads. A key is tried, in this order, as:

1. an id (``"pham-duy-binh"``, a country's ``"VN"`` or ``"VNM"``), ignoring case;
2. a whole written name, folded (``"PHAM DUY BINH"`` finds ``"Phạm Duy Bình"``);
3. the same words in another order (``"Binh Pham Duy"``);
4. some of the words of one name, each whole (``"Pitlo"``, ``"Asian Studies"``).

The first step that finds anything decides. When it finds exactly one record that is
the answer; when it finds several the key is ambiguous, and the error names them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Generic, TypeVar

from .._text import tokens
from ..errors import NotFoundError
from ._keys import fold_key

__all__ = ["MAX_KEY_COMPARED", "NOT_FOUND", "NameIndex", "NamedKey", "shown_key"]

R = TypeVar("R")
K = TypeVar("K")
D = TypeVar("D")

NamedKey = tuple[int, str, tuple[str, ...]]
"""One written name of a record: the record's position, the folded name, its words."""

_MAX_SUGGESTIONS = 5
_CLOSE = 0.6

MAX_KEY_COMPARED = 200
"""How many characters of a folded key a failed lookup compares with the names.

A longer key is cut to this length before :meth:`NameIndex.close_matches` rates it
(no name in an edition is near this long), so a miss costs the same whatever the key.
The exact steps (id, whole name, words) still read the whole key. Fixed at 200; it is
changed here, in the source (see the limits page).
"""

NOT_FOUND = 4
"""The step :meth:`NameIndex.lookup` reports when a key matched nothing."""


class NameIndex(Generic[R]):
    """Finds records of one kind by id or any written name.

    Args:
        kind: What a record is, for messages (``"person"``).
        records: The records, in edition order.
        ids: A record's ids (matched ignoring case).
        names: A record's written names (matched folded).
        label: How a message names a record (``"Yu Yunquan (yu-yunquan)"``); called
            once per record, when the index is built.
    """

    def __init__(
        self,
        kind: str,
        records: Sequence[R],
        *,
        ids: Callable[[R], Iterable[str]],
        names: Callable[[R], Iterable[str]],
        label: Callable[[R], str],
    ) -> None:
        self.kind = kind
        self.records: tuple[R, ...] = tuple(records)
        # Labels, not the function making them: an index holds plain data only, so an
        # edition pickles with its indexes.
        self._labels = tuple(label(r) for r in self.records)
        self._by_id: dict[str, int] = {}
        by_name: dict[str, list[int]] = {}
        by_words: dict[tuple[str, ...], list[int]] = {}
        by_word: dict[str, set[int]] = {}
        named: dict[tuple[int, str], tuple[str, ...]] = {}
        for position, record in enumerate(self.records):
            for record_id in ids(record):
                self._by_id.setdefault(record_id.casefold(), position)
            for name in names(record):
                words = tokens(name)
                if not words:
                    continue
                folded = " ".join(words)
                if (position, folded) in named:
                    continue
                named[position, folded] = words
                _add(by_name, folded, position)
                _add(by_words, tuple(sorted(words)), position)
                for word in words:
                    by_word.setdefault(word, set()).add(position)
        self._by_name = {k: tuple(v) for k, v in by_name.items()}
        self._by_words = {k: tuple(v) for k, v in by_words.items()}
        self._by_word = {k: frozenset(v) for k, v in by_word.items()}
        self.names: tuple[NamedKey, ...] = tuple(
            (position, folded, words) for (position, folded), words in named.items()
        )

    def label(self, record: R) -> str:
        """How messages name a record of the index (``"Yu Yunquan (yu-yunquan)"``)."""
        return self._labels[self.records.index(record)]

    def by_id(self, record_id: str) -> R | None:
        """The record with exactly this id, or None."""
        position = self._by_id.get(record_id.casefold())
        return None if position is None else self.records[position]

    def matches(self, key: str) -> tuple[R, ...]:
        """Every record the key finds at the first step that finds any (see the module).

        Args:
            key: An id or a written name.

        Returns:
            The records in edition order: one for a good key, several for an ambiguous
            one, none for an unknown one.

        Raises:
            TypeError: If ``key`` is not a string.
            ValueError: If ``key`` holds no letter or digit.
        """
        return self.lookup(key)[1]

    def find(self, key: str) -> R:
        """The one record the key finds.

        Args:
            key: An id or a written name.

        Returns:
            The record.

        Raises:
            NotFoundError: If the key finds no record (the message offers close
                matches) or several (the message names them).
            TypeError: If ``key`` is not a string.
            ValueError: If ``key`` holds no letter or digit.
        """
        positions = self._positions(key)[1]
        if len(positions) == 1:
            return self.records[positions[0]]
        if positions:
            found = "; ".join(self._labels[p] for p in positions)
            raise NotFoundError(
                f"{key!r} fits more than one {self.kind}: {found}; use an id or a fuller name",
                candidates=(self.records[p] for p in positions),
            )
        close = self.close_matches(key)
        hint = "; close matches: " + "; ".join(self.label(r) for r in close) if close else ""
        raise NotFoundError(f"no {self.kind} is called {shown_key(key)}{hint}", candidates=close)

    def get(self, key: str, default: D) -> R | D:
        """The one record the key finds, or ``default`` when it finds none or several.

        Args:
            key: An id or a written name.
            default: What to return instead of raising.

        Returns:
            The record, or ``default``.

        Raises:
            TypeError: If ``key`` is not a string.
            ValueError: If ``key`` holds no letter or digit.
        """
        positions = self._positions(key)[1]
        return self.records[positions[0]] if len(positions) == 1 else default

    def lookup(self, key: str) -> tuple[int, tuple[R, ...]]:
        """Like :meth:`matches`, with the step that found them.

        Args:
            key: An id or a written name.

        Returns:
            The step (0 id, 1 whole name, 2 words reordered, 3 some whole words;
            :data:`NOT_FOUND` when nothing matched) and the records found at it.

        Raises:
            TypeError: If ``key`` is not a string.
            ValueError: If ``key`` holds no letter or digit.
        """
        step, positions = self._positions(key)
        return step, tuple(self.records[p] for p in positions)

    def _positions(self, key: str) -> tuple[int, tuple[int, ...]]:
        position = self._by_id.get(key) if isinstance(key, str) else None
        if position is not None:
            return 0, (position,)
        folded = fold_key(key)
        position = self._by_id.get(key.strip().casefold())
        if position is not None:
            return 0, (position,)
        found = self._by_name.get(folded)
        if found:
            return 1, found
        words = folded.split()
        found = self._by_words.get(tuple(sorted(words)))
        if found:
            return 2, found
        common: frozenset[int] | None = None
        for word in words:
            holders = self._by_word.get(word)
            if not holders:
                return NOT_FOUND, ()
            common = holders if common is None else common & holders
        return (3, tuple(sorted(common))) if common else (NOT_FOUND, ())

    def close_matches(self, key: str) -> tuple[R, ...]:
        """Records with a name like the key, best first, at most five.

        A name is close when :class:`difflib.SequenceMatcher` rates it 0.6 or more
        against the folded key, or when every word of the key starts a word of it.
        This is for error messages: it reads every name, so its cost is bounded: only
        the first :data:`MAX_KEY_COMPARED` characters of the folded key are compared,
        and a name is rated only when difflib's cheap upper bounds
        (``real_quick_ratio``, then ``quick_ratio``) leave it a chance.

        Args:
            key: What was looked up.

        Returns:
            The records.
        """
        import difflib  # only a failed lookup needs it

        folded = fold_key(key)[:MAX_KEY_COMPARED]
        words = folded.split()
        matcher = difflib.SequenceMatcher(None, autojunk=False)
        matcher.set_seq2(folded)  # difflib caches what it learns about the second one
        scores: dict[int, float] = {}
        for position, name, name_words in self.names:
            score = 0.0
            matcher.set_seq1(name)
            if (
                matcher.real_quick_ratio() >= _CLOSE
                and matcher.quick_ratio() >= _CLOSE
                and (ratio := matcher.ratio()) >= _CLOSE
            ):
                score = ratio
            if all(any(n.startswith(w) for n in name_words) for w in words):
                score = max(score, 0.9)
            if score >= _CLOSE:
                scores[position] = max(score, scores.get(position, 0.0))
        best = sorted(scores, key=lambda p: (-scores[p], p))[:_MAX_SUGGESTIONS]
        return tuple(self.records[p] for p in best)


def shown_key(key: str) -> str:
    """A key for a message: quoted, and cut short if it is long."""
    if len(key) <= MAX_KEY_COMPARED:
        return repr(key)
    return f"{key[:MAX_KEY_COMPARED]!r}... ({len(key):,} characters)"


def _add(index: dict[K, list[int]], key: K, position: int) -> None:
    positions = index.setdefault(key, [])
    if position not in positions:
        positions.append(position)
