"""A report that tells its cases under headings named for an abuse and a place gives one incident
a section, each with its own place; a section's harm never leaks into another's."""

from __future__ import annotations

import pytest

import forcewatch
from forcewatch.extractor.mentions import extract_mentions
from forcewatch.records import Document

REPORT = """Detainees describe abuse after the autumn protests

(Geneva, June 3, 2024) – Interviews with former detainees describe beatings and torture by
security forces after last year's protests, a rights group said today.

Beatings in Kermanshah

A 22-year-old nursing student said she was detained at a checkpoint near the university.
Officers beat her with batons in a police van until she fainted.

Torture in Tabriz

A shopkeeper said intelligence agents held him for nine days.
Soldiers tortured him with electric shocks to make him confess.
"""


def test_sections_named_for_an_abuse_and_a_place_are_separate_incidents() -> None:
    result = forcewatch.extract(REPORT, published="2024-06-03", lang="en")
    places = [(m.place, m.admin1) for m in result.incidents]
    assert places == [("Kermanshah", "IR-05"), ("Tabriz", "IR-03")]


def test_without_the_headings_the_paragraphs_stay_one_incident() -> None:
    flat = REPORT.replace("Beatings in Kermanshah\n", "").replace("Torture in Tabriz\n", "")
    result = forcewatch.extract(flat, published="2024-06-03", lang="en")
    assert len(result.incidents) == 1


@pytest.mark.parametrize(
    ("lang", "published", "text", "dates"),
    [
        (
            "pt",
            "2025-02-03",
            "Beira, 4 de dezembro\n\nNa manhã de 4 de dezembro, agentes da polícia mataram dois "
            "estudantes na Munhava.\n\nChimoio, 9 de dezembro\n\nCinco dias "
            "depois, a polícia usou munições reais contra vendedores no mercado central; um "
            "vendedor morreu.\n",
            ["2024-12-04", "2024-12-09"],
        ),
        (
            "es",
            "2024-03-01",
            "Caso 1 — Cali, 2 de febrero de 2024\n\nPolicías antidisturbios hirieron a tres "
            "estudiantes con perdigones.\n\nCaso 2 — Popayán, 9 de febrero de 2024\n\nUn comerciante murió "
            "tras ser golpeado por agentes en una estación de policía.\n",
            ["2024-02-02", "2024-02-09"],
        ),
    ],
)
def test_segments_a_place_and_day_heading_opens_a_case(
    lang: str, published: str, text: str, dates: list[str]
) -> None:
    # the extractor alone: the page cleaner has its own rules for where a text dump begins
    doc = Document(text=text, published=published, language=lang)
    _, mentions = extract_mentions(doc)
    assert [m.date for m in mentions if m.kind == "incident"] == dates


CASES_BY_PARAGRAPH = """(Nairobi) – Police in the capital abused detained critics, a rights group said today.

The poet Amina Odhiambo was arrested at her home in Kisumu on March 4, 2023. Officers beat her with batons during the interrogation.

The trade unionist Peter Mwangi was detained in Mombasa on August 19, 2023. Rights monitors said he suffered severe beatings during his week in detention.
"""


def test_segments_a_paragraph_dated_apart_is_a_case_of_its_own() -> None:
    # each case's day is told in its paragraph before the harm, not in the harm sentence
    result = forcewatch.extract(CASES_BY_PARAGRAPH, published="2024-02-01", lang="en")
    assert [(m.date, m.place) for m in result.incidents] == [
        ("2023-03-04", "Kisumu"),
        ("2023-08-19", "Mombasa"),
    ]


def test_segments_a_story_told_over_two_days_stays_one_incident() -> None:
    text = (
        "Police officers beat a street vendor in Eldoret on Saturday, May 6, a rights group said."
        "\n\nHis family said he had been arrested on Friday, May 5. Doctors said he was beaten "
        "by the officers who held him.\n"
    )
    result = forcewatch.extract(text, published="2023-05-08", lang="en")
    assert len(result.incidents) == 1


