"""Adding articles from the browser: uploaded files and web addresses into the corpus folder.

Owns the checks on an upload (plain file name, .txt/.md, size, UTF-8 text), the
atomic copy into the corpus folder, fetching an article by its address (through
:mod:`rag.ingest.fetch`), and the rule for when the browser may add articles at all: on a
loopback bind, or with a login (``RAG_AUTH``). On a public bind, pages on private or
loopback addresses are refused (request forgery). Nothing here imports Gradio.
"""

from __future__ import annotations

import ipaddress
import os
import re
import tempfile
import unicodedata
from collections.abc import Sequence
from pathlib import Path

from rag.config import Settings
from rag.errors import InputError, RagError
from rag.ui.render import friendly_error

UPLOAD_SUFFIXES = (".txt", ".md")
MAX_UPLOAD_BYTES = 2_000_000
MAX_UPLOAD_FILES = 20
_SAFE_NAME = re.compile(r"[\w][\w .()-]{0,118}")


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


# -- web addresses ---------------------------------------------------------------------
def save_address(address: str, corpus_dir: Path, *, allow_private: bool
                 ) -> tuple[list[str], list[str]]:
    """Fetch the article at a web address into ``corpus_dir`` (see :mod:`rag.ingest.fetch`):
    (saved file names, one-line problems). ``allow_private`` is False on a public bind:
    pages on private or loopback addresses are refused (request forgery)."""
    from rag.ingest.fetch import add_pages

    try:
        return [path.name for _, path in add_pages([address], corpus_dir,
                                                   allow_private=allow_private)], []
    except RagError as e:
        return [], [friendly_error(e)]


# -- who may add -----------------------------------------------------------------------
def is_loopback(host: str) -> bool:
    """Whether the server binds to this machine only (``localhost``, 127.0.0.0/8, ``::1``)."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def uploads_allowed(settings: Settings) -> bool:
    """The browser may add articles on a loopback bind, or anywhere behind a login."""
    return is_loopback(settings.host) or bool(settings.auth)
