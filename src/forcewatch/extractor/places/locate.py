"""Choosing the incident's place among the hits of a text (DESIGN.md's place rules): the country,
the most precise place near the focus, a more precise one that lies in it, and what completes it."""

from __future__ import annotations

import bisect
import math
import re
from typing import TYPE_CHECKING

from forcewatch.extractor.places.finder import find_nationalities
from forcewatch.extractor.places.model import Location, PlaceHit, _Found
from forcewatch.extractor.places.patterns import (
    _ATTACH,
    _LOCATIVE_BEFORE,
    _SENTENCE_BREAK_RE,
    _WINDOW,
    ADMIN1_REPORTED,
    DISTANCE_BEFORE_RE,
)
from forcewatch.text import fold

if TYPE_CHECKING:
    from forcewatch.extractor.places.gazetteer import Gazetteer


class Hits:
    """Hits sorted by start, with what :func:`locate_in` asks of them for every mention of a
    report, computed once: the hits near a range, the place each locality is attached to, the
    container of each, the candidates of :func:`_refine`."""

    def __init__(self, items: list[_Found]) -> None:
        self.items = items
        self._starts = [f.hit.start for f in items]
        self._longest = max((f.hit.end - f.hit.start for f in items), default=0)
        self.attached: dict[int, _Found | None] = {}  # by id() of the locality
        self.containers: dict[int, PlaceHit | None] = {}
        self._units: dict[str | None, tuple[list[int], list[PlaceHit]]] = {}
        self._one_admin1: list[PlaceHit | None] = []
        self._candidates: list[tuple[int, _Found, PlaceHit]] | None = None

    def near(self, lo: int, hi: int) -> list[_Found]:
        """The hits that start in ``[lo - longest hit, hi]``, in order: every hit that reaches
        ``lo`` and starts by ``hi``, and a few more."""
        a = bisect.bisect_left(self._starts, lo - self._longest)
        b = bisect.bisect_right(self._starts, hi)
        return self.items[a:b]

    def units(self, cc: str | None) -> tuple[list[int], list[PlaceHit]]:
        """The first-level divisions among the hits (of country ``cc``), and their starts."""
        if cc not in self._units:
            units = [
                f.hit
                for f in self.items
                if f.hit.kind == "admin1" and (cc is None or f.hit.country == cc)
            ]
            self._units[cc] = ([u.start for u in units], units)
        return self._units[cc]

    def one_admin1(self) -> PlaceHit | None:
        """The first hit with an admin1 when all the hits that have one share it."""
        if not self._one_admin1:
            admin1s = {f.hit.admin1 for f in self.items if f.hit.admin1}
            one = next(f.hit for f in self.items if f.hit.admin1) if len(admin1s) == 1 else None
            self._one_admin1.append(one)
        return self._one_admin1[0]


class Annotated:
    """What :func:`~forcewatch.extractor.places.finder.find_all` found in one text, kept by the
    gazetteer so that locating every mention of a long report does not find it all again."""

    def __init__(self, text: str, found: list[_Found]) -> None:
        self.text = text
        self.found = found
        self.all = Hits(found)
        self.dateline = next((f.hit for f in found if f.role == "dateline"), None)
        self._nationalities: list[tuple[int, int, str]] | None = None
        self._by_country: dict[str | None, Hits] = {}

    def nationality(self, anchor: float | None) -> str | None:
        """The country of the agents named nearest ``anchor`` ("Israeli forces"), if any."""
        nearest = self._nearest_nationality(anchor)
        return nearest[2] if nearest else None

    def home_force(self, anchor: float | None) -> str | None:
        """The country of the agents named nearest ``anchor`` when they are a force that acts
        only at home ("Iranian morality police", "in Egyptian custody"), not troops that may be
        abroad ("Israeli forces")."""
        nearest = self._nearest_nationality(anchor)
        if nearest is None:
            return None
        start, end, cc = nearest
        return cc if _HOME_FORCE.search(self.text, max(0, start - 20), end + 40) else None

    def _nearest_nationality(self, anchor: float | None) -> tuple[int, int, str] | None:
        """The demonym of agents nearest ``anchor`` (the first when no anchor), if any."""
        if self._nationalities is None:
            self._nationalities = find_nationalities(self.text)
        if not self._nationalities:
            return None
        if anchor is None:
            return self._nationalities[0]
        return min(self._nationalities, key=lambda n: abs((n[0] + n[1]) / 2 - anchor))

    def of_country(self, country: str | None) -> Hits:
        """The hits of ``country`` and those without a country."""
        if country not in self._by_country:
            same = [f for f in self.found if f.hit.country in (country, None)]
            self._by_country[country] = Hits(same)
        return self._by_country[country]


