"""IndiaPoliceEvents (Halterman et al. 2021): Times of India articles with document-level labels.

Only the relevance judgement is scored: a document is relevant when its ``KILL`` label is "1" (the
police killed someone). ``ARREST``/``FORCE``/``FAIL`` documents without ``KILL`` are the hard
negatives. The publication date comes from ``metadata.csv``. The text is stored with UTF-8
punctuation decoded as Windows-1252 ("â€™" for "’"); those sequences are repaired before
extraction, nothing else is changed (the text is all lower case in the data set).
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

from forcewatch.eval.gold import (
    DataMissingError,
    Dataset,
    EvalItem,
    GoldReport,
    Policy,
    SourceError,
)
from forcewatch.eval.gold import shared_data_dir as _shared

__all__ = ["default_path", "load_india", "repair_mojibake"]

# UTF-8 punctuation read as cp1252; "\ufffd" stands for the byte 0x9d, which cp1252 leaves unmapped.
_MOJIBAKE: tuple[tuple[str, str], ...] = (
    ("â€™", "’"),
    ("â€˜", "‘"),
    ("â€œ", "“"),
    ("â€\ufffd", "”"),
    ("â€”", "—"),
    ("â€“", "–"),
    ("â€¢", "•"),
    ("â€¦", "…"),
    ("â€š", "‚"),
    ("Â\xa0", "\xa0"),
)


def repair_mojibake(text: str) -> str:
    if "â€" not in text and "Â" not in text:
        return text
    for bad, good in _MOJIBAKE:
        text = text.replace(bad, good)
    return text


def default_path() -> Path:
    return _shared() / "india-police-events" / "docs.csv"


def _read_csv(path: Path, what: str, columns: tuple[str, ...]) -> list[dict[str, str]]:
    if not path.is_file():
        raise DataMissingError(path, what, "expected ../shared/data/india-police-events/")
    csv.field_size_limit(sys.maxsize)
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        missing = [c for c in columns if c not in (reader.fieldnames or [])]
        if missing:
            raise SourceError(f"{path}: missing column(s) {', '.join(missing)} for {what}")
        return list(reader)


def load_india(path: str | Path | None = None, *, repair: bool = True) -> Dataset:
    """``docs.csv`` (and ``metadata.csv`` beside it) as a :class:`Dataset` scored on relevance."""
    path = Path(path) if path is not None else default_path()
    docs = _read_csv(path, "IndiaPoliceEvents docs.csv", ("doc_id", "doc_text", "KILL"))
    meta_path = path.with_name("metadata.csv")
    metadata = _read_csv(meta_path, "IndiaPoliceEvents metadata.csv", ("doc_id", "date"))
    dates = {row["doc_id"].strip(): row["date"].strip() or None for row in metadata}
    items: list[EvalItem] = []
    for row in docs:
        doc_id = row["doc_id"].strip()
        published = dates.get(doc_id)
        gold = GoldReport(
            id=doc_id, lang="en", published=published, relevant=row["KILL"].strip() == "1"
        )
        text = repair_mojibake(row["doc_text"]) if repair else row["doc_text"]
        items.append(EvalItem(id=doc_id, gold=gold, text=text, lang="en", published=published))
    undated = sum(1 for item in items if item.published is None)
    relevant = sum(item.gold.relevant for item in items)
    notes = [f"{relevant} of {len(items)} documents have KILL=1; {undated} have no date"]
    policy = Policy(fields=(), score_incidents=False, positive="killed")
    return Dataset(name="india", path=path, items=items, policy=policy, notes=notes)
