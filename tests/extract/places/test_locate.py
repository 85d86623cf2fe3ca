"""forcewatch.extractor.places.locate: the incident's place among the hits of a text."""

from __future__ import annotations

import pytest

from forcewatch.extractor.places import Gazetteer
from tests.extract.places.conftest import SEED


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
    ("text", "focus_on", "hint", "country", "admin1"),
    [
        # the agents' state (a US patrol) yields to the places the text names far more
        (
            "La familia lleva cinco días en el Hospital General de Nogales, Sonora, en México. "
            "El joven recibió un disparo en la colonia Héroes, junto al muro, según un vocero "
            "en Phoenix.",
            "disparo",
            "US",
            "MX",
            "MX-SON",
        ),
        # only a neighbourhood no country names near the focus: the place named before it in its
        # paragraph tells the country, not the agents' state
        (
            "Vecinos de Nogales, Sonora, velan al joven. "
            + "Su hermana contó lo que vio aquella noche. " * 8
            + "El joven recibió un disparo en una calle de la colonia Héroes.\n"
            + "Su hermana contó lo que vio aquella noche. " * 8
            + "Un consulado en Nogales, Arizona, pidió investigar.",
            "disparo",
            "US",
            "MX",
            "MX-SON",
        ),
    ],
)
def test_places_locate_hint_yields_to_the_text(
    gaz: Gazetteer, text: str, focus_on: str, hint: str, country: str, admin1: str
) -> None:
    start = text.index(focus_on)
    loc = gaz.locate(text, "es", focus=(start, start + len(focus_on)), country_hint=hint)
    assert loc is not None and (loc.country, loc.admin1) == (country, admin1)


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


@pytest.mark.parametrize(
    ("text", "sentence", "place", "admin1"),
    [
        # the case told in the paragraph before names a more precise place (a barrio) in another
        # state: the town the sentence names is this case's place
        (
            "2. Cabimas, estado Zulia. El 13 de abril, un joven de 17 años murió por disparos de "
            "policías del estado Zulia en el barrio Bello Monte. Su madre dice que iba a comprar "
            "pan.\n\n3. Municipio Páez, estado Apure. El 27 de abril, militares dispersaron "
            "con perdigones una protesta de comerciantes en Guasdualito.",
            "El 27 de abril",
            "Guasdualito",
            "VE-C",
        ),
        (
            "Em março, policiais militares mataram um jovem no bairro Jardim Catarina, em São "
            "Gonçalo, no Rio de Janeiro. A família contesta.\n\nEm maio, no estado de São Paulo, "
            "um adolescente foi morto por policiais em Campinas.",
            "Em maio",
            "Campinas",
            "BR-SP",
        ),
    ],
)
def test_locate_a_town_told_beats_a_barrio_of_the_case_before(
    gaz: Gazetteer, text: str, sentence: str, place: str, admin1: str
) -> None:
    start = text.index(sentence)
    end = text.index(".", start) + 1
    loc = gaz.locate(text, "es" if "abril" in text else "pt", focus=(start, end))
    assert loc is not None and (loc.place, loc.admin1) == (place, admin1)
