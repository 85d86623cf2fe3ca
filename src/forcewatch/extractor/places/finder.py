"""Finding every place mention in a text: the heuristics that tell a place from a person, a
street or a newspaper, and localities the gazetteer lacks from the cues around them."""

from __future__ import annotations

import bisect
import itertools
import math
import re
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Generic, TypeVar

from forcewatch.extractor.dates import MONTHS, WEEKDAYS
from forcewatch.extractor.places.model import PlaceHit, _City, _Found, _Loc, _Match
from forcewatch.extractor.places.patterns import (
    _ALL_LANG_COUNTRIES,
    _AP_STATE_RE,
    _APPOSITION_RE,
    _ARTICLES,
    _BIG_CITY,
    _COMMA_THEN_PLACE_RE,
    _CONNECTORS,
    _COUNTED_NOUNS,
    _CUE_COUNTRIES,
    _CUE_RE,
    _CUE_TRIGGERS,
    _EXTENDABLE_HEADS,
    _FIRST_NAMES,
    _FUNCTION_WORDS,
    _GENERIC_CUES,
    _LANG_COUNTRIES,
    _LOCAL_NAME,
    _MAX_TOKENS,
    _MONTHS,
    _NAME_BEFORE_COMMA_RE,
    _NAME_BEFORE_RE,
    _NAME_END_RE,
    _NEEDS_CUE_ADMIN1,
    _NEIGHBOUR_BEFORE_RE,
    _NUMERAL_OPENERS,
    _OFFICE_WORDS,
    _PERSON_COUNTRIES,
    _POSTFIX_TRIGGERS,
    _QUALIFIER_RE,
    _SENTENCE_OPENERS,
    _SIDE_RE,
    _SMALL_PLACE,
    _STOP_NAMES,
    _STREET_BEFORE_RE,
    _SURNAMES,
    _TITLES,
    _ZONE_RE,
    _ZONE_TRIGGERS,
    AGENTS,
    DEMONYM_FORMS,
    DEMONYMS,
    MASK_ADMIN1,
    MASK_ADMIN2,
    MASK_ADMIN2_CORE,
    MASK_CITY,
    MASK_COUNTRY,
    MASK_KINDS,
    ORIGIN_BEFORE_RE,
    POSTFIX_OF_ONLY,
    POSTFIX_PARTS,
    QUALIFIER_ABBREVIATIONS,
)
from forcewatch.extractor.places.tokens import _Text
from forcewatch.text import fold

if TYPE_CHECKING:
    from forcewatch.extractor.places.gazetteer import Gazetteer

T = TypeVar("T")


class _Spans(Generic[T]):
    """Spans ``[start, end)`` with an item each, kept sorted by start: the spans near a range
    come out in O(log n) instead of a scan of all of them (a long report has thousands)."""

    __slots__ = ("_items", "_longest", "_starts")

    def __init__(self, spans: Iterable[tuple[int, int, T]] = ()) -> None:
        ordered = sorted(spans, key=lambda s: s[0])
        self._starts = [s for s, _, _ in ordered]
        self._items = ordered
        self._longest = max((e - s for s, e, _ in ordered), default=0)

    def add(self, start: int, end: int, item: T) -> None:
        k = bisect.bisect_right(self._starts, start)
        self._starts.insert(k, start)
        self._items.insert(k, (start, end, item))
        self._longest = max(self._longest, end - start)

    def near(self, lo: int, hi: int) -> list[tuple[int, int, T]]:
        """Every span that starts in ``[lo - longest, hi]``: all those that reach ``lo`` or
        start by ``hi``, and a few more; callers test their own condition on them."""
        a = bisect.bisect_left(self._starts, lo - self._longest)
        b = bisect.bisect_right(self._starts, hi)
        return self._items[a:b]


_WORD_RE = re.compile(r"[^\W\d_]+")


# A country's name that names a broadcaster: "France 24", "Russia Today", "Venezuela TV".
_BROADCASTER_AFTER_RE = re.compile(
    r"[ \t]+(?:24|TV|Today|Televisi[oó]n|Televis[aã]o|Television|Radio|R[aá]dio)\b"
)

# A country's name that says whose mission a building is: "the march to the US embassy in
# central Athens" is in Greece
_MISSION_AFTER_RE = re.compile(
    r"[ \t]+(?:embassy|consulate|high[ \t]+commission|embassies|consulates)\b", re.IGNORECASE
)


def find_nationalities(text: str) -> list[tuple[int, int, str]]:
    """Demonyms that qualify state forces or their means, with the country they name:
    "Israeli forces struck", "Nigerian Army soldiers", "la policía colombiana"."""
    out: list[tuple[int, int, str]] = []
    for m in _WORD_RE.finditer(text):
        word = m.group()
        if len(word) < 4 or word[0].isdigit():
            continue
        cc = DEMONYMS.get(fold(word)) if word.lower() in DEMONYM_FORMS else None
        if not cc:
            continue
        after = text[m.end() : m.end() + 40].split()[:3]
        before = text[max(0, m.start() - 40) : m.start()].split()[-3:]
        if any(fold(w.strip(".,;:()")) in AGENTS for w in (*after, *before)):
            out.append((m.start(), m.end(), cc))
    return out


_POLICE_NEAR_RE = re.compile(r"\bpol[ií]c|\bcarabiner|\bgendarm", re.IGNORECASE)

# "after Fano fighters fired on a patrol": a name the text gives an armed group
_GROUP_NAME_RE = re.compile(
    r"\b([A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+){0,2})\s+(?:fighters|militia(?:s|men)?|militants|"
    r"rebels|insurgents|guerrillas)\b"
)


def _group_names(text: str) -> set[str]:
    """The folded names the text uses for armed groups ("Fano fighters", "M23 rebels")."""
    return {fold(m.group(1)) for m in _GROUP_NAME_RE.finditer(text)}


# an indefinite article before a street's word: "una calle de X" is a street somewhere in X
_SOME_STREET_RE = re.compile(r"\b(?:una|uma|numa|um|un|cierta|certa)\s+$", re.IGNORECASE)
# The second street of a corner: "en la esquina de Juan B. Justo y Santiago del Estero",
# "no cruzamento da Rua X com a Bahia".
_CORNER_SECOND_RE = re.compile(
    r"\b(?:esquina|cruce|intersecci[oó]n|cruzamento|corner)\s+(?:(?:de|da|do|del|of)\s+)?"
    r"(?:(?:la|las|las\s+calles|a|as|the)\s+)?[^,;:]{1,40}?\s+(?:y|e|con|com|and)\s+"
    r"(?:(?:la|a|o|the)\s+)?(?:(?:calle|avenida|av\.?|rua|street|avenue)\s+)?$",
    re.IGNORECASE,
)
_DIVISION_BEFORE_RE = re.compile(
    r"\b(?:departamento|estado|provincia|província|regi[oó]n|região|state|province)\s+"
    r"(?:(?:de|del|do|da|of)\s+)?(?:la\s+)?$",
    re.IGNORECASE,
)
_CALENDAR = frozenset(fold(name) for name in (*MONTHS, *WEEKDAYS))
_MAJORITY_NAMES = 3  # distinct places of one country that make it the report's country
_DATE_NAME_RE = re.compile(rf"(?i:{_MONTHS})[ \t]+(?:(?:de|of)[ \t]+)?(?:19|20)\d\d\b")
_DAY_BEFORE_RE = re.compile(r"\b\d{1,2}[ \t]+(?:de[ \t]+)?$")


# A speaker's name in capitals at a line's head, before a colon: "CLARA WHITFIELD:", "GOBERNADOR:",
# "PREGUNTA (Lorena Gastélum):"
_SPEAKER_RE = re.compile(
    r"^[ \t]*((?:[A-ZÀ-Þ][A-ZÀ-Þ'’.-]*\s+){0,4}[A-ZÀ-Þ][A-ZÀ-Þ'’.-]+)(?:\s*\([^)\n]{0,60}\))?:",
    re.MULTILINE,
)


def _speaker_labels(text: str) -> list[tuple[int, int]]:
    """The spans of a transcript's speaker labels: capitals before a colon at the heads of two
    lines or more (a dateline in capitals, "NEW DELHI:", opens one line only)."""
    found = [(m.group(1), m.start(1), m.end(1)) for m in _SPEAKER_RE.finditer(text)]
    counts = Counter(name for name, _, _ in found)
    return [(start, end) for name, start, end in found if counts[name] >= 2]


