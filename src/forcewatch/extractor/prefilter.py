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
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]
from typing import Any, Protocol

__all__ = ["Gated", "Pattern", "gate", "required_literals"]

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
    such set worth searching for: one shorter than ``min_literal``, or too many)."""
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

    def opened_in(self, part: str) -> int:
        """The same for a part of a string, not kept (a new string each time)."""
        folded = part.casefold()
        return _or(batch.bits(folded) for batch in self._current()[1])


_SCANS = _Scans()


class Gated:
    """A compiled pattern searched only in text that holds one of its required literals."""

    def __init__(self, compiled: re.Pattern[str], literals: frozenset[str]) -> None:
        self._compiled = compiled
        self.literals = literals
        self._bit = _SCANS.bit(literals)

    @property
    def pattern(self) -> str:
        return self._compiled.pattern

    @property
    def flags(self) -> int:
        return self._compiled.flags

    def _open(self, string: str, pos: int, endpos: int) -> bool:
        # a match lies within [pos, endpos), and so does the literal it holds: only that part is
        # scanned ("search(text, pos)" again after a refused match scans what is left)
        if pos <= 0 and endpos >= len(string):
            return bool(_SCANS.opened(string) & self._bit)
        return bool(_SCANS.opened_in(string[max(pos, 0) : max(endpos, 0)]) & self._bit)

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return (
            self._compiled.search(string, pos, endpos) if self._open(string, pos, endpos) else None
        )

    def finditer(
        self, string: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> Iterator[re.Match[str]]:
        if not self._open(string, pos, endpos):
            return iter(())
        return self._compiled.finditer(string, pos, endpos)

    def match(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self._compiled.match(string, pos, endpos)  # anchored: cheap already

    def __repr__(self) -> str:
        return f"Gated({self._compiled.pattern[:40]!r}..., {len(self.literals)} literals)"


def gate(compiled: re.Pattern[str], *, min_literal: int = MIN_LITERAL) -> Pattern:
    """``compiled`` behind its literal gate, or as it is when it has none worth having."""
    literals = required_literals(compiled.pattern, compiled.flags, min_literal=min_literal)
    return compiled if literals is None else Gated(compiled, literals)