def test_segments_a_harm_paragraph_of_its_own_is_dated_by_the_paragraph_before() -> None:
    text = (
        "(Geneva) – Detained activists were abused, a rights group said today.\n\n"
        "The farmer Ivo Petrenko was arrested by security forces in Odesa on April 2, 2022.\n\n"
        "Monitors said he suffered severe beatings during his detention.\n\n"
        "The teacher Olha Marchenko was detained in Kherson on September 14, 2022.\n\n"
        "Her lawyer said she was tortured while in custody.\n"
    )
    _, mentions = extract_mentions(Document(text=text, published="2023-06-01", language="en"))
    assert [(m.date, m.place) for m in mentions if m.kind == "incident"] == [
        ("2022-04-02", "Odesa"),
        ("2022-09-14", "Kherson"),
    ]


def test_segments_the_year_of_a_span_of_months_is_told_at_its_end() -> None:
    text = (
        "(Beirut) – A rights group published interviews with former detainees today.\n\n"
        "The group documented abuses that took place between August and October 2021.\n\n"
        "A student said intelligence officers beat him in a cell in Shiraz.\n"
    )
    _, mentions = extract_mentions(Document(text=text, published="2023-06-01", language="en"))
    assert [m.date for m in mentions if m.kind == "incident"] == ["2021-08"]


def test_segments_a_case_told_deep_in_a_release_does_not_take_the_lede_s_figures() -> None:
    lede = (
        "(Nairobi) – The government should open its prisons to independent monitors, a rights "
        "group said today. A fire at a market in Mombasa killed 14 people in January.\n\n"
    )
    filler = "".join(
        f"The group interviewed {n} former prisoners for this report in several towns.\n\n"
        for n in ("twelve", "fifteen", "nine", "eleven", "six", "eight", "ten", "seven",
                  "five", "four", "three", "two")
    )  # fmt: skip
    case = (
        "The trader Joseph Kiprono was arrested in Eldoret on March 3, 2023.\n\n"
        "Guards beat him and two other detainees with batons in the prison yard.\n"
    )
    text = lede + filler + case
    _, mentions = extract_mentions(Document(text=text, published="2024-02-01", language="en"))
    incidents = [m for m in mentions if m.kind == "incident"]
    assert [(m.date, m.place, m.killed) for m in incidents] == [("2023-03-03", "Eldoret", None)]


ORDINAL_CASES = """INFORME DE LA COMISIÓN — Casos atendidos en julio de 2024

Primer caso. El 4 de julio, en el municipio de Villa de Álvarez, Colima, elementos de la policía \
estatal detuvieron a Jorge Arturo Medina y lo golpearon durante su traslado.

Segundo caso. El 12 de julio, en Manzanillo, un marino disparó contra una camioneta en un punto \
de revisión y mató a su conductor, Ramiro Salas Ochoa, de 45 años.

Tercer caso. El 27 de julio, en Tecomán, dos policías municipales hirieron de bala a un \
adolescente de 15 años.
"""


def test_segments_ordinal_case_headings_each_open_a_case_with_its_own_place() -> None:
    result = forcewatch.extract(ORDINAL_CASES, lang="es", published="2024-08-05")
    got = [(m.date, m.place) for m in result.incidents]
    assert got == [
        ("2024-07-04", "Villa de Álvarez"),
        ("2024-07-12", "Manzanillo"),
        ("2024-07-27", "Tecomán"),
    ]


def test_segments_a_timeline_body_found_then_the_detention_told_after_it() -> None:
    text = (
        "12 de maio — Policiais militares fazem operação no bairro Pirambu, em Fortaleza.\n"
        "13 de maio — O corpo de Francisco Gomes, de 19 anos, é encontrado num terreno baldio, "
        "com marcas de tiros. A família diz que ele foi levado pelos PMs na véspera.\n"
        "20 de maio — O Ministério Público abre investigação."
    )
    result = forcewatch.extract(text, lang="pt", published="2024-06-10")
    assert result.relevance.relevant
    assert [(m.date, m.admin1) for m in result.incidents] == [("2024-05-13", "BR-CE")]


