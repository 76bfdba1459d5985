"""The ``rag`` command line. A thin shell over :class:`rag.engine.Engine`."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Any

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


@app.command()
def setup() -> None:
    """Prepare the embedding model offline (convert the bundled e5 weights once)."""
    from rag.embed import prepare_model

    target = prepare_model(settings())
    typer.echo(f"embedding model ready: {target}")


@app.command("ingest")
def ingest_cmd(
    paths: Annotated[list[Path] | None, typer.Argument(help="Files or folders (default: corpus).")]
    = None,
    rebuild: Annotated[bool, typer.Option(help="Drop the index and re-embed everything.")] = False,
) -> None:
    """Index articles: clean, chunk, embed what changed, update BM25."""
    from tqdm import tqdm

    eng = engine()
    bar: list[Any] = []

    def progress(stage: str, done: int, total: int) -> None:
        if not bar:
            bar.append(tqdm(total=total, desc="embedding", unit="chunk", file=sys.stderr,
                            disable=total < 2))
        bar[0].n = done
        bar[0].refresh()

    report = eng.ingest(paths or None, rebuild=rebuild, progress=progress)
    if bar:
        bar[0].close()
    for message in report.skipped:
        typer.echo(f"skipped: {message}", err=True)
    typer.echo(report.summary())


@app.command()
def search(
    question: Annotated[str, typer.Argument(help="A question in English or French.")],
    k: Annotated[int, typer.Option("--k", "-k", help="Number of passages.")] = 5,
    as_json: Annotated[bool, typer.Option("--json", help="Print the JSON contract.")] = False,
    mode: Annotated[str, typer.Option(help="hybrid, dense or bm25.")] = "hybrid",
) -> None:
    """Show the passages that best match a question."""
    results = engine().search(question, k=k, mode=mode)
    if as_json:
        emit_json({"question": question, "results": [r.to_json() for r in results]})
        return
    for r in results:
        c = r.chunk
        typer.echo(f"[{r.rank}] {c.title} ({c.date or 'no date'}) {c.doc_id}:{c.start}-{c.end}"
                   f"  score={r.score:.4f}")
        typer.echo(f"    {c.text}\n")


@app.command()
def info(as_json: Annotated[bool, typer.Option("--json")] = False) -> None:
    """What is indexed, with which models, and where the data lives."""
    data = engine().info()
    if as_json:
        emit_json(data)
        return
    for key, value in data.items():
        if key == "documents":
            value = ", ".join(value) or "-"
        typer.echo(f"{key:>12}: {value}")


@app.command()
def serve(
    host: Annotated[str | None, typer.Option(help="Bind address (default 127.0.0.1).")] = None,
    port: Annotated[int | None, typer.Option(help="Port (default 7860).")] = None,
) -> None:
    """Start the web chat UI."""
    from rag import ui

    overrides: dict[str, Any] = {}
    if host:
        overrides["host"] = host
    if port is not None:
        overrides["port"] = port
    ui.launch(settings().model_copy(update=overrides))


def main() -> None:
    """Entry point: a RagError becomes one line on stderr and exit code 1."""
    try:
        app()
    except RagError as e:
        typer.echo(f"error: {e}", err=True)
        raise SystemExit(1) from None
    except KeyboardInterrupt:
        raise SystemExit(130) from None
