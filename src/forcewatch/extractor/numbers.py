"""Numbers as written in en / es / pt, with the qualifiers that set UCDP low / best / high.

``find_numbers`` returns every number in a text with its span: digits ("9", "1.200" in Spanish and
Portuguese, "1,200" in English), number words (converted by text2num), vague words ("several",
"decenas", "dezenas") and their qualifiers ("at least", "más de", "entre 5 y 7", "up to").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from text_to_num import text2num

_WORDS = {
    "en": (
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
        "fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy "
        "eighty ninety hundred thousand"
    ),
    "es": (
        "cero uno una un dos tres cuatro cinco seis siete ocho nueve diez once doce trece "
        "catorce quince dieciséis dieciseis diecisiete dieciocho diecinueve veinte veintiuno "
        "veintiún veintiuna veintidós veintidos veintitrés veintitres veinticuatro veinticinco "
        "veintiséis veintisiete veintiocho veintinueve treinta cuarenta cincuenta sesenta "
        "setenta ochenta noventa cien ciento doscientos doscientas trescientos trescientas "
        "cuatrocientos quinientos seiscientos setecientos ochocientos novecientos mil"
    ),
    "pt": (
        "zero um uma dois duas três tres quatro cinco seis sete oito nove dez onze doze treze "
        "catorze quatorze quinze dezesseis dezasseis dezessete dezassete dezoito dezenove "
        "dezanove vinte trinta quarenta cinquenta sessenta setenta oitenta noventa cem cento "
        "duzentos duzentas trezentos trezentas quatrocentos quinhentos seiscentos setecentos "
        "oitocentos novecentos mil"
    ),
}
# Ordinal words up to the sixth, en / es / pt: "a second worker has died", "el tercer día".
ORDINALS = {
    "first": 1, "primer": 1, "primero": 1, "primera": 1, "primeiro": 1, "primeira": 1,
    "second": 2, "segundo": 2, "segunda": 2, "third": 3, "tercer": 3, "tercero": 3, "tercera": 3,
    "terceiro": 3, "terceira": 3, "fourth": 4, "cuarto": 4, "cuarta": 4, "quarto": 4, "quarta": 4,
    "fifth": 5, "quinto": 5, "quinta": 5, "sixth": 6, "sexto": 6, "sexta": 6,
    "seventh": 7, "séptimo": 7, "séptima": 7, "sétimo": 7, "sétima": 7, "eighth": 8, "octavo": 8,
    "octava": 8, "oitavo": 8, "oitava": 8, "ninth": 9, "noveno": 9, "novena": 9, "nono": 9,
    "nona": 9, "tenth": 10, "décimo": 10, "décima": 10,
}  # fmt: skip
_CONNECT = {"en": r"(?:-|\s+and\s+|\s+)", "es": r"(?:\s+y\s+|\s+)", "pt": r"(?:\s+e\s+|\s+)"}
_ONE = {
    "a": 1,
    "an": 1,
    "one": 1,
    "un": 1,
    "uno": 1,
    "una": 1,
    "um": 1,
    "uma": 1,
    "veintiún": 21,
    "veintiun": 21,
}

# Vague quantities (DESIGN.md): a low bound only.
VAGUE = {
    "several": 3,
    "a few": 2,
    "a couple of": 2,
    "a dozen": 12,
    "dozens": 24,
    "dozens of": 24,
    "scores of": 40,
    "scores": 40,
    "hundreds": 200,
    "hundreds of": 200,
    "thousands": 2000,
    "thousands of": 2000,
    "varios": 3,
    "varias": 3,
    "unos cuantos": 2,
    "una docena": 12,
    "una decena": 10,
    "decenas": 24,
    "decenas de": 24,
    "cientos": 200,
    "cientos de": 200,
    "centenares de": 200,
    "miles": 2000,
    "miles de": 2000,
    "vários": 3,
    "várias": 3,
    "uma dezena": 10,
    "dezenas": 24,
    "dezenas de": 24,
    "centenas": 200,
    "centenas de": 200,
    "milhares": 2000,
    "milhares de": 2000,
    "uma dúzia": 12,
    "una veintena": 20,
    "uma vintena": 20,
}
_VAGUE_RE = re.compile(
    r"\b(?:" + "|".join(re.escape(v) for v in sorted(VAGUE, key=len, reverse=True)) + r")\b",
    re.IGNORECASE,
)

# A collective noun after a number multiplies it: "três dezenas" (30), "dos docenas" (24),
# "cuatro centenares" (400). Alone, "dezenas" is vague (VAGUE).
_TIMES = {
    "decenas": 10,
    "dezenas": 10,
    "docenas": 12,
    "dúzias": 12,
    "duzias": 12,
    "dozen": 12,
    "centenares": 100,
    "centenas": 100,
    "veintenas": 20,
    "vintenas": 20,
}
_TIMES_AFTER = re.compile(
    r"\s+(" + "|".join(sorted(_TIMES, key=len, reverse=True)) + r")\b", re.IGNORECASE
)

_LOW = (
    r"at\s+least|no\s+fewer\s+than|no\s+less\s+than|al\s+menos|por\s+lo\s+menos|como\s+m[ií]nimo|"
    r"pelo\s+menos|no\s+m[ií]nimo|ao\s+menos"
)
_MORE = r"more\s+than|over|upwards\s+of|m[aá]s\s+de|mais\s+de|acima\s+de"
_UP_TO = r"up\s+to|as\s+many\s+as|hasta|at[eé]|a\s+lo\s+sumo|no\s+m[aá]ximo"
_ABOUT = (
    r"about|around|nearly|almost|some|approximately|roughly|unos|unas|cerca\s+de|casi|"
    r"aproximadamente|alrededor\s+de|quase|em\s+torno\s+de|por\s+volta\s+de"
)
_QUALIFIER = re.compile(
    rf"(?:(?P<low>{_LOW})|(?P<more>{_MORE})|(?P<upto>{_UP_TO})|(?P<about>{_ABOUT}))\s+$",
    re.IGNORECASE,
)
_RANGE = re.compile(
    r"\b(?:between|entre)\s+(?P<a>\S+(?:\s+\S+)?)\s+(?:and|to|y|e|a)\s+(?P<b>\S+(?:\s+\S+)?)$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Number:
    start: int
    end: int
    text: str
    low: int | None
    best: int | None
    high: int | None
    vague: bool = False


# "mató a tres hombres y a un adolescente": after "y", Spanish "a" marks a person, not a place.
_PERSON_A = re.compile(r"\by\s+a\s+$", re.IGNORECASE)


def _word_pattern(lang: str) -> re.Pattern[str]:
    words = sorted(_WORDS[lang].split(), key=len, reverse=True)
    word = r"(?:" + "|".join(words) + r")"
    return re.compile(rf"\b{word}(?:{_CONNECT[lang]}{word})*\b", re.IGNORECASE)


_WORD_RES = {lang: _word_pattern(lang) for lang in _WORDS}
# "terminó con un fallecido", "com um morto e dois feridos": the article counts the one harmed
_HARM_NOUN_AFTER = re.compile(
    r"\s+(?:muert[oa]|fallecid[oa]|herid[oa]|lesionad[oa]|mort[oa]|ferid[oa]|baleado)\b",
    re.IGNORECASE,
)
_ARTICLES = frozenset({"un", "una", "uno", "um", "uma"})
_PREPOSITION_BEFORE = re.compile(
    r"\b(?:de|del|en|con|por|para|sin|sobre|tras|hacia|desde|entre|em|com|num|numa|pela|pelo|"
    r"at[eé]|sob|a)\s+$",
    re.IGNORECASE,
)
_DIGITS = re.compile(r"(?<![\w.,/-])\d{1,3}(?:[.,\s]\d{3})+(?![\w/-])|(?<![\w.,/:-])\d+(?![\w/:])")
_ARTICLE_ONE = re.compile(r"\b(?:a|an|one|un|una|uno|um|uma)\b", re.IGNORECASE)


def _digits_value(text: str, lang: str) -> int:
    if re.fullmatch(r"\d{1,3}(?:[.,\s]\d{3})+", text):
        return int(re.sub(r"[.,\s]", "", text))
    return int(text)


def _words_value(text: str, lang: str) -> int | None:
    key = text.lower()
    if key in _ONE:
        return _ONE[key]
    try:
        return int(text2num(key.replace("-", " "), lang))
    except (ValueError, TypeError):
        return None


def find_numbers(text: str, lang: str | None) -> list[Number]:
    """Numbers with their qualifiers; each span covers the qualifier and the number."""
    lang = lang if lang in _WORDS else "en"
    raw: list[tuple[int, int, int, bool]] = []  # start, end, value, vague
    for match in _DIGITS.finditer(text):
        value = _digits_value(match.group(0), lang)
        if 1900 <= value <= 2100 and len(match.group(0)) == 4:
            continue  # a year
        raw.append((match.start(), match.end(), value, False))
    for match in _VAGUE_RE.finditer(text):
        raw.append((match.start(), match.end(), VAGUE[match.group(0).lower()], True))
    for pattern in (_WORD_RES[lang],):
        for match in pattern.finditer(text):
            if any(s <= match.start() < e for s, e, _, _ in raw):
                continue
            before = text[max(0, match.start() - 12) : match.start()]
            if (
                match.group(0).lower() in _ARTICLES
                and _PREPOSITION_BEFORE.search(before)
                and not _PERSON_A.search(before)
                and not _HARM_NOUN_AFTER.match(text, match.end())
            ):
                continue  # "de un grupo", "em uma viatura": an article, not a count
            converted = _words_value(match.group(0), lang)
            if converted is not None:
                raw.append((match.start(), match.end(), converted, False))
                continue
            # "cinco y siete" is two numbers, not one.
            for word in re.finditer(r"[^\s-]+", match.group(0)):
                part = _words_value(word.group(0), lang)
                if part is not None and word.group(0).lower() not in ("y", "e", "and"):
                    raw.append(
                        (match.start() + word.start(), match.start() + word.end(), part, False)
                    )
    raw.sort()
    raw = _multiplied(text, raw)
    numbers: list[Number] = []
    skip_until = -1
    for start, end, value, vague in raw:
        if start < skip_until:
            continue
        before = text[max(0, start - 40) : start]
        after_range = _range_after(text, start, end, lang)
        if after_range is not None:
            range_start = _range_start(before)
            if range_start is not None:
                rs = start - range_start
                high_end, high = after_range
                low, best = value, (value + high) // 2
                numbers.append(Number(rs, high_end, text[rs:high_end], low, best, high))
                skip_until = high_end
                continue
        qualifier = _QUALIFIER.search(before)
        q_start = start - (len(before) - qualifier.start()) if qualifier else start
        if vague:
            numbers.append(Number(q_start, end, text[q_start:end], value, value, None, True))
        elif qualifier and qualifier.group("upto"):
            numbers.append(Number(q_start, end, text[q_start:end], None, value, value))
        elif qualifier and qualifier.group("about"):
            numbers.append(Number(q_start, end, text[q_start:end], None, value, None))
        else:
            numbers.append(Number(q_start, end, text[q_start:end], value, value, None))
    return numbers


def _multiplied(
    text: str, raw: list[tuple[int, int, int, bool]]
) -> list[tuple[int, int, int, bool]]:
    """A number followed by a collective noun ("tres decenas") is one number, their product; the
    noun's own vague reading is dropped."""
    out: list[tuple[int, int, int, bool]] = []
    swallowed: set[int] = set()
    for start, end, value, vague in raw:
        if start in swallowed:
            continue
        times = None if vague else _TIMES_AFTER.match(text, end)
        if times is not None:
            swallowed.add(times.start(1))
            out.append((start, times.end(1), value * _TIMES[times.group(1).lower()], False))
        else:
            out.append((start, end, value, vague))
    return out


def _range_start(before: str) -> int | None:
    match = re.search(r"\b(?:between|entre)\s+$", before, re.IGNORECASE)
    return len(before) - match.start() if match else None


def _range_after(text: str, start: int, end: int, lang: str) -> tuple[int, int] | None:
    tail = text[end : end + 40]
    match = re.match(r"\s+(?:and|to|y|e|a)\s+", tail, re.IGNORECASE)
    if not match:
        return None
    rest_start = end + match.end()
    digit = _DIGITS.match(text, rest_start)
    if digit:
        return digit.end(), _digits_value(digit.group(0), lang)
    words = _WORD_RES.get(lang, _WORD_RES["en"]).match(text, rest_start)
    if words:
        value = _words_value(words.group(0), lang)
        if value is not None:
            return words.end(), value
    return None


def is_article_one(text: str) -> bool:
    return bool(_ARTICLE_ONE.fullmatch(text.strip()))
