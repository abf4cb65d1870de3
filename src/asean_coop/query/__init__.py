"""The query layer: search keys, indexes and lookups behind the ``Edition`` methods.

The questions users ask are methods of :class:`~asean_coop.Edition` (``person``,
``search``, ``participants``, ``people_from`` ...) and, for countries, the functions
:func:`~asean_coop.countries`, :func:`country`, :func:`get_country` and
:func:`asean_members`, re-exported from :mod:`asean_coop`; :func:`country_in` looks a
country up in a table of one's own, and :func:`facts` and :func:`country_facts` trace an
answer to its evidence. The machinery behind them is in private modules, one concern
each:

- ``_keys``: reading what users type (texts, roles, dates); every text goes
  through :func:`search_key`, the one folding function;
- ``_index``: name indexes, and the order in which a key is tried;
- ``_cache``: indexes built once per edition, safely under threads;
- ``_lookup``: the singular lookups, over one table of record kinds;
- ``_search``: free-text search and its ranking;
- ``_participation``: participants, roles, speakers, organizers;
- ``_affiliation``: people by organization and by country;
- ``_speeches``: speeches by speaker, mention and topic;
- ``_countries``: the country table and ASEAN membership;
- ``_timeline``: milestones and events by date;
- ``_provenance``: which facts are stated, inferred or general reference.

Conventions: a singular lookup returns one record or raises
:class:`~asean_coop.NotFoundError` (a ``LookupError``) whose message offers close
matches; plural queries return tuples, possibly empty, in the order each documents;
an empty key or query is a ``ValueError``.
"""

from .._text import search_key, tokens
from ._countries import asean_members, country, country_in, get_country
from ._provenance import country_facts, facts

# The country table itself is ``asean_coop.countries()``.
__all__ = [
    "asean_members",
    "country",
    "country_facts",
    "country_in",
    "facts",
    "get_country",
    "search_key",
    "tokens",
]
