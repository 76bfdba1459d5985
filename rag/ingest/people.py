"""The people an article names: runs of two or more capitalised words that are not titles,
institutions, places or function words (or an honorific and a surname), each with the
titles written next to it ("le porte-parole du Kremlin, Dmitri Peskov", "Antony Blinken,
secrétaire d'État,"), and every mention (a surname, a first name) of each."""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from rag.ingest.speakers import STOP_PUNCT, Lexicon, Tok, fold, honorific_length, tokens


@dataclass
class Person:
    name: str  # the fullest form the article writes
    key: tuple[str, ...]  # folded words
    titles: list[str] = field(default_factory=list)
    gender: str = ""
    mentions: list[int] = field(default_factory=list)  # offsets of every mention

    @property
    def title(self) -> str | None:
        """The longest title, with those it does not hold ("Councillor, mayor" for
        "Castlebrook's mayor, Councillor Fiona Baptiste")."""
        if not self.titles:
            return None
        longest = max(self.titles, key=len)
        return ", ".join([longest, *(t for t in dict.fromkeys(self.titles)
                                     if fold(t) not in fold(longest))])


# particles inside a person's name, whatever the text's language: "Pieter de Vries",
# "Charles de Gaulle", "Ursula von der Leyen", "Luiz Inácio Lula da Silva"; capitalised
# between two words of a name too ("Hervé Le Gallic", "Robert De Niro": mid-sentence, a
# capitalised article is no article)
NAME_PARTICLES = frozenset(
    ["de", "del", "della", "der", "den", "van", "von", "da", "das", "do", "dos", "du", "di",
     "la", "le", "ten", "ter", "bin"])
_SECOND_ONLY = frozenset(["la", "le"])  # "Isabel de la Cruz", not "Poutine le …"


