"""Sentence vectors: one encoder pass at ingest, saved beside the index, read by the answerer."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pytest

from rag.config import Settings
from rag.engine import Engine
from rag.ingest.chunk import chunk_sentence_spans
from rag.ingest.sentences import (
    FILE_NAME,
    SentenceStore,
    compute,
    namespace,
    open_store,
    sentence_vectors,
)
from rag.search.embed import Embedder, embed_with_spans, encode_spans_alone, get_embedder
from rag.search.store import ChromaStore
from rag.types import Spans


class Counting:
    """The real embedder, counting what it is asked to encode."""

    def __init__(self, inner: Embedder) -> None:
        self.inner = inner
        self.model_id, self.dim = inner.model_id, inner.dim
        self.passages: list[str] = []
        self.pooled = 0

    def embed_queries(self, texts: Sequence[str]) -> np.ndarray:
        return self.inner.embed_queries(texts)

    def embed_passages(self, texts: Sequence[str]) -> np.ndarray:
        self.passages += texts
        return self.inner.embed_passages(texts)

    def embed_passages_with_spans(
        self, texts: Sequence[str], spans: Sequence[Spans], *, bulk: bool = True
    ) -> tuple[np.ndarray, list[np.ndarray]]:
        self.pooled += len(texts)
        return embed_with_spans(self.inner, texts, spans, bulk=bulk)


def test_one_pass_gives_the_passage_vectors_and_sentence_vectors(engine: Engine) -> None:
    chunks = ChromaStore(engine.settings).all_chunks()[:4]
    embedder = engine.embedder
    vectors, spans, per_chunk = compute(chunks, embedder)
    plain = embedder.embed_passages([c.text for c in chunks])
    assert np.min(np.sum(vectors * plain, axis=1)) > 0.9999  # retrieval vectors unchanged
    own: list[float] = []
    others: list[float] = []
    for c, sp, v in zip(chunks, spans, per_chunk, strict=True):
        assert sp == chunk_sentence_spans(c) and v.shape == (len(sp), embedder.dim)
        assert np.allclose(np.linalg.norm(v, axis=1), 1.0, atol=1e-4)
        # a sentence read in context is nearer its own text encoded alone than the others
        alone = embedder.embed_passages([c.text[s - c.start : e - c.start] for s, e in sp])
        sims = v @ alone.T
        own += list(np.diag(sims))
        others += list(sims[~np.eye(len(sp), dtype=bool)])
    assert np.mean(own) > np.mean(others) + 0.01  # e5 cosines lie in a narrow band


def test_ingest_saves_the_sentence_vectors_of_every_chunk(engine: Engine) -> None:
    s = engine.settings
    ids = {c.id for c in ChromaStore(s).all_chunks()}
    assert (s.data_dir / FILE_NAME).is_file()
    assert open_store(s, s.embed_model).ids() == ids


def test_missing_or_stale_vectors_are_computed_and_saved(tmp_path: Path, engine: Engine) -> None:
    chunks = ChromaStore(engine.settings).all_chunks()[:3]
    store = SentenceStore(tmp_path / FILE_NAME, "m|local|articles")
    counting = Counting(engine.embedder)
    first = sentence_vectors(chunks, counting, store)
    assert counting.pooled == 3 and store.ids() == {c.id for c in chunks}
    again = sentence_vectors(chunks, counting, store)
    assert counting.pooled == 3  # read back, nothing encoded
    for c in chunks:
        assert again[c.id][0] == first[c.id][0]
        assert np.allclose(again[c.id][1], first[c.id][1], atol=2e-3)  # float16 on disk
    # saved spans that no longer match the chunk's sentences are not trusted
    bad = [(chunks[0].id, [(0, 1)], np.ones((1, counting.dim)))]
    store.put(bad)
    sentence_vectors(chunks[:1], counting, store)
    assert counting.pooled == 4


def test_store_namespaces_and_pruning(tmp_path: Path) -> None:
    a = SentenceStore(tmp_path / FILE_NAME, "a")
    b = SentenceStore(tmp_path / FILE_NAME, "b")
    v = np.ones((2, 4), dtype=np.float32)
    a.put([("x", [(0, 1), (2, 3)], v), ("y", [(0, 1), (2, 3)], v)])
    b.put([("x", [(0, 1), (2, 3)], v)])
    assert a.ids() == {"x", "y"} and b.ids() == {"x"}
    assert a.keep_only({"y"}) == 1
    assert a.ids() == {"y"} and b.ids() == {"x"}
    spans, vectors = a.get(["y", "missing"])["y"]
    assert spans == [(0, 1), (2, 3)] and vectors.shape == (2, 4)


def test_namespace_tells_models_servers_and_collections_apart(settings: Settings) -> None:
    other = settings.model_copy(update={"collection": "other"})
    server = settings.model_copy(update={"chroma_url": "http://127.0.0.1:8000"})
    names = {namespace(settings, "m1"), namespace(settings, "m2"), namespace(other, "m1"),
             namespace(server, "m1")}
    assert len(names) == 4


def test_a_damaged_file_is_moved_aside_and_rebuilt(tmp_path: Path) -> None:
    path = tmp_path / FILE_NAME
    path.write_bytes(b"this is not a database" * 100)
    store = SentenceStore(path, "a")
    assert store.get(["x"]) == {}
    store.put([("x", [(0, 1)], np.ones((1, 4)))])
    assert store.ids() == {"x"}
    assert list(tmp_path.glob(f"{FILE_NAME}.damaged-*"))  # kept for inspection


def test_unreadable_store_still_answers(engine: Engine, tmp_path: Path) -> None:
    folder = tmp_path / "not-a-folder"
    folder.write_text("a file where the data directory should be")
    store = SentenceStore(folder / FILE_NAME, "a")  # cannot be opened at all
    with pytest.raises(sqlite3.Error):
        store.ids()
    chunks = ChromaStore(engine.settings).all_chunks()[:2]
    got = sentence_vectors(chunks, engine.embedder, store)
    assert set(got) == {c.id for c in chunks}


@pytest.mark.slow
def test_reingest_backfills_an_index_saved_without_vectors(make_settings) -> None:  # type: ignore[no-untyped-def]
    s: Settings = make_settings()
    eng = Engine(s)
    eng.ingest()
    (s.data_dir / FILE_NAME).unlink()
    for extra in s.data_dir.glob(f"{FILE_NAME}-*"):  # WAL files
        extra.unlink()
    report = eng.ingest()
    assert report.added == 0 and report.unchanged == report.chunks
    assert open_store(s, s.embed_model).ids() == {c.id for c in ChromaStore(s).all_chunks()}


def test_removed_articles_lose_their_vectors(make_settings, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    source = Path(__file__).resolve().parent.parent / "corpus"
    for f in sorted(source.glob("*.txt"))[:2]:
        (corpus / f.name).write_text(f.read_text("utf-8"), "utf-8")
    s: Settings = make_settings(corpus_dir=corpus)
    eng = Engine(s)
    eng.ingest()
    sorted(corpus.glob("*.txt"))[0].unlink()
    eng.ingest()
    assert open_store(s, s.embed_model).ids() == {c.id for c in ChromaStore(s).all_chunks()}


def test_embedders_without_token_vectors_encode_sentences_alone(engine: Engine) -> None:
    class Plain:
        def __init__(self, inner: Embedder) -> None:
            self.inner, self.model_id, self.dim = inner, inner.model_id, inner.dim

        def embed_queries(self, texts: Sequence[str]) -> np.ndarray:
            return self.inner.embed_queries(texts)

        def embed_passages(self, texts: Sequence[str]) -> np.ndarray:
            return self.inner.embed_passages(texts)

        def embed_passages_with_spans(
            self, texts: Sequence[str], spans: Sequence[Spans], *, bulk: bool = True
        ) -> tuple[np.ndarray, list[np.ndarray]]:
            return encode_spans_alone(self, texts, spans)

    chunks = ChromaStore(engine.settings).all_chunks()[:2]
    vectors, spans, per_chunk = compute(chunks, Plain(get_embedder(engine.settings)))
    assert vectors.shape == (2, engine.embedder.dim)
    assert [len(v) for v in per_chunk] == [len(sp) for sp in spans]
