"""The QueryRewriter: what to search and what to read for a follow-up question.

A standalone question is searched and read as it is. A follow-up ("And what did he say
about the satellite?", "Qu’a-t-il ajouté ?") is searched together with the previous
question and the names and numbers of the previous answer's short answers and
citations. It is read with its "he"/"elle" replaced by the person the conversation
quoted or named last (``referent``, found by the caller among the quoted speakers), else
with those names appended; with an LLM, the LLM condenses the conversation into a
standalone question instead. A "what else" follow-up also excludes
the passages the previous answer cited. Follow-ups are recognised with the words of
every language in :mod:`rag.lang`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from rag import lang
from rag.answer.chat import Turn, messages_of
from rag.answer.llm import LLM
from rag.answer.prompts import condense_prompt
from rag.search.bm25 import fold, tokenize
from rag.types import Citation

MAX_NAMES = 8
_NAME = re.compile(r"(?<![\w'’])([A-ZÀ-ÖØ-Þ][\w’'-]+(?:\s+[A-ZÀ-ÖØ-Þ][\w’'-]+)*)")
_NUMBER = re.compile(r"\b\d[\d\s.,]*\d\b|\b\d\b")
_INVERSION = re.compile(r"-t-(il|elle|ils|elles|on)\b|-(il|elle|ils|elles)\b")


@dataclass(frozen=True)
class Rewrite:
    query: str  # what to search
    question: str  # what the reader reads
    follow_up: bool = False
    exclude: tuple[Citation, ...] = field(default=())  # passages not to cite again


def _words(text: str) -> list[str]:
    return re.findall(r"[\w'’-]+", fold(text).replace("’", "'"))


def _union(attr: str) -> frozenset[str]:
    return frozenset(w for lg in lang.all_languages() for w in getattr(lg, attr))


def has_names(question: str) -> bool:
    """A capitalised word that is not the first word (a name such as Campbell, Séoul)."""
    question_words = {fold(w) for w in _union("question_words")}
    return any(w[:1].isupper() and fold(w) not in question_words for w in question.split()[1:])


def is_follow_up(question: str) -> bool:
    """Whether a question leans on earlier turns (pronouns, 'and ...', very short)."""
    q = fold(question).replace("’", "'").strip()
    words = _words(question)
    openers = tuple(c for lg in lang.all_languages() for c in lg.continuations)
    if any(q.startswith(fold(c)) for c in openers):
        return True
    if len(tokenize(question)) <= 1:
        return True
    if _INVERSION.search(q) or any(w in _union("subject_pronouns") for w in words):
        return True
    return not has_names(question) and any(w in _union("pronouns") for w in words)


def _singular_pronouns() -> frozenset[str]:
    """Folded personal pronouns of one person, every language: "he", "elle", "él"."""
    return frozenset(fold(p) for lg in lang.all_languages()
                     for p, g in lg.attribution.pronouns.items() if g in ("m", "f"))


def resolve_pronoun(question: str, name: str) -> str | None:
    """The question with its pronoun for one person replaced by ``name`` ("What did he
    say?" -> "What did Kurt Campbell say?"; "Qu'a-t-elle déclaré ?" -> "Qu'a déclaré Avril
    Haines ?"; "selon lui" -> "selon Avril Haines"); None when it has no such pronoun."""
    singular = _singular_pronouns()
    for lg in lang.all_languages():  # a pronoun glued after its verb: "a-t-il"
        a = lg.attribution
        if not a.inversion:
            continue
        m = re.search(rf"([\w'’]+?)({a.inversion})", question, flags=re.IGNORECASE)
        if m is None:
            continue
        if fold(m.group(2).rsplit("-", 1)[-1]) not in singular:
            break  # "se sont-ils": several people; "selon lui" may still name one
        rest = question[m.end():]
        verb = re.sub(r"^\w{1,2}['’]", "", m.group(1))  # qu'a -> a
        nxt = re.match(r"\s+([^\W\d_][\w'’-]*)", rest)
        if (a.auxiliaries and nxt is not None and nxt.group(1).islower()
                and re.fullmatch(a.auxiliaries, verb, flags=re.IGNORECASE)):
            # an auxiliary and its participle, then the subject: "a déclaré X"
            return question[:m.start(2)] + rest[:nxt.end()] + f" {name}" + rest[nxt.end():]
        return question[:m.start(2)] + f" {name}" + rest
    sources = [fold(src) for lg in lang.all_languages() for src in lg.attribution.sources]
    objects = _union("pronouns") - _union("subject_pronouns")  # "lui", "him", "él"
    out: list[str] = []
    found = False
    for m in re.finditer(r"[^\W\d_][\w-]*|[\s\S]", question):
        word = fold(m.group(0))
        if word in singular or (word in objects and any(
                fold("".join(out)).rstrip().endswith(src) for src in sources)):
            out.append(name)
            found = True
        else:
            out.append(m.group(0))
    return "".join(out) if found else None


def asks_for_more(question: str) -> bool:
    """'What else ...?', 'Quoi d'autre ?': the previous answer's passages are excluded."""
    words = set(re.findall(r"\w+", fold(question)))
    return bool(words & _union("more_words"))


def salient_terms(texts: Sequence[str], *, limit: int = MAX_NAMES) -> list[str]:
    """Names and numbers of some texts, in order, without repeats."""
    question_words = {fold(w) for w in _union("question_words")}
    seen: set[str] = set()
    out: list[str] = []
    for text in texts:
        found = sorted((*_NAME.finditer(text), *_NUMBER.finditer(text)), key=lambda m: m.start())
        for match in found:
            term = match.group(0).strip(" ,.")
            key = fold(term)
            if not term or key in seen or key in question_words:
                continue
            seen.add(key)
            out.append(term)
    return out[:limit]


class QueryRewriter:
    """Follow-ups into searchable questions; with ``llm``, the LLM condenses them."""

    def __init__(self, *, max_chars: int) -> None:
        self.max_chars = max_chars

    def warm_up(self) -> None:  # nothing to load: the LLM is loaded by its answerer
        return None

    def run(self, question: str, history: Sequence[Turn], llm: LLM | None = None,
            referent: str | None = None) -> Rewrite:
        """What to search and read for ``question`` after ``history``; ``referent``: who
        a pronoun for one person stands for (the caller's choice among the quoted
        speakers), or None."""
        previous = next((t for t in reversed(history) if t.question), None)
        if previous is None or (llm is None and not is_follow_up(question)):
            return Rewrite(question, question)
        exclude = tuple(previous.answer.citations) if asks_for_more(question) else ()
        if llm is not None:
            condensed = self._condense(question, history, llm)
            if condensed is not None:
                return Rewrite(condensed[: self.max_chars], condensed, condensed != question,
                               exclude)
            if not is_follow_up(question):
                return Rewrite(question, question)
        a = previous.answer
        sources = [s.text for s in a.short_answers] + [c.text for c in a.citations]
        if not sources and not a.abstained:
            sources = [a.answer]
        names = [t for t in salient_terms(sources) if fold(t) not in fold(previous.question)
                 and fold(t) not in fold(question)]
        resolved = resolve_pronoun(question, referent) if referent else None
        query = " ".join([resolved or question, previous.question, *names])[: self.max_chars]
        if resolved is not None:  # a standalone question: "What did Kurt Campbell say?"
            return Rewrite(query, resolved, True, exclude)
        context = salient_terms([previous.question, *sources], limit=3)
        read = f"{question} ({', '.join(context)})" if context else question
        return Rewrite(query, read, True, exclude)

    def _condense(self, question: str, history: Sequence[Turn], llm: LLM) -> str | None:
        """A standalone question written by the LLM, or None when its reply is unusable."""
        turns = [(m.role, m.content[:1000]) for m in messages_of(history)[-6:]]
        reply = llm.complete(condense_prompt(question, turns)).strip()
        line = next((ln.strip() for ln in reply.splitlines() if ln.strip()), "")
        line = re.sub(r"^(standalone question|question)\s*:\s*", "", line, flags=re.IGNORECASE)
        line = line.strip(" \"'“”«»")
        if len(line) < 3 or len(line) > 4 * len(question) + 300:
            return None
        # a reply hijacked by text in the conversation shares no word with the questions
        words = set(tokenize(question)) or {w for t in history for w in tokenize(t.question)}
        if words and not words & set(tokenize(line)):
            return None
        return line
