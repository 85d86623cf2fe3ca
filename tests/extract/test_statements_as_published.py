"""The statement as others publish it (issue 6, round 35): a rights body's, an ombudsman's, a UN
office's or a prosecutor's statement set inside an outlet's page. The outlet's frame ("on
Wednesday accused", "difundió este lunes un comunicado", "manifestaram hoje") dates the telling,
not the harm; a release quoted whole keeps its dateline ("GENEBRA (22 de janeiro de 2026) -")
and its own day line apart from the case; the cases it recalls ("comes only ten weeks after the
killing of", "recordó que el 28 de febrero de este año", a run-in "Toulouse.") are cases of
their own; a claim it withdraws, a rule it announces ("was strictly prohibited"), a union's
mourning of a constable "shot dead at robbery scene" and the teasers of other stories around it
are no case. Agents told in the words such statements use: quoted participles ('fue "fusilado
por la espalda" por policías'), a joint patrol, a Taser used on someone, a death after a
struggle with officers, a grenade thrown into a crowd.

Each text is the project's own, written in the shapes the round's dev halves showed failing."""

from __future__ import annotations

import pytest

import forcewatch
from forcewatch.eval.gold import EvalItem
from forcewatch.extractor.counts import find_counts, find_single_counts
from forcewatch.extractor.dates import find_dates
from tests.extract.dev_reports import dev_items, item_id, relevant


def _one(text: str, lang: str, published: str) -> forcewatch.Mention:
    incidents = relevant(text, lang, published).incidents
    assert len(incidents) == 1
    return incidents[0]


# --- who did it: the words statements use -------------------------------------------------------


def test_a_quoted_participle_keeps_its_agents_in_spanish() -> None:
    text = (
        'La Coordinadora de Familias denunció que Iván Sosa, de 19 años, fue "ejecutado a '
        'sangre fría" por policías provinciales durante un control en el barrio Los Nogales.'
    )
    _one(text, "es", "2023-05-02")


def test_a_quoted_participle_keeps_its_agents_in_portuguese() -> None:
    text = 'Segundo a família, o ajudante de pedreiro foi "executado" por policiais militares.'
    relevant(text, "pt", "2024-02-12")


def test_members_of_a_joint_patrol_are_agents() -> None:
    text = (
        "Devon Clarke, 27, was shot dead by members of a joint police-military patrol in "
        "Tivoli Gardens on Sunday, his relatives said."
    )
    relevant(text, "en", "2023-03-07")


def test_a_taser_used_on_someone_it_hurt_is_force() -> None:
    text = (
        "Detention officers used a Taser on Marlon Pike four times in a holding cell on March 2. "
        "He was taken to hospital with burns to his chest."
    )
    assert _one(text, "en", "2024-03-10").date == "2024-03-02"


def test_a_taser_used_on_someone_it_did_not_hurt_is_no_case() -> None:
    # (a control: no harm told, as the harm cases' table says)
    text = "Deputies used a Taser on the man and arrested him. He was released on bail."
    assert not forcewatch.extract(text, lang="en", published="2024-03-10").relevance.relevant


def test_a_death_after_a_struggle_with_officers_is_force() -> None:
    text = "A 44-year-old man died after a struggle with detention officers at the county jail."
    relevant(text, "en", "2024-03-10")


def test_a_grenade_thrown_into_a_crowd_that_wounded_people_is_force() -> None:
    text = (
        "At about 6 p.m., riot police threw a stun grenade into a group of students sitting "
        "on the steps of the faculty. Four of them were wounded by fragments."
    )
    incident = _one(text, "en", "2019-03-20")
    assert incident.injured is not None and incident.injured.best == 4


def test_fire_opened_without_warning_then_a_porter_hit_is_force() -> None:
    text = (
        "Border guards opened fire without warning on a group of porters on the heights near "
        "Nowsud on Tuesday evening. The porters were carrying tyres on their backs. One of them, "
        "Aram Karimi, 22, was hit in the chest and died at the scene."
    )
    relevant(text, "en", "2025-02-14")


# --- no case -------------------------------------------------------------------------------------


def test_a_union_mourning_a_constable_shot_dead_at_a_robbery_scene_is_no_case() -> None:
    text = (
        "The police union said on Monday it mourns a constable shot dead at a robbery scene in "
        "Soweto on Saturday. Robbers ambushed him outside a supermarket."
    )
    assert not forcewatch.extract(text, lang="en", published="2016-04-12").relevance.relevant


