"""Word tables and regular expressions of the place finder.

Word lists are data: ``data/*.txt`` (whitespace-separated words, ``#`` comments, ``_`` joining the
words of one name) and ``data/*.tsv`` (aliases, abbreviations, demonyms); this module reads them
once and keeps the regular expressions, which are code. Keys are :func:`fold`-ed.
"""

from __future__ import annotations

import re
from importlib import resources

from unidecode import unidecode

from forcewatch.text import fold

_DATA = resources.files(__package__) / "data"

_LOCATIVE_BEFORE = re.compile(
    r"\b(?:in|at|near|outside|en|em|no|na|nos|nas|(?:regi[aã]o|regi[oó]n|zona|bairro|barrio|"
    r"comunidade?|municipio|município|town|village|city)\s+(?:de|do|da|del|of))\s+"
    r"(?:the\s+|el\s+|la\s+|o\s+|a\s+)?"
    r"(?:(?:central|northern|southern|eastern|western|north|south|east|west)\s+)?$",
    re.IGNORECASE,
)


def _split(text: str) -> list[str]:
    return text.split()


def _words(text: str) -> frozenset[str]:
    """A word list as folded keys; "_" joins words of one name ("white_house")."""
    return frozenset(fold(w.replace("_", " ")) for w in text.split())


