"""Custody and detention (issue 6, round 38): deaths in police cells and after arrest, beatings in
interrogation, prison riots put down by guards, people taken by soldiers and found dead, told by
inquests, oversight bodies, urgent actions, weekly briefs and family complaints. A death "inside
a cell" is the custodians'; bodies found of men "detained by soldiers" are the soldiers' dead; a
death "three days after he was arrested" dates the arrest; a victim named again when his death is
told was killed. A suicide, an attack by other inmates, a guard killed, custody named as a rule
("a death in custody is, by definition, ...") and a riot ended "without clashes" tell no case.

Each text is the project's own, written in the shapes the round's dev halves showed failing."""

from __future__ import annotations

import pytest

from forcewatch.eval.gold import EvalItem
from forcewatch.extractor.counts import find_zero_counts
from tests.extract.dev_reports import dev_items, extracted, item_id, relevant

# --- deaths in the agents' hands -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Um pedreiro de 41 anos morreu dentro de uma cela da delegacia de Botucatu na "
            "madrugada de sábado. A família diz que ele apanhou de dois policiais.",
            "pt",
        ),
        (
            "Un albañil de 41 años muere dentro de una celda de la comisaría de Zacatecas; su "
            "familia acusa a dos policías de golpearlo.",
            "es",
        ),
    ],
)
def test_a_death_inside_a_cell_is_the_custodians(text: str, lang: str) -> None:
    incident = relevant(text, lang, "2025-04-07").incidents[0]
    assert incident.killed is not None and incident.killed.best == 1


def test_bodies_found_of_men_detained_by_soldiers_are_the_soldiers_dead() -> None:
    text = (
        "The bodies of four farmers who were detained by soldiers last week have been found in a "
        "ravine outside their village in Chin State, relatives said."
    )
    incident = relevant(text, "en", "2025-02-10").incidents[0]
    assert incident.killed is not None and incident.killed.best == 4


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        pytest.param(
            "Two fishermen taken by troops found dead near Sittwe, their families say.",
            "en",
            id="taken-by-troops-found-dead",
        ),
        pytest.param(
            "Two brothers from Kovilpatti say they were beaten with canes and a leather belt by "
            "policemen at the town police station on March 3.",
            "en",
            id="by-phrase-after-two-weapons",
        ),
        pytest.param(
            "La Fiscalía imputó tortura a tres patrulleros de la Policía de Cali, señalados de "
            "golpear a un detenido en la estación de Siloé el 2 de abril de 2024. El joven sufrió "
            "una fractura en la mandíbula.",
            "es",
            id="agents-accused-of-beating",
        ),
        pytest.param(
            "O promotor afirma que o rapaz estava sob custódia dos policiais no momento dos "
            "disparos que o mataram, em Vila Velha, em 12 de fevereiro de 2023.",
            "pt",
            id="custody-named-with-its-holders",
        ),
        pytest.param(
            "He was detained by soldiers at a checkpoint in Sittwe on Monday and hours later his "
            "body was found in a ditch.",
            "en",
            id="detained-then-found-hours-later",
        ),
    ],
)
def test_the_agents_harm_told_the_custody_way(text: str, lang: str) -> None:
    assert relevant(text, lang, "2025-04-01").incidents


def test_a_death_days_after_the_arrest_is_dated_to_the_arrest() -> None:
    text = (
        "The commission is concerned over the death of a jeepney driver who died on 9 June 2025, "
        "four days after he was arrested by officers of a police station in Pasay City."
    )
    incident = relevant(text, "en", "2025-06-20").incidents[0]
    assert incident.date == "2025-06-05"


def test_the_weapons_between_the_verb_and_its_count() -> None:
    text = (
        "El 2 de octubre, custodios del penal de Uribana golpearon con palos y mangueras a cinco "
        "reclusos tras un intento de fuga."
    )
    incident = relevant(text, "es", "2025-10-10").incidents[0]
    assert incident.injured is not None and incident.injured.best == 5


def test_a_court_bench_in_a_town_is_not_where_the_harm_was() -> None:
    text = (
        "Two residents of a village in Virudhunagar district have moved the Madurai Bench of the "
        "Madras High Court alleging that policemen beat them with canes on August 14."
    )
    incident = relevant(text, "en", "2024-09-26").incidents[0]
    assert incident.place == "Virudhunagar"


