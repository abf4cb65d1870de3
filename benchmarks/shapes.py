"""Adversarial shapes: decoding cost stays linear in the size of the document.

For each shape, a document of about 1 MB and one of about 8 MB are decoded with
``asean_coop.loads`` (valid or not: a refusal is timed like a success) and with
``json.loads``, the two in turn in each repeat; the figure is the ratio of the two
medians, measured in the same run.
The goal: at most 10x ``json.loads`` for every shape and size, and the ratio at 8 MB
within 1.5x of the ratio at 1 MB (linear, not super-linear).

    python benchmarks/shapes.py            # about a minute
    python benchmarks/shapes.py --quick    # 1 MB only, fewer repeats
"""

from __future__ import annotations

import argparse
import contextlib
import json
import statistics
import time
from collections.abc import Callable, Sequence
from typing import Any

import asean_coop
from asean_coop import AseanCoopError

_BASE: dict[str, Any] = asean_coop.to_dict(asean_coop.load_edition(2025))


def _edition(**changes: Any) -> dict[str, Any]:
    return {**json.loads(json.dumps(_BASE)), **changes}


def organization_chain(target: int) -> str:
    """Organizations in one parent chain (was quadratic in the cycle check)."""
    count = target // 70
    chain = [
        {"id": f"o{i}", "name": f"Body {i}", "kind": "other", "parent_id": f"o{i + 1}"}
        for i in range(count)
    ]
    chain[-1].pop("parent_id")
    document = _edition()
    document["organizations"] = [*document["organizations"], *chain]
    return json.dumps(document)


def event_chain(target: int) -> str:
    """Events in one parent chain under the main event."""
    count = target // 80
    main = next(e["id"] for e in _BASE["events"] if "parent_id" not in e)
    chain = [
        {"id": f"e{i}", "name": f"Part {i}", "kind": "other", "date": "2026-01-15",
         "parent_id": f"e{i - 1}" if i else main}
        for i in range(count)
    ]  # fmt: skip
    document = _edition()
    document["events"] = [*document["events"], *chain]
    return json.dumps(document)


def wide_array(target: int) -> str:
    """One list of a million-odd valid texts."""
    document = _edition()
    document["people"][0]["honors"] = ["An honor"] * (target // 11)
    return json.dumps(document)


def many_problems(target: int) -> str:
    """One list of integers where texts belong: a problem per item (capped, counted)."""
    document = _edition()
    document["people"][0]["honors"] = [1] * (target // 2)
    return json.dumps(document)


def many_bad_records(target: int) -> str:
    """Records that each fail on their own (an impossible date each)."""
    document = _edition()
    document["milestones"] = [{"date": "2025-02-30", "title": "x"}] * (target // 36)
    return json.dumps(document)


def long_string(target: int) -> str:
    """One very long text."""
    document = _edition()
    document["title"] = "x" * target
    return json.dumps(document)


SHAPES: dict[str, Callable[[int], str]] = {
    "parent chain of organizations": organization_chain,
    "parent chain of events": event_chain,
    "wide array of valid texts": wide_array,
    "a problem in every item": many_problems,
    "a bad record in every item": many_bad_records,
    "one long string": long_string,
}


def _medians(funcs: Sequence[Callable[[], object]], repeats: int) -> list[float]:
    """The median time of each function, the functions run in turn in every repeat, so
    that a change in the machine's speed during the run affects them alike."""
    times: list[list[float]] = [[] for _ in funcs]
    for _ in range(repeats):
        for func, measured in zip(funcs, times, strict=True):
            start = time.perf_counter()
            func()
            measured.append(time.perf_counter() - start)
    return [statistics.median(measured) for measured in times]


def _decode(text: str) -> None:
    with contextlib.suppress(AseanCoopError):
        asean_coop.loads(text)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--quick", action="store_true", help="1 MB only, fewer repeats")
    args = parser.parse_args(argv)
    sizes = (1_000_000,) if args.quick else (1_000_000, 8_000_000)
    repeats = 5 if args.quick else 9
    print("| shape | size | json.loads | loads | ratio | goal | status |")
    print("|---|---|---|---|---|---|---|")
    failed = False
    for name, make in SHAPES.items():
        ratios = []
        for size in sizes:
            text = make(size)
            _decode(text)  # warm-up: converters, generated code
            reference, measured = _medians(
                [lambda t=text: json.loads(t), lambda t=text: _decode(t)],  # type: ignore[misc]
                repeats,
            )
            ratio = measured / reference
            ratios.append(ratio)
            met = ratio <= 10
            failed |= not met
            print(
                f"| {name} | {len(text) / 1e6:.1f} MB | {reference * 1e3:.1f} ms | "
                f"{measured * 1e3:.1f} ms | {ratio:.2f}x | <= 10x | "
                f"{'met' if met else 'NOT met'} |"
            )
        if len(ratios) == 2:
            growth = ratios[1] / ratios[0]
            linear = growth <= 1.5
            failed |= not linear
            print(
                f"| {name}: 8 MB ratio / 1 MB ratio | | | | {growth:.2f} | <= 1.5 | "
                f"{'linear' if linear else 'NOT linear'} |"
            )
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
