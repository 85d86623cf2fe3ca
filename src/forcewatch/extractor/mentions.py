"""Document -> relevance and Mention[]: the rules extractor (``rules.v1``).

1. Split sentences; find agentive harm (``agency``): who did what to whom.
2. Relevance: a specific incident of harm by state agents, with its reason and evidence sentences.
   Reports of totals only, of harm by non-state actors only, or of agents as the only victims are
   not relevant.
3. Aggregates: totals over a period or an area ("thousands of victims throughout the country"),
   kept as ``aggregate`` mentions, never counted as an incident's figures.
4. Incidents: harm sentences grouped into incidents (a report may tell of several); for each, the
   sentences from its first harm sentence to the next incident's give date, place, forces, counts,
   operation, people, weapons, allegations and quotes, every value with its span.
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import itertools
import re
from collections.abc import Callable, Container
from dataclasses import dataclass, field
from datetime import date, timedelta
from importlib import resources
from typing import Literal, cast

from forcewatch.extractor import lexicon as lx
from forcewatch.extractor import prefilter, vocab
from forcewatch.extractor.agency import (
    ATTACK_TOLD_BEFORE,
    BY_INMATES,
    NON_STATE_NAMED,
    Agency,
    harms_someone,
    names_force,
    not_serving,
    retracted,
)
from forcewatch.extractor.agency import _not_done as _not_done
from forcewatch.extractor.annotate import Annotation, annotate
from forcewatch.extractor.counts import (
    Count,
    Zero,
    find_counts,
    find_zero_counts,
    without_denials,
)
from forcewatch.extractor.dates import MONTH_NAMES, WEEKDAYS, DateHit, as_date
from forcewatch.extractor.ner import given_name_gender
from forcewatch.extractor.numbers import ORDINALS, find_numbers
from forcewatch.extractor.people import (
    QuoteHit,
    classify_people,
    find_people_names,
    place_runs,
)
from forcewatch.extractor.places import Location, default_gazetteer
from forcewatch.extractor.places.finder import find_all
from forcewatch.extractor.sentences import CASE_LABELS, Sentence
from forcewatch.extractor.words import stop_words
from forcewatch.records import (
    Allegation,
    AllegationKind,
    Document,
    Force,
    Mention,
    Person,
    PersonFate,
    PersonRole,
    Quantity,
    Quote,
    Relevance,
    Span,
    Weapon,
)
from forcewatch.text import fold

EXTRACTOR = "rules.v1"

_SEPARATE = re.compile(
    r"\b(?:in\s+(?:a|another)\s+(?:separate|different|unrelated)\s+(?:incident|case|shooting)|"
    r"in\s+another\s+(?:incident|case|encounter|shooting|raid|operation|clash)|en\s+otro\s+(?:hecho|caso|incidente|suceso)|"
    r"en\s+un\s+(?:hecho|caso|suceso)\s+(?:distinto|separado|aparte|diferente)|"
    r"por\s+otra\s+parte,?\s+en|in\s+a\s+separate\s+(?:case|incident)|"
    r"em\s+outr[oa]\s+(?:caso|ocorr[eê]ncia|a[cç][aã]o|opera[cç][aã]o)|"
    r"em\s+um\s+caso\s+separado|j[aá]\s+(?:em|no|na)\s+[A-Z]|"
    # "Separately, a Unified Police Department officer fired ...", "Por separado, ..."
    r"^\s*(?:separately|por\s+separado|separadamente),|"
    # "No domingo à noite, outro caso envolvendo policiais militares foi registrado"
    r"(?:outr[oa]|otr[oa]|another)\s+(?:caso|ocorr[eê]ncia|epis[oó]dio|hecho|incidente|episodio|"
    r"case|incident|shooting)\s+(?:[\w,]+\s+){0,5}?(?:foi\s+registrad|aconteceu|ocorreu|"
    r"ocurri[oó]|se\s+registr[oó]|tuvo\s+lugar|occurred|happened|took\s+place|was\s+reported))",
    re.IGNORECASE,
)
# A paragraph that opens on a shift in time, then a place: "Less than 12 hours later, across
# the city in Denham Town", "Ese mismo día, en el corregimiento de El Estrecho", "Horas antes, em
# Sobral". (The place is compared with the case before it where this is used.)
_SHIFTED_SCENE = re.compile(
    r"\s*(?:(?:less|more)\s+than\s+|about\s+|some\s+)?(?:(?:an?|one|two|three|four|five|six|"
    r"\d+|several|a\s+few)\s+(?:hours?|days?|minutes?)\s+(?:later|earlier|before)|"
    r"(?:that|the)\s+same\s+(?:day|night|morning|afternoon|evening|weekend)|"
    r"(?:earlier|later)\s+(?:that|the\s+same|on\s+the\s+same)\s+(?:day|night|morning|afternoon|"
    r"evening)|meanwhile|at\s+(?:about|around)\s+the\s+same\s+time|"
    r"(?:ese|el)\s+mismo\s+d[ií]a|esa\s+misma\s+(?:noche|mañana|tarde|madrugada)|"
    r"(?:pocas\s+|unas\s+|dos\s+|tres\s+)?(?:horas|minutos|d[ií]as)\s+(?:antes|despu[eé]s|"
    r"m[aá]s\s+tarde)|mientras\s+tanto|casi\s+al\s+mismo\s+tiempo|a\s+la\s+misma\s+hora|"
    r"n[oa]\s+mesm[oa]\s+(?:dia|noite|manh[aã]|tarde|madrugada)|naquel[ea]\s+mesm[oa]\s+"
    r"(?:dia|noite|manh[aã]|tarde)|(?:poucas\s+|algumas\s+|duas\s+|tr[eê]s\s+)?(?:horas|minutos|"
    r"dias)\s+(?:antes|depois|mais\s+tarde)|enquanto\s+isso|quase\s+ao\s+mesmo\s+tempo|"
    # ... or a distance away ("About 340 kilometres away in Kajiado County", "A 200 kilómetros
    # de allí, en", "A poucos quilômetros dali, em") or elsewhere
    r"(?:(?:nearly|almost|over|more\s+than)\s+)?[\d,.]+\s*(?:km|kilomet(?:re|er)s?|miles)\s+"
    r"(?:away|to\s+the\s+(?:north|south|east|west))|elsewhere|across\s+(?:the\s+)?(?:city|town)|"
    r"a\s+(?:unos\s+|uns\s+|poucos\s+|pocos\s+)?[\d,.]*\s*(?:km|kil[oó]metros|quil[oô]metros)\s+"
    r"(?:de\s+(?:all[ií]|ah[ií]|distancia)|dali|daqui)|en\s+otro\s+punto\s+de\s+la\s+ciudad)"
    r"\s*,?\s+(?:[\w-]+\s+){0,3}?(?:in|at|near|en|cerca\s+de|em|n[oa]s?|perto\s+d[eoa])\s",
    re.IGNORECASE,
)
# the shift told in days: "Two days earlier in", "Tres días antes, en", "Dias depois, em"
_DAYS_APART = re.compile(
    r"\s*(?P<n>an?|one|two|three|four|five|six|\d+|several|a\s+few)\s+days?\s+"
    r"(?P<way>later|earlier|before)|\s*(?:unos\s+|uns\s+|alguns\s+|algunos\s+)?"
    r"(?P<n2>dos|tres|cuatro|cinco|dois|tr[eê]s|quatro|\d+)?\s*d[ií]as\s+"
    r"(?P<way2>antes|despu[eé]s|depois|m[aá]s\s+tarde|mais\s+tarde)",
    re.IGNORECASE,
)


def _days_apart_dates(
    ann: Annotation, incidents: list[_Incident], mentions: list[Mention]
) -> list[Mention]:
    """A case whose paragraph opens days apart from the case before it ("Two days earlier in
    Masaka city") and that gives no day of its own is dated from that case's day."""
    out = list(mentions)
    for k in range(1, min(len(incidents), len(mentions))):
        before, mention = out[k - 1], out[k]
        if mention.date_precision == "day" or before.date_precision != "day":
            continue
        first = incidents[k].sentences[0]
        opening = ann.sentences[_paragraph_start(ann, ann.sentences.index(first))]
        shift = _DAYS_APART.match(opening.text)
        day = as_date(before.date)
        if shift is None or day is None:
            continue
        number = shift.group("n") or shift.group("n2") or ""
        read = [n.best for n in find_numbers(number, ann.lang) if not n.vague]
        days = read[0] if read else 1 if number.lower() in ("a", "an") else None
        if days is None:
            continue  # "several days later": no day to count
        way = (shift.group("way") or shift.group("way2")).lower()
        earlier = way in ("earlier", "before", "antes")
        when = day - timedelta(days=days) if earlier else day + timedelta(days=days)
        span = ann.doc.span(opening.start + shift.start(), opening.start + shift.end())
        out[k] = mention.model_copy(
            update={"date": when.isoformat(), "date_precision": "day", "date_span": span}
        )
    return out


# harm told as what a recording shows
_DEPICTED = re.compile(
    r"\b(?:video|footage|clip|photos?|photographs?|images?|v[ií]deos?|imagens|im[aá]genes|fotos?|"
    r"grabaci[oó]n|grava[cç][aã]o)\b[^.;]{0,120}?\b(?:showing|shows|showed|que\s+muestra|"
    r"donde\s+se\s+ve|en\s+(?:el|la)\s+que\s+se\s+ve|que\s+mostra|em\s+que\s+se\s+v[eê]|"
    r"mostrando|muestra|mostra)\b",
    re.IGNORECASE,
)
# Said between two harms, it makes the second another case: "no se trata de un hecho aislado",
# "it is not the first time", "não é um caso isolado", "in a similar case"
_NOT_ISOLATED = re.compile(
    r"\b(?:no\s+(?:se\s+trata\s+de|es|fue|ha\s+sido)\s+(?:un\s+)?(?:hecho|caso|incidente|episodio)\s+"
    r"aislado|no\s+es\s+(?:la\s+primera\s+vez|el\s+primer\s+caso)|"
    r"n[aã]o\s+(?:[ée]|foi|se\s+trata\s+de)\s+(?:um\s+)?(?:caso|epis[oó]dio|fato)\s+isolado|"
    r"n[aã]o\s+[ée]\s+a\s+primeira\s+vez|"
    r"(?:is|was)\s+not\s+(?:an?\s+)?(?:isolated\s+(?:incident|case)|the\s+first\s+(?:time|case|"
    r"incident|such))|(?:in|en|em)\s+(?:a|un|um)\s+(?:similar|semelhante)\s+(?:case|incident|caso|"
    r"hecho)|en\s+un\s+(?:caso|hecho)\s+similar|"
    # a case recalled: "The organisation also drew attention to the shooting of a student in
    # Jashore", "recordó también el caso de", "lembrou ainda o caso de"
    r"also\s+(?:drew|draws|drawing)\s+attention\s+to|(?:also|further)\s+(?:recalled|recalls|cited|"
    r"cites|highlighted|highlights)\s+(?:the\s+)?(?:case|killing|death|shooting|beating)|"
    r"(?:record[oó]|recuerda|lembrou|lembra)\s+(?:tambi[eé]n\s+|tamb[eé]m\s+|ainda\s+)?(?:el|o)\s+"
    r"caso\s+de|"
    # a case told by its distance in time from this one: "Oneil's death comes only ten weeks after
    # the killing of Kemar Plummer", "se produce tres semanas después del asesinato de", "ocorre
    # dois meses após a morte de"
    r"(?:comes|came)\s+(?:only\s+|just\s+|barely\s+)?(?:[\w-]+\s+)?(?:days?|weeks?|months?|years?)\s+"
    r"after\s+(?:the\s+)?(?:[\w-]+\s+)?(?:killing|death|shooting|murder|beating)\s+of|"
    # ... or from another event of the agents': "The shooting came a day after an army patrol
    # was ambushed by gunmen on Saturday", "came two days after a deadly clash"
    r"(?:comes|came)\s+(?:only\s+|just\s+|barely\s+)?(?:[\w-]+\s+)?(?:days?|weeks?)\s+after\s+"
    r"(?:an?|another)\s+(?:[\w-]+\s+){0,3}?(?:(?:was|were)\s+(?:ambushed|attacked)|clash|"
    r"gun\s*battle|firefight|ambush|raid|(?:air\s*)?strike)\b|"
    r"(?:se\s+produce|ocurre|lleg[oó]|ocorre|acontece|chega)\s+(?:apenas\s+|s[oó]lo\s+|s[oó]\s+)?"
    r"(?:[\w-]+\s+)?(?:d[ií]as|semanas|meses|años|anos)\s+(?:despu[eé]s\s+de(?:l|\s+la)?|"
    r"ap[oó]s\s+(?:a|o))\s+(?:asesinato|muerte|ejecuci[oó]n|assassinato|morte|execu[cç][aã]o)\s+"
    r"d[eoa]|"
    # an earlier case recalled by its date: "la organización recordó que el 28 de febrero de
    # este año ... dispararon", "recalled that on 3 May soldiers", "lembrou que em março"
    r"(?:record[oó]|recordaron|recuerda|lembrou|lembraram|lembra|recalled|recalls)\s+"
    r"(?:tambi[eé]n\s+|tamb[eé]m\s+|ainda\s+|also\s+)?(?:que|that)\s+(?:el|em|no|na|on|in|en)\s+"
    rf"(?:\d|(?:{MONTH_NAMES})\b))",
    re.IGNORECASE,
)
# A report that lists its cases under headings: "Caso 2 — Imperatriz, 21 de agosto", "Case 3:".
# the weekdays' names of every language, longest first (an alternation tries them in order)
_WEEKDAY_NAMES = "|".join(sorted(WEEKDAYS, key=len, reverse=True))
_CASE_HEADING = re.compile(
    # (a list's bullet may stand before it: "- Case 1 — Matariya police station, Cairo.")
    rf"^\s*(?:[▪•·*►‣◦–—-]\s*)?(?:(?:{CASE_LABELS})\s+(?:\d+|[IVX]+|n\.?\s*[º°o]?\.?\s*\d+)\b|"
    # a complaint's file by its code: "Expediente CNDH/2/2024/7415/Q", "Processo 0812/2025"
    r"(?:Expediente|Processo|Proceso|File|Queja)\s+(?:n\.?\s*[º°o]?\.?\s*)?(?=[\w./-]*\d)[\w.-]+(?:/[\w.-]+)+\s*$|"
    # "Primer caso.", "Segundo caso:", "Terceiro caso —", "O segundo caso é mais sutil.",
    # "Otro caso ocurrió en ...", "Another case:"
    r"(?:(?:O|El|The|A|La)\s+)?(?:Primer|Primero|Segundo|Tercer|Tercero|Cuarto|Quinto|Primeiro|"
    r"Terceiro|Quarto|First|Second|Third|Fourth|Fifth|Otro|Outro|Another)\s+"
    r"(?:caso|case|hecho|episodio|epis[oó]dio|incidente|incident)\b)",
    re.IGNORECASE,
)
# A report's sections named for a kind of abuse and where: "Sexual Assault in Kermanshah",
# "Killings in Darfur", "Torturas en Sucre": a heading line of its own, each a case.
_HEADING_NUMBER = r"(?:(?:\d{1,2}|[IVX]{1,4})[.)]|[a-hA-H]\))\s+"  # "1. ", "IV) ", "b) "
_TOPIC_WORDS = (
    r"Torture|Killings?|Sexual|Rape|Beatings?|Shootings?|Strikes?|Injur(?:y|ies)|"
    r"Attacks?|Abuses?|Deaths?|Assaults?|Executions?|Raids?|Tortura|Torturas|Asesinatos?|"
    r"Ejecuciones|Muertes?|Ataques?|Mortes?|Assassinatos?|Chacina|Masacre|Massacre"
)
_TOPIC_HEADING = re.compile(
    # (numbered or not: "1. Fatal shooting in Nyalenda, Kisumu County")
    rf"^\s*(?:{_HEADING_NUMBER})?"
    rf"(?=[^\n]{{0,60}}\b(?:{_TOPIC_WORDS})\b)"
    r"[A-ZÁÉÍÓÚÂÊÔÃÕÇÑ][^\n.!?:;]{3,80}\s+(?:in|at|on|en|em|no|na)\s+(?:the\s+)?"
    r"[A-ZÁÉÍÓÚÂÊÔÃÕÇÑ][^\n.!?:;]{1,40}(?:\n|$)"
    # in capitals, a title's dot inside: "KILLING OF MR. DENNIS KIOKO IN MIHANGO WARD"
    rf"|^\s*(?:{_HEADING_NUMBER})?(?=[^\n]{{0,60}}\b(?:{_TOPIC_WORDS.upper()})\b)"
    r"[A-ZÁÉÍÓÚÂÊÔÃÕÇÑ](?:[^\n.!?:;a-z]|(?<=\bMR|\bDR|\bMS)\.|(?<=\bMRS)\.){3,80}\s+"
    r"(?:IN|AT|ON|EN|EM|NO|NA)\s+(?:THE\s+)?[A-ZÁÉÍÓÚÂÊÔÃÕÇÑ][^\n.!?:;a-z]{1,40}(?:\n|$)"
)
_SECTION_HEADING = re.compile(r"^\s*[A-ZÁÉÍÓÚÂÊÔÃÕÇÑ][A-ZÁÉÍÓÚÂÊÔÃÕÇÑ .'-]{2,40}\s+[—–-]\s+\S")
# A numbered heading on a line of its own, with no full stop ("1. Eastern Cape: Death as a
# result of police action, Motherwell"): with a second one in the report, each opens a case.
_NUMBERED_HEADING = re.compile(
    rf"^\s*{_HEADING_NUMBER}[A-ZÁÉÍÓÚÂÊÔÃÕÇÑ][^\n]{{3,110}}(?<![.!?])\s*$"
    # or a paragraph's section number alone, split from it ("4.2." before "Distrito de Chókwè")
    r"|^\s*\d{1,2}(?:\.\d{1,2}){1,2}\.?\s*$"
)
_VICTIM_NOUN = (
    r"(?:man|woman|teen(?:ager)?|\d{1,2}-year-old(?![\w-])|"
    r"boy|girl|youth|suspect|person|driver|motorist|gunman|shooter|robber|inmate|student|"
    r"protester|hombre|mujer|joven|adolescente|menor|sospechoso|presunto\s+delincuente|"
    r"señor|señora|anciano|anciana|senhor|senhora|idos[oa]|"
    # a relation: "o irmão dele levou uma coronhada", "her son was shot"
    r"irm[aã]o|irm[aã]|filh[oa]|hij[oa]|herman[oa]|brother|sister|son|daughter|"
    r"conductor|estudiante|manifestante|preso|recluso|interno|homem|mulher|jovem|rapaz|"
    r"suspeito|motorista|estudante|manifestante|detento|"
    # anyone named by a trade or a relation: "dieron muerte a un campesino", "atingiu o condutor"
    r"condutor|passageir[oa]|pasajer[oa]|vendedor[a]?|comerciante|trabalhador[a]?|trabajador[a]?|"
    r"morador[a]?|vecin[oa]|vizinh[oa]|campesin[oa]|camponês|camponesa|agricultor[a]?|"
    r"pescador[a]?|taxista|mototaxista|entregador[a]?|repartidor[a]?|ciclista|motociclista|"
    r"motoqueir[oa]|pedestre|peat[oó]n|transeúnte|crian[cç]a|niñ[oa]|menin[oa]|chic[oa]|"
    r"muchach[oa]|garot[oa]|pibe|comunero|indígena|minero|mineiro|cidad[aã]o?|ciudadan[oa]|"
    # how police notes name the one they shot: "atingindo o autor", "el agresor fue abatido"
    r"autor|indiv[ií]duo|infrator|agressor|agresor|assaltante|asaltante|criminoso|bandido|"
    r"delincuente|"
    # the vocab's people named by trade, lot or relation ("a teacher", "a vendor")
    rf"{vocab.alternation(vocab.words('victim_nouns'))})"
)
_SINGLE_VICTIM = re.compile(
    rf"\b(?:an?|one|the|un|una|um|uma|el|la|o|a|no|na)\s+(?:[\w-]+\s+){{0,3}}?{_VICTIM_NOUN}\b|"
    # a contraction right before the noun: "mataron al conductor", "atirou no rapaz"
    rf"\b(?:al|ao|à)\s+{_VICTIM_NOUN}\b|\b(?:him|her|he|she|o\s+rapaz)\b|"
    # a pronoun after the preposition of firing: "atirou nele", "disparó contra ella"
    r"\b(?:nele|nela|contra\s+(?:ele|ela|él|ella))\b|"
    # a clitic before its verb, never an article before a name ("La Matanza"): "lo mataron",
    # "le disparó en el pecho", "lo encontraron muerto", "o mataram", "a feriram"
    r"(?<=\s)(?-i:lo|la|le)(?=\s+(?-i:mat|hiri|hir|bale|dispar|golpe|asesin|ejecut|encontr|"
    r"hall|pate|peg[oóa]))|"
    r"(?<=\s)(?-i:o|a)(?=\s+(?-i:mat|fer|bale|espanc|agred|alvej|execut|atir|encontr|"
    r"acert|atingi)\w*(?:ram|ou|iu|eu)\b)|"
    # the one who tells it: "um polícia deu-me com o cassetete", "bateram-me", "me golpearon"
    r"\b(?-i:deu|deram|bateu|bateram|espancou|espancaram|agrediu|agrediram|feriu|feriram)-me\b|"
    r"(?<=\s)(?-i:me)(?=\s+(?-i:golpe|peg|pate|hiri|dispar|bale|agredi|tortur)\w*(?:ó|aron|ieron)\b)|"
    # the clitic after its verb: "balearam-no", "mataram-na", "atingiu-o"
    r"\b(?-i:mat|fer|bale|espanc|agred|alvej|execut|atingi|acert)\w*(?:ram|ou|iu|eu)-"
    r"(?:o|a|no|na|lo|la)\b",
    re.IGNORECASE,
)


_SELF_HARM = re.compile(
    r"\b(?:shooting|shot|killed|hanged)\s+(?:himself|herself)\b|"
    r"\bsuicid(?:e|io|a)\b|\bhunger\s+strike|huelga\s+de\s+hambre|greve\s+de\s+fome|"
    # "Todo apunta a que el hombre se quitó la vida", "tirou a própria vida", "took his own life"
    r"\bse\s+quit(?:[oó]|aron)\s+la\s+vida\b|\btir(?:ou|aram)\s+a\s+pr[oó]pria\s+vida\b|"
    r"\btook\s+(?:his|her|their)\s+own\s+li(?:fe|ves)\b",
    re.IGNORECASE,
)


@dataclass
class _Incident:
    sentences: list[Sentence] = field(default_factory=list)
    harm: list[Agency] = field(default_factory=list)
    start: int = 0
    end: int = 0
    heading: Sentence | None = None  # the section heading it is told under, if any

    @property
    def by_section(self) -> bool:
        """Its harm is known only from the case section it is told in (``_section_harm``): the
        section's heading then says where and when before any sentence of its body."""
        kinds = {a.kind for a in self.harm}
        return self.heading is not None and "section" in kinds and not kinds & {"act", "passive"}


def extract_mentions(doc: Document) -> tuple[Relevance, list[Mention]]:
    prefilter.forget()  # what the last report's sentences opened: none of this one's
    ann = annotate(doc)
    aggregates, aggregate_sentences = _aggregates(ann)
    harm_sentences = _harm_sentences(ann, aggregate_sentences)
    rows, captions = _table_harm(ann, harm_sentences)
    # a table's caption ("| Selected cases of people killed by police, 2023-2025") is its rows'
    harm_sentences = [i for i in harm_sentences if i not in captions]
    if harm_sentences:
        harm_sentences = sorted(
            harm_sentences + _section_harm(ann, harm_sentences, aggregate_sentences) + rows
        )
    else:
        harm_sentences = rows
    relevance = _relevance(ann, harm_sentences, aggregates)
    if not relevance.relevant:
        return relevance, _aggregate_countries(ann, aggregates, [])
    incidents = _group(ann, harm_sentences)
    mentions = [
        _incident_mention(ann, incident, aggregate_sentences, len(incidents))
        for incident in incidents
    ]
    mentions = _days_apart_dates(ann, incidents, mentions)
    mentions = _named_again(ann, mentions)
    mentions = _without_overviews(mentions, ann.lang, ann.doc.published)
    return relevance, mentions + _aggregate_countries(ann, aggregates, mentions)


def _named_again(ann: Annotation, mentions: list[Mention]) -> list[Mention]:
    """A case's victim named again further on: a later mention that only names him again ("the
    officer who fired the canister that killed Muñoz"), with no day and no one else of its own,
    is the same case, not another, and the death it tells is the case's."""
    out: list[Mention] = []
    for mention in mentions:
        earlier = next((m for m in out if _names_a_victim_of(mention, m)), None)
        # (its dead, if counted, the one named: "the canister that killed Rojas")
        one = mention.killed is None or mention.killed.best == 1
        if earlier is not None and not _own_day(mention) and one:
            k = out.index(earlier)
            if earlier.killed is None and mention.killed is not None:
                out[k] = earlier.model_copy(update={"killed": mention.killed})
                continue
            told = next(
                (e.start + m.start() for e in mention.evidence if (m := lx.DEATH.search(e.text))),
                None,
            )
            if earlier.killed is None and told is not None:
                # (the words that tell it: the death word to the end of its clause)
                span = ann.doc.span(told, min(told + 40, mention.evidence[0].end))
                out[k] = earlier.model_copy(update={"killed": Quantity(low=1, best=1, span=span)})
            continue  # the same case told again
        out.append(mention)
    return out


def _victim_surnames(mention: Mention) -> set[str]:
    return {
        person.name.split()[-1]
        for person in mention.people
        if person.role != "agent"
        and len(person.name.split()) >= 2
        and len(person.name.split()[-1]) >= 3
    }


def _names_a_victim_of(mention: Mention, earlier: Mention) -> bool:
    """``mention`` names one of ``earlier``'s victims by surname, and no one of its own."""
    surnames = _victim_surnames(earlier)
    if not surnames or _victim_surnames(mention) - surnames:
        return False
    if earlier.admin1 and mention.admin1 and earlier.admin1 != mention.admin1:
        return False
    return any(
        re.search(rf"\b{re.escape(name)}\b", span.text)
        for span in mention.evidence
        for name in surnames
    )


def _own_day(mention: Mention) -> bool:
    """The mention's day is told in its own sentences, not above them."""
    span = mention.date_span
    return span is not None and any(e.start <= span.start < e.end for e in mention.evidence)


def _without_overviews(
    mentions: list[Mention], lang: str | None, published: str | None = None
) -> list[Mention]:
    """A release's opening that announces its cases ("pone en conocimiento ... dos hechos
    ocurridos en las últimas tres semanas") is no case: with no day and no toll of its own,
    beside two cases or more with their days, it goes."""
    dated = [m for m in mentions if m.date_precision == "day"]
    if len(dated) < 2 or _dated_by_the_page(mentions[0], published):
        return [m for m in mentions if not _sum_overview(m, mentions, published)]
    first_case = min(m.evidence[0].start for m in dated if m.evidence)
    return [
        m
        for m in mentions
        if (
            m.date is not None
            or any(q is not None for q in (m.killed, m.injured, m.agents_killed, m.agents_injured))
            or not m.evidence
            or m.evidence[0].start > first_case  # (told after the cases: a case of its own)
        )
        and not _month_overview(m, mentions)
        and not _sum_overview(m, mentions, published)
        and not _places_overview(m, mentions, lang)
    ]


def _places_overview(mention: Mention, mentions: list[Mention], lang: str | None) -> bool:
    """The report's first mention, with no day of its own, whose words name the divisions of two
    cases or more told after it on their days: the headline over them ("Dos periodistas heridos
    por la policía en Barcelona y Madrid"), not a case."""
    if mention is not mentions[0] or mention.date_precision == "day" or not mention.evidence:
        return False
    days = {m.admin1 for m in mentions[1:] if m.date_precision == "day" and m.admin1}
    if len(days) < 2:
        return False
    named = {
        f.hit.admin1 for f in find_all(default_gazetteer(), mention.evidence[0].text, lang, None)
    }
    return len(days & named) >= 2


def _page_day_line(ann: Annotation, sentence: Sentence) -> bool:
    """A line of its own whose only day is the report's: the page's date line."""
    published = ann.doc.published
    days = [h.value for h in ann.dates(sentence) if h.precision == "day"]
    return bool(
        published
        and days
        and all(day == published[:10] for day in days)
        and _starts_line(ann.text, sentence.start)
        and _ends_line(ann.text, sentence.end)
    )


def _dated_by_the_page(mention: Mention, published: str | None) -> bool:
    """The mention's day is the report's own, read above its harm (a round-up's heading, "WHAT
    THE PAPERS SAY: Tuesday 2 September 2025"): no day of its own."""
    return bool(
        published
        and mention.date == published[:10]
        and mention.date_span is not None
        and mention.evidence
        and mention.date_span.end <= mention.evidence[0].start
    )


def _sum_overview(mention: Mention, mentions: list[Mention], published: str | None = None) -> bool:
    """The report's first mention, with no day of its own, whose dead are the sum of two cases
    or more told after it on their days: the lede's sum ("Police shot dead at least five people
    in two cities this week" over two and three), not a case."""
    page_day = _dated_by_the_page(mention, published)
    if (
        mention is not mentions[0]
        or (mention.date_precision == "day" and not page_day)
        or mention.killed is None
    ):
        return False
    days = [m for m in mentions[1:] if m.date_precision == "day" and m.killed]
    dead = [m.killed.best or 0 for m in days if m.killed]
    if len(days) == 1:
        # (one case told after it in the same place, and the lede undated: the lede's toll of
        # that case, "The death toll from a crush ... rose to eight on Monday" over Saturday's
        # eight; a lede bounded to a week may be a case of its own)
        return (
            (mention.date is None or page_day)
            and days[0].place == mention.place
            and dead[0] > 0
            and dead[0] == mention.killed.best
        )
    return len(dead) >= 2 and sum(dead) > 0 and sum(dead) == mention.killed.best


def _month_overview(mention: Mention, mentions: list[Mention]) -> bool:
    """The report's first mention, dated by its month alone, before two cases or more told on
    days of that month: the lede's sum ("soldiers, police killed at least nine civilians in North
    Kivu and Ituri in May"), not a case."""
    if mention is not mentions[0] or mention.date_precision != "month" or not mention.date:
        return False
    month = mention.date + "-"
    days = [
        m for m in mentions[1:] if m.date_precision == "day" and (m.date or "").startswith(month)
    ]
    return len(days) >= 2


# A sentence that judges a case the report has told, pointing back at it by its place in the
# list: "En el primer caso, ...", "In the second case, ...", "Nos dois casos, ..."
_BACK_TO_A_CASE = re.compile(
    r"\s*(?:en|in|no|em)\s+(?:el\s+|the\s+|o\s+|los\s+|os\s+)?(?:primer|segundo|tercer|first|"
    r"second|third|primeiro|terceiro|ambos|both|dos|dois|two)\s+(?:casos?|cases?|hechos?|"
    r"incidents?)\s*,",
    re.IGNORECASE,
)


# A claim of harm withdrawn: its author takes back a statement, a release or a complaint that told
# it ("has withdrawn a statement in which it said soldiers had shot dead a rider", "emitió una
# nota de rectificación sobre el comunicado ... en el que afirmaba", "retificou a nota")...
_WITHDRAWN = re.compile(
    r"\b(?:withdr[ae]wn?|withdraws|retract(?:ed|s|ion)?|rectific(?:ó|a|aron|aci[oó]n)|"
    r"retific(?:ou|a|aram|a[cç][aã]o)|se\s+retract(?:ó|a|aron))\b[^.;]{0,80}?\b(?:statement|"
    r"claim|allegation|release|complaint|comunicado|denuncia|pronunciamiento|nota|den[uú]ncia)\b",
    re.IGNORECASE,
)
# ... which it then says was wrong
_TOLD_WRONG = re.compile(
    r"\b(?:inaccurate|incorrect|erroneous|mistaken|in\s+error|(?:is|was)\s+alive|unhurt|"
    r"err[oó]ne[ao]s?|incorrect[ao]s?|equivocad[ao]s?|con\s+vida|est[aá]\s+viv[oa]|errad[ao]s?|"
    r"incorret[ao]s?|com\s+vida)\b",
    re.IGNORECASE,
)
# the withdrawn claim told again: "we stated that", "en el que afirmaba que", "had said"
_CLAIM_TOLD = re.compile(
    r"\b(?:said|stated|claimed|alleged|reported|afirm(?:ó|aba|aron|ou|ava|aram)|"
    r"denunci(?:ó|aba|aron|ou|ava|aram)|inform(?:ó|aba|aron|ou|ava|aram|amos)|dijo|disse|"
    r"publi(?:có|camos|cou)|relat(?:ó|ou)|quoted|described)\b",
    re.IGNORECASE,
)


# A fact sourced at its sentence's end (", police and hospital sources said."), which retells no
# withdrawn claim
_SOURCED_AT_END = re.compile(
    r",\s*(?:[\w'’.-]+\s+){1,8}?(?:said|says|told\s+(?:[\w'’.-]+\s+){0,4}?[\w'’.-]+)"
    r"(?:\s+(?:on|in|late|early)\s+[\w-]+)?\s*[.!]?\s*$",
    re.IGNORECASE,
)


# A page that corrects what the outlet published: "This was wrong", "wrongly stated", "Esa
# información es incorrecta", "Diferentemente do que o jornal publicou", "regrets the error"
_CORRECTION = re.compile(
    r"\b(?:this|that|which)\s+was\s+(?:wrong|incorrect|inaccurate|untrue)\b|"
    r"\b(?:wrongly|incorrectly|erroneously|mistakenly)\s+(?:stated|reported|said|claimed)\b|"
    r"\bcontained\s+(?:a\s+number\s+of\s+|several\s+|some\s+)?(?:significant\s+|serious\s+)?"
    r"(?:errors|inaccuracies)\b|\bregrets?\s+the\s+errors?\b|"
    r"\b(?:esa|esta|dicha)\s+informaci[oó]n\s+(?:es|era|fue)\s+(?:incorrecta|err[oó]nea|falsa)\b|"
    r"\blamentamos\s+(?:el|los)\s+errore?s?\b|\bfe\s+de\s+erratas\b|"
    r"\bdiferentemente\s+do\s+que\s+(?:[\w-]+\s+){1,5}?publicou\b|"
    r"\b(?:a|essa|esta)\s+informa[cç][aã]o\s+(?:errada|incorreta|equivocada)\b|"
    r"\blamenta(?:mos)?\s+o\s+erro\b",
    re.IGNORECASE,
)


def _withdrawn_claim(ann: Annotation) -> bool:
    """The report tells that a claim of harm by agents was withdrawn as wrong, or corrects what
    it published: its sentences that retell the claim are no case."""
    if _CORRECTION.search(ann.text):
        return True
    return bool(_TOLD_WRONG.search(ann.text)) and any(
        _WITHDRAWN.search(s.text) and ann.kinds(s) & {"act", "passive"} for s in ann.sentences
    )


def _harm_sentences(ann: Annotation, aggregate_sentences: set[int]) -> list[int]:
    """Indices of the sentences that tell state agents harming someone."""
    sentences = ann.sentences
    harm_sentences = []
    withdrawn: bool | None = None  # the report tells a claim of harm withdrawn (asked once)
    for index, sentence in enumerate(sentences):
        kinds = ann.kinds(sentence)
        if not kinds - {"agent_victim"}:
            continue  # first: most sentences have no agency at all, and the tests below scan
        if sentence.start in aggregate_sentences and not (
            kinds & {"act", "passive"}
            and _has_day(ann, sentence)
            # (the day of another event, the killings those of the period: "hanged on Monday in
            # cases linked to the 2019-2020 protests, during which security forces killed 300")
            and not _DURING_WHICH.search(sentence.text)
        ):
            continue  # "police killed 400 people last year" is a total, not an incident
        if ann.statistic(sentence) or _SCOPE_OF_A_COUNT.search(sentence.text):
            continue
        if (
            index
            and _BARE_COUNT.match(sentence.text)
            and (
                sentences[index - 1].start in aggregate_sentences
                or ann.statistic(sentences[index - 1])
            )
            and not _has_day(ann, sentence)
        ):
            continue  # "Of the 11 people killed in police operations, ... Two were killed during ...": the tally goes on
        if _teaser_rail(sentence.text) or _dated_teaser_line(sentences, index):
            continue  # other stories' headlines run together: "... Sheriff says man shot by police"
        if lx.HABIT.search(sentence.text) and not _has_day(ann, sentence):
            continue  # "some detainees said guards beat them": a pattern, not a case
        if (
            _ONGOING.search(sentence.text)
            and not _has_day(ann, sentence)
            and not ann.counts(sentence)
        ):
            continue  # "civilians are still being killed in their homes": a pattern, not a case
        if _asked_whether(ann, sentence):
            continue  # "asked whether they had been subjected to violence": a question
        if _PLAYED_BY.search(sentence.text):
            continue  # "a nervous young soldier, played by newcomer X, opens fire": a film's role
        if _BACK_TO_A_CASE.match(sentence.text) and not _has_day(ann, sentence):
            continue  # "En el primer caso, el uso de armas ... constituye": a case told, judged
        if _DEFINITION.search(sentence.text) and not _has_day(ann, sentence):
            continue  # "An incident is classified as a police operation where officers killed": a rule
        if _ASKED_OR_QUOTED.search(sentence.text):
            continue  # "saying cops shot someone??", 'stop saying "cops shot someone"': no claim
        if withdrawn is None:
            withdrawn = _withdrawn_claim(ann)
        if withdrawn and _CLAIM_TOLD.search(_SOURCED_AT_END.sub("", sentence.text)):
            continue  # "we stated that Mr Ndifor had been shot dead by soldiers": the claim withdrawn
        if not kinds & {"act", "passive"} and _court_over_an_earlier_year(ann, sentence):
            continue  # "condenados ... pela morte de um jovem ... em 2021": a trial's news
        if not kinds & {"act", "passive"} and (
            "?" in sentence.text or _EXPLAINS.search(sentence.text)
        ):
            # '1. O que era o "auto de resistência"?', "entenda como o Brasil conta as mortes
            # causadas pela polícia": a question, or an explainer's promise, names no case
            continue
        if _generic_perfect(ann, sentence) or _generic_frame(ann, sentence):
            continue  # "the Taliban have detained and tortured critics": a record, not a case
        if _RELATIVES_OF_VICTIMS.search(sentence.text) and not ann.counts(sentence):
            continue  # "Nós, mães de pessoas mortas por agentes do Estado, escrevemos": who writes
        # the agents' answering fire, or a bare heading naming it ("Disparos de agentes" over a
        # month's figures): harm only with a toll told with it or after it
        needs_toll = _fire_only(ann, sentence) or _bare_heading(ann, sentence)
        if kinds & {"act", "passive"} and not needs_toll:
            harm_sentences.append(index)
            continue
        if "context" not in kinds and not needs_toll:
            continue
        if not kinds & {"act", "passive"} and (
            _COLLISION.search(sentence.text) or _force_denied(sentence.text)
        ):
            # "tras choque entre carro y patrulla": a patrol car in a crash; "no officers used
            # batons, tear gas or other means of coercion": force denied, no force
            continue
        if (
            not needs_toll
            and _PROPOSAL.search(sentence.text)
            and not harms_someone(
                without_denials(_NUMBER_OF_HARMED.sub(" ", _without_attack(ann, sentence)))
            )
        ):
            continue  # "la propuesta: que las unidades que intervienen en manifestaciones ...": a rule asked for, no operation told
        # the harm an operation (or the agents' fire) frames is told after it, but not harm by
        # an armed group or to the agents ("an attack on a military base that killed more than
        # 100 soldiers"), and not harm denied
        window = without_denials(
            " ".join(
                _NUMBER_OF_HARMED.sub(" ", _without_attack(ann, s))
                if not k
                else _without_agents_harmed(ann, s)
                for k, s in enumerate(_own_section(ann, index))
                if not k
                or not (
                    NON_STATE_NAMED.search(s.text)
                    or "agent_victim" in ann.kinds(s)
                    or _AGENT_TREATED.match(s.text)
                    or _OTHER_CAUSE.search(s.text)
                    or retracted(s.text)  # "En una primera versión se informó que abatieron"
                    # a measure of harm, no one harmed: "medir la represión por el número de heridos"
                    or ann.statistic(s)
                    or _NUMBER_OF_HARMED.search(s.text)
                )
            )
        )
        if needs_toll:
            # the ones already told hurt, named again ("The two wounded were flown to a
            # hospital"), are no toll of the answering fire
            window = _TOLD_BEFORE.sub(" ", window)
        if (
            harms_someone(window) or (needs_toll and _STRIKING.search(window))
        ) and not _SELF_HARM.search(window):
            harm_sentences.append(index)
    return harm_sentences


# an agent seen by a doctor after the clash: "O policial foi atendido no Hospital de Clínicas e
# liberado", "The officer was treated for a cut and released"
_AGENT_TREATED = re.compile(
    rf"\s*(?:the|an?|o|a|os|as|el|la|los|las|um|uma|un|una)\s+(?:[\w-]+\s+){{0,2}}?"
    rf"{lx.AGENT_NOUN.pattern}(?:\s+[\w-]+){{0,3}}?\s+(?:foi|foram|fue|fueron|was|were|is|are)\s+"
    r"(?:[\w-]+\s+)?(?:atendid|socorrid|medicad|hospitalizad|internad|treated|airlifted|"
    r"taken\s+to\s+(?:a\s+|the\s+)?hospital|trasladad[oa]s?\s+(?:a|al)\s+(?:un\s+)?(?:hospital|"
    r"centro)|levad[oa]s?\s+(?:a|ao|para)\s+(?:o\s+|um\s+)?hospital)",
    re.IGNORECASE,
)


def _own_section(ann: Annotation, index: int) -> list[Sentence]:
    """The sentence at ``index`` and the few after it in which an operation's harm may be told,
    up to the next section's heading: in a round-up the next item's "IPID REPORT: Deaths linked
    to police action" tells no harm of the crowd the police dispersed."""
    told = ann.sentences[index : index + _CONTEXT_REACH]
    for k, sentence in enumerate(told[1:], 1):
        # (the heading may run into its item's first line: "WATCHDOG REPORT: Deaths after
        # police action The watchdog said ...")
        if _capitals_line(ann, sentence) or (
            _starts_line(ann.text, sentence.start) and _ITEM_HEADING.match(sentence.text)
        ):
            return told[:k]
    return told


# a round-up item's heading: its place or its topic in capitals, then what it tells ("IPID
# REPORT: Deaths linked to police action", "TEMBISA — Off-duty officer killed")
_ITEM_HEADING = re.compile(r"\s*(?-i:[A-ZÁÉÍÓÚÂÊÔÃÕÇÑ][A-ZÁÉÍÓÚÂÊÔÃÕÇÑ'’ .()-]{2,40})\s*[:—–]\s")


def _court_over_an_earlier_year(ann: Annotation, sentence: Sentence) -> bool:
    """A court's or a prosecutor's step over a death of an earlier year, the harm named only as
    what the step is about: "foram condenados ... pela morte de um jovem ... em outubro de 2021",
    "ordenó instrucción formal contra dos agentes acusados de la muerte de un detenido ... en
    2021" (in a report of a later year). A round-up's item on a trial, not a case it tells."""
    published = ann.doc.published
    legal = _LEGAL.search(sentence.text) or _CHARGED_OVER.search(sentence.text)
    if not published or legal is None or not lx.DEATH.search(sentence.text, legal.start()):
        return False  # (a charge over a beating still tells the beating: "imputó tortura a ...")
    # (the step's own day may be this year's: "condenados na quarta-feira (20) ... em 2021";
    # the year may qualify the harm: "for the 2019 killing of a university student")
    later = [
        (hit.precision, hit.value[:4])
        for hit in ann.dates(sentence)
        if hit.value is not None and hit.start > legal.start()
    ]
    # A death the step dates to its own day of an earlier year is told as a case ("pela morte
    # do estudante Gabriel Moura, baleado durante uma abordagem ... em 12 de outubro de 2020");
    # one it dates by its year or month alone is the trial's background.
    if any(precision == "day" and year < published[:4] for precision, year in later):
        return False
    years = [year for _, year in later] + _YEAR_OF.findall(sentence.text, legal.start())
    return any(year.isdigit() and year < published[:4] for year in years)


_YEAR_OF = re.compile(
    r"\b(?:in|en|em|of|de|the|an?|del|do|da)\s+((?:19|20)\d\d)\b(?![.,]\d)", re.IGNORECASE
)


# the agents charged over a death, as a round-up tells it: "ordenó instrucción formal contra dos
# agentes ... acusados de la muerte de un detenido", "policiais acusados pela morte de"
_CHARGED_OVER = re.compile(
    r"\binstrucci[oó]n\s+formal\b|\b(?:acusad[oa]s?|indiciad[oa]s?|procesad[oa]s?)\s+"
    r"(?:de|por|pel[oa]s?)\s+(?:la\s+|el\s+|a\s+|o\s+)?(?:muertes?|mortes?|homic[ií]dios?|"
    r"asesinatos?|assassinatos?)\b|"
    # a case closed: "arquivou o inquérito sobre a morte de um homem", "archivó la causa"
    r"\b(?:arquiv(?:ou|aram|amento)|archiv(?:ó|aron|o)|sobrese(?:yó|yeron|imiento))\b|"
    # a measure against the accused: "impuso tres meses de prisión preventiva a tres agentes"
    r"\b(?:prisi[oó]n|pris[aã]o)\s+preventiva\b|\bmedidas?\s+de\s+coerci[oó]n\b",
    re.IGNORECASE,
)


# a part an actor plays: the harm in its sentence is a story's
_PLAYED_BY = re.compile(
    r"\b(?:played|portrayed)\s+by\b|\b(?:interpretad[oa]|encarnad[oa]|vivid[oa])\s+por\b",
    re.IGNORECASE,
)


# A report's definition of what it counts: "An incident is classified as a police operation
# where police acknowledge that officers killed the person", "se considera ejecución cuando"
_DEFINITION = re.compile(
    r"\b(?:is|are)\s+(?:classified|counted|recorded|defined|considered|coded|categori[sz]ed)\s+as\b"
    r"[^.;]{0,80}?\b(?:where|when|if|whenever)\b|"
    r"\b(?:se\s+)?(?:clasifica|considera|cuenta|define)n?\s+como\s+[^.;]{0,80}?\b(?:cuando|si)\b|"
    r"\b(?:[eé]|s[aã]o)\s+(?:classificad|considerad|contad|definid)[oa]s?\s+como\s+[^.;]{0,80}?"
    r"\b(?:quando|se)\b|"
    # a rule's ban: "The use of live ammunition in crowd management is prohibited by the National
    # Instruction", "el uso de armas letales está prohibido en manifestaciones"
    r"^(?:the\s+)?(?:use|el\s+uso|o\s+uso)\s+(?:of|de|d[oa])\s+[^.;]{1,80}?\s+(?:is|are|est[aá]n?|"
    r"es|[eé])\s+(?:\w+\s+)?(?:prohibited|forbidden|banned|prohibid[oa]s?|proibid[oa]s?|vedad[oa]s?)\b",
    re.IGNORECASE,
)
# A sentence whose subject is a bare number, a part of the tally before it: "Two were killed
# during what police described as attempts to escape", "Otros tres murieron en operativos"
_BARE_COUNT = re.compile(
    r"\s*(?:(?:the\s+)?other\s+|otr[oa]s\s+|outr[oa]s\s+)?(?:one|two|three|four|five|six|seven|"
    r"eight|nine|ten|\d+|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|dois|duas|tr[eê]s|"
    r"quatro|sete|oito|nove|dez)\s+(?:(?:of\s+them|others|more|de\s+ell[oa]s|del[ea]s|m[aá]s|"
    r"mais)\s+)?(?:were|was|died|fueron|murieron|foram|morreram)\b",
    re.IGNORECASE,
)
# A measure asked for or proposed: the operations it names are a kind, not one that happened
_PROPOSAL = re.compile(
    r"\b(?:propuestas?|propostas?|proposals?|propone[ns]?|prop[oõ]e[m]?|proposes|recomienda[n]?|"
    r"recomenda[m]?|recommends|proyecto\s+de\s+ley|projeto\s+de\s+lei|(?:the\s+)?bill\s+would|"
    r"la\s+ley\s+(?:obliga|prev[eé])|a\s+lei\s+(?:obriga|prev[eê])|"
    # a rule announced: "the use of live ammunition was strictly prohibited", "queda prohibido"
    r"(?:is|was|are|were|would\s+be|will\s+be)\s+[\"“]?(?:strictly\s+|absolutely\s+)?"
    r"(?:prohibited|forbidden|banned|not\s+allowed)|(?:est[aá]|queda|quedan|fica|ficam|"
    r"est[aã]o)\s+(?:terminantemente\s+|estrictamente\s+|expressamente\s+)?"
    r"(?:prohibid|proibid|vedad)[oa]s?)\b",
    re.IGNORECASE,
)
# Harm that goes on, told as a state of things: "are still being killed", "continue to be
# tortured", "siguen siendo asesinados", "continuam a ser mortos"
_ONGOING = re.compile(
    r"\b(?:are|is)\s+(?:still\s+|now\s+|routinely\s+|regularly\s+|increasingly\s+|often\s+)?"
    r"being\s+(?:killed|shot|beaten|tortured|wounded|injured|maimed|bombed|executed)\b|"
    r"\bcontinu(?:e|es|ing)\s+to\s+(?:be\s+)?(?:killed|kill|die|shot|shoot|beaten|beat|tortured|"
    r"torture)\b|\b(?:siguen|sigue|contin[uú]an|contin[uú]a)\s+(?:siendo\s+)?(?:asesinad|muriendo|"
    r"matando|torturad|golpead)\w*|\b(?:continuam|seguem)\s+(?:a\s+ser\s+|sendo\s+|a\s+)?"
    r"(?:mort|assassinad|morrendo|morrer|matando|matar|torturad|espancad)\w*",
    re.IGNORECASE,
)
# An open question: "asked whether they had been beaten", "investigar si los agentes
# dispararon", "apurar se os policiais atiraram"
_WHETHER = re.compile(
    r"\bwhether\b|\b(?:say|says|said|specify|specifies|state|states|know|knows|determine|"
    r"establish|disclose|discloses|reveal|reveals|give|gives|break\s+down)\s+how\s+many\b|"
    r"\b(?:dice|dijo|precisa|precis[oó]|especifica|sabe|saber|determinar|precisar|detalla)\s+"
    r"cu[aá]nt[oa]s\b|\b(?:diz|disse|especifica|sabe|saber|determinar|precisar|detalha)\s+"
    r"quant[oa]s\b|\b(?:asked|ask|asks|asking|know|determine|establish|ascertain|find\s+out|"
    r"investigate|examine|verify)\s+if\b|\b(?:pregunt[oó]|preguntaron|preguntar|saber|determinar|"
    r"establecer|averiguar|investigar|verificar|esclarecer)\s+si\b|\b(?:perguntou|perguntaram|"
    r"perguntar|saber|determinar|apurar|averiguar|investigar|verificar|esclarecer)\s+se\b",
    re.IGNORECASE,
)


def _asked_whether(ann: Annotation, sentence: Sentence) -> bool:
    """Every harm the sentence tells comes after an open question's "whether"."""
    whether = _WHETHER.search(sentence.text)
    if whether is None:
        return False
    at = sentence.start + whether.start()
    told = [a for a in ann.by_sentence.get(sentence.start, []) if a.kind != "agent_victim"]
    return bool(told) and all(a.start >= at for a in told)


_TOLD_BEFORE = re.compile(
    r"\b(?:the|los|las|os|as)\s+(?:\w+\s+)?(?:wounded|injured|dead|fatalities|casualties|"
    r"heridos|muertos|fallecidos|feridos|mortos)\b[^.;]*",
    re.IGNORECASE,
)


# The agents' answering fire hits no one by itself ("the soldiers returned fire", "deputies fired
# back"): harm only when a toll is told with it or after it, as for an operation.
_FIRE_ONLY = re.compile(r"returned\s+(?:the\s+)?fire|fired\s+back", re.IGNORECASE)
# the fire's toll in the clause after it: "returned fire, striking the suspect"
_STRIKING = re.compile(
    r"\b(?:striking|hitting|wounding|killing)\s+(?:him|her|them|the|a|an|one|two|three)\b",
    re.IGNORECASE,
)


def _fire_only(ann: Annotation, sentence: Sentence) -> bool:
    acts = [a for a in ann.by_sentence.get(sentence.start, []) if a.kind in ("act", "passive")]
    return bool(acts) and all(
        a.kind == "act" and _FIRE_ONLY.search(ann.text, a.start, a.end) for a in acts
    )


def _bare_heading(ann: Annotation, sentence: Sentence) -> bool:
    """A short line of its own with no end mark that tells no one harmed ("Disparos de
    agentes", "Police gunfire"): a section's name, not its case."""
    text = sentence.text.strip()
    return (
        0 < len(text) <= _BARE_HEADING
        and text[-1] not in '.!?"”:'
        and _starts_line(ann.text, sentence.start)
        and ann.text[sentence.end : sentence.end + 1] in ("\n", "")
        and not harms_someone(text)
    )


_BARE_HEADING = 60  # characters of a heading line


_DURING_WHICH = re.compile(
    r"\b(?:during|in|over)\s+which\b|\bdurante\s+(?:los|las|el|la|os|as|o|a)\s+(?:cuales|cual|quais|qual)\b",
    re.IGNORECASE,
)
# Harm as a measure, or the figures a body is to publish on it, no one harmed: "medir la
# represión por el número de heridos", "un registro ... con el número de personas heridas o
# fallecidas", "estatísticas sobre disparos, feridos e mortos" (not a toll rising: "Sobe para
# três o número de mortos")
_MEASURED_HARM = (
    r"(?:herid|muert|ferid|mort|lesionad|fallecid|dead|deaths|injur|wounded|killed|disparos)\w*"
)
_NUMBER_OF_HARMED = re.compile(
    r"(?:\b(?:por|pelo|by|con|com|with|sobre|on)\s+(?:el\s+|the\s+|o\s+)?(?:n[uú]mero|number)|"
    r"\b(?:estat[ií]sticas?|statistics|data|datos|dados|cifras))\s+"
    r"(?:de|of|on|sobre|d[oa]s?)\s+(?:the\s+|l[oa]s\s+|[oa]s\s+)?(?:personas\s+|pessoas\s+|people\s+)?"
    rf"{_MEASURED_HARM}(?:\s*(?:,|\bo\b|\bou\b|\bor\b|\by\b|\be\b|\band\b)\s*{_MEASURED_HARM})*",
    re.IGNORECASE,
)
_EXPLAINS = re.compile(
    r"\b(?:entenda|entienda|saiba|understand|learn|explained|explainer|explicamos|explicado)\b"
    r"[:,]?\s+(?:como|c[oó]mo|how|o\s+que|qu[eé]|what|why|por\s*qu[eé]|por\s+que)\b",
    re.IGNORECASE,
)
_SECTION_REACH = 12  # sentences of a case section read for its harm, its heading aside
_SECTION_HARM = 3  # of them, at most this many told as its harm


def _section_harm(
    ann: Annotation, harm_sentences: list[int], aggregate_sentences: set[int]
) -> list[int]:
    """The harm of cases a report tells under numbered headings ("4. Death in a National Guard
    post in Sakiet Ezzit – July 20", "II. AMADORA, CASAL DA BOBA — 19 DE JULHO"), in sections
    where no sentence says who did it: the agents the section names are the ones who harmed its
    victims ("four men were taken by soldiers ... beaten for hours ... died two days later"), as
    a reader of such a report takes them. Only in a report that tells agents' harm elsewhere,
    in a section that names a force and a date, and never harm by an armed group, to the agents,
    by the victim's own hand or of another cause. Each such sentence is added to the annotation
    as the section's agency (kind "section")."""
    sentences = ann.sentences
    text = ann.text
    headings = [
        i
        for i, sentence in enumerate(sentences)
        if _starts_line(text, sentence.start)
        and (
            _NUMBERED_HEADING.match(sentence.text)
            # a case's heading line, not prose that counts cases ("El primer caso ocurrió ..."),
            # even when its number's dot ends a sentence ("Caso 1. Pataz (La Libertad): ...")
            or (
                _CASE_HEADING.match(sentence.text)
                and (
                    _heading_line(text, sentence)
                    or _heading_line_from(text, sentence.start)
                    # run into its case's text: "Case 1 — Matariya police station, Cairo. Karim
                    # Abdel-Sattar, 34, ... died on 6 January 2023"
                    or len(sentence.text.split()) <= _RUN_IN_CASE_WORDS
                )
            )
        )
    ]
    if len(headings) < 2:  # sections on one town each ("TETE: QUATRO DIAS À PROCURA DE CELSO")
        headings = [i for i, s in enumerate(sentences) if i and _place_colon_heading(ann, s)]
    if len(headings) < 2:
        return []
    told = set(harm_sentences)
    found: list[int] = []
    for n, head in enumerate(headings):
        end = headings[n + 1] if n + 1 < len(headings) else len(sentences)
        body = range(head + 1, min(end, head + 1 + _SECTION_REACH))
        # the last section runs to the next heading-like line ("What this dossier leaves out")
        body = range(
            body.start, next((i for i in body if _heading_line(text, sentences[i])), body.stop)
        )
        if not body or told.intersection(range(head, end)):
            continue
        section = [sentences[head], *(sentences[i] for i in body)]
        if not any(names_force(s.text) for s in section):
            continue
        if not any(d.value for s in section for d in _dates_in(ann, s)):
            continue  # a case has its day or month; a list of recommendations has none
        if any(_AGENTS_NOT_INVOLVED.search(s.text) for s in section):
            continue  # "There is no indication that state agents were involved in the attack"
        hits = [
            i
            for i in body
            if i not in aggregate_sentences
            and "agent_victim" not in ann.kinds(sentences[i])
            and _section_harm_sentence(sentences[i].text, sentences[i - 1].text)
            and not _court_over_an_earlier_year(ann, sentences[i])
        ]
        for i in hits[:_SECTION_HARM]:
            sentence = sentences[i]
            ann.by_sentence.setdefault(sentence.start, []).append(
                Agency(sentence, "section", sentence.start, sentence.end)
            )
            found.append(i)
    return found


# A row of a table as the cleaner writes it ("| 11 Feb 2023 | Ikorodu | ... | Shot dead |"), its
# cells, and a header's cell that names the date ("Date", "Fecha de la muerte", "Data")
# a table's row: "| a | b | c |", or written without the outer bars, "1 | 14/04/2025 | Los Ríos | ..."
_TABLE_ROW = re.compile(r"^\|(?:[^|\n]*\|){2,}|^[^|\n]+(?:\|[^|\n]*){3,}$")
_TABLE_RULE = re.compile(r"^\|(?:\s*:?-{2,}:?\s*\|)+\s*$")
_DATE_HEADER = re.compile(r"^(?:dates?|fechas?|datas?|when|d[ií]a|dia)\b", re.IGNORECASE)
# columns of a table of events that count its dead or hurt, and that say who did it
_TOLL_HEADER = re.compile(
    r"^(?:fallecidos|muertos|killed|dead|deaths|fatalities|mortos|[oó]bitos|v[ií]timas\s+fatais|"
    r"heridos|lesionados|injured|wounded|feridos)\b",
    re.IGNORECASE,
)
_ACTOR_HEADER = re.compile(
    r"^(?:actor|agresor|autor|perpetrators?|agency|agencies|fuerza|forces?|responsables?|"
    r"who\s+(?:fired|shot)|quem\s+atirou)\b",
    re.IGNORECASE,
)
_TABLE_CAPTION_REACH = 3  # sentences before a table that may say whose harm it lists


def _table_harm(ann: Annotation, harm_sentences: list[int]) -> tuple[list[int], set[int]]:
    """The rows of a table of cases ("Date | Place | Name | Agency | Outcome"), each a case of
    its own when it tells harm ("Shot dead", "Died in custody") and the row, the header or the
    table's caption names the agents. Only in a table with a date column, of three rows or more
    (its header included); not a row that names an armed group or other attackers, or agents
    as its victims. Each such row is added to the annotation as its table's agency (kind "table").
    Also the caption lines just above such a table ("| Selected cases of ..."), no case of their
    own."""
    sentences = ann.sentences
    text = ann.text
    told = set(harm_sentences)
    found: list[int] = []
    captions: set[int] = set()
    i = 0
    while i < len(sentences):
        if not (_starts_line(text, sentences[i].start) and _TABLE_ROW.match(sentences[i].text)):
            i += 1
            continue
        first = i
        while i < len(sentences) and (
            _TABLE_ROW.match(sentences[i].text) or not _starts_line(text, sentences[i].start)
        ):
            i += 1  # a table's rows, and the sentences a cell runs on into
        lines = [k for k in range(first, i) if _starts_line(text, sentences[k].start)]
        # each line's text: its sentence and those its cells run on into, up to the next line
        line_text = {
            k: " ".join(s.text for s in sentences[k:end])
            for k, end in zip(lines, [*lines[1:], i], strict=True)
        }
        rows = [k for k in lines if not _TABLE_RULE.match(sentences[k].text)]
        if len(rows) < 3:
            continue
        header = _cells(sentences[rows[0]].text)
        if not any(_DATE_HEADER.match(cell) for cell in header):
            continue
        caption = " ".join(s.text for s in sentences[max(0, first - _TABLE_CAPTION_REACH) : first])
        caption_force = names_force(caption) or names_force(sentences[rows[0]].text)
        tolls = [n for n, cell in enumerate(header) if _TOLL_HEADER.match(cell)]
        actors = [n for n, cell in enumerate(header) if _ACTOR_HEADER.match(cell)]
        for k in rows[1:]:
            row = line_text[k]
            if k in told or "agent_victim" in ann.kinds(sentences[k]):
                continue
            if not (caption_force or names_force(row)):
                continue
            if not (_section_harm_sentence(row, "") or _tolled_by_agents(row, tolls, actors)):
                continue
            sentence = sentences[k]
            ann.by_sentence.setdefault(sentence.start, []).append(
                Agency(sentence, "table", sentence.start, sentence.end)
            )
            found.append(k)
        if found and found[-1] >= first:
            captions.update(
                k
                for k in range(max(0, first - _TABLE_CAPTION_REACH), first)
                if sentences[k].text.lstrip().startswith("|")
            )
    return found, captions


def _cells(row: str) -> list[str]:
    """A table row's cells, with or without its outer bars."""
    return [c.strip() for c in row.strip().strip("|").split("|")]


def _tolled_by_agents(row: str, tolls: list[int], actors: list[int]) -> bool:
    """A table's row whose column of the dead or hurt counts someone and whose column of who
    did it names the agents: "1 | 14/04/2025 | ... | Fuerzas Armadas (Ejército) | 3 | 1 | ..."."""
    if not tolls or not actors:
        return False
    cells = _cells(row)
    counted = any(n < len(cells) and re.match(r"[1-9]\d*\b", cells[n]) is not None for n in tolls)
    return counted and any(n < len(cells) and names_force(cells[n]) for n in actors)


def _section_harm_sentence(sentence: str, before: str) -> bool:
    return bool(
        harms_someone(without_denials(sentence))
        and not _SELF_HARM.search(sentence)
        and not _OTHER_CAUSE.search(sentence)
        and not lx.STATISTIC.search(sentence)
        and not NON_STATE_NAMED.search(_ANTI_GROUP.sub(" ", before + " " + sentence))
        and not _OTHER_ATTACKERS.search(before + " " + sentence)
        and not BY_INMATES.search(before + " " + sentence)
        and not _NOT_ALL_BY_AGENTS.search(before)
        # a section's totals, rules and deaths told before: "contabiliza desde 2021 diecinueve
        # personas fallecidas", "cada muerte es materia de investigación", "Esas muertes no ..."
        and not _SINCE_A_YEAR.search(sentence)
        and not _EVERY_DEATH.search(sentence)
        # the tally before it goes on ("Two were killed during ..."), or a question left open
        # ("did not say how many deaths, or which")
        and not (_BARE_COUNT.match(sentence) and lx.STATISTIC.search(before))
        and not _WHETHER.search(sentence)
        and not _HOW_MANY.search(sentence)
    )


# a section's own word that the agents had no part in its harm: "There is no indication that
# state agents were involved in the attack itself", "no hay indicios de participación policial",
# "não há indícios de participação de agentes"
_AGENTS_NOT_INVOLVED = re.compile(
    r"\b(?:no|not\s+any)\s+(?:indication|evidence|sign)\s+(?:that\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:agents|officers|police|soldiers|troops|forces|the\s+state)\s+(?:were|was|had\s+been)\s+"
    r"involved\b|\bno\s+hay\s+indicios\s+de\s+(?:que\s+|la\s+)?(?:participaci[oó]n|"
    r"intervenci[oó]n)\s+(?:de\s+)?(?:agentes|policial|militar|del\s+Estado)|\bn[aã]o\s+h[aá]\s+"
    r"ind[ií]cios\s+de\s+(?:participa[cç][aã]o|envolvimento)\s+(?:de\s+)?(?:agentes|policiais|"
    r"militares|do\s+Estado)",
    re.IGNORECASE,
)
_HOW_MANY = re.compile(r"\bhow\s+many\b|\bcu[aá]nt[oa]s\b|\bquant[oa]s\b", re.IGNORECASE)


# a unit named for the groups it fights ("la Dirección Policial Anti Maras y Pandillas", "the
# anti-gang unit"): its name tells no armed group at the scene
_ANTI_GROUP = re.compile(
    r"\banti[- ]?(?:maras|pandillas|gangs?|gangues?|fac[cç][oõ]es|narc[oó]ticos|narcotics)"
    r"(?:\s+(?:y|e|and)\s+(?:maras|pandillas|gangs?|gangues?|fac[cç][oõ]es))?\b",
    re.IGNORECASE,
)
_SINCE_A_YEAR = re.compile(
    r"\b(?:desde|since|between|entre)\s+(?:(?:el|o)\s+)?(?:19|20)\d\d\b", re.I
)
_EVERY_DEATH = re.compile(
    r"\b(?:cada|each|every|todas\s+las|todas\s+as|all\s+the|all|no\s+todas|not\s+all|nem\s+todas|"
    # (or deaths told before, pointed at: "Esas muertes no forman parte de esta crónica")
    r"qualquer|cualquier|esas|estas|essas|those|these)\s+(?:\w+\s+){0,2}?(?:muertes?|deaths?|"
    r"mortes?|killings?)\b",
    re.IGNORECASE,
)


# Others who may have done the harm a section tells (vocab [people] other_attackers): then its
# agents are no more than named.
_OTHER_ATTACKERS = re.compile(
    rf"\b{vocab.alternation(vocab.words('other_attackers'))}\b", re.IGNORECASE
)


# The heading of a section that tells events the report leaves out of its count ("Otros hechos
# del mes (no contabilizados)", "What I am not including, and why", "Fora da nossa contagem")
_EXCLUDED_HEADING = re.compile(
    r"\b(?:no|not|n[aã]o|fora\s+d[ae])\s+(?:\w+\s+){0,2}?(?:contabilizad[oa]s|incluid[oa]s|"
    r"inclu[ií]d[oa]s|inclu(?:ded|ding)|counted|contad[oa]s)\b|\b(?:outside|fuera\s+de|fora\s+d[ae])\s+"
    r"(?:our|nuestro|nosso|a\s+nossa|la|el|o|a)\s+(?:count|conteo|registro|contagem|recuento)\b",
    re.IGNORECASE,
)


def _heading_line(text: str, sentence: Sentence) -> bool:
    """A short line of its own without a sentence's end: a section heading."""
    return (
        len(sentence.text) <= _HEADING_LINE
        and _starts_line(text, sentence.start)
        and _ends_line(text, sentence.end)
        and not sentence.text.rstrip().endswith((".", "!", "?", '"', "”", "»", ":"))
    )


_HEADING_LINE = 70


def _heading_line_from(text: str, start: int) -> bool:
    """The line that begins at ``start`` is short and ends no sentence: a heading."""
    end = text.find("\n", start)
    line = text[start : end if end >= 0 else len(text)].rstrip()
    return len(line) <= _HEADING_LINE + 50 and not line.endswith((".", "!", "?", '"', "”", "»"))


# A rail of other stories' headlines that a page dump ran into one "sentence": many capitalised
# words right after a word that ends no phrase ("flood stage in Portage by Wednesday Watchdog group
# calls ..."). Prose has a few (proper nouns come after "in", "the", "said"); a rail has dozens.
_HEADLINE_SEAM = re.compile(r"\b([a-záéíóúãõç][\w'’-]+) ([A-ZÁÉÍÓÚ][a-záéíóúãõç]+)")
_RAIL_SEAMS = 8  # seams that make a rail: prose sentences here have at most 6, rails 9 to 40
_RAIL_LENGTH = 300


# a teaser's line that ends on its story's day: "Man shot dead by cops in May Pen identified
# (October 2)", "Militares detidos em Bissau (12/03)"
_DATED_TEASER = re.compile(
    r"\((?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+(?:de\s+)?[A-Za-z][a-z]{2,8}|"
    r"\d{1,2}[/.]\d{1,2}(?:[/.]\d{2,4})?)(?:,?\s+\d{4})?\)(?:[ \t]*(?:\n|$)|\s+(?=[A-Z]))"
)


def _dated_teaser_line(sentences: list[Sentence], index: int) -> bool:
    """A line of a list of other stories, each ending on its day, beside another such line:
    "- Colômbia: Defensoría ... registra morte de dois camponeses em ação do Exército (17/01)"."""

    def dated(k: int) -> bool:
        return (
            0 <= k < len(sentences)
            and bool(_DATED_TEASER.search(sentences[k].text.rstrip()))
            # (not a case's heading with its day: "Caso 1 - Passagem São Benedito (28/04/2024)")
            and not _CASE_HEADING.match(sentences[k].text)
        )

    return dated(index) and (dated(index - 1) or dated(index + 1))


def _teaser_rail(text: str) -> bool:
    if len(_DATED_TEASER.findall(text)) >= 2:
        return True  # two lines or more of headlines, each with its story's day
    if len(text) < _RAIL_LENGTH:
        return False
    function = stop_words()
    seams = (m for m in _HEADLINE_SEAM.finditer(text) if m.group(1) not in function)
    return sum(1 for _ in itertools.islice(seams, _RAIL_SEAMS)) >= _RAIL_SEAMS


# What a count or a list takes in, no case: "It includes people killed by on-duty officers",
# "el registro incluye a las personas muertas por agentes", "a lista abrange as mortes por"
_SCOPE_OF_A_COUNT = re.compile(
    r"\b(?:it|they|this|the\s+(?:count|tally|figure|figures|total|list|database|data|dataset|"
    r"archive|register|toll|report)|el\s+(?:registro|recuento|conteo|archivo|informe|listado)|"
    r"la\s+(?:lista|cifra|base)|o\s+(?:levantamento|registro|relat[oó]rio|balan[cç]o)|"
    r"a\s+(?:lista|base|contagem))\s+(?:only\s+|also\s+|solo\s+|s[oó]\s+|tamb[ié]m\s+|tambi[eé]n\s+)?"
    r"(?:includes?|covers?|counts?|comprises?|excludes?|incluye|abarca|contabiliza|excluye|"
    r"inclui|abrange|exclui)\s+(?:all\s+|only\s+|a\s+)?(?:las\s+|los\s+|as\s+|os\s+|todas\s+|"
    r"todos\s+)?(?:people|persons|those|deaths|cases|anyone|victims|killings|personas|muertes|"
    r"casos|v[ií]ctimas|pessoas|mortes)\b",
    re.IGNORECASE,
)
_CONTEXT_REACH = 4  # sentences after an operation or clash in which its harm may be told
# A death of another cause after an operation: "two protesters later died in a road accident".
_OTHER_CAUSE = re.compile(
    r"\b(?:died|dies|killed|death)\s+(?:\w+\s+){0,2}?(?:of|from|in)\s+(?:an?\s+)?(?:road|traffic|"
    r"car|bus|plane|boat)\s+(?:accident|crash)|\b(?:died|dies|death)\s+(?:\w+\s+)?(?:of|from)\s+"
    r"(?:cancer|illness|disease|natural\s+causes|hunger|thirst|starvation|malnutrition|"
    r"dehydration|covid|cholera|heart)|"
    # es/pt: "murió atropellado por un camión", "falleció de un infarto", "morreu de infarto"
    r"\b(?:muri[oó]|falleci[oó]|morreu|faleceu)\s+(?:\w+\s+)?(?:de\s+(?:un\s+|um\s+)?(?:infarto|"
    r"paro\s+card[ií]aco|ataque\s+card[ií]aco|c[aá]ncer|enfermedad|doen[cç]a)|"
    r"atropel+ad[oa]\s+por\s+(?:un|una|um|uma)\s+(?:cami[oó]n|caminh[aã]o|auto|carro|coche|bus|"
    r"[oô]nibus|moto|motocicleta|veh[ií]culo|ve[ií]culo|tr[aá]iler|volqueta))|"
    r"\b(?:run|ran)\s+over\s+by\s+an?\s+(?:truck|lorry|car|bus|van|vehicle|motorbike|train)\b|"
    # an illness told after the death: "falleció el 14 de febrero en el calabozo ... por
    # complicaciones de tuberculosis", "died in custody of complications from pneumonia"
    r"\b(?:died|muri[oó]|falleci[oó]|morreu|faleceu)\b[^.;]{0,100}?\b(?:por|de|from|of)\s+"
    r"(?:(?:complicaciones|complica[cç][oõ]es|complications)\s+(?:de|d[ao]|of|from)\s+(?:una?\s+)?)?"
    rf"(?:{lx.ILLNESS})\b",
    re.IGNORECASE,
)
# Force said not used: "no officers used batons", "police did not fire", "a PM não usou balas de
# borracha", "los agentes no dispararon"
_FORCE_DENIED = re.compile(
    r"\b(?:no\s+(?:officers?|police(?:men|women)?|agents?|soldiers?|troops|gendarmes)|"
    r"(?:police|officers|agents|soldiers|troops|gendarmes)\s+(?:did\s+not|didn't|never))\s+"
    r"(?:use[ds]?|fire[ds]?|charge[ds]?|shot|shoot)\b|"
    r"\bneither\s+[^.;]{1,40}?\s+nor\s+[^.;]{1,40}?\s+(?:was|were)\s+(?:used|fired)\b|"
    r"\bn[aã]o\s+(?:usou|usaram|utilizou|utilizaram|disparou|dispararam|houve\s+disparos)\b|"
    r"\bno\s+(?:us[oó]|usaron|utiliz[oó]|utilizaron|dispar[oó]|dispararon|hubo\s+disparos)\b",
    re.IGNORECASE,
)
_BUT = re.compile(r"\b(?:but|pero|sino|mas|por[eé]m|however|instead)\b", re.IGNORECASE)


def _force_denied(text: str) -> bool:
    """Force said not used, and no other force told after a "but" ("police did not use live
    ammunition, but officers ... charged crowds")."""
    denied = _FORCE_DENIED.search(text)
    return denied is not None and not _BUT.search(text, denied.end())


# A road crash, a patrol car one of the vehicles: no force used ("Conductor fallece tras choque
# entre carro y patrulla", "a collision between a bus and a police truck", "acidente de trânsito")
_COLLISION = re.compile(
    r"\b(?:(?:choque|colisi[oó]n|colis[aã]o|batida|crash|collision|collided)\s+(?:\w+\s+){0,3}?"
    r"(?:entre|con|de|with|between|com|into)\s+(?:\w+\s+){0,4}?(?:carro|auto|autom[oó]vil|"
    r"veh[ií]culo|ve[ií]culo|cami[oó]n|caminh[aã]o|moto|motocicleta|bus|buseta|[oô]nibus|car|truck|"
    r"vehicle|van|motorcycle|lorry|minibus)\b|accidente\s+de\s+tr[aá](?:nsito|fico)|"
    r"acidente\s+de\s+tr[aâ]nsito|(?:traffic|road)\s+(?:accident|crash))",
    re.IGNORECASE,
)
# "No todas las muertes del paro fueron a manos de agentes", "Not all of the deaths were at the
# hands of the police": the harm told right after is the others'
_NOT_ALL_BY_AGENTS = re.compile(
    r"\b(?:no\s+todas|not\s+all|nem\s+todas)\s+(?:(?:las|the|as|of\s+the)\s+)?(?:\w+\s+){0,6}?"
    r"(?:fueron|were|foram)\s+(?:a\s+manos\s+de|at\s+the\s+hands\s+of|by|causad[oa]s\s+por|"
    r"caused\s+by|pelas?|pelos?)\b",
    re.IGNORECASE,
)

# Harm told in the present perfect: "the Taliban have detained and tortured protesters", "far too
# many civilians have been killed by its forces". Without a date or a count of its own such a
# sentence sums up a record, it tells no case.
_PERFECT_WORD = re.compile(r"\b(?:have|has)\b", re.IGNORECASE)
_PERFECT_HARM = re.compile(
    r"\b(?:have|has)\s+(?:(?:also|been|repeatedly|reportedly|allegedly|long|frequently|"
    r"routinely|systematically|often|severely|brutally)\s+){0,3}(?:[a-z]+ed\s+and\s+)?"
    r"(?:killed|shot|beaten|beat|tortured|injured|wounded|attacked|abused|executed|raped|"
    r"assaulted|maimed|struck|hit|shelled|bombed)\b|"
    # "government forces have used explosive weapons in populated areas, killing and injuring
    # civilians": a practice and its outcome, told in the perfect
    r"\b(?:have|has)\s+(?:\w+\s+){0,2}?(?:used|fired|deployed|dropped|launched)\s+[^.;,]{0,80},\s+"
    r"(?:killing|injuring|wounding|maiming)\b|"
    # "Russian forces ... have continued to detain civilians, subject them to torture": a practice
    r"\b(?:have|has)\s+(?:continued|kept\s+on|persisted\s+in)\s+(?:to\s+)?(?:\w+\s+)?(?:kill|shoot|beat|"
    r"tortur|detain|abus|attack|arrest|disappear)\w*",
    re.IGNORECASE,
)


# Harm framed as a call for justice or as a period's ("should investigate the killing of
# protesters by security forces", "throughout the year, soldiers killed civilians", "thousands
# were killed by the army during the civil war"): without a day or a count of its own, no case.
_FRAME_WORD = re.compile(
    r"\b(?:should|must|urge|urged|urging|call|calls|called|demand|demanded|accountab|justice|"
    r"prosecut|investigat|throughout|during|since|recent|past|years|decades|campaign|war|"
    r"numerous|countless|one\s+of|unpunished|impunity|(?:19|20)\d\d\s+(?:and|to|through|until|-|–)\s+"
    r"(?:19|20)\d\d)",
    re.IGNORECASE,
)
_GENERIC_FRAME = re.compile(
    r"\b(?:should|must)\s+(?:\w+\s+){0,3}?(?:investigat\w*|prosecut\w*|hold|end|stop|"
    # "were called on a report", "had been called for a fight": agents dispatched, no demand
    r"account)|\b(?:urg(?:e|ed|ing)|(?<!was\s)(?<!were\s)(?<!been\s)(?<!being\s)(?<!be\s)"
    r"call(?:s|ed)?\s+(?:on\b|for\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?(?:investigat|inquir|probe|"
    r"justice|accountab|prosecut|end\b|halt|stop|release|independent|impartial|thorough|"
    r"inquest|sanction|reform|answers|redress)\w*)|"
    # a demand for justice, not the agents' demands ("ignored their demands to drop the knife")
    r"demand(?:s|ed)?\s+(?:that|justice|accountability|answers|an?\s+(?:\w+\s+)?(?:investigation|"
    r"inquiry|probe|end)|the\s+(?:release|prosecution|end|arrest)))\b|"
    r"\baccountability\s+for|\bjustice\s+for\b|"
    # "families of people killed by police during the 2019 protests are still waiting for justice"
    r"\b(?:waiting|wait|waited|seeking|seek|sought|struggle|struggling|fight|fighting)\s+for\s+"
    r"(?:justice|accountability|answers|the\s+truth)\b|"
    r"\bthroughout\s+the\s+(?:year|country|region|conflict|war)|"
    r"\bduring\s+the\s+(?:\w+\s+)?(?:war|conflict|insurgency|occupation|dictatorship|era|years)\b|"
    r"\bsince\s+the\s+(?:coup|war|conflict|takeover|invasion)\b|"
    r"\b(?:in|over)\s+(?:recent|the\s+past|the\s+last)\s+(?:\w+\s+)?(?:years|decades|months)\b|"
    r"\bfor\s+(?:years|decades)\b|\b(?:military|army|counterinsurgency)\s+campaign\b|"
    # "since 2015, the coalition has conducted numerous unlawful airstrikes", "the attack was
    # one of many in which", "the killings ... remain unpunished"
    r"\bsince\s+(?:19|20)\d\d\b|"
    # many cases, not many of something in one ("after numerous commands to drop the gun")
    r"\b(?:numerous|countless)\s+(?:[\w-]+\s+)?(?:killings|deaths|cases|incidents|attacks|"
    r"(?:air)?strikes|raids|operations|abuses|violations|executions|victims|people|civilians|"
    r"protesters|detainees|prisoners|occasions|instances)\b|"
    r"\bone\s+of\s+(?:the\s+)?(?:many|several|numerous|hundreds|dozens|scores)\b|"
    r"\bunpunished\b|\bimpunity\b|"
    # a span of years: "while repressing protests in 2022 and 2023", "between 2019 and 2021"
    r"\b(?:in|during|between|from)\s+(?:19|20)\d\d\s+(?:and|to|through|until|-|–)\s+(?:19|20)\d\d\b",
    re.IGNORECASE,
)


def _generic_frame(ann: Annotation, sentence: Sentence) -> bool:
    text = sentence.text
    return (
        ann.lang == "en"
        and _FRAME_WORD.search(text) is not None
        and _GENERIC_FRAME.search(text) is not None
        and not _has_day(ann, sentence)
        and not any(d.precision == "month" for d in _dates_in(ann, sentence))
        and (not ann.counts(sentence) or _VAGUE_TOLL.search(text) is not None)
    )


# "hundreds of civilians", "thousands of people": a toll too vague to be one case's count
_VAGUE_TOLL = re.compile(
    r"\b(?:hundreds|thousands|dozens|scores|countless|many)\s+(?:of\s+)?(?:\w+\s+)?"
    r"(?:people|civilians|protesters|demonstrators|villagers|residents|detainees|prisoners|"
    r"men|women|children|migrants|refugees|Palestinians|Rohingya)\b",
    re.IGNORECASE,
)


# The relatives of a kind of victim, no one counted: "mães ... de pessoas mortas e feridas por
# agentes do Estado", "families of people killed by the police", "madres de jóvenes asesinados"
_RELATIVES_OF_VICTIMS = re.compile(
    r"\b(?:m[aã]es|madres|mothers|familiares|fam[ií]lias|families|familias|parentes|relatives|"
    r"parientes|vi[uú]vas|widows),?\s+(?:[\w,]+\s+){0,8}?(?:de|d[ao]s?|of)\s+(?:las\s+|los\s+|as\s+|"
    r"os\s+|the\s+)?(?:pessoas|personas|people|jovens|j[oó]venes|v[ií]timas|victims|those|hombres|"
    r"homens|men|youths)\s+(?:\w+\s+)?(?:mort[oa]s|muert[oa]s|assassinad[oa]s|asesinad[oa]s|killed|"
    r"slain|ferid[oa]s|herid[oa]s)\b",
    re.IGNORECASE,
)


def _generic_perfect(ann: Annotation, sentence: Sentence) -> bool:
    return (
        ann.lang == "en"
        and _PERFECT_WORD.search(sentence.text) is not None
        and _PERFECT_HARM.search(sentence.text) is not None
        # (a dateline's day and "said today" date the release, not a case)
        and not _usable_dates(ann, sentence)
        and not ann.counts(sentence)
        # news told in the perfect, with the attack's outcome: "the army has attacked a camp
        # across the border, shelling it and killing many fighters"
        and not _PERFECT_OUTCOME.search(sentence.text)
    )


_PERFECT_OUTCOME = re.compile(
    r"\b(?:have|has)\s+(?:\w+\s+)?[a-z]+ed\s+(?:a|an|the)\s[^.;:]{0,160}?,[^.;:]{0,120}?"
    r"\b(?:killing|wounding|injuring|leaving)\b",
    re.IGNORECASE,
)


def _without_agents_harmed(ann: Annotation, sentence: Sentence) -> str:
    """The sentence with the agents' own harm blanked out: "dois policiais ficaram feridos ...
    após troca de tiros" tells no one harmed by them."""
    text = sentence.text
    for agency in ann.by_sentence.get(sentence.start, []):
        lo, hi = agency.start - sentence.start, agency.end - sentence.start
        # "a operação da Polícia Militar ... foram mortos": the force names the operation
        if agency.kind == "agent_victim" and not _OF_FORCE.search(text[max(0, lo - 24) : lo]):
            text = text[:lo] + " " * (hi - lo) + text[hi:]
    return text


def _without_attack(ann: Annotation, sentence: Sentence) -> str:
    """The sentence with an attack told before its toll blanked out: in "Russian aircraft struck
    a market" nobody is hurt yet (the toll must be told)."""
    text = _without_agents_harmed(ann, sentence)
    for match in ATTACK_TOLD_BEFORE.finditer(text):
        text = text[: match.start()] + " " * (match.end() - match.start()) + text[match.end() :]
    return text


_OF_FORCE = re.compile(
    r"\b(?:da|do|das|dos|de|del|de\s+la|de\s+los|of\s+the|of)\s+(?:(?-i:[A-ZÁÉÍÓÚ])\w*\s+)?$",
    re.IGNORECASE,
)


# A page about fiction: its format named in the title or the lede ("resumo da novela", "season 2,
# episode 6 recap", "resumen del capítulo"), and its people named as characters and cast.
_FICTION_FORMAT = re.compile(
    r"\b(?:tele)?novelas?\b|\bsoap\s+opera|\bTV\s+(?:drama|series)|\bs[eé]ries?\s+(?:policial|"
    r"de\s+(?:televisi[oó]n|televis[aã]o|tv))|\bepis[oó]d(?:e|io)s?\s+\d|\bseason\s+\d|"
    r"\btemporada\s+\d|\brecap\b|\bresum(?:o|en)\s+(?:semanal\s+)?(?:d[aoe]l?|de\s+la)\s+"
    r"(?:novela|cap[ií]tulo|serie|s[eé]rie|episodio|epis[oó]dio)",
    re.IGNORECASE,
)
_FICTION_CAST = re.compile(
    r"\b(?:personage(?:m|ns)|personajes?|characters?|atriz|atores|ator|actor(?:es)?|actress|"
    r"elenco|cast\s+(?:member|of)|interpretad[oa]\s+por|vivid[oa]\s+por|played\s+by|"
    r"protagonista|protagonist|showrunner|roteirista|guionista|screenwriter|telespectadores|"
    r"televidentes|viewers|reparto|elenco|guion|gui[oó]n|trama|plot|enredo|screenplay|"
    r"directora?|director|diretora?|realizador[a]?|filmmaker)\b",
    re.IGNORECASE,
)
_FICTION_LEDE = 600  # characters of the text where a fiction's format is named, if not the title
# a film's review: the format up front, and the story said to be invented ("un pueblo inventado",
# "la historia es pura ficción", "a fictional border town"), as a film about a real case is not
_FILM_FORMAT = re.compile(
    r"\b(?:pel[ií]culas?|filmes?|films?|movies?|cortometraje|curta-metragem|feature)\b",
    re.IGNORECASE,
)
_INVENTED = re.compile(
    r"\b(?:ficci[oó]n|fic[cç][aã]o|fiction(?:al)?|ficticio|fict[ií]ci[oa]|inventad[oa]|invented|"
    r"imaginary|imaginari[oa]|imagin[aá]ri[oa])\b",
    re.IGNORECASE,
)


def _fiction(title: str, text: str) -> bool:
    """A summary of a series or a novela, or a film's review: its format named up front, its
    cast in the text."""
    if not _FICTION_FORMAT.search(title) and not _FICTION_FORMAT.search(text, 0, _FICTION_LEDE):
        film = _FILM_FORMAT.search(title) or _FILM_FORMAT.search(text, 0, _FICTION_LEDE)
        if film is None or not _INVENTED.search(text):
            return False
    return len({m.group().lower() for m in _FICTION_CAST.finditer(text)}) >= 2


def _relevance(ann: Annotation, harm_sentences: list[int], aggregates: list[Mention]) -> Relevance:
    doc, sentences = ann.doc, ann.sentences
    if not harm_sentences:
        victims = [a for a in ann.agency if a.kind == "agent_victim"]
        if victims:
            reason = "agents were harmed, but no one harmed by agents is described"
        elif aggregates:
            reason = "only totals over a period or an area, no specific incident"
        else:
            reason = "no sentence describes state agents killing or injuring anyone"
        return Relevance(relevant=False, score=0.1 if victims or aggregates else 0.0, reason=reason)
    if _fiction(doc.title or "", doc.text):
        reason = "a summary of fiction (a series, a novela, an episode), not a report of events"
        return Relevance(relevant=False, score=0.05, reason=reason)
    kinds = set().union(*(ann.kinds(sentences[i]) for i in harm_sentences))
    # Sentences that say someone was killed or hurt first: they are the evidence a reader wants.
    stating = sorted(harm_sentences, key=lambda i: (not harms_someone(sentences[i].text), i))
    evidence = [doc.span(sentences[i].start, sentences[i].end) for i in stating[:3]]
    if kinds & {"act", "passive"}:
        score, reason = 0.9, "state agents are the agents of a killing or an injury"
    else:
        score, reason = 0.75, "a killing or injury during an operation or clash with state agents"
    return Relevance(relevant=True, score=score, reason=reason, evidence=evidence)


def _group(ann: Annotation, harm_sentences: list[int]) -> list[_Incident]:
    """Harm sentences into incidents: a new one where the report says so ("in a separate
    incident", a case heading, a section named for an abuse and a place), or where a new
    paragraph tells harm on another day."""
    sentences = ann.sentences
    # A section of its own (a new item of a news round-up: "CAPIATÁ — Mujer asesinada", a case
    # heading) ends the incident before it: nothing leaks across. ``topics``: the sections named
    # for an abuse and a place, which also begin an incident.
    breaks: list[int] = []
    topics: set[int] = set()
    regions: list[int] = []  # a round-up's sections on one country or division each
    dated: list[int] = []  # sections headed by a place and a day ("Dhaka: Jatrabari, August 11")
    numbered = [
        i
        for i, sentence in enumerate(sentences)
        if _starts_line(ann.text, sentence.start) and _NUMBERED_HEADING.match(sentence.text)
    ]
    if len(numbered) >= 2:
        topics.update(numbered)
        breaks.extend(numbered)
        # a numbered heading with its day ("1. Batibo, Momo division (North-West) – Thursday 4
        # September") heads a dated case, as a place and a day on their line do
        dated.extend(
            i for i in numbered if any(h.precision == "day" for h in ann.dates(sentences[i]))
        )
    # sections headed by their place alone ("Damadola, Bajaur", "Tirah valley, Khyber district"):
    # with two of them or more in the report, each ends the case before it
    placed = [i for i, sentence in enumerate(sentences) if i and _place_heading(ann, sentence)]
    between = False  # one place-and-colon heading between cases: the one before it the lede's
    if len(placed) < 2:
        placed = [i for i, s in enumerate(sentences) if i and _place_colon_heading(ann, s)]
        # ("QUILICHAO: PERDIGONES EN EL PUENTE" after Popayán's dead)
        # (a town's, not a country's: "BRASIL: ESPECIALISTAS DA ONU ALARMADOS" is a release's
        # headline)
        between = (
            len(placed) == 1
            and min(harm_sentences) < placed[0] < max(harm_sentences)
            and not _country_colon(sentences[placed[0]].text)
        )
    if len(placed) < 2 and not between:
        placed = [i for i, s in enumerate(sentences) if i and _run_in_place_heading(ann, s)]
    if len(placed) >= 2 or between:
        topics.update(placed)
        breaks.extend(placed)
        # a place heading with its day ("N'Djamena: Chagoua, February 20") heads a dated case,
        # as a place and a day on their line do
        dated.extend(
            i for i in placed if any(h.precision == "day" for h in ann.dates(sentences[i]))
        )
    # a round-up's short headings in capitals, each a line of its own ("LOS MINA.", "SANTIAGO.",
    # "EN LOS TRIBUNALES."): with two of them or more, each ends the item before it
    # (one alone, after a case, heads the next item: the page's first was taken for its title)
    # Only after a case told in prose: a headline's case ("Colectivo denuncia que militares
    # dispararon ...") goes on under the statement's own headings ("PRONUNCIAMIENTO PÚBLICO").
    capital_lines = [i for i, s in enumerate(sentences) if i and _capitals_line(ann, s)]
    if len(capital_lines) >= 2 or (
        len(capital_lines) == 1 and min(harm_sentences) < capital_lines[0]
    ):
        prose = [i for i in harm_sentences if _PROSE_END.search(sentences[i].text)]
        breaks.extend(i for i in capital_lines if prose and prose[0] < i)
    # a questions-and-answers page: the questions that name a day or a place ("¿Qué pasó en la
    # marcha del jueves 30 de abril?", "¿Y qué pasó en Ercilla?") each open a case
    asked = [i for i, sentence in enumerate(sentences) if i and _case_question(ann, sentence)]
    if len(asked) >= 2:
        topics.update(asked)
        breaks.extend(asked)
    # a heading in capitals ("KILLING OF MR. DENNIS KIOKO IN MIHANGO WARD") opens a case only
    # beside another: one alone is the story's headline
    capitals = [
        i
        for i, sentence in enumerate(sentences)
        if sentence.text.isupper()
        and _starts_line(ann.text, sentence.start)
        and _TOPIC_HEADING.match(sentence.text)
    ]
    for i, sentence in enumerate(sentences):
        if i in topics:
            continue
        if i and _bare_day(ann, sentence) and not _release_day(ann, i):
            # an entry's day on its own ("Ríos, Néstor. 35 años. 21/10/2023. Posadas."): the
            # record it heads is a case of its own
            topics.add(i)
            breaks.append(i)
            continue
        if not i or not _starts_line(ann.text, sentence.start):
            continue
        # a case heading ("Caso 3 — Timon, 2 de setembro de 2024") and a place and a day on a
        # line of their own ("Matola, 13 de novembro") open a section that is a case of its own
        dated_heading = _place_and_day_heading(ann, sentence) and not _release_day(ann, i)
        if dated_heading:
            dated.append(i)
        # (a list's dated items are cases too, but the story before a list is no overview:
        # a weekend's round-up tells its police shootings first, then lists the others)
        dated_heading = dated_heading or _dated_item(ann, sentence)
        if (
            (
                _TOPIC_HEADING.match(sentence.text)
                and (len(capitals) >= 2 or not sentence.text.isupper())
            )
            or _CASE_HEADING.match(sentence.text)
            or dated_heading
        ):
            topics.add(i)
            breaks.append(i)
        elif _region_heading(ann, sentence):
            topics.add(i)
            breaks.append(i)
            regions.append(i)
        elif _SECTION_HEADING.match(sentence.text) or (
            _heading_line(ann.text, sentence) and _EXCLUDED_HEADING.search(sentence.text)
        ):
            breaks.append(i)  # (the heading of events left out of the count ends the case too)

    breaks.sort()

    def first_break_after(i: int) -> int | None:
        k = bisect.bisect_right(breaks, i)
        return breaks[k] if k < len(breaks) else None

    # where each incident's text begins, and its first harm sentence
    first = harm_sentences[0]
    # (the rules of issue 6's third round, decided on the es/pt styles, are kept to them)
    narrative = ann.lang in ("es", "pt")
    # (not the day it was told of: "The UN office on Friday called for a probe into Thursday's
    # raid")
    current = [
        h
        for h in _dates_in(ann, sentences[first])
        if not _described_year(sentences[first].text, h) and not _told_on(sentences[first].text, h)
    ]
    if narrative:
        # the day nearest the first harm, over the day it was told of ("identificaron este
        # miércoles a los tres hombres que murieron la madrugada del pasado martes durante un
        # procedimiento")
        current = _harm_day_first(ann, sentences[first], current, operations=True)
    if not current and narrative:
        current = _dated_before(ann, 0, first)
    # the event days of the case told so far, and of every case before it
    case_start, known = _case_dates(ann, first, -1)
    known = _event_dates(ann, sentences[first : first + 1]) or known
    # a first case told deep in a long release begins at its own dated paragraph: the lede's
    # totals and places are the release's, not the case's
    lo = case_start if known and first >= _DEEP_CASE else 0
    # ... and at the heading of the section that paragraph opens, when it is under one
    # ("I. SETÚBAL, BAIRRO DA BELA VISTA — 2 DE MARÇO DE 2025" / "Era domingo de Carnaval.")
    k = bisect.bisect_right(breaks, lo) - 1
    if lo and k >= 0 and breaks[k] in topics:
        lo = breaks[k]
    starts = [(lo, first)]
    seen = {d.value for d in known[:1] if d.value}

    @functools.cache
    def named_in(lo: int, hi: int) -> Location | None:
        """The place sentences ``lo`` to ``hi`` name themselves, if any."""
        start, end = sentences[lo].start, sentences[hi].end
        location = _locate(ann.doc, ann.lang, (start, end))
        if location is None or location.place_start is None:
            return None
        return location if start <= location.place_start < end else None

    def own_region(index: int) -> str | None:
        """The first-level division of the place the harm sentence itself names, if any (not
        its dateline's: "SANTIAGO DE CHILE (9 September 2022) – The ... Office ... deplores")."""
        sentence = sentences[index]
        if not ann.kinds(sentence) & {"act", "passive", "context"}:
            return None
        dateline = _LEADING_DATELINE.match(sentence.text)
        if dateline is None:
            location = named_in(index, index)
            if location is None and _REFERENCE_TOWN.search(sentence.text):
                # the scene told only by a town near it ("near Qasmiyeh, just north of Tyre"):
                # the town's division
                return region_between(index, index)
            return location.admin1 if location is not None else None
        start = sentence.start + dateline.end()
        location = _locate(ann.doc, ann.lang, (start, sentence.end))
        if location is None:
            return None
        # (the places the gazetteer itself knows there: a locality's region may be completed
        # from the dateline's city just before it)
        return next(
            (
                h.admin1
                for h in location.hits
                if start <= h.start < sentence.end and h.admin1 and h.kind != "locality"
            ),
            None,
        )

    def place_between(lo: int, hi: int) -> str | None:
        """The settlement named from sentence ``lo`` to sentence ``hi``, if any."""
        location = named_in(lo, hi)
        return location.place if location is not None else None

    @functools.cache
    def region_between(lo: int, hi: int) -> str | None:
        """The first-level division of the first place named from sentence ``lo`` to ``hi``."""
        # (read alone, as a heading is: in the report, a town named elsewhere may stand for it)
        text = ann.text[sentences[lo].start : sentences[hi].end]
        location = default_gazetteer().locate(
            text, ann.lang, country_hint=_country_hint(ann.text, ann.lang)
        )
        if location is None:
            return None
        return next((h.admin1 for h in location.hits if h.admin1), None)

    told_in = [first]  # the harm sentences of the case being told
    for previous, index in itertools.pairwise(harm_sentences):
        sentence = sentences[index]
        dates = _harm_day_first(
            ann,
            sentence,
            [
                h
                for h in _dates_in(ann, sentence)
                if not _described_year(sentence.text, h) and not _told_on(sentence.text, h)
            ],
        )
        if (
            not current and narrative
        ):  # the day told in the sentences leading to the last harm ("El pasado
            current = _dated_before(ann, starts[-1][0], previous)  # sábado ... disparó")
        # (said in the harm's sentence or right before it, in its paragraph, where the case
        # then begins: a heading is a section's, below; "it is not the first time this column
        # ..." is no case's)
        cue = next(
            (
                k
                for k in range(
                    max(previous + 1, index - 1, _paragraph_start(ann, index)), index + 1
                )
                if _NOT_ISOLATED.search(sentences[k].text)
            ),
            None,
        )
        if cue is None:
            # the sentence that opens another case in the harm's paragraph tells no agent: "En
            # otro hecho, un hombre resultó herido ... Se trata de ... Un patrullero le disparó"
            cue = next(
                (
                    k
                    for k in range(max(previous + 1, _paragraph_start(ann, index)), index)
                    if _SEPARATE.search(sentences[k].text)
                ),
                None,
            )
        separate = bool(
            _SEPARATE.search(sentence.text) or _CASE_HEADING.match(sentence.text) or cue is not None
        )
        # the paragraph the harm is told in, when the harm before was told in another: a case
        # of its own when it gives another day ("Ali was arrested on May 3. ... He was tortured")
        # and another day than any case told so far (not the same event told again)
        paragraph, told = _case_dates(ann, index, previous)
        another_case = bool(
            told
            and known
            and not any(_same_days(told[0].value, day) for day in seen)
            # (a year alone that holds a day told before cannot tell another case: "recruited
            # earlier this year", beside the case's own day)
            and not (
                all(t.precision == "year" for t in told)
                and any(day and day.startswith(told[0].value or "-") for day in seen)
            )
        )
        new_paragraph = _starts_line(ann.text, sentence.start)
        other_day = bool(
            dates
            and current
            and dates[0].value != current[0].value
            # (harm a video shows is the case's own, whatever day it spread or was seen on: "a
            # video, which has circulated since Saturday, showing men in army fatigues kicking")
            and not _DEPICTED.search(sentence.text)
        )
        # a case heading or an abuse's section between the two harm sentences: a new case,
        # whose text begins at the last such heading ("Sexual Assault in Kermanshah")
        heading = _last_topic(breaks, topics, previous, index)
        # a sentence that opens on another date, months away ("En agosto de 2021, en un
        # desalojo en Collipulli, ...") tells an earlier case even within a paragraph
        framed = bool(
            other_day
            and len(sentence.text[: dates[0].start].split()) <= _FRAME_REACH
            # (a charge or a trial told on its own day, with no act of the agents in it, is the
            # case's next step, not another case: "En febrero, la Fiscalía imputó a dos
            # policías por homicidio")
            and not (_LEGAL.search(sentence.text) and not ann.kinds(sentence) & {"act", "passive"})
            # (a period opened on that date is a total's: "Since January 2021, our researchers
            # have recorded at least 38 cases")
            and not _OPENS_PERIOD.search(sentence.text[: dates[0].end])
            and current[0].value is not None
            and dates[0].value is not None
            and dates[0].value[:7] != current[0].value[:7]
        )
        # ... or, anywhere in the sentence, another year's date told right with the harm ("a
        # zinc fence down the lane, where, in March 2023, police shot and killed Kirk Samuels")
        framed = framed or bool(
            other_day
            and current[0].value is not None
            and dates[0].value is not None
            and dates[0].value[:4] != current[0].value[:4]
            and _told_with_harm(ann, sentence, dates[0])
        )
        # the agents' act told in another first-level division, in a paragraph of its own or
        # on another day: another case ("... en Guarujá, São Paulo, el domingo 9. El martes,
        # en Río de Janeiro, agentes del Bope mataron ...")
        # (asked only where nothing else decides: finding a sentence's place costs)
        elsewhere = bool(
            (new_paragraph or other_day)
            and heading is None
            and not (separate or (other_day and new_paragraph) or framed)
            and (here := own_region(index))
            and (there := next((r for k in told_in if (r := own_region(k))), None))
            and here != there
        )
        # a paragraph that opens on another day ("On Monday 15 December, teachers in Ranya
        # tried to block the main road ... Police beat at least three of them"), or on a shift in
        # time ("Less than 12 hours later, across the city in Denham Town", "Ese mismo día, en el
        # corregimiento de El Estrecho"), and names another place than the case before it: a
        # case of its own, though a week may join one story's days
        opening = _paragraph_start(ann, index)
        moved = bool(
            heading is None
            and not (separate or (other_day and new_paragraph) or framed or elsewhere)
            and opening > previous
            and ann.kinds(sentence) & {"act", "passive"}
            and (
                (
                    told
                    and known
                    and paragraph == opening
                    and told[0].precision == "day"
                    # (a lede's month sums up the cases its paragraphs then tell by their days:
                    # "three incidents last month" / "In the early hours of 28 May 2016")
                    and known[0].precision in ("day", "month")
                    and told[0].value != known[0].value
                    and _opens_on(ann, sentences[opening], told[0].value)
                )
                or _SHIFTED_SCENE.match(sentences[opening].text)
            )
            and (
                (
                    (here_place := place_between(opening, index))
                    and (
                        there_place := place_between(_paragraph_start(ann, told_in[0]), told_in[0])
                    )
                    and not _same_place(here_place, there_place)
                )
                # (days apart, in a town named, after a case whose scene the gazetteer does not
                # know: "Two days earlier in Masaka city" after "at Kawempe Mbogo grounds")
                or (
                    _DAYS_APART.match(sentences[opening].text)
                    and place_between(opening, index)
                    and not place_between(_paragraph_start(ann, told_in[0]), told_in[0])
                    and not lx.DEATH.search(sentence.text)
                )
                # (a shift of scene to another region, named without a town: "About 340
                # kilometres away in Kajiado County")
                or (
                    _SHIFTED_SCENE.match(sentences[opening].text)
                    and (here_region := region_between(opening, index))
                    and (
                        there_region := region_between(
                            _paragraph_start(ann, told_in[0]), told_in[0]
                        )
                    )
                    and here_region != there_region
                )
            )
        )
        if heading is not None:
            starts.append((heading, index))
            current, known = dates, told
        elif separate or (other_day and new_paragraph) or framed or elsewhere:
            case_start = index if cue is None else cue
            starts.append((case_start, index))
            current, known = dates or _dates_in(ann, sentences[case_start]), told
        elif another_case or moved:
            starts.append((paragraph, index))
            current, known = dates or told, told
        else:
            current = current or dates
            known = known or told
        told_in = [*told_in, index] if starts[-1][1] != index else [index]
        seen.update(d.value for d in known[:1] if d.value)
    if len(starts) >= 2:
        # the first of several cases told under case headings begins at its heading: the lede
        # before the headings is the report's overview ("four complaints ... between August
        # and November 2025"); a single case's lede is its own
        lo, first = starts[0]
        heading = max((t for t in topics if lo < t <= first), default=None)
        if heading is not None:
            starts[0] = (heading, first)
    if regions and any(first > regions[0] for _, first in starts):
        # a round-up's overview before its first section only sums up the cases told under
        # the sections ("In Nigeria, an airstrike killed civilians in Zamfara state")
        starts = [(lo, first) for lo, first in starts if first > regions[0]]
    elif len(dated) >= _DATED_SECTIONS and any(first >= dated[0] for _, first in starts):
        # so does a release's lede before sections headed each by a place and a day
        starts = [(lo, first) for lo, first in starts if first >= dated[0]]
    elif len(placed) >= _DATED_SECTIONS and any(first >= placed[0] for _, first in starts):
        # or by a place alone ("Damadola, Bajaur")
        starts = [(lo, first) for lo, first in starts if first >= placed[0]]
    # a live page's entries, each opened by its time of day on a line of its own ("14:20"), that
    # tell several cases: each case is its entries' own, from its entry's stamp to the next (the
    # newer entries above tell other cases' tolls; a single case takes its updates from them all)
    stamps = (
        [
            i
            for i, sentence in enumerate(sentences)
            if i
            and _starts_line(ann.text, sentence.start)
            and _CLOCK_STAMP.fullmatch(sentence.text)
        ]
        if len(starts) >= 2
        else []
    )
    if len(stamps) < _LIVE_ENTRIES:
        stamps = []
    incidents = []
    for n, (lo, first) in enumerate(starts):
        lo = max([lo, *(k for k in stamps if k <= first)])
        last = starts[n + 1][0] if n + 1 < len(starts) else len(sentences)
        # harm_sentences is sorted: the incident's last harm sentence is the one before `last`
        last_harm = harm_sentences[bisect.bisect_left(harm_sentences, last) - 1]
        after = first_break_after(last_harm)
        last = after if after is not None and after < last else last
        entry_end = next((k for k in stamps if k > last_harm), None)
        last = entry_end if entry_end is not None and entry_end < last else last
        members = sentences[lo:last]
        harm = [a for s in sentences[first:last] for a in ann.by_sentence.get(s.start, [])]
        k = bisect.bisect_right(breaks, first) - 1  # the heading the incident is told under
        under = sentences[breaks[k]] if k >= 0 and breaks[k] >= lo and breaks[k] in topics else None
        incidents.append(_Incident(members, harm, members[0].start, members[-1].end, under))
    return incidents


_LIVE_ENTRIES = 3  # time stamps on lines of their own that make a page a live one


_NEAR_DAYS = 7  # days apart that one story still spans (detained on Saturday, dead on Sunday)
_WITH_HARM_CHARS = 12  # characters between a date and the agents' act it is told with


# a scene told by a town near it: "just north of Tyre", "20 km from Kabul", "a las afueras de"
_REFERENCE_TOWN = re.compile(
    r"\b(?:(?:north|south|east|west)(?:east|west)?(?:ern)?\s+(?:of|outskirts)|outskirts\s+of|near|"
    r"close\s+to|cerca\s+de|perto\s+de|"
    r"\d+\s*(?:km|kil[oó]met(?:er|re|ro)s?|quil[oô]metros|miles)\s+(?:\w+\s+)?(?:from|of|de|from)|"
    r"(?:al|ao)\s+(?:norte|sur|sul|este|leste|oeste)\s+de|(?:a\s+las|nas|[àa]s)\s+afueras\s+de|"
    r"arredores\s+de)\b",
    re.IGNORECASE,
)


def _told_with_harm(ann: Annotation, sentence: Sentence, hit: DateHit) -> bool:
    """The date stands right before or after the agents' act in ``sentence`` ("in March 2023,
    police shot and killed"): it is that act's."""
    start, end = sentence.start + hit.start, sentence.start + hit.end
    return any(
        a.kind in ("act", "passive")
        and (0 <= a.start - end <= _WITH_HARM_CHARS or 0 <= start - a.end <= _WITH_HARM_CHARS)
        for a in ann.by_sentence.get(sentence.start, [])
    )


def _told_on(sentence: str, hit: DateHit) -> bool:
    """The day someone told of the harm, not the harm's: "In a news release Saturday morning,
    the SIU said", "informó el lunes", "a press briefing held on Friday", "she told the Herald on
    Thursday", "On Monday the army confirmed"; or remembered it: "participaram ontem numa
    vigília"."""
    return bool(
        _TOLD_ON.search(sentence[max(0, hit.start - 50) : hit.start])
        or _SAID_ON.search(sentence[max(0, hit.start - 60) : hit.start])
        or _CONFIRMED_AFTER.match(sentence, hit.end)
        or _GATHERING_ON.search(sentence[max(0, hit.start - 130) : hit.start])
        or _PUBLISHED_ON.search(sentence[max(0, hit.start - 40) : hit.start])
        or _REMEMBRANCE_AFTER.match(sentence, hit.end)
        or _TREATED_ON.search(sentence[max(0, hit.start - 40) : hit.start])
        or _CALLED_RIGHT_AFTER.match(sentence, hit.end)
        or _INQUIRED_ON.search(sentence[max(0, hit.start - 50) : hit.start])
        or _toll_rose_on(sentence[max(0, hit.start - 60) : hit.start])
    )


# the day a toll rose, not the harm's: "The death toll ... rose to eight on Monday after a boy
# died in hospital", "subió a cinco el número de muertos este martes", "subiu para sete nesta
# quarta" (the rise itself told as ``_TOLL_UPDATED_BEFORE`` tells it before a figure)
_FIGURE_THEN_DAY = re.compile(
    r"[\w,-]+\s+(?:(?:el\s+n[uú]mero\s+de\s+|los\s+|o\s+n[uú]mero\s+de\s+|os\s+)?(?:people|dead|"
    r"deaths|muertos|mortos|v[ií]ctimas|v[ií]timas|fallecidos)\s+)?(?:on|by|este|esta|el|nesta|"
    r"neste|na|no)?\s*$",
    re.IGNORECASE,
)


def _toll_rose_on(before: str) -> bool:
    """The words before a day end on a toll's rise to a figure: the day is the toll's."""
    figure = _FIGURE_THEN_DAY.search(before)
    return figure is not None and bool(_TOLL_UPDATED_BEFORE.search(before[: figure.start()]))


# the day someone looked into it: "an investigation team which visited the area on 1 and 2
# June", "entrevistó a los testigos el martes", "visitou o local na quarta"
_INQUIRED_ON = re.compile(
    r"\b(?:visited|interviewed|inspected|visit[oó]|visitaron|entrevist[oó]|entrevistaron|"
    r"inspeccion[oó]|visitou|visitaram|entrevistou|entrevistaram|inspecionou)\b[^.;,]{0,40}$",
    re.IGNORECASE,
)


# a statement's verb right after its day: "the UN office on Friday called for an investigation",
# "la CIDH el lunes condenó", "a OAB nesta terça cobrou"
_CALLED_RIGHT_AFTER = re.compile(
    r"\s*,?\s*(?:called\s+(?:for|on)|urged|demanded|condemned|denounced|deplored|accused|"
    r"acus[óo]|acusaron|acusou|acusaram|"
    r"pidi[óo]|exigi[óo]|conden[óo]|deplor[óo]|pediu|exigiu|condenou|deplorou|cobrou)\b",
    re.IGNORECASE,
)


# the day the one harmed was treated: "underwent surgery on Sunday", "fue operado el lunes",
# "recebeu alta na terça"
_TREATED_ON = re.compile(
    r"\b(?:underwent\s+(?:\w+\s+)?surgery|(?:was|were)\s+operated\s+on|(?:was|were)\s+discharged|"
    r"(?:fue|fueron|foi|foram)\s+(?:operad|intervenid|submetid)[oa]s?|recibi[oó]\s+el\s+alta|"
    r"(?:recebeu|teve)\s+alta|passou\s+por\s+(?:uma\s+)?cirurgia)\b[^.;]{0,25}$",
    re.IGNORECASE,
)


def _opens_on(ann: Annotation, sentence: Sentence, day: str | None) -> bool:
    """``sentence`` opens on ``day``, and on no other ("On Monday 15 December, teachers in
    Ranya ...", not a record's "R-20440,2025-06-10,2025-06-09": reported, then happened)."""
    lead = _TIME_OF_DAY_LEAD.match(sentence.text)
    skip = lead.end() if lead else 0
    opening = {
        hit.value
        for hit in _dates_in(ann, sentence)
        if hit.start >= skip and len(sentence.text[skip : hit.start].split()) <= _OPENING_REACH
    }
    return opening == {day}


# the part of the day a paragraph opens on, before its date: "In the early hours of 28 May",
# "On the night of", "En la madrugada del", "Na madrugada de"
_TIME_OF_DAY_LEAD = re.compile(
    r"\s*(?:in\s+the\s+(?:early\s+hours|morning|afternoon|evening|night)\s+of|"
    r"on\s+the\s+(?:night|morning|evening|afternoon)\s+of|(?:early|late)\s+on|"
    r"en\s+la\s+(?:madrugada|mañana|tarde|noche)\s+del?|"
    r"na\s+(?:madrugada|manhã|tarde|noite)\s+d[eo])\s+",
    re.IGNORECASE,
)


_OPENING_REACH = 3  # words before the day that opens a paragraph ("On Monday 15 December")


def _same_place(a: str, b: str) -> bool:
    """Two place names that may name one place: the same, or one within the other's words
    ("Ranya" and "the town of Ranya")."""
    a, b = fold(a), fold(b)
    return a == b or f" {a} " in f" {b} " or f" {b} " in f" {a} "


def _same_days(a: str | None, b: str | None) -> bool:
    """Two dates that may be the same event's: the same, a month and one of its days ("2022-10"
    and "2022-10-03"), or two days within a week. A year alone is too wide to tell."""
    if not a or not b:
        return False
    if a == b or (min(len(a), len(b)) > 4 and (a.startswith(b) or b.startswith(a))):
        return True
    try:
        return abs((date.fromisoformat(a) - date.fromisoformat(b)).days) <= _NEAR_DAYS
    except ValueError:  # a month, a year or a day without its year
        return False


_DEEP_CASE = 12  # sentences into a release from which a first case no longer shares its lede
_CASE_PARAGRAPHS = 3  # paragraphs back, the harm's own included, in which its case is dated


def _case_dates(ann: Annotation, index: int, previous: int) -> tuple[int, list[DateHit]]:
    """Where the case of harm sentence ``index`` is told from, and its days: the nearest
    paragraph, the harm's own or one of the two before it, that gives an event's day, after the
    harm sentence before (``previous``). A paragraph of one sentence ("They said he was tortured
    there.") is dated by the one before it ("X was arrested in Y on May 3.")."""
    end = index + 1
    for _ in range(_CASE_PARAGRAPHS):
        start = _paragraph_start(ann, end - 1)
        if start <= previous:
            break
        told = _event_dates(ann, ann.sentences[start:end])
        if told:
            return start, told
        if start == 0:
            break
        end = start
    return index, []


_ITEM_MARK = re.compile(
    # a bullet, or a list's letter or number: "a) Wednesday 16 July – Al-Zubair", "(2) 3 March:"
    r"\s*(?:[▪•·*►‣◦–—-]|\(?(?-i:[a-h])\)|\(\d{1,2}\)|\d{1,2}\))\s*"
)
# a weekday before the item's day: "a) Wednesday 16 July", "b) viernes, 18 de julio"
_ITEM_WEEKDAY = re.compile(
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|lunes|martes|mi[eé]rcoles|"
    r"jueves|viernes|s[aá]bado|domingo|segunda|ter[cç]a|quarta|quinta|sexta)(?:-feira)?,?\s+",
    re.IGNORECASE,
)
# what ends a chronology's day at the head of its line: "14 de marzo: ...", "March 3 – ..."
_ITEM_DAY_END = re.compile(r"\s*(?:\(\w+\)\s*)?[:–—-]\s")


def _dated_item(ann: Annotation, sentence: Sentence) -> bool:
    """A list's item that opens on its day: "▪ 02/03 (segunda-feira) — Salvador, Valéria Dois
    homens ...", "• 14 de marzo: ...", a chronology's line "14 de marzo: En Sucre, ...": each
    item is a case of its own."""
    mark = _ITEM_MARK.match(sentence.text)
    if mark is None or not mark.group().strip():
        return _starts_line(ann.text, sentence.start) and any(
            h.start == 0
            and h.precision == "day"
            and h.value
            and (end := _ITEM_DAY_END.match(sentence.text, h.end)) is not None
            # (not a page's stamp: "25 de março de 2026 - 10:40 · Atualizado 11:15")
            and not _CLOCK.match(sentence.text, end.end())
            for h in ann.dates(sentence)
        )
    weekday = _ITEM_WEEKDAY.match(sentence.text, mark.end())
    opens = weekday.end() if weekday else mark.end()
    # (a month alone opens an item as well: "- June 2024: A clash between rival gangs ...")
    return any(
        h.start in (mark.end(), opens) and h.precision in ("day", "month") and h.value
        for h in ann.dates(sentence)
    )


def _release_day(ann: Annotation, index: int) -> bool:
    """A day (and its place) on a line of its own that heads a statement quoted whole, not a
    case: right after "released the following statement:", or under the release's own header
    ("COMUNICADO DE IMPRENSA / Provedoria ... / Díli, 2 de julho de 2018")."""
    if index and ann.sentences[index - 1].text.rstrip().endswith(":"):
        return True
    return _under_release_header(ann, index)


def _release_dateline(ann: Annotation, sentence: Sentence) -> bool:
    """``sentence`` is a quoted statement's place and day under its header ("COMUNICADO DE
    IMPRENSA / Provedoria ... / Díli, 2 de julho de 2018"): the day it was issued."""
    if len(sentence.text) > _HEADING_CHARS or not _starts_line(ann.text, sentence.start):
        return False
    index = bisect.bisect_left(ann.sentences, sentence.start, key=_start_of)
    return (
        index < len(ann.sentences)
        and ann.sentences[index].start == sentence.start
        and _under_release_header(ann, index)
    )


def _under_release_header(ann: Annotation, index: int) -> bool:
    """A statement's header stands on one of the few lines before sentence ``index``."""
    return any(
        _RELEASE_HEADER.match(ann.sentences[k].text.strip())
        for k in range(max(0, index - _HEADER_REACH), index)
    )


# a statement's own header, on its line: "COMUNICADO DE IMPRENSA", "Press release", "NOTA PÚBLICA"
_RELEASE_HEADER = re.compile(
    r"(?:comunicado(?:\s+de\s+(?:imprensa|prensa))?|nota\s+(?:p[uú]blica|de\s+imprensa|"
    r"[àa]\s+imprensa|de\s+prensa)|(?:press|news|media)\s+release|(?:public\s+)?statement|"
    r"declaraci[oó]n\s+p[uú]blica|pronunciamiento)\s*[:.]?$",
    re.IGNORECASE,
)
_HEADER_REACH = 3  # lines between a release's header and its dateline (the body's name)


def _bare_day(ann: Annotation, sentence: Sentence) -> bool:
    """The sentence is a day and nothing else ("21/10/2023.", "4 de março de 2024.")."""
    text = sentence.text
    if len(text) > 40 or not any(c.isdigit() for c in text):
        return False
    days = [h for h in ann.dates(sentence) if h.precision == "day" and h.value]
    return len(days) == 1 and not re.search(r"\w", text[: days[0].start] + text[days[0].end :])


_LOCATIVE_BEFORE = re.compile(
    r"\b(?:in|at|near|outside|en|em|no|na|nos|nas|cerca\s+de|perto\s+de|sector|barrio|bairro|"
    r"colonia|comunidad|comunidade|village\s+of|town\s+of)\s+(?:(?:the|el|la|los|las|o|a|os|as)\s+)?"
    r"(?:(?-i:[A-ZÁÉÍÓÚÂÊÔÃÕÇÑ])[\w-]*\s+){0,2}$",
    re.IGNORECASE,
)


def _scene_before(ann: Annotation, start: int) -> Sentence | None:
    """The sentence right before the one at ``start``, when both are of one paragraph."""
    index = bisect.bisect_left(ann.sentences, start, key=_start_of)
    if 0 < index < len(ann.sentences) and not _starts_line(ann.text, start):
        return ann.sentences[index - 1]
    return None


def _start_of(sentence: Sentence) -> int:
    return sentence.start


def _paragraph_start(ann: Annotation, index: int) -> int:
    """The index of the sentence that opens the paragraph of sentence ``index``."""
    while index > 0 and not _starts_line(ann.text, ann.sentences[index].start):
        index -= 1
    return index


def _last_topic(breaks: list[int], topics: set[int], previous: int, index: int) -> int | None:
    """The last heading that opens a case between two harm sentences, if any."""
    k = bisect.bisect_right(breaks, index) - 1
    while k >= 0 and breaks[k] > previous:
        if breaks[k] in topics:
            return breaks[k]
        k -= 1
    return None


_FRAME_REACH = 1  # words before a date that opens its sentence ("En agosto de 2021")


def _dated_before(ann: Annotation, lo: int, index: int) -> list[DateHit]:
    """The dates of the nearest sentence from ``index`` back to ``lo`` that has one."""
    for k in range(index, lo - 1, -1):
        dates = _dates_in(ann, ann.sentences[k])
        if dates:
            return dates
    return []


def _place_and_day_heading(ann: Annotation, sentence: Sentence) -> bool:
    """A line that is only a place and a day: "Nampula, 7 de novembro"; or the day first, then
    the place: "FRIDAY 3 OCTOBER 2025 — KATWE, KAMPALA", "An older case: 22 June 2019 — Lira"."""
    if not _ends_line(ann.text, sentence.end):
        return False
    return any(
        h.precision == "day"
        and h.kind in ("day_month", "month_day")
        and (
            (
                _DATELINE_SENTENCE.fullmatch(sentence.text[: h.start] + sentence.text[h.end :])
                and sentence.text[: h.start].strip()
            )
            or (
                len(sentence.text) <= _DAY_PLACE_CHARS
                and _starts_line(ann.text, sentence.start)
                and _DAY_FIRST_BEFORE.fullmatch(sentence.text[: h.start]) is not None
                and _DAY_FIRST_PLACE.fullmatch(sentence.text[h.end :]) is not None
            )
            or (
                # the place, a dash, the day: "Maputo, Magoanine C neighbourhood - Wednesday 6
                # November"
                len(sentence.text) <= _DAY_PLACE_CHARS
                and _starts_line(ann.text, sentence.start)
                and _PLACE_THEN_DASH.fullmatch(sentence.text[: h.start]) is not None
                and _YEAR_ONLY_AFTER.fullmatch(sentence.text[h.end :]) is not None
            )
        )
        for h in ann.dates(sentence)
    )


_DAY_PLACE_CHARS = 90
_PLACE_THEN_DASH = re.compile(
    r"\s*[A-ZÁÉÍÓÚÂÊÔÃÕÇÑ][\w'’.-]*(?:(?:\s+|,\s*)[\w'’.-]+){0,5}\s+[–—-]\s+"
    rf"(?:(?i:{_WEEKDAY_NAMES}),?\s+)?"
)
_YEAR_ONLY_AFTER = re.compile(r",?\s*(?:\d{4})?\s*")
# before the day: a label ("AN OLDER CASE:"), a weekday, the first day of a span ("10 TO")
_DAY_FIRST_BEFORE = re.compile(
    r"\s*(?:[A-Za-zÁÉÍÓÚÂÊÔÃÕÇÑáéíóúâêôãõçñ][\w'’ ]{0,30}:\s*)?"
    rf"(?:(?i:{_WEEKDAY_NAMES}),?\s+)?"
    r"(?:\d{1,2}\s+(?i:to|al|a|-|–)\s+)?"
)
# after it: a dash and the place, a name and its town ("— KATWE, KAMPALA")
_DAY_FIRST_PLACE = re.compile(
    r",?\s*(?:\d{4})?\s*[–—-]\s*[A-ZÁÉÍÓÚÂÊÔÃÕÇÑ][\w'’.-]*(?:(?:\s+|,\s*)[\w'’.-]+){0,5}\s*"
)


_REGION_HEADING_CHARS = 40
_DATED_SECTIONS = 3  # sections headed by a place and a day that make the lede an overview


def _region_heading(ann: Annotation, sentence: Sentence) -> bool:
    """A line that is only a country or a first-level division ("Burkina Faso", "North Kivu"):
    a round-up's section on that place, whose cases are its own."""
    text = sentence.text.strip()
    if (
        len(text) > _REGION_HEADING_CHARS
        or not _ends_line(ann.text, sentence.end)
        or not text[:1].isupper()
    ):
        return False
    gazetteer, key = default_gazetteer(), fold(text)
    # the name alone on its line, even one that is also a given name ("Chad", "Jordan")
    return key in gazetteer.country_idx or len(gazetteer.admin1_idx.get(key, ())) == 1


_PLACE_HEADING_CHARS = 50
_PLACE_HEADING_WORDS = 6


def _place_heading(ann: Annotation, sentence: Sentence) -> bool:
    """A line that is only a place, a town and its district or region: "Hurmaz, North
    Waziristan", "Tirah valley, Khyber district" (no verb, no end mark)."""
    text = sentence.text.strip()
    if (
        len(text) > _PLACE_HEADING_CHARS
        or len(text.split()) > _PLACE_HEADING_WORDS
        or not text[:1].isupper()
        or text[-1:] in '.!?:;"”’)'
        or not _starts_line(ann.text, sentence.start)
        or not _ends_line(ann.text, sentence.end)
        or ann.dates(sentence)
    ):
        return False
    return _PLACE_AND_REGION.fullmatch(text) is not None


def _capitals_line(ann: Annotation, sentence: Sentence) -> bool:
    """A short line of its own in capitals, perhaps with a full stop or a colon: "LOS MINA.",
    "EN LOS TRIBUNALES."."""
    # (after a live page's time stamp: "13h20 — FOZ DO IGUAÇU (PR)")
    text = _STAMP_BEFORE.sub("", sentence.text.strip()).rstrip(".:")
    return (
        len(text) >= 3
        and text.isupper()
        and len(text.split()) <= _CAPITALS_WORDS
        and _starts_line(ann.text, sentence.start)
        and _ends_line(ann.text, sentence.end)
    )


_CAPITALS_WORDS = 5
_PROSE_END = re.compile(r"[.!?…][\"'”’»)]*\s*$")
_STAMP_BEFORE = re.compile(r"^\d{1,2}[:.h]\d{2}\s*(?:[ap]\.?m\.?\s*)?[|—–-]\s*", re.IGNORECASE)


def _run_in_place_heading(ann: Annotation, sentence: Sentence) -> bool:
    """A place alone with its full stop that opens a paragraph, the case told after it on the
    same line: "Rennes. At about 16:20, Mathis L. was hit ...", "Toulouse. At about 17:45"."""
    text = sentence.text.strip()
    return (
        text.endswith(".")
        and len(text.split()) <= _RUN_IN_WORDS
        and text[:1].isupper()
        and _starts_line(ann.text, sentence.start)
        and not _ends_line(ann.text, sentence.end)
        and not ann.dates(sentence)
        and (
            _PLACE_AND_REGION.fullmatch(text[:-1]) is not None or _names_only_a_place(ann, sentence)
        )
    )


def _names_only_a_place(ann: Annotation, sentence: Sentence) -> bool:
    """``sentence`` ("Toulouse.") is a place the gazetteer knows, and nothing else."""
    body = sentence.text.strip().rstrip(".")
    location = default_gazetteer().locate(body, ann.lang)  # (read alone, as a heading is)
    return location is not None and any(
        h.start == 0 and h.end == len(body) and h.kind != "locality" for h in location.hits
    )


_RUN_IN_WORDS = 3
_RUN_IN_CASE_WORDS = 10


def _place_colon_heading(ann: Annotation, sentence: Sentence) -> bool:
    """A line in capitals that opens with a place and a colon: "TETE: QUATRO DIAS À PROCURA DE
    CELSO", "NACALA: “ELE ESTAVA ALGEMADO”" (a long report's section on one town's case); or a
    short line in sentence case, with no end mark, whose place the text names as one elsewhere:
    "Kimbanseke: three men taken from a bar" ("a bar in the Kimbanseke commune")."""
    text = sentence.text.strip()
    upper = text.isupper()
    head = _PLACE_COLON.match(text) if upper else _PLACE_COLON_CASED.match(text)
    if (
        head is None
        or not (upper or (len(text) <= _HEADING_CHARS and not text.endswith((".", "?", "!"))))
        or not _starts_line(ann.text, sentence.start)
        or not _ends_line(ann.text, sentence.end)
    ):
        return False
    gazetteer, key = default_gazetteer(), fold(head.group(1))
    if gazetteer.city_idx.get(key) or gazetteer.admin1_idx.get(key) or key in gazetteer.country_idx:
        return True
    if upper:
        # a short form of a town the text names in full: "QUILICHAO:" over "en Santander de
        # Quilichao"
        cased = head.group(1).title()
        return bool(
            re.search(
                rf"\b(?:en|in|em|no|na)\s+(?:[A-ZÁÉÍÓÚÂÊÔ][\w'’-]+\s+){{1,2}}(?:(?:de|do|da|del)\s+)?"
                rf"{re.escape(cased)}\b",
                ann.text,
            )
        )
    return _named_as_place(ann.text, head.group(1))


def _country_colon(text: str) -> bool:
    """The place before a heading's colon is a country's name."""
    head = _PLACE_COLON.match(text.strip())
    return head is not None and fold(head.group(1)) in default_gazetteer().country_idx


_PLACE_COLON_CASED = re.compile(
    r"([A-ZÁÉÍÓÚÂÊÔÃÕÇÑ][\w'’-]+(?: [A-ZÁÉÍÓÚÂÊÔÃÕÇÑ][\w'’-]+){0,2}):\s+\S[^\n]{3,100}"
)
_HEADING_CHARS = 90
_PLACE_NOUNS = (
    r"(?:commune|district|township|village|town|neighbou?rhood|province|county|comuna|distrito|"
    r"barrio|bairro|munic[ií]pio|localidad|localidade|aldeia)"
)


def _named_as_place(text: str, name: str) -> bool:
    """The text names ``name`` as a place: "in the Kimbanseke commune", "a área de Ngaliema"."""
    escaped = re.escape(name)
    return bool(
        re.search(
            rf"\b(?:in|at|near|of|en|em|no|na|del|de)\s+(?:the\s+|la\s+|el\s+|o\s+|a\s+)?{escaped}"
            rf"\s+{_PLACE_NOUNS}\b|\b{_PLACE_NOUNS}\s+(?:of\s+|de\s+|do\s+|da\s+)?{escaped}\b",
            text,
        )
    )


_PLACE_COLON = re.compile(r"([A-ZÁÉÍÓÚÂÊÔÃÕÇÑ][A-ZÁÉÍÓÚÂÊÔÃÕÇÑ'’. -]{2,30}):\s+\S[^\n]{3,100}")


_QUESTION_CHARS = 120


def _case_question(ann: Annotation, sentence: Sentence) -> bool:
    """A question on a line of its own that names a day or a place: a Q&A page's case."""
    text = sentence.text.strip()
    if (
        len(text) > _QUESTION_CHARS
        or not text.endswith("?")
        or not _starts_line(ann.text, sentence.start)
        or not _ends_line(ann.text, sentence.end)
    ):
        return False
    if any(h.value and h.precision == "day" for h in ann.dates(sentence)):
        return True
    where = _locate(ann.doc, ann.lang, (sentence.start, sentence.end))
    return _within(where, sentence) and where is not None and where.place is not None


# "Damadola, Bajaur", "Tirah valley, Khyber district", "Kumbo, North-West Region": a town, then
# the division it lies in, each a capitalised name (with its kind in lower case after it)
_PLACE_AND_REGION = re.compile(
    r"(?-i:[A-ZÁÉÍÓÚÂÊÔÃÕÇÑ][\w'’.-]+)(?:\s+(?:[\w'’.-]+)){0,2},\s+"
    r"(?-i:[A-ZÁÉÍÓÚÂÊÔÃÕÇÑ][\w'’.-]+)(?:\s+(?:(?-i:[A-ZÁÉÍÓÚÂÊÔÃÕÇÑ][\w'’.-]+)|district|province|"
    r"region|state|county|governorate|department|prefecture|division|municipality|tehsil|"
    r"township|provincia|departamento|estado|distrito|munic[ií]pio|municipio)){0,2}"
)


def _ends_line(text: str, end: int) -> bool:
    """The sentence ends its line (or the text)."""
    return end >= len(text) or text[end] in "\r\n"


def _starts_line(text: str, start: int) -> bool:
    """The sentence opens a line (spaces aside); read backwards from it, never the whole prefix
    (a copy of the text before each sentence made a one-paragraph page of 5 MB quadratic)."""
    i = start
    while i > 0 and text[i - 1] in " \t":
        i -= 1
    return i == 0 or text[i - 1] == "\n"


# "said today", "released today": the report's own day, not an incident's.
_TODAY = re.compile(r"^(?:today|hoy|hoje|this\s+morning|esta\s+mañana|nesta\s+manhã)$", re.I)
# the harm's own words just before the "today", with no one saying it between them
_HARMED_TODAY = re.compile(
    r"\b(?:killed|injured|wounded|shot|died|murieron|fallecieron|heridos|asesinad[oa]s|"
    r"morreram|feridos|mort[oa]s|baleados)\b"
    r"(?:(?!\b(?:said|says|told|announced|reported|dijo|dijeron|inform[oó]|informaron|disse|"
    r"disseram|informou)\b)[^.;:])*$",
    re.IGNORECASE,
)


def _has_day(ann: Annotation, sentence: Sentence) -> bool:
    """A day of the sentence's own: not the report's "today", nor, in English, a day a total
    runs from ("have killed more than 500 people since October 7"; "desaparecido desde el día
    5" is the day he went missing)."""
    return any(
        d.precision == "day"
        and not _TODAY.match(d.text.strip())
        and not (
            ann.lang == "en"
            and _SINCE.search(sentence.text[max(0, d.start - 70) : d.start + len(d.text)])
        )
        # (in es/pt only a dated total: "278 mortos ... desde 21 de outubro", not "desaparecido
        # desde el día 5")
        and not (
            _DESDE.search(sentence.text[max(0, d.start - 20) : d.start])
            and _MONTH_NAMED.search(d.text)
            and _DEAD_PLURAL.search(sentence.text)
        )
        # the day figures were released: "data ... shared with the Sindh Assembly on Wednesday"
        and not _RELEASED_ON.search(sentence.text[max(0, d.start - 120) : d.start])
        for d in ann.dates(sentence)
    )


_SINCE = re.compile(r"\bsince\s+(?:the\s+)?(?:[^.;,]{0,60}\s)?\S*$", re.IGNORECASE)
_DESDE = re.compile(r"\bdesde\s+(?:el\s+|o\s+|a\s+)?(?:d[ií]a\s+)?$", re.IGNORECASE)
_MONTH_NAMED = re.compile(rf"\b(?:{MONTH_NAMES})\b", re.IGNORECASE)
_DEAD_PLURAL = re.compile(
    r"\b(?:mort[oa]s|muert[oa]s|mortes|muertes|v[ií]timas|fallecid[oa]s|assassinad[oa]s|"
    r"asesinad[oa]s|ferid[oa]s|herid[oa]s)\b",
    re.IGNORECASE,
)
_RELEASED_ON = re.compile(
    r"\b(?:data|figures|statistics|numbers|datos|cifras|estad[ií]sticas|dados|n[uú]meros)\s+"
    r"(?:[\w-]+\s+){0,8}?(?:shared|released|published|presented|submitted|tabled|disclosed|"
    r"made\s+public|divulgad[oa]s|publicad[oa]s|presentad[oa]s|apresentad[oa]s|difundid[oa]s)\b"
    r"[^.;]{0,50}$|"
    # the verb first: "INDECOM also released its mid-year figures on Friday", "divulgou nesta
    # sexta o balanço", "presentó el jueves sus cifras"
    r"\b(?:released|published|presented|shared|tabled|issued|publicó|public[oa]u|presentó|"
    r"apresentou|divulg(?:ó|ou)|difundi(?:ó|u))\s+(?:(?:its|their|the|his|her|a|new|sus|las|los|"
    r"o|os|as|seu|seus|suas)\s+)?(?:[\w-]+\s+){0,3}?(?:figures|data|statistics|numbers|report|"
    r"tally|count|cifras|datos|estad[ií]sticas|informe|balance|dados|n[uú]meros|relat[oó]rio|"
    r"balan[cç]o|levantamento)\b[^.;]{0,50}$",
    re.IGNORECASE,
)


# The fields of a case's form (an NGO's or a monitor's record of one case), on lines of their own.
_FIELD_DATE = re.compile(
    # "Data/hora do fato:", "Fecha y hora del hecho:": the day and the hour in one field
    r"^\s*(?:data|fecha|date)(?:\s*(?:/|\se|\sy|\sand)\s*(?:hora|hor[aá]rio|time))?"
    r"(?:\s+(?:do|da|dos|del|de\s+la|de\s+los|of(?:\s+the)?)\s+"
    r"(?:factos?|fatos?|hechos?|ocorr[eê]ncia|incidente|evento|incident|event|ataque|muerte|"
    r"morte|agress[aã]o|agresi[oó]n))?\s*:",
    re.IGNORECASE,
)
_FIELD_PLACE = re.compile(
    r"^\s*(?:local|lugar|localiza[cç][aã]o|ubicaci[oó]n|place|location|sitio)"
    r"(?:\s+(?:do|da|del|de\s+los|of(?:\s+the)?)\s+\w+)?\s*:",
    re.IGNORECASE,
)


# a state that holds on the day the report was written, not the day of the harm: "A man is in
# hospital tonight after being Tasered", "sigue hospitalizado hoy", "continua internado hoje"
_STATE_NOW = re.compile(
    r"\b(?:is|are|remains?|lies|stays?|está|están|sigue|siguen|permanece|permanecen|continúa|"
    r"estão|segue|seguem|continua|continuam)\s+(?:still\s+|aún\s+|todavía\s+|ainda\s+)?"
    r"(?:\w+\s+){0,3}?(?:in\s+(?:a\s+)?(?:hospital|custody|critical|serious|stable)|"
    r"hospitali[sz]ed|internad[oa]s?|hospitalizad[oa]s?|ingresad[oa]s?|en\s+el\s+hospital|"
    r"no\s+hospital|en\s+estado|em\s+estado|detenid[oa]s?|pres[oa]s?|detained)\b[^.;]{0,12}$",
    re.IGNORECASE,
)


def _harm_day_first(
    ann: Annotation, sentence: Sentence, dates: list[DateHit], *, operations: bool = False
) -> list[DateHit]:
    """The dates of a sentence, the one nearest its harm first: in "Sunday's march was the third
    protest since Mateo Griego was shot and killed by two APD officers on July 12" the harm's
    day is July 12, not the march's Sunday. With ``operations``, an operation or a clash the
    harm is told in stands for it where no agent's act is told."""
    told = ann.by_sentence.get(sentence.start, [])
    harm = [a for a in told if a.kind in ("act", "passive")]
    if operations and not harm:
        harm = [a for a in told if a.kind == "context"]
    if len(dates) < 2 or not harm:
        return dates

    def distance(hit: DateHit) -> int:
        start, end = sentence.start + hit.start, sentence.start + hit.end
        return min(max(0, a.start - end, start - a.end) for a in harm)

    return sorted(dates, key=distance)


def _dates_in(ann: Annotation, sentence: Sentence) -> list[DateHit]:
    """The dates ``sentence`` gives a value, but in es/pt narratives not the start of a period
    ("la patrulla rastrillaba la zona desde el jueves"): another day there is no other case.
    (An NGO release's "since October 7" still frames its cases apart.)"""
    return [
        d
        for d in ann.dates(sentence)
        if d.value
        and not (
            ann.lang in ("es", "pt")
            and (
                _PERIOD_START.search(sentence.text[max(0, d.start - 70) : d.start])
                or _OPENS_PERIOD.match(d.text)
            )
        )
        # (a release quoted whole opens on its own dateline: "GENEBRA (22 de janeiro de 2026) -",
        # "Kinshasa, 8 June 2016 –")
        and not _DATELINE_PAREN.search(
            ann.text, max(0, sentence.start + d.start - 50), sentence.start + d.start
        )
        and not ((lead := _LEADING_DATELINE.match(sentence.text)) and d.end <= lead.end())
    ]


def _lede_day(ann: Annotation, heading: Sentence) -> tuple[DateHit | None, Span | None]:
    """The one day of harm the lede tells, before the report's first heading, for a case under a
    heading that gives none ("on Tuesday, 10 March, killing at least three people in Kisumu and
    Nakuru" / "Nakuru: student shot in Kaptembwo"); none when the lede tells several days."""
    days: dict[str, tuple[DateHit, Span]] = {}
    for k, sentence in enumerate(ann.sentences):
        if sentence.start >= heading.start:
            break
        if k and _heading_line(ann.text, sentence):
            break  # the first heading: the cases begin
        if not (lx.DEATH.search(sentence.text) or lx.INJURY.search(sentence.text)):
            continue
        for h in _usable_dates(ann, sentence):
            if h.value and h.precision == "day":
                span = ann.doc.span(sentence.start + h.start, sentence.start + h.end)
                days.setdefault(h.value, (h, span))
    if len(days) != 1:
        return None, None
    return next(iter(days.values()))


def _incident_mention(
    ann: Annotation, incident: _Incident, aggregate_sentences: set[int], n_incidents: int
) -> Mention:
    doc = ann.doc
    text = doc.text
    # (not a figure asked for or given over a period: "How many fatal police shootings has the
    # division had this year?" tells no day, place or count of the case)
    harmed = [a.sentence for a in incident.harm if a.kind != "agent_victim"]
    harm_starts = {s.start for s in harmed if not ann.statistic(s)} or {s.start for s in harmed}
    date_hit, date_span = _day_within_week(
        ann, incident, *_date(ann, incident, harm_starts, aggregate_sentences)
    )
    if date_hit is None and n_incidents == 1:
        date_hit, date_span = _day_the_story_began(ann, incident)
    if (
        date_hit is None
        and incident.heading is not None
        # (a section on one place of the lede's day: "Nakuru: student shot in Kaptembwo"; not a
        # timeline's or a topic's heading, whose cases may be of other days)
        and (
            _place_colon_heading(ann, incident.heading)
            or _place_heading(ann, incident.heading)
            or _region_heading(ann, incident.heading)
            or _run_in_place_heading(ann, incident.heading)
        )
    ):
        date_hit, date_span = _lede_day(ann, incident.heading)
    location = _place(ann, incident, harm_starts)
    if n_incidents == 1:
        location = _title_place(ann, location) or location
    killed, injured, agents_killed, agents_injured, zeros = _counts(
        ann, incident, harm_starts, aggregate_sentences
    )
    window = text[incident.start : incident.end]
    not_parties = [(s.start, s.end) for s in incident.sentences if s.start in aggregate_sentences]
    not_parties += [(a.start, a.end) for a in incident.harm if a.kind == "agent_victim"]
    # (nor the teasers of other stories: "- Colômbia: ... em ação do Exército em Cauca (17/01)")
    first = bisect.bisect_left(ann.sentences, incident.start, key=_start_of)
    last = bisect.bisect_left(ann.sentences, incident.end, key=_start_of)
    not_parties += [
        (ann.sentences[k].start, ann.sentences[k].end)
        for k in range(first, last)
        if _teaser_rail(ann.sentences[k].text) or _dated_teaser_line(ann.sentences, k)
    ]
    forces = _forces(doc, incident, not_parties)
    operation = _operation(doc, incident, aggregate_sentences, forces)
    weapons = _weapons(doc, incident)
    scope_start, scope_end = (0, len(text)) if n_incidents == 1 else (incident.start, incident.end)
    allegations = _allegations(doc, scope_start, scope_end)
    quotes_found = [q for q in ann.quotes if scope_start <= q.start and q.end <= scope_end]
    quotes = [_quote(doc, q) for q in quotes_found]
    people = _people(ann, incident, window, location, quotes_found)

    for zero in zeros:
        nobody = Quantity(low=0, best=0, span=doc.span(zero.start, zero.end))
        if zero.harm == "killed":
            if zero.scope != "victims":
                agents_killed = agents_killed or nobody
            if zero.scope != "agents":
                killed = killed or nobody
        else:
            if zero.scope != "victims":
                agents_injured = agents_injured or nobody
            if zero.scope != "agents":
                injured = injured or nobody
    killed, injured = _single_victim(doc, incident, killed, injured, people, aggregate_sentences)
    if killed is None and injured is not None and _death_withdrawn(ann):
        # "An earlier version of this article said the 16-year-old had died. That was
        # incorrect": the page says the one hurt did not die
        killed = Quantity(low=0, best=0, high=None, span=None)
    people = _dead_after_hurt(incident, people)
    people = _fates_from_counts(
        doc.text, people, operation[0] if operation else None, killed, injured
    )

    evidence = [doc.span(s.start, s.end) for s in incident.sentences if s.start in harm_starts]
    confidence = 0.9 if any(a.kind in ("act", "passive") for a in incident.harm) else 0.7
    admin1, admin1_name = (location.admin1, location.admin1_name) if location else (None, None)
    region, region_name = default_gazetteer().first_level(admin1)
    if region != admin1:  # a Philippine province: its region
        admin1, admin1_name = region, region_name
    return Mention(
        kind="incident",
        evidence=evidence[:5],
        date=date_hit.value if date_hit else None,
        date_precision=date_hit.precision if date_hit and date_hit.value else "unknown",
        date_span=date_span,
        place=location.place if location else None,
        place_span=(
            doc.span(location.place_start, location.place_end)
            if location and location.place_start is not None and location.place_end is not None
            else None
        ),
        city=_city(doc, ann.lang, location),
        admin1=admin1,
        admin1_name=admin1_name,
        country=location.country if location else None,
        lat=location.lat if location else None,
        lon=location.lon if location else None,
        geo_precision=location.geo_precision if location else None,
        forces=forces,
        killed=killed,
        injured=injured,
        agents_killed=agents_killed,
        agents_injured=agents_injured,
        operation=operation[0] if operation else None,  # type: ignore[arg-type]
        operation_span=operation[1] if operation else None,
        people=people,
        weapons=weapons,
        allegations=allegations,
        quotes=quotes,
        extractor=EXTRACTOR,
        confidence=confidence,
    )


_BODY_FOUND = re.compile(
    r"\b(?:(?:found|recovered|located|identified)\s+(?:(?:his|her|their|the)\s+)?(?:body|bodies|remains)|"
    r"(?:body|bodies|remains)\s+(?:was|were)\s+(?:later\s+)?(?:found|recovered|located|identified)|"
    r"(?:encontr|hall|localiz|identific)\w*\s+(?:(?:el|o|su|seu|sus|seus|los|os)\s+)?"
    r"(?:cuerpos?|corpos?|cad[aá]ver(?:es)?|restos)|"
    r"(?:cuerpos?|corpos?|cad[aá]ver(?:es)?)\s+(?:\w+\s+){0,2}?(?:fue|foi|fueron|foram)\s+"
    r"(?:encontrad|hallad|localizad|identificad)\w*)",
    re.IGNORECASE,
)


def _date(
    ann: Annotation, incident: _Incident, harm_starts: set[int], aggregate_sentences: set[int]
) -> tuple[DateHit | None, Span | None]:
    """In the first harm sentence that has one, the date nearest the harm; else the first date of
    the incident's text. A dateline's date is when the story was filed, not the event; a date in
    someone's words is when they spoke ("y hoy la Justicia dio el primer paso")."""
    # A charge, a trial or a verdict has its own day: its sentence dates the incident last.
    # "Los hechos que el tribunal dio por probados ocurrieron el 14 de agosto": the verdict's
    # sentence that says when the events occurred dates them.
    # a body found after the death was told dates the finding, not the death ("Morreu na caixa
    # da viatura ... Só na quinta-feira, 26, um primo encontrou o corpo na morgue")
    first_harm = min((s.start for s in incident.sentences if s.start in harm_starts), default=-1)

    # the sentence right before the harm's, in its paragraph, sets its scene: its day comes
    # before a lede's further up ("Anger boiled over on Wednesday in Dhemaji, where villagers
    # blocked the highway. Police opened fire, killing a farmer")
    scene = _scene_before(ann, first_harm)
    if scene is not None and (
        scene.start in harm_starts
        or not any(h.precision == "day" and h.value for h in _usable_dates(ann, scene))
    ):
        scene = None  # (a scene that gives no day, or is a harm sentence of its own)

    def day_before_harm(s: Sentence) -> bool:
        return scene is not None and s.start == scene.start

    ordered = sorted(
        incident.sentences,
        key=lambda s: (
            (
                bool(_LEGAL.search(s.text))
                or (s.start not in harm_starts and _REMEMBRANCE.search(s.text) is not None)
            )
            and not any(_dates_the_event(s.text, h) for h in ann.dates(s)),
            s.start not in harm_starts
            or (s.start > first_harm and _BODY_FOUND.search(s.text) is not None),
            not day_before_harm(s),
            # the page's own day on a line of its own ("THE PAPERS: Thursday 20 March 2025")
            # after any other
            s.start not in harm_starts and _page_day_line(ann, s),
            # the case's heading ("14 de Março — Chimoio") before another item's day above it
            not (incident.heading is not None and s.start == incident.heading.start),
            -s.start if day_before_harm(s) else s.start,
        ),
    )
    anchors = {
        a.sentence.start: (a.start, a.end) for a in incident.harm if a.kind != "agent_victim"
    }
    acted = {a.sentence.start for a in incident.harm if a.kind in ("act", "passive")}
    # a case's form names its own day: "Data do facto: 02/09/2024", "Fecha del hecho: ..."
    for sentence in incident.sentences:
        if _FIELD_DATE.match(sentence.text):
            days = [h for h in _usable_dates(ann, sentence) if h.value and h.precision == "day"]
            if days:
                hit = days[0]
                return hit, ann.doc.span(sentence.start + hit.start, sentence.start + hit.end)

    # the case's own sentence of when: "El hecho ocurrió el martes último en la colonia ...",
    # "The shooting happened on Sunday night": its day over the lede's "informaron este jueves"
    for sentence in incident.sentences:
        occurred = _EVENT_OCCURRED.search(sentence.text)
        if sentence.start in harm_starts or occurred is None:
            continue
        days = [
            h
            for h in _usable_dates(ann, sentence)
            if h.value
            and h.precision == "day"
            and h.start >= occurred.end()
            # "O ataque aconteceu menos de 24 horas depois de ... apreender, na tarde de sábado
            # (5)": the day of what came before it
            and not _AFTER_ANOTHER.search(sentence.text, occurred.end(), h.start)
        ]
        if days:
            hit = days[0]
            return hit, ann.doc.span(sentence.start + hit.start, sentence.start + hit.end)

    def usable(sentence: Sentence) -> list[DateHit]:
        return _usable_dates(ann, sentence)

    if incident.by_section:
        # "II. AMADORA, CASAL DA BOBA — 19 DE JULHO DE 2025": the case's day, before any the
        # body tells ("Era domingo de Carnaval"); "PLACE — DAY" on its line is no dateline
        headed = _heading_date(ann, incident, day_only=False)
        if headed is not None:
            return headed

    if not any(usable(s) for s in incident.sentences if s.start in harm_starts):
        # no harm sentence has a day: the time a live page's entry is stamped with, over a day
        # another entry names ("o reajuste que passa a valer na segunda-feira")
        live = _live_entry_day(ann, incident, harm_starts)
        if live[0] is not None:
            return live

    for sentence in ordered:
        if sentence.start in aggregate_sentences:
            continue
        hits = usable(sentence)
        if not hits and sentence.start in harm_starts:
            # "Ese día, en la madrugada, soldados dispararon": the day told just before; or
            # "Ese día ... tuvo un enfrentamiento. Como resultado perdieron la vida cuatro
            # personas": the toll's cause, just before it, is the one that says "that day"
            same_day = (
                sentence if lx.SAME_DAY.search(sentence.text) else _same_day_before(ann, sentence)
            )
            hit_before = _day_told_before(ann, same_day, usable) if same_day else None
            if hit_before is not None:
                return hit_before
        if not hits and (sentence.start in acted or sentence.start in harm_starts):
            # "The following day, soldiers shot ...", "Dos días después, la policía ...": the day
            # told just before, counted on
            later = _counted_on(ann, sentence, usable, acted=sentence.start in acted)
            if later is not None:
                return later
        if not hits:
            continue
        legal = list(_LEGAL.finditer(sentence.text))
        if legal:
            # "condenou ontem dois policiais ... pela morte de X, baleado em 12 de outubro de
            # 2020": the day right after the verdict's verb is the verdict's
            kept = [h for h in hits if not any(0 <= h.start - m.end() <= _LEGAL_DAY for m in legal)]
            hits = kept or hits
        if sentence.start in anchors and not legal:
            # the harm's words, from the agents to the harm: a date among them is the harm's
            # ("agentes que imobilizaram um homem na madrugada de sábado ... e que morreu")
            lo, hi = anchors[sentence.start]
            points = [(lo - sentence.start, hi - sentence.start)]
        else:  # the date nearest any word of death or injury in the sentence
            points = [
                (m.start(), m.start())
                for pattern in (lx.DEATH, lx.INJURY, _HARM_OF)
                for m in pattern.finditer(sentence.text)
            ] or [(0, 0)]
        # "was transferred in December after the fatal shooting of ... on November 18": a day
        # told before "after" the harm dates what followed it
        sequel = [
            h
            for h in hits
            if any(
                h.end <= m.start() and m.end() <= a
                for m in _SEQUEL_OF.finditer(sentence.text, h.end)
                for a, _ in points
            )
        ]
        if sequel and len(sequel) < len(hits):
            hits = [h for h in hits if h not in sequel]
        # "la muerte de dos jóvenes, ocurrida hace una semana": the date the event is given
        dated = [h for h in hits if _dates_the_event(sentence.text, h)]
        hit = min(
            dated or hits,
            key=lambda h: min(max(0, a - h.start, h.start - b) for a, b in points),
        )
        day = _heading_date(ann, incident, day_only=True)
        if day is not None and day[0].value and hit.value:
            if hit.precision in ("month", "year") and day[0].value.startswith(hit.value):
                return day  # "IV. Cárcel de Latacunga — martes 30 de septiembre" / "en 2025"
            if (
                hit.kind == "relative"
                and hit.value != day[0].value
                and incident.heading is not None
                # (a case's own heading, not a place and a day that may be the dateline)
                and (
                    _CASE_HEADING.match(incident.heading.text)
                    or _NUMBERED_HEADING.match(incident.heading.text)
                )
            ):
                # "Caso 1. Tecpan, Guerrero — martes 3 de febrero" / "la versión difundida al día
                # siguiente": a day counted from another is no surer than the heading's own
                return day
            if hit.kind == "weekday" and hit.value != day[0].value:
                # "III. PORTO, BAIRRO DO CERCO — 10 DE NOVEMBRO DE 2024" / "Num domingo": a
                # weekday counts back from the heading's day, not from the report's; the day
                # itself when it is that weekday ("Quilmes, 11 de agosto" over "el partido
                # disputado el sábado" is Saturday the 9th)
                weekday_day, heading_day = as_date(hit.value), as_date(day[0].value)
                if (
                    weekday_day is None
                    or heading_day is None
                    # (the heading's weekday among the sentence's: "la medianoche del sábado
                    # al domingo" under "domingo 22 de febrero")
                    or any(
                        (named_too := as_date(h.value)) is not None
                        and named_too.weekday() == heading_day.weekday()
                        for h in hits
                        if h.kind == "weekday"
                    )
                ):
                    return day
                back = heading_day - timedelta(
                    days=(heading_day.weekday() - weekday_day.weekday()) % 7
                )
                hit = dataclasses.replace(hit, value=back.isoformat())
        if _DIED_ON_BEFORE.search(sentence.text[max(0, hit.start - _DIED_REACH) : hit.start]):
            # the day someone died: the harm's is how long before it the sentence says, or the
            # day the case tells he was hit
            counted_back = _days_after(sentence.text, hit, ann.lang)
            harmed = _day_harmed(ann, incident, hit) if counted_back is hit else None
            if harmed is not None:
                return harmed
            hit = counted_back
        if hit.precision == "month" and hit.value:
            # "during November traffic stop" over "on Saturday, November 22, Officer K. conducted
            # a traffic stop": the case's text makes its month a day
            within = _day_in_month(ann, incident, hit.value)
            if within is not None:
                return within
        return hit, ann.doc.span(sentence.start + hit.start, sentence.start + hit.end)
    # no day in its text: the day of the "Matola, 13 de novembro" heading the case is told under
    first = incident.sentences[0]
    if first.start > 0 and _place_and_day_heading(ann, first):
        hit = next(h for h in ann.dates(first) if h.precision == "day" and h.value)
        return hit, ann.doc.span(first.start + hit.start, first.start + hit.end)
    return None, None


def _day_in_month(ann: Annotation, incident: _Incident, month: str) -> tuple[DateHit, Span] | None:
    """The one day of ``month`` the case's text tells, not a day it was told or remembered on."""
    found: dict[str, tuple[DateHit, Span]] = {}
    for sentence in incident.sentences:
        for h in _usable_dates(ann, sentence):
            if (
                h.precision == "day"
                and h.value
                and h.value.startswith(month + "-")
                and not _told_on(sentence.text, h)
                and not _LEGAL.search(sentence.text)
            ):
                span = ann.doc.span(sentence.start + h.start, sentence.start + h.end)
                found.setdefault(h.value, (h, span))
    return next(iter(found.values())) if len(found) == 1 else None


# a day, then how long after the harm it came: "died ... on Saturday, four days after the raid",
# "murió el jueves, tres días después del operativo", "morreu no sábado, dois dias depois da ação"
_DAYS_AFTER_HARM = re.compile(
    r"\s*,?\s*(?P<n>[\w-]+)\s+(?:days?|d[ií]as)\s+(?:after|despu[eé]s\s+de(?:l)?|depois\s+d[aoe]s?)\s+"
    # (the harm as a clause: "three days after he was arrested", "tres días después de ser
    # detenido", "dois dias depois de ser preso")
    r"(?:(?:(?:he|she|they)\s+(?:was|were|had\s+been)|being|ser|haber\s+sido|ter\s+sido)\s+"
    r"(?:arrested|detained|beaten|shot|assaulted|taken\s+into\s+custody|detenid[oa]|golpead[oa]|"
    r"baleado|pres[oa]|detid[oa]|espancad[oa])\b|"
    r"(?:the|la|el|a|o|his|her|their|su|sua|seu)?\s*(?:raid|shooting|attack|beating|assault|arrest|"
    r"incident|clash|clashes|protest|operation|crackdown|confrontation|operativo|operaci[oó]n|"
    r"ataque|agresi[oó]n|golpiza|detenci[oó]n|enfrentamiento|tiroteo|balacera|protesta|desalojo|"
    r"a[cç][aã]o|opera[cç][aã]o|abordagem|agress[aã]o|espancamento|pris[aã]o|confronto|tiroteio)\b)",
    re.IGNORECASE,
)


def _days_after(sentence: str, hit: DateHit, lang: str | None) -> DateHit:
    """A death's day told with how long after the harm it came: the harm's day (asked only of
    a death's day: "On Monday, two days after the protest, police shot ..." is Monday)."""
    after = _DAYS_AFTER_HARM.match(sentence, hit.end)
    day = as_date(hit.value) if after is not None and hit.precision == "day" else None
    if after is None or day is None:
        return hit
    numbers = find_numbers(after.group("n"), lang)
    n = numbers[0].best if numbers else None
    if not n or n > _STORY_DAYS:
        return hit
    return dataclasses.replace(hit, value=(day - timedelta(days=n)).isoformat())


# the day someone died, told right after the death: "Morreu na manhã desta terça-feira (10)",
# "died at Parirenyatwa Group of Hospitals on Saturday", "falleció el miércoles 5"
_DIED_REACH = 90
# the verbs of dying (read by _DIED_ON_BEFORE and _DIED_LATER)
_DIED = r"died|passed\s+away|succumbed|muri[oó]|falleci[oó]|morreu|faleceu"
_DIED_ON_BEFORE = re.compile(rf"\b(?:{_DIED})\b[^.;,]*$", re.IGNORECASE)
# a day the one who died was hit on: "internado desde a madrugada de domingo (8), quando foi
# atingido", "was shot on Friday", "fue baleado el viernes", "herido el sábado"
_HIT = (
    r"shot|wounded|struck|beaten|injured|hit|baleado|baleada|herid[oa]|alvejad[oa]|atingid[oa]|"
    r"ferid[oa]|golpead[oa]|espancad[oa]"
)
_HARMED_ON_BEFORE = re.compile(
    r"\b(?:was|were|been|fue|fueron|foi|foram|resultó|resultaram|ficou)\s+(?:\w+\s+)?"
    rf"(?:{_HIT})\b[^.;]{{0,40}}$",
    re.IGNORECASE,
)
_WHEN_HARMED_AFTER = re.compile(
    r"\s*,?\s*(?:quando|cuando|when)\s+(?:(?:he|she|they)\s+)?(?:was|were|fue|fueron|foi|foram)\s+"
    rf"(?:\w+\s+)?(?:{_HIT})\b",
    re.IGNORECASE,
)


def _day_harmed(ann: Annotation, incident: _Incident, died: DateHit) -> tuple[DateHit, Span] | None:
    """The day a person who died later was hit, when the case tells it: the harm's day, not the
    death's ("Morreu na manhã desta terça-feira (10) ... o quarto baleado ... internado desde a
    madrugada de domingo (8), quando foi atingido")."""
    death = as_date(died.value)
    if death is None or died.precision != "day":
        return None
    for sentence in incident.sentences:
        for h in ann.dates(sentence):
            day = as_date(h.value) if h.precision == "day" else None
            if day is None or not 0 < (death - day).days <= _STORY_DAYS:
                continue
            if _WHEN_HARMED_AFTER.match(sentence.text, h.end) or _HARMED_ON_BEFORE.search(
                sentence.text[max(0, h.start - 60) : h.start]
            ):
                return h, ann.doc.span(sentence.start + h.start, sentence.start + h.end)
    return None


# a live page's entry stamped with a time of day alone: "16:20 | Actualización. La cifra de
# fallecidos asciende a dos", "23:05\nUPDATE 6: ... now says seven protesters were killed"
_CLOCK_STAMP = re.compile(
    r"(?:^|\n)[ \t]*\d{1,2}[:.h]\d{2}(?:\s*(?:[ap]\.?m\.?|h|hrs?))?[ \t]*(?:[|—–-]|(?=\n)|$)",
    re.IGNORECASE,
)


_STAMP_CHARS = 10  # how far into a sentence a live page's time stamp may stand


def _live_entry_day(
    ann: Annotation, incident: _Incident, harm_starts: set[int]
) -> tuple[DateHit | None, Span | None]:
    """A harm told in an entry that a live page stamps with a time of day alone happened on the
    page's day, the report's own date: the stamp is the evidence."""
    published = ann.doc.published
    if not published or len(published) < 10:
        return None, None
    for sentence in incident.sentences:
        if sentence.start not in harm_starts:
            continue
        entry = ann.text.rfind("\n", 0, sentence.start)
        # (the stamp may open the sentence itself: "18:40\nPolicías dispararon ...")
        stamp = _CLOCK_STAMP.search(ann.text, max(0, entry), sentence.start + _STAMP_CHARS)
        line_end = entry
        for _ in range(2):
            if stamp is not None or line_end <= 0:
                break
            # the stamp on a line of its own, above the entry ("23:05\nUPDATE 6: ..."), blank
            # lines between, or above the entry's headline ("14:20\nDrone strike on Tyre
            # coastal road: two dead\n\nAn Israeli drone struck ...")
            while line_end > 0 and ann.text[line_end - 1].isspace():
                line_end -= 1  # (read backwards: no copy of the text before)
            above = ann.text.rfind("\n", 0, line_end)
            stamp = _CLOCK_STAMP.fullmatch(ann.text, max(0, above), line_end)
            if stamp is None and line_end - above <= _HEADING_LINE:
                # the stamp and the entry's place on its line: "13h20 — FOZ DO IGUAÇU (PR)"
                stamp = _CLOCK_STAMP.match(ann.text, max(0, above), line_end)
            if line_end - above > _HEADING_LINE:
                break  # a paragraph, not an entry's headline
            line_end = above
        if stamp is None:
            continue
        headed = _timeline_day(ann, sentence)
        if headed is not None:
            return headed  # "Sunday, Oct. 13" above "7:26 p.m. - One officer fires": that day
        start = stamp.start() + len(stamp.group()) - len(stamp.group().lstrip())
        end = start + len(stamp.group().strip().rstrip("|—–-").rstrip())
        hit = DateHit(start, end, ann.text[start:end], published[:10], "day", "clock")
        return hit, ann.doc.span(start, end)
    return None, None


_TIMELINE_REACH = 1500  # characters above an entry in which its day's heading may stand
_DAY_HEADING_CHARS = 40


def _timeline_day(ann: Annotation, sentence: Sentence) -> tuple[DateHit, Span] | None:
    """The day a timeline's heading gives the entries below it ("SATURDAY, FEBRUARY 1",
    "Sunday, Oct. 13"): the last line above the entry that holds a day and nothing else but
    its weekday."""
    k = bisect.bisect_left(ann.sentences, sentence.start, key=lambda s: s.start)
    for above in reversed(ann.sentences[max(0, k - 40) : k]):
        if above.start < sentence.start - _TIMELINE_REACH:
            break
        text = above.text
        if len(text) > _DAY_HEADING_CHARS or not _starts_line(ann.text, above.start):
            continue
        days = [h for h in ann.dates(above) if h.precision == "day" and h.value]
        rest = (text[: days[0].start] + text[days[0].end :]) if len(days) == 1 else text
        if len(days) == 1 and not re.search(r"\w", _WEEKDAY_WORDS.sub("", rest)):
            hit = days[0]
            return hit, ann.doc.span(above.start + hit.start, above.start + hit.end)
    return None


_WEEKDAY_WORDS = re.compile(rf"\b(?:{_WEEKDAY_NAMES})\b", re.IGNORECASE)


# what a day told before it dates: a sequel of the harm named after it ("in December after the
# fatal shooting", "en marzo, tras la muerte de")
_SEQUEL_OF = re.compile(
    r"\b(?:after|following|follows|followed|tras|despu[eé]s\s+de|depois\s+d[aoe]s?|ap[oó]s)\s+"
    r"(?:the|la|el|a|o|los|las|os|as)\b",
    re.IGNORECASE,
)
# the harm named by its noun, in a sentence that tells it as a topic: "the shooting of a driver
# at a roadblock near Mpigi on Saturday night"
_HARM_OF = re.compile(
    r"\b(?:shooting|killing|beating|death|muerte|asesinato|homicidio|morte|assassinato|"
    r"homic[ií]dio)\s+(?:of|de|do|da|del)\b",
    re.IGNORECASE,
)


def _heading_date(
    ann: Annotation, incident: _Incident, *, day_only: bool
) -> tuple[DateHit, Span] | None:
    """The date the case's heading gives (a day, with ``day_only``), if it gives one."""
    heading = incident.heading
    if heading is None:
        return None
    for h in ann.dates(heading):
        if h.value and h.kind != "relative" and (h.precision == "day" or not day_only):
            return h, ann.doc.span(heading.start + h.start, heading.start + h.end)
    return None


# A sentence that asks ("Quem disparou contra o seu amigo?", "saying cops shot someone??") or
# names words to stop using claims no harm.
_ASKED_OR_QUOTED = re.compile(
    r"\?+[\"'”’»)]*\s*$|\b(?:stop|quit)\s+(?:saying|claiming|calling|repeating)\b|"
    r"\b(?:dejen|paren|deixem|parem)\s+de\s+(?:decir|dizer|repetir)\b|"
    # a headline others gave the case, quoted: 'compartilhado no domingo como "PM mata homem em
    # bar"', 'shared as "Cop kills man"'
    r"\b(?:compartilhad|divulgad|difundid|viraliz|replicad|shared|circulated|went\s+viral)\w*\s+"
    r"(?:[\w,]+\s+){0,5}?(?:como|as)\s+[\"“«]",
    re.IGNORECASE,
)
# "Data de nascimento declarada: 14/02/1998", "born on March 3, 1990", "nacido el": a birthday
_BORN_ON = re.compile(
    r"\b(?:nacimiento|nascimento|birth|born|nacid[oa]|nascid[oa]|naci[oó]|nasceu|DOB)\b[^.;]{0,25}$",
    re.IGNORECASE,
)
_STORY_DAYS = 31  # how far before the report a day told as "el jueves pasado" may be


def _day_the_story_began(
    ann: Annotation, incident: _Incident
) -> tuple[DateHit | None, Span | None]:
    """A report's one case that gives no day in its own sentences, told as a story from a day
    named before them ("El jueves pasado salimos de Antigua ... [two sections later] vimos a dos
    agentes pegarle"): that day, when it is a recent one named from the report's date
    ("ayer", "el jueves pasado"), not a date of the calendar (background: "En 2019 ...")."""
    published = ann.doc.published
    if not published:
        return None, None
    first = incident.sentences[0].start
    earlier = [s for s in ann.sentences if s.end <= first]
    for sentence in reversed(earlier):
        for hit in reversed(_usable_dates(ann, sentence)):
            if hit.kind not in ("relative", "weekday") or hit.precision != "day" or not hit.value:
                continue
            days = (date.fromisoformat(published[:10]) - date.fromisoformat(hit.value)).days
            if 0 <= days <= _STORY_DAYS:
                return hit, ann.doc.span(sentence.start + hit.start, sentence.start + hit.end)
            return None, None
    return None, None


def _day_within_week(
    ann: Annotation,
    incident: _Incident,
    hit: DateHit | None,
    span: Span | None,
) -> tuple[DateHit | None, Span | None]:
    """A week the lede gives ("died in custody ... this week") and days of that week the case
    tells later ("shortly after 7 p.m. Monday", "pronounced dead early Tuesday"): the first."""
    if hit is None or hit.precision != "week" or not hit.value:
        return hit, span
    try:
        first = date.fromisoformat(hit.value)
    except ValueError:
        return hit, span
    days: list[tuple[str, Sentence, DateHit]] = []
    for sentence in incident.sentences:
        for day in _usable_dates(ann, sentence):
            if day.precision != "day" or not day.value:
                continue
            try:
                offset = (date.fromisoformat(day.value) - first).days
            except ValueError:
                continue
            if abs(offset) < 7:
                days.append((day.value, sentence, day))
    if not days:
        return hit, span
    # the earliest: the harm comes before what is told of it (the death, the family told)
    _, sentence, day = min(days, key=lambda d: d[0])
    return day, ann.doc.span(sentence.start + day.start, sentence.start + day.end)


def _usable_dates(ann: Annotation, sentence: Sentence) -> list[DateHit]:
    """The dates of ``sentence`` that may be an event's: not a dateline's, the report's own day,
    a date to come, the start of a period or a date in someone's quoted words."""
    text = ann.text
    return [
        _after_bound(sentence.text, h)
        for h in ann.dates(sentence)
        if (h.value or h.precision != "unknown")
        and not _in_dateline(text, sentence.start + h.start)
        and not (
            _DATELINE_SENTENCE.fullmatch(sentence.text[: h.start] + sentence.text[h.end :])
            # a record's day after its name on the same line is the record's, no dateline
            and (_starts_line(text, sentence.start) or not _bare_day(ann, sentence))
        )
        and not _wire_dateline(sentence.text, h)
        and not (h.precision == "year" and _FOUNDED_IN.search(sentence.text, 0, h.start))
        and not _release_dateline(ann, sentence)
        and not _signed(sentence.text, h)
        and not _future_reference(sentence.text, h.start)
        and not _PERIOD_START.search(sentence.text[max(0, h.start - 70) : h.start])
        and not _OPENS_PERIOD.match(h.text)
        and not _landmark(sentence.text, h)
        and not _PUBLISHED_AFTER.match(sentence.text, h.end)
        and not _told_on(sentence.text, h)
        # "recorrieron el viernes las veredas ... donde hace un año cayeron los dos campesinos":
        # a weekday beside "a year ago" is the remembrance's, the case is a year before
        and not (h.kind in ("weekday", "relative") and _YEARS_AGO.search(sentence.text))
        # "said today" is the report's day; "seven protesters were killed in Nasiriyah today"
        # is the harm's, and the report's too
        and not (
            _TODAY.match(h.text.strip())
            and not _HARMED_TODAY.search(sentence.text[max(0, h.start - 60) : h.start])
        )
        and not _BORN_ON.search(sentence.text[max(0, h.start - 40) : h.start])
        and not (
            h.kind == "relative"
            and _STATE_NOW.search(sentence.text[max(0, h.start - 50) : h.start])
        )
        # a date in someone's quoted words, but not in a statement reproduced over paragraphs
        and not any(
            q.start <= sentence.start + h.start < q.end and "\n" not in text[q.start : q.end]
            for q in ann.quotes
        )
        and not _publication_line(ann, sentence, h)
    ]


def _event_dates(ann: Annotation, sentences: list[Sentence]) -> list[DateHit]:
    """The days events are told on in ``sentences``: their usable dates with a value, but not
    a charge's, a trial's or a verdict's ("On May 2 the court sentenced him"), nor a year said
    of a thing in a relative clause ("the unit that replaced the ESMAD riot squad in 2023")."""
    return [
        h
        for s in sentences
        for h in _usable_dates(ann, s)
        if h.value
        and (not _LEGAL.search(s.text) or _dates_the_event(s.text, h))
        and not _described_year(s.text, h)
    ]


# a relative clause that opens before a date, with no comma or harm between them
_RELATIVE_BEFORE = re.compile(
    r"\b(?:that|which|who|whose|que|quien|quienes|cuyo|cuya|cujo|cuja)\b[^,;:.]{0,60}$",
    re.IGNORECASE,
)


_FOUNDED_IN = re.compile(
    r"\b(?:founded|established|created|set\s+up|formed|fundad[oa]s?|cread[oa]s?|criad[oa]s?|"
    r"constituid[oa]s?)\s*(?:in|en|em)?\s*$",
    re.IGNORECASE,
)


def _described_year(sentence: str, hit: DateHit) -> bool:
    """A year in a relative clause that describes a thing, not the event the sentence tells:
    "officers from the UNDMO, the unit that replaced the ESMAD riot squad in 2023, moved in"."""
    if hit.precision != "year":
        return False
    if _FOUNDED_IN.search(sentence, 0, hit.start):
        return True  # "ARMO was founded in 2016": a body's own history
    before = _RELATIVE_BEFORE.search(sentence[max(0, hit.start - 70) : hit.start])
    return before is not None and not (
        lx.DEATH.search(before.group()) or lx.INJURY.search(before.group())
    )


def _place(ann: Annotation, incident: _Incident, harm_starts: set[int]) -> Location | None:
    """The most precise place in the first harm sentence; else its section heading's or the lede's,
    when the harm sentence names none ("That's when an officer shot him.")."""
    harmed = [s for s in incident.sentences if s.start in harm_starts]
    # a headline sums the case up ("Patrulla militar mata a joven agricultor en Tecoluca"): the
    # lede that follows it says where more precisely (Spanish and Portuguese headlines, in the
    # present, are harm clauses of their own)
    told = [s for s in harmed if _PROSE_END.search(s.text)]
    if ann.lang not in ("es", "pt"):
        told = []
    first_harm = (told or harmed or incident.sentences)[0]
    # the case's heading, read in the report around it and on its own line
    heading = incident.heading
    around = from_heading = None
    if heading is not None and _CASE_NUMBER_ONLY.fullmatch(heading.text.strip()):
        # "CASO 2." read as a sentence of its own: the heading is its whole line ("CASO 2.
        # Domingo 6 de octubre de 2024 – zona rural del norte del Cauca")
        line_end = ann.text.find("\n", heading.end)
        line_end = len(ann.text) if line_end < 0 else line_end
        heading = Sentence(heading.start, line_end, ann.text[heading.start : line_end])
    if heading is not None:
        around = _locate(ann.doc, ann.lang, (heading.start, heading.end))
        from_heading = _locate_heading(ann, heading, around)
    if incident.by_section and heading is not None and _within(from_heading, heading):
        assert from_heading is not None
        # the report around it knows a town the heading alone does not ("1. Batibo, Momo
        # division (North-West)"): the town, when it lies in the heading's region
        if (
            _within(around, heading)
            and around is not None
            and around.admin1 == from_heading.admin1
            and (around.geo_precision or 6) < (from_heading.geo_precision or 6)
        ):
            return around
        return from_heading
    # a case's form names its own place: "Local: Bairro de Muatala, cidade de Nampula"
    for sentence in incident.sentences:
        if _FIELD_PLACE.match(sentence.text):
            field_place = _locate(ann.doc, ann.lang, (sentence.start, sentence.end))
            if _within(field_place, sentence):
                return field_place
    location = _locate(ann.doc, ann.lang, (first_harm.start, first_harm.end))
    if _within(location, first_harm):
        return location
    if (
        location is not None
        and location.place_start is not None
        and any(s.start <= location.place_start < s.end for s in harmed)
    ):
        return location  # named in another of the case's harm sentences, not only nearby
    scene = _scene_before(ann, first_harm.start) if incident.heading is None else None
    if scene is not None:
        # the sentence before the harm's, in its paragraph, sets its scene ("... por los hechos
        # ocurridos en el sector Pelantaro, en Padre Las Casas. La noche del 14 de enero, una
        # patrulla ... disparó"), nearer than a lede further up
        from_scene = _locate(ann.doc, ann.lang, (scene.start, scene.end))
        if (
            _within(from_scene, scene)
            and from_scene is not None
            and from_scene.place_start is not None
            # told as where something happened ("en el sector Pelantaro", "in Dhemaji"), not a
            # name that only reads as a place ("According to Amos", "la plaza San Martín")
            and _LOCATIVE_BEFORE.search(
                ann.text, max(0, from_scene.place_start - 40), from_scene.place_start
            )
        ):
            return from_scene
    # the section's heading ("Beatings in Kermanshah"), else the lede
    for lede in (incident.heading, incident.sentences[0]):
        if lede is None or lede is first_harm:
            continue
        from_lede = _locate(ann.doc, ann.lang, (lede.start, lede.end))
        if _within(from_lede, lede):
            return from_lede
        if (
            lede is incident.heading
            and from_lede is not None
            and from_lede.place
            and re.search(rf"\b{re.escape(from_lede.place)}\b", lede.text)
        ):
            return from_lede  # "Nampula, 7 de novembro": the heading's place, named again below
        if lede is incident.heading:
            # the place its section tells before the harm ("NU 29, Motherwell"; "4.2. Distrito
            # de Chókwè, província de Gaza. Na manhã de 10 de Outubro ...")
            section = _locate(ann.doc, ann.lang, (lede.start, first_harm.end))
            if (
                section is not None
                and section.place_start is not None
                and lede.start <= section.place_start < first_harm.end
            ):
                return section
    # a place told outside the case's own section is another case's: the heading's region
    # ("6. Ekona, Fako division (South-West)", a village the gazetteer lacks) is nearer
    outside = (
        location is None
        or location.place_start is None
        or (
            heading is not None
            and not heading.start <= location.place_start < incident.sentences[-1].end
        )
    )
    if heading is not None and outside and _within(from_heading, heading):
        return from_heading
    return location


Counts = tuple[Quantity | None, Quantity | None, Quantity | None, Quantity | None, list[Zero]]


def _counts(
    ann: Annotation, incident: _Incident, harm_starts: set[int], aggregate_sentences: set[int]
) -> Counts:
    """Killed and injured, civilians and agents apart, and the denials ("nobody died").
    Aggregates are not this incident's figures; the sentences that tell the harm come first."""
    counts: list[Count] = []
    zeros: list[Zero] = []
    for sentence in incident.sentences:
        if sentence.start in aggregate_sentences or retracted(sentence.text):
            continue  # (nor the figure an earlier version gave: "a ALN referiu nove feridos")
        found = ann.counts(sentence)
        singles = [
            c
            for c in ann.single_counts(sentence)
            if not any(f.start < c.end and c.start < f.end for f in found)
        ]
        if (found or singles) and ann.statistic(sentence):
            continue  # a statistic told beside the case is not its count
        counts.extend(
            c
            for c in found + singles
            if not _EARLIER_EVENT.search(sentence.text[: c.start - sentence.start])
            # a lede that tells two cases: "... near Ferozewala on Sunday night, while the family
            # of a labourer who died in police custody in Pattoki last week staged a protest"
            and not _SECOND_CASE.search(sentence.text[: c.start - sentence.start])
        )
        zeros.extend(ann.zero_counts(sentence))
    harm_ranges = [(s.start, s.end) for s in incident.sentences if s.start in harm_starts]

    # "Yordy, que resultó herido de bala el viernes ..., murió este domingo": one person, hurt
    # and then dead, counted once, among the dead
    dead_ones = [c for c in counts if c.harm == "killed" and c.number.best == 1]
    counts = [
        c
        for c in counts
        if not (
            c.harm == "injured"
            and c.number.best == 1
            and any(d.agents == c.agents and d.start < c.end and c.start < d.end for d in dead_ones)
        )
    ]
    # "Dois homens morreram ... Os dois homens baleados": the second count is the same two men.
    counted = {c.number.best for c in counts if not c.definite}
    counts = [c for c in counts if not (c.definite and c.number.best in counted)]
    # "Quatro pessoas morreram, entre elas um policial ... deixando quatro mortos": the later four
    # is the same total, agents included, already split.
    totals = {(c.harm, c.total) for c in counts if c.total is not None}
    counts = [
        c
        for c in counts
        if c.total is not None or c.agents or (c.harm, c.number.best) not in totals
    ]

    # the sentences that tell the harm told its toll: a figure of another kind told before them
    # is not this incident's ("six people were injured in police firing" and, sentences before,
    # "58 passengers were killed" in an attack by others); one told after them goes on the story
    # ("... and killed two of them. A woman grazed in the leg was treated")
    toll_told = any(any(a <= c.start < b for a, b in harm_ranges) for c in counts if not c.agents)
    first_harm = min((a for a, _ in harm_ranges), default=0)

    def pick(harm: str, agents: bool) -> Quantity | None:
        chosen = [c for c in counts if c.harm == harm and c.agents == agents]
        in_harm = [
            c
            for c in chosen
            if any(a <= c.start < b for a, b in harm_ranges) or _toll_updated(ann.text, c)
        ]
        if not in_harm and toll_told and not agents:
            chosen = [c for c in chosen if c.start >= first_harm]
        found = _quantity(ann.doc, in_harm or chosen)
        # one victim, then the others hurt: "A boy was struck by a rubber bullet. Three other
        # residents were treated for rubber bullet wounds" (1 + 3), not "Pineda y otros dos"
        text = ann.doc.text
        others = [c for c in chosen if c.start >= first_harm and _more_people(text, c)]
        if len(others) != 1 or _JOINED_BEFORE.search(
            text, max(0, others[0].start - 40), others[0].start
        ):
            return found
        base = [c for c in in_harm or chosen if not _more_people(text, c)]
        if not base or max(c.start for c in base) > others[0].start:
            return found
        first, more = _quantity(ann.doc, base), others[0].number
        if first is None or first.best != 1 or more.best is None:
            return found
        return Quantity(
            low=(first.low or first.best) + (more.low or more.best),
            best=first.best + more.best,
            high=None,
            span=first.span,
        )

    killed = _held_lower(ann, counts, _counted_apart_bound(ann, counts, pick("killed", False)))
    killed = killed or _taken_then_found(ann, incident)
    injured = _less_the_dead(counts, pick("injured", False))
    if killed is None and injured is not None and (injured.best or 0) > 1:
        # "dois indivíduos foram alvejados ... conduzindo ambos ao hospital, onde não
        # resistiram aos ferimentos": the ones hit, then all of them dead
        after = injured.span.start if injured.span is not None else incident.start
        if any(
            _ALL_OF_THEM_DIED.search(s.text)
            for s in incident.sentences
            if s.end > after and s.start not in aggregate_sentences
        ):
            killed, injured = injured, None
    agents_killed = pick("killed", True)
    if agents_killed is None and killed is not None and killed.best is not None:
        # the dead counted, then an agent among them in a sentence of its own: "Five people died
        # ... One of the dead was a police corporal", "Uno de los muertos era un policía"
        among = next(
            (m for s in incident.sentences if (m := _AGENT_AMONG_THE_DEAD.match(s.text))), None
        )
        numbers = find_numbers(among.group("n"), ann.lang) if among is not None else []
        n = numbers[0].best if numbers else None
        if n is not None and n < killed.best:
            killed = Quantity(
                low=killed.best - n, best=killed.best - n, high=None, span=killed.span
            )
            agents_killed = Quantity(low=n, best=n, high=None, span=None)
    return (killed, injured, agents_killed, pick("injured", True), zeros)


def _less_the_dead(counts: list[Count], injured: Quantity | None) -> Quantity | None:
    """The wounded less those of them who died after: "três feridos ... dois dos feridos
    morreram" leaves one hurt."""
    if injured is None or injured.best is None or injured.span is None:
        return injured
    died = [
        c.number.best
        for c in counts
        if c.wounded_first and c.number.best and c.start > injured.span.start
    ]
    rest = injured.best - sum(died)
    if not died or rest < 0:
        return injured
    return Quantity(low=rest, best=rest, high=None, span=injured.span)


# A figure of the dead counted by others than the agents and the report, told right before it:
# "a residents' association ... said it had counted eleven dead", "la asociación de vecinos, sin
# embargo, contó diez cuerpos", "a Defensoria Pública contabiliza sete mortos"
_COUNTED_APART = re.compile(
    # (the counter may be described at length: "a senior administrator at the Spanish Town
    # Hospital, who spoke on condition of anonymity ..., told the Courier that three bodies")
    rf"\b(?P<who>{vocab.alternation(vocab.words('counters', 'sources'))})\b[^.;:!?]{{0,140}}?"
    rf"\b(?P<verb>{vocab.alternation(vocab.words('verbs', 'sources'))})\b[^.;:!?]{{0,80}}$",
    re.IGNORECASE,
)
_COUNTER_REACH = 260  # characters before a figure in which who counted it is told


def _counted_apart(text: str, count: Count) -> bool:
    """The figure is a count of the residents, a hospital, an NGO..., with no agent told between
    them and it ("residents said police killed four" is the residents' figure; "residents
    gathered as police said two died" is the police's)."""
    match = _COUNTED_APART.search(text, max(0, count.start - _COUNTER_REACH), count.start)
    if match is None or _NOT_THE_CASES_COUNT.search(match.group()):
        return False
    if _TAKEN_BACK.search(text, match.end("who"), match.start("verb")):
        return False  # "Residents had on Saturday night said five people were killed, but ..."
    rest = _SENTENCE_STOP.split(text[count.end : count.end + _COUNTER_REACH], maxsplit=1)[0]
    if _OVER_A_PERIOD.search(rest):
        return False  # "cerca de 800 pessoas foram mortas ... desde o final de maio": a total
    return not lx.AGENT_NOUN.search(match.group(), match.end("who") - match.start())


_SENTENCE_STOP = re.compile(r"[.;!?](?:\s|$)")
_OVER_A_PERIOD = re.compile(lx.OVER_A_PERIOD, re.IGNORECASE)


# The others' count of something else, or a first one: "encontraron una fosa con cinco
# cuerpos", "residents initially said"
_NOT_THE_CASES_COUNT = re.compile(
    r"\b(?:initially|at\s+first|inicialmente|en\s+un\s+principio|fosas?|graves?|valas?|covas?|"
    r"cemit[eé]rio|cementerio)\b",
    re.IGNORECASE,
)
# ... or one they had given before the report's (between the counters and their verb)
_TAKEN_BACK = re.compile(r"\b(?:had|hab[ií]an?|tinham?)\b", re.IGNORECASE)


def _counted_apart_bound(
    ann: Annotation, counts: list[Count], found: Quantity | None
) -> Quantity | None:
    """The dead as the report tells them, with a larger count of others (the residents, a
    hospital, an NGO) as their upper bound, in the UCDP manner: the police's two dead and the
    hospital's three bodies are 2, high 3; the residents' figure alone stays the figure."""
    if found is None or found.best is None or found.high is not None or found.span is None:
        return found
    dead = [c for c in counts if c.harm == "killed" and not c.agents and c.number.best]
    apart = [c for c in dead if _counted_apart(ann.text, c)]
    # (the report's own figures among those the harm's sentences tell: none larger than theirs)
    own = [
        c
        for c in dead
        if c not in apart and c.number.high is None and (c.number.best or 0) <= found.best
    ]
    if not apart or not own:
        return found
    base = found
    if any(c.start == found.span.start for c in apart):
        # the largest figure is the others': the report's own is the largest of the rest
        base = _quantity(ann.doc, own) or found
    top = max(c.number.best or 0 for c in apart)
    if base.best is None or top <= base.best:
        return base
    return Quantity(low=base.low, best=base.best, high=top, span=base.span)


# Agents holding to a smaller figure, told right before it: "el vocero de la Policía sostuvo que
# en el operativo 'solo se reportaron dos fallecidos'", "police insist only two died"
_HELD_BY_AGENTS = re.compile(
    rf"\b{vocab.alternation(vocab.words('holding', 'sources'))}\b[^.;!?]{{0,60}}$", re.IGNORECASE
)
_HOLDING_REACH = 120  # characters before a figure in which the agents and their holding are told


def _held_lower(ann: Annotation, counts: list[Count], found: Quantity | None) -> Quantity | None:
    """The report's figure with the agents' smaller one as its lower bound: the paper's four
    dead and the police's "only two" are 2, best 4."""
    if found is None or found.best is None or found.span is None:
        return found
    held = []
    for c in counts:
        best = c.number.best
        if c.harm != "killed" or c.agents or best is None or best >= found.best:
            continue
        window = ann.text[max(0, c.start - _HOLDING_REACH) : c.start]
        match = _HELD_BY_AGENTS.search(window)
        if match is not None and lx.AGENT_NOUN.search(window, 0, match.start()):
            held.append(best)
    if not held or (found.low is not None and found.low < found.best):
        return found
    return Quantity(low=max(held), best=found.best, high=found.high, span=found.span)


# A death an earlier version of the page told ("Uma versão anterior deste artigo referia que o
# condutor tinha morrido no hospital", "An earlier version of this article said the 16-year-old
# had died"), then said to be wrong ("A informação estava errada", "That was incorrect")
_DIED_TOLD = re.compile(
    r"\b(?:had\s+died|died|was\s+killed|had\s+been\s+killed|was\s+dead|hab[ií]a\s+muerto|"
    r"muri[oó]|hab[ií]a\s+fallecido|falleci[oó]|estaba\s+muerto|tinha\s+morrido|morreu|tinha\s+"
    r"falecido|faleceu|estava\s+morto)\b",
    re.IGNORECASE,
)
_WITHDRAWAL_REACH = 300  # characters after the earlier version's words in which it is called wrong


def _death_withdrawn(ann: Annotation) -> bool:
    """The page withdraws a death an earlier version of it told."""
    for sentence in ann.sentences:
        if retracted(sentence.text) and _DIED_TOLD.search(sentence.text):
            after = ann.text[sentence.start : sentence.end + _WITHDRAWAL_REACH]
            if _CORRECTION.search(after) or _TOLD_WRONG.search(after):
                return True
    return False


# A toll told as it rose, right before its figure: "suben a cinco los muertos", "Con ella suman
# cinco los fallecidos", "Sobe para sete o número de", "the death toll has risen to four",
# "bringing the toll to six", "raising to three the number", "Ya son tres los comuneros
# fallecidos"
_TOLL_UPDATED_BEFORE = re.compile(
    r"\b(?:sub(?:e|en|i[oó]|ieron)|sobe|sobem|subiu|subiram|suman|somam|ascend(?:i[oó]|ieron|e|en)|"
    r"(?:se\s+)?elev(?:a|an|ó|aron|ou|aram)|chega(?:m)?|chegou|chegaram|lleg(?:a|an|ó|aron)|"
    r"aument(?:a|an|ó|aron|ou|aram)|rose|rises|risen|climbed|climbs|jumped|"
    # "raising to three the number of people killed"
    r"(?:rais(?:ing|ed|es)|bring(?:ing|s)?|brought)(?:\s+(?:the\s+)?(?:death\s+)?toll)?|"
    r"(?:takes|taking|took)\s+(?:the\s+)?(?:death\s+)?toll|"
    r"(?:ya|ahora|j[aá]|agora|now)\s+(?:son|s[aã]o|are)|now\s+stands)\s+"
    r"(?:(?:a|para|to|at|em|en)\s+)?(?:(?:al\s+menos|pelo\s+menos|at\s+least)\s+)?$",
    re.IGNORECASE,
)
_UPDATE_REACH = 40  # characters before a figure in which its toll's rise is told


def _toll_updated(text: str, count: Count) -> bool:
    """The figure is a toll told as it rose: the latest word on the case's dead, wherever in its
    text it stands (a live page's headline, a late paragraph), so it counts as the harm's own
    ("Al menos dos personas muertas dejó anoche una balacera ..." under "suben a cinco los
    muertos, entre ellos un agente")."""
    return bool(
        _TOLL_UPDATED_BEFORE.search(text[max(0, count.start - _UPDATE_REACH) : count.start])
    )


_AGENT_AMONG_THE_DEAD = re.compile(
    r"^\s*(?P<n>one|two|uno|una|dos|um|uma|dois|duas)\s+(?:of\s+(?:the\s+dead|those\s+killed|the\s+"
    r"victims)|de\s+(?:los\s+muertos|los\s+fallecidos|las\s+v[ií]ctimas)|d(?:os|as)\s+(?:mortos|"
    r"v[ií]timas))\s+(?:was|were|fue|fueron|era|eran|foi|foram|[ée]|s[aã]o)\s+(?:an?\s+|un[oa]?\s+|"
    rf"uma?\s+)?(?:(?!(?:by|por|pel[oa]s?|de|do|da|of)\b)(?![\w-]+(?:ados|adas|idos|idas|ado|ada|ido|ida|ed)\b)"
    rf"[\w-]+\s+){{0,2}}?(?:{lx.AGENT_NOUN.pattern})",
    re.IGNORECASE,
)


# The people just counted as hit, all of them dead after: "both died in hospital", "they later
# died of their wounds", "ambos morreram", "los dos fallecieron", "onde não resistiram"
_ALL_OF_THEM_DIED = re.compile(
    r"\b(?:ambos|ambas|os\s+dois|as\s+duas|los\s+dos|las\s+dos|both|all\s+of\s+them|they\s+"
    r"(?:both|all|later|then)|todos\s+(?:ellos|eles))\b[^.;]{0,120}?(?<!\bwho\s)(?<!\bque\s)"
    r"\b(?:died|morreram|murieron|"
    r"fallecieron|faleceram|n[aã]o\s+resistiram|no\s+resistieron|succumbed)\b",
    re.IGNORECASE,
)


# Agents took a number of people, and their bodies were found: the dead are those taken
# ("Soldiers rounded up 12 men ...; their bodies were found the next day").
_TAKEN_N = re.compile(
    r"\b(?:rounded\s+up|detained|arrested|abducted|took\s+away|seized|picked\s+up|"
    r"detuvieron\s+a|se\s+llevaron\s+a|levantaron\s+a|detiveram|levaram|prenderam)\s+"
    r"(?:at\s+least\s+|al\s+menos\s+|pelo\s+menos\s+)?(?P<n>[\w,-]+)\s+(?:[\w-]+\s+)?"
    r"(?:men|people|persons|villagers|civilians|youths|boys|farmers|students|detainees|hombres|"
    r"personas|j[oó]venes|campesinos|homens|pessoas|jovens|rapazes)\b",
    re.IGNORECASE,
)
_BODIES_FOUND = re.compile(
    r"\b(?:their|the|sus|los|seus|os)\s+(?:bodies|cuerpos|cad[aá]veres|corpos)\s+(?:\w+\s+){0,5}?"
    r"(?:were|fueron|foram|was|aparecieron|apareceram)?\s*(?:found|discovered|recovered|dumped|"
    r"hallad\w*|encontrad\w*|localizad\w*|apareci\w*)|"
    # found by the people: "residents found their bodies", "encontraram os corpos"
    r"\b(?:found|discovered|recovered|encontr(?:aron|aram)|hallaron|achar(?:am)|localizaram)\s+"
    r"(?:their|the|sus|los|seus|os)\s+(?:bodies|cuerpos|cad[aá]veres|corpos)\b",
    re.IGNORECASE,
)


def _taken_then_found(ann: Annotation, incident: _Incident) -> Quantity | None:
    sentences = incident.sentences
    for k, sentence in enumerate(sentences):
        if not _BODIES_FOUND.search(sentence.text):
            continue
        for earlier in reversed(sentences[max(0, k - 2) : k + 1]):
            taken = _TAKEN_N.search(earlier.text)
            numbers = find_numbers(taken.group("n"), ann.lang) if taken else []
            if taken and numbers and numbers[0].best and numbers[0].best > 1:
                start = earlier.start + taken.start("n")
                span = ann.doc.span(start, earlier.start + taken.end("n"))
                return Quantity(low=numbers[0].best, best=numbers[0].best, span=span)
    return None


def _weapons(doc: Document, incident: _Incident) -> list[Weapon]:
    window = doc.text[incident.start : incident.end]
    return [
        Weapon(
            text=m.group(0),
            kind=term.value,
            span=doc.span(incident.start + m.start(), incident.start + m.end()),
        )
        for term, m in _all_terms(window, lx.WEAPONS)
    ]


def _allegations(doc: Document, scope_start: int, scope_end: int) -> list[Allegation]:
    """Each kind of allegation once, at its first mention in the incident's scope."""
    allegations = []
    seen: set[str] = set()
    for term, m in _all_terms(doc.text[scope_start:scope_end], lx.ALLEGATIONS):
        if term.value in seen:
            continue
        seen.add(term.value)
        allegations.append(
            Allegation(
                kind=cast(AllegationKind, term.value),
                span=doc.span(scope_start + m.start(), scope_start + m.end()),
            )
        )
    return allegations


def _quote(doc: Document, q: QuoteHit) -> Quote:
    return Quote(
        text=q.text,
        speaker=q.speaker,
        speaker_role=q.speaker_role,
        span=doc.span(q.start, q.end),
        speaker_span=(
            doc.span(q.speaker_start, q.speaker_end)
            if q.speaker_start is not None and q.speaker_end is not None
            else None
        ),
    )


def _people(
    ann: Annotation,
    incident: _Incident,
    window: str,
    location: Location | None,
    quotes: list[QuoteHit],
) -> list[Person]:
    """Named people of the incident with their roles and fates; not the speakers of its quotes,
    not its places, nor the outlet's own name ("told Border Wire")."""
    doc = ann.doc
    speakers = {fold(q.speaker) for q in quotes if q.speaker}
    outlet = fold(doc.publisher or "")
    names = [
        n
        for n in find_people_names(window, ann.lang, place_runs(doc.text))
        if not _is_place_name(n.name, location) and (not outlet or fold(n.name) not in outlet)
    ]
    bounds = [(s.start - incident.start, s.end - incident.start) for s in incident.sentences]
    hits = classify_people(window, names, speakers, bounds, fallback=ann.lang == "en")
    return [
        Person(
            name=p.name,
            role=cast(PersonRole, p.role),
            fate=cast(PersonFate, p.fate),
            gender=_gender(p.name),
            span=doc.span(incident.start + p.start, incident.start + p.end),
        )
        for p in hits
    ]


_DATELINE = re.compile(r"(?:^|\n)[A-ZÁÉÍÓÚÑÇ][A-ZÁÉÍÓÚÑÇ .'-]{2,40}(?:,\s*[A-Z][\w.]*)?,\s*$")
# a dateline that opens a sentence: "SANTIAGO DE CHILE (9 September 2022) –", "GENEVA, 3 May –"
_LEADING_DATELINE = re.compile(
    r"\s*[A-ZÁÉÍÓÚÑÇ][^\W\d_]+(?:[ '’-][^\W\d_]+){0,3}(?:,\s*[A-Z][^\W\d_]*\.?)?\s*"
    r"(?:\([^()\n]{0,40}\d[^()\n]{0,40}\)|,\s*[^–—\n]{0,30}?\d[^–—\n]{0,10}?)\s*[–—-]\s"
)
# "GENEBRA (22 de janeiro de 2026) -", "GENEVA (3 May 2024) –": a release's place in capitals,
# its day in brackets
_DATELINE_PAREN = re.compile(r"(?:^|\n)[ \t]*[A-ZÁÉÍÓÚÑÇ][A-ZÁÉÍÓÚÑÇ .'-]{2,40}\(\s*$")
# "(Beirut, April 9, 2024) –": the date in a bracketed dateline is the release's.
_DATELINE_OPEN = re.compile(r"(?:^|\n)[ \t]*\([A-ZÁÉÍÓÚÑÇ][\w'’. -]{1,40},\s*$")
_FUTURE = re.compile(
    r"\b(?:at[eé]|hasta|until|till|to\s+this)\s+$|\b(?:will|would|scheduled|set\s+for|hearing|audiencia|fij[oó]|fijada|programad[oa]|"
    r"próxim[oa]|proxim[oa]|audiência|marcad[oa]|next|upcoming|funeral|velorio|enterro|"
    r"sepultad[oa]|será|ser[aá]n)\b[^.]{0,60}$",
    re.IGNORECASE,
)


_LEGAL_DAY = 12  # characters after a verb of a charge or verdict in which its own day is told
# Legal proceedings: "imputa al cabo", "was charged", "the verdict", "o júri condenou".
# A remembrance has its own day, the harm's is another: "Anoche, familiares y vecinos encendieron
# velas en el pasaje donde cayó", "the vigil on Friday night", "o velório será amanhã"
# what is held for the dead (read by _REMEMBRANCE and _REMEMBRANCE_AFTER)
_REMEMBRANCE_NOUNS = (
    r"vigils?|velat[oó]n|velatorio|vel[oó]rio|velorio|funeral(?!\s+(?:parlou?r|home))|sepelio|"
    r"sepultamento|enterro|burial|memorial|homenaje|homenagem|misa|missa"
)
_REMEMBRANCE = re.compile(
    rf"\b(?:{_REMEMBRANCE_NOUNS}|candles|velas|aniversario|anivers[aá]rio|anniversary)\b",
    re.IGNORECASE,
)
_LEGAL = re.compile(
    r"\b(?:imput(?:a|ó|aron|ado|ados)|acus(?:a|ó|aron)|formaliz\w+|sentenci\w+|"
    # "condenar com veemência", "condenamos": a statement, not a verdict
    r"condena(?!r\b|mos\b)\w*|"
    r"juicio|audiencia|fiscal[ií]a\s+(?:imput|acus|formaliz)\w*|tribunal|veredicto|"
    r"charged|indicted|convicted|sentenced|verdict|trial|hearing|"
    # (not "Court records ... show that Lyle shot": a source of the harm's telling)
    r"court(?!\s+(?:records|documents|filings|papers|files))|prosecutors?\s+(?:said|"
    r"filed|charged)|julgamento|júri|juri|denunci(?:ou|aram|ados?)|condenou|condenaram|réus?|"
    # a claim settled: "The teen's family settled a civil claim with the county in 2023"
    r"settled\s+(?:a|the|its|their)\s+(?:\w+\s+)?(?:claim|suit|lawsuit|case)|civil\s+claim|"
    # "começa a ser julgado a 6 de dezembro", "será juzgado el lunes"
    r"(?:ser|será|serán|serão|sea|seja)\s+(?:julgad|juzgad)[oa]s?|"
    # a filing: "interpuso una acción de hábeas corpus", "filed a lawsuit", "ajuizou uma ação"
    r"interpus(?:o|ieron)|h[aá]beas\s+corpus|(?:recurso|acci[oó]n)\s+de\s+amparo|lawsuit|ajuiz(?:ou|aram)|impetr(?:ou|aram)|"
    r"filed\s+(?:a\s+)?(?:complaint|suit|petition)|"
    # a prosecutor's charge filed: "ofereceu denúncia nesta terça-feira (24) contra seis policiais"
    r"(?:ofere|apresent)\w*\s+(?:a\s+|uma\s+)?den[uú]ncia|"
    # a court's decision: "A decisão foi assinada na última sexta-feira", "the ruling", "el fallo"
    r"decis(?:ão|ões|i[oó]n|iones)\s+(?:foi|fue|was|judicial|da\s+ju[ií]za|do\s+juiz|del\s+juez|"
    r"de\s+la\s+jueza)|ruling|ruled|fallo\s+(?:judicial|del|de\s+la)|pronunci(?:ou|ado|ada)|"
    r"senten[çc]a|"
    # a prosecutor's procedural steps: "este martes se realizaron tres diligencias de allanamiento
    # y captura" (not a warrant, during which the harm may be told: "no cumprimento de um
    # mandado de busca, os policiais atiraram")
    r"diligencias?\s+de)\b",
    re.IGNORECASE,
)
# A sentence that is only a place and the report's date: "Uberlândia, 27 de janeiro de 2025".
# "El Alto, miércoles 9 de noviembre de 2022": a weekday may stand before the date.
_DATELINE_PLACE = (
    # ("Palacio del Congreso de los Diputados, 20 de febrero de 2025.": articles inside the name)
    r"[A-ZÁÉÍÓÚÂÊÔÃÕÇÑ][\w'’.-]*(?:\s+(?:de|do|da|del|dos|das|la|las|los|el|[A-ZÁÉÍÓÚÂÊÔÃÕÇÑ][\w'’.-]*))*"
)
# "Lima, 9 de junio", "Mazapil, Zacatecas, a 6 de junio de 2025", "Brasília, em 3 de maio"
_DATELINE_SENTENCE = re.compile(
    # (a city and its quarter: "Dhaka: Jatrabari, August 11", "Kisumu - Kondele, 19 October")
    rf"\s*(?:{_DATELINE_PLACE}(?:\s*(?:,|:|\s[–—-])\s*{_DATELINE_PLACE})?"
    r"\s*(?:\([^)]{1,40}\))?\s*[,–—-]\s*)?(?:\([^)]{1,40}\)\s*)?"
    rf"(?:(?i:{_WEEKDAY_NAMES}),?\s+)?[.,–—-]?\s*"
    r"(?:(?i:a|em|el|on)\s+)?"
)
# "a notícia ..., publicada na edição de 29 de outubro", "el artículo publicado el lunes": the
# day a text came out, not an event's.
_PUBLISHED_ON = re.compile(
    r"\b(?:publicad[oa]s?|divulgad[oa]s?|difundid[oa]s?|emitid[oa]s?|published|posted|aired|"
    # "el informe que la PDH publicó en octubre de 2025"
    r"public(?:ó|aron|ou|aram)|divulg(?:ó|aron|ou|aram)|released|"
    # "difundió este lunes un comunicado", "emitiu nesta terça uma nota"
    r"difundi(?:ó|eron|u|ram)|emiti(?:ó|eron|u|ram)|"
    r"edi[cç][aã]o|edici[oó]n|issue)\b,?[^.;,]{0,20}$",
    re.IGNORECASE,
)
# the day a paper or a site published, told before its verb: "Na quarta-feira, o Capibaribe
# publicou uma nota", "On Monday the site posted", "El martes, el diario publicó"
_PUBLISHED_AFTER = re.compile(
    r"[^.;:\d]{0,40}?\b(?:publicou|publicaram|publicó|publicaron|published|posted|noticiou|"
    r"noticiaram|divulgou|difundió|estampou|tuiteó|tuitou|tweeted|aired|emitió)\b",
    re.IGNORECASE,
)
# "wrote in a letter on July 9", "HRANA reported on July 4", "informó el lunes": the day
# someone told of it, not the day it happened.
_TOLD_ON = re.compile(
    r"\b(?:wrote|reported|stated|announced|testified|tweeted|released|issued|made\s+public|"
    # "según confirmó este viernes Medicina Legal", "confirmed on Friday"
    r"confirmed|confirm(?:ó|aron|ou|aram)|"
    # "Especialistas ... manifestaram hoje profunda preocupação", "expressed on Monday"
    r"expressed|voiced|manifest(?:ó|aron|ou|aram)|express(?:ou|aram)|expres(?:ó|aron)|"
    # "A Provedoria tornou pública esta quarta-feira uma nota", "hizo público el lunes"
    r"torn(?:ou|aram)\s+p[uú]blic[oa]s?|hizo\s+p[uú]blic[oa]|hicieron\s+p[uú]blic[oa]|"
    r"in\s+an?\s+(?:\w+\s+)?(?:letter|"
    r"statement|report|post|tweet|(?:press\s+|news\s+)?release|video|interview|complaint|petition)|"
    r"escribi[óo]|inform[óo]|declar[óo]|anunci[óo]|denunci[óo]|en\s+(?:un|una)\s+(?:carta|"
    r"comunicado|denuncia|entrevista)|escreveu|informou|declarou|anunciou|denunciou|"
    r"em\s+(?:uma\s+|um\s+)?(?:carta|nota|comunicado|den[úu]ncia|entrevista))"
    r"[^.;,\d]{0,12}\s+(?:on|el|em|no|en)?\s*$",
    re.IGNORECASE,
)
# "she told Alamo City 9 on Thursday", "told reporters on Monday", "the family said Friday",
# "dijo a Radio Sur este martes", "disse ao g1 nesta terça": the day someone spoke of it (the
# listener a name or the press, never a clause that could hold the harm: "said they shot him on")
_SAID_ON = re.compile(
    r"\b(?:(?:told|tells|dijo\s+a|dijeron\s+a|cont[óo]\s+a|relat[óo]\s+a|disse\s+(?:a|ao|à)|"
    r"disseram\s+(?:a|ao|à)|contou\s+(?:a|ao|à))\s+(?:(?:the|el|la|o|a)\s+)?"
    r"(?:(?:(?-i:[A-Z])[\w'’.-]*|\d+)\s+){1,4}|"
    r"(?:told|dijo|disse)\s+(?:to\s+)?(?:reporters|journalists|periodistas|jornalistas|"
    r"a\s+la\s+prensa|à\s+imprensa)\s+|"
    # "told regional television on Monday", "dijo a la radio local el martes"
    r"(?:told|dijo\s+a|disse\s+(?:a|à))\s+(?:(?:the|la|el|a|local|national|regional|state|"
    r"public)\s+){0,2}(?:television|radio|tv|media|press|televisi[oó]n|televis[aã]o|r[aá]dio)\s+"
    r"(?:(?:local|nacional|regional|p[uú]blica)\s+)?|"
    r"(?:said|says|dijo|dijeron|afirm[óo]|disse|disseram|afirmou)\s+)"
    r"(?:(?:by\s+(?:tele)?phone|por\s+tel[eé]fono|por\s+telefone)\s+)?"
    r"(?:on|el|em|no|este|esta|nesta|neste)?\s*$",
    re.IGNORECASE,
)
# "On Monday the Texas Military Department confirmed that", "El lunes la Fiscalía confirmó",
# "Na segunda-feira, a PM confirmou": the day the news was confirmed, the subject between (no
# comma: "On Saturday soldiers shot a man, the army confirmed" is the shooting's day)
_CONFIRMED_AFTER = re.compile(
    r",?[^.;:,\d]{0,45}?\b(?:confirmed|confirm[óo]|confirmaron|confirmou|confirmaram|"
    r"acknowledged|admitted|admiti[óo]|admitieron|admitiu|admitiram|reconoci[óo]|reconheceu|"
    # "Police on Monday revised the number of suspected robbers killed ... in the early hours of
    # Sunday": the day the toll was corrected
    r"revised|corrected|updated|revis[óo]|corrigi[óo]|actualiz[óo]|corrigiu|atualizou|revisou)\b",
    re.IGNORECASE,
)
# The day of a remembrance told after it, not the harm's: "participaram ontem numa vigília no
# local onde o jovem foi baleado", "gathered on Sunday for a vigil", "marcharon el domingo en
# homenaje a" (not a protest's or a march's day, which is often the harm's own)
_REMEMBRANCE_AFTER = re.compile(
    r"\s*,?\s*(?:(?:numa|num|em\s+uma|en\s+una|en\s+un|in\s+a|at\s+a|for\s+a|para\s+uma?|"
    # (words _REMEMBRANCE leaves out: there they would push back a case's own sentence that
    # names a vigil, "um activista que organizou uma vigília pelos professores")
    rf"para\s+una?)\s+(?:\w+\s+)?(?:{_REMEMBRANCE_NOUNS}|vig[ií]lia|tribute|entierro)|"
    r"en\s+homenaje\s+a|em\s+homenagem\s+a)\b",
    re.IGNORECASE,
)
# The day of a gathering where the case is told, not the case's: "a press briefing held at the
# divisional headquarters on Friday afternoon", "la conferencia ofrecida este jueves en
# Chilpancingo", "a audiência pública realizada nesta terça-feira"
_GATHERING_ON = re.compile(
    r"\b(?:briefing|press\s+conference|news\s+conference|hearing|sitting|rueda\s+de\s+prensa|"
    r"conferencia(?:\s+de\s+prensa)?|entrevista(?:\s+coletiva)?|coletiva|audi[eê]ncia(?:\s+p[uú]blica)?|"
    r"audiencia(?:\s+p[uú]blica)?|sesi[oó]n|sess[aã]o)\s+(?:\w+\s+)?(?:held|given|ofrecida|"
    r"realizada|celebrada|concedida|brindada|dada)\b[^.;]{0,90}?\s*$",
    re.IGNORECASE,
)
_YEARS_AGO = re.compile(
    r"\b(?:hace\s+(?:un|dos|tres|\d+)\s+años?|h[aá]\s+(?:um|dois|tr[eê]s|\d+)\s+anos?|"
    r"faz\s+(?:um|dois|tr[eê]s|\d+)\s+anos?|(?:a|one|two|three|\d+)\s+years?\s+(?:ago|since|after|"
    r"on)|(?:un|dos|tres|\d+)\s+años?\s+(?:después|del|de\s+(?:la|el))|(?:um|dois|tr[eê]s|\d+)\s+"
    r"anos?\s+(?:depois|d[ao]s?)|(?:first|second|third)\s+anniversary|aniversario|anivers[aá]rio)\b",
    re.IGNORECASE,
)
# "since October 7", "desde enero": the start of a period, not the day of an incident.
_PERIOD_START = re.compile(
    r"\b(?:since|desde|from|starting|beginning|a\s+partir\s+d[eo])\s+(?:(?:the|el|la|o|a|este|esta|"
    r"esse|essa)\s+)?(?:(?:last|[uú]ltim[oa]|pasad[oa]|passad[oa])\s+)?$"
    # "since the Hamas-led attacks on southern Israel on October 7": the event a period runs
    # from, named before its day
    r"|\bsince\s+the\s[^.,;:()\n]{0,60}$",
    re.IGNORECASE,
)


# "since May 2020", "desde septiembre de 2022": the preposition is part of the date's own words
_OPENS_PERIOD = re.compile(r"(?:since|desde)\b", re.IGNORECASE)


# "detained after October 7", "following the October 7 attacks", "the May 2014 coup": a day that
# bounds a period or names another event (not "after Tuesday's shooting", the event's own day).
_AFTER_BEFORE = re.compile(r"\b(?:after|following)\s+(?:the\s+)?$", re.IGNORECASE)
_EVENT_AFTER = re.compile(
    r"^(?:\s+[A-Z][\w-]*-led)?\s+(?:attacks?|coup|takeover|invasion)\b", re.IGNORECASE
)
_DURING_BEFORE = re.compile(r"\b(?:during|in|amid)\s+(?:the\s+)?$", re.IGNORECASE)


def _landmark(sentence: str, hit: DateHit) -> bool:
    """The day of another event the sentence names ("the October 7 attacks")."""
    before = sentence[max(0, hit.start - 20) : hit.start]
    return bool(
        _EVENT_AFTER.match(sentence[hit.end : hit.end + 40])
        and not _DURING_BEFORE.search(before)
        and not _AFTER_BEFORE.search(before)
    )


def _after_bound(sentence: str, hit: DateHit) -> DateHit:
    """A day the event came after ("detained after October 7", "following the October 7
    attacks") dates it to that month, not to that day (not "after Tuesday's shooting")."""
    if (
        hit.precision != "day"
        or not hit.value
        or len(hit.value) != 10
        or sentence.startswith(("'s", "’s"), hit.end)
        or not _AFTER_BEFORE.search(sentence[max(0, hit.start - 20) : hit.start])
    ):
        return hit
    return dataclasses.replace(hit, value=hit.value[:7], precision="month")


def _publication_line(ann: Annotation, sentence: Sentence, hit: DateHit) -> bool:
    """The report's own day in a line that says the report came out ("Hilo publicado ...,
    miércoles 13 de marzo de 2024", "20/03/2025 07h30 — Atualizado 09h12"), not the event's."""
    published = ann.doc.published
    if not published or hit.value != published[:10] or harms_someone(sentence.text):
        return False
    if lx.PUBLISHED_LINE.search(sentence.text):
        return True
    # a byline or a stamp on a line of its own: "Inês Magalhães · 14 de setembro de 2023, 18:20"
    own_line = _starts_line(ann.text, sentence.start) and (
        sentence.end >= len(ann.text) or ann.text[sentence.end : sentence.end + 1] in "\r\n"
    )
    # (a live blog's entry opens on its hour, then tells what happened: "8h10 — Policiais do
    # 7º BPM entram no Complexo ..., nesta quarta-feira (17)" is no stamp)
    # (a separator is no word: "Por Ana Karen Beltrán · Culiacán, Sin. · 9 de diciembre · 09:10")
    rest = (sentence.text[: hit.start] + sentence.text[hit.end :]).split()
    told = sum(1 for word in rest if any(c.isalnum() for c in word))
    if own_line and _CREDITS.search(sentence.text) and told <= 2 * _STAMP_WORDS:
        return True  # "Domingo 17 de agosto de 2025 · Investigación y diseño: Unidad de Datos"
    return (
        own_line
        and bool(_CLOCK.search(sentence.text) or _BYLINE.search(sentence.text))
        and told <= _STAMP_WORDS
    )


# the credits of a page's makers: "Investigación y diseño:", "Texto e fotos:", "Photos by"
_CREDITS = re.compile(
    r"\b(?:investigaci[oó]n|dise[ñn]o|textos?|fotos?|fotograf[ií]as?|photos?|photography|"
    r"reporting|words|infograf[ií]as?|graphics|edici[oó]n|edi[cç][aã]o|reportagem|video|"
    r"v[ií]deo)(?:\s+(?:y|e|and|&)\s+\w+)?\s*(?::|\bby\b|\bpor\b)",
    re.IGNORECASE,
)


_STAMP_WORDS = 8  # words besides its date that a stamp or a byline line holds at most


_CLOCK = re.compile(r"\b\d{1,2}(?::|h)\d{2}\b")
# a byline opening the line, or after the date and a separator ("20 de outubro de 2025 | Redacção")
_BYLINE = re.compile(r"(?:^\s*|[|·•—–]\s*)(?:por|by|redacci[oó]n|redac?[cç][aã]o)\b", re.IGNORECASE)


# A sentence whose subject is the case and whose verb says when it happened
_CASE_NOUN = (
    r"hechos?|fatos?|factos?|incidentes?|incidents?|shootings?|killings?|caso|crimen|crime|"
    r"ataque|attack|muertes|asesinatos|mortes|assassinatos|"
    r"ocorr[eê]ncia|episodio|epis[oó]dio|tiroteo|tiroteio|enfrentamiento|confronto|balacera"
)
_EVENT_OCCURRED = re.compile(
    # opening the sentence, or what a release says: "said ... that the first happened in ..."
    # ("Residents told The Sentinel the killings happened on ...")
    r"(?:^\s*|\b(?:said|says|reported|added|explained)\b[^.;]{0,60}?\bthat\s+|"
    r"\btold\s+(?:[\w'’-]+\s+){1,4}?(?:that\s+)?(?=the\s)|"
    r"\b(?:dijo|inform[oó]|indic[oó]|señal[oó]|precis[oó]|disse|informou|explicou)\s+que\s+)"
    # the case, or the n-th of the cases told: "El hecho", "The second incident", "the first"
    r"(?:el|los|la|o|os|a|the|this)\s+(?:(?:(?:first|second|third|latest|other|primer|segundo|"
    rf"primeiro)\s+)?(?:{_CASE_NOUN})|first|second|third|latest)\s+(?:\w+\s+){{0,2}}?"
    r"(?:ocurri[oó]|ocurrieron|sucedi[oó]|sucedieron|se\s+registr(?:[oó]|aron)|"
    # "Los hechos se produjeron en la madrugada del sábado al domingo 2 de febrero"
    r"se\s+produj(?:o|eron)|tuv(?:o|ieron)\s+lugar|ocorreu|ocorreram|aconteceu|aconteceram|"
    r"se\s+deu|se\s+deram|teve\s+lugar|tiveram\s+lugar|occurred|happened|took\s+place)\b",
    re.IGNORECASE,
)


_AFTER_ANOTHER = re.compile(
    r"\b(?:depois\s+d[eoa]s?|antes\s+d[eoa]s?|despu[eé]s\s+de(?:l)?|antes\s+de(?:l)?|after|before)\b",
    re.IGNORECASE,
)


def _dates_the_event(sentence: str, hit: DateHit) -> bool:
    """'ocurrida hace una semana', 'ocorrida em 2 de março', 'which took place on May 3'."""
    return bool(lx.OCCURRED.search(sentence[max(0, hit.start - 25) : hit.start]))


_SAME_DAY_REACH = 3  # sentences back in which "ese día" finds its day


def _same_day_before(ann: Annotation, sentence: Sentence) -> Sentence | None:
    """The sentence just before ``sentence``, in its paragraph, when it says "that day" and
    gives no day of its own."""
    index = bisect.bisect_left(ann.sentences, sentence.start, key=lambda s: s.start)
    if index == 0:
        return None
    before = ann.sentences[index - 1]
    if "\n\n" in ann.text[before.end : sentence.start] or not lx.SAME_DAY.search(before.text):
        return None
    return None if ann.dates(before) else before


def _day_told_before(
    ann: Annotation,
    sentence: Sentence,
    usable: Callable[[Sentence], list[DateHit]],
    *,
    reach: int = _SAME_DAY_REACH,
    marked: re.Pattern[str] | None = None,
) -> tuple[DateHit, Span] | None:
    """The last day given in the ``reach`` sentences before ``sentence``; with ``marked``, the
    day nearest its match in the nearest sentence that has one ("The stoppage ... began on May
    12")."""
    index = bisect.bisect_left(ann.sentences, sentence.start, key=_start_of)
    for before in reversed(ann.sentences[max(0, index - reach) : index]):
        mark = marked.search(before.text) if marked is not None else None
        if marked is not None and mark is None:
            continue
        days = [h for h in usable(before) if h.precision == "day" and h.value]
        if days:
            hit = days[-1] if mark is None else min(days, key=lambda h: abs(h.start - mark.start()))
            return hit, ann.doc.span(before.start + hit.start, before.start + hit.end)
    return None


_OPENING_CHARS = 3  # where a sentence's own opening words begin
_START_REACH = 40  # sentences back in which the day something began may be told
# a sentence that tells when something began: "The stoppage ... began on May 12", "el paro
# iniciado el 8 de febrero", "a greve, que começou no dia 3"
_BEGAN = re.compile(
    r"\b(?:began|begun|started|kicked\s+off|iniciad[oa]s?|inici[oó]|comenz[oó]|comenzad[oa]s?|"
    r"empez[oó]|começ(?:ou|ad[oa]s?)|inicio|in[ií]cio|iniciou)\b",
    re.IGNORECASE,
)


_ONE = re.compile(r"^(?:an?|one|un[ao]?|uma?)$", re.IGNORECASE)
# a death told as the later day's news, right before "two days later"
_DIED_LATER = re.compile(
    rf"\b(?:{_DIED})(?:\s+to\s+(?:his|her|their)\s+(?:injuries|wounds))?\s+(?:\w+\s+){{0,3}}$",
    re.IGNORECASE,
)


def _counted_on(
    ann: Annotation,
    sentence: Sentence,
    usable: Callable[[Sentence], list[DateHit]],
    *,
    acted: bool = True,
) -> tuple[DateHit, Span] | None:
    """A day told by counting on from the day given just before ("Residents protested on
    January 10. Two days later, security forces fired on the crowd" -> January 12), or from the
    day something began ("The stoppage began on May 12 ... the strike's second day, when
    officers opened fire" -> May 13; "Tres días después de iniciado [el paro del 8 de
    febrero]" -> February 11). A harm told with no agents' act counts on only from the
    sentence's opening words ("Tres días después de iniciado, elementos de la Policía ...")."""
    lang = ann.lang if ann.lang in lx.DAYS_LATER else "en"
    later = lx.DAYS_LATER[lang].search(sentence.text)
    if later is None or (not acted and later.start() > _OPENING_CHARS):
        return None
    nth = later.groupdict().get("nth")
    since_start = bool(nth or later.groupdict().get("into"))
    began = (
        _day_told_before(ann, sentence, usable, reach=_START_REACH, marked=_BEGAN)
        if since_start
        else None
    )
    told = began or _day_told_before(ann, sentence, usable)
    if told is None or not told[0].value or len(told[0].value) != 10:
        return None
    if _DIED_LATER.search(sentence.text, 0, later.start()):
        # "He was taken to hospital and died two days later": the harm's day is the one told
        # before, the death only follows it
        return told
    days = 1
    if nth:
        days = ORDINALS[nth.lower()] - 1  # the first day is the day it began
    elif later.group("n"):
        word = later.group("n")
        if _ONE.match(word):
            days = 1
        else:
            numbers = find_numbers(word, lang)
            if not numbers or numbers[0].best is None:
                return None
            days = int(numbers[0].best)
        if later.group("unit").lower().startswith(("week", "semana")):
            days *= 7
    try:
        day = date.fromisoformat(told[0].value) + timedelta(days=days)
    except ValueError:
        return None
    hit = dataclasses.replace(
        told[0],
        start=later.start(),
        end=later.end(),
        text=later.group(0),
        value=day.isoformat(),
        precision="day",
    )
    return hit, ann.doc.span(sentence.start + later.start(), sentence.start + later.end())


# An agency's dateline that opens the story's first sentence: "Huambo, 12 jan 2025 (Agência
# Planalto) –", "Quito, 3 de mayo (EFE).-": the place and the day the wire was filed.
_WIRE_PLACE = re.compile(
    r"^\s*[A-ZÁÉÍÓÚÂÊÔÃÕÇÑ][\w'’.-]*(?:\s+(?:de|do|da|del|dos|das|[A-ZÁÉÍÓÚÂÊÔÃÕÇÑ][\w'’.-]*)){0,3}"
    r"\s*,\s*$"
)
_WIRE_AFTER = re.compile(r"^\s*(?:\([^)]{1,60}\)\s*)?(?:\.?\s*[–—-]|\.-)")


# A place and a day, then the signer: "Palacio del Congreso de los Diputados, 20 de febrero de
# 2025.—Roberto Fernández Quintana, Diputado." (the day a text was signed, not an event's)
_SIGNED_PLACE = re.compile(rf"^\s*{_DATELINE_PLACE}\s*,\s*$")
_SIGNED_AFTER = re.compile(r"^\s*\.?\s*[—–]\s*(?-i:[A-ZÁÉÍÓÚÂÊÔÃÕÇÑ])")


def _signed(sentence: str, hit: DateHit) -> bool:
    return bool(
        _SIGNED_PLACE.match(sentence[: hit.start]) and _SIGNED_AFTER.match(sentence[hit.end :])
    )


def _wire_dateline(sentence: str, hit: DateHit) -> bool:
    return bool(_WIRE_PLACE.match(sentence[: hit.start]) and _WIRE_AFTER.match(sentence[hit.end :]))


def _in_dateline(text: str, start: int) -> bool:
    before = text[max(0, start - 50) : start]
    return bool(
        _DATELINE.search(before) or _DATELINE_OPEN.search(before) or _DATELINE_PAREN.search(before)
    )


def _future_reference(sentence: str, start: int) -> bool:
    """'a hearing set for 4 October', 'el funeral será el jueves': not when it happened."""
    return bool(_FUTURE.search(sentence[max(0, start - 70) : start]))


def _title_place(ann: Annotation, location: Location | None) -> Location | None:
    """The place the page's headline names, kept apart from the text, when the report tells one
    case and its text names none but the dateline's ("Youth dies in police custody in Larkana";
    "LARKANA, Nov 6 (INA): A man ... died in the lock-up of the A-Section police station")."""
    title = ann.doc.title
    if not title or location is None or location.place is not None or location.country is None:
        return None  # (the text must tell the country: a headline's town alone may be abroad)
    # (read alone, every place of the headline must be of the same country: "... en Barajas y
    # ... en el puerto de Almería" is no headline to trust for a text guessed to be Mexico's)
    if {h.country for h in default_gazetteer().find(title, ann.lang)} != {location.country}:
        return None
    titled = default_gazetteer().locate(title, ann.lang)
    if titled is None or titled.place is None:
        return None
    # (its offsets are the headline's, not the text's: no span to point at)
    return dataclasses.replace(titled, place_start=None, place_end=None)


_CASE_NUMBER_ONLY = re.compile(r"(?i:caso|case|casos?|incidente?|incident)\s+\d{1,2}\s*[.:]?")


def _within(location: Location | None, sentence: Sentence) -> bool:
    start = location.place_start if location is not None else None
    return start is not None and sentence.start <= start < sentence.end


def _city(doc: Document, lang: str, location: Location | None) -> str | None:
    """The city of the incident's place: the place itself when it is a city, else the city or
    municipality the report names close to the place ("Wayne County ... Dearborn police")."""
    if location is None or location.admin1 is None:
        return None
    here = next(
        (h for h in location.hits if h.kind == "city" and h.start == location.place_start), None
    )
    if here is not None:
        return here.text
    if location.place_start is None:
        return None
    zone = next(  # "Zona Leste de Manaus": the part of a city knows its city
        (
            h
            for h in location.hits
            if h.city and location.place_start <= h.start < (location.place_end or h.end)
        ),
        None,
    )
    if zone is not None:
        return zone.city
    anchor = location.place_start
    cities = [
        h
        for h in default_gazetteer().find(doc.text, lang)
        if h.kind in ("city", "admin2")
        and h.admin1 == location.admin1
        and abs(h.start - anchor) <= _CITY_REACH
        and not _in_dateline(doc.text, h.start + 1)
    ]
    nearest = min(cities, key=lambda h: abs(h.start - anchor), default=None)
    return nearest.text if nearest else None


_CITY_REACH = 200  # characters between a place and the city named with it


# "the deadliest shooting since the one in Newtown, where 26 people died": a count after a
# comparison like this is the earlier event's.
_SECOND_CASE = re.compile(
    r",\s+(?:while|as|whereas|even\s+as|mientras(?:\s+que)?|en\s+tanto|enquanto|ao\s+passo\s+que)\s+"
    r"(?:the\s+family|the\s+relatives|relatives|another|a\s+second|in\s+another|la\s+familia|"
    r"los\s+familiares|otr[oa]|en\s+otr[oa]|a\s+fam[ií]lia|os\s+familiares|outr[oa]|em\s+outr[oa])\b",
    re.IGNORECASE,
)
_EARLIER_EVENT = re.compile(
    r"\b(?:deadliest|worst|bloodiest|largest|m[aá]s\s+(?:mort[ií]fer[oa]|letal|sangrient[oa])|"
    r"peor|pior|mais\s+(?:letal|sangrent[oa]))\b[^.;]*\b(?:since|desde)\b|"
    # an older event a measure followed, told with its dead: "banning the practice after a 2022
    # stadium disaster in which more than 130 people died", "tras la masacre de 2019, en la que"
    r"\b(?:after|since|following|tras|desde|despu[eé]s\s+de|ap[oó]s|depois\s+d[aoe])\s+"
    r"(?:an?|the|la|el|o|a)\s+(?:(?:19|20)\d\d\s+)?(?:[\w-]+\s+){0,2}?(?:disaster|tragedy|massacre|"
    r"crush|stampede|crackdown|tragedia|masacre|trag[eé]dia|chacina|massacre)\b[^.;]{0,60}?"
    r"\b(?:in\s+which|en\s+(?:la|el)\s+que|em\s+que|n[ao]\s+qual|"
    r"that\s+(?:killed|left))\b",
    re.IGNORECASE,
)


def _locate_heading(ann: Annotation, heading: Sentence, around: Location | None) -> Location | None:
    """The place a case's heading names, read on its own line: a heading in capitals ("II.
    AMADORA, CASAL DA BOBA — 19 DE JULHO") is not read as prose around it, and its number is
    no place ("II": Ii, Finland). ``around`` is the heading read in the report, whose country
    decides a name several states share."""
    number = re.match(_HEADING_NUMBER, heading.text)
    skip = number.end() if number else 0
    hint = _country_hint(ann.text, ann.lang)
    if hint is None and around is not None:
        hint = around.country  # the report's own country decides a name several states share
    text = heading.text[skip:]
    found = default_gazetteer().locate(text, ann.lang, country_hint=hint)
    titled = text.title()
    if (found is None or found.place_start is None) and text.isupper() and len(titled) == len(text):
        # a heading all in capitals whose names the gazetteer reads as initials ("FRIDAY 3
        # OCTOBER 2025 — KATWE, KAMPALA"): read again as names, the offsets unchanged
        found = default_gazetteer().locate(titled, ann.lang, country_hint=hint) or found
    if found is None:
        return None
    at = heading.start + skip
    return dataclasses.replace(
        found,
        place_start=None if found.place_start is None else found.place_start + at,
        place_end=None if found.place_end is None else found.place_end + at,
        hits=tuple(dataclasses.replace(h, start=h.start + at, end=h.end + at) for h in found.hits),
    )


def _locate(doc: Document, lang: str, focus: tuple[int, int]) -> Location | None:
    hint = _country_hint(doc.text, lang)
    return default_gazetteer().locate(doc.text, lang, focus=focus, country_hint=hint)


@functools.lru_cache(maxsize=4)
def _country_hint(text: str, lang: str) -> str | None:
    """The country hint of a report (es/pt only), found once: every mention's place asks for
    it, and finding it reads the whole report."""
    return _force_country(text) if lang in ("es", "pt") else None


@functools.cache
def _national_forces() -> list[tuple[re.Pattern[str], str]]:
    """The forces only one state fields: its names in the places' table, and the units of
    ``vocab/force_units.tsv`` that name their state."""
    path = resources.files("forcewatch.extractor.places").joinpath("data/national_forces.tsv")
    rows: list[tuple[str, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            pattern, cc = line.split("\t")
            rows.append((pattern, cc))
    rows += [(unit.pattern, unit.country) for unit in vocab.force_units() if unit.country]
    return [(re.compile(rf"(?<![\w-])(?:{pattern})(?![\w-])"), cc.strip()) for pattern, cc in rows]


@functools.lru_cache(maxsize=64)
def _force_country(text: str) -> str | None:
    """The one state whose own forces the report names ("carabineros", "a PSP", "la FANB"), if
    only one's: a hint for the country its places are in ("comuna de San Joaquín")."""
    named = {cc for pattern, cc in _national_forces() if pattern.search(text)}
    return named.pop() if len(named) == 1 else None


def _gender(name: str) -> Literal["male", "female"] | None:
    gender = given_name_gender(name)
    return gender if gender in ("male", "female") else None  # type: ignore[return-value]


def _is_place_name(name: str, location: Location | None) -> bool:
    """A 'name' that is the incident's place, or that the gazetteer knows as a place."""
    if location and location.place and fold(location.place) == fold(name):
        return True
    hits = default_gazetteer().find(name)
    return any(h.end - h.start >= len(name.rstrip(".")) - 1 and h.kind != "locality" for h in hits)


# others than those counted before: "another five", "otros cuatro", "three other residents",
# "dos más" (not "more than", "más de cien")
_MORE_BEFORE = re.compile(r"\b(?:otr[oa]s|outr[oa]s|another)\s+$", re.IGNORECASE)
_MORE_AFTER = re.compile(
    r"[\w-]+\s+(?:(?:other|more)\b(?!\s+than)|(?:m[aá]s|mais)\b(?!\s+de\b))", re.IGNORECASE
)
# the others already joined to the one before them: "Pineda y otros dos hombres ... murieron"
_JOINED_BEFORE = re.compile(r"(?:\b(?:y|e|and)\s+|,\s*)$", re.IGNORECASE)


def _more_people(text: str, count: Count) -> bool:
    """A count of others than those counted before: "three other residents", "otros cuatro"."""
    return bool(
        _MORE_BEFORE.search(text, max(0, count.start - 12), count.start)
        or _MORE_AFTER.match(text, count.start)
    )


def _quantity(doc: Document, counts: list[Count]) -> Quantity | None:
    """The largest figure: later sentences give parts ("two of the dead") more than totals;
    callers pass the counts of the harm sentences first."""
    if not counts:
        return None
    best = max(counts, key=lambda c: c.number.best or c.number.low or 0)
    # a range that holds every other figure sums the sources up: "Between four and six men have
    # been shot dead", then the villagers' "six men were killed" and the morgue's four
    ranges = [
        c
        for c in counts
        if c.number.low is not None and c.number.high is not None and c.number.low < c.number.high
    ]
    for wide in ranges:
        low, high = wide.number.low or 0, wide.number.high or 0
        if all(low <= (c.number.best or c.number.low or 0) <= high for c in counts):
            best = wide
            break
    n = best.number
    return Quantity(low=n.low, best=n.best, high=n.high, span=doc.span(best.start, best.end))


_PROTESTERS = re.compile(r"\b(?:protesters?|demonstrators?|manifestantes?)\b", re.IGNORECASE)


def _fates_from_counts(
    text: str,
    people: list[Person],
    operation: str | None,
    killed: Quantity | None,
    injured: Quantity | None,
) -> list[Person]:
    """'Two boys were shot dead' and two named boys of unknown fate: both were killed. In
    protest policing the people harmed are protesters unless the report says otherwise."""
    unknown = [p for p in people if p.role in ("victim", "target") and p.fate == "unknown"]
    known = [p for p in people if p.role in ("victim", "target") and p.fate != "unknown"]
    fate = None
    if unknown and not known:
        n_killed = (killed.best or killed.low or 0) if killed else 0
        n_injured = (injured.best or injured.low or 0) if injured else 0
        if n_killed == len(unknown) and not n_injured:
            fate = "killed"
        elif n_injured == len(unknown) and not n_killed:
            fate = "injured"
    out = []
    for p in people:
        update: dict[str, str] = {}
        if fate and p in unknown:
            update["fate"] = fate
        elif p in unknown:
            # "The driver, X, ..." and "shot dead a commercial bus driver": the same person.
            noun = re.search(
                r"\b([a-záéíóúãõç]{4,})\s*,?\s*$", text[max(0, p.span.start - 40) : p.span.start]
            )
            for count, outcome in ((killed, "killed"), (injured, "injured")):
                if (
                    noun
                    and count
                    and count.span
                    and re.search(rf"\b{noun.group(1)}\b", count.span.text, re.IGNORECASE)
                ):
                    update["fate"] = outcome
                    break
        count = killed if update.get("fate", p.fate) == "killed" else injured
        if (
            operation == "protest_policing"
            and p.role == "victim"
            and count is not None
            and count.span is not None
            and _PROTESTERS.search(text[count.span.start : count.span.end + 120])
        ):
            update["role"] = "protester"  # "Entre los heridos está X" of "20 manifestantes heridos"
        out.append(p.model_copy(update=update) if update else p)
    return out


# the agency that tells harm done to someone (not "agent_victim": harm done to the agents)
_HARM_KINDS = ("act", "passive", "context", "section", "table")


def _single_victim(
    doc: Document,
    incident: _Incident,
    killed: Quantity | None,
    injured: Quantity | None,
    people: list[Person],
    aggregate_sentences: Container[int] = frozenset(),
) -> tuple[Quantity | None, Quantity | None]:
    """Counts from victims the report does not number: named victims and their fates; 'police
    shot and killed a man' -> killed 1; 'police shot him; he was treated' -> injured 1.
    Killed and injured are filled apart: a report may number one and not the other."""
    if _counted(killed) and _counted(injured):
        return killed, injured
    victims = [p for p in people if p.role in ("victim", "target", "bystander", "protester")]
    # Only those the agents harmed: the harm sentences name them; else the first victim alone.
    harm_starts = {a.sentence.start for a in incident.harm if a.kind in _HARM_KINDS}
    near = [
        s.text
        for n, s in enumerate(incident.sentences)
        if any(h.start in harm_starts for h in incident.sentences[max(0, n - 2) : n + 1])
    ]
    harm_text = " ".join(near)
    named = [p for p in victims if p.name.split()[-1] in harm_text] or victims[:1]
    # "Willian Cavalcante Freitas ... Willian foi encontrado": one person named twice.
    named = [
        p
        for p in named
        if not any(q is not p and set(p.name.split()) < set(q.name.split()) for q in named)
    ]
    if len(named) == 1 and named[0].fate in ("unknown", "injured"):
        # (one shot in the leg who then died: "Police shot X in the leg. He died two days later")
        fate = _pronoun_fate_after(incident, named[0])
        if fate is not None and (named[0].fate == "unknown" or fate == "killed"):
            named = [named[0].model_copy(update={"fate": fate})]
    dead = [p for p in named if p.fate == "killed"]
    hurt = [p for p in named if p.fate == "injured"]
    if killed is not None and killed.span is not None:
        # "Yordy, que resultó herido ..., murió": the one the dead count names was hurt first
        span = killed.span
        hurt = [p for p in hurt if not span.start <= p.span.start < span.end]
    if dead and not _counted(killed):
        killed = Quantity(low=len(dead), best=len(dead), span=dead[0].span)
    if hurt and not _counted(injured):
        injured = Quantity(low=len(hurt), best=len(hurt), span=hurt[0].span)
    if dead or hurt or (_counted(killed) and _counted(injured)):
        return killed, injured
    harm_sentences = [a.sentence for a in incident.harm if a.kind in _HARM_KINDS]
    for sentence in dict.fromkeys(harm_sentences):
        victim = _SINGLE_VICTIM.search(sentence.text)
        if not victim:
            continue
        span = doc.span(sentence.start + victim.start(), sentence.start + victim.end())
        one = Quantity(low=1, best=1, span=span)
        # (a period's total told after is no death of this one's: "até novembro, 700 mortes")
        following = [
            s
            for s in incident.sentences
            if s.start > sentence.start and s.start not in aggregate_sentences
        ][:2]
        hurt_here = lx.INJURY.search(sentence.text) and not _death_in(sentence.text)
        # "revidaram, atingindo o autor ... onde veio a óbito": hit, then dead in what follows;
        # not a death only threatened ("threatened to kill him"), nor the deaths of others
        # numbered apart ("At least 53 Palestinians have died in custody since October 7")
        died = _death_done(sentence.text) or any(
            _death_done(s.text) and not _numbers_its_dead(doc.language, s.text) for s in following
        )
        acted = any(a.kind in ("act", "passive") for a in incident.harm if a.sentence == sentence)
        if died and not _counted(killed):
            return one, injured
        # "mató a tres ... y a un adolescente": the one named is among the dead counted
        if not died and (hurt_here or (acted and not _counted(killed))) and not _counted(injured):
            return killed, one
        if _counted(killed) or _counted(injured):
            return killed, injured
    if not _counted(killed) and not _counted(injured):
        for sentence in incident.sentences:
            victim = _SINGLE_VICTIM.search(sentence.text)
            if victim and _death_done(sentence.text[victim.end() :]):
                span = doc.span(sentence.start + victim.start(), sentence.start + victim.end())
                return Quantity(low=1, best=1, span=span), injured
    rows = [a.sentence for a in incident.harm if a.kind == "table"]
    if rows and not _counted(killed):
        # a table's row names its one victim and its outcome: "| ... | Shot dead |"
        outcome = _death_word(rows[0].text)
        if outcome is not None:
            span = doc.span(rows[0].start + outcome.start(), rows[0].start + outcome.end())
            killed = Quantity(low=1, best=1, span=span)
    return killed, injured


# "... atiraram contra Wellington Souza. Ele morreu no local.": the one named, by his pronoun
# a sentence about the person named just before: opened by a pronoun, or in Spanish and
# Portuguese by the verb alone ("Murió antes de llegar al hospital", "Morreu no local")
_PRONOUN_FIRST = re.compile(
    r"^\s*(?:Ele|Ela|He|She|Él|Ella|(?=(?:Murió|Falleció|Morreu|Faleceu|Perdió\s+la\s+vida|"
    r"Perdeu\s+a\s+vida)\b))\b"
)


def _dead_after_hurt(incident: _Incident, people: list[Person]) -> list[Person]:
    """The one victim told hurt whose death the next sentence tells with a pronoun ("X was
    wounded by officers. He died two days later in hospital"): killed, as the count says."""
    hurt = [p for p in people if p.role == "victim" and p.fate == "injured"]
    if len(hurt) != 1 or _pronoun_fate_after(incident, hurt[0]) != "killed":
        return people
    return [p.model_copy(update={"fate": "killed"}) if p is hurt[0] else p for p in people]


def _pronoun_fate_after(incident: _Incident, person: Person) -> str | None:
    """What the sentence right after the one that names ``person`` tells of them when it opens
    with a pronoun: a death told as done ("Ele morreu no local"), else a wound ("He was treated
    for a wound to the arm"); or a death told a few sentences later in one opened by their
    surname ("Nwosu was taken to a general hospital ..., where he died")."""
    surname = person.name.split()[-1]
    for sentence, following in itertools.pairwise(incident.sentences):
        if surname in sentence.text and _PRONOUN_FIRST.match(following.text):
            if _death_done(following.text):
                return "killed"
            return "injured" if lx.INJURY.search(following.text) else None
    # named again a little later, the death his own: "... beat him with a plank. "He could not
    # stand," one said. Nwosu was taken to a general hospital on 5 February, where he died"
    opens = re.compile(rf"\s*(?:(?:Mr|Mrs|Ms|Sr|Sra)\.?\s+)?{re.escape(surname)}\b")
    for k, sentence in enumerate(incident.sentences):
        if surname in sentence.text:
            for later in incident.sentences[k + 1 : k + 1 + _NAMED_AGAIN_REACH]:
                if opens.match(later.text) and _death_done(later.text):
                    return "killed"
    return None


_NAMED_AGAIN_REACH = 4  # sentences after the one naming a victim in which his death may be told


def _counted(quantity: Quantity | None) -> bool:
    """A count above zero ("nobody died" leaves room for 'a man was wounded')."""
    return quantity is not None and bool(quantity.best or quantity.low or quantity.high)


def _death_done(text: str) -> bool:
    """A death told as done: not denied ('no hubo fallecidos'), nor threatened, tried or feared
    ('threatened to kill him', 'he would “be killed” if deported')."""
    for zero in find_zero_counts(text):
        text = text[: zero.start] + " " * (zero.end - zero.start) + text[zero.end :]
    plain = text.translate(_QUOTE_MARKS)  # "would “be killed”": the quote marks aside
    return any(not _not_done(plain, m.start()) for m in lx.DEATH.finditer(text))


_QUOTE_MARKS = str.maketrans({c: " " for c in '"“”‘’«»'})


def _numbers_its_dead(lang: str | None, text: str) -> bool:
    """The sentence counts dead people of its own ("Three other villagers were killed")."""
    return any(c.harm == "killed" and not c.agents for c in find_counts(text, lang))


def _death_in(text: str) -> bool:
    """A death mentioned, not denied ('no hubo fallecidos' is no death)."""
    return _death_word(text) is not None


def _death_word(text: str) -> re.Match[str] | None:
    """The first word of a death not denied, offsets in ``text``."""
    for zero in find_zero_counts(text):
        text = text[: zero.start] + " " * (zero.end - zero.start) + text[zero.end :]
    return lx.DEATH.search(text)


_AMBIGUOUS_FORCE = re.compile(
    r"agentes?|funcionari[oa]s?|efectivos|uniformad[oa]s|oficiales|officers?|agents?|policial(?:es)?",
    re.IGNORECASE,
)
_PARENT_OF = re.compile(
    r"^\s*\)?\s*(?:\([^)]{1,40}\)\s*)?(?:de\s+la|del|de|da|do|of\s+the|of)\s+$", re.I
)
_SOURCE_AFTER = re.compile(
    r"^\s+(?:(?:também|también|also|ya|já)\s+)?(?:abriu|abri[oó]|opened|investiga|is\s+investigating|est[aá]\s+investigando|"
    r"informou|inform[oó]|said|says|dijo|disse|afirmou|afirm[oó]|declarou|declar[oó]|negou|"
    r"neg[oó]|confirm(?:ed|ou|[oó])|reported|released|identified|identificou)\b",
    re.IGNORECASE,
)
# A force named as the source of a statement or as the investigator is not a party to the incident.
_SOURCE_BEFORE = re.compile(
    r"\b(?:segundo|según|conforme|de\s+acuerdo\s+con|according\s+to|colabora(?:ndo)?\s+com|"
    r"investigad[oa]s?\s+(?:pela?|por)|investigated\s+by|a\s+cargo\s+de|said\s+the|dijo\s+la|"
    r"disse\s+a|informou\s+a|inform[oó]\s+la)\s+(?:a|la|el|the|o|os|los)?\s*$",
    re.IGNORECASE,
)


def _forces(doc: Document, incident: _Incident, skip: list[tuple[int, int]]) -> list[Force]:
    """Forces named in the incident's text. A unit's parent body ("FAES de la Policía Nacional")
    and nouns that only say "agents" add nothing when a more precise force is named."""
    text = doc.text
    window = text[incident.start : incident.end]
    matches = [
        (incident.start + m.start(), incident.start + m.end(), term, m.group(0))
        for terms in (lx.FORCE_NAMED, lx.FORCE_UNITS, lx.FORCE_GENERIC)
        for term, m in _all_terms(window, terms)
    ]
    # The longest name wins where names overlap ("agentes penitenciários" over "agentes").
    matches.sort(key=lambda x: (x[0], -(x[1] - x[0])))
    found: list[tuple[int, int, str, str | None, bool]] = []
    taken_end = -1
    for start, end, term, written in matches:
        if start < taken_end:
            continue
        taken_end = end
        if lx.FORMER.search(text[max(0, start - 40) : start]) or not_serving(text, start, end):
            continue
        if any(s <= start < e for s, e in skip):
            continue
        ambiguous = not term.unit and bool(_AMBIGUOUS_FORCE.fullmatch(written))
        if _SOURCE_BEFORE.search(text[max(0, start - 40) : start]) or _SOURCE_AFTER.match(
            text[end : end + 40]
        ):
            ambiguous = True
        found.append((start, end, term.value, written if term.unit else None, ambiguous))
    found.sort()
    precise = {kind for _, _, kind, _, ambiguous in found if not ambiguous}
    forces: list[Force] = []
    seen: set[tuple[str, str | None]] = set()
    previous_end = None
    for start, end, kind, unit, ambiguous in found:
        parent = previous_end is not None and bool(_PARENT_OF.match(text[previous_end:start]))
        if not ambiguous:
            previous_end = end  # "agentes de la Policía Nacional": the police are no parent
        if (ambiguous and precise) or parent:
            continue
        if (kind, unit) in seen:
            continue
        seen.add((kind, unit))
        forces.append(Force(kind=kind, unit=unit, span=doc.span(start, end)))  # type: ignore[arg-type]
    return forces


def _near_harm(text: str, start: int) -> bool:
    return harms_someone(text[max(0, start - 150) : start + 150])


def _all_terms(text: str, terms: list[lx.Term]) -> list[tuple[lx.Term, re.Match[str]]]:
    found = [(t, m) for t in terms for m in t.pattern.finditer(text)]
    return sorted(found, key=lambda tm: tm[1].start())


_GENERIC_OPERATION = re.compile(
    r"operativo|opera[cç][aã]o(?:\s+\w+)?|operations?|a[cç][aã]o(?:\s+\w+)?", re.IGNORECASE
)
_OPERATION_WORD = re.compile(
    r"\b(?:operation|operativo|operaci[oó]n|opera[cç][aã]o|a[cç][aã]o)\b", re.I
)


def _operation(
    doc: Document, incident: _Incident, aggregate_sentences: set[int], forces: list[Force]
) -> tuple[str, Span] | None:
    """The kind of operation named nearest the first harm sentence (vocabulary order breaks ties).
    A generic operation by the military alone is a military operation."""
    harm = [a.sentence.start for a in incident.harm if a.kind != "agent_victim"]
    first_harm = min(harm) if harm else incident.start
    order = {s.start: n for n, s in enumerate(incident.sentences)}
    anchor = next((n for s, n in order.items() if s == first_harm), 0)
    best: tuple[int, int, str, Span] | None = None
    for sentence in incident.sentences:
        if sentence.start in aggregate_sentences:
            continue
        distance = abs(order[sentence.start] - anchor)
        for rank, term in enumerate(lx.OPERATIONS):
            m = term.pattern.search(sentence.text)
            if m and (best is None or (distance, rank) < best[:2]):
                span = doc.span(sentence.start + m.start(), sentence.start + m.end())
                best = (distance, rank, term.value, span)
    if best is not None and best[2] == "raid" and _GENERIC_OPERATION.fullmatch(best[3].text):
        # "El operativo ... para cumplir una orden de captura": an operation to arrest someone.
        arrest = lx.OPERATIONS[0]
        for sentence in incident.sentences:
            m = arrest.pattern.search(sentence.text)
            if m:
                span = doc.span(sentence.start + m.start(), sentence.start + m.end())
                best = (best[0], best[1], arrest.value, span)
                break
    kinds = {f.kind for f in forces}
    military_only = bool(kinds) and kinds <= {"military"}
    if military_only and (best is None or best[2] == "raid"):
        for sentence in incident.sentences:
            m = _OPERATION_WORD.search(sentence.text)
            if m:
                return "military_operation", doc.span(
                    sentence.start + m.start(), sentence.start + m.end()
                )
    return (best[2], best[3]) if best else None


def _aggregate_countries(
    ann: Annotation, aggregates: list[Mention], incidents: list[Mention]
) -> list[Mention]:
    """A total's country: the one named near it, else the report's incidents', else the report's."""
    fallback = next((m.country for m in incidents if m.country), None)
    out = []
    for aggregate in aggregates:
        span = aggregate.evidence[0]
        location = _locate(ann.doc, ann.lang, (span.start, span.end))
        country = location.country if location and location.country else fallback
        out.append(aggregate.model_copy(update={"country": country}) if country else aggregate)
    return out


def _aggregates(ann: Annotation) -> tuple[list[Mention], set[int]]:
    """Totals over a period or an area, and the sentences that hold them."""
    doc, sentences = ann.doc, ann.sentences
    mentions: list[Mention] = []
    holding: set[int] = set()
    has_forces: bool | None = None  # looked for only when a sentence numbers victims vaguely

    totalled = False  # the sentence before gave a total over a period
    for sentence in sentences:
        cues = list(lx.AGGREGATE_CUE.finditer(sentence.text))
        if cues:
            # ("this year" said of a day or a month is its date, no period: "in May of this year")
            within = [
                (h.start, h.end) for h in ann.dates(sentence) if h.precision in ("day", "month")
            ]
            cues = [
                c
                for c in cues
                if not (
                    _THIS_YEAR.fullmatch(c.group())
                    and any(a <= c.start() and c.end() <= b for a, b in within)
                )
            ]
        part = _PART_OF_TOTAL.search(sentence.text) if totalled else None
        totalled = bool(cues) and bool(ann.counts(sentence) or _A_FIGURE.search(sentence.text))
        if part is not None:
            cues.insert(0, part)  # "At least 19 of them have died in custody": of the total before
            holding.add(sentence.start)  # (a breakdown of it, counted or not, is no case)
        if not cues:
            continue
        cue = cues[0]
        if _BARE_YEAR.fullmatch(cue.group(0)) and _ONE_EVENT.search(sentence.text):
            continue  # "A chacina de Paraisópolis, em 2019, deixou nove mortos": one event's year
        if lx.RELATIVE_YEAR.fullmatch(cue.group(0)) and _has_day(ann, sentence):
            continue  # "Last year, on Wednesday, November 27, 2024, a drone strike killed five"
        for count in ann.counts(sentence):
            if any(
                c.group(0)[:4].lower() in ("con ", "com ")
                and sentence.start + c.start() <= count.start < sentence.start + c.end()
                for c in cues
            ):
                continue  # "Con estas dos muertes suman 31": the two are the cases just told
            # the first period that reaches the figure ("Ao longo de dez meses, entre Novembro
            # de 2025 e Agosto de 2026, ... identificou 11 mortes")
            for each in cues:
                if _aggregate_from(
                    doc, sentence, count.start, count.end, each, count, mentions, holding
                ):
                    break
        victims = re.search(
            r"(?:thousands|hundreds|dozens|miles|cientos|decenas|milhares|centenas|dezenas)"
            r"\s+(?:of\s+|de\s+)?(?:victims|v[ií]ctimas|deaths|muertes|mortes|people|personas|"
            r"pessoas)",
            sentence.text,
            re.IGNORECASE,
        )
        if victims and sentence.start not in holding and has_forces is None:
            has_forces = any(t.pattern.search(doc.text) for t in lx.FORCE_GENERIC[:2])
        if victims and sentence.start not in holding and has_forces:
            start = sentence.start + victims.start()
            end = sentence.start + victims.end()
            _aggregate_from(doc, sentence, start, end, cue, None, mentions, holding)
    return mentions, holding


_A_FIGURE = re.compile(r"\b\d[\d,.]*\b")
_THIS_YEAR = re.compile(r"(?:this|este|deste|neste)\s+(?:year|año|ano)", re.IGNORECASE)
# A part of the total the sentence before gave: "At least 19 of them", "De ellos, 12", "dos quais"
_PART_OF_TOTAL = re.compile(
    r"\b(?:of\s+(?:them|those|these)|de\s+(?:ellos|ellas|estos|estas|esos|esas)|"
    r"de(?:les|las)|dos\s+quais|das\s+quais|de\s+los\s+cuales|de\s+las\s+cuales)\b|"
    # "De las personas heridas, 61 lo fueron por perdigones", "Of the injured, 40 were shot"
    r"^\s*(?:de\s+las|de\s+los|of\s+the|das|dos)\s+(?:[\w-]+\s+)?(?:personas|people|pessoas|"
    r"herid[oa]s|injured|wounded|dead|muert[oa]s|fallecid[oa]s|ferid[oa]s|mort[oa]s|v[ií]timas|"
    r"victims)\b",
    re.IGNORECASE,
)
# A year told by itself ("in 2019", "em 2019"): a period only when no single event is its subject.
_BARE_YEAR = re.compile(r"(?:in|during|en|durante|em)\s+(?:el\s+)?(?:19|20)\d\d", re.IGNORECASE)
# One event named as such: "the Paraisópolis massacre", "la masacre de El Mozote", "a chacina de
# Paraisópolis", "the raid on Jenin".
_ONE_EVENT = re.compile(
    r"\b(?:(?:a|la|el|the|o|esta|essa|this)\s+(?:chacina|masacre|massacre|matanza|operaç[aã]o|"
    r"operativo|operaci[oó]n|operation|raid|ataque|attack|incursi[oó]n|incurs[aã]o|shooting|"
    r"tiroteo|tiroteio)\s+(?:de|do|da|del|in|at|on|em|en|no|na)\s+(?-i:[A-ZÁÉÍÓÚ])|"
    r"(?-i:[A-Z][\w-]+)\s+(?:massacre|raid|shooting)|"
    # "in a drone strike on a school in Dedebit", "en un bombardeo contra un campamento"
    r"\b(?:in|during|en|durante|em|num|numa)\s+(?:an?|un|una|um|uma)\s+(?:[\w-]+\s+){0,2}?(?:strike|"
    r"airstrike|bombing|shelling|raid|attack|massacre|ambush|bombardeo|bombardeio|ataque|masacre|"
    r"emboscada)\s+(?:on|in|at|against|contra|en|em|sobre)\b)",
    re.IGNORECASE,
)


_AGGREGATE_REACH = 60  # characters between a figure and the period that makes it a total
_AGGREGATE_REACH_CLAUSE = 100
_AGGREGATE_REACH_OPENING = 160


def _aggregate_from(
    doc: Document,
    sentence: Sentence,
    start: int,
    end: int,
    cue: re.Match[str],
    count: Count | None,
    mentions: list[Mention],
    holding: set[int],
) -> bool:
    cue_start, cue_end = sentence.start + cue.start(), sentence.start + cue.end()
    # a period told after its figure may close a longer clause ("nine people were shot dead by
    # police during protests and political gatherings in Zambia between 2016 and 2023") when no
    # other figure stands between them
    from forcewatch.extractor.numbers import find_numbers

    after = _AGGREGATE_REACH
    between = doc.text[end:cue_start] if cue_start > end else ""
    if between and not re.search(r"[;,]", between) and not find_numbers(between, doc.language):
        after = _AGGREGATE_REACH_CLAUSE
    # a period that opens the sentence frames all of it: "In July and August 2024, during the
    # student-led uprising that ended the government ..., as many as 1,400 people may have been
    # killed"
    # (or a clause after a colon: "los resultados han sido trágicos: desde 2003, ... contabilizan
    # más de 90 personas muertas")
    opening = cue.start() <= 3 or re.search(r"[:;]\s*$", sentence.text[: cue.start()]) is not None
    before = _AGGREGATE_REACH_OPENING if opening else _AGGREGATE_REACH
    if (cue_start < start and start - cue_end > before) or cue_start - end > after:
        return False
    lo, hi = min(start, cue_start), max(end, cue_end)

    numbers = find_numbers(doc.text[start:end], doc.language)
    n = count.number if count else (numbers[0] if numbers else None)
    quantity = (
        Quantity(low=n.low, best=n.best, high=n.high, span=doc.span(start, end)) if n else None
    )
    mentions.append(
        Mention(
            kind="aggregate",
            evidence=[doc.span(lo, hi)],
            killed=quantity
            if (count is None or (count.harm == "killed" and not count.agents))
            else None,
            injured=quantity
            if count is not None and count.harm == "injured" and not count.agents
            else None,
            agents_killed=quantity
            if count is not None and count.harm == "killed" and count.agents
            else None,
            agents_injured=quantity
            if count is not None and count.harm == "injured" and count.agents
            else None,
            extractor=EXTRACTOR,
            confidence=0.6,
        )
    )
    holding.add(sentence.start)
    return True
