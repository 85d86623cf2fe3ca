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


def test_a_speakers_thanks_is_not_a_town() -> None:
    # "Gracias" is a town of Honduras; in a transcript it is what the speaker says
    text = (
        "VOCERO: Gracias, gobernador.\n\nEl primero ocurrió el jueves 22 de enero en las "
        "inmediaciones de la comunidad de Pánuco, municipio de Concordia. Soldados del Ejército "
        "mataron a dos hombres."
    )
    result = forcewatch.extract(text, lang="es", published="2026-02-09")
    assert result.incidents and result.incidents[0].place == "Pánuco"


def test_a_street_named_for_a_town_of_another_state_gives_no_region() -> None:
    # "rua Piracicaba" in Pará: Piracicaba is a town of São Paulo, the street is not there
    text = (
        "Policiais militares mataram um rapaz na rua Piracicaba, no estado do Pará, "
        "segundo a família."
    )
    result = forcewatch.extract(text, lang="pt", published="2025-09-13")
    assert result.incidents and result.incidents[0].admin1 == "BR-PA"


def test_a_transcripts_speakers_are_not_towns() -> None:
    # Whitfield is a town in Pennsylvania; here it is the host's name, at the head of her turns
    text = (
        "CLARA WHITFIELD: So, Tiago, take us to that night.\n"
        "TIAGO FERRAZ: Prison officers beat him with batons in the corridor of Block 3, and he "
        "died there before dawn on 2 February.\n"
        "CLARA WHITFIELD: And where was this?\n"
        "TIAGO FERRAZ: It happened in a state prison complex in Brazil, and the family was told "
        "nothing for two days."
    )
    result = forcewatch.extract(text, lang="en", published="2026-03-04")
    assert result.incidents
    assert result.incidents[0].place != "Whitfield"
    assert result.incidents[0].country == "BR"
