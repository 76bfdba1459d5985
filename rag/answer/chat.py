"""Conversations as typed turns: ``(question, Answer)`` pairs.

The UI and the CLI loop keep the :class:`Turn` objects of a conversation and pass them
back; follow-up handling (:mod:`rag.answer.rewrite`) reads the previous answer's short answers
and citations, never rendered text. Plain ``{"role", "content"}`` messages are accepted
at the API edge and converted once by :func:`to_turns`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from rag import lang
from rag.errors import InputError
from rag.types import Answer

MAX_MESSAGES = 20  # only the latest turns matter for a follow-up
MAX_CONTENT_CHARS = 4000


@dataclass(frozen=True)
class Turn:
    """One exchange of a conversation."""

    question: str
    answer: Answer


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


def to_turns(history: object) -> list[Turn]:
    """Typed turns from ``history``: a list of :class:`Turn` (kept as is) or of plain
    ``{"role", "content"}`` messages (an assistant message becomes an uncited Answer)."""
    if history is None:
        return []
    if isinstance(history, list | tuple) and all(isinstance(t, Turn) for t in history):
        return list(history)[-MAX_MESSAGES // 2:]
    turns: list[Turn] = []
    pending: str | None = None
    for m in validate_history(history):
        if m.role == "user":
            if pending is not None:  # a question left unanswered
                turns.append(Turn(pending, _plain_answer(pending, "")))
            pending = m.content
        else:
            question = pending or ""
            turns.append(Turn(question, _plain_answer(question, m.content)))
            pending = None
    if pending is not None:
        turns.append(Turn(pending, _plain_answer(pending, "")))
    return turns


def _plain_answer(question: str, text: str) -> Answer:
    return Answer(question=question, answer=text, abstained=False,
                  language=lang.detect(text or question), backend="history")


def messages_of(turns: Sequence[Turn]) -> list[Message]:
    """The conversation as plain messages (for an LLM prompt)."""
    out: list[Message] = []
    for t in turns:
        if t.question:
            out.append(Message("user", t.question))
        if t.answer.answer:
            out.append(Message("assistant", t.answer.answer))
    return out
