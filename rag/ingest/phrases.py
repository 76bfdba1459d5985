"""Speaker phrases around a speech verb: the subject before it, or the words after it.

:func:`subject_before` reads back from a verb to the last clause boundary (a "that", a
subordinator, a quote mark, a colon, a dash), skips leading adverbials ("Mercredi,", "Dans
la foulée"), and keeps an apposition ("le porte-parole du Kremlin, Dmitri Peskov,") or a
relative's antecedent ("…, Bonnie Jenkins, qui a déclaré"). :func:`phrase_after` reads the
subject of an inverted verb ("», a déclaré le ministre, lors…", ", said John Carter, a
spokesman for…") up to a preposition, a time word or punctuation. A phrase must be able to
name a speaker (a name, a pronoun, a role, an institution, a place), not a thing.
"""

from __future__ import annotations

import itertools

from rag.ingest.people import People
from rag.ingest.speakers import QUOTE_CHARS, STOP_PUNCT, Lexicon, Tok, honorific_length, tokens


def _plausible(toks: list[Tok], lex: Lexicon, people: People) -> bool:
    """Could these words name someone who speaks (a name, a pronoun, a role, an
    institution, a place), rather than a thing ("une date")?"""
    if len(toks) == 1:  # a bare word: a surname, a pronoun, a garbled name; not a
        # function word ("Lo confirma X": an object pronoun)
        t = toks[0]
        return t.low not in lex.function or t.text.lower() in lex.words.pronouns \
            or lex.is_role(t) or t.low in lex.words.institutions or t.low in lex.words.statements
    w = lex.words
    return any(
        lex.is_namey(t)
        or lex.is_role(t)
        or t.low in w.institutions
        or t.low in w.statements
        or t.low in lex.places
        or t.start in people.runs
        or t.text in w.honorifics
        or (t.text[0].isupper() and t.low not in lex.function)
        for t in toks
    )


def _parts(toks: list[Tok]) -> list[list[Tok]]:
    parts: list[list[Tok]] = [[]]
    for t in toks:
        if t.text == ",":
            parts.append([])
        else:
            parts[-1].append(t)
    return parts


def _apposition(part: list[Tok], lex: Lexicon, people: People) -> int | None:
    """Where an apposition to a name starts in ``part`` ("…, le porte-parole du Kremlin"):
    the last determiner + role, or a role or name that opens the part; not a clause (an
    auxiliary after it: "Residents will have to wait until Wednesday, the prefect said")."""
    for k in range(len(part) - 1, -1, -1):
        if lex.is_role(part[k]) and (k == 0 or lex.is_det(part[k - 1])):
            at = k - 1 if k > 0 else k
            break
    else:
        at = 0 if part and (part[0].start in people.runs or lex.is_role(part[0])) else -1
    if at < 0 or any(lex.is_auxiliary(t) for t in part[at:]):
        return None
    return at


def _before_time(toks: list[Tok], j: int, lex: Lexicon) -> bool:
    """Is the word at ``j`` a preposition of time here, not a subordinator: a number or a
    time word follows it ("since 2012", "depuis lundi", "después de 2019")?"""
    nxt = toks[j + 1 : j + 3]
    k = 1 if len(nxt) > 1 and nxt[0].low in lex.links else 0
    return bool(nxt) and (nxt[k].text[:1].isdigit() or nxt[k].low in lex.words.time_words)


def _parenthetical(part: list[Tok], lex: Lexicon) -> bool:
    """Is a part between commas an adverbial ("por su parte", "pour sa part", "for his
    part", "sin embargo", "however"): a preposition and no name, or a connective?"""
    w = lex.words
    if not part or any(t.text[:1].isupper() for t in part):
        return False
    first = part[0]
    return " ".join(t.low for t in part) in w.connectives or (
        len(part) <= 4 and (first.low in w.adverbials or first.low in lex.function)
        and not lex.is_det(first) and first.low not in w.pronouns
        and first.low not in w.relatives and first.low not in w.complementizers)


