"""Speakers a question names by a role, in any language: "¿Qué dijo la alcaldesa de
Tucson …?" for "Mayor Diane Castillo", "What did Zaragoza's mayor say …?" for "la
alcaldesa, Marta Lasheras".

A role's sense is the same key in every language (``AttributionWords.role_senses`` in
:mod:`rag.lang`: "alcaldesa", "maire" and "mayor" are "mayor"). The speakers of the
retrieved articles whose title, or whose words as the article names them, hold the
question's role sense are the candidates; of them, the one whose name, title or article
title holds a name the question gives ("Tucson") comes first, then the one whose words
are closest to the question. Nobody is chosen when no candidate's article was retrieved
for the question.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Sequence
from functools import cache, lru_cache

import numpy as np

from rag import lang
from rag.answer.speech_words import common_words, cue_spans
from rag.answer.topic import PREFIX
from rag.ingest.attributions import Attribution
from rag.ingest.speakers import bare_name, fold
from rag.types import SearchResult

_WORD = re.compile(r"[^\W\d_][\w-]*")
_SPACE = re.compile(r"\s+")


@cache
def _senses() -> tuple[tuple[str, str, re.Pattern[str]], ...]:
    """Every language's role phrases (folded), longest first, with their sense."""
    phrases = {p: s for lg in lang.all_languages() for p, s in lg.attribution.role_senses.items()}
    return tuple((p, s, re.compile(rf"(?<!\w){re.escape(p.replace('-', ' '))}s?(?!\w)"))
                 for p, s in sorted(phrases.items(), key=lambda x: -len(x[0])))


@lru_cache(maxsize=4096)
def senses_in(text: str) -> tuple[tuple[int, int, str], ...]:
    """The role phrases of ``text`` (offsets in its folded form, the same length for the
    scripts read here) with their sense, longest phrases first where they overlap. A
    hyphen joins words as a space does ("maire-adjoint" is a deputy mayor, "président-
    directeur général" a president), but a role after a hyphen is not that role
    ("vice-ministre", "ex-maire")."""
    folded = fold(text)
    spaced = folded.replace("-", " ")
    found: list[tuple[int, int, str]] = []
    for _, sense, pattern in _senses():
        for m in pattern.finditer(spaced):
            if m.start() > 0 and folded[m.start() - 1] == "-":
                continue
            if not any(m.start() < e and s < m.end() for s, e, _ in found):
                found.append((m.start(), m.end(), sense))
    return tuple(sorted(found))


def role_agrees(question: str, titles: Sequence[str]) -> bool:
    """True when the question names no role, or one of the ``titles`` holds its sense."""
    asked = [sense for _, _, sense in senses_in(question)]
    return not asked or any(same_sense(sense, a) for t in titles for _, _, sense in senses_in(t)
                            for a in asked)


def same_sense(a: str, b: str) -> bool:
    """Do two senses meet? A sense may be several ("councillor|minister": a Spanish
    "consejero" is a city councillor or a regional minister)."""
    return bool(set(a.split("|")) & set(b.split("|")))


def _asked_role(question: str) -> tuple[int, int, str] | None:
    """The role phrase of the question nearest its speech cue (offsets, sense)."""
    cues = cue_spans(question)
    roles = senses_in(question)
    if not cues or not roles:
        return None
    return min(roles, key=lambda r: min(abs(r[0] - c) for c, _ in cues))


def name_stands_apart(question: str, named: str, speakers: Sequence[str]) -> bool:
    """Is the question's name (``named``, its words, answered by ``speakers``) its speaker
    whatever role it also names? It is when it stands apart from the role phrase nearest
    the cue: before it ("Que reproche Marta Egea Sanz au maire ?": the mayor is the
    object; not right before it: "the State Department spokesperson" is whose), or right
    after it as an apposition ("la concejala Ramsden", "le président de
    l'université, Alan Greaves"), or when it is a speaker's whole name of two words or more
    after a title's noun ("el jefe de proyecto Kofi Lindahl"). It is not when it says
    whose or where the role is ("la alcaldesa de Tucson", "Zaragoza's mayor", "the
    delegate in Andalusia", "el portavoz de los aficionados del Grenoble")."""
    asked = _asked_role(question)
    at = question.find(named) if named else -1
    if asked is None or at < 0:
        return False
    end = at + len(named)
    lo, hi = _role_bounds(question, asked[0], asked[1])
    whole = any(_whole_name(named, s) for s in speakers)
    if lo <= at < hi:  # inside the role phrase
        if at < asked[0]:
            return False  # its owner: "Zaragoza's mayor"
        link = _genitive().fullmatch(fold(question)[asked[1]:at])
        return whole and link is None  # not "the spokesman of Greyfin Shipping"
    if end <= lo:  # not right before it: "the State Department spokesperson" is whose
        return bool(question[end:lo].strip())
    return not question[hi:at].strip(" ,") or whole


def _whole_name(named: str, speaker: str) -> bool:
    """Are the question's words (two or more) the speaker's whole name, a title aside
    ("Miriam Solberg" for "Dr Miriam Solberg"; not "Ohio Valley" for "Great Lakes & Ohio
    Valley")?"""
    asked, full = fold(named).split(), fold(bare_name(speaker)).split()
    return len(asked) >= 2 and full[-len(asked):] == asked and len(full) <= len(asked) + 1


