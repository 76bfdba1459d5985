"""The few exception types of the package. Every message says what to do."""

from __future__ import annotations


class RagError(Exception):
    """Base class: ``str(err)`` is a one-line message that tells the fix."""


class InputError(RagError):
    """A question, history or argument a user gave is not usable."""


class CorpusError(RagError):
    """A corpus folder or file cannot be read as articles."""


class IndexNotReadyError(RagError):
    """Nothing has been ingested yet, or the index was built differently."""


class ModelError(RagError):
    """An embedding model or answer backend cannot be loaded or reached."""


class StorageError(RagError):
    """The data directory or the vector store cannot be used."""


class IngestLockedError(StorageError):
    """Another ingest is running on the same data directory."""


class FetchError(RagError):
    """A web page cannot be fetched, or holds no article (``rag ingest URL``, the UI)."""


class DatasetError(InputError):
    """A Q&A file, benchmark file or thresholds file is not usable; the message says where."""
