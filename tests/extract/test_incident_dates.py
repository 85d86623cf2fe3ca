"""The incident's date is the harm's, not the report's frame: datelines, 'said today', the start
of a period, a charge or a verdict, another language's weekday."""

from __future__ import annotations

import pytest

import forcewatch

CASES = [
    # (lang, published, text, expected date)
    # a weekday in a case under a dated heading counts from the heading's day, not the report's
    (
        "pt",
        "2026-02-20",
        "Dois casos, nenhuma acusação\n\nA revista reconstituiu dois casos em que agentes usaram a "
        "força sem que alguém fosse acusado, a partir de processos e de relatos de testemunhas.\n\n"
        "1. COIMBRA, BAIRRO DO IVO — 4 DE OUTUBRO DE 2025\n\n"
        "Num sábado à noite, agentes da PSP perseguiram uma mota e um deles disparou duas vezes; "
        "o condutor foi atingido no ombro.\n\n2. FARO, BAIRRO DA HORTA — 3 DE JANEIRO DE 2026\n\n"
        "Militares da GNR agrediram à bastonada um jovem de 19 anos durante uma detenção.\n",
        "2025-10-04",
    ),
    # the day of an inquiry's searches and arrests is not the day of the killing it is about
    (
        "es",
        "2025-10-08",
        "El Ministerio Público informa que este martes se realizaron tres diligencias de "
        "allanamiento y captura contra agentes de la Policía Nacional Civil.\n\n- De acuerdo con "
        "la investigación, el 14 de septiembre de 2025, en la colonia El Milagro de Mixco, los "
        "sindicados interceptaron a dos jóvenes. Uno de los agentes disparó contra ellos y mató a "
        "uno de los jóvenes.",
        "2025-09-14",
    ),
    # the day a question was signed is not the day of the beatings it asks about
    (
        "es",
        "2025-02-21",
        "Palacio del Congreso de los Diputados, 20 de febrero de 2025.—Ana Ruiz Pardo, Diputada.\n\n"
        "El pasado 14 de febrero, un grupo de jóvenes intentó saltar la valla de Melilla. Agentes "
        "de la Guardia Civil golpearon con porras a cinco de ellos.",
        "2025-02-14",
    ),
    # the day a habeas corpus was filed is not the day of the beating it is about
    (
        "es",
        "2024-08-23",
        "El 12 de agosto pasado, la defensora oficial interpuso un hábeas corpus en favor de las "
        "personas detenidas en el calabozo de la comisaría. Denunció que en la noche del viernes 9 "
        "de agosto, policías de la dependencia ingresaron al calabozo y golpearon a los detenidos.",
        "2024-08-09",
    ),
    (
        "es",
        "2022-08-30",
        "Son las cuatro de la madrugada del domingo cuando un policía dispara contra Franco en "
        "Villa Muñecas, Tucumán. La segunda bala le entra por la espalda y Franco muere. El lunes, "
        "la Fiscalía imputa al cabo que disparó por homicidio.",
        "2022-08-28",
    ),
    (
        "pt",
        "2025-01-27",
        "Uberlândia, 27 de janeiro de 2025\n\nA Polícia Militar informa que, na noite deste domingo "
        "(26/01/2025), policiais militares atiraram contra um suspeito no bairro Morumbi, que morreu "
        "no hospital.",
        "2025-01-26",
    ),
    (
        "en",
        "2024-04-04",
        "(Jerusalem) – Israeli forces struck a residential building in Gaza City on March 3, "
        "killing 12 people, Human Rights Watch said today. Since October 7, more than 30,000 "
        "Palestinians have been killed.",
        "2024-03-03",
    ),
    # the day someone wrote or reported it is not the day it happened
    (
        "en",
        "2024-07-18",
        "Prisoners wrote in a letter on July 9 that Sharifeh Mohammadi was tortured in "
        "detention. Intelligence agents arrested her at her home in Rasht on December 5, 2023.",
        "2023-12-05",
    ),
    (
        "es",
        "2024-03-12",
        "La organización informó el 11 de marzo que policías golpearon a un estudiante. El ataque "
        "ocurrió el 2 de marzo en Valparaíso.",
        "2024-03-02",
    ),
    # "ese día" / "naquela noite" / "that day": the day the sentences before gave
    (
        "es",
        "2024-03-10",
        "El 4 de febrero de 2024 los vecinos de San Mateo bloquearon la carretera. Ese día, por la "
        "tarde, agentes de la policía mataron a un joven de un disparo.",
        "2024-02-04",
    ),
    (
        "pt",
        "2023-04-01",
        "Em 9 de março de 2023 moradores do Jacarezinho fizeram um protesto. Naquela mesma noite, "
        "policiais mataram dois rapazes na rua principal.",
        "2023-03-09",
    ),
    (
        "en",
        "2024-06-20",
        "Farmers gathered outside the district office in Kasese on May 30, 2024. That day, "
        "soldiers opened fire on the crowd, killing two men.",
        "2024-05-30",
    ),
    # "the following day", "two days later", "al día siguiente", "dois dias depois": the day
    # told just before, counted on
    (
        "en",
        "2024-06-01",
        "Farmers marched to the district office in Kasese on May 3, 2024. The following day, "
        "soldiers shot dead a man who had led the march.",
        "2024-05-04",
    ),
    (
        "en",
        "2024-02-01",
        "Residents protested in Nyala on January 10. Two days later, security forces fired on the "
        "crowd, killing four people.",
        "2024-01-12",
    ),
    (
        "es",
        "2024-04-01",
        "Los campesinos bloquearon la carretera en Yoro el 3 de marzo de 2024. Al día siguiente, "
        "soldados mataron a un dirigente de la protesta.",
        "2024-03-04",
    ),
    (
        "pt",
        "2024-05-01",
        "Moradores protestaram em Belém em 5 de abril de 2024. Dois dias depois, policiais "
        "militares mataram um jovem na praça da República.",
        "2024-04-07",
    ),
    # the report's own day in a line that says when it came out is not the event's
    (
        "es",
        "2024-03-07",
        "Crónica publicada el jueves 7 de marzo de 2024.\n\nEl martes por la noche hubo un operativo "
        "en Soyapango. Un comerciante murió por disparos de agentes de la policía.",
        "2024-03-05",
    ),
    (
        "pt",
        "2024-04-12",
        "Edição de sexta-feira, 12 de abril de 2024.\n\nNa quarta-feira houve uma operação no "
        "Complexo da Maré. Um entregador morreu baleado por policiais militares.",
        "2024-04-10",
    ),
    (
        "pt",
        "2023-09-14",
        "Inês Barros · 14 de setembro de 2023, 18:20\n\nDois irmãos dizem ter sido agredidos por "
        "agentes da PSP numa esquadra do Porto em 2 de setembro.",
        "2023-09-02",
    ),
    (
        "es",
        "2024-02-10",
        "Por Lucía Paredes | 10/02/2024 09:15\n\nEl 6 de febrero, soldados mataron a un pescador "
        "cerca de Tumbes.",
        "2024-02-06",
    ),
    # an agency's dateline opens the first sentence: the day it was filed
    (
        "pt",
        "2024-05-20",
        "Luanda, 20 mai 2024 (Agência Kwanza) – A polícia matou dois jovens ontem no bairro Cazenga.",
        "2024-05-19",
    ),
    (
        "es",
        "2024-07-03",
        "Cochabamba, 3 de julio (Agencia Andina) – Militares hirieron a cuatro cocaleros anteayer "
        "en el Chapare.",
        "2024-07-01",
    ),
    # "condenar" and "condenamos" condemn, they are no verdict: that sentence keeps its date
    (
        "pt",
        "2024-06-04",
        "O Movimento vem condenar a violência com que foi dispersa uma reunião no passado "
        "sábado, 1 de junho, em Bissau. Sem qualquer aviso, os militares agrediram os presentes "
        "com bastões.",
        "2024-06-01",
    ),
    (
        "es",
        "2024-06-04",
        "Condenamos la represión de la protesta del pasado viernes 31 de mayo en Tegucigalpa. Sin "
        "previo aviso, los policías golpearon a los manifestantes.",
        "2024-05-31",
    ),
    # a dateline with its weekday is the report's day
    (
        "es",
        "2022-11-09",
        "Oruro, miércoles 9 de noviembre de 2022\n\nLa Defensoría se pronuncia por lo ocurrido en "
        "la tarde de ayer: agentes policiales golpearon a siete vendedores en el mercado Campero.",
        "2022-11-08",
    ),
    (
        "pt",
        "2024-10-02",
        "Maputo, quarta-feira, 2 de outubro de 2024\n\nAgentes da UIR balearam três jovens "
        "anteontem no bairro de Chamanculo.",
        "2024-09-30",
    ),
    # a verdict's sentence that says when the events occurred dates them
    (
        "es",
        "2024-02-22",
        "Un tribunal condenó a tres policías por el homicidio de dos pescadores en Salina Cruz. "
        "Los hechos que el tribunal dio por probados ocurrieron el 14 de agosto de 2019. En 2019 "
        "la Secretaría había negado los hechos.",
        "2019-08-14",
    ),
    (
        "pt",
        "2025-03-20",
        "O tribunal condenou dois agentes pela morte de um estudante em Setúbal. Os factos que o "
        "tribunal deu como provados ocorreram em 3 de maio de 2021. Em 2022 a PSP suspendeu-os.",
        "2021-05-03",
    ),
    # "hace una semana": counted back from the report's day
    (
        "es",
        "2023-09-14",
        "Los vecinos marcharon ayer para exigir justicia por la muerte de dos jóvenes a manos de "
        "agentes de la Policía Nacional, ocurrida hace una semana en Los Mina.",
        "2023-09-07",
    ),
    # the day another text came out is not the event's ("publicada na edição de 29 de outubro"),
    # and a statement reproduced over paragraphs is the report's text, not someone's words
    (
        "pt",
        "2024-11-04",
        "Publicamos o texto enviado pela PSP a propósito da notícia publicada na edição de 29 de "
        'outubro.\n\n"O Comando vem esclarecer o seguinte:\n\n1. No dia 27 de outubro, pelas '
        "02h40, em Odivelas, uma viatura avançou na direção de dois agentes.\n\n2. O outro agente "
        'efetuou dois disparos, um dos quais atingiu o condutor no ombro."',
        "2024-10-27",
    ),
    # a case's form names its day: the field, not the day of the arrest told below it
    (
        "pt",
        "2024-09-20",
        "FICHA N.º 15/2024\nData do facto: 06/09/2024\nLocal: Bairro Natite, cidade de Pemba\n"
        "Descrição: Detido na tarde de 5 de setembro, o jovem foi encontrado morto na cela da "
        "esquadra na manhã seguinte.",
        "2024-09-06",
    ),
    # a day of the month without its month: the report's month, or the one before it
    ("es", "2024-03-12", "El día 5, un policía mató a un joven en Quilmes.", "2024-03-05"),
    (
        "es",
        "2024-03-12",
        "El 5 del corriente, un policía mató a un joven en Quilmes.",
        "2024-03-05",
    ),
    ("pt", "2024-03-12", "Um PM matou um jovem em Osasco no último dia 5.", "2024-03-05"),
    (
        "pt",
        "2024-03-12",
        "Um agente da PSP baleou um jovem na Amadora no passado dia 9.",
        "2024-03-09",
    ),
    ("pt", "2024-03-02", "Um agente da PRM matou um jovem na Matola, no dia 28.", "2024-02-28"),
    # the day right after a verdict's verb is the verdict's; the killing's is told after it
    (
        "pt",
        "2024-08-05",
        "Cuiabá, 5 de agosto de 2024 — O Tribunal do Júri condenou ontem dois policiais militares a "
        "18 anos de prisão pela morte do estudante Gabriel Moura, de 20 anos, baleado durante uma "
        "abordagem no bairro CPA III em 12 de outubro de 2020.",
        "2020-10-12",
    ),
    # a communiqué's dateline with two places and "a" before its day is the report's
    (
        "es",
        "2025-06-06",
        "Mazapil, Zacatecas, a 6 de junio de 2025\nLa empresa informa lo siguiente sobre los hechos "
        "de la tarde de ayer en el acceso de la unidad. Elementos de la Guardia Nacional realizaron "
        "la liberación del acceso. Lamentamos el fallecimiento del señor Anselmo Ríos Carrillo; los "
        "disparos fueron realizados por elementos de esa institución.",
        "2025-06-05",
    ),
    # a birthday is never the event's day
    (
        "pt",
        "2024-10-22",
        "Data de nascimento declarada: 14/02/1998\nR: No sábado, 18 de maio, fizemos uma marcha em "
        "Bandim. Um polícia deu-me com o cassetete na cabeça e os agentes da PIR bateram-me.",
        "2024-05-18",
    ),
    # a story told from a recent day named before its case ("El jueves pasado salimos ...")
    (
        "es",
        "2024-11-24",
        "El jueves pasado salimos de Antigua Guatemala en un shuttle rumbo a Panajachel.\n\nEl "
        "bloqueo\n\nA la altura de Los Encuentros el tráfico se paró del todo.\n\nCuando llegó la "
        "policía\n\nVimos a dos agentes de la Policía Nacional Civil pegarle con el tolete a un "
        "señor mayor que ya estaba en el suelo.",
        "2024-11-21",
    ),
    # a state that holds on the report's day ("is in hospital tonight") is no day of the harm
    (
        "en",
        "2025-10-02",
        "A man is in hospital tonight with a fractured skull after being Tasered by police in "
        "Bristol. It happened on Tuesday evening in Easton, neighbours said.",
        "2025-09-30",
    ),
    # the day a site published the story, told before its verb, is not the event's
    (
        "pt",
        "2025-07-13",
        "Na segunda-feira (7), o site publicou a notícia de que uma dona de casa foi atingida "
        "no quadril por um disparo de um policial militar no domingo (6), em Cavaleiro.",
        "2025-07-06",
    ),
    # the day a court signed its decision is not the day of the killing it sends to trial
    (
        "pt",
        "2025-11-18",
        "A decisão da juíza foi assinada na última sexta-feira (14). Segundo a denúncia, na "
        "madrugada de 2 de março de 2024, o cabo da PM abordou o motoboy na Vila Nova. O "
        "policial efetuou três disparos, atingindo o rapaz no peito.",
        "2024-03-02",
    ),
    # "deste ano" is this year's, the report's, not the year the text told last
    (
        "pt",
        "2025-05-11",
        "Em 30 de outubro de 2024, a família mudou-se para a Vila Nova, em Nova Iguaçu. No dia "
        "12 de janeiro deste ano, policiais militares mataram um rapaz de 17 anos numa praça.",
        "2025-01-12",
    ),
    # a fundraiser's "created on" line is the page's date, not the injury's
    (
        "pt",
        "2025-03-10",
        "Criada por Ana Souza em 10 de março de 2025\n\nNa última sexta-feira (7), o meu filho "
        "voltava da escola quando a Polícia Militar chegou e começou a atirar balas de borracha "
        "para todos os lados. Uma bala atingiu o seu olho direito.",
        "2025-03-07",
    ),
]


