"""Reliability: thread-safe first use, no writes, no network, and zip-safe data."""

from __future__ import annotations

import subprocess
import sys
import textwrap
import zipfile
from pathlib import Path

import asean_coop


def _run(code: str, *args: str, env_path: str | None = None) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-B", *args, "-c", textwrap.dedent(code)]
    return subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)


def test_first_use_from_many_threads_builds_one_edition() -> None:
    result = _run(
        """
        import threading
        import asean_coop
        from asean_coop import bundled

        barrier = threading.Barrier(16)
        results = []

        def work():
            barrier.wait()
            results.append(asean_coop.load_edition(2025))

        threads = [threading.Thread(target=work) for _ in range(16)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        print(len(results), len({id(r) for r in results}), bundled._load.cache_info().misses)
        """
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["16", "1", "1"]


GUARD = """
import os, sys

WRITE_FLAGS = os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_APPEND | os.O_TRUNC

def guard(event, args):
    if event == "open":
        path, mode, flags = args
        writing = (isinstance(mode, str) and any(c in mode for c in "wax+")) or (
            isinstance(flags, int) and flags & WRITE_FLAGS
        )
        if writing:
            raise PermissionError(f"write attempted: {path!r}")
    elif event.startswith("socket.") or event in ("os.remove", "os.rename", "os.mkdir"):
        raise PermissionError(f"refused: {event} {args!r}")

sys.addaudithook(guard)
"""


def test_no_writes_and_no_network() -> None:
    result = _run(
        GUARD
        + """
import asean_coop
edition = asean_coop.load_edition(2025)
text = asean_coop.dumps(edition)
assert asean_coop.loads(text) == edition
try:
    open("probe-file", "w")
except PermissionError:
    print("writes refused")
import socket
try:
    socket.socket()
except PermissionError:
    print("network refused")
print(edition.year)
"""
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split("\n")[:3] == ["writes refused", "network refused", "2025"]


def test_data_loads_from_a_zipped_install(tmp_path: Path) -> None:
    package = Path(asean_coop.__file__).parent
    archive = tmp_path / "asean_coop.zip"
    with zipfile.ZipFile(archive, "w") as zipped:
        for path in package.rglob("*"):
            if "__pycache__" not in path.parts and path.is_file():
                zipped.write(path, Path("asean_coop") / path.relative_to(package))
    result = _run(
        f"""
        import sys
        sys.path.insert(0, {str(archive)!r})
        import asean_coop
        assert asean_coop.__file__.startswith({str(archive)!r}), asean_coop.__file__
        print(asean_coop.available_editions(), asean_coop.load_edition(2025).year)
        """
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "(2025,) 2025"
