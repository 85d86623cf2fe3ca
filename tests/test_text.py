"""Text keys shared by every stage: transliteration as unidecode gives it."""

from __future__ import annotations

import random

import pytest
from unidecode import unidecode

from forcewatch.text import fold, transliterate

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
