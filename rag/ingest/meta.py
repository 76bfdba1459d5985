"""What an article's text says about the article: title, author, date, outlet.

Each value comes with the span of the text that states it (a :class:`~rag.types.Span`),
so that an answer about the article can cite it, and cleaning keeps those spans out of
the content blocks, so that they are never quoted as if they were the story. In order
of preference:

* front matter (``---`` fenced ``key: value`` lines at the top, as written for web
  pages by :mod:`rag.ingest.extract`): ``title``, ``author``, ``date``, ``source_name``
  (or ``site_name``, ``outlet``, ``publisher``), ``url``, ``language``;
* author: the first byline near the top ("Par Jean Dupont", "by Chia", "Avec notre
  correspondant à Séoul, Célio Fioretti": :mod:`rag.ingest.byline`);
* date: a labelled date on a metadata line ("Write: 2023-09-12 10:59:55", "Publié le
  12/09/2023", "date 2023-09 <title>") or a date on a byline line, else a line that is
  only a date before the first paragraph, or a dateline opening it ("PARIS, 12
  septembre 2023 (AFP) –"): :mod:`rag.ingest.dates`. Dates in the story are not the article's;
* outlet: the holder of a copyright line ("© 2024 Le Monde"), else an agency credited
  in the dateline or byline ("(AFP)").
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass

from rag.ingest.byline import agency, copyright_holder, parse_byline
from rag.ingest.clean import NEWLINES, Line, classify
from rag.ingest.dates import ANY_DATE, DATELINE, LABELED, ONLY_DATE, end_of_date, iso
from rag.types import ArticleMeta, Span

_FRONT_LINE = re.compile(r"([A-Za-z][\w-]*)\s*[:=]\s*(.*?)\s*")
_ALIASES = {
    "title": ("title", "headline"),
    "author": ("author", "authors", "byline", "by", "creator"),
    "date": ("date", "published", "date_published", "pubdate"),
    "source_name": ("source_name", "site_name", "sitename", "outlet", "publisher", "source"),
    "url": ("url", "canonical_url", "link", "source_url"),
    "language": ("language", "lang"),
}
_HEADING_MARK = re.compile(r"^#{1,6}\s+")
_BYLINE_BEFORE = 3  # a byline counts only before the article's third paragraph


@dataclass(frozen=True)
class TextMeta(ArticleMeta):
    """Metadata stated in an article's text, with the spans that state author, date, outlet."""

    title: str | None = None  # from front matter only (see extract_title)
    date: str | None = None
    language: str | None = None


def _unquote(value: str) -> str:
    if len(value) >= 2 and value[0] == value[-1] == '"':
        try:
            loaded = json.loads(value)
        except ValueError:
            return value[1:-1]
        return loaded if isinstance(loaded, str) else value[1:-1]
    if len(value) >= 2 and value[0] == value[-1] == "'":
        return value[1:-1]
    return value


def front_matter(raw_text: str) -> dict[str, tuple[str, int, int]]:
    """The ``key: value`` lines of the front matter: ``{field: (value, start, end)}`` with
    keys mapped to our field names (``site_name`` -> ``source_name``), ``start:end`` the
    whole line. Values may be JSON strings (``"..."``)."""
    names = {alias: name for name, aliases in _ALIASES.items() for alias in aliases}
    out: dict[str, tuple[str, int, int]] = {}
    for line in classify(raw_text)[0]:
        if line.kind != "meta":
            break
        m = _FRONT_LINE.fullmatch(line.text)
        if not m or (name := names.get(m.group(1).lower().replace("-", "_"))) is None:
            continue
        if value := " ".join(_unquote(m.group(2)).split()):
            out.setdefault(name, (value, line.start, line.end))
    return out


