"""Hybrid retrieval on the real stack: acceptance questions, fusion, modes."""

from __future__ import annotations

from pathlib import Path

import pytest

from rag.engine import Engine
from rag.search.retrieve import rrf

CORPUS = Path(__file__).resolve().parent.parent / "corpus"


def test_rrf_sums_reciprocal_ranks_and_breaks_ties_by_first_ranking() -> None:
    fused = rrf([["a", "b", "c"], ["b", "a", "d"]], k=60)
    assert [item for item, _ in fused] == ["a", "b", "c", "d"]
    assert fused[0][1] == pytest.approx(1 / 61 + 1 / 62)


def test_rrf_weights() -> None:
    fused = rrf([["a", "b"], ["b", "a"]], k=60, weights=[1.0, 0.0])
    assert [item for item, _ in fused] == ["a", "b"]


def test_campbell_question_finds_the_french_passage_first(engine: Engine) -> None:
    results = engine.search("What did Campbell say Russia gave in return?", k=5)
    top = results[0].chunk
    assert top.doc_id.startswith("004_")
    assert "ce que la Russie avait donné en retour" in top.text


def test_vostochny_passage_in_top5_for_french_question(engine: Engine) -> None:
    results = engine.search("Où Poutine et Kim se sont-ils rencontrés en septembre 2023 ?", k=5)
    assert any("Vostochny" in r.chunk.text for r in results)


@pytest.mark.parametrize("mode", ["hybrid", "dense", "bm25"])
def test_every_result_is_an_exact_span_of_its_file(engine: Engine, mode: str) -> None:
    results = engine.search("Corée du Nord armes Russie obus", k=10, mode=mode)
    assert results
    assert [r.rank for r in results] == list(range(1, len(results) + 1))
    for r in results:
        raw = (CORPUS / r.chunk.doc_id).read_text(encoding="utf-8")
        assert raw[r.chunk.start : r.chunk.end] == r.chunk.text


def test_english_question_reaches_french_text_through_the_dense_side(engine: Engine) -> None:
    results = engine.search("Which satellite did North Korea put into orbit?", k=3, mode="dense")
    assert any("satellite espion" in r.chunk.text for r in results)


def test_search_json_contract(engine: Engine) -> None:
    result = engine.search("Blinken Séoul", k=2)[0].to_json()
    keys = list(result)
    assert keys[:8] == ["rank", "doc_id", "title", "date", "start", "end", "text", "score"]
    assert keys[8:] == ["author", "url", "source_name"]
