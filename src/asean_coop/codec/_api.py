"""Dicts and JSON in and out: to_dict, from_dict, dumps, loads, dump and load."""

from __future__ import annotations

import contextlib
import functools
import json
import os
import typing
from collections.abc import Mapping
from typing import IO, TYPE_CHECKING, Any, TypeVar

import attrs

from ..errors import Problem, ValidationError, max_problems
from ..model import Edition
from ..model._checks import rule_of
from ..model._classes import field_types
from ..model._integrity import collections_of, edition_problems
from ._hooks import is_record, json_type_name

if TYPE_CHECKING:
    import re

    import cattrs

    from ._counting import Counters
    from ._fastpath import Decoders

__all__ = [
    "DEFAULT_MAX_SIZE",
    "SCHEMA_VERSION",
    "dump",
    "dumps",
    "from_dict",
    "load",
    "loads",
    "to_dict",
]

T = TypeVar("T")

SCHEMA_VERSION = 1
"""The version of the JSON layout that this library writes and reads."""

DEFAULT_MAX_SIZE = 32 * 1024 * 1024
"""The largest document :func:`loads` accepts by default: 32 MiB (bytes or characters)."""


@functools.cache
def _converter(detailed: bool) -> cattrs.Converter:
    # cattrs is imported here, on first use: valid documents of model classes are read
    # by the fast path's decoders alone, and a plain import needs neither.
    from ._converter import make_converter

    if detailed:  # records it meets in arrays are counted, and made, as in structure_records
        return make_converter(detailed=True, decoders=_decoders(), counters=_counters())
    return make_converter(decoders=_decoders())


@functools.cache
def _decoders() -> Decoders:
    """The fast path's decoders, shared with the fast converter (see codec._fastpath)."""
    from ._fastpath import Decoders

    return Decoders(functools.partial(_converter, False))


@functools.cache
def _counters() -> Counters:
    """The counters of problems past the limit (see codec._counting)."""
    from ._counting import Counters

    return Counters(functools.partial(_converter, True))


def to_dict(obj: Any) -> dict[str, Any]:
    """Turn a model object into plain JSON-ready data.

    Keys are attribute names; enums become their values, dates their ISO strings,
    tuples lists; attributes at their default are left out. An :class:`Edition`
    starts with ``"schema_version"``.

    Args:
        obj: An instance of any model class.

    Returns:
        A new dict.

    Raises:
        TypeError: If ``obj`` is not a model record (a :class:`PartialDate` is a
            value: its JSON form is ``str(date)``, read back by ``PartialDate.from_iso``).

    Example:
        >>> from asean_coop import Position
        >>> to_dict(Position(title="vice president", organization_id="cicg"))
        {'title': 'vice president', 'organization_id': 'cicg'}
    """
    _check_record(obj)
    data: dict[str, Any] = _converter(False).unstructure(obj)
    head = _head(obj)
    return {**head, **data} if head else data


def _check_record(obj: Any) -> None:
    if not is_record(type(obj)):
        raise TypeError(f"expected a model record, got {type(obj).__name__}")


def _head(obj: Any) -> dict[str, Any]:
    """The keys a document of ``obj`` starts with: an edition's ``schema_version``."""
    return {"schema_version": SCHEMA_VERSION} if isinstance(obj, Edition) else {}


def from_dict(data: Mapping[str, Any], cls: type[T], *, max_problems: int | None = None) -> T:
    """Build a model object from plain data, strictly.

    Unknown keys, missing keys, values of the wrong JSON type, bad enum values, bad
    dates and (for an :class:`Edition`) dangling references all raise. A mapping is
    any :class:`~collections.abc.Mapping` whose keys are strings (a ``defaultdict``
    fills no missing key; an ``OrderedDict`` is an object like any other); an array is
    a list or a tuple; strings may not hold lone surrogates and integers may not have
    more than 4,300 digits (what :mod:`json` itself can read and write).

    Args:
        data: A mapping as :func:`to_dict` makes it (or :func:`json.loads` reads it).
        cls: The model class to build.
        max_problems: How many problems the error keeps (the rest are counted);
            :data:`~asean_coop.errors.DEFAULT_MAX_PROBLEMS` (100) by default.

    Returns:
        The object.

    Raises:
        ValidationError: Listing every problem with its path.

    Example:
        >>> from asean_coop import Position
        >>> from_dict({"title": "vice president", "former": "yes"}, Position)
        Traceback (most recent call last):
        ...
        asean_coop.errors.ValidationError: 1 problem:
          former: expected true or false, got 'yes'
    """
    from ._plain import plain_json

    if not isinstance(cls, type) or not is_record(cls):
        raise TypeError(f"expected a model record class, got {cls!r}")
    with _problem_limit(max_problems):
        return typing.cast(T, _structure(plain_json(data), cls))