def find_all(gaz: Gazetteer, text: str, lang: str | None, hint: str | None) -> list[_Found]:
    """Every place mention of ``text`` in order, with its role; ``hint`` is a likely country."""
    doc = _Text(text, lang)
    matches = _scan(gaz, doc)
    for m in matches:
        if m.mask & (MASK_COUNTRY | MASK_ADMIN1):
            doc.place_starts.add(m.i)
            doc.place_ends.add(m.j)
        if m.mask & MASK_COUNTRY and m.key in gaz.country_idx:
            doc.country_keys.setdefault(gaz.country_idx[m.key], set()).add(m.key)
    claimed, localities = _cues(gaz, doc, matches)
    # "1 de Junho de 2024", "Junio de 2024": a date written with a capital, not a locality
    dates = [
        loc
        for loc in localities
        if _DATE_NAME_RE.match(text, loc.start) is not None
        or (
            re.fullmatch(rf"(?i:{_MONTHS})", text[loc.start : loc.end]) is not None
            and _DAY_BEFORE_RE.search(text, max(0, loc.start - 12), loc.start) is not None
        )
    ]
    localities = [loc for loc in localities if loc not in dates]  # still claimed: no town inside
    extra = _ap_towns(gaz, doc, matches, claimed, localities)
    towns = {(f.hit.start, f.hit.end) for f in extra}
    localities = [loc for loc in localities if (loc.start, loc.end) not in towns]
    cover = _Spans((s, e, None) for s, e in claimed)
    for m in matches:
        if any(s <= m.start and m.end <= e for s, e, _ in cover.near(m.start, m.start)):
            m.dropped = True
    _qualify(gaz, doc, matches, localities)
    spans = _Spans((*m.qualifier_span, None) for m in matches if m.qualifier_span is not None)
    for m in matches:  # "IL" in "Chicago, IL" is the state, not a town called Il
        if any(qs <= m.start < qe for qs, qe, _ in spans.near(m.start, m.start)):
            m.dropped = True
    speakers = _Spans((s, e, None) for s, e in _speaker_labels(text))
    for m in matches:  # "CLARA WHITFIELD: So, Tiago, ...": a transcript's speaker, no town
        if any(s <= m.start and m.end <= e for s, e, _ in speakers.near(m.start, m.start)):
            m.dropped = True
    ctx_admin1, ctx_country = _context(gaz, doc, matches)
    said = set(ctx_country)
    live = [m for m in matches if not m.dropped]
    first = [f for m in live for f in _classify(gaz, doc, m, ctx_admin1, ctx_country, hint)]
    first += [
        _resolve_locality(gaz, doc, loc, ctx_admin1, ctx_country)
        for loc in localities
        if loc.kind in ("adm", "zone")
    ]
    # big cities, municipalities, datelines tell which state the text is about; a county of
    # another state of the dateline's country was only a guess ("HONESDALE — ... Wayne County")
    datelines = {(f.hit.country, gaz.key_of(f.hit)) for f in first if f.role == "dateline"}
    # what only a big city's own first reading put in the context: no evidence for that name's
    # reading ("Hamilton" in Ontario, beside "a Melbourne hospital"), though it is for others'
    # ("the city's Crown Point neighbourhood" in a report on Hamilton, Ontario)
    guessed: dict[str, str] = {}  # a unit -> the name that alone put it there
    for f in first:
        big = f.hit.kind == "city" and (f.hit.population or 0) >= _BIG_CITY
        if f.role == "adm" and any(
            cc == f.hit.country and key != gaz.key_of(f.hit) for cc, key in datelines
        ):
            continue
        if (big or f.role in ("adm", "zone", "dateline")) and f.hit.country:
            told = f.role in ("adm", "zone", "dateline")  # a division or a dateline says so
            for unit in (gaz.key_of(f.hit), f.hit.country):
                if told:
                    guessed.pop(unit, None)
                elif unit not in ctx_admin1 and unit not in ctx_country:
                    guessed[unit] = fold(f.hit.text)
            ctx_admin1.add(gaz.key_of(f.hit))
            ctx_country.add(f.hit.country)
    # the names that stand for each country in the text: a homonym abroad that nothing else
    # supports is the one to doubt
    supports: dict[str, set[str]] = {}
    for f in first:
        if f.hit.country:
            supports.setdefault(f.hit.country, set()).add(fold(f.hit.text))
    # the countries the report gives beyond doubt: those it names, and its agents' nationality
    # ("la Policía Boliviana"); else the one most of its places belong to, by far (a big city
    # alone is no such evidence: "Hospital de Santa Maria" is no town in Brazil). A small town
    # of another country with the same name is not meant.
    # the countries named as places, not only as the agents' nationality ("Israeli forces" act
    # in Jenin, which stays in Palestine)
    firm = frozenset(
        said
        | {  # "departamento de La Paz": a division told as one
            f.hit.country
            for f in first
            if f.hit.kind == "admin1"
            and f.hit.country
            and _DIVISION_BEFORE_RE.search(text, max(0, f.hit.start - 20), f.hit.start)
        }
    )
    nationalities = find_nationalities(text)
    # a police force acts at home ("la Policía Boliviana"); an army's forces may act abroad
    firm |= {
        cc
        for start, end, cc in nationalities
        if _POLICE_NEAR_RE.search(text, max(0, start - 30), min(len(text), end + 30))
    }
    named = firm | {cc for _, _, cc in nationalities}
    if hint and not named:
        # only a force that one state fields tells the country ("la PMOP", "los carabineros"):
        # it works at home
        named = frozenset({hint})
    if not named and supports:
        ranked = sorted(supports, key=lambda cc: len(supports[cc]), reverse=True)
        top = len(supports[ranked[0]])
        runner = len(supports[ranked[1]]) if len(ranked) > 1 else 0
        if top >= _MAJORITY_NAMES and top > 2 * runner:
            named = frozenset(ranked[:1])
    doc.colocated = _colocated(gaz, doc, live)
    # (and what only doubtful readings put there: "Ontario" read as the Californian city may be
    # the province, so it says nothing of which Hamilton is meant); asked once per unit
    doubtful = frozenset(
        unit for unit, key in guessed.items() if _doubtful(gaz, key, unit, ctx_admin1)
    )
    by_name: dict[str, set[str]] = {}
    for unit, key in guessed.items():
        by_name.setdefault(key, set()).add(unit)
    found = []
    for m in live:
        own = doubtful | by_name.get(m.key, set())
        found += _classify(gaz, doc, m, ctx_admin1, ctx_country, hint, named, supports, firm, own)
    found = _neighbourhoods_of_big_cities(gaz, found)
    found = _parts_before_their_city(gaz, text, found)
    for f in found:
        if f.hit.kind in ("city", "admin2"):
            ctx_admin1.add(gaz.key_of(f.hit))
        if f.hit.country:
            ctx_country.add(f.hit.country)
    for loc in localities:
        found.append(_resolve_locality(gaz, doc, loc, ctx_admin1, ctx_country))
    found += extra
    groups = _group_names(text)
    if groups:
        # "passing information to Fano" after "Fano fighters": the group, neither a town abroad
        # of that name nor a settlement the gazetteer lacks (a known town of the report's
        # country stays: "Jenin militants" and Jenin; so does a division: "Kachin rebels")
        found = [
            f
            for f in found
            if fold(f.hit.text) not in groups
            or f.hit.kind in ("country", "admin1")
            or (f.hit.kind in ("city", "admin2") and f.hit.country in named)
        ]
    for f in found:  # "the border with Venezuela": a neighbour, not where it happened
        if f.hit.kind == "country" and _NEIGHBOUR_BEFORE_RE.search(
            text[max(0, f.hit.start - 60) : f.hit.start]
        ):
            f.role = "neighbour"
        elif f.hit.kind in ("admin1", "admin2", "city") and _BOUNDARY_BEFORE_RE.search(
            text, max(0, f.hit.start - 50), f.hit.start
        ):
            # "a pocos kilómetros del límite con el departamento del Valle", "na divisa com
            # Goiás": the division across the line, not where it happened
            f.role = "boundary"
        elif f.hit.kind == "country" and _agents_after(text, f.hit.end):
            # "US warplanes", "a US-led coalition airstrike": a force that strikes abroad
            f.role = "agents_abroad" if _abroad_after(text, f.hit.end) else "agents"
        elif (
            f.hit.kind != "country"
            and not f.role
            and (
                _COURT_AFTER_RE.match(text, f.hit.end)
                or _COURT_BEFORE_RE.search(text[max(0, f.hit.start - 40) : f.hit.start])
            )
        ):
            # "a Kampala court", "Isfahan's Revolutionary Court": its seat; "la Fiscalía de
            # Menores", "a Vara da Infância": a prosecutor's or a court's branch, or its seat
            f.role = "court"
        elif (
            f.hit.kind != "country"
            and f.role in ("", "local", "sub")
            and _SAINT.match(f.hit.text)
            and _INSTITUTION_BEFORE_RE.search(text[max(0, f.hit.start - 30) : f.hit.start])
        ):
            f.role = "institution"  # "el hospital San José de Maicao": a saint's name, no town
        elif (
            f.hit.kind in ("city", "locality", "admin2")
            and f.role in ("", "local")
            and _HOSPITAL_TITLE_BEFORE_RE.search(text, max(0, f.hit.start - 40), f.hit.start)
            and _TOWN_AFTER_RE.match(text, f.hit.end)
        ):
            # "no Hospital Governador Celso Ramos, em Florianópolis": the hospital's name is a
            # town's elsewhere; its own town follows
            f.role = "institution"
        elif (
            f.hit.kind in ("city", "locality", "admin2")
            and f.role in ("", "local")
            and _HOSPITAL_AFTER_RE.match(text, f.hit.end)
            and _TAKEN_TO_BEFORE_RE.search(text[max(0, f.hit.start - 12) : f.hit.start])
        ):
            # "in critical condition in an Edmonton hospital after he was shot ... in
            # Maskwacis": where the wounded were treated, not where they were hurt (its region
            # still tells where, when the town is one the gazetteer does not know)
            f.role = "treated"
        elif (
            f.hit.kind in ("city", "locality", "admin2")
            and f.role in ("", "local")
            and _HOSPITAL_NAME_AFTER_RE.match(text, f.hit.end)
        ):
            # "taken to the Luton and Dunstable University Hospital": a hospital's own name,
            # where someone was treated, not where the harm was
            f.role = "treated"
        elif (
            f.hit.kind in ("city", "locality", "admin2")
            and f.role in ("", "local")
            and _HOSPITAL_IN_BEFORE_RE.search(text[max(0, f.hit.start - 40) : f.hit.start])
        ):
            # "Dellwood died Monday at a hospital in Macon", "murió en un hospital de Cali": the
            # town of the hospital
            f.role = "treated"
        elif (
            f.hit.kind in ("city", "locality", "admin2")
            and f.role in ("", "local")
            and _NAMED_HOSPITAL_BEFORE_RE.search(text, max(0, f.hit.start - 90), f.hit.start)
        ):
            # "no Hospital Governador Celso Ramos, em Florianópolis", "en el Hospital Dr. Hernán
            # Henríquez Aravena de Temuco": a hospital's own name, then its town
            f.role = "treated"
        elif (
            f.hit.kind in ("city", "locality", "admin2")
            and f.role in ("", "local")
            and (
                (
                    _STATION_AFTER_RE.match(text, f.hit.end)
                    and _FROM_TO_BEFORE_RE.search(text, max(0, f.hit.start - 12), f.hit.start)
                )
                or _FROM_BASE_IN_RE.search(text, max(0, f.hit.start - 60), f.hit.start)
            )
        ):
            # "officers from Ahero Police Station", "driven to Ahero Police Station": the
            # agents' base, where someone was taken, not the scene ("in the lock-up of Madanpur
            # police station" stays)
            f.role = "institution"
        elif f.role in ("", "local") and ORIGIN_BEFORE_RE.search(
            text[max(0, f.hit.start - 30) : f.hit.start]
        ):
            f.role = "origin"  # "natural de Uribia": where someone comes from
    found.sort(key=lambda f: (f.hit.start, -f.hit.end))
    return found


