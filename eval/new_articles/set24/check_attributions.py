"""Check attributions.jsonl against the raw corpus files."""
import json, os, re, sys, collections

HERE = os.path.dirname(os.path.abspath(__file__))
FIELDS = ["id", "doc", "kind", "speaker_text", "speaker_start", "speaker_end", "speaker", "speaker_title",
          "cue_text", "cue_start", "cue_end", "content_text", "content_start", "content_end",
          "sentence_start", "sentence_end", "language", "notes"]
LANG = {"001": "fr", "002": "en", "003": "es", "004": "en", "005": "es", "006": "fr"}
OPEN, CLOSE = "«“", "»”"
QUOTE_MARKS = "«»“”\""

errors = []
def err(rid, msg): errors.append(f"{rid}: {msg}")

lines = open(os.path.join(HERE, "attributions.jsonl"), encoding="utf-8").read().splitlines()
recs = []
for i, line in enumerate(lines, 1):
    r = json.loads(line)
    if json.dumps(r, ensure_ascii=False) != line:
        err(f"line {i}", "not written with json.dumps(..., ensure_ascii=False)")
    recs.append(r)

raws = {}
seen = set()
prev = None
for n, r in enumerate(recs, 1):
    rid = r.get("id")
    if list(r.keys()) != FIELDS: err(rid, f"fields {list(r.keys())}")
    if rid != f"g{n:03d}": err(rid, f"expected id g{n:03d}")
    key = json.dumps({k: v for k, v in r.items() if k != "id"}, sort_keys=True, ensure_ascii=False)
    if key in seen: err(rid, "duplicate record")
    seen.add(key)
    doc = r["doc"]
    path = os.path.join(HERE, "corpus", doc)
    if not os.path.exists(path): err(rid, "doc missing"); continue
    raw = raws.setdefault(doc, open(path, encoding="utf-8").read())
    if r["language"] != LANG[doc[:3]]: err(rid, "language")
    if r["kind"] not in ("quote", "reported"): err(rid, "kind")
    s0, s1 = r["sentence_start"], r["sentence_end"]
    sent = raw[s0:s1]
    if "\n" in sent: err(rid, "sentence crosses a line break")
    if sent != sent.strip(): err(rid, "sentence has outer whitespace")
    if not re.search(r"[.!?»”]$", sent) and raw[s1:s1+1] not in ("\n", ""): err(rid, "sentence end not at punctuation or line end")
    # text order
    if prev is not None:
        if doc < prev[0] or (doc == prev[0] and s0 < prev[1]): err(rid, "not in text order")
    prev = (doc, s0)
    spans = {}
    for part in ("speaker", "cue", "content"):
        t, a, b = r[f"{part}_text"], r[f"{part}_start"], r[f"{part}_end"]
        if t is None:
            if a is not None or b is not None: err(rid, f"{part} null text with offsets")
            continue
        if raw[a:b] != t: err(rid, f"{part} span mismatch: {raw[a:b]!r} != {t!r}")
        if t != t.strip(): err(rid, f"{part} has outer whitespace")
        if not (s0 <= a < b <= s1): err(rid, f"{part} outside sentence")
        spans[part] = (a, b)
    if "content" not in spans: err(rid, "no content")
    if r["kind"] == "reported" and "cue" not in spans: err(rid, "reported without cue")
    if r["speaker"] is None: err(rid, "speaker is null (brief: unnamed sources are speakers)")
    notes = r["notes"] or ""
    if r["kind"] == "quote" and "content" in spans:
        a, b = spans["content"]
        before = raw[:a].rstrip(" \u00a0\u202f")[-1:]
        after = raw[b:].lstrip(" \u00a0\u202f")[:1]
        if before not in OPEN or after not in CLOSE: err(rid, f"quote not bounded by marks ({before!r}, {after!r})")
        if any(c in r["content_text"] for c in QUOTE_MARKS) and "incise" not in notes: err(rid, "quote holds a quote mark without an incise note")
    if r["cue_text"] is None and ("bare quote" not in notes): err(rid, "null cue without bare-quote note")
    if r["speaker_text"] is None and not notes: err(rid, "null speaker_text without note")
    if "content" in spans:
        ca, cb = spans["content"]
        for part in ("speaker", "cue"):
            if part in spans:
                a, b = spans[part]
                if ca <= a < cb and "incise" not in notes: err(rid, f"{part} inside content without incise note")

counts = collections.defaultdict(collections.Counter)
for r in recs: counts[r["doc"]][r["kind"]] += 1
print(f"{'doc':38} quote reported total")
for d in sorted(counts):
    c = counts[d]; print(f"{d:38} {c['quote']:5} {c['reported']:8} {c['quote']+c['reported']:5}")
print(f"{'all':38} {sum(c['quote'] for c in counts.values()):5} {sum(c['reported'] for c in counts.values()):8} {len(recs):5}")
spk = collections.defaultdict(set)
for r in recs: spk[r["doc"]].add(r["speaker"])
for d in sorted(spk): print(d, len(spk[d]), "speakers")
if errors:
    print("ERRORS:"); print("\n".join(errors)); sys.exit(1)
print("all checks passed")
