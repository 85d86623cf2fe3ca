"""What the place finder returns (:class:`PlaceHit`, :class:`Location`) and the records it works
with: gazetteer rows and the intermediate matches of a text."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, NamedTuple

PlaceKind = Literal["country", "admin1", "admin2", "city", "locality"]


@dataclass(frozen=True, slots=True)
class PlaceHit:
    """One place mention; ``text == source[start:end]`` is the name as written.

    ``geo_precision`` follows UCDP: 1 a city (its GeoNames point), 2 part of a city ("Zona Norte
    do Rio", "Chicago's South Side": the city's point), 3 a municipality or county (centroid of
    its places), 4 a first-level division (centroid), 5 a Philippine region, 6 a country. A
    ``locality`` hit (a name the gazetteer lacks, found from a cue) has no coordinates and
    precision 6, or 4 with the admin1 written right after it ("Smalltown, Nev.");
    :meth:`Gazetteer.locate` completes it from the hits around it.
    """

    start: int
    end: int
    text: str
    kind: PlaceKind
    country: str | None
    admin1: str | None
    admin1_name: str | None
    lat: float | None
    lon: float | None
    geo_precision: int
    population: int | None = None
    city: str | None = None  # for a part of a city (precision 2): the city, as the gazetteer has it


@dataclass(frozen=True, slots=True)
class Location:
    """The incident's place, combined from several hits; ``place`` is the most precise one."""

    place: str | None
    place_start: int | None
    place_end: int | None
    admin1: str | None
    admin1_name: str | None
    country: str | None
    lat: float | None
    lon: float | None
    geo_precision: int
    hits: tuple[PlaceHit, ...]


class _Country(NamedTuple):
    code: str
    name: str
    lat: float | None
    lon: float | None


class _Admin1(NamedTuple):
    key: str  # the ISO 3166-2 code, or "XK:Name" where ISO has none
    code: str | None
    country: str
    name: str
    lat: float | None
    lon: float | None
    parent: str | None  # a Philippine province's region


class _City(NamedTuple):
    name: str
    country: str
    admin1: str  # an _Admin1.key, or ""
    population: int
    lat: float
    lon: float


class _Admin2(NamedTuple):
    name: str
    country: str
    admin1: str
    lat: float | None
    lon: float | None
    population: int


class _Tok(NamedTuple):
    start: int
    end: int
    norm: str
    shape: int  # 0 lower case or digits, 1 Capitalised, 2 ALL CAPS, 3 dotted (U.S., EE.UU.)


class _Loc(NamedTuple):
    start: int
    end: int
    kind: str  # sub (part of a city), set (settlement), adm (municipality), zone
    key: str


@dataclass(slots=True)
class _Match:
    """Tokens i..j whose key is a known name, and what the text around them says."""

    i: int
    j: int
    start: int
    end: int
    key: str
    mask: int
    cue: str = ""  # sub / set / adm: a locality cue right before it
    qualifier: tuple[str, ...] = ()  # admin1 keys or countries written right after it
    qualifier_span: tuple[int, int] | None = None  # where an abbreviated qualifier is
    firm: bool = False  # the qualifier follows a comma ("Reno, Nev."), not "(AP)"
    is_qualifier: bool = False  # it qualifies the place before it ("Dearborn, Michigan")
    # a qualifier's readings that hold the place before it ("Batibo, North-West")
    holds: tuple[str, ...] = ()
    dropped: bool = False


@dataclass(slots=True)
class _Found:
    hit: PlaceHit
    role: str = ""  # sub, set, adm, zone, qual
