"""Synthetic corpora for the scale benchmark, made from real chunks and their real vectors.

Embedding 100k chunks with e5-small on two CPU cores takes hours, so the scale step
embeds nothing. It starts from a *pool*: every chunk of the bundled corpus and of the
761 PIAF paragraphs, with the e5 vectors that the ingest step stored in Chroma. Each
synthetic chunk ``i`` is then made deterministically (seed 0) from two different pool
chunks A and B drawn at random:

* text: the first half of A's sentences followed by the second half of B's (so the
  BM25 index sees real French prose with a realistic vocabulary, and texts are
  mostly distinct: there are ~670k ordered pairs for 100k draws);
* vector: ``normalize(v_A + v_B + noise)``, noise ~ N(0, 0.01^2) per dimension (norm
  ~0.2 against ~1.8 for ``v_A + v_B``), so no two vectors are identical;
* metadata: the real layout of an ingested chunk, ``doc_id`` ``synth/NNNNNN`` (ten
  chunks per document), A's title, a date drawn from 2015-01..2024-12, the language
  of A, ``source`` ``synthetic``, offsets ``start``/``end`` of a virtual document.

The chunks are written through the product's own path (``ChromaStore.add``, i.e.
LlamaIndex nodes into Chroma) and BM25 is built by ``BM25Index``, exactly as an ingest
does after its embedding step.
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass
from pathlib import Path

import numpy as np

NOISE_SIGMA = 0.01
CHUNKS_PER_DOC = 10


@dataclass
class Pool:
    ids: list[str]
    texts: list[str]
    titles: list[str]
    languages: list[str]
    vectors: np.ndarray  # (n, dim) float32, unit norm

    def save(self, directory: Path) -> None:
        directory.mkdir(parents=True, exist_ok=True)
        np.save(directory / "vectors.npy", self.vectors)
        (directory / "pool.json").write_text(json.dumps({
            "ids": self.ids, "texts": self.texts, "titles": self.titles,
            "languages": self.languages,
        }, ensure_ascii=False), encoding="utf-8")

    @classmethod
    def load(cls, directory: Path) -> Pool:
        meta = json.loads((directory / "pool.json").read_text(encoding="utf-8"))
        return cls(meta["ids"], meta["texts"], meta["titles"], meta["languages"],
                   np.load(directory / "vectors.npy"))


def pool_from_stores(stores: list[object]) -> Pool:
    """Every chunk of these ``ChromaStore`` objects, with its stored vector."""
    ids: list[str] = []
    texts: list[str] = []
    titles: list[str] = []
    languages: list[str] = []
    vectors: list[np.ndarray] = []
    for store in stores:
        collection = store._collection  # type: ignore[attr-defined]
        total = collection.count()
        for offset in range(0, total, 1000):
            got = collection.get(include=["documents", "metadatas", "embeddings"],
                                 limit=1000, offset=offset)
            for cid, text, meta, emb in zip(got["ids"], got["documents"], got["metadatas"],
                                            got["embeddings"], strict=True):
                ids.append(cid)
                texts.append(text)
                titles.append(str(meta.get("title", "")))
                languages.append(str(meta.get("language", "fr")))
                vectors.append(np.asarray(emb, dtype=np.float32))
    return Pool(ids, texts, titles, languages, np.vstack(vectors))


def _sentences(text: str) -> list[str]:
    from rag.ingest.chunk import split_sentences

    return [text[s:e].strip() for s, e in split_sentences(text) if text[s:e].strip()]


def synthetic_chunks(pool: Pool, n: int, *, seed: int = 0) -> tuple[list[object], np.ndarray]:
    """``n`` synthetic ``Chunk`` objects and their vectors (see the module docstring)."""
    from rag.types import Chunk

    rng = random.Random(seed)
    noise = np.random.default_rng(seed)
    sentences = [_sentences(t) or [t] for t in pool.texts]
    size = len(pool.texts)
    chunks: list[object] = []
    vectors = np.empty((n, pool.vectors.shape[1]), dtype=np.float32)
    offset = 0
    for i in range(n):
        a = rng.randrange(size)
        b = rng.randrange(size - 1)
        b += b >= a
        sa, sb = sentences[a], sentences[b]
        text = " ".join([*sa[: max(1, len(sa) // 2)], *sb[len(sb) // 2 :]])
        doc = i // CHUNKS_PER_DOC
        if i % CHUNKS_PER_DOC == 0:
            offset = 0
        year, month = 2015 + rng.randrange(10), 1 + rng.randrange(12)
        chunks.append(Chunk(
            id=f"synth-{i:06d}", doc_id=f"synth/{doc:06d}", title=pool.titles[a],
            date=f"{year}-{month:02d}", language=pool.languages[a], source="synthetic",
            start=offset, end=offset + len(text), text=text,
        ))
        offset += len(text) + 2
        vectors[i] = pool.vectors[a] + pool.vectors[b]
    vectors += noise.normal(0.0, NOISE_SIGMA, size=vectors.shape).astype(np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    return chunks, vectors
