"""Round 39 (issue 6): reports as other tools leave them (PDF text, e-mail, chat exports), and
the clauses their dev half showed: tolls another body confirms, squads in a by-phrase, the
police's "received with shots by men who were killed", an age after a name."""

from __future__ import annotations

import pytest

from forcewatch.eval.gold import EvalItem
from forcewatch.extractor.places.patterns import _AGE_RE
from tests.extract.dev_reports import dev_items, extracted, item_id, missing_cases, relevant


def test_a_toll_another_body_confirms_after_the_agents_fire_is_theirs() -> None:
    text = (
        "Two sources in Ojocaliente say troops at the checkpoint by the gas station fired on a "
        "grey van at around 9 pm. Family vehicle, they say.\n\nRed Cross Ojocaliente confirms "
        "3 dead at the scene, 1 man wounded taken to the general hospital."
    )
    (incident,) = relevant(text, "en", "2025-06-02").incidents
    assert incident.killed is not None and incident.killed.best == 3


def test_a_confirmed_toll_with_no_agents_fire_before_it_is_no_case() -> None:
    text = (
        "A bus left the road near Ojocaliente on Sunday night. The municipal health service "
        "confirms 3 dead at the scene."
    )
    assert not extracted(text, "en", "2025-06-02").relevance.relevant


@pytest.mark.parametrize(
    "text",
    [
        "Dos jóvenes resultaron abatidos por comisiones de la PNB en el barrio Unión de Petare.",
        "Un comerciante resultó herido por una comisión del Cicpc en la parroquia Petare.",
    ],
)
def test_squads_of_a_force_in_a_by_phrase_are_its_agents(text: str) -> None:
    (incident,) = relevant(text, "es", "2024-02-11").incidents
    assert [force.kind for force in incident.forces] == ["police"]


def test_agents_received_with_shots_by_men_who_were_killed_is_a_case() -> None:
    text = (
        "Según la nota de prensa, funcionarios de la DAE fueron recibidos a tiros por dos "
        "sujetos de la banda de alias El Chino, quienes resultaron abatidos en la parroquia Petare."
    )
    assert relevant(text, "es", "2024-02-11").relevance.relevant


def test_agents_received_with_shots_and_one_of_them_dead_is_no_case_of_theirs() -> None:
    text = (
        "Dos funcionarios de la PNB fueron recibidos a tiros por delincuentes en la parroquia "
        "Petare y uno de ellos murió en el hospital."
    )
    result = extracted(text, "es", "2024-02-11")
    assert not any(m.killed and m.killed.best for m in result.incidents)


@pytest.mark.parametrize(
    ("after_name", "is_age"),
    [
        (" (41 años)", True),
        (" (17 anos)", True),
        (", 25,", True),
        (", de 38 años,", True),
        (", 19 years old", True),
        (" (2)", False),  # a table's place and its cases
        (" (2024)", False),
    ],
)
def test_an_age_after_a_name(after_name: str, is_age: bool) -> None:
    assert bool(_AGE_RE.match(after_name)) == is_age


def test_round_dev_surname_in_a_case_heading_is_no_town() -> None:
    """es603: "Caso 1. José Ernesto Alvarado Linares (41 años)" is a victim of El Salvador's
    prisons, not a case in Linares, Nuevo León."""
    (item,) = dev_items({"es_styles_r39.jsonl": ("es603",)})
    assert {m.country for m in item.extract().incidents} == {"SV"}


# --- the round's dev reports -------------------------------------------------------------------

_DEV_CASES: dict[str, tuple[str, ...]] = {
    "en_styles_r39.jsonl": ("en898",),  # a channel's messages, the toll told by the Red Cross
    "es_styles_r39.jsonl": ("es594",),  # a WhatsApp export dated by its messages
    "pt_styles_r39.jsonl": ("pt593",),  # a list archive's forwarded statement
}
_DEV_NOT_RELEVANT: dict[str, tuple[str, ...]] = {
    "en_styles_r39.jsonl": ("en897", "en899", "en910"),
    "es_styles_r39.jsonl": ("es593", "es600"),
    "pt_styles_r39.jsonl": ("pt594", "pt596", "pt599", "pt604"),
}


@pytest.mark.parametrize("item", dev_items(_DEV_CASES), ids=item_id)
def test_round_dev_reports_tell_each_case_on_its_day_in_its_region(item: EvalItem) -> None:
    result = item.extract()
    assert result.relevance.relevant
    assert missing_cases(item, result) == []


@pytest.mark.parametrize("item", dev_items(_DEV_NOT_RELEVANT), ids=item_id)
def test_round_dev_look_alikes_are_not_relevant(item: EvalItem) -> None:
    result = item.extract()
    assert not result.relevance.relevant, result.relevance.evidence


def test_the_newsrooms_own_earlier_toll_is_no_case() -> None:
    """en386 (round 22): a live page's "On Tuesday night we reported four dead" corrects its own
    figure after soldiers fired; it is no new case."""
    text = (
        "Soldiers fired on protesters at the Ozoro junction on Tuesday, killing six people.\n\n"
        "On Tuesday night we reported four dead."
    )
    result = relevant(text, "en", "2025-07-16")
    assert [m.killed.best for m in result.incidents if m.killed] == [6]
