"""The training mix: which question/passage pairs a stage trains on, and how many of each.

A mix is a list of QA sets (:mod:`rag.eval.qa_sets`) with a weight each
(``"piaf-v1.1:1,squad2-dev:1,squad-en-es:2"``): every pair of a set is taken ``weight``
times (a fractional part takes that share of them, drawn with the seed). From the ``train``
split of each set come:

``pos``            a question over its own paragraph, with its answer span;
``neg-impossible`` a SQuAD 2.0 question its paragraph does not answer (written to look
                   answerable there: a real near miss), a share ``impossible`` of them;
``neg-sentence``   an answerable question over its paragraph without the answer sentence
                   (a synthetic near miss), for a share ``near_miss`` of the questions of
                   sets that have no real unanswerable questions;
``neg-article`` / ``neg-bm25``  another paragraph of the same article, or the one BM25
                   ranks first for the question (asked in the paragraphs' language for a
                   cross-lingual pair): ``negatives`` of them per answerable question.

Answerable questions about what someone said (``ReaderRecord.speech``) are taken
``1 + speech_boost`` times. A paragraph that contains the answer text is never a
negative. :func:`dev_examples` makes the same kinds from a set's ``dev`` split (one of
each per question, nothing repeated) for scoring.
"""

from __future__ import annotations

import random
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from rag.errors import DatasetError
from rag.eval.datasets import QAExample, without_answer
from rag.eval.qa_sets import SETS, ReaderRecord, load_set
from rag.read.net import Window, windows

RATIONALE = (
    "v6 (session 12): the product's questions as its users ask them, and nothing of v2 "
    "forgotten. news-synth (invented news articles quoting many people, with questions in "
    "English, French and Spanish, 70% asked across languages, English and Spanish over "
    "French text among them: what someone said, who said it, facts, and real near misses "
    "and unanswerable questions over the paragraph a retriever would give) taken 6 times, "
    "about a third of the windows; the rest a quarter of v2's public mix, same kinds. v2's "
    "rationale follows. "
    "French (PIAF v1.1 train) stays in every stage: the product's articles are French. English "
    "questions get a real signal from two sides: SQuAD 2.0 in English, whose adversarial "
    "unanswerable questions are trained as no-answer over their own paragraph (the window "
    "holding the annotator's plausible answer: real near misses), and English questions over "
    "Spanish text (squad-en-es with its unanswerables, XQuAD en-es), oversampled to about a "
    "third of the windows: the nearest available stand-in for English questions over French "
    "articles. SQuAD-es keeps Spanish questions and adds Spanish unanswerables. Synthetic "
    "no-answer pairs as in v1 (another paragraph of the article or BM25's best, asked in the "
    "text's language; the paragraph without its answer sentence where a set has no real "
    "unanswerables), fewer per question, one window per no-answer pair and half of the "
    "answer-less windows of answerable pairs: answer windows stay near 45% of the windows "
    "(v1's near-miss stage trained at about one answer to two no-answers and lowered "
    "answered-at-0 on PIAF dev from 0.82 to 0.67: the reader refused too often). Questions "
    "about what someone said (speech cues of rag/lang) are taken twice. Windows of 192 tokens "
    "(stride 64), as the product reads 128-192 token windows around the best sentences."
)


@dataclass(frozen=True)
class MixItem:
    """One training pair and where it comes from."""

    example: QAExample
    source: str  # the QA set
    speech: bool = False
    cross_lingual: bool = False
    hint: tuple[int, int] | None = None  # neg-impossible: where its plausible answer lies
    golds: tuple[str, ...] = ()  # every gold answer text (scoring: best over them)

    @property
    def kind(self) -> str:
        return self.example.kind


def parse_mix(spec: str) -> dict[str, float]:
    """``"name:weight,name:weight"`` (a bare name weighs 1) -> {name: weight}."""
    out: dict[str, float] = {}
    for part in (p.strip() for p in spec.split(",")):
        if not part:
            continue
        name, _, weight = part.partition(":")
        if name not in SETS:
            raise DatasetError(f"mix: unknown QA set {name!r} (one of {', '.join(SETS)})")
        try:
            out[name] = float(weight) if weight else 1.0
        except ValueError:
            raise DatasetError(f"mix: weight of {name} is not a number: {weight!r}") from None
        if out[name] < 0:
            raise DatasetError(f"mix: weight of {name} is negative")
    if not out:
        raise DatasetError("mix: no QA set named")
    return out