# an institution named for a saint, right after its noun ("el hospital San José"; not "el hospital
# de Maicao", nor "el Hospital Quito N.° 1", in Quito)
_SAINT = re.compile(r"(?:San|Santa|Santo|S[aã]o|St\.?|Saint|Sainte|Nuestra|Nossa)\s")
_HOSPITAL_AFTER_RE = re.compile(
    r"(?:[ \t]+(?:area|city|regional|general|trauma|children's))?[ \t]+(?:hospitals?|medical\s+"
    r"cent(?:er|re)|trauma\s+cent(?:er|re)|clinic)\b",
    re.IGNORECASE,
)
_HOSPITAL_NAME_AFTER_RE = re.compile(
    r"(?:[ \t]+(?:and|&)[ \t]+[A-Z][\w'’-]+)?(?:[ \t]+(?:University|General|Regional|District|"
    r"Teaching|Royal|County|Memorial|Community|Children's|Infirmary))*[ \t]+(?:Hospital|Infirmary)\b"
)
_HOSPITAL_IN_BEFORE_RE = re.compile(
    r"\b(?:at|in|to)\s+(?:an?|the)\s+(?:[\w-]+\s+)?(?:hospital|clinic|medical\s+cent(?:er|re))\s+"
    r"(?:in|near)\s+$|\b(?:en|a|al)\s+(?:un|el)\s+(?:hospital|centro\s+de\s+salud|cl[ií]nica)\s+"
    r"(?:de|en)\s+$|\b(?:em|para|a|ao|num|no)\s+(?:um\s+)?(?:hospital|pronto-socorro)\s+(?:de|em)\s+$",
    re.IGNORECASE,
)
# the words that say what kind of hospital it is, not whose: "Hospital Regional", "General"
_HOSPITAL_KIND = (
    r"(?:General|Geral|Regional|Municipal|Provincial|Departamental|Estadual|Central|Nacional|"
    r"Universit[aá]rio|Distrital)"
)
_HOSPITAL_TITLE_BEFORE_RE = re.compile(
    rf"\b(?-i:Hospital|Cl[ií]nica|Sanat[oó]rio|Policl[ií]nica)\s+(?:{_HOSPITAL_KIND}\s+)?$"
)
_TOWN_AFTER_RE = re.compile(
    r",\s*(?:em|en|in)\s+[A-ZÁÉÍÓÚÂÊÔÃÕÇÑ]|\s+(?:de|do|da)\s+[A-ZÁÉÍÓÚÂÊÔÃÕÇÑ]"
)
_BOUNDARY_BEFORE_RE = re.compile(
    r"\b(?:l[ií]mites?|divisa|boundary|state\s+line|county\s+line)\s+(?:con|com|with)\s+"
    r"(?:el\s+|la\s+|o\s+|a\s+|the\s+)?(?:(?:departamento|estado|provincia|munic[ií]pio|"
    r"municipio|state|province|county)\s+)?(?:del?\s+|d[oa]\s+|of\s+)?$",
    re.IGNORECASE,
)
_ACCORDING_TO_RE = re.compile(r"\baccording\s+to\s+$", re.IGNORECASE)
_STATION_AFTER_RE = re.compile(
    r"\s+(?:police\s+(?:station|post|headquarters)|(?:army\s+)?barracks|military\s+base)\b",
    re.IGNORECASE,
)
# "came from the Mobile Squad base in Mount Hagen": where the agents are based
_FROM_BASE_IN_RE = re.compile(
    r"\bfrom\s+(?:the\s+|a\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,4}?(?:base|barracks|police\s+"
    r"station|camp|headquarters)\s+(?:in|at)\s+$",
    re.IGNORECASE,
)
_FROM_TO_BEFORE_RE = re.compile(r"\b(?:from|to)\s+(?:the\s+)?$", re.IGNORECASE)
# (a name of its own, someone's: "Hospital General de Nogales" is the town's general hospital,
# which may well be where it happened)
_NAMED_HOSPITAL_BEFORE_RE = re.compile(
    r"\b(?i:hospital|cl[ií]nica|sanat[oó]rio|policl[ií]nica)\s+"
    rf"(?:{_HOSPITAL_KIND}\s+)*(?!{_HOSPITAL_KIND}\b)"
    r"(?:(?:[A-ZÁÉÍÓÚÂÊÔÃÕÇÑ][\w.'’-]*|de|del|da|do|dos|das|y|e)\s+){0,6}?"
    r"[A-ZÁÉÍÓÚÂÊÔÃÕÇÑ][\w.'’-]*(?:,\s*(?i:em|en|in)|\s+(?:de|do|da|in))\s+$"
)
_TAKEN_TO_BEFORE_RE = re.compile(r"\b(?:in|at|to)\s+(?:an?|the)\s+$", re.IGNORECASE)
_INSTITUTION_BEFORE_RE = re.compile(
    r"\b(?:hospital|cl[ií]nica|sanatorio|colegio|col[eé]gio|escuela|escola|liceo|instituto|"
    r"universidad|universidade|iglesia|igreja|parroquia|par[oó]quia|capilla|capela|catedral|"
    r"cathedral|church|school|college|estadio|est[aá]dio|stadium|cementerio|cemit[eé]rio|"
    r"cemetery|penal|penitenciar[ií]a|prisi[oó]n|pris[aã]o|c[aá]rcel|"
    # (its name may follow "de": "o Hospital de São Bernardo", "la iglesia de San Roque")
    r"comisar[ií]a|delegacia)"
    # ("el Hospital General San Juan de Dios", "o Hospital Regional São Lucas")
    r"(?:[ \t]+(?:general|geral|regional|central|universitario|universit[aá]rio|municipal|"
    r"departamental|provincial|estadual|distrital|p[uú]blico))?(?:[ \t]+de)?[ \t]+$",
    re.IGNORECASE,
)
_COURT_AFTER_RE = re.compile(
    r"(?:['’]s)?(?:\s+(?:[A-Z][a-z]+|First|Second|High|Supreme|Appeals?|Criminal|Military|"
    r"Revolutionary|District|Magistrates?'?|Instance)){0,3}\s+(?:[Cc]ourt|[Tt]ribunal)\b|"
    # "the Madurai Bench of the Madras High Court": a court's bench sitting in the town
    r"\s+(?:Bench|Division|Chamber|Circuit)\s+of\s+the\s+(?:[A-Z][a-z]+\s+){0,3}(?:Court|Tribunal)\b"
)
_COURT_BEFORE_RE = re.compile(
    # "the Coroner's Court in Ampthill", "a tribunal sitting at Taunton": the court's seat
    r"\b(?:Court|court|Tribunal|tribunal)(?:[ \t]+sitting)?[ \t]+(?:in|at)[ \t]+$|"
    r"\b(?:Fiscal[ií]a|Juzgado|Tribunal|Procuradur[ií]a|Promotoria|Vara|Juizado|Comarca)"
    r"(?:[ \t]+(?:[A-ZÁÉÍÓÚ][\wáéíóúâêôãõç]+|Penal|Civil|Federal|Especializada|Provincial))?"
    r"[ \t]+(?:de|da|do|del|dos|das)[ \t]+(?:(?:la|los|las|el|a|o)[ \t]+)?$"
)
_AGENTS_AFTER_RE = re.compile(r"(?:['’]s|-led|-backed)?[ \t]+([A-Za-zÀ-ÿ]+)")


def _agents_after(text: str, end: int) -> bool:
    """A country named as the agents' side, not as a place: "US forces launched airstrikes",
    "Israel's military", "Saudi and UAE-led forces"."""
    m = _AGENTS_AFTER_RE.match(text, end, min(len(text), end + 40))
    return m is not None and fold(m.group(1)) in AGENTS


_ABROAD_AFTER_RE = re.compile(
    r"(?:-led|-backed|[ \t]+(?:coalition|war[ \t]?planes?|fighter[ \t]+jets?|jets|aircraft|"
    r"air[ \t]?strikes?|drones?|drone[ \t]+strikes?|missiles?|navy|warships?))\b",
    re.IGNORECASE,
)


def _abroad_after(text: str, end: int) -> bool:
    return _ABROAD_AFTER_RE.match(text, end, min(len(text), end + 40)) is not None


# "..., the US military said": the force that speaks, which is no evidence of where it acted
_SPEAKING_AFTER_RE = re.compile(
    r"(?:['’]s)?[ \t]+(?:[A-Za-z]+[ \t]+){1,3}?(?:said|says|announced|confirmed|claimed|stated)\b"
)


def _speaking_after(text: str, end: int) -> bool:
    return _SPEAKING_AFTER_RE.match(text, end, min(len(text), end + 40)) is not None


def _neighbourhoods_of_big_cities(gaz: Gazetteer, found: list[_Found]) -> list[_Found]:
    """ "The Washington Heights neighborhood" in a story that names Chicago is a part of
    Chicago, not the place of that name in another state: a neighbourhood-cued city of one
    state beside a big city of another becomes a locality, to be completed from the city."""
    subs = {fold(f.hit.text) for f in found if f.role == "sub" and f.hit.kind == "city"}
    big = {
        f.hit.admin1
        for f in found
        if f.hit.kind == "city"
        and fold(f.hit.text) not in subs
        and (f.hit.population or 0) >= _BIG_CITY
    }
    moved = {
        fold(f.hit.text)
        for f in found
        if f.role == "sub" and f.hit.kind == "city" and big and f.hit.admin1 not in big
    }
    # "no bairro Morumbi, em Uberlândia ... a UAI Morumbi": the neighbourhood named again
    # without its cue is still the neighbourhood, not the town of that name in another state
    local = {fold(f.hit.text) for f in found if f.role == "sub" and f.hit.kind == "locality"}
    out = []
    for f in found:
        again = (
            fold(f.hit.text) in local
            and big
            and f.hit.admin1 not in big
            and (f.hit.population or 0) < _BIG_CITY
        )
        if f.hit.kind == "city" and (fold(f.hit.text) in moved or again):
            h = f.hit
            f = _Found(gaz.locality_hit(h.start, h.end, h.text, h.country), "sub")
        out.append(f)
    return out


