"""Second pass: list every sentence that holds a quote mark or a speech verb and is covered by no record."""
import json, os, re
HERE = os.path.dirname(os.path.abspath(__file__))
recs = [json.loads(l) for l in open(os.path.join(HERE, 'attributions.jsonl'), encoding='utf-8')]
VERBS = r"""(?ix)
 \b(said|say|says|told|tell|warn\w*|urg\w*|accus\w*|complain\w*|claim\w*|admit\w*|den\w*|dispute\w*|testif\w*|recall\w*|
   add\w*|call\w*|announc\w*|promis\w*|insist\w*|argu\w*|statement|according|view|asked|joked|heard|reading|charges|
   déclar\w*|dit|dire|affirm\w*|estim\w*|assur\w*|précis\w*|ajout\w*|salu\w*|rappel\w*|lanc\w*|demand\w*|juge\w*|prévenu|
   garde|reconn\w*|admis|regrett\w*|lâche|refus\w*|expliqu\w*|félicit\w*|indiqu\w*|annonc\w*|réclam\w*|racont\w*|soupir\w*|
   selon|d’après|pour|communiqué|consigne|anonymat|convaincue|inquiète|interrogé|présent\w*|dévoilé|avis|signatures|
   afirm\w*|según|insisti\w*|asegur\w*|señal\w*|descart\w*|reconoci\w*|neg\w*|añadi\w*|pidi\w*|record\w*|ironiz\w*|
   tem\w*|explic\w*|critic\w*|exig\w*|amenaz\w*|declar\w*|calific\w*|dij\w*|anunci\w*|advirti\w*|sostien\w*|respondi\w*|
   admiti\w*|confies\w*|opin\w*|comunicado|declaraciones|celebran|escribi\w*|contaban|quej\w*|mostró|conocida)\b"""
SPLIT = re.compile(r'(?<=[.!?])(?:[»”])?\s+(?=[«“A-ZÀ-ÝÑ¿¡])')
for doc in sorted({r['doc'] for r in recs}):
    raw = open(os.path.join(HERE, 'corpus', doc), encoding='utf-8').read()
    spans = [(r['sentence_start'], r['sentence_end']) for r in recs if r['doc'] == doc]
    print('==', doc)
    pos = 0
    for line in raw.split('\n'):
        base = pos; pos += len(line) + 1
        if not line.strip(): continue
        # sentences inside the line
        starts = [0] + [m.end() for m in SPLIT.finditer(line)]
        ends = starts[1:] + [len(line)]
        for a, b in zip(starts, ends):
            s = line[a:b].strip()
            sa = base + a; sb = base + a + len(s)
            covered = any(x < sb and sa < y for x, y in spans)
            if covered: continue
            hasq = any(c in s for c in '«»“”')
            hv = re.findall(VERBS, s)
            if hasq or hv:
                print(f'  [{sa}] {s}\n      -> quote mark: {hasq}; cue words: {sorted(set(w.lower() for w in hv))}')