def _age(part: list[Tok]) -> bool:
    """An age or a number between commas that describes the name before it ("71", "de 47
    años", "47 ans", "aged 47"): a number and at most three lower-case words."""
    return bool(part) and len(part) <= 4 and any(t.text.isdigit() for t in part) and all(
        t.text.isdigit() or t.text[:1].islower() for t in part)


def subject_before(
    raw: str, lo: int, hi: int, lex: Lexicon, people: People
) -> tuple[int, int] | None:
    """The subject of a verb at ``hi``: the words after the last clause boundary (a
    "that", a subordinator, a quote mark, a colon) and leading adverbials, with an
    apposition ("le porte-parole du Kremlin, Dmitri Peskov,") or a relative's antecedent."""
    toks = tokens(raw, lo, hi)
    w = lex.words
    j = len(toks) - 1
    while j >= 0 and not (
        toks[j].text in QUOTE_CHARS
        or toks[j].text in ";:-–—"
        or (toks[j].low in w.complementizers and not (j and toks[j - 1].text == ","))
        or (toks[j].low in w.subordinators and not _before_time(toks, j, lex))
        or (j and toks[j - 1].low + toks[j].low in w.subordinators)  # "s'il estime que"
        or (0 < j < len(toks) - 1 and toks[j - 1].text in QUOTE_CHARS + ","  # "…," argued
            and lex.cue.match(raw, toks[j].start))  # X, who …: the incise's verb
    ):  # ", que …," opens a relative clause ("Ana Ruiz, que visitó la zona, aseguró")
        j -= 1
    parts = _parts(toks[j + 1 :])
    while parts and not parts[-1]:
        parts.pop()
    if not parts:
        return None
    # "Rubiales, por su parte, replicó", "Martin, for his part, said", "X, sin embargo,
    # advirtió": an adverbial between commas before the verb is no subject
    if toks and toks[-1].text == "," and len(parts) > 1 and _parenthetical(parts[-1], lex):
        parts.pop()
        while parts and not parts[-1]:
            parts.pop()
        if not parts:
            return None
    # an age between commas describes the name before it ("Ann Dale, 71, said")
    # (not a number right before the verb: "202 a noté", a garbled name)
    if toks and toks[-1].text == ",":
        parts = [p for p in parts if not _age(p)] or parts
    first = next(t for part in parts for t in part)
    head = _parts(toks[:j])[-1] if j > 0 else []
    if head and toks[j].low in w.complementizers and first.text[:1].islower() and not (
            lex.is_det(first) or lex.is_role(first) or first.low in w.pronouns
            or first.low in w.institutions) and lex.is_det(head[0]) and not any(
            lex.cue.match(raw, t.start) for t in head):
        # "Una estudiante que hacía fila en una farmacia explicó que": a verb opens the
        # words after "que", a relative clause: its antecedent speaks (a name, a role, or
        # a person described: "Una estudiante de enfermería")
        found = subject_before(raw, lo, toks[j].start, lex, people)
        if found is None and 1 < len(head) <= 8 and lex.is_det(head[0]):
            return head[0].start, head[-1].end
        return found
    # "Local MP Sarah Whitfield, who joined the picket line, said": the relative clause
    # (and an age: "Derek Hollins, 67, whose knee …, said") describes the subject
    if len(parts) > 1 and len(parts[-1]) > 1 and (parts[-1][0].low in w.relatives
                                                  or parts[-1][0].low in w.complementizers):
        parts.pop()
        while len(parts) > 1 and _age(parts[-1]):
            parts.pop()
    core = parts[-1]
    if len(core) == 1 and core[0].low in w.relatives and len(parts) > 1:
        return subject_before(raw, lo, core[0].start, lex, people)
    if core[0].low in w.adverbials and not lex.is_det(core[0]):
        dets = [
            k
            for k, t in enumerate(core)
            if lex.is_det(t) and not any(u.low in w.adverbials for u in core[k + 1 :])
        ]
        if not dets:
            return None
        core = core[dets[0] :]
    start = core[0].start
    for part in reversed(parts[:-1][-2:]):  # at most two appositions
        named = any(t.start in people.runs or lex.is_namey(t) for t in core)
        k = _apposition(part, lex, people)
        if k is None or not (
            named or lex.is_role(core[0]) or (len(core) > 1 and lex.is_role(core[1]))
        ):
            break
        start, core = part[k].start, part[k:] + core
    # "Councilman Robert Aguirre, one of the two members who voted against, argued": the
    # name, not the description between commas after it (one that opens like a noun phrase)
    # (a bare noun too, after a part that is only a name: "Luis Pérez, panadero, dijo",
    # "Pilar Vidal, mariscadora desde hace 27 años, teme que")
    described = lex.is_det(core[0]) or lex.is_role(core[0]) \
        or w.pronouns.get(core[0].low) == "x"
    bare = not described and core[0].text[:1].islower()
    if start == core[0].start and len(parts) > 1 and parts[-2] and (described or bare) \
            and ((core[0].text[:1].islower() and not lex.is_det(core[0]))
                 or not any(t.start in people.runs or lex.is_namey(t) for t in core)):
        # (a description in lower case may hold an organisation's name: "Dr. Ravi Chandran,
        # chief economist at the Brenford Chamber of Commerce, said")
        before = parts[-2]
        run = people.run_in(before[0].start, before[-1].end)
        honorific = honorific_length(before, 0, w.honorifics)  # "Dr. Ravi Chandran"
        name_at = before[honorific if len(before) > honorific else 0].start
        if run is not None and run[1] == before[-1].end and (not bare or run[0] == name_at):
            return before[0].start, core[-1].end  # the name's whole part, honorific and all
        if run is None and len(before) == 1 and before[0].text[:1].isupper() and \
                people.by_word(before[0].low, before[0].start) is not None:
            return before[0].start, core[-1].end  # "Marsk, a former aerospace engineer, said"
    if len(parts) > 1 and len(parts[-2]) > 1 and lex.is_det(parts[-2][0]) and start == \
            core[0].start and len(core) <= 6 and not _plausible(core, lex, people) and not any(
            lex.is_auxiliary(t) for t in core):
        # "Le prévenu, costume gris et voix basse, a reconnu": the noun phrase before what
        # describes it
        core = parts[-2]
        start = core[0].start
    if core and core[-1].low in w.conjunctions:  # "the Chamber congratulated X and urged":
        # the first verb's subject, before its verb (a lower-case word that is no function
        # word, role or link); none inside a clause ("X proposed that the state pay and
        # said": X, not the state)
        if 0 <= j < len(toks) and (toks[j].low in w.complementizers
                                   or toks[j].low in w.subordinators):
            return None
        verb = next((k for k, t in enumerate(core) if k and t.text[:1].islower() and (
            lex.is_auxiliary(t) or not (t.low in lex.function or lex.is_det(t)
                                         or lex.is_role(t) or t.low in lex.links))), None)
        if verb is not None:
            core = core[:verb]
    rel = next((k for k, t in enumerate(core) if k >= 2 and t.low in w.relatives), None)
    person = False
    if rel is not None and start == core[0].start and lex.is_det(core[0]):
        person = core[rel].low in w.person_relatives
        core = core[:rel]  # "A nurse who asked not to be named said": the nurse speaks
    noun_phrase = start == core[0].start and len(core) > 1 and lex.is_det(core[0]) and \
        core[1].text[:1].isalpha() and core[1].low not in lex.function and not any(
            lex.is_auxiliary(t) for t in core)  # "Un camionero explicó que", "The trust says"
    if len(core) > 25 or not (person or noun_phrase or _plausible(core, lex, people)):
        return None
    return start, core[-1].end


