"""What generated code reads from the model classes, and how it is compiled.

:func:`field_types` resolves the annotations of a class once: the model modules use
``from __future__ import annotations``, so every annotation is a string, and resolving
one compiles it; the codec and the integrity check each read the types of every class,
and used to resolve them again each time. :func:`compile_function` compiles generated
source under a file name of its own, registered with :mod:`linecache` so that a
traceback through generated code shows its lines, as cattrs does for its functions.

Example:
    >>> from asean_coop import Position
    >>> field_types(Position)["organization_id"]
    str | None
"""

from __future__ import annotations

import functools
import linecache
import types
from collections.abc import Callable, Mapping
from typing import Any

import attrs

__all__ = ["compile_function", "field_types"]


@functools.cache
def field_types(cls: type) -> Mapping[str, Any]:
    """The resolved type of each attrs field of ``cls``, by field name, in field order.

    Args:
        cls: An attrs class.

    Returns:
        A read-only mapping, made once per class (:func:`attrs.resolve_types` also
        leaves the resolved types on the fields, where cattrs reads them).
    """
    attrs.resolve_types(cls)
    return types.MappingProxyType({a.name: a.type for a in attrs.fields(cls)})


def compile_function(
    source: str, name: str, names: dict[str, Any], *, what: str, owner: type
) -> Callable[..., Any]:
    """Compile generated source and return the function it defines.

    The file name is ``<asean_coop {what} {module}.{class}>``, with ``-2``, ``-3``...
    when that name already holds other source (two converters generate two functions
    for one class), and the source is registered under it in :mod:`linecache`.

    Args:
        source: The source of a module that defines the function ``name``.
        name: The name of the function.
        names: The globals of the generated code; the function is added to them.
        what: What the function does (``"count"``), for the file name.
        owner: The class the function is for, for the file name.

    Returns:
        The function.

    Example:
        >>> from asean_coop import Position
        >>> f = compile_function("def f(x):\\n  return x + 1\\n", "f", {}, what="demo",
        ...                      owner=Position)
        >>> f(1), f.__code__.co_filename
        (2, '<asean_coop demo asean_coop.model._people.Position>')
    """
    lines = source.splitlines(True)
    stem = f"<asean_coop {what} {owner.__module__}.{owner.__qualname__}"
    filename, count = f"{stem}>", 1
    while True:
        entry = (len(source), None, lines, filename)
        if linecache.cache.setdefault(filename, entry) == entry:
            break
        count += 1
        filename = f"{stem}-{count}>"
    exec(compile(source, filename, "exec"), names)
    function: Callable[..., Any] = names[name]
    return function
