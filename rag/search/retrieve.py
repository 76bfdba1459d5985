"""Hybrid retrieval: dense (Chroma) and BM25 rankings fused by reciprocal rank fusion."""

from __future__ import annotations

import threading
import time
from collections.abc import Sequence

import numpy as np

from rag.config import Settings
from rag.search.bm25 import BM25Index
from rag.search.embed import Embedder
from rag.search.store import ChromaStore
from rag.types import Chunk, SearchResult, Timings


def rrf(
    rankings: Sequence[Sequence[str]], *, k: int = 60, weights: Sequence[float] | None = None
) -> list[tuple[str, float]]:
    """Reciprocal rank fusion: ``score(d) = sum_i w_i / (k + rank_i(d))``, ranks from 1.

    Ties go to the item ranked better by the first ranking, then by the next ones.
    """
    weights = weights or [1.0] * len(rankings)
    scores: dict[str, float] = {}
    ranks: dict[str, list[int]] = {}
    unranked = 1 << 30
    for i, (ranking, w) in enumerate(zip(rankings, weights, strict=True)):
        for rank, item in enumerate(ranking, start=1):
            scores[item] = scores.get(item, 0.0) + w / (k + rank)
            ranks.setdefault(item, [unranked] * len(rankings))[i] = rank
    return sorted(scores.items(), key=lambda kv: (-round(kv[1], 12), ranks[kv[0]], kv[0]))


def hybrid_search(
    query_embedding: np.ndarray,
    query_text: str,
    *,
    store: ChromaStore,
    bm25: BM25Index | None,
    k: int,
    candidates: int = 30,
    rrf_k: int = 60,
    dense_weight: float = 1.0,
    bm25_weight: float = 1.0,
    mode: str = "hybrid",
    timings: Timings | None = None,
) -> list[SearchResult]:
    """Top ``k`` chunks for a query; ``mode`` is ``hybrid``, ``dense`` or ``bm25``."""
    timings = timings or Timings()
    chunks: dict[str, Chunk] = {}
    dense_ids: list[str] = []
    bm25_ids: list[str] = []
    if mode in ("hybrid", "dense") and dense_weight > 0:
        t = time.perf_counter()
        for chunk, _sim in store.query(query_embedding, k=max(candidates, k)):
            chunks[chunk.id] = chunk
            dense_ids.append(chunk.id)
        timings.add("chroma_ms", (time.perf_counter() - t) * 1000)
    if mode in ("hybrid", "bm25") and bm25 is not None and bm25_weight > 0:
        t = time.perf_counter()
        bm25_ids = [cid for cid, _ in bm25.search(query_text, k=max(candidates, k))]
        if mode == "hybrid":
            bm25_weight *= bm25.coverage(query_text)
        timings.add("bm25_ms", (time.perf_counter() - t) * 1000)

    fused = rrf([dense_ids, bm25_ids], k=rrf_k, weights=[dense_weight, bm25_weight])[:k]
    missing = [cid for cid, _ in fused if cid not in chunks]
    if missing:
        t = time.perf_counter()
        chunks.update(store.get(missing))
        timings.add("chroma_ms", (time.perf_counter() - t) * 1000)
    dense_rank = {cid: r for r, cid in enumerate(dense_ids, start=1)}
    bm25_rank = {cid: r for r, cid in enumerate(bm25_ids, start=1)}
    results: list[SearchResult] = []
    for cid, score in fused:
        if cid not in chunks:  # BM25 index older than the store; skip rather than fail
            continue
        results.append(
            SearchResult(
                rank=len(results) + 1,
                chunk=chunks[cid],
                score=score,
                dense_rank=dense_rank.get(cid),
                bm25_rank=bm25_rank.get(cid),
            )
        )
    return results


class Retriever:
    """Dense (Chroma) + BM25 + fusion over the indexed chunks. Thread-safe.

    Cheap to construct; :meth:`warm_up` opens the store and loads the model; :meth:`run`
    searches. :meth:`reset` drops the open indexes after an ingest.
    """

    def __init__(self, settings: Settings, embedder: Embedder) -> None:
        self.settings = settings
        self.embedder = embedder
        self._lock = threading.RLock()
        self._store: ChromaStore | None = None
        self._bm25: BM25Index | None = None

    def warm_up(self) -> None:
        self.embedder.embed_queries(["warm up"])
        self.indexes()

    def reset(self) -> None:
        with self._lock:
            self._store, self._bm25 = None, None

    def indexes(self) -> tuple[ChromaStore, BM25Index]:
        """The open store and BM25 index (BM25 repaired when it lags the store)."""
        from rag.errors import IndexNotReadyError
        from rag.search.bm25 import rebuild_bm25

        with self._lock:
            if self._store is None:
                store = ChromaStore(self.settings)
                store.check_model(self.settings.embed_model)
                if store.count() == 0:
                    raise IndexNotReadyError(
                        "the index is empty: run 'rag ingest' (or 'rag ingest PATH') first"
                    )
                self._store = store
            if self._bm25 is None or len(self._bm25) != self._store.count():
                bm25 = BM25Index.load(self.settings.bm25_dir)
                ids = {cid for doc in self._store.ids_by_doc().values() for cid in doc}
                if bm25 is None or len(bm25) != len(ids) or set(bm25.ids) != ids:
                    bm25 = rebuild_bm25(self.settings, self._store)  # repair after a crash
                self._bm25 = bm25
            return self._store, self._bm25

    def run(self, query: str, *, k: int, mode: str = "hybrid",
            timings: Timings | None = None) -> list[SearchResult]:
        """The ``k`` chunks that best match ``query`` (already validated)."""
        timings = timings if timings is not None else Timings()
        store, bm25 = self.indexes()
        t = time.perf_counter()
        emb = self.embedder.embed_queries([query])[0]
        timings.add("encode_ms", (time.perf_counter() - t) * 1000)
        s = self.settings
        return hybrid_search(
            emb, query, store=store, bm25=bm25, k=k, candidates=s.candidates, rrf_k=s.rrf_k,
            dense_weight=s.dense_weight, bm25_weight=s.bm25_weight, mode=mode, timings=timings,
        )
