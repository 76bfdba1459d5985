import json, os, collections
rows = [json.loads(l) for l in open("questions.jsonl", encoding="utf-8")]
assert len(rows) == 48, len(rows)
ids = [r["id"] for r in rows]; assert len(set(ids)) == 48 and ids == [f"ti{i:02d}" for i in range(1,49)]
keys = ["id","question","language","doc","answerable","short","kind"]
ART_LANG = {}
bad = 0
for r in rows:
    assert list(r) == keys, r
    p = os.path.join("corpus", r["doc"]); assert os.path.exists(p), p
    raw = open(p, encoding="utf-8").read()
    ART_LANG[r["doc"]] = {"001":"fr","002":"en","003":"es","004":"fr","005":"en","006":"es"}[r["doc"][:3]]
    if r["answerable"]:
        if not r["short"] or r["short"] not in raw:
            print("MISMATCH", r["id"], r["short"]); bad += 1
    else:
        assert r["short"] is None and r["kind"] in ("near-miss","unanswerable"), r
kinds = collections.Counter((r["doc"][:3], r["kind"]) for r in rows)
for d in sorted({r["doc"] for r in rows}):
    print(d, {k: v for (dd, k), v in kinds.items() if dd == d[:3]})
same = sum(r["language"] == ART_LANG[r["doc"]] for r in rows)
print("question languages:", collections.Counter(r["language"] for r in rows), "same-language:", same, f"different: {48-same} ({(48-same)/48:.1%})")
print("mismatches:", bad)
