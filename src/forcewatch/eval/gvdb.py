"""The Gun Violence Database (Pavlick et al. 2016) dev split, mapped onto gold records.

One row is one article with crowd-coded JSON (``../shared/data/gvdb/readme.txt``). The mapping:

- relevant: "The shooting was by a police officer." is "Yes" and at least one victim was killed,
  injured or hospitalized;
- killed: victims whose ``victim-was`` holds "killed"; injured: victims "injured" or "hospitalized"
  but not "killed" (coders count every victim of the shooting, not only the agents' victims);
- admin1: the state drop-down ("CA - California") as ISO 3166-2 ("US-CA"); free-text variants
  ("Calif", "Wis.", "Mo", "California") are mapped; "Unclear", "" and "Outside the USA" leave it
  missing, and the item is then not scored on state;
- place: the city as typed (trimmed; empty -> not scored on city);
- people: the non-empty victim names, minus placeholders such as "unidentified man".

The article text is passed as is (it already begins with the title), with ``lang="en"`` and no
publication date, since the TSV has none.
"""

from __future__ import annotations

import csv
import json
import re
import sys
from pathlib import Path
from typing import Any

from forcewatch.eval.gold import (
    DataMissingError,
    Dataset,
    EvalItem,
    GoldIncident,
    GoldPerson,
    GoldQuantity,
    GoldReport,
    Policy,
    SourceError,
    shared_data_dir,
)

__all__ = ["GVDB_FIELDS", "POLICE_QUESTION", "default_path", "load_gvdb", "state_code"]

POLICE_QUESTION = "The shooting was by a police officer."
COLUMNS = ("Article id", "Article url", "Article title", "Full text", "Json", "Worker")
GVDB_FIELDS: tuple[str, ...] = ("killed", "injured", "state", "city", "names_recall", "date_md")

_STATES: dict[str, str] = {
    "AL": "Alabama", "AK": "Alaska", "AZ": "Arizona", "AR": "Arkansas", "CA": "California",
    "CO": "Colorado", "CT": "Connecticut", "DE": "Delaware", "DC": "District of Columbia",
    "FL": "Florida", "GA": "Georgia", "HI": "Hawaii", "ID": "Idaho", "IL": "Illinois",
    "IN": "Indiana", "IA": "Iowa", "KS": "Kansas", "KY": "Kentucky", "LA": "Louisiana",
    "ME": "Maine", "MD": "Maryland", "MA": "Massachusetts", "MI": "Michigan", "MN": "Minnesota",
    "MS": "Mississippi", "MO": "Missouri", "MT": "Montana", "NE": "Nebraska", "NV": "Nevada",
    "NH": "New Hampshire", "NJ": "New Jersey", "NM": "New Mexico", "NY": "New York",
    "NC": "North Carolina", "ND": "North Dakota", "OH": "Ohio", "OK": "Oklahoma", "OR": "Oregon",
    "PA": "Pennsylvania", "RI": "Rhode Island", "SC": "South Carolina", "SD": "South Dakota",
    "TN": "Tennessee", "TX": "Texas", "UT": "Utah", "VT": "Vermont", "VA": "Virginia",
    "WA": "Washington", "WV": "West Virginia", "WI": "Wisconsin", "WY": "Wyoming",
}  # fmt: skip

# Associated Press style abbreviations, as newspapers (and so the coders) write them.
_AP: dict[str, str] = {
    "ala": "AL", "ariz": "AZ", "ark": "AR", "calif": "CA", "cal": "CA", "colo": "CO",
    "conn": "CT", "del": "DE", "fla": "FL", "ga": "GA", "ill": "IL", "ind": "IN", "kan": "KS",
    "kans": "KS", "ky": "KY", "la": "LA", "md": "MD", "mass": "MA", "mich": "MI", "minn": "MN",
    "miss": "MS", "mo": "MO", "mont": "MT", "neb": "NE", "nebr": "NE", "nev": "NV", "n h": "NH",
    "n j": "NJ", "n m": "NM", "n y": "NY", "n c": "NC", "n d": "ND", "okla": "OK", "ore": "OR",
    "pa": "PA", "penn": "PA", "r i": "RI", "s c": "SC", "s d": "SD", "tenn": "TN", "tex": "TX",
    "vt": "VT", "va": "VA", "wash": "WA", "w va": "WV", "wis": "WI", "wisc": "WI", "wyo": "WY",
    "d c": "DC", "washington d c": "DC",
}  # fmt: skip

_NAME_TO_CODE = {
    re.sub(r"[^a-z]+", " ", name.lower()).strip(): code for code, name in _STATES.items()
}

_PLACEHOLDER_NAMES = re.compile(
    r"^(?:an?\s+|the\s+)?(?:unidentified|unnamed|unknown|not\s+named|anonymous|n/?a|none)\b",
    re.IGNORECASE,
)


