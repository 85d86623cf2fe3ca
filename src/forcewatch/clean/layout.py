"""The marks other tools leave on a report's text: a PDF's pages, hard line breaks, footnote marks.

A report pasted out of a PDF, or a PDF turned into HTML one line to an element, reaches the
cleaner with

- a running head or foot on every page ("CWPA Bulletin No. 14      Page 3 of 6", "INFORME
  ANUAL 2024 | 17"), which may stand in the middle of a sentence carried over to the next page;
- words hyphenated over a line break ("un-\\nresponsive", "asesi-\\nnato", "segu-\\nrança");
- footnote marks glued to the end of a sentence ("... his ribs.4 The family") or raised
  ("muertos.³"), which hide the sentence's end;
- (from HTML) a paragraph broken into lines, each of which would end a sentence;
- (a messaging app's export, an SMS log) a time stamp and a sender before every message;
- (an e-mail) quoting marks, the credit of a quoted reply, a forwarded message's header.

``repair_layout`` undoes these before the page's chrome is judged. A word is rejoined only when
the joined word is a word of en/es/pt (simplemma's dictionaries) or its halves are not both
words, so "police-\\nmilitary" keeps its hyphen. Which words name a page and make an e-mail's
lines are data, in ``vocab/`` (``[page]``, ``[mail]``).
"""

from __future__ import annotations

import re
from functools import cache
from itertools import pairwise

from forcewatch.clean.chrome import fold, phrases
from forcewatch.clean.textdump import _ENDS_SENTENCE as _SENTENCE_END

# a line is furniture only when short: a page's head or foot, never a paragraph
_FURNITURE_WORDS = 15
# a repeated line is a running head only when it recurs this many lines apart (a page's length)
_PAGE_LINES = 8
_DIGITS = re.compile(r"\d+")
_CLOCK = re.compile(r"\b\d{1,2}(?::|h|\.)\d{2}\b")
_DAY = re.compile(r"\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b")


@cache
def _page_mark() -> re.Pattern[str]:
    """A folded line that is a page's number in any language of ``vocab/``: "Page 3 of 6",
    "Página 4 de 12", "p. 7" (after the document's name, too: "CWPA Bulletin No. 14  Page 3 of
    6"), or only a number with its page count or between dashes ("3 / 12", "- 5 -")."""
    count = rf"\s*(?:{phrases('page', 'of')}|/)\s*\d{{1,4}}"
    return re.compile(
        rf"(?:^|\s|[|·•])(?:{phrases('page', 'words')})\s*\d{{1,4}}(?:{count})?$"  # "Page 3 of 6"
        rf"|^[-–—|\s]*\d{{1,4}}(?:{count}|\s*[-–—])[-–—|\s]*$"  # "3 / 12", "- 5 -", nothing else
    )


def _folded_page_mark(folded: str) -> bool:
    """A folded short line that is a page's number; never a dated line ("Publicado em
    10/03/2026, às 06h00 | Edição impressa, página 7" is the page's date)."""
    return (
        bool(_page_mark().search(folded)) and not _CLOCK.search(folded) and not _DAY.search(folded)
    )


def _furniture_key(stripped: str, folded: str) -> str | None:
    """The key under which a short line recurs as a page's head or foot, its page number
    masked; None for a line that cannot be one (ending a sentence, a time, no letter)."""
    if _SENTENCE_END.search(stripped) or not any(c.isalpha() for c in stripped):
        return None
    if _CLOCK.search(stripped):
        return None  # "10:10 PM", "Atualizado às 15h42": a live blog's time, no page's head
    return _DIGITS.sub("#", folded)


def _running_lines(lines: list[str]) -> set[int]:
    """The indices of a paginated text's running heads and feet: page-number lines; short lines
    that recur a page or more apart with a page number that grows by one ("INFORME ANUAL 2024 |
    17", "... | 18"); and, in a text whose pages are numbered, short lines that recur as they
    are. A live blog's "10:10 PM", a newsletter's list of contents repeated as its headings and
    an indictment's counts recur too, but with no page number."""
    marks: set[int] = set()
    seen: dict[str, list[int]] = {}
    for i, line in enumerate(lines):
        stripped = line.strip()
        if not stripped or len(stripped.split()) > _FURNITURE_WORDS:
            continue  # only a short line is folded: this runs over every line of a report
        folded = fold(stripped)
        if _folded_page_mark(folded):
            marks.add(i)
        elif (key := _furniture_key(stripped, folded)) is not None:
            seen.setdefault(key, []).append(i)
    drop = set(marks)
    for where in seen.values():
        if len(where) < 2 or where[-1] - where[0] < _PAGE_LINES:
            continue
        numbers = [_DIGITS.findall(lines[i])[-1:] for i in where]
        pages = all(n for n in numbers) and all(
            int(b[0]) == int(a[0]) + 1 for a, b in pairwise(numbers)
        )
        if pages or (len(marks) >= 2 and len({lines[i].strip() for i in where}) == 1):
            drop.update(where)
    return drop


