"""Text keys shared by every stage: transliteration as unidecode gives it."""

from __future__ import annotations

import hashlib
import random
import re

import pytest
from unidecode import unidecode

from forcewatch.text import fold, simhash, transliterate

SAMPLES = [
    "Óscar Pérez — «São Paulo» ©2024",
    "Στη Μόρια, Москва, 東京, Ελλάδα",
    "ﬁnal ß ½ Œuvre Ǆ ﬀ “quoted” ‘single’ … •",
    "plain ASCII stays as it is",
    "",
]


@pytest.mark.parametrize("text", SAMPLES)
def test_transliterate_is_unidecode(text: str) -> None:
    assert transliterate(text) == unidecode(text)


def test_transliterate_is_unidecode_on_any_mix_of_scripts() -> None:
    rng = random.Random(7)
    alphabet = [chr(c) for c in range(0x20, 0x3000) if not 0xD800 <= c < 0xE000]
    for _ in range(200):
        text = "".join(rng.choices(alphabet, k=120))
        assert transliterate(text) == unidecode(text)


def test_fold_reads_through_the_transliteration() -> None:
    assert fold("Óscar  PÉREZ, São Paulo") == "oscar perez sao paulo"
    assert fold("St. Paul") == "saint paul"


def _simhash_by_definition(text: str) -> int:
    """Each word trigram's 8-byte BLAKE2b hash votes on each bit, one bit at a time."""
    words = [w.lower() for w in re.findall(r"\w+", text)]
    grams = [" ".join(words[i : i + 3]) for i in range(max(1, len(words) - 2))]
    weights = [0] * 64
    for gram in grams:
        h = int.from_bytes(hashlib.blake2b(gram.encode(), digest_size=8).digest(), "big")
        for bit in range(64):
            weights[bit] += 1 if h >> bit & 1 else -1
    value = sum(1 << bit for bit in range(64) if weights[bit] > 0)
    return value - (1 << 64) if value >= 1 << 63 else value


def test_simhash_is_its_definition() -> None:
    """The vectorised count gives the stored hashes of before: empty and one-word texts, and
    texts longer than a block of shingles (their votes are summed over blocks)."""
    rng = random.Random(7)
    vocabulary = [f"w{n}" for n in range(300)] + ["Police", "polícia", "disparó", "42"]
    texts = ["", "one", "two words", "Police shot a man in Lagos on Monday."]
    texts += [" ".join(rng.choices(vocabulary, k=rng.randrange(3, 20_000))) for _ in range(12)]
    assert any(len(t.split()) > 8192 for t in texts)
    for text in texts:
        assert simhash(text) == _simhash_by_definition(text)
