"""Check attributions.jsonl against corpus/ (run from the fresh27 folder)."""
import json, os, sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FIELDS = ["id", "doc", "kind", "speaker_text", "speaker_start", "speaker_end", "speaker",
          "speaker_title", "cue_text", "cue_start", "cue_end", "content_text", "content_start",
          "content_end", "sentence_start", "sentence_end", "language", "notes"]
OPEN, CLOSE = "«“\"", "»”\""
WS = " \u00a0\t\n"
LANG = {"001": "fr", "002": "en", "003": "es", "004": "fr", "005": "en", "006": "es"}

errors = []
lines = open(os.path.join(ROOT, "attributions.jsonl"), encoding="utf-8").read().splitlines()
recs = []
for n, line in enumerate(lines, 1):
    r = json.loads(line)
    if json.dumps(r, ensure_ascii=False) != line:
        errors.append(f"line {n}: not written with json.dumps(ensure_ascii=False)")
    recs.append(r)

raws = {}
seen = set()
prev = None
for i, r in enumerate(recs, 1):
    rid = r["id"]
    if rid != f"g{i:03d}":
        errors.append(f"{rid}: id not consecutive (expected g{i:03d})")
    keys = set(r)
    if list(r) != FIELDS:
        errors.append(f"{rid}: fields {sorted(keys ^ set(FIELDS))} wrong")
    doc = r["doc"]
    path = os.path.join(ROOT, "corpus", doc)
    if not os.path.exists(path):
        errors.append(f"{rid}: doc {doc} missing"); continue
    raw = raws.setdefault(doc, open(path, encoding="utf-8").read())
    if r["language"] != LANG[doc[:3]]:
        errors.append(f"{rid}: language")
    if r["kind"] not in ("quote", "reported"):
        errors.append(f"{rid}: kind")
    ss, se = r["sentence_start"], r["sentence_end"]
    sent = raw[ss:se]
    if "\n" in sent:
        errors.append(f"{rid}: sentence crosses a line break")
    if sent != sent.strip(WS):
        errors.append(f"{rid}: sentence has outer whitespace")
    if sent and sent[-1] not in ".!?»”\"":
        errors.append(f"{rid}: sentence does not end on punctuation: {sent[-5:]!r}")
    for f in ("speaker", "cue", "content"):
        t, s, e = r[f + "_text"], r[f + "_start"], r[f + "_end"]
        if t is None:
            if s is not None or e is not None:
                errors.append(f"{rid}: {f} null text with offsets")
            continue
        if raw[s:e] != t:
            errors.append(f"{rid}: {f} raw[{s}:{e}] != text")
        if not (ss <= s and e <= se):
            errors.append(f"{rid}: {f} outside sentence")
        if t != t.strip(WS):
            errors.append(f"{rid}: {f} has outer whitespace")
    if r["content_text"] is None:
        errors.append(f"{rid}: no content")
    if r["speaker"] is None:
        errors.append(f"{rid}: speaker unresolved")
    if r["kind"] == "reported" and r["cue_text"] is None:
        errors.append(f"{rid}: reported speech without cue")
    note = r["notes"] or ""
    cs, ce = r["content_start"], r["content_end"]
    ctext = r["content_text"] or ""
    if r["kind"] == "quote":
        j = cs - 1
        while j >= 0 and raw[j] in WS: j -= 1
        k = ce
        while k < len(raw) and raw[k] in WS: k += 1
        if raw[j] not in OPEN or raw[k] not in CLOSE:
            errors.append(f"{rid}: quote content not bounded by quote marks")
        if any(c in ctext for c in OPEN + CLOSE) and "incise" not in note:
            errors.append(f"{rid}: quote content holds a quote mark without an incise note")
    for f in ("speaker", "cue"):
        s = r[f + "_start"]
        if s is not None and cs <= s < ce and "incise" not in note:
            errors.append(f"{rid}: {f} inside content without an incise note")
    key = (doc, r["kind"], cs, ce, r["speaker"], r["cue_start"])
    if key in seen:
        errors.append(f"{rid}: duplicate record")
    seen.add(key)
    if prev and prev[0] == doc and ss < prev[1]:
        errors.append(f"{rid}: not in text order")
    prev = (doc, ss)

docs = [r["doc"] for r in recs]
if docs != sorted(docs):
    errors.append("records not grouped document by document")

from collections import Counter
c = Counter((r["doc"], r["kind"]) for r in recs)
print(f"{len(recs)} records")
for d in sorted(set(docs)):
    q, rep = c[(d, "quote")], c[(d, "reported")]
    sp = len({r["speaker"] for r in recs if r["doc"] == d})
    print(f"  {d}: quote {q}, reported {rep}, total {q + rep}, distinct speakers {sp}")
if errors:
    print("\n".join(errors)); sys.exit(1)
print("all checks pass")
