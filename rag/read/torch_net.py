"""The reader network's torch pieces: the relevance head, a batch through the network, and
batches as tensors (training and the torch runtime; windows and span decoding are in
:mod:`rag.read.net`, which does not import torch)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import torch
from torch import nn

from rag.read.net import Window, batch_arrays


class RankHead(nn.Module):
    """Passage relevance from the first token's final hidden state."""

    def __init__(self, hidden: int) -> None:
        super().__init__()
        self.dense = nn.Linear(hidden, 1)

    def forward(self, first_token: torch.Tensor) -> torch.Tensor:
        out: torch.Tensor = self.dense(first_token).squeeze(-1)
        return out


def run_net(qa_model: Any, rank_head: RankHead | None, input_ids: torch.Tensor,
            attention_mask: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor | None]:
    """Start logits, end logits and (with a rank head) the relevance logit of a batch."""
    out = qa_model(input_ids=input_ids, attention_mask=attention_mask,
                   output_hidden_states=rank_head is not None)
    rank = rank_head(out.hidden_states[-1][:, 0]) if rank_head is not None else None
    return out.start_logits, out.end_logits, rank


def batch_tensors(batch: Sequence[Window], pad_id: int) -> tuple[torch.Tensor, torch.Tensor]:
    """:func:`batch_arrays` as torch tensors (training)."""
    ids, mask = batch_arrays(batch, pad_id)
    return torch.from_numpy(ids), torch.from_numpy(mask)
