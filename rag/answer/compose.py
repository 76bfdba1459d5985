"""Cited answers from the reader's spans: the short answer first, then the sentence(s).

The reader (:mod:`rag.read.reader`) scores answer spans in every passage it reads. The best
span answers the question when its confidence clears ``abstain_threshold``; spans from
other passages that clear it too are added (lists, multi-hop), up to
``max_short_answers``. The answer leads with the spans themselves, then quotes the
sentence holding each (extended to finish a quote, or to the claim that names the
speaker of "a-t-il déclaré"), each with ``[n]``; every citation and short answer is an
exact span of the source file. Framing words come from the question's language
(:mod:`rag.lang`); quotes stay in the article's language.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from rag import lang
from rag.ingest.chunk import chunk_sentence_spans
from rag.read.reader import Found, Reading
from rag.search.bm25 import fold
from rag.types import Answer, Chunk, Citation, SearchResult, ShortAnswer

_OPEN, _CLOSE = "«“", "»”"


def abstention(question: str, language: str, results: Sequence[SearchResult], *, score: float,
               backend: str = "extractive") -> Answer:
    return Answer(question=question, answer=lang.get(language).abstain, abstained=True,
                  language=language, citations=[], retrieved=list(results), backend=backend,
                  score=score)


def _balance(text: str) -> int:
    opened = sum(text.count(c) for c in _OPEN) - sum(text.count(c) for c in _CLOSE)
    return opened + (text.count('"') % 2)


def _starts_quote(text: str) -> bool:
    return text.lstrip()[:1] in (*_OPEN, '"')


def _speech(text: str) -> bool:
    words = set(re.findall(r"\w+", fold(text)))
    return any(words & lg.speech_verbs for lg in lang.all_languages())


_INVERTED_SPEAKER = re.compile(r"-t-(il|elle)\b")


def quote_bounds(chunk: Chunk, start: int, end: int) -> tuple[int, int]:
    """The sentence(s) of ``chunk`` that hold ``start:end``, extended to finish a quote
    that is open there, or back to the claim that names a pronoun speaker."""
    spans = chunk_sentence_spans(chunk) or [(chunk.start, chunk.end)]
    texts = [chunk.text[s - chunk.start:e - chunk.start] for s, e in spans]
    first = next((i for i, (s, e) in enumerate(spans) if e > start), len(spans) - 1)
    last = next((i for i in range(len(spans) - 1, -1, -1) if spans[i][0] < end), first)
    lo, hi = first, max(first, last)
    depth = [0]
    for t in texts:
        depth.append(max(0, depth[-1] + _balance(t)))
    while depth[lo] > 0 and lo > 0:  # inside a quote opened earlier
        lo -= 1
    while depth[hi + 1] > 0 and hi + 1 < len(spans):  # a quote still open
        hi += 1
    if lo > 0:  # "..., a-t-il déclaré": the claim before names him
        said = " ".join(texts[lo:hi + 1])
        if _INVERTED_SPEAKER.search(fold(said)) and _speech(texts[lo - 1]) \
                and not _starts_quote(texts[lo - 1]):
            lo -= 1
    return spans[lo][0], spans[hi][1]


def _overlaps(f: Found, cited: Sequence[Citation]) -> bool:
    return any(c.doc_id == f.chunk.doc_id and f.start < c.end and f.end > c.start
               for c in cited)


def choose(readings: Sequence[Reading], *, threshold: float, max_answers: int,
           exclude: Sequence[Citation] = (), language: str = "",
           cross_threshold: float | None = None, gap: float = float("inf")) -> list[Found]:
    """The best span, plus spans of other passages that also clear the threshold:
    ``threshold`` for a passage in the question's ``language``, ``cross_threshold`` for a
    passage in another language. A further span must also beat the no-answer option
    outright (margin above 0, the reader's own SQuAD 2.0 decision) and score within
    ``gap`` of the best: the calibrated thresholds decide whether to answer at all, not
    how much to add."""

    def clears(f: Found) -> bool:
        cross = language and f.chunk.language not in ("", language)
        return f.score >= (cross_threshold if cross and cross_threshold is not None
                           else threshold)

    candidates = sorted((f for r in readings for f in r.spans if not _overlaps(f, exclude)),
                        key=lambda f: -f.score)
    chosen: list[Found] = []
    for f in candidates:
        if len(chosen) >= max_answers:
            break
        if not clears(f) or (chosen and (f.score <= 0.0 or f.score < chosen[0].score - gap)):
            continue
        same_text = any(fold(f.text) == fold(c.text) for c in chosen)
        if same_text or any(c.passage == f.passage for c in chosen):
            continue
        chosen.append(f)
    return chosen


def dated(date: str | None) -> str:
    """' (2023-09-12)' after an article title, or nothing without a date."""
    return f" ({date})" if date else ""


def compose(question: str, language: str, results: Sequence[SearchResult],
            readings: Sequence[Reading], *, threshold: float, max_answers: int,
            exclude: Sequence[Citation] = (), cross_threshold: float | None = None,
            gap: float = float("inf")) -> Answer:
    """The extractive answer (short answers, then cited sentences), or an abstention."""
    chosen = choose(readings, threshold=threshold, max_answers=max_answers, exclude=exclude,
                    language=language, cross_threshold=cross_threshold, gap=gap)
    best = max((f.score for r in readings for f in r.spans), default=float("-inf"))
    if not chosen:
        return abstention(question, language, results, score=best)
    words = lang.get(language)
    citations: list[Citation] = []
    shorts: list[ShortAnswer] = []
    for f in chosen:
        c = f.chunk
        s, e = quote_bounds(c, f.start, f.end)
        same = next((x for x in citations if x.doc_id == c.doc_id and x.start == s
                     and x.end == e), None)
        if same is None:
            same = Citation(n=len(citations) + 1, doc_id=c.doc_id, title=c.title, date=c.date,
                            start=s, end=e, text=c.text[s - c.start:e - c.start], passage=c)
            citations.append(same)
        shorts.append(ShortAnswer(n=same.n, doc_id=c.doc_id, start=f.start, end=f.end,
                                  text=f.text, score=f.score))
    lead = "; ".join(f"{sa.text} [{sa.n}]" for sa in shorts)
    docs = list(dict.fromkeys(c.doc_id for c in citations))
    if len(docs) == 1:
        c0 = citations[0]
        head = words.according_to_article.format(title=c0.title, date=dated(c0.date))
        body = " ".join(f"{' '.join(c.text.split())} [{c.n}]" for c in citations)
        text = f"{lead}\n\n{head}\n{body}"
    else:
        lines = [words.according_to_articles]
        for d in docs:
            mine = [c for c in citations if c.doc_id == d]
            quotes = " ".join(f"{' '.join(c.text.split())} [{c.n}]" for c in mine)
            lines.append(f"- {mine[0].title}{dated(mine[0].date)}: {quotes}")
        text = lead + "\n\n" + "\n".join(lines)
    return Answer(question=question, answer=text, abstained=False, language=language,
                  citations=citations, retrieved=list(results), backend="extractive",
                  score=chosen[0].score, short_answers=shorts)


def passage_citation(n: int, passage: Chunk, start: int, end: int) -> Citation:
    """Citation ``n`` of ``passage``'s words ``[start, end)`` (offsets in its file)."""
    return Citation(n=n, doc_id=passage.doc_id, title=passage.title, date=passage.date,
                    start=start, end=end,
                    text=passage.text[start - passage.start:end - passage.start],
                    passage=passage)


def sentence_of(chunk: Chunk, start: int, end: int) -> tuple[int, int]:
    """The sentence of ``chunk`` that holds ``[start, end)`` (the span itself if none)."""
    for s, e in chunk_sentence_spans(chunk) or [(chunk.start, chunk.end)]:
        if s <= start and end <= e:
            return s, e
    return start, end


def two_speakers(question: str, language: str, names: Sequence[str],
                 results: Sequence[SearchResult]) -> Answer:
    """ "What did X and Y say?": an abstention that asks about one speaker at a time."""
    text = lang.get(language).said_two_speakers.format(speakers=", ".join(dict.fromkeys(names)))
    return Answer(question=question, answer=text, abstained=True, language=language,
                  citations=[], retrieved=list(results))
