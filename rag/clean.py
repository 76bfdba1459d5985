"""Boilerplate removal: which spans of an article's text are content.

Scraped articles carry site chrome (navigation, cookie banners, share and
comment prompts, "read more" link lists, template markers, bylines, reading
times...). Rather than rewriting the text, cleaning returns the ``(start, end)``
spans of ``raw_text`` that are article content, so every later offset still
points into the original file text.

The rules are general, line by line:

* known CMS phrases (FR/EN, case-insensitive) and template markers (``[ad_1]``);
* "read more"-type markers and the list of headline links that follows them,
  up to the next line that reads like a sentence;
* the title (and its repeats, breadcrumb or ``## `` forms) goes to metadata;
* short lines (at most ``HEADING_MAX_WORDS`` words) that do not end like a
  sentence are headings, labels or site names and are dropped; longer lines
  are kept even without final punctuation (ledes), so no sentence is lost.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

HEADING_MAX_WORDS = 10
"""A line this short without sentence punctuation is a heading or a label."""

NEWLINES = "\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029"
_SPACE = " \t\u00a0\u202f\u2007\u2009\ufeff"
_CLOSERS = "»”’\"')]"
_LINE_RE = re.compile(f"[^{NEWLINES}]+")
_WORD_RE = re.compile(r"\S*[^\W_]\S*")


def count_words(text: str) -> int:
    """Whitespace-separated tokens that contain a letter or a digit."""
    return len(_WORD_RE.findall(text))


def _i(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


# Template markers such as [ad_1], [/caption], [shortcode]; stripped at line ends.
_MARKER_PREFIX = re.compile(r"^(?:\[/?[a-z]+(?:_[a-z0-9]+)*\][\s\u00a0]*)+")
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
# A metadata date at the start of a line: "date 2023-09 <title>", "Write: 2023-09-12 10:59:55".
_META_PREFIX = _i(
    rf"^{_DATE_LABEL}\s*[:\-–]?\s*(?:le\s+|on\s+)?({_DATE_VALUE})"
    r"(?:[\sT,à]+\d{1,2}[:h]\d{2}(?::\d{2})?(?:\s*(?:UTC|GMT|[+-]\d{2}:?\d{2}))?)?"
)

# Phrases that mark a line as boilerplate whatever its length (up to 80 words).
_STRONG = [
    _i(r"\bcookies?\b.*\b(?:accept|consent|continu|agree|politique|policy|param|g[ée]rer|manage)"),
    _i(r"\b(?:accept|consent|refuse|reject|g[ée]rer|manage)\w*\s+(?:all\s+|les\s+|tous\s+les\s+)?cookies?\b"),
    _i(r"\b(?:theme|plugin|wordpress)\b.*\blicen[cs]e\b|\blicen[cs]e\b.*\b(?:not\s+validated|validate|activate)"),
    _i(r"©|\(c\)\s*\d{4}|\bcopyright\b|tous\s+droits\s+r[ée]serv|all\s+rights\s+reserved"),
    _i(r"\b(?:abonnez|inscrivez|subscribe|sign\s+up|recevez|receive)\b.*\b(?:newsletter|lettre\s+d.information|notre\s+chaîne|our\s+channel|nos\s+alertes)"),
    _i(r"\b(?:newsletter|lettre\s+d.information)\b.*\b(?:abonn|inscri|subscribe|sign\s+up|recevoir|receive)"),
    _i(r"r[ée]serv[ée]\s+aux\s+abonn[ée]s|il\s+vous\s+reste\s+\d+\s*%|subscribe\s+to\s+(?:continue|read)"),
    _i(r"\b(?:enable|activez|activer)\s+(?:le\s+)?javascript\b"),
]

# "Read more"-type markers: the line goes, and so does the list of links after it.
_READ_MORE = _i(
    r"^\W*(?:(?:à\s+)?lire\s+(?:aussi|également|egalement|la\s+suite|plus)|(?:à\s+)?voir\s+(?:aussi|également)|"
    r"read\s+(?:more|also|next)|also\s+read|see\s+also|you\s+(?:may|might)\s+also\s+like|"
    r"related(?:\s+(?:posts?|articles?|stories|news|content|topics))?\b|recommended|more\s+(?:from|on|stories|news)\b|"
    r"sur\s+le\s+même\s+(?:sujet|thème)|dans\s+la\s+même\s+rubrique|poursuivez\s+votre\s+lecture|"
    r"contenus?\s+(?:recommandés?|sponsorisés?|similaires)|articles?\s+(?:similaires|liés|recommandés|connexes)|"
    r"les\s+plus\s+(?:lus|partagés|commentés)|most\s+(?:read|popular|viewed)|trending|à\s+découvrir|"
    r"nos\s+(?:autres\s+)?articles|dernières\s+actualités|latest\s+news|top\s+stories)"
)

# Phrases that mark a short line (at most _SHORT_MAX_WORDS words) as boilerplate.
_SHORT_MAX_WORDS = 15
_SHORT = [
    _i(r"^\W*(?:aller|passer|skip|go|jump|retour|back|return)\s+(?:au|à\s+la|à|to|en)\s+"
       r"(?:menu|contenu|content|page|main|navigation|top|haut|home|accueil|sommaire)"),
    _i(r"^\W*(?:go\s+top|back\s+to\s+top|scroll\s+to\s+top|haut\s+de\s+(?:la\s+)?page|top\s+of\s+page)"),
    _i(r"^\W*(?:partager|partagez|share|tweet|tweeter|imprimer|print|envoyer\s+par|e-?mail\s+this)\b"),
    _i(r"^\W*(?:facebook|twitter|linkedin|whatsapp|telegram|pinterest|reddit|instagram|x)"
       r"(?:[\s,|/·•-]+(?:facebook|twitter|linkedin|whatsapp|telegram|pinterest|reddit|instagram|e-?mail|x))*\W*$"),
    _i(r"^\W*(?:leave|post|add|write)\s+a\s+(?:comment|reply)|laisser\s+un\s+commentaire|"
       r"^\W*\d+\s+(?:commentaires?|comments?|réactions?)\b|^\W*(?:commentaires?|comments?|réagir|"
       r"commenter|réactions?)\W*$"),
    _i(rf"^\W*{_DATE_LABEL}\b"),
    _i(r"^\W*(?:thumbnail|photo|crédits?|credits?|image|illustration|légende|caption|source|"
       r"vidéo|video)s?\s*(?::|©|\bby\b|\bpar\b)"),
    _i(r"^\W*(?:temps\s+de\s+lecture|reading\s+time|lecture\s*:)|^\W*\d+\s*(?:min(?:utes?)?|mn)\.?"
       r"(?:\s+(?:de\s+lecture|read|reading|to\s+read))?\W*$"),
    _i(r"^\W*(?:publicité|advertisement|sponsored|sponsorisé|annonce|pub|ad)\W*$"),
    _i(r"^\W*(?:en\s+savoir\s+plus|learn\s+more|click\s+here|cliquez\s+ici|voir\s+en\s+détail|"
       r"voir\s+plus|see\s+more|show\s+more|afficher\s+plus|load\s+more|charger\s+plus)\b"),
    _i(r"^\W*(?:menu|search|rechercher|recherche|close|fermer|login|log\s+in|connexion|se\s+connecter|"
       r"sign\s+in|s.inscrire|s.abonner|subscribe|abonnez-vous|mon\s+compte|my\s+account)\W*$"),
    re.compile(r"^\W*(?:[Bb]y|[Pp]ar)\s+[A-ZÀ-Ý][\w’'.-]*(?:\s+(?:[A-ZÀ-Ý][\w’'.-]*|de|du|van|von|et|and))*"
               r"\s*(?:[,|/–-].{0,40})?$"),
]
_BREADCRUMB = _i(r"^\W*(?:home|accueil)(?:\b|[A-ZÀ-Ý])")
_HEADING_MARK = re.compile(r"^#{1,6}\s+")
_LINK_ONLY = re.compile(r"^!?\[[^\]]*\]\([^)]*\)\W*$")
_FRONT_MATTER_FENCE = re.compile(r"^(?:---|\+\+\+)[ \t]*$")


@dataclass
class _Line:
    start: int
    end: int
    text: str
    words: int
    sentence: bool  # ends like a sentence
    heading_level: int = 0  # markdown heading level, 0 if none
    meta_prefix: bool = False
    kind: str = ""  # "" undecided, "content", "boilerplate", "heading", "title", "meta"


def ends_like_sentence(text: str) -> bool:
    """True when ``text`` ends with ``. ! ? …`` (before closing quotes or brackets)."""
    body = text.rstrip(_SPACE + _CLOSERS + NEWLINES + " ")
    if not body:
        return False
    if body[-1] in ".!?…":
        return True
    # "Il a déclaré :" introduces a quote; a bare "Publié sur :" label does not.
    return body[-1] == ":" and count_words(body) >= 3


def _physical_lines(raw: str) -> list[tuple[int, int]]:
    out = []
    for m in _LINE_RE.finditer(raw):
        s, e = m.start(), m.end()
        while s < e and raw[s].isspace() or s < e and raw[s] in _SPACE:
            s += 1
        while e > s and (raw[e - 1].isspace() or raw[e - 1] in _SPACE):
            e -= 1
        if s < e:
            out.append((s, e))
    return out


def is_soft_wrap(prev: str, nxt: str) -> bool:
    """A line break inside a sentence: previous line unfinished, next starts lower-case."""
    p = prev.rstrip(_SPACE + " ")
    n = nxt.lstrip(_SPACE + " ")
    return bool(p and n) and p[-1] not in ".!?…:;»”\"" and n[0].islower()


def _lines(raw: str) -> list[_Line]:
    """Logical lines: trimmed, soft-wrapped lines joined, front matter marked as meta."""
    spans = _physical_lines(raw)
    front_end = -1
    if spans and _FRONT_MATTER_FENCE.match(raw[spans[0][0] : spans[0][1]]):
        for k in range(1, len(spans)):
            if _FRONT_MATTER_FENCE.match(raw[spans[k][0] : spans[k][1]]):
                front_end = k
                break
    joined: list[tuple[int, int, bool]] = []
    for k, (s, e) in enumerate(spans):
        meta = k <= front_end
        if joined and not meta and not joined[-1][2]:
            ps, pe, _ = joined[-1]
            gap = raw[pe:s]
            blank = sum(gap.count(c) for c in "\n\r\u2028\u2029") > 1 and "\r\n" not in gap
            blank = blank or gap.count("\r\n") > 1
            if not blank and is_soft_wrap(raw[ps:pe], raw[s:e]):
                joined[-1] = (ps, e, False)
                continue
        joined.append((s, e, meta))
    lines = []
    for s, e, meta in joined:
        line = _make_line(raw, s, e)
        if meta:
            line.kind = "meta"
        lines.append(line)
    return lines


def _make_line(raw: str, s: int, e: int) -> _Line:
    meta_prefix = False
    text = raw[s:e]
    m = _MARKER_PREFIX.match(text)
    if m and m.end() < len(text):
        s += m.end()
    m = _MARKER_SUFFIX.search(raw[s:e])
    if m and m.start() > 0:
        e = s + m.start()
    m = _META_PREFIX.match(raw[s:e])
    if m:
        rest = raw[s + m.end() : e]
        stripped = rest.lstrip(_SPACE + " -–—|:")
        if count_words(stripped) >= 3:
            s = e - len(stripped)
            meta_prefix = True
    text = raw[s:e]
    level = 0
    h = _HEADING_MARK.match(text)
    if h:
        level = len(text) - len(text.lstrip("#"))
    return _Line(s, e, text, count_words(text), ends_like_sentence(text), level, meta_prefix)


def _norm(text: str) -> str:
    text = _HEADING_MARK.sub("", text)
    return " ".join(re.findall(r"[^\W_]+", text.casefold()))


def _is_boilerplate(line: _Line) -> bool:
    text = line.text
    if not re.search(r"[^\W_]", text) or _MARKER_PREFIX.fullmatch(text) or _LINK_ONLY.match(text):
        return True
    if line.words <= 80 and any(p.search(text) for p in _STRONG):
        return True
    if line.words <= _SHORT_MAX_WORDS and not line.meta_prefix:
        if any(p.search(text) for p in _SHORT) or _READ_MORE.search(text):
            return True
    return not line.sentence and bool(_BREADCRUMB.match(text)) and line.words <= 30


def _title_index(lines: list[_Line]) -> int | None:
    """The title line: a heading-like line in the header zone (before the first sentence)."""
    zone: list[int] = []
    for k, line in enumerate(lines):
        if line.kind == "boilerplate" or (line.kind == "meta" and not line.heading_level):
            continue
        if line.sentence and not line.heading_level and line.text[-1:] not in "?!":
            break
        if 1 <= line.words <= 30:
            zone.append(k)
    if not zone:
        return None
    marked = [k for k in zone if lines[k].heading_level]
    if marked:
        return min(marked, key=lambda k: (lines[k].heading_level, k))
    long_enough = [k for k in zone if lines[k].words >= 4]
    return long_enough[0] if long_enough else zone[0]


def _classify(raw: str) -> tuple[list[_Line], int | None]:
    lines = _lines(raw)
    in_list = 0
    for line in lines:
        if line.kind == "meta":
            continue
        if in_list and not line.sentence and line.words <= 40:
            line.kind = "boilerplate"  # a headline of a "read more" link list
            in_list -= 1
            continue
        in_list = 0
        if _is_boilerplate(line):
            line.kind = "boilerplate"
            if line.words <= _SHORT_MAX_WORDS and _READ_MORE.search(line.text):
                in_list = 10
    title = _title_index(lines)
    if title is not None:
        key = _norm(lines[title].text)
        for line in lines:
            if not line.kind and _norm(line.text) == key:
                line.kind = "title"
        lines[title].kind = "title"
    for line in lines:
        if line.kind:
            continue
        if line.heading_level or (not line.sentence and line.words <= HEADING_MAX_WORDS):
            line.kind = "heading"
        else:
            line.kind = "content"
    return lines, title


def content_blocks(raw_text: str) -> list[tuple[int, int]]:
    """The ``(start, end)`` spans of ``raw_text`` that are article content, in order.

    One span per kept paragraph (line), trimmed of surrounding whitespace.
    """
    lines, _ = _classify(raw_text)
    return [(ln.start, ln.end) for ln in lines if ln.kind == "content"]


def _front_matter(raw_text: str, key: str) -> str | None:
    for line in _lines(raw_text):
        if line.kind != "meta":
            break
        m = re.match(rf"^{key}\s*[:=]\s*[\"']?(.*?)[\"']?\s*$", line.text, re.IGNORECASE)
        if m and m.group(1):
            return m.group(1)
    return None


def extract_title(raw_text: str, blocks: list[tuple[int, int]] | tuple[tuple[int, int], ...]) -> str:
    """The article title: its first heading, else the start of its first sentence."""
    front = _front_matter(raw_text, "title")
    if front:
        return front
    lines, title = _classify(raw_text)
    if title is not None:
        text = _HEADING_MARK.sub("", lines[title].text).strip(_SPACE + " #")
        if text:
            return text
    if not blocks:
        return ""
    s, e = blocks[0]
    first = re.split(r"(?<=[.!?…])\s", raw_text[s:e], maxsplit=1)[0]
    words = first.split()
    return " ".join(words[:15]) + ("…" if len(words) > 15 else "")


_MONTH_NUMBERS = {
    name: i + 1
    for names in (_MONTHS_FR.split("|"), _MONTHS_EN.split("|"))
    for i, name in enumerate(
        n for n in names if n not in {"fevrier", "aout", "decembre"}
    )
}
_MONTH_NUMBERS.update({"fevrier": 2, "aout": 8, "decembre": 12})


def _iso(value: str) -> str | None:
    v = value.strip().lower()
    m = re.fullmatch(r"(\d{4})-(\d{1,2})(?:-(\d{1,2}))?", v)
    if m:
        y, mo, d = int(m[1]), int(m[2]), int(m[3]) if m[3] else None
    elif m := re.fullmatch(r"(\d{1,2})[/.](\d{1,2})[/.](\d{4})", v):
        d, mo, y = int(m[1]), int(m[2]), int(m[3])
    elif m := re.fullmatch(r"(\d{1,2})(?:er)?\s+([^\W\d]+)\s+(\d{4})", v):
        d, mo, y = int(m[1]), _MONTH_NUMBERS.get(m[2], 0), int(m[3])
    elif m := re.fullmatch(r"([^\W\d]+)\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})", v):
        mo, d, y = _MONTH_NUMBERS.get(m[1], 0), int(m[2]), int(m[3])
    else:
        return None
    if not (1 <= mo <= 12 and 1900 <= y <= 2100) or (d is not None and not 1 <= d <= 31):
        return None
    return f"{y:04d}-{mo:02d}" + (f"-{d:02d}" if d is not None else "")


_LABELED_DATE = _i(rf"(?:^|\W){_DATE_LABEL}\s*[:\-–]?\s*(?:le\s+|on\s+)?({_DATE_VALUE})")
_ANY_DATE = _i(rf"(?:^|[\s,(–-])({_DATE_VALUE})(?=$|[\s,.)–-])")


def extract_date(raw_text: str) -> str | None:
    """The publication date the text states ("YYYY-MM-DD" or "YYYY-MM"), else None.

    Looks at front matter, metadata lines ("date 2023-09", "Publié le 12/09/2023",
    "Published: September 12, 2023") and a dateline at the start of the first
    paragraph ("PARIS, 12 septembre 2023 -"). Dates inside the story are ignored.
    """
    front = _front_matter(raw_text, "date")
    if front and (iso := _iso(front[:10]) or _iso(front)):
        return iso
    lines, _ = _classify(raw_text)
    first_content = next((ln for ln in lines if ln.kind == "content"), None)
    for line in lines:
        if line.kind == "content" and line is not first_content:
            continue
        text = line.text
        if line.meta_prefix or line.kind != "content":
            # the metadata prefix was cut off the line's span; look at the whole line
            text = _full_line(raw_text, line)
            m = _LABELED_DATE.search(text)
            if m and (iso := _iso(m.group(1))):
                return iso
        if line.kind in {"title", "meta"}:
            continue
        m = _ANY_DATE.search(text[:80])
        if m and (line.kind != "content" or m.start() < 40) and (iso := _iso(m.group(1))):
            return iso
    return None


def _full_line(raw: str, line: _Line) -> str:
    s = max(raw.rfind(c, 0, line.start) for c in NEWLINES) + 1
    ends = [i for i in (raw.find(c, line.end) for c in NEWLINES) if i >= 0]
    return raw[s : min(ends) if ends else len(raw)]


_FR_WORDS = frozenset(
    "le la les de des du un une et est en que qui dans pour pas sur au aux avec ce cette il elle "
    "ils nous vous sont ont a été par plus ne se sa son ses leur où mais ou donc".split()
)
_EN_WORDS = frozenset(
    "the of and to in is that for it with as was on are be by this from at have has not "
    "an they which or but his her their were been will would said".split()
)


def detect_language(text: str) -> str:
    """"fr" or "en", from the share of each language's stop words ("fr" on a tie)."""
    words = re.findall(r"[^\W\d_]+", text.casefold())
    fr = sum(w in _FR_WORDS for w in words)
    en = sum(w in _EN_WORDS for w in words)
    return "en" if en > fr else "fr"
