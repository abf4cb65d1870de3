"""Optional dependencies of the exports, imported on first use."""

from __future__ import annotations

import importlib
from types import ModuleType

from ..errors import MissingExtraError

__all__ = ["install_hint", "require"]


def install_hint(extra: str) -> str:
    """The command that installs an extra: ``pip install "asean_coop[pandas]"``."""
    return f'pip install "asean_coop[{extra}]"'


def require(*modules: str, extra: str, purpose: str) -> ModuleType:
    """Import ``modules`` (the first is returned), or say which extra provides them.

    Args:
        modules: Module names, the package first (``"pyarrow"``, ``"pyarrow.parquet"``).
        extra: The extra of asean_coop that installs them.
        purpose: What needs them, for the message (``"to_dataframes"``).

    Raises:
        MissingExtraError: If one is not installed; its ``name`` is the package.
    """
    try:
        imported = [importlib.import_module(name) for name in modules]
    except ImportError as exc:
        raise MissingExtraError(
            f"{purpose} needs {modules[0]}, which is not installed: {install_hint(extra)}",
            name=modules[0],
        ) from exc
    return imported[0]
