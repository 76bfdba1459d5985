"""Chroma in server mode: a real `chroma run` on a free loopback port."""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from rag.config import Settings
from rag.engine import Engine
from rag.errors import StorageError
from rag.store import ChromaStore

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
