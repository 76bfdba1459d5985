"""Ingest: one path from documents to the index: chunk, embed what is new, store, BM25.

Documents come from a source: :func:`read_corpus` reads folders and files (web pages
included, see :mod:`rag.ingest.load`); :mod:`rag.ingest.fetch` saves pages fetched by address into
the corpus folder first; a benchmark builds its documents in memory. Whatever the
source, :func:`ingest` does the rest.

Re-ingesting unchanged documents embeds nothing: chunk ids are derived from the
document, the offsets and a hash of the text (a changed title, author or date only
rewrites the stored metadata). New chunks are added before stale ones are deleted,
and the BM25 index is rebuilt from the store afterwards, so an ingest killed at any
point leaves an index that the next ingest completes. Who said what (attributions) is
read last, only from new and changed articles (:mod:`rag.ingest.quote_store`).
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
from filelock import FileLock, Timeout

from rag.config import Settings
from rag.errors import CorpusError, IngestLockedError, StorageError
from rag.ingest.chunk import chunk_document
from rag.ingest.load import load_corpus
from rag.ingest.quote_store import update as update_attributions
from rag.ingest.sentences import SentenceStore, compute, open_store
from rag.search.bm25 import bm25_matches, rebuild_bm25
from rag.search.embed import Embedder
from rag.search.store import ChromaStore, by_doc
from rag.types import Chunk, Document, Progress


@dataclass
class Documents:
    """Articles to index, from one source (a corpus folder, web pages, a benchmark).

    ``covers``: the folders and files the source read in full: a stored article from
    under them that is not in ``items`` was deleted, and leaves the index. ``exact``:
    the collection holds exactly ``items`` afterwards (a benchmark's own collection).
    """

    items: Sequence[Document]
    skipped: list[str] = field(default_factory=list)
    covers: tuple[Path, ...] = ()
    exact: bool = False


@dataclass
class IngestReport:
    documents: int = 0
    chunks: int = 0
    added: int = 0
    deleted: int = 0
    unchanged: int = 0
    refreshed: int = 0  # unchanged text, new metadata (title, author, date...)
    skipped: list[str] = field(default_factory=list)
    seconds: float = 0.0
    embed_seconds: float = 0.0
    attribution_articles: int = 0  # articles (new or changed) whose attributions were read
    attributions: int = 0  # attributions found in them
    attribution_seconds: float = 0.0

    def summary(self) -> str:
        text = (
            f"{self.documents} articles, {self.chunks} chunks: {self.added} embedded, "
            f"{self.unchanged} unchanged, {self.deleted} removed in {self.seconds:.1f}s"
        )
        if self.refreshed:
            text += f"; metadata updated for {self.refreshed} chunk(s)"
        if self.attribution_articles:
            text += (f"; {self.attributions} attributions (who said what) in "
                     f"{self.attribution_articles} article(s) read")
        if self.skipped:
            text += f"; skipped {len(self.skipped)} file(s)"
        return text


def read_corpus(paths: Sequence[Path]) -> Documents:
    """The articles under ``paths`` (folders, searched recursively, or files). A bad
    file is skipped with its reason; no readable article at all is a :class:`CorpusError`."""
    roots = tuple(Path(p).resolve() for p in paths)
    skipped: list[str] = []
    docs = load_corpus(roots, errors=skipped)
    if not docs:
        detail = f" ({skipped[0]})" if skipped else ""
        raise CorpusError(
            f"no readable articles in {', '.join(map(str, roots))}{detail}: add UTF-8 "
            ".txt or .md files (or .html pages) and run 'rag ingest' again"
        )
    return Documents(docs, skipped, roots)


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


def _acquire(lock: FileLock, settings: Settings) -> None:
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


def _under(source: str, roots: Sequence[Path]) -> bool:
    path = Path(source).resolve()
    return any(path == r or r in path.parents for r in roots)


def _same_metadata(chunk: Chunk, stored: dict[str, Any]) -> bool:
    return all(stored.get(k) == v for k, v in chunk.metadata().items())


def ingest(
    settings: Settings,
    embedder: Embedder,
    documents: Documents | None = None,
    *,
    rebuild: bool = False,
    progress: Progress | None = None,
) -> IngestReport:
    """Bring the index in line with ``documents`` (default: :func:`read_corpus` of the
    corpus folder). ``rebuild`` drops the collection first and re-embeds everything.
    ``progress("embed", done, total)`` is called as chunks are embedded (from 0)."""
    started = time.perf_counter()
    lock = ingest_lock(settings)
    _acquire(lock, settings)
    try:
        source = documents if documents is not None else read_corpus([settings.corpus_dir])
        report = IngestReport(skipped=list(source.skipped))
        store = ChromaStore(settings, create=True)
        if rebuild:
            store.drop()
            store = ChromaStore(settings, create=True)
        store.check_model(embedder.model_id)  # claimed once a first batch is embedded

        wanted: dict[str, Chunk] = {}
        for doc in source.items:
            for c in chunk_document(
                doc, min_words=settings.chunk_min_words, max_words=settings.chunk_max_words
            ):
                wanted[c.id] = c
        stored = store.metadatas()
        loaded = {d.doc_id for d in source.items}
        stale = [
            cid
            for doc_id, ids in by_doc(stored).items()
            for cid, path in ids.items()
            if cid not in wanted
            and (source.exact or doc_id in loaded or _under(path, source.covers))
        ]
        new = [c for cid, c in wanted.items() if cid not in stored]
        changed = [c for cid, c in wanted.items()
                   if cid in stored and not _same_metadata(c, stored[cid])]

        report.documents, report.chunks = len(source.items), len(wanted)
        report.unchanged, report.refreshed = len(wanted) - len(new), len(changed)
        embed_started = time.perf_counter()
        sentences = open_store(settings, embedder.model_id)
        add_chunks(store, sentences, embedder, new, progress=progress)
        report.embed_seconds = time.perf_counter() - embed_started
        report.added = len(new)
        store.refresh(changed)
        store.delete(stale)
        report.deleted = len(stale)
        final = (set(stored) - set(stale)) | {c.id for c in new}
        finish(settings, store, sentences, embedder, final, list(wanted.values()))
        quotes_started = time.perf_counter()
        report.attribution_articles, report.attributions = update_attributions(
            settings, source.items,
            lambda doc_id, path: source.exact or _under(path, source.covers), rebuild=rebuild)
        report.attribution_seconds = time.perf_counter() - quotes_started
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
    if progress and new:
        _ = embedder.dim  # load the model first: a model that fails shows no progress bar
        progress("embed", 0, len(new))  # the work starts now (a progress bar's clock too)
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
