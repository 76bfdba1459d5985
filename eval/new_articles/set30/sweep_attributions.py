"""Second pass: list every sentence that holds a quote mark or a speech verb and has no record
in attributions.jsonl. Each listed sentence must be added or confirmed as an exclusion
(see second_pass.md)."""
import json, os, re

CORPUS = "corpus"
recs = [json.loads(l) for l in open("attributions.jsonl", encoding="utf-8")]
QUOTES = re.compile(r"[«»“”\"]")
VERBS = re.compile(r"""\b(
 dit|dire|déclar\w*|affirm\w*|estim\w*|expliqu\w*|précis\w*|ajout\w*|annonc\w*|promis|promet\w*|admis|reconn\w*|
 redout\w*|avert\w*|réclam\w*|dénonc\w*|indiqu\w*|selon|d['’]après|pour\s+(?:lui|elle)|conteste\w*|racont\w*|
 interroge|lancé|résumé|rappel\w*|assur\w*|juge|avance|soupir\w*|parle|revendiqu\w*|savoir|avis|communiqué|
 said|says?|told|warn\w*|promis\w*|admit\w*|added|according|argued|urged|insisted|wrote|described|called|blamed|
 declined|expected|statement|disagreed|agrees?|defended|asked|anonymity|named|
 dijo|dice|afirm\w*|asegur\w*|explic\w*|anunci\w*|advirti\w*|alert\w*|prometi\w*|pidi\w*|neg\w*|insisti\w*|
 relat\w*|lament\w*|quej\w*|según|reconoci\w*|admiti\w*|acus\w*|cont\w*|cuenta|resume|calcula|señal\w*|
 comunicado|informó|atribuy\w*|confirm\w*|cifr\w*|evit\w*|concret\w*|denuncias|preguntado|prefiere|
 identificado|prevé
)\b""", re.X | re.I)


def sentences(raw):
    # rough splitter: line by line, then on . ? ! followed by space + capital or opening quote
    out = []
    pos = 0
    for line in raw.split("\n"):
        start = pos
        pos += len(line) + 1
        if not line.strip():
            continue
        for m in re.finditer(r".+?(?:[.?!](?:\s*[»”\"])?(?=\s+[«“\"A-ZÀ-Ý¿¡]|$)|$)", line):
            t = m.group(0).strip()
            if t:
                s = start + m.start() + (len(m.group(0)) - len(m.group(0).lstrip()))
                out.append((s, s + len(t), t))
    return out


for doc in sorted(os.listdir(CORPUS)):
    raw = open(os.path.join(CORPUS, doc), encoding="utf-8").read()
    spans = [(r["sentence_start"], r["sentence_end"]) for r in recs if r["doc"] == doc]
    print("==", doc)
    for s, e, t in sentences(raw):
        if not (QUOTES.search(t) or VERBS.search(t)):
            continue
        covered = any(a < e and s < b for a, b in spans)
        if not covered:
            hits = sorted(set(m.group(0) for m in VERBS.finditer(t)) | set(QUOTES.findall(t)))
            print(f"  [{s}:{e}] {hits} :: {t}")

print("\n-- sentences WITH records: speech-verb hits outside every cue and speaker span --")
for doc in sorted(os.listdir(CORPUS)):
    raw = open(os.path.join(CORPUS, doc), encoding="utf-8").read()
    rs = [r for r in recs if r["doc"] == doc]
    print("==", doc)
    for s, e, t in sentences(raw):
        inside = [r for r in rs if r["sentence_start"] < e and s < r["sentence_end"]]
        if not inside:
            continue
        for m in VERBS.finditer(t):
            a, b = s + m.start(), s + m.end()
            in_cue = any(r["cue_start"] is not None and r["cue_start"] <= a and b <= r["cue_end"] for r in inside)
            in_content = any(r["content_start"] <= a and b <= r["content_end"] for r in inside)
            if not in_cue and not in_content:
                print(f"  {m.group(0)!r} :: {t[:110]}")
