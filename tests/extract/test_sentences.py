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


def test_an_abbreviation_at_a_paragraphs_end_still_ends_it() -> None:
    # "out" is Portuguese October's abbreviation, "no" English number's: at a paragraph's end
    # they end a sentence, and the next heading keeps its number
    text = "Nobody has found out.\n\n5. Shots at a roadblock near Gafsa\n\nIt was late."
    assert [s.text for s in split_sentences(text)] == [
        "Nobody has found out.",
        "5. Shots at a roadblock near Gafsa",
        "It was late.",
    ]


def test_a_title_of_address_does_not_end_a_sentence() -> None:
    text = "Hon. Speaker: Order, Hon. Members. We now have quorum."
    assert [s.text for s in split_sentences(text)] == [
        "Hon. Speaker: Order, Hon. Members.",
        "We now have quorum.",
    ]


def test_no_is_a_numbers_sign_only_before_a_number() -> None:
    assert len(split_sentences("El Batallón No. 5 disparó contra la multitud.")) == 1
    assert len(split_sentences("El comandante dijo que no. Luego se fue.")) == 2


def test_a_blank_line_ends_a_sentence_before_a_lower_case_item() -> None:
    text = "The road was reopened by 18 July.\n\nb) Friday 18 July – Al-Zubair\n\nIt was calm."
    assert [s.text for s in split_sentences(text)] == [
        "The road was reopened by 18 July.",
        "b) Friday 18 July – Al-Zubair",
        "It was calm.",
    ]
    # a lower-case word after a full stop on the same line still runs on (an abbreviation)
    assert len(split_sentences("He met the gen. manager in Quito.")) == 1


def test_a_months_abbreviation_stands_before_a_day_only() -> None:
    text = (
        "Las casas de madera miran al mar. La noche del 2 de noviembre llegaron los agentes. "
        "He had gone out. Officers fired on Mar. 15 and again on Sept. 3."
    )
    assert [s.text for s in split_sentences(text)] == [
        "Las casas de madera miran al mar.",
        "La noche del 2 de noviembre llegaron los agentes.",
        "He had gone out.",
        "Officers fired on Mar. 15 and again on Sept. 3.",
    ]


def test_a_clock_before_its_day_ends_no_sentence() -> None:
    text = "He was pronounced dead at about 2 a.m. Wednesday. Police said he was shot at 9 p.m. He ran."
    assert [s.text for s in split_sentences(text)] == [
        "He was pronounced dead at about 2 a.m. Wednesday.",
        "Police said he was shot at 9 p.m.",
        "He ran.",
    ]
