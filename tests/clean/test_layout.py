"""Text pasted from a PDF or an e-mail: page furniture, hyphenated words, footnote marks, wraps."""

from __future__ import annotations

import pytest

import forcewatch
from forcewatch.clean.layout import _running_lines, repair_layout, unwrap

# A bulletin pasted out of a PDF: a running head with the page's number on every page, a
# sentence that runs on over a page break, words split over line breaks, footnote marks.
BULLETIN = """\
VEEDURIA CIUDADANA DEL NORTE | Boletin trimestral 3                     Page 1 of 3

1. What we recorded

Our volunteers followed eleven cases this quarter in the two districts we
cover; three are summarised below, with the consent of the families.1 Other
cases remain under review and appear only in the annual figures.

VEEDURIA CIUDADANA DEL NORTE | Boletin trimestral 3                     Page 2 of 3

On the afternoon of Tuesday 6 August 2024, officers of the municipal traffic
police stopped a minibus on the ring road outside Tarija, argued with its
driver over his papers and, minutes later, fired through the windscreen and shot

VEEDURIA CIUDADANA DEL NORTE | Boletin trimestral 3                     Page 3 of 3

dead its driver, Rolando Quispe, 38, when he refused to hand over his li-
cence. A passenger, a 17-year-old girl, was wounded in the shoulder. The
police said the driver had tried to run an officer over; the passengers
deny it and say that the officers then col-
lected the spent cartridges before the prosecutor arrived.2 A joint police-
military patrol had been stationed at the same junction the week before.

__________
1 Names are published only where families agreed.
2 Interview with a passenger, Tarija, 9 August 2024.
"""


def test_running_heads_go_and_a_sentence_over_a_page_break_is_whole_again() -> None:
    text, removed = repair_layout(BULLETIN)
    assert "Boletin trimestral" not in text
    assert "Page 2 of 3" not in text
    assert removed == ["page heads and feet", "footnotes"]
    assert "fired through the windscreen and shot\ndead its driver" in text


def test_words_split_over_a_line_break_are_rejoined_and_compounds_keep_their_hyphen() -> None:
    text, _ = repair_layout(BULLETIN)
    assert "then collected\nthe spent cartridges" in text
    assert "A joint police-military\npatrol" in text
    assert "17-year-old" in text


@pytest.mark.parametrize(
    ("raw", "repaired"),
    [
        ("murió en el hos-\npital regional.", "murió en el hospital\nregional."),
        ("a operação de segu-\nrança terminou", "a operação de segurança\nterminou"),
        ("the so-call-\ned crackdowns", "the so-called\ncrackdowns"),
        ("the village of Al-\nZubair", "the village of Al-\nZubair"),  # a name's own hyphen
        ("the 2023-\n24 season", "the 2023-\n24 season"),
        ("ended in the re-\nport.", "ended in the report."),  # the word ended its line
    ],
)
def test_hyphenated_word(raw: str, repaired: str) -> None:
    assert repair_layout(raw)[0] == repaired


@pytest.mark.parametrize(
    ("raw", "repaired"),
    [
        ("bruises across his ribs.4 The family", "bruises across his ribs. The family"),
        ("the Commission (INDECOM).1\nIts notices", "the Commission (INDECOM).\nIts notices"),
        ("fueron asesinados.³ La familia", "fueron asesinados. La familia"),
        ("del Instituto de Medicina Legal¹ y", "del Instituto de Medicina Legal y"),
        ("CWPA Bulletin No.14 Page", "CWPA Bulletin No.14 Page"),  # a number after "No."
        ("shortly after 10:30 The", "shortly after 10:30 The"),  # a time, not a mark
        ("inflation of 3.5 Percent", "inflation of 3.5 Percent"),
    ],
)
def test_footnote_marks(raw: str, repaired: str) -> None:
    notes = "\n\n1 A note.\n3 A note.\n4 A note.\n14 A note."
    assert repair_layout(raw + notes)[0] == repaired + notes


def test_a_number_glued_after_a_stop_with_no_note_of_its_own_stays() -> None:
    """A space lost in a scraped page: "on Friday.20 Police officers" keeps its count."""
    text = "The march ended on Friday.20 Police officers were hurt."
    assert repair_layout(text)[0] == text


PDF_AS_HTML_TEXT = """\
Nota informativa 4/2024
Na madrugada de 3 de Março, agentes da Polícia de Intervenção Rápida
entraram no bairro do Cazenga à procura de um suspeito de roubo. Segundo
três moradores, os agentes dispararam contra um grupo de jovens que
estava à porta de uma cantina e mataram dois deles, Adão Cassule e
Mateus Ngola, de 19 e 22 anos.
O comando provincial não comentou.
2. Recomendações
"""


def test_unwrap_joins_a_paragraph_broken_into_lines() -> None:
    text = unwrap(PDF_AS_HTML_TEXT)
    lines = text.split("\n")
    assert lines[0] == "Nota informativa 4/2024"
    assert lines[1].startswith("Na madrugada de 3 de Março, agentes")
    assert lines[1].endswith("Mateus Ngola, de 19 e 22 anos.")
    assert lines[2] == "O comando provincial não comentou."
    assert lines[3] == "2. Recomendações"


def test_unwrap_leaves_a_text_of_whole_paragraphs_alone() -> None:
    paragraphs = (
        "Police shot a man in Leeds on Friday.\n"
        "Related coverage\n"
        "Officers said he was armed with a knife.\n"
        "Most read\n"
        "Council approves new budget for roads"
    )
    assert unwrap(paragraphs) == paragraphs