_PART_OF_RE = re.compile(r",\s*|\s+(?:de|del|do|da|of|in|en|em|no|na)\s+")


def _parts_before_their_city(gaz: Gazetteer, text: str, found: list[_Found]) -> list[_Found]:
    """ "NU 29, Motherwell, Gqeberha", "la Ciudad Universitaria de Tegucigalpa": a town of one
    country written just before a bigger city of another, with a comma or "de", "of", "in"
    between, is a part of that city (Motherwell, Eastern Cape, not Scotland; the campus in
    Honduras, not Madrid's), wherever the report names it."""
    moved: dict[str, str] = {}
    for a, b in itertools.pairwise(found):
        if (
            a.hit.kind == "city"
            and b.hit.kind == "city"
            and a.hit.country
            and b.hit.country
            and a.hit.country != b.hit.country
            and (b.hit.population or 0) > (a.hit.population or 0)
            and _PART_OF_RE.fullmatch(text, a.hit.end, b.hit.start)
        ):
            moved[fold(a.hit.text)] = b.hit.country
    if not moved:
        return found
    out = []
    for f in found:
        cc = moved.get(fold(f.hit.text)) if f.hit.kind == "city" else None
        if cc is not None and f.hit.country != cc:
            h = f.hit
            f = _Found(gaz.locality_hit(h.start, h.end, h.text, cc), "sub")
        out.append(f)
    return out


# The Arabic article glued to the next word of a name ("al-Tabbaneh", "el-Fasher", "ash-Shati"),
# as the tokens hold it: "al tabbaneh"
# words that open longer names ("San Camilo", "Santa Rita", "Puerto Nuevo") or a city's
# metropolitan area ("el Gran Rosario", "a Grande Recife"), never a place alone when a
# capitalised word follows them
_NAME_OPENERS = frozenset(
    {"san", "santa", "santo", "sao", "saint", "puerto", "villa", "vila", "nueva", "nuevo", "nova",
     "novo", "fort", "mount", "monte", "cerro", "ciudad", "gran", "grande", "greater"}
)  # fmt: skip
_ARABIC_ARTICLE = re.compile(r"(?:al|el|ad|ash|as|at|ar|an|az|ed|en|er|es|et|ul|ud) \S")


def _scan(gaz: Gazetteer, doc: _Text) -> list[_Match]:
    """Longest known names over runs of capitalised tokens (with "de", "do", "of" inside)."""
    toks, known = doc.tokens, gaz.known
    n = len(toks)
    out: list[_Match] = []
    i = 0
    while i < n:
        if not toks[i].shape:
            i += 1
            continue
        last, j = i, i + 1
        while j < n and j - i < _MAX_TOKENS and doc.joined(j - 1, j):
            if toks[j].shape:
                last = j
            elif toks[j].norm not in _CONNECTORS:
                break
            j += 1
        match: _Match | None = None
        for end in range(last, i - 1, -1):
            if not toks[end].shape:
                continue
            key = toks[i].norm if end == i else " ".join(t.norm for t in toks[i : end + 1])
            mask = known.get(key, 0) & MASK_KINDS  # the rest of the value: the name's cities
            if mask and _shape_ok(gaz, doc, i, end, key, mask):
                match = _Match(i, end, toks[i].start, toks[end].end, key, mask)
                break
        if match is not None and match.j < last and _ARABIC_ARTICLE.match(toks[match.j + 1].norm):
            match = None  # "Bab al-Tabbaneh", "Deir al-Ahmar": a longer name goes on after it
        elif (
            match is not None
            and match.i == match.j < last
            and match.key in _NAME_OPENERS
            and toks[match.j + 1].shape
        ):
            match = (
                None  # "el recinto San Camilo": a saint's name the gazetteer lacks, not San (Mali)
            )
        if match is None:
            i += 1
            continue
        _extend_back(gaz, doc, match)
        out.append(match)
        i = match.j + 1
    return out


def _extend_back(gaz: Gazetteer, doc: _Text, m: _Match) -> None:
    """A lower-case head that belongs to the name: "ciudad de México", "estado do Rio"."""
    toks = doc.tokens
    for back in (2, 1):
        k = m.i - back
        if k < 0 or toks[k].norm not in _EXTENDABLE_HEADS:
            continue
        if any(toks[x].shape for x in range(k, m.i)):
            continue
        if not all(doc.joined(x, x + 1) for x in range(k, m.i)):
            continue
        key = " ".join(t.norm for t in toks[k : m.j + 1])
        mask = gaz.known.get(key, 0) & (MASK_COUNTRY | MASK_ADMIN1 | MASK_CITY)
        if not mask:
            continue
        if toks[k].norm in _ARTICLES:  # "de la Rioja" is La Rioja; the span stays "Rioja"
            if (
                back == 1
                and mask & MASK_ADMIN1
                and not m.mask & MASK_COUNTRY
                and m.key not in _STOP_NAMES
                and m.key not in gaz.common
            ):
                m.key, m.mask = key, mask & MASK_ADMIN1
            return
        m.i, m.start, m.key, m.mask = k, toks[k].start, key, mask
        return


def _shape_ok(gaz: Gazetteer, doc: _Text, i: int, j: int, key: str, mask: int) -> bool:
    """Capitalised names match anywhere; ALL-CAPS ones in datelines or as abbreviations."""
    shapes = {t.shape for t in doc.tokens[i : j + 1] if t.shape}
    if key in gaz.caps_only_keys:
        return shapes <= {2, 3}
    if shapes == {1}:
        return True
    if all(doc.dateline[k] for k in range(i, j + 1)):
        return True
    # a headline in capitals: countries and states only
    return bool(mask & (MASK_COUNTRY | MASK_ADMIN1)) and len(key) > 3 and 1 not in shapes


def _cues(
    gaz: Gazetteer, doc: _Text, matches: list[_Match]
) -> tuple[list[tuple[int, int]], list[_Loc]]:
    """Localities from cue phrases, and the spans where gazetteer names are not places."""
    text = doc.text
    claimed: list[tuple[int, int]] = []
    taken: _Spans[None] = _Spans()
    locs: list[_Loc] = []
    by_start = {m.start: m for m in matches}
    spans = _Spans((m.start, m.end, m) for m in matches)
    by_end: dict[int, list[_Match]] = {}
    for m in matches:
        by_end.setdefault(m.end, []).append(m)

    def claim(start: int, end: int) -> None:
        claimed.append((start, end))
        taken.add(start, end, None)

    def inside_match(ns: int, ne: int) -> bool:
        return any(s < ns and ne <= e for s, e, _ in spans.near(ns, ns))

    def is_taken(ns: int) -> bool:
        return any(s <= ns < e for s, e, _ in taken.near(ns, ns))

    starts = [t.start for t in doc.tokens if t.norm in _ZONE_TRIGGERS]
    for zm in filter(None, (_ZONE_RE.match(text, pos) for pos in starts)):
        group = "city" if zm.group("city") is not None else "city2"
        cs, ce = zm.span(group)
        inner = [m for s, _, m in spans.near(cs, ce) if cs <= s < ce and m.mask & MASK_CITY]
        if inner:
            claim(zm.start(), inner[0].end)
            locs.append(_Loc(zm.start(), inner[0].end, "zone", inner[0].key))
    for m in matches:  # "Chicago's South Side"
        sm = _SIDE_RE.match(text, m.end) if m.mask & MASK_CITY else None
        if sm is not None:
            claim(m.start, sm.end())
            locs.append(_Loc(m.start, sm.end(), "zone", m.key))
    starts = [t.start for t in doc.tokens if t.norm in _CUE_TRIGGERS]
    for lm in filter(None, (_CUE_RE.match(text, pos) for pos in starts)):
        kind = next(k for k in ("fac", "sub", "set", "cty", "adm", "occ") if lm.group(k))
        kind = "sub" if kind == "fac" else kind
        if (
            kind in ("sub", "set")
            and _NAMED_BEFORE_CUE.search(text, max(0, lm.start() - 40), lm.start())
            and _OF_AFTER_CUE.search(lm.group(0))
        ):
            # "the Rebolo neighbourhood of Barranquilla", "the Kibera slum of Nairobi": the name
            # before the cue is the neighbourhood, the one after "of" the city it lies in
            continue
        ns, ne = _trim_name(gaz, doc, lm.start("name"), lm.end("name"), by_end)
        ne = _before_opener(text, ns, ne)
        if text[ns:ne].endswith(("'s", "’s")):
            continue  # "the main town of Papua's central highlands": whose, not the town
        key = fold(text[ns:ne])
        if ns >= ne or key in _STOP_NAMES or key in gaz.demonyms or key in _FUNCTION_WORDS:
            continue
        if kind == "sub" and key.split()[0] in _OFFICE_WORDS:
            continue  # "the General Prison Directorate", "Prison Service": an office
        generic = fold(lm.group("cue")).split()[0] in _GENERIC_CUES
        if " " not in key and (text[ns:ne].isupper() or (generic and key in gaz.common)):
            continue  # "el sector Salud", "sector CGT"
        if inside_match(ns, ne) or is_taken(ns):
            continue
        exact = by_start.get(ns)
        capital_cue = lm.group("cue")[:1].isupper() and kind == "sub"
        if (
            exact is not None
            and exact.end == ne
            and not capital_cue
            and not (kind == "adm" and key in gaz.admin2_core)
            and (kind != "sub" or exact.mask & MASK_CITY)
        ):
            exact.cue = kind  # a known name after a cue: the gazetteer decides
            continue
        start = lm.start() if capital_cue else ns  # "Complexo da Maré", "Morro do Alemão"
        claim(start, ne)
        locs.append(_Loc(start, ne, {"cty": "set"}.get(kind, kind), key))
    for tok in doc.tokens:
        if tok.norm not in _POSTFIX_TRIGGERS:
            continue
        if tok.norm in POSTFIX_OF_ONLY and not text.startswith(" of ", tok.end):
            continue  # "the Kosovo section of Mathare", not "the Metro section", "the Bay Area"
        before = tok.start
        if tok.norm == "settlement":
            if not text.endswith(("informal ", "Informal "), 0, before):
                continue  # "the Sisonke settlement in Lamontville": a town the gazetteer knows
            before -= len("informal ")
        nm = _NAME_BEFORE_RE.search(text, max(0, before - 80), before)
        if nm is None or nm.group("poss"):
            continue
        ns, ne = nm.span("name")
        words = list(re.finditer(r"\S+", text[ns:ne]))
        cut = 0
        for k, w in enumerate(words):  # "Chicago's Englewood", "The Englewood"
            possessive = w.group().endswith(("'s", "’s"))
            if possessive or (k == cut and fold(w.group()) in _FUNCTION_WORDS):
                cut = k + 1
        words = words[cut:][-4:]
        if not words:
            continue
        ns, ne = ns + words[0].start(), ns + words[-1].end()
        key = fold(text[ns:ne])
        if key in _STOP_NAMES or key in gaz.demonyms or is_taken(ns):
            continue
        exact = by_start.get(ns)
        if exact is not None and exact.end == ne and exact.mask & MASK_CITY:
            exact.cue = "sub"
            continue
        claim(ns, ne)
        locs.append(_Loc(ns, ne, "area" if tok.norm in POSTFIX_PARTS else "sub", key))
    for comma, kind in _commas(gaz, doc, matches):
        span = _name_before_comma(gaz, doc, comma, spans, taken)
        if span is not None:
            claim(*span)
            locs.append(_Loc(span[0], span[1], kind, fold(text[span[0] : span[1]])))
    return claimed, locs


