"""Site chrome by its wording, from the word lists in ``forcewatch/clean/vocab``."""

from __future__ import annotations

from pathlib import Path

import pytest

from forcewatch.clean.chrome import (
    KINDS,
    chrome_kind,
    is_author_bio,
    is_self_description,
    vocab,
)

CASES = [
    tuple(row.split("\t"))
    for row in (Path(__file__).parent / "cases" / "chrome_lines.tsv")
    .read_text("utf-8")
    .splitlines()
    if row and not row.startswith("#")
]


@pytest.mark.parametrize(("line", "kind"), CASES, ids=[c[0][:40] for c in CASES])
def test_chrome_kind_of_line(line: str, kind: str) -> None:
    assert chrome_kind(line) == (None if kind == "article" else kind)


def test_chrome_cases_cover_every_kind_and_language() -> None:
    assert {k for _, k in CASES} >= set(KINDS) | {"article"}


@pytest.mark.parametrize(
    "line",
    [
        "Amnesty International is a worldwide movement of people who campaign for human rights.",
        "Coastal Wire is an independent, reader-funded news organisation. We rely on our members.",
        "We are a nonprofit newsroom covering the criminal justice system since 2015.",
        "Somos un medio independiente que informa desde el Caribe colombiano.",
        "Somos una organización sin fines de lucro que vigila a las fuerzas de seguridad.",
        "La Red Vigía es una organización de la sociedad civil fundada en 2009.",
        "O Jornal do Litoral é um jornal digital independente que cobre a Baixada desde 2010.",
        "Sobre a organização: O Instituto Vozes é uma associação sem fins lucrativos.",
    ],
)
def test_chrome_publisher_describing_itself(line: str) -> None:
    assert is_self_description(line)


@pytest.mark.parametrize(
    "line",
    [
        "The organisation has documented at least 17 killings during police operations since 2023.",
        "La organización recordó que en lo que va del año ha registrado cinco muertes.",
        "Lethal Force Monitor, a nonprofit database, counted 1,100 deaths in 2023.",
        "The officer is a member of the tactical unit, the department said.",
        "(Bangkok) – Rohingya Muslims in Myanmar are facing the gravest threats since 2017, when "
        "the Myanmar military carried out a sweeping campaign of massacres.",
    ],
)
def test_chrome_article_lines_are_not_self_descriptions(line: str) -> None:
    assert not is_self_description(line)


@pytest.mark.parametrize(
    ("line", "bio"),
    [
        ("Alicia Brandt covers public safety and the courts for the Valley Herald.", True),
        ("Sobre o autor: Paulo Sérgio Lima é jornalista e pesquisador do Observatório.", True),
        ("Karla Menjívar es periodista y cubre seguridad para Noticiero del Valle.", True),
        (
            "Police spokesperson Grace Tembo told local media that officers came under attack.",
            False,
        ),
        ("The man, Arturo Villegas, was driving home when deputies pulled him over.", False),
    ],
)
def test_chrome_author_bio(line: str, bio: bool) -> None:
    assert is_author_bio(line) is bio


def test_chrome_vocab_one_file_per_language() -> None:
    assert vocab(("en",)).share_words < vocab().share_words
    assert "compartir" in vocab(("es",)).share_words
    assert "compartilhe" in vocab(("pt",)).share_words
