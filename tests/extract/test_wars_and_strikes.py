"""War and armed conflict, the state's own forces (issue 6, round 36): air and drone strikes,
shelling and raids by armies at home and abroad, as wire copy, UN and NGO updates, liveblogs and
investigations tell them. Craft only states fly ("un avión de combate", "a jet bombed"), a drone
attack its writer attributes to the army, a missile named by its kind ("a Russian ballistic
missile"), a strike told before its toll in another sentence; a live page's entries that tell
several strikes; a village told by the town near it ("in Kfar Roummane, near Nabatieh") or by its
region after it ("Kani, en la región de Sagaing"); a family and a relative counted ("killed a
family of seven", "wounding his 13-year-old son"); the dead of a helicopter crash and of an armed
group's attack are nobody's harm by agents. Allegations in the words reports use for them: live
ammunition, fire at point-blank range, "no exchange of fire", a beating.

Each text is the project's own, written in the shapes the round's dev halves showed failing."""

from __future__ import annotations

import pytest

import forcewatch
from forcewatch.eval.gold import EvalItem
from forcewatch.extractor.agency import NON_STATE_NAMED
from forcewatch.extractor.counts import find_counts, without_denials
from forcewatch.extractor.dates import find_dates
from tests.extract.dev_reports import dev_items, item_id, relevant


def _one(text: str, lang: str, published: str) -> forcewatch.Mention:
    incidents = relevant(text, lang, published).incidents
    assert len(incidents) == 1
    return incidents[0]


def _killed(text: str, lang: str) -> list[int | None]:
    return [c.number.best for c in find_counts(text, lang) if c.harm == "killed"]


def _injured(text: str, lang: str) -> list[int | None]:
    return [c.number.best for c in find_counts(text, lang) if c.harm == "injured"]


# --- who did it: the means of war -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "El jueves, un avión de combate bombardeó la escuela de Thit Tone y mató a siete niños.",
            "es",
        ),
        (
            "Na quinta-feira, um avião de combate bombardeou a escola da aldeia e matou sete crianças.",
            "pt",
        ),
        ("On Thursday a jet bombed the market in Kyun Taw village, killing eleven traders.", "en"),
    ],
)
def test_craft_only_states_fly_are_the_agents(text: str, lang: str) -> None:
    mention = _one(text, lang, "2024-05-10")
    assert mention.killed is not None and (mention.killed.best or 0) >= 7


def test_a_strike_told_before_its_dead_in_the_next_sentence() -> None:
    text = (
        "El domingo, un avión de combate lanzó dos bombas sobre el monasterio de la aldea de "
        "Htan Pin. Murieron seis personas, entre ellas dos monjes."
    )
    mention = _one(text, "es", "2024-03-12")
    assert mention.killed is not None and mention.killed.best == 6


def test_a_portuguese_bombardment_is_the_states() -> None:
    text = (
        "Pelo menos 11 pessoas morreram esta madrugada num bombardeamento israelita contra uma "
        "escola que servia de abrigo em Jabalia, segundo a Defesa Civil."
    )
    mention = _one(text, "pt", "2025-06-03")
    assert mention.killed is not None and mention.killed.best == 11
    assert mention.operation == "military_operation"


def test_a_drone_attack_attributed_to_the_army_that_hit_a_wedding() -> None:
    text = (
        "Em 3 de março, um ataque com drone atribuído às FAMa atingiu uma festa de casamento numa "
        "aldeia a cerca de 12 quilómetros de Dioura, no círculo de Ténenkou, também na região de "
        "Mopti, matando pelo menos seis civis e ferindo nove."
    )
    mention = _one(text, "pt", "2023-03-20")
    assert mention.killed is not None and mention.killed.best == 6
    assert mention.injured is not None and mention.injured.best == 9


def test_a_missile_named_by_its_kind_frames_the_toll_after_it() -> None:
    text = (
        "On 9 March, a Russian ballistic missile hit a street of shops in Kryvyi Rih shortly "
        "after noon. The attack killed five civilians and injured 31."
    )
    mention = _one(text, "en", "2025-03-20")
    assert mention.date == "2025-03-09"
    assert mention.killed is not None and mention.killed.best == 5


# --- no harm by agents --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Three soldiers were killed and four injured when an army helicopter crashed on a "
        "mountainside near Badiraguato on Tuesday.",
        "Two soldiers and a ten-year-old boy were killed on Friday when FARC dissidents attacked an army "
        "base in the town of Jamundí with explosive-laden drones.",
    ],
)
def test_the_dead_of_a_crash_or_of_an_armed_groups_attack_are_no_case(text: str) -> None:
    result = forcewatch.extract(text, lang="en", published="2025-05-02")
    assert not result.relevance.relevant


