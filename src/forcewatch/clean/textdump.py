"""Plain-text page dumps -> the article, without the site around it.

A page saved as text keeps everything the site printed: "Skip to main content", newsletter pitches,
menus, share buttons, the press contact, the NGO's standard "about us" paragraph, and a rail of
unrelated headlines, each with its dek and a byline ("Jake Johnson ·"). The cleaner splits the dump
into blocks, labels each block, and keeps the run of article blocks between the first and the last
paragraph of prose. The title is the first headline after the site's chrome above the article.

Labels come from three sources:

- words: chrome whose wording is in the per-language lists of ``vocab/`` (``chrome.py``), removed
  wherever it stands, since an article's own line never starts "Subscribe to" or "Lee también:";
- shape: teasers of other stories (a headline with its dek, its byline or its time stamp, in a run
  after the article), and the publisher's description of itself or an author's bio, which are only
  peeled off the edges of the article, never cut from its middle;
- the site: lines that the site prints on many of its pages (``templates.py``), when the caller
  knows them.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Container
from dataclasses import dataclass, field

from forcewatch.clean.chrome import (
    KINDS,
    chrome_kind,
    is_about_heading,
    is_author_bio,
    is_byline,
    is_self_description,
    tells_of_harm,
)
from forcewatch.clean.templates import line_key

# "Jake Johnson ·", "By Ana Pérez", "Por João Silva · 3 min", "Julia Conley |".
_BYLINE = re.compile(
    r"^(?:(?:by|por)\s+)?[A-ZÁÉÍÓÚÑÇÂÊÔÃÕ][\w'’.-]+(?:\s+(?:de|da|do|dos|das|del|y|e)?\s*"
    r"[A-ZÁÉÍÓÚÑÇÂÊÔÃÕ][\w'’.-]+){0,3}\s*[·•|—–-]\s*(?:\d{1,2}\s*min.*|.{0,25})$"
    r"|^(?:by|por)\s+[A-ZÁÉÍÓÚÑÇ][\w'’.-]+(?:\s+[A-ZÁÉÍÓÚÑÇ\w'’.-]+){0,4}$",
)
# A menu: several short items separated by pipes, bullets or slashes.
# items of up to 30 characters between separators (spaces are part of an item: no two quantifiers
# may take the same character, or a long table row backtracks for minutes)
_MENU = re.compile(r"^(?:[^|·•]{1,32}[|·•]){2,}[^|·•]{0,32}$")
_SENTENCE_END = re.compile(r"""[.!?…]["'”’»)]*$""")
# a reader's letter signed after its last sentence: "... vão ser punidos?" — M.A.S., Campinas"
_SIGNED_END = re.compile(r"""[.!?…]["'”’»)]*\s+[—–]\s*(?:[\w.'’-]+,?\s*){1,6}$""")
# A field of a form: "Data do facto: 02/09/2024", "Lugar: Andahuaylas", "Data/hora do fato: ...".
_FIELD = re.compile(r"^[A-ZÁÉÍÓÚÑÇÂÊÔÃÕ][\w.º°ª/]*(?:\s+[\w.º°ª/]+){0,4}\s*:\s+\S")


@dataclass
class Cleaned:
    text: str
    title: str | None = None
    publisher: str | None = None
    published: str | None = None
    removed: list[str] = field(default_factory=list)


_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def _date_line(block: str, words: int = 9) -> str | None:
    """'Martes, 25 de agosto de 2020', 'Prensa · 18 de febrero de 2021', 'Publicado: 12/03/2019':
    the page's date, as an ISO date, or None for any other block (of more than ``words``)."""
    if _words(block) > words or not _YEAR.search(block):
        return None
    from forcewatch.extractor.dates import find_dates

    hits = [h for h in find_dates(block, None) if h.precision == "day" and h.value]
    if not hits or hits[0].value is None or hits[0].value.startswith("--"):
        return None
    return hits[0].value