# the places near a harm that say nothing of where it was: where the report was written, where
# the victim came from, an institution's seat, a court's
_SAYS_NOTHING = frozenset({"dateline", "origin", "institution", "court"})


def locate_in(
    gaz: Gazetteer,
    annotated: Annotated,
    focus: tuple[int, int] | None,
    country_hint: str | None,
) -> Location | None:
    """:meth:`Gazetteer.locate` on the hits of a text that :func:`find_all` found."""
    found, text = annotated.found, annotated.text
    if not found:
        return _nationality_only(gaz, annotated, focus, country_hint)
    window = found
    anchor: float | None = None
    by_dateline = False
    dateline = annotated.dateline
    if focus is None and dateline is not None:  # no focus: the dateline and the lede
        focus, by_dateline = (dateline.start, dateline.end + _WINDOW), True
    if focus is not None:
        lo, hi = focus[0] - _WINDOW, focus[1] + _WINDOW
        near = annotated.all.near(lo, hi)
        inside = [f for f in near if f.hit.end >= lo and f.hit.start <= hi]
        if not by_dateline and all(f.role in _SAYS_NOTHING for f in inside):
            # where the report was written, or where the victim came from ("a 16-year-old from
            # Sudan's Darfur region"), or an institution's seat ("officers from Ahero Police
            # Station") says nothing: the places the report names elsewhere
            inside = [f for f in found if f.role not in _SAYS_NOTHING] or inside
        window = inside or found
        anchor = float(focus[0]) if by_dateline else (focus[0] + focus[1]) / 2
    told_in = focus if focus is not None and not by_dateline else None
    if window is not found and not any(f.hit.country for f in window):
        window = window + _paragraph_before(window, annotated.all, text)
    country = _choose_country(gaz, window, anchor, country_hint, by_dateline, text, told_in)
    if country is None:  # no place names a country: the agents' nationality may
        country = annotated.nationality(anchor)
    if window is found:
        same = annotated.of_country(country)
    else:
        same = Hits([f for f in window if f.hit.country in (country, None)])
    if not same.items:
        return None
    place = _choose_place(gaz, same, anchor, text, by_dateline, told_in)
    if place.role == "dateline" and not by_dateline:
        return _written_at(gaz, annotated, place, anchor, country_hint)
    if place.role == "court":  # only a court's seat is named: the country alone is known
        cc = place.hit.country or country
        row = gaz.countries.get(cc) if cc else None
        lat, lon = (row.lat, row.lon) if row else (None, None)
        return Location(None, None, None, None, None, cc, lat, lon, 6, ())
    if focus is not None and not by_dateline:
        place = _refine(gaz, place, annotated.of_country(country), text)
        place = _dateline_within(place, dateline)
    return _complete(gaz, place, same, annotated.all, country, text)


def _paragraph_before(window: list[_Found], hits: Hits, text: str) -> list[_Found]:
    """Only places no country names are near the focus ("una calle de la colonia Héroes"): the
    last place named before them in their paragraph tells the country ("Nogales, Sonora")."""
    first = min(f.hit.start for f in window)
    paragraph = text.rfind("\n", 0, first) + 1
    before = [
        f
        for f in hits.near(paragraph, first)
        if paragraph <= f.hit.start < first and f.hit.country and f.role != "dateline"
    ]
    return before[-1:]


_IN_COUNTY_KM = 30


def _dateline_within(place: _Found, dateline: PlaceHit | None) -> _Found:
    """A local paper's dateline city inside the division the text tells ("HONESDALE — ...
    Wayne County District Attorney"): the county says where, the dateline says it more
    precisely. The one case where the dateline's city is the place."""
    if (
        dateline is None
        or place.hit.kind != "admin2"
        or dateline.admin1 is None
        or dateline.admin1 != place.hit.admin1
        or None in (dateline.lat, dateline.lon, place.hit.lat, place.hit.lon)
    ):
        return place
    # in the county: near the centre of its places (not Popayán for Argelia, 73 km away)
    lat = math.radians(place.hit.lat or 0.0)
    dy = (dateline.lat or 0.0) - (place.hit.lat or 0.0)
    dx = ((dateline.lon or 0.0) - (place.hit.lon or 0.0)) * math.cos(lat)
    if 111.2 * math.hypot(dx, dy) > _IN_COUNTY_KM:
        return place
    return _Found(dateline, "dateline")


