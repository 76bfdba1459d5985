"""Second pass: list sentences with a quote mark or a speech verb and no record,
and speech verbs in recorded sentences that no record uses as its cue."""
import json, os, re

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
recs = [json.loads(l) for l in open(os.path.join(ROOT, "attributions.jsonl"), encoding="utf-8")]
QUOTES = "«»“”\""
VERBS = r"""
 said|says|say|told|tell|added|warn|insist|argu|claim|stress|not(?:ed|e)|promis|call|describ|accus|explain|announc|
 admit|deni|deny|according|asked|ask|confirm|report|statement|vow|urg|complain|believ|fear|expect|forecast|
 déclar|affirm|assur|précis|estim|selon|d’après|d'après|annonc|promi|averti|prévien|rétorqu|racont|confi|ajout|
 martel|expliqu|dénonc|lanc|souffl|craint|dit|salu|rappel|jug|communiqué|réclam|appel|demand|propos|revendiq|parl|exprim|
 afirm|asegur|recordó|advirti|calific|anunci|según|sostuv|precis|celebr|teme|opinión|acus|reproch|pidi|mostró|dijo|
 reconoci|explic|evit|resumi|denunci|lament|reclam|revel|consider|comunicado|para |opin|convoca
"""
VRE = re.compile("(" + "|".join(v.strip() for v in VERBS.split("|") if v.strip()) + ")", re.I)

def sentences(raw):
    out = []
    for m in re.finditer(r"[^\n]+", raw):
        line, base = m.group(), m.start()
        # split after . ! ? (optionally followed by closing quote) + space + capital/opening mark
        pos = 0
        for sm in re.finditer(r"[.!?][»”\"]?(?=\s+[«“\"¿A-ZÀ-ÖØ-Þ])", line):
            out.append((base + pos, base + sm.end()))
            pos = sm.end() + 1
            while pos < len(line) and line[pos] == " ": pos += 1
        out.append((base + pos, base + len(line)))
    return out

def main():
  for doc in sorted({r["doc"] for r in recs}):
      raw = open(os.path.join(ROOT, "corpus", doc), encoding="utf-8").read()
      drecs = [r for r in recs if r["doc"] == doc]
      print(f"=== {doc}")
      for s, e in sentences(raw):
          sent = raw[s:e]
          hits = [r for r in drecs if r["sentence_start"] < e and s < r["sentence_end"]]
          verbs = sorted({m.group().lower() for m in VRE.finditer(sent)})
          if not hits:
              if any(q in sent for q in QUOTES) or verbs:
                  print(f"  NO RECORD  [{s}] {sent!r}\n             verbs: {verbs}")
          else:
              cues = " ".join((r["cue_text"] or "") for r in hits).lower()
              content = " ".join(r["content_text"] for r in hits).lower()
              extra = [v for v in verbs if v not in cues and v not in content]
              if extra:
                  print(f"  recorded, verb not used as cue [{s}] {sent[:90]!r}... {extra}")


if __name__ == "__main__":
    main()
