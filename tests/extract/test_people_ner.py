"""spaCy reads only the sentences that hold names the rules cannot decide, each once."""

from __future__ import annotations

import pytest

from forcewatch.extractor import ner
from forcewatch.extractor.people import find_people_names


@pytest.fixture
def read(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    seen: list[str] = []
    original = ner._read

    def spy(sentences: list[str]) -> None:
        seen.extend(s for s in sentences if s not in ner._READ)
        original(sentences)

    monkeypatch.setattr(ner, "_read", spy)
    monkeypatch.setattr(ner, "_READ", {})
    return seen


def test_people_ner_known_given_names_need_no_model(read: list[str]) -> None:
    text = "Officers shot Maria Lopez on Main Street.\nJohn Carter saw it from his porch.\n"
    assert [hit.name for hit in find_people_names(text, "en")] == ["Maria Lopez", "John Carter"]
    assert read == []


def test_people_ner_reads_only_the_undecided_paragraph(read: list[str]) -> None:
    text = (
        "Officers shot Maria Lopez on Main Street.\n"
        "Deputies later detained Toumaj Quarshie near the station.\n"
    )
    find_people_names(text, "en")
    assert read == ["Deputies later detained Toumaj Quarshie near the station.\n"]


def test_people_ner_reads_a_paragraph_once_however_often_asked(read: list[str]) -> None:
    text = "Deputies later detained Toumaj Quarshie near the station."
    for _ in range(3):
        find_people_names(text, "en")
    assert read == [text]


def test_people_ner_names_the_rule_cannot_read_go_to_the_model(read: list[str]) -> None:
    find_people_names("Officers shot DeShawn McKinney outside a store.", "en")
    assert read == ["Officers shot DeShawn McKinney outside a store."]


def test_people_ner_other_languages_never_load_the_model(read: list[str]) -> None:
    names = find_people_names("Policiais mataram Yeferson Quaresma no bairro.", "pt")
    assert [hit.name for hit in names] == ["Yeferson Quaresma"]
    assert read == []
