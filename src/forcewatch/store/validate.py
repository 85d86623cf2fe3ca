"""One validation for every change to an incident, from the CLI, the web pages and the API.

``check_changes(current, changes)`` turns raw values (JSON from the CLI or the API, strings from a
form) into the values to store, and refuses the whole change with one message listing every
problem when any value is wrong: a date that does not exist, an admin1 code outside the incident's
country (ISO 3166-2), a negative or fractional count, bounds out of order (low <= best <= high), a
force, operation or allegation outside the closed vocabularies of :mod:`forcewatch.records`.
Nothing is stored unless everything passes.

Filter values (``--country``, ``--from``, ...) are parsed here too, so the CLI and the API refuse
the same values with the same words.
"""

from __future__ import annotations

import math
import re
from datetime import date
from functools import lru_cache
from typing import Any

import pycountry
from unidecode import unidecode

from forcewatch.errors import InvalidValue
from forcewatch.records import ALLEGATION_KINDS, FORCE_KINDS, OPERATION_KINDS

DATE_PRECISIONS = ("day", "week", "month", "year", "unknown")
STATUSES = ("unreviewed", "verified", "rejected")
COUNTS = ("killed", "injured", "agents_killed", "agents_injured")
BOUNDS = ("low", "best", "high")
COUNT_FIELDS = tuple(f"{c}_{b}" for c in COUNTS for b in BOUNDS)
TEXT_FIELDS = {"place": 300, "city": 200, "admin1_name": 200, "notes": 10_000}
MAX_COUNT = 1_000_000
EDITABLE = frozenset(
    {
        "date", "date_precision", "place", "city", "admin1", "admin1_name", "country", "lat",
        "lon", "geo_precision", "forces", "operation", "allegations", "notes", *COUNT_FIELDS,
    }
)  # fmt: skip

_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# Names pycountry does not know, as reports and analysts write them (es, pt).
_COUNTRY_ALIASES = {
    "brasil": "BR", "mexico": "MX", "peru": "PE", "haiti": "HT", "venezuela": "VE",
    "bolivia": "BO", "estados unidos": "US", "eua": "US", "usa": "US", "eeuu": "US",
    "republica dominicana": "DO", "panama": "PA", "espana": "ES", "colombia": "CO",
    "russia": "RU", "iran": "IR", "syria": "SY", "turkey": "TR", "uk": "GB",
}  # fmt: skip


def _fail(problems: list[str]) -> InvalidValue:
    return InvalidValue("; ".join(problems))


# ---- single values --------------------------------------------------------------------------


def parse_date(value: str, *, what: str = "date") -> str:
    """``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``, a date that exists and is not in the future."""
    text = value.strip()
    match = _DATE.match(text)
    if match is None:
        raise InvalidValue(f"{what} {value!r} is not a date; use YYYY, YYYY-MM or YYYY-MM-DD")
    year, month, day = (int(g) if g else None for g in match.groups())
    assert year is not None
    try:
        first = date(year, month or 1, day or 1)
    except ValueError as exc:
        raise InvalidValue(f"{what} {value!r} does not exist ({exc})") from None
    if year < 1900:
        raise InvalidValue(f"{what} {value!r} is before 1900")
    if first > date.today():
        raise InvalidValue(f"{what} {value!r} is in the future")
    return text


def resolve_country(value: str) -> str:
    """ISO 3166-1 alpha-2 from alpha-2, alpha-3 or a name (English, or a common es/pt name)."""
    code = _country(value.strip())
    if code is None:
        raise InvalidValue(
            f"country {value!r} is not an ISO 3166-1 code or a country name (e.g. VE, VEN, "
            "Venezuela)"
        )
    return code


@lru_cache(maxsize=1024)
def _country(value: str) -> str | None:
    if not value:
        return None
    folded = unidecode(value).lower().strip()
    if folded in _COUNTRY_ALIASES:
        return _COUNTRY_ALIASES[folded]
    for candidate in (value, unidecode(value)):
        try:
            return str(pycountry.countries.lookup(candidate).alpha_2)
        except LookupError:
            continue
    return None


def resolve_admin1(value: str) -> str:
    """An ISO 3166-2 subdivision code that exists (``VE-M``)."""
    code = value.strip().upper()
    if _subdivision_country(code) is None:
        raise InvalidValue(f"admin1 {value!r} is not an ISO 3166-2 code (e.g. VE-M, BR-RJ)")
    return code


@lru_cache(maxsize=4096)
def _subdivision_country(code: str) -> str | None:
    found = pycountry.subdivisions.get(code=code)  # type: ignore[no-untyped-call]
    return str(found.country_code) if found is not None else None


def parse_count(value: Any, *, what: str) -> int | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, bool):
        raise InvalidValue(f"{what} must be a whole number, not {value!r}")
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, str) and re.fullmatch(r"\s*\d+\s*", value):
        value = int(value)
    if not isinstance(value, int):
        raise InvalidValue(f"{what} must be a whole number of people, not {value!r}")
    if value < 0:
        raise InvalidValue(f"{what} cannot be negative ({value})")
    if value > MAX_COUNT:
        raise InvalidValue(f"{what} {value} is above {MAX_COUNT:,}; check the figure")
    return value


def _float(value: Any, *, what: str, low: float, high: float) -> float | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, bool):
        raise InvalidValue(f"{what} must be a number, not {value!r}")
    try:
        number = float(value)
    except (TypeError, ValueError):
        raise InvalidValue(f"{what} must be a number, not {value!r}") from None
    if not math.isfinite(number) or not low <= number <= high:
        raise InvalidValue(f"{what} {value!r} is outside {low:g}..{high:g}")
    return number


