"""Performance figures for asean_coop, each against a reference measured in the same run.

Usage::

    python benchmarks/run.py            # the full run (about a minute)
    python benchmarks/run.py --quick    # a smoke run (about ten seconds)

Every figure is a median over repeated runs; its ratio is that median over the median
of its reference, both measured in this run, interleaved so that drift (other
processes, CPU frequency) hits both alike. Process-level figures (import, first load)
start ``sys.executable`` many times, alternating the command and its reference.
In-process figures use :func:`time.perf_counter` after a warm-up, with the garbage
collector left on, as users run it. A figure whose feature is missing from the tree
is reported as "n/a (not available)".

Each goal is printed beside its figure; README.md records the results and what they mean.
"""

from __future__ import annotations

import argparse
import datetime as dt
import functools
import gc
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from corpus import make_corpus, make_edition
from floor import floor_parts

import asean_coop

NA = "n/a (not available)"


# --- timing ---------------------------------------------------------------------------


def _per_call(func: Callable[[], object], loops: int) -> float:
    start = time.perf_counter()
    for _ in range(loops):
        func()
    return (time.perf_counter() - start) / loops


def _loops_for(func: Callable[[], object], sample: float) -> int:
    """How many calls make one sample last about ``sample`` seconds."""
    once = _per_call(func, 1)
    return max(1, min(100_000, int(sample / max(once, 1e-9))))


def compare(
    funcs: dict[str, Callable[[], object]], repeats: int, sample: float = 0.01
) -> dict[str, float]:
    """Median seconds per call of each function, the functions interleaved.

    Each function is warmed up, then every repeat times each function once (over
    enough calls to last ``sample`` seconds), in a rotating order.
    """
    loops = {}
    gc.collect()
    gc.freeze()  # the harness's own objects are not the garbage collector's work here
    for name, func in funcs.items():
        for _ in range(3):
            func()
        loops[name] = _loops_for(func, sample)
    times: dict[str, list[float]] = {name: [] for name in funcs}
    names = list(funcs)
    for repeat in range(repeats):
        shift = repeat % len(names)
        for name in names[shift:] + names[:shift]:
            times[name].append(_per_call(funcs[name], loops[name]))
    gc.unfreeze()
    return {name: statistics.median(values) for name, values in times.items()}


def _child_env() -> dict[str, str]:
    """The environment of the child interpreters: bytecode cached, as when installed.

    PYTHONDONTWRITEBYTECODE would make every run compile asean_coop from source (pip
    compiles installed packages), so it is dropped; the cache goes to a directory of
    its own (PYTHONPYCACHEPREFIX) rather than into the source tree.
    """
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = _PYCACHE
    return env


_PYCACHE = tempfile.mkdtemp(prefix="asean_coop_bench_pycache_")


def process_times(
    commands: dict[str, str], runs: int
) -> tuple[dict[str, float | None], dict[str, float]]:
    """Median wall time of ``python -c command`` for each command, runs alternated.

    A command that fails (say, a feature not there yet) gets None. A command that
    prints a number (seconds it timed itself) also gets the median of those.
    """
    ok: dict[str, str] = {}
    result: dict[str, float | None] = {}
    for name, code in commands.items():
        # A first run to compile bytecode and warm the file cache; also the check.
        done = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, check=False, env=_child_env()
        )
        if done.returncode == 0:
            ok[name] = code
        else:
            result[name] = None
    times: dict[str, list[float]] = {name: [] for name in ok}
    inner: dict[str, list[float]] = {name: [] for name in ok}
    names = list(ok)
    for run in range(runs):
        shift = run % max(1, len(names))
        for name in names[shift:] + names[:shift]:
            start = time.perf_counter()
            child = subprocess.run(
                [sys.executable, "-c", ok[name]],
                capture_output=True,
                text=True,
                check=True,
                env=_child_env(),
            )
            times[name].append(time.perf_counter() - start)
            if child.stdout.strip():
                inner[name].append(float(child.stdout))
    result.update({name: statistics.median(values) for name, values in times.items()})
    return result, {name: statistics.median(v) for name, v in inner.items() if v}


# --- the table ------------------------------------------------------------------------