# A byline that says it is the publication's day may run on: "Publicado el 24 de noviembre de
# 2024 por Lucía · 14 comentarios · Lectura: 9 minutos", "Posted on May 2, 2025 by ..."
_PUBLISHED_CUE = re.compile(
    r"^\s*(?:publicad[oa]|published|posted|publicado\s+em|atualizad[oa]|actualizad[oa]|updated)\b",
    re.IGNORECASE,
)
_PUBLISHED_LINE_WORDS = 24


def _page_date(block: str) -> str | None:
    """The page's date from a line above the article: a short date line, or a longer one that
    says it is the publication's."""
    if _PUBLISHED_CUE.match(block):
        return _date_line(block, _PUBLISHED_LINE_WORDS)
    return _date_line(block)


# A communiqué's sign-off: "Maputo, 7 de Abril de 2025", "Bogotá D.C., 18 de febrero de 2025"
_SIGN_OFF = re.compile(r"^[A-ZÀ-Ý][\w .'’-]{1,40},\s")
_SIGN_OFF_REACH = 3  # blocks after the article's last paragraph where a sign-off may stand
_SIGN_OFF_WORDS = 20  # words of a sign-off line at most


def _signed_on(blocks: list[str], last: int) -> str | None:
    """The day a statement was signed, on a line of its own right after its text: the page's
    date when no line before the text gives one."""
    for i in range(max(0, last - 1), min(len(blocks), last + 1 + _SIGN_OFF_REACH)):
        # "Dado en Ciudad Guayana, en la memoria de San Francisco de Asís, 4 de octubre de 2024."
        day = _date_line(blocks[i], _SIGN_OFF_WORDS) if _SIGN_OFF.match(blocks[i]) else None
        if day is not None:
            return day
    return None


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
                joinable = _joinable(lines)
                if not joinable and len(lines) > 2 and _joinable(lines[1:]):
                    # a heading over a hard-wrapped paragraph ("a) Friday 18 July – Al-Zubair")
                    blocks.extend([lines[0], " ".join(lines[1:])])
                    continue
                blocks.extend([" ".join(lines)] if joinable else _rejoin_broken(lines))
        return blocks
    return [ln.strip() for ln in text.split("\n") if ln.strip()]


def _rejoin_broken(lines: list[str]) -> list[str]:
    """The lines of a block that is no single wrapped paragraph, each its own block, but for a
    line that plainly carries on the one before it: the one before ends no sentence and has
    four words or more, and this one goes on in lower case ("... officers of the municipal
    traffic" / "police stopped a minibus ..."), which no heading, item or record does."""
    out: list[str] = []
    for line in lines:
        prev = out[-1] if out else ""
        if (
            _words(prev) >= _CARRIED_WORDS
            and not _ENDS_SENTENCE.search(prev)
            and line[:1].islower()
            and not _LIST_ITEM.match(line)
            and not _record_line(prev)
            and not _record_line(line)
        ):
            out[-1] = f"{prev} {line}"
        else:
            out.append(line)
    return out


_CARRIED_WORDS = 4

# how much shorter than a block's longest line a wrapped line may be (a long word carried over)
_WRAP_SLACK = 25


def _record_line(line: str) -> bool:
    """A table's row or a data file's record: "1 | 02/05/2025 | Manabí | ...",
    "NR-0412,2026-03-03T09:02Z,2026-03-03,~13:30,..." (commas with no space after them)."""
    return _table_row(line) or len(_TIGHT_COMMA.findall(line)) >= _RECORD_COMMAS


_TIGHT_COMMA = re.compile(r",(?=\S)")
_RECORD_COMMAS = 4
_LIST_ITEM = re.compile(r"(?:[-•*·–—▪►>»]|\d{1,2}[.)])\s")
_ENDS_SENTENCE = re.compile(r"[.!?:;…][\"'”’»)\]]*\s*$")


