"""The web UI: pure rendering functions (fast), the chat handler over a fake engine, and
the real app (real model, real Chroma) driven in Debian's Chromium (``slow``).

Screenshots go to ``test-artifacts/`` (gitignored).
"""

from __future__ import annotations

import html
import os
import re
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from rag.config import Settings
from rag.engine import Engine
from rag.errors import InputError, ModelError
from rag.ingest.attributions import Attribution
from rag.ingest.quote_store import Quotes
from rag.types import Answer, Chunk, Citation, SearchResult, ShortAnswer, Span
from rag.ui import app as ui
from rag.ui import render, upload
from rag.ui.quotes_view import render_quotes

REPO = Path(__file__).resolve().parent.parent
ARTIFACTS = REPO / "test-artifacts"
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run"]
needs_chromium = pytest.mark.skipif(
    not CHROMIUM.exists(),
    reason="browser test skipped: Debian's chromium is not installed at /usr/bin/chromium "
    "(apt-get install -y chromium)",
)

CAMPBELL = "Who invited North Korean Foreign Minister Choe Son-hui to Russia?"  # answered
FOLLOW_UP = "And what did he say about the satellite?"
LONG_TOKEN = "ZORGLUBTELEMETRIE_" + "A" * 3000
# An article whose sentences carry markup; each question below makes the answerer quote one.
INJECTION_ARTICLE = f"""Zorglub-7 : une fusée d'essai partira en mai

Le ministre Zorglub a déclaré <script>window.__pwned = 1; alert('script')</script> que la fusée \
Zorglub-7 partira en mai depuis le cosmodrome de Vostochny, dans l'est de la Russie, selon un \
communiqué publié lundi.

Selon l'ingénieure Bérénice Flax, le moteur <img src=x onerror="window.__pwned = 2; \
alert('img')"> de la fusée Zorglub-7 a été testé avec succès en avril, après plusieurs mois de \
retard dus à des problèmes techniques.

Le programme [click](javascript:alert(1)) Zorglub-7 est financé par un consortium privé, a \
précisé l'agence spatiale, qui n'a pas donné le montant de l'investissement.

Le code de télémétrie de la fusée Zorglub-7 est {LONG_TOKEN}, a indiqué l'agence.
"""
INJECTION_QUESTIONS = {
    "Quand partira la fusée Zorglub-7 ?": "<script>window.__pwned = 1; alert('script')</script>",
    "Qui a testé le moteur de la fusée Zorglub-7 ?":
        "<img src=x onerror=\"window.__pwned = 2; alert('img')\">",
    "Qui finance le programme Zorglub-7 ?": "[click](javascript:alert(1))",
    # Worded so that the reader is sure (margin 3.5): "Quel est le code de télémétrie de la
    # fusée Zorglub-7 ?" scores about 1 either way and reads as the financing sentence on
    # ONNX int8; an inversion ("… porte-t-elle ?") makes it a follow-up of the last answer.
    "Quel code de télémétrie porte la fusée Zorglub-7 ?": LONG_TOKEN[:200],
}
BAD = ("<script", "<img", "javascript:", "[click]")


# -- pure functions --------------------------------------------------------------------
def test_inert_shows_markup_literally_and_round_trips() -> None:
    text = "a <script>x</script> <img src=x onerror=alert(1)> [click](javascript:alert(1)) $$x$$"
    out = render.inert(text)
    assert not any(b in out for b in BAD)
    assert not re.search(r"[<>\[\]()`*_$:]", out), out  # nothing Markdown or HTML acts on
    assert html.unescape(out) == text


def test_inert_collapses_indentation_but_keeps_line_breaks() -> None:
    assert render.inert("    code block?\n\n  - item") == "code block?\n\n&#45; item"


def test_flatten_content_handles_strings_parts_and_files() -> None:
    assert render.flatten_content("hi") == "hi"
    assert render.flatten_content([{"type": "text", "text": "a"}, {"type": "text", "text": "b"}]) \
        == "a b"
    assert render.flatten_content([{"type": "file", "file": {"path": "/x.png"}}, "c"]) == "c"
    assert render.flatten_content({"text": "d"}) == "d"
    assert render.flatten_content(None) == ""


