"""Metric functions of the evaluation and their aggregation, with no model and no I/O.

Spans are ``(doc_id, start, end)`` character spans of an article's raw text. Per item:

* retrieval: evidence hit@1, hit@5 and MRR@10, where a retrieved passage is a
  hit when its ``[start, end)`` span overlaps an evidence quote's span in the
  same article (quotes are located with ``raw_text.find(quote)``);
* citations, in the spirit of ALCE: precision is the share of cited spans that
  overlap an evidence span, recall the share of evidence quotes that some
  citation overlaps (an abstention answers nothing: the quotes it may offer, "X is
  quoted, but not on that: ...", are not scored as citations);
* answer text: evidence coverage (share of the evidence quotes' folded content
  tokens that the answer contains) and SQuAD token-F1 against the reference
  answer (mostly meaningful for LLM backends: the extractive answer quotes the
  French articles, so English references score low);
* short answer: for items with a reference ``short`` span, SQuAD exact match and
  token F1 of the first of the answer's ``short_answers`` (empty when there is none
  or the bot abstained);
* abstention: accuracy on unanswerable items (it abstained) and false-abstention
  rate on answerable ones.

:func:`summarize` averages them by split, language and type; :func:`check_gate` compares
the averages with the CI thresholds.
"""

from __future__ import annotations

import re
import string
from collections import Counter
from collections.abc import Iterable, Sequence
from typing import Any, Protocol

import numpy as np

from rag.search.bm25 import tokenize

RETRIEVAL_K = 10
"""Passages scored per item: MRR@10 needs the first ten."""

METRICS = (
    "hit_at_1", "hit_at_5", "mrr_at_10", "citation_precision", "citation_recall",
    "evidence_coverage", "answer_f1", "short_em", "short_f1", "abstention_accuracy",
    "false_abstention_rate",
)
"""Aggregate metric names, in table order (also the keys of ``metrics.json``)."""

ANSWERABLE_METRICS = METRICS[: METRICS.index("abstention_accuracy")]
"""The metrics averaged over answerable items (each over the items it applies to)."""

LABELS = {
    "hit_at_1": "hit@1", "hit_at_5": "hit@5", "mrr_at_10": "MRR@10",
    "citation_precision": "cit.P", "citation_recall": "cit.R",
    "evidence_coverage": "cover", "answer_f1": "F1",
    "short_n": "n.short", "short_em": "short.EM", "short_f1": "short.F1",
    "abstention_accuracy": "abst.acc", "false_abstention_rate": "false.abst",
}

Span = tuple[str, int, int]
"""``(doc_id, start, end)``: a character span of an article's raw text."""


# -- retrieval and citations ------------------------------------------------------------
def overlaps(a: Span, b: Span) -> bool:
    """Two spans of the same article share at least one character."""
    return a[0] == b[0] and a[1] < b[2] and b[1] < a[2]


def first_hit_rank(retrieved: Sequence[Span], evidence: Sequence[Span]) -> int | None:
    """Rank (from 1) of the first retrieved span that overlaps some evidence span."""
    for rank, span in enumerate(retrieved, start=1):
        if any(overlaps(span, ev) for ev in evidence):
            return rank
    return None


def hit_at(rank: int | None, k: int) -> float:
    return 1.0 if rank is not None and rank <= k else 0.0


def reciprocal_rank(rank: int | None, k: int = RETRIEVAL_K) -> float:
    return 1.0 / rank if rank is not None and rank <= k else 0.0


def citation_precision(cited: Sequence[Span], evidence: Sequence[Span]) -> float | None:
    """Share of citations that overlap an evidence span (None without citations)."""
    if not cited:
        return None
    return sum(any(overlaps(c, ev) for ev in evidence) for c in cited) / len(cited)


def citation_recall(cited: Sequence[Span], evidence: Sequence[Span]) -> float | None:
    """Share of evidence spans that some citation overlaps (None without evidence)."""
    if not evidence:
        return None
    return sum(any(overlaps(c, ev) for c in cited) for ev in evidence) / len(evidence)


# -- answer text --------------------------------------------------------------------------
def evidence_coverage(answer: str, quotes: Sequence[str]) -> float | None:
    """Share of the quotes' folded content tokens (no stop words) found in the answer."""
    wanted = {t for q in quotes for t in tokenize(q)}
    if not wanted:
        return None
    return len(wanted & set(tokenize(answer))) / len(wanted)


_ARTICLES = re.compile(r"\b(?:le|la|les|un|une|des|du|de|the|a|an)\b")
_ELIDED = re.compile(r"\b[ld]'")
_PUNCT = str.maketrans("", "", string.punctuation + "«»“”‘’„…–—¿¡")


def normalize_answer(text: str) -> str:
    """SQuAD normalisation for French (and English): lower case, no elided or plain
    articles (l', d', le, la, les, un, une, des, du, de; the, a, an), no punctuation,
    single spaces. Accents are kept, as in the official SQuAD/FQuAD scripts."""
    text = text.lower().replace("’", "'")
    text = _ELIDED.sub(" ", text)
    text = _ARTICLES.sub(" ", text)
    text = text.translate(_PUNCT)
    return " ".join(text.split())