def test_a_claim_of_harm_withdrawn_as_wrong_is_no_case() -> None:
    text = (
        "A rights group in Kasai has withdrawn a statement in which it said soldiers had shot "
        "dead a taxi driver at a roadblock in Tshikapa last week.\n\n"
        'In a correction, the group said: "We stated that Mr Jean Kalala had been killed by '
        'soldiers. He is alive and unhurt. We regret the error."'
    )
    assert not forcewatch.extract(text, lang="en", published="2021-06-08").relevance.relevant


def test_a_rule_announced_is_no_case() -> None:
    text = (
        "The ministry said its forces would protect peaceful marchers and that the use of live "
        'ammunition was "strictly prohibited". Families of those killed during the 2019 protests '
        "plan to gather on Sunday."
    )
    assert not forcewatch.extract(text, lang="en", published="2023-09-28").relevance.relevant


# --- one case or two ----------------------------------------------------------------------------


def test_a_toll_raised_to_its_figure_is_the_cases_not_a_statistic() -> None:
    text = (
        "A student who was shot during Friday's protest in Kakamega died at the county referral "
        "hospital on Sunday night, raising to three the number of people killed when police "
        "opened fire on demonstrators at the main roundabout."
    )
    incident = _one(text, "en", "2023-07-10")
    assert incident.killed is not None and incident.killed.best == 3
    assert incident.date == "2023-07-07"


def test_a_scene_some_kilometres_away_is_another_case() -> None:
    text = (
        "Police shot dead two protesters at the Kondele roundabout in Kisumu, witnesses said."
        "\n\nAbout 300 kilometres away in Kajiado County, relatives of a shopkeeper are "
        "demanding the arrest of the officers who shot him dead outside his shop."
    )
    incidents = relevant(text, "en", "2023-07-10").incidents
    assert len(incidents) == 2


def test_an_earlier_case_recalled_by_its_date_is_another_case() -> None:
    text = (
        "Elementos de la Guardia Nacional dispararon contra una camioneta en el retén de "
        "Xalpatláhuac, lo que dejó un muerto, denunció el centro de derechos humanos.\n\n"
        "En su comunicado, el centro recordó que el 2 de marzo de este año, en el mismo tramo, "
        "elementos de la Guardia Nacional dispararon contra un taxi y lesionaron a dos pasajeros."
    )
    incidents = relevant(text, "es", "2021-06-15").incidents
    assert "2021-03-02" in {i.date for i in incidents}
    assert len(incidents) == 2


def test_run_in_place_headings_each_open_a_case() -> None:
    text = (
        "Our observers documented two serious injuries at the marches in Nantes and Lyon on "
        "Saturday 9 March.\n\n"
        "Nantes. At about 15:10, a 23-year-old student was hit in the face by a rubber ball "
        "fired by riot police near the castle.\n\n"
        "Lyon. At about 17:30, officers threw a stun grenade into a group of marchers sitting "
        "on the ground. Three people were wounded by fragments.\n"
    )
    incidents = relevant(text, "en", "2019-03-12").incidents
    assert [i.place for i in incidents] == ["Nantes", "Lyon"]
    assert [i.date for i in incidents] == ["2019-03-09", "2019-03-09"]


def test_a_release_quoted_whole_under_its_own_dateline_is_the_same_case() -> None:
    text = (
        "Especialistas da ONU divulgaram nesta quinta-feira (22) comunicado sobre a operação "
        "policial de 13 de janeiro no Complexo da Pedreira, no Rio, que deixou nove mortos.\n\n"
        "GENEBRA (22 de janeiro de 2026) - Especialistas das Nações Unidas manifestaram hoje "
        "profunda preocupação com a operação policial realizada em 13 de janeiro de 2026 no "
        "Complexo da Pedreira, em que nove pessoas foram mortas por policiais militares.\n"
    )
    incidents = relevant(text, "pt", "2026-01-23").incidents
    assert [i.date for i in incidents] == ["2026-01-13"]


def test_a_previous_operation_in_a_month_of_this_year_is_another_case() -> None:
    text = (
        "Police killed seven people in a raid on the Complexo do Alemão on Thursday, residents "
        "said.\n\n"
        "The office recalls that a previous operation in the same complex in May of this year left "
        "four people dead."
    )
    incidents = relevant(text, "en", "2022-09-10").incidents
    assert sorted(i.date or "" for i in incidents) == ["2022-05", "2022-09-08"]


