"""Reading articles from disk into :class:`~rag.types.Document` objects.

A corpus is one or more folders (searched recursively) or files. Articles are
UTF-8 ``.txt`` or ``.md`` files, or web pages (``.html``/``.htm``); hidden files and
folders are skipped and symlink loops are not followed. A web page is read with
trafilatura and its article saved next to it as ``<page>.html.md`` (see
:mod:`rag.ingest.extract`): that file is the document, so every offset points into a file
the user can open. An optional ``metadata.toml`` in a folder overrides or adds
``title``, ``date``, ``url``, ``language``, ``author`` and ``source_name`` per file::

    ["004_76f0c63795f84a67.txt"]
    title = "Séoul et Washington suivent de près une rencontre entre Poutine et Kim"
    date = 2024-06-14
    url = "https://example.org/article"
    author = "Chia"
    source_name = "Example News"

Author, date and outlet stated in the text (a byline, a dateline, a copyright line, or
front matter) are read by :mod:`rag.ingest.meta`, with the spans that state them.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import re
import tomllib
from collections.abc import Mapping, Sequence
from pathlib import Path

from rag.errors import CorpusError
from rag.ingest.clean import content_blocks, detect_language
from rag.ingest.extract import MARKDOWN_SUFFIX, PAGE_SUFFIXES, convert_page, markdown_path
from rag.ingest.meta import extract_meta, extract_title
from rag.types import Document

ARTICLE_SUFFIXES = (".txt", ".md", *PAGE_SUFFIXES)
DEFAULT_MAX_BYTES = 20 * 1024 * 1024
_FIELDS = ("title", "date", "url", "language", "author", "source_name")
_META_FIELDS = ("author", "date", "source_name")  # cited from the text, or from the sidecar
_ISO_DATE = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?")


def _check_overrides(values: Mapping[str, object], where: str) -> dict[str, str]:
    """Validated metadata: only title/date/url/language, as non-empty strings."""
    out: dict[str, str] = {}
    for key, value in values.items():
        if key not in _FIELDS:
            raise CorpusError(
                f"{where}: unknown metadata key '{key}': use only title, date, url, language, "
                "author and source_name"
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


def _valid_only(values: Mapping[str, str | None]) -> dict[str, str]:
    """The metadata a text states that passes the checks; odd values are ignored."""
    out: dict[str, str] = {}
    for key, value in values.items():
        if key == "language" and value:
            value = value.split("-")[0].split("_")[0]  # "en-US" -> "en"
        try:
            out.update(_check_overrides({key: value} if value else {}, "text"))
        except CorpusError:
            continue
    return out


def _text(path: Path, data: bytes) -> str:
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
    return text


def load_document(
    path: Path,
    *,
    overrides: Mapping[str, object] | None = None,
    doc_id: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    meta_source: str | None = None,
) -> Document:
    """Read one article. ``doc_id`` defaults to the file name.

    ``raw_text`` is the file decoded as UTF-8 (a byte-order mark is dropped). A web
    page is converted to ``<page>.html.md`` next to it (again when it changed), and
    that file is the document (its ``doc_id`` gets the ``.md`` suffix too).
    ``overrides`` (from the sidecar file ``meta_source``) win over what the text states.
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
    if path.suffix.lower() in PAGE_SUFFIXES:
        if not data.strip():
            raise CorpusError(f"{path} is empty: save the web page again, or remove it")
        if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
            raise CorpusError(f"{path} looks binary (it contains NUL bytes): save the web "
                              "page again as HTML, or remove it")
        return load_document(
            convert_page(path, data), overrides=meta, max_bytes=max_bytes,
            doc_id=doc_id + MARKDOWN_SUFFIX if doc_id else None, meta_source=meta_source,
        )
    text = _text(path, data)
    blocks = tuple(content_blocks(text))
    if not blocks:
        raise CorpusError(
            f"{path}: no article text left after removing boilerplate: check that it holds the "
            "article's paragraphs (not only navigation or headlines), or remove it"
        )
    stated = extract_meta(text)
    found = _valid_only({"title": stated.title, "date": stated.date, "url": stated.url,
                         "language": stated.language, "author": stated.author,
                         "source_name": stated.source_name})
    values = {**found, **meta}
    spans = {"author": stated.byline, "date": stated.dateline, "source_name": stated.source_line}
    for key in _META_FIELDS:  # a span that says something else than the sidecar is not cited
        if key in meta and meta[key] != found.get(key):
            spans[key] = None
    content = "\n".join(text[s:e] for s, e in blocks)
    return Document(
        doc_id=doc_id or path.name,
        source=str(path.absolute()),
        raw_text=text,
        blocks=blocks,
        title=values.get("title") or extract_title(text, blocks) or path.stem,
        date=values.get("date"),
        language=values.get("language") or detect_language(content),
        url=values.get("url"),
        sha256=hashlib.sha256(data).hexdigest(),
        author=values.get("author"),
        source_name=values.get("source_name"),
        byline=spans["author"] if "author" in values else None,
        dateline=spans["date"] if "date" in values else None,
        source_line=spans["source_name"] if "source_name" in values else None,
        meta_source=meta_source if any(k in meta for k in _META_FIELDS) else None,
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
        made = {markdown_path(p) for p in files if p.suffix.lower() in PAGE_SUFFIXES}
        for path in files:
            if path in made:
                continue  # the text of a web page in the same folder: read with the page
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
            overrides = {**sidecars[folder].get(path.name, {}),
                         **sidecars[folder].get(path.name + MARKDOWN_SUFFIX, {})}
            try:
                doc = load_document(
                    path,
                    overrides=overrides,
                    doc_id=doc_id,
                    max_bytes=max_bytes,
                    meta_source=str(folder / metadata_file) if overrides else None,
                )
            except CorpusError as e:
                problem(str(e))
                continue
            doc_id = doc.doc_id
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
