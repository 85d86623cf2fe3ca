"""How many cases (issue 6, round 31): a paragraph that opens on another day or on a shift in
time, in another place, tells a case of its own, and a day that only says when the harm was
reported tells none; harm that went unrecognised, so that its case was lost: the agents' act told
after what befell them for it ("an officer was charged after fatally shooting a teenager"), a toll
told before the state's weapon, someone hit by the agents' munition; and what is not the agents'
act: a claim said not to be made, a shooting after the agents were cleared of it.

Each text is the project's own, written in the shapes the round's dev halves showed failing."""

from __future__ import annotations

import pytest

import forcewatch
from forcewatch.eval.gold import EvalItem
from tests.extract.dev_reports import assert_cases_found, assert_look_alike, dev_items, item_id
from tests.extract.helpers import agency_kinds, agents_harm

# --- the agents' act after what befell them for it -------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("A police constable was suspended on Friday after fatally shooting a cyclist.", "en"),
        ("Two soldiers have been detained after beating a shopkeeper to death in Kano.", "en"),
        ("A French gendarme was in custody after shooting dead a delivery rider.", "en"),
        ("Un agente de la Guardia Civil fue detenido tras matar a un temporero en Lepe.", "es"),
        ("Dos militares quedaron presos después de haber baleado a un campesino.", "es"),
        ("Um policial militar foi afastado depois de matar um entregador em Osasco.", "pt"),
        ("O sargento foi preso após atirar em um adolescente na porta de casa.", "pt"),
    ],
)
def test_the_agents_act_told_after_what_befell_them_for_it(text: str, lang: str) -> None:
    assert agents_harm(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # the agents are the object of a by-phrase: the gerund is the suspect's
        ("The gunman was shot by officers after killing two neighbours.", "en"),
        ("El asaltante fue abatido por los policías tras matar a un cajero.", "es"),
        ("O assaltante foi morto pelos policiais após matar um vigia.", "pt"),
        # the agents report someone else's arrest
        ("Police said a farmer was arrested after shooting a neighbour.", "en"),
        # the one harmed is an agent
        ("A soldier was arrested after killing a fellow soldier at the barracks.", "en"),
    ],
)
def test_a_gerund_whose_subject_is_not_the_agents_is_not_their_act(text: str, lang: str) -> None:
    assert "act" not in agency_kinds(text, lang)


def test_an_officer_charged_after_a_shooting_is_a_case_with_its_dead() -> None:
    text = (
        "A police constable has been charged with murder after fatally shooting a 17-year-old "
        "at a traffic stop in Leeds on Saturday night, prosecutors said on Tuesday."
    )
    result = forcewatch.extract(text, lang="en", published="2025-05-13")
    assert result.relevance.relevant
    assert [(m.date, m.admin1) for m in result.incidents] == [("2025-05-10", "GB-ENG")]
    assert result.incidents[0].killed is not None and result.incidents[0].killed.best == 1


# --- a paragraph on another day, in another place ----------------------------------------------


def test_a_paragraph_on_another_day_in_another_town_is_a_case_of_its_own() -> None:
    text = (
        "On Thursday 6 March, hundreds of nurses marched to the health ministry in Kisumu. Riot "
        "police fired tear gas and beat marchers with batons; eleven nurses were treated for "
        "injuries.\n\n"
        "On Friday 7 March, nurses in Kakamega blocked the road outside the county hospital in "
        "support of their colleagues. Officers beat at least four of them while clearing the "
        "road."
    )
    result = forcewatch.extract(text, lang="en", published="2025-03-09")
    assert sorted((m.date, m.place) for m in result.incidents) == [
        ("2025-03-06", "Kisumu"),
        ("2025-03-07", "Kakamega"),
    ]


def test_the_same_town_on_the_next_day_stays_one_case() -> None:
    # the wounded man's death told on its own day, where he was shot: the same event
    text = (
        "On Saturday 12 April, police officers fired on a minibus at a checkpoint in Machakos, "
        "wounding the driver and two passengers.\n\n"
        "On Sunday 13 April, the driver died of his wounds at the hospital in Machakos, his "
        "family said."
    )
    result = forcewatch.extract(text, lang="en", published="2025-04-15")
    assert len(result.incidents) == 1


