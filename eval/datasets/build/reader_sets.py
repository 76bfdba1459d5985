"""Uniform records for the reader's external extractive-QA sets.

Every set lives in a folder under ``eval/datasets/`` (resolved against a ``root`` argument,
normally the repository root, never the working directory) with the file as fetched and a
``split.json`` (titles per ``train``/``dev``/``eval`` split):

=====================  =========================  ==========  ===========================
set name               file                       languages   licence
=====================  =========================  ==========  ===========================
``piaf-v1.1``          piaf-v1.1/piaf-v1.1.json   fr / fr     MIT
``squad2-dev``         squad2-dev/dev-v2.0.json   en / en     CC BY-SA 4.0
``squad-es-dev-small`` squad-es-dev-small/...     es / es     CC BY 4.0
``xquad-en``, ``-es``  xquad/xquad.<lang>.json    en, es, de  CC BY-SA 4.0
``xquad-en-es``        xquad.en + xquad.es        en / es     CC BY-SA 4.0
``squad-en-es``        squad2-dev + squad-es      en / es     CC BY-SA 4.0 (ShareAlike)
=====================  =========================  ==========  ===========================

The two ``*-en-es`` sets are cross-lingual: an English question over the Spanish
paragraph, with the Spanish answer span. ``xquad-en-es`` pairs parallel XQuAD files (same
ids, checked); ``squad-en-es`` aligns the CS224N half of SQuAD 2.0 dev (whose ids were
re-hashed) to SQuAD-es by article, paragraph order and question order (see
:func:`align_squad_en_es`).

A :class:`ReaderRecord` is one question over one context. Its answer always satisfies
``context[answer_start:answer_start + len(answer_text)] == answer_text``; unanswerable
questions (SQuAD 2.0) have ``answer_text == ""`` and ``answer_start == -1``. Broken or
padded answer offsets in the files are repaired on load and counted in ``stats``.
:meth:`ReaderRecord.qa_example_fields` gives the keyword arguments of the training
package's ``QAExample``; :func:`paragraph_groups` regroups records by paragraph, the shape
of its ``Paragraph``. ``speech`` marks questions about what someone said
(:func:`speech_cues`, language rules only, nothing specific to a corpus).

The answer repair, quote and sentence finding, the XQuAD parallel check and the speech
rules are the package's (:mod:`rag.eval.qa_sets`, which reads what this builds); the cue
regexes the committed sets were flagged with are kept here, frozen, so a rebuild gives the
same files whatever the language files say later.
"""

from __future__ import annotations

import random
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Final

from rag.eval.qa_sets import (
    check_parallel,
    read_json,
    repair_answer,
    speech_cues,
)

DATASETS_DIR: Final = Path("eval/datasets")
"""Where the set folders are, relative to ``root``."""

SPLITS: Final = ("train", "dev", "eval")


@dataclass(frozen=True)
class SetSpec:
    """Where one monolingual set's file is and what language it is in."""

    name: str
    folder: str
    file: str
    lang: str
    license: str


MONOLINGUAL: Final[Mapping[str, SetSpec]] = {
    s.name: s
    for s in (
        SetSpec("piaf-v1.1", "piaf-v1.1", "piaf-v1.1.json", "fr", "MIT"),
        SetSpec("squad2-dev", "squad2-dev", "dev-v2.0.json", "en", "CC BY-SA 4.0"),
        SetSpec("squad-es-dev-small", "squad-es-dev-small", "dev-v2.0-es_small.json", "es",
                "CC BY 4.0"),
        SetSpec("xquad-en", "xquad", "xquad.en.json", "en", "CC BY-SA 4.0"),
        SetSpec("xquad-es", "xquad", "xquad.es.json", "es", "CC BY-SA 4.0"),
        SetSpec("xquad-de", "xquad", "xquad.de.json", "de", "CC BY-SA 4.0"),
    )
}
CROSS_LINGUAL: Final = ("xquad-en-es", "squad-en-es")
SET_NAMES: Final = (*MONOLINGUAL, *CROSS_LINGUAL)


