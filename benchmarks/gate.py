"""The cheap relevance gate (``forcewatch.pipeline.gate``) on every labelled set.

    python benchmarks/gate.py

For each set: how many reports the gate keeps, its recall on the gold-relevant reports (it must be
1.000: a gate that drops a relevant report loses it for good), its recall on the reports the
extractor judges relevant, the time per report of the gate and of the whole extraction, and so the
share of extraction time a crawl of pages like these would save. A set whose data is absent is
skipped.
"""

from __future__ import annotations

import importlib.util
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if importlib.util.find_spec("forcewatch") is None:  # run from a checkout without installing
    sys.path.insert(0, str(REPO / "src"))

from forcewatch.eval.gold import DataMissingError, EvalItem  # noqa: E402
from forcewatch.eval.runner import load_source  # noqa: E402
from forcewatch.pipeline.gate import may_be_relevant  # noqa: E402

GOLD = REPO / "tests" / "gold"
SETS = {
    "hrw": ["hrw"],
    "gvdb": ["gvdb-all"],
    "india": ["india"],
    "examples": [str(GOLD / f"{lang}.jsonl") for lang in ("en", "es", "pt")]
    + [str(GOLD / "es_styles.jsonl"), str(GOLD / "pt_styles.jsonl")],
}


def _text(item: EvalItem) -> str:
    if item.text is not None:
        return item.text
    assert item.path is not None
    return item.path.read_bytes().decode("utf-8", "replace")


def main() -> int:
    print(
        f"{'set':<9} {'reports':>7} {'kept':>6} {'recall gold':>11} {'recall extr.':>12} "
        f"{'gate ms':>8} {'extract ms':>10} {'saved':>6}"
    )
    for name, sources in SETS.items():
        try:
            items = [item for source in sources for item in load_source(source).items]
        except DataMissingError as exc:
            print(f"{name:<9} skipped: {exc}")
            continue
        start = time.perf_counter()
        kept = [may_be_relevant(_text(item)) for item in items]
        gate_s = time.perf_counter() - start
        start = time.perf_counter()
        judged = [item.extract().relevance.relevant for item in items]
        extract_s = time.perf_counter() - start
        gold = [k for k, item in zip(kept, items, strict=True) if item.gold.relevant]
        by_extractor = [k for k, j in zip(kept, judged, strict=True) if j]
        dropped = [i for i, k in enumerate(kept) if not k]
        saved = sum(1 for _ in dropped) / len(items)  # share of reports not extracted
        print(
            f"{name:<9} {len(items):>7} {sum(kept):>6} "
            f"{sum(gold) / max(1, len(gold)):>11.3f} "
            f"{sum(by_extractor) / max(1, len(by_extractor)):>12.3f} "
            f"{1000 * gate_s / len(items):>8.3f} {1000 * extract_s / len(items):>10.1f} "
            f"{saved:>6.1%}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
