"""A site's template: the lines it prints on many of its pages (CCNet-style line deduplication).

A site's menus, pitches, "about us" paragraph and footer repeat on every page it publishes, while
an article's lines appear on one page (or on the few copies of one story). So, over the pages of
one site (same host, or same publisher when no address is known), a line seen on at least
``min_pages`` distinct pages is boilerplate. Lines are compared by a hash of their normalised text
(lower case, no accents, digits as 0, no punctuation), so "© 2024 Diário Carioca" and "© 2025
Diario Carioca" are one line.

:class:`SiteTemplates` learns the counts in memory for one run (a batch); a caller with a database
keeps ``counts(site)`` there and passes the boilerplate keys back with :func:`template_keys`.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from urllib.parse import urlsplit

from unidecode import unidecode

from forcewatch.text import transliterate

__all__ = ["MIN_PAGES", "SiteTemplates", "line_key", "page_keys", "site_of", "template_keys"]

# A line on this many distinct pages of a site is the site's, not an article's.
MIN_PAGES = 3
# Lines shorter than this (normalised) say too little to be told apart: "Menu", "Share".
_MIN_CHARS = 4


def line_key(line: str) -> int | None:
    """A stable 64-bit key of a line's normalised text, or None for a line too short to count."""
    text = transliterate(line).lower()
    text = re.sub(r"\d", "0", text)
    text = re.sub(r"[^\w]+", " ", text).strip()
    if len(text) < _MIN_CHARS:
        return None
    return int.from_bytes(hashlib.blake2b(text.encode(), digest_size=8).digest(), "big") >> 1


def page_keys(text: str) -> set[int]:
    """The distinct line keys of one page's text (each line counted once per page)."""
    keys = (line_key(line) for line in text.splitlines())
    return {k for k in keys if k is not None}


_COPYRIGHT = re.compile(
    r"(?:©|\(c\)|copyright)\s*(?:\d{4}\s*[-–]?\s*)*([^.|,]{3,60}?)\s*(?:[.|,]|$)", re.I
)
_LOGO = re.compile(r"^(.{2,60}?)\s*[·|•-]?\s*logo$", re.I)


def site_of(url: str | None = None, text: str | None = None) -> str | None:
    """The site a page belongs to: its host (without "www."), else the publisher a dump names in
    its copyright or logo line, else None (a page of an unknown site is not deduplicated)."""
    if url:
        host = urlsplit(url if "//" in url else f"//{url}").hostname
        if host:
            return host.removeprefix("www.")
    for line in reversed((text or "").splitlines()[-200:]):
        line = line.strip()
        match = _LOGO.match(line) or (_COPYRIGHT.search(line) if len(line) < 200 else None)
        if match:
            name = re.sub(r"\s+", " ", match.group(1)).strip(" ·|-–—:•").lower()
            name = re.sub(r"^(?:the|el|la|o|a)\s+", "", unidecode(name))
            if len(name) >= 3 and not re.fullmatch(r"[\d\s-]+", name):
                return f"publisher:{name}"
    return None


def template_keys(counts: Mapping[int, int], min_pages: int = MIN_PAGES) -> frozenset[int]:
    """The keys of lines seen on at least ``min_pages`` pages, from a site's line counts."""
    return frozenset(k for k, n in counts.items() if n >= min_pages)


class SiteTemplates:
    """Line counts per site for one run: ``learn`` each page once, then ``template(site)``."""

    def __init__(self, min_pages: int = MIN_PAGES) -> None:
        self.min_pages = min_pages
        self._counts: dict[str, Counter[int]] = {}
        self._pages: Counter[str] = Counter()
        self._seen: set[tuple[str, bytes]] = set()

    def learn(self, site: str | None, text: str) -> None:
        """Count the lines of one page of ``site``; the same text twice counts once."""
        if site is None:
            return
        digest = hashlib.blake2b(text.encode(), digest_size=16).digest()
        if (site, digest) in self._seen:
            return
        self._seen.add((site, digest))
        self._pages[site] += 1
        self._counts.setdefault(site, Counter()).update(page_keys(text))

    def learn_all(self, pages: Iterable[tuple[str | None, str]]) -> None:
        for site, text in pages:
            self.learn(site, text)

    def pages(self, site: str | None) -> int:
        return self._pages[site] if site is not None else 0

    def counts(self, site: str | None) -> Mapping[int, int]:
        """How many distinct pages of ``site`` each line key was seen on."""
        return self._counts.get(site, Counter()) if site is not None else Counter()

    def template(self, site: str | None) -> frozenset[int]:
        """The keys of ``site``'s boilerplate lines (empty for a site with too few pages)."""
        if self.pages(site) < self.min_pages:
            return frozenset()
        return template_keys(self.counts(site), self.min_pages)
