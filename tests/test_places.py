"""Tests for forcewatch.extractor.places: the offline gazetteer."""

from __future__ import annotations

import gzip
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from forcewatch.extractor.places import (
    ADMIN1_ALIASES,
    CITY_ALIASES,
    DATA_FILE,
    Gazetteer,
    PlaceHit,
    default_gazetteer,
    load_geonames_dump,
)

SEED = (
    "According to official information, on January 15, in the community of El Junquito in "
    "Miranda state, Venezuela, a security operation resulted in at least nine people killed"
)


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return default_gazetteer()


def kinds(hits: list[PlaceHit]) -> list[tuple[str, str]]:
    return [(h.kind, h.text) for h in hits]


# ---- locate: the incident's place ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "place", "admin1", "admin1_name", "country", "precision"),
    [
        (SEED, "en", "El Junquito", "VE-M", "Miranda", "VE", 4),
        (
            "en el municipio Libertador, estado Mérida",
            "es",
            "Libertador",
            "VE-L",
            "Mérida",
            "VE",
            3,
        ),
        (
            "Dos hombres murieron en Chilpancingo, Guerrero.",
            "es",
            "Chilpancingo",
            "MX-GRO",
            "Guerrero",
            "MX",
            1,
        ),
        (
            "Policiais mataram três pessoas na Zona Norte do Rio.",
            "pt",
            "Zona Norte do Rio",
            "BR-RJ",
            "Rio de Janeiro",
            "BR",
            2,
        ),
        (
            "Um homem morreu em Salvador (BA) após ação da PM.",
            "pt",
            "Salvador",
            "BR-BA",
            "Bahia",
            "BR",
            1,
        ),
        ("RENO, Nev. (AP) — A man was shot by police.", "en", "RENO", "US-NV", "Nevada", "US", 1),
        (
            "The shooting happened in Hannibal, Mo., on Sunday.",
            "en",
            "Hannibal",
            "US-MO",
            "Missouri",
            "US",
            1,
        ),
        (
            "Officers in Dearborn, Michigan responded.",
            "en",
            "Dearborn",
            "US-MI",
            "Michigan",
            "US",
            1,
        ),
        (
            "Eau Claire, Wis. police said the man was armed.",
            "en",
            "Eau Claire",
            "US-WI",
            "Wisconsin",
            "US",
            1,
        ),
        ("Chicago police said the man was armed.", "en", "Chicago", "US-IL", "Illinois", "US", 1),
        (
            "Chicago, IL — A man died after a police chase.",
            "en",
            "Chicago",
            "US-IL",
            "Illinois",
            "US",
            1,
        ),
        (
            "INDIANAPOLIS — Police shot a man on Tuesday.",
            "en",
            "INDIANAPOLIS",
            "US-IN",
            "Indiana",
            "US",
            1,
        ),
        (
            "Policías en la CDMX detuvieron a dos.",
            "es",
            "CDMX",
            "MX-CMX",
            "Ciudad de México",
            "MX",
            1,
        ),
        (
            "El Ejército abatió a 22 personas en Tlatlaya, Estado de México.",
            "es",
            "Tlatlaya",
            "MX-MEX",
            "México",
            "MX",
            3,
        ),
        (
            "en el barrio El Valle de Caracas murieron tres jóvenes",
            "es",
            "El Valle",
            "VE-A",
            "Distrito Capital",
            "VE",
            2,
        ),
        (
            "Police killed 32 people in Bulacan province in a single night.",
            "en",
            "Bulacan",
            "PH-BUL",
            "Bulacan",
            "PH",
            4,
        ),
        (
            "Soldiers opened fire on protesters in Lagos State.",
            "en",
            "Lagos",
            "NG-LA",
            "Lagos",
            "NG",
            4,
        ),
        ("The man was killed in Venezuela.", "en", "Venezuela", None, None, "VE", 6),
        (
            "Los hechos ocurrieron en la comunidad de Guayabal, en Apure.",
            "es",
            "Guayabal",
            "VE-C",
            "Apure",
            "VE",
            4,
        ),
        (
            "En el caserío Las Palmas, municipio Sucre, estado Sucre, murieron dos.",
            "es",
            "Las Palmas",
            "VE-R",
            "Sucre",
            "VE",
            3,
        ),
    ],
)
def test_places_locate_picks_the_most_precise_place(
    gaz: Gazetteer,
    text: str,
    lang: str,
    place: str,
    admin1: str | None,
    admin1_name: str | None,
    country: str,
    precision: int,
) -> None:
    loc = gaz.locate(text, lang)
    assert loc is not None
    got = (loc.place, loc.admin1, loc.admin1_name, loc.country, loc.geo_precision)
    assert got == (place, admin1, admin1_name, country, precision)
    assert loc.place_start is not None and loc.place_end is not None
    assert text[loc.place_start : loc.place_end] == loc.place
    assert loc.lat is not None and loc.lon is not None


