"""Counts of people killed and injured, civilians and agents apart, from one sentence.

"at least nine people killed and another five injured", "dejó nueve muertos", "murieron tres
presuntos delincuentes y un policía", "dois policiais ficaram feridos". A number counts when the
words that follow it (or the verb before it) say someone died or was hurt; the nouns in between
decide whether they were agents or civilians. Ages, times, shots and partitives ("two of the dead")
are not counts.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, replace
from typing import Literal

from forcewatch.extractor import lexicon as lx
from forcewatch.extractor import vocab
from forcewatch.extractor.dates import find_dates
from forcewatch.extractor.numbers import ORDINALS, Number, find_numbers
from forcewatch.extractor.prefilter import gate
from forcewatch.extractor.words import not_name_words

Harm = Literal["killed", "injured"]

_NOT_A_COUNT = re.compile(
    r"\b(?:years?|year-old|años|anos|hours?|horas|minutes?|minutos|days?|d[ií]as|months?|meses|"
    r"shots?|disparos|tiros|balazos|balas|bullets?|rounds?|times|veces|vezes|calibre|mm|blocks?|"
    r"cuadras|km|kil[oó]metros|quil[oóô]metros|kilomet(?:er|re)s|metres|miles|millas|meters|metros|"
    r"percent|per\s+cent|por\s+ciento|por\s+cento|%|p\.m|a\.m|"
    r"de\s+la\s+(?:mañana|tarde|noche)|homicidios?|homicides?|cases|casos|investigations?|"
    r"of\s+(?:the|them|those)|de\s+(?:los|las|ellos|ellas)|dos\s+(?:mortos|feridos)|"
    r"das\s+(?:vítimas)|of\s+whom|de\s+quienes|counts?)\b",
    re.IGNORECASE,
)
# A number joined to a word by a hyphen qualifies it ("12-year-old", "two-hour", "9-mm"); it
# never counts the dead or hurt.
_COMPOUND = re.compile(r"^[-‐‑][^\W\d]")
# "herida", "ferida" are also the wound: after a verb of having or suffering it, the number counts
# wounds ("resultó con una herida en la pierna", "sufrió dos heridas de bala", "com uma ferida").
_WOUND_NOUN = re.compile(r"^\s+(?:herida|heridas|ferida|feridas)\b", re.IGNORECASE)
_HAS_WOUND = re.compile(
    r"\b(?:con|sin|com|sem|sufri(?:ó|o|eron)|sufre|present(?:a|aba|ó|aron|ava|ou)|ten[ií]an?|tiene|"
    r"recibi(?:ó|eron)|sofr(?:eu|eram|e)|tinha|tem|apresent(?:a|ava|ou)|caus(?:ó|aron|ou)|"
    r"provoc(?:ó|aron|ou)|le|lhe|"
    # the wound that killed: "muere por una herida de perdigón", "morreu devido a uma ferida"
    r"por|a\s+causa\s+de|debido\s+a|devido\s+a|em\s+raz[aã]o\s+de)\s+$",
    re.IGNORECASE,
)
# The ages of the people numbered, told together: "dois rapazes de 17 e 18 anos foram atingidos",
# "tres jóvenes de entre 15 y 19 años".
_AGES = (  # "de 18 a 25 años", "de entre 20 y 30", and a list: ", de 22, 27 e 34 anos,"
    r"(?:\s*,?\s+de\s+(?:entre\s+)?\d{1,2}(?:\s*,\s*\d{1,2})*\s*(?:e|y|a|-)\s*\d{1,2}\s+a[nñ]os,?)"
)
# Up to four words between a number and the word of harm ("nine people killed").
_AFTER = re.compile(
    rf"^(?P<gap>(?:\s+(?!(?:y|e|and|o|or|ou|que|who)\b)[\w'’-]+){{0,6}}?{_AGES}?(?:\s*,[^,.;]{{1,45}},)?)\s+(?:(?:were|have\s+been|"
    rf"had\s+been|have|has|had|was|were\s+found|fueron|fue|resultaron|result[oó]|quedaron|qued[oó]|foram|foi|"
    rf"ficaram|ficou|est[aá]n?|estão|está|aparecieron|apareci[oó]|fueron\s+hallad[oa]s|"
    rf"foram\s+encontrad[oa]s|apareceram|(?:also|también|também)\s+(?:were|fueron|foram))\s+)?"
    # "um deles foi atingido e morreu", "fue herido y murió": hit, then dead
    # (Spanish and Portuguese only: "two handguns was shot and killed" counts no handguns)
    r"(?:(?:atingid|herid|ferid|balead|lesionad|alcanzad)[oa]s?\s+(?:y|e)\s+"
    rf"(?=(?:{lx.KILLED_WORD})\b))?"
    rf"(?:(?P<k>{lx.KILLED_WORD})|"
    rf"(?P<i>{lx.INJURED_WORD}))\b",
    re.IGNORECASE,
)
# The number's people taken in for their wounds: "dezenas dão entrada com ferimentos", "30
# ingresaron al hospital con heridas de bala", "12 were admitted with gunshot wounds"
_ADMITTED_WOUNDED = re.compile(
    r"^(?:\s+[\w'’-]+){0,3}?\s+(?:deram|deu|d[aã]o|d[aá]|ingresaron|ingres[oó]|llegaron|lleg[oó]|"
    r"chegaram|chegou|were\s+admitted|were\s+taken|were\s+treated|arrived)\b(?:\s+[\w'’-]+){0,6}?\s+"
    r"(?:com|con|with|for)\s+(?:\w+\s+)?(?:ferimentos|feridas|les[õo]es|heridas|lesiones|"
    r"injuries|wounds)\b",
    re.IGNORECASE,
)
# A toll told after its number: "sobe para três o número de mortos", "chega a cinco o total de
# mortos", "eleva a cuatro el número de heridos" (the article "o" is no "or" here).
_TOLL_AFTER = re.compile(
    r"^\s+(?:o|a|el|la)\s+(?:n[uú]mero|total|cifra|saldo|balan[cç]o)\s+(?:de|dos|das)\s+"
    # the harmed named between: "sobe para seis o número de manifestantes feridos"
    r"(?:(?!mortos|mortes|muertos|muertes|fallecidos|feridos|heridos|lesionados)\w+\s+)?"
    r"(?:(?P<k>mortos|mortes|muertos|muertes|fallecidos|v[ií]timas\s+(?:fatais|mortales)|óbitos)|"
    r"(?P<i>feridos|heridos|lesionados))\b",
    re.IGNORECASE,
)
# The number's people, then a relative clause whose verb tells their harm: "dispararon contra dos
# jóvenes, que murieron en el lugar", "atiraram em três rapazes, que morreram", "shot two men,
# who died later" (the clause decides, whatever the verb before the number was).
_RELATIVE_AFTER = re.compile(
    rf"^(?P<gap>(?:\s+(?!(?:y|e|and|o|or|ou|que|who)\b)[\w'’-]+){{1,4}}?)\s*,?\s+"
    rf"(?:que|quienes|who|os\s+quais|as\s+quais|los\s+cuales|las\s+cuales)\s+"
    rf"(?:(?:también|também|also|luego|después|depois|later|más\s+tarde|mais\s+tarde)\s+)?"
    rf"(?:(?:fueron|foram|were|resultaron|ficaram|quedaron)\s+)?"
    rf"(?:(?P<k>{lx.KILLED_WORD})|(?P<i>{lx.INJURED_WORD}))\b",
    re.IGNORECASE,
)
_SINGULAR_DEATH = re.compile(r"(?:morreu|faleceu|muri[oó]|falleci[oó])$", re.IGNORECASE)
# The number's people, a relative clause on who they were, then the harm as their verb: "Two women
# who sold vegetables at the market were killed", "tres jóvenes que esperaban el bus fueron
# asesinados" (the clause itself tells no harm).
_RELATIVE_THEN = re.compile(
    rf"^(?P<gap>(?:\s+(?!(?:y|e|and|o|or|ou|que|who)\b)[\w'’-]+){{1,3}}?)\s+"
    rf"(?:who|that|que|quienes)\s+(?P<clause>[^,.;:()]{{1,70}}?)\s+"
    rf"(?:were|was|fueron|fue|foram|foi|resultaron|ficaram|quedaron)\s+(?:\w+ly\s+)?"
    rf"(?:shot\s+(?:and\s+)?)?(?:(?P<k>{lx.KILLED_WORD})|(?P<i>{lx.INJURED_WORD}))\b",
    re.IGNORECASE,
)
_HARM_IN_CLAUSE = re.compile(
    rf"\b(?:{lx.KILLED_WORD}|{lx.INJURED_WORD}|shot|kill\w*|died|murieron|morreram)\b",
    re.IGNORECASE,
)
# Where, said between a verb of death and its number: "morreram ali dois jovens", "murieron en
# el lugar tres personas", "morreram no local".
_THERE = (
    r"ali|all[ií]|ah[ií]|a[ií]|l[aá]|all[aá]|there|en\s+el\s+(?:lugar|acto|sitio)|"
    r"no\s+(?:local|lugar)|na\s+hora|no\s+ato|on\s+the\s+spot|instantly|"
    r"tambi[eé]n|tamb[eé]m|also"
)
# How the harm was done, said between the verb and its number: "mató a balazos a dos hombres",
# "matou a tiro dois jovens", "hirió de un disparo a tres", "executaram à queima-roupa dois".
_MANNER = (
    r"(?:a\s+(?:balazos|tiros?|golpes|pu[ñn]aladas|machetazos|palos|pauladas|facadas|pedradas|"
    r"quemarropa|mansalva|sangre\s+fr[ií]a|sangue\s+frio)|à\s+queima-roupa|"
    r"de\s+(?:un|um|dos|dois)\s+(?:tiros?|balazos?|disparos?)|com\s+(?:um\s+)?tiros?|"
    r"por\s+la\s+espalda|pelas\s+costas|(?:fr[ií]a|brutal|cruel)mente|"
    # the weapon between the verb and its object: "hirieron con perdigones a cuatro",
    # "feriram com balas de borracha cinco"
    r"(?:con|com)\s+(?:(?:sus|seus|suas|su|sua|seu|un|una|um|uma)\s+)?(?:perdigones|balines|"
    r"balas\s+de\s+(?:goma|borracha)|proyectiles(?:\s+de\s+\w+)?|bastones|porras|toletes|"
    r"cassetetes|tiros|disparos|gases?\s+lacrim[oó]genos?|g[aá]s\s+lacrimog[eêé]neo|armas?\s+de\s+fogo|"
    r"armas?\s+de\s+fuego|pedradas|golpes|tablas|peinillas|palos|machetes|mangueras|cables|"
    r"varillas|tubos|t[aá]buas|ripas|porretes|fios)(?:\s+(?:y|e)\s+[\w-]+)?|"
    # the agents' batons by another name: "golpearon con las defensas a tres", "com os bastões"
    r"(?:con|com)\s+(?:las|los|sus|os|as|seus|suas)\s+(?:defensas|porras|bastones|bast[oõ]es|"
    r"cassetetes|tonfas|culatas|coronhas|cintos|cinturones|escudos))"
)
# Passives that put the verb before its subject: "fueron asesinados dos hombres", "foram feridos
# três jovens" (every participle of the vocab's verbs).
_PASSIVE_AUX = r"(?:fueron|fue|resultaron|quedaron|foram|foi|ficaram|were|was)"
# The auxiliaries of a compound active tense, the reported ones too: "habrían matado a dos",
# "terão agredido três"
_PERFECT_AUX = (
    r"(?:haber|habiendo|ha|han|hab[ií]a|hab[ií]an|habr[ií]a|habr[ií]an|habr[aá]n?|hubieran?|"
    r"ter|terem|tendo|tem|t[eê]m|tinham?|haviam?|ter[aá]|ter[aã]o|teriam?|tivessem?)"
)
_KILL_PARTICIPLE = "|".join(
    [lx.forms_of(lang, "kill", "execute", part="participle") for lang in ("es", "pt")]
    + [r"mort[oa]s?|muert[oa]s?"]  # the irregular participles of "matar"
)
_INJURE_PARTICIPLE = "|".join(
    lx.forms_of(lang, "injure", part="participle") for lang in ("es", "pt")
)
# A verb of harm before the number ("killing nine", "murieron tres", "deixou quatro mortos"); the
# vocab's conjugations of killing and hurting ("asesinaron a", "hirió a", "espancaram").
_BEFORE_KILLED = re.compile(
    r"\b(?:killing|killed|kills?|shot\s+dead|shot\s+and\s+killed|gunned\s+down|shot\s+to\s+death|"
    # "summarily executed at least 12 men", "massacred 30 villagers"
    r"(?:summarily\s+)?executed|executing|murdered|massacred|slaughtered|neutrali[sz]ed[\"”’']?|"
    r"murieron|mueren|fallecieron|(?:la\s+)?muerte\s+de|(?:a\s+)?morte\s+de|"
    # the dead told after the verb: "perdieron la vida dos de los agresores", "perderam a vida"
    r"perdieron\s+la\s+vida|pierden\s+la\s+vida|perderam\s+a\s+vida|perdem\s+a\s+vida|"
    r"(?:el\s+)?(?:asesinato|homicidio|fusilamiento)\s+de|(?:la\s+)?(?:ejecuci[oó]n|masacre)\s+de|"
    r"(?:o\s+)?(?:assassinato|homic[ií]dio|fuzilamento)\s+de|(?:a\s+)?(?:execu[cç][aã]o|chacina)\s+de|"
    r"the\s+deaths?\s+of|(?:the\s+)?(?:alleged\s+|extrajudicial\s+|unlawful\s+)?killings?\s+of|"
    # the dead found: "the bodies of the three fishermen", "los cuerpos de los cinco jóvenes"
    r"(?:the\s+)?bodies\s+of(?:\s+the)?|(?:los\s+)?cuerpos\s+de(?:\s+los)?|"
    r"(?:os\s+)?corpos\s+d(?:e|os)|"
    r"mat(?:ó|aron|ando|a|an)|asesinaron|abatieron|morreram|morrem|"
    r"mat(?:ou|aram|ando)|toll\s+(?:has\s+)?(?:rose|rises|risen|stands|stood|climbed)\s+to|death\s+toll\s+of|"
    # a toll revised: "la cifra de fallecidos en Andahuaylas asciende a dos", "o número de mortos
    # subiu para sete", "the number of dead has risen to five"
    r"(?:muertos|fallecidos|mortos|mortes|óbitos|dead|deaths)(?:\s+[\w-]+){0,3}?\s+(?:has\s+|had\s+)?"
    r"(?:asciende|ascendi[oó]|se\s+elev[aó]|sub(?:e|i[oó])|lleg(?:a|[oó])|aument(?:a|[oó])|"
    r"sobe|subiu|chega|chegou|aumentou|passa|passou|rose|rises|risen|climbed|jumped)\s+(?:a|para|to)|"
    rf"death\s+toll\s+to|{lx.KILL_VERB}|{lx.KILL_PHRASE}|{_PASSIVE_AUX}\s+(?:{_KILL_PARTICIPLE})|"
    # people executed: "ejecutaron a cuatro detenidos", "executaram dois rapazes"
    rf"{lx.forms_of('es', 'execute')}|{lx.forms_of('pt', 'execute')}|"
    rf"{_PERFECT_AUX}\s+(?:{_KILL_PARTICIPLE})|"
    # hurt to death: "balearam mortalmente dois", "hirieron de muerte a tres"
    rf"(?:{lx.INJURE_VERB}|atingi(?:u|ram)|alcanz(?:ó|aron))\s+(?:mortalmente|fatalmente|de\s+muerte))\s+"
    rf"(?:{_MANNER}\s+)?(?:(?:el|la|on|este|esta|nesta|neste|pasado|passado|last|ayer|ontem|"
    r"yesterday|lunes|martes|miércoles|jueves|viernes|sábado|domingo|monday|tuesday|wednesday|"
    rf"thursday|friday|saturday|sunday|[\w-]+-feira|{_THERE})\s+){{0,3}}"
    # "mataron al menos a 14": the bound before the object's mark
    rf"(?:(?:al\s+menos|por\s+lo\s+menos|pelo\s+menos|no\s+menos\s+de)\s+)?(?:a\s+|de\s+)?"
    r"(?:(?:sus|seus|suas|sendas)\s+)?"
    # the dead as one family: "killed a family of seven", "mató a una familia de cinco"
    r"(?:(?:an?|the|una|uma)\s+(?:entire\s+|whole\s+)?(?:family|familia|fam[ií]lia)\s+(?:of|de)\s+)?$",
    re.IGNORECASE,
)
# The crimes a person is held for, not harm told: "a suspect in the killings of", "charged
# with the murders of"
_CRIMES_OF = re.compile(
    r"\b(?:suspect(?:ed|s)?|accused|charged|convicted|wanted|arrested|jailed|sentenced|guilty)\s+"
    r"(?:\w+\s+){0,2}?(?:in|of|for|with)\s+(?:the\s+)?(?:\w+\s+)?(?:killings?|murders?|deaths?)\s+of\s*$",
    re.IGNORECASE,
)
# A transitive verb of harm right before: Spanish marks its person object with "a".
_TRANSITIVE_BEFORE = re.compile(
    rf"\b(?:{lx.forms_of('es', 'kill', 'injure', 'execute')})\s+$", re.IGNORECASE
)
_BEFORE_INJURED = re.compile(
    r"\b(?:injuring|wounding|injured|wounded|hiriendo|hirieron|hirió|resultaron\s+heridos|"
    # nominalised: "the deaths of two people and the injury of more than a dozen others"
    r"the\s+(?:injury|injuries|injuring|wounding)\s+of|"
    # fired at people's eyes or faces: "dispararon perdigones a los ojos de al menos 12"
    r"(?:a|en|contra|em|nos|nas)\s+(?:los\s+|las\s+|os\s+|as\s+)?(?:ojos|olhos|rostros?|caras?)\s+"
    r"(?:de|do|da|dos|das)(?:\s+(?:al\s+menos|pelo\s+menos|m[aá]s\s+de|mais\s+de))?|"
    r"atingi(?:u|ram)|atingindo|alcanz(?:ó|aron)|"
    r"beat(?:\s+and\s+[a-z]+ed)?|beating|tortured|torturing|"
    rf"{vocab.pattern('en', 'harm', 'blows')}|"
    rf"ferindo|feriram|feriu|ficaram\s+feridos|{lx.INJURE_VERB}|"
    rf"(?:{_PASSIVE_AUX}|{_PERFECT_AUX})\s+(?:{_INJURE_PARTICIPLE}|agredido|espancado|golpeado))\s+(?:{_MANNER}\s+)?"
    r"(?:a\s+)?(?:another\s+|a\s+further\s+|otros\s+|outros\s+)?(?:a\s+)?(?:(?:sus|seus|suas)\s+)?$",
    re.IGNORECASE,
)
_AGE_BEFORE = re.compile(
    r"(?:otr[oa]s?|outr[oa]s?|adolescentes?|j[oó]venes|joven|jovem|hombres?|mujer(?:es)?|homem|"
    r"mulher|niñ[oa]s?|menor(?:es)?|chic[oa]s?|muchach[oa]s?|rapaz|garot[oa]s?|"
    r"homens|mulheres|jovens|rapazes|menin[oa]s|crian[cç]as|personas|pessoas|v[ií]ctimas|"
    # kin and pupils: "un hombre de 41 años y su hija de 14 perdieron la vida"
    r"hij[oa]s?|filh[oa]s?|herman[oa]s?|irm[aã]s?|irm[aã]os|sobrin[oa]s?|niet[oa]s?|net[oa]s?|"
    r"prim[oa]s?|beb[eéê]s?|estudiantes?|estudantes?|alumn[oa]s?|alun[oa]s?|"
    r"[A-ZÁÉÍÓÚ][\wáéíóúñç]+)\s*,?\s+de\s+$|\baged\s+$|\bedad\s+de\s+$"
)


# A school year is no count: "a Form Three student was shot dead", "a Grade 7 pupil"
_SCHOOL_YEAR_BEFORE = re.compile(r"\b(?:Form|Grade|Class|Standard|Std\.?|Year)\s+$")


# A part of a group told before, with its own verb of harm: "cuatro de ellos murieron", "dois
# deles ficaram feridos", "two of them died". Without the verb ("two of the dead were minors") the
# part is not a count.
_MORE_OF_THEM = re.compile(r"\s+(?:more|others?|m[aá]s|mais)(?=\s+(?:of|de|dos|das|del)\s)", re.I)
_OF_THEM = re.compile(
    r"\s+(?:de\s+(?:ellos|ellas|los\s+cuales|las\s+cuales)|del[ea]s|dos\s+quais|das\s+quais|"
    r"of\s+(?:them|whom)|"
    # "uno de los asaltantes murió", "um dos suspeitos morreu": a part named by its group
    r"(?:de\s+(?:los|las)|dos|das)\s+(?:presuntos?\s+|supostos?\s+)?[\w-]+|"
    # "Two of the protesters died", "three of the men were killed" (not "one of the three")
    r"of\s+the\s+(?!(?:\d|two|three|four|five|six|seven|eight|nine|ten|dozen|many|several|"
    r"hundreds|dozens)\b)(?:[\w-]+\s+)?[\w-]+)",
    re.IGNORECASE,
)


_OTHERS = re.compile(
    r"\b(?:outr[oa]s|otr[oa]s|other|others|another|mais|m[aá]s)\s+$", re.IGNORECASE
)


# "12 people were killed by the rioters": a count of harm done by others than the agents.
_BY_NON_STATE = re.compile(
    r"^\s+(?:by|por|pel[oa]s?|a\s+manos\s+de|nas\s+m[aã]os\s+de)\s+[\"“']?(?:the\s+|los\s+|las\s+|"
    r"la\s+|el\s+|os\s+|as\s+|a\s+|o\s+|un\s+|una\s+|um\s+|uma\s+|an?\s+)?(?:\w+\s+)?"
    r"(?:rioters|mobs?|gunmen|gangs?|militants|rebels|insurgents|terrorists|attackers|assailants|"
    r"robbers|criminals|suspects?|settlers|pandilleros|sicarios|delincuentes|criminales|"
    r"asaltantes|atacantes|guerrilleros|criminosos|bandidos|traficantes|assaltantes|atiradores|"
    r"fac[cç][aã]o|milicianos\s+(?:de|do|da))\b",
    re.IGNORECASE,
)
# A figure that lumps the dead and the hurt together fills neither ("killed or injured 75,000").
_LUMPED = re.compile(
    r"\b(?:killed\s+(?:or|and/or)\s+(?:injured|wounded)|(?:killing|killed)\s+(?:and|or)\s+"
    # (not a field's label: "Casualties: Four men were killed.")
    r"(?:injuring|wounding|maiming)|dead\s+or\s+(?:injured|wounded)|casualties(?!\s*:)|"
    r"muert[oa]s\s+o\s+herid[oa]s|v[ií]ctimas\s+entre\s+muertos\s+y\s+heridos|"
    r"mort[oa]s\s+ou\s+ferid[oa]s|entre\s+mortos\s+e\s+feridos)\b",
    re.IGNORECASE,
)


def _article_items(text: str, numbers: list[Number]) -> list[Number]:
    """'two men and a woman', 'dos hombres y un niño': a person named with an article after a
    number, in the same list, is one more of them (the list then counts all of them)."""
    out = list(numbers)
    for number in numbers:
        item = _ARTICLE_ITEM.match(text, number.end)
        if item is None or any(n.start == item.start("n") for n in numbers):
            continue
        out.append(Number(item.start("n"), item.end("n"), item.group("n"), 1, 1, None))
    return sorted(out, key=lambda n: n.start)


# One relative told by a possessive: "wounding his 13-year-old son", "killing her husband",
# "hirió a su hermano", "matou o seu filho" (one person, as "a man" is)
_KIN_ITEM = re.compile(
    r"\b(?:his|her|their|su|seu|sua|o\s+seu|a\s+sua)\s+(?:(?:\d{1,2}-year-old|[\w]+-year-old|teenage|"
    r"young|elderly|infant|baby|adolescente|joven|jovem|pequeñ[oa]|pequen[oa])\s+)?"
    r"(?P<n>son|daughter|husband|wife|brother|sister|father|mother|nephew|niece|cousin|grandson|"
    r"granddaughter|hijo|hija|esposo|esposa|marido|hermano|hermana|padre|madre|sobrino|sobrina|"
    r"nieto|nieta|filho|filha|irm[aã]o|irm[aã]|pai|m[aã]e|sobrinho|sobrinha|neto|neta)\b",
    re.IGNORECASE,
)


_KIN_HARMED_AFTER = re.compile(
    rf"\s+(?:(?:was|fue|foi|result[oó]|resultou|ficou|qued[oó])\s+)(?:\w+\s+)?"
    rf"(?:{lx.KILLED_WORD}|{lx.INJURED_WORD})\b",
    re.IGNORECASE,
)


def _kin_items(text: str, numbers: list[Number]) -> list[Number]:
    """A relative told by a possessive right after a verb of harm is one person harmed; the
    verb decides below, as it does for a number."""
    if not _KIN_ITEM.search(text):
        return numbers
    out = list(numbers)
    for item in _KIN_ITEM.finditer(text):
        if any(n.start < item.end("n") and item.start("n") < n.end for n in numbers):
            continue
        head = text[max(0, item.start() - 40) : item.start()]
        if not (
            _BEFORE_KILLED.search(head)
            or _BEFORE_INJURED.search(head)
            or _KIN_HARMED_AFTER.match(text, item.end())
        ):
            continue  # "His daughter said the police killed two men": who spoke, no one harmed
        # (the person's noun stands for the number: an age before it is no count of its own)
        out = [n for n in out if not item.start() <= n.start < item.start("n")]
        out.append(Number(item.start(), item.end("n"), item.group(0), 1, 1, None))
    return sorted(out, key=lambda n: n.start)


def _first_words(gap: str, n: int = 2) -> str:
    return " ".join(gap.split()[:n])


# "tres presuntos delincuentes y a un adolescente": Spanish marks a person object with "a".
_LIST_NEXT = re.compile(
    r"^(?P<gap>(?:\s+[\w'’-]+){0,4}?)\s*(?:(?:,\s*)?(?:as[ií]\s+como|as\s+well\s+as|bem\s+como|"
    r"assim\s+como)|,|\s+and|\s+y|\s+e)\s+(?:a\s+)?$",
    re.IGNORECASE,
)


# One person named, then the others: "murieron Andrés Pineda y otros dos jóvenes", "Pineda y
# otros dos hombres ... murieron", "mató a Rosa Tum y a otras tres", "killing Ali Musa and two
# others": the count is the others and the one named.
_AND_OTHERS = re.compile(
    r"(?<=[\w'’.])\s+(?:(?:y|e)\s+(?:a\s+)?(?:otr[oa]s|outr[oa]s)|and)\s+$", re.IGNORECASE
)
_OTHERS_AFTER_EN = re.compile(r"\s+others?\b", re.IGNORECASE)
_NAME_WORD = re.compile(r"[A-ZÁÉÍÓÚÑÂÊÔÃÕÇ][\w'’-]*\.?")
_TITLE = re.compile(
    r"(?:Mr|Mrs|Ms|Dr|Sr|Sra|Srta|Dña|Dona|Don|Doña|Sgt|Cpl|Capt|Lt|Gen|Col|Maj)\.?", re.IGNORECASE
)
_NAME_PARTICLE = re.compile(r"(?:de|del|da|do|dos|das|la|los|van|bin|al|el)$")
# a place joined to others ("en Tumaco y otros dos municipios"), not a person
_PLACE_BEFORE = re.compile(
    r"\b(?:en|in|de|del|desde|em|no|na|nos|nas|at|of|from|near|cerca\s+de|perto\s+de)\s+$",
    re.IGNORECASE,
)


def _named_and_others(text: str, number: Number) -> int | None:
    """Where the person named before "y otros N" / "and N others" starts, or None."""
    window_start = max(0, number.start - 80)
    window = text[window_start : number.start]
    joined = _AND_OTHERS.search(window)
    if joined is None:
        return None
    english = not re.search(r"\b(?:y|e)\b", joined.group(), re.IGNORECASE)
    if english and not _OTHERS_AFTER_EN.match(text, number.end):
        return None  # "and two soldiers": a list, not the others
    words = window[: joined.start()].split(" ")
    start = None
    # the name: capitalised words (particles between, a title first) right before "y otros"
    for n in range(len(words) - 1, max(-1, len(words) - 6), -1):
        word = words[n]
        if _TITLE.fullmatch(word) and start is not None:
            start = n
            break
        if _NAME_WORD.fullmatch(word) and word.rstrip(".").lower() not in not_name_words():
            start = n
        elif not (_NAME_PARTICLE.match(word) and start is not None):
            break
    # "Kenya and two other countries": English names one word only after a title
    if start is None or (english and start == len(words) - 1):
        return None
    position = window_start + len(" ".join(words[:start])) + (1 if start else 0)
    # the verb of harm before the name starts it: "Murieron Andrés Pineda" names two words
    for n in range(start, len(words)):
        at = window_start + len(" ".join(words[:n])) + (1 if n else 0)
        before = text[max(0, at - 40) : at]
        if _BEFORE_KILLED.search(before) or _BEFORE_INJURED.search(before):
            return at if _NAME_WORD.fullmatch(words[n]) else None
    if _PLACE_BEFORE.search(text[max(0, position - 12) : position]):
        return None
    return position


@dataclass(frozen=True)
class Count:
    harm: Harm
    agents: bool
    number: Number
    start: int
    end: int
    definite: bool = False  # "los dos heridos", "the two men": people counted before
    total: int | None = None  # the figure this one was split from ("four died, including a ...")
    wounded_first: bool = False  # some of the wounded, dead after ("two of the wounded died")


# hurt, told by their care, in the active: "los bomberos atendieron a seis personas con golpes
# y heridas", "medics treated 14 people for gunshot wounds"
_CARED_FOR_BEFORE = re.compile(
    r"\b(?:atend(?:ió|ieron|ían|ía)|trat(?:ó|aron)|atend(?:eu|eram|iam)|trat(?:ou|aram)|treated|"
    r"attended\s+to)\s+(?:a\s+)?(?:(?:al\s+menos|pelo\s+menos|at\s+least|m[aá]s\s+de|mais\s+de|"
    r"more\s+than)\s+)?$",
    re.IGNORECASE,
)
_FOR_WOUNDS_AFTER = re.compile(
    r"\s+(?:[\w-]+\s+){0,2}?(?:con|com|por|for|with)\s+(?:[\w-]+\s+){0,3}?(?:golpes|heridas|"
    r"lesiones|contusiones|ferimentos|les[oõ]es|wounds|injuries)\b",
    re.IGNORECASE,
)
_PARTITIVE = re.compile(
    r"\s+(?:elementos|efectivos|miembros|integrantes|membros|members)\s+(?:de|del|do|da|dos|das|of)"
    r"(?:\s+[\w'’-]+){1,3}",
    re.IGNORECASE,
)
_DEFINITE = re.compile(r"\b(?:los|las|os|as|the|ambos|ambas|both)\s+$", re.IGNORECASE)


# Agents named as a body rather than by a noun of their own: "four members of the security
# forces", "two security force members", "tres integrantes de las fuerzas de seguridad"
_FORCE_MEMBERS = re.compile(
    r"\b(?:members?|personnel|elements?|miembros|integrantes|elementos|membros|agentes)\s+"
    r"(?:of|de|do|da|dos|das|del)\s+(?:the\s+|las\s+|los\s+|la\s+|el\s+|as\s+|os\s+)?"
    r"(?:security|armed|defen[cs]e|police|military|fuerzas|for[cç]as|polic[ií]a)\b|"
    r"\bsecurity\s+(?:force\s+)?(?:members|personnel)\b",
    re.IGNORECASE,
)
# "three soldiers were killed and two others wounded": "others" is the gap, the agents the
# previous count's
_OTHERS_GAP = re.compile(r"\s*(?:others?|more)\s*", re.IGNORECASE)
# (or a comma alone, a headline's list: "Two jawans killed, one hurt")
_JUST_AND = re.compile(r"\s*(?:,\s*(?:(?:and|y|e)\s+)?|(?:and|y|e)\s+)", re.IGNORECASE)


# "bodies", "cuerpos" count the dead only right after their number ("15 bodies", "los 15
# cuerpos recuperados", "three mutilated bodies"), never institutions ("two UN bodies", "three
# oversight bodies", "dos cuerpos policiales", "cuerpos de seguridad")
_BODY_WORD = re.compile(r"(?:bodies|cuerpos|cad[aá]veres|corpos)", re.IGNORECASE)
_BODY_GAP = re.compile(
    r"(?:\s+(?:dead|lifeless|mutilated|charred|burned|burnt|decomposed|unidentified|more|other|"
    r"mutilad[oa]s|calcinad[oa]s|carbonizad[oa]s|descompuest[oa]s|decompost[oa]s))*",
    re.IGNORECASE,
)
_BODIES_OF_A_STATE = re.compile(
    r"\s*(?:de\s+(?:seguridad|segurança|seguranca|bomb|polic|rescate|socorro)|policiales|policiais|"
    r"militares|armad|diplom[aá]tic)",
    re.IGNORECASE,
)


def _not_the_dead(after: re.Match[str], tail: str) -> bool:
    k = after.group("k")
    if not k or not _BODY_WORD.fullmatch(k):
        return False
    return not _BODY_GAP.fullmatch(after.group("gap")) or bool(
        _BODIES_OF_A_STATE.match(tail, after.end())
    )


_PART_OF_THE_DEAD = re.compile(
    r"^\s+(?:de\s+l[oa]s|of\s+the|d[oa]s)\s+(?:\d[\d,.]*|[\w-]+)\s+"
    # (the dead named as such, not a verb's: "three of the men were killed" counts three)
    r"(?:(?!(?:were|was|are|is|fueron|fue|foram|foi)\s)[\w-]+\s+)?"
    r"(?:cuerpos|corpos|cad[aá]veres|bodies|muert[oa]s|mort[oa]s|dead|killed|v[ií]ctimas|victims|"
    r"fallecid[oa]s)\b",
    re.IGNORECASE,
)


def _agents_named(gap: str) -> bool:
    """The words between a number and its harm name agents: they are the ones harmed."""
    return bool(lx.AGENT_NOUN.search(gap) or _FORCE_MEMBERS.search(gap))


# A noun in both genders, joined: "trabajadoras y trabajadores", "companheiras e companheiros",
# "niños y niñas", "alunos e alunas" (the stem shared, the endings differing)
_GENDER_PAIR = re.compile(
    r"\b(?P<first>(?P<stem>\w{3,}?)(?:as|os|es|a|o))\s+(?:e|y)\s+(?P=stem)(?:as|os|es|a|o)\b",
    re.IGNORECASE,
)


_DASH_ASIDE = re.compile(r"(?<=\w)\s*[—–]\s*[^—–.;:!?\"“”]{3,120}?\s*[—–](?=\s*\w)")


_ACCUSED_GAP = re.compile(
    r"\b(?:acusad|indiciad|denunciad|imputad|procesad|processad|julgad|juzgad|condenad|"
    r"charged|accused|indicted|convicted|prosecuted|sentenced|responsib|respons[aá]v)\w*",
    re.IGNORECASE,
)
_INCLUDING_ASIDE = re.compile(
    r",\s*(?:including|among\s+them|entre\s+(?:ell[oa]s|el[ea]s|los\s+cuales|os\s+quais)|"
    r"incluyendo|incluindo|inclusive)\s+[^,.;:!?\"“”]{3,100}?,(?=\s*(?:(?:all|todos|todas)\s+)?"
    r"(?:were|was|are|fueron|foram|resultaron|ficaram|quedaron|died|murieron|morreram|"
    r"sufrieron|sofreram|suffered|required|needed)\b)",
    re.IGNORECASE,
)


_NO_ONE = re.compile(r"\b(?:no|not)[ -]?$", re.IGNORECASE)


# A number that names a road, a line or a room, not people: "A traffic stop on Highway 18 ended
# with a man dead", "na BR-316", "la celda 4", "Route 9"
_NUMBERED_THING = re.compile(
    r"\b(?:highway|route|interstate|road|street|avenue|exit|pier|gate|platform|line|bus|flight|"
    r"cell|room|block|ward|unit|precinct|district|lot|building|apartment|apt\.?|no\.|number|"
    r"carretera|ruta|autopista|calle|avenida|celda|pabell[oó]n|bloque|sala|km|kil[oó]metro|"
    r"rodovia|estrada|rua|cela|pavilh[aã]o|bloco|BR|SP|RJ|MG|PE|BA|CE|PA|GO|PR|SC|RS|I|US|SR)[\s-]*$",
    re.IGNORECASE,
)


def find_counts(
    text: str,
    lang: str | None,
    offset: int = 0,
    *,
    dates: list[tuple[int, int]] | None = None,
) -> list[Count]:
    """Counts in ``text``; offsets are shifted by ``offset`` (the sentence's start).

    ``dates`` are the spans of the absolute dates in ``text`` when the caller has found them
    already; numbers inside them ("on 21 February") are not counts."""
    if dates is None:
        dates = [(d.start, d.end) for d in find_dates(text, None, lang) if d.kind != "relative"]
    numbers = [
        n
        for n in find_numbers(text, lang)
        if (n.best or n.low or n.high) is not None
        and not any(a <= n.start < b or a < n.end <= b for a, b in dates)  # "on 21 February"
    ]
    numbers = _article_items(text, numbers)
    numbers = _kin_items(text, numbers)
    # "Otros tres ocupantes del vehículo —la madre, un niño y un primo— resultaron heridos": an
    # aside between dashes stands between a count and its verb; blanked, offsets kept
    asides = [m.span() for m in _DASH_ASIDE.finditer(text)]
    # ... and so does a list of some of them between commas: "Five residents, including a
    # pregnant woman and a 70-year-old man, were beaten", "cinco vecinos, entre ellos dos niños,
    # resultaron heridos"
    asides += [m.span() for m in _INCLUDING_ASIDE.finditer(text)]
    if asides:
        numbers = [n for n in numbers if not any(a <= n.start < b for a, b in asides)]
        for a, b in asides:
            text = text[:a] + " " * (b - a) + text[b:]
    if lang in ("es", "pt"):
        # "catorze companheiras e companheiros ficaram feridos": one noun said in both genders
        text = _GENDER_PAIR.sub(lambda m: m.group("first") + " " * (m.end() - m.end("first")), text)
    counts: list[Count] = []
    previous: Count | None = None
    for number in numbers:
        # (an aside blanked after the number lengthens the window by its own length)
        reach = 80 + sum(b - a for a, b in asides if number.end <= a < number.end + 80)
        tail = text[number.end : number.end + reach]
        head = text[max(0, number.start - 40) : number.start]
        named = _named_and_others(text, number)
        if named is not None and number.best is not None:
            # the one named and the others: the count starts at the name
            number = replace(
                number,
                low=None if number.low is None else number.low + 1,
                best=number.best + 1,
                high=None if number.high is None else number.high + 1,
            )
            head = text[max(0, named - 40) : named]
        count = None
        if _NO_ONE.search(head) and number.best == 1:
            previous = None
            continue  # "No one was killed", "not one was hurt": nobody, a zero of its own
        if (
            _AGE_BEFORE.search(head)
            or _SCHOOL_YEAR_BEFORE.search(head)
            or _NUMBERED_THING.search(head)
            or (head.endswith(", ") and tail.startswith(","))
            or _COMPOUND.match(tail)
        ):
            previous = None
            continue  # "otro de 17 quedó herido", "Jhon, 34, murió", "12-year-old": ages
        after = _AFTER.match(tail)
        if after and _WOUND_NOUN.match(tail) and _HAS_WOUND.search(head):
            previous = None
            continue  # "resultó con una herida leve", "sofreu duas feridas": wounds, not people
        before = _BEFORE_KILLED.search(head) or _BEFORE_INJURED.search(head)
        relative = None if after else (_RELATIVE_AFTER.match(tail) or _TOLL_AFTER.match(tail))
        if relative is None and not after:
            then = _RELATIVE_THEN.match(text[number.end : number.end + 160])
            if then is not None and not _HARM_IN_CLAUSE.search(then.group("clause")):
                relative = then
        if relative is not None and not (
            _NOT_A_COUNT.search(_first_words(relative.groupdict().get("gap") or ""))
            # "mãe de três filhos, que morreu": a singular verb is not the many's
            or (
                (number.best or 0) > 1
                and relative.groupdict().get("k")
                and _SINGULAR_DEATH.match(relative.group("k"))
            )
        ):
            count = Count(
                "killed" if relative.group("k") else "injured",
                _agents_named(relative.groupdict().get("gap") or ""),
                number,
                number.start + offset,
                number.end + relative.end() + offset,
            )
        elif (
            after
            and not before
            # "cuatro de los 15 cuerpos", "four of the 15 dead": a part of the dead counted next
            and not _PART_OF_THE_DEAD.match(tail)
            and not _not_the_dead(after, tail)
            # "quatro policiais militares acusados pelas mortes de", "four officers charged over
            # the deaths of": the accused, not the dead
            and not _ACCUSED_GAP.search(after.group("gap"))
            and (
                not _NOT_A_COUNT.search(_first_words(after.group("gap")))
                or _OF_THEM.fullmatch(after.group("gap"))
            )
        ):
            harm: Harm = "killed" if after.group("k") else "injured"
            agents = _agents_named(after.group("gap"))
            if (
                (not after.group("gap").strip() or _OTHERS_GAP.fullmatch(after.group("gap")))
                and previous is not None
                and (
                    _OTHERS.search(head)
                    # "four members of the security forces were killed and twelve injured"
                    or _JUST_AND.fullmatch(text[previous.end - offset : number.start])
                )
            ):
                agents = previous.agents  # "un policía murió y otros dos resultaron heridos"
            count = Count(
                harm, agents, number, number.start + offset, number.end + after.end() + offset
            )
        else:
            noun = re.match(r"^((?:\s+[\w'’-]+){1,3})", tail)
            gap = noun.group(1) if noun else ""
            # "mataron a tres de ellos": a part of a group with its own verb of harm counts
            # (and "killed two more of them": more of a group told before)
            verb_part = (_OF_THEM.match(tail) or _MORE_OF_THEM.match(tail)) and (
                _BEFORE_KILLED.search(head) or _BEFORE_INJURED.search(head)
            )
            if not verb_part and (
                _NOT_A_COUNT.search(gap[:25]) or re.match(r"^\s*(?:of|de|dos|das)\b", tail)
            ):
                previous = None
                continue
            harm_before: Harm | None = None
            if _CRIMES_OF.search(head):
                previous = None
                continue  # "a suspect in the killings of three people": someone else's crime
            if _ADMITTED_WOUNDED.match(tail):
                harm_before = "injured"  # "e dezenas dão entrada com ferimentos" (not "e" dead)
            elif _BEFORE_KILLED.search(head):
                harm_before = "killed"
            elif _BEFORE_INJURED.search(head) or (
                _CARED_FOR_BEFORE.search(head) and _FOR_WOUNDS_AFTER.match(tail)
            ):
                harm_before = "injured"
            elif previous is not None and _LIST_NEXT.match(
                text[previous.end - offset : number.start]
            ):
                harm_before = previous.harm
            if harm_before is not None:
                # the agents in a by-phrase are the ones who harmed: "the killing of 70
                # worshippers by soldiers", "a morte de três jovens por policiais"
                words = re.match(r"^((?:\s+(?!(?:y|e|and|by|por|pel[oa]s?)\b)[\w'’-]+){0,3})", tail)
                nouns = words.group(1) if words else ""
                # "dos elementos de la Guardia Nacional": a partitive names its force after it
                partitive = _PARTITIVE.match(tail)
                agents = _agents_named(partitive.group() if partitive else nouns)
                if (
                    lang == "es"
                    and agents
                    and _TRANSITIVE_BEFORE.search(head)
                    and not re.search(r"\b(?:a|al)\s+$", head, re.IGNORECASE)
                ):
                    # "lo mató un policía", "la hirió un soldado": without "a" the agent is the
                    # subject told after its verb, not one harmed
                    previous = None
                    continue
                if previous is not None and _OTHERS.search(head):
                    agents = previous.agents
                end = number.end + len(nouns)
                count = Count(harm_before, agents, number, number.start + offset, end + offset)
        if count is not None:
            counts.append(count)
        previous = count
    counts = [
        c
        for c in counts
        if not _LUMPED.search(text[max(0, c.start - offset - 40) : c.end - offset + 40])
        and not _BY_NON_STATE.match(text[c.end - offset :])
    ]
    counts = _breakdowns(
        text, _join_lists(text, _propagate_lists(text, numbers, counts, offset)), offset, lang
    )
    counts += _ordinal_dead(text, offset, counts)
    counts = [_wounded_who_died(text, c) for c in counts]
    counted = {c.number.start for c in counts}
    counts += [
        Count("killed", False, n, n.start + offset, m.end() + offset, wounded_first=True)
        for n in numbers
        if n.start not in counted and (m := _OF_THE_WOUNDED_DIED.match(text, n.end)) is not None
    ]
    return [
        replace(c, definite=True)
        if _DEFINITE.search(text[max(0, c.number.start - 8) : c.number.start])
        else c
        for c in counts
    ]


# The toll told by the last one to die: "a second worker has died" (two dead), "murió una
# tercera víctima", "morreu a segunda vítima"; or by "both" of those told before
_ORDINAL_DEAD = gate(
    re.compile(
        r"\b(?:an?|the|un|una|la|um|uma|el|o)\s+"
        r"(?P<n>second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
        r"segund[oa]|tercer[oa]?|cuart[oa]|quint[oa]|sext[oa]|s[eé]ptim[oa]|octav[oa]|noven[oa]|"
        r"d[eé]cim[oa]|terceir[oa]|quart[oa]|s[eé]tim[oa]|oitav[oa]|non[oa])\s+(?:[\w-]+\s+){0,2}?"
        r"(?:victim|person|protester|demonstrator|worker|man|woman|student|youth|child|suspect|"
        r"v[ií]ctima|v[ií]tima|persona|pessoa|manifestante|trabajador|trabalhador|joven|jovem|"
        r"estudiante|estudante)\s+"
        # what befell them between: "an eighth suspect wounded in a police shoot-out at a house
        # in Mamelodi East in the early hours of Boxing Day has died in hospital"
        r"(?:(?:wounded|injured|shot|hurt)\b[^.;:]{0,120}?\s)?"
        r"(?:has\s+|had\s+|also\s+)?(?:died|dies|succumbed|muri[oó]|falleci[oó]|morreu|faleceu)\b|"
        # both of those told before: "where both were pronounced dead", "ambos murieron"
        r"\b(?P<both>both|ambos|ambas)\s+(?:men\s+|of\s+them\s+)?(?:(?:were|had|have)\s+(?:been\s+)?)?"
        r"(?:pronounced\s+dead|died|killed|murieron|fallecieron|morreram|faleceram)\b|"
        r"\b(?:muri[oó]|falleci[oó]|morreu|faleceu)\s+(?:una|la|a|um|o)\s+(?P<n2>segund[oa]|tercer[oa]|"
        r"cuart[oa]|quint[oa]|terceir[oa]|quart[oa])\s+(?:v[ií]ctima|v[ií]tima|persona|pessoa|manifestante)\b",
        re.IGNORECASE,
    )
)


# Some of the wounded, dead after: "two of the wounded died in hospital", "dois dos feridos
# morreram na unidade", "dos de los heridos fallecieron el martes"
_OF_THE_WOUNDED_DIED = re.compile(
    r"\s+(?:of\s+(?:the|those)|de\s+(?:los|las)|d[oa]s)\s+(?:wounded|injured|heridos|heridas|"
    r"lesionados|feridos|feridas|baleados)\b[^.;]{0,60}?\b(?:died|dies|die|succumbed|murieron|mueren|"
    r"muri[oó]|muere|falleci(?:eron|[oó])|morreram|morrem|morreu|morre|falece(?:ram|u)|"
    r"n[aã]o\s+resisti(?:ram|u)|no\s+resisti(?:eron|[oó]))\b",
    re.IGNORECASE,
)


def _wounded_who_died(text: str, count: Count) -> Count:
    """A count of the wounded who then died is a count of the dead, told as part of those hurt."""
    if count.agents or not _OF_THE_WOUNDED_DIED.match(text, count.number.end):
        return count
    return replace(count, harm="killed", wounded_first=True)


def _ordinal_dead(text: str, offset: int, counts: list[Count]) -> list[Count]:
    """The dead counted by the ordinal of the last to die, where no count of the dead is told or
    every count told is lower ("seven suspects were shot dead ... An eighth suspect has died")."""
    told = max((c.number.best or 0 for c in counts if c.harm == "killed"), default=0)
    found = []
    for match in _ORDINAL_DEAD.finditer(text):
        group = next(g for g in ("n", "n2", "both") if match.group(g))
        value = 2 if group == "both" else ORDINALS.get(match.group(group).lower())
        if value is None or value <= told:
            continue
        start, end = match.span(group)
        number = Number(start, end, text[start:end], value, value, None)
        found.append(Count("killed", False, number, start + offset, match.end() + offset))
    return found


_BREAKDOWN_AGENT = re.compile(
    rf"\b(?:el|la|un|una|o|a|um|uma|the|an?)\s+(?:[\w-]+\s+){{0,2}}?{lx.AGENT_NOUN.pattern}",
    re.IGNORECASE,
)


# "four people died, including a soldier", "murieron cuatro personas, entre ellas un soldado"
_INCLUDING_AGENTS = re.compile(
    # the circumstances may come between: "Cinco personas murieron durante un operativo militar en
    # Tierra Blanca, entre ellas un soldado"
    rf"^(?:[^.;:,]{{0,80}}?(?=\s*,))?\s*,?\s*(?:including|among\s+them|among\s+whom|incluyendo|"
    rf"incluidos?|entre\s+(?:ellos|"
    rf"ellas|los\s+cuales|las\s+cuales)|incluindo|entre\s+(?:eles|elas))\s+"
    rf"(?P<n>an?|one|un[oa]?|um|uma|[\w-]+)\s+(?:[\w-]+\s+){{0,2}}?(?P<agent>{lx.AGENT_NOUN.pattern})",
    re.IGNORECASE,
)
# "seven dead, one of them a soldier", "seis muertos, uno de ellos policía", "três mortos, um
# deles um PM"
_ONE_OF_THEM_AGENTS = re.compile(
    rf"^[^.;:]{{0,30}}?,\s*(?P<n>one|two|three|un[oa]|dos|tres|um|uma|dois|duas|tr[eê]s)\s+"
    rf"(?:of\s+them|de\s+(?:ellos|ellas)|d(?:e\s+)?(?:eles|elas))(?:\s+(?:was|were|era|eran|was\s+an?))?"
    rf"\s+(?:an?\s+|un[oa]?\s+|um\s+|uma\s+)?(?:[\w-]+\s+)?(?P<agent>{lx.AGENT_NOUN.pattern})",
    re.IGNORECASE,
)
_ONE = re.compile(r"^(?:an?|one|un[oa]?|um|uma)$", re.IGNORECASE)


def _including_agents(text: str, count: Count, offset: int, lang: str | None) -> list[Count]:
    """A total that names the agents among it: the civilians are the rest."""
    tail = text[count.end - offset :]
    match = _INCLUDING_AGENTS.match(tail) or _ONE_OF_THEM_AGENTS.match(tail)
    total = count.number.best if count.number.best is not None else count.number.low
    if match is None or count.agents or total is None:
        return [count]
    word = match.group("n")
    numbers = find_numbers(word, lang)
    n = 1 if _ONE.match(word) else (numbers[0].best if numbers else None)
    if n is None or n >= total:
        return [count]
    start = count.end + match.start("n")
    end = count.end + match.end("agent")
    rest = replace(count.number, low=total - n, best=total - n, high=None)
    agents = Number(start, end, text[start - offset : end - offset], n, n, None)
    return [
        replace(count, number=rest, total=total),
        Count(count.harm, True, agents, start, end, total=total),
    ]


def _breakdowns(text: str, counts: list[Count], offset: int, lang: str | None) -> list[Count]:
    """'dejó cuatro muertos: tres hombres ... y el inspector jefe X': three civilians, one agent."""
    out: list[Count] = []
    for whole in counts:
        parts_of = _including_agents(text, whole, offset, lang)
        if len(parts_of) > 1:
            out.extend(parts_of)
            continue
        count = whole
        tail = text[count.end - offset :]
        colon = re.match(r"^\s*:\s*(?P<list>[^.;]+)", tail)
        if not colon or count.agents:
            out.append(count)
            continue
        listed = colon.group("list")
        base = count.end - offset + colon.start("list")
        parts = [n for n in find_numbers(listed, lang) if n.best]
        agents = [m for m in _BREAKDOWN_AGENT.finditer(listed)]
        if not parts or not agents:
            out.append(count)
            continue
        civilians = parts[0]
        out.append(
            Count(
                count.harm,
                False,
                Number(
                    civilians.start + base + offset,
                    civilians.end + base + offset,
                    civilians.text,
                    civilians.low,
                    civilians.best,
                    civilians.high,
                ),
                count.start,
                count.end,
            )
        )
        for match in agents:
            one = Number(
                match.start() + base + offset,
                match.end() + base + offset,
                match.group(0),
                1,
                1,
                None,
            )
            out.append(Count(count.harm, True, one, one.start, one.end))
    return out


_LIST_GAP = re.compile(
    r"^(?P<nouns>(?:\s+[\w'’-]+){0,8}?)\s*(?:,|\s+y|\s+e|\s+and)\s+(?:a\s+)?$", re.I
)


_OWN_HARM = re.compile(
    rf"\b(?:{lx.KILLED_WORD}|{lx.INJURED_WORD}|balead[oa]s?|shot)\b", re.IGNORECASE
)


def _list_gap(text: str, end: int, following: Number) -> re.Match[str] | None:
    """The words between a number ending at ``end`` and the next number of its list, or None
    when they do not join the two: no list's words, no count ("dos kilómetros"), a part of it
    ("quatro jovens e dois deles"), or an item that told its own harm ("um morto à facada, um
    jovem baleado por um agente")."""
    gap = _LIST_GAP.match(text[end : following.start])
    if (
        gap is None
        or _NOT_A_COUNT.search(gap.group("nouns"))
        or _OF_THEM.match(text[following.end :])
        or _OWN_HARM.search(gap.group("nouns"))
    ):
        return None
    return gap


def _propagate_lists(
    text: str, numbers: list[Number], counts: list[Count], offset: int
) -> list[Count]:
    """'12 presuntos delincuentes y un policía murieron': the verb at the end counts them all."""
    counted = {c.number.start: c for c in counts}
    for n in range(len(numbers) - 2, -1, -1):
        number, following = numbers[n], numbers[n + 1]
        if number.start in counted or following.start not in counted:
            continue
        gap = _list_gap(text, number.end, following)
        if gap is None:
            continue
        later = counted[following.start]
        agents = _agents_named(gap.group("nouns"))
        end = number.end + len(gap.group("nouns"))
        counted[number.start] = Count(
            later.harm, agents, number, number.start + offset, end + offset
        )
    return sorted(counted.values(), key=lambda c: c.start)


def _join_lists(text: str, counts: list[Count]) -> list[Count]:
    """'dos jóvenes y un adolescente resultaron heridos', 'morreram dois homens e uma mulher':
    the people of one list, the same harm and the same side, are one count of all of them."""
    joined: list[Count] = []
    for count in counts:
        last = joined[-1] if joined else None
        if (
            last is None
            or last.harm != count.harm
            or last.agents != count.agents
            or last.total is not None
            or count.total is not None
            or last.definite
            or count.number.start <= last.number.end
        ):
            joined.append(count)
            continue
        gap = _list_gap(text, last.number.end, count.number)
        if gap is None or len(gap.group("nouns").split()) > _LIST_NOUNS:
            joined.append(count)
            continue
        a, b = last.number, count.number
        number = Number(
            a.start,
            b.end,
            text[a.start : b.end],
            _add(a.low, b.low),
            _add(a.best, b.best),
            _add(a.high, b.high) if a.high is not None and b.high is not None else None,
            a.vague or b.vague,
        )
        joined[-1] = Count(count.harm, count.agents, number, last.start, max(last.end, count.end))
    return joined


_LIST_NOUNS = 3  # words that name the people of one item of a list ("jóvenes", "presos políticos")


def _add(a: int | None, b: int | None) -> int | None:
    return None if a is None and b is None else (a or 0) + (b or 0)


# "Nobody died", "ningún funcionario resultó herido", "não houve feridos": counts of zero.
_AGENT_WORDS = (
    r"(?:officers?|police(?:m[ae]n)?|deputies|troopers?|soldiers?|agents?|guards?|funcionarios?|"
    r"agentes?|polic[ií]as?|policiais|policial|militar(?:es)?|soldados?|uniformados?|carabineros?|"
    r"efectivos?|custodios?|PMs?)"
)
_KILLED_STATE = r"(?:killed|dead|died|muert[oa]s?|fallecid[oa]s?|murió|mort[oa]s?|morreu|v[ií]ctimas\s+(?:mortales|fatais))"
_INJURED_STATE = (
    r"(?:injured|hurt|wounded|herid[oa]s?|lesionad[oa]s?|ferid[oa]s?|injuries|lesiones)"
)
# unhurt: "resultó ilesa", "salieron ilesos", "saiu ileso", "escaped unhurt"
_UNHURT = (
    r"(?:result[oó]|resultaron|sali[oó]|salieron|qued[oó]|quedaron|saiu|sa[ií]ram|ficou|ficaram|"
    r"escaped|was|were)\s+(?P<i4>iles[oa]s?|unhurt|unharmed|uninjured)\b"
)
_ZERO_AGENTS = re.compile(
    rf"\b(?:no|ning[uú]n|ninguno\s+de\s+los|nenhum|none\s+of\s+the|neither)\s+{_AGENT_WORDS}"
    rf"(?:\s+\w+){{0,3}}?\s+(?:was|were|fue|fueron|result[oó]|resultaron|ficou|ficaram|foi|foram|"
    rf"sali[oó])?\s*(?:(?P<k>{_KILLED_STATE})|(?P<i>{_INJURED_STATE}))"
    rf"(?:\s+(?:ni|nor|or|ou|o|and)\s+(?:(?:was|were|fue|result[oó]|ficou|foi)\s+)?"
    rf"(?:(?P<k2>{_KILLED_STATE})|(?P<i2>{_INJURED_STATE})))?|"
    rf"\bno\s+(?:(?P<k3>deaths|fatalities)|(?P<i3>injuries))\s+among\s+(?:the\s+)?{_AGENT_WORDS}|"
    # "el agente resultó ileso", "os policiais saíram ilesos"
    rf"\b{_AGENT_WORDS}(?:\s+[\w-]+){{0,3}}?\s+{_UNHURT}",
    re.IGNORECASE,
)
_ZERO_ALL = re.compile(
    # the harm second in a denied list: "no hubo disparos ni personas lesionadas", "não houve
    # tiros nem feridos", "there were no shots and no injuries", "No hubo heridos ni muertos"
    r"\b(?:no\s+hubo|n[aã]o\s+houve|there\s+were\s+no)\s+"
    r"(?:(?P<i15>herid[oa]s|ferid[oa]s|lesionad[oa]s|injuries)\s+|(?:[\w-]+\s+){1,4}?)"
    r"(?:ni|nem|nor|or|and\s+no)\s+(?:personas\s+|pessoas\s+|any\s+)?(?:(?P<k14>muert[oa]s|mort[oa]s|"
    r"fallecid[oa]s|deaths|fatalities)|(?P<i14>herid[oa]s|lesionad[oa]s|ferid[oa]s|injuries))\b|"
    # (and the harm joined to it: "no one was killed or injured by the police")
    r"\b(?:nobody|no\s+one)(?:\s+else)?\s+(?:was\s+)?(?:(?:reported|known\s+to\s+have\s+been)\s+)?"
    r"(?:(?P<k>killed|died)|(?P<i>injured|hurt))"
    r"(?:\s+(?:or|nor|and)\s+(?:(?P<k20>killed)|(?P<i20>injured|hurt|wounded)))?|"
    # the harm named after a denied first thing: "no se reportaron disparos ni personas
    # heridas", "sin que se registraran disparos ni heridos", "não houve tiros nem feridos"
    r"\b(?:no|sin(?:\s+que)?|sem(?:\s+que)?|n[aã]o|tampoco|tampouco)\s+(?:[\w-]+\s+){1,5}?"
    r"(?:ni|nem)\s+(?:personas\s+|pessoas\s+)?(?:(?P<k21>muert[oa]s|mort[oa]s|fallecid[oa]s|"
    r"v[ií]ctimas)|(?P<i21>herid[oa]s|lesionad[oa]s|ferid[oa]s|lesiones|les[oõ]es))\b|"
    # "sin que se registraran heridos", "sin que hubiera muertos", "sem que houvesse feridos"
    r"\b(?:sin\s+que\s+se\s+(?:registrar|reportar|produjer|present)\w*|sin\s+que\s+hubiera|"
    r"sem\s+que\s+(?:houvesse|se\s+registr\w*|fossem\s+registrad\w*))\s+(?:(?P<i30>herid[oa]s|"
    r"lesionad[oa]s|ferid[oa]s)|(?P<k30>muert[oa]s|mort[oa]s|v[ií]ctimas))\b|"
    # "disparou contra um carro, sem causar feridos", "sin causar heridos", "without injuring anyone"
    r"\b(?:sem|sin)\s+(?:causar|provocar|deixar|dejar|fazer)\s+(?:(?P<i18>feridos|heridos|lesionados)|"
    r"(?P<k18>mortos|muertos|v[ií]timas))\b|\bwithout\s+(?:(?P<i19>injuring|hurting|wounding)|"
    r"(?P<k19>killing))\s+(?:anyone|anybody)\b|"
    # "our monitors recorded no injuries there", "hospitals reported no deaths"
    r"\b(?:recorded|reported|registered|documented|confirmed|found|saw)\s+no\s+(?:(?P<k29>deaths|"
    r"fatalities|casualties)|(?P<i29>injuries|injured))\b|"
    # "No civilians were hurt, the Army said", "no bystanders were injured"
    r"\bno\s+(?:other\s+)?(?:civilians|bystanders|residents|passers-?by|other\s+people|others)\s+"
    r"were\s+(?:(?P<k16>killed)|(?P<i16>injured|hurt|wounded))\b|"
    # ("No deaths have been reported")
    r"\bno\s+(?:one\s+)?(?:(?P<k2>deaths|fatalities)|(?P<i2>injuries))\s+"
    r"(?:(?:were|have\s+been|has\s+been|had\s+been)\s+)?(?:reported|registered|"
    r"recorded|documented|confirmed)|"
    # "no se registraron personas fallecidas", "no hubo personas heridas"
    r"\bno\s+se\s+(?:registraron|reportaron|registr[oó]|report[oó]|informaron|inform[oó]|"
    r"produjeron|produjo|registran|reportan|registra|reporta)\s+(?:personas\s+)?(?:(?P<k3>fallecid[oa]s|muert[oa]s|muertes|"
    r"v[ií]ctimas\s+mortales)|(?P<i3>herid[oa]s|lesionad[oa]s))|\bno\s+(?:hubo|hay)\s+(?:otr[oa]s\s+|m[aá]s\s+)?"
    # "no hay registro de heridos"
    r"(?:(?:registros?|reportes?|informes?)\s+de\s+)?(?:personas\s+)?"
    r"(?:(?P<k4>muert[oa]s|fallecid[oa]s|v[ií]ctimas\s+mortales)|(?P<i4>herid[oa]s))|"
    r"\bn[aã]o\s+(?:houve|h[aá]|se\s+registaram|se\s+registraram|foram\s+registad[oa]s|"
    # "não há registo de feridos nesse dia"
    r"foram\s+registrad[oa]s)\s+(?:outr[oa]s\s+|mais\s+)?(?:(?:registos?|registros?|relatos?)\s+de\s+)?"
    r"(?:pessoas\s+)?(?:(?P<k5>mort[oa]s|mortes|v[ií]timas\s+(?:fatais|mortais))|"
    r"(?P<i5>ferid[oa]s))|"
    # "ninguém morreu", "nenhuma pessoa ficou ferida", "ninguna persona murió"
    r"\b(?:ningu[eé]m|nenhuma\s+pessoa|nenhum(?:a)?\s+(?:dos|das|deles|delas))\s+(?:(?P<k6>morreu|foi\s+mort[oa])|"
    r"(?P<i6>ficou\s+ferid[oa]|se\s+feriu|foi\s+ferid[oa]))|"
    r"\b(?:nadie|ninguna\s+persona|ningun[oa](?:\s+de\s+(?:ellos|ellas))?)\s+(?:(?P<k7>muri[oó]|falleci[oó]|result[oó]\s+muert[oa])|"
    r"(?P<i7>result[oó]\s+herid[oa]))|"
    # the ones denied named first: "ningún interno ni uniformado resultó herido", "nenhum preso ou
    # agente ficou ferido" (not when both are agents: "ningún policía ni militar resultó herido"
    # is the agents' zero)
    rf"\b(?:ning[uú]n|ninguna|nenhum|nenhuma)\s+(?!{_AGENT_WORDS}\s+(?:ni|nem|ou|o)\s+{_AGENT_WORDS}\s)"
    r"[\w-]+\s+(?:ni|nem|ou|o)\s+[\w-]+\s+(?:result[oó]|fue|ficou|foi)\s+(?:(?P<k31>muert[oa]|"
    r"mort[oa])|(?P<i31>herid[oa]|lesionad[oa]|ferid[oa]))\b|"
    # the one shot survived: "o condutor não morreu", "el joven no murió"
    r"\b(?:o|a|el|la)\s+(?:[\w-]+\s+){0,2}?(?:n[aã]o|no)\s+(?P<k8>morreu|muri[oó]|faleceu|falleci[oó])\b|"
    # "ninguém perdeu a vida", "nadie perdió la vida", "no one lost their life", "there were no
    # deaths", "no hubo que lamentar víctimas fatales"
    r"\b(?:ningu[eé]m|nadie|ninguna\s+persona|nenhuma\s+pessoa)\s+perd(?:eu|i[oó])\s+(?:a|la)\s+"
    r"(?P<k10>vida)\b|"
    r"\bno\s+one\s+lost\s+(?:their|his|her)\s+(?P<k11>li(?:fe|ves))\b|"
    r"\bthere\s+were\s+no\s+(?P<k12>deaths|fatalities)\b|"
    r"\bno\s+hubo\s+(?:que\s+lamentar\s+)?(?P<k13>v[ií]ctimas\s+(?:fatales|mortales)|muertos|"
    r"p[eé]rdidas\s+humanas)\b|"
    # "dispersó la marcha, sin heridos", "sem deixar feridos", "sin víctimas"
    r"\b(?:sin|sem)\s+(?:dejar\s+|deixar\s+|que\s+hubiera\s+|que\s+houvesse\s+)?(?:(?P<i9>heridos|"
    r"feridos|lesionados)|(?P<k9>muertos|mortos|v[ií]ctimas(?:\s+(?:fatais|mortales))?))\b",
    re.IGNORECASE,
)


# The ones the agents shot lived: "Ele sobreviveu", "el muchacho sobrevivió" (no one killed among
# them; nothing said of the agents).
_ZERO_VICTIMS = re.compile(
    r"\b(?P<k>sobreviveu|sobreviveram|sobrevivi[oó]|sobrevivieron)\b|"
    # "R.T. survived his injuries" (never an obituary's "is survived by his wife")
    r"\b(?<!is\s)(?<!are\s)(?P<k4>survived)\b(?!\s+by\b)|"
    # wounds that do not kill: "non-life-threatening injuries", "not life-threatening", "sin
    # riesgo vital", "não correndo perigo de vida"; the one shot sent home: "was discharged",
    # "recibió el alta", "teve alta"
    r"\b(?P<k5>non-?life-threatening|non-?fatal|not\s+(?:considered\s+)?life-threatening)\b|"
    r"\b(?:sin|sem)\s+(?P<k6>riesgo\s+vital|risco\s+de\s+vida)\b|"
    r"\bn[aã]o\s+corr(?:e|endo|em)\s+(?:\w+\s+){0,2}?(?P<k7>(?:perigo|risco)\s+de\s+vida)\b|"
    r"\b(?:was|were|has\s+been|have\s+been)\s+(?P<k8>discharged)\s+(?:home|from\s+(?:the\s+)?"
    r"(?:\w+\s+){0,2}?(?:hospital|clinic|intensive\s+care|ICU))\b|"
    r"\b(?:recibi[oó]|recibieron|teve|tiveram|recebeu|receberam)\s+(?:el\s+|a\s+)?(?P<k9>alta)\b|"
    # the one shot is out of danger: "ya lo operaron y está estable", "segue internado em estado
    # estável", "is in stable condition" (not "critical", which may still end in death)
    r"\b(?:est[aá]|se\s+encuentra|permanece|sigue|segue|continúa|continua|is|was|remains)\s+"
    r"(?:\w+\s+){0,2}?(?:en\s+|em\s+|in\s+)?(?:estado\s+|condi[cç][aã]o\s+)?(?P<k3>estable|est[aá]vel|"
    r"fuera\s+de\s+peligro|fora\s+de\s+perigo|stable\s+condition|good\s+condition|out\s+of\s+danger)\b|"
    # those hurt are not at risk of dying: "Nenhum dos dois corre risco de morte", "ninguno de
    # los heridos corre peligro de muerte"
    r"\b(?:nenhum\s+(?:dos|das)\s+\w+|ningun[oa]\s+de\s+(?:los|las)\s+\w+|n[aã]o|no)\s+"
    r"(?:\w+\s+)?corre[nm]?\s+(?:risco|riesgo|peligro)\s+de\s+(?P<k2>morte|muerte|vida)\b|"
    # the others there came out unhurt: "La pasajera resultó ilesa" (an agent unhurt is the
    # agents' zero, found apart)
    rf"\b{_UNHURT.replace('i4', 'i')}",
    re.IGNORECASE,
)


# Harm said not done to someone, or not known of: blanked for the question whether anyone was
# harmed, never a count of zero ("His two passengers were not hurt" says nothing of the driver)
_NOT_DONE_HARM = re.compile(
    # a harm said not done: "no fue golpeada", "não foi agredido", "was not beaten"
    r"\b(?:no|n[aã]o)\s+(?:fue|foi|fueron|foram|ha\s+sido|han\s+sido|result[oó]|ficou)\s+"
    r"(?:golpead[oa]s?|herid[oa]s?|ferid[oa]s?|lesionad[oa]s?|agredid[oa]s?|maltratad[oa]s?|"
    r"torturad[oa]s?|espancad[oa]s?|atingid[oa]s?|alcanzad[oa]s?|balead[oa]s?)\b|"
    r"\b(?:was|were)\s*(?:not|n't)\s+(?:\w+ly\s+)?(?:beaten|injured|hurt|wounded|harmed|"
    r"tortured|ill-treated|mistreated|assaulted|struck|hit|shot)\b|"
    # the injuries told were not the agents': "none of these injuries were caused by officers",
    # "no protester was treated for injuries caused by police", "ninguna de las lesiones fue
    # causada por los agentes"
    r"\b(?:none|no\s+(?:one|protesters?|civilians?|demonstrators?))\s+(?:of\s+(?:the|these|those|"
    r"their)\s+)?(?:[\w-]+\s+){0,4}?(?:injur(?:y|ies)|wounds)\s+(?:(?:was|were)\s+)?caused\s+by\b|"
    r"\b(?:ningun[oa]|nenhum[a]?)\s+(?:de\s+(?:las|los|estas|esas)\s+|d[aoe]s?s?\s+)?(?:lesiones|"
    r"heridas|les[oõ]es|ferimentos)\s+(?:fue|foi)\s+causad[oa]\s+por\b|"
    # "No lo golpearon delante de nosotros", "não o espancaram", "they did not beat him"
    r"\b(?:no|nunca)\s+(?:(?:lo|la|los|las|le|les|me|nos|te)\s+)?(?:golpe(?:[oó]|aron|aba|aban)|"
    r"hiri(?:[oó]|eron)|agredi(?:[oó]|eron)|tortur(?:[oó]|aron)|maltrat(?:[oó]|aron)|"
    r"lastim(?:[oó]|aron))\b|"
    r"\b(?:n[aã]o|nunca)\s+(?:(?:o|a|os|as|lhe|lhes|me|nos|te)\s+)?(?:bate(?:u|ram)|"
    r"espanc(?:ou|aram)|agredi(?:u|ram)|feri(?:u|ram)|tortur(?:ou|aram)|machuc(?:ou|aram))\b|"
    r"\b(?:did\s+not|didn't|never)\s+(?:beat|hit|hurt|injure|torture|harm|assault)\b|"
    # nobody else seen by a doctor: "ninguém mais foi atendido por ferimentos ligados ao
    # protesto", "no one else was treated for injuries"
    r"\b(?:ningu[eé]m|nadie|no\s+one|nobody)\s+(?:mais\s+|m[aá]s\s+|else\s+)?(?:foi|fue|was)\s+"
    r"(?:atendid[oa]|treated|hospitali[sz]ed|hospitalizad[oa]|internad[oa])(?:\s+(?:por|com|for|"
    r"con|de|por\s+causa\s+de)\s+(?:ferimentos|lesiones|heridas|les[oõ]es|injuries|wounds))?|"
    # "No one was struck by the trooper's gunfire": no one hit
    r"\b(?:no\s+one|nobody|no-one)\s+(?:else\s+)?(?:was|were|has\s+been|had\s+been)\s+"
    r"(?:struck|hit|shot)\b|"
    # a harm nobody knows of: "tampoco hay información de que hayan sufrido lesiones", "there
    # is no evidence that he was beaten", "não há registro de que tenham sido feridos"
    r"\b(?:(?:no|tampoco)\s+(?:hay|existe|se\s+tiene|consta)|n[aã]o\s+(?:h[aá]|existe|consta)|"
    r"there\s+(?:is|was)\s+no)\s+(?:ninguna\s+|nenhuma\s+|any\s+)?(?:informaci[oó]n|"
    r"informa[cç][aã]o|constancia|registro|indicios?|ind[ií]cios?|evidencia|evid[eê]ncias?|"
    r"pruebas?|provas?|information|evidence|indication|record)\s+(?:de\s+que|que|that)\s+"
    r"[^.;:]{0,80}?(?:(?:lesiones|heridas|herid[oa]s|ferid[oa]s|les[oõ]es|injur(?:ies|ed)|hurt|"
    r"beaten|golpead[oa]s?)|(?:muert[oa]s?|mort[oa]s?|killed|died))\b",
    re.IGNORECASE,
)


_AGENT_BEFORE = re.compile(rf"\b{_AGENT_WORDS}\b[^.;]*$", re.IGNORECASE)


@dataclass(frozen=True)
class Zero:
    harm: Harm
    scope: Literal["agents", "all", "victims"]
    start: int
    end: int


_DENIAL_WORD = re.compile(
    r"\b(?:no|not|nobody|none|neither|nadie|ningun[oa]?|ningún|nenhum[a]?|ningu[eé]m|n[aã]o|sin|sem|"
    r"tampoco|tampouco|never|nunca|\w+n't)\b",
    re.IGNORECASE,
)


def without_denials(text: str) -> str:
    """``text`` with its denials of harm blanked out ("no hubo heridos", "ninguém ficou ferido"):
    what is left tells harm only if someone was harmed."""
    if not _DENIAL_WORD.search(text):
        return text  # every denial opens with one of these words: the long patterns only then
    for zero in find_zero_counts(text):
        text = text[: zero.start] + " " * (zero.end - zero.start) + text[zero.end :]
    # a hospital named only to say nobody came: "the district hospital told me the same: no one
    # came in", "el hospital informó que nadie ingresó"
    text = _NO_PATIENTS.sub(lambda m: " " * len(m.group()), text)
    text = _NOT_DONE_HARM.sub(lambda m: " " * len(m.group()), text)
    # nobody else hurt: "Segundo a PM, ninguém mais se feriu", "no one else was injured" (no count:
    # someone was)
    text = _NOBODY_ELSE.sub(lambda m: " " * len(m.group()), text)
    # a hospital as the source of the denial, no one in it: "Não há registo de feridos nesse dia,
    # segundo o Hospital Central de Maputo"
    text = _HOSPITAL_SAYS.sub(lambda m: " " * len(m.group()), text)
    # harm heard of and not confirmed: "have not yet confirmed reports of gunshot injuries"
    return _UNCONFIRMED.sub(lambda m: " " * len(m.group()), text)


_HOSPITAL_SAYS = re.compile(
    r"\b(?:segundo|según|seg[uú]n|according\s+to|de\s+acordo\s+com|conforme)\s+(?:o\s+|a\s+|el\s+|"
    r"la\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:hospital|hospitais|hospitales|hospitals)\b",
    re.IGNORECASE,
)
_NOBODY_ELSE = re.compile(
    r"\b(?:ningu[eé]m|nadie|no\s+one|nobody)\s+(?:mais|m[aá]s|else)\s+(?:se\s+feriu|se\s+hiri[oó]|"
    r"(?:ficou|foi|result[oó]|fue|was|got)\s+(?:ferid[oa]|herid[oa]|lesionad[oa]|hurt|injured|"
    r"wounded)|(?:morreu|muri[oó]|died))\b",
    re.IGNORECASE,
)


_UNCONFIRMED = re.compile(
    r"\b(?:not|n't|no)\s+(?:yet\s+)?(?:been\s+able\s+to\s+|ha\s+podido\s+|han\s+podido\s+|"
    r"conseguiu\s+|conseguiram\s+)?(?:confirm(?:ed)?|verif(?:y|ied)|confirmar|verificar|"
    r"confirmad[oa]s?|confirmou|confirmaram|confirm[oó]|confirmaron)\s+[^.;]{0,50}?\b(?:injur(?:y|ies|ed)|"
    r"deaths?|killed|dead|wounded|herid[oa]s|muert[oa]s|muertes|ferid[oa]s|mort[oa]s|mortes)\b",
    re.IGNORECASE,
)


_NO_PATIENTS = re.compile(
    r"\b(?:hospitals?|clinics?|hospital(?:es|ais)?|cl[ií]nicas?)\b[^.;]{0,60}?\b(?:no\s+one|nobody|none|"
    r"nadie|ningu[eé]m|ninguno)\s+(?:\w+\s+)?(?:came|was|were|had|arrived|lleg[oó]|ingres[oó]|"
    r"deu\s+entrada|chegou|foi\s+atendid[oa])\b|"
    # "the regional hospital says it received no injured civilians", "el hospital no recibió
    # heridos", "o hospital não recebeu nenhum ferido"
    r"\b(?:hospitals?|clinics?|hospital(?:es|ais)?|cl[ií]nicas?)\b[^.;]{0,60}?\b(?:(?:received|"
    r"admitted|treated)\s+no|(?:no|não)\s+(?:recibi[oó]|atendi[oó]|recebeu|atendeu)\s+"
    r"(?:ning[uú]n|nenhum)?)\s*(?:\w+\s+)?(?:injured|wounded|casualties|herid[oa]s?|ferid[oa]s?)\b",
    re.IGNORECASE,
)


def find_zero_counts(text: str, offset: int = 0) -> list[Zero]:
    zeros: list[Zero] = []
    for pattern, scope in (
        (_ZERO_AGENTS, "agents"),
        (_ZERO_ALL, "all"),
        (_ZERO_VICTIMS, "victims"),
    ):
        for match in pattern.finditer(text):
            if scope == "victims" and any(
                z.scope == "agents" and z.start - offset <= match.start() < z.end - offset
                for z in zeros
            ):
                continue  # "el agente resultó ileso": the agents' zero
            groups = {k: v for k, v in match.groupdict().items() if v}
            if (
                "k3" in groups
                and scope == "victims"
                and _AGENT_BEFORE.search(text, max(0, match.start() - 40), match.start())
            ):
                continue  # "the wounded officer is in stable condition": not the one shot
            harms: set[Harm] = set()
            if any(k.startswith("k") for k in groups):
                harms.add("killed")
            if any(k.startswith("i") for k in groups):
                harms.add("injured")
            for harm in sorted(harms):
                zeros.append(Zero(harm, scope, match.start() + offset, match.end() + offset))  # type: ignore[arg-type]
    return zeros


# "a police officer was wounded", "un suboficial resultó herido", "su primo resultó herido":
# one person, counted without a numeral.
_PERSON_NOUN = (
    r"(?:man|woman|boy|girl|teen(?:ager)?|youth|child|passenger|driver|bystander|student|person|"
    r"\d{1,2}-year-old(?![\w-])|"
    r"male|female|"
    r"friend|companion|amig[oa]|compañer[oa]|companheir[oa]|vecin[oa]|vizinh[oa]|"
    r"hombre|mujer|joven|adolescente|niñ[oa]|menor|pasajer[oa]|conductor|estudiante|primo|prima|"
    r"herman[oa]|hij[oa]|homem|mulher|jovem|rapaz|garot[oa]|crian[cç]a|passageir[oa]|motorista|"
    r"estudante|irm[aã]o?|filh[oa]|wife|husband|son|daughter|brother|sister|mother|father|"
    r"espos[oa]|marido|madre|padre|m[aã]e|pai|sobrin[oa]|nephew|niece|cousin|mam[aá]|pap[aá]|"
    r"abuel[oa]|av[óô]|niet[oa]|net[oa]|pibe|chic[oa]|muchach[oa]|menin[oa]|vendedor[a]?|"
    r"comerciante|campesin[oa]|morador[a]?|trabajador[a]?|trabalhador[a]?|condutor|suspeito|"
    r"cidad[aã]o?|ciudadan[oa]|senhor[a]?|señor[a]?|"
    r"sospechoso|suspect|detenido|detido|preso|recluso|detento|inmate|ocupante|occupant|"
    r"acompa[ñn]ante|acompanhante|v[ií]ctima|v[ií]tima|victim|"
    # what people do: "a dockworker, Sunday Adeyemi, 41, was shot dead", "a farmer was hit"
    r"[\w-]*worker|farmer|miner|vendor|hawker|trader|fan|supporter|resident|villager|"
    r"protester|demonstrator|teacher|pupil|labou?rer|fisherman|herder|rider|motorcyclist|"
    r"cyclist|pedestrian|shopkeeper|mechanic|activist|journalist|photographer|"
    r"minero|minera|mineiro|mineira|agricultor[a]?|manifestante|torcedor[a]?|hincha|"
    r"repartidor[a]?|entregador[a]?|mototaxista|taxista|vaqueir[oa]|vaquer[oa]|comuner[oa]|"
    r"pedreiro|alba[ñn]il|"
    r"aficionad[oa]|profesor[a]?|professor[a]?|pescador[a]?|periodista|jornalista)"
)
# One more person in a list after a number: "two men and a woman", "dois homens e um menino".
_ARTICLE_ITEM = re.compile(
    rf"(?:\s+[\w'’-]+){{1,2}}?\s+(?:and|y|e)\s+(?:a\s+)?(?P<n>an?|one|un|una|um|uma)\s+"
    rf"(?:[\w-]+\s+)?{_PERSON_NOUN}\b",
    re.IGNORECASE,
)
_NAME_APPOSITION = (
    r"(?:\s*,\s*(?-i:[A-ZÁÉÍÓÚÂÊÔÃÕÇÑ][\w'’-]+(?:\s+[A-ZÁÉÍÓÚÂÊÔÃÕÇÑ][\w'’-]+){0,3})\s*,?)?"
)
_AGE_AFTER = r"(?:\s+de\s+(?:\w+\s+a[nñ]os|\d{1,2}\b)|,\s*\d{1,2}\s*,?)?"
# "su esposo, Florentino, y su hijo de nueve años resultaron heridos", "his wife and son were
# wounded": two people joined by "and", harmed together.
# Two people, each named by a noun, as the object of a killing: "fired at a taxi, killing the
# driver and a passenger", "mataron al conductor y a su acompañante"
_KILLING_TWO = gate(
    re.compile(
        rf"\b(?:killing|killed|shot\s+dead|mat(?:ando|ó|aron|ou|aram)|asesin(?:ando|ó|aron))\s+"
        rf"(?:al\s+|(?:a\s+)?(?:his|her|their|the|el|la|o|a|an?|one|un|una|um|uma|su|sua|seu)\s+)"
        rf"(?:[\w'’-]+\s+){{0,1}}?{_PERSON_NOUN}{_AGE_AFTER}{_NAME_APPOSITION}\s+(?:y|e|and)\s+"
        rf"(?:al\s+|(?:a\s+)?(?:his|her|their|the|el|la|o|a|an?|un|una|um|uma|su|sua|seu)\s+)"
        rf"(?:[\w-]+\s+){{0,1}}?{_PERSON_NOUN}\b(?!\s+(?:of|de|do|da)\b)",
        re.IGNORECASE,
    )
)
_TWO_PEOPLE = gate(
    re.compile(
        rf"\b(?:su|sua|seu|his|her|their|the|el|la|o|a|an?|one|un|una|um|uma)\s+(?:[\w'’-]+\s+){{0,2}}?"
        rf"{_PERSON_NOUN}{_AGE_AFTER}{_NAME_APPOSITION}\s+(?:y|e|and)\s+(?:(?:su|sua|seu|his|her|their|the|"
        rf"el|la|o|a|an?|un|una|um|uma)\s+)?(?:[\w-]+\s+){{0,1}}?{_PERSON_NOUN}{_AGE_AFTER}"
        rf"{_NAME_APPOSITION}\s+(?:also\s+|también\s+|também\s+)?(?:(?:resultaron|fueron|quedaron|were|"
        rf"ficaram|foram|saíram|salieron)\s+(?:\w+ly\s+)?(?:(?P<k>{lx.KILLED_WORD})|"
        rf"(?P<i>{lx.INJURED_WORD}))|"
        # the verb of dying itself: "un hombre de 41 años y su hija de 14 perdieron la vida"
        rf"(?P<d>murieron|fallecieron|perdieron\s+la\s+vida|morreram|faleceram|perderam\s+a\s+vida|"
        rf"died))\b",
        re.IGNORECASE,
    )
)
_ONE_PERSON = gate(
    re.compile(
        rf"\b(?:a|an|one|un|una|um|uma|su|sua|seu|mi|meu|minha|nuestro|"
        rf"nuestra|nosso|nossa|another|otro|otra|outro|outra|"
        # the one victim of the report: "la víctima fue ultimada por miembros del Ejército"
        rf"(?:la|the)(?=\s+v[ií]ctima\b|\s+victim\b)|"
        # ... or the one at the wheel: "in which the driver was killed", "el chofer murió"
        rf"(?:the|el|o)(?=\s+(?:driver|chofer|conductor|motorista|pilot|piloto)\b))\s+"
        # (not a force's name after "de": "un operativo de la Policía Nacional ..., murió")
        rf"(?:[\w-]+\s+){{0,3}}?(?<!\bde\sla\s)(?<!\bdel\s)(?<!\bda\s)(?<!\bdo\s)(?<!\bde\s)"
        rf"(?P<noun>{_PERSON_NOUN}|{lx.AGENT_NOUN.pattern})\s*"
        # the words between stay in the person's clause: "un policía les disparó y Lautaro
        # murió", "Segundo a PM, Marcos morreu" are not an officer dead
        # (nor over a denial: "Segundo a Polícia Militar, nenhum policial ficou ferido")
        rf"(?:,[^,.;]{{1,40}},\s*)?(?:(?!(?:y|e|and)\s|,(?!\s*(?:que|quien|who)\b)|"
        rf"(?:nenhum|nenhuma|ning[uú]n|ninguno|ninguna|nadie|ningu[eé]m|n[aã]o|not|nobody|"
        rf"none)\b)[\w,-]+\s+){{0,5}}?(?:(?:also|también|também)\s+)?"
        # "recibió un balazo de goma en el ojo", "levou um tiro na perna": hit, not yet dead
        rf"(?:(?P<i2>recibi[oó]\s+(?:un|dos|tres)\s+(?:disparos?|balazos?|tiros?|perdigonazos?|"
        rf"impactos?)|levou\s+(?:um|dois|tr[eê]s)\s+tiros?|"
        # blows: "levou golpes de cassetete", "recibió golpes y patadas"
        rf"(?:levou|recibi[oó])\s+(?:v[aá]ri[oa]s\s+)?(?:golpes|pancadas|coronhadas|chutes|socos|"
        rf"pauladas|patadas|culatazos|bastonazos|pu[ñn]etazos))|"
        rf"(?:was|fue|result[oó]|qued[oó]|foi|ficou)\s+"
        # "was fatally wounded": dead, not hurt
        rf"(?:(?P<k4>(?:fatally|mortally)\s+(?:wounded|injured|hurt|shot|struck|stabbed))|"
        rf"(?:\w+ly\s+)?"
        # "was shot dead", "was shot and killed"
        rf"(?:(?:shot|stabbed|struck|baleado|baleada)\s+(?:(?:and|y|e)\s+)?)?"
        # "fue trasladado herido al hospital", "foi levado ferido"
        rf"(?:(?:trasladad|llevad|levad|internad|socorrid|conducid)[oa]\s+)?"
        rf"(?:(?P<k>{lx.KILLED_WORD})|(?P<i>{lx.INJURED_WORD}|hit|struck|grazed|alcanzad[oa]{lx.NOT_CAUGHT}|"
        # one shot and no more told: "Um soldado de 27 anos foi alvejado na perna"
        rf"atingid[oa]|balead[oa]|alvejad[oa])))|(?P<k2>died|dies|muri[oó]|muere|falleci[oó]|morreu|morre|faleceu)|"
        # an apposition after the person: "Uma vizinha de 58 anos, atingida de raspão no braço"
        rf"(?:,\s*|(?<=,\s))(?P<i3>atingid[oa]|ferid[oa]|herid[oa]|balead[oa]|alcanzad[oa]{lx.NOT_CAUGHT}|lesionad[oa])|"
        # "fue capturado con una herida de bala en el hombro", "com um ferimento a bala"
        rf"(?P<i5>(?:con|com)\s+(?:una|uma|un|um)\s+(?:herida|ferida|ferimento)\s+(?:de\s+bala|"
        rf"a\s+bala|de\s+arma|por\s+arma|de\s+perdig[oó]n)))\b",
        re.IGNORECASE,
    )
)


# A bulletin's entry or a headline that opens on one person with no article, then the harm:
# "Homem de 29 anos morto por policiais civis", "Adolescente de 16 anos, identificado pelas
# iniciais J.V.S., morto por policiais", "Joven de 19 años herido por carabineros en Temuco"
_BARE_ONE = gate(
    re.compile(
        r"^\s*(?:[▪•*-]\s*)?(?P<noun>(?-i:Homem|Mulher|Jovem|Adolescente|Rapaz|Menino|Menina|Idoso|"
        r"Idosa|Hombre|Mujer|Joven|Menor|Niño|Niña|Anciano|Anciana|Estudiante|Estudante|Motorista|"
        r"Conductor|Comerciante|Vendedor|Vendedora|Agricultor|Campesino|Trabalhador|Trabajador))"
        r"(?:\s+de\s+\d{1,2}\s+a[nñ]os)?(?:\s*,[^,;]{1,60},)?\s+"
        r"(?:(?P<k>mort[oa]|muert[oa]|assassinad[oa]|asesinad[oa]|executad[oa]|ejecutad[oa]|"
        r"abatid[oa])|(?P<i>ferid[oa]|herid[oa]|balead[oa]|lesionad[oa]|espancad[oa]|golpead[oa]))"
        r"\s+(?:a\s+tiros\s+|a\s+balazos\s+)?(?:por|pel[oa]s?|a\s+manos\s+de)\b",
        re.IGNORECASE,
    )
)


# "The officer hit an innocent bystander": an agent harms one person (a bare "shot" decides
# nothing, as everywhere).
_ONE_PERSON_HARMED = gate(
    re.compile(
        rf"{lx.AGENT_NOUN.pattern}\s+(?:\w+ly\s+)?(?:(?:shot\s+and\s+)?(?P<k>killed)|"
        rf"(?P<k2>fatally\s+shot)|(?:shot\s+and\s+)?(?P<i>wounded|injured|hit|struck))\s+"
        rf"(?:a|an|one)\s+(?:[\w-]+\s+){{0,2}}?(?P<noun>{_PERSON_NOUN})\b",
        re.IGNORECASE,
    )
)


# "mató a un vendedor", "matou uma criança": one person, object of a verb of killing in any
# conjugation (Spanish marks a person object with "a"; Portuguese does not). Verbs of hurting
# are left to the single victim's rule: the one hit may die in the next sentence.
_VERB_ONE = gate(
    re.compile(
        rf"\b(?:{lx.forms_of('es', 'kill')}|{lx.KILL_PHRASE}|mata|asesina|matar|asesinar)\s+"
        rf"(?:{_MANNER}\s+)?a\s+"
        r"(?:un|una)\s+"
        rf"(?P<noun>(?:[\w-]+\s+){{0,2}}?[\w-]+)\b|"
        rf"\b(?:{lx.forms_of('pt', 'kill')}|{lx.KILL_PHRASE}\s+(?:a|de)|matar|assassinar)\s+"
        rf"(?:{_MANNER}\s+)?(?:um|uma)\s+"
        rf"(?P<noun2>(?:[\w-]+\s+){{0,2}}?[\w-]+)\b|"
        # "um dos projéteis atingiu mortalmente o condutor", "hirió mortalmente al conductor"
        rf"\b(?:atingi(?:u|ram)|alcanz(?:ó|aron)|hiri(?:ó|eron)|feri(?:u|ram))\s+mortalmente\s+"
        rf"(?:a\s+)?(?:o|a|al|la|el|um|uma|un|una)\s+(?P<noun3>(?:[\w-]+\s+){{0,2}}?[\w-]+)\b|"
        # "mató a uno de ellos", "matou um dos assaltantes": one of a group told before
        rf"\b(?:{lx.forms_of('es', 'kill')})\s+a\s+(?P<noun5>uno\s+de\s+(?:ellos|los\s+[\w-]+))\b|"
        rf"\b(?:{lx.forms_of('pt', 'kill')})\s+(?P<noun6>um\s+d(?:eles|os\s+[\w-]+))\b|"
        # "acusados do homicídio de um vendedor", "la muerte de una estudiante"
        rf"\b(?:muerte|asesinato|homicidio|morte|assassinato|homic[ií]dio)\s+(?:de|do|da)\s+"
        rf"(?:un|una|um|uma)\s+(?P<noun4>(?:[\w-]+\s+){{0,2}}?[\w-]+)\b",
        re.IGNORECASE,
    )
)


# A headline's bare noun opens the sentence: "Suspeito morre em confronto com a PM", "Joven
# muere tras ser baleado por un policía".
_HEADLINE_ONE = gate(
    re.compile(
        rf"^\s*(?:[A-ZÁÉÍÓÚÂÊÔ][\w-]*\s+)?(?P<noun>{_PERSON_NOUN})\s+(?:(?P<k2>morre|muere|dies|"
        rf"morreu|muri[oó])|(?:[\w-]+\s+){{0,2}}?(?P<k>baleado\s+e\s+morto|assassinado|asesinado|"
        rf"killed)|(?P<i>ferido|herido|baleado|baleada|injured|wounded))\b",
        re.IGNORECASE,
    )
)
# One person the agents shot at, then a relative clause tells the harm: "disparó contra el
# conductor, que murió en el lugar", "atirou no rapaz, que morreu no hospital".
_ONE_RELATIVE = gate(
    re.compile(
        rf"\b(?:al|el|la|o|a|no|na|contra\s+(?:el|la|o|a))\s+(?:[\w-]+\s+){{0,2}}?"
        rf"(?P<noun>{_PERSON_NOUN})\s*,\s*(?:que|quien)\s+(?:(?:luego|después|depois|mais\s+tarde|"
        rf"más\s+tarde)\s+)?(?:(?P<k>(?P<k2>muri[oó]|falleci[oó]|morreu|faleceu))|"
        rf"(?:result[oó]|qued[oó]|ficou|foi)\s+(?P<i>herid[oa]|ferid[oa]|lesionad[oa]))\b",
        re.IGNORECASE,
    )
)
# People named in a list after a plural noun, object of a verb of killing: "dieron muerte a los
# hermanos Ángel David y Luis Eduardo Rengifo", "mataron a los primos X, Y y Z" (one a name).
_NAME = r"(?-i:[A-ZÁÉÍÓÚÂÊÔÃÕÇÑ][\w'’-]+)(?:\s+(?-i:[A-ZÁÉÍÓÚÂÊÔÃÕÇÑ][\w'’-]+)){0,3}"
_NAMED_KILLED = gate(
    re.compile(
        rf"\b(?:{lx.KILL_VERB}|{lx.KILL_PHRASE})\s+(?:a\s+)?(?:los|las|os|as)\s+(?P<noun>[\w-]+\s+)?"
        rf"(?P<names>{_NAME}(?:\s*,\s*{_NAME})*\s+(?:y|e)\s+{_NAME})",
        re.IGNORECASE,
    )
)
# The verb of dying first, then two people joined by "y"/"e": "Murieron el padre y su hija de 7
# años", "Morreram o motorista e o cobrador".
_DIED_TWO = gate(
    re.compile(
        rf"\b(?:murieron|fallecieron|morreram|faleceram)\s+(?:[\w-]+\s+){{0,3}}?"
        rf"(?:el|la|su|o|a|seu|sua|un|una|um|uma)\s+(?:[\w-]+\s+)?{_PERSON_NOUN}{_AGE_AFTER}"
        rf"\s+(?:y|e)\s+(?:el|la|su|o|a|seu|sua|un|una|um|uma)\s+(?:[\w-]+\s+)?{_PERSON_NOUN}\b",
        re.IGNORECASE,
    )
)
# A second verb of hurting after one of killing, with one person as its object: "mataron a un
# hombre e hirieron a su hermano", "mataram um jovem e feriram o irmão dele".
_AND_HURT_ONE = gate(
    re.compile(
        rf"\b(?:{lx.KILL_VERB})\b[^.;]{{0,80}}?\s(?:y|e)\s+(?:le\s+|lhe\s+)?"
        rf"(?:{lx.INJURE_VERB})\s+(?:a\s+)?(?:su|sua|seu|un|una|um|uma|al|o|a)\s+(?:[\w-]+\s+)?"
        rf"(?P<noun>{_PERSON_NOUN})\b",
        re.IGNORECASE,
    )
)
# An attack's outcome in its participle, on one person: "fired at a coach, killing the driver,
# Godfrey Tumusiime, and injuring a passenger", "opened fire, wounding a woman", "killing a
# farmer" (the outcome after a comma, or after "and" that follows one).
_OUTCOME_ONE = gate(
    re.compile(
        r"(?:,|\band)\s+(?:(?P<k>killing|fatally\s+(?:wounding|injuring))|"
        r"(?P<i>wounding|injuring|hitting|hurting|maiming))\s+(?:a|an|one)\s+(?:[\w-]+\s+){0,2}?"
        rf"(?P<noun>{_PERSON_NOUN})\b",
        re.IGNORECASE,
    )
)
# "Um adolescente morreu e outro ficou ferido": "outro" alone is one more person.
_ONE_OTHER = gate(
    re.compile(
        r"\b(?:otro|otra|outro|outra)\s+(?:(?:también|também)\s+)?(?:(?:fue|result[oó]|qued[oó]|"
        r"foi|ficou)\s+(?:(?P<k>muert[oa]|mort[oa]|asesinad[oa]|assassinad[oa])|"
        r"(?P<i>herid[oa]|ferid[oa]|lesionad[oa]|baleado|baleada))|(?P<k2>muri[oó]|morreu))\b",
        re.IGNORECASE,
    )
)


# One person by a single name, harmed: "Myler was shot and killed by officers", "the officer then
# shot and killed Brumley" (English narratives name the dead by the surname alone). The word is a
# name only when it is no function word, month, day or force ("Police were shot at" is not).
_SURNAME = r"(?-i:(?!(?:He|She|It|They|We|I|You|The|This|That|These|Those|One|Police|Officers?|"
_SURNAME += r"Deputies|Deputy|Troopers?|Soldiers?|Agents?|Monday|Tuesday|Wednesday|Thursday|"
_SURNAME += r"Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|"
_SURNAME += r"October|November|December|Who|Which|What|Someone|Nobody|Everyone)\b)[A-Z][a-z]+"
_SURNAME += r"(?:-[A-Z][a-z]+)?)"
_SHOT_DEAD = r"(?:shot\s+and\s+killed|shot\s+dead|shot\s+to\s+death|killed)"
_ONE_NAMED_EN = gate(
    re.compile(
        rf"(?:^|(?<=[,;]\s)|(?<=\band\s)|(?<=\bwhen\s)|(?<=\bsaid\s)|(?<=\bsay\s)|(?<=\bsays\s))"
        rf"(?P<name>{_SURNAME})\s+(?:was|got)\s+(?:\w+ly\s+)?(?P<k>{_SHOT_DEAD})\b"
        rf"|\b(?P<k2>shot\s+and\s+killed|fatally\s+shot|shot\s+dead|killed)\s+(?P<name2>{_SURNAME})\b"
        rf"(?!\s+(?-i:[A-Z]))"
        # the name, what he did, and the shot: "Kane came out with a rifle and was shot and killed"
        rf"|^(?:[\w,]+\s+){{0,3}}?(?P<name3>{_SURNAME})\s+(?:(?!who\b|that\b|which\b|and\b)"
        rf"[\w'’-]+,?\s+){{1,10}}?and\s+(?:then\s+)?(?:was|got)\s+(?:\w+ly\s+)?{_SHOT_DEAD}\b",
    )
)

# People named in full and listed, then their deaths: "Oneil Bartley, 27, and Kirk Malcolm, 33,
# were found with gunshot wounds and were pronounced dead", "Ana Ruiz and Tom Hale were killed".
# The count is how many names the list holds; the verb may follow a first predicate of the same
# subject ("were found ... and were pronounced dead").
_FULL_NAME = rf"{_SURNAME}(?:\s+(?-i:[A-Z][a-z'’-]+)){{1,3}}(?:\s*,\s*\d{{1,2}}\s*,)?"
_CAPITALISED_RUN = re.compile(r"[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+)*")
_NAMED_LIST_DEAD = gate(
    re.compile(
        rf"(?:^|(?<=[,;:]\s)|(?<=\bsaid\s)|(?<=\bthat\s))(?P<names>{_FULL_NAME}(?:\s*,\s*{_FULL_NAME})*,?\s+and\s+{_FULL_NAME})"
        rf"\s+were\s+(?:[^.;:]{{0,80}}?\band\s+were\s+|(?:both\s+|later\s+)?)"
        r"(?:pronounced\s+dead|declared\s+dead|killed|shot\s+dead|shot\s+and\s+killed|"
        r"fatally\s+(?:shot|wounded|injured))\b"
    )
)


# Named people joined by "y"/"e", each with an age or a kinship word, then the verb of dying
# (es/pt): "Rogelio Nava, de 34 años, y su sobrino Uriel Nava, de 19, murieron en el lugar"
_AGE_APPOSITION = r"(?:,\s+de\s+\d{1,2}(?:\s+a[nñ]os)?,?)?"
_KIN_BEFORE = r"(?:(?:su|seu|sua|el|la|o|a)\s+(?-i:[a-záéíóúâêôãõç]+)\s+)?"
_KIN_WORDS = re.compile(
    r"\b(?:su|seu|sua|el|la|o|a|y|e)\s+(?-i:[a-záéíóúâêôãõç]+)\b|\bde\s+\d+", re.I
)
# a nickname is no one more: 'alias "Pelo Malo"', 'conhecido como "Kure'i"'
_NICKNAMES = re.compile(
    r"(?:\b(?:alias|vulgo|conocid[oa]\s+como|conhecid[oa]\s+como)\s+)?[\"“«][^\"”»]{1,40}[\"”»]",
    re.IGNORECASE,
)
_NAMED_PAIR_DIED = gate(
    re.compile(
        rf"(?:^|(?<=[,;:]\s))(?P<names>{_NAME}{_AGE_APPOSITION}(?:\s*,\s*{_KIN_BEFORE}{_NAME}"
        rf"{_AGE_APPOSITION})*\s+(?:y|e)\s+{_KIN_BEFORE}{_NAME}{_AGE_APPOSITION})\s+"
        r"(?:murieron|fallecieron|morreram|faleceram|fueron\s+asesinad[oa]s|foram\s+mort[oa]s|"
        r"fueron\s+abatid[oa]s|foram\s+assassinad[oa]s)\b"
    )
)
# The dead named after "son"/"são": "Los fallecidos son Efraín Gutiérrez, de 31 años; su
# hermano Saúl, de 26, y un primo de ambos, Heriberto Mendoza", "Os mortos são ..."
_THE_DEAD_ARE = gate(
    re.compile(
        r"\b(?:(?:los|las|os|as)\s+(?:hoy\s+)?(?:fallecid[oa]s|muert[oa]s|mort[oa]s|occis[oa]s|"
        r"falecid[oa]s|v[ií]ctimas\s+fatales|v[ií]timas\s+fatais)\s+(?:(?:son|eran|fueron|s[aã]o|"
        r"eram|foram)\s*:?|(?:fueron|foram|han\s+sido)\s+identificad[oa]s\s+como)|"
        # "Relatives named the dead as Divine Che, 26, ...; his cousin Julius Tangwa", "the dead
        # were identified as"
        r"(?:named|identified)\s+the\s+(?:dead|deceased|slain)\s+as|the\s+(?:dead|deceased)\s+"
        r"(?:were|have\s+been)\s+(?:named|identified)\s+as)\s+"
        r"(?P<names>[^.]{3,240})",
        re.IGNORECASE,
    )
)
# One person by name, then the verb of dying (es/pt): "Lautaro, que murió en la vereda", "y
# Matheus morreu ali", "Rigoberto falleció camino al hospital". A name is capitalised words
# (with "de", "da", "dos" between), none a function word; an agent's rank or noun just before
# makes it an agent ("el cabo Anderson Freitas murió").
_NOT_NAME = (
    r"(?!(?:El|La|Los|Las|Lo|Le|Les|O|A|Os|As|Un|Una|Um|Uma|Él|Ella|Ele|Ela|Eles|Elas|Ellos|"
    r"Ellas|Nadie|Ninguno|Ninguna|Ningu[ée]m|Nenhum|Nenhuma|Que|Quien|Este|Esta|Ese|Esa|Esse|"
    r"Essa|Aquele|Aquel|Otro|Otra|Outro|Outra|Se|Y|E|No|N[ãa]o|Ya|J[áa]|Según|Segundo|Cuando|"
    r"Quando|Después|Depois|Luego|Tambi[ée]n|Tamb[ée]m|Hoy|Hoje|Ayer|Ontem|Dios|Deus|En|Em|Na|"
    r"No|Nos|Nas|Con|Com|Por|Para|Tras|Durante|Desde|Hasta|At[ée]|Sobre|Entre|Ali|All[íi]|Aqui|"
    r"Aqu[íi]|All[áa]|L[áa]|As[íi]|Assim|Nunca|Jam[áa]s|Tampoco)\b)"
)
_ES_PT_NAME = (
    rf"(?-i:{_NOT_NAME}[A-ZÁÉÍÓÚÂÊÔÃÕÇÑ][a-záéíóúâêôãõçñü'’-]+"
    r"(?:\s+(?:(?:de|da|do|dos|das|del)\s+)?[A-ZÁÉÍÓÚÂÊÔÃÕÇÑ][a-záéíóúâêôãõçñü'’-]+){0,3})"
)
# the words a name may follow: "y Matheus murió", "la espalda de Lautaro, que murió", "a Ezequiel"
_BEFORE_NAME = ("y", "e", "de", "al", "do", "a", "o")
_RANKS = ("cabo", "sargento", "soldado", "agente", "teniente", "tenente", "suboficial", "inspector")
# a person's noun before the name: "El joven Yordy Peralta, que resultó herido ..., murió"
_PERSON_BEFORE_NAME = (
    "joven", "jovem", "hombre", "homem", "mujer", "mulher", "señor", "señora", "senhor",
    "senhora", "menor", "adolescente", "rapaz", "muchacho", "estudiante", "estudante",
    "comerciante", "vecino", "vecina", "morador", "moradora", "niño", "niña", "menino", "menina",
)  # fmt: skip
_RANK_BEFORE = re.compile(rf"{lx.AGENT_NOUN.pattern}\s+(?:[\w-]+\s+)?$", re.IGNORECASE)
_RANK_JUST_BEFORE = re.compile(rf"{lx.AGENT_NOUN.pattern}\s+$", re.IGNORECASE)
_ONE_NAMED_DIED = gate(
    re.compile(
        r"(?:^|(?<=[,;:]\s)"
        + "".join(rf"|(?<=\b{word}\s)" for word in _BEFORE_NAME + _RANKS + _PERSON_BEFORE_NAME)
        + r")"
        rf"(?P<name>{_ES_PT_NAME})(?:\s*,\s*(?:de\s+\d{{1,2}}\s+a[nñ]os\s*,\s*)?(?:que|quien)"
        # the relative clause closed by its comma: "X, que resultó herido de bala ... el
        # viernes durante un operativo, murió la madrugada de este domingo"
        rf"(?:\s[^.;:]{{0,200}}?,)?|"
        rf"\s*,\s*de\s+\d{{1,2}}\s+a[nñ]os\s*,)?"
        # hit first, in the same clause: "Tomás recibió un tiro en la nuca y murió"
        rf"(?:\s+(?:recibi[oó]|recebeu|levou|fue|foi|cay[oó]|caiu)\s[^.;:,]{{0,60}}?\s(?:y|e))?"
        rf"\s+(?:(?:luego|después|depois|mais\s+tarde|"
        rf"más\s+tarde|ya|j[aá])\s+)?(?P<k>muri[oó]|falleci[oó]|morreu|faleceu)\b"
    )
)


# The death told first, its one person after it (es/pt): "Morreu na tarde deste domingo, no
# Hospital X, em Florianópolis, o motorista Diego Schmitz, baleado por policiais", "Murió en
# la madrugada, en el hospital de Valencia, el repartidor Luis Pérez". Singular verbs only: a
# plural's number is told elsewhere.
_DIED_FIRST = gate(
    re.compile(
        r"(?:^|(?<=[.;!?]\s)|(?<=\n))(?P<k>Morreu|Faleceu|Muri[óo]|Falleci[óo])\b"
        r"[^.;:!?\n]{0,160}?,\s+(?:o|a|el|la)\s+(?:[\w-]+\s+){0,2}?"
        rf"(?P<noun>{_PERSON_NOUN})\b|"
        # a headline's: "Valencia: muere repartidor baleado por funcionarios de la PNB", "Morre
        # jovem baleado pela PM"
        r"(?:^|(?<=[:|]\s)|(?<=\n))(?P<k2>(?i:muere|morre|muri[óo]|morreu|fallece|falleci[óo]|faleceu))"
        r"\s+(?:(?:un|una|um|uma|el|la|o|a)\s+)?(?:[\w-]+\s+){0,2}?"
        rf"(?P<noun2>{_PERSON_NOUN})\b",
        re.MULTILINE,
    )
)


# A killing told by its noun, of one person: "the fatal shooting of a 29-year-old man by members
# of the police", "the killing of a street vendor by soldiers", "el asesinato de un joven"
_FATAL_OF_ONE = gate(
    re.compile(
        r"\b(?:(?:fatal|deadly)\s+(?:police\s+)?(?:shooting|stabbing|beating|tasering|restraint)|"
        r"killing|(?:el\s+)?asesinato|(?:o\s+)?assassinato)\s+(?:of|de|del)\s+"
        r"(?:a|an|one|un|una|um|uma)\s+(?:[\w-]+\s+){0,3}?"
        rf"(?P<noun>{_PERSON_NOUN})\b",
        re.IGNORECASE,
    )
)


# A victim a human-rights commission names by a code (Mexico's "V1", "V2"), then their harm:
# "V1 fue privado de la vida en el lugar y V2 sufrió lesiones por proyectil".
_CODED_VICTIM = gate(
    re.compile(
        r"\b(?-i:V\d{1,2})\s+(?:(?:fue|result[oó]|qued[oó])\s+(?:(?P<k>privad[oa]\s+de\s+la\s+vida|"
        rf"{lx.KILLED_WORD})|(?P<i>{lx.INJURED_WORD}))|(?P<k2>muri[oó]|falleci[oó]|perdi[oó]\s+la\s+"
        r"vida)|(?P<i2>sufri[oó]\s+(?:lesiones|heridas|una\s+herida)|recibi[oó]\s+(?:un|dos|tres)\s+"
        r"(?:disparos?|impactos?)))\b",
        re.IGNORECASE,
    )
)


# a second person joined to the one a verb of harm took: "a man and his 15-year-old nephew"
_AND_ANOTHER = re.compile(
    r"\s+and\s+(?:his|her|their|another)\s+(?:[\w-]+\s+){0,2}?(?:son|daughter|nephew|niece|wife|"
    r"husband|brother|sister|cousin|father|mother|friend|uncle|aunt|companion|colleague|"
    r"neighbou?r|passenger|partner|fianc[ée]e?|grandson|granddaughter|stepson|child)\b"
    # (not the subject of a verb of its own: "A rider was shot dead and his passenger was
    # wounded")
    r"(?!,?\s+(?:\w+ly\s+)?(?:was|were|is|are|has|had|suffered|sustained|survived|escaped|"
    r"managed|fled|remains?|sat|lay|died|wounded|injured|hurt|hit|grazed|beaten|arrested|"
    r"detained|unhurt|unharmed)\b)",
    re.IGNORECASE,
)


_PASSIVE_ONE = re.compile(r"\b(?:was|were)\b", re.IGNORECASE)


def find_single_counts(text: str, offset: int = 0) -> list[Count]:
    """Counts of one: a person introduced with an article or a possessive and harmed, or the
    object of a verb of harm; and of two joined by "and" ("his wife and son were wounded")."""
    counts = []
    for match in _VERB_ONE.finditer(text):
        noun = next(
            match.group(g)
            for g in ("noun", "noun2", "noun3", "noun4", "noun5", "noun6")
            if match.group(g)
        )
        start, end = match.start() + offset, match.end() + offset
        one = Number(start, end, match.group(0), 1, 1, None)
        counts.append(Count("killed", bool(lx.AGENT_NOUN.search(noun)), one, start, end))
    for match in itertools.chain(_DIED_FIRST.finditer(text), _FATAL_OF_ONE.finditer(text)):
        start, end = match.start() + offset, match.end() + offset
        one = Number(start, end, match.group(0), 1, 1, None)
        counts.append(Count("killed", False, one, start, end))
    for pattern in (
        _ONE_PERSON,
        _ONE_PERSON_HARMED,
        _ONE_OTHER,
        _HEADLINE_ONE,
        _ONE_RELATIVE,
        _BARE_ONE,
        _OUTCOME_ONE,
    ):
        for match in pattern.finditer(text):
            if any(c.start - offset <= match.start() < c.end - offset for c in counts):
                continue
            agents = pattern is _ONE_PERSON and bool(lx.AGENT_NOUN.fullmatch(match.group("noun")))
            agents = agents or (
                pattern is _ONE_OTHER
                and bool(lx.AGENT_NOUN.search(text[max(0, match.start() - 60) : match.start()]))
            )  # "un policía murió y otro resultó herido": another agent
            start, end = match.start() + offset, match.end() + offset
            one = Number(start, end, match.group(0), 1, 1, None)
            found = match.groupdict()
            killed = found.get("k") or found.get("k2") or found.get("k4")
            harm: Harm = "killed" if killed else "injured"
            counts.append(Count(harm, agents, one, start, end))
    for match in _NAMED_KILLED.finditer(text):
        n = len(re.split(r"\s*,\s*|\s+(?:y|e)\s+", match.group("names")))
        start, end = match.start() + offset, match.end() + offset
        named = Number(start, end, match.group(0), n, n, None)
        agents = bool(lx.AGENT_NOUN.search(match.group("noun") or ""))
        counts.append(Count("killed", agents, named, start, end))
    for match in _ONE_NAMED_EN.finditer(text):
        if any(c.start - offset <= match.start() < c.end - offset for c in counts):
            continue
        start, end = match.start() + offset, match.end() + offset
        # "Deputy Hale walked up to the car and was shot and killed": an agent
        agents = bool(match.group("name3") and _RANK_BEFORE.search(text[: match.start("name3")]))
        counts.append(
            Count("killed", agents, Number(start, end, match.group(0), 1, 1, None), start, end)
        )
    for match in _NAMED_LIST_DEAD.finditer(text):
        if any(c.start - offset <= match.start() < c.end - offset for c in counts):
            continue
        n = len(_CAPITALISED_RUN.findall(match.group("names")))
        start, end = match.start() + offset, match.end() + offset
        agents = bool(_RANK_JUST_BEFORE.search(text[max(0, match.start() - 40) : match.start()]))
        counts.append(
            Count("killed", agents, Number(start, end, match.group(0), n, n, None), start, end)
        )
    for match in (m for p in (_NAMED_PAIR_DIED, _THE_DEAD_ARE) for m in p.finditer(text)):
        if any(c.start - offset <= match.start() < c.end - offset for c in counts):
            continue
        names = _KIN_WORDS.sub(" ", _NICKNAMES.sub(" ", match.group("names")))
        n = len(re.findall(_NAME, names))
        if n:  # one a name, its age and kinship words aside
            start, end = match.start() + offset, match.end() + offset
            counts.append(
                Count("killed", False, Number(start, end, match.group(0), n, n, None), start, end)
            )
    for match in _ONE_NAMED_DIED.finditer(text):
        if any(c.start - offset <= match.start() < c.end - offset for c in counts):
            continue
        start, end = match.start() + offset, match.end() + offset
        agents = bool(_RANK_BEFORE.search(text[max(0, match.start() - 40) : match.start()]))
        counts.append(
            Count("killed", agents, Number(start, end, match.group(0), 1, 1, None), start, end)
        )
    for match in _CODED_VICTIM.finditer(text):
        start, end = match.start() + offset, match.end() + offset
        coded: Harm = "killed" if match.group("k") or match.group("k2") else "injured"
        counts.append(
            Count(coded, False, Number(start, end, match.group(0), 1, 1, None), start, end)
        )
    for match in _DIED_TWO.finditer(text):
        start, end = match.start() + offset, match.end() + offset
        counts.append(
            Count("killed", False, Number(start, end, match.group(0), 2, 2, None), start, end)
        )
    for match in _AND_HURT_ONE.finditer(text):
        start, end = match.start("noun") + offset, match.end() + offset
        if any(c.start <= start < c.end for c in counts):
            continue
        counts.append(
            Count("injured", False, Number(start, end, match.group("noun"), 1, 1, None), start, end)
        )
    for match in _TWO_PEOPLE.finditer(text):
        start, end = match.start() + offset, match.end() + offset
        two = Number(start, end, match.group(0), 2, 2, None)
        together: Harm = "killed" if match.group("k") or match.group("d") else "injured"
        counts.append(Count(together, False, two, start, end))
    for match in _KILLING_TWO.finditer(text):
        start, end = match.start() + offset, match.end() + offset
        if any(c.start <= start < c.end or start <= c.start < end for c in counts):
            continue
        two = Number(start, end, match.group(0), 2, 2, None)
        counts.append(Count("killed", False, two, start, end))
    return [_with_another(text, offset, c) for c in counts]


def _with_another(text: str, offset: int, count: Count) -> Count:
    """A count of one killed that another person joins: "killing a man and his 15-year-old
    nephew", "shot dead a farmer and his wife" are two."""
    if count.harm != "killed" or count.number.best != 1 or _PASSIVE_ONE.search(count.number.text):
        return count  # (a subject told dead first: "A rider was shot dead and his passenger ...")
    end = count.end - offset
    pair = _AND_ANOTHER.match(text, end)
    if pair is None:
        # (the pair inside the match: "shot dead a man and his son")
        inside = _AND_ANOTHER.search(text, count.start - offset, end)
        if inside is None or inside.end() != end:
            return count
    else:
        end = pair.end()
    start = count.start - offset
    two = Number(count.start, end + offset, text[start:end], 2, 2, None)
    return replace(count, number=two, end=end + offset)
