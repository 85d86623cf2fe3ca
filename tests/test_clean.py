"""The text-dump cleaner keeps the article and drops the site around it; HTML goes to trafilatura."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import forcewatch
from forcewatch.clean.textdump import clean_text_dump
from tests.conftest import EXAMPLES

# Chrome that must never reach the main text, in the three languages.
CHROME = re.compile(
    r"cookies|suscr[ií]bete|assine nossa|skip to|sign up|\blogo\b|·\s*$|sobre nosotros|"
    r"sobre a organiza|acerca de la organizaci|copyright|derechos reservados|direitos reservados|"
    r"newsletter|lo más leído|otras noticias|trending|ir al contenido|pular para",
    re.IGNORECASE | re.MULTILINE,
)

DUMPS = {
    "en/en04_deltacourier_checkpoint.txt": (
        "Policeman shoots bus driver dead at Ughelli checkpoint",
        "A police officer shot dead a commercial bus driver",
        "2022-10-10",
    ),
    "es/es03_diario_zulia_dos_casos.txt": (
        "Dos hombres mueren en un procedimiento de la PNB en Maracaibo",
        "Dos hombres murieron ayer en la tarde",
        "2020-08-25",
    ),
    "es/es07_dump_carcel_bello.txt": (
        "Fundación Rejas Abiertas denuncia muerte de un recluso",
        "Un hombre privado de la libertad murió el lunes",
        "2021-02-18",
    ),
    "es/es12_dump_reforma_policial.txt": (
        "Senado debate reforma policial",
        "La Comisión Primera del Senado inició este martes",
        "2021-09-29",
    ),
    "es/es_junquito_b.txt": (
        "ONG exige investigar ejecuciones en El Junquito",
        "La Asociación Civil Defensa Activa exigió",
        "2018-01-17",
    ),
    "pt/pt01_diariocarioca_mare.txt": (
        "Operação da PM deixa quatro mortos no Complexo da Maré",
        "Uma operação da Polícia Militar no Complexo da Maré",
        "2024-05-16",
    ),
}


@pytest.mark.parametrize("name", sorted(DUMPS))
def test_clean_dump_keeps_the_article_and_drops_the_site(name: str) -> None:
    title, first_words, published = DUMPS[name]
    cleaned = clean_text_dump((EXAMPLES / name).read_text(encoding="utf-8"))
    assert cleaned.title is not None and cleaned.title.startswith(title)
    assert cleaned.text.startswith(first_words)
    assert cleaned.published == published
    assert CHROME.findall(cleaned.text) == []


def test_clean_dump_rail_of_unrelated_headlines() -> None:
    dump = "\n\n".join(
        [
            "Saltar al contenido",
            "Suscríbete a nuestro boletín semanal",
            "Agentes matan a un joven en un retén",
            "Un joven de 19 años murió anoche cuando agentes de la policía municipal abrieron "
            "fuego contra su moto en un retén a la salida de la ciudad, según su familia.",
            "La fiscalía abrió una investigación por homicidio y suspendió a los dos agentes "
            "que estaban de guardia en el puesto de control esa noche.",
            "El observatorio local es una organización sin fines de lucro que documenta la "
            "violencia institucional desde hace diez años en toda la región.",
            "Nueva ciclovía en el centro",
            "La obra costará doce millones y estará lista en marzo, anunció el municipio.",
            "Por Ana Ruiz ·",
            "El equipo local gana el clásico",
            "Por Luis Paz ·",
        ]
    )
    cleaned = clean_text_dump(dump)
    assert cleaned.title == "Agentes matan a un joven en un retén"
    assert cleaned.text.startswith("Un joven de 19 años murió anoche")
    assert cleaned.text.endswith("esa noche.")
    assert "ciclovía" not in cleaned.text and "clásico" not in cleaned.text
    assert "sin fines de lucro" not in cleaned.text
    assert {"related headlines", "about the organisation"} <= set(cleaned.removed)


def test_clean_dump_own_byline_is_not_a_rail() -> None:
    dump = "\n\n".join(
        [
            "Menu | Notícias | Política | Esportes",
            "PM mata dois jovens em abordagem",
            "Por Carla Souza · 3 min",
            "Dois jovens foram mortos por policiais militares durante uma abordagem na noite de "
            "sábado, segundo testemunhas ouvidas pela reportagem no bairro.",
            "A corporação afirmou que os agentes foram recebidos a tiros e que a ocorrência será "
            "investigada pela corregedoria, como manda o protocolo.",
        ]
    )
    cleaned = clean_text_dump(dump)
    assert cleaned.title == "PM mata dois jovens em abordagem"
    assert cleaned.text.startswith("Dois jovens foram mortos")
    assert cleaned.text.endswith("como manda o protocolo.")


def test_clean_html_page_metadata(tmp_path: Path) -> None:
    html = (
        "<html><head><title>Operativo en Petare | Diario Capital</title>"
        '<meta property="og:site_name" content="Diario Capital">'
        '<meta property="article:published_time" content="2024-03-05T08:00:00Z"></head>'
        "<body><nav><a href='/'>Inicio</a> | <a href='/s'>Sucesos</a></nav><article>"
        "<h1>Operativo en Petare deja tres muertos</h1>"
        "<p>Funcionarios de las FAES mataron a tres hombres durante un allanamiento en el "
        "barrio José Félix Ribas de Petare, estado Miranda, según denunciaron los vecinos.</p>"
        "<p>Los familiares aseguran que los hombres fueron ejecutados dentro de sus casas y "
        "que la policía alteró la escena antes de la llegada de los fiscales.</p>"
        "</article><footer>© Diario Capital. Todos los derechos reservados.</footer></body></html>"
    )
    path = tmp_path / "page.html"
    path.write_text(html, encoding="utf-8")
    result = forcewatch.extract_file(path)
    doc = result.document
    assert doc.format == "html"
    assert doc.publisher == "Diario Capital"
    assert doc.published == "2024-03-05"
    assert "Funcionarios de las FAES mataron a tres hombres" in doc.text
    assert "derechos reservados" not in doc.text and "Inicio" not in doc.text
    [incident] = result.incidents
    assert incident.killed is not None and incident.killed.low == 3
    assert incident.admin1 == "VE-M"


def test_clean_json_report_fields(tmp_path: Path) -> None:
    path = tmp_path / "report.json"
    path.write_text(
        '{"text": "Soldados del Ejército mataron a dos campesinos el pasado martes en una '
        'vereda de Tibú, Norte de Santander, denunció la comunidad.", '
        '"url": "https://example.org/nota", "published": "2024-03-07"}',
        encoding="utf-8",
    )
    result = forcewatch.extract_file(path)
    assert result.document.format == "json"
    assert result.document.url == "https://example.org/nota"
    [incident] = result.incidents
    assert (incident.date, incident.admin1) == ("2024-03-05", "CO-NSA")


@pytest.mark.parametrize(
    "logo", ["Horizonte Libre · Logo", "Horizonte Libre | logo", "Horizonte Libre logo"]
)
def test_clean_dump_publisher_from_the_logo_line_without_separators(logo: str) -> None:
    from forcewatch.clean.textdump import clean_text_dump

    dump = (
        f"Inicio | Nacional | Opinión\n\n{logo}\n\n"
        "Policías mataron a dos jóvenes en Petare durante un operativo, denunciaron vecinos.\n"
    )
    assert clean_text_dump(dump).publisher == "Horizonte Libre"


def test_clean_html_links_and_pitches_inside_the_article_are_dropped() -> None:
    html = (
        "<html><head><title>Operativo en Petare</title></head><body><article>"
        "<h1>Operativo en Petare deja tres muertos</h1>"
        "<p>Funcionarios de las FAES mataron a tres hombres durante un allanamiento en el "
        "barrio José Félix Ribas de Petare, estado Miranda, según denunciaron los vecinos.</p>"
        "<p>Lee también: Detienen a dos policías por el crimen de un vendedor en Maracay</p>"
        "<p>Los familiares aseguran que los hombres fueron ejecutados dentro de sus casas y "
        "que la policía alteró la escena antes de la llegada de los fiscales.</p>"
        "<p>Suscríbete a nuestro boletín y recibe las noticias cada mañana.</p>"
        "<p>Foto: Archivo / Diario Capital</p>"
        "</article></body></html>"
    )
    doc = forcewatch.extract(html).document
    assert "Funcionarios de las FAES mataron" in doc.text
    assert "ejecutados dentro de sus casas" in doc.text
    for chrome in ("Lee también", "Suscríbete", "Foto: Archivo"):
        assert chrome not in doc.text
    assert {"link to another story", "newsletter or membership pitch"} <= set(doc.removed)


@pytest.mark.parametrize(
    "text",
    [
        # a short report: each case a line under its own heading, fewer words than a paragraph
        "El 3 de marzo la policía mató a un joven en Tibú.\n\nCaso 2 — Sardinata\n\n"
        "El 9 de marzo soldados hirieron a dos campesinos en Sardinata.",
        "Caso 1 — Tibú\n\nA polícia matou um jovem em Tibú no dia 3.\n\nCaso 2 — Sardinata\n\n"
        "No dia 9, soldados feriram dois camponeses em Sardinata, segundo a denúncia.",
        "Soldiers wounded two farmers in Sardinata on 9 March.\n\nCase 2 — Tibú\n\n"
        "On 3 March police killed a young man in Tibú, witnesses said.",
    ],
)
def test_clean_dump_keeps_every_short_case_of_a_short_report(text: str) -> None:
    cleaned = clean_text_dump(text)
    first, last = text.split("\n\n")[1 if text.startswith("Caso 1") else 0], text.split("\n\n")[-1]
    assert first in cleaned.text
    assert last in cleaned.text
    assert re.search(r"Cas[oe] 2 —", cleaned.text)


def test_text_dump_cuts_readers_comments_and_keeps_a_signed_letter() -> None:
    """A page's comments, from their numbered heading to the end, are no part of the report (a
    comment's time stamp dated a blog's incident); a reader's letter signed after its last
    sentence is prose."""
    from forcewatch.clean.textdump import clean_text_dump

    story = (
        "Sobre las once llegaron los antimotines de la Policía Nacional Civil al cruce de Los "
        "Encuentros y lanzaron gases contra los vecinos que bloqueaban la carretera.\n\n"
        "Vimos a dos agentes pegarle con el tolete a un señor mayor que ya estaba en el suelo, "
        "y a un chaval con la cara llena de sangre.\n\n"
    )
    letter = (
        '"Meu filho foi com dois amigos a um baile de rua e os guardas municipais saíram '
        'batendo de cassetete em quem estava na rua. Posso processar a Prefeitura?" — M.A.S., '
        "Campinas\n\n"
    )
    comments = (
        "14 COMENTARIOS\n\n"
        "Marta G. · 24 noviembre, 2024 a las 19:02\n\n"
        "Gracias por contarlo, nosotros vamos en enero y la policía de allí nos da miedo.\n\n"
        "Saman P: Good riddance to underworld thugs.\nRizana M: Let the courts decide.\n\n"
        "Ver 12 comentarios más\n\n"
    )
    # what follows the comments is not theirs: the next story of a dump that holds several
    after = (
        "En otra noticia, la Policía Nacional Civil informó que dos agentes resultaron heridos "
        "por piedras durante el desalojo de una finca en Escuintla el martes.\n\n"
    )
    cleaned = clean_text_dump(story + letter + comments + after)
    assert "Vimos a dos agentes" in cleaned.text
    assert "Posso processar a Prefeitura" in cleaned.text
    for comment in ("COMENTARIOS", "Marta G.", "Gracias por contarlo", "Saman P", "Ver 12"):
        assert comment not in cleaned.text
    assert "dos agentes resultaron heridos" in cleaned.text


def test_text_dump_keeps_a_signed_letter_that_opens_the_article() -> None:
    from forcewatch.clean.textdump import clean_text_dump

    page = (
        "CONSULTÓRIO JURÍDICO\n\nPERGUNTA\n\n"
        '"Meu filho foi com dois amigos a um baile de rua e os guardas municipais saíram '
        'batendo de cassetete em quem estava na rua. Posso processar a Prefeitura?" — M.A.S., '
        "Campinas\n\nRESPOSTA\n\n"
        "Cara leitora, sinto muito pelo que aconteceu com seu filho e com os amigos dele. Vamos "
        "por partes, começando pela responsabilidade do Município.\n\n"
        "A Constituição prevê que as pessoas jurídicas de direito público respondem pelos danos "
        "que seus agentes causarem a terceiros, sem que a senhora precise provar culpa.\n\n"
    )
    assert "guardas municipais saíram batendo" in clean_text_dump(page).text


def test_text_dump_keeps_front_page_stories_that_end_on_their_page() -> None:
    """A printed front page's story ends on its page ("Págs. A8 e A9"), not on a full stop: it is
    still prose, and the page's teasers around it do not make it chrome."""
    text = (
        "FOLHA DO NORTE — EDIÇÃO IMPRESSA\n\nManaus, quinta-feira, 4 de dezembro de 2025\n\n"
        "MANCHETE\n\nPMs matam dois em ação no Coroado; família fala em execução\n\n"
        "Dois jovens, de 19 e 22 anos, morreram ontem à tarde durante uma ação da Rocam no "
        "bairro Coroado, Zona Leste. A PM diz que houve troca de tiros. Págs. A8 e A9\n\n"
        "CIDADES — Rio sobe 12 cm em uma semana. Pág. A4\n\n"
        "Legenda: parentes dos jovens em frente ao IML, na noite de ontem.\n\n"
        "Tempo: Manaus — máx. 33 °C, mín. 24 °C."
    )
    cleaned = clean_text_dump(text)
    assert "Dois jovens, de 19 e 22 anos, morreram" in cleaned.text