def state_code(value: str | None) -> str | None:
    """A GVDB state value as ISO 3166-2 ("CA - California" -> "US-CA"); None when unusable."""
    if not value:
        return None
    raw = value.strip()
    match = re.fullmatch(r"([A-Za-z]{2})\s*-\s*.+", raw)
    if match and match.group(1).upper() in _STATES:
        return f"US-{match.group(1).upper()}"
    if re.fullmatch(r"[A-Z]{2}", raw) and raw in _STATES:
        return f"US-{raw}"
    key = re.sub(r"[^a-z]+", " ", raw.lower()).strip()
    if key in _NAME_TO_CODE:
        return f"US-{_NAME_TO_CODE[key]}"
    if key in _AP:
        return f"US-{_AP[key]}"
    if len(key) == 2 and key.upper() in _STATES:
        return f"US-{key.upper()}"
    return None


def default_path() -> Path:
    return shared_data_dir() / "gvdb" / "dev.tsv"


def _value(obj: Any) -> str:
    """A coded field is {"value", "startIndex", "endIndex"} or, for drop-downs, a plain string."""
    if isinstance(obj, dict):
        obj = obj.get("value", "")
    return obj.strip() if isinstance(obj, str) else ""


def _date(value: str) -> str | None:
    match = re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", value.strip())
    if not match:
        return None
    year, month, day = match.groups()
    return f"{year}-{int(month):02d}-{int(day):02d}"


def gold_from_row(row: dict[str, str]) -> tuple[GoldReport, bool, str]:
    """(gold report, whether it is a police shooting, the raw state value) for one TSV row."""
    coded = json.loads(row["Json"])
    police = coded.get("radio3", {}).get(POLICE_QUESTION) == "Yes"
    killed = injured = 0
    people: list[GoldPerson] = []
    for victim in coded.get("victim-section", []) or []:
        was = set(victim.get("victim-was", []) or [])
        if "killed" in was:
            killed += 1
            fate = "killed"
        elif was & {"injured", "hospitalized"}:
            injured += 1
            fate = "injured"
        else:
            continue
        name = _value(victim.get("name"))
        if name and not _PLACEHOLDER_NAMES.match(name):
            people.append(GoldPerson(name=name, role="victim", fate=fate))  # type: ignore[arg-type]
    relevant = police and killed + injured > 0
    when = coded.get("date-and-time", {}) or {}
    raw_state = _value(when.get("state"))
    admin1 = state_code(raw_state)
    incidents: list[GoldIncident] = []
    if relevant:
        incidents.append(
            GoldIncident(
                date=_date(_value(when.get("date"))),
                date_precision="day",
                country="US" if admin1 else None,
                admin1=admin1,
                place=_value(when.get("city")) or None,
                killed=GoldQuantity.exactly(killed),
                injured=GoldQuantity.exactly(injured),
                forces=["police"],
                people=people,
            )
        )
    report = GoldReport(
        id=row["Article id"].strip(), lang="en", published=None, relevant=relevant,
        incidents=incidents,
    )  # fmt: skip
    return report, police, raw_state


def read_rows(path: Path) -> list[dict[str, str]]:
    if not path.is_file():
        raise DataMissingError(path, "GVDB TSV", "expected ../shared/data/gvdb/dev.tsv")
    csv.field_size_limit(sys.maxsize)
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle, delimiter="\t")
        missing = [c for c in COLUMNS if c not in (reader.fieldnames or [])]
        if missing:
            raise SourceError(f"{path}: not a GVDB TSV, missing column(s) {', '.join(missing)}")
        return list(reader)


def uncoded(row: dict[str, str]) -> bool:
    """A coding with no victim and no shooter: the shooting itself was never coded.

    40 of the 49 such rows in the dev split come from one worker who coded nothing in any of
    them; they are no gold to score against, so they are left out and counted in a note
    (``include_uncoded=True`` keeps them)."""
    try:
        coding = json.loads(row["Json"])
    except json.JSONDecodeError:
        return True
    return not coding.get("victim-section") and not coding.get("shooter-section")


def load_gvdb(path: str | Path | None = None, *, include_uncoded: bool = False) -> Dataset:
    path = Path(path) if path is not None else default_path()
    items: list[EvalItem] = []
    unmapped: dict[str, int] = {}
    no_city = no_state = police_count = skipped = 0
    for row in read_rows(path):
        if not include_uncoded and uncoded(row):
            skipped += 1
            continue
        gold, police, raw_state = gold_from_row(row)
        police_count += police
        if gold.relevant:
            incident = gold.incidents[0]
            if incident.admin1 is None:
                no_state += 1
                label = raw_state or "(empty)"
                unmapped[label] = unmapped.get(label, 0) + 1
            no_city += incident.place is None
        items.append(
            EvalItem(
                id=gold.id,
                gold=gold,
                text=row["Full text"],
                lang="en",
                published=None,
                tags=frozenset({"police_shooting"} if police else ()),
            )
        )
    relevant = sum(item.gold.relevant for item in items)
    notes = [
        f"{police_count} police shootings, {relevant} with a victim killed or injured (relevant)",
        f"{no_state} relevant items have no usable state (not scored on state): "
        + ", ".join(f"{k!r} x{v}" for k, v in sorted(unmapped.items())),
        f"{no_city} relevant items have no city (not scored on city)",
        "killed/injured: coders count every victim of the shooting, not only the police's",
        f"{skipped} uncoded rows left out (no victim and no shooter coded)",
    ]
    policy = Policy(fields=GVDB_FIELDS, counts="value")
    return Dataset(name="gvdb", path=path, items=items, policy=policy, notes=notes)
