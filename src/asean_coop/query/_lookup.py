"""Singular lookups over one table of record kinds.

Each kind of record an edition holds and users look up by key (people,
organizations, initiatives, events, speeches) is one row of :data:`KINDS`: its class,
where the edition keeps its records, and which ids and names find it. Every lookup
reads that table, so a kind is added in one place. The model is pycountry's
``Database``: :func:`lookup` returns the one record a key finds or raises
:class:`~asean_coop.NotFoundError`, :func:`get` returns a default instead.

Each kind has a :class:`~.index.NameIndex`, built once per edition on first use; see
:mod:`.index` for the order in which a key is tried.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any, Generic, TypeVar, cast

import attrs

from ..errors import NotFoundError
from ..model import Edition, Event, Initiative, Organization, Person, Speech
from ._cache import cached
from ._index import NameIndex, shown_key

__all__ = ["KINDS", "RecordKind", "get", "index", "kind_of", "lookup"]

R = TypeVar("R")
D = TypeVar("D")


@attrs.frozen
class RecordKind(Generic[R]):
    """One kind of record that a key can find.

    Args:
        name: What a record is, for messages (``"person"``).
        cls: The record class.
        records: Where an edition keeps them, in the order lookups list them.
        ids: A record's ids (matched ignoring case).
        names: A record's written names (matched folded).
        label: How a message names a record (``"Yu Yunquan (yu-yunquan)"``).
    """

    name: str
    cls: type[R]
    records: Callable[[Edition], Sequence[R]]
    ids: Callable[[R], Iterable[str]]
    names: Callable[[R], Iterable[str]]
    label: Callable[[Edition, R], str]


def _events_main_first(edition: Edition) -> tuple[Event, ...]:
    main = edition.main_event
    return (main, *(e for e in edition.events if e is not main))


def _speech_label(edition: Edition, speech: Speech) -> str:
    speaker = index(edition, Person).by_id(speech.speaker_id)
    who = speaker.name.text if speaker is not None else speech.speaker_id
    return f"{speech.id} ({speech.kind.value} by {who})"


KINDS: tuple[RecordKind[Any], ...] = (
    RecordKind(
        "person",
        Person,
        lambda e: e.people,
        ids=lambda p: (p.id,),
        names=lambda p: (p.name.text, *p.name.variants),
        label=lambda _, p: f"{p.name.text} ({p.id})",
    ),
    RecordKind(
        "organization",
        Organization,
        lambda e: e.organizations,
        ids=lambda o: (o.id,),
        names=lambda o: o.names,
        label=lambda _, o: f"{o.name} ({o.id})",
    ),
    RecordKind(
        "initiative",
        Initiative,
        lambda e: e.initiatives,
        ids=lambda i: (i.id,),
        names=lambda i: i.names,
        label=lambda _, i: f"{i.name} ({i.id})",
    ),
    RecordKind(
        "event",
        Event,
        _events_main_first,
        ids=lambda e: (e.id,),
        names=lambda e: (e.name,),
        label=lambda _, e: f"{e.name} ({e.id})",
    ),
    RecordKind(
        "speech",
        Speech,
        lambda e: e.speeches,
        ids=lambda s: (s.id,),
        names=lambda s: (),
        label=_speech_label,
    ),
)
"""The kinds of record a key finds, in the order messages list them."""

_BY_CLASS: dict[type[Any], RecordKind[Any]] = {kind.cls: kind for kind in KINDS}


def kind_of(cls: type[R]) -> RecordKind[R]:
    """The row of :data:`KINDS` for a record class.

    Raises:
        TypeError: If records of that class are not looked up by key.

    Example:
        >>> from asean_coop import Person
        >>> kind_of(Person).name
        'person'
    """
    try:
        return cast(RecordKind[R], _BY_CLASS[cls])
    except (KeyError, TypeError):
        known = ", ".join(k.cls.__name__ for k in KINDS)
        raise TypeError(f"{cls!r} is not a kind of record looked up by key ({known})") from None


def index(edition: Edition, cls: type[R]) -> NameIndex[R]:
    """The edition's index of one kind of record, built on first use.

    Args:
        edition: The edition.
        cls: The record class (``Person``).

    Returns:
        The index by id and name.
    """
    kind = kind_of(cls)

    def build(edition: Edition) -> NameIndex[R]:
        return NameIndex(
            kind.name,
            kind.records(edition),
            ids=kind.ids,
            names=kind.names,
            label=lambda r: kind.label(edition, r),  # called now, not kept
        )

    return cached(edition, f"query.index.{kind.name}", build)


def lookup(edition: Edition, cls: type[R], key: R | str) -> R:
    """The one record of a kind that a key (or a record) stands for.

    A record is checked to be the edition's own; a string is looked up by id and
    name (see :mod:`.index`). A speech key may also name its speaker, when that
    person made exactly one speech.

    Args:
        edition: The edition.
        cls: The record class (``Person``, ``Organization``, ``Initiative``,
            ``Event``, ``Speech``).
        key: A record of that class, or an id or a written name.

    Returns:
        The edition's record.

    Raises:
        NotFoundError: If the key finds no record, or several; ``.candidates`` holds
            the close matches, or the records it fits.
        TypeError: If ``key`` is neither a record of that class nor a string.
        ValueError: If the key holds no letter or digit.

    Example:
        >>> import asean_coop
        >>> edition = asean_coop.load_edition(2025)
        >>> lookup(edition, asean_coop.Person, "yu yunquan").id
        'yu-yunquan'
    """
    found = index(edition, cls)
    if isinstance(key, cls):
        record = found.by_id(cast(Any, key).id)
        if record is None or record != key:
            raise NotFoundError(
                f"the {found.kind} given ({cast(Any, key).id!r}) is not one of the "
                "edition's records"
            )
        return record
    if not isinstance(key, str):
        raise TypeError(f"expected a {cls.__name__} or a string key, got {key!r}")
    if cls is Speech:
        return cast(R, _lookup_speech(edition, key))
    return found.find(key)


def get(edition: Edition, cls: type[R], key: str, default: D = None) -> R | D:  # type: ignore[assignment]
    """Like :func:`lookup`, returning ``default`` where it would raise NotFoundError.

    Args:
        edition: The edition.
        cls: The record class.
        key: An id or a written name.
        default: What to return when the key finds no one record.

    Returns:
        The record, or ``default``.

    Raises:
        TypeError: If ``key`` is not a string.
        ValueError: If the key holds no letter or digit.

    Example:
        >>> import asean_coop
        >>> edition = asean_coop.load_edition(2025)
        >>> get(edition, asean_coop.Person, "nobody at all") is None
        True
    """
    try:
        return lookup(edition, cls, key)
    except NotFoundError:
        return default


def _lookup_speech(edition: Edition, key: str) -> Speech:
    speeches = index(edition, Speech)
    found = speeches.matches(key)
    if found:
        return found[0]
    people = index(edition, Person)
    if people.matches(key):
        person = people.find(key)  # refuses a key that fits several people
        said = cached(edition, "query.speeches-by-speaker", _by_speaker).get(person.id, ())
        if len(said) == 1:
            return said[0]
        if said:
            listed = "; ".join(speeches.label(s) for s in said)
            raise NotFoundError(
                f"{person.name.text} made {len(said)} speeches: {listed}; use a speech id",
                candidates=said,
            )
        raise NotFoundError(f"{people.label(person)} made no speech")
    known = ", ".join(s.id for s in edition.speeches) or "none"
    raise NotFoundError(
        f"no speech has the id {shown_key(key)}, and no person is called that; speech ids: {known}",
        candidates=edition.speeches,
    )


def _by_speaker(edition: Edition) -> dict[str, tuple[Speech, ...]]:
    found: dict[str, list[Speech]] = {}
    for speech in edition.speeches:
        found.setdefault(speech.speaker_id, []).append(speech)
    return {k: tuple(v) for k, v in found.items()}
