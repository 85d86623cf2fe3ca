"""Cases remembered and cases filmed (issue 6, round 27): anniversaries and vigils that retell a
case of a year before, videos that show the agents' harm, police statements reproduced; and the
look-alikes in the same forms: an annual report's shares and changes, an off-duty officer killed
by robbers honoured by his force.

Each text is the project's own, written in the shapes the round's dev halves showed failing."""

from __future__ import annotations

import pytest

import forcewatch
from forcewatch.eval.gold import EvalItem
from forcewatch.extractor import lexicon as lx
from forcewatch.extractor.dates import find_dates
from tests.extract.dev_reports import assert_look_alike, dev_items, item_id
from tests.extract.helpers import killed

# --- what a video shows -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "A video posted on Saturday shows officers kicking a handcuffed man who lies on the "
            "ground at the Gizo wharf.",
            "en",
        ),
        (
            "Un video que circula en redes muestra a dos agentes de la Policía Municipal golpeando "
            "a un vendedor ambulante en el mercado de Chimaltenango.",
            "es",
        ),
        (
            "Um vídeo gravado por moradores mostra agentes da Polícia Nacional a disparar contra "
            "um grupo de vendedoras no mercado do Cazenga.",
            "pt",
        ),
    ],
)
def test_what_a_video_shows_the_agents_doing(text: str, lang: str) -> None:
    result = forcewatch.extract(text, lang=lang, published="2026-06-24")
    assert result.relevance.relevant, result.relevance.reason


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # shots at a thing, no one said hurt
        (
            "Un video muestra a policías disparando contra las llantas de un camión que no se "
            "detuvo en el retén.",
            "es",
        ),
        # the agents filmed arriving after the mob's beating
        (
            "A video shows a crowd beating a suspected thief until officers arrive and take him "
            "away in a van.",
            "en",
        ),
    ],
)
def test_what_a_video_shows_that_is_not_the_agents_harm(text: str, lang: str) -> None:
    result = forcewatch.extract(text, lang=lang, published="2026-06-24")
    assert not result.relevance.relevant, result.relevance.evidence


def test_a_singular_death_after_a_mothers_children_counts_one() -> None:
    text = (
        "Os agentes dispararam contra as vendedoras. Segundo familiares, trata-se de Esperança "
        "Mbala, de 29 anos, mãe de três filhos, que morreu antes de chegar ao hospital."
    )
    result = forcewatch.extract(text, lang="pt", published="2026-06-24")
    assert killed(result) == [1]


# --- remembered ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("He was shot shortly before midnight on August 19 last year.", "en", "2025-08-19"),
        ("Murió el 13 de marzo del año pasado.", "es", "2025-03-13"),
        ("Foi morto em 19 de agosto do ano passado.", "pt", "2025-08-19"),
    ],
)
def test_a_day_of_last_year(text: str, lang: str, value: str) -> None:
    days = [d.value for d in find_dates(text, "2026-08-21", lang) if d.precision == "day"]
    assert days == [value]
    assert [d.value for d in find_dates(text, "2026-08-21", lang)] == [value]


def test_a_vigils_weekday_beside_a_year_ago_is_not_the_cases_day() -> None:
    text = (
        "Más de cien personas recorrieron el viernes la comunidad, hasta el lugar donde hace un "
        "año cayeron dos campesinos.\n\nEl 11 de septiembre de 2025, agentes de la Policía "
        "Nacional Civil llegaron a desalojar la finca. Los agentes dispararon contra las familias "
        "y mataron a dos campesinos."
    )
    result = forcewatch.extract(text, lang="es", published="2026-09-12")
    assert [m.date for m in result.incidents] == ["2025-09-11"]


def test_residents_who_told_when_the_killings_happened() -> None:
    text = (
        "Verified footage shows soldiers shooting three unarmed men near Bafut. The video began "
        "circulating on February 19. Residents told the newspaper the killings happened on the "
        "morning of Sunday, February 16, during a search operation."
    )
    result = forcewatch.extract(text, lang="en", published="2025-02-24")
    assert [m.date for m in result.incidents] == ["2025-02-16"]


def test_the_dead_named_as_a_list_are_counted() -> None:
    text = (
        "Soldiers shot the men behind the chapel. Relatives named the dead as Divine Che, 26, a "
        "taxi driver; his cousin Julius Tangwa, 31, a farmer; and Peter Nfor, 22, a student."
    )
    result = forcewatch.extract(text, lang="en", published="2025-02-24")
    assert killed(result) == [3]


def test_a_reports_month_of_publication_is_not_the_cases() -> None:
    text = (
        "Policías dispararon contra las familias durante el desalojo de la finca El Recreo, en "
        "Chisec. Seis personas resultaron heridas por perdigones, de acuerdo con el informe que "
        "la PDH publicó en octubre de 2025."
    )
    result = forcewatch.extract(text, lang="es", published="2026-09-12")
    assert [m.date for m in result.incidents] != ["2025-10"]


# --- look-alikes ----------------------------------------------------------------------------------


def test_an_off_duty_officer_shot_by_robbers_is_no_agents_harm() -> None:
    text = (
        "O sargento, que tinha 21 anos de corporação, estava de folga quando entrou em uma "
        "farmácia e foi surpreendido por dois assaltantes. Ao ser reconhecido como policial, foi "
        "atingido por vários tiros e morreu no local."
    )
    result = forcewatch.extract(text, lang="pt", published="2026-04-21")
    assert not result.relevance.relevant, result.relevance.evidence


@pytest.mark.parametrize(
    "text",
    [
        "Las muertes bajo custodia crecieron un 18%.",
        "Killings by the police rose by 12.5 percent.",
        "Según el documento, 171 de esas muertes se produjeron por uso de armas de fuego.",
    ],
)
def test_a_share_or_a_change_of_a_total_is_a_statistic(text: str) -> None:
    assert lx.STATISTIC.search(text)


# --- the round's dev-half reports these rules were decided on ------------------------------------

_DEV_LOOK_ALIKES = {
    "es_styles_r27.jsonl": ("es415",),
    "pt_styles_r27.jsonl": ("pt409",),
}


@pytest.mark.parametrize("item", dev_items(_DEV_LOOK_ALIKES), ids=item_id)
def test_round_dev_look_alikes_are_not_relevant(item: EvalItem) -> None:
    assert_look_alike(item)


_DEV_RELEVANT = {"en_styles_r27.jsonl": ("en542",)}


@pytest.mark.parametrize("item", dev_items(_DEV_RELEVANT), ids=item_id)
def test_round_dev_reports_are_relevant(item: EvalItem) -> None:
    assert item.gold.relevant
    assert item.extract().relevance.relevant


_DEV_CASES = {
    "en_styles_r27.jsonl": ("en513", "en538"),
    "es_styles_r27.jsonl": ("es405", "es406"),
    "pt_styles_r27.jsonl": ("pt402", "pt403"),
}


@pytest.mark.parametrize("item", dev_items(_DEV_CASES), ids=item_id)
def test_round_dev_cases_each_found(item: EvalItem) -> None:
    """Each case found on its day."""
    result = item.extract()
    assert result.relevance.relevant
    found = {m.date for m in result.incidents}
    assert all(case.date in found for case in item.gold.incidents), (found, item.gold.incidents)
