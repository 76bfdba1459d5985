import json, collections, sys
FIELDS = ["id","doc","kind","speaker_text","speaker_start","speaker_end","speaker","speaker_title","cue_text","cue_start","cue_end",
          "content_text","content_start","content_end","sentence_start","sentence_end","language","notes"]
OPEN, CLOSE = "«“\"", "»”\""
errs = []
lines = open("attributions.jsonl", encoding="utf-8").read().splitlines()
recs = [json.loads(l) for l in lines]
raws = {}
seen = set(); prev = None
for i, (line, r) in enumerate(zip(lines, recs), 1):
    E = lambda m: errs.append(f"{r['id']}: {m}")
    if list(r) != FIELDS: E("fields")
    if line != json.dumps(r, ensure_ascii=False): E("not written with json.dumps(ensure_ascii=False)")
    if r["id"] != f"g{i:03d}": E("id not consecutive")
    key = tuple((k, r[k]) for k in FIELDS if k not in ("id", "notes"))
    if key in seen: E("duplicate record")
    seen.add(key)
    raw = raws.setdefault(r["doc"], open("corpus/" + r["doc"], encoding="utf-8").read())
    ss, se = r["sentence_start"], r["sentence_end"]
    sent = raw[ss:se]
    if "\n" in sent: E("sentence crosses a line break")
    if sent != sent.strip(): E("sentence has outer whitespace")
    if prev and prev[0] == r["doc"] and ss < prev[1]: E("not in text order")
    prev = (r["doc"], ss)
    for f in ("speaker", "cue", "content"):
        t, a, b = r[f + "_text"], r[f + "_start"], r[f + "_end"]
        if t is None:
            if a is not None or b is not None: E(f"{f}: null text with offsets")
            continue
        if raw[a:b] != t: E(f"{f}: raw[start:end] != text")
        if not (ss <= a and b <= se): E(f"{f}: outside sentence")
        if t != t.strip(): E(f"{f}: outer whitespace")
    if r["content_text"] is None: E("no content")
    if r["kind"] == "reported" and r["cue_text"] is None: E("reported without cue")
    if r["kind"] not in ("quote", "reported"): E("kind")
    notes = r["notes"] or ""
    a, b = r["content_start"], r["content_end"]
    if r["kind"] == "quote":
        j = a - 1
        while j >= 0 and raw[j] in " \u00a0": j -= 1
        k = b
        while k < len(raw) and raw[k] in " \u00a0": k += 1
        if raw[j] not in OPEN or raw[k] not in CLOSE: E("quote content not bounded by quote marks")
        if any(c in r["content_text"] for c in "«»“”\"") and "incise" not in notes: E("quote mark inside quote content without incise note")
    for f in ("speaker", "cue"):
        if r[f + "_start"] is not None and a <= r[f + "_start"] < b and "incise" not in notes:
            E(f"{f} inside content without incise note")
    if r["speaker_text"] is None and not notes: E("no speaker_text and no note")
    exp_lang = {"001": "fr", "002": "en", "003": "es", "004": "fr", "005": "en", "006": "es"}[r["doc"][:3]]
    if r["language"] != exp_lang: E("language")
print("records:", len(recs))
c = collections.Counter((r["doc"], r["kind"]) for r in recs)
for d in sorted({r["doc"] for r in recs}):
    print(f"  {d}: quote {c[(d,'quote')]}, reported {c[(d,'reported')]}, total {c[(d,'quote')]+c[(d,'reported')]}, "
          f"speakers {len({r['speaker'] for r in recs if r['doc']==d})}")
print("errors:", len(errs))
for e in errs: print("  ", e)
sys.exit(1 if errs else 0)