@dataclass
class Row:
    """One figure: its median, its reference and its goal."""

    name: str
    value: float | None
    reference_name: str = ""
    reference: float | None = None
    goal: str = ""
    limit: float | None = None
    """The largest ratio (or, with no reference, the largest value) that meets the goal."""
    note: str = ""
    unit: str = "s"
    """"s" for seconds, "x" for a value that is itself a ratio."""

    @property
    def ratio(self) -> float | None:
        if self.value is None or self.reference is None:
            return None
        return self.value / self.reference

    @property
    def status(self) -> str:
        if self.value is None:
            return NA
        if self.limit is None:
            return "info"
        measured = self.ratio if self.reference_name else self.value
        if measured is None:
            return NA
        return "met" if measured <= self.limit else "NOT met"


def fmt_time(seconds: float | None, unit: str = "s") -> str:
    if seconds is None:
        return "n/a"
    if unit == "x":
        return f"{seconds:.2f}x"
    if seconds >= 1e-3:
        return f"{seconds * 1e3:.2f} ms"
    return f"{seconds * 1e6:.2f} µs"


def print_rows(title: str, rows: Sequence[Row]) -> None:
    print(f"\n## {title}\n")
    header = ("figure", "median", "reference", "ratio", "goal", "status")
    lines = [header]
    for row in rows:
        reference = (
            f"{row.reference_name}: {fmt_time(row.reference, row.unit)}"
            if row.reference_name
            else "-"
        )
        ratio = f"{row.ratio:.2f}x" if row.ratio is not None else "-"
        status = row.status + (f" ({row.note})" if row.note else "")
        lines.append((row.name, fmt_time(row.value, row.unit), reference, ratio, row.goal, status))
    widths = [max(len(line[i]) for line in lines) for i in range(len(header))]
    for index, line in enumerate(lines):
        print("| " + " | ".join(cell.ljust(w) for cell, w in zip(line, widths, strict=True)) + " |")
        if index == 0:
            print("|" + "|".join("-" * (w + 2) for w in widths) + "|")


# --- process-level figures -------------------------------------------------------------

_SIDE_EFFECTS = """
import json, sys
import asean_coop
heavy = ("dateutil", "pandas", "numpy", "pydantic", "msgspec")
report = {"heavy": sorted(m for m in sys.modules if m.split(".")[0] in heavy)}
try:
    from asean_coop.codec import _api as api
    report["converters"] = api._converter.cache_info().currsize
except Exception:
    report["converters"] = None
try:
    from asean_coop import bundled
    report["editions"] = bundled._load.cache_info().currsize
except Exception:
    report["editions"] = None
report["modules"] = sorted(sys.modules)
print(json.dumps(report))
"""


def import_side_effects() -> str:
    """What a bare ``import asean_coop`` imports, generates and reads that it needn't."""
    done = subprocess.run(
        [sys.executable, "-c", _SIDE_EFFECTS],
        capture_output=True,
        text=True,
        check=False,
        env=_child_env(),
    )
    if done.returncode != 0:
        return "could not check"
    report = json.loads(done.stdout)
    base = subprocess.run(
        [sys.executable, "-c", "import attrs, cattrs, json, sys; print(' '.join(sys.modules))"],
        capture_output=True,
        text=True,
        check=True,
        env=_child_env(),
    )
    found = [
        f"heavy modules: {', '.join(report['heavy']) or 'none'}",
        f"converters built: {report['converters']}",
        f"editions read: {report['editions']}",
    ]
    extra = sorted(set(report["modules"]) - set(base.stdout.split()))
    ours = [m for m in extra if m.split(".")[0] == "asean_coop"]
    others = sorted({m.split(".")[0] for m in extra} - {"asean_coop"})
    found.append(
        f"{len(extra)} modules more than attrs+cattrs+json: {len(ours)} of asean_coop, "
        f"and {len(extra) - len(ours)} others from: {', '.join(others)}"
    )
    return "; ".join(found)


def process_rows(runs: int) -> list[Row]:
    load = (
        "import time, asean_coop; t = time.perf_counter(); asean_coop.load_edition(2025); "
        "print(time.perf_counter() - t)"
    )
    times, inner = process_times(
        {
            "base": "import attrs, cattrs, json",
            "import": "import asean_coop",
            "model": "import asean_coop.model",
            "attrs": "import attrs, json",
            "load": load,
        },
        runs,
    )
    return [
        Row(
            "import asean_coop (whole process)",
            times["import"],
            "import attrs, cattrs, json",
            times["base"],
            "<= 1.1x",
            1.1,
        ),
        # The floor: the model package alone (attrs making its classes) against the same
        # reference, and what attrs and json cost before any class is made.
        Row(
            "  floor: import asean_coop.model",
            times["model"],
            "import attrs, cattrs, json",
            times["base"],
            "info",
        ),
        Row(
            "  of which import attrs, json",
            times["attrs"],
            "import attrs, cattrs, json",
            times["base"],
            "info",
        ),
        Row(
            "first load_edition(2025) (whole process)",
            times["load"],
            "import asean_coop",
            times["import"],
            "<= 1.3x",
            1.3,
        ),
        Row("  of which the load_edition(2025) call", inner.get("load"), goal="info"),
    ]


