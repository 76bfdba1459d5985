"""Attribution extraction against the hand-made list ``eval/attributions.jsonl``.

``python -m rag.eval.attributions_bench`` extracts the attributions of every article of
the corpus folder (the ingest rules, no index needed) and scores them against the gold
list: a predicted attribution matches a gold one when their content spans overlap with an
IoU of at least 0.5 and their resolved speakers agree (folded, without a leading
determiner: equal, or one holds the other as whole words; both ``None`` agree). Matching is
one to one, best overlap first, per article. Precision is matched / predicted, recall
matched / gold. The report (``eval/reports/attributions.md``) lists every miss and every
extra attribution, so a reviewer can tell a wrong rule from a wrong gold record.
"""

from __future__ import annotations

import argparse
import json
import re
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rag import lang
from rag.errors import DatasetError
from rag.ingest.attributions import Attribution, extract_attributions
from rag.ingest.load import load_corpus
from rag.ingest.speakers import fold

REPO = Path(__file__).resolve().parents[2]
GOLD = REPO / "eval" / "attributions.jsonl"
REPORT = REPO / "eval" / "reports" / "attributions.md"
MIN_IOU = 0.5


def load_gold(path: Path) -> list[dict[str, Any]]:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
        return [json.loads(line) for line in lines if line.strip()]
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as e:
        raise DatasetError(
            f"cannot read the attribution list {path} ({e}): give a JSONL file "
            "in the format of eval/attributions.md"
        ) from e


def norm_speaker(name: str | None) -> str | None:
    """Folded, one space between words, without a leading determiner (any language)."""
    if name is None:
        return None
    words = re.sub(r"[’']", "' ", fold(name)).split()
    dets = {d for language in lang.all_languages() for d in language.attribution.determiners}
    while len(words) > 1 and words[0] in dets:
        words = words[1:]
    return " ".join(words).replace("' ", "'")


def same_speaker(a: str | None, b: str | None) -> bool:
    x, y = norm_speaker(a), norm_speaker(b)
    if x is None or y is None:
        return x is y
    return x == y or f" {x} " in f" {y} " or f" {y} " in f" {x} "


def iou(a: tuple[int, int], b: tuple[int, int]) -> float:
    inter = max(0, min(a[1], b[1]) - max(a[0], b[0]))
    union = max(a[1], b[1]) - min(a[0], b[0])
    return inter / union if union else 0.0


@dataclass
class Score:
    predicted: int = 0
    gold: int = 0
    matched: int = 0
    content_only: int = 0  # the content matched, the speaker did not
    seconds: float = 0.0
    misses: list[dict[str, Any]] = field(default_factory=list)
    extra: list[Attribution] = field(default_factory=list)
    wrong_speaker: list[tuple[dict[str, Any], Attribution]] = field(default_factory=list)
    by_kind: dict[str, list[int]] = field(default_factory=dict)  # kind -> [matched, gold]

    @property
    def precision(self) -> float:
        return self.matched / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 0.0


def score(gold: list[dict[str, Any]], predicted: dict[str, list[Attribution]]) -> Score:
    out = Score(gold=len(gold), predicted=sum(len(v) for v in predicted.values()))
    for doc in sorted({g["doc"] for g in gold} | set(predicted)):
        golds = [g for g in gold if g["doc"] == doc]
        preds = predicted.get(doc, [])
        pairs = sorted(
            (
                (
                    iou((g["content_start"], g["content_end"]), (p.content.start, p.content.end)),
                    gi,
                    pi,
                )
                for gi, g in enumerate(golds)
                for pi, p in enumerate(preds)
            ),
            reverse=True,
        )
        used_g: set[int] = set()
        used_p: set[int] = set()
        for overlap, gi, pi in pairs:
            if (
                overlap < MIN_IOU
                or gi in used_g
                or pi in used_p
                or not same_speaker(golds[gi]["speaker"], preds[pi].speaker)
            ):
                continue
            used_g.add(gi)
            used_p.add(pi)
        out.matched += len(used_g)
        for gi, g in enumerate(golds):
            kind = out.by_kind.setdefault(g["kind"], [0, 0])
            kind[1] += 1
            kind[0] += gi in used_g
            if gi not in used_g:
                out.misses.append(g)
                near = [
                    preds[pi]
                    for o, gj, pi in pairs
                    if gj == gi and o >= MIN_IOU and pi not in used_p
                ]
                if near:
                    out.content_only += 1
                    out.wrong_speaker.append((g, near[0]))
        out.extra += [p for pi, p in enumerate(preds) if pi not in used_p]
    return out


