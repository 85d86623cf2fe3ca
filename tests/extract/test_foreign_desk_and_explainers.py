"""The international desk and explainers (issue 6, round 28): one country's cases told in another's
language, with exonyms and borders named beside them; explainers whose facts stand in summary boxes,
timelines and question headings; and the look-alikes in the same forms: agents killed by robbers
or drivers, rumours answered, civilians' shootings with police as responders. Round 29: one story
told the hard way (eves and small hours, timelines, attributions between the agents and their act;
warning shots, any agent who would, captions quoted).

Each text is the project's own, written in the shapes the round's dev halves showed failing."""

from __future__ import annotations

import pytest

import forcewatch
from forcewatch.clean.html import extract_html
from forcewatch.eval.gold import EvalItem
from forcewatch.extractor.counts import find_counts
from forcewatch.extractor.dates import find_dates
from tests.extract.dev_reports import assert_cases_found, assert_look_alike, dev_items, item_id
from tests.extract.helpers import agency_kinds, killed

# --- agents harmed, and harm denied -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # the one shot is the agent the sentence opens on
        (
            "Uma viatura da PM chegou ao mercado durante um assalto. O soldado, que estava de "
            "folga e à paisana, correu até o caixa e foi atingido por dois tiros nas costas.",
            "pt",
        ),
        # a rumour the page sets out to answer, and the answer
        (
            "Investigators said they wanted to answer rumors that spread online, including claims "
            'that some of the injured were hit by police gunfire. "Not one round was fired by any '
            'officer on that square," the chief said.',
            "en",
        ),
        ('"Not one round was fired by any officer on that square," she said.', "en"),
        # a blow to a thing
        ("Two passengers say the officer slapped the window and told the driver to park.", "en"),
    ],
)
def test_agents_harmed_or_harm_denied_is_no_case(text: str, lang: str) -> None:
    result = forcewatch.extract(text, lang=lang, published="2025-06-12")
    assert not result.relevance.relevant, result.relevance.evidence


def test_a_passive_clause_whose_subject_is_none_is_no_harm() -> None:
    assert agency_kinds("No shots were fired by deputies at the crowd.", "en") == set()
    assert "passive" in agency_kinds("He was shot by police on Main Street.", "en")


# --- places of the international desk ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "place", "admin1"),
    [
        # a Spanish and a Portuguese name of Marseille (GeoNames' alternate names, built by
        # scripts/build_city_exonyms.py)
        (
            "Un joven de 19 años murió la noche del martes en Marsella tras recibir un disparo de "
            "un policía en un control de tráfico.",
            "es",
            "Marsella",
            "FR-PAC",
        ),
        (
            "Um jovem de 19 anos morreu na noite de terça-feira em Marselha depois de ser baleado "
            "por um policial numa blitz.",
            "pt",
            "Marselha",
            "FR-PAC",
        ),
        # the Colombian town of the same name, where the text says so
        (
            "Un joven murió en Marsella, Risaralda, tras recibir un disparo de un policía en un "
            "retén.",
            "es",
            "Marsella",
            "CO-RIS",
        ),
        # what comes across a border names the neighbour, not the place
        (
            "A fisherman was shot dead by the Rapid Action Battalion in Teknaf early on Tuesday. "
            "The battalion said yaba was being brought across the river from Myanmar.",
            "en",
            "Teknaf",
            "BD-B",
        ),
        # a part of a town named as its community
        (
            "Three men were shot dead by police and soldiers in the Cedar Pen community of "
            "Spanish Town early on Sunday.",
            "en",
            "Cedar Pen",
            "JM-14",
        ),
        # a part of a town named as its area
        (
            "Police officers opened fire on a bus in the Odo-Nla area of Ikorodu on Saturday "
            "night, killing three passengers.",
            "en",
            "Odo-Nla",
            "NG-LA",
        ),
    ],
)
def test_places_of_the_international_desk(text: str, lang: str, place: str, admin1: str) -> None:
    result = forcewatch.extract(text, lang=lang, published="2025-09-18")
    assert result.relevance.relevant, result.relevance.reason
    assert [(m.place, m.admin1) for m in result.incidents] == [(place, admin1)]


