"""The Reader component: reads retrieved passages and finds the answer span in each.

``Reader(settings)`` is cheap; ``warm_up()`` loads the model; ``run(question, results)``
reads every passage (in windows of ``reader_max_length`` tokens) and returns, per
passage, its relevance to the question and its best answer spans as exact offsets into
the source file, each with its confidence: the margin between the span's start + end
logits and the passage's no-answer logits (SQuAD 2.0). The default model is the one
trained here on PIAF (``rag train-reader``), assembled by ``rag setup``;
``RAG_READER_MODEL`` may name any Hugging Face extractive-QA folder or model instead.
"""

from __future__ import annotations

import contextlib
import filecmp
import os
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rag.config import Settings
from rag.errors import ModelError
from rag.read.onnx import MODEL_FILE, OnnxReaderNet
from rag.read.shipped import RANK_HEAD, assemble
from rag.search.mapped import mapped_embeddings
from rag.types import Chunk, SearchResult

DEFAULT_READER = "e5-piaf"
_TRIM = " \t\n\r\u00a0\u202f,;:.!?…–—-"
_PAIRS = {"«": "»", "“": "”", "(": ")", "[": "]", '"': '"'}


@dataclass(frozen=True)
class Found:
    """A candidate short answer: ``raw[start:end] == text`` of ``chunk.doc_id``."""

    passage: int  # 0-based index into the results read
    chunk: Chunk
    start: int
    end: int
    text: str
    score: float  # span logits minus no-answer logits


@dataclass(frozen=True)
class Reading:
    """What the reader made of one passage."""

    passage: int
    chunk: Chunk
    relevance: float  # the rank head's logit (or the best margin for models without one)
    spans: tuple[Found, ...]  # best first
    targets: tuple[float, ...] = ()  # margins of the spans asked for (Reader.run targets)

    @property
    def best(self) -> float:
        return self.spans[0].score if self.spans else float("-inf")


def reader_dir(settings: Settings) -> Path:
    return settings.models_dir / "reader-e5-piaf"