def _joinable(lines: list[str]) -> bool:
    """A paragraph hard-wrapped over several lines, rather than a list of separate items. A wrap
    has one width: a line much shorter than a later one that ends no sentence ("1. Batibo, Momo
    division (North-West) – Thursday 4 September" above its paragraph on one long line) is a
    heading, not a wrapped line."""
    width = max(len(ln) for ln in lines)
    return (
        all(
            len(ln) > 40 and (len(ln) >= width - _WRAP_SLACK or _ENDS_SENTENCE.search(ln))
            for ln in lines[:-1]
        )
        # a rule of symbols ("=====", "-----") sets a heading apart, a table's rows are rows:
        # neither is a wrapped line
        and all(any(c.isalnum() for c in ln) and not _record_line(ln) for ln in lines)
        # a list's items ("- Man who rammed police car ...") are lines of their own
        and not any(_LIST_ITEM.match(ln) for ln in lines[1:])
        and not any(_label(ln, ()) for ln in lines)
    )


def _words(block: str) -> int:
    return len(block.split())


# a printed page's pointer after a front-page story: "Polícia Civil investiga. Págs. A8 e A9"
_PAGE_REF = re.compile(
    r"\s+(?:P[áa]gs?\.|Pages?|P\.|Pp\.)\s*[A-Z]?\d{1,3}(?:\s*(?:,|-|–|e|y|and|a)\s*[A-Z]?\d{1,3})*"
    r"\.?\s*$"
)


def _is_prose(block: str, last: bool = False) -> bool:
    """A paragraph of the article: 12 words or more that end as a sentence ends; or that hold a
    whole sentence and go on to introduce what follows (a colon) or, as the text's last block,
    are cut off in the middle of a sentence (a truncated dump)."""
    block = _without_trailing_symbols(_PAGE_REF.sub("", block))
    if _words(block) < 12:
        return False
    if _SENTENCE_END.search(block) or _SIGNED_END.search(block):
        return True
    return (last or block.rstrip().endswith(":")) and bool(_INNER_SENTENCE.search(block))


def _without_trailing_symbols(block: str) -> str:
    """``block`` without the emoji and pictographs a social-media post ends its paragraphs with
    ("... no bairro do Guamá. 😢"): the sentence before them has ended all the same."""
    end = len(block)
    while end and (
        block[end - 1].isspace() or unicodedata.category(block[end - 1]) in ("So", "Sk", "Mn", "Cf")
    ):
        end -= 1
    return block[:end]


# a sentence ending inside a block, the next one begun: "... the river. Two days later ..."
_INNER_SENTENCE = re.compile(r"""[.!?…]["'”’»)]*\s+["'“‘(]?[A-Z0-9]""")


def _extend_over_first_number(blocks: list[str], keep: list[int], first: int, last: int) -> int:
    """The article's first block moved back over the heading right before it, when that heading
    is the first of numbered cases the article goes on with ("1. Kumba, Meme division – Tuesday
    3 March" above its paragraph, "2. Buea ..." below)."""
    heading = first - 1
    if (
        heading not in keep
        or not _NUMBERED.match(blocks[heading])
        or _is_prose(blocks[heading])
        or not any(_NUMBERED.match(blocks[i]) for i in keep if first < i <= last)
    ):
        return first
    return heading


def _extend_over_short_cases(
    blocks: list[str], keep: list[int], first: int, last: int
) -> tuple[int, int]:
    """The article's first and last blocks, moved over a short harm sentence next to them or
    after one heading ("Caso 2 — Sardinata"), as often as there is one."""
    moved = True
    while moved:
        moved = False
        before = [i for i in keep if i < first][-2:]
        after = [i for i in keep if i > last][:2]
        for i in reversed(before):
            if _is_harm_sentence(blocks[i]) and all(
                not _is_prose(blocks[j]) for j in keep if i < j < first
            ):
                first, moved = i, True
                break
        for i in after:
            if _is_harm_sentence(blocks[i]) and all(
                not _is_prose(blocks[j]) for j in keep if last < j < i
            ):
                last, moved = i, True
                break
    return first, last