def _written_at(
    gaz: Gazetteer, annotated: Annotated, dateline: _Found, anchor: float | None, hint: str | None
) -> Location:
    """Nothing but the dateline says where: the dateline is where the report was written, not
    where the incident was, so only a country is known: the one the report names elsewhere,
    else the dateline's (a report filed in Beirut about "Israeli forces" is about Lebanon
    more often than not)."""
    others = [f for f in annotated.found if f.role != "dateline"]
    cc = _choose_country(gaz, others, anchor, hint, False) if others else None
    # a report from Geneva on "Iranian police custody": the police's country, not Geneva's
    cc = cc or annotated.home_force(anchor) or dateline.hit.country
    row = gaz.countries.get(cc) if cc else None
    lat, lon = (row.lat, row.lon) if row else (None, None)
    return Location(None, None, None, None, None, cc, lat, lon, 6, ())


def _nationality_only(
    gaz: Gazetteer, annotated: Annotated, focus: tuple[int, int] | None, hint: str | None
) -> Location | None:
    """A text without places whose agents have a nationality, or are a force only one state
    fields (``hint``: "la PMOP", "os carabineiros"): the country's centroid."""
    cc = annotated.nationality(None if focus is None else (focus[0] + focus[1]) / 2) or hint
    if cc is None:
        return None
    row = gaz.countries.get(cc)
    lat, lon = (row.lat, row.lon) if row else (None, None)
    return Location(None, None, None, None, None, cc, lat, lon, 6, ())


# Forces that act in their own country only: police, prisons, courts' custody, intelligence
_HOME_FORCE = re.compile(
    r"\b(?:police|policemen|morality|custody|prisons?|jails?|detention|intelligence|gendarmes|"
    r"gendarmerie|pol[ií]c[ií]a|cust[oó]dia|prisi[oó]n|pris[aã]o|c[aá]rcel)\b",
    re.IGNORECASE,
)
_AGENTS_SIDE = 0.3  # the weight of a country named as the agents' side ("Israel's military")


def _choose_country(
    gaz: Gazetteer,
    window: list[_Found],
    anchor: float | None,
    hint: str | None,
    by_dateline: bool,
    text: str = "",
    told_in: tuple[int, int] | None = None,
) -> str | None:
    """The country most of the window's places belong to, the nearest to the anchor weighing
    most. A place the focus sentence puts the event in ("attacked a building in Gaza") weighs
    three times a place merely named near it ("arms transfers to Israel")."""
    weights: dict[str, float] = {}
    first: dict[str, int] = {}
    others = [f for f in window if f.role != "neighbour"]
    if len(others) < len(window) and any(f.hit.country for f in others):
        window = others  # "the border with X" names X only when nothing else names a country
    for f in window:
        cc = f.hit.country
        if cc is None:
            continue
        w = 1.0
        if anchor is not None:
            w = 1.0 / (1.0 + abs((f.hit.start + f.hit.end) / 2 - anchor) / 100)
        if f.role == "agents":
            w *= _AGENTS_SIDE  # "US forces launched airstrikes": whose forces, not where
        elif f.role == "agents_abroad":
            continue  # "US warplanes pounded a village": air power strikes abroad
        elif f.role in ("institution", "boundary"):
            continue  # "el hospital San José": a saint's name, no country
        elif f.role in ("origin", "treated"):
            w *= 0.2  # "a 16-year-old from Sudan's Darfur region": where the victim came from
        if f.role == "dateline" and not by_dateline:
            w *= 0.2  # "GINEBRA (EFE)": where the reporter was, not the incident
        elif _NEIGHBOURHOOD_BEFORE.search(text[max(0, f.hit.start - 30) : f.hit.start]):
            # "no bairro da Bela Vista" (Setúbal): a neighbourhood, whose name is often a
            # town's elsewhere ("Bela Vista", Brazil), says little of the country
            w *= 0.2
        elif (
            told_in is not None
            and told_in[0] <= f.hit.start < told_in[1]
            and _LOCATIVE_BEFORE.search(text[max(0, f.hit.start - 24) : f.hit.start])
        ):
            w *= 3.0
        weights[cc] = weights.get(cc, 0.0) + w
        first.setdefault(cc, f.hit.start)
    # the agents' state tells the country unless the places the text names say another far more
    # ("NOGALES, Sonora": a US patrol shooting across the border, the victim in Mexico)
    if hint and (not weights or weights.get(hint, 0.0) * _HINT_YIELDS >= max(weights.values())):
        return hint
    if not weights:
        return None
    return max(weights, key=lambda cc: (weights[cc], -first[cc]))