@dataclass(frozen=True)
class ReaderRecord:
    """One question over one context, in any of the sets.

    ``answer_text``/``answer_start`` is the first gold answer (-1 and "" when the question
    is unanswerable); ``answers`` holds every gold answer (for EM/F1 against all of them),
    each one checked against ``context``. ``article`` is a key shared by every copy of an
    article across sets and languages (``squad:Normans`` for SQuAD 2.0, SQuAD-es and
    XQuAD; ``piaf:<title>`` for PIAF): keep it on one split side when mixing sets.
    """

    id: str
    question: str
    question_lang: str
    context: str
    context_lang: str
    answer_text: str
    answer_start: int
    title: str
    set_name: str
    split: str
    is_impossible: bool
    speech: bool = False
    answers: tuple[tuple[str, int], ...] = ()
    article: str = ""
    article_index: int = 0
    paragraph_index: int = 0
    speech_cues: tuple[str, ...] = ()

    @property
    def key(self) -> str:
        """``set_name:id``, unique across sets (the same SQuAD id recurs in several)."""
        return f"{self.set_name}:{self.id}"

    def qa_example_fields(self) -> dict[str, Any]:
        """Keyword arguments of the training package's ``QAExample`` (id, question,
        context, answer_text, answer_start, title, kind); kind is ``"pos"`` or, for an
        unanswerable SQuAD 2.0 question over its own paragraph, ``"neg-impossible"``."""
        return {
            "id": self.id,
            "question": self.question,
            "context": self.context,
            "answer_text": self.answer_text,
            "answer_start": self.answer_start,
            "title": self.title,
            "kind": "neg-impossible" if self.is_impossible else "pos",
        }


@dataclass(frozen=True)
class ParagraphGroup:
    """Records of one paragraph, in the shape of the training package's ``Paragraph``:
    ``qas`` are (id, question, answers) with all gold (text, start) answers, empty for
    unanswerable questions."""

    title: str
    article: int
    index: int
    context: str
    qas: tuple[tuple[str, str, tuple[tuple[str, int], ...]], ...]


# ---------------------------------------------------------------- loading


def set_folder(root: Path, name: str) -> Path:
    """The folder of set ``name`` (a monolingual set or a cross-lingual one)."""
    if name == "xquad-en-es":
        return root / DATASETS_DIR / "xquad"
    if name == "squad-en-es":
        return root / DATASETS_DIR / "squad-es-dev-small"
    return root / DATASETS_DIR / MONOLINGUAL[name].folder


def _squad_records(data: Any, *, set_name: str, lang: str, split_of: Mapping[str, str],
                   article_key: Mapping[str, str] | None, stats: Counter[str] | None
                   ) -> list[ReaderRecord]:
    out: list[ReaderRecord] = []
    for ai, article in enumerate(data["data"]):
        title = str(article["title"])
        akey = (article_key or {}).get(title, title)
        for pi, p in enumerate(article["paragraphs"]):
            context = str(p["context"])
            for qa in p["qas"]:
                question = " ".join(str(qa["question"]).split())
                if not question:
                    if stats is not None:
                        stats["question-empty-dropped"] += 1
                    continue
                answers: list[tuple[str, int]] = []
                for a in qa.get("answers") or ():
                    fixed = repair_answer(context, str(a["text"]), int(a["answer_start"]), stats)
                    if fixed is not None and fixed not in answers:
                        answers.append(fixed)
                impossible = bool(qa.get("is_impossible", False))
                if not impossible and not answers:
                    if stats is not None:
                        stats["answerable-without-valid-answer-dropped"] += 1
                    continue
                text, start = answers[0] if not impossible else ("", -1)
                out.append(ReaderRecord(
                    id=str(qa["id"]), question=question, question_lang=lang, context=context,
                    context_lang=lang, answer_text=text, answer_start=start, title=title,
                    set_name=set_name, split=split_of.get(title, ""), is_impossible=impossible,
                    answers=() if impossible else tuple(answers), article=akey,
                    article_index=ai, paragraph_index=pi))
    return out


