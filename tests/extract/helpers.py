"""Small readers the extraction tests share: the kinds of agency a text's sentences tell (and
whether any is the agents' own harm), and the dead each incident of an extraction counts."""

from __future__ import annotations

import forcewatch
from forcewatch.extractor.agency import find_agency
from forcewatch.extractor.sentences import split_sentences


def agency_kinds(text: str, lang: str) -> set[str]:
    """The kinds of the agency ``find_agency`` finds in ``text`` ("act", "context" ...)."""
    return {a.kind for a in find_agency(split_sentences(text), lang)}


def agents_harm(text: str, lang: str) -> bool:
    """The agents' own harm (an act, or a passive with them as agents) is found in ``text``."""
    return bool(agency_kinds(text, lang) & {"act", "passive"})


def killed(result: forcewatch.Extraction) -> list[int | None]:
    """The best count of the dead of each incident, in order (None where none is told)."""
    return [m.killed.best if m.killed else None for m in result.incidents]
