"""Field-by-field differences between a gold report and an extraction, for the gold tests."""

from __future__ import annotations

from forcewatch.eval.gold import GoldIncident, GoldQuantity, GoldReport
from forcewatch.eval.scores import name_found
from forcewatch.records import Extraction, Mention, Quantity
from forcewatch.text import fold


def _q(value: Quantity | None) -> tuple[int | None, int | None, int | None] | None:
    return None if value is None else (value.low, value.best, value.high)


def _gq(value: GoldQuantity | None) -> tuple[int | None, int | None, int | None] | None:
    return None if value is None else (value.low, value.best, value.high)


def _place_agrees(gold: str | None, mention: Mention) -> bool:
    if gold is None:
        return True
    written = [x for x in (mention.place, mention.admin1_name) if x]
    return any(fold(gold) in fold(w) or fold(w) in fold(gold) for w in written)


def incident_differences(gold: GoldIncident, got: Mention) -> list[str]:
    out: list[str] = []

    def check(field: str, want: object, have: object) -> None:
        if want != have:
            out.append(f"{field}: want {want!r}, got {have!r}")

    check("date", gold.date, got.date)
    check("date_precision", gold.date_precision, got.date_precision)
    check("country", gold.country, got.country)
    check("admin1", gold.admin1, got.admin1)
    if not _place_agrees(gold.place, got):
        out.append(f"place: want {gold.place!r}, got {got.place!r}")
    for field in ("killed", "injured", "agents_killed", "agents_injured"):
        check(field, _gq(getattr(gold, field)), _q(getattr(got, field)))
    check("forces", sorted(set(gold.forces)), sorted({f.kind for f in got.forces}))
    check("operation", gold.operation, got.operation)
    check("allegations", sorted(set(gold.allegations)), sorted({a.kind for a in got.allegations}))
    names = [p.name for p in got.people]
    for person in gold.people:
        if not name_found(person.name, names):
            out.append(f"person missing: {person.name!r} (got {names})")
            continue
        match = next(p for p in got.people if name_found(person.name, [p.name]))
        if (match.role, match.fate) != (person.role, person.fate):
            out.append(
                f"person {person.name!r}: want {person.role}/{person.fate}, "
                f"got {match.role}/{match.fate}"
            )
    wanted = [person.name for person in gold.people]
    for person in got.people:  # the gold lists every participant named: no one else may appear
        if not name_found(person.name, wanted) and not any(
            name_found(name, [person.name]) for name in wanted
        ):
            out.append(f"person not in gold: {person.name!r} ({person.role}/{person.fate})")
    return out


def report_differences(gold: GoldReport, got: Extraction) -> list[str]:
    out: list[str] = []
    if gold.relevant != got.relevance.relevant:
        out.append(
            f"relevant: want {gold.relevant}, got {got.relevance.relevant} ({got.relevance.reason})"
        )
    incidents = got.incidents
    if len(incidents) != len(gold.incidents):
        out.append(f"incidents: want {len(gold.incidents)}, got {len(incidents)}")
    for n, (want, have) in enumerate(zip(gold.incidents, incidents, strict=False)):
        out.extend(f"incident {n + 1} {d}" for d in incident_differences(want, have))
    aggregate_text = " ".join(m.evidence[0].text for m in got.aggregates if m.evidence)
    for aggregate in gold.aggregates:
        if not any(
            fold(aggregate.text) in fold(m.evidence[0].text)
            or fold(m.evidence[0].text) in fold(aggregate.text)
            for m in got.aggregates
            if m.evidence
        ):
            out.append(f"aggregate missing: {aggregate.text!r} (got {aggregate_text!r})")
    for mention in incidents:
        for aggregate in gold.aggregates:
            if (
                mention.killed
                and mention.killed.span
                and (mention.killed.span.text in aggregate.text)
            ):
                out.append(f"aggregate counted as an incident's killed: {aggregate.text!r}")
    return out