def load_set(root: Path, name: str, *, stats: Counter[str] | None = None,
             speech: bool = True) -> list[ReaderRecord]:
    """All records of set ``name`` (see :data:`SET_NAMES`), with their split ("" for a
    title the folder's ``split.json`` does not list) and, when ``speech``, their speech
    flag. Questions have their whitespace collapsed; empty ones are dropped, and so is an
    answerable question left without a valid answer. ``stats`` counts the repairs.
    SQuAD-es needs the ``xquad`` folder too (its English titles), ``squad-en-es`` also
    ``squad2-dev``."""
    if name == "xquad-en-es":
        records = xquad_en_es_pairs(root, stats=stats)
    elif name == "squad-en-es":
        records = squad_en_es_pairs(root, stats=stats)
    else:
        spec = MONOLINGUAL[name]
        data = read_json(set_folder(root, name) / spec.file)
        if spec.folder == "piaf-v1.1":
            keys = {str(a["title"]): f"piaf:{a['title']}" for a in data["data"]}
        elif name == "squad-es-dev-small":
            keys = {es: f"squad:{en}" for es, en in squad_es_english_titles(root).items()}
        else:
            keys = {str(a["title"]): f"squad:{a['title']}" for a in data["data"]}
        records = _squad_records(data, set_name=name, lang=spec.lang,
                                 split_of=load_title_split(root, spec.folder), article_key=keys,
                                 stats=stats)
    return with_speech(records) if speech else records


def load_title_split(root: Path, folder: str) -> dict[str, str]:
    """Title -> split name, from ``eval/datasets/<folder>/split.json`` (empty if none)."""
    path = root / DATASETS_DIR / folder / "split.json"
    if not path.is_file():
        return {}
    titles: dict[str, list[str]] = read_json(path)["titles"]
    return {t: split for split, ts in titles.items() for t in ts}


def paragraph_groups(records: Iterable[ReaderRecord]) -> list[ParagraphGroup]:
    """Records regrouped by (set, article, paragraph), in file order."""
    groups: dict[tuple[str, int, int], list[ReaderRecord]] = {}
    for r in records:
        groups.setdefault((r.set_name, r.article_index, r.paragraph_index), []).append(r)
    return [
        ParagraphGroup(rs[0].title, rs[0].article_index, rs[0].paragraph_index, rs[0].context,
                       tuple((r.id, r.question, r.answers) for r in rs))
        for rs in groups.values()
    ]


def to_squad_json(records: Iterable[ReaderRecord], *, version: str = "v2.0") -> dict[str, Any]:
    """Records as a SQuAD 2.0 file (``is_impossible``, all answers), grouped by title and
    context in first-seen order; readable by the project's ``read_squad``."""
    articles: dict[str, dict[str, list[dict[str, Any]]]] = {}
    for r in records:
        qas = articles.setdefault(r.title, {}).setdefault(r.context, [])
        qas.append({
            "id": r.id, "question": r.question, "is_impossible": r.is_impossible,
            "answers": [{"text": t, "answer_start": s} for t, s in r.answers],
        })
    return {"version": version, "data": [
        {"title": title, "paragraphs": [{"context": c, "qas": q} for c, q in paras.items()]}
        for title, paras in articles.items()
    ]}


# ---------------------------------------------------------------- splits


def title_split(titles: Iterable[str], seed: int, n_eval: int, n_dev: int
                ) -> dict[str, list[str]]:
    """Sorted unique titles shuffled with ``random.Random(seed)``: the first ``n_eval``
    go to eval, the next ``n_dev`` to dev, the rest to train (each list sorted)."""
    order = sorted(set(titles))
    random.Random(seed).shuffle(order)
    return {
        "train": sorted(order[n_eval + n_dev:]),
        "dev": sorted(order[n_eval:n_eval + n_dev]),
        "eval": sorted(order[:n_eval]),
    }


# ---------------------------------------------------------------- speech


