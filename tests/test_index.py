"""Ingest on the real stack: idempotence, changes, deletions, model bookkeeping, locking."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np
import pytest

from rag.config import Settings
from rag.engine import Engine
from rag.errors import CorpusError, IndexNotReadyError, IngestLockedError
from rag.ingest.pipeline import Documents, ingest, ingest_lock
from rag.search.embed import get_embedder
from rag.search.store import ChromaStore
from rag.types import Document

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
MakeSettings = Callable[..., Settings]


def small_corpus(tmp_path: Path, names: tuple[str, ...] = ("002", "003")) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    for f in sorted(CORPUS.glob("*.txt")):
        if f.name[:3] in names:
            shutil.copy(f, folder / f.name)
    return folder


def chunk_ids(settings: Settings) -> dict[str, set[str]]:
    return {d: set(ids) for d, ids in ChromaStore(settings).ids_by_doc().items()}


def test_reingest_is_idempotent_and_tracks_changes(
    make_settings: MakeSettings, tmp_path: Path
) -> None:
    folder = small_corpus(tmp_path)
    settings = make_settings(corpus_dir=folder)
    engine = Engine(settings)
    first = engine.ingest()
    assert first.documents == 2 and first.added == first.chunks > 0
    before = chunk_ids(settings)

    again = engine.ingest()
    assert again.added == 0 and again.deleted == 0 and again.unchanged == first.chunks
    assert chunk_ids(settings) == before

    # A changed file replaces its chunks; the other file is untouched.
    changed = next(folder.glob("003_*"))
    changed.write_text(
        changed.read_text(encoding="utf-8").replace("Park Jin", "Park Jin-young"), "utf-8"
    )
    report = engine.ingest()
    assert report.added > 0 and report.deleted > 0
    after = chunk_ids(settings)
    assert after["002_6ad28e2ce761a03c.txt"] == before["002_6ad28e2ce761a03c.txt"]
    assert after[changed.name] != before[changed.name]
    assert any("Park Jin-young" in r.chunk.text for r in engine.search("Park Jin-young", k=3))

    # A deleted file's chunks go away.
    changed.unlink()
    report = engine.ingest()
    assert set(chunk_ids(settings)) == {"002_6ad28e2ce761a03c.txt"}
    assert engine.info()["chunks"] == report.chunks
    assert all(not r.chunk.doc_id.startswith("003") for r in engine.search("Blinken", k=5))


def test_ingest_of_one_file_keeps_the_rest(make_settings: MakeSettings, tmp_path: Path) -> None:
    folder = small_corpus(tmp_path, ("002", "003", "004"))
    settings = make_settings(corpus_dir=folder)
    engine = Engine(settings)
    engine.ingest()
    extra = tmp_path / "extra" / "new_article.txt"
    extra.parent.mkdir()
    extra.write_text(
        "Un article ajouté\n\nLe cosmodrome a accueilli une nouvelle rencontre entre les deux "
        "dirigeants, selon un communiqué publié mardi par les autorités russes.\n",
        encoding="utf-8",
    )
    engine.ingest([extra])
    assert set(chunk_ids(settings)) == {
        "002_6ad28e2ce761a03c.txt",
        "003_3169e15884f6b5b2.txt",
        "004_76f0c63795f84a67.txt",
        "new_article.txt",
    }


def test_index_refuses_to_mix_embedding_models(
    make_settings: MakeSettings, tmp_path: Path
) -> None:
    settings = make_settings(corpus_dir=small_corpus(tmp_path, ("002",)))
    Engine(settings).ingest()
    store = ChromaStore(settings)
    with pytest.raises(IndexNotReadyError, match="rag ingest --rebuild"):
        store.check_model("some-other-model")


def test_search_before_ingest_says_to_ingest(make_settings: MakeSettings) -> None:
    with pytest.raises(IndexNotReadyError, match="rag ingest"):
        Engine(make_settings()).search("Who is Campbell?")


def test_ingest_of_a_folder_without_articles(make_settings: MakeSettings, tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(CorpusError):
        Engine(make_settings(corpus_dir=empty)).ingest()


def test_a_bad_file_is_skipped_and_reported(make_settings: MakeSettings, tmp_path: Path) -> None:
    folder = small_corpus(tmp_path, ("002",))
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02 not text")
    (folder / "latin1.txt").write_bytes("Une phrase en Latin-1 : été, déjà.".encode("latin-1"))
    report = Engine(make_settings(corpus_dir=folder)).ingest()
    assert report.documents == 1
    assert len(report.skipped) == 2


def test_a_second_ingest_while_one_runs_is_refused(
    make_settings: MakeSettings, tmp_path: Path
) -> None:
    settings = make_settings(corpus_dir=small_corpus(tmp_path, ("002",)))
    with ingest_lock(settings), pytest.raises(IngestLockedError, match="another 'rag ingest'"):
        Engine(settings).ingest()


# -- one ingest path: sources of documents, progress, metadata, embedder capabilities ------


def test_progress_starts_at_zero_and_metadata_changes_embed_nothing(
    make_settings: MakeSettings, tmp_path: Path
) -> None:
    folder = small_corpus(tmp_path, ("003",))
    settings = make_settings(corpus_dir=folder)
    engine = Engine(settings)
    ticks: list[tuple[str, int, int]] = []
    first = engine.ingest(progress=lambda stage, done, total: ticks.append((stage, done, total)))
    assert first.added > 0
    assert ticks[0] == ("embed", 0, first.added)  # a progress bar starts with the work
    assert ticks[-1] == ("embed", first.added, first.added)
    before = chunk_ids(settings)
    name = next(folder.glob("003_*")).name
    (folder / "metadata.toml").write_text(f'["{name}"]\nsource_name = "RFI"\n', "utf-8")
    again = engine.ingest()
    assert (again.added, again.deleted, again.refreshed) == (0, 0, first.chunks)
    assert chunk_ids(settings) == before and "metadata updated" in again.summary()
    for c in ChromaStore(settings).all_chunks():
        assert (c.source_name, c.author) == ("RFI", "Célio Fioretti")
        assert c.byline is not None and c.byline.text.startswith("Avec notre correspondant")
        assert c.meta_source == str(folder / "metadata.toml")
    assert engine.ingest().refreshed == 0


PARAGRAPH = (
    "Le phare de Grobnik, fermé depuis 1998, rouvrira au public le 3 juillet après des "
    "travaux de restauration financés par la commune, a annoncé mardi la maire Ilse Varga."
)


def _doc(doc_id: str, text: str) -> Document:
    return Document(doc_id=doc_id, source="memory", raw_text=text, blocks=((0, len(text)),),
                    title=doc_id)


def test_documents_from_memory_and_an_embedder_without_span_encoding(
    make_settings: MakeSettings,
) -> None:
    settings = make_settings()
    real = get_embedder(settings)

    class Plain:  # the two methods an Embedder needs, nothing more
        model_id, dim = real.model_id, real.dim

        def embed_queries(self, texts: Sequence[str]) -> np.ndarray:
            return real.embed_queries(texts)

        def embed_passages(self, texts: Sequence[str]) -> np.ndarray:
            return real.embed_passages(texts)

    report = ingest(settings, Plain(), Documents([_doc("p1", PARAGRAPH)], exact=True))
    assert report.added == report.chunks == 1
    assert set(ChromaStore(settings).ids_by_doc()) == {"p1"}
    other = _doc("p2", PARAGRAPH.replace("Grobnik", "Vrbnik"))
    report = ingest(settings, Plain(), Documents([other], exact=True))  # exactly these now
    assert (report.added, report.deleted) == (1, 1)
    assert set(ChromaStore(settings).ids_by_doc()) == {"p2"}