def test_places_seed_locality_takes_the_admin1_centroid(gaz: Gazetteer) -> None:
    loc = gaz.locate(SEED, "en")
    miranda = gaz.resolve("Miranda", country="VE")
    assert loc is not None and miranda is not None
    assert (loc.lat, loc.lon) == (miranda.lat, miranda.lon)
    assert {h.text for h in loc.hits} == {"El Junquito", "Miranda", "Venezuela"}


def test_places_zone_takes_the_city_coordinates(gaz: Gazetteer) -> None:
    loc = gaz.locate("na Zona Norte do Rio", "pt")
    rio = gaz.resolve("Rio de Janeiro", country="BR")
    assert loc is not None and rio is not None and rio.kind == "city"
    assert (loc.lat, loc.lon) == (rio.lat, rio.lon)


@pytest.mark.parametrize(
    ("text", "focus_on", "hint", "country"),
    [
        # the mention nearest the focus decides
        (
            "Police in Bogotá detained him. " + "x " * 200 + "He was later killed in Caracas.",
            "killed",
            None,
            "VE",
        ),
        (
            "Police in Bogotá detained him. " + "x " * 200 + "He was later killed in Caracas.",
            "detained",
            None,
            "CO",
        ),
        # a hint that the text allows wins
        ("Two men were killed in Bogotá; the suspects had fled from Caracas.", None, "VE", "VE"),
        ("Two men were killed in Bogotá; the suspects had fled from Caracas.", None, "CO", "CO"),
    ],
)
def test_places_locate_resolves_conflicting_countries(
    gaz: Gazetteer, text: str, focus_on: str | None, hint: str | None, country: str
) -> None:
    focus = None
    if focus_on is not None:
        start = text.index(focus_on)
        focus = (start, start + len(focus_on))
    loc = gaz.locate(text, "en", focus=focus, country_hint=hint)
    assert loc is not None and loc.country == country


@pytest.mark.parametrize(
    ("text", "lang", "focus_on", "place", "admin1"),
    [
        # a wire dateline is where the reporter was; the lede says where it happened
        (
            "MEXICO CITY, Oct 17 (PWS) - Mexican soldiers opened fire on a pickup truck at a "
            "checkpoint near Apatzingán, in the western state of Michoacán, killing five.",
            "en",
            "opened fire",
            "Apatzingán",
            "MX-MIC",
        ),
        # the focus names only the city; the lede gave the neighbourhood within it
        (
            "Duas pessoas morreram no bairro de Muhala, na cidade de Nampula, quando a polícia "
            "dispersou uma manifestação. "
            + "Testemunhas falaram com a agência. " * 8
            + "O porta-voz da polícia em Nampula confirmou as duas mortes.",
            "pt",
            "confirmou as duas mortes",
            "Muhala",
            "MZ-N",
        ),
        # a place the gazetteer lacks, named with its state after a comma
        (
            "El operativo dejó siete muertos en El Junquito, estado Miranda.",
            "es",
            "siete muertos",
            "El Junquito",
            "VE-M",
        ),
        (
            "Police fired live rounds at residents of Kibera, Nairobi, killing two people.",
            "en",
            "killing two",
            "Kibera",
            "KE-30",
        ),
        (
            "MANILA, March 22 (PWS) - Three men were killed when officers raided a house in "
            "Tondo, one of the Philippine capital's most crowded districts, police said.",
            "en",
            "were killed",
            "Tondo",
            "PH-00",
        ),
        # "ocurrió en X": the report says where the incident was
        (
            "ROSARIO.– La familia del chico denunció una ejecución. El hecho ocurrió en "
            "Ludueña, alrededor de las 4 de la mañana.",
            "es",
            "ejecución",
            "Ludueña",
            "AR-S",
        ),
        # a prison's own name
        (
            "Ele cumpria pena na Penitenciária Regional do Vale do Aço, em Ipatinga (MG), e "
            "morreu depois de ser espancado.",
            "pt",
            "morreu",
            "Penitenciária Regional do Vale do Aço",
            "BR-MG",
        ),
        # a locality and the part of the city it is in, written together
        (
            "Uma operação na comunidade Sapopema do Igarapé, Zona Leste de Manaus, terminou "
            "com três mortos.",
            "pt",
            "três mortos",
            "Sapopema do Igarapé, Zona Leste de Manaus",
            "BR-AM",
        ),
        # a station's towns in the same run as the lede, and the town the shooting was in
        (
            "Two Men Charged - WKRV: Clarksburg, Morgantown: Local News Two men were charged "
            "after an officer shot and killed a man in Elkins on Saturday night.",
            "en",
            "Two Men Charged - WKRV: Clarksburg, Morgantown: Local News Two men were charged "
            "after an officer shot and killed a man in Elkins on Saturday night.",
            "Elkins",
            "US-WV",
        ),
    ],
)
def test_places_locate_reads_the_lede(
    gaz: Gazetteer, text: str, lang: str, focus_on: str, place: str, admin1: str
) -> None:
    start = text.index(focus_on)
    loc = gaz.locate(text, lang, focus=(start, start + len(focus_on)))
    assert loc is not None
    assert (loc.place, loc.admin1) == (place, admin1)
    assert loc.place_start is not None and text[loc.place_start : loc.place_end] == place