def test_a_pdf_bulletin_gives_its_case_with_its_count_date_and_place() -> None:
    extraction = forcewatch.extract(BULLETIN, lang="en", published="2024-10-15")
    assert extraction.relevance.relevant
    (incident,) = [m for m in extraction.incidents if m.killed is not None]
    assert (incident.date, incident.country) == ("2024-08-06", "BO")
    assert incident.killed is not None and incident.killed.best == 1
    assert incident.injured is not None and incident.injured.best == 1


def test_the_notes_under_a_rule_go_and_the_text_after_them_stays() -> None:
    text, removed = repair_layout(BULLETIN + "\nThe Veeduria is a network of volunteers.\n")
    assert "Interview with a passenger" not in text
    assert "Names are published" not in text
    assert "The Veeduria is a network of volunteers." in text
    assert removed == ["page heads and feet", "footnotes"]


def test_a_numbered_list_under_a_rule_is_no_footnote() -> None:
    listed = "Recommendations\n----------\n1. Suspend the officers.\n2. Publish the autopsy.\n"
    assert repair_layout(listed)[0] == listed


def test_notes_without_blank_lines_end_where_the_text_goes_on() -> None:
    lines = (
        "Los casos se verifican con dos fuentes.\n"
        "__________\n"
        "¹ La red no tiene acceso a los penales. Toda la información\n"
        "proviene de fuentes externas.\n"
        "Caso 1. Juan Pérez murió el 9 de enero tras ser golpeado por custodios.\n"
    )
    text, removed = repair_layout(lines)
    assert text.endswith(
        "Caso 1. Juan Pérez murió el 9 de enero tras ser golpeado por custodios.\n"
    )
    assert "fuentes externas" not in text
    assert removed == ["footnotes"]


CHAT = """\
WhatsApp chat with Night desk
[02/05/24 23:41] Ana R.: neighbours in Kibera say police raided a house near the Olympic stage
[02/05/24 23:58] Tom: any casualties?
[03/05/24 00:20] Ana R.: confirmed: officers shot dead two brothers, Peter and John Ouma, in Kibera
[03/05/24 00:22] Tom: ok, write it up
"""


def test_a_chat_export_keeps_its_messages_under_their_days() -> None:
    text, removed = repair_layout(CHAT)
    assert removed == ["message senders and times"]
    assert "Ana R." not in text and "23:41" not in text
    assert "2024-05-02: neighbours in Kibera say police raided" in text
    assert "2024-05-03: confirmed: officers shot dead two brothers" in text
    assert "\nany casualties?\n" in text


def test_a_killing_told_in_a_chat_export_is_dated_by_its_message() -> None:
    extraction = forcewatch.extract(CHAT, lang="en", published="2024-05-04")
    (incident,) = extraction.incidents
    assert (incident.date, incident.country) == ("2024-05-03", "KE")
    assert incident.killed is not None and incident.killed.best == 2


def test_two_lines_with_times_are_no_chat_export() -> None:
    minutes = "Minutes\n[10:05] Chair: the meeting opened\n12/03/2024 09:00 | agenda | adopted\n"
    assert repair_layout(minutes) == (minutes, [])


def test_a_us_export_whose_days_pass_twelve_is_read_month_first() -> None:
    us = "[5/30/24 9:15 PM] Dee: heard shots\n[5/30/24 9:20 PM] Dee: cops everywhere\n" * 2
    assert repair_layout(us)[0].startswith("2024-05-30: heard shots")


FORWARDED = """\
Subject: Fwd: alert from Cerro Norte
---------- Forwarded message ---------
From: Mesa de Seguridad <mesa@example.org>
Date: Mon, 10 Feb 2025 at 19:12
To: lista@example.org

> The neighbours say the officers entered the house at dawn and shot the
> boy in the back as he ran out through the yard.
> He died before the ambulance arrived.

On Mon, 10 Feb 2025 at 20:02, Florencia T. <ft@example.org> wrote:
Thanks, we will sign the statement.
"""


def test_an_email_keeps_its_words_without_quoting_credits_or_headers() -> None:
    text, removed = repair_layout(FORWARDED)
    assert removed == ["e-mail headers"]
    assert "From:" not in text and "To:" not in text and "wrote:" not in text
    assert "Forwarded message" not in text
    assert "Subject: Fwd: alert from Cerro Norte" in text
    assert "The neighbours say the officers entered the house at dawn and shot the\nboy" in text


def test_a_records_fields_are_no_email_header() -> None:
    record = "FECHA: 02/06/2018\nLUGAR: Monimbo\nPARA: uso interno\nHECHOS: disparos\n"
    assert repair_layout(record) == (record, [])


@pytest.mark.parametrize(
    ("line", "is_mark"),
    [
        ("CWPA Quarterly Bulletin No. 14          Page 3 of 6", True),
        ("Página 4 de 12", True),
        ("p. 7", True),
        ("3 / 12", True),
        ("- 5 -", True),
        ("the officers shot 3 of 5", False),  # a wrapped line's end
        ("the clinic is open 24/7", False),
        ("Publicado 12/03", False),
    ],
)
def test_a_page_number_line(line: str, is_mark: bool) -> None:
    assert _running_lines(["Some text of the report.", line]) == ({1} if is_mark else set())