def _time_before_subject(toks: list[Tok], lex: Lexicon) -> int:
    """How many tokens of a day or time ("el lunes", "mardi", "on Monday") come between an
    inverted verb and its subject: skipped when a determiner or a name follows them."""
    w = lex.words
    k = 0
    if k < len(toks) and toks[k].low in w.adverbials and toks[k].low not in w.time_words:
        k += 1  # "on" Monday
    if k < len(toks) and lex.is_det(toks[k]):
        k += 1  # "el" lunes
    if k >= len(toks) or toks[k].low not in w.time_words:
        return 0
    while k < len(toks) and toks[k].low in w.time_words:  # "lundi soir"
        k += 1
    nxt = toks[k] if k < len(toks) else None
    if nxt is not None and (lex.is_det(nxt) or nxt.text[:1].isupper()):
        return k
    return 0


def _place_before_subject(toks: list[Tok], lex: Lexicon, people: People) -> int:
    """How many tokens of a short prepositional phrase ("en rueda de prensa", "à la
    presse", "at the hearing") come between an inverted verb and its subject: skipped when
    a determiner and a role or a name ("el comisario jefe …") follow them within five
    words."""
    if not toks or toks[0].low not in lex.words.adverbials or lex.is_det(toks[0]):
        return 0
    for k in range(1, min(len(toks) - 1, 6)):
        if toks[k].text in STOP_PUNCT or toks[k].text == ",":
            return 0
        if k > 1 and lex.is_det(toks[k]) and (lex.is_role(toks[k + 1]) or any(
                t.start in people.runs for t in toks[k + 1:k + 4])):
            return k
    return 0


