"""Articles by address: fetch a web page, extract its article, save it into the corpus.

``rag ingest URL`` and the web UI's "Add articles" use :func:`add_pages`: every page is
fetched (http/https only, with a timeout, a size limit and a content-type check),
its article extracted by trafilatura (:mod:`rag.ingest.extract`) and saved as
``web_<hash of its canonical address>.md`` in the corpus folder, front matter with
its metadata first. A folder ingest keeps it, and the same address fetched again
updates that file instead of adding another. Nothing is saved unless every page
could be read, so a failure leaves the corpus (and the index) as it was.

From the web UI on a public address, pages on private, loopback or link-local
addresses are refused (server-side request forgery): the address is checked on the
connection itself, after DNS and after every redirect.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import http.client
import ipaddress
import socket
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from rag.errors import CorpusError, FetchError, InputError
from rag.ingest.extract import Article, extract_article, to_markdown, write_atomic

TIMEOUT_S = 15.0  # per connection and read; the whole download gets twice that
MAX_PAGE_BYTES = 5 * 1024 * 1024
MAX_PAGES = 20
USER_AGENT = "Mozilla/5.0 (compatible; rag-news/0.1; article ingest)"
_HTML_TYPES = ("text/html", "application/xhtml+xml")


def is_url(text: str) -> bool:
    """Whether a command-line argument is a web address rather than a path."""
    return "://" in text[:12] or text.lower().startswith(("http:", "https:"))


def check_url(url: str) -> str:
    """The address, normalised (no fragment), or an :class:`InputError` saying why not."""
    url = url.strip()
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https"):
        raise InputError(f"'{url[:100]}' is not a web address: only http:// and https:// "
                         "addresses can be added (save other documents as .txt files)")
    if not parts.hostname:
        raise InputError(f"'{url[:100]}' has no host name: give a full address such as "
                         "https://example.org/article")
    return urlunsplit((parts.scheme.lower(), parts.netloc, parts.path or "/", parts.query, ""))


def _public(ip: str) -> bool:
    addr = ipaddress.ip_address(ip.split("%")[0])
    if isinstance(addr, ipaddress.IPv6Address) and addr.ipv4_mapped is not None:
        addr = addr.ipv4_mapped
    return addr.is_global and not addr.is_multicast


class _RefusedError(OSError):
    """The connection went to an address that is not allowed."""


def _checked(conn: Any) -> None:
    peer = conn.sock.getpeername()[0]
    if not _public(peer):
        conn.sock.close()
        raise _RefusedError(f"{conn.host} is a private or local address ({peer})")


class _PublicHTTP(http.client.HTTPConnection):
    def connect(self) -> None:
        super().connect()
        _checked(self)


class _PublicHTTPS(http.client.HTTPSConnection):
    def connect(self) -> None:
        super().connect()
        _checked(self)


class _PublicHTTPHandler(urllib.request.HTTPHandler):
    def http_open(self, req: urllib.request.Request) -> http.client.HTTPResponse:
        return self.do_open(_PublicHTTP, req)


class _PublicHTTPSHandler(urllib.request.HTTPSHandler):
    def https_open(self, req: urllib.request.Request) -> http.client.HTTPResponse:
        return self.do_open(_PublicHTTPS, req)


class _Redirects(urllib.request.HTTPRedirectHandler):
    max_redirections = 5

    def redirect_request(self, req: urllib.request.Request, fp: Any, code: int, msg: str,
                         headers: Any, newurl: str) -> urllib.request.Request | None:
        check_url(newurl)  # no redirect to file:, ftp: ...
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def _opener(allow_private: bool) -> urllib.request.OpenerDirector:
    if allow_private:
        return urllib.request.build_opener(_Redirects)
    # no proxy: the address checked must be the one connected to
    return urllib.request.build_opener(urllib.request.ProxyHandler({}), _PublicHTTPHandler,
                                       _PublicHTTPSHandler, _Redirects)


@dataclass(frozen=True)
class Page:
    url: str  # the address asked for
    final_url: str  # after redirects
    data: bytes


def _later(url: str) -> str:
    return (f"try again later, or save the page from your browser (as .html) into the corpus "
            f"folder and run 'rag ingest' ({url})")


def fetch(url: str, *, timeout: float = TIMEOUT_S, max_bytes: int = MAX_PAGE_BYTES,
          allow_private: bool = True) -> Page:
    """Download one HTML page. Raises :class:`FetchError` (a message that says what to do)
    for an address that does not resolve, a timeout, an HTTP error, a page that is not
    HTML or that is larger than ``max_bytes``, and, unless ``allow_private``, a page on
    a private or loopback address."""
    url = check_url(url)
    host = urlsplit(url).hostname or ""
    request = urllib.request.Request(url, headers={
        "User-Agent": USER_AGENT, "Accept": "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1"})
    try:
        with _opener(allow_private).open(request, timeout=timeout) as response:
            final = response.geturl()
            kind = response.headers.get_content_type()
            if response.headers.get("Content-Type") and kind not in _HTML_TYPES:
                raise FetchError(f"{url} is not a web page (it is {kind}): only HTML pages can "
                                 "be added; save other documents as .txt files")
            length = response.headers.get("Content-Length")
            if length and length.isdigit() and int(length) > max_bytes:
                raise FetchError(_too_big(url, int(length), max_bytes))
            data = _read(response, url, max_bytes, deadline=time.monotonic() + 2 * timeout)
    except FetchError:
        raise
    except urllib.error.HTTPError as e:
        raise FetchError(_http_error(url, e.code)) from e
    except urllib.error.URLError as e:
        raise FetchError(_network_error(url, host, e.reason)) from e
    except TimeoutError as e:
        raise FetchError(f"{url} did not answer within {timeout:.0f} s: {_later(url)}") from e
    except (OSError, http.client.HTTPException, ValueError) as e:
        raise FetchError(_network_error(url, host, e)) from e
    return Page(url=url, final_url=final, data=data)


def _read(response: Any, url: str, max_bytes: int, *, deadline: float) -> bytes:
    chunks: list[bytes] = []
    size = 0
    while chunk := response.read(64 * 1024):
        size += len(chunk)
        if size > max_bytes:
            raise FetchError(_too_big(url, size, max_bytes, at_least=True))
        if time.monotonic() > deadline:
            raise FetchError(f"{url} is too slow to download: {_later(url)}")
        chunks.append(chunk)
    return b"".join(chunks)


def _size(n: int) -> str:
    return f"{n / 2**20:.1f} MB" if n >= 2**20 else f"{max(1, round(n / 1024))} KB"


def _too_big(url: str, size: int, limit: int, *, at_least: bool = False) -> str:
    more = "over " if at_least else ""
    return (f"{url} is {more}{_size(size)}, over the {_size(limit)} limit for a web page: "
            "save the article's text as a .txt file and add that instead")


def _http_error(url: str, code: int) -> str:
    if code in (404, 410):
        return f"{url} was not found (HTTP {code}): check the address"
    if code in (401, 403, 451):
        return (f"{url} refused access (HTTP {code}): the page may need a login or refuse "
                "robots; save it from your browser (as .html) and add the file")
    if 300 <= code < 400:
        return (f"{url} redirects to an address that cannot be fetched (not http/https, or too "
                "many redirects): open it in a browser and give the final address")
    if code == 429 or code >= 500:
        return f"the server of {url} failed (HTTP {code}): {_later(url)}"
    return f"{url} answered HTTP {code}: check the address"


def _network_error(url: str, host: str, reason: object) -> str:
    if isinstance(reason, _RefusedError):
        return (f"{url} is on a private or local network ({reason}): pages can be added by "
                "address from this server only when they are on the public internet")
    if isinstance(reason, socket.gaierror):
        return (f"the address {host} does not resolve (no such host): check the spelling of "
                f"{url}, and that this computer is online")
    if isinstance(reason, TimeoutError):
        return f"{url} did not answer in time: {_later(url)}"
    if isinstance(reason, ConnectionRefusedError):
        return f"{host} refused the connection: check the address, or {_later(url)}"
    text = " ".join(str(reason).split())[:200]
    return f"cannot fetch {url} ({text}): check the address, or {_later(url)}"


def file_name(canonical: str) -> str:
    """The corpus file of the page at this address: the same address, the same file."""
    digest = hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:16]
    return f"web_{digest}.md"


def page_article(page: Page) -> tuple[Article, str]:
    """The article of a fetched page, and its Markdown (see :mod:`rag.ingest.extract`)."""
    try:
        article = extract_article(page.data, url=page.final_url, where=page.url)
    except CorpusError as e:
        raise FetchError(str(e)) from e
    fetched = dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    text = to_markdown(article, page=page.data, fetched_from=page.url, fetched=fetched)
    return article, text


def add_pages(urls: list[str], corpus_dir: Path, *, allow_private: bool = True,
              timeout: float = TIMEOUT_S, max_bytes: int = MAX_PAGE_BYTES
              ) -> list[tuple[str, Path]]:
    """Fetch every page, then save each article into ``corpus_dir`` (the same address
    again replaces its file). Returns ``(address, file)`` pairs. A page that cannot be
    fetched or read raises :class:`FetchError` before anything is written."""
    if len(urls) > MAX_PAGES:
        raise InputError(f"{len(urls)} addresses: add at most {MAX_PAGES} at a time")
    ready: list[tuple[str, str, str]] = []
    for url in urls:
        page = fetch(url, timeout=timeout, max_bytes=max_bytes, allow_private=allow_private)
        article, text = page_article(page)
        ready.append((url, file_name(article.url or page.final_url), text))
    saved: list[tuple[str, Path]] = []
    try:
        corpus_dir.mkdir(parents=True, exist_ok=True)
        for url, name, text in ready:
            write_atomic(corpus_dir / name, text)
            saved.append((url, corpus_dir / name))
    except OSError as e:
        raise FetchError(f"cannot save the article in {corpus_dir} ({e.strerror or e}): make "
                         "the corpus folder writable, or set RAG_CORPUS_DIR") from e
    return saved
