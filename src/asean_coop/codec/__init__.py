"""The codec: model objects to and from plain dicts and JSON, strictly."""

from ._api import DEFAULT_MAX_SIZE, SCHEMA_VERSION, dump, dumps, from_dict, load, loads, to_dict

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
