"""Report text cut into segments for highlighting, never into HTML.

The text of a report is untrusted: the templates print each segment with Jinja's autoescaping and
wrap the highlighted ones in ``<mark class="...">`` whose class comes from :data:`KINDS`, a fixed
list. No report content is ever marked safe.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import pairwise
from typing import Any

KINDS = (
    "evidence", "date", "place", "force", "count", "person", "allegation", "quote", "operation",
    "relevance",
)  # fmt: skip


@dataclass(frozen=True)
class Segment:
    text: str
    kinds: tuple[str, ...]

    @property
    def css(self) -> str:
        return " ".join(f"hl-{k}" for k in self.kinds)


def segments(text: str, spans: Iterable[tuple[int, int, str]]) -> list[Segment]:
    """The text cut at every span boundary; each piece lists the kinds of span covering it."""
    marks = [(max(0, s), min(len(text), e), k) for s, e, k in spans if k in KINDS and e > s]
    cuts = sorted({0, len(text), *(s for s, _, _ in marks), *(e for _, e, _ in marks)})
    out: list[Segment] = []
    for start, end in pairwise(cuts):
        kinds = tuple(sorted({k for s, e, k in marks if s <= start and end <= e}))
        out.append(Segment(text[start:end], kinds))
    return out


def mention_spans(mention: dict[str, Any]) -> Iterator[tuple[int, int, str]]:
    """(start, end, kind) of every span in a stored Mention record."""

    def span(value: Any, kind: str) -> Iterator[tuple[int, int, str]]:
        if isinstance(value, dict) and isinstance(value.get("start"), int):
            end = value.get("end")
            yield value["start"], end if isinstance(end, int) else value["start"], kind

    for item in mention.get("evidence") or []:
        yield from span(item, "evidence")
    yield from span(mention.get("date_span"), "date")
    yield from span(mention.get("place_span"), "place")
    yield from span(mention.get("operation_span"), "operation")
    for name in ("killed", "injured", "agents_killed", "agents_injured"):
        if isinstance(mention.get(name), dict):
            yield from span(mention[name].get("span"), "count")
    for name, kind in (
        ("forces", "force"),
        ("people", "person"),
        ("allegations", "allegation"),
        ("quotes", "quote"),
    ):
        for item in mention.get(name) or []:
            if isinstance(item, dict):
                yield from span(item.get("span"), kind)
