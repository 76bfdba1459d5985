"""The sets of new articles (`rag eval --benchmark new-articles`): their questions are
valid, bad sets get errors that say the fix, answers are judged as documented, and a set
runs through the real stack in a data folder of its own."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from rag.config import Settings
from rag.errors import InputError
from rag.eval.new_articles import (
    NEW_ARTICLES_DIR,
    Question,
    judge,
    load_questions,
    markdown,
    run_set,
    summarize,
)
from rag.types import Answer, Citation, ShortAnswer

SETS = sorted(p for p in NEW_ARTICLES_DIR.iterdir() if p.is_dir())


@pytest.mark.parametrize("folder", SETS, ids=[p.name for p in SETS])
def test_every_committed_set_is_valid(folder: Path) -> None:
    questions = load_questions(folder)
    assert len(questions) >= 40
    assert {q.language for q in questions} == {"en", "fr", "es"}
    assert any(not q.answerable for q in questions)


def _set(tmp_path: Path, line: dict[str, object]) -> Path:
    (tmp_path / "corpus").mkdir(parents=True)
    (tmp_path / "corpus" / "a.txt").write_text("The mayor said the bridge will reopen in May.\n",
                                               encoding="utf-8")
    (tmp_path / "questions.jsonl").write_text(json.dumps(line) + "\n", encoding="utf-8")
    return tmp_path


GOOD = {"id": "x1", "question": "When will the bridge reopen?", "language": "en", "doc": "a.txt",
        "answerable": True, "short": "in May", "kind": "fact"}


@pytest.mark.parametrize(("change", "says"), [
    ({"short": "in June"}, "not an exact span"),
    ({"kind": "trivia"}, "is not one of"),
    ({"doc": "b.txt"}, "is not a file"),
    ({"short": None}, "has a 'short' span"),
])
def test_a_bad_set_says_what_to_fix(tmp_path: Path, change: dict[str, object],
                                    says: str) -> None:
    folder = _set(tmp_path, {**GOOD, **change})
    with pytest.raises(InputError, match=says):
        load_questions(folder)
    assert load_questions(_set(tmp_path / "ok", GOOD))[0].short == "in May"


def _answer(abstained: bool, shorts: list[str], doc: str = "a.txt") -> Answer:
    cites = [] if abstained else [Citation(n=1, doc_id=doc, title="", date=None, start=0,
                                           end=10, text="x")]
    return Answer(question="q", answer="a", abstained=abstained, language="en",
                  citations=cites,
                  short_answers=[ShortAnswer(1, doc, 0, len(s), s, 1.0) for s in shorts])


def test_answers_are_judged_right_refused_or_wrong() -> None:
    q = Question("x1", "What did the mayor say?", "en", "a.txt", True,
                 "the bridge will reopen in May", "what-said")
    assert judge(q, _answer(False, ["the bridge will reopen in May"])) == "right"
    assert judge(q, _answer(False, ["He said the bridge will reopen in May, not June"])) == "right"
    assert judge(q, _answer(False, ["the bridge will reopen in May"], doc="b.txt")) == "wrong"
    assert judge(q, _answer(False, ["Tuesday"])) == "wrong"
    assert judge(q, _answer(True, [])) == "refused"
    miss = Question("x2", "What did the mayor say about taxes?", "en", "a.txt", False, None,
                    "near-miss")
    assert judge(miss, _answer(True, [])) == "right"
    assert judge(miss, _answer(False, ["May"])) == "answered"


@pytest.mark.slow
def test_a_set_runs_through_the_real_stack(make_settings) -> None:  # type: ignore[no-untyped-def]
    settings: Settings = make_settings()
    folder = NEW_ARTICLES_DIR / "set1"
    outcomes = run_set(settings, folder, limit=3)
    assert [o.id for o in outcomes] == [q.id for q in load_questions(folder)[:3]]
    assert all(o.verdict in ("right", "refused", "wrong") for o in outcomes)
    articles = {p.name for p in (folder / "corpus").iterdir()}
    assert all(set(o.cited) <= articles for o in outcomes)
    summary = summarize(outcomes)
    assert summary["all"]["questions"] == 3
    assert "| set1 | 3 |" in markdown({"sets": ["set1"], "summary": summary})
    assert not (settings.data_dir / "chroma").exists()  # the set had a data folder of its own