def test_harm_a_video_shows_is_the_cases_own() -> None:
    text = (
        "Soldiers tortured three teenage boys they had detained in Sinak last Friday, one of whom "
        "died, the commission said.\n\n"
        "The commission interviewed the survivors on Monday and obtained a video, which has "
        "circulated online since Saturday, showing soldiers kicking a boy whose hands are tied."
    )
    incidents = relevant(text, "en", "2026-03-25").incidents
    assert [i.date for i in incidents] == ["2026-03-20"]


def test_any_soldier_who_has_killed_is_no_case() -> None:
    text = (
        "The army spokesman for the operations sector, reached by telephone in Beni on Thursday, "
        'said the army "does not tolerate indiscipline" and that "any soldier who has killed a '
        'civilian will answer for it before the military courts".'
    )
    assert not forcewatch.extract(text, lang="en", published="2016-06-10").relevance.relevant


def test_a_case_numbered_among_the_years_is_no_case_of_its_own() -> None:
    text = (
        "Agostinho Ximenes morreu na cela do posto policial de Venilale depois de ter sido "
        "agredido por dois agentes, no dia 24 de junho.\n\n"
        "É o segundo caso de morte sob custódia policial levado à Provedoria este ano."
    )
    incidents = relevant(text, "pt", "2018-07-03").incidents
    assert [i.date for i in incidents] == ["2018-06-24"]


def test_a_share_of_all_the_violations_is_no_cases_toll() -> None:
    text = (
        "On 14 May, a soldier shot dead a 27-year-old man in the village of Kasinga after a "
        "dispute. In May 2016, the office documented 392 human rights violations throughout the "
        "country. State agents were responsible for 61 per cent of the violations documented, "
        "including the extrajudicial killings of at least 41 people."
    )
    incident = _one(text, "en", "2016-06-08")
    assert incident.killed is not None and incident.killed.best == 1


def test_the_day_an_inquiry_visited_is_not_the_harms_day() -> None:
    text = (
        "In the early hours of 28 May 2016, soldiers searched the village of Kalembe. According "
        "to a UN team which visited the area on 1 and 2 June, the soldiers shot dead six "
        "civilians."
    )
    assert _one(text, "en", "2016-06-08").date == "2016-05-28"


# --- when: the telling is not the harm -----------------------------------------------------------


def test_a_statement_spread_on_a_day_is_not_the_harms_day() -> None:
    text = (
        "El colectivo difundió este lunes un comunicado en el que denuncia que un joven de 17 "
        "años fue baleado por policías durante una persecución. Según el colectivo, el hecho "
        "ocurrió el sábado por la noche."
    )
    assert _one(text, "es", "2023-08-22").date == "2023-08-19"


def test_an_accusation_made_on_a_day_is_not_the_harms_day() -> None:
    text = (
        "A human rights group on Wednesday accused police of executing four young men during "
        "a raid in the Petare slum on Monday."
    )
    assert _one(text, "en", "2016-11-24").date == "2016-11-21"


def test_a_call_made_on_a_day_does_not_split_the_case_told_again() -> None:
    text = (
        "The UN human rights office on Friday called for an independent investigation into "
        "Thursday's police raid in Complexo do Alemão, in which at least seven people were "
        "killed.\n\n"
        "In its statement, the office said police killed seven people on 8 September during "
        "the operation in Complexo do Alemão.\n"
    )
    incidents = relevant(text, "en", "2022-09-10").incidents
    assert [i.date for i in incidents] == ["2022-09-08"]


def test_the_day_of_surgery_is_not_the_harms_day() -> None:
    text = (
        "Observers said riot police threw a grenade into a group of marchers in Toulouse. "
        "Two people were wounded; one underwent surgery on Sunday to remove fragments."
    )
    assert _one(text, "en", "2019-02-20").date != "2019-02-17"


