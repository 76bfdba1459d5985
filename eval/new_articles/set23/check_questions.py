import json, os, collections
rows=[json.loads(l) for l in open('questions.jsonl',encoding='utf-8')]
assert len(rows)==48, len(rows)
ids=[r['id'] for r in rows]; assert len(set(ids))==48 and ids==[f'l{i:02d}' for i in range(1,49)]
doclang={}
err=0
for r in rows:
    assert list(r)==["id","question","language","doc","answerable","short","kind"], r['id']
    p=os.path.join('corpus',r['doc'])
    if not os.path.exists(p): print('missing doc',r); err+=1; continue
    raw=open(p,encoding='utf-8').read()
    if r['answerable']:
        if not r['short'] or r['short'] not in raw: print('NOT FOUND',r['id'],repr(r['short'])); err+=1
    else:
        assert r['short'] is None and r['kind'] in ('near-miss','unanswerable'), r['id']
lang={'001':'fr','002':'en','003':'es','004':'fr','005':'en','006':'es'}
same=sum(r['language']==lang[r['doc'][:3]] for r in rows)
print('same-language',same,'cross',48-same, collections.Counter(r['language'] for r in rows))
print(collections.Counter((r['doc'][:3],r['kind']) for r in rows))
print('errors',err)