# a capitalised name right before a cue word ("the Rebolo neighbourhood"), not a sentence's
# first word; and the cue's "of" ("neighbourhood of")
_NAMED_BEFORE_CUE = re.compile(r"(?<=[a-z,] )(?:[A-Z][\w'’-]+ ){1,3}$")
_OF_AFTER_CUE = re.compile(r"^\w+\s+of\b", re.IGNORECASE)


def _commas(gaz: Gazetteer, doc: _Text, matches: list[_Match]) -> Iterator[tuple[int, str]]:
    """Commas that may follow a locality: before a known place, or before an apposition."""
    text = doc.text
    for m in matches:
        if m.dropped or not m.mask & (MASK_CITY | MASK_ADMIN1 | MASK_ADMIN2):
            continue
        comma = text.rfind(",", max(0, m.start - 40), m.start)
        if comma >= 0 and _COMMA_THEN_PLACE_RE.fullmatch(text, comma, m.start):
            yield comma, "sub" if m.mask & MASK_CITY else "set"
    for am in _APPOSITION_RE.finditer(text):
        yield am.start(), "sub"


def _name_before_comma(
    gaz: Gazetteer, doc: _Text, comma: int, matches: _Spans[_Match], claimed: _Spans[None]
) -> tuple[int, int] | None:
    text = doc.text
    nm = _NAME_BEFORE_COMMA_RE.search(text, max(0, comma - 80), comma)
    if nm is None:
        return None
    ns, ne = nm.span("name")
    key = fold(text[ns:ne])
    words = key.split()
    first = words[0]
    if (
        key in _STOP_NAMES
        or key in gaz.demonyms
        or (first in _FUNCTION_WORDS and (len(words) == 1 or first not in _ARTICLES))
        or first in _FIRST_NAMES
        or first in _TITLES
        or text[ns:ne].isupper()
        or text[ns].isdigit()
        or any(s < ne and ns < e and m.key not in _STOP_NAMES for s, e, m in matches.near(ns, ne))
        or any(s < ne and ns < e for s, e, _ in claimed.near(ns, ne))
        # "We wrote to the Ministry of Defence, the Federal Police Commission": an organisation's
        or doc.after_org_of(doc.token_at(ns))
    ):
        return None
    return ns, ne


def _ap_towns(
    gaz: Gazetteer,
    doc: _Text,
    matches: list[_Match],
    claimed: list[tuple[int, int]],
    localities: list[_Loc],
) -> list[_Found]:
    """ "Smalltown, Nev.": a place the gazetteer lacks, with its state in AP style."""
    found_before = {(loc.start, loc.end) for loc in localities}
    spans = _Spans((m.start, m.end, m) for m in matches)
    taken = _Spans((s, e, None) for s, e in claimed)
    text = doc.text
    out: list[_Found] = []
    for am in _AP_STATE_RE.finditer(text):
        q = am.group("q")
        codes = [c for c in QUALIFIER_ABBREVIATIONS.get(q.replace(" ", ""), ()) if "US-" in c]
        nm = _NAME_END_RE.search(text, max(0, am.start() - 60), am.start())
        if not codes or nm is None or codes[0] not in gaz.admin1:
            continue
        ns, ne = nm.span("name")
        words = nm.group("name").split()
        while words and fold(words[0]) in _FUNCTION_WORDS:  # "In Smalltown"
            ns += len(words.pop(0)) + 1
        key = fold(text[ns:ne])
        if (
            not words
            or key in _STOP_NAMES
            or key in _TITLES
            or any(s < ne and ns < e for s, e, _ in spans.near(ns, ne))
            or ((ns, ne) not in found_before and any(s <= ns < e for s, e, _ in taken.near(ns, ns)))
        ):
            continue
        unit = gaz.admin1[codes[0]]
        qs, qe = am.span("q")
        out.append(_Found(gaz.locality_hit(ns, ne, text[ns:ne], unit.country, unit)))
        out.append(_Found(gaz.admin1_hit(unit.key, qs, qe, text[qs:qe]), "qual"))
    return out


def _before_opener(text: str, ns: int, ne: int) -> int:
    """Cut a name where the next sentence begins unmarked: a bulletin's "bairro George Américo
    Adolescente de 16 anos", "Salvador, Valéria Dois homens" (a capitalised person noun or
    numeral opens the next words, never a place's own)."""
    words = list(re.finditer(r"\S+", text[ns:ne]))
    for k, word in enumerate(words):
        if not k or not word.group()[:1].isupper():
            continue  # ("Morro dos Macacos": a connector in lower case is the name's own)
        key = fold(word.group())
        after = text[ns + word.end() :].split(None, 1)
        counted = (
            key in _NUMERAL_OPENERS
            and bool(after)
            and (fold(after[0]) in _SENTENCE_OPENERS or fold(after[0]) in _COUNTED_NOUNS)
        )
        if key in _SENTENCE_OPENERS or counted:
            return ns + len(text[ns : ns + word.start()].rstrip())
    return ne


def _trim_name(
    gaz: Gazetteer, doc: _Text, ns: int, ne: int, by_end: dict[int, list[_Match]]
) -> tuple[int, int]:
    """Cut "La Vega de Caracas" to "La Vega": a known place after a connector is its own."""
    for m in by_end.get(ne, ()):
        big = m.mask & (MASK_ADMIN1 | MASK_COUNTRY) or any(
            gaz.cities[i].population >= _BIG_CITY for i in gaz.city_idx.get(m.key, [])[:1]
        )
        if ns < m.start and m.end == ne and big:  # not "Sapopema do Igarapé"
            words = doc.text[ns : m.start].split()
            if len(words) > 1 and words[-1].lower() in _CONNECTORS:
                while words and words[-1].lower() in _CONNECTORS:
                    words.pop()
                head = " ".join(words)
                if doc.text.startswith(head, ns):
                    return ns, ns + len(head)
    return ns, ne


def _qualify(gaz: Gazetteer, doc: _Text, matches: list[_Match], locs: list[_Loc]) -> None:
    """A state or country right after a place: "Reno, Nev.", "Salvador (BA)", "X, Miranda"."""
    text = doc.text
    loc_ends = {loc.end for loc in locs}
    live = [m for m in matches if not m.dropped]
    for k, m in enumerate(live):
        if m.dropped:
            continue  # (a state's abbreviation after the name before it)
        nxt = live[k + 1] if k + 1 < len(live) else None
        if m.mask & (MASK_CITY | MASK_ADMIN2 | MASK_ADMIN2_CORE):
            between = text[m.end : nxt.start] if nxt is not None else ""
            if nxt is not None and _abbreviation_at(gaz, text, m.end, nxt):
                nxt.dropped = True  # "PUEBLO, Colo.": Colorado's abbreviation, not Colo in Iowa
                nxt = None
            if nxt is not None and (
                re.fullmatch(r"[ \t]*[,(][ \t]*", between)
                # "Kani, en la región de Sagaing", "Pauk, in Magway region": the division told
                # after the town, with its cue
                or (
                    nxt.mask & MASK_ADMIN1
                    # (not a name that is a country's too: "rural Argelia, in the department of
                    # Cauca" is the municipality the context finds)
                    and not m.mask & MASK_COUNTRY
                    and _DIVISION_IN.fullmatch(between)
                    and doc.admin_cue(nxt.i, nxt.j)
                )
            ):
                keys: list[str] = []
                if nxt.mask & MASK_ADMIN1:
                    keys += gaz.admin1_idx.get(nxt.key, [])
                if nxt.mask & MASK_COUNTRY and nxt.key in gaz.country_idx:
                    keys.append(gaz.country_idx[nxt.key])
                shared = _shared_country(gaz, m, nxt, keys)
                if shared is not None:  # "Rafah, Gaza": two cities of one country
                    m.qualifier = nxt.qualifier = (shared,)
                    continue
                if keys:
                    m.qualifier = tuple(keys)
                    m.firm = "," in between
                    nxt.is_qualifier = True
                    nxt.holds = _holding(gaz, m, keys)
                    continue
            after = m.end
            if doc.dateline[m.j]:  # "YORK CITY, Pa." qualifies the whole dateline
                run = m.j
                while run + 1 < len(doc.tokens) and doc.dateline[run + 1]:
                    run += 1
                after = doc.tokens[run].end
            qm = _QUALIFIER_RE.match(text, after)
            if qm is not None:
                q = qm.group("q")
                codes = gaz.qualifiers.get(q) or gaz.qualifiers.get(q.replace(" ", ""))
                if codes:
                    m.qualifier = codes
                    m.qualifier_span = qm.span("q")
                    m.firm = "," in qm.group(0)
        if m.mask & MASK_ADMIN1:
            before = text[max(0, m.start - 3) : m.start]
            head = m.start - len(before) + (before.rfind(",") if "," in before else 0)
            if "," in before and not before.split(",")[-1].strip() and head in loc_ends:
                m.is_qualifier = True  # "El Junquito, Miranda"


