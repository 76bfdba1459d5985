"""Session fixtures: the real converted e5 model and a real Chroma index of corpus/.

Expensive things are built once per test process: the models (the embedder and the reader
are cached per process, so every ``Engine`` shares them), one ingested index of corpus/
(``engine``), and the ``rag`` command run in-process (``run_rag_in_process``) unless a test
proves the installed command itself.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")

from rag.config import Settings
from rag.engine import Engine

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO / "corpus"


@pytest.fixture(scope="session")
def model_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Converted models, built once per test session and shared by every data dir: by
    `rag setup` in a child process, so that the conversion's and the ONNX export's
    temporary gigabyte stays out of the test process's memory."""
    models = tmp_path_factory.mktemp("models")
    env = {**os.environ, "RAG_MODEL_CACHE_DIR": str(models),
           "RAG_DATA_DIR": str(tmp_path_factory.mktemp("setup-data"))}
    subprocess.run([sys.executable, "-m", "rag", "setup"], env=env, check=True,
                   timeout=1800)  # its output: pytest's capture, shown if it fails
    return models


@pytest.fixture(scope="session")
def make_settings(model_cache: Path, tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    """Factory: Settings with a fresh data dir (and the shared model cache)."""

    def make(**overrides: object) -> Settings:
        values: dict[str, object] = {
            "data_dir": tmp_path_factory.mktemp("data"),
            "corpus_dir": CORPUS,
            "model_cache_dir": model_cache,
        }
        values.update(overrides)
        return Settings(**values)  # type: ignore[arg-type]

    return make


@pytest.fixture(scope="session")
def settings(make_settings) -> Settings:  # type: ignore[no-untyped-def]
    s: Settings = make_settings()
    return s


@pytest.fixture(scope="session")
def engine(settings: Settings) -> Iterator[Engine]:
    """An engine over the bundled corpus, ingested once for the whole session."""
    eng = Engine(settings)
    eng.ingest()
    yield eng


def run_rag_in_process(args: Sequence[str | bytes], env: Mapping[str, str], *,
                       input: bytes | str | None = None) -> subprocess.CompletedProcess[str]:
    """``rag ARGS`` as the installed command runs it (``rag.cli.main``: same parsing, same
    one-line errors and exit codes), in this process: the models are already loaded.
    ``env`` replaces the ``RAG_*`` variables; bytes arguments are decoded as the OS would."""
    from typer.testing import CliRunner

    from rag.cli import main

    argv = ["rag", *(os.fsdecode(a) if isinstance(a, bytes) else a for a in args)]
    overrides: dict[str, str | None] = {k: None for k in os.environ if k.startswith("RAG_")}
    overrides.update(env)
    code = 0
    with CliRunner().isolation(input=input, env=overrides) as (out, err, _):
        saved, sys.argv = sys.argv, argv
        try:
            main()
        except SystemExit as e:
            code = e.code if isinstance(e.code, int) else (0 if e.code is None else 1)
        finally:
            sys.argv = saved
            sys.stdout.flush()
            sys.stderr.flush()
        stdout, stderr = out.getvalue().decode(), err.getvalue().decode()
    return subprocess.CompletedProcess(argv, code, stdout, stderr)
