"""The web UI's "Quotes" view: who is quoted, saying what, in which article (pure HTML).

Speakers come first by how often they are quoted (or closest to a searched name); under
each, the articles that quote them, and in each article the quotes: the words said in
bold inside their sentence, the cue ("a déclaré"), and the passage the sentence comes
from (folded, with the sentence highlighted), with its file and character offsets; a
web article's quote also links to its page, at the quoted words. Every piece of
article text is escaped: the view is plain text.
"""

from __future__ import annotations

import urllib.parse
from collections.abc import Callable, Sequence

from rag.ingest.attributions import Attribution
from rag.ingest.quote_store import Quotes
from rag.types import Chunk
from rag.ui.render import esc

QUOTES_CSS = """
.rag-quotes { font-size: 0.93em; overflow-wrap: anywhere; }
.rag-speaker { margin: 10px 0 4px; font-weight: 600; }
.rag-speaker-title { font-weight: 400; opacity: 0.8; }
.rag-quote-doc { margin: 2px 0 2px 8px; opacity: 0.85; font-style: italic; }
.rag-quote { margin: 2px 0 6px 16px; }
.rag-quote summary { cursor: pointer; }
.rag-quote .rag-ctx { white-space: pre-line; padding-left: 8px; margin: 4px 0;
  border-left: 3px solid var(--border-color-primary); }
.rag-quote-meta { opacity: 0.7; font-size: 0.9em; }
"""
MAX_SPEAKERS = 60


def _sentence(a: Attribution) -> str:
    """The sentence, with the words said in bold (everything escaped)."""
    s, c = a.sentence, a.content
    if not (s.start <= c.start and c.end <= s.end):
        return esc(s.text)
    i, j = c.start - s.start, c.end - s.start
    return f"{esc(s.text[:i])}<b>{esc(s.text[i:j])}</b>{esc(s.text[j:])}"


def _passage(a: Attribution, chunk: Chunk | None) -> str:
    if chunk is None or not (chunk.start <= a.sentence.start and a.sentence.end <= chunk.end):
        return ""
    i, j = a.sentence.start - chunk.start, a.sentence.end - chunk.start
    body = f"{esc(chunk.text[:i])}<mark>{_sentence(a)}</mark>{esc(chunk.text[j:])}"
    return f'<div class="rag-ctx">{body}</div>'


def _link(a: Attribution, chunk: Chunk | None) -> str:
    url = chunk.url if chunk is not None else None
    if not url or not url.startswith(("http://", "https://")):
        return ""
    words = " ".join(a.content.text.split()[:8])
    target = f"{url}#:~:text={urllib.parse.quote(words)}"
    return f' · <a href="{esc(target)}" target="_blank" rel="noopener noreferrer">page</a>'


def render_quotes(found: Quotes, passage: Callable[[Attribution], Chunk | None]) -> str:
    """The quotes of ``found`` by speaker and article; ``passage`` gives an attribution's
    stored passage (or None)."""
    if not found.items:
        if found.speaker:
            close = ", ".join(found.speakers[:8])
            hint = f" Quoted: {esc(close)}." if close else ""
            return (f'<div class="rag-quotes">Nobody called “{esc(found.speaker)}” is '
                    f"quoted in the articles.{hint}</div>")
        return '<div class="rag-quotes">No quotes: add articles, then look again.</div>'
    by_speaker: dict[str, list[Attribution]] = {}
    for a in found.items:
        by_speaker.setdefault(a.speaker or "(unnamed source)", []).append(a)
    order = [s for s in found.speakers if s in by_speaker]
    order += [s for s in by_speaker if s not in order]
    parts = ['<div class="rag-quotes">']
    for name in order[:MAX_SPEAKERS]:
        items = by_speaker[name]
        title = next((a.speaker_title for a in items if a.speaker_title), None)
        role = f' <span class="rag-speaker-title">— {esc(title)}</span>' if title else ""
        parts.append(f'<div class="rag-speaker">{esc(name)}{role} ({len(items)})</div>')
        parts += _by_article(items, passage)
    if len(order) > MAX_SPEAKERS:
        parts.append(f"<div>… and {len(order) - MAX_SPEAKERS} more speakers: search a name."
                     "</div>")
    parts.append("</div>")
    return "".join(parts)


def _by_article(items: Sequence[Attribution],
                passage: Callable[[Attribution], Chunk | None]) -> list[str]:
    parts: list[str] = []
    docs = list(dict.fromkeys(a.doc_id for a in items))
    for doc in docs:
        mine = [a for a in items if a.doc_id == doc]
        date = f" ({esc(mine[0].date)})" if mine[0].date else ""
        parts.append(f'<div class="rag-quote-doc">{esc(mine[0].title or doc)}{date}</div>')
        for a in mine:
            chunk = passage(a)
            cue = f" — {esc(a.cue.text)}" if a.cue else ""
            meta = (f'<div class="rag-quote-meta">{esc(a.doc_id)}, characters '
                    f"{a.content.start}–{a.content.end}{_link(a, chunk)}</div>")
            parts.append(f'<details class="rag-quote"><summary>{_sentence(a)}{cue}</summary>'
                         f"{_passage(a, chunk)}{meta}</details>")
    return parts