def _drop_running_lines(lines: list[str]) -> tuple[list[str], int]:
    """``lines`` without their running heads and feet; a sentence that ran on over a page break
    ("... taken possession of the" / head / "scene ...") is one paragraph again."""
    drop = _running_lines(lines)
    if not drop:
        return lines, 0
    kept: list[str] = []
    for i, line in enumerate(lines):
        if i in drop:
            continue
        if line.strip() and _continues(kept, line):
            while kept and not kept[-1].strip():
                kept.pop()  # the blank lines the page break left between the halves
        kept.append(line)
    return kept, len(drop)


def _continues(kept: list[str], line: str) -> bool:
    """``line`` carries on the last text line of ``kept`` over a removed page break."""
    if not kept or kept[-1].strip():
        return False
    last = next((ln.strip() for ln in reversed(kept) if ln.strip()), "")
    return bool(last) and not _SENTENCE_END.search(last) and line.lstrip()[:1].islower()


# the rule a page's notes stand under, and a note's number before its words ("1 INDECOM is ...",
# "² Entrevista realizada ..."): no list item, which has a stop or a bracket after its number
_NOTES_RULE = re.compile(r"^\s*[_\-–—=]{5,}\s*$")
_NOTE_START = re.compile(r"^\s*(\d{1,2}|[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,2})\s+[\"“«(]?[A-ZÁÉÍÓÚÑÇ]")


def _drop_footnotes(lines: list[str]) -> tuple[list[str], int]:
    """``lines`` without the notes printed under a rule at a page's foot: sources and asides
    ("2 Police statement read to journalists on 10 February 2024."), whose dates and counts are
    no case's. The notes run from the rule to the first line that is neither a note nor the
    rest of one."""
    kept: list[str] = []
    dropped = 0
    i = 0
    while i < len(lines):
        nxt = (
            next((k for k in range(i + 1, len(lines)) if lines[k].strip()), None)
            if _NOTES_RULE.match(lines[i])
            else None
        )
        if nxt is None or not _NOTE_START.match(lines[nxt]):
            kept.append(lines[i])
            i += 1
            continue
        k = nxt + 1
        while k < len(lines):
            line, last = lines[k], lines[k - 1]
            if not line.strip():
                after = next((m for m in range(k + 1, len(lines)) if lines[m].strip()), None)
                if after is None or not _NOTE_START.match(lines[after]):
                    break
            elif not _NOTE_START.match(line) and (
                not last.strip() or _SENTENCE_END.search(last.strip())
            ):
                break  # the text goes on after a note that ended (HTML has no blank lines)
            k += 1
        dropped += 1
        i = k
    return kept, dropped


# "un-\nresponsive\" in", "so-call-\ned": a word's first part, the hyphen, the line break, the
# rest of the word (with what is glued to it) and the space after it
_HYPHENATED = re.compile(r"(\w+)-[ \t]*\n[ \t]*([^\W\d_]+)(\S*)([ \t]+)?")


def _known(word: str) -> bool:
    import simplemma

    return bool(simplemma.is_known(word.lower(), lang=("en", "es", "pt")))


def _rejoin(match: re.Match[str]) -> str:
    head, tail, glued = match.group(1), match.group(2), match.group(3)
    if not tail[:1].islower() or head.isdigit():
        return match.group(0)  # "Al-\nZubair", "2023-\n24": a hyphen of its own
    whole = head + tail
    if not _known(whole) and _known(head) and _known(tail):
        whole = f"{head}-{tail}"  # "police-\nmilitary": two words joined by a hyphen
    # the line's break moves after the rejoined word, unless the word ended its line
    line_break = "\n" if match.group(4) else ""
    return f"{whole}{glued}{line_break}"


