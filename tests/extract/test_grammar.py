"""The dependency rules (``extractor.grammar``): which sentences are parsed, and what they find."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

import forcewatch
from forcewatch.extractor import grammar


@pytest.fixture
def parsed(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    seen: list[str] = []
    original = grammar._parse

    def spy(texts: list[str]) -> Iterator[Any]:
        seen.extend(texts)
        return original(texts)

    monkeypatch.setattr(grammar, "_parse", spy)
    return seen


def test_grammar_parses_only_sentences_the_patterns_leave_undecided(parsed: list[str]) -> None:
    text = (
        "Soldiers shot dead four miners near Tarkwa on Monday. "
        "The weather was dry. "
        "Two of the soldiers later beat a man who filmed them."
    )
    result = forcewatch.extract(text, lang="en", published="2024-03-15")
    assert result.relevance.relevant
    assert parsed == ["Two of the soldiers later beat a man who filmed them."]


def test_grammar_is_not_asked_for_other_languages(parsed: list[str]) -> None:
    text = "Uno de los policías golpeó a un vendedor en Quito el lunes."
    forcewatch.extract(text, lang="es", published="2024-03-15")
    assert parsed == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The troops arrested 30 men at the market and later shot three of them.",
        "A man died in Hull on Sunday after two officers knelt on his back.",
        "A man died in Hull on Sunday after two officers held him down.",
        "A detainee was beaten with iron rods in the yard of the jail for an hour by guards and "
        "soldiers of the garrison.",
    ],
)
def test_grammar_finds_agents_a_window_of_words_misses(sentence: str) -> None:
    result = forcewatch.extract(sentence, lang="en", published="2024-03-15")
    assert result.relevance.relevant, result.relevance.reason
