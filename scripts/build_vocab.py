"""Expand the verb lemmas of ``src/forcewatch/extractor/vocab/<lang>.toml`` into their forms.

    .venv/bin/python scripts/build_vocab.py [--check]

Every form simplemma's dictionary maps to one of the lemmas is kept when its ending is one that
news narrative uses (third person of the past, present and imperfect, the past subjunctive of
"después de que", gerund, participle); the rest (first and second persons, other subjunctives,
odd dictionary entries) would only add ambiguity
("mata" is also a wood). Participles are made by rule from the lemma (-ado, -ido, in both genders
and numbers) and go apart: they make passives ("fueron asesinados por").
English is not expanded: its irregular forms ("shot", "beaten") are written in the lexicon.
Writes ``vocab/forms.json``; ``--check`` exits 1 when that file is out of date (the tests run it).
"""

from __future__ import annotations

import argparse
import json
import sys
import tomllib
from pathlib import Path

VOCAB = Path(__file__).resolve().parents[1] / "src" / "forcewatch" / "extractor" / "vocab"
LANGS = ("es", "pt")
PARTICIPLE = ("ado", "ada", "ados", "adas", "ido", "ida", "idos", "idas")
FINITE = {
    "es": ("ó", "aron", "ieron", "eron", "an", "en", "aba", "aban", "ía", "ían", "ando", "iendo",
           # the past subjunctive of "después de que un agente la golpeara", "sin que lo hiriera"
           "ara", "iera", "ase", "iese"),
    "pt": ("ou", "aram", "eram", "iram", "eu", "iu", "am", "em", "ava", "avam", "ia", "iam",
           "ando", "endo", "indo",
           # "depois de que um agente o espancasse", "antes que o PM atirasse"
           "asse", "esse", "isse", "assem", "essem", "issem"),
}  # fmt: skip


def build() -> dict[str, dict[str, dict[str, list[str]]]]:
    from simplemma.strategies.dictionaries import DefaultDictionaryFactory

    factory = DefaultDictionaryFactory()
    out: dict[str, dict[str, dict[str, list[str]]]] = {}
    for lang in LANGS:
        verbs: dict[str, list[str]] = tomllib.loads((VOCAB / f"{lang}.toml").read_text())["verbs"]
        wanted = {lemma: kind for kind, lemmas in verbs.items() for lemma in lemmas}
        forms: dict[str, dict[str, set[str]]] = {
            kind: {"finite": set(), "participle": set()} for kind in verbs
        }
        for form, lemma in factory.get_dictionary(lang).items():
            kind = wanted.get(str(lemma))
            if kind is None or not form.isalpha() or not form.islower():
                continue
            if form.endswith(FINITE[lang]) and not form.endswith(PARTICIPLE):
                forms[kind]["finite"].add(form)
        for lemma, kind in wanted.items():  # regular participles, in both genders and numbers
            stem = lemma[:-2] + ("ad" if lemma.endswith("ar") else "id")
            forms[kind]["participle"].update(stem + end for end in ("o", "a", "os", "as"))
        out[lang] = {
            kind: {part: sorted(words) for part, words in parts.items()}
            for kind, parts in forms.items()
        }
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if forms.json is stale")
    args = parser.parse_args()
    text = json.dumps(build(), ensure_ascii=False, indent=1, sort_keys=True) + "\n"
    target = VOCAB / "forms.json"
    if args.check:
        if not target.is_file() or target.read_text(encoding="utf-8") != text:
            print(f"{target} is out of date: run scripts/build_vocab.py", file=sys.stderr)
            return 1
        return 0
    target.write_text(text, encoding="utf-8")
    print(f"wrote {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
