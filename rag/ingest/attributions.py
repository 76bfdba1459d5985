"""Who said what: direct quotes and reported speech in an article, as exact spans.

:func:`extract_attributions` reads a document's title and content paragraphs (never the
boilerplate that cleaning removed) and returns every :class:`Attribution`: a speaker (the
words that name them, and who they resolve to: :mod:`rag.ingest.resolve`), a cue (the
speech verb or "according to": :mod:`rag.ingest.cues`), the content and the sentence(s),
each a span of the raw text (``raw[start:end] == text``). General rules, no parser, every
word from ``rag.lang``. The content of a cue is:

* the quote it follows ("« … », a déclaré X", "“…,” he said") or introduces with a colon
  ("X, qui a déclaré : « … »", "comme l'a affirmé X : « … »");
* else the clause it introduces ("que …", "that …", a complement: "a appelé Pyongyang à
  …", "a nié les accusations") up to the sentence's end, a new incise, a gerund or a
  comment (", ce qui"); the first comma when the speaker's clause is subordinate ("Bien
  que X ait nié les accusations, …");
* for an incise ("…, a affirmé X", "…, a-t-il dit, …"), the clause before it (the whole
  sentence when it goes on after the incise); for "…, selon X" the clause before, for
  "selon X, …" the clause after;
* a gerund ("…, ajoutant que …") goes on with the same speaker; a quote inside reported
  content is a second record with the same speaker and cue; an unattributed claim ("les
  affirmations selon lesquelles …") has speaker ``None``; a paragraph that is only a quote
  right after an attribution continues its speaker (``resolved_by="previous_quote"``, no
  cue); a sentence that opens with a speech verb and no subject ("Añadió que …") continues
  the last speaker (``resolved_by="previous_speaker"``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from rag.ingest.cues import (
    Context,
    Cue,
    after_listener,
    content_end,
    find_cues,
    incise_before,
    subordinate,
    trim,
    words_between,
)
from rag.ingest.incises import mid_incise, pronoun_speaks
from rag.ingest.people import People
from rag.ingest.phrases import clause_subject, complement, leading_subject
from rag.ingest.quote_marks import SPACE, TRIM, Quote, find_quotes, units
from rag.ingest.resolve import Resolver, Said, Speaker
from rag.ingest.speakers import lexicon, tokens
from rag.types import Document, Span

VERSION = 49  # bump when the rules change: stored attributions are then extracted again
# (3: a day or time between an inverted verb and its subject, "según informó el lunes X";
# particles inside names, "Pieter de Vries")


@dataclass(frozen=True)
class Attribution:
    """One thing someone said: every span is exact in the document's raw text."""

    doc_id: str
    kind: str  # "quote" (the words between quote marks) or "reported"
    speaker: str | None  # resolved: "Kurt Campbell", "le Kremlin"; None: an unnamed source
    speaker_title: str | None
    speaker_span: Span | None  # the words that name the speaker here ("il", "Campbell")
    cue: Span | None  # "a déclaré", "said", "selon"; None for a quote standing alone
    content: Span
    sentence: Span  # the sentence(s) that hold it
    resolved_by: str  # how the speaker was found (see rag.ingest.resolve)
    date: str | None = None  # the article's
    title: str = ""  # the article's
    language: str = ""

    def to_json(self) -> dict[str, Any]:
        """The public ``rag quotes --json`` object (fields are only ever added)."""
        sp, cue = self.speaker_span, self.cue
        return {
            "doc_id": self.doc_id,
            "title": self.title,
            "date": self.date,
            "language": self.language,
            "kind": self.kind,
            "speaker": self.speaker,
            "speaker_title": self.speaker_title,
            "speaker_text": sp.text if sp else None,
            "speaker_start": sp.start if sp else None,
            "speaker_end": sp.end if sp else None,
            "cue_text": cue.text if cue else None,
            "cue_start": cue.start if cue else None,
            "cue_end": cue.end if cue else None,
            "text": self.content.text,
            "start": self.content.start,
            "end": self.content.end,
            "sentence_text": self.sentence.text,
            "sentence_start": self.sentence.start,
            "sentence_end": self.sentence.end,
            "resolved_by": self.resolved_by,
        }

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> Attribution:
        def span(prefix: str) -> Span | None:
            start = d.get(f"{prefix}_start")
            return None if start is None else Span(start, d[f"{prefix}_end"], d[f"{prefix}_text"])

        return cls(
            doc_id=d["doc_id"],
            kind=d["kind"],
            speaker=d["speaker"],
            speaker_title=d["speaker_title"],
            speaker_span=span("speaker"),
            cue=span("cue"),
            content=Span(d["start"], d["end"], d["text"]),
            sentence=Span(d["sentence_start"], d["sentence_end"], d["sentence_text"]),
            resolved_by=d["resolved_by"],
            date=d["date"],
            title=d["title"],
            language=d["language"],
        )


