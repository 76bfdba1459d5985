"""What speech cues are made of: a :class:`Cue` (a speech verb or "selon X", with where its
speaker and what was said are written) and the :class:`Context` finding them reads."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from rag.ingest.people import People
from rag.ingest.quote_marks import SPACE, Quote
from rag.ingest.speakers import Lexicon


@dataclass
class Cue:
    start: int
    end: int
    kind: str  # verb, que, ger, source, claim
    order: str  # normal, incise, inverted, as_said, gerund, front, back, claim, implicit,
    # participial
    speaker: tuple[int, int] | None
    content: tuple[int, int] | None = None
    quote: Quote | None = None


@dataclass(frozen=True)
class Context:
    """What finding cues reads: an article's raw text, its language's words, the people it
    names and its quotes."""

    raw: str
    lex: Lexicon
    people: People
    quotes: list[Quote]  # in text order, not nested

    def within(self, start: int, end: int) -> list[Quote]:
        """The quotes that overlap ``[start, end)``."""
        i = bisect.bisect_right([q.end for q in self.quotes], start) if self.quotes else 0
        out = []
        while i < len(self.quotes) and self.quotes[i].start < end:
            out.append(self.quotes[i])
            i += 1
        return out


DASHES = "—–"  # a dash opens and closes an incise inside a quote («Esto —dijo X— no es …»)


def words_between(raw: str, a: int, b: int) -> bool:
    return bool(raw[a:b].strip(SPACE + ",")) if b > a else False


def inverted_pronoun(raw: str, start: int, end: int) -> tuple[int, int] | None:
    """The pronoun of an inversion ``raw[start:end]`` ("-t-il": "il"), or None."""
    letters = re.search(r"[^\W\d_]+$", raw[start:end])
    return (start + letters.start(), end) if letters else None