# An archive's entries: a name, an age, the day alone as a sentence ("19/11/2023."), the place,
# then the case told without a date. Each entry's day opens its case.
ENTRIES = [
    (
        "es",
        "2023-12-01",
        "Gómez, Ariel. 19 años. 03/10/2023. Quilmes, Buenos Aires.\n\n"
        "Un policía le disparó en la espalda cuando volvía del trabajo. Murió en el hospital.\n\n"
        "Ríos, Néstor. 35 años. 21/10/2023. Posadas, Misiones.\n\n"
        "Lo detuvieron por una pelea. Horas después apareció muerto en el calabozo de la "
        "comisaría.\n",
        ["2023-10-03", "2023-10-21"],
    ),
    (
        "pt",
        "2024-04-02",
        "Silva, João Carlos. 22 anos. 04/03/2024. Camaçari, Bahia.\n\n"
        "Policiais militares atiraram contra o rapaz numa abordagem; ele morreu no local.\n\n"
        "Souza, Marcos. 30 anos. 17/03/2024. Feira de Santana, Bahia.\n\n"
        "Foi espancado por policiais dentro da viatura e ficou internado.\n",
        ["2024-03-04", "2024-03-17"],
    ),
]


@pytest.mark.parametrize(("lang", "published", "text", "dates"), ENTRIES)
def test_each_entrys_own_day_opens_its_case(
    lang: str, published: str, text: str, dates: list[str]
) -> None:
    # the extractor alone: the page cleaner has its own rules for where a text dump begins
    _, mentions = extract_mentions(Document(text=text, published=published, language=lang))
    assert [m.date for m in mentions if m.kind == "incident"] == dates


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "es",
            "Dos campesinos murieron este domingo en un enfrentamiento con soldados en Yhú.\n\n"
            "Según el parte, una patrulla de soldados y policías que recorría la zona desde el viernes "
            "fue recibida a tiros. En el intercambio de disparos cayeron los dos "
            "hombres.\n\nUn cabo resultó con una herida leve en el brazo.\n",
        ),
        (
            "pt",
            "Dois homens morreram neste domingo num confronto com policiais em Caxias.\n\n"
            "Segundo a PM, uma equipe de policiais militares que fazia buscas na região desde a "
            "sexta-feira foi recebida a tiros. Na troca de tiros, os dois foram atingidos.\n\nUm "
            "soldado ficou ferido no braço.\n",
        ),
    ],
)
def test_segments_the_start_of_a_period_is_no_other_case(lang: str, text: str) -> None:
    # "desde el viernes": when the patrol began, not a second incident on another day
    doc = Document(text=text, published="2024-09-16", language=lang)
    _, mentions = extract_mentions(doc)
    assert [m.date for m in mentions if m.kind == "incident"] == ["2024-09-15"]


ROUND_UP = """Conflict monitor: West and Central Africa, week of 3-9 June

This week state forces killed civilians in two countries, and in Niger soldiers shot dead herders near Tillaberi, local sources said.

Chad

Soldiers killed four fishermen on the shore of Lake Chad near Bol on 4 June, relatives said.

Niger

On 6 June, soldiers shot dead three herders at a well outside Tillaberi, residents said.

Looking ahead

More operations are expected before the rainy season.
"""


def test_a_round_up_gives_one_incident_a_country_section_and_none_for_its_overview() -> None:
    result = forcewatch.extract(ROUND_UP, published="2024-06-10", lang="en")
    found = [(m.date, m.place, m.killed.best if m.killed else None) for m in result.incidents]
    assert found == [("2024-06-04", "Bol", 4), ("2024-06-06", "Tillaberi", 3)]


def test_without_country_headings_the_overview_is_kept() -> None:
    flat = ROUND_UP.replace("Chad\n", "").replace("Niger\n", "")
    result = forcewatch.extract(flat, published="2024-06-10", lang="en")
    assert len(result.incidents) == 3
    assert result.incidents[0].evidence[0].text.startswith("This week state forces killed")


