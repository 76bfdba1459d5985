"""The chatbot on sets of articles it was not built on (``rag eval --benchmark new-articles``).

Each set in ``eval/new_articles/`` is a folder of invented news articles (``corpus/``,
English, French and Spanish, written with many quoted speakers) and ``questions.jsonl``,
written by people who saw neither the code nor ``eval/qa.jsonl``: what someone said, who
said it, facts, numbers, the article itself, and near misses that must be refused. One
line per question::

    {"id": "f01", "question": "…", "language": "en", "doc": "001_….txt",
     "answerable": true, "short": "<an exact span of doc>", "kind": "what-said"}

Each set is ingested into a temporary data folder (the configured models are reused) and
every question asked once, without history. An answerable question is **right** when the
answer cites ``doc`` and one of its short answers matches the gold span (token F1 over
:data:`MATCH_F1`, or one holds the other: a quote given in full); **refused** when it
abstains; else **wrong**. An unanswerable one is right when refused.
"""

from __future__ import annotations

import contextlib
import json
import tempfile
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from rag.config import Settings
from rag.engine import Engine
from rag.errors import InputError
from rag.eval.datasets import EVAL_DIR
from rag.eval.metrics import normalize_answer, token_f1
from rag.types import Answer, Progress

NEW_ARTICLES_DIR = EVAL_DIR / "new_articles"
MATCH_F1 = 0.3
KINDS = ("what-said", "who-said", "fact", "about-article", "near-miss", "unanswerable")
_KEYS = ("id", "question", "language", "answerable", "short", "kind")


@dataclass(frozen=True)
class Question:
    id: str
    question: str
    language: str
    doc: str | None
    answerable: bool
    short: str | None
    kind: str


@dataclass
class Outcome:
    id: str
    set: str
    kind: str
    language: str
    answerable: bool
    verdict: str  # "right", "refused", "wrong" (answerable); "right", "answered" (not)
    shorts: list[str]
    cited: list[str]
    score: float | None


def load_questions(folder: Path) -> list[Question]:
    """A set's questions, checked: every key, a known kind, and each gold span an exact
    span of its article."""
    path = folder / "questions.jsonl"
    if not path.is_file():
        raise InputError(f"{path} is missing: a set is a folder with corpus/ and "
                         "questions.jsonl (see eval/new_articles/README.md)")
    out = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        where = f"{path}:{n}"
        try:
            obj = json.loads(line)
        except ValueError as err:
            raise InputError(f"{where} is not JSON ({err}): write one object per line") from err
        missing = [k for k in _KEYS if k not in obj]
        if missing:
            raise InputError(f"{where} lacks {', '.join(missing)}: every line needs "
                             f"{', '.join(_KEYS)} (and 'doc' for an answerable question)")
        if obj["kind"] not in KINDS:
            raise InputError(f"{where}: kind '{obj['kind']}' is not one of {', '.join(KINDS)}")
        doc, short = obj.get("doc"), obj["short"]
        if bool(obj["answerable"]) != (short is not None):
            raise InputError(f"{where}: an answerable question has a 'short' span, an "
                             "unanswerable one has \"short\": null")
        if short is not None:
            article = folder / "corpus" / str(doc)
            if not doc or not article.is_file():
                raise InputError(f"{where}: doc '{doc}' is not a file of {folder / 'corpus'}")
            if short not in article.read_text(encoding="utf-8"):
                raise InputError(f"{where}: the short answer is not an exact span of {doc}: "
                                 "copy it from the article character for character")
        out.append(Question(str(obj["id"]), obj["question"], obj["language"], doc,
                            bool(obj["answerable"]), short, obj["kind"]))
    return out


def judge(question: Question, answer: Answer) -> str:
    """The verdict on one answer (see the module's docstring)."""
    if not question.answerable:
        return "right" if answer.abstained else "answered"
    if answer.abstained:
        return "refused"
    gold = normalize_answer(question.short or "")
    cited = {c.doc_id for c in answer.citations}
    for s in answer.short_answers:
        said = normalize_answer(s.text)
        if token_f1(s.text, question.short or "") > MATCH_F1 or (
                gold and said and (gold in said or said in gold)):
            return "right" if question.doc in cited else "wrong"
    return "wrong"


