"""forcewatch.extractor.places.finder: every place mention of a text."""

from __future__ import annotations

import pytest

from forcewatch.extractor.places import Gazetteer
from tests.extract.places.conftest import SEED, kinds


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
