"""Cited answers: the extractive default answerer, abstention, and checks of LLM answers.

The extractive answerer quotes the sentences of the retrieved passages that best
answer the question: each sentence is scored by the cosine between the question
and the sentence's vector (read in its chunk's context and saved at ingest, see
:mod:`rag.sentences`) plus lexical evidence (shared names, numbers, rare words; for
a question in another language than the passage, their translations among the words
of the best sentences), the best one to three are kept, extended to the neighbour
that continues the same quote or claim, and shown in reading order with ``[n]``
after each. Every citation is an exact span of the source file. Weak evidence gives
"the articles don't say" in the question's language, with no citation.
"""

from __future__ import annotations

import re
import threading
import time
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from rag.embed import Embedder
from rag.lexical import fold, tokenize
from rag.prompts import (
    ABSTAIN,
    ABSTAIN_MARKERS,
    ACCORDING_TO_ARTICLE,
    ACCORDING_TO_ARTICLES,
)
from rag.sentences import SentenceStore, sentence_vectors
from rag.types import Answer, Chunk, Citation, SearchResult, Timings

MAX_SENTENCES = 3  # core sentences kept before extension
MARGIN = 0.04  # a further sentence must score within this of the best one
LEXICAL_WEIGHT = 0.15  # weight of the lexical coverage next to the cosine similarity
TYPE_PENALTY = 0.06  # a 'how many' question answered by a sentence without any number
# An English question scored against French text gets a lower cosine and fewer exact word
# matches than a French one: on eval/qa.jsonl the median evidence score of answerable items
# is 0.93 for English questions and 1.00 for French ones (0.91 vs 1.00 on dev). The offset
# puts both on one scale, so one abstention threshold serves both languages.
CROSS_LINGUAL_BONUS = 0.07
MIN_WORDS = 4  # shorter sentences (headings, datelines) are never quoted alone
MAX_EXTENSION = 5  # sentences added to finish a quote
MAX_GROUP_CHARS = 900

# -- language of a question -------------------------------------------------------
def _split(words: str) -> list[str]:
    return words.split()


_FR = frozenset(_split(
    "le la les des du de un une est sont que qui quoi quel quelle quels quelles quand comment "
    "pourquoi combien ou où a ont il elle ils elles au aux dans pour sur avec selon et en ce "
    "cette ces pas ne qu l d c s t dit fait lors apres après entre leur leurs son sa ses"
))
_EN = frozenset(_split(
    "the a an of to in on is are was were what who whom which when where why how did does do "
    "about say said and for with from by has have had he she they his her their it this that "
    "according between after"
))


def detect_language(text: str, default: str = "en") -> str:
    """'fr' or 'en' for a (short) question; ``default`` when nothing tells."""
    low = text.casefold().replace("’", "'")
    words = re.findall(r"[^\W\d_]+", low)
    fr = sum(w in _FR for w in words) + 2 * len(re.findall(r"-t-|qu'|[a-z]'[a-zé]", low))
    fr += sum(ch in "éèêàçùûôîœ" for ch in low) + 2 * len(re.findall(r"\s[?!:;]", text))
    en = sum(w in _EN for w in words)
    if fr == en:
        return default
    return "fr" if fr > en else "en"


# -- sentences and words of a chunk, with their embeddings cached ------------------
@dataclass(frozen=True)
class Sentence:
    passage: int  # 1-based number of the retrieved passage
    chunk: Chunk
    index: int  # position among the chunk's sentences
    start: int  # absolute offsets in the source file
    end: int
    text: str


@dataclass(frozen=True)
class ChunkInfo:
    """What the answerer needs of one chunk; computed once, kept in an LRU."""

    spans: tuple[tuple[int, int], ...]  # absolute sentence spans
    vectors: np.ndarray  # one embedding per sentence (saved at ingest, see rag.sentences)
    sentence_tokens: tuple[frozenset[str], ...]  # folded content tokens, per sentence


class _LRU:
    def __init__(self, maxsize: int) -> None:
        self.maxsize = maxsize
        self._data: OrderedDict[tuple[str, str], ChunkInfo] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: tuple[str, str]) -> ChunkInfo | None:
        with self._lock:
            value = self._data.get(key)
            if value is not None:
                self._data.move_to_end(key)
            return value

    def put(self, key: tuple[str, str], value: ChunkInfo) -> None:
        with self._lock:
            self._data[key] = value
            self._data.move_to_end(key)
            while len(self._data) > self.maxsize:
                self._data.popitem(last=False)

    def clear(self) -> None:
        with self._lock:
            self._data.clear()


