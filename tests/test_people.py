"""Named people: who is a person, their role and their fate."""

from __future__ import annotations

import pytest

import forcewatch
from forcewatch.extractor.people import find_people_names


def _people(text: str) -> dict[str, tuple[str, str]]:
    extraction = forcewatch.extract(text, lang="en", published="2021-03-10")
    return {p.name: (p.role, p.fate) for m in extraction.mentions for p in m.people}


def test_people_officer_who_fires_is_not_hurt_and_appositive_victim_is() -> None:
    people = _people(
        "A police sergeant in Hannibal, Missouri, wounded a passenger when he fired at a fleeing "
        "car, police said on Wednesday.\n\nPolice tried to stop Dale Turner on March 3, but he drove off. Sgt. Owen Pryce, who was "
        "directing traffic a block away, shot once at the car. The bullet went through the "
        "driver's sleeve before hitting his passenger, Matthew Rowe. Rowe was treated for a "
        "wound to the shoulder."
    )
    assert people["Owen Pryce"] == ("agent", "unknown")
    assert people["Matthew Rowe"] == ("victim", "injured")


def test_people_agent_listed_among_the_dead_keeps_his_fate() -> None:
    text = (
        "El operativo policial del martes 2 de marzo en Tocuyito, estado Carabobo, dejó tres "
        "muertos: dos hombres señalados de integrar una banda y el sargento Luis Pardo, agente "
        "del cuerpo de policía."
    )
    extraction = forcewatch.extract(text, lang="es", published="2021-03-04")
    people = {p.name: (p.role, p.fate) for m in extraction.mentions for p in m.people}
    assert people["Luis Pardo"] == ("agent", "killed")


@pytest.mark.parametrize(
    "text",
    [
        "WKRT.com: Quincy News, Weather, Sports. Officers shot Ada Fox on Main Street.",
        "REPORTER: HIS COUSIN STRESSED J.R.'S STRUGGLES. Officers shot Ada Fox on Main Street.",
        "The Paw Animal Shelter took the dogs. Officers shot Ada Fox on Main Street.",
    ],
)
def test_people_site_names_shouting_and_organisations_are_not_people(text: str) -> None:
    assert [hit.name for hit in find_people_names(text, "en")] == ["Ada Fox"]


def test_people_streets_named_after_someone_and_quoted_officials_are_not_victims() -> None:
    people = _people(
        "An officer shot and killed Adrian Soto, 31, on Sunday, March 7, in the 500 block of "
        "Martin Luther King Boulevard in Azusa, California, according to coroner's records.\n\n"
        "Soto's family had called police to say he had injured himself, said Los Angeles County "
        "Sheriff's Det. Holly Marsh. Marsh said the officer fired four times."
    )
    assert people == {"Adrian Soto": ("victim", "killed")}


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Um jovem foi morto no bairro Jorge Teixeira por policiais.", "pt", []),
        ("Un joven murió en Brisas del Cabriales tras un operativo.", "es", []),
        ("La Provincia de Buenos Aires y la Fuerza Armada lo niegan.", "es", []),
        ("MOSSORÓ, 3 mar (Folha Potiguar) - Policiais mataram Ana Lima.", "pt", ["Ana Lima"]),
        ('"They killed him," his mother told Border Wire on Monday.', "en", []),
        (
            "While Maria Lopez watched, deputies shot Ada Fox.",
            "en",
            ["Maria Lopez", "Ada Fox"],
        ),
    ],
)
def test_people_places_institutions_and_outlets_are_not_people(
    text: str, lang: str, expected: list[str]
) -> None:
    assert [hit.name for hit in find_people_names(text, lang)] == expected


def test_people_speakers_are_not_victims_even_after_a_short_quote() -> None:
    people = _people(
        "Police shot dead two protesters in Nampula on Tuesday, March 9.\n\n"
        'Police spokesman Carlos Mondlane said officers had acted "to restore order" and '
        "rejected claims of excessive force.\n\n"
        '"They were shouting, not throwing stones, and the police answered with bullets," said '
        'Rosa Tembe, a trader who saw the shooting. "Nobody here had a gun," said ward '
        "committee member Paulo Cossa.\n\n"
        "Police Lieutenant Colonel Jaime Macuácua, the district commander, denied the account."
    )
    assert people == {}


def test_people_runs_in_other_scripts_neither_crash_nor_become_people() -> None:
    people = _people(
        "Police officers shot and killed a man on March 3, 2021, in Denver, Colorado, after a "
        "chase, officials said.\n\nΣτη Γερμανία οι κανόνες είναι διαφορετικοί, είπε ο Νίκος "
        "Παπαδόπουλος. В Москве тоже, сказал Иван Петров."
    )
    assert all(name.isascii() for name in people)
