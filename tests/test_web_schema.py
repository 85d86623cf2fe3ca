"""Schemathesis against the API's OpenAPI document: generated requests (valid and not) to every
operation, as an analyst with an API token, never get a server error."""

from __future__ import annotations

from pathlib import Path

import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis import checks

from forcewatch.store.users import create_token
from forcewatch.web.app import create_app
from tests.web_fixtures import build

EXAMPLES = 12


def test_web_schema_no_server_error(tmp_path: Path) -> None:
    store = build(tmp_path / "schema.sqlite")
    headers = {"Authorization": f"Bearer {create_token(store, 'ana', 'schemathesis')}"}
    schema = schemathesis.openapi.from_asgi("/api/openapi.json", create_app(store))
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 15
    for operation in operations:

        @given(case=operation.as_strategy())
        @settings(
            max_examples=EXAMPLES,
            deadline=None,
            suppress_health_check=list(HealthCheck),
            derandomize=True,
            database=None,
        )
        def fuzz(case: schemathesis.Case) -> None:
            case.call_and_validate(headers=headers, checks=[checks.not_a_server_error])

        fuzz()
    store.close()
