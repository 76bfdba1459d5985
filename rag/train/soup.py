"""Average finished runs' weights into one reader (a "model soup"):
``rag train-reader --average RUN,RUN,... --out SOUP [--export]``.

Stages trained one after the other from the same weights (v2; v3 from v2; v4 from v3) lie
in one basin of the loss, and the uniform average of their weights is often better than
each (Wortsman et al., 2022, "Model soups"): measured on the public dev pairs and on the
product's dev items in the README ("Answers"). Nothing is trained: ``final.pt`` of each run is
read, the floating-point tensors averaged, and the soup scored on the dev pairs like a run.
"""

from __future__ import annotations

import json
import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import torch

from rag.read.shipped import MANIFEST, sha256_file
from rag.train.config import TrainConfig
from rag.train.export import INIT_MANIFEST, command_line, data_record, read_json, run_config

SOUP = "soup.json"


def parse_runs(spec: str) -> list[Path]:
    """``"RUN,RUN,..."`` (run folders, each with ``final.pt``) as paths; at least two."""
    runs = [Path(p.strip()) for p in spec.split(",") if p.strip()]
    if len(runs) < 2:
        raise ValueError(f"--average needs two or more run folders separated by commas, got "
                         f"{spec!r}")
    missing = [str(r / "final.pt") for r in runs if not (r / "final.pt").is_file()]
    if missing:
        raise FileNotFoundError(f"no finished run at {', '.join(missing)}: each folder given "
                                "to --average must hold a run's final.pt")
    return runs


def average_states(states: Sequence[dict[str, Any]]) -> dict[str, Any]:
    """The uniform average of ``{"model": ..., "head": ...}`` state dicts of one network
    (integer tensors are taken from the first)."""
    out: dict[str, Any] = {"step": 0}
    for part in ("model", "head"):
        first = states[0][part]
        for other in states[1:]:
            if other[part].keys() != first.keys() or any(
                    other[part][k].shape != v.shape for k, v in first.items()):
                raise ValueError("the runs given to --average are not the same network "
                                 "(different tensors or shapes): average runs of one reader")
        out[part] = {k: (sum(s[part][k].float() for s in states) / len(states)
                         if v.is_floating_point() else v) for k, v in first.items()}
    return out


def average_runs(cfg: TrainConfig, runs: Sequence[Path]) -> dict[str, Any]:
    """Write ``cfg.out_dir/final.pt`` (the average of ``runs``), its record ``soup.json``
    (each run's weights, command, data and dev scores) and its dev scores ``result.json``."""
    from rag.train.finetune import score_run

    out = cfg.out_dir
    out.mkdir(parents=True, exist_ok=True)
    states = [torch.load(r / "final.pt", weights_only=False) for r in runs]
    tmp = out / "final.pt.tmp"
    torch.save(average_states(states), tmp)
    os.replace(tmp, out / "final.pt")
    if cfg.init_shipped is not None and (cfg.init_shipped / MANIFEST).is_file():
        (out / INIT_MANIFEST).write_text(
            (cfg.init_shipped / MANIFEST).read_text(encoding="utf-8"), encoding="utf-8")
    record = []
    for run in runs:
        rcfg = run_config(cfg.model_copy(update={"out_dir": run}))
        result = read_json(run / "result.json") or {}
        record.append({"run": str(run), "final_pt_sha256": sha256_file(run / "final.pt"),
                       "command": command_line(rcfg), "seed": rcfg.seed,
                       "data": data_record(rcfg), "dev": result.get("dev")})
    (out / SOUP).write_text(json.dumps({"runs": record}, indent=1) + "\n", encoding="utf-8")
    dev = score_run(cfg, "dev")
    (out / "result.json").write_text(json.dumps({"averaged": [str(r) for r in runs],
                                                 "dev": dev}, indent=1) + "\n",
                                     encoding="utf-8")
    return {"averaged": [str(r) for r in runs], "dev": dev}


def soup_manifest(cfg: TrainConfig) -> dict[str, Any] | None:
    """The manifest fields of a soup run (None for a trained run): what was averaged, each
    run's command and data."""
    record = read_json(cfg.out_dir / SOUP)
    if record is None:
        return None
    runs = record["runs"]
    return {"model": "e5-piaf v5: multilingual-e5-small encoder + span head + relevance head, "
                     "the uniform average of the weights of "
                     f"{len(runs)} runs of one lineage (" + ", ".join(r["run"] for r in runs)
                     + "), each a stage on French, English, Spanish and cross-lingual "
                     "extractive QA with real and synthetic near misses",
            "soup": runs,
            "data": {r["run"]: r["data"] for r in runs},
            "seed": [r["seed"] for r in runs]}

