"""A site's template learned from its pages: lines on several pages of one site are chrome."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import forcewatch
from forcewatch.clean.templates import (
    SiteTemplates,
    line_key,
    page_keys,
    site_of,
    template_keys,
)
from forcewatch.clean.textdump import clean_text_dump
from forcewatch.pipeline import run_batch, site_templates
from forcewatch.records import Extraction

SITE = Path(__file__).with_name("site")  # five pages of "El Eco del Páramo", one of another site
PROMO = "Escuche El Eco Radio todos los días a las seis de la mañana en la 95.3 FM"
THANKS = "agradece a las juntas de acción comunal"


def _article(path: Path) -> list[str]:
    """The page's own paragraphs: the long ones that are not the site's repeated lines."""
    blocks = path.read_text(encoding="utf-8").split("\n\n")
    return [b for b in blocks if len(b.split()) > 20 and PROMO not in b and THANKS not in b]


def test_templates_line_key_ignores_case_accents_digits_and_punctuation() -> None:
    assert line_key("© 2024 El Eco del Páramo") == line_key("(c) 2025 el eco del paramo.")
    assert line_key("Escuche la radio") != line_key("Escuche la televisión")
    assert line_key("·") is None and line_key("Menu") is not None
    assert len(page_keys("Uno dos\nUno dos\nTres cuatro")) == 2


def test_templates_a_line_on_enough_pages_of_one_site() -> None:
    learner = SiteTemplates(min_pages=3)
    for n in ("one", "two", "three"):
        learner.learn("eco.example", f"Header line\nStory {n} is its own\nFooter line")
    learner.learn("eco.example", "Header line\nStory one is its own\nFooter line")  # same page
    learner.learn("other.example", "Header line")
    assert learner.pages("eco.example") == 3
    template = learner.template("eco.example")
    assert line_key("Header line") in template and line_key("Footer line") in template
    assert line_key("Story two is its own") not in template
    assert learner.template("other.example") == frozenset()  # one page says nothing
    assert learner.template(None) == frozenset()


def test_templates_keys_from_stored_counts() -> None:
    counts = {line_key("Footer line") or 0: 5, line_key("An article line") or 0: 1}
    assert template_keys(counts, min_pages=3) == {line_key("Footer line")}


@pytest.mark.parametrize(
    ("url", "text", "site"),
    [
        ("https://www.eco.example/judicial/123", None, "eco.example"),
        (
            None,
            "Story\n\n© 2024 El Eco del Páramo. Todos los derechos reservados.",
            "publisher:eco del paramo",
        ),
        (None, "Story\n\nHorizonte Libre · Logo", "publisher:horizonte libre"),
        (None, "A story with no footer at all.", None),
    ],
)
def test_templates_site_of_a_page(url: str | None, text: str | None, site: str | None) -> None:
    assert site_of(url, text) == site


def test_templates_clean_with_a_template_drops_its_lines_inside_the_article() -> None:
    page = SITE / "01_duitama_reten.txt"
    text = page.read_text(encoding="utf-8")
    assert PROMO in clean_text_dump(text).text  # prose-like, mid-article: words alone keep it
    template = site_templates(sorted(SITE.glob("*.txt")))[page]
    cleaned = clean_text_dump(text, template=template)
    assert PROMO not in cleaned.text and THANKS not in cleaned.text
    assert "site template" in cleaned.removed
    assert all(p in cleaned.text for p in _article(page))


def test_templates_batch_learns_the_site_from_its_pages() -> None:
    pages = sorted(SITE.glob("*.txt"))
    results = list(run_batch(pages))
    assert all(isinstance(r, Extraction) for r in results)
    for path, result in zip(pages, results, strict=True):
        assert isinstance(result, Extraction)
        text = result.document.text
        assert all(p in text for p in _article(path)), path.name
        if path.name.startswith("06_"):  # another site: the same promo line is its own text
            assert PROMO in text
        else:
            assert PROMO not in text and THANKS not in text, path.name


def test_templates_two_pages_are_not_a_template(tmp_path: Path) -> None:
    for page in sorted(SITE.glob("0[12]_*.txt")):
        shutil.copy(page, tmp_path / page.name)
    results = list(run_batch(sorted(tmp_path.glob("*.txt"))))
    assert all(isinstance(r, Extraction) and PROMO in r.document.text for r in results)


def test_templates_single_report_extraction_is_unchanged() -> None:
    result = forcewatch.extract_file(SITE / "03_sogamoso_protesta.txt")
    assert PROMO in result.document.text
