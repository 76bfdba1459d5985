"""Multilingual, citation-first question answering over a news corpus.

Public API, by stage::

    from rag import Engine, Settings
    engine = Engine(Settings())
    engine.ingest()
    results = engine.search("What did Campbell say Russia gave in return?")
"""

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
from rag.types import Chunk, Document, SearchResult

__all__ = [
    "Chunk",
    "CorpusError",
    "Document",
    "Engine",
    "IndexNotReadyError",
    "IngestLockedError",
    "InputError",
    "ModelError",
    "RagError",
    "SearchResult",
    "Settings",
    "StorageError",
]
