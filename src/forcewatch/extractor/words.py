"""Words that are not names, per language, from maintained libraries and forcewatch's own files.

Stop words come from spaCy (``spacy.lang.{en,es,pt}.stop_words``), month and day names from
babel's locales, country names from pycountry and babel; forcewatch's own words (institutions,
titles, place nouns) are in ``people_data/<lang>.toml``. Adding a language is a data file and
its code in ``LANGUAGES``. Words are lower case with their accents, as the name rules compare
them.
"""

from __future__ import annotations

import importlib
import tomllib
from functools import cache
from importlib import resources

import pycountry
from babel import Locale

from forcewatch.extractor.ner import given_name_gender

LANGUAGES = ("en", "es", "pt")


@cache
def _data(lang: str) -> dict[str, frozenset[str]]:
    raw = (resources.files(__package__) / "people_data" / f"{lang}.toml").read_text("utf-8")
    return {key: frozenset(value.split()) for key, value in tomllib.loads(raw).items()}


def own_words(key: str) -> frozenset[str]:
    """One list of ``people_data/<lang>.toml``, all languages together."""
    return frozenset().union(*(_data(lang).get(key, frozenset()) for lang in LANGUAGES))


@cache
def stop_words() -> frozenset[str]:
    """spaCy's stop words of every language, less those that are also names here ("Sean",
    "Bueno"; gender-guesser cannot say which: it knows "the" and "una" as given names)."""
    words: set[str] = set()
    for lang in LANGUAGES:
        words |= importlib.import_module(f"spacy.lang.{lang}.stop_words").STOP_WORDS
    keep = own_words("names_among_stop_words")
    return frozenset(words - keep)


@cache
def calendar_words() -> frozenset[str]:
    """Month and day names in every language ("enero", "segunda" of "segunda-feira"), less those
    that are given names too ("Julio", "Abril", "June", "Domingo")."""
    words: set[str] = set()
    for lang in LANGUAGES:
        locale = Locale.parse(lang)
        for context in ("format", "stand-alone"):
            for names in (locale.months[context]["wide"], locale.days[context]["wide"]):
                words |= {str(name).lower().split("-")[0] for name in names.values()}
    return frozenset(w for w in words if given_name_gender(w) is None)


@cache
def country_words() -> frozenset[str]:
    """Country names of one word, in English (pycountry) and in every language (babel), less
    those that are given names too ("Jordan", "Chad", "Georgia")."""
    names = {country.name for country in pycountry.countries}
    names |= {getattr(country, "common_name", country.name) for country in pycountry.countries}
    for lang in LANGUAGES:
        names |= {str(name) for name in Locale.parse(lang).territories.values()}
    return frozenset(
        name.lower() for name in names if " " not in name and given_name_gender(name) is None
    )


@cache
def not_name_words() -> frozenset[str]:
    """Words never part of a person's name: function words, months and days, countries, and
    forcewatch's own (institutions, titles, places, the press)."""
    return stop_words() | calendar_words() | country_words() | own_words("not_name")
