"""Second pass: list every sentence that holds a quote mark or a speech verb and has no record."""
import json, re, glob, os
recs = [json.loads(l) for l in open('attributions.jsonl', encoding='utf-8')]
CUES = {
 'fr': r"\bdit\b|déclar|affirm|estim|assur|précis|annon|indiqu|expliqu|promi|appel|préven|avert|\bjug|soulign|salu|dénon|\bselon\b|d’après|d'après|^pour\b|\bpour [A-Z]|confi[ée]|racont|revendiqu|réclam|rappel|soupir|lancé|insist|reconn|répond|communiqué|relève|demand|prononc|protest|souhait|requis|-t-(?:il|elle)|condamn|ordonn|publi|plainte|avis|convainc|décolère|accus|nié|refus",
 'en': r"\bsaid\b|\bsay|\btold\b|warn|claim|argu|according|complain|confirm|\bcall|urg|statement|describ|\badded\b|noted|predict|explain|\basked\b|announc|declin|\bciting\b|\breport|speaking|\bcalled",
 'es': r"\bdijo\b|según|afirm|asegur|explic|relat|reconoc|contó|contaba|añadió|pidió|advirt|record|señal|opinión|comunicado|subray|precis|anunci|confirm|calcul|consider|bromea|lament|declar|negaron|decisión|denunci",
}
QUOTES = '«»“”"'
for path in sorted(glob.glob('corpus/*.txt')):
    doc = os.path.basename(path); raw = open(path, encoding='utf-8').read()
    lang = [r for r in recs if r['doc'] == doc][0]['language']
    spans = [(r['sentence_start'], r['sentence_end']) for r in recs if r['doc'] == doc]
    print('==', doc)
    pos = 0
    for line in raw.split('\n'):
        for m in re.finditer(r'.+?(?:[.!?…](?:[»”"]|\s?[»”"])?(?=\s|$)|$)', line):
            s = m.group().strip()
            if not s:
                continue
            a = pos + m.start() + (len(m.group()) - len(m.group().lstrip())); b = a + len(s)
            covered = any(x < b and a < y for x, y in spans)
            hits = re.findall(CUES[lang], s, flags=re.I if lang != 'fr' else 0)
            if not covered and (hits or any(q in s for q in QUOTES)):
                print(f'  NO RECORD [{a}] {s!r}  hits={hits}')
            elif covered:
                # cue words inside a covered sentence that no record's cue/content/speaker span covers
                used = [(r[k+'_start'], r[k+'_end']) for r in recs if r['doc'] == doc for k in ('cue','content','speaker') if r[k+'_start'] is not None]
                for h in re.finditer(CUES[lang], s, flags=re.I if lang != 'fr' else 0):
                    ha = a + h.start()
                    if not any(x <= ha < y for x, y in used):
                        print(f'  UNUSED CUE [{ha}] {h.group()!r} in {s[:90]!r}...')
        pos += len(line) + 1
