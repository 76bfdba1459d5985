"""Evaluation on a Q&A set: retrieval, citations, answer text and abstention.

Every item goes through :meth:`rag.engine.Engine.ask`, the API the chat uses
(follow-ups with their ``history``), and is scored without any LLM judge:

* retrieval: evidence hit@1, hit@5 and MRR@10, where a retrieved passage is a
  hit when its ``[start, end)`` span overlaps an evidence quote's span in the
  same article (quotes are located with ``raw_text.find(quote)``);
* citations, in the spirit of ALCE: precision is the share of cited spans that
  overlap an evidence span, recall the share of evidence quotes that some
  citation overlaps;
* answer text: evidence coverage (share of the evidence quotes' folded content
  tokens that the answer contains) and SQuAD token-F1 against the reference
  answer (mostly meaningful for LLM backends: the extractive answer quotes the
  French articles, so English references score low);
* abstention: accuracy on unanswerable items (it abstained) and false-abstention
  rate on answerable ones.

Everything is broken down by split, language and type (see :func:`summarize`).
"""

from __future__ import annotations

import datetime
import json
import re
import string
import time
import tomllib
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from rag.config import Settings
from rag.engine import Engine
from rag.errors import InputError
from rag.lexical import tokenize
from rag.types import Answer, SearchResult, Timings

RETRIEVAL_K = 10
"""Passages scored per item: MRR@10 needs the first ten."""

METRICS = (
    "hit_at_1", "hit_at_5", "mrr_at_10", "citation_precision", "citation_recall",
    "evidence_coverage", "answer_f1", "abstention_accuracy", "false_abstention_rate",
)
"""Aggregate metric names, in table order (also the keys of ``metrics.json``)."""

LABELS = {
    "hit_at_1": "hit@1", "hit_at_5": "hit@5", "mrr_at_10": "MRR@10",
    "citation_precision": "cit.P", "citation_recall": "cit.R",
    "evidence_coverage": "cover", "answer_f1": "F1",
    "abstention_accuracy": "abst.acc", "false_abstention_rate": "false.abst",
}
REQUIRED_FIELDS = ("id", "question", "language", "type", "split", "answer", "evidence")
SPLITS = ("dev", "test", "all")

Span = tuple[str, int, int]
"""``(doc_id, start, end)``: a character span of an article's raw text."""


class DatasetError(InputError):
    """A Q&A file (or a thresholds file) is not usable; the message says where and why."""


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

    @property
    def answerable(self) -> bool:
        return bool(self.evidence)


def _read_article(corpus_dir: Path, doc: str, cache: dict[str, str]) -> str | None:
    if doc not in cache:
        path = corpus_dir / doc
        try:
            cache[doc] = path.read_bytes().decode("utf-8-sig")  # as rag.load reads it
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
    for name in ("id", "question", "language", "type", "split", "answer"):
        if not isinstance(obj[name], str) or not obj[name].strip():
            raise DatasetError(f"{where}: '{name}' must be a non-empty string")
    if obj["split"] not in ("dev", "test"):
        raise DatasetError(f"{where}: split is {obj['split']!r}: use 'dev' or 'test'")
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
        split=obj["split"], answer=obj["answer"], evidence=tuple(evidence),
        history=tuple({"role": t["role"], "content": t["content"]} for t in history),
    )


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
    """Items of one split (``dev``, ``test`` or ``all``), the first ``limit`` of them."""
    if split not in SPLITS:
        raise InputError(f"unknown split {split!r}: use dev, test or all")
    chosen = [it for it in items if split == "all" or it.split == split]
    return chosen[:limit] if limit is not None else chosen


# -- metric functions -----------------------------------------------------------------
def overlaps(a: Span, b: Span) -> bool:
    """Two spans of the same article share at least one character."""
    return a[0] == b[0] and a[1] < b[2] and b[1] < a[2]


