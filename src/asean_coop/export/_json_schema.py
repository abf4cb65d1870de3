"""A JSON Schema (draft 2020-12) of the JSON documents, generated from the model.

The schema is built by walking :func:`attrs.fields` and the resolved type hints of
the model classes, so it follows the model as it changes. It accepts what
:func:`asean_coop.loads` accepts as far as a schema can say it:

- exact JSON types (``integer`` apart from ``number``), strings, arrays, objects;
- ``additionalProperties: false`` everywhere, ``required`` = fields without a default;
- enums by value; ``null`` where the field is optional;
- the field validators of the model as patterns (ids, country codes, non-blank text);
- ISO reduced dates (``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD``) that exist, leap days included;
- ``schema_version`` const 1, required at the top of an Edition;
- the simple invariants of the model's constructors (name order, ranking bounds).

What no JSON Schema can say, and so is checked by :func:`asean_coop.loads` only:
references between records (a ``speaker_id`` that names no person), unique ids,
paragraphs in ascending order, story positions in order and within ``size``,
``end_date`` on or after ``date``, and ``1.0`` written for the integer ``1`` (JSON
Schema treats them as equal).

Regenerate the shipped file with ``python -m asean_coop.export PATH``.
"""

from __future__ import annotations

import enum
import inspect
import json
import re
import types
import typing
from collections.abc import Callable
from typing import Any

import attrs

from ..codec import SCHEMA_VERSION
from ..model import Edition, PartialDate
from ..model._checks import Needs, anchored, rule_of
from ..model._dates import ISO_DATE_PATTERN
from ..model._references import is_homogeneous_tuple, is_record, references

__all__ = ["DATE_PATTERN", "DIALECT", "SCHEMA_ID", "json_schema", "schema_text"]

DIALECT = "https://json-schema.org/draft/2020-12/schema"
"""The ``$schema`` of the generated schema."""

SCHEMA_ID = "https://asean-coop.invalid/schema/edition-1.schema.json"
"""The ``$id`` of the generated schema (a stable name, not a download address)."""

DATE_PATTERN = anchored(ISO_DATE_PATTERN)
"""ISO reduced dates that exist: ``2025``, ``2025-09``, ``2024-02-29`` (not ``2025-02-29``)."""


def _merge(schema: dict[str, Any], extra: dict[str, Any]) -> None:
    """Add ``extra`` to ``schema`` in place, merging nested objects (``items``)."""
    for key, value in extra.items():
        if isinstance(value, dict) and isinstance(schema.get(key), dict):
            _merge(schema[key], value)
        else:
            schema[key] = value


def _null_or(schema: dict[str, Any]) -> dict[str, Any]:
    return {"anyOf": [schema, {"type": "null"}]}


def _plain(text: str) -> str:
    """Docstring markup to plain text: ``:class:`~x.Y``` to ``Y``, ````x```` to ``x``."""
    text = re.sub(r":\w+:`~?(?:[\w.]+\.)?([^`]+)`", r"\1", text)
    return " ".join(text.replace("``", "").split())


def _description(obj: object) -> str | None:
    doc = obj.__dict__.get("__doc__") if isinstance(obj, type) else None
    if not doc:
        return None
    return _plain(inspect.cleandoc(doc).split("\n\n", 1)[0])


def _argument_docs(cls: type) -> dict[str, str]:
    """The ``Args:`` section of a class docstring, as ``{name: description}``."""
    doc = inspect.cleandoc(cls.__dict__.get("__doc__") or "")
    out: dict[str, str] = {}
    inside = False
    current: str | None = None
    for line in doc.splitlines():
        if line.strip() == "Args:":
            inside = True
            continue
        if not inside:
            continue
        if line and not line.startswith(" "):
            break
        match = re.match(r"    (\w+): (.*)", line)
        if match:
            current = match.group(1)
            out[current] = match.group(2).strip()
        elif current and line.startswith("        "):
            out[current] += " " + line.strip()
    return {name: _plain(text) for name, text in out.items()}


def _default(value: object) -> Any:
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, tuple):
        return [_default(v) for v in value]
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    raise TypeError(f"cannot write the default {value!r} as JSON")