def phrase_after(
    raw: str, pos: int, hi: int, lex: Lexicon, people: People, *, source: bool = False
) -> tuple[int, int] | None:
    """The subject written after an inverted verb ("», a déclaré le ministre, lors…"): up
    to a preposition, a time word or punctuation, with appositions between commas. After
    "selon" / "according to" (``source``) any phrase is a source ("selon le syndicat")."""
    toks = tokens(raw, pos, hi)
    w = lex.words
    out: list[Tok] = []
    i = _time_before_subject(toks, lex) or _place_before_subject(toks, lex, people)
    while i < len(toks) and len(out) < 25:
        t = toks[i]
        if t.text == "." and out and (out[-1].text + ".") in w.honorifics:
            out.append(t)
        elif t.text == ",":
            nxt = list(toks[i + 1 : i + 8])
            cut = next((k for k, u in enumerate(nxt) if u.text in STOP_PUNCT | {",", "—", "–"}),
                       len(nxt))
            part = nxt[:cut]
            described = len(part) > 1 and part[0].text[:1].islower() and \
                part[0].low not in lex.function and lex.is_role(part[1])  # "regional secretary"
            if not described and (
                not out
                or not part
                or _apposition(part, lex, people) != 0
                or not (lex.is_det(part[0]) or part[0].start in people.runs or lex.is_role(part[0]))
            ):
                break
            out.extend(part)
            i += cut + 1
            continue
        elif (
            t.text in STOP_PUNCT
            or t.text in ("—", "–")
            or t.low in w.adverbials
            or (out and t.low in w.subordinators)  # "un pescador … mientras sostenía"
            or t.low in w.complementizers
            or (lex.cue.match(raw, t.start) and out and not lex.is_det(out[-1]))  # "la juge"
        ):
            break
        else:
            out.append(t)
        i += 1
    while out and (lex.is_det(out[-1]) or out[-1].text == "."):
        out.pop()
    if not out or not (source or _plausible(out, lex, people)):
        return None
    if not source and len(out) == 1 and out[0].text[:1].islower() and not (
            out[0].low in w.pronouns or lex.is_role(out[0]) or out[0].low in w.institutions
            or out[0].low in w.statements) and i < len(toks) and toks[i].text[:1].isalpha():
        return None  # a word the sentence goes on after: "«…», contó sentado en un catre"
    if not source and len(out) > 1 and out[0].low in w.pronouns:
        return None  # a clause: "…, said he supported the nurses"
    return out[0].start, out[-1].end


