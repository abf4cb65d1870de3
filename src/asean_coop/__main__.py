"""``python -m asean_coop``: the same as the ``asean-coop`` command."""

from .cli import main

raise SystemExit(main())