_QUESTION_CUES: Final[Mapping[str, str]] = {
    "en": r"(?:\b(?:says|said|saying|stated|states? that|claim(?:s|ed)|announce[sd]?|"
          r"declared?|told|according to|quoted?|remark(?:s|ed)|repl(?:y|ied)|"
          r"insist(?:s|ed)|testif(?:y|ied))\b|\b(?:did|does|do|would|will)(?: \S+){1,5} "
          r"(?<!the )(?<!a )(?<!an )(?<!its )(?<!their )(?<!his )(?<!her )(?<!this )"
          r"(?<!each )(?-i:say|state|claim|tell)\b(?! of))",
    "fr": r"\b(?:dit(?!-on)|disait|déclar(?:e|é|ée|ait|ation)|affirm(?:e|é|ait)|selon|"
          r"annonc(?:e|é|ée|ait)|répond(?:u|it)|pr[ée]tend(?:u|ait)?|a expliqué|"
          r"estim(?:e|é) que|a indiqué|cit(?:e|é) par)\b",
    "es": r"\b(?:dijo|dice(?! que se)|dicho|declar(?:ó|a|aba|ación)|afirm(?:ó|a|aba)|según|"
          r"anunci(?:ó|a|aba)|aseguró que|manifest(?:ó|a)|sostuvo|respondió|explicó|"
          r"señaló|cit(?:ó|a))\b",
    "de": r"\b(?:sagte?n?|gesagt|sagt|erklärte?n?|behauptete?n?|kündigte|angekündigt|"
          r"laut|zufolge|meinte?)\b",
}
"""Question words asking what someone said: verb forms ("state", "say" only lower-case
after an auxiliary and not after a determiner, so "member state", "the final say", "the
Islamic State" do not count), not "dit-on" (French "is called")."""

_CONTEXT_CUES: Final[Mapping[str, str]] = {
    "en": r"\b(?:said|says|stated(?! otherwise)|told|announced|declared|claimed|quoted|"
          r"remarked|replied|insisted|testified|proclaimed|exclaimed|"
          r"according to (?:the )?(?:(?-i:[A-Z])|him\b|her\b|them\b))",
    "fr": r"(?:\b(?<!on l')(?:a|ont|avait|avaient) (?:dit|déclaré|affirmé|annoncé|expliqué|"
          r"indiqué|précisé|souligné|répondu|estimé)\b|(?<!s')(?<!s’)\b(?:déclare|affirme|annonce|"
          r"explique)\b|"
          r"\bselon (?:l[ea] |l'|les |des |du )?(?:(?-i:[A-ZÉ])|lui\b|elle\b|eux\b))",
    "es": r"(?:\b(?:dijo|declaró|afirmó|anunció|aseguró que|explicó|manifestó|señaló|"
          r"sostuvo|respondió|proclamó|exclamó)\b|"
          r"\bsegún (?:el |la |los |las )?(?:(?-i:[A-ZÁÉÍÓÚ])|él\b|ella\b|ellos\b))",
    "de": r"\b(?:sagte|erklärte|behauptete|verkündete|kündigte|laut|zufolge|meinte)\b",
}
"""Speech words in the text around an answer; "according to"/"selon"/"según" only before
a name or a pronoun (not "according to the party line", "selon les positions"); not the
pronominal "s'affirme"/"s'annonce" nor "comme on l'a dit"."""

def _any_lang(table: Mapping[str, str], lang: str) -> re.Pattern[str]:
    return re.compile(table.get(lang, "|".join(table.values())), re.IGNORECASE)


_Q_RE: Final = {lang: _any_lang(_QUESTION_CUES, lang) for lang in (*_QUESTION_CUES, "")}
_C_RE: Final = {lang: _any_lang(_CONTEXT_CUES, lang) for lang in (*_CONTEXT_CUES, "")}


def with_speech(records: Iterable[ReaderRecord]) -> list[ReaderRecord]:
    """Records with ``speech`` and ``speech_cues`` filled in by :func:`speech_cues`."""
    out = []
    for r in records:
        patterns = (_Q_RE.get(r.question_lang, _Q_RE[""]), _C_RE.get(r.context_lang, _C_RE[""]))
        cues = speech_cues(r.question, r.question_lang, r.context, r.context_lang,
                           r.answer_text, r.answer_start, patterns)
        out.append(replace(r, speech=bool(cues), speech_cues=cues))
    return out


