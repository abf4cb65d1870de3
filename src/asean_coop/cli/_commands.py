"""The subcommands: each takes the parsed arguments and returns the exit code."""

from __future__ import annotations

import argparse
import contextlib
import json
import stat
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from .._display import ordinal, post_summary, ranges, role_label
from ..codec import DEFAULT_MAX_SIZE, dumps, loads
from ..errors import ValidationError
from ..model import (
    Edition,
    Event,
    Milestone,
    Organization,
    OrganizerRole,
    ParticipantRole,
    Person,
)
from ._output import CommandError, clean, path_text, print_json, table, wrapped, write
from ._records import OUTPUT_SCHEMA, envelope, record_json, report_json

__all__ = [
    "EXPORT_FORMATS",
    "export",
    "people",
    "ranking",
    "schema",
    "search",
    "show",
    "speeches",
    "timeline",
    "topics",
    "validate",
]

EXPORT_FORMATS = ("json", "jsonld", "popolo", "csv", "sqlite", "parquet")

T = TypeVar("T")


# -- shared helpers ------------------------------------------------------------------


def _edition(year: int | None) -> Edition:
    from ..bundled import available_editions, load_edition

    if year is None:
        years = available_editions()
        if not years:
            raise CommandError("no editions are bundled with this installation")
        year = years[-1]
    return load_edition(year)


def _organizations(edition: Edition) -> dict[str, Organization]:
    return {org.id: org for org in edition.organizations}


def _people(edition: Edition) -> dict[str, Person]:
    return {person.id: person for person in edition.people}


def _people_by_role(edition: Edition) -> dict[ParticipantRole, list[Person]]:
    """The people in each role, in the order the events list them (the source's)."""
    people = _people(edition)
    grouped: dict[ParticipantRole, dict[str, Person]] = {role: {} for role in ParticipantRole}
    for event in edition.events:
        for participation in event.participants:
            grouped[participation.role].setdefault(
                participation.person_id, people[participation.person_id]
            )
    return {role: list(found.values()) for role, found in grouped.items() if found}


def _asked(question: Callable[[str], tuple[T, ...]], key: str) -> tuple[T, ...]:
    """Ask the edition a question about what the user typed; a bad key is a usage error."""
    try:
        return question(key)
    except ValueError as exc:  # an empty key: nothing to look for
        raise CommandError(str(exc)) from None


def _place(event: Event) -> str:
    if event.place is None:
        return "not given"
    return str(event.place)


# -- show ------------------------------------------------------------------------------


def show(args: argparse.Namespace) -> int:
    """``asean-coop show [YEAR]``."""
    edition = _edition(args.year)
    event = edition.main_event
    orgs = _organizations(edition)
    organizers = {role: edition.organizers(role) for role in OrganizerRole}
    organizers = {role: found for role, found in organizers.items() if found}
    people = _people_by_role(edition)
    parts = [e for e in edition.events if e.parent_id is not None]
    if args.json:
        results = [record_json(edition, e) for e in (event, *parts)]
        results.append(record_json(edition, edition.ranking, **_ranking_facts(edition)))
        print_json(envelope("show", edition, results))
        return 0
    write(clean(f"{edition.title} ({ordinal(edition.number)} edition)"))
    write()
    facts = [
        ("Event", event.name),
        ("Date", str(event.date)),
        ("Place", _place(event)),
    ]
    if event.attendance is not None:
        facts.append(("Attendance", event.attendance.describe()))
    if parts:
        facts.append(("Parts", "; ".join(p.name for p in parts)))
    width = max(len(label) for label, _ in facts) + 2
    for label, value in facts:
        for line in wrapped(value, indent=width, first=f"{label}:".ljust(width)):
            write(line)
    write()
    count = len({p.id for found in people.values() for p in found})
    _write_groups(
        [
            (
                "Organizers",
                [(role_label(r), [o.name for o in found]) for r, found in organizers.items()],
            ),
            (
                f"People ({count})",
                [
                    (role_label(r), [_with_post(p, orgs) for p in found])
                    for r, found in people.items()
                ],
            ),
        ]
    )
    _write_ranking(edition)
    return 0


def _with_post(person: Person, orgs: dict[str, Organization]) -> str:
    post = post_summary(person, orgs)
    return f"{person.name.text} ({post})" if post else person.name.text


