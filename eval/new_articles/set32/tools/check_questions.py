import os
os.chdir(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import json, os, collections
rows = [json.loads(l) for l in open("questions.jsonl", encoding="utf-8")]
assert len(rows) == 48, len(rows)
ids = [r["id"] for r in rows]; assert len(set(ids)) == 48 and ids == [f"th{i:02d}" for i in range(1, 49)]
LANG = {"001": "fr", "002": "fr", "003": "en", "004": "en", "005": "es", "006": "es"}
errs = 0; same = 0; per = collections.defaultdict(collections.Counter); qlang = collections.Counter()
for r in rows:
    assert set(r) == {"id", "question", "language", "doc", "answerable", "short", "kind"}
    p = os.path.join("corpus", r["doc"]); assert os.path.exists(p), p
    raw = open(p, encoding="utf-8").read()
    if r["answerable"]:
        if not r["short"] or r["short"] not in raw: print("MISMATCH", r["id"], r["short"]); errs += 1
    else:
        assert r["short"] is None and r["kind"] in ("near-miss", "unanswerable")
    per[r["doc"]][r["kind"]] += 1; qlang[r["language"]] += 1
    same += r["language"] == LANG[r["doc"][:3]]
for d, c in sorted(per.items()): print(d, dict(c))
print("question languages", dict(qlang), "same-language", same, "cross", 48 - same, "errors", errs)
