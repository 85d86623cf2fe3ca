"""Gold records (the layout of ``../shared/eval/FORMAT.md``) and the items an evaluation runs over.

A gold file is JSON Lines, one report a line. Each line becomes a :class:`GoldReport`; unknown keys
are an error (a typo in a gold file must fail loudly), except ``quotes`` and ``weapons``, which are
accepted and not scored. Other data sets (GVDB, IndiaPoliceEvents) are mapped onto the same records
by their adapters, so one scorer serves all of them.

Every item is an :class:`EvalItem`: the gold record plus the input to extract from, either a file
(gold files: ``forcewatch.extract_file``) or a text (data sets: ``forcewatch.extract``).
"""

from __future__ import annotations

import csv
import hashlib
import json
import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from forcewatch.records import (
    AllegationKind,
    DatePrecision,
    ForceKind,
    OperationKind,
    PersonFate,
    PersonRole,
)

if TYPE_CHECKING:
    from forcewatch.records import Extraction

T = TypeVar("T")

__all__ = [
    "DataMissingError",
    "Dataset",
    "EvalItem",
    "GoldAggregate",
    "GoldError",
    "GoldIncident",
    "GoldPerson",
    "GoldQuantity",
    "GoldReport",
    "Policy",
    "SourceError",
    "default_reports_dir",
    "load_case2021",
    "load_gold",
    "load_hrw",
    "read_gold",
    "shared_data_dir",
    "split_of",
    "with_split",
]


class DataMissingError(FileNotFoundError):
    """Evaluation data that is not there; the message names the path and what to do."""

    def __init__(self, path: Path, what: str, hint: str = "") -> None:
        message = f"{what} not found: {path}"
        if hint:
            message += f" ({hint})"
        super().__init__(message)
        self.filename = str(path)

    def __str__(self) -> str:
        return str(self.args[0])


class SourceError(ValueError):
    """An evaluation source that is not what it claims to be (unknown kind, missing columns)."""


class GoldError(SourceError):
    """A gold file line that does not follow FORMAT.md."""


