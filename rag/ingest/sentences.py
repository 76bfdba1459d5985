"""Sentence vectors of the stored chunks: computed at ingest, kept beside the index.

The extractive answerer compares the question with every sentence of the retrieved
passages. Encoding those sentences when the question comes took 0.8 s (p50) on two
cores; instead, ingest takes them from the encoder pass that embeds the chunk (each
sentence is the mean of its token vectors read in the chunk's context, "late
chunking", so the chunk costs one pass either way) and saves them in
``<data_dir>/sentences.sqlite``, keyed by model, store and collection, and chunk id
(which holds a hash of the chunk's text). The file is derived data: an entry whose
sentence spans differ from today's split, a missing entry or an unreadable file only
mean that the vectors are computed again.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
import time
from collections.abc import Iterable, Sequence
from pathlib import Path

import numpy as np

from rag.config import Settings
from rag.ingest.chunk import chunk_sentence_spans
from rag.search.embed import Embedder, embed_with_spans
from rag.types import Chunk, Spans

log = logging.getLogger(__name__)
FILE_NAME = "sentences.sqlite"


def namespace(settings: Settings, model_id: str) -> str:
    """Which index the vectors belong to: model, store location and collection."""
    where = settings.chroma_url or (
        f"{settings.chroma_host}:{settings.chroma_port}" if settings.chroma_host else "local"
    )
    return f"{model_id}|{where}|{settings.collection}"


class SentenceStore:
    """The saved sentence vectors of one index (SQLite; safe to share between threads)."""

    def __init__(self, path: Path, namespace: str) -> None:
        self.path = path
        self.namespace = namespace
        self._lock = threading.Lock()
        self._db: sqlite3.Connection | None = None

    def _conn(self) -> sqlite3.Connection:
        if self._db is None:
            try:
                self._db = self._open()
            except sqlite3.DatabaseError as e:
                if isinstance(e, sqlite3.OperationalError) or not self.path.is_file():
                    raise  # cannot open (read-only folder, locked): the caller copes
                # not a database: derived data, start afresh
                aside = self.path.with_name(f"{self.path.name}.damaged-{int(time.time())}")
                log.warning("%s is unreadable; moved to %s, vectors are recomputed",
                            self.path, aside.name)
                self.path.replace(aside)
                self._db = self._open()
        return self._db

    def _open(self) -> sqlite3.Connection:
        db = sqlite3.connect(self.path, timeout=30, check_same_thread=False)
        try:
            db.execute("PRAGMA journal_mode=WAL")
            db.execute(
                "CREATE TABLE IF NOT EXISTS sentences (namespace TEXT, chunk_id TEXT, "
                "spans BLOB, vectors BLOB, PRIMARY KEY (namespace, chunk_id))"
            )
            db.commit()
        except sqlite3.DatabaseError:
            db.close()
            raise
        return db

    def get(self, ids: Sequence[str]) -> dict[str, tuple[Spans, np.ndarray]]:
        """Saved ``(spans, vectors)`` of these chunk ids (absent ids are left out)."""
        out: dict[str, tuple[Spans, np.ndarray]] = {}
        if not ids:
            return out
        with self._lock:
            rows = []
            for i in range(0, len(ids), 500):
                part = list(ids[i : i + 500])
                rows += self._conn().execute(
                    "SELECT chunk_id, spans, vectors FROM sentences WHERE namespace = ? AND "
                    f"chunk_id IN ({','.join('?' * len(part))})", [self.namespace, *part]
                ).fetchall()
        for cid, spans, vectors in rows:
            flat = np.frombuffer(spans, dtype=np.int64)
            vec = np.frombuffer(vectors, dtype=np.float16).astype(np.float32)
            n = len(flat) // 2
            out[cid] = ([(int(a), int(b)) for a, b in flat.reshape(n, 2)],
                        vec.reshape(n, -1) if n else vec.reshape(0, 0))
        return out

    def put(self, items: Iterable[tuple[str, Spans, np.ndarray]]) -> None:
        rows = [
            (self.namespace, cid, np.asarray(spans, dtype=np.int64).tobytes(),
             np.asarray(vectors, dtype=np.float16).tobytes())
            for cid, spans, vectors in items
        ]
        with self._lock:
            db = self._conn()
            db.executemany("INSERT OR REPLACE INTO sentences VALUES (?, ?, ?, ?)", rows)
            db.commit()

    def ids(self) -> set[str]:
        with self._lock:
            rows = self._conn().execute(
                "SELECT chunk_id FROM sentences WHERE namespace = ?", [self.namespace]
            ).fetchall()
        return {r[0] for r in rows}

    def keep_only(self, ids: set[str]) -> int:
        """Forget the vectors of chunks no longer stored; returns how many."""
        stale = sorted(self.ids() - ids)
        with self._lock:
            db = self._conn()
            for i in range(0, len(stale), 500):
                part = stale[i : i + 500]
                db.execute(
                    f"DELETE FROM sentences WHERE namespace = ? AND chunk_id IN "
                    f"({','.join('?' * len(part))})", [self.namespace, *part]
                )
            db.commit()
        return len(stale)

    def close(self) -> None:
        with self._lock:
            if self._db is not None:
                self._db.close()
                self._db = None


def open_store(settings: Settings, model_id: str) -> SentenceStore:
    return SentenceStore(settings.data_dir / FILE_NAME, namespace(settings, model_id))


def compute(
    chunks: Sequence[Chunk], embedder: Embedder, *, bulk: bool = True
) -> tuple[np.ndarray, list[Spans], list[np.ndarray]]:
    """Chunk vectors, sentence spans and sentence vectors, from one encoder pass."""
    spans = [chunk_sentence_spans(c) for c in chunks]
    relative = [[(s - c.start, e - c.start) for s, e in sp] for c, sp in zip(chunks, spans,
                                                                            strict=True)]
    vectors, per_chunk = embed_with_spans(embedder, [c.text for c in chunks], relative,
                                          bulk=bulk)
    return vectors, spans, per_chunk


def sentence_vectors(
    chunks: Sequence[Chunk], embedder: Embedder, store: SentenceStore | None
) -> dict[str, tuple[Spans, np.ndarray]]:
    """``{chunk id: (sentence spans, vectors)}``: saved ones, the rest computed (and saved)."""
    unique = list({c.id: c for c in chunks}.values())
    out: dict[str, tuple[Spans, np.ndarray]] = {}
    if store is not None:
        try:
            saved = store.get([c.id for c in unique])
        except sqlite3.Error as e:  # derived data: answer without it
            log.warning("cannot read saved sentence vectors (%s); computing them", e)
            saved = {}
        for c in unique:
            hit = saved.get(c.id)
            if hit is not None and hit[0] == chunk_sentence_spans(c):
                out[c.id] = hit
    todo = [c for c in unique if c.id not in out]
    if todo:
        _, spans, vectors = compute(todo, embedder, bulk=False)
        fresh = [(c.id, sp, v) for c, sp, v in zip(todo, spans, vectors, strict=True)]
        out.update({cid: (sp, v) for cid, sp, v in fresh})
        if store is not None:
            try:
                store.put(fresh)
            except sqlite3.Error as e:  # a read-only data dir: serve anyway
                log.debug("cannot save sentence vectors: %s", e)
    return out
