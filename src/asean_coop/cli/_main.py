"""The argument parser and the entry point of the ``asean-coop`` command."""

from __future__ import annotations

import argparse
import os
import sys
import textwrap
from collections.abc import Callable, Sequence

from .._display import parse_enum, role_label
from ..errors import AseanCoopError
from ..model import ParticipantRole
from . import _commands
from ._output import CommandError, OutputError, error, flush

__all__ = ["build_parser", "main"]

PROG = "asean-coop"

Handler = Callable[[argparse.Namespace], int]

_DESCRIPTION = """\
The Top 10 News Stories on China-ASEAN Cooperation, as data: the release events,
their organizers, the people who spoke or attended, their speeches and the ranking.

YEAR is the year a list covers (2025 for the list released in January 2026); it
defaults to the latest bundled edition. Listings take --json for scripts.
"""

_EPILOG = """\
examples:
  asean-coop show 2025
  asean-coop people --role speaker
  asean-coop speeches --by "Yu Yunquan"
  asean-coop export 2025 --format csv -o top10-2025
  asean-coop validate my-edition.json

exit codes: 0 success, 1 invalid data (validate), 2 usage errors, unknown
editions, people or countries, and files that cannot be read or written, 3 output
that cannot be written (a full disk, a closed pipe), 130 interrupted (Ctrl-C).
"""


def _year(text: str) -> int:
    if not (text.isascii() and text.isdigit() and len(text) == 4):
        raise argparse.ArgumentTypeError(f"{text!r} is not a year such as 2025")
    return int(text)


def _role(text: str) -> ParticipantRole:
    try:
        return parse_enum(ParticipantRole, text, "role")
    except ValueError:
        roles = ", ".join(role_label(r) for r in ParticipantRole)
        raise argparse.ArgumentTypeError(f"{text!r} is not a role; roles: {roles}") from None


