"""The reader's extractive-QA sets: one registry, one record type, splits, speech questions.

Every set is a folder under :data:`rag.eval.datasets.DATASETS_DIR` holding the file as
fetched and a ``split.json`` (titles per ``train``/``dev``/``eval``; how each was made is
written in it, and the files derived from the sources are rebuilt by
``eval/datasets/build/``):

======================  ==========================================  ==============  ============
set                     file                                        question/text   licence
======================  ==========================================  ==============  ============
``piaf-v1.0``           piaf/piaf-v1.0.json                         fr / fr         MIT
``piaf-v1.1``           piaf-v1.1/piaf-v1.1.json                    fr / fr         MIT
``squad2-dev``          squad2-dev/dev-v2.0.json (SQuAD 2.0)        en / en         CC BY-SA 4.0
``squad-es-dev-small``  squad-es-dev-small/dev-v2.0-es_small.json   es / es         CC BY 4.0
``squad-en-es``         squad-es-dev-small/squad-en-es.json         en / es         CC BY-SA 4.0
``xquad-<q>-<c>``       xquad/xquad.<q>.json over xquad.<c>.json    q / c (en es de) CC BY-SA 4.0
``news-synth``          news-synth/news-synth.json                  per record      this project's
======================  ==========================================  ==============  ============

``news-synth``: invented news articles in English, French and Spanish, quoting many people,
and questions asked in any of the three languages (what someone said, who said it, facts,
near misses, unanswerable), written for this project by helper sessions as training data;
each record carries its question's and its paragraph's language
(``eval/datasets/build/news_synth.py``).

``xquad-en-en`` is plain English XQuAD; ``xquad-en-es`` asks the English questions over the
parallel Spanish paragraphs (same ids, checked). ``squad-en-es`` asks English SQuAD 2.0
questions over the aligned SQuAD-es paragraphs, unanswerable ones included. The SQuAD
family (squad2-dev, SQuAD-es, XQuAD) shares one split by English article title, so an
article and its translations sit on one side everywhere (``ReaderRecord.article``).

Loading repairs what the files get wrong: SQuAD-es placeholder answers (``""`` at -1) are
dropped, padded answers are stripped, an offset that misses its text moves to the nearest
occurrence (:func:`repair_answer`); ``stats`` counts each repair. ``speech`` marks
questions about what someone said, by general rules whose words live in ``rag/lang``
(:func:`speech_cues`): nothing here is fitted to the product's corpus.
"""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import Any, Final

from rag import lang
from rag.errors import DatasetError
from rag.eval.datasets import DATASETS_DIR, QAExample

SPLITS: Final = ("train", "dev", "eval")
MIXED: Final = "mixed"  # a set whose records each carry their languages ("lang")
XQUAD_LANGS: Final = ("en", "es", "de")


@dataclass(frozen=True)
class SetSpec:
    """Where a set's file and split are, and its languages."""

    name: str
    folder: str
    file: str
    question_lang: str
    context_lang: str
    license: str


def _specs() -> dict[str, SetSpec]:
    out = [
        SetSpec("piaf-v1.0", "piaf", "piaf-v1.0.json", "fr", "fr", "MIT"),
        SetSpec("piaf-v1.1", "piaf-v1.1", "piaf-v1.1.json", "fr", "fr", "MIT"),
        SetSpec("squad2-dev", "squad2-dev", "dev-v2.0.json", "en", "en", "CC BY-SA 4.0"),
        SetSpec("squad-es-dev-small", "squad-es-dev-small", "dev-v2.0-es_small.json", "es", "es",
                "CC BY 4.0"),
        SetSpec("squad-en-es", "squad-es-dev-small", "squad-en-es.json", "en", "es",
                "CC BY-SA 4.0"),
    ]
    out += [SetSpec(f"xquad-{q}-{c}", "xquad", f"xquad.{c}.json", q, c, "CC BY-SA 4.0")
            for q in XQUAD_LANGS for c in XQUAD_LANGS]
    # invented news articles and questions written for this project (languages per record)
    out.append(SetSpec("news-synth", "news-synth", "news-synth.json", MIXED, MIXED,
                       "written for this project (redistributable with it)"))
    return {s.name: s for s in out}


