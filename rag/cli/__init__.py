"""The ``rag`` command line: a thin shell over :class:`rag.engine.Engine`.

``base`` holds the app and what commands share; ``manage`` the setup, ingest, eval and
training commands; ``ask`` the question commands; ``quotes`` who said what. Importing them
registers the commands.
"""

from __future__ import annotations

import typer

from rag.cli import ask, manage, quotes  # noqa: F401 - registers the commands on the app
from rag.cli.base import app
from rag.errors import RagError


def main() -> None:
    """Entry point: a RagError becomes one line on stderr and exit code 1."""
    try:
        app()
    except RagError as e:
        typer.echo(f"error: {e}", err=True)
        raise SystemExit(1) from None
    except KeyboardInterrupt:
        raise SystemExit(130) from None
