"""The Python API: one ``Engine`` that the CLI, the web UI and the eval all use."""

from __future__ import annotations

import re
import threading
import time
import unicodedata
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from rag.config import Settings
from rag.embed import Embedder, Spans, get_embedder
from rag.errors import IndexNotReadyError, InputError
from rag.index import IngestReport, Progress, ingest, rebuild_bm25
from rag.lexical import BM25Index
from rag.retrieve import hybrid_search
from rag.sentences import SentenceStore, open_store
from rag.store import ChromaStore
from rag.types import Answer, SearchResult, Timings

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def clean_question(question: object, *, max_chars: int) -> str:
    """A usable question, or an :class:`InputError` that says what to do."""
    if not isinstance(question, str):
        raise InputError("the question must be text: type a question in English or French")
    text = question.encode("utf-8", "replace").decode("utf-8")  # lone surrogates -> '?'
    text = unicodedata.normalize("NFC", _CONTROL.sub(" ", text))
    text = " ".join(text.split())
    if not text:
        raise InputError("the question is empty: type a question in English or French")
    if len(text) > max_chars:
        raise InputError(
            f"the question is {len(text):,} characters long; the limit is {max_chars:,}: "
            "ask a shorter question (or raise RAG_MAX_QUESTION_CHARS)"
        )
    if not any(ch.isalnum() for ch in text):
        raise InputError("the question has no words: type a question in English or French")
    return text


class _LazyEmbedder:
    """The settings' embedder, loaded on first use: an ingest that stops on a bad corpus, or
    that has nothing new to embed, loads no model."""

    def __init__(self, settings: Settings) -> None:
        self._settings = settings
        self.model_id = settings.embed_model  # what get_embedder's embedder reports

    @property
    def dim(self) -> int:
        return get_embedder(self._settings).dim

    @dim.setter
    def dim(self, value: int) -> None:  # the Embedder protocol declares a plain attribute
        raise AttributeError("the dimension comes from the model")

    def embed_queries(self, texts: Sequence[str]) -> np.ndarray:
        return get_embedder(self._settings).embed_queries(texts)

    def embed_passages(self, texts: Sequence[str]) -> np.ndarray:
        return get_embedder(self._settings).embed_passages(texts)

    def embed_passages_with_spans(
        self, texts: Sequence[str], spans: Sequence[Spans], *, bulk: bool = True
    ) -> tuple[np.ndarray, list[np.ndarray]]:
        return get_embedder(self._settings).embed_passages_with_spans(texts, spans, bulk=bulk)


class Engine:
    """Search and answer over the indexed articles. Safe to share between threads."""

    def __init__(self, settings: Settings | None = None) -> None:
        self.settings = settings or Settings()
        self._lock = threading.RLock()
        self._store: ChromaStore | None = None
        self._bm25: BM25Index | None = None
        self._sentences: SentenceStore | None = None

    # -- components (lazy, loaded once) --------------------------------------
    @property
    def embedder(self) -> Embedder:
        return get_embedder(self.settings)

    def _ready(self) -> tuple[ChromaStore, BM25Index]:
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

    @property
    def sentences(self) -> SentenceStore:
        """The sentence vectors saved at ingest (read by the extractive answerer)."""
        with self._lock:
            if self._sentences is None:
                self._sentences = open_store(self.settings, self.settings.embed_model)
            return self._sentences

    def warm_up(self) -> None:
        """Load the model and the indexes now rather than on the first question."""
        self.embedder.embed_queries(["warm up"])
        self._ready()

    # -- public API -------------------------------------------------------------
    def ingest(
        self, paths: Sequence[Path] | None = None, *, rebuild: bool = False,
        progress: Progress | None = None,
    ) -> IngestReport:
        embedder = _LazyEmbedder(self.settings)  # a bad corpus fails before any model loads
        report = ingest(self.settings, embedder, paths, rebuild=rebuild, progress=progress)
        with self._lock:
            self._store, self._bm25 = None, None
        return report

    def search(
        self, question: str, *, k: int | None = None, mode: str = "hybrid",
        timings: Timings | None = None,
    ) -> list[SearchResult]:
        """The ``k`` passages that best match the question (hybrid by default)."""
        text = clean_question(question, max_chars=self.settings.max_question_chars)
        if mode not in ("hybrid", "dense", "bm25"):
            raise InputError(f"unknown search mode '{mode}': use hybrid, dense or bm25")
        k = self.settings.top_k if k is None else k
        if k < 1:
            raise InputError("k must be at least 1")
        timings = timings if timings is not None else Timings()
        store, bm25 = self._ready()
        t = time.perf_counter()
        emb = self.embedder.embed_queries([text])[0]
        timings.add("encode_ms", (time.perf_counter() - t) * 1000)
        s = self.settings
        return hybrid_search(
            emb, text, store=store, bm25=bm25, k=k, candidates=s.candidates, rrf_k=s.rrf_k,
            dense_weight=s.dense_weight, bm25_weight=s.bm25_weight, mode=mode, timings=timings,
        )

    def ask(self, question: str, history: object = None, *, k: int | None = None) -> Answer:
        """A short answer whose every claim cites a passage, or "the articles don't say".

        ``history`` is the earlier turns, ``[{"role": "user"|"assistant", "content": ...}]``.
        """
        from rag.chat import ask

        return ask(self, question, history, k=k)

    def ask_stream(
        self, question: str, history: object = None, *, k: int | None = None
    ) -> Iterator[str | Answer]:
        """Like :meth:`ask`, streamed: text deltas, then the final :class:`Answer` last."""
        from rag.chat import ask_stream

        return ask_stream(self, question, history, k=k)

    def info(self) -> dict[str, Any]:
        """What is indexed, with which models, and where the data lives."""
        s = self.settings
        out: dict[str, Any] = {
            "data_dir": str(s.data_dir.resolve()),
            "corpus_dir": str(s.corpus_dir.resolve()),
            "embed_model": s.embed_model,
            "llm": s.llm,
            "store": s.chroma_url or (f"{s.chroma_host}:{s.chroma_port}" if s.chroma_host
                                      else str(s.chroma_dir.resolve())),
            "collection": s.collection,
        }
        try:
            store = ChromaStore(s)
        except IndexNotReadyError:
            out.update(articles=0, chunks=0, documents=[], indexed_with=None)
            return out
        by_doc = store.ids_by_doc()
        out.update(
            articles=len(by_doc),
            chunks=sum(len(v) for v in by_doc.values()),
            documents=sorted(by_doc),
            indexed_with=store.embed_model,
        )
        return out
