"""The query layer: search keys, indexes and lookups behind the ``Edition`` methods.

The questions users ask are methods of :class:`~asean_coop.Edition` (``person``,
``search``, ``participants``, ``people_from`` ...) and, for countries, the module
functions :func:`~asean_coop.countries`, :func:`country`, :func:`get_country` and
:func:`asean_members`, re-exported
from :mod:`asean_coop`. This package holds the machinery; its modules are:

- :mod:`.keys`: reading what users type (texts, roles, dates); every text goes
  through :func:`search_key`, the one folding function;
- :mod:`.index`: name indexes, and the order in which a key is tried;
- :mod:`.cache`: indexes built once per edition, safely under threads;
- :mod:`.lookup`: the singular lookups, over one table of record kinds;
- :mod:`.search`: free-text search and its ranking;
- :mod:`.participation`: participants, roles, speakers, organizers;
- :mod:`.affiliation`: people by organization and by country;
- :mod:`.speeches`: speeches by speaker, mention and topic;
- :mod:`.countries`: the country table and ASEAN membership;
- :mod:`.timeline`: milestones and events by date;
- :mod:`.provenance`: which facts are stated, inferred or general reference.

Conventions: a singular lookup returns one record or raises
:class:`~asean_coop.NotFoundError` (a ``LookupError``) whose message offers close
matches; plural queries return tuples, possibly empty, in the order each documents;
an empty key or query is a ``ValueError``.
"""

from .._text import search_key, tokens
from .countries import asean_members, country, get_country

# ``asean_coop.query.countries`` is the module; the country table is
# ``asean_coop.countries()``.
__all__ = ["asean_members", "country", "get_country", "search_key", "tokens"]
