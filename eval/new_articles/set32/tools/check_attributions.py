"""Checks attributions.jsonl against the corpus (format and span rules of the attribution guide)."""
import json, os, collections, sys
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FIELDS = ["id", "doc", "kind", "speaker_text", "speaker_start", "speaker_end", "speaker", "speaker_title",
          "cue_text", "cue_start", "cue_end", "content_text", "content_start", "content_end",
          "sentence_start", "sentence_end", "language", "notes"]
LANG = {"001": "fr", "002": "fr", "003": "en", "004": "en", "005": "es", "006": "es"}
OPEN, CLOSE, ALLQ = "«“\"", "»”\"", "«»“”\""
errors = []
def err(r, m): errors.append(f"{r['id']}: {m}")
lines = open(os.path.join(ROOT, "attributions.jsonl"), encoding="utf-8").read().splitlines()
rows = [json.loads(l) for l in lines]
raws = {}
seen = set(); last = None
for n, (line, r) in enumerate(zip(lines, rows), 1):
    if list(r) != FIELDS: err(r, "fields/order differ from the Format table")
    if r["id"] != f"g{n:03d}": err(r, "id not consecutive")
    if line != json.dumps(r, ensure_ascii=False): err(r, "line not written with json.dumps(ensure_ascii=False)")
    p = os.path.join(ROOT, "corpus", r["doc"])
    if not os.path.exists(p): err(r, "doc missing"); continue
    raw = raws.setdefault(r["doc"], open(p, encoding="utf-8").read())
    if r["language"] != LANG[r["doc"][:3]]: err(r, "language")
    if r["kind"] not in ("quote", "reported"): err(r, "kind")
    ss, se = r["sentence_start"], r["sentence_end"]
    if "\n" in raw[ss:se]: err(r, "sentence crosses a line break")
    if raw[ss:se] != raw[ss:se].strip(): err(r, "sentence has outer whitespace")
    if raw[se - 1] not in ".?!»”\"": err(r, "sentence does not end on punctuation")
    for f in ("speaker", "cue", "content"):
        t, a, b = r[f + "_text"], r[f + "_start"], r[f + "_end"]
        if t is None:
            if a is not None or b is not None: err(r, f + " null text with offsets")
            continue
        if raw[a:b] != t: err(r, f + " span mismatch")
        if t != t.strip(): err(r, f + " outer whitespace")
        if not (ss <= a and b <= se): err(r, f + " outside sentence")
        if (a > 0 and raw[a - 1].isalnum()) or (b < len(raw) and raw[b].isalnum()): err(r, f + " not on word boundaries")
    if r["kind"] == "reported" and r["cue_text"] is None: err(r, "reported without cue")
    if r["speaker"] is None: err(r, "speaker is null (unnamed sources must carry their description)")
    if r["speaker_text"] is None and not r["notes"]: err(r, "no speaker_text and no note")
    note = r["notes"] or ""
    c, ca, cb = r["content_text"], r["content_start"], r["content_end"]
    if r["kind"] == "quote":
        i = ca - 1
        while i >= 0 and raw[i] in " \u00a0\u202f": i -= 1
        j = cb
        while j < len(raw) and raw[j] in " \u00a0\u202f": j += 1
        if not (raw[i] in OPEN and raw[j] in CLOSE): err(r, "quote content not bounded by quote marks")
        if any(q in c for q in ALLQ) and "incise" not in note: err(r, "quote content holds a quote mark without an incise note")
    for f in ("speaker", "cue"):
        a = r[f + "_start"]
        if a is not None and ca <= a < cb and "incise" not in note: err(r, f + " inside content without an incise note")
    key = (r["doc"], r["kind"], ca, cb, r["speaker"])
    if key in seen: err(r, "duplicate record")
    seen.add(key)
    pos = (r["doc"], ss, ca)
    if last and pos < last: err(r, "not in text order")
    last = pos
cnt = collections.defaultdict(collections.Counter)
for r in rows: cnt[r["doc"]][r["kind"]] += 1
for d in sorted(cnt): print(d, "quote", cnt[d]["quote"], "reported", cnt[d]["reported"], "total", sum(cnt[d].values()))
print("all", len(rows), "records;", len(errors), "errors")
for e in errors: print("  ", e)
sys.exit(1 if errors else 0)
