"""Text keys shared by every stage: one :func:`fold` for names, places and gold values."""

from __future__ import annotations

import functools
import re

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


@functools.lru_cache(maxsize=200_000)
def _fold(text: str) -> str:
    folded = unidecode(text).lower().replace("'s ", " ")
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
