"""Search: the embedder, the vector store, BM25, and the Retriever that fuses them."""

from rag.lazy import public_face

__getattr__, __all__ = public_face(__name__, {
    "Retriever": "retrieve", "Embedder": "embed", "get_embedder": "embed",
    "prepare_model": "embed", "ChromaStore": "store", "BM25Index": "bm25", "fold": "bm25",
    "tokenize": "bm25",
})
