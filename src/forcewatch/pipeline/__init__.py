"""Steps of the flow with one signature, and the runners that chain them.

``run_one`` takes a report in memory, ``run_path`` one file, ``run_batch`` many files in one
process or a process pool: each yields an :class:`Extraction` or a :class:`Rejection`, in input
order, so one bad report never stops the others.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from forcewatch.clean import to_document
from forcewatch.errors import ForcewatchError, InputError, OverBudget
from forcewatch.extractor.mentions import extract_mentions
from forcewatch.ingest.files import check_bytes, read_path
from forcewatch.pipeline.budget import time_budget
from forcewatch.records import Extraction, RawPage, Rejection
from forcewatch.settings import DEFAULT, Settings

__all__ = ["extract_page", "run_batch", "run_one", "run_path"]


def extract_page(
    raw: RawPage,
    *,
    published: str | None = None,
    lang: str | None = None,
    url: str | None = None,
    settings: Settings = DEFAULT,
) -> Extraction:
    with time_budget(settings.time_budget, raw.name):
        document = to_document(
            raw, published=published, lang=lang, url=url, default_lang=settings.default_lang
        )
        relevance, mentions = extract_mentions(document)
    source = {"name": raw.name}
    if raw.name != "<stdin>" and not raw.name.startswith("<"):
        source = {"path": raw.name}
    return Extraction(source=source, document=document, relevance=relevance, mentions=mentions)


def run_one(
    source: str | bytes,
    *,
    published: str | None = None,
    lang: str | None = None,
    url: str | None = None,
    settings: Settings | None = None,
) -> Extraction:
    settings = settings or DEFAULT
    data = source.encode("utf-8") if isinstance(source, str) else source
    check_bytes(data, "<input>", settings.max_bytes)
    raw = RawPage(data=data, name="<input>", url=url)
    return extract_page(raw, published=published, lang=lang, url=url, settings=settings)


def run_path(
    path: Path,
    *,
    published: str | None = None,
    lang: str | None = None,
    url: str | None = None,
    settings: Settings | None = None,
) -> Extraction:
    settings = settings or DEFAULT
    raw = read_path(path, max_bytes=settings.max_bytes)
    return extract_page(raw, published=published, lang=lang, url=url, settings=settings)


def _safe_path(
    args: tuple[Path, str | None, str | None, str | None, Settings],
) -> Extraction | Rejection:
    path, published, lang, url, settings = args
    try:
        return run_path(path, published=published, lang=lang, url=url, settings=settings)
    except InputError as exc:
        stage = "extract" if isinstance(exc, OverBudget) else "read"
        return Rejection(item=str(path), stage=stage, code=exc.code, reason=exc.message)
    except ForcewatchError as exc:
        return Rejection(item=str(path), stage="extract", code=exc.code, reason=exc.message)
    except Exception as exc:  # a bug must not kill the batch; the rejection names it
        return Rejection(
            item=str(path),
            stage="extract",
            code="FW900",
            reason=f"internal error {type(exc).__name__}: {exc}",
        )


def run_batch(
    paths: Iterable[Path],
    *,
    published: str | None = None,
    lang: str | None = None,
    url: str | None = None,
    settings: Settings | None = None,
) -> Iterator[Extraction | Rejection]:
    settings = settings or DEFAULT
    jobs = [(p, published, lang, url, settings) for p in paths]
    if settings.jobs <= 1 or len(jobs) <= 1:
        yield from map(_safe_path, jobs)
        return
    with ProcessPoolExecutor(max_workers=settings.jobs) as pool:
        yield from pool.map(_safe_path, jobs, chunksize=4)
