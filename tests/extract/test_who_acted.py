"""Who acted for the state (issue 6, round 32): an agent's title that is someone's past ("un
suboficial retirado", "a retired trooper", "subtenente reformado da PM") or a pretence ("a bogus
'officer'", "bail agents", "falsos policías", "disfarçados de policiais") names no serving agent;
an agent made known only after the harm ("The man who shot the courier ... is an off-duty
corrections officer", "El conductor que mató al motoconchista resultó ser un sargento", "O homem
que matou o entregador é um policial penal") is the one who acted; agents who rescued someone
from a mob did not harm him. The day someone told of the harm or confirmed it is not the
harm's; a street after a block number, and a place named once after a locative, are no one
harmed.

Each text is the project's own, written in the shapes the round's dev halves showed failing."""

from __future__ import annotations

import pytest

import forcewatch
from forcewatch.eval.gold import EvalItem
from tests.extract.dev_reports import dev_items, item_id
from tests.extract.helpers import agency_kinds, agents_harm

# --- no serving agent: a past or a pretence ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Un suboficial retirado mató a su vecino durante una discusión por la música.", "es"),
        ("Un policía jubilado hirió de un disparo al cuñado de su vecino.", "es"),
        ("Um subtenente reformado da Polícia Militar matou um pedreiro num bar.", "pt"),
        ("Um policial aposentado matou o vizinho depois de uma briga no bar.", "pt"),
        ("A retired trooper shot a driver after a crash on Route 30.", "en"),
        ("Bail agents shoot man at east Tulsa motel", "en"),
        ("Bail enforcement agents shot a man in the parking lot of a motel.", "en"),
        ("Los falsos policías golpearon al comerciante y se llevaron su camioneta.", "es"),
        ("Homens disfarçados de policiais mataram o comerciante dentro da loja.", "pt"),
        ("Dos hombres que se hacían pasar por agentes mataron al taxista en la ruta.", "es"),
        ("A man posing as a police officer shot a motorist at a fake roadblock.", "en"),
    ],
)
def test_a_title_that_is_a_past_or_a_pretence_names_no_agent(text: str, lang: str) -> None:
    assert not agents_harm(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Deputies shot a driver after a crash on Route 30.", "en"),
        ("Un suboficial mató a su vecino durante un allanamiento.", "es"),
        ("Um subtenente da Polícia Militar matou um pedreiro durante uma abordagem.", "pt"),
        ("Los policías golpearon al comerciante y se llevaron su camioneta.", "es"),
    ],
)
def test_the_same_title_serving_is_still_an_agent(text: str, lang: str) -> None:
    assert agents_harm(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Un hombre murió quemado y otro fue rescatado con vida por agentes de la Policía "
            "Nacional Civil luego de que una turba los capturara.",
            "es",
        ),
        (
            "Um homem morreu espancado e outro foi resgatado com vida por policiais militares "
            "depois que moradores os amarraram.",
            "pt",
        ),
    ],
)
def test_the_agents_who_rescued_a_victim_did_not_harm_him(text: str, lang: str) -> None:
    assert "passive" not in agency_kinds(text, lang)


# --- the agent made known after the harm -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "The man who shot a courier outside a bar on Friday night is an off-duty "
            "corrections officer, the sheriff said.",
            "en",
        ),
        (
            "The driver who ran over a protester at the gate was identified as a state trooper.",
            "en",
        ),
        (
            "El conductor que mató de dos disparos a un motoconchista tras un choque leve "
            "resultó ser un sargento de la Dirección de Tránsito.",
            "es",
        ),
        ("El hombre que hirió al vendedor en el mercado es agente de la policía municipal.", "es"),
        (
            "O homem que matou a tiros o entregador depois de uma discussão de trânsito é um "
            "policial penal do Estado.",
            "pt",
        ),
        ("O atirador que feriu o motoboy era um guarda municipal de folga.", "pt"),
    ],
)
def test_an_agent_made_known_after_the_harm_acted(text: str, lang: str) -> None:
    assert "act" in agency_kinds(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The man who shot the courier was arrested by police on Saturday.", "en"),
        ("The man who killed the deputy was a former soldier.", "en"),
        ("El hombre que mató al vecino fue detenido por agentes de la comisaría.", "es"),
        ("O homem que matou o entregador é um policial aposentado.", "pt"),
    ],
)
def test_who_arrested_the_killer_or_a_former_agent_is_not_who_acted(text: str, lang: str) -> None:
    assert "act" not in agency_kinds(text, lang)


# --- the day someone spoke of it, and names that are places --------------------------------


