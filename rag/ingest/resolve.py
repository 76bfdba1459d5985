"""One speaker for each speaker phrase: names to their fullest form, pronouns and roles to
the person they stand for, capitals to their country.

The rules, in order (``Speaker.how`` says which one applied):

* ``pronoun``: "il", "she", "ellos" -> the nearest earlier speaker of the same gender and
  number, at most three sentences back, else the closest person named in those sentences
  (of that gender when the article tells it: "la ministre", "Mme"); before either, someone
  described rather than named who opens a sentence since ("Une enseignante de CM2 a salué
  … Les enfants, a-t-elle souligné"); ``topic``: "Quant au
  département, il a dit" -> the topic the sentence opens with;
* ``name``: a phrase holding a person's name -> that person, named as fully as the article
  ever names them ("Peskov" -> "Dmitri Peskov"), with the longest title written next to
  them; ``surname``: one word, or an honorific and a word ("M. Blinken"), the same way;
* ``role``: "le ministre", "the spokesman" -> the person mentioned last before whose title
  holds every word of the role; ``next_sentence``: a role that no earlier person holds,
  when the very next sentence opens by naming a new person (a common way to introduce one);
* ``institution``: "le ministère" -> the fullest form of the same institution among the
  earlier speakers; ``statement``: "un communiqué du Kremlin" -> "le Kremlin";
* ``place``: a capital -> its country as the article spells it ("Moscou" -> "la Russie");
* ``previous_speaker``: when a named person spoke in the same or the previous sentence, a
  one-word speaker the article never introduces and writes once ("a déclaré Peaches") or
  a definite noun for a person ("Le syndicaliste", "the champion") -> that person; also a
  sentence that opens with a speech verb and no subject ("Añadió que …");
* ``as_written``: anything else (a country, a group: "des responsables américains").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rag.ingest import titles
from rag.ingest.people import People
from rag.ingest.speakers import Lexicon, Tok, fold, tokens
from rag.ingest.titles import by_sense, by_stem, last_named, name_start, titled


@dataclass(frozen=True)
class Speaker:
    name: str | None
    title: str | None = None
    how: str = "as_written"
    gender: str = ""  # "m", "f", "p" (plural), "n" (a thing) or "" (unknown)
    person: bool = False


@dataclass(frozen=True)
class Said:
    """An attribution already found, as pronouns see it."""

    pos: int
    unit: int
    speaker: Speaker


class Resolver:
    def __init__(
        self, raw: str, units: list[tuple[int, int]], people: People, lex: Lexicon
    ) -> None:
        self.raw, self.units, self.people, self.lex = raw, units, people, lex
        self.words = lex.words
        # "il", "he" and the pronoun of "selon lui", "according to him": word -> gender
        self.pronouns = {**lex.words.source_pronouns, **lex.words.pronouns}
        self.all = tokens(raw, 0, len(raw))
        self.counts: dict[str, int] = {}
        self._countries: dict[str, str] = {}
        for t in self.all:
            self.counts[t.low] = self.counts.get(t.low, 0) + 1

    def _text(self, start: int, end: int) -> str:
        return re.sub(r"\s+", " ", self.raw[start:end]).strip(" ,")

    def _as_written(self, toks: list[Tok]) -> Speaker:
        text = self._text(toks[0].start, toks[-1].end)
        gender = ""
        if self.lex.is_det(toks[0]):
            text = text[0].lower() + text[1:]
            gender = self.words.determiners[toks[0].low]
        if any(t.low in self.words.conjunctions for t in toks):
            gender = "p"
        return Speaker(text, None, "as_written", gender)

    def country(self, capital: str) -> str:
        """The country of a capital, spelled as the article spells it when it does."""
        if capital not in self._countries:
            self._countries[capital] = titles.spelled(self.raw, self.all, self.words,
                                               self.words.capitals[capital])
        return self._countries[capital]

    def resolve(self, start: int, end: int, unit: int, history: list[Said]) -> Speaker:
        toks = tokens(self.raw, start, end)
        toks = [t for t in toks if t.text != ","]
        if not toks:
            return Speaker(None, None, "unresolved")
        w = self.words
        if " ".join(t.low for t in toks) in w.connectives:  # "Sin embargo, advirtió que"
            return self.implicit(unit, history, before=start)
        if len(toks) == 1 and toks[0].text.lower() in self.pronouns:
            return self._pronoun(toks[0], unit, history)
        runs = self.people.runs_in(start, end)
        if len(runs) > 1 and any(t.low in w.conjunctions for t in toks):  # "X et Y"
            joins = [t.text for t in toks if t.low in w.conjunctions]
            names = [p.name for _, _, p in runs]
            text = names[0] + "".join(f" {j} {n}" for j, n in zip(joins, names[1:], strict=False))
            return Speaker(text, None, "name", "p", True)
        # "Ulises Garza, dirigente de la Unión de Repartidores de Nuevo León": a phrase that
        # opens with a name is that person's; else the name comes last ("le porte-parole du
        # Kremlin, Dmitri Peskov")
        opens = name_start(self.words.honorifics, toks)
        run = (runs[0] if runs[0][0] <= opens else runs[-1]) if runs else None  # "Dr …"
        if run is not None and run is runs[0] and len(runs) > 1 \
                and titled(self.raw, self.lex, run[1], runs[1][0]):
            run = runs[1]  # "Regional Science Minister Andrew Pelloe": a title's words first
        if run is not None:
            person = run[2]
            how = "name" if fold(person.name) == fold(self._text(run[0], run[1])) else "surname"
            return Speaker(person.name, person.title, how, person.gender, True)
        known = self.people.by_word(toks[0].low, start) if toks[0].text[:1].isupper() and \
            len(toks) > 1 and self.raw[toks[0].end : toks[0].end + 1] == "," else None
        if known is not None:  # "Marsk, a former aerospace engineer": a surname named before
            return Speaker(known.name, known.title, "surname", known.gender, True)
        head = 1 if self.lex.is_det(toks[0]) and len(toks) > 1 else 0
        if head and toks[1].low in w.statements and len(toks) > 3 and toks[2].low in w.contractions:
            inner = self.resolve(toks[3].start, end, unit, history)
            if inner.how == "as_written" and inner.name:
                return Speaker(
                    f"{w.contractions[toks[2].low]} {inner.name}".strip(), None, "statement"
                )
            return Speaker(inner.name, inner.title, "statement", inner.gender, inner.person)
        if any(t.low in w.conjunctions for t in toks):
            return self._coordination(toks)
        if len(toks) == 1:
            return self._one_word(toks[0], unit, history)
        if self.lex.is_role(toks[head]):
            return self._role(toks, head, start, unit, history)
        if head and len(toks) == 2 and self._anaphor(toks):
            # "«…», añadió el músico": a definite noun no list holds, after someone was
            # named in this paragraph (or opening the next sentence), is that person
            near = last_named(self.people, start, self._paragraph_start(start),
                              lambda p: len(p.key) > 1) \
                or titles.opens_next(self.people, self.raw, self.units, unit, start)
            if near is not None and (near.gender or near.titles):  # a person, no
                # organisation's name ("la direction" of "Val de Brune")
                return Speaker(near.name, near.title or toks[1].text, "role", near.gender, True)
        if head and len(toks) == 2 and toks[1].low in w.institutions:
            for said in reversed(history):
                name = said.speaker.name or ""
                if (
                    toks[1].low in {t.low for t in tokens(name, 0, len(name))}
                    and len(name) > len(toks[1].text) + 4
                ):
                    return Speaker(name, said.speaker.title, "institution", said.speaker.gender)
        return self._goes_on(toks, start, unit, history) or self._as_written(toks)

    def implicit(self, unit: int, history: list[Said], before: int | None = None) -> Speaker:
        """The speaker of a verb without a subject at a sentence's start ("Añadió que …"):
        the last speaker, at most one sentence back; else (with ``before``, where the verb's
        clause starts) the person (a name with a title or a gender, or one that opens a
        sentence) named last in this paragraph or the sentence before ("Para la abogada X,
        la sentencia … Sin embargo, advirtió que …")."""
        if history and unit - history[-1].unit <= 1 and history[-1].speaker.name:
            s = history[-1].speaker
            return Speaker(s.name, s.title, "previous_speaker", s.gender, s.person)
        if before is not None:
            opening = {lo for lo, _ in self.units}
            # a person: a name with a title or a gender, or one that opens a sentence
            # in this paragraph, or the sentence before ("Luis Chicaiza … calcula que …
            # «…», contó. «…», añadió.")
            since = min(self.units[max(0, unit - 1)][0], self._paragraph_start(self.units[unit][0]))
            p = last_named(self.people, before, since,
                                 lambda p: len(p.key) > 1 and bool(
                                     p.gender or p.titles or opening & set(p.mentions)))
            if p is not None:
                return Speaker(p.name, p.title, "previous_person", p.gender, True)
        return Speaker(None, None, "unresolved")

    def _pronoun(self, tok: Tok, unit: int, history: list[Said]) -> Speaker:
        gender = self.pronouns[tok.text.lower()]
        if gender == "x":  # "on", "one": nobody in particular
            return Speaker(None, None, "impersonal")
        lo, _hi = self.units[unit]
        opening = tokens(self.raw, lo, tok.start)
        for marker in self.words.topic_markers:
            words = marker.split()
            if [t.low for t in opening[: len(words)]] == words and len(opening) > len(words) + 1:
                comma = next((t.start for t in opening[len(words) :] if t.text == ","), None)
                if comma is None:
                    continue
                topic = self.resolve(opening[len(words)].start, comma, unit, history)
                name, det = topic.name, self.words.contractions.get(words[-1], "")
                if topic.how == "as_written" and name and det:
                    name = f"{det} {name}"
                return Speaker(name, topic.title, "topic", topic.gender, topic.person)
        for said in reversed(history):
            if unit - said.unit > 3:
                break
            s = said.speaker
            if s.name is None:
                continue
            if gender == "p":
                ok = s.gender == "p"
            elif gender == "n":
                ok = s.gender != "p" and not s.person
            else:
                ok = s.gender in ("", gender)
            if ok:
                later = titles.person_since(self.people, self.units, said.unit + 1, tok.start,
                                            gender)
                first = max(said.unit + 1, unit - 1)
                if later is None and gender in ("m", "f") and first < unit:  # "L'opposition,
                    # emmenée par Olivier Marchand, a voté contre. « … », a-t-il jugé": a
                    # person of no known gender named in the sentence before, after that
                    # speaker (none when the speaker spoke in this sentence or the one before)
                    later = last_named(self.people, lo, self.units[first][0],
                                       lambda p: not p.gender)
                if later is not None and later.name != s.name:
                    # "La CGT a appelé … La ministre, Hélène Castagnet, doit recevoir …
                    # « … », a-t-elle déclaré": a person named since that speaker
                    return Speaker(later.name, later.title, "pronoun", later.gender, True)
                described = self._described_since(said.unit + 1, unit, gender)
                if described is not None:
                    return described
                return Speaker(s.name, s.title, "pronoun", s.gender or gender, s.person)
        if gender in ("m", "f"):  # no earlier speaker: someone described who opens one
            # of the two sentences before, else the closest earlier person named
            described = self._described_since(max(0, unit - 2), unit, gender)
            if described is not None:
                return described
            p = last_named(self.people, tok.start, self.units[max(0, unit - 3)][0],
                                 lambda p: p.gender in ("", gender))
            if p is not None:
                return Speaker(p.name, p.title, "pronoun", p.gender or gender, True)
        return Speaker(None, None, "unresolved", gender)

    def _described_since(self, first: int, unit: int, gender: str) -> Speaker | None:
        """Someone new, described rather than named, who opens a sentence (after its
        adverbials) from sentence ``first`` on and before ``unit``, nobody named since ("Une
        enseignante de CM2 a plaidé … Les enfants, a-t-elle souligné"; "Further downstream,
        a fisherman … “…,” he said"): the words from the indefinite article to the first
        comma, relative or verb, when their article agrees with the pronoun's gender."""
        w = self.words
        if gender not in ("m", "f"):
            return None
        for u in range(unit - 1, first - 1, -1):
            lo, hi = self.units[u]
            toks = titles.after_adverbials(tokens(self.raw, lo, hi), w.indefinites)
            if len(toks) < 3 or toks[0].low not in w.indefinites:
                if any(t.start in self.people.runs for t in toks):
                    return None  # someone named since is nearer
                continue
            if w.determiners.get(toks[0].low, "") not in ("", gender):
                return None
            end = 1
            while end < min(len(toks), 8) and toks[end].text[:1].isalnum() and not (
                    toks[end].low in w.relatives or toks[end].low in w.complementizers
                    or self.lex.is_auxiliary(toks[end])
                    or self.lex.cue.match(self.raw, toks[end].start)):
                end += 1
            if end < 2 or end == min(len(toks), 8) or any(t.start in self.people.runs
                                                         for t in toks[:end]):
                return None  # no noun phrase that ends, or a named person's
            text = self._text(toks[0].start, toks[end - 1].end)
            name = text[:1].lower() + text[1:]
            return Speaker(name, None, "pronoun", gender, True)
        return None

    def _paragraph_start(self, offset: int) -> int:
        """Where the paragraph holding ``offset`` starts."""
        return self.raw.rfind("\n", 0, offset) + 1

    def _coordination(self, toks: list[Tok]) -> Speaker:
        parts: list[list[Tok]] = [[]]
        joins: list[str] = []
        for t in toks:
            if t.low in self.words.conjunctions:
                parts.append([])
                joins.append(t.text)
            else:
                parts[-1].append(t)
        if all(len(p) == 1 and p[0].low in self.words.capitals for p in parts):
            names = [self.country(p[0].low) for p in parts]
            text = names[0] + "".join(f" {j} {n}" for j, n in zip(joins, names[1:], strict=True))
            return Speaker(text, None, "place", "p")
        return self._as_written(toks)

    def _one_word(self, tok: Tok, unit: int, history: list[Said]) -> Speaker:
        if tok.low in self.words.capitals:
            return Speaker(self.country(tok.low), None, "place", "")
        person = self.people.by_word(tok.low, tok.start)
        if person is not None:
            return Speaker(person.name, person.title, "surname", person.gender, True)
        last = history[-1] if history else None
        if (
            last is not None
            and last.speaker.person
            and unit - last.unit <= 1
            and self.counts.get(tok.low, 0) == 1
            and tok.low not in self.lex.places
            and tok.low not in self.lex.function
            and not tok.text.isupper()
        ):
            s = last.speaker
            return Speaker(s.name, s.title, "previous_speaker", s.gender, True)
        return self._as_written([tok])

    def _goes_on(self, toks: list[Tok], start: int, unit: int,
                 history: list[Said]) -> Speaker | None:
        """"Le syndicaliste a réclamé", "the champion admitted": a definite noun for a person
        (a role, a word that describes them) right after they spoke (nobody named since)."""
        w, last = self.words, history[-1] if history else None
        if last is None or not last.speaker.person or unit - last.unit > 1 or len(toks) != 2:
            return None
        det, noun, said = toks[0], toks[1], last.speaker
        gender = w.determiners.get(det.low)
        if not self.lex.is_det(det) or det.low in w.indefinites or gender not in ("", "m", "f") \
                or not noun.text[:1].islower() or noun.low in w.institutions \
                or (gender and said.gender and gender != said.gender) \
                or not (self.lex.is_role(noun)
                        or titles.describes(self.people, self.raw, noun, said.name or "",
                                            self.lex.links)):
            return None  # "the firm said", "la préfecture": no person's noun
        other = last_named(self.people, start, self.units[last.unit][0])  # nobody else since
        return None if other is not None and fold(other.name) != fold(said.name or "") \
            else Speaker(said.name, said.title, "previous_speaker", said.gender, True)

    def _anaphor(self, toks: list[Tok]) -> bool:
        """A definite singular determiner and a lower-case noun that no list names (not an
        institution, a statement, a day, a pronoun): "el músico", "la cineasta"."""
        w, det, noun = self.words, toks[0], toks[1]
        return det.low not in w.indefinites and w.determiners.get(det.low) in ("m", "f") \
            and noun.text[:1].islower() and len(noun.text) > 3 and noun.low not in w.institutions \
            and noun.low not in w.statements and noun.low not in w.time_words \
            and noun.low not in self.lex.function and not self.lex.is_role(noun)

    def _role(self, toks: list[Tok], head: int, start: int, unit: int,
              history: list[Said]) -> Speaker:
        w = self.words
        plural = (head and w.determiners.get(toks[0].low) == "p") or toks[head].low.endswith(
            ("s", "x")
        )
        if not plural:
            role = {
                t.low for t in toks[head:] if t.low not in self.lex.function or t.low in w.roles
            }
            role = {r for r in role if len(r) > 2 and not r.endswith("'")}
            person = self.people.by_role(role, start) \
                or by_sense(self.people, self.words, toks[head:], start) \
                or by_stem(self.people, self.lex, toks[head], start)
            if person is not None:
                return Speaker(person.name, person.title, "role", person.gender, True)
        # "Selon son avocat": the lawyer of the person named before, not that person
        owner = last_named(self.people, start) if head and toks[0].low in w.possessives else None
        occupation = toks[head].low not in w.roles  # "el conductor": maybe someone unnamed
        if not plural and not occupation and toks[0].low not in w.indefinites:
            # "un portavoz": someone new
            if unit + 1 < len(self.units):
                lo, hi = self.units[unit + 1]
                person = self.people.first_named_in(lo, hi)
                if person is not None and person is not owner:
                    title = self._text(toks[head].start, toks[-1].end)
                    return Speaker(
                        person.name, person.title or title, "next_sentence", person.gender, True
                    )
            # "« … », a déclaré le directeur général, Laurent Esquerré. […] Le dirigeant a
            # assuré que …": a role nobody holds by name, right after a person spoke
            last = history[-1] if history else None
            if last is not None and last.speaker.person and last.speaker.name \
                    and unit - last.unit <= 1 and head and owner is None \
                    and w.determiners.get(toks[0].low) in ("", last.speaker.gender or ""):
                s = last.speaker
                return Speaker(s.name, s.title, "previous_speaker", s.gender, True)
        if occupation and head and not plural and owner is None \
                and toks[0].low not in w.indefinites:
            # "Teodoro Caal relató que … «…», contó el pescador": the occupation of the
            # person named last in this paragraph (nobody named there: someone unnamed,
            # "Un taxista … «…», lamentó el conductor")
            person = last_named(self.people, start, self._paragraph_start(start),
                                      lambda p: len(p.key) > 1)
            official = person is not None and any(  # "Mayor Ann Lee …, the baker said"
                t.low in w.roles for title in person.titles for t in tokens(title, 0, len(title)))
            if person is not None and person is not owner and not official:
                title = self._text(toks[head].start, toks[-1].end)
                return Speaker(person.name, person.title or title, "role", person.gender, True)
            if person is None and (known := titles.opens_next(
                    self.people, self.raw, self.units, unit, start)) is not None:
                # "«…», denunció la cineasta. Irarrázaval aseguró que …": nobody named in
                # the paragraph before; the next sentence opens with someone named earlier
                title = self._text(toks[head].start, toks[-1].end)
                return Speaker(known.name, known.title or title, "next_sentence", known.gender,
                               True)
        if (went_on := self._goes_on(toks, start, unit, history)) is not None:
            return went_on
        spoken = self._as_written(toks)
        return Speaker(
            spoken.name,
            self._text(toks[head].start, toks[-1].end),
            "as_written",
            spoken.gender or ("p" if plural else ""),
        )