CHUNK_CACHE = _LRU(maxsize=4096)  # per (model, chunk id)
_WORD = re.compile(r"\w+(?:-\w+)*")


def _chunk_infos(
    chunks: Sequence[Chunk], embedder: Embedder, store: SentenceStore | None = None
) -> dict[str, ChunkInfo]:
    """Infos of these chunks: from the LRU, else from the saved sentence vectors (or,
    for chunks saved without them, one encoder pass over those chunks)."""
    model = str(getattr(embedder, "model_id", ""))
    out: dict[str, ChunkInfo] = {}
    todo: dict[str, Chunk] = {}
    for c in chunks:
        hit = CHUNK_CACHE.get((model, c.id))
        if hit is not None:
            out[c.id] = hit
        else:
            todo[c.id] = c
    if not todo:
        return out
    for cid, (spans, vectors) in sentence_vectors(list(todo.values()), embedder, store).items():
        c = todo[cid]
        texts = [c.text[s - c.start : e - c.start] for s, e in spans]
        info = ChunkInfo(spans=tuple(spans), vectors=vectors,
                         sentence_tokens=tuple(frozenset(tokenize(t)) for t in texts))
        CHUNK_CACHE.put((model, cid), info)
        out[cid] = info
    return out


# -- lexical evidence -----------------------------------------------------------------
_GENERIC = frozenset(fold(w) for w in _split(
    "say said says tell told according article articles mention mentioned report reported "
    "dire dit declare déclaré déclarer selon article articles affirme affirmé propos sujet "
    "quoi quel quelle quels quelles combien comment pourquoi quand où ou lors fait faire"
))
_NUMBERISH = re.compile(
    r"\d|\b(deux|trois|quatre|cinq|six|sept|huit|neuf|dix|cent|cents|mille|millions?|"
    r"milliards?|dizaines?|centaines?|two|three|four|five|ten|hundreds?|thousands?|billions?)\b"
)
_HOW_MANY = re.compile(
    r"\b(how many|how much|what number|population|combien|quel nombre|quelle quantite|"
    r"quel montant|quelle somme)\b"
)
_PRONOUN_SUBJECT = re.compile(r"\b(il|elle|ils|elles|he|she|they)\b|-t-(il|elle|ils|elles)\b")
SOFT_LO, SOFT_HI = 0.86, 0.90  # word cosine (query vs passage prompt): no match .. a translation
TRANSLATE_TOP = 4  # sentences whose words are compared with the query terms
# Within one language, words that differ (synonyms, other forms) could be matched the same
# way; on 200 PIAF questions that costs 140 ms per question (the words of passages never
# read before) for +0.008 F1 and 8 points fewer abstentions (benchmarks/README.md,
# "before / after"): off.
TRANSLATE_SAME_LANGUAGE = False


def key_terms(text: str) -> dict[str, tuple[str, float]]:
    """``{folded: (surface, weight)}`` for a question's content words; names weigh 1.5."""
    terms: dict[str, tuple[str, float]] = {}
    for i, raw in enumerate(_WORD.findall(text)):
        token = fold(raw)
        if token in _GENERIC or not tokenize(raw):
            continue
        name = (raw[:1].isupper() and i > 0) or raw[:1].isdigit()
        weight = max(terms.get(token, ("", 0.0))[1], 1.5 if name else 1.0)
        terms[token] = (raw.lower(), weight)
    return terms


def _same_word(a: str, b: str) -> bool:
    """Equal, or sharing a long prefix across FR/EN and plural forms (russia/russie)."""
    if a == b:
        return True
    short = min(len(a), len(b))
    if short < 5:
        return False
    need = max(5, short - 2)
    return a[:need] == b[:need]


def _exact(term: str, tokens: frozenset[str]) -> bool:
    parts = term.split("-")
    return all(p in tokens or any(_same_word(p, x) for x in tokens) for p in parts)


def _content_words(text: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(text) if tokenize(w) and not w.isdigit()]


