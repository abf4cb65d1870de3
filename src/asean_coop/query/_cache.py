"""Per-edition caches: each index is built once, on first use, and kept on the edition.

An :class:`~asean_coop.Edition` is immutable, so an index built from it never goes
stale. Indexes live in the edition's private ``_cache`` dict (a cached property, so not
a field: it stays out of equality, hashing and pickles) under a name; the build
runs under one re-entrant lock so that threads asking at the same moment build it
once (builders may ask for other indexes while they run).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TypeVar

from ..model import Edition

__all__ = ["cached"]

T = TypeVar("T")

_BUILD_LOCK = threading.RLock()


def cached(edition: Edition, name: str, build: Callable[[Edition], T]) -> T:
    """Return the edition's index called ``name``, building it on first use.

    Args:
        edition: The edition the index is of.
        name: The index's name, unique per builder.
        build: Builds the index from the edition; called at most once per edition.

    Returns:
        The index.
    """
    try:
        value: T = edition._cache[name]
    except KeyError:
        with _BUILD_LOCK:
            # Read again under the lock: two threads asking for the very first index
            # may each have made a store, and only the one the edition kept counts.
            store = edition._cache
            if name not in store:
                store[name] = build(edition)
            value = store[name]
    return value
