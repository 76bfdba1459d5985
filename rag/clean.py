"""Boilerplate removal: which spans of an article's text are content.

Scraped articles carry site chrome (navigation, cookie banners, share and
comment prompts, "read more" link lists, template markers, bylines, reading
times...). Cleaning does not rewrite the text: it returns the ``(start, end)``
spans of ``raw_text`` that are article content, so every later offset still
points into the original text.

The rules are general and work line by line:

* known CMS phrases (FR/EN, case-insensitive) and template markers (``[ad_1]``);
* "read more"-type markers and the list of headline links after them, up to
  the next line that reads like a sentence;
* the title (and its repeats: breadcrumb, ``## `` heading) goes to metadata;
* a short line (at most ``HEADING_MAX_WORDS`` words) that does not end like a
  sentence is a heading, label or site name and is dropped; longer lines are
  kept even without final punctuation (ledes), so no sentence is lost.
"""

from __future__ import annotations

import datetime
import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass

HEADING_MAX_WORDS = 10
"""A line this short that does not end like a sentence is a heading or a label."""

NEWLINES = "\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029"
_SPACES = " \t\u00a0\u202f\u2007\u2009\ufeff"
_CLOSERS = "»”’\"')]"
_LINE_RE = re.compile(f"[^{NEWLINES}]+")
_BREAK_RE = re.compile(f"\r\n|[{NEWLINES}]")
_WORD_RE = re.compile(r"\S*[^\W_]\S*")


def count_words(text: str) -> int:
    """Whitespace-separated tokens that contain a letter or a digit."""
    return len(_WORD_RE.findall(text))


def ends_like_sentence(text: str) -> bool:
    """True when ``text`` ends with ``. ! ? …`` (closing quotes/brackets aside)."""
    body = text.rstrip(_SPACES + _CLOSERS + NEWLINES)
    if not body:
        return False
    if body[-1] in ".!?…":
        return True
    # "Il a déclaré :" introduces a quote; a bare label like "Publié sur :" does not.
    return body[-1] == ":" and count_words(body) >= 3


def is_soft_wrap(prev: str, nxt: str) -> bool:
    """A line break inside a sentence: previous line unfinished, next one starts lower-case."""
    p = prev.rstrip(_SPACES)
    n = nxt.lstrip(_SPACES)
    return bool(p and n) and p[-1] not in ".!?…:;»”\"" and n[0].islower()


def line_breaks(text: str, start: int, end: int) -> int:
    """How many line breaks ``text[start:end]`` holds ("\\r\\n" counts once)."""
    return len(_BREAK_RE.findall(text, start, end))


