"""Compare extractions with gold records and tally the scores into a :class:`Report`.

Per item:

1. relevance: the gold ``relevant`` against ``Extraction.relevance.relevant``;
2. incidents: predicted incidents are aligned to gold incidents greedily, best pair first, by how
   well date, place, killed count and names agree; aligned pairs are incident true positives, the
   gold left over false negatives, the predictions left over false positives;
3. fields: each field the data set's :class:`~forcewatch.eval.gold.Policy` names is scored on every
   gold incident of a gold-relevant item, in two scopes:

   - ``agreed``: items the system also judged relevant (how good the records are, given relevance);
   - ``all``: every gold-relevant item; an item the system judged irrelevant (or that failed) keeps
     no incidents, so each of its gold incidents is a miss on every field (end to end).

   A gold incident with no aligned prediction is a miss on every field in both scopes.
4. aggregates (gold files): a gold aggregate is found when a predicted aggregate's evidence overlaps
   its text in the document; it is kept out when no incident's count span overlaps it.

A field score is ``sum(num) / sum(den)``: 1/1 or 0/1 per incident for exact matches, the Jaccard
index per incident for ``forces_jaccard``, found/total names for ``names_recall`` and so on, so
``n`` in the table is the denominator (incidents, names, allegations).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

from forcewatch.eval.gold import Dataset, EvalItem, GoldIncident, GoldQuantity, Policy
from forcewatch.records import Extraction, Mention, Quantity, Span
from forcewatch.text import fold

__all__ = [
    "FIELD_LABELS",
    "SCOPES",
    "Confusion",
    "ItemResult",
    "Report",
    "Tally",
    "align",
    "fold",
    "name_found",
    "place_matches",
    "score_dataset",
]

Scope = Literal["agreed", "all"]
SCOPES: dict[str, str] = {
    "agreed": "gold-relevant items the system also judged relevant",
    "all": "all gold-relevant items (judged irrelevant or failed = a miss on every field)",
}
FAILURES_SHOWN = 10

FIELD_LABELS: dict[str, str] = {
    "killed": "killed",
    "injured": "injured",
    "agents_killed": "agents killed",
    "agents_injured": "agents injured",
    "date": "date (exact)",
    "date_md": "date (month-day)",
    "date_precision": "date precision",
    "country": "country",
    "admin1": "admin1",
    "state": "state (admin1)",
    "place": "place",
    "city": "city (place)",
    "forces": "forces (set equal)",
    "forces_jaccard": "forces (Jaccard)",
    "operation": "operation",
    "allegations_precision": "allegations precision",
    "allegations_recall": "allegations recall",
    "names_recall": "names recall",
    "aggregates": "aggregates found",
    "aggregates_kept_out": "aggregates kept out of incidents",
}


# --- text comparison -------------------------------------------------------------------------


def _contains_words(outer: str, inner: str) -> bool:
    return bool(inner) and f" {inner} " in f" {outer} "


def place_matches(gold: str | None, predicted: str | None, *, loose: bool = False) -> bool:
    """Folded containment either way ("El Junquito" ~ "the community of El Junquito").

    ``loose`` drops the word boundaries (GVDB cities such as "2016Chicago"), but the contained
    string must then have at least three characters unless the two are equal.
    """
    g, p = fold(gold), fold(predicted)
    if not g or not p:
        return False
    if g == p:
        return True
    if not loose:
        return _contains_words(p, g) or _contains_words(g, p)
    g_tight, p_tight = g.replace(" ", ""), p.replace(" ", "")
    return (len(g_tight) >= 3 and g_tight in p_tight) or (len(p_tight) >= 3 and p_tight in g_tight)


_NAME_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})


def name_found(gold: str, predicted: Iterable[str]) -> bool:
    """A predicted name equals the gold one, or holds its given name and surname as words."""
    tokens = [t for t in fold(gold).split() if t not in _NAME_SUFFIXES] or fold(gold).split()
    if not tokens:
        return False
    wanted = {tokens[0], tokens[-1]}
    for name in predicted:
        folded = fold(name)
        if folded == fold(gold) or wanted <= set(folded.split()):
            return True
    return False


_ISO_3166_2 = re.compile(r"^[A-Z]{2}-[A-Z0-9]{1,3}$")


def _admin1_matches(gold: str | None, mention: Mention) -> bool:
    if gold is None:
        return mention.admin1 is None
    if _ISO_3166_2.match(gold.strip().upper()):
        return (mention.admin1 or "").strip().upper() == gold.strip().upper()
    names = (mention.admin1, mention.admin1_name)
    return any(n is not None and fold(n) == fold(gold) for n in names)


_DATE = re.compile(r"^(\d{4}|-)-(\d{2})(?:-(\d{2}))?$")


def _month_day(date: str | None) -> tuple[str, str] | None:
    match = _DATE.match((date or "").strip())
    if not match or match.group(3) is None:
        return None
    return match.group(2), match.group(3)


def dates_compatible(gold: str | None, predicted: str | None) -> bool:
    """Equal, or the same month and day when one side has no year ("--01-15")."""
    if not gold or not predicted:
        return False
    if gold == predicted:
        return True
    g, p = _month_day(gold), _month_day(predicted)
    return g is not None and g == p and (gold.startswith("--") or predicted.startswith("--"))


# --- counts ----------------------------------------------------------------------------------


def _qvalue(quantity: Quantity | GoldQuantity | None) -> int | None:
    if quantity is None:
        return None
    return quantity.best if quantity.best is not None else quantity.low


def _qtext(quantity: Quantity | GoldQuantity | None) -> str:
    if quantity is None:
        return "null"
    return f"{quantity.low}/{quantity.best}/{quantity.high}"


def _counts_equal(
    gold: GoldQuantity | None, predicted: Quantity | None, policy: Policy
) -> tuple[bool, str]:
    if policy.counts == "value":
        want = _qvalue(gold) or 0
        got = _qvalue(predicted)
        got = 0 if got is None else got
        return want == got, f"gold={want} predicted={got}"
    same = (gold is None and predicted is None) or (
        gold is not None
        and predicted is not None
        and (gold.low, gold.best, gold.high) == (predicted.low, predicted.best, predicted.high)
    )
    return same, f"gold={_qtext(gold)} predicted={_qtext(predicted)}"


# --- fields ----------------------------------------------------------------------------------

# (numerator, denominator, detail shown when num < den); None: not scored for this incident.
Outcome = tuple[float, float, str] | None
Comparator = Callable[[GoldIncident, Mention | None, Policy], Outcome]


def _exact(ok: bool, detail: str) -> Outcome:
    return (1.0, 1.0, detail) if ok else (0.0, 1.0, detail)


def _count_field(name: str) -> Comparator:
    def compare(gold: GoldIncident, pred: Mention | None, policy: Policy) -> Outcome:
        want: GoldQuantity | None = getattr(gold, name)
        if pred is None:
            shown = _qvalue(want) if policy.counts == "value" else _qtext(want)
            return _exact(False, f"gold={shown} predicted=no incident")
        got: Quantity | None = getattr(pred, name)
        return _exact(*_counts_equal(want, got, policy))

    return compare


def _value_field(
    get_gold: Callable[[GoldIncident], str | None],
    get_pred: Callable[[Mention], str | None],
    equal: Callable[[str | None, Mention], bool],
    *,
    skip_missing_gold: bool = False,
) -> Comparator:
    def compare(gold: GoldIncident, pred: Mention | None, policy: Policy) -> Outcome:
        want = get_gold(gold)
        if skip_missing_gold and not want:
            return None
        if pred is None:
            return _exact(False, f"gold={want!r} predicted=no incident")
        return _exact(equal(want, pred), f"gold={want!r} predicted={get_pred(pred)!r}")

    return compare


def _forces(gold: GoldIncident, pred: Mention | None, policy: Policy) -> Outcome:
    want = set(gold.forces)
    got = {f.kind for f in pred.forces} if pred is not None else set()
    return _exact(pred is not None and want == got, f"gold={sorted(want)} predicted={sorted(got)}")


def _forces_jaccard(gold: GoldIncident, pred: Mention | None, policy: Policy) -> Outcome:
    want = set(gold.forces)
    got: set[str] = {f.kind for f in pred.forces} if pred is not None else set()
    if pred is None:
        return (0.0, 1.0, f"gold={sorted(want)} predicted=no incident")
    union = want | got
    score = len(want & got) / len(union) if union else 1.0
    return (score, 1.0, f"gold={sorted(want)} predicted={sorted(got)}")


def _allegations(which: Literal["precision", "recall"]) -> Comparator:
    def compare(gold: GoldIncident, pred: Mention | None, policy: Policy) -> Outcome:
        want = set(gold.allegations)
        got: set[str] = {a.kind for a in pred.allegations} if pred is not None else set()
        hits = len(want & got)
        detail = f"gold={sorted(want)} predicted={sorted(got)}"
        den = len(got) if which == "precision" else len(want)
        return (float(hits), float(den), detail) if den else None

    return compare


def _names_recall(gold: GoldIncident, pred: Mention | None, policy: Policy) -> Outcome:
    names = gold.names
    if not names:
        return None
    predicted = [p.name for p in pred.people] if pred is not None else []
    missing = [n for n in names if not name_found(n, predicted)]
    return (
        float(len(names) - len(missing)),
        float(len(names)),
        f"missing={missing} predicted={predicted}",
    )


def _date_md(gold: GoldIncident, pred: Mention | None, policy: Policy) -> Outcome:
    want = _month_day(gold.date)
    if want is None:
        return None
    if pred is None:
        return _exact(False, f"gold={gold.date!r} predicted=no incident")
    return _exact(_month_day(pred.date) == want, f"gold={gold.date!r} predicted={pred.date!r}")


COMPARATORS: dict[str, Comparator] = {
    "killed": _count_field("killed"),
    "injured": _count_field("injured"),
    "agents_killed": _count_field("agents_killed"),
    "agents_injured": _count_field("agents_injured"),
    "date": _value_field(lambda g: g.date, lambda p: p.date, lambda w, p: w == p.date),
    "date_md": _date_md,
    "date_precision": _value_field(
        lambda g: g.date_precision or "unknown",
        lambda p: p.date_precision,
        lambda w, p: w == p.date_precision,
    ),
    "country": _value_field(
        lambda g: g.country,
        lambda p: p.country,
        lambda w, p: (w or "").upper() == (p.country or "").upper(),
    ),
    "admin1": _value_field(lambda g: g.admin1, lambda p: p.admin1, _admin1_matches),
    "state": _value_field(
        lambda g: g.admin1, lambda p: p.admin1, _admin1_matches, skip_missing_gold=True
    ),
    "place": _value_field(
        lambda g: g.place,
        lambda p: p.place,
        lambda w, p: (w is None and p.place is None) or place_matches(w, p.place),
    ),
    "city": _value_field(
        lambda g: g.place,
        lambda p: p.city or p.place,
        lambda w, p: place_matches(w, p.city, loose=True) or place_matches(w, p.place, loose=True),
        skip_missing_gold=True,
    ),
    "forces": _forces,
    "forces_jaccard": _forces_jaccard,
    "operation": _value_field(
        lambda g: g.operation, lambda p: p.operation, lambda w, p: w == p.operation
    ),
    "allegations_precision": _allegations("precision"),
    "allegations_recall": _allegations("recall"),
    "names_recall": _names_recall,
}


# --- alignment -------------------------------------------------------------------------------


def incident_found(gold: GoldIncident, pred: Mention | None) -> bool:
    """The prediction is the gold incident: compatible dates and the same place.

    A gold incident without a date accepts any date; one without a place name is matched on its
    admin1, else on its country."""
    if pred is None:
        return False
    if gold.date and not (dates_compatible(gold.date, pred.date) or _same_period(gold, pred)):
        return False
    if gold.place:
        return place_matches(gold.place, pred.place, loose=True) or (
            gold.admin1 is not None and _admin1_matches(gold.admin1, pred)
        )
    if gold.admin1:
        return _admin1_matches(gold.admin1, pred)
    return gold.country is None or (pred.country or "").upper() == gold.country.upper()


def _same_period(gold: GoldIncident, pred: Mention) -> bool:
    """A gold date of month or year precision holds the predicted day ("2024-03" ~ "2024-03-05")."""
    if not gold.date or not pred.date or gold.date_precision not in ("month", "year"):
        return False
    return pred.date.startswith(gold.date)


def similarity(gold: GoldIncident, pred: Mention) -> float:
    score = 0.0
    if gold.date and gold.date == pred.date:
        score += 1.0
    elif dates_compatible(gold.date, pred.date):
        score += 0.5
    if place_matches(gold.place, pred.place, loose=True):
        score += 1.0
    want = _qvalue(gold.killed)
    if want is not None and want == _qvalue(pred.killed):
        score += 1.0
    predicted = [p.name for p in pred.people]
    if predicted and any(name_found(n, predicted) for n in gold.names):
        score += 0.5
    return score


def align(
    golds: Sequence[GoldIncident], preds: Sequence[Mention]
) -> tuple[list[int | None], list[int]]:
    """Greedy one-to-one alignment: for each gold incident the index of its prediction (or None),
    and the indices of the predictions left over. Ties go to the pair closest in order."""
    pairs = sorted(
        ((similarity(g, p), -abs(i - j), -i, -j, i, j) for i, g in enumerate(golds)
         for j, p in enumerate(preds)),
        reverse=True,
    )  # fmt: skip
    matched: list[int | None] = [None] * len(golds)
    used: set[int] = set()
    for *_, i, j in pairs:
        if matched[i] is None and j not in used:
            matched[i] = j
            used.add(j)
    return matched, [j for j in range(len(preds)) if j not in used]


# --- aggregates ------------------------------------------------------------------------------


def _locate(needle: str, text: str) -> list[tuple[int, int]]:
    """Where a gold text occurs in the document: exact, else case- and space-insensitive."""
    found = [(m.start(), m.end()) for m in re.finditer(re.escape(needle), text)]
    if found:
        return found
    words = [re.escape(w) for w in needle.split()]
    if not words:
        return []
    pattern = re.compile(r"\s+".join(words), re.IGNORECASE)
    return [(m.start(), m.end()) for m in pattern.finditer(text)]


def _overlaps(spans: Iterable[Span], ranges: Sequence[tuple[int, int]], gold_text: str) -> bool:
    """Offsets overlap where the gold text was located; otherwise folded containment either way."""
    wanted = fold(gold_text)
    for span in spans:
        if ranges:
            if any(span.start < end and start < span.end for start, end in ranges):
                return True
            continue
        got = fold(span.text)
        if wanted and got and (wanted in got or got in wanted):
            return True
    return False


def _count_spans(mention: Mention) -> list[Span]:
    quantities = (mention.killed, mention.injured, mention.agents_killed, mention.agents_injured)
    return [q.span for q in quantities if q is not None and q.span is not None]


# --- tallies and the report ------------------------------------------------------------------


@dataclass
class Tally:
    num: float = 0.0
    den: float = 0.0

    def add(self, num: float, den: float) -> None:
        self.num += num
        self.den += den

    @property
    def score(self) -> float | None:
        return self.num / self.den if self.den else None


@dataclass
class Confusion:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0

    @property
    def precision(self) -> float | None:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None

    @property
    def f1(self) -> float | None:
        denominator = 2 * self.tp + self.fp + self.fn
        return 2 * self.tp / denominator if denominator else None

    def as_dict(self) -> dict[str, Any]:
        return {
            "tp": self.tp, "fp": self.fp, "fn": self.fn, "tn": self.tn,
            "precision": _round(self.precision), "recall": _round(self.recall),
            "f1": _round(self.f1),
        }  # fmt: skip


@dataclass
class ScopeScores:
    items: int = 0
    gold_incidents: int = 0
    fields: dict[str, Tally] = field(default_factory=dict)


@dataclass(frozen=True)
class ItemResult:
    """What running the extractor on one item gave: an extraction, or the error it raised."""

    extraction: Extraction | None
    error: str | None = None
    seconds: float = 0.0


@dataclass
class Report:
    """The scores of one data set; ``render()`` for people, ``to_json()`` for tools."""

    source: str
    path: str
    items: int = 0
    errors: int = 0
    seconds: float = 0.0
    score_incidents: bool = True
    relevance: Confusion = field(default_factory=Confusion)
    incidents: Confusion = field(default_factory=Confusion)
    scopes: dict[str, ScopeScores] = field(default_factory=dict)
    per_report: dict[str, Tally] = field(default_factory=dict)
    failures: dict[str, list[str]] = field(default_factory=dict)
    examples: dict[str, list[str]] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)

    def score(self, name: str, scope: Scope = "all") -> float | None:
        """A field's score (or ``relevance_f1``, ``incident_f1``...); None if nothing was scored."""
        special = {
            "relevance_precision": self.relevance.precision,
            "relevance_recall": self.relevance.recall,
            "relevance_f1": self.relevance.f1,
            "incident_precision": self.incidents.precision,
            "incident_recall": self.incidents.recall,
            "incident_f1": self.incidents.f1,
        }
        if name in special:
            return special[name]
        if name in self.per_report:
            return self.per_report[name].score
        tally = self.scopes.get(scope, ScopeScores()).fields.get(name)
        return tally.score if tally is not None else None

    def fail(self, key: str, item_id: str, detail: str = "") -> None:
        ids = self.failures.setdefault(key, [])
        if len(ids) < FAILURES_SHOWN and item_id not in ids:
            ids.append(item_id)
            self.examples.setdefault(key, []).append(f"{item_id}: {detail}" if detail else item_id)

    def as_dict(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "path": self.path,
            "items": self.items,
            "errors": self.errors,
            "seconds": round(self.seconds, 3),
            "items_per_second": round(self.items / self.seconds, 3) if self.seconds else None,
            "relevance": self.relevance.as_dict(),
            "incidents": self.incidents.as_dict() if self.score_incidents else None,
            "scopes": {
                name: {
                    "description": SCOPES[name],
                    "items": scope.items,
                    "gold_incidents": scope.gold_incidents,
                    "fields": {k: _tally_dict(t) for k, t in scope.fields.items()},
                }
                for name, scope in self.scopes.items()
            },
            "per_report": {k: _tally_dict(t) for k, t in self.per_report.items()},
            "failures": self.failures,
            "examples": self.examples,
            "notes": self.notes,
        }

    def to_json(self, indent: int | None = 2) -> str:
        return json.dumps(self.as_dict(), indent=indent, ensure_ascii=False)

    def render(self) -> str:
        rate = f", {self.items / self.seconds:.2f} items/s" if self.seconds else ""
        lines = [
            f"{self.source}: {self.path}",
            f"{self.items} items, {self.errors} extraction errors, {self.seconds:.1f} s{rate}",
            "",
        ]
        rows: list[tuple[str, str, str]] = [("field", "n", "score")]
        c = self.relevance
        rows += [
            ("relevance precision", str(c.tp + c.fp), _fmt(c.precision)),
            ("relevance recall", str(c.tp + c.fn), _fmt(c.recall)),
            ("relevance F1", str(c.tp + c.fp + c.fn + c.tn), _fmt(c.f1)),
        ]
        if self.score_incidents:
            i = self.incidents
            rows += [
                ("incident precision", str(i.tp + i.fp), _fmt(i.precision)),
                ("incident recall", str(i.tp + i.fn), _fmt(i.recall)),
                ("incident F1", str(i.tp + i.fp + i.fn), _fmt(i.f1)),
            ]
        for name, scope in self.scopes.items():
            if not scope.fields:
                continue
            rows.append((f"[{name}] {SCOPES[name]}: {scope.items} item(s)", "", ""))
            for key, tally in scope.fields.items():
                rows.append(_row(key, tally))
        if self.per_report:
            rows.append(("[per report]", "", ""))
            for key, tally in self.per_report.items():
                rows.append(_row(key, tally))
        width = max(len(r[0]) for r in rows if r[1] or r[2])
        for label, n, value in rows:
            if not n and not value and label != "field":
                lines.append(label)
            else:
                lines.append(f"{label:<{width}}  {n:>6}  {value:>6}")
        if self.notes:
            lines += ["", *(f"note: {note}" for note in self.notes)]
        return "\n".join(lines)

    def __str__(self) -> str:
        return self.render()