# a footnote's number glued after a sentence's end: "... his ribs.4 The family", "(INDECOM).1"
_NOTE_AFTER_END = re.compile(
    r"(?:(?<=[^\W\d_]{2}[.!?])|(?<=[)\]\"”’»][.!?]))\d{1,2}(?=[ \t]+[\"“«(]?[A-ZÁÉÍÓÚÑÇ]|[ \t]*$)",
    re.MULTILINE,
)
# abbreviations a number follows with a full stop: "Bulletin No.14", "art.5", "pp.12"
_NUMBERED_BY = frozenset(["no", "nos", "nr", "art", "arts", "vol", "pp", "cap", "num", "ed"])
# a raised footnote mark glued to a word or a stop: "muertos.³", "Legal¹"
_RAISED_NOTE = re.compile(r"(?<=\S)[¹²³⁴⁵⁶⁷⁸⁹⁰]+")


def _note_numbers(lines: list[str]) -> frozenset[str]:
    """The numbers the text's notes open with ("1 INDECOM is ...", "2 Interview with ..."): a
    number glued after a sentence's end is a note's mark only when such a note has it ("on
    Friday.20 Police officers ...", a space lost, keeps its count)."""
    return frozenset(m.group(1) for line in lines if (m := _NOTE_START.match(line)))


def _strip_note(match: re.Match[str], notes: frozenset[str]) -> str:
    before = re.search(r"(\w+)\W$", match.string[max(0, match.start() - 12) : match.start()])
    if (before and before.group(1).lower() in _NUMBERED_BY) or match.group(0) not in notes:
        return match.group(0)
    return ""


# a message of a messaging app's export or an SMS log: "[19/11/23 05:48] Mariela G.: ...",
# "14/03/2025, 21:07 - Ana: ...", "19/10/2024 00:14 | +67074xxxxxx | URGENTE ..."
_MESSAGE = re.compile(
    r"^\s*\[?(?P<day>\d{1,2})[/.](?P<month>\d{1,2})[/.](?P<year>\d{2}|\d{4}),?\s+"
    r"\d{1,2}:\d{2}(?::\d{2})?(?:\s*[APap]\.?[Mm]\.?)?\]?\s*(?:[-–|]\s*)?"
    r"(?P<sender>[^:|\n]{1,40}?)\s*[:|]\s+(?P<text>\S.*)$"
)
_MESSAGES = 3  # lines of messages that make a text an export of them


def _messages(lines: list[str]) -> tuple[list[str], int]:
    """An export of messages as the messages' words: each message a paragraph, the sender and
    the time left out, and each day's first message under its day, written as ISO does
    ("2023-11-19: ..."), so what a message tells has its day."""
    found = [_MESSAGE.match(line) for line in lines]
    messages = sum(1 for m in found if m)
    if messages < _MESSAGES:
        return lines, 0
    # day first, as most of the world writes it, unless a message's second number is no month
    month_first = any(m and int(m["month"]) > 12 for m in found) and not any(
        m and int(m["day"]) > 12 for m in found
    )
    out: list[str] = []
    day = None
    for line, match in zip(lines, found, strict=True):
        if match is None:
            out.append(line)
            continue
        year = match["year"] if len(match["year"]) == 4 else f"20{match['year']}"
        first, second = int(match["day"]), int(match["month"])
        month, mday = (first, second) if month_first else (second, first)
        written = f"{year}-{month:02d}-{mday:02d}"  # a day no reader can take for another
        text = match["text"]
        if written != day:
            text = f"{written}: {text}"  # the day's first message, under its day
            day = written
        out += [text, ""]
    return out, messages


