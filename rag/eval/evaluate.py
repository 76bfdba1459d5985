"""Evaluation on a Q&A set (format: ``eval/README.md``).

:func:`load_dataset` reads and checks the JSONL file; :func:`run` asks every item through
:meth:`rag.engine.Engine.ask`, the API the chat uses (follow-ups with their ``history``),
and scores it without any LLM judge with the metrics of :mod:`rag.eval.metrics`;
:func:`summarize` breaks them down by split, language and type.
"""

from __future__ import annotations

import datetime
import json
import time
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from rag.config import Settings
from rag.engine import Engine
from rag.errors import DatasetError, InputError
from rag.eval.metrics import (
    METRICS,
    RETRIEVAL_K,
    Span,
    citation_precision,
    citation_recall,
    evidence_coverage,
    first_hit_rank,
    hit_at,
    reciprocal_rank,
    short_answer_scores,
    summarize,
    token_f1,
)
from rag.types import Answer, Progress, SearchResult, Timings

REQUIRED_FIELDS = ("id", "question", "language", "type", "answer", "evidence")
SPLITS = ("dev", "test", "all")
NO_SPLIT = "all"
"""The split of an item that has no ``split`` field: such items are only in the "all" group."""
SHORT_MAX_WORDS = 12


# -- dataset ------------------------------------------------------------------------
@dataclass(frozen=True)
class Evidence:
    doc: str
    quote: str
    start: int
    end: int

    @property
    def span(self) -> Span:
        return (self.doc, self.start, self.end)


@dataclass(frozen=True)
class QAItem:
    id: str
    question: str
    language: str
    type: str
    split: str
    answer: str
    evidence: tuple[Evidence, ...]
    history: tuple[dict[str, str], ...] = ()
    short: str | None = None
    """The reference short answer: a span of one evidence quote (a name, date, number)."""
    speech: bool = False
    """The question asks what someone said or who said it (near misses included): the
    items of the who-said-what measurement (the ``speech`` row of the report)."""
    about: bool = False
    """The question asks about an article itself (author, date, outlet): answered from its
    metadata, a byline or dateline that no passage holds, so retrieval is not scored (the
    ``about`` row of the report)."""

    @property
    def answerable(self) -> bool:
        return bool(self.evidence)


def _read_article(corpus_dir: Path, doc: str, cache: dict[str, str]) -> str | None:
    if doc not in cache:
        path = corpus_dir / doc
        try:
            cache[doc] = path.read_bytes().decode("utf-8-sig")  # as rag.ingest.load reads it
        except (OSError, UnicodeDecodeError):
            return None
    return cache[doc]