def first_hit_rank(retrieved: Sequence[Span], evidence: Sequence[Span]) -> int | None:
    """Rank (from 1) of the first retrieved span that overlaps some evidence span."""
    for rank, span in enumerate(retrieved, start=1):
        if any(overlaps(span, ev) for ev in evidence):
            return rank
    return None


def hit_at(rank: int | None, k: int) -> float:
    return 1.0 if rank is not None and rank <= k else 0.0


def reciprocal_rank(rank: int | None, k: int = RETRIEVAL_K) -> float:
    return 1.0 / rank if rank is not None and rank <= k else 0.0


def citation_precision(cited: Sequence[Span], evidence: Sequence[Span]) -> float | None:
    """Share of citations that overlap an evidence span (None without citations)."""
    if not cited:
        return None
    return sum(any(overlaps(c, ev) for ev in evidence) for c in cited) / len(cited)


def citation_recall(cited: Sequence[Span], evidence: Sequence[Span]) -> float | None:
    """Share of evidence spans that some citation overlaps (None without evidence)."""
    if not evidence:
        return None
    return sum(any(overlaps(c, ev) for c in cited) for ev in evidence) / len(evidence)


def evidence_coverage(answer: str, quotes: Sequence[str]) -> float | None:
    """Share of the quotes' folded content tokens (no stop words) found in the answer."""
    wanted = {t for q in quotes for t in tokenize(q)}
    if not wanted:
        return None
    return len(wanted & set(tokenize(answer))) / len(wanted)


_ARTICLES = re.compile(r"\b(?:le|la|les|un|une|des|du|de|the|a|an)\b")
_ELIDED = re.compile(r"\b[ld]'")
_PUNCT = str.maketrans("", "", string.punctuation + "«»“”‘’„…–—¿¡")


def normalize_answer(text: str) -> str:
    """SQuAD normalisation for French (and English): lower case, no elided or plain
    articles (l', d', le, la, les, un, une, des, du, de; the, a, an), no punctuation,
    single spaces. Accents are kept, as in the official SQuAD/FQuAD scripts."""
    text = text.lower().replace("’", "'")
    text = _ELIDED.sub(" ", text)
    text = _ARTICLES.sub(" ", text)
    text = text.translate(_PUNCT)
    return " ".join(text.split())


def token_f1(prediction: str, reference: str) -> float:
    """SQuAD token F1 between normalised texts."""
    pred, gold = normalize_answer(prediction).split(), normalize_answer(reference).split()
    if not pred or not gold:
        return float(pred == gold)
    same = sum((Counter(pred) & Counter(gold)).values())
    if same == 0:
        return 0.0
    p, r = same / len(pred), same / len(gold)
    return 2 * p * r / (p + r)


def exact_match(prediction: str, reference: str) -> float:
    return float(normalize_answer(prediction) == normalize_answer(reference))


