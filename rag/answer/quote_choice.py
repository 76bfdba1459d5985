"""Which of a speaker's words answer "What did X say about Y?": a learned choice.

Each of the speaker's attributions that the reader read (:class:`SpeechReading`) is scored
by a linear model over what is known of it: the reader's margin for its words as the
answer and for its passage's best span, whether its words hold that best span, the
passage's relevance, the cosine of its words to the question and to the question's claim,
the share of the question's topic words it holds, whether it is a quote, and its length.
The weights are a conditional logit (a softmax over one question's candidates) fitted on
the new-article dev questions by ``python -m rag.eval.quote_choice --fit`` and stored in
``rag/answer/weights/quote_choice.json`` with how they were fitted. A hand-made order (the
reader's best passage, then the words closest by the embeddings) chose the right words for
138 of 181 dev questions; the learned choice, scored on sets it was not fitted on (leave one
set out), for 153.
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import numpy as np

from rag.answer.attributed import (
    AttributionIndex,
    SpeechReading,
    Unit,
    content_words,
    topic_found,
)
from rag.ingest.attributions import Attribution
from rag.search.embed import Embedder

WEIGHTS = Path(__file__).resolve().parent / "weights" / "quote_choice.json"
FEATURES = ("unit_best", "target", "relevance", "cos_question", "cos_claim", "topic",
            "holds_best", "quote", "log_length")
FLOOR = -15.0  # a margin below this (or none: the words lie in no window) counts as this


@dataclass(frozen=True)
class Candidate:
    unit: Unit
    item: Attribution
    margin: float  # the reader's margin for these words as the answer
    features: tuple[float, ...]


def candidates(question: str, claim: str, reading: SpeechReading, topic: Sequence[str],
               index: AttributionIndex, embedder: Embedder) -> list[Candidate]:
    """Every attribution of the reading with its features (``claim``: the question's words
    after its speech cue, :func:`rag.answer.speech_words.claim_of`)."""
    question_vectors, claim_vectors = np.asarray(embedder.embed_queries([question, claim]))
    content_vectors = [index.content_vectors(list(u.items), embedder) for u in reading.units]
    out = []
    for unit, read, vectors in zip(reading.units, reading.readings, content_vectors,
                                   strict=True):
        best = read.spans[0] if read.spans else None
        for k, item in enumerate(unit.items):
            target = read.targets[k] if k < len(read.targets) else float("-inf")
            holds = best is not None and item.content.start <= best.start \
                and best.end <= item.content.end
            hits = len(topic_found(topic, content_words(item.content.text))) if topic else 0
            out.append(Candidate(unit, item, target, (
                max(read.best, FLOOR), max(target, FLOOR), read.relevance,
                float(vectors[k] @ question_vectors), float(vectors[k] @ claim_vectors),
                hits / len(topic) if topic else 0.0, float(holds),
                float(item.kind == "quote"), math.log(1 + len(item.content.text)))))
    return out


@dataclass(frozen=True)
class Model:
    weights: np.ndarray
    mean: np.ndarray
    scale: np.ndarray

    def scores(self, rows: Sequence[Sequence[float]]) -> np.ndarray:
        x = (np.asarray(rows, dtype=float) - self.mean) / self.scale
        return np.asarray(x @ self.weights)


@cache
def model(path: Path = WEIGHTS) -> Model | None:
    """The fitted weights (None when the file is missing: the hand-made order is used)."""
    if not path.is_file():
        return None
    data = json.loads(path.read_text(encoding="utf-8"))
    if tuple(data["features"]) != FEATURES:
        return None
    return Model(np.asarray(data["weights"]), np.asarray(data["mean"]),
                 np.asarray(data["scale"]))


def choose(found: Sequence[Candidate], fitted: Model) -> Candidate:
    """The candidate the model scores highest."""
    return found[int(np.argmax(fitted.scores([c.features for c in found])))]


def fit(questions: Sequence[Sequence[tuple[Sequence[float], bool]]], l2: float = 0.1,
        steps: int = 3000, rate: float = 0.1) -> Model:
    """A conditional logit over each question's candidates (features, is the gold words),
    standardised features, L2-regularised, by gradient descent."""
    rows = [np.asarray([f for f, _ in q], dtype=float) for q in questions]
    gold = [np.asarray([float(g) for _, g in q]) for q in questions]
    stacked = np.vstack(rows)
    mean, scale = stacked.mean(0), stacked.std(0) + 1e-6
    rows = [(x - mean) / scale for x in rows]
    w = np.zeros(stacked.shape[1])
    for _ in range(steps):
        grad = np.zeros_like(w)
        for x, y in zip(rows, gold, strict=True):
            s = x @ w
            p = np.exp(s - s.max())
            p /= p.sum()
            grad += x.T @ (p - y / y.sum())
        w -= rate * (grad / len(rows) + l2 * w)
    return Model(w, mean, scale)
