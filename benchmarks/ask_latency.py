"""Latency of ``Engine.ask`` with the extractive answerer: cold pass, then warm passes.

    RAG_DATA_DIR=/tmp/rag .venv/bin/python benchmarks/ask_latency.py [--rounds 3]

Every eval question is asked once cold (sentence embeddings not yet cached), then
``--rounds`` more times warm: model and passage sentences cached, but the embedder's
memo of short texts is cleared before each question, so each one is encoded as if
never seen. Prints p50/p95 of the total and of each part.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from rag.config import Settings  # noqa: E402
from rag.engine import Engine  # noqa: E402


def pct(xs: list[float], q: float) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, round(q * (len(xs) - 1)))]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    lines = (ROOT / "eval" / "qa.jsonl").read_text("utf-8").splitlines()
    items = [json.loads(line) for line in lines if line.strip()]
    engine = Engine(Settings())
    engine.ingest()
    engine.warm_up()
    for label, rounds in (("cold", 1), ("warm", args.rounds)):
        totals: list[float] = []
        parts: dict[str, list[float]] = {}
        for _ in range(rounds):
            for item in items:
                if label == "warm" and hasattr(engine.embedder, "clear_cache"):
                    engine.embedder.clear_cache()  # a new question, not a repeated one
                t = time.perf_counter()
                answer = engine.ask(item["question"], item.get("history"))
                totals.append((time.perf_counter() - t) * 1000)
                for name, ms in answer.timings.items():
                    parts.setdefault(name, []).append(ms)
        print(f"{label}: n={len(totals)} p50={statistics.median(totals):.1f} ms "
              f"p95={pct(totals, 0.95):.1f} ms max={max(totals):.1f} ms")
        for name, xs in sorted(parts.items()):
            print(f"    {name:>14}: p50={statistics.median(xs):.1f} ms p95={pct(xs, 0.95):.1f} ms")


if __name__ == "__main__":
    main()
