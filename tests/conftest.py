"""Shared fixtures: where the project's examples and the shared data live."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples" / "reports"
GOLD = ROOT / "tests" / "gold"
SHARED = ROOT.parent / "shared"
SEED = SHARED / "seed" / "000_5bbd62df70c88e63.txt"


def shared_path(*parts: str) -> Path:
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} is absent (../shared is not beside the repository)")
    return path


@pytest.fixture
def seed_path() -> Path:
    return shared_path("seed", "000_5bbd62df70c88e63.txt")