NUMBERED = """OVERSIGHT BODY STATEMENT

The body has opened inquiries into three incidents involving police officers this week.

1. Fatal shooting in Kondele, Kisumu County

On Saturday, 6 July 2024, officers at a roadblock on the ring road shot dead a motorcycle rider who
had failed to stop when they flagged him down. His family says he was shot in the back.

2. Injuries to traders in Eldoret, Uasin Gishu County

On Tuesday, 9 July 2024, police officers beat two traders with batons during an eviction from the
market. Both were treated in hospital for head wounds and have filed complaints with the body.
"""


def test_numbered_case_headings_are_separate_incidents() -> None:
    result = forcewatch.extract(NUMBERED, published="2024-07-10", lang="en")
    found = [(m.date, m.admin1) for m in result.incidents]
    assert found == [("2024-07-06", "KE-17"), ("2024-07-09", "KE-44")]


BOARD = """OVERSIGHT BOARD STATEMENT
10 March 2025

The board has opened inquiries into two separate incidents reported over the weekend.

1. Limpopo: Death as a result of police action, Polokwane

It is alleged that on Saturday, 8 March 2025, officers shot dead a 30-year-old man at a roadblock
in Polokwane after he drove through it.

2. Free State: Assault by officers, Welkom

It is alleged that on Sunday, 9 March 2025, officers beat two men outside a tavern in Welkom. Both
were treated in hospital.
"""


def test_numbered_headings_open_a_case_each() -> None:
    """(The first case is one sentence under its numbered heading: a statement's section, not a
    teaser under a headline; the second ends on a wrapped line of three words, no contact line.)"""
    result = forcewatch.extract(BOARD, published="2025-03-10", lang="en")
    cases = [(m.date, m.admin1) for m in result.incidents]
    assert cases == [("2025-03-08", "ZA-LP"), ("2025-03-09", "ZA-FS")]


def test_one_numbered_line_is_no_heading() -> None:
    """A lone "1." line is a list's item, not a case: the harm paragraphs stay one incident."""
    single = BOARD.replace("2. Free State: Assault by officers, Welkom\n", "")
    heads = [m for m in forcewatch.extract(single, published="2025-03-10", lang="en").incidents]
    assert len(heads) <= 2  # the days may still part them; the heading alone does not


SUBSECTIONS = """Declaração preliminar da missão de observação

4. Incidentes

4.1. Cidade de Nacala, província de Nampula. Na noite de 9 de Outubro, agentes da polícia
dispararam contra eleitores à porta de uma escola. Um jovem morreu no local.

4.2. Distrito de Xai-Xai, província de Gaza. Na manhã de 10 de Outubro, agentes da polícia
agrediram delegados com bastões. Quatro delegados ficaram feridos.
"""


def test_section_numbers_of_paragraphs_open_a_case_each() -> None:
    """ "4.1." and "4.2." split from their paragraphs are sections: two days a day apart and two
    provinces are two cases, not one event told over two days."""
    result = forcewatch.extract(SUBSECTIONS, published="2024-10-12", lang="pt")
    cases = [(m.date, m.admin1) for m in result.incidents]
    assert cases == [("2024-10-09", "MZ-N"), ("2024-10-10", "MZ-G")]


def test_a_paragraph_opening_the_second_case_is_its_own_incident() -> None:
    """ "O segundo caso é mais sutil." opens a case of its own, as "Segundo caso:" does; and a
    projectile that hit a resident is her wound."""
    text = (
        "Na madrugada da última terça-feira (8), policiais militares do 1º Batalhão atiraram "
        "contra Wellington Souza, de 23 anos, no bairro de Peixinhos, em Olinda. Ele morreu no "
        "local.\n\n"
        "O segundo caso é mais sutil. A nota da PM informava que policiais do 6º Batalhão, "
        "durante a abordagem a um homem numa moto no bairro de Cavaleiro, em Jaboatão dos "
        'Guararapes, efetuaram disparos, e que "um dos projéteis atingiu uma moradora".'
    )
    result = forcewatch.extract(text, published="2025-07-13", lang="pt")
    assert [m.place for m in result.incidents] == ["Peixinhos", "Cavaleiro"]
    assert [
        (m.killed and m.killed.best, m.injured and m.injured.best) for m in result.incidents
    ] == [
        (1, None),
        (None, 1),
    ]


