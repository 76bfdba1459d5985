"""Questions about an article as a whole: who wrote it, when it came out, which outlet.

"Who wrote the report on …?", "Quand l'article sur … a-t-il été publié ?", "Which
outlet published …?", "¿Quién escribió el artículo sobre …?" are not answered from
the story's sentences but from the article's metadata (its byline, dateline and
outlet, read at ingest: :mod:`rag.ingest.meta`), in the question's language.

A question is about an article when it names one ("article", "report", "outlet"…)
and asks for its author ("who wrote"), its outlet ("which outlet") or its date (a
publication word, "published", together with "when"); the phrases are in
:mod:`rag.lang`. The article is the retrieved one whose title shares the most words
with the question, else the one the best retrieved passage comes from.

The answer cites the span of the article's text that states the value ("Par Jean
Dupont", "Write: 2023-09-12 10:59:55", a front-matter line of a saved web page), so
``raw_text[start:end] == text``; a value given only by a sidecar ``metadata.toml`` is
cited as that file, with ``start == end == 0``. An article that does not state the
value gets an answer saying so, without a citation.
"""

from __future__ import annotations

import dataclasses
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from rag import lang
from rag.ingest.dates import ANY_DATE, iso
from rag.read.reader import Reading
from rag.types import Answer, Chunk, Citation, SearchResult, ShortAnswer, Span

BACKEND = "metadata"


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold().replace("’", "'"))
    folded = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(re.sub(r"[^\w']+", " ", folded).split())


def _has(folded: str, phrases: Iterable[str]) -> bool:
    return any(re.search(rf"(?<!\w){re.escape(_fold(p))}(?!\w)", folded)
               for p in phrases if p)


def _words(attr: str) -> list[str]:
    return [p for language in lang.all_languages() for p in getattr(language, attr)]


def asks(question: str, *fields: str) -> bool:
    """Does the question hold a phrase of one of these ``Language`` fields, in any language
    ("how_many", "asks_when": "combien", "what day")?"""
    return _has(_fold(question), [p for f in fields for p in _words(f)])


def asked_about(question: str) -> str | None:
    """``"author"``, ``"date"`` or ``"source_name"`` when the question asks for the
    author, the publication date or the outlet of an article (any language); else None."""
    folded = _fold(question)
    if not _has(folded, _words("article_words")):
        return None
    if _has(folded, _words("asks_author")):
        return "author"
    if _has(folded, _words("asks_outlet")):
        return "source_name"
    if _has(folded, _words("asks_date")) and _has(folded, _words("asks_when")):
        return "date"
    return None


def _article(question: str, results: Sequence[SearchResult]) -> Chunk:
    """The passage of the article the question is about: among the retrieved articles,
    the one whose title shares the most words with the question (the best ranked on a
    tie, or when no title shares any): "the article about Kim in Pyongyang"."""
    from rag.search.bm25 import tokenize

    words = set(tokenize(question))
    best: tuple[int, int, Chunk] | None = None
    for i, r in enumerate(results):
        shared = len(words & set(tokenize(r.chunk.title)))
        if best is None or shared > best[0]:
            best = (shared, i, r.chunk)
    assert best is not None
    return best[2]


def _stated(chunk: Chunk, kind: str) -> tuple[str | None, Span | None]:
    if kind == "author":
        return chunk.author, chunk.byline
    if kind == "date":
        return chunk.date, chunk.dateline
    return chunk.source_name, chunk.source_line


def _written(text: str, value: str, kind: str) -> tuple[int, str]:
    """Where ``text`` (the span stating it) writes ``value``, and how: a date as the
    article writes it ("12 March 2025" for 2025-03-12; the short answer is a span of the
    file); (-1, "") when it does not."""
    at = text.find(value)
    if at >= 0 or kind != "date":
        return at, value
    for m in ANY_DATE.finditer(text):
        if iso(m["date"]) == value:
            return m.start("date"), m["date"]
    return -1, ""


def about_answer(question: str, language: str, results: Sequence[SearchResult]) -> Answer | None:
    """The answer to a question about an article's author, date or outlet, from the
    metadata of the article it names (see :func:`_article`), in ``language``; None for
    any other question (or no result)."""
    kind = asked_about(question)
    if kind is None or not results:
        return None
    return metadata_answer(question, language, results, kind, _article(question, results))


def asks_field(question: str, kind: str) -> bool:
    """Does the question ask for this kind of an article's metadata ("author": "which
    journalist", "date": "what date", "source_name": "which outlet"), in any language?"""
    fields = {"author": ("asks_author",), "date": ("asks_when", "asks_date"),
              "source_name": ("asks_outlet",)}.get(kind, ())
    return bool(fields) and asks(question, *fields)