@pytest.mark.parametrize(
    ("said", "lang"),
    [
        (
            '"He was not charging at anybody, and they shot him in his own doorway," she told '
            "Valley 9 News on Thursday.",
            "en",
        ),
        ("His brother told reporters on Thursday that the deputy shot him.", "en"),
        ("On Thursday the sheriff's office confirmed that the deputy shot him.", "en"),
    ],
)
def test_the_day_someone_spoke_of_the_harm_is_not_its_day(said: str, lang: str) -> None:
    # (the saying repeats the harm: its day is still the one the harm's own paragraph gives)
    text = (
        "SAN ANTONIO - The son of a 58-year-old man shot and killed by a deputy says his father "
        "held a cane, not a machete.\n\nRaymond Ortiz died Tuesday morning in the doorway of "
        f"his apartment.\n\n{said}"
    )
    result = forcewatch.extract(text, lang=lang, published="2024-02-09")
    assert [m.date for m in result.incidents] == ["2024-02-06"]


@pytest.mark.parametrize(
    "text",
    [
        "On Saturday police shot a man who witnesses said was unarmed in Tulsa.",
        "On Saturday, soldiers shot dead a man at a checkpoint in Tulsa, the army said.",
    ],
)
def test_the_day_before_the_agents_act_and_its_teller_is_the_acts(text: str) -> None:
    result = forcewatch.extract(text, lang="en", published="2025-02-12")
    assert [m.date for m in result.incidents] == ["2025-02-08"]


def test_the_day_of_the_harm_told_before_who_confirmed_it_is_the_harms() -> None:
    text = "On Saturday soldiers shot dead a man at a checkpoint in Mucojo, the army confirmed."
    result = forcewatch.extract(text, lang="en", published="2025-02-12")
    assert [m.date for m in result.incidents] == ["2025-02-08"]


def test_a_street_after_a_block_number_is_no_one_killed() -> None:
    text = (
        "Raymond Ortiz, 58, was shot and killed by a deputy on Tuesday in the 4200 block of "
        "Cantera Loop on the Southeast Side of San Antonio."
    )
    result = forcewatch.extract(text, lang="en", published="2024-02-08")
    assert [m.killed.best if m.killed else None for m in result.incidents] == [1]
    assert all(p.name != "Cantera Loop" for m in result.incidents for p in m.people)


def test_a_place_named_once_after_a_locative_is_a_place_wherever_the_page_names_it() -> None:
    text = (
        "Windward Pen residents say the man shot dead by soldiers on Saturday night was "
        "kneeling when he was killed.\n\n"
        "Two days after the killing in Windward Pen, on Monday, a soldier at a checkpoint in "
        "May Pen fired at a taxi, hitting a passenger in the shoulder."
    )
    result = forcewatch.extract(text, lang="en", published="2024-10-03")
    assert all(p.name != "Windward Pen" for m in result.incidents for p in m.people)
    assert [m.killed.best if m.killed else None for m in result.incidents][-1] is None


# --- forces by their own names ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Massingir: jovem morto e primo ferido por fiscais do Parque Nacional do Limpopo", "pt"),
        ("Os fiscais ambientais balearam um pescador na margem do rio.", "pt"),
        ("Los guardaparques golpearon a dos recolectores de leña en la reserva.", "es"),
        ("La Prefectura Naval hirió a un pescador frente a la costa de Itatí.", "es"),
        ("The JDF shot dead a man in Windward Pen on Saturday night.", "en"),
        ("The RCMP beat a man in the Igloolik cells, his family says.", "en"),
    ],
)
def test_wardens_and_units_by_their_own_names_are_agents(text: str, lang: str) -> None:
    assert agents_harm(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Os fiscais da prefeitura multaram um vendedor ambulante na praça.", "pt"),
        (
            "Os fiscais da Receita apreenderam a carga e o motorista foi baleado por assaltantes.",
            "pt",
        ),
    ],
)
def test_other_fiscais_are_no_agents(text: str, lang: str) -> None:
    assert not agents_harm(text, lang)


# --- the round's dev reports -----------------------------------------------------------------

_DEV_RELEVANT: dict[str, tuple[str, ...]] = {
    "es_styles_r32.jsonl": ("es491",),
    "pt_styles_r32.jsonl": ("pt486",),
}


@pytest.mark.parametrize("item", dev_items(_DEV_RELEVANT), ids=item_id)
def test_round_dev_reports_whose_agent_is_made_known_late_are_relevant(item: EvalItem) -> None:
    result = item.extract()
    assert result.relevance.relevant
    assert [m.killed.best if m.killed else None for m in result.incidents] == [1]
