"""The reader measured on PIAF, and its abstention threshold calibrated on dev data.

Two settings:

* **pairs** (the reader alone): each question of a PIAF split with its own paragraph
  (SQuAD EM/F1 of the best span) and with a no-answer paragraph (same article, or BM25's
  best other paragraph; :mod:`rag.eval.datasets`). No-answer accuracy is the share of those
  pairs whose best span scores under the threshold.
* **retrieved** (as the product runs): the question searched in the whole PIAF corpus;
  the reader reads the top ``reader_passages`` results (answerable), and again the top
  results with every chunk of the gold paragraph or holding the answer removed (a near
  miss: related passages that do not answer). The product's confidence is the best span
  over the passages read.

:func:`calibrate` picks the threshold that maximises balanced accuracy (answer when
answerable, abstain when not) averaged over the PIAF dev split (retrieved setting) and
the dev items of ``eval/qa.jsonl`` asked in the articles' language (and those of the dev sets
of new articles, ``eval/new_articles``, a group of their own); a second threshold,
for questions read across languages (the reader's scores for English questions over French
text run lower, answerable or not), is chosen on the cross-lingual dev items of
``eval/qa.jsonl`` and of the new articles, and a third (``speech``) on their dev items that
ask what a quoted speaker said. Nothing of PIAF's eval split or qa's test split is used to
choose them.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from rag.answer.windows import restore
from rag.engine import BenchmarkEngine, Engine
from rag.eval.datasets import (
    PIAF_PATH,
    QAExample,
    benchmark_settings,
    examples,
    load_piaf,
    load_split,
    read_squad,
    split_questions,
    subsample,
)
from rag.eval.evaluate import load_dataset
from rag.eval.metrics import auc, balanced_accuracy, exact_match, token_f1
from rag.eval.new_articles import ingested, load_questions, sets_under
from rag.ingest.pipeline import Documents, ingest
from rag.read.reader import Found, Reader
from rag.types import Chunk, Progress, SearchResult

MIN_CROSS = 5  # fewer cross-lingual answerable or unanswerable dev items: one threshold


def _result(context: str, doc_id: str) -> SearchResult:
    chunk = Chunk(id=doc_id, doc_id=doc_id, title=doc_id, date=None, language="fr",
                  source=doc_id, start=0, end=len(context), text=context)
    return SearchResult(rank=1, chunk=chunk, score=1.0)


def read_pairs(reader: Reader, items: Sequence[QAExample], *, progress: Progress | None = None
               ) -> list[tuple[Found | None, float]]:
    """Per item: the best span of its context (or None) and the context's relevance."""
    out: list[tuple[Found | None, float]] = []
    for i, ex in enumerate(items):
        reading = reader.run(ex.question, [_result(ex.context, ex.id)])[0]
        out.append((reading.spans[0] if reading.spans else None, reading.relevance))
        if progress:
            progress("pairs", i + 1, len(items))
    return out


def pair_metrics(items: Sequence[QAExample], preds: Sequence[tuple[Found | None, float]], *,
                 threshold: float) -> dict[str, Any]:
    em, f1, kept, pos_m, neg_m, pos_r, neg_r, neg_ok = [], [], [], [], [], [], [], []
    for ex, (span, rel) in zip(items, preds, strict=True):
        score = span.score if span else -math.inf
        if ex.answer_start >= 0:
            text = span.text if span else ""
            em.append(exact_match(text, ex.answer_text))
            f1.append(token_f1(text, ex.answer_text))
            kept.append(float(score >= threshold))
            pos_m.append(score)
            pos_r.append(rel)
        else:
            neg_ok.append(float(score < threshold))
            neg_m.append(score)
            neg_r.append(rel)
    return {
        "has_answer": len(em), "no_answer": len(neg_ok),
        "em": _mean(em), "f1": _mean(f1),
        "has_answer_answered": _mean(kept), "no_answer_accuracy": _mean(neg_ok),
        "auc_span_margin": auc(pos_m, neg_m), "auc_relevance_head": auc(pos_r, neg_r),
    }


