"""Named people and quotes: who was harmed or sought, and who said what.

Names are runs of capitalised words ("Óscar Pérez", "Erika Guevara-Rosas", "João da Silva"), kept
when they are not places, forces or organisations. A name's role comes from its clause: the object
of an arrest is the target, a name beside a harm is a victim, a name behind a rank is an agent.
Speakers of quotes are reported with their quotes, not as people of the incident.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from forcewatch.extractor import lexicon as lx
from forcewatch.extractor import vocab, words
from forcewatch.extractor.prefilter import gate
from forcewatch.text import fold

_UPPER = "A-ZÁÉÍÓÚÑÇÂÊÔÃÕÀÜ"
_LOWER = "a-záéíóúñçâêôãõàüï"
_NAME_WORD = rf"[{_UPPER}][{_LOWER}]+(?:[-'’][{_UPPER}]?[{_LOWER}]+)*|[{_UPPER}]\.|[{_UPPER}]{{2,}}(?=\s[{_UPPER}][{_LOWER}])"
_PARTICLE = r"(?:de|da|do|dos|das|del|de\s+la|van|von|di|du|la|le|St\.)"
NAME = re.compile(
    rf"(?<![\w-])(?:{_NAME_WORD})(?:[ \t]+(?:{_PARTICLE}[ \t]+)?(?:{_NAME_WORD})){{1,4}}(?![\w-])"
)
_NOT_NAME_WORDS = words.not_name_words()
_ORG_WORDS = words.own_words("organisation")
# A verb of harm that opens a sentence before the names of those harmed ("Murieron Juan Pérez").
_HARM_VERB_FORMS = frozenset(
    form
    for lang in ("es", "pt")
    for kind in ("kill", "die", "injure", "execute")
    for part in ("finite", "participle")
    for form in vocab.verb_forms(lang, kind, part)
)
_STOP = _NOT_NAME_WORDS | _ORG_WORDS  # a rank's next word that is none of these is a surname
_RANK_WORDS = (
    r"(?:officers?,|officer|deputy|suboficial|subinspector|(?:chief\s+)?inspector(?:\s+jefe)?,?|"
    r"detective|el\s+polic[ií]a|trooper(?:\s+first\s+class)?|constable|corporal|sgt\.?|sergeant|lt\.?|lieutenant|capt\.?|captain|detective|trooper|"
    r"agent|agente|sargento|cabo|teniente|tenente|soldado|policía|policial|comisario|inspector|"
    r"el\s+funcionario|o\s+policial|o\s+PM|o\s+soldado|patrolman|constable|ofc\.?|cpl\.?|"
    r"det\.)"
)
_RANK = re.compile(rf"{_RANK_WORDS}\s+$", re.IGNORECASE)
# A rank and a surname alone: "el sargento Ruiz", "o soldado Lima", "Officer Reyes".
_RANKED_SURNAME = re.compile(
    rf"(?<![\w-])(?i:{_RANK_WORDS})[ \t]+(?P<name>[{_UPPER}][{_LOWER}]+(?:-[{_UPPER}][{_LOWER}]+)?)"
    rf"(?![\w-]|[ \t]+(?:{_PARTICLE}[ \t]+)?[{_UPPER}])"
)
# A name whose apposition makes it an agent: "Daniel Reyes, a police officer, ...".
_AGENT_APPOSITION = re.compile(
    r"^\s*,\s*(?:an?|the|un|una|um|uma|el|la|o|a)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:officer|deputy(?!\s+(?:director|head|chief|minister|mayor|governor|prosecutor))|"
    r"trooper|soldier|agent|sergeant|policeman|policewoman|constable|"
    r"agente|polic[ií]a|policial|soldado|sargento|guardia|guarda|militar)\b",
    re.IGNORECASE,
)
_OFFICIAL = re.compile(
    r"(?:chief|mayor|governor|president|presidente|director|directora|spokes(?:man|woman|person)|"
    r"portavoz|vocero|fiscal|ministro|minister|secretary|secretario|secretária|gobernador|"
    r"governador|prefeito|alcalde|sheriff|commissioner|attorney|prosecutor|judge|juez|juiz|"
    r"senator|senador|rep\.|representative|diputad[oa]|deputad[oa]|coroner|professor|dr\.|"
    r"reverend|pastor|lawyer|abogad[oa]|advogad[oa]|defensor[a]?|activist|activista|ativista|"
    r"researcher|investigador[a]?|pesquisador[a]?|analyst|analista|coordinator|coordinador[a]?|"
    r"coordenador[a]?|porta-voz|jurista|member|commander|comandante|delegad[oa]|vereador[a]?|"
    r"concejal)(?:['’]s)?\s+(?:[\w.]+\s+){0,2}$",
    re.IGNORECASE,
)
_SPEECH_VERB = (
    r"(?:said|says|stated|added|told\s+\w+(?:\s+\w+)?|explained|noted|warned|wrote|insisted|"
    r"confirmed|denied|dijo|afirmó|señaló|declaró|agregó|aseguró|denunció|explicó|indicó|"
    r"sostuvo|advirtió|contó|relató|confirmó|negó|disse|afirmou|declarou|ressaltou|acrescentou|"
    r"explicou|denunciou|criticou|alertou|contou|relatou|confirmou|negou|rejected|rechaz[oó]|"
    r"rejeitou)"
)
# A speaker: "X, the station commander, said ...", "X told reporters", "X (the mayor) denied".
_SAYS_AFTER = re.compile(
    rf"^,?\s*(?:\([^)]*\)\s*)?(?:,\s*[^,]{{1,80}},\s*)?(?:{_SPEECH_VERB}|told)\b",
    re.IGNORECASE,
)
# The one who speaks, named after the verb: "contó su hermano Abel", "said his mother, Ana".
_SAYS_BEFORE = re.compile(
    rf"\b(?:{_SPEECH_VERB}|told)\s+(?:(?:su|sua|seu|his|her|their|el|la|o|a)\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:,\s*)?$",
    re.IGNORECASE,
)
_RELATIVE_AFTER = re.compile(
    r"^\s*,\s*(?:su\s+|sua\s+|seu\s+|his\s+|her\s+|their\s+)?(?:madre|padre|hermana|hermano|"
    r"t[ií]a|t[ií]o|esposa|esposo|viuda|viudo|hij[oa]|abuel[oa]|prim[oa]|m[aã]e|pai|irm[aã]o?|"
    r"vi[uú]va|filh[oa]|av[oó]|mother|father|sister|brother|aunt|uncle|wife|husband|widow|son|"
    r"daughter|cousin|grandmother|grandfather|lawyer|abogad[oa]|advogad[oa])\b",
    re.IGNORECASE,
)
_BYSTANDER = re.compile(
    r"\b(?:bystanders?|passers?-?by|transe[uú]ntes?|que\s+pasaba|que\s+passava|vecin[oa]\s+que|"
    r"no\s+participaba|n[aã]o\s+participava|not\s+taking\s+part|was\s+not\s+(?:involved|"
    r"participating)|watching\s+from|seguia\s+de\s+bicicleta|(?:on\s+(?:his|her)\s+way|a\s+caminho|"
    r"de\s+camino)\s+(?:to|para|al?|do|da)\s+(?:work|trabajo|trabalho|uma\s+obra|la\s+obra)|from\s+(?:her|his|their)\s+(?:yard|window|home|porch))\b",
    re.IGNORECASE,
)
_PROTESTER = re.compile(
    r"\b(?:protesters?|demonstrators?|manifestantes?|(?:was|were)\s+taking\s+part|took\s+part|"
    r"participaba|participava|tomaba\s+parte)\b",
    re.IGNORECASE,
)
_SHOOTER_AFTER = re.compile(
    r"^(?:\s*,[^.;]{1,120}?,)?\s+(?:\w+ly\s+)?(?:shot|fired|killed|opened\s+fire|struck|"
    r"dispar[oó]|mat[oó]|atirou|matou|abri[oó]\s+fuego|abriu\s+fogo)\b",
    re.IGNORECASE,
)
# The name fires, with an object: "Reyes shot Banks", "Lima atirou em Souza"; the shooter, unhurt.
_SHOOTS_SOMEONE = re.compile(
    r"^\s+(?:\w+ly\s+)?(?:shot|fired|killed|struck|wounded|dispar[oó]|mat[oó]|hiri[oó]|atirou|"
    r"matou|feriu|baleou)\s+(?:and\s+killed\s+|y\s+mat[oó]\s+)?(?:him|her|them|at|on|an?|the|"
    r"his|her|contra|a|al|em|no|na|[A-ZÁÉÍÓÚÑÇ])",
)
# "dispararon contra X", "atirou em X": the one fired at, not the one an operation sought.
_FIRED_AT = re.compile(
    r"(?:dispar\w+|abri\w+\s+fu?ego|abri\w+\s+fogo|atir\w+|tiros?)\s+(?:contra|em|sobre)\s+"
    r"(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
# Active verbs of harm, which the counts' words of death and injury (states) do not hold.
_KILLING = re.compile(
    r"\b(?:mat[oó]|mataron|matou|mataram|asesin[oó]|asesinaron|assassinou|assassinaram|"
    r"ejecut[oó]|ejecutaron|executou|executaram)\b",
    re.IGNORECASE,
)
_INJURING = re.compile(r"\b(?:wounding|injuring|hiriendo|ferindo)\b", re.IGNORECASE)
# English verbs of hurting by hand or weapon done to someone ("officers beat John Okafor with
# rifle butts", "soldiers whipped him"): hurt, like a shot in the leg, when no death is told after
# (es/pt's verbs are lexicon.INJURE_VERB, conjugated from the vocab data)
_HURT_BY_HAND_EN = (
    r"beat|whipped|kicked|punched|clubbed|flogged|caned|tasered|tased|stabbed|assaulted|"
    r"battered|bludgeoned|raped|maimed|blinded"
)
_HURT_EN = re.compile(rf"\b(?:{_HURT_BY_HAND_EN}|pepper-sprayed|burned)\b", re.IGNORECASE)
# Shot somewhere on the body, with no death told in the clause: "shot Samuel Kamau, a rider, in
# the thigh" is hurt, unless the sentence goes on to his death ("...; he died in hospital")
_SHOT_WHERE = re.compile(rf"\bshot\b[^.;]{{0,80}}?\b{lx.BODY_HIT_EN}\b", re.IGNORECASE)
_TARGET_AFTER = re.compile(
    r"^(?:\s*,[^,.;]{0,40})?,?\s*(?:(?:a\s+quien|a\s+quem|whom)\s+[^.;]{0,40}?"
    r"(?:buscaba|buscaban|persegu[ií]a|procurava|procuravam|sought|were\s+seeking|"
    r"(?:was|were)\s+looking\s+for|ten[ií]a\s+orden)|que\s+era\s+procurad[oa]|"
    r"quien\s+era\s+buscad[oa]|buscad[oa]\s+por|procurad[oa]\s+por|wanted\s+(?:by|for|on))\b",
    re.IGNORECASE,
)
_TARGET_BEFORE = re.compile(
    r"(?:arrest|capture|detain|apprehend|hunt(?:ing)?\s+for|search(?:ing)?\s+for|"
    r"(?:operation|raid|manhunt)\s+against|looking\s+for|wanted|capturar|detener|aprehender|"
    r"buscaban\s+a|contra|prender|capturar|procurad[oa]|buscavam)\b[^.;]{0,90}$",
    re.IGNORECASE,
)
_VICTIM_CUE = re.compile(
    r"\b(?:levad[oa]|llevad[oa]|retirad[oa]\s+de|taken\s+away|desaparecid[oa]|disappeared|"
    r"subieron|se\s+llevaron|levaram|llevaron|detuvieron|prenderam|"
    r"victims?|identified\s+as|named\s+as|v[ií]ctimas?|identificad[oa]s?\s+como|"
    r"the\s+(?:man|woman|teen|boy|girl)|shot|killed|died|wounded|injured|muert[oa]|"
    r"asesinad[oa]|herid[oa]|executad[oa]|ejecutad[oa]|executed|mort[oa]|ferid[oa]|morreu|muri[oó]|baleado|suspect|sospechoso|"
    r"suspeito|detained|detenid[oa]|pres[oa]|arrested)\b",
    re.IGNORECASE,
)
_DETAINED = re.compile(
    r"\b(?:arrested|detained|in\s+custody|detenid[oa]s?|capturad[oa]s?|"
    r"pres[oa]s?|apreendid[oa]s?)\b",
    re.IGNORECASE,
)

# Every quoted stretch, short ones too: skipping a short one ("to restore order") would pair
# its closing mark with the next opening one. find_quotes keeps those of five words or more.
_QUOTE = re.compile(r"[\"“«](?P<q>[^\"“”«»]{1,1200}?)(?:[\"”»])")
_SPEAKER_AFTER = re.compile(
    rf"^\s*,?\s*{_SPEECH_VERB}\s+(?:the\s+|el\s+|la\s+|o\s+|a\s+)?"
    rf"(?:(?P<prerole>[a-záéíóúâêôãõç-]+(?:\s+[a-záéíóúâêôãõç-]+){{0,3}})\s+)?"
    rf"(?P<name>{NAME.pattern})"
    rf"(?:\s*,\s*(?P<role>[^.\"“”]{{3,120}}?))?\s*(?:[.;\n]|$)"
)
_SPEAKER_AFTER_NAME_FIRST = re.compile(
    rf"^\s*,?\s*(?P<name>{NAME.pattern})(?:\s*,\s*(?P<role>[^.\"“”]{{3,120}}?),)?\s+{_SPEECH_VERB}"
)
_SPEAKER_BEFORE = re.compile(
    rf"(?P<name>{NAME.pattern})(?:\s*,\s*(?P<role>[^.\"“”]{{3,120}}?),)?\s+{_SPEECH_VERB}"
    rf"(?:\s+that)?\s*[:,]?\s*$"
)


@dataclass(frozen=True)
class NameHit:
    start: int
    end: int
    name: str


@dataclass(frozen=True)
class QuoteHit:
    start: int
    end: int
    text: str
    speaker: str | None
    speaker_role: str | None
    speaker_start: int | None
    speaker_end: int | None


_AGE_APPOSITION = re.compile(r"\s*(?:,\s*(?:aged\s+)?\d{1,2}\s*,|\(\d{1,2}\))")


@functools.lru_cache(maxsize=8)
def place_runs(text: str) -> frozenset[str]:
    """Runs of two words or more that ``text`` tells as a place or a body at least once (folded):
    such a run is that place wherever the page names it ("RESIDENTS of Windward Pen ... after the
    killing in Windward Pen"); one word is not ("in Barrett's case" leaves Barrett a person)."""
    return frozenset(
        fold(hit.name)
        for hit in find_names(text)
        if len(hit.name.split()) > 1
        and not text.startswith(("'s", "’s"), hit.end)
        and _place_or_body(text, hit)
    )


def find_people_names(
    text: str, lang: str | None, places: frozenset[str] | None = None
) -> list[NameHit]:
    """Names of people: in English, capitalised runs that spaCy tags PERSON or that start with a
    known given name; in Spanish and Portuguese (no NER model here), every capitalised run that is
    not a place or an organisation, since many names (Yeferson, Jhonny) are in no dictionary.
    ``places``: the runs the whole page tells as places (``place_runs``), when ``text`` is a part
    of it; by default those of ``text`` itself."""
    from forcewatch.extractor.ner import given_name_gender, person_spans

    if places is None:
        places = place_runs(text)
    hits = [
        hit
        for hit in find_names(text)
        if fold(hit.name) not in places and not _place_or_body(text, hit)
    ]
    undecided = [(h.start, h.end) for h in hits if given_name_gender(h.name) is None]
    undecided += _odd_runs(text)
    spans = person_spans(text, lang, _sentences_around(text, undecided))
    names: list[NameHit] = []
    covered: list[tuple[int, int]] = []
    # spaCy may miss a name in one sentence and tag it in the next ("Lumpkin remains ..."):
    # a word it tags anywhere counts everywhere.
    tagged_words = {_bare(w) for s, e in spans for w in text[s:e].split()}
    tagged_words = {w for w in tagged_words if len(w) > 2 and w not in _NOT_NAME_WORDS}
    for hit in hits:
        tagged = any(s < hit.end and hit.start < e for s, e in spans) or any(
            w.lower() in tagged_words for w in hit.name.split()
        )
        coordinated = bool(names) and bool(_COORDINATED.match(text[names[-1].end : hit.start]))
        # a full name and an age in apposition ("Chukwuemeka Obi, 31,") is someone whatever
        # dictionary or model knows the given name
        aged = len(hit.name.split()) > 1 and bool(_AGE_APPOSITION.match(text, hit.end))
        if (
            tagged
            or coordinated
            or aged
            or lang in ("es", "pt")
            or given_name_gender(hit.name) is not None
        ):
            names.append(hit)
            covered.append((hit.start, hit.end))
    for found in _RANKED_SURNAME.finditer(text):
        start, end = found.span("name")
        if any(s < end and start < e for s, e in covered) or _bare(found["name"]) in _STOP:
            continue
        if lang != "en" and text[found.start() : start].split()[-1][0].isupper():
            continue  # "la Policía Estatal": ranks are lower case in Spanish and Portuguese
        names.append(NameHit(start, end, found["name"]))
        covered.append((start, end))
    for start, end in spans:
        if any(s < end and start < e for s, e in covered):
            continue
        name = text[start:end].strip()
        words = name.split()
        if (
            _THING_AFTER.fullmatch(words[-1])
            or _names_a_thing(text, start + len(name))
            or _place_or_body(text, NameHit(start, start + len(name), name))
            or fold(name) in places
        ):
            continue  # "McCarran Blvd", "José Martí Park"
        bare = [_bare(w) for w in words]
        if len(words) < 2 or any(w in _NOT_NAME_WORDS or w in _ORG_WORDS for w in bare):
            continue
        if any(w.isupper() and len(w) > 2 for w in words):
            continue  # a shouted transcript line, not a name
        if not all(w[:1].isupper() for w in words if not re.fullmatch(_PARTICLE, w)):
            continue
        if not all(unicodedata.name(w[0], "").startswith("LATIN") for w in words):
            continue  # spaCy's English model tags Greek or Cyrillic runs too ("Στη Γερμανία")
        names.append(NameHit(start, start + len(name), name))
    return sorted(names, key=lambda n: n.start)


# A run of capitalised words the name rule cannot read: "Ronald McDonald", "Shaquille O'Neal",
# "DeShawn Tyler", "Mohammed al-Hassan"; spaCy decides them.
_CAPITALISED_RUN = re.compile(
    rf"(?<![\w-])[{_UPPER}][\w'’-]*(?:[ \t]+(?:(?:al|el|bin|ibn)[ \t-]+)?[{_UPPER}][\w'’-]*)+"
)
_ODD_WORD = re.compile(rf"[{_UPPER}][{_LOWER}]*(?:[{_UPPER}]|['’][{_UPPER}])|(?:al|el)-")


def _odd_runs(text: str) -> list[tuple[int, int]]:
    return [
        (m.start(), m.end())
        for m in _CAPITALISED_RUN.finditer(text)
        if any(_ODD_WORD.match(w) and not w.isupper() for w in m.group(0).split())
    ]


_REACH = 400  # a context's farthest edge from a name, in characters


def _sentences_around(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The paragraphs that hold ``spans``, each once, in order; a paragraph longer than
    ``_REACH`` characters either side of a name is cut at a sentence's end, else at a space. NER
    reads names better with the sentences around them than alone."""
    ranges: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if ranges and start < ranges[-1][1]:
            continue
        left, right = _left_edge(text, start), _right_edge(text, end)
        if ranges and left < ranges[-1][1]:
            left = ranges[-1][1]
        ranges.append((left, right))
    return ranges


_STOPS = ("\n", ". ")


# A context's edge: a paragraph's, else a sentence's, else the text's, else a space near the reach.
def _left_edge(text: str, start: int) -> int:
    lo = max(0, start - _REACH)
    before = [i + 1 for stop in _STOPS if (i := text.rfind(stop, lo, start)) >= 0]
    if before:
        return before[0]
    return lo if lo == 0 else text.find(" ", lo, start) + 1 or lo


def _right_edge(text: str, end: int) -> int:
    hi = min(len(text), end + _REACH)
    after = [i + 1 for stop in _STOPS if (i := text.find(stop, end, hi)) >= 0]
    if after:
        return after[0]
    return hi if hi == len(text) else max(text.rfind(" ", end, hi), end)


_THING_AFTER = re.compile(
    r"(?:Boulevard|Blvd\.?|Avenue|Ave\.?|Street|St\.|Road|Rd\.?|Drive|Dr\.|Lane|Highway|"
    r"Parkway|Park|Plaza|Square|Bridge|Memorial|Cemetery|Stadium|Airport|School|College|"
    r"Hospital|Center|Centre|Library|Avenida|Calle|Rua|Parque|Praça|Escola|"
    r"Escuela|Colegio|Estadio|Estádio|Aeropuerto|Aeroporto|"
    # a body named for its members or a person: "the Lake Victoria Fishers' Welfare Association"
    r"Association|Welfare|Union|Council|Foundation|Society|Committee|Federation|Alliance|"
    r"Cooperative|Institute)"
)


# First words of capitalised runs that name places, bodies and peoples, not persons:
# "Provincia de Buenos Aires", "Fuerza Armada", "Leste de Manaus".
_NOT_PERSON_HEADS = frozenset(fold(word) for word in words.own_words("place_heads"))
# A run right after a locative or a place noun is a place: "no Jorge Teixeira",
# "en Brisas del Cabriales", "bairro Jorge Teixeira", "cantón El Zapotal Arriba".
_PLACE_BEFORE = re.compile(
    r"(?:\b(?:en|no|na|em|in|at|near)|\b(?:bairro|barrio|comunidad|comunidade|sector|setor|"
    r"colonia|vila|aldeia|caser[ií]o|cant[oó]n|municipio|município|departamento|provincia|"
    r"vereda|localidad|localidade|conjunto|favela|complexo|rua|avenida|calle|estrada|rodovia|"
    r"hospital|distrito|district|neighbou?rhood|regi[aã]o|regi[oó]n|region|"
    # "in the 4200 block of Cantera Loop", "the 1500 block of Elm"
    r"block)"
    r"(?:\s+(?:de|do|da|del|of))?|"
    # "frente a la ciudad haitiana de Juana Méndez", "a cidade de Pedro Juan Caballero", "the
    # town of Santa Rosa"
    r"\b(?:ciudad|cidade|pueblo|povoado|town|city|village)(?:\s+[\w-]+)?\s+(?:de|do|da|del|of))"
    r"\s+(?:el\s+|la\s+|los\s+|las\s+|o\s+|a\s+|the\s+)?$",
    re.IGNORECASE,
)


# An article written with a capital inside a sentence: the name after it is a title's
_TITLE_ARTICLE = re.compile(r"[\w,]\s+(?-i:La|El|Los|Las|O|A|Os|As)\s+$")


def _place_or_body(text: str, hit: NameHit) -> bool:
    """The capitalised run names a place or an institution rather than a person."""
    if (fold(hit.name).split() or [""])[0] in _NOT_PERSON_HEADS:  # "Inspeção-Geral": its first word
        return True
    before = text[max(0, hit.start - 40) : hit.start]
    if _TITLE_ARTICLE.search(before):
        return True  # "tuvo acceso La Voz de Lara Web", "segundo O Globo": a title, not a person
    if before.endswith("(") and re.match(r"\)\s*[-–—]", text[hit.end : hit.end + 4]):
        return True  # the dateline's wire credit: "REYNOSA, Sept 10 (Border Wire) - "
    if re.search(r"\b(?:told|dijo\s+a|disse\s+(?:a|à|ao))\s+$", before):
        from forcewatch.extractor.ner import given_name_gender

        # "told Border Wire", "told Reuters": the one told is an outlet, unless a known name.
        return given_name_gender(hit.name) is None
    return bool(_PLACE_BEFORE.search(before)) and not _FIRED_AT.search(before)


def _names_a_thing(text: str, end: int) -> bool:
    """The name ending at ``end`` is followed by "Boulevard", "Park" and the like."""
    # (after a plural possessive too: "the Lake Victoria Fishers' Welfare Association")
    following = re.match(r"['’]?\s+([A-Z][\w.]*)", text[end : end + 20])
    return bool(following and _THING_AFTER.fullmatch(following.group(1)))


def _bare(word: str) -> str:
    """A word without its possessive and punctuation, lower-cased: "Quincy's," -> "quincy"."""
    return re.sub(r"(?:['’]s)?[.,;:!?\"”]*$", "", word, flags=re.IGNORECASE).lower()


def find_names(text: str) -> list[NameHit]:
    names: list[NameHit] = []
    for match in NAME.finditer(text):
        words = [
            (m.start() + match.start(), m.end() + match.start(), m.group(0))
            for m in re.finditer(r"\S+", match.group(0))
        ]
        if any(w.lower().strip(".") in _ORG_WORDS for _, _, w in words):
            continue  # "Observatorio Ciudadano de la Montaña" is an organisation
        if _THING_AFTER.fullmatch(words[-1][2]) or _names_a_thing(text, match.end()):
            continue  # "Martin Luther King Boulevard", "José Martí Park": named after someone
        # Trim leading and trailing words that are not parts of a name (and acronyms before it).
        while words and (
            words[0][2].lower().strip(".") in _NOT_NAME_WORDS
            or words[0][2].lower() in _HARM_VERB_FORMS  # "Murieron Juan Pérez y Pedro Gómez"
            or (words[0][2].isupper() and len(words[0][2]) > 2)
        ):
            words.pop(0)
        while words and words[-1][2].lower().strip(".") in _NOT_NAME_WORDS:
            words.pop()
        real = [w for _, _, w in words if not re.fullmatch(_PARTICLE, w)]
        initials = [w for w in real if re.fullmatch(r"[A-Z]\.", w)]  # "Christine A. Lucas"
        if len(real) < 2 or any(
            w.lower().strip(".") in _NOT_NAME_WORDS for w in real if w not in initials
        ):
            continue
        if any(w.isupper() and len(w) > 2 for w in real):
            continue
        start, end = words[0][0], words[-1][1]
        names.append(NameHit(start, end, text[start:end]))
    return names


def find_quotes(text: str) -> list[QuoteHit]:
    """Quotations of five words or more, with their speaker when the text names one."""
    return list(_quotes(text))


@functools.lru_cache(maxsize=16)
def _quotes(text: str) -> tuple[QuoteHit, ...]:
    # cached: extraction asks for the quotes of the whole report once per incident, which made
    # a report with hundreds of incidents quadratic in its length
    quotes: list[QuoteHit] = []
    known: dict[str, tuple[str, str | None]] = {}
    for match in _QUOTE.finditer(text):
        body = match.group("q").strip()
        if len(body.split()) < 5:
            continue
        after = text[match.end() : match.end() + 250]
        before = text[max(0, match.start() - 250) : match.start()]
        speaker = role = None
        s_start = s_end = None
        for pattern, source, base in (
            (_SPEAKER_AFTER, after, match.end()),
            (_SPEAKER_AFTER_NAME_FIRST, after, match.end()),
        ):
            found = pattern.match(source)
            if found:
                speaker, role = found.group("name"), found.group("role")
                if role is None and "prerole" in pattern.groupindex:
                    role = found.group("prerole")  # "said ward committee member X"
                s_start, s_end = base + found.start("name"), base + found.end("name")
                break
        if speaker is None:
            found_before = _SPEAKER_BEFORE.search(before)
            if found_before:
                speaker, role = found_before.group("name"), found_before.group("role")
                base = match.start() - len(before)
                s_start, s_end = base + found_before.start("name"), base + found_before.end("name")
        if speaker is not None:
            key = fold(speaker)
            if key in known:
                canonical, known_role = known[key]
                role = role or known_role
                speaker = canonical
            else:
                known[key] = (speaker, role.strip() if role else None)
        q_start = match.start("q") + (len(match.group("q")) - len(match.group("q").lstrip()))
        quotes.append(
            QuoteHit(
                q_start,
                q_start + len(body),
                body,
                speaker,
                role.strip() if role else None,
                s_start,
                s_end,
            )
        )
    return tuple(quotes)


@dataclass(frozen=True)
class PersonHit:
    start: int
    end: int
    name: str
    role: str
    fate: str


# The person as the one harmed: object of a harming verb, subject of a passive or of a death.
_HARMED_OBJECT = (
    r"(?:shot|killed|fired\s+(?:on|at|upon)|opened\s+fire\s+on|struck|wounded|tortured|"
    rf"{_HURT_BY_HAND_EN}|"
    r"hitting|striking|wounding|killing|"
    r"(?:cuerpos?|corpos?|bod(?:y|ies)|cad[aá]ver(?:es)?|muerte|morte|death|asesinato|"
    r"assassinato|killing|funeral|velorio|enterro|homic[ií]dio|falecimento|fallecimiento)\s+"
    r"(?:de|do|da|del|of)|"
    r"mataron\s+a|mat[oó]\s+a|asesinaron\s+a|dispararon\s+(?:contra|a)|hirieron\s+a|"
    r"mataram|mataram|balearam|atiraram\s+(?:em|contra)|feriram|"
    # the subject after its verb of death: "Murieron Juan Pérez y Pedro Gómez", "Morreu o jovem X"
    r"(?-i:Murieron|Murió|Fallecieron|Falleció|Morreram|Morreu|Faleceram|Faleceu)|"
    # every conjugation of the vocab's verbs of killing and hurting ("ultimaron a", "espancou")
    rf"(?:{lx.KILL_VERB}|{lx.INJURE_VERB})(?:\s+a)?)"
)
_HARMED_STATE = (
    r"(?:was|were|had\s+been|has\s+been|is|remains|remained|fue|fueron|result[oó]|resultaron|"
    r"qued[oó]|quedaron|foi|foram|ficou|ficaram|"
    r"sigue|segue|permanece|est[aá])?\s*(?:\w+\s+){0,2}?(?:(?:fatally\s+)?shot|killed|wounded|"
    r"injured|hospitali[sz]ed|dead|pronounced\s+dead|died|dies|murió|muri[oó]|muere|falleci[oó]|"
    r"beaten|whipped|assaulted|tasered|stabbed|murieron|fallecieron|morreram|faleceram|faleceu|herid[oa]s|ferid[oa]s|muert[oa]s|mort[oa]s|"
    r"asesinad[oa]|herid[oa]|executad[oa]|ejecutad[oa]|executed|baleado|morreu|mort[oa]|ferid[oa]|baleado|hospitalizad[oa]|"
    r"internad[oa]|atingid[oa]s?|alcanzad[oa]s?|recibi[oó]\s+(?:un|dos|tres|varios)\s+(?:disparos?|balazos?|tiros?|impactos?)|"
    r"levou\s+(?:um|dois|tr[eê]s)\s+tiros?)"
)
_IDENTIFIED = re.compile(
    r"\b(?:identified|named|identificad[oa]s?|identificou|identific[oó]|victims?|v[ií]ctimas?|"
    r"among\s+the\s+(?:dead|killed|wounded|injured)|"
    r"decedent|deceased|fallecid[oa]s?|muert[oa]s?|mort[oa]s?|heridos?|feridos?)\b[^.;]{0,60}$",
    re.IGNORECASE,
)


# What is told of a name, compiled once (not once a name: the verbs' forms make them long).
# searched before every occurrence of every name: behind the gate of its verbs (1 in 100 match)
_HARMED_BEFORE = gate(
    re.compile(
        rf"{_HARMED_OBJECT}\s+(?:the\s+|a\s+|o\s+|al?\s+)?(?:[\w-]+,?\s+){{0,3}}?$",
        re.IGNORECASE,
    )
)
_STATE_AFTER = re.compile(
    rf"(?:'s)?(?:\s+(?:y|e|and)\s+[A-ZÁÉÍÓÚ]\w+)?(?:(?:\s*,[^,]{{1,60}}){{1,2}},)?\s+{_HARMED_STATE}\b",
    re.IGNORECASE,
)
_DIES_AFTER = re.compile(rf"(?:(?:\s*,[^,]{{1,60}}){{1,2}},)?\s+{_HARMED_STATE}\b", re.IGNORECASE)
_BEFORE_REACH = 120  # characters before a name in which the verb that harmed them is looked for


def _occurrences_of(name: str, text: str) -> Iterator[re.Match[str]]:
    return re.finditer(rf"\b{re.escape(name)}\b", text, re.IGNORECASE)


def _dies(names: list[str], sentences: list[str]) -> bool:
    """'X, de 41 anos, preso na véspera, foi encontrado morto': the state told after the name
    (and its appositions) is death, whatever else the clause says of them."""
    for name in names:
        for sentence in sentences:
            for found in _occurrences_of(name, sentence):
                state = _DIES_AFTER.match(sentence, found.end())
                if state and lx.DEATH.search(state.group(0)):
                    return True
    return False


def _harmed(names: list[str], sentence: str) -> bool:
    for name in names:
        for found in _occurrences_of(name, sentence):
            if _HARMED_BEFORE.search(
                sentence[max(0, found.start() - _BEFORE_REACH) : found.start()]
            ):
                return True
            if _STATE_AFTER.match(sentence, found.end()) and not _SHOOTS_SOMEONE.match(
                sentence[found.end() :]
            ):
                return True
    return False


_COORDINATED = re.compile(
    r"^,?[^.;]{0,70}?\b(?:y|e|and)\s+(?:(?:his|her|their|su|sus|seu|sua)\s+[\w-]+,?\s+)?"
    # "mataram o Kauã ..., e o Jefferson", "mataron a Juan Pérez y a Pedro Gómez"
    r"(?:(?:a\s+)?(?:o|a|el|la|al)\s+)?$"
)


def _share_with_coordinated(text: str, people: dict[str, PersonHit]) -> None:
    """'Davi, 16, and Ícaro, 17, were shot': the second name shares the first's role and fate."""
    ordered = sorted(people.items(), key=lambda kv: kv[1].start)
    for (_, first), (key, second) in itertools.pairwise(ordered):
        if (second.role != "unknown" and second.fate != "unknown") or first.role == "unknown":
            continue
        if _COORDINATED.match(text[first.end : second.start]):
            role = second.role if second.role not in ("unknown", "agent") else first.role
            fate = second.fate if second.fate != "unknown" else first.fate
            people[key] = PersonHit(second.start, second.end, second.name, role, fate)


_BODY_OF = re.compile(
    r"\b(?:cuerpos?|corpos?|bod(?:y|ies)|cad[aá]ver(?:es)?|restos)\s+(?:de|do|da|of)\s+(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)


def _clause(text: str, start: int, end: int) -> str:
    """The clause around a mention: up to 60 characters each side, not across ; : or a full stop."""
    left = text[max(0, start - 60) : start]
    right = text[end : end + 60]
    left = re.split(r"[;:.]", left)[-1]
    right = re.split(r"[;:.]", right)[0]
    if len(right) == 60:
        # the name's own predicate, coordinated past the 60 characters: "O homem, X, de 36 anos,
        # foi levado ao Hospital Regional de Osasco e morreu na madrugada"
        longer = _DIED_AFTER.match(re.split(r"[;:.]", text[end : end + 180])[0])
        if longer:
            right = longer.group(0)
    return left + text[start:end] + right


# A second verb of the same subject that tells its death: "... e morreu", "... y falleció".
_DIED_AFTER = re.compile(
    r"^[^;:.]*?\s(?:e|y|and|mas|pero|but)\s+(?:(?:lá|ali|allí|ahí|there|later|depois|después|luego)\s+)?"
    r"(?:morreu|muri[oó]|faleceu|falleci[oó]|died|n[aã]o\s+resistiu|no\s+resisti[oó])\b",
    re.IGNORECASE,
)


_WORD = re.compile(r"\w+")


def _word_index(text: str) -> dict[str, list[int]]:
    """Where each word of ``text`` starts: names are looked up here, not searched for again."""
    index: dict[str, list[int]] = {}
    for match in _WORD.finditer(text):
        index.setdefault(match.group(0), []).append(match.start())
    return index


def _occurrences(text: str, track: str, words_at: dict[str, list[int]]) -> list[int]:
    """Starts of ``track`` as whole words in ``text``, found through the word index."""
    first = _WORD.match(track)
    if first is None:
        return []
    out = []
    for start in words_at.get(first.group(0), ()):
        end = start + len(track)
        if text.startswith(track, start) and (end >= len(text) or not text[end].isalnum()):
            out.append(start)
    return out


def _mentioning(
    text: str,
    sentences: list[tuple[int, int]],
    tracks: list[str],
    others: list[NameHit],
    words_at: dict[str, list[int]],
) -> list[str]:
    """The sentences that name the person (``pattern``), with other people's names blanked so that
    "Hernández" in "Wilber Hernández" is not theirs. Only those sentences are copied: blanking the
    whole text once per person made a report with thousands of names quadratic."""
    blanks = sorted((o.start, o.end) for o in others)
    starts = [a for a, _ in blanks]
    bounds = [a for a, _ in sentences]
    chosen: dict[int, None] = {}
    found = sorted({at for track in tracks for at in _occurrences(text, track, words_at)})
    for at in found:
        i = bisect.bisect_right(starts, at) - 1
        if i >= 0 and blanks[i][0] <= at < blanks[i][1]:
            continue  # inside another person's name
        k = bisect.bisect_right(bounds, at) - 1
        if k >= 0 and at < sentences[k][1]:
            chosen[k] = None
    out = []
    for k in sorted(chosen):
        a, b = sentences[k]
        pieces, at = [], a
        for start, end in blanks[bisect.bisect_left(starts, a - 200) :]:
            if start >= b:
                break
            if end <= a:
                continue
            start, end = max(start, a, at), min(end, b)
            if start >= end:
                continue
            pieces += [text[at:start], " " * (end - start)]
            at = end
        out.append("".join([*pieces, text[at:b]]))
    return out


def _victim_role(text: str, hit: NameHit, mentioned: Sequence[str] = ()) -> str:
    """victim, or bystander / protester when the words around the name, or the sentences that
    mention the person again, say so."""
    end = text.find(".", hit.end)
    around = text[max(0, hit.start - 80) : max(hit.end + 100, end if end > 0 else len(text))]
    around = " ".join([around, *mentioned])
    if _BYSTANDER.search(around):
        return "bystander"
    if _PROTESTER.search(around):
        return "protester"
    return "victim"


def _one_person(a: str, b: str) -> bool:
    return a in b or b in a or _same_person(a, b)


def _same_person(a: str, b: str) -> bool:
    """'tim weiser' and 'timothy matthew weiser': one surname, one given name a prefix of the other."""
    wa, wb = a.split(), b.split()
    if len(wa) < 2 or len(wb) < 2 or wa[-1] != wb[-1]:
        return False
    return wa[0].startswith(wb[0]) or wb[0].startswith(wa[0])


def _surname(name: str) -> str:
    words = [w for w in name.split() if w.lower().strip(".,") not in ("jr", "sr", "ii", "iii")]
    return words[-1] if words else name


def classify_people(
    text: str,
    names: list[NameHit],
    speakers: set[str],
    sentences: list[tuple[int, int]],
    *,
    fallback: bool = True,
) -> list[PersonHit]:
    """Give each name a role and a fate; drop speakers, officials and passers-by.

    A person is followed through the report by surname ("Lucas was fatally shot", "Lumpkin remains
    hospitalized"), so the sentence that tells what happened to them need not repeat their name."""
    people: dict[str, PersonHit] = {}
    words_at = _word_index(text)
    surnames_taken: set[str] = set()
    given_counts: dict[str, int] = {}
    distinct: list[str] = []
    names = [_without_possessive(hit) for hit in names if fold(hit.name)]  # symbols: no key
    for hit in names:  # one entry per person: "Kevin Alejandro" is "Kevin Alejandro Ríos"
        key = fold(hit.name)
        if any(key in k or k in key or _same_person(key, k) for k in distinct):
            continue
        distinct.append(key)
        given_counts[key.split()[0]] = given_counts.get(key.split()[0], 0) + 1
    for hit in names:
        key = fold(hit.name)
        if key in people or any(key in k or k in key or _same_person(key, k) for k in people):
            continue
        if key in speakers or any(key in s or s in key for s in speakers):
            continue
        s_start, s_end = next(
            ((a, b) for a, b in sentences if a <= hit.start < b), (hit.start, hit.end)
        )
        before = text[s_start : hit.start]
        after = text[hit.end : s_end]
        sentence = text[s_start:s_end]
        surname = _surname(hit.name)
        # A surname alone refers to the first person the report names with it, not to relatives;
        # a given name alone, when no one else in the report has it.
        tracks = [hit.name]
        if fold(surname) not in surnames_taken:
            tracks.append(surname)
        surnames_taken.add(fold(surname))
        given = hit.name.split()[0]
        if given_counts.get(fold(given), 0) == 1 and len(given) > 2:
            tracks.append(given)
            if len(hit.name.split()) >= 3:
                tracks.append(" ".join(hit.name.split()[:2]))
        pattern = "|".join(rf"\b{re.escape(t)}\b" for t in tracks)
        # Other people's full names are blanked, so "Hernández" in "Wilber Hernández" is not ours.
        others = [n for n in names if not _one_person(fold(n.name), key)]
        mentioned = _mentioning(text, sentences, tracks, others, words_at) or [sentence]
        harmed = [m for m in mentioned if _harmed(tracks, m)]
        died = any(
            lx.DEATH.search(_clause(m, i.start(), i.end()))
            or _BODY_OF.search(m[max(0, i.start() - 40) : i.start()])
            for m in mentioned
            for i in re.finditer(pattern, m)
        )
        identified = _IDENTIFIED.search(before)
        if (
            _KIN_OF_NAMED.match(after)
            or (
                _MEDIA_ROLE_BEFORE.search(before[-40:])
                # (a reporter is harmed in her own clause: "a repórter X ... foi empurrada")
                and not _STATE_AFTER.match(after)
                and not _HARMED_BEFORE.search(before[-60:])
            )
        ):
            continue  # "Rosilene, de 41 anos, mãe do adolescente Kauã": who speaks of the dead
        if (
            not harmed
            and not identified
            and (
                _OFFICIAL.search(before[-60:])
                or _SAYS_BEFORE.search(before[-50:])
                or _SAYS_AFTER.match(after)
                or _RELATIVE_AFTER.match(after)
            )
        ):
            continue
        if _RANK.search(before[-30:]) or _AGENT_APPOSITION.match(after):
            if not harmed and not died and _SAYS_AFTER.match(after):
                continue  # "Lt. Col. X, the station commander, rejected the account": a source
            role, fate = "agent", _fate(sentence)
            if _SHOOTER_AFTER.match(after) or _SHOOTS_SOMEONE.match(after):
                fate = "unknown"  # "Sgt. X, who was on duty, shot once": the shooter, unhurt
        elif (
            _TARGET_BEFORE.search(before) and not _FIRED_AT.search(before)
        ) or _TARGET_AFTER.match(after):
            role = "target"
            fate = "killed" if died else _fate(after[:120])
        elif harmed:
            around = " ".join(
                _clause(m, i.start(), i.end()) for m in harmed for i in re.finditer(pattern, m)
            )
            died = died or _dies(tracks, harmed)
            role, fate = _victim_role(text, hit, mentioned), "killed" if died else _fate(around)
        elif identified:
            cue = identified.group(0)
            fate = "killed" if died or lx.DEATH.search(cue) else _fate(cue)
            if fate == "unknown" and re.search(r"\bv[ií]ctim", cue, re.IGNORECASE):
                # "Un joven murió y su primo resultó herido. La víctima fue identificada como X"
                previous = [text[a:b] for a, b in sentences if b <= s_start][-1:]
                if previous and lx.DEATH.search(previous[0]):
                    fate = "killed"
            role = _victim_role(text, hit, mentioned)
        elif _VICTIM_CUE.search(sentence):
            # the fate the name's own clause tells ("murió X; su esposo, Y, resultó herido"),
            # else the sentence's
            own = _fate(_clause(text, hit.start, hit.end))
            role = _victim_role(text, hit, mentioned)
            fate = "killed" if died else own if own != "unknown" else _fate(sentence)
        elif _DEATH_OF_BEFORE.search(before[-40:]) or _DEATH_OF_AFTER.match(after):
            role, fate = "victim", "killed"  # "Alexei Navalny's death", "the killing of X"
        else:
            role, fate = "unknown", "unknown"
        if (
            role != "unknown"
            and fate == "unknown"
            and (_SHOT_WHERE.search(sentence) or _HURT_EN.search(sentence))
            # (nor in the next sentence: "Police shot X in the leg. He died two days later")
            and not lx.DEATH.search(text, s_start, min(len(text), s_end + 200))
        ):
            fate = "injured"  # "shot Samuel Kamau, a rider, in the thigh", no death told
        people[key] = PersonHit(hit.start, hit.end, hit.name, role, fate)
    if fallback and not any(p.role in ("victim", "target") for p in people.values()):
        # Nobody named beside the harm: the first private person the report names is, in a
        # report of a shooting, almost always the one shot.
        first_key = next((k for k, p in people.items() if p.role == "unknown"), None)
        if first_key is not None:
            first = people[first_key]
            people[first_key] = PersonHit(first.start, first.end, first.name, "victim", "unknown")
    _share_with_coordinated(text, people)
    found = [p for p in people.values() if p.role != "unknown"]
    return sorted(found, key=lambda p: p.start)


# A parent or spouse of another named person, told as such right after the name ("Rosilene
# Ferreira Lopes, de 41 anos, mãe do adolescente Kauã", "Grace, the mother of Daniel"), and the
# one who hosts or reports ("o apresentador Jorge Maciel"): they tell of the harm, not suffer it
_KIN_OF_NAMED = re.compile(
    r"^,\s*(?:(?:de|aged)\s+\d{1,2}(?:\s+(?:anos|años|years))?,\s*|\d{1,2},\s*)?(?:the\s+|a\s+|la\s+)?"
    r"(?:m[ãa]e|pai|madre|padre|mother|father|vi[úu]v[ao]|widow(?:er)?|esposa|wife|marido|"
    r"husband|companheira|compañera)\s+(?:d[oa]|de(?:l)?|of)\s+(?:(?:o|a|el|la|the)\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?-i:[A-ZÁÉÍÓÚÂÊÔÃÕÇÑ])",
    re.IGNORECASE,
)
_MEDIA_ROLE_BEFORE = re.compile(
    r"\b(?:apresentador(?:a)?|presenter|host|anchor|locutor(?:a)?|conductor(?:a)?|"
    r"entrevistador(?:a)?|rep[oó]rter|reporter|periodista|jornalista|journalist)\s+$",
    re.IGNORECASE,
)


# A name that owns its death: "Alexei Navalny's death in prison", "the killing of Marielle
# Franco", "la muerte de X", "a morte de X".
_DEATH_OF_AFTER = re.compile(
    r"^['’]s\s+(?:[\w-]+\s+)?(?:death|killing|murder|execution)\b(?!\s+(?:penalty|sentence|"
    r"row|threats?))",
    re.IGNORECASE,
)
_DEATH_OF_BEFORE = re.compile(
    r"\b(?:death|killing|murder|muerte|asesinato|morte|assassinato|fallecimiento|falecimento)\s+"
    r"(?:of|de|do|da|del)\s+(?:(?:el\s+|o\s+)?(?:señor|señora|sr\.|sra\.|senhor|senhora|don|doña|"
    r"dona|mr\.?|mrs\.?|ms\.?)\s+)?$",
    re.IGNORECASE,
)


def _without_possessive(hit: NameHit) -> NameHit:
    """The name without the possessive NER may leave on it: "Alexei Navalny's" (death)."""
    name = re.sub(r"\s*['’]s$", "", hit.name)
    if name == hit.name or not name:
        return hit
    return NameHit(hit.start, hit.start + len(name), name)


def _fate(clause: str) -> str:
    if lx.DEATH.search(clause) or _KILLING.search(clause):
        return "killed"
    if lx.INJURY.search(clause) or _INJURING.search(clause):
        return "injured"
    if _DETAINED.search(clause):
        return "detained"
    return "unknown"
