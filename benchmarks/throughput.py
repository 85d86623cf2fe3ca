"""Throughput, memory and main-text quality of forcewatch on 300 real web pages, in one process.

    python benchmarks/throughput.py [--limit N] [--json FILE] [--trace-limit N] [--no-plain]
                                    [--rounds N]

Passes, in this order, each over the same pages already read into memory (passes 1 and 3 run
``--rounds`` times, alternating, and the fastest of each is compared: this machine's speed drifts by
a fifth from one minute to the next, which alone moved a single-round ratio between 1.27 and 1.54):

1. ``trafilatura.extract`` alone with forcewatch's own options (as ``forcewatch.clean.html`` sets
   them: plain text, no comments, tables kept, metadata on; the YAML metadata header that
   ``with_metadata`` adds is cut before scoring): the baseline the ratio divides by;
2. ``trafilatura.extract(html, output_format="txt", include_comments=False)`` with trafilatura's
   evaluation settings (tables kept, no formatting, no metadata): the main-text quality reference
   (skip it with ``--no-plain``);
3. ``forcewatch.extract(html_bytes)`` end to end, per page;
4. forcewatch again under ``tracemalloc``, for its Python allocation peak (tracing slows code down,
   so it is not the timed pass; ``--trace-limit`` shortens it).

Every pass is warmed up first on four short police-killing reports (en, es, pt, and one English
sentence only the dependency parse reads, so that language models and the gazetteer load) and on
3 pages; that warm-up is reported as "start-up" and is not in the pages/s. Main-text quality uses
``evaldata.json``: per page, snippets that must be in the text ("with") and must not ("without"), scored as trafilatura's
evaluation does (whitespace-normalised substring match; a page that fails counts as all misses).
"""

from __future__ import annotations

import argparse
import contextlib
import copy
import gc
import json
import re
import resource
import sys
import time
import tracemalloc
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import trafilatura
from trafilatura.settings import Extractor

REPO = Path(__file__).resolve().parents[1]
try:
    import forcewatch
except ModuleNotFoundError:  # run from a checkout without installing
    sys.path.insert(0, str(REPO / "src"))
    import forcewatch

HTML_DIR = REPO.parent / "shared" / "data" / "html-pages"
WARM_UP = 3
# issue 6: end to end within 1.5x trafilatura alone (an earlier issue asked 3x), under 500 MB
TARGETS = {"ratio": 1.5, "peak_rss_mb": 500.0, "f1": 0.93}


def forcewatch_options() -> tuple[Extractor, str]:
    """forcewatch's own trafilatura options (as plain-text output), else an equivalent set."""
    options: object = None
    try:
        from forcewatch.clean import html as clean_html

        options = getattr(clean_html, "_OPTIONS", None)
        reason = "it has no _OPTIONS"
    except ImportError as exc:
        reason = f"{type(exc).__name__}: {exc}"
    if isinstance(options, Extractor):
        text_options = copy.copy(options)
        text_options.format = "txt"
        return text_options, "forcewatch.clean.html._OPTIONS, output_format txt"
    date_params: dict[str, Any] = {"extensive_search": False, "original_date": True}
    fallback = Extractor(
        output_format="txt",
        comments=False,
        tables=True,
        dedup=False,
        with_metadata=True,
        date_params=date_params,
    )
    return fallback, f"built here (forcewatch.clean.html: {reason})"


def rss_mb() -> float | None:
    """Current resident set size, from /proc (Linux)."""
    try:
        status = Path("/proc/self/status").read_text()
    except OSError:
        return None
    match = re.search(r"VmRSS:\s+(\d+)\s+kB", status)
    return int(match.group(1)) / 1024 if match else None


def strip_front_matter(text: str | None) -> str | None:
    """Cut the "---\ntitle: ...\n---" header trafilatura puts before text with metadata."""
    if text is None or not text.startswith("---\n"):
        return text
    end = text.find("\n---\n", 4)
    return text[end + 5 :] if end >= 0 else text


