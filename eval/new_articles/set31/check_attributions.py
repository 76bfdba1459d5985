import json, collections, re
FIELDS = ["id", "doc", "kind", "speaker_text", "speaker_start", "speaker_end", "speaker", "speaker_title",
          "cue_text", "cue_start", "cue_end", "content_text", "content_start", "content_end",
          "sentence_start", "sentence_end", "language", "notes"]
QUOTES = "«»“”\""
lines = open("attributions.jsonl", encoding="utf-8").read().splitlines()
recs = [json.loads(l) for l in lines]
errs = []
def E(r, m): errs.append(f"{r['id']}: {m}")
raws = {}
seen = set()
for i, (line, r) in enumerate(zip(lines, recs), 1):
    if line != json.dumps(r, ensure_ascii=False): E(r, "line not written with json.dumps(ensure_ascii=False)")
    if list(r) != FIELDS: E(r, f"fields {list(r)}")
    if r["id"] != f"g{i:03d}": E(r, "id not consecutive")
    raw = raws.setdefault(r["doc"], open("corpus/" + r["doc"], encoding="utf-8").read())
    s0, s1 = r["sentence_start"], r["sentence_end"]
    sent = raw[s0:s1]
    if "\n" in sent: E(r, "sentence crosses a line break")
    if sent != sent.strip(): E(r, "sentence has outer whitespace")
    for f in ("speaker", "cue", "content"):
        t, a, b = r[f + "_text"] if f != "speaker" else r["speaker_text"], r[f + "_start"], r[f + "_end"]
        if t is None:
            if a is not None or b is not None: E(r, f"{f}: null text with offsets")
            continue
        if raw[a:b] != t: E(r, f"{f}: raw[start:end] != text")
        if not (s0 <= a and b <= s1): E(r, f"{f}: outside sentence")
        if t != t.strip(): E(r, f"{f}: outer whitespace")
    if r["content_text"] is None: E(r, "no content")
    if r["kind"] not in ("quote", "reported"): E(r, "bad kind")
    if r["kind"] == "reported" and r["cue_text"] is None: E(r, "reported without cue")
    if r["speaker"] is None: E(r, "null speaker (brief: unnamed sources are speakers)")
    if r["speaker_text"] is None and r["cue_text"] is None and not r["notes"]: E(r, "bare quote without note")
    if r["kind"] == "quote":
        a, b = r["content_start"], r["content_end"]
        before = raw[:a].rstrip(" \u00a0")[-1:]
        after = raw[b:].lstrip(" \u00a0")[:1]
        if before not in QUOTES or after not in QUOTES: E(r, f"quote not bounded by marks ({before!r}, {after!r})")
        if any(q in r["content_text"] for q in QUOTES) and "incise" not in (r["notes"] or ""): E(r, "quote mark inside quote content without incise note")
    for f in ("speaker", "cue"):
        if r[f + "_text"] is not None:
            a, b = r[f + "_start"], r[f + "_end"]
            if r["content_start"] <= a and b <= r["content_end"] and "incise" not in (r["notes"] or "") and f == "cue":
                E(r, f"{f} inside content without incise note")
            if r["content_start"] <= a and b <= r["content_end"] and f == "speaker" and "incise" not in (r["notes"] or ""):
                E(r, "speaker inside content without incise note")
    key = (r["doc"], r["kind"], r["speaker"], r["content_start"], r["content_end"], r["cue_start"])
    if key in seen: E(r, "duplicate record")
    seen.add(key)
print("records:", len(recs))
c = collections.Counter((r["doc"], r["kind"]) for r in recs)
for d in sorted({r["doc"] for r in recs}):
    q, rep = c[(d, "quote")], c[(d, "reported")]
    print(f"  {d}: quote {q}, reported {rep}, total {q+rep}, speakers {len({r['speaker'] for r in recs if r['doc']==d})}")
print("errors:", len(errs))
for e in errs: print("  ", e)
