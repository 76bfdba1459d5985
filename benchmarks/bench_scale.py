"""Benchmark section ``scale``: synthetic 10k/100k-chunk corpora (``synth.py``) in the
embedded store and in a ``chroma run`` server, BM25 at that size."""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from bench_common import (
    PY,
    Context,
    dist,
    free_port,
    load,
    log,
    mem,
    part_stats,
    settings_for,
    worker,
)

# -- section: scale ------------------------------------------------------------------------


def w_scale_build(spec: dict[str, Any]) -> dict[str, Any]:
    from synth import Pool, synthetic_chunks

    from rag.search.bm25 import BM25Index
    from rag.search.store import ChromaStore

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
    from rag.search.bm25 import BM25Index
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
        "search_ms": dist(total), "search_parts": part_stats(parts),
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

    from rag.search.store import ChromaStore

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