def _translated_terms(
    rows: list[tuple[Sentence, float, np.ndarray]], terms: dict[str, tuple[str, float]],
    base: np.ndarray, embedder: Embedder, language: str,
) -> None:
    """Credit the query terms that a sentence in another language has in translation
    (gave/donné, return/retour): word cosine between SOFT_LO (no match) and SOFT_HI (a
    translation). Only the TRANSLATE_TOP best sentences by their score so far, and only
    the terms they miss: the words are short texts, encoded once and remembered by the
    embedder, so this costs little even for passages never read before."""
    names = list(terms)
    total = float(base.sum())
    prelim = [d + LEXICAL_WEIGHT * float(st @ base) / total for _, d, st in rows]
    order = sorted(range(len(rows)), key=lambda i: -prelim[i])
    todo = [i for i in order[:TRANSLATE_TOP]
            if (TRANSLATE_SAME_LANGUAGE or rows[i][0].chunk.language not in ("", language))
            and (rows[i][2] < 1).any()]
    if not todo:
        return
    missing = sorted({j for i in todo for j in np.flatnonzero(rows[i][2] < 1)})
    words = {i: sorted(set(_content_words(rows[i][0].text))) for i in todo}
    vocabulary = sorted({w for ws in words.values() for w in ws})
    if not vocabulary:
        return
    term_vectors = embedder.embed_queries([terms[names[j]][0] for j in missing])
    word_vectors = embedder.embed_passages(vocabulary)
    index = {w: k for k, w in enumerate(vocabulary)}
    sims = word_vectors @ term_vectors.T  # words x missing terms
    for i in todo:
        if not words[i]:
            continue
        best = sims[[index[w] for w in words[i]]].max(axis=0)
        soft = np.clip((best - SOFT_LO) / (SOFT_HI - SOFT_LO), 0.0, 1.0)
        sent, d, strength = rows[i]
        strength = strength.copy()
        strength[missing] = np.maximum(strength[missing], soft)
        rows[i] = (sent, d, strength)


# -- scoring and selection ----------------------------------------------------------------
@dataclass(frozen=True)
class Scored:
    sentence: Sentence
    dense: float
    lexical: float
    score: float


def score_sentences(
    query: str, results: Sequence[SearchResult], embedder: Embedder, *,
    focus: str | None = None, exclude: str = "", store: SentenceStore | None = None,
    language: str | None = None, timings: Timings | None = None,
) -> tuple[list[list[Sentence]], list[Scored]]:
    """Every sentence of the retrieved passages, scored against ``query``, best first.

    score = cosine(query, sentence) + LEXICAL_WEIGHT x coverage of the query's key
    terms (found in the sentence, or across FR/EN forms such as russia/russie), each
    term weighted by its rarity among the candidate sentences. ``focus`` (the user's
    own words, when the query carries a follow-up's context) weighs 4x the context;
    sentences already quoted in ``exclude`` (the previous answer) are skipped. The
    sentence vectors come from ``store`` (saved at ingest) when it has them. With the
    question's ``language``, the best sentences in another language also match terms
    through their translations (see :func:`_translated_terms`).
    """
    timings = timings if timings is not None else Timings()
    clock = time.perf_counter()
    infos = _chunk_infos([r.chunk for r in results], embedder, store)
    timings.add("sentence_vectors_ms", (time.perf_counter() - clock) * 1000)
    terms = key_terms(query)
    if focus:  # a follow-up: the user's own words lead, the carried context helps
        terms = {t: (surface, 0.5 * w) for t, (surface, w) in terms.items()}
        for t, (surface, w) in key_terms(focus).items():
            terms[t] = (surface, terms.get(t, ("", 0.0))[1] + 2.0 * w)
    names = list(terms)
    qv = embedder.embed_queries([query, focus] if focus else [query])
    # a follow-up also matches on its own words blended with the context: the better of both
    targets = np.stack([qv[0], qv[:2].mean(axis=0)]) if focus else qv[:1]
    per_passage: list[list[Sentence]] = []
    rows: list[tuple[Sentence, float, np.ndarray]] = []
    for n, r in enumerate(results, start=1):
        c, info = r.chunk, infos[r.chunk.id]
        dense = (info.vectors @ targets.T).max(axis=1) if len(info.spans) else np.zeros(0)
        strengths: list[np.ndarray] = []
        group: list[Sentence] = []
        for j, (s, e) in enumerate(info.spans):
            sent = Sentence(n, c, j, s, e, c.text[s - c.start : e - c.start])
            group.append(sent)
            strength = np.array([_exact(t, info.sentence_tokens[j]) for t in names], dtype=float)
            if j > 0 and _PRONOUN_SUBJECT.search(fold(sent.text)):  # "a-t-il déclaré"
                strength = np.maximum(strength, 0.5 * strengths[j - 1])
            strengths.append(strength)
            rows.append((sent, float(dense[j]), strength))
        per_passage.append(group)
    if not rows:
        return per_passage, []
    base = np.array([terms[t][1] for t in names])
    if language and names:
        clock = time.perf_counter()
        _translated_terms(rows, terms, base, embedder, language)
        timings.add("translate_ms", (time.perf_counter() - clock) * 1000)
    df = np.sum([row[2] for row in rows], axis=0) if names else np.zeros(0)
    weights = base * np.log1p(len(rows) / (1.0 + df))
    total = float(weights.sum())
    wants_number = bool(_HOW_MANY.search(fold(focus or query)))
    previous = " ".join(exclude.split())
    seen: set[tuple[str, int, int]] = set()
    scored: list[Scored] = []
    for sent, d, strength in rows:
        key = (sent.chunk.doc_id, sent.start, sent.end)
        if key in seen or len(sent.text.split()) < MIN_WORDS or _is_question(sent.text):
            continue
        seen.add(key)
        if previous and " ".join(sent.text.split()) in previous:
            continue
        lex = float(strength @ weights) / total if total else 0.0
        score = d + LEXICAL_WEIGHT * lex
        if wants_number and not _NUMBERISH.search(fold(sent.text)):
            score -= TYPE_PENALTY
        scored.append(Scored(sent, d, lex, score))
    scored.sort(key=lambda x: -x.score)
    return per_passage, scored