def _mean(values: Sequence[float]) -> float | None:
    return float(np.mean(values)) if values else None


def calibrate(groups: Sequence[tuple[Sequence[float], Sequence[float]]]) -> dict[str, Any]:
    """The threshold with the best mean balanced accuracy over ``groups`` of
    (answerable scores, unanswerable scores); the middle of the best interval."""
    finite = sorted({round(x, 4) for pos, neg in groups for x in (*pos, *neg)
                     if math.isfinite(x)})
    if not finite:
        return {"threshold": 0.0, "balanced_accuracy": None}
    cuts = [finite[0] - 1.0] + [(a + b) / 2 for a, b in itertools.pairwise(finite)]
    cuts.append(finite[-1] + 1.0)
    scored = [(float(np.mean([balanced_accuracy(p, n, c) for p, n in groups])), c)
              for c in cuts]
    best = max(s for s, _ in scored)
    top = [c for s, c in scored if s >= best - 1e-9]
    # the widest run of equally good cuts: take its middle
    runs: list[list[float]] = []
    for c in top:
        if runs and cuts.index(c) == cuts.index(runs[-1][-1]) + 1:
            runs[-1].append(c)
        else:
            runs.append([c])
    run = max(runs, key=len)
    threshold = (run[0] + run[-1]) / 2
    return {
        "threshold": round(threshold, 3), "balanced_accuracy": round(best, 4),
        "per_group": [round(balanced_accuracy(p, n, threshold), 4) for p, n in groups],
        "answered": [round(float(np.mean([x >= threshold for x in p])), 4) if p else None
                     for p, _ in groups],
        "abstained": [round(float(np.mean([x < threshold for x in n])), 4) if n else None
                      for _, n in groups],
    }


def retrieved_scores(engine: Any, questions: Sequence[Any], *, n_read: int,
                     progress: Progress | None = None) -> list[dict[str, Any]]:
    """Per PIAF question: the best span over the top ``n_read`` retrieved passages, and
    over the top ``n_read`` once the gold paragraph and any passage with the answer are
    removed. ``engine`` is a :class:`rag.engine.Engine` over the PIAF corpus."""
    rows = []
    for i, q in enumerate(questions):
        results = engine.search(q.question, k=n_read * 2 + 4)
        gold = list(results[:n_read])
        golds = {a.casefold() for a in q.answers}
        near = [r for r in results if r.chunk.doc_id != q.doc_id
                and not any(a in r.chunk.text.casefold() for a in golds)][:n_read]
        passages = gold + near  # read as the product reads them (windows, when set)
        readings = restore(engine.reader.run(q.question, engine.windows.run(q.question,
                                                                             passages)),
                           passages)
        pos = [f for rd in readings[:len(gold)] for f in rd.spans]
        neg = [f for rd in readings[len(gold):] for f in rd.spans]
        best = max(pos, key=lambda f: f.score, default=None)
        rows.append({
            "id": q.id, "pos": best.score if best else -math.inf,
            "text": best.text if best else "", "answers": list(q.answers),
            "from_gold": bool(best and best.chunk.doc_id == q.doc_id),
            "neg": max((f.score for f in neg), default=-math.inf),
            "pos_rel": max((rd.relevance for rd in readings[:len(gold)]), default=-math.inf),
            "neg_rel": max((rd.relevance for rd in readings[len(gold):]), default=-math.inf),
        })
        if progress:
            progress("retrieved", i + 1, len(questions))
    return rows


def piaf_pairs(settings: Any, *, split: str, limit: int | None = None,
               progress: Progress | None = None) -> dict[str, Any]:
    """The reader alone on PIAF split ``split``: EM/F1 and no-answer accuracy (pairs)."""
    items = examples(read_squad(PIAF_PATH), load_split()[split], negatives=1, seed=1)
    if limit is not None:
        items = items[: 2 * limit]
    reader = Reader(settings)
    preds = read_pairs(reader, items, progress=progress)
    out = pair_metrics(items, preds, threshold=settings.abstain_threshold)
    out.update(split=split, threshold=settings.abstain_threshold, reader=settings.reader_model)
    return out


