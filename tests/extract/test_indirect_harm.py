"""Harm told indirectly, local newsroom idiom and short forms (issue 6, round 24): the dead
counted by their bodies after a raid, the agents' own claim of a kill, deaths in holding cells, a
lede that tells two cases, another case opened by a sentence with no agent in it; police-release
wording ("discharged his weapon"), cases told as "the first" and "the second incident", an agent
among the dead; and the look-alikes of the same words: a verdict on a constable's killing, a
year's figures, a patrol car in a road crash, gangs firing at each other.

Each text is the project's own, written in the shapes the round's dev halves showed failing."""

from __future__ import annotations

import pytest

import forcewatch
from forcewatch.eval.gold import EvalItem
from forcewatch.extractor import lexicon as lx
from forcewatch.extractor.agency import harms_someone
from forcewatch.extractor.counts import find_single_counts
from forcewatch.extractor.places.gazetteer import default_gazetteer
from tests.extract.dev_reports import assert_look_alike, dev_items, item_id
from tests.extract.helpers import agency_kinds, killed

# --- places -------------------------------------------------------------------------------------


def test_a_name_the_report_gives_an_armed_group_is_no_place() -> None:
    text = (
        "Tilahun Bekele, a trader from Injibara, was detained on 4 May after Fano fighters "
        "ambushed a convoy. Police accused him of sending money to Fano."
    )
    found = [h.text for h in default_gazetteer().find(text, "en")]
    assert "Injibara" in found and "Fano" not in found


def test_a_town_of_the_reports_country_stays_beside_a_group_named_after_it() -> None:
    text = (
        "Israeli forces raided Jenin in the West Bank on Monday. Jenin fighters fired at the "
        "troops from a rooftop."
    )
    assert [h.text for h in default_gazetteer().find(text, "en")].count("Jenin") == 2


# --- harm ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "harm"),
    [
        ("By evening, four bodies had been lined up outside the clinic.", True),
        ("Los vecinos contaron tres cuerpos junto al río.", True),
        ("Two other bodies, the ombudsman and the police board, will review the case.", False),
        ("Three oversight bodies asked for the footage.", False),
    ],
)
def test_the_dead_counted_by_their_bodies(text: str, harm: bool) -> None:
    # a count right before "bodies" is the dead; "other" or "oversight" bodies are institutions
    assert harms_someone(text) is harm


def test_a_raid_then_the_bodies_laid_out_is_the_agents_harm() -> None:
    text = (
        "Troops stormed the farm at first light. Neighbours heard shouting and then gunfire. "
        "By midday, five bodies had been laid out under the mango trees."
    )
    assert "context" in agency_kinds(text, "en")


@pytest.mark.parametrize(
    ("text", "told"),
    [
        ("The army said four insurgents were neutralised near Gwoza on Friday.", True),
        (
            'A police spokesman said "two armed robbers were neutralised" at the checkpoint.',
            True,
        ),
        ("Police said three suspects were killed by a rival gang in the market.", False),
        ("Police said two bandits were killed when villagers set upon them.", False),
        ("The army said three soldiers were killed in the ambush.", False),
    ],
)
def test_the_agents_own_claim_of_a_kill(text: str, told: bool) -> None:
    assert ("context" in agency_kinds(text, "en")) is told


@pytest.mark.parametrize(
    "text",
    [
        "A 31-year-old mechanic was found dead in a holding cell at the Mamelodi police station.",
        "His family was told he had collapsed in the lockup and died before dawn.",
    ],
)
def test_deaths_in_holding_cells_and_lockups(text: str) -> None:
    assert agency_kinds(text, "en") & {"context", "passive"}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Una joven de 17 años resultó herida durante el desalojo de una fiesta en el barrio "
            "San Miguel.",
            "es",
        ),
        (
            "Um adolescente de 15 anos foi atingido no ombro durante a dispersão de um baile no "
            "bairro Jaderlândia.",
            "pt",
        ),
    ],
)
def test_harm_during_the_dispersal_of_a_gathering(text: str, lang: str) -> None:
    # (in Portuguese "no ombro", "no bairro": "no" is "in the", not a denial)
    assert "context" in agency_kinds(text, lang)


