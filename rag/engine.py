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

from rag import lang
from rag.answer.about import (
    about_answer,
    asks_field,
    card_choice,
    cards,
    metadata_answer,
    names_the_press,
)
from rag.answer.attributed import SpeechReading
from rag.answer.chat import to_turns
from rag.answer.compose import compose, two_speakers
from rag.answer.generate import LLMAnswerer
from rag.answer.llm import EXTRACTIVE
from rag.answer.quoted import QuoteAnswerer
from rag.answer.rewrite import QueryRewriter, is_follow_up
from rag.answer.speech import SpeechQuestion
from rag.answer.windows import WindowPicker, restore
from rag.config import Settings
from rag.errors import IndexNotReadyError, InputError
from rag.ingest.attributions import Attribution
from rag.ingest.pipeline import IngestReport, ingest, read_corpus
from rag.ingest.quote_store import Quotes, outdated, quotes
from rag.read.reader import Reader
from rag.search.embed import Embedder, get_embedder
from rag.search.retrieve import Retriever
from rag.search.store import ChromaStore
from rag.types import Answer, Chunk, Progress, SearchResult, Timings

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def clean_question(question: object, *, max_chars: int) -> str:
    """A usable question, or an :class:`InputError` that says what to do."""
    if not isinstance(question, str):
        raise InputError("the question must be text: type a question in English, French or Spanish")
    text = question.encode("utf-8", "replace").decode("utf-8")  # lone surrogates -> '?'
    text = unicodedata.normalize("NFC", _CONTROL.sub(" ", text))
    text = " ".join(text.split())
    if not text:
        raise InputError("the question is empty: type a question in English, French or Spanish")
    if len(text) > max_chars:
        raise InputError(
            f"the question is {len(text):,} characters long; the limit is {max_chars:,}: "
            "ask a shorter question (or raise RAG_MAX_QUESTION_CHARS)"
        )
    if not any(ch.isalnum() for ch in text):
        raise InputError("the question has no words: type a question in English, French or Spanish")
    return text


def _named_in(answer: Answer) -> str:
    """The words of an earlier answer that may name who "he" is: its short answers, or
    the whole text of an answer given as plain history (no citations); not the cited
    passages, which name everyone."""
    if answer.short_answers:
        return "; ".join(sa.text for sa in answer.short_answers)
    return answer.answer if not answer.citations and not answer.abstained else ""


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

    def clear_cache(self) -> None:
        """Forget the query vectors the model keeps (benchmarks of a cold question)."""
        clear = getattr(get_embedder(self._settings), "clear_cache", None)
        if clear is not None:
            clear()

    @property
    def inner(self) -> Embedder:
        """The loaded model (span-aware encoding is found through it: rag.search.embed)."""
        return get_embedder(self._settings)


