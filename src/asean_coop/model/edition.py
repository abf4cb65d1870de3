"""The aggregate root: one annual edition and everything it holds."""

from __future__ import annotations

from typing import Any

import attrs

from ..errors import NotFoundError, ValidationError
from ._checks import check_text
from .events import Event, OrganizerRole, ParticipantRole
from .initiatives import Initiative
from .integrity import EditionParts, edition_problems
from .milestones import Milestone
from .organizations import Organization
from .people import Person
from .places import Country
from .provenance import Erratum, EvidenceKind, Fact, Source
from .rankings import Ranking
from .speeches import Speech

__all__ = ["Edition"]


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

    year: int
    number: int
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
    _cache: dict[str, Any] = attrs.field(init=False, factory=dict, eq=False, hash=False, repr=False)

    def __attrs_post_init__(self) -> None:
        problems = edition_problems(
            EditionParts(
                year=self.year,
                sources=self.sources,
                organizations=self.organizations,
                people=self.people,
                events=self.events,
                speeches=self.speeches,
                ranking=self.ranking,
                initiatives=self.initiatives,
                milestones=self.milestones,
                errata=self.errata,
            )
        )
        if problems:
            raise ValidationError(problems)

    def __repr__(self) -> str:
        return (
            f"<Edition {self.year} #{self.number}: {len(self.people)} people, "
            f"{len(self.organizations)} organizations, {len(self.events)} events, "
            f"{len(self.speeches)} speeches, ranking {len(self.ranking)}/{self.ranking.size}>"
        )

    @property
    def event(self) -> Event:
        """The main event: the one event without a parent."""
        for event in self.events:
            if event.parent_id is None:
                return event
        raise NotFoundError("the edition has no main event")  # pragma: no cover

    # -- queries: thin; the machinery lives in asean_coop.query -------------------------

    def person(self, key: str) -> Person:
        """Find a person by id or by any written form of their name.

        Case, Latin diacritics, punctuation and word order do not matter; a part of
        the name made of whole words (``"Pitlo"``) is enough when only one person has
        it. See :mod:`asean_coop.query.index` for the order in which a key is tried.

        Args:
            key: An id (``"pham-duy-binh"``) or a name (``"Phạm Duy Bình"``).

        Returns:
            The person.

        Raises:
            NotFoundError: If no person, or more than one, answers to the key; the
                message offers close matches or names the candidates.
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
        from ..query.lookup import find_person

        return find_person(self, key)

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
        from ..query.lookup import find_organization

        return find_organization(self, key)

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
        from ..query.lookup import find_initiative

        return find_initiative(self, key)

    def find_event(self, key: str) -> Event:
        """Find an event of the edition by id or name.

        (``edition.event`` is the main event; this looks any event up.) Keys are
        matched as :meth:`person` matches them; when a key fits several events equally,
        the main event is not preferred: the key is ambiguous.

        Args:
            key: An id or a name (``"Roundtable Dialogue"``).

        Returns:
            The event.

        Raises:
            NotFoundError: If no event, or more than one, answers to the key; the
                message offers close matches or names the candidates.
            ValueError: If the key holds no letter or digit.

        Example:
            >>> import asean_coop
            >>> edition = asean_coop.load_edition(2025)
            >>> edition.find_event("roundtable").id
            'roundtable-dialogue'
        """
        from ..query.lookup import find_event

        return find_event(self, key)

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
        from ..query.lookup import find_speech

        return find_speech(self, key)

    def search(self, text: str) -> tuple[Person | Organization, ...]:
        """Search the names of people and organizations, best match first.

        Every word of ``text`` must start a word of one name of a record (a person's
        name or its variants; an organization's name, short name or aliases), in any
        order, case- and diacritic-insensitively. Whole names beat reordered whole
        names, which beat whole words, which beat word beginnings; then names with
        fewer words left over; then people before organizations, people in
        ``sort_key`` order and organizations by name; then by id. See
        :mod:`asean_coop.query.search`.

        Args:
            text: The query (``"binh pham"``, ``"guangxi uni"``).

        Returns:
            People and organizations, each once, best first; empty if none match.

        Raises:
            ValueError: If the query holds no letter or digit.

        Example:
            >>> import asean_coop
            >>> edition = asean_coop.load_edition(2025)
            >>> [r.id for r in edition.search("binh pham")]
            ['pham-duy-binh']
            >>> for record in edition.search("guangxi univ"):
            ...     print(record.id)
            guangxi-university
            cpc-guangxi-university-committee
            guangxi-university-college-of-arts
            guangxi-university-school-of-artificial-intelligence
        """
        from ..query.search import search

        return search(self, text)

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
            event: An event or a key for one (see :meth:`find_event`); None for every
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
        from ..query.participation import participants

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
        from ..query.participation import roles_of

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
        from ..query.participation import speakers

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
        from ..query.participation import organizers

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
        from ..query.affiliation import affiliated_with

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
        from ..query.speeches import speeches_by

        return speeches_by(self, person)

    def speeches_mentioning(
        self,
        key: Organization | Initiative | Country | str,
        *,
        include_suborganizations: bool = True,
    ) -> tuple[Speech, ...]:
        """The speeches that mention an organization, an initiative or a country.

        A string key is looked up among organizations, initiatives and countries at
        once (countries by code or name); the kinds that match it best count
        (``"Laos"`` is the country, ``"Laos-China Railway"`` the initiative). A key
        that names several records finds speeches mentioning any of them.

        Args:
            key: A record, or a key for one.
            include_suborganizations: For an organization, count mentions of the
                organizations below it too (CFAU counts its Institute of Asian
                Studies).

        Returns:
            The speeches in edition order; empty if nothing mentions it.

        Raises:
            NotFoundError: If the key names no organization, initiative or country;
                the message offers close matches.
            ValueError: If the key holds no letter or digit.

        Example:
            >>> import asean_coop
            >>> edition = asean_coop.load_edition(2025)
            >>> [s.speaker_id for s in edition.speeches_mentioning("Laos-China Railway")]
            ['vongpano-sipaseuth']
            >>> [s.speaker_id for s in edition.speeches_mentioning("Cambodia")]
            ['taing-sokngorn', 'ahmad-phadil-bin-mohamed-ismail']
        """
        from ..query.speeches import speeches_mentioning

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
            The speeches in edition order; empty if none is about it.

        Raises:
            ValueError: If ``topic`` holds no letter or digit.

        Example:
            >>> import asean_coop
            >>> edition = asean_coop.load_edition(2025)
            >>> [s.speaker_id for s in edition.speeches_about("digital transformation")]
            ['sun-jisheng', 'taing-sokngorn']
        """
        from ..query.speeches import speeches_about

        return speeches_about(self, topic)

    def people_from(
        self, country: Country | str, *, include_former: bool = False
    ) -> tuple[Person, ...]:
        """The people who hold a position with an organization of a country.

        An organization without a country of its own counts under the nearest
        organization above it that has one. A consulate counts for its sending state.

        Args:
            country: A :class:`Country`, its alpha-2 or alpha-3 code, its name,
                official name or an alias (see :func:`asean_coop.country`).
            include_former: Count positions marked former.

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
        from ..query.affiliation import people_from

        return people_from(self, country, include_former=include_former)

    def countries_represented(self) -> tuple[Country, ...]:
        """The countries some person of the edition is from (see :meth:`people_from`).

        Returns:
            The countries, by alpha-2 code.

        Raises:
            NotFoundError: If an organization's country is missing from the bundled
                country table.

        Example:
            >>> import asean_coop
            >>> edition = asean_coop.load_edition(2025)
            >>> [c.code for c in edition.countries_represented()]
            ['CN', 'KH', 'LA', 'MM', 'MY', 'PH', 'TH', 'VN']
        """
        from ..query.affiliation import countries_represented

        return countries_represented(self)

    def facts(self, kind: EvidenceKind | str | None = None) -> tuple[Fact, ...]:
        """Every piece of evidence in the edition, with the record it supports.

        Ask which facts a source states, which the data infers from a source (each
        with a note saying how) and which come from general reference rather than
        from either document.

        Args:
            kind: An :class:`EvidenceKind` or its value (``"stated"``,
                ``"inferred"``, ``"reference"``); None for every kind.

        Returns:
            The facts in edition order (see :mod:`asean_coop.query.provenance`).

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
        from ..query.provenance import facts

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
        from ..query.timeline import timeline

        return timeline(self)

    def _repr_html_(self) -> str:
        """HTML for notebooks: the event, organizers, people and ranking as tables."""
        from .._html import edition_html

        return edition_html(self)
