"""Where speech is in a sentence: speech verbs and their speakers (the quotes and sentences
of a paragraph are :mod:`rag.ingest.quote_marks`'s).

:func:`find_cues` finds, in one sentence, every speech verb with its auxiliary
and adverbs ("a également réitéré", "has repeatedly warned"), every "selon X" / "according
to X" and every unattributed claim ("les affirmations selon lesquelles"), each with where
its speaker is written: before the verb ("X a déclaré"), after it when the verb follows a
comma or a quote ("», a déclaré X", ", said X", "comme l'a affirmé X"), or glued to it
("a-t-il ajouté"). Negated speech ("n'a pas dit", "did not say") and nouns ("l'annonce")
are not cues; inside a quote only an incise counts ("…, a-t-il dit, …").
"""

from __future__ import annotations

import re

from rag.ingest.cue_types import DASHES, Context, Cue, inverted_pronoun, words_between
from rag.ingest.incises import incise_subject, quote_incises
from rag.ingest.phrases import complement, phrase_after, subject_before
from rag.ingest.quote_marks import SPACE, TRIM
from rag.ingest.sources import sources
from rag.ingest.speakers import QUOTE_CHARS, STOP_PUNCT, Lexicon, Tok, tokens

__all__ = ["Context", "Cue", "after_listener", "content_end", "find_cues", "incise_before",
           "subordinate", "trim", "words_between"]


def _participle(lex: Lexicon, tok: Tok) -> bool:
    """A participle ("venue", "Preguntado"), not a short function word with its ending
    ("du", "plus")."""
    return lex.participle is not None and len(tok.low) > 4 and tok.low not in lex.function \
        and lex.participle.search(tok.low) is not None


