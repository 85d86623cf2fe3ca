"""Removal precision and recall of the text-dump cleaner on the project's own test pages.

    python benchmarks/cleaning.py [--show]

The pages (``tests/clean/pages``, invented sites in en/es/pt) are split dev/test by a hash of the
file name; both halves are printed. ``--show`` lists the lines each half gets wrong.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(1, str(REPO / "src"))

from tests.clean.pages_score import score  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--show", action="store_true", help="list the lines each half gets wrong")
    args = parser.parse_args(argv)
    print(f"{'half':<5} {'removal P':>9} {'removal R':>9} {'cut':>4} {'left':>5} {'titles':>7}")
    for which in ("dev", "test"):
        s = score(which)
        print(
            f"{which:<5} {s.precision:>9.3f} {s.recall:>9.3f} {len(s.cut):>4} {len(s.kept):>5} "
            f"{s.titles_right:>3}/{s.titles:<3}"
        )
        if args.show:
            for line in s.cut:
                print(f"  cut  {line}")
            for line in s.kept:
                print(f"  left {line}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
