"""Score the text-dump cleaner on the project's own test pages (``tests/clean/pages``).

Each page is a dump of an invented site; ``labels.tsv`` says for every line whether the cleaner
must keep it (``keep``), drop it (``drop``), take it as the title (``title``) or may do either
(``any``: captions). Pages are split into a dev half and a test half by a hash of the file name:
rules are tuned on dev only, and test is looked at only to report.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from forcewatch.clean.textdump import clean_text_dump

PAGES = Path(__file__).with_name("pages")


def half(name: str) -> str:
    return "dev" if hashlib.sha256(name.encode()).digest()[0] % 2 == 0 else "test"


def labels() -> dict[str, list[tuple[str, str]]]:
    by_page: dict[str, list[tuple[str, str]]] = defaultdict(list)
    rows = (PAGES / "labels.tsv").read_text(encoding="utf-8").splitlines()[1:]
    for row in rows:
        page, label, line = row.split("\t")
        by_page[page].append((label, line))
    return dict(by_page)


@dataclass
class Score:
    """Removal as the positive class: precision = dropped lines that are chrome / dropped lines."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0
    titles: int = 0
    titles_right: int = 0
    cut: list[str] = field(default_factory=list)  # article lines dropped
    kept: list[str] = field(default_factory=list)  # chrome lines kept

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0


def _kept(line: str, paragraphs: set[str], text: str) -> bool:
    return line in paragraphs or (len(line.split()) >= 8 and line in text)


def score(which: str) -> Score:
    result = Score()
    for page, rows in sorted(labels().items()):
        if half(page) != which:
            continue
        cleaned = clean_text_dump((PAGES / page).read_text(encoding="utf-8"))
        paragraphs = set(cleaned.text.split("\n\n"))
        for label, line in rows:
            if label == "title":
                result.titles += 1
                result.titles_right += cleaned.title == line
                continue
            if label == "any":
                continue
            kept = _kept(line, paragraphs, cleaned.text)
            if label == "drop":
                result.tp += not kept
                result.fn += kept
                if kept:
                    result.kept.append(f"{page}: {line}")
            else:
                result.tn += kept
                result.fp += not kept
                if not kept:
                    result.cut.append(f"{page}: {line}")
    return result
