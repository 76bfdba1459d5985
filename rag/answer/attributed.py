"""The attributions as something to read: a speaker's quoted sentences in their passages.

:class:`AttributionIndex` keeps the attributions extracted at ingest
(:mod:`rag.ingest.quote_store`) in memory, reloading them when ingest changes the store,
with the stored passages (chunks) that hold them. :meth:`AttributionIndex.units` turns a
speaker's attributions into reading units: the sentences of each attribution, merged with
the speaker's attributions next to them in the same passage (so that "Ce qui est moins
clair, a-t-il déclaré, ..." is read with the quote that follows), cut to that passage.
"""

from __future__ import annotations

import dataclasses
import threading
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np

from rag.answer.topic import content_words, topic_found, topic_words
from rag.config import Settings
from rag.ingest.attributions import Attribution
from rag.ingest.chunk import split_sentences
from rag.ingest.quote_store import FILE_NAME, quotes
from rag.ingest.speakers import bare_name
from rag.read.reader import Reading
from rag.search.embed import Embedder
from rag.search.store import ChromaStore
from rag.types import Chunk

UNIT_GAP = 2  # characters between two attributions' sentences that are read as one unit
MAX_UNIT_CHARS = 900  # a unit is cut here (about 150 words)


@dataclass(frozen=True)
class Unit:
    """Sentences of one passage holding some of a speaker's attributions."""

    chunk: Chunk  # cut to the unit: ``chunk.start:chunk.end`` are the unit's offsets
    passage: Chunk  # the whole stored chunk
    items: tuple[Attribution, ...]

    @property
    def key(self) -> tuple[str, int, int]:
        return self.chunk.doc_id, self.chunk.start, self.chunk.end


@dataclass(frozen=True)
class SpeechReading:
    """The speaker's units read with the question: per unit, the reader's margin for each
    of its attributions' words (``Reading.targets``) as the answer."""

    units: list[Unit]
    readings: list[Reading]  # same order as ``units``

    def best(self) -> tuple[Unit, Attribution, float] | None:
        """The unit where the reader finds its best span, that span's margin (how sure the
        reader is that the speaker's sentences answer: on the dev items of the shipped
        reader this separates answerable from near-miss questions better than the margin
        of the speaker's own words, AUC 0.81 vs 0.74) and, of the unit's attributions, the
        one whose words the reader scores highest as the answer span."""
        if not self.units:
            return None
        unit, reading = max(zip(self.units, self.readings, strict=True),
                            key=lambda p: p[1].best)
        scored = list(zip(unit.items, reading.targets, strict=False))
        top = max(scored, key=lambda p: p[1])[0] if scored else unit.items[0]
        return unit, top, reading.best

    def holding_best(self, unit: Unit) -> Attribution | None:
        """Of a unit's attributions, the one whose words hold the reader's best span in
        that unit ("250 millones de euros" for "¿Cuánto dinero anunció X?": the
        announcement, not X's other words; the shortest when several do); None when
        the span is outside every attribution's words."""
        reading = self.readings[self.units.index(unit)]
        if not reading.spans:
            return None
        found = reading.spans[0]
        holding = [a for a in unit.items
                   if a.content.start <= found.start and found.end <= a.content.end]
        return min(holding, key=lambda a: a.content.end - a.content.start, default=None)

    def on_topic(self, topic: Sequence[str],
                 alike: Callable[[Sequence[str], Sequence[str]], set[str]] | None = None,
                 names: Sequence[Collection[str]] = ()
                 ) -> tuple[Unit, Attribution, float, int] | None:
        """The attribution whose words hold at least half of the question's ``topic`` words
        (and the most of them; :func:`topic_words`), with its unit, the reader's margin
        for those words as the answer and how many they hold; None when none does. The
        reader scores what someone said low as the answer to "what did X say about Y" even
        when X's words are about Y
        ("This is a fair deal …" for "… about the deal?"); the words themselves say so.
        ``alike`` finds the topic words that are said in another language (the words of
        ``topic`` it is given that some of the second list's words translate). A name of
        several words (``names``: :func:`name_runs`) counts as one ("… about the pilots'
        pay at Air Vallée?" asks about three things, and words that name Air Vallée hold
        one of them)."""
        if not topic:
            return None

        def things(words: Collection[str]) -> int:
            return len({next((i for i, run in enumerate(names) if w in run), w)
                        for w in words})

        asked = things(topic)
        best: tuple[Unit, Attribution, float, int] | None = None
        for unit, reading in zip(self.units, self.readings, strict=True):
            for k, item in enumerate(unit.items):
                hits = things(topic_found(topic, content_words(item.content.text), alike))
                margin = reading.targets[k] if k < len(reading.targets) else reading.best
                if 2 * hits >= asked and (best is None or hits > best[3]):
                    best = (unit, item, margin, hits)
        return best


