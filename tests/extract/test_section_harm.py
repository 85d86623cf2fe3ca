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


def test_a_sections_totals_and_deaths_of_other_causes_are_no_case() -> None:
    text = """Two weeks of the dockers' strike

I. The night at the port gate

On Tuesday, 3 March 2026, riot police fired rubber bullets at strikers at the port gate in Callao. Two dockers were wounded, one of them in the eye.

II. What the figures say

The ombudsman's office has counted since 2021 eleven people dead in labour protests, most of them from gunshot wounds. The ministry replied that each death is investigated by the competent authorities.

III. The other deaths

Not all of the deaths of the strike were at the hands of the police. On 5 March a docker died after being run over by a truck near the gate. Those deaths are not part of this report.
"""
    result = forcewatch.extract(text, published="2026-03-20", lang="en")
    assert [(m.date, m.killed and m.killed.best) for m in result.incidents] == [
        ("2026-03-03", None)
    ]