class _Gold(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class GoldQuantity(_Gold):
    low: int | None = Field(default=None, ge=0)
    best: int | None = Field(default=None, ge=0)
    high: int | None = Field(default=None, ge=0)

    @classmethod
    def exactly(cls, n: int) -> GoldQuantity:
        return cls(low=n, best=n, high=None)

    @property
    def value(self) -> int | None:
        """The single figure to compare with when a data set gives only one: best, else low."""
        return self.best if self.best is not None else self.low


class GoldPerson(_Gold):
    name: str | None = None
    role: PersonRole | None = None
    fate: PersonFate | None = None
    age: int | None = None
    gender: Literal["male", "female"] | None = None


class GoldIncident(_Gold):
    date: str | None = None
    date_precision: DatePrecision | None = None
    country: str | None = None
    admin1: str | None = None
    place: str | None = None
    killed: GoldQuantity | None = None
    injured: GoldQuantity | None = None
    agents_killed: GoldQuantity | None = None
    agents_injured: GoldQuantity | None = None
    forces: list[ForceKind] = Field(default_factory=list)
    operation: OperationKind | None = None
    allegations: list[AllegationKind] = Field(default_factory=list)
    people: list[GoldPerson] = Field(default_factory=list)
    quotes: list[Any] = Field(default_factory=list)
    weapons: list[Any] = Field(default_factory=list)

    @property
    def names(self) -> list[str]:
        return [p.name.strip() for p in self.people if p.name and p.name.strip()]


class GoldAggregate(_Gold):
    text: str = Field(min_length=1)
    country: str | None = None
    admin1: str | None = None
    date: str | None = None
    killed: GoldQuantity | None = None
    injured: GoldQuantity | None = None


class GoldReport(_Gold):
    id: str = Field(min_length=1)
    lang: str | None = None
    published: str | None = None
    relevant: bool
    incidents: list[GoldIncident] = Field(default_factory=list)
    aggregates: list[GoldAggregate] = Field(default_factory=list)
    quotes: list[Any] = Field(default_factory=list)
    weapons: list[Any] = Field(default_factory=list)


@dataclass(frozen=True)
class Policy:
    """How a data set is scored: which fields, and how counts compare.

    ``counts="exact"`` compares low/best/high as a whole (gold files); ``counts="value"`` compares
    the gold figure with the predicted ``best`` (else ``low``, else 0 when the incident has no
    quantity at all), for data sets whose coders count victims one by one (GVDB).
    """

    fields: tuple[str, ...]
    counts: Literal["exact", "value"] = "exact"
    score_incidents: bool = True
    score_aggregates: bool = False
    # "relevant": the extraction's relevance; "killed": relevant and someone killed by agents
    # (IndiaPoliceEvents' KILL label is about killings, not injuries).
    positive: Literal["relevant", "killed"] = "relevant"


@dataclass(frozen=True)
class EvalItem:
    """One report to extract from, with its gold record."""

    id: str
    gold: GoldReport
    text: str | None = None
    path: Path | None = None
    lang: str | None = None
    published: str | None = None
    tags: frozenset[str] = frozenset()

    def extract(self) -> Extraction:
        """Run the extractor the way a user would; looked up at call time, so tests can fake it."""
        import forcewatch

        if self.path is not None:
            return forcewatch.extract_file(self.path, published=self.published, lang=self.lang)
        if self.text is None:
            raise ValueError(f"evaluation item {self.id} has neither a file nor a text")
        return forcewatch.extract(self.text, published=self.published, lang=self.lang)


@dataclass(frozen=True)
class Dataset:
    name: str
    path: Path
    items: list[EvalItem]
    policy: Policy
    notes: list[str] = field(default_factory=list)


def shared_data_dir() -> Path:
    """``../shared/data`` beside the repository (or ``$FORCEWATCH_SHARED_DATA``).

    Returns the first candidate that exists, else the repository-relative one, so a missing-data
    error names a sensible path.
    """
    env = os.environ.get("FORCEWATCH_SHARED_DATA")
    if env:
        return Path(env)
    # src/forcewatch/eval/gold.py -> parents[3] is the repository root.
    repo_relative = Path(__file__).resolve().parents[3].parent / "shared" / "data"
    for candidate in (repo_relative, Path.cwd().parent / "shared" / "data"):
        if candidate.is_dir():
            return candidate
    return repo_relative


Split = Literal["dev", "test", "all"]


def split_of(item_id: str) -> Literal["dev", "test"]:
    """The half an item belongs to, fixed by a hash of its id: rules are decided and models
    trained on ``dev``; ``test`` is only looked at to report."""
    return "dev" if hashlib.sha256(item_id.encode("utf-8")).digest()[0] % 2 == 0 else "test"


def with_split(dataset: Dataset, split: Split) -> Dataset:
    """The items of one half of ``dataset`` (all of them for ``"all"``)."""
    if split == "all":
        return dataset
    items = [item for item in dataset.items if split_of(item.id) == split]
    return Dataset(
        name=f"{dataset.name} [{split}]",
        path=dataset.path,
        items=items,
        policy=dataset.policy,
        notes=[*dataset.notes, f"{split} half: {len(items)} of {len(dataset.items)} items"],
    )


def repository_gold_dir() -> Path:
    """``tests/gold`` of the repository this package runs from (an editable install)."""
    return Path(__file__).resolve().parents[3] / "tests" / "gold"


def _joined(
    gold_path: Path,
    source: Path,
    rows: Mapping[str, T],
    item: Callable[[GoldReport, T], EvalItem],
) -> list[EvalItem]:
    """Each gold report with its row of ``source`` (by id), as an item; an id the source lacks is
    an error that names the first few."""
    items: list[EvalItem] = []
    missing = []
    for report in read_gold(gold_path):
        row = rows.get(report.id)
        if row is None:
            missing.append(report.id)
            continue
        items.append(item(report, row))
    if missing:
        raise SourceError(f"{gold_path}: ids not in {source}: {', '.join(missing[:5])}")
    return items


def load_hrw(gold: str | Path | None = None, releases: str | Path | None = None) -> Dataset:
    """The project's labels of Human Rights Watch releases (``tests/gold/hrw.jsonl``), with the
    release texts read from ``../shared/data/hrw/releases.jsonl``."""
    gold_path = Path(gold) if gold is not None else repository_gold_dir() / "hrw.jsonl"
    source = (
        Path(releases) if releases is not None else shared_data_dir() / "hrw" / "releases.jsonl"
    )
    if not source.is_file():
        raise DataMissingError(source, "HRW releases", "expected ../shared/data/hrw/")
    texts: dict[str, dict[str, Any]] = {}
    with source.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                row = json.loads(line)
                texts[row["id"]] = row
    items = _joined(
        gold_path,
        source,
        texts,
        lambda report, row: EvalItem(
            id=report.id,
            gold=report,
            text=row["text"],
            lang="en",
            published=report.published or row.get("published"),
        ),
    )
    relevant = sum(item.gold.relevant for item in items)
    several = sum(len(item.gold.incidents) > 1 for item in items)
    notes = [
        f"{relevant} of {len(items)} releases relevant, {several} with several incidents, "
        f"{sum(len(item.gold.incidents) for item in items)} incidents"
    ]
    policy = Policy(fields=GOLD_FIELDS, counts="exact", score_aggregates=True)
    return Dataset(name="hrw", path=gold_path, items=items, policy=policy, notes=notes)


def load_case2021(gold: str | Path | None = None, snippets: str | Path | None = None) -> Dataset:
    """The project's labels of CASE 2021 task 2 news snippets (``tests/gold/case2021.jsonl``),
    with the snippets read from ``../shared/data/case2021/task2_test_with_labels.tsv``. The
    snippets are short wire-style passages from many countries, with no publication date."""
    gold_path = Path(gold) if gold is not None else repository_gold_dir() / "case2021.jsonl"
    source = (
        Path(snippets)
        if snippets is not None
        else shared_data_dir() / "case2021" / "task2_test_with_labels.tsv"
    )
    if not source.is_file():
        raise DataMissingError(source, "CASE 2021 snippets", "expected ../shared/data/case2021/")
    if not gold_path.is_file():
        raise DataMissingError(gold_path, "CASE 2021 labels", "expected tests/gold/case2021.jsonl")
    texts: dict[str, str] = {}
    with source.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE):
            texts[f"case-{row['id']}"] = row["EventSnippet"]
    items = _joined(
        gold_path,
        source,
        texts,
        lambda report, text: EvalItem(id=report.id, gold=report, text=text, lang="en"),
    )
    relevant = sum(item.gold.relevant for item in items)
    notes = [f"{relevant} of {len(items)} snippets relevant"]
    policy = Policy(fields=GOLD_FIELDS, counts="exact", score_aggregates=False)
    return Dataset(name="case2021", path=gold_path, items=items, policy=policy, notes=notes)