_HINT_YIELDS = 3.0
_NEIGHBOURHOOD_BEFORE = re.compile(
    r"\b(?:bairros?|barrios?|colonias?|repartos?|favelas?|neighbou?rhoods?\s+of|suburbs?\s+of)\s+"
    r"(?:d[aoe]s?\s+|del\s+|de\s+la\s+|de\s+los\s+)?$",
    re.IGNORECASE,
)  # the hint's country keeps the place unless another weighs three times it


# places a report names beside the harm, not as its scene: a court's seat ("a Kampala court"), an
# institution's saint ("el hospital San José"), where someone comes from ("natural de Uribia")
_ASIDE = frozenset({"court", "institution", "origin", "treated", "boundary"})


def _rank(f: _Found) -> int:
    """Lower is more precise; a place named aside comes after any scene but a dateline."""
    if f.role in _ASIDE:
        # (an institution's saint is no place at all: the hospital's town comes first)
        return 8 if f.role == "institution" else 7
    if f.hit.kind == "locality":
        return {"zone": 1, "area": 2, "adm": 3, "local": 3}.get(f.role, 0)
    if f.role == "sub":  # a neighbourhood the gazetteer knows ("the Englewood neighborhood")
        return 0
    if f.hit.kind == "city" and f.hit.city is not None:  # a township, an estate ("Kibera")
        return 0
    return {"city": 2, "admin2": 3, "admin1": 4, "country": 5}[f.hit.kind]


def _choose_place(
    gaz: Gazetteer,
    hits: Hits,
    anchor: float | None,
    text: str,
    by_dateline: bool,
    told_in: tuple[int, int] | None = None,
) -> _Found:
    has_known = any(f.hit.kind in ("city", "admin2") or f.role == "zone" for f in hits.items)

    def inside(f: _Found) -> bool:
        return told_in is not None and told_in[0] <= f.hit.start < told_in[1]

    # a town or a municipality the focus sentence names is its place: a more precise one told
    # after it is another case's ("en el municipio de Villa de Álvarez, Colima ...
    # Segundo caso. El 12 de julio, en Manzanillo ...")
    told_here = any(inside(f) and _rank(f) <= 3 and f.role != "dateline" for f in hits.items)

    def order(f: _Found) -> tuple[bool, int, float, float]:
        # what comes after, or before in another paragraph (the case told before it): a
        # heading or a lede before the sentence frames it, and a more precise place of the
        # same town told elsewhere still refines it after
        outside = (
            told_here
            and told_in is not None
            and (f.hit.start >= told_in[1] or _in_paragraph_before(text, f.hit, told_in[0]))
        )
        rank, bare, where = _order(f)
        return outside, rank, bare, where

    def _order(f: _Found) -> tuple[int, float, float]:
        rank = _rank(f)
        if rank == 0 and f.role != "occ" and has_known and not _attached(gaz, f, hits, text):
            rank = 6  # a loose locality loses to a known city elsewhere in the text
        where = (f.hit.start + f.hit.end) / 2
        if anchor is None:
            return rank, f.role != "dateline", where
        if by_dateline:  # without a focus: the dateline city, or what the lede says
            return rank, abs(where - anchor), 0.0
        # with a focus, a dateline is where the reporter was: other places first; then a
        # place the text puts something in ("a shooting in Elkins") before a bare one
        # ("WBOY.com: Clarksburg, Morgantown: News"), then the nearest
        bare = not _LOCATIVE_BEFORE.search(text[max(0, f.hit.start - 24) : f.hit.start])
        if f.role == "dateline":
            rank = 8  # only when nothing else names a place
        elif DISTANCE_BEFORE_RE.search(text[max(0, f.hit.start - 60) : f.hit.start]):
            rank = 7  # "60 km from Kabul": the place is elsewhere
        return rank, bare, abs(where - anchor)

    return min(hits.items, key=order)


