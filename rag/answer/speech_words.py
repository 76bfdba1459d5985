"""The words of a question that speak of speech, in every language of :mod:`rag.lang`: the
speech cues ("say", "a déclaré", "según", "according to") and the common words that are
never names (:mod:`rag.answer.speech` reads questions with them)."""

from __future__ import annotations

import re
from functools import cache

from rag import lang
from rag.ingest.speakers import fold


@cache
def every(field: str) -> frozenset[str]:
    """The folded words of a language field ("who_words", "attribution.roles"), every
    language's together (built once)."""
    out: set[str] = set()
    for lg in lang.all_languages():
        value: object = lg
        for part in field.split("."):
            value = getattr(value, part)
        out |= {fold(str(w)) for w in value}  # type: ignore[attr-defined]
    return frozenset(out)


@cache
def common_words() -> frozenset[str]:
    """Words that are not names even when capitalised (sentence starts, question words)."""
    out: set[str] = set()
    for lg in lang.all_languages():
        out |= {fold(w) for w in lg.function_words | lg.question_words | lg.pronouns}
        out |= {fold(w) for w in lg.who_words}
        a = lg.attribution
        out |= {fold(w) for w in a.determiners} | {fold(w) for w in a.conjunctions}
        out |= {fold(w) for phrase in a.sources for w in phrase.split()}
    return frozenset(out)


@cache
def _cue_patterns() -> tuple[re.Pattern[str], ...]:
    pats = [re.compile(lg.speech_question_cues, re.IGNORECASE)
            for lg in lang.all_languages() if lg.speech_question_cues]
    for lg in lang.all_languages():  # the speech verbs that find attributions in articles,
        # not as adjectives after the language's articles ("the estimated reserve")
        not_after = "".join(rf"(?<!\b{re.escape(a)} )" for a in sorted(lg.adjective_articles))
        verbs = "|".join(v for v in (lg.attribution.verbs, lg.attribution.que_verbs) if v)
        if verbs:
            pats.append(re.compile(rf"{not_after}(?<!\w)(?:{verbs})(?!\w)", re.IGNORECASE))
    sources = sorted({s for lg in lang.all_languages() for s in lg.attribution.sources},
                     key=len, reverse=True)
    if sources:
        pats.append(re.compile(r"\b(?:" + "|".join(re.escape(s) for s in sources) + r")\b"))
    return tuple(pats)


def cue_spans(question: str) -> list[tuple[int, int]]:
    """Where the question speaks of speech ("say", "a déclaré", "según", "according to")."""
    folded = fold(question)  # same length as the question for the scripts we read
    spans = []
    for pattern in _cue_patterns():
        target = folded if pattern is _cue_patterns()[-1] else question
        if len(folded) != len(question) and target is folded:
            continue
        spans += [(m.start(), m.end()) for m in pattern.finditer(target)]
    return sorted(spans)


@cache
def _complementizers() -> tuple[str, ...]:
    """Every language's "that" ("that", "que", "qu'"), longest first."""
    words = {w for lg in lang.all_languages() for w in lg.attribution.complementizers}
    return tuple(sorted(words, key=len, reverse=True))


def claim_of(question: str) -> str:
    """What a "Who said …?" question says was said: its words after the speech cue,
    without a leading "that" ("Who warned that the bridge would close?": "the bridge would
    close"); the whole question when no cue is followed by words. Compared with what was
    said, these words find the speaker better than the question with its "who said" (on
    the who-said dev questions of the new-article sets, the right attribution is the
    closest for 57 of 110 against 46)."""
    cues = cue_spans(question)
    if not cues:
        return question
    rest = question[cues[0][1]:].strip(" ,:;?¿!¡\n")
    low = rest.lower()
    for word in _complementizers():
        glued = word.endswith(("'", "’"))  # "qu'il"
        after = low[len(word):len(word) + 1]
        if low.startswith(word) and (glued or not after.isalnum()):  # "que, aunque …"
            rest = rest[len(word):].lstrip(" ,")
            break
    return rest if len(rest.split()) >= 2 else question
