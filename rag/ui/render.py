"""The chat UI's HTML, built from pure functions (text in, markup out; no Gradio here).

Owns the page's CSS, the chat-message markup (answers, abstentions, errors), the
sources panel (source cards with the cited sentence highlighted in its passage), the
status line, and turning any failure into a readable one-line message.

Article text is untrusted. It reaches the page in two places, and neither can turn
it into markup: the sources panel is HTML built here with every piece of text passed
through :func:`html.escape`; chat messages are Markdown, so :func:`inert` also turns
every character that Markdown (links, emphasis, lists, LaTeX) reacts to into a
numeric character reference, which the browser shows literally. Gradio's own
sanitiser (``sanitize_html=True``) stays on as a second line of defence.

Everything here is tested without a browser.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from typing import Any

from rag.config import Settings
from rag.errors import RagError
from rag.types import Answer, Citation

ERROR_MARK = "⚠"
ABSTAIN_MARK = "ℹ"
CONTEXT_CHARS = 220  # passage text shown on each side of the cited sentence

# HTML's special characters and every character Markdown (GFM, KaTeX delimiters,
# autolinks) gives a meaning to, as numeric character references: shown literally.
_INERT = str.maketrans({c: f"&#{ord(c)};" for c in "&<>\"'\\`*_{}[]()#+-.!|~:$=@/"})

CSS = """
.rag-answer, .rag-abstain, .rag-error { overflow-wrap: anywhere; }
.rag-abstain { border-left: 4px solid #d97706; padding: 2px 10px; font-style: italic;
  background: rgba(217, 119, 6, 0.08); }
