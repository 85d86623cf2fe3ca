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
