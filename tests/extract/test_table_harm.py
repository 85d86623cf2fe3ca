"""Tables of cases: each row that tells harm is a case of its own, with its row's day and place,
when the table's caption, header or row names the agents."""

from __future__ import annotations

import forcewatch


def _page(header: str, rows: list[tuple[str, ...]], intro: str) -> str:
    cells = "".join(
        "<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>\n" for row in rows
    )
    head = "".join(f"<th>{cell}</th>" for cell in header.split("|"))
    return f"""<html><head><title>Three years of the flying squads</title>
<meta property="article:published_time" content="2025-09-01T08:00:00+00:00"></head>
<body><article><h1>Three years of the flying squads</h1>
<p>{intro}</p>
<p>Our reporters went through court files and hospital records in four states over six months,
and they spoke to the families of the people named below and to the doctors who treated them.</p>
<table><thead><tr>{head}</tr></thead><tbody>
{cells}</tbody></table>
<p>Source: court files and hospital records gathered by our reporters.</p>
</article></body></html>"""


ROWS = [
    ("4 Mar 2023", "Ikeja, Lagos State", "Tunde Bakare", "Shot dead"),
    ("19 Oct 2023", "Nsukka, Enugu State", "Adaeze Okonkwo", "Shot in the arm; survived"),
    ("7 Jun 2024", "Kaduna, Kaduna State", "Musa Danjuma", "Shot dead"),
]
AGENTS = (
    "The table below lists the cases we could confirm, all of them by the highway patrol units "
    "of the state police commands."
)
PAGE = _page("Date|Place|Name|Outcome", ROWS, AGENTS)
NO_DATES = _page("Town|Place|Name|Outcome", ROWS, AGENTS)

NOBODYS = _page(
    "Date|Place|Name|Outcome",
    [(day, place, name, "Shot dead by robbers") for day, place, name, _ in ROWS],
    "Robbers attacked travellers on the highways of three states, the road safety corps said.",
)


def test_each_row_of_a_table_of_cases_is_an_incident() -> None:
    result = forcewatch.extract(PAGE, lang="en")
    by_date = {m.date: m for m in result.incidents}
    assert {"2023-03-04", "2023-10-19", "2024-06-07"} <= set(by_date)
    assert by_date["2023-10-19"].admin1 == "NG-EN"
    assert by_date["2024-06-07"].admin1 == "NG-KD"
    # a row's one victim, shot dead; the caption's "killed or wounded at least nine" is no row's
    assert by_date["2023-03-04"].killed is not None and by_date["2023-03-04"].killed.best == 1


def test_a_table_without_a_date_column_is_no_list_of_cases() -> None:
    result = forcewatch.extract(NO_DATES, lang="en")
    assert not {"2023-03-04", "2023-10-19", "2024-06-07"} & {m.date for m in result.incidents}


def test_a_table_of_harm_by_others_is_not_the_agents() -> None:
    result = forcewatch.extract(NOBODYS, lang="en")
    assert not result.relevance.relevant


def test_a_rows_words_stay_in_its_row() -> None:
    # the second row's outcome runs over two sentences; none of its words is the first row's
    rows = [
        ("4 Mar 2023", "Ikeja, Lagos State", "Tunde Bakare", "Arrested. Released on bail."),
        ("19 Oct 2023", "Nsukka, Enugu State", "Adaeze Okonkwo", "Beaten in a cell. Died."),
        ("7 Jun 2024", "Kaduna, Kaduna State", "Musa Danjuma", "Shot dead"),
    ]
    result = forcewatch.extract(_page("Date|Place|Name|Outcome", rows, AGENTS), lang="en")
    dates = {m.date for m in result.incidents}
    assert {"2023-10-19", "2024-06-07"} <= dates
    assert "2023-03-04" not in dates
