"""A cheap relevance gate before the heavy steps: two regular-expression searches per report.

On a crawl (a month of Common Crawl news is tens of millions of pages) nearly every page is about
something else; cleaning and extracting each costs some 40 ms. ``may_be_relevant(text)`` answers in
well under a millisecond whether a text could be relevant at all: it must name state agents (or a
weapon only states field: air strikes, tear gas) and name a death or an injury, in any of the
supported languages. It is built from the extractor's own words, so it cannot refuse a report the
extractor would keep for want of a word: a report the extractor judges relevant has a sentence
with both. `benchmarks/gate.py` measures that on every labelled set (the gate must keep 100% of
the relevant reports) and how much it saves.
"""

from __future__ import annotations

import re
from functools import cache

__all__ = ["may_be_relevant"]


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    from forcewatch.extractor import lexicon as lx
    from forcewatch.extractor import vocab
    from forcewatch.extractor.agency import agent_words

    agents = re.compile(rf"\b(?:{agent_words()})\b", re.IGNORECASE)
    verbs = [
        lx.forms_of(lang, "kill", "execute", "injure", "fire", "strike", "die", part=part)
        for lang in vocab.LANGUAGES
        for part in ("finite", "participle")
    ]
    harm = re.compile(
        rf"(?:{lx.DEATH.pattern}|{lx.INJURY.pattern}|\b(?:{'|'.join(verbs)})\b|"
        r"\b(?:shot|shoots|shooting|beat|beaten|tortur\w*|wound\w*|injur\w*|kill\w*|"
        r"dispar\w*|balea\w*|golpe\w*|atir\w*|espanc\w*|agredi\w*)\b)",
        re.IGNORECASE,
    )
    return agents, harm


def may_be_relevant(text: str) -> bool:
    """False only for a text that names no state agent or no harm at all."""
    agents, harm = _patterns()
    return bool(agents.search(text)) and bool(harm.search(text))