def run(corpus: Path, gold_path: Path) -> Score:
    gold = load_gold(gold_path)
    docs = load_corpus((corpus.resolve(),), errors=[])
    started = time.perf_counter()
    predicted = {d.doc_id: extract_attributions(d) for d in docs}
    elapsed = time.perf_counter() - started
    result = score(gold, predicted)
    result.seconds = elapsed
    return result


def _short(text: str | None, n: int = 90) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= n else text[: n - 1] + "…"


def report(s: Score, command: str, gold: str = "eval/attributions.jsonl") -> str:
    lines = [
        f"# Attribution extraction vs `{gold}`",
        "",
        f"Command: `{command}`",
        "",
        f"Match: content IoU ≥ {MIN_IOU} and the same resolved speaker (see eval/attributions.md).",
        "",
        "| measure | value |",
        "|---|---|",
        f"| gold attributions | {s.gold} |",
        f"| predicted | {s.predicted} |",
        f"| matched | {s.matched} |",
        f"| **precision** | **{s.precision:.3f}** |",
        f"| **recall** | **{s.recall:.3f}** |",
        f"| content found, speaker wrong | {s.content_only} |",
        f"| extraction time, 5 articles (rules only) | {s.seconds * 1000:.0f} ms |",
        "",
        "| kind | matched / gold |",
        "|---|---|",
        *(f"| {k} | {m} / {n} |" for k, (m, n) in sorted(s.by_kind.items())),
        "",
        "## Missed gold attributions",
        "",
    ]
    wrong = {id(g): p for g, p in s.wrong_speaker}
    for g in s.misses:
        found = wrong.get(id(g))
        said = f" — found with speaker {found.speaker!r} ({found.resolved_by})" if found else ""
        lines.append(
            f"- {g['id']} ({g['doc'][:3]}, {g['kind']}): {g['speaker']!r} "
            f"[{_short(g['speaker_text'], 40)}] “{_short(g['content_text'])}”{said}"
        )
    lines += ["", "## Predicted attributions that match no gold record", ""]
    for p in s.extra:
        lines.append(
            f"- {p.doc_id[:3]} {p.kind}: {p.speaker!r} ({p.resolved_by}) "
            f"[{_short(p.speaker_span.text if p.speaker_span else None, 40)}] "
            f"“{_short(p.content.text)}”"
        )
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=REPO / "corpus")
    parser.add_argument("--gold", type=Path, default=GOLD)
    parser.add_argument("--report", type=Path, default=REPORT, help="'-' prints it only")
    args = parser.parse_args(argv)
    s = run(args.corpus, args.gold)
    named = args.gold.resolve()
    named_str = str(named.relative_to(REPO)) if named.is_relative_to(REPO) else str(named)
    command = "python -m rag.eval.attributions_bench" + (
        f" --corpus {args.corpus} --gold {args.gold}" if named != GOLD.resolve() else "")
    text = report(s, command, named_str)
    if str(args.report) != "-":
        args.report.parent.mkdir(parents=True, exist_ok=True)
        args.report.write_text(text, encoding="utf-8")
    print(
        f"precision {s.precision:.3f}  recall {s.recall:.3f}  ({s.matched} matched, "
        f"{s.predicted} predicted, {s.gold} gold)"
    )


if __name__ == "__main__":
    main()
