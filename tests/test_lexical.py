from __future__ import annotations

from pathlib import Path

from rag.search.bm25 import BM25Index, fold, tokenize


def test_fold_strips_accents_and_ligatures() -> None:
    assert fold("Séoul Œuvre ÉTATS") == "seoul oeuvre etats"


def test_tokenize_drops_french_and_english_stop_words() -> None:
    tokens = tokenize("Où Poutine et Kim se sont-ils rencontrés ?")
    assert tokens == ["poutine", "kim", "rencontres"]
    assert tokenize("What did the minister do?") == ["minister"]
    assert tokenize("l’arsenal d’armes") == ["arsenal", "armes"]


def test_search_coverage_and_persistence(tmp_path: Path) -> None:
    index = BM25Index(["a", "b", "c"], ["la Corée du Nord", "Séoul et Washington", "le cosmodrome"])
    assert index.search("coree", k=2)[0][0] == "a"
    assert index.search("nothing here", k=2) == []
    assert index.coverage("Seoul rain") == 0.5
    index.save(tmp_path / "bm25")
    again = BM25Index.load(tmp_path / "bm25")
    assert again is not None and again.ids == ["a", "b", "c"]
    assert again.search("cosmodrome", k=1)[0][0] == "c"


def test_load_returns_none_for_missing_or_broken_index(tmp_path: Path) -> None:
    assert BM25Index.load(tmp_path / "none") is None
    (tmp_path / "bad").mkdir()
    (tmp_path / "bad" / "ids.json").write_text("{not json")
    assert BM25Index.load(tmp_path / "bad") is None