PLACE_SECTIONS = """Civilians killed in army strikes, a monitoring group says

(Peshawar) – Army drones and artillery have killed at least 12 civilians in three attacks on
villages since July, a monitoring group said today.

Mir Ali, North Waziristan

On August 4, two shells struck a house in Mir Ali during a funeral. Four people were killed,
and six were wounded. Witnesses said the shells were fired from an army camp nearby.

Wana, South Waziristan

On September 12, soldiers at a checkpoint outside Wana opened fire on a van. Residents said
between five and seven passengers were killed.

Parachinar, Kurram district

On October 20, an army drone struck a market in Parachinar, killing three traders.
"""


def test_sections_headed_by_a_town_and_its_district_are_separate_incidents() -> None:
    result = forcewatch.extract(PLACE_SECTIONS, published="2024-11-02", lang="en")
    found = [(m.date, m.killed.best if m.killed else None) for m in result.incidents]
    # the lede's total over three attacks is no case of its own; each section's toll stays in it
    assert found == [("2024-08-04", 4), ("2024-09-12", 6), ("2024-10-20", 3)]


def test_a_single_town_heading_does_not_cut_a_report() -> None:
    text = (
        "Soldiers kill two at a roadblock\n\nMir Ali, North Waziristan\n\nSoldiers at a "
        "roadblock outside Mir Ali shot dead two men on Monday, residents said.\n"
    )
    result = forcewatch.extract(text, published="2024-11-06", lang="en")
    assert [(m.date, m.killed.best if m.killed else None) for m in result.incidents] == [
        ("2024-11-04", 2)
    ]


HANSARD = """THE NATIONAL ASSEMBLY

Hon. Speaker: Hon. Members, three Members will make statements on the conduct of the police.

KILLING OF MR. JAMES OTIENO IN KIBERA

Hon. Aisha Wanjiru (Kibra, ODM): Thank you, Hon. Speaker. On the night of 4th March 2025, officers from Kilimani Police Station stopped a group of young men near the railway line. Mr. James Otieno, aged 20, was shot in the back as he walked away.

DEATH IN CUSTODY OF MR. PETER KAMAU AT THIKA POLICE STATION

Hon. Daniel Mwangi (Thika Town, UDA): Thank you, Hon. Speaker. On 9th March 2025, Mr. Peter Kamau was arrested for a traffic offence and held overnight. The next morning his family was told he had died in the cells.
"""


def test_headings_in_capitals_open_a_case_each() -> None:
    result = forcewatch.extract(HANSARD, published="2025-04-02", lang="en")
    assert sorted(m.date for m in result.incidents) == ["2025-03-04", "2025-03-09"]


def test_a_heading_in_capitals_is_a_topic_a_headline_in_prose_is_not() -> None:
    from forcewatch.extractor.mentions import _TOPIC_HEADING

    assert _TOPIC_HEADING.match("KILLING OF MR. JAMES OTIENO IN KIBERA")
    assert not _TOPIC_HEADING.match("Soldiers kill five in raid on Damboa")


def test_segments_not_an_isolated_case_opens_another_case() -> None:
    # the first case's day is told in a sentence of its own, deep in a paragraph; the release
    # then says the harm it is about to tell is another case
    text = (
        "La Comisión de Derechos Humanos exige investigar la muerte de Rubén Salas, ocurrida "
        "tras su aprehensión por miembros del Ejército en el barrio San Roque, en Portoviejo.\n\n"
        "Según los vecinos, el sábado 4 de octubre de 2025 una patrulla detuvo a Salas frente a "
        "su casa. Salas falleció horas después en el hospital.\n\n"
        "La Comisión recuerda que no se trata de un hecho aislado. El 2 de marzo de 2025, en "
        "Chone, un joven de 17 años resultó herido cuando policías dispararon contra su moto.\n"
    )
    result = forcewatch.extract(text, published="2025-10-08", lang="es")
    assert [(m.date, m.place) for m in result.incidents] == [
        ("2025-10-04", "San Roque"),
        ("2025-03-02", "Chone"),
    ]


