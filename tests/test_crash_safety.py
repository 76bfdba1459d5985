"""Crash-safe ingest: an ingest killed at any point is completed by the next one.

A corpus of the 5 articles and PIAF paragraphs (one .txt file each) goes from a first
version (v1, indexed) to a second (v2: two files deleted, three edited, 80 added, so
more than one embedding batch). Ingests of v2 are killed with SIGKILL at several points
(``slow``), or stopped in-process by a fault injected at each stage (deterministic);
then a normal ``rag ingest`` must leave exactly what a clean build of v2 holds: the
same chunk ids (none duplicated, none orphaned), BM25 over the same ids, every vector
findable, and the same answers. Two ingests started at once: one runs, the other says
"another 'rag ingest' is running" and exits non-zero; the index is the clean one.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from rag.config import Settings
from rag.engine import Engine
from rag.ingest import pipeline as index_module
from rag.ingest.sentences import open_store
from rag.search.bm25 import BM25Index
from rag.search.store import ChromaStore

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO / "corpus"
PIAF = REPO / "eval" / "datasets" / "piaf" / "piaf-v1.0.json"
_SCRIPT = Path(sys.executable).with_name("rag")
RAG = [str(_SCRIPT)] if _SCRIPT.exists() else [sys.executable, "-m", "rag"]
MakeSettings = Callable[..., Settings]
CAMPBELL = "Who invited North Korean Foreign Minister Choe Son-hui to Russia?"  # answered

V1_PARAGRAPHS = range(30)
V2_NEW = range(30, 110)  # 80 paragraphs: more than one batch of 64 chunks
DELETED = (0, 1)
EDITED = (2, 3, 4)
REVISION = " Ce paragraphe a été révisé après sa première publication."


def _short(context: str) -> str:
    """The paragraph's first sentences, about 50 words: one chunk, quick to embed."""
    words = context.split()
    for i in range(40, min(len(words), 80)):
        if words[i - 1].endswith("."):
            return " ".join(words[:i])
    return " ".join(words[:60])


def _paragraphs() -> list[tuple[str, str, str]]:
    """(title, text, first question) of the first PIAF paragraphs."""
    data = json.loads(PIAF.read_text(encoding="utf-8"))["data"]
    out = [(a["title"], _short(p["context"]), p["qas"][0]["question"])
           for a in data for p in a["paragraphs"]]
    return out[: max(V2_NEW) + 1]


def write_corpus(folder: Path, version: int) -> None:
    """Make ``folder`` hold corpus v1 or v2 (in place: v1 -> v2 edits, adds, deletes)."""
    folder.mkdir(parents=True, exist_ok=True)
    for f in CORPUS.glob("*.txt"):
        shutil.copy(f, folder / f.name)
    paragraphs = _paragraphs()
    wanted = set(V1_PARAGRAPHS) if version == 1 else \
        (set(V1_PARAGRAPHS) - set(DELETED)) | set(V2_NEW)
    for i, (title, context, _q) in enumerate(paragraphs):
        path = folder / f"piaf_{i:03d}.txt"
        if i not in wanted:
            path.unlink(missing_ok=True)
            continue
        text = context + (REVISION if version == 2 and i in EDITED else "")
        path.write_text(f"{title}\n\n{text}\n", encoding="utf-8")


def state(settings: Settings) -> dict[str, Any]:
    """Chunk ids per article, their count, BM25's ids, the model: what a build holds."""
    store = ChromaStore(settings)
    by_doc = store.ids_by_doc()
    ids = [cid for doc in by_doc.values() for cid in doc]
    bm25 = BM25Index.load(settings.bm25_dir)
    return {
        "ids": {d: sorted(v) for d, v in by_doc.items()},
        "count": store.count(),
        "unique": len(set(ids)),
        "bm25": sorted(bm25.ids) if bm25 is not None else None,
        "model": store.embed_model,
        "sentences": sorted(open_store(settings, settings.embed_model).ids()),
    }


def assert_same_as_clean(settings: Settings, clean: Clean) -> None:
    got = state(settings)
    assert got["ids"] == clean.state["ids"], "chunks differ from a clean build"
    assert got["count"] == got["unique"] == clean.state["count"], "duplicated chunks"
    assert got["bm25"] == clean.state["bm25"], "BM25 does not cover the stored chunks"
    assert got["model"] == clean.state["model"]
    assert got["sentences"] == sorted(cid for doc in got["ids"].values() for cid in doc), \
        "sentence vectors missing, or left over from removed chunks"
    # Every stored vector is in the vector index: each finds itself first.
    collection = ChromaStore(settings)._collection
    stored = collection.get(include=["embeddings"])
    found = collection.query(query_embeddings=stored["embeddings"], n_results=1,
                             include=["distances"])
    assert [hits[0] for hits in found["ids"]] == stored["ids"]
    engine = Engine(settings)
    for question, expected in clean.answers.items():
        answer = engine.ask(question)
        assert answer.answer == expected, question


