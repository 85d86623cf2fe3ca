"""Round 41 (issue 6): digests, round-ups and chronologies (weekly digests, press reviews, "in
brief" columns, monitors' monthly reports, timelines, fact boxes, lists of cases sent to UN
bodies), and what their dev half showed: a court's step over an earlier year's death is a trial's
news, not a case; an item's heading ends the harm the item before it frames; a time stamp with a
place, a month or a day-and-month opens an item; the historic present of a chronology; a victim
named again further on is the same case, and his death told later counts."""

from __future__ import annotations

import pytest

from forcewatch.records import Quantity
from tests.extract.dev_reports import (
    assert_cases_found,
    assert_look_alike,
    dev_items,
    extracted,
    item_id,
    relevant,
)

PUBLISHED = "2025-03-20"


def _count(quantity: Quantity | None) -> int | None:
    return None if quantity is None else quantity.best


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Un tribunal de Chimaltenango condenó el martes a dos agentes de la PNC por la muerte "
            "de un detenido en la subestación de Tecpán en 2022.",
            "es",
        ),
        (
            "A Justiça arquivou nesta segunda-feira o inquérito sobre a morte de um motoboy "
            "durante uma perseguição policial em Sorocaba, em março de 2023.",
            "pt",
        ),
        (
            "A court in Leeds on Wednesday convicted two constables of the killing of Aaron Pike "
            "in a police van in 2021.",
            "en",
        ),
        (
            "Un juez de Córdoba dictó prisión preventiva a tres policías acusados de golpear "
            "hasta la muerte a un preso en una comisaría de Río Cuarto en noviembre de 2024.",
            "es",
        ),
    ],
)
def test_a_courts_step_over_an_earlier_years_death_is_no_case(text: str, lang: str) -> None:
    result = extracted(text, lang, PUBLISHED)
    assert not result.relevance.relevant, result.relevance.evidence


@pytest.mark.parametrize(
    "text",
    [
        # the hospital's word that nobody came
        "12 May - Youths in the Medina quarter of Tiznit throw stones at a gendarmerie post. "
        "Gendarmes fire tear gas to clear the street. The provincial hospital says it received "
        "no injured civilians.",
        # an armed group with "Democratic Forces" in its name
        "Fighters of the Allied Democratic Forces killed nine farmers near Oicha, North Kivu, on "
        "Sunday, local officials said.",
        # the day figures were released, not a case's
        "The ombudsman released its half-year figures on Monday, which show that 41 people were "
        "killed by police between January and June.",
    ],
)
def test_round_up_items_that_tell_no_case(text: str) -> None:
    result = extracted(text, "en", PUBLISHED)
    assert not result.relevance.relevant, result.relevance.evidence


def test_an_items_heading_ends_the_harm_the_item_before_frames() -> None:
    text = (
        "SOWETO: Crowd attacks suspected thieves\n"
        "Residents beat a man to death in Orlando East on Friday. Police fired rubber bullets "
        "into the air to disperse the crowd, and nobody was hurt by the rounds.\n\n"
        "WATCHDOG REPORT: Deaths after police action\n"
        "The watchdog said it had opened 112 new files in the quarter."
    )
    result = extracted(text, "en", PUBLISHED)
    assert not result.relevance.relevant, result.relevance.evidence


@pytest.mark.parametrize(
    "text",
    [
        # an agent hurt, seen by a doctor, and nobody else hurt
        "Um policial militar foi ferido de raspão na perna durante uma troca de tiros com "
        "assaltantes em Jundiaí, na noite de sábado. Segundo a PM, ninguém mais se feriu. O "
        "policial foi atendido no pronto-socorro e liberado.",
        # a register's category, not a case
        "A secretaria não divulgou separadamente os casos de mortes em intervenção policial no "
        "balanço do semestre.",
        # a sum over a year
        "As mortes por intervenção de agentes do Estado no Paraná somaram 387 casos em 2024, "
        "segundo o anuário.",
    ],
)
def test_portuguese_items_that_tell_no_case(text: str) -> None:
    result = extracted(text, "pt", PUBLISHED)
    assert not result.relevance.relevant, result.relevance.evidence


def test_an_eviction_by_officers_frames_the_beating_after_it() -> None:
    text = (
        "On 4 March 2025 police officers carried out an eviction of some 40 families from a "
        "settlement near La Ceiba. Four residents, including a teenage girl and an elderly man, "
        "were beaten with batons and taken to hospital."
    )
    (incident,) = relevant(text, "en", PUBLISHED).incidents
    assert _count(incident.injured) == 4
    assert incident.date == "2025-03-04"