class People:
    """The persons named in ``regions`` of ``raw`` (title and paragraphs)."""

    def __init__(self, raw: str, regions: list[tuple[int, int]], lex: Lexicon) -> None:
        self.raw, self.lex = raw, lex
        self.persons: dict[tuple[str, ...], Person] = {}
        self.runs: dict[int, tuple[int, Person]] = {}  # start of a mention -> (end, person)
        self.covered: set[int] = set()  # starts of every word inside a mention
        self._order: list[tuple[int, int, Person]] = []
        self._starts: list[int] = []
        found = [(toks, run) for s, e in regions for toks in [tokens(raw, s, e)]
                 for run in self._runs(toks)]
        # a name the article writes after "in", "dans", "en" (anywhere) is a place ("in
        # Ellery Cross"): none of its mentions is a person's
        places = {tuple(t.low for t in toks[i:j]) for toks, (i, j) in found
                  if i and toks[i - 1].low in lex.words.locatives and j - i > 1}
        for toks, run in found:
            if tuple(t.low for t in toks[run[0]:run[1]]) not in places:
                self._add(toks, run)
        self._surnames([t for s, e in regions for t in tokens(raw, s, e)])

    def _surnames(self, toks: list[Tok]) -> None:
        """A person's surname alone after their name ("Haldane, 38, was gracious in defeat")
        is a mention of them too: "he" in the next sentence is them."""
        owners: dict[str, list[Person]] = {}
        for key, p in self.persons.items():
            if len(key) > 1:
                owners.setdefault(key[-1], []).append(p)
        for t in toks:
            found = owners.get(fold(t.text), [])
            person = found[0] if len(found) == 1 else None  # two Parks: neither
            if person is not None and t.start not in self.covered and t.text[:1].isupper() \
                    and t.low not in self.lex.function and t.start > min(person.mentions):
                person.mentions.append(t.start)

    def _runs(self, toks: list[Tok]) -> list[tuple[int, int]]:
        out, i = [], 0
        while i < len(toks):
            if not self.lex.is_namey(toks[i]):
                i += 1
                continue
            j, particles = i + 1, 0
            while j < len(toks) and self._spaced(toks, j):
                if self.lex.is_namey(toks[j]) or self._role_in_name(toks, j):
                    j += 1
                    continue
                k = j  # "Pieter de Vries", "Ursula von der Leyen", "Lula da Silva"
                while k < len(toks) and toks[k].low in NAME_PARTICLES and self._spaced(toks, k) \
                        and not (k == j and toks[k].text in _SECOND_ONLY):
                    k += 1
                if k == j or k - j > 2 or k >= len(toks) or not self._spaced(toks, k) \
                        or not self.lex.is_namey(toks[k]):
                    break
                particles += k - j
                j = k + 1
            # "el Tribunal Laboral del Primer Distrito", "Universidad Autónoma de Nuevo
            # León": a capitalised institution word opens an organisation's name, no person's
            links = self.lex.words.institution_links  # "Department of"
            h = i - 2 if i > 1 and toks[i - 1].low in links else i - 1
            organisation = h >= 0 and self._spaced(toks, i) and toks[h].text[:1].isupper() \
                and toks[h].low in self.lex.words.institutions
            if (j - i >= 2 or self.honorific(toks, i)) and not organisation:
                out.append((max(i, j - 4 - particles), j))
            i = j
        return out

    def _role_in_name(self, toks: list[Tok], j: int) -> bool:
        """A capitalised role word between two words of a name, where titles are written in
        lower case ("Andrés Fuentes Doval")."""
        t = toks[j]
        return not self.lex.words.capitalised_titles and t.text[:1].isupper() \
            and t.low in self.lex.words.roles and j + 1 < len(toks) \
            and self._spaced(toks, j + 1) and self.lex.is_namey(toks[j + 1])

    def _spaced(self, toks: list[Tok], j: int) -> bool:
        """Is ``toks[j]`` one space after the token before it?"""
        return self.raw[toks[j - 1].end : toks[j].start] in (" ", "\u00a0")

    def honorific(self, toks: list[Tok], i: int) -> str | None:
        """The honorific written before ``toks[i]`` ("M.", "Mr"), if any."""
        for back in (1, 2):
            if i - back < 0:
                return None
            word = "".join(t.text for t in toks[i - back : i])
            if word in self.lex.words.honorifics:
                return word
        return None

    def _add(self, toks: list[Tok], run: tuple[int, int]) -> None:
        i, j = run
        key = tuple(t.low for t in toks[i:j])
        start, end = toks[i].start, toks[j - 1].end
        # without an honorific ("Mme Vasseur-Kerbrat", "Dr Helen Marchetti"), the name is
        # the person named in full before, when there is one ("la Dra. Olaberri Ruiz")
        bare = key[honorific_length(toks, i, self.lex.words.honorifics):] or key
        person = self.persons.get(key) or self.persons.get(bare)
        if person is None:
            person = self.by_word(bare[0], start) if len(bare) == 1 else self._ending(bare, start)
        if person is None:
            person = self.persons[key] = Person(self.raw[start:end], key)
        person.mentions.append(start)
        self.runs[start] = (end, person)
        self.covered |= {t.start for t in toks[i:j]}
        hon = self.honorific(toks, i)
        if hon and self.lex.words.honorifics[hon]:
            person.gender = self.lex.words.honorifics[hon]
        for title, gender in self._titles(toks, i, j):
            if title not in person.titles:
                person.titles.append(title)
            person.gender = person.gender or gender

    def _titles(self, toks: list[Tok], i: int, j: int) -> list[tuple[str, str]]:
        """Titles written before the name ("le vice-ministre … Chang Ho-jin", "le porte-parole
        du Kremlin, Dmitri Peskov", both) or after it ("Antony Blinken, secrétaire d'État,")."""
        out: list[tuple[str, str]] = []
        p = i
        for step in range(2):
            apposition = p > 0 and toks[p - 1].text == ","
            if not apposition and step:
                break
            hi = p - 1 if apposition else p  # the title ends before hi
            lo, role = hi - 1, None
            while lo >= 0 and hi - lo <= 12:
                t = toks[lo]
                listed = t.text == "," and 0 < lo < hi - 1 and toks[lo - 1].text[:1].isupper() \
                    and toks[lo + 1].text[:1].isupper()  # "de Agricultura, Pesca y …"
                if t.start in self.covered and apposition and not step:
                    # "La directora general de Atlántica Vento, Carmen Lorenzo": the name of
                    # what the title serves is inside it
                    first = lo
                    while first > 0 and toks[first].start not in self.runs:
                        first -= 1
                    if first > 0 and toks[first - 1].low in self.lex.links:
                        lo = first - 1
                        continue
                if t.text in STOP_PUNCT or (t.text == "," and not listed) \
                        or t.start in self.covered:
                    break
                if self.lex.is_role(t):
                    role = lo
                    break
                lo -= 1
            if role is None or (toks[hi - 1].low in self.lex.links and not apposition):
                break  # "la directora general de | Atlántica Vento": the role's organisation
            links = self.lex.words.contractions
            while role > 0 and toks[role - 1].start not in self.covered:
                if self.lex.is_role(toks[role - 1]):
                    role -= 1  # "la ministre déléguée", "le directeur général": one title
                elif role > 1 and toks[role - 1].low in links and self.lex.is_role(
                        toks[role - 2]) and toks[role - 2].start not in self.covered:
                    role -= 2  # "l'adjointe au maire chargée du logement"
                else:
                    break
            det = toks[role - 1] if role > 0 and self.lex.is_det(toks[role - 1]) else None
            owner = det is None and role > 1 and toks[role - 1].low == "s" \
                and toks[role - 2].text in ("'", "’")  # a possessive: "the hospital's"
            if apposition and det is None and role > 0 and toks[role - 1].text != "," \
                    and not owner:  # "The hospital's chief executive, Martin Greaves"
                break
            out.append(
                (
                    self.raw[toks[role].start : toks[hi - 1].end],
                    self.lex.words.determiners.get(det.low, "") if det else "",
                )
            )
            p = role - 1 if det else role
        if j + 1 < len(toks) and toks[j].text == ",":  # after: ", secrétaire d'État américain,"
            m = j + 1
            if self.lex.is_det(toks[m]) and m + 1 < len(toks):
                m += 1
            owned = m + 3 < len(toks) and toks[m + 2].low == "s" and toks[m + 1].text in "'’"
            m += 3 if owned else 0  # "the union's regional secretary": a role, or one word
            described = m + 1 < len(toks) and toks[m].text[:1].islower() and \
                toks[m].low not in self.lex.function  # "regional secretary of …"
            roles = [x for x in (m, m + 1)[: 2 if owned or described else 1]  # before one
                     if x < len(toks) and self.lex.is_role(toks[x])]
            if roles:
                e = roles[0]
                while (
                    e + 1 < len(toks) and toks[e + 1].text not in STOP_PUNCT | {",", "—", "–"}
                    and e - m < 12
                ):
                    e += 1
                # "Selon X, le leader russe a traversé …": the next clause's subject
                if not any(self.lex.is_auxiliary(toks[k]) for k in range(m, e + 1)):
                    out.append((self.raw[toks[m].start : toks[e].end], ""))
        return out

    def by_word(self, word: str, before: int) -> Person | None:
        """The person a single word names: a surname (last word), else a first word
        ("Kim"), else a middle word; among several, the one mentioned last before
        ``before``."""
        word = fold(word)
        for pos in (-1, 0, None):  # None: a middle word, the first of two Spanish surnames
            # ("Fuentes" for "Andrés Fuentes Doval")
            found = [p for key, p in self.persons.items() if len(key) > 1 and (
                key[pos] == word if pos is not None else word in key[1:-1])]
            if found:
                return max(
                    found,
                    key=lambda p: (
                        max((m for m in p.mentions if m < before), default=-1),
                        -min(p.mentions),
                    ),
                )
        return None

    def _ending(self, words: tuple[str, ...], before: int) -> Person | None:
        """The person whose fuller name ends with ``words`` ("Olaberri Ruiz" for "Marta
        Olaberri Ruiz"), mentioned last before ``before``."""
        found = [p for key, p in self.persons.items()
                 if len(key) > len(words) and key[-len(words):] == words]
        return max(found, key=lambda p: max((m for m in p.mentions if m < before), default=-1),
                   default=None)

    def by_role(self, words: set[str], before: int) -> Person | None:
        """The person mentioned last before ``before`` whose title holds all of ``words``."""
        best, best_pos = None, -1
        for p in self.persons.values():
            if any(words <= {t.low for t in tokens(title, 0, len(title))} for title in p.titles):
                pos = max((m for m in p.mentions if m < before), default=-1)
                if pos > best_pos:
                    best, best_pos = p, pos
        return best

    def _ordered(self) -> list[tuple[int, int, Person]]:
        if len(self._order) != len(self.runs):
            self._order = sorted((s, e, p) for s, (e, p) in self.runs.items())
            self._starts = [s for s, _, _ in self._order]
        return self._order

    def runs_in(self, start: int, end: int) -> list[tuple[int, int, Person]]:
        """The person mentions inside ``raw[start:end]``, in order."""
        order = self._ordered()
        i = bisect.bisect_left(self._starts, start)
        out = []
        while i < len(order) and order[i][0] < end:
            if order[i][1] <= end:
                out.append(order[i])
            i += 1
        return out

    def run_in(self, start: int, end: int) -> tuple[int, int, Person] | None:
        """The last person mention inside ``raw[start:end]``."""
        found = self.runs_in(start, end)
        return found[-1] if found else None

    def first_named_in(self, start: int, end: int) -> Person | None:
        """A person whose first mention in the article is near the start of ``[start, end)``."""
        for s, _, p in self.runs_in(start, min(end, start + 40) + 200):
            if s < min(end, start + 40) and min(p.mentions) == s and len(p.key) > 1:
                return p
        return None
