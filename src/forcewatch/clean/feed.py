"""RSS and Atom feeds saved as a report: each item's title and text, with feedparser.

A feed is a site's latest stories, each an item with its own title, date and text (often the
whole article in ``content:encoded``). Saved as one file, it is one report whose stories are its
sections: the items in order, each its title, then its text as paragraphs. The report's date is
the newest item's (the day the feed was saved), so "on Tuesday" in any item reads from there.
"""

from __future__ import annotations

import calendar
import re
import time
from dataclasses import dataclass
from typing import Any

import feedparser
import lxml.html

__all__ = ["Feed", "extract_feed", "looks_like_feed"]

_FEED_HEAD = re.compile(
    r"<rss\b|<feed\b[^>]*http://www\.w3\.org/2005/Atom|<rdf:RDF\b[^>]*purl\.org/rss", re.IGNORECASE
)
_BLOCKS = re.compile(r"</?(?:p|div|br|li|h[1-6]|blockquote|tr|section|article)\b[^>]*>", re.I)


@dataclass
class Feed:
    text: str
    title: str | None
    publisher: str | None
    published: str | None


def looks_like_feed(text: str) -> bool:
    """An RSS 1.0/2.0 or Atom document: its root element in the first 2 KB."""
    head = text.lstrip()[:2048]
    return head.startswith("<") and bool(_FEED_HEAD.search(head))


def extract_feed(text: str) -> Feed:
    """The items' titles and texts, one section an item; empty text for a feed with no items."""
    parsed: Any = feedparser.parse(text)
    sections: list[str] = []
    newest: float | None = None
    for entry in parsed.entries:
        body = _entry_text(entry)
        title = _plain(entry.get("title") or "")
        if not (title or body):
            continue
        sections.append("\n\n".join(part for part in (title, body) if part))
        stamp = entry.get("published_parsed") or entry.get("updated_parsed")
        if stamp is not None:
            seconds = calendar.timegm(stamp)
            newest = seconds if newest is None else max(newest, seconds)
    name = _plain(parsed.feed.get("title") or "") or None  # the site's: title and publisher
    published = time.strftime("%Y-%m-%d", time.gmtime(newest)) if newest is not None else None
    return Feed(text="\n\n".join(sections), title=name, publisher=name, published=published)


def _entry_text(entry: Any) -> str:
    """The fullest text an item carries: its content, else its summary (both HTML, sanitised
    by feedparser)."""
    candidates = [c.get("value") or "" for c in entry.get("content") or []]
    candidates.append(entry.get("summary") or "")
    return max((_plain(c) for c in candidates), key=len, default="")


def _plain(fragment: str) -> str:
    """An HTML fragment as text, a paragraph a block element."""
    if "<" not in fragment:
        return " ".join(fragment.split())
    marked = _BLOCKS.sub("\n\n", fragment)
    try:
        text = lxml.html.fromstring(f"<div>{marked}</div>").text_content()
    except (ValueError, lxml.etree.ParserError):
        return ""
    paragraphs = (" ".join(p.split()) for p in re.split(r"\n\s*\n", text))
    return "\n\n".join(p for p in paragraphs if p)
