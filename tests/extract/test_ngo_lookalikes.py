"""Releases in the NGO genre that talk of force and tell no case of it (a law's hypothetical
officer, a force's record, totals since a year or over a span of years, a prison's disease, an
armed group that calls itself an army, a denied list of harm), and the NGO wording of cases that
are real (an air force's bomb, then its dead; a canister fired by soldiers that struck a boy; a
night told by its two days; the day a note was made public)."""

from __future__ import annotations

import pytest

import forcewatch
from forcewatch.extractor.agency import find_agency
from forcewatch.extractor.counts import without_denials
from forcewatch.extractor.dates import find_dates
from forcewatch.extractor.sentences import split_sentences


def _relevant(text: str, lang: str, published: str = "2026-05-20") -> bool:
    return forcewatch.extract(text, lang=lang, published=published).relevance.relevant


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "The amendment, tabled in parliament on Tuesday, would widen the grounds on which "
            "officers may open fire. As drafted, the bill would allow an officer who shoots a "
            "fleeing protester to claim immunity. Zambia's police have a long record of using "
            "live ammunition against unarmed crowds.",
        ),
        (
            "en",
            "Two more men were hanged on Monday in cases linked to the 2019-2020 protests, "
            "during which security forces killed more than 300 protesters and bystanders. Both "
            "said they had been forced to confess.",
        ),
        (
            "en",
            "Fourteen prisoners died of cholera at the central prison between March and May. A "
            "state that deprives people of liberty answers for their health, and a death in "
            "custody from a preventable disease engages that responsibility.",
        ),
        (
            "es",
            "El decreto autoriza a las Fuerzas Armadas a despejar carreteras. Cuando se las ha "
            "enviado a desbloquear, los resultados han sido trágicos: desde 2005, las "
            "organizaciones de derechos humanos del país contabilizan más de 60 personas "
            "muertas por disparos de agentes del Estado en operativos de ese tipo.",
        ),
        (
            "es",
            "Un grupo armado que se identificó como Ejército del Pueblo Paraguayo atacó el "
            "sábado una estancia de Horqueta y mató a dos peones. La Fuerza de Tarea Conjunta "
            "inició la persecución.",
        ),
        (
            "es",
            "Dos agentes de la Policía Nacional Civil murieron en un ataque contra una patrulla "
            "en Mixco. Según el Ministerio Público, durante los allanamientos posteriores "
            '"no hubo disparos ni personas lesionadas".',
        ),
    ],
)
def test_talk_of_force_without_a_case_is_not_relevant(lang: str, text: str) -> None:
    assert not _relevant(text, lang)


def test_a_denied_list_of_harm_is_blanked() -> None:
    assert "lesionadas" not in without_denials("no hubo disparos ni personas lesionadas")
    assert "muertos" not in without_denials("No hubo heridos ni muertos.")
    assert "feridos" not in without_denials("Não houve tiros nem feridos.")


def test_an_air_forces_bomb_then_its_dead() -> None:
    text = (
        "On 18 November, shortly after 10 a.m., a military aircraft dropped a bomb that struck "
        "the village school in Myaung township, Sagaing Region. Nine people were killed."
    )
    result = forcewatch.extract(text, lang="en", published="2025-12-09")
    assert [(m.date, m.killed.best if m.killed else None) for m in result.incidents] == [
        ("2025-11-18", 9)
    ]


@pytest.mark.parametrize(
    ("text", "harm"),
    [
        ("A canister fired by soldiers during the protest struck his cousin in the jaw.", True),
        ("A bullet fired by soldiers hit a boy in the back.", True),
        ("A rubber bullet fired by police struck the wall.", False),
        ("A shell fired by the army hit a house.", False),
    ],
)
def test_what_the_agents_fired_hitting_a_person(text: str, harm: bool) -> None:
    kinds = [a.kind for a in find_agency(split_sentences(text), "en")]
    assert ("act" in kinds) is harm


def test_a_night_told_by_its_two_days_began_on_the_first() -> None:
    def value(text: str, lang: str) -> list[str | None]:
        return [d.value for d in find_dates(text, "2026-10-14", lang)]

    assert value("na noite de 3 para 4 de outubro", "pt") == ["2026-10-03"]
    assert value("la noche del 3 al 4 de octubre", "es") == ["2026-10-03"]
    assert value("the night of 3 to 4 October 2025", "en") == ["2025-10-03"]


def test_the_day_a_note_was_made_public_is_not_the_events() -> None:
    text = (
        "A Provedoria de Justiça tornou pública esta quarta-feira uma nota sobre dois jovens "
        "agredidos por agentes da Polícia Nacional numa esquadra do Mindelo, na noite de 3 para "
        "4 de outubro."
    )
    result = forcewatch.extract(text, lang="pt", published="2026-10-14")
    assert [m.date for m in result.incidents] == ["2026-10-03"]