_HEADING_LINE = 100  # characters: a line this short, right above a paragraph, is its heading


def _in_paragraph_before(text: str, hit: PlaceHit, focus_start: int) -> bool:
    """The place is told in a paragraph before the focus's, not the heading just above it
    ("Caso 4 — Caxias, 14 de setembro"): the case told before, not this one's."""
    paragraph = text.rfind("\n", 0, focus_start) + 1
    if hit.end > paragraph:
        return False
    line_start = text.rfind("\n", 0, hit.start) + 1
    line_end = text.find("\n", hit.end)
    line_end = paragraph if line_end < 0 else line_end
    heading = not text[line_end:paragraph].strip() and line_end - line_start <= _HEADING_LINE
    return not heading


def _refine(gaz: Gazetteer, place: _Found, hits: Hits, text: str) -> _Found:
    """A more precise place elsewhere in the text that lies within the chosen one.

    The focus window may only name the city ("Nampula police said") while the lede gave the
    neighbourhood ("no bairro de Muhala, na cidade de Nampula"): the neighbourhood wins when
    it is tied to the same city (or lies in the same state or country, for a state or a
    country) and no other candidate competes with it.
    """
    rank = _rank(place)
    better: list[_Found] = []
    for r, f, container in _candidates(gaz, hits, text):
        if r >= rank:
            break
        if container.kind == "admin1" and place.hit.kind == "city":
            # a place tied to its state only ("El Plateado, in Argelia, Cauca") is not within a
            # city of that state (Popayán), which another case of the report may be told in
            inside = False
        elif container.kind in ("admin1", "admin2") and place.hit.kind in ("city", "admin2"):
            # "barrio X, partido de La Matanza" and the city of San Justo: same state
            inside = container.admin1 is not None and container.admin1 == place.hit.admin1
        elif place.hit.kind in ("city", "admin2") or place.role == "zone":
            inside = fold(container.text) in fold(place.hit.text) or (
                fold(place.hit.text) in fold(container.text)
            )
        elif place.hit.kind == "admin1":
            inside = container.admin1 == place.hit.admin1
        else:
            inside = container.country == place.hit.country
        if inside:
            better.append(f)
    if not better:
        return place
    best_rank = min(_rank(f) for f in better)
    best = [f for f in better if _rank(f) == best_rank]
    if len({fold(f.hit.text) for f in best}) != 1:
        return place  # two neighbourhoods: which one is not for us to guess
    return best[0]


def _candidates(gaz: Gazetteer, hits: Hits, text: str) -> list[tuple[int, _Found, PlaceHit]]:
    """What :func:`_refine` may prefer, by rank (then in order): the hits other than countries
    with a container, localities only when attached to a place."""
    if hits._candidates is None:
        out = []
        for f in hits.items:
            r = _rank(f)
            if f.hit.kind == "country" or f.role in ("dateline", "court"):
                continue
            if r == 0 and f.role != "occ" and not _attached(gaz, f, hits, text):
                continue
            container = _container(gaz, f, hits, text)
            if container is not None:
                out.append((r, f, container))
        hits._candidates = sorted(out, key=lambda c: c[0])
    return hits._candidates


def _container(gaz: Gazetteer, f: _Found, hits: Hits, text: str) -> PlaceHit | None:
    """The known place a hit lies in: itself when the gazetteer knows it, else the place it
    is written with, else the one first-level division the whole text is about."""
    if f.hit.lat is not None or f.hit.admin1 is not None:
        return f.hit
    if id(f) not in hits.containers:
        near = _attached(gaz, f, hits, text)
        hits.containers[id(f)] = near.hit if near is not None else hits.one_admin1()
    return hits.containers[id(f)]


def _attached(gaz: Gazetteer, loc: _Found, hits: Hits, text: str) -> _Found | None:
    """The known place nearest a locality in its sentence ("barrio X de Caracas"); the
    dateline counts for the first sentence ("MANILA - ... raided a house in Tondo")."""
    if id(loc) not in hits.attached:
        hits.attached[id(loc)] = _nearest_attached(loc, hits, text)
    return hits.attached[id(loc)]


