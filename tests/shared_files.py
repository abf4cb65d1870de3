"""Where the files that live beside the repository are, and how tests that need them skip.

The source documents (``../shared/sources/``) and the Popolo JSON Schemas
(``../shared/interop/popolo-schemas/``) are not part of the project. CI has them beside the
checkout; a plain clone does not, and every test that reads them skips with one reason.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

__all__ = ["POPOLO_SCHEMAS", "SHARED", "SHARED_REASON", "SOURCES", "requires_shared"]

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
"""The folder beside the repository that holds the sources and the interop schemas."""

SOURCES = SHARED / "sources"
POPOLO_SCHEMAS = SHARED / "interop" / "popolo-schemas"

SHARED_REASON = "needs ../shared (the source documents and schemas beside the repository)"
"""The one reason every such test gives when it skips."""

_PRESENT = SOURCES.is_dir() and POPOLO_SCHEMAS.is_dir()

if not _PRESENT and os.environ.get("ASEAN_COOP_REQUIRE_SHARED"):
    raise RuntimeError(f"ASEAN_COOP_REQUIRE_SHARED is set but {SHARED} is missing")

requires_shared = pytest.mark.skipif(not _PRESENT, reason=SHARED_REASON)
"""Mark a test (or a module, through ``pytestmark``) that reads files from ``../shared``."""
