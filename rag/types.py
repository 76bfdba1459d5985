"""Plain data types shared by every pipeline stage."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Document:
    """One article as read from disk.

    ``raw_text`` is the file decoded as UTF-8, unchanged. ``blocks`` are the
    ``(start, end)`` spans of ``raw_text`` that survived cleaning (content
    paragraphs); everything outside them is boilerplate.
    """

    doc_id: str
    source: str
    raw_text: str
    blocks: tuple[tuple[int, int], ...]
    title: str
    date: str | None = None
    language: str = "fr"
    url: str | None = None
    sha256: str = ""


@dataclass(frozen=True)
class Chunk:
    """An exact span of a document: ``doc.raw_text[start:end] == text``."""

    id: str
    doc_id: str
    title: str
    date: str | None
    language: str
    source: str
    start: int
    end: int
    text: str

    def metadata(self) -> dict[str, Any]:
        return {
            "doc_id": self.doc_id,
            "title": self.title,
            "date": self.date or "",
            "language": self.language,
            "source": self.source,
            "start": self.start,
            "end": self.end,
        }


@dataclass(frozen=True)
class SearchResult:
    """One retrieved chunk; ``rank`` starts at 1."""

    rank: int
    chunk: Chunk
    score: float
    dense_rank: int | None = None
    bm25_rank: int | None = None

    def to_json(self) -> dict[str, Any]:
        """The public ``rag search --json`` result object."""
        c = self.chunk
        return {
            "rank": self.rank,
            "doc_id": c.doc_id,
            "title": c.title,
            "date": c.date,
            "start": c.start,
            "end": c.end,
            "text": c.text,
            "score": round(self.score, 6),
        }


@dataclass
class Timings:
    """Where the time of one query went, in milliseconds."""

    parts: dict[str, float] = field(default_factory=dict)

    def add(self, name: str, ms: float) -> None:
        self.parts[name] = self.parts.get(name, 0.0) + ms


@dataclass(frozen=True)
class Citation:
    """Answer marker ``[n]``: an exact span ``start:end`` of ``doc_id``'s raw text.

    ``text`` is the cited sentence(s); ``passage`` is the retrieved chunk it came
    from (so a UI can show the sentence highlighted inside its passage).
    """

    n: int
    doc_id: str
    title: str
    date: str | None
    start: int
    end: int
    text: str
    passage: Chunk | None = None

    def to_json(self) -> dict[str, Any]:
        """The citation object of the public ``rag ask --json`` contract."""
        return {
            "n": self.n,
            "doc_id": self.doc_id,
            "title": self.title,
            "date": self.date,
            "start": self.start,
            "end": self.end,
            "text": self.text,
        }


@dataclass
class Answer:
    """A short answer whose every claim carries a citation, or an abstention."""

    question: str
    answer: str
    abstained: bool
    language: str
    citations: list[Citation] = field(default_factory=list)
    retrieved: list[SearchResult] = field(default_factory=list)
    backend: str = "extractive"
    score: float = 0.0
    timings: dict[str, float] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        """The public ``rag ask --json`` object. Field names are a contract."""
        return {
            "question": self.question,
            "answer": self.answer,
            "abstained": self.abstained,
            "language": self.language,
            "citations": [c.to_json() for c in self.citations],
            "retrieved": [r.to_json() for r in self.retrieved],
        }
