"""A literal gate in front of a long pattern: the strings one of which every match must hold.

Most of the extractor's time on a news page went to long alternations (a language's harm contexts,
the weapons states field, the cues of a period total) searched in every sentence, though a page
has a handful of sentences they match. Python's ``re`` tries every alternative at every position
of such a pattern; a plain alternation of literals on case-folded text it skips through quickly
(its first-character set). So a pattern is read once (``re._parser``, the parser ``re`` itself
uses) for the literals one of which any match must contain, as RE2's prefilter does, and
``gate(pattern)`` searches the whole pattern only where one of them appears.

The literals come from the pattern, so a language's data file that adds a context adds its gate
too: nothing here is a word list. The gate is a filter only: it may let a sentence through that
the pattern then refuses, never the reverse (``tests/extract/test_prefilter.py`` holds the gated
patterns to every sentence of the labelled sets).
"""

from __future__ import annotations

import re
import sys
import threading
from collections.abc import Iterable, Iterator, Sequence
from itertools import pairwise
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]
from typing import Any, Protocol

from forcewatch.extractor.literals_cache import cached_literals

__all__ = ["Gated", "Pattern", "forget", "gate", "required_literals", "split"]

# A gate whose shortest literal is shorter than this lets nearly every sentence through: no gate.
MIN_LITERAL = 3
# Branches beyond this many literals gate little: no gate.
MAX_LITERALS = 600  # the verbs of harm of es and pt together: 405 literals

_Literals = frozenset[str] | None  # None: a match need hold no particular literal