SETS: Final[Mapping[str, SetSpec]] = _specs()


@dataclass(frozen=True)
class ReaderRecord:
    """One question over one context. ``answers`` are every valid gold (text, start), each
    with ``context[start:start + len(text)] == text``; empty when unanswerable.
    ``article`` is shared by every copy of an article across sets and languages
    (``squad:Normans``, ``piaf:<title>``). ``context_question`` is the same question in the
    context's language when the asked one is a translation (cross-lingual sets);
    ``plausible`` is where an unanswerable SQuAD 2.0 question's plausible (wrong) answer
    lies: the near miss the annotator wrote it against."""

    id: str
    question: str
    question_lang: str
    context: str
    context_lang: str
    answers: tuple[tuple[str, int], ...]
    title: str
    article: str
    set_name: str
    split: str
    article_index: int = 0
    paragraph_index: int = 0
    context_question: str = ""
    plausible: tuple[int, int] | None = None  # unanswerable: (start, end) of its decoy answer
    speech_cues: tuple[str, ...] = ()

    @property
    def is_impossible(self) -> bool:
        return not self.answers

    @property
    def answer_text(self) -> str:
        return self.answers[0][0] if self.answers else ""

    @property
    def answer_start(self) -> int:
        return self.answers[0][1] if self.answers else -1

    @property
    def speech(self) -> bool:
        return bool(self.speech_cues)

    @property
    def cross_lingual(self) -> bool:
        return self.question_lang != self.context_lang

    @property
    def key(self) -> str:
        """``set_name:id``: unique across sets (a SQuAD id recurs in several)."""
        return f"{self.set_name}:{self.id}"

    def example(self) -> QAExample:
        """The training pair: ``pos``, or ``neg-impossible`` (a SQuAD 2.0 question its own
        paragraph does not answer: a real near miss)."""
        return QAExample(self.id, self.question, self.context, self.answer_text,
                         self.answer_start, self.title,
                         "neg-impossible" if self.is_impossible else "pos")


