"""The literal gate in front of long patterns (``extractor.prefilter``): what it requires, and that
it never refuses text its pattern matches."""

from __future__ import annotations

import json
import re
import zlib

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from forcewatch.extractor import agency, counts, dates, people, prefilter
from forcewatch.extractor import lexicon as lx
from forcewatch.extractor.prefilter import Gated, gate, required_literals
from forcewatch.extractor.sentences import split_sentences
from tests.conftest import EXAMPLES, SHARED

CI = re.IGNORECASE


@pytest.mark.parametrize(
    ("pattern", "flags", "expected"),
    [
        (r"\bpolice\s+shot\b", CI, {"police"}),  # the longer of two runs
        (r"\b(?:kill|shot)\w*", CI, {"kill", "shot"}),
        (r"pol[ií]c[ií]a", CI, {"policia", "polícia", "policía", "polícía"}),  # a class forks
        (r"a[cç](?:ão|ões)", CI, {"acão", "acões", "ação", "ações"}),
        (r"(?:police\s+)?officers?", CI, {"officer"}),  # "officers" holds "officer"
        (r"colou?r", 0, {"color", "colour"}),
        (r"(?-i:FAES)|Guardia", CI, {"faes", "guardia"}),  # case-folded
        (r"(?:foo|\w+)\s+barrage", 0, {"barrage"}),  # a branch with no literal leaves the rest
        (r"\w+\s+\d+", 0, None),  # no literal at all
        (r"in\s+\d{4}", 0, None),  # too short to gate
        (r"(?:army|\w+)\s+\d+", 0, None),  # one way through needs no literal
        (r"(?:x\s+)?(?:raids?|rusgas?)", CI, {"raid", "rusga"}),
        (r"(?=[A-Z])\w+\s+forces", 0, {"forces"}),  # a lookahead holds nothing
    ],
)
def test_required_literals(pattern: str, flags: int, expected: set[str] | None) -> None:
    literals = required_literals(pattern, flags)
    assert (None if literals is None else set(literals)) == expected


def test_gate_leaves_a_pattern_without_literals_as_it_is() -> None:
    compiled = re.compile(r"\w+\s+\d+")
    assert gate(compiled) is compiled


def _gated() -> dict[str, Gated]:
    found = {
        f"{lang}:{name}": pattern
        for lang in ("en", "es", "pt")
        for name, pattern in agency._patterns(lang).items()
    }
    found |= {name: value for name, value in vars(agency).items() if name.startswith("_")}
    found |= {
        f"counts.{name}": value for name, value in vars(counts).items() if name.startswith("_")
    }
    found |= {f"dates.{kind}": gated for kind, gated in dates._PATTERNS}
    found |= {
        f"people.{name}": value for name, value in vars(people).items() if name.startswith("_")
    }
    found["CLASH"] = lx.CLASH
    found["AGGREGATE_CUE"] = lx.AGGREGATE_CUE  # no gate of its own: its alternatives have
    return {name: value for name, value in found.items() if isinstance(value, Gated)}


GATED = _gated()
# the term lists searched in every incident's window (forces, weapons, allegations, operations)
TERMS = {
    f"{name}[{index}]": term.pattern
    for name in (
        "FORCE_NAMED",
        "FORCE_UNITS",
        "FORCE_GENERIC",
        "WEAPONS",
        "ALLEGATIONS",
        "OPERATIONS",
    )
    for index, term in enumerate(getattr(lx, name))
    if isinstance(term.pattern, Gated)
}


def test_the_long_patterns_searched_in_every_sentence_are_gated() -> None:
    names = ("en:context", "es:context", "pt:context", "en:means", "_ANY_FORCE", "CLASH")
    for name in (*names, "people._HARMED_BEFORE"):
        assert name in GATED, name
    assert len(TERMS) >= 70


SAMPLE = 8_000  # sentences: the checks below cost patterns x sentences


