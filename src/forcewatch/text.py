"""Text keys shared by every stage: one :func:`fold` for names, places and gold values, and the
simhash that finds near-duplicate reports (the store indexes it, the merge and the evaluation read
it)."""

from __future__ import annotations

import functools
import hashlib
import re
from typing import Any

from unidecode import unidecode

# Abbreviated words of place and person names, spelled out so that both spellings meet.
_ABBREVIATED_WORDS = {
    "st": "saint",
    "ste": "sainte",
    "ft": "fort",
    "mt": "mount",
    "sta": "santa",
    "sto": "santo",
}
_DROPPED = re.compile(r"['’.]")
_SEPARATOR = re.compile(r"[^a-z0-9]+")


class _Transliterations(dict[int, str]):
    """Each character's ASCII form from unidecode, looked up once and kept: ``str.translate``
    then runs in C over a page, where unidecode walks it in Python (2 s in 50 of extraction on
    300 web pages, in the chrome filter's folding of every line)."""

    def __missing__(self, code: int) -> str:
        self[code] = value = unidecode(chr(code))
        return value


_TRANSLITERATIONS = _Transliterations()


def transliterate(text: str) -> str:
    """``unidecode(text)``, faster: unidecode replaces character by character, so a table of
    the characters met gives the same string."""
    return text if text.isascii() else text.translate(_TRANSLITERATIONS)


@functools.lru_cache(maxsize=200_000)
def _fold(text: str) -> str:
    folded = transliterate(text).lower().replace("'s ", " ")
    words = _SEPARATOR.sub(" ", _DROPPED.sub("", folded)).split()
    return " ".join(_ABBREVIATED_WORDS.get(w, w) for w in words)


def fold(text: str | None) -> str:
    """A matching key: ASCII (transliterated: "Στη" -> "ste"), lower case, apostrophes and dots
    dropped, other punctuation and runs of space to one space, abbreviations spelled out:
    "Óscar  Pérez" -> "oscar perez", "EE.UU." -> "eeuu", "St. Paul" -> "saint paul",
    "Caracas, Venezuela" -> "caracas venezuela"."""
    return _fold(text) if text else ""


def fold_uncached(text: str | None) -> str:
    """:func:`fold` without its cache, for callers that fold each string once (a gazetteer's
    236,000 names would cost 40 MB of cache)."""
    return _fold.__wrapped__(text) if text else ""


# ---- full-text search: the same words on SQLite and PostgreSQL ------------------------------
# Neither database's own text search is the other's (FTS5 folds accents but has no Spanish or
# Portuguese stems; PostgreSQL's configurations stem but keep accents unless an extension is
# installed), so forcewatch makes the words itself: folded (fold: ASCII, lower case), then each
# reduced to its Snowball stem in the report's language. The databases only match whole words.
# A search phrase is made into words the same way, once per language, and matches a report
# where the words of one of those follow each other.

STEM_LANGUAGES = {"en": "english", "es": "spanish", "pt": "portuguese"}


@functools.cache
def _stemmer(lang: str) -> Any:
    import snowballstemmer

    return snowballstemmer.stemmer(STEM_LANGUAGES[lang])


@functools.lru_cache(maxsize=100_000)
def _stem(word: str, lang: str) -> str:
    return str(_stemmer(lang).stemWord(word))


def search_words(text: str | None, lang: str | None) -> str:
    """The words a report or a search phrase is matched by: "Los POLICÍAS mataron" in Spanish
    -> "los polici mat"; in a language we do not stem (not en, es, pt), words only folded."""
    folded = fold_uncached(text)
    if lang not in STEM_LANGUAGES:
        return folded
    return " ".join(_stem(word, lang) for word in folded.split())


def search_phrases(phrase: str) -> list[str]:
    """A search phrase's words in every stemming (each language's, and none), distinct: a
    report matches when its words contain one of them in a row."""
    found = [search_words(phrase, lang) for lang in (*STEM_LANGUAGES, None)]
    return [p for n, p in enumerate(found) if p and p not in found[:n]]


# ---- near-duplicate reports: a 64-bit simhash of word shingles, in six bands to find candidates
# without comparing every pair. A syndicated wire story republished with another headline and a byline differs from the
# original in a handful of shingles; its simhash differs in a few bits. Two documents whose hashes
# are within ``MAX_DISTANCE`` bits share at least one band exactly (pigeonhole: 5 differing bits
# cannot touch all 6 bands), so the band index finds every such pair.

BAND_WIDTHS = (11, 11, 11, 11, 10, 10)  # 64 bits in 6 bands
MAX_DISTANCE = 5
_WORD = re.compile(r"\w+", re.UNICODE)
_SIMHASH_BLOCK = 8192  # shingles a block: half a MB of unpacked bits


def simhash(text: str, *, shingle: int = 3) -> int:
    """Signed 64-bit simhash (fits a BIGINT column) of the text's word shingles: each shingle's
    8-byte BLAKE2b hash votes +1 for its set bits and -1 for the others; a bit is set where the
    votes are positive. The votes are counted with numpy a block of shingles at a time (a bit
    at a time per shingle in Python took 1.1 s of a 1 MB report's 17)."""
    import numpy as np  # here: most commands that import this module never hash

    words = [w.lower() for w in _WORD.findall(text)]
    grams = [" ".join(words[i : i + shingle]) for i in range(max(1, len(words) - shingle + 1))]
    ones = np.zeros(64, dtype=np.int64)
    for start in range(0, len(grams), _SIMHASH_BLOCK):
        block = grams[start : start + _SIMHASH_BLOCK]
        digests = b"".join(hashlib.blake2b(g.encode(), digest_size=8).digest() for g in block)
        # big-endian hashes as little-endian bytes: column j of the unpacked bits is bit j
        hashes = np.frombuffer(digests, dtype=">u8").astype("<u8")
        bits = np.unpackbits(hashes.view(np.uint8).reshape(-1, 8), axis=1, bitorder="little")
        ones += bits.sum(axis=0, dtype=np.int64)
    weights = 2 * ones - len(grams)
    value = sum(1 << bit for bit in range(64) if weights[bit] > 0)
    return value - (1 << 64) if value >= 1 << 63 else value


def bands(value: int) -> list[int]:
    unsigned = value & ((1 << 64) - 1)
    out, shift = [], 0
    for width in BAND_WIDTHS:
        out.append((unsigned >> shift) & ((1 << width) - 1))
        shift += width
    return out


def distance(a: int, b: int) -> int:
    return ((a ^ b) & ((1 << 64) - 1)).bit_count()


def near_duplicates(a: int, b: int) -> bool:
    return distance(a, b) <= MAX_DISTANCE
