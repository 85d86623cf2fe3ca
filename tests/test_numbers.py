"""Numbers and counts in three languages, with the UCDP qualifiers."""

from __future__ import annotations

import pytest

from forcewatch.extractor.counts import find_counts
from forcewatch.extractor.numbers import find_numbers


@pytest.mark.parametrize(
    ("text", "lang", "low", "best", "high"),
    [
        ("at least nine", "en", 9, 9, None),
        ("more than 20", "en", 20, 20, None),
        ("between 5 and 7", "en", 5, 6, 7),
        # "between 23 to 27": the range told with "to", as often in NGO releases
        ("between 23 to 27", "en", 23, 25, 27),
        ("between twenty to thirty", "en", 20, 25, 30),
        ("entre cinco y siete", "es", 5, 6, 7),
        ("up to 12", "en", None, 12, 12),
        ("hasta 12", "es", None, 12, 12),
        ("1.200", "es", 1200, 1200, None),
        ("1,200", "en", 1200, 1200, None),
        ("6.000", "pt", 6000, 6000, None),
        ("una docena", "es", 12, 12, None),
        ("decenas", "es", 24, 24, None),
        ("uma dezena", "pt", 10, 10, None),
        ("pelo menos oito", "pt", 8, 8, None),
        ("mais de vinte", "pt", 20, 20, None),
        ("thousands", "en", 2000, 2000, None),
        ("twenty-one", "en", 21, 21, None),
    ],
)
def test_numbers_qualified(
    text: str, lang: str, low: int | None, best: int, high: int | None
) -> None:
    [number] = find_numbers(text, lang)
    assert (number.low, number.best, number.high) == (low, best, high)


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "resulted in at least nine people killed and another five injured",
            "en",
            [("killed", False, 9), ("injured", False, 5)],
        ),
        (
            "murieron tres presuntos delincuentes y un policía",
            "es",
            [("killed", False, 3), ("killed", True, 1)],
        ),
        (
            "dejó nueve muertos y dos agentes heridos",
            "es",
            [("killed", False, 9), ("injured", True, 2)],
        ),
        ("quatro mortos e dois feridos", "pt", [("killed", False, 4), ("injured", False, 2)]),
        ("dois policiais ficaram feridos", "pt", [("injured", True, 2)]),
        ("two officers were injured", "en", [("injured", True, 2)]),
        ("a 19-year-old man was killed", "en", []),
        ("un joven de 19 años murió", "es", [("killed", False, 1)]),
        ("un adolescente murió y otro de 17 quedó herido", "es", [("killed", False, 1)]),
        ("fired 16 shots", "en", []),
        ("charged in the death of 12-year-old Ciara", "en", []),
        ("a two-hour standoff left 3 people dead", "en", [("killed", False, 3)]),
        # a list joined by "así como", "as well as"; a partitive names its force after it
        (
            "cuatro personas resultaron lesionadas, así como dos elementos de la Guardia Nacional",
            "es",
            [("injured", False, 4), ("injured", True, 2)],
        ),
        (
            "four protesters were wounded, as well as two officers",
            "en",
            [("injured", False, 4), ("injured", True, 2)],
        ),
        # hurt, told by their care in the active: only with the wounds told
        (
            "los bomberos atendieron a seis personas con golpes y heridas",
            "es",
            [("injured", False, 6)],
        ),
        ("medics treated 14 people for gunshot wounds", "en", [("injured", False, 14)]),
        ("los bomberos atendieron a seis personas por intoxicación", "es", []),
        # one named and the others: "Kenya and two other countries" names no person
        ("murieron Andrés Pineda y otros dos jóvenes", "es", [("killed", False, 3)]),
        ("Pineda y otros dos hombres murieron también", "es", [("killed", False, 3)]),
        ("Kenya and two other countries were hit", "en", []),
        # an item that tells its own harm is no part of the next one's list; a distance no count
        (
            "houve um morto à facada, um jovem morto por um agente",
            "pt",
            [("killed", False, 1), ("killed", False, 1)],
        ),
        # a list of ages is no count; a noun said in both genders is one noun
        (
            "Três homens, de 22, 27 e 34 anos, foram mortos por policiais.",
            "pt",
            [("killed", False, 3)],
        ),
        (
            "Pelo menos catorze companheiras e companheiros ficaram feridos.",
            "pt",
            [("injured", False, 14)],
        ),
        ("Doce trabajadoras y trabajadores resultaron heridos.", "es", [("injured", False, 12)]),
        ("Dois indivíduos foram alvejados no confronto.", "pt", [("injured", False, 2)]),
        ("Six workers were treated at the district clinic.", "en", [("injured", False, 6)]),
        # the batons between the verb and its object, by another of their names
        (
            "Los antidisturbios golpearon con las defensas a cinco aficionados.",
            "es",
            [("injured", False, 5)],
        ),
        # nominalised harm, dead and hurt: "the deaths of ... and the injury of ..."
        (
            "We mourn the deaths of three farmers and the injury of nine others near Kasese.",
            "en",
            [("killed", False, 3), ("injured", False, 9)],
        ),
        # the weapon between the verb and its object
        ("Policías hirieron con perdigones a cuatro estudiantes.", "es", [("injured", False, 4)]),
        (
            "Os PMs feriram com balas de borracha cinco manifestantes.",
            "pt",
            [("injured", False, 5)],
        ),
        ("Two suspects were neutralised during the operation.", "en", [("killed", False, 2)]),
    ],
)
def test_counts_civilians_and_agents_apart(
    text: str, lang: str, expected: list[tuple[str, bool, int]]
) -> None:
    counts = find_counts(text, lang)
    assert [(c.harm, c.agents, c.number.best) for c in counts] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A bystander was shot and wounded by an officer.", [("injured", False)]),
        ("Un joven fue baleado y herido por policías.", [("injured", False)]),
        ("The officer hit an innocent bystander instead.", [("injured", False)]),
        ("Deputies fatally shot a 24-year-old man.", [("killed", False)]),
        ("An officer was stabbed and wounded.", [("injured", True)]),
        ("Officers shot a man.", []),  # a bare "shot" decides nothing
        ("A man shot at the officers.", []),
        # a denial between ("nenhum policial") and a force's name after "de" are no one hurt
        ("Segundo a Polícia Militar, nenhum policial ficou ferido.", []),
        ("Durante un operativo de la Policía Nacional en el sector Cienfuegos, murió.", []),
    ],
)
def test_single_counts_of_one_person(text: str, expected: list[tuple[str, bool]]) -> None:
    from forcewatch.extractor.counts import find_single_counts

    counts = find_single_counts(text)
    assert [(c.harm, c.agents) for c in counts] == expected
    assert all(c.number.best == 1 for c in counts)


