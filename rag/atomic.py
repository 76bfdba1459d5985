"""Folders written whole or not at all (the converted embedder, the assembled reader)."""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Callable
from pathlib import Path


def build_dir(out_dir: Path, write: Callable[[Path], None]) -> None:
    """Fill a new folder beside ``out_dir`` with ``write(folder)``, then rename it into
    place; leftovers of interrupted builds are removed first. The caller holds the lock."""
    for stale in out_dir.parent.glob(f".{out_dir.name}.*-*"):
        shutil.rmtree(stale, ignore_errors=True)
    tag = uuid.uuid4().hex[:8]
    tmp = out_dir.parent / f".{out_dir.name}.tmp-{tag}"
    tmp.mkdir()
    try:
        write(tmp)
        if out_dir.exists():
            old = out_dir.parent / f".{out_dir.name}.old-{tag}"
            os.replace(out_dir, old)
            os.replace(tmp, out_dir)
            shutil.rmtree(old, ignore_errors=True)
        else:
            os.replace(tmp, out_dir)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
