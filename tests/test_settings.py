"""Each setting is declared once, with its default and help, and the README documents it."""

from __future__ import annotations

import dataclasses

from forcewatch.settings import DEFAULT, SETTINGS, Settings
from tests.conftest import ROOT


def test_settings_every_field_declared_with_its_default() -> None:
    declared = {s.name: s for s in SETTINGS}
    fields = {f.name for f in dataclasses.fields(Settings)}
    assert set(declared) == fields
    for name, setting in declared.items():
        assert getattr(DEFAULT, name) == setting.default
        assert setting.help.strip()


def test_settings_flags_in_the_readme() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for flag in ("--max-bytes", "--jobs", "--default-lang", "FORCEWATCH_MAX_BYTES"):
        assert flag in readme


def test_settings_replace_ignores_unset() -> None:
    assert DEFAULT.replace(jobs=None, max_bytes=10).max_bytes == 10
    assert DEFAULT.replace(jobs=None).jobs == DEFAULT.jobs
