"""Where it happened (issue 6, round 33): a town whose name several states share is read with
the other places the page names ("a Melbourne hospital" and "a Hamilton car park" lie in
Victoria; "Crown Point" beside "Hamilton" and "Ontario" lies in Ontario); the hospital someone
was taken to ("no Hospital Governador Celso Ramos, em Florianópolis"), the station the agents
came from ("officers from Ahero Police Station") and the division across a boundary ("a pocos
kilómetros del límite con el departamento del Valle") are not the scene; a department's part
("en el norte del Cauca") names the department; a case heading read as "CASO 2." keeps its
line's place. Also the shapes of harm the round's reports told: a death told first and its
person after ("Morreu ..., o motorista ..."), a killing told by its noun ("the fatal shooting
of a 29-year-old man by members of the ... Police Division"), blows someone took ("levou golpes
de cassetete"), a headline's agents as the dead ("Two jawans killed, one hurt"), pellets fired
by a farmer told the sentence before, and soldiers searching boats before a man was shot.

Each text is the project's own, written in the shapes the round's dev halves showed failing."""

from __future__ import annotations

import pytest

import forcewatch
from forcewatch.eval.gold import EvalItem
from tests.extract.dev_reports import dev_items, item_id
from tests.extract.helpers import agents_harm


def _one(text: str, lang: str, published: str = "2025-03-12") -> forcewatch.Mention:
    result = forcewatch.extract(text, lang=lang, published=published)
    assert result.relevance.relevant
    assert len(result.incidents) == 1
    return result.incidents[0]


# --- homonyms read with the page's other places ------------------------------------------------


def test_a_homonym_lies_where_the_other_places_of_the_page_lie() -> None:
    text = (
        "A 41-year-old man is in a Melbourne hospital with head injuries after he was tasered by "
        "police in a Hamilton shopping centre on Friday night. He had driven in from Portland."
    )
    incident = _one(text, "en")
    assert (incident.country, incident.admin1) == ("AU", "AU-VIC")


def test_the_big_city_of_a_name_keeps_its_neighbourhoods() -> None:
    text = (
        "Ontario's police watchdog is investigating after a Hamilton police officer shot and "
        "killed a man in the city's Crown Point neighbourhood on Tuesday."
    )
    incident = _one(text, "en")
    assert (incident.country, incident.admin1) == ("CA", "CA-ON")


# --- places that are not the scene ------------------------------------------------------------


def test_the_hospital_named_with_its_town_is_not_the_scene() -> None:
    text = (
        "Morreu na noite desta terça-feira, no Hospital Governador Celso Ramos, em "
        "Florianópolis, o pedreiro Anderson Luz, de 31 anos, baleado por policiais militares "
        "na madrugada de domingo. Ele foi atingido numa abordagem no bairro Forquilhinhas, em "
        "São José."
    )
    incident = _one(text, "pt", "2025-03-12")
    assert incident.place not in ("Florianópolis", "Governador Celso Ramos")
    assert incident.killed is not None and incident.killed.best == 1


def test_a_hospital_named_for_a_person_then_its_town_is_where_he_was_treated() -> None:
    text = (
        "Una mujer de 52 años sigue internada en el Hospital Dr. Gustavo Fricke de Viña del Mar "
        "con perdigones en las piernas. Fue herida el lunes durante un allanamiento de "
        "Carabineros en la población Santa Julia, en Quilpué."
    )
    incident = _one(text, "es", "2025-03-12")
    assert incident.place != "Viña del Mar"


def test_the_station_the_agents_came_from_is_not_the_scene() -> None:
    text = (
        "On Saturday night three officers from Maseno Police Station came down to the river "
        "bank at Kotieno village, in Seme sub-county. They beat two fishermen with batons, "
        "and one of them died on the bank. The other was driven to Maseno Police Station."
    )
    incident = _one(text, "en", "2025-05-13")
    assert incident.place != "Maseno"


def test_the_division_across_a_boundary_is_not_the_scene() -> None:
    text = (
        "El domingo 6 de octubre un joven campesino murió por disparos de soldados del Ejército "
        "en una vereda de la zona rural del norte del Cauca, a pocos kilómetros del límite con "
        "el departamento del Valle."
    )
    incident = _one(text, "es", "2024-10-14")
    assert (incident.country, incident.admin1) == ("CO", "CO-CAU")


def test_a_case_headed_by_its_number_keeps_the_place_of_its_line() -> None:
    text = (
        "CASO 1. Sábado 5 de octubre de 2024 – vereda La Esperanza, municipio de Caloto\n"
        "El sábado 5 de octubre, agentes de la UNDMO dispersaron a los comuneros con gases y "
        "perdigones. Cuatro comuneros resultaron heridos.\n"
        "CASO 2. Martes 8 de octubre de 2024 – zona rural del sur del Tolima\n"
        "El martes 8 de octubre, un joven campesino murió por disparos de soldados del Ejército "
        "cuando iba en su motocicleta por un camino veredal.\n"
    )
    result = forcewatch.extract(text, lang="es", published="2024-10-14")
    places = {m.date: (m.place, m.admin1) for m in result.incidents}
    assert places["2024-10-08"][1] == "CO-TOL"
    assert places["2024-10-08"][0] != "La Esperanza"


