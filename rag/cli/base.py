"""The ``rag`` app object and what every command shares: settings, the engine, JSON out."""

from __future__ import annotations

import json
import sys
from typing import Any

import typer

from rag.config import Settings
from rag.errors import RagError

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    help="Ask questions about a news corpus; every answer cites its passages.",
)


def settings() -> Settings:
    try:
        return Settings()
    except Exception as e:  # pydantic ValidationError: a bad RAG_* variable
        raise RagError(f"bad setting: {e}".replace("\n", " ")) from e


def engine() -> Any:
    from rag.engine import Engine

    return Engine(settings())


def emit_json(obj: Any) -> None:
    sys.stdout.write(json.dumps(obj, ensure_ascii=False, indent=2) + "\n")
