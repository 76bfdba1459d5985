"""The package layout is a checked contract: stages, their faces, sizes, the README's map."""

from __future__ import annotations

import importlib
import re
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
RAG = REPO / "rag"
STAGES = ("ingest", "search", "read", "answer", "eval", "train", "ui")
FOLDERS = (*STAGES, "cli")
MAX_LINES = 400


def test_import_contracts_hold() -> None:
    """No import circle, no stage importing a higher one, training apart from answering."""
    lint = Path(sys.executable).with_name("lint-imports")
    out = subprocess.run([str(lint), "--no-cache"], cwd=REPO, capture_output=True, text=True,
                         timeout=300)
    assert out.returncode == 0, out.stdout + out.stderr
    assert "0 broken" in out.stdout


def test_no_module_is_over_the_size_limit() -> None:
    long = {str(p.relative_to(REPO)): n for p in RAG.rglob("*.py")
            if (n := len(p.read_text(encoding="utf-8").splitlines())) > MAX_LINES}
    assert not long, f"split these modules (over {MAX_LINES} lines): {long}"


@pytest.mark.parametrize("package", ["rag", *(f"rag.{s}" for s in STAGES)])
def test_each_stage_has_a_small_lazy_public_face(package: str) -> None:
    module = importlib.import_module(package)
    assert module.__doc__ and module.__all__
    for name in module.__all__:
        assert getattr(module, name) is not None, (package, name)


def test_the_top_level_all_lists_the_public_api() -> None:
    import rag

    assert sorted(rag.__all__) == rag._PUBLIC


def test_readme_layout_matches_the_tree() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    layout = readme[readme.index("## Layout"):readme.index("### Adding a language")]
    for stage in FOLDERS:
        folder = RAG / stage
        assert f"`{stage}/`" in layout, f"README Layout does not show rag/{stage}/"
        for module in folder.glob("*.py"):
            if module.stem != "__init__":
                assert re.search(rf"`{module.stem}`", layout), f"README Layout misses {module}"
    for name in ("engine.py", "config.py", "types.py", "errors.py", "atomic.py"):
        assert (RAG / name).is_file() and f"`{name}`" in layout, name
    top = {p.name for p in RAG.glob("*.py")} - {"__init__.py", "__main__.py"}
    named = set(re.findall(r"`(\w+\.py)`", layout))
    assert top <= named, f"README Layout misses {top - named}"