def test_final_answer_shows_the_short_answer_first_and_marks_it_in_the_source() -> None:
    answer = _answer(text="Lavrov [1]\n\nD’après l’article « T » :\nIl a dit <x> Lavrov. [1]")
    cite = answer.citations[0]
    i = cite.start + cite.text.index("x")
    answer.short_answers = [ShortAnswer(n=1, doc_id=cite.doc_id, start=i, end=i + 1,
                                        text="x", score=1.0)]
    html = render.render_final(answer)
    assert html.startswith('<div class="rag-answer"><strong class="rag-short">Lavrov &#91;1&#93;')
    assert "<x>" not in html
    panel = render.render_sources(answer)
    assert '<b class="rag-short">x</b>' in panel and "<mark>" in panel


def _citation(text: str, before: str = "", after: str = "", *, n: int = 1) -> Citation:
    passage_text = before + text + after
    chunk = Chunk(id="c", doc_id="900_x.txt", title="T <b>itle</b>", date="2024-06",
                  language="fr", source="/secret/path/900_x.txt", start=100,
                  end=100 + len(passage_text), text=passage_text)
    return Citation(n=n, doc_id="900_x.txt", title=chunk.title, date="2024-06",
                    start=100 + len(before), end=100 + len(before) + len(text), text=text,
                    passage=chunk)


def test_render_citation_escapes_and_highlights_the_sentence() -> None:
    cite = _citation("Il a dit <script>alert(1)</script>.", "Avant <img src=x onerror=y>. ",
                     " Après [a](javascript:b).")
    out = render.render_citation(cite)
    assert "<script" not in out and "<img" not in out and "<b>" not in out
    assert "<mark>Il a dit &lt;script&gt;alert(1)&lt;/script&gt;.</mark>" in out
    assert "Avant &lt;img src=x onerror=y&gt;." in out
    assert "[1] T &lt;b&gt;itle&lt;/b&gt;" in out and "2024-06" in out and "900_x.txt" in out
    assert "/secret/path" not in out  # no server paths on the page
    assert "<details>" not in out  # the whole passage is already shown


def test_render_citation_clips_long_passages_and_offers_the_rest() -> None:
    cite = _citation("La phrase citée.", "mot " * 200, " suite" * 200)
    out = render.render_citation(cite)
    shown, _, more = out.partition("<details>")
    assert shown.count("mot") < 100 and "…" in shown
    assert more.count("mot") == 200 and "<mark>La phrase citée.</mark>" in more


def test_render_citation_without_a_passage_still_shows_the_quote() -> None:
    cite = Citation(n=2, doc_id="d.txt", title="", date=None, start=0, end=3, text="a<b")
    out = render.render_citation(cite)
    assert "<mark>a&lt;b</mark>" in out and "[2] d.txt" in out and "no date" in out


def _answer(*, abstained: bool = False, text: str = "Il a dit x. [1]") -> Answer:
    cite = _citation("Il a dit x.", "Avant. ", " Après.")
    return Answer(
        question="q", answer=text, abstained=abstained, language="fr",
        citations=[] if abstained else [cite],
        retrieved=[SearchResult(rank=1, chunk=cite.passage, score=0.5)],  # type: ignore[arg-type]
        timings={"total_ms": 1234.0},
    )


def test_render_sources_lists_citations_or_the_passages_searched() -> None:
    out = render.render_sources(_answer(), turn=3)
    assert 'data-turn="3"' in out and 'data-doc="900_x.txt"' in out and "1.23 s" in out
    out = render.render_sources(_answer(abstained=True))
    assert "No passage answers" in out and "T &lt;b&gt;itle&lt;/b&gt;" in out


def test_abstentions_and_errors_look_different_from_answers() -> None:
    assert 'class="rag-answer"' in render.render_answer("x")
    assert 'class="rag-abstain"' in render.render_answer("x", abstained=True)
    assert 'class="rag-error"' in render.render_error("x")
    for css_class in ("rag-abstain", "rag-error"):
        assert f".{css_class}" in render.CSS


