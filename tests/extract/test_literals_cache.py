"""The literal gates' requirements kept between processes (``extractor.literals_cache``)."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from forcewatch.extractor import literals_cache, prefilter
from forcewatch.extractor.literals_cache import LiteralsCache

ROOT = Path(__file__).resolve().parents[2]

CASES = [
    (r"\b(?:kill|shot)\w*", re.IGNORECASE, 3),
    (r"\w+\s+\d+", 0, 3),  # no gate: kept as null
    (r"colou?r", 0, 4),
]


def _fill(folder: Path) -> dict[tuple[str, int, int], frozenset[str] | None]:
    store = LiteralsCache(folder)
    found = {}
    for pattern, flags, shortest in CASES:
        name, known, _ = store.get(pattern, flags, shortest)
        assert not known
        found[(pattern, flags, shortest)] = literals = prefilter._required_literals(
            pattern, flags, shortest
        )
        store.put(name, literals)
    assert store.save() is not None
    return found


def test_literals_cache_gives_back_what_a_process_found(tmp_path: Path) -> None:
    found = _fill(tmp_path)
    store = LiteralsCache(tmp_path)
    for (pattern, flags, shortest), literals in found.items():
        _, known, entry = store.get(pattern, flags, shortest)
        assert known
        assert (None if entry is None else frozenset(entry)) == literals
    assert store.save() is None  # nothing new: the file is not written again


def test_literals_cache_keys_on_flags_and_shortest_literal(tmp_path: Path) -> None:
    _fill(tmp_path)
    store = LiteralsCache(tmp_path)
    assert not store.get(r"\b(?:kill|shot)\w*", 0, 3)[1]
    assert not store.get(r"\b(?:kill|shot)\w*", re.IGNORECASE, 5)[1]


def test_literals_cache_merges_what_two_processes_found(tmp_path: Path) -> None:
    first, second = LiteralsCache(tmp_path), LiteralsCache(tmp_path)
    for store, pattern in ((first, "police"), (second, "soldiers")):
        name, _, _ = store.get(pattern, 0, 3)
        store.put(name, frozenset({pattern}))
    first.save()
    second.save()
    third = LiteralsCache(tmp_path)
    assert third.get("police", 0, 3)[1] and third.get("soldiers", 0, 3)[1]


@pytest.mark.parametrize("content", ["{not json", '["a list"]', '{"x": [1, 2]}', '{"x": "y"}'])
def test_a_damaged_literals_file_is_found_again(tmp_path: Path, content: str) -> None:
    _fill(tmp_path)
    (path,) = tmp_path.glob("literals-*.json")
    path.write_text(content, encoding="utf-8")
    store = LiteralsCache(tmp_path)
    assert not store.get(*CASES[0])[1]
    name, _, _ = store.get(*CASES[0])
    store.put(name, frozenset({"kill", "shot"}))
    assert store.save() == path
    assert json.loads(path.read_text(encoding="utf-8")) == {name: ["kill", "shot"]}


def test_no_literals_file_without_a_cache_folder() -> None:
    store = LiteralsCache(None)
    name, known, _ = store.get(*CASES[0])
    assert not known
    store.put(name, frozenset({"kill"}))
    assert store.get(*CASES[0])[1]  # kept in the process
    assert store.save() is None


def test_only_the_newest_literals_files_are_kept(tmp_path: Path) -> None:
    for n in range(5):
        (tmp_path / f"literals-old{n}.json").write_text("{}", encoding="utf-8")
    _fill(tmp_path)
    assert len(list(tmp_path.glob("literals-*.json"))) == literals_cache.KEEP


def test_a_second_process_reads_the_literals_the_first_wrote(tmp_path: Path) -> None:
    """The patterns are the same text in every process (``vocab.alternation`` orders words
    alike whatever the hash seed), so the second process finds every gate in the file."""
    script = (
        "import forcewatch.extractor.agency as agency\n"
        "from forcewatch.extractor import literals_cache\n"
        "agency._patterns('es')\n"
        "print(int(literals_cache.cached_literals()._new))\n"
    )
    env = {"FORCEWATCH_CACHE_DIR": str(tmp_path), "PYTHONPATH": str(ROOT / "src")}
    runs = [
        subprocess.run(
            [sys.executable, "-c", script],
            env={**env, "PYTHONHASHSEED": seed},
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
        for seed in ("1", "2")
    ]
    assert runs == ["1", "0"]
