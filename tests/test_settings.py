"""Each setting is declared once, with its default and help, and the README documents it."""

from __future__ import annotations

import dataclasses

from forcewatch.settings import (
    DATABASE_SETTINGS,
    DEFAULT,
    INGEST_SETTINGS,
    SERVE_SETTINGS,
    SETTINGS,
    Settings,
    settings_table,
)
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


def test_settings_readme_table_is_generated_from_the_declarations() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert settings_table() in readme, (
        "regenerate the README's settings table: "
        'python -c "from forcewatch.settings import settings_table; print(settings_table())"'
    )


def test_settings_every_flag_is_in_the_cli() -> None:
    from forcewatch.cli import build_parser

    help_texts = [build_parser().format_help()]
    declared = (*SETTINGS, *DATABASE_SETTINGS, *INGEST_SETTINGS, *SERVE_SETTINGS)
    flags = {d.flag for d in declared if d.flag}
    parser = build_parser()
    subparsers = next(a for a in parser._actions if a.dest == "verb")
    for name in ("extract", "ingest", "serve"):
        help_texts.append(subparsers.choices[name].format_help())  # type: ignore[attr-defined]
    for flag in flags:
        assert any(flag in text for text in help_texts), flag


def test_settings_replace_ignores_unset() -> None:
    assert DEFAULT.replace(jobs=None, max_bytes=10).max_bytes == 10
    assert DEFAULT.replace(jobs=None).jobs == DEFAULT.jobs
