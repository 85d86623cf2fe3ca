"""A report that tells its cases under headings named for an abuse and a place gives one incident
a section, each with its own place; a section's harm never leaks into another's."""

from __future__ import annotations

import forcewatch

REPORT = """Detainees describe abuse after the autumn protests

(Geneva, June 3, 2024) – Interviews with former detainees describe beatings and torture by
security forces after last year's protests, a rights group said today.

Beatings in Kermanshah

A 22-year-old nursing student said she was detained at a checkpoint near the university.
Officers beat her with batons in a police van until she fainted.

Torture in Tabriz

A shopkeeper said intelligence agents held him for nine days.
Soldiers tortured him with electric shocks to make him confess.
"""


def test_sections_named_for_an_abuse_and_a_place_are_separate_incidents() -> None:
    result = forcewatch.extract(REPORT, published="2024-06-03", lang="en")
    places = [(m.place, m.admin1) for m in result.incidents]
    assert places == [("Kermanshah", "IR-05"), ("Tabriz", "IR-03")]


def test_without_the_headings_the_paragraphs_stay_one_incident() -> None:
    flat = REPORT.replace("Beatings in Kermanshah\n", "").replace("Torture in Tabriz\n", "")
    result = forcewatch.extract(flat, published="2024-06-03", lang="en")
    assert len(result.incidents) == 1