# --- deaths that are not the agents' -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Un recluso de 40 años fue hallado sin vida en su celda del penal de Ocaña el martes. "
            "Todo indica que el hombre se quitó la vida.",
            "es",
        ),
        (
            "Um agente da polícia penal morreu no domingo na cadeia de Caxito depois de ter sido "
            "atacado por reclusos que tentavam fugir.",
            "pt",
        ),
        (
            "Un recluso murió el viernes en el penal de Chiclayo tras ser atacado a cuchillazos "
            "por otro interno durante una discusión.",
            "es",
        ),
        (
            "Un custodio murió tras ser apuñalado en el penal de Fraijanes el sábado. El sistema "
            "penitenciario dijo que después los internos fueron encerrados sin que se produjeran "
            "enfrentamientos.",
            "es",
        ),
        (
            "Una muerte bajo custodia es, por definición, una muerte de la que el Estado debe dar "
            "cuenta.",
            "es",
        ),
        (
            "Os números do ano não incluem pessoas que morreram sob custódia em esquadras.",
            "pt",
        ),
    ],
)
def test_deaths_the_agents_did_not_cause_are_no_case(text: str, lang: str) -> None:
    result = extracted(text, lang, "2025-05-06")
    assert not result.relevance.relevant, result.relevance.evidence


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Os presos relataram que a ação dos agentes foi posterior às mortes, que foram "
            "causadas com facas artesanais.",
            "pt",
        ),
        (
            'O caso foi compartilhado nas redes no domingo como "PM mata jovem em festa", mas o '
            "atirador é um segurança particular.",
            "pt",
        ),
        (
            "Néstor Villalba, de 34 años, murió de un disparo en el abdomen en Luque el sábado. El "
            "agresor fue detenido minutos después por agentes de la comisaría de la zona.",
            "es",
        ),
    ],
)
def test_agents_who_came_after_the_harm_or_a_headline_others_gave_tell_no_case(
    text: str, lang: str
) -> None:
    result = extracted(text, lang, "2024-11-05")
    assert not result.relevance.relevant, result.relevance.evidence


def test_a_death_after_the_restraint_chair_is_the_jails() -> None:
    text = (
        "A 50-year-old man died after he was strapped into a restraint chair at the Mesa County "
        "jail on May 2."
    )
    incident = relevant(text, "en", "2025-05-20").incidents[0]
    assert incident.killed is not None and incident.killed.best == 1


def test_a_states_abbreviation_after_a_dateline_is_no_town() -> None:
    text = "PUEBLO, Colo. (AP) — Deputies shot and wounded a man on Tuesday, the sheriff said."
    incident = relevant(text, "en", "2025-05-21").incidents[0]
    assert incident.admin1 == "US-CO"


def test_nobody_hurt_named_as_inmates_and_officers() -> None:
    zeros = find_zero_counts("y que ningún interno ni uniformado resultó herido durante el ingreso")
    assert [(z.harm, z.scope) for z in zeros] == [("injured", "all")]
    only_agents = find_zero_counts("ningún policía ni militar resultó herido")
    assert [(z.harm, z.scope) for z in only_agents] == [("injured", "agents")]


def test_inmates_and_officers_unhurt_is_no_case() -> None:
    text = (
        "La entidad precisó que el operativo en la cárcel de Guayaquil se realizó sin armas "
        "letales y que ningún interno ni uniformado resultó herido."
    )
    assert not extracted(text, "es", "2024-11-13").relevance.relevant


# --- the round's dev reports -------------------------------------------------------------------

_DEV_CASES: dict[str, tuple[str, ...]] = {
    "en_styles_r38.jsonl": ("en882", "en885"),
    "pt_styles_r38.jsonl": ("pt576",),
    "en_styles_r32.jsonl": ("en694",),  # a death in a jail's restraint chair
}
_DEV_NOT_RELEVANT: dict[str, tuple[str, ...]] = {
    "es_styles_r38.jsonl": ("es578", "es582", "es586", "es590"),
    "pt_styles_r38.jsonl": ("pt579", "pt581", "pt583"),
    # older rounds' look-alikes of the same kinds: inmates' deaths before the agents came, a
    # guard killed in a riot, a retired officer's shooting, the suspects arrested after a lynching
    "pt_styles_r29.jsonl": ("pt440",),
    "es_styles_r32.jsonl": ("es494", "es495"),
    "pt_styles_r32.jsonl": ("pt495",),
    "en_styles_r34.jsonl": ("en759",),
}


@pytest.mark.parametrize("item", dev_items(_DEV_CASES), ids=item_id)
def test_round_dev_reports_tell_each_case_on_its_day(item: EvalItem) -> None:
    """Each gold case on its day, with its dead, no more cases than the gold's."""
    result = item.extract()
    found = sorted((i.date or "", i.killed.best if i.killed else None) for i in result.incidents)
    gold = sorted((i.date or "", i.killed.best if i.killed else None) for i in item.gold.incidents)
    assert found == gold


@pytest.mark.parametrize("item", dev_items(_DEV_NOT_RELEVANT), ids=item_id)
def test_round_dev_look_alikes_are_not_relevant(item: EvalItem) -> None:
    result = item.extract()
    assert not result.relevance.relevant, result.relevance.evidence


def test_round_dev_victim_named_again_when_his_death_is_told_was_killed() -> None:
    """en880: beaten in a back office, "Nwosu was taken to a general hospital ..., where he died"
    four sentences later, his name opening the sentence."""
    (item,) = dev_items({"en_styles_r38.jsonl": ("en880",)})
    first = next(i for i in item.extract().incidents if i.date == "2024-02-03")
    assert first.killed is not None and first.killed.best == 1
