"""Write ``gold_paragraphs.jsonl``: for each example report with gold, the paragraphs of its main
text that carry a gold value (a place, a person's name, a speaker, an aggregate's words).

    python -m tests.clean.freeze_gold_paragraphs

Run it only when the examples or their gold change, and read the diff: these paragraphs are what
``test_gold_paragraphs`` requires every later cleaner to keep.
"""

from __future__ import annotations

import json
from pathlib import Path

import forcewatch
from tests.conftest import EXAMPLES, GOLD

OUT = Path(__file__).with_name("gold_paragraphs.jsonl")


def gold_values(report: dict[str, object]) -> set[str]:
    values: set[str] = set()
    for incident in report.get("incidents", []) or []:  # type: ignore[attr-defined]
        values.add(incident.get("place") or "")
        values.update(p.get("name") or "" for p in incident.get("people", []))
    values.update(a.get("text") or "" for a in report.get("aggregates", []) or [])  # type: ignore[attr-defined]
    values.update(q.get("speaker") or "" for q in report.get("quotes", []) or [])  # type: ignore[attr-defined]
    return {v for v in values if len(v) >= 4}


def main() -> None:
    rows = []
    for gold_file in sorted(GOLD.glob("[a-z][a-z].jsonl")):
        for line in gold_file.read_text(encoding="utf-8").splitlines():
            report = json.loads(line)
            doc = forcewatch.extract_file(
                EXAMPLES / report["id"], published=report.get("published"), lang=report["lang"]
            ).document
            values = gold_values(report)
            paragraphs = [p for p in doc.text.split("\n\n") if any(v in p for v in values)]
            rows.append({"id": report["id"], "paragraphs": paragraphs})
    OUT.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), "utf-8")
    print(f"{OUT}: {len(rows)} reports, {sum(len(r['paragraphs']) for r in rows)} paragraphs")


if __name__ == "__main__":
    main()
