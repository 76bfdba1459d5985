"""Write README.md into each new eval/datasets/<set>/ folder under ROOT (after build).

Usage: python3 gen_readmes.py ROOT
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path
from typing import Any


def table(stats: dict[str, Any], name: str) -> str:
    rows = ["| split | titles | paragraphs | questions | answerable | unanswerable | speech |",
            "| --- | ---: | ---: | ---: | ---: | ---: | ---: |"]
    for split in ("train", "dev", "eval", "all"):
        c = stats["sets"][name][split]
        rows.append(f"| {split} | {c['titles']} | {c['paragraphs']} | {c['questions']:,} | "
                    f"{c.get('answerable', 0):,} | {c.get('unanswerable', 0):,} | "
                    f"{c['speech']} |")
    return "\n".join(rows)


def files(meta: dict[str, Any], repo: str) -> str:
    rows = ["| file | bytes | sha256 | path in the repository | last changed in commit |",
            "| --- | ---: | --- | --- | --- |"]
    for fname, f in meta["files"].items():
        rows.append(f"| `{fname}` | {f['bytes']:,} | `{f['sha256']}` | `{f['source_path']}` | "
                    f"{f['last_changed_in']} ({f['last_changed_at'][:10]}) |")
    return (f"Fetched from GitHub `{repo}` at commit {meta['commit']} "
            f"({meta['commit_date'][:10]}, the default branch's HEAD of the snapshot); the "
            "data files are byte-identical to the repository's (sha256 below).\n\n"
            + "\n".join(rows))


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


LOADER = ("Loader: `reader_sets.py` (kept with the data-preparation notes; meant to move into the "
          "training package) turns every set into uniform records (question/context language, "
          "answer text and start always matching the context, -1 when unanswerable, title, "
          "split, `speech` flag).")

SPEECH = ("`speech` = the question asks for what someone said, by general rules only "
          "(`reader_sets.speech_cues`): a speech word in the question (said/stated/claimed/"
          "announced/according to; dit/déclaré/affirmé/selon/annoncé; dijo/declaró/afirmó/"
          "según ...), the answer inside an utterance-like quotation (« », “ ”, \"\"), or a "
          "speech word near the answer in its sentence. It is a coarse flag (roughly three "
          "in four flagged questions are about a statement, claim or quotation).")


def main() -> None:
    root = Path(sys.argv[1])
    out = root / "eval/datasets"
    stats = json.loads((root / "build_stats.json").read_text(encoding="utf-8"))
    meta = stats["meta"]
    rep = stats["repairs"]

    title = "# PIAF v1.1 (French extractive QA)"
    (out / "piaf-v1.1" / "README.md").write_text(f"""{title}

{files(meta["piaf-v1.1"], "psorianom/piaf-combo-huggingface")}

- Licence: **MIT**. PIAF was built by Etalab (DINUM) and published under MIT
  (`PIAF_LICENSE.txt`, "Copyright (c) 2020 DINUM/Etalab", the same file as in `../piaf/`,
  from `etalab-ia/piaf-code`). The repository this file comes from is also MIT
  (`REPO_LICENSE.txt`, "Copyright (c) 2020 Pavel Soriano"). Keep both notices with the data.
- Attribution: Keraron, Lancrenon, Bras, Allary, Moyse, Scialom, Soriano-Morales, Staiano,
  "Project PIAF: Building a Native French Question-Answering Dataset", LREC 2020. v1.1 is the
  release the PIAF team published on data.gouv.fr; this copy is the one
  `psorianom/piaf-combo-huggingface` (a PIAF team member's training repository) keeps.
- Format: SQuAD v1.1 JSON. 480 French Wikipedia articles, 1,518 paragraphs, 7,569 questions,
  all answerable. 1,724 questions carry 2 or 3 answers (extra annotations; 1,445 with two,
  279 with three).
- Superset of PIAF v1.0 (`../piaf/piaf-v1.0.json`): all 191 v1.0 titles and all 761 v1.0
  paragraphs are here; 3,801 of the 3,835 v1.0 question ids remain (34 are gone); 62 of the
  191 v1.0 articles gained paragraphs; 289 titles are new.
- Offsets: one answer's `answer_start` does not point at its text (article "Doris Day",
  id p140295202893328; the same error is in v1.0); 50 answers have leading or trailing
  whitespace. The loader moves/strips them ({rep["piaf-v1.1"]}).

## Split (`split.json`, by article title)