def test_places_locate_without_places_is_none(gaz: Gazetteer) -> None:
    assert gaz.locate("Officers said the man was armed.", "en") is None


# ---- find: every mention ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "La violencia en México, Brasil y EE.UU. preocupa.",
            "es",
            [("México", "MX"), ("Brasil", "BR"), ("EE.UU.", "US")],
        ),
        (
            "A violência nos EUA e no Brasil; a Colômbia e o Peru.",
            "pt",
            [("EUA", "US"), ("Brasil", "BR"), ("Colômbia", "CO"), ("Peru", "PE")],
        ),
        (
            "Estados Unidos, Perú y México firmaron.",
            "es",
            [("Estados Unidos", "US"), ("Perú", "PE"), ("México", "MX")],
        ),
        (
            "Police in the U.S., Mexico, Brazil and the Philippines.",
            "en",
            [("U.S.", "US"), ("Mexico", "MX"), ("Brazil", "BR"), ("Philippines", "PH")],
        ),
        (
            "Killings in Kosovo, Moçambique, Angola, Nigéria and South Africa.",
            "en",
            [
                ("Kosovo", "XK"),
                ("Moçambique", "MZ"),
                ("Angola", "AO"),
                ("Nigéria", "NG"),
                ("South Africa", "ZA"),
            ],
        ),
    ],
)
def test_places_find_country_aliases(
    gaz: Gazetteer, text: str, lang: str, expected: list[tuple[str, str]]
) -> None:
    hits = gaz.find(text, lang)
    assert [(h.text, h.country) for h in hits] == expected
    assert all(h.kind == "country" and h.geo_precision == 6 for h in hits)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("It is imperative that the Venezuelan government ensure an investigation.", "en"),
        ("La policía venezolana y la Guardia Nacional actuaron.", "es"),
        ("A polícia brasileira e os militares mexicanos.", "pt"),
        ("Funcionarios de la Policía Nacional Bolivariana dispararon.", "es"),
        ("La Fuerza Armada Nacional Bolivariana desplegó tropas.", "es"),
        ("Paris Hilton was not there.", "en"),
        ("Jackson said he saw the officers.", "en"),
        ("Andrew Jackson said nothing.", "en"),
        ("Simón Bolívar y Francisco de Miranda fueron próceres.", "es"),
        ("Victoria said the police lied.", "en"),
        ("Police said Garcia had fled. Jones was shot by five officers.", "en"),
        ("Sheriff Mark Jackson said deputies fired on January 15 and in May.", "en"),
        ("The suspect crashed a Dodge Durango into a Toyota.", "en"),
        ("Natal foi tranquilo. No Natal, a família se reuniu.", "pt"),
        ("The Guardian and The Washington Post counted the deaths.", "en"),
        ("Erika Guevara Rosas, Americas Director at Amnesty International, said.", "en"),
        ("The robbery happened at a Pawn Shop on the highway, the sheriff's office said.", "en"),
        (
            "Relatives of the man, who had lived nearby for years, gathered with friends and "
            "neighbours on a cold morning at the Pine Grove Memorial Park to say goodbye.",
            "en",
        ),
        (
            "The marchers, most of them students, walked slowly from the gates of the Denver "
            "Airport terminal towards the hotel where the officers were staying.",
            "en",
        ),
    ],
)
def test_places_find_skips_people_adjectives_and_common_words(
    gaz: Gazetteer, text: str, lang: str
) -> None:
    assert kinds(gaz.find(text, lang)) == []


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("in the state of Miranda", "en", ("admin1", "Miranda", "VE-M")),
        ("in Miranda state", "en", ("admin1", "Miranda", "VE-M")),
        ("murió en el estado Miranda", "es", ("admin1", "Miranda", "VE-M")),
        ("militares mataron a dos en Guerrero", "es", ("admin1", "Guerrero", "MX-GRO")),
        ("en el estado de Guerrero", "es", ("admin1", "Guerrero", "MX-GRO")),
        ("policiais no Rio de Janeiro", "pt", ("city", "Rio de Janeiro", "BR-RJ")),
        ("operação policial no Rio", "pt", ("city", "Rio", "BR-RJ")),
        ("a polícia do Rio", "pt", ("city", "Rio", "BR-RJ")),
        ("in Rivers State", "en", ("admin1", "Rivers", "NG-RI")),
        ("in Kisumu County", "en", ("admin1", "Kisumu", "KE-17")),
        ("na Bahia", "pt", ("admin1", "Bahia", "BR-BA")),
        ("in Uttar Pradesh", "en", ("admin1", "Uttar Pradesh", "IN-UP")),
        ("in KwaZulu-Natal", "en", ("admin1", "KwaZulu-Natal", "ZA-KZN")),
        ("em Cabo Delgado", "pt", ("admin1", "Cabo Delgado", "MZ-P")),
        ("in Metro Manila", "en", ("admin1", "Metro Manila", "PH-00")),
        ("em Lisboa", "pt", ("city", "Lisboa", "PT-11")),
        ("en la Ciudad de México", "es", ("city", "Ciudad de México", "MX-CMX")),
        ("in Georgia, police said", "en", ("admin1", "Georgia", "US-GA")),
        ("in Cook County", "en", ("admin2", "Cook County", "US-IL")),
    ],
)
def test_places_find_admin1_forms_and_cues(
    gaz: Gazetteer, text: str, lang: str, expected: tuple[str, str, str]
) -> None:
    hits = gaz.find(text, lang)
    assert [(h.kind, h.text, h.admin1) for h in hits] == [expected]


