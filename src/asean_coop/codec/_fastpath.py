"""The fast decoding path: a document read a class at a time, a column at a time.

cattrs' generated functions structure one object at a time, calling a hook per value (a
Python call for every string), building a dict of the optional arguments and then
calling the attrs ``__init__``, which runs each validator as another call. For valid
input all of that is overhead. The decoder of a class (the *root*: an
:class:`~asean_coop.Edition`, or whatever class is asked for) reads every record of each
class the root can hold in one batch, and works a column (one field of every record of
the batch) at a time, so that almost every step is a C-level pass over a column instead
of Python code per value:

- the records are dicts, and all their keys are known (one set test over every key);
  an optional field that no record of the batch gives is its default, read from
  nowhere;
- a column is read with :func:`operator.itemgetter` (a required field) or ``dict.get``
  with the JSON form of the field's default (an optional one);
- enums are looked up in their value table, dates read with the memoised
  :func:`~asean_coop.model._dates.read_iso`, arrays turned into tuples;
- records nested in records (the evidence of organizations, people, events...) are
  gathered from every parent into the batch of their class, and each object goes back
  to its parent, in order, once its batch is made;
- objects are made with ``object.__new__`` and their slots filled a column at a time.

The checks are not made column by column: each column's values join a *bucket*, one per
set of JSON types allowed and one per rule, and every bucket is tested once, by a set
test of the types or by the rule's own test of many values
(:meth:`~asean_coop.model._checks.Rule.any_bad`; a tuple rule, sorted or distinct,
remembers the tuples it found valid); then, children before parents, each class's
invariants (:class:`~asean_coop.model._checks.Needs`, by the test the class's own
constructor runs) or ``__attrs_post_init__`` run, as the attrs ``__init__`` does (for an
edition, the whole-edition check, handed every record by class). Until the buckets are
tested nothing is trusted: a value of the wrong type may fail a conversion (any
exception refuses the document) or pass it, to be refused by its bucket.

The decoder is data (a :class:`_ClassReader` per class, a :class:`_Field` per field),
read by a small loop over the fields of each class; it generates no code, so the first
document costs no compilation. It accepts exactly what cattrs' functions and
``__init__`` accept and builds equal objects (tests/test_fast_path.py and
tests/test_differential.py check that against the detailed converter); on any problem
it raises, and the detailed converter, which uses none of this, says what is wrong and
where. Rules are always checked here, whatever ``attrs.validators.set_disabled`` says.
A class using an attrs feature this does not reproduce (converters,
``__attrs_pre_init__``, a hand-written ``__init__``, defaults made by a factory,
``init=False`` fields...) keeps cattrs' own function, called per value, and so does a
class that holds itself. The input is plain data: objects as dicts, arrays as lists or
tuples (what :func:`~asean_coop.from_dict` is given, and :func:`~asean_coop.loads`
parses).
"""

from __future__ import annotations

import enum
import functools
import itertools
import operator
import types
import typing
from collections import deque
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

import attrs

from ..model import PartialDate
from ..model._checks import Each, Rule, check_own_invariants, first_broken, rule_of
from ..model._classes import field_types
from ..model._dates import read_iso
from ..model._integrity import check_whole
from ._hooks import (
    EnumHook,
    is_homogeneous_tuple,
    is_optional,
    is_record,
    leaf_hook,
    not_none,
    structure_bool,
    structure_date,
    structure_int,
    structure_number,
    structure_str,
)

if TYPE_CHECKING:
    import cattrs

__all__ = [
    "LEAF_TYPES",
    "REMEMBERED",
    "REMEMBERED_ITEMS",
    "REMEMBERED_LENGTH",
    "Decoders",
    "inlinable",
]


class _Invalid(Exception):
    """The fast path met a problem; the detailed pass finds and describes it."""


LEAF_TYPES: dict[object, tuple[type, ...]] = {
    structure_str: (str,),
    structure_int: (int,),
    structure_bool: (bool,),
    structure_number: (int, float),
}
"""The JSON types each leaf hook accepts."""

