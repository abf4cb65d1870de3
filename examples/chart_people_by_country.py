"""A bar chart of the people at the 2025 event by the country they represented.

Needs matplotlib (``pip install "asean_coop[examples]"``). Writes a PNG to the path
given as the first argument, or to a temporary directory, and prints where it is.

Run it with ``python examples/chart_people_by_country.py [OUTPUT.png]``.
"""

from __future__ import annotations

import sys
import tempfile
from collections import Counter
from pathlib import Path

import matplotlib

matplotlib.use("Agg")  # draw to files; no display needed

import matplotlib.pyplot as plt
from matplotlib.ticker import MaxNLocator

import asean_coop


def main(argv: list[str]) -> int:
    target = Path(argv[1]) if len(argv) > 1 else Path(tempfile.mkdtemp()) / "people.png"
    edition = asean_coop.load_edition(2025)
    on = edition.main_event.date

    # Count each person once per country, under the first role they had.
    counts: Counter[tuple[str, str]] = Counter()
    totals: Counter[str] = Counter()
    for country in edition.countries_represented():
        for person in edition.people_from(country):
            counts[(country.name, edition.roles_of(person)[0].value)] += 1
            totals[country.name] += 1
    countries = [name for name, _ in totals.most_common()]
    roles = [r.value for r in asean_coop.ParticipantRole if any(r.value == k for _, k in counts)]

    figure, axes = plt.subplots(figsize=(8, 4.5), layout="constrained")
    bottom = [0] * len(countries)
    for role in roles:
        heights = [counts[(c, role)] for c in countries]
        axes.bar(countries, heights, bottom=bottom, label=role)
        bottom = [b + h for b, h in zip(bottom, heights, strict=True)]
    members = {c.name for c in asean_coop.asean_members(on=on)}
    for label in axes.get_xticklabels():
        if label.get_text() in members:
            label.set_fontweight("bold")
    axes.set_ylabel("people")
    axes.set_title(f"{edition.main_event.name}\n({on}): people by country represented", fontsize=10)
    axes.legend(title="role", frameon=False)
    axes.yaxis.set_major_locator(MaxNLocator(integer=True))
    target.parent.mkdir(parents=True, exist_ok=True)
    figure.savefig(target, dpi=120)
    plt.close(figure)

    for name in countries:
        print(f"{name:<12} {totals[name]}")
    print(f"Wrote {target} (ASEAN member states in bold)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
