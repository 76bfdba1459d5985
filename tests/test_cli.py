"""The `rag` command as users run it, on the real stack: one test runs the installed
command in a subprocess; the others run the same entry point in-process (conftest)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import run_rag_in_process

from rag.config import Settings

RAG = [sys.executable, "-m", "rag"]
CORPUS = Path(__file__).resolve().parent.parent / "corpus"


def _env(settings: Settings, **env: str) -> dict[str, str]:
    return {
        "RAG_DATA_DIR": str(settings.data_dir),
        "RAG_MODEL_CACHE_DIR": str(settings.models_dir),
        "RAG_CORPUS_DIR": str(settings.corpus_dir),
        **env,
    }


def run_installed(settings: Settings, *args: str) -> subprocess.CompletedProcess[str]:
    """The command as installed, in a subprocess of its own (a cold start)."""
    return subprocess.run([*RAG, *args], capture_output=True, text=True,
                          env={**os.environ, **_env(settings)}, timeout=300, check=False)


def run(settings: Settings, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    return run_rag_in_process(args, _env(settings, **env))


@pytest.mark.slow
def test_search_json_contract_and_exact_offsets(settings: Settings, engine: object) -> None:
    out = run_installed(settings, "search", "What did Campbell say Russia gave in return?",
                        "--json")
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert set(data) == {"question", "results"}
    first = data["results"][0]
    keys = list(first)
    assert keys[:8] == ["rank", "doc_id", "title", "date", "start", "end", "text", "score"]
    assert keys[8:] == ["author", "url", "source_name"]
    assert first["rank"] == 1 and first["doc_id"].startswith("004_")
    assert "ce que la Russie avait donné en retour" in first["text"]
    for r in data["results"]:
        raw = (CORPUS / r["doc_id"]).read_text(encoding="utf-8")
        assert raw[r["start"] : r["end"]] == r["text"]
    # Nothing noisy reaches users: no telemetry errors, no progress bars, no warnings.
    assert out.stderr.strip() == ""


def test_search_k_and_text_output(settings: Settings, engine: object) -> None:
    out = run(settings, "search", "Blinken Séoul", "--k", "2")
    assert out.returncode == 0, out.stderr
    assert out.stdout.startswith("[1] ") and "[2] " in out.stdout and "[3] " not in out.stdout


def test_info_reports_index_models_and_paths(settings: Settings, engine: object) -> None:
    out = run(settings, "info", "--json")
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert data["articles"] == 5 and data["chunks"] > 5
    assert data["embed_model"] == data["indexed_with"] == "multilingual-e5-small"
    assert data["data_dir"] == str(settings.data_dir.resolve())
    assert data["attributions"] == "up to date"


def test_reingest_from_the_cli_embeds_nothing(settings: Settings, engine: object) -> None:
    out = run(settings, "ingest")
    assert out.returncode == 0, out.stderr
    assert "0 embedded" in out.stdout


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("search", "   "), "the question is empty"),
        (("search", "x" * 100_000), "characters long"),
        (("search", "Campbell", "--mode", "magic"), "unknown search mode"),
    ],
)
def test_bad_input_is_one_line_and_nonzero(
    settings: Settings, engine: object, args: tuple[str, ...], message: str
) -> None:
    out = run(settings, *args)
    assert out.returncode != 0
    lines = out.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: ") and message in lines[0]


def test_missing_corpus_folder(settings: Settings, tmp_path: Path) -> None:
    out = run(settings, "ingest", str(tmp_path / "nope"))
    assert out.returncode != 0
    assert out.stderr.startswith("error: ") and "does not exist" in out.stderr
    assert "Traceback" not in out.stderr


def test_bad_setting_is_a_clear_error(settings: Settings) -> None:
    out = run(settings, "info", RAG_TOP_K="many")
    assert out.returncode != 0 and out.stderr.startswith("error: bad setting")
