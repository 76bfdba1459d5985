"""Benchmark sections ``threads`` (raw encoder under each thread setting) and ``ingest``
(bundled corpus and PIAF paragraphs against the raw encoder, re-ingest)."""

from __future__ import annotations

import shutil
import statistics
import time
from typing import Any

from bench_common import (
    Context,
    Timed,
    dist,
    load,
    log,
    qa_items,
    raw_encode_seconds,
    settings_for,
    worker,
)

# -- section: thread settings --------------------------------------------------------------
THREAD_CONFIGS = [
    # (label, torch threads, OMP_WAIT_POLICY, TOKENIZERS_PARALLELISM)
    ("1 thread", 1, "<unset>", "false"),
    ("2 threads", 2, "<unset>", "false"),
    ("1 thread, OMP passive", 1, "PASSIVE", "false"),
    ("2 threads, OMP passive", 2, "PASSIVE", "false"),
    ("2 threads, OMP passive, tokenizers parallel", 2, "PASSIVE", "true"),
]


def w_threads(spec: dict[str, Any]) -> dict[str, Any]:
    """Query encode latency and passage throughput of the raw model with these threads."""
    import torch
    from sentence_transformers import SentenceTransformer

    torch.set_num_threads(spec["threads"])
    model = SentenceTransformer(spec["model"], device="cpu", local_files_only=True)
    model.encode(["query: warm up"], normalize_embeddings=True)
    ms: list[float] = []
    for q in spec["queries"]:
        t = time.perf_counter()
        model.encode([q], prompt="query: ", normalize_embeddings=True, batch_size=16)
        ms.append((time.perf_counter() - t) * 1000)
    t = time.perf_counter()
    model.encode(spec["passages"], prompt="passage: ", normalize_embeddings=True, batch_size=16)
    seconds = time.perf_counter() - t
    return {"query_encode_ms": dist(ms), "passages": len(spec["passages"]),
            "passages_per_s": round(len(spec["passages"]) / seconds, 2),
            "passage_seconds": round(seconds, 2)}


def section_threads(ctx: Context) -> dict[str, Any]:
    from rag.search.embed import converted_model_dir, prepare_model

    s = settings_for(ctx.work / "threads")
    model = str(prepare_model(s) if not converted_model_dir(s).exists() else converted_model_dir(s))
    nq, npass = (20, 32) if ctx.quick else (60, 96)
    queries = [it["question"] for it in qa_items()][:nq]
    passages = [c.text for c in ctx.piaf_chunks()[:npass]]
    rows = []
    for label, threads, omp, tok in THREAD_CONFIGS:
        before = load()
        r = worker("threads", {"model": model, "threads": threads, "queries": queries,
                               "passages": passages},
                   env={"OMP_WAIT_POLICY": omp, "TOKENIZERS_PARALLELISM": tok})
        rows.append({"config": label, "torch_threads": threads,
                     "OMP_WAIT_POLICY": None if omp == "<unset>" else omp,
                     "TOKENIZERS_PARALLELISM": tok, **r, "load_before": before})
        log(f"threads {label}: query p50 {r['query_encode_ms']['p50']} ms, "
            f"{r['passages_per_s']} passages/s")
    return {"configs": rows}


# -- section: ingest -----------------------------------------------------------------------


def section_ingest(ctx: Context) -> dict[str, Any]:
    from rag.ingest.pipeline import Documents, ingest
    from rag.search.embed import get_embedder

    out: dict[str, Any] = {"load_before": load()}
    t = time.perf_counter()
    import llama_index.vector_stores.chroma  # noqa: F401  (a one-time import, not ingest work)

    out["store_import_s"] = round(time.perf_counter() - t, 2)
    t = time.perf_counter()
    embedder = get_embedder(ctx.corpus_settings)
    out["model_load_s"] = round(time.perf_counter() - t, 2)
    embedder.embed_passages(["warm up"])

    # bundled corpus: fresh data dir each repetition
    # (a new folder per repetition: Chroma keeps one client per path and process, so a
    # folder deleted under it could not be opened again)
    runs = []
    reps = [settings_for(ctx.work / f"ingest-corpus-{i}") for i in range(1 if ctx.quick else 3)]
    for s in reps:
        shutil.rmtree(s.data_dir, ignore_errors=True)
    for s in reps:
        timed = Timed(embedder)
        report = ingest(s, timed)  # type: ignore[arg-type]
        from rag.search.store import ChromaStore

        texts = [c.text for c in ChromaStore(s).all_chunks()]
        raw = raw_encode_seconds(embedder, texts)
        runs.append({"seconds": report.seconds, "encode_seconds": timed.seconds,
                     "raw_encoder_seconds": raw, "chunks": report.chunks})
    out["corpus"] = _ingest_summary(runs)
    ingest(ctx.corpus_settings, embedder)  # the index the later sections use
    t = time.perf_counter()
    again = ingest(ctx.corpus_settings, embedder)
    out["corpus_reingest"] = {"seconds": round(time.perf_counter() - t, 2),
                              "embedded": again.added, "unchanged": again.unchanged}
    log(f"ingest corpus: {out['corpus']}")

    # PIAF paragraphs: the raw encoder before and after the ingest (noise)
    docs = ctx.piaf_docs()
    s = ctx.piaf_settings
    shutil.rmtree(s.data_dir, ignore_errors=True)
    texts = [c.text for c in ctx.piaf_chunks()]
    raw_before = raw_encode_seconds(embedder, texts)
    timed = Timed(embedder)
    report = ingest(s, timed, Documents(docs, exact=True))  # type: ignore[arg-type]
    raw_after = raw_before  # one raw pass: 800 chunks take minutes on two shared cores
    out["piaf"] = _ingest_summary([{
        "seconds": report.seconds, "encode_seconds": timed.seconds,
        "raw_encoder_seconds": (raw_before + raw_after) / 2, "chunks": report.chunks,
        "raw_encoder_runs": [round(raw_before, 2), round(raw_after, 2)],
    }])
    out["piaf"]["paragraphs"] = len(docs)
    log(f"ingest piaf: {out['piaf']}")
    t = time.perf_counter()
    again = ingest(s, embedder, Documents(docs, exact=True))
    out["piaf_reingest"] = {"seconds": round(time.perf_counter() - t, 2),
                            "embedded": again.added, "unchanged": again.unchanged,
                            "chunks": again.chunks}
    log(f"re-ingest piaf: {out['piaf_reingest']}")
    out["load_after"] = load()
    return out


def _ingest_summary(runs: list[dict[str, Any]]) -> dict[str, Any]:
    seconds = [r["seconds"] for r in runs]
    raw = [r["raw_encoder_seconds"] for r in runs]
    chunks = runs[0]["chunks"]
    ratios = [r["seconds"] / r["raw_encoder_seconds"] for r in runs]
    return {
        "chunks": chunks,
        "seconds": round(statistics.median(seconds), 2),
        "seconds_range": [round(min(seconds), 2), round(max(seconds), 2)],
        "chunks_per_s": round(chunks / statistics.median(seconds), 2),
        "encode_seconds": round(statistics.median(r["encode_seconds"] for r in runs), 2),
        "raw_encoder_seconds": round(statistics.median(raw), 2),
        "raw_chunks_per_s": round(chunks / statistics.median(raw), 2),
        "ratio_to_raw": round(statistics.median(ratios), 3),
        "ratio_range": [round(min(ratios), 3), round(max(ratios), 3)],
        "runs": [{k: (round(v, 3) if isinstance(v, float) else v) for k, v in r.items()}
                 for r in runs],
    }