def _write_groups(sections: list[tuple[str, list[tuple[str, list[str]]]]]) -> None:
    """Sections of labelled groups, labels in one column: ``  speaker (7):  Yu Yunquan``."""
    heads = {
        label: f"{label} ({len(items)}):" if len(items) > 1 else f"{label}:"
        for _, groups in sections
        for label, items in groups
    }
    width = 2 + max((len(h) for h in heads.values()), default=0) + 2
    for title, groups in sections:
        write(title)
        for label, items in groups:
            for index, item in enumerate(items):
                first = ("  " + heads[label] if index == 0 else "").ljust(width)
                for line in wrapped(item, indent=width + 2, first=first):
                    write(line)
        write()


# -- people ----------------------------------------------------------------------------


def people(args: argparse.Namespace) -> int:
    """``asean-coop people [YEAR] [--role ROLE] [--country COUNTRY]``."""
    edition = _edition(args.year)
    roles = {p.id: edition.roles_of(p) for p in edition.people}
    chosen = list(edition.people)
    if args.role is not None:
        chosen = [p for p in chosen if args.role in roles[p.id]]
    if args.country is not None:
        from_country = {p.id for p in _asked(edition.people_from, args.country)}
        chosen = [p for p in chosen if p.id in from_country]
    if args.json:
        print_json(envelope("people", edition, [record_json(edition, p) for p in chosen]))
        return 0
    orgs = _organizations(edition)
    filters = []
    if args.role is not None:
        filters.append(f"role {role_label(args.role)}")
    if args.country is not None:
        filters.append(f"country {args.country}")
    heading = f"{len(chosen)} of {len(edition.people)} people of the {edition.year} edition"
    write(clean(heading + (f" ({', '.join(filters)})" if filters else "")))
    if chosen:
        write()
        rows = [
            (p.name.text, ", ".join(role_label(r) for r in roles[p.id]), post_summary(p, orgs))
            for p in chosen
        ]
        for line in table(rows, ("name", "roles", "post")):
            write(line)
    return 0


# -- speeches --------------------------------------------------------------------------


def speeches(args: argparse.Namespace) -> int:
    """``asean-coop speeches [YEAR] [--by PERSON] [--mentioning TEXT] [--about TOPIC]``."""
    edition = _edition(args.year)
    chosen = list(edition.speeches)
    if args.by is not None:
        keep = {s.id for s in _asked(edition.speeches_by, args.by)}
        chosen = [s for s in chosen if s.id in keep]
    if args.mentioning is not None:
        keep = {s.id for s in _asked(edition.speeches_mentioning, args.mentioning)}
        chosen = [s for s in chosen if s.id in keep]
    if args.about is not None:
        keep = {s.id for s in _asked(edition.speeches_about, args.about)}
        chosen = [s for s in chosen if s.id in keep]
    if args.json:
        print_json(envelope("speeches", edition, [record_json(edition, s) for s in chosen]))
        return 0
    people_ = _people(edition)
    events = {e.id: e for e in edition.events}
    write(f"{len(chosen)} of {len(edition.speeches)} speeches of the {edition.year} edition")
    for speech in chosen:
        write()
        speaker = people_[speech.speaker_id].name.text
        event = events[speech.event_id].name if speech.event_id in events else speech.event_id
        head = f"{speaker}: {speech.kind} at {event} [{speech.id}]"
        for line in wrapped(head, 2, ""):
            write(line)
        for line in wrapped(speech.summary):
            write(line)
    return 0


def topics(args: argparse.Namespace) -> int:
    """``asean-coop topics [YEAR]``."""
    edition = _edition(args.year)
    found = edition.topics()
    if args.json:
        results = [{"type": "topic", "topic": t, "speeches": n} for t, n in found]
        print_json(envelope("topics", edition, results))
        return 0
    write(f"{len(found)} topics of the speeches of the {edition.year} edition")
    write()
    for line in table([(t, str(n)) for t, n in found], ("topic", "speeches")):
        write(line)
    return 0


# -- ranking ---------------------------------------------------------------------------


def _ranking_facts(edition: Edition) -> dict[str, Any]:
    ranking = edition.ranking
    return {
        "known": len(ranking),
        "complete": ranking.complete,
        "missing": [list(span) for span in ranking.missing_spans],
    }


def _write_ranking(edition: Edition) -> None:
    ranking = edition.ranking
    state = "complete" if ranking.complete else "incomplete"
    write(clean(f"Ranking: {ranking.title}"))
    write(f"  {len(ranking)} of {ranking.size} stories known ({state})")
    for story in ranking.stories:
        when = ""
        if story.date is not None:
            when = str(story.date) + (f" to {story.end_date}" if story.end_date else "")
        extra = "; ".join(x for x in (when, ", ".join(story.countries)) if x)
        text = story.title + (f" ({extra})" if extra else "")
        for line in wrapped(text, indent=6, first=f"  {story.position:>2}. "):
            write(line)
    missing = ranking.missing_spans
    if missing:
        single = len(missing) == 1 and missing[0][0] == missing[0][1]
        noun = "position" if single else "positions"
        write(f"  {noun} {ranges(missing)}: not known")


