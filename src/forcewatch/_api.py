"""The two entry points behind ``forcewatch.extract`` and ``forcewatch.extract_file``."""

from __future__ import annotations

from pathlib import Path

from forcewatch.records import Extraction
from forcewatch.settings import Settings


def extract(
    source: str | bytes,
    *,
    published: str | None = None,
    lang: str | None = None,
    url: str | None = None,
    settings: Settings | None = None,
) -> Extraction:
    """Extract incident records from one report given as HTML, plain text or raw bytes."""
    from forcewatch.pipeline import run_one

    return run_one(source, published=published, lang=lang, url=url, settings=settings)


def extract_file(
    path: str | Path,
    *,
    published: str | None = None,
    lang: str | None = None,
    url: str | None = None,
    settings: Settings | None = None,
) -> Extraction:
    """Read a report from a file (HTML, text dump or JSON object) and extract from it."""
    from forcewatch.pipeline import run_path

    return run_path(Path(path), published=published, lang=lang, url=url, settings=settings)
