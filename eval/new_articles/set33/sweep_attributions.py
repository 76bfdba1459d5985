"""Second pass: list every sentence that holds a quote mark, a colon or a speech/attitude verb and is not covered by any record."""
import json, re, os
recs = [json.loads(l) for l in open("attributions.jsonl", encoding="utf-8")]
VERBS = r"""dit|dire|déclar|annonc|affirm|assur|estim|jug|avert|averti|prévien|rappel|reconn|admi|démen|dénonc|réclam|plaid|reproch|propos|expliqu|ajout|soupir|résum|raconte|nuanc|lâch|précis|indiqu|selon|d’après|d'après|fait savoir|fait valoir|engag|refus|souhait|promet|entend|
said|say|says|told|tell|warn|admit|insist|announc|according|deni|deny|claim|stress|confirm|urge|recall|point|add|complain|promis|appeal|spoke|asked|regret|
dijo|dice|afirm|asegur|explic|advirt|advier|reconoci|insisti|calific|añadi|consider|recuerd|record|anunci|según|lament|admiti|pidi|acus|reclam|precis|negó|exigi|calcul|sostuv|teme|para la|para el|comunicado|statement"""
pat = re.compile(r"\b(" + VERBS.replace("\n", "") + r")", re.I)
for doc in sorted(os.listdir("corpus")):
    raw = open("corpus/" + doc, encoding="utf-8").read()
    covered = [(r["sentence_start"], r["sentence_end"]) for r in recs if r["doc"] == doc]
    # sentences: split lines, then on . ! ? followed by space and an upper-case letter or an opening quote
    pos = 0
    for line in raw.split("\n"):
        start = pos; pos += len(line) + 1
        if not line.strip(): continue
        for m in re.finditer(r".+?(?:[.!?…][»”\"]?(?=\s+[«“\"A-ZÀ-ÖØ-ÞÁÉÍÓÚÑ¿])|$)", line):
            s = m.group(0).strip()
            if not s: continue
            a = start + m.start() + (len(m.group(0)) - len(m.group(0).lstrip())); b = a + len(s)
            if any(ca < b and a < cb for ca, cb in covered): continue
            hit = [x for x in ("«", "»", "“", "”", '"', ":") if x in s] + [mm.group(0) for mm in pat.finditer(s)]
            if hit:
                print(f"{doc} [{a}:{b}] {hit}\n    {s}")
