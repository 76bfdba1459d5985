"""Benchmark sections ``latency`` (warm search and ask, in rounds), ``profile``
(pyinstrument of warm asks), ``cold`` (process start to first answer, import times) and
``memory`` (peak RSS while serving the web UI)."""

from __future__ import annotations

import datetime
import json
import os
import statistics
import subprocess
import tempfile
import time
import urllib.request
from pathlib import Path
from typing import Any

from bench_common import (
    HEAVY_OPTIONAL,
    PY,
    ROOT,
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

# -- section: warm latency -----------------------------------------------------------------


def clear_answer_caches(engine: Any) -> None:
    """Forget the query vectors the embedder keeps: the next asks encode their questions
    afresh, as a user's new question is (the only cache on the answer path)."""
    engine.embedder.clear_cache()


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
    out["search"] = {**dist(search_ms), "parts": part_stats(search_parts)}
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
        out[key] = {**dist(ms), "parts": part_stats(parts), "by_set": per_set}
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
    from rag.engine import Engine
    from rag.ui import app as ui

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