@cache
def _mail() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The e-mail lines of ``vocab/``'s ``[mail]``, matched on folded lines: a reply's credit,
    a forwarded message's divider, a header's line."""
    return (
        re.compile(rf"^(?:on|el|em|le|am)\s.{{4,200}}?\s(?:{phrases('mail', 'wrote')})\s*:$"),
        re.compile(rf"^[-=_*\s]*(?:{phrases('mail', 'forwarded')})\s*:?[-=_*\s]*$"),
        re.compile(rf"^(?:{phrases('mail', 'headers')})\s*:\s+\S"),
    )


_QUOTED = re.compile(r"^[ \t]*(?:>[ \t]?)+")
_QUOTED_LINES = 3  # lines that open with ">" that make a text a quoting e-mail
_MAIL_LINE = 300  # characters


def _mail_lines(lines: list[str]) -> tuple[list[str], int]:
    """An e-mail's text without the credits of its quoted replies, its forwarded messages'
    dividers and their headers (From, Sent, To ...), and then without its quoting marks ("> "):
    only in a text that has such a line, since a site's rail of teasers may open each headline
    with ">" too."""
    credit, divider, header = _mail()
    # (no e-mail line is longer than a credit, at most 200 characters of name and date: a
    # paragraph is not folded)
    folded = [fold(line) if len(line) <= _MAIL_LINE else "" for line in lines]
    drop = {i for i, f in enumerate(folded) if credit.match(f) or divider.match(f)}
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and header.match(folded[j]):
            j += 1
        if j - i >= 2 and any("@" in lines[k] for k in range(i, j)):
            drop.update(range(i, j))
        i = max(j, i + 1)
    if not drop:
        return lines, 0
    kept = [line for k, line in enumerate(lines) if k not in drop]
    if sum(1 for line in kept if _QUOTED.match(line)) >= _QUOTED_LINES:
        kept = [_QUOTED.sub("", line) for line in kept]
    return kept, len(drop)


def _wrap_width(lines: list[str]) -> int:
    lengths = sorted(len(ln) for ln in lines if ln.strip())
    return lengths[int(len(lengths) * 0.9)] if lengths else 0


# a hard-wrapped text breaks this share of its lines inside a sentence, before a lower-case word
_WRAPPED_SHARE = 0.25
_WRAPPED_LINES = 3
_LINE_SLACK = 20  # how much shorter than the wrap width a wrapped line may be
# an item's mark: a text dump's (textdump._LIST_ITEM) and a PDF's lettered ones, "(b) ", "c) "
_LIST_ITEM = re.compile(r"(?:[-•*·–—▪►>»]|\(?[\da-z]{1,2}[.)])\s")


def _breaks_inside(line: str, nxt: str) -> bool:
    return bool(line.strip()) and not _SENTENCE_END.search(line.strip()) and nxt[:1].islower()


def unwrap(text: str) -> str:
    """A paragraph broken into lines (a PDF turned into HTML) as one line again: a line that
    ends no sentence is joined to the next when the next goes on in lower case or the line
    runs to the text's wrap width. A text that is not hard-wrapped is returned as it is."""
    lines = [ln.strip() for ln in text.split("\n")]
    inside = sum(1 for line, nxt in pairwise(lines) if _breaks_inside(line, nxt))
    filled = sum(1 for ln in lines if ln)
    if inside < _WRAPPED_LINES or inside < _WRAPPED_SHARE * filled:
        return text
    width = _wrap_width(lines)
    out: list[str] = []
    previous = ""  # the last line as it came, before any join: the width test reads it
    for line in lines:
        if (
            out
            and out[-1]
            and line
            and not _SENTENCE_END.search(previous)
            and not _LIST_ITEM.match(line)
            and (line[:1].islower() or len(previous) >= width - _LINE_SLACK)
        ):
            out[-1] = f"{out[-1]} {line}"
        else:
            out.append(line)
        previous = line
    return "\n".join(out)


def repair_layout(text: str, *, wrapped_lines: bool = False) -> tuple[str, list[str]]:
    """``text`` without its page heads and feet, its notes, its e-mail headers and its
    messages' senders and times, with its hyphenated words and its sentences' ends restored;
    what was removed, by kind. ``wrapped_lines``: also join the lines of a paragraph broken
    into lines (a text whose paragraphs are lines, as HTML's are)."""
    removed: list[str] = []
    lines, dropped = _drop_running_lines(text.split("\n"))
    if dropped:
        removed.append("page heads and feet")
    lines, mail = _mail_lines(lines)
    if mail:
        removed.append("e-mail headers")
    lines, messages = _messages(lines)
    if messages:
        removed.append("message senders and times")
    numbers = _note_numbers(lines)
    lines, notes = _drop_footnotes(lines)
    if notes:
        removed.append("footnotes")
    text = "\n".join(lines)
    text = _HYPHENATED.sub(_rejoin, text)
    text = _NOTE_AFTER_END.sub(lambda m: _strip_note(m, numbers), text)
    text = _RAISED_NOTE.sub("", text)
    if wrapped_lines:
        text = unwrap(text)
    return text, removed