REMEMBERED = 4096
"""How many distinct valid values a tuple rule (``Each``: sorted, distinct...) remembers
per field, so that the paragraph and country lists a document repeats are tested once;
only tuples of at most :data:`REMEMBERED_ITEMS` integers or strings of at most
:data:`REMEMBERED_LENGTH` characters, so that what stays in memory is small."""

REMEMBERED_ITEMS = 8
REMEMBERED_LENGTH = 64

_new = object.__new__
_repeat = itertools.repeat
_islice = itertools.islice
_flat = itertools.chain.from_iterable
_consume: Callable[[Iterable[Any]], None] = deque[Any](maxlen=0).extend
_dict_get = dict.get
_not_none = functools.partial(operator.is_not, None)
_DICTS = frozenset({dict})


def _same(value: Any) -> Any:
    return value


def _first(pair: tuple[int, Any]) -> int:
    return pair[0]


def _slot_setter(cls: type, name: str) -> Callable[[Any, Any], None] | None:
    for klass in cls.__mro__:
        if name in klass.__dict__:
            slot = klass.__dict__[name]
            return slot.__set__ if isinstance(slot, types.MemberDescriptorType) else None
    return None


_NO_JSON = object()


def _json_default(default: Any) -> Any:
    """The JSON value that decodes to ``default``, or ``_NO_JSON``."""
    if default is None or type(default) in (str, int, bool, float):
        return default
    if isinstance(default, enum.Enum):
        return default.value
    if type(default) is tuple and default == ():
        return []
    if isinstance(default, PartialDate):
        return default.isoformat()
    return _NO_JSON


def inlinable(cls: type) -> bool:
    """True if the decoders can make ``cls`` objects as its ``__init__`` does.

    Raises:
        TypeError: If a field has a validator that is not a rule (the detailed path
            refuses such a class too).
    """
    for a in attrs.fields(cls):
        rule_of(a)
    init = cls.__dict__.get("__init__")
    code = getattr(init, "__code__", None)
    if (
        code is None
        or not code.co_filename.startswith("<attrs generated")
        or typing.cast(object, cls.__new__) is not object.__new__
        or hasattr(cls, "__attrs_pre_init__")
    ):
        return False
    for a in attrs.fields(cls):
        if not a.init or a.converter is not None or _slot_setter(cls, a.name) is None:
            return False
        if a.default is not attrs.NOTHING and _json_default(a.default) is _NO_JSON:
            return False
    return True


def _nested(t: Any) -> tuple[type | None, bool, bool]:
    """The record class a field type holds: (class or None, in a tuple, may be None)."""
    optional = is_optional(t)
    if optional:
        t = not_none(t)
    if is_homogeneous_tuple(t):
        item = typing.get_args(t)[0]
        return (item if is_record(item) else None), True, optional
    return (t if is_record(t) else None), False, optional


def _classes(root: type) -> list[type] | None:
    """The decodable record classes ``root`` holds, parents before children (``root``
    first); None if they hold one another in a cycle."""
    order: list[type] = []
    state: dict[type, bool] = {}  # False: being visited, True: done

    def visit(cls: type) -> bool:
        if cls in state:
            return state[cls]
        state[cls] = False
        for t in field_types(cls).values():
            nested = _nested(t)[0]
            if nested is not None and inlinable(nested) and not visit(nested):
                return False
        state[cls] = True
        order.append(cls)
        return True

    if not visit(root):
        return None
    order.reverse()  # a reversed post-order puts every parent before its children
    return order


