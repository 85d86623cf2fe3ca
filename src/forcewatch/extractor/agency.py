"""Who did what to whom: sentences in which state agents harm people, and the reverse.

Relevance turns on agency, not on words: "police said the man shot his wife" names police and a
shooting, but the police are the source, not the shooter. A sentence counts as *agentive* when a
force is the subject of a harming verb with no reporting verb between them ("officers fatally shot
a man", "los policías abatieron a"), when a force is the agent of a passive harm ("was shot by
Burbank police", "morto por policiais"), or when the harm is framed as the agents' act ("police
shooting", "enfrentamiento con la policía", "operação policial deixa quatro mortos"). Sentences where
an agent is the one harmed ("an officer was shot") are marked apart: they feed agents_killed but do
not make a report relevant on their own.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache, lru_cache

import pycountry

from forcewatch.extractor import lexicon as lx
from forcewatch.extractor import vocab
from forcewatch.extractor.counts import without_denials
from forcewatch.extractor.grammar import harm_clauses
from forcewatch.extractor.places.patterns import DEMONYMS
from forcewatch.extractor.prefilter import Pattern, gate
from forcewatch.extractor.sentences import Sentence

# Forces named by themselves (vocab/force_units.tsv "alone"), matched case-sensitively
_UNITS_ALONE = "|".join(f"(?:{unit.pattern})" for unit in vocab.force_units() if unit.alone)
# Force nouns for agency patterns (subjects and by-agents), all languages at once.
_FORCE_NP = (
    # forces and units by their own names: "the Tatmadaw", "FARDC", "the Frontier Corps"
    rf"(?:(?-i:{_UNITS_ALONE})|"
    r"(?:police\s+|state\s+|border\s+|park\s+)?officers?|police(?:m[ae]n|wom[ae]n)?|cops?|"
    # Kenya's National Police Reservists, any force's reservists
    r"(?:police\s+)?reservists|"
    r"(?:border|traffic|riot|anti-riot|transit|railway|mounted|tourist|paramilitary|armed|"
    r"secret|religious|morality)\s+police(?:m[ae]n)?|"
    r"deput(?:y|ies)|troopers?|soldiers?|troops|army|military|marines|guardsm[ae]n|detectives?|"
    r"(?:prison|jail)\s+guards?|correctional\s+officers?|constables?|jawans?|"
    r"security\s+forces|security\s+(?:force\s+)?personnel|authorities|autoridades|"
    r"(?:Fuerza|For[cç]a)\s+A[eé]rea(?:\s+(?-i:[A-Z]\w+))?|air\s+force|"
    r"cabos?|sargentos?|suboficial(?:es)?|subtenientes?|tenientes?|tenentes?|comisarios?|"
    r"corporals?|sergeants?|lieutenants?|militar|law\s+enforcement(?:\s+officers?)?|agents?|"
    r"(?:U\.?S\.?\s+|deputy\s+)?marshals|"
    r"pol[ií]c[ií]as?|agentes?(?:\s+(?:policiales|policiais|de\s+seguridad|penitenci[aá]rios))?|"
    r"funcionarios?(?:\s+(?:policiales|de\s+seguridad|del\s+\w+))?|efectivos|uniformad[oa]s?|"
    r"militares|soldados?|guardias(?:\s+nacionales)?|custodios?|carabineros?|gendarmes|"
    # singular and regional names: "un efectivo", "los patrulleros", "brigadianos" (RS)
    r"efectivo|patrulleros?|prefectos?|brigadianos?|oficial(?:\s+de\s+(?:la\s+)?polic[ií]a)|"
    # Peru's municipal security staff (lexicon.FORCE_GENERIC): "golpeados por serenos"
    r"serenos|(?:agentes?\s+del\s+)?serenazgo|"
    # wardens of parks and forests: "fiscais do Parque Nacional do Limpopo", "guardaparques"
    rf"{lx.WARDENS}|"
    # a Brazilian patrol crew: "uma guarnição da Rondesp", "guarnições do 10º Batalhão"
    # (the stem alone is the gate's literal: not eight spellings of it)
    r"guarni(?=[cç])[cç](?:[aã]o|[oõ]es)|"
    # Costa Rica's and Panama's police, Colombia's forces together; an officer after its
    # determiner ("los oficiales", "un oficial"), never the adjective ("cifras oficiales")
    r"(?:Fuerza|For[cç]a)\s+P[uú]blica|"
    r"(?:(?<=\blos\s)|(?<=\blas\s)|(?<=\bun\s)|(?<=\bdos\s)|(?<=\btres\s)|(?<=\bvarios\s)|"
    r"(?<=\bdel\s)|(?<=\bal\s)|(?<=\bel\s)|(?<=\bdois\s)|(?<=\bos\s)|(?<=\bum\s))"
    r"(?-i:oficial(?:es)?|oficiais)\b|"
    r"guardias?\s+(?:penitenciari[oa]s?|de\s+prisiones|carcelari[oa]s?|civil(?:es)?|"
    r"municipal(?:es)?|nacional(?:es)?)|guardas?\s+(?:municipa(?:l|is)|civ(?:il|is)|"
    r"prisiona(?:l|is)|penitenci[aá]rios?)|"
    r"fuerzas\s+de\s+seguridad|cuerpos\s+de\s+seguridad|policiais|guardas|"
    r"for[cç]as\s+de\s+seguran[cç]a|pol[ií]cia(?:\s+(?:militar|civil|federal|penal))?|"
    r"policia(?:l|is)(?:\s+pena(?:l|is))?|"
    r"(?:Pol[ií]c[ií]a|Guardia|Guarda)\s+(?-i:[A-Z][\w]+(?:\s+[A-Z][\w]+)?)|"
    rf"Ej[eé]rcito{lx.NOT_A_STATE_ARMY}|Ex[eé]rcito{lx.NOT_A_STATE_ARMY}|"
    r"Carabineros|(?-i:[A-Z][a-z]+)\s+police|(?-i:[A-Z][a-z]+\s+County)\s+(?:sheriff'?s?\s+)?deputies|"
    r"sheriff'?s?\s+deputies|colectivos(?:\s+armados)?|civiles\s+armados|milicianos|"
    # Any state's forces, named by their nationality or generically: "Israeli forces",
    # "government forces", "Sudanese Armed Forces", "the junta", gendarmes, national guards.
    # ("Saudi-led forces", "UAE-led coalition troops": a state-led coalition)
    r"(?:(?-i:(?!Security\b|Private\b)[A-Z][a-z]+(?:-[A-Z][a-z]+)?|US|U\.S\.|UK|NATO|UN)\s+|"
    r"(?-i:[A-Z][A-Za-z]+)-led(?:\s+coalition)?\s+|"
    r"government\s+|state\s+|armed\s+|federal\s+|"
    r"military\s+|junta\s+|regime\s+|pro-government\s+|special\s+|occupying\s+|riot\s+)"
    r"(?:forces|troops|army|soldiers|military|police|gendarmes|guards|militias?|air\s+force|"
    r"navy|marines|snipers?)|(?:army|police)\s+snipers?|junta|gendarmes?|gendarmerie|national\s+guard(?:sm[ae]n)?|riot\s+police|"
    r"border\s+guards?|coast\s+guard|rangers|paramilitar(?:y|ies)|"
    # a state's army by its name: "the Kenya Defence Forces", "Ethiopian National Defence Force"
    rf"{lx.ARMY_BY_NAME}|{lx.FOREIGN_FORCES_ES_PT}|"
    # an army's own communiqué: "as nossas forças abateram", "nuestras tropas"
    r"(?:as\s+)?nossas\s+(?:for[cç]as|tropas)|nuestras\s+(?:fuerzas|tropas)|"
    # the state's armed allies: "government-backed militiamen", "pro-junta fighters"
    r"(?:pro-government|(?:government|state|army|military)-backed|pro-(?:regime|junta))\s+"
    r"(?:militias?|militiamen|fighters|gunmen|vigilantes)|"
    # "militiamen allied with the army", "fighters loyal to the junta"
    r"(?:militias?|militiamen)\s+(?:allied\s+(?:with|to)|backed\s+by|"
    r"loyal\s+to|fighting\s+alongside)\s+(?:the\s+)?(?:army|military|government|state|junta|"
    r"regime|security\s+forces|troops)|"
    # who hold and question detainees, and a de facto government's forces
    r"interrogators?|(?:prison|jail|detention)\s+(?:staff|officials|authorities|wardens?)|"
    # a head of state's own guard, a prison's warders, a navy's crews, India's state task forces
    # (the gate keys on "guard", which it has already, not on "royal" or "republican")
    r"(?:presidential|republican|royal)\s+guard|warders?|navy(?!\s+blue)|"
    r"naval\s+(?:personnel|officers|forces|police|commandos)|sailors|"
    r"(?:(?<=special\s)|(?<=Special\s))task\s+force|"
    r"wardens?|(?<!security\s)(?<!private\s)guards|intelligence\s+(?:agency\s+|service\s+)?(?:forces|agents|officers|"
    r"officials|personnel)|military\s+intelligence|secret\s+police|Taliban(?:\s+(?:fighters|members|officials))?|"
    # state militias by their names: Iran's Basij and Revolutionary Guards, Burundi's
    # ruling-party youth league
    r"(?-i:Basij|Imbonerakure|IRGC)|(?:Islamic\s+)?Revolutionary\s+Guards?(?:\s+Corps)?|"
    # a unit by its name: "the Rapid Intervention Battalion", "the 33rd Light Infantry Division"
    # (singular: "the al-Quds Brigades" of an armed group are plural)
    r"(?-i:(?:[A-Z][\w-]+|\d+(?:st|nd|rd|th))(?:\s+[A-Z][\w-]+){0,3}\s+(?:Battalion|Brigade|"
    r"Regiment|Division))(?!s)|"
    # a unit named for what it does: "the Rapid Intervention Unit", a SWAT team
    rf"(?-i:{lx.UNIT_BY_TASK_CORE})|tactical\s+(?:team|unit|squad)|"
    # es/pt units by their names: "el Escuadrón Móvil", "o Batalhão de Choque", "el Batallón de
    # Infantería No. 5" ("Comando" and "Grupo" also name criminal factions: not here)
    rf"(?-i:{lx.UNIT_BY_NAME_ES_PT})|"
    r"fuerzas\s+(?:armadas|militares|federales|especiales|policiales|del\s+orden)|marinos?|"
    r"infantes\s+de\s+marina|mossos|gendarmer[ií]a|for[cç]as\s+armadas|fuzileiros|GNR|PSP|"
    # the navies by their own names, and a renamed riot unit (ESMAD, since 2023 UNDMO)
    r"(?-i:Armada|Marinha|UNDMO|PRM|UIR|PIR|PNC|PNP|PMOP)|"
    # Mexico's navy after its article ("elementos de la Marina"), never the name Marina
    r"(?<=\bla\s)(?-i:Marina))"
)
# What may stand between an armed group's name and the force word: "the RSF and allied Arab
# militias" (the group's allies are not the state's).
_NON_STATE_TAIL = (
    r"(?:['’]s)?(?:\s+(?:forces|fighters))?(?:\s+and\s+(?:its\s+|their\s+)?allied)?"
    r"(?:[\s-]+\w+){0,2}\s*$"
)
# Armed groups that are not the state, named before or as the force ("Rapid Support Forces",
# "Houthi forces", "rebel troops"): their harm is not state agents' harm.
NON_STATE = re.compile(
    r"\b(?:Rapid\s+Support|RSF|Hamas|Houthis?|Ansar\s+Allah|M23|al-Shabaa?b|Shabaab|ISIS|ISIL|"
    r"Islamic\s+State|Boko\s+Haram|JNIM|Hezbollah|Qassam|Arakan|Kachin|Karen|Wagner|"
    r"rebels?|rebeldes?|insurgents?|militants?|jihadists?|gangs?|pandillas?|cartel(?:es)?|"
    r"bandas?\s+(?:rivales|criminales|criminosas?|armadas?)|"
    r"criminal|criminosos|fac[cç][aã]o|armed\s+groups?|grupos?\s+armados?|"
    r"(?:Liberation|Independence|Free|Revolutionary|Resistance|Defen[cs]e|Democratic)\s+"
    r"(?:Army|Forces)|"
    # eastern Congo's armed groups by their names ("ADF fighters", "a CODECO faction")
    r"(?-i:ADF|CODECO|FDLR)|Mai[\s-]?Mai|Wazalendo|"
    # the Philippines' communist guerrilla and Ireland's republicans, armies by name only
    r"New\s+People['’]s\s+Army|(?-i:NPA)|Republican\s+Army|"
    # Latin America's guerrillas, and armed groups named as armies
    # (not the dead dressed up as such: "para presentarlos como guerrilleros")
    r"(?<!como )(?<!as )(?<!como supuestos )guerrill\w+|(?-i:FARC|ELN|EPL|EPP)|"
    rf"E[jx][eé]rcito\s+{lx.ARMY_OF_A_GROUP})" + _NON_STATE_TAIL,
    re.IGNORECASE,
)
# One of those armed groups named anywhere in a sentence ("held in Houthi detention").
# (anywhere, as a whole word: "Gangaw" is a town, not a gang)
NON_STATE_NAMED = re.compile(
    rf"(?:{NON_STATE.pattern.removesuffix(_NON_STATE_TAIL)})(?!\w)", re.IGNORECASE
)
# Harm from an agent's weapon, and operations named by their force.
_FROM_FORCE = (
    r"(?:(?:disparos?|balazos?|tiros?|balas?|proyectil(?:es)?|perdigones|escopetazos?|bullets?|"
    r"gunfire|gunshots?|shots?\s+fired)\s+(?:disparad[oa]s?\s+)?(?:de|del|do|da|dos|das|by|from|por|"
    r"pel[oa]s?)|"
    r"(?:ataque|agresi[oó]n|attack|assault|ataque)\s+(?:\w+\s+){0,5}?(?:por|by|de|del)|"
    # a beating as the agents' own (es/pt): "murió tras una golpiza de los guardias", "a surra dos PMs"
    r"(?:golpizas?|palizas?|surras?|espancamentos?)\s+(?:\w+\s+){0,2}?"
    r"(?:por|by|de|del|dos|das|do|da|pel[oa]s?)|"
    # "un disparo de escopeta que, según la querella, hizo un carabinero"
    r"(?:disparos?|balazos?|tiros?|escopetazos?)\s+(?:[\w-]+\s+){0,3}?que,?\s+(?:[^,.;]{0,60},\s*)?"
    r"(?:hizo|hicieron|efectu[oó]|efectuaron|realiz[oó]|realizaron|fez|fizeram|efetuou|efetuaram))\s+"
    r"(?:un|una|unos|los|las|la|el|um|uma|os|as|an?|the)?\s*"
    r"(?:(?:elementos|miembros|integrantes|efectivos|members)\s+(?:del?|de\s+la|de\s+los|"
    r"of\s+the|da|do)\s+)?"
)
_OPERATION_OF = (
    r"(?:operativos?|operaci[oó]n(?:es)?|opera[cç](?:ão|ões)|operations?|a[cç](?:ão|ões)|"
    r"procedimientos?|procedimentos?|intervenci[oó]n(?:es)?|interven[cç](?:ão|ões)|"
    r"incurs(?:ión|ão|ões)|redadas?|raids?|ataques?|control(?:es)?(?:\s+(?:vehicular|policial|de\s+tr[aá]nsito))?|"
    r"puestos?\s+de\s+control|retenes|ret[eé]n|blitz|abordagem|checkpoints?|patrull(?:aje|as?)|"
    r"patrulhas?|desalojos?|despejos?|reintegra[cç](?:ão|ões)\s+de\s+posse|evictions?|"
    r"barreiras?|bloqueios?|opera[cç][aã]o\s+stop),?\s+(?:(?:feit[oa]|realizad[oa]|"
    r"llevad[oa]\s+a\s+cabo|conducted|carried\s+out)\s+|"
    # the force's vehicles or men with it: "uma nova ação, desta vez com três viaturas da PM",
    # "un operativo con patrulleros de la Policía"
    r"(?:(?:desta|esta)\s+vez\s+)?(?:com|con|with)\s+(?:[\w-]+\s+){0,2}?(?:viaturas|patrulleros|"
    r"patrullas|veh[ií]culos|vehicles|agentes|policiais|efectivos|officers|homens|hombres)\s+)?"
    r"(?:de|del|da|do|das|dos|by|of|por)\s+"
    r"(?:um|uma|un|una|an?)?\s*(?:(?:guarni[cç][aã]o|equipe|unidad|patrulla|viatura)\s+"
    r"(?:de|da|do|del)\s+)?"
    r"(?:la|las|los|el|a|as|os|o|the)?\s*"
)
# A relative clause on another noun just before the harm verb: "al hombre que mató", "o homem
# que matou", "the man who shot": the noun is the one who harmed, not the force.
_OTHER_RELATIVE = re.compile(
    r"\b(?:al|a\s+la|a\s+los|a\s+las|el|la|los|las|o|a|os|as|um|uma|un|una|the|an?)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:que|quien|quienes|who|that)\s+(?:lo\s+|la\s+|le\s+|o\s+|a\s+)?$",
    re.IGNORECASE,
)
# A clause of its own with another subject between a force and the harm verb: "el agente
# caminaba hacia su casa cuando dos hombres le dispararon", "the officer was off duty when two
# men shot him"
_OTHER_SUBJECT = re.compile(
    r"\b(?:cuando|quando|when|mientras|enquanto|while|as)\s+(?:[\w,]+\s+){0,3}?"
    r"(?:dos|tres|cuatro|unos|unas|varios|dois|tr[eê]s|uns|v[aá]rios|two|three|four|some|"
    r"several|un|una|um|uma|an?|\d+)\s+(?:[\w-]+\s+)?(?:hombres?|sujetos?|individuos?|"
    r"desconocidos?|homens?|indiv[ií]duos?|desconhecidos?|m[ae]n|gunm[ae]n|assailants?|"
    r"attackers?|pistoleros?|motociclistas?)\s+(?:\w+\s+){0,2}?$",
    re.IGNORECASE,
)
# A clause's own subject, someone else, right before the harm verb: "Cuando bajaron del
# patrullero, el acusado les disparó", "when officers got out, the suspect shot at them"
_OTHER_SUBJECT_CLAUSE = re.compile(
    r",\s*(?:el|la|o|a|un|una|um|uma|the|an?)\s+(?:acusad[oa]|sospechos[oa]|suspeit[oa]|"
    r"imputad[oa]|agresor|agressor|atacante|delincuente|criminos[oa]|bandid[oa]|assaltante|"
    r"asaltante|ladr[oó]n|sicario|pistolero|tirador|atirador|hombre|homem|sujeto|individuo|"
    r"indiv[ií]duo|suspect|gunman|shooter|accused|attacker|assailant|robber)\s+"
    r"(?:(?:les|le|lo|los|lhes|lhe|se|then|also|ya|j[aá])\s+)?$",
    re.IGNORECASE,
)
# An allegation about the agents themselves, not someone's report: "Government forces are believed
# to have carried out the strike", "soldiers were alleged to have shot".
_BELIEVED_TO = re.compile(
    r"\s*(?:are|is|were|was)\s+(?:widely\s+|also\s+)?(?:believed|thought|suspected|alleged|"
    r"reported|said)\s+to\s+have\s+",
    re.IGNORECASE,
)
# Words between a force and a harming verb that make the force a source, not the agent.
_REPORTING = re.compile(
    r"\b(?:said|say|says|told|tells|believe[sd]?|reported|report|allege[sd]?|found|find|"
    r"respond(?:ed)?(?!\s+by\b)|arrived|investigat\w*|were\s+called|was\s+called|called|according|"
    r"suspect(?:ed)?|think|thought|added|identified|charged|arrested|searching|looking|"
    r"dijo|dijeron|informó|informaron|según|señaló|señalaron|indicó|indicaron|hallaron|"
    r"encontraron|investiga\w*|detuvieron|detuvo|captur(?:ó|aron|ou|aram)|arrest(?:ó|aron)|"
    r"aprehendi(?:ó|eron)|deteve|detiveram|prendeu|disse|disseram|informou|informaram|segundo|"
    r"encontraram|afirmou|afirmaram|investig\w*|prenderam|who|whom|release[sd]?|identif\w*|"
    r"ID|identity|recovered|used|call(?:s|ed)?\s+on|search|seek|seeking|hunt|whoever|que\s+(?:el|la|un|una)|"
    r"that\s+(?:the|a|an|he|she)|chasing|pursu\w*|perseguían)\b",
    re.IGNORECASE,
)
_ERRAND_ASIDE = re.compile(r",\s*(?-i:[a-z]+ing)\s+[^,.;:]{1,80},\s*$", re.IGNORECASE)
_ATTRIBUTION = re.compile(
    r",\s*(?P<and>(?:and|y|e)\s+)?(?:according\s+to|seg[uú]n|segundo|de\s+acuerdo\s+con|"
    r"de\s+acordo\s+com)\s+[^,]{1,50},",
    re.IGNORECASE,
)
# The force arrested someone and then harmed them: the arrest is its act, not a report of
# someone else's ("Police detained the two men and beat them").
_ARRESTED_AND = re.compile(
    r"^\s*(?:arrested|detained|abducted|seized|rounded\s+up)\b(?![^.;]*\b(?:who|whom|that|"
    r"which|for|after)\b)[^.;]{0,60}?,?\s+and\s+(?:(?:then|later|allegedly|reportedly)\s+)?$",
    re.IGNORECASE,
)
_NEGATED = re.compile(
    r"\b(?:did\s+not|didn'?t|never|no|not|without|nunca|sin|sem|não|nao)\s+(?:\w+\s+)?$",
    re.IGNORECASE,
)
# A claim said not to be made, right before the agents named in it: "We are not saying the police
# killed him", "no estamos diciendo que los agentes lo mataron", "ninguém está dizendo que a PM
# matou".
_NOT_CLAIMED = re.compile(
    r"\b(?:not|no\s+one\s+is|nobody\s+is|no\s+estamos|nadie\s+est[aá]|n[aã]o\s+estamos|"
    r"ningu[eé]m\s+est[aá])\s+(?:saying|suggesting|claiming|alleging|diciendo|sugiriendo|"
    r"afirmando|alegando|dizendo|sugerindo)\s+(?:that\s+|que\s+)?(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
# Harm threatened, tried, feared or denied, not done: "threatened to kill his family", "will be
# beaten if they protest", "police would shoot anyone", "denied that soldiers had tortured".
_NOT_DONE = re.compile(
    r"\b(?:threat(?:en(?:ed|ing|s)?)?\s+to|tried\s+to|attempt(?:ed|ing|s)?\s+to|vow(?:ed|s)?\s+to|"
    r"plan(?:ned|s)?\s+to|intend(?:ed|s)?\s+to|want(?:ed|s)?\s+to|going\s+to|would|will|could|"
    r"might|may|shall)\s+(?:(?:not|also|then|be|have|been|\w+ly)\s+){0,3}$",
    re.IGNORECASE,
)
_DENIED = re.compile(
    r"\bden(?:ied|ies|y|ying)\s+(?:that|(?:the|any|all)\s+(?:allegations?|claims?|reports?|"
    r"accusations?|wrongdoing)|allegations?|claims?|reports?|accusations?)\b|"
    # "negó que sus agentes hubieran matado", "negou que os policiais tenham atirado"
    r"\bneg(?:ó|aron|a|an|ou|aram)\s+que\b",
    re.IGNORECASE,
)


# A harm supposed, not told: "Si un soldado dispara en un patrullaje", "cada caso en que sus
# agentes disparen", "if an officer shoots", "sempre que um policial atira"
_SUPPOSED = re.compile(
    r"(?:\b(?:si|if)\s+(?:an?|the|any|un|una|el|la|los|las|alg[uú]n|alguna|sus|his|their)\s+|"
    r"\bse\s+(?:um|uma|algum|alguma)\s+|\bcaso\s+(?:um|uma)\s+|"
    r"\b(?:cada|toda)\s+(?:caso|vez)\s+(?:en\s+|em\s+)?que\b|\b(?:siempre|sempre)\s+que\b|"
    r"\ben\s+caso\s+de\s+que\b|\bwhenever\b|\b(?:every|each)\s+time\b)[^.;:!?]{0,80}$",
    re.IGNORECASE,
)


# A death in custody from an illness ("a death in custody from a preventable disease", "murió de
# tuberculosis en el penal"): neglect, not force
_ILLNESS = re.compile(rf"\b(?:{lx.ILLNESS})\b", re.IGNORECASE)
_CUSTODY_PLACE = re.compile(
    r"custod|detenci|deten[cç]|detention|prison|pris[aã]o|c[aá]rcel|jail|calabozo|celda|\bcela\b|"
    r"\bcells?\b|bartolina|presidio|penal\b|lock-?up",
    re.IGNORECASE,
)
# Any case, not one: "notify the Commission of any death in police custody", "every death in
# custody must be investigated", "cualquier muerte bajo custodia"
# A relative clause in the bare present: "soldiers who kill civilians", "officers that beat
# detainees" (a kind of agent, not an act; a headline's present has no "who")
_WHO_DO = re.compile(r"\b(?:who|that)\s+(?:\w+ly\s+)?$", re.IGNORECASE)
_BARE_PRESENT = re.compile(
    r"(?:kill|shoot|beat|torture|injure|wound|execute|murder|abuse|rape|assault)(?:s|es)?$",
    re.IGNORECASE,
)


def _a_kind_of_agent(text: str, verb_start: int, verb: str) -> bool:
    """The verb at ``verb_start`` is a bare present after "who": it tells what such agents do;
    or, in es/pt, a present after "un policía que" ("Hoy un policía que abate a un delincuente
    armado termina con un expediente abierto"): any agent who would."""
    if _BARE_PRESENT.match(verb.strip()) and _WHO_DO.search(text, 0, verb_start):
        return True
    if _ANY_AGENT_WHO_EN.search(text, 0, verb_start):
        return True  # "any soldier who has killed a civilian will be punished": whoever would
    first = verb.split()[0] if verb.split() else ""
    return bool(_PRESENT_ES_PT.fullmatch(first) and _ANY_AGENT_WHO.search(text, 0, verb_start))


# "any soldier who has killed", "every officer who shoots", "any police officer who fires"
_ANY_AGENT_WHO_EN = re.compile(
    r"\b(?:any|every|no)\s+(?:[\w-]+\s+)?(?:officer|policeman|soldier|agent|member|guard|"
    r"trooper|deputy|constable)\s+who\s+(?:has\s+|had\s+|is\s+found\s+to\s+have\s+|would\s+|"
    r"will\s+|may\s+|might\s+)?$",
    re.IGNORECASE,
)
# "un policía que abate", "um agente que mata", "cualquier militar que dispara"
_ANY_AGENT_WHO = re.compile(
    r"\b(?:un|una|um|uma|cualquier|qualquer|todo|todos\s+los|todos\s+os)\s+(?:[\w-]+\s+)?"
    r"(?:polic[ií]a|policial|agente|militar|soldado|guardia|guarda|carabinero|gendarme|efectivo)s?\s+"
    r"que\s+(?:\w+\s+)?$",
    re.IGNORECASE,
)
_PRESENT_ES_PT = re.compile(
    r"(?:abate|mata|dispara|hiere|fere|golpea|agrede|tortura|balea|atira|ejecuta|executa)[nm]?",
    re.IGNORECASE,
)


# A Taser or a spray used on someone: harm only when the report says what it did
_ELECTRIC_OR_SPRAY = re.compile(
    r"tasered|tased|pepper-sprayed|(?:used|deployed)\s+.+", re.IGNORECASE | re.DOTALL
)
# The force named, then a participle and where or when, with no auxiliary: a headline's or a
# noun's reduced passive, the agent the one harmed ("union mourns Tembisa constable shot dead at
# robbery scene", "soldiers killed in an ambush"), not "soldiers killed at least 20 people"
_REDUCED_PASSIVE = re.compile(
    r"(?:shot\s+dead|shot\s+and\s+killed|killed|gunned\s+down|murdered|slain|stabbed|"
    r"hacked\s+to\s+death|wounded|injured)\s+(?!at\s+(?:least|most)\b)"
    r"(?:at|in|near|during|outside|inside|while|on\s+(?:duty|patrol))\b",
    re.IGNORECASE,
)
# The force as the subject of a passive, then a clause of its own with another subject: "a
# police constable was martyred when unidentified motorcyclists opened fire on him"
_PASSIVE_THEN_CLAUSE = re.compile(
    # (a passive, not a progressive: "officers were patrolling when a man fired at them, and
    # they returned fire" is their act)
    r"^\s+(?:[\w-]+\s+)?(?:was|were|had\s+been|has\s+been|got)\s+(?:\w+ly\s+)?(?!\w+ing\b)"
    # (the other clause's subject named, not a pronoun that may be the agents' own)
    r"[^,;]*?\b(?:when|as|after|while|before|because|whereupon)\s+(?!(?:he|she|they|it|we)\b)|"
    # the force the one who died: "A third police officer has died after gunmen opened fire"
    r"^\s+(?:[\w-]+\s+)?(?:(?:has|had|have)\s+)?died\s+(?:[^,;]*?\s)?(?:when|as|after|while|"
    r"because)\s+(?!(?:he|she|they|it|we)\b)",
    re.IGNORECASE,
)
# A word of harm after a determiner is an adjective or a noun: "the wounded man", "an injured
# woman" (English only: "los heridos" has no verb to confuse)
_DETERMINER_BEFORE = re.compile(r"\b(?:the|an?|his|her|their|its|this|that)\s+$", re.IGNORECASE)
# Accountability for a kind of case, not a case: "no officer has been convicted of torture in
# connection with a death in custody"
_ACCOUNTABLE_FOR_ANY = re.compile(
    r"\b(?:convicted|charged|prosecuted|tried|punished|sanctioned|disciplined|held\s+accountable)"
    r"\b[^.;]{0,60}?\b(?:in\s+connection\s+with|for|over)\s+(?:a|any)\s+$",
    re.IGNORECASE,
)
_ANY_CASE_BEFORE = re.compile(
    r"\b(?:any|every|each|all|cualquier|toda|todo|qualquer|cada)\s+(?:\w+\s+)?$", re.IGNORECASE
)


# A harm pointed back at ("esas muertes", "these deaths", "essas mortes"): told before, no new
# case ("la inmensa mayoría de esas muertes se produjeron en enfrentamientos")
_POINTED_HARM = re.compile(
    r"\b(?:esas|estas|aquellas|dichas|essas|aquelas|tais|these|those|such)\s+(?:\w+\s+)?"
    r"(?:muertes|mortes|deaths|killings|asesinatos|assassinatos|homicidios|homic[ií]dios|"
    r"ejecuciones|execu[cç][oõ]es|lesiones|les[oõ]es|injuries|shootings|muertos|mortos|v[ií]ctimas|"
    r"victims)\b",
    re.IGNORECASE,
)


def _unpointed(text: str) -> str:
    return _POINTED_HARM.sub(lambda m: " " * len(m.group()), text)


# The circumstance denied just before it: "disse que não houve troca de tiros", "no oyeron un
# enfrentamiento", "there was no exchange of fire" (never "sin vida en la celda")
_NONE_OF_IT = re.compile(
    r"\b(?:no|não|nao|not|never|nunca|jamais|jam[aá]s)\s+(?:\w+\s+){0,2}?(?:an?\s+|um\s+|uma\s+|"
    # "no se produjo ningún intercambio de disparos", "there was not any exchange of fire"
    r"un\s+|una\s+|ning[uú]n\s+|ninguna\s+|nenhum\s+|nenhuma\s+|any\s+)?$|"
    # the second of two denied: "no se registraron combates ni intervención de la Fuerza Pública"
    r"\b(?:ni|nem|nor)\s+(?:(?:la|el|los|las|a|o|os|as|the|any|ninguna|ning[uú]n)\s+)?$|"
    # "fueron encerrados sin que se produjeran enfrentamientos", "sem que houvesse confronto",
    # "sin ningún enfrentamiento", "without any exchange of fire" (never "hallado sin vida en la
    # celda": only "que" and its verb, or "ningún", between)
    r"\b(?:sin|sem)\s+(?:que\s+(?:\w+\s+){1,2}?(?:un\s+|una\s+|um\s+|uma\s+)?|ning[uú]n\s+|ninguna\s+|"
    r"nenhum\s+|nenhuma\s+)?$|\bwithout\s+(?:any\s+|an?\s+)?$",
    re.IGNORECASE,
)


_QUOTE_OPEN = '"“«'
_QUOTE_CLOSE = '"”»'


def _quoted_term(text: str, start: int, end: int) -> bool:
    """The match is a term named in quotation marks, not harm told: "o termo mais comum nas
    estatísticas é "morte decorrente de intervenção policial"", "o "auto de resistência"" (a
    quoted account of harm runs longer than a term, and is not said to be one)."""
    opened = max(text.rfind(q, 0, start) for q in _QUOTE_OPEN)
    if opened < 0:
        return False
    closes = [i for q in _QUOTE_CLOSE if (i := text.find(q, end)) >= 0]
    if not closes:
        return False
    inside = text[opened + 1 : min(closes)]
    if any(q in inside for q in _QUOTE_OPEN + _QUOTE_CLOSE):
        return False  # the marks belong to two quotations, not one around the match
    # the sentence says it names a term ("o termo ... é", "expressões neutras, como", "the
    # so-called"): a family's "fake encounter" is their allegation, not a term
    named = _TERM_NAMED.search(text, max(0, opened - _TERM_CUE_REACH), opened)
    return named is not None and len(inside.split()) <= _NAMED_TERM_WORDS


_TERM_CUE_REACH = 60  # characters before the quotation in which a sentence says it names a term
_NAMED_TERM_WORDS = 12
_TERM_NAMED = re.compile(
    r"\b(?:term(?:o|os|s)?|t[eé]rminos?|express(?:[aã]o|[oõ]es)|expresi(?:[oó]n|ones)|phrases?|"
    r"palavras?|palabras?|r[oó]tulos?|labels?|f[oó]rmulas?|categor[ií]as?|categor(?:y|ies)|"
    r"chamad[oa]s?|llamad[oa]s?|denominad[oa]s?|called|known\s+as|conhecid[oa]s?\s+como|"
    r"conocid[oa]s?\s+como)\b",
    re.IGNORECASE,
)


def _clash_denied(text: str, start: int, lang: str | None) -> bool:
    """ "no se produjo ningún intercambio de disparos", "there was not any exchange of fire"; but
    in Portuguese "no" is "in the" ("No confronto, dois indivíduos foram alvejados")."""
    denied = _NONE_OF_IT.search(text, max(0, start - 40), start)
    return denied is not None and not (lang == "pt" and denied.group(0)[:3].lower() == "no ")


_THEIR_CUSTODY = re.compile(
    r"\b(?:death|died|dying|killing)\s+(?:of\s+(?:[\w'’-]+\s+){1,5}?)?in\s+their\s+custody\b",
    re.IGNORECASE,
)
# A reflexive harm verb in Spanish and Portuguese: the agent hurt, not hurting ("el agente se
# hirió al caer", "o policial se feriu")
_REFLEXIVE = re.compile(r"\bse\s+$")
_REFLEXIVE_LAST = re.compile(r"\bse\s+\S+$")  # "se dispararon": the verb just matched, reflexive
_BETWEEN_GROUPS = re.compile(
    r"\s+(?:entre|between|among)\s+(?:(?:los|las|os|as|the|dos|two)\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:bandas?|gangs?|pandillas?|combos|maras|fac[cç][oõ]es|facciones|cart[eé]is|carteles|clans?|cl[aã]s|"
    r"grupos?\s+(?:armados|criminales|criminosos|rivales|rivais|delictivos)|armed\s+groups|militias|milicias|"
    # the groups named before: "el intercambio de disparos entre los grupos, un niño ..."
    r"grupos(?=\s*[,;.])|"
    # inmates among themselves: "el enfrentamiento entre reclusos", "a briga entre detentos"
    r"reclus[oa]s|internos|presos|reos|detentos|inmates|prisoners|"
    r"rival|rivales|rivais)\b",
    re.IGNORECASE,
)
_CLEFT_REACH = 3  # sentences before "Quem atirou foram ..." in which the harm may be told
_CLEFT = re.compile(
    rf"\b(?:quem|quienes|quien|who)\s+(?P<harm>atir(?:ou|aram)|dispar(?:ou|aram|ó)|mat(?:ou|aram|ó)|"
    rf"dispararon|mataron|bale(?:ou|aram|ó)|balearon|fired|shot)"
    # (an attribution between commas: "Quem atirou, segundo os moradores, foram policiais")
    rf"(?:\s*,[^,.;]{{1,80}},)?\s+(?:foram|foi|fueron|fue|were|was)\s+"
    rf"(?:os\s+|as\s+|los\s+|las\s+|el\s+|la\s+|o\s+|a\s+|un\s+|una\s+|um\s+|uma\s+|dois\s+|"
    rf"dos\s+|tr[eê]s\s+|the\s+|two\s+)?(?P<force>{_FORCE_NP})\b",
    re.IGNORECASE,
)
_ALL_DEATHS = re.compile(
    r"\b(?:todas\s+(?:as|las)|todos\s+(?:os|los)|all(?:\s+the)?|every|any|cualquier|qualquer|"
    r"toda|todo)\s+(?:\w+\s+)?(?:mortes|muertes|deaths|killings|mortos|muertos|homicidios|"
    r"homic[ií]dios|death|killing|morte|muerte|homicidio|homic[ií]dio)\b",
    re.IGNORECASE,
)


# No agent as the subject: "ningún agente hizo uso de su arma", "nenhum policial disparou",
# "no officer fired"
_NO_AGENT = re.compile(
    rf"\b(?:ning[uú]n|ninguna|nenhum|nenhuma|no|none\s+of\s+the)\s+(?:[\w-]+\s+)?"
    rf"{lx.AGENT_NOUN.pattern}\s+(?:\w+\s+)?$",
    re.IGNORECASE,
)


def _not_done(text: str, harm_start: int) -> bool:
    """The harm verb at ``harm_start`` is threatened, supposed or denied, not done."""
    before = text[max(0, harm_start - 40) : harm_start]
    return bool(
        _NOT_DONE.search(before)
        or _NO_AGENT.search(before)
        or _SUPPOSED.search(text, max(0, harm_start - 120), harm_start)
        or _DENIED.search(text, 0, harm_start)
    )


_NEGATED_NEAR = re.compile(
    r"\b(?:not|n't|no|never|none|nobody|nunca|não|sin|sem|neither|nor|ni|tampoco|jam[aá]s|"
    r"nadie|ninguno|ninguna|ningún|ninguém|nenhum|nenhuma)\b[^.;]{0,50}$",
    re.IGNORECASE,
)
# Portuguese "no" is "in the" ("no Seixal", "no bairro"), never a negation.
_NEGATED_PT = re.compile(
    r"\b(?:nunca|sem|não|nao|jamais|nem)\s+(?:\w+\s+)?$",
    re.IGNORECASE,
)
_NEGATED_NEAR_PT = re.compile(r"\b(?:nunca|não|sem|nem|jamais)\b[^.;]{0,50}$", re.IGNORECASE)


def _negation(lang: str | None) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The patterns of a negation just before a verb, and near it, in ``lang``."""
    return (_NEGATED_PT, _NEGATED_NEAR_PT) if lang == "pt" else (_NEGATED, _NEGATED_NEAR)


# The force is an object or a source, not the subject: "told police he shot", "talk to officers".
_FORCE_AS_OBJECT = re.compile(
    r"\b(?:told|tells|tell|telling|to|with|from|for|about|called|contacted|asked|alerted|"
    r"notified|informed|of|al|à|ao|a\s+(?:los|las|la|el)|dijo\s+a|disse\s+a|"
    # the one harmed is the agent: "ao perceber que a vítima era policial, atirou"
    r"v[ií]timas?\s+(?:era|é|es|fue|foi|eram|eran)(?:\s+(?:um|uma|un|una))?|"
    r"victims?\s+(?:was|were|is)(?:\s+an?)?(?:\s+off-duty)?|"
    # a thing or a kin of the agent's: "viu a arma do policial e já atirou", "the officer's"
    r"(?:arma|armas|pistola|rev[oó]lver|fuzil|fusil|carro|viatura|casa|esposa|mulher|marido|filh[oa]|"
    r"hij[oa]|fam[ií]lia|moto|celular|uniforme|farda|weapon|gun|pistol|car|house|wife|husband|son|"
    r"daughter|family)\s+(?:do|da|dos|das|de|del|de\s+la|de\s+los|of)|"
    # "Según la policía, el hombre mató a su esposa": the force is the source, or its report is
    # ("Según el informe preliminar de la Policía Nacional", "according to a statement by police")
    r"seg[uú]n|segundo|conforme|de\s+acuerdo\s+con|de\s+acordo\s+com|"
    r"(?:seg[uú]n|segundo|according\s+to)\s+(?:el|la|los|las|o|a|os|as|the|an?)\s+(?:\w+\s+)?"
    r"(?:informe|versi[oó]n|parte|reporte|comunicado|nota|boletim|relat[oó]rio|vers[aã]o|"
    r"report|statement|account|version)\s+(?:\w+\s+)?(?:de|del|da|do|of|by|from))\s+"
    r"(?:the\s+|la\s+|los\s+|las\s+|el\s+|o\s+|os\s+|a\s+|as\s+)?$",
    re.IGNORECASE,
)
# A part of the force before it is no object: "members of the police opened fire", "elements of
# the army", "a unit of soldiers" (while "told police", "the families of the police" are).
_PART_OF = re.compile(
    r"\b(?:members?|elements?|personnel|officers?|agents?|troops|soldiers|units?|detachment|"
    r"squad|contingent|patrol|group|miembros|elementos|efectivos|agentes|integrantes|membros)\s+"
    r"(?:of|de|do|da|dos|das|del)\s+(?:the\s+|an?\s+|la\s+|los\s+|las\s+|el\s+|o\s+)?$",
    re.IGNORECASE,
)


# Who did the harm, told after it: "The man who shot the courier ... is an off-duty corrections
# officer", "El conductor que mató al motoconchista ... resultó ser un sargento", "O homem que
# matou o entregador ... é um policial penal". The words between the verb of being and the agent
# noun are a title's adjectives, never a participle or a by-phrase ("was arrested by police").
_REVEALED_AGENT = (
    r"\s+(?:an?\s+|un[ao]?\s+|uma\s+)?"
    r"(?:(?!(?:by|por|pel[ao]|after|tras|ap[oó]s|de|da|do|of)\b)(?!off-duty\b)"
    r"(?![\w-]+(?:ed|ad[oa]|id[oa])\b)[\w-]+\s+|off-duty\s+){0,2}?"
    rf"(?P<agent>{lx.AGENT_NOUN.pattern})"
)
_REVEALED = {
    "en": re.compile(
        r"\bthe\s+(?:man|woman|driver|motorist|shooter|gunman|attacker|person|suspect)\s+"
        r"(?:who|that)\s+(?:[\w,]+\s+){0,6}?(?:shot|killed|stabbed|beat|wounded|ran\s+over)\b"
        r"[^.;]{0,250}?\b(?:is|was|turned\s+out\s+to\s+be|(?:has\s+been|was)\s+identified\s+as)"
        + _REVEALED_AGENT,
        re.IGNORECASE,
    ),
    "es": re.compile(
        r"\b(?:el|la)\s+(?:hombre|mujer|conductora?|tiradora?|agresora?|autora?|sujeto|individuo|"
        r"motociclista|automovilista)(?:\s+de\s+los\s+disparos)?\s+que\s+(?:[\w,]+\s+){0,8}?"
        r"(?:mató|asesinó|hirió|disparó|baleó|golpeó|atropelló)\b[^.;]{0,250}?"
        r"\b(?:es|era|resultó\s+ser|sería|fue\s+identificad[oa]\s+como)" + _REVEALED_AGENT,
        re.IGNORECASE,
    ),
    "pt": re.compile(
        r"\b(?:o|a)\s+(?:homem|mulher|motorista|condutora?|atiradora?|agressora?|autora?|"
        r"suspeit[oa]|indivíduo|motociclista)(?:\s+dos\s+disparos)?\s+que\s+(?:[\w,]+\s+){0,8}?"
        r"(?:matou|assassinou|feriu|atirou|baleou|agrediu|espancou|atropelou)\b[^.;]{0,250}?"
        r"\b(?:é|era|seria|trata-se\s+de)" + _REVEALED_AGENT,
        re.IGNORECASE,
    ),
}


# The agents' act as a gerund after the main clause ("after shooting dead a driver"), and what
# the main clause may say befell them for it: arrested, charged, suspended, in custody.
_GERUND_AFTER = re.compile(
    r"(?:before|after|while|by|tras|despu[eé]s\s+de|luego\s+de|ap[oó]s|depois\s+de|logo\s+ap[oó]s)\s",
    re.IGNORECASE,
)
_HELD_FOR_IT = re.compile(
    r"\b(?:(?:was|were|is|are|has\s+been|have\s+been|had\s+been|been|being)\s+)?"
    r"(?:arrested|charged|detained|suspended|indicted|jailed|sacked|fired|dismissed|"
    r"placed\s+on\s+(?:administrative\s+)?leave|taken\s+into\s+custody|in\s+custody)\b",
    re.IGNORECASE,
)
# The words before the force in its clause, when it is the clause's subject: no verb before it
# ("Police said a farmer was arrested after shooting"), and no preposition whose object it would
# be ("the suspect was shot by police after killing two people"); a phrase set before the
# subject is fine ("During the confrontation the officer ... before shooting Brannon").
_CLAUSE_OPEN = re.compile(
    r"[,;:(]|\b(?:and|but|when|as|that|said|says|y|e|pero|mas|cuando|quando)\s", re.IGNORECASE
)
_PREPOSITION_END = {
    "en": re.compile(
        r"\b(?:by|to|from|with|against|at|for|of|on|in|into|toward|towards|than)\s*$",
        re.IGNORECASE,
    ),
    "es": re.compile(r"\b(?:por|a|al|contra|de|del|con|en|entre|sobre)\s*$", re.IGNORECASE),
    "pt": re.compile(
        r"\b(?:por|pel[oa]s?|a|ao|aos|contra|de|do|da|dos|das|com|em|no|na|nos|nas)\s*$",
        re.IGNORECASE,
    ),
}
_VERB_BEFORE = re.compile(
    r"\b(?:was|were|is|are|been|be|saw|seen|watched|told|asked|fue|fueron|era|es|vio|foi|foram|"
    r"[eé]|viu)\b",
    re.IGNORECASE,
)


def _subject_before(before: str, lang: str) -> bool:
    """The force that follows ``before`` is its clause's subject."""
    opened = max((m.end() for m in _CLAUSE_OPEN.finditer(before)), default=0)
    clause = before[opened:]
    preposition = _PREPOSITION_END.get(lang, _PREPOSITION_END["en"])
    return not preposition.search(clause) and not _VERB_BEFORE.search(clause)


def _force_as_object(before: str) -> bool:
    """The force after ``before`` (its 30 characters) is an object or a source, not the agent."""
    return bool(_FORCE_AS_OBJECT.search(before)) and not _PART_OF.search(before)


# A force noun that only qualifies a thing ("a military base", "police headquarters").
_FORCE_AS_MODIFIER = re.compile(
    r"^\s+(?:bases?|stations?|camps?|headquarters|barracks|posts?|compound|academy|courts?|"
    r"uniforms?|fatigues|"
    r"hospital|spokes(?:person|man|woman)|chiefs?|officials?|sources?|reports?|records?|"
    r"statements?|investigators?|vehicles?|convoys?|cuartel|base|estaci[oó]n|comisar[ií]a|"
    r"delegacia|quartel|batalh[aã]o)\b",
    re.IGNORECASE,
)
# The ones harmed are agents: "killed more than 100 soldiers", "mató a dos policías".
_AGENTS_AS_OBJECT = re.compile(
    rf"^\s*(?:a\s+)?(?:(?:more\s+than|at\s+least|about|over|m[aá]s\s+de|al\s+menos|mais\s+de|"
    # the words of the object's own phrase only: "two", "several Saudi", "and injuring five"
    # (never a pronoun or a comma: "killing him, police said" harmed no agent)
    # (nor an instrument: "espancaram-me com cabos elétricos": cables, not corporals)
    rf"pelo\s+menos)\s+)?(?:(?!(?:him|her|them|it|himself|herself|themselves|lo|la|le|o|a|com|con|"
    rf"with)\b)"
    rf"[\w-]+(?:,\d+)?\s+){{0,3}}?(?:{lx.AGENT_NOUN.pattern}|"
    # "killing 12 security force members", "five members of the security forces"
    rf"security\s+(?:force|forces)\s+(?:members|personnel)|members\s+of\s+the\s+(?:security|armed)\s+"
    rf"forces|(?:(?-i:[A-Z][a-z]+)\s+)?(?:soldiers|troops|servicemen|policemen|police\s+officers|"
    rf"gendarmes|militiamen))(?![\w'’-])",
    re.IGNORECASE,
)
# The rest of a sentence that says the shots hurt no one.
_MISSED = re.compile(
    r"\b(?:missed|not\s+(?:\w+\s+){0,5}(?:struck|hit|injured|wounded|hurt)|no\s+one\s+was|"
    r"nobody\s+was|no\s+(?:one|body)\s+(?:was\s+)?(?:hit|hurt|injured)|"
    # the one fired at harmed himself ("who then shot himself"), not "identified himself"
    r"(?:shot|killed|stabbed|hanged|harmed|wounded|cut)\s+(?:\w+\s+)?(?:himself|herself)|"
    r"turned\s+(?:the|his|her|a)\s+(?:gun|weapon|rifle|pistol|knife)\s+on\s+(?:himself|herself)|"
    r"sin\s+(?:herir|lesionar)|ning[uú]n\s+herido|ningu[eé]m\s+(?:foi\s+)?(?:ferido|atingido))\b",
    re.IGNORECASE,
)
# the ones fired back at got away: "Officers returned fire ... but the attackers escaped"
_ATTACKERS_ESCAPED = re.compile(
    # (an attribution may stand between: "revidaram, mas, de acordo com a nota do Exército, os
    # atiradores fugiram a pé")
    r"\b(?:but|and)\b[^.;]{0,60}?\b(?:the\s+)?(?:attackers|gunmen|assailants|militants|bandits|"
    r"raiders)\s+(?:\w+\s+)?(?:escaped|fled|got\s+away|withdrew)|"
    r"\b(?:pero|y)\b[^.;]{0,60}?\blos\s+(?:agresores|atacantes|pistoleros|sicarios|delincuentes)\s+"
    r"(?:\w+\s+)?(?:huyeron|escaparon|se\s+dieron\s+a\s+la\s+fuga)|"
    r"\b(?:mas|e)\b[^.;]{0,60}?\bos\s+(?:criminosos|atiradores|bandidos|agressores|suspeitos)\s+"
    r"(?:\w+\s+)?(?:fugiram|escaparam|conseguiram\s+fugir)",
    re.IGNORECASE,
)
_RAID = re.compile(
    r"\b(?:raided|stormed|allanaron|allanamientos?|irrumpieron|asaltaron|invadiram|invadiu|"
    # a dispersal hurts no one by itself: "dispersó la marcha con gases, sin heridos"
    r"dispers(?:ó|aron|ar|ou|aram))\b",
    re.IGNORECASE,
)
_JUDICIAL = re.compile(r"^(?:executed|ejecut\w+|execut\w+)$", re.IGNORECASE)
_SENTENCED = re.compile(
    r"\b(?:sentenced|sentence|death\s+penalty|death\s+row|hanged|hanging|convicted|"
    r"condenad[oa]s?|pena\s+de\s+muerte|pena\s+de\s+morte|sentencia|senten[cç]a|"
    r"ahorcad[oa]s?|enforcad[oa]s?)\b",
    re.IGNORECASE,
)
_EXTRAJUDICIAL = re.compile(r"extrajudicial|summar|sum[aá]ri", re.IGNORECASE)
# Who carries out an execution that no court is named for: authorities, a government, a state
# ("authorities executed at least 83 persons", "the government executed them") carry out sentences;
# soldiers and police who execute people kill them without one.
_CIVIL_EXECUTIONER = re.compile(
    r"^(?:(?:the|its|their|la|las|el|los|o|os|a|as)\s+)?(?:[\w-]+\s+){0,2}?(?:authorities|government|"
    r"state|regime|administration|autoridades|gobierno|governo|estado|r[ée]gimen|regime)$",
    re.IGNORECASE,
)


def _judicial(verb: str, force: str, text: str) -> bool:
    """An execution that carries out a death sentence, not force used on someone."""
    if not verb.split() or not _JUDICIAL.match(verb.split()[0]):  # "executed at least 83"
        return False
    if _EXTRAJUDICIAL.search(text):
        return False
    if _SENTENCED.search(text):
        return True
    return _CIVIL_EXECUTIONER.search(force.strip()) is not None


_WARNING_SHOTS = re.compile(
    r"\bwarning\s+shots?|tiros?\s+de\s+advert[eê]ncia|disparos?\s+(?:al\s+aire|de\s+advertencia|"
    r"disuasivos)",
    re.IGNORECASE,
)
_IN_THE_AIR = re.compile(
    r"^(?:\s+[\w-]+){0,4}?\s+(?:in(?:to)?\s+the\s+air|al\s+aire|para\s+(?:o\s+alto|cima)|"
    rf"{_WARNING_SHOTS.pattern}|"
    # a shot that went off by accident: "discharged his weapon unintentionally"
    r"unintentionally|accidentally|by\s+accident|por\s+accidente|acidentalmente|accidentalmente)\b",
    re.IGNORECASE,
)
_PASSIVE_AUX = re.compile(
    r"\b(?:was|were|been|be|is|are|being|get|got|gets|fue|fueron|sido|foi|foram|sido)\s+"
    r"(?:\w+\s+){0,2}$",
    re.IGNORECASE,
)


# A person struck, not a building: "officers struck him with a baton".
_PERSON_OBJECT = re.compile(
    r"\s*(?:him|her|them|me|us|(?:the|a|an|two|three|several)\s+(?:[\w-]+\s+)?(?:man|men|woman|"
    r"women|boys?|girls?|protesters?|demonstrators?|suspects?|teen(?:ager)?s?|child(?:ren)?|"
    r"students?|detainees?|prisoners?|journalists?|worshippers?))\b",
    re.IGNORECASE,
)
# The agents' own relative clause between them and the harm: "officers, who shot", "Trooper
# Jason Brown, who shot and killed him"
_RELATIVE_GAP = re.compile(
    r"(?:\s+(?-i:[A-Z][\w.'’-]+)){0,3}\s*,?\s*(?:who|that|que)\s+(?:\w+ly\s+)?", re.IGNORECASE
)
# A shot at someone told by a pronoun: "un agente le disparó a dos metros", "atirou nele"
_AT_SOMEONE = re.compile(r"\b(?:le|les|lhe|lhes)\s+$", re.IGNORECASE)
_WEAK_ACT = re.compile(
    r"(?:opened|returned)\s+fire|fired\s+back|fired(?:\s+\w+){0,3}|discharged\s+.+|"
    r"abri(?:ó|eron|u|ram)\s+f(?:uego|ogo)|"
    r"repeli(?:ó|eron)|revid(?:ou|aram)|reagi(?:u|ram)\s+.+|dispar(?:ó|aron|ou|aram)|atir(?:ou|aram)|"
    r"bombed|shelled|struck|(?:lanz(?:ó|aron)|lan[cç](?:ou|aram)|launched|threw)\s+.+|(?:fired|shot)\s+tear[- ]gas.*|"
    # shots made, not yet said to hit: "efetuou dois disparos", "realizaron varios tiros"
    r"(?:efectu|realiz|efetu|utiliz|us[óo]|usaron|usou|usaram|sac|accion)\w*\s+.*|hi(?:zo|cieron)\s+.*|"
    r"f(?:ez|izeram)\s+.*|"
    r"dispara(?:\s+contra)?|atira(?:\s+(?:em|contra))?|"
    + "|".join(lx.forms_of(lang, "fire", "strike") for lang in ("es", "pt")),
    re.IGNORECASE,
)


# Force on someone that does not hurt by itself, by agents in a by-phrase: "after being tased by
# deputies", "was restrained by guards".
_RESTRAINED_BY = gate(
    re.compile(
        rf"\b(?:tased|tasered|pepper[- ]sprayed|restrained|tackled|choked|pinned\s+down|pushed\s+back|"
        rf"forced\s+back|abandoned)\s+"
        rf"(?:\w+\s+){{0,3}}?by\s+(?:an?\s+|the\s+|two\s+|several\s+)?(?:[\w-]+\s+)?(?:{_FORCE_NP})\b",
        re.IGNORECASE,
    )
)
# The outcome of a shot or a strike, told after a comma: ", killing", ", wounding".
_OUTCOME_AFTER = re.compile(r",\s*(?:killing|wounding|injuring)\b", re.IGNORECASE)


def _agents_harmed_after(text: str, end: int) -> bool:
    """The outcome told after ``end`` harmed agents: "the army fired rockets at a site, killing
    several Saudi soldiers"."""
    if _HARMED_THEMSELVES.match(text, end):
        return True  # "a deputy fired and was shot": the one who fired was hit
    outcome = _OUTCOME_AFTER.search(text, end)
    return outcome is not None and _AGENTS_AS_OBJECT.match(text[outcome.end() :]) is not None


_HARMED_THEMSELVES = re.compile(
    r"[\w\s,'’-]{0,40}?\b(?:and|but)\s+(?:was|were)\s+(?:\w+ly\s+)?(?:shot|killed|wounded|injured|"
    r"hit|struck)\b",
    re.IGNORECASE,
)


# What was fired, not whom: "security forces shot live rounds to clear protests".
# A blow to a thing, not to someone: "the officer slapped the window", "kicked the door",
# "golpeó el vidrio", "chutou o portão"
_THING_STRUCK = re.compile(
    r"\s*(?:(?:the|a|his|her|their|el|la|los|las|o|a|os|as|su|sus|seu|sua)\s+)?(?:(?:car|bus|"
    r"driver['’]s|front|back|side|rear)\s+)?(?:windows?|windscreen|windshield|doors?|gates?|roof|"
    r"bonnet|hood|table|desk|walls?|glass|vidrio|ventanilla|puerta|port[aã]o|porta|vidro|janela|"
    r"mesa|parede|pared)\b",
    re.IGNORECASE,
)
_BLOW = re.compile(
    r"\b(?:slap|kick|punch|hit|struck|strik|bang|pound|golpe|pate|chut|bat(?:eu|eram)|soc)\w*",
    re.IGNORECASE,
)
_MUNITION_OBJECT = re.compile(
    r"\s*(?:(?:live|rubber|plastic|warning|several|many|dozens\s+of|\d+)\s+)?(?:rounds|bullets|"
    r"ammunition|shots|pellets|tear[- ]gas|canisters|volleys)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Agency:
    sentence: Sentence
    kind: str  # "act", "passive", "context", "agent_victim"; "section", "table" (mentions)
    start: int
    end: int


# A partitive before the force in a by-phrase: "by members of the Armed Forces", "by two
# members of a CAFGU detachment", "by elements of the army"
_MEMBERS_OF = (
    r"(?:(?:two|three|four|several|some|a\s+group\s+of|a\s+unit\s+of)\s+)?(?:members?|elements?|operatives)"
    r"\s+of\s+(?:the\s+|a\s+|an\s+)?|"
    # "por miembros de las Fuerzas Armadas", "por integrantes del Ejército", "por membros da PM"
    r"(?:(?:dos|tres|cuatro|varios|varias|tr[eê]s|quatro|v[aá]rios)\s+)?(?:miembros|integrantes|"
    r"elementos|efectivos|membros)\s+(?:de\s+(?:las?\s+|los\s+)?|del\s+|d[oa]s?\s+)"
)


# How far the harm may follow its force: es/pt phrases run longer ("los agentes de la Policía
# Nacional, que llegaron en dos patrullas, dispararon"); in English 80 characters already joined a
# force to a shooting it was only sent to ("Police were dispatched ... on reports of a person shot")
_ACT_GAP = {"en": 70, "es": 80, "pt": 80}


@cache
def _patterns(lang: str) -> dict[str, Pattern]:
    lang = lang if lang in lx.HARM_ACT else "en"
    langs = [lang] if lang == "en" else [lang, "en"]
    acts = "|".join(lx.HARM_ACT[x] for x in langs)
    passives = "|".join(lx.HARM_PASSIVE[x] for x in langs)
    contexts = "|".join(lx.HARM_CONTEXT[x] for x in langs)
    victims = "|".join(lx.AGENT_VICTIM[x] for x in langs)
    custody = "|".join(lx.HARM_CUSTODY[x] for x in langs)
    attacks = "|".join(lx.HARM_ATTACK[x] for x in langs)
    outcomes = "|".join(lx.HARM_OUTCOME[x] for x in langs)
    # each behind its literal gate (``prefilter``): they are searched in every sentence
    return {name: gate(compiled) for name, compiled in {
        "act": re.compile(
            # (a dot inside a word is no sentence's end: "backed by the U.N.-authorised mission")
            # the act may open a quotation of the agents' own words: 'un agente "hizo uso de su
            # arma de fuego"'
            rf"\b(?P<force>{_FORCE_NP})\b(?P<gap>(?:[^.;:!?\"“”]|\.(?=[\w-])){{0,{_ACT_GAP[lang]}}}?)"
            rf"(?:\s[\"“])?\b(?P<harm>{acts})\b",
            re.IGNORECASE,
        ),
        # the force, its attack right after it, and the outcome after a comma, however far
        "act_then": re.compile(
            rf"\b(?P<force>{_FORCE_NP})\b(?P<gap>\s+(?:(?:has|have|had)\s+)?(?P<attack>{attacks})\b"
            rf"[^.;:!?\"“”]{{0,220}}?)(?:,\s*|,[^.;:!?\"“”]{{0,120}}?\sand\s+)(?P<harm>{outcomes})\b",
            re.IGNORECASE,
        ),
        # the verb, then its subject: "los golpeaban los custodios" (never after "a", which marks
        # the object: "mataron a los policías")
        "act_after": re.compile(
            rf"\b(?P<harm>{lx.HARM_ACT_AFTER[lang]})\b(?P<gap>(?:\s+(?!a\b|al\b)[\w]+){{0,3}}?)\s+"
            rf"(?:los|las|el|la|un|una|unos|unas|varios|dos|tres|cuatro)\s+(?:\w+\s+)?(?P<force>{_FORCE_NP})\b",
            re.IGNORECASE,
        ),
        # a second verb of the force's, after "y"/"e": "persiguieron al joven ... y le dispararon"
        "coord": re.compile(
            rf"\s(?:y|e)\s+(?:le\s+|lo\s+|la\s+|les\s+|los\s+|las\s+|o\s+|a\s+|os\s+|as\s+|"
            rf"lhe\s+|lhes\s+)?(?P<harm>{lx.HARM_ACT[lang]})\b",
            re.IGNORECASE,
        ),
        "passive": re.compile(
            # (a joint patrol's agents too: "shot by members of a joint police-military patrol")
            rf"\b(?:{passives}|{_FROM_FORCE})(?:{_MEMBERS_OF})?(?:(?:joint|combined|mixed)\s+)?"
            rf"(?:state\s+|city\s+|local\s+|federal\s+|municipal\s+|military\s+)?"
            rf"(?P<force>{_FORCE_NP})\b",
            re.IGNORECASE,
        ),
        "context": re.compile(rf"\b(?:{contexts}|{_OPERATION_OF}(?:{_FORCE_NP})|"
                              # a state's attack told before its toll, in the sentences after:
                              # "two bombs dropped by Russian aircraft struck a market. Two women
                              # were killed"; "Russian forces launched a missile attack on Kharkiv"
                              rf"{ATTACK_TOLD_BEFORE.pattern})\b", re.IGNORECASE),
        "agent_victim": re.compile(rf"\b(?:{victims})\b", re.IGNORECASE),
        "custody": re.compile(rf"\b(?:{custody})\b", re.IGNORECASE),
        "means": re.compile(rf"\b(?P<force>{_MEANS})\b(?P<gap>[^.;:!?\"“”]{{0,100}}?)"
                            rf"\b(?P<harm>{_MEANS_HARM})\b", re.IGNORECASE),
        "means_passive": re.compile(rf"\b(?P<harm>{_MEANS_HARM_PASSIVE})\s+(?:(?:\w+\s+){{0,3}}?"
                                    rf"(?:in|by|during|from|after|en|por|durante|tras|em|num|numa|"
                                    rf"ap[oó]s|pel[oa]s?)|"
                                    # the means as the subject of a clause of time: "were killed
                                    # when an airstrike hit their house"
                                    rf"(?:[\w,-]+\s+){{0,10}}?(?:when|as|cuando|quando))\s+"
                                    rf"(?:an?|the|un|una|el|los|um|uma|o|os)?\s*(?:\d[\d,]*\s+)?"
                                    rf"(?P<force>{_MEANS})\b(?!{_MISHAP})", re.IGNORECASE),
        # the means, then a clause that tells its dead: "el bombardeo de agosto de 2019 en la
        # vereda Aguas Claras, en el que murieron al menos ocho menores"
        "means_where": re.compile(
            rf"\b(?P<force>{_MEANS})\b(?P<gap>[^.;:!?\"“”]{{0,100}}?,\s+(?:en|em|durante|n)"
            rf"(?:\s+(?:el|la|los|las|o|a|os|as))?\s*(?:que|cual|cuales|qual|quais)\s+)"
            rf"(?P<harm>murieron|fallecieron|morreram|faleceram|perdieron\s+la\s+vida|perderam\s+a\s+"
            rf"vida|resultaron\s+herid[oa]s|ficaram\s+ferid[oa]s)\b",
            re.IGNORECASE,
        ),
        # the means, its attack right after it, and the outcome after a comma, however far:
        # "government helicopters dropped barrel bombs on a market in Idlib on May 2, killing 9"
        "means_then": re.compile(
            rf"\b(?P<force>{_MEANS})\b(?P<gap>\s+(?P<attack>{attacks})\b[^.;:!?\"“”]{{0,220}}?),\s*"
            rf"(?P<harm>{outcomes})\b",
            re.IGNORECASE,
        ),
        # the means, a relative clause on what it hit, then its harm: "an Israeli airstrike in
        # central Gaza on April 1, which hit three marked cars and killed seven aid workers"
        "means_which": re.compile(rf"\b(?P<force>{_MEANS})\b(?P<gap>[^.;:!?\"“”]{{0,80}}?,\s+which"
                                  rf"\s[^.;:!?\"“”]{{0,120}}?)\b(?P<harm>{_MEANS_HARM})\b",
                                  re.IGNORECASE),
    }.items()}  # fmt: skip


# Weapons and actions that state forces operate: harm whose subject is one of them is harm by
# the state when the phrase says whose it is ("an Israeli strike", "army shelling"), or when it is
# air power, riot-control munitions or live ammunition, which only states field here.
# Craft only states fly: "warplanes hit a base, killing several fighters", "un avión de combate
# lanzó dos bombas", "caças bombardeiros" (a jet only when it bombs: "a jet bombed the market")
_STATE_CRAFT = (
    r"warplanes?|war\s+planes?|fighter\s+jets?|military\s+(?:aircraft|jets?)|combat\s+(?:aircraft|jets?)|"
    r"helicopter\s+gunships?|jets?(?=\s+(?:bombed|dropped|fired|struck|strafed))|"
    r"avi(?:ones|[oó]n)\s+(?:de\s+combate|de\s+guerra|militar(?:es)?|caza)|cazabombarderos?|"
    r"helic[oó]pteros?\s+(?:artillados?|de\s+combate|de\s+ataque)|"
    r"avi(?:[õo]es|[aã]o)\s+(?:de\s+combate|de\s+guerra|militar(?:es)?|ca[cç]a)|ca[cç]as?\s+bombardeiros?"
)
_STATE_MEANS = (
    r"air\s*strikes?|airstrikes?|air\s+raids?|drone\s+(?:strikes?|attacks?)|bombardments?|"
    r"aerial\s+(?:bombardments?|attacks?)|barrel\s+bombs?|tear[- ]gas(?:\s+(?:canisters?|grenades?|shells?))?|"
    r"rubber(?:-coated)?\s+bullets?|live\s+(?:ammunition|fire|rounds|bullets)|stun\s+grenades?|"
    r"bombardeos?(?:\s+a[eé]reos?)?|ataques?\s+a[eé]reos?|gases?\s+lacrim[oó]genos?|"
    r"(?:balas?|pelotas?|balines|proyectiles?)\s+de\s+(?:goma|borracha)|perdigones|bombardeios?|bombardeamentos?|g[aá]s\s+lacrimog[eêé]neo|"
    r"balas\s+de\s+borracha|(?:botes?|cartuchos?|granadas?|bombas?|latas?)\s+de\s+g[aá]s(?:es)?|"
    r"gas\s+canisters?|"
    # a drone attack its writer attributes to the state's forces: "um ataque com drone atribuído
    # às FAMa", "un ataque con drones atribuido al Ejército"
    r"ataques?\s+(?:con|com|de)\s+(?:un\s+|um\s+)?drones?(?=\s+atribu[ií]d[oa]s?\s+(?:a|à|às|ao|aos|"
    r"al|a\s+la|a\s+los)\s+(?:las?\s+|los\s+|os?\s+|as\s+)?(?:FAMa|FANB|Ej[eé]rcito|Ex[eé]rcito|"
    r"For[cç]as\s+Armadas|Fuerzas\s+Armadas|Fuerza\s+A[eé]rea|For[cç]a\s+A[eé]rea|militares|tropas)\b)|"
    + _STATE_CRAFT
)
# An arm of the state that owns a weapon: "government helicopters", "army drones".
_ARM = r"(?:government|military|army|air\s+force|navy|junta|regime|police)"
# What carries the weapon, said of its owner: "Russian warplanes", "government helicopters",
# "army drones", "Israeli tanks" (never alone: "a drone", "a helicopter" may be anyone's).
_CRAFT = (
    r"(?:war)?planes?|aircraft|(?:fighter\s+)?jets?|helicopters?(?:\s+gunships?)?|gunships?|"
    r"drones?|quadcopters?|warships?|tanks?|snipers?"
)
# Whose weapon it is, by nationality: the demonyms of the place tables ("Israeli", "Russian"),
# not any capitalised word ("The fire killed two children" is no state's fire).
_NATIONALITY = vocab.alternation([form for form in DEMONYMS if form.isalpha()])
# Countries by their short English names ("Israel", "Kenya", "South Africa")
_COUNTRY_NAMES = vocab.alternation(
    sorted({c.name for c in pycountry.countries if "," not in c.name and "(" not in c.name})
)
# Whose it is: a nationality, an arm of the state, or both ("Syrian government aircraft").
_OWNER = (
    # a demonym is capitalised: the guard spares the long alternation at every other letter
    rf"(?:(?=(?-i:[A-Z])){_NATIONALITY}(?:-{_NATIONALITY})?\s+(?:{_ARM}\s+)?|{_ARM}\s+|"
    # a state by its initials, a coalition a state leads: "US warplanes", "a US-led coalition
    # airstrike", "Saudi-led coalition aircraft"
    rf"(?-i:US|U\.S\.|UK|NATO)\s+(?:-?led\s+)?(?:coalition\s+)?(?:{_ARM}\s+)?|"
    rf"(?-i:[A-Z][A-Za-z.]+)-led\s+(?:coalition\s+)?|coalition\s+)"
)
# What kind of missile or bomb: "a Russian ballistic missile", "Israeli guided bombs"
_KIND_OF_ARM = r"(?:(?:ballistic|cruise|guided|hypersonic|long-range|short-range|glide|cluster)\s+)"
_MEANS = (
    rf"(?:{_OWNER}{_KIND_OF_ARM}?(?:missile\s+|drone\s+|artillery\s+|tank\s+)?"
    rf"(?:strikes?|shelling|missiles?|rockets?|artillery(?:\s+fire)?|bombs?|bombings?|"
    rf"shells?|gunfire|fire|firing|attacks?|raids?|{_CRAFT}|{_STATE_MEANS})|{_STATE_MEANS})"
)
# Whose weapon it is, said: "Russian aircraft", "bombs dropped by Russian aircraft", "an Israeli
# strike" (not a bare "airstrikes": whose they are may be told only after the toll).
_NAMED_MEANS = (
    rf"(?i:(?:dropped|fired|launched)\s+by\s+)?(?i:{_OWNER})(?i:{_KIND_OF_ARM}?(?:missile\s+|drone\s+|artillery\s+)?"
    rf"(?:strikes?|shelling|missiles?|rockets?|artillery|bombs?|shells?|{_CRAFT}|{_STATE_MEANS}))"
)
_STRUCK = (
    r"(?:struck|hit|targeted|pounded|bombed|shelled|attacked|"
    r"dropped\s+(?:[\w-]+\s+){0,2}?bombs?\s+on|bombarde(?:ó|aron|ou|aram)|atac(?:ó|aron|ou|aram)|"
    r"alcanz(?:ó|aron)|atingi(?:u|ram)|(?:lanz(?:ó|aron)|lan[cç](?:ou|aram))\s+(?:[\w-]+\s+){0,2}?"
    r"bombas?\s+(?:sobre|contra|em|no|na))\b"
)
_ASSAULT = r"(?:attack|assault|strike|airstrike|offensive|bombardment|raid)s?"
# The attack alone frames the harm told after it; its own words ("struck") hurt no one.
ATTACK_TOLD_BEFORE = re.compile(
    rf"(?:(?-i:{_NAMED_MEANS})|{_STATE_CRAFT})\s+(?:[\w-]+\s+){{0,2}}?{_STRUCK}|"
    rf"(?:{_FORCE_NP})\s+(?:launched|carried\s+out|conducted)\s+"
    rf"(?:an?\s+|the\s+)?(?:[\w-]+\s+){{0,3}}?{_ASSAULT}\b",
    re.IGNORECASE,
)
_MEANS_HARM = (
    r"killed|killing|kills|wounded|wounding|injured|injuring|maimed|"
    r"claimed\s+(?:the\s+)?(?:[\w,-]+\s+)?lives?|"
    # "live ammunition, against protesters on 20 January, resulting in the deaths of three"
    r"result(?:ing|ed)\s+in\s+(?:the\s+)?(?:deaths?|killings?|injur(?:y|ies))\s+of|"
    r"left\s+(?:at\s+least\s+)?[\w,-]+\s+(?:people\s+|civilians\s+|persons\s+)?(?:dead|injured|wounded)|"
    r"mat(?:ó|aron|ando)|hiri(?:ó|eron|endo)|dej(?:ó|aron|ando)\s+[\w,]+\s+(?:muertos|heridos)|"
    r"mat(?:ou|aram|ando)|feri(?:u|ram|ndo)|deix(?:ou|aram|ando)\s+[\w,]+\s+(?:mortos|feridos)"
)
_MEANS_HARM_PASSIVE = (
    r"killed|wounded|injured|died|dead|maimed|muert[oa]s|murieron|muri[oó]|herid[oa]s?|"
    r"mort[oa]s?|morreram|morreu|ferid[oa]s?|"
    # hit by the munition itself, somewhere on the body: "fue alcanzado en la cabeza por un bote
    # de gas", "was struck on the temple by a canister", "foi atingido no olho por uma bala"
    r"(?:was|were|fue|fueron|result[oó]|foi|foram)\s+(?:hit|struck|alcanzad[oa]s?|golpead[oa]s?|"
    r"impactad[oa]s?|atingid[oa]s?)\s+(?:in|on|en|no|na|nos|nas)\s+(?:the\s+|his\s+|her\s+|their\s+|"
    r"la\s+|el\s+|los\s+|las\s+)?(?:left\s+|right\s+)?(?:head|face|eyes?|temple|chest|neck|legs?|"
    r"arms?|back|abdomen|stomach|thigh|cabeza|rostro|cara|ojos?|pecho|cuello|piernas?|brazos?|"
    r"espalda|muslo|cabe[cç]a|olhos?|peito|pesco[cç]o|pernas?|bra[cç]os?|costas|barriga|coxa)|"
    # the dead recovered after it: "los 15 cuerpos recuperados tras el bombardeo"
    r"(?:bodies|cuerpos|cad[aá]veres|corpos)\s+(?:(?:were|fueron|foram)\s+)?(?:recovered|found|"
    r"recuperad[oa]s|hallad[oa]s|encontrad[oa]s|retirad[oa]s)"
)


# What befell the craft itself, no one's attack: "killed when an army helicopter crashed"
_MISHAP = (
    r"\s+(?:crashed|crash(?:es)?|went\s+down|came\s+down|fell|overturned|capsized|plunged|"
    r"caught\s+fire|se\s+estrell[oó]|se\s+desplom[oó]|cay[oó]|se\s+accident[oó]|volc[oó]|"
    r"caiu|caíram|se\s+acidentou|despencou|capotou|colidiu)\b"
)


# "Constable Clarke Steele": later "Steele fired" is an agent's act.
_RANKED_NAME = gate(
    re.compile(
        r"\b(?:Officer|Constable|Trooper|Deputy|Sgt\.?|Sergeant|Detective|Lt\.?|Lieutenant|Cpl\.?|"
        r"Corporal|Agente|agente|Sargento|sargento|Cabo|cabo|Soldado|soldado|Teniente|Tenente|"
        r"Inspector|inspector|Sheriff|Capt\.?|Captain|Patrolman|Marshal|Ranger|Agent)\s+"
        r"(?:[A-ZÁÉÍÓÚ][\w'-]+\s+){0,2}(?P<surname>[A-ZÁÉÍÓÚ][\w'-]{2,})\b"
    )
)


# "Defendant TRAVIS LEE HOLCOMB was employed by the Sheriff's Office as a detention sergeant",
# "Mark Ellis, a police officer, ...": later "HOLCOMB struck K.M." is an agent's act too.
_DEFINED_AGENT = gate(
    re.compile(
        r"\b(?-i:[A-Z][\w'-]+\s+){1,3}(?P<surname>(?-i:[A-Z][\w'-]{2,}))(?:,\s+|\s+(?:was|is)\s+"
        r"(?:employed\s+(?:by\s+[^.;]{3,60}?\s+)?as\s+|serving\s+as\s+)?)an?\s+"
        r"(?:(?:detention|correctional|police|prison|jail|border|patrol|senior|serving|"
        r"off-duty|on-duty|narcotics|traffic)\s+){0,2}"
        r"(?:officer|sergeant|deputy|constable|trooper|jailer|warden|soldier|corporal|"
        r"lieutenant|detective|policeman|policewoman)\b",
        re.IGNORECASE,
    )
)


@cache
def _named_agent_act(surnames: tuple[str, ...], lang: str) -> re.Pattern[str]:
    acts = "|".join(lx.HARM_ACT[x] for x in ([lang] if lang == "en" else [lang, "en"]))
    names = "|".join(re.escape(n) for n in surnames)
    return re.compile(
        rf"\b(?P<force>(?-i:{names}))\b(?P<gap>[^.;:!?\"“”]{{0,40}}?)\b(?P<harm>{acts})\b",
        re.IGNORECASE,
    )


# what every branch of the vocab's ``custody`` patterns holds (English only: no other language
# has them yet; a language that adds them adds its words here): the long pattern is tried only
# in the sentences that have one
_CUSTODY_WORD = re.compile(r"tortur|beat|\brap|sexual|abus|ill-treat|escap", re.IGNORECASE)
# a death in custody: the custody and the death both named ("died in military custody")
_CUSTODY_DEATH_WORDS = (
    re.compile(
        r"custody|detention|detained|arrested|picked\s+(?:him|her|them)\s+up|prison|custodia|"
        r"cust[oó]dia|penal|c[aá]rcel|prisi[oó]n|celda|calabozo|"
        r"bartolina|penitenci|pres[ií]dio|pris[aã]o|cadeia|cela\b|carceragem|esquadra",
        re.IGNORECASE,
    ),
    re.compile(
        r"death|died|dying|muri[oó]|falleci[oó]|muert|muerte|perdi[oó]|morreu|faleceu|mort|perdeu|"
        r"ahorcad|enforcad",
        re.IGNORECASE,
    ),
)
# a riot or a fight among the inmates: their dead are not the custodians' ("una riña entre
# pandillas dentro del penal", "rebelião no presídio")
_INMATES_FIGHT = re.compile(
    # (not the fight he was arrested for: "detenido la tarde anterior por una riña en el mercado")
    r"(?<!por\suna\s)(?<!por\s)\b(?:riñas?|mot[ií]n|motines|reyertas?|rebeli[oó]n|rebeli[aã]o|brigas?\s+entre|"
    r"enfrentamientos?\s+entre\s+(?:reos|internos|presos|pandillas)|confrontos?\s+entre\s+"
    r"(?:presos|detentos|fac[cç][oõ]es))",
    re.IGNORECASE,
)

# The agents came after the harm: "a ação dos agentes foi posterior às mortes", "antes de
# cualquier intervención policial", "before police intervened"
_AGENTS_CAME_AFTER = re.compile(
    r"\b(?:foi|fue|was|were)\s+posterior(?:es)?\s+(?:à|às|ao|aos|a\s+la|a\s+las|a\s+los|al|to\s+the)\s+"
    r"(?:mortes|muertes|deaths|killings|agress[oõ]es|agresiones|lesiones|ferimentos|injuries)\b|"
    r"\bantes\s+de\s+(?:cualquier|toda|la)\s+intervenci[oó]n\b|\bantes\s+d[ae]\s+(?:qualquer\s+|toda\s+)?"
    r"interven[cç][aã]o\b|\bbefore\s+(?:any\s+)?(?:police|officers|guards|the\s+police|the\s+guards)\s+"
    r"(?:intervened|intervention|arrived|came\s+in)\b",
    re.IGNORECASE,
)

# The one harmed in custody was harmed by other inmates: "depois de ter sido atacado por
# reclusos", "asesinado a puñaladas por otro interno", "stabbed to death by members of a prison
# gang", "Homicidio entre internos"
BY_INMATES = re.compile(
    r"\b(?:atacad|agredid|asesinad|apuñalad|esfaquead|golpead|espancad|mort|muert|attacked|"
    r"stabbed|beaten|killed|strangled)\w*\s+(?:[\w-]+\s+){0,2}?(?:por|pel[oa]s?|by)\s+(?:(?:otros?|"
    r"outros?|other|another|fellow|his|her|their|los|las|os|as|un|uno|um|dos|tres|dois|tr[eê]s|"
    r"two|three|several|varios|v[aá]rios|an?)\s+)?(?:(?:fellow|compañeros?|companheiros?)\s+)?"
    r"(?:reclus[oa]s?|internos?|pres[oa]s?|reos?|detentos?|inmates?|prisoners?|cellmates?|"
    r"(?:members\s+of\s+an?\s+)?(?:prison\s+)?gang(?:\s+members)?|compañeros\s+de\s+celda|"
    r"companheiros\s+de\s+cela)\b|"
    r"\b(?:homicidio|homic[ií]dio|riña|pelea|briga|fight)\s+(?:entre|between|among)\s+(?:internos|"
    r"reclusos|presos|reos|detentos|inmates|prisoners)\b",
    re.IGNORECASE,
)


def find_agency(
    sentences: list[Sentence], lang: str | None, title: str | None = None
) -> list[Agency]:
    """Where ``sentences`` tell state agents' harm; ``title``, the page's headline when the cleaner
    kept it apart from the text, may tell who did the harm the lede tells without them."""
    pats = _patterns(lang or "en")
    negated, negated_near = _negation(lang)
    found: list[Agency] = []
    surnames = tuple(
        sorted(
            {
                m.group("surname")
                for s in sentences
                for pattern in (_RANKED_NAME, _DEFINED_AGENT)
                for m in pattern.finditer(s.text)
            }
        )
    )
    named = _named_agent_act(surnames, lang if lang in lx.HARM_ACT else "en") if surnames else None
    for index, sentence in enumerate(sentences):
        text = sentence.text
        following = sentences[index + 1].text if index + 1 < len(sentences) else ""
        # the act and passive patterns all hold a force: one scan for it spares the other three
        # in the sentences without one (17,305 of 17,416 on 300 web pages)
        forced = names_force(text)
        revealed = _REVEALED.get(lang or "en")
        if (
            revealed is not None
            and (made_known := revealed.search(text)) is not None
            and not not_serving(text, made_known.start("agent"), made_known.end("agent"))
        ):
            found.append(_agency(sentence, "act", made_known))
            continue
        if named is not None:
            for match in named.finditer(text):
                if not (
                    _REPORTING.search(match.group("gap"))
                    or _PASSIVE_AUX.search(text[: match.start("harm")])
                    or _MISSED.search(text[match.end("harm") :])
                    # "The members fired warning shots in the air to disperse the crowd"
                    or _WARNING_SHOTS.match(text[match.end("harm") :].lstrip())
                    or _WARNING_SHOTS.search(match.group("harm"))
                ):
                    found.append(_agency(sentence, "act", match))
                    break
        for match in _from_each_force(pats["act"], text) if forced else ():
            # "Police arrested them and, according to media reports, beat them": an attribution
            # set off by commas does not change who acted
            gap = _ATTRIBUTION.sub(lambda m: " and " if m.group("and") else " ", match.group("gap"))
            # "Police, pursuing stolen livestock, opened fire": the agents' own errand, set off by
            # commas right before their act, is no one else's shooting
            gap = _ERRAND_ASIDE.sub(" ", gap)
            # the agents' act told after what befell them for it: "An officer was charged on
            # Monday after fatally shooting a teenager" (the one charged did the shooting)
            gerund = _GERUND_AFTER.match(match.group("harm")) is not None
            if gerund:
                if not _subject_before(text[: match.start("force")], lang or "en"):
                    continue  # "the suspect was shot by police after killing two people"
                gap = _HELD_FOR_IT.sub(" ", gap)
            relative = bool(
                _RELATIVE_GAP.fullmatch(gap)
                or _ARRESTED_AND.match(gap)
                or _SELF_REPORT.fullmatch(gap)
                or _came_upon_and(gap)
                or _BELIEVED_TO.fullmatch(gap)
            )
            if (not relative and _REPORTING.search(gap)) or negated.search(
                text[: match.start("harm")]
            ):
                continue
            if _not_done(text, match.start("harm")):
                continue  # "soldiers threatened to kill his family"
            if _NOT_CLAIMED.search(text, 0, match.start("force")):
                continue  # "We are not saying the police killed him": a claim not made
            if _a_kind_of_agent(text, match.start("harm"), match.group("harm")):
                continue  # "immunity to soldiers who kill civilians": whoever would, no case
            if _OTHER_RELATIVE.search(gap) and not _ANY_FORCE.search(gap):
                continue  # "la policía buscaba al hombre que mató a su esposa": his act
            if _OTHER_SUBJECT.search(gap) and not _ANY_FORCE.search(gap[-40:]):
                continue  # "el agente caminaba ... cuando dos hombres le dispararon": theirs
            if _OTHER_SUBJECT_CLAUSE.search(gap):
                continue  # "Cuando bajaron del patrullero, el acusado les disparó": his
            if match.group("harm")[:1].isupper() or re.search(r"[|]|\s-\s", gap):
                continue  # a title-case headline, or two headlines run together
            weak = _WEAK_ACT.fullmatch(match.group("harm").strip()) is not None
            if (
                (weak or _MUNITION_OBJECT.match(text, match.end("harm")))
                and not _PERSON_OBJECT.match(text, match.end("harm"))
                # (the pronoun just after the agents: not "los delincuentes ... le dispararon")
                and not (len(gap.split()) <= 2 and _AT_SOMEONE.search(text, 0, match.start("harm")))
                and not harms_someone(
                    without_denials(
                        text[: match.start("harm")]
                        + " "
                        + text[match.end("harm") :]
                        + " "
                        + following
                    )
                )
                and not lx.SHOT_LANDED.match(text[match.end("harm") :])
            ):
                # "officers returned fire", "forces struck a school" hurt no one by themselves,
                # nor does the next sentence say anyone was hurt ("struck him" does)
                continue
            if _MISSED.search(text[match.end("harm") :]):
                continue
            if _ELECTRIC_OR_SPRAY.fullmatch(match.group("harm").strip()) and not harms_someone(
                without_denials(text[match.end("harm") :] + " " + following)
            ):
                continue  # "Deputies used a Taser on the man and arrested him": no harm told
            if _BLOW.search(match.group("harm")) and _THING_STRUCK.match(text, match.end("harm")):
                continue  # "the officer slapped the window": no one struck
            if weak and _agents_harmed_after(text, match.end("harm")):
                continue  # "the army fired rockets at a site, killing several Saudi soldiers"
            if weak and _IN_THE_AIR.match(text[match.end("harm") :]):
                continue  # "fired several rounds in the air": warning shots hurt no one
            if _WARNING_SHOTS.search(match.group("harm")):
                continue  # "The members fired warning shots in the air to disperse the crowd"
            if (
                weak
                and (escaped := _ATTACKERS_ESCAPED.search(text, match.end("harm"))) is not None
                and not lx.DEATH.search(text, escaped.end())
            ):
                continue  # "returned fire ..., but the attackers escaped": whom did they hit?
            if not gerund and _PASSIVE_AUX.search(text[: match.start("harm")]):
                continue  # "an officer was shot": the force is the one harmed
            if _REFLEXIVE.search(text, 0, match.start("harm")):
                continue  # "ninguém além dos policiais se feriu": the agents hurt themselves
            if _PASSIVE_THEN_CLAUSE.match(gap):
                continue  # "a constable was martyred when gunmen opened fire on him"
            if not gap.strip() and _REDUCED_PASSIVE.match(text, match.start("harm")):
                continue  # "union mourns Tembisa constable shot dead at robbery scene"
            if _DETERMINER_BEFORE.search(text, 0, match.start("harm")):
                continue  # "officers treated the wounded man": an adjective, not their act
            if _FORCE_AS_MODIFIER.match(text[match.end("force") :]):
                continue  # "a military base ... that killed", "police station"
            if _AGENTS_AS_OBJECT.match(text[match.end("harm") :]):
                continue  # "an attack ... that killed more than 100 soldiers": agents harmed
            if not relative and _force_as_object(
                text[max(0, match.start("force") - 30) : match.start("force")]
            ):
                continue  # "told police he shot" (but "al cabo que disparó" is the agent)
            if _non_state(text, match):
                continue
            if _judicial(match.group("harm"), match.group("force"), text):
                continue  # a death sentence carried out is not force used on someone
            found.append(_agency(sentence, "act", match))
            break
        if lang in ("es", "pt") and (not found or found[-1].sentence is not sentence) and index > 0:
            previous = sentences[index - 1].text
            if index > 1 and _SUBJECT_GOES_ON.match(previous) and not names_force(previous):
                # "Entraron los custodios. Dijeron que ... Nos empezaron a dar con los bastones"
                previous = f"{sentences[index - 2].text} {previous}"
            dropped = _subject_dropped(pats["act"], previous, text, following)
            if dropped is not None:
                found.append(_agency(sentence, "act", dropped))
        if not found or found[-1].sentence is not sentence:
            crew = _crew_for_force(pats["act"], sentences, index, negated, lang or "en")
            if crew is not None:
                found.append(
                    Agency(sentence, "act", sentence.start + crew[0], sentence.start + crew[1])
                )
        if forced and (not found or found[-1].sentence is not sentence):
            for match in pats["act_after"].finditer(text):
                if (
                    _REPORTING.search(match.group("gap"))
                    or negated.search(text[: match.start("harm")])
                    or _FORCE_AS_MODIFIER.match(text[match.end("force") :])
                    or _non_state(text, match)
                ):
                    continue
                found.append(_agency(sentence, "act", match))
                break
        if forced and (not found or found[-1].sentence is not sentence):
            for match in pats["act_then"].finditer(text):
                if (
                    _REPORTING.search(text[match.end("attack") : match.end("gap")])
                    or negated.search(text[: match.start("force")])
                    or _FORCE_AS_MODIFIER.match(text[match.end("force") :])
                    or _force_as_object(
                        text[max(0, match.start("force") - 30) : match.start("force")]
                    )
                    or _AGENTS_AS_OBJECT.match(text[match.end("harm") :])
                    or _non_state(text, match)
                ):
                    continue
                found.append(_agency(sentence, "act", match))
                break
        if forced and (not found or found[-1].sentence is not sentence):
            # who fired, told after the harm: "Às 22h55, estava morto com quatro tiros. Quem
            # atirou foram policiais militares da Rotam", "Quienes dispararon fueron agentes"
            cleft = _CLEFT.search(text)
            # (the harm told up to three sentences before: "Foram mortos a tiros ... os irmãos
            # ... Ele foi levado ... Quem atirou, segundo os moradores, foram policiais")
            previous_text = (
                " ".join(s.text for s in sentences[max(0, index - _CLEFT_REACH) : index])
                if cleft is not None
                else ""
            )
            if cleft is not None and harms_someone(without_denials(f"{previous_text} {text}")):
                found.append(_agency(sentence, "act", cleft))
        if lang in ("es", "pt") and (not found or found[-1].sentence is not sentence):
            coordinated = _coordinated_harm(pats["coord"], text, following, negated_near)
            if coordinated is not None:
                found.append(_agency(sentence, "act", coordinated))
        for match in pats["passive"].finditer(text) if forced else ():
            if negated_near.search(text[max(0, match.start() - 60) : match.start()]):
                continue
            if _not_done(text, match.start()):
                continue  # "they will be beaten by police if they protest"
            if _non_state(text, match):
                continue
            found.append(_agency(sentence, "passive", match))
            break
        for kind in ("means", "means_passive", "means_which", "means_where", "means_then"):
            if kind == "means_where" and (lang not in ("es", "pt") or "," not in text):
                continue
            if kind == "means_then" and (
                "," not in text or (found and found[-1].sentence is sentence)
            ):
                continue  # the long reach only where a comma may come before the outcome
            if kind == "means_which" and (
                lang not in (None, "en")
                or ", which" not in text
                or (found and found[-1].sentence is sentence)
            ):
                continue  # the long reach only where a relative clause may hold the harm
            for match in pats[kind].finditer(text):
                if _non_state(text, match) or negated_near.search(
                    text[max(0, match.start() - 40) : match.start()]
                ):
                    continue
                if kind != "means_passive" and _AGENTS_AS_OBJECT.match(text[match.end("harm") :]):
                    continue  # "an air strike ... killed 29 Turkish soldiers": agents harmed
                found.append(
                    _agency(sentence, "passive" if kind == "means_passive" else "act", match)
                )
                break
        if forced and (not found or found[-1].sentence is not sentence):
            restrained = _RESTRAINED_BY.search(text)
            if restrained is not None and harms_someone(
                without_denials(text[: restrained.start()] + " " + text[restrained.end() :])
            ):
                # "pronounced dead after being tased by deputies": force that hurts no one by
                # itself, told beside a death or an injury ("tased by an officer in a non-lethal
                # ending" is no harm)
                found.append(_agency(sentence, "passive", restrained))
        custody = (
            _CUSTODY_WORD.search(text) or all(words.search(text) for words in _CUSTODY_DEATH_WORDS)
        ) and pats["custody"].search(text)
        if (
            custody
            and not negated_near.search(text[max(0, custody.start() - 40) : custody.start()])
            and not NON_STATE_NAMED.search(text[max(0, custody.start() - 60) : custody.end()])
            and not _INMATES_FIGHT.search(text)
            and not BY_INMATES.search(text)
            # the one who died is a guard: "Un custodio murió ... en el penal de Fraijanes"
            and not _AGENT_SUBJECT.match(text)
            and not _ANY_CASE_BEFORE.search(text, max(0, custody.start() - 20), custody.start())
            and not _ILLNESS.search(text)
        ):  # the custodians are the agents; not when an armed group holds them, nor a disease
            found.append(_agency(sentence, "passive", custody))
        elif lang in (None, "en") and "their custody" in text:
            # "charges against five police personnel in connection with the death of a driver in
            # their custody": the agents named before are the custodians
            theirs = _THEIR_CUSTODY.search(text)
            if (
                theirs is not None
                and names_force(text[: theirs.start()])
                and not NON_STATE_NAMED.search(text[: theirs.end()])
                and not negated_near.search(text[max(0, theirs.start() - 40) : theirs.start()])
            ):
                found.append(_agency(sentence, "passive", theirs))
        # the first operation or clash the sentence tells that is no rule's case nor denied:
        # "police did not use live ammunition, but officers ... charged crowds" tells the charge
        context = None
        for candidate in pats["context"].finditer(text):
            if _context_denied(text, candidate, lang):
                continue
            if not _context_vetoed(text, candidate):
                context = candidate
            break  # (a rule's cases or a term named: the sentence tells none after it either)
        if context is None and lang in ("es", "pt"):
            # "los agentes que participaron en el operativo del domingo, donde perdió la vida el
            # joven": an operation, its agents and a death or an injury in one sentence
            context = _OPERATION_NOUN.search(text)
            told = _unpointed(without_denials(text)) if context else ""
            harm = (lx.DEATH.search(told) or lx.INJURY.search(told)) if context else None
            if (
                context is not None
                and not (
                    harm is not None
                    and names_force(text)
                    # the one harmed is no agent: "um agente ... ficou ferido ... numa abordagem"
                    and not lx.AGENT_NOUN.search(text[max(0, harm.start() - 60) : harm.start()])
                    # "Um militar da Gendarmerie ..., de origem portuguesa, morreu ... depois de
                    # ter sido atropelado por um condutor que recusou parar numa operação": the
                    # sentence's subject is the agent, and no one else is harmed after him
                    and not (
                        _AGENT_SUBJECT.match(text)
                        and not lx.DEATH.search(told, harm.end())
                        and not lx.INJURY.search(told, harm.end())
                    )
                    and not pats["agent_victim"].search(text)
                    and not NON_STATE_NAMED.search(text)
                    and not _CRIMINALS.search(text)
                )
            ):
                context = None
        if (
            context is not None
            and _IN_A_UNITS_NAME.search(text[: context.start()])
            and not harms_someone(without_denials(text))
        ):
            # "unidades como o Batalhão de Operações Policiais Especiais (Bope)": a unit's name,
            # in a sentence that tells no harm ("uma operação do Batalhão de Operações Policiais
            # Especiais deixou oito mortos" does)
            context = None
        if context and _RAID.search(context.group(0)) and not harms_someone(without_denials(text)):
            # a raid frames harm told in its own sentence ("police raided the homes of ten
            # journalists" hurts no one), but the weapons a dispersal used frame harm told after
            # it: "dispersó la protesta con gases lacrimógenos y balas de goma"
            context = next(
                (
                    c
                    for c in pats["context"].finditer(text, context.end())
                    if not _RAID.search(c.group(0))
                ),
                None,
            )
        if (
            context
            and not forced
            and index
            and _bare_clash(context.group(0).strip())
            and _ARMED_GROUPS.search(sentences[index - 1].text)
            and not names_force(sentences[index - 1].text)
        ):
            context = (
                None  # "Homens de uma facção ... atiraram contra um grupo. Houve troca de tiros."
            )
        if (
            context
            and index
            and _PELLETS.search(context.group(0))
            and _FIRED_BEFORE.search(sentences[index - 1].text)
            and not names_force(sentences[index - 1].text)
            and not names_force(text)
        ):
            # "vio a dos hombres ... y efectuó un disparo. Uno de ellos recibió perdigones": the
            # pellets of the one who fired, told just before, not riot police's
            context = None
        if context and _AGENTS_CAME_AFTER.search(text):
            # "los presos relataron que la acción de los agentes fue posterior a las muertes",
            # "se produjeron ... antes de cualquier intervención policial": the harm was over
            # when the agents came
            context = None
        if context:
            found.append(_agency(sentence, "context", context))
        clash = lx.CLASH.search(text)
        if (
            clash
            and not _clash_denied(text, clash.start(), lang)
            # "qualquer morte em que a versão policial fosse a de confronto": a rule's cases
            and not _ALL_DEATHS.search(text, 0, clash.start())
            # "un enfrentamiento entre bandas rivales": a clash of armed groups among themselves
            and not _BETWEEN_GROUPS.match(text, clash.end())
            and harms_someone(_unpointed(text))
            and not pats["agent_victim"].search(text)
            and (names_force(text) if lang == "en" else _forces_near(sentences, sentence))
        ):
            found.append(_agency(sentence, "context", clash))
        victim = pats["agent_victim"].search(text)
        if victim:
            found.append(_agency(sentence, "agent_victim", victim))
    if lang in (None, "en"):
        found += _they_acted(sentences, found)
        found += _confronted_then_shot(sentences, found)
        found += _encounter_then_shot(sentences, found)
        found += _parsed(sentences, found)
    found += _taken_then_dead(sentences)
    found += _restrained_then_dead(sentences)
    found += _action_then_toll(sentences)
    if lang in (None, "en"):
        found += _fired_then_toll(sentences, found)
    found += _raided_then_shot_dead(sentences)
    if lang in (None, "en"):
        found += _headline_then_lede(sentences, found, title)
    found += _attributed_after(sentences, found)
    found += _harm_then_version(sentences, found)
    if lang in ("es", "pt"):
        found += _fired_then_toll_es_pt(sentences, found)
        found += _they_acted_es_pt(sentences, found, lang)
        found += _armed_then_shot(sentences, found, lang)
        found += _fled_then_shot(sentences, found)
    found += _held_then_hurt(sentences, found)
    found += _filmed(sentences, found)
    accusations = _ACCUSATIONS.get(lang or "en", ())
    for sentence in sentences if accusations else ():
        if not _ACCUSE_WORD.search(sentence.text):
            continue  # the long patterns only where an accusation is told
        alleged = next((m for p in accusations if (m := p.search(sentence.text))), None)
        if alleged and not NON_STATE_NAMED.search(sentence.text):
            found.append(_agency(sentence, "passive", alleged))
    for sentence in sentences:
        accused = _ACCUSED_OF_DEATH.search(sentence.text)
        if accused and (
            # the agents among the accused, not the victim: "guilty of the killing of Constable X"
            lx.AGENT_NOUN.search(sentence.text, accused.start(), accused.start("harm"))
            or _AGENTS_ACCUSED.search(sentence.text[max(0, accused.start() - 80) : accused.start()])
        ):  # the agents are the accused, not the ones who arrested or charged someone
            found.append(_agency(sentence, "context", accused))
    return [a for a in found if not retracted(a.sentence.text)]


def retracted(text: str) -> bool:
    """The sentence tells what a correction withdraws or a fact-check's claim, not a fact."""
    return bool(_RETRACTED_OR_CLAIMED.search(text))


# What a page withdraws or checks, not what it tells: an earlier version's words in a correction
# ("An earlier version of this article said that officers shot ...", "En una primera versión de
# esta nota se informó que policías abatieron ...") and the claim a fact-check quotes under its
# label ("QUÉ SE DIJO: «La Fuerza Pública mató a ...»", "Claim:", "O que circula:")
_RETRACTED_OR_CLAIMED = gate(
    re.compile(
        r"\b(?:an?|the)\s+(?:earlier|previous|original|first)\s+version\s+of\s+(?:this|the)\s+"
        r"(?:article|story|report|post|piece|dispatch|bulletin|explainer|newsletter)\b|"
        r"\b(?:una|la)\s+(?:primera|anterior)\s+versi[oó]n\s+de\s+(?:esta|este|la|el)\s+"
        r"(?:nota|noticia|informaci[oó]n|art[ií]culo|publicaci[oó]n|texto|cr[oó]nica|despacho|"
        r"bolet[ií]n)\b|"
        r"\b(?:uma|a|na|numa)\s+(?:primeira|anterior)\s+vers[aã]o\s+(?:desta|deste|da|do)\s+"
        r"(?:reportagem|mat[eé]ria|texto|not[ií]cia|publica[cç][aã]o|nota|despacho|artigo|"
        r"boletim)\b|"
        r"\bvers[aã]o\s+anterior\s+(?:desta|deste|da|do)\s+(?:reportagem|mat[eé]ria|texto|"
        r"not[ií]cia|publica[cç][aã]o|nota|despacho|artigo|boletim)\b|"
        r"^\W*(?:qu[eé]\s+se\s+dijo|lo\s+que\s+(?:se\s+dice|circula|se\s+difundi[oó])|"
        r"(?:la\s+)?afirmaci[oó]n|(?:the\s+)?claim|what\s+(?:was\s+claimed|(?:the\s+)?posts?\s+"
        r"(?:says?|claims?))|o\s+que\s+(?:foi\s+dito|se\s+diz|circula|est[aá]\s+circulando)|"
        r"(?:a\s+)?alega[cç][aã]o)\s*:|"
        # a rumour a page sets out to answer: "rumors that spread on social media ..., including
        # claims that some of the victims were struck by police gunfire"
        r"\b(?:rumou?rs?|rumores?|boatos?|(?:false|unfounded)\s+claims?)\s+(?:that|of|de\s+que|"
        r"sobre)\b|"
        # a post's caption quoted: "vídeos ... circularam com a legenda 'polícia matando no Rio
        # Joanes'", "con la leyenda", "with the caption"
        r"\b(?:com\s+a\s+legenda|con\s+la\s+leyenda|with\s+the\s+caption)\b",
        re.IGNORECASE,
    )
)


# es/pt: agents accused of a harm, the accusation told actively or passively: "acusan a la
# policía de haber baleado a un niño", "moradores acusam policiais do 41º BPM de terem executado
# o jovem", "el subteniente del Ejército fue acusado de haber ejecutado a dos campesinos", "la
# Fiscalía investiga a tres policías por la desaparición y muerte de Santiago".
_ACCUSE_WORD = re.compile(
    r"\b(?:accus|blam|acus|denunci|responsabiliz|señal|sindic|investig|indici|process|apunt|suspeit|sospech|"
    r"captur|detenid|arrestad|detid|pres[oa]s?\b|aprehendid)",
    re.IGNORECASE,
)
_HARMED_PART = (
    r"(?:haber\s+|ter\s+|terem\s+|tener\s+)?(?:"
    + "|".join(
        lx.forms_of(lang, "kill", "execute", "injure", part="participle") for lang in ("es", "pt")
    )
    + r"|privad[oa]\s+de\s+la\s+vida|mort[oa]|muert[oa]|(?:la\s+|a\s+|el\s+|o\s+)?(?:desaparici[oó]n\s+y\s+|desaparecimento\s+e\s+)?"
    r"(?:muertes?|mortes?|asesinatos?|assassinatos?|homicidios?|homic[ií]dios?|ejecuci[oó]n|"
    r"execu[cç][aã]o|torturas?)\s+(?:de|do|da|dos|das|del)\b|"
    # the act itself: "suspeitos de matar um entregador", "sospechosos de asesinar a"
    r"(?:matar|asesinar|assassinar|ejecutar|executar|balear|torturar|espancar|golpear)\b)"
)
_ACCUSE_AGENTS = re.compile(
    rf"\b(?:acus|denunci|responsabiliz|señal|sindic|investig|apunt)\w*\s+(?:a\s+)?(?:[\w-]+\s+){{0,3}}?"
    rf"(?:{_FORCE_NP})(?:\s+[\w.ºª-]+){{0,4}}?\s+(?:de|por|pela|pelo)\s+{_HARMED_PART}",
    re.IGNORECASE,
)
# English: "residents accused officers of the Rapid Intervention Battalion of executing a
# fighter", "relatives blamed soldiers for the killing of the two herders" (an accusation of a
# harm done, not of failing to act: "accused the police of doing nothing to stop the killings")
_ACCUSE_AGENTS_EN = re.compile(
    rf"\b(?:accus(?:ed|es|ing)|blam(?:ed|es|ing))\s+(?:[\w-]+\s+){{0,3}}?(?:{_FORCE_NP})"
    rf"(?:\s+(?!of\b|for\b)[\w.'’-]+){{0,5}}?\s+(?:of|for)\s+(?:having\s+)?(?:"
    rf"(?:killing|executing|shooting|murdering|beating|torturing|abducting\s+and\s+killing|"
    rf"opening\s+fire\s+on|firing\s+on)\s+(?!(?:at|into|in|on)\b)|"
    rf"(?:the\s+)?(?:killings?|deaths?|murders?|executions?|shooting|beating|torture)\s+of\s)",
    re.IGNORECASE,
)
_AGENTS_ACCUSED_OF = re.compile(
    rf"\b(?:{_FORCE_NP})(?:\s+[\w.ºª-]+){{0,4}}?\s+(?:fue|fueron|foi|foram|está|están|estão|es|"
    rf"son|é|são)\s+(?:acusad|denunciad|investigad|señalad|indiciad|procesad|processad|suspeit|"
    rf"sospech|capturad|detenid|arrestad|detid|pres[oa]s?\b|aprehendid)\w*\s+"
    rf"(?:de|por|pela|pelo)\s+{_HARMED_PART}",
    re.IGNORECASE,
)
# the accusation patterns of each language
_ACCUSATIONS: dict[str, tuple[re.Pattern[str], ...]] = {
    "en": (_ACCUSE_AGENTS_EN,),
    "es": (_ACCUSE_AGENTS, _AGENTS_ACCUSED_OF),
    "pt": (_ACCUSE_AGENTS, _AGENTS_ACCUSED_OF),
}
_AGENTS_ACCUSED = re.compile(
    rf"{lx.AGENT_NOUN.pattern}\s+(?:[\w-]+\s+){{0,3}}?(?:was|were|has\s+been|have\s+been|"
    rf"had\s+been|fue|fueron|foi|foram|ha\s+sido|han\s+sido|ser[aá]n?|est[aá]n?)\s+(?:\w+\s+)?$|"
    # "três agentes da Polícia da República de Moçambique acusados do homicídio de": the agents,
    # their body's name, then the word of the accusation
    rf"{lx.AGENT_NOUN.pattern}(?:\s+(?:de|del|da|do|dos|das|of)\s+(?:la\s+|los\s+|the\s+)?"
    rf"[\w-]+){{0,4}}\s*,?\s*$",
    re.IGNORECASE,
)
# Agents tried, charged or convicted for the death of named or counted people: the sentence tells
# the incident ("culpables de homicidio ... por la muerte de dos pescadores").
_ACCUSED_OF_DEATH = gate(
    re.compile(
        r"\b(?:culpables?|condenad[oa]s?|acusad[oa]s?|imputad[oa]s?|procesad[oa]s?|guilty|convicted|"
        r"conden(?:ó|aron|ou|aram)|imput(?:ó|aron)|acus(?:ó|aron|ou|aram)|denunci(?:ou|aram)|"
        r"sentenced|charged|indicted|accused|prosecuted|réus|denunciad[oa]s?|pronunciad[oa]s?)\b"
        r"[^.;]{0,120}?\b(?:por|for|of|in|pela|pelo|pelas|pelos|de|del|do|da)\s+"
        r"(?:la\s+|el\s+|a\s+|o\s+|the\s+|as\s+|os\s+)?"
        r"(?P<harm>muertes?|asesinatos?|homicidios?|ejecuci[oó]n|deaths?|killings?|murders?|fatal\s+shooting|"
        r"mortes?|assassinatos?|homic[ií]dios?|chacina|masacre|massacre)\s+(?:de|of|do|da|dos|das)\s+"
        r"(?:\w+\s+)?(?:(?-i:[A-Z0-9])|un|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|"
        r"um|uma|dois|duas|tr[eê]s|quatro|sete|two|three|four|five|six|seven|eight|nine|ten|"
        r"\w+\s+(?:pescadores|j[oó]venes|jovens|personas|pessoas|people|men|women|civilians))",
        re.IGNORECASE,
    )
)


# Agents sent to a scene who then harm someone, one subject for both verbs: "officers were called
# to a fight and shot a man", "deputies responded to a 911 call, and then shot him". Not when a
# clause with a subject of its own comes between ("responded after a man shot his wife", "arrived
# and found a man shot"): that harm is told, not the agents'.
_DISPATCHED_AND = re.compile(
    r"\s+(?:had\s+been\s+|have\s+been\s+|were\s+|was\s+)?(?:called|responded|arrived|dispatched)"
    r"\b(?:(?!\b(?:who|whom|that|which|after|when|where|while|as|because|before|said|says|found|"
    r"reported|told|saw|heard|discovered)\b)[^,;.])*?,?\s+(?:and|and\s+then|then)\s+(?:\w+ly\s+)?",
    re.IGNORECASE,
)
# The agents came upon someone and then harmed him: "officers found him armed with a knife and
# shot and killed him" (not "found him dead" nor "found a man who had been shot").
_FOUND_AND = re.compile(
    r"\s+(?:found|confronted|encountered|located)\s+(?:him|her|them|the\s+(?:\w+\s+)?(?:man|woman|"
    r"suspect|driver)|(?-i:[A-Z][a-z]+))\b(?:(?!\b(?:who|whom|that|which|dead|shot|wounded|injured|"
    r"killed|bleeding|unresponsive|lying)\b)[^,;.])*?,?\s+and\s+(?:then\s+)?(?:\w+ly\s+)?",
    re.IGNORECASE,
)


def _came_upon_and(gap: str) -> bool:
    """The gap before a harm tells the agents arriving or finding someone, then "and"."""
    return bool(_DISPATCHED_AND.fullmatch(gap) or _FOUND_AND.fullmatch(gap))


# A sentence worth parsing: it names a force and some harm, and no pattern found an agent in it.
# The agents telling their own act: "the army said it killed", "police said they had shot",
# "the military announced that it had killed": the pronoun is the force that speaks.
_SELF_REPORT = re.compile(
    r"(?:\s+(?:in|of|from)(?:\s+[\w'’-]+){1,3}?)?"  # "Police in Kaduna said they shot"
    r"\s+(?:said|says|claimed|claims|announced|stated|reported|acknowledged|admitted|confirmed)"
    r"\s+(?:that\s+)?(?:it|they)\s+(?:had\s+|has\s+|have\s+)?(?:\w+ly\s+)?",
    re.IGNORECASE,
)
_HARM_WORD = re.compile(
    r"\b(?:kill\w*|shot|shoot\w*|fired|fires?|firing|murder\w*|beat\w*|wound\w*|injur\w*|"
    r"tortur\w*|died|dies?|dead|stabb?\w*|strangl\w*|chok\w*|lynch\w*|assault\w*|gunned|"
    r"massacr\w*|execut\w*|slain|slew|maim\w*|hurt|club\w*|lathi-?charg\w*|rap(?:ed?|ing)|"
    # every verb of harm the parse reads (vocab [grammar] harm), in any of its forms
    + vocab.alternation([w for w in vocab.language_data("en")["grammar"]["harm"] if len(w) > 3])
    + r"\w*)\b",
    re.IGNORECASE,
)


def _decided(found: list[Agency]) -> set[int]:
    """Where the sentences that already have an agent's act or passive harm start: the passes
    after the patterns look only at the others."""
    return {a.sentence.start for a in found if a.kind in ("act", "passive")}


def _parsed(sentences: list[Sentence], found: list[Agency]) -> list[Agency]:
    """Harm clauses the parse finds (``grammar``) in sentences the patterns left without one."""
    decided = _decided(found)
    victims: dict[int, list[Agency]] = {}
    for a in found:
        if a.kind == "agent_victim":
            victims.setdefault(a.sentence.start, []).append(a)
    todo = [
        i
        for i, s in enumerate(sentences)
        if s.start not in decided
        and len(s.text) < 600
        and names_force(s.text)
        and _HARM_WORD.search(s.text)
    ]
    if not todo:
        return []
    pairs = [
        (sentences[i].text, sentences[i + 1].text if i + 1 < len(sentences) else "") for i in todo
    ]
    agencies = []
    for k, clause in harm_clauses(pairs, _names_force):
        sentence = sentences[todo[k]]
        verb = sentence.text[: clause.end].split()[-1]
        force = sentence.text[clause.start : clause.end - len(verb)]
        if _judicial(verb, force, sentence.text):
            continue  # a death sentence carried out is not force used on someone
        if _MISSED.search(sentence.text[clause.end :]):
            continue
        if _not_done(sentence.text, clause.end - len(verb)):
            continue  # "soldiers threatened to kill him"
        if _BLOW.search(verb) and _THING_STRUCK.match(sentence.text, clause.end):
            continue  # "the officer slapped the window": no one struck
        if _WARNING_SHOTS.match(sentence.text[clause.end :].lstrip()):
            continue  # "The members fired warning shots in the air to disperse the crowd"
        if _NEGATED_SUBJECT.search(sentence.text, 0, clause.start):
            continue  # "Not one round was fired by any officer": no harm, said of the agents
        if _NOT_CLAIMED.search(sentence.text, 0, clause.start):
            continue  # "We are not saying the police killed him": a claim not made
        if _a_kind_of_agent(sentence.text, clause.end - len(verb), verb):
            continue  # "immunity to soldiers who kill civilians": a kind of agent, no act
        if _agents_harmed_after(sentence.text, clause.end):
            continue  # "the army fired rockets at a site, killing several Saudi soldiers"
        if _COUNTED_BEFORE.search(sentence.text, max(0, clause.start - 30), clause.start) and (
            _NO_OBJECT_AFTER.match(sentence.text, clause.end)
        ):
            continue  # "Two jawans killed, one hurt as Maoists fire": a headline's passive
        head = re.match(r"\S+", sentence.text[clause.start :])
        head_end = clause.start + (head.end() if head else 0)
        if NON_STATE.search(sentence.text[max(0, clause.start - 60) : head_end]):
            continue  # "the Rapid Support Forces and allied militias killed": a group's allies
        if not_serving(sentence.text, clause.start, head_end):
            continue  # "Bail agents shoot man", "a retired trooper shot": no serving agents
        start, end = sentence.start + clause.start, sentence.start + clause.end
        if any(v.start < end and start < v.end for v in victims.get(sentence.start, ())):
            continue  # "Off-duty police officer shot dead in Niterói robbery": the agent is hit
        agencies.append(
            Agency(
                sentence, clause.kind, sentence.start + clause.start, sentence.start + clause.end
            )
        )
    return agencies


_PELLETS = re.compile(r"perdig|pellet|chumbinho|balines", re.IGNORECASE)
# someone fired, told in the sentence before: "y efectuó un disparo", "disparó dos veces"
_FIRED_BEFORE = re.compile(
    r"\b(?:(?:efectu[oó]|realiz[oó]|hizo|efetuou|deu|fez)\s+(?:un|dos|tres|varios|um|dois|tr[eê]s|"
    r"v[aá]rios)\s+(?:disparos?|tiros?)|dispar[oó]|disparou|atirou|abri[oó]\s+fuego|"
    r"fired\s+(?:a|his|her|the)\s+(?:shotgun|gun|rifle))\b",
    re.IGNORECASE,
)


# A headline's passive, its "were" left out: a count before the agents and nothing after the
# verb ("Two jawans killed, one hurt as Maoists fire on checkpoint", "3 soldiers shot in ambush")
_COUNTED_BEFORE = re.compile(
    r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|dozens\s+of)\s+"
    r"(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)
_NO_OBJECT_AFTER = re.compile(
    r"\s*(?:[,;:.)]|$)|\s+(?:as|in|after|when|while|during|near|at|on)\b", re.IGNORECASE
)


# a passive clause whose subject is none: "Not one round was fired by any officer", "No shots
# were fired by deputies", "no one was struck by police"
_NEGATED_SUBJECT = re.compile(
    r"\b(?:not\s+(?:one|a\s+single)|no|none(?:\s+of\s+the)?|nobody|no\s+one)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:was|were|has\s+been|have\s+been|had\s+been)\s+$",
    re.IGNORECASE,
)
_FORCE_HEAD = re.compile(rf"\b(?:{_FORCE_NP})$", re.IGNORECASE)


def not_serving(text: str, start: int, end: int) -> bool:
    """The force named at ``start:end`` is someone's past or a pretence: "a retired trooper",
    "ex-soldiers", "un suboficial retirado", "policial aposentado", "a bogus 'officer'", "bail
    agents", "falsos policías", "homens disfarçados de policiais"."""
    return bool(
        # (a window, not the text up to ``start``: the text may be a whole page)
        lx.FORMER_RIGHT_BEFORE.search(text, max(0, start - 80), start)
        or lx.FORMER_AFTER.match(text, end)
        or lx.IMPOSTOR_BEFORE.search(text, max(0, start - 50), start)
        or lx.IMPOSTOR_AFTER.match(text, end)
    )


def _names_force(phrase: str) -> bool:
    """A noun phrase whose head names state agents, of no armed group and not former ones."""
    return bool(
        _FORCE_HEAD.search(phrase)
        and not NON_STATE.search(phrase)
        and not re.search(r"\b(?:former|ex-|retired)", phrase, re.IGNORECASE)
    )


# Agents in one sentence, the death in a later one: "taken away by soldiers ... their bodies were
# found days later".
_TAKEN = re.compile(
    # ("Three villagers taken by troops found dead")
    rf"\b(?:(?:detained|arrested|abducted|taken\s+away|taken(?=\s+by\s)|picked\s+up|seized|"
    rf"taken\s+into\s+custody|rounded\s+up|detenid[oa]s?|levantad[oa]s?|"
    rf"privad[oa]s?\s+de\s+(?:su\s+)?libertad|detid[oa]s?|levad[oa]s?|abordad[oa]s?)\s+(?:\w+\s+){{0,3}}?(?:by|por|pel[oa]s?)\s+"
    # (a word or two on the agents: "by plainclothes officers", "by masked soldiers")
    rf"(?:the\s+|la\s+|los\s+|el\s+|os\s+|as\s+|an?\s+)?(?:[\w-]+\s+){{0,2}}?(?:{_FORCE_NP})|"
    # "two young men last seen in the custody of the Anti-Terrorism Unit"
    rf"(?:last\s+seen|held)\s+in\s+(?:the\s+)?custody\s+of\s+(?:the\s+|an?\s+)?"
    rf"(?:[\w-]+\s+){{0,2}}?(?:{_FORCE_NP})|"
    # (what they did before, set off by commas: "officers, some in uniform, arrived at a bar in
    # two pick-up trucks and arrested at least six young men")
    # (never past a passive: "according to deputies, Wiggins was arrested" is no one's act)
    # (an acronym in brackets among them: "officers of the Military Police of Public Order (PMOP)
    # detained")
    rf"(?:{_FORCE_NP}),?\s+(?:(?!(?:was|were|is|are|been|fue|fueron|foi|foram)\s)[\w.,ºª()-]+\s+){{0,24}}?"
    rf"(?:detained|arrested|abducted|took\s+away|picked\s+up|seized|rounded\s+up|detuvieron|"
    rf"se\s+llevaron|levantaron|detiveram|levaram|prenderam|chased|pursued|persiguieron|"
    # the subjunctive and personal infinitive of a time clause: "después de que militares los
    # detuvieran", "depois de militares os deterem"
    rf"detuvieran|detuviesen|se\s+llevaran|levantaran|deterem|detivessem|levarem|levassem|"
    rf"prenderem|prendessem|"
    rf"persiguió|interceptaron|enfrentaron|perseguiram|interceptaram|abordaram|confrontaram))\b",
    re.IGNORECASE,
)
_FOUND_DEAD = gate(
    re.compile(
        r"\b(?:bod(?:y|ies),?\s+(?:[\w,]+\s+){0,20}?(?:was|were|ha(?:ve|s|d)\s+been)\s+(?:\w+\s+)?"
        r"(?:found|discovered|"
        r"recovered|dumped|returned|handed\s+over)|found\s+(?:\w+\s+)?dead|(?:later\s+)?died\s+in\s+custody|"
        r"cad[aá]ver(?:es)?\s+(?:\w+\s+){0,5}?(?:hallad|encontrad|localizad)\w*|"
        r"cuerpos?\s+(?:[\w,]+\s+){0,16}?(?:(?:fue|fueron|es|son)\s+)?(?:hallad|encontrad|apareci)\w*|"
        r"apareci(?:ó|eron)\s+muert|encontrad[oa]s?\s+mort[oa]s?|"
        # the one found, a pronoun: "a família o encontrou morto no hospital", "la hallaron muerta"
        r"\b(?:o|a|os|as|lo|la|los|las)\s+(?:encontr(?:ou|aram|ó|aron)|hall(?:ó|aron)|ach(?:ou|aram))\s+"
        r"(?:j[aá]\s+|ya\s+)?(?:mort[oa]s?|muert[oa]s?|sem\s+vida|sin\s+vida)\b|"
        # found by the people, in the active: "os moradores encontraram os corpos no capim"
        r"(?:encontr(?:aron|aram|ó|ou)|hallaron|achar(?:am)|localizaram|found|discovered)\s+"
        r"(?:\w+\s+){0,2}?(?:os|los|las|as|the|o|el|la|a|seus|sus|his|her|their)\s+(?:corpos?|"
        r"cuerpos?|cad[aá]ver(?:es)?|bod(?:y|ies))\b|"
        r"corpos?\s+(?:[\w,]+\s+){0,16}?(?:(?:foi|foram|é|são)\s+)?(?:encontrad|achad|localizad|apareceu)\w*|"
        r"(?:bod(?:y|ies)|cuerpos?|cad[aá]ver(?:es)?|corpos?)\s+(?:\w+\s+){0,5}?(?:taken|brought|"
        r"llevad|trasladad|levad|transportad)\w*\s+(?:\w+\s+){0,4}?(?:morgue|mortuary|necrot[eé]rio|"
        r"anfiteatro|IML)|"
        r"(?:died|muri[oó]|muere|falleci[oó]|morreu|morre)\b[^.;]{0,60}\b(?:gunshot|bullet|"
        r"impactos?\s+de\s+bala|disparos?|balazos?|tiros?|proyectil)|"
        r"(?:recibi[oó]|levou|took)\s+(?:un|dos|tres|um|dois|tr[eê]s|a|two|three)\s+(?:balazos?|"
        r"disparos?|tiros?|bullets?))",
        re.IGNORECASE,
    )
)


# A raid by agents, then in the next sentences people shot dead with no one named as the shooter:
# "commandos and local police swooped down on a house at dawn. Two of the men inside were shot
# dead" is the agents' act told across two sentences. A raid that is part of an inquiry into a
# shooting ("in connection with", "a search warrant") is not where the shooting was.
_RAIDED = re.compile(
    rf"\b(?P<force>{_FORCE_NP})\s+(?:[\w.,'’-]+\s+){{0,8}}?(?:raided|stormed|swooped\s+"
    rf"(?:down\s+)?(?:on|upon)|cordoned\s+off|laid\s+siege\s+to|surrounded)\b",
    re.IGNORECASE,
)
_INQUIRY = re.compile(
    r"\b(?:in\s+connection\s+with|warrants?|investigat\w*|suspected\s+of|wanted\s+for)\b",
    re.IGNORECASE,
)
_SHOT_DEAD = gate(
    re.compile(
        r"\b(?:(?:was|were|been)\s+(?:\w+\s+)?(?:shot\s+dead|shot\s+and\s+killed|gunned\s+down)|"
        # the dead laid out after the raid: "By noon, six bodies had been laid out in the yard"
        r"bodies\s+(?:had\s+been|have\s+been|were|lay)\s+(?:\w+\s+)?(?:laid\s+out|lined\s+up|"
        r"lying|left|dumped|piled))\b"
        r"(?![^.;]{0,40}\bby\b)",
        re.IGNORECASE,
    )
)


def _raided_then_shot_dead(sentences: list[Sentence]) -> list[Agency]:
    # the deaths first: the raid's long pattern is tried only in the two sentences before one
    dead_at = {i: m for i, s in enumerate(sentences) if (m := _SHOT_DEAD.search(s.text))}
    found = []
    for index in sorted({i - k for i in dead_at for k in (1, 2) if i - k >= 0}):
        sentence = sentences[index]
        raid = _RAIDED.search(sentence.text)
        if raid is None or _non_state(sentence.text, raid) or _INQUIRY.search(sentence.text):
            continue
        for later in range(index + 1, min(index + 3, len(sentences))):
            dead = dead_at.get(later)
            if dead and not lx.AGENT_NOUN.search(
                sentences[later].text[max(0, dead.start() - 60) : dead.start()]
            ):
                found.append(_agency(sentences[later], "context", dead))
                break
    return found


# A headline that says who ("Family seeks justice after student shot dead by police in Likoni"),
# then the lede that tells the harm with no one named: "A Form Three student was shot dead and
# his friend wounded on Monday night in Likoni". The headline is a line of its own near the top,
# with no end mark; the lede's harm is the same verb's, its subject a person, no agent, no "by".
_LEDE_REACH = 4  # sentences after the headline in which its lede is told
_DEEP_HEADLINE = 12  # sentences from the top in which a page's headline is told
_HEADLINE_CHARS = 160
_HEADLINE_HARM = re.compile(r"\b(?P<harm>shot\s+dead|killed|shot|beaten\s+to\s+death|died)\b", re.I)
_LEDE_HARM = gate(
    re.compile(
        r"^(?:[\w'’,-]+\s+){1,6}?(?:was|were|has\s+been|had\s+been)\s+(?:\w+ly\s+)?"
        r"(?P<harm>shot\s+dead|killed|shot|beaten\s+to\s+death)\b(?![^.;]{0,80}\bby\b)",
        re.IGNORECASE,
    )
)


def _headline_then_lede(
    sentences: list[Sentence], found: list[Agency], title: str | None
) -> list[Agency]:
    top = sentences[: _DEEP_HEADLINE + _LEDE_REACH]
    if not any(_LEDE_HARM.search(s.text) for s in top):
        return []  # most pages: no agentless lede near the top, no headline to read
    told = {a.sentence.start for a in found if a.kind in ("act", "passive")}
    # the text's sentence that is the headline (-1: the page's title, kept apart from the text)
    headline: int | None = -1
    if not (title and _headline_tells(title, lang="en")):
        headline = next(
            (
                i
                for i, sentence in enumerate(top[:_DEEP_HEADLINE])
                if sentence.start in told and _headline(sentence.text)
            ),
            None,
        )
    if headline is None:
        return []
    decided = _decided(found)
    for lede in top[headline + 1 : headline + 1 + _LEDE_REACH]:
        if lede.start in decided:
            return []  # the lede tells its agents itself
        harm = _LEDE_HARM.search(lede.text)
        if harm is None:
            continue
        if NON_STATE_NAMED.search(lede.text) or lx.AGENT_NOUN.search(
            lede.text[: harm.start("harm")]
        ):
            return []
        return [_agency(lede, "context", harm)]
    return []


def _headline(text: str) -> bool:
    text = text.rstrip()
    return (
        len(text) <= _HEADLINE_CHARS
        and text[-1:] not in '.!?"”'
        and bool(_HEADLINE_HARM.search(text))
    )


def _headline_tells(title: str, lang: str) -> bool:
    """The title is a headline that tells agents' harm."""
    if not _headline(title):
        return False
    line = Sentence(0, len(title), title)
    return any(a.kind in ("act", "passive") for a in find_agency([line], lang))


# The agents' fire, then a toll told with no one named as its author a few sentences on: "riot
# police and gendarmes first fired tear gas, then ... opened fire with assault rifles. [a
# witness's words] Four people were killed in Chagoua that morning". Not past a heading (a line
# with no end mark), nor a toll that names its author, an armed group, or agents as the dead.
_AGENTS_FIRED = re.compile(
    rf"\b(?P<force>{_FORCE_NP})\s+(?:[\w.,'’-]+\s+){{0,12}}?(?:opened\s+fire|fired\s+(?:live\s+"
    rf"(?:rounds|ammunition|bullets)\s+)?(?:on|at|into)|shot\s+at|used\s+live\s+(?:ammunition|"
    rf"rounds|fire))\b",
    re.IGNORECASE,
)
_AGENTLESS_TOLL = gate(
    re.compile(
        # (not "men" alone: the gate would key on "men", in "government" and "statement")
        r"^(?:[\w'’,-]+\s+){0,6}?(?:people|persons|protesters|demonstrators|civilians|young\s+men|"
        r"women|children|students|youths|villagers|residents|others|bystanders)(?:,[^.;]{1,80}?,)?\s+"
        r"(?:were|had\s+been)\s+"
        r"(?:\w+ly\s+)?(?P<harm>killed|shot\s+dead|shot|wounded|injured)\b(?![^.;]{0,60}\bby\b)",
        re.IGNORECASE,
    )
)
# a toll another body confirms, with no subject or agent of its own: "Red Cross Fresnillo
# confirms 2 dead at the scene", "Hospital staff reported three dead" (after the agents' fire)
_CONFIRMED_TOLL = gate(
    re.compile(
        # (never the newsroom's own: "On Tuesday night we reported four dead")
        r"^(?:[\w'’-]+\s+){0,5}?(?<!\bwe\s)(?<!\bI\s)(?:confirm(?:s|ed)|report(?:s|ed)|count(?:s|ed))\s+"
        r"(?:at\s+least\s+)?(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten)\s+"
        r"(?:people\s+|persons\s+)?(?P<harm>dead|killed)\b(?![^.;]{0,60}\bby\b)",
        re.IGNORECASE,
    )
)
_FIRE_REACH = (
    5  # sentences (a witness quoted between) after the agents' fire in which its toll may be told
)
# Agents' fire told bare, its aim left to the next sentences: "A soldier fired.", "the officer
# fired twice", and who was hit right after it: "Emmanuel was hit in the back and fell." A
# subject of a few words only, the harm without a by-phrase (it would name who shot).
_AGENTS_FIRED_BARE = re.compile(
    rf"\b(?P<force>{_FORCE_NP})\s+(?:[\w,'’-]+\s+){{0,3}}?(?:opened\s+fire|fired|shot|"
    r"returned\s+(?:the\s+)?fire)"
    r"(?:\s+(?:once|twice|again|(?:several|two|three|four|five|\d+)\s+(?:shots|rounds|"
    r"times)))?\s*[.!]",
    re.IGNORECASE,
)
_STRUCK_TOLL = gate(
    re.compile(
        # (after a clause of when: "When the exchange ended, two men were found with gunshot
        # wounds")
        r"^(?:(?:when|after|once|as)\s+[^,.;]{1,50},\s+)?(?:[\w'’-]+\s+){1,4}?(?:was|were)\s+"
        r"(?:\w+ly\s+)?(?P<harm>hit|struck|shot|wounded|found\s+(?:with|suffering\s+from)\s+"
        r"(?:gunshot|bullet)\s+wounds)\b(?![^.;]{0,60}\bby\b)",
        re.IGNORECASE,
    )
)
_BARE_FIRE_REACH = 2  # sentences after a bare "fired." in which its toll may be told


def _fired_then_toll(sentences: list[Sentence], found: list[Agency]) -> list[Agency]:
    decided = _decided(found)
    tolls = {
        i: m
        for i, s in enumerate(sentences)
        if s.start not in decided
        and (m := _AGENTLESS_TOLL.search(s.text) or _CONFIRMED_TOLL.search(s.text))
    }
    found_here = []
    for index, toll in sorted(tolls.items()):
        text = sentences[index].text
        if NON_STATE_NAMED.search(text) or lx.AGENT_NOUN.search(text[: toll.start("harm")]):
            continue
        if _agents_fired_before(sentences, index, _FIRE_REACH, _AGENTS_FIRED):
            found_here.append(_agency(sentences[index], "context", toll))
    for index, sentence in enumerate(sentences):
        struck = _STRUCK_TOLL.search(sentence.text) if sentence.start not in decided else None
        if (
            struck is not None
            and index not in tolls
            and not NON_STATE_NAMED.search(sentence.text)
            and not lx.AGENT_NOUN.search(sentence.text[: struck.start("harm")])
            and _agents_fired_before(sentences, index, _BARE_FIRE_REACH, _AGENTS_FIRED_BARE)
        ):
            found_here.append(_agency(sentence, "context", struck))
    return found_here


def _agents_fired_before(
    sentences: list[Sentence], index: int, reach: int, fired: re.Pattern[str]
) -> bool:
    """The agents' fire (``fired``) told in one of the ``reach`` sentences before ``index``,
    not past a heading (a line with no end mark: another case begins there)."""
    for before in range(index - 1, max(-1, index - 1 - reach), -1):
        earlier = sentences[before].text.rstrip()
        if not earlier.endswith((".", "!", "?", '"', "”", "’", "'")):
            return False
        match = fired.search(earlier)
        if (
            match is not None
            and not _non_state(earlier, match)
            # the force as the source ("Según la Policía Metropolitana, integrantes de los grupos
            # se dispararon"), or shots the others fired at each other ("se dispararon")
            and not _force_as_object(earlier[max(0, match.start() - 30) : match.start()])
            and not _REFLEXIVE_LAST.search(earlier, 0, match.end())
        ):
            return True
    return False


# The same in Spanish and Portuguese, the agents named again by their kind ("Elementos de la
# Guardia Nacional marcaron el alto a un vehículo. Los elementos realizaron disparos. Resultó sin
# vida el conductor y herida la mujer que lo acompañaba")
_AGENTS_FIRED_ES_PT = re.compile(
    rf"\b(?P<force>{_FORCE_NP}|(?:los|las|os|as)\s+(?:elementos|efectivos|agentes|uniformados|"
    r"militares|polic[ií]as|policiais|guardias|guardas|soldados|custodios|carabineros))\s+"
    r"(?:[\w.,'’-]+\s+){0,8}?(?:(?:realiz|efectu|efetu)(?:aron|ó|aram|ou)\s+(?:\w+\s+)?disparos|"
    r"hicieron\s+(?:\w+\s+)?disparos|fizeram\s+(?:\w+\s+)?disparos|dispar(?:aron|aram)|"
    r"abri(?:eron|ram)\s+fo(?:ego|go)|accionaron\s+(?:sus\s+)?armas|"
    # the agents' clash, its toll told next: "personal del Ejército ... tuvo un enfrentamiento
    # con personas armadas. Como resultado perdieron la vida cuatro personas civiles"
    r"(?:tuv(?:o|ieron)|sostuv(?:o|ieron)|mantuv(?:o|ieron)|teve|tiveram)\s+(?:un|um)\s+"
    r"(?:enfrentamiento|confronto|tiroteo|tiroteio)|entraram\s+em\s+confronto|"
    r"se\s+enfrentaron|repelieron\s+(?:la|una)\s+agresi[oó]n)\b",
    re.IGNORECASE,
)
_AGENTLESS_TOLL_ES_PT = re.compile(
    r"^(?:[\w'’,-]+\s+){0,6}?(?:result(?:ó|aron|ou|aram)\s+(?:sin\s+vida|sem\s+vida|muert[oa]s?|"
    r"mort[oa]s?|herid[oa]s?|ferid[oa]s?)|quedaron\s+(?:sin\s+vida|herid[oa]s)|"
    r"perd(?:ieron|i[oó]|eram|eu)\s+(?:la|a)\s+vida|"
    r"(?:muri[oó]|murieron|falleci[oó]|fallecieron|morreu|morreram|faleceu|faleceram)\b)"
    r"(?![^.;]{0,60}\b(?:por|pelos?|pelas?|a\s+manos\s+de)\b)",
    re.IGNORECASE,
)
_FIRE_REACH_ES_PT = 2  # sentences between the agents' fire and its toll
# where the toll's clause ends: "cuatro personas civiles | y un elemento del Ejército resultó ..."
_NEXT_CLAUSE = re.compile(
    r"\s+(?:y|e)\s+(?=(?:un|una|um|uma|el|la|los|las|o|a|os|as|dos|dois|duas)\b)|[;,]"
)


def _fired_then_toll_es_pt(sentences: list[Sentence], found: list[Agency]) -> list[Agency]:
    decided = _decided(found)
    found_here = []
    for index, sentence in enumerate(sentences):
        if sentence.start in decided:
            continue
        toll = _AGENTLESS_TOLL_ES_PT.search(sentence.text)
        if toll is None or NON_STATE_NAMED.search(sentence.text):
            continue
        clause = _NEXT_CLAUSE.split(sentence.text[toll.end() :], maxsplit=1)[0]
        if lx.AGENT_NOUN.search(sentence.text, 0, toll.end() + len(clause)):
            continue  # "murió un agente": the agents' own dead (not "... y un agente resultó herido")
        if _agents_fired_before(sentences, index, _FIRE_REACH_ES_PT, _AGENTS_FIRED_ES_PT):
            found_here.append(_agency(sentence, "context", toll))
    return found_here


# The harm told first, whose it was told next: "Shelling struck a bus stop, killing three
# civilians. The Mission assessed that the attack was likely carried out by Ukrainian armed
# forces", "el ataque fue perpetrado por militares", "o disparo foi feito por um policial", "los
# disparos fueron realizados por elementos de esa institución" (the force named before it). A
# relative clause may tell the toll itself: "los disparos que causaron la muerte de X fueron
# realizados por elementos de la Guardia Nacional".
# a force named again by its kind: "elementos de esa institución", "agentes de dicha corporación"
_SAME_FORCE = (
    r"(?:esa|dicha|la\s+misma|essa|dita|a\s+mesma|this|that|the\s+same)\s+"
    r"(?:instituci[oó]n|corporaci[oó]n|fuerza|institui[cç][aã]o|corpora[cç][aã]o|for[cç]a|force|"
    r"institution)"
)
_CARRIED_OUT_BY = gate(
    re.compile(
        r"\b(?:the|this|that|these|those|el|este|ese|los|estos|esos|o|esse|os|esses|estes)\s+"
        r"(?:[\w-]+\s+){0,2}?(?:attacks?|strikes?|airstrikes?|"
        r"shelling|bombing|bombardment|shootings?|shots?|raids?|assaults?|ataques?|bombardeos?|"
        r"bombardeios?|bombardeamentos?|disparos?|tiroteos?|tiroteios?|balazos?|tiros?|bullets?|projectiles?|"
        r"balas?|proyectil(?:es)?|proj[eé]te?is|proj[eé]til)"
        r"(?P<clause>\s+(?:que|that|which)\s+[^.;:]{0,120}?)?\s+"
        r"(?:(?:was|were|had\s+been|fue|fueron|foi|foram|habr[ií]an?\s+sido|teriam?\s+sido)\s+"
        r"(?:\w+(?:ly|mente)\s+)?(?:carried\s+out|conducted|launched|committed|perpetrated|fired|"
        r"(?:perpetrad|realizad|efectuad|efetuad|hech|feit|disparad|cometid)[oa]s?)\s+"
        r"(?:by|por|pel[oa]s?)\s+"
        # the bullet traced to a gun: "o projétil que atingiu a menina partiu da arma de um dos
        # policiais militares", "the bullet came from an officer's gun" (the owner named after)
        r"|(?:partiu|partiram|saiu|sa[ií]ram|veio|came|sali[oó]|salieron|provino|provinieron)\s+"
        r"(?:da|de\s+la|del|do|de\s+una?|de\s+um|from)\s+(?:the\s+|an?\s+)?(?:service\s+)?"
        r"(?:armas?|fuzil|pistola|rev[oó]lver|weapon|gun|rifle|pistol)\s+(?:de|do|da|dos|das|del|of)\s+"
        r"(?:un[oa]?\s+de\s+(?:los|las)\s+|um[a]?\s+d[oa]s\s+|one\s+of\s+)?)"
        r"(?:the\s+|los\s+|las\s+|un\s+|una\s+|um\s+|uma\s+)?"
        rf"(?:[\w-]+\s+){{0,3}}?(?:(?P<force>{_FORCE_NP})\b|(?P<same>{_SAME_FORCE}))",
        re.IGNORECASE,
    )
)
# Shells, rockets and drones traced to a force's post: "the shells were fired from an army camp",
# "the quadcopter came from the direction of a security force post" (a pattern of its own: in
# _CARRIED_OUT_BY these weapons would key its gate on "fired" and "came")
_FIRED_FROM = gate(
    re.compile(
        r"\b(?:the|this|that|these|those)\s+(?:[\w-]+\s+){0,2}?(?:shells?|mortar\s+rounds?|"
        r"rockets?|missiles?|quadcopters?|drones?)\s+(?:(?:was|were|had\s+been)\s+(?:\w+ly\s+)?"
        r"(?:fired|launched|dropped|flown|operated)\s+(?:by|from)|(?:came|had\s+come|flew\s+in)\s+"
        r"from\s+the\s+direction\s+of)\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,3}?"
        rf"(?:(?P<force>{_FORCE_NP})\b|(?P<same>{_SAME_FORCE}))",
        re.IGNORECASE,
    )
)
# The attack's authorship told as an attribution: "Local sources attributed the strike to Sudanese
# Armed Forces aircraft", "residents blamed the shelling on government troops", "atribuyeron el
# ataque a militares", "atribuíram os disparos a policiais"
_ATTRIBUTED_TO = gate(
    re.compile(
        r"\b(?:attribut(?:ed|es|ing)|blam(?:ed|es|ing)|atribu(?:y[oó]|yeron|yen|iu|[ií]ram|em))\s+"
        r"(?:the|this|that|these|those|el|los|este|ese|o|os|esse|este)\s+(?:[\w-]+\s+){0,2}?"
        r"(?:attacks?|strikes?|airstrikes?|air\s+strikes?|shelling|bombing|bombardment|shootings?|"
        r"killings?|raids?|ataques?|bombardeos?|bombardeios?|bombardeamentos?|disparos?|tiroteos?|tiroteios?)\s+"
        r"(?:to|on|a|al|à|ao|aos|às)\s+(?:the\s+|los\s+|las\s+|la\s+|el\s+|os\s+|as\s+|a\s+|o\s+)?"
        rf"(?:[\w-]+\s+){{0,3}}?(?:(?P<force>{_FORCE_NP})\b|(?P<same>{_SAME_FORCE}))",
        re.IGNORECASE,
    )
)
# in the relative clause of the shot that is traced: "the bullet that struck the girl"
_TOLL_IN_CLAUSE = re.compile(
    r"\b(?:atingiu|atingiram|alcanz[oó]|alcanzaron|hit|struck|mat[oó]|mataron|matou|mataram|"
    r"feriu|feriram|hiri[oó]|hirieron)\b",
    re.IGNORECASE,
)
_TOLL_BEFORE = re.compile(
    r"\b(?:killing|killed|wounding|wounded|injuring|injured|dead|death|muert[oa]s|muerte|"
    r"fallecimiento|falecimento|matando|mat[oó]|mataron|herid[oa]s|lesionad[oa]s|mortos|morte|"
    r"feridos|mataram)\b",
    re.IGNORECASE,
)


def _attributed_after(sentences: list[Sentence], found: list[Agency]) -> list[Agency]:
    """A toll whose agents the next sentence names as the ones who carried out the attack (or
    the same sentence, in a relative clause: "the shots that killed him were fired by")."""
    decided = _decided(found)
    agencies = []
    for index, sentence in enumerate(sentences):
        by = (
            _CARRIED_OUT_BY.search(sentence.text)
            or _FIRED_FROM.search(sentence.text)
            or _ATTRIBUTED_TO.search(sentence.text)
        )
        if by is None or _non_state(sentence.text, by):
            continue
        if _AGENTS_CLEARED.search(sentence.text):
            continue  # "no one was shot by the police": the agents named as the ones who did not
        before = sentences[index - 1] if index else None
        if by.group("same") and not (
            names_force(sentence.text[: by.start("same")])
            or (before is not None and names_force(before.text))
        ):
            continue  # "esa institución" with no force named before it
        clause = by.groupdict().get("clause")  # (only _CARRIED_OUT_BY has a relative clause)
        toll = (_TOLL_BEFORE.search(clause) or _TOLL_IN_CLAUSE.search(clause)) if clause else None
        if toll is not None and sentence.start not in decided:
            at = sentence.start + by.start("clause")
            agencies.append(Agency(sentence, "context", at + toll.start(), at + toll.end()))
            continue
        toll = _TOLL_BEFORE.search(sentence.text, 0, by.start())  # "... murió; los disparos fueron"
        if toll is not None and sentence.start not in decided:
            agencies.append(_agency(sentence, "context", toll))
            continue
        if before is None:
            continue
        toll = _TOLL_BEFORE.search(before.text)
        if toll is not None and before.start not in decided:
            agencies.append(_agency(before, "context", toll))
    return agencies


# A death or a wound told with no agents ("the fatal shooting of Jevaughn Morrison", "Diego
# murió en el lugar", "o jovem foi baleado"), then the agents' own version of why they shot: "Police
# said the teenager had pointed a gun at a patrol team", "el primer parte policial afirmó que el
# vehículo había intentado atropellar a los funcionarios", "Segundo a PM, o suspeito atirou contra
# a guarnição". Only the ones who fired give that account: the harm is theirs.
_AGENTLESS_HARM = gate(
    re.compile(
        r"\b(?:(?:was|were|had\s+been)\s+(?:\w+ly\s+)?(?P<harm>shot\s+dead|shot\s+and\s+killed|"
        r"killed|shot|wounded)\b(?![^.;]{0,60}\bby\b)|(?P<noun>fatal\s+shooting|shooting\s+death|"
        r"killing)\s+of\s+(?-i:(?:\d{1,2}-year-old\s+)?[A-Z])|"
        r"(?P<es>muri[oó]|falleci[oó]|perdi[oó]\s+la\s+vida|(?:fue|result[oó]|qued[oó])\s+"
        r"(?:abatid|herid|balead|asesinad|ultimad)[oa]|morreu|faleceu|(?:foi|ficou)\s+"
        r"(?:mort|balead|atingid|ferid|assassinad)[oa])\b(?![^.;]{0,60}\b(?:por|pel[oa]s?|a\s+manos)\b))",
        re.IGNORECASE,
    )
)
_AGAINST_AGENTS = (
    r"(?:the\s+|a\s+|los\s+|las\s+|a\s+los\s+|os\s+|a\s+|à\s+)?(?:officers?|police(?:m[ae]n)?|"
    r"soldiers|troops|agents|them|patrol(?:\s+team)?|agentes|polic[ií]as|policiais|funcionarios|"
    r"efectivos|militares|soldados|uniformados|carabineros|guarni[cç][aã]o|equipe|viatura|patrulla)"
)
_AGENTS_VERSION = gate(
    re.compile(
        r"\b(?:(?:police|officers|the\s+(?:army|military)|soldiers|troops|authorities|"
        r"(?:a|the)\s+(?:initial\s+|first\s+)?police\s+(?:statement|report|account|spokes\w+))\s+"
        r"(?:\w+\s+){0,3}?(?:said|say|says|claimed|claims?|alleged|alleges?|insisted|insists?|"
        r"maintained|maintains?|stated)|"
        r"(?:seg[uú]n|de\s+acuerdo\s+con|segundo|de\s+acordo\s+com)\s+(?:la\s+|a\s+|el\s+|o\s+)?"
        r"(?:polic[ií]a|PM|carabineros|ej[eé]rcito|ex[eé]rcito|parte\s+policial|boletim\s+de\s+"
        r"ocorr[eê]ncia|versi[oó]n\s+(?:policial|oficial)|vers[aã]o\s+(?:policial|oficial))|"
        r"(?:la\s+polic[ií]a|carabineros|el\s+ej[eé]rcito|el\s+(?:primer\s+)?parte\s+policial|"
        r"la\s+versi[oó]n\s+(?:policial|oficial)|a\s+pol[ií]cia|a\s+PM|o\s+boletim\s+de\s+"
        r"ocorr[eê]ncia|a\s+vers[aã]o\s+(?:policial|oficial))\s+(?:\w+\s+){0,3}?(?:afirm(?:[oó]|a|ou)|"
        r"dijo|sostuvo|sostiene|asegur[oó]|asegura|inform[oó]|se[nñ]al[oó]|alega|alegou|diz|disse|"
        r"sustent(?:a|ou)|relatou))"
        r"\b[^.;]{0,120}?\b(?:(?:pointed|aimed|brandished|drew|drawn|pulled|produced|reached\s+for)\s+"
        r"(?:a|an|his|her|their)\s+"
        r"(?:gun|pistol|firearm|weapon|rifle|knife|machete)|(?:fired|shot)\s+(?:at|on)\s+"
        rf"{_AGAINST_AGENTS}|opened\s+fire\s+on\s+{_AGAINST_AGENTS}|(?:attacked|charged\s+at|"
        rf"lunged\s+at|tried\s+to\s+run\s+over)\s+{_AGAINST_AGENTS}|"
        rf"(?:dispar[oó]|atac[oó]|agredi[oó]|apunt[oó])\s+(?:contra\s+)?{_AGAINST_AGENTS}|"
        r"(?:hab[ií]a|habr[ií]a)\s+(?:intentado\s+atropellar|disparado|atacado|agredido)|"
        r"intent[oó]\s+atropellar|"
        rf"(?:atirou|disparou)\s+contra\s+{_AGAINST_AGENTS}|(?:atacou|tentou\s+atropelar)\s+"
        rf"{_AGAINST_AGENTS}|teria\s+(?:atirado|atacado|reagido|disparado)|reagiu\s+[àa]\s+"
        r"abordagem|houve\s+(?:confronto|troca\s+de\s+tiros))",
        re.IGNORECASE,
    )
)
_VERSION_REACH = 2  # sentences after the harm in which the agents' version may be told


def _harm_then_version(sentences: list[Sentence], found: list[Agency]) -> list[Agency]:
    decided = _decided(found)
    agencies = []
    for index, sentence in enumerate(sentences):
        if sentence.start in decided:
            continue
        harm = _AGENTLESS_HARM.search(sentence.text)
        if harm is None or NON_STATE_NAMED.search(sentence.text):
            continue
        after = sentences[index + 1 : index + 1 + _VERSION_REACH]
        if any(_AGENTS_VERSION.search(s.text) for s in after):
            agencies.append(_agency(sentence, "context", harm))
    return agencies


# An action named again as the subject of its toll: "The attack killed 12 people", "the raid
# left two men dead", "the strike wounded 14".
_EVENT_TOLL = re.compile(
    r"\b(?:the|this|that)\s+(?:[\w-]+\s+){0,2}?(?:attacks?|strikes?|air\s*strikes?|raids?|"
    r"shelling|bombings?|bombardment|assault|operation|crackdown|massacre)\b[^.;:!?]{0,60}?\s"
    r"(?P<harm>killed|wounded|injured|maimed|left\s+(?:at\s+least\s+)?[\w,-]+\s+(?:\w+\s+)?"
    r"(?:dead|injured|wounded))\b",
    re.IGNORECASE,
)
# The agents carrying out such an action, told before it: "Israeli forces launched an airstrike",
# "Police raided a house", "troops stormed the village".
_FORCE_ACTION = re.compile(
    rf"\b(?P<force>{_FORCE_NP})\s+(?:[\w.,'’-]+\s+){{0,4}}?(?:launched|conducted|carried\s+out|"
    rf"raided|stormed|shelled|bombed|bombarded|struck|attacked|assaulted|opened\s+fire|fired\s+on)\b",
    re.IGNORECASE,
)
_TOLL_REACH = 2  # sentences before a toll in which the agents' action may be told
_TOLL_WORD = re.compile(r"\b(?:killed|wounded|injured|maimed|left)\b", re.IGNORECASE)


def _action_then_toll(sentences: list[Sentence]) -> list[Agency]:
    """The toll of an action the agents carried out in a sentence just before it."""
    found = []
    for index, sentence in enumerate(sentences):
        if not _TOLL_WORD.search(sentence.text):
            continue  # most sentences tell no toll: the long pattern only where a verb of one is
        toll = _EVENT_TOLL.search(sentence.text)  # rare: the action's pattern only near one
        if toll is None or _AGENTS_AS_OBJECT.match(sentence.text[toll.end("harm") :]):
            continue
        for before in sentences[max(0, index - _TOLL_REACH) : index]:
            action = _FORCE_ACTION.search(before.text)
            if action is not None and not _non_state(before.text, action):
                found.append(_agency(sentence, "context", toll))
                break
    return found


# "they" as the subject of a harm, the agents being the plural people named last before it:
# "When officers arrived, he did not drop the knife, so they shot and killed him", "Deputies
# pulled him over. He fired first. They returned fire and killed him". Not when other people
# were named after the agents ("Police said the robbers fled. They shot a clerk").
_THEY_ACT = re.compile(
    # "one of them shot and killed him": one of the agents named last
    rf"\b(?P<force>(?:(?:one|two|three|both|some|each|all)\s+of\s+)?them|they)\b"
    # (a gap with "found" is _came_upon_and's to judge: "they found him armed ... and shot him")
    rf"(?P<gap>(?:\s+(?!(?:who|whom|that|which|after|when|where|while|"
    rf"because|before|if|but|said|says|say|told|reported)\b)[\w'’-]+){{0,8}}?,?\s+"
    rf"(?:and\s+)?(?:\w+ly\s+)?)"
    rf"(?P<harm>{lx.HARM_ACT['en']})\b",
    re.IGNORECASE,
)
# their fire, then its outcome after a comma: "they saw her with a gun and opened fire, killing
# her", "they returned fire, fatally wounding him", "they exchanged gunfire with a man, killing him"
_THEY_THEN = re.compile(
    rf"\b(?P<force>they)\b(?P<gap>(?:\s+[\w'’-]+){{0,8}}?\s+(?:(?:opened|returned)\s+fire|"
    rf"exchanged\s+(?:gun)?fire\s+with)\b"
    rf"[^.;:!?]{{0,60}}?),\s*(?:\w+ly\s+)?(?P<harm>{lx.HARM_OUTCOME['en']})\b",
    re.IGNORECASE,
)
_OTHER_PEOPLE = re.compile(
    r"\b(?:suspects|men|women|gunmen|robbers|attackers|assailants|kidnappers|criminals|thieves|"
    r"protesters|demonstrators|residents|neighbou?rs|witnesses|friends|relatives|family|parents|"
    r"brothers|sons|people|teens|youths|boys|girls|militants|rebels|fighters|gang\s+members|"
    r"hostages|passengers|occupants|customers|students|children)\b",
    re.IGNORECASE,
)


# Someone who turned on the agents, then was shot with no agent named: "He charged officers when
# they arrived and was killed at the scene", "the suspect pointed a pellet gun at the deputies and
# was shot dead", "He ignored the officers' orders and was shot". The agents he turned on shot
# him; not when the sentence names who did ("and was killed by his accomplice").
_CONFRONTS = (
    r"\b(?:charged|attacked|lunged\s+at|rushed|assaulted|threatened|ignored|refused|disobeyed|"
    r"struck|stabbed|hit|struggled\s+with|fought\s+with|confronted|(?:pointed|aimed|raised|swung|"
    r"brandished)\s+(?:a|an|his|her|the)\s+(?:[\w-]+\s+){0,2}?(?:at|toward|towards)|"
    r"fired\s+(?:\w+\s+){0,3}?(?:at|on)|shot\s+at|(?:shooting|firing)\s+at|met|greeted|"
    r"drove\s+(?:\w+\s+){0,3}?(?:at|toward|towards|into)|pointed\s+it\s+at)"
    r"\s+(?:the\s+|two\s+|three\s+|several\s+|an?\s+)?"
)
_SHOT_UNNAMED_AGENT = (
    r"(?:was|got)\s+(?:then\s+)?(?:\w+ly\s+)?"
    r"(?P<harm>shot(?:\s+and\s+killed|\s+dead|\s+to\s+death)?|killed|wounded)\b"
    r"(?!\s+(?:\w+\s+){0,2}?by\b)"
)
_CONFRONTED_THEN_SHOT = re.compile(
    rf"{_CONFRONTS}(?P<force>{_FORCE_NP})\b[^.;]{{0,80}}?\b(?:and|but|before|then)\s+"
    rf"(?:he\s+|she\s+)?{_SHOT_UNNAMED_AGENT}",
    re.IGNORECASE,
)
# The shot told first, then what the one shot did to the agents: "Sanchez was shot dead when he
# pointed the weapon at an officer", "was shot after pointing it at deputies".
_SHOT_WHEN_CONFRONTING = re.compile(
    rf"\b{_SHOT_UNNAMED_AGENT}[^.;]{{0,60}}?\b(?:(?:when|after|as|while)\s+(?:he|she)\s+"
    rf"(?:\w+ly\s+)?|after\s+|while\s+)(?:pointed|pointing|aimed|aiming|raised|raising|fired|"
    rf"firing|charged|charging|lunged|lunging|attacked|attacking|swung|swinging|drove|driving)\b"
    rf"[^.;]{{0,50}}?\b(?:at|toward|towards|on)\s+(?:the\s+|an?\s+|two\s+|three\s+|several\s+)?"
    rf"(?P<force>{_FORCE_NP})\b",
    re.IGNORECASE,
)
# Or the clash itself: "was shot during a confrontation with two deputies", "killed in a standoff
# with police".
_SHOT_IN_A_CLASH = re.compile(
    rf"\b(?P<harm>shot(?:\s+and\s+killed|\s+dead)?|killed|wounded)\s+(?:\w+\s+){{0,2}}?"
    rf"(?:in|during)\s+(?:an?\s+|the\s+)?(?:\w+\s+)?(?:confrontation|struggle|shootout|"
    rf"shoot-out|standoff|stand-off|altercation|scuffle|exchange\s+of\s+(?:gun)?fire|gun\s*fight|"
    rf"gun\s+battle)\s+with\s+(?:the\s+|an?\s+|two\s+|three\s+|several\s+)?"
    rf"(?P<force>{_FORCE_NP})\b",
    re.IGNORECASE,
)
# The agents as "them": "When police arrived, he began shooting at them and was shot and killed",
# "Dang threatened them with a knife and was shot and killed" (them: the agents named last).
_CONFRONTED_THEM_THEN_SHOT = re.compile(
    rf"{_CONFRONTS}(?P<force>them)\b[^.;]{{0,80}}?\b(?:and|but|before|then)\s+(?:he\s+|she\s+)?"
    rf"{_SHOT_UNNAMED_AGENT}",
    re.IGNORECASE,
)
# The same told in two sentences: "Finley struck an officer with a machete. Finley was then shot
# and killed." (the second opens on the one who turned on them, a name or a pronoun)
_CONFRONTED = re.compile(rf"{_CONFRONTS}(?P<force>{_FORCE_NP})\b", re.IGNORECASE)
# or the agents turned on him first: "When police confronted him, he pulled a razor knife. He
# was shot and killed", "Officers ordered him to drop the knife. He was shot dead."
_AGENTS_CONFRONT = re.compile(
    rf"\b(?P<force>{_FORCE_NP})\s+(?:\w+\s+){{0,3}}?(?:confronted|ordered|cornered|chased|pursued|"
    rf"caught\s+up\s+with|struggled\s+with|tackled|tased|tasered|(?:tried|attempted)\s+to\s+"
    rf"(?:arrest|stop|subdue|handcuff|detain|restrain))\b",
    re.IGNORECASE,
)
_THEN_SHOT = re.compile(
    rf"^(?:He|She|(?-i:[A-Z][a-z]+))\s+(?:\w+ly\s+)?{_SHOT_UNNAMED_AGENT}", re.IGNORECASE
)


def _undecided(sentences: list[Sentence], found: list[Agency]) -> Iterator[tuple[int, Sentence]]:
    """The sentences (with their index) that no agency found so far has decided."""
    decided = _decided(found)
    return ((i, s) for i, s in enumerate(sentences) if s.start not in decided)


def _confronted_then_shot(sentences: list[Sentence], found: list[Agency]) -> list[Agency]:
    shots = []
    for index, sentence in _undecided(sentences, found):
        text = sentence.text
        match = None
        if names_force(text):
            match = (
                _CONFRONTED_THEN_SHOT.search(text)
                or _SHOT_WHEN_CONFRONTING.search(text)
                or _SHOT_IN_A_CLASH.search(text)
            )
        if match and not NON_STATE.search(text[: match.end()]):
            shots.append(_agency(sentence, "passive", match))
            continue
        them = _CONFRONTED_THEM_THEN_SHOT.search(text) if " them" in text else None
        if them and _agents_before(sentences, index, text[: them.start("force")]):
            shots.append(_agency(sentence, "passive", them))
            continue
        shot = _THEN_SHOT.match(text) if index else None
        previous = sentences[index - 1].text if index else ""
        if shot and names_force(previous) and not NON_STATE.search(previous):
            confronted = _CONFRONTED.search(previous) or _AGENTS_CONFRONT.search(previous)
            if confronted:
                shots.append(_agency(sentence, "passive", shot))
    return shots


# An encounter with the agents told as a story, then the one they met shot with no shooter named:
# "Officers chased Banks on foot and caught him near a porch, where Banks was shot and killed",
# "He refused to comply with officers' commands. He was shot and killed", "After a chase and a
# gunfight, Marshall Barrus was shot and killed". Police news tells the shooting by the agents this
# way; what makes it theirs is the encounter: they chased, stopped or ordered him, he turned on
# them, or a chase, a standoff or an exchange of fire with them led to it. Not when the one shot is
# an agent, when someone else is named as the shooter, or when the agents came after the fact
# ("police are investigating the shooting").
_SHOT_NO_SHOOTER = gate(
    re.compile(
        r"\b(?:was|were|got|being)\s+(?:then\s+|eventually\s+|later\s+|subsequently\s+|also\s+)?"
        r"(?P<harm>(?:fatally\s+)?shot(?:\s+and\s+killed|\s+dead|\s+to\s+death)?|killed|"
        r"fatally\s+(?:struck|wounded|injured)|"
        # no shooter named after it, however the participle ends: "was shot to death in Ohio by"
        r"gunned\s+down)\b(?![\w\s,'’-]{0,60}?\bby\b)|"
        # a round that hit them, no shooter named: "Both men were hit by live bullets"
        r"\b(?:was|were)\s+(?P<hit>(?:struck|hit)\s+by\s+(?:live\s+|rubber\s+|plastic\s+|stray\s+)?"
        r"(?:bullets?|rounds?|pellets|(?:tear[- ]gas\s+)?canisters?))\b(?!\s+(?:fired\s+)?(?:by|from)\b)",
        re.IGNORECASE,
    )
)
_FORCE_OBJ = (
    rf"(?:(?:the\s+|an?\s+|two\s+|three\s+|four\s+|several\s+|their\s+|his\s+)?(?:{_FORCE_NP})|"
    # the agents named in the sentences before: "lunged at three of them"
    r"(?:(?:one|two|three|four|both|some|each)\s+of\s+)?them\b)"
)
_A_WEAPON = (
    r"(?:out\s+|for\s+|with\s+)?(?:a|an|his|her|the|what\s+(?:appeared|looked)\s+(?:to\s+be|like)\s+"
    r"(?:a|an))\s+(?:[\w-]+\s+){0,2}?(?:gun|handgun|pistol|revolver|rifle|shotgun|firearm|"
    r"weapon|knife|machete|blade|sword|hatchet|axe|bat|drill|replica|BB\s+gun|pellet\s+gun)s?\b"
)
# the agents' force on a crowd, as an encounter's cue and as the clause after a shot
_ON_A_CROWD = (
    r"fired\s+(?:tear[- ]gas|live|rubber|plastic|on|into|at)|opened\s+fire|dispersed|broke\s+up"
)
_ENCOUNTER_CUES = (
    # he turned on them: "raising his gun toward police", "pulled a gun on two deputies",
    # "rammed a trooper's car", "threatened police with a shotgun", "fired upon officers"
    rf"\b(?:point(?:ed|ing)|aim(?:ed|ing)|rais(?:ed|ing)|wav(?:ed|ing)|swung|swinging|"
    rf"brandish(?:ed|ing)|pull(?:ed|ing)|dr[ae]w|advanc(?:ed|ing)|lung(?:ed|ing)|charg(?:ed|ing)|"
    rf"fir(?:ed|ing)|shooting|shot|rush(?:ed|ing)|dr[io]ve|driving|sped|speeding|ramm(?:ed|ing)|"
    rf"attack(?:ed|ing)|assault(?:ed|ing)|threaten(?:ed|ing)|str(?:uck|ike|iking)|fought|fight|"
    rf"stabb(?:ed|ing)|engag(?:ed|ing)|confront(?:ed|ing)|menac(?:ed|ing)|wrestl(?:ed|ing)|"
    rf"grappl(?:ed|ing)|struggl(?:ed|ing)|scuffl(?:ed|ing)|resist(?:ed|ing)|approach(?:ed|ing)|"
    rf"came\s+at|ran\s+at|"
    # what he tried to do: "attempting to attack responding deputies"
    rf"(?<=\bto\s)(?:attack|assault|stab|strike|hit|ram|run\s+over|grab|shoot|charge))\b"
    rf"(?:\s+[\w'’-]+){{0,6}}?\s+(?:at|toward|towards|on|upon|into|with)?\s*{_FORCE_OBJ}|"
    rf"\b(?:threaten(?:ed|ing)|attack(?:ed|ing)|assault(?:ed|ing)|engag(?:ed|ing)|shot|ramm(?:ed|ing)|"
    rf"confront(?:ed|ing)|str(?:uck|ike|iking)|charg(?:ed|ing))\s+{_FORCE_OBJ}|"
    # they chased, stopped, ordered or tried to arrest him
    rf"\b(?:{_FORCE_NP})\s+(?:(?!(?:said|say|says|told|was|were)\b)[\w'’-]+\s+){{0,5}}?"
    rf"(?:chased|pursued|chasing|pursuing|"
    rf"caught\s+up\s+with|cornered|(?:closed|moved)\s+in|"
    rf"confronted|encountered|tackled|tased|tasered|stopped|pulled\s+(?:\w+\s+){{0,2}}?over|"
    # force on a crowd: "police fired tear gas", "opened fire on the marchers", "baton-charged"
    rf"{_ON_A_CROWD}|baton-charged|"
    # a search under way: "The soldiers began searching boats for undersized nets" (not "Police
    # raided a house in connection with the case": an inquiry after the fact)
    rf"(?:began|started)\s+(?:searching|checking|inspecting|raiding|seizing)|"
    rf"made\s+contact\s+with|contacted|commanded|ordered|surrounded|shocked|"
    rf"(?:tried|attempted|attempting|trying)\s+to\s+(?:arrest|stop|detain|subdue|apprehend|pull|"
    rf"serve|execute|contact|talk|approach|get|(?:question|interview|search|handcuff|cuff|restrain|"
    rf"frisk|remove|take|identify|calm|locate|evict)\s+(?:him|her)|"
    rf"speak\s+(?:to|with)\s+(?:him|her))|"
    rf"went\s+to\s+(?:arrest|serve|detain|evict|pick\s+up)|(?:were|was)\s+(?:serving|executing|trying|"
    rf"attempting))\b|"
    # the same told of him, by the agents or by no one: "Lesko was being pursued before he got
    # out of the car", "was quickly surrounded by authorities"
    rf"\b(?:was|were)\s+(?:being\s+)?(?:\w+ly\s+)?(?:pursued|chased|cornered|surrounded|"
    rf"pulled\s+over|tased|tasered)\b(?!\s+by\s+(?!(?:the\s+|an?\s+|two\s+|several\s+)?"
    rf"(?:{_FORCE_NP})\b))|"
    # the chase, the stop, the standoff or the exchange of fire that led to it
    rf"\b(?:chase|pursuit|stand-?off|barricade[sd]?|traffic\s+stop|police\s+stop|shoot-?out|"
    rf"gun\s*fight|gun\s*battle|exchange\s+of\s+(?:gun)?(?:fire|shots)|exchanged\s+(?:gun)?"
    rf"(?:fire|shots)|exchanging\s+(?:gun)?(?:fire|shots)\s+with\s+{_FORCE_OBJ}|"
    rf"(?:gun)?(?:fire|shots)\s+(?:was|were)\s+exchanged(?!\s+between)|"
    rf"(?:confrontation|encounter|struggle|altercation)\s+with\s+{_FORCE_OBJ}|"
    rf"Tasers?|tase[rd]|tasered|stun\s+guns?|pepper\s+spray|spike\s+strip|pit\s+maneuver)\b|"
    rf"\b(?:led|leading)\s+{_FORCE_OBJ}\s+on\b|\bfle(?:d|eing)\s+(?:from\s+)?{_FORCE_OBJ}|"
    # he turned a weapon on them: "pulled out a gun and was shot", "was shot after brandishing a
    # knife" (the past form only joined to the shot itself, whose subject it shares)
    rf"\b(?:(?:display|brandish|rais|point|pull|wav|wield|produc|aim)ed|took|came\s+out|"
    rf"reached)\s+{_A_WEAPON}(?=[^.;]{{0,60}}?\band\s+(?:then\s+|\w+ly\s+)?$)|"
    rf"\b(?:display|brandish|rais|point|pull|wav|wield|produc|aim)ing\s+{_A_WEAPON}|"
    # he would not do what they told him
    r"\b(?:ignor(?:ed|ing)|refus(?:ed|ing)|disobey(?:ed|ing)|defi(?:ed|ant)|"
    r"(?:did\s+not|didn['’]t|would\s+not|wouldn['’]t|failed\s+to|failing\s+to)\s+"
    r"(?:heed|comply|follow|obey))"
    r"\b(?:\s+[\w'’-]+){0,5}?\s+(?:orders?|commands?|demands?|instructions?)\b|"
    r"\b(?:refus(?:ed|ing)|would\s+not|wouldn['’]t|did\s+not|didn['’]t|failed)\s+(?:to\s+)?"
    r"(?:drop|put\s+down|disarm|surrender|comply|show\s+(?:his|her)\s+hands)\b|"
    r"\b(?:told|ordered|commanded|asked|telling|ordering|commanding)\s+(?:\w+\s+)?to\s+"
    r"(?:drop|put\s+down|surrender|show)\b|"
    r"\battempts?\s+to\s+(?:get|make)\s+\w+\s+(?:to\s+)?(?:drop|put\s+down|surrender)\b"
)
_ENCOUNTER = gate(re.compile(_ENCOUNTER_CUES, re.IGNORECASE))
# a shooter other than the agents, or agents who came after the fact
_OTHER_SHOOTER = re.compile(
    r"\b(?:gunm[ae]n|shooters?|assailants?|attackers?|robbers|carjackers|drive-by|stray\s+bullet|"
    r"(?:are|were|is)\s+(?:still\s+)?(?:investigating|searching\s+for|looking\s+for)\s+(?:the|a)\s+"
    r"(?:shooting|death|killing|homicide|shooter|gunman|suspect)|no\s+arrests?|"
    r"(?:suspect|shooter|gunman)\s+(?:fled|escaped|remains?\s+at\s+large|is\s+(?:still\s+)?at\s+"
    r"large)|rival\s+gangs?|between\s+(?:two|rival)\b|"
    # an armed group's attack told: "were killed on Monday when FARC dissidents attacked an army
    # base"
    rf"(?:{NON_STATE_NAMED.pattern})\s+(?:[\w-]+\s+){{0,2}}?(?:attacked|ambushed|stormed|raided|"
    r"opened\s+fire|atacaron|emboscaron|atacaram|emboscaram)\b)",
    re.IGNORECASE,
)
_LED_TO = re.compile(
    r"(?:\s+[\w'’-]+){0,3}?\s+(?:after|during|following|when|while|as|before|in)\b", re.IGNORECASE
)
# (or later in the sentence, after the place: "were hit by live bullets on Kimathi Street, close
# to the junction, as police in anti-riot gear tried to push marchers back")
_LED_TO_LATER = re.compile(r"[^.;]{0,90}?\s(?:as|when|while)\b", re.IGNORECASE)
# ... the agents then moving on a crowd: "as police in anti-riot gear tried to push marchers
# back", "when soldiers opened fire on the march"
_ON_THE_CROWD = re.compile(
    rf"\s+(?:the\s+)?(?:{_FORCE_NP})\s+(?:[\w-]+\s+){{0,3}}?(?:(?:tried|attempted|moved|were\s+trying)\s+"
    rf"to\s+(?:disperse|push|clear|break\s+up|drive|hold|remove|evict)|{_ON_A_CROWD}|charged)\b",
    re.IGNORECASE,
)
_ENCOUNTER_REACH = 2  # sentences before the shot in which the encounter may be told


_CLAUSE_EDGE = re.compile(r"[,;:]|\b(?:and|but|before|after|when|while|as|then)\b", re.IGNORECASE)


def _shot_ones(text: str, at: int) -> str:
    """Who a passive shot at ``at`` is told of: its clause's words before it, or, for a
    participle after a conjunction ("before being shot"), the sentence's opening words."""
    edges = list(_CLAUSE_EDGE.finditer(text, 0, at))
    subject = text[edges[-1].end() if edges else 0 : at]
    if subject.strip():
        said = _SAID_FIRST.match(subject)  # "Police said King was shot": told of King
        return subject[said.end() :] if said and subject[said.end() :].strip() else subject
    # the clause before the conjunction holds the subject: "As police moved in, he pulled out a
    # gun and was shot" is told of "he", not of the police of the opening clause; a clause that
    # opens on its verb shares the subject of the one before ("A deputy chased him, fired twice
    # and was shot")
    end = edges[-1].start() if edges else len(text)
    for k in range(len(edges) - 2, -2, -1):
        start = edges[k].end() if k >= 0 else 0
        clause = text[start:end]
        opening = _SAID_FIRST.match(clause)  # "Police said he fought the deputies and was shot"
        clause = clause[opening.end() if opening else 0 :]
        if not _OPENS_ON_VERB.match(clause):
            # its subject: the words before its verb ("a man approached police": a man)
            verb = _CLAUSE_VERB.search(clause)
            return (
                clause[: verb.start()] if verb and clause[: verb.start()].strip() else clause[:25]
            )
        end = edges[k].start() if k >= 0 else 0
    return text[:25]


_PAST_VERB = r"[a-z]+ed|ran|fled|shot|fought|drew|threw|hit|struck"
# a clause that opens on a verb in the past: "fired twice", "then ran" (not "he ran", "the man"),
# or on a participle, whose clause shares the subject too ("He crashed a car and, after shooting
# at police, was shot and killed")
_OPENS_ON_VERB = re.compile(rf"\s*(?:then\s+|also\s+|\w+ly\s+)?(?-i:{_PAST_VERB}|[a-z]{{3,}}ing)\b")
# the verb of a clause that opens on its subject: the subject is the words before it
_CLAUSE_VERB = re.compile(rf"\b(?-i:{_PAST_VERB}|came|went|got|had|was|were|took)\b")
_SAID_FIRST = re.compile(
    r"(?:[\w'’.-]+\s+){1,4}?(?:said|says|say|told\s+\w+|reported)\s+(?:that\s+)?", re.IGNORECASE
)


# es/pt: agents who come upon people, who run, and one of them shot with no shooter named: "Quando
# a viatura da Força Tática entrou na rua, os meninos correram. O Dudu correu e levou dois tiros
# nas costas", "Al ver a los policías, el joven huyó y recibió un disparo en la espalda".
_SHOT_NO_SHOOTER_ES_PT = gate(
    re.compile(
        r"\b(?:(?:levou|levaram|recebeu|receberam|recibi[oó]|recibieron)\s+(?:um|uma|dois|duas|"
        r"tr[eê]s|quatro|cinco|un|una|dos|tres|cuatro|cinco|v[aá]ri[oa]s|\d+)\s+(?:tiros?|disparos?|"
        # (never denied: "mas ninguém foi atingido", "nadie resultó alcanzado", "não foi baleado")
        r"balazos?|balas?)|(?<!ningu[eé]m\s)(?<!nadie\s)(?<!n[aã]o\s)(?<!\bno\s)"
        r"(?:foi|foram|fue|fueron|result[oó]|resultaron)\s+(?:baleado|baleada|"
        rf"baleados|atingid[oa]s?|alcanzad[oa]s?{lx.NOT_CAUGHT}|abatid[oa]s?)|(?:morreu|muri[oó])\s+baleado)\b"
        r"(?!\s+(?:\w+\s+){0,3}?(?:por|pel[oa]s?|de)\s+(?:um|uma|un|una)\s+(?:desconocid|"
        r"desconhecid|criminos|bandid|sicari|delincuent|traficant|assaltant|asaltant))",
        re.IGNORECASE,
    )
)
# the agents come upon them, or the one shot runs from them
_CAME_UPON_ES_PT = re.compile(
    r"\b(?:entr(?:ou|aram|ó|aron)|cheg(?:ou|aram)|lleg(?:ó|aron)|abord(?:ou|aram|ó|aron)|"
    r"persegu(?:iu|iram)|persigui(?:ó|eron)|cerc(?:ou|aram|ó|aron)|surgi(?:u|ram)|apareci(?:ó|eron)|"
    r"aparece(?:u|ram)|interceptaron|interceptaram|mandaron\s+parar|mandaram\s+parar|"
    r"corr(?:eu|eram|ió|ieron)|fug(?:iu|iram)|hu(?:yó|yeron)|escap(?:ou|aram|ó|aron))\b",
    re.IGNORECASE,
)
_FLED_REACH = 2  # sentences before the shot in which the agents may have come
# agents who came after the shot: "A PM chegou ao local depois que o rapaz foi baleado"
_CAME_AFTER = re.compile(
    r"\b(?:cheg(?:ou|aram)|lleg(?:ó|aron))\s+(?:[\w-]+\s+){0,6}?(?:depois\s+que|ap[oó]s|"
    r"luego\s+de\s+que|despu[eé]s\s+de\s+que|tras|minutos\s+depois|minutos\s+despu[eé]s)\b",
    re.IGNORECASE,
)
# others armed in the story: the shot may be theirs
_OTHERS_ARMED = re.compile(
    r"\b(?:criminos[oa]s|bandid[oa]s|traficantes|assaltantes|asaltantes|delincuentes|sicarios|"
    r"pandilleros|desconhecid[oa]s|desconocid[oa]s|atiradores|pistoleir[oa]s|tiroteio\s+entre|"
    r"anunciaram\s+o\s+assalto|anunciaron\s+el\s+asalto|"
    r"enfrentamiento\s+entre|troca\s+de\s+tiros|intercambio\s+de\s+disparos)\b",
    re.IGNORECASE,
)


def _fled_then_shot(sentences: list[Sentence], found: list[Agency]) -> list[Agency]:
    """Like ``_armed_then_shot`` (agents' act, then a shot with no shooter), for agents who came
    upon people who ran, with others armed nowhere in the story: that guard is what keeps
    "viaturas chegaram ... com seis homens armados" (pt126) apart; folding this rule into the
    other without it cost that report its dead (tried in the round's review)."""
    shots = []
    for index, sentence in _undecided(sentences, found):
        text = sentence.text
        shot = _SHOT_NO_SHOOTER_ES_PT.search(text)
        if shot is None:
            continue
        before = [s.text for s in sentences[max(0, index - _FLED_REACH) : index]]
        window = " ".join([*before, text[: shot.start()]])  # what came before the shot
        story = " ".join([*before, text])
        if (
            not names_force(window)
            or not _CAME_UPON_ES_PT.search(window)
            or NON_STATE.search(story)
            or _OTHERS_ARMED.search(story)
            or lx.AGENT_NOUN.search(text[max(0, shot.start() - 40) : shot.start()])
            # "O sargento, que portava a arma particular, teria tentado reagir e foi atingido"
            or _AGENT_SUBJECT.match(text)
            or _CAME_AFTER.search(window)
            or _agent_was_shot(sentences, index)
        ):
            continue  # no agents came; others fought; the agents' own man shot; they came after
        shots.append(_agency(sentence, "passive", shot))
    return shots


# The agents said to have shot no one: "no one was shot by the police", "no shots were fired by
# officers", "not a single round was fired by the deputies".
_AGENTS_CLEARED = re.compile(
    rf"\b(?:no\s+one|nobody|no\s+shots?|no\s+rounds?|not\s+(?:one|a\s+single)\s+(?:shot|round))\s+"
    rf"(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:shot|fired|hurt|injured|killed|wounded)\s+"
    rf"by\s+(?:the\s+|any\s+)?(?:{_FORCE_NP})\b",
    re.IGNORECASE,
)


def _encounter_then_shot(sentences: list[Sentence], found: list[Agency]) -> list[Agency]:
    shots = []
    for index, sentence in _undecided(sentences, found):
        text = sentence.text
        shot = _SHOT_NO_SHOOTER.search(text)  # rare: the encounter's cues only near a shot
        if shot is None or lx.AGENT_NOUN.search(_shot_ones(text, shot.start())):
            continue  # "a deputy was shot and killed": the agents' own dead
        window = [s.text for s in sentences[max(0, index - _ENCOUNTER_REACH) : index]] + [text]
        joined = " ".join(window)
        if not names_force(joined) or _OTHER_SHOOTER.search(joined) or NON_STATE.search(joined):
            continue
        if _AGENTS_CLEARED.search(joined):
            continue  # "no one was shot by the police": the shot was someone else's
        # the shot itself is no cue: in its sentence, what is told before it, and after it only
        # what led to it ("shot after attacking an officer", "during a traffic stop")
        led_to = _LED_TO.match(text, shot.end())
        clause = led_to or _LED_TO_LATER.match(text, shot.end())
        if clause is not None and _ON_THE_CROWD.match(text, clause.end()):
            shots.append(_agency(sentence, "passive", shot))
            continue
        window[-1:] = [text[: shot.start()], text[led_to.end() :] if led_to else ""]
        told = ""
        for part in window:
            cue = _ENCOUNTER.search(part)
            if cue is not None and (
                not cue.group().endswith("them") or _agents_last(told + " " + part[: cue.end()])
            ):
                shots.append(_agency(sentence, "passive", shot))
                break
            told += " " + part
    return shots


_THEY_REACH = 2  # sentences before "they" in which its antecedent may be named


def _they_acted(sentences: list[Sentence], found: list[Agency]) -> list[Agency]:
    acts = []
    for index, sentence in _undecided(sentences, found):
        text = sentence.text
        folded = text.casefold()
        if "they" not in folded and " of them" not in folded:
            continue
        for match in itertools.chain(_THEY_ACT.finditer(text), _THEY_THEN.finditer(text)):
            gap = match.group("gap")
            if (_REPORTING.search(gap) and not _came_upon_and(gap)) or _NEGATED.search(
                text[: match.start("harm")]
            ):
                continue
            if _not_done(text, match.start("harm")) or _MISSED.search(text[match.end("harm") :]):
                continue
            if (
                match.re is _THEY_ACT
                and _WEAK_ACT.fullmatch(match.group("harm").strip())
                and not _PERSON_OBJECT.match(text, match.end("harm"))
                # "They returned fire and killed him": the fire's outcome told after it
                and not harms_someone(without_denials(text[match.end("harm") :]))
            ):
                continue
            if _agents_before(sentences, index, text[: match.start()]):
                acts.append(_agency(sentence, "act", match))
                break
    return acts


# es/pt: "uno de ellos le disparó", "um deles atirou", "eles espancaram o rapaz": the agents being
# the plural people named last before the pronoun ("el señor salió con un machete contra los
# oficiales. Uno de ellos le disparó en la pierna")
_THEY_ACT_ES_PT = {
    lang: re.compile(
        r"\b(?P<force>(?:un[oa]|dos|tres|algun[oa]s|vari[oa]s|tod[oa]s)\s+de\s+(?:ellos|ellas)|"
        r"(?:um|uma|dois|duas|tr[eê]s|alguns|algumas|v[aá]rios|todos)\s+(?:deles|delas)|"
        r"ellos|eles)\b"
        # the object's clitic, an adverb: "le", "lo", "o", "então", "después"
        r"(?P<gap>(?:\s+(?!(?:que|quien|quienes|cuando|quando|porque|dijo|disse|dijeron|disseram|"
        r"no|n[aã]o|nunca)\b)[\w-]+){0,3}?\s+)"
        rf"(?P<harm>{lx.HARM_ACT[lang]})",
        re.IGNORECASE,
    )
    for lang in ("es", "pt")
}
_OTHER_PEOPLE_ES_PT = re.compile(
    r"\b(?:sospechosos|suspeitos|hombres|homens|delincuentes|criminosos|criminales|bandidos|"
    r"sicarios|pandilleros|traficantes|asaltantes|assaltantes|manifestantes|vecinos|moradores|"
    r"testigos|testemunhas|familiares|parientes|amigos|jóvenes|jovens|chicos|rapazes|meninos|"
    r"muchachos|personas|pessoas|pasajeros|passageiros|presos|detenidos|detidos|reclusos)\b",
    re.IGNORECASE,
)


def _they_acted_es_pt(sentences: list[Sentence], found: list[Agency], lang: str) -> list[Agency]:
    acts = []
    pattern = _THEY_ACT_ES_PT[lang]
    for index, sentence in _undecided(sentences, found):
        text = sentence.text
        for match in pattern.finditer(text):
            if _NEGATED.search(text[: match.start("harm")]):
                continue
            earlier = sentences[max(0, index - _THEY_REACH) : index]
            before = " ".join([s.text for s in earlier] + [text[: match.start()]])
            if _agents_last(before, _OTHER_PEOPLE_ES_PT) and not NON_STATE_NAMED.search(before):
                acts.append(_agency(sentence, "act", match))
                break
    return acts


def _agents_before(sentences: list[Sentence], index: int, head: str) -> bool:
    """The plural people named last before a "they" or "them" (``head``: its sentence up to it,
    with the two sentences before) are agents of the state."""
    earlier = sentences[max(0, index - _THEY_REACH) : index]
    return _agents_last(" ".join([s.text for s in earlier] + [head]))


def _agents_last(before: str, people: re.Pattern[str] | None = None) -> bool:
    """The plural people named last in ``before`` are agents of the state (``people``: the words
    for other people, English's by default)."""
    forces = [m.end() for m in _ANY_FORCE.finditer(before)]
    others = [m.end() for m in (people or _OTHER_PEOPLE).finditer(before)]
    return bool(forces) and (not others or forces[-1] > others[-1]) and not NON_STATE.search(before)


def _taken_then_dead(sentences: list[Sentence]) -> list[Agency]:
    # the bodies first: the long pattern of a detention is tried only near one; the detention
    # may be told just after the body ("O corpo ... é encontrado. A família diz que ele foi
    # levado pelos PMs na véspera")
    dead_at = {i: m for i, s in enumerate(sentences) if (m := _FOUND_DEAD.search(s.text))}
    taken: dict[int, bool] = {}

    def taken_in(k: int) -> bool:
        if k not in taken:
            taken[k] = bool(_TAKEN.search(sentences[k].text)) and not _ARRESTED_AFTER.search(
                sentences[k].text
            )
        return taken[k]

    found = []
    for index, dead in sorted(dead_at.items()):
        # (a witness's word on the others may stand between: "officers ... arrested six young
        # men. Officers released three of them. The other three were driven away. Their bodies")
        near = range(max(0, index - 3), min(index + 2, len(sentences)))
        if any(taken_in(k) for k in near):
            found.append(_agency(sentences[index], "context", dead))
    return found


# The one detained was arrested after the harm, its suspect: "Fue detenido minutos después por
# agentes de la comisaría", "was arrested hours later by officers", "foi preso em flagrante",
# "Police have so far arrested seven people"
_ARRESTED_AFTER = re.compile(
    r"\b(?:detenid|arrestad|capturad|aprehendid|pres[oa]|detid|arrested|detained|caught|"
    r"apprehended)\w*\s+(?:\w+\s+){0,2}?(?:minutos|horas|momentos|poco|instantes|minutes|hours|"
    r"moments|shortly)\s+(?:despu[eé]s|depois|later|afterwards)\b|\bem\s+flagrante\b|"
    r"\ben\s+flagrancia\b|"
    # suspects rounded up in the inquiry: "Police have so far arrested seven people"
    r"\b(?:so\s+far|hasta\s+(?:ahora|el\s+momento)|at[eé]\s+(?:agora|o\s+momento))\b",
    re.IGNORECASE,
)


# A fatal restraint: agents hold someone down and he dies, told over a few sentences ("at least
# two officers applied their body weight to his upper back ... At 5.09 pm officers noticed that he
# had stopped moving"; "deputies knelt on his back ... He was pronounced dead at the hospital").
_RESTRAINT = gate(
    re.compile(
        rf"\b(?:{_FORCE_NP})\s+(?:[\w,'’-]+\s+){{0,10}}?(?:knelt|kneeled|kneeling|pinned|"
        rf"applied\s+(?:their|his|her)\s+(?:full\s+)?(?:body\s*)?weight|"
        rf"(?:held|pressed|forced)\s+(?:him|her)\s+(?:face\s*)?down|"
        # "he and two colleagues kept Daniel Okoro-Hayes face down on his bedroom floor"
        rf"(?:held|pressed|kept|pinned)\s+(?:him|her|(?:(?-i:[A-Z])[\w'’.-]+\s+){{1,3}})"
        rf"(?:face[\s-]*down|in\s+(?:the|a)\s+prone\s+position)|"
        rf"(?:put|placed|held)\s+(?:him|her)\s+in\s+a\s+(?:choke|neck|head)\s*hold|"
        rf"(?:choked|strangled|asphyxiated|sat\s+on)|restrained\s+(?:him|her|them)|"
        # a Taser's shocks, then the death: "the officer tasered him. He died three days later"
        rf"(?:tased|tasered|shocked|stunned)\s+(?:him|her)|"
        rf"used\s+(?:a|his|her|their)\s+(?:Taser|stun\s+gun)\s+on)\b|"
        # the Taser, a police weapon, told without its officer: "a Taser was deployed and the man
        # became unresponsive"
        # (the Taser alone: "stun" would open the gate at "stunning")
        rf"\b(?:an?|the)\s+Taser\s+"
        rf"(?:was|were)\s+(?:deployed|used|fired|discharged|activated)\b",
        re.IGNORECASE,
    )
)
_DIED_AFTER = re.compile(
    r"\b(?:died|stopped\s+(?:breathing|moving)|(?:was|been)\s+pronounced\s+dead|could\s+not\s+be\s+"
    r"revived|never\s+regained\s+consciousness|(?:was|were)\s+dead|cause\s+of\s+death|"
    r"positional\s+asphyxia)\b",
    re.IGNORECASE,
)
_RESTRAINT_REACH = 3  # sentences after the restraint in which the death may be told


def _restrained_then_dead(sentences: list[Sentence]) -> list[Agency]:
    found = []
    for index, sentence in enumerate(sentences):
        held = _RESTRAINT.search(sentence.text)
        if held is None or NON_STATE.search(sentence.text[: held.end()]):
            continue
        # (or the death told just before, the restraint after it: "Dwayne Okafor, 29, who died
        # in hospital on Sunday evening after officers were called ... The paper reports that
        # officers discharged a Taser twice and held Mr Okafor face down")
        told = [
            *sentences[index : index + 1 + _RESTRAINT_REACH],
            *sentences[max(0, index - 1) : index],
        ]
        for later in told:
            died = _DIED_AFTER.search(later.text)
            if died is not None and not _NEGATED.search(later.text[: died.start()]):
                # the death is the agents' harm, as a death in their custody is
                found.append(_agency(later, "passive", died))
                break
    return found


# Someone the agents hold, then hurt with no agent named: "Police arrested him and took him to
# an army base. ... He said he was beaten for hours."
_HELD = re.compile(
    rf"\b(?:{_FORCE_NP})\b[^.;]{{0,80}}?\b(?:arrested|detained|abducted|seized|took|taken|"
    rf"transferred|held|interrogated)\b|\b(?:arrested|detained|abducted|taken|transferred|held|"
    rf"interrogated)\s+(?:\w+\s+){{0,4}}?by\s+(?:the\s+)?(?:[\w-]+\s+){{0,2}}?(?:{_FORCE_NP})\b",
    re.IGNORECASE,
)
_HURT_UNNAMED = re.compile(
    r"\b(?:he|she|they|i|we|(?-i:[A-Z][a-z]+))\s+(?:said\s+(?:that\s+)?(?:he|she|they)\s+)?"
    r"(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:\w+ly\s+)?(?:beaten|tortured|raped|"
    r"sexually\s+assaulted|kicked|whipped|flogged|electrocuted|burned)\b"
    r"(?![^.;]{0,40}\bby\b)",  # "beaten by other inmates": someone else's harm
    re.IGNORECASE,
)
_HURT_WORD = gate(
    re.compile(  # what _HURT_UNNAMED cannot match without
        r"\b(?:beaten|tortured|raped|sexually|kicked|whipped|flogged|electrocuted|burned)\b",
        re.IGNORECASE,
    )
)
_HELD_REACH = 6  # sentences after an arrest or detention by agents in which its harm may be told


# What a video shows the agents doing: "a phone video showing officers kicking and stomping on a
# handcuffed man", "video muestra a policías militares disparando contra un carro", "se observa a
# al menos tres elementos de la PMOP disparar", "Um vídeo ... mostra agentes da Polícia Nacional a
# disparar contra um grupo de vendedoras"
_FILMED_WORD = gate(
    re.compile(
        r"\b(?:videos?|v[ií]deos?|footage|clips?|imagens|im[aá]genes|grabaci[oó]n|grava[cç][aã]o)\b",
        re.IGNORECASE,
    )
)
_FIRING = (
    r"firing(?:\s+(?:at|on|into))?|opening\s+fire|disparando|disparar|abriendo\s+fuego|"
    r"abrir\s+fuego|atirando|a\s+(?:disparar|atirar)"
)
_FILMED = re.compile(
    r"\b(?:shows?|showed|showing|captures?|captured|mostra(?:m|va)?|mostrando|muestra(?:n)?|"
    r"mostraba|se\s+(?:observa|ve|aprecia|v[eê])|aparecen?)\s+(?:a\s+)?(?:(?:at\s+least|al\s+menos|"
    r"pelo\s+menos|ao\s+menos)\s+)?(?:[\w-]+\s+){0,3}?"
    rf"(?P<force>{_FORCE_NP})\b(?:[^.;]{{0,60}}?[\s,])?\s*"
    rf"(?P<harm>{_FIRING}|shooting|beating|kicking|stomping|punching|clubbing|whipping|hitting|"
    r"striking|tasering|choking|golpeando|golpear|pateando|patear|agrediendo|agredir|apaleando|"
    r"agredindo|espancando|chutando|batendo\s+em|a\s+(?:agredir|espancar|bater\s+em))\b",
    re.IGNORECASE,
)
_FIRING_ONLY = re.compile(rf"^(?:{_FIRING})$", re.IGNORECASE)
# shots at people, not at a thing or the air: "a disparar contra um grupo de vendedoras"
_FIRED_AT_PEOPLE = re.compile(
    r"\s+(?:[\wàáâãéêíóôõúç-]+\s+){0,10}?(?:contra|at|on|into|sobre)\s+"
    r"(?!(?:(?:um|uma|o|a|os|as|un|una|el|la|los|las|the|an?)\s+)?(?:[\w-]+\s+)?"
    r"(?:carros?|coches?|autos?|autom[oó]vil(?:es)?|turismos?|ve[ií]culos?|cars?|vehicles?|"
    r"camionetas?|caminhonetes?|pick-?ups?|vans?|buses|bus|[oô]nibus|autob[uú]s|motos?|"
    r"trucks?|tires?|tyres?|pneus?|llantas?|ar|aire|air|sky|c[eé]u|cielo|muros?|walls?|paredes?|"
    r"port[oó]n|gates?|doors?|puertas?|portas?)\b)"
    r"[\wàáâãéêíóôõúç]",
    re.IGNORECASE,
)
_FILMED_REACH = 1  # sentences after a video's shots in which their harm may be told


def _filmed(sentences: list[Sentence], found: list[Agency]) -> list[Agency]:
    """Harm a video shows the agents doing; shots alone only when someone is hurt by them in the
    sentence or right after."""
    decided = _decided(found)
    acts = []
    for index, sentence in enumerate(sentences):
        if sentence.start in decided or not _FILMED_WORD.search(sentence.text):
            continue
        shown = _FILMED.search(sentence.text)
        if shown is None or NON_STATE_NAMED.search(sentence.text[: shown.start("harm")]):
            continue
        if _FIRING_ONLY.match(shown.group("harm")) and not _FIRED_AT_PEOPLE.match(
            sentence.text, shown.end()
        ):
            after = " ".join(
                [sentence.text[shown.end() :]]
                + [s.text for s in sentences[index + 1 : index + 1 + _FILMED_REACH]]
            )
            if not harms_someone(without_denials(after)):
                continue
        acts.append(_agency(sentence, "act", shown))
    return acts


def _held_then_hurt(sentences: list[Sentence], found: list[Agency]) -> list[Agency]:
    """Harm told of someone the agents had just arrested or held, the agents left unnamed."""
    already = {a.sentence.start for a in found if a.kind in ("act", "passive")}
    held: dict[int, bool] = {}

    def held_in(index: int) -> bool:
        if index not in held:
            text = sentences[index].text
            held[index] = bool(_HELD.search(text)) and not NON_STATE_NAMED.search(text)
        return held[index]

    out = []
    for index, sentence in enumerate(sentences):
        text = sentence.text
        # the harm's words first, the long pattern of a detention only in the sentences before
        if not _HURT_WORD.search(text) or sentence.start in already:
            continue
        if not any(held_in(k) for k in range(index, max(-1, index - _HELD_REACH - 1), -1)):
            continue
        hurt = _HURT_UNNAMED.search(text)
        if hurt and not _NEGATED_NEAR.search(text[max(0, hurt.start() - 40) : hurt.start()]):
            out.append(_agency(sentence, "passive", hurt))
    return out


# What may open a clause before its verb when Spanish or Portuguese leave the subject out:
# "Sin previo aviso, dispararon", "Em seguida, agrediram-nos", "Depois, espancaram".
_CLAUSE_OPENING = re.compile(
    r"^\s*(?:[\w\d]+(?:\s+[\w\d]+){0,5},\s*)?(?:(?:e|y|luego|después|depois|então|entonces|"
    r"em\s+seguida|en\s+seguida|a\s+seguir|ainda|también|também|inmediatamente|"
    r"imediatamente)\s*,?\s*)*"
    # a clitic before the verb: "Nos sacaron al patio y nos empezaron a dar con los bastones"
    r"(?:(?:nos|los|las|les|le|lo|la|me|te|lhe|lhes)\s+)?$",
    re.IGNORECASE,
)
_HARM_VERB_FIRST = re.compile(r"(?P<harm>\w+(?:ron|ram))\b", re.IGNORECASE)
# a sentence that goes on with the same dropped subject: "Dijeron que buscaban un celular."
_SUBJECT_GOES_ON = re.compile(
    r"^\s*(?:(?:nos|los|las|les|le|lo|la|me|te)\s+)?\w+(?:ron|ram)\b", re.IGNORECASE
)


# a verb of saying and its "que": the verbs after it have a subject of their own
_SAID_THAT = re.compile(
    r"(?:dijeron|disseram|contaron|contaram|comentaron|comentaram|afirmaron|afirmaram|"
    r"aseguraron|garantiram|explicaron|explicaram|informaron|informaram|alegaron|alegaram|"
    r"falaram|relataron|relataram)\s+(?:\w+\s+)?que\b",
    re.IGNORECASE,
)
_CLITIC_BEFORE = re.compile(r"\b(?:le|les|lo|la|los|las|me|nos|te|lhe|lhes)\s+$", re.IGNORECASE)


def _subject_dropped(
    act: Pattern, previous: str, text: str, following: str
) -> re.Match[str] | None:
    """Spanish and Portuguese leave out a subject the sentence before named: "Llegaron
    militares ... Sin previo aviso, dispararon contra los presentes y los golpearon". The
    sentence opens with a plural harm verb, and the one before names a force."""
    verb = _HARM_VERB_FIRST.search(text)
    if verb is None or not _CLAUSE_OPENING.match(text[: verb.start()]):
        return None
    if _SAID_THAT.match(text, verb.start()):
        return None  # "Disseram que mataram ele": whoever said it, the killers are another subject
    forces = [
        m
        for m in _ANY_FORCE.finditer(previous)
        if not NON_STATE.search(previous[max(0, m.start() - 40) : m.end()])
    ]
    if not forces:
        return None
    # the verbs the dropped subject governs ("dispararam ... e, em seguida, agrediram-nos") must
    # be the harm clause's: each is tried after the force the sentence before named
    force = forces[-1].group(0)
    for candidate in _HARM_VERB_FIRST.finditer(text, verb.start()):
        # with its clitic, which some harm verbs need ("lo tiraron al suelo y le pegaron"), or
        # without it ("nos empezaron a dar con los bastones")
        clitic = _CLITIC_BEFORE.search(text, 0, candidate.start())
        starts = ([clitic.start()] if clitic else []) + [candidate.start()]
        probes = (act.match(f"{force} {text[start:]}") for start in starts)
        probe = next(
            (p for p in probes if p is not None and p.start("harm") == len(force) + 1), None
        )
        if probe is None:
            continue
        rest = text[candidate.end() :]
        if _WEAK_ACT.fullmatch(probe.group("harm")) and not harms_someone(rest + " " + following):
            continue
        if _MISSED.search(rest) or _IN_THE_AIR.match(rest):
            return None
        return candidate
    return None


# A crew or unit noun standing for the agents the sentences before named: "Três policiais do 20º
# BPM foram acionados ... A guarnição revidou e matou o suspeito", "Carabineros llegaron ... La
# dotación disparó contra un joven y lo hirió", "La tropa abrió fuego".
_CREW = re.compile(
    r"\b(?:a|la|el|o|essa|esa|esta|esta|aquela|aquella|uma|una|la\s+misma|a\s+mesma)\s+"
    r"(?P<crew>equipe|equipo|guarni[cç][aã]o|patrulha|patrulla|dotaci[oó]n|tropa|"
    r"composi[cç][aã]o|comitiva|unidad|unidade)\b",
    re.IGNORECASE,
)
# in English: "the members returned fire" after "members of the SAPS ... were on patrol" (not
# "the members of the gang", nor a crew that is shot at: "fired at the members")
_CREW_EN = re.compile(
    r"(?<!\bat\s)(?<!\bon\s)(?<!\bupon\s)(?<!\bagainst\s)(?<!\btoward\s)(?<!\btowards\s)"
    r"(?<!\bwith\s)(?<!\bby\s)\b(?:the|The)\s+(?P<crew>members|operatives|team|unit|squad|patrol)"
    r"\b(?!\s+of\b)"
)
_CREW_REACH = 3  # sentences before the crew's in which the force it stands for may be named


def _crew_for_force(
    act: Pattern, sentences: list[Sentence], index: int, negated: re.Pattern[str], lang: str
) -> tuple[int, int] | None:
    """The span (in the sentence) from a crew noun to the harm verb it is the subject of, when a
    state force is named in the sentences just before: the noun is read as that force."""
    if lang == "en":
        for crew in _CREW_EN.finditer(sentences[index].text):
            span = _crew_acted(act, sentences, index, negated, crew)
            if span is not None:
                return span
        return None
    one = _CREW.search(sentences[index].text)
    return None if one is None else _crew_acted(act, sentences, index, negated, one)


def _crew_acted(
    act: Pattern,
    sentences: list[Sentence],
    index: int,
    negated: re.Pattern[str],
    crew: re.Match[str],
) -> tuple[int, int] | None:
    text = sentences[index].text
    # the harm of a shot may be told in the next sentence: "the members returned fire. A
    # 27-year-old male was fatally wounded"
    following = sentences[index + 1].text if index + 1 < len(sentences) else ""
    # the force named in the sentences before, or earlier in this one ("Segundo a PM, os
    # suspeitos atiraram contra a guarnição, que revidou")
    before = " ".join(
        [s.text for s in sentences[max(0, index - _CREW_REACH) : index]] + [text[: crew.start()]]
    )
    forces = [
        m
        for m in _ANY_FORCE.finditer(before)
        if not NON_STATE.search(before[max(0, m.start() - 40) : m.end()])
    ]
    if not forces:
        return None
    force = forces[-1].group(0)
    head = text[: crew.start("crew")]
    probe_text = head + force + text[crew.end("crew") :]
    shift = len(force) - len(crew.group("crew"))
    for match in act.finditer(probe_text, len(head)):
        if match.start("force") != len(head):
            break
        if _CRIMINALS.search(text[: crew.start()]) and not re.match(
            r"\s*,?\s*(?:que|que\s+lo|que\s+los)\s", match.group("gap")
        ):
            return None  # "os suspeitos atiraram contra a guarnição": the crew is their target
        rest = probe_text[match.end("harm") :]
        if (
            _REPORTING.search(match.group("gap"))
            or negated.search(probe_text[: match.start("harm")])
            or _PASSIVE_AUX.search(probe_text[: match.start("harm")])
            or _MISSED.search(rest)
            # "The members fired warning shots in the air to disperse the crowd"
            or _WARNING_SHOTS.search(match.group("harm"))
            or _WARNING_SHOTS.match(rest.lstrip())
            or (
                _WEAK_ACT.fullmatch(match.group("harm").strip())
                and not (
                    lx.SHOT_LANDED.match(rest)
                    or harms_someone(rest)
                    or (crew.re is _CREW_EN and harms_someone(without_denials(following)))
                )
            )
        ):
            return None
        return crew.start("crew"), match.end("harm") - shift
    return None


# Others who kill: an operation after their crime is no harm by the agents ("sicarios
# asesinaron a tres jóvenes; la policía desplegó un operativo para capturarlos").
_CRIMINALS = re.compile(
    r"\b(?:sicarios?|pandilleros?|delincuentes|narcotraficantes|criminales|criminosos|bandidos|"
    r"traficantes|assaltantes|asaltantes|atiradores|encapuzados|encapuchados|hombres\s+armados|"
    r"homens\s+armados|desconocidos|desconhecidos)\b",
    re.IGNORECASE,
)
_OPERATION_NOUN = re.compile(
    # ("un megaoperativo", "a megaoperação", "la mega-operación": the press's word for a big one)
    r"\b(?:mega-?)?(?:operativos?|operaci[oó]n(?:es)?|procedimientos?\s+policial(?:es)?|intervenci[oó]n\s+"
    r"policial|allanamientos?|desalojos?|redadas?|opera[cç](?:ão|ões)|abordage(?:m|ns)|rusgas?|"
    r"incurs(?:ão|ões)|batidas?\s+policia(?:l|is)|blitz|persegui[cç](?:ão|ões)|persecuci[oó]n)\b",
    re.IGNORECASE,
)
_ARREST_WORDS = re.compile(
    r"\b(?:detuvieron|detuvo|captur(?:ó|aron|ou|aram)|arrest(?:ó|aron)|aprehendi(?:ó|eron)|"
    r"deteve|detiveram|prendeu|prenderam)\b",
    re.IGNORECASE,
)
_COORD_REACH = 160  # characters between a force and the second verb it governs


def _coordinated_harm(
    coord: Pattern, text: str, following: str, negated_near: re.Pattern[str]
) -> re.Match[str] | None:
    """Spanish and Portuguese chain a force's verbs: "los efectivos persiguieron al joven de 17
    años el 20 de marzo en barrio Ludueña y le dispararon por la espalda". The harm verb after
    "y"/"e" is the force's when the force named last before it is a subject, nothing between them
    reports or negates, and a verb of firing says it hit someone."""
    match = coord.search(text)
    if match is None:
        return None
    before = text[max(0, match.start() - _COORD_REACH) : match.start()]
    forces = list(_ANY_FORCE.finditer(before))
    if not forces:
        return None
    force = forces[-1]
    between = before[force.end() :]
    # "detuvieron a Jorge y lo golpearon": the arrest is the force's own act, not a report
    reported = _REPORTING.search(_ARREST_WORDS.sub(" ", between))
    if (
        reported
        or re.search(r"[.;:!?]", between)
        or _OTHER_RELATIVE.search(between)
        or negated_near.search(between)
        or _force_as_object(before[max(0, force.start() - 30) : force.start()])
        or _FORCE_AS_MODIFIER.match(before[force.end() :])
        or _PASSIVE_AUX.search(text[: match.start("harm")])
        or NON_STATE.search(before[max(0, force.start() - 40) : force.end()])
        or not_serving(before, force.start(), force.end())
    ):
        return None
    rest = text[match.end("harm") :]
    if _MISSED.search(rest) or _AGENTS_AS_OBJECT.match(rest):
        return None
    if _WEAK_ACT.fullmatch(match.group("harm")) and not (
        lx.SHOT_LANDED.match(rest) or harms_someone(rest + " " + following)
    ):
        return None
    return match


# es/pt: agents acting armed in one sentence, someone shot or killed in the next with no one
# named as the shooter: "los agentes llegaron gritando y uno de ellos sacó su arma. Minutos
# después, Edwin cayó al suelo con un disparo en el abdomen".
_ARMED_ACT = re.compile(
    r"\b(?:sac(?:ó|aron)\s+(?:su|sus)\s+armas?|desenfund\w+|empuñ(?:ó|aron)|apunt(?:ó|aron)|"
    r"abri(?:ó|eron|u|ram)\s+fuego|persigui(?:ó|eron)|interceptaron|irrumpi(?:ó|eron)|"
    r"ingres(?:ó|aron)|entr(?:ó|aron)|allanaron|intervin(?:o|ieron)|arremeti(?:ó|eron)|"
    r"sac(?:ou|aram)\s+(?:a|as)\s+armas?|apont(?:ou|aram)|persegui(?:u|ram)|invadi(?:u|ram)|"
    r"entr(?:ou|aram)|arromb(?:ou|aram)|abord(?:ou|aram)|cerc(?:ou|aram)|avan[cç](?:ou|aram)|"
    # they fired, whoever at: "un funcionario disparó al sentirse amenazado ... Tomás recibió
    # un tiro en la nuca"
    r"dispar(?:ó|aron|ou|aram)|atir(?:ou|aram)|balear(?:on)?)\b",
    re.IGNORECASE,
)
# Someone there after the fact: "la policía llegó al lugar tras el aviso" does not put the agents
# at the shooting.
_AFTER_THE_FACT = re.compile(
    r"\b(?:tras|despu[eé]s\s+de|ap[oó]s|depois\s+d[eoa]s?)\s+(?:el\s+|la\s+|un\s+|una\s+|o\s+|a\s+|"
    r"um\s+|uma\s+)?(?:aviso|llamad[oa]|denuncia|alerta|chamad[oa]|den[uú]ncia)|acudi(?:ó|eron)|"
    r"lleg(?:ó|aron)\s+al\s+lugar|cheg(?:ou|aram)\s+ao\s+local|foi\s+acionad[oa]|fue\s+alertad[oa]",
    re.IGNORECASE,
)
_SHOT_UNNAMED = re.compile(
    r"\b(?:(?:recibi[oó]|recibieron|recebeu|receberam|levou|levaram)\s+(?:un|una|dos|tres|um|uma|"
    r"dois|tr[eê]s|varios|v[aá]rios)?\s*(?:disparos?|balazos?|tiros?|impactos?\s+de\s+bala|"
    r"perdigones)|cay(?:ó|eron)\s+(?:\w+\s+){0,3}?(?:con|por)\s+(?:un|dos|tres)?\s*(?:disparos?|"
    r"balazos?|tiros?)|(?:fue|fueron|foi|foram|result(?:ó|aron))\s+(?:\w+\s+)?(?:baleados?|baleadas?|"
    r"acribillad[oa]s?|fusilad[oa]s?|mort[oa]s|alvejad[oa]s?)|(?:muri(?:ó|eron)|morreu|morreram)\s+"
    r"(?:\w+\s+){0,2}?(?:de|com|con)\s+(?:un|dos|tres|um|dois|tr[eê]s|v[aá]rios)\s+(?:disparos?|"
    r"balazos?|tiros?)|"
    # dead on the spot, right after the agents fired: "El conductor murió en el acto"
    r"(?:muri(?:ó|eron)|morreu|morreram|falleci(?:ó|eron))\s+(?:en\s+el\s+acto|en\s+el\s+lugar|"
    r"en\s+el\s+sitio|no\s+local|na\s+hora|instantaneamente|instant[aá]neamente)|"
    # the harm told as the operation's own: "Na ação, dois suspeitos morreram", "Durante el
    # operativo, un joven resultó herido"
    r"(?:na|numa|en\s+la|en\s+el|durante\s+(?:a|o|la|el)|no|em)\s+(?:a[cç][aã]o|opera[cç][aã]o|"
    r"operativo|operaci[oó]n|incurs[aã]o|allanamiento|intervenci[oó]n|interven[cç][aã]o)\s*,\s*"
    r"[^.;]{0,60}?\b(?:morreram|morreu|murieron|muri[oó]|foram\s+mort[oa]s|fueron\s+abatid[oa]s|"
    r"ficaram\s+ferid[oa]s|resultaron\s+herid[oa]s|ficou\s+ferid[oa]|result[oó]\s+herid[oa]))\b",
    re.IGNORECASE,
)
# Armed people who are not the state's, in es/pt: who shot when a by-phrase names them
_ATTACKERS_ES_PT = (
    r"sicarios?|delincuentes|criminales|pandilleros|desconocidos|hombres\s+armados|bandidos|"
    r"criminosos|assaltantes|traficantes|homens\s+armados|desconhecidos|atiradores|encapuzados|"
    r"encapuchados|asaltantes|atacantes|agresores|agressores|pistoleros"
)
_BY_OTHERS = re.compile(
    r"\b(?:por|pel[oa]s?|a\s+manos\s+de|nas\s+m[aã]os\s+de)\s+(?:un|una|unos|dos|um|uma|os|as|los|"
    rf"las)?\s*(?:{_ATTACKERS_ES_PT})\b",
    re.IGNORECASE,
)
# Others who come and act between the agents and the shots: "los atacantes se acercaron y el
# acompañante del motociclista disparó", "os assaltantes atiraram"
_OTHER_ACTORS = re.compile(
    rf"\b(?:{_ATTACKERS_ES_PT}|motociclistas?|gunm[ae]n|attackers|assailants)\b", re.IGNORECASE
)
_ARMED_REACH = 2  # sentences after the agents' in which the one they shot may be told


# A shot told with no subject right after a sentence whose subject is an agent: the agent is the
# one shot ("O policial se identificou ... Foi atingido por três tiros")
_SUBJECTLESS_SHOT = re.compile(
    # (after a clause of when: "Ao ser reconhecido como policial, foi atingido por vários tiros")
    r"^\s*(?:(?:ao|al|when|after|upon|depois\s+de|despu[eé]s\s+de|tras)\s+[^,.;]{1,60},\s*)?"
    r"(?:Foi|Fue|Was|Resultó|Resultou|Levou|Recebeu|Recibió)\b",
    re.IGNORECASE,
)
_AGENT_SUBJECT = re.compile(
    rf"^\s*(?:O|A|El|La|The|An?|Um|Uma|Un|Una)\s+(?:[\w-]+\s+)?{lx.AGENT_NOUN.pattern}"
    # (its apposition or relative clause between commas: "O sargento, que tinha 21 anos de
    # corporação, estava de folga")
    r"(?:\s+[A-ZÁÉÍÓÚ][\w-]+)?(?:\s*,[^,.;]{1,80},)?\s+(?!(?:que|who|quien)\b)",
    re.IGNORECASE,
)


def _agent_was_shot(sentences: list[Sentence], index: int) -> bool:
    return (
        index > 0
        and bool(_SUBJECTLESS_SHOT.match(sentences[index].text))
        and bool(_AGENT_SUBJECT.match(sentences[index - 1].text))
    )


def _armed_then_shot(
    sentences: list[Sentence], found: list[Agency], lang: str | None
) -> list[Agency]:
    decided = {a.sentence.start for a in found if a.kind in ("act", "passive", "context")}
    negated_near = _negation(lang)[1]
    # the shot first: the agents' patterns are tried only in the sentences just before one
    shot_at = {
        i: m
        for i, s in enumerate(sentences)
        if s.start not in decided
        and (m := _SHOT_UNNAMED.search(s.text))
        and not _BY_OTHERS.search(s.text)
        and not NON_STATE_NAMED.search(s.text)
        and not lx.AGENT_NOUN.search(s.text[max(0, m.start() - 40) : m.start()])
        # "El policía cayó a pocos metros de la motocicleta y murió en el lugar": the agent's
        and not _AGENT_SUBJECT.match(s.text)
    }
    out = []
    for index, shot in sorted(shot_at.items()):
        if _agent_was_shot(sentences, index):
            continue  # "O policial tentou desarmar um deles. Foi atingido por três tiros": him
        for k in range(index - 1, max(-1, index - _ARMED_REACH - 1), -1):
            text = sentences[k].text
            armed = _ARMED_ACT.search(text)
            forces = list(_ANY_FORCE.finditer(text, 0, armed.start())) if armed else []
            if (
                armed
                and forces
                # the agents act, not the source of the account ("Según el informe de la
                # Policía Nacional, ... el acompañante del motociclista disparó")
                and not _force_as_object(text[max(0, forces[-1].start() - 30) : forces[-1].start()])
                and not _OTHER_ACTORS.search(text, forces[-1].end(), armed.start())
                and not _AFTER_THE_FACT.search(text)
                and not NON_STATE_NAMED.search(text)
                # "Los agentes no alcanzaron a desenfundar sus armas": they did not act (the
                # language's own negations: Portuguese "chegaram no local e atiraram" denies nothing)
                and not negated_near.search(text, max(0, armed.start() - 30), armed.start())
            ):
                out.append(_agency(sentences[index], "passive", shot))
                break
    return out


def _from_each_force(pattern: Pattern, text: str) -> Iterator[re.Match[str]]:
    """The matches of an agent's pattern, each search starting after the last one's force: in
    "Según la Policía Nacional, los agentes mataron" or "Police officers answered a call and an
    officer shot and killed him" the first force's match is refused and the nearer force's own,
    inside it, is the next one tried."""
    pos = 0
    while (match := pattern.search(text, pos)) is not None:
        yield match
        pos = match.end("force")


def agent_words() -> str:
    """A regular-expression alternation of every way a text names state agents or a weapon only
    states field: what an agentive harm clause needs in its sentence (used by the relevance gate)."""
    return rf"{_FORCE_NP}|{_STATE_MEANS}|{lx.AGENT_NOUN.pattern}"


def _non_state(text: str, match: re.Match[str]) -> bool:
    """The force is an armed group that is not the state ("Rapid Support Forces", "Hamas"), an
    officer or a guard of a private company ("El oficial, que portaba el arma asignada por su
    empresa, disparó"), or no serving agent (a retired one, an impostor)."""
    if not_serving(text, match.start("force"), match.end("force")):
        return True  # "un suboficial retirado mató a su vecino", "bail agents shot a man"
    before = text[max(0, match.start("force") - 60) : match.end("force")]
    # a state's army named for its country is no resistance's "Defence Forces"
    if NON_STATE.search(_STATE_DEFENCE.sub(" ", before)):
        return True
    force = match.group("force") or ""
    return bool(_GENERIC_AGENT.search(force) and _PRIVATE_SECURITY.search(text))


# An officer or a guard of no named force, and a sentence that makes them a company's
_GENERIC_AGENT = re.compile(
    r"\b(?:officers?|oficial(?:es)?|agentes?|guards?|guardias?|vigilantes?|seguran[cç]as?|"
    r"custodios?|guardas?)\s*$",
    re.IGNORECASE,
)
_PRIVATE_SECURITY = re.compile(
    r"\b(?:private\s+security|security\s+(?:company|firm|contractor)|his\s+employer|"
    r"seguridad\s+privada|seguran[cç]a\s+privada|empresa\s+de\s+(?:seguridad|seguran[cç]a|"
    r"vigil[aâ]ncia)|(?:su|sua)\s+empresa|(?:empresa|compañía|companhia)\s+(?:que\s+lo|que\s+o)\s+"
    r"(?:contrat|emplea|emprega))",
    re.IGNORECASE,
)


# "Israel Defense Forces", "the Uganda People's Defence Forces", "Ethiopian National Defence
# Force" (not Myanmar's "People's Defence Forces", a resistance named for no state)
_STATE_DEFENCE = re.compile(
    rf"\b(?=(?-i:[A-Z]))(?:{_NATIONALITY}|{_COUNTRY_NAMES})\s+(?:(?-i:National|People['’]s)\s+)?"
    r"(?-i:Defen[cs]e\s+Forces?)\b",
    re.IGNORECASE,
)


# Means denied: "they did not need to use tear gas", "without firing", "sin usar gases",
# "não utilizaram balas de borracha"
_NOT_USED = re.compile(
    r"\b(?:(?:not|n't|never)\s+(?:(?:need|needed|have|had)\s+to\s+)?|without\s+|no\s+need\s+to\s+)"
    r"(?:use|using|fire|firing|deploy|deploying|resort\s+to)\s+(?:any\s+)?$|"
    r"\b(?:sin|sem)\s+(?:usar|utilizar|disparar|recurrir\s+a|recorrer\s+a)\s+$|"
    r"\b(?:no|não|nao)\s+(?:usaron|utilizaron|dispararon|usaram|utilizaram|dispararam)\s+$",
    re.IGNORECASE,
)


# the head of a unit's or an office's name just before a phrase in capitals: "Batalhão de",
# "Coordenadoria de", "Comando de", "Grupo de", "Unidad de", "Division of"
_IN_A_UNITS_NAME = re.compile(
    r"\b(?-i:Batalh[aã]o|Batall[oó]n|Coordenadoria|Coordinaci[oó]n|Comando|Grupo|Unidad|Unidade|"
    r"Divis[aã]o|Divisi[oó]n|Departamento|Direcci[oó]n|Diretoria|Centro|Companhia|Compañía|"
    r"Escuadr[oó]n|Brigada|Batt?alion|Division|Department|Unit|Office)\s+(?:de|da|do|of)\s+$"
)


def _agency(sentence: Sentence, kind: str, match: re.Match[str]) -> Agency:
    return Agency(sentence, kind, sentence.start + match.start(), sentence.start + match.end())


# behind its literal gate (``prefilter``): 98% of a news page's sentences name no force. "PM" is
# two letters: the gate lets through the words that hold "pm" too, still a few in a hundred.
_ANY_FORCE = gate(re.compile(rf"\b{_FORCE_NP}\b", re.IGNORECASE), min_literal=2)


def names_force(text: str) -> bool:
    """A state force is named in the text. The passes over a report ask it of the same sentence
    three or four times: a sentence's answer is kept, a page-long run's is not (the cache outlives
    the report)."""
    if len(text) > _KEPT_TEXT:
        return _ANY_FORCE.search(text) is not None
    return _names_force_kept(text)


_KEPT_TEXT = 2_000  # characters: with 1,024 answers kept, at most 2 MB held between reports


@lru_cache(maxsize=1024)
def _names_force_kept(text: str) -> bool:
    return _ANY_FORCE.search(text) is not None


def _forces_near(sentences: list[Sentence], sentence: Sentence) -> bool:
    """A force named in the sentence, or in the one before or after it."""
    index = sentences.index(sentence)
    near = sentences[max(0, index - 1) : index + 2]
    return any(names_force(s.text) for s in near)


# Harm told without saying whether the harmed died: "leading to casualties", a body "returned
# to his family with signs of torture".
_CASUALTIES = re.compile(
    r"(?<!\bno\s)(?<!\bany\s)(?<!without\s)(?<!\bsin\s)(?<!\bsem\s)(?<!\bnor\s)"
    # ("causing unknown casualties": none known)
    r"(?<!\bunknown\s)(?<!\bunconfirmed\s)\bcasualties\b|\bsigns\s+of\s+(?:torture|beating|violence)\b",
    re.IGNORECASE,
)


def _context_denied(text: str, context: re.Match[str], lang: str | None) -> bool:
    """An operation or a clash said not to have happened: "disse que não houve troca de tiros",
    "police did not use live ammunition" (in Portuguese "no" is "in the": "alvejado no braço
    direito durante a dispersão de uma festa" denies nothing)."""
    return _clash_denied(text, context.start(), lang) or bool(
        _NOT_USED.search(text, max(0, context.start() - 40), context.start())
    )


def _bare_clash(words: str) -> bool:
    """The words are a clash named alone ("troca de tiros", "shootout"), no one's."""
    clash = lx.CLASH.match(words)
    return clash is not None and clash.end() == len(words)


# the armed groups who fired, named just before a clash told alone
_ARMED_GROUPS = re.compile(
    r"\b(?:fac[cç][aã]o|fac[cç][oõ]es|grupos?\s+(?:criminosos|criminales|rivais|rivales|armados)|"
    r"pandillas?|pandilleros|bandas?|gangs?|combos|maras|traficantes|sicarios|homens\s+armados|"
    r"hombres\s+armados|gunmen)\b",
    re.IGNORECASE,
)


def _context_vetoed(text: str, context: re.Match[str]) -> bool:
    """An operation or a clash named as a rule's cases or as a term, or among armed groups:
    "within 24 hours of any death in police custody", "todas as mortes decorrentes de
    intervenção policial são objeto de inquérito"."""
    return bool(
        _ANY_CASE_BEFORE.search(text, max(0, context.start() - 20), context.start())
        or _ALL_DEATHS.search(text, 0, context.start())
        or _ACCOUNTABLE_FOR_ANY.search(text, max(0, context.start() - 120), context.start())
        # "el intercambio de disparos entre los grupos": armed groups among themselves
        or _BETWEEN_GROUPS.match(text, context.end())
        or _quoted_term(text, context.start(), context.end())
        or (_CUSTODY_PLACE.search(context.group(0)) and _ILLNESS.search(text))
        # "huyeron antes de que llegaran las patrullas de la Policía": they came after it
        or _CAME_AFTER.search(text, max(0, context.start() - 40), context.start())
        # "The IIU's investigations of police shootings have often taken more than a year":
        # shootings as a kind, a topic of inquiries and tallies
        or (
            context.group(0).lower().endswith("shootings")
            and _TOPIC_OF.search(text, max(0, context.start() - 40), context.start()) is not None
        )
    )


_TOPIC_OF = re.compile(
    r"\b(?:investigations?|probes?|reviews?|inquiries|cases|data|numbers?|statistics|tall(?:y|ies)|"
    r"rates?|database|reports|analys[ie]s|stud(?:y|ies)|polic(?:y|ies)|rules?|guidelines|training|"
    r"history|record|trends?)\s+(?:of|on|into|about|for)\s+(?:(?:fatal|deadly|all|such)\s+)?$",
    re.IGNORECASE,
)


_CAME_AFTER = re.compile(
    r"\b(?:antes\s+de\s+que\s+(?:llegar(?:a|an)|arribar(?:a|an))|antes\s+(?:da|de)\s+chegada\s+"
    r"(?:d[aeo]s?)|antes\s+que\s+(?:chegasse|chegassem))"
    r"\s*(?:(?:la|las|el|los|a|as|o|os|primeras?|primeros?|primeiras?|primeiros?)\s+)*$",
    re.IGNORECASE,
)


# The dead counted by their bodies, the count just before them: "six bodies had been laid out",
# "los tres cuerpos", "12 corpos" (not "two other bodies", "oversight bodies": no count there)
_BODY_COUNT = re.compile(
    r"\b(?:\d{1,4}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|"
    r"(?:twenty|thirty|forty|fifty)(?:-\w+)?|dozens\s+of|dos|tres|cuatro|cinco|seis|siete|ocho|"
    r"nueve|diez|dois|duas|tr[eê]s|quatro|sete|oito|nove|dez)\s+(?:dead\s+|lifeless\s+)?"
    r"(?:bodies|cuerpos|cad[aá]veres|corpos)\b",
    re.IGNORECASE,
)


def harms_someone(text: str) -> bool:
    return bool(
        lx.DEATH.search(text)
        or lx.INJURY.search(text)
        or _CASUALTIES.search(text)
        or _FOUND_DEAD.search(text)  # a body found, recovered or given back
        or _BODY_COUNT.search(text)
    )
