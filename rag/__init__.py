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

from typing import TYPE_CHECKING

from rag.lazy import public_face

if TYPE_CHECKING:
    from rag.answer.chat import Turn
    from rag.answer.generate import LLMAnswerer
    from rag.answer.rewrite import QueryRewriter
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
    from rag.read.reader import Reader
    from rag.search.retrieve import Retriever
    from rag.types import Answer, Chunk, Citation, Document, SearchResult, ShortAnswer

__getattr__, _PUBLIC = public_face(__name__, {
    "Turn": "answer.chat", "Settings": "config", "Engine": "engine",
    "LLMAnswerer": "answer.generate", "Reader": "read.reader", "Retriever": "search.retrieve",
    "QueryRewriter": "answer.rewrite",
    **dict.fromkeys(("CorpusError", "IndexNotReadyError", "IngestLockedError", "InputError",
                     "ModelError", "RagError", "StorageError"), "errors"),
    **dict.fromkeys(("Answer", "Chunk", "Citation", "Document", "SearchResult",
                     "ShortAnswer"), "types"),
})

__all__ = [  # spelled out for type checkers and linters; equal to _PUBLIC (tests/test_layout.py)
    "Answer", "Chunk", "Citation", "CorpusError", "Document", "Engine", "IndexNotReadyError",
    "IngestLockedError", "InputError", "LLMAnswerer", "ModelError", "QueryRewriter",
    "RagError", "Reader", "Retriever", "SearchResult", "Settings", "ShortAnswer",
    "StorageError", "Turn",
]