def extract_title(raw_text: str, blocks: Sequence[tuple[int, int]]) -> str:
    """The article title: front matter, its heading line, else its first sentence's start."""
    front = front_matter(raw_text).get("title")
    if front:
        return front[0]
    lines, title = classify(raw_text)
    if title is not None:
        text = _HEADING_MARK.sub("", lines[title].text).strip(" \t#")
        if text:
            return text
    if not blocks:
        return ""
    s, e = blocks[0]
    first = re.split(r"(?<=[.!?…])\s", raw_text[s:e], maxsplit=1)[0]
    words = first.split()
    return " ".join(words[:15]) + ("…" if len(words) > 15 else "")


def _span(raw: str, start: int, end: int) -> Span:
    return Span(start, end, raw[start:end])


def _physical(raw: str, line: Line) -> tuple[int, int]:
    """The whole physical line(s) around ``line``, with any prefix cut off its span."""
    s, e = min(line.start, line.prefix[0]) if line.prefix else line.start, line.end
    while s > 0 and raw[s - 1] not in NEWLINES:
        s -= 1
    while e < len(raw) and raw[e] not in NEWLINES:
        e += 1
    return s, e


def _date(raw: str, lines: Sequence[Line]) -> tuple[str, Span] | None:
    for line in lines:  # labelled dates on metadata lines
        if line.kind != "content" or line.prefix:
            s, e = _physical(raw, line)
            m = LABELED.search(raw, s, e)
            if m and (value := iso(m["date"])):
                return value, _span(raw, m.start("label"), end_of_date(raw, m.end()))
            m = ANY_DATE.search(raw, s, e) if line.kind == "byline" else None
            if m and (value := iso(m["date"])):
                return value, _span(raw, m.start(), end_of_date(raw, m.end()))
    for line in lines:  # an unlabelled date before or at the start of the first paragraph
        if line.kind == "content":
            m = DATELINE.match(raw, line.prefix[0]) if line.prefix else None
            if m and (value := iso(m["date"])):
                return value, _span(raw, m.start(), m.end())
            return None
        m = ONLY_DATE.fullmatch(line.text)
        if m and (value := iso(m["date"])):
            return value, _span(raw, line.start, line.end)
    return None


def _byline(raw: str, lines: Sequence[Line]) -> tuple[str, Span] | None:
    paragraphs = 0
    for line in lines:
        if line.kind == "content":
            paragraphs += 1
            if paragraphs >= _BYLINE_BEFORE:
                return None
        elif line.kind == "byline" and (credit := parse_byline(line.text)):
            return credit.name, _span(raw, line.start + credit.start, line.start + credit.end)
    return None


def _outlet(raw: str, lines: Sequence[Line], credited: Sequence[Span]) -> tuple[str, Span] | None:
    for line in lines:
        if line.kind != "content" and (credit := copyright_holder(line.text)):
            return credit.name, _span(raw, line.start + credit.start, line.start + credit.end)
    for span in credited:
        if credit := agency(span.text):
            return credit.name, _span(raw, span.start + credit.start, span.start + credit.end)
    return None


def extract_meta(raw_text: str) -> TextMeta:
    """Title (front matter), author, date, outlet, url and language that the text states."""
    lines, _ = classify(raw_text)
    front = front_matter(raw_text)
    values: dict[str, str] = {k: v[0] for k, v in front.items()}
    spans: dict[str, Span] = {k: _span(raw_text, v[1], v[2]) for k, v in front.items()}
    if "date" in values:
        value = values.pop("date")
        if found := iso(value[:10]) or iso(value):
            values["date"] = found
        else:
            spans.pop("date")
    for name, finder in (("author", _byline), ("date", _date)):
        if name not in values and (hit := finder(raw_text, lines)):
            values[name], spans[name] = hit
    if "source_name" not in values:
        credited = [s for s in (spans.get("date"), spans.get("author")) if s is not None]
        if hit := _outlet(raw_text, lines, credited):
            values["source_name"], spans["source_name"] = hit
    return TextMeta(
        title=values.get("title"), author=values.get("author"), date=values.get("date"),
        source_name=values.get("source_name"), url=values.get("url"),
        language=values.get("language"), byline=spans.get("author"),
        dateline=spans.get("date"), source_line=spans.get("source_name"),
    )
