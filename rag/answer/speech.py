"""Questions about who said what: which speaker a question names, and what it asks.

"What did Campbell say Russia gave in return?", "Qu'a déclaré le porte-parole du Kremlin
sur ... ?", "¿Qué dijo Peskov?" ask for a speaker's words; "Who said that ...?", "Qui a
assuré que ... ?" ask for the speaker. :func:`parse_speech_question` reads a question with
the words of every language in :mod:`rag.lang` (speech cues, "according to" words, who
words, roles) and the speakers the articles quote (:mod:`rag.ingest.quote_store`): a
name in the question is a speaker when it is a word of a quoted speaker's name (spelling
variants allowed: "Dmitri"/"Dmitry"), or of a quoted speaker's title ("the Kremlin": its
spokesman). When several names are quoted speakers, the one next to the speech cue is
the speaker asked about ("What did Blinken say about Putin's trip?" asks about Blinken);
two names joined by "and" are two speakers. A follow-up whose speaker is a pronoun
("And what did he say about ...?") takes the speaker of the previous question.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from rag import lang
from rag.answer.speech_words import common_words, cue_spans
from rag.answer.speech_words import every as _every
from rag.ingest.speakers import ELISION, fold
from rag.ingest.speakers import all_determiners as _determiners

_TOKEN = re.compile(r"[^\W\d_](?:[\w’'-]*\w)?")
_POSSESSIVE = re.compile(r"[’']s$")
SIMILAR = 0.8  # spelling variants of a name word ("dmitri"/"dmitry": 0.83)
MIN_NAME_LETTERS = 3
_INVERSION = re.compile(r"-t-(?:il|elle|ils|elles)$")


@dataclass(frozen=True)
class Token:
    start: int
    end: int
    text: str
    folded: str
    possessive: bool = False  # written with "'s" ("Russia's")

    @property
    def capital(self) -> bool:
        return self.text[:1].isupper()


_Name = tuple[int, list[Token], list[str], str]
"""A name in a question: its distance to the speech cue, its words, the speakers it
answers to, and how ("speaker" or "title")."""


@dataclass(frozen=True)
class SpeechQuestion:
    """What a question asks about speech. ``kind`` is "what" (a speaker's words) or "who"
    (the speaker of some words). ``speakers``: the stored speakers the named one answers
    to (several spellings of one person, or one institution's spokespeople), ``named``:
    the question's words that name them, ``on``: "speaker" (the name) or "title" (a
    role: "the Kremlin"), ``others``: a second speaker named beside the first,
    ``unknown``: a name next to the cue that no quoted speaker answers to (a capital
    standing for a quoted country is not one: "Washington" for "les États-Unis")."""

    kind: str
    speakers: tuple[str, ...] = ()
    named: str = ""
    on: str = "speaker"
    others: tuple[str, ...] = ()
    unknown: str = ""
    adjacent: bool = True  # the name is the cue's (next to it, or inside "did X say")
    among: tuple[str, ...] = ()  # "who": the speakers its wh-phrase names ("which Kremlin
    # spokesman"), the answer's speaker is one of them


def tokens(text: str) -> list[Token]:
    out = []
    for m in _TOKEN.finditer(text):
        start, word = m.start(), _POSSESSIVE.sub("", m.group(0))
        elided = ELISION.match(word)
        if elided and word[elided.end():][:1].isupper():
            start, word = start + elided.end(), word[elided.end():]
        if word:
            out.append(Token(start, start + len(word), word, fold(word),
                             bool(_POSSESSIVE.search(m.group(0)))))
    return out


def _name_words(name: str) -> list[str]:
    common = common_words()
    return [w for w in (t.folded for t in tokens(name)) if w not in common
            and len(w) >= MIN_NAME_LETTERS]


def _same(a: str, b: str) -> bool:
    if a == b:
        return True
    return (a[0] == b[0] and min(len(a), len(b)) >= 5 and abs(len(a) - len(b)) <= 1
            and difflib.SequenceMatcher(None, a, b).ratio() >= SIMILAR)


def _matching(words: Sequence[str], names: dict[str, list[str]]) -> list[str]:
    """The names of which every word in ``words`` is a word (spelling variants allowed)."""
    return [n for n, nw in names.items() if words and nw
            and all(any(_same(w, x) for x in nw) for w in words)]


def _groups(toks: Sequence[Token], names: dict[str, list[str]],
            cues: Sequence[tuple[int, int]] = ()) -> list[list[Token]]:
    """Runs of capitalised words that are not common words (the question's names), with
    the role words between them ("State Department spokesman Matthew Miller"); the first
    word only when it is a word of a quoted name (else it is capitalised as the start of
    the question: "Qu'a", "Selon")."""
    common = common_words()
    roles = _every("attribution.roles") | _every("attribution.occupations")
    known = {w for nw in names.values() for w in nw}
    groups: list[list[Token]] = []
    prev = -2
    for i, t in enumerate(toks):
        if not t.capital or t.folded in common or len(t.folded) < 2:
            if groups and i == prev + 1 and t.folded in roles:
                groups[-1].append(t)
                prev = i
            continue
        if i == 0 and not any(_same(t.folded, w) for w in known):
            continue
        if groups and i == prev + 1:
            groups[-1].append(t)
        else:
            groups.append([t])
        prev = i
    for g in groups:  # a run does not end on a role word
        while g and not g[-1].capital:
            g.pop()
    # "Russia's foreign minister", "Blinken's visit": the name qualifies something else
    # (not "Russia's Lavrov", nor "Dupont's objection": a speech word follows)
    after = {t.start: toks[i + 1] for i, t in enumerate(toks[:-1])}
    return [g for g in groups if g and not (
        g[-1].possessive and g[-1].start in after and not after[g[-1].start].capital
        and not any(a == after[g[-1].start].start for a, _ in cues))]


def _is_who(toks: Sequence[Token], cues: Sequence[tuple[int, int]]) -> bool:
    """'Who said ...', 'Qui a ...', 'Which official said ...', 'Quel ministre a ...' (a
    role right after "which", before the speech cue)."""
    if not toks:
        return False
    first = toks[0].folded
    who = _every("who_words")
    if first in who:
        return True
    which = _every("which_words")
    return first in which and any(
        _is_role(t) and t.end <= cues[0][0]
        for t in toks[1:3])


def parse_speech_question(question: str, speakers: Sequence[str],
                          titles: Mapping[str, str | None] | None = None,
                          previous: Sequence[str] = (), last_speaker: str | None = None,
                          answers: Sequence[str] = (),
                          similar: Callable[[str], Sequence[str]] | None = None
                          ) -> SpeechQuestion | None:
    """What ``question`` asks about speech, or None when it does not ask about speech.

    ``speakers``: the names the articles quote; ``titles``: a speaker's title (to find
    "the Kremlin" as its spokesman); ``previous``: the earlier questions of the
    conversation, latest last, ``answers`` their answers' words, and ``last_speaker`` the
    speaker the previous answer quoted (a pronoun speaker is that one, else the one the
    conversation named last). ``similar``: the speakers a name sharing no word with any of
    them stands for in another language ("la Casa Blanca": "la Maison Blanche"), asked
    only for the name nearest the cue when no name matches by its words."""
    cues = cue_spans(question)
    if not cues:
        return None
    toks = tokens(question)
    if _is_who(toks, cues):
        # "Which Kremlin spokesman said …": the speakers the words before the cue name
        among = tuple(dict.fromkeys(s for who in named_speakers(question[:cues[0][0]],
                                                                speakers, titles)
                                    for s in who))
        return SpeechQuestion("who", among=among)
    if any(_is_pronoun(t) and any(a <= t.start and t.end <= b for a, b in cues)
           for t in toks) or _source_pronoun(question, toks):
        # "what did he say", "qu'a-t-il dit", "selon lui": the previous speaker
        return resolve_previous(previous, speakers, titles, last_speaker, answers)
    names = {s: _name_words(s) for s in speakers}
    by_title = {s: _name_words(t) for s, t in (titles or {}).items() if t}
    found: list[_Name] = []
    for group in _groups(toks, names, cues):
        words = [t.folded for t in group if len(t.folded) >= MIN_NAME_LETTERS]
        who, on = _speakers_of(words, names, by_title)
        countries = _countries(words)
        if not who and countries and (
                any(cw and set(cw) <= set(nw) for cw in map(_name_words, countries)
                    for nw in names.values())
                or (similar is not None and any(similar(c) for c in countries))):
            continue  # a capital standing for a quoted country ("Moscow": "la Russie"): not
            # a name nobody said
        lo, hi = group[0].start, group[-1].end
        distance = min(max(a - hi, lo - b, 0) for a, b in cues)
        if _after_auxiliary(toks, group, cues):  # "what did the State Department say"
            distance = 0
        found.append((distance, group, who, on))
    # the name nearest the cue; of equally near names, a quoted one
    nearest = min(found, key=lambda f: (f[0], not f[2])) if found else None
    if nearest is not None and not nearest[2] and similar is not None \
            and not _before_role(toks, nearest[1]):
        # a name in another language ("Casa Blanca" for "la Maison Blanche"); not one that
        # qualifies a role ("US officials")
        group = nearest[1]
        alike = list(similar(question[group[0].start:group[-1].end]))
        if alike:
            i = found.index(nearest)
            found[i] = nearest = (nearest[0], group, alike, "speaker")
    quoted = [f for f in found if f[2]]
    if nearest is not None and not nearest[2] and nearest[1][0].start >= cues[0][1] \
            and _has_pronoun([t for t in toks if t.end <= cues[0][0]]):
        # "How did he describe North Korea?": the name is the verb's object, "he" speaks
        return resolve_previous(previous, speakers, titles, last_speaker, answers)
    if nearest is None or not nearest[2]:
        if nearest is not None and nearest[0] <= 1:  # next to the cue, and nobody quoted
            g = nearest[1]
            return SpeechQuestion("what", unknown=question[g[0].start:g[-1].end])
        if _has_pronoun(toks):
            return resolve_previous(previous, speakers, titles, last_speaker, answers)
        return None
    named = question[nearest[1][0].start:nearest[1][-1].end]
    joined = [f for f in quoted if f is not nearest and nearest[0] <= 1
              and _joined(question, f, nearest)]
    # names as near the cue, not joined by "and": one speaker's ("Pentagon press
    # secretary Patrick Ryder": the Pentagon's spokesman and Patrick Ryder)
    same = [f for f in quoted if f[0] == nearest[0] and f not in joined]
    asked = tuple(dict.fromkeys(s for f in same for s in f[2]))
    others = tuple(s for f in joined for s in f[2] if s not in asked)
    return SpeechQuestion("what", asked, named, nearest[3], others, adjacent=nearest[0] <= 1)


def qualifies_role(question: str, name: str) -> bool:
    """Does ``name`` only say whose or where a role or a person is ("the mayor of Montbrac",
    "le fromager d'Annecy", "Montbrac's mayor", "US officials"), rather than name someone?"""
    at = question.find(name)
    if not name or at < 0:
        return False
    toks = tokens(question)
    i = next((k for k, t in enumerate(toks) if t.start >= at), len(toks))
    j = next((k for k, t in enumerate(toks) if t.start >= at + len(name)), len(toks))
    if j < len(toks) and _is_role(toks[j]):
        return True
    before = fold(question[:at]).rstrip()
    return any(before.endswith((" " + g, " " + g.rstrip("'")))
               for g in _every("attribution.genitives")) \
        and (any(_is_role(t) for t in toks[max(0, i - 4):i])  # or someone described:
             or any(toks[k].folded in _determiners() and toks[k + 1].text.islower()
                    for k in range(max(0, i - 3), i - 1)))  # "le fromager d'Annecy"


def _is_role(t: Token) -> bool:
    """A role word, or its plural ("official", "officials", "ministre")."""
    roles = _every("attribution.roles") | _every("attribution.occupations")
    return t.folded in roles or t.folded.rstrip("s") in roles


def _before_role(toks: Sequence[Token], group: Sequence[Token]) -> bool:
    """The run of names is followed by a role word ("US officials", "Kremlin spokesman")."""
    i = toks.index(group[-1]) + 1
    return i < len(toks) and _is_role(toks[i])


def _after_auxiliary(toks: Sequence[Token], group: Sequence[Token],
                     cues: Sequence[tuple[int, int]]) -> bool:
    """The name stands between a question auxiliary and the speech verb after it ("What
    did the State Department's spokesman say"): the verb's subject."""
    auxiliaries = _every("question_auxiliaries")
    before = [t for t in toks if t.end <= group[0].start]
    if not before or not any(t.folded in auxiliaries for t in before[-6:]):
        return False
    return any(a >= group[-1].end and not any(t.folded in auxiliaries for t in toks
                                              if group[-1].end <= t.start < a)
               for a, _ in cues)


def _source_pronoun(question: str, toks: Sequence[Token]) -> bool:
    """A pronoun right after "according to"/"selon"/"según": "selon lui"."""
    langs = list(lang.all_languages())
    pronouns = {fold(w) for lg in langs for w in lg.pronouns} - _determiners()
    sources = {tuple(fold(s).split()) for lg in langs for s in lg.attribution.sources}
    words = [t.folded for t in toks]
    return any(tuple(words[i - len(src):i]) == src and words[i] in pronouns
               for i in range(1, len(words)) for src in sources if len(src) <= i)


def _countries(words: Sequence[str]) -> list[str]:
    """The country a capital stands for, as each language names it."""
    if len(words) != 1:
        return []
    return sorted({lg.attribution.capitals[words[0]] for lg in lang.all_languages()
                   if words[0] in lg.attribution.capitals})


def _is_pronoun(t: Token) -> bool:
    pronouns = _every("subject_pronouns")
    return t.folded in pronouns or bool(_INVERSION.search(t.folded))


def _has_pronoun(toks: Sequence[Token]) -> bool:
    return any(_is_pronoun(t) for t in toks)


def _joined(question: str, a: _Name, b: _Name) -> bool:
    """Two names joined by "and"/"et"/"y" only ("Campbell and Peskov")."""
    first, second = sorted((a[1], b[1]), key=lambda g: g[0].start)
    between = fold(question[first[-1].end:second[0].start]).strip(" ,")
    conj = _every("attribution.conjunctions")
    return between in conj


def named_speakers(text: str, speakers: Sequence[str],
                   titles: Mapping[str, str | None] | None = None) -> list[tuple[str, ...]]:
    """The quoted speakers a text names, in order of mention: each name's speakers (by
    the words of their name including its last, "Campbell" but not "Affaires" for "le
    ministère des Affaires étrangères de Séoul", or every word of their title: "Kremlin
    spokesman"; names first)."""
    names = {s: _name_words(s) for s in speakers}
    by_title = {s: _name_words(t) for s, t in (titles or {}).items() if t}
    out: list[tuple[bool, tuple[str, ...]]] = []
    for group in _groups(tokens(text), names):
        words = [t.folded for t in group if len(t.folded) >= MIN_NAME_LETTERS]
        who, on = _speakers_of(words, names, by_title, last_word=True)
        if who and (on == "title", tuple(who)) not in out:
            out.append((on == "title", tuple(who)))
    return [who for _, who in sorted(out, key=lambda f: f[0])]  # names before titles


def _speakers_of(words: Sequence[str], names: dict[str, list[str]],
                 by_title: dict[str, list[str]], *, last_word: bool = False
                 ) -> tuple[list[str], str]:
    """The speakers a run of name words answers to, and how: "speaker" (the words from
    some word on are words of their name: "Director of National Intelligence Avril
    Haines"; with ``last_word``, including the name's last word) or "title" (every word
    is a word of their title: "Kremlin" in "porte-parole du Kremlin")."""
    for i in range(len(words)):
        who = [n for n in _matching(words[i:], names)
               if not last_word or any(_same(w, names[n][-1]) for w in words[i:])]
        if who:
            return who, "speaker"
    return [s for s, tw in by_title.items() if words
            and all(any(_same(w, x) for x in tw) for w in words)], "title"


def resolve_previous(previous: Sequence[str], speakers: Sequence[str],
                   titles: Mapping[str, str | None] | None, last_speaker: str | None = None,
                   answers: Sequence[str] = ()) -> SpeechQuestion | None:
    """A pronoun speaker: the one the previous answer quoted; else, latest turn first,
    the speaker its question asked about, else the first person its answer or its
    question names ("Who is the Pentagon’s spokesman?" "Patrick Ryder."; "Qui est Avril
    Haines ?"), else the first institution they name."""
    if last_speaker is not None and last_speaker in speakers:
        return SpeechQuestion("what", (last_speaker,), last_speaker)
    for i in reversed(range(len(previous))):
        earlier = parse_speech_question(previous[i], speakers, titles)
        if earlier is not None and earlier.kind == "what" and earlier.speakers:
            return earlier
        named = [*named_speakers(answers[i] if i < len(answers) else "", speakers, titles),
                 *named_speakers(previous[i], speakers, titles)]
        # "he", "elle": a person (a name as written, "Avril Haines") before an
        # institution (stored with its article: "les États-Unis")
        people = [who for who in named if any(s[:1].isupper() for s in who)]
        if named:
            who = (people or named)[0]
            return SpeechQuestion("what", who, who[0])
    return None