def _neighbours(records: Sequence[ReaderRecord], contexts: Sequence[str]) -> list[list[int]]:
    """Per answerable record: indexes of ``contexts`` in BM25 order for its question (in the
    passages' language when it was translated)."""
    from rag.search.bm25 import BM25Index

    index = BM25Index([str(i) for i in range(len(contexts))], list(contexts))
    return [[int(i) for i, _ in index.search(r.context_question or r.question, k=6)]
            for r in records]


def _copies(weight: float, rng: random.Random) -> int:
    whole = int(weight)
    return whole + (rng.random() < weight - whole)


def _share(share: float, rng: random.Random) -> bool:
    return share >= 1 or (share > 0 and rng.random() < share)


def _item(example: QAExample, r: ReaderRecord, *, speech: bool = False) -> MixItem:
    hint = r.plausible if example.kind == "neg-impossible" else None
    golds = tuple(t for t, _ in r.answers) if example.kind == "pos" else ()
    return MixItem(example, r.set_name, speech, r.cross_lingual, hint, golds)


def set_examples(records: Sequence[ReaderRecord], *, negatives: float, near_miss: float,
                 impossible: float, seed: int) -> list[MixItem]:
    """The pairs of one set's records, each once (see the module doc for the kinds)."""
    rng = random.Random(seed)
    contexts: list[str] = []
    where: dict[tuple[int, int], int] = {}
    by_article: dict[str, list[int]] = defaultdict(list)
    for r in records:
        key = (r.article_index, r.paragraph_index)
        if key not in where:
            where[key] = len(contexts)
            contexts.append(r.context)
            by_article[r.article].append(where[key])
    has_unanswerable = any(r.is_impossible for r in records)
    answerable = [r for r in records if not r.is_impossible]
    near = _neighbours(answerable, contexts) if negatives > 0 else []
    out: list[MixItem] = []
    n = 0
    for r in records:
        if r.is_impossible:
            if _share(impossible, rng):
                out.append(_item(r.example(), r))
            continue
        out.append(_item(r.example(), r, speech=r.speech))
        own = where[(r.article_index, r.paragraph_index)]
        if not has_unanswerable and _share(near_miss, rng):
            rest = without_answer(r.context, r.answer_start, r.answer_text)
            if rest is not None:
                out.append(_item(QAExample(f"{r.id}-neg-sentence", r.question, rest, "", -1,
                                           r.title, "neg-sentence"), r))
        texts = {t for t, _ in r.answers}
        ok = {j for j in range(len(contexts))
              if j != own and not any(t in contexts[j] for t in texts)}
        picks: list[tuple[int, str]] = []
        same = [j for j in by_article[r.article] if j in ok]
        lexical = [j for j in near[n] if j in ok] if near else []
        if same:
            picks.append((rng.choice(same), "neg-article"))
        if lexical and (not same or lexical[0] != picks[0][0]):
            picks.append((lexical[0], "neg-bm25"))
        if n % 2:  # one negative per question: the two kinds alternate
            picks.reverse()
        n += 1
        want = _copies(negatives, rng)
        for j, kind in picks[:want]:
            out.append(_item(QAExample(f"{r.id}-{kind}", r.question, contexts[j], "", -1,
                                       r.title, kind), r))
    return out


def build_mix(mix: dict[str, float], *, negatives: float, near_miss: float, impossible: float,
              speech_boost: float, seed: int, split: str = "train") -> list[MixItem]:
    """Every set's pairs, weighted, in a seeded order (per set, then shuffled by the loop)."""
    out: list[MixItem] = []
    for i, (name, weight) in enumerate(mix.items()):
        records = load_set(name, split=split)
        if not records:
            raise DatasetError(f"mix: {name} has no {split} questions")
        items = set_examples(records, negatives=negatives, near_miss=near_miss,
                             impossible=impossible, seed=seed + 1000 * i)
        rng = random.Random(seed + 1000 * i + 1)
        for item in items:
            copies = _copies(weight, rng)
            if copies and item.speech and item.kind == "pos":
                copies += _copies(speech_boost, rng)
            out.extend([item] * copies)
    return out


