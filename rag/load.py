"""Reading articles from disk into :class:`~rag.types.Document` objects.

A corpus is one or more folders (searched recursively) or files. Articles are
UTF-8 ``.txt``, ``.md`` or ``.html``/``.htm`` files; hidden files and folders are
skipped and symlink loops are not followed. An optional ``metadata.toml`` in a
folder overrides or adds ``title``, ``date``, ``url`` and ``language`` per file::

    ["004_76f0c63795f84a67.txt"]
    title = "Séoul et Washington suivent de près une rencontre entre Poutine et Kim"
    date = 2024-06-14
    url = "https://example.org/article"
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import re
import tomllib
from collections.abc import Mapping, Sequence
from html.parser import HTMLParser
from pathlib import Path

from rag.clean import content_blocks, detect_language, extract_date, extract_title
from rag.errors import CorpusError
from rag.types import Document

ARTICLE_SUFFIXES = (".txt", ".md", ".html", ".htm")
DEFAULT_MAX_BYTES = 20 * 1024 * 1024
_FIELDS = ("title", "date", "url", "language")
_ISO_DATE = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?")


def _check_overrides(values: Mapping[str, object], where: str) -> dict[str, str]:
    """Validated metadata: only title/date/url/language, as non-empty strings."""
    out: dict[str, str] = {}
    for key, value in values.items():
        if key not in _FIELDS:
            raise CorpusError(
                f"{where}: unknown metadata key '{key}': use only title, date, url and language"
            )
        if isinstance(value, dt.date):  # TOML dates and datetimes
            value = value.isoformat()[:10]
        if not isinstance(value, str) or not value.strip():
            raise CorpusError(f"{where}: '{key}' must be a non-empty string, not {value!r}")
        value = value.strip()
        if key == "date" and not _ISO_DATE.fullmatch(value):
            raise CorpusError(
                f"{where}: date {value!r} is not ISO: write it as YYYY-MM-DD or YYYY-MM"
            )
        if key == "language":
            value = value.lower()
            if not re.fullmatch(r"[a-z]{2,3}", value):
                raise CorpusError(f"{where}: language {value!r} should be a code like 'fr' or 'en'")
        out[key] = value
    return out


def _valid_only(values: Mapping[str, str]) -> dict[str, str]:
    """The page metadata that passes the checks; odd values in a web page are ignored."""
    out: dict[str, str] = {}
    for key, value in values.items():
        try:
            out.update(_check_overrides({key: value}, "page"))
        except CorpusError:
            continue
    return out


class _TextExtractor(HTMLParser):
    """Visible text of an HTML page, one paragraph per block element, plus page metadata."""

    _SKIP = frozenset({"script", "style", "noscript", "template", "svg", "nav", "footer",
                       "aside", "form", "iframe", "button", "select", "head"})
    _BLOCK = frozenset({"p", "div", "section", "article", "main", "header", "li", "ul", "ol",
                        "blockquote", "pre", "table", "tr", "td", "th", "figure", "figcaption",
                        "dd", "dt", "dl", "hr", "h1", "h2", "h3", "h4", "h5", "h6"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.meta: dict[str, str] = {}
        self._skip: list[str] = []
        self._in_title = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: (v or "").strip() for k, v in attrs}
        if tag == "html" and a.get("lang"):
            self.meta.setdefault("language", a["lang"].split("-")[0].lower())
        elif tag == "meta" and a.get("content"):
            name = (a.get("property") or a.get("name") or "").lower()
            if name in {"og:title", "twitter:title"}:
                self.meta.setdefault("title", a["content"])
            elif name in {"article:published_time", "date", "pubdate", "dc.date"}:
                if m := _ISO_DATE.match(a["content"]):
                    self.meta.setdefault("date", m.group())
            elif name == "og:url":
                self.meta.setdefault("url", a["content"])
        elif tag == "link" and a.get("rel", "").lower() == "canonical" and a.get("href"):
            self.meta.setdefault("url", a["href"])
        elif tag == "title":
            self._in_title = True
        elif tag == "body":
            self._skip.clear()  # an unclosed <head>
        if tag in self._SKIP:
            self._skip.append(tag)
        elif self._skip:
            return
        elif tag == "br":
            self.parts.append("\n")
        elif tag in self._BLOCK:
            self.parts.append("\n\n")
            if tag[0] == "h" and tag[1:].isdigit():
                self.parts.append("#" * int(tag[1]) + " ")

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False
        if self._skip and self._skip[-1] == tag:
            self._skip.pop()
        elif not self._skip and tag in self._BLOCK:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if self._in_title and data.strip():
            self.meta.setdefault("html_title", " ".join(data.split()))
        if not self._skip:
            self.parts.append(re.sub(r"[ \t\r\n\f]+", " ", data))

    def text(self) -> str:
        text = "".join(self.parts)
        text = "\n".join(line.strip(" ") for line in text.split("\n"))
        return re.sub(r"\n{3,}", "\n\n", text).strip() + "\n"


def _html_text(html: str) -> tuple[str, dict[str, str]]:
    parser = _TextExtractor()
    parser.feed(html)
    parser.close()
    return parser.text(), dict(parser.meta)


def _missing(path: Path) -> str:
    if path.is_symlink():
        return f"{path} is a broken or looping symbolic link: point it at an article or remove it"
    if path.exists():
        return f"{path} is not a regular file: give an article file or a corpus folder"
    if path.suffix.lower() in ARTICLE_SUFFIXES:
        return f"article {path} does not exist: check the path"
    return (
        f"corpus folder {path} does not exist: create it and put .txt/.md articles in it, "
        "or set RAG_CORPUS_DIR"
    )


def _read(path: Path, max_bytes: int) -> bytes:
    try:
        if not path.is_file():
            raise CorpusError(_missing(path))
        size = path.stat().st_size
        if size > max_bytes:
            raise CorpusError(
                f"{path} is {size / 2**20:.1f} MB, over the {max_bytes / 2**20:.0f} MB limit for "
                "one article: split it into one file per article, or remove it from the corpus"
            )
        return path.read_bytes()
    except OSError as e:
        raise CorpusError(
            f"cannot read {path} ({e.strerror or e}): check that it exists and is readable"
        ) from e


def load_document(
    path: Path,
    *,
    overrides: Mapping[str, object] | None = None,
    doc_id: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Document:
    """Read one article. ``doc_id`` defaults to the file name.

    ``raw_text`` is the file decoded as UTF-8 (a byte-order mark is dropped); for
    HTML it is the page's visible text, and all offsets refer to that text.
    Raises :class:`CorpusError` for a missing, empty, binary, non-UTF-8 or oversized
    file, or one with no article text left after removing boilerplate.
    """
    path = Path(path)
    meta = _check_overrides(overrides or {}, f"metadata for {path.name}")
    if path.suffix.lower() not in ARTICLE_SUFFIXES:
        raise CorpusError(
            f"{path} is not an article file: use UTF-8 text as .txt, .md or .html "
            "(convert PDFs and word-processor files to text first)"
        )
    data = _read(path, max_bytes)
    if b"\x00" in data:
        raise CorpusError(
            f"{path} looks binary (it contains NUL bytes): only UTF-8 text can be ingested; "
            "if it is UTF-16 text, re-save it as UTF-8, otherwise remove it from the corpus"
        )
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise CorpusError(
            f"{path} is not valid UTF-8 (byte 0x{data[e.start]:02x} at offset {e.start}): "
            "re-save it as UTF-8 (it is probably Latin-1 or Windows-1252)"
        ) from e
    if not text.strip():
        raise CorpusError(f"{path} is empty: put the article text in it, or remove it")
    page: dict[str, str] = {}
    page_title = ""
    if path.suffix.lower() in {".html", ".htm"}:
        text, page = _html_text(text)
        page_title = page.pop("html_title", "")  # <title> often carries the site name too
        page = _valid_only(page)
    blocks = tuple(content_blocks(text))
    if not blocks:
        raise CorpusError(
            f"{path}: no article text left after removing boilerplate: check that it holds the "
            "article's paragraphs (not only navigation or headlines), or remove it"
        )
    values = {**page, **meta}
    content = "\n".join(text[s:e] for s, e in blocks)
    return Document(
        doc_id=doc_id or path.name,
        source=str(path.absolute()),
        raw_text=text,
        blocks=blocks,
        title=values.get("title") or extract_title(text, blocks) or page_title or path.stem,
        date=values.get("date") or extract_date(text),
        language=values.get("language") or detect_language(content),
        url=values.get("url"),
        sha256=hashlib.sha256(data).hexdigest(),
    )


def _metadata(folder: Path, metadata_file: str) -> dict[str, dict[str, str]]:
    """The sidecar metadata of ``folder``: ``{file name: {field: value}}``."""
    path = folder / metadata_file
    if not path.is_file():
        return {}
    try:
        with path.open("rb") as f:
            tables = tomllib.load(f)
    except (OSError, UnicodeDecodeError) as e:
        raise CorpusError(f"cannot read {path} ({e}): make it a readable UTF-8 TOML file") from e
    except tomllib.TOMLDecodeError as e:
        raise CorpusError(f"{path} is not valid TOML ({e}): fix it or remove it") from e
    out = {}
    for name, table in tables.items():
        if not isinstance(table, dict):
            raise CorpusError(
                f"{path}: '{name}' should be a table of an article, e.g. "
                '["article.txt"] then title = "..." on the next line'
            )
        out[name] = _check_overrides(table, f"{path} [{name}]")
    return out


def _walk(root: Path) -> list[Path]:
    """Article files under ``root``, recursively, sorted by relative path; no hidden files."""
    found: list[Path] = []
    seen: set[tuple[int, int]] = set()
    for folder, dirs, files in os.walk(root, followlinks=True):
        try:
            st = os.stat(folder)
        except OSError:
            dirs[:] = []
            continue
        if (st.st_dev, st.st_ino) in seen:  # a symlink loop or a second link to a folder
            dirs[:] = []
            continue
        seen.add((st.st_dev, st.st_ino))
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        found.extend(
            Path(folder) / f
            for f in files
            if not f.startswith(".") and f.lower().endswith(ARTICLE_SUFFIXES)
        )
    return sorted(found, key=lambda p: p.relative_to(root).as_posix())


def load_corpus(
    paths: Sequence[Path],
    *,
    metadata_file: str = "metadata.toml",
    errors: list[str] | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> list[Document]:
    """Read every article under ``paths`` (folders, searched recursively, or files).

    ``doc_id`` is the path relative to its folder (the file name for top-level files).
    A missing folder, or one without any article file, raises :class:`CorpusError`.
    For a bad file (empty, binary, not UTF-8, too large, no article text): when
    ``errors`` is None the first one raises; when it is a list, the file is skipped
    and its message appended, and the rest of the corpus still loads.
    """
    if isinstance(paths, str | Path):
        paths = [Path(paths)]
    docs: list[Document] = []
    ids: dict[str, Path] = {}
    real_seen: set[str] = set()

    def problem(message: str) -> None:
        if errors is None:
            raise CorpusError(message)
        errors.append(message)

    for root in map(Path, paths):
        if not root.exists():
            raise CorpusError(_missing(root))
        if root.is_dir():
            files, base = _walk(root), root
            if not files:
                raise CorpusError(
                    f"corpus folder {root} has no articles: put UTF-8 .txt, .md or .html files "
                    "in it (hidden files are skipped), or set RAG_CORPUS_DIR to the right folder"
                )
        else:
            files, base = [root], root.parent
        sidecars: dict[Path, dict[str, dict[str, str]]] = {}
        for path in files:
            folder = path.parent
            if folder not in sidecars:
                try:
                    sidecars[folder] = _metadata(folder, metadata_file)
                except CorpusError as e:
                    problem(str(e))
                    sidecars[folder] = {}
            real = os.path.realpath(path)
            if real in real_seen:
                continue  # the same file reached twice (symlink, repeated path)
            real_seen.add(real)
            doc_id = path.relative_to(base).as_posix()
            try:
                doc = load_document(
                    path,
                    overrides=sidecars[folder].get(path.name),
                    doc_id=doc_id,
                    max_bytes=max_bytes,
                )
            except CorpusError as e:
                problem(str(e))
                continue
            if doc_id in ids:
                problem(
                    f"{path} and {ids[doc_id]} would both be article '{doc_id}': rename one, "
                    "or ingest the folders separately"
                )
                continue
            ids[doc_id] = path
            docs.append(doc)
        if errors is not None:
            for folder, table in sidecars.items():
                errors.extend(
                    f"{folder / metadata_file} has an entry for '{name}' but there is no such "
                    "article: fix the file name"
                    for name in table
                    if not (folder / name).is_file()
                )
    return docs