@pytest.mark.parametrize(
    ("text", "lang", "qualifier", "admin1"),
    [
        ("Um homem morreu em Salvador (BA).", "pt", "BA", "BR-BA"),
        ("Tiroteio em Campinas-SP deixa dois mortos.", "pt", "SP", "BR-SP"),
        ("RENO, Nev. (AP) — A man was shot.", "en", "Nev.", "US-NV"),
        ("It happened in Hannibal, Mo., on Sunday.", "en", "Mo.", "US-MO"),
        ("Chicago, IL — a man died.", "en", "IL", "US-IL"),
        ("Police in Lima, OH said.", "en", "OH", "US-OH"),
    ],
)
def test_places_find_state_abbreviation_after_city(
    gaz: Gazetteer, text: str, lang: str, qualifier: str, admin1: str
) -> None:
    hits = gaz.find(text, lang)
    assert [h.kind for h in hits] == ["city", "admin1"]
    assert hits[0].admin1 == admin1
    assert (hits[1].text, hits[1].admin1) == (qualifier, admin1)


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("COLTON, Ore. (KOIN) — A girl was hurt.", "COLTON"),  # Colton, California is known
        ("Smithtownia, Nev. — A man was shot.", "Smithtownia"),  # no such town
        ("It happened in Smithtownia, Nev., on Sunday.", "Smithtownia"),
    ],
)
def test_places_find_unknown_town_takes_the_state_after_it(
    gaz: Gazetteer, text: str, town: str
) -> None:
    hits = gaz.find(text, "en")
    assert [(h.kind, h.text) for h in hits[:2]] == [("locality", town), ("admin1", hits[1].text)]
    assert hits[0].admin1 == hits[1].admin1 is not None
    loc = gaz.locate(text, "en")
    assert loc is not None and (loc.place, loc.admin1, loc.geo_precision) == (
        town,
        hits[0].admin1,
        4,
    )


