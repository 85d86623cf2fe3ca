"""English harm clauses read from spaCy's dependency parse, where the patterns cannot reach.

The patterns of ``agency`` read a force and a harming verb a few words apart. Some clauses put the
force where a window of words does not find it, and the parse does:

- a subject shared by coordinated verbs: "police arrested 400 rioters and shot dead 12 others";
- a partitive subject: "one of the officers shot the teenager", "two of the soldiers beat him";
- a by-agent after a long object: "was beaten with iron rods in front of his family by soldiers";
- the harm in the main clause and the agents' act in a clause of time: "one person was killed
  when the police fired to disperse a mob", "the man died after officers restrained him".

Only sentences that name a force and a harm word, and in which no pattern found an agent, are
parsed; each sentence once. The words are data (``vocab/en.toml``, table ``grammar``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from typing import Any

from forcewatch.extractor import vocab

__all__ = ["Clause", "harm_clauses"]


@dataclass(frozen=True)
class Clause:
    """A harm clause found in the parse: ``kind`` as in ``agency`` ("act", "passive"), and the
    character offsets, in the sentence, of the words from the force to the harm."""

    kind: str
    start: int
    end: int


@dataclass(frozen=True)
class _Words:
    harm: frozenset[str]  # lemmas of verbs that harm by themselves ("kill", "beat")
    weak: frozenset[str]  # lemmas that harm only with a victim hit ("shoot", "fire")
    suffered: frozenset[str]  # lemmas of a harm the subject undergoes ("die")
    force_acts: frozenset[str]  # what agents do in a clause of time ("fire", "restrain")
    time_marks: frozenset[str]  # "when", "as", "after"
    partitive: frozenset[str]  # "one", "some", "several": "one of the officers"
    not_victims: frozenset[str]  # objects that are not people ("shot", "round", "gas")
    away_particles: frozenset[str]  # "kicked out", "lashed out": a phrasal verb that hurts no one
    people: frozenset[str]  # nouns of people a projectile may hit ("boy", "protester")


@cache
def _words() -> _Words:
    data = vocab.language_data("en")
    grammar = data.get("grammar", {})
    verbs = data.get("verbs", {})

    def words(*names: str) -> frozenset[str]:
        return frozenset(w for name in names for w in grammar.get(name, ()))

    return _Words(
        harm=frozenset(verbs.get("kill", ()) + verbs.get("injure", ())) | words("harm"),
        weak=frozenset(verbs.get("fire", ())),
        suffered=frozenset(verbs.get("die", ())),
        force_acts=words("force_acts"),
        time_marks=words("time_marks"),
        partitive=words("partitive"),
        not_victims=words("not_victims"),
        away_particles=words("away_particles"),
        people=words("people"),
    )


@cache
def _parser() -> Any | None:
    from forcewatch.extractor.ner import english_model

    return english_model()


_PARSE_PIPES = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer")


def _parse(texts: list[str]) -> Iterator[Any]:
    nlp = _parser()
    if nlp is None:
        return
    disable = [name for name in nlp.pipe_names if name not in _PARSE_PIPES]
    yield from nlp.pipe(texts, batch_size=32, disable=disable)


def harm_clauses(
    texts: Iterable[tuple[str, str]], is_force: Callable[[str], bool]
) -> list[tuple[int, Clause]]:
    """(index, clause) for each of ``texts`` (a sentence and the one after it) that tells state
    agents harming someone; ``is_force(words)`` says whether a noun phrase, its head last, names
    state agents."""
    pairs = list(texts)
    found: list[tuple[int, Clause]] = []
    for index, doc in enumerate(_parse([text for text, _ in pairs])):
        clause = _clause(doc, pairs[index][1], is_force)
        if clause is not None:
            found.append((index, clause))
    return found


def _clause(doc: Any, following: str, is_force: Callable[[str], bool]) -> Clause | None:
    words = _words()
    for token in doc:
        if token.pos_ != "VERB" and token.dep_ not in ("ROOT", "conj", "relcl", "advcl"):
            continue
        lemma = token.lemma_.lower()
        if _negated(token):
            continue
        if any(c.dep_ == "prt" and c.lower_ in words.away_particles for c in token.children):
            continue  # "kicked out the journalists", "lashed out at": sent away, not hurt
        if lemma in words.harm or lemma in words.weak:
            clause = _agent_clause(token, following, is_force)
            if clause is not None:
                return clause
        if lemma in _STRIKES and not _passive(token):
            clause = _projectile_clause(token, is_force)
            if clause is not None:
                return clause
        undergone = _passive(token) or not any(c.dep_ in ("dobj", "obj") for c in token.children)
        if lemma in words.suffered or (lemma in words.harm and undergone):
            clause = _time_clause(token, is_force)
            if clause is not None:
                return clause
    return None


def _agent_clause(token: Any, following: str, is_force: Callable[[str], bool]) -> Clause | None:
    """Agents as the by-agent of a passive harm, or as the subject of an active one."""
    if _passive(token):
        agent = _by_agent(token)
        if agent is not None and _forces(agent, is_force):
            return _span(agent, token, "passive")
        return None
    subject = _subject(token)
    if subject is None or not _forces(subject, is_force) or _agents_harmed(token, is_force):
        return None
    if _set_apart(subject, token):
        return None
    if token.lemma_.lower() in _words().weak and (
        _into_the_air(token) or not _hits_someone(token, following)
    ):
        return None
    return _span(subject, token, "act")


def _negated(token: Any) -> bool:
    """A verb denied ("did not shoot"), or told of no one ("No inmate was injured by any
    officer", "nobody was hurt by the police")."""
    for child in token.children:
        if child.dep_ == "neg":
            return True
        if child.dep_ in ("nsubj", "nsubjpass") and (
            child.lower_ in _NOBODY
            or any(d.dep_ == "det" and d.lower_ == "no" for d in child.children)
        ):
            return True
    return False


_NOBODY = frozenset({"nobody", "none", "no-one", "noone"})


def _passive(token: Any) -> bool:
    return any(child.dep_ in ("auxpass", "nsubjpass") for child in token.children)


def _by_agent(token: Any) -> Any | None:
    for child in token.children:
        if child.dep_ == "agent":
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    return _of_partitive(pobj)
    return None


def _subject(token: Any) -> Any | None:
    """The subject of ``token``, or of the verb it is coordinated with ("arrested ... and shot";
    never through a passive one: "was shot and killed" is told of the one shot), through a
    partitive ("one of the officers") and a relative pronoun ("officers who shot")."""
    verb = token
    for _ in range(4):
        if verb is not token and _passive(verb):
            return None  # "a deputy fought him and was shot and killed": the deputy was harmed
        for child in verb.children:
            if child.dep_ == "nsubj":
                if child.tag_ in ("WP", "WDT") and verb.dep_ == "relcl":
                    return _of_partitive(verb.head)
                noun = _of_partitive(child)
                if noun.pos_ == "PRON":
                    return None  # "they shot him": whose pronoun it is, the parse does not say
                return noun
            if child.dep_ == "nsubjpass":
                return None
        if verb.dep_ == "acl" and verb.tag_ == "VBG" and token.tag_ == "VBD":
            # "Officers responding to a call shot and killed him", parsed as "responding ... and
            # killed": a past tense is never coordinated with the participle that describes its
            # noun, so the noun is the subject
            return _of_partitive(verb.head) if verb.head.pos_ in ("NOUN", "PROPN") else None
        if verb.dep_ in ("ccomp", "conj") and verb.tag_ == "VBD":
            earlier = _series_subject(verb)
            if earlier is not None:
                return earlier
        if verb.dep_ != "conj" or verb.head.pos_ not in ("VERB", "AUX"):
            return None
        verb = verb.head
    return None


def _series_subject(verb: Any) -> Any | None:
    """The subject of a series of past tenses that the parse hung side by side from a verb of
    saying: "said troops rounded up men, separated them from the women and shot 18 of them"
    ("separated" has no subject of its own: it shares the one before it, with only a comma
    between)."""
    siblings = [
        s
        for s in verb.head.children
        if s.i < verb.i and s.dep_ in ("ccomp", "conj") and s.tag_ == "VBD" and not _passive(s)
    ]
    if not siblings:
        return None
    before = siblings[-1]
    between = verb.doc[before.right_edge.i + 1 : verb.i]
    if any(t.text not in (",", "and") for t in between):
        return None
    subject = next((c for c in before.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ == "PRON":
        return None
    return _of_partitive(subject)


def _of_partitive(noun: Any) -> Any:
    """ "one of the officers" -> "officers"."""
    if noun.lemma_.lower() in _words().partitive or noun.like_num:
        for child in noun.children:
            if child.dep_ == "prep" and child.lower_ == "of":
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        return pobj
    return noun


def _forces(noun: Any, is_force: Callable[[str], bool]) -> bool:
    """Whether ``noun``, with the words that name it ("the south district police", "Israeli
    forces"), or a noun coordinated with it ("villagers and police") names state agents."""
    for head in (noun, *(c for c in noun.children if c.dep_ == "conj")):
        left = [t for t in head.lefts if t.dep_ in ("compound", "amod", "nmod", "det", "nummod")]
        start = left[0].i if left else head.i
        if is_force(head.doc[start : head.i + 1].text):
            return True
    return False


def _agents_harmed(token: Any, is_force: Callable[[str], bool]) -> bool:
    for child in token.children:
        if child.dep_ in ("dobj", "obj") and _forces(_of_partitive(child), is_force):
            return True
    return False


def _hits_someone(token: Any, following: str) -> bool:
    """A weak verb ("shot", "fired") that hits someone: a person as its object, "dead" after it,
    or a harm told in the rest of the sentence or the next one."""
    from forcewatch.extractor.agency import harms_someone
    from forcewatch.extractor.counts import without_denials

    words = _words()
    for child in token.children:
        if child.lower_ == "dead":
            return True
        if (
            child.dep_ in ("dobj", "obj")
            and child.lemma_.lower() not in words.not_victims
            and child.pos_ in ("NOUN", "PROPN", "PRON", "NUM")
            and token.lemma_.lower() != "fire"
        ):
            return True
    rest = token.doc[token.i + 1 :].text
    # (harm denied is no harm: "fired tear gas ... but nobody was injured")
    return harms_someone(without_denials(rest + " " + following))


def _time_clause(token: Any, is_force: Callable[[str], bool]) -> Clause | None:
    """ "one person was killed when the police fired", "he died after being restrained by
    officers", "he was tasered by officers and died": the agents' act in a clause of time that
    hangs from the harm, or in the clause the harm is coordinated with."""
    words = _words()
    harmed = next((c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if harmed is not None and _forces(_of_partitive(harmed), is_force):
        return None  # "an officer died when ...": an agent harmed
    for clause in _clauses_of_time(token):
        if not _force_act(clause) and clause.lemma_.lower() not in words.harm:
            continue
        if _negated(clause) or _into_the_air(clause):
            continue  # "injured when police fired in the air": not by the agents' shots
        if _passive(clause):
            agent = _by_agent(clause)
            if agent is not None and (_forces(agent, is_force) or _fired_by_force(agent, is_force)):
                return _span(token, clause, "passive")
            continue
        subject = clause.head if clause.dep_ == "acl" else _subject(clause)
        if subject is not None and _forces(subject, is_force) and not _set_apart(subject, clause):
            return _span(token, clause, "act")
    return None


def _force_act(verb: Any) -> bool:
    """``verb`` is one of the agents' acts, alone ("fired") or with its object, particle or
    preposition ("opened fire", "held him down", "charged at")."""
    acts = _words().force_acts
    lemma = verb.lemma_.lower()
    if lemma in acts:
        return True
    return any(
        f"{lemma} {c.lemma_.lower()}" in acts
        for c in verb.children
        if c.dep_ in ("dobj", "obj", "prt", "prep")
    )


def _clauses_of_time(token: Any) -> Iterator[Any]:
    """Verbs that tell what happened before or as ``token`` did: a clause of time ("when police
    fired"), a time preposition's verb ("after being hit"), the verb it is coordinated with ("was
    tasered ... and died"); "as police charged" parsed as a noun with a verb after it too."""
    marks = _words().time_marks
    for child in token.children:
        if child.dep_ == "advcl":
            if {c.lower_ for c in child.children if c.dep_ in ("mark", "advmod")} & marks:
                yield child
        elif child.dep_ == "prep" and child.lower_ in marks:
            for inner in child.children:
                if inner.dep_ == "pcomp":
                    yield inner
                elif inner.dep_ == "pobj":
                    yield from (c for c in inner.children if c.dep_ in ("acl", "relcl"))
    if token.dep_ == "conj" and token.head.pos_ == "VERB":
        yield token.head


_STRIKES = frozenset({"hit", "strike"})


def _projectile_clause(token: Any, is_force: Callable[[str], bool]) -> Clause | None:
    """ "A canister fired by soldiers struck Adam's cousin in the jaw", "a bullet fired by police
    hit a boy": what the agents fired, hitting a person."""
    subject = _subject(token)
    if subject is None or not _fired_by_force(subject, is_force):
        return None
    for child in token.children:
        if child.dep_ not in ("dobj", "obj") or _forces(child, is_force):
            continue
        if (
            child.pos_ == "PROPN"
            or child.lower_ in ("him", "her", "them")
            or child.lemma_.lower() in _words().people
        ):
            return _span(subject, token, "act")
    return None


def _fired_by_force(thing: Any, is_force: Callable[[str], bool]) -> bool:
    """ "a tear-gas canister fired by police": a weapon the agents fired."""
    for child in thing.children:
        if child.dep_ == "acl":
            agent = _by_agent(child)
            if agent is not None and _forces(agent, is_force):
                return True
    return False


# Shots that hit no one: "fired in the air", "warning shots".
_IN_THE_AIR = re.compile(r"\b(?:in(?:to)?\s+the\s+air|warning\s+shots?|skyward)\b", re.IGNORECASE)


def _into_the_air(verb: Any) -> bool:
    return bool(_IN_THE_AIR.search(verb.doc[verb.i : verb.right_edge.i + 1].text))


def _set_apart(subject: Any, verb: Any) -> bool:
    """A colon or bar between the force and the verb: "Police: man shot near 20th Street" is a
    headline that cites the police, not one in which they shot."""
    a, b = sorted((subject.i, verb.i))
    return any(t.text in (":", "|") for t in subject.doc[a:b])


def _span(first: Any, last: Any, kind: str) -> Clause:
    start = min(first.idx, last.idx)
    end = max(first.idx + len(first.text), last.idx + len(last.text))
    return Clause(kind, start, end)