def _problem_limit(limit: int | None) -> contextlib.AbstractContextManager[None]:
    return contextlib.nullcontext() if limit is None else max_problems(limit)


def _structure(data: Any, cls: type) -> Any:
    """Structure plain JSON data: the fast path, then (on any problem) the detailed one."""
    if cls is Edition:
        data = _edition_body(data)
    try:
        return _decoders().structure(data, cls)
    except MemoryError:
        raise
    except Exception:  # noqa: BLE001 - the detailed pass says what and where
        pass
    # The fast path stops at the first problem; the detailed one finds them all, with
    # paths, and builds the object itself if it finds none.
    try:
        return _detailed_edition(data) if cls is Edition else _detailed(data, cls)
    except RecursionError:
        raise ValidationError.single("nested too deeply") from None


def _edition_body(data: Any) -> dict[str, Any]:
    if type(data) is not dict:
        raise ValidationError.single(f"expected an object (Edition), got {json_type_name(data)}")
    if "schema_version" not in data:
        raise ValidationError.single(
            f"required key missing (this library reads schema_version {SCHEMA_VERSION})",
            "schema_version",
        )
    version = data["schema_version"]
    if type(version) is not int or version != SCHEMA_VERSION:
        raise ValidationError.single(
            f"{version!r} is not a supported schema version (this library reads {SCHEMA_VERSION})",
            "schema_version",
        )
    return {k: v for k, v in data.items() if k != "schema_version"}


def _detailed(data: Any, cls: type) -> Any:
    try:
        return _converter(True).structure(data, cls)
    except (MemoryError, RecursionError):
        raise
    except Exception as exc:  # noqa: BLE001 - turned into problems
        from ._problems import Collector

        found = Collector()
        found.add_exception(exc)
        raise found.error() from None


def _detailed_edition(data: dict[str, Any]) -> Edition:
    """Structure an edition record by record, then check it as a whole.

    A record that fails is kept as ``None`` (its id remembered), so that the
    whole-edition check still runs on the rest and every problem is reported at once.
    """
    from ._counting import structure_records
    from ._problems import Collector

    conv = _converter(True)
    found = Collector()
    hints = field_types(Edition)
    fields = [a for a in attrs.fields(Edition) if a.init]
    collections = {c.name: c.record for c in collections_of(Edition)}
    names = {a.name for a in fields}
    unknown = [key for key in data if key not in names]
    if unknown:
        allowed = ", ".join(["schema_version", *(a.name for a in fields)])
        found.add(Problem("", f"unknown key {key!r}; expected only: {allowed}") for key in unknown)
    values: dict[str, Any] = {}
    known_ids: dict[str, frozenset[str]] = {}
    unreadable: set[str] = set()
    for field in fields:
        name = field.name
        if name not in data:
            if field.default is attrs.NOTHING:
                found.add([Problem(name, "required key missing")])
                values[name] = () if name in collections else None
                unreadable.add(name)
            continue
        raw = data[name]
        if name in collections and type(raw) is list:
            record = collections[name]
            items = structure_records(
                raw,
                record,
                found,
                counters=_counters(),
                decoders=_decoders(),
                detailed=functools.partial(conv.structure, cl=record),
                path=f"{name}[{{}}]".format,
            )
            values[name] = tuple(items)
            known_ids[name] = frozenset(
                item["id"]
                for item, made in zip(raw, items, strict=True)
                if made is None and type(item) is dict and type(item.get("id")) is str
            )
            continue
        try:
            values[name] = conv.structure(raw, hints[name])
        except (MemoryError, RecursionError):
            raise
        except Exception as exc:  # noqa: BLE001 - turned into problems
            found.add_exception(exc, name)
            values[name] = () if name in collections else None
            unreadable.add(name)
            continue
        rule = rule_of(field)
        if rule is not None:
            found.add(rule.problems(values[name], name))
    if not found:
        return Edition(**values)
    found.add(
        edition_problems(Edition, values, known_ids=known_ids, unreadable=frozenset(unreadable))
    )
    raise found.error()