def _vocabulary_list(value: Any, *, what: str, allowed: tuple[str, ...]) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        value = [v.strip() for v in value.split(",") if v.strip()]
    if not isinstance(value, list | tuple) or not all(isinstance(v, str) for v in value):
        raise InvalidValue(f"{what} must be a list of names, not {value!r}")
    unknown = [v for v in value if v not in allowed]
    if unknown:
        raise InvalidValue(
            f"{what}: {', '.join(map(repr, unknown))} not allowed; choose from {', '.join(allowed)}"
        )
    return list(dict.fromkeys(value))


def _text(value: Any, *, what: str, most: int) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise InvalidValue(f"{what} must be text, not {value!r}")
    text = value.strip()
    if _CONTROL.search(text):
        raise InvalidValue(f"{what} contains control characters")
    if len(text) > most:
        raise InvalidValue(f"{what} is {len(text)} characters long, above {most}")
    return text or None


def parse_value(field: str, value: Any) -> Any:
    """One field's raw value as it will be stored; raises :class:`InvalidValue`."""
    if field not in EDITABLE:
        raise InvalidValue(
            f"{field!r} cannot be edited; editable fields: {', '.join(sorted(EDITABLE))}"
        )
    if field in COUNT_FIELDS:
        return parse_count(value, what=field)
    if field in TEXT_FIELDS:
        return _text(value, what=field, most=TEXT_FIELDS[field])
    if field == "date":
        text = _text(value, what=field, most=10)
        return parse_date(text) if text else None
    if field == "date_precision":
        if value not in DATE_PRECISIONS:
            raise InvalidValue(
                f"date_precision {value!r} is not one of {', '.join(DATE_PRECISIONS)}"
            )
        return value
    if field == "country":
        text = _text(value, what=field, most=100)
        return resolve_country(text) if text else None
    if field == "admin1":
        text = _text(value, what=field, most=20)
        return resolve_admin1(text) if text else None
    if field == "lat":
        return _float(value, what=field, low=-90, high=90)
    if field == "lon":
        return _float(value, what=field, low=-180, high=180)
    if field == "geo_precision":
        number = parse_count(value, what=field)
        if number is not None and not 1 <= number <= 6:
            raise InvalidValue(f"geo_precision {number} is outside 1..6")
        return number
    if field == "operation":
        if value in (None, ""):
            return None
        if value not in OPERATION_KINDS:
            raise InvalidValue(
                f"operation {value!r} not allowed; choose from {', '.join(OPERATION_KINDS)}"
            )
        return value
    if field == "forces":
        return _vocabulary_list(value, what=field, allowed=FORCE_KINDS)
    if field == "allegations":
        return _vocabulary_list(value, what=field, allowed=ALLEGATION_KINDS)
    raise AssertionError(field)  # pragma: no cover - EDITABLE and the branches above agree


# ---- a whole change -------------------------------------------------------------------------


def check_changes(current: dict[str, Any], changes: dict[str, Any]) -> dict[str, Any]:
    """The changes as they will be stored, checked one by one and against the incident's other
    values; every problem is listed in one :class:`InvalidValue`."""
    if not changes:
        raise InvalidValue("nothing to change")
    parsed: dict[str, Any] = {}
    problems: list[str] = []
    for field, value in changes.items():
        try:
            parsed[field] = parse_value(field, value)
        except InvalidValue as exc:
            problems.append(exc.message)
    if problems:
        raise _fail(problems)
    after = {**current, **parsed}
    for count in COUNTS:
        if not any(f"{count}_{b}" in parsed for b in BOUNDS):
            continue
        values = [(b, after.get(f"{count}_{b}")) for b in BOUNDS]
        known = [(b, v) for b, v in values if v is not None]
        if [v for _, v in known] != sorted(v for _, v in known):
            shown = ", ".join(f"{b} {v}" for b, v in known)
            problems.append(
                f"{count}: low <= best <= high does not hold ({shown}); change the other bounds "
                "in the same edit"
            )
    if "admin1" in parsed or "country" in parsed:
        admin1, country = after.get("admin1"), after.get("country")
        if admin1:
            inside = _subdivision_country(str(admin1).upper())
            if country and inside and inside != country:
                problems.append(
                    f"admin1 {admin1} is in {inside}, not in the incident's country {country}; "
                    "change both together, or clear admin1"
                )
            elif not country:
                problems.append(f"admin1 {admin1} needs the country ({inside}) set as well")
    if "date" in parsed and parsed["date"] and "date_precision" not in parsed:
        parsed["date_precision"] = {4: "year", 7: "month", 10: "day"}[len(parsed["date"])]
    if "date" in parsed or "date_precision" in parsed:
        when, precision = {**after, **parsed}.get("date"), {**after, **parsed}.get("date_precision")
        needed = {"day": 10, "week": 10, "month": 7, "year": 4}.get(str(precision))
        if when and needed and len(str(when)) < needed:
            problems.append(
                f"date {when} is not precise to the {precision}; give YYYY-MM-DD for a day or "
                "a week, YYYY-MM for a month, or lower the precision"
            )
    if problems:
        raise _fail(problems)
    return parsed


def check_status(value: str) -> str:
    if value not in STATUSES:
        raise InvalidValue(f"status {value!r} is not one of {', '.join(STATUSES)}")
    return value