def test_clean_html_photo_essay_keeps_its_captions() -> None:
    """A photo essay tells its story in its captions, which trafilatura leaves out; a story's
    one photograph keeps its caption out, as before."""
    figures = "".join(
        f"<figure><img src='{k}.jpg' alt=''><figcaption>{k}/4 — {caption}</figcaption></figure>"
        for k, caption in enumerate(
            [
                "The family's front room in Bagong Silang, where the coffin lies. He was shot "
                "three times by police officers shortly before midnight on Friday, his family said.",
                "His mother holds up his school ID and says he was asleep when they kicked the "
                "door in and opened fire on the boys sleeping on the floor.",
                "His uncle shows the bandage on his shoulder: a bullet hit him as he came out "
                "of the kitchen, and he was treated at the district hospital.",
                "Candles in the alley on the fourth night of the wake, before the burial at the "
                "public cemetery on Thursday morning.",
            ],
            start=1,
        )
    )
    html = (
        "<html><head><title>In photos: a wake</title></head><body><header><nav><a href='/'>"
        "Home</a> <a href='/photos'>Photos</a></nav></header><main><section class='gallery'>"
        "<p class='kicker'>PHOTO ESSAY</p><h1>In photos: a wake in Bagong Silang</h1>"
        "<p class='byline'>Photos by Ana Cruz · March 4, 2025</p><p class='intro'>For four "
        "nights, the narrow alley outside the family's home in Bagong Silang has been lit by a "
        "single fluorescent tube and the glow of mobile phones. Inside lies a boy of 17 who, "
        "the police say, fought back when officers tried to arrest him last Friday night. His "
        "family says he was asleep.</p>"
        f"{figures}<p class='credits'>Photos: Ana Cruz. Reproduction prohibited.</p></section>"
        "</main><footer><p>© 2025 The Sentinel</p></footer></body></html>"
    )
    text = forcewatch.extract(html).document.text
    assert "He was shot three times by police officers" in text
    assert "Candles in the alley" in text
    one = (
        "<html><body><article><h1>Police raid in Tondo</h1><p>"
        + "Police raided a house in Tondo on Monday and arrested two men, the police said. " * 4
        + "</p><figure><img src='a.jpg'><figcaption>The house in Tondo after the raid, "
        "photographed by our reporter on Monday afternoon.</figcaption></figure></article>"
        "</body></html>"
    )
    assert "photographed by our reporter" not in forcewatch.extract(one).document.text


def test_text_dump_a_long_table_row_is_no_menu() -> None:
    """A data bulletin's pipe table row is no menu; the menu pattern once backtracked for a
    minute on one (two quantifiers could take the same spaces)."""
    # short cells first, then one too long for a menu item: the old pattern tried every way of
    # sharing the spaces around each separator before it failed
    row = (
        "N.° | Fecha | Provincia | Cantón / parroquia | Tipo de evento | Actor | Fallecidos | "
        "Heridos | Fuente 1 | 14/04/2025 | Los Ríos | Babahoyo / Barreiro | Enfrentamiento en "
        "un operativo militar de control de armas | Fuerzas Armadas | 3 | 1 | Comunicado"
    )
    cleaned = clean_text_dump(f"{row}\n\nLa policía mató a un joven en Quevedo el miércoles.")
    assert "Enfrentamiento en un operativo militar" in cleaned.text
    assert "menu" not in cleaned.removed
