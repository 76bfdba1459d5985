"""Build eval/datasets/{piaf-v1.1,squad2-dev,squad-es-dev-small,xquad}/ under OUT_ROOT.

Usage (from this folder): python3 build_datasets.py OUT_ROOT [PROJECT_ROOT]

Files come from git clones of the four source repositories under $MIRRORS (default
/work/.mirror), one folder per repository named ``<owner>+<name>`` (git show HEAD:path), are
written byte for byte and checked by sha256. PROJECT_ROOT (default: this repository) is read
for the PIAF v1.0 split. Also writes OUT_ROOT/build_stats.json (the counts in the READMEs).
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import reader_sets as rs

from rag.eval.qa_sets import counts

MIRROR = Path(os.environ.get("MIRRORS", "/work/.mirror"))
PROJECT = Path(__file__).resolve().parents[3]
SEED = 13  # the project's SPLIT_SEED (rag reader_data / eval.datasets)


SOURCES: dict[str, dict[str, Any]] = {
    "piaf-v1.1": {
        "git": MIRROR / "psorianom+piaf-combo-huggingface/repo/.git",
        "repo": "psorianom/piaf-combo-huggingface",
        "files": {"data/piaf-v1.1.json":
                  "7f5b670ba07fed1ae093d7ff6b3be5529dce189d65e14cf81535ebbc4fcce54c"},
        "license_files": {"LICENSE": "REPO_LICENSE.txt"},
    },
    "squad2-dev": {
        "git": MIRROR / "chrischute+squad/repo/.git",
        "repo": "chrischute/squad",
        "files": {"data/dev-v2.0.json":
                  "e67e5969b6dc6c1642154740806b79263b77fc048c7c11ee60d534eb48ef81e8"},
        "license_files": {"LICENSE": "REPO_LICENSE.txt"},
    },
    "squad-es-dev-small": {
        "git": MIRROR / "ccasimiro88+TranslateAlignRetrieve/repo",
        "repo": "ccasimiro88/TranslateAlignRetrieve",
        "files": {"SQuAD-es-v2.0/dev-v2.0-es_small.json":
                  "4d01dbbff861700873ac88cc32cd80b5d328d4a968bae5f08318133c00c7b229"},
        "license_files": {"LICENSE": "REPO_LICENSE.txt"},
    },
    "xquad": {
        "git": MIRROR / "google-deepmind+xquad/repo",
        "repo": "google-deepmind/xquad",
        "files": {
            "xquad.en.json": "e4c57d1c9143aaa1c5d265ba5987a65f4e69528d2a98f29d6e75019b10344f29",
            "xquad.es.json": "dcbae93ec3a9f4b9e78fd834a171d6f96c1a875e10e15b7530b7e4ef4971e37e",
            "xquad.de.json": "990b5d746746ed65ed4702ea5f35f99ffa4e2f1c390c07d003642acd937916f9",
        },
        "license_files": {"CC-BY-SA4.0.txt": "CC-BY-SA4.0.txt"},
    },
}


def git(gitdir: Path, *args: str) -> bytes:
    """``git --git-dir`` of a clone: ``gitdir`` or its parents' ``.git``/bare forms."""
    tries = [gitdir, gitdir.parent, gitdir.parent / ".git", gitdir.parent.parent / "repo",
             gitdir.parent.parent]
    found = next((t for t in tries if (t / "HEAD").is_file()), gitdir)
    return subprocess.run(["git", f"--git-dir={found}", *args], check=True,
                          capture_output=True).stdout


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def fetch_files(out: Path) -> dict[str, Any]:
    meta: dict[str, Any] = {}
    for name, src in SOURCES.items():
        folder = out / name
        folder.mkdir(parents=True, exist_ok=True)
        head = git(src["git"], "rev-parse", "HEAD").decode().strip()
        head_date = git(src["git"], "log", "-1", "--format=%cI", "HEAD").decode().strip()
        files = {}
        for path, want in src["files"].items():
            data = git(src["git"], "show", f"HEAD:{path}")
            if sha256(data) != want:
                raise SystemExit(f"{name}: {path} sha256 changed")
            last = git(src["git"], "log", "-1", "--format=%H %cI", "--", path).decode().split()
            (folder / Path(path).name).write_bytes(data)
            files[Path(path).name] = {"source_path": path, "bytes": len(data), "sha256": want,
                                      "last_changed_in": last[0], "last_changed_at": last[1]}
        for path, dest in src["license_files"].items():
            (folder / dest).write_bytes(git(src["git"], "show", f"HEAD:{path}"))
        meta[name] = {"repo": src["repo"], "commit": head, "commit_date": head_date,
                      "files": files}
    # SQuAD 2.0 is CC BY-SA 4.0 like XQuAD: the same legal code text, from the XQuAD repo.
    shutil.copy(out / "xquad" / "CC-BY-SA4.0.txt", out / "squad2-dev" / "CC-BY-SA4.0.txt")
    return meta


