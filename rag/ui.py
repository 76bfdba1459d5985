"""The web chat UI (Gradio): streamed cited answers, a sources panel, follow-ups, uploads.

Article text is untrusted. It reaches the page in two places, and neither can turn
it into markup: the sources panel is HTML built here with every piece of text passed
through :func:`html.escape`; chat messages are Markdown, so :func:`inert` also turns
every character that Markdown (links, emphasis, lists, LaTeX) reacts to into a
numeric character reference, which the browser shows literally. Gradio's own
sanitiser (``sanitize_html=True``) stays on as a second line of defence.

The rendering functions are pure (text in, markup out) and tested without a browser.
"""

from __future__ import annotations

import html
import ipaddress
import logging
import os
import re
import tempfile
import threading
import unicodedata
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import gradio as gr

from rag.config import Settings
from rag.engine import Engine
from rag.errors import InputError, RagError
from rag.types import Answer, Citation

log = logging.getLogger(__name__)

EXAMPLES = (
    "What did Campbell say Russia gave in return?",
    "Où Poutine et Kim se sont-ils rencontrés en septembre 2023 ?",
    "Which Russian newspaper reported that Putin would travel to North Korea?",
    "Who won the 2022 football World Cup?",
)
ERROR_MARK = "⚠"
ABSTAIN_MARK = "ℹ"
CONTEXT_CHARS = 220  # passage text shown on each side of the cited sentence
UPLOAD_SUFFIXES = (".txt", ".md")
MAX_UPLOAD_BYTES = 2_000_000
MAX_UPLOAD_FILES = 20
CONCURRENT_ANSWERS = 8  # Gradio queue workers for the chat event (the engine is thread-safe)

# HTML's special characters and every character Markdown (GFM, KaTeX delimiters,
# autolinks) gives a meaning to, as numeric character references: shown literally.
_INERT = str.maketrans({c: f"&#{ord(c)};" for c in "&<>\"'\\`*_{}[]()#+-.!|~:$=@/"})
_TAG = re.compile(r"<[^>]*>")
_SAFE_NAME = re.compile(r"[\w][\w .()-]{0,118}")

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


def _marked(before: str, hit: str, after: str) -> str:
    return f"{esc(before)}<mark>{esc(hit)}</mark>{esc(after)}"


def render_citation(c: Citation) -> str:
    """One source card: title, date, file, the cited sentence highlighted in its passage."""
    passage = c.passage.text if c.passage is not None else ""
    s = c.start - c.passage.start if c.passage is not None else -1
    if not (s >= 0 and s + len(c.text) <= len(passage) and passage[s : s + len(c.text)] == c.text):
        s = passage.find(c.text) if c.text else -1
    if s < 0:
        context, more = _marked("", c.text, ""), ""
    else:
        before, after = passage[:s], passage[s + len(c.text) :]
        b, a = _clip(before, CONTEXT_CHARS, left=True), _clip(after, CONTEXT_CHARS, left=False)
        context = _marked(b, c.text, a)
        more = "" if (b, a) == (before, after) else _marked(before, c.text, after)
    details = (
        f'<details><summary>Whole passage</summary><div class="rag-ctx">{more}</div></details>'
        if more else ""
    )
    return (
        f'<div class="rag-src" data-n="{c.n}" data-doc="{esc(c.doc_id)}">'
        f'<div class="rag-src-head">[{c.n}] {esc(c.title or c.doc_id)}</div>'
        f'<div class="rag-src-meta">{esc(c.date or "no date")} · {esc(c.doc_id)} · '
        f"characters {c.start}–{c.end}</div>"
        f'<div class="rag-ctx">{context}</div>{details}</div>'
    )


def render_sources(answer: Answer, *, turn: int = -1) -> str:
    """The sources panel for the answer at chat index ``turn`` (all article text escaped)."""
    parts = [f'<div class="rag-sources" data-turn="{turn}">']
    if answer.abstained or not answer.citations:
        parts.append('<p class="rag-note">No passage answers this question. Closest passages '
                     "searched:</p><ul>")
        parts += [f"<li>{esc(r.chunk.title)} ({esc(r.chunk.date or 'no date')}, "
                  f"{esc(r.chunk.doc_id)})</li>" for r in answer.retrieved]
        parts.append("</ul>")
    parts += [render_citation(c) for c in sorted(answer.citations, key=lambda c: c.n)]
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


