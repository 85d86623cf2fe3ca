"""The ``forcewatch`` command: thin, it parses arguments and calls the modules.

Every verb is declared once in a registry (:class:`~forcewatch.cli.registry.Verb`: name, help,
arguments, the function that runs it): ``extract`` and ``eval`` in :mod:`.extract`, the database,
review and web verbs in :mod:`.db`. The parser and the dispatch are built from that list.

Errors are one line on stderr (``forcewatch: <input>: [FWnnn] <problem>``) and an exit code:
0 done, 1 some input refused (the rest processed) or a database error, 2 wrong usage or a value
refused; a traceback means a bug.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from forcewatch import __version__
from forcewatch.cli import db, extract
from forcewatch.cli.extract import EXIT_OK, EXIT_REJECTED, EXIT_USAGE, render_table
from forcewatch.cli.registry import Verb
from forcewatch.errors import ForcewatchError, UsageError

__all__ = ["VERBS", "build_parser", "main", "render_table"]

VERBS: tuple[Verb, ...] = (*extract.VERBS, *db.VERBS)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="forcewatch",
        description="Extract evidence-linked records of force by state agents from reports, "
        "keep them in a database, review them.",
    )
    parser.add_argument("--version", action="version", version=f"forcewatch {__version__}")
    db.add_db_option(parser, top=True)
    verbs = parser.add_subparsers(dest="verb", required=True, metavar="VERB")
    for verb in VERBS:
        sub = verbs.add_parser(verb.name, help=verb.help, description=verb.description)
        verb.arguments(sub)
        if verb.database:
            db.add_db_option(sub)
        sub.set_defaults(handler=verb.run)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    try:
        args = build_parser().parse_args(list(sys.argv[1:] if argv is None else argv))
    except SystemExit as exc:  # --help (0), or a usage error argparse has printed (2)
        return exc.code if isinstance(exc.code, int) else EXIT_USAGE
    try:
        return int(args.handler(args))
    except UsageError as exc:
        print(exc.line(), file=sys.stderr)
        return EXIT_USAGE
    except ForcewatchError as exc:
        print(exc.line(), file=sys.stderr)
        return EXIT_REJECTED
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return EXIT_OK
