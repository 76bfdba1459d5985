"""The bundled embedder on ONNX Runtime: a question is encoded without torch.

A serving process (``rag ask``, the web UI) encodes questions and now and then a few
passages. With the reader on ONNX Runtime too, torch was imported for the embedder alone:
its import and ``AutoModel.from_pretrained`` were most of ``rag ask``'s cold start (README
"Performance"). :func:`export_encoder` traces the converted e5's encoder once, in float32
(the vectors stay those of torch to about 1e-6, checked by ``tests/test_e5convert.py``), into
``encoder.onnx`` beside its weights (``rag setup`` does it; so does the first load).

As for the reader (:mod:`rag.read.onnx`), the word-embedding table stays outside the
graph: :class:`OnnxEncoder` looks the rows of a batch's tokens up in the memory-mapped table
of the folder's ``model.safetensors`` (:mod:`rag.search.mapped`), the mapping the ONNX
reader reads, and runs the rest (position and type embeddings, 12 layers) in the graph.
The tokenizer is the ``tokenizers`` library's, called directly (:mod:`rag.search.tokenizer`):
neither torch nor ``transformers`` is imported.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import warnings
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import numpy as np
from filelock import FileLock

from rag.search.encoder import FolderConfig, in_batches
from rag.search.mapped import mapped_embeddings
from rag.search.tokenizer import FastTokenizer

GRAPH = "encoder.onnx"
_MARKER = "encoder.onnx.json"  # the weights file the graph was traced from
OPSET = 17


def _source(folder: Path) -> dict[str, object]:
    weights = folder / "model.safetensors"
    st = weights.stat()
    return {"weights": weights.name, "size": st.st_size, "mtime_ns": st.st_mtime_ns}


def has_graph(folder: Path) -> bool:
    """Whether ``folder`` holds an encoder graph traced from its current weights."""
    try:
        have = json.loads((folder / _MARKER).read_text(encoding="utf-8"))
        return (folder / GRAPH).is_file() and have == _source(folder)
    except (OSError, ValueError):
        return False


def export_encoder(folder: Path) -> Path:
    """Trace the encoder of the Hugging Face BERT model in ``folder`` (a no-op when its
    graph is current) into ``folder/encoder.onnx``: inputs ``inputs_embeds`` (float32,
    batch x length x hidden) and ``attention_mask``, output ``last_hidden_state``. Written
    to a temporary file and renamed into place, under a lock."""
    if has_graph(folder):
        return folder / GRAPH
    with FileLock(str(folder / f".{GRAPH}.lock")):
        if has_graph(folder):
            return folder / GRAPH
        tmp = folder / f".{GRAPH}.tmp"
        try:
            _trace(folder, tmp)
            os.replace(tmp, folder / GRAPH)
        finally:
            tmp.unlink(missing_ok=True)
        (folder / _MARKER).write_text(json.dumps(_source(folder)) + "\n", encoding="utf-8")
    return folder / GRAPH


def _trace(folder: Path, out: Path) -> None:
    import torch
    import transformers
    from transformers import AutoModel

    transformers.logging.set_verbosity_error()
    transformers.logging.disable_progress_bar()
    config = FolderConfig.read(folder)
    model = AutoModel.from_pretrained(str(folder), local_files_only=True,
                                      attn_implementation="eager", **config.model_args).eval()

    class Net(torch.nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.bert = model

        def forward(self, embeds: torch.Tensor, attention_mask: torch.Tensor) -> Any:
            return self.bert(inputs_embeds=embeds, attention_mask=attention_mask)[0]

    ids = torch.full((2, 16), 5, dtype=torch.long)
    embeds = model.get_input_embeddings()(ids).detach()
    trace(Net().eval(), embeds, torch.ones_like(ids), out,
          {"last_hidden_state": {0: "batch", 1: "length"}})


@contextlib.contextmanager
def quiet() -> Iterator[None]:
    """The root logger at ERROR (``quantize_dynamic`` warns on it) and warnings ignored
    (the exporter's notes on traced control flow)."""
    root = logging.getLogger()
    level = root.level
    try:
        root.setLevel(logging.ERROR)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            yield
    finally:
        root.setLevel(level)


def trace(net: Any, embeds: Any, attention_mask: Any, out: Path,
          outputs: dict[str, dict[int, str]]) -> None:
    """Export ``net(inputs_embeds, attention_mask)`` (TorchScript exporter, opset 17,
    batch and length dynamic) to ``out``; ``outputs``: each output's dynamic axes."""
    import torch

    axes = {"inputs_embeds": {0: "batch", 1: "length"},
            "attention_mask": {0: "batch", 1: "length"}, **outputs}
    with quiet(), torch.inference_mode():
        torch.onnx.export(net, (embeds, attention_mask), str(out),
                          input_names=["inputs_embeds", "attention_mask"],
                          output_names=list(outputs), dynamic_axes=axes,
                          opset_version=OPSET, do_constant_folding=True, dynamo=False)


def cpu_session(model: Path, *, threads: int) -> Any:
    """An ONNX Runtime CPU session of ``model`` with ``threads`` intra-op threads that do
    not spin (sharing the cores with other work costs little: README "Performance")."""
    import onnxruntime as ort

    opts = ort.SessionOptions()
    opts.intra_op_num_threads = threads
    opts.inter_op_num_threads = 1
    opts.execution_mode = ort.ExecutionMode.ORT_SEQUENTIAL
    opts.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
    opts.log_severity_level = 3  # errors only
    opts.add_session_config_entry("session.intra_op.allow_spinning", "0")
    return ort.InferenceSession(str(model), opts, providers=["CPUExecutionProvider"])


class OnnxEncoder:
    """:class:`rag.search.encoder.FolderEncoder` on ONNX Runtime, with numpy results: the
    same ``encode``, ``tokenizer``, ``max_seq_length``, ``prompts`` and
    ``get_sentence_embedding_dimension``; no ``auto_model`` (nothing to share with a torch
    reader)."""

    def __init__(self, folder: Path, *, threads: int = 1) -> None:
        self.config = FolderConfig.read(folder)
        self.max_seq_length = self.config.max_seq_length
        self.prompts = dict(self.config.prompts)
        self.tokenizer = FastTokenizer(folder)
        self._table = mapped_embeddings(folder / "model.safetensors")
        self.session: Any = cpu_session(folder / GRAPH, threads=threads)

    def __len__(self) -> int:
        return 1

    def get_sentence_embedding_dimension(self) -> int:
        return int(self._table.shape[1])

    def _batch(self, texts: Sequence[str]) -> dict[str, Any]:
        texts = [t.lower() for t in texts] if self.config.lower else list(texts)
        features = self.tokenizer(texts, padding=True, truncation="longest_first",
                                  max_length=self.max_seq_length, return_tensors="np")
        ids = features["input_ids"]
        mask = features["attention_mask"].astype(np.int64)
        embeds = np.ascontiguousarray(self._table[ids], dtype=np.float32)
        (tokens,) = self.session.run(["last_hidden_state"],
                                     {"inputs_embeds": embeds, "attention_mask": mask})
        if self.config.pooling == "cls":
            pooled = tokens[:, 0]
        else:
            weights = mask[..., None].astype(np.float32)
            pooled = (tokens * weights).sum(1) / np.maximum(weights.sum(1), 1e-9)
        if self.config.normalize:
            pooled = pooled / np.maximum(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12)
        return {"token_embeddings": tokens, "attention_mask": mask,
                "sentence_embedding": pooled.astype(np.float32)}

    def encode(self, sentences: Sequence[str], *, prompt: str = "", batch_size: int = 32,
               normalize_embeddings: bool = False, convert_to_numpy: bool = True,
               output_value: str | None = "sentence_embedding",
               show_progress_bar: bool = False) -> Any:
        """Like :meth:`rag.search.encoder.FolderEncoder.encode`, in numpy."""
        del show_progress_bar, convert_to_numpy
        rows = in_batches([prompt + s for s in sentences], batch_size, self._batch)
        if output_value is None:
            return rows
        if not rows:
            return np.zeros((0, self.get_sentence_embedding_dimension()), dtype=np.float32)
        stacked = np.stack([r[output_value] for r in rows]).astype(np.float32)
        if normalize_embeddings:
            stacked /= np.maximum(np.linalg.norm(stacked, axis=1, keepdims=True), 1e-12)
        return stacked
