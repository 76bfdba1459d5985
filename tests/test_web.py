"""Articles by address: a real HTTP server on loopback, real trafilatura, real ingest.

The pages in tests/pages/ have the shapes of three kinds of sites: a WordPress theme in
English (cookie banner, menu, share buttons, related posts, comments, widgets, footer),
a French newspaper (cookie banner, breadcrumb, "Lire aussi", ads, paywall, reactions,
JSON-LD metadata) and an old French portal built with tables (menu, banner ad, an AFP
dispatch with its dateline, "À lire aussi" links, no metadata at all).
"""

from __future__ import annotations

import contextlib
import re
import shutil
import threading
import time
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from typer.testing import CliRunner

from rag.config import Settings
from rag.errors import FetchError, InputError
from rag.ingest.fetch import add_pages, fetch, file_name, is_url
from rag.ingest.load import load_document
from rag.search.store import ChromaStore

PAGES = Path(__file__).parent / "pages"
CORPUS = Path(__file__).resolve().parent.parent / "corpus"
HTML = "text/html; charset=utf-8"
NAV_ONLY = (b"<html><body><nav><a href='/'>Accueil</a> <a href='/monde'>Monde</a></nav>"
            b"<ul><li><a href='/a'>Un titre</a></li></ul><footer>Contact</footer></body></html>")
BIG = b"<html><body><p>" + b"Un long paragraphe de remplissage. " * 9000 + b"</p></body></html>"

# path -> (status, headers, body, delay in seconds)
Route = tuple[int, dict[str, str], bytes, float]
ROUTES: dict[str, Route] = {
    "/2023/09/15/seoul-washington-warn-moscow/": (200, {"Content-Type": HTML},
                                                   (PAGES / "wordpress_en.html").read_bytes(), 0),
    "/?p=4812": (200, {"Content-Type": HTML}, (PAGES / "wordpress_en.html").read_bytes(), 0),
    "/international/blinken": (200, {"Content-Type": HTML},
                               (PAGES / "journal_fr.html").read_bytes(), 0),
    "/monde/article.php?id=77": (200, {"Content-Type": "text/html; charset=utf-8"},
                                 (PAGES / "agency_fr.html").read_bytes(), 0),
    "/moved": (301, {"Location": "/international/blinken"}, b"", 0),
    "/to-file": (302, {"Location": "file:///etc/passwd"}, b"", 0),
    "/slow": (200, {"Content-Type": HTML}, (PAGES / "journal_fr.html").read_bytes(), 3.0),
    "/report.pdf": (200, {"Content-Type": "application/pdf"}, b"%PDF-1.4 not a page", 0),
    "/menu": (200, {"Content-Type": HTML}, NAV_ONLY, 0),
    "/big": (200, {"Content-Type": HTML}, BIG, 0),
    "/big-stream": (200, {"Content-Type": HTML, "Content-Length": ""}, BIG, 0),
    "/down": (503, {"Content-Type": HTML}, b"<h1>Service unavailable</h1>", 0),
}


class _Handler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        status, headers, body, delay = ROUTES.get(
            self.path, (404, {"Content-Type": HTML}, b"<h1>Not found</h1>", 0))
        if delay:
            time.sleep(delay)
        self.send_response(status)
        for key, value in headers.items():
            if value:
                self.send_header(key, value)
        if headers.get("Content-Length") != "":  # "" means: stream without a length
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        with contextlib.suppress(OSError):  # the client gave up (timeouts, size limits)
            self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def _blocks(path: Path) -> tuple[str, list[str]]:
    doc = load_document(path)
    assert doc.raw_text == path.read_text(encoding="utf-8")
    return doc.raw_text, [doc.raw_text[s:e] for s, e in doc.blocks]


