"""Second pass: list every sentence holding a quote mark or a speech verb that no record covers."""
import json, re, os
recs = [json.loads(l) for l in open("attributions.jsonl", encoding="utf-8")]
VERBS = r"""\b(said|says|say|told|tell|warn\w*|claim\w*|admit\w*|promis\w*|accord\w*|suggest\w*|denied|den\w+|insist\w*|add\w*|ask\w*|announc\w*|put it|put the|explain\w*|complain\w*|defended|declin\w*|statement|confirm\w*|emerged|
dit|dire|déclar\w*|affirm\w*|estim\w*|selon|d’après|d'après|pour\s+(?:le|la|l’|l')?\s*[A-Z]|reconn\w*|ajout\w*|assur\w*|précis\w*|rappel\w*|insist\w*|annonc\w*|réclam\w*|redout\w*|craint|appel\w*|démenti\w*|indiqu\w*|communiqué|soupir\w*|expliqu\w*|lanc\w*|lâche|avou\w*|racont\w*|confi\w*|admis|inquièt\w*|attribu\w*|recommand\w*|calcul\w*|dénonc\w*|
dijo|explicó|según|advirtió|aseguró|precisó|contaba|relató|lamentó|denunció|negó|afirmó|pidió|declaró|resumía|proclamó|defendió|insistió|acusó|anunció|calcula|celebró|promesa|comunicado|quiso|opon\w*|preguntado|avisaron|ve igual)\b"""
VRE = re.compile(VERBS.replace("\n", ""), re.I)
QRE = re.compile(r"[«»“”\"]")
def sentences(raw):
    for m in re.finditer(r"[^\n]+", raw):
        line, base = m.group(0), m.start()
        # split after . ? ! (optionally followed by closing quote) + space + capital/opening mark
        starts = [0] + [x.end() for x in re.finditer(r"(?<=[.?!])[»”\"]?\s+(?=[A-ZÀ-Ý«“\"¿¡])", line)]
        for a, b in zip(starts, starts[1:] + [len(line)]):
            yield base + a, base + b, line[a:b].strip()
for doc in sorted(os.listdir("corpus")):
    raw = open("corpus/" + doc, encoding="utf-8").read()
    spans = [(r["sentence_start"], r["sentence_end"]) for r in recs if r["doc"] == doc]
    print(f"== {doc}")
    for a, b, s in sentences(raw):
        covered = any(a < e and s0 < b for s0, e in spans)
        if covered: continue
        hits = sorted({m.group(0) for m in VRE.finditer(s)} | ({"<quote mark>"} if QRE.search(s) else set()))
        if hits:
            print(f"  [{', '.join(hits)}] {s}")
