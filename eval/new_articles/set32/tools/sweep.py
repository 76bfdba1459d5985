"""Second pass: list every sentence with a quote mark or a speech verb that no record covers."""
import json, os, re
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
recs = [json.loads(l) for l in open(os.path.join(ROOT, "attributions.jsonl"), encoding="utf-8")]
VERBS = r"(said|says|say|told|warn|urg|insist|admit|claim|accus|call|describ|according|statement|announc|promis|deni|asked|offer|demand|estimat|add|complain|dit|déclar|affirm|estim|averti|assur|indiqu|selon|d'après|d’après|annonc|promi|réclam|demand|recommand|rappel|explique|racont|soupir|souffl|lanc|répond|reconn|nié|salué|communiqué|insist|dijo|dice|afirm|asegur|anunci|añadi|según|segun|record|admiti|lament|denunci|reproch|pidi|exigi|acus|cont[óa]|explic|matiz|prometi|sostuv|neg[óa]|calific|espet|comunicado|comprometi|resum|tajante|blunt|pidió|limitó|informó|atribuy)"
for doc in sorted(os.listdir(os.path.join(ROOT, "corpus"))):
    raw = open(os.path.join(ROOT, "corpus", doc), encoding="utf-8").read()
    covered = [(r["sentence_start"], r["sentence_end"]) for r in recs if r["doc"] == doc]
    # naive sentence split: end punctuation (optionally followed by a closing quote) + space, or line break
    for m in re.finditer(r"[^\n]+?(?:[.?!][»”\"]?(?=\s)|[.?!]?[»”\"]?$)", raw, re.M):
        s, e = m.start(), m.end()
        t = raw[s:e].strip()
        if not t: continue
        s = raw.index(t, s); e = s + len(t)
        if any(a < e and s < b for a, b in covered): continue
        if re.search(r"[«»“”\"]", t) or re.search(VERBS, t, re.I):
            print(f"{doc[:3]} @{s}: {t}")

print("\n-- speech words inside covered sentences but outside every speaker/cue/content span --")
WORDS = r"\b(said|told|warned|urged|insisted|admitted|claimed|accused|called|described|according|statement|announced|promised|denied|asked|offered|demanding|estimated|adding|dit|déclaré|affirme|estime|averti|assure|indiqué|selon|d'après|d’après|annoncé|promis|réclame[r]?|demande|demandait|recommande|rappelle|explique|raconte|soupire|souffle|lancé|répondu|reconnu|nié|salué|communiqué|dijo|dicen|afirmó|aseguró|anunció|añadió|según|recordó|admitió|lamentó|denunció|reprochó|pidió|pidieron|exigió|acusó|contó|explicó|matizó|prometió|sostuvo|negó|calificó|espetó|comunicado|comprometido|resumía|tajante|blunt|limitó|informó|atribuyó|promesa|vouloir|nom|named|identificada|muestran|pronunciará|establece|exigirá|encabezó)\b"
for doc in sorted(os.listdir(os.path.join(ROOT, "corpus"))):
    raw = open(os.path.join(ROOT, "corpus", doc), encoding="utf-8").read()
    rs = [r for r in recs if r["doc"] == doc]
    sents = sorted({(r["sentence_start"], r["sentence_end"]) for r in rs})
    spans = [(r[f + "_start"], r[f + "_end"]) for r in rs for f in ("speaker", "cue", "content") if r[f + "_start"] is not None]
    for a, b in sents:
        for m in re.finditer(WORDS, raw[a:b], re.I):
            x, y = a + m.start(), a + m.end()
            if not any(p <= x and y <= q for p, q in spans):
                print(f"{doc[:3]} @{x}: {m.group(0)!r} in: …{raw[max(a, x-50):min(b, y+50)]}…")
