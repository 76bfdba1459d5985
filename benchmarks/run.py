"""Speed and memory of the chatbot, measured in one run; writes bench.json and bench.md.

    .venv/bin/python benchmarks/run.py [--quick] [--out benchmarks/results]

Sections (each also runnable alone with ``--only NAME``): ``threads`` (torch threads,
OpenMP wait policy, tokenizer parallelism), ``ingest`` (bundled corpus and PIAF
paragraphs against the raw encoder, re-ingest), ``latency`` (warm ``search`` and
``ask`` with the extractive answerer, with the breakdown), ``cold`` (process start to
first answer, import times), ``memory`` (peak RSS while serving), ``scale`` (synthetic
10k/100k-chunk corpora in the embedded store and in a ``chroma run`` server, BM25 at
that size; see ``benchmarks/synth.py``). ``--quick`` uses subsets and skips 100k.

The machine has two cores and other work may run on it: the load average is recorded
around every section, and the key latency numbers are measured in several rounds
(the last ones at the end of the run, after waiting for the load to drop) and given
as median and range.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime
import json
import os
import platform
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

PY = sys.executable
PIAF_PATH = ROOT / "eval" / "datasets" / "piaf" / "piaf-v1.0.json"
QA_PATH = ROOT / "eval" / "qa.jsonl"
HEAVY_OPTIONAL = ("gradio", "matplotlib", "llama_index.llms", "openai", "ollama", "llama_cpp",
                  "pandas", "plotly", "llama_index.embeddings")

# -- small helpers -------------------------------------------------------------------------


def log(msg: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')} load {os.getloadavg()[0]:.1f}] {msg}",
          file=sys.stderr, flush=True)


def load() -> list[float]:
    return [round(x, 2) for x in os.getloadavg()]


def pct(xs: Sequence[float], q: float) -> float:
    """Percentile with linear interpolation (numpy's default)."""
    if not xs:
        return float("nan")
    s = sorted(xs)
    pos = (len(s) - 1) * q / 100
    lo = int(pos)
    hi = min(lo + 1, len(s) - 1)
    return s[lo] + (s[hi] - s[lo]) * (pos - lo)


def dist(xs: Sequence[float]) -> dict[str, float]:
    """p50/p95/mean/max of a list of milliseconds, rounded."""
    if not xs:
        return {"n": 0}
    return {"n": len(xs), "p50": round(pct(xs, 50), 1), "p95": round(pct(xs, 95), 1),
            "mean": round(statistics.fmean(xs), 1), "max": round(max(xs), 1)}


def mem(pid: int | str = "self") -> dict[str, float]:
    """Resident and peak resident memory (MB) of a process, from /proc."""
    out: dict[str, float] = {}
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            key, _, value = line.partition(":")
            if key in ("VmRSS", "VmHWM"):
                out[{"VmRSS": "rss_mb", "VmHWM": "peak_rss_mb"}[key]] = round(
                    int(value.split()[0]) / 1024, 1)
    except OSError:
        pass
    return out


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def settings_for(data_dir: Path, **extra: Any) -> Any:
    from rag.config import Settings

    return Settings(data_dir=data_dir, model_cache_dir=ROOT / ".data" / "models",
                    corpus_dir=ROOT / "corpus", **extra)


def qa_items(limit: int | None = None) -> list[dict[str, Any]]:
    lines = QA_PATH.read_text("utf-8").splitlines()
    items = [json.loads(line) for line in lines if line.strip()]
    return items[:limit] if limit else items


def worker(name: str, spec: dict[str, Any], *, env: dict[str, str] | None = None,
           timeout: float = 1800) -> dict[str, Any]:
    """Run ``run.py --worker name`` in a fresh process; its result is the last JSON line."""
    full_env = {**os.environ, **(env or {})}
    for key, value in list(full_env.items()):
        if value == "<unset>":
            del full_env[key]
    proc = subprocess.run(
        [PY, str(Path(__file__).resolve()), "--worker", name, "--spec", json.dumps(spec)],
        capture_output=True, text=True, env=full_env, timeout=timeout, cwd=ROOT,
    )
    lines = [ln for ln in proc.stdout.splitlines() if ln.startswith("RESULT ")]
    if proc.returncode != 0 or not lines:
        raise RuntimeError(f"worker {name} failed ({proc.returncode}):\n{proc.stderr[-3000:]}")
    return dict(json.loads(lines[-1][len("RESULT "):]))


def emit(result: dict[str, Any]) -> None:
    print("RESULT " + json.dumps(result), flush=True)


class Timed:
    """An embedder wrapper that adds up the time spent encoding passages."""

    def __init__(self, inner: Any) -> None:
        self.inner = inner
        self.model_id = inner.model_id
        self.dim = inner.dim
        self.seconds = 0.0

    def embed_queries(self, texts: Sequence[str]) -> Any:
        return self.inner.embed_queries(texts)

    def embed_passages(self, texts: Sequence[str]) -> Any:
        t = time.perf_counter()
        try:
            return self.inner.embed_passages(texts)
        finally:
            self.seconds += time.perf_counter() - t

    def embed_passages_with_spans(self, texts: Sequence[str], spans: Any, *, bulk: bool = True
                                  ) -> Any:
        t = time.perf_counter()
        try:
            return self.inner.embed_passages_with_spans(texts, spans, bulk=bulk)
        finally:
            self.seconds += time.perf_counter() - t


def raw_encode_seconds(embedder: Any, texts: Sequence[str]) -> float:
    """The floor: ``SentenceTransformer.encode`` of the same texts, same prompt and batch."""
    model = embedder._model
    with embedder._lock:
        embedder._use_threads(bulk=True)  # the threads ingest uses
    t = time.perf_counter()
    model.encode(list(texts), prompt=embedder._passage_prompt, batch_size=embedder.batch_size,
                 normalize_embeddings=True, convert_to_numpy=True, show_progress_bar=False)
    return time.perf_counter() - t


def wait_for_quiet(max_load: float, max_wait: float) -> list[float]:
    """Wait (up to ``max_wait`` s) for the 1-minute load average to drop under ``max_load``."""
    deadline = time.time() + max_wait
    while os.getloadavg()[0] > max_load and time.time() < deadline:
        time.sleep(5)
    return load()


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
    from rag.embed import converted_model_dir, prepare_model

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
    from rag.embed import get_embedder
    from rag.index import ingest, ingest_documents

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
        from rag.store import ChromaStore

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
    report = ingest_documents(s, timed, docs)  # type: ignore[arg-type]
    raw_after = raw_before  # one raw pass: 800 chunks take minutes on two shared cores
    out["piaf"] = _ingest_summary([{
        "seconds": report.seconds, "encode_seconds": timed.seconds,
        "raw_encoder_seconds": (raw_before + raw_after) / 2, "chunks": report.chunks,
        "raw_encoder_runs": [round(raw_before, 2), round(raw_after, 2)],
    }])
    out["piaf"]["paragraphs"] = len(docs)
    log(f"ingest piaf: {out['piaf']}")
    t = time.perf_counter()
    again = ingest_documents(s, embedder, docs)
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


# -- section: warm latency -----------------------------------------------------------------


def clear_answer_caches(engine: Any) -> None:
    """Forget cached sentence/term/query vectors: the next asks read passages afresh."""
    import rag.answer as answer

    for name in ("CHUNK_CACHE", "_TERM_VECTORS"):
        cache = getattr(answer, name, None)
        if cache is not None:
            cache.clear()
    clear = getattr(engine.embedder, "clear_cache", None)
    if clear:
        clear()


def _parts(rows: list[dict[str, float]]) -> dict[str, Any]:
    names = sorted({k for r in rows for k in r})
    return {k: {"p50": round(pct([r.get(k, 0.0) for r in rows], 50), 2),
                "mean": round(statistics.fmean(r.get(k, 0.0) for r in rows), 2)}
            for k in names}


def latency_round(ctx: Context, label: str) -> dict[str, Any]:
    """One pass of search, ask (caches cold) and ask again (caches warm) over all questions."""
    from rag.types import Timings

    out: dict[str, Any] = {"label": label, "load_before": load(),
                           "time": datetime.datetime.now().strftime("%H:%M:%S")}
    sets = ctx.question_sets()
    search_ms: list[float] = []
    search_parts: list[dict[str, float]] = []
    clear_answer_caches(sets[0][0])  # no question vector left from an earlier round
    for engine, questions in sets:
        for q, _history in questions:
            timings = Timings()
            t = time.perf_counter()
            engine.search(q, timings=timings)
            search_ms.append((time.perf_counter() - t) * 1000)
            search_parts.append(timings.parts)
    out["search"] = {**dist(search_ms), "parts": _parts(search_parts)}
    for key in ("ask", "ask_repeat"):
        ms: list[float] = []
        parts: list[dict[str, float]] = []
        per_set: list[dict[str, Any]] = []
        if key == "ask":  # the caches are process-wide: clear once, before both sets
            clear_answer_caches(sets[0][0])
        for engine, questions in sets:
            set_ms = []
            for q, history in questions:
                t = time.perf_counter()
                answer = engine.ask(q, history)
                set_ms.append((time.perf_counter() - t) * 1000)
                parts.append(dict(answer.timings))
            ms += set_ms
            per_set.append(dist(set_ms))
        out[key] = {**dist(ms), "parts": _parts(parts), "by_set": per_set}
    out["load_after"] = load()
    log(f"latency {label}: search p50 {out['search']['p50']} p95 {out['search']['p95']}; "
        f"ask p50 {out['ask']['p50']} p95 {out['ask']['p95']}; repeat p50 "
        f"{out['ask_repeat']['p50']} p95 {out['ask_repeat']['p95']}")
    return out


def summarize_rounds(rounds: list[dict[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key in ("search", "ask", "ask_repeat"):
        for p in ("p50", "p95"):
            xs = [r[key][p] for r in rounds]
            out[f"{key}_{p}"] = {"median": round(statistics.median(xs), 1),
                                 "range": [min(xs), max(xs)]}
    return out


# -- section: profile ----------------------------------------------------------------------


def section_profile(ctx: Context) -> dict[str, Any]:
    from pyinstrument import Profiler

    sets = ctx.question_sets()
    for engine, _ in sets:
        clear_answer_caches(engine)
    profiler = Profiler(interval=0.001)
    profiler.start()
    for engine, questions in sets:
        for q, history in questions[:100]:
            engine.ask(q, history)
    profiler.stop()
    text = profiler.output_text(unicode=False, color=False)
    (ctx.out / "profile_ask.txt").write_text(text, encoding="utf-8")
    return {"file": "profile_ask.txt"}


# -- section: cold start -------------------------------------------------------------------
COLD_QUESTION = "What did Campbell say Russia gave in return?"


def _rag_env(ctx: Context) -> dict[str, str]:
    return {**os.environ, "RAG_DATA_DIR": str(ctx.corpus_settings.data_dir),
            "RAG_MODEL_CACHE_DIR": str(ROOT / ".data" / "models"),
            "RAG_CORPUS_DIR": str(ROOT / "corpus")}


# A small launcher: a child forked straight from this (large) benchmark process would
# report the parent's RSS as its own peak (Linux counts the pages shared before exec).
_LAUNCH = (
    "import resource, subprocess, sys; rc = subprocess.call(sys.argv[2:]); "
    "open(sys.argv[1], 'w').write(str(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)); "
    "sys.exit(rc)"
)


def timed_process(cmd: list[str], env: dict[str, str], stderr_path: Path | None = None
                  ) -> dict[str, Any]:
    """Wall time and peak RSS of one process (started through a small launcher)."""
    with tempfile.TemporaryFile() as out, open(stderr_path or os.devnull, "wb") as err, \
            tempfile.NamedTemporaryFile("r", suffix=".rss") as rss:
        t = time.perf_counter()
        proc = subprocess.run([PY, "-c", _LAUNCH, rss.name, *cmd], stdout=out, stderr=err,
                              env=env, cwd=ROOT, check=False)
        seconds = time.perf_counter() - t
        out.seek(0)
        stdout = out.read().decode("utf-8", "replace")
        peak_kb = int(rss.read() or 0)
    return {"seconds": round(seconds, 2), "peak_rss_mb": round(peak_kb / 1024, 1),
            "returncode": proc.returncode, "stdout": stdout}


def import_profile(path: Path) -> dict[str, Any]:
    """Import time per top-level package (sum of self times) from ``-X importtime``."""
    per_pkg: dict[str, float] = {}
    modules: set[str] = set()
    for line in path.read_text(errors="replace").splitlines():
        if not line.startswith("import time:") or "|" not in line:
            continue
        try:
            self_us = int(line.split(":", 1)[1].split("|")[0])
        except ValueError:
            continue
        name = line.rsplit("|", 1)[1].strip()
        modules.add(name)
        root = name.split(".")[0]
        per_pkg[root] = per_pkg.get(root, 0.0) + self_us / 1e6
    top = sorted(per_pkg.items(), key=lambda kv: -kv[1])[:12]
    heavy = sorted({h for h in HEAVY_OPTIONAL for m in modules if m == h or
                    m.startswith(h + ".")})
    return {"total_s": round(sum(per_pkg.values()), 2),
            "top": [[k, round(v, 2)] for k, v in top], "optional_heavy_imported": heavy}


def section_cold(ctx: Context) -> dict[str, Any]:
    env = _rag_env(ctx)
    rag = str(Path(PY).with_name("rag"))
    out: dict[str, Any] = {"load_before": load(), "command": f"rag ask '{COLD_QUESTION}' --json"}
    runs = []
    for _ in range(1 if ctx.quick else 3):
        r = timed_process([rag, "ask", COLD_QUESTION, "--json"], env)
        if r["returncode"] != 0:
            raise RuntimeError(f"rag ask failed: {r}")
        answer = json.loads(r["stdout"])
        runs.append({"seconds": r["seconds"], "peak_rss_mb": r["peak_rss_mb"],
                     "citations": len(answer["citations"])})
    secs = [r["seconds"] for r in runs]
    out.update(seconds=round(statistics.median(secs), 2), range=[min(secs), max(secs)],
               runs=runs)
    stderr = ctx.work / "importtime.txt"
    r = timed_process([PY, "-X", "importtime", "-m", "rag", "ask", COLD_QUESTION, "--json"],
                      env, stderr)
    out["imports"] = import_profile(stderr)
    r = timed_process([PY, "-c", "import rag.cli"], env)
    out["import_rag_cli_s"] = r["seconds"]
    out["load_after"] = load()
    log(f"cold start: {out['seconds']} s {out['range']}; imports {out['imports']}")
    return out


# -- section: memory while serving ---------------------------------------------------------


def w_serve(spec: dict[str, Any]) -> dict[str, Any]:
    """Serve the web UI over the PIAF index and answer questions; report peak RSS."""
    from rag import ui
    from rag.engine import Engine

    settings = settings_for(Path(spec["data_dir"]), collection=spec["collection"],
                            port=spec["port"], torch_threads=spec.get("threads"))
    engine = Engine(settings)
    demo = ui.launch(settings, block=False, engine=engine)
    after_launch = mem()
    with urllib.request.urlopen(f"http://127.0.0.1:{spec['port']}/", timeout=30) as r:
        status = r.status
    for q in spec["questions"]:
        engine.ask(q)
    result = {"http_status": status, "after_launch": after_launch, "after_answers": mem(),
              "questions": len(spec["questions"])}
    demo.close()
    return result


def section_memory(ctx: Context) -> dict[str, Any]:
    questions = [q for q, _ in ctx.piaf_questions()][: 20 if ctx.quick else 100]
    s = ctx.piaf_settings
    r = worker("serve", {"data_dir": str(s.data_dir), "collection": s.collection,
                         "port": free_port(), "questions": questions})
    log(f"memory: {r}")
    return {"load_before": load(), **r}


# -- section: scale ------------------------------------------------------------------------


def w_scale_build(spec: dict[str, Any]) -> dict[str, Any]:
    from synth import Pool, synthetic_chunks

    from rag.lexical import BM25Index
    from rag.store import ChromaStore

    pool = Pool.load(Path(spec["pool"]))
    t = time.perf_counter()
    chunks, vectors = synthetic_chunks(pool, spec["size"])
    gen_s = time.perf_counter() - t
    s = settings_for(Path(spec["data_dir"]), collection="synth", **spec.get("chroma", {}))
    store = ChromaStore(s, create=True)
    store.check_model(s.embed_model, claim=True)
    t = time.perf_counter()
    store.add(chunks, vectors)  # type: ignore[arg-type]
    add_s = time.perf_counter() - t
    out: dict[str, Any] = {"size": spec["size"], "generate_s": round(gen_s, 1),
                           "store_add_s": round(add_s, 1),
                           "store_add_per_s": round(spec["size"] / add_s),
                           "count": store.count()}
    if spec.get("bm25", True):
        t = time.perf_counter()
        bm25 = BM25Index([c.id for c in chunks], [c.text for c in chunks])  # type: ignore[attr-defined]
        out["bm25_build_s"] = round(time.perf_counter() - t, 1)
        t = time.perf_counter()
        bm25.save(s.bm25_dir)
        out["bm25_save_s"] = round(time.perf_counter() - t, 2)
        out["bm25_disk_mb"] = round(sum(f.stat().st_size for f in s.bm25_dir.rglob("*")
                                        if f.is_file()) / 2**20, 1)
    out["peak_rss_mb"] = mem().get("peak_rss_mb")
    return out


def w_scale_query(spec: dict[str, Any]) -> dict[str, Any]:
    import numpy as np

    from rag.engine import Engine
    from rag.lexical import BM25Index
    from rag.types import Timings

    s = settings_for(Path(spec["data_dir"]), collection="synth",
                     torch_threads=spec.get("threads"), **spec.get("chroma", {}))
    engine = Engine(s)
    engine.embedder.embed_queries(["warm up"])
    base = mem()
    t = time.perf_counter()
    store, bm25 = engine._ready()
    open_s = time.perf_counter() - t
    questions = spec["questions"]
    t = time.perf_counter()
    engine.search(questions[0])
    first_ms = (time.perf_counter() - t) * 1000
    total: list[float] = []
    parts: list[dict[str, float]] = []
    for q in questions:
        timings = Timings()
        t = time.perf_counter()
        engine.search(q, timings=timings)
        total.append((time.perf_counter() - t) * 1000)
        parts.append(timings.parts)
    vectors = engine.embedder.embed_queries(questions)
    raw: list[float] = []
    for v in vectors:
        t = time.perf_counter()
        store._collection.query(query_embeddings=[np.asarray(v).tolist()],
                                n_results=s.candidates,
                                include=["documents", "metadatas", "distances"])
        raw.append((time.perf_counter() - t) * 1000)
    bm25_ms: list[float] = []
    for q in questions:
        t = time.perf_counter()
        bm25.search(q, k=s.candidates)
        bm25_ms.append((time.perf_counter() - t) * 1000)
    t = time.perf_counter()
    BM25Index.load(s.bm25_dir)
    bm25_load_s = time.perf_counter() - t
    return {
        "count": store.count(), "open_s": round(open_s, 2), "first_search_ms": round(first_ms),
        "search_ms": dist(total), "search_parts": _parts(parts),
        "chroma_raw_query_ms": dist(raw), "bm25_query_ms": dist(bm25_ms),
        "bm25_load_s": round(bm25_load_s, 2),
        "rss_model_only_mb": base.get("rss_mb"), "memory": mem(),
    }


@contextlib.contextmanager
def chroma_server(path: Path) -> Iterator[tuple[int, int]]:
    """A ``chroma run`` server on a free loopback port; yields (port, pid)."""
    port = free_port()
    path.mkdir(parents=True, exist_ok=True)
    logf = open(path.parent / f"{path.name}.log", "wb")  # noqa: SIM115
    proc = subprocess.Popen(
        [str(Path(PY).with_name("chroma")), "run", "--path", str(path), "--host", "127.0.0.1",
         "--port", str(port)],
        stdout=logf, stderr=subprocess.STDOUT, env={**os.environ, "ANONYMIZED_TELEMETRY": "False"},
    )
    try:
        deadline = time.time() + 60
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/v2/heartbeat",
                                            timeout=2):
                    break
            except OSError:
                if proc.poll() is not None or time.time() > deadline:
                    raise RuntimeError(f"chroma run did not start: see {logf.name}") from None
                time.sleep(0.5)
        yield port, proc.pid
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        logf.close()


def section_scale(ctx: Context) -> dict[str, Any]:
    from synth import NOISE_SIGMA, pool_from_stores

    from rag.store import ChromaStore

    pool_dir = ctx.work / "synth" / "pool"
    pool = pool_from_stores([ChromaStore(ctx.piaf_settings), ChromaStore(ctx.corpus_settings)])
    pool.save(pool_dir)
    sizes = [10_000] if ctx.quick else [10_000, 100_000]
    questions = [q for q, _ in ctx.piaf_questions()][: 50 if ctx.quick else 200]
    out: dict[str, Any] = {"pool_chunks": len(pool.ids), "noise_sigma": NOISE_SIGMA,
                           "questions": len(questions), "sizes": []}
    for size in sizes:
        row: dict[str, Any] = {"size": size, "load_before": load()}
        data_dir = ctx.work / "synth" / f"embedded-{size}"
        shutil.rmtree(data_dir, ignore_errors=True)
        spec = {"pool": str(pool_dir), "size": size, "data_dir": str(data_dir)}
        row["embedded_build"] = worker("scale_build", spec)
        log(f"scale {size} embedded build: {row['embedded_build']}")
        row["embedded"] = worker("scale_query", {**spec, "questions": questions})
        log(f"scale {size} embedded query: {row['embedded']['search_ms']} "
            f"{row['embedded']['memory']}")
        server_dir = ctx.work / "synth" / f"server-{size}"
        shutil.rmtree(server_dir, ignore_errors=True)
        with chroma_server(server_dir) as (port, pid):
            chroma = {"chroma_host": "127.0.0.1", "chroma_port": port}
            row["server_build"] = worker("scale_build", {**spec, "chroma": chroma,
                                                          "bm25": False})
            row["server_rss_after_build"] = mem(pid)
            log(f"scale {size} server build: {row['server_build']}")
            row["server"] = worker("scale_query", {**spec, "chroma": chroma,
                                                   "questions": questions})
            row["server"]["server_process"] = mem(pid)
            log(f"scale {size} server query: {row['server']['search_ms']} "
                f"server {row['server']['server_process']}")
        row["disk_mb"] = {
            "embedded_chroma": _du(data_dir / "chroma"), "server_chroma": _du(server_dir)}
        out["sizes"].append(row)
    return out


def _du(path: Path) -> float:
    return round(sum(f.stat().st_size for f in path.rglob("*") if f.is_file()) / 2**20, 1)


# -- context -------------------------------------------------------------------------------


class Context:
    def __init__(self, args: argparse.Namespace) -> None:
        self.quick: bool = args.quick
        self.out: Path = args.out
        self.work: Path = args.work
        self.piaf_paragraphs = 120 if self.quick else None
        self.corpus_settings = settings_for(self.work / "corpus")
        self.piaf_settings = settings_for(self.work / "piaf", collection="piaf")
        self._piaf: Any = None
        self._engines: list[Any] | None = None

    def piaf(self) -> Any:
        if self._piaf is None:
            from rag.piaf import load_piaf

            self._piaf = load_piaf(PIAF_PATH, max_paragraphs=self.piaf_paragraphs)
        return self._piaf

    def piaf_docs(self) -> list[Any]:
        return list(self.piaf().documents)

    def piaf_chunks(self) -> list[Any]:
        from rag.chunk import chunk_document

        s = self.piaf_settings
        return [c for d in self.piaf_docs() for c in chunk_document(
            d, min_words=s.chunk_min_words, max_words=s.chunk_max_words)]

    def piaf_questions(self) -> list[tuple[str, None]]:
        from rag.piaf import subsample

        n = 30 if self.quick else 150
        return [(q.question, None) for q in subsample(self.piaf().questions, n)]

    def question_sets(self) -> list[tuple[Any, list[tuple[str, Any]]]]:
        """(engine, questions) for PIAF and for the bundled corpus, engines kept warm."""
        if self._engines is None:
            from rag.engine import Engine

            self._engines = [Engine(self.piaf_settings), Engine(self.corpus_settings)]
            for e in self._engines:
                e.warm_up()
        qa = [(it["question"], it.get("history")) for it in qa_items(30 if self.quick else None)]
        return [(self._engines[0], self.piaf_questions()), (self._engines[1], qa)]


# -- report --------------------------------------------------------------------------------


def machine() -> dict[str, Any]:
    cpu = ""
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    mem_total = 0.0
    with contextlib.suppress(OSError):
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                mem_total = int(line.split()[1]) / 2**20
    import chromadb
    import sentence_transformers
    import torch

    return {"cpu": cpu, "cores": os.cpu_count(), "ram_gb": round(mem_total, 1),
            "python": platform.python_version(), "torch": torch.__version__,
            "sentence_transformers": sentence_transformers.__version__,
            "chromadb": chromadb.__version__, "platform": platform.platform()}


def goals(r: dict[str, Any]) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []

    def add(name: str, value: Any, limit: str, ok: bool | None) -> None:
        rows.append({"goal": name, "measured": value, "target": limit,
                     "met": None if ok is None else bool(ok)})

    ing = r.get("ingest")
    if ing:
        for key in ("corpus", "piaf"):
            add(f"ingest {key} / raw encoder", ing[key]["ratio_to_raw"], "<= 1.2",
                ing[key]["ratio_to_raw"] <= 1.2)
        re_ = ing["piaf_reingest"]
        add("re-ingest PIAF (s, re-embedded)", f"{re_['seconds']} s, {re_['embedded']}",
            "<= 5 s, 0", re_["seconds"] <= 5 and re_["embedded"] == 0)
    lat = r.get("latency_summary")
    if lat:
        for key, what in (("ask", "passages read for the first time"),
                          ("ask_repeat", "passages read before")):
            p50, p95 = lat[f"{key}_p50"], lat[f"{key}_p95"]
            add(f"warm ask p50, {what} (ms)", f"{p50['median']} {p50['range']}", "<= 100",
                p50["median"] <= 100)
            add(f"warm ask p95, {what} (ms)", f"{p95['median']} {p95['range']}", "<= 250",
                p95["median"] <= 250)
        add("warm search p50 / p95 (ms)", f"{lat['search_p50']['median']} / "
            f"{lat['search_p95']['median']}", "–", None)
    cold = r.get("cold")
    if cold:
        add("cold start to first answer (s)", cold["seconds"], "<= 15", cold["seconds"] <= 15)
    memory = r.get("memory")
    if memory:
        peak = memory["after_answers"].get("peak_rss_mb", 0)
        add("peak RSS serving (MB)", peak, "<= 1536", peak <= 1536)
    scale = r.get("scale")
    if scale:
        for row in scale["sizes"]:
            if row["size"] == 100_000:
                for backend in ("embedded", "server"):
                    p95 = row[backend]["search_ms"]["p95"]
                    add(f"100k search p95, {backend} (ms)", p95, "<= 300", p95 <= 300)
    return rows


def _row(cells: Sequence[Any]) -> str:
    return "| " + " | ".join(str(c) for c in cells) + " |"


def markdown(r: dict[str, Any]) -> str:
    m = r["machine"]
    lines = [
        "# Benchmark results", "",
        f"`{r['command']}` on {r['date']}, {'quick' if r['quick'] else 'full'} run, "
        f"{r['seconds']:.0f} s. Machine: {m['cpu']}, {m['cores']} cores, {m['ram_gb']} GB RAM, "
        f"Python {m['python']}, torch {m['torch']}, sentence-transformers "
        f"{m['sentence_transformers']}, chromadb {m['chromadb']}. Load average (1/5/15 min) at "
        f"start {r['load_start']}, at end {r['load_end']}: other work shared the two cores, "
        "so single numbers are noisy; the latency is given over several rounds.", "",
        "## Goals", "", _row(["goal", "measured", "target", "met"]), _row(["---"] * 4),
    ]
    for g in r["goals"]:
        lines.append(_row([g["goal"], g["measured"], g["target"],
                           {True: "yes", False: "**no**", None: "–"}[g["met"]]]))
    if "threads" in r:
        lines += ["", "## Thread settings (raw encoder, one process per setting)", "",
                  _row(["setting", "query encode p50 ms", "p95 ms", "passages/s (batch 16)",
                        "load before"]), _row(["---"] * 5)]
        for c in r["threads"]["configs"]:
            lines.append(_row([c["config"], c["query_encode_ms"]["p50"],
                               c["query_encode_ms"]["p95"], c["passages_per_s"],
                               c["load_before"][0]]))
    if "ingest" in r:
        ing = r["ingest"]
        lines += ["", "## Ingest", "",
                  f"Model load {ing['model_load_s']} s and LlamaIndex/Chroma import "
                  f"{ing['store_import_s']} s, once per process (not included below).", "",
                  _row(["corpus", "chunks", "ingest s", "chunks/s", "of which encoding s",
                        "raw encoder s", "ingest / raw"]), _row(["---"] * 7)]
        for key, name in (("corpus", "bundled (5 articles)"), ("piaf", "PIAF paragraphs")):
            x = ing[key]
            lines.append(_row([name, x["chunks"], f"{x['seconds']} {x['seconds_range']}",
                               x["chunks_per_s"], x["encode_seconds"], x["raw_encoder_seconds"],
                               f"{x['ratio_to_raw']} {x['ratio_range']}"]))
        for key, name in (("corpus_reingest", "bundled"), ("piaf_reingest", "PIAF")):
            x = ing[key]
            lines.append(f"\nRe-ingest unchanged {name}: {x['seconds']} s, {x['embedded']} "
                         f"re-embedded, {x['unchanged']} unchanged.")
    if "latency" in r:
        lines += ["", "## Warm query latency", "",
                  "Questions: " + r["latency"]["questions"] + ". *ask* reads each passage "
                  "for the first time in the process (in-memory caches cleared before the "
                  "pass: sentence vectors come from `sentences.sqlite`, words and questions "
                  "are encoded afresh); *ask again* repeats the same questions with warm "
                  "caches.", "",
                  _row(["round", "time", "load", "search p50/p95", "ask p50/p95",
                        "ask again p50/p95"]), _row(["---"] * 6)]
        for x in r["latency"]["rounds"]:
            lines.append(_row([x["label"], x["time"], x["load_before"][0],
                               f"{x['search']['p50']} / {x['search']['p95']}",
                               f"{x['ask']['p50']} / {x['ask']['p95']}",
                               f"{x['ask_repeat']['p50']} / {x['ask_repeat']['p95']}"]))
        s = r["latency_summary"]
        lines.append(_row(["**median [range]**", "", "",
                           f"{s['search_p50']['median']} / {s['search_p95']['median']}",
                           f"{s['ask_p50']['median']} {s['ask_p50']['range']} / "
                           f"{s['ask_p95']['median']} {s['ask_p95']['range']}",
                           f"{s['ask_repeat_p50']['median']} / "
                           f"{s['ask_repeat_p95']['median']}"]))
        last = r["latency"]["rounds"][-1]
        lines += ["", f"Where the time goes (round '{last['label']}', ms, p50 and mean per "
                  "question):", "", _row(["part", "search p50", "search mean", "ask p50",
                                          "ask mean"]), _row(["---"] * 5)]
        names = sorted(set(last["search"]["parts"]) | set(last["ask"]["parts"]))
        for n in names:
            sp, ap = last["search"]["parts"].get(n, {}), last["ask"]["parts"].get(n, {})
            lines.append(_row([n, sp.get("p50", ""), sp.get("mean", ""), ap.get("p50", ""),
                               ap.get("mean", "")]))
        lines.append("\n`encode_ms`: query embedding; `chroma_ms`: vector search (LlamaIndex + "
                     "Chroma); `bm25_ms`: BM25; `extractive_ms`: the extractive answerer, "
                     "of which `sentence_vectors_ms` reads the passages' sentence vectors "
                     "(saved at ingest) and `translate_ms` encodes the words of the best "
                     "sentences in the other language (English questions over French text); "
                     "`search_ms`/`prepare_ms`/`total_ms` enclose the others.")
    if "cold" in r:
        c = r["cold"]
        lines += ["", "## Cold start", "",
                  f"`{c['command']}` (process start to printed answer): median "
                  f"{c['seconds']} s, range {c['range']}, peak RSS "
                  f"{max(x['peak_rss_mb'] for x in c['runs'])} MB. `import rag.cli`: "
                  f"{c['import_rag_cli_s']} s. Import time by package (`-X importtime`, sum "
                  f"of self times, {c['imports']['total_s']} s in all): "
                  + ", ".join(f"{k} {v} s" for k, v in c["imports"]["top"][:8])
                  + ". Optional heavy packages imported on this path: "
                  + (", ".join(c["imports"]["optional_heavy_imported"]) or "none") + "."]
    if "memory" in r:
        x = r["memory"]
        lines += ["", "## Memory while serving", "",
                  f"Web UI (Gradio) and engine over the PIAF index in one process, "
                  f"{x['questions']} questions answered: RSS after launch "
                  f"{x['after_launch'].get('rss_mb')} MB, peak "
                  f"{x['after_answers'].get('peak_rss_mb')} MB (VmHWM)."]
    if "scale" in r:
        sc = r["scale"]
        lines += ["", "## Scale (synthetic corpora)", "",
                  f"Built from the {sc['pool_chunks']} real chunks (bundled corpus + PIAF) and "
                  "their stored e5 vectors, nothing re-embedded: chunk i = first half of the "
                  "sentences of real chunk A + second half of real chunk B (A != B, seed 0), "
                  f"vector = normalize(v_A + v_B + N(0, {sc['noise_sigma']}^2)), ten chunks "
                  "per synthetic document, A's title, random dates; written with the product's "
                  "`ChromaStore.add` (LlamaIndex nodes) and `BM25Index`. "
                  f"{sc['questions']} PIAF questions, hybrid `Engine.search` (k=5, 30 "
                  "candidates per retriever).", "",
                  _row(["chunks", "store", "add chunks/s", "search p50/p95 ms",
                        "chroma_ms p50/p95 (raw query p95)", "bm25 p50/p95 ms",
                        "open s", "RSS MB (client / server)"]), _row(["---"] * 8)]
        for row in sc["sizes"]:
            for backend in ("embedded", "server"):
                q = row[backend]
                build = row[f"{backend}_build"]
                rss = q["memory"].get("rss_mb")
                if backend == "server":
                    rss = f"{rss} / {q['server_process'].get('rss_mb')}"
                parts = q["search_parts"].get("chroma_ms", {})
                lines.append(_row([
                    f"{row['size']:,}", backend, build["store_add_per_s"],
                    f"{q['search_ms']['p50']} / {q['search_ms']['p95']}",
                    f"{parts.get('p50', '')} (raw {q['chroma_raw_query_ms']['p95']})",
                    f"{q['bm25_query_ms']['p50']} / {q['bm25_query_ms']['p95']}",
                    q["open_s"], rss]))
        lines += ["", _row(["chunks", "BM25 build s", "save s", "load s", "on disk MB",
                            "Chroma on disk MB (embedded / server)"]), _row(["---"] * 6)]
        for row in sc["sizes"]:
            b = row["embedded_build"]
            lines.append(_row([f"{row['size']:,}", b["bm25_build_s"], b["bm25_save_s"],
                               row["embedded"]["bm25_load_s"], b["bm25_disk_mb"],
                               f"{row['disk_mb']['embedded_chroma']} / "
                               f"{row['disk_mb']['server_chroma']}"]))
        if sc.get("growth"):
            lines += ["", sc["growth"]]
    return "\n".join(lines) + "\n"


def growth_text(r: dict[str, Any]) -> str:
    """How the search cost grows from the PIAF index (~800 chunks) to 10k and 100k."""
    pts = []
    if "latency" in r:
        last = r["latency"]["rounds"][-1]["search"]
        pts.append(("PIAF index", last["p95"], last["parts"].get("chroma_ms", {}).get("p50"),
                    last["parts"].get("bm25_ms", {}).get("p50")))
    for row in r.get("scale", {}).get("sizes", []):
        q = row["embedded"]
        pts.append((f"{row['size']:,} chunks", q["search_ms"]["p95"],
                    q["search_parts"].get("chroma_ms", {}).get("p50"),
                    q["search_parts"].get("bm25_ms", {}).get("p50")))
    if len(pts) < 2:
        return ""
    return "Growth (embedded store, search p95 / chroma_ms p50 / bm25_ms p50): " + "; ".join(
        f"{name}: {p95} / {c} / {b} ms" for name, p95, c, b in pts) + "."


# -- main ----------------------------------------------------------------------------------
SECTIONS = ("threads", "ingest", "latency", "profile", "cold", "memory", "scale")
WORKERS: dict[str, Callable[[dict[str, Any]], dict[str, Any]]] = {
    "threads": w_threads, "serve": w_serve, "scale_build": w_scale_build,
    "scale_query": w_scale_query,
}


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--quick", action="store_true", help="subsets, no 100k scale step")
    p.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "results")
    p.add_argument("--work", type=Path, default=ROOT / ".data" / "bench",
                   help="scratch data directories (indexes, synthetic corpora)")
    p.add_argument("--only", nargs="*", choices=SECTIONS, help="run only these sections")
    p.add_argument("--skip", nargs="*", choices=SECTIONS, default=[])
    p.add_argument("--rounds", type=int, default=None, help="latency rounds (default 3, quick 2)")
    p.add_argument("--max-load", type=float, default=2.5,
                   help="before the final latency rounds, wait for the load to drop under this")
    p.add_argument("--max-wait", type=float, default=180, help="...for at most this many s")
    p.add_argument("--worker", help=argparse.SUPPRESS)
    p.add_argument("--spec", help=argparse.SUPPRESS)
    args = p.parse_args()
    if args.worker:
        emit(WORKERS[args.worker](json.loads(args.spec)))
        return

    os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
    args.out.mkdir(parents=True, exist_ok=True)
    args.work.mkdir(parents=True, exist_ok=True)
    ctx = Context(args)
    wanted = [s for s in (args.only or SECTIONS) if s not in args.skip]
    if args.quick and not args.only:
        wanted = [s for s in wanted if s != "profile"]
    started = time.perf_counter()
    cmd = "python benchmarks/run.py" + (" --quick" if args.quick else "")
    r: dict[str, Any] = {"command": cmd, "quick": args.quick,
                         "date": datetime.datetime.now().isoformat(timespec="minutes"),
                         "load_start": load(), "machine": machine()}
    need_index = any(s in wanted for s in ("latency", "profile", "cold", "memory", "scale"))
    if "ingest" not in wanted and need_index:
        from rag.embed import get_embedder
        from rag.index import ingest, ingest_documents

        emb = get_embedder(ctx.corpus_settings)
        ingest(ctx.corpus_settings, emb)
        ingest_documents(ctx.piaf_settings, emb, ctx.piaf_docs())
    rounds_total = args.rounds or (2 if args.quick else 3)
    rounds: list[dict[str, Any]] = []
    for name in wanted:
        log(f"section {name}")
        t = time.perf_counter()
        if name == "threads":
            r["threads"] = section_threads(ctx)
        elif name == "ingest":
            r["ingest"] = section_ingest(ctx)
        elif name == "latency":
            rounds.append(latency_round(ctx, "1 (early)"))
        elif name == "profile":
            r["profile"] = section_profile(ctx)
        elif name == "cold":
            r["cold"] = section_cold(ctx)
        elif name == "memory":
            r["memory"] = section_memory(ctx)
        elif name == "scale":
            r["scale"] = section_scale(ctx)
        r.setdefault("section_seconds", {})[name] = round(time.perf_counter() - t, 1)
    if "latency" in wanted:
        for i in range(2, rounds_total + 1):
            quiet = wait_for_quiet(args.max_load, args.max_wait)
            log(f"latency round {i} at load {quiet}")
            rounds.append(latency_round(ctx, f"{i} (end)"))
        sets = ctx.question_sets()
        r["latency"] = {
            "questions": f"{len(sets[0][1])} PIAF questions (seed 0) over the "
                         f"{len(ctx.piaf_docs())} PIAF paragraphs + {len(sets[1][1])} "
                         "eval/qa.jsonl questions (with their histories) over the bundled "
                         f"corpus = {len(sets[0][1]) + len(sets[1][1])}",
            "rounds": rounds,
        }
        r["latency_summary"] = summarize_rounds(rounds)
    if "scale" in r:
        r["scale"]["growth"] = growth_text(r)
    r["goals"] = goals(r)
    r["load_end"] = load()
    r["seconds"] = round(time.perf_counter() - started, 1)
    (args.out / "bench.json").write_text(json.dumps(r, indent=2, ensure_ascii=False) + "\n",
                                         encoding="utf-8")
    (args.out / "bench.md").write_text(markdown(r), encoding="utf-8")
    log(f"wrote {args.out / 'bench.json'} and {args.out / 'bench.md'} in {r['seconds']:.0f} s")


if __name__ == "__main__":
    main()