class _Remembered:
    """A tuple rule's test of a bucket, remembering the tuples it found valid.

    Only the decoders use it, after the items' exact types are tested (a tuple of
    ``True`` and ``1.0`` equals one of ``1`` and ``1``, so the memory must never see
    a tuple whose item types were not tested first).
    """

    __slots__ = ("rule", "valid")

    def __init__(self, rule: Rule) -> None:
        self.rule = rule
        self.valid: set[tuple[Any, ...]] = set()

    def any_bad(self, bucket: list[tuple[Any, ...]]) -> bool:
        valid = self.valid
        new = list(itertools.filterfalse(valid.__contains__, bucket))
        if not new:
            return False
        if self.rule.any_bad(new):
            return True
        room = REMEMBERED - len(valid)
        if room > 0:
            few = itertools.compress(new, map(REMEMBERED_ITEMS.__ge__, map(len, new)))
            valid.update(itertools.islice(filter(_small, few), room))
        return False


def _small(value: tuple[Any, ...]) -> bool:
    """A tuple worth remembering: integers or short strings."""
    return all(type(x) is int or (type(x) is str and len(x) <= REMEMBERED_LENGTH) for x in value)


class Decoders:
    """Makes the decoders of the model classes.

    The leaf types are read from :func:`~.hooks.leaf_hook`, with no converter: a
    document of model classes is decoded without cattrs (which is imported, and the
    converter made, only for a type that is not one of those and for the classes that
    keep cattrs' function).

    Args:
        converter: The converter whose hooks serve for other types, made on first use.
    """

    def __init__(self, converter: Callable[[], cattrs.Converter]) -> None:
        self._converter = converter
        self._made: dict[type, _Decoder | None] = {}
        self._remembered: dict[int, _Remembered] = {}

    def structure(self, value: Any, cls: type) -> Any:
        """Structure ``value`` as a ``cls``, as the converter's own ``structure`` does.

        Raises:
            Exception: Any, on any problem (the detailed pass says what and where).
        """
        return self.structure_many([value], cls)[0]

    def structure_many(self, values: list[Any], cls: type) -> list[Any]:
        """Structure every value of ``values`` as a ``cls``, in one batch.

        Raises:
            Exception: Any, on any problem in any of them.
        """
        decode = self._decoder(cls) if is_record(cls) else None
        if decode is None:
            conv = self._converter()
            return [conv.structure(value, cls) for value in values]
        return decode(values)

    def hook(self, cls: type) -> Callable[[Any, Any], Any]:
        """The fast converter's hook for ``cls``."""
        decode = self._decoder(cls)
        if decode is None:
            return self._cattrs_function(cls)

        def structure(value: Any, _: Any) -> Any:
            return decode([value])[0]

        return structure

    def _cattrs_function(self, cls: type) -> Callable[[Any, Any], Any]:
        """cattrs' own function, made on first use."""
        made: list[Callable[[Any, Any], Any]] = []

        def structure(value: Any, _: Any) -> Any:
            if not made:
                from cattrs.gen import make_dict_structure_fn

                made.append(
                    make_dict_structure_fn(
                        cls,
                        self._converter(),
                        _cattrs_forbid_extra_keys=True,
                        _cattrs_detailed_validation=False,
                    )
                )
            return made[0](value, cls)

        return structure

    def _decoder(self, cls: type) -> _Decoder | None:
        if cls not in self._made:
            classes = _classes(cls) if inlinable(cls) else None
            self._made[cls] = None if classes is None else _Decoder(self, classes)
        return self._made[cls]

    def remembered(self, rule: Rule) -> _Remembered:
        """The memory of valid tuples of a tuple rule, one per rule for every decoder."""
        if id(rule) not in self._remembered:
            self._remembered[id(rule)] = _Remembered(rule)
        return self._remembered[id(rule)]

    def value_hook(self, t: Any) -> Callable[[Any], Any]:
        """A function structuring a value of a type the decoders do not read themselves."""
        hook: Callable[[Any, Any], Any] = self._converter().get_structure_hook(t)
        return lambda value: hook(value, t)


