"""Everything language-specific, one file per language, and one language detector.

Each ``rag/lang/<code>.py`` defines ``LANG = Language(...)``: the words the pipeline
needs to read questions and articles in that language (function words for detection,
question and pronoun words, speech verbs, number words, months, byline and dateline
prefixes) and the words it writes (answer framing, abstention, LLM prompt wording). To
add a language, copy ``en.py``, translate every field and add the module to ``_MODULES``
below; nothing else in ``rag/`` names a language.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

_MODULES = ("en", "fr", "es")
DEFAULT = "en"  # questions: framing when nothing tells
ARTICLE_DEFAULT = "fr"  # articles: the bundled corpus is French


@dataclass(frozen=True)
class AttributionWords:
    """The words that find who said what in an article (``rag/ingest/attributions.py``,
    ``rag/ingest/speakers.py``). Regexes match the raw text case-insensitively (write
    apostrophes as ``['’]``); word sets and keys are folded (lower case, no accents)."""

    verbs: str = ""  # a speech verb, finite or participle: "déclaré", "said", "afirmó"
    que_verbs: str = ""  # verbs of speech or attitude that count only before a "that" clause
    # speech verbs whose object is the listener ("told her about the recall"): their
    # content is a "that" clause or a quote, never the words after them
    listener_verbs: str = ""
    gerunds: str = ""  # a speech verb going on in the same sentence: "ajoutant", "adding"
    auxiliaries: str = ""  # before a participle: "a", "has", "ha"
    participles: str = ""  # a participle without an auxiliary is an adjective: "la légende rapportée"
    passive_agents: frozenset[str] = frozenset()  # the passive: "a été critiqué par X" ("été", "par")
    inversion: str = ""  # a subject pronoun glued after the verb ("a-t-il"); "" when none
    as_said: str = ""  # "as X said" before the verb: "comme l'a", "as", "como"
    claim_nouns: str = ""  # an unattributed claim: "les affirmations selon lesquelles"
    content_stops: str = ""  # where reported content ends: ", ce que", ", which", ", lo que"
    complementizers: frozenset[str] = frozenset()  # "que", "that"
    sources: tuple[str, ...] = ()  # "selon", "according to", "según"
    # sources only when they open the sentence before a person, a role or an institution:
    # "Pour Gwenaël Tanguy, porte-parole du syndicat, le bras de fer est un test" (not
    # "Pour la première fois")
    opening_sources: tuple[str, ...] = ()
    roles: frozenset[str] = frozenset()  # titles and roles: "porte-parole", "spokesman"
    # occupations: a role only in lower case ("the baker", "Luis Pérez, panadero", "Josette
    # Luciani, retraitée"); capitalised, a name ("James Baker", "Georges Boulanger")
    occupations: frozenset[str] = frozenset()
    # titles written with a capital before a name ("Press Secretary Ann Lee"): English. Where
    # they are not (French, Spanish), a capitalised role word inside a name is part of it
    # ("Andrés Fuentes Doval": "fuentes" is also "sources")
    capitalised_titles: bool = False
    # a role's sense, the same key in every language (folded phrase -> English key): how a
    # question names a speaker by a role written in another language ("la alcaldesa" for
    # "the mayor")
    role_senses: dict[str, str] = field(default_factory=dict)
    # what links a role to whom it serves: "la alcaldesa DE Tucson", "the chairman OF the
    # union" (folded; the words after it name the speaker, not the question's topic)
    genitives: tuple[str, ...] = ()
    # besides the genitives, what says where someone works after their name: "Ann Lee, FROM
    # the University of Leeds" (folded; French and Spanish say it with "de")
    affiliations: frozenset[str] = frozenset()
    institutions: frozenset[str] = frozenset()  # heads of institutions: "ministère", "ministry"
    # between a capitalised institution word and the rest of its name: "Department OF Water
    # Resources" (none in French or Spanish: "el Gobierno de Pedro Sánchez" names a person)
    institution_links: frozenset[str] = frozenset()
    locatives: frozenset[str] = frozenset()  # "in Ellery Cross": a place, not a person
    honorifics: dict[str, str] = field(default_factory=dict)  # "M.", "Mr", as written -> gender
    determiners: dict[str, str] = field(default_factory=dict)  # -> "m", "f", "p" or ""
    # indefinite articles: "un portavoz del comisario" is someone new, not the last speaker
    indefinites: frozenset[str] = frozenset()
    pronouns: dict[str, str] = field(default_factory=dict)  # lower case -> "m" "f" "p" "n" or "x" (impersonal)
    # the pronoun of "selon lui", "according to him" (a speaker, as ``pronouns``)
    source_pronouns: dict[str, str] = field(default_factory=dict)
    relatives: frozenset[str] = frozenset()  # "qui", "who"
    subordinators: frozenset[str] = frozenset()  # open a clause before its subject: "lorsque"
    topic_markers: tuple[str, ...] = ()  # "quant au X, il a dit": "quant au", "as for"
    # a sentence opener that is no subject: "Sin embargo, advirtió que …" (folded phrases)
    connectives: tuple[str, ...] = ()
    adverbials: frozenset[str] = frozenset()  # prepositions and time words: end a name
    # days and times a verb may put before its subject: "informó el lunes el servicio …",
    # "a déclaré mardi le ministre" (folded, as the other word sets)
    time_words: frozenset[str] = frozenset()
    conjunctions: frozenset[str] = frozenset()  # "Moscou et Pyongyang": "et", "and", "y"
    # what joins a second "that" clause to a first one without "that" ("said the cracks
    # were safe but that lorries were a risk": the words said start after the verb)
    clause_joins: frozenset[str] = frozenset()
    # relatives said only of people ("who", "quien"): their antecedent can speak ("A porter
    # who asked not to be named said …"), whatever noun it is
    person_relatives: frozenset[str] = frozenset()
    statements: frozenset[str] = frozenset()  # "un communiqué du Kremlin": the Kremlin speaks
    contractions: dict[str, str] = field(default_factory=dict)  # "du" -> "le": "communiqué du X"
    negations: frozenset[str] = frozenset()  # "ne", "not", "no"
    # possessive determiners: "son avocat" is someone else's lawyer, never the possessor
    possessives: frozenset[str] = frozenset()
    capitals: dict[str, str] = field(default_factory=dict)  # capital -> its country


@dataclass(frozen=True)
class Language:
    code: str
    name: str
    # -- reading: detection and question analysis --------------------------------------
    function_words: frozenset[str]  # frequent short words that identify the language
    accents: str = ""  # letters more frequent in this language than in the others
    patterns: tuple[str, ...] = ()  # regexes whose matches count twice (e.g. "-t-il")
    question_words: frozenset[str] = frozenset()
    pronouns: frozenset[str] = frozenset()  # that refer back to an earlier turn
    subject_pronouns: frozenset[str] = frozenset()
    continuations: tuple[str, ...] = ()  # follow-up openers ("and ", "what about")
    more_words: frozenset[str] = frozenset()  # folded; "what ELSE", "quoi d'AUTRE": new facts
    speech_verbs: frozenset[str] = frozenset()  # folded
    speech_question_cues: str = ""  # regex (case-insensitive): a question asks what someone said
    # a speech verb after one of these is an adjective, not a cue: "the estimated reserve"
    adjective_articles: frozenset[str] = frozenset()
    speech_context_cues: str = ""  # regex: a speech verb next to an answer in a text
    who_words: frozenset[str] = frozenset()  # a question asking for a person: "who"
    which_words: frozenset[str] = frozenset()  # "which" (+ a role: "which official said")
    question_auxiliaries: frozenset[str] = frozenset()  # "what DID X say": X is the speaker
    number_words: frozenset[str] = frozenset()  # folded
    how_many: tuple[str, ...] = ()  # folded phrases asking for a number
    months: tuple[str, ...] = ()  # January..December, folded, in order
    bm25_stopwords: str = ""  # name of bm25s's stop-word list for this language
    stop_words: frozenset[str] = frozenset()  # folded; added to that list
    # -- writing: framing of answers -----------------------------------------------------
    abstain: str = "The articles don't say."
    abstain_markers: tuple[str, ...] = ()  # how an LLM says the passages don't answer
    according_to_article: str = "According to the article “{title}”{date}:"
    according_to_articles: str = "According to the articles:"
    sources: str = "Sources:"
    no_date: str = "no date"
    answer_prompt: str = ""  # {passages} {question}
    extra: dict[str, object] = field(default_factory=dict)  # stage-specific additions
    # -- articles as documents: bylines, datelines (folded phrases; see rag/dates.py) ----
    byline_prefixes: tuple[str, ...] = ()  # a byline is one of these, then names: "by", "par"
    correspondent_prefixes: tuple[str, ...] = ()  # then a place, a comma and the name
    dateline_prefixes: tuple[str, ...] = ()  # labels before a publication date: "published"
    date_ordinals: tuple[str, ...] = ()  # after a day number: "1er", "3rd"
    date_joiners: tuple[str, ...] = ()  # between day, month and year: "12 de mayo de 2024"
    rights_reserved: tuple[str, ...] = ()  # a copyright line: its holder is the outlet
    # -- questions about an article as a whole (rag/about.py), folded phrases --------------
    asks_author: tuple[str, ...] = ()  # "who wrote"
    asks_date: tuple[str, ...] = ()  # "published": it came out...
    asks_when: tuple[str, ...] = ()  # ...and "when": both make a question about its date
    asks_outlet: tuple[str, ...] = ()  # "which outlet"
    article_words: tuple[str, ...] = ()  # the question names an article: "article", "report"
    press_words: tuple[str, ...] = ()  # who writes and publishes one: "journalist", "newspaper"
    # the labels of an article's card (its title, author, date and outlet as text, which the
    # reader reads beside the passages when a question names an article or the press)
    card_labels: tuple[str, str, str, str] = ("Title", "Author", "Publication date", "Outlet")
    card_missing: str = "not given"  # a card's value the article does not state
    # -- writing: answers about an article ---------------------------------------------
    about_author: str = "The article “{title}” was written by {author}."
    about_date: str = "The article “{title}” was published on {date}."
    about_outlet: str = "The article “{title}” was published by {source}."
    about_no_author: str = "The article “{title}” does not name its author."
    about_no_date: str = "The article “{title}” does not give its publication date."
    about_no_outlet: str = "The article “{title}” does not name the outlet that published it."
    about_given_in: str = "{value} (given in {source})"  # metadata that the text does not hold
    # -- writing: answers about who said what (rag/answer/quoted.py) ---------------------
    said: str = "According to the article “{title}”{date}, {speaker} said:"  # then the quote
    said_not_on_topic: str = ("The articles quote {speaker}, but not on that. What "
                              "{speaker} is quoted as saying:")
    said_nobody: str = "Nobody called “{name}” is quoted in the articles."
    said_quoted_are: str = "Quoted: {speakers}."
    said_two_speakers: str = ("The question names more than one speaker ({speakers}): "
                              "ask about one of them at a time.")
    # -- articles: who said what (rag/ingest/attributions.py) ---------------------------
    attribution: AttributionWords = field(default_factory=AttributionWords)


def words(text: str) -> frozenset[str]:
    """A word set from space-separated words (how the language files write them)."""
    return frozenset(text.split())


def _load() -> dict[str, Language]:
    out: dict[str, Language] = {}
    for name in _MODULES:
        lang: Language = importlib.import_module(f"rag.lang.{name}").LANG
        out[lang.code] = lang
    return out


LANGUAGES: dict[str, Language] = _load()


def get(code: str) -> Language:
    """The language ``code``, or the default one (English) for codes we don't have."""
    return LANGUAGES.get(code, LANGUAGES[DEFAULT])


def all_languages() -> Iterable[Language]:
    return LANGUAGES.values()


_WORD = re.compile(r"[^\W\d_]+")


def detect(text: str, default: str = DEFAULT) -> str:
    """The language of a (short) text: function words, accents and patterns; ``default``
    when nothing tells or the best two tie."""
    # an English possessive ("Russia's") is not a French elision ("s'est", "l'article")
    low = re.sub(r"(?<=\w)'s(?!\w)", " ", text.casefold().replace("’", "'"))
    words = _WORD.findall(low)
    scores: dict[str, float] = {}
    for lang in LANGUAGES.values():
        s = float(sum(w in lang.function_words for w in words))
        s += sum(ch in lang.accents for ch in low)
        s += sum(2 * len(re.findall(p, low)) for p in lang.patterns)
        scores[lang.code] = s
    ranked = sorted(scores.items(), key=lambda kv: -kv[1])
    if ranked[0][1] == 0 or (len(ranked) > 1 and ranked[0][1] == ranked[1][1]):
        return default
    return ranked[0][0]
