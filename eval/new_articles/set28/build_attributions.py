"""Find offsets for the hand-chosen attributions in attrib_records.py and write attributions.jsonl.
Never types an offset: every span is searched in the raw file and checked. Stops on any problem."""
import json, os, sys
from attrib_records import RECORDS

BASE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(BASE, 'corpus')
LANG = {'001': 'fr', '002': 'fr', '003': 'en', '004': 'en', '005': 'es', '006': 'es'}
OPEN, CLOSE = set('«“"—'), set('»”"')
QMARKS = set('«»“”"')
FIELDS = ['id', 'doc', 'kind', 'speaker_text', 'speaker_start', 'speaker_end', 'speaker', 'speaker_title',
          'cue_text', 'cue_start', 'cue_end', 'content_text', 'content_start', 'content_end',
          'sentence_start', 'sentence_end', 'language', 'notes']

class Stop(Exception):
    pass

def unique(hay, needle, what):
    n = hay.count(needle)
    if n != 1:
        raise Stop(f'{what}: {needle!r} found {n} times')
    return hay.index(needle)

def find_sentence(raw, sent):
    if isinstance(sent, tuple):
        a, b = sent
        s = unique(raw, a, 'sentence start')
        e = raw.find(b, s)
        if e < 0:
            raise Stop(f'sentence end {b!r} not found')
        e += len(b)
    else:
        s = unique(raw, sent, 'sentence'); e = s + len(sent)
    return s, e

def find_in(raw, s, e, spec, what):
    if spec is None:
        return None, None, None
    text, ctx = spec if isinstance(spec, tuple) else (spec, None)
    sent = raw[s:e]
    if ctx is None:
        off = s + unique(sent, text, what)
    else:
        c = s + unique(sent, ctx, what + ' context')
        off = c + unique(ctx, text, what + ' in context')
    return text, off, off + len(text)

def build():
    raws, out = {}, []
    for i, r in enumerate(RECORDS):
        doc = r['doc']
        raw = raws.setdefault(doc, open(os.path.join(CORPUS, doc), encoding='utf-8').read())
        try:
            s, e = find_sentence(raw, r['sent'])
            st, ss, se = find_in(raw, s, e, r['spk'], 'speaker')
            ct, cs, ce = find_in(raw, s, e, r['cue'], 'cue')
            xt, xs, xe = find_in(raw, s, e, r['content'], 'content')
        except Stop as ex:
            sys.exit(f'STOP at record #{i} ({doc}, {r["content"]!r}): {ex}')
        out.append({'doc': doc, 'kind': r['kind'], 'speaker_text': st, 'speaker_start': ss, 'speaker_end': se,
                    'speaker': r['speaker'], 'speaker_title': r['title'], 'cue_text': ct, 'cue_start': cs,
                    'cue_end': ce, 'content_text': xt, 'content_start': xs, 'content_end': xe,
                    'sentence_start': s, 'sentence_end': e, 'language': LANG[doc[:3]], 'notes': r['notes']})
    order = {d: k for k, d in enumerate(sorted(raws))}
    keyed = [(order[o['doc']], o['sentence_start'], o['content_start'], -o['content_end'], k, o) for k, o in enumerate(out)]
    keyed.sort(key=lambda t: t[:5])
    final = []
    for n, t in enumerate(keyed, 1):
        o = dict(t[5]); o['id'] = f'g{n:03d}'
        final.append({f: o[f] for f in FIELDS})
    return final, raws

def check(recs, raws):
    errs = []
    for n, o in enumerate(recs, 1):
        raw = raws[o['doc']]; rid = o['id']
        if rid != f'g{n:03d}': errs.append(f'{rid}: id not consecutive')
        if list(o) != FIELDS: errs.append(f'{rid}: fields')
        s, e = o['sentence_start'], o['sentence_end']
        if '\n' in raw[s:e]: errs.append(f'{rid}: sentence crosses a line break')
        for p in ('speaker', 'cue', 'content'):
            t, a, b = o[p + '_text'], o[p + '_start'], o[p + '_end']
            if t is None:
                if p == 'content' or a is not None: errs.append(f'{rid}: null {p}')
                continue
            if raw[a:b] != t: errs.append(f'{rid}: {p} span mismatch')
            if not (s <= a and b <= e): errs.append(f'{rid}: {p} outside sentence')
            if t != t.strip(): errs.append(f'{rid}: {p} outer whitespace')
        if o['kind'] not in ('quote', 'reported'): errs.append(f'{rid}: kind')
        if o['kind'] == 'reported' and o['cue_text'] is None: errs.append(f'{rid}: reported without cue')
        if o['cue_text'] is None and o['speaker_text'] is not None: errs.append(f'{rid}: cue null but speaker given')
        notes = o['notes'] or ''
        cs, ce = o['content_start'], o['content_end']
        if o['kind'] == 'quote':
            before = raw[:cs].rstrip(' \u00a0')[-1:]
            after = raw[ce:].lstrip(' \u00a0')[:1]
            if before not in OPEN: errs.append(f'{rid}: quote not opened by a mark ({before!r})')
            if after not in CLOSE and 'never closed' not in notes:
                errs.append(f'{rid}: quote not closed by a mark ({after!r})')
            if any(ch in QMARKS for ch in o['content_text']) and 'incise' not in notes:
                errs.append(f'{rid}: quote mark inside quote content')
        for p in ('speaker', 'cue'):
            a, b = o[p + '_start'], o[p + '_end']
            if a is not None and cs <= a and b <= ce and 'incise' not in notes:
                errs.append(f'{rid}: {p} inside content without incise note')
    keys = [json.dumps({k: v for k, v in o.items() if k != 'id'}, sort_keys=True) for o in recs]
    if len(set(keys)) != len(keys): errs.append('duplicate records')
    return errs

if __name__ == '__main__':
    recs, raws = build()
    errs = check(recs, raws)
    if errs:
        print('\n'.join(errs)); sys.exit(1)
    with open(os.path.join(BASE, 'attributions.jsonl'), 'w', encoding='utf-8') as f:
        for o in recs:
            f.write(json.dumps(o, ensure_ascii=False) + '\n')
    # re-read and re-check what was written
    back = [json.loads(l) for l in open(os.path.join(BASE, 'attributions.jsonl'), encoding='utf-8')]
    assert back == recs and not check(back, raws)
    from collections import Counter
    c = Counter((o['doc'], o['kind']) for o in recs)
    for d in sorted(raws):
        print(d, 'quote', c[(d, 'quote')], 'reported', c[(d, 'reported')], 'total', c[(d, 'quote')] + c[(d, 'reported')])
    print('all', len(recs), 'records; checks passed')
