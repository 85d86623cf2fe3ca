"""Near-duplicate reports: a 64-bit simhash of word shingles, and four 16-bit bands to find
candidates without comparing every pair.

A syndicated wire story republished with another headline and a byline differs from the
original in a handful of shingles; its simhash differs in a few bits. Two documents whose hashes
are within ``MAX_DISTANCE`` bits share at least one band exactly (pigeonhole: 3 differing bits
cannot touch all 4 bands), so the band index finds every such pair.
"""

from __future__ import annotations

import hashlib
import re

BANDS = 4
BAND_BITS = 16
MAX_DISTANCE = 3
_WORD = re.compile(r"\w+", re.UNICODE)


def simhash(text: str, *, shingle: int = 3) -> int:
    """Signed 64-bit simhash (fits a BIGINT column) of the text's word shingles."""
    words = [w.lower() for w in _WORD.findall(text)]
    grams = [" ".join(words[i : i + shingle]) for i in range(max(1, len(words) - shingle + 1))]
    weights = [0] * 64
    for gram in grams:
        h = int.from_bytes(hashlib.blake2b(gram.encode(), digest_size=8).digest(), "big")
        for bit in range(64):
            weights[bit] += 1 if h >> bit & 1 else -1
    value = sum(1 << bit for bit in range(64) if weights[bit] > 0)
    return value - (1 << 64) if value >= 1 << 63 else value


def bands(value: int) -> list[int]:
    unsigned = value & ((1 << 64) - 1)
    return [(unsigned >> (BAND_BITS * b)) & ((1 << BAND_BITS) - 1) for b in range(BANDS)]


def distance(a: int, b: int) -> int:
    return ((a ^ b) & ((1 << 64) - 1)).bit_count()


def near_duplicates(a: int, b: int) -> bool:
    return distance(a, b) <= MAX_DISTANCE
