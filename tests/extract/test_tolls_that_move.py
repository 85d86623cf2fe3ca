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


def test_a_counter_described_at_length_is_still_the_counter() -> None:
    text = (
        "Police said they shot dead two armed men in a raid in Old Harbour on Sunday night. A "
        "nurse at the Spanish Town Hospital, who asked not to be named because she was not "
        "allowed to speak to reporters, told the Courier that five bodies were brought in."
    )
    assert _killed(text, "en", "2025-02-17") == (2, 2, 5)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Correction: an earlier version of this article said the rider had died in "
            "hospital. That was incorrect.\n\nA 19-year-old man "
            "was shot in the leg by a police officer at a checkpoint in Kisumu on Saturday.",
            "en",
        ),
        (
            "Corrigido às 12h. Uma versão anterior deste artigo referia que o jovem tinha "
            "morrido. A informação estava errada: o jovem está internado.\n\nUm jovem foi "
            "baleado por um agente da PSP na noite de sábado, no Cacém, em Sintra.",
            "pt",
        ),
    ],
)
def test_a_death_an_earlier_version_told_and_withdrew_is_none(text: str, lang: str) -> None:
    (incident,) = relevant(text, lang, "2025-02-17").incidents
    assert incident.killed is not None and incident.killed.best == 0
    assert incident.injured is not None and incident.injured.best == 1


def test_a_movements_toll_told_from_its_start_is_no_cases_count() -> None:
    text = (
        "Riot police fired live rounds at protesters in Nasiriyah on Sunday, killing three, "
        "medics said. Rights groups say that during the protests that began in October 2019, "
        "more than 600 protesters were killed across Iraq."
    )
    (incident,) = relevant(text, "en", "2024-10-01").incidents
    assert incident.killed is not None and incident.killed.best == 3


def test_the_figure_an_earlier_version_gave_is_not_the_cases() -> None:
    text = (
        "Soldados dispararam contra uma manifestação de estudantes em Bafatá na quarta-feira. "
        "Além de um morto, o hospital regional assistiu quatro feridos, indicou a mesma fonte. "
        "[Numa versão anterior deste despacho, a agência referiu onze feridos, número que o "
        "hospital corrigiu.]"
    )
    (incident,) = relevant(text, "pt", "2024-10-03").incidents
    assert incident.injured is not None and incident.injured.best == 4


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Um segundo estudante morreu hoje no hospital de Bafatá, depois de ter sido baleado "
            "por soldados na quarta-feira durante uma manifestação.",
            "pt",
        ),
        (
            "Un segundo manifestante murió este jueves en el hospital de Sucre, tras ser baleado "
            "por militares el lunes durante una marcha.",
            "es",
        ),
    ],
)
def test_the_second_to_die_makes_two_dead(text: str, lang: str) -> None:
    assert _killed(text, lang, "2024-10-03")[1] == 2


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "El Comando Conjunto de las Fuerzas Armadas informó el domingo que dos "
            "sospechosos fueron neutralizados en el Guasmo Sur, en Guayaquil.",
            "es",
        ),
        (
            "La Policía Nacional informó que tres presuntos sicarios fueron abatidos el sábado "
            "en la colonia Rivera Hernández, en San Pedro Sula.",
            "es",
        ),
        (
            "A Polícia Militar informou que dois suspeitos foram neutralizados no domingo no "
            "bairro de Pernambués, em Salvador.",
            "pt",
        ),
    ],
)
def test_the_agents_own_word_that_suspects_were_killed_is_a_case(text: str, lang: str) -> None:
    killed = _killed(text, lang, "2024-02-19")
    assert killed[1] is not None and killed[1] >= 2


def test_suspects_killed_by_others_in_the_agents_word_are_no_case() -> None:
    text = (
        "La Policía informó que dos delincuentes fueron abatidos por sus propios cómplices en "
        "un ajuste de cuentas en Guayaquil."
    )
    assert not extracted(text, "es", "2024-02-19").relevance.relevant


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        (
            "Soldiers wounded five protesters in Kasese on Monday. Two of the wounded died in "
            "hospital on Tuesday.",
            "en",
            (2, 3),
        ),
        (
            "Policías balearon a cuatro jóvenes en Petare el lunes. Uno de los heridos murió en "
            "el hospital Pérez de León el martes.",
            "es",
            (1, 3),
        ),
        (
            "Policiais militares balearam três homens em Valéria na segunda-feira. Dois dos "
            "feridos morreram no Hospital Geral do Estado na terça.",
            "pt",
            (2, 1),
        ),
    ],
)
def test_the_wounded_who_died_after_are_dead_and_no_longer_hurt(
    text: str, lang: str, want: tuple[int, int]
) -> None:
    (incident,) = relevant(text, lang, "2024-03-06").incidents
    assert incident.killed is not None and incident.injured is not None
    assert (incident.killed.best, incident.injured.best) == want


def test_a_casualties_label_does_not_lump_the_dead_it_introduces() -> None:
    text = (
        "Soldiers entered Kin Pyin village, Sagaing, on 2 July 2025.\n\nCasualties: Four men were "
        "killed by the soldiers, their hands tied behind their backs."
    )
    assert _killed(text, "en", "2025-07-20")[1] == 4


def test_a_larger_total_outside_the_harm_is_no_best_figure() -> None:
    text = (
        "Residents said security forces killed 11 men in a raid in Bagh, Tirah, on Saturday. "
        "The year 2024 was the deadliest in a decade, with more than 1,600 people killed in "
        "militancy-related violence across the province."
    )
    assert _killed(text, "en", "2025-03-19")[1] == 11