def similar_names(query: np.ndarray, vectors: np.ndarray, names: Sequence[str],
                  threshold: float) -> list[str]:
    """The names whose (query) vectors are closest to ``query``: the best when its cosine
    reaches ``threshold``, with those within 0.01 of it (spelling variants of one name)."""
    sims = vectors @ query
    best = float(sims.max()) if len(names) else -1.0
    if best < threshold:
        return []
    return [n for n, v in zip(names, sims.tolist(), strict=True) if v >= best - 0.01]


def who_choice(bests: Sequence[float], clears: bool, margin: float, fallback: float,
               open_: bool) -> int | None:
    """Which candidate answers "Who said ...?" (``bests``: each one's best span margin,
    closest to the question first): the closest when it ``clears`` the speech threshold,
    unless another's margin beats it by ``margin``; when it does not, and the passages'
    answer gives no speaker (``open_``), the best when it reaches ``fallback``; else None."""
    if not bests:
        return None
    best = max(range(len(bests)), key=lambda i: bests[i])
    if clears:
        return best if bests[best] >= bests[0] + margin else 0
    return best if open_ and bests[best] >= fallback else None


def continued(item: Attribution, items: Sequence[Attribution]) -> list[Attribution]:
    """The speaker's quote right after ``item`` ("Ce qui est moins clair, a-t-il déclaré,
    c'est ...", then the question marks of « De l'argent liquide ? ... »)."""
    after = sorted((a for a in items if a.content.start >= item.content.end
                    and a.speaker == item.speaker), key=lambda a: a.content.start)
    if after and after[0].sentence.start <= item.sentence.end + UNIT_GAP \
            and not overlaps(after[0].content.start, after[0].content.end,
                              item.content.start, item.content.end):
        return after[:1]
    return []


def descriptions(speakers: Sequence[str], items: Sequence[Attribution]) -> list[str]:
    """How the articles name each speaker: their titles and the words that name them where
    they speak ("présidente du jury; la présidente du jury, Hélène Vidal"), and an unnamed
    source's own words ("un membre du jury"); one pass over the attributions."""
    said: dict[str, set[str]] = {s: ({s} if s[:1].islower() else set()) for s in speakers}
    for a in items:
        if a.speaker in said:
            if a.speaker_title:
                said[a.speaker].add(a.speaker_title)
            if a.speaker_span is not None and a.resolved_by in DESCRIBED_BY:
                said[a.speaker].add(a.speaker_span.text)
    return ["; ".join(sorted(said[s])) or s for s in speakers]


DESCRIBED_BY = ("as_written", "role", "name", "statement")  # speaker words that describe