def default_reports_dir(gold_file: Path) -> Path:
    """``tests/gold/x.jsonl`` -> ``examples/reports`` of the same repository."""
    return gold_file.resolve().parent.parent.parent / "examples" / "reports"


def read_gold(path: str | Path) -> list[GoldReport]:
    """Parse a gold JSONL file; blank lines and lines starting with ``//`` are skipped."""
    path = Path(path)
    if not path.is_file():
        raise DataMissingError(path, "gold file")
    reports: list[GoldReport] = []
    seen: dict[str, int] = {}
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip() or line.lstrip().startswith("//"):
                continue
            try:
                report = GoldReport.model_validate(json.loads(line))
            except json.JSONDecodeError as exc:
                raise GoldError(f"{path}:{number}: not JSON: {exc.msg}") from None
            except ValidationError as exc:
                raise GoldError(f"{path}:{number}: {_first_errors(exc)}") from None
            if report.id in seen:
                raise GoldError(
                    f"{path}:{number}: id {report.id!r} already used on line {seen[report.id]}"
                )
            seen[report.id] = number
            reports.append(report)
    return reports


def _first_errors(exc: ValidationError, limit: int = 3) -> str:
    parts = []
    for error in exc.errors()[:limit]:
        where = ".".join(str(p) for p in error["loc"]) or "(line)"
        parts.append(f"{where}: {error['msg']}")
    more = exc.error_count() - limit
    return "; ".join(parts) + (f" (and {more} more)" if more > 0 else "")


def resolve_report(root: Path, report_id: str) -> Path | None:
    """``root/id``, or the one file ``root/id.*`` when the id has no extension."""
    exact = root / report_id
    if exact.is_file():
        return exact
    matches = sorted(p for p in exact.parent.glob(exact.name + ".*") if p.is_file())
    return matches[0] if len(matches) == 1 else None


GOLD_FIELDS: tuple[str, ...] = (
    "killed",
    "injured",
    "agents_killed",
    "agents_injured",
    "date",
    "date_precision",
    "country",
    "admin1",
    "place",
    "forces",
    "forces_jaccard",
    "operation",
    "allegations_precision",
    "allegations_recall",
    "names_recall",
)


def load_gold(path: str | Path, *, reports: str | Path | None = None) -> Dataset:
    """A gold file and the report files its ids name, as a :class:`Dataset`."""
    path = Path(path)
    golds = read_gold(path)
    root = Path(reports) if reports is not None else default_reports_dir(path)
    if not root.is_dir():
        raise DataMissingError(root, "reports folder", "give another with --reports DIR")
    items: list[EvalItem] = []
    missing: list[str] = []
    for gold in golds:
        report_path = resolve_report(root, gold.id)
        if report_path is None:
            missing.append(gold.id)
            continue
        items.append(
            EvalItem(
                id=gold.id, gold=gold, path=report_path, lang=gold.lang, published=gold.published
            )
        )
    if missing:
        shown = ", ".join(missing[:5]) + (
            f" and {len(missing) - 5} more" if len(missing) > 5 else ""
        )
        raise DataMissingError(
            root / missing[0], f"report file for gold id(s) {shown} in {path}", "check --reports"
        )
    policy = Policy(fields=GOLD_FIELDS, counts="exact", score_aggregates=True)
    return Dataset(name=path.name, path=path, items=items, policy=policy)
