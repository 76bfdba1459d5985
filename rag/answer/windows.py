"""Reading windows: what of the retrieved passages the reader reads.

Reading whole passages is the slow part of a question. Instead, each passage is cut to a
window around its sentence closest to the question: the sentence vectors saved at ingest
(:mod:`rag.ingest.sentences`) are compared with the question's vector (already computed by
the search), and the window grows sentence by sentence around the best one, the closer
neighbour first, up to ``window_words`` words. Windows start and end on sentence
boundaries, so every span the reader finds lies in a whole sentence of the passage; the
readings are given back against the passages (:func:`restore`).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

import numpy as np

from rag.config import Settings
from rag.ingest.sentences import SentenceStore, open_store, sentence_vectors
from rag.read.reader import Reading
from rag.search.embed import Embedder
from rag.types import Chunk, SearchResult, Spans


def _window(spans: Spans, scores: np.ndarray, text: str, offset: int, words: int
            ) -> tuple[int, int]:
    """The (start, end) of the sentences around the best one, within ``words`` words."""
    best = int(np.argmax(scores))
    lo = hi = best
    size = len(text[spans[best][0] - offset:spans[best][1] - offset].split())
    while True:
        options = [i for i in (lo - 1, hi + 1) if 0 <= i < len(spans)]
        if not options:
            break
        nxt = max(options, key=lambda i: scores[i])
        add = len(text[spans[nxt][0] - offset:spans[nxt][1] - offset].split())
        if size + add > words:
            break
        size += add
        lo, hi = min(lo, nxt), max(hi, nxt)
    return spans[lo][0], spans[hi][1]


class WindowPicker:
    """Cuts retrieved passages to reading windows (cheap constructor; the sentence store
    opens on first use)."""

    def __init__(self, settings: Settings, embedder: Embedder) -> None:
        self.settings = settings
        self.embedder = embedder
        self._store: SentenceStore | None = None

    def run(self, query: str, results: Sequence[SearchResult]) -> list[SearchResult]:
        """One result per passage, its chunk cut to the window (same rank and score)."""
        words = self.settings.reader_window_words
        if not words or not results:
            return list(results)
        if self._store is None:
            self._store = open_store(self.settings, self.embedder.model_id)
        vectors = sentence_vectors([r.chunk for r in results], self.embedder, self._store)
        q = self.embedder.embed_queries([query])[0]
        out = []
        for r in results:
            spans, vecs = vectors.get(r.chunk.id, ([], np.zeros((0, 0))))
            c = r.chunk
            if len(spans) < 2 or len(c.text.split()) <= words:
                out.append(r)
                continue
            start, end = _window(spans, vecs @ q, c.text, c.start, words)
            piece = dataclasses.replace(c, start=start, end=end,
                                        text=c.text[start - c.start:end - c.start])
            out.append(dataclasses.replace(r, chunk=piece))
        return out


def restore(readings: Sequence[Reading], passages: Sequence[SearchResult]) -> list[Reading]:
    """The readings of windows, given against the whole passages they were cut from (the
    spans' offsets are the file's either way)."""
    out = []
    for rd in readings:
        whole: Chunk = passages[rd.passage].chunk
        spans = tuple(dataclasses.replace(f, chunk=whole) for f in rd.spans)
        out.append(dataclasses.replace(rd, chunk=whole, spans=spans))
    return out
