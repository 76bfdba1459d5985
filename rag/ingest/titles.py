"""Which person a role stands for, by the titles the article gives them: the sense of a role
in other words ("l'édile" for "le maire"), a word of the same family ("le syndicaliste" for
"secrétaire général du Syndicat …"), and where a name starts or ends around a title
("Dr. Ravi Chandran", "Regional Science Minister Andrew Pelloe")."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from rag.ingest.people import People, Person
from rag.ingest.speakers import Lexicon, Tok, fold, honorific_length, tokens
from rag.lang import AttributionWords

STEM = 7  # letters a role and a word of a title share when they are one word's family


def last_named(people: People, before: int, since: int = 0,
               keep: Callable[[Person], bool] = lambda p: True) -> Person | None:
    """The person (of those ``keep`` accepts) mentioned last in ``[since, before)``."""
    named = [(m, p) for p in people.persons.values() if keep(p)
             for m in p.mentions if since <= m < before]
    return max(named, key=lambda x: x[0])[1] if named else None


def by_sense(people: People, words: AttributionWords, toks: list[Tok],
             before: int) -> Person | None:
    """The person mentioned last before ``before`` whose title has the sense of the
    role ``toks`` open with, in other words ("l'édile" for "le maire"; "le dirigeant",
    whoever leads, for "président-directeur général")."""
    senses = words.role_senses
    word = fold(toks[0].text)
    sense = set((senses.get(word) or senses.get(word.rstrip("s")) or "").split("|")) - {""}
    if not sense:
        return None
    def held(title: str) -> set[str]:  # "président-directeur": both words' senses
        words = [w for t in tokens(title, 0, len(title)) for w in (t.low, *t.low.split("-"))]
        return {x for w in words for x in (senses.get(fold(w)) or "").split("|") if x}

    return last_named(people, before, 0,
                            lambda p: any(sense & held(title) for title in p.titles))


def by_stem(people: People, lex: Lexicon, tok: Tok, before: int) -> Person | None:
    """The person mentioned last before ``before`` whose title has a word of the same
    stem as the role ``tok`` ("le syndicaliste" for "secrétaire général du Syndicat
    autonome", "l'économiste" for "directrice de l'Observatoire de l'économie")."""
    word = fold(tok.text)
    if len(word) < STEM + 1:
        return None
    def shares(title: str) -> bool:  # a title of a few words, with no verb in it
        toks = tokens(title, 0, len(title))
        return len(toks) <= 8 and not any(lex.is_auxiliary(t) for t in toks) and any(
            len(t.low) >= STEM and fold(t.text)[:STEM] == word[:STEM] for t in toks)

    return last_named(people, before, 0, lambda p: any(shares(t) for t in p.titles))


def name_start(honorifics: Mapping[str, str], toks: list[Tok]) -> int:
    """Where a phrase's first word is, after an honorific ("Dr. Ravi Chandran, chief
    economist at the Brenford Chamber": the phrase opens with his name)."""
    i = 0
    while (n := honorific_length(toks, i, honorifics)) and i + n < len(toks):
        i += n
    return toks[i].start


def titled(raw: str, lex: Lexicon, end: int, next_start: int) -> bool:
    """Are the words between a name's end and the next name a role ("Minister")?"""
    between = tokens(raw, end, next_start)
    return 0 < len(between) <= 2 and all(lex.is_role(t) or t.text[:1].isupper()
                                          for t in between) and any(
        t.low in lex.words.roles for t in between)
