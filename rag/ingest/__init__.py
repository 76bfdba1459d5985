"""Ingest: articles from files, folders and web pages to chunks in the index.

``ingest`` is the one path (chunk, embed what is new, store, BM25); ``read_corpus`` reads
folders and files; ``add_pages`` fetches web articles into the corpus folder;
``chunk_document`` and ``split_sentences`` cut text at exact offsets;
``extract_attributions`` finds who said what in an article, and ``quotes`` reads the
attributions that ingest stored (a speaker's, or all).
"""

from rag.lazy import public_face

__getattr__, __all__ = public_face(__name__, {
    "Documents": "pipeline", "IngestReport": "pipeline", "ingest": "pipeline",
    "read_corpus": "pipeline", "load_corpus": "load", "load_document": "load",
    "add_pages": "fetch", "is_url": "fetch", "chunk_document": "chunk",
    "split_sentences": "chunk", "chunk_sentence_spans": "chunk",
    "Attribution": "attributions", "extract_attributions": "attributions",
    "Quotes": "quote_store", "quotes": "quote_store",
})