The v1.0 titles keep their side from `../piaf/split.json` (so v1.0 eval and dev stay eval and
dev, v1.0 train stays train); the 289 new titles are shuffled with seed 13
(`random.Random(13)`, sorted titles) and cut so that eval and dev each hold 48 titles
(10%): 29 new eval, 29 new dev, 231 new train. Counts after loading:

{table(stats, "piaf-v1.1")}

{SPEECH}

{LOADER}
""", encoding="utf-8")

    title = "# SQuAD 2.0 dev, CS224N half (English, with unanswerable questions)"
    (out / "squad2-dev" / "README.md").write_text(f"""{title}

{files(meta["squad2-dev"], "chrischute/squad")}

- What it is: the Stanford CS224N default-project copy of SQuAD 2.0 dev. It holds **16 of the
  35 official dev articles** (Normans, Computational_complexity_theory, Huguenot,
  Steam_engine, 1973_oil_crisis, European_Union_law, Packet_switching, Harvard_University,
  Yuan_dynasty, Immune_system, Scottish_Parliament, Islamism, Imperialism, Warsaw,
  French_and_Indian_War, Force): 646 paragraphs, 6,078 questions, 2,910 answerable (every one
  with 2+ reference answers, as in the official dev), 3,168 unanswerable (`is_impossible`,
  with `plausible_answers`). The other 19 articles are in the repository's
  `data/test-v2.0.json` with the answers removed (plus an extra "Miscellaneous" article); it is
  not copied.
- Question ids are **re-hashed** (25 hex digits), not the official SQuAD ids; texts,
  contexts and answers are the official ones (78 of the 80 XQuAD paragraphs of these 16
  articles occur here verbatim). All answer offsets match their text.
- Licence: **CC BY-SA 4.0** (SQuAD; Wikipedia text). Legal code in `CC-BY-SA4.0.txt` (the
  same licence text, copied from `google-deepmind/xquad`). The repository's own `LICENSE`
  (MIT, "Copyright (c) 2019 Christopher Chute", copied as `REPO_LICENSE.txt`) covers its
  starter code, not SQuAD. ShareAlike: anything derived from these questions and paragraphs
  (e.g. `../squad-es-dev-small/squad-en-es.json`) is CC BY-SA 4.0 too.
- Attribution: Rajpurkar, Jia, Liang, "Know What You Don't Know: Unanswerable Questions for
  SQuAD", ACL 2018; subset prepared by the CS224N staff (github.com/chrischute/squad).

## Split (`split.json`, by article title)

One split of the SQuAD dev articles is shared by `squad2-dev`, `squad-es-dev-small` and
`xquad`, so an article (and its translations) is on the same side everywhere: its 16 articles
are shuffled with seed 13 and cut 2 eval / 2 dev / 12 train (rule and groups in `split.json`).

{table(stats, "squad2-dev")}

{SPEECH}

{LOADER}
""", encoding="utf-8")

    es_dir = out / "squad-es-dev-small"
    title = "# SQuAD-es v2.0 dev, small (Spanish, machine-translated SQuAD 2.0 dev)"
    (es_dir / "README.md").write_text(f"""{title}

{files(meta["squad-es-dev-small"], "ccasimiro88/TranslateAlignRetrieve")}

- What it is: SQuAD 2.0 dev machine-translated into Spanish with the Translate-Align-Retrieve
  method; "small" keeps the questions whose answer could be found in the translated paragraph
  without alignment (cleaner, about 60% of the questions). **All 35 official dev articles**,
  1,192 paragraphs (official: 1,204), 7,134 questions: 3,878 answerable, 3,256 unanswerable.
  Question ids are the **official SQuAD ids**.
- Titles are machine-translated, some badly (`Universidad` = Harvard_University, `Motor` =
  Steam_engine, `Número Prime` = Prime_number); `split.json` maps each to its English title
  (`english_titles`, found through the ids SQuAD-es shares with XQuAD: 35/35 unambiguous).
- Answers: reference answers the method could not place are **placeholders**
  (`{{"text": "", "answer_start": -1}}`): {rep["squad-es-dev-small"]
  .get("answer-placeholder-dropped", 0):,} of them, in 1,323 questions (661 questions have a
  placeholder as their first answer; none has only placeholders). Beware: `context[-1:-1] ==
  ""`, so a naive offset check passes them. 13 answers have surrounding whitespace. The loader
  drops placeholders and strips whitespace. Some Spanish spans are wrong translations of the
  English answer (e.g. "formal" for "informal", "natural" for "unnatural").