def _caps_only(alias: str) -> bool:
    letters = [c for c in alias if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def _data_lines(name: str) -> list[str]:
    """The lines of ``data/<name>`` without comments and blank lines."""
    text = (_DATA / name).read_text(encoding="utf-8")
    return [line for line in text.splitlines() if line.strip() and not line.startswith("#")]


def _word_file(name: str) -> frozenset[str]:
    return _words(" ".join(_data_lines(f"{name}.txt")))


def _street_before() -> re.Pattern[str]:
    heads = sorted(_data_lines("street_heads.txt")[0:], key=len)
    words = sorted({w for line in heads for w in line.split()}, key=len, reverse=True)
    alternation = "|".join(re.escape(w.replace("_", " ")) for w in words)
    return re.compile(
        rf"\b(?:{alternation})\.?\s+(?P<of>(?:de|do|da|del|dos|das|of)\s+(?:la\s+|los\s+|las\s+)?)?$",
        re.IGNORECASE,
    )


# "calle Bolívar", "ponte do Guaíba": the name after it is a street's or a water's (see the file);
# group "of" when the street is one of a town ("uma rua de Sacavém").
_STREET_BEFORE_RE = _street_before()


def _table(name: str) -> list[list[str]]:
    """The rows of a TSV data file, after its header."""
    return [line.split("\t") for line in _data_lines(f"{name}.tsv")[1:]]


def _grouped(rows: list[list[str]]) -> dict[str, tuple[str, ...]]:
    out: dict[str, tuple[str, ...]] = {}
    for key, value in rows:
        out[key] = (*out.get(key, ()), value)
    return out


# Names the news uses for countries, divisions and cities besides the gazetteer's own.
COUNTRY_ALIASES: dict[str, tuple[str, ...]] = _grouped(_table("country_aliases"))
ADMIN1_ALIASES: dict[str, tuple[str, ...]] = _grouped(_table("admin1_aliases"))
# Divisions reported as a larger unit: code -> (reported code, its name)
ADMIN1_REPORTED: dict[str, tuple[str, str]] = {
    code: (reported, name) for code, reported, name in _table("admin1_reported")
}
# (alias, country, the city's name in the gazetteer)
CITY_ALIASES: tuple[tuple[str, str, str], ...] = tuple(
    (alias, cc, city) for alias, cc, city in _table("city_aliases")
)
# Other languages' names of big cities, from GeoNames' alternate names (``city_exonyms.tsv``,
# written by scripts/build_city_exonyms.py): "Marsella", "Marselha" (alias, country, the city)
CITY_EXONYMS: tuple[tuple[str, str, str], ...] = tuple(
    (alias, cc, city) for alias, cc, city in _table("city_exonyms")
)
# State abbreviations written after a city: AP style, postal codes, Brazilian UFs (from the
# ISO codes at load time) and the Mexican press's.
QUALIFIER_ABBREVIATIONS: dict[str, tuple[str, ...]] = {
    abbreviation: tuple(codes.split(",")) for abbreviation, codes in _table("state_abbreviations")
}
# Demonyms are not places ("Venezuelan government", "policía venezolana"): never a hit, and
# "Portuguesa" (a Venezuelan state) only after "estado".
DEMONYMS: dict[str, str] = {fold(form): cc for form, cc in _table("demonyms")}
# A demonym next to one of these names the agents' nationality ("Israeli forces", "la policía
# colombiana"): the incident's country when no place names one.
AGENTS = _word_file("agents")

_HONORIFIC = re.compile(r"^(?:Heroica|H\.)\s+(?:Ciudad\s+de\s+)?", re.IGNORECASE)

_POSTAL_COUNTRIES = ("US", "BR")  # two-letter suffixes of their ISO codes are the postal codes

_LANG_COUNTRIES: dict[str, frozenset[str]] = {
    "es": frozenset(_split("MX CO AR PE VE CL EC GT CU BO DO HN PY SV NI CR PA UY ES PR GQ")),
    "pt": frozenset(_split("BR PT AO MZ CV GW ST TL")),
    "en": frozenset(_split("US GB CA AU NZ IE PH NG KE IN ZA JM TT GH UG ZW ZM PK")),
}

_ALL_LANG_COUNTRIES = frozenset().union(*_LANG_COUNTRIES.values())
_CONNECTORS = _words("de del do da dos das la las los el al y e of the and upon on in di du")
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

_OF_ORGS = _word_file("of_orgs")
_OFFICE_WORDS = _word_file("office_words")
_STOP_NAMES = _word_file("stop_names")
_NEEDS_CUE_ADMIN1 = _word_file("needs_cue_admin1")
_GENERIC_DIVISIONS = _word_file("generic_divisions")
_DIVISION_KINDS = _word_file("division_kinds")
_SURNAME_PARTICLES = _words("delos dela van von ter bin")
_PERSON_COUNTRIES = _words("israel jordan chad georgia india")
_SURNAMES = _word_file("surnames")
_FIRST_NAMES = _word_file("first_names")
_TITLES = _word_file("titles")
_POLICE_TAILS = _words(
    "police policia pd sheriff sheriffs officer officers deputies cops county department"
)
_BRANDS = _words(
    "dodge gmc chevrolet chevy ford plymouth toyota honda nissan jeep kia hyundai buick lincoln"
    " cbs nbc abc fox cnn pbs npr univision telemundo globo sbt record wfaa ktla"  # "CBS Denver"
)
_FAMILY_WORDS = _words("family familia família brothers siblings hermanos irmãos household clan")
_SPEECH_VERBS = _word_file("speech_verbs")
_PLACE_TAILS = _word_file("place_tails")
_SENTENCE_OPENERS = _word_file("sentence_openers")
# a numeral opens them only before people counted: "Valéria Dois homens", not "Dois Irmãos"
_NUMERAL_OPENERS = _words(
    "dois duas tres quatro cinco seis sete oito nove dez dos cuatro siete ocho nueve diez"
)
_COUNTED_NOUNS = _words(
    "homens mulheres pessoas jovens mortos feridos hombres mujeres personas jovenes muertos heridos"
)
_NAME_TAILS = _word_file("name_tails")
_PLACE_HEADS = _word_file("place_heads")
_FUNCTION_WORDS = _word_file("function_words")
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
    r"neighbou?rhoods?\s+of|slums?\s+of|barrios?|colonias?|sector(?:es)?|urbanizaci[oó]n|repartos?|"
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
_CUE_TRIGGERS = _word_file("cue_triggers")
_ZONE_TRIGGERS = _words(
    "zona north south east west northwest northeast southwest southeast near far lower"
)
# ("section", "area" and "community" only "of" a place: "the Kosovo section of Mathare", "the
# Odo-Nla area of Ikorodu", "the Cedar Pen community of Spanish Town"; "settlement" only after
# "informal": "the Khanyisa Park informal settlement in Tembisa", see finder)
_POSTFIX_TRIGGERS = _words(
    "neighborhood neighbourhood township slum village barangay favela section area community "
    "settlement"
)
POSTFIX_OF_ONLY = _words("section area community")
# the parts of a town these name: as precise as a town, so that another case's town told nearer
# is not passed over for them
POSTFIX_PARTS = _words("area community settlement")
# (a two-letter part inside a name in capitals is the name's: "PORT-AU-PRINCE"; at its end it
# is a state's code: "Chicago-IL")
_TOKEN_RE = re.compile(
    r"(?:[A-Z]{1,2}\.){2,}|[^\W\d_]+(?:[-'’](?![A-Z]{2}\b)[^\W\d_]+|-[A-Z]{2}(?=-[^\W\d_]))*|\d+"
)
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
    r"municipio|município|city|ciudad|cidade|también|también|also|"
    # a village told by the town it lies near: "in Kfar Roummane, near Nabatieh", "near
    # Qasmiyeh, just north of Tyre", "in Douris, at the southern entrance of Baalbek"
    r"near|just|outside|at|close|to|southern|northern|eastern|western|entrance|outskirts|edge|"
    r"cerca|perto|junto|al|ao|afueras|arredores|entrada|neighbou?ring)[ \t]+){0,5}"
)
_APPOSITION_RE = re.compile(
    r",[ \t]+(?:one of|a|an|uno de|una de|un|una|um|uma)\b[^,.;:\n]{0,60}?\b(?:district|"
    r"neighbou?rhood|slum|suburb|township|barangay|village|town|community|area|barrio|colonia|"
    r"sector|bairro|favela|comunidade|comunidad|localidad|distrito|vereda|aldea|caser[ií]o|"
    # ("Phumlani Park, an informal settlement on the outskirts of Ekurhuleni", "Kisimani, a
    # crowded estate of rental blocks")
    r"settlement|estate|hamlet|shantytown|quarter|asentamiento|povoado|assentamento|"
    r"ocupa[cç][aã]o)s?\b",
    re.IGNORECASE,
)
_NAME_END_RE = re.compile(rf"(?P<name>{_CAPWORD}(?:[ ]{_CAPWORD}){{0,2}})$")
_DATELINE_RE = re.compile(
    rf"^[ \t]*(?P<d>[{_CAP}][{_CAP}'’.\- ]{{2,40}}?)(?=[ \t]*(?:,|\(|—|–|--|-[ \t]|\.-|:))",
    re.MULTILINE,
)
# Datelines in mixed case, at the start of a line: "(Beirut) –", "(Beirut, April 9, 2024) –",
# "Caracas, 16 de enero.",
# "Kyiv, Jan. 16 (Reuters) -", "Lagos, 3 March —"
_MONTHS = "|".join(sorted(_data_lines("months.txt")[0].split(), key=len, reverse=True))
_DATELINE_MIXED_RE = re.compile(
    rf"^[ \t]*(?:\((?P<p>[{_CAP}][\w'’.\- ]{{1,40}}?)(?:,[^()\n]{{1,30}})?\)[ \t]*(?:—|–|--|-)"
    rf"|(?P<d>[{_CAP}][\w'’.\-]*(?:[ ][{_CAP}][\w'’.\-]*){{0,3}})[ \t]*,[ \t]*"
    rf"(?:\d{{1,2}}[ \t]+(?:de[ \t]+)?(?i:{_MONTHS})\b|(?i:{_MONTHS})\.?[ \t]+\d{{1,2}}\b))",
    re.MULTILINE,
)
_GLUED_RE = re.compile(r"^(.*?(?:com|net|org|tv)|.*[a-z])([A-Z]{3,}|(?<=com|net|org)[A-Z][a-z]+)$")
_DATELINE_TAIL_RE = re.compile(
    r"[ \t]*(?:,[ \t]*(?:[A-Z][a-z]{1,4}\.|(?:[A-Z]\.){2}|[A-Z]{2}\b|[A-Z][a-z]+[ \t]*(?:\(|—|–|-))"
    r"|[ \t]*\([A-Z][^()\n]{1,30}\)|[ \t]+(?:—|–|--)|[ \t]*-[ \t])"
)
# Before a country that only borders the place: "the border with X", "la frontera con X",
# "between Colombia and X", "entre Colombia y X".
_NEIGHBOUR_BEFORE_RE = re.compile(
    r"(?:\bborders?\s+(?:with|of)|\bfronteira\s+com|\bfrontera\s+con|"
    r"\b(?:between|entre)\s+[^,.;:\n]{2,40}?\s+(?:and|y|e)|"
    # what comes over a border: "brought across the river from Myanmar", "cruzó desde Venezuela"
    r"\b(?:across|over)\s+(?:the\s+)?(?:river|border|frontier|sea|bay|strait|lake)\s+from|"
    r"\b(?:smuggled|brought|trafficked)\s+(?:in\s+)?from)"
    r"\s+(?:the\s+|el\s+|la\s+|o\s+|a\s+)?$",
    re.IGNORECASE,
)
# Before a place that is only a distance's reference point: "about 30 kilometers from Gaza",
# "a 20 km de Cúcuta", "northwest of the city of Beer Sheva". It does not hold the place told
# beside it.
DISTANCE_BEFORE_RE = re.compile(
    r"(?:\b\d+(?:[.,]\d+)?[ \t]*(?:kilomet(?:er|re)s?|km|miles?|mi|kil[óô]metros|quil[óô]metros|"
    r"metros|meters|metres|m)\b[ \t]+(?:(?:north|south|east|west|al|ao)[\w-]*[ \t]+)?"
    r"(?:away[ \t]+)?(?:from|of|de|do|da|del)"
    r"|\b(?:north|south|east|west)(?:east|west)?[ \t]+of)"
    r"[ \t]+(?:(?:the|el|la|o|a)[ \t]+)?(?:(?:city|town|village|ciudad|cidade)[ \t]+(?:of|de)[ \t]+)?$",
    re.IGNORECASE,
)
# where someone comes from, not where the harm was done: "el patrullero, natural de Uribia",
# "um jovem natural da Beira", "born in Kisumu", "a native of Cebu"
ORIGIN_BEFORE_RE = re.compile(
    r"\b(?:natural|oriund[oa]|originari[oa]|nacid[oa]|nascid[oa]|naci[oó]|nasceu|born|a[ \t]+native|"
    r"hails?)[ \t]+(?:de|del|da|do|dos|das|en|em|in|of|from)[ \t]+(?:(?:la|el|o|a|the)[ \t]+)?$|"
    # "a 16-year-old from Sudan's Darfur region", "migrants from Guinea", "originally from Cebu"
    r"\b(?:\d{1,2}-year-old|originally|migrants?|refugees?|asylum[ \t]+seekers?|nationals?|"
    r"who[ \t]+came)[ \t]+from[ \t]+(?:the[ \t]+)?$",
    re.IGNORECASE,
)
_SENTENCE_BREAK_RE = re.compile(r"[.!?](?:\s|$)|\n")
# a person's age after the name: "Jackson, 25,", "Alvarado Linares (41 años)", "Reid, 19 years
# old" (never a bare count in brackets: "Masaya (2)" is a table's place and its cases)
_AGE_RE = re.compile(
    r",[ \t]*\d{1,2}[ \t]*,|[ \t]*\([ \t]*\d{1,2}[ \t]+(?:años|anos|years?|yrs?\.?)[ \t]*\)"
    r"|,[ \t]*(?:de[ \t]+)?\d{1,2}[ \t]+(?:años|anos|years[ \t]+old)\b"
)
_SENTENCE_END = frozenset(".!?:;\n")
_OPENERS = frozenset(" \t\"'“”‘’«»([—–-")