def _attribution(content: str, *, speaker: str | None = "Ana <b>Ruiz</b>") -> Attribution:
    sentence = f"Elle a déclaré que {content}."
    start = len("Elle a déclaré que ")
    return Attribution(
        doc_id="900_x.txt", kind="reported", speaker=speaker, speaker_title="ministre",
        speaker_span=Span(0, 4, "Elle"), cue=Span(5, 14, "a déclaré"),
        content=Span(100 + start, 100 + start + len(content), content),
        sentence=Span(100, 100 + len(sentence), sentence), resolved_by="pronoun",
        date="2024-05-01", title="Un <i>titre</i>", language="fr")


def test_quotes_view_groups_by_speaker_and_article_and_escapes_everything() -> None:
    a = _attribution("<script>alert(1)</script> le budget [x](javascript:1)")
    passage = Chunk(id="c", doc_id="900_x.txt", title="t", date=None, language="fr",
                    source="s", start=50, end=400, text="y" * 50 + a.sentence.text
                    + "z" * (350 - 50 - len(a.sentence.text)),
                    url="https://example.org/a?b=1")
    page = render_quotes(Quotes(None, [a], ["Ana <b>Ruiz</b>"]), lambda _: passage)
    assert "<script>" not in page and "<i>" not in page and "<b>Ruiz" not in page
    assert "&lt;script&gt;" in page and "Ana &lt;b&gt;Ruiz&lt;/b&gt;" in page
    assert "<b>&lt;script&gt;alert(1)&lt;/script&gt; le budget" in page  # the words said
    assert "<mark>" in page and "900_x.txt, characters" in page  # the passage, located
    href = page.split('href="')[1].split('"')[0]
    assert href.startswith("https://example.org/a?b=1#:~:text=") and "(" not in href
    nobody = render_quotes(Quotes("Smithers", [], ["Ana Ruiz"]), lambda _: None)
    assert "Nobody called “Smithers” is quoted" in nobody and "Ana Ruiz" in nobody


def test_friendly_error_never_shows_internals() -> None:
    assert render.friendly_error(ModelError("cannot reach the server: start it")) == \
        "cannot reach the server: start it"
    msg = render.friendly_error(RuntimeError("boom at /secret/path line 3"))
    assert "RuntimeError" in msg and "/secret" not in msg and "Traceback" not in msg


@pytest.mark.parametrize(
    ("name", "data", "problem"),
    [
        ("../evil.txt", b"text", "plain file name"),
        ("a/b.txt", b"text", "plain file name"),
        ("..\\evil.txt", b"text", "plain file name"),
        (".hidden.txt", b"text", "plain file name"),
        ("x..txt", b"text", "plain file name"),
        ("nul\0.txt", b"text", "plain file name"),
        ("run.sh", b"text", "only .txt and .md"),
        ("page.html", b"text", "only .txt and .md"),
        ("latin1.txt", "café".encode("latin-1"), "not UTF-8"),
        ("binary.txt", b"\x00\x01\x02", "empty or binary"),
        ("empty.md", b"  \n", "empty or binary"),
        ("big.txt", b"a" * (upload.MAX_UPLOAD_BYTES + 1), "the limit is"),
    ],
)
def test_check_upload_refuses_bad_files(name: str, data: bytes, problem: str) -> None:
    with pytest.raises(InputError, match=re.escape(problem)):
        upload.check_upload(name, data)


def test_check_upload_accepts_plain_articles() -> None:
    assert upload.check_upload("Nouvel article (2024).txt", "Été\n".encode()) == \
        "Nouvel article (2024).txt"
    assert upload.check_upload("notes.MD", b"# x") == "notes.MD"


