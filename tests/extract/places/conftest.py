"""Fixtures of the place tests: the shipped gazetteer, loaded once, and the seed's lede."""

from __future__ import annotations

import pytest

from forcewatch.extractor.places import Gazetteer, PlaceHit, default_gazetteer

SEED = (
    "According to official information, on January 15, in the community of El Junquito in "
    "Miranda state, Venezuela, a security operation resulted in at least nine people killed"
)


@pytest.fixture(scope="session")
def gaz() -> Gazetteer:
    return default_gazetteer()


def kinds(hits: list[PlaceHit]) -> list[tuple[str, str]]:
    return [(h.kind, h.text) for h in hits]
