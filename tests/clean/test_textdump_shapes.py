"""Shapes that look like teasers and are not: the article keeps them."""

from __future__ import annotations

from forcewatch.clean.textdump import _blocks, clean_text_dump

PARAGRAPH = (
    "Police officers shot and killed two men during a raid on a house in the east of the city on "
    "Tuesday, neighbours said, and the prosecutor opened an inquiry the same day."
)


def test_textdump_quote_and_its_attribution_are_not_a_teaser() -> None:
    quote = "“They came in shooting and never asked who we were.”"
    source = "—Raju B. (pseudonym), Kathmandu, December 11, 2022"
    dump = "\n\n".join([PARAGRAPH, quote, source, "Summary", PARAGRAPH.replace("two", "three")])
    text = clean_text_dump(dump).text
    assert quote in text and source in text


def test_textdump_letter_signature_is_not_a_rail() -> None:
    dump = "\n\n".join(
        [
            PARAGRAPH,
            "We ask for an opportunity to meet with you to discuss these killings at your "
            "earliest convenience.",
            "Yours sincerely,",
            "Yasmine Ahmed",
            "UK Director",
            "Copying to the Minister for the Middle East and North Africa and the Minister of "
            "State for Development.",
        ]
    )
    text = clean_text_dump(dump).text
    assert "Yasmine Ahmed" in text and "Copying to the Minister" in text


def test_textdump_rail_of_police_headlines_after_the_article() -> None:
    rail = [
        "Officer fatally shoots man who ran from traffic stop",
        "Police say the man was armed; his family disputes it.",
        "Deputies kill armed man after hours-long chase",
        "The sheriff said the deputies fired after the man pointed a rifle.",
    ]
    dump = "\n\n".join([PARAGRAPH, PARAGRAPH.replace("two", "four"), *rail])
    cleaned = clean_text_dump(dump)
    assert all(line not in cleaned.text for line in rail)
    assert "related headlines" in cleaned.removed


def test_textdump_about_paragraph_under_a_joined_heading_is_peeled() -> None:
    from tests.conftest import EXAMPLES

    dump = (EXAMPLES / "es" / "es02_ong_guerrero.txt").read_text(encoding="utf-8")
    cleaned = clean_text_dump(dump)
    assert "sin fines de lucro" not in cleaned.text
    assert "about the organisation" in cleaned.removed


def test_textdump_many_rails_in_linear_time() -> None:
    import time

    rail = ["Most read", "Police shoot man outside the downtown shelter", "One sentence of dek."]
    dump = "\n\n".join([PARAGRAPH, PARAGRAPH, *(rail * 2000)])
    start = time.perf_counter()
    cleaned = clean_text_dump(dump)
    assert time.perf_counter() - start < 10  # ~0.6 s; it took minutes when each heading rescanned
    assert cleaned.text == f"{PARAGRAPH}\n\n{PARAGRAPH}"


def test_textdump_a_form_s_date_field_is_not_a_teaser_anchor() -> None:
    dump = "\n\n".join(
        [
            PARAGRAPH,
            "FICHA N.º 14/2024\nData do facto: 02/09/2024\nLocal: Bairro de Muatala, Nampula\n"
            "Feridos: 2",
            PARAGRAPH.replace("two", "three"),
        ]
    )
    text = clean_text_dump(dump).text
    assert "FICHA N.º 14/2024" in text and "Data do facto: 02/09/2024" in text


# A paragraph that introduces what follows (ending on a colon), or the text's last paragraph cut
# off in the middle of a sentence (a truncated dump), is the article's prose when it holds whole
# sentences of its own: the case it tells is not dropped with the footer.
def test_textdump_a_paragraph_ending_on_a_colon_is_prose() -> None:
    last = (
        "Guards held him in a cell for 12 days. He said officers beat him with cables every "
        "night and burned his arms, and described what they told him:"
    )
    text = clean_text_dump("\n\n".join([PARAGRAPH, "Abuse in Custody", last])).text
    assert last in text


def test_textdump_a_last_paragraph_cut_off_mid_sentence_is_prose() -> None:
    last = (
        "Soldiers detained the farmer at a checkpoint near the river. Two days later his family "
        "found his body in a field, with marks of beating on the chest and the"
    )
    text = clean_text_dump("\n\n".join([PARAGRAPH, last])).text
    assert last in text


def test_textdump_a_signatory_line_without_sentences_stays_out() -> None:
    line = (
        "World Organisation Against Torture, within the framework of the Observatory for the "
        "Protection of Human Rights Defenders"
    )
    text = clean_text_dump("\n\n".join([PARAGRAPH, "Organizations", line])).text
    assert line not in text


def test_textdump_a_statements_sign_off_dates_it_when_nothing_before_does() -> None:
    body = [PARAGRAPH, PARAGRAPH.replace("two", "three"), "The struggle goes on!"]
    signed = "\n\n".join(["MINISTRY OF DEFENCE", "PRESS RELEASE", *body, "Maputo, 7 April 2025"])
    assert clean_text_dump(signed).published == "2025-04-07"
    dated = "\n\n".join(["Published 2 April 2025", *body, "Maputo, 7 April 2025"])
    assert clean_text_dump(dated).published == "2025-04-02"
    unsigned = "\n\n".join(["MINISTRY OF DEFENCE", *body])
    assert clean_text_dump(unsigned).published is None


def test_textdump_a_long_sign_off_still_dates_the_statement() -> None:
    body = [PARAGRAPH, PARAGRAPH.replace("two", "three")]
    sign_off = "Given at Beira, on the feast of the town's patron saint, 9 March 2025."
    signed = "\n\n".join(["PASTORAL NOTE", *body, sign_off, "Fr. Tomas Banda"])
    assert clean_text_dump(signed).published == "2025-03-09"


