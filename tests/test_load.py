"""Reading articles: the real corpus, sidecar metadata, HTML, and every kind of bad input."""

from __future__ import annotations

import hashlib
import os
import shutil
from pathlib import Path

import pytest

from rag.errors import CorpusError
from rag.ingest.load import load_corpus, load_document

CORPUS = Path(__file__).parent.parent / "corpus"
ARTICLE = (
    "Un titre d’article pour les tests\n\n"
    "Le gouvernement a présenté mardi un projet de loi sur la sécurité des réseaux. "
    "Le texte sera examiné par les députés en octobre, a précisé le ministre.\n"
)


def _write(path: Path, text: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


def test_load_real_corpus() -> None:
    docs = load_corpus([CORPUS])
    names = sorted(p.name for p in CORPUS.glob("*.txt"))
    assert [d.doc_id for d in docs] == names
    for doc in docs:
        data = (CORPUS / doc.doc_id).read_bytes()
        assert doc.raw_text == data.decode("utf-8")
        assert doc.sha256 == hashlib.sha256(data).hexdigest()
        assert doc.blocks
        assert all(doc.raw_text[s:e].strip() == doc.raw_text[s:e] for s, e in doc.blocks)
        assert doc.language == "fr"
        assert Path(doc.source).is_absolute() and Path(doc.source).is_file()
        assert doc.url is None
    by_id = {d.doc_id[:3]: d for d in docs}
    assert by_id["001"].date == "2023-09"
    assert by_id["002"].date == "2023-09-12"
    assert by_id["004"].title.startswith("Séoul et Washington suivent de près")


def test_load_document_alone_and_repeatable() -> None:
    path = next(CORPUS.glob("004_*.txt"))
    doc = load_document(path)
    assert doc.doc_id == path.name
    assert load_document(path) == doc


def test_metadata_sidecar_overrides(tmp_path: Path) -> None:
    src = next(CORPUS.glob("004_*.txt"))
    shutil.copy(src, tmp_path / src.name)
    _write(tmp_path / "other.md", ARTICLE)
    _write(
        tmp_path / "metadata.toml",
        f'["{src.name}"]\ntitle = "Titre corrigé"\ndate = 2024-06-14\n'
        'url = "https://example.org/a"\nlanguage = "FR"\n\n'
        '["other.md"]\ndate = "2024-06"\n\n["missing.txt"]\ntitle = "x"\n',
    )
    errors: list[str] = []
    docs = {d.doc_id: d for d in load_corpus([tmp_path], errors=errors)}
    assert set(docs) == {src.name, "other.md"}
    doc = docs[src.name]
    assert (doc.title, doc.date, doc.url, doc.language) == (
        "Titre corrigé", "2024-06-14", "https://example.org/a", "fr"
    )
    assert docs["other.md"].date == "2024-06"
    assert docs["other.md"].title == "Un titre d’article pour les tests"
    assert len(errors) == 1 and "missing.txt" in errors[0]


@pytest.mark.parametrize(
    ("toml", "needle"),
    [
        ('["a.txt"]\nauteur = "x"\n', "unknown metadata key 'auteur'"),
        ('["a.txt"]\ndate = "12/09/2023"\n', "YYYY-MM-DD"),
        ('["a.txt"]\ntitle = ""\n', "non-empty string"),
        ('title = "x"\n', "should be a table"),
        ('["a.txt"\n', "not valid TOML"),
    ],
)
def test_bad_metadata_sidecar(tmp_path: Path, toml: str, needle: str) -> None:
    _write(tmp_path / "a.txt", ARTICLE)
    _write(tmp_path / "metadata.toml", toml)
    with pytest.raises(CorpusError, match=needle):
        load_corpus([tmp_path])
    errors: list[str] = []
    assert [d.doc_id for d in load_corpus([tmp_path], errors=errors)] == ["a.txt"]
    assert needle in errors[0]


def test_load_document_overrides_are_checked(tmp_path: Path) -> None:
    path = _write(tmp_path / "a.txt", ARTICLE)
    assert load_document(path, overrides={"title": "T", "language": "en"}).title == "T"
    with pytest.raises(CorpusError, match="unknown metadata key"):
        load_document(path, overrides={"titel": "T"})


def test_recursive_walk_hidden_files_and_symlink_loops(tmp_path: Path) -> None:
    _write(tmp_path / "b.txt", ARTICLE)
    _write(tmp_path / "a.md", ARTICLE)
    _write(tmp_path / "sub" / "deep" / "c.txt", ARTICLE)
    _write(tmp_path / ".hidden.txt", ARTICLE)
    _write(tmp_path / ".git" / "d.txt", ARTICLE)
    _write(tmp_path / "notes.pdf", b"%PDF-1.4")
    _write(tmp_path / "README.rst", ARTICLE)
    os.symlink(tmp_path, tmp_path / "sub" / "loop")
    os.symlink(tmp_path / "b.txt", tmp_path / "sub" / "b-link.txt")
    os.symlink(tmp_path / "nowhere", tmp_path / "sub" / "dangling")
    docs = load_corpus([tmp_path])
    assert [d.doc_id for d in docs] == ["a.md", "b.txt", "sub/deep/c.txt"]


def test_a_single_file_path(tmp_path: Path) -> None:
    path = _write(tmp_path / "one.txt", ARTICLE)
    assert [d.doc_id for d in load_corpus([path])] == ["one.txt"]


def test_crlf_and_bom(tmp_path: Path) -> None:
    path = _write(tmp_path / "a.txt", b"\xef\xbb\xbf" + ARTICLE.replace("\n", "\r\n").encode())
    doc = load_document(path)
    assert not doc.raw_text.startswith("\ufeff")
    (block,) = doc.blocks
    assert doc.raw_text[block[0] : block[1]].startswith("Le gouvernement")
    assert doc.raw_text[block[0] : block[1]].endswith("le ministre.")


def test_html_article(tmp_path: Path) -> None:
    html = """<!doctype html><html lang="en-GB"><head><title>Site | Story</title>
    <meta property="article:published_time" content="2023-09-12T10:59:55+09:00">
    <link rel="canonical" href="https://example.org/story">
    <style>p { color: red }</style><script>var x = "Hidden script text.";</script></head>
    <body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
    <article><h1>Seoul and Washington watch a Putin visit</h1>
    <p>Officials in Seoul said on Friday that the visit should not deepen military ties
    between Moscow and Pyongyang.</p><p>&laquo; We do not know &raquo;, he said &amp; left.</p>
    <p>Share this article</p></article><footer>© 2024 Example. All rights reserved.</footer>
    </body></html>"""
    doc = load_document(_write(tmp_path / "story.html", html))
    texts = [doc.raw_text[s:e] for s, e in doc.blocks]
    assert texts == [
        "Officials in Seoul said on Friday that the visit should not deepen military ties "
        "between Moscow and Pyongyang.",
        "« We do not know », he said & left.",
    ]
    assert "Hidden script" not in doc.raw_text and "color: red" not in doc.raw_text
    assert doc.title == "Seoul and Washington watch a Putin visit"
    assert (doc.date, doc.url, doc.language) == ("2023-09-12", "https://example.org/story", "en")
    assert doc.raw_text == (tmp_path / "story.html.md").read_text(encoding="utf-8")


# --- bad input ------------------------------------------------------------------------


def test_missing_folder(tmp_path: Path) -> None:
    with pytest.raises(CorpusError, match=r"does not exist: create it .*RAG_CORPUS_DIR"):
        load_corpus([tmp_path / "nope"])


def test_folder_without_articles(tmp_path: Path) -> None:
    _write(tmp_path / "notes.pdf", b"%PDF")
    _write(tmp_path / ".hidden.txt", ARTICLE)
    with pytest.raises(CorpusError, match="has no articles"):
        load_corpus([tmp_path])


BAD_FILES: list[tuple[str, bytes, str]] = [
    ("empty.txt", b"", "is empty"),
    ("blank.txt", b"  \n\n\t \n", "is empty"),
    ("binary.txt", b"abc\x00\x01\x02def", "NUL bytes"),
    ("utf16.txt", ARTICLE.encode("utf-16"), "NUL bytes"),
    ("latin1.txt", ARTICLE.replace("’", "'").encode("latin-1"), r"not valid UTF-8.*re-save it"),
    ("chrome.txt", b"Go Top\n\nShare this article\n\nLeave a Comment\n", "no article text left"),
]


@pytest.mark.parametrize(("name", "data", "needle"), BAD_FILES)
def test_bad_file_raises(tmp_path: Path, name: str, data: bytes, needle: str) -> None:
    path = _write(tmp_path / name, data)
    with pytest.raises(CorpusError, match=needle):
        load_document(path)
    with pytest.raises(CorpusError, match=needle):
        load_corpus([tmp_path])


def test_bad_files_are_skipped_with_an_errors_list(tmp_path: Path) -> None:
    for name, data, _ in BAD_FILES:
        _write(tmp_path / name, data)
    _write(tmp_path / "good.txt", ARTICLE)
    errors: list[str] = []
    docs = load_corpus([tmp_path], errors=errors)
    assert [d.doc_id for d in docs] == ["good.txt"]
    assert len(errors) == len(BAD_FILES)
    assert all("\n" not in e for e in errors)


def test_too_large(tmp_path: Path) -> None:
    path = _write(tmp_path / "big.txt", ARTICLE * 10)
    with pytest.raises(CorpusError, match=r"over the .* limit"):
        load_document(path, max_bytes=100)
    errors: list[str] = []
    assert load_corpus([tmp_path], max_bytes=100, errors=errors) == []
    assert "limit" in errors[0]


def test_unsupported_or_unreadable_file(tmp_path: Path) -> None:
    with pytest.raises(CorpusError, match="not an article file"):
        load_document(_write(tmp_path / "a.pdf", b"%PDF"))
    os.symlink(tmp_path / "self.txt", tmp_path / "self.txt")  # a link to itself
    for load in (load_document, lambda p: load_corpus([p])):
        with pytest.raises(CorpusError, match=r"self\.txt is a broken or looping symbolic link"):
            load(tmp_path / "self.txt")
    with pytest.raises(CorpusError, match=r"article .*gone\.txt does not exist"):
        load_corpus([tmp_path / "gone.txt"])


def test_duplicate_ids_across_roots(tmp_path: Path) -> None:
    _write(tmp_path / "one" / "a.txt", ARTICLE)
    _write(tmp_path / "two" / "a.txt", ARTICLE + "Une autre phrase ici.\n")
    with pytest.raises(CorpusError, match=r"would both be article 'a\.txt'"):
        load_corpus([tmp_path / "one", tmp_path / "two"])


# --- web pages, bylines, datelines, outlets ---------------------------------------------

PAGES = Path(__file__).parent / "pages"


def test_web_page_is_read_through_its_markdown_next_to_it(tmp_path: Path) -> None:
    page = tmp_path / "sub" / "story.html"
    page.parent.mkdir()
    shutil.copy(PAGES / "wordpress_en.html", page)
    md = tmp_path / "sub" / "story.html.md"
    doc = load_document(page)
    assert md.is_file() and doc.source == str(md.absolute()) and doc.doc_id == "story.html.md"
    assert doc.raw_text == md.read_text(encoding="utf-8")  # every offset points into md
    assert (doc.title, doc.author, doc.date, doc.source_name, doc.language) == (
        "Seoul and Washington warn Moscow over arms deal", "Jane Doe", "2023-09-15",
        "The Pacific Ledger", "en")
    assert doc.byline is not None and doc.raw_text[doc.byline.start : doc.byline.end] == (
        'author: "Jane Doe"')
    made = md.stat().st_mtime_ns
    assert load_document(page) == doc and md.stat().st_mtime_ns == made  # converted once
    assert [d.doc_id for d in load_corpus([tmp_path])] == ["sub/story.html.md"]  # not twice
    page.write_text(page.read_text(encoding="utf-8").replace("Dmitry", "Dmitri"), "utf-8")
    assert "Dmitri Peskov" in load_document(page).raw_text  # the page changed: converted again
    page.unlink()  # the saved article stands on its own
    assert [d.author for d in load_corpus([tmp_path])] == ["Jane Doe"]


def test_a_markdown_file_not_made_from_the_page_is_never_overwritten(tmp_path: Path) -> None:
    shutil.copy(PAGES / "journal_fr.html", tmp_path / "a.html")
    mine = _write(tmp_path / "a.html.md", ARTICLE)
    errors: list[str] = []
    assert load_corpus([tmp_path], errors=errors) == []
    assert "a.html.md exists but was not made from a.html" in errors[0]
    assert mine.read_text(encoding="utf-8") == ARTICLE


def test_a_page_without_article_text(tmp_path: Path) -> None:
    page = _write(tmp_path / "menu.html", "<html><body><nav><a href='/'>Accueil</a></nav></body>"
                                          "</html>")
    with pytest.raises(CorpusError, match=r"no article text .*\.txt file"):
        load_document(page)
    assert not (tmp_path / "menu.html.md").exists()


def test_corpus_bylines_and_datelines_are_metadata() -> None:
    docs = {d.doc_id[:3]: d for d in load_corpus([CORPUS])}
    expected = {
        "000": (None, None, None),
        "001": (None, "2023-09", "date 2023-09"),
        "002": (None, "2023-09-12", "Write: 2023-09-12 10:59:55"),
        "003": ("Célio Fioretti", None, None),
        "004": ("Chia", None, None),
    }
    for prefix, (author, date, dateline) in expected.items():
        doc = docs[prefix]
        assert (doc.author, doc.date) == (author, date)
        assert (doc.dateline.text if doc.dateline else None) == dateline
        for span in (doc.byline, doc.dateline, doc.source_line):
            if span is not None:
                assert doc.raw_text[span.start : span.end] == span.text
                assert all(e <= span.start or s >= span.end for s, e in doc.blocks)
    assert docs["003"].byline is not None
    assert docs["003"].byline.text == "Avec notre correspondant à Séoul, Célio Fioretti"
    assert docs["004"].byline is not None and docs["004"].byline.text == "by Chia"


def test_sidecar_author_and_outlet(tmp_path: Path) -> None:
    text = "Un titre d’article pour les tests\n\nPar Jean Dupont\n\n" + ARTICLE.split("\n\n", 1)[1]
    _write(tmp_path / "same.txt", text)
    _write(tmp_path / "other.txt", text)
    _write(tmp_path / "metadata.toml", '["same.txt"]\nauthor = "Jean Dupont"\nsource_name = '
                                       '"Le Soir"\n\n["other.txt"]\nauthor = "Marie Curie"\n')
    docs = {d.doc_id: d for d in load_corpus([tmp_path])}
    same, other = docs["same.txt"], docs["other.txt"]
    assert (same.author, same.source_name) == ("Jean Dupont", "Le Soir")
    assert same.byline is not None and same.byline.text == "Par Jean Dupont"  # it agrees
    assert same.source_line is None and same.meta_source == str(tmp_path / "metadata.toml")
    assert other.author == "Marie Curie" and other.byline is None  # the text says otherwise