def test_save_uploads_writes_only_valid_files_into_the_corpus(tmp_path: Path) -> None:
    src, corpus = tmp_path / "up", tmp_path / "corpus"
    src.mkdir()
    (src / "ok.txt").write_text("Un article.", encoding="utf-8")
    (src / "bad.txt").write_bytes("é".encode("latin-1"))
    (src / "big.txt").write_bytes(b"a" * (upload.MAX_UPLOAD_BYTES + 1))
    files = [src / "ok.txt", src / "bad.txt", src / "big.txt"]
    saved, problems = upload.save_uploads(files, corpus)
    assert saved == ["ok.txt"] and len(problems) == 2
    assert sorted(p.name for p in corpus.iterdir()) == ["ok.txt"]
    assert upload.save_uploads([src / "ok.txt"], corpus) == ([], [])  # same file again: nothing
    (src / "ok.txt").write_text("Un autre article.", encoding="utf-8")
    saved, problems = upload.save_uploads([src / "ok.txt"], corpus)
    assert saved == [] and "already in the corpus" in problems[0]
    assert (corpus / "ok.txt").read_text(encoding="utf-8") == "Un article."


def test_auth_and_bind_address() -> None:
    assert Settings.model_fields["host"].default == "127.0.0.1"
    assert ui.parse_auth(None) is None
    assert ui.parse_auth("alice:s3:cret") == ("alice", "s3:cret")
    for bad in ("alice", ":pw", "alice:"):
        with pytest.raises(InputError, match="user:password"):
            ui.parse_auth(bad)
    assert upload.is_loopback("127.0.0.1") and upload.is_loopback("::1")
    assert upload.is_loopback("localhost") and not upload.is_loopback("0.0.0.0")