def test_a_megaoperation_is_an_operation() -> None:
    result = forcewatch.extract(
        "El martes, un megaoperativo en la zona norte de Río de Janeiro terminó con al menos "
        "ocho muertos, según el propio comando policial.",
        lang="es",
        published="2025-03-13",
    )
    assert result.relevance.relevant, result.relevance.reason
    assert killed(result) == [8]
    assert result.incidents[0].admin1 == "BR-RJ"
    pt = forcewatch.extract(
        "Uma megaoperação da polícia na zona norte do Rio terminou com oito mortos na terça-feira.",
        lang="pt",
        published="2025-03-13",
    )
    assert pt.relevance.relevant, pt.relevance.reason


# --- the numbers and days an explainer tells -------------------------------------------------


def test_a_lede_counting_days_from_the_harm_to_now_dates_it() -> None:
    result = forcewatch.extract(
        "Five days after police officers opened fire on a commercial bus at a checkpoint in "
        "Ikorodu, families of the dead are still asking why.",
        lang="en",
        published="2025-02-06",
    )
    assert [m.date for m in result.incidents] == ["2025-02-01"]
    es = find_dates(
        "Una semana después de que la policía disparara contra los manifestantes, las familias "
        "aún esperan respuestas.",
        "2025-02-06",
        "es",
    )
    assert [(h.value, h.kind) for h in es] == [("2025-01-30", "ago")]


def test_days_after_an_event_told_in_the_past_are_not_counted_from_now() -> None:
    assert (
        find_dates("Two days after the shooting, the officer resigned.", "2025-02-06", "en") == []
    )


@pytest.mark.parametrize(
    ("text", "lang", "number"),
    [
        ("A traffic stop on Highway 18 ended with a man dead and his passenger wounded.", "en", 18),
        ("Na rodovia BR 316, um homem foi morto a tiros.", "pt", 316),
        ("Police killed 18 people in Lagos.", "en", None),
    ],
)
def test_a_road_s_number_is_no_count(text: str, lang: str, number: int | None) -> None:
    counted = [c.number.best for c in find_counts(text, lang, 0) if c.harm == "killed"]
    if number is None:  # a count is still a count
        assert counted == [18]
    else:
        assert number not in counted


def test_a_summary_box_keeps_its_facts() -> None:
    page = (
        "<html><body><article><h1>What we know</h1><aside class='box'><h2>The story so far</h2>"
        "<ul><li>A county deputy shot Marcus Dell during a traffic stop late Saturday in "
        "Forsyth.</li><li>Read more</li></ul></aside><h2>What happened?</h2><p>According to the "
        "sheriff's office, a deputy pulled over a gray car at about 11:40 p.m. on Saturday, "
        "saying the car had a broken tail light.</p><p>The family has asked for the video to be "
        "released as soon as possible by the office.</p></article></body></html>"
    )
    text = extract_html(page).text
    box = text.find("A county deputy shot Marcus Dell")
    assert 0 <= box < text.find("What happened?")
    assert "Read more" not in text  # an item too short to be a fact


def test_an_aside_of_links_stays_out() -> None:
    page = (
        "<html><body><article><h1>Police shooting in Forsyth</h1><p>A county deputy shot "
        "Marcus Dell during a traffic stop late Saturday in Forsyth, the sheriff's office said "
        "on Sunday.</p><p>The family has asked for the video to be released.</p></article>"
        "<aside><h2>Most read</h2><ul><li>Council votes to close the old library on Main Street "
        "next spring</li></ul></aside></body></html>"
    )
    assert "library" not in extract_html(page).text


# --- round 29: one story told the hard way ------------------------------------------------------


def test_a_lede_counting_days_reads_past_an_abbreviation() -> None:
    hits = find_dates(
        "Four days after an RCMP officer shot and killed a woman inside her home in Brandvale, "
        "Man., her sister says the family still doesn't understand why.",
        "2024-10-17",
        "en",
    )
    assert [(h.value, h.kind) for h in hits] == [("2024-10-13", "ago")]


@pytest.mark.parametrize(
    ("text", "lang", "published", "day"),
    [
        (
            "The violence broke out on the eve of Thursday's parliamentary by-election, at the "
            "final rally of the opposition candidate.",
            "en",
            "2024-09-13",
            "2024-09-11",
        ),
        (
            "Kevin habría sido baleado en un retén la noche previa a las elecciones primarias del "
            "pasado domingo.",
            "es",
            "2025-03-12",
            "2025-03-08",
        ),
        ("Ele foi baleado na véspera do jogo de domingo.", "pt", "2025-03-12", "2025-03-08"),
        # the day before a day told right after it is that day
        (
            "The day before, on Monday (8 May), one protester was killed.",
            "en",
            "2023-05-12",
            "2023-05-08",
        ),
    ],
)
def test_the_eve_of_a_day_is_the_day_before(text: str, lang: str, published: str, day: str) -> None:
    assert [h.value for h in find_dates(text, published, lang)] == [day]