def overlaps(a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    return a_start < b_end and b_start < a_end


@lru_cache(maxsize=65536)
def _sentences(text: str) -> tuple[tuple[int, int], ...]:
    """The sentence spans of an attribution's words, split once: "who said" compares the
    question with every attribution's sentences on each question."""
    return tuple(split_sentences(text))


def _stat(path: Path) -> tuple[float, int]:
    """A file's modification time and size, zeros when it is gone (SQLite removes its WAL
    file when the last connection closes, so it can vanish between two calls)."""
    try:
        stat = path.stat()
    except FileNotFoundError:
        return 0.0, 0
    return stat.st_mtime, stat.st_size


class AttributionIndex:
    """The stored attributions and their passages (cheap constructor; loads on first use,
    reloads when ingest changes the store). Thread-safe."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._lock = threading.Lock()
        self._stamp: tuple[float, int] | None = None
        self._items: list[Attribution] = []
        self._chunks: dict[str, list[Chunk]] = {}
        self._vectors: dict[tuple[object, ...], np.ndarray] = {}

    def items(self) -> list[Attribution]:
        """Every stored attribution (none before the first ingest)."""
        path = self.settings.data_dir / FILE_NAME
        if not path.is_file():
            return []
        mtime, size = _stat(path)
        stamp = (max(mtime, _stat(path.with_name(path.name + "-wal"))[0]), size)
        with self._lock:
            if stamp != self._stamp:
                self._items = quotes(self.settings).items
                self._chunks = {}
                self._vectors = {}
                self._stamp = stamp
            return self._items

    def speakers(self) -> tuple[list[str], dict[str, str | None]]:
        """The speakers quoted, and the title of each (when the articles give one)."""
        items = self.items()
        names = list(dict.fromkeys(a.speaker for a in items if a.speaker))
        titles: dict[str, str | None] = {}
        for a in items:
            if a.speaker and a.speaker_title and not titles.get(a.speaker):
                titles[a.speaker] = a.speaker_title
        return names, titles

    def doc_chunks(self, doc_id: str) -> list[Chunk]:
        """The stored chunks of one article, in order."""
        if doc_id not in self._chunks:
            store = ChromaStore(self.settings)
            ids = list(store.ids_by_doc().get(doc_id, {}))
            chunks = sorted(store.get(ids).values(), key=lambda c: c.start)
            with self._lock:
                self._chunks[doc_id] = chunks
        return self._chunks[doc_id]

    def chunk_for(self, doc_id: str, start: int, end: int) -> Chunk | None:
        """The stored chunk holding most of ``start:end``."""
        best, size = None, 0
        for c in self.doc_chunks(doc_id):
            inside = min(end, c.end) - max(start, c.start)
            if inside > size:
                best, size = c, inside
        return best

    def passage_of(self, item: Attribution) -> Chunk | None:
        """The stored chunk that holds ``item``'s sentence."""
        return self.chunk_for(item.doc_id, item.sentence.start, item.sentence.end)

    def units(self, speakers: Sequence[str]) -> list[Unit]:
        """The speakers' attributions as reading units, in article order."""
        items = sorted((a for a in self.items() if a.speaker in speakers),
                       key=lambda a: (a.doc_id, a.sentence.start))
        groups: list[tuple[Chunk, list[Attribution]]] = []
        for a in items:
            passage = self.passage_of(a)
            if passage is None:
                continue
            last = groups[-1][1] if groups else None
            if last and groups[-1][0] is passage and \
                    a.sentence.start <= max(x.sentence.end for x in last) + UNIT_GAP and \
                    a.sentence.end - last[0].sentence.start <= MAX_UNIT_CHARS:
                last.append(a)  # a unit stays inside one passage: it is cut to it
            else:
                groups.append((passage, [a]))
        out: list[Unit] = []
        for passage, group in groups:
            start = min(a.sentence.start for a in group)
            end = max(a.sentence.end for a in group)
            start, end = max(start, passage.start), min(end, passage.end)
            if end <= start:
                continue
            text = passage.text[start - passage.start:end - passage.start]
            piece = dataclasses.replace(passage, start=start, end=end, text=text)
            out.append(Unit(piece, passage, tuple(group)))
        return out

    def warm_up(self, embedder: Embedder) -> None:
        """Load the attributions and embed what questions are compared with (every
        speaker's name, every attribution's words), so that no first question pays for it
        (about a second for the bundled articles)."""
        names, _ = self.speakers()
        if names:
            self.name_vectors(names, embedder)
            said = [a for a in self.items() if a.speaker]
            self.content_vectors(said, embedder)
            self.sentence_vectors(said, embedder)

    def content_vectors(self, items: Sequence[Attribution], embedder: Embedder) -> np.ndarray:
        """The passage vectors of attributions' words (computed once per store version)."""
        return self._cached([("content", a.doc_id, a.content.start, a.content.end)
                             for a in items], [a.content.text for a in items],
                            embedder.embed_passages)

    def said_closeness(self, query: np.ndarray, items: Sequence[Attribution],
                       embedder: Embedder) -> np.ndarray:
        """How close a query vector is to each attribution's words: the cosine to the words
        as a whole, or to the closest of their sentences when that is higher. A long quote
        is several claims, and its vector is their average ("Who described the cooperation
        as dangerous and growing?" and a 90-word quote whose first sentence says so). On
        the who-said questions of the 27 new-article sets the right speaker's words are the
        closest for 110 of 170, against 106 by the words as a whole."""
        best: np.ndarray = self.content_vectors(items, embedder) @ query
        owners, vectors = self.sentence_vectors(items, embedder)
        if owners:
            for i, sim in zip(owners, vectors @ query, strict=True):
                best[i] = max(best[i], float(sim))
        return best

    def sentence_vectors(self, items: Sequence[Attribution], embedder: Embedder
                         ) -> tuple[list[int], np.ndarray]:
        """The passage vectors of the sentences of attributions' words that hold more than
        one sentence, with the index in ``items`` of the words each comes from (computed
        once per store version)."""
        pieces = [(i, a.content.start + s, a.content.start + e)
                  for i, a in enumerate(items)
                  for spans in [_sentences(a.content.text)] if len(spans) > 1
                  for s, e in spans]
        if not pieces:
            return [], np.zeros((0, 0), dtype=np.float32)
        texts = [items[i].content.text[s - items[i].content.start:e - items[i].content.start]
                 for i, s, e in pieces]
        vectors = self._cached([("piece", items[i].doc_id, s, e) for i, s, e in pieces],
                               texts, embedder.embed_passages)
        return [i for i, _, _ in pieces], vectors

    def words_alike(self, topic: Sequence[str], words: Sequence[str], embedder: Embedder,
                    limit: float) -> set[str]:
        """The ``topic`` words that one of ``words`` translates: their query vectors'
        cosine reaches ``limit`` ("housing" / "logement"); none when ``limit`` is over 1."""
        if not topic or not words or limit > 1:
            return set()
        sims = self.word_vectors(topic, embedder) @ self.word_vectors(words, embedder).T
        return {w for w, row in zip(topic, sims, strict=True) if float(row.max()) >= limit}

    def holds_topic(self, question: str, item: Attribution, embedder: Embedder,
                    limit: float) -> bool:
        """Do ``item``'s words hold at least half of the question's topic words (by their
        first letters, or translated: :meth:`words_alike`)? "Who said the couriers are
        workers, not entrepreneurs?" / "no somos emprendedores, somos trabajadores"."""
        topic = topic_words(question, [])
        found = topic_found(topic, content_words(item.content.text),
                            lambda t, w: self.words_alike(t, w, embedder, limit))
        return bool(topic) and 2 * len(found) >= len(topic)

    def closeness(self, question: str, items: Sequence[Attribution],
                  embedder: Embedder) -> list[float]:
        """The cosine of the question to each attribution's words (the embeddings)."""
        q = np.asarray(embedder.embed_queries([question]))[0]
        return [float(v) for v in self.content_vectors(items, embedder) @ q]

    def word_vectors(self, words: Sequence[str], embedder: Embedder) -> np.ndarray:
        """Single words as query vectors (computed once per store version)."""
        return self._cached([("word", w) for w in words], list(words), embedder.embed_queries)

    def name_vectors(self, names: Sequence[str], embedder: Embedder) -> np.ndarray:
        """The speakers' names, without their articles, as query vectors (a name in a
        question is compared with them: query to query; computed once per store version)."""
        return self._cached([("name", n) for n in names], [bare_name(n) for n in names],
                            embedder.embed_queries)

    def description_vectors(self, speakers: Sequence[str], embedder: Embedder) -> np.ndarray:
        """Each speaker as the articles describe them (:func:`descriptions`), as passage
        vectors (computed once per store version)."""
        texts = descriptions(speakers, self.items())
        return self._cached([("described", s, t) for s, t in zip(speakers, texts, strict=True)],
                            texts, embedder.embed_passages)

    def vectors(self, units: Sequence[Unit], embedder: Embedder) -> np.ndarray:
        """The units' passage vectors (computed once per store version)."""
        return self._cached([u.key for u in units], [u.chunk.text for u in units],
                            embedder.embed_passages)

    def _cached(self, keys: Sequence[tuple[object, ...]], texts: Sequence[str],
                embed: Callable[[list[str]], Any]) -> np.ndarray:
        """The vectors of ``texts`` under ``keys``, embedding only those not seen yet."""
        missing = [(k, t) for k, t in zip(keys, texts, strict=True) if k not in self._vectors]
        if missing:
            found = embed([t for _, t in missing])
            with self._lock:
                self._vectors.update({k: v for (k, _), v in zip(missing, found, strict=True)})
        return np.stack([self._vectors[k] for k in keys])
