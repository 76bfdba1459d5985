"""Sentence splitting and sentence-aware chunking, with exact offsets.

Every span is a pair of offsets into the document's ``raw_text``; a chunk's
text is always ``raw_text[start:end]``. Chunks pack whole sentences of
adjacent content paragraphs and never cross text that cleaning removed.
"""

from __future__ import annotations

import hashlib
import itertools
import re
from dataclasses import dataclass

from rag.errors import InputError
from rag.ingest.clean import NEWLINES, count_words, is_soft_wrap, line_breaks
from rag.types import Chunk, Document, Spans

_TERMINAL = re.compile(r"[.!?…]+")
_CLOSE_ATTACHED = "»”’\"')]"  # closing quotes/brackets right after the punctuation
_CLOSE_SPACED = "»”)]"  # ...or after a (French) space
_OPENERS = "«“‘\"'([—–-¿¡"
_INLINE_SPACE = " \t\u00a0\u202f\u2007\u2009"

# Words that end with a period without ending the sentence (case-sensitive).
_ABBREVIATION_WORDS = (
    "M MM Mme Mmes Mlle Mlles Mgr Me Dr Drs Dra Dras Pr Prof St Ste Sts Mr Mrs Ms Messrs Jr Sr "
    "Sres Sra Sras Srta Dña Gen Gén "
    "Col Lt Sgt Capt Cdt Sen Rep Gov Rev Hon Mt Ft Inc Ltd Corp Co Cie No Nos Vol Fig Art Ch "
    "Chap Éd Ed Av Bd Ave Blvd Dept Univ cf vs p pp env av apr ex vol fig art chap éd "
    "Jan Feb Apr Aug Sept Oct Nov Dec janv févr avr juil déc"
)
_ABBREVIATIONS = frozenset(_ABBREVIATION_WORDS.split())
_INITIALISM = re.compile(r"(?:[^\W\d_]{1,2}\.-?)+[^\W\d_]{1,2}")
_TOKEN_BEFORE = re.compile(r"[\w.\-]+$")


def _is_abbreviation(text: str, dot: int, seg_start: int) -> bool:
    """Is the period at ``dot`` part of an abbreviation, an initial or a list number?"""
    m = _TOKEN_BEFORE.search(text, max(seg_start, dot - 30), dot)
    if not m:
        return False
    token = m.group()
    if token in _ABBREVIATIONS or _INITIALISM.fullmatch(token):
        return True
    if len(token) == 1 and token.isupper():
        return True  # an initial: "J. Biden"
    # "1. Premier point": a list number opening the line or following a sentence
    before = text[seg_start : m.start()].rstrip()
    return token.isdigit() and len(token) <= 3 and (not before or before[-1] in ".!?…:;")


def _boundaries(text: str, a: int, b: int) -> list[int]:
    """Offsets in ``[a, b)`` where a new sentence starts (one line, no newlines)."""
    out = []
    for m in _TERMINAL.finditer(text, a, b):
        j = m.end()
        closed = False
        while j < b:
            if text[j] in _CLOSE_ATTACHED:
                j, closed = j + 1, True
                continue
            k = j
            while k < b and text[k] in _INLINE_SPACE:
                k += 1
            if k < b and k > j and text[k] in _CLOSE_SPACED:
                j, closed = k + 1, True
                continue
            break
        if j >= b or not text[j].isspace():
            continue  # "3.5", "example.com", "pas. »," : not a boundary
        k = j
        while k < b and (text[k].isspace() or text[k] in _OPENERS):
            k += 1
        if k >= b:
            continue
        if text[k].islower() or text[k] in ",;:":
            continue  # "« Vraiment ? » a-t-il dit": the sentence goes on
        if m.group() == "." and not closed and _is_abbreviation(text, m.start(), a):
            continue
        out.append(j)
    return out


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


_LINE = re.compile(f"[^{NEWLINES}]+")


def _lines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Hard lines of ``text[start:end]``; soft-wrapped lines (a sentence going on) are joined."""
    spans: list[tuple[int, int]] = []
    for m in _LINE.finditer(text, start, end):
        ts, te = _trim(text, m.start(), m.end())
        if ts >= te:
            continue
        prev = spans[-1] if spans else None
        if (
            prev
            and line_breaks(text, prev[1], ts) == 1
            and is_soft_wrap(text[prev[0] : prev[1]], text[ts:te])
        ):
            spans[-1] = (prev[0], te)
        else:
            spans.append((ts, te))
    return spans


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Sentence spans (absolute offsets, trimmed) of ``text[start:end]``.

    French/English aware: abbreviations ("M.", "Dr", "St"), initials, decimals and
    closing « » quotes do not end a sentence; "?" or "!" followed by a lower-case
    continuation ("« Vraiment ? » a-t-il dit") does not either. Line breaks are hard
    boundaries, except a soft wrap inside a sentence (next line starts lower-case).
    """
    end = len(text) if end is None else end
    out: list[tuple[int, int]] = []
    for a, b in _lines(text, start, end):
        cuts = [a, *_boundaries(text, a, b), b]
        pieces = [_trim(text, s, e) for s, e in itertools.pairwise(cuts)]
        merged: list[tuple[int, int]] = []
        for s, e in pieces:
            if s >= e:
                continue
            if merged and not re.search(r"[^\W_]", text[s:e]):
                merged[-1] = (merged[-1][0], e)  # a stray quote or dash joins the sentence before
            else:
                merged.append((s, e))
        if len(merged) > 1 and not re.search(r"[^\W_]", text[merged[0][0] : merged[0][1]]):
            merged[:2] = [(merged[0][0], merged[1][1])]
        out.extend(merged)
    return out