def flatten_history(messages: Sequence[Any] | None) -> list[dict[str, str]]:
    """Chatbot messages as plain ``{"role", "content"}`` turns for ``Engine.ask_stream``.

    Our own markup is removed (it escapes every ``<`` of real text, so any tag is
    ours), error messages and non-chat messages (system, metadata boxes) are dropped.
    """
    out: list[dict[str, str]] = []
    for m in messages or ():
        if not isinstance(m, dict) or m.get("role") not in ("user", "assistant"):
            continue
        if (m.get("metadata") or {}).get("title"):
            continue
        text = " ".join(html.unescape(_TAG.sub(" ", flatten_content(m.get("content")))).split())
        if not text or (m["role"] == "assistant" and text.startswith(ERROR_MARK)):
            continue
        if m["role"] == "assistant" and text.startswith(ABSTAIN_MARK):
            text = text.removeprefix(ABSTAIN_MARK).strip()
        out.append({"role": m["role"], "content": text})
    return out


def friendly_error(e: BaseException) -> str:
    """A readable one-line chat message for any failure (details go to the server log)."""
    if isinstance(e, RagError):
        return " ".join(str(e).split())
    return (f"something went wrong while answering ({type(e).__name__}); the details are in "
            "the server log. Try again, or switch the answerer to extractive.")


# -- uploads ---------------------------------------------------------------------------
def check_upload(name: str, data: bytes) -> str:
    """The safe file name of an uploaded article, or an :class:`InputError` saying why not."""
    base = unicodedata.normalize("NFC", name.replace("\\", "/").rsplit("/", 1)[-1]).strip()
    if base != name.strip() or not _SAFE_NAME.fullmatch(base) or ".." in base:
        raise InputError(f"'{name[:80]}' is not a plain file name: rename it using letters, "
                         "digits, spaces, '.', '-', '_' only")
    if not base.lower().endswith(UPLOAD_SUFFIXES):
        raise InputError(f"{base}: only .txt and .md articles can be added")
    if len(data) > MAX_UPLOAD_BYTES:
        raise InputError(f"{base} is {len(data):,} bytes; the limit is {MAX_UPLOAD_BYTES:,}: "
                         "split the file or add it with 'rag ingest'")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        raise InputError(f"{base} is not UTF-8 text: re-save it as UTF-8") from e
    if "\x00" in text or not text.strip():
        raise InputError(f"{base} is empty or binary: add a plain-text article")
    return base


def save_uploads(files: Sequence[str | Path], corpus_dir: Path) -> tuple[list[str], list[str]]:
    """Copy valid uploads into ``corpus_dir``; returns (saved names, one-line problems)."""
    saved: list[str] = []
    problems: list[str] = []
    corpus_dir.mkdir(parents=True, exist_ok=True)
    root = corpus_dir.resolve()
    for f in list(files)[:MAX_UPLOAD_FILES]:
        path = Path(f)
        try:
            size = path.stat().st_size
            if size > MAX_UPLOAD_BYTES:
                raise InputError(f"{path.name[:80]} is {size:,} bytes; the limit is "
                                 f"{MAX_UPLOAD_BYTES:,}: split it or add it with 'rag ingest'")
            data = path.read_bytes()
            name = check_upload(path.name, data)
            target = root / name
            if target.parent != root:
                raise InputError(f"{name}: not a plain file name")
            if target.exists():
                if target.read_bytes() == data:
                    continue
                raise InputError(f"a different {name} is already in the corpus: rename the file")
            fd, tmp = tempfile.mkstemp(dir=root, prefix=".upload-", suffix=".part")
            with os.fdopen(fd, "wb") as out:
                out.write(data)
            os.replace(tmp, target)
            saved.append(name)
        except (InputError, OSError) as e:
            problems.append(str(e) if isinstance(e, InputError) else
                            f"{path.name}: cannot read it ({e.strerror}): upload a plain file")
    if len(files) > MAX_UPLOAD_FILES:
        problems.append(f"only the first {MAX_UPLOAD_FILES} files were considered")
    return saved, problems


# -- the app ---------------------------------------------------------------------------
class _Engines:
    """One engine per answerer, sharing the settings; created lazily, thread-safe."""

    def __init__(self, engine: Engine) -> None:
        self.main = engine
        self._lock = threading.Lock()
        self._others: dict[str, Engine] = {}

    def choices(self) -> list[str]:
        llm = self.main.settings.llm.strip().lower()
        return ["extractive"] if llm == "extractive" else [llm, "extractive"]

    def get(self, name: str | None) -> Engine:
        if not name or name == self.main.settings.llm.strip().lower():
            return self.main
        if name not in self.choices():
            raise InputError(f"unknown answerer '{name}': pick one of {', '.join(self.choices())}")
        with self._lock:
            if name not in self._others:
                self._others[name] = Engine(self.main.settings.model_copy(update={"llm": name}))
            return self._others[name]

    def reset(self) -> None:
        """After an ingest: the other engines reload the index on next use."""
        with self._lock:
            self._others.clear()