def ranking(args: argparse.Namespace) -> int:
    """``asean-coop ranking [YEAR]``."""
    edition = _edition(args.year)
    if args.json:
        result = record_json(edition, edition.ranking, **_ranking_facts(edition))
        print_json(envelope("ranking", edition, [result]))
        return 0
    _write_ranking(edition)
    return 0


# -- timeline --------------------------------------------------------------------------


def timeline(args: argparse.Namespace) -> int:
    """``asean-coop timeline [YEAR]``."""
    edition = _edition(args.year)
    items = edition.timeline()
    if args.json:
        print_json(envelope("timeline", edition, [record_json(edition, i) for i in items]))
        return 0
    rows = []
    for item in items:
        if isinstance(item, Milestone):
            rows.append((str(item.date), "milestone", item.title))
        else:
            rows.append((str(item.date), "event", item.name))
    write(f"{len(rows)} dated items of the {edition.year} edition")
    write()
    for line in table(rows, ("date", "kind", "what")):
        write(line)
    return 0


# -- search ----------------------------------------------------------------------------


def search(args: argparse.Namespace) -> int:
    """``asean-coop search [YEAR] TEXT...``."""
    words: list[str] = args.words
    year = None
    if len(words) > 1 and len(words[0]) == 4 and words[0].isascii() and words[0].isdigit():
        year = int(words[0])
        words = words[1:]
    text = " ".join(words)
    edition = _edition(year)
    found = _asked(edition.search, text)
    if args.json:
        results = [
            record_json(
                edition,
                hit.record,
                field=hit.field,
                why=hit.why,
                within=getattr(hit.within, "id", None),
            )
            for hit in found
        ]
        print_json(envelope("search", edition, results))
        return 0
    noun = "match" if len(found) == 1 else "matches"
    write(clean(f"{len(found)} {noun} for {text!r} in the {edition.year} edition"))
    if found:
        write()
        rows = [(hit.kind, hit.ref, hit.why, _cut(hit.label)) for hit in found]
        for line in table(rows, ("kind", "id", "why", "name")):
            write(line)
    return 0


def _cut(text: str, limit: int = 70) -> str:
    """A long label (a speech's summary) cut for a listing."""
    return text if len(text) <= limit else text[: limit - 3].rstrip() + "..."


# -- export and schema -----------------------------------------------------------------


def _write_output(text: str, output: str | None) -> None:
    if output is None or output == "-":
        write(text)
        return
    try:
        Path(output).write_text(text + "\n", encoding="utf-8")
    except OSError as exc:
        raise CommandError(f"cannot write {output}: {exc.strerror or exc}") from None
    write(clean(f"wrote {output}"))


_DIRECTORY_FORMATS = {"csv": "csv", "parquet": "parquet"}


def _check_target(fmt: str, output: str, force: bool) -> None:
    """Refuse a target that is not a regular file or folder, or that holds an export."""
    path = Path(output)
    if not path.exists():
        return
    if fmt in _DIRECTORY_FORMATS:
        if not path.is_dir():
            raise CommandError(f"{output} exists and is not a directory")
        from ..export._tables import TABLE_NAMES

        names = [f"{t}.{_DIRECTORY_FORMATS[fmt]}" for t in TABLE_NAMES] + ["datapackage.json"]
        taken = [n for n in names if (path / n).exists()]
        if taken and not force:
            raise CommandError(
                f"{output} already holds an export ({taken[0]}): add --force to replace it"
            )
        return
    if not path.is_file():
        raise CommandError(f"{output} exists and is not a regular file")
    if not force:
        raise CommandError(f"{output} exists: add --force to replace it")


def _write_file(text: str, output: str) -> None:
    target = Path(output)
    staging = target.with_name(f".{target.name}.partial")
    try:
        staging.write_text(text + "\n", encoding="utf-8")
        staging.replace(target)
    except OSError as exc:
        with contextlib.suppress(OSError):
            staging.unlink(missing_ok=True)
        raise CommandError(f"cannot write {output}: {exc.strerror or exc}") from None
    write(clean(f"wrote {output}"))