# --- in-process figures ----------------------------------------------------------------


@dataclass
class Peers:
    """The decoders of the peer libraries, or None where one is missing."""

    pydantic: Callable[[str], object] | None
    msgspec: Callable[[str], object] | None
    errors: list[str]


def load_peers() -> Peers:
    errors: list[str] = []
    pyd: Callable[[str], object] | None = None
    msg: Callable[[str], object] | None = None
    try:
        import peers

        errors += [f"peer out of step with the model: {d}" for d in peers.shape_differences()]
        pyd = peers.pydantic_adapter().validate_json
        msg = peers.msgspec_decoder().decode
    except Exception as exc:  # noqa: BLE001 - reported, the figures become n/a
        errors.append(f"peers unavailable: {type(exc).__name__}: {str(exc)[:200]}")
    return Peers(pyd, msg, errors)


def _working(decode: Callable[[str], object] | None, text: str, label: str) -> bool:
    """Whether a peer decodes ``text``; if not, say why (the figure becomes n/a)."""
    if decode is None:
        return False
    try:
        decode(text)
    except Exception as exc:  # noqa: BLE001 - reported
        print(f"\n{label} cannot read this document: {str(exc)[:300]}")
        return False
    return True


def _dumps_reference(data: Any) -> str:
    # The same options asean_coop.dumps passes to json.dumps (compact, UTF-8 kept).
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"), allow_nan=False)


def _count_objects(data: Any) -> int:
    if isinstance(data, dict):
        return 1 + sum(_count_objects(v) for v in data.values())
    if isinstance(data, list):
        return sum(_count_objects(v) for v in data)
    return 0


def document_rows(label: str, text: str, repeats: int, peers: Peers) -> list[Row]:
    """loads and dumps of one edition document, against json and the peers."""
    edition = asean_coop.loads(text)
    data = json.loads(text)
    assert asean_coop.dumps(edition) == _dumps_reference(data), "dumps is not json.dumps"
    funcs: dict[str, Callable[[], object]] = {
        "json.loads": lambda: json.loads(text),
        "loads": lambda: asean_coop.loads(text),
        "json.dumps": lambda: _dumps_reference(data),
        "dumps": lambda: asean_coop.dumps(edition),
    }
    pyd, msg = peers.pydantic, peers.msgspec
    if pyd is not None and _working(pyd, text, "pydantic peer"):
        funcs["pydantic"] = lambda: pyd(text)
    if msg is not None and _working(msg, text, "msgspec peer"):
        funcs["msgspec"] = lambda: msg(text)
    parts = floor_parts(text, edition)
    funcs.update(parts)
    t = compare(funcs, repeats)
    pyd_t, msg_t = t.get("pydantic"), t.get("msgspec")
    floor = sum(t[name] for name in parts)
    return [
        Row(f"loads, {label}", t["loads"], "json.loads", t["json.loads"], "info"),
        Row(f"dumps, {label}", t["dumps"], "json.dumps", t["json.dumps"], "<= 0.8x", 0.8),
        Row(f"pydantic validate_json, {label}", pyd_t, "json.loads", t["json.loads"], "peer"),
        Row(f"msgspec decode, {label}", msg_t, "json.loads", t["json.loads"], "peer"),
        Row(
            f"loads vs pydantic, {label}",
            t["loads"] if pyd_t is not None else None,
            "pydantic",
            pyd_t,
            "<= 1x (pydantic's ratio)",
            1.0,
        ),
        Row(
            f"  floor vs pydantic: checked parse + reads + stores, {label}",
            floor if pyd_t is not None else None,
            "pydantic",
            pyd_t,
            "info",
            note=", ".join(f"{name} {fmt_time(t[name])}" for name in parts),
        ),
    ]


def bundled_text() -> str | None:
    try:
        asean_coop.load_edition(2025)
        from importlib import resources

        return resources.files("asean_coop").joinpath("data/edition-2025.json").read_text("utf-8")
    except Exception:  # noqa: BLE001 - the figure becomes n/a
        return None