def dev_examples(name: str, *, limit: int | None, seed: int, split: str = "dev"
                 ) -> list[MixItem]:
    """Scoring pairs of set ``name``'s ``split`` (dev; eval only to report): every
    answerable question with one other-paragraph negative and its near miss (sets without
    unanswerables), every unanswerable question; at most ``limit`` questions (a seeded
    draw, file order kept; negatives still drawn from every paragraph of the split)."""
    records = load_set(name, split=split)
    items = set_examples(records, negatives=1, near_miss=1, impossible=1, seed=seed)
    if limit is None or len(records) <= limit:
        return items
    ids = {records[i].id for i in random.Random(seed).sample(range(len(records)), limit)}
    return [m for m in items if m.example.id.rsplit("-neg-", 1)[0] in ids]


def composition(items: Sequence[MixItem]) -> dict[str, dict[str, int]]:
    """Pairs per source and kind (plus speech and cross-lingual answerable counts)."""
    table: dict[str, Counter[str]] = defaultdict(Counter)
    for m in items:
        for source in (m.source, "all"):
            c = table[source]
            c[m.kind] += 1
            c["total"] += 1
            if m.kind == "pos":
                c["pos-speech"] += m.speech
                c["pos-cross-lingual"] += m.cross_lingual
    return {s: dict(sorted(c.items())) for s, c in sorted(table.items())}


@dataclass(frozen=True)
class Feature:
    """One training window: token positions of the answer, (0, 0) for no answer."""

    window: Window
    start: int
    end: int
    source: str
    kind: str  # the pair's kind; "pos-empty" for a window of a pos pair without the answer


def _span(w: Window, a0: int, a1: int) -> tuple[int, int] | None:
    ctx = [i for i, o in enumerate(w.offsets) if o is not None and o[1] > o[0]]
    if not ctx or w.offsets[ctx[0]][0] > a0 or w.offsets[ctx[-1]][1] < a1:  # type: ignore[index]
        return None
    s = next(i for i in ctx if w.offsets[i][1] > a0)  # type: ignore[index]
    e = next(i for i in reversed(ctx) if w.offsets[i][0] < a1)  # type: ignore[index]
    return s, e


def features(tokenizer: Any, items: Sequence[MixItem], *, max_length: int, stride: int,
             empty_windows: float, seed: int) -> list[Feature]:
    """Training windows of the pairs. A pos pair gives every window holding its answer and
    a share ``empty_windows`` of its other windows (no answer there); a no-answer pair gives
    one window: the one holding its plausible answer when it has one, else a random one."""
    rng = random.Random(seed)
    index: dict[tuple[str, str], int] = {}
    for m in items:
        index.setdefault((m.example.question, m.example.context), len(index))
    per_pair: dict[int, list[Window]] = defaultdict(list)
    for w in windows(tokenizer, list(index), max_length=max_length, stride=stride):
        per_pair[w.item].append(w)
    out: list[Feature] = []
    for m in items:
        ex = m.example
        wins = per_pair[index[(ex.question, ex.context)]]
        if ex.answer_start >= 0:
            for w in wins:
                span = _span(w, ex.answer_start, ex.answer_start + len(ex.answer_text))
                if span is not None:
                    out.append(Feature(w, *span, m.source, m.kind))
                elif _share(empty_windows, rng):
                    out.append(Feature(w, 0, 0, m.source, "pos-empty"))
            continue
        hinted = [w for w in wins if m.hint is not None and _span(w, *m.hint) is not None]
        out.append(Feature(hinted[0] if hinted else rng.choice(wins), 0, 0, m.source, m.kind))
    return out


def window_counts(feats: Sequence[Feature]) -> dict[str, dict[str, int]]:
    """Training windows per source and kind."""
    table: dict[str, Counter[str]] = defaultdict(Counter)
    for f in feats:
        for source in (f.source, "all"):
            table[source][f.kind] += 1
            table[source]["total"] += 1
    return {s: dict(sorted(c.items())) for s, c in sorted(table.items())}
