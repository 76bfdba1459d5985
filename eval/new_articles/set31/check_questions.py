import json, os, collections
rows = [json.loads(l) for l in open("questions.jsonl", encoding="utf-8")]
assert len(rows) == 48, len(rows)
ids = [r["id"] for r in rows]; assert len(set(ids)) == 48 and ids == [f"tg{i:02d}" for i in range(1, 49)]
keys = ["id", "question", "language", "doc", "answerable", "short", "kind"]
lang_of = {}
err = 0
for r in rows:
    assert list(r) == keys, r
    p = os.path.join("corpus", r["doc"]); assert os.path.exists(p), p
    raw = open(p, encoding="utf-8").read()
    if r["answerable"]:
        n = raw.count(r["short"])
        if n == 0: print("NOT FOUND", r["id"], r["short"]); err += 1
    else:
        assert r["short"] is None and r["kind"] in ("near-miss", "unanswerable")
per = collections.defaultdict(collections.Counter)
for r in rows: per[r["doc"]][r["kind"]] += 1
for d, c in sorted(per.items()): print(d, dict(c))
artlang = {"001": "fr", "002": "en", "003": "es", "004": "fr", "005": "en", "006": "es"}
same = sum(r["language"] == artlang[r["doc"][:3]] for r in rows)
print("same-language:", same, "cross:", 48 - same, "by question language:", collections.Counter(r["language"] for r in rows))
print("errors:", err)
