"""Speech cues that are a source, not a verb: "Selon X, …" (front), "…, selon X." (back),
"according to X", "según X", with the name, title or description that goes with X."""

from __future__ import annotations

from rag.ingest.cue_types import Context, Cue, words_between
from rag.ingest.phrases import phrase_after
from rag.ingest.quote_marks import SPACE, TRIM
from rag.ingest.speakers import STOP_PUNCT, Lexicon, Tok, tokens


def sources(ctx: Context, us: int, ue: int) -> list[Cue]:
    """ "Selon X, …" (front) and "…, selon X." (back)."""
    raw, lex = ctx.raw, ctx.lex
    toks = tokens(raw, us, ue)
    out = []
    opening = set(lex.words.opening_sources)
    for phrase in (*lex.words.sources, *lex.words.opening_sources):
        words = [t.low for t in tokens(phrase, 0, len(phrase))]
        for k in range(len(toks) - len(words)):
            if [t.low for t in toks[k : k + len(words)]] != words:
                continue
            start, end = toks[k].start, toks[k + len(words) - 1].end
            nxt = toks[k + len(words)]
            if phrase in opening and (k > 0 or not _names_someone(ctx, toks[k + len(words):])):
                continue
            if nxt.low in lex.words.relatives or any(
                q.start < start < q.end for q in ctx.within(start, start + 1)
            ) or (lex.cue.fullmatch(nxt.text) and raw[us:start].strip(SPACE)):
                continue  # "…, según denunció X": the verb's cue, its words before (not
                # "Según explicó, …" opening a sentence)
            comma = raw.find(",", end, ue)
            sp = phrase_after(raw, end, comma if comma > 0 else ue, lex, ctx.people, source=True)
            if sp is None:
                continue
            lead = raw[us:start].rstrip(SPACE)
            whole = phrase_after(raw, end, ue, lex, ctx.people, source=True) \
                if lead.endswith(",") and comma > 0 else None
            if whole is not None and whole[1] > comma and not raw[whole[1] : ue].strip(TRIM):
                # "…, según el consejero de Movilidad, Javier Oroz.": an apposition ends it
                out.append(Cue(start, end, "source", "back", whole, (us, us + len(lead))))
            elif (
                (not lead or lead.endswith(","))
                and comma > 0
                and not words_between(raw, sp[1], comma)
            ):
                # "Selon son avocat, Me Antoine Delorme, au moins …": the name goes with it
                second = raw.find(",", comma + 1, ue)
                named = ctx.people.runs_in(comma + 1, second) if second > 0 else []
                prefix = raw[comma + 1 : named[0][0]].strip(SPACE) if named else "-"
                if named and (not prefix or prefix in lex.words.honorifics) \
                        and not raw[named[-1][1] : second].strip(SPACE):
                    sp, comma = (sp[0], named[-1][1]), second
                elif second > 0 and (_title_part(lex, part := tokens(raw, comma + 1, second))
                                     or _description(lex, part, named=bool(ctx.people.runs_in(
                                         sp[0], sp[1])))):
                    comma = second  # "Selon X, ingénieure au BRGM, le trait …": her title
                rest = tokens(raw, comma + 1, ue)[:1]  # "Selon X, qui dirige …, le mistral …"
                if rest and rest[0].low in lex.words.relatives:
                    comma = max(comma, raw.find(",", rest[0].end, ue))
                out.append(Cue(start, end, "source", "front", sp, (comma + 1, ue)))
            elif (
                lead.endswith(",") or (lead[-1:] in '»”"' and lead[:-1].rstrip(SPACE).endswith(","))
            ) and not raw[sp[1] : ue].strip(TRIM):
                out.append(Cue(start, end, "source", "back", sp, (us, us + len(lead))))
    return out


def _names_someone(ctx: Context, toks: list[Tok]) -> bool:
    """Do the words up to the first comma name a person, a role or an institution?"""
    part = []
    for t in toks:
        if t.text == "," or t.text in STOP_PUNCT:
            break
        part.append(t)
    if not part or len(part) > 12 or not any(t.text == "," for t in toks):
        return False
    last = part[-1]  # "Pour le maire," "Para el biólogo Andrés Fuentes," (not "la première fois")
    return last.start in ctx.people.covered or ctx.lex.is_role(last) \
        or last.low in ctx.lex.words.institutions \
        or (len(part) == 1 and last.low in ctx.lex.words.source_pronouns)  # "Pour lui,"


def _description(lex: Lexicon, part: list[Tok], *, named: bool) -> bool:
    """After a person's name, a short lower-case description between commas that opens with
    no determiner or pronoun ("investigadora del Centro de Estudios", "consultant chez X")."""
    return named and 0 < len(part) <= 10 and part[0].text[:1].islower() \
        and not lex.is_det(part[0]) and part[0].low not in lex.words.pronouns \
        and part[0].low not in lex.words.relatives


def _title_part(lex: Lexicon, part: list[Tok]) -> bool:
    """Are these words a title between commas ("ingénieure au BRGM", "the city's mayor"),
    or where someone works ("de la Universidad de Vigo")?"""
    return 0 < len(part) <= 10 and (lex.is_role(part[0]) or (
        len(part) > 1 and lex.is_det(part[0]) and lex.is_role(part[1])) or (
        (part[0].low in lex.links or part[0].low in lex.words.affiliations)
        and any(t.text[:1].isupper() for t in part[1:])))
    # (or where they work: "de la Universidad de Vigo", "of the University of Leeds")