def test_segments_a_heading_that_says_it_is_not_the_first_time_keeps_its_section() -> None:
    # the cue as a heading of its own: the section after it is the earlier case, with its place
    text = (
        "Um entregador de 24 anos foi morto por policiais militares no bairro Aldeia, em "
        "Santarém, no domingo (8).\n\n"
        "Ele foi sepultado no cemitério Nossa Senhora dos Mártires.\n\n"
        "NÃO É A PRIMEIRA VEZ\n\n"
        "O bairro Aldeia já havia sido palco de outra morte em ação policial. Em maio de 2022, "
        "um pescador de 30 anos morreu baleado por policiais militares na beira do rio.\n"
    )
    result = forcewatch.extract(text, published="2026-03-10", lang="pt")
    assert [m.date for m in result.incidents] == ["2026-03-08", "2022-05"]
    assert all(m.place == "Aldeia" for m in result.incidents), [m.place for m in result.incidents]


def test_segments_a_year_long_toll_is_no_incident() -> None:
    text = (
        "Um mototaxista de 29 anos foi morto por policiais militares no bairro Aldeia, em "
        "Santarém, no domingo (8).\n\n"
        "Dados da Secretaria de Segurança mostram que 14 pessoas morreram em intervenções "
        "policiais em Santarém ao longo de 2025.\n"
    )
    result = forcewatch.extract(text, published="2026-03-10", lang="pt")
    assert [(m.date, m.killed and m.killed.best) for m in result.incidents] == [("2026-03-08", 1)]


def test_segments_a_lede_without_agents_is_the_harm_its_headline_tells() -> None:
    from tests.clean.test_textdump_shapes import LEDE_PAGE

    result = forcewatch.extract(LEDE_PAGE, published="2025-08-14", lang="en")
    assert result.relevance.relevant
    [incident] = result.incidents
    assert (incident.date, incident.place) == ("2025-08-12", "Nyalenda")
    assert incident.killed is not None and incident.killed.best == 1


def test_segments_a_case_recalled_begins_where_it_is_recalled() -> None:
    text = (
        "DHAKA, 10 May 2025 — A rights group called for an inquiry into the death of a rickshaw "
        "puller in the custody of Rajshahi Metropolitan Police.\n\n"
        "He was picked up from his home on 6 May and died in hospital the next day.\n\n"
        "The group also drew attention to the beating of a student in Bogura in March. On 2 "
        "March 2025, Rafiq Ahmed, 20, was beaten by police officers outside his college.\n"
    )
    result = forcewatch.extract(text, published="2025-05-10", lang="en")
    assert [(m.date, m.place) for m in result.incidents] == [
        ("2025-05-06", "Rajshahi"),
        ("2025-03-02", "Bogura"),
    ]


def test_segments_another_encounter_is_another_case() -> None:
    text = (
        "A man wanted in five robbery cases was shot dead by the Special Task Force near Teghra "
        "on Monday night, police said. In another encounter, a theft accused was shot in the "
        "leg by Muzaffarpur police near the Kanti bypass.\n"
    )
    result = forcewatch.extract(text, published="2025-08-05", lang="en")
    assert [m.killed and m.killed.best for m in result.incidents] == [1, None]


def test_segments_an_english_sentence_opening_on_an_earlier_year_is_its_own_case() -> None:
    text = (
        "A 40-year-old carpenter died in police custody in Hunsur early on Wednesday, his family "
        "said.\n\n"
        "It is the second custodial death in the district in two years. In June 2023, a "
        "farmer died at the Periyapatna police station a day after he was detained. Since "
        "January 2021, activists have recorded 14 deaths in custody in the state.\n"
    )
    result = forcewatch.extract(text, published="2025-08-21", lang="en")
    assert [m.date for m in result.incidents] == ["2025-08-20", "2023-06"]
