"""The page forcewatch grew from: an Amnesty release on a news site, with the site around it."""

from __future__ import annotations

from pathlib import Path

import pytest

import forcewatch
from forcewatch.records import Extraction


@pytest.fixture(scope="module")
def seed(request: pytest.FixtureRequest) -> Extraction:
    from tests.conftest import shared_path

    return forcewatch.extract_file(
        shared_path("seed", "000_5bbd62df70c88e63.txt"), published="2018-01-16"
    )


def test_seed_main_text_without_site_chrome(seed: Extraction) -> None:
    text = seed.document.text
    assert text.startswith("The operation by security forces to arrest")
    assert "Sign up for our newsletter" not in text
    assert "worldwide movement of people" not in text  # Amnesty's "about us" paragraph
    for headline in ("Orban", "Arizona", "Rogue Justices", "Win for Wildlife", "Biggs"):
        assert headline not in text
    assert "Skip to main content" not in text
    assert seed.document.title == "Venezuela Must Respond For Deadly Security Operation"
    assert seed.document.language == "en"


def test_seed_one_incident_with_its_facts(seed: Extraction) -> None:
    assert seed.relevance.relevant
    [incident] = seed.incidents
    assert (incident.date, incident.date_precision) == ("2018-01-15", "day")
    assert incident.place == "El Junquito"
    assert (incident.admin1, incident.country) == ("VE-M", "VE")
    assert "security_forces" in {f.kind for f in incident.forces}
    assert incident.killed is not None and incident.killed.low == 9 and incident.killed.high is None
    assert incident.injured is not None and incident.injured.low == 5
    assert incident.operation == "arrest_operation"
    assert any(w.kind == "military_grade" for w in incident.weapons)


def test_seed_target_and_allegations(seed: Extraction) -> None:
    [incident] = seed.incidents
    [target] = [p for p in incident.people if p.role == "target"]
    assert target.name == "Óscar Pérez"
    assert {a.kind for a in incident.allegations} >= {
        "extrajudicial_execution",
        "non_state_participation",
        "information_denied_to_relatives",
        "evidence_destruction",
    }


def test_seed_quotes_from_the_americas_director(seed: Extraction) -> None:
    [incident] = seed.incidents
    assert len(incident.quotes) == 2
    for quote in incident.quotes:
        assert quote.speaker == "Erika Guevara-Rosas"
        assert quote.speaker_role == "Americas Director at Amnesty International"


def test_seed_aggregate_kept_apart(seed: Extraction) -> None:
    [aggregate] = seed.aggregates
    assert "thousands of victims throughout the country" in aggregate.evidence[0].text
    assert aggregate.country == "VE"


def test_seed_every_span_matches_the_text(seed: Extraction) -> None:
    text = seed.document.text
    spans = [s for m in seed.mentions for s in m.spans()]
    assert len(spans) > 10
    assert all(text[s.start : s.end] == s.text for s in spans)


def test_seed_without_publication_date_keeps_the_year_unknown(seed_path: Path) -> None:
    result = forcewatch.extract_file(seed_path)
    [incident] = result.incidents
    assert (incident.date, incident.date_precision) == ("--01-15", "day")