def test_a_denied_operation_in_portuguese_stays_denied() -> None:
    assert "context" not in agency_kinds("A PM disse que não houve troca de tiros no bairro.", "pt")


# --- look-alikes --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # a verdict whose victim is the constable
        (
            "The court found the two men guilty of the killing of Sergeant Joseph Waweru, who was "
            "shot at a roadblock in 2023.",
            "en",
        ),
        # the assailants' shots; the agents never drew their weapons
        (
            "Dos hombres en moto dispararon contra los custodios. Los custodios no alcanzaron a "
            "desenfundar sus armas. Uno murió en el lugar.",
            "es",
        ),
        # the robber saw the officer's gun and fired
        (
            "O assaltante viu a arma do policial e atirou duas vezes. O cabo morreu no local.",
            "pt",
        ),
    ],
)
def test_agents_as_the_victims_are_not_their_harm(text: str, lang: str) -> None:
    assert not agency_kinds(text, lang) & {"act", "passive", "context"}


def test_portuguese_no_before_the_agents_fire_is_in_the() -> None:
    # "chegaram no local e atiraram": "no" is "in the", the agents did fire
    text = "Os policiais chegaram no local e atiraram. Um rapaz de 19 anos morreu no local."
    assert "passive" in agency_kinds(text, "pt")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Un motociclista murió tras un choque entre su moto y una patrulla de la Policía.", "es"),
        (
            "Two pedestrians died after a collision between a minibus and a police truck.",
            "en",
        ),
        ("Um motorista morreu num acidente de trânsito com uma viatura da PM.", "pt"),
    ],
)
def test_a_patrol_car_in_a_road_crash_is_no_force(text: str, lang: str) -> None:
    result = forcewatch.extract(text, lang=lang, published="2026-02-02")
    assert not result.relevance.relevant, result.relevance.evidence


@pytest.mark.parametrize(
    "text",
    [
        "Police in Kano killed 64 suspected robbers in 2025, according to data the state "
        "command presented to lawmakers on Tuesday.",
        "La Policía presentó su balance de 2025: 22 abatidos en enfrentamientos.",
        "The watchdog recorded 48 deaths as a result of police action in the 2024/25 financial "
        "year.",
    ],
)
def test_a_years_figures_are_no_incident(text: str) -> None:
    lang = "es" if "Policía" in text else "en"
    result = forcewatch.extract(text, lang=lang, published="2026-01-15")
    assert not result.relevance.relevant, result.relevance.evidence


def test_a_fraction_of_all_the_harmed_is_a_statistic() -> None:
    assert lx.STATISTIC.search("A quarter of those shot by officers die.")
    assert lx.STATISTIC.search("Un tercio de los muertos eran menores.")
    assert not lx.STATISTIC.search("Lo golpearon en un cuarto de los calabozos.")


# --- counts and cases ---------------------------------------------------------------------------


def test_gunned_down_counts_the_dead() -> None:
    text = "Four suspected kidnappers were gunned down by police near Okene on Saturday night."
    result = forcewatch.extract(text, lang="en", published="2026-03-02")
    assert killed(result) == [4]


def test_the_dead_identified_by_name_with_their_nicknames() -> None:
    text = (
        'Los occisos fueron identificados como Marvin Josué Pineda Cruz, alias "el Gato", y '
        "Kevin Adán Ruiz, de 22 años."
    )
    assert [c.number.best for c in find_single_counts(text)] == [2]


def test_a_lede_that_tells_two_cases_counts_the_first_alone() -> None:
    text = (
        "Police shot dead a street vendor in Pasay on Monday night, his family said, as another "
        "operation in Caloocan left three suspects dead on Tuesday."
    )
    result = forcewatch.extract(text, lang="en", published="2026-03-04")
    assert killed(result)[:1] == [1]


