"""The reader's shipped weights: export after training, assembly at ``rag setup``.

What ships (``rag/read/weights/reader-e5-piaf/``): every trained tensor except the
word-embedding matrix (the embedder's, frozen during training), matrices stored as int8
with one fp32 scale per 64 weights (symmetric, dequantised at load), vectors as fp16; the BERT
``config.json``; and ``manifest.json`` (sha256, command, data split, seed, time,
metrics). ``rag setup`` assembles a runnable Hugging Face ``BertForQuestionAnswering``
folder from it and the converted multilingual-e5-small (its word embeddings and
tokenizer), plus the int8 ONNX graph the default runtime reads (:mod:`rag.read.onnx`),
atomically and only when its inputs changed.
"""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path
from typing import Any

import numpy as np
from filelock import FileLock

from rag.atomic import build_dir
from rag.errors import ModelError
from rag.search.mapped import WORD_EMBEDDINGS

SHIPPED = Path(__file__).parent / "weights" / "reader-e5-piaf"
WEIGHTS = "reader.safetensors"
MANIFEST = "manifest.json"
MARKER = "rag_reader.json"
RANK_HEAD = "rank_head.safetensors"
_SCALE = ".__scale"
GROUP = 64  # int8 weights per scale: measured lossless on PIAF dev pairs (README "Reader")
ASSEMBLY_VERSION = 3  # 2: with the int8 ONNX graph (rag.read.onnx); 3: FFN outputs fp32
_TOKENIZER_FILES = ("tokenizer.json", "tokenizer_config.json", "special_tokens_map.json")


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def quantize(tensors: dict[str, np.ndarray], *, fmt: str) -> dict[str, np.ndarray]:
    """``fmt`` "int8": matrices as int8 in groups of GROUP weights along a row, each group
    with its fp32 scale (symmetric); the rest fp16. "fp16": everything fp16."""
    out: dict[str, np.ndarray] = {}
    for name, w in tensors.items():
        w = np.asarray(w, dtype=np.float32)
        if fmt == "int8" and w.ndim == 2 and w.shape[0] > 1 and w.shape[1] % GROUP == 0:
            groups = w.reshape(w.shape[0], -1, GROUP)
            scale = np.abs(groups).max(axis=2, keepdims=True) / 127.0
            scale[scale == 0] = 1.0
            out[name] = np.clip(np.rint(groups / scale), -127, 127).astype(np.int8).reshape(
                w.shape)
            out[name + _SCALE] = scale.astype(np.float32)
        else:
            out[name] = w.astype(np.float16)
    return out


def dequantize(tensors: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
    out: dict[str, np.ndarray] = {}
    for name, w in tensors.items():
        if name.endswith(_SCALE):
            continue
        scale = tensors.get(name + _SCALE)
        if scale is None:
            out[name] = w.astype(np.float32)
        else:
            groups = w.astype(np.float32).reshape(w.shape[0], scale.shape[1], -1)
            out[name] = (groups * scale).reshape(w.shape)
    return out


def export(state: dict[str, Any], head: dict[str, Any], config: dict[str, Any], out_dir: Path,
           *, fmt: str, manifest: dict[str, Any]) -> Path:
    """Write the shipped folder from a trained state dict (torch tensors)."""
    from safetensors.numpy import save_file

    out_dir.mkdir(parents=True, exist_ok=True)
    tensors = {k: v.float().numpy() for k, v in state.items() if not k.endswith(WORD_EMBEDDINGS)}
    tensors.update({f"rank_head.{k}": v.float().numpy() for k, v in head.items()})
    save_file(quantize(tensors, fmt=fmt), str(out_dir / WEIGHTS), metadata={"format": fmt})
    (out_dir / "config.json").write_text(json.dumps(config, indent=1) + "\n", encoding="utf-8")
    body = {**manifest, "format": fmt, "files": {WEIGHTS: sha256_file(out_dir / WEIGHTS)}}
    (out_dir / MANIFEST).write_text(json.dumps(body, indent=1, ensure_ascii=False) + "\n",
                                    encoding="utf-8")
    return out_dir


def _fingerprint(shipped: Path, e5_dir: Path) -> dict[str, Any]:
    e5 = e5_dir / "model.safetensors"
    return {"version": ASSEMBLY_VERSION, "weights": sha256_file(shipped / WEIGHTS),
            "e5": f"{e5.stat().st_size}-{e5.stat().st_mtime_ns}"}


def is_assembled(folder: Path, want: dict[str, Any] | None = None) -> bool:
    try:
        have = json.loads((folder / MARKER).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    from rag.read.onnx import MODEL_FILE

    files = ("model.safetensors", "config.json", "tokenizer.json", RANK_HEAD, MODEL_FILE)
    return all((folder / f).is_file() for f in files) and (want is None or have == want)


def assemble(out_dir: Path, e5_dir: Path, *, shipped: Path = SHIPPED) -> Path:
    """A runnable reader folder at ``out_dir`` (no-op when it is current)."""
    if not (shipped / WEIGHTS).is_file():
        raise ModelError(
            f"the reader's weights {shipped / WEIGHTS} are missing: reinstall the project "
            "(pip install -e .), retrain them with 'rag train-reader', or set "
            "RAG_READER_MODEL to a Hugging Face extractive-QA model folder"
        )
    manifest = json.loads((shipped / MANIFEST).read_text(encoding="utf-8"))
    if sha256_file(shipped / WEIGHTS) != manifest["files"][WEIGHTS]:
        raise ModelError(f"{shipped / WEIGHTS} does not match its manifest's sha256: reinstall "
                         "the project to restore it")
    want = _fingerprint(shipped, e5_dir)
    if is_assembled(out_dir, want):
        return out_dir
    try:
        out_dir.parent.mkdir(parents=True, exist_ok=True)
        with FileLock(str(out_dir.parent / f".{out_dir.name}.lock")):
            if is_assembled(out_dir, want):
                return out_dir

            def write(tmp: Path) -> None:
                _write(tmp, shipped, e5_dir)
                (tmp / MARKER).write_text(json.dumps(want) + "\n", encoding="utf-8")

            build_dir(out_dir, write)
    except OSError as err:
        raise ModelError(f"cannot write the reader model to {out_dir} ({err}): check free disk "
                         "space and permissions, or set RAG_MODEL_CACHE_DIR") from err
    return out_dir


def _write(folder: Path, shipped: Path, e5_dir: Path) -> None:
    from safetensors.numpy import load_file, save_file

    weights = dequantize(load_file(str(shipped / WEIGHTS)))
    e5 = load_file(str(e5_dir / "model.safetensors"))
    model = {k: v for k, v in weights.items() if not k.startswith("rank_head.")}
    model["bert." + WORD_EMBEDDINGS] = e5[WORD_EMBEDDINGS].astype(np.float32)
    save_file(model, str(folder / "model.safetensors"), metadata={"format": "pt"})
    head = {k.removeprefix("rank_head."): v for k, v in weights.items()
            if k.startswith("rank_head.")}
    save_file(head, str(folder / RANK_HEAD), metadata={"format": "pt"})
    config = json.loads((shipped / "config.json").read_text(encoding="utf-8"))
    (folder / "config.json").write_text(json.dumps(config, indent=1) + "\n", encoding="utf-8")
    for name in _TOKENIZER_FILES:
        if (e5_dir / name).is_file():
            shutil.copy2(e5_dir / name, folder / name)
    from rag.read.onnx import MODEL_FILE, export_int8

    export_int8(folder, folder / MODEL_FILE)