def _extend_over_fields(blocks: list[str], keep: list[int], first: int) -> int:
    """The article's first block moved over the fields of a case's form just above it ("Data do
    facto: 02/09/2024", "Local: ...") and the form's heading ("FICHA N.º 15/2024")."""
    before = [i for i in keep if i < first]
    moved = first
    while before and _FIELD.match(blocks[before[-1]]) and before[-1] == moved - 1:
        moved = before.pop()
    if moved != first and before and before[-1] == moved - 1 and _words(blocks[before[-1]]) <= 6:
        moved = before[-1]  # the form's heading
    return moved


def _is_harm_sentence(block: str) -> bool:
    """A sentence of the article however short: it ends a sentence and tells of someone killed
    or hurt, in the extractor's words ("soldados hirieron a dos campesinos")."""
    block = _PAGE_REF.sub("", block)
    if _words(block) < 5 or not _SENTENCE_END.search(block):
        return False
    from forcewatch.extractor import lexicon as lx

    return bool(
        tells_of_harm(block)
        or lx.DEATH.search(block)
        or re.search(rf"\b(?:{lx.INJURE_VERB}|{lx.INJURED_WORD})\b", block, re.IGNORECASE)
    )


def _label(block: str, template: Container[int]) -> str | None:
    """The kind of chrome a block is, or None for a block that may belong to the article."""
    words = _words(block)
    kind = chrome_kind(block)
    if kind is not None:
        return KINDS[kind]
    if (words <= 8 and _BYLINE.match(block)) or is_byline(block):
        return "byline"
    if words <= 20 and _MENU.match(block):
        return "menu"
    if (
        re.fullmatch(r"[\w.-]+(?:\s[\w.-]+){0,3},?", block)
        and words <= 4
        and (block.endswith(",") or not block[:1].isupper())
        and not block[:1].isdigit()
        # a sentence's last words wrapped onto a line of their own ("were treated in hospital.")
        and not block.endswith((".", "!", "?"))
    ):
        return "contact"
    if template and words <= 40 and line_key(block) in template:
        return "site template"
    return None


def _is_weak(block: str, template: Container[int]) -> str | None:
    """Chrome that reads like prose: cut only at the edges of the article, never from within."""
    if is_self_description(block):
        return "about the organisation"
    if is_author_bio(block):
        return "author bio"
    if template and line_key(block) in template:
        return "site template"
    return None


def clean_text_dump(text: str, *, template: Container[int] = frozenset()) -> Cleaned:
    """The article in a page dump. ``template``: keys (``templates.line_key``) of the lines the
    page's site prints on many pages, removed as chrome."""
    blocks = _blocks(text)
    labels: list[str | None] = [_label(b, template) for b in blocks]
    removed: list[str] = []

    publisher = None
    for block in blocks:
        logo = re.match(r"^(.{2,60}?)\s+logo\b", block, re.IGNORECASE)
        if logo:
            publisher = logo.group(1).strip().rstrip("·|-–—:•").strip()  # "Horizonte Libre · Logo"

    _unmark_tables(blocks, labels)
    _mark_comment_section(blocks, labels)
    _mark_related_headlines(blocks, labels)
    _mark_teaser_runs(blocks, labels)
    _mark_about_sections(blocks, labels)
    _peel_edges(blocks, labels, template)

    keep: list[int] = []
    for i in range(len(blocks)):
        if labels[i]:
            removed.append(labels[i] or "chrome")
            continue
        keep.append(i)

    prose = [i for i in keep if _is_prose(blocks[i], last=i == len(blocks) - 1)]
    if not prose:
        body = [blocks[i] for i in keep]
        return Cleaned(text="\n\n".join(body), publisher=publisher, removed=_unique(removed))

    # a short paragraph that tells of harm belongs to the article however few its words: in a
    # short report a case under its own heading ("Caso 2 — ...") is one line
    first, last = _extend_over_short_cases(blocks, keep, prose[0], prose[-1])
    first = _extend_over_fields(blocks, keep, first)
    first = _extend_over_first_number(blocks, keep, first, last)
    published = next(
        (d for d in (_page_date(blocks[i]) for i in range(first)) if d is not None), None
    ) or _signed_on(blocks, last)
    if any(i < first for i in keep):
        removed.append("header")
    if any(i > last for i in keep):
        removed.append("footer")
    body = [blocks[i] for i in keep if first <= i <= last]
    return Cleaned(
        text="\n\n".join(body),
        title=_title(blocks, labels, first, publisher),
        publisher=publisher,
        published=published,
        removed=_unique(removed),
    )