def select_speech(records: Iterable[ReaderRecord], *, cues: Iterable[str] | None = None
                  ) -> list[ReaderRecord]:
    """Records flagged as speech questions; with ``cues``, only those with one of them
    (e.g. ``{"question-cue", "quoted-answer"}`` for a stricter choice)."""
    keep = None if cues is None else set(cues)
    return [r for r in with_speech(records)
            if r.speech and (keep is None or keep.intersection(r.speech_cues))]


# ---------------------------------------------------------------- XQuAD en -> es


def xquad_en_es_pairs(root: Path, *, stats: Counter[str] | None = None,
                      question_lang: str = "en", context_lang: str = "es"
                      ) -> list[ReaderRecord]:
    """English XQuAD questions over the parallel Spanish paragraphs, with the Spanish
    answer spans (ids ``<id>/en-es``); any two XQuAD languages work."""
    folder = root / DATASETS_DIR / "xquad"
    q_data = read_json(folder / f"xquad.{question_lang}.json")
    c_data = read_json(folder / f"xquad.{context_lang}.json")
    check_parallel(q_data, c_data)
    questions = {str(q["id"]): " ".join(str(q["question"]).split())
                 for x in q_data["data"] for p in x["paragraphs"] for q in p["qas"]}
    base = _squad_records(c_data, set_name=f"xquad-{question_lang}-{context_lang}",
                          lang=context_lang, split_of=load_title_split(root, "xquad"),
                          article_key={str(x["title"]): f"squad:{x['title']}"
                                       for x in c_data["data"]}, stats=stats)
    return [replace(r, id=f"{r.id}/{question_lang}-{context_lang}", question=questions[r.id],
                    question_lang=question_lang) for r in base]


# ---------------------------------------------------------------- SQuAD en -> es


def squad_es_english_titles(root: Path) -> dict[str, str]:
    """SQuAD-es article title (machine-translated, e.g. ``Universidad``) -> SQuAD title
    (``Harvard_University``), by the original question ids SQuAD-es shares with XQuAD
    (XQuAD has five paragraphs of every SQuAD v1.1 dev article). Each Spanish article
    takes the English title most of its XQuAD ids belong to."""
    xq = read_json(root / DATASETS_DIR / "xquad" / "xquad.en.json")
    title_of = {str(q["id"]): str(x["title"])
                for x in xq["data"] for p in x["paragraphs"] for q in p["qas"]}
    es = read_json(root / DATASETS_DIR / "squad-es-dev-small" / "dev-v2.0-es_small.json")
    out: dict[str, str] = {}
    for x in es["data"]:
        votes = Counter(title_of[str(q["id"])] for p in x["paragraphs"] for q in p["qas"]
                        if str(q["id"]) in title_of)
        if votes:
            out[str(x["title"])] = votes.most_common(1)[0][0]
    return out


@dataclass(frozen=True)
class Alignment:
    """One English SQuAD 2.0 question matched to one SQuAD-es question.

    ``position_gap``: difference of the answers' relative positions in their paragraphs
    (0 = same place; both answers or both plausible answers). ``answer_overlap``: Dice of
    accent-folded character trigrams of the two answers (names and numbers survive
    translation). ``id_step_ok``: the Spanish id step from the previous aligned question
    matches the English position step (ids of one annotation batch are consecutive).
    """

    en_id: str
    es_id: str
    en_title: str
    es_title: str
    en_paragraph: int
    es_paragraph: int
    is_impossible: bool
    question_sim: float
    answer_overlap: float
    position_gap: float
    id_step_ok: bool | None


_W_QUESTION = 2.0
_W_ANSWER = 1.0
_W_POSITION = 0.5
_W_ID_STEP = 0.5
"""Weights of the question-alignment score, chosen on the XQuAD-anchored questions and
hand-checked pairs (all right with these weights)."""


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in text if not unicodedata.combining(c))


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"\w+", _fold(text)) if len(w) >= 3 or w.isdigit()}


