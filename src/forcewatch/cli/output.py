"""One ``--format`` for every verb that prints data: ``text`` for people (the default, except for
``extract``, whose default is its JSON record), ``json`` (one JSON object a line), and ``csv`` (a
header and a row a line) where the text is a table. ``table``, the old name of ``text``, is
still accepted."""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections.abc import Callable, Iterable, Sequence
from typing import Any

TABLE = ("text", "json", "csv")
RECORD = ("text", "json")


def _format_name(value: str) -> str:
    return "text" if value == "table" else value


def add_format(
    parser: argparse.ArgumentParser, choices: Sequence[str] = TABLE, default: str = "text"
) -> None:
    shown = {
        "text": "text for people",
        "json": "one JSON object a line",
        "csv": "CSV with a header",
    }
    parser.add_argument(
        "--format",
        type=_format_name,
        choices=list(choices),
        default=default,
        help=f"{'; '.join(shown[c] for c in choices)} (default: {default})",
    )


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list | dict | tuple):
        return json.dumps(value, ensure_ascii=False, default=str)
    return str(value)


def print_records(
    fmt: str,
    columns: Sequence[str],
    records: Iterable[dict[str, Any]],
    text: Callable[[list[dict[str, Any]]], str],
) -> None:
    """The records as ``fmt`` says: JSON Lines, CSV with ``columns`` as its header, or
    ``text(records)``."""
    rows = list(records)
    if fmt == "json":
        for row in rows:
            print(json.dumps(row, ensure_ascii=False, default=str))
    elif fmt == "csv":
        writer = csv.writer(sys.stdout, lineterminator="\n")
        writer.writerow(columns)
        writer.writerows([_cell(row.get(c)) for c in columns] for row in rows)
    else:
        shown = text(rows)
        if shown:
            print(shown)
