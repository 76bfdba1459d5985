"""QA datasets in SQuAD format (PIAF, ...): one parser, the splits, and reader pairs.

:func:`read_squad` is the one parser of SQuAD-format files; :func:`load_piaf` turns PIAF's
paragraphs into documents of their own (a retrieval benchmark corpus). A dataset is split
by article title, a pure function of the file and a seed, written down next to it
(``eval/datasets/piaf/split.json``: titles per split). ``train`` trains the reader,
``dev`` chooses the checkpoint and calibrates the abstention threshold, ``eval`` is only
reported.

:func:`examples` makes reader pairs: each question becomes one has-answer example (its
paragraph) and ``negatives`` no-answer examples: a paragraph of the same article (same
topic, other facts) and the paragraph that BM25 ranks highest for the question among the
others (the retriever's own kind of mistake). A paragraph that contains the answer string
is never used as a negative. With ``near_miss``, the question's own paragraph without its
answer sentence is one more no-answer example: the people and the event are there, the
asked fact is not.
"""

from __future__ import annotations

import hashlib
import json
import random
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rag.config import Settings
from rag.errors import DatasetError
from rag.types import Document

EVAL_DIR = Path(__file__).resolve().parents[2] / "eval"
"""The repository's ``eval/`` folder: Q&A set, thresholds, datasets, reports."""
QA_PATH = EVAL_DIR / "qa.jsonl"
THRESHOLDS_PATH = EVAL_DIR / "thresholds.toml"
REPORTS_DIR = EVAL_DIR / "reports"
DATASETS_DIR = EVAL_DIR / "datasets"
PIAF_PATH = DATASETS_DIR / "piaf" / "piaf-v1.0.json"
SPLIT_PATH = DATASETS_DIR / "piaf" / "split.json"
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
    kind: str  # "pos", "neg-article", "neg-bm25" or "neg-sentence"


@dataclass(frozen=True)
class QA:
    """One question of a paragraph; ``answers`` are (text, start) pairs, empty when the
    paragraph does not answer it (SQuAD 2.0)."""

    id: str
    question: str
    answers: tuple[tuple[str, int], ...]


@dataclass(frozen=True)
class Paragraph:
    title: str
    article: int  # position of its article in the file
    index: int  # position in its article
    context: str
    qas: tuple[QA, ...]


def read_squad(path: Path) -> list[Paragraph]:
    """Paragraphs of a SQuAD-format file, every question with all its answers."""
    return parse_squad(_read_json(path), path)


def _read_json(path: Path) -> Any:
    try:
        return json.loads(path.read_bytes().decode("utf-8"))
    except FileNotFoundError:
        raise DatasetError(f"dataset file {path} not found: pass a SQuAD-format JSON file "
                           "(e.g. --dataset eval/datasets/piaf/piaf-v1.0.json)") from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as e:
        raise DatasetError(f"dataset file {path} is not UTF-8 JSON ({e})") from e


def parse_squad(data: Any, path: Path) -> list[Paragraph]:
    articles = data.get("data") if isinstance(data, dict) else None
    if not isinstance(articles, list):
        raise DatasetError(f"{path}: not SQuAD format: expected {{\"data\": [articles]}}")
    out: list[Paragraph] = []
    try:
        for a, article in enumerate(articles):
            for i, p in enumerate(article["paragraphs"]):
                qas = tuple(
                    QA(str(qa["id"]), str(qa["question"]).strip(),
                       tuple((str(x["text"]), int(x["answer_start"]))
                             for x in qa.get("answers") or ()))
                    for qa in p["qas"] if str(qa["question"]).strip())
                out.append(Paragraph(str(article.get("title", "")), a, i, p["context"], qas))
    except (KeyError, TypeError, AttributeError, ValueError) as e:
        raise DatasetError(
            f"{path}: not SQuAD format ({type(e).__name__}: {e}): each article needs "
            "paragraphs with context and qas"
        ) from e
    return out


@dataclass(frozen=True)
class PiafQuestion:
    id: str
    question: str
    doc_id: str
    answers: tuple[str, ...]
    title: str = ""


@dataclass(frozen=True)
class PiafData:
    path: Path
    sha256: str
    documents: list[Document]
    questions: list[PiafQuestion]


