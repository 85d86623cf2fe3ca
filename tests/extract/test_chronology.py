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