LAYOUTS = [
    # path, kept sentences, boilerplate that must not be content, metadata
    ("/2023/09/15/seoul-washington-warn-moscow/",
     ["South Korean and American officials warned on Friday",
      "The Kremlin spokesman, Dmitry Peskov, told journalists"],
     ["cookies", "Skip to content", "Subscribe", "Advertisement", "Share this", "Related posts",
      "balloons", "sanctions are never enforced", "Leave a Reply", "Most popular", "newsletter",
      "All rights reserved", "By Jane Doe", "4 min read"],
     {"title": "Seoul and Washington warn Moscow over arms deal", "author": "Jane Doe",
      "date": "2023-09-15", "source_name": "The Pacific Ledger", "language": "en",
      "url_path": "/2023/09/15/seoul-washington-warn-moscow/"}),
    ("/international/blinken",
     ["Arrivé mercredi soir en Corée du Sud",
      "Aucune preuve d’un tel transfert n’a été rendue publique"],
     ["cookies", "Se connecter", "Accueil", "Lire aussi", "Publicité", "Il vous reste",
      "Partager", "Sur le même sujet", "Encore des mots", "Tous droits réservés",
      "Par Claire Martin", "Publié le"],
     {"title": "À Séoul, Antony Blinken dénonce une coopération « dangereuse » entre Pyongyang "
               "et Moscou", "author": "Claire Martin", "date": "2023-11-09",
      "source_name": "Le Courrier du Matin", "language": "fr",
      "url_path": "/international/blinken"}),
    ("/monde/article.php?id=77",
     ["Les États-Unis se sont dits prêts mardi à imposer de nouvelles sanctions",
      "Le Conseil de sécurité nationale de la Maison Blanche"],
     ["Accueil", "Météo", "Publicité", "À lire aussi", "Le prix du riz", "Plan du site",
      "WASHINGTON, 12 septembre 2023 (AFP)"],
     {"author": None, "date": "2023-09-12", "source_name": "AFP", "language": "fr",
      "url_path": "/monde/article.php"}),
]


@pytest.mark.parametrize(("path", "kept", "chrome", "meta"), LAYOUTS)
def test_three_site_layouts(server: str, tmp_path: Path, path: str, kept: list[str],
                            chrome: list[str], meta: dict[str, str | None]) -> None:
    [(url, saved)] = add_pages([server + path], tmp_path)
    assert url == server + path and saved.parent == tmp_path and saved.suffix == ".md"
    raw, blocks = _blocks(saved)
    content = "\n".join(blocks)
    for sentence in kept:
        assert sentence in content
    for phrase in chrome:
        assert phrase not in content, phrase
    doc = load_document(saved)
    for key in ("title", "author", "date", "source_name", "language"):
        if key in meta:
            assert getattr(doc, key) == meta[key], key
    assert doc.url is not None and doc.url.startswith(server)
    assert doc.url.split("?")[0].endswith(str(meta["url_path"]))
    for span in (doc.byline, doc.dateline, doc.source_line):  # citable, never content
        if span is not None:
            assert raw[span.start : span.end] == span.text
            assert all(e <= span.start or s >= span.end for s, e in doc.blocks)
    assert f'fetched_from: "{server + path}"' in raw


def test_same_address_twice_updates_one_file(server: str, tmp_path: Path) -> None:
    url = server + "/2023/09/15/seoul-washington-warn-moscow/"
    [(_, first)] = add_pages([url], tmp_path)
    first.write_text("stale", encoding="utf-8")
    [(_, again)] = add_pages([url], tmp_path)
    [(_, other)] = add_pages([server + "/?p=4812"], tmp_path)  # same canonical address
    assert first == again == other and sorted(tmp_path.iterdir()) == [first]
    assert "Seoul and Washington" in first.read_text(encoding="utf-8")
    assert first.name == file_name(url)
    [(_, moved)] = add_pages([server + "/moved"], tmp_path)  # a redirect: the final page
    assert moved.name == file_name(server + "/international/blinken")


FAILURES = [
    ("/nope", FetchError, r"was not found \(HTTP 404\): check the address"),
    ("/down", FetchError, r"failed \(HTTP 503\): try again later"),
    ("/slow", FetchError, r"did not answer .*try again later"),
    ("/report.pdf", FetchError, r"is not a web page \(it is application/pdf\)"),
    ("/menu", FetchError, r"no article text .*save the article's text as a \.txt file"),
    ("/big", FetchError, r"is 3\d\d KB, over the 98 KB limit .*\.txt file"),
    ("/big-stream", FetchError, r"is over 1\d\d KB, over the 98 KB limit"),
    ("/to-file", FetchError, r"redirects to an address that cannot be fetched"),
]


@pytest.mark.parametrize(("path", "error", "message"), FAILURES)
def test_failures_say_what_to_do_and_save_nothing(
    server: str, tmp_path: Path, path: str, error: type[Exception], message: str
) -> None:
    existing = tmp_path / "keep.txt"
    existing.write_text("Un article déjà là.\n", encoding="utf-8")
    good = server + "/international/blinken"
    with pytest.raises(error, match=message):
        add_pages([good, server + path], tmp_path, timeout=1.0, max_bytes=100_000)
    assert sorted(tmp_path.iterdir()) == [existing]  # not even the good page


def test_unresolvable_address_and_bad_schemes(tmp_path: Path) -> None:
    with pytest.raises(FetchError, match=r"does not resolve .*check the spelling"):
        fetch("http://no-such-host.invalid/article", timeout=5)
    for bad in ("ftp://example.org/a.html", "file:///etc/passwd", "http:///nohost"):
        with pytest.raises(InputError, match=r"http|host"):
            add_pages([bad], tmp_path)
    assert is_url("https://example.org/a") and is_url("HTTP://x.org")
    assert not is_url("corpus/a.txt") and not is_url("./notes.md")