# How a field's column is read: its kind.
_VALUE = "value"  # a JSON leaf value, kept as it is
_ENUM = "enum"  # a string looked up in the enum's table
_DATE = "date"  # an ISO date, read with read_iso
_ARRAY = "array"  # an array of leaf values, made a tuple
_RECORD = "record"  # one nested record (or None)
_RECORDS = "records"  # an array of nested records
_OTHER = "other"  # anything else, structured value by value by the converter


@attrs.frozen(kw_only=True)
class _Field:
    """How one field of a class is read, checked and set."""

    name: str
    kind: str
    setter: Callable[[Any, Any], None]
    get: Callable[[Any], Any] | None  # itemgetter for a required field
    key: Any  # repeat(name), for dict.get
    json_default: Any  # repeat(the default's JSON form)
    defaults: Any  # repeat(the default)
    optional: bool
    types: int = -1  # the bucket of the column's JSON types
    converted: int = -1  # the bucket of the converted values' types (dates)
    items: int = -1  # the bucket of an array's item types
    rule: int = -1  # the bucket of the field's rule
    rule_on_items: bool = False  # the bucket is of the rule of a tuple's items
    remembered: _Remembered | None = None  # a tuple rule and its memory
    convert: Callable[[Any], Any] = _same  # an enum's lookup; the converter's (_OTHER)
    child: int = -1  # the class of nested records
    site: int = -1  # where nested records go back
    record_rule: Rule | None = None  # the rule of a field of nested records


@attrs.frozen
class _ClassReader:
    """How the records of one class are read: its fields, its keys, its checks."""

    cls: type
    repeat_cls: Callable[[int], Any]
    keys: frozenset[str]
    fields: tuple[_Field, ...]
    sites: tuple[tuple[int, int, _Field], ...]  # (site, parent class, field) of its records
    broken: Callable[[Any], Any] | None  # the invariants' test
    post_init: Callable[[Any], Any] | None
    whole: bool  # its post-init is the whole-document check


class _Layout:
    """The buckets and the sites of one decoder, laid out as its fields are read."""

    def __init__(self, decoders: Decoders, classes: list[type]) -> None:
        self.decoders = decoders
        self.index = {cls: k for k, cls in enumerate(classes)}
        self.type_buckets: dict[frozenset[type], int] = {}
        self.rule_buckets: dict[int, tuple[int, Rule]] = {}
        self.sites: list[tuple[int, int, _Field]] = []  # (child class, parent class, field)

    def types(self, *kinds: type) -> int:
        return self.type_buckets.setdefault(frozenset(kinds), len(self.type_buckets))

    def rule(self, rule: Rule | None) -> int:
        while isinstance(rule, Each) and not (rule.ordered or rule.unique):
            rule = rule.item  # only the items have a rule: test them together
        if rule is None:
            return -1
        return self.rule_buckets.setdefault(id(rule), (len(self.rule_buckets), rule))[0]

    def field(self, k: int, cls: type, a: attrs.Attribute[Any]) -> _Field:
        """How field ``a`` of class ``cls`` (the ``k``-th) is read."""
        hint = field_types(cls)[a.name]
        optional = is_optional(hint)
        t = not_none(hint) if optional else hint
        none = (type(None),) if optional else ()
        rule = rule_of(a)
        common: dict[str, Any] = {
            "name": a.name,
            "setter": _slot_setter(cls, a.name),
            "get": operator.itemgetter(a.name) if a.default is attrs.NOTHING else None,
            "key": _repeat(a.name),
            "json_default": _repeat(_json_default(a.default)),
            "defaults": _repeat(a.default),
            "optional": optional,
        }
        child, many, _ = _nested(hint)
        if child is not None and child in self.index:
            types = self.types(list, tuple, *none) if many else -1
            kind = _RECORDS if many else _RECORD
            made = _Field(kind=kind, types=types, child=self.index[child],
                          site=len(self.sites), record_rule=rule, **common)  # fmt: skip
            self.sites.append((self.index[child], k, made))
            return made
        if rule is not None:  # tested on the model values
            common["rule"] = self.rule(rule)
            if isinstance(rule, Each) and (rule.ordered or rule.unique):
                common["remembered"] = self.decoders.remembered(rule)
            else:
                common["rule_on_items"] = isinstance(rule, Each)
        hook = leaf_hook(t)  # the converter registers these same hooks for these types
        if hook in LEAF_TYPES:
            return _Field(kind=_VALUE, types=self.types(*LEAF_TYPES[hook], *none), **common)
        if isinstance(hook, EnumHook):
            table = {**hook.by_value, **({None: None} if optional else {})}
            return _Field(kind=_ENUM, types=self.types(str, *none), convert=table.__getitem__,
                          **common)  # fmt: skip
        if hook is structure_date:
            return _Field(kind=_DATE, types=self.types(str, *none),
                          converted=self.types(PartialDate, *none), **common)  # fmt: skip
        item = leaf_hook(typing.get_args(t)[0]) if is_homogeneous_tuple(t) else None
        if item in LEAF_TYPES and not optional:
            return _Field(kind=_ARRAY, types=self.types(list, tuple),
                          items=self.types(*LEAF_TYPES[item]), **common)  # fmt: skip
        return _Field(kind=_OTHER, convert=self.decoders.value_hook(hint), **common)


