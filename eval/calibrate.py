"""Calibrate the abstention threshold of the extractive answerer on the eval set.

Prints the evidence score (``Answer.score``) of every item of a split, the score
distributions of answerable and unanswerable items, and the threshold that
classifies them best (balanced accuracy; ties go to the widest margin). Also
reports how often the quoted sentences overlap the reference evidence and, for items
with a reference ``short`` answer, how often the first short answer matches it (SQuAD EM).

    RAG_DATA_DIR=/tmp/rag .venv/bin/python eval/calibrate.py [--split dev|test|all]
"""

from __future__ import annotations

import argparse
import itertools
import json
import statistics
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from rag.config import Settings  # noqa: E402
from rag.engine import Engine  # noqa: E402
from rag.metrics import exact_match  # noqa: E402


def load(split: str) -> list[dict[str, Any]]:
    lines = (ROOT / "eval" / "qa.jsonl").read_text("utf-8").splitlines()
    items = [json.loads(line) for line in lines if line.strip()]
    return [it for it in items if split == "all" or it.get("split", "all") == split]


def evidence_spans(item: dict[str, Any]) -> list[tuple[str, int, int]]:
    spans = []
    for ev in item["evidence"]:
        text = (ROOT / "corpus" / ev["doc"]).read_text("utf-8")
        start = text.find(ev["quote"])
        spans.append((ev["doc"], start, start + len(ev["quote"])))
    return spans


def best_threshold(pos: list[float], neg: list[float]) -> tuple[float, float]:
    """(threshold, balanced accuracy): answer when score >= threshold."""
    cuts = sorted(set(pos + neg))
    candidates = [cuts[0] - 1e-3] + [(a + b) / 2 for a, b in itertools.pairwise(cuts)]
    candidates.append(cuts[-1] + 1e-3)

    def bacc(t: float) -> float:
        tpr = sum(s >= t for s in pos) / max(len(pos), 1)
        tnr = sum(s < t for s in neg) / max(len(neg), 1)
        return (tpr + tnr) / 2

    best = max(bacc(t) for t in candidates)
    tied = [t for t in candidates if bacc(t) == best]
    # among equally good cuts, the middle of the widest tied run
    return tied[len(tied) // 2], best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--split", default="dev", choices=["dev", "test", "all"])
    args = parser.parse_args()
    settings = Settings().model_copy(update={"abstain_threshold": -1e9})  # never abstain
    engine = Engine(settings)
    engine.ingest()
    pos: list[float] = []
    neg: list[float] = []
    hits = 0
    short_hits = short_n = 0
    for item in load(args.split):
        answer = engine.ask(item["question"], item.get("history"))
        answerable = item["type"] != "unanswerable"
        (pos if answerable else neg).append(answer.score)
        mark = ""
        if answerable:
            gold = evidence_spans(item)
            hit = any(c.doc_id == d and c.start < e and s < c.end
                      for c in answer.citations for d, s, e in gold)
            hits += hit
            mark = "hit " if hit else "MISS"
            if item.get("short"):
                predicted = answer.short_answers[0].text if answer.short_answers else ""
                short_n += 1
                short_hits += int(exact_match(predicted, item["short"]))
        print(f"{item['id']} {item['type']:<13} {item['language']} {answer.score:.4f} {mark:4} "
              f"{item['question'][:70]}")
    print()
    for name, xs in (("answerable", pos), ("unanswerable", neg)):
        if xs:
            print(f"{name:>12}: n={len(xs)} min={min(xs):.4f} median={statistics.median(xs):.4f} "
                  f"max={max(xs):.4f}")
    if pos:
        print(f"evidence hit rate (answerable): {hits}/{len(pos)}")
    if short_n:
        print(f"short answer exact match (never abstaining): {short_hits}/{short_n}")
    if pos and neg:
        t, bacc = best_threshold(pos, neg)
        print(f"best threshold: {t:.4f} (balanced accuracy {bacc:.3f}); "
              f"current setting: {Settings().abstain_threshold}")


if __name__ == "__main__":
    main()
