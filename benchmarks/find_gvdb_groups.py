"""Propose same-event groups among GVDB dev articles and Fatal Encounters narratives.

Run on demand; what it prints are candidates only. Each was then checked by reading the
articles, and the checked groups are ``tests/gold/gvdb_groups.jsonl`` (ids only, no text).

    python benchmarks/find_gvdb_groups.py [--lookalike-days 7]

Candidates come from three keys:

1. GVDB rows whose coded victims share a folded first + last name;
2. GVDB rows in one coded state, coded dates at most 3 days apart, sharing a rare two-word
   capitalised phrase (a name, a street, a spokesman) found in at most 3 articles;
3. GVDB police shootings whose coded victim has a Fatal Encounters row of the same name.

For each candidate group it also lists look-alikes: Fatal Encounters rows of the same state
within ``--lookalike-days`` of the group's date, and GVDB police shootings of the same state
and week, that are about other people.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
import unicodedata
from collections import defaultdict
from datetime import date
from itertools import combinations
from pathlib import Path

from forcewatch.eval.gold import shared_data_dir
from forcewatch.eval.gvdb import POLICE_QUESTION, read_rows, state_code

_STOP = frozenset(
    re.split(
        r"\s+",
        "The A An In On At Police Officer Officers Department County City News Sheriff Fox Home "
        "Local Weather Sports Breaking Copyright All Rights Reserved Associated Press Facebook "
        "Twitter Share Email Times Tribune CBS ABC NBC Chief Street Avenue Road North South East "
        "West Mr Ms Dr Sgt Lt Capt Det Deputy",
    )
)


def fold(value: str) -> str:
    plain = unicodedata.normalize("NFKD", value).encode("ascii", "ignore").decode().lower()
    return " ".join(re.sub(r"[^a-z ]", " ", plain).split())


def _value(obj: object) -> str:
    if isinstance(obj, dict):
        obj = obj.get("value", "")
    return obj.strip() if isinstance(obj, str) else ""


def _day(value: str) -> date | None:
    m = re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", value.strip())
    return date(*map(int, m.groups())) if m else None


def gvdb_records(path: Path) -> list[dict[str, object]]:
    out = []
    for row in read_rows(path):
        coded = json.loads(row["Json"])
        when = coded.get("date-and-time", {}) or {}
        names = [_value(v.get("name")) for v in coded.get("victim-section", []) or []]
        out.append(
            {
                "id": row["Article id"],
                "title": row["Article title"][:70],
                "text": row["Full text"],
                "state": state_code(_value(when.get("state"))),
                "city": _value(when.get("city")),
                "day": _day(_value(when.get("date"))),
                "names": [n for n in names if len(fold(n).split()) >= 2],
                "police": coded.get("radio3", {}).get(POLICE_QUESTION) == "Yes",
            }
        )
    return out


def fe_records(path: Path) -> list[dict[str, object]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return [
            {
                "id": row["fe_row"],
                "name": row["name"],
                "day": _day(row["date"]),
                "city": row["city"],
                "state": f"US-{row['state']}" if row["state"] else None,
            }
            for row in csv.DictReader(handle)
        ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--lookalike-days", type=int, default=7)
    args = parser.parse_args()
    data = shared_data_dir()
    csv.field_size_limit(sys.maxsize)
    gvdb = gvdb_records(data / "gvdb" / "dev.tsv")
    fe = fe_records(data / "fatal-encounters" / "descriptions_joined_wapo_guardian.csv")
    by_id = {str(r["id"]): r for r in gvdb}

    edges: dict[tuple[str, str], set[str]] = defaultdict(set)
    by_name: dict[str, set[str]] = defaultdict(set)
    for r in gvdb:
        for name in r["names"]:  # type: ignore[attr-defined]
            words = fold(name).split()
            by_name[f"{words[0]} {words[-1]}"].add(str(r["id"]))
    for name, ids in by_name.items():
        for a, b in combinations(sorted(ids, key=int), 2):
            edges[(a, b)].add(f"coded victim {name!r}")

    phrases: dict[str, set[str]] = defaultdict(set)
    for r in gvdb:
        for m in re.finditer(r"\b([A-Z][a-z]+)\s([A-Z][a-zA-Z]{2,})\b", str(r["text"])):
            if m.group(1) not in _STOP and m.group(2) not in _STOP:
                phrases[m.group(0)].add(str(r["id"]))
    for phrase, ids in phrases.items():
        if 2 <= len(ids) <= 3:
            for a, b in combinations(sorted(ids, key=int), 2):
                ra, rb = by_id[a], by_id[b]
                close = (
                    ra["state"] is not None
                    and ra["state"] == rb["state"]
                    and ra["day"] is not None
                    and rb["day"] is not None
                    and abs((ra["day"] - rb["day"]).days) <= 3  # type: ignore[operator]
                )
                if close:
                    edges[(a, b)].add(f"phrase {phrase!r}")

    fe_by_name: dict[str, list[dict[str, object]]] = defaultdict(list)
    for row in fe:
        words = fold(str(row["name"])).split()
        if len(words) >= 2:
            fe_by_name[f"{words[0]} {words[-1]}"].append(row)
    for r in gvdb:
        if not r["police"]:
            continue
        for name in r["names"]:  # type: ignore[attr-defined]
            words = fold(name).split()
            for row in fe_by_name.get(f"{words[0]} {words[-1]}", []):
                edges[(str(r["id"]), f"fe:{row['id']}")].add(f"FE row {row['name']!r}")

    for (a, b), why in sorted(edges.items()):
        ra = by_id[a]
        other = by_id.get(b)
        right = f"gvdb:{b} {other['day']} {other['city']!r} {other['title']!r}" if other else f"{b}"
        print(f"gvdb:{a} {ra['day']} {ra['state']} {ra['city']!r} {ra['title']!r}")
        print(f"   ~ {right}  [{'; '.join(sorted(why))}]")
        if ra["day"] and ra["state"]:
            near = [
                row
                for row in fe
                if row["state"] == ra["state"]
                and row["day"]
                and abs((row["day"] - ra["day"]).days) <= args.lookalike_days  # type: ignore[operator]
            ]
            for row in near:
                print(
                    f"     look-alike? fe:{row['id']} {row['day']} {row['city']!r} {row['name']!r}"
                )


if __name__ == "__main__":
    main()
