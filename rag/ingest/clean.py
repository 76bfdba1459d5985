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

import functools
import re
from dataclasses import dataclass

from rag.ingest.byline import parse_byline
from rag.ingest.dates import DATELINE, LABEL, LABELED, MONTH

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

# Dates (rag.ingest.dates): a metadata date opening a line, "date 2023-09 <title>", is cut off it.
_META_PREFIX = LABELED

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
        rf"^\W*{LABEL}\s*(?::|sur\s*:|\s+(?:\d|{MONTH}|il\s+y\s+a\b|hier\b|"
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
# A credit line that is not a byline (rag.ingest.byline.parse_byline finds those): "With AFP".
_BYLINE = re.compile(
    r"^\W*(?:(?:[Bb]y|[Pp]ar|[Ww]ith)\s+[A-ZÀ-Ý]|[Aa]vec\s+notre\s+(?:correspondante?|envoyée?))"
)
_BREADCRUMB = re.compile(r"^\W*(?:[Hh]ome|HOME|[Aa]ccueil|ACCUEIL)(?:\b|[A-ZÀ-Ý])")
_HEADING_MARK = re.compile(r"^#{1,6}\s+")
_LINK_ONLY = re.compile(r"^(?:[-*•+]\s+)?!?\[[^\]]*\]\([^)]*\)\W*$")
_BULLET = re.compile(r"^(?:[-*•+]|\d{1,2}[.)])\s+\S")
_FENCE = re.compile(r"^(?:---|\+\+\+)[ \t]*$")


@dataclass
class Line:
    start: int
    end: int
    text: str
    words: int
    sentence: bool  # ends like a sentence
    heading_level: int = 0  # markdown heading level, 0 if none
    prefix: tuple[int, int] | None = None  # metadata cut off the start ("date 2023-09 ...")
    kind: str = ""  # "content", "boilerplate", "heading", "title", "byline", "meta" (front matter)

    @property
    def meta_prefix(self) -> bool:
        return self.prefix is not None


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


def _lines(raw: str) -> list[Line]:
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
            if (single_break and is_soft_wrap(raw[ps:pe], raw[s:e])
                    and not _HEADING_MARK.match(raw[ps:pe]) and parse_byline(raw[s:e]) is None):
                joined[-1] = (ps, e, False)
                continue
        joined.append((s, e, meta))
    lines = []
    for s, e, meta in joined:
        line = _make_line(raw, s, e)
        line.kind = "meta" if meta else ""
        lines.append(line)
    return lines


def _make_line(raw: str, s: int, e: int) -> Line:
    m = _MARKER_PREFIX.match(raw[s:e])
    if m and s + m.end() < e:
        s += m.end()
    m = _MARKER_SUFFIX.search(raw[s:e])
    if m and m.start() > 0:
        e = s + m.start()
    prefix = None
    m = _META_PREFIX.match(raw[s:e])
    if m:
        rest = raw[s + m.end() : e].lstrip(_SPACES + "-–—|:")
        if count_words(rest) >= 3:
            prefix, s = (s + m.start("label"), s + m.end()), e - len(rest)
    text = raw[s:e]
    h = _HEADING_MARK.match(text)
    level = len(h.group().strip()) if h else 0
    return Line(s, e, text, count_words(text), ends_like_sentence(text), level, prefix)


def _norm(text: str) -> str:
    return " ".join(re.findall(r"[^\W_]+", _HEADING_MARK.sub("", text).casefold()))


def _is_read_more(line: Line) -> bool:
    m = _READ_MORE.match(line.text)
    if not m or line.words > _SHORT_MAX_WORDS:
        return False
    return not line.sentence or bool(_READ_MORE_TAIL.match(line.text, m.end()))


def _is_boilerplate(line: Line) -> bool:
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


def _title_index(lines: list[Line]) -> int | None:
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
def _classify(raw: str) -> tuple[tuple[Line, ...], int | None]:
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
        if not line.meta_prefix and parse_byline(line.text) is not None:
            line.kind = "byline"  # metadata (rag.ingest.meta reads it), never content
        elif _is_boilerplate(line):
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
    _cut_dateline(raw, next((ln for ln in lines if ln.kind == "content"), None))
    return tuple(lines), title


def _cut_dateline(raw: str, first: Line | None) -> None:
    """The dateline opening the first paragraph ("PARIS, 12 septembre 2023 (AFP) – ...")
    is metadata: it becomes the line's ``prefix``, out of the content span."""
    if first is None or first.prefix is not None:
        return
    m = DATELINE.match(first.text)
    if not m:
        return
    rest = first.text[m.end() :].lstrip(_SPACES + "-–—:")
    if count_words(rest) >= 3:
        first.prefix = (first.start, first.start + m.end())
        first.start = first.end - len(rest)
        first.text, first.words = rest, count_words(rest)


def classify(raw_text: str) -> tuple[tuple[Line, ...], int | None]:
    """Every logical line of ``raw_text`` with its ``kind``, and the index of the title
    line (cached: do not modify the lines)."""
    return _classify(raw_text)


def content_blocks(raw_text: str) -> list[tuple[int, int]]:
    """The ``(start, end)`` spans of ``raw_text`` that are article content, in order.

    One span per kept paragraph (line), trimmed of surrounding whitespace.
    """
    lines, _ = _classify(raw_text)
    return [(ln.start, ln.end) for ln in lines if ln.kind == "content"]


def detect_language(text: str) -> str:
    """The language of an article (its first 20,000 characters), by :func:`rag.lang.detect`;
    ``rag.lang.ARTICLE_DEFAULT`` when nothing tells."""
    from rag import lang

    return lang.detect(text[:20_000], default=lang.ARTICLE_DEFAULT)
