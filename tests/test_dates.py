"""Date expressions resolved against the publication date; never the publication date by default."""

from __future__ import annotations

import pytest

from forcewatch.extractor.dates import find_dates, normalise_published


@pytest.mark.parametrize(
    ("text", "published", "lang", "value", "precision"),
    [
        ("on January 15, in the community", "2018-01-16", "en", "2018-01-15", "day"),
        # a part of a month or a year keeps the month's or the year's precision
        ("soldiers stormed the village in late March 2022", "2024-05-01", "en", "2022-03", "month"),
        ("at the end of March 2022 the army", "2024-05-01", "en", "2022-03", "month"),
        ("a finales de marzo de 2023 la policía", "2024-05-01", "es", "2023-03", "month"),
        ("em meados de 2023 a polícia", "2024-05-01", "pt", "2023", "year"),
        ("in early 2023, troops", "2024-05-01", "en", "2023", "year"),
        ("on January 15, in the community", None, "en", "--01-15", "day"),
        ("on Dec. 28, police said", "2018-01-03", "en", "2017-12-28", "day"),
        ("el 3 de marzo", "2021-03-10", "es", "2021-03-03", "day"),
        ("el 15 de enero de 2018", None, "es", "2018-01-15", "day"),
        ("em 3 de março", "2022-03-04", "pt", "2022-03-03", "day"),
        # 2024-03-07 is a Thursday
        ("el pasado martes", "2024-03-07", "es", "2024-03-05", "day"),
        ("la madrugada del domingo", "2024-03-07", "es", "2024-03-03", "day"),
        ("nesta quinta-feira", "2024-03-07", "pt", "2024-03-07", "day"),
        ("na madrugada de domingo", "2024-03-07", "pt", "2024-03-03", "day"),
        ("on Tuesday", "2024-03-07", "en", "2024-03-05", "day"),
        # a weekday and a day told without a year: the year in which that day was that weekday,
        # the year before at most (2025-05-19 is a Monday, 2024-05-19 a Sunday)
        ("Foi num domingo, 19 de maio, que ele", "2025-05-19", "pt", "2024-05-19", "day"),
        # the Brazilian press's weekday and day: "nesta terça-feira (15)", "QUARTA (16) —"
        ("QUARTA (16) — UM MORTO EM ABORDAGEM", "2025-04-19", "pt", "2025-04-16", "day"),
        ("policiais mataram na sexta-feira (4) um jovem", "2025-04-08", "pt", "2025-04-04", "day"),
        ("era lunes, 19 de mayo, cuando", "2025-05-21", "es", "2025-05-19", "day"),
        ("on Friday, March 3, troops", "2024-03-10", "en", "2023-03-03", "day"),
        ("on Monday, March 3, troops", "2024-03-10", "en", "2024-03-03", "day"),
        ("on Thursday", "2024-03-07", "en", "2024-03-07", "day"),
        ("el pasado jueves", "2024-03-07", "es", "2024-02-29", "day"),
        ("yesterday", "2024-03-07", "en", "2024-03-06", "day"),
        ("ayer", "2024-03-07", "es", "2024-03-06", "day"),
        ("ontem", "2024-03-07", "pt", "2024-03-06", "day"),
        ("antenoche, en el barrio", "2024-03-07", "es", "2024-03-05", "day"),
        ("anteontem à noite, no bairro", "2024-03-07", "pt", "2024-03-05", "day"),
        ("in January", "2024-03-07", "en", "2024-01", "month"),
        ("in May", "2024-03-07", "en", "2023-05", "month"),
        ("en 2019", "2024-03-07", "es", "2019", "year"),
        # a year that names an event, and the first month of a span
        ("killed during the 2019 elections", "2024-03-07", "en", "2019", "year"),
        ("beaten in the 2022 protests", "2024-03-07", "en", "2022", "year"),
        ("held between June 2016 and March 2017", "2024-03-07", "en", "2016-06", "month"),
        ("abuses between May and July 2019", "2024-03-07", "en", "2019-05", "month"),
        # a year or a month counted back from the publication date
        ("police beat them last year", "2024-03-07", "en", "2023", "year"),
        ("earlier this month", "2024-03-07", "en", "2024-03", "month"),
        ("detained last month", "2024-01-07", "en", "2023-12", "month"),
        ("el año pasado", "2024-03-07", "es", "2023", "year"),
        ("no mês passado", "2024-03-07", "pt", "2024-02", "month"),
        ("in November last year", "2024-03-07", "en", "2023-11", "month"),
        ("detained between November and January 2021", "2024-03-07", "en", "2020-11", "month"),
        ("15/01/2018", None, "es", "2018-01-15", "day"),
        (
            "the killings of 2024, when police shot a student on July 16 of that year",
            "2026-08-20",
            "en",
            "2024-07-16",
            "day",
        ),
        # a bulletin's day and month without the year, the weekday named after it in brackets
        # or after a comma (2026-03-02 is a Monday; the report is of April)
        ("▪ 02/03 (segunda-feira) — Salvador, Valéria", "2026-04-10", "pt", "2026-03-02", "day"),
        ("el día 5/11 en la noche", "2025-12-01", "es", "2025-11-05", "day"),
        (
            "Na noite de 14 de janeiro de 2023, um sábado, a guarnição",
            "2025-06-28",
            "pt",
            "2023-01-14",
            "day",
        ),
        ("1/15/2018", None, "en", "2018-01-15", "day"),
        # counted back from the publication date: days, one week, several weeks
        ("ocurrida hace una semana", "2024-03-07", "es", "2024-02-29", "day"),
        ("hace tres días", "2024-03-07", "es", "2024-03-04", "day"),
        ("a operação de há dois dias", "2024-03-07", "pt", "2024-03-05", "day"),
        ("o tiroteio de há uma semana", "2024-03-07", "pt", "2024-02-29", "day"),
        ("the raid two days ago", "2024-03-07", "en", "2024-03-05", "day"),
        ("shot a week ago", "2024-03-07", "en", "2024-02-29", "day"),
        # a feast's day in the year the publication date gives, last year's when it comes later
        ("El día de Reyes en la noche nos sacaron", "2025-02-04", "es", "2025-01-06", "day"),
        ("na véspera de Natal, a PM", "2025-01-10", "pt", "2024-12-24", "day"),
        ("shot on Christmas Eve", "2024-12-28", "en", "2024-12-24", "day"),
        ("on New Year's Day police fired", "2025-03-01", "en", "2025-01-01", "day"),
        ("hace dos semanas", "2024-03-07", "es", "2024-02-22", "week"),
        ("há três semanas", "2024-03-07", "pt", "2024-02-15", "week"),
    ],
)
def test_dates_resolve(
    text: str, published: str | None, lang: str, value: str, precision: str
) -> None:
    [hit] = find_dates(text, published, lang)
    assert (hit.value, hit.precision) == (value, precision)
    assert text[hit.start : hit.end] == hit.text