def test_the_year_a_body_was_founded_is_not_the_harms_date() -> None:
    text = (
        "Riot police fired rubber bullets at marchers in Lyon, wounding three people, the "
        "observers' association said. The association was founded in 2016."
    )
    assert _one(text, "en", "2019-02-20").date != "2016"


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("el 28 de febrero de este año, agentes dispararon", "es", "2021-02-28"),
        ("on March 3 this year, officers fired", "en", "2021-03-03"),
        # (a control: Portuguese read it as one date already)
        ("em 12 de março deste ano, policiais atiraram", "pt", "2021-03-12"),
        ("a previous raid in May of this year left four dead", "en", "2021-05"),
    ],
)
def test_a_date_of_this_year_is_one_date(text: str, lang: str, expected: str) -> None:
    hits = find_dates(text, "2021-06-15", lang)
    assert [h.value for h in hits] == [expected]


# --- how many and where ---------------------------------------------------------------------------


def test_a_percentage_is_no_count() -> None:
    text = (
        "At least 57 porters were killed and 188 injured in 2024, 81 per cent of them by direct "
        "fire from the border guards."
    )
    assert [c.number.best for c in find_counts(text, "en", 0)] == [57, 188]


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("Guards fired on the truck, killing a man and his 15-year-old nephew.", [2]),
        ("Soldiers killed a farmer and his wife.", [2]),
        # (a control: the son arrested is not among the dead)
        ("Soldiers shot dead a farmer and arrested his son.", []),
        ("Police fired on the bus, in which the driver was killed.", [1]),
    ],
)
def test_one_killed_and_another_joined_to_him(text: str, killed: list[int]) -> None:
    counts = [c for c in find_single_counts(text, 0) if c.harm == "killed"]
    assert [c.number.best for c in counts] == killed


def test_a_metropolitan_area_is_its_city_not_a_town_abroad() -> None:
    text = (
        "La policía mató a un joven en el Gran Rosario el sábado. En lo que va del año, el "
        "colectivo contabiliza 9 muertes por gatillo fácil en el Gran Rosario."
    )
    result = relevant(text, "es", "2023-08-22")
    assert "AT" not in {m.country for m in result.mentions}


# --- the round's dev reports -------------------------------------------------------------------

_DEV_TWO_CASES: dict[str, tuple[str, ...]] = {
    "en_styles_r35.jsonl": ("en768", "en772", "en794"),
    "es_styles_r35.jsonl": ("es528",),
}
_DEV_NOT_RELEVANT: dict[str, tuple[str, ...]] = {
    "en_styles_r35.jsonl": ("en795", "en796", "en798"),
}
_DEV_DATED: dict[str, tuple[str, ...]] = {
    "en_styles_r35.jsonl": ("en770", "en775", "en781", "en783", "en797"),
    "pt_styles_r35.jsonl": ("pt534", "pt538"),
}
_DEV_RELEVANT: dict[str, tuple[str, ...]] = {
    "en_styles_r35.jsonl": ("en774",),
    "es_styles_r35.jsonl": ("es534",),
}


@pytest.mark.parametrize("item", dev_items(_DEV_TWO_CASES), ids=item_id)
def test_round_dev_reports_tell_their_cases_apart(item: EvalItem) -> None:
    dates = {i.date for i in item.extract().incidents}
    assert {i.date for i in item.gold.incidents} <= dates


@pytest.mark.parametrize("item", dev_items(_DEV_DATED), ids=item_id)
def test_round_dev_reports_date_each_case_once(item: EvalItem) -> None:
    """As many cases as the gold's (none told twice, none merged), each on a gold day."""
    incidents = item.extract().incidents
    gold_dates = [i.date for i in item.gold.incidents]
    assert len(incidents) == len(gold_dates)
    assert all(i.date in gold_dates for i in incidents)


@pytest.mark.parametrize("item", dev_items({"en_styles_r35.jsonl": ("en793",)}), ids=item_id)
def test_round_dev_reports_date_their_cases_by_day_not_by_the_ledes_month(item: EvalItem) -> None:
    incidents = item.extract().incidents
    assert incidents
    assert {i.date for i in incidents} <= {i.date for i in item.gold.incidents}


@pytest.mark.parametrize("item", dev_items(_DEV_NOT_RELEVANT), ids=item_id)
def test_round_dev_look_alikes_are_not_relevant(item: EvalItem) -> None:
    assert not item.extract().relevance.relevant


@pytest.mark.parametrize("item", dev_items(_DEV_RELEVANT), ids=item_id)
def test_round_dev_reports_find_the_agents(item: EvalItem) -> None:
    result = item.extract()
    assert result.relevance.relevant
    assert result.incidents[0].country == item.gold.incidents[0].country
