"""PIAF v1.0 (French SQuAD-format QA) as a retrieval and answering benchmark.

The 761 Wikipedia paragraphs become a corpus of their own (one in-memory document
per paragraph, in a separate data directory and Chroma collection), each
question's gold passage is the paragraph it was written on, and a retrieved chunk
is a hit when it belongs to that paragraph (long paragraphs may be cut into
several chunks). BM25 alone, dense alone and the hybrid are scored side by side
on the same questions. The extractive answer is scored with SQuAD F1/EM: its
prediction is the text of the cited sentence(s), so this measures sentence-level
extraction and F1 is bounded well below 1 (a sentence is longer than a span).
"""

from __future__ import annotations

import hashlib
import json
import random
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from rag.config import Settings
from rag.embed import Embedder, get_embedder
from rag.engine import Engine, clean_question
from rag.evaluate import (
    RETRIEVAL_K,
    DatasetError,
    exact_match,
    hit_at,
    mean,
    normalize_answer,
    reciprocal_rank,
    token_f1,
)
from rag.index import Documents, Progress, ingest
from rag.retrieve import Retriever
from rag.types import Document

DEFAULT_PATH = Path("eval/datasets/piaf/piaf-v1.0.json")
MODES = ("bm25", "dense", "hybrid")
BM25_REFERENCE = {"hit_at_1": 0.664, "hit_at_5": 0.834, "mrr_at_10": 0.736}
"""bm25s with accent folding and French stop words, measured when the issue was written."""
ANSWER_SAMPLE = 1000
"""Questions answered by default: the extractive answerer embeds every sentence and word
of the passages it reads, which on two CPU cores costs seconds per new passage."""


@dataclass(frozen=True)
class PiafQuestion:
    id: str
    question: str
    doc_id: str
    answers: tuple[str, ...]
    title: str = ""


@dataclass(frozen=True)
class PiafData:
    path: Path
    sha256: str
    documents: list[Document]
    questions: list[PiafQuestion]


def load_piaf(path: Path = DEFAULT_PATH, *, max_paragraphs: int | None = None) -> PiafData:
    """Paragraphs as documents (``piaf/<article>-<paragraph>``) and their questions."""
    try:
        raw = path.read_bytes()
        data = json.loads(raw.decode("utf-8"))
    except FileNotFoundError:
        raise DatasetError(
            f"benchmark file {path} not found: run from the repository root or pass "
            "--dataset with a SQuAD-format JSON file"
        ) from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as e:
        raise DatasetError(f"benchmark file {path} is not UTF-8 JSON ({e})") from e
    articles = data.get("data") if isinstance(data, dict) else None  # SQuAD v1.1 layout
    if not isinstance(articles, list):
        raise DatasetError(f"{path}: not SQuAD format: expected {{\"data\": [articles]}}")
    docs: list[Document] = []
    questions: list[PiafQuestion] = []
    try:
        for a, article in enumerate(articles):
            for p, para in enumerate(article["paragraphs"]):
                if max_paragraphs is not None and len(docs) >= max_paragraphs:
                    break
                context = para["context"]
                doc_id = f"piaf/{a:03d}-{p:02d}"
                start = len(context) - len(context.lstrip())
                end = len(context.rstrip())
                if end <= start:
                    continue
                docs.append(Document(
                    doc_id=doc_id, source=f"{path}#{doc_id}", raw_text=context,
                    blocks=((start, end),), title=str(article.get("title", "")) or doc_id,
                    language="fr",
                ))
                for qa in para["qas"]:
                    answers = tuple(str(x["text"]) for x in qa.get("answers", []))
                    if str(qa["question"]).strip() and answers:
                        questions.append(PiafQuestion(str(qa["id"]), str(qa["question"]),
                                                      doc_id, answers, docs[-1].title))
    except (KeyError, TypeError, AttributeError) as e:
        raise DatasetError(
            f"{path}: not SQuAD format ({type(e).__name__}: {e}): each article needs "
            "paragraphs with context and qas"
        ) from e
    if not questions:
        raise DatasetError(f"{path}: no answerable questions found")
    return PiafData(path, hashlib.sha256(raw).hexdigest(), docs, questions)


def subsample(questions: Sequence[PiafQuestion], limit: int | None, *, seed: int = 0
              ) -> list[PiafQuestion]:
    """``limit`` questions drawn with a fixed seed, in file order (all when None)."""
    if limit is None or limit >= len(questions):
        return list(questions)
    keep = sorted(random.Random(seed).sample(range(len(questions)), limit))
    return [questions[i] for i in keep]


