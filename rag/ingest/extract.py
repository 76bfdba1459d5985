"""Web pages to articles: trafilatura finds the main text and the page's metadata.

A page becomes a UTF-8 Markdown file that :mod:`rag.ingest.load` reads like any article:
front matter with the metadata (title, author, date, source_name, url, language and
where the page came from), then the title as a heading and the article's paragraphs,
separated by blank lines. Every citation of a web article is an exact span of that
file, so it can be checked by opening it; the page itself is never needed again.

The date is the one the page's metadata gives (trafilatura); else the one its text
states (a dateline, kept in the text and cited from there); else htmldate's guess from
the whole page.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urljoin, urlsplit

from rag.errors import CorpusError
from rag.types import ArticleMeta

PAGE_SUFFIXES = (".html", ".htm")
MARKDOWN_SUFFIX = ".md"  # page.html -> page.html.md, next to it
_LANG = re.compile(rb"<html\b[^>]*?\blang\s*=\s*[\"']?([A-Za-z]{2,3})\b", re.IGNORECASE)


@dataclass(frozen=True)
class Article(ArticleMeta):
    """The article of a web page: its paragraphs and what the page says about it."""

    text: str  # paragraphs, one per line
    title: str | None = None
    date: str | None = None
    language: str | None = None
    host: str | None = None  # the site's host name: the outlet when nothing names it


def _clean(value: object) -> str | None:
    text = " ".join(str(value).split()) if value else ""
    return text or None


def _same_site(a: str, b: str) -> bool:
    ha, hb = urlsplit(a).hostname or "", urlsplit(b).hostname or ""
    return ha.removeprefix("www.") == hb.removeprefix("www.") != ""


def canonical_url(data: bytes, base: str | None) -> str | None:
    """The page's canonical address (``<link rel=canonical>``, ``og:url``) made absolute,
    when it is http(s) and on the same site as ``base``; else ``base`` (without fragment)."""
    import lxml.html

    found: list[str] = []
    try:
        tree = lxml.html.document_fromstring(data)
        found = [*tree.xpath("//link[translate(@rel, 'CANONICAL', 'canonical')='canonical']/@href"),
                 *tree.xpath("//meta[@property='og:url']/@content")]
    except Exception:  # an empty or broken page: no canonical address
        found = []
    for href in found:
        url = urljoin(base or "", str(href).strip()).split("#")[0]
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            continue
        if base is None or (_same_site(url, base) and (parts.path.strip("/")
                                                        or not urlsplit(base).path.strip("/"))):
            return url  # a site's home page as everyone's canonical is a CMS mistake
    return base.split("#")[0] if base else None


def extract_article(data: bytes, *, url: str | None = None, where: str) -> Article:
    """The article in an HTML page (bytes, any encoding). Raises :class:`CorpusError`
    when the page holds no article text. ``where`` names the page in messages."""
    import trafilatura

    try:
        doc = trafilatura.bare_extraction(
            data, url=url, with_metadata=True, include_comments=False, include_tables=True,
            include_images=False, include_links=False, include_formatting=False,
            favor_precision=True, as_dict=True,
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except Exception as e:  # lxml/trafilatura failures on odd markup
        raise CorpusError(f"{where} cannot be read as a web page ({type(e).__name__}): save "
                          "the article's text as a .txt file instead") from e
    doc = doc if isinstance(doc, dict) else {}
    text = str(doc.get("text") or "")
    paragraphs = [" ".join(line.split()) for line in text.splitlines()]
    paragraphs = [p for p in paragraphs if p]
    if sum(len(p.split()) for p in paragraphs) < 10:
        raise CorpusError(
            f"{where} has no article text that could be found (only navigation, links or "
            "scripts?): check that the page shows the article without a login or JavaScript, "
            "or save the article's text as a .txt file"
        )
    lang = _LANG.search(data[:20_000])
    canonical = canonical_url(data, url)
    host = (urlsplit(canonical).hostname or "").removeprefix("www.") if canonical else ""
    site = _clean(doc.get("sitename"))
    if site and host and site.lower().split(":")[0].removeprefix("www.") == host:
        site = None  # trafilatura's fallback: the host name, not the outlet's name
    return Article(
        text="\n".join(paragraphs),
        title=_clean(doc.get("title")),
        author=_clean(doc.get("author")),
        date=_clean(doc.get("date")),
        source_name=site,
        url=canonical,
        language=lang.group(1).decode("ascii").lower() if lang else None,
        host=host or None,
    )


def guess_date(data: bytes, url: str | None) -> str | None:
    """htmldate's best guess at the page's publication date, from everything on it."""
    import htmldate

    try:
        found = htmldate.find_date(data, url=url, extensive_search=True, original_date=True)
    except Exception:  # htmldate is a last resort: a failure means no date
        return None
    return found if isinstance(found, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", found) else None


def to_markdown(article: Article, *, page: bytes | None = None, **provenance: str) -> str:
    """The article as a Markdown file with front matter (see the module docstring). With
    ``page``, a date the page's metadata lacks is taken from its text or from htmldate."""
    from rag.ingest.meta import extract_meta

    lines = article.text.splitlines()
    if lines and article.title and " ".join(lines[0].split()) == article.title:
        lines = lines[1:]  # the title, repeated by the page: it is the heading below
    body = "\n\n".join(lines) + "\n"
    stated = extract_meta(body)
    date = article.date
    if date is None and page is not None and stated.date is None:
        date = guess_date(page, article.url)
    source = article.source_name or (article.host if stated.source_name is None else None)
    fields = {"title": article.title, "author": article.author, "date": date,
              "source_name": source, "url": article.url,
              "language": article.language, **provenance}
    head = ["---"]
    for key, value in fields.items():
        if value:
            plain = key in ("date", "language") and re.fullmatch(r"[\w-]+", value)
            head.append(f"{key}: {value if plain else json.dumps(value, ensure_ascii=False)}")
    head.append("---")
    title = f"# {article.title}\n\n" if article.title else ""
    return "\n".join(head) + "\n\n" + title + body


def write_atomic(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` (UTF-8) so that readers see the old or the new file."""
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".part")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as out:
            out.write(text)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def markdown_path(page: Path) -> Path:
    return page.with_name(page.name + MARKDOWN_SUFFIX)


def convert_page(page: Path, data: bytes) -> Path:
    """The Markdown of the HTML file ``page`` (its bytes ``data``), next to it as
    ``<name>.html.md``: written once, and again whenever the page changes."""
    target = markdown_path(page)
    digest = hashlib.sha256(data).hexdigest()
    marker = f"converted_from: {json.dumps(page.name, ensure_ascii=False)}"
    if target.is_file():
        try:
            head = target.read_text(encoding="utf-8")[:4000]
        except (OSError, UnicodeDecodeError) as e:
            raise CorpusError(f"cannot read {target} ({e}): remove it to convert {page.name} "
                              "again") from e
        if marker not in head:
            raise CorpusError(f"{target.name} exists but was not made from {page.name}: rename "
                              "one of them (the text of a page is saved as <page>.html.md)")
        if f'page_sha256: "{digest}"' in head:
            return target
    article = extract_article(data, where=str(page))
    text = to_markdown(article, page=data, converted_from=page.name, page_sha256=digest,
                       converted=dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ"))
    try:
        write_atomic(target, text)
    except OSError as e:
        raise CorpusError(
            f"cannot save the text of {page.name} as {target} ({e.strerror or e}): make the "
            "folder writable (the article text of a web page is kept next to it)"
        ) from e
    return target
