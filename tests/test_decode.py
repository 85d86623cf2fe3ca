"""Encodings as reports really come: Latin-1, Windows-1252, UTF-8 with stray bytes, broken HTML."""

from __future__ import annotations

import pytest

import forcewatch
from forcewatch.clean.decode import decode

SENTENCE = "Según la Policía, el joven murió en la operación del año pasado en São Gonçalo."


@pytest.mark.parametrize("encoding", ["utf-8", "latin-1", "cp1252", "utf-16"])
def test_decode_single_encodings(encoding: str) -> None:
    text, _ = decode(SENTENCE.encode(encoding))
    assert text == SENTENCE


def test_decode_windows_1252_quotes() -> None:
    raw = "“Fue una ejecución”, dijo – la madre".encode("cp1252")
    text, _ = decode(raw)
    assert text == "“Fue una ejecución”, dijo – la madre"


def test_decode_utf8_with_stray_latin1_bytes() -> None:
    raw = SENTENCE.encode("utf-8") + b" Tamb\xe9m: a pol\xedcia." + " Ação".encode()
    text, encoding = decode(raw)
    assert text.startswith(SENTENCE)
    assert "Também: a polícia." in text and text.endswith("Ação")
    assert encoding == "utf-8+cp1252"


def test_decode_repairs_mojibake() -> None:
    text, _ = decode("O policial disse que nÃ£o atirou.".encode())
    assert text == "O policial disse que não atirou."


def test_declared_charset_wins() -> None:
    html = '<html><head><meta charset="iso-8859-1"></head><body><p>Polic\xeda</p></body></html>'
    text, encoding = decode(html.encode("latin-1"))
    assert "Policía" in text and encoding == "iso8859-1"


def test_broken_html_is_processed() -> None:
    html = (
        "<html><head><title>Operativo en Petare</title><body><div><p>Funcionarios de las FAES "
        "mataron a tres hombres en un allanamiento en Petare, estado Miranda, según vecinos "
        "que denuncian ejecuciones.<p>La policía no respondió a las preguntas de este diario "
        "sobre el operativo, que se prolongó durante toda la madrugada del domingo.</div"
    )
    result = forcewatch.extract(html.encode("cp1252"), published="2024-03-05")
    assert "tres hombres" in result.document.text
    assert result.relevance.relevant