_TABLE_CELLS = 3  # bars on a line that make it a table's row


def _table_row(line: str) -> bool:
    return line.count("|") >= _TABLE_CELLS


def _unmark_tables(blocks: list[str], labels: list[str | None]) -> None:
    """A table's rows are no menu: a line of cells followed by lines of as many cells, one with
    a date ("N.° | Fecha | Provincia | ..." over "1 | 02/05/2025 | Manabí | ...")."""
    for i in range(len(blocks) - 1):
        if not _table_row(blocks[i]):
            continue
        cells = blocks[i].count("|")
        run = i + 1
        while run < len(blocks) and blocks[run].count("|") == cells:
            run += 1
        if run - i >= 3 and any(_TABLE_DATE.search(blocks[k]) for k in range(i + 1, run)):
            for k in range(i, run):
                if labels[k] == "menu":
                    labels[k] = None


_TABLE_DATE = re.compile(r"\b\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)?\d\d\b")


def strip_chrome_lines(
    text: str, *, template: Container[int] = frozenset()
) -> tuple[str, list[str]]:
    """Lines of an already extracted main text (trafilatura's) that are chrome by their words
    ("Lee también: ...", "Subscribe to ...", "Foto: ...") or the site's template, removed; what
    was removed, by kind. Nothing is judged by shape here: the extractor has already chosen the
    article's blocks."""
    kept: list[str] = []
    removed: list[str] = []
    for line in text.split("\n"):
        kind = chrome_kind(line) if line.strip() else None
        if kind is None and template and _words(line) <= 40 and line_key(line) in template:
            removed.append("site template")
            continue
        if kind is None or kind == "rail":  # a one-word heading may be the article's own
            kept.append(line)
            continue
        removed.append(KINDS[kind])
    return "\n".join(kept), _unique(removed)


def _next_free(labels: list[str | None], i: int) -> int | None:
    return next((j for j in range(i + 1, len(labels)) if not labels[j]), None)


def _is_anchor(block: str, label: str | None) -> bool:
    """What closes a teaser: its byline, its time stamp ("2 hours ago") or its date."""
    if label in ("byline", "time stamp"):
        return True
    if block[:1] in "—–-":  # "—Raju B. (pseudonym), Kathmandu, December 11, 2022": a quote's source
        return False
    if _NUMBERED.match(block):
        return False  # "3. Gafsa, 20 May 2025": a numbered case's heading, no teaser's date
    return label is None and _words(block) <= 9 and _date_line(block) is not None


