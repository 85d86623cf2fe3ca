"""Language data: lemma files and the forms generated from them."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from forcewatch.extractor import vocab

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize(
    ("lang", "kind", "part", "form"),
    [
        ("es", "kill", "finite", "mató"),
        ("es", "kill", "finite", "asesinaron"),
        ("es", "injure", "finite", "hirieron"),
        ("es", "execute", "participle", "ejecutados"),
        ("es", "die", "finite", "murieron"),
        ("pt", "kill", "finite", "mataram"),
        ("pt", "injure", "finite", "feriu"),
        ("pt", "kill", "participle", "assassinados"),
        ("pt", "die", "finite", "morreram"),
    ],
)
def test_vocab_forms_hold_the_conjugations(lang: str, kind: str, part: str, form: str) -> None:
    assert form in vocab.verb_forms(lang, kind, part)  # type: ignore[arg-type]


def test_vocab_forms_leave_out_ambiguous_persons() -> None:
    # "mata" is also a wood, "mato" a first person: neither is narrative.
    assert "mata" not in vocab.verb_forms("pt", "kill", "finite")
    assert "mato" not in vocab.verb_forms("es", "kill", "finite")


def test_vocab_forms_are_current() -> None:
    pytest.importorskip("simplemma")
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "build_vocab.py"), "--check"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize("lang", vocab.LANGUAGES)
@pytest.mark.parametrize("key", ["act", "passive", "context", "agent_victim"])
def test_vocab_harm_patterns_exist_and_compile(lang: str, key: str) -> None:
    import re

    fragment = vocab.pattern(lang, "harm", key)
    assert fragment != "(?!x)x", f"{lang}.toml has no [harm].{key}"
    assert "{{" not in fragment
    re.compile(fragment, re.IGNORECASE)


def test_vocab_pattern_of_a_language_without_data_matches_nothing() -> None:
    import re

    assert re.search(vocab.pattern("xx", "harm", "act"), "they killed him") is None


def test_force_units_name_a_kind_and_a_state_each() -> None:
    import re

    import pycountry

    from forcewatch.records import FORCE_KINDS

    units = vocab.force_units()
    assert len(units) >= 30
    for unit in units:
        re.compile(unit.pattern)
        assert unit.kind in FORCE_KINDS, unit
        assert unit.country is None or pycountry.countries.get(alpha_2=unit.country), unit
    names = {unit.pattern: unit for unit in units}
    assert names["Tatmadaw"].alone and names["Tatmadaw"].country == "MM"
    assert not names["ICE"].alone  # "ice" is a word: only "ICE agents" names agents


def test_alternation_is_the_same_for_words_in_any_order() -> None:
    words = ["mató", "mataron", "asesinó", "hirió", "mata"]
    assert vocab.alternation(words) == vocab.alternation(list(reversed(words)))
    assert vocab.alternation(words) == "(?:asesinó|mataron|hirió|mata|mató)"