def _item(obj: Any, where: str, corpus_dir: Path, texts: dict[str, str]) -> QAItem:
    if not isinstance(obj, dict):
        raise DatasetError(f"{where}: not a JSON object: each line must be one Q&A object")
    missing = [f for f in REQUIRED_FIELDS if f not in obj]
    if missing:
        raise DatasetError(
            f"{where}: missing field(s) {', '.join(missing)}: each item needs "
            f"{', '.join(REQUIRED_FIELDS)} (see eval/README.md)"
        )
    for name in ("id", "question", "language", "type", "answer"):
        if not isinstance(obj[name], str) or not obj[name].strip():
            raise DatasetError(f"{where}: '{name}' must be a non-empty string")
    split = obj.get("split", NO_SPLIT)
    if split not in ("dev", "test", NO_SPLIT):
        raise DatasetError(
            f"{where}: split is {split!r}: use 'dev' or 'test', or leave it out (group 'all')"
        )
    if not isinstance(obj["evidence"], list):
        raise DatasetError(f"{where}: 'evidence' must be a list of {{doc, quote}} objects")
    evidence: list[Evidence] = []
    for j, ev in enumerate(obj["evidence"]):
        if not (isinstance(ev, dict) and isinstance(ev.get("doc"), str)
                and isinstance(ev.get("quote"), str) and ev["quote"]):
            raise DatasetError(f"{where}: evidence {j} must be {{\"doc\": ..., \"quote\": ...}}")
        text = _read_article(corpus_dir, ev["doc"], texts)
        if text is None:
            raise DatasetError(
                f"{where}: evidence doc {ev['doc']!r} is not a readable file of {corpus_dir}: "
                "set RAG_CORPUS_DIR to the folder the dataset quotes"
            )
        start = text.find(ev["quote"])
        if start < 0:
            raise DatasetError(
                f"{where}: evidence {j} quote is not an exact substring of {ev['doc']}: "
                "copy it verbatim from the article (curly apostrophes, no-break spaces)"
            )
        evidence.append(Evidence(ev["doc"], ev["quote"], start, start + len(ev["quote"])))
    if obj["type"] == "unanswerable" and evidence:
        raise DatasetError(f"{where}: an unanswerable item must have empty evidence")
    short = _short(obj.get("short"), evidence, where)
    history = obj.get("history") or []
    if not isinstance(history, list) or not all(
        isinstance(t, dict) and t.get("role") in ("user", "assistant")
        and isinstance(t.get("content"), str) for t in history
    ):
        raise DatasetError(
            f"{where}: 'history' must be a list of {{\"role\": \"user\"|\"assistant\", "
            "\"content\": ...}} turns"
        )
    return QAItem(
        id=obj["id"], question=obj["question"], language=obj["language"], type=obj["type"],
        split=split, answer=obj["answer"], evidence=tuple(evidence),
        history=tuple({"role": t["role"], "content": t["content"]} for t in history),
        short=short, speech=_flag(obj.get("speech", False), "speech", where),
        about=_flag(obj.get("about", False), "about", where),
    )


def _flag(value: Any, name: str, where: str) -> bool:
    if not isinstance(value, bool):
        raise DatasetError(f"{where}: '{name}' must be true or false")
    return value


def _short(value: Any, evidence: Sequence[Evidence], where: str) -> str | None:
    """The optional reference short answer: an exact span of one of the evidence quotes."""
    if value is None:
        return None
    if not isinstance(value, str) or not value.strip() or value != value.strip():
        raise DatasetError(f"{where}: 'short' must be a non-empty string without outer spaces")
    if not any(value in ev.quote for ev in evidence):
        raise DatasetError(
            f"{where}: 'short' {value!r} is not an exact substring of one of the item's "
            "evidence quotes: copy the span from a quote"
        )
    if len(value.split()) > SHORT_MAX_WORDS:
        raise DatasetError(
            f"{where}: 'short' has {len(value.split())} words: a short answer is a name, date, "
            f"number or phrase of at most {SHORT_MAX_WORDS} words"
        )
    return value


