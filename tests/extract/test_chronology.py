"""A chronology's lines that open on their day ("14 de marzo: En Sucre, ...") are cases of their
own, told in the present as chronologies are."""

from __future__ import annotations

import forcewatch

CHRONOLOGY = """Cronología del paro de transportistas

Marzo

2 de marzo: Comienzan los bloqueos en las carreteras del altiplano. No se reportan heridos.

5 de marzo: La Policía desbloquea el acceso a la planta de Senkata. Durante el operativo, agentes antidisturbios lanzan gases lacrimógenos; un estudiante de 19 años muere alcanzado por una granada de gas.

8 de marzo: El Gobierno convoca al diálogo en la Vicepresidencia y la Central Obrera rechaza asistir.

14 de marzo: En Sucre, efectivos policiales disuelven una marcha universitaria en la calle Junín. Un estudiante de Derecho muere en el hospital por una herida de perdigón en el tórax.

16 de marzo: En Potosí, un camionero muere cuando su vehículo se despista al esquivar un bloqueo.
"""


def test_each_dated_line_of_a_chronology_is_its_own_case() -> None:
    result = forcewatch.extract(CHRONOLOGY, lang="es", published="2026-04-20")
    dates = sorted(m.date for m in result.incidents)
    assert dates == ["2026-03-05", "2026-03-14"]
    sucre = next(m for m in result.incidents if m.date == "2026-03-14")
    assert sucre.admin1 == "BO-H"
    assert sucre.killed is not None and sucre.killed.best == 1


ADVISORY = """SECURITY ADVISORY – SOUTH HUB

1. SUMMARY
Protests over power cuts have spread across the governorate since early July. Security forces have
used live ammunition on two occasions since Friday. Staff movement in the city is reduced until
Thursday, and field visits outside it are suspended until further notice.

2. RECENT INCIDENTS (chronological)

a) Friday 18 July – Al-Zubair, Basra governorate
Residents blocked the main road with burning tyres after a long power cut. According to two local
journalists, an army unit sent to reopen the road fired live rounds, and a man in his twenties was
shot dead. The road was reopened the same evening.

b) Sunday 20 July – Basra city centre
Several thousand protesters gathered near the council building in the evening. Riot police used
tear gas and then live ammunition against them. Two protesters were killed and 23 were injured,
according to the health directorate. A night curfew was announced for the city centre.

3. ACTIONS
Staff should avoid the city centre after dark and report their movements to the hub each morning.
"""


def test_a_lists_lettered_items_that_open_on_their_day_are_cases() -> None:
    result = forcewatch.extract(ADVISORY, lang="en", published="2025-07-21")
    found = sorted((m.date, m.place, m.admin1) for m in result.incidents)
    assert found == [
        ("2025-07-18", "Al-Zubair", "IQ-BA"),
        ("2025-07-20", "Basra", "IQ-BA"),
    ]
    basra = next(m for m in result.incidents if m.date == "2025-07-20")
    assert basra.killed is not None and basra.killed.best == 2


def test_last_year_with_its_day_is_one_event_not_a_total() -> None:
    text = (
        "Last year, on Wednesday, November 27, 2024, a government drone strike on the health "
        "center of Merawi town killed five people, residents said."
    )
    result = forcewatch.extract(text, lang="en", published="2025-10-30")
    assert [(m.date, m.killed.best if m.killed else None) for m in result.incidents] == [
        ("2024-11-27", 5)
    ]
