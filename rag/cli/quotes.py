"""``rag quotes``: who said what in the articles (quotes and reported speech)."""

from __future__ import annotations

from typing import Annotated

import typer

from rag.cli.base import app, emit_json, settings
from rag.errors import InputError

MAX_SUGGESTIONS = 8


@app.command("quotes")
def quotes_cmd(
    speaker: Annotated[
        str | None,
        typer.Option(
            "--speaker", help="Only this speaker's: a surname, a full name or an institution."
        ),
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the JSON contract.")] = False,
) -> None:
    """List the attributions found at ingest: speaker, cue, what was said, where."""
    from rag.ingest.quote_store import quotes

    found = quotes(settings(), speaker)
    if as_json:
        emit_json(
            {
                "speaker": found.speaker,
                "matched_on": found.matched_on,
                "quotes": [a.to_json() for a in found.items],
                "speakers": found.speakers,
            }
        )
        return
    if found.speaker is not None and not found.items:
        known = ", ".join(found.speakers[:MAX_SUGGESTIONS]) or "nobody"
        raise InputError(
            f"nobody called '{found.speaker}' is quoted in the articles; quoted: "
            f"{known} (try --speaker with one of these)"
        )
    if found.matched_on == "title":
        typer.echo(
            f"Nobody called '{found.speaker}' is quoted; these speakers have it in their title."
        )
    n, k = len(found.items), len({a.speaker for a in found.items})
    typer.echo(f"{n} attribution{'s' * (n != 1)}, {k} speaker{'s' * (k != 1)}")
    for a in found.items:
        who = a.speaker or "(unnamed source)"
        title = f", {a.speaker_title}" if a.speaker_title and a.speaker_title != a.speaker else ""
        written = f"; written “{a.speaker_span.text}”" if a.speaker_span else ""
        cue = f"“{a.cue.text}”" if a.cue else "no cue"
        typer.echo(f"\n{who}{title} ({a.kind}, {cue}{written})")
        typer.echo(f"    {' '.join(a.content.text.split())}")
        typer.echo(f"    {a.doc_id}:{a.content.start}-{a.content.end} ({a.date or 'no date'})")