@pytest.mark.parametrize(
    ("text", "lang", "day"),
    [
        ("Foi na madrugada de sábado para domingo, no terreiro de casa.", "pt", "2024-08-11"),
        ("Ocurrió la madrugada del sábado al domingo en el barrio.", "es", "2024-08-11"),
        ("Ocurrió la madrugada del sábado en el barrio.", "es", "2024-08-10"),
    ],
)
def test_the_small_hours_from_one_day_to_the_next_are_the_next(
    text: str, lang: str, day: str
) -> None:
    assert find_dates(text, "2024-08-12", lang)[0].value == day


def test_a_timeline_entry_is_of_the_day_heading_it() -> None:
    text = (
        "The province's police watchdog has released a timeline of the shooting in Brandvale, "
        "pieced together from the officers' radio traffic and the family's calls.\n\n"
        "Sunday, Oct. 13\n\n"
        "7:21 p.m. - Two officers from the local detachment arrive at the house.\n\n"
        "7:26 p.m. - One officer fires his pistol. The woman is hit in the chest and dies at the "
        "scene.\n\n"
        "Monday, Oct. 14\n\n"
        "9:00 a.m. - The watchdog takes over the investigation.\n"
    )
    result = forcewatch.extract(text, lang="en", published="2024-10-17")
    assert [m.date for m in result.incidents] == ["2024-10-13"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The IIU's investigations of police shootings have often taken more than a year.", "en"),
        (
            '"Hoy un policía que abate a un delincuente armado termina con un expediente '
            'abierto", dijo el diputado.',
            "es",
        ),
    ],
)
def test_harm_as_a_kind_is_no_case(text: str, lang: str) -> None:
    assert agency_kinds(text, lang) & {"act", "passive", "context"} == set()


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "The team was fired upon, the police said, and they returned the fire. When the "
            "firing subsided, the two men were found suffering from gunshot wounds and were "
            "taken to hospital, where they were pronounced dead.",
            "en",
        ),
        (
            "Foram mortos a tiros, ali mesmo, os irmãos Raimundo e Josué. Quem atirou, segundo os "
            "moradores ouvidos pela reportagem, foram policiais militares que chegaram em duas "
            "lanchas.",
            "pt",
        ),
    ],
)
def test_the_agents_told_around_an_attribution(text: str, lang: str) -> None:
    assert agency_kinds(text, lang) & {"act", "passive", "context"}, text


def test_a_passive_s_agents_after_a_hyphenated_day() -> None:
    """A weekday written with its hyphen ("quarta-feira") between the harm and its by-phrase."""
    result = forcewatch.extract(
        "Uma zungueira foi baleada nas costas na manhã de quarta-feira por um agente da Polícia "
        "Nacional, no bairro Kimbango, município do Cazenga, em Luanda.",
        lang="pt",
        published="2024-06-14",
    )
    assert [(m.date, m.place, m.admin1) for m in result.incidents] == [
        ("2024-06-12", "Kimbango", "AO-LUA")
    ]


# --- the rounds' dev reports -----------------------------------------------------------------

_DEV_LOOK_ALIKES = {
    "en_styles_r28.jsonl": ("en563",),
    "es_styles_r28.jsonl": ("es427",),
    "pt_styles_r28.jsonl": ("pt417", "pt423"),
    "en_styles_r29.jsonl": ("en589",),
    "es_styles_r29.jsonl": ("es442",),
    "pt_styles_r29.jsonl": ("pt433", "pt439"),
}


@pytest.mark.parametrize("item", dev_items(_DEV_LOOK_ALIKES), ids=item_id)
def test_round_dev_look_alikes_are_not_relevant(item: EvalItem) -> None:
    assert_look_alike(item)


_DEV_CASES = {
    "en_styles_r28.jsonl": ("en549", "en560", "en562"),
    "es_styles_r28.jsonl": ("es420",),
    "en_styles_r29.jsonl": ("en586", "en602"),
    "es_styles_r29.jsonl": ("es444",),
    "pt_styles_r29.jsonl": ("pt432",),
}


@pytest.mark.parametrize("item", dev_items(_DEV_CASES), ids=item_id)
def test_round_dev_cases_each_found_with_their_region(item: EvalItem) -> None:
    """Each case found on its day, in its first-level division."""
    assert_cases_found(item)