@dataclass
class _Article:
    doc: Document
    ctx: Context
    resolver: Resolver
    units: list[tuple[int, int]]
    blocks: list[int]  # the paragraph of each unit
    out: list[Attribution] = field(default_factory=list)
    said: list[Said] = field(default_factory=list)


def _span(raw: str, start: int, end: int) -> Span:
    return Span(start, end, raw[start:end])


def _regions(doc: Document) -> list[tuple[int, int]]:
    """The title line (when the text holds it outside the paragraphs), then the paragraphs."""
    raw, regions = doc.raw_text, list(doc.blocks)
    title = doc.title.strip()
    at = raw.find(title) if title else -1
    if at >= 0 and not any(s <= at < e for s, e in regions):
        regions.insert(0, (at, at + len(title)))
    return sorted(regions)


def extract_attributions(doc: Document) -> list[Attribution]:
    """Every attribution of ``doc``, in text order."""
    lex = lexicon(doc.language)
    raw = doc.raw_text
    regions = _regions(doc)
    all_units: list[tuple[int, int]] = []
    blocks: list[int] = []
    quotes: list[Quote] = []
    for b, (s, e) in enumerate(regions):
        qs = find_quotes(raw, s, e)
        quotes += qs
        for u in units(raw, s, e, qs):
            all_units.append(u)
            blocks.append(b)
    people = People(raw, regions, lex)
    art = _Article(
        doc,
        Context(raw, lex, people, quotes),
        Resolver(raw, all_units, people, lex),
        all_units,
        blocks,
    )
    for i, (us, ue) in enumerate(all_units):
        before = len(art.out)
        _unit(art, i, us, ue)
        if len(art.out) == before and not _after_colon(art, i, us, ue):
            _standalone(art, i, us, ue)
    return art.out


# -- one sentence ----------------------------------------------------------------------


