"""Forms of long investigations and case digests: the dead named in a list, a relative clause
between a count and its verb, "no one was killed", a village the gazetteer lacks in a region
given in brackets, a section's place that must not leak into the next, towns that share a
name with a state abroad, units named for the gangs they fight, totals over months, sections
headed by a town in capitals, a weekday and its day of the month, and a body found after the
death was told."""

from __future__ import annotations

from datetime import date

import forcewatch
from forcewatch.extractor.counts import find_counts, find_single_counts
from forcewatch.extractor.dates import find_dates
from forcewatch.extractor.places import default_gazetteer


def _counts(text: str, lang: str = "en") -> list[tuple[str, int | None]]:
    found = find_counts(text, lang) + find_single_counts(text)
    return [(c.harm, c.number.best) for c in found]


def test_a_list_of_named_dead_counts_its_names() -> None:
    text = (
        "Shane Powell, 22, and Delroy Whyte, 40, were found with gunshot wounds and were "
        "pronounced dead at the regional hospital."
    )
    assert _counts(text) == [("killed", 2)]
    assert _counts("Police said Ana Ruiz, Tom Hale and Sam Ortiz Diaz were shot dead.") == [
        ("killed", 3)
    ]
    assert _counts("Ana Ruiz and Tom Hale were arrested and were later released.") == []


def test_a_relative_clause_between_the_count_and_its_verb() -> None:
    assert _counts("Four farmers who had stayed in the village were shot dead.") == [("killed", 4)]
    assert _counts("Two boys who were playing outside were shot and wounded.") == [("injured", 2)]


def test_no_one_is_no_count_of_one() -> None:
    assert _counts("No one was killed.") == []
    assert _counts("Not one was injured.") == []
    assert _counts("Only one was killed.") == [("killed", 1)]


DIGEST = """Cameroon: monthly digest of the Anglophone regions, March 2026

This digest covers Cameroon's North-West and South-West regions. Each case was confirmed by two sources.

1. Kumba, Meme division (South-West) – Monday 2 March
Soldiers searching for a missing rifle shot dead two young men behind the market, neighbours said. No one else was hurt.

2. Mbengwi, Momo division (North-West) – Friday 13 March
Police fired tear gas and live rounds at traders protesting against a new market tax in the Molyko quarter. Five traders were injured. No one was killed.

3. Ndzong, Bui division (North-West) – Tuesday 17 March
Soldiers raided a farm settlement at dawn, according to two villagers. Three farmers who had not fled were shot dead.

4. Kwa-Kwa, Meme division (South-West) – Sunday 29 March
An army patrol fired on a funeral procession after a shot was heard. Two mourners were killed.
"""


def test_a_village_in_a_bracketed_region_keeps_the_region_and_no_place_leaks() -> None:
    result = forcewatch.extract(DIGEST, lang="en", published="2026-04-03")
    found = [(m.date, m.admin1, (m.killed.best if m.killed else None)) for m in result.incidents]
    assert found == [
        ("2026-03-02", "CM-SW", 2),
        ("2026-03-13", "CM-NW", 0),
        ("2026-03-17", "CM-NW", 3),
        ("2026-03-29", "CM-SW", 2),
    ]


def test_a_town_of_the_reports_country_is_no_state_abroad() -> None:
    # Trujillo is a town of Honduras (Colón) and a state of Venezuela
    found = default_gazetteer().locate(
        "El barrio Cristales, en Trujillo, es garífuna.", "es", country_hint="HN"
    )
    assert found is not None and (found.country, found.admin1) == ("HN", "HN-CL")


ANTI_GANG = """Tres historias del Bajo Aguán

I. La finca

El 3 de marzo de 2025 militares del 15 Batallón de Infantería dispararon contra los campesinos que ocupaban una finca de Tocoa e hirieron a dos de ellos.

II. La casa del barrio

La noche del domingo 2 de noviembre de 2025, agentes de la Dirección Policial Anti Maras y Pandillas entraron en una vivienda del barrio Cristales, en Trujillo.

Murieron tres jóvenes que veían un partido de fútbol.
"""


def test_a_unit_named_for_the_gangs_it_fights_names_no_gang() -> None:
    result = forcewatch.extract(ANTI_GANG, lang="es", published="2026-03-16")
    assert [(m.date, m.killed.best if m.killed else None) for m in result.incidents][-1] == (
        "2025-11-02",
        3,
    )


def test_a_count_over_months_is_a_total() -> None:
    text = (
        "Ao longo de dez meses, entre Novembro de 2025 e Agosto de 2026, o jornal identificou, "
        "através de relatos de familiares e de advogados, 11 mortes de pessoas em celas da "
        "polícia em seis províncias. Em Chimoio, um detido foi espancado por agentes até à morte "
        "no sábado, 15 de Novembro de 2025."
    )
    result = forcewatch.extract(text, lang="pt", published="2026-09-14")
    assert [m.killed.best for m in result.aggregates if m.killed] == [11]
    assert all((m.killed.best if m.killed else None) != 11 for m in result.incidents)


