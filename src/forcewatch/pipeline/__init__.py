"""The flow's runners: ``run_one`` takes a report in memory, ``run_path`` one file (both raise on
a report they cannot use); ``run_batch`` many files through the steps (``pipeline.steps``) in one
process or a process pool (``pipeline.executors``), yielding an :class:`Extraction` or a
:class:`Rejection` for each, in input order, so one bad report never stops the others, nor one
whose worker process the kernel kills. ``run_batch`` first learns each site's template
from the batch's text dumps (``clean.templates``): lines a site prints on several of its pages are
removed from each of them.
"""

from __future__ import annotations

from collections.abc import Container, Iterable, Iterator
from pathlib import Path

from forcewatch.clean import dump_site, to_document
from forcewatch.clean.templates import SiteTemplates
from forcewatch.errors import ForcewatchError
from forcewatch.extractor.mentions import extract_mentions
from forcewatch.ingest.files import check_bytes, read_path
from forcewatch.pipeline.budget import time_budget
from forcewatch.pipeline.executors import InProcess, ProcessPool
from forcewatch.pipeline.steps import Clean, Extract, Pipeline, Report, Step
from forcewatch.records import Extraction, RawPage, Rejection, Stage
from forcewatch.settings import DEFAULT, Settings

__all__ = ["extract_page", "run_batch", "run_one", "run_path", "site_templates"]


def extract_page(
    raw: RawPage,
    *,
    published: str | None = None,
    lang: str | None = None,
    url: str | None = None,
    settings: Settings = DEFAULT,
    template: Container[int] = frozenset(),
) -> Extraction:
    """``template``: keys of the lines the page's site repeats (``clean.templates``), removed."""
    with time_budget(settings.time_budget, raw.name):
        document = to_document(
            raw,
            published=published,
            lang=lang,
            url=url,
            default_lang=settings.default_lang,
            template=template,
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
    template: Container[int] = frozenset(),
) -> Extraction:
    settings = settings or DEFAULT
    raw = read_path(path, max_bytes=settings.max_bytes)
    return extract_page(
        raw, published=published, lang=lang, url=url, settings=settings, template=template
    )


class _ReadPath(Step):
    """A report named by its path -> its page (each path one report, as ``extract`` reads)."""

    stage = Stage.READ

    def __init__(self, max_bytes: int) -> None:
        super().__init__()
        self.max_bytes = max_bytes

    def wants(self, report: Report) -> bool:
        return report.page is None and report.rejection is None

    def apply(self, report: Report) -> None:
        report.page = read_path(Path(report.origin), max_bytes=self.max_bytes)


def run_batch(
    paths: Iterable[Path],
    *,
    published: str | None = None,
    lang: str | None = None,
    url: str | None = None,
    settings: Settings | None = None,
) -> Iterator[Extraction | Rejection]:
    settings = settings or DEFAULT
    paths = list(paths)
    templates = site_templates(paths, url=url, max_bytes=settings.max_bytes)
    pipeline = Pipeline([_ReadPath(settings.max_bytes), Clean(settings), Extract(settings)])
    tasks = (
        [
            Report(
                str(p),
                published=published,
                lang=lang,
                url=url,
                template=templates.get(p, frozenset()),
            )
        ]
        for p in paths
    )
    parallel = settings.jobs > 1 and len(paths) > 1
    executor = ProcessPool(settings.jobs) if parallel else InProcess()
    for reports, _ in executor.map(pipeline, tasks):
        for report in reports:
            if report.rejection is not None:
                yield report.rejection
            else:
                assert report.extraction is not None
                yield report.extraction


def site_templates(
    paths: Iterable[Path], *, url: str | None = None, max_bytes: int = DEFAULT.max_bytes
) -> dict[Path, frozenset[int]]:
    """For each text dump of a known site among ``paths``, the keys of its site's template lines,
    learned from the dumps of that site among ``paths``. A file that cannot be read is left to
    the extraction, which refuses it with its reason."""
    learner = SiteTemplates()
    sites: dict[Path, str] = {}
    for path in paths:
        try:
            found = dump_site(read_path(path, max_bytes=max_bytes), url=url)
        except ForcewatchError:
            continue
        if found is not None:
            sites[path] = found[0]
            learner.learn(*found)
    return {path: learner.template(site) for path, site in sites.items()}
