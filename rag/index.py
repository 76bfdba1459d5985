"""Ingest: load, clean, chunk, embed what is new, store, and rebuild BM25.

Re-ingesting an unchanged corpus embeds nothing: chunk ids are derived from the
document, the offsets and a hash of the text. New chunks are added before stale
ones are deleted, and the BM25 index is rebuilt from the store afterwards, so an
ingest killed at any point leaves an index that the next ingest completes.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from filelock import FileLock, Timeout

from rag.chunk import chunk_document
from rag.config import Settings
from rag.embed import Embedder
from rag.errors import CorpusError, IngestLockedError, StorageError
from rag.lexical import BM25Index
from rag.load import load_corpus
from rag.sentences import SentenceStore, compute, open_store
from rag.store import ChromaStore
from rag.types import Chunk, Document

Progress = Callable[[str, int, int], None]


@dataclass
class IngestReport:
    documents: int = 0
    chunks: int = 0
    added: int = 0
    deleted: int = 0
    unchanged: int = 0
    skipped: list[str] = field(default_factory=list)
    seconds: float = 0.0
    embed_seconds: float = 0.0

    def summary(self) -> str:
        text = (
            f"{self.documents} articles, {self.chunks} chunks: {self.added} embedded, "
            f"{self.unchanged} unchanged, {self.deleted} removed in {self.seconds:.1f}s"
        )
        if self.skipped:
            text += f"; skipped {len(self.skipped)} file(s)"
        return text


def ingest_lock(settings: Settings) -> FileLock:
    if settings.data_dir.exists() and not settings.data_dir.is_dir():
        raise StorageError(
            f"the data directory {settings.data_dir} is a file, not a folder: set RAG_DATA_DIR "
            "to a folder (it is created if missing)"
        )
    try:
        settings.data_dir.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise StorageError(
            f"cannot create the data directory {settings.data_dir} ({e.strerror}): "
            "make it writable or set RAG_DATA_DIR to a writable folder"
        ) from e
    return FileLock(str(settings.data_dir / "ingest.lock"))


def _under(source: str, roots: Sequence[Path]) -> bool:
    path = Path(source).resolve()
    return any(path == r or r in path.parents for r in roots)


def ingest(
    settings: Settings,
    embedder: Embedder,
    paths: Sequence[Path] | None = None,
    *,
    rebuild: bool = False,
    progress: Progress | None = None,
) -> IngestReport:
    """Bring the index in line with the articles under ``paths`` (default: the corpus)."""
    started = time.perf_counter()
    roots = [Path(p).resolve() for p in (paths or [settings.corpus_dir])]
    report = IngestReport()
    lock = ingest_lock(settings)
    try:
        lock.acquire(timeout=0)
    except Timeout as e:
        raise IngestLockedError(
            "another 'rag ingest' is running on this data directory: wait for it to finish "
            f"(or, if none is running, delete {lock.lock_file})"
        ) from e
    except OSError as e:
        raise StorageError(
            f"cannot write in the data directory {settings.data_dir} ({e.strerror}): make it "
            "writable or set RAG_DATA_DIR to a writable folder"
        ) from e
    try:
        docs = load_corpus(roots, errors=report.skipped)
        if not docs:
            detail = f" ({report.skipped[0]})" if report.skipped else ""
            raise CorpusError(
                f"no readable articles in {', '.join(map(str, roots))}{detail}: add UTF-8 "
                ".txt or .md files and run 'rag ingest' again"
            )
        store = ChromaStore(settings, create=True)
        if rebuild:
            store.drop()
            store = ChromaStore(settings, create=True)
        store.check_model(embedder.model_id)  # claimed once a first batch is embedded

        wanted: dict[str, Chunk] = {}
        for doc in docs:
            for c in chunk_document(
                doc, min_words=settings.chunk_min_words, max_words=settings.chunk_max_words
            ):
                wanted[c.id] = c
        present = store.ids_by_doc()
        present_ids = {cid for ids in present.values() for cid in ids}
        loaded_docs = {d.doc_id for d in docs}
        stale = [
            cid
            for doc_id, ids in present.items()
            for cid, source in ids.items()
            if cid not in wanted and (doc_id in loaded_docs or _under(source, roots))
        ]
        new = [c for cid, c in wanted.items() if cid not in present_ids]

        report.documents, report.chunks = len(docs), len(wanted)
        report.unchanged = len(wanted) - len(new)
        embed_started = time.perf_counter()
        sentences = open_store(settings, embedder.model_id)
        add_chunks(store, sentences, embedder, new, progress=progress)
        report.embed_seconds = time.perf_counter() - embed_started
        report.added = len(new)
        store.delete(stale)
        report.deleted = len(stale)
        final = (present_ids - set(stale)) | {c.id for c in new}
        finish(settings, store, sentences, embedder, final, list(wanted.values()))
        report.seconds = time.perf_counter() - started
        return report
    finally:
        lock.release()


BATCH = 64  # chunks per encoder call and store write


def _embed(sentences: SentenceStore, embedder: Embedder, batch: Sequence[Chunk]) -> np.ndarray:
    """One encoder pass over ``batch``: its sentence vectors saved, its chunk vectors
    returned."""
    vectors, spans, per_chunk = compute(batch, embedder)
    sentences.put(zip([c.id for c in batch], spans, per_chunk, strict=True))
    return vectors


def add_chunks(
    store: ChromaStore, sentences: SentenceStore, embedder: Embedder, new: Sequence[Chunk],
    *, progress: Progress | None = None,
) -> None:
    """Embed ``new`` chunks (with their sentences, in the same pass) and store them: the
    sentence vectors first, so that a chunk in the index always has them."""
    for i in range(0, len(new), BATCH):
        batch = new[i : i + BATCH]
        vectors = _embed(sentences, embedder, batch)
        if i == 0:  # a model that fails to load leaves the collection unclaimed
            store.check_model(embedder.model_id, claim=True)
        store.add(batch, vectors)
        if progress:
            progress("embed", min(i + BATCH, len(new)), len(new))


def finish(
    settings: Settings, store: ChromaStore, sentences: SentenceStore, embedder: Embedder,
    final: set[str], chunks: Sequence[Chunk],
) -> None:
    """After the store changed: BM25 rebuilt when it differs, sentence vectors of
    ``final`` complete (an index built before they were saved gets them once), and
    those of removed chunks forgotten."""
    if not bm25_matches(settings, final):
        rebuild_bm25(settings, store)
    have = sentences.ids()
    missing = [c for c in chunks if c.id in final and c.id not in have]
    for i in range(0, len(missing), BATCH):
        _embed(sentences, embedder, missing[i : i + BATCH])
    if len(have) > len(final) or not have <= final:
        sentences.keep_only(final)
    sentences.close()


def bm25_matches(settings: Settings, ids: set[str]) -> bool:
    """Whether the saved BM25 index holds exactly these chunk ids.

    Compared by ids, not counts: an ingest killed after the store changed but before
    BM25 was saved can leave an old index of the same size.
    """
    saved = BM25Index.load(settings.bm25_dir)
    return saved is not None and len(saved) == len(ids) and set(saved.ids) == ids


def rebuild_bm25(settings: Settings, store: ChromaStore) -> BM25Index:
    chunks = store.all_chunks()
    index = BM25Index([c.id for c in chunks], [c.text for c in chunks])
    index.save(settings.bm25_dir)
    return index


def ingest_documents(
    settings: Settings,
    embedder: Embedder,
    docs: Sequence[Document],
    *,
    progress: Progress | None = None,
) -> IngestReport:
    """Make the collection hold exactly ``docs``, documents built in memory (for example
    a benchmark's paragraphs, one document each, whole paragraph as one block).

    Chunked and embedded like files, and idempotent like :func:`ingest`: unchanged
    chunks are not re-embedded; chunks of documents not in ``docs`` are removed, so
    use a collection (or data directory) of its own.
    """
    started = time.perf_counter()
    report = IngestReport(documents=len(docs))
    lock = ingest_lock(settings)
    try:
        lock.acquire(timeout=0)
    except Timeout as e:
        raise IngestLockedError(
            f"another ingest is running on {settings.data_dir}: wait for it to finish "
            f"(or, if none is running, delete {lock.lock_file})"
        ) from e
    try:
        store = ChromaStore(settings, create=True)
        store.check_model(embedder.model_id, claim=True)
        wanted = {
            c.id: c
            for doc in docs
            for c in chunk_document(
                doc, min_words=settings.chunk_min_words, max_words=settings.chunk_max_words
            )
        }
        present = {cid for ids in store.ids_by_doc().values() for cid in ids}
        new = [c for cid, c in wanted.items() if cid not in present]
        stale = [cid for cid in present if cid not in wanted]
        embed_started = time.perf_counter()
        sentences = open_store(settings, embedder.model_id)
        add_chunks(store, sentences, embedder, new, progress=progress)
        report.embed_seconds = time.perf_counter() - embed_started
        store.delete(stale)
        finish(settings, store, sentences, embedder, set(wanted), list(wanted.values()))
        report.chunks, report.added, report.deleted = len(wanted), len(new), len(stale)
        report.unchanged = len(wanted) - len(new)
        report.seconds = time.perf_counter() - started
        return report
    finally:
        lock.release()