def test_no_one_hurt_said_with_sin_que() -> None:
    text = "El operativo terminó sin enfrentamientos y sin que se registraran heridos."
    assert "heridos" not in without_denials(text)


def test_an_armed_groups_name_is_a_whole_word() -> None:
    assert NON_STATE_NAMED.search("shells landed in a ward of Gangaw town") is None
    assert NON_STATE_NAMED.search("the gangs fired first") is not None


# --- how many ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "killed", "injured"),
    [
        ("A strike on a farmhouse killed a family of six.", "en", [6], []),
        (
            "Soldiers fired on the hut, killing a farmer and wounding his 13-year-old son.",
            "en",
            [],
            [1],
        ),
        ("Los agentes hirieron a su hermano.", "es", [], [1]),
        ("Troops clashed with the rebels again and killed two more of them.", "en", [2], []),
        # (a control: the relative who speaks is nobody harmed)
        ("His daughter said the police killed two men.", "en", [2], []),
    ],
)
def test_families_relatives_and_more_of_them_are_counted(
    text: str, lang: str, killed: list[int], injured: list[int]
) -> None:
    assert _killed(text, lang) == killed
    assert _injured(text, lang) == injured


# --- when ----------------------------------------------------------------------------------------


def test_an_event_named_by_its_month_and_year() -> None:
    hits = find_dates("Recordó el bombardeo de agosto de 2019 en Aguas Claras.", "2026-01-23", "es")
    assert [(h.value, h.precision) for h in hits] == [("2019-08", "month")]
    # (a day of that month stays a day)
    hits = find_dates("el 5 de agosto de 2019", "2026-01-23", "es")
    assert [(h.value, h.precision) for h in hits] == [("2019-08-05", "day")]


def test_a_past_strike_recalled_in_a_clause_that_tells_its_dead() -> None:
    text = (
        "El caso recordó el bombardeo de agosto de 2019 en la vereda Los Pinos, en el que murieron "
        "al menos siete menores de edad."
    )
    mention = _one(text, "es", "2026-01-23")
    assert mention.date == "2019-08"
    assert mention.killed is not None and mention.killed.best == 7


def test_the_day_a_toll_was_confirmed_is_not_the_strikes() -> None:
    text = (
        "El número de muertos en el bombardeo de la Fuerza Aérea contra un campamento en zona "
        "rural de Calamar subió a 11, según confirmó este viernes Medicina Legal. La operación se "
        "llevó a cabo en la madrugada del miércoles en la vereda El Triunfo."
    )
    assert _one(text, "es", "2026-02-13").date == "2026-02-11"


# --- where ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "place", "admin1"),
    [
        (
            "El sábado, soldados mataron a cinco personas en la aldea de Thit Kyar, en el municipio "
            "de Kani, en la región de Sagaing.",
            "es",
            "Thit Kyar",
            "MM-01",
        ),
        (
            "On Saturday soldiers killed five people in Pauk, in the neighbouring Magway region.",
            "en",
            "Pauk",
            "MM-03",
        ),
        (
            "An Israeli air strike flattened a house in Kfar Tebnit, near Nabatieh, killing four.",
            "en",
            "Kfar Tebnit",
            "LB-NA",
        ),
        (
            "Un hombre murió el domingo en la comisaría de Zárate, en San Juan de Lurigancho, tras "
            "ser golpeado por policías.",
            "es",
            None,
            "PE-LMA",
        ),
    ],
)
def test_a_village_by_its_region_or_the_town_near_it(
    text: str, lang: str, place: str | None, admin1: str
) -> None:
    mention = _one(text, lang, "2024-02-14")
    assert mention.admin1 == admin1
    if place is not None:
        assert mention.place == place


# --- how many cases ------------------------------------------------------------------------------

_LIVE = """Strikes on the south: live updates

19:40
Toll in Zawtar rises to six

The health ministry says six people died in the morning strike on Zawtar.

16:05
Drone strike on a car near Srifa: two dead

An Israeli drone struck a car on the road near Srifa, just east of Tyre, killing two men, the
state news agency reports.

13:10
Bekaa: three dead in overnight strike

The governor says an Israeli strike overnight hit a house in Qasr, near Baalbek, killing three
people and wounding eight.

09:30
Strike on Zawtar, four dead

An Israeli air strike before dawn flattened a house in Zawtar, near Nabatieh, killing at least
four people, the state news agency says.
"""


