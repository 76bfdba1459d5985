"""Answers from the attributions: what a speaker said, and who said something.

The :class:`QuoteAnswerer` reads the attributions extracted at ingest
(:mod:`rag.ingest.quote_store`) and answers the questions :mod:`rag.answer.speech` finds:

* "What did X say (about Y)?": X's attributions, merged into reading units (an
  attribution's sentences and its neighbours in the same passage, so that "Ce qui est
  moins clair, a-t-il déclaré, ..." is read with the quote that follows), are read by the
  reader with the question. The unit where it finds its best span answers when that
  span's margin clears ``speech_threshold`` (calibrated on dev items): the short answer
  is the words the reader scores highest as the answer (for a number or a time, those
  holding its best span), with the quote that continues them; the citation is the
  unit's sentences. Else the words holding half the question's topic words answer
  (:meth:`SpeechReading.on_topic`); else :meth:`QuoteAnswerer.not_on_topic` says that X
  is quoted, but not on that (an abstention).
* "Who said ...?": the engine's answer, when it cites the sentence of an attribution, is
  given with that attribution's speaker (the short answer is the speaker's name as the
  article writes it).
* a name nobody quoted answers to: the abstention says so, with the speakers who are
  quoted (closest names first); two speakers in one question: a sentence asking for one.

Every citation and short answer is an exact span of the source file.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Sequence

import numpy as np

from rag import lang
from rag.answer.attributed import (
    AttributionIndex,
    SpeechReading,
    Unit,
    continued,
    overlaps,
    similar_names,
    who_choice,
)
from rag.answer.compose import abstention, dated, passage_citation, sentence_of
from rag.answer.roles import (
    name_stands_apart,
    role_agrees,
    senses_in,
    speaker_by_description,
    speaker_by_role,
)
from rag.answer.speech import (
    SpeechQuestion,
    parse_speech_question,
    qualifies_role,
    resolve_previous,
)
from rag.answer.speech_words import claim_of, cue_spans
from rag.answer.topic import asks_value, content_words, name_runs, topic_found, topic_words
from rag.config import Settings
from rag.errors import RagError
from rag.ingest.attributions import Attribution
from rag.ingest.quote_store import quotes
from rag.ingest.speakers import bare_name, fold
from rag.read.reader import Reader
from rag.search.embed import Embedder
from rag.types import Answer, SearchResult, ShortAnswer

MAX_OFFERED = 2  # what a speaker did say, when not on the question's subject


class QuoteAnswerer:
    """Who-said-what answers (cheap constructor; attributions load on first use and
    reload when ingest changes them)."""

    def __init__(self, settings: Settings, reader: Reader, embedder: Embedder) -> None:
        self.settings = settings
        self.reader = reader
        self.embedder = embedder
        self.index = AttributionIndex(settings)

    def parse(self, question: str, previous: Sequence[str] = (),
              last_speaker: str | None = None, answers: Sequence[str] = (),
              results: Sequence[SearchResult] = ()) -> SpeechQuestion | None:
        """What ``question`` asks about speech (None: not about speech, or nobody quoted);
        ``previous`` questions, their ``answers`` and the ``last_speaker`` quoted resolve
        "he", "elle"; a speaker named by a role in any language ("la alcaldesa de Tucson")
        is looked for among the speakers of the articles in ``results``
        (:func:`rag.answer.roles.speaker_by_role`) when no name is found."""
        names, titles = self.index.speakers()
        if not names:
            return None
        found = parse_speech_question(question, names, titles, previous, last_speaker,
                                      answers, self.similar_speakers)
        if results and (found is None or (found.unknown and not found.speakers) or (
                found.kind == "what" and found.speakers and not role_agrees(
                    question, [titles.get(s) or s for s in found.speakers])
                and not name_stands_apart(question, found.named, found.speakers))):
            # nobody named ("the Spanish fisheries minister": no name either); or a name
            # whose speaker has another role ("el portavoz de los aficionados del Grenoble"
            # is not "la maire de Grenoble"; "the delegate in Andalusia" is not "la
            # Asociación de Transportistas de Andalucía")
            role = speaker_by_role(question, self.index.items(), results,
                                   lambda said: self.index.closeness(question, said,
                                                                     self.embedder),
                                   lambda doc: " ".join(
                                       c.text for c in self.index.doc_chunks(doc)),
                                   anywhere=found is None)  # not "Putin told the minister"
            if role is not None:
                return SpeechQuestion("what", (role[0],), role[1], on="title", adjacent=False)
            if found is None and cue_spans(question) and not senses_in(question):
                # a role the lists know that nobody quoted holds stays unanswered
                described = self.described(question, results)
                if described is not None:
                    return SpeechQuestion("what", (described,), "", on="title", adjacent=False)
        return found

    def described(self, question: str, results: Sequence[SearchResult]) -> str | None:
        """The speaker of the first retrieved article that the question describes in words
        no role list holds ("the head of the jury", "el líder de los pescadores"):
        :func:`rag.answer.roles.speaker_by_description`."""
        margin = self.settings.speaker_description_margin
        if not results or margin > 1:
            return None
        doc = results[0].chunk.doc_id
        speakers = sorted({a.speaker for a in self.index.items() if a.doc_id == doc and a.speaker})
        if not speakers:
            return None
        q = np.asarray(self.embedder.embed_queries([question]))[0]
        return speaker_by_description(
            q, speakers, self.index.description_vectors(speakers, self.embedder), margin)

    def similar_speakers(self, name: str) -> list[str]:
        """The quoted speakers ``name`` stands for by the embeddings, in any language ("la
        Casa Blanca": "la Maison Blanche"; both without their articles): the closest speaker
        when its cosine reaches ``speaker_similarity``, with its spelling variants (as close
        to within 0.01)."""
        names, _ = self.index.speakers()
        if not names or self.settings.speaker_similarity > 1:
            return []
        q = np.asarray(self.embedder.embed_queries([bare_name(name)]))[0]
        return similar_names(q, self.index.name_vectors(names, self.embedder), names,
                             self.settings.speaker_similarity)

    def referent(self, previous: Sequence[str], answers: Sequence[str] = (),
                 last_speaker: str | None = None) -> str | None:
        """Who "he" or "elle" in a follow-up is: the speaker the conversation quoted or
        named last (see :meth:`parse`), by their name in the articles; None: nobody."""
        names, titles = self.index.speakers()
        found = resolve_previous(previous, names, titles, last_speaker, answers)
        return found.speakers[0] if found is not None and found.speakers else None

    # -- reading ----------------------------------------------------------------------
    def read(self, question: str, speakers: Sequence[str]) -> SpeechReading:
        """The speakers' units read with the question (a much-quoted speaker's: the
        ``reader_passages`` closest to it by the embeddings)."""
        units = self.index.units(speakers)
        limit = self.settings.reader_passages
        if len(units) > limit:
            q = self.embedder.embed_queries([question])[0]
            scores = self.index.vectors(units, self.embedder) @ q
            units = [units[i] for i in sorted(np.argsort(-scores)[:limit])]
        results = [SearchResult(rank=i + 1, chunk=u.chunk, score=0.0)
                   for i, u in enumerate(units)]
        targets = [[(a.content.start, a.content.end) for a in u.items] for u in units]
        readings = self.reader.run(question, results, targets) if results else []
        return SpeechReading(units, readings)

    # -- answers ----------------------------------------------------------------------
    def said(self, question: str, language: str, reading: SpeechReading,
             results: Sequence[SearchResult], named: str = "") -> Answer | None:
        """X's words on the question's subject (any of them when it names no subject), or
        None when no unit clears the reader's threshold nor holds the subject's words."""
        best = reading.best()
        speakers = [a.speaker for u in reading.units for a in u.items if a.speaker]
        topic = topic_words(question, [*speakers, named])  # not the words that name them
        alike = functools.partial(self.index.words_alike, embedder=self.embedder,
                                  limit=self.settings.topic_word_similarity)
        if best is None:
            return None
        if best[2] < self.settings.speech_threshold and topic:
            topical = reading.on_topic(topic, alike, name_runs(question))
            if topical is None:
                return None
            unit, item, score = topical[:3]
        else:
            unit, top, score = best
            held = reading.holding_best(unit) if asks_value(question) else None
            item = held or top  # the words the reader scores highest as the answer
            topical = reading.on_topic(topic, alike, name_runs(question)) \
                if held is None and topic else None
            if topical is not None and len(topic_found(  # another holds more of the subject
                    topic, content_words(item.content.text), alike)) < topical[3]:
                unit, item, score = topical[:3]
        items = [item, *continued(item, unit.items)]
        speaker = item.speaker or ""
        citation = passage_citation(1, unit.passage, unit.chunk.start, unit.chunk.end)
        shorts = [ShortAnswer(1, a.doc_id, a.content.start, a.content.end, a.content.text,
                              score) for a in items]
        words = lang.get(language)
        lead = "; ".join(f"{sa.text} [1]" for sa in shorts)  # as written: it leads the text
        head = _capital(words.said.format(speaker=speaker, title=citation.title,
                                          date=dated(citation.date)))
        text = f"{lead}\n\n{head}\n{_flat(citation.text)} [1]"
        return Answer(question=question, answer=text, abstained=False, language=language,
                      citations=[citation], retrieved=list(results), score=score,
                      short_answers=shorts, speaker=speaker or None)

    def who(self, question: str, language: str, results: Sequence[SearchResult],
            among: Sequence[str], passages: Answer) -> Answer:
        """ "Who said ...?": the attributions whose words are closest to the question
        (one per reading unit, ``who_candidates`` of them) read with it; the choice is
        :func:`who_choice`'s (the passages' answer with the speaker it cites,
        :meth:`with_speaker`, when the closest does not clear ``speech_threshold``), led
        by the speaker as the article names them (an earlier mention for "il")."""
        s = self.settings
        fallback = self.with_speaker(passages)
        names, _ = self.index.speakers()
        items = [(u, a) for u in self.index.units(names) for a in u.items if a.speaker]
        items = [(u, a) for u, a in items if a.speaker in among] or items  # "which … spokesman"
        if not items:
            return fallback
        q = self.embedder.embed_queries([claim_of(question)])[0]
        sims = self.index.said_closeness(q, [a for _, a in items], self.embedder)
        candidates: list[tuple[Unit, Attribution]] = []  # one per unit, closest first
        for i in np.argsort(-sims):
            if len(candidates) == s.who_candidates:
                break
            if all(u.key != items[i][0].key for u, _ in candidates):
                candidates.append(items[i])
        bests = [self.reader.run(question, [SearchResult(rank=1, chunk=u.chunk, score=0.0)])[0].best
                 for u, _ in candidates]  # read apart: int8 activations scale per batch
        clears = bests[0] >= s.speech_threshold or self.index.holds_topic(
            question, candidates[0][1], self.embedder, s.topic_word_similarity)
        pick = who_choice(bests, clears, s.who_switch_margin, s.who_fallback_threshold,
                          fallback.abstained)
        if pick is None:
            return fallback
        unit, item = candidates[pick]
        citation = passage_citation(1, unit.passage, unit.chunk.start, unit.chunk.end)
        head = lang.get(language).according_to_article.format(title=citation.title,
                                                              date=dated(citation.date))
        found = Answer(question=question, answer=f"\n\n{head}\n{_flat(citation.text)} [1]",
                       abstained=False, language=language, citations=[citation],
                       retrieved=list(results), score=bests[pick])
        named = self._with(found, item)
        return named if named.speaker else fallback

    def not_on_topic(self, question: str, language: str, reading: SpeechReading,
                     results: Sequence[SearchResult]) -> Answer:
        """An abstention that says the speaker is quoted, but not on that, and quotes the
        closest of what they did say."""
        ranked = sorted(zip(reading.units, reading.readings, strict=True),
                        key=lambda p: -p[1].relevance)[:MAX_OFFERED]
        speaker = next((a.speaker for u, _ in ranked for a in u.items if a.speaker), "")
        words = lang.get(language)
        citations = [passage_citation(i + 1, u.passage, u.chunk.start, u.chunk.end)
                     for i, (u, _) in enumerate(ranked)]
        lines = [f"- {c.title}{dated(c.date)}: {_flat(c.text)} [{c.n}]" for c in citations]
        text = "\n".join([words.said_not_on_topic.format(speaker=speaker), *lines])
        best = max((r.best for r in reading.readings), default=float("-inf"))
        return Answer(question=question, answer=text, abstained=True, language=language,
                      citations=citations, retrieved=list(results), score=best,
                      speaker=speaker or None)

    def cites_speaker(self, answer: Answer, speakers: Sequence[str]) -> bool:
        """Does ``answer`` cite a sentence that holds one of the speakers' attributions?"""
        theirs = [a for a in self.index.items() if a.speaker in speakers]
        return any(c.doc_id == a.doc_id
                   and overlaps(c.start, c.end, a.sentence.start, a.sentence.end)
                   for c in answer.citations for a in theirs)

    def with_words(self, answer: Answer, speakers: Sequence[str]) -> Answer:
        """A "what did X say?" answer from the passages whose short answer is X's name (the
        reader points at the speaker the question names): X's words in the cited sentence
        become the short answer. Any other short answer stays ("which agencies reported
        X's briefing?", "when did X say …?")."""
        if answer.abstained or not answer.short_answers:
            return answer
        theirs = [a for a in self.index.items() if a.speaker in speakers]
        sa = answer.short_answers[0]
        if not any(fold(sa.text) in fold(a.speaker or "") or (
                a.speaker_span is not None and a.doc_id == sa.doc_id
                and overlaps(sa.start, sa.end, a.speaker_span.start, a.speaker_span.end))
                for a in theirs):
            return answer
        for c in answer.citations:
            held = [a for a in theirs if a.doc_id == c.doc_id
                    and c.start <= a.content.start and a.content.end <= c.end]
            if held:
                item = max(held, key=lambda a: a.content.end - a.content.start)
                short = ShortAnswer(c.n, item.doc_id, item.content.start, item.content.end,
                                    item.content.text, sa.score)
                body = answer.answer.split("\n\n", 1)[-1]
                return dataclasses.replace(answer, answer=f"{short.text} [{c.n}]\n\n{body}",
                                           short_answers=[short])
        return answer

    def with_speaker(self, answer: Answer) -> Answer:
        """A "who said ...?" answer with the speaker of the attribution it cites: the
        speaker's name as the article writes it becomes the short answer."""
        if answer.abstained or not answer.citations:
            return answer
        first = answer.citations[0]
        held = [a for a in self.index.items() if a.doc_id == first.doc_id and a.speaker
                and overlaps(first.start, first.end, a.sentence.start, a.sentence.end)]
        if not held:
            return answer
        if answer.short_answers:  # the innermost speaker of the words the reader found
            sa = answer.short_answers[0]
            held.sort(key=lambda a: (not overlaps(sa.start, sa.end, a.content.start,
                                                   a.content.end),
                                     a.content.end - a.content.start))
        return self._with(answer, held[0])

    def _with(self, answer: Answer, item: Attribution) -> Answer:
        """``answer`` led by ``item``'s speaker as the article names them (a citation of
        the sentence that names them is added when the cited ones do not)."""
        name = self._name_span(item)
        if name is None:
            return answer
        start, end, text = name
        citations = list(answer.citations)
        n = next((c.n for c in citations if c.doc_id == item.doc_id
                  and c.start <= start and end <= c.end), None)
        if n is None:
            chunk = self.index.chunk_for(item.doc_id, start, end)
            if chunk is None:
                return answer
            s, e = sentence_of(chunk, start, end)
            n = len(citations) + 1
            citations.append(passage_citation(n, chunk, s, e))
        short = ShortAnswer(n, item.doc_id, start, end, text, answer.score)
        body = answer.answer.split("\n\n", 1)[-1]  # the cited sentences, without the lead
        extra = "".join(f"\n{_flat(c.text)} [{c.n}]" for c in citations[len(answer.citations):])
        return dataclasses.replace(answer, answer=f"{text} [{n}]\n\n{body}{extra}",
                                   citations=citations, short_answers=[short],
                                   speaker=item.speaker)

    def _name_span(self, item: Attribution) -> tuple[int, int, str] | None:
        """Where the article names ``item``'s speaker: its own speaker words when they hold
        the name, else the last mention before it of the description of someone unnamed
        ("A dock worker", where the words are "he") or of a word of the name."""
        sp, speaker = item.speaker_span, item.speaker or ""
        words = re.findall(r"[\w’'-]+", speaker)
        name_words = [w for w in words if w[:1].isupper()]
        if sp is not None and any(w in sp.text for w in name_words):
            return sp.start, sp.end, sp.text
        described = len(name_words) < len(words) and (sp is None or fold(speaker) not in fold(
            sp.text)) and self._last(item, re.compile(re.escape(speaker), re.IGNORECASE))
        if described:
            return described
        if sp is not None and not name_words:  # an institution or a group: as written
            return sp.start, sp.end, sp.text
        return self._last(item, re.compile(r"\b(?:" + "|".join(
            re.escape(w) for w in name_words) + r")\b")) if name_words else None

    def _last(self, item: Attribution, pattern: re.Pattern[str]) -> tuple[int, int, str] | None:
        for c in reversed(self.index.doc_chunks(item.doc_id)):
            if c.start > item.sentence.start:
                continue
            before = c.text[: max(0, item.sentence.start - c.start)] if \
                c.end > item.sentence.start else c.text
            hits = list(pattern.finditer(before))
            if hits:
                m = hits[-1]
                return c.start + m.start(), c.start + m.end(), m.group(0)
        return None

    def nobody(self, answer: Answer, name: str, results: Sequence[SearchResult]) -> Answer:
        """An abstention that also says nobody by ``name`` is quoted, and who is; the
        passages' answer is refused when its words are a named speaker's ("What did Putin
        tell her?"), unless ``name`` only says whose a role is ("the mayor of Montbrac")."""
        sa = answer.short_answers[0] if answer.short_answers else None
        if sa is not None and not answer.abstained and not qualifies_role(answer.question, name) \
                and any(a.speaker and a.doc_id == sa.doc_id and a.content.start <= sa.start
                        and sa.end <= a.content.end for a in self.index.items()):
            answer = abstention(answer.question, answer.language, results, score=answer.score)
        if not answer.abstained:
            return answer
        words = lang.get(answer.language)
        try:
            found = quotes(self.settings, name)
        except RagError:  # a name that is not one, or no store: the plain abstention
            return answer
        if found.items:
            return answer
        names = ", ".join(found.speakers[:5])
        extra = words.said_nobody.format(name=name)
        if names:
            extra += " " + words.said_quoted_are.format(speakers=names)
        return dataclasses.replace(answer, answer=f"{answer.answer} {extra}")


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def _flat(text: str) -> str:
    return " ".join(text.split())
