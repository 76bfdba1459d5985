"""Conversations: history validation and the retrieval query of a follow-up question.

With the extractive default, a follow-up ("And what did he say about the
satellite?", "Qu’a-t-il ajouté ?") is searched together with the previous user
question and the names and numbers of the previous answer, without any LLM. With
an LLM backend, the LLM condenses the conversation into a standalone question.
"""

from __future__ import annotations

import re
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from rag.errors import InputError
from rag.lexical import fold, tokenize
from rag.llm import LLM, get_llm
from rag.prompts import answer_prompt, condense_prompt
from rag.types import Answer, SearchResult, Timings

if TYPE_CHECKING:
    from rag.engine import Engine

MAX_MESSAGES = 20  # only the latest turns matter for a follow-up
MAX_CONTENT_CHARS = 4000
MAX_ENTITIES = 8


@dataclass(frozen=True)
class Message:
    role: str  # "user" or "assistant"
    content: str


def _text_of(content: object, i: int) -> str:
    if isinstance(content, str):
        return content
    if isinstance(content, list | tuple):  # multimodal parts: keep the text ones
        parts: list[str] = []
        for part in content:
            if isinstance(part, str):
                parts.append(part)
            elif isinstance(part, dict):
                text = part.get("text", part.get("content"))
                if isinstance(text, str):
                    parts.append(text)
            else:
                raise InputError(
                    f"history message {i}: content parts must be text or {{'type': 'text', "
                    "'text': ...}} objects"
                )
        return " ".join(parts)
    raise InputError(
        f"history message {i}: 'content' must be text or a list of text parts"
    )


def validate_history(history: object) -> list[Message]:
    """Normalise a history to messages, or raise an :class:`InputError` that says the fix."""
    if history is None:
        return []
    if not isinstance(history, list | tuple):
        raise InputError(
            'the history must be a JSON list of {"role": "user"|"assistant", "content": ...} '
            "messages"
        )
    out: list[Message] = []
    for i, item in enumerate(history):
        if not isinstance(item, dict):
            raise InputError(
                f'history message {i} is not an object: use {{"role": "user", "content": "..."}}'
            )
        role = item.get("role")
        if role not in ("user", "assistant"):
            raise InputError(
                f"history message {i} has role {role!r}: use 'user' or 'assistant'"
            )
        if "content" not in item:
            raise InputError(f"history message {i} has no 'content': add the message text")
        text = " ".join(_text_of(item["content"], i).split())[:MAX_CONTENT_CHARS]
        out.append(Message(role=str(role), content=text))
    return [m for m in out if m.content][-MAX_MESSAGES:]


# -- follow-up detection --------------------------------------------------------------
def _split(words: str) -> list[str]:
    return words.split()


_PRONOUNS = frozenset(_split(
    "he she they him her them his hers their it "
    "il elle ils elles lui leur leurs eux celui celle ceux celles cela ca son sa ses"
))
_SUBJECTS = frozenset(_split("he she they il elle ils elles"))
_CONTINUATIONS = (
    "and ", "also", "what about", "how about", "what else", "anything else", "and?",
    "et ", "et?", "aussi", "quid", "qu'a-t-il", "qu'a-t-elle", "qu'ont-ils",
    "qu'a t il", "autre chose", "quoi d'autre", "et sur", "et pour",
)
_INVERSION = re.compile(r"-t-(il|elle|ils|elles|on)\b|-(il|elle|ils|elles)\b")
_NAME = re.compile(r"(?<![\w'’])([A-ZÀ-ÖØ-Þ][\w’'-]+(?:\s+[A-ZÀ-ÖØ-Þ][\w’'-]+)*)")
_NUMBER = re.compile(r"\b\d[\d\s.,]*\d\b|\b\d\b")
_QUESTION_WORDS = frozenset(_split(
    "what who whom which when where why how did does do is are was were according "
    "que qui quoi quel quelle quels quelles quand comment pourquoi combien selon "
    "d apres d'apres"
))
_FRAMING = re.compile(r"^\s*(According to|D['’]apr[eè]s)[^\n:]*:\s*", re.IGNORECASE)
_MARKERS = re.compile(r"\[\d+(?:\s*[,;]\s*\d+)*\]")  # citation markers [1], [2, 3]
_FRAMING_WORDS = frozenset(fold(w) for w in (
    "According", "D’après", "D'après", "The", "Les", "Le", "La", "Sources", "Source"
))


def _words(text: str) -> list[str]:
    return re.findall(r"[\w'’-]+", fold(text).replace("’", "'"))


def has_names(question: str) -> bool:
    """A capitalised word that is not the first word (a name such as Campbell, Séoul)."""
    words = question.split()
    return any(w[:1].isupper() and fold(w) not in _QUESTION_WORDS for w in words[1:])


def is_follow_up(question: str) -> bool:
    """Whether a question leans on earlier turns (pronouns, 'and ...', very short)."""
    q = fold(question).replace("’", "'").strip()
    words = _words(question)
    if any(q.startswith(c) for c in _CONTINUATIONS):
        return True
    content = tokenize(question)
    if len(content) <= 1:
        return True
    if _INVERSION.search(q) or any(w in _SUBJECTS for w in words):  # "what did he say"
        return True
    return not has_names(question) and any(w in _PRONOUNS for w in words)


def salient_terms(text: str, *, limit: int = MAX_ENTITIES) -> list[str]:
    """Names and numbers of a text, in order, without repeats (for a retrieval query)."""
    seen: set[str] = set()
    out: list[str] = []
    for match in (*_NAME.finditer(text), *_NUMBER.finditer(text)):
        term = match.group(0).strip(" ,.")
        key = fold(term)
        if not term or key in seen or key in _FRAMING_WORDS or key in _QUESTION_WORDS:
            continue
        seen.add(key)
        out.append(term)
    out.sort(key=lambda t: text.find(t))
    return out[:limit]


