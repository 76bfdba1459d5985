"""Build attributions.jsonl from the hand-chosen texts in attrib_records.py.
Offsets are never typed: every text is searched in the raw file. Any text that is
not found or is ambiguous stops the script."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from attrib_records import RECS

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")
LANG = {"001": "fr", "002": "fr", "003": "en", "004": "en", "005": "es", "006": "es"}
NBSP_DOCS = {"002_demission_chef_orchestre.txt"}   # guillemets with U+00A0 inside

def norm(doc, t):
    if t is None or doc not in NBSP_DOCS:
        return t
    return t.replace("« ", "«\u00a0").replace(" »", "\u00a0»")

def fail(msg):
    sys.exit("STOP: " + msg)

def find_unique(hay, needle, what):
    n = hay.count(needle)
    if n != 1:
        fail(f"{what}: {needle!r} occurs {n} times")
    return hay.index(needle)

def locate(doc, sent_text, s0, item, what):
    if item is None:
        return None, None, None
    text, ctx = (item, item) if isinstance(item, str) else item
    text, ctx = norm(doc, text), norm(doc, ctx)
    c = find_unique(sent_text, ctx, f"{doc} {what} context")
    t = find_unique(ctx, text, f"{doc} {what} in context")
    return text, s0 + c + t, s0 + c + t + len(text)

raw_cache = {}
out = []
for i, r in enumerate(RECS, 1):
    doc = r["doc"]
    if doc not in raw_cache:
        raw_cache[doc] = open(os.path.join(CORPUS, doc), encoding="utf-8").read()
    raw = raw_cache[doc]
    sent = norm(doc, r["sent"])
    s0 = find_unique(raw, sent, f"{doc} sentence")
    s1 = s0 + len(sent)
    sp = locate(doc, sent, s0, r["spk"], "speaker")
    cu = locate(doc, sent, s0, r["cue"], "cue")
    co = locate(doc, sent, s0, r["content"], "content")
    out.append({
        "id": f"g{i:03d}", "doc": doc, "kind": r["kind"],
        "speaker_text": sp[0], "speaker_start": sp[1], "speaker_end": sp[2],
        "speaker": r["speaker"], "speaker_title": r["title"],
        "cue_text": cu[0], "cue_start": cu[1], "cue_end": cu[2],
        "content_text": co[0], "content_start": co[1], "content_end": co[2],
        "sentence_start": s0, "sentence_end": s1,
        "language": LANG[doc[:3]], "notes": r["notes"],
    })

with open(os.path.join(HERE, "attributions.jsonl"), "w", encoding="utf-8") as f:
    for o in out:
        f.write(json.dumps(o, ensure_ascii=False) + "\n")
print(f"wrote {len(out)} records")
