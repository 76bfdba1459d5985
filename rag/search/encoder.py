"""A sentence-transformers folder run with transformers alone.

The bundled embedder (multilingual-e5-small, converted by :mod:`rag.search.e5convert`) is a
sentence-transformers folder of three modules: a Transformer, mean (or CLS) pooling and
L2 normalisation. :class:`FolderEncoder` runs exactly that with ``transformers`` and
``torch``, and gives the same vectors as ``SentenceTransformer(folder).encode`` (checked by
``tests/test_e5convert.py``). It exists because importing ``sentence_transformers`` also
imports scikit-learn and SciPy: about 190 MB of a serving process's private memory, and
part of every ``rag`` command's cold start (README "Performance"). Any other folder or model
name is loaded by sentence-transformers itself (:func:`supports` says which).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

_TRANSFORMER = "sentence_transformers.models.Transformer"
_POOLING = "sentence_transformers.models.Pooling"
_NORMALIZE = "sentence_transformers.models.Normalize"
_POOLING_MODES = {"pooling_mode_mean_tokens": "mean", "pooling_mode_cls_token": "cls"}


def _read(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _pooling(folder: Path, modules: list[dict[str, Any]]) -> str | None:
    """'mean' or 'cls' when the folder's pooling is one this module runs, else None."""
    pools = [m for m in modules if m.get("type") == _POOLING]
    if len(pools) != 1:
        return None
    pool = pools[0]
    config = _read(folder / str(pool.get("path", "")) / "config.json")
    on = [k for k, v in config.items() if k.startswith("pooling_mode_") and v]
    if len(on) != 1 or on[0] not in _POOLING_MODES or not config.get("include_prompt", True):
        return None
    return _POOLING_MODES[on[0]]


def supports(folder: Path) -> bool:
    """Whether ``folder`` is a sentence-transformers folder of a Transformer (at its root),
    mean or CLS pooling and optionally Normalize, nothing else."""
    try:
        modules = json.loads((folder / "modules.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    if not isinstance(modules, list) or not modules:
        return False
    types = [m.get("type") for m in modules]
    if types[0] != _TRANSFORMER or modules[0].get("path", "") != "":
        return False
    if not set(types[1:]) <= {_POOLING, _NORMALIZE} or types.count(_POOLING) != 1:
        return False
    return _pooling(folder, modules) is not None


@dataclass(frozen=True)
class FolderConfig:
    """What a supported folder's sentence-transformers files say about encoding."""

    max_seq_length: int
    lower: bool
    pooling: str  # "mean" or "cls"
    normalize: bool
    prompts: dict[str, str]
    model_args: dict[str, Any]

    @staticmethod
    def read(folder: Path) -> FolderConfig:
        modules = json.loads((folder / "modules.json").read_text(encoding="utf-8"))
        config = _read(folder / "sentence_bert_config.json")
        return FolderConfig(
            max_seq_length=int(config.get("max_seq_length") or 512),
            lower=bool(config.get("do_lower_case", False)),
            pooling=_pooling(folder, modules) or "mean",
            normalize=any(m.get("type") == _NORMALIZE for m in modules),
            prompts=dict(_read(folder / "config_sentence_transformers.json").get("prompts")
                         or {}),
            model_args=dict(config.get("model_args") or {}))


def in_batches(texts: Sequence[str], batch_size: int,
               run: Callable[[Sequence[str]], dict[str, Any]]) -> list[dict[str, Any]]:
    """``run`` over texts sorted by length in batches (less padding), as
    ``SentenceTransformer.encode`` does; one dict of arrays per text, in the input order."""
    order = np.argsort([-len(t) for t in texts], kind="stable")
    results: list[dict[str, Any]] = [{} for _ in texts]
    for start in range(0, len(texts), batch_size):
        idx = order[start:start + batch_size]
        out = run([texts[i] for i in idx])
        for row, i in enumerate(idx):
            results[i] = {k: v[row] for k, v in out.items()}
    return results


class FolderEncoder:
    """The subset of ``SentenceTransformer`` that :class:`rag.search.embed.
    SentenceTransformerEmbedder` uses: ``encode``, ``tokenizer``, ``max_seq_length``,
    ``prompts``, ``get_sentence_embedding_dimension`` and ``self[0].auto_model``."""

    def __init__(self, folder: Path, *, local_files_only: bool = True) -> None:
        import torch
        from transformers import AutoModel, AutoTokenizer

        self._torch = torch
        self.config = FolderConfig.read(folder)
        self.max_seq_length = self.config.max_seq_length
        self.prompts = dict(self.config.prompts)
        self.tokenizer = AutoTokenizer.from_pretrained(str(folder),
                                                       local_files_only=local_files_only)
        self.auto_model = AutoModel.from_pretrained(
            str(folder), local_files_only=local_files_only, **self.config.model_args).eval()

    def __len__(self) -> int:
        return 1

    def __getitem__(self, index: int) -> FolderEncoder:
        if index != 0:
            raise IndexError(index)
        return self  # the Transformer module: it has .auto_model

    def get_sentence_embedding_dimension(self) -> int:
        return int(self.auto_model.config.hidden_size)

    def _batch(self, texts: Sequence[str]) -> dict[str, Any]:
        """Token vectors, attention mask and pooled vector of one batch (padded)."""
        torch = self._torch
        texts = [t.lower() for t in texts] if self.config.lower else list(texts)
        features = self.tokenizer(texts, padding=True, truncation="longest_first",
                                  max_length=self.max_seq_length, return_tensors="pt")
        with torch.inference_mode():
            tokens = self.auto_model(**features).last_hidden_state
        mask = features["attention_mask"]
        if self.config.pooling == "cls":
            pooled = tokens[:, 0]
        else:
            weights = mask.unsqueeze(-1).to(tokens.dtype)
            pooled = (tokens * weights).sum(1) / weights.sum(1).clamp(min=1e-9)
        if self.config.normalize:
            pooled = torch.nn.functional.normalize(pooled, p=2, dim=1)
        return {"token_embeddings": tokens, "attention_mask": mask, "sentence_embedding": pooled}

    def encode(self, sentences: Sequence[str], *, prompt: str = "", batch_size: int = 32,
               normalize_embeddings: bool = False, convert_to_numpy: bool = True,
               output_value: str | None = "sentence_embedding",
               show_progress_bar: bool = False) -> Any:
        """Like ``SentenceTransformer.encode``: texts sorted by length into batches, the
        results in the input order; ``output_value=None`` gives one dict per text."""
        del show_progress_bar
        rows = in_batches([prompt + s for s in sentences], batch_size, self._batch)
        if output_value is None:
            return rows
        results = [r[output_value] for r in rows]
        torch = self._torch
        stacked = torch.stack(results) if results else torch.zeros(
            (0, self.get_sentence_embedding_dimension()))
        if normalize_embeddings:
            stacked = torch.nn.functional.normalize(stacked, p=2, dim=1)
        return stacked.float().numpy() if convert_to_numpy else stacked
