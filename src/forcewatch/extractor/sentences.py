"""Sentence spans, with the abbreviations of news copy in en / es / pt kept inside sentences."""

from __future__ import annotations

import re
from dataclasses import dataclass

# months' abbreviations stand before a day ("Mar. 15", "Sept. 3"); before a word they are words
# that end a sentence ("casas de madera frente al mar. La noche ...", "He got out. Police ...")
_MONTH_SIGNS = frozenset(
    [
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "ene",
        "abr",
        "ago",
        "dic",
        "fev",
        "out",
        "dez",
    ]
)
_ABBREVIATIONS = _MONTH_SIGNS | frozenset(
    [
        "mr",
        "mrs",
        # titles of office and address: "Hon. Speaker", "Rt. Hon.", "Prof.", "Lic.", "Mhe."
        "hon",
        "rt",
        "prof",
        "profa",
        "rev",
        "fr",
        "msgr",
        "atty",
        "amb",
        "cmdr",
        "brig",
        "lic",
        "ing",
        "pdte",
        "mhe",
        "ms",
        "dr",
        "sr",
        "sra",
        "srta",
        "dra",
        "st",
        "ave",
        "blvd",
        "rd",
        "gov",
        "lt",
        "sgt",
        "capt",
        "col",
        "gen",
        "rep",
        "sen",
        "det",
        "ofc",
        "dep",
        "cpl",
        "maj",
        "supt",
        "insp",
        "jr",
        "no",
        "nos",
        "vs",
        "etc",
        "inc",
        "co",
        "corp",
        "dept",
        "univ",
        "ala",
        "ariz",
        "ark",
        "calif",
        "colo",
        "conn",
        "del",
        "fla",
        "ga",
        "ill",
        "ind",
        "kan",
        "kans",
        "ky",
        "la",
        "md",
        "mass",
        "mich",
        "minn",
        "miss",
        "mo",
        "mont",
        "neb",
        "nev",
        "okla",
        "ore",
        "pa",
        "penn",
        "tenn",
        "tex",
        "va",
        "vt",
        "wash",
        "wis",
        "wyo",
        "sto",
        "sta",
        "av",
        "pág",
        "prof",
        "lic",
        "ing",
        "gral",
        "cnel",
        "tte",
        "cap",
        "sgto",
        "cel",
        "ten",
        "sd",
        "pe",
        "fr",
        "mt",
        "ft",
    ]
)
_BOUNDARY = re.compile(r"""([.!?…]+)(["'”’»)\]]*)(\s+)(?=["'“‘«(\[]?[\w¿¡])|\n+""")


# the words that label a report's numbered cases ("Caso 3", "Incident 2", "Ocorrência 4")
CASE_LABELS = (
    r"Caso|Case|Incident|Incidente|Hecho|Ocorr[eê]ncia|Episodio|Epis[oó]dio|Ficha|Registo|Registro"
)
# an item's number, alone or after its label: "1.", "IV.", "Caso 1.", "Case 3.", "Item 2."
_ENUMERATION = re.compile(rf"\s*(?:(?:{CASE_LABELS}|Item|[IÍ]tem)\s+)?(?:\d{{1,2}}|[IVX]{{1,4}})")


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str


# a clock's "a.m." / "p.m." before a day or a time zone ends no sentence ("2 a.m. Wednesday")
_CLOCK_BEFORE = re.compile(r"\b[aApP]\.[mM]$")
_CLOCK_THEN_DAY = re.compile(
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|"
    r"May|June|July|August|September|October|November|December|[ECMP][SD]?T|local\s+time)\b"
)
# abbreviations that stand before a number only ("No. 5"): before a word they are a word
_NUMBER_SIGNS = frozenset(["no", "nos"])


def split_sentences(text: str) -> list[Sentence]:
    lower_case_text = not any(c.isupper() for c in text[:2000])
    sentences: list[Sentence] = []
    start = 0
    for match in _BOUNDARY.finditer(text):
        if match.group(0).startswith("\n"):
            end = match.start()
        else:
            end = match.start() + len(match.group(1)) + len(match.group(2))
            nxt = text[match.end() : match.end() + 1]
            # (a blank line always ends one: "... by 18 July.\n\nb) Friday 18 July – ...")
            if not lower_case_text and nxt.islower() and match.group(3).count("\n") < 2:
                continue
            if match.group(1) == "." and _ENUMERATION.fullmatch(text, start, match.start()):
                continue  # "1. Fatal shooting in Nyalenda": an item's number, not a sentence
            if (
                match.group(1) == "."
                and _CLOCK_THEN_DAY.match(text, match.end())
                and (_CLOCK_BEFORE.search(text, max(start, match.start() - 4), match.start()))
            ):
                continue  # "at about 2 a.m. Wednesday", "after 8 p.m. Tuesday": one sentence
            word = re.search(r"(\w+)$", text[start : match.start()])
            if (
                match.group(1) == "."
                and "\n" not in match.group(3)  # "... carried out.\n\n5. Shooting at": an end
                and word
                and (
                    word.group(1).lower() in _ABBREVIATIONS
                    or (len(word.group(1)) == 1 and word.group(1).isupper())
                )
                # "No. 5", "Nos. 3 and 4": a number's abbreviation; "dijo que no. Luego": a word
                and not (word.group(1).lower() in _NUMBER_SIGNS and not nxt.isdigit())
                and not (word.group(1).lower() in _MONTH_SIGNS and not nxt.isdigit())
            ):
                continue
        _add(sentences, text, start, end)
        start = match.end()
    _add(sentences, text, start, len(text))
    return sentences


def _add(sentences: list[Sentence], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        sentences.append(Sentence(start, end, text[start:end]))