def lookup_rows(repeats: int, big: asean_coop.Edition) -> list[Row]:
    """``edition.person(key)`` after a warm-up, bundled and synthetic editions."""
    rows: list[Row] = []
    cases: list[tuple[str, asean_coop.Edition | None, str]] = []
    try:
        bundled: asean_coop.Edition | None = asean_coop.load_edition(2025)
    except Exception:  # noqa: BLE001 - the figure becomes n/a
        bundled = None
    for key in ("Yu Yunquan", "yu-yunquan", "PHAM DUY BINH"):
        cases.append((f"2025 edition.person({key!r})", bundled, key))
    size = len(big.people)
    cases.append((f"{size}-person edition.person('person-{size - 1}')", big, f"person-{size - 1}"))
    name = big.people[size // 2].name.text
    cases.append((f"{size}-person edition.person(<a name>)", big, name))
    for label, edition, key in cases:
        value: float | None = None
        note = ""
        if edition is not None and hasattr(edition, "person"):
            try:
                edition.person(key)
                value = compare({"q": functools.partial(edition.person, key)}, repeats)["q"]
            except Exception as exc:  # noqa: BLE001 - reported as n/a
                note = f"{type(exc).__name__}"
        rows.append(Row(label, value, goal="<= 10 µs", limit=10e-6, note=note))
    return rows


# --- corpus scaling --------------------------------------------------------------------


def _each(func: Callable[[Any], object], items: Sequence[Any]) -> Callable[[], object]:
    """A function that applies ``func`` to every item (one corpus pass)."""

    def run() -> object:
        return [func(item) for item in items]

    return run


def scaling_set(editions: int, people: int, repeats: int) -> dict[str, Any]:
    """Measure one document (or corpus) of the scaling table; run in a child process.

    ``editions`` 1 is a single edition of ``people`` people; more is a corpus of that
    many editions of ``people`` people each.
    """
    if editions == 1:
        label = f"edition, {people:,} people"
        texts = [asean_coop.dumps(make_edition(people, seed=people))]
    else:
        label = f"corpus, {editions} editions x {people:,} people"
        texts = [asean_coop.dumps(edition) for edition in make_corpus(editions, people)]
    peers = load_peers()
    loaded = [asean_coop.loads(t) for t in texts]
    datas = [json.loads(t) for t in texts]
    records = sum(_count_objects(d) for d in datas)
    funcs: dict[str, Callable[[], object]] = {
        "json.loads": _each(json.loads, texts),
        "loads": _each(asean_coop.loads, texts),
        "json.dumps": _each(_dumps_reference, datas),
        "dumps": _each(asean_coop.dumps, loaded),
    }
    if peers.pydantic is not None and _working(peers.pydantic, texts[0], "pydantic peer"):
        funcs["pydantic"] = _each(peers.pydantic, texts)
    if peers.msgspec is not None and _working(peers.msgspec, texts[0], "msgspec peer"):
        funcs["msgspec"] = _each(peers.msgspec, texts)
    n = max(5, repeats // (1 + records // 40_000))
    return {
        "label": label,
        "kb": sum(len(x.encode("utf-8")) for x in texts) / 1024,
        "records": records,
        "times": compare(funcs, n, sample=0.02),
    }


def scaling(sizes: Sequence[int], corpus_editions: int, repeats: int) -> list[Row]:
    """µs per JSON object for each size, then for a corpus of many editions.

    Each document is measured in a process of its own, so that no size inherits the
    heap (and the garbage collector's state) of the one before.
    """
    print("\n## Corpus scaling: µs per record (record = one JSON object of the document)\n")
    print("Each row in a fresh process; ratios are to json.loads / json.dumps of the same.\n")
    cols = ("json.loads", "loads", "pydantic", "msgspec", "json.dumps", "dumps")
    print(
        "| document | KB | records | "
        + " | ".join(cols)
        + " | loads/json | dumps/json | pydantic/json | msgspec/json |"
    )
    print("|" + "---|" * (3 + len(cols) + 4))
    ratios: dict[str, dict[str, float]] = {}
    plan = [(1, n) for n in sizes] + [(corpus_editions, max(sizes) // corpus_editions)]
    for editions, people in plan:
        child = subprocess.run(
            [sys.executable, __file__, "--scaling-set", str(editions), str(people), str(repeats)],
            capture_output=True,
            text=True,
            check=True,
        )
        for line in child.stdout.splitlines()[:-1]:
            print(line)  # what the child had to say (a peer that cannot read the data)
        result = json.loads(child.stdout.splitlines()[-1])
        label, records, t = result["label"], result["records"], result["times"]
        us = {k: v / records * 1e6 for k, v in t.items()}
        ratios[label] = {
            "loads": t["loads"] / t["json.loads"],
            "dumps": t["dumps"] / t["json.dumps"],
        }
        cells = [f"{us[c]:.2f}" if c in us else "n/a" for c in cols]
        ratio_cells = [
            f"{t[a] / t[b]:.2f}x" if a in t else "n/a"
            for a, b in (
                ("loads", "json.loads"),
                ("dumps", "json.dumps"),
                ("pydantic", "json.loads"),
                ("msgspec", "json.loads"),
            )
        ]
        print(
            f"| {label} | {result['kb']:,.0f} | {records:,} | "
            + " | ".join(cells)
            + " | "
            + " | ".join(ratio_cells)
            + " |"
        )
    # json.loads' own cost per record grows with the document (caches, allocator, the
    # garbage collector): what is asean_coop's is its ratio to json at each size.
    labels = list(ratios)
    small = labels[0]
    rows = []
    for what in ("loads", "dumps"):
        for other in labels[1:]:
            rows.append(
                Row(
                    f"{what}/json per record, {other}",
                    ratios[other][what],
                    small,
                    ratios[small][what],
                    "<= 1.25x (flat)",
                    1.25,
                    unit="x",
                )
            )
    return rows


# --- main -----------------------------------------------------------------------------


def environment() -> str:
    import attrs

    versions = [f"Python {platform.python_version()}", f"attrs {attrs.__version__}"]
    from importlib.metadata import version

    versions.append(f"cattrs {version('cattrs')}")
    for name in ("pydantic", "msgspec"):
        try:
            module = __import__(name)
            versions.append(f"{name} {module.__version__}")
        except ImportError:
            versions.append(f"{name} missing")
    load = ", ".join(f"{x:.2f}" for x in os.getloadavg())
    return (
        f"{dt.datetime.now().isoformat(timespec='seconds')}; {platform.machine()}, "
        f"{os.cpu_count()} CPUs, load average {load}; " + ", ".join(versions)
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--quick", action="store_true", help="a fast smoke run")
    parser.add_argument("--scaling-set", nargs=3, type=int, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.scaling_set:
        print(json.dumps(scaling_set(*args.scaling_set)))
        return 0
    quick: bool = args.quick
    runs = 7 if quick else 30
    repeats = 7 if quick else 31
    sizes = (100, 1000) if quick else (100, 1000, 5000)

    print(f"# asean_coop benchmarks{' (--quick)' if quick else ''}\n")
    print(environment())
    print(f"command: {' '.join([os.path.basename(sys.executable), *sys.argv])}")

    rows = process_rows(runs)
    print_rows("Process: a fresh interpreter each run", rows)
    print(f"\nimport side effects: {import_side_effects()}")

    gc.collect()
    synthetic = {n: asean_coop.dumps(make_edition(n)) for n in (200, 1000)}
    peers = load_peers()
    for error in peers.errors:
        print(f"\n{error}")
    text = bundled_text()
    doc_rows: list[Row] = []
    if text is None:
        doc_rows += [Row("loads, bundled 2025 edition", None, goal="info")]
        doc_rows += [Row("dumps, bundled 2025 edition", None, goal="<= 0.8x", limit=0.8)]
    else:
        kb = len(text.encode("utf-8")) // 1024
        doc_rows += document_rows(f"bundled 2025 edition ({kb} KB)", text, repeats, peers)
    for people, document in synthetic.items():
        kb = len(document.encode("utf-8")) // 1024
        doc_rows += document_rows(
            f"synthetic {people:,} people ({kb} KB)", document, repeats, peers
        )
    print_rows("Decoding and encoding an edition document", doc_rows)

    big = make_edition(max(sizes), seed=1)
    lookups = lookup_rows(repeats, big)
    print_rows("Queries, after warm-up", lookups)

    flat = scaling(sizes, 10 if quick else 20, repeats)
    print_rows("Cost per record as the corpus grows", flat)

    every = rows + doc_rows + lookups + flat
    goals = [r for r in every if r.limit is not None]
    met = sum(r.status == "met" for r in goals)
    missing = sum(r.status == NA for r in goals)
    print(f"\n{met} of {len(goals)} goals met, {missing} not available.")
    print(f"load average at the end: {', '.join(f'{x:.2f}' for x in os.getloadavg())}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
