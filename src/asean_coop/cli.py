"""The ``asean-coop`` command line (argparse, standard library only)."""

from __future__ import annotations

import argparse
from collections.abc import Sequence

__all__ = ["main"]


def build_parser() -> argparse.ArgumentParser:
    """Build the argument parser of the ``asean-coop`` command.

    Returns:
        The parser.
    """
    return argparse.ArgumentParser(
        prog="asean-coop",
        description="Top 10 News Stories on China-ASEAN Cooperation, as data.",
    )


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command.

    Args:
        argv: The arguments (without the program name); ``sys.argv[1:]`` by default.

    Returns:
        The exit code.
    """
    parser = build_parser()
    parser.parse_args(argv)
    parser.print_help()
    return 0
