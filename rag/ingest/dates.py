"""Dates that articles state about themselves, found in their text and parsed to ISO.

The words come from every language in :mod:`rag.lang` (month names, day ordinals such
as "1er" or "3rd", joiners such as "12 de mayo de 2024", and labels such as "Publié le"
or "Published"), all at once: a page in one language often carries labels in another
("Write: 2023-09-12 10:59:55" on a French page). Accented and unaccented spellings
("février", "fevrier") both match.

Patterns (compiled regexes, no anchors; use ``.match(text, pos)`` to anchor):

* :data:`LABELED` — a label, then a date: "Publié le 12/09/2023 à 10h30",
  "Published: September 12, 2023", "date 2023-09";
* :data:`DATELINE` — a dateline opening a paragraph: "PARIS, 12 septembre 2023 (AFP) –";
* :data:`ONLY_DATE` — a line that is only a date, or a place and a date ("PARIS, 3 mai 2024").
"""

from __future__ import annotations

import datetime
import re

from rag import lang

_LOOSE = {"a": "aàâäá", "e": "eéèêë", "i": "iîïí", "o": "oôöó", "u": "uùûüú", "c": "cç",
          "n": "nñ"}


def loose(phrase: str) -> str:
    """A regex for a folded phrase ("publie le") that matches its accented spellings and
    any spacing ("Publié  le"); case is left to the caller's flags."""
    out: list[str] = []
    for ch in phrase:
        if ch == " ":
            out.append(r"\s+")
        elif ch in "'’":
            out.append("['’]")
        elif ch in _LOOSE:
            out.append(f"[{_LOOSE[ch]}]")
        else:
            out.append(re.escape(ch))
    return "".join(out)


def _alternation(phrases: set[str]) -> str:
    return "|".join(loose(p) for p in sorted(phrases, key=lambda p: (-len(p), p)))


def fold(text: str) -> str:
    """Lower case without accents: "Février" -> "fevrier"."""
    import unicodedata

    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _month_numbers() -> dict[str, int]:
    """Folded month names and their unambiguous 3- and 4-letter abbreviations -> 1..12."""
    full: dict[str, int] = {}
    prefixes: dict[str, set[int]] = {}
    for language in lang.all_languages():
        for number, name in enumerate(language.months, 1):
            full[name] = number
            for n in (3, 4):
                if len(name) > n:
                    prefixes.setdefault(name[:n], set()).add(number)
    out = dict(full)
    for prefix, numbers in prefixes.items():
        if len(numbers) == 1 and prefix not in out:
            out[prefix] = numbers.pop()
    return out


MONTHS = _month_numbers()
MONTH = rf"(?:{_alternation(set(MONTHS))})\.?(?![^\W\d_])"
_ORDINAL = rf"(?:{_alternation({o for x in lang.all_languages() for o in x.date_ordinals})})?"
_JOINERS = {j for x in lang.all_languages() for j in x.date_joiners}
_JOIN = rf"(?:(?:{_alternation(_JOINERS)})\s+)?" if _JOINERS else ""
DATE_VALUE = (
    r"(?:\d{4}-\d{1,2}(?:-\d{1,2})?(?!\d)|\d{1,2}[/.]\d{1,2}[/.]\d{4}"
    rf"|\d{{1,2}}{_ORDINAL}\.?\s+{_JOIN}{MONTH}\s+{_JOIN}\d{{4}}"
    rf"|{MONTH}\s+\d{{1,2}}{_ORDINAL},?\s+\d{{4}})"
)
"""A date in any of the forms :func:`iso` reads."""

TIME = (
    r"(?:(?:\s*,)?(?:\s+(?:à|a|at|um|a\s+las)\s+|\s+|T)\d{1,2}[:h]\d{2}(?::\d{2})?"
    r"(?:\s*(?:UTC|GMT|CES?T|[+-]\d{2}:?\d{2}|Z))?)?"
)
"""An optional time after a date: " à 10h30", " 10:59:55", "T10:59:55+09:00"."""

LABEL = rf"(?:{_alternation({p for x in lang.all_languages() for p in x.dateline_prefixes})})"
"""A publication-date label in any language ("publié le", "published", "date")."""

LABELED = re.compile(
    rf"(?<![^\W_])(?P<label>{LABEL})\s*[:\-–]?\s*(?:(?:le|on|el|the)\s+)?"
    rf"(?:[^\W\d_]{{3,9}},?\s+)?(?P<date>{DATE_VALUE}){TIME}",
    re.IGNORECASE,
)
DATELINE = re.compile(
    rf"(?:[A-ZÀ-Ý][\w'’. -]{{0,30}}[,(]\s*)?(?P<date>{DATE_VALUE}){TIME}"
    r"(?:\s*\((?P<agency>[A-ZÀ-Ý][\w&.' -]{0,24})\))?(?=\s*(?:[–—-]|:|\())",
    re.IGNORECASE,
)
ONLY_DATE = re.compile(
    rf"\W*(?:[A-ZÀ-Ý][\w'’. -]{{0,30}},\s+)?(?P<date>{DATE_VALUE}){TIME}\W*", re.IGNORECASE)
ANY_DATE = re.compile(rf"(?<![\w/.-])(?P<date>{DATE_VALUE}){TIME}", re.IGNORECASE)


def _month(word: str) -> int:
    return MONTHS.get(fold(word).rstrip("."), 0)


def iso(value: str) -> str | None:
    """``"YYYY-MM-DD"`` (or ``"YYYY-MM"``) for a date :data:`DATE_VALUE` matches; None
    for an impossible date (31/02/2023) or a year outside 1900-2100."""
    v = " ".join(value.casefold().split())
    d: int | None
    ordinal, join = _ORDINAL, _JOIN
    if m := re.fullmatch(r"(\d{4})-(\d{1,2})(?:-(\d{1,2}))?", v):
        y, mo, d = int(m[1]), int(m[2]), int(m[3]) if m[3] else None
    elif m := re.fullmatch(r"(\d{1,2})[/.](\d{1,2})[/.](\d{4})", v):
        d, mo, y = int(m[1]), int(m[2]), int(m[3])
    elif m := re.fullmatch(rf"(\d{{1,2}}){ordinal}\.? {join}([^\W\d_]+\.?) {join}(\d{{4}})", v):
        d, mo, y = int(m[1]), _month(m[2]), int(m[3])
    elif m := re.fullmatch(rf"([^\W\d_]+\.?) (\d{{1,2}}){ordinal},? (\d{{4}})", v):
        mo, d, y = _month(m[1]), int(m[2]), int(m[3])
    else:
        return None
    if not (1 <= mo <= 12 and 1900 <= y <= 2100):
        return None
    if d is not None:
        try:
            datetime.date(y, mo, d)
        except ValueError:
            return None
    return f"{y:04d}-{mo:02d}" + (f"-{d:02d}" if d is not None else "")


def end_of_date(text: str, end: int) -> int:
    """``end`` moved back over trailing spaces and separators of a matched date."""
    while end > 0 and text[end - 1] in " \t,;:-–—":
        end -= 1
    return end
