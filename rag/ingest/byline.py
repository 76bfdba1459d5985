"""Bylines and credits: who wrote an article and which outlet published it, from one line.

General rules, with the words of every language in :mod:`rag.lang`:

* a byline is a prefix ("By", "Par", "Por", "Written by", "Auteur :") followed by
  capitalised names ("Jane Doe and John Smith", "Jean-Pierre de La Tour"), optionally
  a short tail after a separator (", envoyé spécial à Séoul", "| Reuters", "(AFP)");
* a correspondent line is a phrase ("Avec notre correspondant", "From our
  correspondent"), a place, a comma and a name;
* a credit line names the outlet: the holder of a copyright ("© 2024 Le Monde. Tous
  droits réservés.") or an agency in parentheses ("(AFP)", "(Reuters)").

A sentence never reads as a byline: "By the end of the day, …" (no name), "Par ailleurs,
…" (not capitalised), "By Monday, talks had failed." (a sentence with a tail).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rag import lang
from rag.ingest.dates import loose

_UPPER = "A-ZÀ-ÖØ-ÞĀ-ſ"  # capitals, with Latin Extended-A (mixed case there: close enough)
_NAME_WORD = rf"(?:[{_UPPER}][\w'’\-]*(?:\.[\w'’\-]+)*\.?)"  # "O'Brien", "J.", "Jean-Pierre"
_PARTICLE = r"(?:de|du|des|da|di|del|della|van|von|der|den|ter|le|la|al|el|bin|ibn|dos|das|zu)"
_NAME = rf"{_NAME_WORD}(?:[ \t]+(?:{_PARTICLE}[ \t]+)*{_NAME_WORD}){{0,4}}"
_LONG_NAME = rf"{_NAME_WORD}(?:[ \t]+(?:{_PARTICLE}[ \t]+)*{_NAME_WORD}){{1,4}}"
_AND = r"(?:and|et|y|e|und|&)"
# after a comma only a name of two words or more: "Jane Doe, Reuters" names one person
_NAMES = rf"{_NAME}(?:\s*,\s*{_LONG_NAME}|\s+{_AND}\s+{_NAME})*(?:\s*,?\s+{_AND}\s+{_NAME})?"


def _phrases(attr: str) -> str:
    words = {p for x in lang.all_languages() for p in getattr(x, attr)}
    return "|".join(loose(p) for p in sorted(words, key=lambda p: (-len(p), p)))


_BYLINE = re.compile(
    rf"[^\w(]{{0,3}}(?P<prefix>(?i:{_phrases('byline_prefixes')}))\s*:?\s+(?P<names>{_NAMES})"
    r"(?P<tail>(?:\s*(?:[,|/·•–—(]|-\s)\s*[^\n]*)?)\s*[.]?\s*"
)
_CORRESPONDENT = re.compile(
    rf"[^\w(]{{0,3}}(?P<prefix>(?i:{_phrases('correspondent_prefixes')}))\b[^,\n]{{0,50}},"
    rf"\s*(?P<names>{_NAMES})\s*[.]?\s*"
)
_AGENCY = re.compile(rf"\((?P<name>[{_UPPER}][\w&.'’ -]{{0,24}}?)\)")
_HOLDER_WORD = rf"[{_UPPER}0-9&][\w'’&-]*(?:\.[\w'’&-]+)*"  # "Le", "Example.com", "S.A"
_HOLDER = (rf"{_HOLDER_WORD}(?:[ \t]+(?:{_HOLDER_WORD}|(?:de|du|des|la|le|of|the|and|et|del|el)"
           r"(?![\w'’]))){0,6}")
_COPYRIGHT = re.compile(
    r"(?i:©|\(c\)|copyright)\s*(?:©|\(c\))?\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*,?\s*)?"
    rf"(?P<name>{_HOLDER})"
)
_RESERVED = re.compile(
    rf"\W{{0,3}}(?P<name>{_HOLDER})\s*[-–—|,.]\s*(?i:{_phrases('rights_reserved')})\b"
)
_NOT_HOLDERS = {"tous", "all", "copyright", "droits", "rights"}
_MAX_WORDS = 20


@dataclass(frozen=True)
class Credit:
    """A name found in a line: ``line[start:end]`` is the part to cite."""

    name: str
    start: int
    end: int


def _trim_name(name: str) -> str:
    return " ".join(name.split()).strip(" .,;:")


def parse_byline(line: str) -> Credit | None:
    """The author(s) a byline line names, or None when the line is not a byline.

    ``start:end`` covers the prefix and the names, plus a role or place after a comma
    ("Par Jean Dupont, envoyé spécial à Séoul"), but not a date or an outlet after it.
    """
    if len(line.split()) > _MAX_WORDS:
        return None
    m = _CORRESPONDENT.fullmatch(line)
    if m:
        return Credit(_trim_name(m["names"]), m.start("prefix"), m.end("names"))
    m = _BYLINE.fullmatch(line)
    if not m:
        return None
    tail = m["tail"].strip()
    if tail and line.rstrip().endswith((".", "!", "?")):
        return None  # "By Monday, talks had failed." is a sentence
    end = m.end("names")
    if line[end - 1] == "." and not re.search(r"\b\w{1,2}\.$", line[:end]):
        end -= 1  # a full stop, not an initial
    if tail.startswith(",") and not re.search(r"\d|[|·•]", tail) and len(tail.split()) <= 6:
        end = m.end("tail")  # the role: ", envoyé spécial à Séoul"
        while end > 0 and line[end - 1] in " .":
            end -= 1
    return Credit(_trim_name(m["names"]), m.start("prefix"), end)


def agency(text: str) -> Credit | None:
    """An outlet credited in parentheses: "(AFP)", "(Reuters)"."""
    m = _AGENCY.search(text)
    if not m or len(m["name"].split()) > 3:
        return None
    return Credit(m["name"].strip(), m.start("name"), m.end("name"))


def copyright_holder(line: str) -> Credit | None:
    """Who holds the copyright a line states: "© 2024 Le Monde. Tous droits réservés.",
    "Le Monde – Tous droits réservés"."""
    lead = len(line) - len(line.lstrip())  # a footer line, not a photo credit ("Photo © AFP")
    m = _COPYRIGHT.match(line, lead) or _RESERVED.match(line)
    if not m:
        return None
    name = _trim_name(m["name"])
    words = name.split()
    while words and (words[-1].isdigit() or words[-1].casefold() in {
            "de", "du", "des", "la", "le", "of", "the", "and", "et", "del", "el"}):
        words.pop()
    name = " ".join(words)
    if not name or words[0].casefold() in _NOT_HOLDERS or name.isdigit():
        return None
    return Credit(name, m.start(), m.start("name") + len(m["name"].rstrip(" .,;:")))
