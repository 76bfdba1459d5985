"""Which person a role stands for, by the titles the article gives them: the sense of a role
in other words ("l'édile" for "le maire"), a word of the same family ("le syndicaliste" for
"secrétaire général du Syndicat …"), a word that describes them ("five-time champion X" …
"the champion"), and where a name starts or ends around a title ("Dr. Ravi Chandran",
"Regional Science Minister Andrew Pelloe"); who the article named last, or names first in
the next sentence; a country as the article spells it."""

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


def spelled(raw: str, words_of_text: list[Tok], words: AttributionWords, name: str) -> str:
    """``name`` ("la Russie") with its words as the text spells them, where it writes them
    in a row."""
    parts = tokens(name, 0, len(name))
    det = [t for t in parts if t.low in words.determiners or t.text.endswith(("'", "’"))]
    core = [t.low for t in parts if t not in det]
    for i in range(len(words_of_text) - len(core) + 1):
        if [t.low for t in words_of_text[i : i + len(core)]] == core:
            found = raw[words_of_text[i].start : words_of_text[i + len(core) - 1].end]
            return name[: parts[len(det)].start] + found if det else found
    return name


def describes(people: People, raw: str, noun: Tok, name: str, links: frozenset[str]) -> bool:
    """Is ``noun`` (its first letters) a lower-case word of the titles of the person called
    ``name``, or the word right before a mention of them ("five-time champion Viktor
    Haldane"), after no link (``links``: "de", "of")?"""
    person = next((p for p in people.persons.values() if p.name == name), None)
    if person is None:
        return False
    words = [t for title in person.titles for t in tokens(title, 0, len(title))]
    for m in person.mentions:  # not "le président du club Sébastien Taillandier"
        before = tokens(raw, max(0, m - 40), m)[-2:]
        if before and not (len(before) > 1 and before[0].low in links):
            words.append(before[-1])
    return any(t.text[:1].islower() and t.low[:STEM] == noun.low[:STEM]
               and len(t.low) >= min(len(noun.low), STEM) for t in words)


def opens_next(people: People, raw: str, units: list[tuple[int, int]], unit: int,
               before: int) -> Person | None:
    """The person whose mention opens the sentence after ``unit``, when the article named
    them before ``before``."""
    if unit + 1 >= len(units):
        return None
    lo, hi = units[unit + 1]
    first = tokens(raw, lo, hi)[:1]
    run = people.runs.get(first[0].start) if first else None
    if run is None or not any(m < before for m in run[1].mentions):
        return None
    return run[1]


def person_since(people: People, units: list[tuple[int, int]], unit: int, before: int,
                 gender: str) -> Person | None:
    """The person of ``gender`` ("m" or "f", as the article marks it) mentioned last from
    sentence ``unit`` on and before offset ``before``; None when nobody is."""
    if gender not in ("m", "f") or unit >= len(units):
        return None
    return last_named(people, before, units[unit][0], lambda p: p.gender == gender)


def after_adverbials(toks: list[Tok], openers: frozenset[str]) -> list[Tok]:
    """A sentence's words from the first of ``openers`` that follows its leading adverbial
    parts ("Further downstream, in Ellery Cross, a fisherman …": from "a"); all of them
    when none does."""
    for k, t in enumerate(toks[:12]):
        if t.text == "," and k + 1 < len(toks) and toks[k + 1].low in openers:
            return toks[k + 1:]
    return toks
