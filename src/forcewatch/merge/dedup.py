"""Near-duplicate reports: a 64-bit simhash of word shingles, and four 16-bit bands to find
candidates without comparing every pair.

A syndicated wire story republished with another headline and a byline differs from the
original in a handful of shingles; its simhash differs in a few bits. Two documents whose hashes
are within ``MAX_DISTANCE`` bits share at least one band exactly (pigeonhole: 5 differing bits
cannot touch all 6 bands), so the band index finds every such pair.
"""

from __future__ import annotations

import hashlib
import re

BAND_WIDTHS = (11, 11, 11, 11, 10, 10)  # 64 bits in 6 bands
MAX_DISTANCE = 5
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
    out, shift = [], 0
    for width in BAND_WIDTHS:
        out.append((unsigned >> shift) & ((1 << width) - 1))
        shift += width
    return out


def distance(a: int, b: int) -> int:
    return ((a ^ b) & ((1 << 64) - 1)).bit_count()


def near_duplicates(a: int, b: int) -> bool:
    return distance(a, b) <= MAX_DISTANCE
