import json, os, collections
rows=[json.loads(l) for l in open('questions.jsonl',encoding='utf-8')]
lang={'001':'fr','002':'en','003':'es','004':'fr','005':'en','006':'es'}
errs=[]
assert len(rows)==48, len(rows)
ids=[r['id'] for r in rows]; assert len(set(ids))==48 and ids==[f"te{i:02d}" for i in range(1,49)]
keys=["id","question","language","doc","answerable","short","kind"]
for r in rows:
    if list(r)!=keys: errs.append(('keys',r['id']))
    p='corpus/'+r['doc']
    if not os.path.exists(p): errs.append(('nodoc',r['id'])); continue
    raw=open(p,encoding='utf-8').read()
    if r['answerable']:
        if not r['short'] or r['short'] not in raw: errs.append(('short',r['id'],r['short']))
    elif r['short'] is not None: errs.append(('short-not-null',r['id']))
    if r['answerable'] != (r['kind'] not in ('near-miss','unanswerable')): errs.append(('ans',r['id']))
per=collections.defaultdict(collections.Counter)
for r in rows: per[r['doc']][r['kind']]+=1
for d,c in sorted(per.items()): print(d, dict(c))
print('question languages', collections.Counter(r['language'] for r in rows))
same=sum(r['language']==lang[r['doc'][:3]] for r in rows); print('same-language', same, 'cross', 48-same, f'{(48-same)/48:.0%}')
print('errors', errs or 'none')