def find_cues(ctx: Context, us: int, ue: int) -> list[Cue]:
    """The cues of the sentence ``[us, ue)``, each with where its speaker is written
    (``order``: normal, incise, inverted, as_said, gerund, implicit, front, back, claim)."""
    raw, lex = ctx.raw, ctx.lex
    w = lex.words
    found: list[Cue] = []
    for m in lex.cue.finditer(raw, us, ue):
        kind = m.lastgroup or "verb"
        vs, ve = m.span()
        quote = next((q for q in ctx.within(vs, vs + 1) if q.cs <= vs < q.ce), None)
        window = max(us, vs - 80)
        am = lex.aux_left.search(raw[window:vs])
        glued = am is None and quote is not None
        if glued:  # garbled text: "moia déclaré M. Blinken," inside a quote
            am = lex.aux_glued.search(raw[window:vs])
            am = am if am is not None and not am.group("gap") else None
        cs = window + am.start() if am else vs
        gap = tokens(raw, window + am.start("gap"), window + am.end("gap")) if am else []
        near = [t for t in tokens(raw, max(us, cs - 60), cs)[-3:] if t.end > cs - 12]  # whole
        # words ("Gordon" is no "don"; "didn ' t" is three), none before a quote mark or a
        # comma ("« … n'existaient pas », a-t-il dit")
        cut = max((k + 1 for k, t in enumerate(near) if t.text in QUOTE_CHARS + ","), default=0)
        near = near[cut:]
        if any(t.low in w.negations for t in gap + near):
            continue
        just_before = (gap or near)[-1:] if (gap or near) else []
        if (
            just_before
            and (lex.is_det(just_before[0]) or just_before[0].text.isdigit())
            and just_before[0].text.lower() not in w.pronouns  # "Él asegura" ("el": the)
            and raw[just_before[0].end : vs].strip() == ""
        ):
            continue  # a noun: "l'annonce", "de la menace", "the claims", "37 reports"
        ce, inv = ve, None
        if am is not None and "inv" in am.groupdict() and am.group("inv"):
            inv = (window + am.start("inv"), window + am.end("inv"))
        elif lex.inversion and (post := lex.inversion.match(raw, ve)):
            inv, ce = (ve, post.end()), post.end()
        after_quote = _after_quote(raw, us, cs)  # "« … », précise X"
        if any(t.low in w.passive_agents for t in _without_connective(gap, w.connectives)
               + just_before) or (
            am is None and inv is None and _passive(ctx, m.group(), ve, ue, after_quote)
        ):
            continue  # "la légende rapportée", "critiqué par X": nobody speaks
        cue = Cue(cs, ce, kind, "normal", None, quote=quote)
        dashed = False  # the verb follows a dash: «Esto —dijo X— no es …»
        if inv:
            cue.order, cue.speaker = "inverted", inverted_pronoun(raw, *inv)
        else:
            left = raw[us:cs]
            stripped = left.rstrip(SPACE)
            as_said = bool(lex.as_said and lex.as_said.search(left))
            told = bool(w.listener_verbs) and re.fullmatch(w.listener_verbs, m.group(),
                                                           re.IGNORECASE) is not None
            dashed = stripped[-1:] in DASHES
            if (
                not stripped or stripped[-1] in ',»”"' or dashed or as_said or (glued and am)
            ) and not told and not _apposed(ctx, us, cs):  # "…," X told reporters
                sp = phrase_after(raw, ce, ue, lex, ctx.people) or (
                    incise_subject(ctx, ce, ue) if after_quote else None)
                if sp:  # (after a quote, any noun phrase: "», confie un matelot de 41 ans")
                    cue.order, cue.speaker = ("as_said" if as_said else "incise"), sp
                elif (after_quote and _no_subject_after(ctx, ce, ue)) or (
                        dashed and raw[ce:ue].lstrip(SPACE)[:1] in DASHES):
                    cue.order = "implicit"  # «…», afirmó. / «… —explicó—, …»: the speaker
                    # before goes on
        if kind == "ger":
            if not raw[us:vs].rstrip(SPACE).endswith(","):
                continue
            cue.order, cue.speaker = "gerund", None
        elif cue.speaker is None and cue.order != "implicit":
            opening = tokens(raw, us, cs)
            participial = bool(opening) and opening[-1].text == "," and \
                _participle(lex, opening[0]) and opening[0].start not in ctx.people.runs
            # "Preguntado por su futuro, respondió: …": the last speaker goes on
            cue.speaker = None if participial else subject_before(raw, us, cs, lex, ctx.people)
            shared = None if participial else _shared_subject(ctx, found, cs)
            if shared is not None and (cue.speaker is None or cue.speaker[0] >= shared[1]):
                # "X a estimé … et a demandé", "X said the port was … and warned": not a
                # subject inside the first verb's words
                cue.order, cue.speaker = "coordinated", shared[0]
            if cue.speaker is None and raw[us:cs].strip(SPACE + QUOTE_CHARS) and not participial:
                continue
            if cue.speaker is None:  # "Añadió que …": no subject, the last speaker goes on
                cue.order = "participial" if participial else "implicit"
            elif (
                lex.as_said
                and lex.as_said.search(raw[us : cue.speaker[0]])
                and bare_verb(ctx, ce, ue)
            ):  # "…, as X said": not "as X called on …"
                cue.order = "as_said"
        if quote is not None and not (
            cue.order in ("incise", "inverted")
            and raw[max((cue.speaker or (ce, ce))[1], ce) :].lstrip(SPACE)[:1] in "," + DASHES
        ) and not (cue.order == "implicit" and dashed):
            continue  # inside a quote only an incise counts: "…, a-t-il dit, …"
        if kind == "que" and cue.order == "normal" and complement(raw, ce, ue, lex) is None \
                and not any(_object_then_quote(raw, ce, q.start) for q in ctx.within(ce, ue)):
            continue  # not "a reconnu une erreur"; "a reconnu « des négligences »", "calificó
            # la situación de «insostenible»" are
        found.append(cue)
    return found + sources(ctx, us, ue) + _claims(ctx, us, ue) + quote_incises(ctx, us, ue, found)


def _shared_subject(ctx: Context, found: list[Cue], cs: int
                    ) -> tuple[tuple[int, int], int] | None:
    """The speaker of the sentence's previous cue when the verb at ``cs`` is that
    speaker's too: after "and"/"et"/"y"/"but" ("X said … and insisted that …", "X a estimé
    que … et a demandé …") or after the speaker and a relative pronoun ("a souligné
    Barbazan, qui réclame …"), with where that cue's words start."""
    prev = next((c for c in reversed(found) if c.speaker is not None and c.quote is None
                 and c.order in ("normal", "incise", "inverted", "coordinated")
                 and c.end <= cs), None)
    if prev is None:
        return None
    assert prev.speaker is not None
    w = ctx.lex.words
    between = tokens(ctx.raw, max(prev.end, prev.speaker[1]), cs)
    if not between:
        return None
    last = between[-1]
    if last.low in w.clause_joins and len(between) >= 2:
        return prev.speaker, prev.end
    if last.low in w.relatives and len(between) == 2 \
            and between[0].text == "," and prev.speaker[1] <= between[0].start:
        return prev.speaker, prev.end
    return None


def _object_then_quote(raw: str, verb_end: int, quote: int) -> bool:
    """Does a quote follow the verb, right after it or after a few words of its own clause
    (an object: "described the fire as “…”", "qualifié la situation d'« … »")?"""
    between = raw[verb_end:quote]
    return 0 <= len(between) <= 40 and not re.search(r"[,.;:!?()«»“”\"]", between) \
        and len(between.split()) <= 5