def _mark_related_headlines(blocks: list[str], labels: list[str | None]) -> None:
    """A byline or a date followed by the article is the article's own; one followed by another
    headline, or by the end of the page, closes a teaser of another story (headline, dek, byline,
    date)."""
    anchors = [i for i, b in enumerate(blocks) if _is_anchor(b, labels[i])]
    for i in anchors:
        after: list[int] = []
        j = _next_free(labels, i)
        while j is not None and len(after) < 3:
            if j not in anchors:  # "By Jane Doe" then "March 3, 2025"
                after.append(j)
            j = _next_free(labels, j)
        if _article_follows(blocks, after):
            continue  # the article follows its own byline
        if _FIELD.match(blocks[i]) and after and _FIELD.match(blocks[after[0]]):
            continue  # "Data do facto: 02/09/2024" then "Local: ...": a field of a case's form
        if labels[i] is None:
            labels[i] = "related headlines"
        start = i - 1
        while start >= 0 and labels[start] and not _is_anchor(blocks[start], labels[start]):
            start -= 1
        if (
            start >= 0
            and not labels[start]
            and not _is_headline(blocks[start])
            and _words(blocks[start]) <= 60
        ):
            labels[start] = "related headlines"
            start -= 1
        if start >= 0 and not labels[start] and _is_headline(blocks[start]):
            labels[start] = "related headlines"


def _article_follows(blocks: list[str], after: list[int]) -> bool:
    """The blocks after a byline are the article: two paragraphs of prose, or one long one."""
    if not after or not _is_prose(blocks[after[0]]):
        return False
    return sum(_is_prose(blocks[j]) for j in after) >= 2 or _sentences(blocks[after[0]]) > 1


def _mark_teaser_runs(blocks: list[str], labels: list[str | None]) -> None:
    """Teasers without bylines: after a rail's heading ("Most read", "Lee también"), or at the end
    of the page, a run of headlines, each with at most a one-sentence dek; at least two of them at
    the end of the page, where no heading announces them."""
    free = [i for i in range(len(blocks)) if not labels[i]]
    if not free:
        return
    # A run that ends the page: walk back from the end over (headline, dek?) pairs.
    run: list[int] = []
    teasers = 0
    pos = len(free) - 1
    while pos >= 0:
        i = free[pos]
        if _is_dek(blocks[i]) and pos > 0 and _is_teaser_headline(blocks[free[pos - 1]]):
            run += [i, free[pos - 1]]
            pos -= 2
        elif _is_teaser_headline(blocks[i]):
            run.append(i)
            pos -= 1
        else:
            break
        teasers += 1
    before = [free[p] for p in range(pos + 1)]
    if (
        teasers >= 2
        and any(_is_prose(blocks[i]) for i in before)
        and not _numbered_sections(blocks, run)
    ):
        for i in run:
            labels[i] = "related headlines"
    # After a rail's heading ("Lo más leído"), once the article has begun: the headlines under it;
    # their deks too when nothing but teasers follows to the end of the page.
    first_prose = next((i for i in free if _is_prose(blocks[i])), len(blocks))
    # teasers_to_end[i]: every free block from i to the end is a headline or a dek.
    teasers_to_end = [True] * (len(blocks) + 1)
    for i in range(len(blocks) - 1, -1, -1):
        teaser = bool(labels[i]) or _is_headline(blocks[i]) or _is_dek(blocks[i])
        teasers_to_end[i] = teaser and teasers_to_end[i + 1]
    for h, label in enumerate(labels):
        if h <= first_prose or not _is_rail_heading(blocks[h], label):
            continue
        for i in range(h + 1, len(blocks)):
            if _is_rail_heading(blocks[i], labels[i]):
                break  # the next heading takes its own teasers
            if labels[i]:
                continue
            if _is_headline(blocks[i]) or (teasers_to_end[h + 1] and _is_dek(blocks[i])):
                labels[i] = "related headlines"
            else:
                break


# The heading of a page's comments, with their number: "14 COMENTARIOS", "Comments (3)", "3
# thoughts on “...”", "12 comentários"
_COMMENTS_HEADING = re.compile(
    r"^\s*(?:\d+\s+(?:comentarios?|comments?|coment[aá]rios?|respuestas|responses|respostas|"
    r"thoughts\s+on\b.*|replies)|(?:comentarios|comments|coment[aá]rios)\s*\(\d+\))\s*:?\s*$",
    re.IGNORECASE,
)


