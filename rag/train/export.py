"""Write a finished run's weights to the shipped folder, with the manifest that explains them.

``rag train-reader --out RUN --export-only`` (or ``--export`` after training) reads
``RUN/final.pt``, ``RUN/result.json`` (dev scores), ``RUN/baseline.json`` (the starting
weights on the same dev pairs), ``RUN/mix.json`` (pairs and windows per set and kind) and
``RUN/init_manifest.json`` (the manifest of the weights the run started from: earlier
stages' commands and numbers), and writes int8 weights and ``manifest.json``.
"""

from __future__ import annotations

import json
import os
import platform
import re
import time
from pathlib import Path
from typing import Any

import torch

from rag.eval.datasets import DATASETS_DIR
from rag.eval.qa_sets import SETS
from rag.read.shipped import MANIFEST, SHIPPED, export, sha256_file
from rag.train.config import TrainConfig
from rag.train.mix import RATIONALE, parse_mix

INIT_MANIFEST = "init_manifest.json"


def keep_init_manifest(cfg: TrainConfig) -> None:
    """Copy the starting weights' manifest into the run folder (export reads it there, after
    the shipped folder may have been overwritten); a run started from another run's
    weights takes that run's copy."""
    if cfg.init_from is not None:
        src: Path | None = cfg.init_from.parent / INIT_MANIFEST
    else:
        src = cfg.init_shipped / MANIFEST if cfg.init_shipped is not None else None
    dest = cfg.out_dir / INIT_MANIFEST
    if src is not None and src.is_file() and not dest.exists():
        dest.write_text(src.read_text(encoding="utf-8"), encoding="utf-8")


def command_line(cfg: TrainConfig) -> str:
    """The ``rag train-reader`` command of this run: the options that differ from the
    defaults."""
    parts = ["rag train-reader"]
    for name, field in TrainConfig.model_fields.items():
        value = getattr(cfg, name)
        if name == "e5_dir" or value == field.default:
            continue
        flag = "--out" if name == "out_dir" else "--" + name.replace("_", "-")
        if isinstance(value, bool):
            parts.append(flag if value else f"--no-{name.replace('_', '-')}")
        else:
            parts.append(f"{flag} {json.dumps(value) if isinstance(value, str) else value}")
    return " ".join(parts)


def run_config(cfg: TrainConfig) -> TrainConfig:
    """The configuration the run in ``cfg.out_dir`` trained with (its log's last start
    event), keeping ``cfg``'s ``e5_dir`` and ``out_dir``; ``cfg`` when there is no log."""
    log = cfg.out_dir / "log.jsonl"
    if not log.is_file():
        return cfg
    starts = [r for r in map(json.loads, log.read_text(encoding="utf-8").splitlines())
              if r.get("event") == "start"]
    if not starts:
        return cfg
    values = {k: None if v == "None" else v for k, v in starts[-1]["config"].items()}
    return TrainConfig.model_validate({**values, "e5_dir": cfg.e5_dir, "out_dir": cfg.out_dir})


def read_json(path: Path) -> Any:
    """A run's JSON file, or None when it is missing."""
    return json.loads(path.read_text(encoding="utf-8")) if path.is_file() else None


def data_record(cfg: TrainConfig) -> dict[str, Any]:
    """The files trained on (path, sha256) and their splits."""
    sets = {}
    for name in parse_mix(cfg.mix):
        spec = SETS[name]
        folder = DATASETS_DIR / spec.folder
        files = {spec.file} | ({f"xquad.{spec.question_lang}.json"} if spec.folder == "xquad"
                              else set())
        sets[name] = {
            "files": {f"eval/datasets/{spec.folder}/{f}": sha256_file(folder / f)
                      for f in sorted(files)},
            "split": f"eval/datasets/{spec.folder}/split.json (train titles only)",
            "languages": f"{spec.question_lang} question / {spec.context_lang} text",
            "license": spec.license,
        }
    return {"sets": sets, "dev": f"dev splits of {cfg.dev_sets} (at most {cfg.dev_limit} "
            "questions each): scored at the end; eval splits never used for training or "
            "tuning", "build": "eval/datasets/build/README.md"}


def export_shipped(cfg: TrainConfig, *, fmt: str = "int8", out_dir: Path | None = None,
                   extra: dict[str, Any] | None = None) -> Path:
    """Write ``final.pt`` of ``cfg.out_dir`` to the shipped folder, with a manifest (the
    configuration recorded is the run's own, from its log)."""
    from transformers import BertConfig

    cfg = run_config(cfg)
    run = cfg.out_dir
    if cfg.e5_dir is None:
        raise ValueError("TrainConfig.e5_dir is not set (the converted multilingual-e5-small)")
    if not (run / "final.pt").is_file():
        raise FileNotFoundError(f"{run / 'final.pt'} is missing: the run has not finished")
    state = torch.load(run / "final.pt", weights_only=False)
    conf = BertConfig.from_pretrained(cfg.e5_dir).to_dict()
    conf.update(num_hidden_layers=cfg.layers, architectures=["BertForQuestionAnswering"])
    for key in ("_name_or_path", "transformers_version"):
        conf.pop(key, None)
    earlier = read_json(run / INIT_MANIFEST) or {}
    mix = read_json(run / "mix.json") or {}
    commands = earlier.get("command", [])
    history = [commands] if isinstance(commands, str) else list(commands)
    from rag.train.soup import soup_manifest

    soup = soup_manifest(cfg)
    found = re.search(r"e5-piaf v(\d+)", str(earlier.get("model", "")))
    version = int(found.group(1)) + 1 if found else 2
    manifest = {
        "model": f"e5-piaf v{version}: multilingual-e5-small encoder + span head + relevance "
                 "head; v1 fine-tuned on PIAF v1.0, then stages from v2 on French, English, "
                 "Spanish and English-over-Spanish extractive QA with real and synthetic near "
                 "misses (this one: 'config')",
        "command": [*history, f"{command_line(cfg.model_copy(update={'out_dir': run}))}  "
                    f"# v{version} stage from {(mix.get('init') or {}).get('weights')}; then "
                    "--export-only"],
        "config": {k: str(v) for k, v in cfg.model_dump().items()},
        "init": mix.get("init"),
        "teacher": mix.get("teacher"),  # distilled from (rag.train.finetune.build_teacher)
        "data": data_record(cfg),
        "mix": {"rationale": RATIONALE, "pairs": mix.get("pairs"),
                "windows": mix.get("windows")},
        "seed": cfg.seed,
        "trained": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
        "machine": f"{platform.machine()}, {os.cpu_count()} CPU threads, torch "
                   f"{torch.__version__}",
        "result": read_json(run / "result.json"),
        "dev_before": read_json(run / "baseline.json"),
        "previous": {k: earlier.get(k) for k in ("model", "data", "result", "metrics",
                                                 "calibration", "previous") if k in earlier},
        **(extra or {}),
    }
    if soup is not None:
        manifest.update(soup, init=None, mix=None, command=[
            *history, *(r["command"] for r in soup["soup"]),
            f"{command_line(cfg.model_copy(update={'out_dir': run}))}  # v5: the average of "
            "the runs above (their commands: the lines before); then --export-only"])
    return export(state["model"], state["head"], conf, out_dir or SHIPPED, fmt=fmt,
                  manifest=manifest)
