"""The harm told in passing (issue 6, round 30): a killing or a wound by agents told in a page
about something else (a match, a strike's end, a campaign, a new police chief), its day counted
from the page's own events, its scene set by the sentence before it; and the look-alikes in the
same pages: a film's invented story.

Each text is the project's own, written in the shapes the round's dev halves showed failing."""

from __future__ import annotations

import pytest

import forcewatch
from forcewatch.eval.gold import EvalItem
from forcewatch.extractor.counts import find_counts, find_single_counts
from tests.extract.dev_reports import assert_cases_found, assert_look_alike, dev_items, item_id
from tests.extract.helpers import killed

# --- days counted from the page's own events ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "published", "day"),
    [
        # the n-th day of something that began on a day told before
        (
            "The walkout by cement workers began on October 3 and lasted a week. Their union wants "
            "an inquiry into the events of the walkout's third day, when riot police fired on the "
            "pickets outside the Ewekoro plant and killed a machine operator.",
            "en",
            "2025-11-20",
            "2025-10-05",
        ),
        (
            "La huelga de los recolectores comenzó el 2 de mayo. Al tercer día de la huelga, "
            "agentes de la Policía Nacional dispararon contra los piquetes y mataron a un "
            "trabajador en Tumbes.",
            "es",
            "2025-06-01",
            "2025-05-04",
        ),
        # "N days after it began", told as the opening words of a harm told with no act
        (
            "El bloqueo de la carretera fue iniciado el 14 de marzo por los comuneros. Hubo "
            "declaraciones y reuniones durante días. La mesa de diálogo no prosperó. El gobierno "
            "regional pidió calma. Cuatro días después de iniciado, agentes de la Policía "
            "Nacional desalojaron el bloqueo en Pichanaki; durante el operativo murió de un "
            "disparo un comunero de 37 años.",
            "es",
            "2025-04-20",
            "2025-03-18",
        ),
    ],
)
def test_a_day_counted_from_the_start_of_what_was_told_before(
    text: str, lang: str, published: str, day: str
) -> None:
    result = forcewatch.extract(text, lang=lang, published=published)
    assert [m.date for m in result.incidents] == [day]


def test_the_sentence_before_the_harm_sets_its_day_and_place() -> None:
    """The scene told right before the harm, in its paragraph: its day and its town, over the
    lede's day further up."""
    text = (
        "KAMPALA, July 9 (Wire) - Fuel prices rose again on Tuesday across the region.\n\n"
        "Tempers flared on Monday in Jinja, where boda boda riders blocked the main road to protest "
        "the new levy. Police fired live rounds to clear the road, killing one rider and wounding "
        "two others, a regional police spokesman said."
    )
    result = forcewatch.extract(text, lang="en", published="2025-07-09")
    assert [(m.date, m.place) for m in result.incidents] == [("2025-07-07", "Jinja")]


def test_a_day_told_before_after_the_harm_dates_what_followed_it() -> None:
    text = (
        "The former commander was moved to a desk job in March after the fatal shooting of "
        "16-year-old Dwayne Clarke in Gregory Park, Portmore, on the night of Friday, February 7. "
        "Police said at the time that the boy had pointed a gun at a patrol team."
    )
    result = forcewatch.extract(text, lang="en", published="2025-05-02")
    assert [m.date for m in result.incidents] == ["2025-02-07"]


def test_the_agents_act_told_in_another_region_on_another_day_is_another_case() -> None:
    text = (
        "On Saturday night a teenager was shot dead by military police in Camaçari, in the state "
        "of Bahia. Two days later, on Monday, an operation by military police in Recife, "
        "Pernambuco, left three men dead, according to the police command."
    )
    result = forcewatch.extract(text, lang="en", published="2025-03-12")
    assert sorted((m.date, m.admin1) for m in result.incidents) == [
        ("2025-03-08", "BR-BA"),
        ("2025-03-10", "BR-PE"),
    ]