# one comment's line: "Saman P: Good riddance ...", "yaritza_507 · Dios mío ... · 214"
_COMMENT_LINE = re.compile(r"^@?[\w.'’-]+(?:\s+[\w.'’-]+){0,3}\s*(?::|·|\|)\s+\S")
# a comment's name and time: "Marta G. · 24 noviembre, 2024 a las 19:02", "Jorge - 2 hours ago"
_COMMENT_STAMP = re.compile(
    r"\b\d{1,2}:\d\d\b|\b(?:hace|há|ago)\b|\b\d{1,2}/\d{1,2}/\d{2,4}\b", re.IGNORECASE
)
# what the comments' box says: "Ver 263 comentarios más", "Faça login para comentar", "Reply"
_COMMENT_BOX = re.compile(
    r"^\s*(?:ver|see|load|cargar|carregar|mostrar|show)\b.*\b(?:coment|comment|repl|respuest|respost)|"
    r"^\s*(?:faça|fa[cç]a|inicia|log\s+in|sign\s+in).*\b(?:coment|comment)|"
    r"^\s*(?:responder|reply|like|me\s+gusta|curtir|denunciar|report|compartir|share)\s*$",
    re.IGNORECASE,
)
_COMMENT_STAMP_WORDS = 12  # words of a comment's name-and-time line at most


def _comment_block(block: str) -> tuple[bool, bool]:
    """Whether a block is readers' comments, and whether it is only a name-and-time line (the
    comment's words then come in the next block)."""
    lines = [line for line in block.splitlines() if line.strip()]
    stamp_only = all(
        _words(line) <= _COMMENT_STAMP_WORDS and _COMMENT_STAMP.search(line) for line in lines
    )
    if stamp_only:
        return True, True
    return all(_COMMENT_LINE.match(line) or _COMMENT_BOX.match(line) for line in lines), False


def _mark_comment_section(blocks: list[str], labels: list[str | None]) -> None:
    """Readers' comments: from their numbered heading, once the article has begun, over the
    blocks that read as comments (a name and a time, a name and its words, the box's prompts);
    the first block that does not ends them. Their names, times and words are no part of the
    report: a comment's time stamp dated a blog's incident."""
    first_prose = next((i for i, b in enumerate(blocks) if _is_prose(b)), len(blocks))
    for h in range(first_prose + 1, len(blocks)):
        if _words(blocks[h]) > 8 or not _COMMENTS_HEADING.match(blocks[h]):
            continue
        labels[h] = labels[h] or "comments"
        body_next = False
        for i in range(h + 1, len(blocks)):
            comment, stamp = _comment_block(blocks[i])
            if not (comment or body_next):
                break
            labels[i] = labels[i] or "comments"
            body_next = stamp
        return


def _is_rail_heading(block: str, label: str | None) -> bool:
    """ "Most read", "Te recomendamos", "Leia também" standing alone above other stories."""
    return (
        label in ("related headlines", "link to another story")
        and _words(block) <= 5
        and chrome_kind(block) in ("rail", "read_more")
    )


def _peel_edges(blocks: list[str], labels: list[str | None], template: Container[int]) -> None:
    """Prose-like chrome (the organisation's paragraph, an author bio, a long template line) at
    either edge of the article is the site's; the same words inside the article are kept."""
    while True:
        prose = [i for i, b in enumerate(blocks) if not labels[i] and _is_prose(b)]
        if len(prose) < 2:
            return
        for i in (prose[-1], prose[0]):
            weak = _is_weak(blocks[i], template)
            if weak:
                labels[i] = weak
                break
        else:
            return


