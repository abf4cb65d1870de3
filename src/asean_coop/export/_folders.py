"""Writing an export's folder so that a failure leaves no partial output."""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Callable, Iterable
from pathlib import Path

__all__ = ["write_folder"]


def write_folder(directory: str | os.PathLike[str], write: Callable[[Path], Iterable[str]]) -> Path:
    """Have ``write`` fill a staging folder beside ``directory``, then move it into place.

    A new folder is renamed into place whole; in an existing one each file ``write``
    names replaces its namesake (other files are left alone). If ``write`` fails, the
    staging folder is removed and ``directory`` is as it was.

    Args:
        directory: The folder to write; its parents are made if missing.
        write: Writes the files into the folder it is given and returns their names.

    Returns:
        The folder, as a path.

    Raises:
        NotADirectoryError: If ``directory`` exists and is not a folder.
    """
    root = Path(directory)
    if root.exists() and not root.is_dir():
        raise NotADirectoryError(f"{root} exists and is not a directory")
    fresh = not root.exists()
    parent = root.parent if fresh else root
    parent.mkdir(parents=True, exist_ok=True)
    staging = parent / f".{root.name}.{uuid.uuid4().hex}.partial"
    staging.mkdir()  # with the usual permissions, unlike mkdtemp's private ones
    try:
        names = list(write(staging))
        if fresh:
            staging.rename(root)
        else:
            for name in names:
                os.replace(staging / name, root / name)
    finally:
        if staging.exists():
            shutil.rmtree(staging, ignore_errors=True)
    return root