def test_a_town_named_after_ciudad_de_is_no_one_killed() -> None:
    text = (
        "Un hombre resultó herido de bala el lunes por militares cuando cruzaba el río en una "
        "balsa, frente a la ciudad haitiana de Juana Méndez."
    )
    incident = _one(text, "es", "2024-04-03")
    assert incident.killed is None or incident.killed.best == 0
    assert all(p.name != "Juana Méndez" for p in incident.people)


def test_a_body_named_with_a_plural_possessive_is_no_one_killed() -> None:
    text = (
        "On August 22, soldiers opened fire on a fishing boat off Majanji landing site in Busia "
        "district, injuring two fishermen. Leaders of the Lake Victoria Fishers' Welfare "
        "Association said on Wednesday they had recorded 14 fishermen killed since 2023."
    )
    incident = _one(text, "en", "2024-09-05")
    assert all(p.name != "Victoria Fishers" for p in incident.people)


# --- the harm, told in the round's shapes -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Morreu na tarde de domingo, no hospital regional, o motorista Diego Alves, de 24 "
            "anos, baleado por policiais militares na madrugada de sábado.",
            "pt",
        ),
        ("Maracay: muere repartidor baleado por funcionarios de la PNB tras una persecución", "es"),
        (
            "The commission has opened a probe into the fatal shooting of a 29-year-old man by "
            "members of the Clarendon Police Division in May Pen on Sunday night.",
            "en",
        ),
    ],
)
def test_one_death_told_first_or_by_its_noun_counts_one_killed(text: str, lang: str) -> None:
    incident = _one(text, lang)
    assert incident.killed is not None and incident.killed.best == 1


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Policiais militares mataram um vaqueiro no festejo. Um primo dele, que tentou se "
            "aproximar, levou golpes de cassetete.",
            "pt",
        ),
        (
            "Los carabineros mataron a un comunero durante el desalojo y un vecino recibió golpes "
            "de los agentes.",
            "es",
        ),
    ],
)
def test_blows_someone_took_count_one_injured(text: str, lang: str) -> None:
    incident = _one(text, lang)
    assert incident.killed is not None and incident.killed.best == 1
    assert incident.injured is not None and incident.injured.best == 1


def test_a_headlines_agents_counted_as_dead_are_the_victims() -> None:
    assert not agents_harm(
        "Two jawans killed, one hurt as Maoists fire on checkpoint near Telangana border", "en"
    )
    assert agents_harm("Two jawans shot a farmer at a checkpoint near the Telangana border", "en")


def test_pellets_from_a_shotgun_fired_by_a_farmer_are_not_the_states() -> None:
    text = (
        "Un agricultor de 60 años salió de su casa con una escopeta. Vio a dos hombres junto a "
        "la nave y efectuó un disparo. Uno de ellos recibió perdigones en la espalda. La Guardia "
        "Civil detuvo al agricultor una hora después."
    )
    assert not forcewatch.extract(text, lang="es", published="2022-12-13").relevance.relevant


def test_agents_searching_then_a_man_shot_is_the_agents_harm() -> None:
    text = (
        "A boat carrying soldiers of the fisheries unit arrived at the landing site on Saturday. "
        "The soldiers began searching boats for illegal nets. Moses Wafula, 28, tried to push "
        "his boat into the water and was shot in the back, witnesses said."
    )
    incident = _one(text, "en", "2024-09-05")
    assert incident.killed is None or incident.killed.best in (0, 1)
    assert {f.kind for f in incident.forces} & {"military", "security_forces"}


def test_the_day_of_what_came_before_an_attack_is_not_the_attacks() -> None:
    text = (
        "O jovem indígena Tiago Guajajara foi morto a tiros na madrugada de domingo (6) durante "
        "uma ação de policiais militares na aldeia. O ataque aconteceu menos de 24 horas depois "
        "de os guardiões apreenderem, na tarde de sábado (5), um caminhão de toras."
    )
    incident = _one(text, "pt", "2024-10-09")
    assert incident.date == "2024-10-06"


def test_a_release_that_judges_its_cases_after_telling_them_makes_no_more_cases() -> None:
    text = (
        "La Corporación pone en conocimiento dos hechos ocurridos en las últimas semanas.\n"
        "El sábado 28 de septiembre, agentes de la UNDMO hirieron a cinco comuneros con "
        "perdigones durante un desalojo en la vereda La Palomera, en Caloto.\n"
        "El domingo 6 de octubre, soldados del Ejército mataron a un joven campesino en una "
        "vereda de Corinto.\n"
        "En el primer caso, el uso de armas contra el rostro constituye un uso excesivo de la "
        "fuerza. En el segundo caso, la ausencia de voz de alto hace necesaria una investigación.\n"
    )
    result = forcewatch.extract(text, lang="es", published="2024-10-14")
    assert sorted(m.date for m in result.incidents) == ["2024-09-28", "2024-10-06"]


# --- the round's dev reports -----------------------------------------------------------------

_DEV_PLACED: dict[str, tuple[str, ...]] = {
    "en_styles_r33.jsonl": ("en728",),
    "es_styles_r33.jsonl": ("es498",),
}


@pytest.mark.parametrize("item", dev_items(_DEV_PLACED), ids=item_id)
def test_round_dev_reports_are_placed_in_their_gold_divisions(item: EvalItem) -> None:
    result = item.extract()
    assert [m.admin1 for m in result.incidents] == [i.admin1 for i in item.gold.incidents]
