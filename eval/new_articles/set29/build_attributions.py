"""Find offsets for the hand-chosen attributions in attributions_data.py and write attributions.jsonl.
Stops on any text that is not found or is ambiguous. Then checks every record."""
import json, re, sys
from attributions_data import RECORDS

LANG = {'001': 'fr', '002': 'en', '003': 'es', '004': 'fr', '005': 'en', '006': 'es'}
OPEN, CLOSE = '«“"', '»”"'

def die(msg):
    sys.exit('STOP: ' + msg)

def nb(doc, s):
    """004 has U+00A0 inside « »: the chosen texts are typed with plain spaces."""
    if s is None or not doc.startswith('004'):
        return s
    return s.replace('« ', '«\u00a0').replace(' »', '\u00a0»')

def unique(hay, needle, what):
    n = hay.count(needle)
    if n != 1:
        die(f'{what}: {needle!r} occurs {n} times')
    return hay.index(needle)

def locate(doc, raw, s0, sent, item, what):
    if item is None:
        return None, None, None
    if isinstance(item, tuple):
        text, ctx = nb(doc, item[0]), nb(doc, item[1])
        c = unique(sent, ctx, f'{doc} {what} context')
        start = s0 + c + unique(ctx, text, f'{doc} {what} in context')
    else:
        text = nb(doc, item)
        start = s0 + unique(sent, text, f'{doc} {what}')
    end = start + len(text)
    assert raw[start:end] == text
    return text, start, end

raws = {}
out = []
for i, r in enumerate(RECORDS, 1):
    doc = r['doc']
    raw = raws.setdefault(doc, open('corpus/' + doc, encoding='utf-8').read())
    sent = nb(doc, r['sent'])
    s0 = unique(raw, sent, f'{doc} sentence')
    spk = locate(doc, raw, s0, sent, r['spk'], 'speaker')
    cue = locate(doc, raw, s0, sent, r['cue'], 'cue')
    con = locate(doc, raw, s0, sent, r['content'], 'content')
    out.append({
        'id': f'g{i:03d}', 'doc': doc, 'kind': r['kind'],
        'speaker_text': spk[0], 'speaker_start': spk[1], 'speaker_end': spk[2],
        'speaker': r['speaker'], 'speaker_title': r['title'],
        'cue_text': cue[0], 'cue_start': cue[1], 'cue_end': cue[2],
        'content_text': con[0], 'content_start': con[1], 'content_end': con[2],
        'sentence_start': s0, 'sentence_end': s0 + len(sent),
        'language': LANG[doc[:3]], 'notes': r['notes'],
    })

# ---------------- checks ----------------
errors = []
seen = set()
for n, o in enumerate(out, 1):
    raw = raws[o['doc']]
    rid = o['id']
    if rid != f'g{n:03d}':
        errors.append((rid, 'id not consecutive'))
    ss, se = o['sentence_start'], o['sentence_end']
    if '\n' in raw[ss:se]:
        errors.append((rid, 'sentence crosses a line break'))
    if raw[se - 1] not in '.»”"!?':
        errors.append((rid, 'sentence does not end on punctuation'))
    if ss > 0 and raw[ss - 1] not in ' \n':
        errors.append((rid, 'sentence does not start at a sentence boundary'))
    for f in ('speaker', 'cue', 'content'):
        t, a, b = o[f + '_text'], o[f + '_start'], o[f + '_end']
        if t is None:
            if f == 'content':
                errors.append((rid, 'no content'))
            continue
        if raw[a:b] != t:
            errors.append((rid, f + ' span mismatch'))
        if not (ss <= a and b <= se):
            errors.append((rid, f + ' outside sentence'))
        if t != t.strip() or t.strip('\u00a0') != t:
            errors.append((rid, f + ' has outer whitespace'))
    if o['kind'] == 'reported' and o['cue_text'] is None:
        errors.append((rid, 'reported without cue'))
    cs, ce = o['content_start'], o['content_end']
    inner = o['content_text']
    if o['kind'] == 'quote':
        b = cs - 1
        while raw[b] in ' \u00a0':
            b -= 1
        a = ce
        while raw[a] in ' \u00a0':
            a += 1
        if raw[b] not in OPEN or raw[a] not in CLOSE:
            errors.append((rid, 'quote content not bounded by quote marks'))
        if any(ch in inner for ch in '«»“”"') and 'incise' not in (o['notes'] or ''):
            errors.append((rid, 'quote mark inside quote content without incise note'))
    for f in ('speaker', 'cue'):
        a, b = o[f + '_start'], o[f + '_end']
        if a is not None and cs <= a and b <= ce and 'incise' not in (o['notes'] or ''):
            errors.append((rid, f + ' inside content without incise note'))
    key = (o['doc'], o['kind'], o['content_start'], o['content_end'], o['speaker'])
    if key in seen:
        errors.append((rid, 'duplicate record'))
    seen.add(key)

with open('attributions.jsonl', 'w', encoding='utf-8') as f:
    for o in out:
        f.write(json.dumps(o, ensure_ascii=False) + '\n')
# re-read: every line must be exactly json.dumps(..., ensure_ascii=False)
for line, o in zip(open('attributions.jsonl', encoding='utf-8').read().splitlines(), out):
    if line != json.dumps(json.loads(line), ensure_ascii=False):
        errors.append((o['id'], 'line not written with json.dumps(ensure_ascii=False)'))

from collections import Counter
per = Counter((o['doc'], o['kind']) for o in out)
for d in sorted(raws):
    print(d, 'quote', per[(d, 'quote')], 'reported', per[(d, 'reported')], 'total', per[(d, 'quote')] + per[(d, 'reported')])
print('records', len(out))
print('errors:', errors if errors else 'none')
sys.exit(1 if errors else 0)