def _nearest_attached(loc: _Found, hits: Hits, text: str) -> _Found | None:
    best: _Found | None = None
    best_key = (0, 0)
    for f in hits.near(loc.hit.start - 2 * _ATTACH, loc.hit.end + 2 * _ATTACH):
        if f is loc:
            continue
        if f.hit.kind not in ("city", "admin2", "admin1") and f.role != "zone":
            continue
        if DISTANCE_BEFORE_RE.search(text[max(0, f.hit.start - 60) : f.hit.start]):
            continue  # "30 kilometers from Gaza": a reference point, not what holds the place
        if f.hit.start >= loc.hit.end:
            between, penalty = text[loc.hit.end : f.hit.start], 0
        elif f.hit.end <= loc.hit.start:
            between, penalty = text[f.hit.end : loc.hit.start], 20  # after it reads better
        else:
            continue
        reach = 2 * _ATTACH if f.role == "dateline" else _ATTACH
        if len(between) > reach or _SENTENCE_BREAK_RE.search(between):
            continue
        key = (len(between) + penalty, _rank(f))
        if best is None or key < best_key:
            best, best_key = f, key
    return best


def _complete(
    gaz: Gazetteer,
    place: _Found,
    same: Hits,
    found: Hits,
    country: str | None,
    text: str,
) -> Location:
    hit = place.hit
    support: list[PlaceHit] = [hit]
    start, end = hit.start, hit.end
    admin1, admin1_name = hit.admin1, hit.admin1_name
    lat, lon, precision = hit.lat, hit.lon, hit.geo_precision
    cc = hit.country or country
    if hit.kind == "locality" and hit.lat is None:
        near = _attached(gaz, place, found, text)
        if near is not None and near.hit.country in (cc, None):
            support.append(near.hit)
            admin1, admin1_name = near.hit.admin1, near.hit.admin1_name
            cc = near.hit.country or cc
            lat, lon = near.hit.lat, near.hit.lon
            if near.hit.kind == "city":
                precision = 2 if place.role in ("sub", "local", "area") else 3
            else:
                precision = near.hit.geo_precision
            if near.role == "zone" and re.fullmatch(r",[ \t]*", text[hit.end : near.hit.start]):
                end = near.hit.end  # "Complexo da Maré, Zona Norte do Rio"
    if admin1 is None and admin1_name is None and hit.kind != "country":
        unit = _nearest(hit, same, cc) or _nearest(hit, found, cc)
        if unit is None and hit.kind == "locality":
            container = _container(gaz, place, found, text)
            unit = container if container is not None and container is not hit else None
        if unit is not None:
            support.append(unit)
            admin1, admin1_name = unit.admin1, unit.admin1_name
            cc = unit.country or cc
            if lat is None and unit.kind == "admin1":
                lat, lon, precision = unit.lat, unit.lon, unit.geo_precision
            elif lat is None and admin1 in gaz.admin1:
                row = gaz.admin1[admin1]
                lat, lon, precision = row.lat, row.lon, 4
    cc = cc or country
    if lat is None:
        country_row = gaz.countries.get(cc) if cc else None
        lat, lon = (country_row.lat, country_row.lon) if country_row else (None, None)
        precision = 6
    for f in same.items:
        if f.hit.kind == "country" and f.hit.country == cc:
            support.append(f.hit)
            break
    for f in same.items:
        if f.hit.kind == "admin1" and admin1 and f.hit.admin1 == admin1:
            support.append(f.hit)
            break
    if admin1 in ADMIN1_REPORTED:  # a governorate reported as its territory ("PS-GZA")
        admin1, admin1_name = ADMIN1_REPORTED[admin1]
    unique = sorted(set(support), key=lambda h: (h.start, h.end))
    return Location(
        text[start:end],
        start,
        end,
        admin1,
        admin1_name,
        cc,
        lat,
        lon,
        precision,
        tuple(unique),
    )


def _nearest(hit: PlaceHit, hits: Hits, cc: str | None) -> PlaceHit | None:
    """The first-level division (of ``cc``) named nearest ``hit``; the earlier one on a tie."""
    starts, units = hits.units(cc)
    if not units:
        return None
    k = bisect.bisect_left(starts, hit.start)
    around = [bisect.bisect_left(starts, starts[k - 1])] if k > 0 else []
    around += [k] if k < len(units) else []
    return min((units[i] for i in around), key=lambda u: abs(u.start - hit.start))