def write_split(path: Path, body: dict[str, Any]) -> None:
    path.write_text(json.dumps(body, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def piaf_split(out: Path, project: Path) -> dict[str, Any]:
    old = json.loads((project / "eval/datasets/piaf/split.json").read_text(encoding="utf-8"))
    old_titles: dict[str, list[str]] = old["titles"]
    data = rs.read_json(out / "piaf-v1.1" / "piaf-v1.1.json")
    titles = [str(a["title"]) for a in data["data"]]
    kept = {t for ts in old_titles.values() for t in ts}
    missing = kept - set(titles)
    if missing:
        raise SystemExit(f"PIAF v1.0 titles missing from v1.1: {sorted(missing)[:5]}")
    new = sorted(set(titles) - kept)
    n = len(set(titles))
    n_eval = round(n * 0.1) - len(old_titles["eval"])
    n_dev = round(n * 0.1) - len(old_titles["dev"])
    fresh = rs.title_split(new, SEED, n_eval, n_dev)
    split = {s: sorted(old_titles[s] + fresh[s]) for s in rs.SPLITS}
    return {
        "source": "PIAF v1.1 (piaf-v1.1.json)",
        "sha256": SOURCES["piaf-v1.1"]["files"]["data/piaf-v1.1.json"],
        "seed": SEED,
        "shares": {"train": 0.8, "dev": 0.1, "eval": 0.1},
        "rule": ("The 191 PIAF v1.0 titles keep their side from eval/datasets/piaf/split.json "
                 f"(sha256 {old['sha256'][:12]}...). The {len(new)} titles new in v1.1: sorted, "
                 f"random.Random({SEED}).shuffle, first {n_eval} eval, next {n_dev} dev, rest "
                 "train (reader_sets.title_split), so that eval and dev each hold "
                 "round(10%) of all titles."),
        "from_v1.0": {s: len(old_titles[s]) for s in rs.SPLITS},
        "new_in_v1.1": {s: len(fresh[s]) for s in rs.SPLITS},
        "titles": split,
    }


def squad_family_split(out: Path) -> dict[str, dict[str, str]]:
    """English SQuAD title -> split, shared by squad2-dev, squad-es-dev-small and xquad."""
    xq = [str(a["title"]) for a in rs.read_json(out / "xquad" / "xquad.en.json")["data"]]
    sq = [str(a["title"]) for a in rs.read_json(out / "squad2-dev" / "dev-v2.0.json")["data"]]
    es_map = rs.squad_es_english_titles(out.parent.parent)
    es_en = sorted(es_map.values())
    group_a = sorted(sq)
    group_b = sorted(set(es_en) - set(sq))
    group_c = sorted(set(xq) - set(es_en) - set(sq))
    if set(sq) - set(xq) or set(es_en) - set(xq) or len(es_map) != 35:
        raise SystemExit("SQuAD titles are not all XQuAD titles")
    side: dict[str, str] = {}
    groups = {}
    for label, group in (("A", group_a), ("B", group_b), ("C", group_c)):
        split = rs.title_split(group, SEED, 2, 2)
        groups[label] = split
        for s, ts in split.items():
            for t in ts:
                side[t] = s
    return {"side": side, "groups": groups, "es_map": es_map}  # type: ignore[dict-item]


SQUAD_RULE = (
    "One split of the SQuAD v1.1 dev articles (English titles) shared by squad2-dev, "
    "squad-es-dev-small and xquad, so that an article (and its translations) is on the same "
    "side everywhere. The 48 XQuAD titles fall in three groups: A = the 16 articles of "
    "squad2-dev (also in SQuAD-es and XQuAD), B = the 19 other SQuAD 2.0 dev articles (in "
    "SQuAD-es and XQuAD), C = the 13 XQuAD-only articles. Each group: sorted, "
    f"random.Random({SEED}).shuffle, first 2 eval, next 2 dev, rest train "
    "(reader_sets.title_split). Totals: squad2-dev 12/2/2, squad-es-dev-small 27/4/4, "
    "xquad 36/6/6 (train/dev/eval). SQuAD-es titles are machine translations "
    "(e.g. 'Universidad' = Harvard_University); english_titles maps them, found through "
    "the original question ids SQuAD-es shares with XQuAD."
)


def squad_splits(out: Path, fam: dict[str, Any]) -> dict[str, dict[str, Any]]:
    side: dict[str, str] = fam["side"]
    es_map: dict[str, str] = fam["es_map"]
    bodies = {}
    groups = dict(fam["groups"])
    sq = [str(a["title"]) for a in rs.read_json(out / "squad2-dev" / "dev-v2.0.json")["data"]]
    xq = [str(a["title"]) for a in rs.read_json(out / "xquad" / "xquad.en.json")["data"]]
    for name, titles, sha_key in (("squad2-dev", sq, "data/dev-v2.0.json"),
                                  ("xquad", xq, "xquad.en.json")):
        bodies[name] = {
            "source": name, "sha256": SOURCES[name]["files"][sha_key], "seed": SEED,
            "shares": {"train": 0.8, "dev": 0.1, "eval": 0.1}, "rule": SQUAD_RULE,
            "groups": groups,
            "titles": {s: sorted(t for t in titles if side[t] == s) for s in rs.SPLITS},
        }
    es_titles = list(es_map)
    bodies["squad-es-dev-small"] = {
        "source": "squad-es-dev-small",
        "sha256": SOURCES["squad-es-dev-small"]["files"]["SQuAD-es-v2.0/dev-v2.0-es_small.json"],
        "seed": SEED, "shares": {"train": 0.8, "dev": 0.1, "eval": 0.1}, "rule": SQUAD_RULE,
        "groups": groups, "english_titles": es_map,
        "titles": {s: sorted(t for t in es_titles if side[es_map[t]] == s) for s in rs.SPLITS},
    }
    return bodies


def main() -> None:
    out_root = Path(sys.argv[1]).resolve()
    project = Path(sys.argv[2]) if len(sys.argv) > 2 else PROJECT
    out = out_root / rs.DATASETS_DIR
    meta = fetch_files(out)
    shutil.copy(project / "eval/datasets/piaf/PIAF_LICENSE.txt",
                out / "piaf-v1.1" / "PIAF_LICENSE.txt")
    body = piaf_split(out, project)
    write_split(out / "piaf-v1.1" / "split.json", body)
    fam = squad_family_split(out)
    for name, b in squad_splits(out, fam).items():
        write_split(out / name / "split.json", b)
    # cross-lingual SQuAD pairs
    alignments = rs.align_squad_en_es(out_root)
    align_body = {
        "about": ("English SQuAD 2.0 half-dev questions (squad2-dev/dev-v2.0.json, ids "
                  "re-hashed by CS224N) matched to SQuAD-es dev small questions (original "
                  "SQuAD ids) by reader_sets.align_squad_en_es; one row per Spanish question "
                  "of the 16 shared articles."),
        "fields": ["en_id", "es_id", "en_title", "es_title", "en_paragraph", "es_paragraph",
                   "is_impossible", "question_sim", "answer_overlap", "position_gap",
                   "id_step_ok"],
        "rows": [[a.en_id, a.es_id, a.en_title, a.es_title, a.en_paragraph, a.es_paragraph,
                  a.is_impossible, a.question_sim, a.answer_overlap, a.position_gap,
                  a.id_step_ok] for a in alignments],
    }
    (out / "squad-es-dev-small" / "en-es-alignment.json").write_text(
        json.dumps(align_body, ensure_ascii=False) + "\n", encoding="utf-8")
    pairs = rs.squad_en_es_pairs(out_root, alignments=alignments)
    (out / "squad-es-dev-small" / "squad-en-es.json").write_text(
        json.dumps(rs.to_squad_json(pairs), ensure_ascii=False) + "\n", encoding="utf-8")
    # statistics
    stats: dict[str, Any] = {"meta": meta, "sets": {}, "repairs": {}}
    for name in rs.SET_NAMES:
        repairs: Counter[str] = Counter()
        recs = rs.load_set(out_root, name, stats=repairs)
        stats["sets"][name] = counts(recs)
        stats["repairs"][name] = dict(repairs)
        stats.setdefault("speech_cues", {})[name] = dict(
            Counter(c for r in recs for c in r.speech_cues))
    (out_root / "build_stats.json").write_text(json.dumps(stats, indent=1, ensure_ascii=False)
                                               + "\n", encoding="utf-8")
    print(json.dumps(stats["sets"], indent=None)[:3000])


if __name__ == "__main__":
    main()