def _trigrams(text: str) -> set[str]:
    s = " " + " ".join(re.findall(r"\w+", _fold(text))) + " "
    return {s[i:i + 3] for i in range(len(s) - 2)}


def _dice(a: set[str], b: set[str]) -> float:
    return 2 * len(a & b) / (len(a) + len(b)) if a or b else 0.0


class Lexicon:
    """Word associations between two languages, learnt from question pairs known to be
    translations (Dice of co-occurrence counts); identical words and words sharing their
    first five letters (names, numbers, cognates) count as translations."""

    def __init__(self, pairs: Iterable[tuple[str, str]], *, min_count: int = 2) -> None:
        single_a: Counter[str] = Counter()
        single_b: Counter[str] = Counter()
        joint: Counter[tuple[str, str]] = Counter()
        for a, b in pairs:
            wa, wb = set(self.tokens(a)), set(self.tokens(b))
            single_a.update(wa)
            single_b.update(wb)
            joint.update((x, y) for x in wa for y in wb)
        self.assoc: dict[tuple[str, str], float] = {
            k: 2 * n / (single_a[k[0]] + single_b[k[1]])
            for k, n in joint.items() if n >= min_count
        }

    @staticmethod
    def tokens(text: str) -> list[str]:
        """Accent-folded lower-case words."""
        return re.findall(r"\w+", _fold(text))

    def word(self, a: str, b: str) -> float:
        """How likely ``b`` translates ``a`` (0..1)."""
        if a == b or (len(a) >= 5 and a[:5] == b[:5]):
            return 1.0
        return self.assoc.get((a, b), 0.0)

    def similarity(self, a: str, b: str) -> float:
        """Mean best-match association of the words of each side, averaged both ways."""
        wa, wb = set(self.tokens(a)), set(self.tokens(b))
        if not wa or not wb:
            return 0.0
        ab = sum(max(self.word(x, y) for y in wb) for x in wa) / len(wa)
        ba = sum(max(self.word(x, y) for x in wa) for y in wb) / len(wb)
        return (ab + ba) / 2


def _subsequence(n: int, m: int, score: Sequence[Sequence[float]],
                 step: Sequence[Sequence[Sequence[float]]] | None = None) -> list[int]:
    """Increasing indexes i_0 < ... < i_{m-1} in range(n) maximising
    sum(score[j][i_j]) (+ step[j][i_{j-1}][i_j] for j > 0)."""
    neg = float("-inf")
    best = [[neg] * n for _ in range(m)]
    back = [[-1] * n for _ in range(m)]
    for i in range(n):
        best[0][i] = score[0][i]
    for j in range(1, m):
        for i in range(j, n):
            cands = [(best[j - 1][k] + (step[j][k][i] if step else 0.0), k)
                     for k in range(j - 1, i) if best[j - 1][k] > neg]
            if cands:
                v, k = max(cands)
                best[j][i] = v + score[j][i]
                back[j][i] = k
    i = max(range(n), key=lambda x: best[m - 1][x])
    path = [i]
    for j in range(m - 1, 0, -1):
        i = back[j][i]
        path.append(i)
    return path[::-1]


def _first_answer(qa: Any) -> tuple[str, int]:
    """The first real answer, else the first plausible answer (SQuAD 2.0), else ("", -1)."""
    for key in ("answers", "plausible_answers"):
        for a in qa.get(key) or ():
            if str(a["text"]).strip() and int(a["answer_start"]) >= 0:
                return str(a["text"]), int(a["answer_start"])
    return "", -1


def _id_step(a: str, b: str) -> int | None:
    if len(a) != len(b) or a[:-6] != b[:-6]:
        return None
    try:
        return int(b[-6:], 16) - int(a[-6:], 16)
    except ValueError:
        return None