INVESTIGATION = """MORRER NA ESQUADRA

Três mortes sob custódia policial em seis meses. As famílias contam como souberam.

Esta investigação começou em Março, depois de uma denúncia de um advogado de Chimoio.

TETE: QUATRO DIAS À PROCURA DE CELSO
No domingo, 22 de Março, uma equipa da polícia fez uma rusga no bairro Chingodzi, na cidade de Tete. Celso, 23 anos, foi espancado pelos agentes à porta de casa e atirado para a caixa da carrinha. Morreu na caixa da viatura, durante o percurso. Só na quinta-feira, 26, um primo encontrou o corpo na morgue do hospital.

NACALA: "ELE ESTAVA ALGEMADO"
Na madrugada de sábado, 30 de Maio, um detido foi morto a tiro por agentes no pátio do comando distrital de Nacala-Porto.

PEMBA: TRÊS DETIDOS, UM MORTO
Na quarta-feira, 5 de Agosto, três jovens foram detidos por agentes da polícia junto ao mercado de Pemba. Um deles morreu depois de ser espancado no posto policial.
"""


def test_sections_headed_by_a_town_in_capitals_are_cases_of_their_own() -> None:
    result = forcewatch.extract(INVESTIGATION, lang="pt", published="2026-09-14")
    assert [(m.date, m.admin1) for m in result.incidents] == [
        ("2026-03-22", "MZ-T"),
        ("2026-05-30", "MZ-N"),
        ("2026-08-05", "MZ-P"),
    ]


def test_a_weekday_and_its_day_of_the_month() -> None:
    def value(text: str, lang: str) -> list[str | None]:
        return [d.value for d in find_dates(text, "2026-09-14", lang)]

    assert value("Só na quinta-feira, 26, um primo encontrou o corpo.", "pt") == ["2026-03-26"]
    assert value("El jueves 26, apareció el cuerpo.", "es") == ["2026-03-26"]
    assert date(2026, 3, 26).weekday() == 3  # a Thursday
    # a weekday and a number of people is no day of the month
    assert value("El jueves 26 personas murieron.", "es") == ["2026-09-10"]


def test_a_day_without_its_year_named_with_its_weekday() -> None:
    # 14 February was a Saturday in 2026, not in 2027 (the report's year)
    assert [
        d.value for d in find_dates("Na noite de 14 de fevereiro, um sábado,", "2027-04-20", "pt")
    ] == ["2026-02-14"]


LETTERED = """Pronunciamiento conjunto sobre el paro

En los 16 días de paro, las organizaciones firmantes registramos 2 personas fallecidas y 134 heridas en el contexto de las protestas. De las personas heridas, 61 lo fueron por perdigones y 9 por proyectiles de arma de fuego.

a) Saraguro, provincia de Loja — martes 19 de mayo
Agentes del Grupo de Intervención y Rescate dispersaron un plantón de comuneros con perdigones. Ocho personas resultaron heridas.

b) Latacunga, provincia de Cotopaxi — jueves 21 de mayo
Militares dispararon con fusiles contra los manifestantes que se replegaban. Murió un comunero de 46 años y doce personas resultaron heridas.
"""


def test_lettered_case_headings_and_a_part_of_the_total() -> None:
    result = forcewatch.extract(LETTERED, lang="es", published="2026-06-03")
    assert [(m.date, m.admin1) for m in result.incidents] == [
        ("2026-05-19", "EC-L"),
        ("2026-05-21", "EC-X"),
    ]
    assert 61 not in [m.injured.best for m in result.incidents if m.injured]


CASES = """Capítulo 3. Uso de la fuerza

Presentamos dos casos documentados directamente por nuestros equipos regionales durante el año. Fueron escogidos porque muestran dos escenarios distintos del uso de la fuerza: la interdicción de la minería informal y la detención policial.

Caso 1. Pataz (La Libertad): la interdicción en el socavón
El 14 de julio de 2025, una patrulla conjunta del Ejército y de la Policía entró a una mina del distrito de Pataz en un operativo contra la minería ilegal. Según la versión oficial, los efectivos fueron recibidos con disparos y repelieron el ataque. Los trabajadores que huyeron cuentan otra cosa: estaban dentro del socavón, sin armas, e intentaron salir por otra galería.

Murieron Hernán Vela, de 17 años, y Félix Ruiz, de 29.

Caso 2. Juliaca (Puno): la muerte en la comisaría
El 3 de noviembre de 2025, un joven detenido por agentes de la comisaría de Juliaca fue golpeado durante el interrogatorio. A la mañana siguiente fue hallado muerto en la celda.
"""


def test_a_case_heading_whose_number_ends_a_sentence() -> None:
    result = forcewatch.extract(CASES, lang="es", published="2026-04-15")
    assert [m.date for m in result.incidents] == ["2025-07-14", "2025-11-04"]


FILES = """Síntesis de la Recomendación 12/2026

La Comisión hizo pública este jueves una recomendación sobre dos expedientes de queja contra fuerzas federales en Guerrero. Protege la identidad de las víctimas con claves (V1, V2 y V3).

Expediente CNDH/2/2024/0311/Q
El 17 de agosto de 2024, elementos de la Guardia Nacional que operaban un punto de revisión en la carretera federal de Tlapa de Comonfort detuvieron a V1 y V2, jornaleros de 23 y 27 años.
Durante las horas siguientes, V1 y V2 fueron golpeados con los puños y con las culatas de las armas.

Expediente CNDH/2/2025/0972/Q
El 2 de febrero de 2025, personal del Ejército Mexicano ingresó sin orden al domicilio de V3 en Chilapa de Álvarez. Según su hermano, los militares golpearon a V3 frente a su familia y se lo llevaron.
"""


def test_a_complaints_file_by_its_code_heads_a_case() -> None:
    result = forcewatch.extract(FILES, lang="es", published="2026-03-12")
    assert [m.date for m in result.incidents] == ["2024-08-17", "2025-02-02"]