def test_dates_weekday_without_publication_date_is_unknown() -> None:
    [hit] = find_dates("el pasado martes", None, "es")
    assert hit.value is None and hit.precision == "unknown"


@pytest.mark.parametrize(
    "text",
    [
        "Santo Domingo",
        "a segunda vez",
        "she may 5 times",
        "Policía Nacional",
        "hace frío",
        "há muitos dias",
        "elections later this year",
        "A PM de Natal matou um jovem",  # a city, not Christmas
        "la Navidad",
        # fractions, scores and a shop's hours are no day and month
        "abierto 24/7",
        "ganó 3/4 de los votos",
        "a razão 1/10",
    ],
)
def test_dates_not_dates(text: str) -> None:
    assert [h for h in find_dates(text, "2024-03-07", "es") if h.value] == []


@pytest.mark.parametrize(
    ("value", "iso"),
    [
        ("2018-01-16", "2018-01-16"),
        ("2018-01-16T10:00:00Z", "2018-01-16"),
        ("16 de enero de 2018", "2018-01-16"),
        ("Jan 16, 2018", "2018-01-16"),
        ("garbage", None),
    ],
)
def test_dates_normalise_published(value: str, iso: str | None) -> None:
    assert normalise_published(value) == iso


@pytest.mark.parametrize(
    ("text", "published", "lang", "value"),
    [
        # A weekday and its day of the month: the day says which week (2025-03-20 is a Thursday,
        # and the last Wednesday before it is the 19th, not the 12th).
        ("na tarde da última quarta-feira, dia 12, os moradores", "2025-03-20", "pt", "2025-03-12"),
        ("el pasado martes, día 4, los vecinos", "2024-06-13", "es", "2024-06-04"),
        ("no domingo, dia 23, a polícia", "2024-07-03", "pt", "2024-06-23"),
        ("el viernes día 21 por la noche", "2024-07-03", "es", "2024-06-21"),
    ],
)
def test_dates_weekday_with_its_day_of_the_month(
    text: str, published: str, lang: str, value: str
) -> None:
    values = [h.value for h in find_dates(text, published, lang)]
    assert values == [value]


@pytest.mark.parametrize(
    ("text", "published", "lang", "value"),
    [
        # "de ese año", "daquele ano", "del mismo año": the year the text told last, not the
        # report's year.
        (
            "Hay que volver a 2021. La noche del 3 de mayo de ese año, en Siloé, la policía mató",
            "2024-05-20",
            "es",
            "2021-05-03",
        ),
        (
            "O caso começou em 2019. Em 12 de agosto daquele ano, policiais atiraram",
            "2024-05-20",
            "pt",
            "2019-08-12",
        ),
        (
            "En 2018 hubo otra masacre. El 9 de junio del mismo año, militares dispararon",
            "2023-01-10",
            "es",
            "2018-06-09",
        ),
        (
            "A chacina de 2016 foi lembrada. Em 5 de dezembro do mesmo ano, um PM morreu",
            "2024-03-01",
            "pt",
            "2016-12-05",
        ),
    ],
)
def test_dates_day_month_of_a_year_told_before(
    text: str, published: str, lang: str, value: str
) -> None:
    days = [h.value for h in find_dates(text, published, lang) if h.precision == "day"]
    assert days == [value]