def _without_connective(gap: list[Tok], connectives: tuple[str, ...]) -> list[Tok]:
    """The words between an auxiliary and its verb, without a connective they open with
    ("a par ailleurs annoncé": "par" is no passive agent there)."""
    words = [t.low for t in gap]
    for c in connectives:
        n = len(c.split())
        if words[:n] == c.split():
            return gap[n:]
    return gap


def _no_subject_after(ctx: Context, ce: int, ue: int) -> bool:
    """Does nothing that could name a speaker follow the verb: the sentence ends, or goes on
    with a lower-case word that opens no noun phrase ("«…», contó mientras sujetaba …")?"""
    rest = tokens(ctx.raw, ce, ue)
    rest = [t for t in rest if t.text not in STOP_PUNCT]
    return not rest or (rest[0].text[:1].islower() and not ctx.lex.is_det(rest[0])
                        and not ctx.lex.is_role(rest[0]))


def _after_quote(raw: str, us: int, cs: int) -> bool:
    """Does the verb at ``cs`` follow a closing quote and a comma ("« … », précise X")?"""
    left = raw[us:cs].rstrip(SPACE)
    return left.endswith(",") and left[:-1].rstrip(SPACE)[-1:] in '»”"'


def _passive(ctx: Context, verb: str, verb_end: int, ue: int, incise: bool = False) -> bool:
    """A participle without an auxiliary, or a verb followed by an agent ("par", "by"); after
    a quote ``incise``, a verb in the present that looks like a participle ("« … », précise
    X", "explique", "confie") is that verb."""
    lex = ctx.lex
    if not incise and lex.participle is not None and lex.participle.search(verb.split()[-1]):
        return True
    after = tokens(ctx.raw, verb_end, min(ue, verb_end + 30))
    w = lex.words
    # "respondió por la tarde que …": a time after "por" is no agent
    timed = len(after) > 2 and lex.is_det(after[1]) and after[2].low in w.time_words
    return bool(after) and after[0].low in w.passive_agents and not timed


def bare_verb(ctx: Context, verb_end: int, ue: int) -> bool:
    """Has the verb no content of its own ("…, officials said on Sunday.")? No "that",
    and at most five words, an adverbial, before the next comma or the end."""
    raw, lex = ctx.raw, ctx.lex
    comma = raw.find(",", verb_end, ue)
    after = tokens(raw, verb_end, comma if comma > 0 else ue)
    after = [t for t in after if t.text not in ".!?;:" + QUOTE_CHARS]
    if complement(raw, verb_end, ue, lex) is not None or len(after) > 5:
        return False
    return not after or after[0].low in lex.words.adverbials


def _apposed(ctx: Context, us: int, cs: int) -> bool:
    """Is the verb at ``cs`` preceded by a name or a title between commas ("Dmitri Peskov,
    a déclaré"), its subject, rather than by a clause (an incise: "…, a déclaré X")?"""
    raw = ctx.raw
    comma = raw.rfind(",", us, cs)
    if comma < 0 or raw[comma + 1 : cs].strip(SPACE):
        return False
    return _subject_part(ctx, us, comma)


def _subject_part(ctx: Context, us: int, comma: int, relative: bool = False) -> bool:
    """Is the part of the sentence before ``comma`` (from the comma before it) a name or a
    title, or a relative clause after one ("Gallego, que en 2023 apoyó el proyecto,"; after
    a relative clause any noun phrase: "Un ancien salarié, qui …, affirme")?"""
    raw, w = ctx.raw, ctx.lex.words
    start = max(raw.rfind(",", us, comma) + 1, us)
    part = tokens(raw, start, comma)
    if not part or len(part) > 14:
        return False
    participial = len(part) > 1 and part[0].text[:1].islower() and _participle(ctx.lex, part[0])
    verbless = len(part) <= 6 and not any(
        ctx.lex.is_auxiliary(t) or t.text in QUOTE_CHARS or t.low in w.complementizers
        or t.low in w.negations  # "no puede asumir la diferencia": a verb
        or ctx.lex.cue.match(raw, t.start) for t in part)  # "costume gris et voix basse"
    titled = not ctx.lex.is_det(part[0]) and any(ctx.lex.is_role(t) for t in part[:2]) and not any(
        ctx.lex.is_auxiliary(t) or t.text in QUOTE_CHARS or t.low in w.complementizers
        or t.low in w.negations or ctx.lex.cue.match(raw, t.start) for t in part)
    # "Tom Gethin, general secretary of the Finance Workers' Union, said": a bare title
    if start > us and (part[0].low in w.relatives or part[0].low in w.complementizers
                       or participial or verbless or titled):
        # "Une enseignante, venue avec sa classe, a salué"
        return _subject_part(ctx, us, start - 1, relative=True)
    if relative and start == us and len(part) > 1 and ctx.lex.is_det(part[0]) \
            and not any(ctx.lex.is_auxiliary(t) or t.text in QUOTE_CHARS for t in part):
        return True
    if len(part) == 1 and part[0].text[:1].isupper() and ctx.people.by_word(part[0].low,
                                                                            part[0].start):
        return True  # "Gallego, que …,": a surname named before
    run = ctx.people.run_in(part[0].start, part[-1].end)
    if run is not None and run[1] == part[-1].end and (run[0] <= part[0].start + 4 or all(
            ctx.lex.is_role(t) or t.text in w.honorifics for t in part if t.end <= run[0])):
        return True  # "Janet Mulroy", "Councillor Janet Mulroy"
    # "Le porte-parole du ministère," (not "Le parquet de X a ouvert une enquête,": a clause)
    return ctx.lex.is_det(part[0]) and len(part) > 1 and ctx.lex.is_role(part[1]) \
        and not any(ctx.lex.is_auxiliary(t) for t in part[2:])