@dataclass
class Clean:
    corpus: Path  # v2 now; v1 when v1_data was built from it (sources point here)
    v1_data: Path  # a data directory holding a build of v1
    state: dict[str, Any]
    answers: dict[str, str]
    make: Callable[..., Settings]

    def v1_copy(self, corpus: Path) -> Settings:
        """A data directory holding v1, for an ingest of ``corpus``."""
        s = self.make(corpus_dir=corpus)
        shutil.copytree(self.v1_data, s.data_dir, dirs_exist_ok=True)
        return s


class MemoEmbedder:
    """The real embedder, remembering passage vectors: the in-process crash tests repeat
    the same ingest several times, and what they test is the bookkeeping, not the model."""

    def __init__(self, real: Any) -> None:
        self.real, self.model_id, self.dim = real, real.model_id, real.dim
        self.memo: dict[str, np.ndarray] = {}
        self.pooled: dict[tuple[str, tuple[tuple[int, int], ...]],
                          tuple[np.ndarray, np.ndarray]] = {}

    def embed_queries(self, texts: Sequence[str]) -> np.ndarray:
        return np.asarray(self.real.embed_queries(texts))

    def embed_passages(self, texts: Sequence[str]) -> np.ndarray:
        missing = [t for t in dict.fromkeys(texts) if t not in self.memo]
        if missing:
            self.memo.update(zip(missing, self.real.embed_passages(missing), strict=True))
        if not texts:
            return np.asarray(self.real.embed_passages(texts))
        return np.stack([self.memo[t] for t in texts])

    def embed_passages_with_spans(
        self, texts: Sequence[str], spans: Sequence[Sequence[tuple[int, int]]], *,
        bulk: bool = True,
    ) -> tuple[np.ndarray, list[np.ndarray]]:
        keys = [(t, tuple(sp)) for t, sp in zip(texts, spans, strict=True)]
        missing = list(dict.fromkeys(k for k in keys if k not in self.pooled))
        if missing:
            vectors, per_text = self.real.embed_passages_with_spans(
                [t for t, _ in missing], [list(sp) for _, sp in missing], bulk=bulk)
            self.pooled.update(zip(missing, zip(vectors, per_text, strict=True), strict=True))
        if not keys:
            return np.zeros((0, self.dim), dtype=np.float32), []
        return np.stack([self.pooled[k][0] for k in keys]), [self.pooled[k][1] for k in keys]


@pytest.fixture(scope="module", autouse=True)
def memo_embedder() -> Iterator[None]:
    import rag.engine
    from rag.search.embed import get_embedder as real_get

    wrappers: dict[int, MemoEmbedder] = {}

    def get(settings: Settings) -> Any:
        real = real_get(settings)
        return wrappers.setdefault(id(real), MemoEmbedder(real))

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(rag.engine, "get_embedder", get)
        yield


@pytest.fixture(scope="module")
def clean(make_settings: MakeSettings, tmp_path_factory: pytest.TempPathFactory) -> Clean:
    root = tmp_path_factory.mktemp("crash")
    corpus, v2 = root / "corpus", root / "v2"
    write_corpus(corpus, 1)
    s1 = make_settings(corpus_dir=corpus)
    Engine(s1).ingest()
    write_corpus(corpus, 2)  # what the crashed ingests bring the v1 index to
    write_corpus(v2, 2)  # built from scratch, elsewhere: the reference
    s2 = make_settings(corpus_dir=v2)
    engine = Engine(s2)
    report = engine.ingest()
    assert report.documents == len(list(v2.glob("*.txt"))) and not report.skipped
    v1_ids = {cid for doc in state(s1)["ids"].values() for cid in doc}
    v2_state = state(s2)
    new = {cid for doc in v2_state["ids"].values() for cid in doc} - v1_ids
    assert len(new) > 64, "going from v1 to v2 must take more than one embedding batch"
    paragraphs = _paragraphs()
    questions = [CAMPBELL, *(paragraphs[i][2] for i in (EDITED[1], V2_NEW[-1]))]
    answers = {q: engine.ask(q).answer for q in questions}
    assert "Lavrov" in answers[CAMPBELL]
    return Clean(corpus, s1.data_dir, v2_state, answers, make_settings)