def _mark_about_sections(blocks: list[str], labels: list[str | None]) -> None:
    """The organisation's standard paragraph under its heading ("About us", "Sobre nosotros"),
    and the prose after it, up to a paragraph that tells of harm."""
    for i, block in enumerate(blocks):
        if labels[i]:
            continue
        if _words(block) <= 8 and is_about_heading(block):
            labels[i] = "about the organisation"
            j = _next_free(labels, i)
            while j is not None and _is_prose(blocks[j]) and not tells_of_harm(blocks[j]):
                labels[j] = "about the organisation"
                j = _next_free(labels, j)


_MENU_GAP = re.compile(r"\S[ \t]{2,}(?=\S)")  # a menu's items, set apart by runs of spaces
_BREADCRUMB = re.compile(r"\S\s+[>»›]\s+\S")


def _title(
    blocks: list[str], labels: list[str | None], first: int, publisher: str | None
) -> str | None:
    """The first headline after the last piece of site chrome above the article's byline or date
    (share bars and the like often stand between the byline and the text)."""
    limit = next(
        (
            i
            for i in range(first)
            if labels[i] == "byline"
            or (not labels[i] and _words(blocks[i]) <= 9 and _date_line(blocks[i]))
        ),
        first,
    )
    last_chrome = max(
        (i for i in range(limit) if labels[i] and labels[i] not in ("byline", "contact")),
        default=-1,
    )
    for i in range(last_chrome + 1, first):
        # (a headline taken for a rail's teaser is the article's when its byline follows it)
        bylined = labels[i] == "related headlines" and i + 1 < first and labels[i + 1] == "byline"
        if (labels[i] and not bylined) or not _is_headline(blocks[i]) or _words(blocks[i]) < 3:
            continue
        if _date_line(blocks[i]) or re.search(r"\s[·|]\s", blocks[i]):
            continue  # "Martes, 25 de agosto de 2020", "Nota de prensa · 17 de enero"
        if len(_MENU_GAP.findall(blocks[i])) >= 3 or _BREADCRUMB.search(blocks[i]):
            continue  # "LIVE TV   News   Counties   Politics", "Home > News > Counties": menus
        if publisher and blocks[i].strip().lower() == publisher.lower():
            continue
        return blocks[i]
    return None


_NUMBERED = re.compile(r"^\s*(?:\d{1,2}|[IVX]{1,4})[.)]\s")


def _numbered_sections(blocks: list[str], run: list[int]) -> bool:
    """A run of numbered headings, each with its paragraph ("1. Limpopo: Death as a result of
    police action" and what happened): a statement's sections, not a rail of teasers (whose
    numbered "most read" lists carry no summaries)."""
    heads = [i for i in run if _is_teaser_headline(blocks[i]) and _NUMBERED.match(blocks[i])]
    return len(heads) >= 2 and len(run) == 2 * len(heads)


def _is_headline(block: str) -> bool:
    # (a table's row of cells is none: "1 | 02/05/2025 | Manabí | ...")
    return (
        2 <= _words(block) <= 25
        and not _SENTENCE_END.search(block.rstrip('"”’'))
        and not _table_row(block)
    )


def _is_teaser_headline(block: str) -> bool:
    """A headline in a run of teasers: four words at least ("Yasmine Ahmed", "UK Director" and
    other lines of a letter's signature are not)."""
    return _is_headline(block) and _words(block) >= 4


def _sentences(block: str) -> int:
    """Sentence ends: after a lower-case word or a figure ("U.S. Attorney" does not end one)."""
    return len(
        re.findall(r"""(?<=[^\W\d_A-Z]|\d)[.!?…]["'”’»)]*(?:\s+(?=[A-ZÁÉÍÓÚÑÇ"“¿¡])|$)""", block)
    )


def _is_dek(block: str) -> bool:
    """A teaser's one-sentence summary under its headline."""
    return 4 <= _words(block) <= 40 and _sentences(block) <= 1 and not _table_row(block)


def _unique(items: list[str]) -> list[str]:
    return list(dict.fromkeys(items))
