"""The model's rules as objects: each one is an attrs validator that carries what it checks.

A rule is written once, here. The model classes use the rules as validators; the codec's
decoders test whole columns with the same rules (:meth:`Rule.any_bad`, the rule's own
test of many values); the JSON Schema and the table schemas read
:meth:`Rule.json_schema` and the patterns; the docs read :meth:`Rule.describe`.

Every pattern is written to mean the same in Python's :mod:`re` and in ECMA-262 (with or
without the ``u`` flag): explicit character classes with ``\\uXXXX`` escapes, no ``\\s``,
``\\S``, ``\\w`` or ``\\d``, and no ``(?:`` before a digit.

Example:
    >>> SLUG.pattern
    '[a-z0-9]+(-[a-z0-9]+)*'
    >>> SLUG.problem("Yu Yunquan")
    "'Yu Yunquan' is not a valid id (lowercase letters, digits and single hyphens)"
    >>> TEXT.problem("\\u200b")
    "'\\\\u200b' has no visible character"
"""

from __future__ import annotations

import enum
import functools
import itertools
import math
import operator
import re
import typing
from collections.abc import Callable, Iterator, Sequence
from typing import Any

import attrs

from ..errors import Problem, ValidationError
from ._classes import field_types

__all__ = [
    "ALPHA3",
    "COUNTRY_CODE",
    "COUNTRY_CODES",
    "DISTINCT",
    "FINITE",
    "HTTP_URL",
    "MAX_EDITION_NUMBER",
    "MAX_PARAGRAPH",
    "MAX_RANKING_SIZE",
    "MENTION",
    "MENTIONS",
    "SLUG",
    "SOURCE_ADDRESS",
    "SLUGS",
    "TEXT",
    "TEXTS",
    "YEAR",
    "Each",
    "Finite",
    "IntRange",
    "Matches",
    "Needs",
    "Rule",
    "Text",
    "anchored",
    "check_country_code",
    "check_invariants",
    "check_own_invariants",
    "check_finite",
    "check_slug",
    "check_text",
    "compiled_pattern",
    "first_broken",
    "rule_of",
]


def anchored(body: str) -> str:
    """Anchor a pattern at both ends of the text, in any regex dialect.

    ``$`` alone also matches before a final newline in Python's :mod:`re`;
    ``$(?!\\n)`` means the end of the text there and in ECMA-262 alike.

    Args:
        body: An unanchored pattern.

    Returns:
        ``^(body)$(?!\\n)``.

    Example:
        >>> anchored("[A-Z]{2}")
        '^([A-Z]{2})$(?!\\\\n)'
    """
    return rf"^({body})$(?!\n)"


@functools.cache
def compiled_pattern(pattern: str) -> re.Pattern[str]:
    """``pattern`` compiled, once, on first use (not for every rule at import time).

    Example:
        >>> compiled_pattern("[A-Z]{2}").fullmatch("KH") is not None
        True
    """
    return re.compile(pattern)


@functools.cache
def _admits_none(cls: Any, name: str) -> bool:
    hint = field_types(cls).get(name)
    return type(None) in typing.get_args(hint)