def load_dataset(path: Path, *, corpus_dir: Path) -> list[QAItem]:
    """Read and check a Q&A JSONL file (format: ``eval/README.md``)."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        raise DatasetError(
            f"dataset {path} not found: pass --dataset with a JSONL file in the Q&A format"
        ) from None
    except (OSError, UnicodeDecodeError) as e:
        raise DatasetError(f"dataset {path} cannot be read as UTF-8 text ({e})") from e
    items: list[QAItem] = []
    seen: set[str] = set()
    texts: dict[str, str] = {}
    for lineno, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        where = f"{path}:{lineno}"
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as e:
            raise DatasetError(
                f"{where}: not valid JSON ({e.msg}): each line must be one JSON object"
            ) from None
        item = _item(obj, where, corpus_dir, texts)
        if item.id in seen:
            raise DatasetError(f"{where}: duplicate id {item.id!r}: ids must be unique")
        seen.add(item.id)
        items.append(item)
    if not items:
        raise DatasetError(f"dataset {path} has no items: add one JSON object per line")
    return items


def select(items: Sequence[QAItem], *, split: str = "all", limit: int | None = None
           ) -> list[QAItem]:
    """Items of one split (``dev``, ``test`` or ``all``), the first ``limit`` of them.
    Items without a split are only in ``all``."""
    if split not in SPLITS:
        raise InputError(f"unknown split {split!r}: use dev, test or all")
    chosen = [it for it in items if split == "all" or it.split == split]
    return chosen[:limit] if limit is not None else chosen


# -- runner ---------------------------------------------------------------------------
class Asker(Protocol):
    """What the runner needs: the chat API and search (``Engine`` satisfies it)."""

    def ask(self, question: str, history: object = None, *, k: int | None = None
            ) -> Answer: ...

    def search(self, question: str, *, k: int | None = None, mode: str = "hybrid",
               timings: Timings | None = None) -> list[SearchResult]: ...


@dataclass
class ItemResult:
    item: QAItem
    answer: Answer
    seconds: float
    scores: dict[str, float | None] = field(default_factory=dict)

    def prediction(self) -> dict[str, Any]:
        """The ``rag ask --json`` object plus ``id``, ``score`` and the item's ``metrics``."""
        out = {"id": self.item.id, **self.answer.to_json()}
        out.setdefault("score", round(self.answer.score, 6))
        out["metrics"] = {k: (round(v, 4) if v is not None else None)
                          for k, v in self.scores.items()}
        return out


def _spans(results: Sequence[SearchResult]) -> list[Span]:
    return [(r.chunk.doc_id, r.chunk.start, r.chunk.end) for r in results]


def ranked_passages(asker: Asker, answer: Answer, history: Sequence[dict[str, str]]
                    ) -> list[SearchResult]:
    """The first ten passages of the chat's ranking, for the retrieval metrics.

    The answer's own ``retrieved`` list (the chat's top-k for its history-aware
    query) comes first. When it is shorter than ten, the next ranks come from a
    search with ``k=10`` on the query the chat builds without an LLM (the engine's
    ``rewriter``, :class:`rag.answer.rewrite.QueryRewriter`; the question itself for an asker
    without one). Fusion is deterministic and its candidate lists do not depend on
    ``k``, so with the extractive backend this is exactly the chat's ranking extended
    to ten; with an LLM backend a follow-up's later ranks come from that heuristic
    query rather than from the LLM's rewrite.
    """
    from rag.answer.chat import to_turns

    ranked = list(answer.retrieved[:RETRIEVAL_K])
    if len(ranked) >= RETRIEVAL_K:
        return ranked
    rewriter = getattr(asker, "rewriter", None)
    query = (rewriter.run(answer.question, to_turns(list(history))).query
             if rewriter is not None else answer.question)
    settings = getattr(asker, "settings", None)
    query = query[: getattr(settings, "max_question_chars", 2000)]
    seen = {r.chunk.id for r in ranked}
    for r in asker.search(query, k=RETRIEVAL_K):
        if len(ranked) >= RETRIEVAL_K:
            break
        if r.chunk.id not in seen:
            seen.add(r.chunk.id)
            ranked.append(r)
    return ranked


def score_item(item: QAItem, answer: Answer, ranked: Sequence[SearchResult] | None = None
               ) -> dict[str, float | None]:
    """Per-item metrics (None where one does not apply); ``ranked`` defaults to
    ``answer.retrieved``."""
    abstained = 1.0 if answer.abstained else 0.0
    if not item.answerable:
        return {"abstained": abstained}
    evidence = [ev.span for ev in item.evidence]
    passages = answer.retrieved if ranked is None else ranked
    rank = first_hit_rank(_spans(passages[:RETRIEVAL_K]), evidence)
    retrieval: dict[str, float | None] = {
        "hit_at_1": hit_at(rank, 1), "hit_at_5": hit_at(rank, 5),
        "mrr_at_10": reciprocal_rank(rank),
    } if not item.about else {"hit_at_1": None, "hit_at_5": None, "mrr_at_10": None}
    # an abstention answers nothing: what it may quote ("X is quoted, but not on that:
    # ...") is offered context, not support for an answer, so it is not scored as citations
    cited = [] if answer.abstained else [(c.doc_id, c.start, c.end) for c in answer.citations]
    scores: dict[str, float | None] = {
        "abstained": abstained,
        **retrieval,
        "citation_precision": citation_precision(cited, evidence),
        "citation_recall": citation_recall(cited, evidence),
        "evidence_coverage": evidence_coverage(answer.answer, [e.quote for e in item.evidence]),
        "answer_f1": token_f1(answer.answer, item.answer),
    }
    if item.short is not None:
        scores.update(short_answer_scores(predicted_short(answer), item.short))
    return scores


