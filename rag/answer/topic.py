"""What "What did X say about Y?" asks about: the question's topic words, matched with a
speaker's words by their first letters or translated, and the names of several words
that count as one topic word."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from rag.answer.about import asks
from rag.answer.speech_words import common_words, cue_spans
from rag.ingest.speakers import fold


def asks_value(question: str) -> bool:
    """Does the question ask for a number, an amount or a time ("how much", "combien",
    "cuándo", "what day"; any language)? Then the reader's span is the answer's kind."""
    return asks(question, "how_many", "asks_when")


PREFIX = 5  # topic words match by their first letters: "volumes" / "volume", "deal" / "deals"
_WORD = re.compile(r"\w[\w-]*")  # "l'intelligence": "l", "intelligence"


def content_words(text: str) -> list[str]:
    """A text's words of three letters or more that are not function words (folded)."""
    common = common_words()
    return list(dict.fromkeys(w for w in _WORD.findall(fold(text))
                              if len(w) >= 3 and w not in common))


def topic_found(topic: Sequence[str], words: Sequence[str],
                alike: Callable[[Sequence[str], Sequence[str]], set[str]] | None = None
                ) -> set[str]:
    """The ``topic`` words that ``words`` hold: by their first letters, or (``alike``)
    translated."""
    said = {w[:PREFIX] for w in words}
    found = {w for w in topic if w[:PREFIX] in said}
    if alike is not None and len(found) < len(topic):
        found |= alike([w for w in topic if w not in found], words)
    return found


def topic_words(question: str, speakers: Sequence[str]) -> list[str]:
    """What "What did X say about Y?" asks about: the question's words of three letters or
    more that are not the speakers' names, a speech cue ("say", "a déclaré") or a function
    or question word of any language (folded)."""
    names = {w for s in speakers for w in _WORD.findall(fold(s))}
    cues = {w for a, b in cue_spans(question) for w in _WORD.findall(fold(question[a:b]))}
    common = common_words()
    return [w for w in _WORD.findall(fold(question))
            if len(w) >= 3 and w not in common and w not in names and w not in cues]


def name_runs(question: str) -> list[set[str]]:
    """The question's names of several words (folded): runs of words written with a
    capital inside it ("Air Vallée"), not its first word."""
    runs: list[list[re.Match[str]]] = []
    for m in _WORD.finditer(question):
        if not m.group(0)[:1].isupper() or not question[:m.start()].strip(" ¿¡\"'«“"):
            continue
        if runs and not question[runs[-1][-1].end():m.start()].strip():
            runs[-1].append(m)
        else:
            runs.append([m])
    return [{fold(m.group(0)) for m in run} for run in runs if len(run) > 1]
