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

This file is the entry point (command line, section order, worker dispatch); the sections
live in ``bench_ingest.py`` (threads, ingest), ``bench_latency.py`` (latency, profile,
cold, memory) and ``bench_scale.py``, the report in ``bench_report.py``, and the shared
helpers and run context in ``bench_common.py``.
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bench_common import ROOT, Context, emit, load, log, machine, wait_for_quiet
from bench_ingest import section_ingest, section_threads, w_threads
from bench_latency import (
    latency_round,
    section_cold,
    section_memory,
    section_profile,
    summarize_rounds,
    w_serve,
)
from bench_report import goals, growth_text, markdown
from bench_scale import section_scale, w_scale_build, w_scale_query

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
        from rag.ingest.pipeline import Documents, ingest
        from rag.search.embed import get_embedder

        emb = get_embedder(ctx.corpus_settings)
        ingest(ctx.corpus_settings, emb)
        ingest(ctx.piaf_settings, emb, Documents(ctx.piaf_docs(), exact=True))
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