def _sentences() -> list[str]:
    """A fixed sample of the labelled sentences: the distinct ones, in the order of a hash of their
    text, so a new example report changes the sample little and the checks' cost stays bounded."""
    texts = [
        re.sub(r"<[^>]+>", " ", path.read_text(encoding="utf-8", errors="replace"))
        for path in sorted(EXAMPLES.rglob("*"))
        if path.suffix in (".txt", ".html", ".htm")
    ]
    releases = SHARED / "data" / "hrw" / "releases.jsonl"
    if releases.is_file():
        with releases.open(encoding="utf-8") as handle:
            texts += [json.loads(line)["text"] for line in list(handle)[:30] if line.strip()]
    distinct = {s.text for text in texts for s in split_sentences(text)}
    return sorted(distinct, key=lambda text: (zlib.crc32(text.encode()), text))[:SAMPLE]


def test_gated_patterns_find_what_their_patterns_find_in_every_labelled_sentence() -> None:
    sentences = _sentences()
    matched = 0
    for name, gated in (GATED | TERMS).items():
        compiled = re.compile(gated.pattern, gated.flags)
        for sentence in sentences:
            want = compiled.search(sentence)
            assert (gated.search(sentence) is None) == (want is None), (name, sentence)
            matched += want is not None
    assert matched > 1000  # the corpus holds what the patterns look for


@pytest.mark.parametrize("name", sorted(GATED))
@settings(max_examples=5, deadline=None, suppress_health_check=list(HealthCheck))
@given(data=st.data())
def test_text_a_pattern_matches_passes_its_gate(name: str, data: st.DataObject) -> None:
    gated = GATED[name]
    text = data.draw(st.from_regex(re.compile(gated.pattern, gated.flags)))
    compiled = re.compile(gated.pattern, gated.flags)
    assert (gated.search(text) is None) == (compiled.search(text) is None)


def test_a_gate_looks_only_where_the_search_may_match() -> None:
    """``search(text, pos, endpos)``: the gate scans that part, and agrees with the pattern."""
    gated = GATED["_ANY_FORCE"]
    compiled = re.compile(gated.pattern, gated.flags)
    text = "The soldiers left. A storm hit the coast. Police then shot the driver."
    for pos in (-5, 0, 4, 20, 45, 60, len(text)):
        for endpos in (-1, 10, 30, 50, len(text), len(text) + 9):
            want = compiled.search(text, pos, endpos)
            got = gated.search(text, pos, endpos)
            assert (got and got.span()) == (want and want.span()), (pos, endpos)
            assert [m.span() for m in gated.finditer(text, pos, endpos)] == [
                m.span() for m in compiled.finditer(text, pos, endpos)
            ]


def test_one_scan_opens_the_gates_each_literal_alternation_opens() -> None:
    """The shared scan of every gate's literals (``prefilter._Scans``) opens a gate on a sentence
    exactly when the alternation of that gate's own literals finds one in it."""
    sentences = _sentences()
    gates = list((GATED | TERMS).values())
    alone = [
        re.compile("|".join(map(re.escape, sorted(g.literals, key=lambda w: (-len(w), w)))))
        for g in gates
    ]
    opened = 0
    for number, sentence in enumerate(sentences):
        folded = sentence.casefold()
        for gated, own in zip(gates, alone, strict=True):
            want = own.search(folded) is not None
            assert gated._open(sentence, 0, len(sentence)) == want, (gated, sentence)
            opened += want
            if number % 20 == 0:  # a part of the sentence: scanned afresh, every gate at once
                part = own.search(sentence[5:-5].casefold()) is not None
                assert gated._open(sentence, 5, len(sentence) - 5) == part, (gated, sentence)
    assert opened > 1000


@settings(max_examples=200, deadline=None)
@given(
    words=st.lists(st.text("abcé ", min_size=1, max_size=6), min_size=1, max_size=30),
    text=st.text("abcé ", max_size=40),
)
def test_the_trie_pattern_finds_the_longest_word_at_each_place(words: list[str], text: str) -> None:
    trie = re.compile(prefilter._trie_pattern(words))
    for start in range(len(text) + 1):
        longest = max((w for w in words if text.startswith(w, start)), key=len, default=None)
        found = trie.match(text, start)
        assert (found and found.group()) == longest


