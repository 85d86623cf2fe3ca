"""Forms of monitors' bulletins and releases that tell several cases: numbered case headings
with their day, tables of events written without outer bars, bylines and page stamps, a year
said of a thing, a prosecutor's charge; and the words that tell whose harm it is ("en la
respuesta de los agentes", "six officers hurt")."""

from __future__ import annotations

import pytest

import forcewatch
from forcewatch.extractor.agency import find_agency
from forcewatch.extractor.sentences import split_sentences

BULLETIN = """Monthly bulletin No. 12 – March 2026
Published 2 April 2026 | Monitoring Unit

SUMMARY
March was marked by curfews in both provinces and by raids that followed attacks on army posts. This bulletin tells three cases involving the security forces that our monitors documented with at least two sources each.

KEY FIGURES – MARCH 2026
- 31 civilians killed in the two provinces, 12 of them by the security forces
- 9 kidnappings attributed to armed groups

CASES INVOLVING THE SECURITY FORCES

1. Kumba, Meme division (South-West) – Tuesday 3 March
Soldiers searching for a missing rifle entered the Fiango quarter at dawn and shot dead two young men who ran from them behind the market, according to three neighbours who saw the bodies.

2. Buea (South-West) – Friday 13 March
Police fired live rounds to break up a sit-in by traders near the town hall. Three traders were wounded, one of them in the neck.

3. Bamenda (North-West) – Sunday 22 March
A detainee held at the gendarmerie brigade died two days after his arrest. His family said his back and legs were covered in bruises.
"""


def _mentions(text: str, lang: str, published: str) -> list[tuple[str | None, str | None]]:
    result = forcewatch.extract(text, lang=lang, published=published)
    return [(m.date, m.admin1) for m in result.incidents]


def test_numbered_case_headings_with_their_day_make_the_key_figures_no_case() -> None:
    found = _mentions(BULLETIN, "en", "2026-04-02")
    assert found == [
        ("2026-03-03", "CM-SW"),
        ("2026-03-13", "CM-SW"),
        ("2026-03-22", "CM-NW"),
    ]


def test_a_table_of_events_without_outer_bars_counts_the_agents_rows() -> None:
    table = (
        "Cada fila es un hecho registrado por el observatorio a partir de partes oficiales.\n\n"
        "N.° | Fecha | Provincia | Cantón / parroquia | Tipo de hecho | Actor que dispara / agresor "
        "| Fallecidos | Heridos | Fuente principal\n"
        "1 | 02/05/2025 | Manabí | Portoviejo / Colón | Operativo de control de armas en una finca "
        "| Fuerzas Armadas (Ejército) | 2 | 0 | Comando Conjunto\n"
        "2 | 04/05/2025 | Guayas | Daule / La Aurora | Ataque armado contra jugadores en una cancha "
        "| Desconocido (dos hombres en moto) | 3 | 1 | Policía Nacional\n"
        "3 | 09/05/2025 | El Oro | Pasaje / Buenavista | Persecución de un vehículo que no se detuvo "
        "| Policía Nacional (GIR) | 1 | 0 | Fiscalía; familia\n\n"
        "Las cifras provienen de partes oficiales y de entrevistas con familiares, y pueden "
        "cambiar cuando la Fiscalía concluya sus investigaciones previas."
    )
    dates = [date for date, _ in _mentions(table, "es", "2025-05-12")]
    assert dates == ["2025-05-02", "2025-05-09"]


def test_a_byline_with_separators_is_not_the_events_day() -> None:
    text = (
        "Por Marta Quiroga · Culiacán, Sin. · 9 de diciembre de 2025 · 09:10\n\n"
        "Dos guardias nacionales murieron la tarde de este lunes durante un enfrentamiento con "
        "civiles armados en Tepuche. En la respuesta de los agentes, cinco de los agresores fueron "
        "abatidos en el lugar."
    )
    assert _mentions(text, "es", "2025-12-09")[0][0] == "2025-12-08"


def test_a_page_stamp_is_no_dated_item_and_a_charge_filed_is_no_events_day() -> None:
    text = (
        "MP denuncia quatro policiais militares por homicídio no Pirambu, em Fortaleza\n\n"
        "25 de março de 2026 - 10:40 · Atualizado 11:15\n\n"
        "O Ministério Público ofereceu denúncia nesta terça-feira (24) contra quatro policiais "
        "militares. Os fatos ocorreram na noite de 14 de setembro de 2025. Os policiais "
        "desceram da viatura no Pirambu, em Fortaleza, e efetuaram disparos contra dois jovens sentados na calçada. Os dois "
        "foram atingidos na cabeça e morreram no local."
    )
    assert _mentions(text, "pt", "2026-03-25") == [("2025-09-14", "BR-CE")]


def test_a_year_said_of_a_thing_does_not_open_another_case() -> None:
    text = (
        "Good morning. This week we have two stories about the security forces.\n\n"
        "1. POPAYÁN: STUDENT LOSES AN EYE AT A UNIVERSITY PROTEST\n\n"
        "A student lost an eye on Monday after being hit by a projectile fired by riot police "
        "during a protest outside the university in Popayán, her family said.\n\n"
        "Valentina Ortega Ruiz was among a few hundred students blocking the highway when officers "
        "of the unit that replaced the old riot squad in 2023 moved in with tear gas and stun "
        "grenades. Six other students were treated for injuries.\n\n"
        "2. BARRANQUILLA: TEENAGER SHOT DEAD BY AN OFFICER AFTER A CHASE\n\n"
        "A 17-year-old boy was shot dead by a police officer on Wednesday night in Barranquilla "
        "after he drove away from a patrol that had ordered him to stop.\n\n"
        "The officer has been moved to administrative duties while prosecutors investigate."
    )
    assert _mentions(text, "en", "2026-02-14") == [
        ("2026-02-09", "CO-CAU"),
        ("2026-02-11", "CO-ATL"),
    ]


@pytest.mark.parametrize(
    ("lang", "text", "kinds"),
    [
        ("en", "22:40 - Police update: 14 arrests, six officers hurt", {"agent_victim"}),
        ("en", "Police update: six officers injured, none seriously.", {"agent_victim"}),
        (
            "pt",
            "Os seis policiais foram denunciados por lesão corporal grave contra um motoboy.",
            {"context"},
        ),
        (
            "en",
            "Officers in the second truck returned fire after gunmen shot at the convoy, but the "
            "attackers escaped towards the border.",
            set(),
        ),
        (
            "en",
            "Police returned fire, killing one gunman, but the other attackers escaped.",
            {"act"},
        ),
    ],
)
def test_agency_of_short_updates_and_charges(lang: str, text: str, kinds: set[str]) -> None:
    assert {a.kind for a in find_agency(split_sentences(text), lang)} == kinds


def test_a_share_of_many_deaths_is_no_case() -> None:
    text = (
        "Durante a audiência na Assembleia, o secretário de Segurança disse que a maioria das "
        "mortes ocorre em confrontos com policiais provocados por criminosos armados."
    )
    assert not forcewatch.extract(text, lang="pt", published="2026-05-20").relevance.relevant
