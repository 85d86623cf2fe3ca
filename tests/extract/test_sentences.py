"""Sentence spans: an item's number opens its heading, a sentence's end still ends it."""

from __future__ import annotations

from forcewatch.extractor.sentences import split_sentences


def test_an_items_number_stays_with_its_heading() -> None:
    text = "Findings\n\n1. Fatal shooting in Nyalenda\n\nII. Death in custody in Kilimani"
    assert [s.text for s in split_sentences(text)] == [
        "Findings",
        "1. Fatal shooting in Nyalenda",
        "II. Death in custody in Kilimani",
    ]


def test_a_number_that_ends_a_sentence_still_ends_it() -> None:
    text = "The toll rose to 12. Police said two officers were hurt."
    assert len(split_sentences(text)) == 2