def test_soldiers_who_detained_him_named_with_their_acronym_then_his_body() -> None:
    text = (
        "On 9 February 2025, soldiers of the Joint Task Force (FTC) detained Wilmer Osorio, 31, "
        "outside a bakery in Tela. His sister asked at the base that night and was told he was "
        "not there. His body was found three days later by a river, with his hands bound."
    )
    result = relevant(text, "en", PUBLISHED)
    assert result.incidents


def test_capitals_headings_split_a_round_up_into_its_items() -> None:
    text = (
        "La semana en sucesos\n"
        "Recogemos los hechos de la semana que dejaron más preguntas abiertas.\n"
        "VILLA MELLA.\n"
        "Dos jóvenes murieron el lunes en lo que la Policía Nacional llamó un intercambio de "
        "disparos con una patrulla en el sector Los Guaricanos, Santo Domingo Norte. Sus "
        "familiares aseguran que fueron apresados vivos.\n"
        "BANÍ.\n"
        "Un motoconchista resultó herido de bala el miércoles en el centro de Baní. Su familia "
        "dice que el disparo salió del arma de un agente que lo perseguía."
    )
    (incident,) = relevant(text, "es", "2025-03-22").incidents
    # the next item's wounded is not the first case's
    assert (incident.date, _count(incident.killed), incident.injured) == ("2025-03-17", 2, None)


def test_a_live_pages_stamp_with_a_place_dates_its_entry() -> None:
    text = (
        "Acompanhe as notícias do dia no Paraná. A página é atualizada ao longo do dia.\n"
        "PLANTÃO — Quinta-feira, 20 de março de 2025\n"
        "16h45 — CURITIBA\n"
        "A prefeitura anuncia a abertura de mais duas unidades de saúde na zona sul. As obras "
        "começam em abril e devem durar oito meses.\n"
        "14h10 — CASCAVEL (PR)\n"
        "Dois suspeitos morreram em confronto com policiais militares durante o cumprimento de "
        "um mandado no bairro Periolo, no início da tarde. Segundo a PM, a equipe foi recebida a "
        "tiros. Nenhum policial se feriu.\n"
        "12h30 — MARINGÁ (PR)\n"
        "Um homem foi morto a facadas durante uma briga em um bar. A PM prendeu o suspeito a "
        "duas quadras do local."
    )
    (incident,) = relevant(text, "pt", PUBLISHED).incidents
    assert (incident.date, _count(incident.killed)) == ("2025-03-20", 2)


def test_a_chronologys_present_tense() -> None:
    text = (
        "Reconstituímos os dias de protesto a partir dos relatos dos nossos correspondentes.\n"
        "12 de Março — Manica\n"
        "Os comerciantes fecham as bancas e marcham até à administração do distrito.\n"
        "14 de Março — Chimoio\n"
        "Agentes da PRM abrem fogo contra comerciantes que bloqueavam a estrada junto ao mercado "
        "37. Morrem três pessoas e outras quatro dão entrada no hospital provincial."
    )
    (incident,) = relevant(text, "pt", PUBLISHED).incidents
    assert (incident.date, _count(incident.killed)) == ("2025-03-14", 3)


def test_a_streets_name_is_no_date() -> None:
    text = (
        "A polícia disparou munições reais contra manifestantes nas avenidas 25 de Setembro e "
        "Karl Marx, em Maputo. Morreram duas pessoas."
    )
    (incident,) = relevant(text, "pt", PUBLISHED).incidents
    assert incident.date is None


def test_no_record_of_wounded_denies_the_harm() -> None:
    text = (
        "10 de Março — Beira\n"
        "A polícia dispersa com gás lacrimogéneo um grupo de manifestantes na Praça do "
        "Município. Não há registo de feridos, segundo o Hospital Central da Beira."
    )
    result = extracted(text, "pt", PUBLISHED)
    assert not result.relevance.relevant, result.relevance.evidence


def test_a_restraint_told_after_the_death() -> None:
    text = (
        "The Evening Post leads on Marcus Bell, 41, who died in hospital on Saturday after "
        "officers were called to a house in Lozells. The paper says officers held Mr Bell face "
        "down in the hallway for several minutes."
    )
    (incident,) = relevant(text, "en", PUBLISHED).incidents
    assert incident.date == "2025-03-15"


def test_a_press_reviews_lede_dated_by_its_heading_is_no_case_of_its_own() -> None:
    text = (
        "THE PAPERS: Thursday 20 March 2025\n\n"
        "Most of today's papers lead on the death of a man in Leicester after he was restrained "
        "by police.\n\n"
        "The Leicester Mercury names him as Daniel Hart, 33, who died in hospital on Tuesday "
        "night. The paper says officers pinned Mr Hart face down on a pavement before he stopped "
        "breathing."
    )
    (incident,) = relevant(text, "en", PUBLISHED).incidents
    assert incident.date == "2025-03-18"