def split_questions(data: PiafData, questions: Sequence[PiafQuestion], name: str
                    ) -> tuple[list[PiafQuestion], str]:
    """The questions of split ``name`` (by article title, ``eval/datasets/piaf/split.json``)
    when ``data`` is the file the split was made from; all questions otherwise."""
    from rag.reader_data import SPLIT_PATH

    try:
        split = json.loads(SPLIT_PATH.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return list(questions), "all"
    if split.get("sha256") != data.sha256:
        return list(questions), "all"
    titles = set(split["titles"][name])
    return [q for q in questions if q.title in titles], name


def benchmark_settings(settings: Settings, data: PiafData) -> Settings:
    """Its own data directory per dataset version, sharing the converted models."""
    return settings.model_copy(update={
        "data_dir": settings.data_dir / "benchmarks" / f"piaf-{data.sha256[:12]}",
        "model_cache_dir": settings.models_dir,
        "collection": "piaf",
    })


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

    def encode_questions(self, questions: Sequence[str], *,
                         progress: Callable[[int, int], None] | None = None) -> None:
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
                progress(min(i + step, len(todo)), len(todo))


def run_retrieval(engine: Engine, questions: Sequence[PiafQuestion], *,
                  progress: Callable[[int, int], None] | None = None) -> dict[str, Any]:
    """hit@1, hit@5 and MRR@10 of each retriever (``bm25``, ``dense``, ``hybrid``)."""
    rows: dict[str, list[tuple[float, float, float]]] = {m: [] for m in MODES}
    seconds = dict.fromkeys(MODES, 0.0)
    for i, q in enumerate(questions):
        for mode in MODES:
            t = time.perf_counter()
            results = engine.search(q.question, k=RETRIEVAL_K, mode=mode)
            seconds[mode] += time.perf_counter() - t
            rank = next((r.rank for r in results if r.chunk.doc_id == q.doc_id), None)
            rows[mode].append((hit_at(rank, 1), hit_at(rank, 5), reciprocal_rank(rank)))
        if progress:
            progress(i + 1, len(questions))
    n = max(len(questions), 1)
    return {
        mode: {
            "hit_at_1": mean(r[0] for r in rows[mode]),
            "hit_at_5": mean(r[1] for r in rows[mode]),
            "mrr_at_10": mean(r[2] for r in rows[mode]),
            "ms_per_query": round(1000 * seconds[mode] / n, 1),
        }
        for mode in MODES
    }


def run_answers(engine: Engine, questions: Sequence[PiafQuestion], *,
                progress: Callable[[int, int], None] | None = None) -> dict[str, Any]:
    """SQuAD F1/EM of the answer as the product gives it: the prediction is the first short
    answer (empty when the answer abstains); *gold in citation*: the gold span is inside
    the cited text."""
    f1: list[float] = []
    em: list[float] = []
    contains: list[float] = []
    abstained: list[float] = []
    started = time.perf_counter()
    for i, q in enumerate(questions):
        answer = engine.ask(q.question)
        prediction = answer.short_answers[0].text if answer.short_answers else ""
        f1.append(max(token_f1(prediction, gold) for gold in q.answers))
        em.append(max(exact_match(prediction, gold) for gold in q.answers))
        cited = normalize_answer(" ".join(c.text for c in answer.citations))
        contains.append(float(any(normalize_answer(g) in cited for g in q.answers)))
        abstained.append(float(answer.abstained))
        if progress:
            progress(i + 1, len(questions))
    return {
        "questions": len(questions), "f1": mean(f1), "exact_match": mean(em),
        "gold_in_citation": mean(contains), "abstention_rate": mean(abstained),
        "ms_per_question": round(1000 * (time.perf_counter() - started)
                                 / max(len(questions), 1), 1),
    }


def _f(v: Any) -> str:
    return "–" if v is None else f"{v:.3f}"


def piaf_markdown(result: dict[str, Any]) -> str:
    meta = result["meta"]
    lines = [
        "# PIAF v1.0 benchmark", "",
        f"{result['questions']:,} questions over {meta['paragraphs']:,} French Wikipedia "
        f"paragraphs ({meta['chunks']:,} chunks), `{meta['dataset']}` (MIT, see "
        "`eval/datasets/piaf/PIAF_LICENSE.txt`). "
        + (f"Deterministic subsample of {result['questions']:,} questions (seed 0). "
           if meta.get("limit") else "All questions. ")
        + f"Embedding model `{meta['embed_model']}`; fusion: reciprocal rank fusion with "
        f"rrf_k={meta['rrf_k']}, {meta['candidates']} candidates per retriever, weights "
        f"dense {meta['dense_weight']:g} / BM25 {meta['bm25_weight']:g} (in the hybrid the "
        "BM25 weight is scaled by the share of query terms the index knows).", "",
        "A retrieved chunk is a hit when it comes from the question's gold paragraph. "
        "Questions are encoded once, in batches, before the three retrievers run; "
        "*ms/query* is the search time after that (CPU timings depend on the machine's load).",
        "",
        "## Retrieval", "",
        "| retriever | hit@1 | hit@5 | MRR@10 | ms/query |", "|---|---|---|---|---|",
    ]
    for mode in MODES:
        r = result["retrieval"][mode]
        lines.append(f"| {mode} | {_f(r['hit_at_1'])} | {_f(r['hit_at_5'])} | "
                     f"{_f(r['mrr_at_10'])} | {r['ms_per_query']} |")
    ref = BM25_REFERENCE
    lines.append(f"| bm25 (reference in the issue) | {ref['hit_at_1']:.3f} | "
                 f"{ref['hit_at_5']:.3f} | {ref['mrr_at_10']:.3f} | |")
    if "answer" in result:
        a = result["answer"]
        lines += [
            "", "## Answers as the product gives them (SQuAD-style)", "",
            f"{a['questions']:,} questions of the `{a.get('split', 'all')}` split "
            "(`eval/datasets/piaf/split.json`; the reader never trained or tuned on it), each "
            "searched in the whole corpus and answered by `Engine.ask`. The prediction is the "
            "first short answer (empty when the answer abstains); *gold in citation*: the "
            "gold span is inside the cited text.", "",
            "| F1 | EM | gold in citation | abstained | ms/question |", "|---|---|---|---|---|",
            f"| {_f(a['f1'])} | {_f(a['exact_match'])} | {_f(a['gold_in_citation'])} | "
            f"{_f(a['abstention_rate'])} | {a['ms_per_question']} |",
        ]
    if "reader_pairs" in result:
        r = result["reader_pairs"]
        lines += [
            "", "## The reader alone (gold paragraph vs a no-answer paragraph)", "",
            f"Each of the {r['has_answer']:,} `{r['split']}` questions read with its own "
            f"paragraph (EM/F1 of the best span) and with {r['no_answer']:,} no-answer "
            "paragraphs (same article, or BM25's best other paragraph). *answered* and "
            f"*no-answer accuracy* at the threshold {r['threshold']}; AUC: how well each score "
            "tells the two apart.", "",
            "| EM | F1 | has-answer answered | no-answer accuracy | AUC span margin | "
            "AUC relevance head |", "|---|---|---|---|---|---|",
            f"| {_f(r['em'])} | {_f(r['f1'])} | {_f(r['has_answer_answered'])} | "
            f"{_f(r['no_answer_accuracy'])} | {_f(r['auc_span_margin'])} | "
            f"{_f(r['auc_relevance_head'])} |",
        ]
    if "before" in result:
        lines += ["", "Before the reader (the sentence picker, commit f394720, same split): "
                  + result["before"], ""]
    lines += ["", f"Total time {meta['seconds']:.0f} s (ingest {meta['ingest_seconds']:.0f} s, "
              f"{meta['embedded']} chunks embedded this run).", ""]
    return "\n".join(lines)


def write_piaf_report(result: dict[str, Any], out_dir: Path) -> dict[str, Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    md, js = out_dir / "piaf.md", out_dir / "piaf.json"
    md.write_text(piaf_markdown(result), encoding="utf-8")
    js.write_text(json.dumps(result, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return {"report": md, "metrics": js}


def _stage(progress: Progress | None, stage: str) -> Callable[[int, int], None] | None:
    if progress is None:
        return None
    return lambda done, total: progress(stage, done, total)


def benchmark(
    settings: Settings, path: Path = DEFAULT_PATH, *, limit: int | None = None,
    answers: int = ANSWER_SAMPLE, max_paragraphs: int | None = None,
    progress: Progress | None = None,
) -> dict[str, Any]:
    """Index the benchmark (cached between runs), score retrieval on ``limit`` questions
    (all when None) and the extractive answer on ``answers`` of them (0: none); both
    subsamples are deterministic. ``progress(stage, done, total)`` is called with the
    stages ``embed``, ``retrieval`` and ``answers``."""
    started = time.perf_counter()
    data = load_piaf(path, max_paragraphs=max_paragraphs)
    engine = BenchmarkEngine(benchmark_settings(settings, data))
    report = ingest(engine.settings, engine.embedder, Documents(data.documents, exact=True),
                    progress=progress)
    ingest_seconds = time.perf_counter() - started
    engine.warm_up()
    questions = subsample(data.questions, limit)
    engine.encode_questions([q.question for q in questions], progress=_stage(progress, "encode"))
    result: dict[str, Any] = {
        "questions": len(questions),
        "retrieval": run_retrieval(engine, questions, progress=_stage(progress, "retrieval")),
    }
    if answers > 0:
        pool, split = split_questions(data, data.questions, "eval")
        result["answer"] = run_answers(engine, subsample(pool, answers),
                                       progress=_stage(progress, "answers"))
        result["answer"]["split"] = split
        if split == "eval":  # the reader alone: gold paragraph vs a no-answer paragraph
            from rag.reader_eval import piaf_pairs

            result["reader_pairs"] = piaf_pairs(settings, split="eval",
                                                progress=_stage(progress, "pairs"))
    s = engine.settings
    result["meta"] = {
        "dataset": path.as_posix(), "sha256": data.sha256, "limit": limit,
        "paragraphs": len(data.documents), "chunks": report.chunks, "embedded": report.added,
        "embed_model": s.embed_model, "rrf_k": s.rrf_k, "candidates": s.candidates,
        "dense_weight": s.dense_weight, "bm25_weight": s.bm25_weight,
        "abstain_threshold": s.abstain_threshold, "data_dir": str(s.data_dir),
        "ingest_seconds": round(ingest_seconds, 1),
        "seconds": round(time.perf_counter() - started, 1),
    }
    return result