# --- the agents' own version names them ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Kelvin Otieno, 22, was shot dead near the Kibra stage on Friday night. Police said he "
            "had drawn a pistol on officers who stopped him.",
            "en",
        ),
        (
            "Esa madrugada, en el barrio La Loma de Soacha, Andrés Pinzón murió en el lugar. Según "
            "la versión policial, el joven disparó contra los agentes que le pidieron detenerse.",
            "es",
        ),
        (
            "O entregador Caio Mendes, de 24 anos, morreu no local, na Vila Nova, em Camaçari. "
            "Segundo a PM, o rapaz teria reagido à abordagem.",
            "pt",
        ),
    ],
)
def test_a_death_followed_by_the_agents_version_is_theirs(text: str, lang: str) -> None:
    result = forcewatch.extract(text, lang=lang, published="2025-03-10")
    assert result.relevance.relevant, result.relevance.reason
    assert killed(result) == [1]


def test_a_death_followed_by_someone_else_s_account_is_not_the_agents() -> None:
    text = (
        "Kelvin Otieno, 22, was shot dead near the Kibra stage on Friday night. His brother said "
        "he had drawn a pistol on the men who robbed him."
    )
    result = forcewatch.extract(text, lang="en", published="2025-03-10")
    assert not result.relevance.relevant


# --- counts --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "harms"),
    [
        (
            "Soldiers fired at the minibus, killing the driver and injuring a passenger.",
            ["injured"],
        ),
        ("Police opened fire on the crowd, killing a farmer.", ["killed"]),
        ("Police fired tear gas and rubber bullets, wounding a vendor.", ["injured"]),
        ("A dockworker, Musa Bello, 38, was shot dead at the gate.", ["killed"]),
    ],
)
def test_one_person_harmed_by_their_trade_or_in_the_attack_s_outcome(
    text: str, harms: list[str]
) -> None:
    assert [c.harm for c in find_single_counts(text)] == harms


def test_struck_off_the_force_is_not_dead() -> None:
    dismissed = "Tres carabineros fueron dados de baja y están formalizados por la Fiscalía."
    assert [c for c in find_counts(dismissed, "es") if c.harm == "killed"] == []
    killed_ones = "En el combate, tres guerrilleros fueron dados de baja por el Ejército."
    assert [c.number.best for c in find_counts(killed_ones, "es") if c.harm == "killed"] == [3]


# --- look-alikes ----------------------------------------------------------------------------------


def test_a_film_s_invented_story_is_no_case() -> None:
    text = (
        "La película de la directora llegó ayer al festival. La trama es sencilla: en un pueblo "
        "inventado de la sierra, un guardia civil dispara contra un pastor de veinte años durante "
        "un control nocturno y el chico muere en la cuneta. La directora insiste en que es pura "
        "ficción. Lo mejor es el reparto: el actor que hace de guardia construye un personaje "
        "que nunca se justifica."
    )
    result = forcewatch.extract(text, lang="es", published="2025-09-20")
    assert not result.relevance.relevant


# --- the round's dev reports -----------------------------------------------------------------

_DEV_LOOK_ALIKES: dict[str, tuple[str, ...]] = {"es_styles_r30.jsonl": ("es460",)}


@pytest.mark.parametrize("item", dev_items(_DEV_LOOK_ALIKES), ids=item_id)
def test_round_dev_look_alikes_are_not_relevant(item: EvalItem) -> None:
    assert_look_alike(item)


_DEV_CASES: dict[str, tuple[str, ...]] = {
    "en_styles_r30.jsonl": ("en609", "en612", "en613"),
    "es_styles_r30.jsonl": ("es448", "es451", "es452"),
    "es_styles_r28.jsonl": ("es416",),
}


@pytest.mark.parametrize("item", dev_items(_DEV_CASES), ids=item_id)
def test_round_dev_cases_each_found_on_its_day_in_its_region(item: EvalItem) -> None:
    assert_cases_found(item)