def speaker_by_role(question: str, items: Sequence[Attribution],
                    results: Sequence[SearchResult],
                    closeness: Callable[[Sequence[Attribution]], Sequence[float]] | None = None,
                    article: Callable[[str], str] | None = None, anywhere: bool = True
                    ) -> tuple[str, str] | None:
    """The quoted speaker the question names by a role (nearest the speech cue), and the
    question's words that name them; None when it names no role, or no candidate's article
    is among ``results``. Of several candidates: one whose title or article names a name
    of the question; then the one whose words are closest to the question (``closeness``
    of attributions to it: the embeddings, across languages), else of the article the
    search ranks first; none there: the only holder quoted anywhere, unless not
    ``anywhere``. With ``article`` (a document's text), the holder whose articles
    hold more of the question's names comes before ("the State Department spokesperson",
    "in the piece on Choe Son-hui's trip to Moscow")."""
    asked = _asked_role(question)
    if asked is None:
        return None
    start, end, sense = asked
    rank: dict[str, int] = {}
    for i, r in enumerate(results):
        rank.setdefault(r.chunk.doc_id, i)
    common = common_words()
    names = {w[:PREFIX] for w in (fold(m.group(0)) for m in _WORD.finditer(question)
                                  if m.group(0)[:1].isupper() and m.start() > 0)
             if w not in common}

    def named(said: Sequence[Attribution]) -> bool:
        words = fold(" ".join(f"{a.speaker} {a.speaker_title or ''} {a.title}" for a in said))
        return any(w[:PREFIX] in names for w in _WORD.findall(words))

    holders = _holders(items, sense, rank)
    if not holders and anywhere:  # none in the articles found: the one holder quoted
        # anywhere, when only one is (and the question's names, if any, are in their article)
        holders = _holders(items, sense, None)
        if len(holders) != 1 or (names and not named(next(iter(holders.values())))):
            return None
    if not holders:
        return None

    def near(said: Sequence[Attribution]) -> float:
        if closeness is not None:
            return max(closeness(said))
        return -min(rank.get(a.doc_id, len(results)) for a in said)

    def situated(said: Sequence[Attribution]) -> int:
        if article is None or len(holders) < 2:
            return 0
        words = {w[:PREFIX] for d in {a.doc_id for a in said}
                 for w in _WORD.findall(fold(article(d)))}
        return len(names & words)

    best = min(holders, key=lambda s: (not named(holders[s]), -situated(holders[s]),
                                       -near(holders[s])))
    return best, _role_phrase(question, start, end)


def _holders(items: Sequence[Attribution], sense: str, docs: Collection[str] | None
             ) -> dict[str, list[Attribution]]:
    """The speakers whose title or speaker words hold ``sense`` (in ``docs`` only, unless
    None), each with all their attributions."""
    holders: dict[str, list[Attribution]] = {}
    for a in items:
        if a.speaker and (docs is None or a.doc_id in docs) and any(
                same_sense(s, sense)
                for text in (a.speaker_title, a.speaker_span and a.speaker_span.text)
                if text for _, _, s in senses_in(text)):
            holders.setdefault(a.speaker, [])
    for a in items:
        if a.speaker in holders:
            holders[a.speaker].append(a)
    return holders


def speaker_by_description(question: np.ndarray, speakers: Sequence[str],
                           descriptions: np.ndarray, margin: float) -> str | None:
    """Of ``speakers``, the one whose description vector (the words that name and describe
    them in the articles) is closest to the ``question`` vector, when its cosine beats the
    next one's by ``margin`` (the embeddings, across languages: "the head of the jury" /
    "présidente du jury"); None otherwise."""
    if not speakers:
        return None
    sims = descriptions @ question
    order = np.argsort(-sims)
    if len(order) > 1 and float(sims[order[0]] - sims[order[1]]) < margin:
        return None
    return speakers[int(order[0])]


_OWNER = re.compile(r"(?<![\w'’-])(?:[A-ZÀ-Ý][\w-]*\s+)*[A-ZÀ-Ý][\w-]*['’]s\s+$")
_CAPITALS = re.compile(r"[A-ZÀ-Ý][\w-]*(?:\s+[A-ZÀ-Ý][\w-]*)*")


@cache
def _genitive() -> re.Pattern[str]:
    """A genitive link of any language ("de la", "of the", "del"), folded, before a word."""
    links = sorted({g for lg in lang.all_languages() for g in lg.attribution.genitives},
                   key=len, reverse=True)
    alt = "|".join(re.escape(g) + (r"\s*" if g.endswith("'") else r"\s+") for g in links)
    return re.compile(rf"\s+(?:{alt})")


def _role_phrase(question: str, start: int, end: int) -> str:
    """The question's words that name a speaker by a role: the role with the owner before
    it ("Zaragoza's mayor"), or with whom it serves after it ("la alcaldesa de Tucson", "le
    président du syndicat", "el consejero de Movilidad de Aragón")."""
    lo, hi = _role_bounds(question, start, end)
    return question[lo:hi]


def _role_bounds(question: str, start: int, end: int) -> tuple[int, int]:
    """The offsets of :func:`_role_phrase`."""
    before = _OWNER.search(question[:start])
    if before is not None:
        start = before.start()
    folded = fold(question)
    for _ in range(2):
        link = _genitive().match(folded, end)
        if link is None:
            break
        name = _CAPITALS.match(question, link.end()) or _WORD.match(question, link.end())
        if name is None:
            break
        end = name.end()
        proper = _SPACE.match(question, end)  # "del colegio San Ginés"
        if proper is not None and (more := _CAPITALS.match(question, proper.end())):
            end = more.end()
    return start, end
