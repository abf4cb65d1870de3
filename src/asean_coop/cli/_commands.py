"""The subcommands: each takes the parsed arguments and returns the exit code."""

from __future__ import annotations

import argparse
import contextlib
import json
import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, TypeVar

from ..codec import DEFAULT_MAX_SIZE, dumps, loads, to_dict
from ..errors import NotFoundError, ValidationError
from ..model import (
    Edition,
    Event,
    Milestone,
    Organization,
    OrganizerRole,
    ParticipantRole,
    Person,
    Speech,
)
from ._output import CommandError, clean, print_json, table, wrapped, write

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


def _ranges(numbers: Iterable[int]) -> str:
    """``[2, 3, 4, 7]`` as ``"2-4, 7"``."""
    spans: list[list[int]] = []
    for n in numbers:
        if spans and n == spans[-1][1] + 1:
            spans[-1][1] = n
        else:
            spans.append([n, n])
    return ", ".join(str(a) if a == b else f"{a}-{b}" for a, b in spans)


def _organizations(edition: Edition) -> dict[str, Organization]:
    return {org.id: org for org in edition.organizations}


def _people(edition: Edition) -> dict[str, Person]:
    return {person.id: person for person in edition.people}


def _org_label(org: Organization) -> str:
    return org.short_name or org.name


def _people_by_role(edition: Edition) -> dict[ParticipantRole, list[Person]]:
    people = _people(edition)
    grouped: dict[ParticipantRole, dict[str, Person]] = {role: {} for role in ParticipantRole}
    for event in edition.events:
        for participation in event.participants:
            grouped[participation.role].setdefault(
                participation.person_id, people[participation.person_id]
            )
    return {role: list(found.values()) for role, found in grouped.items() if found}


def _country_name(code: str) -> str:
    from ..query import country

    try:
        return country(code).name
    except NotFoundError:
        return code


def _asked(question: Callable[[str], tuple[T, ...]], key: str) -> tuple[T, ...]:
    """Ask the edition a question about what the user typed; a bad key is a usage error."""
    try:
        return question(key)
    except ValueError as exc:  # an empty key: nothing to look for
        raise CommandError(str(exc)) from None


def _place(event: Event) -> str:
    if event.place is None:
        return "not given"
    parts = [event.place.city, event.place.region, _country_name(event.place.country)]
    return ", ".join(p for p in parts if p)


def _role_label(role: ParticipantRole | OrganizerRole) -> str:
    return str(role.value).replace("_", "-")


def _label(record: object) -> str:
    """A record's name or title, for listings."""
    if isinstance(record, Person):
        return record.name.text
    if isinstance(record, Speech):
        return record.summary
    for attribute in ("name", "title"):
        value = getattr(record, attribute, None)
        if isinstance(value, str):
            return value
    return str(record)


def _kind(record: object) -> str:
    return type(record).__name__.lower()


# -- show ------------------------------------------------------------------------------


def show(args: argparse.Namespace) -> int:
    """``asean-coop show [YEAR]``."""
    from .._display import ordinal, post_summary

    edition = _edition(args.year)
    event = edition.event
    orgs = _organizations(edition)
    organizers = {role: edition.organizers(role) for role in OrganizerRole}
    organizers = {role: found for role, found in organizers.items() if found}
    people = _people_by_role(edition)
    parts = [e for e in edition.events if e.parent_id is not None]
    if args.json:
        print_json(
            {
                "year": edition.year,
                "number": edition.number,
                "title": edition.title,
                "event": {
                    "id": event.id,
                    "name": event.name,
                    "kind": event.kind.value,
                    "date": str(event.date),
                    "place": to_dict(event.place) if event.place else None,
                    "attendance": to_dict(event.attendance) if event.attendance else None,
                    "parts": [{"id": p.id, "name": p.name, "kind": p.kind.value} for p in parts],
                },
                "organizers": {
                    role.value: [{"id": o.id, "name": o.name} for o in found]
                    for role, found in organizers.items()
                },
                "people": {
                    role.value: [
                        {"id": p.id, "name": p.name.text, "post": post_summary(p, orgs)}
                        for p in found
                    ]
                    for role, found in people.items()
                },
                "ranking": _ranking_summary(edition),
            }
        )
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
                [(_role_label(r), [o.name for o in found]) for r, found in organizers.items()],
            ),
            (
                f"People ({count})",
                [
                    (_role_label(r), [_with_post(p, orgs) for p in found])
                    for r, found in people.items()
                ],
            ),
        ]
    )
    _write_ranking(edition)
    return 0