def peak_rss_mb() -> float:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


# --- quality ---------------------------------------------------------------------------------


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


@dataclass
class Quality:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0
    pages: int = 0

    def add(self, item: dict[str, Any], text: str | None) -> None:
        self.pages += 1
        withs, withouts = item.get("with", []), item.get("without", [])
        if text is None:
            self.fn += len(withs)
            self.tn += len(withouts)
            return
        normed = _norm(text)
        found = sum(1 for w in withs if _norm(w) in normed)
        leaked = sum(1 for w in withouts if _norm(w) in normed)
        self.tp += found
        self.fn += len(withs) - found
        self.fp += leaked
        self.tn += len(withouts) - leaked

    def scores(self) -> dict[str, float | None]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else None
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else None
        total = self.tp + self.fp + self.fn + self.tn
        f1 = (
            2 * self.tp / (2 * self.tp + self.fp + self.fn) if self.tp + self.fp + self.fn else None
        )
        return {
            "precision": p,
            "recall": r,
            "accuracy": (self.tp + self.tn) / total if total else None,
            "f1": f1,
        }


# --- passes ----------------------------------------------------------------------------------


@dataclass
class PassResult:
    name: str
    pages: int = 0
    seconds: float = 0.0
    startup_seconds: float = 0.0
    errors: int = 0
    empty: int = 0
    first_errors: list[str] = field(default_factory=list)
    quality: dict[str, float | None] = field(default_factory=dict)
    quality_counts: dict[str, int] = field(default_factory=dict)
    rss_before_mb: float | None = None
    rss_after_startup_mb: float | None = None
    rss_after_mb: float | None = None

    @property
    def pages_per_second(self) -> float | None:
        return self.pages / self.seconds if self.seconds else None


# Short reports in each language, so that the warm-up loads everything a relevant report needs
# (language models, the gazetteer) even when the first pages are about something else.
WARM_UP_REPORTS: tuple[bytes, ...] = (
    b"<html><body><p>Police shot and killed a man in Chicago, Illinois, on Tuesday, and "
    b"wounded two others, officials said.</p></body></html>",
    "<html><body><p>Funcionarios de la policía mataron a dos jóvenes en Valencia, estado "
    "Carabobo, el martes, denunció su familia.</p></body></html>".encode(),
    "<html><body><p>Policiais militares mataram três homens em Salvador, na Bahia, nesta "
    "terça-feira, segundo moradores.</p></body></html>".encode(),
    # one whose harm only the dependency parse finds (extractor/grammar.py loads spaCy for it)
    b"<html><body><p>Police had arrested 300 rioters and shot dead 11 others in Surat, Gujarat, "
    b"by Sunday night, residents said.</p></body></html>",
)


def run_pass(
    name: str,
    pages: list[tuple[str, bytes]],
    evaldata: dict[str, dict[str, Any]],
    extract: Callable[[bytes], str | None],
) -> PassResult:
    result = PassResult(name=name, rss_before_mb=rss_mb())
    start = time.perf_counter()
    for html in [*WARM_UP_REPORTS, *(page for _, page in pages[:WARM_UP])]:
        with contextlib.suppress(Exception):  # reported by the timed pass
            extract(html)
    result.startup_seconds = time.perf_counter() - start
    result.rss_after_startup_mb = rss_mb()
    quality = Quality()
    texts: list[str | None] = []
    start = time.perf_counter()
    for filename, html in pages:
        try:
            text = extract(html)
        except Exception as exc:  # a page that fails is a full miss, as in trafilatura's eval
            result.errors += 1
            if len(result.first_errors) < 5:
                result.first_errors.append(f"{filename}: {type(exc).__name__}: {exc}")
            text = None
        texts.append(text)
    result.seconds = time.perf_counter() - start
    result.pages = len(pages)
    result.rss_after_mb = rss_mb()
    for (filename, _), text in zip(pages, texts, strict=True):
        if text is not None and not text.strip():
            result.empty += 1
        if filename in evaldata:
            quality.add(evaldata[filename], text)
    result.quality = quality.scores()
    result.quality_counts = {
        "pages": quality.pages, "tp": quality.tp, "fp": quality.fp, "fn": quality.fn,
        "tn": quality.tn,
    }  # fmt: skip
    return result