def test_a_fact_boxs_items_by_month_are_cases_apart() -> None:
    text = (
        "KEY EVENTS\n"
        "- 2 May 2024: Marines at a roadblock outside Tumaco open fire on a car, killing its "
        "driver, Yeison Cortés, 28.\n"
        "- July 2024: A fight between two gangs in the Tumaco jail leaves nine inmates dead.\n"
        "- September 2024: Detainee Brayan Ortiz, 22, dies in a navy brig in Tumaco after "
        "guards beat him, his family says.\n"
    )
    result = relevant(text, "en", PUBLISHED)
    assert [(m.date, _count(m.killed)) for m in result.incidents] == [
        ("2024-05-02", 1),
        ("2024-09", 1),
    ]


def test_a_bulleted_case_heading_opens_its_section() -> None:
    text = (
        "The following cases illustrate the pattern:\n"
        "- Case 1 — Shubra police station, Cairo. Ahmed Salem, 29, died on 3 February 2024 in "
        "the Shubra police station, a day after officers arrested him. His brother saw bruises "
        "on his body.\n"
        "- Case 2 — Tanta, Gharbia. On 9 March 2024, police officers raided a flat in Tanta and "
        "shot dead Omar Fathy, 24, as he ran to a window.\n"
    )
    result = relevant(text, "en", PUBLISHED)
    assert [m.date for m in result.incidents] == ["2024-02-03", "2024-03-09"]


def test_a_tally_across_the_weeks_of_a_movement_is_a_total() -> None:
    text = (
        "9 March - Riot police fire rubber bullets at students in Neiva; seven are hurt.\n"
        "The toll: across the three weeks, a network of rights groups counted 64 people injured "
        "by police in Huila."
    )
    result = relevant(text, "en", PUBLISHED)
    assert [_count(m.injured) for m in result.incidents] == [7]
    assert result.aggregates


def test_a_victim_named_again_is_the_same_case_and_his_death_counts() -> None:
    text = (
        "3 March - During a march in Neiva, a tear-gas canister fired by riot police hits student "
        "Camilo Andrés Rojas in the head.\n"
        "5 March - Camilo Andrés Rojas dies in the university hospital.\n"
        "8 March - Students vote to continue the strike.\n"
        "What comes next: prosecutors say they will name the officer who fired the canister that "
        "killed Rojas."
    )
    (incident,) = relevant(text, "en", PUBLISHED).incidents
    assert (incident.date, _count(incident.killed)) == ("2025-03-03", 1)


def test_a_days_item_with_one_digit_opens_its_case() -> None:
    text = (
        "Este informe reúne los casos que el observatorio relevó durante marzo en el conurbano "
        "y en el Gran Rosario, a partir de denuncias de familiares y expedientes judiciales.\n"
        "CASOS DEL MES\n"
        "5/3 — Merlo (provincia de Buenos Aires)\n"
        "Un joven de 17 años fue baleado por la espalda por un efectivo de la Policía "
        "Bonaerense que patrullaba el barrio. Según la versión policial, no se detuvo ante la voz "
        "de alto. La familia denunció el hecho ante la fiscalía.\n"
        "14/3 — Rosario, barrio Empalme Graneros\n"
        "Efectivos de la Policía de Santa Fe dispararon balas de goma contra vecinos que "
        "resistían un desalojo. Dos personas resultaron heridas. La orden era judicial."
    )
    result = relevant(text, "es", PUBLISHED)
    assert [m.date for m in result.incidents] == ["2025-03-05", "2025-03-14"]


def test_round_41_dev_a_victims_later_death_is_his_cases() -> None:
    (item,) = dev_items({"en_styles_r41.jsonl": ("en946",)})
    result = item.extract()
    assert [(m.date, _count(m.killed)) for m in result.incidents] == [
        ("2025-10-10", 1),
        ("2025-10-14", None),
    ]


_LOOK_ALIKES = dev_items(
    {
        "es_styles_r41.jsonl": ("es627",),
        "pt_styles_r41.jsonl": ("pt625", "pt629", "pt631", "pt633", "pt635"),
        "en_styles_r41.jsonl": ("en952", "en963", "en969", "en971"),
    }
)
_CASES = dev_items(
    {
        "pt_styles_r41.jsonl": ("pt628", "pt630"),
        "en_styles_r41.jsonl": ("en948", "en951"),
    }
)


@pytest.mark.parametrize("item", _LOOK_ALIKES, ids=item_id)
def test_round_41_dev_look_alikes(item) -> None:  # type: ignore[no-untyped-def]
    assert_look_alike(item)


@pytest.mark.parametrize("item", _CASES, ids=item_id)
def test_round_41_dev_cases_found(item) -> None:  # type: ignore[no-untyped-def]
    assert_cases_found(item)