def mean(values: Iterable[float | None]) -> float | None:
    kept = [v for v in values if v is not None]
    return sum(kept) / len(kept) if kept else None


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
    search with ``k=10`` on the query the chat builds without an LLM
    (:func:`rag.chat.retrieval_query`). Fusion is deterministic and its candidate
    lists do not depend on ``k``, so with the extractive backend this is exactly the
    chat's ranking extended to ten; with an LLM backend a follow-up's later ranks
    come from that heuristic query rather than from the LLM's rewrite.
    """
    from rag.chat import retrieval_query, validate_history

    ranked = list(answer.retrieved[:RETRIEVAL_K])
    if len(ranked) >= RETRIEVAL_K:
        return ranked
    query = retrieval_query(answer.question, validate_history(list(history)))
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
    cited = [(c.doc_id, c.start, c.end) for c in answer.citations]
    return {
        "abstained": abstained,
        "hit_at_1": hit_at(rank, 1),
        "hit_at_5": hit_at(rank, 5),
        "mrr_at_10": reciprocal_rank(rank),
        "citation_precision": citation_precision(cited, evidence),
        "citation_recall": citation_recall(cited, evidence),
        "evidence_coverage": evidence_coverage(answer.answer, [e.quote for e in item.evidence]),
        "answer_f1": token_f1(answer.answer, item.answer),
    }


def run(asker: Asker, items: Sequence[QAItem], *,
        progress: Callable[[int, int], None] | None = None) -> list[ItemResult]:
    """Ask every item as the chat does (default ``k``, with its history) and score it."""
    results: list[ItemResult] = []
    for i, item in enumerate(items):
        started = time.perf_counter()
        answer = asker.ask(item.question, list(item.history) or None)
        seconds = time.perf_counter() - started
        scores = score_item(item, answer, ranked_passages(asker, answer, item.history))
        results.append(ItemResult(item, answer, seconds, scores))
        if progress:
            progress(i + 1, len(items))
    return results


def aggregate(results: Sequence[ItemResult]) -> dict[str, Any]:
    """Mean of every metric over the items it applies to, plus counts and latency."""
    answerable = [r for r in results if r.item.answerable]
    unanswerable = [r for r in results if not r.item.answerable]
    out: dict[str, Any] = {"n": len(results), "answerable": len(answerable),
                           "unanswerable": len(unanswerable)}
    for name in METRICS[:8]:
        out[name] = mean(r.scores.get(name) for r in answerable)
    out["abstention_accuracy"] = mean(r.scores["abstained"] for r in unanswerable)
    out["false_abstention_rate"] = mean(r.scores["abstained"] for r in answerable)
    times = sorted(r.seconds for r in results)
    out["latency_ms_p50"] = round(1000 * times[len(times) // 2], 1) if times else None
    return out


def breakdown(results: Sequence[ItemResult]) -> dict[str, Any]:
    """``{"all": ..., "language": {lang: ...}, "type": {type: ...}}`` for these items."""
    out: dict[str, Any] = {"all": aggregate(results), "language": {}, "type": {}}
    for key in ("language", "type"):
        groups: dict[str, list[ItemResult]] = {}
        for r in results:
            groups.setdefault(getattr(r.item, key), []).append(r)
        out[key] = {name: aggregate(rs) for name, rs in sorted(groups.items())}
    return out


def summarize(results: Sequence[ItemResult]) -> dict[str, Any]:
    """Breakdowns for all items and for each split present (dev, test)."""
    out: dict[str, Any] = {"all": breakdown(results)}
    for split in ("dev", "test"):
        chosen = [r for r in results if r.item.split == split]
        if chosen:
            out[split] = breakdown(chosen)
    return out


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


def check_gate(metrics: dict[str, Any], thresholds: dict[str, float]) -> list[str]:
    """One line per metric under its threshold (``false_abstention_rate`` is an upper
    bound); an empty list means the gate passes."""
    failures: list[str] = []
    for name, limit in thresholds.items():
        value = metrics.get(name)
        if name == "false_abstention_rate":
            bad = value is None or value > limit
            rel = "above the maximum"
        else:
            bad = value is None or value < limit
            rel = "below the minimum"
        if bad:
            shown = "n/a" if value is None else f"{value:.3f}"
            failures.append(f"{name} = {shown} is {rel} {limit:.3f}")
    return failures


# -- one call for the CLI -------------------------------------------------------------
def settings_summary(settings: Settings) -> dict[str, Any]:
    """The settings that move the numbers, for the report."""
    keys = ("embed_model", "llm", "llm_model", "top_k", "candidates", "rrf_k", "dense_weight",
            "bm25_weight", "abstain_threshold", "chunk_min_words", "chunk_max_words")
    return {k: getattr(settings, k) for k in keys}


def evaluate_dataset(
    engine: Engine, path: Path, *, split: str = "all", limit: int | None = None,
    progress: Callable[[int, int], None] | None = None,
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