@pytest.mark.parametrize(
    ("text", "lang", "locality"),
    [
        (SEED, "en", "El Junquito"),
        (
            "los hechos ocurrieron en la comunidad de El Junquito, estado Miranda",
            "es",
            "El Junquito",
        ),
        ("en el barrio Las Casitas murieron dos", "es", "Las Casitas"),
        ("en el sector Los Mangos de Petare", "es", "Los Mangos"),
        ("en la colonia Guerrero de la alcaldía Cuauhtémoc", "es", "Guerrero"),
        ("en el caserío Las Palmas", "es", "Las Palmas"),
        ("en la parroquia La Vega del municipio Libertador", "es", "La Vega"),
        ("moradores da comunidade Cidade Alta relataram", "pt", "Cidade Alta"),
        ("na favela Nova Holanda", "pt", "Nova Holanda"),
        ("operação no Complexo da Maré", "pt", "Complexo da Maré"),
        ("tiroteio no bairro Cabula", "pt", "Cabula"),
        ("tiroteio no morro do Borel", "pt", "Borel"),
        ("in the Englewood neighborhood", "en", "Englewood"),
        ("in the village of Tumbao", "en", "Tumbao"),
        ("in the neighborhood of Brownsville", "en", "Brownsville"),
    ],
)
def test_places_find_localities_from_cues(
    gaz: Gazetteer, text: str, lang: str, locality: str
) -> None:
    hits = gaz.find(text, lang)
    found = [h for h in hits if h.text == locality]
    assert found, kinds(hits)
    assert found[0].kind in ("locality", "city")
    if found[0].kind == "locality":
        assert found[0].lat is None and found[0].lon is None


def test_places_find_cities_with_population_and_coordinates(gaz: Gazetteer) -> None:
    (hit,) = gaz.find("Police killed two men in Chilpancingo on Monday.", "en")
    assert hit.kind == "city" and hit.country == "MX" and hit.admin1 == "MX-GRO"
    assert hit.population is not None and hit.population > 100_000
    assert hit.lat is not None and 17 < hit.lat < 18 and hit.lon is not None
    assert hit.geo_precision == 1


def test_places_find_prefers_the_country_named_in_the_text(gaz: Gazetteer) -> None:
    hits = gaz.find("Ocurrió en Mérida. El estado Mérida en Venezuela vive con miedo.", "es")
    assert hits[0].text == "Mérida" and hits[0].country == "VE"
    hits = gaz.find("It happened in Valencia, Venezuela.", "en")
    assert hits[0].country == "VE"


def test_places_find_tiny_places_need_a_cue(gaz: Gazetteer) -> None:
    assert gaz.find("Arcola police shot a man.", "en")[0].admin1 == "US-IL"
    assert gaz.find("Wister teen charged", "en") == []


LONG_TEXTS = [
    SEED,
    "CARACAS, 15 ene (EFE).- Al menos nueve personas murieron en el sector El Junquito, al "
    "oeste de Caracas. El gobernador del estado Miranda, Héctor Rodríguez, dijo que la Guardia "
    "Nacional participó.",
    "Uma operação da Polícia Civil no Jacarezinho, na Zona Norte do Rio, deixou 28 mortos. Em "
    "Salvador (BA), policiais militares mataram 12 pessoas no bairro do Cabula.",
    "MANILA, Philippines (AP) — Police killed 32 suspected drug dealers in Bulacan province. "
    "In Caloocan City, a 17-year-old, Kian delos Santos, was shot dead by officers.",
    "The shooting happened in the Englewood neighborhood on Chicago's South Side. Later, on "
    "the West Side of Chicago, another man was shot. Eau Claire, Wis. police said.",
    "fox6now.comMILWAUKEE -- Police shot a man. INDIANAPOLIS (December 7, 2015) – A second.",
]