def export(args: argparse.Namespace) -> int:
    """``asean-coop export [YEAR] --format FORMAT [-o PATH] [--force] [--excel]``."""
    fmt: str = args.format
    output: str | None = args.output
    if output == "-":
        output = None
    if getattr(args, "excel", False) and fmt != "csv":
        raise CommandError("--excel applies to --format csv only")
    if output is None and fmt in ("csv", "parquet", "sqlite"):
        kind = "a directory of files: give it with -o DIR"
        if fmt == "sqlite":
            kind = "a database file: give it with -o FILE"
        raise CommandError(f"--format {fmt} writes {kind}")
    if output is not None:
        _check_target(fmt, output, getattr(args, "force", False))
    edition = _edition(args.year)
    if fmt in ("csv", "parquet", "sqlite"):
        from ..export import MissingExtraError, write_datapackage, write_parquet, write_sqlite

        assert output is not None
        try:
            if fmt == "csv":
                written = write_datapackage(edition, Path(output), excel=args.excel)
            elif fmt == "parquet":
                written = write_parquet(edition, Path(output))
            else:
                written = write_sqlite(edition, Path(output))
        except MissingExtraError as exc:
            raise CommandError(str(exc)) from None
        except OSError as exc:
            raise CommandError(f"cannot write {output}: {exc.strerror or exc}") from None
        write(clean(f"wrote {written}"))
        return 0
    if fmt == "json":
        text = dumps(edition, indent=2)
    else:
        from ..export import to_jsonld, to_popolo

        document = to_jsonld(edition) if fmt == "jsonld" else to_popolo(edition)
        text = json.dumps(document, ensure_ascii=False, indent=2)
    if output is None:
        _write_output(text, None)
    else:
        _write_file(text, output)
    return 0


def schema(args: argparse.Namespace) -> int:
    """``asean-coop schema [--json-output] [-o PATH]``."""
    if args.json_output:
        _write_output(json.dumps(OUTPUT_SCHEMA, indent=2), args.output)
        return 0
    from ..export import schema_text

    _write_output(schema_text(Edition).rstrip("\n"), args.output)
    return 0


# -- validate --------------------------------------------------------------------------


def _read(name: str) -> bytes:
    if name == "-":
        stdin = sys.stdin
        if stdin is None or getattr(stdin, "closed", False):
            raise CommandError("standard input is closed")
        try:
            return stdin.buffer.read(DEFAULT_MAX_SIZE + 1)
        except (OSError, ValueError, AttributeError) as exc:
            raise CommandError(f"cannot read standard input: {_reason(exc)}") from None
    path = Path(name)
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        raise CommandError("no such file") from None
    except OSError as exc:
        raise CommandError(f"cannot read it: {_reason(exc)}") from None
    if stat.S_ISDIR(mode):
        raise CommandError("is a directory, not an edition file")
    if not stat.S_ISREG(mode):
        # A FIFO or a device would block, or never end: only files are read.
        raise CommandError("is not a regular file (a pipe or a device); use - for a pipe")
    try:
        with path.open("rb") as handle:
            return handle.read(DEFAULT_MAX_SIZE + 1)
    except FileNotFoundError:
        raise CommandError("no such file") from None
    except OSError as exc:
        raise CommandError(f"cannot read it: {_reason(exc)}") from None


def _reason(exc: BaseException) -> str:
    return str(getattr(exc, "strerror", None) or exc or type(exc).__name__)


def validate(args: argparse.Namespace) -> int:
    """``asean-coop validate FILE... [--json] [--quiet]``.

    The report goes to standard output, problems included; standard error is only
    for usage errors. ``--quiet`` prints nothing: the exit status is the answer.
    """
    results: list[dict[str, Any]] = []
    lines: list[str] = []
    worst = 0
    for name in args.files:
        label = "<stdin>" if name == "-" else path_text(name)
        try:
            content = _read(name)
        except CommandError as exc:
            results.append(report_json(label, None, str(exc)))
            lines.append(clean(f"{label}: cannot be read: {exc}"))
            worst = 2
            continue
        try:
            loads(content, Edition)
        except ValidationError as exc:
            problems = [{"path": p.path, "message": p.message} for p in exc.problems]
            results.append(report_json(label, problems, None))
            worst = max(worst, 1)
            count = len(problems)
            noun = "problem" if count == 1 else "problems"
            lines.append(clean(f"{label}: invalid, {count} {noun}:"))
            lines.extend(f"  {clean(str(problem))}" for problem in exc.problems)
            continue
        results.append(report_json(label, None, None))
        lines.append(clean(f"{label}: valid"))
    if args.quiet:
        return worst
    if args.json:
        print_json(envelope("validate", None, results))
    else:
        for line in lines:
            write(line)
    return worst
