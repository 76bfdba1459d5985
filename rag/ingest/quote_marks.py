"""Quote marks and sentences: where a paragraph quotes someone.

:func:`find_quotes` finds the quotes of a paragraph (« », “ ”, „ “, straight double quotes;
a paragraph that opens with a closing mark opens a quote; a mark never closed runs to the
paragraph's end); :func:`units` its sentences, merged where a quote crosses a sentence
boundary.
"""

from __future__ import annotations

from dataclasses import dataclass

from rag.ingest.chunk import split_sentences

_OPEN = {"«": "»", "“": "”", "„": "“”", '"': '"'}
SPACE = " \t\u00a0\u202f\u2007\u2009"
TRIM = SPACE + ".;:,"


@dataclass(frozen=True)
class Quote:
    start: int  # the opening mark
    end: int  # after the closing mark (the paragraph's end when never closed)
    cs: int  # the words inside
    ce: int


def find_quotes(raw: str, start: int, end: int) -> list[Quote]:
    """The quotes of one paragraph, in order (not nested)."""
    out: list[Quote] = []
    first = start + len(raw[start:end]) - len(raw[start:end].lstrip())
    i = start
    while i < end:
        ch = raw[i]
        closers = _OPEN.get(ch) or (ch if i == first and ch in "»”" else None)
        if not closers:
            i += 1
            continue
        j = next((k for k in range(i + 1, end) if raw[k] in closers), None)
        q_end = end if j is None else j + 1
        cs, ce = i + 1, end if j is None else j
        while cs < ce and raw[cs] in SPACE:
            cs += 1
        while ce > cs and raw[ce - 1] in (TRIM if j is None else SPACE):
            ce -= 1
        if any(c.isalpha() for c in raw[cs:ce]):
            out.append(Quote(i, q_end, cs, ce))
        i = q_end
    return out


def units(raw: str, start: int, end: int, quotes: list[Quote]) -> list[tuple[int, int]]:
    """Sentences of a paragraph, merged where a quote crosses a sentence boundary."""
    out: list[tuple[int, int]] = []
    for s, e in split_sentences(raw, start, end):
        if out and any(q.start < out[-1][1] and q.end > s for q in quotes):
            out[-1] = (out[-1][0], max(e, out[-1][1]))
        else:
            out.append((s, e))
    return out
