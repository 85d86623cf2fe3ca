"""The cheap relevance gate keeps every relevant report and drops texts with no agents or no harm."""

from __future__ import annotations

from pathlib import Path

import pytest

from forcewatch.eval.gold import read_gold
from forcewatch.pipeline.gate import may_be_relevant

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "tests" / "gold"
EXAMPLES = ROOT / "examples" / "reports"
RELEVANT = [
    report.id
    for name in ("en", "es", "pt", "es_styles", "pt_styles")
    for report in read_gold(GOLD / f"{name}.jsonl")
    if report.relevant
]


@pytest.mark.parametrize("report_id", RELEVANT)
def test_gate_keeps_every_relevant_example(report_id: str) -> None:
    text = (EXAMPLES / report_id).read_bytes().decode("utf-8", "replace")
    assert may_be_relevant(text)


@pytest.mark.parametrize(
    "text",
    [
        "The city council approved the new budget for parks and libraries on Tuesday.",
        "El congreso aprobó la reforma educativa tras un largo debate.",
        "A seleção venceu a partida por dois a zero no estádio lotado.",
        "Police said the new station will open in March.",  # agents, no harm
        "Two people died in a car crash on the highway.",  # harm, no agents
    ],
)
def test_gate_drops_texts_without_agents_or_harm(text: str) -> None:
    assert not may_be_relevant(text)


@pytest.mark.parametrize(
    "text",
    [
        "La policía mató a seis personas en Tegucigalpa.",
        "An airstrike hit the market, killing 12.",
        "Policiais balearam um jovem em Belém.",
    ],
)
def test_gate_keeps_harm_by_agents_in_any_language(text: str) -> None:
    assert may_be_relevant(text)
