"""Who is speaking: the words of a language, and the people an article names.

An attribution names its speaker in many ways: a full name with a title ("le porte-parole
du Kremlin, Dmitri Peskov"), a surname ("Peskov"), a pronoun ("il", "he"), a role ("le
ministre", "the spokesman"), an institution ("le Kremlin", "un communiqué du Kremlin") or
a capital that stands for its country ("Moscou"). :class:`rag.ingest.people.People` lists the
persons an article names. :mod:`rag.ingest.phrases` finds the speaker phrase of a speech verb and
:mod:`rag.ingest.resolve` turns it into one speaker. Every word list comes from
``rag.lang`` (``Language.attribution``); nothing here names a language's words.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache

from rag import lang

QUOTE_CHARS = '«»“”„"'
# an elided article or pronoun before a vowel or an h ("l'État", "qu'il", "d'Antony"): not
# an English contraction or possessive ("didn't", "Fold's": the word, its apostrophe, "s")
_TOKEN = re.compile(r"[^\W\d_]{1,7}['’](?=[aeiouyhàâäéèêëîïôöùûüœæAEIOUYHÀÂÄÉÈÊËÎÏÔÖÙÛÜŒÆ])"
                    r"|[^\W_]+(?:[-‐‑][^\W_]+)*|\S")
STOP_PUNCT = set(".;:!?()[]") | set(QUOTE_CHARS)


def fold(text: str) -> str:
    """Lower case, no accents, straight apostrophes: 'Séoul' -> 'seoul', 'd’État' -> "d'etat"."""
    text = text.lower().replace("œ", "oe").replace("æ", "ae").replace("’", "'")
    return "".join(
        ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch)
    )


ELISION = re.compile(r"^[a-zà-ÿ]{1,2}[’']")  # the elided article of d'Antony, l'Élysée


@lru_cache(maxsize=1)
def all_determiners() -> frozenset[str]:
    """Every language's articles and determiners, folded ("the", "la", "los")."""
    return frozenset(fold(d) for lg in lang.all_languages() for d in lg.attribution.determiners)


def bare_name(name: str) -> str:
    """A name without its leading articles ("la Maison Blanche" -> "Maison Blanche",
    "l'Élysée" -> "Élysée"): compared by the embeddings, "la France" and "la Russie" are
    close through their article alone."""
    words = name.split()
    while len(words) > 1 and fold(words[0]) in all_determiners():
        words = words[1:]
    elided = ELISION.match(words[0]) if words else None
    if elided and len(words[0]) > elided.end():
        words[0] = words[0][elided.end():]
    return " ".join(words) or name


@dataclass(frozen=True)
class Tok:
    start: int
    end: int
    text: str
    low: str  # folded


def tokens(raw: str, start: int, end: int) -> list[Tok]:
    return [
        Tok(m.start(), m.end(), m.group(), fold(m.group()))
        for m in _TOKEN.finditer(raw, start, end)
    ]


def honorific_length(toks: list[Tok], i: int, honorifics: Mapping[str, str]) -> int:
    """How many tokens from ``toks[i]`` make an honorific ("Mme": 1; "Dr" and ".": 2; none:
    0)."""
    if i >= len(toks):
        return 0
    dotted = i + 1 < len(toks) and toks[i + 1].text == "."
    if toks[i].text in honorifics or (dotted and toks[i].text + "." in honorifics):
        return 2 if dotted else 1
    return 0


@dataclass(frozen=True)
class Lexicon:
    """A language's attribution words, compiled once (see ``rag.lang.AttributionWords``)."""

    code: str
    cue: re.Pattern[str]  # groups: verb, que (needs a "that" clause or an incise), ger
    aux_left: re.Pattern[str]  # an auxiliary (and adverbs) right before a verb
    aux_glued: re.Pattern[str]  # the same, glued to the word before (garbled text, in quotes)
    inversion: re.Pattern[str] | None
    participle: re.Pattern[str] | None
    as_said: re.Pattern[str] | None
    claim: re.Pattern[str] | None
    stops: re.Pattern[str] | None
    words: lang.AttributionWords
    function: frozenset[str]  # words that are never part of a name
    places: frozenset[str]  # folded words of capitals and countries
    links: frozenset[str]  # one-word genitive links: "de", "du", "of", "del"

    def is_det(self, tok: Tok) -> bool:
        return tok.low in self.words.determiners

    def is_role(self, tok: Tok) -> bool:
        """A title or role ("ministre", "spokesman"), or an occupation in lower case ("the
        baker"; "Baker" is a name)."""
        return tok.low in self.words.roles or (
            tok.low in self.words.occupations and tok.text[:1].islower())

    def is_auxiliary(self, tok: Tok) -> bool:
        """A verb's auxiliary ("a", "has", "ha"): a clause goes on, not a title."""
        return bool(self.words.auxiliaries) and \
            re.fullmatch(self.words.auxiliaries, tok.text, re.IGNORECASE) is not None

    def is_namey(self, tok: Tok) -> bool:
        """A word that may be part of a person's name: capitalised, not an acronym, not a
        function word, title, institution, place or time word."""
        first = tok.text[0]
        return (
            first.isalpha()
            and first.isupper()
            and not (len(tok.text) > 1 and tok.text.isupper())
            and tok.low not in self.function
            and tok.low not in self.places
        )


@lru_cache(maxsize=8)
def lexicon(code: str) -> Lexicon:
    language = lang.get(code)
    w = language.attribution
    flags = re.IGNORECASE
    cue = re.compile(
        rf"(?<![\w-])(?:(?P<verb>{w.verbs})|(?P<que>{w.que_verbs})|(?P<ger>{w.gerunds}))(?![\w])",
        flags,
    )
    inv = f"(?P<inv>{w.inversion})?" if w.inversion else ""
    # an auxiliary, then at most three lower-case words ("a pour sa part", "has also")
    adverb = r"\s+(?-i:[^\W\d_A-ZÀ-Ý])[^\s,.;:!?«»“”\"]*"
    aux = rf"(?:{w.auxiliaries}){inv}(?P<gap>(?:{adverb}){{0,3}}?)\s+$"
    aux_left = re.compile(rf"(?<![^\W\d_]){aux}", flags)
    glued = re.compile(aux, flags)
    function = frozenset(
        {fold(x) for x in language.function_words | language.question_words}
        | w.roles
        | w.institutions
        | w.statements
        | set(w.determiners)
        | {fold(p) for p in w.pronouns}
        | w.relatives
        | w.subordinators
        | w.complementizers
        | w.adverbials
        | w.conjunctions
        | w.negations
        | {fold(s) for phrase in w.sources for s in phrase.split()}
    )
    places = (
        frozenset(
            set(w.capitals) | {fold(t) for v in w.capitals.values() for t in _TOKEN.findall(v)}
        )
        - function
    )

    def opt(pattern: str) -> re.Pattern[str] | None:
        return re.compile(pattern, flags) if pattern else None

    return Lexicon(
        code=language.code,
        cue=cue,
        aux_left=aux_left,
        aux_glued=glued,
        inversion=opt(w.inversion),
        participle=opt(w.participles),
        as_said=opt(w.as_said),
        claim=opt(w.claim_nouns),
        stops=opt(w.content_stops),
        words=w,
        function=function,
        places=places,
        # "de", "d" and "d'" (an elided link is a token of its own: "d'Armor")
        links=frozenset(x for g in w.genitives if " " not in g
                        for x in (g, g.rstrip("'"), g.replace("'", "’"))),
    )