def load_piaf(path: Path = PIAF_PATH, *, max_paragraphs: int | None = None) -> PiafData:
    """Paragraphs as documents (``piaf/<article>-<paragraph>``) and their questions."""
    raw = path.read_bytes() if path.is_file() else b""
    docs: list[Document] = []
    questions: list[PiafQuestion] = []
    for p in read_squad(path):
        if max_paragraphs is not None and len(docs) >= max_paragraphs:
            break
        start = len(p.context) - len(p.context.lstrip())
        end = len(p.context.rstrip())
        if end <= start:
            continue
        doc_id = f"piaf/{p.article:03d}-{p.index:02d}"
        title = p.title or doc_id
        docs.append(Document(doc_id=doc_id, source=f"{path}#{doc_id}", raw_text=p.context,
                             blocks=((start, end),), title=title, language="fr"))
        questions += [PiafQuestion(qa.id, qa.question, doc_id, tuple(t for t, _ in qa.answers),
                                   title) for qa in p.qas if qa.answers]
    if not questions:
        raise DatasetError(f"{path}: no answerable questions found")
    return PiafData(path, hashlib.sha256(raw).hexdigest(), docs, questions)


def subsample(questions: Sequence[PiafQuestion], limit: int | None, *, seed: int = 0
              ) -> list[PiafQuestion]:
    """``limit`` questions drawn with a fixed seed, in file order (all when None)."""
    if limit is None or limit >= len(questions):
        return list(questions)
    keep = sorted(random.Random(seed).sample(range(len(questions)), limit))
    return [questions[i] for i in keep]


def split_questions(data: PiafData, questions: Sequence[PiafQuestion], name: str
                    ) -> tuple[list[PiafQuestion], str]:
    """The questions of split ``name`` (by article title, ``eval/datasets/piaf/split.json``)
    when ``data`` is the file the split was made from; all questions otherwise."""
    try:
        split = json.loads(SPLIT_PATH.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return list(questions), "all"
    if split.get("sha256") != data.sha256:
        return list(questions), "all"
    titles = set(split["titles"][name])
    return [q for q in questions if q.title in titles], name


def benchmark_settings(settings: Settings, data: PiafData) -> Settings:
    """Its own data directory per dataset version, sharing the converted models."""
    return settings.model_copy(update={
        "data_dir": settings.data_dir / "benchmarks" / f"piaf-{data.sha256[:12]}",
        "model_cache_dir": settings.models_dir,
        "collection": "piaf",
    })


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
            "questions": sum(1 for p in paragraphs if p.title in set(titles)
                             for q in p.qas if q.answers),
        }
        for name, titles in split.items()
    }
    body: dict[str, Any] = {
        "source": "PIAF v1.0 (piaf-v1.0.json)", "sha256": source_sha256, "seed": seed,
        "shares": SPLIT_SHARES, "counts": counts, "titles": split,
        "rule": "rag.eval.datasets.make_split: sorted unique titles, random.Random(seed).shuffle, "
                "first 10% eval, next 10% dev, rest train",
    }
    path.write_text(json.dumps(body, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return split


def _bm25_neighbours(paragraphs: Sequence[Paragraph], questions: Sequence[str], k: int
                     ) -> list[list[int]]:
    from rag.search.bm25 import BM25Index

    index = BM25Index([str(i) for i in range(len(paragraphs))], [p.context for p in paragraphs])
    return [[int(i) for i, _ in index.search(q, k=k)] for q in questions]


def without_answer(context: str, start: int, answer: str) -> str | None:
    """``context`` without the sentence that holds the answer: the same topic, the same
    people, but not the asked fact (a near miss). None when the answer is still there or
    too little text is left."""
    from rag.ingest.chunk import split_sentences

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
    flat = [(pi, qa) for pi, p in enumerate(pool) for qa in p.qas if qa.answers]
    neighbours = _bm25_neighbours(pool, [qa.question for _, qa in flat], k=6) if negatives else []
    out: list[QAExample] = []
    for n, (pi, qa) in enumerate(flat):
        p = pool[pi]
        qid, question, (answer, start) = qa.id, qa.question, qa.answers[0]
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
