"""Check attributions.jsonl against the raw corpus files."""
import json, os, sys, collections
HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")
FIELDS = ["id", "doc", "kind", "speaker_text", "speaker_start", "speaker_end", "speaker", "speaker_title",
          "cue_text", "cue_start", "cue_end", "content_text", "content_start", "content_end",
          "sentence_start", "sentence_end", "language", "notes"]
OPEN, CLOSE = "«“\"", "»”\""
errs = []
lines = open(os.path.join(HERE, "attributions.jsonl"), encoding="utf-8").read().splitlines()
recs = [json.loads(l) for l in lines]
seen = set()
for n, (line, r) in enumerate(zip(lines, recs), 1):
    E = lambda m: errs.append(f"{r.get('id')}: {m}")
    if list(r.keys()) != FIELDS: E(f"fields {list(r.keys())}")
    if r["id"] != f"g{n:03d}": E("id not consecutive")
    if line != json.dumps(r, ensure_ascii=False): E("line not json.dumps(ensure_ascii=False)")
    key = json.dumps({k: v for k, v in r.items() if k not in ("id", "notes")}, sort_keys=True)
    if key in seen: E("duplicate record")
    seen.add(key)
    raw = open(os.path.join(CORPUS, r["doc"]), encoding="utf-8").read()
    s0, s1 = r["sentence_start"], r["sentence_end"]
    if "\n" in raw[s0:s1]: E("sentence crosses a line break")
    for p in ("speaker", "cue", "content"):
        t, a, b = r[p + "_text"], r[p + "_start"], r[p + "_end"]
        if t is None:
            if a is not None or b is not None: E(f"{p}: null text but offsets")
            continue
        if raw[a:b] != t: E(f"{p}: raw[{a}:{b}] != text")
        if not (s0 <= a and b <= s1): E(f"{p}: outside sentence")
        if t != t.strip(): E(f"{p}: outer whitespace")
    if r["content_text"] is None: E("no content")
    if r["kind"] == "reported" and r["cue_text"] is None: E("reported without cue")
    if r["kind"] not in ("quote", "reported"): E("bad kind")
    if r["speaker"] is None: E("speaker null (unnamed sources must carry their description)")
    if r["kind"] == "quote":
        a, b = r["content_start"], r["content_end"]
        i = a - 1
        while i >= 0 and raw[i] in " \u00a0": i -= 1
        j = b
        while j < len(raw) and raw[j] in " \u00a0": j += 1
        if raw[i] not in OPEN or raw[j] not in CLOSE: E("quote content not bounded by quote marks")
        inner = r["content_text"]
        if any(c in inner for c in "«»“”\"") and "incise" not in (r["notes"] or ""): E("quote mark inside quote content")
    # speaker/cue inside content only for an incise
    for p in ("speaker", "cue"):
        if r[p + "_start"] is not None and r["content_start"] <= r[p + "_start"] < r["content_end"]:
            if "incise" not in (r["notes"] or ""): E(f"{p} inside content without incise note")
    if r["language"] != {"001": "fr", "002": "fr", "003": "en", "004": "en", "005": "es", "006": "es"}[r["doc"][:3]]: E("language")
# text order within each document
for a, b in zip(recs, recs[1:]):
    if a["doc"] == b["doc"] and a["sentence_start"] > b["sentence_start"]:
        errs.append(f"{b['id']}: not in text order")
docs = [r["doc"] for r in recs]
if docs != sorted(docs): errs.append("documents not in order")
print("\n".join(errs) if errs else "all checks passed")
c = collections.Counter((r["doc"], r["kind"]) for r in recs)
for d in sorted({r["doc"] for r in recs}):
    q, rp = c[(d, "quote")], c[(d, "reported")]
    print(f"{d}: quote {q}, reported {rp}, total {q+rp}")
print("all:", len(recs))
sys.exit(1 if errs else 0)
