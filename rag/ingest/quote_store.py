"""Attributions beside the chunks, and the way to ask for them.

Ingest extracts every article's attributions (:mod:`rag.ingest.attributions`) and keeps them
in ``<data_dir>/attributions.sqlite``, keyed by collection, article (``doc_id``) and a
fingerprint: the article's sha256, its title, date and language, the rules' version and
the language's attribution words.
The update is incremental and crash-safe like the chunks: an article whose fingerprint is
unchanged is not read again; a changed article's attributions are replaced in one
transaction; a deleted article's attributions go. An ingest killed at any point leaves
every article either with its old attributions or its new ones, and the next ingest
finishes the job.

:func:`quotes` is the query API: every attribution, or a speaker's (folded names: a
surname, a full name or an institution), with the speakers quoted, closest names first,
so that a caller can say who *is* quoted when nobody by that name is.
"""

from __future__ import annotations

import dataclasses
import difflib
import hashlib
import json
import sqlite3
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from rag import lang
from rag.config import Settings
from rag.errors import IndexNotReadyError, InputError, StorageError
from rag.ingest.attributions import VERSION, Attribution, extract_attributions
from rag.ingest.speakers import fold
from rag.types import Document

FILE_NAME = "attributions.sqlite"
MAX_SPEAKER_CHARS = 100


def fingerprint(doc: Document) -> str:
    """What the stored attributions of ``doc`` were extracted from: the text, its metadata,
    the rules' version and the language's attribution words."""
    text_hash = doc.sha256 or hashlib.sha256(doc.raw_text.encode("utf-8")).hexdigest()
    return json.dumps([_rules(doc.language), text_hash, doc.title, doc.date, doc.language])


def _rules(language: str) -> str:
    """The rules' part of a fingerprint: their version and the language's attribution
    words."""
    attribution = lang.get(language).attribution
    fields = {f.name: getattr(attribution, f.name) for f in dataclasses.fields(attribution)}
    words = json.dumps(
        {k: sorted(v) if isinstance(v, frozenset) else v for k, v in fields.items()},
        sort_keys=True,
        ensure_ascii=False,
    ).encode("utf-8")
    return f"{VERSION}:{hashlib.sha256(words).hexdigest()[:16]}"


class AttributionStore:
    """``<data_dir>/attributions.sqlite``: the attributions of one collection's articles."""

    def __init__(self, path: Path, collection: str) -> None:
        self.path, self.collection = path, collection
        try:
            self.db = sqlite3.connect(path, timeout=30)
            self.db.execute("PRAGMA journal_mode=WAL")
            self.db.execute(
                "CREATE TABLE IF NOT EXISTS articles (collection TEXT, doc_id TEXT, "
                "source TEXT, fingerprint TEXT, PRIMARY KEY (collection, doc_id))"
            )
            self.db.execute(
                "CREATE TABLE IF NOT EXISTS attributions (collection TEXT, doc_id TEXT, "
                "n INTEGER, data TEXT, PRIMARY KEY (collection, doc_id, n))"
            )
            self.db.commit()
        except sqlite3.DatabaseError as e:
            raise StorageError(
                f"cannot use {path} ({e}): make the data directory writable, or delete the file "
                "and run 'rag ingest' again (it only holds extracted attributions)"
            ) from e

    def fingerprints(self) -> dict[str, tuple[str, str]]:
        """``{doc_id: (source, fingerprint)}`` of the stored articles."""
        rows = self.db.execute(
            "SELECT doc_id, source, fingerprint FROM articles WHERE collection = ?",
            [self.collection],
        ).fetchall()
        return {d: (s, f) for d, s, f in rows}

    def replace(self, doc: Document, items: Sequence[Attribution]) -> None:
        with self.db:  # one transaction: the old attributions or the new ones, never a mix
            self.db.execute(
                "DELETE FROM attributions WHERE collection = ? AND doc_id = ?",
                [self.collection, doc.doc_id],
            )
            self.db.executemany(
                "INSERT INTO attributions VALUES (?, ?, ?, ?)",
                [
                    (self.collection, doc.doc_id, n, json.dumps(a.to_json(), ensure_ascii=False))
                    for n, a in enumerate(items)
                ],
            )
            self.db.execute(
                "INSERT OR REPLACE INTO articles VALUES (?, ?, ?, ?)",
                [self.collection, doc.doc_id, doc.source, fingerprint(doc)],
            )

    def delete(self, doc_ids: Sequence[str]) -> None:
        with self.db:
            for doc_id in doc_ids:
                for table in ("attributions", "articles"):
                    self.db.execute(
                        f"DELETE FROM {table} WHERE collection = ? AND doc_id = ?",
                        [self.collection, doc_id],
                    )

    def all(self, doc_id: str | None = None) -> list[Attribution]:
        query = "SELECT data FROM attributions WHERE collection = ?"
        args = [self.collection]
        if doc_id is not None:
            query, args = query + " AND doc_id = ?", [*args, doc_id]
        rows = self.db.execute(query + " ORDER BY doc_id, n", args).fetchall()
        return [Attribution.from_json(json.loads(r[0])) for r in rows]

    def close(self) -> None:
        self.db.close()


def open_store(settings: Settings) -> AttributionStore:
    return AttributionStore(settings.data_dir / FILE_NAME, settings.collection)