def build(engine: Engine) -> gr.Blocks:
    """The chat app over ``engine`` (shared by every browser session)."""
    engines = _Engines(engine)
    settings = engine.settings
    uploads = _uploads_allowed(settings)

    def status() -> str:
        try:
            return render_status(engine.info(), settings)
        except Exception as e:
            log.warning("info() failed: %s", e)
            return f"<span>{ERROR_MARK} {esc(friendly_error(e))}</span>"

    def respond(
        message: str, history: list[Any] | None, answerer: str, k: float,
        sources: dict[int, str] | None,
    ) -> Iterator[tuple[list[Any], str, str, dict[int, str]]]:
        sources = dict(sources or {})
        chat = list(history or [])
        if not (message or "").strip():
            yield chat, "", gr.skip(), sources
            return
        turns = flatten_history(chat)
        chat += [{"role": "user", "content": inert(message)},
                 {"role": "assistant", "content": render_answer("…")}]
        yield chat, "", placeholder_sources("Searching the articles…"), sources
        text = ""
        try:
            for part in engines.get(answerer).ask_stream(message, turns, k=int(k)):
                if isinstance(part, Answer):
                    chat[-1] = {"role": "assistant",
                                "content": render_answer(part.answer, abstained=part.abstained)}
                    sources[len(chat) - 1] = render_sources(part, turn=len(chat) - 1)
                    yield chat, "", sources[len(chat) - 1], sources
                    return
                text += part
                chat[-1] = {"role": "assistant", "content": render_answer(text)}
                yield chat, "", gr.skip(), sources
        except Exception as e:
            if not isinstance(e, RagError):
                log.exception("answering %r failed", message[:200])
            chat[-1] = {"role": "assistant", "content": render_error(friendly_error(e))}
            note = placeholder_sources("No sources: the question was not answered.",
                                       turn=len(chat) - 1)
            yield chat, "", note, sources

    def show_sources(sources: dict[int, str] | None, evt: gr.SelectData) -> Any:
        i = evt.index[0] if isinstance(evt.index, list | tuple) else evt.index
        found = (sources or {}).get(int(i)) if isinstance(i, int) else None
        return found if found is not None else gr.skip()

    def add_articles(files: list[str] | None, progress: Any = gr.Progress()  # noqa: B008 - Gradio's idiom
    ) -> tuple[str, str]:
        if not files:
            return "Choose .txt or .md files first.", status()
        saved, problems = save_uploads(files, settings.corpus_dir)
        lines = [f"{ERROR_MARK} {p}" for p in problems]
        if saved or not problems:
            def tick(stage: str, done: int, total: int) -> None:
                progress((done, total), desc="Embedding new passages", unit="passages")

            try:
                progress(0, desc="Reading articles")
                report = engine.ingest(progress=tick)
                engines.reset()
                lines.insert(0, f"Added {', '.join(saved) or 'nothing new'}. "
                                f"Index: {report.summary()}.")
                lines += [f"{ERROR_MARK} skipped: {s}" for s in report.skipped]
            except Exception as e:
                if not isinstance(e, RagError):
                    log.exception("ingest from the UI failed")
                lines.append(f"{ERROR_MARK} {friendly_error(e)}")
        return inert("\n\n".join(lines)), status()

    demo = gr.Blocks(title="Cited answers from the articles", analytics_enabled=False)
    with demo:
        gr.Markdown("## Ask the articles\nQuestions in English or French about the indexed "
                    "news articles. Every answer quotes its passages with numbered citations "
                    "[n]; when the articles do not say, the bot says so.")
        status_line = gr.HTML(elem_id="rag-status", js_on_load=None)
        sources_state = gr.State({})
        with gr.Row(equal_height=False):
            with gr.Column(scale=3):
                chatbot = gr.Chatbot(
                    elem_id="rag-chat", label="Chat", height=480, sanitize_html=True,
                    latex_delimiters=[], buttons=["copy"], feedback_options=None,
                    allow_tags=False, group_consecutive_messages=False,
                )
                with gr.Row():
                    box = gr.Textbox(elem_id="rag-question", show_label=False, scale=5,
                                     placeholder="Ask a question in English or French…",
                                     max_length=settings.max_question_chars, autofocus=True)
                    send = gr.Button("Ask", variant="primary", scale=1, elem_id="rag-ask")
                gr.Markdown("Examples (click to ask):")
                with gr.Row():
                    example_buttons = [gr.Button(q, size="sm", variant="secondary")
                                       for q in EXAMPLES]
                clear = gr.Button("New conversation", size="sm")
            with gr.Column(scale=2):
                gr.Markdown("### Sources\nThe cited passages of the latest answer; click an "
                            "earlier answer to see its sources.")
                panel = gr.HTML(placeholder_sources("Ask a question to see its sources."),
                                elem_id="rag-sources", css_template=SOURCES_CSS,
                                js_on_load=None, apply_default_css=True)
        with gr.Accordion("Settings", open=False):
            answerer = gr.Radio(engines.choices(), value=engines.choices()[0], label="Answerer")
            k = gr.Slider(1, 10, value=min(settings.top_k, 10), step=1,
                          label="Passages to search")
        with gr.Accordion("Add articles", open=False, visible=True):
            if uploads:
                gr.Markdown("Upload UTF-8 .txt or .md articles (up to 2 MB each); they are "
                            "copied into the corpus folder and indexed.")
                files = gr.File(file_count="multiple", file_types=list(UPLOAD_SUFFIXES),
                                type="filepath", label="Articles")
                add = gr.Button("Add and re-index")
                added = gr.Markdown()
                add.click(add_articles, [files], [added, status_line],
                          concurrency_limit=1, api_visibility="private")
            else:
                gr.Markdown("Adding articles from the browser is off for a public address "
                            "without RAG_AUTH: copy files into the corpus folder and run "
                            "`rag ingest`.")

        ask_inputs = [box, chatbot, answerer, k, sources_state]
        ask_outputs = [chatbot, box, panel, sources_state]
        box.submit(respond, ask_inputs, ask_outputs, api_name="chat")
        send.click(respond, ask_inputs, ask_outputs, api_visibility="private")
        for b, q in zip(example_buttons, EXAMPLES, strict=True):
            b.click(lambda q=q: q, None, box, queue=False, api_visibility="private").then(
                respond, ask_inputs, ask_outputs, api_visibility="private")
        chatbot.select(show_sources, sources_state, panel, queue=False, api_visibility="private")
        clear.click(lambda: ([], "", placeholder_sources("Ask a question to see its sources."),
                             {}), None, ask_outputs, queue=False, api_visibility="private")
        demo.load(status, None, status_line, api_visibility="private")
    demo.queue(default_concurrency_limit=CONCURRENT_ANSWERS)
    return demo


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _uploads_allowed(settings: Settings) -> bool:
    return _is_loopback(settings.host) or bool(settings.auth)


