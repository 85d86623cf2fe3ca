"""When it happened and how many (issue 6, round 34): a toll told as it rose ("suben a cinco los
muertos", "Sobe para sete o número de", "raising to three the number") or by the ordinal of the
last to die ("a sixth man ... has died") is the case's toll, over the first report's figure; the
harm's day, not the death's that followed it ("died on Thursday, three days after the raid",
"internado desde a noite de sábado (8), quando foi atingido"), nor the vigil's, the day a toll
was revised or the trial's; the small hours told with their date ("la madrugada del viernes al
sábado 8 de marzo"), a holiday "last year"; a cooperative named for a day is no date; a saint's
name the gazetteer lacks is not a town abroad ("recinto San Camilo"); figures over years and
a tally kept in the perfect are no case's count; a civil claim settled later is the case's
sequel, and court records are where it is told.

Each text is the project's own, written in the shapes the round's dev halves showed failing."""

from __future__ import annotations

import pytest

import forcewatch
from forcewatch.eval.gold import EvalItem
from tests.extract.dev_reports import dev_items, item_id


def _one(text: str, lang: str, published: str) -> forcewatch.Mention:
    result = forcewatch.extract(text, lang=lang, published=published)
    assert result.relevance.relevant
    assert len(result.incidents) == 1
    return result.incidents[0]


# --- tolls that rise ---------------------------------------------------------------------------


def test_a_live_page_takes_the_toll_as_it_rose_with_the_agent_apart() -> None:
    text = (
        "EN DIRECTO | Tiroteo en un retén militar en Tocoa: suben a cinco los muertos, entre "
        "ellos un soldado\n\n"
        "21:40 | Confirman otra muerte. Un joven que viajaba en la cama del camión murió en el "
        "hospital de Tocoa. Con él suman cinco los fallecidos: cuatro civiles y el soldado.\n\n"
        "08:15 | Primer reporte. Al menos dos personas muertas dejó anoche un tiroteo en un retén "
        "de la Policía Militar en la salida de Tocoa, según vecinos.\n"
    )
    incident = _one(text, "es", "2024-08-19")
    assert incident.killed is not None and incident.killed.best == 4
    assert incident.agents_killed is not None and incident.agents_killed.best == 1


def test_a_toll_raised_in_a_timeline_heading_is_the_cases_toll() -> None:
    text = (
        "AO VIVO | Operação da PM no Complexo do Lins\n\n"
        "15h10 — Sobe para seis o número de suspeitos mortos\n"
        "A PM confirma mais três mortes numa área de mata.\n\n"
        "07h30 — Primeiros relatos\n"
        "Policiais do batalhão da área mataram três suspeitos em confronto, segundo a PM.\n"
    )
    incident = _one(text, "pt", "2024-05-14")
    assert incident.killed is not None and incident.killed.best == 6


def test_the_ordinal_of_the_last_to_die_raises_the_toll_told_before() -> None:
    text = (
        "A sixth man wounded in a police raid on a farmhouse outside Kroonstad on Saturday has "
        "died in hospital, police said on Tuesday. Officers had said five suspects were shot "
        "dead when a tactical team stormed the house."
    )
    incident = _one(text, "en", "2025-06-10")
    assert incident.killed is not None and incident.killed.best == 6


def test_an_officer_who_died_after_gunmen_opened_fire_was_harmed_not_acting() -> None:
    text = (
        "A second police constable has died after gunmen opened fire on a checkpoint outside "
        "Mthatha on Saturday night. The attackers fled in a stolen car."
    )
    assert not forcewatch.extract(text, lang="en", published="2025-05-12").relevance.relevant


def test_no_deaths_have_been_reported_is_a_toll_of_none() -> None:
    text = (
        "Police fired rubber bullets at protesters in Salem on Friday night, injuring three "
        "people. No deaths have been reported."
    )
    incident = _one(text, "en", "2025-06-01")
    assert incident.killed is not None and incident.killed.best == 0


# --- the harm's own day ------------------------------------------------------------------------


def test_the_small_hours_told_with_their_date_are_that_date() -> None:
    text = (
        "El informe forense del joven que murió tras ser reducido por agentes de la Policía "
        "Local de Elche fue entregado ayer al juzgado. Los hechos se produjeron en la madrugada "
        "del viernes al sábado 8 de marzo en la calle Mayor, cuando cuatro agentes lo "
        "inmovilizaron en el suelo."
    )
    incident = _one(text, "es", "2025-03-21")
    assert incident.date == "2025-03-08"


def test_a_death_days_after_the_shot_is_dated_by_the_shot() -> None:
    text = (
        "Morreu nesta quarta-feira (12), no Hospital Geral de Nova Iguaçu, o terceiro baleado "
        "durante a ação de policiais militares no bairro Cabuçu. Ele estava internado desde a "
        "noite de sábado (8), quando foi atingido nas costas."
    )
    incident = _one(text, "pt", "2025-03-13")
    assert incident.date == "2025-03-08"


def test_a_death_told_with_how_long_after_the_raid_came_is_dated_by_the_raid() -> None:
    text = (
        "A street vendor struck with a baton by municipal police during a raid on traders in "
        "Bulawayo died in hospital on Thursday, three days after the raid, her family said."
    )
    incident = _one(text, "en", "2025-04-12")
    assert incident.date == "2025-04-07"