def test_another_case_opened_by_a_sentence_without_its_agents() -> None:
    text = (
        "Dos hombres murieron la madrugada del domingo en un intercambio de disparos con una "
        "patrulla en el sector Gurabo.\n\n"
        "En otro hecho, una mujer resultó herida el pasado miércoles 11 en el barrio Los Pepines. "
        "Se trata de Ana Luisa Reyes, de 40 años. Un agente le disparó cuando cruzaba la calle."
    )
    result = forcewatch.extract(text, lang="es", published="2026-03-16")
    assert [m.date for m in result.incidents] == ["2026-03-15", "2026-03-11"]


def test_another_case_registered_in_portuguese() -> None:
    text = (
        "Dois homens morreram na madrugada desta terça-feira (10) após troca de tiros com a PM "
        "no bairro Cabanagem.\n\n"
        "No sábado à noite, outro caso envolvendo policiais foi registrado em Icoaraci. Uma "
        "mulher de 30 anos foi atingida na perna durante a dispersão de uma festa."
    )
    result = forcewatch.extract(text, lang="pt", published="2026-03-10")
    assert [m.date for m in result.incidents] == ["2026-03-10", "2026-03-07"]


def test_the_sentence_that_says_when_it_happened_dates_the_case() -> None:
    text = (
        "Un hombre murió por disparos de militares en una zona rural de San Pedro, informaron "
        "este viernes fuentes oficiales. El hecho ocurrió el miércoles pasado en la colonia "
        "Santa Rosa."
    )
    result = forcewatch.extract(text, lang="es", published="2026-05-08")
    assert [m.date for m in result.incidents] == ["2026-05-06"]


# --- round 25: short forms (local news in press-release wording, wire briefs, crime briefs) ------


@pytest.mark.parametrize(
    "text",
    [
        "A deputy discharged his service weapon, and the driver was struck in the shoulder.",
        "Two people were seriously injured during encounters with police in Halifax this week.",
        "The 40-year-old was found to have a fractured wrist, which he sustained during his "
        "arrest on Friday.",
    ],
)
def test_press_release_wording_tells_the_agents_harm(text: str) -> None:
    assert agency_kinds(text, "en") & {"act", "context"}


def test_a_discharge_that_hit_no_one_is_no_harm() -> None:
    text = (
        "The trooper returned fire, discharging his weapon three times. No one was struck by the "
        "trooper's gunfire, according to court testimony."
    )
    result = forcewatch.extract(text, lang="en", published="2026-02-20")
    assert not result.relevance.relevant, result.relevance.evidence


def test_the_case_told_when_it_happened_after_the_release_day() -> None:
    text = (
        "The watchdog said in a release Thursday that the first happened in Moncton at about "
        "9 p.m. Monday. An officer discharged a firearm and a 29-year-old man was struck in the "
        "arm.\n\n"
        "The second incident happened in Dieppe on Tuesday morning. A woman suffered a broken "
        "wrist during her arrest, the watchdog said."
    )
    result = forcewatch.extract(text, lang="en", published="2026-03-13")
    assert [m.date for m in result.incidents] == ["2026-03-09", "2026-03-10"]


def test_separately_opens_another_case() -> None:
    text = (
        "Police shot and killed a man who was firing a shotgun in a Tulsa neighborhood on "
        "Monday night, police said.\n\n"
        "Separately, a Tulsa County deputy fired a beanbag round at a man in Sand Springs. He "
        "was treated at a hospital for minor injuries."
    )
    result = forcewatch.extract(text, lang="en", published="2026-04-10")
    assert len(result.incidents) == 2


def test_department_figures_are_a_statistic() -> None:
    assert lx.STATISTIC.search(
        "Officers shot seven people in 2025, two of them fatally, according to department figures."
    )
    assert not lx.STATISTIC.search("Según datos de la Policía, el agente disparó dos veces.")