def traced_peak_mb(pages: list[tuple[str, bytes]], extract: Callable[[bytes], object]) -> float:
    gc.collect()
    tracemalloc.start()
    tracemalloc.reset_peak()
    try:
        for _, html in pages:
            with contextlib.suppress(Exception):
                extract(html)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return peak / (1024 * 1024)


def load_pages(folder: Path, limit: int | None) -> list[tuple[str, bytes]]:
    if not folder.is_dir():
        raise FileNotFoundError(f"HTML pages not found: {folder} (expected ../shared/data)")
    paths = sorted(folder.glob("*.html"))
    if limit is not None:
        paths = paths[:limit]
    return [(p.name, p.read_bytes()) for p in paths]


def load_evaldata(path: Path) -> dict[str, dict[str, Any]]:
    """evaldata.json is keyed by URL; key it by page file name instead."""
    if not path.is_file():
        raise FileNotFoundError(f"evaldata not found: {path}")
    data: dict[str, dict[str, Any]] = json.loads(path.read_text(encoding="utf-8"))
    return {item["file"]: {**item, "url": url} for url, item in data.items() if item.get("file")}


def _fmt(value: float | None, spec: str = ".3f") -> str:
    return "-" if value is None else format(value, spec)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--limit", type=int, metavar="N", help="use the first N pages (sorted)")
    parser.add_argument("--json", metavar="FILE", help="also write the figures as JSON")
    parser.add_argument(
        "--trace-limit", type=int, metavar="N", help="pages for the tracemalloc pass (default all)"
    )
    parser.add_argument("--no-plain", action="store_true", help="skip the trafilatura.extract pass")
    parser.add_argument(
        "--data", metavar="DIR", default=str(HTML_DIR), help="html-pages folder (pages/, evaldata)"
    )
    parser.add_argument(
        "--rounds",
        type=int,
        default=3,
        metavar="N",
        help="time the baseline and forcewatch N times each, one after the other, and keep the "
        "fastest of each (default 3): the machine's speed drifts between passes",
    )
    args = parser.parse_args(argv)
    data = Path(args.data)
    try:
        pages = load_pages(data / "pages", args.limit)
        evaldata = load_evaldata(data / "evaldata.json")
    except FileNotFoundError as exc:
        print(f"throughput: {exc}", file=sys.stderr)
        return 2
    size_mb = sum(len(html) for _, html in pages) / 1e6
    print(f"{len(pages)} pages, {size_mb:.1f} MB of HTML, from {data}")

    options, origin = forcewatch_options()
    print(f"trafilatura options: {origin}")

    def trafilatura_same(html: bytes) -> str | None:
        return strip_front_matter(trafilatura.extract(html, options=options))

    def trafilatura_plain(html: bytes) -> str | None:
        return trafilatura.extract(
            html, output_format="txt", include_comments=False, include_tables=True,
            include_formatting=False,
        )  # fmt: skip

    def forcewatch_text(html: bytes) -> str | None:
        return forcewatch.extract(html).document.text

    # the baseline and forcewatch alternate, round after round, so that both meet the machine
    # in the same moods; the fastest round of each is the one compared
    base_rounds: list[PassResult] = []
    fw_rounds: list[PassResult] = []
    for _ in range(max(1, args.rounds)):
        base_rounds.append(
            run_pass("trafilatura (forcewatch options)", pages, evaldata, trafilatura_same)
        )
        fw_rounds.append(run_pass("forcewatch.extract", pages, evaldata, forcewatch_text))
    results = [min(base_rounds, key=lambda r: r.seconds)]
    if not args.no_plain:
        results.append(run_pass("trafilatura.extract (txt, no comments)", pages, evaldata,
                                trafilatura_plain))  # fmt: skip
    fw = min(fw_rounds, key=lambda r: r.seconds)
    fw.rss_before_mb = fw_rounds[0].rss_before_mb
    fw.rss_after_startup_mb = fw_rounds[0].rss_after_startup_mb
    fw.startup_seconds = fw_rounds[0].startup_seconds
    results.append(fw)
    each = ", ".join(
        f"{f.seconds / b.seconds:.2f}" for b, f in zip(base_rounds, fw_rounds, strict=True)
    )
    peak_rss = peak_rss_mb()
    trace_pages = pages if args.trace_limit is None else pages[: args.trace_limit]
    traced_peak = traced_peak_mb(trace_pages, forcewatch.extract)

    base = results[0]
    ratio = fw.seconds / base.seconds if base.seconds and fw.errors < fw.pages else None

    header = f"{'pass':<40} {'pages/s':>8} {'start-up s':>10} {'errors':>6} {'empty':>5}"
    header += f" {'P':>6} {'R':>6} {'F1':>6}"
    print()
    print(header)
    for r in results:
        q = r.quality
        print(
            f"{r.name:<40} {_fmt(r.pages_per_second, '.2f'):>8} {r.startup_seconds:>10.2f} "
            f"{r.errors:>6} {r.empty:>5} {_fmt(q.get('precision')):>6} {_fmt(q.get('recall')):>6} "
            f"{_fmt(q.get('f1')):>6}"
        )
    print()
    print(
        f"forcewatch time / trafilatura time: {_fmt(ratio, '.2f')} (fastest of {len(fw_rounds)} "
        f"rounds each; round by round: {each})"
    )
    print(
        f"RSS: {_fmt(fw.rss_before_mb, '.0f')} MB before forcewatch, "
        f"{_fmt(fw.rss_after_startup_mb, '.0f')} MB after its start-up, "
        f"{_fmt(fw.rss_after_mb, '.0f')} MB after its pass; peak RSS {peak_rss:.0f} MB"
    )
    print(f"tracemalloc peak over {len(trace_pages)} pages (after start-up): {traced_peak:.1f} MB")
    for r in results:
        for line in r.first_errors:
            print(f"  {r.name} error: {line}")

    f1 = fw.quality.get("f1")
    checks = [
        ("forcewatch / trafilatura time", ratio, f"<= {TARGETS['ratio']:g}",
         ratio is not None and ratio <= TARGETS["ratio"]),
        ("peak RSS (MB)", peak_rss, f"< {TARGETS['peak_rss_mb']:g}",
         peak_rss < TARGETS["peak_rss_mb"]),
        ("forcewatch main-text F1", f1, f">= {TARGETS['f1']:g}",
         f1 is not None and f1 >= TARGETS["f1"]),
    ]  # fmt: skip
    print()
    print(f"{'target':<32} {'value':>8} {'goal':>8}  result")
    for label, value, goal, ok in checks:
        print(f"{label:<32} {_fmt(value, '.3f'):>8} {goal:>8}  {'PASS' if ok else 'FAIL'}")

    if args.json:
        payload = {
            "pages": len(pages),
            "html_mb": round(size_mb, 3),
            "trafilatura_options": origin,
            "passes": [{**asdict(r), "pages_per_second": r.pages_per_second} for r in results],
            "ratio": ratio,
            "ratio_by_round": [
                f.seconds / b.seconds for b, f in zip(base_rounds, fw_rounds, strict=True)
            ],
            "peak_rss_mb": peak_rss,
            "tracemalloc_peak_mb": traced_peak,
            "tracemalloc_pages": len(trace_pages),
            "targets": [
                {"name": label, "value": value, "goal": goal, "passed": ok}
                for label, value, goal, ok in checks
            ],
        }
        Path(args.json).write_text(json.dumps(payload, indent=2), encoding="utf-8")
        print(f"\nwrote {args.json}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
