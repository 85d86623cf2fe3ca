"""Protests, crowd control and evictions (issue 6, round 37): police charges, rubber bullets, live
rounds and tear gas at marches, blockades, evictions and stadiums, told by wire copy, live pages,
urgent actions, press-freedom alerts and corrections. A charge on a crowd and an operation told
by its patrol cars frame the harm after them; a shot with no shooter named "as police tried to
push marchers back" is the agents'; a page that corrects what its outlet published, force said
not used, "no one was reported hurt", a toll "since 21 October" or "during the unrest of 2021",
and a report that "does not say how many" were killed tell no case; sections headed by a place
and a day, a town's heading between two cases and a scene shifted by days keep cases apart; a
lede that sums its cases is no case of its own.

Each text is the project's own, written in the shapes the round's dev halves showed failing."""

from __future__ import annotations

import pytest

from forcewatch.eval.gold import EvalItem
from forcewatch.extractor.agency import harms_someone
from forcewatch.extractor.counts import without_denials
from tests.extract.dev_reports import dev_items, extracted, item_id, relevant

# --- force on a crowd ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "On Saturday riot police charged at the striking dockers outside the port gates in "
            "Leeds. Seven people were injured, two of them with head wounds.",
            "en",
        ),
        (
            "El sábado los antidisturbios cargaron contra los vecinos que frenaban el desahucio en "
            "Zaragoza. Siete personas resultaron heridas.",
            "es",
        ),
        (
            "No sábado a PM avançou contra os moradores que bloqueavam a estrada em Caruaru. Sete "
            "pessoas ficaram feridas.",
            "pt",
        ),
    ],
)
def test_a_charge_on_a_crowd_frames_the_injured_after_it(text: str, lang: str) -> None:
    incident = relevant(text, lang, "2025-03-10").incidents[0]
    assert incident.injured is not None and incident.injured.best == 7


def test_the_dispersal_of_a_sit_in_frames_its_dead() -> None:
    text = "Two protesters were killed during the dispersal of a sit-in in Khartoum on Monday."
    incident = relevant(text, "en", "2025-03-12").incidents[0]
    assert incident.killed is not None and incident.killed.best == 2


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Catorce manifestantes resultaron heridos cuando los antimotines desalojaron la plaza "
            "en Tegucigalpa el lunes.",
            "es",
        ),
        (
            "Catorze manifestantes ficaram feridos quando a tropa de choque desocupou a praça em "
            "Belém na segunda-feira.",
            "pt",
        ),
        ("Fourteen protesters were injured when riot police cleared the square in Accra.", "en"),
    ],
)
def test_the_hurt_when_the_agents_cleared_the_crowd(text: str, lang: str) -> None:
    incident = relevant(text, lang, "2025-03-12").incidents[0]
    assert incident.injured is not None and incident.injured.best == 14


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Un manifestante murió tras recibir el impacto de una bomba lacrimógena en Quito.", "es"),
        ("Um manifestante morreu atingido por uma bomba de gás em Belém na segunda-feira.", "pt"),
    ],
)
def test_a_tear_gas_grenade_is_the_agents_means(text: str, lang: str) -> None:
    incident = relevant(text, lang, "2025-03-12").incidents[0]
    assert incident.killed is not None and incident.killed.best == 1


def test_charged_with_a_crime_is_no_charge_on_a_crowd() -> None:
    text = "Police charged the driver with murder in Leeds on Saturday. Seven people were injured."
    assert not extracted(text, "en", "2025-03-10").relevance.relevant


def test_an_operation_told_by_its_patrol_cars() -> None:
    text = (
        "No sábado, 6 de abril, uma nova ação, desta vez com três viaturas da PM, terminou com a "
        "morte do trabalhador rural Mauro Teixeira, de 31 anos, em Marabá."
    )
    incident = relevant(text, "pt", "2024-04-10").incidents[0]
    assert incident.killed is not None and incident.killed.best == 1


@pytest.mark.parametrize(
    "text",
    [
        "Two men were shot dead on Harbour Road as police tried to push the marchers back.",
        "Two men were hit by live bullets on Harbour Road, near the bus depot, as police in "
        "riot gear tried to clear the junction. Both died in hospital.",
    ],
)
def test_a_shot_with_no_shooter_as_police_moved_on_the_crowd(text: str) -> None:
    result = relevant(f"{text} It happened in Mombasa on Tuesday.", "en", "2025-03-13")
    assert result.incidents[0].killed is not None
    assert result.incidents[0].killed.best == 2


