"""Second pass: list every sentence holding a quote mark or a speech verb.

For each sentence: records overlapping it, and speech-verb hits that are not inside a recorded cue.
Sentences with hits but no record (or with uncovered hits) are printed for manual review.
"""
import json, os, re, collections

HERE = os.path.dirname(os.path.abspath(__file__))
VERBS = {
 "fr": r"déclar|affirm|estim|reconn|promi|mis en garde|mettre en garde|averti|indiqu|soupir|\bdit\b|menac|lanc|dénonc|rappel|jug|défend|selon|d’après|\bpour [A-Z]|admi|ironis|expliqu|confi|accus|salu|réclam|répondu|précis|annonc|souhait|assur|nier|appel|critiqu|ajout|\bnom\b",
 "en": r"\bsaid\b|\bsay|\btold\b|announc|confirm|warn|promis|accord|complain|accus|\basked\b|describ|added|statement|claim|call|blunter|pragmatic|unconvinc|\bname",
 "es": r"afirm|contó|admiti|culp|dijo|rechaz|comunicado|según|asegur|cuenta|explic|protest|denunci|prometi|declar|advirti|atribuy|calcul|lament|exigi|quej|anunci|reproch|pidi|pedían|convoc|nombre|avis|reaccion",
}
QUOTE = re.compile(r"[«»“”\"]")
recs = [json.loads(l) for l in open(os.path.join(HERE, "attributions.jsonl"), encoding="utf-8")]
by_doc = collections.defaultdict(list)
for r in recs: by_doc[r["doc"]].append(r)

def sentences(raw):
    # split each line (paragraph/headline) into sentences; a full stop inside «…»/“…” does not end a sentence
    pos = 0
    for line in raw.split("\n"):
        start = pos; pos += len(line) + 1
        if not line.strip(): continue
        depth, s = 0, 0
        for i, ch in enumerate(line):
            if ch in "«“": depth += 1
            elif ch in "»”": depth = max(0, depth - 1)
            if ch in ".!?" and depth == 0:
                j = i + 1
                while j < len(line) and line[j] in "»” ": j += 1
                if j >= len(line) or (line[j].isupper() or line[j] in "«“¿¡"):
                    end = i + 1
                    while end < len(line) and line[end] in "»”": end += 1
                    yield start + s, start + end
                    s = j
            elif ch in "»”" and depth == 0 and i + 1 < len(line) and line[i+1] == " " and i + 2 < len(line) and line[i+2] in "«“" and line[i-1] in ".!?":
                yield start + s, start + i + 1
                s = i + 2
        if s < len(line):
            yield start + s, start + len(line)

for doc in sorted(os.listdir(os.path.join(HERE, "corpus"))):
    raw = open(os.path.join(HERE, "corpus", doc), encoding="utf-8").read()
    lang = {"001": "fr", "002": "en", "003": "es", "004": "en", "005": "es", "006": "fr"}[doc[:3]]
    verb = re.compile(VERBS[lang], re.I)
    rs = by_doc[doc]
    print(f"\n=== {doc}  ({len(rs)} records)")
    for a, b in sentences(raw):
        sent = raw[a:b]
        hits = [(m.start() + a, m.end() + a, m.group()) for m in verb.finditer(sent)]
        has_q = bool(QUOTE.search(sent))
        over = [r for r in rs if r["sentence_start"] < b and a < r["sentence_end"]]
        cues = [(r["cue_start"], r["cue_end"]) for r in over if r["cue_start"] is not None]
        conts = [(r["content_start"], r["content_end"]) for r in over if r["kind"] == "quote"]
        uncovered = [h for h in hits if not any(c0 <= h[0] < c1 for c0, c1 in cues) and not any(c0 <= h[0] < c1 for c0, c1 in conts)]
        if not over and (hits or has_q):
            print(f"  NO RECORD  [{a}:{b}] {sent}\n             hits={[h[2] for h in hits]} quote={has_q}")
        elif over and uncovered:
            print(f"  UNCOVERED  [{a}:{b}] ids={[r['id'] for r in over]} hits={[h[2] for h in uncovered]}\n             {sent}")