def _with_post(person: Person, orgs: dict[str, Organization]) -> str:
    from .._display import post_summary

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
    from .._display import post_summary

    edition = _edition(args.year)
    roles = {p.id: edition.roles_of(p) for p in edition.people}
    chosen = list(edition.people)
    if args.role is not None:
        chosen = [p for p in chosen if args.role in roles[p.id]]
    if args.country is not None:
        from_country = {p.id for p in _asked(edition.people_from, args.country)}
        chosen = [p for p in chosen if p.id in from_country]
    if args.json:
        print_json([to_dict(p) for p in chosen])
        return 0
    orgs = _organizations(edition)
    filters = []
    if args.role is not None:
        filters.append(f"role {args.role.value}")
    if args.country is not None:
        filters.append(f"country {args.country}")
    heading = f"{len(chosen)} of {len(edition.people)} people of the {edition.year} edition"
    write(clean(heading + (f" ({', '.join(filters)})" if filters else "")))
    if chosen:
        write()
        rows = [
            (p.name.text, ", ".join(r.value for r in roles[p.id]), post_summary(p, orgs))
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
        print_json([to_dict(s) for s in chosen])
        return 0
    people_ = _people(edition)
    write(f"{len(chosen)} of {len(edition.speeches)} speeches of the {edition.year} edition")
    for speech in chosen:
        write()
        speaker = people_[speech.speaker_id].name.text
        head = f"{speaker}: {speech.kind.value} at {speech.event_id} [{speech.id}]"
        for line in wrapped(head, 2, ""):
            write(line)
        for line in wrapped(speech.summary):
            write(line)
    return 0


# -- ranking ---------------------------------------------------------------------------


def _ranking_summary(edition: Edition) -> dict[str, Any]:
    ranking = edition.ranking
    return {
        "id": ranking.id,
        "title": ranking.title,
        "size": ranking.size,
        "known": len(ranking),
        "complete": ranking.complete,
        "missing_positions": list(ranking.missing_positions),
        "stories": [{"position": s.position, "title": s.title} for s in ranking],
    }


def _write_ranking(edition: Edition) -> None:
    ranking = edition.ranking
    state = "complete" if ranking.complete else "incomplete"
    write(clean(f"Ranking: {ranking.title}"))
    write(f"  {len(ranking)} of {ranking.size} stories known ({state})")
    for story in ranking:
        when = ""
        if story.date is not None:
            when = str(story.date) + (f" to {story.end_date}" if story.end_date else "")
        extra = "; ".join(x for x in (when, ", ".join(story.countries)) if x)
        text = story.title + (f" ({extra})" if extra else "")
        for line in wrapped(text, indent=6, first=f"  {story.position:>2}. "):
            write(line)
    if ranking.missing_positions:
        noun = "position" if len(ranking.missing_positions) == 1 else "positions"
        write(f"  {noun} {_ranges(ranking.missing_positions)}: not known")


def ranking(args: argparse.Namespace) -> int:
    """``asean-coop ranking [YEAR]``."""
    edition = _edition(args.year)
    if args.json:
        print_json(to_dict(edition.ranking))
        return 0
    _write_ranking(edition)
    return 0


# -- timeline --------------------------------------------------------------------------


def timeline(args: argparse.Namespace) -> int:
    """``asean-coop timeline [YEAR]``."""
    edition = _edition(args.year)
    items = edition.timeline()
    if args.json:
        print_json([{"type": _kind(item), "record": to_dict(item)} for item in items])
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
        print_json([{"type": _kind(r), "record": to_dict(r)} for r in found])
        return 0
    noun = "match" if len(found) == 1 else "matches"
    write(clean(f"{len(found)} {noun} for {text!r} in the {edition.year} edition"))
    if found:
        write()
        rows = [(_kind(r), getattr(r, "id", ""), _label(r)) for r in found]
        for line in table(rows, ("kind", "id", "name")):
            write(line)
    return 0


# -- export and schema -----------------------------------------------------------------


def _write_output(text: str, output: str | None) -> None:
    if output is None or output == "-":
        sys.stdout.write(text + "\n")
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
        from ..export.tables import TABLE_NAMES

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
    """``asean-coop schema [-o PATH]``."""
    from ..export import schema_text

    _write_output(schema_text(Edition).rstrip("\n"), args.output)
    return 0


# -- validate --------------------------------------------------------------------------


def _read(name: str) -> bytes:
    if name == "-":
        return sys.stdin.buffer.read(DEFAULT_MAX_SIZE + 1)
    path = Path(name)
    if path.is_dir():
        raise CommandError(f"{name}: is a directory, not an edition file")
    try:
        with path.open("rb") as handle:
            return handle.read(DEFAULT_MAX_SIZE + 1)
    except FileNotFoundError:
        raise CommandError(f"{name}: no such file") from None
    except OSError as exc:
        raise CommandError(f"{name}: cannot read it: {exc.strerror or exc}") from None


def validate(args: argparse.Namespace) -> int:
    """``asean-coop validate FILE...``."""
    results: list[dict[str, Any]] = []
    worst = 0
    for name in args.files:
        label = "<stdin>" if name == "-" else name
        try:
            content = _read(name)
        except CommandError as exc:
            results.append({"file": label, "valid": False, "error": str(exc)})
            worst = 2
            if not args.json:
                sys.stderr.write(f"asean-coop: error: {clean(str(exc))}\n")
            continue
        try:
            loads(content, Edition)
        except ValidationError as exc:
            problems = [{"path": p.path, "message": p.message} for p in exc.problems]
            results.append({"file": label, "valid": False, "problems": problems})
            worst = max(worst, 1)
            if not args.json:
                count = len(problems)
                noun = "problem" if count == 1 else "problems"
                sys.stderr.write(clean(f"{label}: invalid, {count} {noun}:") + "\n")
                for problem in exc.problems:
                    sys.stderr.write(f"  {clean(str(problem))}\n")
            continue
        results.append({"file": label, "valid": True})
        if not args.json:
            write(clean(f"{label}: valid"))
    if args.json:
        print_json(results)
    return worst
