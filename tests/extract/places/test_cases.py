"""The example sentences behind the place finder's branches, run: ``cases.tsv`` beside this file."""

from __future__ import annotations

from pathlib import Path

import pytest

from forcewatch.extractor.places import Gazetteer, PlaceHit

CASES = Path(__file__).with_name("cases.tsv")


def _cases(op: str) -> list[tuple[str | None, str, str]]:
    rows = [
        line.rstrip("\n").split("\t") for line in CASES.read_text(encoding="utf-8").splitlines()
    ]
    rows = [r for r in rows if r and r[0] and not r[0].startswith("#")][1:]
    return [(lang or None, text, expected) for kind, lang, text, expected in rows if kind == op]


def _matches(hit: PlaceHit, want: str) -> bool:
    kind, _, rest = want.partition(":")
    text, _, code = rest.partition("/")
    if (hit.kind, hit.text) != (kind, text):
        return False
    return not code or code == (hit.country if len(code) == 2 else hit.admin1)


@pytest.mark.parametrize(("lang", "text", "expected"), _cases("find"))
def test_places_case_find(gaz: Gazetteer, lang: str | None, text: str, expected: str) -> None:
    hits = gaz.find(text, lang)
    got = [(h.kind, h.text, h.admin1 or h.country) for h in hits]
    for want in expected.split(" | "):
        if want == "none":
            assert not hits, got
        elif want.startswith("!"):
            assert all(h.text != want[1:] for h in hits), got
        else:
            assert any(_matches(h, want) for h in hits), (want, got)


@pytest.mark.parametrize(("lang", "text", "expected"), _cases("locate"))
def test_places_case_locate(gaz: Gazetteer, lang: str | None, text: str, expected: str) -> None:
    want = dict(part.split("=", 1) for part in expected.split(" | "))
    focus = None
    if "focus" in want:
        start = text.index(want.pop("focus"))
        focus = (start, start + 1)
    loc = gaz.locate(text, lang, focus=focus)
    assert loc is not None
    got = {
        "place": str(loc.place),
        "admin1": loc.admin1,
        "country": loc.country,
        "precision": str(loc.geo_precision),
    }
    assert {k: got[k] for k in want} == want
