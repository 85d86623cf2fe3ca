"""NGO releases' frames around their incidents: photo captions, the agents' country named as a
country ("US forces"), the day a period runs from and the day of another event ("since the
October 7 attacks", "detained after March 2")."""

from __future__ import annotations

import pytest

import forcewatch
from forcewatch.extractor.sentences import caption_lines

CAPTIONED = [
    # (published, text, expected date, place, country); a page's first caption is cleaned away
    # as chrome, the ones within its text are not
    (
        "2024-03-11",
        "Police beat five students last year when they arrested them, according to local media."
        "\n\nClick to expand Image Students march through Kampala, Uganda, on June 2, 2022, against "
        "a new oil pipeline and what it does to the farms along its route. © 2022 Some "
        "Photographer/Agency\n\nThe students are due in court next week. Their lawyers said the "
        "charges were baseless and that the prosecution had no evidence against any of them.\n\n"
        "Rights groups have called for the charges to be dropped before the hearing.",
        "2023",
        None,
        "UG",
    ),
    (
        "2024-05-02",
        "Soldiers shot dead two farmers near Quetta in Balochistan, witnesses said.\n\n"
        "Relatives of the farmers mourn at a funeral in Lahore, Pakistan, January 8, 2024, after "
        "an earlier killing in the province. © 2024 A. Person/Wire\n\nThe army has not commented "
        "on the killings. Relatives said the two men had gone to check on their fields and were "
        "unarmed.\n\nA local council called for an independent inquiry.",
        None,
        "Quetta",
        "PK",
    ),
]


@pytest.mark.parametrize(("published", "text", "date", "place", "country"), CAPTIONED)
def test_a_caption_dates_and_places_the_photo_not_the_incident(
    published: str, text: str, date: str, place: str | None, country: str
) -> None:
    result = forcewatch.extract(text, lang="en", published=published)
    assert result.incidents, result.relevance.reason
    incident = result.incidents[0]
    assert incident.date == date
    assert incident.place == place
    assert incident.country == country


@pytest.mark.parametrize(
    ("text", "captions"),
    [
        ("Click to expand Image A market in Goma. © 2023 Someone\n\nText.", 1),
        ("A crowd in Lima, May 3, 2021. © 2021 Wire Service\nBody text here.", 1),
        ("Body text without any photo.\nMore text.", 0),
        # a page on one line with its copyright at the end is not a caption
        ("Police shot a man. " * 60 + "© 2024 The Daily", 0),
    ],
)
def test_caption_lines(text: str, captions: int) -> None:
    assert len(caption_lines(text)) == captions


AGENTS_ABROAD = [
    # (text, expected country): a country named as the agents' side is not the place
    (
        "Around 200 people prayed at a mosque near Tal Rifaat, a Syrian town in Aleppo governorate, "
        "on May 4, 2018. US forces launched airstrikes on the mosque, killing at least 20 people.",
        "SY",
    ),
    (
        "Fishermen gathered at the harbour of Hodeidah, Yemen, on June 9, 2016. Saudi and "
        "UAE-led forces struck the harbour, killing nine fishermen.",
        "YE",
    ),
]


@pytest.mark.parametrize(("text", "country"), AGENTS_ABROAD)
def test_the_agents_country_is_not_the_incidents(text: str, country: str) -> None:
    result = forcewatch.extract(text, lang="en", published="2024-04-18")
    assert result.incidents, result.relevance.reason
    assert result.incidents[0].country == country


PERIOD_DATES = [
    # (published, text, expected date)
    (
        "2024-04-04",
        "Israeli forces struck a school in Gaza City, killing 11 people. The strike is one of "
        "many since the Hamas-led attacks on southern Israel on October 7.",
        None,
    ),
    (
        "2024-01-03",
        "Workers detained by Israeli authorities after October 7 said soldiers beat them in a "
        "military camp.",
        "2023-10",
    ),
    (
        "2024-01-03",
        "Following the October 7 attacks, soldiers beat several detained workers at a base.",
        "2023-10",
    ),
    (
        "2023-06-05",
        "A man died in hospital after Saturday's shooting, in which police fired at a crowd.",
        "2023-06-03",
    ),
]


@pytest.mark.parametrize(("published", "text", "date"), PERIOD_DATES)
def test_a_period_start_or_bound_is_not_the_incidents_day(
    published: str, text: str, date: str | None
) -> None:
    result = forcewatch.extract(text, lang="en", published=published)
    assert result.incidents, result.relevance.reason
    assert result.incidents[0].date == date