def token_f1(prediction: str, reference: str) -> float:
    """SQuAD token F1 between normalised texts."""
    pred, gold = normalize_answer(prediction).split(), normalize_answer(reference).split()
    if not pred or not gold:
        return float(pred == gold)
    same = sum((Counter(pred) & Counter(gold)).values())
    if same == 0:
        return 0.0
    p, r = same / len(pred), same / len(gold)
    return 2 * p * r / (p + r)


def exact_match(prediction: str, reference: str) -> float:
    return float(normalize_answer(prediction) == normalize_answer(reference))


def short_answer_scores(prediction: str, reference: str) -> dict[str, float]:
    """``short_em`` and ``short_f1`` of a predicted short answer against the reference
    span. An empty prediction (no short answer, or an abstention) scores 0 on both."""
    if not prediction.strip():
        return {"short_em": 0.0, "short_f1": 0.0}
    return {"short_em": exact_match(prediction, reference),
            "short_f1": token_f1(prediction, reference)}


def mean(values: Iterable[float | None]) -> float | None:
    kept = [v for v in values if v is not None]
    return sum(kept) / len(kept) if kept else None


# -- aggregation over scored items ---------------------------------------------------------
class ItemLike(Protocol):
    """What aggregation reads of a Q&A item (:class:`rag.eval.evaluate.QAItem`)."""

    @property
    def split(self) -> str: ...
    @property
    def language(self) -> str: ...
    @property
    def type(self) -> str: ...
    @property
    def short(self) -> str | None: ...
    @property
    def answerable(self) -> bool: ...


class Scored(Protocol):
    """An item with its per-item scores and latency (:class:`rag.eval.evaluate.ItemResult`)."""

    @property
    def item(self) -> ItemLike: ...
    @property
    def seconds(self) -> float: ...
    @property
    def scores(self) -> dict[str, float | None]: ...


def aggregate(results: Sequence[Scored]) -> dict[str, Any]:
    """Mean of every metric over the items it applies to, plus counts and latency."""
    answerable = [r for r in results if r.item.answerable]
    unanswerable = [r for r in results if not r.item.answerable]
    out: dict[str, Any] = {"n": len(results), "answerable": len(answerable),
                           "unanswerable": len(unanswerable),
                           "short_n": sum(r.item.short is not None for r in answerable)}
    for name in ANSWERABLE_METRICS:
        out[name] = mean(r.scores.get(name) for r in answerable)
    out["abstention_accuracy"] = mean(r.scores["abstained"] for r in unanswerable)
    out["false_abstention_rate"] = mean(r.scores["abstained"] for r in answerable)
    times = sorted(r.seconds for r in results)
    out["latency_ms_p50"] = round(1000 * times[len(times) // 2], 1) if times else None
    return out


def breakdown(results: Sequence[Scored]) -> dict[str, Any]:
    """``{"all": ..., "language": {lang: ...}, "type": {type: ...}, "speech": ...,
    "about": ...}`` for these items (``speech``: those asking who said what; ``about``:
    those asking about an article itself; each when there are any)."""
    out: dict[str, Any] = {"all": aggregate(results), "language": {}, "type": {}}
    for key in ("language", "type"):
        groups: dict[str, list[Scored]] = {}
        for r in results:
            groups.setdefault(getattr(r.item, key), []).append(r)
        out[key] = {name: aggregate(rs) for name, rs in sorted(groups.items())}
    speech = [r for r in results if getattr(r.item, "speech", False)]
    if speech:
        out["speech"] = aggregate(speech)
    about = [r for r in results if getattr(r.item, "about", False)]
    if about:
        out["about"] = aggregate(about)
    return out


def summarize(results: Sequence[Scored]) -> dict[str, Any]:
    """Breakdowns for all items and for each split present (dev, test)."""
    out: dict[str, Any] = {"all": breakdown(results)}
    for split in ("dev", "test"):
        chosen = [r for r in results if r.item.split == split]
        if chosen:
            out[split] = breakdown(chosen)
    return out


# -- CI gate ------------------------------------------------------------------------------
def check_gate(metrics: dict[str, Any], thresholds: dict[str, float]) -> list[str]:
    """One line per metric under its threshold (``false_abstention_rate`` is an upper
    bound); an empty list means the gate passes."""
    failures: list[str] = []
    for name, limit in thresholds.items():
        value = metrics.get(name)
        if name == "false_abstention_rate":
            bad = value is None or value > limit
            rel = "above the maximum"
        else:
            bad = value is None or value < limit
            rel = "below the minimum"
        if bad:
            shown = "n/a" if value is None else f"{value:.3f}"
            failures.append(f"{name} = {shown} is {rel} {limit:.3f}")
    return failures


def auc(pos: Sequence[float], neg: Sequence[float]) -> float | None:
    """Probability that a random positive scores above a random negative."""
    if not pos or not neg:
        return None
    p, n = np.asarray(pos, dtype=float), np.asarray(neg, dtype=float)
    greater = (p[:, None] > n[None, :]).sum() + 0.5 * (p[:, None] == n[None, :]).sum()
    return float(greater / (len(p) * len(n)))


def balanced_accuracy(pos: Sequence[float], neg: Sequence[float], threshold: float) -> float:
    tpr = float(np.mean([p >= threshold for p in pos])) if pos else 1.0
    tnr = float(np.mean([n < threshold for n in neg])) if neg else 1.0
    return (tpr + tnr) / 2