def _reader(cls: type, fields: list[_Field], layout: _Layout, k: int) -> _ClassReader:
    post_init = getattr(cls, "__attrs_post_init__", None)
    invariants = post_init is check_own_invariants  # their compiled test, not a call each
    return _ClassReader(
        cls=cls,
        repeat_cls=functools.partial(_repeat, cls),
        keys=frozenset(f.name for f in fields),
        fields=tuple(fields),
        sites=tuple((n, p, f) for n, (c, p, f) in enumerate(layout.sites) if c == k),
        broken=first_broken(cls._invariants) if invariants else None,  # type: ignore[attr-defined]
        post_init=post_init,
        whole=post_init is check_whole,
    )


class _Decoder:
    """The decoder of one root class: a reader per class it holds, parents first."""

    def __init__(self, decoders: Decoders, classes: list[type]) -> None:
        layout = _Layout(decoders, classes)
        fields = [
            [layout.field(k, cls, a) for a in attrs.fields(cls)] for k, cls in enumerate(classes)
        ]
        self.readers = tuple(_reader(cls, fields[k], layout, k) for k, cls in enumerate(classes))
        buckets = layout.type_buckets
        self.type_tests = tuple(sorted(buckets, key=buckets.__getitem__))
        self.rule_tests = tuple(
            rule for _, rule in sorted(layout.rule_buckets.values(), key=_first)
        )
        self.site_count = len(layout.sites)

    def __call__(self, rs: list[Any]) -> list[Any]:
        readers = self.readers
        batches: list[list[Any]] = [rs, *([] for _ in readers[1:])]
        made: list[list[Any]] = [[] for _ in readers]
        shapes: list[Any] = [None] * self.site_count  # how gathered records go back
        typed: list[list[Any]] = [[] for _ in self.type_tests]
        ruled: list[list[Any]] = [[] for _ in self.rule_tests]
        remembered: list[tuple[_Remembered, list[Any]]] = []
        for k, reader in enumerate(readers):
            if batches[k]:
                made[k] = _read(reader, batches[k], batches, shapes, typed, ruled, remembered)
            if reader.sites:
                _give_back(reader, made[k], made, shapes)
        for kinds, values in zip(self.type_tests, typed):  # noqa: B905 - the same length
            if values and not kinds.issuperset(map(type, values)):
                raise _Invalid
        for rule, values in zip(self.rule_tests, ruled):  # noqa: B905 - the same length
            if values and rule.any_bad(values):
                raise _Invalid
        for memory, values in remembered:
            if memory.any_bad(values):
                raise _Invalid
        for reader, objs in zip(reversed(readers), reversed(made)):  # noqa: B905
            if not objs:
                continue
            if reader.broken is not None:
                if any(map(reader.broken, objs)):
                    raise _Invalid
            elif reader.whole:  # handed every record it holds, by class (if it is alone)
                records = {r.cls: m for r, m in zip(readers, made, strict=True)}
                for obj in objs:
                    check_whole(obj, records if len(objs) == 1 else None)
            elif reader.post_init is not None:
                _consume(map(reader.post_init, objs))
        return made[0]


