"""One annotation pass over a document; every later step reads it instead of the raw text.

``annotate(doc)`` splits the text into sentences and finds who harmed whom (``agency``) once.
Dates, counts, single victims, denials ("nobody died") and quotes are found at most once per
sentence (or once for the document, for quotes), the first time a step asks for them, and kept:
deciding relevance, grouping incidents and filling each incident's fields all read the same hits.
Lazy rather than eager because most sentences of a long report are never asked about; the rule is
that no step scans the same words for the same thing twice.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TypeVar

from forcewatch.extractor import lexicon as lx
from forcewatch.extractor.agency import Agency, find_agency
from forcewatch.extractor.counts import (
    Count,
    Zero,
    find_counts,
    find_single_counts,
    find_zero_counts,
)
from forcewatch.extractor.dates import DateHit, find_dates
from forcewatch.extractor.people import QuoteHit, find_quotes
from forcewatch.extractor.sentences import Sentence, split_sentences
from forcewatch.records import Document

__all__ = ["Annotation", "annotate"]

T = TypeVar("T")


@dataclass
class Annotation:
    doc: Document
    lang: str
    sentences: list[Sentence]
    agency: list[Agency]
    by_sentence: dict[int, list[Agency]] = field(default_factory=dict)
    _dates: dict[int, list[DateHit]] = field(default_factory=dict)
    _counts: dict[int, list[Count]] = field(default_factory=dict)
    _singles: dict[int, list[Count]] = field(default_factory=dict)
    _zeros: dict[int, list[Zero]] = field(default_factory=dict)
    _statistic: dict[int, bool] = field(default_factory=dict)
    _quotes: list[QuoteHit] | None = None

    @property
    def text(self) -> str:
        return self.doc.text

    def kinds(self, sentence: Sentence) -> set[str]:
        """The kinds of agency found in ``sentence`` ("act", "passive", "context"...)."""
        return {a.kind for a in self.by_sentence.get(sentence.start, [])}

    def dates(self, sentence: Sentence) -> list[DateHit]:
        """Dates in ``sentence``, resolved against the publication date; offsets in the sentence."""

        def before() -> str:
            return self.doc.text[max(0, sentence.start - 600) : sentence.start]

        def find() -> list[DateHit]:
            return find_dates(sentence.text, self.doc.published, self.lang, preceding=before)

        return _once(self._dates, sentence, find)

    def counts(self, sentence: Sentence) -> list[Count]:
        """Counts of killed and injured in ``sentence``; offsets in the document."""

        def count() -> list[Count]:
            spans = [(d.start, d.end) for d in self.dates(sentence) if d.kind != "relative"]
            return find_counts(sentence.text, self.lang, sentence.start, dates=spans)

        return _once(self._counts, sentence, count)

    def single_counts(self, sentence: Sentence) -> list[Count]:
        return _once(
            self._singles, sentence, lambda: find_single_counts(sentence.text, sentence.start)
        )

    def zero_counts(self, sentence: Sentence) -> list[Zero]:
        return _once(self._zeros, sentence, lambda: find_zero_counts(sentence.text, sentence.start))

    def statistic(self, sentence: Sentence) -> bool:
        """``sentence`` tells figures over many cases (``lexicon.STATISTIC``): asked once."""
        told = self._statistic.get(sentence.start)
        if told is None:
            text = sentence.text
            told = self._statistic[sentence.start] = any(
                # (a toll that rises is one case's: "raising to three the number of people
                # killed when police opened fire on demonstrators at Kondele roundabout")
                not lx.TOLL_RAISED_TO.search(text, max(0, m.start() - 40), m.start())
                for m in lx.STATISTIC.finditer(text)
            )
        return told

    @property
    def quotes(self) -> list[QuoteHit]:
        """Quotations of the whole document; offsets in the document."""
        if self._quotes is None:
            self._quotes = find_quotes(self.doc.text)
        return self._quotes


def _once(cache: dict[int, list[T]], sentence: Sentence, find: Callable[[], list[T]]) -> list[T]:
    """``find()`` for ``sentence`` the first time it is asked for, the kept answer after."""
    hits = cache.get(sentence.start)
    if hits is None:
        hits = cache[sentence.start] = find()
    return hits


def annotate(doc: Document) -> Annotation:
    lang = doc.language or "en"
    sentences = split_sentences(doc.text)
    agency = find_agency(sentences, lang, doc.title)
    by_sentence: dict[int, list[Agency]] = {}
    for item in agency:
        by_sentence.setdefault(item.sentence.start, []).append(item)
    return Annotation(doc, lang, sentences, agency, by_sentence)