def parse_auth(auth: str | None) -> tuple[str, str] | None:
    """``RAG_AUTH='user:password'`` as Gradio's ``auth`` tuple."""
    if not auth:
        return None
    user, sep, password = auth.partition(":")
    if not sep or not user.strip() or not password:
        raise InputError("RAG_AUTH must look like 'user:password' (both non-empty)")
    return user.strip(), password


def launch(settings: Settings, *, block: bool = True, engine: Engine | None = None) -> gr.Blocks:
    """Serve the chat on ``settings.host:settings.port`` (127.0.0.1:7860 by default).

    ``block=False`` returns at once (the server runs in a thread; ``demo.close()`` stops it).
    """
    auth = parse_auth(settings.auth)
    if not _is_loopback(settings.host):
        log.warning("the UI listens on %s, reachable from other machines%s", settings.host,
                    "" if auth else "; set RAG_AUTH='user:password' to require a login")
    engine = engine or Engine(settings)
    try:
        engine.warm_up()
    except RagError as e:  # e.g. nothing ingested yet: the page says so
        log.warning("%s", e)
    demo = build(engine)
    try:
        demo.launch(
            server_name=settings.host, server_port=settings.port, auth=auth,
            auth_message="Log in to ask the articles." if auth else None,
            prevent_thread_lock=not block, show_error=False, share=False, inbrowser=False,
            max_file_size=MAX_UPLOAD_BYTES, ssr_mode=False, quiet=not block, css=CSS,
        )
    except OSError as e:  # Gradio raises OSError when the port is taken
        raise RagError(f"cannot serve on {settings.host}:{settings.port} ({e}): pick a free "
                       "port with --port or RAG_PORT") from e
    return demo