.rag-error { border-left: 4px solid #dc2626; padding: 2px 10px; }
.message-wrap .message { overflow-wrap: anywhere; }
#rag-status { font-size: 0.9em; opacity: 0.85; }
"""

SOURCES_CSS = """
.rag-sources { font-size: 0.92em; overflow-wrap: anywhere; }
.rag-src { border: 1px solid var(--border-color-primary); border-radius: 8px;
  padding: 8px 10px; margin-bottom: 8px; }
.rag-src-head { font-weight: 600; }
.rag-src-meta { opacity: 0.75; font-size: 0.9em; margin: 2px 0 6px; }
.rag-ctx { white-space: pre-line; margin: 0; padding-left: 8px; max-height: 24em;
  overflow-y: auto;
  border-left: 3px solid var(--border-color-primary); }
.rag-ctx mark { background: #fde68a; color: #111; padding: 0 1px; }
.rag-ctx mark b.rag-short { background: #f59e0b; font-weight: 700; }
.rag-src details summary { cursor: pointer; opacity: 0.8; margin-top: 4px; }
.rag-note { opacity: 0.8; }
"""


# -- rendering (pure) ------------------------------------------------------------------
def inert(text: str) -> str:
    """``text`` as Markdown/HTML that displays literally: no tags, links or formatting."""
    lines = (" ".join(line.split()) for line in str(text).splitlines())
    return "\n".join(line.translate(_INERT) for line in lines)


def esc(text: object) -> str:
    """Plain text for an HTML component (line breaks are kept by ``white-space`` CSS)."""
    return html.escape(str(text), quote=True)


def _block(css_class: str, text: str) -> str:
    """One HTML block (so Markdown leaves it alone) with ``<br>`` for line breaks."""
    return f'<div class="{css_class}">{inert(text).replace(chr(10), "<br>")}</div>'


def render_answer(text: str, *, abstained: bool = False) -> str:
    """An assistant chat message; abstentions ("the articles don't say") look different."""
    if abstained:
        return _block("rag-abstain", f"{ABSTAIN_MARK} {text}")
    return _block("rag-answer", text)


def render_final(answer: Answer) -> str:
    """The final answer: its short answer line (when the reader found one) in bold."""
    if answer.abstained or not answer.short_answers:
        return render_answer(answer.answer, abstained=answer.abstained)
    lead, _, rest = answer.answer.partition("\n")
    body = inert(rest).replace(chr(10), "<br>")
    return f'<div class="rag-answer"><strong class="rag-short">{inert(lead)}</strong>{body}</div>'


def render_error(message: str) -> str:
    return _block("rag-error", f"{ERROR_MARK} {message}")


def _clip(text: str, limit: int, *, left: bool) -> str:
    """The ``limit`` characters of ``text`` next to the citation, cut at a space."""
    if len(text) <= limit:
        return text
    if left:
        cut = text[-limit:]
        space = cut.find(" ")
        return "… " + (cut[space + 1 :] if 0 <= space < limit // 3 else cut)
    cut = text[:limit]
    space = cut.rfind(" ")
    return (cut[:space] if space > limit * 2 // 3 else cut) + " …"


def _marked(before: str, hit: str, after: str, spans: Sequence[tuple[int, int]] = ()) -> str:
    """Escaped text with ``hit`` highlighted, and inside it the ``spans`` (offsets into
    ``hit``) in bold: the short answers."""
    inner, pos = [], 0
    for s, e in sorted(spans):
        if s < pos or e > len(hit) or e <= s:
            continue
        inner += [esc(hit[pos:s]), f'<b class="rag-short">{esc(hit[s:e])}</b>']
        pos = e
    inner.append(esc(hit[pos:]))
    return f"{esc(before)}<mark>{''.join(inner)}</mark>{esc(after)}"


def render_citation(c: Citation, shorts: Sequence[tuple[int, int]] = ()) -> str:
    """One source card: title, date, file, the cited sentence highlighted in its passage,
    and in it the short answer(s) ``shorts`` (absolute offsets) in bold."""
    spans = [(a - c.start, b - c.start) for a, b in shorts]
    passage = c.passage.text if c.passage is not None else ""
    s = c.start - c.passage.start if c.passage is not None else -1
    if not (s >= 0 and s + len(c.text) <= len(passage) and passage[s : s + len(c.text)] == c.text):
        s = passage.find(c.text) if c.text else -1
    if s < 0:
        context, more = _marked("", c.text, "", spans), ""
    else:
        before, after = passage[:s], passage[s + len(c.text) :]
        b, a = _clip(before, CONTEXT_CHARS, left=True), _clip(after, CONTEXT_CHARS, left=False)
        context = _marked(b, c.text, a, spans)
        more = "" if (b, a) == (before, after) else _marked(before, c.text, after, spans)
    details = (
        f'<details><summary>Whole passage</summary><div class="rag-ctx">{more}</div></details>'
        if more else ""
    )
    return (
        f'<div class="rag-src" data-n="{c.n}" data-doc="{esc(c.doc_id)}">'
        f'<div class="rag-src-head">[{c.n}] {esc(c.title or c.doc_id)}</div>'
        f'<div class="rag-src-meta">{esc(c.date or "no date")} · {esc(c.doc_id)} · '
        f"characters {c.start}–{c.end}</div>{render_article_meta(c)}"
        f'<div class="rag-ctx">{context}</div>{details}</div>'
    )


def render_article_meta(c: Citation) -> str:
    """The cited article's author, outlet and address, as plain text (never a link)."""
    parts = [f"by {esc(c.author)}" if c.author else "", esc(c.source_name or ""),
             esc(c.url or "")]
    shown = " · ".join(p for p in parts if p)
    return f'<div class="rag-src-meta rag-src-article">{shown}</div>' if shown else ""


def render_sources(answer: Answer, *, turn: int = -1) -> str:
    """The sources panel for the answer at chat index ``turn`` (all article text escaped)."""
    parts = [f'<div class="rag-sources" data-turn="{turn}">']
    if answer.abstained and answer.citations:  # "X is quoted, but not on that": X's words
        parts.append('<p class="rag-note">No passage answers this question. The passages '
                     "quoted in the reply:</p>")
    elif answer.abstained or not answer.citations:
        parts.append('<p class="rag-note">No passage answers this question. Closest passages '
                     "searched:</p><ul>")
        parts += [f"<li>{esc(r.chunk.title)} ({esc(r.chunk.date or 'no date')}, "
                  f"{esc(r.chunk.doc_id)})</li>" for r in answer.retrieved]
        parts.append("</ul>")
    parts += [render_citation(c, [(x.start, x.end) for x in answer.short_answers if x.n == c.n])
              for c in sorted(answer.citations, key=lambda c: c.n)]
    total = answer.timings.get("total_ms", 0.0)
    took = f" in {total / 1000:.2f} s" if total else ""
    parts.append(f'<p class="rag-note">Answered by {esc(answer.backend)}{took}.</p></div>')
    return "".join(parts)


def placeholder_sources(text: str, *, turn: int = -1) -> str:
    return f'<div class="rag-sources" data-turn="{turn}"><p class="rag-note">{esc(text)}</p></div>'


def render_status(info: dict[str, Any], settings: Settings) -> str:
    """One line: what is indexed and which models are in use."""
    llm = settings.llm if settings.llm == "extractive" else (
        f"{settings.llm} {settings.llm_model}".strip())
    if not info.get("articles"):
        corpus = "nothing indexed yet: add articles below or run <code>rag ingest</code>"
    else:
        n, chunks = int(info["articles"]), int(info.get("chunks", 0))
        corpus = f"{n} article{'s' * (n != 1)}, {chunks} passage{'s' * (chunks != 1)}"
    return (f"<span>Corpus: {corpus} · embeddings: {esc(info.get('embed_model', ''))} · "
            f"answerer: {esc(llm)}</span>")


# -- conversation ----------------------------------------------------------------------
def flatten_content(content: object) -> str:
    """The text of a chat message whose content is a string, a part, or a list of parts."""
    if isinstance(content, str):
        return content
    if isinstance(content, dict):
        text = content.get("text", content.get("content"))
        return text if isinstance(text, str) else ""
    if isinstance(content, list | tuple):
        return " ".join(t for t in (flatten_content(p) for p in content) if t)
    return ""


def friendly_error(e: BaseException) -> str:
    """A readable one-line chat message for any failure (details go to the server log)."""
    if isinstance(e, RagError):
        return " ".join(str(e).split())
    return (f"something went wrong while answering ({type(e).__name__}); the details are in "
            "the server log. Try again, or switch the answerer to extractive.")
