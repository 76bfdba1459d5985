"""The reader network and its span decoding, shared by training and the runtime reader.

An extractive-QA encoder (BERT layout, here the lower layers of multilingual-e5-small)
reads ``<s> question </s></s> passage </s>`` and gives, per token, a start and an end
logit (``qa_outputs``, the Hugging Face ``*ForQuestionAnswering`` head), plus one
passage-relevance logit from the first token (``rank_head``, DPR-reader style). The
no-answer option is the SQuAD 2.0 one: the span (0, 0) on the first token; a passage
"has an answer" by the margin between its best span and that null span.

This module is the torch-free part (windows, span decoding: what the ONNX reader needs);
the network's torch pieces are in :mod:`rag.read.torch_net`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

MAX_ANSWER_TOKENS = 30
TOP_N = 20


@dataclass(frozen=True)
class Window:
    """One tokenized (question, context piece) pair; offsets are into the context."""

    item: int  # which (question, context) pair it belongs to
    input_ids: list[int]
    offsets: list[tuple[int, int] | None]  # None outside the context


@dataclass(frozen=True)
class Span:
    item: int
    start: int  # character offsets into the context
    end: int
    score: float  # start + end logit
    null: float  # the window's no-answer score
    rank: float | None  # the window's relevance logit

    @property
    def margin(self) -> float:
        return self.score - self.null


def windows(tokenizer: Any, pairs: Sequence[tuple[str, str]], *, max_length: int,
            stride: int) -> list[Window]:
    """Tokenize (question, context) pairs into windows of at most ``max_length`` tokens."""
    if not pairs:
        return []
    enc = tokenizer(
        [q for q, _ in pairs], [c for _, c in pairs], truncation="only_second",
        max_length=max_length, stride=stride, return_overflowing_tokens=True,
        return_offsets_mapping=True, padding=False,
    )
    out = []
    for w, ids in enumerate(enc["input_ids"]):
        seq = enc.sequence_ids(w)
        offs = [tuple(o) if s == 1 else None for o, s in zip(enc["offset_mapping"][w], seq,
                                                            strict=True)]
        out.append(Window(int(enc["overflow_to_sample_mapping"][w]), list(ids), offs))  # type: ignore[arg-type]
    return out


def batch_arrays(batch: Sequence[Window], pad_id: int) -> tuple[np.ndarray, np.ndarray]:
    """Input ids and attention mask (int64), padded to the batch's longest window."""
    width = max(len(w.input_ids) for w in batch)
    ids = np.full((len(batch), width), pad_id, dtype=np.int64)
    mask = np.zeros((len(batch), width), dtype=np.int64)
    for i, w in enumerate(batch):
        ids[i, : len(w.input_ids)] = w.input_ids
        mask[i, : len(w.input_ids)] = 1
    return ids, mask


def span_margin(window: Window, start: np.ndarray, end: np.ndarray, lo: int, hi: int
                ) -> float | None:
    """The margin of the given context span ``lo:hi`` (characters) over the no-answer
    option in this window: the logit of its first token's start and its last token's end,
    minus the null span's; None when the window does not hold the whole span."""
    first = next((i for i, o in enumerate(window.offsets)
                  if o is not None and o[1] > o[0] and o[1] > lo), None)
    last = next((i for i in range(len(window.offsets) - 1, -1, -1)
                 if (o := window.offsets[i]) is not None and o[1] > o[0] and o[0] < hi), None)
    if first is None or last is None or last < first:
        return None
    so, eo = window.offsets[first], window.offsets[last]
    assert so is not None and eo is not None
    if so[0] > lo + 1 or eo[1] < hi - 1:  # the span runs past this window
        return None
    return float(start[first] + end[last] - start[0] - end[0])


def best_spans(window: Window, start: np.ndarray, end: np.ndarray, rank: float | None, *,
               top_n: int = TOP_N, max_tokens: int = MAX_ANSWER_TOKENS, keep: int = 3
               ) -> list[Span]:
    """The ``keep`` best context spans of one window (highest start + end logit)."""
    ctx = [i for i, o in enumerate(window.offsets) if o is not None and o[1] > o[0]]
    if not ctx:
        return []
    null = float(start[0] + end[0])
    idx = np.asarray(ctx)
    starts = idx[np.argsort(-start[idx])[:top_n]]
    ends = idx[np.argsort(-end[idx])[:top_n]]
    found: list[Span] = []
    for s in starts:
        for e in ends:
            if e < s or e - s + 1 > max_tokens:
                continue
            so, eo = window.offsets[s], window.offsets[e]
            assert so is not None and eo is not None
            found.append(Span(window.item, so[0], eo[1], float(start[s] + end[e]), null, rank))
    found.sort(key=lambda sp: -sp.score)
    out: list[Span] = []
    for sp in found:  # no two overlapping spans
        if all(sp.end <= o.start or sp.start >= o.end for o in out):
            out.append(sp)
        if len(out) == keep:
            break
    return out
