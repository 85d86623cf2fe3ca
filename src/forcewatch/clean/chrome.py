"""Which line of a page is site chrome, from the word lists in ``vocab/<lang>.toml``.

The lists are data: adding a language is adding its file. A page's language is not known before
it is cleaned, so the lists of every language are merged and matched at once, on lines folded to
lower case without accents. Chrome is told apart from an article's own lines by what it says at
the start of a short line ("Subscribe to ...", "Lee también: ...", "Foto: ..."), or by its whole
wording ("Share on Facebook Twitter WhatsApp"); the publisher's description of itself and an
author's bio are recognised by their shape ("<Name> is an independent ... organisation") and are
only ever cut at the edges of the article (see ``textdump``).
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from forcewatch.text import transliterate

VOCAB = Path(__file__).with_name("vocab")

# What is removed, as the cleaner reports it in Document.removed.
KINDS = {
    "skip": "navigation",
    "nav": "navigation",
    "pitch": "newsletter or membership pitch",
    "share": "share bar",
    "read_more": "link to another story",
    "rail": "related headlines",
    "copyright": "copyright line",
    "cookie": "cookie notice",
    "photo": "photo credit",
    "comments": "comment prompt",
    "tags": "tag list",
    "contact": "contact",
    "time": "time stamp",
}
# The longest line (in words) each kind of chrome may be; a longer line is the article's.
MAX_WORDS = {
    "skip": 12,
    "nav": 8,
    "pitch": 30,
    "share": 14,
    "read_more": 30,
    "rail": 6,
    "copyright": 40,
    "cookie": 80,
    "photo": 25,
    "comments": 30,
    "tags": 40,
    "contact": 30,
    "time": 8,
}
# What follows "Read more" in a link: folded, "»" is ">>", "·" and "•" are "*", "—" is "--".
_SEPARATOR = r"\s*(?:[:>|*\-]|$)"


def fold(text: str) -> str:
    """Lower case, accents and typographic quotes folded, spaces collapsed; "©" is "copyright"
    (not "(c)", which starts the third item of many a list)."""
    text = text.replace("’", "'").replace("‘", "'").replace("©", " copyright ")
    text = transliterate(text).lower()
    return re.sub(r"\s+", " ", text).strip()


def _alternation(phrases: list[str]) -> str:
    folded = sorted({fold(p) for p in phrases if p.strip()}, key=len, reverse=True)
    return "|".join(re.escape(p) for p in folded) or "(?!)"


@dataclass(frozen=True)
class Vocab:
    starts: dict[str, re.Pattern[str]]
    contains: dict[str, re.Pattern[str]]
    whole: dict[str, re.Pattern[str]]
    patterns: dict[str, re.Pattern[str]]
    read_more: re.Pattern[str]
    rail_starts: re.Pattern[str]
    share_words: frozenset[str]
    byline_starts: re.Pattern[str]
    byline_roles: re.Pattern[str]
    self_description: re.Pattern[str]
    self_hints: re.Pattern[str]
    bio: re.Pattern[str]
    about_heading: re.Pattern[str]
    harm: re.Pattern[str]


def _lists(data: list[dict[str, dict[str, list[str]]]], section: str, key: str) -> list[str]:
    return [p for d in data for p in d.get(section, {}).get(key, [])]


@cache
def _tables() -> tuple[tuple[str, dict[str, dict[str, list[str]]]], ...]:
    """Every language's file in ``vocab/``, read once: (its language, its tables)."""
    return tuple(
        (f.stem, tomllib.loads(f.read_text(encoding="utf-8"))) for f in sorted(VOCAB.glob("*.toml"))
    )


def phrases(section: str, key: str) -> str:
    """``[section].key`` of every language's file as one alternation of folded phrases, the
    longest first ("(?!)", which matches nothing, when no file has it)."""
    return _alternation(_lists([tables for _, tables in _tables()], section, key))


