"""How many problems the detailed path finds in a value, counted without making them.

Past the problem limit (:func:`~asean_coop.errors.max_problems`) a document's problems
are counted, not kept; making each one (cattrs raises and groups an exception per
problem, to say where it is) would cost far more than the count needs. The counter of
a class, generated from its fields, follows the detailed path's steps and counts as it
does:

1. a value that is not an object: one problem;
2. for each field: a required key missing, a value of the wrong JSON type, a bad enum
   value or date: one each; an array: one if it is none, else one per bad item (items
   that are records: their own count); a nested record: its own count; unknown keys,
   however many: one;
3. if step 2 found none: the problems of the rules of the fields given (each rule's
   own :meth:`~asean_coop.model._checks.Rule.problems`);
4. if step 3 found none: what the constructor refuses (invariants,
   ``__attrs_post_init__``) is not known without making the object, and the count is
   0: a caller makes the object and runs the detailed path on a refusal.

A type or class the counter does not follow (a converter hook of its own, an attrs
feature the decoders do not reproduce, a rule on nested records) is counted by the
detailed path itself. ``tests/test_differential.py`` checks the counts against the
detailed path on every single mutation of every field of every class.

A counter runs once per record (past the limit, every record of a failing document may
need one), so it is Python code written for its class and compiled when first needed,
which a failing document alone pays for; the fast path's decoders, which work a column at
a time, need none.
"""

from __future__ import annotations

import math
import typing
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import attrs

from ..model._checks import Rule, rule_of
from ..model._classes import compile_function, field_types
from ..model._dates import read_iso
from ._fastpath import LEAF_TYPES, inlinable
from ._hooks import (
    EnumHook,
    is_homogeneous_tuple,
    is_optional,
    is_record,
    leaf_hook,
    not_none,
    structure_date,
)
from ._problems import Collector, problem_count

if TYPE_CHECKING:
    import cattrs

    from ._fastpath import Decoders

__all__ = ["Counters", "structure_records"]


class Counters:
    """Makes the counters of the model classes.

    Args:
        converter: The detailed converter, made on first use: what the counters do not
            follow themselves, it counts.
    """

    def __init__(self, converter: Callable[[], cattrs.Converter]) -> None:
        self._converter = converter
        self._made: dict[type, Callable[[Any], int]] = {}

    def count(self, value: Any, cls: type) -> int:
        """The problems the detailed path finds in ``value`` as a ``cls``, up to its
        constructor (step 4 above: 0 may still be refused when the object is made).

        Example:
            >>> from asean_coop import Milestone
            >>> from asean_coop.codec._api import _counters
            >>> _counters().count({"date": "2025-02-30", "title": " ", "x": 1}, Milestone)
            2
        """
        return self.counter(cls)(value)

    def counter(self, cls: type) -> Callable[[Any], int]:
        """The counter of ``cls`` (made on first use, with those of the records it holds)."""
        if cls not in self._made:
            # The detailed path counts until the counter is made, and for good if the
            # class holds itself (its counter, being made, meets this entry).
            self._made[cls] = self.detailed_counter(cls)
            if inlinable(cls):
                self._made[cls] = _Writer(self, cls).compile()
        return self._made[cls]

    def _detailed(self, value: Any, t: Any) -> int:
        """The count of what the detailed path refuses in ``value`` (made if it can be)."""
        try:
            self._converter().structure(value, t)
        except (MemoryError, RecursionError):
            raise
        except Exception as exc:  # noqa: BLE001 - counted as the detailed path reports it
            return problem_count(exc)
        return 0

    def detailed_counter(self, t: Any) -> Callable[[Any], int]:
        """A function counting what the detailed path refuses in a value as a ``t``."""
        return lambda value: self._detailed(value, t)