def _groups(en_p: Any, es_p: Any) -> list[tuple[list[Any], list[Any]]]:
    """(English, Spanish) questions of a paragraph pair, answerable then unanswerable."""
    out = []
    for impossible in (False, True):
        en_q = [q for q in en_p["qas"] if bool(q.get("is_impossible")) == impossible]
        es_q = [q for q in es_p["qas"] if bool(q.get("is_impossible")) == impossible]
        if es_q:
            out.append((en_q, es_q))
    return out


def _align_questions(en_p: Any, es_p: Any, lexicon: Lexicon
                     ) -> list[tuple[Any, Any, float, bool | None]]:
    """(en qa, es qa, question similarity, id step ok) for every Spanish question of a
    paragraph pair: within answerable and within unanswerable questions separately, the
    Spanish questions are an ordered subset of the English ones."""
    out: list[tuple[Any, Any, float, bool | None]] = []
    len_en, len_es = max(len(en_p["context"]), 1), max(len(es_p["context"]), 1)
    for en_q, es_q in _groups(en_p, es_p):
        if len(es_q) > len(en_q):
            raise ValueError(f"more Spanish than English questions near {es_q[0]['id']}")
        qsim = [[lexicon.similarity(e["question"], s["question"]) for e in en_q] for s in es_q]

        def sim(e: Any, s: Any, q: float) -> float:
            (et, est), (st, sst) = _first_answer(e), _first_answer(s)
            gap = abs(est / len_en - sst / len_es) if est >= 0 and sst >= 0 else 0.5
            return (_W_QUESTION * q + _W_ANSWER * _dice(_trigrams(et), _trigrams(st))
                    + _W_POSITION * (1 - min(gap * 4, 1)))

        score = [[sim(e, s, qsim[j][i]) for i, e in enumerate(en_q)]
                 for j, s in enumerate(es_q)]
        steps = [_id_step(str(es_q[j - 1]["id"]), str(es_q[j]["id"])) if j else None
                 for j in range(len(es_q))]
        step = [[[_W_ID_STEP if steps[j] is not None and i - k == steps[j] else 0.0
                  for i in range(len(en_q))] for k in range(len(en_q))]
                for j in range(len(es_q))]
        path = _subsequence(len(en_q), len(es_q), score, step)
        for j, i in enumerate(path):
            ok = None if j == 0 or steps[j] is None else path[j] - path[j - 1] == steps[j]
            out.append((en_q[i], es_q[j], qsim[j][i], ok))
    return out


def _paragraph_pairs(en_art: Any, es_art: Any) -> list[tuple[int, int]]:
    """(English, Spanish) paragraph indexes: SQuAD-es keeps the paragraph order and drops
    a few, so its paragraphs match an increasing subset of the English ones (accent-folded
    word overlap: names, numbers, cognates; never more questions than the English one)."""
    en_ps, es_ps = en_art["paragraphs"], es_art["paragraphs"]
    if len(en_ps) == len(es_ps):
        return [(i, i) for i in range(len(en_ps))]
    en_w = [_words(p["context"]) for p in en_ps]
    es_w = [_words(p["context"]) for p in es_ps]

    def fits(e: Any, s: Any) -> float:
        ok = all(sum(bool(q.get("is_impossible")) == imp for q in s["qas"])
                 <= sum(bool(q.get("is_impossible")) == imp for q in e["qas"])
                 for imp in (False, True))
        return 0.0 if ok else -10.0

    score = [[_dice(en_w[i], es_w[j]) + fits(en_ps[i], es_ps[j]) for i in range(len(en_ps))]
             for j in range(len(es_ps))]
    return [(i, j) for j, i in enumerate(_subsequence(len(en_ps), len(es_ps), score))]


