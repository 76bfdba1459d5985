"""The reader network alone on held-out question/passage pairs (no retrieval, no engine).

:func:`predict` reads each pair in windows and keeps its best span, its margin over the
no-answer option (span minus null score; the runtime's abstention score) and its best
relevance logit. :func:`score` turns those into SQuAD-style numbers: EM/F1 of the best span
on answerable pairs (best over the gold answers), how often answerable pairs are answered
and no-answer pairs refused at margin 0, per no-answer kind too, and how well the margin
and the relevance logit separate the two (AUC), with the best balanced accuracy.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Sequence
from typing import Any

import numpy as np
import torch

from rag.eval.datasets import QAExample
from rag.eval.metrics import auc, balanced_accuracy, exact_match, token_f1
from rag.read.net import Span, best_spans, windows
from rag.read.torch_net import RankHead, batch_tensors, run_net

Prediction = tuple[Span | None, float, float | None]


@torch.no_grad()
def predict(model: Any, head: RankHead | None, tok: Any, items: Sequence[QAExample], *,
            max_length: int, stride: int, batch_size: int = 32) -> list[Prediction]:
    """Per pair: the best span, the best margin (span - null) and the best rank logit."""
    model.eval()
    wins = windows(tok, [(e.question, e.context) for e in items], max_length=max_length,
                   stride=stride)
    wins.sort(key=lambda w: len(w.input_ids))  # little padding
    best: list[Prediction] = [(None, -math.inf, None)] * len(items)
    for b in range(0, len(wins), batch_size):
        batch = wins[b:b + batch_size]
        ids, mask = batch_tensors(batch, tok.pad_token_id)
        st, en, r = run_net(model, head, ids, mask)
        s, e = st.float().numpy(), en.float().numpy()
        for i, w in enumerate(batch):
            rank = float(r[i]) if r is not None else None
            spans = best_spans(w, s[i], e[i], rank, keep=1)
            span, margin, prev_rank = best[w.item]
            if rank is not None and (prev_rank is None or rank > prev_rank):
                prev_rank = rank
            if spans and spans[0].margin > margin:
                span, margin = spans[0], spans[0].margin
            best[w.item] = (span, margin, prev_rank)
    return best


def _rate(values: Sequence[bool]) -> float | None:
    return float(np.mean(values)) if values else None


def score(items: Sequence[QAExample], preds: Sequence[Prediction],
          golds: Sequence[Sequence[str]] | None = None) -> dict[str, Any]:
    """Answerable pairs: EM/F1 of the best span (best over ``golds``, default the answer),
    ``answered_at_0``; no-answer pairs: ``refused_at_0`` overall and per kind;
    ``squad2_f1_at_0`` (answered F1 or a right refusal, over all pairs); AUCs of the margin
    and the rank logit (answerable vs no-answer), per kind too; the best balanced accuracy
    of a margin threshold and that threshold."""
    em: list[float] = []
    f1: list[float] = []
    joint: list[float] = []
    pos_m: list[float] = []
    pos_r: list[float] = []
    neg_m: dict[str, list[float]] = defaultdict(list)
    neg_r: dict[str, list[float]] = defaultdict(list)
    for n, (ex, (span, margin, rank)) in enumerate(zip(items, preds, strict=True)):
        if ex.answer_start >= 0:
            text = ex.context[span.start:span.end] if span else ""
            refs = list(golds[n]) if golds and golds[n] else [ex.answer_text]
            em.append(max(exact_match(text, g) for g in refs))
            f1.append(max(token_f1(text, g) for g in refs))
            joint.append(f1[-1] if margin > 0 else 0.0)
            pos_m.append(margin)
            if rank is not None:
                pos_r.append(rank)
        else:
            joint.append(float(margin <= 0))
            neg_m[ex.kind].append(margin)
            if rank is not None:
                neg_r[ex.kind].append(rank)
    all_neg = [m for ms in neg_m.values() for m in ms]
    all_neg_r = [r for rs in neg_r.values() for r in rs]
    grid = sorted({round(x, 2) for x in (*pos_m, *all_neg) if math.isfinite(x)})
    bal = max(((balanced_accuracy(pos_m, all_neg, t), t) for t in grid), default=(None, None))
    return {
        "has_answer": len(em), "no_answer": len(all_neg),
        "em": _rate([bool(x) for x in em]) if em else None,
        "f1": float(np.mean(f1)) if f1 else None,
        "answered_at_0": _rate([m > 0 for m in pos_m]),
        "refused_at_0": _rate([m <= 0 for m in all_neg]),
        "squad2_f1_at_0": float(np.mean(joint)) if joint else None,
        "auc_margin": auc(pos_m, all_neg), "auc_rank": auc(pos_r, all_neg_r) if pos_r else None,
        "best_balanced_accuracy": bal[0], "best_threshold": bal[1],
        "by_kind": {kind: {"pairs": len(ms), "refused_at_0": _rate([m <= 0 for m in ms]),
                           "auc_margin": auc(pos_m, ms)}
                    for kind, ms in sorted(neg_m.items())},
    }