def _abbreviation_at(gaz: Gazetteer, text: str, end: int, nxt: _Match) -> bool:
    """The name after ``end`` is a state's abbreviation after a comma ("PUEBLO, Colo."), not a
    town of that name (Colo, Iowa)."""
    qm = _QUALIFIER_RE.match(text, end)
    return (
        qm is not None
        and qm.group("q").endswith(".")
        and qm.group("q") in gaz.qualifiers
        and qm.start("q") <= nxt.start
        and nxt.end <= qm.end("q")
    )


# What stands between a town and the division it is in, told with its cue word (which
# ``admin_cue`` checks): ", en la región de", ", in the neighbouring", ", in the state of"
_DIVISION_IN = re.compile(
    r"[ \t]*,[ \t]*(?:in|en|em|no|na)[ \t]+(?:(?:the|la|el|a|o)[ \t]+)?(?:(?:vecina|"
    r"neighbou?ring|southern|northern|eastern|western|central)[ \t]+)?"
    r"(?:[^\W\d]+[ \t]+(?:(?:de|of|do|da)[ \t]+)?)?",
    re.IGNORECASE,
)


def _holding(gaz: Gazetteer, m: _Match, keys: list[str]) -> tuple[str, ...]:
    """The divisions among ``keys`` that hold a town or a municipality called as ``m`` is:
    "Batibo, North-West" is Cameroon's North-West, where Batibo lies, not South Africa's."""
    if len(keys) < 2:
        return ()
    within: list[str] = []
    if m.mask & MASK_CITY:
        within += [gaz.cities.admin1(i) for i in gaz.city_idx.get(m.key, [])[:80]]
    if m.mask & (MASK_ADMIN2 | MASK_ADMIN2_CORE):
        units = [*gaz.admin2_full.get(m.key, ()), *gaz.admin2_core.get(m.key, ())]
        within += [gaz.admin2.admin1(u) for u in units[:80]]
    return tuple(k for k in keys if any(a and gaz.admin_within(a, k) for a in within))


def _shared_country(gaz: Gazetteer, m: _Match, nxt: _Match, keys: list[str]) -> str | None:
    """The country of "City, Name" read as two cities of one country, when no reading of Name
    as a division or a country holds the city: a pair must agree ("Rafah, Gaza" is in
    Palestine, not Rafah next to Gaza province in Mozambique)."""
    if not (m.mask & MASK_CITY and nxt.mask & MASK_CITY):
        return None
    if any(k in _STOP_NAMES or k in _CALENDAR for k in (m.key, nxt.key)):
        return None  # "Court Point, August 14": no pair of towns
    cities = [gaz.cities[i] for i in gaz.city_idx.get(m.key, [])[:80]]
    if any(_fits(gaz, c, tuple(keys)) for c in cities):
        return None
    ours = {c.country for c in cities}
    theirs = [gaz.cities[i] for i in gaz.city_idx.get(nxt.key, [])[:80]]
    return next((c.country for c in theirs if c.country in ours), None)


def _town_too(gaz: Gazetteer, m: _Match) -> bool:
    """The name is also a town's of some size ("Guerrero"), not only hamlets' ("Texas",
    Mexico, 993 people)."""
    if not m.mask & MASK_CITY:
        return False
    ids = gaz.city_idx.get(m.key)
    return bool(ids) and gaz.cities[ids[0]].population >= _SMALL_PLACE


def _context(gaz: Gazetteer, doc: _Text, matches: list[_Match]) -> tuple[set[str], set[str]]:
    """Divisions and countries the text names beyond doubt, to choose among homonyms."""
    admin1: set[str] = set()
    countries: set[str] = set()
    for m in matches:
        if m.dropped:
            continue
        if (
            m.mask & MASK_COUNTRY
            and m.key in gaz.country_idx
            and not doc.person_like(m.i, m.j, m.key in _PERSON_COUNTRIES)
            and (m.key not in _PERSON_COUNTRIES or doc.locative_before(m.i))
            and not _MISSION_AFTER_RE.match(doc.text, m.end)  # "the US embassy in Athens"
            # "brought across the river from Myanmar", "the border with Venezuela": a neighbour
            and not _NEIGHBOUR_BEFORE_RE.search(doc.text[max(0, m.start - 60) : m.start])
            # "US drone strikes killed three men near Jilib": whose strikes, not where
            and not (
                _agents_after(doc.text, m.end)
                and (_abroad_after(doc.text, m.end) or _speaking_after(doc.text, m.end))
            )
        ):
            countries.add(gaz.country_idx[m.key])
        if m.mask & MASK_ADMIN1 and (
            doc.admin_cue(m.i, m.j)
            or m.is_qualifier
            or (
                not _town_too(gaz, m)
                and m.key not in _NEEDS_CUE_ADMIN1
                and m.key not in gaz.cue_only_admin1
            )
        ):
            keys = gaz.admin1_idx.get(m.key, [])
            cue = _CUE_COUNTRIES.get(doc.admin_cue(m.i, m.j))
            if cue and len(keys) > 1:  # "estado Sucre" is Venezuela's, not Colombia's
                keys = [k for k in keys if gaz.admin1[k].country in cue]
            if len(keys) == 1:
                admin1.add(keys[0])
                countries.add(gaz.admin1[keys[0]].country)
        for code in m.qualifier:
            if code in gaz.admin1 and len(m.qualifier) == 1:
                admin1.add(code)
                countries.add(gaz.admin1[code].country)
    if not countries:
        countries.update(_towns_country(gaz, doc, matches))
    return admin1, countries


_TOWNS_AGREE = 2  # towns of one country only, of different names, that tell it when none is named
_TOWN_SIZE = 50_000  # people in a town whose name alone may tell the country


def _towns_country(gaz: Gazetteer, doc: _Text, matches: list[_Match]) -> set[str]:
    """The country a report's towns all lie in, when it names no country: "Kasur", "Okara" and
    "Muridke" are towns of Pakistan only, so its "Punjab" is Pakistan's. Only towns of some
    size, written with a capital, whose name is no word, first name or surname ("Media",
    "Silvia", "Quiroga" are also towns)."""
    towns: dict[str, set[str]] = {}
    for m in matches:
        if (
            m.dropped
            or not m.mask & MASK_CITY
            or m.mask & (MASK_ADMIN1 | MASK_COUNTRY)
            or not doc.text[m.start : m.start + 1].isupper()
            or m.key in _STOP_NAMES
            or m.key in gaz.common
            or any(t.norm in _FIRST_NAMES or t.norm in _SURNAMES for t in doc.tokens[m.i : m.j + 1])
        ):
            continue
        population = gaz.cities.population
        ids = [i for i in gaz.city_idx.get(m.key, [])[:80] if population[i] >= _SMALL_PLACE]
        ccs = {gaz.cities.country(i) for i in ids}
        if len(ccs) == 1 and population[ids[0]] >= _TOWN_SIZE:
            towns.setdefault(ccs.pop(), set()).add(m.key)
    agreed = [cc for cc, keys in towns.items() if len(keys) >= _TOWNS_AGREE]
    return set(agreed) if len(agreed) == 1 else set()


