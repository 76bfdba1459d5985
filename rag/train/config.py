"""The training run's configuration: one described model, the defaults of ``rag train-reader``."""

from __future__ import annotations

from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field

from rag.eval.datasets import PIAF_PATH


class TrainConfig(BaseModel):
    """Everything a training run depends on; ``rag train-reader`` takes its defaults and help
    from here, and the manifest records it."""

    model_config = ConfigDict(frozen=True)

    piaf: Path = Field(default=PIAF_PATH, description="PIAF SQuAD-format file to train on.")
    e5_dir: Path | None = Field(
        default=None, description="The converted multilingual-e5-small folder to start from "
        "(default: the one `rag setup` builds in the data directory).")
    out_dir: Path = Field(default=Path(".data/reader-train"),
                          description="Where checkpoints, the log and final.pt go.")
    layers: int = Field(default=12, description="Encoder layers of e5-small to keep.")
    max_length: int = Field(default=256, description="Tokens per training window.")
    stride: int = Field(default=96, description="Overlap of a long context's windows.")
    batch_size: int = Field(default=16, description="Windows per optimiser step.")
    epochs: float = Field(default=1.8, description="Passes over the training split.")
    lr: float = Field(default=1e-4, description="Peak learning rate (linear warm-up and decay).")
    warmup: float = Field(default=0.06, description="Share of the steps spent warming up.")
    weight_decay: float = Field(default=0.01, description="AdamW weight decay of matrices.")
    rank_weight: float = Field(default=0.5, description="Weight of the relevance-head loss.")
    negatives: int = Field(default=1, description="No-answer paragraphs per question.")
    seed: int = Field(default=0, description="Seed of sampling, order and heads.")
    threads: int = Field(default=2, description="torch threads.")
    max_minutes: float = Field(default=95.0, description="Stop training after this long.")
    checkpoint_minutes: float = Field(default=10.0,
                                      description="Minutes between checkpoints (--resume).")
    near_miss: bool = Field(
        default=False, description="Also train on each question's own paragraph without its "
        "answer sentence (no-answer).")
    init_from: Path | None = Field(
        default=None, description="Start from these trained weights (final.pt of a run).")
    max_steps: int | None = Field(default=None,
                                  description="Stop after this many steps (to time a step).")
    dev_limit: int | None = Field(default=None, description="Score at most this many dev pairs.")