def test_private_addresses_are_refused_from_a_public_bind(server: str, tmp_path: Path) -> None:
    local = server.replace("127.0.0.1", "localhost") + "/international/blinken"
    for url in (server + "/international/blinken", local):
        with pytest.raises(FetchError, match="private or local network"):
            add_pages([url], tmp_path, allow_private=False)
    assert list(tmp_path.iterdir()) == []
    assert add_pages([server + "/international/blinken"], tmp_path)  # loopback bind: allowed


# -- the real stack: `rag ingest URL` through the CLI, into a temp data dir ------------------


def _chunk_ids(settings: Settings) -> set[str]:
    return set(ChromaStore(settings).metadatas())


def test_rag_ingest_url_indexes_the_article_and_keeps_it(
    server: str, make_settings: Callable[..., Settings], model_cache: Path, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from rag.cli import app
    from rag.engine import Engine

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(next(CORPUS.glob("002_*.txt")), corpus)
    settings = make_settings(corpus_dir=corpus)
    for key, value in {"RAG_DATA_DIR": settings.data_dir, "RAG_CORPUS_DIR": corpus,
                       "RAG_MODEL_CACHE_DIR": model_cache}.items():
        monkeypatch.setenv(key, str(value))
    runner = CliRunner()
    result = runner.invoke(app, ["ingest"])
    assert result.exit_code == 0, result.output
    en, fr = server + "/2023/09/15/seoul-washington-warn-moscow/", server + "/international/blinken"
    result = runner.invoke(app, ["ingest", en, fr])
    assert result.exit_code == 0, result.output
    rates = [float(x) for x in re.findall(r"([\d.]+)chunk/s", result.output)]
    assert rates and all(rate < 1000 for rate in rates), result.output  # no absurd first tick
    saved = sorted(p.name for p in corpus.glob("web_*.md"))
    assert saved == sorted([file_name(en), file_name(fr)])
    engine = Engine(settings)
    assert engine.info()["articles"] == 3
    top = engine.search("What did Peskov tell journalists about arms deliveries?", k=1)[0]
    c = top.chunk
    assert c.doc_id == file_name(en) and c.author == "Jane Doe"
    assert c.source_name == "The Pacific Ledger" and c.url and c.url.startswith(server)
    assert (corpus / c.doc_id).read_text(encoding="utf-8")[c.start : c.end] == c.text
    assert top.to_json()["author"] == "Jane Doe"
    before = _chunk_ids(settings)

    # the same address again: the same file, nothing new to embed
    result = runner.invoke(app, ["ingest", en])
    assert result.exit_code == 0, result.output
    assert "0 embedded" in result.output and _chunk_ids(settings) == before
    # a failure leaves corpus and index as they were
    for bad in ("/nope", "/report.pdf", "/menu"):
        result = runner.invoke(app, ["ingest", server + bad])
        assert isinstance(result.exception, FetchError), result.output
    assert _chunk_ids(settings) == before
    assert sorted(p.name for p in corpus.iterdir()) == sorted([*saved, "002_6ad28e2ce761a03c.txt"])
    # re-ingesting the folder keeps the web articles
    result = runner.invoke(app, ["ingest"])
    assert result.exit_code == 0 and "3 articles" in result.output, result.output
    assert _chunk_ids(settings) == before


def test_web_ui_adds_by_address_and_shows_article_metadata(server: str, tmp_path: Path) -> None:
    from rag.types import Chunk, Citation
    from rag.ui import render, upload

    url = server + "/international/blinken"
    saved, problems = upload.save_address(url, tmp_path, allow_private=False)  # a public bind
    assert saved == [] and "private or local network" in problems[0]
    assert list(tmp_path.iterdir()) == []
    saved, problems = upload.save_address(url, tmp_path, allow_private=True)
    assert saved == [file_name(url)] and problems == []
    chunk = Chunk(id="c", doc_id="d.md", title="T", date=None, language="fr", source="/x",
                  start=0, end=5, text="texte", author="Claire <b>Martin</b>",
                  url="javascript:alert(1)", source_name="Le Courrier")
    cite = Citation(n=1, doc_id="d.md", title="T", date=None, start=0, end=5, text="texte",
                    passage=chunk)
    out = render.render_citation(cite)
    assert "by Claire &lt;b&gt;Martin&lt;/b&gt; · Le Courrier · javascript:alert(1)" in out
    assert "<a " not in out and "<b>" not in out  # an address is shown, never linked