def _row(key: str, tally: Tally) -> tuple[str, str, str]:
    return "  " + FIELD_LABELS.get(key, key), _fmt_n(tally.den), _fmt(tally.score)


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 4)


def _tally_dict(tally: Tally) -> dict[str, Any]:
    n: float = int(tally.den) if float(tally.den).is_integer() else round(tally.den, 4)
    return {"n": n, "correct": round(tally.num, 4), "score": _round(tally.score)}


def _fmt(value: float | None) -> str:
    return "-" if value is None else f"{value:.3f}"


def _fmt_n(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:.1f}"


# --- scoring ---------------------------------------------------------------------------------


def score_dataset(
    dataset: Dataset,
    results: Sequence[ItemResult],
    *,
    seconds: float = 0.0,
) -> Report:
    """Score ``results[k]`` (the run of ``dataset.items[k]``) against the gold records."""
    if len(results) != len(dataset.items):
        raise ValueError(f"{len(results)} results for {len(dataset.items)} items")
    policy = dataset.policy
    report = Report(
        source=dataset.name,
        path=str(dataset.path),
        items=len(results),
        seconds=seconds,
        score_incidents=policy.score_incidents,
        notes=list(dataset.notes),
    )
    if policy.fields:
        report.scopes = {name: ScopeScores() for name in SCOPES}
        for scope in report.scopes.values():
            scope.fields = {name: Tally() for name in policy.fields}
    if policy.score_aggregates:
        report.per_report = {"aggregates": Tally(), "aggregates_kept_out": Tally()}
    for item, result in zip(dataset.items, results, strict=True):
        _score_item(report, policy, item, result)
    if report.errors:
        report.notes.append(
            f"{report.errors} extraction(s) raised, counted as judged irrelevant (failures.error)"
        )
    return report


