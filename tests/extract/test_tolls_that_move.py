"""Round 40 (issue 6): tolls and facts that move (second-day stories, live pages, corrections,
official figures against a hospital's or the residents' count), and the clauses their dev half
showed: others' larger count as the upper bound, the agents' smaller one as the lower bound, a
case's toll brought up to date that is no register, a correction page's facts sourced at their
end, harm "while officers were carrying out a check"."""

from __future__ import annotations

import pytest

from forcewatch.records import Quantity
from tests.extract.dev_reports import extracted, relevant


def _killed(text: str, lang: str, published: str) -> tuple[int | None, ...]:
    (incident,) = relevant(text, lang, published).incidents
    killed = incident.killed
    assert isinstance(killed, Quantity)
    return (killed.low, killed.best, killed.high)


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        (
            "Officers raided the Marl Hill yard in May Pen on Tuesday night. The police said "
            "two men died in an exchange of fire, but the May Pen Hospital said it received "
            "four bodies from the yard.",
            "en",
            (2, 2, 4),
        ),
        (
            "Soldiers killed six suspects in a raid in the Bairro Novo district of Maceió on "
            "Friday, the army said. The neighbourhood's residents' association said it had "
            "counted nine dead.",
            "en",
            (6, 6, 9),
        ),
        (
            "La policía abatió a tres presuntos pandilleros el jueves en la colonia El Milagro, "
            "en San Pedro Sula. La asociación de vecinos, en cambio, contó cinco cuerpos.",
            "es",
            (3, 3, 5),
        ),
        (
            "Policiais militares mataram quatro suspeitos numa operação no morro do Juramento, "
            "no Rio, nesta quinta-feira. A Defensoria Pública contabiliza seis mortos.",
            "pt",
            (4, 4, 6),
        ),
    ],
)
def test_a_larger_count_of_others_is_the_cases_upper_bound(
    text: str, lang: str, want: tuple[int, int, int]
) -> None:
    assert _killed(text, lang, "2025-02-15") == want


def test_the_others_count_alone_stays_the_figure() -> None:
    text = "Residents said police shot dead five young men in Ikorodu, Lagos, on Monday."
    assert _killed(text, "en", "2025-02-15") == (5, 5, None)


def test_a_figure_the_agents_give_is_not_the_others_count() -> None:
    # the residents are there, but the figure after them is the police's
    text = (
        "Police shot dead two robbery suspects in Ikorodu, Lagos, on Monday. Residents gathered "
        "at the scene as police said three suspects died."
    )
    killed = _killed(text, "en", "2025-02-15")
    assert killed[2] is None


def test_the_agents_holding_to_a_smaller_figure_is_the_lower_bound() -> None:
    text = (
        "Ascendió a cinco el número de muertos del operativo policial del martes en la colonia "
        "Rivera Hernández, en San Pedro Sula. El portavoz de la Policía Nacional sostuvo que en "
        "el operativo solo hubo tres fallecidos."
    )
    assert _killed(text, "es", "2025-02-15") == (3, 5, None)


def test_a_toll_brought_up_to_date_is_the_cases_not_a_register() -> None:
    text = (
        "A second man shot when police officers opened fire on a pickup in Gary, Indiana, on "
        "Saturday has died, the county coroner said on Tuesday, bringing the number of people "
        "killed in the shooting to two."
    )
    assert _killed(text, "en", "2025-02-18")[1] == 2


def test_the_number_killed_in_one_operation_is_no_register() -> None:
    text = (
        "Questions were raised on Wednesday about the number of people killed in a police "
        "operation in Old Harbour, St Catherine, on Tuesday night, after officers shot dead "
        "two men."
    )
    assert relevant(text, "en", "2025-02-19").incidents


def test_a_registers_number_killed_is_still_no_case() -> None:
    text = (
        "The number of people killed in police operations in the state this year rose to 412, "
        "according to the security secretariat."
    )
    assert not extracted(text, "en", "2025-02-19").relevance.relevant


def test_a_correction_page_keeps_the_facts_it_sources_at_their_end() -> None:
    text = (
        "Correction: an earlier version of this article said the man had died. That was "
        "incorrect.\n\nA 17-year-old is in intensive care after a police officer shot him in "
        "the back during a chase in Larissa on Sunday, police and hospital sources said."
    )
    (incident,) = relevant(text, "en", "2025-03-03").incidents
    assert incident.injured is not None and incident.injured.best == 1


def test_a_correction_page_still_drops_the_claim_it_withdraws() -> None:
    text = (
        "Correction: we said that soldiers shot dead a herder near Kidal on Sunday. That was "
        "incorrect: the herder died in a fall."
    )
    assert not extracted(text, "en", "2025-03-03").relevance.relevant


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Un joven recibió un disparo en el cuello el sábado cuando funcionarios de "
            "Carabineros realizaban un control vehicular en la comuna de Renca.",
            "es",
        ),
        (
            "Um motoboy foi baleado na perna no domingo quando policiais militares faziam uma "
            "abordagem na avenida principal de Itaquera, em São Paulo.",
            "pt",
        ),
    ],
)
def test_harm_while_agents_carried_out_a_check_is_a_case(text: str, lang: str) -> None:
    (incident,) = relevant(text, lang, "2025-03-03").incidents
    assert [force.kind for force in incident.forces] == ["police"]


@pytest.mark.parametrize(
    "second",
    [
        # a total over a period is no bound of the case
        "The UN human rights office said some 600 people had been killed near aid sites since "
        "the end of May.",
        # the others' figure taken back
        "Residents had on Sunday said seven people were killed, but the hospital put the "
        "figure at three.",
    ],
)
def test_others_totals_and_figures_taken_back_are_no_bound(second: str) -> None:
    text = (
        "Soldiers opened fire near an aid point in Tal al-Sultan, Rafah, on Monday, killing "
        f"three people, medics said. {second}"
    )
    assert _killed(text, "en", "2025-07-15")[2] is None
