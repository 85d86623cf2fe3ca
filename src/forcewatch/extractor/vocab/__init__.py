"""Language data, apart from the algorithms that read it: one TOML file a language.

``<lang>.toml`` holds lemmas written by the project; ``forms.json`` their inflected forms, generated
from simplemma's dictionary by ``scripts/build_vocab.py`` (a test checks that it is current).
Adding a language is adding its file and its forms, not code.
"""

from __future__ import annotations

import json
import re
import tomllib
from functools import cache
from importlib import resources
from typing import Any, Literal, NamedTuple

__all__ = [
    "LANGUAGES",
    "ForceUnit",
    "alternation",
    "force_units",
    "language_data",
    "pattern",
    "verb_forms",
    "words",
]

LANGUAGES = ("en", "es", "pt")

Part = Literal["finite", "participle"]


@cache
def _forms() -> dict[str, dict[str, dict[str, list[str]]]]:
    text = resources.files(__package__).joinpath("forms.json").read_text(encoding="utf-8")
    data: dict[str, dict[str, dict[str, list[str]]]] = json.loads(text)
    return data


@cache
def language_data(lang: str) -> dict[str, Any]:
    """The parsed ``<lang>.toml`` (an empty table for a language without one)."""
    path = resources.files(__package__).joinpath(f"{lang}.toml")
    if not path.is_file():
        return {}
    return tomllib.loads(path.read_text(encoding="utf-8"))


def verb_forms(lang: str, kind: str, part: Part) -> tuple[str, ...]:
    """The forms of the ``kind`` verbs ("kill", "injure", "fire", "die") of ``lang``."""
    return tuple(_forms().get(lang, {}).get(kind, {}).get(part, ()))


@cache
def words(key: str, table: str = "people") -> tuple[str, ...]:
    """The words of ``[table].key`` of every language's file, together."""
    found: list[str] = []
    for lang in LANGUAGES:
        found += language_data(lang).get(table, {}).get(key, [])
    return tuple(found)


def alternation(words: tuple[str, ...] | list[str]) -> str:
    """A regular-expression alternation of ``words``, longest first ("(?!x)x" when empty).

    Words of one length in alphabetical order: at one place only one of them can match (or two
    the same text, without case), so their order changes no match, and the same words make the
    same pattern in every process (the gates' literals are kept by the pattern's text)."""
    if not words:
        return "(?!x)x"
    ordered = sorted(set(words), key=lambda w: (-len(w), w))
    return "(?:" + "|".join(re.escape(w) for w in ordered) + ")"


_FORMS = re.compile(r"\{\{forms:(?P<kinds>[a-z,]+):(?P<part>finite|participle)\}\}")


def pattern(lang: str, table: str, key: str) -> str:
    """The regular-expression fragment ``[table].key`` of ``<lang>.toml``: its lines joined as
    they are, each ``{{forms:KIND,...:PART}}`` replaced by those verbs' forms ("(?!x)x", which
    matches nothing, when the language has no such entry)."""
    text = language_data(lang).get(table, {}).get(key)
    if not text:
        return "(?!x)x"
    joined = "".join(line.strip() for line in str(text).splitlines())
    return _FORMS.sub(
        lambda m: alternation(
            [
                form
                for kind in m.group("kinds").split(",")
                for form in verb_forms(lang, kind, m.group("part"))  # type: ignore[arg-type]
            ]
        ),
        joined,
    )


class ForceUnit(NamedTuple):
    pattern: str  # a regular expression, matched case-sensitively as whole words
    kind: str  # the kind of force (records.ForceKind)
    country: str | None  # the state that fields it, if only one
    alone: bool  # the name alone names the agents of an act ("the Tatmadaw shelled")


@cache
def force_units() -> tuple[ForceUnit, ...]:
    """State forces and units by their own names (``force_units.tsv``), for every language."""
    text = resources.files(__package__).joinpath("force_units.tsv").read_text(encoding="utf-8")
    units = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        name, kind, country, use = line.split("\t")
        units.append(ForceUnit(name, kind, None if country == "-" else country, use == "alone"))
    return tuple(units)