def outdated(settings: Settings) -> list[str]:
    """The articles whose stored attributions other rules extracted (an upgrade of the
    rules or of the language's words since the last ingest; the fingerprint's rules part,
    :func:`_rules`): ``rag ingest`` extracts them again. None before the first ingest."""
    if not (settings.data_dir / FILE_NAME).is_file():
        return []
    store = open_store(settings)
    try:
        stored = store.fingerprints()
    finally:
        store.close()
    out = []
    for doc_id, (_, fp) in stored.items():
        try:
            rules, *_, language = json.loads(fp)
            current = rules == _rules(language)
        except (ValueError, TypeError):  # not a list of five
            current = False
        if not current:
            out.append(doc_id)
    return sorted(out)


def update(
    settings: Settings,
    documents: Sequence[Document],
    stale: Callable[[str, str], bool],
    *,
    rebuild: bool = False,
) -> tuple[int, int]:
    """Bring the stored attributions in line with ``documents``: extract those of new and
    changed articles, drop those of stored articles for which ``stale(doc_id, source)``
    (deleted ones). Returns (articles read, attributions they hold)."""
    store = open_store(settings)
    try:
        stored = {} if rebuild else store.fingerprints()
        if rebuild:
            store.delete(list(store.fingerprints()))
        read = found = 0
        for doc in documents:
            if stored.get(doc.doc_id, ("", ""))[1] != fingerprint(doc):
                items = extract_attributions(doc)
                store.replace(doc, items)
                read, found = read + 1, found + len(items)
        loaded = {d.doc_id for d in documents}
        store.delete(
            [d for d, (source, _) in stored.items() if d not in loaded and stale(d, source)]
        )
        return read, found
    except sqlite3.Error as e:
        raise StorageError(
            f"cannot write attributions in {store.path} ({e}): make the data "
            "directory writable, then run 'rag ingest' again"
        ) from e
    finally:
        store.close()


@dataclass(frozen=True)
class Quotes:
    """What :func:`quotes` found: ``items`` (in article order), and ``speakers``: every
    speaker quoted, closest to the name asked for first (else the most quoted first). When
    no speaker answers to the name, ``items`` are those of speakers whose title holds it
    (``matched_on="title"``: "Kremlin" finds the Kremlin's spokesman)."""

    speaker: str | None
    items: list[Attribution]
    speakers: list[str]
    matched_on: str | None = None  # "speaker", or "title" ("Kremlin": its spokesman's words)


def check_speaker(name: str) -> str:
    """A usable speaker name, or an :class:`InputError` that says what to give."""
    clean = " ".join("".join(ch if ch.isprintable() else " " for ch in name).split())
    if not clean:
        raise InputError("the speaker name is empty: give a name, e.g. --speaker Campbell")
    if len(clean) > MAX_SPEAKER_CHARS:
        raise InputError(
            f"the speaker name is {len(clean)} characters long: give a person's or "
            f"an institution's name (at most {MAX_SPEAKER_CHARS} characters)"
        )
    if not any(ch.isalpha() for ch in clean):
        raise InputError(
            f"'{clean}' is not a name (no letters): give a person's or an "
            "institution's name, e.g. --speaker Campbell"
        )
    return clean


def _words(name: str) -> list[str]:
    dets = {d for language in lang.all_languages() for d in language.attribution.determiners}
    words = fold(name).replace("'", "' ").split()
    return [w for w in words if w not in dets and w.rstrip("'") not in dets] or words


def matches(query: str, speaker: str | None) -> bool:
    """Does ``speaker`` answer to ``query``: every word of the query (folded, without
    determiners) is a word of the speaker's name ("Campbell" -> "Kurt Campbell")?"""
    return speaker is not None and set(_words(query)) <= set(_words(speaker))


def quotes(settings: Settings, speaker: str | None = None, *, doc_id: str | None = None) -> Quotes:
    """The stored attributions (of one article with ``doc_id``), all or one speaker's."""
    path = settings.data_dir / FILE_NAME
    if not path.is_file():
        raise IndexNotReadyError(f"no attributions in {settings.data_dir}: run 'rag ingest' first")
    query = check_speaker(speaker) if speaker is not None else None
    store = AttributionStore(path, settings.collection)
    try:
        everything = store.all(doc_id)
    except sqlite3.Error as e:
        raise StorageError(f"cannot read {path} ({e}): run 'rag ingest --rebuild'") from e
    finally:
        store.close()
    counts = Counter(a.speaker for a in everything if a.speaker)
    if query is None:
        return Quotes(None, everything, [s for s, _ in counts.most_common()])
    items = [a for a in everything if matches(query, a.speaker)]
    on = "speaker" if items else None
    if not items:
        items = [a for a in everything if matches(query, a.speaker_title)]
        on = "title" if items else None
    folded = " ".join(_words(query))

    def closeness(name: str) -> tuple[float, int]:
        words = _words(name)
        best = max(
            [difflib.SequenceMatcher(None, folded, " ".join(words)).ratio()]
            + [difflib.SequenceMatcher(None, folded, w).ratio() for w in words]
        )
        return -best, -counts[name]

    return Quotes(query, items, sorted(counts, key=closeness), on)


def attributions(
    settings: Settings, speaker: str | None = None, *, doc_id: str | None = None
) -> list[Attribution]:
    """:func:`quotes`' items: every stored attribution, or those of ``speaker``."""
    return quotes(settings, speaker, doc_id=doc_id).items
