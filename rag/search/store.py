"""The vector store: Chroma behind LlamaIndex's ``ChromaVectorStore``.

An embedded ``PersistentClient`` under ``<data_dir>/chroma`` by default; an
``HttpClient`` when a Chroma server is configured. The collection records which
embedding model built it, so vectors of two models are never mixed.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import numpy as np

from rag.config import Settings
from rag.errors import IndexNotReadyError, StorageError
from rag.types import Chunk

log = logging.getLogger(__name__)
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
_BATCH = 1000


def _silence_chroma_telemetry() -> None:
    import logging

    for name in ("chromadb.telemetry", "chromadb.telemetry.product.posthog", "posthog"):
        logging.getLogger(name).setLevel(logging.CRITICAL)
        logging.getLogger(name).disabled = True


def _client(settings: Settings, *, create: bool = True) -> Any:
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    _silence_chroma_telemetry()
    chroma_settings = ChromaSettings(anonymized_telemetry=False, allow_reset=False)
    if settings.chroma_url or settings.chroma_host:
        if settings.chroma_url:
            url = urlparse(settings.chroma_url)
            host, port, ssl = url.hostname or "127.0.0.1", url.port, url.scheme == "https"
        else:
            host, port, ssl = settings.chroma_host or "127.0.0.1", settings.chroma_port, False
        port = port or (443 if ssl else 8000)
        try:
            return chromadb.HttpClient(host=host, port=port, ssl=ssl, settings=chroma_settings)
        except Exception as e:
            raise StorageError(
                f"cannot reach the Chroma server at {host}:{port} ({e}): start it with "
                f"'chroma run --host {host} --port {port}' or unset RAG_CHROMA_URL/RAG_CHROMA_HOST"
            ) from e
    path = settings.chroma_dir
    if settings.data_dir.exists() and not settings.data_dir.is_dir():
        raise StorageError(
            f"the data directory {settings.data_dir} is a file, not a folder: set RAG_DATA_DIR "
            "to a folder (it is created if missing)"
        )
    if not create and not (path / "chroma.sqlite3").is_file():  # reading: create nothing
        raise IndexNotReadyError(
            "nothing is indexed yet: run 'rag ingest' (or 'rag ingest PATH') first"
        )
    try:
        path.mkdir(parents=True, exist_ok=True)
        return chromadb.PersistentClient(path=str(path), settings=chroma_settings)
    except Exception as e:
        _forget_failed_client(path)
        detail = " ".join(f"{type(e).__name__}: {e}".split())
        raise StorageError(
            f"cannot open the Chroma data in {path} ({detail}): check that the folder is "
            "writable; if it is damaged, move it aside and run 'rag ingest' to rebuild it, or "
            "point RAG_DATA_DIR at another folder"
        ) from e


def _forget_failed_client(path: Path) -> None:
    """Chroma caches one system per folder even when opening it failed, and then fails
    on every later open; forget it, so that a folder fixed (or rebuilt by another
    process) works without restarting a long-running app."""
    try:
        from chromadb.api.shared_system_client import SharedSystemClient as Shared

        key = str(path)
        if Shared._identifier_to_refcount.get(key, 0) <= 0:
            Shared._identifier_to_system.pop(key, None)
    except Exception:  # private API of chromadb: best effort only
        log.debug("could not reset Chroma's client cache for %s", path, exc_info=True)


def _to_chunk(chunk_id: str, text: str, meta: dict[str, Any]) -> Chunk:
    return Chunk.from_metadata(chunk_id, text, meta)


class ChromaStore:
    """One Chroma collection of chunks with their embeddings."""

    def __init__(self, settings: Settings, *, create: bool = False) -> None:
        from llama_index.vector_stores.chroma import ChromaVectorStore

        self.settings = settings
        self._client = _client(settings, create=create)
        name = settings.collection
        try:
            if create:
                self._collection = self._client.get_or_create_collection(
                    name,
                    configuration={"hnsw": {"space": "cosine"}},
                    embedding_function=None,
                )
            else:
                self._collection = self._client.get_collection(name, embedding_function=None)
        except Exception as e:
            if not create and "does not exist" in str(e).lower():
                raise IndexNotReadyError(
                    "nothing is indexed yet: run 'rag ingest' (or 'rag ingest PATH') first"
                ) from e
            raise StorageError(
                f"cannot open Chroma collection '{name}' ({type(e).__name__}: {e}): "
                "move the data directory aside and run 'rag ingest' to rebuild it"
            ) from e
        self.vector_store = ChromaVectorStore(chroma_collection=self._collection)

    # -- model bookkeeping -------------------------------------------------
    @property
    def embed_model(self) -> str | None:
        meta = self._collection.metadata or {}
        value = meta.get("embed_model")
        return str(value) if value else None

    def check_model(self, model_id: str, *, claim: bool = False) -> None:
        """Refuse to mix embeddings of two models in one collection."""
        built_with = self.embed_model
        if built_with is None:
            if claim:
                self._collection.modify(metadata={"embed_model": model_id})
            return
        if built_with != model_id:
            raise IndexNotReadyError(
                f"the index was built with embedding model '{built_with}', not '{model_id}': "
                f"set RAG_EMBED_MODEL={built_with}, or run 'rag ingest --rebuild' to re-embed "
                "everything with the new model"
            )

    # -- reads ---------------------------------------------------------------
    def count(self) -> int:
        return int(self._collection.count())

    def metadatas(self) -> dict[str, dict[str, Any]]:
        """``{chunk_id: stored metadata}`` for everything stored."""
        out: dict[str, dict[str, Any]] = {}
        total = self.count()
        for offset in range(0, total, _BATCH * 10):
            got = self._collection.get(include=["metadatas"], limit=_BATCH * 10, offset=offset)
            for cid, meta in zip(got["ids"], got["metadatas"] or [], strict=False):
                out[cid] = dict(meta or {})
        return out

    def ids_by_doc(self) -> dict[str, dict[str, str]]:
        """``{doc_id: {chunk_id: source}}`` for everything stored."""
        return by_doc(self.metadatas())

    def all_chunks(self) -> list[Chunk]:
        chunks: list[Chunk] = []
        total = self.count()
        for offset in range(0, total, _BATCH * 10):
            got = self._collection.get(
                include=["metadatas", "documents"], limit=_BATCH * 10, offset=offset
            )
            for cid, text, meta in zip(
                got["ids"], got["documents"] or [], got["metadatas"] or [], strict=False
            ):
                chunks.append(_to_chunk(cid, text or "", dict(meta)))
        return chunks

    def get(self, ids: Sequence[str]) -> dict[str, Chunk]:
        if not ids:
            return {}
        got = self._collection.get(ids=list(ids), include=["metadatas", "documents"])
        return {
            cid: _to_chunk(cid, text or "", dict(meta))
            for cid, text, meta in zip(
                got["ids"], got["documents"] or [], got["metadatas"] or [], strict=False
            )
        }

    def query(self, embedding: np.ndarray, *, k: int) -> list[tuple[Chunk, float]]:
        """Nearest chunks by cosine similarity, through LlamaIndex's vector store."""
        from llama_index.core.vector_stores.types import VectorStoreQuery

        k = min(k, self.count())
        if k <= 0:
            return []
        result = self.vector_store.query(
            VectorStoreQuery(query_embedding=embedding.tolist(), similarity_top_k=k),
            include=["metadatas", "documents", "distances"],
        )
        out: list[tuple[Chunk, float]] = []
        for node, sim in zip(result.nodes or [], result.similarities or [], strict=False):
            out.append((_to_chunk(node.node_id, node.get_content(), dict(node.metadata)), sim))
        return out

    # -- writes --------------------------------------------------------------
    @staticmethod
    def _nodes(chunks: Sequence[Chunk], embeddings: Sequence[Any]) -> list[Any]:
        from llama_index.core.schema import NodeRelationship, RelatedNodeInfo, TextNode

        return [
            TextNode(
                id_=c.id,
                text=c.text,
                embedding=np.asarray(emb, dtype=np.float32).tolist(),
                metadata=c.metadata(),
                # LlamaIndex stores the source document as ref_doc_id / doc_id metadata.
                relationships={NodeRelationship.SOURCE: RelatedNodeInfo(node_id=c.doc_id)},
                excluded_embed_metadata_keys=list(c.metadata()),
                excluded_llm_metadata_keys=list(c.metadata()),
            )
            for c, emb in zip(chunks, embeddings, strict=True)
        ]

    def add(self, chunks: Sequence[Chunk], embeddings: np.ndarray) -> None:
        nodes = self._nodes(chunks, list(embeddings))
        for i in range(0, len(nodes), _BATCH):
            self.vector_store.add(nodes[i : i + _BATCH])

    def refresh(self, chunks: Sequence[Chunk]) -> None:
        """Store the metadata of chunks already stored (same id and text) again, with
        their stored vectors: an article's title, author or date changed, its text did not."""
        from llama_index.core.vector_stores.utils import node_to_metadata_dict

        for i in range(0, len(chunks), _BATCH):
            part = chunks[i : i + _BATCH]
            got = self._collection.get(ids=[c.id for c in part], include=["embeddings"])
            vectors = dict(zip(got["ids"], got["embeddings"], strict=True))
            have = [c for c in part if c.id in vectors]
            if not have:
                continue
            nodes = self._nodes(have, [vectors[c.id] for c in have])
            self._collection.upsert(
                ids=[n.node_id for n in nodes],
                embeddings=[n.get_embedding() for n in nodes],
                metadatas=[
                    {k: "" if v is None else v
                     for k, v in node_to_metadata_dict(n, remove_text=True,
                                                       flat_metadata=True).items()}
                    for n in nodes
                ],
                documents=[c.text for c in have],
            )

    def delete(self, ids: Iterable[str]) -> None:
        ids = list(ids)
        for i in range(0, len(ids), _BATCH):
            self.vector_store.delete_nodes(node_ids=ids[i : i + _BATCH])

    def drop(self) -> None:
        """Delete the whole collection (used by ``rag ingest --rebuild``)."""
        try:
            self._client.delete_collection(self.settings.collection)
        except Exception as e:  # a missing collection is already dropped
            if "does not exist" not in str(e).lower():
                raise StorageError(f"cannot drop the collection: {e}") from e


def by_doc(metadatas: dict[str, dict[str, Any]]) -> dict[str, dict[str, str]]:
    """``{doc_id: {chunk_id: source}}`` from :meth:`ChromaStore.metadatas`."""
    out: dict[str, dict[str, str]] = {}
    for cid, meta in metadatas.items():
        out.setdefault(str(meta.get("doc_id", "")), {})[cid] = str(meta.get("source", ""))
    return out
