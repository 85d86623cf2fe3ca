"""The harm clause on sentences of every shape: a table of cases (cases/harm.tsv).

Each row: language, sentence, relevant (yes/no), killed, injured, agents killed (a number or
"-" for none) and the force kinds expected among the incident's forces ("-" for none)."""

from __future__ import annotations

from pathlib import Path

import pytest

import forcewatch
from forcewatch.records import Quantity

CASES = Path(__file__).parent / "cases" / "harm.tsv"


def _rows() -> list[list[str]]:
    lines = CASES.read_text(encoding="utf-8").splitlines()
    return [line.split("\t") for line in lines if line.strip() and not line.startswith("#")]


def _value(quantity: Quantity | None) -> str:
    if quantity is None:
        return "-"
    value = quantity.best if quantity.best is not None else quantity.low
    return "-" if value is None else str(value)


@pytest.mark.parametrize("row", _rows(), ids=lambda row: row[1][:50])
def test_harm_case(row: list[str]) -> None:
    lang, sentence, relevant, killed, injured, agents_killed, forces = row
    result = forcewatch.extract(sentence, lang=lang, published="2024-03-15")
    assert result.relevance.relevant is (relevant == "yes"), result.relevance.reason
    if relevant != "yes":
        return
    incident = result.incidents[0]
    assert _value(incident.killed) == killed
    assert _value(incident.injured) == injured
    assert _value(incident.agents_killed) == agents_killed
    if forces != "-":
        assert set(forces.split(",")) <= {f.kind for f in incident.forces}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "es",
            "El campesino Julio Mairena fue detenido por soldados en Chinandega. Al día siguiente "
            "su cuerpo sin vida fue llevado a la morgue de León.",
        ),
        (
            "pt",
            "O pescador Abílio Namashulua foi detido por fuzileiros na praia de Pemba. Na manhã "
            "seguinte, o corpo foi levado para a morgue do hospital provincial.",
        ),
        (
            "en",
            "Soldiers detained the trader Musa Bello at a checkpoint outside Gwoza. Two days later "
            "his body was taken to the mortuary of the general hospital.",
        ),
    ],
)
def test_harm_body_taken_to_the_morgue_after_detention_is_relevant(lang: str, text: str) -> None:
    result = forcewatch.extract(text, lang=lang, published="2024-03-15")
    assert result.relevance.relevant, result.relevance.reason


def test_harm_a_clause_without_agents_or_death_is_not_read_as_custody() -> None:
    text = (
        "Dos comerciantes fueron detenidos por la policía en Granada. Al día siguiente sus "
        "camionetas fueron llevadas al depósito municipal."
    )
    assert not forcewatch.extract(text, lang="es", published="2024-03-15").relevance.relevant


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "pt",
            "Em novembro, na Cidade Ademar, um homem algemado foi baleado na perna por um soldado "
            "da PM. Segundo a Ouvidoria, o estado ultrapassou as 700 mortes por intervenção "
            "policial até novembro.",
        ),
        (
            "es",
            "En noviembre, en Ciudad Bolívar, un policía hirió de un disparo a un joven esposado. "
            "Según la Defensoría, la policía mató a 300 personas hasta octubre.",
        ),
        (
            "es",
            "El martes, en Soacha, un soldado hirió a un joven en una pierna. El Ejército reconoce "
            "que sus tropas mataron a 41 personas hasta el final de septiembre.",
        ),
        # a running tally from the last deaths, a year so far, two months together
        (
            "es",
            "El sábado, en Sabana de la Mar, un agente hirió a un joven en una pierna. Con estas "
            "dos muertes suman 31 las personas fallecidas en intercambios de disparos con "
            "agentes en lo que va de 2024, según la Comisión.",
        ),
        (
            "pt",
            "No sábado, em Parauapebas, um policial feriu um adolescente no braço. O Pará "
            "registrou 58 mortes por intervenção de agentes do Estado em janeiro e fevereiro "
            "deste ano.",
        ),
    ],
)
def test_harm_a_total_up_to_a_month_is_no_cases_count(lang: str, text: str) -> None:
    # "até novembro", "hasta octubre": a period's total, an aggregate, never the case's dead
    result = forcewatch.extract(text, lang=lang, published="2024-12-28")
    assert result.relevance.relevant
    assert [m.killed for m in result.incidents] == [None]
    assert result.aggregates


@pytest.mark.parametrize(
    ("lang", "text", "admin1"),
    [
        # a state's own force names the country its places are in: "bairro da Jamaica" is a
        # neighbourhood of Seixal, not Jamaica
        (
            "pt",
            "Agentes da PSP feriram um jovem no bairro da Jamaica, concelho do Seixal, distrito "
            "de Setúbal, na terça.",
            "PT-15",
        ),
        (
            "pt",
            "Policiais do BOPE mataram um homem na comunidade do Chile, em Duque de Caxias, na "
            "terça.",
            "BR-RJ",
        ),
        (
            "es",
            "Efectivos de la GNB hirieron a dos comerciantes en el sector Cuba, de San Cristóbal, "
            "estado Táchira.",
            "VE-S",
        ),
    ],
)
def test_harm_a_states_own_force_names_the_country(lang: str, text: str, admin1: str) -> None:
    result = forcewatch.extract(text, lang=lang, published="2024-04-17")
    assert [m.admin1 for m in result.incidents] == [admin1]