def test_a_live_page_tells_each_strike_in_its_own_entries() -> None:
    incidents = relevant(_LIVE, "en", "2024-10-20").incidents
    assert {i.admin1 for i in incidents} == {"LB-JA", "LB-BH", "LB-NA"}
    srifa = next(i for i in incidents if i.admin1 == "LB-JA")
    # (its entry is its own: the toll of Zawtar above it is not its)
    assert srifa.killed is not None and srifa.killed.best == 2
    assert srifa.date == "2024-10-20"


def test_a_live_page_on_one_case_keeps_the_newer_entries_update() -> None:
    text = """Protest against the fare rise: live

21:10
The health secretariat now says seven protesters were injured by the riot police.

18:40
Riot police fire rubber bullets and tear gas to disperse the march on Rua Larga in Recife; two
young men were injured in the legs.

17:30
About two thousand people gather at the square.
"""
    mention = _one(text, "en", "2026-08-14")
    assert mention.injured is not None and mention.injured.best == 7


def test_a_case_that_came_a_day_after_another_is_another() -> None:
    text = (
        "Soldiers at a checkpoint near Tepalcatepec opened fire on a car on Sunday night, killing "
        "two brothers.\n\nThe shooting came a day after an army patrol was ambushed near El "
        "Ceñidor on Saturday afternoon. The soldiers repelled the aggression and killed four "
        "attackers, the army said."
    )
    incidents = relevant(text, "en", "2020-06-24").incidents
    assert len(incidents) == 2


def test_a_year_alone_beside_the_cases_day_is_no_other_case() -> None:
    text = (
        "Nine people died in the air force bombing of a camp near Puerto Leguízamo on Thursday, "
        "the forensic institute said.\n\nTwo of the teenagers had been recruited from their homes "
        "earlier this year, relatives said.\n\nAccording to the army, the bombing was followed by a "
        "ground assault by special forces, who captured three fighters."
    )
    assert len(relevant(text, "en", "2021-11-10").incidents) == 1


def test_troops_that_encountered_rebels_are_agents_of_the_dead_after() -> None:
    text = (
        'On March 4, the Army said troops of the 52nd Infantry Battalion had "encountered" about '
        "ten rebels in the hills of Barangay Cawayan. Its statement said three rebels were killed. "
        "Photographs released by the battalion showed three bodies beside two rifles."
    )
    mention = _one(text, "en", "2023-04-14")
    assert mention.killed is not None and mention.killed.best == 3


# --- allegations ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "kind"),
    [
        ("Soldiers fired live ammunition at the marchers, killing two.", "en", "excessive_force"),
        ("Un policía le disparó a quemarropa y lo mató.", "es", "excessive_force"),
        ("Os PMs mataram o rapaz pelas costas, segundo a família.", "pt", "excessive_force"),
        (
            "Police shot the two men dead; there was no exchange of fire, witnesses said.",
            "en",
            "extrajudicial_execution",
        ),
        ("Murió tras una golpiza de los guardias del penal.", "es", "torture"),
    ],
)
def test_allegations_in_the_words_reports_use(text: str, lang: str, kind: str) -> None:
    result = relevant(text, lang, "2024-06-01")
    assert kind in {a.kind for m in result.incidents for a in m.allegations}


# --- the round's dev reports -------------------------------------------------------------------

_DEV_CASES: dict[str, tuple[str, ...]] = {
    "en_styles_r36.jsonl": ("en801", "en806", "en807", "en829"),
    "es_styles_r36.jsonl": ("es544",),
}
_DEV_NOT_RELEVANT: dict[str, tuple[str, ...]] = {
    "en_styles_r36.jsonl": ("en811", "en812"),
    "es_styles_r36.jsonl": ("es550",),
}


@pytest.mark.parametrize("item", dev_items(_DEV_CASES), ids=item_id)
def test_round_dev_reports_tell_each_case_on_its_day(item: EvalItem) -> None:
    """Two cases or more, no more than the gold's, each on one of its days."""
    dates = [i.date for i in item.extract().incidents]
    assert 2 <= len(dates) <= len(item.gold.incidents)
    assert set(dates) <= {i.date for i in item.gold.incidents}


@pytest.mark.parametrize("item", dev_items(_DEV_NOT_RELEVANT), ids=item_id)
def test_round_dev_look_alikes_are_not_relevant(item: EvalItem) -> None:
    assert not item.extract().relevance.relevant


@pytest.mark.parametrize("item", dev_items({"es_styles_r36.jsonl": ("es557",)}), ids=item_id)
def test_round_dev_reports_find_the_strikes(item: EvalItem) -> None:
    result = item.extract()
    assert result.relevance.relevant
    assert result.incidents[0].country == "MM"
