"""Session fixtures: the real converted e5 model and a real Chroma index of corpus/."""

from __future__ import annotations

import os
from collections.abc import Iterator
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
    """Converted models, built once per test session and shared by every data dir."""
    return tmp_path_factory.mktemp("models")


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