QUESTIONS = """Preguntas y respuestas sobre dos operativos de la semana

La Red de Observación publicó una minuta sobre dos hechos de la última semana en los que intervino la policía.

¿Qué pasó en la marcha del martes 14 de abril en Valparaíso?
Ese día, poco después del mediodía, carabineros dispersaron una marcha de estudiantes con un carro lanzaaguas y escopetas antidisturbios. Tres estudiantes resultaron heridos por perdigones en las piernas.

¿Hubo detenidos?
Sí, once, todos liberados al día siguiente.

¿Y qué pasó en Collipulli?
El jueves 16 de abril, temprano, un contingente policial entró a una comunidad de Collipulli para ejecutar una orden de registro. Según la familia, los funcionarios dispararon perdigones contra las personas reunidas frente a una casa. Un niño de 10 años recibió perdigones en la espalda.
"""


def test_the_questions_of_a_questions_and_answers_page_open_its_cases() -> None:
    result = forcewatch.extract(QUESTIONS, lang="es", published="2026-04-20")
    assert [m.date for m in result.incidents] == ["2026-04-14", "2026-04-16"]


@pytest.mark.parametrize(
    "text",
    [
        "Su abuela fue golpeada con un bastón cuando intentaba llegar hasta él.",
        "Un niño de 10 años recibió perdigones en la espalda.",
        "O rapaz foi espancado na esquadra.",
    ],
)
def test_beaten_and_hit_by_pellets_is_harm(text: str) -> None:
    from forcewatch.extractor.agency import harms_someone

    assert harms_someone(text)


def test_georgia_beside_tbilisi_is_the_country() -> None:
    from forcewatch.extractor.places import default_gazetteer

    gazetteer = default_gazetteer()
    text = (
        "Riot police in Georgia beat dozens of protesters on Monday night. The rally had "
        "gathered on Rustaveli Avenue in Tbilisi."
    )
    beside = gazetteer.locate(text, "en", focus=(0, 60))
    assert beside is not None and beside.country == "GE"
    alone = gazetteer.locate("The governor of Georgia said the officer shot a man.", "en")
    assert alone is not None and alone.country == "US"


def test_a_practice_told_in_the_perfect_under_a_dateline_is_no_case() -> None:
    text = (
        "(Kyiv, 13 October 2025) – Occupying forces in the south have continued to detain "
        "civilians arbitrarily, subject them to torture and in some cases kill them, a group of "
        "lawyers said today."
    )
    assert not _relevant(text, "en", "2025-10-14")


def test_a_part_of_the_total_told_before_is_a_total_too() -> None:
    text = (
        "The group has documented 214 cases of civilians detained by the occupying forces since "
        "January 2024. At least 19 of them have died in custody or been found dead after being "
        "taken away."
    )
    result = forcewatch.extract(text, lang="en", published="2025-10-14")
    assert not result.relevance.relevant
    assert 19 in [m.killed.best for m in result.aggregates if m.killed]


def test_many_divisions_at_once_make_a_total() -> None:
    text = (
        "Eight months after hundreds of civilians were killed by government forces in the "
        "coastal governorates in March 2025, the families are still waiting for answers."
    )
    result = forcewatch.extract(text, lang="en", published="2025-11-06")
    assert not result.incidents
    assert result.aggregates


def test_still_being_killed_is_a_practice() -> None:
    text = "Syrians continue to be killed by members of the security forces and allied groups."
    assert not _relevant(text, "en", "2025-11-06")


@pytest.mark.parametrize(
    ("text", "admin1"),
    [
        ("He was killed in Hama on Monday.", "SY-HM"),
        ("An air strike hit Raqqa on Monday.", "SY-RA"),
        ("Seven men from the village of Ayn al-Kurum in Hama countryside.", "SY-HM"),
        ("Protesters were shot in Diwaniyah.", "IQ-QA"),
    ],
)
def test_arabic_places_as_the_news_write_them(text: str, admin1: str) -> None:
    from forcewatch.extractor.places import default_gazetteer

    found = default_gazetteer().locate(text, "en")
    assert found is not None and found.admin1 == admin1


def test_a_night_without_a_publication_date_keeps_its_partial_day() -> None:
    assert [d.value for d in find_dates("na noite de 14 para 15 de setembro", None, "pt")] == [
        "--09-15"
    ]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "es",
            "El observatorio recuerda que las detenciones breves forman parte de la represión de "
            'baja intensidad. "El mundo mide la represión por el número de heridos o de presos, y '
            'como no hubo heridos, parece que no pasó nada", dijo su coordinadora.',
        ),
        (
            "es",
            "Un hombre de 41 años falleció el 14 de febrero en el calabozo de un centro policial "
            "municipal de Maturín por complicaciones de tuberculosis, según la red de monitoreo.",
        ),
    ],
)
def test_a_statistic_and_an_illness_are_no_harm_by_agents(lang: str, text: str) -> None:
    assert not _relevant(text, lang, "2026-03-04")
