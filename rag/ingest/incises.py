"""Incises. Quote incises whose verb no list holds: "« … », soupire un saisonnier",
"«…», protestó X", "« … », s'est-il ému". After a quote that opens its sentence (or a
clause) and a comma, a lower-case word that is no function word, followed by its subject
or an inverted pronoun, is a speech verb: the position says so, whatever the word. And a
subject and its verb set off by commas inside a sentence ("The slope above the road, she
warned, was still moving …"): the whole sentence is what was said."""

from __future__ import annotations

import re

from rag.ingest.cue_types import Context, Cue, inverted_pronoun
from rag.ingest.quote_marks import SPACE
from rag.ingest.speakers import STOP_PUNCT, Lexicon, Tok, tokens


def incise_subject(ctx: Context, pos: int, ue: int) -> tuple[int, int] | None:
    """The subject written right after an incise's verb at ``pos`` (``»,`` verb subject):
    a name, an honorific, or a determiner and its noun phrase ("un matelot de 41 ans qui …",
    up to the relative clause), ending the sentence or followed by a comma."""
    lex, raw = ctx.lex, ctx.raw
    toks = tokens(raw, pos, ue)
    first = toks[0] if toks else None
    if first is None or not ((lex.is_det(first) and first.low not in lex.words.pronouns)
                             or first.start in ctx.people.runs
                             or first.text in lex.words.honorifics):
        return None
    out: list[Tok] = []
    for t in toks[:14]:
        if t.text in STOP_PUNCT or t.text in (",", "—", "–") or t.low in lex.words.relatives \
                or t.low in lex.words.complementizers or t.low in lex.words.subordinators \
                or (out and t.low in lex.words.adverbials):  # "… en una rueda de prensa"
            break
        out.append(t)
    else:
        return None
    while out and lex.is_det(out[-1]):
        out.pop()
    if len(out) > 1 and out[1].low in lex.words.time_words:
        return None  # "«…», afirmó el miércoles": a day, nobody
    named = bool(out) and out[0].start in ctx.people.runs
    return (out[0].start, out[-1].end) if len(out) > 1 or named else None


def _inverted_auxiliary(ctx: Context, pos: int, ue: int) -> Cue | None:
    """An auxiliary with an inverted pronoun and a lower-case participle at ``pos`` ("a-t-il
    lancé", "s'est-elle émue"), as a cue whose speaker is the pronoun."""
    w = ctx.lex.words
    if not (w.auxiliaries and w.inversion):
        return None
    m = re.compile(rf"(?:{w.auxiliaries})(?P<inv>{w.inversion})[ \u00a0]+[^\W\d_A-Z]{{3,}}") \
        .match(ctx.raw, pos, ue)
    if m is None:
        return None
    return Cue(pos, m.end(), "verb", "inverted", inverted_pronoun(ctx.raw, *m.span("inv")))


def quote_incises(ctx: Context, us: int, ue: int, found: list[Cue]) -> list[Cue]:
    """ "« … », soupire un saisonnier": after a quote and a comma, a lower-case word that is
    no function word, followed by its subject (:func:`incise_subject`) or an inverted
    pronoun ("», glisse-t-il"), is a speech verb, whether the language's list has it or not."""
    raw, lex = ctx.raw, ctx.lex
    out: list[Cue] = []
    for q in ctx.within(us, ue):
        if q.end >= ue or q.start < us or raw[us : q.start].strip(SPACE)[-1:] not in ("", ",", ":"):
            continue  # a quote that opens the sentence or a clause, not a verb's object
        after = raw[q.end : ue]
        m = re.match(r"[ \u00a0]*,[ \u00a0]*", after)
        if m is None:
            continue
        toks = tokens(raw, q.end + m.end(), ue)
        if not toks:
            continue
        inverted = _inverted_auxiliary(ctx, toks[0].start, ue)
        if inverted is not None:  # "», a-t-il lancé", "», s'est-il ému"
            if not any(c.start <= toks[0].start < c.end for c in found):
                out.append(inverted)
            continue
        verb = toks[0]
        if not verb.text[:1].islower() or len(verb.text) < 3 or verb.low in lex.function \
                or lex.is_det(verb) or lex.is_role(verb) or verb.low in lex.words.pronouns \
                or any(c.start <= verb.start < c.end + 2 for c in found) \
                or lex.cue.match(raw, verb.start):  # a verb of the list: its rules decided
            continue
        inv = lex.inversion.match(raw, verb.end) if lex.inversion else None
        if inv is not None:
            cue = Cue(verb.start, inv.end(), "verb", "inverted", inverted_pronoun(raw, *inv.span()))
        else:
            sp = incise_subject(ctx, verb.end, ue)
            if sp is None:
                continue
            cue = Cue(verb.start, verb.end, "verb", "incise", sp)
        out.append(cue)
    return out


def mid_incise(raw: str, us: int, sp: tuple[int, int], c: Cue, ue: int) -> bool:
    """Is "subject verb" set off by commas inside a sentence that goes on after it in lower
    case ("The slope above the road, she warned, was still moving …", "The real risk, he
    cautioned, is that …")? Its words are the whole sentence, the incise inside, as for
    "Ce qui est moins clair, a-t-il déclaré, c'est …"."""
    before = raw[us:sp[0]].rstrip(SPACE)
    return len(before) > 1 and before.endswith(",") and _goes_on(raw, c.end, ue)


def pronoun_speaks(raw: str, sp: tuple[int, int], c: Cue, ue: int, lex: Lexicon
                    ) -> tuple[int, int] | None:
    """ "Northsound, he said, had been …": the pronoun speaks, and the name before it is
    what its words are about (the sentence goes on after the incise); None otherwise
    ("Quant au département, il a dit que …" keeps its topic)."""
    text = raw[sp[0]:sp[1]]
    comma = text.rfind(",")
    last = text[comma + 1:].strip(SPACE)
    if comma < 0 or last.lower() not in lex.words.pronouns or not _goes_on(raw, c.end, ue):
        return None
    return sp[1] - len(last), sp[1]


def _goes_on(raw: str, end: int, ue: int) -> bool:
    """Does the sentence go on in lower case after a comma at ``end`` (", was still …")?"""
    rest = raw[end:ue].lstrip(SPACE)
    return rest.startswith(",") and rest[1:].lstrip(SPACE)[:1].islower()
