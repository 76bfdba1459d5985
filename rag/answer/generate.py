"""The LLM answerer: a generative backend writes the answer, its citations are checked.

One :class:`LLMAnswerer` per backend name (``openai``, ``ollama``, ``llamacpp`` or a
registered one, see :mod:`rag.answer.llm`). It runs only after the reader found evidence (an
abstention of the reader is final: no LLM call, no invention). The passages go to the LLM
as delimited data; its answer keeps only markers ``[n]`` to passages it was given; an
answer that cites nothing becomes an abstention when it says the articles don't answer,
and is otherwise replaced by the extractive answer (the caller's fallback). The reader's
short answers that lie in a passage the LLM cites are kept with its answer.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from rag import lang
from rag.answer.compose import abstention
from rag.answer.llm import LLM, get_llm
from rag.answer.prompts import answer_prompt
from rag.config import Settings
from rag.search.bm25 import fold
from rag.types import Answer, Citation, SearchResult, ShortAnswer

_MARKER = re.compile(r"\[\s*(\d+(?:\s*[,;]\s*\d+)*)\s*\]")


def says_not_in_articles(text: str) -> bool:
    low = fold(text).replace("’", "'")
    return any(fold(m) in low for lg in lang.all_languages() for m in lg.abstain_markers)


def check_llm_answer(
    text: str, question: str, language: str, results: Sequence[SearchResult], *,
    backend: str, score: float, shorts: Sequence[ShortAnswer] = (),
) -> Answer | None:
    """The LLM's answer with its citations checked; None when it cites nothing usable.

    Markers to passage numbers that were not given are dropped. An answer that says
    the articles do not answer becomes an abstention.
    """
    given = len(results)
    cited: list[int] = []

    def keep(match: re.Match[str]) -> str:
        numbers = [int(x) for x in re.split(r"[,;]", match.group(1))]
        valid = [n for n in numbers if 1 <= n <= given]
        cited.extend(n for n in valid if n not in cited)
        return "".join(f"[{n}]" for n in valid)

    cleaned = _MARKER.sub(keep, text.strip())
    cleaned = re.sub(r"[ \t]+([.,;:!?])", r"\1", re.sub(r"[ \t]{2,}", " ", cleaned)).strip()
    if not cited:
        if says_not_in_articles(cleaned):
            return abstention(question, language, results, score=score, backend=backend)
        return None
    citations = [
        Citation(n=n, doc_id=c.doc_id, title=c.title, date=c.date, start=c.start, end=c.end,
                 text=c.text, passage=c)
        for n in sorted(cited)
        for c in [results[n - 1].chunk]
    ]
    kept = [ShortAnswer(n=c.n, doc_id=s.doc_id, start=s.start, end=s.end, text=s.text,
                        score=s.score)
            for s in shorts for c in citations
            if c.doc_id == s.doc_id and c.start <= s.start and s.end <= c.end]
    return Answer(question=question, answer=cleaned, abstained=False, language=language,
                  citations=citations, retrieved=list(results), backend=backend, score=score,
                  short_answers=kept)


class LLMAnswerer:
    """Answers with one generative backend; cheap to build, the model loads in warm_up."""

    def __init__(self, settings: Settings, backend: str) -> None:
        self.settings = settings.model_copy(update={"llm": backend})
        self.name = backend
        self._llm: LLM | None = None

    @property
    def llm(self) -> LLM:
        if self._llm is None:
            llm = get_llm(self.settings)
            assert llm is not None, "the extractive answerer has no LLM"
            self._llm = llm
        return self._llm

    def warm_up(self) -> None:
        _ = self.llm

    def stream(self, question: str, language: str, results: Sequence[SearchResult],
               extractive: Answer) -> Iterator[str | Answer]:
        """Text deltas of the LLM's answer, then the checked :class:`Answer` (last).

        ``results`` are the passages it may cite; ``extractive`` is the reader's answer,
        kept when the LLM's cites nothing."""
        parts: list[str] = []
        prompt = answer_prompt(question, [r.chunk for r in results], language)
        for delta in self.llm.stream(prompt):
            parts.append(delta)
            yield delta
        checked = check_llm_answer("".join(parts), question, language, results,
                                   backend=self.llm.name, score=extractive.score,
                                   shorts=extractive.short_answers)
        if checked is None:  # uncited: the extractive answer is the supported one
            extractive.backend = f"extractive (fallback from {self.llm.name})"
            checked = extractive
        yield checked
