"""Memory and latency of one serving process: an Engine over the ingested corpus answering
questions, as `rag serve` holds it (both models loaded, cold query vectors).

    .venv/bin/python benchmarks/serving_rss.py [N]

Asks the first N questions of eval/qa.jsonl (default 30) once each, then prints the
process's resident memory (VmRSS, its peak VmHWM, and the anonymous / file-backed parts)
and the ask latency p50 / p95. Run it on an otherwise idle machine.
"""

from __future__ import annotations

import json
import statistics
import sys
import time
from pathlib import Path

from rag.engine import Engine

ROOT = Path(__file__).resolve().parent.parent


def memory() -> dict[str, int]:
    """The process's memory figures from /proc (kB)."""
    keys = ("VmRSS", "VmHWM", "RssAnon", "RssFile")
    out = {}
    for line in Path("/proc/self/status").read_text().splitlines():
        name, _, value = line.partition(":")
        if name in keys:
            out[name] = int(value.split()[0])
    return out


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 30
    lines = (ROOT / "eval" / "qa.jsonl").read_text(encoding="utf-8").splitlines()
    questions = [json.loads(x)["question"] for x in lines[:n]]
    engine = Engine()
    started = time.perf_counter()
    engine.warm_up()
    warm = time.perf_counter() - started
    times = []
    for q in questions:
        engine.embedder.clear_cache()  # a user's new question: its vector is not cached
        t = time.perf_counter()
        engine.ask(q)
        times.append((time.perf_counter() - t) * 1000)
    mem = memory()
    times.sort()
    print(json.dumps({
        "questions": len(times), "warm_up_s": round(warm, 2),
        "ask_ms_p50": round(statistics.median(times), 1),
        "ask_ms_p95": round(times[int(0.95 * (len(times) - 1))], 1),
        "rss_mb": round(mem["VmRSS"] / 1024), "peak_rss_mb": round(mem["VmHWM"] / 1024),
        "anon_mb": round(mem["RssAnon"] / 1024), "file_mb": round(mem["RssFile"] / 1024),
        "reader_runtime": engine.settings.reader_runtime,
        "embed_runtime": engine.settings.embed_runtime,
    }, indent=1))


if __name__ == "__main__":
    main()
