"""``python -m asean_coop``: the same as the ``asean-coop`` command."""

from .cli import main

if __name__ == "__main__":
    raise SystemExit(main())
