"""Training data for the reader: PIAF split by article title, with no-answer pairs.

The split is a pure function of the PIAF file and a seed, and it is written down in
``eval/datasets/piaf/split.json`` (titles per split). ``train`` trains the reader, ``dev``
chooses the checkpoint and calibrates the abstention threshold, ``eval`` is only reported.

Each question becomes one has-answer example (its paragraph) and ``negatives`` no-answer
examples: a paragraph of the same article (same topic, other facts) and the paragraph
that BM25 ranks highest for the question among the others (the retriever's own kind of
mistake). A paragraph that contains the answer string is never used as a negative. With
``near_miss``, the question's own paragraph without its answer sentence is one more
no-answer example: the people and the event are there, the asked fact is not.
"""

from __future__ import annotations

import json
import random
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

SPLIT_PATH = Path("eval/datasets/piaf/split.json")
SPLIT_SEED = 13
SPLIT_SHARES = {"train": 0.8, "dev": 0.1, "eval": 0.1}


@dataclass(frozen=True)
class QAExample:
    """A question over one context; ``answer_start`` is -1 for a no-answer pair."""

    id: str
    question: str
    context: str
    answer_text: str
    answer_start: int
    title: str
    kind: str  # "pos", "neg-article" or "neg-bm25"


@dataclass(frozen=True)
class Paragraph:
    title: str
    index: int
    context: str
    qas: tuple[tuple[str, str, str, int], ...]  # id, question, answer text, answer start


def read_squad(path: Path) -> list[Paragraph]:
    """Paragraphs of a SQuAD-format file (PIAF v1.0)."""
    data = json.loads(path.read_text(encoding="utf-8"))
    out: list[Paragraph] = []
    for article in data["data"]:
        for i, p in enumerate(article["paragraphs"]):
            qas = []
            for qa in p["qas"]:
                if not qa.get("answers"):
                    continue
                a = qa["answers"][0]
                qas.append((str(qa["id"]), qa["question"].strip(), a["text"],
                            int(a["answer_start"])))
            out.append(Paragraph(article["title"], i, p["context"], tuple(qas)))
    return out


def make_split(titles: Sequence[str], *, seed: int = SPLIT_SEED) -> dict[str, list[str]]:
    """Titles per split: shuffled with ``seed``, cut 80/10/10."""
    order = sorted(set(titles))
    random.Random(seed).shuffle(order)
    n_dev = round(len(order) * SPLIT_SHARES["dev"])
    n_eval = round(len(order) * SPLIT_SHARES["eval"])
    return {
        "eval": sorted(order[:n_eval]),
        "dev": sorted(order[n_eval:n_eval + n_dev]),
        "train": sorted(order[n_eval + n_dev:]),
    }


def load_split(path: Path = SPLIT_PATH) -> dict[str, list[str]]:
    return dict(json.loads(path.read_text(encoding="utf-8"))["titles"])


def write_split(paragraphs: Sequence[Paragraph], source_sha256: str, path: Path = SPLIT_PATH,
                *, seed: int = SPLIT_SEED) -> dict[str, list[str]]:
    split = make_split([p.title for p in paragraphs], seed=seed)
    counts = {
        name: {
            "titles": len(titles),
            "paragraphs": sum(p.title in set(titles) for p in paragraphs),
            "questions": sum(len(p.qas) for p in paragraphs if p.title in set(titles)),
        }
        for name, titles in split.items()
    }
    body: dict[str, Any] = {
        "source": "PIAF v1.0 (piaf-v1.0.json)", "sha256": source_sha256, "seed": seed,
        "shares": SPLIT_SHARES, "counts": counts, "titles": split,
        "rule": "rag.reader_data.make_split: sorted unique titles, random.Random(seed).shuffle, "
                "first 10% eval, next 10% dev, rest train",
    }
    path.write_text(json.dumps(body, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return split


def _bm25_neighbours(paragraphs: Sequence[Paragraph], questions: Sequence[str], k: int
                     ) -> list[list[int]]:
    from rag.lexical import BM25Index

    index = BM25Index([str(i) for i in range(len(paragraphs))], [p.context for p in paragraphs])
    return [[int(i) for i, _ in index.search(q, k=k)] for q in questions]


def without_answer(context: str, start: int, answer: str) -> str | None:
    """``context`` without the sentence that holds the answer: the same topic, the same
    people, but not the asked fact (a near miss). None when the answer is still there or
    too little text is left."""
    from rag.chunk import split_sentences

    spans = split_sentences(context)
    hit = [(s, e) for s, e in spans if s < start + len(answer) and e > start]
    if not hit:
        return None
    rest = context[: hit[0][0]] + context[hit[-1][1]:]
    rest = " ".join(rest.split())
    if answer in rest or len(rest.split()) < 25:
        return None
    return rest


def examples(paragraphs: Sequence[Paragraph], titles: Sequence[str], *, negatives: int = 1,
             seed: int = 0, near_miss: bool = False) -> list[QAExample]:
    """Has-answer examples of the given titles plus ``negatives`` no-answer pairs each
    (another paragraph) and, with ``near_miss``, the question's own paragraph without the
    sentence that answers it."""
    keep = set(titles)
    pool = [p for p in paragraphs if p.title in keep]
    by_title: dict[str, list[int]] = defaultdict(list)
    for i, p in enumerate(pool):
        by_title[p.title].append(i)
    rng = random.Random(seed)
    flat = [(pi, qa) for pi, p in enumerate(pool) for qa in p.qas]
    neighbours = _bm25_neighbours(pool, [qa[1] for _, qa in flat], k=6) if negatives else []
    out: list[QAExample] = []
    for n, (pi, (qid, question, answer, start)) in enumerate(flat):
        p = pool[pi]
        out.append(QAExample(qid, question, p.context, answer, start, p.title, "pos"))
        rest = without_answer(p.context, start, answer) if near_miss else None
        if rest is not None:
            out.append(QAExample(f"{qid}-neg-sentence", question, rest, "", -1, p.title,
                                 "neg-sentence"))
        if not negatives:
            continue
        ok = [j for j in range(len(pool)) if j != pi and answer not in pool[j].context]
        ok_set = set(ok)
        same = [j for j in by_title[p.title] if j in ok_set]
        lexical = [j for j in neighbours[n] if j in ok_set]
        picks: list[tuple[int, str]] = []
        if same:
            picks.append((rng.choice(same), "neg-article"))
        if lexical:
            picks.append((lexical[0], "neg-bm25"))
        if n % 2:  # with one negative per question, the two kinds alternate
            picks.reverse()
        for j, kind in picks[:negatives]:
            out.append(QAExample(f"{qid}-{kind}", question, pool[j].context, "", -1,
                                 pool[j].title, kind))
    return out
