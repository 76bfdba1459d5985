"""Concurrent users: the answering code is thread-safe and the app serves many sessions.

- 8 threads call :meth:`Engine.ask` at once on a fresh engine with a cold sentence
  cache: every answer equals the sequential one.
- 20 chat sessions x 10 questions each go to the running app on loopback through
  Gradio's queue (``gradio_client``, one client per session, each carrying its own
  history): 0 errors, every answer equal to the one the same conversation gets when
  run alone, in bounded time. p95 latency and throughput are printed and written to
  ``test-artifacts/concurrency.json``.

``RAG_TEST_LOAD=SxQ`` (e.g. ``5x3``) changes the number of sessions and questions.
"""

from __future__ import annotations

import html
import json
import os
import re
import socket
import statistics
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest

from rag.answer.chat import Turn
from rag.config import Settings
from rag.engine import Engine
from rag.ui import app as ui
from rag.ui import render

REPO = Path(__file__).resolve().parent.parent
ARTIFACTS = REPO / "test-artifacts"
QUESTIONS = [
    "What did Campbell say Russia gave in return?",
    "Où Poutine et Kim se sont-ils rencontrés en septembre 2023 ?",
    "Which Russian newspaper reported that Putin would travel to North Korea and Vietnam?",
    "In which city did Antony Blinken meet his South Korean counterpart Park Jin?",
    "Quelle fonction occupe Bonnie Jenkins ?",
    "When did North Korea put its first military spy satellite into orbit?",
    "Selon Jung Pak, qu’obtiendrait Moscou de Pyongyang ?",
    "Who invited North Korean Foreign Minister Choe Son-hui to Russia?",
    "Who won the 2022 football World Cup?",  # the articles don't say
    "Quelle est la population de Pyongyang ?",  # nor this
]
SESSIONS, PER_SESSION = (int(x) for x in os.environ.get("RAG_TEST_LOAD", "20x10").split("x"))
REQUEST_TIMEOUT = 120.0  # one answer, queue wait included
LOAD_TIMEOUT = 300.0  # the whole load test


def visible(markup: str) -> str:
    """The text a user sees in a rendered chat message."""
    return " ".join(html.unescape(re.sub(r"<[^>]*>", " ", markup)).split())


def flat(text: str) -> str:
    return " ".join(text.split())


def conversation(engine: Engine, questions: list[str]) -> list[str]:
    """The answers of one chat session run alone, with the history the UI would pass."""
    turns: list[Turn] = []
    answers: list[str] = []
    for q in questions:
        answer = engine.ask(q, turns, k=5)
        answers.append(flat(answer.answer))
        turns.append(Turn(answer.question, answer))  # what the UI keeps in its state
    return answers


def order(session: int) -> list[str]:
    """Odd sessions ask in reverse order: two different conversations are interleaved."""
    qs = QUESTIONS[:PER_SESSION] if session % 2 == 0 else QUESTIONS[::-1][:PER_SESSION]
    return list(qs)


# -- threads --------------------------------------------------------------------------------------
@pytest.mark.slow
def test_engine_ask_is_thread_safe(settings: Settings, engine: Engine) -> None:
    expected = {q: engine.ask(q).answer for q in QUESTIONS}  # sequential, warm
    fresh = Engine(settings)  # ... and to load the store and BM25
    start = threading.Barrier(8)

    def worker(i: int) -> dict[str, str]:
        start.wait(timeout=60)
        qs = QUESTIONS[i:] + QUESTIONS[:i]
        return {q: fresh.ask(q).answer for q in qs}

    started = time.perf_counter()
    with ThreadPoolExecutor(8) as pool:
        results = list(pool.map(worker, range(8), timeout=600))
    seconds = time.perf_counter() - started
    for got in results:
        assert got == expected
    print(f"\n8 threads x {len(QUESTIONS)} questions, cold cache: {seconds:.1f}s")


