"""BM25 over chunk texts (bm25s adapter), with accent folding and FR/EN stop words.

The index is kept in memory by the engine and persisted under ``<data_dir>/bm25``
next to the list of chunk ids it covers, so queries never re-tokenize the corpus.
"""

from __future__ import annotations

import json
import re
import shutil
import unicodedata
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from rag.config import Settings
    from rag.search.store import ChromaStore

_WORD = re.compile(r"\w+", re.UNICODE)
_FORMAT = 2  # 2: Spanish stop words


@lru_cache(maxsize=1)
def stop_words() -> frozenset[str]:
    """bm25s's stop-word list of every language in rag.lang, plus each one's additions."""
    import bm25s.stopwords

    from rag import lang

    words: set[str] = set()
    for language in lang.all_languages():
        if language.bm25_stopwords:
            words |= {fold(w) for w in getattr(bm25s.stopwords, language.bm25_stopwords)}
        words |= {fold(w) for w in language.stop_words}
    return frozenset(words)


def fold(text: str) -> str:
    """Lower-case and strip accents: 'Séoul' -> 'seoul', 'Œuvre' -> 'oeuvre'."""
    text = text.lower().replace("œ", "oe").replace("æ", "ae")
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def tokenize(text: str) -> list[str]:
    """Folded word tokens without stop words (numbers are kept)."""
    sw = stop_words()
    return [t for t in _WORD.findall(fold(text)) if t not in sw]


class BM25Index:
    """An in-memory BM25 index over chunks, addressed by chunk id."""

    def __init__(self, ids: Sequence[str], texts: Sequence[str]) -> None:
        import bm25s

        if len(ids) != len(texts):
            raise ValueError("ids and texts must have the same length")
        self.ids: list[str] = list(ids)
        self._bm25 = bm25s.BM25()
        if self.ids:
            self._bm25.index([tokenize(t) or [""] for t in texts], show_progress=False)

    def __len__(self) -> int:
        return len(self.ids)

    def coverage(self, query: str) -> float:
        """Share of the query's words that occur in the indexed texts (0..1).

        An English question over French articles shares few words with them, so
        its BM25 ranking says little; fusion weighs BM25 by this share.
        """
        tokens = tokenize(query)
        if not tokens or not self.ids:
            return 0.0
        return len(self._bm25.get_tokens_ids(tokens)) / len(tokens)

    def search(self, query: str, *, k: int) -> list[tuple[str, float]]:
        """Best ``k`` chunk ids with their BM25 scores (only scores > 0)."""
        if not self.ids:
            return []
        token_ids = self._bm25.get_tokens_ids(tokenize(query))
        if not token_ids:
            return []
        scores = np.asarray(self._bm25.get_scores_from_ids(token_ids), dtype=np.float32)
        k = min(k, len(self.ids))
        top = np.argpartition(-scores, k - 1)[:k]
        top = top[np.argsort(-scores[top], kind="stable")]
        return [(self.ids[i], float(scores[i])) for i in top if scores[i] > 0]

    def save(self, directory: Path) -> None:
        """Write atomically: a crash leaves the old index or the new one, never half.

        Saves are serialized by a lock file: an ingest and a search that repairs the
        index may both save at once (same content, one after the other)."""
        from filelock import FileLock

        directory.parent.mkdir(parents=True, exist_ok=True)
        with FileLock(str(directory.with_name(directory.name + ".lock"))):
            tmp = directory.with_name(directory.name + ".tmp")
            shutil.rmtree(tmp, ignore_errors=True)
            tmp.mkdir(parents=True)
            if self.ids:
                self._bm25.save(str(tmp), show_progress=False)
            (tmp / "ids.json").write_text(
                json.dumps({"format": _FORMAT, "ids": self.ids}), encoding="utf-8"
            )
            old = directory.with_name(directory.name + ".old")
            shutil.rmtree(old, ignore_errors=True)
            if directory.exists():
                directory.rename(old)
            tmp.rename(directory)
            shutil.rmtree(old, ignore_errors=True)

    @classmethod
    def load(cls, directory: Path) -> BM25Index | None:
        """The saved index, or None when there is none or it is unreadable."""
        import bm25s

        try:
            meta = json.loads((directory / "ids.json").read_text(encoding="utf-8"))
            if meta.get("format") != _FORMAT:
                return None
            index = cls([], [])
            index.ids = list(meta["ids"])
            if index.ids:
                index._bm25 = bm25s.BM25.load(str(directory), show_progress=False, verbosity=0)
        except (OSError, ValueError, KeyError):
            return None
        return index


def bm25_matches(settings: Settings, ids: set[str]) -> bool:
    """Whether the saved BM25 index holds exactly these chunk ids.

    Compared by ids, not counts: an ingest killed after the store changed but before
    BM25 was saved can leave an old index of the same size.
    """
    saved = BM25Index.load(settings.bm25_dir)
    return saved is not None and len(saved) == len(ids) and set(saved.ids) == ids


def rebuild_bm25(settings: Settings, store: ChromaStore) -> BM25Index:
    chunks = store.all_chunks()
    index = BM25Index([c.id for c in chunks], [c.text for c in chunks])
    index.save(settings.bm25_dir)
    return index
