import json, os, sys, collections
HERE = os.path.dirname(os.path.abspath(__file__))
FIELDS = ['id','doc','kind','speaker_text','speaker_start','speaker_end','speaker','speaker_title','cue_text','cue_start',
          'cue_end','content_text','content_start','content_end','sentence_start','sentence_end','language','notes']
OPEN, CLOSE = '«“', '»”'
QUOTES = OPEN + CLOSE
LANG = {'001':'fr','002':'en','003':'es','004':'fr','005':'en','006':'es'}
errs = []
lines = open(os.path.join(HERE, 'attributions.jsonl'), encoding='utf-8').read().splitlines()
recs = [json.loads(l) for l in lines]
raws = {}
seen = set()
for k, (line, r) in enumerate(zip(lines, recs), 1):
    E = lambda m: errs.append(f"{r.get('id')}: {m}")
    if list(r) != FIELDS: E('fields')
    if line != json.dumps(r, ensure_ascii=False): E('not written with json.dumps(ensure_ascii=False)')
    if r['id'] != f'g{k:03d}': E('id not consecutive')
    p = os.path.join(HERE, 'corpus', r['doc'])
    if not os.path.exists(p): E('doc missing'); continue
    raw = raws.setdefault(r['doc'], open(p, encoding='utf-8').read())
    if r['language'] != LANG[r['doc'][:3]]: E('language')
    if r['kind'] not in ('quote', 'reported'): E('kind')
    ss, se = r['sentence_start'], r['sentence_end']
    sent = raw[ss:se]
    if '\n' in sent: E('sentence crosses a line break')
    if sent != sent.strip(): E('sentence outer whitespace')
    for f in ('speaker', 'cue', 'content'):
        t, a, b = r[f + '_text'], r[f + '_start'], r[f + '_end']
        if t is None:
            if a is not None or b is not None: E(f'{f} null mismatch')
            continue
        if raw[a:b] != t: E(f'{f} span mismatch')
        if t != t.strip(): E(f'{f} outer whitespace')
        if not (ss <= a and b <= se): E(f'{f} outside sentence')
    if r['content_text'] is None: E('no content')
    if r['kind'] == 'reported' and r['cue_text'] is None: E('reported without cue')
    if r['speaker_text'] is not None and r['speaker'] is None and 'unidentified' not in (r['notes'] or ''):
        E('speaker_text without resolved speaker and no note')
    cs, ce, ct = r['content_start'], r['content_end'], r['content_text']
    notes = r['notes'] or ''
    if r['kind'] == 'quote':
        i = cs - 1
        while i >= 0 and raw[i] in ' \u00a0': i -= 1
        j = ce
        while j < len(raw) and raw[j] in ' \u00a0': j += 1
        if not (raw[i] in OPEN and raw[j] in CLOSE): E('quote content not bounded by quote marks')
        if any(c in QUOTES for c in ct) and 'incise' not in notes: E('quote content holds a quote mark without incise note')
    for f in ('speaker', 'cue'):
        a, b = r[f + '_start'], r[f + '_end']
        if a is not None and cs <= a and b <= ce and 'incise' not in notes and f + '_in_content' not in notes:
            # allowed only for an incise
            E(f'{f} inside content without incise note')
    key = (r['doc'], r['kind'], r['speaker'], r['cue_start'], cs, ce)
    if key in seen: E('duplicate record')
    seen.add(key)
# text order
for a, b in zip(recs, recs[1:]):
    if a['doc'] == b['doc'] and (a['sentence_start'], a['content_start']) > (b['sentence_start'], b['content_start']):
        errs.append(f"order {a['id']} {b['id']}")
docs = [r['doc'] for r in recs]
if docs != sorted(docs): errs.append('documents not in order')
print('records', len(recs))
c = collections.Counter((r['doc'], r['kind']) for r in recs)
for d in sorted({r['doc'] for r in recs}):
    print(f"  {d}: quote {c[(d,'quote')]}, reported {c[(d,'reported')]}, total {c[(d,'quote')]+c[(d,'reported')]}")
print('errors', len(errs))
for e in errs: print('  ', e)
sys.exit(1 if errs else 0)
