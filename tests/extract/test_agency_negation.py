"""Harm denied by a negative conjunction ("ni", "nem", "nor") is no agency: the agents' part is
what the sentence says did not happen."""

from __future__ import annotations

import pytest

from forcewatch.extractor.agency import find_agency
from forcewatch.extractor.sentences import split_sentences


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "es",
            "El sábado pasado hubo balaceras en Piedras Negras, pero las autoridades las "
            "atribuyeron a un choque entre dos cárteles; no se ha informado de la participación "
            "de soldados ni de víctimas por disparos de fuerzas federales.",
        ),
        (
            "es",
            "Los vecinos de Tumbes denunciaron el corte de agua durante tres días seguidos, "
            "pero tampoco hubo heridos por disparos de la policía en la protesta.",
        ),
        (
            "es",
            "La Oficina indicó que no se registraron combates ni intervención de la Fuerza "
            "Pública durante la masacre de cinco jóvenes.",
        ),
    ],
)
def test_agency_a_harm_denied_by_ni_is_none(lang: str, text: str) -> None:
    found = [a for a in find_agency(split_sentences(text), lang) if a.kind != "agent_victim"]
    assert found == []