def _subcommand(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
    name: str,
    handler: Handler,
    summary: str,
    examples: Sequence[str],
    *,
    usage: str | None = None,
    details: str = "",
) -> argparse.ArgumentParser:
    description = summary[0].upper() + summary[1:] + "."
    if details:
        description += "\n\n" + textwrap.dedent(details).strip()
    parser = commands.add_parser(
        name,
        help=summary,
        usage=usage,
        description=description,
        epilog="examples:\n" + "\n".join(f"  {e}" for e in examples),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.set_defaults(handler=handler)
    return parser


def _add_year(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "year",
        nargs="?",
        type=_year,
        metavar="YEAR",
        help="the year the list covers (default: the latest bundled edition)",
    )


def _add_json(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--json", action="store_true", help="print JSON for scripts instead of text"
    )


def build_parser() -> argparse.ArgumentParser:
    """Build the argument parser of the ``asean-coop`` command.

    Returns:
        The parser; each subcommand stores its handler as ``handler``.
    """
    from .. import __version__

    parser = argparse.ArgumentParser(
        prog=PROG,
        description=_DESCRIPTION,
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(title="commands", dest="command", metavar="COMMAND")

    show = _subcommand(
        commands,
        "show",
        _commands.show,
        "summarise an edition: its event, organizers, people and ranking",
        ["asean-coop show", "asean-coop show 2025", "asean-coop show 2025 --json"],
        details="""
            Prints the main event (name, date and place), its parts, the organizers by
            role, the people by role and the ranking with how many of its stories are
            known.
        """,
    )
    _add_year(show)
    _add_json(show)

    people = _subcommand(
        commands,
        "people",
        _commands.people,
        "list the people of an edition, with their roles and posts",
        [
            "asean-coop people",
            "asean-coop people --role speaker",
            "asean-coop people 2025 --country Malaysia",
            "asean-coop people --country KH --json",
        ],
        details="""
            --country takes a country's name, official name or ISO code and keeps the
            people whose post is with an organization of that country.
        """,
    )
    _add_year(people)
    roles = ", ".join(r.value for r in ParticipantRole)
    people.add_argument(
        "--role", type=_role, metavar="ROLE", help=f"only people with this role ({roles})"
    )
    people.add_argument(
        "--country", metavar="COUNTRY", help="only people representing this country"
    )
    _add_json(people)

    speeches = _subcommand(
        commands,
        "speeches",
        _commands.speeches,
        "list the speeches and comments of an edition",
        [
            "asean-coop speeches",
            'asean-coop speeches --by "Yu Yunquan"',
            "asean-coop speeches 2025 --mentioning CAEXPO",
            "asean-coop speeches --by vongpano-sipaseuth --json",
        ],
        details="""
            --by takes a person's id or name; --mentioning an id or name of an
            organization, an initiative or a country, or else a phrase the speeches
            say; --about a topic (see the topics command; an unknown topic is an
            error offering close ones). Given together, they all apply.
        """,
    )
    _add_year(speeches)
    speeches.add_argument("--by", metavar="PERSON", help="only speeches by this person")
    speeches.add_argument("--mentioning", metavar="TEXT", help="only speeches that mention this")
    speeches.add_argument("--about", metavar="TOPIC", help="only speeches on this topic")
    _add_json(speeches)

    topics = _subcommand(
        commands,
        "topics",
        _commands.topics,
        "list the topics of the speeches, with how many speeches have each",
        ["asean-coop topics", "asean-coop topics 2025 --json"],
    )
    _add_year(topics)
    _add_json(topics)

    ranking = _subcommand(
        commands,
        "ranking",
        _commands.ranking,
        "print the ranked list of stories and how complete it is",
        ["asean-coop ranking", "asean-coop ranking 2025 --json"],
    )
    _add_year(ranking)
    _add_json(ranking)

    timeline = _subcommand(
        commands,
        "timeline",
        _commands.timeline,
        "list the dated facts the speeches cite and the events, in date order",
        ["asean-coop timeline", "asean-coop timeline 2025 --json"],
    )
    _add_year(timeline)
    _add_json(timeline)

    search = _subcommand(
        commands,
        "search",
        _commands.search,
        "find people, organizations, events, speeches and more by text",
        ["asean-coop search Nanning", "asean-coop search 2025 pham duy binh --json"],
        usage=f"{PROG} search [-h] [--json] [YEAR] TEXT...",
        details="""
            Searches people, organizations, initiatives, events (names, places,
            descriptions), speeches (summaries, points, topics), stories, milestones
            and figures. Each match says what it is and why it matched, best first.
            Matching ignores case and accents ("pham duy binh" finds "Phạm Duy Bình");
            a word found nowhere is read as the closest word the edition has.
            A first word of four digits followed by more words is taken as the YEAR.
        """,
    )
    search.add_argument("words", nargs="+", metavar="TEXT", help="what to look for")
    _add_json(search)

    export = _subcommand(
        commands,
        "export",
        _commands.export,
        "write an edition as JSON, JSON-LD, Popolo, CSV, SQLite or Parquet",
        [
            "asean-coop export --format json > edition-2025.json",
            "asean-coop export 2025 --format jsonld -o edition-2025.jsonld",
            "asean-coop export 2025 --format popolo -o popolo.json",
            "asean-coop export 2025 --format csv -o top10-2025",
            "asean-coop export 2025 --format csv --excel -o top10-2025-excel",
            "asean-coop export 2025 --format sqlite -o top10-2025.sqlite",
            "asean-coop export 2025 --format parquet -o top10-2025-parquet",
        ],
        details="""
            json is this library's own format (what validate and asean_coop.load read);
            jsonld is schema.org JSON-LD; popolo is Popolo JSON; csv writes a
            Frictionless data package (CSV files and datapackage.json) into the
            directory given with -o (--excel: with a byte order mark and formulas
            neutralised, for spreadsheets); sqlite writes one database file; parquet
            one Parquet file per table into a directory (needs the parquet extra).
            The JSON formats go to standard output unless -o names a file. An
            existing file, or a directory that already holds an export, is replaced
            only with --force; files are written whole or not at all.
        """,
    )
    _add_year(export)
    export.add_argument(
        "--format",
        "-f",
        required=True,
        choices=_commands.EXPORT_FORMATS,
        metavar="FORMAT",
        help="one of: " + ", ".join(_commands.EXPORT_FORMATS),
    )
    export.add_argument(
        "-o",
        "--output",
        metavar="PATH",
        help="the file (or, for csv and parquet, the directory) to write",
    )
    export.add_argument("--force", action="store_true", help="replace an existing export")
    export.add_argument(
        "--excel", action="store_true", help="csv for spreadsheets: BOM, formulas neutralised"
    )

    schema = _subcommand(
        commands,
        "schema",
        _commands.schema,
        "print the JSON Schema of an edition document, or of the --json output",
        [
            "asean-coop schema",
            "asean-coop schema -o edition.schema.json",
            "asean-coop schema --json-output",
        ],
    )
    schema.add_argument("-o", "--output", metavar="PATH", help="write it to this file")
    schema.add_argument(
        "--json-output",
        action="store_true",
        help="the schema of what the subcommands print with --json instead",
    )

    validate = _subcommand(
        commands,
        "validate",
        _commands.validate,
        "check edition documents (JSON) and report every problem with its path",
        [
            "asean-coop validate my-edition.json",
            "asean-coop validate a.json b.json --json",
            "cat my-edition.json | asean-coop validate -",
        ],
        details="""
            The report goes to standard output: each file valid or not, every problem
            with its path (such as speeches[3].kind). Exits 0 when every file is a
            valid edition, 1 when any is invalid and 2 when a file is missing, is not
            a regular file, or cannot be read. FILE may be - for standard input.
            --quiet prints nothing: the exit status is the answer.
        """,
    )
    validate.add_argument("files", nargs="+", metavar="FILE", help="edition JSON files")
    _add_json(validate)
    validate.add_argument(
        "-q", "--quiet", action="store_true", help="print nothing; only the exit status"
    )
    return parser


OUTPUT_ERROR = 3
"""The exit code when the output cannot be written (a full disk, a closed pipe)."""

INTERRUPTED = 130
"""The exit code after Ctrl-C (128 + SIGINT), as shells report it."""


def main(argv: Sequence[str] | None = None) -> int:
    """Run the ``asean-coop`` command.

    Args:
        argv: The arguments, without the program name; ``sys.argv[1:]`` by default.

    Returns:
        The exit code: 0 on success, 1 for invalid data, 2 for usage errors, unknown
        editions, people or countries, and files that cannot be read or written, 3
        when the output cannot be written, 130 when interrupted.
    """
    try:
        code = _run(argv)
        flush()
    except KeyboardInterrupt:
        _silence_stdout()
        return INTERRUPTED
    except OutputError as exc:  # a full disk, a closed pipe
        _silence_stdout()
        error(str(exc))
        return OUTPUT_ERROR
    return code


def _run(argv: Sequence[str] | None) -> int:
    _tolerate_narrow_encodings()
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # --help, --version, or a usage error argparse reported
        return exc.code if isinstance(exc.code, int) else 2
    handler: Handler | None = getattr(args, "handler", None)
    if handler is None:
        parser.print_help(sys.stderr)
        return 2
    try:
        return handler(args)
    except CommandError as exc:
        error(str(exc))
        return exc.code
    except AseanCoopError as exc:  # unknown editions, people, countries
        error(str(exc))
        return 2


def _tolerate_narrow_encodings() -> None:
    """Keep a console that cannot show every character from raising mid-output."""
    for stream in (sys.stdout, sys.stderr):
        encoding = (getattr(stream, "encoding", None) or "").lower().replace("-", "")
        reconfigure = getattr(stream, "reconfigure", None)
        if encoding != "utf8" and reconfigure is not None:
            reconfigure(errors="backslashreplace")


def _silence_stdout() -> None:
    """Point standard output at the null device, so nothing left in its buffer fails
    again when the interpreter exits."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):  # no real stdout (a test's capture)
        pass