_OPEN, _CLOSE = "«“", "»”"


def _is_question(text: str) -> bool:
    """A question of the article's own ("Qui a gagné ... ?"), not a quoted one: it answers
    nothing, so it is never quoted for itself (a quote may still carry it along)."""
    return text.rstrip().endswith("?") and not any(q in text for q in (*_OPEN, *_CLOSE, '"'))
_SPEECH = re.compile(
    r"\b(declare|dit|ajoute|affirme|souligne|insiste|estime|explique|poursuivi|reitere|"
    r"said|says|told|added|stated)\b|-t-(il|elle)\b"
)


def _balance(text: str) -> int:
    opened = sum(text.count(c) for c in _OPEN) - sum(text.count(c) for c in _CLOSE)
    return opened + (text.count('"') % 2)


def _starts_quote(text: str) -> bool:
    return text.lstrip()[:1] in _OPEN or text.lstrip()[:1] == '"'


def _extend(sentences: Sequence[Sentence], i: int) -> tuple[int, int]:
    """Indices ``[lo, hi]`` around sentence ``i`` that finish its quote or claim."""
    depth_before = [0]
    for s in sentences:
        depth_before.append(max(0, depth_before[-1] + _balance(s.text)))
    lo = hi = i
    # inside (or closing) a quote opened earlier: read back to its opening
    while depth_before[lo] > 0 and lo > 0 and i - lo < MAX_EXTENSION:
        lo -= 1
    # a quote still open after this sentence: read on until it closes
    while depth_before[hi + 1] > 0 and hi + 1 < len(sentences) and hi - i < MAX_EXTENSION:
        hi += 1
    # a claim introduced by speech, followed by the quote it announces
    text = sentences[hi].text
    if hi + 1 < len(sentences) and depth_before[hi + 1] == 0:
        nxt = sentences[hi + 1].text
        if _starts_quote(nxt) and (text.rstrip().endswith(":") or _SPEECH.search(fold(text))):
            hi += 1
            while depth_before[hi + 1] > 0 and hi + 1 < len(sentences) and hi - i < MAX_EXTENSION:
                hi += 1
    # a quote or claim whose speaker is a pronoun ("a-t-il déclaré"): add the claim just
    # before it that names him
    if lo > 0:
        first = sentences[lo].text
        said = " ".join(s.text for s in sentences[lo : hi + 1]) if _starts_quote(first) else first
        prev = sentences[lo - 1].text
        if re.search(r"-t-(il|elle)\b", fold(said)) and _SPEECH.search(fold(prev)) \
                and not _starts_quote(prev):
            lo -= 1
    while hi > i and sentences[hi].end - sentences[lo].start > MAX_GROUP_CHARS:
        hi -= 1
    return lo, hi


