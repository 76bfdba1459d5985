"""Plain data types shared by every pipeline stage."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, fields
from typing import Any

Spans = list[tuple[int, int]]
"""Character ``(start, end)`` pairs, e.g. the sentences of a chunk."""
Progress = Callable[[str, int, int], None]
"""``progress(stage, done, total)``: how far a long job is (ingest, benchmarks, calibration)."""


@dataclass(frozen=True)
class Span:
    """A piece of an article's text that states metadata: ``raw_text[start:end] == text``."""

    start: int
    end: int
    text: str


@dataclass(frozen=True, kw_only=True)
class ArticleMeta:
    """What an article says about itself, shared by documents, chunks and parsed metadata.

    ``byline``, ``dateline`` and ``source_line`` are the spans of the raw text that state
    the author, the date and the outlet, so that answers about the article can cite them.
    """

    author: str | None = None
    url: str | None = None
    source_name: str | None = None  # the outlet ("Le Monde", "Reuters")
    byline: Span | None = None  # where raw_text names the author ("Par Jean Dupont")
    dateline: Span | None = None  # where raw_text states the date ("Publié le 12/09/2023")
    source_line: Span | None = None  # where raw_text names the outlet ("© 2024 Le Monde")
    meta_source: str | None = None  # the sidecar file that set author/date/outlet, if any

    def article_meta(self) -> dict[str, Any]:
        """The :class:`ArticleMeta` fields as keywords, to pass from a document to a chunk."""
        return {f.name: getattr(self, f.name) for f in fields(ArticleMeta)}


@dataclass(frozen=True)
class Document(ArticleMeta):
    """One article as read from disk.

    ``raw_text`` is the file decoded as UTF-8, unchanged. ``blocks`` are the
    ``(start, end)`` spans of ``raw_text`` that survived cleaning (content
    paragraphs); everything outside them is boilerplate or metadata (never inside a
    block: the byline, dateline and source line of :class:`ArticleMeta`).
    """

    doc_id: str
    source: str
    raw_text: str
    blocks: tuple[tuple[int, int], ...]
    title: str
    date: str | None = None
    language: str = "fr"
    sha256: str = ""


@dataclass(frozen=True)
class Chunk(ArticleMeta):
    """An exact span of a document: ``doc.raw_text[start:end] == text``, with the
    article's metadata, so that a chunk can answer "who wrote it, when, where"."""

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
        """Flat store metadata: every key always present ("" / -1 when unknown)."""
        out: dict[str, Any] = {
            "doc_id": self.doc_id,
            "title": self.title,
            "date": self.date or "",
            "language": self.language,
            "source": self.source,
            "start": self.start,
            "end": self.end,
            "author": self.author or "",
            "url": self.url or "",
            "source_name": self.source_name or "",
            "meta_source": self.meta_source or "",
        }
        for name in SPAN_FIELDS:
            span: Span | None = getattr(self, name)
            out[f"{name}_start"] = span.start if span else -1
            out[f"{name}_end"] = span.end if span else -1
            out[f"{name}_text"] = span.text if span else ""
        return out

    @classmethod
    def from_metadata(cls, chunk_id: str, text: str, meta: dict[str, Any]) -> Chunk:
        """The chunk stored with :meth:`metadata` (keys an older index lacks read as unknown)."""

        def opt(key: str) -> str | None:
            return str(meta.get(key) or "") or None

        def num(key: str) -> int:
            value = meta.get(key)
            return int(value) if isinstance(value, int | float) else -1

        spans: dict[str, Span | None] = {}
        for name in SPAN_FIELDS:
            s, e = num(f"{name}_start"), num(f"{name}_end")
            spans[name] = Span(s, e, str(meta.get(f"{name}_text", ""))) if 0 <= s <= e else None
        return cls(
            id=chunk_id, doc_id=str(meta.get("doc_id", "")), title=str(meta.get("title", "")),
            date=opt("date"), language=str(meta.get("language", "")),
            source=str(meta.get("source", "")), start=int(meta.get("start", 0)),
            end=int(meta.get("end", 0)), text=text, author=opt("author"), url=opt("url"),
            source_name=opt("source_name"), meta_source=opt("meta_source"), **spans,
        )


SPAN_FIELDS = ("byline", "dateline", "source_line")


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
            "author": c.author,
            "url": c.url,
            "source_name": c.source_name,
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
    author: str | None = None  # the article's; taken from ``passage`` when not given
    url: str | None = None
    source_name: str | None = None

    def __post_init__(self) -> None:
        if self.passage is not None:
            for name in ("author", "url", "source_name"):
                if getattr(self, name) is None:
                    object.__setattr__(self, name, getattr(self.passage, name))

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
            "author": self.author,
            "url": self.url,
            "source_name": self.source_name,
        }


@dataclass(frozen=True)
class ShortAnswer:
    """The answer itself: an exact span ``start:end`` of ``doc_id``'s raw text that lies
    inside citation ``[n]``, found by the reader with confidence ``score``."""

    n: int
    doc_id: str
    start: int
    end: int
    text: str
    score: float

    def to_json(self) -> dict[str, Any]:
        return {"n": self.n, "doc_id": self.doc_id, "start": self.start, "end": self.end,
                "text": self.text, "score": round(self.score, 4)}


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
    short_answers: list[ShortAnswer] = field(default_factory=list)
    speaker: str | None = None  # whose words the answer quotes (who-said-what answers)

    def to_json(self) -> dict[str, Any]:
        """The public ``rag ask --json`` object. Field names are a contract."""
        return {
            "question": self.question,
            "answer": self.answer,
            "abstained": self.abstained,
            "language": self.language,
            "citations": [c.to_json() for c in self.citations],
            "retrieved": [r.to_json() for r in self.retrieved],
            "short_answers": [s.to_json() for s in self.short_answers],
            "speaker": self.speaker,
        }