- Licence: **CC BY 4.0** (the repository's README: "The SQuAD-es dataset is licensed under
  the CC BY 4.0 license", https://creativecommons.org/licenses/by/4.0/legalcode; no legal
  text in the repository). `REPO_LICENSE.txt` is the repository's `LICENSE` file, an unfilled
  MIT template ("Copyright (c) [year] [fullname]") while its README says the code is GPLv3: it
  concerns the code, not the data. Note SQuAD itself is CC BY-SA 4.0.
- Attribution: Carrino, Costa-jussà, Fonollosa, "Automatic Spanish Translation of SQuAD
  Dataset for Multi-lingual Question Answering", LREC 2020 (arXiv:1912.05200); translation of
  SQuAD 2.0 (Rajpurkar, Jia, Liang, ACL 2018).

## Split (`split.json`, by article title)

Shared with `squad2-dev` and `xquad` (an article is on one side in all three): the 16
squad2-dev articles 12/2/2, the 19 others 15/2/2 (seed 13), so 27 train / 4 dev / 4 eval.

{table(stats, "squad-es-dev-small")}

## Cross-lingual pairs (derived files)

- `en-es-alignment.json` ({(es_dir / "en-es-alignment.json").stat().st_size:,} bytes, sha256
  `{sha(es_dir / "en-es-alignment.json")}`): every Spanish question of the 16 articles shared with
  `../squad2-dev/` matched to its English original (3,797 rows: en id, es id, titles,
  paragraph indexes, is_impossible, question similarity, answer overlap, answer position gap,
  id-step check). Made by `reader_sets.align_squad_en_es` (article by title, paragraphs in
  order, questions as an ordered subset within answerable/unanswerable, scored by a small
  en-es word lexicon learnt from XQuAD and from the unambiguous groups, answer overlap and
  position, consecutive ids). Checked: 234/234 questions anchored by XQuAD (same English
  question text, official id) right; no error among about 90 hand-checked ones (the 25 least
  similar, 25 random, 40 least consistent answers); 98.7% of answerable and 99.2% of
  unanswerable pairs have answers at the same relative place (within 20% of the paragraph)
  or lexically matching. The English ids match none of the Spanish ones (re-hashed).
- `squad-en-es.json` ({(es_dir / "squad-en-es.json").stat().st_size:,} bytes, sha256
  `{sha(es_dir / "squad-en-es.json")}`): SQuAD 2.0 format, the English question over the
  Spanish paragraph with the Spanish answers (ids `<official id>/en-es`; placeholders dropped).
  Licence CC BY-SA 4.0 (English questions are CC BY-SA).

{table(stats, "squad-en-es")}

{SPEECH}

{LOADER}
""", encoding="utf-8")

    title = "# XQuAD (en, es, de): parallel SQuAD v1.1 dev paragraphs"
    (out / "xquad" / "README.md").write_text(f"""{title}

{files(meta["xquad"], "google-deepmind/xquad")}

- What it is: 240 paragraphs (5 from each of the 48 SQuAD v1.1 dev articles) and their 1,190
  questions, professionally translated; every file has the same 48 titles, 240 paragraphs
  and 1,190 question ids **in the same order** (checked by `reader_sets.check_parallel` for
  en/es/de). All answerable, one answer each, all offsets match.
- Cross-lingual use: English question + Spanish paragraph + Spanish answer
  (`reader_sets.xquad_en_es_pairs`, ids `<id>/en-es`).
- Overlap with the other sets: 35 of the 48 articles are SQuAD 2.0 dev articles (all 35 in
  `../squad-es-dev-small`, 16 in `../squad2-dev`, where 78 of their 80 XQuAD paragraphs occur
  verbatim), hence the shared split below.
- Licence: **CC BY-SA 4.0** (`CC-BY-SA4.0.txt`, from the repository).
- Attribution: Artetxe, Ruder, Yogatama, "On the Cross-lingual Transferability of Monolingual
  Representations", ACL 2020; built on SQuAD v1.1 (Rajpurkar et al., EMNLP 2016). The
  authors mean XQuAD as a zero-shot evaluation set.

## Split (`split.json`, by article title)

36 train / 6 dev / 6 eval, consistent with `squad2-dev` and `squad-es-dev-small`: the 16
squad2-dev articles 12/2/2, the 19 other SQuAD 2.0 dev articles 15/2/2, the 13 XQuAD-only
articles 9/2/2 (each group shuffled with seed 13).

English:

{table(stats, "xquad-en")}

English question over Spanish paragraph:

{table(stats, "xquad-en-es")}

Spanish: {stats["sets"]["xquad-es"]["all"]["speech"]} speech questions; German:
{stats["sets"]["xquad-de"]["all"]["speech"]}.

{SPEECH}

{LOADER}
""", encoding="utf-8")


if __name__ == "__main__":
    main()