def test_a_spanish_regional_police_is_a_force() -> None:
    text = (
        "El domingo 2 de marzo, agentes de los Mossos d'Esquadra dispararon balas de foam contra "
        "los manifestantes en Girona y tres personas resultaron heridas."
    )
    incident = relevant(text, "es", "2025-03-05").incidents[0]
    assert any(force.unit == "Mossos d'Esquadra" for force in incident.forces)


# --- no case -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Correction. An article published on Monday stated that a fan was struck by a police "
            "baton outside the stadium in Carlisle. This was wrong: CCTV shows he was hit by a "
            "bottle thrown by rival supporters.",
            "en",
        ),
        (
            "En la nota publicada el lunes informamos que un manifestante fue herido por perdigones "
            "disparados por la policía en Colón. Esa información es incorrecta: el joven se cayó "
            "de una motocicleta.",
            "es",
        ),
        (
            "Diferentemente do que o jornal publicou no domingo, o estudante não foi atingido por "
            "bala de borracha disparada pela PM em Sobral. Ele se feriu com um rojão. Lamentamos o "
            "erro.",
            "pt",
        ),
    ],
)
def test_a_correction_of_the_outlets_own_report_is_no_case(text: str, lang: str) -> None:
    assert not extracted(text, lang, "2024-07-02").relevance.relevant


@pytest.mark.parametrize(
    "text",
    [
        "No one was reported hurt by the tear gas.",
        "None of these injuries were caused by officers.",
        "Além do estudante, ninguém mais foi atendido por ferimentos ligados ao protesto.",
    ],
)
def test_harm_denied_is_no_harm(text: str) -> None:
    assert not harms_someone(without_denials(text))


@pytest.mark.parametrize(
    "text",
    [
        "Police formed a cordon on the bridge in Novi Sad on Tuesday. The ministry says no officers "
        "used batons, tear gas or other means of coercion. Six marchers were hurt by men from the "
        "camp.",
        "The union marched to the ministry in Mbabane on Thursday. We are thankful that neither "
        "tear gas nor the water cannon was used. Nobody was arrested.",
    ],
)
def test_force_said_not_used_is_no_case(text: str) -> None:
    assert not extracted(text, "en", "2025-04-09").relevance.relevant


def test_force_denied_then_other_force_after_but_is_still_a_case() -> None:
    text = (
        "In Eldoret on Tuesday, police did not use live ammunition, but officers with batons "
        "charged crowds in Langas. Twelve people were injured."
    )
    assert extracted(text, "en", "2026-03-12").relevance.relevant


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            'A plataforma contabilizou "pelo menos 278 mortos, na sua maioria baleados pela '
            'polícia, desde 21 de outubro".',
            "pt",
        ),
        (
            "During the unrest of 2021, at least 46 people were killed by the security forces, "
            "according to rights groups.",
            "en",
        ),
        (
            "For context: more than 50 people were killed by police during the agitation of "
            "2015-16.",
            "en",
        ),
        (
            "The report does not say how many protesters were killed by the security forces in "
            "Baghdad.",
            "en",
        ),
    ],
)
def test_totals_and_unknowns_are_no_case(text: str, lang: str) -> None:
    assert not extracted(text, lang, "2025-02-25").relevance.relevant


# --- cases kept apart ----------------------------------------------------------------------------

_TWO_TOWNS_ONE_HEADING = """Paro en el Cauca: un muerto en Popayán y heridos en Santander de Quilichao

Popayán, 15 oct.- Un joven de 20 años murió el martes en Popayán cuando agentes de la UNDMO dispararon contra los manifestantes que bloqueaban la vía Panamericana.

QUILICHAO: GASES EN EL PUENTE

La misma tarde, en Santander de Quilichao, la Policía disparó gases y perdigones contra la minga y 11 comuneros resultaron heridos, según el CRIC.
"""


def test_a_towns_heading_between_two_cases_keeps_them_apart() -> None:
    places = {i.place for i in relevant(_TWO_TOWNS_ONE_HEADING, "es", "2025-10-15").incidents}
    assert places == {"Popayán", "Santander de Quilichao"}