@pytest.fixture()
def crash_corpus(clean: Clean) -> Path:
    return clean.corpus


# -- faults injected in-process, one per stage ---------------------------------------------
class Crash(BaseException):
    """Raised where the process would have died (a BaseException: nothing catches it)."""


def _crash_on_call(n: int, real: Callable[..., Any]) -> Callable[..., Any]:
    calls = {"n": 0}

    def wrapped(*args: Any, **kwargs: Any) -> Any:
        calls["n"] += 1
        if calls["n"] == n:
            raise Crash
        return real(*args, **kwargs)

    return wrapped


FAULTS: dict[str, Callable[[pytest.MonkeyPatch], None]] = {
    # After the first batch of new chunks is stored, while embedding the second.
    "embedding the second batch": lambda mp: mp.setattr(
        ChromaStore, "add", _crash_on_call(2, ChromaStore.add)),
    # Every new chunk stored, the stale ones not yet deleted.
    "deleting stale chunks": lambda mp: mp.setattr(
        ChromaStore, "delete", _crash_on_call(1, ChromaStore.delete)),
    # The store up to date, BM25 not rebuilt (an old BM25 of another size, or the same).
    "rebuilding BM25": lambda mp: mp.setattr(
        index_module, "rebuild_bm25", _crash_on_call(1, index_module.rebuild_bm25)),
    # Inside BM25's save, between moving the old index away and moving the new one in.
    "saving BM25": lambda mp: mp.setattr(Path, "rename", _crash_on_call(2, Path.rename)),
}


