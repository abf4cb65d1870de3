"""Regenerate the shipped JSON Schema: ``python -m asean_coop.export [PATH]``.

Writes :func:`asean_coop.export.schema_text` to PATH, or to standard output; with
``--check PATH`` it exits 1 if the file differs from what the model generates. From
the repository root::

    python -m asean_coop.export src/asean_coop/data/edition.schema.json
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ._json_schema import schema_text


def main(argv: list[str] | None = None) -> int:
    """Write or check the Edition JSON Schema file.

    Args:
        argv: Command-line arguments (``sys.argv[1:]`` when None).

    Returns:
        The exit status: 0, or 1 when ``--check`` finds the file out of date.
    """
    parser = argparse.ArgumentParser(
        prog="python -m asean_coop.export",
        description="Write the JSON Schema of an Edition document, generated from the model.",
    )
    parser.add_argument("path", nargs="?", type=Path, help="file to write (default: stdout)")
    parser.add_argument("--check", action="store_true", help="only compare PATH with the model")
    args = parser.parse_args(argv)
    text = schema_text()
    if args.check:
        if args.path is None:
            parser.error("--check needs a PATH")
        current = args.path.read_text(encoding="utf-8") if args.path.exists() else None
        if current != text:
            print(
                f"{args.path} is out of date: regenerate it with python -m asean_coop.export "
                f"{args.path}",
                file=sys.stderr,
            )
            return 1
        return 0
    if args.path is None:
        sys.stdout.buffer.write(text.encode("utf-8"))
    else:
        args.path.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