class _Builder:
    def __init__(self) -> None:
        self.defs: dict[str, dict[str, Any]] = {}

    def ref(self, name: str, build: Callable[[], dict[str, Any]]) -> dict[str, Any]:
        if name not in self.defs:
            self.defs[name] = {}  # placeholder: classes may refer to each other
            self.defs[name] = build()
        return {"$ref": f"#/$defs/{name}"}

    def type_schema(self, tp: Any) -> dict[str, Any]:
        origin = typing.get_origin(tp)
        args = typing.get_args(tp)
        if origin in (typing.Union, types.UnionType):
            rest = tuple(a for a in args if a is not type(None))
            if set(rest) == {int, float}:
                inner: dict[str, Any] = {"type": "number"}
            elif len(rest) == 1:
                inner = self.type_schema(rest[0])
            else:
                raise TypeError(f"no JSON Schema for the union {tp!r}")
            if len(rest) == len(args):
                return inner
            if isinstance(inner.get("type"), str):
                return {**inner, "type": [inner["type"], "null"]}
            return _null_or(inner)
        if is_homogeneous_tuple(tp):
            return {"type": "array", "items": self.type_schema(args[0])}
        if tp is bool:
            return {"type": "boolean"}
        if tp is int:
            return {"type": "integer"}
        if tp is float:
            return {"type": "number"}
        if tp is str:
            return {"type": "string"}
        if tp is PartialDate:
            return self.ref("PartialDate", self.date_schema)
        if isinstance(tp, type) and issubclass(tp, enum.Enum):
            return self.ref(tp.__name__, lambda: self.enum_schema(tp))
        if isinstance(tp, type) and attrs.has(tp):
            return self.ref(tp.__name__, lambda: self.class_schema(tp))
        raise TypeError(f"no JSON Schema for the type {tp!r}")

    def date_schema(self) -> dict[str, Any]:
        return {
            "title": "PartialDate",
            "description": (
                "An ISO 8601 reduced date: YYYY, YYYY-MM or YYYY-MM-DD, a date that exists "
                "(no 2025-02-30; 29 February only in leap years); years 0001 to 9999."
            ),
            "type": "string",
            "pattern": DATE_PATTERN,
        }

    def enum_schema(self, cls: type[enum.Enum]) -> dict[str, Any]:
        schema: dict[str, Any] = {"title": cls.__name__}
        description = _description(cls)
        if description:
            schema["description"] = description
        schema["type"] = "string"
        schema["enum"] = [member.value for member in cls]
        return schema

    def class_schema(self, cls: type) -> dict[str, Any]:
        hints = typing.get_type_hints(cls)
        docs = _argument_docs(cls)
        invariants: tuple[Needs, ...] = getattr(cls, "_invariants", ())
        properties: dict[str, Any] = {}
        required: list[str] = []
        if cls is Edition:
            properties["schema_version"] = {
                "description": "The version of the JSON layout; this library reads 1.",
                "type": "integer",
                "const": SCHEMA_VERSION,
            }
            required.append("schema_version")
        for field in attrs.fields(cls):
            if not field.init:
                continue
            schema: dict[str, Any] = {}
            if field.name in docs:
                schema["description"] = docs[field.name]
            schema.update(self.type_schema(hints[field.name]))
            rule = rule_of(field)
            if rule is not None:
                # Keywords about strings, numbers or arrays let null through (JSON
                # Schema applies them to their own type only), as the rules do.
                _merge(schema, rule.json_schema())
            if references(field) and rule is None:
                raise TypeError(f"{cls.__name__}.{field.name}: a reference without a rule")
            if field.default is attrs.NOTHING:
                required.append(field.name)
            else:
                schema["default"] = _default(field.default)
            properties[field.name] = schema
        out: dict[str, Any] = {"title": cls.__name__}
        description = _description(cls)
        if description:
            out["description"] = description
        out.update(
            {
                "type": "object",
                "properties": properties,
                "required": required,
                "additionalProperties": False,
            }
        )
        fields = attrs.fields_dict(cls)
        rules = [rule.json_schema(default=fields[rule.when].default) for rule in invariants]
        if len(rules) == 1:
            out.update(rules[0])
        elif rules:
            out["allOf"] = rules
        return out


def json_schema(cls: type = Edition) -> dict[str, Any]:
    """Generate the JSON Schema (draft 2020-12) of a model class's JSON form.

    Generated from the model (its attrs fields, type hints, validators and
    docstrings), never written by hand. It accepts what :func:`asean_coop.loads`
    accepts for ``cls`` at the level a schema can express; cross-references
    between records, unique ids, ordering and integer-valued floats (``1.0``) are
    beyond JSON Schema and are checked by :func:`asean_coop.loads` only. The copy
    shipped as ``asean_coop/data/edition.schema.json`` is ``schema_text()``.

    Args:
        cls: The model class whose documents the schema describes; an
            :class:`~asean_coop.Edition` by default (its schema requires
            ``"schema_version": 1``).

    Returns:
        A new dict: ``$schema``, ``$ref`` to ``cls`` and one ``$defs`` entry per model
        class, enum and ``PartialDate``, keys sorted.

    Raises:
        TypeError: If ``cls`` is not a model class, or uses a type or validator the
            generator does not know.

    Example:
        >>> from asean_coop import Position
        >>> schema = json_schema(Position)
        >>> schema["$defs"]["Position"]["required"]
        ['title']
        >>> schema["$defs"]["Position"]["properties"]["former"]
        {'description': 'True for a former post.', 'type': 'boolean', 'default': False}
    """
    if not isinstance(cls, type) or not is_record(cls):
        raise TypeError(f"expected a model record class, got {cls!r}")
    builder = _Builder()
    top = builder.type_schema(cls)
    return {
        "$schema": DIALECT,
        "$id": SCHEMA_ID,
        "$comment": "Generated by asean_coop.json_schema() from the model; do not edit.",
        "title": f"asean_coop {cls.__name__}",
        "description": builder.defs[cls.__name__].get("description", cls.__name__),
        **top,
        "$defs": dict(sorted(builder.defs.items())),
    }


def schema_text(cls: type = Edition) -> str:
    """The schema as the text of the shipped file: 2-space indent, final newline.

    Args:
        cls: As for :func:`json_schema`.

    Returns:
        The JSON text; ``asean_coop/data/edition.schema.json`` holds exactly
        ``schema_text()``.

    Raises:
        TypeError: As for :func:`json_schema`.

    Example:
        >>> schema_text().startswith('{\\n  "$schema": "https://json-schema.org/draft/2020-12/')
        True
    """
    return json.dumps(json_schema(cls), indent=2, ensure_ascii=False) + "\n"
