"""The web chat app (Gradio): the page layout and its events, and serving it.

Owns :func:`build` (chat with streamed cited answers, the sources panel, follow-up
turns, settings, adding articles) and :func:`launch` (bind, login, port errors).
The HTML it shows is made by the pure functions of :mod:`rag.ui.render`; adding
articles (uploads, web addresses, when it is allowed) is :mod:`rag.ui.upload`.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from typing import Any

import gradio as gr

from rag.answer.chat import Turn
from rag.config import Settings
from rag.engine import Engine
from rag.errors import InputError, RagError
from rag.types import Answer
from rag.ui.quotes_view import QUOTES_CSS, render_quotes
from rag.ui.render import (
    CSS,
    ERROR_MARK,
    SOURCES_CSS,
    esc,
    friendly_error,
    inert,
    placeholder_sources,
    render_answer,
    render_error,
    render_final,
    render_sources,
    render_status,
)
from rag.ui.upload import (
    MAX_UPLOAD_BYTES,
    UPLOAD_SUFFIXES,
    is_loopback,
    save_address,
    save_uploads,
    uploads_allowed,
)

log = logging.getLogger(__name__)

EXAMPLES = (
    "What did Campbell say Russia gave in return?",
    "Où Poutine et Kim se sont-ils rencontrés en septembre 2023 ?",
    "Which Russian newspaper reported that Putin would travel to North Korea?",
    "Who won the 2022 football World Cup?",
)
CONCURRENT_ANSWERS = 8  # Gradio queue workers for the chat event (the engine is thread-safe)


# -- the app ---------------------------------------------------------------------------
def answerer_choices(settings: Settings) -> list[str]:
    """The configured answerer first; the extractive reader is always offered."""
    llm = settings.llm.strip().lower()
    return ["extractive"] if llm == "extractive" else [llm, "extractive"]


def build(engine: Engine) -> gr.Blocks:
    """The chat app over ``engine`` (shared by every browser session)."""
    settings = engine.settings
    choices = answerer_choices(settings)
    uploads = uploads_allowed(settings)

    def status() -> str:
        try:
            return render_status(engine.info(), settings)
        except Exception as e:
            log.warning("info() failed: %s", e)
            return f"<span>{ERROR_MARK} {esc(friendly_error(e))}</span>"

    def respond(
        message: str, history: list[Any] | None, answerer: str, k: float,
        sources: dict[int, str] | None, turns: list[Turn] | None,
    ) -> Iterator[tuple[list[Any], str, str, dict[int, str], list[Turn]]]:
        sources = dict(sources or {})
        chat = list(history or [])
        turns = list(turns or []) if chat else []  # a cleared chat starts a new conversation
        if not (message or "").strip():
            yield chat, "", gr.skip(), sources, turns
            return
        chat += [{"role": "user", "content": inert(message)},
                 {"role": "assistant", "content": render_answer("…")}]
        yield chat, "", placeholder_sources("Searching the articles…"), sources, turns
        text = ""
        try:
            for part in engine.ask_stream(message, list(turns), k=int(k), answerer=answerer):
                if isinstance(part, Answer):
                    chat[-1] = {"role": "assistant", "content": render_final(part)}
                    sources[len(chat) - 1] = render_sources(part, turn=len(chat) - 1)
                    turns.append(Turn(part.question, part))
                    yield chat, "", sources[len(chat) - 1], sources, turns
                    return
                text += part
                chat[-1] = {"role": "assistant", "content": render_answer(text)}
                yield chat, "", gr.skip(), sources, turns
        except Exception as e:
            if not isinstance(e, RagError):
                log.exception("answering %r failed", message[:200])
            chat[-1] = {"role": "assistant", "content": render_error(friendly_error(e))}
            note = placeholder_sources("No sources: the question was not answered.",
                                       turn=len(chat) - 1)
            yield chat, "", note, sources, turns

    def show_sources(sources: dict[int, str] | None, evt: gr.SelectData) -> Any:
        i = evt.index[0] if isinstance(evt.index, list | tuple) else evt.index
        found = (sources or {}).get(int(i)) if isinstance(i, int) else None
        return found if found is not None else gr.skip()

    def add_articles(files: list[str] | None, address: str | None,
                     progress: Any = gr.Progress()  # noqa: B008 - Gradio's idiom
                     ) -> tuple[str, str]:
        address = (address or "").strip()
        if not files and not address:
            return "Choose .txt or .md files, or give an article's address, first.", status()
        saved, problems = save_uploads(files, settings.corpus_dir) if files else ([], [])
        if address:
            progress(0, desc="Fetching the page")
            got, trouble = save_address(address, settings.corpus_dir,
                                        allow_private=is_loopback(settings.host))
            saved, problems = saved + got, problems + trouble
        lines = [f"{ERROR_MARK} {p}" for p in problems]
        if saved or not problems:
            def tick(stage: str, done: int, total: int) -> None:
                progress((done, total), desc="Embedding new passages", unit="passages")

            try:
                progress(0, desc="Reading articles")
                report = engine.ingest(progress=tick)
                lines.insert(0, f"Added {', '.join(saved) or 'nothing new'}. "
                                f"Index: {report.summary()}.")
                lines += [f"{ERROR_MARK} skipped: {s}" for s in report.skipped]
            except Exception as e:
                if not isinstance(e, RagError):
                    log.exception("ingest from the UI failed")
                lines.append(f"{ERROR_MARK} {friendly_error(e)}")
        return inert("\n\n".join(lines)), status()

    def show_quotes(speaker: str | None) -> str:
        name = (speaker or "").strip()
        try:
            found = engine.quotes(name or None)
            return render_quotes(found, engine.passage_of)
        except Exception as e:
            if not isinstance(e, RagError):
                log.exception("quotes for %r failed", name[:200])
            return f'<div class="rag-quotes">{ERROR_MARK} {esc(friendly_error(e))}</div>'

    demo = gr.Blocks(title="Cited answers from the articles", analytics_enabled=False)
    with demo:
        gr.Markdown("## Ask the articles\nQuestions in English, French or Spanish about the "
                    "indexed news articles. Every answer quotes its passages with numbered "
                    "citations [n]; when the articles do not say, the bot says so.")
        status_line = gr.HTML(elem_id="rag-status", js_on_load=None)
        sources_state = gr.State({})
        turns_state = gr.State([])  # the conversation as typed (question, Answer) turns
        with gr.Row(equal_height=False):
            with gr.Column(scale=3):
                chatbot = gr.Chatbot(
                    elem_id="rag-chat", label="Chat", height=480, sanitize_html=True,
                    latex_delimiters=[], buttons=["copy"], feedback_options=None,
                    allow_tags=False, group_consecutive_messages=False,
                )
                with gr.Row():
                    box = gr.Textbox(elem_id="rag-question", show_label=False, scale=5,
                                     placeholder="Ask a question in English, French or Spanish…",
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
        with gr.Accordion("Quotes: who said what", open=False, elem_id="rag-quotes-box"):
            gr.Markdown("Everyone the articles quote, with their words per article; open a "
                        "quote to see its passage. Type a name to see one speaker's.")
            with gr.Row():
                who = gr.Textbox(show_label=False, placeholder="Speaker (empty: everyone)",
                                 max_lines=1, scale=4, elem_id="rag-quotes-speaker")
                look = gr.Button("Show quotes", scale=1, elem_id="rag-quotes-show")
            quotes_html = gr.HTML(elem_id="rag-quotes", css_template=QUOTES_CSS,
                                  js_on_load=None, apply_default_css=True)
            look.click(show_quotes, who, quotes_html, api_visibility="private")
            who.submit(show_quotes, who, quotes_html, api_visibility="private")
        with gr.Accordion("Settings", open=False):
            answerer = gr.Radio(choices, value=choices[0], label="Answerer")
            k = gr.Slider(1, 10, value=min(settings.top_k, 10), step=1,
                          label="Passages to search")
        with gr.Accordion("Add articles", open=False, visible=True):
            if uploads:
                gr.Markdown("Upload UTF-8 .txt or .md articles (up to 2 MB each), or give the "
                            "address of a web page (its article is extracted); they are "
                            "saved into the corpus folder and indexed.")
                files = gr.File(file_count="multiple", file_types=list(UPLOAD_SUFFIXES),
                                type="filepath", label="Articles")
                address = gr.Textbox(label="Article address (http/https)", max_lines=1,
                                     placeholder="https://…", elem_id="rag-add-url")
                add = gr.Button("Add and re-index")
                added = gr.Markdown()
                add.click(add_articles, [files, address], [added, status_line],
                          concurrency_limit=1, api_visibility="private")
            else:
                gr.Markdown("Adding articles from the browser is off for a public address "
                            "without RAG_AUTH: copy files into the corpus folder and run "
                            "`rag ingest`.")

        ask_inputs = [box, chatbot, answerer, k, sources_state, turns_state]
        ask_outputs = [chatbot, box, panel, sources_state, turns_state]
        box.submit(respond, ask_inputs, ask_outputs, api_name="chat")
        send.click(respond, ask_inputs, ask_outputs, api_visibility="private")
        for b, q in zip(example_buttons, EXAMPLES, strict=True):
            b.click(lambda q=q: q, None, box, queue=False, api_visibility="private").then(
                respond, ask_inputs, ask_outputs, api_visibility="private")
        chatbot.select(show_sources, sources_state, panel, queue=False, api_visibility="private")
        clear.click(lambda: ([], "", placeholder_sources("Ask a question to see its sources."),
                             {}, []), None, ask_outputs, queue=False, api_visibility="private")
        demo.load(status, None, status_line, api_visibility="private")
    demo.queue(default_concurrency_limit=CONCURRENT_ANSWERS)
    return demo


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
    if not is_loopback(settings.host):
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
