"""RawPage -> Document: decoding, main-text extraction, metadata, language."""

from __future__ import annotations

import json
import re
from collections.abc import Container

from forcewatch.clean.decode import decode, repair
from forcewatch.clean.feed import extract_feed, looks_like_feed
from forcewatch.clean.html import extract_html, looks_like_html
from forcewatch.clean.language import detect_language
from forcewatch.clean.layout import repair_layout
from forcewatch.clean.subtitles import looks_like_subtitles, subtitles_to_text
from forcewatch.clean.templates import site_of
from forcewatch.clean.textdump import clean_text_dump, strip_chrome_lines
from forcewatch.errors import BadJson, EmptyInput
from forcewatch.extractor.dates import normalise_published
from forcewatch.records import Document, RawPage

__all__ = ["dump_site", "to_document"]


def to_document(
    raw: RawPage,
    *,
    published: str | None = None,
    lang: str | None = None,
    url: str | None = None,
    default_lang: str | None = None,
    template: Container[int] = frozenset(),
) -> Document:
    """Clean one raw page. ``published``, ``lang`` and ``url`` given by the user win over the page's.
    ``template``: the keys of the lines the page's site repeats on many pages (``templates``)."""
    text, _encoding = decode(raw.data, repair=False)
    text = text.lstrip("\ufeff")
    url = url or raw.url
    fmt = "text"
    title = publisher = page_date = None
    removed: list[str] = []

    obj: dict[str, str] = {}
    if raw.media_type == "application/json" or _looks_like_json(text):
        fmt = "json"
        obj = _json_report(text, raw.name)
        url = url or _str(obj.get("url"))
        page_date = _str(obj.get("published"))
        title = _str(obj.get("title"))
        if isinstance(obj.get("html"), str) and obj["html"].strip():
            text = obj["html"]
        else:
            text = obj["text"]

    given_text = fmt == "json" and not (isinstance(obj.get("html"), str) and obj["html"].strip())
    if given_text and not looks_like_html(text):
        body = text  # a JSON report's "text" is the article already: nothing to clean away
    elif looks_like_feed(text):  # an RSS or Atom feed: its items are the report's sections
        fmt = "html" if fmt == "text" else fmt
        feed = extract_feed(text)
        body, chrome = strip_chrome_lines(feed.text, template=template)
        title = title or feed.title
        publisher = feed.publisher
        page_date = page_date or feed.published
        removed.append("feed markup")
        removed.extend(chrome)
    elif raw.media_type == "text/html" or looks_like_html(text):
        fmt = "html" if fmt == "text" else fmt
        page = extract_html(text, url=url)
        main_text, furniture = repair_layout(page.text, wrapped_lines=True)
        body, chrome = strip_chrome_lines(main_text, template=template)
        title = title or page.title
        publisher = page.publisher
        page_date = page_date or page.published
        url = url or page.url
        removed.append("html markup and page chrome")
        removed.extend(furniture + chrome)
    else:
        if looks_like_subtitles(text):  # a newscast's .srt or .vtt: its words as prose
            text = subtitles_to_text(text)
            removed.append("subtitle cue numbers and timings")
        text, furniture = repair_layout(text)
        removed.extend(furniture)
        dump = clean_text_dump(text, template=template)
        body = dump.text
        title = title or dump.title
        publisher = dump.publisher
        page_date = page_date or dump.published
        removed.extend(dump.removed)

    body = _tidy(repair(body))
    title = repair(title) if title else title
    if not body.strip():
        raise EmptyInput("no article text found in the report", item=raw.name)
    language = lang or detect_language(
        " ".join(filter(None, [title, body[:3000]])), default=default_lang
    )
    return Document(
        text=body,
        title=title,
        publisher=publisher,
        url=url,
        published=normalise_published(published or raw.published or page_date, language),
        language=language,
        format=fmt,  # type: ignore[arg-type]
        removed=removed,
    )


def dump_site(raw: RawPage, *, url: str | None = None) -> tuple[str, str] | None:
    """``(site, text)`` of a plain-text page dump whose site is known (its host, or the publisher
    its copyright or logo line names), for learning the site's template; None for HTML and JSON
    reports (trafilatura already leaves out an HTML page's template) and for pages of no known
    site."""
    text, _encoding = decode(raw.data, repair=False)
    if raw.media_type in ("text/html", "application/json") or _looks_like_json(text):
        return None
    if looks_like_html(text) or looks_like_feed(text):
        return None
    site = site_of(url or raw.url, text)
    return (site, text) if site is not None else None


def _looks_like_json(text: str) -> bool:
    return text.lstrip()[:1] == "{"


def _json_report(text: str, name: str) -> dict[str, str]:
    try:
        obj = json.loads(text)
    except json.JSONDecodeError as exc:
        raise BadJson(f"not valid JSON ({exc.msg} at line {exc.lineno})", item=name) from None
    if not isinstance(obj, dict):
        raise BadJson("a JSON report must be an object", item=name)
    if not any(isinstance(obj.get(k), str) and obj[k].strip() for k in ("text", "html")):
        raise BadJson('the JSON object has no "text" or "html" field with the report', item=name)
    return obj


def _str(value: object) -> str | None:
    return value if isinstance(value, str) and value.strip() else None


def _tidy(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\u00a0", " ")
    text = re.sub(r"[ \t]+", " ", text)
    return re.sub(r"\n{3,}", "\n\n", text).strip()