def _unit(art: _Article, i: int, us: int, ue: int) -> None:
    raw = art.doc.raw_text
    cues = sorted(find_cues(art.ctx, us, ue), key=lambda c: c.start)
    last: tuple[Speaker, tuple[int, int] | None, Cue] | None = None
    for c in cues:
        if c.order == "gerund":
            if last is not None:
                speaker, sp = last[0], last[1]
            else:  # "The mayor rejected that criticism, saying …": the sentence's subject
                sp = leading_subject(art.doc.raw_text, us, c.start, art.ctx.lex, art.ctx.people)
                if sp is None:
                    continue
                speaker = art.resolver.resolve(sp[0], sp[1], i, art.said)
                if speaker.name is None or speaker.how == "impersonal":
                    continue
        elif c.order == "claim":
            speaker, sp = Speaker(None, None, "unnamed"), None
        elif c.order in ("implicit", "participial"):
            # "«…», dijo.": the last speaker goes on, else the person named last ("Luis
            # Pérez, dueño de una panadería, calcula que … «…», añadió"; "Preguntado por …,
            # respondió")
            speaker, sp = art.resolver.implicit(i, art.said, c.start if c.order == "participial"
                                                or _after_quote(art, us, c.start) else None), None
            if speaker.name is None:
                continue
        else:
            assert c.speaker is not None
            sp = c.speaker
            if c.order == "normal":
                sp = pronoun_speaks(raw, sp, c, ue, art.ctx.lex) or sp
            speaker = art.resolver.resolve(sp[0], sp[1], i, art.said)
            if speaker.how == "impersonal":
                continue
        kind, content = "reported", c.content
        if c.quote is not None:  # an incise inside a quote
            kind, content = "quote", (c.quote.cs, c.quote.ce)
        anchor = c.start if c.order in ("incise", "inverted", "as_said", "coordinated") \
            else (sp or (c.start,))[0]
        before = next(
            (
                q
                for q in art.ctx.within(us, ue)
                if us <= q.start and q.end <= anchor and (
                    not words_between(raw, q.end, anchor)
                    # “…,” the company's chief executive, Ann Blake, told reporters: the
                    # quote that opens the sentence, not the verb's object
                    or (q.start == us and c.order == "normal" and len(
                        tokens(raw, q.end, anchor)) <= 12
                        and complement(raw, c.end, ue, art.ctx.lex) is None))
            ),
            None,
        )
        after_at = sp[1] if c.order in ("incise", "as_said") and sp else c.end
        colon = next(
            (
                q
                for q in art.ctx.within(us, ue)
                if after_at <= q.start < ue
                and re.fullmatch(r"[^.;!?«»“”\"]{0,60}:\s*", raw[after_at : q.start])
            ),
            None,
        )
        if content is None and before is not None and c.order not in ("gerund", "claim"):
            kind, content = "quote", (before.cs, before.ce)
            rest = sp[1] if sp and c.order == "incise" else c.end
            second = next((q for q in art.ctx.within(rest, ue)
                           if q.start >= rest and raw[rest:q.start].strip(SPACE) == ","), None)
            if second is not None:
                content = (before.cs, second.ce)  # “We support jobs,” said X, “but …”
        elif content is None and colon is not None:
            kind, content = "quote", (colon.cs, colon.ce)
            if c.order == "as_said":
                comma = raw.rfind(",", us, c.start)
                if comma > us:
                    _add(art, i, c, speaker, sp, "reported", (us, comma), us, ue)
        elif content is None and c.order in ("incise", "inverted", "as_said") and (
            raw.rfind(",", us, c.start) > us
        ):
            stop = raw.rfind(",", us, c.start)
            tail = raw[(sp[1] if sp and c.order != "inverted" else c.end) : ue]
            goes_on = (
                tail.startswith(",")
                and tail.strip(TRIM)
                and not any(
                    x.start > c.end and x.order in ("gerund", "incise", "inverted") for x in cues
                )
            )
            content = (us, ue) if goes_on else (us, stop)
        elif content is None and sp and c.order == "normal" and mid_incise(raw, us, sp, c, ue):
            content = (us, ue)  # "The slope above the road, she warned, was still moving …"
        elif content is None and sp and c.order != "coordinated" and (
                clause := incise_before(art.ctx, us, sp[0], c.end, ue)):
            content = clause  # "Russian drones hit a plant, officials said on Sunday."
        elif content is None:  # what follows the verb ("Dijo el ministro que …" too)
            start = sp[1] if sp and c.order == "incise" and sp[0] >= c.end else c.end
            that = complement(raw, start, ue, art.ctx.lex)
            if that is not None:
                start = that
            elif c.kind == "que" and (q := next(iter(art.ctx.within(start, ue)), None)):
                # "a décrit « un feu … »", "calificó la situación de «insostenible»": the
                # quote is what was said (find_cues kept the verb for it)
                kind, content = "quote", (q.cs, q.ce)
            elif _to_listener(art, c):
                # "told reporters the trust had recruited 95 nurses": the clause after the
                # listener; "told her about the recall": no words of hers
                heard = after_listener(art.doc.raw_text, c.end, ue, art.ctx.lex)
                if heard is None:
                    continue
                start = heard
            if content is None:
                sub = subordinate(art.ctx, us, (sp or (c.start,))[0])
                content = (start, content_end(art.ctx, start, ue, cues, sub))
        else:
            content = (
                (content[0], content_end(art.ctx, content[0], content[1], cues, False))
                if kind == "reported"
                else content
            )
        if _add(art, i, c, speaker, sp, kind, content, us, ue) and c.order != "claim":
            last = (speaker, sp, c)