def test_a_countrys_heading_is_a_releases_headline_not_a_case() -> None:
    text = (
        "Especialistas de la ONU condenaron el martes la operación policial en Caracas del 3 de "
        "mayo, en la que murieron ocho personas.\n\n"
        "VENEZUELA: EXPERTOS PIDEN UNA INVESTIGACIÓN\n\n"
        "Los agentes de la PNB mataron a ocho jóvenes en el barrio La Vega, según los expertos."
    )
    assert len(relevant(text, "es", "2025-05-10").incidents) == 1


_TWO_SECTIONS = """Police shot dead at least five people in two cities this week, Justica Agora said.

Beira, Munhava neighbourhood - Wednesday 6 November
Officers of the riot unit fired live rounds at residents who had blocked the main road. Two people were killed and 11 were wounded.

Chimoio, Bairro 4 - Thursday 7 November
Police fired on a crowd outside the district office in Chimoio. Three people were killed.
"""


def test_sections_headed_by_place_dash_day_and_the_ledes_sum_is_no_case() -> None:
    incidents = relevant(_TWO_SECTIONS, "en", "2024-11-08").incidents
    assert [(i.date, i.killed.best if i.killed else None) for i in incidents] == [
        ("2024-11-06", 2),
        ("2024-11-07", 3),
    ]


_DAYS_APART = """Police fired rubber bullets at supporters of an opposition candidate at the Mbogo grounds on Wednesday, injuring at least 20 people in Kawempe.

Two days earlier in Masaka city, a reporter was beaten by soldiers as she filmed them.
"""


def test_a_scene_shifted_by_days_after_an_unknown_scene_is_another_case() -> None:
    incidents = relevant(_DAYS_APART, "en", "2025-11-14").incidents
    assert len(incidents) == 2
    assert "Masaka" in {i.place for i in incidents}


def test_a_ledes_risen_toll_is_the_toll_of_the_case_told_after_it() -> None:
    text = (
        "PALU, Sept 9 (Newswire) - The death toll from a crush at a football ground in Palu rose "
        "to six on Monday after a boy died in hospital, as rights groups asked why police fired "
        "tear gas into the stands.\n\nPolice fired tear gas inside the Palu ground on Saturday "
        "night after home fans ran onto the pitch. Six people died in the crush that followed "
        "and 30 were injured."
    )
    incidents = relevant(text, "en", "2025-09-09").incidents
    assert [(i.date, i.killed.best if i.killed else None) for i in incidents] == [("2025-09-06", 6)]


def test_an_older_disasters_dead_are_not_the_cases() -> None:
    text = (
        "Police fired tear gas inside the stadium in Malang on Saturday, and two fans died in the "
        "crush. The national police had banned the practice after a 2022 stadium disaster in "
        "which more than 130 people died."
    )
    incident = relevant(text, "en", "2025-09-09").incidents[0]
    assert incident.killed is not None and incident.killed.best == 2


# --- the round's dev reports -------------------------------------------------------------------

_DEV_CASES: dict[str, tuple[str, ...]] = {
    "en_styles_r37.jsonl": ("en854",),
    "es_styles_r37.jsonl": ("es560",),
    "pt_styles_r37.jsonl": ("pt568",),
}
_DEV_NOT_RELEVANT: dict[str, tuple[str, ...]] = {
    "en_styles_r37.jsonl": ("en835", "en840", "en844", "en855", "en857", "en859"),
    "pt_styles_r37.jsonl": ("pt563", "pt574"),
}


@pytest.mark.parametrize("item", dev_items(_DEV_CASES), ids=item_id)
def test_round_dev_reports_tell_each_case_on_its_day(item: EvalItem) -> None:
    """Each gold case on its day, no more cases than the gold's."""
    dates = sorted(i.date or "" for i in item.extract().incidents)
    assert dates == sorted(i.date or "" for i in item.gold.incidents)


@pytest.mark.parametrize("item", dev_items(_DEV_NOT_RELEVANT), ids=item_id)
def test_round_dev_look_alikes_are_not_relevant(item: EvalItem) -> None:
    assert not item.extract().relevance.relevant
