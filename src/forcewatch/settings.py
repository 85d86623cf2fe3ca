"""One frozen Settings object; each setting is declared once, with its default and its help.

The CLI builds its flags from ``SETTINGS``, the README's settings table is generated from it, and a
test fails when a field of :class:`Settings` has no declaration.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Setting:
    name: str
    default: Any
    help: str


SETTINGS: tuple[Setting, ...] = (
    Setting("max_bytes", 50_000_000, "Largest report accepted, in bytes; larger ones are refused."),
    Setting("default_lang", None, "Language to assume when detection is unsure (en, es or pt)."),
    Setting("languages", ("en", "es", "pt"), "Languages the extractor supports."),
    Setting("relevance_threshold", 0.5, "Score at or above which a report counts as relevant."),
    Setting("jobs", 1, "Worker processes for a batch of reports."),
    Setting(
        "time_budget",
        60.0,
        "Seconds one report may take to extract; a report still running then is refused "
        "(FW110). 0 turns the budget off.",
    ),
)


@dataclass(frozen=True)
class Settings:
    max_bytes: int = 50_000_000
    default_lang: str | None = None
    languages: tuple[str, ...] = ("en", "es", "pt")
    relevance_threshold: float = 0.5
    jobs: int = 1
    time_budget: float = 60.0

    def replace(self, **changes: Any) -> Settings:
        return dataclasses.replace(self, **{k: v for k, v in changes.items() if v is not None})


DEFAULT = Settings()
