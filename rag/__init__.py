"""Multilingual, citation-first question answering over a news corpus.

Public API, by stage::

    from rag import Engine, Settings
    engine = Engine(Settings())
    engine.ingest()                                    # articles -> Chroma + BM25
    results = engine.search("What did Campbell say Russia gave in return?")
    answer = engine.ask("What did Campbell say Russia gave in return?")
    print(answer.short_answers[0].text, answer.citations[0].text)
    follow = engine.ask("What else did he say?", [Turn(answer.question, answer)])

The components that :class:`Engine` composes can be used on their own: ``Retriever``
(dense + BM25 + fusion), ``Reader`` (answer spans), ``QueryRewriter`` (follow-ups) and
``LLMAnswerer`` (a generative backend with checked citations).
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from rag.chat import Turn
    from rag.config import Settings
    from rag.engine import Engine
    from rag.errors import (
        CorpusError,
        IndexNotReadyError,
        IngestLockedError,
        InputError,
        ModelError,
        RagError,
        StorageError,
    )
    from rag.generate import LLMAnswerer
    from rag.reader import Reader
    from rag.retrieve import Retriever
    from rag.rewrite import QueryRewriter
    from rag.types import Answer, Chunk, Citation, Document, SearchResult, ShortAnswer

_HOME = {
    "Turn": "chat", "Settings": "config", "Engine": "engine", "LLMAnswerer": "generate",
    "Reader": "reader", "Retriever": "retrieve", "QueryRewriter": "rewrite",
    **dict.fromkeys(("CorpusError", "IndexNotReadyError", "IngestLockedError", "InputError",
                     "ModelError", "RagError", "StorageError"), "errors"),
    **dict.fromkeys(("Answer", "Chunk", "Citation", "Document", "SearchResult",
                     "ShortAnswer"), "types"),
}


def __getattr__(name: str) -> Any:
    """Public names load their module on first use (``import rag.config`` stays light)."""
    if name in _HOME:
        return getattr(import_module(f"rag.{_HOME[name]}"), name)
    raise AttributeError(f"module 'rag' has no attribute {name!r}")


__all__ = [
    "Answer",
    "Chunk",
    "Citation",
    "CorpusError",
    "Document",
    "Engine",
    "IndexNotReadyError",
    "IngestLockedError",
    "InputError",
    "LLMAnswerer",
    "ModelError",
    "QueryRewriter",
    "RagError",
    "Reader",
    "Retriever",
    "SearchResult",
    "Settings",
    "ShortAnswer",
    "StorageError",
    "Turn",
]