def align_squad_en_es(root: Path) -> list[Alignment]:
    """Match the English SQuAD 2.0 half-dev questions to SQuAD-es questions.

    Articles by title (:func:`squad_es_english_titles`); paragraphs in order
    (:func:`_paragraph_pairs`). Questions: within a paragraph pair, answerable and
    unanswerable questions separately, the Spanish ones are an ordered subset of the
    English ones; the subset maximises question similarity (a :class:`Lexicon` learnt from
    the XQuAD en/es question pairs and from the paragraph groups where SQuAD-es dropped no
    question, so the order alone aligns them), answer trigram overlap, answer position and
    consecutive original ids.
    """
    en = read_json(root / DATASETS_DIR / "squad2-dev" / "dev-v2.0.json")
    es = read_json(root / DATASETS_DIR / "squad-es-dev-small" / "dev-v2.0-es_small.json")
    es_by_en = {v: k for k, v in squad_es_english_titles(root).items()}
    es_articles = {str(x["title"]): x for x in es["data"]}
    work: list[tuple[str, str, int, int, Any, Any]] = []
    for en_art in en["data"]:
        en_title = str(en_art["title"])
        if en_title in es_by_en:
            es_art = es_articles[es_by_en[en_title]]
            work += [(en_title, es_by_en[en_title], i, j, en_art["paragraphs"][i],
                      es_art["paragraphs"][j]) for i, j in _paragraph_pairs(en_art, es_art)]
    seed_pairs = [(str(e["question"]), str(s["question"]))
                  for *_, en_p, es_p in work for en_q, es_q in _groups(en_p, es_p)
                  if len(en_q) == len(es_q) for e, s in zip(en_q, es_q, strict=True)]
    lexicon = Lexicon([*xquad_question_pairs(root), *seed_pairs])
    out: list[Alignment] = []
    for en_title, es_title, i, j, en_p, es_p in work:
        len_en, len_es = max(len(en_p["context"]), 1), max(len(es_p["context"]), 1)
        for e, s, q, ok in _align_questions(en_p, es_p, lexicon):
            (et, est), (st, sst) = _first_answer(e), _first_answer(s)
            gap = abs(est / len_en - sst / len_es) if est >= 0 and sst >= 0 else 1.0
            out.append(Alignment(
                en_id=str(e["id"]), es_id=str(s["id"]), en_title=en_title, es_title=es_title,
                en_paragraph=i, es_paragraph=j, is_impossible=bool(s.get("is_impossible")),
                question_sim=round(q, 3), answer_overlap=round(_dice(_trigrams(et),
                                                                     _trigrams(st)), 3),
                position_gap=round(gap, 3), id_step_ok=ok))
    return out


def xquad_question_pairs(root: Path, a: str = "en", b: str = "es") -> list[tuple[str, str]]:
    """(question in ``a``, question in ``b``) for every XQuAD id."""
    folder = root / DATASETS_DIR / "xquad"
    qa = {str(q["id"]): str(q["question"]) for x in read_json(folder / f"xquad.{a}.json")["data"]
          for p in x["paragraphs"] for q in p["qas"]}
    qb = {str(q["id"]): str(q["question"]) for x in read_json(folder / f"xquad.{b}.json")["data"]
          for p in x["paragraphs"] for q in p["qas"]}
    return [(qa[k], qb[k]) for k in qa if k in qb]


def squad_en_es_pairs(root: Path, *, stats: Counter[str] | None = None,
                      max_position_gap: float | None = None,
                      alignments: Sequence[Alignment] | None = None) -> list[ReaderRecord]:
    """English SQuAD 2.0 questions over the aligned SQuAD-es paragraphs, with the
    Spanish answers (ids ``<es id>/en-es``; unanswerable stays unanswerable). The split
    is SQuAD-es's (shared with squad2-dev). ``max_position_gap`` drops alignments whose
    answers sit further apart (relative position) than that."""
    found = align_squad_en_es(root) if alignments is None else alignments
    en = {r.id: r for r in load_set(root, "squad2-dev", speech=False)}
    es = {r.id: r for r in load_set(root, "squad-es-dev-small", stats=stats, speech=False)}
    out = []
    for a in found:
        if max_position_gap is not None and a.position_gap > max_position_gap:
            continue
        r = es[a.es_id]
        out.append(replace(r, id=f"{a.es_id}/en-es", question=en[a.en_id].question,
                           question_lang="en", set_name="squad-en-es"))
    return out