def _last(messages: Sequence[Message], role: str) -> str:
    for m in reversed(messages):
        if m.role == role:
            return m.content
    return ""


def retrieval_query(question: str, history: Sequence[Message]) -> str:
    """The search query for ``question`` given the earlier turns, without an LLM.

    A standalone question is searched as it is. A follow-up is searched together
    with the previous user question and the salient names and numbers of the
    previous answer.
    """
    previous_question = _last(history, "user")
    if not previous_question or not is_follow_up(question):
        return question
    previous_answer = _MARKERS.sub(" ", _FRAMING.sub("", _last(history, "assistant")))
    names = [t for t in salient_terms(previous_answer) if fold(t) not in fold(previous_question)]
    return " ".join([question, previous_question, *names])


def condense(question: str, history: Sequence[Message], llm: LLM) -> str:
    """A standalone question written by the LLM; the heuristic query when its reply is unusable."""
    if not any(m.role == "user" for m in history):
        return question
    turns = [(m.role, m.content[:1000]) for m in history[-6:]]
    reply = llm.complete(condense_prompt(question, turns)).strip()
    line = next((ln.strip() for ln in reply.splitlines() if ln.strip()), "")
    line = re.sub(r"^(standalone question|question)\s*:\s*", "", line, flags=re.IGNORECASE)
    line = line.strip(" \"'“”«»")
    if len(line) < 3 or len(line) > 4 * len(question) + 300 or not _on_topic(line, question,
                                                                              history):
        return retrieval_query(question, history)
    return line


def _on_topic(condensed: str, question: str, history: Sequence[Message]) -> bool:
    """Whether a condensed question keeps a word of the follow-up (or, for "And?", of the
    earlier questions): a reply hijacked by text in the conversation is not searched."""
    words = set(tokenize(question)) or {w for m in history if m.role == "user"
                                        for w in tokenize(m.content)}
    return not words or bool(words & set(tokenize(condensed)))


# -- one turn of a conversation: search, then answer --------------------------------------
@dataclass
class _Turn:
    question: str
    language: str
    query: str
    previous_answer: str
    results: list[SearchResult]
    timings: Timings


def _prepare(engine: Engine, question: str, history: object, k: int | None,
             llm: LLM | None) -> _Turn:
    from rag.answer import detect_language
    from rag.engine import clean_question

    started = time.perf_counter()
    text = clean_question(question, max_chars=engine.settings.max_question_chars)
    messages = validate_history(history)
    previous = _last(messages, "user")
    language = detect_language(text, default=detect_language(previous) if previous else "en")
    timings = Timings()
    if llm is not None and messages:
        t = time.perf_counter()
        query = condense(text, messages, llm)
        timings.add("condense_ms", (time.perf_counter() - t) * 1000)
    else:
        query = retrieval_query(text, messages)
    query = query[: engine.settings.max_question_chars]
    t = time.perf_counter()
    results = engine.search(query, k=k, timings=timings)
    timings.add("search_ms", (time.perf_counter() - t) * 1000)
    timings.add("prepare_ms", (time.perf_counter() - started) * 1000)
    return _Turn(text, language, query, _last(messages, "assistant"), results, timings)


def _finish(answer: Answer, turn: _Turn, started: float) -> Answer:
    answer.timings = {**turn.timings.parts, "total_ms": (time.perf_counter() - started) * 1000}
    return answer


def ask_stream(
    engine: Engine, question: str, history: object = None, *, k: int | None = None
) -> Iterator[str | Answer]:
    """Text deltas of the answer, then the final :class:`Answer` (always last).

    With an LLM backend the deltas are the model's raw output; the final Answer is
    the checked one (invalid citations dropped, or the extractive fallback) and its
    ``answer`` text is the one to keep.
    """
    from rag.answer import check_llm_answer, extractive_answer

    started = time.perf_counter()
    s = engine.settings
    llm = get_llm(s)
    turn = _prepare(engine, question, history, k, llm)
    t = time.perf_counter()
    extractive = extractive_answer(
        turn.question, turn.results, engine.embedder, threshold=s.abstain_threshold,
        language=turn.language, query=turn.query if turn.query != turn.question else None,
        exclude=turn.previous_answer, store=engine.sentences, timings=turn.timings,
    )
    turn.timings.add("extractive_ms", (time.perf_counter() - t) * 1000)
    if llm is None or extractive.abstained:  # weak evidence: no LLM call, no invention
        if llm is not None:
            extractive.backend = llm.name
        yield extractive.answer
        yield _finish(extractive, turn, started)
        return
    t = time.perf_counter()
    parts: list[str] = []
    prompt = answer_prompt(turn.question, [r.chunk for r in turn.results], turn.language)
    for delta in llm.stream(prompt):
        parts.append(delta)
        yield delta
    turn.timings.add("llm_ms", (time.perf_counter() - t) * 1000)
    checked = check_llm_answer("".join(parts), turn.question, turn.language, turn.results,
                               backend=llm.name, score=extractive.score)
    if checked is None:  # uncited: the extractive answer is the supported one
        extractive.backend = f"extractive (fallback from {llm.name})"
        checked = extractive
    yield _finish(checked, turn, started)


def ask(engine: Engine, question: str, history: object = None, *, k: int | None = None) -> Answer:
    """The cited answer to ``question`` (an abstention when the articles don't say)."""
    final: Answer | None = None
    for item in ask_stream(engine, question, history, k=k):
        if isinstance(item, Answer):
            final = item
    assert final is not None
    return final
