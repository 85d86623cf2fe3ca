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
    text = _with_summary_boxes(html, _with_gallery_captions(html, result.text or ""))
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
    captions = [_plain(raw) for raw in _FIGCAPTION.findall(page)]
    captions = [c for c in captions if c and c not in text]
    if len(captions) < _GALLERY_CAPTIONS or sum(len(c.split()) for c in captions) <= len(
        text.split()
    ):
        return text
    return "\n".join([text.rstrip(), *captions])


# A box that sums a story up in the page's own words ("The story so far", "Key facts", "Lo que
# se sabe", "O que se sabe"), which trafilatura leaves out with the other asides
_ASIDE = re.compile(r"<aside\b[^>]*>(.*?)</aside>", re.IGNORECASE | re.DOTALL)
_SUMMARY_HEADING = re.compile(
    r"<(?:h[2-6]|strong|b|p|header)\b[^>]*>\s*(?:the\s+)?(?:story\s+so\s+far|key\s+(?:facts|points)|"
    r"what\s+we\s+know|at\s+a\s+glance|fast\s+facts|the\s+facts|in\s+brief|(?:the\s+)?summary|"
    r"(?:key\s+)?takeaways|lo\s+que\s+(?:sabemos|se\s+sabe)|(?:las\s+)?claves|en\s+resumen|"
    r"datos\s+clave|resumen|resumo|em\s+resumo|o\s+que\s+se\s+sabe|entenda|pontos[\s-]chave)\b",
    re.IGNORECASE,
)
_ITEM = re.compile(r"<(?:li|p)\b[^>]*>(.*?)</(?:li|p)>", re.IGNORECASE | re.DOTALL)
_BOX_ITEM_WORDS = 6  # an item of fewer words is a label or a link, not a fact


def _with_summary_boxes(page: str, text: str) -> str:
    """A summary box's items (sentences of six words or more the text lacks) go in the text
    where the box stood: before the words that follow the box on the page, else at the end."""
    if "<aside" not in page and "<ASIDE" not in page:  # the cheap test first
        return text
    for box in _ASIDE.finditer(page):
        if not _SUMMARY_HEADING.search(box.group(1)):
            continue
        items = [_plain(raw) for raw in _ITEM.findall(box.group(1))]
        items = [i for i in items if len(i.split()) >= _BOX_ITEM_WORDS and i not in text]
        if not items:
            continue
        after = _plain(page[box.end() : box.end() + 2000]).split()[:6]
        anchor = re.search(r"\s+".join(map(re.escape, after)), text) if len(after) == 6 else None
        block = "\n".join(items)
        if anchor is not None:
            text = f"{text[: anchor.start()]}{block}\n{text[anchor.start() :]}"
        else:
            text = f"{text.rstrip()}\n{block}"
    return text


def _plain(fragment: str) -> str:
    return re.sub(r"\s+", " ", html_lib.unescape(re.sub(r"<[^>]+>", " ", fragment))).strip()


def _title(html: str) -> str | None:
    match = re.search(r"<title[^>]*>(.*?)</title>", html, re.IGNORECASE | re.DOTALL)
    return re.sub(r"\s+", " ", match.group(1)).strip() or None if match else None


def looks_like_html(text: str) -> bool:
    head = text[:4096].lower()
    if "<html" in head or "<!doctype html" in head:
        return True
    return len(re.findall(r"</?(?:p|div|span|a|body|article|br|h[1-6])\b", text[:20000], re.I)) >= 3