@pytest.mark.slow
@pytest.mark.parametrize("stage", list(FAULTS))
def test_an_ingest_stopped_at_any_stage_is_completed_by_the_next(
    stage: str, clean: Clean, crash_corpus: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings = clean.v1_copy(crash_corpus)
    with monkeypatch.context() as mp:
        FAULTS[stage](mp)
        with pytest.raises(Crash):
            Engine(settings).ingest()
    # The lock went with the "process"; the next ingest completes the work.
    report = Engine(settings).ingest()
    assert report.documents == len(list(crash_corpus.glob("*.txt")))
    assert_same_as_clean(settings, clean)
    again = Engine(settings).ingest()
    assert again.added == again.deleted == 0


def test_a_search_after_a_crash_repairs_bm25_by_ids_not_counts(
    clean: Clean, crash_corpus: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The app (no new ingest) also notices a BM25 index of the right size but old ids."""
    settings = clean.v1_copy(crash_corpus)
    old = BM25Index.load(settings.bm25_dir)
    assert old is not None
    with monkeypatch.context() as mp:
        FAULTS["rebuilding BM25"](mp)
        with pytest.raises(Crash):
            Engine(settings).ingest()
    stored = {cid for doc in state(settings)["ids"].values() for cid in doc}
    # Forge the worst case: an old BM25 index exactly as long as the store.
    fake = BM25Index([*old.ids, *(f"gone-{i}" for i in range(len(stored) - len(old.ids)))],
                     ["x"] * len(stored))
    fake.save(settings.bm25_dir)
    engine = Engine(settings)
    results = engine.search(CAMPBELL, k=5)
    assert results and all(r.chunk.id in stored for r in results)
    repaired = BM25Index.load(settings.bm25_dir)
    assert repaired is not None and set(repaired.ids) == stored


# -- SIGKILL at several points --------------------------------------------------------------------
class Ingest:
    """``rag ingest`` in a subprocess, its stderr read as it comes."""

    def __init__(self, settings: Settings) -> None:
        env = {k: v for k, v in os.environ.items() if not k.startswith("RAG_")}
        env.update(RAG_DATA_DIR=str(settings.data_dir), RAG_CORPUS_DIR=str(settings.corpus_dir),
                   RAG_MODEL_CACHE_DIR=str(settings.models_dir), HF_HUB_OFFLINE="1",
                   TRANSFORMERS_OFFLINE="1", ANONYMIZED_TELEMETRY="False")
        self.settings = settings
        self.started = time.monotonic()
        self.proc = subprocess.Popen([*RAG, "ingest"], env=env, cwd=REPO,
                                     stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        self.stderr = b""
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self.proc.stderr is not None
        while chunk := self.proc.stderr.read1(4096):  # type: ignore[attr-defined]
            self.stderr += chunk

    def progress(self) -> tuple[int, int] | None:
        found = re.findall(rb"(\d+)/(\d+) \[", self.stderr)
        return (int(found[-1][0]), int(found[-1][1])) if found else None

    def loading_model(self) -> bool:
        """The converted model's files are mapped into the process: the model is loading."""
        try:
            maps = Path(f"/proc/{self.proc.pid}/maps").read_text()
        except OSError:
            return False
        return str(self.settings.models_dir) in maps

    def wait_until(self, ready: Callable[[], bool], timeout: float = 300) -> bool:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline and self.proc.poll() is None:
            if ready():
                return True
            time.sleep(0.002)
        return False

    def kill9(self) -> float:
        self.proc.send_signal(signal.SIGKILL)
        self.proc.wait(timeout=60)
        self._reader.join(timeout=10)
        return time.monotonic() - self.started

    def finish(self, timeout: float = 600) -> subprocess.CompletedProcess[bytes]:
        assert self.proc.stdout is not None
        out = self.proc.stdout.read()  # stderr is the reader thread's
        self.proc.wait(timeout=timeout)
        self._reader.join(timeout=10)
        return subprocess.CompletedProcess(self.proc.args, self.proc.returncode, out,
                                           self.stderr)

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait(timeout=60)


@pytest.fixture()
def ingests() -> Iterator[list[Ingest]]:
    started: list[Ingest] = []
    yield started
    for p in started:  # a failed test leaves no process behind
        p.stop()


def stored_rows(settings: Settings) -> int | None:
    """Rows in Chroma's metadata table, read-only (no Chroma client in this process)."""
    try:
        db = sqlite3.connect(f"file:{settings.chroma_dir / 'chroma.sqlite3'}?mode=ro", uri=True)
        with db:
            return int(db.execute("SELECT COUNT(*) FROM embeddings").fetchone()[0])
    except sqlite3.Error:
        return None


@pytest.mark.slow
def test_kill_9_during_ingest_then_ingest_again(clean: Clean, crash_corpus: Path,
                                                ingests: list[Ingest]) -> None:
    settings = clean.v1_copy(crash_corpus)
    landed: list[str] = []

    def run_and_kill(when: str, ready: Callable[[Ingest], bool], *, must_land: bool) -> None:
        p = Ingest(settings)
        ingests.append(p)
        p.wait_until(lambda: ready(p))
        if p.proc.poll() is not None:  # finished (or failed) before the point
            assert not must_land, f"the ingest ended before '{when}': {p.stderr[-800:]!r}"
            landed.append(f"{when}: the ingest ended first (exit {p.proc.returncode})")
            return
        seconds = p.kill9()
        landed.append(f"{when}: SIGKILL at {seconds:.1f}s, progress {p.progress()}, "
                      f"{stored_rows(settings)} rows in Chroma")

    def all_stored(p: Ingest) -> bool:
        done = p.progress()
        return (done is not None and done[0] == done[1]) or \
            (settings.data_dir / "bm25.tmp").exists()

    # 1. While the embedding model loads (its weights are being mapped in).
    run_and_kill("model load", Ingest.loading_model, must_land=True)
    # 2. Just after the first batch of new chunks is stored, the stale ones still there.
    run_and_kill("after the first batch", lambda p: (p.progress() or (0, 1))[0] > 0,
                 must_land=True)
    # 3. The last new chunks stored: deleting the stale ones, rebuilding BM25.
    run_and_kill("stale delete / BM25 rebuild", all_stored, must_land=False)

    final = Ingest(settings)
    ingests.append(final)
    done = final.finish()
    assert done.returncode == 0, done.stderr.decode(errors="replace")
    assert "Traceback" not in done.stderr.decode(errors="replace")
    summary = done.stdout.decode().strip().splitlines()[-1]
    assert_same_as_clean(settings, clean)
    print("\n".join(["", *landed, f"final ingest: {summary}"]))


@pytest.mark.slow
def test_two_ingests_at_once(clean: Clean, crash_corpus: Path, ingests: list[Ingest]) -> None:
    settings = clean.v1_copy(crash_corpus)
    first, second = Ingest(settings), Ingest(settings)
    ingests += [first, second]
    results = [first.finish(), second.finish()]
    codes = sorted(r.returncode for r in results)
    assert codes[0] == 0 and codes[1] != 0, [r.stderr[-500:] for r in results]
    loser = next(r for r in results if r.returncode != 0)
    lines = loser.stderr.decode().strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: another 'rag ingest' is running")
    assert "wait for it to finish" in lines[0]
    assert_same_as_clean(settings, clean)
