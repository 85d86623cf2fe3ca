"""A text cut into word tokens once, with what each token's surroundings say (datelines, headline
lines, a locative or a title before it, a street or a newspaper after it)."""

from __future__ import annotations

import re

from forcewatch.extractor.places.model import _Tok
from forcewatch.extractor.places.patterns import (
    _ABBREVIATED_HEADS,
    _ADMIN_CUE_AFTER,
    _ADMIN_CUE_BEFORE,
    _AGE_RE,
    _ARTICLES,
    _BRANDS,
    _CITY_CUE_BEFORE,
    _CONNECTORS,
    _DATELINE_MIXED_RE,
    _DATELINE_RE,
    _DATELINE_TAIL_RE,
    _FAMILY_WORDS,
    _FIRST_NAMES,
    _FUNCTION_WORDS,
    _GLUED_RE,
    _LANG_MARKERS,
    _LOCATIVE,
    _NAME_TAILS,
    _OF_ORGS,
    _OPENERS,
    _PLACE_HEADS,
    _PLACE_TAILS,
    _POLICE_TAILS,
    _SENTENCE_END,
    _SPEECH_VERBS,
    _STOP_NAMES,
    _SURNAME_PARTICLES,
    _TITLES,
    _TOKEN_RE,
    _WEAK_LOCATIVE,
)
from forcewatch.text import fold

# A part of a place named before it: "in central Gaza", "in northern Rakhine".
_ARTICLE_PREFIX = re.compile(r"^(?:al|el|an|ar|as|ad|ash|at|az)-[A-Z]")
_COMPASS = frozenset(
    [
        "central",
        "northern",
        "southern",
        "eastern",
        "western",
        "northeastern",
        "northwestern",
        "southeastern",
        "southwestern",
        "north",
        "south",
        "east",
        "west",
    ]
)


_PART_OF_A_DEPARTMENT = frozenset(
    ("norte", "sur", "oriente", "occidente", "nororiente", "noroccidente", "suroriente",
     "suroccidente", "centro")
)  # fmt: skip


