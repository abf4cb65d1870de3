"""The aggregate root: one annual edition and everything it holds."""

from __future__ import annotations

import functools
import warnings
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, Any, TypeVar

import attrs

from ..errors import NotFoundError
from ._checks import MAX_EDITION_NUMBER, YEAR, IntRange, check_text
from ._events import Event, OrganizerRole, ParticipantRole
from ._initiatives import Initiative
from ._integrity import check_whole
from ._methods import record_eq, record_hash, record_repr
from ._milestones import Milestone
from ._organizations import Organization
from ._people import Person
from ._places import Country
from ._provenance import Erratum, EvidenceKind, Fact, Source
from ._rankings import Ranking, Story
from ._speeches import Speech

if TYPE_CHECKING:
    from ._hits import SearchHit

__all__ = ["Edition", "View"]

R = TypeVar("R")
D = TypeVar("D")

Record = Person | Organization | Initiative | Event | Speech | Milestone | Story
"""The records an edition holds and iterates over."""


@attrs.frozen(kw_only=True)
class Edition:
    """One annual edition: its release event, people, organizations, speeches and list.

    Construction checks the edition as a whole (unique ids per kind, every reference
    resolves, exactly one main event, the ranking's year) and reports every problem.

    Args:
        year: The year the list covers (2025 for the list released in January 2026).
        number: The edition number (the sixth annual release is 6).
        title: The edition's title.
        sources: The documents the data comes from.
        organizations: Every organization named.
        people: Every person named.
        events: The main event and its parts.
        speeches: Every speech and comment.
        ranking: The released list.
        initiatives: Initiatives, projects and agreements the speeches mention.
        milestones: Dated facts the speeches cite.
        errata: Slips found in the sources.

    Raises:
        ValidationError: Listing every problem, each with its path
            (``speeches[3].speaker_id: 'x' is not the id of a person``).
    """

    year: int = attrs.field(validator=YEAR)
    number: int = attrs.field(validator=IntRange(1, MAX_EDITION_NUMBER))
    title: str = attrs.field(validator=check_text)
    sources: tuple[Source, ...]
    organizations: tuple[Organization, ...]
    people: tuple[Person, ...]
    events: tuple[Event, ...]
    speeches: tuple[Speech, ...]
    ranking: Ranking
    initiatives: tuple[Initiative, ...] = ()
    milestones: tuple[Milestone, ...] = ()
    errata: tuple[Erratum, ...] = ()

    __attrs_post_init__ = check_whole
    __eq__ = record_eq
    __hash__ = record_hash

    def __repr__(self) -> str:
        return (
            f"<Edition {self.year} #{self.number}: {len(self.people)} people, "
            f"{len(self.organizations)} organizations, {len(self.events)} events, "
            f"{len(self.speeches)} speeches, ranking {len(self.ranking)}/{self.ranking.size}>"
        )

    @functools.cached_property
    def _cache(self) -> dict[str, Any]:
        """The query layer's indexes, built on first use (see :mod:`asean_coop.query._cache`).

        A cached property, not a field: it stays out of ``attrs.fields``, equality,
        hashing, ``attrs.asdict`` and pickles.
        """
        return {}

    # -- the edition as a collection of records ---------------------------------------

    def records(self, kind: type[R] | None = None) -> tuple[Any, ...]:
        """The records of one kind, or every record, in edition order.

        Args:
            kind: ``Person``, ``Organization``, ``Initiative``, ``Event``, ``Speech``,
                ``Milestone`` or ``Story``; None for all of them, in that order.

        Returns:
            The records.

        Raises:
            TypeError: If ``kind`` is not one of those classes.

        Example:
            >>> import asean_coop
            >>> edition = asean_coop.load_edition(2025)
            >>> len(edition.records(asean_coop.Speech)), len(edition) == len(edition.records())
            (10, True)
        """
        groups: dict[type[Any], tuple[Any, ...]] = {
            Person: self.people,
            Organization: self.organizations,
            Initiative: self.initiatives,
            Event: self.events,
            Speech: self.speeches,
            Milestone: self.milestones,
            Story: self.ranking.stories,
        }
        if kind is None:
            return tuple(record for group in groups.values() for record in group)
        try:
            return groups[kind]
        except (KeyError, TypeError):
            known = ", ".join(k.__name__ for k in groups)
            raise TypeError(f"an edition holds no records of kind {kind!r} ({known})") from None

    def __len__(self) -> int:
        """How many records the edition holds (see :meth:`records`)."""
        return len(self.records())

    def __iter__(self) -> Iterator[Record]:
        """Every record, as :meth:`records` lists them."""
        return iter(self.records())

    def __contains__(self, item: object) -> bool:
        """Whether a record is one of the edition's (equal to one, of the same class)."""
        try:
            group = self.records(type(item))
        except TypeError:
            return False
        return item in group

    # -- events ----------------------------------------------------------------------

    @property
    def main_event(self) -> Event:
        """The main event: the one event without a parent.

        Example:
            >>> import asean_coop
            >>> asean_coop.load_edition(2025).main_event.id
            'ceremony'
        """
        for event in self.events:
            if event.parent_id is None:
                return event
        raise NotFoundError("the edition has no main event")  # pragma: no cover

    @property
    def event(self) -> _EventLookup:
        """Look an event up: ``edition.event(key)`` (see :meth:`_EventLookup.__call__`).

        Earlier releases spelled the main event ``edition.event``; that spelling still
        works for this release, with a :class:`DeprecationWarning`: use
        :attr:`main_event`.

        Example:
            >>> import asean_coop
            >>> edition = asean_coop.load_edition(2025)
            >>> edition.event("roundtable").id
            'roundtable-dialogue'
        """
        return _EventLookup(self)

    def find_event(self, key: str) -> Event:
        """Deprecated spelling of :meth:`event`; warns and looks the event up."""
        warnings.warn(
            "Edition.find_event(key) is deprecated: use Edition.event(key)",
            DeprecationWarning,
            stacklevel=2,
        )
        return self.event(key)

    # -- queries: thin; the machinery lives in asean_coop.query -------------------------

    def lookup(self, kind: type[R], key: R | str) -> R:
        """The one record of a kind that a key finds (the per-kind methods in one).

        Args:
            kind: ``Person``, ``Organization``, ``Initiative``, ``Event`` or ``Speech``.
            key: An id, a written name, or a record of that kind.

        Returns:
            The record.

        Raises:
            NotFoundError: If the key finds no record, or several; ``.candidates``
                holds the close matches, or the records it fits.
            TypeError: If ``kind`` is not looked up by key.

        Example:
            >>> import asean_coop
            >>> edition = asean_coop.load_edition(2025)
            >>> edition.lookup(asean_coop.Organization, "cfau").short_name
            'CFAU'
        """
        from ..query._lookup import lookup

        return lookup(self, kind, key)

    def get(self, kind: type[R], key: str, default: D = None) -> R | D:  # type: ignore[assignment]
        """Like :meth:`lookup`, returning ``default`` where it would raise NotFoundError.

        Args:
            kind: ``Person``, ``Organization``, ``Initiative``, ``Event`` or ``Speech``.
            key: An id or a written name.
            default: What to return when the key finds no one record.

        Returns:
            The record, or ``default``.

        Example:
            >>> import asean_coop
            >>> edition = asean_coop.load_edition(2025)
            >>> edition.get(asean_coop.Person, "Yang Yue").id
            'yang-yue'
            >>> edition.get(asean_coop.Person, "Nobody Here") is None
            True
        """
        from ..query._lookup import get

        return get(self, kind, key, default)

    def person(self, key: str) -> Person:
        """Find a person by id or by any written form of their name.

        Case, Latin diacritics, punctuation and word order do not matter; a part of
        the name made of whole words (``"Pitlo"``) is enough when only one person has
        it. See :mod:`asean_coop.query._index` for the order in which a key is tried.

        Args:
            key: An id (``"pham-duy-binh"``) or a name (``"Phạm Duy Bình"``).

        Returns:
            The person.

        Raises:
            NotFoundError: If no person, or more than one, answers to the key; the
                message offers close matches or names the candidates, and
                ``.candidates`` holds them.
            ValueError: If the key holds no letter or digit.

        Example:
            >>> import asean_coop
            >>> edition = asean_coop.load_edition(2025)
            >>> edition.person("Phạm Duy Bình").id
            'pham-duy-binh'
            >>> edition.person("PHAM DUY BINH") is edition.person("binh pham duy")
            True
            >>> edition.person("Pitlo").name.indexed
            'Pitlo, Lucio Blanco, III'
            >>> try:
            ...     edition.person("Pham Duy Bin")
            ... except asean_coop.NotFoundError as error:
            ...     print(error)
            no person is called 'Pham Duy Bin'; close matches: Pham Duy Binh (pham-duy-binh)
        """
        from ..query._lookup import lookup

        return lookup(self, Person, key)

    def organization(self, key: str) -> Organization:
        """Find an organization by id, name, short name or alias.

        Keys are matched as :meth:`person` matches them.

        Args:
            key: An id (``"cfau"``) or a name (``"China Foreign Affairs University"``,
                ``"CFAU"``).

        Returns:
            The organization.

        Raises:
            NotFoundError: If no organization, or more than one, answers to the key;
                the message offers close matches or names the candidates.
            ValueError: If the key holds no letter or digit.

        Example:
            >>> import asean_coop
            >>> edition = asean_coop.load_edition(2025)
            >>> edition.organization("cfau").name
            'China Foreign Affairs University'
            >>> edition.organization("caexpo secretariat").id
            'caexpo-secretariat'
        """
        from ..query._lookup import lookup

        return lookup(self, Organization, key)

    def initiative(self, key: str) -> Initiative:
        """Find an initiative, project or agreement by id, name, short name or alias.

        Keys are matched as :meth:`person` matches them.

        Args:
            key: An id or a name (``"CAFTA 3.0"``).

        Returns:
            The initiative.

        Raises:
            NotFoundError: If no initiative, or more than one, answers to the key; the
                message offers close matches or names the candidates.
            ValueError: If the key holds no letter or digit.

        Example:
            >>> import asean_coop
            >>> edition = asean_coop.load_edition(2025)
            >>> edition.initiative("cafta 3.0").name
            'China-ASEAN Free Trade Area 3.0'
        """
        from ..query._lookup import lookup

        return lookup(self, Initiative, key)

    def speech(self, key: str) -> Speech:
        """Find a speech by id, or by its speaker when they made exactly one.

        Args:
            key: A speech id, or a key for a person (see :meth:`person`).

        Returns:
            The speech.

        Raises:
            NotFoundError: If no speech has that id and the key names no person, or
                names a person who made no speech or several (the message lists
                their speech ids).
            ValueError: If the key holds no letter or digit.

        Example:
            >>> import asean_coop
            >>> edition = asean_coop.load_edition(2025)
            >>> edition.speech("Vongpano Sipaseuth").mentions
            ('LA', 'CN', 'laos-china-railway', 'asean')
        """
        from ..query._lookup import lookup

        return lookup(self, Speech, key)

    def search(self, text: str) -> tuple[SearchHit, ...]:
        """Search everything the edition holds, best match first.

        People, organizations, initiatives, events, speeches (summaries and points),
        stories, milestones and figures are searched. Every word of ``text`` must
        start a word of one field of a record, in any order, case- and
        diacritic-insensitively; a word that starts none is taken for a typo and
        replaced by the closest words the edition has. Each hit says what it found
        (``kind``), in which field, and how well; see :mod:`asean_coop.query._search`
        for the ranking.

        Args:
            text: The query (``"binh pham"``, ``"railway"``, ``"Xi Jinping"``).

        Returns:
            One hit per record, best first; empty if nothing matches.

        Raises:
            ValueError: If the query holds no letter or digit.

        Example:
            >>> import asean_coop
            >>> edition = asean_coop.load_edition(2025)
            >>> [hit.record.id for hit in edition.search("binh pham")]
            ['pham-duy-binh']
            >>> hit = edition.search("Nanning")[0]
            >>> hit.kind, hit.field, hit.record.id
            ('event', 'place', 'ceremony')
            >>> edition.search("Vongpanno")[0].record.id
            'vongpano-sipaseuth'
        """
        from ..query._search import search

        return search(self, text)

    def topics(self) -> tuple[tuple[str, int], ...]:
        """The topics of the speeches, with how many speeches have each.

        Returns:
            ``(slug, count)`` pairs, most speeches first, then by slug.

        Example:
            >>> import asean_coop
            >>> edition = asean_coop.load_edition(2025)
            >>> ("digital-transformation", 2) in edition.topics()
            True
        """
        from ..query._speeches import topics

        return topics(self)

    def participants(
        self,
        role: ParticipantRole | str | None = None,
        *,
        event: Event | str | None = None,
    ) -> tuple[Person, ...]:
        """The people who took part, optionally in one role or at one event.

        Args:
            role: A :class:`ParticipantRole` or its value (``"presider"``); None for
                any role.
            event: An event or a key for one (see :meth:`event`); None for every
                event of the edition. An event's parts are not counted in it.

        Returns:
            The people, each once, in ``PersonName.sort_key`` order (ties by id).

        Raises:
            ValueError: If ``role`` is a string that names no role (the message lists
                the choices).
            NotFoundError: If ``event`` names no event of the edition.

        Example:
            >>> import asean_coop
            >>> edition = asean_coop.load_edition(2025)
            >>> [p.name.text for p in edition.participants("presider")]
            ['Tang Zhihua', 'Yang Yue']
            >>> len(edition.participants()), len(edition.participants(event="roundtable"))
            (21, 5)
        """
        from ..query._participation import participants

        return participants(self, role, event)

    def roles_of(
        self, person: Person | str, *, event: Event | str | None = None
    ) -> tuple[ParticipantRole, ...]:
        """The roles a person played, at any event or at one.

        Args:
            person: A person of the edition or a key for one (see :meth:`person`).
            event: An event or a key for one; None for every event.

        Returns:
            The roles, each once, in the order of :class:`ParticipantRole`; empty if
            the person took no part.

        Raises:
            NotFoundError: If ``person`` or ``event`` names no one record.

        Example:
            >>> import asean_coop
            >>> edition = asean_coop.load_edition(2025)
            >>> edition.roles_of("Yang Yue")
            (<ParticipantRole.PRESIDER: 'presider'>,)
        """
        from ..query._participation import roles_of

        return roles_of(self, person, event)

    def speakers(self) -> tuple[Person, ...]:
        """The people who made at least one speech, of any kind, at any event.

        This counts speeches (addresses, commentaries, remarks); for the people in
        the ``speaker`` role, use ``participants("speaker")``.

        Returns:
            The people, each once, in ``PersonName.sort_key`` order (ties by id).

        Example:
            >>> import asean_coop
            >>> edition = asean_coop.load_edition(2025)
            >>> [p.name.text for p in edition.speakers()][:4]
            ['Ahmad Phadil bin Mohamed Ismail', 'Hu Suojin', 'Li Guozhong', 'Souliya Mounnarath']
        """
        from ..query._participation import speakers

        return speakers(self)

    def organizers(
        self,
        role: OrganizerRole | str | None = None,
        *,
        event: Event | str | None = None,
    ) -> tuple[Organization, ...]:
        """The organizations that organised the events, optionally in one role.

        Args:
            role: An :class:`OrganizerRole` or its value (``"co_host"``, ``"co-host"``);
                None for any role.
            event: An event or a key for one; None for every event of the edition.

        Returns:
            The organizations, each once: by role (supervisors, co-hosts, then
            organizers), then in the order the events list them, the main event first.

        Raises:
            ValueError: If ``role`` is a string that names no role (the message lists
                the choices).
            NotFoundError: If ``event`` names no event of the edition.

        Example:
            >>> import asean_coop
            >>> edition = asean_coop.load_edition(2025)
            >>> [o.id for o in edition.organizers("supervisor")]
            ['cicg', 'cfau', 'cpc-guangxi-publicity-department']
        """
        from ..query._participation import organizers

        return organizers(self, role, event)

    def affiliated_with(
        self,
        organization: Organization | str,
        *,
        include_suborganizations: bool = True,
        include_former: bool = False,
    ) -> tuple[Person, ...]:
        """The people who hold a position with an organization.

        Args:
            organization: An organization of the edition or a key for one (see
                :meth:`organization`).
            include_suborganizations: Count positions with the organizations below it,
                at any depth (an institute of a university counts for the university).
            include_former: Count positions marked former.

        Returns:
            The people, each once, in ``PersonName.sort_key`` order (ties by id).

        Raises:
            NotFoundError: If ``organization`` names no one organization.

        Example:
            >>> import asean_coop
            >>> edition = asean_coop.load_edition(2025)
            >>> [p.name.text for p in edition.affiliated_with("CFAU")]
            ['Sun Jisheng', 'Yang Yue']
            >>> edition.affiliated_with("CFAU", include_suborganizations=False)[0].id
            'sun-jisheng'
        """
        from ..query._affiliation import affiliated_with

        return affiliated_with(
            self,
            organization,
            include_suborganizations=include_suborganizations,
            include_former=include_former,
        )

    def speeches_by(self, person: Person | str) -> tuple[Speech, ...]:
        """The speeches a person made.

        Args:
            person: A person of the edition or a key for one (see :meth:`person`).

        Returns:
            The speeches in edition order (the order the source reports them).

        Raises:
            NotFoundError: If ``person`` names no one person.

        Example:
            >>> import asean_coop
            >>> edition = asean_coop.load_edition(2025)
            >>> [s.id for s in edition.speeches_by("Hu Suojin")]
            ['hu-suojin-commentary']
        """
        from ..query._speeches import speeches_by

        return speeches_by(self, person)

    def speeches_mentioning(
        self,
        key: Organization | Initiative | Country | Person | str,
        *,
        include_suborganizations: bool = True,
    ) -> tuple[Speech, ...]:
        """The speeches that mention an organization, an initiative, a country, or a text.

        A string key is looked up among organizations, initiatives and countries at
        once (countries by code or name); the kinds that match it best count
        (``"Laos"`` is the country, ``"Laos-China Railway"`` the initiative). A key
        that names several records finds speeches mentioning any of them. A key that
        names none is looked for as a phrase in the speeches' summaries and points
        (see :meth:`speeches_saying`); a phrase the edition holds only elsewhere (a
        story's title, say) finds no speech. A :class:`Person` is looked for in the
        speeches' text by their names.

        Args:
            key: A record, or a key for one.
            include_suborganizations: For an organization, count mentions of the
                organizations below it too (CFAU counts its Institute of Asian
                Studies).

        Returns:
            The speeches in edition order; empty if nothing mentions it.

        Raises:
            NotFoundError: If the key names no organization, initiative or country
                and the edition's texts nowhere hold it; the message offers close
                matches.
            ValueError: If the key holds no letter or digit.

        Example:
            >>> import asean_coop
            >>> edition = asean_coop.load_edition(2025)
            >>> [s.speaker_id for s in edition.speeches_mentioning("artificial intelligence")]
            ['li-guozhong']
            >>> edition.speeches_mentioning("Xi Jinping")  # a story's title, in no speech
            ()
            >>> [s.speaker_id for s in edition.speeches_mentioning("Laos-China Railway")]
            ['vongpano-sipaseuth']
            >>> [s.speaker_id for s in edition.speeches_mentioning("Cambodia")]
            ['taing-sokngorn', 'ahmad-phadil-bin-mohamed-ismail']
        """
        from ..query._speeches import speeches_mentioning

        return speeches_mentioning(self, key, include_suborganizations=include_suborganizations)

    def speeches_about(self, topic: str) -> tuple[Speech, ...]:
        """The speeches with a topic, given by its slug or by some of its words.

        A speech is about ``topic`` when one of its topic slugs holds every word of
        ``topic`` as a whole word: ``"green development"`` finds
        ``green-development``, and ``"exchange"`` finds ``cultural-exchange`` and
        ``people-to-people-exchange``.

        Args:
            topic: A topic slug or words of one.

        Returns:
            The speeches in edition order.

        Raises:
            NotFoundError: If no topic of the edition holds those words; the message
                offers close topics (:meth:`topics` lists them all).
            ValueError: If ``topic`` holds no letter or digit.

        Example:
            >>> import asean_coop
            >>> edition = asean_coop.load_edition(2025)
            >>> [s.speaker_id for s in edition.speeches_about("digital transformation")]
            ['sun-jisheng', 'taing-sokngorn']
        """
        from ..query._speeches import speeches_about

        return speeches_about(self, topic)

    def speeches_saying(self, phrase: str) -> tuple[Speech, ...]:
        """The speeches whose summary or points hold a phrase, as whole words.

        Case, diacritics and punctuation do not matter.

        Args:
            phrase: The words, in order (``"artificial intelligence"``).

        Returns:
            The speeches in edition order; empty if none says it.

        Raises:
            ValueError: If ``phrase`` holds no letter or digit.

        Example:
            >>> import asean_coop
            >>> edition = asean_coop.load_edition(2025)
            >>> len(edition.speeches_saying("artificial intelligence")) > 0
            True
        """
        from ..query._speeches import speeches_saying

        return speeches_saying(self, phrase)

    def people_from(
        self,
        country: Country | str,
        *,
        include_former: bool = False,
        countries: Sequence[Country] | None = None,
    ) -> tuple[Person, ...]:
        """The people who hold a position with an organization of a country.

        An organization without a country of its own counts under the nearest
        organization above it that has one. A consulate counts for its sending state.

        Args:
            country: A :class:`Country`, its alpha-2 or alpha-3 code, its name,
                official name or an alias (see :func:`asean_coop.country`).
            include_former: Count positions marked former.
            countries: The country table names are looked up in; None for the
                bundled one (:func:`asean_coop.countries`). A :class:`Country` and an
                alpha-2 code the edition's organizations use need no table.

        Returns:
            The people, each once, in ``PersonName.sort_key`` order (ties by id).

        Raises:
            NotFoundError: If ``country`` names no one country.

        Example:
            >>> import asean_coop
            >>> edition = asean_coop.load_edition(2025)
            >>> [p.name.text for p in edition.people_from("Malaysia")]
            ['Ahmad Phadil bin Mohamed Ismail', 'Tie Fatt Hee']
        """
        from ..query._affiliation import people_from

        return people_from(self, country, include_former=include_former, countries=countries)

    def countries_represented(
        self, countries: Sequence[Country] | None = None
    ) -> tuple[Country, ...]:
        """The countries some person of the edition is from (see :meth:`people_from`).

        Args:
            countries: The country table to take the countries from; None for the
                bundled one.

        Returns:
            The countries, by alpha-2 code.

        Raises:
            NotFoundError: If an organization's country is missing from the
                country table.

        Example:
            >>> import asean_coop
            >>> edition = asean_coop.load_edition(2025)
            >>> [c.code for c in edition.countries_represented()]
            ['CN', 'KH', 'LA', 'MM', 'MY', 'PH', 'TH', 'VN']
        """
        from ..query._affiliation import countries_represented

        return countries_represented(self, countries)

    def facts(self, kind: EvidenceKind | str | None = None) -> tuple[Fact, ...]:
        """Every piece of evidence in the edition, with the record it supports.

        Ask which facts a source states, which the data infers from a source (each
        with a note saying how) and which come from general reference rather than
        from either document.

        Args:
            kind: An :class:`EvidenceKind` or its value (``"stated"``,
                ``"inferred"``, ``"reference"``); None for every kind.

        Returns:
            The facts in edition order (see :mod:`asean_coop.query._provenance`).

        Raises:
            ValueError: If ``kind`` is a string that names no kind (the message lists
                the choices).

        Example:
            >>> import asean_coop
            >>> edition = asean_coop.load_edition(2025)
            >>> [(f.record, f.about) for f in edition.facts("inferred")][:1]
            [('ministry-of-commerce', ('country',))]
            >>> sorted({f.source.id for f in edition.facts("reference")})
            ['general-reference']
        """
        from ..query._provenance import facts

        return facts(self, kind)

    def timeline(self) -> tuple[Milestone | Event, ...]:
        """The milestones and events of the edition in date order.

        Dates sort as :class:`PartialDate` sorts: a date known only to the year comes
        before the months of that year. On the same date milestones come before
        events; otherwise records keep their edition order.

        Returns:
            The milestones and events.

        Example:
            >>> import asean_coop
            >>> edition = asean_coop.load_edition(2025)
            >>> first, last = edition.timeline()[0], edition.timeline()[-1]
            >>> str(first.date), first.title
            ('2004', 'China-ASEAN Expo launched, held in Nanning each year since')
            >>> str(last.date), last.title
            ('2026-09', '23rd China-ASEAN Expo scheduled')
        """
        from ..query._timeline import timeline

        return timeline(self)

    def view(self, subject: Any) -> View:
        """A record (or a tuple of records) of this edition, shown in notebooks with names.

        A record does not know its edition, so on its own a notebook shows the ids it
        refers to; its view names them: a speech's speaker (with their post), event
        and mentions, an event's organizers and participants, a person's
        organizations, the countries of stories and milestones.

        Args:
            subject: A record of the edition, or a tuple or list of them.

        Returns:
            The view; the record itself is ``view.subject``.

        Example:
            >>> import asean_coop
            >>> edition = asean_coop.load_edition(2025)
            >>> html = edition.view(edition.speech("Vongpano Sipaseuth"))._repr_html_()
            >>> "Vongpano Sipaseuth" in html and "Laos-China Railway" in html
            True
        """
        return View(edition=self, subject=subject)

    def _repr_html_(self) -> str:
        """HTML for notebooks: the event, organizers, people and ranking as tables."""
        from .._html import edition_html

        return edition_html(self)


