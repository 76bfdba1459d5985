"""Build eval/datasets/news-synth/news-synth.json and split.json from its sources.

Usage (from this folder, with the project's virtualenv and `rag setup` done):
python news_synth.py [ROOT]   (ROOT: eval/datasets/news-synth, the default)

``ROOT/sources/<set>/`` each hold ``corpus/*.txt`` (invented news articles in English, French
and Spanish) and ``questions.jsonl`` (one question per line: ``id``, ``question``,
``language``, ``doc``, ``answerable``, ``short`` an exact span of ``doc`` or null, ``kind``),
written for this project by helper sessions as training data (see ROOT/README.md).

Each article is cut into paragraphs (blank lines; a paragraph under 40 words is joined to
the next), the size the product reads (100-word windows). An answerable question is asked
over the paragraph holding its short answer; a near miss or an unanswerable question over
the paragraph of its article closest to it by the embedder (multilingual e5, query vs
passage): the passage a retriever would hand the reader, which does not answer. Every
question and paragraph carries its language (``lang``; the article's is detected). Split by
article, seed 13: one article of each source set is dev, the rest train (no eval part: the
held-out measure of the product is the new-article sets, which nothing here comes from).
"""

from __future__ import annotations

import hashlib
import json
import random
import re
import sys
from pathlib import Path
from typing import Any

import numpy as np

from rag import lang
from rag.config import Settings
from rag.search.embed import get_embedder

ROOT = Path(__file__).resolve().parents[1] / "news-synth"
SEED = 13
MIN_WORDS = 40


def occurrences(text: str, short: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """(paragraph, offset) of the first occurrence of ``short`` in each paragraph that
    holds it, as whole words when it occurs so ("ten", not the "ten" of "existential")."""
    at = [m.start() for m in re.finditer(re.escape(short), text)]
    whole = [a for a in at if not (a and text[a - 1].isalnum())
             and not (a + len(short) < len(text) and text[a + len(short)].isalnum())]
    out: dict[int, int] = {}
    for a in whole or at:
        for i, (s, e) in enumerate(spans):
            if s <= a and a + len(short) <= e:
                out.setdefault(i, a)
    return sorted(out.items())


def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each paragraph, short ones joined to the next."""
    spans = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+(?:\n(?!\s*\n)[^\n]+)*", text)]
    out: list[tuple[int, int]] = []
    pending: int | None = None
    for start, end in spans:
        first = start if pending is None else pending
        if len(text[first:end].split()) < MIN_WORDS:
            pending = first
            continue
        out.append((first, end))
        pending = None
    if pending is not None:
        if out:
            out[-1] = (out[-1][0], spans[-1][1])
        else:
            out.append((pending, spans[-1][1]))
    return out


def build(root: Path = ROOT) -> dict[str, Any]:
    embedder = get_embedder(Settings())
    data: list[dict[str, Any]] = []
    titles: list[str] = []
    stats: dict[str, int] = {}
    sources = sorted((p for p in (root / "sources").iterdir() if p.is_dir()),
                     key=lambda p: (len(p.name), p.name))  # t1 … t9, t10
    for source in sources:
        questions = [json.loads(line) for line in
                     (source / "questions.jsonl").read_text(encoding="utf-8").splitlines()
                     if line.strip()]
        for path in sorted((source / "corpus").glob("*.txt")):
            text = path.read_text(encoding="utf-8")
            text_lang = lang.detect(text)
            spans = paragraphs(text)
            title = f"{source.name}/{path.name}"
            titles.append(title)
            qas: dict[int, list[dict[str, Any]]] = {i: [] for i in range(len(spans))}
            asked = [q for q in questions if q.get("doc") == path.name]
            unanswerable = [q for q in asked if not q["answerable"]]
            if unanswerable:
                qv = np.asarray(embedder.embed_queries([q["question"] for q in unanswerable]))
                pv = np.asarray(embedder.embed_passages([text[s:e] for s, e in spans]))
                closest = (qv @ pv.T).argmax(axis=1)
            for q in asked:
                item: dict[str, Any] = {"id": f"{source.name}:{q['id']}",
                                        "question": q["question"], "lang": q["language"],
                                        "kind": q["kind"]}
                if q["answerable"]:
                    found = occurrences(text, q["short"], spans)
                    if not found:
                        stats["dropped"] = stats.get("dropped", 0) + 1
                        continue
                    if len({i for i, _ in found}) > 1:  # "Auckland" in three paragraphs:
                        # the one closest to the question by the embedder
                        qv = np.asarray(embedder.embed_queries([q["question"]]))[0]
                        pv = np.asarray(embedder.embed_passages(
                            [text[spans[i][0]:spans[i][1]] for i, _ in found]))
                        found = [found[int((pv @ qv).argmax())]]
                    i, at = found[0]
                    item.update(is_impossible=False, answers=[
                        {"text": q["short"], "answer_start": at - spans[i][0]}])
                else:
                    i = int(closest[unanswerable.index(q)])
                    item.update(is_impossible=True, answers=[])
                qas[i].append(item)
                stats[q["kind"]] = stats.get(q["kind"], 0) + 1
            data.append({"title": title, "paragraphs": [
                {"context": text[s:e], "lang": text_lang, "qas": qas[i]}
                for i, (s, e) in enumerate(spans)]})
    rng = random.Random(SEED)
    dev = sorted(rng.choice([t for t in titles if t.startswith(f"{s.name}/")]) for s in sources)
    split = {"source": "news-synth", "seed": SEED,
             "rule": "By article: one article of each source set (random, seed 13) is dev, "
                     "the others train; no eval part.",
             "titles": {"train": [t for t in titles if t not in dev], "dev": dev, "eval": []}}
    body = json.dumps({"version": "news-synth-1", "data": data}, ensure_ascii=False, indent=1)
    (root / "news-synth.json").write_text(body + "\n", encoding="utf-8")
    (root / "split.json").write_text(json.dumps(split, ensure_ascii=False, indent=1) + "\n",
                                     encoding="utf-8")
    stats["articles"] = len(titles)
    stats["sha256"] = hashlib.sha256((body + "\n").encode()).hexdigest()  # type: ignore[assignment]
    return stats


if __name__ == "__main__":
    print(json.dumps(build(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT), indent=1))