def test_counts_of_an_earlier_event_compared_with_are_not_this_ones() -> None:
    import forcewatch

    extraction = forcewatch.extract(
        "Soldiers killed 9 people in a raid in Dayton, Ohio, on Friday, March 5, the deadliest "
        "raid in the state since the 2011 siege in Toledo, where 31 people died.",
        lang="en",
        published="2021-03-06",
    )
    [incident] = extraction.incidents
    assert incident.killed is not None and incident.killed.best == 9


@pytest.mark.parametrize(
    ("text", "lang", "low", "best"),
    [
        # A number times a collective noun: "três dezenas" is thirty, not "dezenas" (24).
        ("três dezenas de moradores", "pt", 30, 30),
        ("duas dezenas de feridos", "pt", 20, 20),
        ("tres decenas de heridos", "es", 30, 30),
        ("dos docenas de manifestantes", "es", 24, 24),
        ("duas dúzias de presos", "pt", 24, 24),
        ("cuatro centenares de personas", "es", 400, 400),
        ("al menos dos decenas de detenidos", "es", 20, 20),
    ],
)
def test_numbers_times_a_collective_noun(text: str, lang: str, low: int, best: int) -> None:
    [number] = find_numbers(text, lang)
    assert (number.low, number.best) == (low, best)


@pytest.mark.parametrize(
    ("text", "lang", "killed", "injured"),
    [
        # an article after a preposition is a count when its noun is the harm itself
        ("La intervención terminó con un fallecido y cuatro heridos.", "es", 1, 4),
        ("A ação da PM terminou com um morto e dois feridos.", "pt", 1, 2),
        ("El choque con la policía dejó como saldo un muerto.", "es", 1, None),
    ],
)
def test_counts_an_article_before_a_word_of_harm(
    text: str, lang: str, killed: int, injured: int | None
) -> None:
    counts = find_counts(text, lang)
    got = {c.harm: c.number.best for c in counts if not c.agents}
    assert (got.get("killed"), got.get("injured")) == (killed, injured)


def test_counts_what_an_english_gunman_held_is_no_count() -> None:
    # "two handguns was shot and killed": the man was, not two of anything
    text = "A man wielding two handguns was shot and killed at a Walmart in Pennsylvania."
    assert [c.number.best for c in find_counts(text, "en")] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Soldiers fired at the taxi, killing the driver and a passenger.", [("killed", 2)]),
        ("Los militares mataron al conductor y a su acompañante.", [("killed", 2)]),
        # "the driver and a passenger of the bus" are still two, but "killing the son and a
        # daughter of" names whose they were: only the first pattern's shape counts
        ("Police fired at the car, killing the driver.", []),
    ],
)
def test_two_people_named_by_their_nouns(text: str, expected: list[tuple[str, int]]) -> None:
    from forcewatch.extractor.counts import find_single_counts

    counts = [c for c in find_single_counts(text) if c.number.best == 2]
    assert [(c.harm, c.number.best) for c in counts] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Graças a Deus ninguém morreu.", [("killed", "all")]),
        ("Por sorte, ninguém perdeu a vida.", [("killed", "all")]),
        ("No hubo que lamentar víctimas fatales.", [("killed", "all")]),
        ("There were no deaths, the police said.", [("killed", "all")]),
        ("No one lost their life in the protest.", [("killed", "all")]),
        ("Dispersaron la marcha sin heridos.", [("injured", "all")]),
        # a life lost, told: no denial
        ("El joven perdió la vida en el hospital.", []),
        # the ones shot lived: "survived his injuries", "non-life-threatening", "teve alta"
        ("R.T. survived his injuries.", [("killed", "victims")]),
        ("He suffered non-life-threatening injuries.", [("killed", "victims")]),
        ("Foi baleado no ombro, não correndo o jovem perigo de vida.", [("killed", "victims")]),
        ("She was discharged from the district hospital on Monday.", [("killed", "victims")]),
        ("Recibió el alta ayer por la tarde.", [("killed", "victims")]),
        # an obituary's survivors, a weapon fired and an officer dismissed: no one lived through
        ("He is survived by his wife and two sons.", []),
        ("No firearm was discharged during the search.", []),
        ("The constable was discharged from the force.", []),
    ],
)
def test_denials_of_harm(text: str, expected: list[tuple[str, str]]) -> None:
    from forcewatch.extractor.counts import find_zero_counts

    assert [(z.harm, z.scope) for z in find_zero_counts(text)] == expected
