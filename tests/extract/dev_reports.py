"""The dev-half reports a round's rules were decided on, picked from the gold files for tests
that hold the rules to them (never a test-half report: asserted)."""

from __future__ import annotations

from pathlib import Path

import forcewatch
from forcewatch.eval.gold import EvalItem, load_gold, split_of
from forcewatch.records import Extraction

GOLD = Path(__file__).resolve().parents[1] / "gold"


def dev_items(reports: dict[str, tuple[str, ...]]) -> list[EvalItem]:
    """The items of each gold file (a name in ``tests/gold``) whose file names start with one of
    its prefixes; each must be in the dev half."""
    items = []
    for name, prefixes in reports.items():
        for item in load_gold(GOLD / name).items:
            if Path(item.id).name.startswith(prefixes):
                assert split_of(item.id) == "dev", item.id
                items.append(item)
    return items


def item_id(item: EvalItem) -> str:
    return Path(item.id).name[:24]


def missing_cases(item: EvalItem, result: Extraction) -> list[tuple[str | None, str | None]]:
    """The (date, admin1) of each gold case no extracted incident has."""
    found = {(m.date, m.admin1) for m in result.incidents}
    cases = [(case.date, case.admin1) for case in item.gold.incidents]
    return [case for case in cases if case not in found]


def assert_look_alike(item: EvalItem) -> None:
    """A dev look-alike: its gold says not relevant, and so does the extraction."""
    assert not item.gold.relevant
    result = item.extract()
    assert not result.relevance.relevant, result.relevance.evidence


def assert_cases_found(item: EvalItem) -> None:
    """A dev report judged relevant, each of its gold cases found on its day in its region."""
    result = item.extract()
    assert result.relevance.relevant
    assert missing_cases(item, result) == [], [(m.date, m.admin1) for m in result.incidents]


def extracted(text: str, lang: str, published: str) -> Extraction:
    """A round's own short text, extracted as a report of that language and day."""
    return forcewatch.extract(text, lang=lang, published=published)


def relevant(text: str, lang: str, published: str) -> Extraction:
    """A round's own short text that must be judged relevant (the reason shown when it is not)."""
    result = extracted(text, lang, published)
    assert result.relevance.relevant, result.relevance.reason
    return result
