"""The international desk and explainers (issue 6, round 28): one country's cases told in another's
language, with exonyms and borders named beside them; explainers whose facts stand in summary boxes,
timelines and question headings; and the look-alikes in the same forms: agents killed by robbers
or drivers, rumours answered, civilians' shootings with police as responders.

Each text is the project's own, written in the shapes the round's dev halves showed failing."""

from __future__ import annotations

import pytest

import forcewatch
from forcewatch.clean.html import extract_html
from forcewatch.eval.gold import EvalItem
from forcewatch.extractor.counts import find_counts
from forcewatch.extractor.dates import find_dates
from tests.extract.dev_reports import dev_items, item_id
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


# --- the round's dev reports -----------------------------------------------------------------

_DEV_LOOK_ALIKES = {
    "en_styles_r28.jsonl": ("en563",),
    "es_styles_r28.jsonl": ("es427",),
    "pt_styles_r28.jsonl": ("pt417", "pt423"),
}


@pytest.mark.parametrize("item", dev_items(_DEV_LOOK_ALIKES), ids=item_id)
def test_round_dev_look_alikes_are_not_relevant(item: EvalItem) -> None:
    assert not item.gold.relevant
    result = item.extract()
    assert not result.relevance.relevant, result.relevance.evidence


_DEV_CASES = {
    "en_styles_r28.jsonl": ("en549", "en560", "en562"),
    "es_styles_r28.jsonl": ("es420",),
}


@pytest.mark.parametrize("item", dev_items(_DEV_CASES), ids=item_id)
def test_round_dev_cases_each_found_with_their_region(item: EvalItem) -> None:
    """Each case found on its day, in its first-level division."""
    result = item.extract()
    assert result.relevance.relevant
    found = {(m.date, m.admin1) for m in result.incidents}
    assert all((case.date, case.admin1) in found for case in item.gold.incidents), (
        found,
        item.gold.incidents,
    )