def _classify(
    gaz: Gazetteer,
    doc: _Text,
    m: _Match,
    ctx_admin1: set[str],
    ctx_country: set[str],
    hint: str | None,
    named: frozenset[str] = frozenset(),
    supports: dict[str, set[str]] | None = None,
    firm: frozenset[str] | None = None,
    own: frozenset[str] = frozenset(),
) -> list[_Found]:
    """The place ``m`` names, if any, with its role. ``own``: what only this name's first
    reading put in the context, which does not choose among its readings."""
    text = doc.text
    surface = text[m.start : m.end]
    key = m.key
    single = m.i == m.j
    # "estado Miranda", not "Department of Justice" or "State Trooper"
    division = m.mask & (MASK_ADMIN1 | MASK_ADMIN2 | MASK_ADMIN2_CORE)
    admin_cue = doc.admin_cue(m.i, m.j) if division else ""
    city_cue = doc.city_cue(m.i)
    locative = doc.locative_before(m.i)
    strong = bool(m.qualifier) or m.is_qualifier or admin_cue or doc.dateline[m.i]
    if key in gaz.demonyms and not admin_cue:
        return []
    # a function word is no town, nor, in a dateline's capitals, a weekday or a month ("TERÇA
    # (15) — DOIS MORTOS", "FOLHA DA FRONTEIRA —"), unless a state or a cue says it is one
    if (
        single
        and not (m.qualifier or m.is_qualifier or admin_cue)
        and (
            surface.lower() in _FUNCTION_WORDS
            or (strong and key in _CALENDAR)
            # a section's heading read as a dateline: "Sylhet: Court Point, August 14"
            or (doc.dateline[m.i] and key in _STOP_NAMES)
        )
    ):
        return []
    if key in _CALENDAR and (
        _DATE_NAME_RE.match(text, m.start)
        or _DAY_BEFORE_RE.search(text, max(0, m.start - 12), m.start)
    ):
        return []  # "Em Março de 2024", "8 de Julho": a month written with a capital
    if key in _TITLES and not strong:
        return []  # "State Trooper", "Mayor"
    cc = gaz.country_idx.get(key) if m.mask & MASK_COUNTRY else None
    if (
        cc is not None
        and key in _PERSON_COUNTRIES
        and m.mask & MASK_ADMIN1
        and ("US" in ctx_country or doc.lang == "en")
        # (not when other places of that country are named: Tbilisi, Batumi)
        and not ((supports or {}).get(cc, set()) - {fold(surface)} and "US" not in ctx_country)
    ):
        cc = None  # "Georgia" in American news is the state
    if (
        cc is not None
        and m.mask & MASK_CITY
        and not doc.country_keys.get(cc, set()) - {key}  # Algeria not named otherwise
        and not strong
        and any(
            gaz.in_context(gaz.cities[i].admin1, ctx_admin1) for i in gaz.city_idx.get(key)[:80]
        )
    ):
        cc = None  # "rural Argelia" in a report on Cauca: the town, not Algeria in Spanish
    # "calle Colombia", "rio Jaguaribe", "ponte do Guaíba": a street's or a water's name
    street_head = _STREET_BEFORE_RE.search(text[max(0, m.start - 30) : m.start])
    if street_head and street_head.group("of"):
        # "en una calle de Tlaquepaque", "numa rua de Campinas": a street of the town, which is
        # the settlement; "la calle de Alcalá" stays a street's name
        before_head = text[max(0, m.start - 30) : m.start][: street_head.start()]
        if _SOME_STREET_RE.search(before_head):
            street_head = None
    street = not strong and bool(
        street_head or _CORNER_SECOND_RE.search(text[max(0, m.start - 70) : m.start])
    )
    if cc is not None and street:
        return []
    if cc is not None and not admin_cue and not city_cue:
        if not strong and doc.person_like(m.i, m.j, key in _PERSON_COUNTRIES):
            return []
        if _BROADCASTER_AFTER_RE.match(text, m.end):
            return []  # "France 24 correspondents", "Russia Today": a broadcaster
        if _MISSION_AFTER_RE.match(text, m.end):
            return []  # "the US embassy": whose mission, not where
        if key in _PERSON_COUNTRIES and not (strong or locative or cc in ctx_country):
            return []  # "Jordan was killed by Erie police"
        return [_Found(gaz.country_hit(cc, m.start, m.end, surface))]
    if key == "rio" and surface not in ("Rio", "RIO"):
        return []  # "Río" is a river in Spanish; Rio de Janeiro is written "Rio"
    if not strong and not single and all(t.norm in _FIRST_NAMES for t in doc.tokens[m.i : m.j + 1]):
        return []  # "Víctor Raúl" (Haya de la Torre), not the town
    person = "org" if doc.names_a_thing(m.j) else "" if strong else doc.person_like(m.i, m.j, True)
    if person in ("person", "org"):
        if single and person == "person":
            doc.person_names.add(key)
        return []
    common = single and _is_common(gaz, doc, key)
    admins = gaz.admin1_idx.get(key, []) if m.mask & MASK_ADMIN1 else []
    if key in gaz.cue_only_admin1 and not (admin_cue or m.is_qualifier):
        admins = []  # "Samangan" alone may be a town or a name; "Samangan province" is not
    cities = gaz.city_idx.get(key, []) if m.mask & MASK_CITY else []
    if m.mask & MASK_ADMIN2 and not admins and not cities:
        units = gaz.admin2_full.get(key, [])
        if m.qualifier:  # "JEFFERSON COUNTY, Colo."
            units = [u for u in units if gaz.admin2[u].admin1 in m.qualifier] or units
        best2 = _best_admin2(gaz, units, ctx_admin1, ctx_country)
        if best2 is not None:
            return [_Found(gaz.admin2_hit(best2, m.start, m.end, surface), "adm")]
        ccs = {gaz.admin2[u].country for u in units}
        only = ccs.pop() if len(ccs) == 1 else None
        return [_Found(gaz.locality_hit(m.start, m.end, surface, only), "adm")]
    if m.mask & MASK_ADMIN2_CORE and not admins and not cities:
        # a municipality named without "municipio": "en Tlatlaya, Estado de México"
        wanted = set(m.qualifier) or (ctx_admin1 if locative else set())
        fitting = [u for u in gaz.admin2_core[key] if gaz.admin2[u].admin1 in wanted]
        if len(fitting) != 1 or person:
            return []
        return [_Found(gaz.admin2_hit(fitting[0], m.start, m.end, surface), "adm")]
    if cities and m.qualifier:
        fitting = [i for i in cities if _fits(gaz, gaz.cities[i], m.qualifier)]
        unit = gaz.admin1.get(m.qualifier[0])
        if fitting:
            cities = fitting
        elif m.firm and len(m.qualifier) == 1 and unit is not None and not admins:
            # "COLTON, Ore.": a place the gazetteer lacks, in a state the text names
            # (told as a municipality, "en el municipio de Kani, en la región de Sagaing": a
            # division, less precise than a village named beside it)
            role = "adm" if m.cue == "adm" else ""
            out = [_Found(gaz.locality_hit(m.start, m.end, surface, unit.country, unit), role)]
            if m.qualifier_span is not None:
                qs, qe = m.qualifier_span
                out.append(_Found(gaz.admin1_hit(unit.key, qs, qe, text[qs:qe]), "qual"))
            return out
        else:  # "CHICAGO (AP)": not a state after all
            m.qualifier, m.qualifier_span = (), None
    city = (
        _best_city(gaz, doc, m, cities, ctx_admin1 - own, ctx_country - own, hint)
        if cities
        else None
    )
    if street:
        # never the settlement; a town of the country the report gives tells the region
        c_admin1 = gaz.cities[city].admin1 if city is not None else None
        if (
            city is None
            or c_admin1 not in gaz.admin1
            or (named and gaz.cities[city].country not in named)
            # a street named for a town of another state than the one the text names ("a
            # avenida José Bonifácio" in Belém, Pará): a person's name, most likely (not "uma
            # rua de Sacavém": a street of that town)
            or (
                ctx_admin1
                and not (street_head and street_head.group("of"))
                and not gaz.in_context(c_admin1, ctx_admin1)
            )
        ):
            return []
        return [_Found(gaz.admin1_hit(c_admin1, m.start, m.end, surface), "street")]
    want_admin = (
        bool(admins)
        and not m.qualifier
        and (
            admin_cue
            or m.is_qualifier
            or city is None
            or (not city_cue and not m.cue and gaz.cities[city].population < _BIG_CITY)
        )
        # "el barrio Cristales, en Trujillo" in a report on Honduras: the town of the report's
        # country, not a state of another one that shares its name
        and not (
            city is not None
            and not (admin_cue or m.is_qualifier)
            and gaz.cities[city].country in (home := ctx_country | ({hint} if hint else set()))
            and all(gaz.admin1[k].country not in home for k in admins)
        )
    )
    if want_admin:
        if person or (key in _STOP_NAMES and not (admin_cue or m.is_qualifier)):
            return []
        needs_cue = key in _NEEDS_CUE_ADMIN1 or key in _FIRST_NAMES or common
        # the whole of a bracket after a name: "Bambalang (North-West)", a place the gazetteer
        # lacks in the region the bracket gives
        bracketed = text[m.start - 1 : m.start] == "(" and text[m.end : m.end + 1] == ")"
        if needs_cue and not (strong or bracketed or doc.locative_before(m.i, weak=not common)):
            return []
        cue_cc = _CUE_COUNTRIES.get(admin_cue, frozenset())
        if m.is_qualifier and m.holds:
            admins = [k for k in admins if k in m.holds] or admins
        best = _best_admin1(gaz, admins, ctx_admin1, ctx_country, doc, cue_cc, hint)
        role = "qual" if m.is_qualifier else ""
        return [_Found(gaz.admin1_hit(best, m.start, m.end, surface), role)]
    if city is None:
        return []
    if (
        named
        and gaz.cities[city].country not in named
        and not m.qualifier
        and not (supports or {}).get(gaz.cities[city].country, set()) - {fold(surface)}
    ):
        # "El Alto" in a report on Bolivia: the homonym in the country the report gives, else
        # a settlement of that country the gazetteer lacks, never a small town abroad
        by_force = hint is not None and named == {hint}  # only the agents' force tells it
        inside = [i for i in cities if gaz.cities[i].country in named]
        if inside:
            city = max(inside, key=lambda i: gaz.cities[i].population)
        elif (
            len(named) == 1
            and (firm is None or named <= firm)  # not a town abroad for the agents' nationality
            and gaz.cities[city].population < _BIG_CITY
            and hint is None
            and (locative or strong or city_cue)  # told as a place: "en El Alto", "LUQUE —"
            and not _is_common(gaz, doc, key)  # not "Polícia da República", "Hospital"
            # not a name: "in custody of Jina Mahsa Amini" in a report on Iran, "to Felix's
            # uncle", "According to Evans, the officers ..."
            and (strong or not doc.person_like(m.i, m.j, True))
            and not (
                single
                and doc.possessive_after(m.j)
                and not doc.text[
                    doc.tokens[m.j + 1].start : doc.tokens[m.j + 1].start + 1
                ].isupper()
            )
            and not _ACCORDING_TO_RE.search(text, max(0, m.start - 14), m.start)
        ):
            return [_Found(gaz.locality_hit(m.start, m.end, surface, next(iter(named))), "set")]
        elif (
            (firm is None or named <= firm or by_force)
            and gaz.cities[city].population < _BIG_CITY
            # a word, or a small town abroad when the agents are a force only the report's own
            # state fields and no place of that state is named ("Ciudad Universitaria" in
            # Tegucigalpa with the PMOP, not in Madrid)
            and (_is_common(gaz, doc, key) or (by_force and hint not in ctx_country))
        ):
            return []  # "na Ala 4" of a prison in Roraima: a word, not a town in Kerala
    if common:
        locative = doc.locative_before(m.i, weak=False)
    c = gaz.cities[city]
    in_ctx = gaz.in_context(c.admin1, ctx_admin1)
    expected = ctx_country | _LANG_COUNTRIES.get(doc.lang or "", _ALL_LANG_COUNTRIES)
    police = doc.police_after(m.j)  # "Arcola police", "Austin's", "Healdton officer"
    if (
        single
        and not strong
        and not m.cue
        and not person
        # "Dahmani's arrest" after "Sonia Dahmani": the possessive is the person's
        and (not police or (key in doc.person_names and doc.possessive_after(m.j)))
        and (
            # "in Gaza" is the place, even after "the Gaza Health Ministry" ("de la Fundación"
            # is not a place said)
            (key in doc.person_names and not doc.locative_before(m.i, weak=False))
            or ((key in _FIRST_NAMES or key in _SURNAMES) and not locative)
        )
    ):
        person = "prev"  # "Mitchell was shot" after "Jakell Mitchell"; "Marvin"
    # only a big city of the text's countries survives "Houston McDonald's owner"
    if person and (c.population < 10 * _BIG_CITY or c.country not in expected):
        if person == "next":
            doc.name_tokens.add(m.j + 1)
        if single:
            doc.person_names.add(key)
        return []
    if not strong and not m.cue:
        if key in _STOP_NAMES and doc.prev_norm(m.i) != "em":
            return []
        if common and not (
            locative
            or in_ctx
            or c.population >= 5 * _BIG_CITY
            or (c.population >= _BIG_CITY and not doc.initial(m.i) and not doc.headline[m.i])
        ):
            return []
        if c.population < _SMALL_PLACE and not (
            locative or in_ctx or police or c.country in ctx_country
        ):
            return []
        if c.population < _BIG_CITY and not (locative or in_ctx or c.country in expected):
            return []  # a small foreign town named in passing: a surname or a brand
    if m.cue == "set" and c.country not in ctx_country:
        # "parroquia La Vega": a parish of this country, not La Vega (Dominican Republic)
        return [_Found(gaz.locality_hit(m.start, m.end, surface), "set")]
    if m.cue == "sub" and not in_ctx:
        return [_Found(gaz.locality_hit(m.start, m.end, surface), "sub")]
    article = doc.lang == "pt" and doc.prev_norm(m.i) in ("no", "na", "do", "da")
    if (
        not strong
        and not in_ctx
        and m.cue != "cty"
        and c.population < (_BIG_CITY if article else _LOCAL_NAME)
        and any(gaz.admin1[k].country == c.country for k in ctx_admin1 if k in gaz.admin1)
    ):
        # a small town of another state in a text about this one: most likely a local
        # neighbourhood ("Kensington" in a Philadelphia report)
        return [_Found(gaz.locality_hit(m.start, m.end, surface), "local")]
    if c.population < _SMALL_PLACE and m.mask & MASK_ADMIN2_CORE and not m.cue:
        # the seat of a municipality named like it ("en Tlatlaya"): the news means the latter
        units = [u for u in gaz.admin2_core.get(key, []) if gaz.admin2[u].admin1 == c.admin1]
        if len(units) == 1:
            return [_Found(gaz.admin2_hit(units[0], m.start, m.end, surface), "adm")]
    hit = gaz.city_hit(city, m.start, m.end, surface)
    role = "dateline" if doc.dateline[m.i] else "sub" if m.cue == "sub" else ""
    out = [_Found(hit, role)]
    if m.qualifier_span is not None and hit.admin1:
        qs, qe = m.qualifier_span
        out.append(_Found(gaz.admin1_hit(hit.admin1, qs, qe, text[qs:qe]), "qual"))
    return out