def test_gates_made_one_at_a_time_each_see_their_own_literals() -> None:
    """Gates made after the first scans get a batch of their own; past ``MAX_BATCHES`` batches
    they are merged into one, and what a string opened is found again."""
    words = ["zebra", "quokka", "okapi", "kapibara", "numbat", "dugong", "tapir", "ibex"]
    texts = ["A quokka and a numbat met an okapi near the tapirs.", "Marker7 saw no ibex."]
    made: list[tuple[Gated, re.Pattern[str]]] = []
    for i in range(3 * prefilter._Scans.MAX_BATCHES):
        compiled = re.compile(rf"\b{words[i % len(words)]}s?\b|\bmarker{i}\b", CI)
        gated = gate(compiled)
        assert isinstance(gated, Gated)
        made.append((gated, compiled))
        for text in texts:
            for earlier, its_pattern in made:  # the new gate, and those before it, after a merge
                holds = any(literal in text.casefold() for literal in earlier.literals)
                assert earlier._open(text, 0, len(text)) == holds
                assert earlier._open(text, 2, len(text)) == any(
                    literal in text[2:].casefold() for literal in earlier.literals
                )
                got, want = earlier.search(text), its_pattern.search(text)
                assert (got and got.span()) == (want and want.span())


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        (r"\b(?:police|army)\b", (r"\b(?:", ["police", "army"], r")\b")),
        (r"ab|c(?:d|e)", ("", ["ab", "c(?:d|e)"], "")),  # the pattern's own alternation
        (r"x(?P<force>[|(]a|b\|c)y", ("x(?P<force>", ["[|(]a", r"b\|c"], ")y")),
        (r"(?:a|b)+c", None),  # repeated: "ab" matches, neither alternative alone does
        (r"(?!a|b)c", None),  # a lookaround
        (r"(?:a|bb)(?:c|d|e)", ("(?:a|bb)(?:", ["c", "d", "e"], ")")),  # the most alternatives
        (r"(?:a(?:b|c))d", None),  # an alternation only inside another group
    ],
)
def test_outer_alternation(pattern: str, expected: tuple[str, list[str], str] | None) -> None:
    assert prefilter._outer_alternation(pattern) == expected


def test_split_patterns_find_what_their_patterns_find_in_every_labelled_sentence() -> None:
    """A long pattern whose alternatives have gates of their own (``Gated.SPLIT_AFTER`` searches
    on) finds the same matches, groups and all, as the whole pattern searched at once."""
    sentences = _sentences()
    split = 0
    for name, gated in (GATED | TERMS).items():
        compiled = re.compile(gated.pattern, gated.flags)
        alone = Gated(compiled, gated.literals)
        alone.SPLIT_AFTER = 1  # split at the first search
        alone.search("")
        alone.search(" ".join(gated.literals))
        if alone._alternatives is None:
            continue  # short, or not split: searched whole
        split += 1
        for number, sentence in enumerate(sentences):
            for pos in (0, 7) if number % 10 == 0 else (0,):
                want, got = compiled.search(sentence, pos), alone.search(sentence, pos)
                assert (got and (got.span(), got.groups())) == (
                    want and (want.span(), want.groups())
                ), (name, sentence)
            assert [(m.span(), m.groups()) for m in alone.finditer(sentence)] == [
                (m.span(), m.groups()) for m in compiled.finditer(sentence)
            ], (name, sentence)
    assert split >= 10


def test_split_gates_a_long_pattern_without_literals_by_its_alternatives() -> None:
    assert prefilter.split(re.compile(r"\w+\s+\d+")).pattern == r"\w+\s+\d+"
    assert isinstance(prefilter.split(re.compile(r"\w+\s+\d+")), re.Pattern)  # short: as it is
    with_literal = prefilter.split(re.compile(r"\bpolice\s+shot\b"))
    assert isinstance(with_literal, Gated) and with_literal.literals == {"police"}
    long = "|".join([r"in\s+(?:19|20)\d\d", *(rf"word{i:04d}\s+said" for i in range(80))])
    compiled = re.compile(rf"\b(?:{long})\b", CI)
    split = prefilter.split(compiled)
    assert isinstance(split, Gated) and not split.literals
    texts = ["Nothing here.", "In 2019 word0042 said so.", "and word0079 said", "in 1999 x"]
    for _ in range(Gated.SPLIT_AFTER + 1):
        for text in texts:
            got, want = split.search(text), compiled.search(text)
            assert (got and got.span()) == (want and want.span())
    assert split._alternatives is not None