MASK_COUNTRY, MASK_ADMIN1, MASK_CITY, MASK_ADMIN2, MASK_ADMIN2_CORE = 1, 2, 4, 8, 16
# the gazetteer's ``known`` keeps a name's kinds in these bits, where its cities are above them
KIND_BITS = 5
MASK_KINDS = (1 << KIND_BITS) - 1
_MAX_TOKENS = 7
_WINDOW = 300  # characters around the focus that locate() looks at first
_ATTACH = 120  # a locality and a known place this close belong together
_SMALL_PLACE = 5_000
_LOCAL_NAME = 25_000
_BIG_CITY = 100_000

_DEMONYM_KEYS = frozenset(DEMONYMS)
# every demonym as written, accented and not ("israelíes", "israelies")
DEMONYM_FORMS = frozenset(
    form for row in _table("demonyms") for form in (row[0].lower(), unidecode(row[0]).lower())
)

_ADMIN2_TYPE_RE = re.compile(
    r"^(?:(?:municipio|município|municipality|distrito|district|partido|departamento|provincia|"
    r"province|comuna|cant[oó]n|komuna|city of)\s+(?:(?:de|del|do|da|of|e)\s+)?)"
    r"|(?:\s+(?:county|parish|municipality|borough|census area|city and borough|district|"
    r"metropolitan municipality|local municipality|district municipality|municipio|province|"
    r"department|d\.c\.))$",
    re.IGNORECASE,
)