def qa_dev_scores(settings: Any, path: Any, *, split: str = "dev"
                  ) -> dict[str, tuple[list[float], list[float]]]:
    """Confidence of the answers to ``eval/qa.jsonl``'s ``split`` items, never abstaining,
    as (answerable, unanswerable) scores, apart for questions read in their own language
    (``same``) and in another (``cross``, e.g. English questions over French articles)."""
    never = {"abstain_threshold": -1e9, "cross_lingual_threshold": -1e9,
             "speech_answers": False}
    engine = Engine(settings.model_copy(update=never))
    out: dict[str, tuple[list[float], list[float]]] = {"same": ([], []), "cross": ([], [])}
    for item in load_dataset(path, corpus_dir=settings.corpus_dir):
        if item.split != split:
            continue
        answer = engine.ask(item.question, list(item.history) or None)
        passage = answer.citations[0].passage if answer.citations else None
        cross = passage is not None and passage.language not in ("", answer.language)
        # also per language pair ("en->fr": an English question, a French passage)
        pair = f"{answer.language}->{passage.language if passage is not None else '?'}"
        for key in ("cross" if cross else "same", pair):
            pos, neg = out.setdefault(key, ([], []))
            (neg if item.type == "unanswerable" else pos).append(answer.score)
    return out


def speech_dev_scores(settings: Any, paths: Sequence[Any], *, split: str = "dev"
                      ) -> tuple[list[float], list[float]]:
    """The reader's best margin for a speaker's words as the answer (``SpeechReading.best``)
    for the ``split`` items that ask what a quoted speaker said, as (answerable,
    unanswerable) scores."""
    engine = Engine(settings)
    pos: list[float] = []
    neg: list[float] = []
    for path in paths:
        for item in load_dataset(path, corpus_dir=settings.corpus_dir):
            if item.split != split:
                continue
            previous = [h["content"] for h in item.history if h.get("role") == "user"]
            sq = engine.quoted.parse(item.question, previous)
            if sq is None or sq.kind != "what" or not sq.speakers:
                continue
            best = engine.quoted.read(item.question, sq.speakers).best()
            (pos if item.answerable else neg).append(best[2] if best else -math.inf)
    return pos, neg


def new_article_scores(settings: Any, root: Path) -> dict[str, tuple[list[float], list[float]]]:
    """The dev sets of new articles (:mod:`rag.eval.new_articles`, every set under ``root``),
    each ingested into a temporary data folder: as :func:`qa_dev_scores`, the confidence of
    each answer never abstaining (``same`` / ``cross``), and as :func:`speech_dev_scores`
    the speaker's best margin for the questions asking what a quoted speaker said
    (``speech``); (answerable, unanswerable) each."""
    out: dict[str, tuple[list[float], list[float]]] = {
        "same": ([], []), "cross": ([], []), "speech": ([], [])}
    never = {"abstain_threshold": -1e9, "cross_lingual_threshold": -1e9,
             "speech_answers": False}
    for folder in sets_under(root):
        # one engine: the thresholds and speech answers are off for ask(), while the
        # attributions (extracted at ingest whatever the settings) are still read below
        with ingested(settings.model_copy(update=never), folder) as engine:
            for q in load_questions(folder):
                answer = engine.ask(q.question)
                passage = answer.citations[0].passage if answer.citations else None
                cross = passage is not None and passage.language not in ("", answer.language)
                pos, neg = out["cross" if cross else "same"]
                (pos if q.answerable else neg).append(answer.score)
                sq = engine.quoted.parse(q.question, [], None, [], answer.retrieved)
                if sq is not None and sq.kind == "what" and sq.speakers:
                    best = engine.quoted.read(q.question, sq.speakers).best()
                    pos, neg = out["speech"]
                    (pos if q.answerable else neg).append(best[2] if best else -math.inf)
    return out


