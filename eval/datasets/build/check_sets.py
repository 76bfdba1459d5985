"""Invariants of every set built under ROOT (default: this repository), read both by
reader_sets (the build's loader) and by the project's rag.eval.qa_sets, which must agree.

Usage (from this folder): python3 check_sets.py [ROOT]   (rag importable for the second part)
"""

from __future__ import annotations

import json
import sys
from collections import defaultdict
from pathlib import Path

import reader_sets as rs

ROOT = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[3]


def main() -> None:
    side: dict[str, set[str]] = defaultdict(set)
    for name in rs.SET_NAMES:
        recs = rs.load_set(ROOT, name)
        assert recs, name
        keys = [r.key for r in recs]
        assert len(keys) == len(set(keys)), f"{name}: duplicate ids"
        for r in recs:
            assert r.split in rs.SPLITS, (name, r.title)
            if r.is_impossible:
                assert r.answer_start == -1 and r.answer_text == "" and not r.answers
            else:
                assert r.answers and (r.answer_text, r.answer_start) == r.answers[0]
                for t, s in r.answers:
                    assert r.context[s:s + len(t)] == t and t == t.strip(), (name, r.id)
            side[r.article].add(r.split)
            assert r.question == r.question.strip() and r.question
    bad = {a: s for a, s in side.items() if len(s) > 1}
    assert not bad, bad
    datasets = ROOT / "eval/datasets"
    old = json.loads((datasets / "piaf/split.json").read_text(encoding="utf-8"))["titles"]
    new = json.loads((datasets / "piaf-v1.1/split.json").read_text(encoding="utf-8"))["titles"]
    for s in rs.SPLITS:
        assert set(old[s]) <= set(new[s]), s
    print("ok:", len(side), "articles, each on one split side across all sets")
    try:
        from rag.eval import qa_sets
    except ImportError:
        return
    names = {"xquad-en": "xquad-en-en", "xquad-es": "xquad-es-es", "xquad-de": "xquad-de-de"}
    for name in rs.SET_NAMES:  # German is no language of rag.lang: no speech words for it
        speech = "de" not in name
        ours = {(r.id, r.split, r.answers, speech and r.speech)
                for r in rs.load_set(ROOT, name)}
        theirs = {(r.id, r.split, r.answers, speech and r.speech)
                  for r in qa_sets.load_set(names.get(name, name), root=datasets)}
        assert ours == theirs, f"{name}: rag.eval.qa_sets disagrees with reader_sets"
    print("ok: rag.eval.qa_sets reads the same records, splits, answers and speech flags")


if __name__ == "__main__":
    main()
