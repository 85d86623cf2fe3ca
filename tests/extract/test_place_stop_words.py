"""A capitalised word that heads the name of a hospital or of a neighbourhood is not a town
of its own ("Hospital" is a village in Ireland, "Villa" one in Italy)."""

from __future__ import annotations

import pytest

import forcewatch


@pytest.mark.parametrize(
    ("text", "admin1"),
    [
        (
            "Rosario, 12 de noviembre de 2024. Los efectivos persiguieron al joven en barrio "
            "Ludueña y le dispararon por la espalda. Matías murió en el Hospital de Emergencias.",
            "AR-S",
        ),
        ("Un policía mató a un joven en Villa Fiorito, partido de Lomas de Zamora.", "AR-B"),
    ],
)
def test_hospital_and_villa_are_not_towns(text: str, admin1: str) -> None:
    result = forcewatch.extract(text, lang="es", published="2024-11-12")
    assert result.incidents and result.incidents[0].admin1 == admin1
