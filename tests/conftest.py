"""Shared fixtures: where the project's examples and the shared data live."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

# The gazetteer's index cache of this session, never the user's own (subprocesses inherit it).
if "FORCEWATCH_CACHE_DIR" not in os.environ:
    _CACHE = tempfile.mkdtemp(prefix="forcewatch-test-cache-")
    os.environ["FORCEWATCH_CACHE_DIR"] = _CACHE
    atexit.register(shutil.rmtree, _CACHE, True)

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


PG_SERVER = os.environ.get("FORCEWATCH_TEST_PG", "postgresql+psycopg://postgres@127.0.0.1:5432")


@pytest.fixture(scope="session")
def pg_database() -> Iterator[str]:
    """A fresh PostgreSQL database for this test session, dropped at the end.

    Skipped when no server answers, unless FORCEWATCH_REQUIRE_PG is set (CI), where that fails."""
    import psycopg

    plain = PG_SERVER.replace("postgresql+psycopg://", "postgresql://")
    name = f"forcewatch_test_{os.getpid()}"
    try:
        admin = psycopg.connect(f"{plain}/postgres", autocommit=True, connect_timeout=3)
    except psycopg.OperationalError as exc:
        if os.environ.get("FORCEWATCH_REQUIRE_PG"):
            pytest.fail(f"PostgreSQL is required (FORCEWATCH_REQUIRE_PG) but unreachable: {exc}")
        pytest.skip(f"no PostgreSQL server at {PG_SERVER}")
    with admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}"')
        admin.execute(f'CREATE DATABASE "{name}"')
    try:
        yield f"{PG_SERVER}/{name}"
    finally:
        with psycopg.connect(f"{plain}/postgres", autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(params=["sqlite", "postgresql"])
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """An empty database of each kind; the PostgreSQL one is emptied between tests."""
    if request.param == "sqlite":
        yield str(tmp_path / "forcewatch.sqlite")
        return
    url = request.getfixturevalue("pg_database")
    yield url
    from sqlalchemy import create_engine, text

    engine = create_engine(url)
    with engine.begin() as connection:
        connection.execute(text("DROP SCHEMA public CASCADE; CREATE SCHEMA public"))
    engine.dispose()