@pytest.mark.parametrize(("lang", "published", "text", "date"), CASES, ids=lambda c: str(c)[:20])
def test_incident_date_is_the_harms(lang: str, published: str, text: str, date: str) -> None:
    result = forcewatch.extract(text, lang=lang, published=published)
    assert result.incidents, result.relevance.reason
    assert result.incidents[0].date == date


def test_a_round_up_item_without_agents_does_not_leak_into_the_incident() -> None:
    text = (
        "VILLA ELISA — Sospechoso abatido tras una persecución\n"
        "La noche del viernes, agentes de la Comisaría 3.ª de Villa Elisa persiguieron a un hombre "
        "que había robado una moto. Carlos Giménez, de 30 años, murió en el lugar con tres impactos "
        "de bala.\n\n"
        "ITAUGUÁ — Choque en la ruta deja dos muertos\n"
        "Dos jóvenes murieron al chocar contra un camión en la ruta 2.\n"
    )
    result = forcewatch.extract(text, lang="es", published="2023-07-24")
    assert len(result.incidents) == 1
    killed = result.incidents[0].killed
    assert killed is not None and killed.best == 1


# The start of a period is no incident's day, also when the date's own words carry the
# preposition ("since May 2020", "Since June"): the case told with it has no date of its own.
PERIOD_STARTS = [
    (
        "2024-08-01",
        "Burundian authorities have held hundreds of refugees in Gitega since March 2021. Guards "
        "at the camp beat a Congolese man, Jean Mutombo, breaking his arm.",
    ),
    (
        "2024-06-20",
        "Since February, Ethiopian soldiers have occupied the town of Bahir Dar. Soldiers shot "
        "dead a shopkeeper, Abebe Kassa, who refused to hand over his keys.",
    ),
    (
        "2023-11-30",
        "Desde septiembre de 2022 la policía patrulla el barrio. Un agente de la policía mató a "
        "un joven, Luis Ortega, en la plaza central de Trujillo.",
    ),
]


