"""The ``asean-coop`` console script, which handles Ctrl-C from its first moment.

Importing :mod:`asean_coop` takes a moment, and a Ctrl-C during that moment would
otherwise end the command with a traceback. This module lives beside the package, not
inside it, so that nothing is imported before its ``try``: Ctrl-C during the import exits
130, quietly, as it does while the command runs (:func:`asean_coop.cli.main`).
"""

from __future__ import annotations

__all__ = ["main"]

INTERRUPTED = 130
"""The exit code after Ctrl-C (128 + SIGINT); the same as ``asean_coop.cli``'s."""


def main() -> int:
    """Import the command line and run it with the process's arguments.

    Returns:
        The command's exit code, or 130 when Ctrl-C arrives while the package loads.
    """
    try:
        from asean_coop.cli import main as run
    except KeyboardInterrupt:
        return INTERRUPTED
    return run()