def test_a_death_told_in_spanish_with_how_long_after_the_beating_is_dated_by_it() -> None:
    text = (
        "Un comerciante golpeado por agentes de la Policía Municipal durante un desalojo en "
        "el centro de Cuenca murió en el hospital el jueves, tres días después del desalojo, "
        "según su familia."
    )
    incident = _one(text, "es", "2025-04-12")
    assert incident.date == "2025-04-07"


def test_a_harm_told_days_after_another_event_keeps_its_own_day() -> None:
    # a control: only a death's day counts back to the harm
    text = "On Monday, two days after the protest, police shot dead a student in Nakuru."
    incident = _one(text, "en", "2025-03-12")
    assert incident.date == "2025-03-10"


def test_a_vigil_held_yesterday_does_not_date_the_shooting() -> None:
    text = (
        "Cerca de duzentas pessoas participaram ontem numa vigília no local onde o jovem foi "
        "baleado por um agente da PSP. Na noite de 2 de março de 2024, o jovem voltava para casa "
        "de carro quando um agente disparou contra a viatura."
    )
    incident = _one(text, "pt", "2025-03-03")
    assert incident.date == "2024-03-02"


def test_a_holiday_last_year_is_last_years() -> None:
    text = (
        "Two brothers were shot dead by police in what officers called a buy-bust operation on "
        "Halloween night last year in Barangay Tatalon, Quezon City."
    )
    incident = _one(text, "en", "2024-11-02")
    assert incident.date == "2023-10-31"


def test_a_protests_day_is_the_harms_day() -> None:
    # a control: a vigil's day is not the harm's, a protest's often is
    text = "Police shot dead a student on Sunday at a protest in Nakuru, witnesses said."
    incident = _one(text, "en", "2025-03-12")
    assert incident.date == "2025-03-09"


def test_the_day_of_a_trial_to_come_does_not_date_the_shooting() -> None:
    text = (
        "O agente da PSP que matou a tiro um jovem de 19 anos no bairro do Zambujal começa a "
        "ser julgado a 9 de outubro. Na madrugada de 14 de fevereiro de 2024, o jovem seguia "
        "numa mota quando foi atingido."
    )
    incident = _one(text, "pt", "2025-09-20")
    assert incident.date == "2024-02-14"


def test_court_records_tell_the_harm_and_a_claim_settled_later_does_not_date_it() -> None:
    text = (
        "Court records show that the deputy shot and wounded a 16-year-old driver during a "
        "traffic stop on the Blackshear Highway in May 2020. The teen survived. His family "
        "settled a civil claim with the county in 2022."
    )
    incident = _one(text, "en", "2025-08-14")
    assert incident.date == "2020-05"


def test_a_cooperative_named_for_a_day_is_no_date() -> None:
    text = (
        "Soldados del Ejército golpearon a un comerciante durante un allanamiento en la "
        "cooperativa 10 de Agosto, en Babahoyo, según su denuncia."
    )
    incident = _one(text, "es", "2026-01-20")
    assert incident.date != "2025-08-10"


# --- places and tallies ------------------------------------------------------------------------


def test_a_saints_name_the_gazetteer_lacks_is_not_a_town_abroad() -> None:
    text = (
        "Soldados del Ejército mataron a un motociclista en un control militar a la altura del "
        "recinto San Camilo, según la Fiscalía."
    )
    incident = _one(text, "es", "2026-01-20")
    assert incident.country != "ML"


def test_figures_over_years_are_no_cases_count() -> None:
    text = (
        "Police shot dead a 19-year-old in an alley in Barangay Payatas on Friday night, his "
        "mother said. The government's own figures count more than 6,000 people killed in "
        "police anti-drug operations from mid-2016 to 2022."
    )
    incident = _one(text, "en", "2024-03-11")
    assert incident.killed is not None and incident.killed.best == 1


def test_a_tally_kept_in_the_perfect_is_no_cases_count() -> None:
    text = (
        "Una patrulla del Ejército golpeó a un comerciante en Ventanas el viernes. El comité "
        "provincial ha documentado en la provincia 23 muertes de civiles en operaciones "
        "militares y 41 denuncias de tortura."
    )
    incident = _one(text, "es", "2026-01-20")
    assert incident.killed is None or incident.killed.best != 23


# --- the round's dev reports -----------------------------------------------------------------

_DEV_DATED: dict[str, tuple[str, ...]] = {
    "en_styles_r34.jsonl": ("en758", "en762"),
    "es_styles_r34.jsonl": ("es521",),
    "pt_styles_r34.jsonl": ("pt512",),
}
_DEV_COUNTED: dict[str, tuple[str, ...]] = {
    "en_styles_r34.jsonl": ("en765",),
    "es_styles_r34.jsonl": ("es523",),
    "pt_styles_r34.jsonl": ("pt518",),
}


@pytest.mark.parametrize("item", dev_items(_DEV_DATED), ids=item_id)
def test_round_dev_reports_date_the_harm(item: EvalItem) -> None:
    result = item.extract()
    assert result.incidents[0].date == item.gold.incidents[0].date


@pytest.mark.parametrize("item", dev_items(_DEV_COUNTED), ids=item_id)
def test_round_dev_reports_count_the_latest_toll(item: EvalItem) -> None:
    killed = item.extract().incidents[0].killed
    assert killed is not None and item.gold.incidents[0].killed is not None
    assert killed.best == item.gold.incidents[0].killed.best
