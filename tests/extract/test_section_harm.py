"""Cases told under numbered headings where no sentence says who did it: the agents the section
names are the ones who harmed its victims; the heading gives its place and day."""

from __future__ import annotations

import forcewatch

RELEASE = """Six cases, no charges

A monitoring group reviewed complaints against the gendarmerie in the north of the country over the spring, and found that none had led to charges.

1. Kasserine, 4 March 2025

Gendarmes shot dead a 19-year-old street vendor who ran from a roadblock, witnesses said.

2. SIDI BOUZID, MEZZOUNA — 11 APRIL 2025

Two brothers were stopped by gendarmes at the market gate after the curfew. Their cousin, a mechanic, heard the shots from his workshop at about nine. By the time he reached the gate the younger brother was dead and the older one was wounded in the leg.

3. Gafsa, 20 May 2025

Masked gunmen from a smuggling ring attacked a gendarmerie patrol; a passer-by died.
"""


def test_a_numbered_case_without_an_agent_sentence_is_still_its_agents_case() -> None:
    result = forcewatch.extract(RELEASE, published="2025-06-01", lang="en")
    by_date = {m.date: m for m in result.incidents}
    assert set(by_date) == {"2025-03-04", "2025-04-11"}
    case = by_date["2025-04-11"]
    assert case.admin1 == "TN-43"
    assert case.killed is not None and case.killed.best == 1
    assert case.injured is not None and case.injured.best == 1


def test_an_armed_groups_case_is_not_taken_for_the_agents() -> None:
    # section 3 names gendarmes as the ones attacked and a smuggling ring as the attackers
    result = forcewatch.extract(RELEASE, published="2025-06-01", lang="en")
    assert "2025-05-20" not in {m.date for m in result.incidents}


def test_a_section_without_a_date_is_no_case() -> None:
    # recommendations under a numbered heading name agents and harm but tell no case
    release = RELEASE + (
        "\n4. What the ministry owes the families\n\nThe families of the men who died are still "
        "owed an account. Relatives of the wounded described months of waiting at the "
        "gendarmerie's regional office in Sfax.\n"
    )
    result = forcewatch.extract(release, published="2025-06-01", lang="en")
    assert len(result.incidents) == 2
