import json, os, collections
base = os.path.dirname(os.path.abspath(__file__))
lines = open(os.path.join(base, 'questions.jsonl'), encoding='utf-8').read().splitlines()
assert len(lines) == 48, len(lines)
recs = [json.loads(l) for l in lines]
keys = ['id', 'question', 'language', 'doc', 'answerable', 'short', 'kind']
ids = set(); errs = 0
doclang = {'001': 'fr', '002': 'fr', '003': 'en', '004': 'en', '005': 'es', '006': 'es'}
same = 0; qlang = collections.Counter(); kinds = collections.defaultdict(collections.Counter)
for r in recs:
    assert list(r) == keys, r
    assert r['id'] not in ids; ids.add(r['id'])
    p = os.path.join(base, 'corpus', r['doc']); assert os.path.exists(p), p
    raw = open(p, encoding='utf-8').read()
    if r['answerable']:
        if not r['short'] or r['short'] not in raw:
            print('MISMATCH', r['id'], r['short']); errs += 1
    else:
        assert r['short'] is None and r['kind'] in ('near-miss', 'unanswerable')
    qlang[r['language']] += 1; same += r['language'] == doclang[r['doc'][:3]]
    kinds[r['doc'][:3]][r['kind']] += 1
print('records', len(recs), 'unique ids', len(ids), 'short mismatches', errs)
print('question languages', dict(qlang), 'same-language', same, f'({same/48:.0%})')
for d in sorted(kinds): print(d, dict(kinds[d]))