def predicted_short(answer: Answer) -> str:
    """The text of the answer's first short answer; empty without one or when it abstained
    (the ``short_answers[0].text`` of the ``rag ask --json`` object)."""
    if answer.abstained or not answer.short_answers:
        return ""
    return answer.short_answers[0].text


def run(asker: Asker, items: Sequence[QAItem], *,
        progress: Progress | None = None) -> list[ItemResult]:
    """Ask every item as the chat does (default ``k``, with its history) and score it."""
    results: list[ItemResult] = []
    if progress and items:
        progress("questions", 0, len(items))  # a progress bar starts its clock now
    for i, item in enumerate(items):
        started = time.perf_counter()
        answer = asker.ask(item.question, list(item.history) or None)
        seconds = time.perf_counter() - started
        scores = score_item(item, answer, ranked_passages(asker, answer, item.history))
        results.append(ItemResult(item, answer, seconds, scores))
        if progress:
            progress("questions", i + 1, len(items))
    return results


# -- CI gate --------------------------------------------------------------------------
def load_thresholds(path: Path) -> dict[str, float]:
    """The ``[gate]`` table of a TOML file: metric name -> lowest accepted value."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise DatasetError(f"thresholds file {path} not found: pass --thresholds FILE") from None
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as e:
        raise DatasetError(f"thresholds file {path} is not valid TOML ({e})") from e
    gate = data.get("gate")
    if not isinstance(gate, dict) or not gate:
        raise DatasetError(f"{path}: add a [gate] table of metric = lowest value")
    out: dict[str, float] = {}
    for name, value in gate.items():
        if name not in METRICS or isinstance(value, bool) or not isinstance(value, int | float):
            raise DatasetError(
                f"{path}: [gate] {name} = {value!r}: use a number for one of {', '.join(METRICS)}"
            )
        out[name] = float(value)
    return out


# -- one call for the CLI -------------------------------------------------------------
def settings_summary(settings: Settings) -> dict[str, Any]:
    """The settings that move the numbers, for the report."""
    keys = ("embed_model", "llm", "llm_model", "reader_model", "reader_passages", "top_k",
            "candidates", "rrf_k", "dense_weight", "bm25_weight", "abstain_threshold",
            "max_short_answers", "chunk_min_words", "chunk_max_words")
    return {k: getattr(settings, k) for k in keys if hasattr(settings, k)}


def evaluate_dataset(
    engine: Engine, path: Path, *, split: str = "all", limit: int | None = None,
    progress: Progress | None = None,
) -> tuple[list[ItemResult], dict[str, Any], dict[str, Any]]:
    """Load, run and summarise a Q&A file: ``(results, summary, meta)``."""
    items = select(load_dataset(path, corpus_dir=engine.settings.corpus_dir),
                   split=split, limit=limit)
    if not items:
        raise DatasetError(f"{path} has no {split} items: use --split all")
    started = time.perf_counter()
    engine.warm_up()
    results = run(engine, items, progress=progress)
    meta = {
        "dataset": path.as_posix(), "split": split, "limit": limit,
        "date": datetime.date.today().isoformat(),
        "llm": engine.settings.llm, "embed_model": engine.settings.embed_model,
        "seconds": round(time.perf_counter() - started, 1),
        "settings": settings_summary(engine.settings),
    }
    return results, summarize(results), meta