def chunk_sentence_spans(chunk: Chunk) -> Spans:
    """Absolute ``(start, end)`` of each sentence of a chunk, without outer whitespace."""
    spans: Spans = []
    for s, e in split_sentences(chunk.text):
        piece = chunk.text[s:e]
        s += len(piece) - len(piece.lstrip())
        e -= len(piece) - len(piece.rstrip())
        if e > s and any(ch.isalnum() for ch in chunk.text[s:e]):
            spans.append((chunk.start + s, chunk.start + e))
    return spans


@dataclass(frozen=True)
class _Piece:
    start: int
    end: int
    words: int
    block: int


def _split_long(text: str, s: int, e: int, max_words: int, block: int) -> list[_Piece]:
    """Cut one over-long sentence at commas (else at spaces) into pieces of <= max_words."""
    tokens = [(m.start(), m.end()) for m in re.finditer(r"\S+", text[s:e])]
    pieces: list[_Piece] = []
    i = 0
    while i < len(tokens):
        last = min(i + max_words, len(tokens)) - 1
        if last < len(tokens) - 1:
            for j in range(last, i + max_words // 2 - 1, -1):
                if text[s + tokens[j][1] - 1] in ",;:)":
                    last = j
                    break
        ps, pe = s + tokens[i][0], s + tokens[last][1]
        pieces.append(_Piece(ps, pe, count_words(text[ps:pe]), block))
        i = last + 1
    return pieces


def _pack(pieces: list[_Piece], min_words: int, max_words: int) -> list[list[_Piece]]:
    """Greedy packing; a chunk that reached min_words ends at a paragraph break."""
    groups: list[list[_Piece]] = []
    cur: list[_Piece] = []
    words = 0
    for p in pieces:
        if cur and (
            words + p.words > max_words or (words >= min_words and p.block != cur[-1].block)
        ):
            groups.append(cur)
            cur, words = [], 0
        cur.append(p)
        words += p.words
    if cur:
        groups.append(cur)
    if len(groups) > 1 and sum(p.words for p in groups[-1]) < min_words:
        both = groups[-2] + groups[-1]
        total = sum(p.words for p in both)
        if total <= max_words:
            groups[-2:] = [both]
        else:  # rebalance the last two chunks around the middle
            sizes = [p.words for p in both]
            best = min(
                range(1, len(both)),
                key=lambda k: (max(sum(sizes[:k]), sum(sizes[k:])) > max_words,
                               abs(total - 2 * sum(sizes[:k]))),
            )
            groups[-2:] = [both[:best], both[best:]]
    return groups


def chunk_id(doc_id: str, start: int, end: int, text: str) -> str:
    """Stable id: same document, offsets and text give the same id on every ingest."""
    digest = hashlib.sha1(text.encode("utf-8"), usedforsecurity=False).hexdigest()[:10]
    return f"{doc_id}:{start}-{end}:{digest}"


def chunk_document(doc: Document, *, min_words: int = 60, max_words: int = 150) -> list[Chunk]:
    """Pack whole sentences of ``doc``'s content blocks into chunks of about min..max words.

    A chunk may cover several paragraphs only when nothing but whitespace separates
    them: it never spans removed boilerplate. A sentence longer than ``max_words`` is
    cut at commas or spaces. A short last chunk is merged into the one before it.
    """
    if min_words < 1 or max_words < 2 or min_words > max_words:
        raise InputError(
            f"chunk sizes min_words={min_words}, max_words={max_words} are not usable: need "
            "1 <= min_words <= max_words (set RAG_CHUNK_MIN_WORDS / RAG_CHUNK_MAX_WORDS)"
        )
    raw = doc.raw_text
    runs: list[list[tuple[int, int]]] = []
    for s, e in doc.blocks:
        if runs and not raw[runs[-1][-1][1] : s].strip():
            runs[-1].append((s, e))
        else:
            runs.append([(s, e)])
    chunks: list[Chunk] = []
    for run in runs:
        pieces: list[_Piece] = []
        for b, (s, e) in enumerate(run):
            for ss, se in split_sentences(raw, s, e):
                n = count_words(raw[ss:se])
                if n > max_words:
                    pieces.extend(_split_long(raw, ss, se, max_words, b))
                else:
                    pieces.append(_Piece(ss, se, n, b))
        for group in _pack(pieces, min_words, max_words):
            start, end = group[0].start, group[-1].end
            text = raw[start:end]
            chunks.append(
                Chunk(
                    id=chunk_id(doc.doc_id, start, end, text),
                    doc_id=doc.doc_id,
                    title=doc.title,
                    date=doc.date,
                    language=doc.language,
                    source=doc.source,
                    start=start,
                    end=end,
                    text=text,
                    **doc.article_meta(),
                )
            )
    return chunks