def _claims(ctx: Context, us: int, ue: int) -> list[Cue]:
    if ctx.lex.claim is None:
        return []
    return [
        Cue(m.start("cue"), m.end("cue"), "claim", "claim", None, (m.end("cue"), ue))
        for m in ctx.lex.claim.finditer(ctx.raw, us, ue)
    ]


def trim(raw: str, start: int, end: int) -> tuple[int, int]:
    """``(start, end)`` without outer spaces and ".;:," punctuation."""
    while start < end and raw[start] in TRIM:
        start += 1
    while end > start and raw[end - 1] in TRIM:
        end -= 1
    return start, end


def content_end(ctx: Context, start: int, ue: int, later: list[Cue], in_subclause: bool) -> int:
    """Where reported content that starts at ``start`` ends: the sentence's end, or a
    comment (", ce qui"), a later incise, gerund or "…, selon X" (``later`` cues), or the
    first comma when the speaker's clause is subordinate (``in_subclause``)."""
    raw, lex = ctx.raw, ctx.lex
    end = ue
    if (
        lex.stops
        and (m := lex.stops.search(raw, start, ue))
        and len(raw[start : m.start()].split()) >= 4
    ):
        end = m.start()
    for c in later:
        if c.order == "coordinated" and start < c.start <= end:
            join = tokens(raw, start, c.start)[-1]  # "… et a demandé": before "et"
            end = raw.rfind(",", start, join.start) if raw[:join.start].rstrip(
                SPACE).endswith(",") else join.start
            continue
        if (
            c.start > start
            and c.quote is None
            and c.order in ("incise", "inverted", "gerund", "as_said", "back")
        ):
            comma = raw.rfind(",", start, c.start)
            if (
                comma > start
                and not words_between(
                    raw, comma + 1, c.start if c.order != "as_said" else comma + 1
                )
            ) or (c.order == "as_said" and comma > start):
                end = min(end, comma)
    if in_subclause:
        depth = 0
        for k in range(start, end):
            depth += (raw[k] in "«“(" and 1) or (raw[k] in "»”)" and -1) or 0
            if raw[k] == "," and depth <= 0:
                return k
    return end


def incise_before(
    ctx: Context, us: int, subject: int, verb_end: int, ue: int
) -> tuple[int, int] | None:
    """The clause before ", X said" when the verb has no content of its own (a subject
    right after a comma, :func:`~rag.ingest.cues.bare_verb`) and the clause before the
    comma has four words or more."""
    raw = ctx.raw
    if not raw[us:subject].rstrip(SPACE).endswith(",") or not bare_verb(ctx, verb_end, ue):
        return None
    stop = raw.rfind(",", us, subject)
    return (us, stop) if len(tokens(raw, us, stop)) >= 4 else None


def subordinate(ctx: Context, us: int, subject: int) -> bool:
    """Is the speaker's clause a subordinate one ("Bien que X ait nié …, …")?"""
    toks = tokens(ctx.raw, us, subject)
    w = ctx.lex.words
    return any(t.low in w.subordinators for t in toks[-3:]) and not any(
        ctx.lex.cue.match(ctx.raw, t.start) for t in toks
    )


def after_listener(raw: str, end: int, ue: int, lex: Lexicon) -> int | None:
    """Where the clause after a listener starts ("told reporters | the trust had …"): a
    determiner, a pronoun or a name after one word (or a determiner and a word); None when
    something else follows ("told her | about the recall")."""
    toks = tokens(raw, end, ue)
    k = 2 if toks and lex.is_det(toks[0]) else 1
    if len(toks) <= k:
        return None
    t = toks[k]
    if lex.is_det(t) or t.low in lex.words.pronouns or lex.is_namey(t):
        return t.start
    return None