def _i(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


# Template markers such as [ad_1], [/caption]; a line of them is dropped, at line ends they are cut.
_MARKERS = r"(?:\[/?[a-z]+(?:_[a-z0-9]+)*\][\s\u00a0]*)+"
_MARKER_PREFIX = re.compile(f"^{_MARKERS}")
_MARKER_SUFFIX = re.compile(r"(?:[\s\u00a0]*\[/?[a-z]+(?:_[a-z0-9]+)*\])+$")

_MONTHS_FR = (
    "janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|"
    "novembre|décembre|decembre"
)
_MONTHS_EN = "january|february|march|april|may|june|july|august|september|october|november|december"
_DATE_VALUE = (
    r"(?:\d{4}-\d{1,2}(?:-\d{1,2})?|\d{1,2}[/.]\d{1,2}[/.]\d{4}"
    rf"|\d{{1,2}}(?:er)?\s+(?:{_MONTHS_FR}|{_MONTHS_EN})\s+\d{{4}}"
    rf"|(?:{_MONTHS_EN})\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}})"
)
_DATE_LABEL = (
    r"(?:date|publi[ée]+(?:\s+le)?|mis\s+à\s+jour(?:\s+le)?|modifi[ée]+(?:\s+le)?|"
    r"posted(?:\s+on)?|published(?:\s+on)?|updated(?:\s+on)?|write|written(?:\s+on)?)"
)
_TIME = r"(?:[\sT,à]+\d{1,2}[:h]\d{2}(?::\d{2})?(?:\s*(?:UTC|GMT|[+-]\d{2}:?\d{2}))?)?"
# A metadata date opening a line: "date 2023-09 <title>", "Write: 2023-09-12 10:59:55".
_META_PREFIX = _i(rf"^{_DATE_LABEL}\s*[:\-–]?\s*(?:le\s+|on\s+)?({_DATE_VALUE}){_TIME}")
_LABELED_DATE = _i(rf"(?:^|\W){_DATE_LABEL}\s*[:\-–]?\s*(?:le\s+|on\s+)?({_DATE_VALUE})")
_ANY_DATE = _i(rf"^\W*({_DATE_VALUE}){_TIME}\W*$")  # a line that is only a date
# A dateline: "PARIS, 12 septembre 2023 (AFP) – ...", "12/09/2023 - ..."
_DATELINE = re.compile(
    rf"^(?:[A-ZÀ-Ý][\w'’. -]{{0,30}}[,(]\s*)?({_DATE_VALUE}){_TIME}\s*(?:\(|[–—-]|:)", re.IGNORECASE
)

# Boilerplate whatever the line's length (up to _STRONG_MAX_WORDS words).
_STRONG_MAX_WORDS = 80
_STRONG = [
    _i(
        r"\bcookies?\b.*\b(?:en\s+(?:continuant|poursuivant)|by\s+continuing|vous\s+acceptez|"
        r"you\s+(?:agree|accept|consent)|politique\s+(?:de\s+)?(?:cookies|confidentialité)|"
        r"cookie\s+policy|privacy\s+policy)|(?:notre|ce)\s+site\s+(?:web\s+)?utilise\s+des\s+cookies|"
        r"(?:this|our)\s+(?:site|website)\s+uses\s+cookies|nous\s+utilisons\s+des\s+cookies|"
        r"we\s+use\s+cookies"
    ),
    _i(
        r"(?:theme|plugin)\s+licen[cs]e|licen[cs]e\s+(?:key\s+)?(?:is\s+)?not\s+(?:validated|valid|"
        r"activated)|validate\s+the\s+licen[cs]e"
    ),
    _i(r"©|\(c\)\s*\d{4}|copyright\s*(?:©|\(c\)|\d{4})|tous\s+droits\s+réservés|all\s+rights\s+reserved"),
    _i(
        r"(?:abonnez|inscrivez|réabonnez)-vous\b|\bsubscribe\s+(?:to\s+(?:our|the)|now|today)\b|"
        r"\bsign\s+up\s+(?:for\s+(?:our|the)|now|today)\b|\bnewsletter\s*:"
    ),
    _i(r"réservée?\s+aux\s+abonnés|il\s+vous\s+reste\s+\d+\s*%|subscribe\s+to\s+(?:continue|read)"),
    _i(r"\b(?:enable|activez|activer)\s+(?:le\s+)?javascript\b"),
]
# Cheap test first: a line without any of these cannot match _STRONG.
_STRONG_HINTS = ("cookie", "licen", "©", "(c)", "copyright", "droits", "rights", "abonn",
                 "inscri", "subscribe", "sign up", "newsletter", "reste", "javascript")

# "Read more"-type markers: the line goes, and so does the list of links after it.
_READ_MORE = _i(
    r"^\W*(?:(?:à\s+)?lire\s+(?:aussi|également|la\s+suite|plus)|(?:à\s+)?voir\s+(?:aussi|également)|"
    r"read\s+(?:more|also|next)|also\s+read|see\s+also|you\s+(?:may|might)\s+also\s+like|"
    r"related(?:\s+(?:posts?|articles?|stories|news|content|topics))?|recommended(?:\s+for\s+you)?|"
    r"more\s+(?:from|on)\s+\w+|sur\s+le\s+même\s+(?:sujet|thème)|dans\s+la\s+même\s+rubrique|"
    r"poursuivez\s+votre\s+lecture|contenus?\s+(?:recommandés?|sponsorisés?|similaires)|"
    r"articles?\s+(?:similaires|liés|recommandés|connexes)|les\s+plus\s+(?:lus|partagés|commentés)|"
    r"most\s+(?:read|popular|viewed)|trending(?:\s+now)?|à\s+découvrir(?:\s+aussi)?|"
    r"nos\s+(?:autres\s+)?articles|dernières\s+actualités|latest\s+news|top\s+stories)"
)
# ...when the line is not a sentence, or the marker is followed by ":" / ">" / a glued headline.
_READ_MORE_TAIL = re.compile(r"\s*(?:[:›>»|–—-]|$)|[A-ZÀ-Ý]")

# Boilerplate when the line is short (at most _SHORT_MAX_WORDS words).
_SHORT_MAX_WORDS = 15
_SHORT = [
    _i(
        r"^\W*(?:aller|passer|skip|go|jump|retour|back|return)\s+(?:au|à\s+la|à|to|en)\s+(?:the\s+)?"
        r"(?:menu|contenu|content|page|main|navigation|top|haut|home|accueil|sommaire)"
    ),
    _i(r"^\W*(?:go\s+top|back\s+to\s+top|scroll\s+to\s+top|haut\s+de\s+(?:la\s+)?page|top\s+of\s+page)"),
    _i(
        r"^\W*(?:facebook|twitter|linkedin|whatsapp|telegram|pinterest|reddit|instagram)"
        r"(?:[\s,|/·•-]+(?:facebook|twitter|linkedin|whatsapp|telegram|pinterest|reddit|instagram|"
        r"e-?mail|x))*\W*$"
    ),
    _i(
        r"^\W*(?:leave|post|add|write)\s+a\s+(?:comment|reply)|laisser\s+un\s+commentaire|"
        r"^\W*\d+\s+(?:commentaires?|comments?|réactions?)\b|"
        r"^\W*(?:commentaires?|comments?|réagir|commenter|réactions?)\W*$"
    ),
    _i(
        rf"^\W*{_DATE_LABEL}\s*(?::|sur\s*:|\s+(?:\d|(?:{_MONTHS_EN})\b|il\s+y\s+a\b|hier\b|"
        r"yesterday\b|today\b|aujourd))"
    ),
    _i(
        r"^\W*(?:thumbnail|photo|crédits?|credits?|image|illustration|légende|caption|source|"
        r"vidéo|video)s?\s*(?::|©|\bby\b|\bpar\b)"
    ),
    _i(
        r"^\W*(?:temps\s+de\s+lecture|reading\s+time)|^\W*\d+\s*(?:min(?:utes?)?|mn)\.?"
        r"(?:\s+(?:de\s+lecture|read|reading|to\s+read))?\W*$"
    ),
    _i(r"^\W*(?:publicité|advertisement|sponsored|sponsorisé|annonce|pub|ad)\W*$"),
    _i(
        r"^\W*(?:en\s+savoir\s+plus|learn\s+more|click\s+here|cliquez\s+ici|voir\s+en\s+détail|"
        r"voir\s+plus|see\s+more|show\s+more|afficher\s+plus|load\s+more|charger\s+plus)\b"
    ),
    _i(
        r"^\W*(?:accept(?:er|ez)?|refuse[rz]?|reject|tout\s+accepter|accept\s+all|g[ée]rer|manage|"
        r"param[ée]trer)\b.{0,30}\bcookies?\b"
    ),
    _i(
        r"^\W*(?:menu|search|rechercher|recherche|close|fermer|login|log\s+in|connexion|"
        r"se\s+connecter|sign\s+in|s.inscrire|s.abonner|subscribe|mon\s+compte|my\s+account)\W*$"
    ),
]
# Share/print prompts: a share verb opening a line that is not a real sentence.
_SHARE = _i(r"^\W*(?:partager|partagez|share|tweet|tweeter|imprimer|print|envoyer\s+par|e-?mail)\b")
_SHARE_ON = _i(r"^\W*\w+\s+(?:sur|on|via|par|by|this|cet|cette|l.article|the\s+article)\b")
# "By Jane Doe", "Par Jean Dupont, envoyé spécial" (only when the line is not a sentence).
_BYLINE = re.compile(
    r"^\W*(?:(?:[Bb]y|[Pp]ar|[Ww]ith)\s+[A-ZÀ-Ý]|[Aa]vec\s+notre\s+(?:correspondante?|envoyée?))"
)
_BREADCRUMB = re.compile(r"^\W*(?:[Hh]ome|HOME|[Aa]ccueil|ACCUEIL)(?:\b|[A-ZÀ-Ý])")
_HEADING_MARK = re.compile(r"^#{1,6}\s+")
_LINK_ONLY = re.compile(r"^(?:[-*•+]\s+)?!?\[[^\]]*\]\([^)]*\)\W*$")
_BULLET = re.compile(r"^(?:[-*•+]|\d{1,2}[.)])\s+\S")
_FENCE = re.compile(r"^(?:---|\+\+\+)[ \t]*$")


@dataclass
class _Line:
    start: int
    end: int
    text: str
    words: int
    sentence: bool  # ends like a sentence
    heading_level: int = 0  # markdown heading level, 0 if none
    meta_prefix: bool = False  # a "date ..." prefix was cut off the span
    kind: str = ""  # "content", "boilerplate", "heading", "title" or "meta" (front matter)


def _trimmed_lines(raw: str) -> list[tuple[int, int]]:
    out = []
    for m in _LINE_RE.finditer(raw):
        s, e = m.start(), m.end()
        while s < e and (raw[s].isspace() or raw[s] in _SPACES):
            s += 1
        while e > s and (raw[e - 1].isspace() or raw[e - 1] in _SPACES):
            e -= 1
        if s < e:
            out.append((s, e))
    return out


def _lines(raw: str) -> list[_Line]:
    """Logical lines: trimmed, soft-wrapped lines joined, front matter marked "meta"."""
    spans = _trimmed_lines(raw)
    front_end = -1
    if spans and _FENCE.match(raw[spans[0][0] : spans[0][1]]):
        front_end = next(
            (k for k in range(1, len(spans)) if _FENCE.match(raw[spans[k][0] : spans[k][1]])), -1
        )
    joined: list[tuple[int, int, bool]] = []
    for k, (s, e) in enumerate(spans):
        meta = k <= front_end
        if joined and not meta and not joined[-1][2]:
            ps, pe, _ = joined[-1]
            single_break = line_breaks(raw, pe, s) == 1
            if single_break and is_soft_wrap(raw[ps:pe], raw[s:e]):
                joined[-1] = (ps, e, False)
                continue
        joined.append((s, e, meta))
    lines = []
    for s, e, meta in joined:
        line = _make_line(raw, s, e)
        line.kind = "meta" if meta else ""
        lines.append(line)
    return lines


def _make_line(raw: str, s: int, e: int) -> _Line:
    m = _MARKER_PREFIX.match(raw[s:e])
    if m and s + m.end() < e:
        s += m.end()
    m = _MARKER_SUFFIX.search(raw[s:e])
    if m and m.start() > 0:
        e = s + m.start()
    meta_prefix = False
    m = _META_PREFIX.match(raw[s:e])
    if m:
        rest = raw[s + m.end() : e].lstrip(_SPACES + "-–—|:")
        if count_words(rest) >= 3:
            s, meta_prefix = e - len(rest), True
    text = raw[s:e]
    h = _HEADING_MARK.match(text)
    level = len(h.group().strip()) if h else 0
    return _Line(s, e, text, count_words(text), ends_like_sentence(text), level, meta_prefix)


def _norm(text: str) -> str:
    return " ".join(re.findall(r"[^\W_]+", _HEADING_MARK.sub("", text).casefold()))


def _is_read_more(line: _Line) -> bool:
    m = _READ_MORE.match(line.text)
    if not m or line.words > _SHORT_MAX_WORDS:
        return False
    return not line.sentence or bool(_READ_MORE_TAIL.match(line.text, m.end()))


def _is_boilerplate(line: _Line) -> bool:
    text = line.text
    if not re.search(r"[^\W_]", text) or _MARKER_PREFIX.fullmatch(text) or _LINK_ONLY.match(text):
        return True
    low = text.casefold()
    if (
        line.words <= _STRONG_MAX_WORDS
        and any(h in low for h in _STRONG_HINTS)
        and any(p.search(text) for p in _STRONG)
    ):
        return True
    if line.meta_prefix:
        return False
    if line.words <= _SHORT_MAX_WORDS and any(p.search(text) for p in _SHORT):
        return True
    if line.words <= _SHORT_MAX_WORDS and _SHARE.match(text) and (
        not line.sentence or _SHARE_ON.match(text)
    ):
        return True
    if _is_read_more(line):
        return True
    if line.sentence or line.words > 30:
        return False
    return bool(_BREADCRUMB.match(text) or (line.words <= _SHORT_MAX_WORDS and _BYLINE.match(text)))


def _title_index(lines: list[_Line]) -> int | None:
    """The title: a heading-like line before the first sentence (``#`` headings first)."""
    zone: list[int] = []
    for k, line in enumerate(lines):
        if line.kind:  # boilerplate or front matter
            continue
        if line.sentence and not line.heading_level:
            break
        if 1 <= line.words <= 30:
            zone.append(k)
    marked = [k for k in zone if lines[k].heading_level]
    if marked:
        return min(marked, key=lambda k: (lines[k].heading_level, k))
    long_enough = [k for k in zone if lines[k].words >= 4]
    if long_enough:
        return long_enough[0]
    return zone[0] if zone else None


@functools.lru_cache(maxsize=4)
def _classify(raw: str) -> tuple[tuple[_Line, ...], int | None]:
    """All logical lines with their kind, and the index of the title line.

    Cached: loading one document asks for blocks, title and date of the same text.
    """
    lines = _lines(raw)
    in_list = 0  # lines left in a "read more" list of headlines
    for line in lines:
        if line.kind:
            continue
        if in_list and not line.sentence and line.words <= 40:
            line.kind = "boilerplate"
            in_list -= 1
            continue
        in_list = 0
        if _is_boilerplate(line):
            line.kind = "boilerplate"
            if _is_read_more(line):
                in_list = 10
    title = _title_index(lines)
    if title is not None:
        key = _norm(lines[title].text)
        for line in lines:
            if not line.kind and _norm(line.text) == key:
                line.kind = "title"
    for line in lines:
        if not line.kind:
            short = not line.sentence and line.words <= HEADING_MAX_WORDS
            short = short and not (_BULLET.match(line.text) and line.words >= 4)
            line.kind = "heading" if line.heading_level or short else "content"
    return tuple(lines), title


def content_blocks(raw_text: str) -> list[tuple[int, int]]:
    """The ``(start, end)`` spans of ``raw_text`` that are article content, in order.

    One span per kept paragraph (line), trimmed of surrounding whitespace.
    """
    lines, _ = _classify(raw_text)
    return [(ln.start, ln.end) for ln in lines if ln.kind == "content"]


def _front_matter(raw_text: str, key: str) -> str | None:
    for line in _classify(raw_text)[0]:
        if line.kind != "meta":
            break
        m = re.match(rf"{key}\s*[:=]\s*[\"']?(.*?)[\"']?$", line.text, re.IGNORECASE)
        if m and m.group(1):
            return m.group(1)
    return None


def extract_title(raw_text: str, blocks: Sequence[tuple[int, int]]) -> str:
    """The article title: its heading line, else the start of its first sentence."""
    front = _front_matter(raw_text, "title")
    if front:
        return front
    lines, title = _classify(raw_text)
    if title is not None:
        text = _HEADING_MARK.sub("", lines[title].text).strip(_SPACES + "#")
        if text:
            return text
    if not blocks:
        return ""
    s, e = blocks[0]
    first = re.split(r"(?<=[.!?…])\s", raw_text[s:e], maxsplit=1)[0]
    words = first.split()
    return " ".join(words[:15]) + ("…" if len(words) > 15 else "")


def _month_numbers() -> dict[str, int]:
    out: dict[str, int] = {}
    for names in (_MONTHS_FR, _MONTHS_EN):
        number = 0
        for name in names.split("|"):
            # the FR list spells some months twice (with and without accents)
            if name not in {"fevrier", "aout", "decembre"}:
                number += 1
            out[name] = number
    return out


_MONTH_NUMBERS = _month_numbers()


def _iso(value: str) -> str | None:
    v = " ".join(value.lower().split())
    d: int | None
    if m := re.fullmatch(r"(\d{4})-(\d{1,2})(?:-(\d{1,2}))?", v):
        y, mo, d = int(m[1]), int(m[2]), int(m[3]) if m[3] else None
    elif m := re.fullmatch(r"(\d{1,2})[/.](\d{1,2})[/.](\d{4})", v):
        d, mo, y = int(m[1]), int(m[2]), int(m[3])
    elif m := re.fullmatch(r"(\d{1,2})(?:er)? ([^\W\d]+) (\d{4})", v):
        d, mo, y = int(m[1]), _MONTH_NUMBERS.get(m[2], 0), int(m[3])
    elif m := re.fullmatch(r"([^\W\d]+) (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})", v):
        mo, d, y = _MONTH_NUMBERS.get(m[1], 0), int(m[2]), int(m[3])
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


def _whole_line(raw: str, line: _Line) -> str:
    """The physical line around ``line``, with any prefix that was cut off its span."""
    s, e = line.start, line.end
    while s > 0 and raw[s - 1] not in NEWLINES:
        s -= 1
    while e < len(raw) and raw[e] not in NEWLINES:
        e += 1
    return raw[s:e]


def extract_date(raw_text: str) -> str | None:
    """The date the text states for itself ("YYYY-MM-DD" or "YYYY-MM"), else None.

    Reads front matter, metadata lines ("date 2023-09", "Write: 2023-09-12 10:59:55",
    "Publié le 12/09/2023", "Published: September 12, 2023") and a dateline at the
    start of the first paragraph ("PARIS, 12 septembre 2023 -"). Dates in the story
    itself are not publication dates and are ignored.
    """
    front = _front_matter(raw_text, "date")
    if front and (iso := _iso(front[:10]) or _iso(front)):
        return iso
    lines, _ = _classify(raw_text)
    for line in lines:
        if line.kind != "content" or line.meta_prefix:
            m = _LABELED_DATE.search(_whole_line(raw_text, line))
            if m and (iso := _iso(m.group(1))):
                return iso
    for line in lines:  # an unlabeled date before or at the start of the first paragraph
        if line.kind == "content":
            m = _DATELINE.match(line.text)
            return _iso(m.group(1)) if m else None
        m = _ANY_DATE.match(line.text)
        if m and (iso := _iso(m.group(1))):
            return iso
    return None


_FR_TEXT = (
    "le la les de des du un une et est en que qui dans pour pas sur au aux avec ce cette il elle "
    "ils nous vous sont ont été par plus ne se sa son ses leur où mais ou donc"
)
_EN_TEXT = (
    "the of and to in is that for it with as was on are be by this from at have has not "
    "an they which or but his her their were been will would said"
)
_FR_WORDS = frozenset(_FR_TEXT.split())
_EN_WORDS = frozenset(_EN_TEXT.split())


def detect_language(text: str) -> str:
    """ "fr" or "en", by which language's stop words are more frequent ("fr" on a tie)."""
    words = re.findall(r"[^\W\d_]+", text[:20_000].casefold())
    fr = sum(w in _FR_WORDS for w in words)
    en = sum(w in _EN_WORDS for w in words)
    return "en" if en > fr else "fr"