def dumps(obj: Any, *, indent: int | None = None) -> str:
    """Write a model object as JSON text.

    The output is deterministic: in each object the attributes without a default
    come first, then those that differ from their default, each group in attribute
    order (an edition starts with ``schema_version``); no ASCII escaping, no trailing
    newline; ``dumps(loads(s)) == s`` for any ``s`` that ``dumps`` wrote with the same
    ``indent``.

    Args:
        obj: An instance of any model class.
        indent: Spaces per level; None for the compact form.

    Returns:
        The JSON text.

    Raises:
        TypeError: If ``obj`` is not an instance of a model class.
        ValueError: If it holds a NaN or an infinity (which only a record built with
            attrs validators disabled can hold), as :func:`json.dumps` refuses them.

    Example:
        >>> from asean_coop import Position
        >>> dumps(Position(title="consul general", former=True))
        '{"title":"consul general","former":true}'
    """
    from ._writer import json_text, write  # imported on first use, as is what it generates

    _check_record(obj)
    if indent is None:  # written straight from the record, without the dict
        text = write(obj, _head(obj))
        if text is not None:
            return text
    return json_text(to_dict(obj), indent)


def _reject_constant(name: str) -> Any:
    raise _JSONConstantError(name)


class _JSONConstantError(ValueError):
    pass


class _DuplicateKeyError(ValueError):
    pass


