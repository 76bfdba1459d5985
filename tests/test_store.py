"""Chroma in server mode: a real `chroma run` on a free loopback port."""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

from rag.config import Settings
from rag.engine import Engine
from rag.errors import StorageError
from rag.search.store import ChromaStore
from rag.types import Chunk, Span

CHROMA = Path(sys.executable).parent / "chroma"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


@pytest.fixture(scope="module")
def chroma_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    if not CHROMA.exists():
        pytest.skip("the chroma command is not installed")
    port = free_port()
    path = tmp_path_factory.mktemp("chroma-server")
    proc = subprocess.Popen(
        [str(CHROMA), "run", "--path", str(path), "--host", "127.0.0.1", "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
            break
        except OSError:
            time.sleep(0.2)
    else:
        proc.kill()
        pytest.fail("chroma run did not start within 60 s")
    yield f"http://127.0.0.1:{port}"
    proc.terminate()
    proc.wait(timeout=20)


def test_server_mode_ingest_and_search(
    chroma_server: str, make_settings: Callable[..., Settings], tmp_path: Path
) -> None:
    corpus = Path(__file__).resolve().parent.parent / "corpus"
    folder = tmp_path / "articles"
    folder.mkdir()
    for f in corpus.glob("00[34]_*.txt"):
        shutil.copy(f, folder / f.name)
    settings = make_settings(corpus_dir=folder, chroma_url=chroma_server, collection="server-test")
    engine = Engine(settings)
    first = engine.ingest()
    assert first.added > 0
    assert engine.ingest().added == 0  # idempotent against the server too
    assert not settings.chroma_dir.exists()  # nothing stored locally but BM25
    top = engine.search("What did Campbell say Russia gave in return?", k=3)[0].chunk
    assert "ce que la Russie avait donné en retour" in top.text
    info = engine.info()
    assert info["store"] == chroma_server and info["chunks"] == first.chunks


def test_unreachable_server_gives_a_clear_error(make_settings: Callable[..., Settings]) -> None:
    settings = make_settings(chroma_url=f"http://127.0.0.1:{free_port()}")
    with pytest.raises(StorageError, match="chroma run"):
        ChromaStore(settings, create=True)


# -- metadata: what a chunk knows about its article -------------------------------------


def _chunk(i: int, **extra: object) -> Chunk:
    return Chunk(id=f"d.txt:{i}", doc_id="d.txt", title="T", date=None, language="fr",
                 source="/x/d.txt", start=10 * i, end=10 * i + 7, text=f"texte {i}",
                 **extra)  # type: ignore[arg-type]


def test_chunk_metadata_round_trip() -> None:
    full = _chunk(1, author="Jane Doe", url="https://example.org/a", source_name="Le Soir",
                  byline=Span(0, 11, "By Jane Doe"), dateline=Span(12, 30, "Published 2023-09"),
                  source_line=None, meta_source="/x/metadata.toml")
    meta = full.metadata()
    assert all(isinstance(v, str | int) for v in meta.values())  # what Chroma stores as is
    assert Chunk.from_metadata(full.id, full.text, meta) == full
    older = {k: meta[k] for k in ("doc_id", "title", "date", "language", "source", "start", "end")}
    read = Chunk.from_metadata(full.id, full.text, older)  # an index from before these fields
    assert (read.author, read.url, read.byline) == (None, None, None)
    assert read.start == full.start and read.title == "T"


def test_refresh_rewrites_metadata_and_keeps_vectors(make_settings: Callable[..., Settings]
                                                     ) -> None:
    store = ChromaStore(make_settings(), create=True)
    vectors = np.eye(4, dtype=np.float32)[:2]
    chunks = [_chunk(0), _chunk(1)]
    store.add(chunks, vectors)
    store.refresh([replace(c, author="Jane Doe", byline=Span(0, 3, "By ")) for c in chunks])
    got = store.get([c.id for c in chunks])
    assert got["d.txt:0"].author == "Jane Doe" and got["d.txt:0"].byline == Span(0, 3, "By ")
    (hit, score), = store.query(vectors[1], k=1)  # through LlamaIndex's stored node
    assert hit.id == "d.txt:1" and hit.author == "Jane Doe" and score > 0.99
    assert store.count() == 2 and store.ids_by_doc() == {"d.txt": {c.id: "/x/d.txt"
                                                                  for c in chunks}}
