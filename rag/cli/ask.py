"""``rag search``, ``ask`` and ``chat``: questions from the terminal."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Any

import typer

from rag.cli.base import app, emit_json, engine
from rag.errors import RagError


@app.command()
def search(
    question: Annotated[str, typer.Argument(help="A question in English, French or Spanish.")],
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


def _print_answer(answer: Any, *, streamed: str = "") -> None:
    """The answer (unless already streamed as is), then its numbered sources."""
    from rag import lang

    words = lang.get(answer.language)
    if answer.answer.strip() != streamed.strip():
        typer.echo(("\n\n" if streamed else "") + answer.answer)
    elif streamed and not streamed.endswith("\n"):
        typer.echo("")
    if answer.citations:
        typer.echo(f"\n{words.sources}")
    for c in answer.citations:
        date = c.date or words.no_date
        typer.echo(f"[{c.n}] {c.title} ({date}) {c.doc_id}:{c.start}-{c.end}")
        typer.echo(f"    {' '.join(c.text.split())}")


def _read_history(path: Path) -> Any:
    from rag.errors import InputError

    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as e:
        raise InputError(
            f"cannot read the history file {path} ({type(e).__name__}): give a UTF-8 JSON list "
            'of {"role": "user"|"assistant", "content": "..."} messages'
        ) from e


def _stream(eng: Any, question: str, history: Any, k: int | None,
            answerer: str | None = None) -> Any:
    """Print the answer as it is generated; return the final Answer."""
    from rag.types import Answer

    streamed = ""
    for item in eng.ask_stream(question, history, k=k, answerer=answerer):
        if isinstance(item, Answer):
            _print_answer(item, streamed=streamed)
            return item
        streamed += item
        typer.echo(item, nl=False)
    raise RagError("the answer stream ended without an answer: report this as a bug")


@app.command()
def ask(
    question: Annotated[str, typer.Argument(help="A question in English, French or Spanish.")],
    history: Annotated[Path | None, typer.Option(
        help='JSON file of earlier turns: [{"role": "user"|"assistant", "content": "..."}].'
    )] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the JSON contract.")] = False,
    k: Annotated[int | None, typer.Option("--k", "-k", min=1, help="Passages to show.")] = None,
    answerer: Annotated[str | None, typer.Option(
        help="extractive, or an LLM backend (default: RAG_LLM).")] = None,
) -> None:
    """Answer a question with citations, or say that the articles don't say."""
    turns = _read_history(history) if history else None
    eng = engine()
    if as_json:
        emit_json(eng.ask(question, turns, k=k, answerer=answerer).to_json())
        return
    _stream(eng, question, turns, k, answerer)


@app.command()
def chat(
    k: Annotated[int | None, typer.Option("--k", "-k", min=1, help="Passages to read.")] = None,
) -> None:
    """A conversation in the terminal: one question per line, 'exit' or Ctrl-D to stop."""
    eng = engine()
    interactive = sys.stdin.isatty()
    reconfigure = getattr(sys.stdin, "reconfigure", None)
    if reconfigure is not None:  # bytes that are not UTF-8 become '?', never a traceback
        reconfigure(errors="surrogateescape")
    if interactive:
        typer.echo("Ask about the articles (English, French or Spanish); 'exit' to quit.")
    from rag.answer.chat import Turn

    turns: list[Turn] = []
    while True:
        try:
            line = input("> " if interactive else "")
        except EOFError:
            break
        question = line.strip()
        if question.lower() in ("exit", "quit", ":q"):
            break
        if not question:
            continue
        try:
            answer = _stream(eng, question, turns, k)
        except RagError as e:
            if type(e).__name__ != "InputError":
                raise  # main() prints it once and exits non-zero
            typer.echo(f"error: {e}", err=True)
            continue
        turns.append(Turn(answer.question, answer))
        typer.echo("")