class _Text:
    """A text cut into word tokens, with what each token's surroundings say."""

    __slots__ = (
        "_join",
        "colocated",
        "country_keys",
        "dateline",
        "headline",
        "lang",
        "name_tokens",
        "person_names",
        "place_ends",
        "place_starts",
        "text",
        "tokens",
    )

    def __init__(self, text: str, lang: str | None) -> None:
        self.text = text
        toks: list[_Tok] = []
        append = toks.append
        for m in _TOKEN_RE.finditer(text):
            word = m.group()
            start, end = m.span()
            if word[0].isupper() and not (word[-1].isupper() and not word.isupper()):
                if len(word) > 2 and word.endswith(("'s", "’s")):
                    word, end = word[:-2], end - 2
                shape = 3 if "." in word else 2 if len(word) > 1 and word.isupper() else 1
            elif _ARTICLE_PREFIX.match(word):
                shape = 1  # "al-Balah", "el-Fasher": an Arabic name after its article
            elif word.islower() or word.isdigit():
                shape = 0
            else:
                glued = _GLUED_RE.match(word)
                if glued is not None:  # "fox6now.comMILWAUKEE", "CBS DetroitDETROIT": scraped
                    cut = start + glued.end(1)
                    head = glued.group(1)
                    append(_Tok(start, cut, fold(head), int(head[0].isupper())))
                    word, start = glued.group(2), cut
                    shape = 2 if word.isupper() else 1
                else:
                    shape = int(word[0].isupper())
            append(_Tok(start, end, fold(word), shape))
        self.tokens = toks
        code = (lang or "").lower()[:2]
        self.lang = code if code in ("en", "es", "pt") else self._guess_lang()
        self._join: list[bool | None] = [None] * len(toks)
        self.dateline = [False] * len(toks)
        if toks:
            spans = [dm.span("d") for dm in _DATELINE_RE.finditer(text)]
            for dm in _DATELINE_MIXED_RE.finditer(text):
                spans.append(dm.span("p") if dm.group("p") else dm.span("d"))
            for ds, de in spans:
                for k in range(self._token_at(ds), len(toks)):
                    if toks[k].start >= de:
                        break
                    self.dateline[k] = toks[k].end <= de
            self._inline_datelines()
        self.headline = self._headlines()
        self.place_starts: set[int] = set()  # tokens that start a country or state name
        self.place_ends: set[int] = set()  # tokens that end one
        self.name_tokens: set[int] = set()  # tokens known to be part of a person's name
        self.person_names: set[str] = set()  # names seen as a person's: "Mitchell" later too
        # the names of the text each first-level division holds a reading of (a town of some
        # size, or the division itself): "Hamilton", "Portland" and "Melbourne" all in Victoria
        self.colocated: dict[str, set[str]] = {}
        self.country_keys: dict[str, set[str]] = {}  # the names each country is written with

    def _inline_datelines(self) -> None:
        """A dateline inside a line: "Associated Press MEMPHIS, Tenn. (AP) —"."""
        toks, n = self.tokens, len(self.tokens)
        k = 0
        while k < n:
            if toks[k].shape not in (2, 3) or self.dateline[k]:
                k += 1
                continue
            end = k
            while (
                end + 1 < n
                and end - k < 3
                and toks[end + 1].shape in (2, 3)
                and self.joined(end, end + 1)
            ):
                end += 1
            if toks[end].end - toks[k].start > 2 and _DATELINE_TAIL_RE.match(
                self.text, toks[end].end
            ):
                for x in range(k, end + 1):
                    self.dateline[x] = True
            k = end + 1

    def _token_at(self, pos: int) -> int:
        lo, hi = 0, len(self.tokens)
        while lo < hi:
            mid = (lo + hi) // 2
            if self.tokens[mid].end <= pos:
                lo = mid + 1
            else:
                hi = mid
        return lo

    def _guess_lang(self) -> str | None:
        counts = dict.fromkeys(_LANG_MARKERS, 0)
        for t in self.tokens[:400]:
            for lang, words in _LANG_MARKERS.items():
                if t.norm in words:
                    counts[lang] += 1
        lang, best = max(counts.items(), key=lambda kv: kv[1])
        return lang if best >= 2 else None

    def initial(self, k: int) -> bool:
        """Token k starts a sentence (or a line)."""
        return self._initial(self.tokens[k].start)

    def _initial(self, pos: int) -> bool:
        k = pos - 1
        text = self.text
        while k >= 0 and text[k] in _OPENERS:
            k -= 1
        return k < 0 or text[k] in _SENTENCE_END

    def _headlines(self) -> list[bool]:
        """Tokens on Title Case lines, where capitals say nothing about names."""
        flags = [False] * len(self.tokens)
        k, n = 0, len(self.tokens)
        while k < n:
            line_end = self.text.find("\n", self.tokens[k].start)
            line_end = len(self.text) if line_end < 0 else line_end
            group: list[int] = []
            while k < n and self.tokens[k].start < line_end:
                group.append(k)
                k += 1
            words = [g for g in group if len(self.tokens[g].norm) > 3]
            if len(words) >= 3 and sum(self.tokens[g].shape > 0 for g in words) >= 0.7 * len(words):
                for g in group:
                    flags[g] = True
        return flags

    def joined(self, a: int, b: int) -> bool:
        """Tokens a and b are one phrase: only a space (or "St. ") between them."""
        if b == a + 1:
            known = self._join[a]
            if known is None:
                known = self._join[a] = self._joined(a, b)
            return known
        return self._joined(a, b)

    def _joined(self, a: int, b: int) -> bool:
        gap = self.text[self.tokens[a].end : self.tokens[b].start]
        if 0 < len(gap) <= 2 and not gap.strip() and "\n" not in gap:
            return True
        return gap in (". ", ".") and self.tokens[a].norm in _ABBREVIATED_HEADS

    def prev_norm(self, i: int) -> str:
        return self.tokens[i - 1].norm if i > 0 else ""

    def locative_before(self, i: int, weak: bool = True) -> bool:
        """ "in", "en", "no", "desde", ... right before token i; with ``weak``, "de" too."""
        if i == 0 or not self.joined(i - 1, i):
            return False
        prev = self.tokens[i - 1].norm
        if prev in _LOCATIVE:
            return weak or prev not in _WEAK_LOCATIVE
        if prev in _COMPASS:  # "in central Gaza", "in northern Rakhine"
            return self.locative_before(i - 1, weak)
        # "in the", "en el", "de la" ("no" and "na" already carry the article)
        if prev not in _ARTICLES or i < 2:
            return False
        before = self.tokens[i - 2].norm
        return before in _LOCATIVE and (weak or before not in _WEAK_LOCATIVE)

    def admin_cue(self, i: int, j: int) -> str:
        """The word that makes i..j a state: "estado Miranda", "estado de Guerrero", "state of
        Miranda", "Miranda state"; or ""."""
        toks = self.tokens
        if j + 1 < len(toks) and self.joined(j, j + 1) and toks[j + 1].norm in _ADMIN_CUE_AFTER:
            return toks[j + 1].norm
        for back in (1, 2, 3):
            if i - back < 0 or not self.joined(i - back, i - back + 1):
                return ""
            word = toks[i - back].norm
            if word in _ADMIN_CUE_BEFORE:
                return word
            if back == 2 and word in _PART_OF_A_DEPARTMENT and toks[i - 1].norm == "del":
                # "en el norte del Cauca", "el sur del Tolima": a department's part, the
                # department named with its article as Colombia's are
                return "departamento"
            if word not in ("de", "del", "do", "da", "of", "the", "la", "el", "o"):
                return ""
        return ""

    def city_cue(self, i: int) -> bool:
        for back in (1, 2):
            if i - back < 0 or not self.joined(i - back, i - back + 1):
                return False
            word = self.tokens[i - back].norm
            if word in _CITY_CUE_BEFORE:
                return True
            if word not in ("de", "del", "do", "da", "of"):
                return False
        return False

    def police_after(self, j: int) -> bool:
        """ "Arcola police", "Healdton officer", "Austin's": words that follow a town's name."""
        if j + 1 >= len(self.tokens):
            return False
        if self.possessive_after(j):
            return True
        return self.joined(j, j + 1) and self.tokens[j + 1].norm in _POLICE_TAILS

    def possessive_after(self, j: int) -> bool:
        """Token j ends in "'s": "Austin's", "Dahmani's"."""
        if j + 1 >= len(self.tokens):
            return False
        return self.text[self.tokens[j].end : self.tokens[j + 1].start] in ("'s ", "’s ")

    def after_org_of(self, i: int) -> bool:
        """Token i follows an organisation's "X of" ("Department of Justice", "Ministerio de
        Justicia", "the Ministry of Defence, the Federal Police ..."): an organisation's name."""
        toks = self.tokens
        return (
            i > 1
            and self.joined(i - 1, i)
            and toks[i - 1].norm in ("of", "de", "do", "da", "del")
            and toks[i - 2].norm in _OF_ORGS
        )

    def token_at(self, pos: int) -> int:
        """The index of the first token that ends after ``pos``."""
        return self._token_at(pos)

    def names_a_thing(self, j: int) -> bool:
        """The capitalised word after token j makes it part of the name of a street, a newspaper
        or a place of some kind: "Reno Avenue", "Denver Post", "Pine Grove Memorial Park"."""
        toks = self.tokens
        if j + 1 >= len(toks) or self.headline[j] or not self.joined(j, j + 1):
            return False
        return toks[j + 1].shape == 1 and toks[j + 1].norm in _NAME_TAILS

    def person_like(self, i: int, j: int, strict: bool) -> str:
        """Why tokens i..j look like (part of) a person's or an organisation's name, or "".

        "person": a title or first name before it, "said" after it, an age ("Jackson, 25,");
        "org": a newspaper or a street ("Reno Avenue"). With ``strict``, also "prev" (a
        capitalised word before it: "Óscar Pérez") and "next" (one after it: "Paris Hilton"),
        which a large city survives ("Houston McDonald's owner").
        """
        if self.dateline[i]:
            return ""
        toks = self.tokens
        if i in self.name_tokens:
            return "person"
        prev = toks[i - 1] if i > 0 and self.joined(i - 1, i) else None
        weak = ""
        if prev is not None:
            if prev.norm in _TITLES and (prev.shape == 1 or prev.norm not in _LOCATIVE):
                return "person"  # "Gov. Newsom", "gobernador Vargas" (not "gobernador de X")
            if prev.shape == 1 and prev.norm in _FIRST_NAMES:
                return "person"
            if prev.norm in _BRANDS:
                return "org"  # "Dodge Durango", "GMC Yukon"
            if self.after_org_of(i):
                return "org"  # "Department of Justice", "Ministerio de Justicia"
            if prev.norm in ("de", "da", "do", "del") and i > 1 and self.joined(i - 2, i - 1):
                before = toks[i - 2]
                if before.shape == 1 and before.norm in _FIRST_NAMES:
                    return "person"  # "Francisco de Miranda"
            if prev.norm in _SURNAME_PARTICLES:
                return "person"  # "Kian delos Santos"
            if (
                strict
                and prev.shape == 1
                and not self.headline[i]
                and not self.initial(i - 1)
                and prev.norm not in _FUNCTION_WORDS
                and prev.norm not in _PLACE_HEADS
                and prev.norm not in _STOP_NAMES
                and i - 1 not in self.place_ends
            ):
                weak = "prev"  # "Óscar Pérez", "Lin-Manuel Miranda"
        nxt = (
            toks[j + 1]
            if j + 1 < len(toks)
            and (
                self.joined(j, j + 1)
                or self.text[toks[j].end : toks[j + 1].start] in ("'s ", "’s ")
            )
            else None
        )
        if nxt is not None and not self.headline[j]:
            if strict and nxt.norm in _SPEECH_VERBS and i == j and (prev is None or prev.shape):
                return "person"
            if nxt.norm in _FAMILY_WORDS:
                return "person"  # "the Guerrero family"
            if self.names_a_thing(j):
                return "org"  # "Rockford Register Star", "Reno Avenue"
            possessive = self.text[toks[j].end : toks[j + 1].start] in ("'s ", "’s ")
            if (
                strict
                and not weak
                and not possessive  # "Dearborn’s Fairlane Town Center" is the city's mall
                and nxt.shape == 1
                and i == j
                and j + 1 not in self.place_starts
                and nxt.norm not in _PLACE_TAILS
                and nxt.norm not in _CONNECTORS
                and nxt.norm not in _FUNCTION_WORDS
                and toks[i].norm not in _PLACE_HEADS
                and toks[i].norm not in _STOP_NAMES
            ):
                weak = "next"
        if _AGE_RE.match(self.text, toks[j].end):
            return "person"
        return weak
