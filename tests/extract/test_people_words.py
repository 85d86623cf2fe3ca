"""Words that are not names: spaCy's stop words, babel's months and days, pycountry's and babel's
countries, and forcewatch's own lists per language (people_data/<lang>.toml)."""

from __future__ import annotations

import pytest

from forcewatch.extractor import words
from forcewatch.extractor.people import find_people_names


@pytest.mark.parametrize("lang", words.LANGUAGES)
def test_people_words_every_language_has_its_data_file(lang: str) -> None:
    data = words._data(lang)
    assert {"not_name", "organisation", "names_among_stop_words"} <= set(data)
    assert all(w == w.lower() for values in data.values() for w in values)


@pytest.mark.parametrize("word", ["the", "entre", "según", "segundo", "los", "uma", "após"])
def test_people_words_function_words_come_from_spacy(word: str) -> None:
    assert word in words.stop_words()


@pytest.mark.parametrize("word", ["enero", "março", "lunes", "viernes", "september"])
def test_people_words_months_and_days_come_from_babel(word: str) -> None:
    assert word in words.calendar_words()


@pytest.mark.parametrize("word", ["venezuela", "méxico", "brasil", "colombia", "alemania"])
def test_people_words_countries_come_from_pycountry_and_babel(word: str) -> None:
    assert word in words.country_words()


@pytest.mark.parametrize("word", ["sean", "bueno", "julio", "june", "jordan", "nada"])
def test_people_words_names_that_are_also_function_words_stay_names(word: str) -> None:
    assert word not in words.not_name_words()


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("La Policía mató a seis personas en Caracas.", "es"),
        ("Los Agentes dispararon. Las Víctimas eran jóvenes.", "es"),
        ("Entre Semana hubo tres muertos. Según Testigos, fueron policías.", "es"),
        ("El Lunes Negro la Guardia Nacional disparó.", "es"),
        ("En Enero Pasado murieron dos jóvenes.", "es"),
        ("A Polícia Militar matou seis pessoas. Os Policiais Militares dispararam.", "pt"),
        ("Segundo Moradores, a PM atirou. Em Março Passado houve outra morte.", "pt"),
        ("The Police Department said. In January Officers fired.", "en"),
    ],
)
def test_people_words_no_article_or_capitalised_function_word_is_a_person(
    text: str, lang: str
) -> None:
    assert find_people_names(text, lang) == []
