"""HTML pages -> main text and metadata, with trafilatura and its date tools."""

from __future__ import annotations

import html as html_lib
import re
from dataclasses import dataclass
from typing import Any, cast

import trafilatura
from trafilatura.settings import Document as TrafilaturaDocument
from trafilatura.settings import Extractor

_OPTIONS = Extractor(
    output_format="python",
    comments=False,
    tables=True,
    dedup=False,
    with_metadata=True,
    # htmldate misreads dates written in Spanish body text; only trust the markup.
    date_params=cast(Any, {"extensive_search": False, "original_date": True}),
)


@dataclass
class Extracted:
    text: str
    title: str | None
    publisher: str | None
    published: str | None
    url: str | None


def extract_html(html: str, *, url: str | None = None) -> Extracted:
    result = trafilatura.bare_extraction(html, url=url, options=_OPTIONS)
    if not isinstance(result, TrafilaturaDocument):
        return Extracted(text="", title=_title(html), publisher=None, published=None, url=url)
    text = _with_gallery_captions(html, result.text or "")
    return Extracted(
        text=text,
        title=result.title or _title(html),
        publisher=result.sitename or None,
        published=result.date or None,
        url=result.url or url,
    )


_FIGCAPTION = re.compile(r"<figcaption\b[^>]*>(.*?)</figcaption>", re.IGNORECASE | re.DOTALL)
_GALLERY_CAPTIONS = 3  # figure captions that make a page a photo essay


def _with_gallery_captions(page: str, text: str) -> str:
    """A photo essay tells its story in its captions, which trafilatura leaves out: when a page's
    captions hold more words than the text it extracted, they follow that text, one a paragraph
    (a story's one or two photographs keep their captions out, as before)."""
    if page.count("<figcaption") < _GALLERY_CAPTIONS:  # the cheap test first: most pages have none
        return text
    captions = [
        re.sub(r"\s+", " ", html_lib.unescape(re.sub(r"<[^>]+>", " ", raw))).strip()
        for raw in _FIGCAPTION.findall(page)
    ]
    captions = [c for c in captions if c and c not in text]
    if len(captions) < _GALLERY_CAPTIONS or sum(len(c.split()) for c in captions) <= len(
        text.split()
    ):
        return text
    return "\n".join([text.rstrip(), *captions])


def _title(html: str) -> str | None:
    match = re.search(r"<title[^>]*>(.*?)</title>", html, re.IGNORECASE | re.DOTALL)
    return re.sub(r"\s+", " ", match.group(1)).strip() or None if match else None


def looks_like_html(text: str) -> bool:
    head = text[:4096].lower()
    if "<html" in head or "<!doctype html" in head:
        return True
    return len(re.findall(r"</?(?:p|div|span|a|body|article|br|h[1-6])\b", text[:20000], re.I)) >= 3