@attrs.frozen(kw_only=True)
class View:
    """A record (or records) of an edition, rendered in notebooks with names, not ids.

    Made by :meth:`Edition.view`. Immutable; equal when the edition and the subject
    are.

    Args:
        edition: The edition the subject comes from.
        subject: A record, or a tuple or list of records.
    """

    __repr__ = record_repr
    __eq__ = record_eq
    __hash__ = record_hash

    edition: Edition = attrs.field(repr=False)
    subject: Any

    def _repr_html_(self) -> str:
        """HTML for notebooks: the subject with every id named, every string escaped."""
        from .._html import view_html

        return view_html(self.edition, self.subject)


class _EventLookup:
    """What ``edition.event`` gives: call it to look an event up.

    ``edition.event("roundtable")`` finds an event by id or name. Reading an attribute
    of it (``edition.event.name``) is the spelling earlier releases used for the main
    event: it still answers, from :attr:`Edition.main_event`, with a
    :class:`DeprecationWarning`.
    """

    __slots__ = ("_edition",)

    def __init__(self, edition: Edition) -> None:
        self._edition = edition

    def __call__(self, key: Event | str) -> Event:
        """Find an event of the edition by id or name.

        Keys are matched as :meth:`Edition.person` matches them; when a key fits several
        events equally, the main event is not preferred: the key is ambiguous.

        Args:
            key: An id or a name (``"Roundtable Dialogue"``), or an event.

        Returns:
            The event.

        Raises:
            NotFoundError: If no event, or more than one, answers to the key;
                ``.candidates`` holds the close matches or the events it fits.
            ValueError: If the key holds no letter or digit.
        """
        return self._edition.lookup(Event, key)

    def _main(self) -> Event:
        warnings.warn(
            "Edition.event as the main event is deprecated: use Edition.main_event "
            "(Edition.event(key) looks an event up)",
            DeprecationWarning,
            stacklevel=3,
        )
        return self._edition.main_event

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__"):
            raise AttributeError(name)
        return getattr(self._main(), name)

    def __eq__(self, other: object) -> bool:
        return self._main() == other

    def __hash__(self) -> int:
        return hash(self._edition.main_event)

    def __repr__(self) -> str:
        return f"<event lookup of {self._edition!r}>"
