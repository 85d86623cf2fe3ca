"""A force only one state fields gives the country of a report whose places do not."""

from __future__ import annotations

import pytest

import forcewatch


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # no place the gazetteer knows: the unit's state
        ("Agentes de la PMOP hirieron a once estudiantes durante el desalojo del bulevar.", "HN"),
        # a small town of that name abroad is not meant ("Ciudad Universitaria" of Madrid)
        (
            "Agentes de la PMOP hirieron a once estudiantes frente a Ciudad Universitaria.",
            "HN",
        ),
        ("Los carabineros hirieron a tres manifestantes con perdigones en la plaza.", "CL"),
    ],
)
def test_force_country_when_no_place_says_it(text: str, country: str) -> None:
    result = forcewatch.extract(text, lang="es", published="2025-05-16")
    assert result.relevance.relevant
    assert [m.country for m in result.incidents] == [country]