def _doubtful(gaz: Gazetteer, key: str, unit: str, context: set[str]) -> bool:
    """The big city ``key`` read in ``unit`` may as well be another reading the text supports:
    a first-level division elsewhere ("Ontario" beside Toronto), or another big city."""
    population = gaz.cities.population
    others = {
        *gaz.admin1_idx.get(key, ()),
        *(
            gaz.cities[i].admin1
            for i in gaz.city_idx.get(key, [])[:80]
            if population[i] >= _BIG_CITY
        ),
    }
    return any(
        other in context and other != unit and not unit.startswith(other) for other in others
    )


def _colocated(gaz: Gazetteer, doc: _Text, matches: list[_Match]) -> dict[str, set[str]]:
    """For each first-level division, the names of the text with a reading in it: a town of
    some size, or the division's own name. Homonyms read together ("Hamilton", "Portland",
    "Melbourne") are most likely the ones that lie together."""
    held: dict[str, set[str]] = {}
    population = gaz.cities.population
    for m in matches:
        if (
            m.dropped
            or not doc.text[m.start : m.start + 1].isupper()
            or m.key in _STOP_NAMES
            or _is_common(gaz, doc, m.key)  # "Send your CV": a word, not Send in Surrey
            or any(t.norm in _FIRST_NAMES for t in doc.tokens[m.i : m.j + 1])
        ):
            continue
        units: set[str] = set()
        if m.mask & MASK_CITY:
            units.update(
                gaz.cities[i].admin1
                for i in gaz.city_idx.get(m.key, [])[:80]
                if population[i] >= _SMALL_PLACE and gaz.cities[i].admin1
            )
        if m.mask & MASK_ADMIN1:
            units.update(gaz.admin1_idx.get(m.key, []))
        for unit in units:
            held.setdefault(unit, set()).add(m.key)
    return held


_COLOCATED_WEIGHT = 0.75  # per other name of the text read in the same division
_COLOCATED_MOST = 2  # names counted at most


def _is_common(gaz: Gazetteer, doc: _Text, key: str) -> bool:
    langs = gaz.common.get(key)
    return bool(langs) and (doc.lang is None or doc.lang in langs)  # type: ignore[operator]


def _fits(gaz: Gazetteer, city: _City, wanted: tuple[str, ...]) -> bool:
    return city.country in wanted or (
        bool(city.admin1) and any(gaz.admin_within(city.admin1, w) for w in wanted)
    )


def _best_city(
    gaz: Gazetteer,
    doc: _Text,
    m: _Match,
    cities: Sequence[int],
    ctx_admin1: set[str],
    ctx_country: set[str],
    hint: str | None,
) -> int | None:
    lang_cc = _LANG_COUNTRIES.get(doc.lang or "", frozenset())
    best, best_score = None, -math.inf
    for i in cities[:80]:
        c = gaz.cities[i]
        score = math.log10(c.population + 10)
        if gaz.in_context(c.admin1, ctx_admin1):
            score += 2
        if c.country in ctx_country:
            score += 1.5
        if c.country in lang_cc:
            # (a town of the language's countries, unless a city abroad is over four times its
            # size: "Athens" in English news is Greece's, not Athens, Georgia)
            score += 0.6
        if hint and c.country == hint:
            score += 3
        others = len(doc.colocated.get(c.admin1, ())) - (m.key in doc.colocated.get(c.admin1, ()))
        score += _COLOCATED_WEIGHT * min(_COLOCATED_MOST, others)
        if score > best_score:
            best, best_score = i, score
    return best


def _best_admin1(
    gaz: Gazetteer,
    keys: list[str],
    ctx_admin1: set[str],
    ctx_country: set[str],
    doc: _Text,
    cue_cc: frozenset[str],
    hint: str | None = None,
) -> str:
    if len(keys) == 1:
        return keys[0]
    lang_cc = _LANG_COUNTRIES.get(doc.lang or "", frozenset())
    return max(
        keys,
        key=lambda k: (
            k in ctx_admin1,
            gaz.admin1[k].country in cue_cc,
            gaz.admin1[k].country in ctx_country,
            gaz.admin1[k].country == hint,  # the report's country, by its agents' force
            gaz.admin1[k].country in lang_cc,
            k not in gaz.parents,
        ),
    )


def _best_admin2(
    gaz: Gazetteer, units: Sequence[int], ctx_admin1: set[str], ctx_country: set[str]
) -> int | None:
    """The one municipality the context allows, or None when several remain."""
    if not units:
        return None
    for pool in (
        [i for i in units if gaz.admin2[i].admin1 in ctx_admin1],
        units,
        [i for i in units if gaz.admin2[i].country in ctx_country],
    ):
        if len(pool) == 1:
            return pool[0]
        if len(pool) > 1:  # "Kings County": Brooklyn's, not the Canadian one
            ranked = sorted(pool, key=lambda i: -gaz.admin2[i].population)
            if gaz.admin2[ranked[0]].population >= 3 * gaz.admin2[ranked[1]].population:
                return ranked[0]
    return None


def _resolve_locality(
    gaz: Gazetteer, doc: _Text, loc: _Loc, ctx_admin1: set[str], ctx_country: set[str]
) -> _Found:
    text = doc.text[loc.start : loc.end]
    if loc.kind == "zone":
        cities = gaz.city_idx.get(loc.key, [])
        lang_cc = _LANG_COUNTRIES.get(doc.lang or "", frozenset())
        if cities:
            idx = max(
                cities[:80],
                key=lambda i: (
                    gaz.in_context(gaz.cities[i].admin1, ctx_admin1),
                    gaz.cities[i].country in ctx_country,
                    gaz.cities[i].country in lang_cc,
                    gaz.cities[i].population,
                ),
            )
            city = gaz.city_hit(idx, loc.start, loc.end, text)
            return _Found(
                PlaceHit(
                    loc.start,
                    loc.end,
                    text,
                    "locality",
                    city.country,
                    city.admin1,
                    city.admin1_name,
                    city.lat,
                    city.lon,
                    2,
                    city=gaz.cities[idx].name,
                ),
                "zone",
            )
    if loc.kind == "adm":
        units = gaz.admin2_core.get(loc.key, [])
        best = _best_admin2(gaz, units, ctx_admin1, ctx_country)
        if best is not None:
            return _Found(gaz.admin2_hit(best, loc.start, loc.end, text), "adm")
        # a municipality the gazetteer knows only as a town in the report's country ("no
        # município de Viana" in Luanda, where Brazil's Vianas are the admin2 units)
        towns = [
            i for i in gaz.city_idx.get(loc.key, [])[:80] if gaz.cities[i].country in ctx_country
        ]
        if towns and not any(gaz.admin2[u].country in ctx_country for u in units):
            idx = max(towns, key=lambda i: gaz.cities[i].population)
            return _Found(gaz.city_hit(idx, loc.start, loc.end, text), "adm")
        ccs = {gaz.admin2[u].country for u in units if gaz.admin2[u].country in ctx_country}
        only = ccs.pop() if len(ccs) == 1 else None
        return _Found(gaz.locality_hit(loc.start, loc.end, text, only), "set")
    return _Found(gaz.locality_hit(loc.start, loc.end, text), loc.kind)