def _object(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """An object from its pairs, refusing a key that appears twice (json keeps the last)."""
    made = dict(pairs)
    if len(made) != len(pairs):
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                raise _DuplicateKeyError(key)
            seen.add(key)
    return made


# Made once: json.loads(text, parse_constant=...) builds a new decoder on every call.
_DECODER = json.JSONDecoder(parse_constant=_reject_constant, object_pairs_hook=_object)


def _has_escaped_surrogate(text: str) -> bool:
    # "\\" is found with memchr; the pattern (one pass, where two substring searches
    # took 2-3 times as long) runs only when there is one.
    return "\\" in text and _escaped_surrogate().search(text) is not None


@functools.cache
def _escaped_surrogate() -> re.Pattern[str]:
    """An escape of a UTF-16 surrogate (U+D800 to U+DFFF), compiled on first use."""
    import re

    return re.compile(r"\\u[dD][89a-fA-F]")


def _decode(text: str | bytes | bytearray | memoryview, max_size: int) -> Any:
    if isinstance(text, (bytes, bytearray, memoryview)):
        size = text.nbytes if isinstance(text, memoryview) else len(text)
        if size > max_size:
            raise _too_large(size, max_size, "bytes")
        try:
            text = bytes(text).decode("utf-8")
        except UnicodeDecodeError as exc:
            raise ValidationError.single(
                f"not UTF-8: byte {exc.object[exc.start]:#04x} at offset {exc.start}"
            ) from None
    elif not isinstance(text, str):
        raise ValidationError.single(
            f"expected JSON text (str or bytes), got {type(text).__name__}"
        )
    elif len(text) > max_size:
        raise _too_large(len(text), max_size, "characters")
    try:
        if text.startswith("\ufeff"):  # as json.loads does before decoding
            raise json.JSONDecodeError("Unexpected UTF-8 BOM (decode using utf-8-sig)", text, 0)
        data = _DECODER.decode(text)
    except _JSONConstantError as exc:
        raise ValidationError.single(f"{exc} is not valid JSON (numbers must be finite)") from None
    except _DuplicateKeyError as exc:
        raise ValidationError.single(
            f"the key {exc.args[0]!r:.80} appears twice in one object; a document may give "
            "each key once"
        ) from None
    except json.JSONDecodeError as exc:
        raise ValidationError.single(
            f"not valid JSON: {exc.msg} at line {exc.lineno}, column {exc.colno}"
        ) from None
    except RecursionError:
        raise ValidationError.single("not accepted: nested too deeply") from None
    except ValueError as exc:  # e.g. an integer beyond the digit limit
        raise ValidationError.single(f"not accepted: {exc}") from None
    if not text.isascii() or _has_escaped_surrogate(text):
        _check_surrogates(text, data)
    return data


def _too_large(size: int, limit: int, unit: str) -> ValidationError:
    return ValidationError.single(
        f"document of {size:,} {unit} is larger than the limit of {limit:,}; "
        "pass a larger max_size to accept it"
    )


def _check_surrogates(text: str, data: Any) -> None:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        pass
    else:
        if not _has_escaped_surrogate(text):
            return
    problems: list[Problem] = []
    stack: list[tuple[str, Any]] = [("", data)]
    while stack:
        path, value = stack.pop()
        if isinstance(value, str):
            _surrogate_problem(path, value, problems)
        elif isinstance(value, list):
            stack.extend((f"{path}[{i}]", v) for i, v in enumerate(value))
        elif isinstance(value, dict):
            for key, item in value.items():
                _surrogate_problem(path, key, problems)
                stack.append((f"{path}.{key}" if path else key, item))
    if problems:
        raise ValidationError(sorted(problems, key=lambda p: p.path))


def _surrogate_problem(path: str, value: str, problems: list[Problem]) -> None:
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as exc:
        problems.append(
            Problem(path, f"contains a lone surrogate {value[exc.start]!r} at index {exc.start}")
        )


@typing.overload
def loads(
    text: str | bytes | bytearray | memoryview,
    *,
    max_size: int = ...,
    max_problems: int | None = ...,
) -> Edition: ...


@typing.overload
def loads(
    text: str | bytes | bytearray | memoryview,
    cls: type[T],
    *,
    max_size: int = ...,
    max_problems: int | None = ...,
) -> T: ...


def loads(
    text: str | bytes | bytearray | memoryview,
    cls: type[Any] = Edition,
    *,
    max_size: int = DEFAULT_MAX_SIZE,
    max_problems: int | None = None,
) -> Any:
    """Read a model object from JSON text, strictly.

    Whatever it is given, only an :class:`~asean_coop.errors.AseanCoopError` comes
    out: invalid UTF-8, invalid JSON, ``NaN``, lone surrogates, deep nesting, huge
    numbers, wrong types, unknown keys, bad enum values, bad dates and dangling
    references are all reported as a :class:`ValidationError`. A key that appears
    twice in one object is refused too (:func:`json.loads` would keep the last value
    silently); checking for it costs about a tenth of the time of a load.

    Args:
        text: JSON as ``str`` or UTF-8 ``bytes``.
        cls: The model class to build; an :class:`Edition` by default.
        max_size: The largest document accepted, in bytes (for bytes-like input) or
            characters (for str); :data:`DEFAULT_MAX_SIZE` (32 MiB) by default.
        max_problems: How many problems the error keeps (the rest are counted);
            :data:`~asean_coop.errors.DEFAULT_MAX_PROBLEMS` (100) by default.

    Returns:
        The object.

    Raises:
        ValidationError: Listing every problem with its path.

    Example:
        >>> from asean_coop import Position
        >>> loads('{"title": "consul general"}', Position)
        Position(title='consul general', organization_id=None, former=False)
    """
    if not isinstance(cls, type) or not is_record(cls):
        raise TypeError(f"expected a model record class, got {cls!r}")
    with _problem_limit(max_problems):
        return _structure(_decode(text, max_size), cls)


def dump(
    obj: Any, destination: str | os.PathLike[str] | IO[str], *, indent: int | None = 2
) -> None:
    """Write a model object as JSON to a path or an open text file.

    The file holds exactly ``dumps(obj, indent=indent)`` and a final newline, in UTF-8.

    Args:
        obj: An instance of any model class.
        destination: A path, or a file opened for writing text.
        indent: As for :func:`dumps`; 2 by default.

    Raises:
        TypeError: If ``obj`` is not an instance of a model class.
        OSError: If the file cannot be written.
    """
    text = dumps(obj, indent=indent) + "\n"
    if isinstance(destination, (str, os.PathLike)):
        with open(destination, "w", encoding="utf-8") as handle:
            handle.write(text)
    else:
        destination.write(text)


_Readable = typing.Union[str, "os.PathLike[str]", IO[str], IO[bytes]]


@typing.overload
def load(source: _Readable, *, max_size: int = ...) -> Edition: ...


@typing.overload
def load(source: _Readable, cls: type[T], *, max_size: int = ...) -> T: ...


def load(
    source: _Readable,
    cls: type[Any] = Edition,
    *,
    max_size: int = DEFAULT_MAX_SIZE,
) -> Any:
    """Read a model object from a JSON file (a path or an open file).

    Args:
        source: A path, or a file opened for reading (text or binary).
        cls: The model class to build; an :class:`Edition` by default.
        max_size: As for :func:`loads`.

    Returns:
        The object.

    Raises:
        ValidationError: Listing every problem with its path.
        OSError: If the file cannot be read.
    """
    if isinstance(source, (str, os.PathLike)):
        with open(source, "rb") as handle:
            content: str | bytes = handle.read(max_size + 1)
    else:
        content = source.read(max_size + 1)
    return loads(content, cls, max_size=max_size)