@pytest.mark.parametrize("text", LONG_TEXTS)
@pytest.mark.parametrize("lang", ["en", "es", "pt", None])
def test_places_find_spans_match_the_text(gaz: Gazetteer, text: str, lang: str | None) -> None:
    hits = gaz.find(text, lang)
    assert hits
    for hit in hits:
        assert text[hit.start : hit.end] == hit.text
        assert 1 <= hit.geo_precision <= 6
        assert (hit.lat is None) == (hit.lon is None)
    assert [h.start for h in hits] == sorted(h.start for h in hits)


def test_places_find_zones_and_sides(gaz: Gazetteer) -> None:
    hits = gaz.find("on Chicago's South Side and the West Side of Chicago", "en")
    assert [(h.kind, h.text, h.geo_precision) for h in hits] == [
        ("locality", "Chicago's South Side", 2),
        ("locality", "West Side of Chicago", 2),
    ]
    assert {h.admin1 for h in hits} == {"US-IL"}


# ---- resolve --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "country", "admin1", "kind", "code"),
    [
        ("Miranda", "VE", None, "admin1", "VE-M"),
        ("Guerrero", None, None, "admin1", "MX-GRO"),
        ("São Paulo", None, None, "city", "BR-SP"),
        ("Sao Paulo", "BR", None, "city", "BR-SP"),
        ("Mérida", "VE", None, "city", "VE-L"),
        ("Mérida", "MX", None, "city", "MX-YUC"),
        ("Libertador", "VE", "VE-L", "admin2", "VE-L"),
        ("Bulacan", "PH", None, "admin1", "PH-BUL"),
        ("Pristina", None, None, "city", None),
        ("México", None, None, "country", None),
        ("Brasil", None, None, "country", None),
    ],
)
def test_places_resolve_names(
    gaz: Gazetteer, name: str, country: str | None, admin1: str | None, kind: str, code: str | None
) -> None:
    hit = gaz.resolve(name, country=country, admin1=admin1)
    assert hit is not None
    assert (hit.kind, hit.admin1, hit.text) == (kind, code, name)


def test_places_resolve_unknown_is_none(gaz: Gazetteer) -> None:
    assert gaz.resolve("Xyzzyville") is None
    assert gaz.resolve("El Junquito") is None  # below cities500: needs a GeoNames dump


def test_places_kosovo_is_xk(gaz: Gazetteer) -> None:
    hit = gaz.resolve("Kosovo")
    assert hit is not None and hit.country == "XK"
    city = gaz.resolve("Pristina")
    assert city is not None and city.country == "XK" and city.admin1_name == "Pristina"


# ---- data -------------------------------------------------------------------------------------


def test_places_default_gazetteer_is_cached() -> None:
    assert default_gazetteer() is default_gazetteer()


def test_places_shipped_data_is_small() -> None:
    assert DATA_FILE.exists()
    assert DATA_FILE.stat().st_size < 3 * 1024 * 1024


def test_places_aliases_point_at_known_places(gaz: Gazetteer) -> None:
    for alias, country, _ in CITY_ALIASES:
        hit = gaz.resolve(alias, country=country)
        assert hit is not None and hit.kind == "city", alias
    for key in ADMIN1_ALIASES:
        assert key in gaz.admin1, key


LISTED_COUNTRIES = [
    *("VE", "MX", "BR", "CO", "US", "AR", "CL", "PE", "EC", "SV", "HN", "GT"),
    *("NI", "BO", "PY", "UY", "PH", "NG", "KE", "IN", "ZA", "PT", "MZ", "AO"),
]


@pytest.mark.parametrize(
    "country",
    LISTED_COUNTRIES,
)
def test_places_listed_countries_have_searchable_admin1(gaz: Gazetteer, country: str) -> None:
    units = [a for a in gaz.admin1.values() if a.country == country and a.code]
    assert len(units) >= 9
    assert all(a.code is not None and a.code.startswith(country + "-") for a in units)
    assert any(gaz.resolve(a.name, country=country) is not None for a in units)


# ---- GeoNames dumps ---------------------------------------------------------------------------


def geonames_row(
    gid: str, name: str, alternates: str, lat: str, lon: str, feature: str, admin: str, pop: str
) -> str:
    """One line of a GeoNames country dump (19 tab-separated columns)."""
    fclass, fcode = feature.split(".")
    a1, _, a2 = admin.partition(".")
    cols = [gid, name, name, alternates, lat, lon, fclass, fcode, "VE", "", a1, a2, "", ""]
    return "\t".join([*cols, pop, "", "", "America/Caracas", "2020-01-01"])


