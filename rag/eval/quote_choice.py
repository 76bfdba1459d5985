"""Fit and score the learned choice among a speaker's words (:mod:`rag.answer.quote_choice`).

``python -m rag.eval.quote_choice`` reads the "what did X say" questions of the new-article
sets (`eval/new_articles`, dev data: every set there has been studied), finds for each the
speaker's attributions the answer path reads, marks those whose words hold the reference
answer, and scores the hand-made order and the learned choice (each set scored by weights
fitted on the others). ``--fit`` also fits on every set and writes the weights with how
they were made (``rag/answer/weights/quote_choice.json``).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from rag import lang
from rag.answer import quote_choice
from rag.answer.attributed import topic_words
from rag.answer.speech_words import claim_of
from rag.config import Settings
from rag.eval.new_articles import NEW_ARTICLES_DIR, ingested, load_questions, sets_under
from rag.ingest.speakers import fold


@dataclass(frozen=True)
class Asked:
    set: str
    id: str
    rows: list[tuple[tuple[float, ...], bool]]  # per candidate: features, holds the answer
    hand_made: int  # the candidate the hand-made order picks


def _holds(words: str, reference: str) -> bool:
    words, reference = fold(words), fold(reference)
    return reference[:60] in words or (words in reference and len(words) > 8)


def collect(settings: Settings, root: Path = NEW_ARTICLES_DIR) -> list[Asked]:
    """Every what-said question whose speaker the answer path finds, with two candidates or
    more, one of which holds the reference answer."""
    out: list[Asked] = []
    for folder in sets_under(root):
        with ingested(settings, folder) as engine:
            quoted, s = engine.quoted, engine.settings
            for q in load_questions(folder):
                if q.kind != "what-said" or not q.short:
                    continue
                results = engine.retriever.run(q.question, k=max(s.top_k, s.reader_passages))
                sq = quoted.parse(q.question, results=results)
                if sq is None or not sq.speakers or sq.others:
                    continue
                reading = quoted.read(q.question, sq.speakers)
                speakers = [a.speaker for u in reading.units for a in u.items if a.speaker]
                topic = topic_words(q.question, [*speakers, sq.named])
                found = quote_choice.candidates(q.question, claim_of(q.question), reading,
                                                topic, quoted.index, engine.embedder)
                gold = [_holds(c.item.content.text, q.short) for c in found]
                if len(found) < 2 or not any(gold):
                    continue
                said = quoted.said(q.question, lang.detect(q.question), reading,
                                   results[: s.top_k], sq.named, learned=False)
                picked = said.short_answers[0].start if said and said.short_answers else -1
                hand = next((i for i, c in enumerate(found) if c.item.content.start == picked),
                            -1)
                out.append(Asked(folder.name, q.id, [(c.features, g) for c, g in
                                                      zip(found, gold, strict=True)], hand))
    return out


def leave_one_set_out(asked: Sequence[Asked]) -> int:
    """How many questions the learned choice gets right, each set scored by weights fitted
    on the other sets."""
    right = 0
    for name in sorted({a.set for a in asked}):
        fitted = quote_choice.fit([a.rows for a in asked if a.set != name])
        for a in asked:
            if a.set == name:
                scores = fitted.scores([f for f, _ in a.rows])
                right += a.rows[int(scores.argmax())][1]
    return right


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m rag.eval.quote_choice",
                                     description=__doc__.splitlines()[0])
    parser.add_argument("--fit", action="store_true", help="write the fitted weights")
    args = parser.parse_args(argv)
    settings = Settings()
    asked = collect(settings)
    hand = sum(a.hand_made >= 0 and a.rows[a.hand_made][1] for a in asked)
    learned = leave_one_set_out(asked)
    print(f"{len(asked)} questions: hand-made order right {hand}, learned (leave one set "
          f"out) right {learned}")
    if args.fit:
        fitted = quote_choice.fit([a.rows for a in asked])
        quote_choice.WEIGHTS.parent.mkdir(parents=True, exist_ok=True)
        quote_choice.WEIGHTS.write_text(json.dumps({
            "features": list(quote_choice.FEATURES),
            "weights": fitted.weights.round(6).tolist(),
            "mean": fitted.mean.round(6).tolist(), "scale": fitted.scale.round(6).tolist(),
            "fitted_on": sorted({a.set for a in asked}), "questions": len(asked),
            "command": "python -m rag.eval.quote_choice --fit",
            "scores": {"hand_made_right": hand, "learned_leave_one_set_out_right": learned},
        }, indent=1) + "\n", encoding="utf-8")
        print(f"wrote {quote_choice.WEIGHTS}", file=sys.stderr)


if __name__ == "__main__":
    main()