def run_calibration(settings: Any, *, qa_path: Any, piaf_questions: int = 200,
                    new_articles: Path | None = None,
                    progress: Progress | None = None) -> dict[str, Any]:
    """Choose the abstention thresholds on PIAF dev (retrieved), qa dev and, when given, the
    dev sets of new articles under ``new_articles`` (each source a group of its own: the
    best mean balanced accuracy over them)."""
    data = load_piaf()
    engine = BenchmarkEngine(benchmark_settings(settings, data))
    ingest(engine.settings, engine.embedder, Documents(data.documents, exact=True))
    pool, _ = split_questions(data, data.questions, "dev")
    questions = subsample(pool, piaf_questions)
    engine.encode_questions([q.question for q in questions])
    rows = retrieved_scores(engine, questions, n_read=settings.reader_passages,
                            progress=progress)
    piaf_pos = [r["pos"] for r in rows]
    piaf_neg = [r["neg"] for r in rows]
    qa = qa_dev_scores(settings, qa_path)
    (qa_pos, qa_neg), (x_pos, x_neg) = qa["same"], qa["cross"]
    s_pos, s_neg = speech_dev_scores(settings, [qa_path])
    na = new_article_scores(settings, new_articles) if new_articles is not None else {}

    def extra(key: str) -> list[tuple[list[float], list[float]]]:
        return [na[key]] if na and all(na[key]) else []

    result = calibrate([(piaf_pos, piaf_neg), (qa_pos, qa_neg), *extra("same")])
    cross = (calibrate([(x_pos, x_neg), *extra("cross")])
             if min(len(x_pos), len(x_neg)) >= MIN_CROSS
             else {"threshold": result["threshold"], "note": "too few cross-lingual items"})
    pairs = {key: {**calibrate([(p, n)]), "counts": [len(p), len(n)]}
             for key, (p, n) in sorted(qa.items()) if "->" in key and p and n}
    result.update(
        cross_lingual=cross,
        language_pairs={"note": "eval/qa.jsonl dev items by question -> passage language "
                                "(for the record; few items each: the product uses the "
                                "same-language and cross-lingual thresholds)", **pairs},
        speech={**calibrate([(s_pos, s_neg), *extra("speech")]),
                "counts": [len(s_pos), len(s_neg)], "auc": auc(s_pos, s_neg),
                "group": "dev items asking what a quoted speaker said (RAG_SPEECH_THRESHOLD)"},
        new_articles={key: {"counts": [len(p), len(n)], "auc": auc(p, n)}
                      for key, (p, n) in na.items()} | ({
                          "sets": str(new_articles),
                          "note": "the dev sets of new articles, each kind (same language, "
                                  "cross-lingual, speech) a group of its own in the "
                                  "threshold of that kind"} if na else {}),
        groups=["PIAF dev split, retrieved (gold removed for the unanswerable twin)",
                "eval/qa.jsonl dev split, questions in the articles' language",
                "eval/qa.jsonl dev split, questions in another language (cross_lingual)"],
        counts=[[len(piaf_pos), len(piaf_neg)], [len(qa_pos), len(qa_neg)],
                [len(x_pos), len(x_neg)]],
        auc=[auc(piaf_pos, piaf_neg), auc(qa_pos, qa_neg), auc(x_pos, x_neg)],
        auc_relevance_head_piaf=auc([r["pos_rel"] for r in rows], [r["neg_rel"] for r in rows]),
        auc_margin_plus_relevance_piaf=auc([r["pos"] + r["pos_rel"] for r in rows],
                                           [r["neg"] + r["neg_rel"] for r in rows]),
        piaf_answer_f1=_mean([max(token_f1(r["text"], a) for a in r["answers"]) for r in rows]),
        piaf_answer_from_gold=_mean([float(r["from_gold"]) for r in rows]),
        reader_passages=settings.reader_passages, reader=settings.reader_model,
    )
    return result