@cache
def vocab(langs: tuple[str, ...] | None = None) -> Vocab:
    """The merged word lists of ``langs`` (default: every file in ``vocab/``)."""
    data = [tables for lang, tables in _tables() if langs is None or lang in langs]
    sections = {s for d in data for s in d}

    def compiled(key: str, template: str) -> dict[str, re.Pattern[str]]:
        out = {}
        for section in sorted(sections & KINDS.keys()):
            phrases = _lists(data, section, key)
            if phrases and not (section in ("read_more", "rail") and key == "starts"):
                out[section] = re.compile(template.format(_alternation(phrases)))
        return out

    patterns = {
        section: re.compile("|".join(f"(?:{fold(p)})" for p in _lists(data, section, "patterns")))
        for section in sorted(sections & KINDS.keys())
        if _lists(data, section, "patterns")
    }
    self_verbs = _alternation(_lists(data, "self", "verbs"))
    articles = _alternation(_lists(data, "self", "articles"))
    nouns = _alternation(_lists(data, "self", "nouns"))
    we = _alternation(_lists(data, "self", "we"))
    bio_verbs = _alternation(_lists(data, "bio", "verbs"))
    bio_nouns = _alternation(_lists(data, "bio", "nouns"))
    beats = _alternation(_lists(data, "bio", "beats"))
    return Vocab(
        starts=compiled("starts", r"^(?:{})(?![a-z0-9])"),
        contains=compiled("contains", r"(?<![a-z0-9])(?:{})(?![a-z0-9])"),
        whole=compiled("whole", r"^(?:{})[\s.:!*]*$"),
        patterns=patterns,
        read_more=re.compile(
            rf"^(?:{_alternation(_lists(data, 'read_more', 'starts'))}){_SEPARATOR}"
        ),
        rail_starts=re.compile(rf"^(?:{_alternation(_lists(data, 'rail', 'starts'))})\s"),
        share_words=frozenset(fold(w) for w in _lists(data, "share", "words")),
        byline_starts=re.compile(
            rf"^(?:{_alternation(_lists(data, 'byline', 'starts'))})(?![a-z0-9])"
        ),
        byline_roles=re.compile(rf"^(?:{_alternation(_lists(data, 'byline', 'roles'))})[\s.]*$"),
        # Matched on the folded line: "<about x:> <name> is an independent ... organisation",
        # "we are a nonprofit newsroom", "somos un medio independiente".
        self_description=re.compile(
            rf"^(?:[^.:]{{2,60}}:\s*)?(?:(?:{we})|(?:[^\s.,;:]+\s){{1,16}}?(?:{self_verbs}))\s+"
            rf"(?:{articles})\s+[^.]{{0,60}}?(?<![a-z0-9])(?:{nouns})(?![a-z0-9])"
        ),
        self_hints=re.compile(
            rf"(?<![a-z0-9])(?:{_alternation(_lists(data, 'self', 'hints'))})(?![a-z0-9])"
        ),
        # Matched on the folded line: "alicia brandt covers public safety ...", "sobre o autor:
        # paulo lima e jornalista ...": a name of two to six words, then what the author does.
        bio=re.compile(
            rf"^(?:[^.:]{{2,40}}:\s*)?(?:[\w'.-]+\s+){{2,6}}?(?:"
            rf"(?:{bio_verbs})\s[^.]{{0,80}}?(?<![a-z0-9])(?:{bio_nouns})(?![a-z0-9])"
            rf"|(?:{beats})\s)"
        ),
        about_heading=re.compile(
            "|".join(f"(?:{fold(p)})" for p in _lists(data, "about", "headings")) or "(?!)"
        ),
        harm=re.compile(
            rf"(?<![a-z0-9])(?:{_alternation(_lists(data, 'about', 'harm'))})(?![a-z0-9])"
        ),
    )


def chrome_kind(line: str) -> str | None:
    """The kind of chrome ``line`` is (a key of ``KINDS``), or None."""
    words = len(line.split())
    folded = fold(line)
    v = vocab()
    for kind, pattern in v.whole.items():
        if words <= max(MAX_WORDS[kind], 12) and pattern.match(folded):
            return kind
    for kind, pattern in v.patterns.items():
        if words <= MAX_WORDS[kind] and pattern.match(folded):
            return kind
    if words <= MAX_WORDS["read_more"] and v.read_more.match(folded):
        return "read_more"
    if words <= 5 and v.rail_starts.match(folded) and not _ends_sentence(line):
        return "rail"
    if words <= MAX_WORDS["share"] and _all_share_words(folded, v.share_words):
        return "share"
    for kind, pattern in v.starts.items():
        if words <= MAX_WORDS[kind] and pattern.match(folded):
            return kind
    for kind, pattern in v.contains.items():
        if words <= MAX_WORDS[kind] and pattern.search(folded):
            return kind
    return None


def _ends_sentence(line: str) -> bool:
    return bool(re.search(r"""[.!?…]["'”’»)]*$""", line))


def _all_share_words(folded: str, words: frozenset[str]) -> bool:
    parts = [p.strip(" :") for p in re.split(r"[|*/,]|\s{2,}", folded) if p.strip(" :")]
    tokens = re.sub(r"[|*/,:]", " ", folded).split()
    if parts and all(p in words for p in parts):
        return True
    # "Share on Facebook Twitter WhatsApp Email": every word a share word, pairs allowed.
    i = 0
    while i < len(tokens):
        if i + 1 < len(tokens) and f"{tokens[i]} {tokens[i + 1]}" in words:
            i += 2
        elif tokens[i] in words:
            i += 1
        else:
            return False
    return bool(tokens)


def is_self_description(line: str) -> bool:
    """The publisher or organisation describing itself ("X is an independent ... newsroom")."""
    folded = fold(line)
    v = vocab()
    return bool(v.self_description.match(folded)) and bool(v.self_hints.search(folded))


def is_author_bio(line: str) -> bool:
    """A note on the author: "Alicia Brandt covers public safety for the Herald."."""
    return len(line.split()) <= 60 and line[:1].isupper() and bool(vocab().bio.match(fold(line)))


def is_byline(line: str) -> bool:
    """'By Jane Doe', 'Por: Óscar Barrios', 'Staff Writer', 'Publicado el 7 de mayo por redacción'."""
    if len(line.split()) > 16:
        return False
    folded = fold(line)
    v = vocab()
    return bool(v.byline_starts.match(folded) or v.byline_roles.match(folded))


def is_about_heading(line: str) -> bool:
    """ "About us", "About Amnesty International", "Sobre nosotros", "Quem somos"."""
    return bool(vocab().about_heading.match(fold(line)))


def tells_of_harm(line: str) -> bool:
    """A paragraph that tells of someone killed or hurt is never taken for the "about us"."""
    return bool(vocab().harm.search(fold(line)))
