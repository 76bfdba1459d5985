"""Find the offsets of the hand-chosen attribution texts (tools/attrib_data.py) in the raw corpus files
and write attributions.jsonl. Stops on any text that is not found or is ambiguous."""
import json, os, sys
sys.path.insert(0, os.path.dirname(__file__))
from attrib_data import R

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LANG = {"001": "fr", "002": "fr", "003": "en", "004": "en", "005": "es", "006": "es"}
raws = {}

def die(msg):
    sys.exit("STOP: " + msg)

def find_unique(hay, needle, what):
    i = hay.find(needle)
    if i < 0:
        die(f"{what} not found: {needle!r}")
    if hay.find(needle, i + 1) >= 0:
        die(f"{what} ambiguous: {needle!r}")
    return i

def locate_sentence(raw, sent, doc):
    if isinstance(sent, tuple):
        a, b = sent
        s = find_unique(raw, a, f"{doc} sentence start")
        e = raw.find(b, s)
        if e < 0:
            die(f"{doc} sentence end not found: {b!r}")
        e += len(b)
    else:
        s = find_unique(raw, sent, f"{doc} sentence")
        e = s + len(sent)
    if "\n" in raw[s:e]:
        die(f"{doc} sentence crosses a line break: {raw[s:e][:60]!r}")
    return s, e

def locate(raw, s, e, text, ctx, what):
    sent = raw[s:e]
    if ctx:
        c = find_unique(sent, ctx, what + " context")
        i = find_unique(ctx, text, what + " in context")
        return s + c + i, s + c + i + len(text)
    i = find_unique(sent, text, what)
    return s + i, s + i + len(text)

out = []
for rec in R:
    doc = rec["doc"]
    path = os.path.join(ROOT, "corpus", doc)
    raw = raws.setdefault(doc, open(path, encoding="utf-8").read())
    s, e = locate_sentence(raw, rec["sent"], doc)
    row = {"id": None, "doc": doc, "kind": rec["kind"]}
    if rec["sp"] is None:
        row.update(speaker_text=None, speaker_start=None, speaker_end=None)
    else:
        a, b = locate(raw, s, e, rec["sp"], rec.get("sp_ctx"), f"{doc} speaker")
        row.update(speaker_text=rec["sp"], speaker_start=a, speaker_end=b)
    row.update(speaker=rec["speaker"], speaker_title=rec["title"])
    if rec["cue"] is None:
        row.update(cue_text=None, cue_start=None, cue_end=None)
    else:
        a, b = locate(raw, s, e, rec["cue"], rec.get("cue_ctx"), f"{doc} cue")
        row.update(cue_text=rec["cue"], cue_start=a, cue_end=b)
    a, b = locate(raw, s, e, rec["content"], rec.get("content_ctx"), f"{doc} content")
    row.update(content_text=rec["content"], content_start=a, content_end=b,
               sentence_start=s, sentence_end=e, language=LANG[doc[:3]], notes=rec["notes"])
    out.append(row)

# text order: document, sentence, content start (an enclosing reported clause before its fragments)
out.sort(key=lambda r: (r["doc"], r["sentence_start"], r["content_start"], -r["content_end"]))
for i, r in enumerate(out, 1):
    r["id"] = f"g{i:03d}"
with open(os.path.join(ROOT, "attributions.jsonl"), "w", encoding="utf-8") as f:
    for r in out:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
print(len(out), "records written")