def prepare_reader(settings: Settings) -> Path | str:
    """Make the configured reader loadable offline; return what to load."""
    if settings.reader_model == DEFAULT_READER:
        from rag.search.embed import converted_model_dir, prepare_model

        prepare_model(settings.model_copy(update={"embed_model": "multilingual-e5-small"}))
        return assemble(reader_dir(settings), converted_model_dir(settings))
    path = Path(settings.reader_model).expanduser()
    return path if path.exists() else settings.reader_model


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Span offsets without surrounding spaces and punctuation or an unmatched quote."""
    while start < end and text[start] in _TRIM:
        start += 1
    while end > start and text[end - 1] in _TRIM:
        end -= 1
    while end > start:
        piece = text[start:end]
        if piece[0] in _PAIRS and _PAIRS[piece[0]] not in piece[1:]:
            start += 1
        elif piece[-1] in _PAIRS.values() and not any(
                o in piece[:-1] for o, c in _PAIRS.items() if c == piece[-1]):
            end -= 1
        else:
            break
        while start < end and text[start] in _TRIM:
            start += 1
        while end > start and text[end - 1] in _TRIM:
            end -= 1
    return start, end


_MODELS: dict[tuple[object, ...], tuple[Any, Any, Any]] = {}
_MODELS_LOCK = threading.Lock()


def _load(settings: Settings) -> tuple[Any, Any, Any]:
    """(tokenizer, network, the tokenizer's lock) of the settings' reader, loaded once per
    process: every Reader (each Engine has one) with the same model shares it."""
    key = (settings.reader_model, str(settings.models_dir.resolve()), settings.allow_download,
           settings.reader_runtime, settings.torch_threads, settings.reader_threads)
    with _MODELS_LOCK:
        if key not in _MODELS:
            _MODELS[key] = _load_model(settings)
        return _MODELS[key]


def _load_model(settings: Settings) -> tuple[Any, Any, Any]:
    where = prepare_reader(settings)
    local = not settings.allow_download
    try:
        tokenizer, lock = _tokenizer(settings, where, local)
        onnx = Path(str(where)) / MODEL_FILE
        if settings.reader_runtime == "onnx" and onnx.is_file():
            embeddings = mapped_embeddings(_embeddings_file(settings, Path(str(where))))
            threads = settings.reader_threads or os.cpu_count() or 1
            return tokenizer, OnnxReaderNet(onnx, embeddings, threads=threads), lock
        return tokenizer, _torch_net(settings, where, local), lock
    except Exception as e:
        raise ModelError(
            f"reader model '{settings.reader_model}' cannot be loaded ({type(e).__name__}: "
            f"{e}): set RAG_READER_MODEL to a local Hugging Face extractive-QA folder, or "
            f"leave it unset for the bundled '{DEFAULT_READER}' (run 'rag setup')"
        ) from e


def _embeddings_file(settings: Settings, where: Path) -> Path:
    """Where the ONNX reader looks its word embeddings up: the bundled reader's are e5's
    (assembled from that file), so it maps the embedder's file, the mapping the embedder
    itself reads (:mod:`rag.search.mapped`); another reader maps its own."""
    from rag.search.embed import converted_model_dir

    e5 = converted_model_dir(settings) / "model.safetensors"
    if settings.reader_model == DEFAULT_READER and e5.is_file():
        return e5
    return where / "model.safetensors"


def _tokenizer(settings: Settings, where: Path | str, local: bool) -> tuple[Any, Any]:
    """The reader's tokenizer and the lock to use it under: the embedder's own when the
    reader's tokenizer file is the same (the bundled reader's is e5's), else its own."""
    from rag.search.embed import converted_model_dir, get_embedder

    mine = Path(str(where)) / "tokenizer.json"
    theirs = converted_model_dir(settings) / "tokenizer.json"
    if settings.reader_model == DEFAULT_READER and mine.is_file() and theirs.is_file() \
            and filecmp.cmp(mine, theirs, shallow=False):
        share = getattr(get_embedder(settings), "shared_tokenizer", None)
        if share is not None:
            tokenizer, lock = share()
            return tokenizer, lock
    import transformers  # imports torch: only for a reader of its own
    from transformers import AutoTokenizer

    transformers.logging.set_verbosity_error()
    tokenizer = AutoTokenizer.from_pretrained(str(where), local_files_only=local)
    return tokenizer, contextlib.nullcontext()


def _share_word_embeddings(settings: Settings, model: Any) -> bool:
    """Point the reader's word embeddings at the embedder's when they are the same matrix
    (the bundled reader keeps e5's frozen), so the process holds one copy, not two."""
    import torch

    from rag.search.embed import get_embedder

    share = getattr(get_embedder(settings), "word_embeddings", None)
    theirs = share() if share is not None else None
    mine = model.get_input_embeddings()
    if theirs is None or theirs.weight.shape != mine.weight.shape:
        return False
    # a few rows (the reader's copy is memory-mapped: reading it all would page it in)
    rows = torch.linspace(0, mine.weight.shape[0] - 1, 16).long()
    if not torch.equal(theirs.weight[rows], mine.weight[rows]):
        return False
    model.set_input_embeddings(theirs)
    return True


def _torch_net(settings: Settings, where: Path | str, local: bool) -> Any:
    """The reader on torch, called like :class:`rag.read.onnx.OnnxReaderNet`."""
    import torch

    torch.set_num_threads(settings.torch_threads or torch.get_num_threads())
    import transformers
    from transformers import AutoModelForQuestionAnswering

    transformers.logging.set_verbosity_error()

    from rag.read.torch_net import RankHead, run_net

    model = AutoModelForQuestionAnswering.from_pretrained(str(where), local_files_only=local)
    model.eval()
    if settings.reader_model == DEFAULT_READER:
        _share_word_embeddings(settings, model)
    head = None
    head_file = Path(str(where)) / RANK_HEAD
    if head_file.is_file():
        from safetensors.torch import load_file

        head = RankHead(model.config.hidden_size)
        head.dense.load_state_dict(
            {k.removeprefix("dense."): v for k, v in load_file(str(head_file)).items()})
        head.eval()

    def net(ids: Any, mask: Any) -> tuple[Any, Any, Any]:
        with torch.inference_mode():
            start, end, rank = run_net(model, head, torch.from_numpy(ids), torch.from_numpy(mask))
        return (start.float().numpy(), end.float().numpy(),
                rank.float().numpy() if rank is not None else None)

    net.model = model  # type: ignore[attr-defined]  # what it runs (tests, inspection)
    return net


class Reader:
    """Extractive reader (ONNX Runtime or torch, CPU). Thread-safe after :meth:`warm_up`."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.name = settings.reader_model
        self._net: Any = None
        self._tokenizer: Any = None
        self._tokenizer_lock: Any = contextlib.nullcontext()
        self._lock = threading.Lock()

    def warm_up(self) -> None:
        with self._lock:
            if self._net is None:
                self._tokenizer, self._net, self._tokenizer_lock = _load(self.settings)

    def run(self, question: str, results: Sequence[SearchResult],
            targets: Sequence[Sequence[tuple[int, int]]] = ()) -> list[Reading]:
        """Each passage's relevance and best spans, in the order of ``results``; with
        ``targets`` (per result, spans as offsets of the file), also the margin of each of
        those spans as an answer (-inf when no window holds it whole)."""
        from rag.read.net import batch_arrays, best_spans, span_margin, windows

        self.warm_up()
        s = self.settings
        with self._tokenizer_lock:  # the embedder's, when the tokenizer is shared
            wins = windows(self._tokenizer, [(question, r.chunk.text) for r in results],
                           max_length=s.reader_max_length, stride=s.reader_stride)
        order = sorted(range(len(wins)), key=lambda i: len(wins[i].input_ids))
        found: dict[int, list[Found]] = {i: [] for i in range(len(results))}
        relevance: dict[int, float] = {}
        forced = [[float("-inf")] * len(targets[i]) if i < len(targets) else []
                  for i in range(len(results))]
        pad = self._tokenizer.pad_token_id or 0
        for b in range(0, len(order), s.reader_batch_size):
            batch = [wins[i] for i in order[b:b + s.reader_batch_size]]
            start_np, end_np, rank = self._net(*batch_arrays(batch, pad))
            for j, w in enumerate(batch):
                rel = float(rank[j]) if rank is not None else None
                chunk = results[w.item].chunk
                for sp in best_spans(w, start_np[j], end_np[j], rel, keep=3):
                    a, z = trim(chunk.text, sp.start, sp.end)
                    if z <= a:
                        continue
                    found[w.item].append(Found(w.item, chunk, chunk.start + a, chunk.start + z,
                                               chunk.text[a:z], sp.margin))
                if rel is not None:
                    relevance[w.item] = max(relevance.get(w.item, rel), rel)
                for t, (lo, hi) in enumerate(targets[w.item] if w.item < len(targets) else ()):
                    m = span_margin(w, start_np[j], end_np[j], lo - chunk.start, hi - chunk.start)
                    if m is not None:
                        forced[w.item][t] = max(forced[w.item][t], m)
        out = []
        for i, r in enumerate(results):
            spans = sorted(found[i], key=lambda f: -f.score)
            unique: list[Found] = []
            for f in spans:
                if all(f.end <= u.start or f.start >= u.end for u in unique):
                    unique.append(f)
            rel = relevance.get(i, unique[0].score if unique else float("-inf"))
            out.append(Reading(i, r.chunk, rel, tuple(unique[:3]), tuple(forced[i])))
        return out
