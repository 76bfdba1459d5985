"""Second pass: list every sentence that holds a quote mark or a speech verb and has no attribution record."""
import json, os, re
BASE = os.path.dirname(os.path.abspath(__file__))
recs = [json.loads(l) for l in open(os.path.join(BASE, 'attributions.jsonl'), encoding='utf-8')]
VERBS = r"""déclar|affirm|estim|assur|indiqu|annonc|avert|appel|rappel|réclam|jug|explique|rapport|selon|d’après|
 racont|confi|résum|souffl|ajout|reconn|dénon|demand|décri|propos|dit|dire|conteste|appel|relève|martel|communiqué|
 \bsaid\b|\bsay|told|warn|urg|argu|insist|promis|accus|defend|estimat|according|caution|pointed|added|asked|declin|
 called|calling|blunt|convinc|backed|statement|announc|agreed|
 dijo|afirm|asegur|prometi|pidi|anunci|reconoci|advirti|exigi|lament|calcul|según|decía|quiso|comunicado|
 dice|explic|descart|señal|record|preocup|contaba|juicio|sostuv|dijeron|hablan|mostr|perdón"""
VRE = re.compile(VERBS.replace('\n', '').replace(' ', ''), re.I)
QM = re.compile('[«»“”"]|^—')
SPLIT = re.compile(r'(?<=[.!?])(?:[»”"])?\s+(?=[«“"—A-ZÀ-ÖØ-Þ¿¡])')
for doc in sorted(os.listdir(os.path.join(BASE, 'corpus'))):
    raw = open(os.path.join(BASE, 'corpus', doc), encoding='utf-8').read()
    spans = [(r['sentence_start'], r['sentence_end']) for r in recs if r['doc'] == doc]
    print('==', doc, len(spans), 'records')
    pos = 0
    for para in raw.split('\n'):
        start = pos; pos += len(para) + 1
        if not para.strip():
            continue
        i = 0
        for m in list(SPLIT.finditer(para)) + [None]:
            j = m.start() if m else len(para)
            if m and para[m.start():m.end()].strip():  # keep closing mark with the sentence
                j = m.start() + len(para[m.start():m.end()].rstrip())
            s, e = start + i, start + j
            sent = raw[s:e]
            if sent.strip() and (QM.search(sent) or VRE.search(sent)):
                covered = any(a < e and s < b for a, b in spans)
                if not covered:
                    print(f'  NO RECORD [{s}:{e}] {sent.strip()[:150]}')
            i = m.end() if m else len(para)
