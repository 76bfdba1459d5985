"""The training run's configuration: one described model, the defaults of ``rag train-reader``.

The defaults are the reader v6 stage (shipped in sessions 12-13; v8, shipped since session
14, is the same kind of stage with ``--mix "news-synth:4,…"``, ``--teacher`` reader v2 and
``--seed 5``: its command is in the shipped manifest): continue from the shipped reader
(then v2) on invented news articles with questions in English, French and Spanish
(``news-synth``: what someone said, who said it, facts, near misses; 70 % cross-lingual)
and a quarter of v2's public mix, so nothing of it is forgotten: French (PIAF v1.1),
English (SQuAD 2.0 with its unanswerable questions), Spanish (SQuAD-es) and English
questions over Spanish text (SQuAD en-es, XQuAD en-es); see :mod:`rag.train.mix`. v2's stage
was ``--mix "piaf-v1.1:0.8,squad2-dev:0.8,squad-es-dev-small:0.6,squad-en-es:1.5,
xquad-en-es:2" --lr 5e-5 --seed 0 --max-minutes 78`` (its manifest is kept under
``previous`` in the shipped one).
"""

from __future__ import annotations

from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field

from rag.read.shipped import SHIPPED

DEFAULT_MIX = ("news-synth:6,piaf-v1.1:0.25,squad2-dev:0.2,squad-es-dev-small:0.15,"
               "squad-en-es:0.4,xquad-en-es:0.5")
DEFAULT_DEV = "news-synth,piaf-v1.1,squad2-dev,squad-en-es,xquad-en-es"


class TrainConfig(BaseModel):
    """Everything a training run depends on; ``rag train-reader`` takes its defaults and help
    from here, and the manifest records it."""

    model_config = ConfigDict(frozen=True)

    mix: str = Field(
        default=DEFAULT_MIX, description="QA sets to train on, 'name:weight,...' (rag.eval."
        "qa_sets names; a weight repeats a set's pairs, a fraction takes that share).")
    dev_sets: str = Field(default=DEFAULT_DEV,
                          description="QA sets whose dev split is scored at the end, 'a,b,...'.")
    e5_dir: Path | None = Field(
        default=None, description="The converted multilingual-e5-small folder (its config, "
        "tokenizer and frozen word embeddings; default: the one `rag setup` builds).")
    out_dir: Path = Field(default=Path(".data/reader-train-v6"),
                          description="Where checkpoints, the log and final.pt go.")
    init_shipped: Path | None = Field(
        default=SHIPPED, description="Start from the shipped reader weights in this folder "
        "(dequantised); none: from e5 with new heads (or --init-from).")
    init_from: Path | None = Field(
        default=None, description="Start from these trained weights instead (final.pt or "
        "checkpoint.pt of a run).")
    average: str | None = Field(
        default=None, description="Do not train: average the weights of these finished "
        "runs, 'RUN,RUN,...' (run folders of one lineage, each with final.pt), into --out "
        "(a model soup: rag.train.soup).")
    teacher: Path | None = Field(
        default=None, description="Distil from this reader too (learning without forgetting): "
        "a shipped weights folder (reader.safetensors) or a run's final.pt; on the windows of "
        "--distill-sets the loss adds the KL divergence of the student's start and end "
        "distributions from the teacher's.")
    distill_sets: str = Field(
        default="", description="QA sets whose windows are distilled, 'a,b,...' (empty: "
        "every set of the mix).")
    distill_weight: float = Field(default=1.0, description="Weight of the distillation loss.")
    distill_temperature: float = Field(
        default=2.0, description="Softmax temperature of the distillation (the loss is scaled "
        "by its square).")
    layers: int = Field(default=12, description="Encoder layers of e5-small to keep.")
    max_length: int = Field(default=192, description="Tokens per training window.")
    stride: int = Field(default=64, description="Overlap of a long context's windows.")
    batch_size: int = Field(default=16, description="Windows per optimiser step.")
    epochs: float = Field(default=1.0, description="Passes over the mix (time may end it "
                          "first: the learning rate follows the larger of step and time share).")
    lr: float = Field(default=3e-5, description="Peak learning rate (linear warm-up and decay).")
    warmup: float = Field(default=0.06, description="Share of the run spent warming up.")
    weight_decay: float = Field(default=0.01, description="AdamW weight decay of matrices.")
    rank_weight: float = Field(default=0.5, description="Weight of the relevance-head loss.")
    negatives: float = Field(
        default=0.5, description="Other-paragraph no-answer pairs (same article or BM25's "
        "best) per answerable question.")
    near_miss: float = Field(
        default=0.35, description="Share of answerable questions also asked over their "
        "paragraph without the answer sentence (sets without real unanswerable questions).")
    impossible: float = Field(default=1.0, description="Share of the real unanswerable "
                              "questions (SQuAD 2.0 kind) trained over their own paragraph.")
    speech_boost: float = Field(default=1.0, description="Extra copies of answerable questions "
                                "about what someone said.")
    empty_windows: float = Field(
        default=0.5, description="Share kept of an answerable pair's windows that miss the "
        "answer (trained as no-answer).")
    seed: int = Field(default=3, description="Seed of sampling, order and heads.")
    threads: int = Field(default=2, description="torch threads.")
    max_minutes: float = Field(default=62.0, description="Training-loop minutes: the schedule "
                               "ends by then (set-up and dev scoring come on top).")
    checkpoint_minutes: float = Field(default=10.0,
                                      description="Minutes between checkpoints (--resume).")
    max_steps: int | None = Field(default=None,
                                  description="Stop after this many steps (to time a step).")
    dev_limit: int | None = Field(default=150,
                                  description="Score at most this many dev questions per set.")
    dev_baseline: bool = Field(default=False, description="Also score the starting weights on "
                               "the same dev pairs first (before/after in the log).")
