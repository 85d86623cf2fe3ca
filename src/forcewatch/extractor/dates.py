"""Date expressions in en / es / pt, resolved against the report's publication date.

Explicit dates ("January 15", "15 de enero", "3 de março de 2022"), weekdays ("on Tuesday", "el
pasado martes", "la madrugada del domingo", "nesta quinta-feira") and relative days ("yesterday",
"anoche", "ontem"). Rules of DESIGN.md: the publication date is never the event date by default;
without a publication date a day-month stays partial (``--01-15``) and a weekday stays unknown.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import cache

import dateparser

from forcewatch.extractor.numbers import find_numbers
from forcewatch.extractor.prefilter import Pattern, gate
from forcewatch.records import DatePrecision

MONTHS: dict[str, int] = {}
for _lang_months in (
    "january february march april may june july august september october november december",
    "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
):
    for _i, _m in enumerate(_lang_months.split(), start=1):
        MONTHS[_m] = _i
MONTHS.update({"setiembre": 9, "marco": 3})
_ABBR = {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
    "ene": 1,
    "abr": 4,
    "ago": 8,
    "dic": 12,
    "fev": 2,
    "mai": 5,
    "set": 9,
    "out": 10,
    "dez": 12,
}

WEEKDAYS: dict[str, int] = {
    "monday": 0,
    "tuesday": 1,
    "wednesday": 2,
    "thursday": 3,
    "friday": 4,
    "saturday": 5,
    "sunday": 6,
    "lunes": 0,
    "martes": 1,
    "miércoles": 2,
    "miercoles": 2,
    "jueves": 3,
    "viernes": 4,
    "sábado": 5,
    "sabado": 5,
    "domingo": 6,
    "segunda-feira": 0,
    "segunda": 0,
    "terça-feira": 1,
    "terça": 1,
    "terca-feira": 1,
    "quarta-feira": 2,
    "quarta": 2,
    "quinta-feira": 3,
    "quinta": 3,
    "sexta-feira": 4,
    "sexta": 4,
}
# Relative days: offset from the publication date.
RELATIVE: dict[str, int] = {
    "yesterday": -1,
    "last night": -1,
    "today": 0,
    "this morning": 0,
    "earlier today": 0,
    "tonight": 0,
    "early today": 0,
    "ayer": -1,
    "anoche": -1,
    "anteayer": -2,
    "antier": -2,
    "antenoche": -2,
    "anteanoche": -2,
    "hoy": 0,
    "esta madrugada": 0,
    "esta mañana": 0,
    "ontem": -1,
    "anteontem": -2,
    "anteontem à noite": -2,
    "hoje": 0,
    "nesta madrugada": 0,
    "nesta manhã": 0,
    "ontem à noite": -1,
    "la noche del ayer": -1,
}
# Days named for a feast that falls on the same day every year: (month, day). A bare "Natal" is a
# Brazilian city and a bare "Navidad" a season: only the day's own names are listed.
HOLIDAYS: dict[str, tuple[int, int]] = {
    "christmas day": (12, 25),
    "christmas eve": (12, 24),
    "boxing day": (12, 26),
    "new year's day": (1, 1),
    "new year’s day": (1, 1),
    "new year's eve": (12, 31),
    "new year’s eve": (12, 31),
    "fourth of july": (7, 4),
    "halloween": (10, 31),
    "valentine's day": (2, 14),
    "valentine’s day": (2, 14),
    "día de reyes": (1, 6),
    "noche de reyes": (1, 5),
    "nochebuena": (12, 24),
    "día de navidad": (12, 25),
    "noche de navidad": (12, 24),
    "nochevieja": (12, 31),
    "día de año nuevo": (1, 1),
    "día de muertos": (11, 2),
    "día de los muertos": (11, 2),
    "día de todos los santos": (11, 1),
    "dia de reis": (1, 6),
    "dia de natal": (12, 25),
    "noite de natal": (12, 24),
    "véspera de natal": (12, 24),
    "réveillon": (12, 31),
    "véspera de ano novo": (12, 31),
    "dia de ano novo": (1, 1),
    "dia de finados": (11, 2),
    "dia de todos os santos": (11, 1),
    "dia de são joão": (6, 24),
    "noite de são joão": (6, 23),
    "dia das crianças": (10, 12),
}
# Relative periods: (unit, offset) from the publication date's year or month.
RELATIVE_PERIODS: dict[str, tuple[str, int]] = {
    "last year": ("year", -1),
    "this year": ("year", 0),
    "earlier this year": ("year", 0),
    "last month": ("month", -1),
    "this month": ("month", 0),
    "earlier this month": ("month", 0),
    "el año pasado": ("year", -1),
    "este año": ("year", 0),
    "el mes pasado": ("month", -1),
    "este mes": ("month", 0),
    "o ano passado": ("year", -1),
    "no ano passado": ("year", -1),
    "este ano": ("year", 0),
    "neste ano": ("year", 0),
    "o mês passado": ("month", -1),
    "no mês passado": ("month", -1),
    "este mês": ("month", 0),
    "neste mês": ("month", 0),
}

# every language's month names, longest first (an alternation tries them in order)
MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))
_ABBR_NAMES = "|".join(sorted(_ABBR, key=len, reverse=True))
_WEEKDAY_NAMES = "|".join(sorted(WEEKDAYS, key=len, reverse=True))
_RELATIVE_NAMES = "|".join(re.escape(r) for r in sorted(RELATIVE, key=len, reverse=True))
_HOLIDAY_NAMES = "|".join(
    re.escape(h).replace(r"\ ", r"\s+") for h in sorted(HOLIDAYS, key=len, reverse=True)
)
_PERIOD_NAMES = "|".join(
    re.escape(r).replace(r"\ ", r"\s+") for r in sorted(RELATIVE_PERIODS, key=len, reverse=True)
)

# a part of a month or a year: "in late March 2022", "a finales de marzo", "em meados de 2023"
_PART_OF = (
    r"(?:(?:the\s+)?(?:late|early|mid|end\s+of|beginning\s+of|middle\s+of|start\s+of)|"
    r"finales\s+de|fines\s+de|principios\s+de|mediados\s+de|comienzos\s+de|fins\s+de|"
    r"finais\s+de|in[ií]cio\s+de|meados\s+de|come[cç]o\s+de)"
)
_MONTH = rf"(?P<month>{MONTH_NAMES}|(?:{_ABBR_NAMES})\.?)"
# A year told by pointing back at the last one the text gave: "el 3 de mayo de ese año",
# "em 12 de agosto daquele ano", "del mismo año", "do mesmo ano" ("deste ano" is this year's:
# the report's).
_THAT_YEAR = (
    r"(?P<that_year>,?\s+(?:de\s+(?:ese|aquel|dicho)\s+año|del\s+mismo\s+año|"
    r"(?:daquele|desse|do\s+mesmo|daquele\s+mesmo)\s+ano|"
    r"of\s+(?:that|the\s+same)\s+year|that\s+year)\b)"
)
_A_YEAR = re.compile(r"\b(?:19|20)\d\d\b")

_YEAR = r"(?P<year>(?:19|20)\d\d)"
# the nouns of events a month and a year may name ("el bombardeo de agosto de 2019"), each as a
# look-behind of its own (a look-behind holds one width)
_EVENT_NOUNS = (
    "bombardeo bombardeos bombardeio bombardeios bombardeamento ataque ataques masacre massacre "
    "matanza chacina operativo operación operação operation raid raids strike strikes attack "
    "attacks bombing shelling shooting killing killings protesta protestas protesto "
    "protestos protest protests desalojo ejecución ejecuciones execução execuções asesinato "
    "assassinato golpe coup represión repressão crackdown"
)
_EVENT_BEFORE = "|".join(rf"(?<=\b{noun}\s)" for noun in _EVENT_NOUNS.split())
# the week of a month a "week_of_month" date names: its first day is 1 + 7 * n ("the second
# week": the 8th), or the month's last seven days
_LAST_WEEK_WORDS = frozenset(("last", "final", "última", "ultima"))
_NTH_WEEK = {
    "second": 1, "segunda": 1, "third": 2, "tercera": 2, "terceira": 2,
    "fourth": 3, "cuarta": 3, "quarta": 3,
}  # fmt: skip
# searched in every sentence: each behind its literal gate (``prefilter``; the numeric ones
# have none and stay as they are)
_PATTERNS: tuple[tuple[str, Pattern], ...] = tuple(
    (kind, gate(pattern))
    for kind, pattern in (
        ("iso", re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)\b")),
        ("numeric", re.compile(r"\b(?P<a>[0-3]?\d)/(?P<b>[01]?\d)/(?P<year>(?:19|20)\d\d)\b")),
        # a bulletin's day and month without the year: "02/03 (segunda-feira)", "el día 5/11"
        # (two digits each, or after a word that dates: never a fraction, a score or "24/7")
        (
            "numeric",
            re.compile(
                r"(?<![\d/.,])(?:(?P<a>[0-3]\d)/(?P<b>[01]\d)|\b(?:dia|día|el|em|en|on)\s"
                r"(?P<a2>[0-3]?\d)/(?P<b2>[01]?\d)|"
                # a list's line that opens on its day, one digit or two: "3/10 — González Catán"
                r"(?:^|(?<=\n))[ \t]*(?P<a3>[0-3]?\d)/(?P<b3>[01]?\d)(?=\s*[—–]\s))(?![\d/]|\.\d|,\d)",
                re.IGNORECASE,
            ),
        ),
        # January 15, 2018 / Jan. 15 / January 15th
        (
            "month_day",
            re.compile(
                rf"\b{_MONTH}\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\b(?:,?\s+{_YEAR}|{_THAT_YEAR})?",
                re.IGNORECASE,
            ),
        ),
        # 15 de enero de 2018 / 15 January 2018 / 1º de maio
        (
            "day_month",
            re.compile(
                rf"\b(?P<day>[0-3]?\d)(?:º|°|o|st|nd|rd|th)?\s+(?:de\s+)?{_MONTH}\b"
                rf"(?:,?\s+(?:de(?:l)?\s+)?{_YEAR}|{_THAT_YEAR})?",
                re.IGNORECASE,
            ),
        ),
        # a day of the month without its month: "el día 5", "el pasado día 9", "no último dia 5",
        # "el 5 del corriente", "no dia 9 do corrente mês" (the report's month, or the one before)
        (
            "day_only",
            re.compile(
                rf"\b(?:(?:el|en\s+el|no|o)\s+(?:pasado\s+|passado\s+|último\s+|ultimo\s+)?"
                rf"d[ií]a\s+(?P<day>[0-3]?\d)\b(?!\s*(?:de\s+|of\s+)?(?:{MONTH_NAMES}|{_ABBR_NAMES})\b)"
                rf"(?!\s*[/.-]\d)(?:\s+(?:del|do)\s+(?:corriente|presente|corrente)(?:\s+m[eê]s)?)?|"
                rf"\bel\s+(?P<day2>[0-3]?\d)\s+del\s+(?:corriente|presente)(?:\s+mes)?|"
                # "on the night of the 14th", "on the 3rd," (an ordinal with no noun after it:
                # never "on the 14th floor")
                rf"\bon\s+the\s+(?:(?:night|morning|evening|afternoon)\s+of\s+the\s+)?"
                rf"(?P<day5>[0-3]?\d)(?:st|nd|rd|th)\b(?=\s*[,.;:)]|\s+(?:at|when|as|after|before|"
                rf"while|in|near|outside)\b))",
                re.IGNORECASE,
            ),
        ),
        # a weekday and its day of the month: "la última quarta-feira, dia 12", "el martes día 4",
        # and the Brazilian press's "terça-feira (15)", "TERÇA (15) —"
        (
            "weekday_day",
            re.compile(
                rf"\b(?P<weekday>{_WEEKDAY_NAMES})\b(?:\s+(?:pasado|passad[oa]))?(?:,?\s+"
                rf"(?:el\s+)?d[ií]a\s+(?P<day>[0-3]?\d)\b|\s*\((?P<day3>[0-3]?\d)\)|"
                # "na quinta-feira, 26, um primo encontrou o corpo", "el jueves 26, apareció"
                rf",?\s+(?P<day4>[0-3]?\d)(?=\s*[,;:.](?!\d)))"
                rf"(?!\s*(?:de\s+|of\s+)?(?:{MONTH_NAMES}|{_ABBR_NAMES})\b)(?!\s*[/.-]\d)",
                re.IGNORECASE,
            ),
        ),
        ("relative", re.compile(rf"\b(?:{_RELATIVE_NAMES})\b", re.IGNORECASE)),
        # "el día de Reyes", "na véspera de Natal", "on Christmas Eve": the feast's day, in the
        # year the publication date gives (a feast after it is last year's)
        ("holiday", re.compile(rf"\b(?:{_HOLIDAY_NAMES})\b", re.IGNORECASE)),
        # el pasado martes / la madrugada del domingo / nesta quinta-feira / on Tuesday night
        (
            "weekday",
            re.compile(
                rf"(?:\b(?P<pre>(?:el|la|este|esta|nesta|neste|na|no|on|last|this|late|early|"
                rf"el\s+pasado|la\s+madrugada\s+del?|la\s+noche\s+del?|la\s+tarde\s+del?|"
                rf"la\s+mañana\s+del?|na\s+madrugada\s+de(?:sta)?|na\s+noite\s+de(?:sta)?|"
                rf"na\s+manhã\s+de(?:sta)?|na\s+tarde\s+de(?:sta)?|na\s+última|no\s+último|"
                rf"na\s+(?:última|passada)|no\s+(?:último|passado))\s+))?"
                rf"\b(?P<weekday>{_WEEKDAY_NAMES})\b(?P<post>\s+(?:pasado|passad[oa]|último|última))?",
                re.IGNORECASE,
            ),
        ),
        # hace una semana / há três dias / two days ago: counted back from the publication date
        (
            "ago",
            re.compile(
                r"\b(?:(?:hace|h[aá])\s+(?P<n>\d{1,2}|[^\W\d_]+)\s+(?P<unit>d[ií]as?|semanas?)|"
                r"(?P<n2>\d{1,2}|[^\W\d_]+|an?)\s+(?P<unit2>days?|weeks?)\s+ago|"
                # a lede that counts from the harm to now: "Five days after police officers
                # opened fire on a bus ..., families of the dead are still asking why" (the
                # sentence goes on in the present: not "Two days after the shooting, he resigned")
                r"^\W*(?P<n3>\d{1,2}|[^\W\d_]+|an?|una?)\s+(?P<unit3>days?|weeks?|d[ií]as?|semanas?)\s+"
                r"(?:after|since|despu[eé]s\s+de|depois\s+d[eoa]s?|ap[oó]s)\b"
                r"(?=(?:[^.;]|\.(?=[\s,]*[a-z,]))*?,(?:[^.;]|\.(?=[\s,]*[a-z,]))*?\b(?:still|remains?|continues?|are\s+(?:still\s+)?(?:asking|"
                r"waiting|demanding|calling)|siguen|sigue|contin[uú]an?|todav[ií]a|a[uú]n\s+(?:no|"
                r"esperan|piden|exigen)|seguem|segue|continuam|continua|ainda)\b))",
                re.IGNORECASE,
            ),
        ),
        # "in the first week of September", "la segunda semana de marzo", "na última semana de
        # julho de 2024": bound to a week
        (
            "week_of_month",
            re.compile(
                r"\b(?P<nth>first|second|third|fourth|last|final|primera|segunda|tercera|cuarta|"
                r"[úu]ltima|primeira|terceira|quarta)\s+(?:week|semana)\s+(?:of|de|del)\s+"
                rf"(?P<month>{MONTH_NAMES})\b(?:\s+(?:de(?:l)?\s+|of\s+)?{_YEAR})?",
                re.IGNORECASE,
            ),
        ),
        (
            "month_only",
            re.compile(
                rf"\b(?:(?:in|en|em|durante|during|since|desde|between|el\s+mes\s+de|no\s+mês\s+de)\s+"
                rf"(?:{_PART_OF}[\s-]+)?|(?:at|a|por|hacia|até|by)\s+{_PART_OF}[\s-]+|"
                # a list's item or a chronology's line that opens on its month: "- June 2024: A
                # clash ...", "Agosto de 2024 — ..."
                rf"(?:(?<=^)|(?<=^[▪•·*►‣◦–—-] )|(?<=^[▪•·*►‣◦–—-]))"
                rf"(?=(?:{MONTH_NAMES})\s+(?:de\s+)?(?:19|20)\d\d\s*[:–—])|"
                # an event named by its month and year: "el bombardeo de agosto de 2019", "the
                # raid of August 2019" (an event's noun before it, and the year told: "Balance de
                # febrero de 2026" is a period's, "Plaza de Mayo" no date)
                rf"(?=(?:de|of)\s)(?:{_EVENT_BEFORE})(?:de|of)\s+"
                rf"(?=(?:{MONTH_NAMES})\s+(?:de\s+|of\s+)?(?:19|20)\d\d\b))"
                rf"(?:(?:de|del)\s+)?(?P<month>{MONTH_NAMES})\b(?:\s+(?:de(?:l)?\s+|of\s+)?{_YEAR}|"
                # "between September and November 2022": the span's year is told at its end
                rf"(?=\s+(?:and|to|through|until|y|a|e)\s+(?P<end_month>{MONTH_NAMES})\s+(?P<end_year>(?:19|20)\d\d))|"
                rf"\s+(?P<last_year>last\s+year|del\s+año\s+pasado|do\s+ano\s+passado))?",
                re.IGNORECASE,
            ),
        ),
        # in 2021 / during the 2021 elections
        (
            "year_only",
            re.compile(
                rf"\b(?:(?:in|en|em|durante|during)\s+(?:{_PART_OF}[\s-]+)?|"
                rf"(?:at|a|por|hacia|até|by)\s+{_PART_OF}[\s-]+)(?:(?:the|las?|los|os?|as)\s+)?{_YEAR}\b",
                re.IGNORECASE,
            ),
        ),
        # last year / earlier this month / el año pasado (not "later this year", to come)
        (
            "period",
            re.compile(rf"(?<!later\s)\b(?:{_PERIOD_NAMES})\b", re.IGNORECASE),
        ),
        (
            "last_week",
            re.compile(
                r"\b(?:last\s+week|earlier\s+this\s+week|la\s+semana\s+pasada|semana\s+passada|"
                r"na\s+semana\s+passada|esta\s+semana|this\s+week|nesta\s+semana)\b",
                re.IGNORECASE,
            ),
        ),
    )
)


_AMBIGUOUS_WEEKDAYS = frozenset({"segunda", "terça", "quarta", "quinta", "sexta"})
# The languages a weekday's name belongs to: "La segunda entra por la espalda" is no Monday.
_WEEKDAY_LANGS: dict[str, frozenset[str]] = {
    name: frozenset(
        {"en"}
        if name.endswith("day")
        else {"es", "pt"}
        if name.startswith(("sábado", "sabado", "domingo"))
        else {"pt"}
        if name.startswith(("segunda", "terça", "terca", "quarta", "quinta", "sexta"))
        else {"es"}
    )
    for name in WEEKDAYS
}


@dataclass(frozen=True)
class DateHit:
    start: int
    end: int
    text: str
    value: str | None
    precision: DatePrecision
    kind: str


def _month(name: str) -> int | None:
    key = name.lower().rstrip(".")
    return MONTHS.get(key) or _ABBR.get(key)


def _weekday_value(weekday: int, base: date | None, strictly_past: bool) -> str | None:
    if base is None:
        return None
    back = (base.weekday() - weekday) % 7
    if back == 0 and strictly_past:
        back = 7
    return (base - timedelta(days=back)).isoformat()


def _day_month_value(day: int, month: int, year: int | None, base: date | None) -> str | None:
    if year is None and base is not None:
        year = base.year
        try:
            if date(year, month, day) > base + timedelta(days=1):
                year -= 1
        except ValueError:
            return None
    if year is None:
        return f"--{month:02d}-{day:02d}"
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def find_dates(
    text: str,
    published: str | None,
    lang: str | None = None,
    preceding: Callable[[], str] | None = None,
) -> list[DateHit]:
    """Every date expression in the text, resolved where the publication date allows.

    ``preceding`` gives the text told before ``text`` (the sentences before a sentence): where a
    date points back at a year already given ("de ese año"), that year is looked for there too."""
    base = as_date(published)
    hits: list[DateHit] = []
    taken: list[tuple[int, int]] = []
    slashed = "/" in text
    for kind, pattern in _PATTERNS:
        if kind == "numeric" and not slashed:
            continue  # "15/01/2018", "02/03": no slash, no numeric date (their patterns have no gate)
        for match in pattern.finditer(text):
            start, end = match.span()
            if any(s < end and start < e for s, e in taken):
                continue
            hit = _resolve(kind, match, base, lang)
            if hit is None:
                continue
            if match.groupdict().get("that_year"):
                before = (preceding() if preceding else "") + text[:start]
                hit = _in_year_told_before(before, match, hit)
            hits.append(DateHit(start, end, text[start:end], hit[0], hit[1], kind))
            taken.append((start, end))
    hits.sort(key=lambda h: h.start)
    # "el domingo 7 de mayo", "Tuesday, Jan. 27": the explicit date says which Sunday it was,
    # and, when it gives no year, which year ("Era um domingo, 19 de maio" in a report of
    # Monday 19 May 2025 is 19 May 2024, a Sunday)
    out: list[DateHit] = []
    for k, h in enumerate(hits):
        if (
            h.kind == "weekday"
            and out
            and out[-1].kind in ("day_month", "month_day", "iso", "numeric")
            and _DAY_NAMED_AGAIN.fullmatch(text, out[-1].end, h.start)
        ):
            # "02/03 (segunda-feira)", "14 de janeiro de 2023, um sábado": named again; without
            # its year, the weekday says which ("14 de fevereiro, um sábado" in a report of April
            # 2027 is 14 February 2026)
            if out[-1].kind in ("day_month", "month_day") and not _A_YEAR.search(out[-1].text):
                out[-1] = _on_weekday(out[-1], h.text)
            continue
        if out and out[-1].kind == "weekday" and h.start - out[-1].end <= 2:
            if h.kind in ("day_month", "month_day") and not _A_YEAR.search(h.text):
                h = _on_weekday(h, out[-1].text)
            if h.kind in ("day_month", "month_day", "iso", "numeric"):
                out.pop()
        if h.kind == "day_month" and _PLACE_NAMED_BEFORE.search(
            text, max(0, h.start - 30), h.start
        ):
            continue  # "la cooperativa 10 de Agosto", "a Rua 7 de Setembro": a place's name
        if h.kind == "day_month" and h.value and h.precision == "day":
            h = _night_from(text, h)
        told = _year_told_after(text, h, base)
        if told is not None and h.value:
            # "on August 19 last year", "el 13 de marzo del año pasado", "on Halloween night last
            # year": the year before the report's, whatever the day; "el 28 de febrero de este
            # año", "in May of this year": the report's year
            end, year = told
            h = DateHit(
                h.start, end, text[h.start : end], f"{year:04d}{h.value[4:]}", h.precision, h.kind
            )
        elif out and h.start < out[-1].end:
            continue  # the "last year" or "this year" just read into the day before it
        if (
            h.kind == "weekday"
            and h.value
            and _SMALL_HOURS_OF.search(h.text)
            and (to_next := _TO_NEXT_DAY.match(text, h.end))
        ):
            # "na madrugada de sábado para domingo", "la madrugada del sábado al domingo": the
            # small hours are the next day's; that day's date, when it follows, says which
            # ("la madrugada del sábado al domingo 2 de febrero" in a report of the 14th)
            following = next((x for x in hits[k + 1 :] if x.start >= to_next.end()), None)
            if (
                following is not None
                and following.kind in ("day_month", "month_day", "iso", "numeric")
                and following.value
                and following.start - to_next.end() <= 2
            ):
                continue
            day = as_date(h.value)
            if day is not None:
                h = DateHit(
                    h.start, h.end, h.text, (day + timedelta(days=1)).isoformat(), "day", h.kind
                )
        if h.precision == "day" and h.value and _EVE_OF.search(text, max(0, h.start - 70), h.start):
            # "on the eve of Thursday's by-election", "la noche previa a las elecciones del
            # pasado domingo", "na véspera do jogo de domingo": the day before the one named
            day = as_date(h.value)
            if day is not None:
                h = DateHit(
                    h.start, h.end, h.text, (day - timedelta(days=1)).isoformat(), "day", h.kind
                )
        out.append(h)
    return out


# a place named for a day: "la cooperativa 10 de Agosto", "a Rua 7 de Setembro", "la avenida 9
# de Julio", "el barrio 20 de Noviembre"
_PLACE_NAMED_BEFORE = re.compile(
    # (and named with another: "nas avenidas 24 de Julho e Guerra Popular")
    r"\b(?:cooperativa|barrio|colonia|avenidas?|av\.|calles?|ruas?|bairro|escuela|escola|colegio|"
    r"col[eé]gio|plazas?|pra[cç]as?|parque|ciudadela|urbanizaci[oó]n|recinto|vila|jardim|conjunto|"
    r"estaci[oó]n|esta[cç][aã]o|puente|ponte|mercado|parroquia|comunidad|comunidade|"
    r"asentamiento|assentamento|villa|reparto|aldea|caser[ií]o|distrito|sector|setor|"
    r"Hospital|Liceo|Instituto)\s+(?:(?:del|de|do|da)\s+)?$",
    re.IGNORECASE,
)
_SMALL_HOURS_OF = re.compile(r"\bmadrugada\b", re.IGNORECASE)
_TO_NEXT_DAY = re.compile(
    rf"\s+(?:para|al|a|pro)\s+(?:o\s+|el\s+)?(?:{_WEEKDAY_NAMES})\b", re.IGNORECASE
)
# the day before the one named after it, nothing but words of the event between
_EVE_OF = re.compile(
    # ("the day before the funeral", not "The day before, on Monday (8 May)": that day itself)
    r"\b(?:(?:on\s+)?the\s+(?:eve|night|evening|day)\s+before\s+(?:the|a|an|his|her|their|its)\b|"
    r"(?:on\s+)?the\s+eve\s+of|"
    r"(?:la\s+)?v[ií]spera\s+de|(?:la\s+)?(?:noche|tarde|d[ií]a)\s+(?:previ[ao]|anterior)\s+a|"
    r"(?:na\s+)?v[eé]spera\s+d|(?:na\s+)?(?:noite|tarde|dia)\s+anterior\s+a)"
    r"[^.;:\d]{0,60}$",
    re.IGNORECASE,
)


_LAST_YEAR_AFTER = re.compile(
    # (the part of the day between: "on Halloween night last year")
    r"(?:\s+(?:night|morning|evening|afternoon))?"
    r"\s*,?\s*(?:last\s+year|del\s+(?:año\s+pasado|pasado\s+año)|do\s+(?:ano\s+passado|"
    r"passado\s+ano)|de\s+l['’]an(?:n[ée]e)?\s+derni[eè]re?)\b",
    re.IGNORECASE,
)


def _year_told_after(text: str, hit: DateHit, base: date | None) -> tuple[int, int] | None:
    """Where the words after a day (or a month) told without its year end, and the year they
    give it: "last year" the year before the report's, "this year" the report's."""
    if not hit.value or base is None or _A_YEAR.search(hit.text):
        return None
    if hit.kind in ("day_month", "month_day", "holiday") and (
        last := _LAST_YEAR_AFTER.match(text, hit.end)
    ):
        return last.end(), base.year - 1
    if hit.kind in ("day_month", "month_day", "month_only") and (
        this := _THIS_YEAR_AFTER.match(text, hit.end)
    ):
        return this.end(), base.year
    return None


_THIS_YEAR_AFTER = re.compile(
    r"\s*,?\s*(?:(?:of\s+)?this\s+year|de(?:l)?\s+(?:este|presente)\s+año|del\s+año\s+en\s+curso|"
    r"de(?:ste|\s+este)\s+ano|do\s+(?:corrente|presente)\s+ano)\b",
    re.IGNORECASE,
)


# A night told by the two days it spans: "na noite de 3 para 4 de outubro", "la noche del 3 al 4
# de octubre", "the night of 3 to 4 October": the night began on the first
_NIGHT_SPAN = re.compile(
    r"\b(?:noche|noite|night)\s+(?:del?|of(?:\s+the)?)\s+(?P<day>[0-3]?\d)\s+"
    r"(?:al?|para|to|into)\s+$",
    re.IGNORECASE,
)


def _night_from(text: str, hit: DateHit) -> DateHit:
    night = _NIGHT_SPAN.search(text, max(0, hit.start - 40), hit.start)
    if night is None or hit.value is None or hit.value.startswith("-"):
        return hit  # (a day without its year, "--09-15", keeps its own)
    first = int(night.group("day"))
    end = date.fromisoformat(hit.value)
    if not 0 < end.day - first <= 1:
        return hit
    return DateHit(
        night.start(), hit.end, text[night.start() : hit.end],
        (end - timedelta(days=1)).isoformat(), hit.precision, hit.kind,
    )  # fmt: skip


_DAY_NAMED_AGAIN = re.compile(
    r"\s*[(,]?\s*(?:(?:um|uma|un|una|an?|que\s+(?:era|fue|foi))\s+)?", re.I
)
_YEARS_BACK = 1  # a weekday moves a date told without its year to the year before, no further
# (a weekday wrong by more is more likely a slip than an older event)


def _weekday_and_day(weekday: int, day: int, base: date) -> date | None:
    """The latest date not after ``base`` (within a year) that is day ``day`` of its month and
    falls on ``weekday``; None when no month of that year has it."""
    months = base.year * 12 + base.month - 1
    for back in range(13):
        year, month = divmod(months - back, 12)
        try:
            candidate = date(year, month + 1, day)
        except ValueError:
            continue  # no 31st in this month
        if candidate <= base and candidate.weekday() == weekday:
            return candidate
    return None


def _on_weekday(hit: DateHit, weekday_text: str) -> DateHit:
    """A day and month told without a year, after the weekday it fell on: the latest year, not
    after the one already chosen, in which that day was that weekday."""
    name = re.search(rf"(?i:\b(?:{_WEEKDAY_NAMES})\b)", weekday_text)
    day = as_date(hit.value)
    if name is None or day is None:
        return hit
    weekday = WEEKDAYS[name.group(0).lower()]
    for back in range(_YEARS_BACK + 1):
        try:
            candidate = day.replace(year=day.year - back)
        except ValueError:  # 29 February
            continue
        if candidate.weekday() == weekday:
            return replace(hit, value=candidate.isoformat())
    return hit


def _in_year_told_before(
    before: str, match: re.Match[str], hit: tuple[str | None, DatePrecision]
) -> tuple[str | None, DatePrecision]:
    """'el 3 de mayo de ese año': the day and month in the last year written before it."""
    years = _A_YEAR.findall(before[-600:])
    month = _month(match.group("month"))
    if not years or month is None:
        return hit
    value = _day_month_value(int(match.group("day")), month, int(years[-1]), None)
    return (value, "day") if value else hit


def _resolve(
    kind: str, match: re.Match[str], base: date | None, lang: str | None
) -> tuple[str | None, DatePrecision] | None:
    groups = match.groupdict()
    year = int(groups["year"]) if groups.get("year") else None
    if kind == "iso":
        return _day_month_value(int(groups["d"]), int(groups["m"]), year, base), "day"
    if kind == "numeric":
        a = int(groups.get("a") or groups.get("a2") or groups.get("a3") or 0)
        b = int(groups.get("b") or groups.get("b2") or groups.get("b3") or 0)
        if not (1 <= a <= 31 and 1 <= b <= 31):
            return None
        day, month = (b, a) if lang == "en" and a <= 12 else (a, b)
        return _day_month_value(day, month, year, base), "day"
    if kind in ("month_day", "day_month"):
        named_month = _month(groups["month"])
        day = int(groups["day"])
        if named_month is None or not 1 <= day <= 31:
            return None
        if (
            kind == "month_day"
            and groups["month"].lower() in {"may", "mar", "set", "out"}
            and (not groups["month"][0].isupper())
        ):
            return None  # "may 5" is a verb, not May
        value = _day_month_value(day, named_month, year, base)
        return (value, "day") if value else None
    if kind in ("day_only", "weekday_day"):
        day = int(
            groups.get("day")
            or groups.get("day2")
            or groups.get("day3")
            or groups.get("day4")
            or groups.get("day5")
            or 0
        )
        if not 1 <= day <= 31 or base is None:
            return None if not 1 <= day <= 31 else (None, "unknown")
        if kind == "weekday_day":
            # the latest month, up to a year back, in which that day fell on that weekday
            on = _weekday_and_day(WEEKDAYS[groups["weekday"].lower()], day, base)
            if on is not None:
                return on.isoformat(), "day"
        months = base.year * 12 + base.month - 1 - (1 if day > base.day else 0)
        value = _day_month_value(day, months % 12 + 1, months // 12, None)
        return (value, "day") if value else None
    if kind == "holiday":
        month, day = HOLIDAYS[" ".join(match.group(0).lower().split())]
        value = _day_month_value(day, month, year, base)
        return (value, "day") if value else None
    if kind == "relative":
        if base is None:
            return None, "unknown"
        offset = RELATIVE[match.group(0).lower()]
        return (base + timedelta(days=offset)).isoformat(), "day"
    if kind == "weekday":
        weekday = WEEKDAYS[groups["weekday"].lower()]
        pre = (groups.get("pre") or "").lower()
        bare = groups["weekday"].lower()
        if lang in ("en", "es", "pt") and lang not in _WEEKDAY_LANGS.get(bare, frozenset({lang})):
            return None  # another language's weekday
        if not pre and (
            bare in _AMBIGUOUS_WEEKDAYS or (groups["weekday"][0].isupper() and lang != "en")
        ):
            return None  # "segunda" is also "second"; "Domingo" may be a name
        strictly_past = bool(groups.get("post")) or any(
            w in pre for w in ("pasado", "last", "último", "última", "passad")
        )
        value = _weekday_value(weekday, base, strictly_past)
        return value, "day" if value else "unknown"
    if kind == "ago":
        return _ago(groups, base, lang)
    if kind == "month_only":
        only_month = _month(groups["month"])
        if only_month is None:
            return None
        month = only_month
        if groups.get("last_year") and base is not None:  # "in January last year"
            year = base.year - 1
        end_year = groups.get("end_year")
        if year is None and end_year:  # "between September and November 2022"
            year = int(end_year) - (1 if month > (_month(groups["end_month"] or "") or 13) else 0)
        if year is None and base is not None:
            year = base.year if month <= base.month else base.year - 1
        return (f"{year}-{month:02d}" if year else None), "month" if year else "unknown"
    if kind == "week_of_month":
        week_month = _month(groups["month"])
        if week_month is None:
            return None
        if year is None and base is not None:
            year = base.year if week_month <= base.month else base.year - 1
        if year is None:
            return None, "unknown"
        nth = groups["nth"].lower()
        last = calendar.monthrange(year, week_month)[1]
        day = last - 6 if nth in _LAST_WEEK_WORDS else 1 + 7 * _NTH_WEEK.get(nth, 0)
        return f"{year}-{week_month:02d}-{day:02d}", "week"
    if kind == "year_only":
        return str(year), "year"
    if kind == "period":
        if base is None:
            return None, "unknown"
        unit, offset = RELATIVE_PERIODS[" ".join(match.group(0).lower().split())]
        if unit == "year":
            return str(base.year + offset), "year"
        months = base.year * 12 + base.month - 1 + offset
        return f"{months // 12}-{months % 12 + 1:02d}", "month"
    if kind == "last_week":
        if base is None:
            return None, "unknown"
        back = 7 if "last" in match.group(0).lower() or "pas" in match.group(0).lower() else 0
        return (base - timedelta(days=back)).isoformat(), "week"
    return None


def _ago(
    groups: dict[str, str | None], base: date | None, lang: str | None
) -> tuple[str | None, DatePrecision] | None:
    """'hace una semana' is seven days before the report; more weeks bound it to a week only."""
    word = groups.get("n") or groups.get("n2") or groups.get("n3") or ""
    unit = (groups.get("unit") or groups.get("unit2") or groups.get("unit3") or "").lower()
    if word.lower() in ("a", "an", "un", "una"):
        n: int | None = 1
    else:
        numbers = find_numbers(word, lang)
        n = numbers[0].best if len(numbers) == 1 and numbers[0].text == word else None
    if n is None or not 0 < n <= 60:
        return None
    if base is None:
        return None, "unknown"
    weeks = unit.startswith(("sem", "week"))
    value = (base - timedelta(days=7 * n if weeks else n)).isoformat()
    return value, "week" if weeks and n > 1 else "day"


def as_date(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


@cache
def normalise_published(value: str | None, lang: str | None = None) -> str | None:
    """An ISO date (YYYY-MM-DD) from whatever a page or a user gives, or None."""
    if not value or not value.strip():
        return None
    value = value.strip()
    try:
        return date.fromisoformat(value[:10]).isoformat()
    except ValueError:
        pass
    languages = [lang] if lang in ("en", "es", "pt") else ["en", "es", "pt"]
    parsed = dateparser.parse(
        value, languages=languages, settings={"PREFER_DAY_OF_MONTH": "first", "DATE_ORDER": "DMY"}
    )
    return parsed.date().isoformat() if parsed else None
