"""Long reports: time and peak memory of ``forcewatch extract`` against a report's length.

    .venv/bin/python benchmarks/long_reports.py [--sizes 100,300,1000] [--lang en]
                                                [--timeout 600] [--html-mb 5]

Builds one long plain-text report per size (in KB) by concatenating the bundled example reports of
one language (``examples/reports/<lang>``, HTML ones reduced to their text), each copy with its
dates and numbers shifted so that the incidents differ, written to a temporary folder (never into
the repository). Each size runs ``forcewatch extract FILE`` in a fresh process and prints wall time,
the time after start-up (the same run on a one-paragraph report is subtracted), the child's CPU
seconds (user + system: what other programs on a shared machine do not stretch), peak RSS, and the
growth in seconds per KB between consecutive sizes: a constant column means linear time. The load
average is printed first: wall times on a busy machine are longer than the CPU times.
``--html-mb`` also runs a single-line HTML page of that many MB (0 skips it).
"""

from __future__ import annotations

import argparse
import html
import os
import re
import subprocess
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
EXAMPLES = REPO / "examples" / "reports"
CLI = [str(REPO / ".venv" / "bin" / "forcewatch")]

SHORT = {
    "en": "Police shot and killed a man in Tulsa, Oklahoma, on Monday, officers said.\n",
    "es": "La policía mató a un hombre en Caracas el lunes, según testigos.\n",
    "pt": "A polícia matou um homem em Manaus na segunda-feira, segundo testemunhas.\n",
}


def _texts(lang: str) -> list[str]:
    texts: list[str] = []
    for path in sorted((EXAMPLES / lang).iterdir()):
        raw = path.read_text(encoding="utf-8", errors="replace")
        if path.suffix == ".html":
            raw = html.unescape(re.sub(r"<[^>]+>", "\n", raw))
            raw = re.sub(r"\n\s*\n+", "\n\n", raw)
        texts.append(raw.strip())
    return texts


def build(lang: str, size_kb: int) -> str:
    """About ``size_kb`` KB of reports; copy k has its years and small numbers shifted by k."""
    texts = _texts(lang)
    parts: list[str] = []
    total, k = 0, 0
    while total < size_kb * 1024:
        text = texts[k % len(texts)]
        shift = k // len(texts)
        if shift:
            text = re.sub(
                r"\b(19|20)(\d\d)\b", lambda m, s=shift: str(int(m.group()) - s % 20), text
            )
        parts.append(text)
        total += len(text.encode("utf-8")) + 2
        k += 1
    return "\n\n".join(parts) + "\n"


def run(path: Path, timeout: float, extra: list[str]) -> tuple[float | None, float, int, str]:
    """Wall seconds (None on time-out), the child's CPU seconds, its own peak RSS in KB, its last
    stderr line."""
    start = time.perf_counter()
    with tempfile.TemporaryFile() as err:
        proc = subprocess.Popen(
            [*CLI, "extract", str(path), *extra], stdout=subprocess.DEVNULL, stderr=err
        )
        deadline = start + timeout
        while True:
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            if time.perf_counter() > deadline:
                proc.kill()
                proc.wait()
                return None, 0.0, 0, f"killed after {timeout:.0f} s"
            time.sleep(0.05)
        elapsed = time.perf_counter() - start
        err.seek(0)
        lines = err.read().decode("utf-8", "replace").strip().splitlines()
    code = os.waitstatus_to_exitcode(status)
    note = lines[-1] if lines and code else f"exit {code}"
    return elapsed, usage.ru_utime + usage.ru_stime, usage.ru_maxrss, note


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="100,300,1000", help="sizes in KB, comma-separated")
    parser.add_argument("--lang", default="en", choices=sorted(SHORT))
    parser.add_argument("--timeout", type=float, default=600.0)
    parser.add_argument("--html-mb", type=float, default=5.0)
    parser.add_argument("extra", nargs="*", help="more options for forcewatch extract")
    args = parser.parse_args()
    extra = list(args.extra)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        short = folder / "short.txt"
        short.write_text(SHORT[args.lang], encoding="utf-8")
        print("load average (1, 5, 15 min): {:.2f} {:.2f} {:.2f}".format(*os.getloadavg()))
        base, base_cpu, base_rss, note = run(short, args.timeout, extra)
        base = base or 0.0
        print(f"start-up (one paragraph): {base:.1f} s wall, {base_cpu:.1f} s CPU, peak RSS "
              f"{base_rss / 1024:.0f} MB ({note})")  # fmt: skip
        print(f"{'size':>8} {'chars':>9} {'wall s':>8} {'- start':>8} {'CPU s':>7} {'peak MB':>8} "
              f"{'s/KB':>7}")  # fmt: skip
        previous: tuple[float, float] | None = None
        for size in [int(s) for s in args.sizes.split(",") if s]:
            path = folder / f"long-{size}.txt"
            text = build(args.lang, size)
            path.write_text(text, encoding="utf-8")
            kb = len(text.encode("utf-8")) / 1024
            elapsed, cpu, rss, note = run(path, args.timeout, extra)
            if elapsed is None:
                print(f"{kb:7.0f}K {len(text):9d} {'>' + str(int(args.timeout)):>8} {'':>8} "
                      f"{'':>7} {'':>8} {'':>7} {note}")  # fmt: skip
                previous = None
                continue
            net = elapsed - base
            growth = (net - previous[1]) / (kb - previous[0]) if previous else net / kb
            print(f"{kb:7.0f}K {len(text):9d} {elapsed:8.1f} {net:8.1f} {cpu:7.1f} "
                  f"{rss / 1024:8.0f} {growth:7.4f} {note}")  # fmt: skip
            previous = (kb, net)
        if args.html_mb > 0:
            page = folder / "huge.html"
            body = build(args.lang, int(args.html_mb * 1024)).replace("\n", " ")
            page.write_text(
                f"<html><head><title>Long</title></head><body><p>{html.escape(body)}</p>"
                "</body></html>",
                encoding="utf-8",
            )
            elapsed, cpu, rss, note = run(page, args.timeout, extra)
            shown = "timed out" if elapsed is None else f"{elapsed:.1f} s wall, {cpu:.1f} s CPU"
            print(f"single-line HTML page {page.stat().st_size / 1e6:.1f} MB: {shown}, peak RSS "
                  f"{rss / 1024:.0f} MB ({note})")  # fmt: skip


if __name__ == "__main__":
    main()
