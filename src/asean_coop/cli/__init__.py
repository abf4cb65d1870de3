"""The ``asean-coop`` command line (argparse, standard library only).

Run ``asean-coop --help`` (or ``python -m asean_coop --help``) for the commands.
Exit codes: 0 on success, 1 when ``validate`` finds invalid data, 2 for usage
errors, unknown editions, people or countries, and files that cannot be read or
written. Every expected error is one message on standard error, never a traceback.
"""

from __future__ import annotations

from ._main import build_parser, main

__all__ = ["build_parser", "main"]
