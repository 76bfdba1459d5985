"""Word embeddings memory-mapped from a safetensors file, one mapping per file per process.

multilingual-e5-small's word-embedding table is 96M of its 118M parameters (~380 MB of
float32). A question reads a few dozen of its 250k rows, so the embedder and the reader
both look rows up in one copy-on-write mapping of the converted e5's ``model.safetensors``:
only the pages of the rows read are resident, they are file-backed (shared, reclaimable),
and nothing is ever written back to the file.
"""

from __future__ import annotations

import json
import threading
from pathlib import Path

import numpy as np

WORD_EMBEDDINGS = "embeddings.word_embeddings.weight"  # key suffix in BERT-style checkpoints

_MAPS: dict[tuple[str, int, int], np.ndarray] = {}
_LOCK = threading.Lock()


def mapped_embeddings(safetensors: Path) -> np.ndarray:
    """The float32 word-embedding matrix of a safetensors file (the converted e5's or an
    assembled reader's), memory-mapped copy-on-write: no copy is made, and the same file
    gives the same mapping to every caller of the process."""
    stat = safetensors.stat()
    key = (str(safetensors.resolve()), stat.st_size, stat.st_mtime_ns)
    with _LOCK:
        if key not in _MAPS:
            _MAPS[key] = _map(safetensors)
        return _MAPS[key]


def _map(safetensors: Path) -> np.ndarray:
    with safetensors.open("rb") as f:
        size = int.from_bytes(f.read(8), "little")
        header = json.loads(f.read(size))
    key = next((k for k in header if k.endswith(WORD_EMBEDDINGS)), None)
    if key is None:
        raise ValueError(f"{safetensors} has no {WORD_EMBEDDINGS}")
    meta = header[key]
    if meta["dtype"] != "F32":
        raise ValueError(f"{key} in {safetensors} is {meta['dtype']}, not F32")
    begin, _ = meta["data_offsets"]
    rows, cols = meta["shape"]
    return np.memmap(safetensors, dtype="<f4", mode="c", offset=8 + size + begin,
                     shape=(rows, cols))