def clause_subject(raw: str, lo: int, hi: int, lex: Lexicon, people: People
                   ) -> tuple[int, int] | None:
    """The subject of the clause ``raw[lo:hi]`` opens with: the words before its verb (an
    auxiliary, "a défendu"; else the first lower-case word after a comma, a name or a role:
    "The mayor, Ann Ross, defended"), or None when no verb is seen."""
    toks = tokens(raw, lo, hi)
    verb = next((t for t in toks[1:] if lex.is_auxiliary(t)), None)
    if verb is None:
        verb = next((b for a, b in itertools.pairwise(toks)
                     if b.text[:1].islower() and not lex.is_det(b) and not lex.is_role(b)
                     and b.low not in lex.words.contractions
                     and (a.text == "," or lex.is_namey(a) or lex.is_role(a))), None)
    return subject_before(raw, lo, verb.start, lex, people) if verb is not None else None


def leading_subject(raw: str, us: int, before: int, lex: Lexicon, people: People
                    ) -> tuple[int, int] | None:
    """The subject a sentence opens with, when a verb (a lower-case word) follows it: a
    name, or a determiner with roles and institutions ("The mayor", "Le ministère de
    l'Intérieur"); None when the sentence opens otherwise ("On Monday, …")."""
    toks = tokens(raw, us, before)
    k = 1 if toks and lex.is_det(toks[0]) else 0
    head = k
    senses = [p.split() for p in lex.words.role_senses if " " in p]
    links = lex.links
    joins = links | set(lex.words.contractions)
    while k < len(toks) and (lex.is_namey(toks[k]) or lex.is_role(toks[k])
                             or toks[k].low in lex.words.institutions
                             or (k > head and toks[k].low in lex.words.contractions)):
        # a role of several words ("The chief executive"): all of it
        k += next((len(p) for p in senses if [t.low for t in toks[k:k + len(p)]] == p), 1)
        # "L'Union des propriétaires de Bellerive": lower-case words, then "de" and a name
        if k > head and toks[k - 1].low in joins:
            j = k
            while j < min(k + 3, len(toks)) and toks[j].text[:1].islower() \
                    and toks[j].low not in links:
                j += 1
            if j > k and j + 1 < len(toks) and toks[j].low in links \
                    and lex.is_namey(toks[j + 1]):
                k = j + 1
    end = k
    if end < len(toks) and toks[end].text == ",":  # "The chief executive, however, dismissed"
        close = next((j for j in range(end + 1, len(toks)) if toks[j].text == ","), None)
        if close is not None and " ".join(t.low for t in toks[end + 1:close]) \
                in lex.words.connectives:
            k = close + 1
    if end == head or k >= len(toks) or not toks[k].text[:1].islower() or lex.is_det(toks[k]):
        return None
    return subject_before(raw, us, toks[end].start, lex, people)


def complement(raw: str, pos: int, ue: int, lex: Lexicon) -> int | None:
    """Where a "that" clause starts after a verb (at most 15 words on, no comma), if any."""
    w = lex.words
    toks = tokens(raw, pos, ue)[:16]
    for k, t in enumerate(toks):
        if t.low in w.complementizers and not (k and toks[k - 1].low in w.subordinators):
            if k >= 3 and toks[k - 1].low in w.clause_joins:
                return toks[0].start  # "said the cracks were safe but that …": both
            return t.end
        if (
            t.text in ".;!?"
            or (k and t.text in QUOTE_CHARS + ",")
            or t.low in w.relatives
            or t.low in w.sources
            or lex.cue.match(raw, t.start)
        ):
            return None
    return None
