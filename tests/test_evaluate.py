"""The evaluation suite: metric functions, dataset checks, the runner, reports, PIAF."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from rag.config import Settings
from rag.engine import BenchmarkEngine, Engine
from rag.errors import DatasetError
from rag.eval.datasets import benchmark_settings, load_piaf, subsample
from rag.eval.evaluate import (
    Evidence,
    ItemResult,
    QAItem,
    load_dataset,
    load_thresholds,
    predicted_short,
    ranked_passages,
    run,
    score_item,
    select,
)
from rag.eval.metrics import (
    RETRIEVAL_K,
    aggregate,
    check_gate,
    citation_precision,
    citation_recall,
    evidence_coverage,
    exact_match,
    first_hit_rank,
    hit_at,
    normalize_answer,
    overlaps,
    reciprocal_rank,
    short_answer_scores,
    summarize,
    token_f1,
)
from rag.eval.piaf_bench import benchmark, write_piaf_report
from rag.eval.report import markdown_table, text_table, write_predictions, write_reports
from rag.types import Answer, Citation, ShortAnswer

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO / "corpus"
QA = REPO / "eval" / "qa.jsonl"
PIAF = REPO / "eval" / "datasets" / "piaf" / "piaf-v1.0.json"
DOC = "000_2dd278950ddd2d8d.txt"


# -- metric functions -------------------------------------------------------------------
def test_overlaps_needs_same_doc_and_a_shared_character() -> None:
    assert overlaps(("a", 0, 10), ("a", 9, 20))
    assert not overlaps(("a", 0, 10), ("a", 10, 20))  # [start, end): touching is not sharing
    assert not overlaps(("a", 0, 10), ("b", 0, 10))
    assert overlaps(("a", 5, 6), ("a", 0, 100))  # containment


def test_ranks_hits_and_reciprocal_rank() -> None:
    evidence = [("d", 100, 150)]
    retrieved = [("d", 0, 90), ("e", 100, 150), ("d", 140, 300), ("d", 100, 150)]
    rank = first_hit_rank(retrieved, evidence)
    assert rank == 3
    assert (hit_at(rank, 1), hit_at(rank, 5)) == (0.0, 1.0)
    assert reciprocal_rank(rank) == pytest.approx(1 / 3)
    assert reciprocal_rank(11) == 0.0 and reciprocal_rank(None) == 0.0
    assert first_hit_rank(retrieved, []) is None


def test_citation_precision_and_recall() -> None:
    evidence = [("d", 0, 50), ("e", 10, 20)]
    cited = [("d", 40, 80), ("d", 200, 260), ("f", 0, 50)]
    assert citation_precision(cited, evidence) == pytest.approx(1 / 3)
    assert citation_recall(cited, evidence) == pytest.approx(1 / 2)
    assert citation_precision([], evidence) is None  # nothing cited: undefined
    assert citation_recall([], evidence) == 0.0
    assert citation_recall(cited, []) is None  # unanswerable: not scored
    assert citation_precision([("e", 15, 16)], evidence) == 1.0


def test_evidence_coverage_uses_folded_content_words() -> None:
    quote = "Le ministre a visité Séoul"
    assert evidence_coverage("The minister visited SEOUL, ministre", [quote]) == pytest.approx(
        2 / 3  # ministre, visite, seoul: 'visited' is not 'visite'
    )
    assert evidence_coverage("rien", [quote]) == 0.0
    assert evidence_coverage("x", []) is None


def test_squad_normalisation_removes_french_articles_and_punctuation() -> None:
    assert normalize_answer("L’armée de la Corée du Nord !") == "armée corée nord"
    assert normalize_answer("les obus, des missiles") == "obus missiles"
    assert normalize_answer("The Seoul summit.") == "seoul summit"
    assert exact_match("la Russie", "Russie.") == 1.0
    assert exact_match("Russie", "Chine") == 0.0


def test_token_f1() -> None:
    assert token_f1("Sergueï Lavrov", "Sergueï Lavrov") == 1.0
    assert token_f1("le ministre Sergueï Lavrov", "Lavrov") == pytest.approx(0.5)  # P=1/3, R=1
    assert token_f1("Kim", "Poutine") == 0.0
    assert token_f1("", "Poutine") == 0.0
    assert token_f1("le", "la") == 1.0  # both normalise to nothing


def test_short_answer_scores() -> None:
    assert short_answer_scores("Sergueï Lavrov", "Sergueï Lavrov") == {
        "short_em": 1.0, "short_f1": 1.0}
    scores = short_answer_scores("le ministre Sergueï Lavrov", "Sergueï Lavrov")
    assert scores["short_em"] == 0.0 and scores["short_f1"] == pytest.approx(0.8)
    assert short_answer_scores("« vendredi »", "vendredi")["short_em"] == 1.0
    # nothing predicted scores 0, even against a reference that normalises to nothing
    assert short_answer_scores("", "la") == {"short_em": 0.0, "short_f1": 0.0}


# -- the dataset ----------------------------------------------------------------------------
def test_bundled_dataset_loads_with_spans() -> None:
    items = load_dataset(QA, corpus_dir=CORPUS)
    assert len(items) == 183  # 12 about the articles themselves (issue 18)
    assert sum(it.speech for it in items) == 77  # who said what (issue 17), near misses too
    assert sum(it.about for it in items) == 12  # about the articles themselves (issue 18)
    texts = {p.name: p.read_text(encoding="utf-8") for p in CORPUS.iterdir()}
    for it in items:
        for ev in it.evidence:
            assert texts[ev.doc][ev.start : ev.end] == ev.quote
    shorts = [it for it in items if it.short is not None]
    assert len(shorts) >= 40
    assert all(any(it.short in ev.quote for ev in it.evidence) for it in shorts)
    assert all(not it.answerable for it in items if it.type == "unanswerable")
    assert {it.split for it in select(items, split="dev")} == {"dev"}
    assert len(select(items, split="all", limit=5)) == 5


LONG = ("le ministre nord-coréen Choe Son-hui a visité la Russie du lundi au mercredi et a "
        "également rencontré")
GOOD = {"id": "x1", "question": "Qui ?", "language": "fr", "type": "single-fact", "split": "dev",
        "answer": "Lavrov", "evidence": [{"doc": DOC, "quote": "Sergueï Lavrov"}]}


@pytest.mark.parametrize(
    ("lines", "message"),
    [
        (["{not json"], "x.jsonl:1: not valid JSON"),
        (["[1, 2]"], "not a JSON object"),
        ([json.dumps({k: v for k, v in GOOD.items() if k != "answer"})],
         "missing field(s) answer"),
        ([json.dumps({**GOOD, "split": "train"})], "use 'dev' or 'test', or leave it out"),
        ([json.dumps(GOOD), "", json.dumps(GOOD)], "x.jsonl:3: duplicate id 'x1'"),
        ([json.dumps({**GOOD, "evidence": [{"doc": "nope.txt", "quote": "abc"}]})],
         "evidence doc 'nope.txt' is not a readable file"),
        ([json.dumps({**GOOD, "evidence": [{"doc": DOC, "quote": "Sergei Lavrov"}]})],
         "not an exact substring"),
        ([json.dumps({**GOOD, "type": "unanswerable"})], "must have empty evidence"),
        ([json.dumps({**GOOD, "history": [{"role": "bot", "content": "hi"}]})], "'history'"),
        ([json.dumps({**GOOD, "question": "  "})], "'question' must be a non-empty string"),
        ([json.dumps({**GOOD, "short": "Lavrov."})], "'short' 'Lavrov.' is not an exact substring"),
        ([json.dumps({**GOOD, "short": " Lavrov"})], "'short' must be a non-empty string"),
        ([json.dumps({**GOOD, "short": 3})], "'short' must be a non-empty string"),
        ([json.dumps({**GOOD, "evidence": [{"doc": DOC, "quote": LONG}], "short": LONG})],
         "'short' has 17 words"),
        ([""], "has no items"),
    ],
)
def test_dataset_errors_say_where_and_why(tmp_path: Path, lines: list[str], message: str
                                          ) -> None:
    path = tmp_path / "x.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(DatasetError) as err:
        load_dataset(path, corpus_dir=CORPUS)
    assert message in str(err.value)
    assert "\n" not in str(err.value)


def test_items_without_split_form_the_all_group(tmp_path: Path) -> None:
    path = tmp_path / "mine.jsonl"
    rows = [{k: v for k, v in GOOD.items() if k != "split"},
            {**GOOD, "id": "x2", "short": "Sergueï Lavrov"},
            {**GOOD, "id": "x3", "type": "unanswerable", "evidence": [], "split": "test"}]
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows),
                    encoding="utf-8")
    items = load_dataset(path, corpus_dir=CORPUS)
    assert [it.split for it in items] == ["all", "dev", "test"]
    assert [it.short for it in items] == [None, "Sergueï Lavrov", None]
    assert [it.id for it in select(items, split="all")] == ["x1", "x2", "x3"]
    assert [it.id for it in select(items, split="dev")] == ["x2"]
    results = [ItemResult(it, Answer(question=it.question, answer="x", abstained=True,
                                     language="fr"), 0.01, {"abstained": 1.0}) for it in items]
    summary = summarize(results)
    assert set(summary) == {"all", "dev", "test"}
    assert summary["all"]["all"]["n"] == 3
    only_all = summarize(results[:1])
    assert set(only_all) == {"all"}


def test_missing_dataset_file(tmp_path: Path) -> None:
    with pytest.raises(DatasetError, match="not found: pass --dataset"):
        load_dataset(tmp_path / "none.jsonl", corpus_dir=CORPUS)


def test_cli_reports_a_bad_dataset_in_one_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "a"}\n', encoding="utf-8")
    env = {**os.environ, "RAG_DATA_DIR": str(tmp_path / "data"), "RAG_CORPUS_DIR": str(CORPUS)}
    proc = subprocess.run(
        [sys.executable, "-m", "rag", "eval", "--dataset", str(bad)],
        capture_output=True, text=True, env=env, cwd=REPO, timeout=120, check=False,
    )
    assert proc.returncode == 1
    assert proc.stderr.strip().splitlines()[-1].startswith("error: ")
    assert "missing field(s)" in proc.stderr


def test_thresholds_and_gate(tmp_path: Path) -> None:
    path = tmp_path / "t.toml"
    path.write_text("[gate]\nhit_at_5 = 0.8\nfalse_abstention_rate = 0.2\n", encoding="utf-8")
    limits = load_thresholds(path)
    assert check_gate({"hit_at_5": 0.9, "false_abstention_rate": 0.1}, limits) == []
    failures = check_gate({"hit_at_5": 0.7, "false_abstention_rate": 0.3}, limits)
    assert len(failures) == 2 and "hit_at_5 = 0.700 is below" in failures[0]
    assert check_gate({}, {"hit_at_5": 0.5}) == ["hit_at_5 = n/a is below the minimum 0.500"]
    path.write_text("[gate]\nhit_at_7 = 0.8\n", encoding="utf-8")
    with pytest.raises(DatasetError, match="hit_at_7"):
        load_thresholds(path)
    assert load_thresholds(REPO / "eval" / "thresholds.toml")


def _short_item(short: str | None) -> QAItem:
    text = (CORPUS / DOC).read_text(encoding="utf-8")
    quote = "À l’invitation du ministre russe des Affaires étrangères Sergueï Lavrov"
    start = text.index(quote)
    return QAItem(id="s", question="Qui a invité Choe Son-hui ?", language="fr",
                  type="single-fact", split="test", answer="Sergueï Lavrov",
                  evidence=(Evidence(DOC, quote, start, start + len(quote)),), short=short)


def _answer_with_short(item: QAItem, text: str | None, *, abstained: bool = False) -> Answer:
    ev = item.evidence[0]
    cite = Citation(n=1, doc_id=DOC, title="t", date=None, start=ev.start, end=ev.end,
                    text=ev.quote)
    shorts = []
    if text is not None:
        start = ev.start + ev.quote.index(text)
        shorts = [ShortAnswer(n=1, doc_id=DOC, start=start, end=start + len(text), text=text,
                              score=0.9)]
    return Answer(question=item.question, answer=f"{text} [1]", abstained=abstained,
                  language="fr", citations=[cite], short_answers=shorts)


def test_short_answer_metrics_per_item_and_aggregated() -> None:
    item = _short_item("Sergueï Lavrov")
    exact = _answer_with_short(item, "Sergueï Lavrov")
    assert predicted_short(exact) == "Sergueï Lavrov"
    scores = score_item(item, exact)
    assert (scores["short_em"], scores["short_f1"]) == (1.0, 1.0)
    longer = score_item(item, _answer_with_short(item, "ministre russe des Affaires étrangères "
                                                       "Sergueï Lavrov"))
    assert longer["short_em"] == 0.0 and 0.0 < (longer["short_f1"] or 0.0) < 1.0
    for answer in (_answer_with_short(item, None),
                   _answer_with_short(item, "Sergueï Lavrov", abstained=True)):
        assert predicted_short(answer) == ""
        assert {k: score_item(item, answer)[k] for k in ("short_em", "short_f1")} == {
            "short_em": 0.0, "short_f1": 0.0}
    plain = _short_item(None)
    assert "short_em" not in score_item(plain, exact)
    results = [ItemResult(item, exact, 0.1, score_item(item, exact)),
               ItemResult(plain, exact, 0.1, score_item(plain, exact))]
    agg = aggregate(results)
    assert agg["short_n"] == 1 and agg["short_em"] == 1.0 and agg["short_f1"] == 1.0
    summary = summarize(results)
    assert summary["test"]["type"]["single-fact"]["short_n"] == 1
    table = text_table([("all", summary["all"]["all"])])
    assert "n.short" in table and "short.EM" in table and "short.F1" in table
    assert "| n.short | short.EM | short.F1 |" in markdown_table([("all", agg)])
    row = results[0].prediction()
    assert row["short_answers"][0]["text"] == "Sergueï Lavrov"
    assert row["metrics"]["short_em"] == 1.0


def test_runner_reports_progress_from_zero() -> None:
    calls: list[tuple[int, int]] = []

    class Quiet:
        settings = Settings()

        def ask(self, question: str, history: object = None, *, k: int | None = None
                ) -> Answer:
            return Answer(question=question, answer="-", abstained=True, language="fr")

        def search(self, question: str, *, k: int | None = None, mode: str = "hybrid",
                   timings: object = None) -> list[Any]:
            return []

    items = [_short_item("Sergueï Lavrov"), _short_item(None)]
    run(Quiet(), items, progress=lambda stage, done, total: calls.append((done, total)))
    assert calls == [(0, 2), (1, 2), (2, 2)]


# -- the runner on the real engine ------------------------------------------------------------
CONTRACT = {"question", "answer", "abstained", "language", "citations", "retrieved",
            "short_answers"}


@pytest.fixture(scope="module")
def few(engine: Engine) -> list[ItemResult]:
    items = load_dataset(QA, corpus_dir=CORPUS)
    picked: list[QAItem] = []
    for t in ("single-fact", "follow-up", "unanswerable", "multi-hop"):
        picked += [it for it in items if it.type == t][:2]
    return run(engine, picked)


def test_runner_scores_items_through_the_chat_api(few: list[ItemResult], engine: Engine) -> None:
    assert len(few) == 8
    for r in few:
        assert r.answer.question
        if r.item.answerable:
            assert set(r.scores) >= {"hit_at_1", "hit_at_5", "mrr_at_10", "citation_recall"}
            assert all(v is None or 0.0 <= v <= 1.0 for v in r.scores.values())
        else:
            assert set(r.scores) == {"abstained"}
    follow_up = next(r for r in few if r.item.history)
    ranked = ranked_passages(engine, follow_up.answer, follow_up.item.history)
    assert len(ranked) == RETRIEVAL_K
    # the answer's own passages come first, in the chat's order
    n = len(follow_up.answer.retrieved)
    assert [r.chunk.id for r in ranked[:n]] == [r.chunk.id for r in follow_up.answer.retrieved]
    summary = summarize(few)
    assert summary["all"]["all"]["n"] == 8
    assert {"dev", "test"} >= set(summary) - {"all"}
    assert text_table([("all", summary["all"]["all"])]).splitlines()[1].startswith("all ")


def test_predictions_keep_the_contract_and_reports_are_written(
    few: list[ItemResult], tmp_path: Path
) -> None:
    path = write_predictions(few, tmp_path / "p.jsonl")
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in rows] == [r.item.id for r in few]
    for row, r in zip(rows, few, strict=True):
        assert set(row) >= CONTRACT | {"id"}
        assert {k: row[k] for k in CONTRACT} == {
            k: v for k, v in json.loads(json.dumps(r.answer.to_json())).items() if k in CONTRACT
        }
        for c in row["citations"]:
            assert set(c) >= {"n", "doc_id", "title", "date", "start", "end", "text"}
    paths = write_reports(summarize(few), few, tmp_path / "reports", meta={"dataset": "x"},
                          threshold=0.5)
    assert paths["plot"].read_bytes()[:4] == b"\x89PNG"
    report = paths["report"].read_text(encoding="utf-8")
    assert "## Headline" in report and "tuned on the **dev** split only" in report
    assert json.loads(paths["metrics"].read_text(encoding="utf-8"))["metrics"]["all"]["all"]


def test_runner_asks_follow_ups_with_their_history() -> None:
    class Recorder:
        settings = Settings()

        def __init__(self) -> None:
            self.calls: list[Any] = []

        def ask(self, question: str, history: object = None, *, k: int | None = None
                ) -> Answer:
            self.calls.append((question, history, k))
            return Answer(question=question, answer="Les articles ne le disent pas.",
                          abstained=True, language="fr")

        def search(self, question: str, *, k: int | None = None, mode: str = "hybrid",
                   timings: object = None) -> list[Any]:
            return []

    item = QAItem(id="f", question="Et lui ?", language="fr", type="follow-up", split="dev",
                  answer="x", evidence=(), history=({"role": "user", "content": "Qui ?"},
                                                    {"role": "assistant", "content": "Kim."}))
    rec = Recorder()
    [result] = run(rec, [item])
    assert rec.calls == [("Et lui ?", [{"role": "user", "content": "Qui ?"},
                                       {"role": "assistant", "content": "Kim."}], None)]
    assert result.scores == {"abstained": 1.0}


# -- PIAF ------------------------------------------------------------------------------------
def test_piaf_loader_counts_and_subsample() -> None:
    data = load_piaf(PIAF)
    assert len(data.documents) == 761
    assert len(data.questions) == 3835
    assert (REPO / "eval" / "datasets" / "piaf" / "PIAF_LICENSE.txt").exists()
    doc = data.documents[0]
    assert doc.blocks == ((0, len(doc.raw_text.rstrip())),)
    first = subsample(data.questions, 50)
    assert first == subsample(data.questions, 50) and len(first) == 50
    assert len(load_piaf(PIAF, max_paragraphs=5).documents) == 5


def test_piaf_benchmark_on_a_tiny_subset(make_settings: Any, tmp_path: Path) -> None:
    data = json.loads(PIAF.read_text(encoding="utf-8"))
    tiny = {"version": "1.0", "data": [{**data["data"][0]}, {**data["data"][1]}]}
    for article in tiny["data"]:
        article["paragraphs"] = article["paragraphs"][:3]
    path = tmp_path / "tiny.json"
    path.write_text(json.dumps(tiny, ensure_ascii=False), encoding="utf-8")
    settings: Settings = make_settings()
    result = benchmark(settings, path, limit=4, answers=2)
    assert result["questions"] == 4 and result["answer"]["questions"] == 2
    assert set(result["retrieval"]) == {"bm25", "dense", "hybrid"}
    for scores in result["retrieval"].values():
        assert 0.0 <= scores["hit_at_1"] <= scores["hit_at_5"] <= 1.0
    assert result["retrieval"]["hybrid"]["hit_at_5"] >= 0.75  # six paragraphs, five passages
    assert 0.0 <= result["answer"]["f1"] <= 1.0
    assert result["meta"]["embedded"] > 0
    again = benchmark(settings, path, limit=2, answers=0)
    assert again["meta"]["embedded"] == 0  # the index is cached between runs
    assert "answer" not in again
    # batched query encoding does not change what the engine's search returns
    small = load_piaf(path)
    bench = BenchmarkEngine(benchmark_settings(settings, small))
    question = small.questions[0].question
    bench.encode_questions([question])
    plain = Engine(bench.settings)
    for mode in ("bm25", "dense", "hybrid"):
        assert [r.chunk.id for r in bench.search(question, k=5, mode=mode)] == [
            r.chunk.id for r in plain.search(question, k=5, mode=mode)
        ]
    paths = write_piaf_report(result, tmp_path / "out")
    assert "| hybrid |" in paths["report"].read_text(encoding="utf-8")
    with pytest.raises(DatasetError, match="SQuAD"):
        bad = tmp_path / "bad.json"
        bad.write_text('{"data": [{"title": "x"}]}', encoding="utf-8")
        load_piaf(bad)


def test_questions_about_an_article_are_not_scored_on_retrieval() -> None:
    import dataclasses

    item = _short_item("Sergueï Lavrov")
    answer = _answer_with_short(item, "Sergueï Lavrov")  # nothing retrieved: a miss
    assert score_item(item, answer)["hit_at_5"] == 0.0
    about = dataclasses.replace(item, about=True)  # answered from the byline, not a passage
    scores = score_item(about, answer)
    assert scores["hit_at_5"] is None and scores["mrr_at_10"] is None
    assert scores["citation_precision"] == 1.0 and scores["short_em"] == 1.0
    results = [ItemResult(about, answer, 0.1, scores), ItemResult(item, answer, 0.1,
                                                                  score_item(item, answer))]
    out = summarize(results)["test"]
    assert out["all"]["hit_at_5"] == 0.0 and out["about"]["n"] == 1
    assert out["about"]["hit_at_5"] is None