def read_json(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise DatasetError(f"dataset file {path} not found (see eval/datasets/build/)") from None


def repair_answer(context: str, text: str, start: int, stats: Counter[str] | None = None
                  ) -> tuple[str, int] | None:
    """(text, start) with ``context[start:start + len(text)] == text``: surrounding
    whitespace stripped (the start moves with it); an offset that misses the text moves to
    the occurrence nearest to it. None for a placeholder (empty text or start -1) or a text
    the context does not hold."""
    def count(kind: str) -> None:
        if stats is not None:
            stats[kind] += 1

    stripped = text.strip()
    if not stripped or start < 0:
        count("answer-placeholder-dropped")
        return None
    if context[start:start + len(text)] == text:
        if stripped != text:
            count("answer-whitespace-stripped")
        return stripped, start + len(text) - len(text.lstrip())
    hits = [m.start() for m in re.finditer(re.escape(stripped), context)]
    if not hits:
        count("answer-not-in-context")
        return None
    count("answer-offset-moved")
    return stripped, min(hits, key=lambda h: abs(h - start))


def title_split(folder: str, root: Path = DATASETS_DIR) -> dict[str, str]:
    """Title -> split name, from ``<folder>/split.json`` (empty when there is none)."""
    path = root / folder / "split.json"
    if not path.is_file():
        return {}
    titles: dict[str, list[str]] = read_json(path)["titles"]
    return {t: split for split, ts in titles.items() for t in ts}


def _article_keys(spec: SetSpec, data: Any, root: Path) -> dict[str, str]:
    if spec.folder.startswith("piaf"):
        return {str(a["title"]): f"piaf:{a['title']}" for a in data["data"]}
    if spec.folder == "squad-es-dev-small":  # machine-translated titles -> English ones
        english = read_json(root / spec.folder / "split.json")["english_titles"]
        return {es: f"squad:{en}" for es, en in english.items()}
    return {str(a["title"]): f"squad:{a['title']}" for a in data["data"]}


def _records(data: Any, spec: SetSpec, root: Path, stats: Counter[str] | None
             ) -> list[ReaderRecord]:
    split_of = title_split(spec.folder, root)
    keys = _article_keys(spec, data, root)
    out: list[ReaderRecord] = []
    for ai, article in enumerate(data["data"]):
        title = str(article["title"])
        for pi, p in enumerate(article["paragraphs"]):
            context = str(p["context"])
            context_lang = str(p.get("lang", spec.context_lang))
            for qa in p["qas"]:
                question = " ".join(str(qa["question"]).split())
                answers: list[tuple[str, int]] = []
                for a in qa.get("answers") or ():
                    fixed = repair_answer(context, str(a["text"]), int(a["answer_start"]), stats)
                    if fixed is not None and fixed not in answers:
                        answers.append(fixed)
                impossible = bool(qa.get("is_impossible", False))
                if not question or (not impossible and not answers):
                    if stats is not None:
                        stats["question-dropped"] += 1
                    continue
                decoy = next((fixed for a in qa.get("plausible_answers") or ()
                              if (fixed := repair_answer(context, str(a["text"]),
                                                         int(a["answer_start"])))), None)
                out.append(ReaderRecord(
                    str(qa["id"]), question, str(qa.get("lang", spec.question_lang)), context,
                    context_lang,
                    () if impossible else tuple(answers), title, keys.get(title, title),
                    spec.name, split_of.get(title, ""), ai, pi,
                    plausible=(decoy[1], decoy[1] + len(decoy[0])) if impossible and decoy
                    else None))
    return out


def _questions(data: Any) -> dict[str, str]:
    return {str(q["id"]): " ".join(str(q["question"]).split())
            for x in data["data"] for p in x["paragraphs"] for q in p["qas"]}


def check_parallel(a: Any, b: Any) -> None:
    """Raise DatasetError unless two XQuAD files have the same titles, paragraphs and
    question ids in the same order."""
    def shape(d: Any) -> list[tuple[str, list[list[str]]]]:
        return [(str(x["title"]), [[str(q["id"]) for q in p["qas"]] for p in x["paragraphs"]])
                for x in d["data"]]

    if shape(a) != shape(b):
        raise DatasetError("XQuAD files are not parallel (titles, paragraphs or ids differ)")


def load_set(name: str, *, root: Path = DATASETS_DIR, stats: Counter[str] | None = None,
             split: str | None = None) -> list[ReaderRecord]:
    """Records of set ``name`` (:data:`SETS`), speech cues filled in, only ``split``'s
    when given (a title no ``split.json`` lists has split "")."""
    if name not in SETS:
        raise DatasetError(f"unknown QA set {name!r}: one of {', '.join(SETS)}")
    spec = SETS[name]
    data = read_json(root / spec.folder / spec.file)
    records = _records(data, spec, root, stats)
    if name.startswith("xquad-") and spec.question_lang != spec.context_lang:
        asked = read_json(root / spec.folder / f"xquad.{spec.question_lang}.json")
        check_parallel(asked, data)
        questions = _questions(asked)
        records = [replace(r, id=f"{r.id}/{name[6:]}", question=questions[r.id],
                           context_question=r.question) for r in records]
    elif name == "squad-en-es":  # ids are "<SQuAD-es id>/en-es": its question, its decoy
        es = {r.id: r for r in _records(read_json(root / spec.folder / SETS[
            "squad-es-dev-small"].file), SETS["squad-es-dev-small"], root, None)}
        records = [replace(r, context_question=es[r.id.split("/")[0]].question,
                           plausible=es[r.id.split("/")[0]].plausible) for r in records]
    if split is not None:
        records = [r for r in records if r.split == split]
    return with_speech(records)


# ---------------------------------------------------------------- speech questions

_QUOTES: Final = (("«", "»"), ("“", "”"), ("„", "“"), ("„", "”"), ("‹", "›"))
_MIN_QUOTE_WORDS: Final = 4
_CUE_WINDOW: Final = 100


@lru_cache(maxsize=16)
def _cue_pattern(kind: str, code: str) -> re.Pattern[str]:
    """The language's speech-cue regex (every language's, for a language rag.lang lacks)."""
    field = f"speech_{kind}_cues"
    if code in lang.LANGUAGES:
        return re.compile(getattr(lang.LANGUAGES[code], field), re.IGNORECASE)
    return re.compile("|".join(getattr(x, field) for x in lang.all_languages()), re.IGNORECASE)


def quote_spans(context: str) -> list[tuple[int, int]]:
    """Inner (start, end) of quoted passages: « », “ ”, „ “, ‹ › and straight double
    quotes paired in order."""
    spans: list[tuple[int, int]] = []
    for open_, close in _QUOTES:
        i = context.find(open_)
        while i >= 0:
            j = context.find(close, i + 1)
            if j < 0:
                break
            spans.append((i + 1, j))
            i = context.find(open_, j + 1)
    straight = [m.start() for m in re.finditer('"', context)]
    spans += [(a + 1, b) for a, b in zip(straight[::2], straight[1::2], strict=False)]
    return spans


def sentence_bounds(context: str, start: int, end: int) -> tuple[int, int]:
    """(start, end) of the sentence(s) holding ``context[start:end]`` (cut at ``.!?…``
    before a space, and at line breaks)."""
    left = max((m.end() for m in re.finditer(r"[.!?…]\s|\n", context[:start])), default=0)
    m = re.search(r"[.!?…](?=\s)|\n", context[end:])
    return left, (end + m.end()) if m else len(context)


def speech_cues(question: str, question_lang: str, context: str, context_lang: str,
                answer_text: str, answer_start: int,
                patterns: tuple[re.Pattern[str], re.Pattern[str]] | None = None
                ) -> tuple[str, ...]:
    """Why a question asks for what someone said (empty: it does not).

    ``question-cue``: a speech word in the question (``Language.speech_question_cues``).
    ``quoted-answer``: the answer lies inside quotation marks around an utterance (four
    words or more, or a speech word in its sentence: a quoted title alone does not count).
    ``context-cue``: a speech word (``Language.speech_context_cues``) in the answer's
    sentence within 100 characters of it. The last two need an answer span. ``patterns``:
    the (question, context) cue regexes to use instead of the languages' (the dataset
    build keeps the ones the committed sets were made with)."""
    asked, said = patterns or (_cue_pattern("question", question_lang),
                               _cue_pattern("context", context_lang))
    cues: list[str] = []
    if asked.search(question):
        cues.append("question-cue")
    if answer_start < 0 or not answer_text:
        return tuple(cues)
    end = answer_start + len(answer_text)
    for qs, qe in quote_spans(context):
        if qs <= answer_start and end <= qe:
            q_sentence = context[slice(*sentence_bounds(context, qs, qe))]
            if len(context[qs:qe].split()) >= _MIN_QUOTE_WORDS or said.search(q_sentence):
                cues.append("quoted-answer")
                break
    s_start, s_end = sentence_bounds(context, answer_start, end)
    if said.search(context[max(s_start, answer_start - _CUE_WINDOW):min(s_end, end + _CUE_WINDOW)]):
        cues.append("context-cue")
    return tuple(cues)


def with_speech(records: Iterable[ReaderRecord]) -> list[ReaderRecord]:
    """Records with ``speech_cues`` filled in (:func:`speech_cues`)."""
    return [replace(r, speech_cues=speech_cues(r.question, r.question_lang, r.context,
                                               r.context_lang, r.answer_text, r.answer_start))
            for r in records]


def counts(records: Iterable[ReaderRecord]) -> dict[str, dict[str, int]]:
    """Per split (and "all"): questions, answerable, unanswerable, speech, titles, paragraphs."""
    table: dict[str, Counter[str]] = defaultdict(Counter)
    titles: dict[str, set[str]] = defaultdict(set)
    paragraphs: dict[str, set[tuple[int, int]]] = defaultdict(set)
    for r in records:
        for split in (r.split or "none", "all"):
            c = table[split]
            c["questions"] += 1
            c["unanswerable" if r.is_impossible else "answerable"] += 1
            c["speech"] += r.speech
            titles[split].add(r.title)
            paragraphs[split].add((r.article_index, r.paragraph_index))
    return {s: {**dict(c), "titles": len(titles[s]), "paragraphs": len(paragraphs[s])}
            for s, c in sorted(table.items())}