@pytest.mark.slow
def test_answers_stay_right_while_an_article_is_added(
    make_settings: Any, tmp_path: Path
) -> None:
    """The UI's "Add articles" re-indexes while others chat: each answer is the one given
    before the new article, or the one given after, never a failure or a mix."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for article in (REPO / "corpus").glob("*.txt"):
        (corpus / article.name).write_bytes(article.read_bytes())
    eng = Engine(make_settings(corpus_dir=corpus))
    eng.ingest()
    before = {q: eng.ask(q).answer for q in QUESTIONS}
    (corpus / "950_phare.txt").write_text(
        "Le phare de Grobnik rouvre\n\nLe phare de Grobnik, fermé depuis 1998, rouvrira au "
        "public le 3 juillet après des travaux de restauration financés par la commune, a "
        "annoncé mardi la maire Ilse Varga devant la presse locale.\n", encoding="utf-8")
    stop = threading.Event()
    seen: list[tuple[str, str]] = []

    def asker(i: int) -> None:
        while not stop.is_set():
            q = QUESTIONS[i % len(QUESTIONS)]
            seen.append((q, eng.ask(q).answer))
            i += 1

    with ThreadPoolExecutor(4) as pool:
        futures = [pool.submit(asker, i) for i in range(4)]
        time.sleep(0.5)
        report = eng.ingest()
        deadline = time.monotonic() + 120  # answers after the ingest too
        while len(seen) < 12 and time.monotonic() < deadline:
            time.sleep(0.1)
        stop.set()
        for future in futures:
            future.result(timeout=120)
    assert report.added >= 1
    after = {q: eng.ask(q).answer for q in QUESTIONS}
    assert any("Grobnik" in r.chunk.text for r in eng.search("phare de Grobnik", k=3))
    assert len(seen) > 8
    for q, a in seen:
        assert a in (before[q], after[q]), q


# -- the app under load ---------------------------------------------------------------------------
def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def app(settings: Settings, engine: Engine) -> Iterator[str]:
    s = settings.model_copy(update={"port": free_port()})
    demo = ui.launch(s, block=False, engine=engine)
    yield f"http://127.0.0.1:{s.port}/"
    demo.close()


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


@pytest.mark.slow
def test_many_chat_sessions_at_once(app: str, engine: Engine) -> None:
    from gradio_client import Client

    references = {s % 2: conversation(engine, order(s)) for s in range(min(SESSIONS, 2))}
    clients = [Client(app, verbose=False) for _ in range(SESSIONS)]
    latencies: list[float] = []
    errors: list[str] = []
    mismatches: list[str] = []
    lock = threading.Lock()
    start = threading.Barrier(SESSIONS)
    deadline = time.monotonic() + LOAD_TIMEOUT

    def session(i: int) -> None:
        client, history = clients[i], list[Any]()
        start.wait(timeout=60)
        for n, q in enumerate(order(i)):
            t = time.perf_counter()
            try:
                job = client.submit(q, history, "extractive", 5, api_name="/chat")
                remaining = max(1.0, min(REQUEST_TIMEOUT, deadline - time.monotonic()))
                messages, box, sources = job.result(timeout=remaining)
            except Exception as e:  # any failure counts; keep going
                with lock:
                    errors.append(f"session {i} question {n}: {type(e).__name__}: {e}")
                return
            took = time.perf_counter() - t
            got = visible(render.flatten_content(messages[-1]["content"])).removeprefix(
                render.ABSTAIN_MARK).strip()
            with lock:
                latencies.append(took)
                if got != references[i % 2][n] or box != "" or "rag-sources" not in sources:
                    mismatches.append(f"session {i} question {n} ({q!r}): {got[:120]!r}")
            history = messages

    started = time.perf_counter()
    threads = [threading.Thread(target=session, args=(i,), daemon=True) for i in range(SESSIONS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=max(0.0, deadline - time.monotonic()) + 5)
    wall = time.perf_counter() - started
    hung = sum(t.is_alive() for t in threads)

    figures = {
        "sessions": SESSIONS, "questions_per_session": PER_SESSION,
        "answers": len(latencies), "errors": len(errors), "mismatches": len(mismatches),
        "wall_s": round(wall, 2), "answers_per_s": round(len(latencies) / wall, 2),
        "p50_s": round(statistics.median(latencies), 3) if latencies else None,
        "p95_s": round(percentile(latencies, 95), 3) if latencies else None,
        "max_s": round(max(latencies), 3) if latencies else None,
        "cpus": os.cpu_count(),
    }
    ARTIFACTS.mkdir(exist_ok=True)
    (ARTIFACTS / "concurrency.json").write_text(json.dumps(figures, indent=2) + "\n")
    print("\nload test:", json.dumps(figures))
    assert hung == 0, f"{hung} sessions still running after {LOAD_TIMEOUT:.0f}s"
    assert errors == [], errors[:5]
    assert mismatches == [], mismatches[:5]
    assert len(latencies) == SESSIONS * PER_SESSION