class Rule:
    """A check of one field value; also its message, its JSON Schema and its docs.

    Subclasses give :meth:`_bad`, the test of one value, and may give :meth:`_any_bad`,
    the test of many values at once (a pass in C over them where it can); everything
    that checks values, the model's constructors and the codec's decoders alike, calls
    :meth:`is_bad` or :meth:`any_bad`, so each check is written once. ``None`` passes a
    rule where the field's type allows it, and is refused otherwise.
    """

    __slots__ = ()

    def _bad(self, value: Any) -> bool:
        """True for a bad value; may raise TypeError for one it cannot even compare."""
        raise NotImplementedError

    def _any_bad(self, values: Sequence[Any]) -> bool:
        """True if any of ``values`` (at least one) is bad; each tested in turn by default."""
        return any(map(self._bad, values))

    def message(self, value: Any) -> str:
        """What is wrong with a bad value."""
        raise NotImplementedError

    def json_schema(self) -> dict[str, Any]:
        """The JSON Schema keywords that say the same as the rule, where one can."""
        raise NotImplementedError

    def describe(self) -> str:
        """The rule in words, for the docs."""
        raise NotImplementedError

    def any_bad(self, values: Sequence[Any]) -> bool:
        """True if any of ``values`` (none of them None) breaks the rule: the decoders' test
        of a whole column.

        Example:
            >>> SLUG.any_bad(["cicg", "yu-yunquan"]), SLUG.any_bad(["cicg", "Yu"])
            (False, True)
        """
        try:
            return bool(values) and self._any_bad(values)
        except TypeError:
            return True

    def is_bad(self, value: Any) -> bool:
        """True if ``value`` (not None) breaks the rule (a value the test cannot even
        compare or hash, such as a list among the items, breaks it too)."""
        try:
            return self._bad(value)
        except TypeError:
            return True

    def problem(self, value: Any) -> str | None:
        """The message for ``value`` if it breaks the rule, else None.

        Example:
            >>> COUNTRY_CODE.problem("kh")
            "'kh' is not an ISO 3166-1 alpha-2 country code (two capital letters)"
            >>> COUNTRY_CODE.problem("KH") is None
            True
        """
        return self.message(value) if self.is_bad(value) else None

    def problems(self, value: Any, path: str) -> Iterator[Problem]:
        """The problems of ``value`` at ``path`` (one, or one per bad item)."""
        message = self.problem(value)
        if message is not None:
            yield Problem(path, message)

    def __call__(self, instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
        if value is None:
            if _admits_none(instance.__class__, attribute.name):
                return
            raise ValidationError.single("expected a value, got None", attribute.name)
        if self.is_bad(value):
            raise ValidationError(self.problems(value, attribute.name))


_ONLY_STR = frozenset({str})
_ONLY_INT = frozenset({int})
_ONLY_TUPLE = frozenset({tuple})


def _show(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 80 else text[:77] + "..."


class Matches(Rule):
    """A string that matches a pattern as a whole.

    Args:
        pattern: The unanchored pattern, portable between Python and ECMA-262.
        what: What a matching value is, for messages and docs.
        schema: JSON Schema keywords to add to the pattern (``format``).
    """

    __slots__ = ("_fullmatch", "_valid", "pattern", "schema", "what")

    # Ids and codes repeat (every evidence names the same source): values found valid are
    # remembered, up to this many per rule, so a repeat costs a set lookup, not a match;
    # only short values, so that what stays in memory after a load is small.
    REMEMBERED = 4096
    REMEMBERED_LENGTH = 64

    def __init__(self, pattern: str, what: str, *, schema: dict[str, Any] | None = None) -> None:
        self.pattern = pattern
        self.what = what
        self.schema = schema or {}
        self._fullmatch: Callable[[str], re.Match[str] | None] | None = None
        self._valid: set[str] = set()

    def _matcher(self) -> Callable[[str], re.Match[str] | None]:
        """The pattern's ``fullmatch``, compiled on first use."""
        if self._fullmatch is None:
            self._fullmatch = compiled_pattern(self.pattern).fullmatch
        return self._fullmatch

    def fullmatch(self, value: str) -> re.Match[str] | None:
        """Match ``value`` as a whole, as :meth:`re.Pattern.fullmatch` does."""
        return self._matcher()(value)

    def _bad(self, value: Any) -> bool:
        if type(value) is not str:
            return True
        if value in self._valid:
            return False
        if (self._fullmatch or self._matcher())(value) is None:
            return True
        if len(value) <= self.REMEMBERED_LENGTH and len(self._valid) < self.REMEMBERED:
            self._valid.add(value)
        return False

    def _any_bad(self, values: Sequence[Any]) -> bool:
        valid = self._valid
        if _ONLY_STR.issuperset(map(type, values)) and valid.issuperset(values):
            return False
        rest = set(itertools.filterfalse(valid.__contains__, values))  # each new value once
        if not _ONLY_STR.issuperset(map(type, rest)) or not all(map(self._matcher(), rest)):
            return True
        room = self.REMEMBERED - len(valid)
        if room > 0:  # remember the new ones, while there is room
            short = map(self.REMEMBERED_LENGTH.__ge__, map(len, rest))
            valid.update(itertools.islice(itertools.compress(rest, short), room))
        return False

    def message(self, value: Any) -> str:
        return f"{_show(value)} is not {self.what}"

    def json_schema(self) -> dict[str, Any]:
        return {"pattern": anchored(self.pattern), **self.schema}

    def describe(self) -> str:
        return f"{self.what}, matching `{self.pattern}`"


# Characters that show nothing on their own: C0 and C1 controls, spaces, format
# characters (zero-width, direction marks, the byte order mark), combining marks and
# variation selectors, Hangul fillers and the blank Braille pattern. Basic plane only,
# so that the class means the same with and without ECMA-262's ``u`` flag.
_INVISIBLE = (
    r"\u0000-\u0020\u007f-\u00a0\u00ad\u0300-\u036f\u061c\u115f\u1160\u1680\u17b4\u17b5"
    r"\u180b-\u180f\u1ab0-\u1aff\u1dc0-\u1dff\u2000-\u200f\u2028-\u202f\u205f-\u206f"
    r"\u20d0-\u20ff\u2800\u3000\u3164\ufe00-\ufe0f\ufe20-\ufe2f\ufeff\uffa0\ufff0-\ufff8"
)
# Control characters refused anywhere in a text (tab, line feed and carriage return pass).
_CONTROL = r"\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f"


class Text(Rule):
    """Text with at least one visible character and no control characters.

    "Visible" means a character outside the ranges of :data:`_INVISIBLE` (spaces,
    zero-width and format characters, lone combining marks, fillers); tab, line feed
    and carriage return are allowed, other control characters are not.
    """

    __slots__ = ("_compiled", "control", "visible")

    def __init__(self) -> None:
        self.visible = f"[^{_INVISIBLE}]"
        self.control = f"[{_CONTROL}]"
        self._compiled: tuple[Callable[[str], Any], Callable[[str], Any]] | None = None

    def _searches(self) -> tuple[Callable[[str], Any], Callable[[str], Any]]:
        """The searches for a visible and for a control character, compiled on first use."""
        if self._compiled is None:
            self._compiled = (
                compiled_pattern(self.visible).search,
                compiled_pattern(self.control).search,
            )
        return self._compiled

    def _bad(self, value: Any) -> bool:
        visible, control = self._searches()
        # A printable string has no control character (and the test is cheaper than the
        # search): the search runs only for text with tabs, line breaks or worse.
        return (
            type(value) is not str
            or visible(value) is None
            or (not value.isprintable() and control(value) is not None)
        )

    def _any_bad(self, values: Sequence[Any]) -> bool:
        # The same tests, each mapped over the texts in C (a value that is no string fails
        # them with TypeError, which any_bad() counts bad).
        visible, control = self._searches()
        return not all(map(visible, values)) or (
            not all(map(str.isprintable, values)) and any(map(control, values))
        )

    def message(self, value: Any) -> str:
        if not isinstance(value, str):
            return f"expected a string, got {_show(value)}"
        if compiled_pattern(self.visible).search(value) is None:
            return f"{_show(value)} has no visible character"
        found = compiled_pattern(self.control).search(value)
        assert found is not None
        return f"{_show(value)} contains the control character {found.group()!r}"

    def json_schema(self) -> dict[str, Any]:
        return {"allOf": [{"pattern": self.visible}, {"pattern": anchored(f"[^{_CONTROL}]*")}]}

    def describe(self) -> str:
        return "text with a visible character and no control characters but tab and newline"


class IntRange(Rule):
    """An integer (not a bool) from ``low`` to ``high``, both included.

    Args:
        low: The smallest value allowed.
        high: The largest value allowed.
    """

    __slots__ = ("high", "low")

    def __init__(self, low: int, high: int) -> None:
        self.low = low
        self.high = high

    def _bad(self, value: Any) -> bool:
        return type(value) is not int or not self.low <= value <= self.high

    def _any_bad(self, values: Sequence[Any]) -> bool:
        return (
            not _ONLY_INT.issuperset(map(type, values))
            or min(values) < self.low
            or max(values) > self.high
        )

    def message(self, value: Any) -> str:
        if type(value) is not int:
            return f"expected an integer, got {_show(value)}"
        return f"{_show(value)} is outside {self.low}..{self.high}"

    def json_schema(self) -> dict[str, Any]:
        return {"minimum": self.low, "maximum": self.high}

    def describe(self) -> str:
        return f"an integer from {self.low} to {self.high}"


class Finite(Rule):
    """A finite number: an integer or a float that is neither NaN nor infinite."""

    __slots__ = ()

    def _bad(self, value: Any) -> bool:
        kind = type(value)
        return (kind is not int and kind is not float) or (
            kind is float and not math.isfinite(value)
        )

    def message(self, value: Any) -> str:
        if type(value) is float:
            return f"expected a finite number, got {value!r}"
        return f"expected a number, got {_show(value)}"

    def json_schema(self) -> dict[str, Any]:
        return {}  # JSON has no NaN or infinity

    def describe(self) -> str:
        return "a finite number"


class Each(Rule):
    """A tuple whose every item meets ``item``, optionally sorted and without repeats.

    Args:
        item: The rule for each item; None for items checked by their own class.
        ordered: Items must be in ascending order.
        unique: No item may appear twice.
    """

    __slots__ = ("item", "ordered", "unique")

    def __init__(self, item: Rule | None, *, ordered: bool = False, unique: bool = False) -> None:
        self.item = item
        self.ordered = ordered
        self.unique = unique

    def _bad(self, value: Any) -> bool:
        if type(value) is not tuple:
            return True
        if not value:
            return False
        if self.item is not None and self.item._any_bad(value):
            return True
        if self.ordered:
            return list(value) != sorted(set(value) if self.unique else value)
        return self.unique and len(set(value)) != len(value)

    def _any_bad(self, values: Sequence[Any]) -> bool:
        # Each test a pass in C over every tuple at once: the items of all of them
        # together (whichever tuple holds them), then each tuple's order and repeats.
        if not _ONLY_TUPLE.issuperset(map(type, values)):
            return True
        if self.item is not None:
            items = list(itertools.chain.from_iterable(values))
            if items and self.item._any_bad(items):
                return True
        if self.ordered and self.unique:
            return any(map(operator.ne, map(list, values), map(sorted, map(set, values))))
        if self.ordered:
            return any(map(operator.ne, map(list, values), map(sorted, values)))
        if self.unique:
            return any(map(operator.ne, map(len, map(set, values)), map(len, values)))
        return False

    def problems(self, value: Any, path: str) -> Iterator[Problem]:
        if type(value) is not tuple:
            yield Problem(path, f"expected a tuple, got {_show(value)}")
            return
        item = self.item
        bad = False
        if item is not None:
            for i, x in enumerate(value):
                if item.is_bad(x):
                    bad = True
                    yield Problem(f"{path}[{i}]", item.message(x))
        if bad:
            return
        if self.ordered and list(value) != sorted(value):
            yield Problem(path, f"must be in ascending order, got {_show(list(value))}")
        elif self.unique and len(set(value)) != len(value):
            yield Problem(path, f"must not repeat an item, got {_show(list(value))}")

    def message(self, value: Any) -> str:
        return "; ".join(p.message for p in self.problems(value, ""))

    def json_schema(self) -> dict[str, Any]:
        out: dict[str, Any] = {} if self.item is None else {"items": self.item.json_schema()}
        if self.unique:
            out["uniqueItems"] = True
        return out

    def describe(self) -> str:
        extra = [w for w, on in (("sorted", self.ordered), ("distinct", self.unique)) if on]
        head = "items" if self.item is None else f"each item {self.item.describe()}"
        return head + (f" ({', '.join(extra)})" if extra else "")


class Needs:
    """A rule across fields: ``field`` must be set (or unset) when ``when`` has a value.

    The model's constructors check it; the JSON Schema says it as ``if``/``then``.

    Args:
        field: The field that must be set (or, with ``absent``, must be None).
        when: The field whose value triggers the rule.
        equals: The value of ``when`` that triggers it; by default any value but None.
        absent: The rule is that ``field`` is None.
        message: What is wrong when the rule is broken.

    Example:
        >>> from asean_coop import PersonName
        >>> [n.message for n in PersonName._invariants][0]
        'a family_first name needs a family name'
    """

    __slots__ = ("absent", "equals", "field", "message", "when")

    def __init__(
        self, field: str, *, when: str, message: str, equals: Any = None, absent: bool = False
    ) -> None:
        self.field = field
        self.when = when
        self.equals = equals
        self.absent = absent
        self.message = message

    def inline(self, r: str, names: dict[str, Any]) -> str:
        """The expression, over the record variable ``r``, that is true when it is broken."""
        key = f"_equals_{id(self):x}"
        names[key] = self.equals
        trigger = (
            f"{r}.{self.when} is not None"
            if self.equals is None
            else f"{r}.{self.when} is {key}"
            if isinstance(self.equals, enum.Enum)
            else f"{r}.{self.when} == {key}"
        )
        value = f"bool({r}.{self.field})" if self.absent else f"{r}.{self.field} is None"
        return f"({trigger} and {value})"

    def broken(self, instance: Any) -> bool:
        """True if ``instance`` breaks the rule."""
        return first_broken((self,))(instance) is self

    def json_schema(self, default: Any = attrs.NOTHING) -> dict[str, Any]:
        """The rule as a JSON Schema ``if``/``then``.

        Args:
            default: The default of the ``when`` field: where it is the value the rule
                tests for, a document that leaves the field out meets the condition too,
                as the decoder reads it.
        """
        condition: dict[str, Any] = (
            {"not": {"type": "null"}}
            if self.equals is None
            else {"const": getattr(self.equals, "value", self.equals)}
        )
        then: dict[str, Any] = (
            {"properties": {self.field: {"type": "null"}}}
            if self.absent
            else {"required": [self.field], "properties": {self.field: {"not": {"type": "null"}}}}
        )
        test: dict[str, Any] = {"properties": {self.when: condition}}
        if self.equals is None or default != self.equals:
            test["required"] = [self.when]
        return {"if": test, "then": then}


@functools.cache
def first_broken(invariants: tuple[Needs, ...]) -> Callable[[Any], Needs | None]:
    """One compiled test of several rules: the first one a record breaks, or None.

    Example:
        >>> from asean_coop import Evidence
        >>> test = first_broken(Evidence._invariants)
        >>> test(Evidence(source_id="release")) is None
        True
    """
    names: dict[str, Any] = {f"_rule{i}": rule for i, rule in enumerate(invariants)}
    body = "".join(
        f"  if {rule.inline('r', names)}: return _rule{i}\n" for i, rule in enumerate(invariants)
    )
    source = f"def first_broken(r):\n{body}  return None\n"
    exec(compile(source, f"<asean_coop invariants {id(invariants):x}>", "exec"), names)
    test: Callable[[Any], Needs | None] = names["first_broken"]
    return test


def check_invariants(instance: Any, invariants: tuple[Needs, ...]) -> None:
    """Raise for the first of ``invariants`` that ``instance`` breaks.

    Raises:
        ValidationError: Naming the broken rule.
    """
    broken = first_broken(invariants)(instance)
    if broken is not None:
        raise ValidationError.single(broken.message)


def check_own_invariants(instance: Any) -> None:
    """The ``__attrs_post_init__`` of a class whose cross-field rules are all in its
    ``_invariants``: it checks them and nothing else.

    Being this one function (not a method of each class) is what lets the decoders see
    that a class's post-init is exactly its invariants, and run their compiled test
    (:func:`first_broken`) over many objects instead of calling it for each.

    Raises:
        ValidationError: Naming the first broken rule.

    Example:
        >>> from asean_coop import Evidence
        >>> Evidence.__attrs_post_init__ is check_own_invariants
        True
    """
    check_invariants(instance, instance._invariants)


MAX_RANKING_SIZE = 100
"""The largest ``Ranking.size`` (and so ``Story.position``) the model accepts."""

MAX_EDITION_NUMBER = 1000
"""The largest edition number (``Edition.number``, ``Ranking.edition``)."""

MAX_PARAGRAPH = 100_000
"""The largest paragraph number an :class:`Evidence` or :class:`Erratum` may cite."""

SLUG = Matches(
    r"[a-z0-9]+(-[a-z0-9]+)*", "a valid id (lowercase letters, digits and single hyphens)"
)
"""An id such as ``"yu-yunquan"``: lowercase ASCII words joined by single hyphens."""

COUNTRY_CODE = Matches(r"[A-Z]{2}", "an ISO 3166-1 alpha-2 country code (two capital letters)")
"""An ISO 3166-1 alpha-2 code such as ``"KH"``."""

ALPHA3 = Matches(r"[A-Z]{3}", "an ISO 3166-1 alpha-3 code (three capital letters)")
"""An ISO 3166-1 alpha-3 code such as ``"KHM"``."""

HTTP_URL = Matches(
    r"https?://[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?(:[0-9]{1,5})?([/?#][!-~]*)?",
    "an http or https URL (ASCII, no spaces)",
    schema={"format": "uri"},
)
"""An absolute ``http`` or ``https`` URL, non-ASCII characters percent-encoded."""

SOURCE_ADDRESS = Matches(
    rf"({HTTP_URL.pattern}|urn:[a-z0-9][a-z0-9-]{{0,31}}:[!-~]+)",
    "an http or https URL, or a URN for general reference (ASCII, no spaces)",
    schema={"format": "uri"},
)
"""Where a source is: an ``http``/``https`` URL, or (for general reference, which has no
one place) a URN such as ``urn:asean-coop:general-reference``. Nothing else: no
``javascript:``, no relative path."""

MENTION = Matches(
    rf"({SLUG.pattern}|{COUNTRY_CODE.pattern})",
    "an id (lowercase letters, digits and single hyphens) or an alpha-2 country code",
)
"""The id of a record, or an alpha-2 country code."""

TEXT = Text()
"""Text with a visible character and no control characters (see :class:`Text`)."""

FINITE = Finite()
"""A finite number."""

YEAR = IntRange(1, 9999)
"""A year from 1 to 9999."""

SLUGS = Each(SLUG, unique=True)
"""Ids, each once."""

TEXTS = Each(TEXT)
"""Texts, each with a visible character."""

MENTIONS = Each(MENTION, unique=True)
"""Ids or alpha-2 codes, each once."""

DISTINCT = Each(None, unique=True)
"""Records, each once (a repeated organizer or participation is a slip)."""

COUNTRY_CODES = Each(COUNTRY_CODE, ordered=True, unique=True)
"""Alpha-2 codes, sorted, each once."""

check_slug = SLUG
check_country_code = COUNTRY_CODE
check_text = TEXT
check_finite = FINITE


def rule_of(attribute: attrs.Attribute[Any]) -> Rule | None:
    """The rule a field is checked by, if it has one.

    Args:
        attribute: An attrs field of a model class.

    Returns:
        The :class:`Rule`, or None for a field without one.

    Raises:
        TypeError: If the field has a validator that is not a :class:`Rule`.

    Example:
        >>> import attrs
        >>> from asean_coop import Person
        >>> rule_of(attrs.fields(Person).id) is SLUG
        True
    """
    validator = attribute.validator
    if validator is None or isinstance(validator, Rule):
        return validator
    raise TypeError(f"{attribute.name}: the validator {validator!r} is not a Rule")