class _Writer:
    """Writes the source of one class's counter."""

    def __init__(self, counters: Counters, cls: type) -> None:
        self.counters = counters
        self.cls = cls
        self.g: dict[str, Any] = {"_read_iso": read_iso}
        self.lines: list[str] = []

    def name(self, prefix: str, value: Any) -> str:
        key = f"{prefix}{len(self.g)}"
        self.g[key] = value
        return key

    def compile(self) -> Callable[[Any], int]:
        cls = self.cls
        fields = attrs.fields(cls)
        hints = field_types(cls)
        self.lines += [f"def count_{cls.__name__}(o):", "  if type(o) is not dict:", "    return 1"]
        self.lines.append("  n = 0")
        for a in fields:
            self.lines.append(f"  if {a.name!r} in o:")
            self.lines.append(f"    v = o[{a.name!r}]")
            self.structural("v", hints[a.name], "    ")
            if a.default is attrs.NOTHING:
                self.lines += ["  else:", "    n += 1"]
        keys = self.name("_keys", frozenset(a.name for a in fields))
        self.lines += [f"  if not {keys}.issuperset(o):", "    n += 1", "  if n:", "    return n"]
        on_records = False
        for a in fields:
            rule = rule_of(a)
            if rule is None:
                continue
            model = self.model_value("v", hints[a.name])
            if model is None:  # a rule on records (or enums, dates): known once made
                on_records = True
                continue
            test = self.name("_rule", _RuleCount(rule))
            self.lines += [
                f"  if {a.name!r} in o:",
                f"    v = o[{a.name!r}]",
                "    if v is not None:",
                f"      n += {test}({model})",
            ]
        if on_records:  # with rules on its records, the detailed path counts them all
            self.lines += [
                "  if n:",
                f"    return {self.name('_detailed', self.counters.detailed_counter(cls))}(o)",
            ]
        self.lines.append("  return n")
        source = "\n".join(self.lines) + "\n"
        return compile_function(source, f"count_{cls.__name__}", self.g, what="count", owner=cls)

    def structural(self, v: str, t: Any, indent: str) -> None:
        """Lines that add to ``n`` the problems of the JSON value ``v`` as a ``t``."""
        if is_optional(t):
            self.lines.append(f"{indent}if {v} is not None:")
            self.structural(v, not_none(t), indent + "  ")
            return
        self.lines.append(f"{indent}n += {self.count_expression(v, t)}")

    def count_expression(self, v: str, t: Any) -> str:
        """An expression: the number of problems of the JSON value ``v`` as a ``t``."""
        hook = leaf_hook(t)
        if hook in LEAF_TYPES:
            return f"(type({v}) not in {self.name('_types', frozenset(LEAF_TYPES[hook]))})"
        if isinstance(hook, EnumHook):
            table = self.name("_enum", hook.by_value)
            return f"(type({v}) is not str or {v} not in {table})"
        if hook is structure_date:
            return f"(type({v}) is not str or type(_read_iso({v})) is str)"
        if is_homogeneous_tuple(t):
            item = typing.get_args(t)[0]
            item_hook = leaf_hook(item)
            if item_hook in LEAF_TYPES:
                kinds = self.name("_types", frozenset(LEAF_TYPES[item_hook]))
                items = f"len({v}) - sum(map({kinds}.__contains__, map(type, {v})))"
            else:
                items = f"sum(map({self.name('_item', self.item_counter(item))}, {v}))"
            return f"(1 if type({v}) is not list and type({v}) is not tuple else {items})"
        if is_record(t):
            return f"{self.name('_count', self.counters.counter(t))}({v})"
        return f"{self.name('_detailed', self.counters.detailed_counter(t))}({v})"

    def item_counter(self, t: Any) -> Callable[[Any], int]:
        """A function counting the problems of one item of an array of ``t``."""
        if is_record(t):
            return self.counters.counter(t)
        writer = _Writer(self.counters, self.cls)
        expression = writer.count_expression("x", t)
        return typing.cast(Callable[[Any], int], eval(f"lambda x: int({expression})", writer.g))

    def model_value(self, v: str, t: Any) -> str | None:
        """The expression of the model value of a structurally valid ``v``, for a rule:
        the value itself, or a tuple of its items; None for records (and anything else)."""
        t = not_none(t) if is_optional(t) else t
        if leaf_hook(t) in LEAF_TYPES:
            return v
        if is_homogeneous_tuple(t) and leaf_hook(typing.get_args(t)[0]) in LEAF_TYPES:
            return f"tuple({v})"
        return None


class _RuleCount:
    """The number of problems a rule reports for a value (its own test first)."""

    __slots__ = ("bad", "rule")

    def __init__(self, rule: Rule) -> None:
        self.rule = rule
        self.bad = rule.is_bad

    def __call__(self, value: Any) -> int:
        return sum(1 for _ in self.rule.problems(value, "")) if self.bad(value) else 0


def structure_records(
    items: list[Any],
    cls: type,
    found: Collector,
    *,
    counters: Counters,
    decoders: Decoders,
    detailed: Callable[[Any], Any],
    path: Callable[[int], str],
) -> list[Any]:
    """Structure records one by one, their problems added to ``found``, at a bounded cost.

    Each record is counted first (cheap). Those with no problem up to their constructor
    are made together on the fast path, in parts of about the square root of their
    number: where a constructor refuses one, only its part is made again one by one.
    The detailed path runs for a record with problems while ``found`` has room to keep
    them (to say what and where), and for each record of a refused part; past the limit
    a record's problems are only counted.

    Args:
        items: The JSON values of the records.
        cls: Their class.
        found: Where their problems go.
        counters: The counters.
        decoders: The fast path's decoders.
        detailed: Structures one value on the detailed path (raising on problems).
        path: The path of the item at an index.

    Returns:
        The records, ``None`` where one could not be made.
    """
    counts = list(map(counters.counter(cls), items))
    clean = [item for item, count in zip(items, counts, strict=True) if not count]
    made = iter(_made_in_parts(clean, cls, decoders))
    out: list[Any] = []
    for index, (item, count) in enumerate(zip(items, counts, strict=True)):
        record = next(made) if not count else None
        if record is not None:
            out.append(record)
        elif not count or found.has_room():
            try:
                out.append(detailed(item))
            except (MemoryError, RecursionError):
                raise
            except Exception as exc:  # noqa: BLE001 - turned into problems
                found.add_exception(exc, path(index))
                out.append(None)
        else:
            found.add((), omitted=count)
            out.append(None)
    return out


def _made_in_parts(items: list[Any], cls: type, decoders: Decoders) -> list[Any]:
    """The records made on the fast path, None for each one of a part that fails."""
    size = max(16, math.isqrt(len(items)))
    out: list[Any] = []
    for start in range(0, len(items), size):
        part = items[start : start + size]
        try:
            out += decoders.structure_many(part, cls)
        except (MemoryError, RecursionError):
            raise
        except Exception:  # noqa: BLE001 - a constructor refused one: the caller sees which
            out += [None] * len(part)
    return out
