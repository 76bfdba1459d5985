"""Check attributions.jsonl against the raw corpus files, then sweep for unannotated sentences."""
import json, os, re, sys, collections
HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")
FIELDS = ["id", "doc", "kind", "speaker_text", "speaker_start", "speaker_end", "speaker", "speaker_title",
          "cue_text", "cue_start", "cue_end", "content_text", "content_start", "content_end",
          "sentence_start", "sentence_end", "language", "notes"]
OPEN, CLOSE = "«“", "»”"
QUOTES = "«»“”"
errs = []
lines = open(os.path.join(HERE, "attributions.jsonl"), encoding="utf-8").read().splitlines()
recs = [json.loads(l) for l in lines]
raws = {}
seen = set()
for n, (line, r) in enumerate(zip(lines, recs), 1):
    rid = r["id"]
    if line != json.dumps(r, ensure_ascii=False): errs.append(f"{rid}: line not written with json.dumps(ensure_ascii=False)")
    if list(r) != FIELDS: errs.append(f"{rid}: fields {list(r)}")
    if rid != f"g{n:03d}": errs.append(f"{rid}: expected g{n:03d}")
    raw = raws.setdefault(r["doc"], open(os.path.join(CORPUS, r["doc"]), encoding="utf-8").read())
    ss, se = r["sentence_start"], r["sentence_end"]
    sent = raw[ss:se]
    if "\n" in sent: errs.append(f"{rid}: sentence crosses a line break")
    if sent != sent.strip(): errs.append(f"{rid}: sentence has outer whitespace")
    if not (ss == 0 or raw[ss - 1] in " \n"): errs.append(f"{rid}: sentence does not start at a sentence start")
    if sent[-1] not in ".!?»”": errs.append(f"{rid}: sentence does not end on punctuation: {sent[-3:]!r}")
    for f in ("speaker", "cue", "content"):
        t, a, b = r[f + "_text"], r[f + "_start"], r[f + "_end"]
        if t is None:
            if a is not None or b is not None: errs.append(f"{rid}: {f} null text with offsets")
            continue
        if raw[a:b] != t: errs.append(f"{rid}: {f} span mismatch")
        if t != t.strip(): errs.append(f"{rid}: {f} has outer whitespace")
        if not (ss <= a and b <= se): errs.append(f"{rid}: {f} outside sentence")
    if r["content_text"] is None: errs.append(f"{rid}: no content")
    if r["kind"] not in ("quote", "reported"): errs.append(f"{rid}: bad kind")
    if r["kind"] == "reported" and r["cue_text"] is None: errs.append(f"{rid}: reported without cue")
    if r["speaker_text"] is None and r["cue_text"] is None and "bare quote" not in (r["notes"] or ""):
        errs.append(f"{rid}: no speaker and no cue, and no note")
    if r["speaker"] is None: errs.append(f"{rid}: null speaker")
    if r["language"] != {"001": "fr", "002": "fr", "003": "en", "004": "en", "005": "es", "006": "es"}[r["doc"][:3]]:
        errs.append(f"{rid}: language")
    cs, ce, ct = r["content_start"], r["content_end"], r["content_text"]
    if r["kind"] == "quote":
        before = raw[:cs].rstrip(" \u00a0")
        after = raw[ce:].lstrip(" \u00a0")
        if not (before and before[-1] in OPEN and after and after[0] in CLOSE):
            errs.append(f"{rid}: quote content not bounded by quote marks")
        if any(q in ct for q in QUOTES) and "incise" not in (r["notes"] or ""):
            errs.append(f"{rid}: quote content holds a quote mark without an incise note")
    for f in ("speaker", "cue"):
        a, b = r[f + "_start"], r[f + "_end"]
        if a is not None and cs <= a and b <= ce and "incise" not in (r["notes"] or ""):
            errs.append(f"{rid}: {f} inside content without an incise note")
    key = (r["doc"], r["kind"], r["speaker"], cs, ce, r["cue_start"])
    if key in seen: errs.append(f"{rid}: duplicate record")
    seen.add(key)

# ---- summary
per = collections.defaultdict(collections.Counter)
for r in recs: per[r["doc"]][r["kind"]] += 1
print("doc | quote | reported | total")
for d in sorted(per): print(d, per[d]["quote"], per[d]["reported"], per[d]["quote"] + per[d]["reported"])
print("all", sum(c["quote"] for c in per.values()), sum(c["reported"] for c in per.values()), len(recs))
sp = collections.Counter((r["doc"][:3], r["speaker"]) for r in recs)
print("distinct speakers per doc:", dict(collections.Counter(d for d, _ in sp)))

# ---- sweep: sentences with a quote mark or a speech verb and no record
VERBS = r"""\b(said|says|told|insist\w*|warn\w*|admit\w*|denie\w*|deny|confirm\w*|promis\w*|call\w*|according|announc\w*|added|adding|asked|complain\w*|statement|spoke|offered
|déclar\w*|affirm\w*|estim\w*|selon|d’après|indiqu\w*|précis\w*|réclam\w*|demand\w*|annonc\w*|assur\w*|rejet\w*|raconté|ajouté|soufflé|glisse|confié|averti\w*|promis|décrit|souligné|communiqué|dit|s’inquiète|prudent
|afirm\w*|señal\w*|explic\w*|reconoc\w*|pidi\w*|asegur\w*|lament\w*|denunci\w*|calific\w*|admiti\w*|anunci\w*|según|cont(?:aba|ó)|quej\w*|dijo|añadi\w*|defendi\w*|consider\w*|reproch\w*|celebr\w*|advirti\w*|record\w*|acus\w*|exigi\w*|comprometi\w*|comunicado|tajante|preguntad\w*)\b"""
VRE = re.compile(VERBS.replace("\n", ""), re.I)
covered = collections.defaultdict(list)
for r in recs: covered[r["doc"]].append((r["sentence_start"], r["sentence_end"]))
print("\nSweep (sentences with a quote mark or speech word and no record):")
for doc, raw in sorted(raws.items()):
    for m in re.finditer(r"[^\n]+", raw):
        para, p0 = m.group(), m.start()
        # split on sentence-final punctuation followed by space + capital/quote
        for sm in re.finditer(r".+?(?:[.!?](?:\s?[»”])?(?=\s+[«“A-ZÀ-ÖÉÈ¿¡]|$)|$)", para):
            s = sm.group().strip()
            if not s: continue
            a = p0 + sm.start() + (len(sm.group()) - len(sm.group().lstrip()))
            b = a + len(s)
            if any(x <= a < y or x < b <= y or (a <= x and y <= b) for x, y in covered[doc]):
                continue
            hits = VRE.findall(s)
            if any(q in s for q in QUOTES) or hits:
                print(f"  {doc[:3]} [{','.join(hits)}] {s[:150]}")
if errs:
    print("\nERRORS:"); print("\n".join(errs)); sys.exit(1)
print("\nOK: all spans match, inside sentences, ids consecutive, no duplicates")