def names_the_press(question: str) -> bool:
    """The question names an article or the press ("report", "journalist", "papier",
    "periódico"), in any language: its articles' cards are read too (:func:`cards`)."""
    return _has(_fold(question), [*_words("article_words"), *_words("press_words")])


@dataclass(frozen=True)
class Card:
    """An article's title, author, date and outlet written as a short text for the reader,
    with where each value lies in it (``(start, end, kind)``)."""

    passage: SearchResult  # the card as a passage (offsets of the card text, not a file's)
    chunk: Chunk  # a retrieved passage of the article (its metadata)
    fields: tuple[tuple[int, int, str], ...]


def cards(results: Sequence[SearchResult], language: str) -> list[Card]:
    """One card per article among ``results``, labelled in ``language``: "Title: …\n
    Author: …\nPublication date: …\nOutlet: …" (the values it has)."""
    labels, missing = lang.get(language).card_labels, lang.get(language).card_missing
    out: list[Card] = []
    seen: set[str] = set()
    for r in results:
        chunk = r.chunk
        if chunk.doc_id in seen:
            continue
        seen.add(chunk.doc_id)
        text, fields = "", []
        for label, value, kind in zip(labels, (chunk.title, chunk.author, chunk.date,
                                               chunk.source_name),
                                      ("title", "author", "date", "source_name"), strict=True):
            if not value:  # said as such: the reader may find that the article does not say
                value = missing
            text += f"{label}: "
            fields.append((len(text), len(text) + len(value), kind))
            text += f"{value}\n"
        card = dataclasses.replace(chunk, start=0, end=len(text), text=text)
        out.append(Card(SearchResult(rank=len(out) + 1, chunk=card, score=0.0), chunk,
                        tuple(fields)))
    return out


def card_choice(found: Sequence[Card], readings: Sequence[Reading]
                ) -> tuple[str, Chunk, float] | None:
    """The author, date or outlet the reader finds in the cards with its best span (not in
    a title): which, of which article, and that span's margin; None when no span lies in
    one."""
    best: tuple[str, Chunk, float] | None = None
    for card, reading in zip(found, readings, strict=True):
        for span in reading.spans:
            # the field the span ends in ("<title>\nAuthor: X" answers with the author)
            kind = next((k for a, b, k in card.fields if a < span.end <= b), None)
            if kind not in (None, "title") and (best is None or span.score > best[2]):
                best = (str(kind), card.chunk, span.score)
    return best


def metadata_answer(question: str, language: str, results: Sequence[SearchResult], kind: str,
                    chunk: Chunk) -> Answer:
    """The answer giving article ``chunk``'s ``kind`` ("author", "date", "source_name")
    from its metadata, citing the span of its text that states it."""
    words = lang.get(language)
    title = chunk.title or chunk.doc_id
    value, span = _stated(chunk, kind)
    if not value:
        missing = {"author": words.about_no_author, "date": words.about_no_date,
                   "source_name": words.about_no_outlet}[kind]
        return Answer(question=question, answer=missing.format(title=title), abstained=True,
                      language=language, retrieved=list(results), backend=BACKEND,
                      score=0.0)
    template = {"author": words.about_author, "date": words.about_date,
                "source_name": words.about_outlet}[kind]
    text = template.format(title=title, author=value, date=value, source=value)
    if span is not None and span.end > span.start:
        citation = Citation(n=1, doc_id=chunk.doc_id, title=chunk.title, date=chunk.date,
                            start=span.start, end=span.end, text=span.text, passage=chunk)
    else:  # given by a sidecar file (or known without a span): cite where it comes from
        where = chunk.meta_source or chunk.url or chunk.source or chunk.doc_id
        citation = Citation(n=1, doc_id=chunk.doc_id, title=chunk.title, date=chunk.date,
                            start=0, end=0,
                            text=words.about_given_in.format(value=value, source=where),
                            passage=chunk)
    shorts = []
    at, written = _written(citation.text, value, kind) if citation.end > citation.start \
        else (-1, "")
    if at >= 0:
        shorts.append(ShortAnswer(n=1, doc_id=chunk.doc_id, start=citation.start + at,
                                  end=citation.start + at + len(written), text=written,
                                  score=1.0))
    marked = re.sub(r"([.!?。])?\s*$", r" [1]\1", text, count=1)
    return Answer(question=question, answer=marked, abstained=False, language=language,
                  citations=[citation], retrieved=list(results), backend=BACKEND, score=1.0,
                  short_answers=shorts)
