"""Words that name state forces, harm, operations, weapons and allegations, in en / es / pt.

Each entry maps a pattern to a value of DESIGN.md's vocabularies. Patterns are regular-expression
fragments compiled once; acronyms of units (FAES, PNB, BOPE) are matched case-sensitively, everything
else case-insensitively.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from forcewatch.extractor import vocab
from forcewatch.extractor.places.patterns import DEMONYM_FORMS
from forcewatch.extractor.prefilter import Pattern, gate, split


@dataclass(frozen=True)
class Term:
    pattern: Pattern
    value: str
    unit: bool = False  # the match is a named unit, kept as written


def _terms(entries: list[tuple[str, str]], *, unit: bool = False, case: bool = False) -> list[Term]:
    flags = 0 if case else re.IGNORECASE
    # each behind its literal gate: an incident's window is searched for every term
    return [Term(gate(re.compile(rf"\b(?:{p})\b", flags)), v, unit) for p, v in entries]


# --- Forces ------------------------------------------------------------------------------------
# A state's army by its name: "the Kenya Defence Forces", "Ethiopian National Defence Force"
ARMY_BY_NAME = (
    r"(?-i:(?!The\b|A\b|Local\b)[A-Z][a-z]+)\s+(?:(?-i:National|People['’]s)\s+)?"
    r"(?-i:Defen[cs]e\s+Forces?)"
)
# A state's forces named by their nationality in Spanish and Portuguese, the adjective after
# the noun and in lower case: "fuerzas israelíes", "tropas rusas", "forças israelenses"
FOREIGN_FORCES_ES_PT = (
    r"(?:fuerzas|tropas|for[cç]as)\s+(?:armadas\s+|de\s+seguridad\s+|de\s+defensa\s+)?"
    r"(?-i:" + vocab.alternation(sorted(f for f in DEMONYM_FORMS if f.isalpha())) + r")"
)
# A unit named for what it does: "the Rapid Intervention Unit", "the Anti-Terrorism Police Unit",
# "the Special Weapons and Tactics team" (never an inquiry's "Special Investigations Unit")
# (its core, from the word that says the task: what the agency patterns, searched in every
# sentence, need; the whole name is this with up to three words before)
UNIT_BY_TASK_CORE = (
    # (the unit word in a lookahead: the literal gate then keys on the task, not on "unit" or
    # "team", which open it in every other sentence)
    # (and only the rarer task words: "Response", "Operations", "Weapons" or "Riot" would open the
    # gate in most news; those units are named in full by UNIT_BY_TASK where a force's kind is read)
    r"(?:Intervention|Tactical|Anti-Terror(?:ism)?|Counter-Terror(?:ism)?|Commando)"
    r"(?=\s+(?:Unit|Squad|[Tt]eam|Force)\b)"
    r"\s+[A-Za-z]+|Police(?=\s+(?:Unit|Squad)\b)\s+[A-Za-z]+|"
    r"Anti-[A-Z][\w-]*(?:\s+[A-Z][\w-]+){0,2}(?=\s+(?:Unit|Squad|Team|Force)\b)\s+[A-Za-z]+"
)
UNIT_BY_TASK = (
    r"(?:[A-Z][\w-]+\s+){0,3}(?:Intervention|Response|Reaction|Tactical|Anti-Terror(?:ism)?|"
    r"Counter-Terror(?:ism)?|Riot|Special\s+Operations?|Commando|Weapons\s+and\s+Tactics)"
    r"\s+(?:Unit|Squad|[Tt]eam|Force)|(?:[A-Z][\w-]+\s+){1,3}Police\s+(?:Unit|Squad)|"
    # a unit named against a crime: "the Anti-Stock Theft Unit", "the Special Anti-Robbery Squad"
    r"(?:[A-Z][\w-]+\s+)?Anti-[A-Z][\w-]*(?:\s+[A-Z][\w-]+){0,2}\s+(?:Unit|Squad|Team|Force)"
)
# An es/pt unit by its name: "el Escuadrón Móvil Antidisturbios", "o Batalhão de Choque", "el
# Batallón de Infantería No. 5", "o 20º Batalhão"
UNIT_BY_NAME_ES_PT = (
    r"(?:Batall[oó]n|Batalh[aã]o|Regimiento|Regimento|Escuadr[oó]n|Esquadr[aã]o|Destacamento|"
    r"Tropa|Compañía|Companhia)\s+(?:(?:de|del|da|do)\s+)?(?!Intern[oa]\b)(?:[A-ZÁÉÍÓÚ][\w-]+|\d+)"
    r"(?:\s+[A-ZÁÉÍÓÚ][\w-]+)?|\d+º?\s+Batalh[aã]o"
)
# An armed group that calls itself an army: "Ejército del Pueblo Paraguayo", "Ejército de
# Liberación Nacional", "Exército de Libertação": not the state's army. ``ARMY_OF_A_GROUP`` is
# what follows "Ejército"/"Exército" in such a name; ``NOT_A_STATE_ARMY`` keeps it off the
# state's army.
ARMY_OF_A_GROUP = (
    r"(?:del\s+Pueblo|de\s+Liberaci[oó]n|Popular|Zapatista|Revolucionari[oa]|Guerriller[oa]|"
    r"do\s+Povo|de\s+Liberta[cç][aã]o|Paraguayo\s+del\s+Pueblo)\b"
)
NOT_A_STATE_ARMY = rf"(?!\s+{ARMY_OF_A_GROUP})"
# An illness as the cause of a death ("died of cholera", "por complicaciones de tuberculosis",
# "a death in custody from a preventable disease"): neglect, not force
ILLNESS = (
    r"diseases?|illness(?:es)?|cholera|c[oó]lera|tuberculos[ie]s?|malaria|mal[aá]ria|paludismo|"
    r"diarrh\w*|diarrea|diarreia|dysentery|neumon[ií]a|pneumonia|covid|VIH|HIV|"
    r"natural\s+causes|causas\s+naturai?les|causas\s+naturais|enfermedad(?:es)?|doen[cç]as?"
)
# Wardens of parks and forests, armed public employees ("fiscais do Parque Nacional do Limpopo
# abriram fogo", "guardaparques", "forest guards"; not a tax office's or a city hall's fiscais)
WARDENS = (
    r"fiscais(?=\s+(?:do|da|dos|das)\s+(?:Parque|Reserva|Ibama|ICMBio|ANAC)\b)|"
    r"fiscais\s+ambientais|guardas?-parques?|guardaparques|guardabosques|"
    r"park\s+rangers|forest\s+guards|game\s+wardens"
)
# Forces and units by their own names or initials (vocab/force_units.tsv), kept as written
FORCE_UNITS = _terms(
    [(unit.pattern, unit.kind) for unit in vocab.force_units()], unit=True, case=True
)
FORCE_NAMED = _terms(
    [
        (r"Pol[ií]c[ií]a Nacional Bolivariana", "police"),
        (r"Fuerzas? de Acciones Especiales", "special_police"),
        (r"Guardia Nacional(?: Bolivariana)?", "national_guard"),
        (r"National Guard", "national_guard"),
        (r"Guarda Nacional Republicana|GNR", "national_guard"),
        (r"Guardia Civil", "police"),
        # Spain's regional police forces
        (r"Mossos d['’]Esquadra|Ertzaintza", "police"),
        (
            r"Pol[ií]c[ií]a (?:Federal|Municipal|Estatal|Nacional|Metropolitana|Ministerial|"
            r"Estadual|Militar|Civil|Rodovi[aá]ria(?: Federal)?|Estatal Preventiva|Judicial)"
            r"(?: (?:de|do|del|da) [A-ZÁÉÍÓÚ][\w]+(?: [A-ZÁÉÍÓÚ][\w]+)?)?",
            "police",
        ),
        (r"Guarda (?:Civil )?Municipal", "police"),
        (r"Brigada Militar", "police"),  # Rio Grande do Sul's military police
        (r"Polícia de Segurança Pública|PSP", "police"),
        (r"Carabineros(?: de Chile)?", "police"),
        (r"Gendarmer[ií]a(?: Nacional)?", "police"),
        (
            rf"Ej[eé]rcito(?: (?:Nacional|Mexicano|Bolivariano))?{NOT_A_STATE_ARMY}|"
            rf"Ex[eé]rcito(?: Brasileiro)?{NOT_A_STATE_ARMY}",
            "military",
        ),
        (r"Fuerzas? Armadas?|For[cç]as Armadas|Armed Forces", "military"),
        (r"(?:Fuerza|For[cç]a) A[eé]rea(?: [A-Z]\w+)?|Air Force", "military"),
        (r"Marina|Marinha|Navy|Marines", "military"),
        (r"For[cç]a Nacional(?: de Seguran[cç]a(?: P[uú]blica)?)?", "national_guard"),
        (r"Batalh[aã]o de Opera[cç][oõ]es Policiais Especiais", "special_police"),
        (r"Guardia Nacional", "national_guard"),
        (r"Border Patrol", "police"),
        # Iran's Revolutionary Guards and their Basij militia; Burundi's ruling-party youth
        # league; a de facto government's forces (the Taliban in Afghanistan)
        (r"(?:Islamic )?Revolutionary Guards?(?: Corps)?|IRGC", "military"),
        (r"BIR", "military"),  # Cameroon's Rapid Intervention Battalion, by its initials
        (
            r"(?:[A-Z][\w-]+|\d+(?:st|nd|rd|th))(?: [A-Z][\w-]+){0,3} (?:Battalion|Brigade|Regiment|Division)(?!s)",
            "military",
        ),
        (UNIT_BY_TASK, "special_police"),
        (
            r"Escuadr[oó]n(?: (?:de|del))? [A-ZÁÉÍÓÚ][\w-]+(?: [A-ZÁÉÍÓÚ][\w-]+)?|"
            r"(?:Batalh[aã]o|Tropa) de Choque",
            "special_police",
        ),
        (
            r"(?:Batall[oó]n|Regimiento|Regimento|Destacamento)(?: (?:de|del|da|do))? "
            r"(?!Intern[oa]\b)[A-ZÁÉÍÓÚ][\w-]+(?: [A-ZÁÉÍÓÚ][\w-]+)?",
            "military",
        ),
        (
            r"(?:Batalh[aã]o(?: (?:de|da|do))? [A-ZÁÉÍÓÚ][\w-]+(?: [A-ZÁÉÍÓÚ][\w-]+)?|\d+º? Batalh[aã]o)",
            "police",
        ),
        (r"Basij(?: militia| forces)?|Imbonerakure", "non_state_allied"),
        (r"Taliban(?: forces| fighters| members| officials| security forces)?", "security_forces"),
        (r"Sheriff'?s? (?:Office|Department)", "police"),
        (r"[A-Z][a-z]+(?: [A-Z][a-z]+)? Police(?: Department)?", "police"),
    ],
    unit=True,
    case=True,
)
FORCE_GENERIC = _terms(
    [
        (
            r"security forces?|fuerzas de seguridad|cuerpos de seguridad|fuerzas del orden|"
            r"for[cç]as de seguran[cç]a|agentes de seguran[cç]a|security personnel|"
            r"funcionarios de seguridad|organismos de seguridad|state agents|agentes del estado|"
            r"agentes do estado|law enforcement(?: officers?| agents?)?|federal forces|"
            # Peru's municipal security staff, public employees who patrol and may use force
            # ("golpeados por serenos"); the singular is also an adjective (calm), so not it
            rf"serenos|serenazgo|{WARDENS}",
            "security_forces",
        ),
        (
            r"military\s+police(?:\s+officers?)?|policia(?:l|is)\s+militar(?:es)?|"
            r"pol[ií]c[ií]as?\s+militar(?:es)?|police(?:m[ae]n|wom[ae]n)?|police officers?|officers?|"
            r"cops?|deputies|deputy|"
            r"troopers?|constables?|patrolm[ae]n|sheriff'?s? deputies",
            "police",
        ),
        (
            r"pol[ií]c[ií]as?|pol[ií]cia|agentes? polic[ií]a(?:les|cos|is)|agentes|uniformados|"
            r"funcionarios policiales|patrulleros|policiais|policial|guardas municipais|carabineros?|"
            r"efectivos policiales|oficiales|(?:Fuerza|For[cç]a) P[uú]blica",
            "police",
        ),
        (
            r"soldiers?|troops|army|military(?![- ]grade)|militares|soldados|(?<!uso\s)(?<!-)militar(?:es)?|marines|"
            r"efectivos militares|paratroopers|jawans?|navy|naval (?:personnel|officers|forces|"
            r"commandos)|sailors|(?:presidential|republican|royal) guard(?:sm[ae]n|s)?",
            "military",
        ),
        # guards who hold people ("the guards beat them" at a depot, a camp, a prison), not
        # private or border guards, nor Iran's Revolutionary Guards
        (
            r"(?<!security )(?<!private )(?<!border )(?<!coast )(?<!Revolutionary )guards",
            "prison_guards",
        ),
        (
            r"(?:government|armed|state|junta|regime|occupying|pro-government|"
            r"(?-i:(?!Security|Police|Special|Rapid|Support|Rebel)[A-Z][a-z]+|US|U\.S\.|UK|NATO)|"
            # "Saudi-led forces", "US-led coalition troops": a state-led coalition
            r"(?-i:[A-Z][A-Za-z]+)-led(?:\s+coalition)?)\s+(?:forces|troops|army|drones?|warplanes?|"
            r"jets|aircraft|helicopters?)|junta|air\s*strikes?|airstrikes?|drone\s+strikes?|"
            # the craft and bombs of an air force: "government helicopters", "Russian warplanes"
            r"warplanes?|aircraft|helicopter\s+gunships?|helicopters?|barrel\s+bombs?|snipers?|"
            r"bombardments?|shelling|fuerzas\s+(?:armadas|militares|federales)|marinos|"
            r"infantes\s+de\s+marina|for[cç]as\s+armadas|fuzileiros|bombardeos?|bombardeios?|bombardeamentos?|"
            # an army's own communiqué: "as nossas forças", "nuestras tropas"
            r"nossas\s+(?:for[cç]as|tropas)|nuestras\s+(?:fuerzas|tropas)|"
            rf"{ARMY_BY_NAME}|{FOREIGN_FORCES_ES_PT}",
            "military",
        ),
        (r"national guardsm[ae]n|guardias nacionales|guardsm[ae]n", "national_guard"),
        (r"gendarmes?|gendarmerie|riot police|border guards?|coast guard|rangers", "police"),
        (r"special task force", "special_police"),
        (
            r"prison guards?|jail guards?|correctional officers?|detention officers?|jailers?|"
            r"custodios|guardias penitenciarios|"
            r"agentes penitenci[aá]rios|carcereiros|guardas prisionais|policia(?:l|is) pena(?:l|is)|"
            r"pol[ií]cia penal|(?:prison )?warders?",
            "prison_guards",
        ),
        (
            r"intelligence agents?|military intelligence|agentes de inteligencia|"
            r"agentes de intelig[eê]ncia",
            "intelligence",
        ),
        (
            r"colectivos(?: armados)?|paramilitar(?:es|y|ies)?|mil[ií]cias?|milicianos|"
            r"armed civilians|civiles armados|grupos? de exterminio|"
            r"(?:pro-government|government-backed|state-backed|army-backed|pro-regime|pro-junta)"
            r" (?:militias?|militiamen|fighters|gunmen|vigilantes)|"
            r"(?:militias?|militiamen|fighters|gunmen|vigilantes) (?:allied (?:with|to)|backed by|"
            r"loyal to|fighting alongside) (?:the )?(?:army|military|government|state|junta|regime|"
            r"security forces|troops)",
            "non_state_allied",
        ),
    ]
)
# Words that make a force mention about someone's past, not the agents of this incident.
FORMER = re.compile(
    r"\b(?:former|ex-?|retired|exfuncionari[oa]|ex-funcionari[oa]|"
    r"antiguo|antigo|jubilad[oa]|aposentad[oa]|retirad[oa]|reformad[oa])\s+(?:[\w()]+\s+){0,3}\(?$|"
    r"\bex-?[a-záéíóú]{3,}\s+(?:del?|de\s+la|da|do|of\s+the)\s+$|"
    # "se retiró de la Policía Nacional en 2019", "aposentou-se da PM", "retired from the police"
    r"\b(?:se\s+retir[óo]|se\s+jubil[óo]|se\s+aposentou|aposentou-se|retired)\s+"
    r"(?:from\s+the|del?|de\s+la|da|do)\s+$",
    re.IGNORECASE,
)
# The same word right before the force, or before its name after "of" ("subtenente reformado da
# Polícia Militar"), as agency reads an act's subject: no words between, so that "a retired
# officer said the police shot him" keeps the police.
FORMER_RIGHT_BEFORE = re.compile(
    r"\b(?:former|ex-|retired|retirad[oa]s?|reformad[oa]s?|jubilad[oa]s?|aposentad[oa]s?)\s*"
    r"(?:(?:del?|de\s+la|da|do|of\s+the)\s+(?:[A-ZÁÉÍÓÚ][\w.]*\s+){0,2})?$",
    re.IGNORECASE,
)
# The same said after the agent's title: "un suboficial retirado", "PM reformado", "un policía en
# situación de retiro", "policial aposentado", "Sgt. (ret.)".
FORMER_AFTER = re.compile(
    r"\s*,?\s*(?:retirad[oa]s?|reformad[oa]s?|jubilad[oa]s?|aposentad[oa]s?|"
    r"en\s+(?:situaci[oó]n\s+de\s+)?retiro|na\s+reforma|da\s+reserva\s+remunerada|"
    r"\((?:r|ret|retired|retirado|reformado)\.?\))(?!\w)",
    re.IGNORECASE,
)
# Words that make a force mention a pretence or a trade that only borrows the title: "a bogus
# 'officer'", "a fake police roadblock", "men posing as soldiers", "bail agents", "falsos
# policías", "se hacían pasar por agentes", "disfarçados de policiais", "policías falsos".
IMPOSTOR_BEFORE = re.compile(
    r"\b(?:bogus|fake|sham|phony|phoney|pretend|impostor|bail(?:\s+enforcement)?|bounty|recovery|"
    r"fals[oa]s?|(?:posing|disguised|dressed\s+up|masquerading)\s+as|impersonating|"
    r"(?:haci[eé]ndose|se\s+hac[ií]an?|hacerse)\s+pasar\s+por|(?:se\s+)?passando(?:-se)?\s+por|"
    r"disfrazad[oa]s\s+de|disfar[cç]ad[oa]s\s+de|fingi(?:endo|ndo)\s+ser|"
    # "siempre se hacía el policía": he acted the part
    r"se\s+hac[ií]an?\s+(?:el|la|los)|hac[eé]rse\s+(?:el|la))"
    r"\s*(?:an?\s+|un[ao]?s?\s+|uma?s?\s+|los\s+|las\s+|os\s+|as\s+)?['‘’\"]?\s*$",
    re.IGNORECASE,
)
IMPOSTOR_AFTER = re.compile(r"['’\"]?\s+(?:fals[oa]s?|de\s+mentira)\b", re.IGNORECASE)

# Agent nouns, for deciding whether a count is of agents or of civilians.
AGENT_NOUN = re.compile(
    r"\b(?:ex-?)?(?:police(?:m[ae]n|wom[ae]n)?|(?:police |prison |correctional )?officers?|cops?|"
    r"deput(?:y|ies)|troopers?|soldiers?|troops|marines?|guardsm[ae]n|guards?|constables?|"
    r"agents?|jawans?|pol[ií]c[ií]as?|agentes?|funcionarios?|efectivos|uniformados|militar(?:es)?|"
    r"soldados?|guardias?|custodios?|carabineros?|gendarmes?|policiais|policial|PMs?|"
    r"guardas?|sargentos?|cabos?|tenientes?|tenentes?|oficiales|sergeants?|suboficial(?:es)?|"
    r"subinspector(?:es)?|inspector(?:es)?|detectives?|comisarios?|militar(?:es)?|"
    # Mexico's navy infantry ("un marino murió"), Brazil's and Portugal's ("fuzileiros navais")
    r"marinos?|fuzileiros?|"
    # Mexico's "un elemento del Ejército", "elementos de la Guardia Nacional" (a body's name after)
    r"elementos?(?=\s+(?:del|de\s+la|de\s+las|de\s+los)\s+(?-i:[A-Z])))\b",
    re.IGNORECASE,
)


# --- Harm --------------------------------------------------------------------------------------
def forms_of(lang: str, *kinds: str, part: vocab.Part = "finite") -> str:
    """An alternation of the forms of the ``kinds`` verbs of ``lang`` (from the vocab data)."""
    return vocab.alternation([f for kind in kinds for f in vocab.verb_forms(lang, kind, part)])


# The harm clause per language, from vocab/<lang>.toml: a state agent doing harm (the agent is
# the grammatical subject), harm done by an agent in a by-phrase, and nominal or circumstantial
# phrasing ("police shooting", "enfrentamiento con la policía").
HARM_ACT = {lang: vocab.pattern(lang, "harm", "act") for lang in vocab.LANGUAGES}
HARM_PASSIVE = {lang: vocab.pattern(lang, "harm", "passive") for lang in vocab.LANGUAGES}
# A harm verb whose subject follows it ("lo mataron los militares"), where the language allows it.
HARM_ACT_AFTER = {lang: vocab.pattern(lang, "harm", "act_after") for lang in vocab.LANGUAGES}
HARM_CONTEXT = {lang: vocab.pattern(lang, "harm", "context") for lang in vocab.LANGUAGES}
AGENT_VICTIM = {lang: vocab.pattern(lang, "harm", "agent_victim") for lang in vocab.LANGUAGES}
# A habit told, not a case: "some detainees said guards beat them" (vocab [harm] habit).
HABIT = re.compile(
    "|".join(vocab.pattern(lang, "harm", "habit") for lang in vocab.LANGUAGES), re.IGNORECASE
)
# Harm to people the agents hold, no agent named: "he suffered torture during his detention".
HARM_CUSTODY = {lang: vocab.pattern(lang, "harm", "custody") for lang in vocab.LANGUAGES}
# An attack by agents and, after a comma, its outcome: "troops shelled the village, killing six".
HARM_ATTACK = {lang: vocab.pattern(lang, "harm", "attack") for lang in vocab.LANGUAGES}
HARM_OUTCOME = {lang: vocab.pattern(lang, "harm", "outcome") for lang in vocab.LANGUAGES}
# A day given by pointing back at a date told before ("ese día", "naquele dia", "that night"),
# and a line that dates the report itself ("Publicado el ...", "edição de ...").
# A day counted on from a date told before ("the following day", "dos días después").
DAYS_LATER = {
    lang: re.compile(vocab.pattern(lang, "dates", "days_later"), re.IGNORECASE)
    for lang in vocab.LANGUAGES
}
SAME_DAY = re.compile(
    "|".join(vocab.pattern(lang, "dates", "same_day") for lang in vocab.LANGUAGES), re.IGNORECASE
)
PUBLISHED_LINE = re.compile(
    "|".join(vocab.pattern(lang, "dates", "published_line") for lang in vocab.LANGUAGES),
    re.IGNORECASE,
)
OCCURRED = re.compile(
    "|".join(vocab.pattern(lang, "dates", "occurred") for lang in vocab.LANGUAGES), re.IGNORECASE
)
# The conjugated verbs of killing and of hurting (vocab forms: "mataron", "lo mató", "hirió",
# "espancaram"): a clause coordinated after another ("dispararon contra ellos y mataron a un
# joven") says someone died or was hurt whatever its tense or person.
KILL_VERB = "|".join(forms_of(lang, "kill") for lang in ("es", "pt"))
# Killing told by a verb and its noun: "dieron muerte a", "le quitó la vida a", "tirou a vida a".
KILL_PHRASE = (
    r"(?:dio|dieron|daba|daban|ha\s+dado|han\s+dado|hab[ií]an?\s+dado)\s+muerte|"
    r"(?:quit[óo]|quitaron|arrebat[óo]|arrebataron)\s+la\s+vida|"
    # the legal "privar de la vida" (Mexico): "lo privaron de la vida", "fue privado de la vida"
    r"(?:priv(?:ó|aron|aba|aban|ad[oa]s?))\s+de\s+la\s+vida|"
    r"(?:tirou|tiraram|ceifou|ceifaram)\s+a\s+vida|"
    # the Colombian army's "dar de baja" with a person as object: "dieron de baja a tres"
    r"(?:dio|dieron|ha\s+dado|han\s+dado|hab[ií]an?\s+dado)\s+de\s+baja(?=\s+a\s)|"
    # a communiqué's euphemism with a person as object (Spanish marks it with "a"):
    # "neutralizando a tres de los atacantes", "neutralizaron a dos hombres armados"; a threat
    # or a device neutralised takes no "a"
    r"neutraliz(?:ó|aron|ando|aba|aban)(?=\s+a\s+(?!la\s+amenaza))"
)
# Where a shot or a blow landed: "le disparó en el pecho", "atingiu o adolescente na cabeça",
# "por la espalda". A body part after "en"/"no"/"na"/"por" says someone was hit.
BODY_HIT = (
    r"(?:(?:en|por)\s+(?:el|la|los|las|su|sus)|no|na|nos|nas|pelas|pelo|pela|"
    r"(?:em|por)\s+(?:sua|seu|suas|seus))\s+"
    r"(?:pecho|cabeza|espalda|nuca|piernas?|abdomen|rostro|cuello|brazos?|t[oó]rax|hombros?|"
    r"est[oó]mago|frente|ojos?|cadera|gl[uú]teos?|muslos?|peito|cabe[cç]a|costas|pernas?|"
    r"abd[oóô]men|rosto|pesco[cç]o|bra[cç]os?|ombros?|est[oô]mago|testa|olhos?|n[aá]degas?|"
    r"coxas?|virilha|barriga|t[oó]rax)"
)
# A shot said to land on someone, right after the verb of firing: "le disparó en el pecho",
# "atirou e atingiu o adolescente na cabeça" (a body part alone is no harm: "manos en la cabeza").
# ... and in English: "shot him in the thigh", "hit in the face"
BODY_HIT_EN = (
    r"(?:in|on)\s+(?:the|his|her|their)\s+(?:head|chest|back|legs?|arms?|thighs?|abdomen|stomach|"
    r"neck|face|eyes?|shoulders?|hands?|foot|feet|hip|buttocks?|groin|knees?|torso|jaw)"
)
SHOT_LANDED = re.compile(rf"^[^.;:]{{0,100}}?\b{BODY_HIT}\b", re.IGNORECASE)
INJURE_VERB = "|".join(forms_of(lang, "injure") for lang in ("es", "pt"))
# "alcanzado por los policías" after a chase is caught, not hit ("alcanzado por una bala")
NOT_CAUGHT = (
    r"(?!\s+por\s+(?:los|las|el|la|un|una|dos|tres)\s+(?:\w+\s+)?(?:polic|agentes?\b|militares|"
    r"soldados|efectivos|uniformados|patrull|carabiner|guardias?\b|gendarmes))"
)
# Someone dead or hurt, whoever did it.
DEATH = re.compile(
    rf"\b(?:{KILL_VERB}|{KILL_PHRASE})\b|"
    # a death sentence, the death penalty, death row and death threats kill no one
    # ("three die in protest crackdown": a headline's present; not "could die", "will die")
    r"\b(?:killed|kill(?:ing|s)?|dead|died|dies|(?<!could\s)(?<!would\s)(?<!will\s)(?<!may\s)"
    r"(?<!might\s)(?<!to\s)(?<!not\s)die(?=\s+(?:in|after|as|from|during|when)\b)|"
    r"death(?<!sentenced\sto\sdeath)"
    r"(?<!condemned\sto\sdeath)(?!\s+(?:sentences?|penalty|row|threats?)\b)|deaths|slain|"
    r"fatal(?:ly)?|lifeless|drowned|"
    r"pronounced\s+dead|succumbed|mortally|murdered|mortalmente|"
    # police and army wording for killed: "two suspects were neutralised by operatives"
    r"neutrali[sz]ed(?=\s+(?:by|during|in|after|when)\b)|"
    # "dos terroristas fueron neutralizados y ...", "foram neutralizados em confronto"
    r"neutralizad[oa]s(?=[\"”»]?\s+(?:en|durante|tras|por|y|e|no|na|em|ap[oó]s|pel[oa]s?)\b)|"
    # "foi levado ao hospital, mas não resistiu", "no resistió a las heridas" (not "não resistiu
    # à prisão": resisting arrest)
    r"n[aã]o\s+resisti(?:u|ram)(?=\s*(?:[.,;]|$|\s+(?:a|aos|às)\s+(?:ferimentos|les[oõ]es|"
    r"graves)))|no\s+resisti(?:ó|eron)(?=\s*(?:[.,;]|$|\s+(?:a\s+)?(?:las|sus)\s+(?:heridas|"
    r"lesiones)))|"
    r"muert[oa]s?|muertes?|muere|mueren|murieron|muri[oó]|asesinad[oa]s?|asesinatos?|fallecid[oa]s?|"
    r"falleci[oó]|fallecieron|fallecimientos?|abatid[oa]s?|sin\s+vida|ultimad[oa]s?|"
    r"mort[oa]s?|morreu|morreram|morre(?:m)?|mortes?|falecimentos?|assassinad[oa]s?|óbitos?|"
    r"sem\s+vida|"
    r"faleceu|faleceram|executad[oa]s?|ejecuci[oó]n(?:es)?\s+extrajudicial(?:es)?|"
    r"chacinas?|masacres?|"
    r"extrajudicial\s+(?:killings?|executions?)|execu[cç](?:ão|ões)\s+(?:sumária|extrajudicial)|"
    # "perdió la vida", "perdeu a vida"; a body found ("su cuerpo apareció en una quebrada")
    r"perd(?:i[oó]|ieron|e|en|eu|eram|em)\s+(?:la|a)\s+vida|"
    r"(?:acab(?:ou|aram|ó|aron)\s+por|vei(?:o|eram)\s+a|vino\s+a)\s+(?:morrer|falecer|morir|fallecer)|"
    r"(?:cuerpos?|cad[aá]ver(?:es)?|corpos?)\s+(?:[\w,]+\s+){0,7}?(?:hallad|encontrad|apareci|"
    r"localizad|achad)\w*|"
    r"homicidio|homic[ií]dio|bod(?:y|ies)\s+(?:of\s+(?:[\w'’.-]+\s+){1,4})?(?:was|were)\s+"
    r"(?:\w+\s+)?(?:found|discovered|recovered|dumped))\b",
    re.IGNORECASE,
)
INJURY = re.compile(
    rf"\b(?:{INJURE_VERB})\b|"
    r"\b(?:shot\s+(?:twice|once|in\s+the|\d+\s+times|multiple)|critical\s+condition|"
    r"recibi[oó]\s+(?:un|dos|tres|varios)\s+(?:disparos?|balazos?|tiros?|impactos?)|"
    r"levou\s+(?:um|dois|tr[eê]s)\s+tiros?|impactos?\s+de\s+bala|"
    # a bone broken: "a broken arm", "a fractured wrist", "fractura en el brazo"
    r"(?:broken|fractured)\s+(?:\w+\s+)?(?:arms?|wrists?|legs?|ribs?|jaw|nose|skull|hands?|fingers?|"
    r"ankles?|collarbone|shoulder|hip|elbow|knee|eye\s+socket)|fractur(?:a|as)\s+(?:en\s+|de\s+|n[oa]\s+)|"
    # "impactó en el rostro", "atingiu-o na cabeça", "hit him in the face"
    r"(?:impact(?:ó|aron|ou|aram)|golpe(?:ó|aron)|atingi(?:u|ram)(?:-[oa])?)\s+(?:\w+\s+)?"
    r"(?:en|no|na|contra)\s+(?:el|la|o|a|su|sua|seu)?\s*(?:rostro|cabeza|cara|ojo|pecho|"
    r"rosto|cabe[cç]a|olho|peito|t[oó]rax)|hit\s+(?:him|her|them)\s+in\s+the\s+(?:face|head|"
    r"eye|chest)|"
    # a shot that hit a person: "um dos projéteis atingiu uma moradora", "la bala alcanzó a un
    # niño", "a round struck a woman"
    r"(?:atingi(?:u|ram)|alcanz(?:ó|aron)|struck|hit)\s+(?:a\s+|al\s+)?(?:um|uma|o|a|un|una|el|la|"
    r"an?|the)\s+(?:[\w-]+\s+)?(?:morador[a]?|mulher|homem|jovem|crian[cç]a|menin[oa]|vizinh[oa]|"
    r"idos[oa]|mujer|hombre|joven|niñ[oa]|vecin[oa]|anciana?|woman|man|boy|girl|child|resident|"
    r"bystander|passer-?by|transe[uú]nte|pedestre|peat[oó]n)\b|"
    r"stable\s+condition|estado\s+(?:grave|cr[ií]tico)|condici[oó]n\s+cr[ií]tica|"
    # shot at the eyes or the face of people: "dispararon perdigones a los ojos de 12 manifestantes"
    r"(?:a|en|contra|em|nos|nas)\s+(?:los\s+|las\s+|os\s+|as\s+)?(?:ojos|olhos|rostros?|caras?)\s+"
    r"(?:de|do|da|dos|das)|"
    r"injur(?:ed|ies|y|ing)|wounded|wounds?|hurt|hospitali[sz]ed|hospital|treated|"
    r"non-life-threatening|bruised|struck|grazed|beaten|tortured|blinded|blinding|"
    r"herid[oa]s?|heridas|lesionad[oa]s?|lesiones|hospitalizad[oa]s?|hospital|"
    r"ferid[oa]s?|ferimentos?|baleado|balead[oa]s?|hospitalizad[oa]s?|socorrid[oa]s?|atingid[oa]s?|"
    # hit by the shots: "dois indivíduos foram alvejados", "fue alcanzado por los disparos"
    r"alvejad[oa]s?|"
    # the legal name of harm done by agents in Chile and Argentina: "apremios ilegítimos"
    r"apremios\s+ileg[ií]timos|"
    # beaten, and hit by pellets or blows: "fue golpeada con un bastón", "foi espancado", "un
    # niño recibió perdigones en la espalda", "levou golpes de cassetete"
    r"golpead[oa]s?|apalead[oa]s?|espancad[oa]s?|torturad[oa]s?|"
    r"(?:recibi[oó]|recibieron|recebeu|receberam|levou|levaram)\s+(?:\w+\s+)?(?:perdigones|balines|"
    r"chumbinhos|balas\s+de\s+borracha|golpes|pancadas|coronhadas|culatazos|bastonazos|"
    r"cassetetadas)|"
    # gassed people are hurt: "dozens suffocated by tear gas", "treated for tear-gas inhalation"
    r"(?:suffocat(?:ed|ion)|asphyxiat(?:ed|ion)|inhal(?:ed|ation))\s+(?:\w+\s+){0,2}?tear[- ]gas|"
    r"tear[- ]gas\s+inhalation|asfixiad[oa]s?|sufocad[oa]s?)\b",
    re.IGNORECASE,
)
# Counts: number + up to four words + a state of harm.
KILLED_WORD = (
    # ("dados de baja" is struck off the force, not dead, when they are charged or dismissed:
    # "Tres carabineros fueron dados de baja y están formalizados")
    r"(?:killed|dead|died|deaths|killings|slain|fatalities|lives|drowned|"
    r"dad[oa]s\s+de\s+baja(?![^.;]{0,40}\b(?:formalizad|imputad|procesad|destituid|separad|"
    r"suspendid|investigad|instituci[oó]n|servicio|filas)\w*)|"
    # police and army wording, and the killing's own verbs: "two suspects were neutralised"
    r"neutrali[sz]ed|murdered|massacred|gunned\s+down|"
    # the dead counted by their bodies: "15 bodies", "los 15 cuerpos recuperados"
    r"bodies|cuerpos|cad[aá]veres|corpos|"
    r"die(?=\s+(?:in|after|as|from|during|when)\b)|"
    r"muert[oa]s?|muertes|fallecid[oa]s?|asesinad[oa]s?|murieron|muri[oó]|abatid[oa]s?|"
    r"neutralizad[oa]s|"
    # a headline's present: "dois jovens morrem baleados", "mueren tres en un operativo"
    r"mueren|fallecen|morrem|falecem|muere|fallece|morre|falece|"
    r"fallecieron|falleci[oó]|faleceram|faleceu|"
    # the participles of every verb of killing: "fueron masacrados", "foram fuzilados"
    rf"{forms_of('es', 'kill', part='participle')}|{forms_of('pt', 'kill', part='participle')}|"
    r"sin\s+vida|sem\s+vida|lifeless|"
    r"v[ií]ctimas\s+mortales|mort[oa]s?|mortes|morreram|morreu|assassinad[oa]s?|óbitos|"
    r"perd(?:i[oó]|ieron|eu|eram)\s+(?:la|a)\s+vida|"
    # people executed are dead: "tres campesinos fueron ejecutados"
    r"ejecutad[oa]s|executad[oa]s|"
    r"vítimas\s+fatais)"
)
INJURED_WORD = (
    r"(?:injured|wounded|hurt|hospitali[sz]ed|injuries|beaten|(?:suffocated|asphyxiated)(?=\s+(?:by|from|with|on)\s+(?:the\s+)?tear[- ]gas)|"
    r"agredid[oa]s?|espancad[oa]s?|golpead[oa]s?|torturad[oa]s?|tortured|"
    # (not caught by them: "fue alcanzado por los policías" after a chase)
    rf"herid[oa]s?|lesionad[oa]s?|atingid[oa]s?|alcanzad[oa]s?{NOT_CAUGHT}|"
    r"ferid[oa]s?|baleados|alvejad[oa]s|"
    # hurt, told by their care: "three residents were treated for rubber bullet wounds", "six
    # workers were treated at the Matsapha clinic"
    r"treated\s+for\s+(?:[\w-]+\s+){0,3}?(?:wounds|injuries)|"
    r"treated\s+(?:at|in)\s+(?:the\s+|a\s+)?(?:[\w'’-]+\s+){0,3}?(?:clinic|hospital|health\s+(?:centre|center))|"
    r"atendid[oa]s?\s+(?:por|con|com)\s+(?:[\w-]+\s+){0,3}?(?:heridas|lesiones|ferimentos|contusiones|"
    r"contus[oõ]es|les[oõ]es|traumatismos))"
)
# A clash, whoever started it: relevant when agents are there and someone died or was hurt.
CLASH = gate(
    re.compile(
        r"\b(?:enfrentamientos?|balaceras?|tiroteos?|intercambio\s+de\s+disparos|shoot-?outs?|"
        r"gunfights?|gun\s+battles?|firefights?|exchange\s+of\s+fire|confrontos?|tiroteios?|"
        r"troca\s+de\s+tiros|"
        # the verb, reflexive: "murió tras enfrentarse a agentes", "se enfrentaron a tiros con"
        r"(?:enfrentarse|se\s+enfrent(?:ó|aron)|enfrent[aá]ndose)\s+(?:a\s+tiros\s+)?(?:a|con))\b",
        re.IGNORECASE,
    )
)

# --- Operations --------------------------------------------------------------------------------
OPERATIONS = _terms(
    [
        (
            r"operation\s+(?:by\s+[\w\s]{0,30}?)?to\s+(?:arrest|capture|detain|apprehend)|"
            r"(?:attempt(?:ed|ing)?|tried|trying)\s+to\s+(?:arrest|detain|apprehend)|"
            r"arrest\s+(?:warrant|operation)|serv(?:e|ing)\s+(?:a|an)\s+(?:\w+\s+)?warrant|"
            r"operaci[oó]n\s+para\s+(?:capturar|detener|aprehender)|operativo\s+para\s+"
            r"(?:capturar|detener)|orden\s+de\s+(?:captura|aprehensi[oó]n|detenci[oó]n)|"
            r"(?:intentaban|intentaron)\s+(?:detener|capturar)|"
            r"(?:opera[cç][aã]o\s+para\s+(?:prender|capturar)|mandados?\s+de\s+pris[aã]o|"
            r"tentaram\s+prender|tentativa\s+de\s+pris[aã]o)|"
            r"(?:operativo|operaci[oó]n|operation|opera[cç][aã]o)\b[^.]{0,120}?\b(?:para|to|de)\s+"
            r"(?:capturar|detener|arrest|capture|prender|cumplir\s+una\s+orden)|"
            r"(?:fueron|were|foram)\s+(?:detenid[oa]s|arrested|detained|pres[oa]s|detid[oa]s)",
            "arrest_operation",
        ),
        (
            r"protests?|protesters?|demonstrat(?:ion|ions|ors)|rall(?:y|ies)|(?-i:march(?:es|ers)?)|"
            r"protestas?|manifestaci(?:ón|ones)|manifestantes|marcha|protestos?|"
            r"manifesta[cç](?:ão|ões)|passeata",
            "protest_policing",
        ),
        (
            r"checkpoints?|roadblocks?|traffic\s+stop|pulled\s+(?:him|her|them|over)|"
            r"ret[eé]n(?:es)?|punto\s+de\s+(?:control|revisi[oó]n)|puestos?\s+de\s+control|alcabala|control\s+vial|"
            r"control(?:es)?\s+vehicular(?:es)?|blitz|barreira\s+policial|"
            r"abordagem",
            "checkpoint",
        ),
        (
            r"in\s+(?:police\s+)?custody|jail\s+cell|while\s+detained|"
            r"bajo\s+custodia|en\s+(?:la\s+)?celda|calabozo|sob\s+cust[oó]dia|na\s+cela|"
            r"prison|prisi[oó]n(?!\s+preventiva)|c[aá]rcel|pres[ií]dio|penitenci[aá]ri[ao]|"
            r"(?:el|del|al)\s+penal\b",
            "custody",
        ),
        (
            r"raids?|raided|allanamientos?|allanaron|incursi[oó]n|operativo|redadas?|"
            r"opera[cç](?:ão|ões)\s+(?:policial|policiais|na|no|em|da|do)|incurs(?:ão|ões)|"
            r"search\s+warrant|stormed",
            "raid",
        ),
        (
            r"patrol(?:ling|led|s)?|patrullaje|patrullaba[n]?|una\s+patrulla|rondas?|"
            r"guarni[cç][aã]o|"
            r"patrulha(?:mento)?|patrulhavam|patrol\s+car|squad\s+car|m[oó]vil\s+policial|"
            r"patrulleros?|viaturas?|persecuci[oó]n|persegui[cç][aã]o|pursuit|chase[ds]?|"
            r"recorr[ií]a[n]?",
            "patrol",
        ),
        (
            r"military\s+operation|operaci[oó]n\s+militar|opera[cç][aã]o\s+militar|"
            r"counter-?insurgency|offensive|ofensiva|"
            # the means of war: "an air strike on a market", "el bombardeo", "bombardeamento"
            r"air\s*strikes?|drone\s+strikes?|missile\s+strikes?|air\s+raids?|shelling|bombardments?|"
            r"bombardeos?|bombardeios?|bombardeamentos?|ataques?\s+a[eé]reos?|"
            r"desintrus[aã]o",
            "military_operation",
        ),
    ]
)

# --- Weapons -----------------------------------------------------------------------------------
WEAPONS = _terms(
    [
        (
            r"military[- ]grade\s+weapons?|weapons?\s+of\s+war|armas?\s+de\s+guerra|"
            r"armas?\s+de\s+(?:uso\s+)?militar|armamento\s+militar|grenade\s+launcher|"
            r"rocket(?:-propelled)?\s+(?:launcher|grenades?)|lanzacohetes|lança-granadas|"
            r"granadas?|grenades?|explosivos?|explosives?",
            "military_grade",
        ),
        (
            r"(?:assault\s+)?rifles?|AR-15|AK-47|fusi(?:l|les)|fuzis|fuzil|carabinas?|"
            r"sub-?machine\s+guns?|metralhadoras?|ametralladoras?",
            "rifle",
        ),
        (
            r"pistols?|handguns?|revolv(?:ers?|er)|pistolas?|rev[oó]lver(?:es)?|"
            r"service\s+weapon|arma\s+de\s+reglamento|arma\s+de\s+fogo|armas?\s+de\s+fuego|"
            r"firearms?|guns?",
            "firearm",
        ),
        (
            r"rubber\s+bullets|balas\s+de\s+goma|perdigones|balas\s+de\s+borracha|"
            r"tear\s+gas|gas(?:es)?\s+lacrim[oó]genos?|g[aá]s\s+lacrimog[eêé]neo|pepper\s+spray|"
            r"spray\s+de\s+pimienta|spray\s+de\s+pimenta|water\s+cannons?|tanquetas?|"
            r"pellet\s+guns?|bean\s*bag",
            "less_lethal",
        ),
        (r"tasers?|stun\s+guns?|pistolas?\s+el[eé]ctricas?|armas?\s+de\s+choque", "electric"),
        (r"batons?|nightsticks?|lathis?|porras?|bast[oó]n(?:es)?|cassetetes?|tolete", "blunt"),
        (r"knives|knife|cuchillos?|facas?|machetes?", "blade"),
        (r"choke-?holds?|estrangulamiento|mata-le[aã]o|chokehold", "restraint"),
    ]
)

# --- Allegations -------------------------------------------------------------------------------
ALLEGATIONS = _terms(
    [
        (
            r"extrajudicial(?:\s+(?:killings?|executions?))?|extra-judicial|summary\s+executions?|"
            r"executed|executing|summar(?:y|ily)\s+execut\w*|execution-style|execut(?:aram|ou)|ejecut(?:aron|ó)|fake\s+encounters?|staged\s+encounters?|"
            r"ejecuci(?:ón|ones)\s+extrajudicial(?:es)?|ejecutad[oa]s?|ejecuci[oó]n\s+sumaria|"
            r"falsos\s+positivos|execu[cç](?:ão|ões)(?:\s+sumária|\s+extrajudicial)?|"
            r"executad[oa]s?|ajusticiad[oa]s?|in\s+cold\s+blood|a\s+sangre\s+fr[ií]a|"
            r"a\s+sangue\s+frio|"
            # killed with no fight: "there was no exchange of fire", "não houve confronto"
            r"(?:there\s+was\s+)?no\s+exchange\s+of\s+fire|no\s+hubo\s+(?:tal\s+)?enfrentamiento|"
            r"n[aã]o\s+houve\s+(?:troca\s+de\s+tiros|confronto)",
            "extrajudicial_execution",
        ),
        (
            r"excessive\s+force|disproportionate\s+(?:use\s+of\s+)?force|unnecessary\s+force|"
            r"(?:excessive|disproportionate|unlawful)\s+(?:and\s+\w+\s+)?use\s+of\s+(?:deadly\s+|lethal\s+)?force|"
            r"(?:fired|shot|opened\s+fire)\s+without\s+(?:any\s+)?warning|sin\s+previo\s+aviso|"
            r"sem\s+(?:qualquer\s+)?aviso|uso\s+desproporcional\s+da\s+for[cç]a|"
            r"desproporcional\s+o\s+uso\s+da\s+for[cç]a|"
            r"uso\s+(?:excesivo|desproporcionado)\s+de\s+la\s+fuerza|"
            r"uso\s+excessivo\s+da\s+for[cç]a|abuso\s+de\s+(?:la\s+)?fuerza|"
            # lethal means where the report says none was called for: live ammunition (on a
            # crowd), fire at point-blank range, at someone's back, at random;
            # an attack the writer calls unlawful
            r"live\s+(?:ammunition|rounds|bullets)|munici[oó]n\s+real|balas?\s+de\s+verdad|"
            r"muni[cç][aã]o\s+real|balas?\s+reais|point[- ]blank|a\s+quemarropa|"
            r"[àa]\s+queima-roupa|pelas\s+costas|"
            r"indiscriminate(?:ly)?\s+(?:fir\w*|shell\w*|attacks?|strikes?|bomb\w*|shoot\w*)|"
            r"(?:apparently\s+)?unlawful\s+(?:attacks?|strikes?|killings?)|"
            r"excess(?:ive)?\s+force|excesso\s+de\s+for[cç]a",
            "excessive_force",
        ),
        (
            r"tortur(?:e|ed|ing)|tortura(?:d[oa]s?|ron)?|torturad[oa]s?|tormentos?|"
            r"malos\s+tratos|maus-tratos|ill-treat(?:ed|ment)|golpizas?|palizas?|"
            r"beat(?:en|ing)?\s+(?:\w+\s+)?to\s+death|electric\s+shocks?|"
            r"descargas?\s+el[eé]ctricas?|choques?\s+el[eé]tricos?",
            "torture",
        ),
        (
            r"enforced\s+disappearances?|forcibly\s+disappeared|desaparici[oó]n\s+forzada|"
            r"desaparecid[oa]s?\s+(?:por|tras)|desaparecimento\s+for[cç]ado|desaparecid[oa]s?\s+"
            r"ap[oó]s|disappeared\s+after",
            "enforced_disappearance",
        ),
        (
            r"(?:people|persons|civilians|men)\s+not\s+belonging\s+to\s+the\s+security\s+forces|"
            r"armed\s+civilians|pro-government\s+(?:gangs|militias|groups)|colectivos|"
            r"civiles\s+armados|paramilitar(?:es|y|ies)|milicianos|mil[ií]cias?|"
            r"grupos?\s+de\s+exterm[ií]nio|personas\s+ajenas\s+a\s+los\s+cuerpos\s+de\s+seguridad",
            "non_state_participation",
        ),
        (
            r"denial\s+of\s+information|denied\s+information|(?:relatives|families|family)\s+"
            r"(?:were\s+|have\s+been\s+)?(?:denied|refused|not\s+(?:told|informed))|"
            r"(?:neg(?:aron|ó)|niegan)\s+(?:la\s+)?informaci[oó]n|sin\s+informaci[oó]n|"
            r"no\s+(?:les\s+)?(?:han\s+)?informad[oa]|"
            r"familiares\s+(?:sem|não\s+receberam)\s+informa[cç](?:ão|ões)|"
            r"negaram\s+informa[cç](?:ões|ão)|sem\s+(?:qualquer\s+|nenhuma\s+)?informa[cç](?:ão|ões)|"
            r"kept\s+in\s+the\s+dark|(?:refused|declined)\s+to\s+(?:tell|inform)|"
            r"se\s+neg(?:ó|aron)\s+a\s+informar|negaron\s+(?:cualquier|toda)\s+informaci[oó]n|"
            r"no\s+(?:han|habían|hayan)\s+recibido\s+(?:ninguna\s+)?informaci[oó]n|"
            r"no\s+se\s+les\s+ha\s+dado\s+informaci[oó]n|ni\s+se\s+les\s+ha\s+dado\s+informaci[oó]n|"
            r"sin\s+que\s+ninguna\s+autoridad\s+les|se\s+recusou\s+a\s+informar|"
            r"n[aã]o\s+(?:receberam|tiveram)\s+(?:nenhuma\s+)?informa[cç]|"
            r"n[aã]o\s+explicou\s+o\s+que\s+aconteceu|no\s+(?:ha\s+)?explic(?:ó|ado)\s+(?:qu[eé]|lo\s+que)|"
            r"(?:has|have)\s+not\s+explained\s+what\s+happened",
            "information_denied_to_relatives",
        ),
        (
            r"cremated\s+without|tamper(?:ed|ing)\s+with|planted\s+(?:a\s+)?(?:gun|weapon|evidence)|"
            r"destroy(?:ed|ing)?\s+(?:the\s+)?evidence|moved\s+the\s+bod(?:y|ies)|"
            r"crime\s+scene\s+(?:was\s+)?(?:altered|tampered)|alter(?:ed|ing)\s+the\s+(?:crime\s+)?scene|"
            r"cremad[oa]s?\s+sin|alter(?:aron|ó|ación\s+de)\s+(?:la\s+)?escena|sembr(?:aron|ó)\s+"
            r"(?:armas?|evidencias?)|manipul(?:aron|ó|ación\s+de)\s+(?:la\s+)?escena|"
            r"(?:alterar|alteraram|alterou|altera[cç][aã]o\s+d[ae])\s+(?:a\s+)?(?:cena|local)|"
            r"desfaz(?:er|eram)\s+a\s+cena|remov(?:eram|eu)\s+(?:os\s+)?corpos?|"
            r"plantaram\s+(?:armas?|provas?)|forjaram",
            "evidence_destruction",
        ),
        (
            r"cover[- ]?up|covered\s+up|encubr(?:ir|imiento|ieron)|acobert(?:ar|amento|aram)|"
            r"falsifi(?:ed|caron|caram|cou)|adulter(?:aron|aram)|(?:false|fake)\s+(?:police\s+)?report|"
            r"informe\s+falso|laudo\s+falso|versi[oó]n\s+falsa|vers[aã]o\s+falsa|"
            r"describe[sd]?\s+(?:the\s+)?death\s+as|descreve\s+a\s+morte\s+como|"
            r"describe\s+la\s+muerte\s+como",
            "cover_up",
        ),
    ]
)

# --- Aggregates --------------------------------------------------------------------------------
# the months' names in the three languages, for the cues below
_MONTHS = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november|december|"
    r"enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|"
    r"janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|novembro|dezembro)"
)
# A year told from today: "last year", "el año pasado" (a period, unless a day is told with it)
RELATIVE_YEAR = re.compile(
    r"(?:last|this|that)\s+year|(?:el\s+)?año\s+pasado|este\s+año|(?:no\s+)?ano\s+passado|neste\s+ano",
    re.IGNORECASE,
)
AGGREGATE_CUE = split(
    re.compile(
        r"\b(?:(?:two|three|four|five|six|seven|eight|nine|ten|dos|tres|cuatro|cinco|seis|siete|ocho|"
        r"duas|dois|tr[eê]s|quatro|sete|oito|(?<![\d,.])\d{1,3})\s+(?:separate\s+)?"
        r"(?:police\s+)?(?:operations|ações|operativos|operaciones|operações|incidents|cases|casos|hechos|"
        r"ocorr[eê]ncias|episodios|epis[oó]dios|"
        r"raids|ataques|shootings)|"
        # since an event that opened a period: "Since the coup of February 2021, at least 6,800
        # civilians have been killed", "since the state of emergency was declared", "desde el golpe"
        # (opening the sentence or a clause: not "the first attack since the coup")
        r"(?:(?<=^)|(?<=[,;:(]\s))(?:since|desde)\s+(?:the\s+|el\s+|la\s+|o\s+|a\s+)?"
        r"(?:military\s+|militar\s+)?(?:coup|"
        r"war|conflict|takeover|invasion|crackdown|uprising|insurgency|offensive|state\s+of\s+"
        r"(?:emergency|siege)|golpe|guerra|invasi[oó]n|invas[aã]o|estado\s+de\s+(?:excepci[oó]n|"
        r"emergencia|sitio|emerg[eê]ncia|s[ií]tio))\b|"
        r"(?:(?<=^)|(?<=[,;:(]\s))desde\s+que\s+se\s+(?:declar|decret|impus)\w*|"
        r"(?:since|desde)\s+(?:the\s+start\s+of\s+|el\s+inicio\s+de\s+|o\s+in[ií]cio\s+d[eo]\s+)?"
        # "since 24 February 2022", "desde el 7 de octubre de 2023"
        r"(?:(?:el\s+|o\s+|the\s+)?[0-3]?\d(?:º|st|nd|rd|th)?\s+(?:de\s+|of\s+)?)?"
        rf"(?:{_MONTHS}"
        r"(?:\s+(?:de\s+|of\s+)?(?:19|20)\d\d)?|(?:the|this|el|este|o|este)\s+(?:year|año|ano))|"
        # a span of years: "between 2016 and 2023", "de 2019 a 2024", "entre 2020 e 2023", "the
        # 2022–2023 protests", "2019-2020"
        r"(?<![\d/.-])(?:19|20)\d\d\s*(?:[–—]\s*(?:(?:19|20)?\d\d)|-(?:19|20)\d\d)(?![\d/.-])|"
        r"(?:between|from|entre|de|desde)\s+(?:19|20)\d\d\s+(?:and|to|y|a|e|até|hasta)\s+(?:19|20)\d\d\b|"
        rf"(?:between|from|of|entre|de|desde)\s+(?:{_MONTHS}(?:\s+(?:de\s+)?(?:19|20)\d\d)?)\s+"
        rf"(?:and|to|y|a|e|até|hasta)\s+{_MONTHS}|"
        # a span of days in two months: "from October 7 to March 31", "between 1 January and 30
        # June", "del 1 de enero al 30 de junio", "de 1º de janeiro a 30 de junho"
        rf"(?:between|from|entre|del?|desde)\s+(?:(?:{_MONTHS}\s+[0-3]?\d(?:st|nd|rd|th)?)|"
        rf"(?:(?:el\s+)?[0-3]?\d(?:º|st|nd|rd|th)?\s+(?:de\s+|of\s+)?{_MONTHS}))"
        r"(?:,?\s+(?:de\s+)?(?:19|20)\d\d)?,?\s+(?:and|to|y|al?|e|até|hasta)\s+(?:el\s+)?"
        rf"(?:{_MONTHS}\s+[0-3]?\d|[0-3]?\d(?:º|st|nd|rd|th)?\s+(?:de\s+|of\s+)?{_MONTHS})|"
        # two months together: "em janeiro e fevereiro deste ano", "in May and June"
        rf"(?:in|en|em|durante|during)\s+{_MONTHS}\s+(?:and|y|e)\s+{_MONTHS}|"
        # a total up to a month: "até novembro", "hasta el final de septiembre", "through October"
        r"(?:at[eé]|hasta|until|through)\s+(?:(?:o\s+|el\s+|the\s+)?(?:fim|final|end)\s+(?:de|of)\s+)?"
        rf"{_MONTHS}|"
        # a month's tally a monitor verified: "In April 2024, the Mission verified that 129 civilians
        # were killed", "En marzo de 2024, la misión registró 40 muertes"
        r"(?:in|during|en|durante|em)\s+(?:(?:the\s+month\s+of|el\s+mes\s+de|o\s+m[eê]s\s+de)\s+)?"
        rf"{_MONTHS}\s+(?:of\s+|de\s+)?"
        r"(?:19|20)\d\d,?\s+(?:[\w()'’.-]+\s+){0,10}?(?:verified|recorded|documented|registered|counted|"
        r"verific[oó]|registr[oó]|document[oó]|contabiliz[oó]|verificou|registrou|documentou|"
        # (never the passive of one event: "in November 2020, a massacre later documented by")
        r"contabilizou)\b(?!\s+(?:by|por|pel[oa]s?)\b)|"
        r"desde\s+que\s+(?:comenz|empez|inici|se\s+decret|entr)\w*|desde\s+(?:o|el)\s+(?:in[ií]cio|"
        r"comienzo)|since\s+(?:the\s+)?(?:start|beginning|outbreak)\s+of|"
        # the period a case opened, told after it: "during this period and the months that
        # followed", "over the following weeks", "en los meses siguientes", "nos dias seguintes"
        r"during\s+(?:this|that|the\s+same)\s+period|durante\s+(?:ese|este|aquel)\s+per[ií]odo|"
        r"durante\s+(?:esse|este|aquele)\s+per[ií]odo|"
        r"(?:in|over|during)\s+the\s+(?:following|next|subsequent|ensuing)\s+(?:\w+\s+)?"
        r"(?:days|weeks|months|years)|the\s+(?:days|weeks|months|years)\s+that\s+followed|"
        r"(?:en|durante)\s+(?:los|las)\s+(?:d[ií]as|semanas|meses|años)\s+(?:siguientes|posteriores)|"
        r"(?:nos|nas|durante\s+os|durante\s+as)\s+(?:dias|semanas|meses|anos)\s+"
        r"(?:seguintes|posteriores)|"
        # a wave named by its year: "During the unrest of 2021", "durante el estallido de 2019",
        # "nos protestos de 2013"
        r"(?:during|throughout|in)\s+the\s+(?:[\w-]+\s+)?(?:unrest|protests|uprising|riots|"
        r"demonstrations|crackdown|agitation)\s+of\s+(?:19|20)\d\d(?:[–-]\d\d)?\b|(?:durante|en|em|nos|nas)\s+"
        r"(?:el|la|los|las|o|a|os|as)?\s*(?:estallido|protestas|protestos|disturbios|revuelta|"
        r"manifestaciones|manifesta[cç][oõ]es|levantamiento)\s+(?:social\s+)?de\s+(?:19|20)\d\d\b|"
        # a stretch of days told as the span of a tally: "across the two weeks, ... counted 52
        # people injured", "over the past three weeks", "en las dos semanas", "nas duas semanas"
        r"(?:across|over|throughout|in)\s+(?:the|these|those|its|their)\s+(?:past\s+|last\s+)?"
        r"(?:two|three|four|five|six|seven|eight|nine|ten|\d+|several|few)\s+(?:days|weeks|months)\b|"
        r"(?:en|durante)\s+(?:las|los|estas|estos)\s+(?:[uú]ltim[oa]s\s+)?(?:dos|tres|cuatro|\d+)\s+"
        r"(?:d[ií]as|semanas|meses)\b|(?:nas|nos|durante\s+as|durante\s+os)\s+(?:[uú]ltim[oa]s\s+)?"
        r"(?:duas|dois|tr[eê]s|quatro|\d+)\s+(?:dias|semanas|meses)\b|"
        # the whole of a wave: "during the eight days of protests", "durante los tres días de paro"
        r"(?:during|over|in|throughout)\s+(?:the\s+)?(?:[\w-]+\s+)?(?:days|weeks|months)\s+of\s+"
        r"(?:the\s+)?(?:protests?|unrest|demonstrations|crackdown|strikes?|violence|clashes)|"
        r"(?:durante|en|nos|nas|em)\s+(?:los|las|os|as)\s+(?:[\w-]+\s+)?(?:d[ií]as|semanas|meses)\s+"
        r"(?:de|do|da)\s+(?:las\s+|los\s+|la\s+|el\s+|os\s+|as\s+|a\s+|o\s+)?(?:protestas?|protestos?|"
        r"paro|greve|manifesta[cç](?:ões|ão)|movilizaciones|estallido)|"
        # the years of a policy: "nos anos da chamada guerra às drogas", "in the years of the drug war"
        r"(?:nos|en\s+los|in\s+the|during\s+the|durante\s+(?:os|los))\s+(?:\w+\s+)?(?:anos|años|years)\s+"
        r"(?:d[aeo]s?|of|del?)\b|"
        # a running total: "ACUMULADO DE 2026 (jan.–mar.): pelo menos 71 mortes", "el acumulado del año"
        r"acumulad[oa]s?|"
        # a year's balance: "Policía presenta balance de 2025", "o balanço de 2024", "2025 figures"
        r"(?:balance|balan[cç]o|saldo|cifras|estad[ií]sticas|estat[ií]sticas|figures|statistics)\s+"
        r"(?:anual\s+|annual\s+)?(?:de|del|do|da|of|for)\s+(?:(?:el|o|the)\s+)?(?:a[nñ]o\s+|ano\s+|"
        r"year\s+)?(?:19|20)\d\d\b|"
        # a financial year's report: "in the 2024/25 financial year", "its most recent annual report"
        r"(?:financial|fiscal)\s+year|(?:a[nñ]o|ejercicio|ano)\s+fiscal|"
        r"(?<![\d/.-])(?:19|20)\d\d/(?:19|20)?\d\d(?![\d/.-])|(?:annual|yearly)\s+report|"
        r"informe\s+anual|relat[oó]rio\s+anual|"
        # a quarter's or a half-year's tally: "o primeiro trimestre de 2026 fecha com 71 mortes"
        r"(?:first|second|third|fourth|primer|segundo|tercer|cuarto|primeiro|terceiro|quarto)\s+"
        r"(?:quarter|half|trimestre|semestre)|"
        r"durante\s+el\s+año|during\s+the\s+year|durante\s+o\s+ano|en\s+el\s+mismo\s+per[ií]odo|"
        r"in\s+the\s+same\s+period|no\s+mesmo\s+per[ií]odo|"
        r"throughout\s+the\s+country|across\s+the\s+country|nationwide|in\s+the\s+country|"
        # a movement or a war told from its start: "during the mass protests that began in October
        # 2019", "desde que comenzó la guerra en 2023"
        r"(?:began|started|broke\s+out|comenz[oó]|empez[oó]|estall[oó]|come[cç]ou|eclodiu)\s+"
        r"(?:in|en|em)\s+(?:(?:[A-Za-z]+|[a-zç]+)\s+(?:de\s+)?)?(?:19|20)\d\d\b|"
        # many divisions at once: "in the coastal governorates", "en las provincias del norte"
        r"(?:in|across|throughout|en|em|nos|nas)\s+(?:the\s+|las\s+|los\s+|os\s+|as\s+)?(?:[\w-]+\s+)?"
        r"(?:governorates|provinces|regions|districts|departments|provincias|regiones|departamentos|"
        r"distritos|prov[ií]ncias|regi[oõ]es)\b|"
        r"so\s+far\s+this\s+year|this\s+year|last\s+year|each\s+year|every\s+year|per\s+year|"
        r"a\s+year|since\s+(?:19|20)\d\d|since\s+January|(?:in|during)\s+(?:19|20)\d\d|"
        r"between\s+(?:19|20)\d\d\s+and|en\s+todo\s+el\s+pa[ií]s|en\s+el\s+pa[ií]s|a\s+nivel\s+nacional|"
        r"en\s+lo\s+que\s+va\s+del?\s+(?:año|mes|(?:19|20)\d\d)|so\s+far\s+in\s+(?:19|20)\d\d|"
        r"at[eé]\s+(?:agora|aqui|o\s+momento)\s+(?:em|neste)\s+(?:ano|(?:19|20)\d\d)|"
        # a running tally told from the last deaths: "Con estas dos muertes suman 31 las personas"
        r"(?:con|com)\s+(?:est[ae]s?|ess[ae]s?)\s+(?:\w+\s+){0,2}?(?:muertes|mortes|casos|"
        r"v[ií]ctimas|fallecimientos|[oó]bitos)\s*,?\s+(?:suman|ya\s+son|son\s+ya|ascienden\s+a|"
        r"somam|sobe\s+para|chega\s+a|s[aã]o\s+j[aá])|este\s+año|el\s+año\s+pasado|cada\s+año|al\s+año|"
        r"por\s+año|desde\s+(?:19|20)\d\d|desde\s+enero|(?:en|durante)\s+(?:el\s+)?(?:19|20)\d\d|"
        r"entre\s+(?:19|20)\d\d\s+y|em\s+todo\s+o\s+pa[ií]s|no\s+pa[ií]s|neste\s+ano|"
        r"no\s+ano\s+passado|por\s+ano|a\s+cada\s+ano|desde\s+(?:19|20)\d\d|(?:em|durante)\s+"
        r"(?:19|20)\d\d|entre\s+(?:19|20)\d\d\s+e|since\s+taking\s+office|in\s+recent\s+years|"
        r"en\s+los\s+[uú]ltimos\s+años|nos\s+[uú]ltimos\s+anos|in\s+the\s+past\s+decade|"
        r"over\s+the\s+(?:past|last)\s+\w+\s+(?:years|months)|"
        # a count of months or years: "over ten months", "ao longo de dez meses", "en los
        # últimos ocho meses", "durante dos años"
        r"(?:over|across|within|in\s+the\s+(?:past|last))\s+(?:two|three|four|five|six|seven|eight|"
        r"nine|ten|eleven|twelve|eighteen|\d{1,2})\s+(?:months|years)|"
        r"(?:ao\s+longo\s+de|a\s+lo\s+largo\s+de|durante|nos\s+[uú]ltimos|nas\s+[uú]ltimas|"
        r"en\s+los\s+[uú]ltimos)\s+(?:dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|"
        r"dois|tr[eê]s|quatro|sete|oito|nove|dez|onze|doze|\d{1,2})\s+(?:meses|años|anos)|"
        # a quarter or a half: "en el trimestre", "no primeiro semestre", "in the first quarter"
        r"(?:en|durante|no|nos|in|during)\s+(?:(?:el|o|the|este|esse|this)\s+)?(?:(?:primer|segundo|tercer|"
        r"cuarto|último|ultimo|primeiro|terceiro|quarto|first|second|third|fourth|last)\s+)?"
        r"(?:trimestre|semestre|bimestre|quarter|half))\b",
        re.IGNORECASE,
    )
)

# Statistics over many incidents: "killed at three times the rate", "el número de muertes".
# A toll raised to its figure, right before "the number of people killed" (a statistic's words
# otherwise): "raising to three the number of people killed", "elevando a cinco el número de
# víctimas", "subindo para sete o número de mortes"
TOLL_RAISED_TO = re.compile(
    r"\b(?:rais(?:ing|ed|es)|bring(?:ing|s)?|brought|push(?:ing|ed|es)|tak(?:ing|es)|took|"
    r"elev(?:a|an|ó|ando|ou|aram|aron)|sub(?:e|en|ió|iendo|iu|indo)|sobe|"
    r"aument(?:a|ó|ando|ou))\s+(?:a|to|para)\s+[\w-]+\s+(?:the|el|o)\s+$",
    re.IGNORECASE,
)
# Words that make a figure a period's: "since the end of May", "so far", "en lo que va",
# "neste ano", "in 2024"
OVER_A_PERIOD = (
    r"\b(?:since|desde|this\s+year|so\s+far|este\s+a[ñn]o|en\s+lo\s+que\s+va|neste\s+ano|"
    r"este\s+ano|at[ée]\s+agora|hasta\s+ahora|(?:in|en|em)\s+(?:19|20)\d\d)\b"
)
# The number of the dead of one event, not of a register: "the number of people killed in a
# police operation in Lakes Pen last night" (but "in police operations this year" is a register's)
_ONE_EVENT = (
    r"(?!\s+(?:in|during|at)\s+(?:an?|the|[\w-]+['’]s)\s+(?:[\w-]+\s+){0,2}?(?:operation|raid|"
    r"shooting|clash|attack|strike|incident|protest|crackdown|confrontation)\b"
    rf"(?![^.;]{{0,60}}?{OVER_A_PERIOD}))"
)
# (nor a case's toll brought up to date: "..., bringing the number of people killed in the
# shooting to two")
_NOT_BROUGHT_UP = r"(?<!bringing\sthe\s)(?<!brings\sthe\s)(?<!raising\sthe\s)(?<!taking\sthe\s)"
STATISTIC = re.compile(
    # a share of all the cases: "State agents were responsible for 61 per cent of the violations
    # documented", "el 40 % de las muertes", "54% dos casos"
    r"(?:per\s+cent|percent|%|por\s+ciento|por\s+cento)\s+(?:of\s+(?:the\s+|all\s+)?|de\s+(?:las\s+|los\s+|"
    r"todas\s+las\s+|todos\s+los\s+)?|d[oa]s\s+)(?:[\w-]+\s+){0,2}?(?:violations|cases|killings|"
    r"deaths|incidents|abuses|victims|violaciones|casos|muertes|v[ií]ctimas|viola[cç][oõ]es|mortes)\b|"
    # a case numbered among the year's: "É o segundo caso de morte sob custódia levado à
    # Provedoria este ano", "the third fatal police shooting in Queensland this year"
    # (said of it as a sentence's own subject, not a case's apposition: "Police shot dead a man on
    # Friday, the city's third police shooting this year" tells the case)
    r"\b(?:é|foi|es|fue|is|was|marks|marked|marca|marc[oó])\s+(?:o|el|the|a|la)\s+"
    r"(?:segund[oa]|tercer[oa]?|terceir[oa]|cuart[oa]|quart[oa]|quint[oa]|second|third|fourth|"
    r"fifth|sixth)\s+(?:[\w-]+\s+){0,2}?(?:caso|case|muerte|morte|death|killing|shooting|"
    r"v[ií]ctima|victim)\b[^.;]{0,80}?\b(?:este\s+año|en\s+lo\s+que\s+va\s+del?\s+año|"
    r"este\s+ano|neste\s+ano|deste\s+ano|this\s+year|so\s+far)\b(?!\s*:)|"
    r"\b(?:(?:has|have|had)\s+(?:\w+\s+)?(?:killed|injured|wounded|maimed)\s+(?:tens\s+of\s+|"
    r"hundreds\s+of\s+)?(?:thousands|hundreds|dozens|countless|scores|many)|"
    # a toll in the perfect, in thousands: "police have killed more than 6,000 people"
    r"(?:has|have)\s+(?:\w+\s+)?(?:killed|injured|wounded)\s+(?:more\s+than\s+|over\s+|"
    r"at\s+least\s+|nearly\s+|almost\s+|some\s+|about\s+|around\s+)?\d{1,3}(?:,\d{3})+|times\s+the\s+rate|rates?\s+of|per\s+capita|per\s+100,?000|por\s+cada\s+100|"
    r"a\s+cada\s+100|tasas?\s+de|taxas?\s+de|n[uú]mero\s+de\s+(?:mortes|muertes|v[ií]ctimas)|"
    rf"{_NOT_BROUGHT_UP}number\s+of\s+(?:deaths|people\s+killed|killings|(?:fatal\s+)?(?:police\s+)?shootings){_ONE_EVENT}|índices?\s+de|queda\s+n[oa]|"
    # a count asked of a register: "the number of people fatally shot by police was as follows",
    # "the number of incidents in which officers discharged a weapon"
    rf"{_NOT_BROUGHT_UP}number\s+of\s+(?:people|persons|individuals|incidents|occasions|operations|cases)\s+"
    rf"(?:in\s+which|where|(?:\w+ly\s+)?(?:shot|killed|injured|wounded|died|who\s+died))\b{_ONE_EVENT}|"
    # a part of a total: "171 de esas muertes se produjeron por uso de armas de fuego", "40 of
    # those killings"; a total's change: "las muertes bajo custodia crecieron un 18%"
    r"\d[\d.,]*\s+(?:of\s+(?:these|those|the)|de\s+(?:esas|estas|las|aquellas)|d(?:essas|estas|as))\s+"
    r"(?:deaths|killings|muertes|mortes|v[ií]ctimas|victims)\b|"
    r"\b(?:crecieron|aumentaron|subieron|cayeron|bajaron|disminuyeron|cresceram|aumentaram|"
    r"ca[ií]ram|diminu[ií]ram|rose|fell|increased|decreased|grew|dropped)\s+(?:(?:un|en|em|by)\s+)?"
    r"\d+(?:[.,]\d+)?(?:(?=\s*%)|\s*(?:por\s+ciento|percent|per\s+cent|por\s+cento))|"
    # a figure asked for: "How many fatal police shootings has the division had this year?"
    r"how\s+many\s+(?:[\w-]+\s+){0,3}?(?:shootings|killings|deaths|people|persons|civilians|"
    r"incidents|cases)\b|cu[aá]nt[oa]s\s+(?:[\w-]+\s+){0,3}?(?:muertes|muertos|personas|"
    r"v[ií]ctimas|casos)\b|quant[oa]s\s+(?:[\w-]+\s+){0,3}?(?:mortes|mortos|pessoas|v[ií]timas|"
    r"casos)\b|"
    # a year's register: "In the year ending March 2025 there were 10,912 operations"
    r"(?:in|for|during|over)\s+the\s+(?:financial\s+|calendar\s+)?(?:year|12\s+months)\s+"
    r"(?:ending|ended|to)\s+(?:\d{1,2}\s+)?(?:January|February|March|April|May|June|July|"
    r"August|September|October|November|December)\b|"
    # figures told as figures: "shot five people in 2025, three of them fatally, according to
    # department figures" (not "según datos de la Policía", which sources one case's facts)
    r"according\s+to\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:figures|statistics|tallies|tally)\b|"
    # a fraction of all the harmed: "A sixth of those shot by police die", "un tercio de los muertos"
    r"(?:a|one|un|una|um|uma)\s+(?:third|quarter|fifth|sixth|seventh|eighth|tenth|tercio|"
    r"quinto|sexto|d[eé]cimo|ter[cç]o)\s+(?:parte\s+)?(?:of|de|d[oa]s?)\s+(?:those|all|the|"
    r"los|las|todos|todas|os|as|aqueles|aquellos)\b|"
    # a share of many deaths: "a maioria das mortes ocorre em confrontos", "most of the killings"
    r"(?:a\s+maioria|a\s+maior\s+parte|metade|la\s+mayor[ií]a|la\s+mayor\s+parte|la\s+mitad|"
    r"most|half)\s+(?:d[ao]s|de\s+(?:las|los)|of\s+(?:the\s+|these\s+|those\s+)?)\s*"
    r"(?:mortes|muertes|deaths|killings|homic[ií]dios|v[ií]timas|victims)\b|"
    # a year's tally: "recorded 38 deaths during or following operations ... in 2023"
    r"(?:recorded|registered|counted|tallied|logged|documented)\s+(?:a\s+total\s+of\s+|at\s+least\s+|"
    r"more\s+than\s+|over\s+|some\s+)?\d[\d,]*\s+"
    r"(?:\w+\s+){0,2}?(?:deaths|killings|fatalities|injuries|killed|dead|injured|wounded)\b"
    r"(?=[^.;]{0,120}?\b(?:(?:in|during|over|"
    r"throughout)\s+(?:the\s+year\s+)?(?:19|20)\d\d\b|since\b))|"
    # the cases a report documented, told as one overview: "LKDH documented three incidents in
    # April 2026 in which officers killed five people"
    r"(?:documented|recorded|investigated|verified)\s+(?:at\s+least\s+)?(?:two|three|four|five|six|"
    r"seven|eight|nine|ten|\d+)\s+(?:separate\s+)?(?:incidents|cases|killings|attacks)\s+"
    r"(?:in|between|since|during|from)\b|"
    # the cases told after or before it, summed up: "In these incidents, at least five civilians
    # were killed", "en esos cuatro casos murieron", "nesses episódios"
    r"\b(?:in|across|during)\s+(?:these|those|all\s+(?:these|those|the)|the\s+(?:two|three|four|"
    r"five|six|seven|eight|nine|ten|\d+))\s+(?:incidents|cases|attacks|operations|strikes|raids|"
    r"events)\b|"
    r"\b(?:en|durante)\s+(?:estos|esos|aquellos|l[oa]s\s+(?:dos|tres|cuatro|cinco|seis|siete|ocho|"
    r"nueve|diez|\d+))\s+(?:casos|hechos|incidentes|ataques|operativos|episodios)\b|"
    r"\b(?:nestes|nesses|naqueles|n[oa]s\s+(?:dois|duas|tr[eê]s|quatro|cinco|seis|sete|oito|nove|"
    r"dez|\d+))\s+(?:casos|incidentes|ataques|epis[oó]dios|opera[cç][oõ]es)\b|"
    # ... in Spanish and Portuguese: "el Observatorio documentó dos casos de uso letal de la
    # fuerza", "a Defensoria registrou sete ocorrências"
    r"(?:document[oó]|registr[oó]|contabiliz[oó]|document(?:ou|aram|aron)|registr(?:ou|aram|aron)|"
    r"contabiliz(?:ou|aram|aron))\s+(?:al\s+menos\s+|pelo\s+menos\s+)?(?:dos|tres|cuatro|cinco|seis|"
    r"siete|ocho|nueve|diez|dois|duas|tr[eê]s|quatro|sete|oito|nove|dez|\d+)\s+(?:casos|hechos|"
    r"eventos|incidentes|episodios|epis[oó]dios|ocorr[eê]ncias)\b|"
    # a tally kept in the perfect: "el Comité ha documentado en la provincia 19 muertes de
    # civiles", "a Defensoria já registrou 40 mortes", "has recorded 12 deaths"
    r"\b(?:ha|han|h[aá]|tem|t[eê]m|has|have)\s+(?:ya\s+|j[aá]\s+)?(?:documentado|registrado|"
    r"contabilizado|documented|recorded|registered|counted)\s+(?:[^\d.;]{0,30}?)\d[\d.,]*\s+"
    r"(?:muertes|mortes|asesinatos|assassinatos|homicidios|homic[ií]dios|v[ií]ctimas|deaths|"
    r"killings)\b|"
    # a toll over years, or figures that count it: "more than 6,000 people killed in police
    # anti-drug operations from mid-2016 to 2022", "entre 2019 y 2023", "the government's own
    # figures count"
    r"\b(?:from|between|entre|desde|de)\s+(?:(?:mid|early|late|finales\s+de|fines\s+de|"
    r"mediados\s+de|meados\s+de|fins\s+de)[\s-]*)?(?:19|20)\d\d\s+(?:to|and|until|through|y|a|"
    r"hasta|e|at[eé])\s+(?:(?:mid|early|late)[\s-]*)?(?:19|20)\d\d\b|"
    r"\b(?:figures|statistics|data|cifras|datos|dados|estat[ií]sticas)\s+(?:count|show|record|"
    r"put|cuentan|muestran|registran|contam|mostram|registram)\b|"
    # a year's tally told as an act: "Texas law enforcement officers shot 171 people in 2024, 87
    # of them fatally"
    r"\b(?:shot|killed|wounded|injured)\s+(?:at\s+least\s+|more\s+than\s+|over\s+)?"
    r"\d{2,}[\d,]*\s+(?:people|persons|civilians|men|suspects)\s+(?:in|during)\s+(?:19|20)\d\d\b|"
    # a register's category: "não divulgou separadamente os casos de mortes em intervenção
    # policial", "los casos de muertes por intervención policial"
    r"\b(?:os|los|the|dos|de\s+los)\s+casos\s+de\s+(?:mortes|muertes)\s+(?:em|por|en|"
    r"decorrentes\s+de)\s+interven[cç]\w*|"
    # a sum: "as mortes por intervenção de agentes do Estado somaram 101 casos em 2023",
    # "sumaron 48 muertes", "killings totalled 312"
    r"\b(?:somaram|somou|sumaron|sum[oó]|totaliza(?:ram|ron)|totaliz(?:ou|ó)|totall?ed|"
    r"totall?ing|added\s+up\s+to)\s+(?:\w+\s+){0,2}?\d[\d.,]*\s+(?:casos|mortes|muertes|"
    r"v[ií]timas|deaths|cases|killings|victims|ocorr[eê]ncias)\b|"
    # a year's toll, the whole year: "14 pessoas morreram em intervenções policiais ao longo de
    # 2025", "a lo largo de 2024", "over the course of 2023"
    r"(?:ao\s+longo\s+de|a\s+lo\s+largo\s+de|over\s+the\s+course\s+of)\s+(?:(?:todo\s+)?"
    r"(?:o|el|the)\s+(?:ano|a[nñ]o|year)\s+(?:de\s+)?)?(?:19|20)\d\d\b|"
    # a rise in the harm counted ("aumento de 30%", "aumento das mortes"), not in what
    # protesters protest ("protestos contra o aumento dos combustíveis")
    # a toll over several events, the overview of the cases told after it: "killed at least 19
    # civilians in five attacks", "murieron 12 personas en cuatro operativos"
    r"\b(?:in|en|em)\s+(?:at\s+least\s+|al\s+menos\s+|pelo\s+menos\s+)?(?:three|four|five|six|seven|"
    r"eight|nine|ten|several|multiple|numerous|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|"
    r"varios|varias|tr[eê]s|quatro|sete|oito|nove|dez|v[aá]ri[oa]s)\s+(?:separate\s+|"
    r"distintos\s+|diferentes\s+|distintas\s+)?(?:attacks|strikes|air\s*strikes|incidents|"
    r"operations|raids|shootings|ataques|operativos|operaciones|opera[cç][oõ]es|incidentes|"
    r"bombardeos|bombardeios|a[cç][oõ]es|ocorr[eê]ncias|hechos|eventos|episodios|epis[oó]dios|"
    r"events|episodes)\b|"
    # the n-th time of its kind in a period: "É a segunda vez este ano que um agente da PSP
    # dispara contra um veículo", "the third time this year that officers have fired"
    r"\b(?:segunda|tercera|terceira|cuarta|quarta|quinta|second|third|fourth|fifth)\s+(?:vez|time)\s+"
    r"(?:este|esta|en\s+lo\s+que\s+va|this|desde|since|in|no|en\s+el|em)\b|"
    # the n-th of its kind since a year: "O motim deste fim de semana é o terceiro com presos
    # feridos ... desde 2022", "the third such raid since 2021"
    r"\b(?:o|el|the)\s+(?:segundo|terceiro|tercero|cuarto|quarto|quinto|second|third|fourth|fifth)"
    r"\s+[^.;]{0,100}?\b(?:desde|since)\s+(?:19|20)\d\d\b|"
    # a year's figures: "ASIRT figures show police in Alberta shot nine people in 2025"
    r"\b(?:figures|data|statistics)\s+(?:\w+\s+){0,4}?(?:show|shows|showed)\b"
    r"(?=[^.;]{0,120}?\b(?:in|during|since|over)\s+(?:the\s+year\s+)?(?:19|20)\d\d\b)|"
    # a category of complaints counted: "maus-tratos e uso excessivo da força, com 29 casos",
    # "abuso policial, con 41 denuncias", "excessive force, with 17 complaints"
    r"\b(?:com|con|with)\s+\d+\s+(?:casos|queixas|den[uú]ncias|quejas|cases|complaints)\b|"
    # a count of occasions over years: "fired at people 11 times from 2019 through 2024",
    # "dispararon en 14 ocasiones entre 2020 y 2024", "atiraram 9 vezes desde 2021"
    r"\b\d+\s+(?:times|ocasiones|veces|vezes|ocasi[oõ]es)\s+(?:from|between|since|in|during|"
    r"over|entre|desde|en|em|de)\s+(?:19|20)\d\d\b|"
    r"aumento\s+(?:de|d[oa]s?|en\s+(?:el|la|los|las))\s+(?:\d|(?:[\w-]+\s+)?(?:muert|mort|homic|letalidad|"
    r"asesinat|assassinat|v[ií]ctimas|casos|den[uú]ncias|[ií]ndices?|tasas?|taxas?|n[uú]mero|"
    r"ejecuc|execu[cç]))|(?:rise|decline|increase|drop)\s+in\s+(?:the\s+)?(?:number|deaths|"
    r"killings)|(?:siguieron|sigui[oó]|continuaram|continuou|continued|kept)\s+(?:en\s+|em\s+)?"
    r"(?:aumento|alta|rising|to\s+rise|to\s+grow|creciendo|crescendo)|"
    r"(?:aumentaron|crecieron|cayeron|disminuyeron|aumentaram|cresceram|ca[ií]ram|diminu[ií]ram|"
    r"rose|fell|doubled|tripled|duplicaron|dobraram)\s+(?:un|a|by|en|em)?\s*\d|"
    # a tally its authors kept over a period: "Este ano, até ao fim de Setembro, já contámos 37
    # jovens mortos por agentes", "en lo que va del año registramos 12 muertes"
    r"(?:cont[aá]mos|contabiliz[aá]mos|registr[aá]mos|document[aá]mos|"
    # or others kept: "el Observatorio documentó 19 muertes bajo custodia en ese año"
    r"contabiliz(?:ó|ou|an|am|a)|registr(?:ó|ou|an|am)|document(?:ó|ou|ed|an|am)|recorded|"
    r"counted|tallied|record|count)\s+"
    r"(?:(?:j[aá]|ya|al\s+menos|at\s+least|"
    r"pelo\s+menos|mais\s+de|m[aá]s\s+de)\s+)?\d[\d.,]*(?=[^.;]{0,160}?\b(?:este\s+ano|este\s+a[nñ]o|"
    r"en\s+lo\s+que\s+va|no\s+ano|en\s+el\s+a[nñ]o|en\s+ese\s+a[nñ]o|nesse\s+ano|naquele\s+ano|"
    r"(?:in|during)\s+that\s+year|so\s+far\s+this\s+year|"
    # or between two days: "contabilizou 315 mortos entre 21 de outubro de 2024 e 15 de janeiro"
    r"(?:entre|between)\s+(?:el\s+|o\s+|the\s+)?(?:\d{1,2}\s+(?:de\s+)?\w+|[A-Z][a-z]+\s+\d{1,2})"
    r"(?:,?\s+(?:de\s+)?\d{4})?\s+(?:e|y|and)\s+|"
    r"desde\s+(?:o\s+in[ií]cio|el\s+inicio|janeiro|enero)))|"
    r"(?:este\s+ano|este\s+a[nñ]o|en\s+lo\s+que\s+va\s+del\s+a[nñ]o|no\s+ano\s+passado|"
    r"el\s+a[nñ]o\s+pasado)\b[^.;]{0,60}?(?:cont[aá]mos|contabiliz[aá]mos|registr[aá]mos|"
    r"document[aá]mos)\s+(?:(?:j[aá]|ya)\s+)?\d+|"
    # a share of a total, told first: "Do total de tiroteios, 19 aconteceram durante ações
    # policiais", "De los fallecidos, nueve murieron en operativos", "17% dos tiroteios"
    r"^\s*(?:do|da|dos|das|del|de\s+(?:los|las|el|la)|of\s+the)\s+(?:total\s+(?:de|of|d[oa]s)\s+)?"
    r"(?:[\w-]+\s+)?(?:fallecid[oa]s|muert[oa]s|mort[oa]s|v[ií]timas|dead|deaths|killings|victims|"
    r"tiroteios|tiroteos|shootings|casos|cases)(?=\s*,)|"
    r"\b\d+(?:[.,]\d+)?\s*%\s+(?:d[oa]s|de\s+(?:los|las)|of\s+(?:the\s+)?)\s*(?:[\w-]+\s+)?"
    r"(?:tiroteios|tiroteos|shootings|mortes|muertes|deaths|killings|homic[ií]dios|casos|cases)\b|"
    # a count of the year's cases: "it is the first officer-involved shooting in South Carolina
    # this year"
    r"\b(?:first|second|third|fourth|fifth|\d+(?:st|nd|rd|th))\s+(?:[\w-]+\s+){0,3}?"
    r"(?:shootings?|killings?|deaths?)\b[^.;]{0,60}?\b(?:this|last)\s+year\b|"
    # a total over the period a report covers: "durante el período, al menos 212 personas
    # resultaron heridas", "during the period", "no período"; a part of a set of cases: "49 of
    # the killings", "12 de las muertes", "30 das mortes"
    r"(?:durante|during|over|in|en|em|no|en\s+todo|throughout)\s+(?:el|the|o|ese|esse|this|este)?\s*"
    r"per[ií]od[oe]\b(?!\s+(?:de|of)\s+(?:\d|tiempo|time))|"
    # the month a bulletin covers: "during the month", "durante el mes", "ao longo do mês"
    r"(?:durante|during|over|throughout|ao\s+longo\s+d[eo])\s+(?:el\s+|the\s+|o\s+)?(?:month|mes|m[eê]s)\b"
    r"(?!\s+(?:of|de|do)\b)|"
    # a year's tally in es/pt: "a Polícia Nacional registou 27 disparos ... em 2024", "la
    # fiscalía contabilizó 40 muertes durante 2023"
    r"\b(?:regist(?:r)?(?:ou|[oó]|aram|aron)|contabiliz(?:ou|[oó]|aram|aron)|"
    r"document(?:ou|[oó]|aram|aron))\s+(?:(?:um|un)\s+total\s+de\s+|pelo\s+menos\s+|al\s+menos\s+|"
    r"mais\s+de\s+|m[aá]s\s+de\s+)?\d[\d.,]*\s+(?=[^.;]{0,120}?\b(?:em|en|durante)\s+(?:19|20)\d\d\b)|"
    # the first months of a year, told as one span: "In the first nine months of 2026 alone, at
    # least 1,050 civilians were killed", "en el primer semestre de 2025", "nos primeiros seis
    # meses do ano"
    r"(?:in|during|over)\s+the\s+first\s+(?:[\w-]+\s+)?(?:months|weeks|half|quarter)\s+of\s+"
    r"(?:the\s+year|this\s+year|(?:19|20)\d\d)|"
    r"(?:en|durante)\s+(?:los|el)\s+primer(?:os)?\s+(?:[\w-]+\s+)?(?:meses|semanas|semestre|"
    r"trimestre)\s+(?:de|del)\s+(?:a[nñ]o|(?:19|20)\d\d)|"
    r"(?:n[oa]s?|durante\s+[oa]s?)\s+primeir[oa]s?\s+(?:[\w-]+\s+)?(?:meses|semanas|semestre|"
    r"trimestre)\s+d[eoa]\s+(?:ano|(?:19|20)\d\d)|"
    # the share of a tally over several operations: "Of the 11 people killed in police
    # operations, ...", "De los 14 muertos en operativos, ..."
    r"^\s*(?:of\s+the|de\s+l[oa]s|d[oa]s)\s+\d[\d.,]*\s+(?:[\w-]+\s+){0,2}?(?:killed|dead|"
    r"muert[oa]s|mort[oa]s|fallecid[oa]s|v[ií]timas|victims)\s+(?:in|during|en|em|durante)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:operations|raids|incidents|shootings|operativos|operaciones|"
    r"opera[cç][oõ]es|a[cç][oõ]es|incidentes|allanamientos)\b|"
    r"\d[\d.,]*\s+(?:of\s+the|de\s+las|de\s+los|das|dos)\s+(?:killings|deaths|cases|shootings|"
    r"muertes|casos|mortes|homicidios|homic[ií]dios)\b|"
    # a count with its share of a total: "294 (el 50,4%) ocurrieron en cárceles", "41 (12%)"
    r"\d[\d.,]*\s+\((?:el\s+|o\s+|the\s+)?\d{1,3}(?:[.,]\d+)?(?=\s*%\))|"
    # a figure set against another year's: "durante 2023, contra 74 en 2022", "en 2022 habían
    # sido 11", "compared with 11 in 2022"
    r"(?:contra|frente\s+a|versus|against|compared\s+(?:with|to))\s+(?:los\s+|las\s+|os\s+|as\s+)?"
    r"\d[\d.,]*\s+(?:\w+\s+)?(?:en|em|in|de|do)\s+(?:19|20)\d\d|"
    r"(?:en|em|in)\s+(?:19|20)\d\d\s+(?:hab[ií]an?\s+sido|fueron|eran|foram|eram|tinham\s+sido|"
    r"were|had\s+been)\s+\d+|"
    r"(?:cantidad|n[uú]mero|quantidade|number)\s+(?:de\s+|of\s+)(?:veces|vezes|times)|"
    # how many were harmed, asked or told as a count ("la cantidad de personas fallecidas y
    # lesionadas en intervenciones de la Policía"), and a list of years
    r"(?:cantidad|quantidade)\s+(?:total\s+)?(?:de|d[oa]s?)\s+"
    r"(?:(?:personas|pessoas)\s+)?(?:fallecid|muert|mort|falecid|herid|lesionad|ferid)\w*|"
    r"\b(?:en|em|in)\s+(?:los\s+|os\s+|the\s+)?(?:años|anos|years)\s+(?:19|20)\d\d\s*,|"
    # a figure from one year to another: "passaram de 92 em 2019 para 141 em 2023", and what
    # the same span holds ("no mesmo período, ao menos 37 pessoas")
    r"\d[\d.,]*\s+(?:em|en|in)\s+(?:19|20)\d\d\s+(?:para|a|to)\s+\d[\d.,]*\s+(?:em|en|in)\s+"
    r"(?:19|20)\d\d|(?:mesmo|mismo|same)\s+per[ií]od[oe]|"
    # a ranking: "em números absolutos", "in absolute terms", "o estado que mais registra mortes",
    # "el país que más muertes registra"
    r"(?:en|em|in)\s+(?:n[uú]meros|t[eé]rminos|termos|numbers|terms)\s+absolut[oe]s?|"
    r"que\s+m[aá]i?s\s+(?:\w+\s+)?(?:registra|registran|registram|mata|matan|matam|concentra)n?)\b",
    re.IGNORECASE,
)
