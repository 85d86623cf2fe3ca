"""Plain-text page dumps -> the article, without the site around it.

A page saved as text keeps everything the site printed: "Skip to main content", newsletter pitches,
menus, share buttons, the press contact, the NGO's standard "about us" paragraph, and a rail of
unrelated headlines, each with its dek and a byline ("Jake Johnson ·"). The cleaner splits the dump
into blocks, labels each block, and keeps the run of article blocks between the first and the last
paragraph of prose. The title is the last headline-like block before the article starts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

# Lines that are site chrome in any position, in en / es / pt.
_CHROME = re.compile(
    r"""^(?:
        skip\ to\ (?:main\ )?content | saltar\ al\ contenido.* | ir\ al\ contenido.* |
        pular\ para\ o\ conte[uú]do.* | ir\ para\ o\ conte[uú]do.* |
        (?:sign\ up|subscribe).{0,60} | suscr[ií]bete.{0,60} | assine.{0,60} | inscreva-se.{0,60} |
        .{0,80}\b(?:newsletter|inbox|bolet[ií]n|bandeja\ de\ entrada|caixa\ de\ entrada)\b.{0,120} |
        (?:for\ immediate\ release|press\ release|news\ release|comunicado(?:\ de\ prensa)?|
           nota\ de\ prensa|nota\ [àa]\ imprensa|release) |
        (?:share|compartir|compartilhar|tweet|email|print|imprimir|facebook|twitter|whatsapp|
           linkedin|telegram|copy\ link|copiar\ enlace|copiar\ link)(?:\s*[|·•/]\s*\w+)* |
        advertisement | publicidad | publicidade | anuncio | read\ more | leer\ m[aá]s | leia\ mais |
        (?:related|relacionad[oa]s|more\ stories|m[aá]s\ noticias|mais\ not[ií]cias|
           lo\ m[aá]s\ le[ií]do|most\ read|mais\ lidas|trending|te\ puede\ interesar|
           veja\ tamb[eé]m|see\ also|you\ may\ also\ like).{0,30} |
        .{0,60}\bcookies?\b.{0,200} |
        .{1,60}\blogo |
        (?:menu|men[uú]|home|inicio|in[ií]cio|search|buscar|pesquisar|log\ ?in|sign\ in|
           iniciar\ sesi[oó]n|entrar|donate|dona|doar|support\ us|ap[oó]yanos|apoie)
        (?:\s*[|·•/>]\s*.{1,30})*
    )\s*[.:!]?$""",
    re.IGNORECASE | re.VERBOSE,
)
# "Jake Johnson ·", "By Ana Pérez", "Por João Silva · 3 min", "Julia Conley |".
_BYLINE = re.compile(
    r"^(?:(?:by|por)\s+)?[A-ZÁÉÍÓÚÑÇÂÊÔÃÕ][\w'’.-]+(?:\s+(?:de|da|do|dos|das|del|y|e)?\s*"
    r"[A-ZÁÉÍÓÚÑÇÂÊÔÃÕ][\w'’.-]+){0,3}\s*[·•|—–-]\s*(?:\d{1,2}\s*min.*|.{0,25})$"
    r"|^(?:by|por)\s+[A-ZÁÉÍÓÚÑÇ][\w'’.-]+(?:\s+[A-ZÁÉÍÓÚÑÇ\w'’.-]+){0,4}$",
)
# A menu: several short items separated by pipes, bullets or slashes.
_MENU = re.compile(r"^(?:[^|·•]{1,30}\s*[|·•]\s*){2,}[^|·•]{0,30}$")
# The standard paragraph an organisation puts under every release.
_ABOUT = re.compile(
    r"""^(?:[Aa]bout\ [\w ]{2,60}[:.]?\s*|[Ss]obre\ [\w ]{2,60}[:.]?\s*|[Aa]cerca\ de\ [\w ]{2,60}[:.]?\s*)?
        [A-ZÁÉÍÓÚÑÇ][\w’'&.() -]{1,80}?\s+
        (?:is|es|é)\s+(?:an?|una?|uma)\s+[^.]{0,120}?
        (?:movement|organi[sz]ation|organizaci[oó]n|organiza[cç][aã]o|ONG|NGO|non-?profit|
           nonpartisan|coalition|network|red|rede|association|asociaci[oó]n|associa[cç][aã]o|
           observatory|observatorio|observat[oó]rio|foundation|fundaci[oó]n|funda[cç][aã]o)
    """,
    re.VERBOSE,
)
_ABOUT_HINTS = re.compile(
    r"\b(?:our|we|nuestr[oa]s?|nosotros|nuestra|nossa|nosso|n[oó]s)\b|sin\s+fines\s+de\s+lucro|"
    r"sem\s+fins\s+lucrativos|desde\s+hace|h[aá]\s+mais\s+de|since\s+(?:19|20)\d\d|"
    r"\b(?:members|supporters|miembros|membros|founded|fundad[ao]|campaign|campaña|campanha)\b",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"""[.!?…]["'”’»)]*$""")


@dataclass
class Cleaned:
    text: str
    title: str | None = None
    publisher: str | None = None
    published: str | None = None
    removed: list[str] = field(default_factory=list)


_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def _date_line(block: str) -> str | None:
    """'Martes, 25 de agosto de 2020', 'Prensa · 18 de febrero de 2021', 'Publicado: 12/03/2019':
    the page's date, as an ISO date, or None for any other block."""
    if _words(block) > 9 or not _YEAR.search(block):
        return None
    from forcewatch.extractor.dates import find_dates

    hits = [h for h in find_dates(block, None) if h.precision == "day" and h.value]
    if not hits or hits[0].value is None or hits[0].value.startswith("--"):
        return None
    return hits[0].value


def _blocks(text: str) -> list[str]:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "\n\n" in text.strip():
        raw = re.split(r"\n\s*\n", text)
        blocks = []
        for block in raw:
            lines = [ln.strip() for ln in block.split("\n") if ln.strip()]
            # Lines of a block that each end a sentence are paragraphs in their own right.
            if len(lines) > 1 and all(_is_prose(ln) for ln in lines):
                blocks.extend(lines)
            elif lines:
                blocks.append(" ".join(lines) if _joinable(lines) else lines[0])
                if not _joinable(lines):
                    blocks.extend(lines[1:])
        return blocks
    return [ln.strip() for ln in text.split("\n") if ln.strip()]


def _joinable(lines: list[str]) -> bool:
    """A paragraph hard-wrapped over several lines, rather than a list of separate items."""
    return all(len(ln) > 40 for ln in lines[:-1]) and not any(_label(ln) for ln in lines)


def _words(block: str) -> int:
    return len(block.split())


def _is_prose(block: str) -> bool:
    return _words(block) >= 12 and bool(_SENTENCE_END.search(block))


def _label(block: str) -> str | None:
    """The kind of chrome a block is, or None for a block that may belong to the article."""
    if _BYLINE.match(block) and _words(block) <= 8:
        return "byline"
    if _words(block) <= 40 and _CHROME.match(block):
        return "chrome"
    if _MENU.match(block) and _words(block) <= 20:
        return "menu"
    if (
        re.fullmatch(r"[\w.-]+(?:\s[\w.-]+){0,3},?", block)
        and _words(block) <= 4
        and (block.endswith(",") or not block[:1].isupper())
    ):
        return "contact"
    return None


def _is_about(block: str) -> bool:
    return bool(_ABOUT.match(block)) and bool(_ABOUT_HINTS.search(block))


def clean_text_dump(text: str) -> Cleaned:
    blocks = _blocks(text)
    labels: list[str | None] = [_label(b) for b in blocks]
    removed: list[str] = []

    publisher = None
    for block in blocks:
        logo = re.match(r"^(.{2,60}?)\s+logo\b", block, re.IGNORECASE)
        if logo:
            publisher = logo.group(1).strip().rstrip("·|-–—:•").strip()  # "Horizonte Libre · Logo"

    _mark_related_headlines(blocks, labels)
    _mark_about_sections(blocks, labels)

    keep: list[int] = []
    for i in range(len(blocks)):
        if labels[i]:
            removed.append(labels[i] or "chrome")
            continue
        keep.append(i)

    prose = [i for i in keep if _is_prose(blocks[i])]
    if not prose:
        body = [blocks[i] for i in keep]
        return Cleaned(text="\n\n".join(body), publisher=publisher, removed=_unique(removed))

    first, last = prose[0], prose[-1]
    published = next(
        (d for d in (_date_line(blocks[i]) for i in range(first)) if d is not None), None
    )
    if any(i < first for i in keep):
        removed.append("header")
    body = [blocks[i] for i in keep if first <= i <= last]
    return Cleaned(
        text="\n\n".join(body),
        title=_title(blocks, labels, first, publisher),
        publisher=publisher,
        published=published,
        removed=_unique(removed),
    )


def _next_free(labels: list[str | None], i: int) -> int | None:
    return next((j for j in range(i + 1, len(labels)) if not labels[j]), None)


def _mark_related_headlines(blocks: list[str], labels: list[str | None]) -> None:
    """A byline followed by the article is the article's own; one followed by another headline,
    or by the end of the page, closes an unrelated headline (headline, dek, byline)."""
    for i, label in enumerate(labels):
        if label != "byline":
            continue
        j = _next_free(labels, i)
        k = _next_free(labels, j) if j is not None else None
        if j is not None and _is_prose(blocks[j]) and k is not None and _is_prose(blocks[k]):
            continue  # the article follows its own byline
        start = i - 1
        while start >= 0 and labels[start] and labels[start] != "byline":
            start -= 1
        if start >= 0 and not labels[start] and not _is_headline(blocks[start]):
            labels[start] = "related headlines"
            start -= 1
        if start >= 0 and not labels[start] and _is_headline(blocks[start]):
            labels[start] = "related headlines"


_ABOUT_HEADING = re.compile(
    r"^(?:about(?:\s+us|\s+[\w ]{2,50})?|sobre\s+(?:nosotros|n[oó]s|[\w ]{2,50})|acerca\s+de[\w ]{0,50}|"
    r"qui[eé]nes\s+somos|quem\s+somos)\s*[:.]?$",
    re.IGNORECASE,
)


def _mark_about_sections(blocks: list[str], labels: list[str | None]) -> None:
    """The organisation's standard paragraph, with its heading and what follows it."""
    for i, block in enumerate(blocks):
        if labels[i]:
            continue
        if _ABOUT_HEADING.match(block) and _words(block) <= 8:
            labels[i] = "about the organisation"
            j = _next_free(labels, i)
            while j is not None and _is_prose(blocks[j]) and not _is_incident_text(blocks[j]):
                labels[j] = "about the organisation"
                j = _next_free(labels, j)
        elif _is_about(block):
            labels[i] = "about the organisation"


def _is_incident_text(block: str) -> bool:
    return bool(
        re.search(
            r"\b(?:killed|shot|muert[oa]s|mort[oa]s|herid[oa]s|ferid[oa]s)\b", block, re.IGNORECASE
        )
    )


def _title(
    blocks: list[str], labels: list[str | None], first: int, publisher: str | None
) -> str | None:
    """The first headline after the last piece of site chrome above the article."""
    last_chrome = max(
        (i for i in range(first) if labels[i] and labels[i] not in ("byline", "contact")),
        default=-1,
    )
    for i in range(last_chrome + 1, first):
        if labels[i] or not _is_headline(blocks[i]) or _words(blocks[i]) < 3:
            continue
        if _date_line(blocks[i]) or re.search(r"\s[·|]\s", blocks[i]):
            continue  # "Martes, 25 de agosto de 2020", "Nota de prensa · 17 de enero"
        if publisher and blocks[i].strip().lower() == publisher.lower():
            continue
        return blocks[i]
    return None


def _is_headline(block: str) -> bool:
    return 2 <= _words(block) <= 25 and not _SENTENCE_END.search(block.rstrip('"”’'))


def _unique(items: list[str]) -> list[str]:
    return list(dict.fromkeys(items))
