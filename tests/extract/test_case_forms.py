"""Reports that record each case on a form ("FICHA N.º 14/2024", "Data do facto: ...",
"Local: ..."): one incident a form, dated and placed by its own fields."""

from __future__ import annotations

import forcewatch

FORMS = """OBSERVATÓRIO DE DIREITOS HUMANOS
Fichas de registo de ocorrências · Setembro de 2024

Publicamos abaixo as fichas validadas pela equipa de monitoria na primeira quinzena do mês.

---
FICHA N.º 14/2024
Data do facto: 02/09/2024
Local: Bairro de Muatala, cidade de Nampula, província de Nampula
Força envolvida: Polícia da República de Moçambique (PRM)
Vítimas mortais: 1
Descrição: Durante uma rusga nocturna a um bar, agentes da UIR dispararam contra clientes que \
tentavam fugir. Jaime foi atingido nas costas e morreu no local; dois jovens ficaram feridos.

---
FICHA N.º 15/2024
Data do facto: 06/09/2024
Local: Bairro Natite, cidade de Pemba, província de Cabo Delgado
Força envolvida: PRM
Descrição: Detido na tarde de 5 de setembro, Celestino foi encontrado morto na cela da \
esquadra na manhã seguinte. A família viu marcas de pancadas no rosto.
"""


def test_each_form_is_an_incident_dated_and_placed_by_its_fields() -> None:
    result = forcewatch.extract(FORMS, lang="pt", published="2024-09-20")
    assert result.relevance.relevant
    got = [(m.date, m.admin1) for m in result.incidents]
    assert got == [("2024-09-02", "MZ-N"), ("2024-09-06", "MZ-P")]
    assert result.incidents[0].place is not None and "Muatala" in result.incidents[0].place


def test_the_form_fields_are_kept_by_the_text_cleaner() -> None:
    result = forcewatch.extract(FORMS, lang="pt", published="2024-09-20")
    text = result.document.text
    assert "FICHA N.º 14/2024" in text and "Data do facto: 02/09/2024" in text


# A record whose field names the hour beside the day ("Data/hora do fato", "Fecha y hora del
# hecho"), its narrative told after the fields without a date of its own.
RECORDS = [
    (
        "pt",
        "2024-02-03",
        "Reproduzimos abaixo o registro da ocorrência, publicado neste sábado.\n\n"
        "Natureza: Morte decorrente de intervenção policial\n\n"
        "Data/hora do fato: 28/01/2024, 23h40\n\n"
        "Local: Setor Jardim Curitiba, Goiânia/GO\n\n"
        "Histórico: Policiais militares em patrulhamento atiraram contra um homem, que morreu no "
        "hospital.\n",
        "2024-01-28",
    ),
    (
        "es",
        "2024-05-10",
        "Transcribimos el parte policial al que tuvo acceso este medio.\n\n"
        "Fecha y hora del hecho: 02/05/2024, 04:10\n\n"
        "Lugar: barrio San Martín, Resistencia, Chaco\n\n"
        "Relato: Efectivos de la comisaría tercera dispararon contra un joven que murió en el "
        "lugar.\n",
        "2024-05-02",
    ),
]


def test_a_field_with_the_day_and_the_hour_dates_the_record() -> None:
    for lang, published, text, day in RECORDS:
        result = forcewatch.extract(text, lang=lang, published=published)
        assert [m.date for m in result.incidents] == [day], text
