"""Second pass: list every sentence that holds a quote mark or a speech verb and no record."""
import json, os, re, glob
HERE = os.path.dirname(os.path.abspath(__file__))
recs = [json.loads(l) for l in open(os.path.join(HERE, "attributions.jsonl"), encoding="utf-8")]
STEMS = r"""déclar affirm assur précis annonc promi promett estim dénonc accus réclam demand indiqu selon \bdit\b \bdisent
écri rappel résum glisse confi rejet ajout savoir lancé raconté insist répond inquièt croi craint redout qualifi
juge \bpour\b interrog va\ plus\ loin cach montré anonymat communiqué confirm
said \bsay told tell warn insist admit call blam accord dismiss added claim promis announc fear hope ask statement
convinced supportive upbeat forgiving cautious authorised named argu
dijo dice decl según neg nieg anunci record advier advirt recomien asegur exig acus rechaz pid protest escrib
sostien reconoc defend resum confes añad comunicad inform tajante identific \bpara\b nombre""".split()
pat = re.compile("|".join(s.replace("\\ ", " ") for s in STEMS), re.I)
split = re.compile(r"(?<=[.!?»”\"])\s+(?=[«“\"A-ZÀ-ÝÉÁÍÓÚÑ¿¡])")
for path in sorted(glob.glob(os.path.join(HERE, "corpus", "*.txt"))):
    doc = os.path.basename(path)
    raw = open(path, encoding="utf-8").read()
    spans = [(r["sentence_start"], r["sentence_end"]) for r in recs if r["doc"] == doc]
    print("==", doc, len(spans), "records")
    pos = 0
    for line in raw.split("\n"):
        start = 0
        for m in list(split.finditer(line)) + [None]:
            end = m.start() if m else len(line)
            sent = line[start:end].strip()
            a = pos + start; b = pos + end
            if sent:
                covered = any(s < b and a < e for s, e in spans)
                hit = re.search(r"[«»“”\"]", sent) or pat.search(sent)
                if hit and not covered:
                    print(f"  [{a}] {sent}")
            if m: start = m.end()
        pos += len(line) + 1

print("\n== speech-verb hits inside covered sentences that fall outside every cue/speaker/content span")
for path in sorted(glob.glob(os.path.join(HERE, "corpus", "*.txt"))):
    doc = os.path.basename(path)
    raw = open(path, encoding="utf-8").read()
    rs = [r for r in recs if r["doc"] == doc]
    spans = set((r["sentence_start"], r["sentence_end"]) for r in rs)
    inner = [(r[p + "_start"], r[p + "_end"]) for r in rs for p in ("speaker", "cue", "content") if r[p + "_start"] is not None]
    for s, e in sorted(spans):
        for m in pat.finditer(raw, s, e):
            if m.end() > e: continue
            if not any(a <= m.start() < b for a, b in inner):
                print(f"  {doc} [{m.start()}] {m.group()!r}: …{raw[max(s, m.start()-50):m.end()+50]}…")
