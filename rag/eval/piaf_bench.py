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

import json
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from rag.config import Settings
from rag.engine import BenchmarkEngine, Engine
from rag.eval.calibrate import piaf_pairs
from rag.eval.datasets import (
    PIAF_PATH,
    PiafQuestion,
    benchmark_settings,
    load_piaf,
    split_questions,
    subsample,
)
from rag.eval.metrics import (
    RETRIEVAL_K,
    exact_match,
    hit_at,
    mean,
    normalize_answer,
    reciprocal_rank,
    token_f1,
)
from rag.ingest.pipeline import Documents, ingest
from rag.types import Progress

MODES = ("bm25", "dense", "hybrid")
BM25_REFERENCE = {"hit_at_1": 0.664, "hit_at_5": 0.834, "mrr_at_10": 0.736}
"""bm25s with accent folding and French stop words, measured when the issue was written."""
ANSWER_SAMPLE = 1000
"""Questions answered by default: the extractive answerer embeds every sentence and word
of the passages it reads, which on two CPU cores costs seconds per new passage."""


def run_retrieval(engine: Engine, questions: Sequence[PiafQuestion], *,
                  progress: Progress | None = None) -> dict[str, Any]:
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
            progress("retrieval", i + 1, len(questions))
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
                progress: Progress | None = None) -> dict[str, Any]:
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
            progress("answers", i + 1, len(questions))
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


def benchmark(
    settings: Settings, path: Path = PIAF_PATH, *, limit: int | None = None,
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
    engine.encode_questions([q.question for q in questions], progress=progress)
    result: dict[str, Any] = {
        "questions": len(questions),
        "retrieval": run_retrieval(engine, questions, progress=progress),
    }
    if answers > 0:
        pool, split = split_questions(data, data.questions, "eval")
        result["answer"] = run_answers(engine, subsample(pool, answers),
                                       progress=progress)
        result["answer"]["split"] = split
        if split == "eval":  # the reader alone: gold paragraph vs a no-answer paragraph
            result["reader_pairs"] = piaf_pairs(settings, split="eval",
                                                progress=progress)
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