# --- the toll told before the means that caused it ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Four farmers were killed when an air strike hit a grain store outside Dila.", "en"),
        ("At least nine people were killed and 30 wounded when a drone strike hit a bus.", "en"),
        ("Dos menores murieron cuando un bombardeo alcanzó la escuela de la vereda.", "es"),
        ("Três manifestantes ficaram feridos quando balas de borracha atingiram o grupo.", "pt"),
    ],
)
def test_the_toll_told_before_the_states_means_in_a_clause_of_time(text: str, lang: str) -> None:
    assert agents_harm(text, lang)


def test_a_toll_before_a_means_of_no_state_is_no_act() -> None:
    assert not agents_harm("Two guards were killed when a rebel drone hit the depot.", "en")


# --- the agents named only to be cleared ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "We are not saying the police killed him, but the chase scared him, his uncle said.",
            "en",
        ),
        ("No estamos diciendo que los policías lo mataron, pero lo persiguieron.", "es"),
        ("Não estamos dizendo que os policiais mataram ele, disse o tio.", "pt"),
    ],
)
def test_a_claim_said_not_to_be_made_is_no_act(text: str, lang: str) -> None:
    assert not agents_harm(text, lang)


def test_a_shooting_after_the_agents_were_cleared_of_it_is_not_theirs() -> None:
    text = (
        "Our volunteers counted four people shot dead in a feud between two gangs. As far as we "
        "know, no one was shot by the police this week. The violence began near the clinic on "
        "Friday. Two brothers were shot dead at the bus stop."
    )
    result = forcewatch.extract(text, lang="en", published="2025-08-11")
    assert not result.relevance.relevant, result.relevance.evidence


# --- hit by the agents' munition -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("A nurse was struck on the temple by a tear gas canister and fell unconscious.", "en"),
        (
            "El dirigente fue alcanzado en la cabeza por un bote de gas y recibió doce puntadas.",
            "es",
        ),
        ("O estudante foi atingido no olho por uma bala de borracha.", "pt"),
    ],
)
def test_someone_hit_by_a_states_munition_is_harmed_by_it(text: str, lang: str) -> None:
    assert agents_harm(text, lang)


def test_a_thing_hit_by_a_munition_is_no_oneagents_harm() -> None:
    assert not agents_harm("The taxi was hit by a gas canister outside the depot.", "en")


# --- the day it was told of is no other case ----------------------------------------------------


def test_a_release_on_the_next_day_tells_the_same_case() -> None:
    text = (
        "Officers shot two men outside a rooming house in Hamilton late last night, killing one "
        "of them, the province's police watchdog said.\n\n"
        "In a news release Saturday morning, the watchdog said that officers shot two men "
        "inside and just outside the building."
    )
    result = forcewatch.extract(text, lang="en", published="2024-03-09")
    assert [m.date for m in result.incidents] == ["2024-03-08"]


# --- the round's dev reports -----------------------------------------------------------------

_DEV_LOOK_ALIKES: dict[str, tuple[str, ...]] = {"en_styles_r31.jsonl": ("en667",)}


@pytest.mark.parametrize("item", dev_items(_DEV_LOOK_ALIKES), ids=item_id)
def test_round_dev_look_alikes_are_not_relevant(item: EvalItem) -> None:
    assert_look_alike(item)


_DEV_CASES: dict[str, tuple[str, ...]] = {
    "en_styles_r31.jsonl": ("en656",),
    "en_styles_r11.jsonl": ("en79_",),
}


@pytest.mark.parametrize("item", dev_items(_DEV_CASES), ids=item_id)
def test_round_dev_cases_each_found_on_its_day_in_its_region(item: EvalItem) -> None:
    assert_cases_found(item)


def test_a_paragraph_on_the_next_day_in_another_town_of_a_release_is_its_own_case() -> None:
    # en317 (round 20, dev half): Sulaymaniyah on 14 December, Ranya on 15 December
    (item,) = dev_items({"en_styles_r20.jsonl": ("en317",)})
    result = item.extract()
    assert sorted(m.date for m in result.incidents) == ["2025-12-14", "2025-12-15"]