def select(
    per_passage: Sequence[Sequence[Sentence]], scored: Sequence[Scored], *,
    max_sentences: int = MAX_SENTENCES, margin: float = MARGIN,
) -> list[list[Sentence]]:
    """Groups of adjacent sentences to quote, each one citation, in reading order."""
    if not scored:
        return []
    best = scored[0].score
    chosen: dict[tuple[int, int], Sentence] = {}  # (passage, index) -> sentence
    cores = 0
    for item in scored:
        if cores >= max_sentences or item.score < best - margin:
            break
        s = item.sentence
        if (s.passage, s.index) in chosen:
            continue
        lo, hi = _extend(per_passage[s.passage - 1], s.index)
        for j in range(lo, hi + 1):
            t = per_passage[s.passage - 1][j]
            chosen[(t.passage, t.index)] = t
        cores += 1
    # drop a sentence quoted twice through overlapping passages
    unique: dict[tuple[str, int], Sentence] = {}
    for key in sorted(chosen):
        s = chosen[key]
        unique.setdefault((s.chunk.doc_id, s.start), s)
    groups: list[list[Sentence]] = []
    for s in sorted(unique.values(), key=lambda x: (x.passage, x.index)):
        if groups and groups[-1][-1].passage == s.passage and groups[-1][-1].index == s.index - 1:
            groups[-1].append(s)
        else:
            groups.append([s])
    doc_order: dict[str, int] = {}
    for item in scored:
        doc_order.setdefault(item.sentence.chunk.doc_id, len(doc_order))
    groups.sort(key=lambda g: (doc_order.get(g[0].chunk.doc_id, 99), g[0].start))
    return groups


# -- building answers ------------------------------------------------------------------------
def abstention(
    question: str, language: str, results: Sequence[SearchResult], *, score: float,
    backend: str = "extractive",
) -> Answer:
    return Answer(question=question, answer=ABSTAIN[language], abstained=True, language=language,
                  citations=[], retrieved=list(results), backend=backend, score=score)


def _date(date: str | None) -> str:
    return f" ({date})" if date else ""


def quote_answer(
    question: str, language: str, groups: Sequence[Sequence[Sentence]],
    results: Sequence[SearchResult], *, score: float,
) -> Answer:
    """The extractive answer: framing in the question's language, then cited quotes."""
    citations: list[Citation] = []
    lines: dict[str, list[str]] = {}
    for n, group in enumerate(groups, start=1):
        c = group[0].chunk
        start, end = group[0].start, group[-1].end
        text = c.text[start - c.start : end - c.start]
        citations.append(Citation(n=n, doc_id=c.doc_id, title=c.title, date=c.date,
                                  start=start, end=end, text=text, passage=c))
        lines.setdefault(c.doc_id, []).append(f"{' '.join(text.split())} [{n}]")
    if len(lines) == 1:
        c = groups[0][0].chunk
        head = ACCORDING_TO_ARTICLE[language].format(title=c.title, date=_date(c.date))
        body = " ".join(next(iter(lines.values())))
        answer = f"{head}\n{body}"
    else:
        by_doc = {g[0].chunk.doc_id: g[0].chunk for g in groups}
        parts = [ACCORDING_TO_ARTICLES[language]]
        for doc_id, quotes in lines.items():
            c = by_doc[doc_id]
            parts.append(f"- {c.title}{_date(c.date)}: {' '.join(quotes)}")
        answer = "\n".join(parts)
    return Answer(question=question, answer=answer, abstained=False, language=language,
                  citations=citations, retrieved=list(results), backend="extractive",
                  score=score)


def extractive_answer(
    question: str, results: Sequence[SearchResult], embedder: Embedder, *,
    threshold: float, language: str | None = None, query: str | None = None,
    exclude: str = "", store: SentenceStore | None = None, timings: Timings | None = None,
) -> Answer:
    """Quote the best sentences of ``results``, or abstain when the evidence is weak.

    ``query`` is what was searched (a follow-up carries earlier context); the
    sentences are scored against it, with the question's own words weighing more.
    """
    language = language or detect_language(question)
    per_passage, scored = score_sentences(
        query or question, results, embedder, focus=question if query else None,
        exclude=exclude, store=store, language=language, timings=timings,
    )
    score = scored[0].score if scored else 0.0
    if scored and scored[0].sentence.chunk.language not in ("", language):
        score += CROSS_LINGUAL_BONUS
    if score < threshold:
        return abstention(question, language, results, score=score)
    return quote_answer(question, language, select(per_passage, scored), results, score=score)


# -- checking an LLM answer ------------------------------------------------------------------------
_MARKER = re.compile(r"\[\s*(\d+(?:\s*[,;]\s*\d+)*)\s*\]")


def says_not_in_articles(text: str) -> bool:
    low = fold(text).replace("’", "'")
    return any(fold(m) in low for m in ABSTAIN_MARKERS)


def check_llm_answer(
    text: str, question: str, language: str, results: Sequence[SearchResult], *,
    backend: str, score: float,
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
    return Answer(question=question, answer=cleaned, abstained=False, language=language,
                  citations=citations, retrieved=list(results), backend=backend, score=score)
