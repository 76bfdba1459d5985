"""What the reader reads and how it runs, on accuracy and time together.

    .venv/bin/python benchmarks/bench_reader.py [--pairs 150] [--split dev]

Rows: runtime (torch fp32, ONNX Runtime int8) x threads x reading window (whole passages,
or the sentences around the one closest to the question, up to N words) x passages read.
Accuracy, twice: the reader alone on PIAF dev pairs (its own paragraph vs a no-answer
paragraph: F1, EM, no-answer accuracy; runtime only, windows do not apply) and the product
on the ``--split`` items of eval/qa.jsonl through ``Engine.ask`` (citation precision and
recall, false abstention, abstention accuracy, short-answer F1). Time: the reader's
milliseconds per question in those asks (p50, p95), the query vector cold (each question
is new to the process). Writes benchmarks/results/reader.{md,json}. Run it on an otherwise
idle machine: a training job or a test run in the background makes the times meaningless.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

import numpy as np

from rag.config import Settings
from rag.engine import Engine
from rag.eval.calibrate import pair_metrics, read_pairs
from rag.eval.datasets import PIAF_PATH, QA_PATH, examples, load_split, read_squad
from rag.eval.evaluate import evaluate_dataset
from rag.read.reader import Reader

OUT = Path(__file__).parent / "results"
KEYS = ("citation_precision", "citation_recall", "false_abstention_rate",
        "abstention_accuracy", "short_f1")
ROWS = [  # runtime, threads, window words (0: whole passages), passages
    ("torch", 1, 0, 8), ("onnx", 1, 0, 8), ("onnx", 2, 0, 8),
    ("onnx", 1, 120, 8), ("onnx", 1, 90, 8), ("onnx", 1, 60, 8),
    ("onnx", 1, 120, 5), ("onnx", 2, 120, 8),
]


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--pairs", type=int, default=150)
    p.add_argument("--split", default="dev")
    args = p.parse_args()
    base = Settings()
    pairs = examples(read_squad(PIAF_PATH), load_split()["dev"], negatives=1,
                     seed=1)[: 2 * args.pairs]
    alone: dict[tuple[str, int], dict[str, Any]] = {}
    rows: list[dict[str, Any]] = []
    for runtime, threads, words, passages in ROWS:
        s = base.model_copy(update={"reader_runtime": runtime, "torch_threads": threads,
                                    "reader_window_words": words,
                                    "reader_passages": passages})
        if (runtime, threads) not in alone:
            m = pair_metrics(pairs, read_pairs(Reader(s), pairs),
                             threshold=s.abstain_threshold)
            alone[(runtime, threads)] = {k: m[k] for k in ("f1", "em", "no_answer_accuracy")}
        engine = Engine(s)
        engine.warm_up()
        engine.embedder.clear_cache()  # type: ignore[attr-defined]
        started = time.perf_counter()
        results, summary, _ = evaluate_dataset(engine, QA_PATH, split=args.split)
        read = [r.answer.timings.get("read_ms", 0.0) for r in results]
        total = [r.answer.timings.get("total_ms", 0.0) for r in results]
        a = summary["all"]["all"]
        rows.append({
            "runtime": runtime, "threads": threads, "window_words": words,
            "passages": passages, **alone[(runtime, threads)],
            **{k: a.get(k) for k in KEYS}, "n": a["n"],
            "read_p50_ms": round(statistics.median(read), 1),
            "read_p95_ms": round(float(np.percentile(read, 95)), 1),
            "ask_p50_ms": round(statistics.median(total), 1),
            "seconds": round(time.perf_counter() - started, 1),
        })
        print(json.dumps(rows[-1]), flush=True)
    OUT.mkdir(exist_ok=True)
    (OUT / "reader.json").write_text(json.dumps(rows, indent=1) + "\n", encoding="utf-8")
    f = lambda v: "–" if v is None else f"{v:.3f}"  # noqa: E731
    lines = ["# Reader: what it reads and how it runs", "",
             f"`python benchmarks/bench_reader.py --pairs {args.pairs} --split {args.split}`. "
             f"Reader alone: {len(pairs)} PIAF dev pairs. Product: the {rows[0]['n']} "
             f"`{args.split}` items of eval/qa.jsonl through Engine.ask; read/ask ms are per "
             "question, the question new to the process.", "",
             "| runtime | threads | window words | passages | F1 alone | EM alone | no-answer "
             "acc alone | citation P | citation R | false abst. | abst. acc | short F1 | "
             "read p50 ms | read p95 ms | ask p50 ms |", "|" + "---|" * 15]
    for r in rows:
        lines.append(
            f"| {r['runtime']} | {r['threads']} | {r['window_words'] or 'whole'} | "
            f"{r['passages']} | {f(r['f1'])} | {f(r['em'])} | {f(r['no_answer_accuracy'])} | "
            + " | ".join(f(r[k]) for k in KEYS)
            + f" | {r['read_p50_ms']} | {r['read_p95_ms']} | {r['ask_p50_ms']} |")
    (OUT / "reader.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
