"""Choosing the incident's place among the hits of a text (DESIGN.md's place rules): the country,
the most precise place near the focus, a more precise one that lies in it, and what completes it."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from forcewatch.extractor.places.model import Location, PlaceHit, _Found
from forcewatch.extractor.places.patterns import (
    _ATTACH,
    _LOCATIVE_BEFORE,
    _SENTENCE_BREAK_RE,
    _WINDOW,
    fold,
)

if TYPE_CHECKING:
    from forcewatch.extractor.places.gazetteer import Gazetteer


def locate_in(
    gaz: Gazetteer,
    found: list[_Found],
    text: str,
    focus: tuple[int, int] | None,
    country_hint: str | None,
) -> Location | None:
    """:meth:`Gazetteer.locate` on the hits of ``text`` that :func:`find_all` found."""
    if not found:
        return None
    window = found
    anchor: float | None = None
    by_dateline = False
    dateline = next((f.hit for f in found if f.role == "dateline"), None)
    if focus is None and dateline is not None:  # no focus: the dateline and the lede
        focus, by_dateline = (dateline.start, dateline.end + _WINDOW), True
    if focus is not None:
        lo, hi = focus[0] - _WINDOW, focus[1] + _WINDOW
        window = [f for f in found if f.hit.end >= lo and f.hit.start <= hi] or found
        anchor = float(focus[0]) if by_dateline else (focus[0] + focus[1]) / 2
    country = _choose_country(gaz, window, anchor, country_hint, by_dateline)
    same = [f for f in window if f.hit.country in (country, None)]
    if not same:
        return None
    place = _choose_place(gaz, same, anchor, text, by_dateline)
    if focus is not None and not by_dateline:
        place = _refine(gaz, place, [f for f in found if f.hit.country in (country, None)], text)
    return _complete(gaz, place, same, found, country, text)


def _choose_country(
    gaz: Gazetteer, window: list[_Found], anchor: float | None, hint: str | None, by_dateline: bool
) -> str | None:
    weights: dict[str, float] = {}
    first: dict[str, int] = {}
    for f in window:
        cc = f.hit.country
        if cc is None:
            continue
        w = 1.0
        if anchor is not None:
            w = 1.0 / (1.0 + abs((f.hit.start + f.hit.end) / 2 - anchor) / 100)
        if f.role == "dateline" and not by_dateline:
            w *= 0.2  # "GINEBRA (EFE)": where the reporter was, not the incident
        weights[cc] = weights.get(cc, 0.0) + w
        first.setdefault(cc, f.hit.start)
    if hint and (hint in weights or not weights):
        return hint
    if not weights:
        return None
    return max(weights, key=lambda cc: (weights[cc], -first[cc]))


def _rank(f: _Found) -> int:
    """Lower is more precise."""
    if f.hit.kind == "locality":
        return {"zone": 1, "adm": 3, "local": 3}.get(f.role, 0)
    if f.role == "sub":  # a neighbourhood the gazetteer knows ("the Englewood neighborhood")
        return 0
    return {"city": 2, "admin2": 3, "admin1": 4, "country": 5}[f.hit.kind]


def _choose_place(
    gaz: Gazetteer, hits: list[_Found], anchor: float | None, text: str, by_dateline: bool
) -> _Found:
    has_known = any(f.hit.kind in ("city", "admin2") or f.role == "zone" for f in hits)

    def order(f: _Found) -> tuple[int, float, float]:
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
        return rank, (f.role == "dateline") * 2 + bare, abs(where - anchor)

    return min(hits, key=order)


def _refine(gaz: Gazetteer, place: _Found, hits: list[_Found], text: str) -> _Found:
    """A more precise place elsewhere in the text that lies within the chosen one.

    The focus window may only name the city ("Nampula police said") while the lede gave the
    neighbourhood ("no bairro de Muhala, na cidade de Nampula"): the neighbourhood wins when
    it is tied to the same city (or lies in the same state or country, for a state or a
    country) and no other candidate competes with it.
    """
    rank = _rank(place)
    better: list[_Found] = []
    for f in hits:
        r = _rank(f)
        if r >= rank or f.hit.kind == "country":
            continue
        if r == 0 and f.role != "occ" and not _attached(gaz, f, hits, text):
            continue
        container = _container(gaz, f, hits, text)
        if container is None:
            continue
        if container.kind in ("admin1", "admin2") and place.hit.kind in ("city", "admin2"):
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


def _container(gaz: Gazetteer, f: _Found, hits: list[_Found], text: str) -> PlaceHit | None:
    """The known place a hit lies in: itself when the gazetteer knows it, else the place it
    is written with, else the one first-level division the whole text is about."""
    if f.hit.lat is not None or f.hit.admin1 is not None:
        return f.hit
    near = _attached(gaz, f, hits, text)
    if near is not None:
        return near.hit
    admin1s = {h.hit.admin1 for h in hits if h.hit.admin1}
    if len(admin1s) == 1:
        return next(h.hit for h in hits if h.hit.admin1)
    return None


def _attached(gaz: Gazetteer, loc: _Found, hits: list[_Found], text: str) -> _Found | None:
    """The known place nearest a locality in its sentence ("barrio X de Caracas"); the
    dateline counts for the first sentence ("MANILA - ... raided a house in Tondo")."""
    best: _Found | None = None
    best_key = (0, 0)
    for f in hits:
        if f is loc:
            continue
        if f.hit.kind not in ("city", "admin2", "admin1") and f.role != "zone":
            continue
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
    same: list[_Found],
    found: list[_Found],
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
                precision = 2 if place.role in ("sub", "local") else 3
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
    for f in same:
        if f.hit.kind == "country" and f.hit.country == cc:
            support.append(f.hit)
            break
    for f in same:
        if f.hit.kind == "admin1" and admin1 and f.hit.admin1 == admin1:
            support.append(f.hit)
            break
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


def _nearest(hit: PlaceHit, hits: list[_Found], cc: str | None) -> PlaceHit | None:
    units = [f.hit for f in hits if f.hit.kind == "admin1" and (cc is None or f.hit.country == cc)]
    return min(units, key=lambda u: abs(u.start - hit.start)) if units else None