def test_a_death_in_the_lockup_told_in_a_brief() -> None:
    text = (
        "A 30-year-old labourer held on a theft complaint died in the lock-up of the City police "
        "station on Monday night, his family said."
    )
    assert agency_kinds(text, "en") & {"context", "passive"}
    # (a rule's case is none: "the duty to inform relatives when a person dies in police custody")
    assert not agency_kinds("Families must be told when a person dies in police custody.", "en")


def test_the_headlines_place_when_the_text_names_none_but_the_dateline() -> None:
    html = (
        "<html><head><title>Man dies in police custody in Sukkur</title></head><body>"
        "<h1>Man dies in police custody in Sukkur</h1>"
        "<p>KARACHI, March 3 (APP): A 28-year-old man arrested on suspicion of theft died in "
        "the lock-up of the B-Section police station on Sunday night, his brother said.</p>"
        "<p>Police said he complained of chest pain and was taken to hospital, where he was "
        "pronounced dead. The family said the body bore marks of torture.</p></body></html>"
    )
    result = forcewatch.extract(html, lang="en", published="2026-03-03")
    assert [(m.place, m.admin1) for m in result.incidents] == [("Sukkur", "PK-SD")]


def test_an_agent_among_the_dead_told_in_a_sentence_of_its_own() -> None:
    text = (
        "Six people died on Tuesday when police fired live rounds to disperse protesters in "
        "Ilorin, residents said. One of the dead was a police sergeant who was hit by a stone."
    )
    result = forcewatch.extract(text, lang="en", published="2026-07-08")
    counts = [
        (m.killed.best if m.killed else None, m.agents_killed.best if m.agents_killed else None)
        for m in result.incidents
    ]
    assert counts == [(5, 1)]


def test_perus_national_police_tells_the_country() -> None:
    text = (
        "Un presunto delincuente murió tras enfrentarse a agentes de la PNP la noche del lunes en "
        "el sector Alto Trujillo, distrito de El Porvenir."
    )
    result = forcewatch.extract(text, lang="es", published="2026-02-04")
    assert [m.country for m in result.incidents] == ["PE"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Dos jóvenes murieron en un enfrentamiento entre combos en la comuna de Manrique. "
            "Según la Policía Metropolitana, integrantes de los grupos se dispararon desde las "
            "esquinas. Un tercer joven resultó herido.",
            "es",
        ),
        (
            "Homens de uma facção chegaram em dois carros e atiraram contra um grupo numa esquina "
            "do bairro. Houve troca de tiros. Um dos homens morreu no local.",
            "pt",
        ),
    ],
)
def test_gangs_firing_at_each_other_are_no_agents(text: str, lang: str) -> None:
    result = forcewatch.extract(text, lang=lang, published="2025-11-05")
    assert not result.relevance.relevant, result.relevance.evidence


# --- the round's dev-half reports these rules were decided on ------------------------------------

_DEV_LOOK_ALIKES = {
    "en_styles_r24.jsonl": ("en432", "en446"),
    "es_styles_r24.jsonl": ("es362", "es364", "es366"),
    "pt_styles_r24.jsonl": ("pt362",),
    "en_styles_r25.jsonl": ("en460",),
    "es_styles_r25.jsonl": ("es377",),
    "pt_styles_r25.jsonl": ("pt377",),
}


@pytest.mark.parametrize("item", dev_items(_DEV_LOOK_ALIKES), ids=item_id)
def test_round_dev_look_alikes_are_not_relevant(item: EvalItem) -> None:
    assert_look_alike(item)


_DEV_CASES = {
    "en_styles_r24.jsonl": ("en424", "en438"),
    "es_styles_r24.jsonl": ("es359", "es361"),
    "pt_styles_r24.jsonl": ("pt356",),
    "en_styles_r25.jsonl": ("en453", "en455", "en465"),
    "pt_styles_r25.jsonl": ("pt370",),
}


@pytest.mark.parametrize("item", dev_items(_DEV_CASES), ids=item_id)
def test_round_dev_cases_each_found(item: EvalItem) -> None:
    result = item.extract()
    found = {m.date for m in result.incidents}
    assert all(i.date in found for i in item.gold.incidents), (found, item.gold.incidents)