def test_textdump_paragraphs_that_end_in_emoji_are_the_article() -> None:
    # a social network's post: the caption's paragraphs end in pictographs, not in a full stop
    first = (
        "Um rapaz de 19 anos morreu na madrugada deste domingo depois de ser baleado por "
        "policiais militares numa rua do bairro da Terra Firme. 😢🙏🏾"
    )
    second = (
        "A família diz que ele voltava do trabalho de moto e que não estava armado, e pede "
        "que as câmeras da rua sejam analisadas. 💔"
    )
    third = (
        "A corporação informou, em nota, que a guarnição foi recebida a tiros e que o caso "
        "será apurado pela Corregedoria."
    )
    dump = "\n\n".join(["perfil_do_bairro ✔️ • Seguir", first, second, third, "#TerraFirme #Belém"])
    text = clean_text_dump(dump).text
    assert first in text and second in text and third in text


LEDE_PAGE = """KISIWA FM | Online
HOME   News   Regions   Sport   Business   Podcasts   Listen live

Search

Home > News > Regions > Kisumu

Mother demands answers after Form Two pupil shot dead by police in Nyalenda

By Achieng Odhiambo
Posted: Thu, 14 Aug 2025 10:05 EAT

Share on Facebook   Share on X   Share on WhatsApp

[VIDEO] 2:10
"He was only going to buy bread": a mother's account
Video caption: Grace Akinyi speaks to Kisiwa FM outside her home in Nyalenda, Kisumu, on Wednesday.

A Form Two pupil was shot dead and a neighbour wounded on Tuesday night in Nyalenda, Kisumu, in a shooting that residents say was unprovoked.

Kevin Otieno, 16, was hit in the chest near the Dunga junction at about 8pm. Officers from the Kisumu Central station had been chasing a group of young men they said were carrying stolen goods, according to an occurrence book entry seen by Kisiwa FM.

The neighbour, a 40-year-old mechanic, was hit in the arm and is recovering at the county referral hospital.

Kisumu County Police Commander Peter Langat said the officers involved had been asked to record statements.
"""


def test_textdump_headline_above_the_byline_is_the_title_not_the_menu() -> None:
    cleaned = clean_text_dump(LEDE_PAGE)
    assert cleaned.title == (
        "Mother demands answers after Form Two pupil shot dead by police in Nyalenda"
    )


def test_textdump_a_hard_wrapped_paragraph_is_joined_and_a_heading_is_not() -> None:
    wrapped = (
        "Police officers shot and killed two men during a raid on a house in the east\n"
        "of the city on Tuesday, neighbours said, and the prosecutor opened an inquiry\n"
        "the same day."
    )
    heading = "4. Molyko, Buea (South-West) – Monday 22 September"
    dump = "\n\n".join([PARAGRAPH, wrapped, f"{heading}\n{PARAGRAPH.replace('two', 'five')}"])
    text = clean_text_dump(dump).text
    assert "east of the city on Tuesday" in text  # the wrap is undone
    assert f"{heading}\n" in text  # the heading stays a line of its own


def test_textdump_rule_lines_are_never_wrapped_lines() -> None:
    rule = "=" * 45
    story = "2. SOLDIERS ACCUSED OF SHOOTING A FARMER THEY CALLED A REBEL"
    second = PARAGRAPH.replace("Police officers", "Soldiers").replace("two men", "a farmer")
    dump = "\n\n".join([PARAGRAPH, f"{rule}\n{story}\n{rule}", second])
    assert f"\n{story}\n" in clean_text_dump(dump).text


def test_textdump_table_rows_are_neither_wrapped_lines_nor_a_menu() -> None:
    rows = [
        "N.° | Fecha | Provincia | Cantón | Tipo de hecho | Actor | Fallecidos | Heridos | Fuente",
        "1 | 02/05/2025 | Manabí | Portoviejo | Operativo de control de armas | Ejército | 2 | 0 "
        "| Comando Conjunto",
        "2 | 09/05/2025 | El Oro | Pasaje | Persecución de un vehículo | Policía Nacional | 1 | 0 "
        "| Fiscalía",
    ]
    notes = (
        "Las cifras provienen de partes oficiales y de entrevistas con familiares, y pueden "
        "cambiar cuando la Fiscalía concluya sus investigaciones previas."
    )
    dump = "\n\n".join([PARAGRAPH, "\n".join(rows), notes])
    lines = clean_text_dump(dump).text.splitlines()
    assert all(row in lines for row in rows)  # each row kept, on a line of its own


def test_textdump_list_items_and_data_records_under_a_heading_stay_lines() -> None:
    items = [
        "- Man who rammed a police car at the roundabout jailed for three years",
        "- Inquest into death of a man shot by police to resume in September",
        "- Council hears complaints about unlicensed dogs in the northern suburbs",
    ]
    records = [
        "ID,received,date,time,place,suburb,district,agency,means,killed,injured,status",
        "NR-0001,2026-03-03T09:02Z,2026-03-03,~13:30,factory gate,Ashulia,Dhaka,police,gunshot,1,6",
        "NR-0002,2026-03-04T14:20Z,2026-03-04,~11:00,knitwear factory,Konabari,Gazipur,police,tear "
        "gas,0,14",
    ]
    dump = "\n\n".join(
        [
            PARAGRAPH,
            "\n".join(["EXPORT OF THE REPORTS", *records]),
            PARAGRAPH.replace("two", "three"),
            "\n".join(["MORE FROM COURT", *items]),
        ]
    )
    blocks = _blocks(dump)
    assert all(line in blocks for line in [*items, *records[1:]])
