"""The page after the first report (issue 6, round 22): a watchdog's inquiry into a death days
before, a municipal force's beating, a shot told bare and its victim in the next sentence, and the
chrome and names such pages carry.

Each text is the project's own, written in the shapes the round's dev half showed failing."""

from __future__ import annotations

from pathlib import Path

import pytest

import forcewatch
from forcewatch.clean.chrome import chrome_kind
from forcewatch.eval.gold import EvalItem, load_gold, split_of


def test_peru_municipal_security_staff_are_state_agents() -> None:
    text = (
        "Dos comerciantes de Trujillo resultaron heridos luego de ser golpeados por serenos de la "
        "municipalidad durante un operativo contra el comercio ambulatorio, el lunes por la tarde."
    )
    result = forcewatch.extract(text, lang="es", published="2026-03-11")
    assert result.relevance.relevant, result.relevance.reason
    kinds = {f.kind for m in result.incidents for f in m.forces}
    assert "security_forces" in kinds


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("ÚLTIMA HORA: Ferry com horários reduzidos no fim de semana", "read_more"),
        ("Última hora: Cierran la vía a la costa por derrumbe", "read_more"),
        ("BREAKING: Storm closes the harbour bridge", "read_more"),
        # an article's own sentence that opens with the same word is no ticker
        ("Breaking the silence, the minister said two men had been shot by police.", None),
        ("Urgente que se investigue la muerte del joven en la comisaría.", None),
    ],
)
def test_a_ticker_above_the_article_is_chrome(line: str, kind: str | None) -> None:
    assert chrome_kind(line) == kind


_INQUIRY = (
    "JORNAL DO SADO\n\nPolítica | Sociedade | Desporto | Opinião\n\n"
    "ÚLTIMA HORA: Obras fecham a avenida Luísa Todi durante a noite\n\n"
    "SOCIEDADE\n\n"
    "Inspeção abre inquérito à morte de homem imobilizado por agentes em Almada\n\n"
    "A Inspeção-Geral da Administração Interna abriu ontem um inquérito à atuação de agentes da "
    "PSP que imobilizaram um homem na madrugada de domingo, no bairro da Bela Vista, e que "
    "morreu dois dias depois no Hospital de São Bernardo.\n\n"
    "Segundo a PSP, o homem estava agitado e resistiu à detenção. A família diz que ele pediu "
    "ajuda e que os agentes o mantiveram de bruços durante vários minutos.\n\n"
    "Partilhar: Facebook | WhatsApp | E-mail"
)


def test_an_inquiry_into_a_restraint_death_dates_the_restraint() -> None:
    # the inquiry opened "ontem"; the agents held the man down "na madrugada de domingo"
    result = forcewatch.extract(_INQUIRY, lang="pt", published="2026-05-22")
    assert result.relevance.relevant, result.relevance.reason
    (incident,) = result.incidents
    assert incident.date == "2026-05-17"
    # a neighbourhood named like a Brazilian town and a hospital named after a saint: the PSP
    # says Portugal
    assert incident.country == "PT"
    names = {p.name for p in incident.people}
    assert "Inspeção-Geral da Administração Interna" not in names
    killed = incident.killed
    assert killed is None or killed.best == 1


def test_a_ticker_is_not_the_title() -> None:
    result = forcewatch.extract(_INQUIRY, lang="pt", published="2026-05-22")
    assert result.document.title is not None
    assert result.document.title.startswith("Inspeção abre inquérito")


@pytest.mark.parametrize(
    ("text", "relevant"),
    [
        (
            "Officers ordered the driver to stop at the checkpoint outside Kumasi. One officer "
            "fired. The driver was hit in the shoulder and taken to hospital.",
            True,
        ),
        # the one hit is an agent: the suspect's fire, not the agents'
        (
            "The man ran from the checkpoint outside Kumasi and the officers chased him. The "
            "suspect turned and fired. An officer was hit in the arm and is recovering.",
            False,
        ),
    ],
)
def test_a_shot_told_bare_and_who_it_hit(text: str, relevant: bool) -> None:
    result = forcewatch.extract(text, lang="en", published="2025-11-19")
    assert result.relevance.relevant is relevant, result.relevance.reason


# The round's dev-half reports its rules were decided on (never a test-half report): each must
# keep the relevance its gold file gives it, and a killed count it gives.
_GOLD = Path(__file__).resolve().parents[1] / "gold"
_DEV_REPORTS = {
    "en_styles_r22.jsonl": ("en371",),
    "es_styles_r22.jsonl": ("es343",),
    "pt_styles_r22.jsonl": ("pt341",),
}


def _dev_items() -> list[EvalItem]:
    items = []
    for name, prefixes in _DEV_REPORTS.items():
        for item in load_gold(_GOLD / name).items:
            if Path(item.id).name.startswith(prefixes):
                assert split_of(item.id) == "dev", item.id
                items.append(item)
    return items


@pytest.mark.parametrize("item", _dev_items(), ids=lambda item: Path(item.id).name[:24])
def test_round_dev_reports_keep_their_gold_relevance(item: EvalItem) -> None:
    result = item.extract()
    assert result.relevance.relevant is item.gold.relevant, result.relevance.reason
    gold_dates = {i.date for i in item.gold.incidents}
    assert gold_dates <= {m.date for m in result.incidents}