def _to_listener(art: _Article, c: Cue) -> bool:
    """Is the cue a verb whose object is the listener ("told", "tells")?"""
    verbs = art.ctx.lex.words.listener_verbs
    return bool(verbs) and re.search(rf"(?<!\w)(?:{verbs})$", art.doc.raw_text[c.start:c.end],
                                     re.IGNORECASE) is not None


def _after_quote(art: _Article, us: int, cue: int) -> bool:
    """Does the verb at ``cue`` follow a quote that opens its sentence ("«…», añadió")?"""
    return any(q.start == us and not art.doc.raw_text[q.end:cue].strip(SPACE + ",")
               for q in art.ctx.within(us, cue))


def _add(
    art: _Article,
    i: int,
    c: Cue,
    speaker: Speaker,
    sp: tuple[int, int] | None,
    kind: str,
    content: tuple[int, int],
    us: int,
    ue: int,
) -> bool:
    raw = art.doc.raw_text
    cs, ce = trim(raw, *content) if kind == "reported" else content
    while kind == "quote" and ce > cs and raw[ce - 1] in SPACE + ",":  # “…,” said X
        ce -= 1
    if ce <= cs or not any(ch.isalpha() for ch in raw[cs:ce]):
        return False
    if any(
        a.content.start == cs and a.content.end == ce and a.speaker == speaker.name for a in art.out
    ):
        return False
    if c.kind == "source" and any(  # "« … », a déclaré X, selon un communiqué": X said it
        q.start == cs and q.end == ce and any(a.content.start == q.cs for a in art.out)
        for q in art.ctx.within(cs, ce)
    ):
        return False
    doc = art.doc
    art.out.append(
        Attribution(
            doc_id=doc.doc_id,
            kind=kind,
            speaker=speaker.name,
            speaker_title=speaker.title,
            speaker_span=_span(raw, *sp) if sp else None,
            cue=_span(raw, c.start, c.end) if c.order != "standalone" else None,
            content=_span(raw, cs, ce),
            sentence=_span(raw, us, ue),
            resolved_by=speaker.how,
            date=doc.date,
            title=doc.title,
            language=doc.language,
        )
    )
    art.said.append(Said(c.start, i, speaker))
    if kind == "reported":  # quotes inside reported content: the same speaker said them
        for q in art.ctx.within(cs, ce + 1):
            if cs <= q.start and q.end <= ce + 1 and (q.cs, q.ce) != (cs, ce):
                _add(art, i, c, speaker, sp, "quote", (q.cs, q.ce), us, ue)
    return True


def _standalone(art: _Article, i: int, us: int, ue: int) -> None:
    """A sentence or paragraph that is only a quote, right after an attribution, goes on
    with its speaker (“…,” X said. “…”)."""
    q = next((q for q in art.ctx.within(us, ue) if q.start == us and q.end >= ue - 1), None)
    if q is None or not art.said or art.said[-1].unit != i - 1:
        return
    prev = art.said[-1].speaker
    if prev.name is None:
        return
    speaker = Speaker(prev.name, prev.title, "previous_quote", prev.gender, prev.person)
    _add(
        art,
        i,
        Cue(us, us, "none", "standalone", None),
        speaker,
        None,
        "quote",
        (q.cs, q.ce),
        us,
        ue,
    )


def _after_colon(art: _Article, i: int, us: int, ue: int) -> bool:
    """ "X a défendu la mesure devant les élus : « … »": a quote after a colon, in a
    sentence with no speech verb, is the words of the sentence's subject."""
    raw = art.doc.raw_text
    for q in art.ctx.within(us, ue):
        sp = clause_subject(raw, us, q.start, art.ctx.lex, art.ctx.people) \
            if raw[us:q.start].rstrip(SPACE).endswith(":") else None
        speaker = art.resolver.resolve(sp[0], sp[1], i, art.said) if sp else None
        if sp and speaker and speaker.name and speaker.how != "impersonal":
            return _add(art, i, Cue(q.start, q.start, "none", "colon", None), speaker, sp,
                        "quote", (q.cs, q.ce), us, ue)
    return False