class Pattern(Protocol):
    """What the extractor asks of a compiled pattern, gated or not."""

    @property
    def pattern(self) -> str: ...

    @property
    def flags(self) -> int: ...

    def search(
        self, string: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> re.Match[str] | None: ...

    def finditer(
        self, string: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> Iterator[re.Match[str]]: ...

    def match(
        self, string: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> re.Match[str] | None: ...


def _better(a: _Literals, b: _Literals) -> _Literals:
    """The more selective of two requirements: the longer shortest literal, then fewer literals."""
    if a is None:
        return b
    if b is None:
        return a
    score_a, score_b = (min(map(len, a)), -len(a)), (min(map(len, b)), -len(b))
    return a if score_a >= score_b else b


# A run of text the pattern spells out may fork ("a[cç](?:ão|ões)": four strings); past this many
# strings the run is cut where it stands.
MAX_FORMS = 64


def _forms(op: Any, av: Any) -> set[str] | None:
    """Every string one item can match when it spells out literals only ("[ií]", "(?:ão|ões)",
    "s?"), case-folded; None for anything else."""
    if op is sre.LITERAL:
        return {chr(av).casefold()}
    if op is sre.IN:
        if len(av) > 8 or any(kind is not sre.LITERAL for kind, _ in av):
            return None
        return {chr(code).casefold() for _, code in av}
    if op is sre.SUBPATTERN:
        return _spelled(av[-1])
    if op is sre.BRANCH:
        union: set[str] = set()
        for alternative in av[1]:
            forms = _spelled(alternative)
            if forms is None or len(union) + len(forms) > MAX_FORMS:
                return None
            union |= forms
        return union
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT) and av[0] == 0 and av[1] == 1:
        forms = _spelled(av[2])
        return None if forms is None else forms | {""}
    return None


def _spelled(items: Any) -> set[str] | None:
    strings = {""}
    for op, av in items:
        if op is sre.AT:
            continue
        forms = _forms(op, av)
        if forms is None or len(strings) * len(forms) > MAX_FORMS:
            return None
        strings = {a + b for a in strings for b in forms}
    return strings


def _sequence(items: Any) -> _Literals:
    best: _Literals = None
    run = {""}  # the strings the text spelled out since the last break may be
    for op, av in items:
        if op is sre.AT:
            continue  # "\b", "^", "$": no character, the run goes on
        forms = _forms(op, av)
        if forms is not None and len(run) * len(forms) <= MAX_FORMS:
            run = {a + b for a in run for b in forms}
            continue
        if "" not in run:
            best = _better(best, frozenset(run))
        run = {""}
        if op is sre.SUBPATTERN:
            best = _better(best, _sequence(av[-1]))
        elif op is sre.ATOMIC_GROUP:
            best = _better(best, _sequence(av))
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            low, _high, sub = av
            if low >= 1:
                best = _better(best, _sequence(sub))
        elif op is sre.BRANCH:
            best = _better(best, _branch(av[1]))
        # classes, "any", lookarounds and group references hold no literal of their own
    if "" not in run:
        best = _better(best, frozenset(run))
    return best


def _branch(alternatives: Any) -> _Literals:
    union: set[str] = set()
    for alternative in alternatives:
        literals = _sequence(alternative)
        if literals is None:
            return None  # one way through needs no literal: neither does the whole
        union |= literals
    return frozenset(union)


def required_literals(
    pattern: str, flags: int = 0, *, min_literal: int = MIN_LITERAL
) -> frozenset[str] | None:
    """Case-folded strings one of which every match of ``pattern`` contains (None when there is no
    such set worth searching for: one shorter than ``min_literal``, or too many). What a pattern
    requires is kept between processes (``literals_cache``)."""
    store = cached_literals()
    name, known, literals = store.get(pattern, flags, min_literal)
    if known:
        return None if literals is None else frozenset(literals)
    found = _required_literals(pattern, flags, min_literal)
    store.put(name, found)
    return found


def _required_literals(pattern: str, flags: int, min_literal: int) -> frozenset[str] | None:
    literals = _sequence(_parser.parse(pattern, flags))
    if literals is None or min(map(len, literals)) < min_literal or len(literals) > MAX_LITERALS:
        return None
    # a literal that holds another is implied by it: keep the shorter only
    kept = [w for w in literals if not any(o != w and o in w for o in literals)]
    return frozenset(kept)


# One scan of a string for the literals of every gate at once. About fifty gates are opened on
# each sentence, most of them refusing it; each scanning the sentence with its own alternation of
# literals took an eighth of a long report's time. Instead the literals of all gates make one
# trie-shaped pattern ("pol(?:ice|ic[ií]a)|..."), which ``re`` walks one character at a time where
# a flat alternation tries every literal at every position; it is searched from every position
# where a literal starts (overlaps included), and each hit, the longest literal that starts there,
# opens the gates of every literal it begins with (those that start at the same place are its
# prefixes). What a string opens is kept, so the next gates asked about it scan nothing.


def _trie_pattern(words: Iterable[str]) -> str:
    """An alternation of ``words`` shaped as their trie: at each place the longer words first,
    so that a match is the longest word that starts there."""
    root: dict[str, Any] = {}
    for word in words:
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def spell(node: dict[str, Any]) -> str:
        branches = [re.escape(char) + spell(node[char]) for char in sorted(node) if char]
        if not branches:
            return ""
        if len(branches) == 1 and "" not in node:
            return branches[0]
        return "(?:" + "|".join(branches) + ("|" if "" in node else "") + ")"

    return spell(root)


class _Batch:
    """One scan for the literals of some gates: which gates (bits) each literal found opens."""

    def __init__(self, requirements: Sequence[tuple[frozenset[str], int]]) -> None:
        bits_of: dict[str, int] = {}
        for literals, bit in requirements:
            for literal in literals:
                bits_of[literal] = bits_of.get(literal, 0) | bit
        # a literal opens what its own gates and those of each literal it begins with open
        self.opens = {
            literal: _or(bits_of.get(literal[:end], 0) for end in range(1, len(literal) + 1))
            for literal in bits_of
        }
        self.scanner = re.compile(_trie_pattern(bits_of))

    def bits(self, folded: str) -> int:
        found = 0
        opens, search = self.opens, self.scanner.search
        hit = search(folded)
        while hit is not None:
            found |= opens[hit.group()]
            hit = search(folded, hit.start() + 1)
        return found


def _or(values: Iterable[int]) -> int:
    result = 0
    for value in values:
        result |= value
    return result


class _Scans:
    """The gates' requirements, each a bit, and the bits each string recently seen opens."""

    # more batches than this are merged into one (a program that makes gates one at a time)
    MAX_BATCHES = 8
    # strings remembered: the sentences of a long report are asked about again, incident by
    # incident; the older half is forgotten when this many are kept
    KEEP = 8192

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._bits: dict[frozenset[str], int] = {}  # one bit per distinct set of literals
        self._pending: list[tuple[frozenset[str], int]] = []
        # the batches, and how many times they were merged (what a string opened is kept with
        # the number it was found under, and only the batches added since are scanned)
        self._state: tuple[int, tuple[_Batch, ...]] = (0, ())
        self._recent: dict[str, tuple[int, int, int]] = {}  # string: (merges, batches, bits)
        self._older: dict[str, tuple[int, int, int]] = {}

    def bit(self, literals: frozenset[str]) -> int:
        with self._lock:
            bit = self._bits.get(literals)
            if bit is None:
                bit = self._bits[literals] = 1 << len(self._bits)
                self._pending.append((literals, bit))
            return bit

    def _current(self) -> tuple[int, tuple[_Batch, ...]]:
        if not self._pending:
            return self._state
        with self._lock:
            if self._pending:
                merges, batches = self._state
                if len(batches) >= self.MAX_BATCHES:  # one batch for every gate
                    self._state = (merges + 1, (_Batch(list(self._bits.items())),))
                else:
                    self._state = (merges, (*batches, _Batch(self._pending)))
                self._pending = []
            return self._state

    def opened(self, string: str) -> int:
        """The bits of the gates whose literals ``string`` holds."""
        merges, batches = self._current()
        known = self._recent.get(string)
        if known is None:
            known = self._older.get(string)
        done, bits = 0, 0
        if known is not None and known[0] == merges:
            done, bits = known[1], known[2]
        if done < len(batches):
            folded = string.casefold()
            for batch in batches[done:]:
                bits |= batch.bits(folded)
            known = None
        if known is None or string not in self._recent:
            recent = self._recent
            if len(recent) >= self.KEEP:
                self._older, recent = recent, {}
                self._recent = recent
            recent[string] = (merges, len(batches), bits)
        return bits

    def forget(self) -> None:
        """Let go of the strings kept (a new report's sentences are others)."""
        self._recent, self._older = {}, {}

    def opened_in(self, part: str) -> int:
        """The same for a part of a string, not kept (a new string each time)."""
        folded = part.casefold()
        return _or(batch.bits(folded) for batch in self._current()[1])


_SCANS = _Scans()


def forget() -> None:
    """Let go of the strings whose gates are kept: the extractor calls it before each report, so
    a long-running process keeps no more than one report's sentences."""
    _SCANS.forget()


# A gate that opens often on a long alternation ("police" opens the forty harm contexts of a
# language) still leaves ``re`` trying every alternative at every place of the sentence. The
# alternatives of such a pattern's outermost alternation get gates of their own: only those whose
# literals the sentence holds are searched, each on its own, for the first place where the whole
# pattern can match; the whole pattern is then matched at that place. A pattern ``P(?:A|B)S``
# matches at a place exactly when ``P(?:A)S`` or ``P(?:B)S`` does (the group is neither repeated,
# nor a lookaround or an atomic group, and nothing refers back to a group), so the place is the
# one its own search finds, and the match there is its own: the same groups, the same span.


def _outer_alternation(pattern: str) -> tuple[str, list[str], str] | None:
    """``pattern`` as (prefix, alternatives, suffix): its own alternation, else that of the
    outermost plain group with the most alternatives; None when it has neither."""
    bars: dict[int, list[int]] = {}  # a group's "(" (-1: the pattern itself): its "|"s
    groups: dict[int, int] = {}
    open_at: list[int] = []
    i = 0
    while i < len(pattern):
        char = pattern[i]
        if char == "\\":
            i += 2
            continue
        if char == "[":  # a class: "[^]|(]" holds no group and no alternative
            i += 2 if pattern.startswith("[^", i) else 1
            i += pattern[i] == "]" if i < len(pattern) else 0
            while i < len(pattern) and pattern[i] != "]":
                i += 2 if pattern[i] == "\\" else 1
        elif char == "(":
            open_at.append(i)
        elif char == ")":
            if not open_at:
                return None
            groups[open_at.pop()] = i
        elif char == "|":
            bars.setdefault(open_at[-1] if open_at else -1, []).append(i)
        i += 1
    if open_at:
        return None

    def cut(start: int, end: int, at: list[int]) -> list[str]:
        edges = [start - 1, *at, end]
        return [pattern[x + 1 : y] for x, y in pairwise(edges)]

    if -1 in bars:
        return "", cut(0, len(pattern), bars[-1]), ""
    best: tuple[int, int, list[int]] | None = None
    for start, at in bars.items():
        end = groups[start]
        outermost = not any(o < start and end < c for o, c in groups.items())
        head = _PLAIN_GROUP.match(pattern, start)
        repeated = pattern[end + 1 : end + 2] in ("*", "+", "?", "{")
        if (
            outermost
            and head is not None
            and not repeated
            and (best is None or len(at) > len(best[2]))
        ):
            best = (head.end(), end, at)
    if best is None:
        return None
    start, end, at = best
    return pattern[:start], cut(start, end, at), pattern[end:]


# a group whose alternatives may be tried apart: capturing, non-capturing, with scoped flags
_PLAIN_GROUP = re.compile(r"\((?:\?:|\?P<\w+>|\?[aiLmsux]*(?:-[imsx]+)?:|(?!\?))")


class _Alternatives:
    """The alternatives of a pattern's outer alternation, gathered by what they require."""

    def __init__(
        self,
        prefix: str,
        groups: list[tuple[frozenset[str] | None, list[str]]],
        suffix: str,
        flags: int,
    ) -> None:
        # a bit per gathering that requires literals (0: none, searched always); the pattern's
        # own scan, not the shared one: it is made late, and only its open gate asks it
        bits = [0 if literals is None else 1 << index for index, (literals, _) in enumerate(groups)]
        self._scan = _Batch(
            [(lits, bit) for (lits, _), bit in zip(groups, bits, strict=True) if lits]
        )
        self._parts = [
            (bit, prefix + "|".join(branches) + suffix)
            for bit, (_, branches) in zip(bits, groups, strict=True)
        ]
        self._flags = flags
        self._compiled: list[re.Pattern[str] | None] = [None] * len(groups)

    def first(self, string: str, pos: int, endpos: int) -> int | None:
        """The first place in [pos, endpos) where one of the alternatives the string holds
        matches, within the whole pattern's prefix and suffix."""
        if pos <= 0 and endpos >= len(string):
            bits = self._scan.bits(string.casefold())
        else:
            bits = self._scan.bits(string[max(pos, 0) : max(endpos, 0)].casefold())
        first: int | None = None
        for index, (bit, source) in enumerate(self._parts):
            if bit and not bits & bit:
                continue
            compiled = self._compiled[index]
            if compiled is None:
                compiled = self._compiled[index] = re.compile(source, self._flags)
            found = compiled.search(string, pos, endpos)
            if found is not None and (first is None or found.start() < first):
                first = found.start()
        return first


# patterns shorter than this are not split
SPLIT_MIN_LENGTH = 1000


def _alternatives(compiled: re.Pattern[str], min_literal: int) -> _Alternatives | None:
    """The outer alternatives of ``compiled`` behind their own gates, when that is sound and
    some of them have a gate (alternatives without literals are searched together, always)."""
    pattern = compiled.pattern
    if len(pattern) < SPLIT_MIN_LENGTH:
        return None  # short: a search costs little already
    if compiled.flags & re.VERBOSE or re.search(
        r"\(\?P=|\(\?\(|\\\d|\(\?>|[*+?}]\+|\(\?#|\(\?[aiLmsu-]*x", pattern
    ):
        # references to groups, conditionals, atomic groups, possessive repeats; comments and
        # verbose parts, whose text is no pattern
        return None
    outer = _outer_alternation(pattern)
    if outer is None:
        return None
    prefix, branches, suffix = outer
    gathered: dict[frozenset[str] | None, list[str]] = {}
    for branch in branches:
        try:
            literals = required_literals(branch, compiled.flags, min_literal=min_literal)
        except re.error:
            return None  # not an alternative on its own: the split was misread
        gathered.setdefault(literals, []).append(branch)
    if len(gathered) < 2 or list(gathered) == [None]:
        return None
    if len(gathered) * (len(prefix) + len(suffix)) > len(pattern) // 2:
        return None  # each part would compile the long rest of the pattern again
    return _Alternatives(prefix, list(gathered.items()), suffix, compiled.flags)


class Gated:
    """A compiled pattern searched only in text that holds one of its required literals."""

    # searches through an open gate before the pattern's alternatives get gates of their own
    # (a short report never pays for it)
    SPLIT_AFTER = 100

    def __init__(
        self, compiled: re.Pattern[str], literals: frozenset[str], min_literal: int = MIN_LITERAL
    ) -> None:
        self._compiled = compiled
        self.literals = literals
        self._bit = _SCANS.bit(literals) if literals else 0  # 0: open to every text
        self._min_literal = min_literal
        self._searched = 0
        self._alternatives: _Alternatives | None = None

    @property
    def pattern(self) -> str:
        return self._compiled.pattern

    @property
    def flags(self) -> int:
        return self._compiled.flags

    def _open(self, string: str, pos: int, endpos: int) -> bool:
        # a match lies within [pos, endpos), and so does the literal it holds: only that part is
        # scanned ("search(text, pos)" again after a refused match scans what is left)
        if not self._bit:
            return True
        if pos <= 0 and endpos >= len(string):
            return bool(_SCANS.opened(string) & self._bit)
        return bool(_SCANS.opened_in(string[max(pos, 0) : max(endpos, 0)]) & self._bit)

    def _split(self) -> _Alternatives | None:
        """The pattern's alternatives behind gates of their own, once it has been searched
        ``SPLIT_AFTER`` times; None before, or when it has none worth gating."""
        if self._searched < self.SPLIT_AFTER:
            self._searched += 1
            if self._searched == self.SPLIT_AFTER:
                self._alternatives = _alternatives(self._compiled, self._min_literal)
        return self._alternatives

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        if not self._open(string, pos, endpos):
            return None
        alternatives = self._split()
        if alternatives is None:
            return self._compiled.search(string, pos, endpos)
        first = alternatives.first(string, pos, endpos)
        if first is None:
            return None
        found = self._compiled.match(string, first, endpos)
        return found if found is not None else self._compiled.search(string, pos, endpos)

    def finditer(
        self, string: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> Iterator[re.Match[str]]:
        if not self._open(string, pos, endpos):
            return iter(())
        alternatives = self._split()
        first = pos if alternatives is None else alternatives.first(string, pos, endpos)
        if first is None:
            return iter(())
        return self._compiled.finditer(string, first, endpos)

    def match(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self._compiled.match(string, pos, endpos)  # anchored: cheap already

    def __repr__(self) -> str:
        return f"Gated({self._compiled.pattern[:40]!r}..., {len(self.literals)} literals)"


def gate(compiled: re.Pattern[str], *, min_literal: int = MIN_LITERAL) -> Pattern:
    """``compiled`` behind its literal gate, or as it is when it has none worth having."""
    literals = required_literals(compiled.pattern, compiled.flags, min_literal=min_literal)
    return compiled if literals is None else Gated(compiled, literals, min_literal)


def split(compiled: re.Pattern[str], *, min_literal: int = MIN_LITERAL) -> Pattern:
    """``compiled`` behind its literal gate; when it has none (an alternative that needs no
    literal: "in 2019"), a long one still behind a gate open to every text, whose alternatives get
    gates of their own once it is searched often (``Gated.SPLIT_AFTER``)."""
    gated = gate(compiled, min_literal=min_literal)
    if gated is not compiled or len(compiled.pattern) < SPLIT_MIN_LENGTH:
        return gated
    return Gated(compiled, frozenset(), min_literal)