# A live blog's entries open on their hour; the entry that gives the day tells the operation,
# it is no stamp of the page ("20/03/2025 07h30 — Atualizado 09h12" is one).
LIVE_BLOGS = [
    (
        "pt",
        "2024-04-17",
        "AO VIVO: operação policial no Complexo do Salgueiro\n\n"
        "15h20 — Chega a cinco o número de mortos na operação.\n\n"
        "12h05 — A Polícia Militar informa que quatro suspeitos morreram em confronto com os "
        "agentes.\n\n"
        "8h10 — Policiais do 7º BPM entram no Complexo do Salgueiro, em São Gonçalo, nesta "
        "quarta-feira (17).\n",
        "2024-04-17",
    ),
    (
        "es",
        "2024-06-12",
        "EN VIVO: desalojo en el predio La Esperanza\n\n"
        "14:30 — Se confirma un segundo fallecido en el desalojo.\n\n"
        "11:15 — Un ocupante murió baleado por la policía durante el operativo.\n\n"
        "07:40 — Efectivos de la Policía llegan al predio La Esperanza, en Florencio Varela, este "
        "miércoles 12 de junio, para cumplir la orden de desalojo.\n",
        "2024-06-12",
    ),
]


@pytest.mark.parametrize(("published", "text"), PERIOD_STARTS, ids=lambda c: str(c)[:20])
def test_the_start_of_a_period_does_not_date_a_case(published: str, text: str) -> None:
    lang = "es" if "policía" in text else "en"
    result = forcewatch.extract(text, lang=lang, published=published)
    assert result.incidents, result.relevance.reason
    assert result.incidents[0].date is None


