"""One victim the report does not number ("police shot a man") is one person killed when their
death is told with the harm or just after it; not when the death told after is other people's,
numbered apart ("At least 20 people have died in custody since 2020"), nor when it is only
threatened or feared ("threatened to kill him", "would be killed")."""

from __future__ import annotations

import pytest

from forcewatch.extractor.mentions import extract_mentions
from forcewatch.records import Document, Quantity


def _best(quantity: Quantity | None) -> int | None:
    return None if quantity is None else quantity.best


CASES = [
    # (published, text, killed, injured)
    (
        "2024-06-01",
        "Police officers beat a vendor in the market of Bouaké on May 4. At least 20 people have "
        "died in police custody in Côte d'Ivoire since 2020.",
        None,
        1,
    ),
    (
        "2024-07-10",
        "Soldiers shot a farmer near Kasese on June 2. Three other villagers were killed in the "
        "district last year.",
        None,
        1,
    ),
    (
        "2024-08-01",
        "Officers beat a student in Dhaka on July 2 and threatened to kill him.",
        None,
        1,
    ),
    (
        "2024-03-01",
        "Gendarmes beat a teacher at a checkpoint near Kaya on February 3. He said they would "
        "“be killed” if they spoke out.",
        None,
        1,
    ),
    # the death told just after is the victim's own
    ("2024-05-20", "Police shot a man in Lagos on May 3. He died in hospital.", 1, None),
    ("2024-05-20", "Soldiers beat a driver near Gao on May 2. He died the next day.", 1, None),
]


@pytest.mark.parametrize(
    ("published", "text", "killed", "injured"), CASES, ids=lambda c: str(c)[:20]
)
def test_single_victim_dies_only_of_a_death_told_as_theirs(
    published: str, text: str, killed: int | None, injured: int | None
) -> None:
    _, mentions = extract_mentions(Document(text=text, published=published, language="en"))
    incidents = [m for m in mentions if m.kind == "incident"]
    assert incidents
    assert (_best(incidents[0].killed), _best(incidents[0].injured)) == (killed, injured)


# A toll over the period that followed ("In the months that followed, hundreds of civilians
# died", "durante ese período", "nos meses seguintes") is an aggregate, not the case's count.
PERIOD_TOLLS = [
    (
        "en",
        "2023-06-01",
        "Russian forces struck a market in Kherson on May 3, 2023, killing 23 civilians. During "
        "this period and the months that followed, hundreds of civilians in the city died from "
        "airstrikes and shelling.",
        23,
    ),
    (
        "en",
        "2013-01-10",
        "Government forces attacked the town of Daraya on August 25, 2012, killing at least 30 "
        "people. During that period, thousands of people were killed in the Damascus suburbs.",
        30,
    ),
    (
        "es",
        "2024-06-01",
        "Soldados mataron a tres campesinos en Yoro el 3 de marzo de 2024. En los meses "
        "siguientes, decenas de personas murieron en operativos militares en la zona.",
        3,
    ),
]


@pytest.mark.parametrize(
    ("lang", "published", "text", "killed"), PERIOD_TOLLS, ids=lambda c: str(c)[:20]
)
def test_single_victim_a_toll_over_the_period_after_is_not_the_case_s(
    lang: str, published: str, text: str, killed: int
) -> None:
    _, mentions = extract_mentions(Document(text=text, published=published, language=lang))
    incidents = [m for m in mentions if m.kind == "incident"]
    assert incidents
    assert _best(incidents[0].killed) == killed


# One person named by the surname alone, killed (narratives of police shootings often do this);
# not a function word, a day or a force
SURNAMES = [
    ("After a robbery at a pharmacy, Okafor was shot and killed by deputies.", 1),
    ("Lindqvist pulled a knife on two troopers. One trooper then shot and killed Lindqvist.", 1),
    ("An officer fatally shot Marsh outside the bus station in Akron.", 1),
    ("Police were shot at near the depot, and officers shot a man in the leg.", None),
]


@pytest.mark.parametrize(("text", "killed"), SURNAMES)
def test_a_victim_named_by_the_surname_alone(text: str, killed: int | None) -> None:
    import forcewatch

    result = forcewatch.extract(text, lang="en", published="2016-03-02")
    assert result.incidents, result.relevance.reason
    assert _best(result.incidents[0].killed) == killed