# -- the chat handler over a fake engine -------------------------------------------------
class FakeEngine:
    """Stands in for :class:`Engine` at the UI edge: canned answers, failures on request."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.calls: list[tuple[str, Any, int | None]] = []

    def warm_up(self) -> None:
        pass

    def info(self) -> dict[str, Any]:
        return {"articles": 1, "chunks": 2, "embed_model": "fake-embedder"}

    def ingest(self, *args: Any, **kwargs: Any) -> Any:
        raise AssertionError("not used")

    def ask_stream(self, question: str, history: Any = None, *, k: int | None = None,
                   answerer: str | None = None) -> Iterator[str | Answer]:
        self.calls.append((question, history, k))
        if "crash" in question:
            raise RuntimeError("boom in /secret/module.py")
        if "backend" in question:
            yield "partial "
            raise ModelError("cannot reach the openai LLM server at http://127.0.0.1:9/v1: "
                             "start the server, or set RAG_LLM=extractive")
        if "World Cup" in question:
            yield "The articles don't say."
            yield _answer(abstained=True, text="The articles don't say.")
            return
        yield "Il a dit "
        yield "<script>window.__pwned=1</script> x. [1]"
        yield _answer(text="Il a dit <script>window.__pwned=1</script> x. [1]")


def _chat_fn(demo: Any) -> Any:
    fns = demo.fns.values() if isinstance(demo.fns, dict) else demo.fns
    return next(f.fn for f in fns if f.api_name == "chat")


@pytest.fixture()
def fake(tmp_path: Path) -> FakeEngine:
    return FakeEngine(Settings(data_dir=tmp_path / "data", corpus_dir=tmp_path / "corpus"))


def test_chat_streams_then_shows_sources_and_passes_typed_turns(fake: FakeEngine) -> None:
    chat = _chat_fn(ui.build(fake))  # type: ignore[arg-type]
    first = list(chat("Qui ?", [], "extractive", 3, {}, []))[-1]
    messages, _, _, sources, turns = first
    assert len(turns) == 1 and isinstance(turns[0].answer, Answer)
    steps = list(chat("Et alors ?", messages, "extractive", 3, sources, turns))
    assert fake.calls[-1] == ("Et alors ?", turns, 3)  # the typed turns, not rendered text
    assert len(steps) >= 3  # placeholder, deltas, final
    messages, box, panel, sources, turns = steps[-1]
    assert len(turns) == 2
    assert box == "" and len(messages) == 4
    last = messages[-1]["content"]
    assert "&#60;script&#62;" in last and "<script" not in last
    assert 'data-turn="3"' in panel and sources[3] == panel and set(sources) == {1, 3}
    assert "Il a dit" in steps[1][0][-1]["content"] or "Il a dit" in steps[2][0][-1]["content"]


@pytest.mark.parametrize(
    ("question", "expected"),
    [("a backend question", "cannot reach the openai LLM server"),
     ("crash please", "something went wrong while answering (RuntimeError)")],
)
def test_failures_become_readable_chat_messages(fake: FakeEngine, question: str,
                                                expected: str) -> None:
    chat = _chat_fn(ui.build(fake))  # type: ignore[arg-type]
    messages, _, panel, _, _ = list(chat(question, [], "extractive", 5, {}, []))[-1]
    content = messages[-1]["content"]
    assert 'class="rag-error"' in content and expected in html.unescape(content)
    assert "/secret" not in content and "Traceback" not in content
    assert "not answered" in panel


def test_blank_question_does_nothing(fake: FakeEngine) -> None:
    chat = _chat_fn(ui.build(fake))  # type: ignore[arg-type]
    assert [s[0] for s in chat("   ", [], "extractive", 5, {}, [])] == [[]]
    assert fake.calls == []


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_basic_auth_from_settings(fake: FakeEngine) -> None:
    settings = fake.settings.model_copy(update={"port": free_port(), "auth": "alice:s3cret"})
    demo = ui.launch(settings, block=False, engine=fake)  # type: ignore[arg-type]
    try:
        url = f"http://127.0.0.1:{settings.port}"
        assert httpx.get(f"{url}/config").status_code == 401
        with httpx.Client(base_url=url) as client:
            bad = client.post("/login", data={"username": "alice", "password": "nope"})
            assert bad.status_code == 400
            ok = client.post("/login", data={"username": "alice", "password": "s3cret"})
            assert ok.status_code == 200 and client.get("/config").status_code == 200
            # No file outside Gradio's upload cache is served, logged in or not.
            for path in ("/etc/passwd", str(REPO / "app.py"), str(REPO / "corpus")):
                for prefix in ("/gradio_api/file=", "/file="):
                    r = client.get(prefix + path)
                    assert r.status_code in (403, 404), (prefix + path, r.status_code)
    finally:
        demo.close()


# -- the real app in a real browser ----------------------------------------------------------
@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if not CHROMIUM.exists():
        pytest.skip("browser test skipped: /usr/bin/chromium is missing (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True)
        yield b
        b.close()


class Page:
    """A browser tab on the app, recording any dialog (alert) that fires."""

    def __init__(self, browser: Any, url: str) -> None:
        self.page = browser.new_page(viewport={"width": 1400, "height": 1000})
        self.dialogs: list[str] = []
        self.page.on("dialog", self._dialog)
        self.page.goto(url)
        self.page.wait_for_selector("#rag-question textarea")
        self.page.wait_for_function(
            "document.querySelector('#rag-status')?.innerText.includes('answerer')")

    def _dialog(self, dialog: Any) -> None:
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def ask(self, question: str, *, turn: int, timeout_s: float = 120) -> str:
        """Ask, wait until the answer at chat index ``turn`` is final; its text."""
        self.page.fill("#rag-question textarea", question)
        self.page.press("#rag-question textarea", "Enter")
        self.page.wait_for_selector(f'#rag-sources .rag-sources[data-turn="{turn}"]',
                                    timeout=timeout_s * 1000)
        return str(self.page.locator('#rag-chat [data-testid="bot"]').last.inner_text())

    def shot(self, name: str) -> None:
        ARTIFACTS.mkdir(exist_ok=True)
        self.page.screenshot(path=str(ARTIFACTS / name), full_page=True)


@pytest.fixture(scope="module")
def ui_settings(make_settings: Any, tmp_path_factory: pytest.TempPathFactory) -> Settings:
    corpus = tmp_path_factory.mktemp("ui-corpus")
    for f in (REPO / "corpus").glob("*.txt"):
        shutil.copy(f, corpus / f.name)
    (corpus / "900_zorglub.txt").write_text(INJECTION_ARTICLE, encoding="utf-8")
    settings: Settings = make_settings(corpus_dir=corpus, port=free_port())
    return settings


@pytest.fixture(scope="module")
def app_url(ui_settings: Settings) -> Iterator[str]:
    Engine(ui_settings).ingest()
    demo = ui.launch(ui_settings, block=False)
    yield f"http://127.0.0.1:{ui_settings.port}/"
    demo.close()


@pytest.mark.slow
@needs_chromium
def test_browser_cited_answer_sources_and_follow_up(browser: Any, app_url: str) -> None:
    tab = Page(browser, app_url)
    assert re.search(r"\d+ articles?, \d+ passages?", tab.page.inner_text("#rag-status"))
    started = time.perf_counter()
    text = tab.ask(CAMPBELL, turn=1)
    first_s = time.perf_counter() - started
    assert "Lavrov" in text and "[1]" in text
    assert "Lavrov" in tab.page.locator("#rag-chat .rag-short").last.inner_text()
    card = tab.page.locator('#rag-sources .rag-src[data-doc^="000_"]').first
    assert card.is_visible()
    assert "000_2dd278950ddd2d8d.txt" in card.inner_text()
    assert card.locator("mark").first.inner_text().strip()
    assert "Lavrov" in card.locator("mark b.rag-short").first.inner_text()
    tab.shot("ui-answer.png")

    text = tab.ask(FOLLOW_UP, turn=3)
    assert text.strip() and tab.page.locator('#rag-chat [data-testid="bot"]').count() == 2
    tab.shot("ui-follow-up.png")
    # Clicking the first answer brings its sources back.
    tab.page.locator('#rag-chat [data-testid="bot"]').first.click()
    tab.page.wait_for_selector('#rag-sources .rag-sources[data-turn="1"]', timeout=10_000)
    assert tab.dialogs == []
    print(f"first answer in the browser: {first_s:.2f}s")


@pytest.mark.slow
@needs_chromium
def test_browser_quotes_view_lists_a_speakers_words(browser: Any, app_url: str) -> None:
    tab = Page(browser, app_url)
    page = tab.page
    page.get_by_text("Quotes: who said what").click()
    page.locator("#rag-quotes-speaker textarea, #rag-quotes-speaker input").first.fill(
        "Campbell")
    page.click("#rag-quotes-show")
    page.wait_for_selector("#rag-quotes .rag-speaker", timeout=30_000)
    view = page.locator("#rag-quotes")
    assert "Kurt Campbell" in view.locator(".rag-speaker").first.inner_text()
    assert "donné en retour" in view.inner_text()
    quote = view.locator("details.rag-quote").first
    quote.locator("summary").click()
    assert quote.locator("mark").first.is_visible()
    assert "004_76f0c63795f84a67.txt" in quote.inner_text()
    tab.shot("ui-quotes.png")
    page.locator("#rag-quotes-speaker textarea, #rag-quotes-speaker input").first.fill(
        "Smithers")
    page.click("#rag-quotes-show")
    page.wait_for_function("document.querySelector('#rag-quotes')?.innerText"
                           ".includes('Nobody called')", timeout=30_000)
    assert tab.dialogs == []


@pytest.mark.slow
@needs_chromium
def test_browser_untrusted_article_text_is_inert(browser: Any, app_url: str) -> None:
    tab = Page(browser, app_url)
    for turn, (question, raw) in enumerate(INJECTION_QUESTIONS.items(), start=1):
        text = tab.ask(question, turn=2 * turn - 1)
        panel = tab.page.inner_text("#rag-sources")
        assert raw in panel, f"the sources panel does not show {raw[:40]!r} literally"
        assert raw in text or raw[:60] in text, f"the answer does not show {raw[:40]!r}"
        if turn == 1:
            tab.shot("ui-untrusted-script.png")
    page = tab.page
    assert tab.dialogs == []
    assert page.evaluate("window.__pwned") is None
    assert page.locator("img[src='x']").count() == 0
    assert page.locator("a[href^='javascript']").count() == 0
    assert not page.evaluate(
        "[...document.querySelectorAll('script')].some(s => s.textContent.includes('__pwned'))")
    assert not page.evaluate("[...document.querySelectorAll('*')]"
                             ".some(e => [...e.attributes].some(a => a.name.startsWith('on')))")
    # A 3,000-character token wraps: no horizontal scrolling, the page stays usable.
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1")
    assert page.locator("#rag-ask").is_enabled()
    tab.shot("ui-untrusted-long-line.png")


@pytest.mark.slow
@needs_chromium
def test_browser_upload_adds_an_article(browser: Any, app_url: str, ui_settings: Settings,
                                        tmp_path: Path) -> None:
    good = tmp_path / "950_phare.txt"
    good.write_text(
        "Le phare de Grobnik rouvre\n\nLe phare de Grobnik, fermé depuis 1998, rouvrira au "
        "public le 3 juillet après des travaux de restauration financés par la commune, a "
        "annoncé mardi la maire Ilse Varga devant la presse locale.\n", encoding="utf-8")
    bad = tmp_path / "latin1.txt"
    bad.write_bytes("Le café était fermé.".encode("latin-1"))
    tab = Page(browser, app_url)
    page = tab.page
    page.get_by_text("Add articles").click()
    page.locator("input[type=file]").set_input_files([str(good), str(bad)])
    page.get_by_role("button", name="Add and re-index").click()
    page.wait_for_function("document.body.innerText.includes('Index:')", timeout=120_000)
    body = page.inner_text("body")
    assert "Added 950_phare.txt" in body and "latin1.txt is not UTF-8" in body
    assert (ui_settings.corpus_dir / "950_phare.txt").exists()
    assert not (ui_settings.corpus_dir / "latin1.txt").exists()
    text = tab.ask("Quand le phare de Grobnik rouvrira-t-il ?", turn=1)
    assert "juillet" in text
    assert page.locator('#rag-sources .rag-src[data-doc="950_phare.txt"]').count() >= 1
    tab.shot("ui-upload.png")


@pytest.mark.slow
@needs_chromium
def test_browser_abstention_and_failures_are_readable(browser: Any, fake: FakeEngine) -> None:
    settings = fake.settings.model_copy(update={"port": free_port()})
    demo = ui.launch(settings, block=False, engine=fake)  # type: ignore[arg-type]
    try:
        tab = Page(browser, f"http://127.0.0.1:{settings.port}/")
        tab.page.get_by_role("button", name="Who won the 2022 football World Cup?").click()
        tab.page.wait_for_selector('#rag-sources .rag-sources[data-turn="1"]')
        abstain = tab.page.locator("#rag-chat .rag-abstain")
        assert abstain.count() == 1 and "don't say" in abstain.inner_text()
        style = "e => getComputedStyle(e).borderLeftStyle + getComputedStyle(e).fontStyle"
        assert abstain.evaluate(style) == "solidoblique" or "italic" in abstain.evaluate(style)
        assert "No passage answers" in tab.page.inner_text("#rag-sources")
        tab.shot("ui-abstain.png")
        tab.ask("a backend question", turn=3)
        tab.ask("crash please", turn=5)
        errors = tab.page.locator("#rag-chat .rag-error")
        assert errors.count() == 2
        assert "cannot reach the openai LLM server" in errors.first.inner_text()
        assert "went wrong while answering" in errors.last.inner_text()
        assert "Traceback" not in tab.page.inner_text("body")
        assert tab.ask("Qui ?", turn=7)  # still usable after failures
        assert tab.dialogs == [] and tab.page.evaluate("window.__pwned") is None
        tab.shot("ui-abstain-errors.png")
    finally:
        demo.close()


@pytest.mark.slow
def test_python_app_py_serves_on_loopback(ui_settings: Settings, app_url: str) -> None:
    port = free_port()
    env = {**os.environ, "RAG_DATA_DIR": str(ui_settings.data_dir),
           "RAG_CORPUS_DIR": str(ui_settings.corpus_dir),
           "RAG_MODEL_CACHE_DIR": str(ui_settings.models_dir), "RAG_PORT": str(port)}
    env.pop("RAG_HOST", None)
    proc = subprocess.Popen([sys.executable, "app.py"], cwd=REPO, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        deadline = time.monotonic() + 180
        while time.monotonic() < deadline and proc.poll() is None:
            try:
                if httpx.get(f"http://127.0.0.1:{port}/", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.5)
        assert proc.poll() is None, proc.stdout.read() if proc.stdout else ""
        assert httpx.get(f"http://127.0.0.1:{port}/", timeout=5).status_code == 200
    finally:
        proc.terminate()
        out, _ = proc.communicate(timeout=30)
    assert f"127.0.0.1:{port}" in out