@pytest.mark.parametrize(("lang", "published", "text", "day"), LIVE_BLOGS)
def test_a_live_blogs_dated_entry_dates_the_operation(
    lang: str, published: str, text: str, day: str
) -> None:
    result = forcewatch.extract(text, lang=lang, published=published)
    assert [m.date for m in result.incidents] == [day]


def test_incident_date_is_not_the_statements_sign_off() -> None:
    text = (
        "1. La comisión alza su voz ante la muerte violenta de tres mineros y las heridas de "
        "otros dos en la mina El Candado, municipio Sifontes, en la madrugada del domingo "
        "pasado.\n\n"
        "2. Según los sobrevivientes, una patrulla de militares llegó al campamento a las cuatro "
        "de la mañana. Los militares ordenaron a todos tenderse en el suelo y dispararon contra "
        "tres de ellos. Otros dos jóvenes fueron heridos en las piernas.\n\n"
        "3. Pedimos al Ministerio Público una investigación independiente.\n\n"
        "Dado en Ciudad Bolívar, en la fiesta del santo patrono de la ciudad, 7 de marzo de 2025."
    )
    result = forcewatch.extract(
        text, lang="es"
    )  # the sign-off gives the day "domingo pasado" counts from
    assert [m.date for m in result.incidents] == ["2025-03-02"]


def test_incident_date_is_never_the_sign_offs_own() -> None:
    text = (
        "Los militares ordenaron a los mineros de la mina El Candado tenderse en el suelo y "
        "dispararon contra tres de ellos, que murieron allí mismo.\n\n"
        "Pedimos al Ministerio Público una investigación independiente.\n\n"
        "Dado en Ciudad Bolívar, en la fiesta del santo patrono de la ciudad, 7 de marzo de 2025."
    )
    result = forcewatch.extract(text, lang="es", published="2025-03-07")
    assert [m.date for m in result.incidents] == [None]


def test_incident_date_skips_a_pages_credits_line() -> None:
    """An infographic's credits line under its title ("Domingo 17 de agosto de 2025 ·
    Investigación y diseño: ...") is the report's day; its step-by-step heading gives the event's."""
    from tests.conftest import EXAMPLES

    path = EXAMPLES / "es" / "es186_infografia_operativo_paraguachon_maicao.html"
    [incident] = forcewatch.extract_file(path, published="2025-08-17", lang="es").incidents
    assert incident.date == "2025-08-15"