@contextlib.contextmanager
def ingested(settings: Settings, folder: Path) -> Iterator[Engine]:
    """An engine over one set's articles, ingested into a temporary data folder (the
    configured models are reused); the folder goes when the block ends."""
    with tempfile.TemporaryDirectory(prefix="rag-new-articles-") as tmp:
        engine = Engine(settings.model_copy(update={
            "data_dir": Path(tmp), "corpus_dir": folder / "corpus",
            "model_cache_dir": settings.models_dir}))
        engine.ingest()
        yield engine


def run_set(settings: Settings, folder: Path, *, limit: int | None = None,
            progress: Progress | None = None) -> list[Outcome]:
    """Ingest one set into a temporary data folder and ask its questions."""
    questions = load_questions(folder)[:limit]
    with ingested(settings, folder) as engine:
        out = []
        for i, q in enumerate(questions):
            answer = engine.ask(q.question)
            out.append(Outcome(q.id, folder.name, q.kind, q.language, q.answerable,
                               judge(q, answer), [s.text for s in answer.short_answers],
                               [c.doc_id for c in answer.citations], answer.score))
            if progress is not None:
                progress(folder.name, i + 1, len(questions))
    return out


def summarize(outcomes: Sequence[Outcome]) -> dict[str, Any]:
    """Counts per verdict, over everything and per set, kind and question language."""
    def counts(rows: Sequence[Outcome]) -> dict[str, Any]:
        ans = [r for r in rows if r.answerable]
        un = [r for r in rows if not r.answerable]
        return {"questions": len(rows), "right": sum(r.verdict == "right" for r in rows),
                "answerable": len(ans),
                "answerable_right": sum(r.verdict == "right" for r in ans),
                "refused": sum(r.verdict == "refused" for r in ans),
                "wrong": sum(r.verdict == "wrong" for r in ans),
                "unanswerable": len(un), "unanswerable_answered":
                    sum(r.verdict == "answered" for r in un)}

    def by(key: str) -> dict[str, Any]:
        groups = Counter(getattr(r, key) for r in outcomes)
        return {g: counts([r for r in outcomes if getattr(r, key) == g]) for g in sorted(groups)}

    return {"all": counts(outcomes), "by_set": by("set"), "by_kind": by("kind"),
            "by_language": by("language")}


def sets_under(root: Path) -> list[Path]:
    """Every set under ``root`` (or ``root`` itself when it is one set)."""
    sets = [root] if (root / "questions.jsonl").is_file() else sorted(
        p for p in root.iterdir() if p.is_dir() and (p / "questions.jsonl").is_file())
    if not sets:
        raise InputError(f"no set of new articles under {root}: a set is a folder with "
                         "corpus/ and questions.jsonl")
    return sets


def benchmark(settings: Settings, root: Path = NEW_ARTICLES_DIR, *, limit: int | None = None,
              progress: Progress | None = None) -> dict[str, Any]:
    """Every set under ``root`` (or ``root`` itself when it is one set)."""
    sets = sets_under(root)
    outcomes = [o for s in sets for o in run_set(settings, s, limit=limit, progress=progress)]
    return {"sets": [s.name for s in sets], "summary": summarize(outcomes),
            "outcomes": [asdict(o) for o in outcomes]}


def markdown(result: dict[str, Any]) -> str:
    """The report: one row per set, kind and language."""
    head = ("| | questions | right | answerable right | answerable refused | wrong answers "
            "| unanswerable answered |\n|---|---|---|---|---|---|---|")
    lines = ["# The chatbot on new articles (`rag eval --benchmark new-articles`)", "",
             "Sets: " + ", ".join(result["sets"]) + " (`eval/new_articles/`).", "", head]
    s = result["summary"]
    groups = [("**all**", s["all"]), *[(k, v) for k, v in s["by_set"].items()],
              *[(k, v) for k, v in s["by_kind"].items()],
              *[(f"asked in {k}", v) for k, v in s["by_language"].items()]]
    for name, c in groups:
        lines.append(f"| {name} | {c['questions']} | {c['right']} | {c['answerable_right']} of "
                     f"{c['answerable']} | {c['refused']} | {c['wrong']} | "
                     f"{c['unanswerable_answered']} of {c['unanswerable']} |")
    return "\n".join(lines) + "\n"


def write_report(result: dict[str, Any], reports: Path) -> dict[str, Path]:
    reports.mkdir(parents=True, exist_ok=True)
    md, js = reports / "new_articles.md", reports / "new_articles.json"
    md.write_text(markdown(result), encoding="utf-8")
    js.write_text(json.dumps(result, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return {"report": md, "metrics": js}