def _read(
    reader: _ClassReader,
    rs: list[Any],
    batches: list[list[Any]],
    shapes: list[Any],
    typed: list[list[Any]],
    ruled: list[list[Any]],
    remembered: list[tuple[_Remembered, list[Any]]],
) -> list[Any]:
    """Read every record of one class: its objects, its values put in their buckets, its
    nested records gathered into their class's batch."""
    if not _DICTS.issuperset(map(type, rs)):
        raise _Invalid
    keys = set(_flat(rs))
    if not reader.keys.issuperset(keys):
        raise _Invalid
    objs = list(map(_new, reader.repeat_cls(len(rs))))
    consume, not_none, flat = _consume, _not_none, _flat  # locals, in this loop
    for field in reader.fields:
        if field.get is not None:
            column = list(map(field.get, rs))
        elif field.name in keys:
            column = list(map(_dict_get, rs, field.key, field.json_default))
        else:  # a field no record gives is its default in every record: nothing to read
            consume(map(field.setter, objs, field.defaults))
            continue
        kind = field.kind
        if kind is _VALUE:
            typed[field.types].extend(column)
        elif kind is _RECORDS:
            typed[field.types].extend(column)
            if field.optional:
                shapes[field.site] = [None if x is None else len(x) for x in column]
                column = list(filter(not_none, column))
            else:
                shapes[field.site] = list(map(len, column))
            batches[field.child].extend(flat(column))
            continue  # set when the records are made
        elif kind is _RECORD:
            if field.optional:
                shapes[field.site] = list(map(not_none, column))
                column = list(filter(not_none, column))
            else:
                shapes[field.site] = True
            batches[field.child].extend(column)
            continue
        elif kind is _ARRAY:
            typed[field.types].extend(column)
            typed[field.items].extend(flat(column))
            column = list(map(tuple, column))
        elif kind is _ENUM:
            typed[field.types].extend(column)
            column = list(map(field.convert, column))
        elif kind is _DATE:
            typed[field.types].extend(column)
            if field.optional:
                column = [x if x is None else read_iso(x) for x in column]
            else:
                column = list(map(read_iso, column))
            typed[field.converted].extend(column)
        else:  # _OTHER: the converter checks as it goes
            column = list(map(field.convert, column))
        if field.remembered is not None:
            remembered.append((field.remembered, column))
        elif field.rule >= 0:
            values = filter(not_none, column)  # None passes where the type allows it
            ruled[field.rule].extend(flat(values) if field.rule_on_items else values)
        consume(map(field.setter, objs, column))
    return objs


def _give_back(
    reader: _ClassReader, children: list[Any], made: list[list[Any]], shapes: list[Any]
) -> None:
    """Set, on their parents, the objects of a class just made, in the order gathered."""
    taken = iter(children)
    for site, parent, field in reader.sites:
        shape = shapes[site]
        if shape is None:  # no parent gave any: they hold the default, already set
            continue
        parents = made[parent]
        if field.kind is _RECORDS:
            values: list[Any] = [
                None if n is None else tuple(_islice(taken, n)) if n else () for n in shape
            ]
        elif field.optional:
            values = [next(taken) if present else None for present in shape]
        else:
            values = list(_islice(taken, len(parents)))
        rule = field.record_rule
        if rule is not None:  # a tuple rule holds for an empty tuple: the others are tested
            empty_holds = isinstance(rule, Each)
            if rule.any_bad([v for v in values if (v if empty_holds else v is not None)]):
                raise _Invalid
        _consume(map(field.setter, parents, values))