def _killed_by_agents(extraction: Extraction) -> bool:
    """Someone killed by agents: an incident's count, or, when the extraction counted no one, a
    death in the relevance evidence. An extraction that counted the injured and no dead has said
    whom the agents harmed: "six people were injured in police firing, 12 were killed by the
    rioters" is not a killing by agents for the death its evidence sentence also tells."""
    from forcewatch.extractor.lexicon import DEATH

    counted = False
    for incident in extraction.incidents:
        killed = incident.killed
        if killed is not None and ((killed.best or 0) > 0 or (killed.low or 0) > 0):
            return True
        counted = counted or killed is not None or incident.injured is not None
    return not counted and any(DEATH.search(span.text) for span in extraction.relevance.evidence)


def _score_item(report: Report, policy: Policy, item: EvalItem, result: ItemResult) -> None:
    extraction = result.extraction
    if extraction is None:
        report.errors += 1
        report.fail("error", item.id, result.error or "no extraction")
    predicted_relevant = extraction is not None and extraction.relevance.relevant
    if predicted_relevant and policy.positive == "killed":
        predicted_relevant = _killed_by_agents(extraction)  # type: ignore[arg-type]
    gold = item.gold
    if gold.relevant and predicted_relevant:
        report.relevance.tp += 1
    elif gold.relevant:
        report.relevance.fn += 1
        reason = extraction.relevance.reason if extraction is not None else result.error or ""
        report.fail("relevance_missed", item.id, reason)
    elif predicted_relevant:
        report.relevance.fp += 1
        assert extraction is not None
        report.fail("relevance_false_alarm", item.id, extraction.relevance.reason)
    else:
        report.relevance.tn += 1

    preds = extraction.incidents if extraction is not None and predicted_relevant else []
    matched, extra = align(gold.incidents, preds)
    if policy.score_incidents:
        hits = sum(m is not None for m in matched)
        report.incidents.tp += hits
        report.incidents.fn += len(matched) - hits
        report.incidents.fp += len(extra)
        if len(matched) > hits:
            report.fail("incident_missed", item.id, f"{len(matched) - hits} gold incident(s)")
        if gold.relevant and gold.incidents:
            found = report.per_report.setdefault("incidents_found", Tally())
            for k, index in enumerate(matched):
                pred = preds[index] if index is not None else None
                ok = incident_found(gold.incidents[k], pred)
                found.add(float(ok), 1.0)
                if not ok:
                    detail = "none" if pred is None else f"{pred.date} {pred.place!r}"
                    report.fail("incidents_found", f"{item.id}#{k + 1}", detail)
        if extra:
            report.fail("incident_extra", item.id, f"{len(extra)} predicted incident(s)")

    if gold.relevant and policy.fields:
        scopes: list[Scope] = ["agreed", "all"] if predicted_relevant else ["all"]
        for scope_name in scopes:
            report.scopes[scope_name].items += 1
            report.scopes[scope_name].gold_incidents += len(gold.incidents)
        several = len(gold.incidents) > 1
        for k, gold_incident in enumerate(gold.incidents):
            index = matched[k]
            pred = preds[index] if index is not None else None
            label = f"{item.id}#{k + 1}" if several else item.id
            for name in policy.fields:
                outcome = COMPARATORS[name](gold_incident, pred, policy)
                if outcome is None:
                    continue
                num, den, detail = outcome
                for scope_name in scopes:
                    report.scopes[scope_name].fields[name].add(num, den)
                if num < den:
                    report.fail(name, label, detail)

    if policy.score_aggregates and gold.aggregates:
        _score_aggregates(report, item, extraction)


def _score_aggregates(report: Report, item: EvalItem, extraction: Extraction | None) -> None:
    text = extraction.document.text if extraction is not None else ""
    aggregates = extraction.aggregates if extraction is not None else []
    incidents = extraction.incidents if extraction is not None else []
    for gold in item.gold.aggregates:
        ranges = _locate(gold.text, text) if text else []
        found = any(_overlaps(a.evidence, ranges, gold.text) for a in aggregates)
        report.per_report["aggregates"].add(float(found), 1.0)
        if not found:
            report.fail("aggregates", item.id, f"not found: {gold.text!r}")
        leaked = any(_overlaps(_count_spans(m), ranges, gold.text) for m in incidents)
        report.per_report["aggregates_kept_out"].add(float(not leaked), 1.0)
        if leaked:
            report.fail("aggregates_kept_out", item.id, f"counted in an incident: {gold.text!r}")
