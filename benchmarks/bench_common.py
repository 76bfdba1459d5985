"""Shared helpers of the benchmark (``benchmarks/run.py``): paths, timing statistics,
memory from ``/proc``, worker processes, the timed embedder wrapper and the run context."""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import platform
import socket
import statistics
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

PY = sys.executable
RUN_PY = Path(__file__).resolve().with_name("run.py")
"""The entry point: ``worker()`` runs ``run.py --worker NAME`` in a fresh process."""

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
        [PY, str(RUN_PY), "--worker", name, "--spec", json.dumps(spec)],
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


def part_stats(rows: list[dict[str, float]]) -> dict[str, Any]:
    names = sorted({k for r in rows for k in r})
    return {k: {"p50": round(pct([r.get(k, 0.0) for r in rows], 50), 2),
                "mean": round(statistics.fmean(r.get(k, 0.0) for r in rows), 2)}
            for k in names}


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
            from rag.eval.datasets import load_piaf

            self._piaf = load_piaf(max_paragraphs=self.piaf_paragraphs)
        return self._piaf

    def piaf_docs(self) -> list[Any]:
        return list(self.piaf().documents)

    def piaf_chunks(self) -> list[Any]:
        from rag.ingest.chunk import chunk_document

        s = self.piaf_settings
        return [c for d in self.piaf_docs() for c in chunk_document(
            d, min_words=s.chunk_min_words, max_words=s.chunk_max_words)]

    def piaf_questions(self) -> list[tuple[str, None]]:
        from rag.eval.datasets import subsample

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


# -- machine -------------------------------------------------------------------------------


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