class Engine:
    """Search and answer over the indexed articles. Safe to share between threads.

    Composes the components, each built once: the :class:`Retriever` (dense + BM25 +
    fusion), the :class:`Reader` (answer spans), the extractive composer, one
    :class:`LLMAnswerer` per backend asked for, and the :class:`QueryRewriter`.
    """

    def __init__(self, settings: Settings | None = None) -> None:
        self.settings = settings or Settings()
        self._lock = threading.RLock()
        self.embedder: Embedder = _LazyEmbedder(self.settings)
        self.retriever = Retriever(self.settings, self.embedder)
        self.reader = Reader(self.settings)
        self.windows = WindowPicker(self.settings, self.embedder)
        self.rewriter = QueryRewriter(max_chars=self.settings.max_question_chars)
        self.quoted = QuoteAnswerer(self.settings, self.reader, self.embedder)
        self._answerers: dict[str, LLMAnswerer] = {}

    def answerer(self, name: str | None = None) -> LLMAnswerer | None:
        """The LLM answerer called ``name`` (default: settings.llm); None for extractive."""
        key = (name or self.settings.llm).strip().lower()
        if key == EXTRACTIVE:
            return None
        # an unknown name fails on first use with get_llm's message (it lists the backends)
        with self._lock:
            if key not in self._answerers:
                self._answerers[key] = LLMAnswerer(self.settings, key)
            return self._answerers[key]

    def warm_up(self) -> None:
        """Load the models and the indexes now rather than on the first question."""
        self.retriever.warm_up()
        self.reader.warm_up()
        if self.settings.speech_answers:
            self.quoted.index.warm_up(self.embedder)

    # -- public API -------------------------------------------------------------
    def ingest(
        self, paths: Sequence[Path] | None = None, *, rebuild: bool = False,
        progress: Progress | None = None,
    ) -> IngestReport:
        docs = read_corpus(paths or [self.settings.corpus_dir])
        report = ingest(self.settings, self.embedder, docs, rebuild=rebuild, progress=progress)
        self.retriever.reset()
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
        return self.retriever.run(text, k=k, mode=mode, timings=timings)

    def ask(self, question: str, history: object = None, *, k: int | None = None,
            answerer: str | None = None) -> Answer:
        """A short answer whose every claim cites a passage, or "the articles don't say".

        ``history`` is the earlier turns: a list of :class:`rag.answer.chat.Turn`, or plain
        ``[{"role": "user"|"assistant", "content": ...}]`` messages. ``answerer`` picks
        the backend for this question (default: ``settings.llm``).
        """
        final: Answer | None = None
        for item in self.ask_stream(question, history, k=k, answerer=answerer):
            if isinstance(item, Answer):
                final = item
        assert final is not None
        return final

    def ask_stream(
        self, question: str, history: object = None, *, k: int | None = None,
        answerer: str | None = None,
    ) -> Iterator[str | Answer]:
        """Like :meth:`ask`, streamed: text deltas, then the final :class:`Answer` last.

        With an LLM backend the deltas are the model's raw output; the final Answer is
        the checked one and its ``answer`` text is the one to keep."""
        started = time.perf_counter()
        s = self.settings
        text = clean_question(question, max_chars=s.max_question_chars)
        turns = to_turns(history)
        k = s.top_k if k is None else k
        if k < 1:
            raise InputError("k must be at least 1")
        llm = self.answerer(answerer)
        previous = next((t.question for t in reversed(turns) if t.question), "")
        language = lang.detect(text, default=lang.detect(previous) if previous else lang.DEFAULT)
        timings = Timings()
        t = time.perf_counter()
        last_speaker = turns[-1].answer.speaker if turns else None
        asked = [turn.question for turn in turns]
        answers = [_named_in(turn.answer) for turn in turns]
        referent = self.quoted.referent(asked, answers, last_speaker) \
            if turns and s.speech_answers and is_follow_up(text) else None
        rewrite = self.rewriter.run(text, turns, llm.llm if llm is not None else None,
                                    referent)
        timings.add("rewrite_ms", (time.perf_counter() - t) * 1000)
        t = time.perf_counter()
        results = self.retriever.run(rewrite.query, k=max(k, s.reader_passages),
                                     timings=timings)
        timings.add("search_ms", (time.perf_counter() - t) * 1000)
        shown = results[:k]
        about = about_answer(text, language, results)
        if about is not None:
            about.retrieved = shown
            yield about.answer
            yield self._finish(about, timings, started)
            return
        # who said what: answered from the attributions, quoted verbatim, whatever backend
        speech = self.quoted.parse(text, asked, last_speaker, answers, results) \
            if s.speech_answers else None
        if speech is not None and speech.others:  # "What did X and Y say?"
            two = two_speakers(text, language, (*speech.speakers, *speech.others), shown)
            yield two.answer
            yield self._finish(two, timings, started)
            return
        said: Answer | None = None
        heard: SpeechReading | None = None
        if speech is not None and speech.speakers:  # "What did X say ...?": X's words
            t = time.perf_counter()
            heard = self.quoted.read(text, speech.speakers)
            said = self.quoted.said(text, language, heard, shown, speech.named)
            timings.add("read_ms", (time.perf_counter() - t) * 1000)
        passages = results[: s.reader_passages]
        if said is not None:
            answer = said  # an LLM writes from the speaker's passages
            passages = [SearchResult(rank=1, chunk=c.passage, score=0.0)
                        for c in said.citations if c.passage is not None]
        else:
            t = time.perf_counter()
            windows = self.windows.run(rewrite.question, passages)
            # a question that names an article or the press: the reader also reads each
            # article's card (title, author, date, outlet), and answers from it when its
            # best span there beats the passages' ("Which journalist reported on …?")
            found = cards(results, language) if names_the_press(text) else []
            readings = restore(self.reader.run(rewrite.question, windows), passages)
            # read apart: a batch's int8 activations are scaled together
            choice = card_choice(found, self.reader.run(rewrite.question,
                                                        [c.passage for c in found])) \
                if found else None
            timings.add("read_ms", (time.perf_counter() - t) * 1000)
            if choice is not None and choice[2] > max((r.best for r in readings),
                                                      default=float("-inf")):
                meta = metadata_answer(text, language, shown, choice[0], choice[1])
                yield meta.answer
                yield self._finish(meta, timings, started)
                return
            answer = compose(text, language, shown, readings, threshold=s.abstain_threshold,
                             max_answers=s.max_short_answers, exclude=rewrite.exclude,
                             cross_threshold=s.cross_lingual_threshold,
                             gap=s.second_answer_gap)
            if answer.abstained and choice is not None and asks_field(text, choice[0]):
                # no passage answers, and the card holds what is asked: the article's date
                # for "What date is on the KBS report …?"
                meta = metadata_answer(text, language, shown, choice[0], choice[1])
                yield meta.answer
                yield self._finish(meta, timings, started)
                return
            answer = self._speech(answer, speech, heard, text, language, shown)
        if llm is None or answer.abstained:  # weak evidence: no LLM call, no invention
            if llm is not None:
                answer.backend = llm.name
            yield answer.answer
            yield self._finish(answer, timings, started)
            return
        t = time.perf_counter()
        for item in llm.stream(text, language, passages, answer):
            if isinstance(item, Answer):
                item.retrieved = shown
                timings.add("llm_ms", (time.perf_counter() - t) * 1000)
                yield self._finish(item, timings, started)
            else:
                yield item

    def quotes(self, speaker: str | None = None) -> Quotes:
        """Who is quoted saying what (``rag quotes``): every attribution, or a speaker's
        (a surname, a full name or an institution), with the speakers quoted, closest
        names first."""
        return quotes(self.settings, speaker)

    def passage_of(self, item: Attribution) -> Chunk | None:
        """The stored passage that holds an attribution's sentence."""
        return self.quoted.index.passage_of(item)

    def _speech(self, answer: Answer, speech: SpeechQuestion | None,
                heard: SpeechReading | None, text: str, language: str,
                shown: Sequence[SearchResult]) -> Answer:
        """The passages' answer to a question about speech, given with its speaker: kept
        when it cites the speaker asked about; "X is quoted, but not on that" when it does
        not; for "who said ...?", led by the speaker; "nobody called X" on an abstention."""
        if speech is None:
            return answer
        if speech.speakers and heard is not None:
            if not answer.abstained and self.quoted.cites_speaker(answer, speech.speakers):
                answer = self.quoted.with_words(answer, speech.speakers)
                answer.speaker = speech.speakers[0]
            elif speech.adjacent and heard.units:
                answer = self.quoted.not_on_topic(text, language, heard, shown)
        elif speech.kind == "who":
            # the speaker of the words the reader finds closest to the question, else the
            # speaker of the attribution the passages' answer cites (QuoteAnswerer.who)
            answer = self.quoted.who(text, language, shown, speech.among, answer)
        elif speech.unknown:  # "nobody called X", not someone else's words as X's
            answer = self.quoted.nobody(answer, speech.unknown, shown)
        return answer

    @staticmethod
    def _finish(answer: Answer, timings: Timings, started: float) -> Answer:
        answer.timings = {**timings.parts, "total_ms": (time.perf_counter() - started) * 1000}
        return answer

    def info(self) -> dict[str, Any]:
        """What is indexed, with which models, and where the data lives."""
        s = self.settings
        out: dict[str, Any] = {
            "data_dir": str(s.data_dir.resolve()),
            "corpus_dir": str(s.corpus_dir.resolve()),
            "embed_model": s.embed_model,
            "reader_model": s.reader_model,
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
        stale = outdated(s)
        out.update(
            articles=len(by_doc),
            chunks=sum(len(v) for v in by_doc.values()),
            documents=sorted(by_doc),
            indexed_with=store.embed_model,
            attributions=(f"{len(stale)} article(s) read by older rules: run 'rag ingest'"
                          if stale else "up to date"),
        )
        return out


class _QueryCache:
    """An embedder that serves query vectors computed beforehand in batches, so that the
    three retrievers share one encoding per question (and batches encode faster)."""

    def __init__(self, inner: Embedder) -> None:
        self.inner = inner
        self.model_id = inner.model_id
        self.dim = inner.dim
        self.vectors: dict[str, np.ndarray] = {}

    def embed_queries(self, texts: Sequence[str]) -> np.ndarray:
        if texts and all(t in self.vectors for t in texts):
            return np.stack([self.vectors[t] for t in texts])
        return self.inner.embed_queries(texts)

    def embed_passages(self, texts: Sequence[str]) -> np.ndarray:
        return self.inner.embed_passages(texts)


class BenchmarkEngine(Engine):
    """The real :class:`Engine` (same search and answer code) with batched query encoding."""

    def __init__(self, settings: Settings) -> None:
        super().__init__(settings)
        self._queries = _QueryCache(get_embedder(settings))
        self.embedder = self._queries
        self.retriever = Retriever(settings, self._queries)
        self.windows = WindowPicker(settings, self._queries)

    def encode_questions(self, questions: Sequence[str], *,
                         progress: Progress | None = None) -> None:
        """Encode questions now, as :meth:`Engine.search` will see them (cleaned)."""
        limit = self.settings.max_question_chars
        todo = list(dict.fromkeys(clean_question(q, max_chars=limit) for q in questions))
        step = 128
        for i in range(0, len(todo), step):
            batch = todo[i : i + step]
            for text, vector in zip(batch, self._queries.inner.embed_queries(batch),
                                    strict=True):
                self._queries.vectors[text] = vector
            if progress:
                progress("encode", min(i + step, len(todo)), len(todo))