GEONAMES_DUMP = "\n".join(
    [
        geonames_row(
            "1", "El Junquito", "Junquito,Эль-Хункито", "10.46", "-67.08", "P.PPL", "15", "0"
        ),
        geonames_row("2", "Caracas", "", "10.48801", "-66.87919", "P.PPLC", "25", "3000000"),
        geonames_row("3", "Municipio Los Salias", "", "10.36", "-66.98", "A.ADM2", "15.1509", "0"),
        geonames_row("4", "Some Mountain", "", "10.3", "-67.0", "T.MT", "15", "0"),
    ]
)


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.setenv("FORCEWATCH_DATA_DIR", str(tmp_path / "userdata"))
    default_gazetteer.cache_clear()
    yield tmp_path / "userdata"
    default_gazetteer.cache_clear()


@pytest.mark.parametrize("packed", ["txt", "zip"])
def test_places_geonames_dump_is_imported(tmp_path: Path, data_dir: Path, packed: str) -> None:
    dump = tmp_path / "VE.txt"
    dump.write_text(GEONAMES_DUMP + "\n", encoding="utf-8")
    if packed == "zip":
        with zipfile.ZipFile(tmp_path / "VE.zip", "w") as zf:
            zf.write(dump, "VE.txt")
            zf.writestr("readme.txt", "GeoNames")
        dump = tmp_path / "VE.zip"

    stored = load_geonames_dump(dump)

    assert stored.parent == data_dir / "gazetteer" and stored.name == "geonames-VE.tsv.gz"
    with gzip.open(stored, "rt", encoding="utf-8") as fh:
        rows = fh.read().splitlines()
    assert rows[0] == "#covers\tVE"
    assert sum(r.startswith("C\t") for r in rows) == 2  # the mountain is not a place
    gaz = default_gazetteer()
    hit = gaz.resolve("El Junquito")
    assert hit is not None and hit.kind == "city"
    assert (hit.country, hit.admin1, hit.admin1_name) == ("VE", "VE-M", "Miranda")
    assert gaz.resolve("Junquito", country="VE") is not None  # alternate names are kept
    loc = gaz.locate(SEED, "en")
    assert loc is not None
    assert (loc.place, loc.admin1, loc.geo_precision) == ("El Junquito", "VE-M", 1)
    assert (loc.lat, loc.lon) == (10.46, -67.08)
    unit = gaz.resolve("Los Salias", country="VE")
    assert unit is not None and unit.kind == "admin2" and unit.admin1 == "VE-M"


def test_places_geonames_dump_target_dir(tmp_path: Path, data_dir: Path) -> None:
    dump = tmp_path / "VE.txt"
    dump.write_text(GEONAMES_DUMP + "\n", encoding="utf-8")
    stored = load_geonames_dump(dump, target_dir=tmp_path / "elsewhere")
    assert stored == tmp_path / "elsewhere" / "gazetteer" / "geonames-VE.tsv.gz"
    gaz = Gazetteer([DATA_FILE, stored])
    assert gaz.resolve("El Junquito") is not None
    assert default_gazetteer().resolve("El Junquito") is None  # not in the user data dir


def test_places_geonames_dump_rejects_other_files(tmp_path: Path, data_dir: Path) -> None:
    bad = tmp_path / "notes.txt"
    bad.write_text("not a dump\n", encoding="utf-8")
    with pytest.raises(ValueError, match="GeoNames"):
        load_geonames_dump(bad)


@pytest.mark.parametrize(
    ("text", "city"),
    [
        (
            "Uma operação da Polícia Militar na comunidade Sapopema do Igarapé, Zona Leste de "
            "Manaus, terminou com três mortos na madrugada de sábado, 9 de novembro.",
            "Manaus",
        ),
        (
            "Policiais militares mataram dois jovens na Zona Norte do Rio na noite de domingo, "
            "3 de março, segundo moradores.",
            "Rio de Janeiro",
        ),
    ],
)
def test_places_part_of_a_city_gives_the_mention_its_city(text: str, city: str) -> None:
    import forcewatch

    [incident] = forcewatch.extract(text, lang="pt", published="2024-11-11").incidents
    assert incident.city == city
