"""Tables, the Markdown report and the PNG plot of an evaluation run."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from rag.eval.evaluate import ItemResult
from rag.eval.metrics import LABELS, METRICS

PLOT_NAME = "eval-plot.png"
COLUMNS = (*METRICS[: METRICS.index("short_em")], "short_n", *METRICS[METRICS.index("short_em"):])
"""Table columns after ``group`` and ``n``: the metrics, with the count of items that have a
reference short answer just before the short-answer EM and F1."""


def _fmt(value: Any) -> str:
    if value is None:
        return "–"
    if isinstance(value, float):
        return f"{value:.3f}"
    return str(value)


def table_rows(
    breakdown: dict[str, Any], *, label: str = "all"
) -> list[tuple[str, dict[str, Any]]]:
    """Rows ``(name, metrics)``: the whole group, then each language, then each type."""
    rows = [(label, breakdown["all"])]
    rows += [(f"  lang={k}", v) for k, v in breakdown["language"].items()]
    rows += [(f"  type={k}", v) for k, v in breakdown["type"].items()]
    if "speech" in breakdown:  # who said what: the speech items, near misses included
        rows.append(("  speech", breakdown["speech"]))
    if "about" in breakdown:  # questions about an article itself (its metadata)
        rows.append(("  about", breakdown["about"]))
    return rows


def text_table(rows: Sequence[tuple[str, dict[str, Any]]]) -> str:
    """A fixed-width table for the terminal."""
    header = ["group", "n", *(LABELS[m] for m in COLUMNS)]
    body = [[name, str(m["n"]), *(_fmt(m.get(k)) for k in COLUMNS)] for name, m in rows]
    widths = [max(len(r[i]) for r in [header, *body]) for i in range(len(header))]
    lines = []
    for r in [header, *body]:
        cells = [r[0].ljust(widths[0]), *(c.rjust(w) for c, w in zip(r[1:], widths[1:],
                                                                      strict=True))]
        lines.append("  ".join(cells))
    return "\n".join(lines)


def markdown_table(rows: Sequence[tuple[str, dict[str, Any]]]) -> str:
    header = ["group", "n", *(LABELS[m] for m in COLUMNS)]
    out = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for name, m in rows:
        cells = [name.strip(), str(m["n"]), *(_fmt(m.get(k)) for k in COLUMNS)]
        out.append("| " + " | ".join(cells) + " |")
    return "\n".join(out)


_LEGEND = """\
Metrics (no LLM judge; a span "overlaps" evidence when it shares a character with an
evidence quote's span in the same article):

- **hit@1, hit@5, MRR@10**: retrieval. The first 1/5/10 passages of the answer's `retrieved`
  list (the same history-aware query the chat uses) contain a passage that overlaps an
  evidence quote. Answerable items only.
- **cit.P** (citation precision): share of the answer's citations whose span overlaps an
  evidence quote, over answerable items that cite something. **cit.R** (citation recall):
  share of an item's evidence quotes that some citation overlaps, over answerable items
  (an abstention scores 0). In the spirit of ALCE's citation precision/recall, on spans.
- **cover** (evidence coverage): share of the evidence quotes' folded content words (accents
  and stop words removed) that appear in the answer text.
- **F1**: SQuAD token F1 of the answer against the short reference answer. Meaningful for
  LLM backends; the extractive answer quotes whole French sentences with a framing line,
  so it scores low, and lower still on English questions.
- **n.short, short.EM, short.F1**: the short answer. Over the **n.short** answerable items
  that have a reference `short` span (a name, date, number or phrase copied from an
  evidence quote, in the article's language), SQuAD exact match and token F1 of the first
  of the answer's `short_answers` against it (same normalisation as F1: lower case, no
  articles or punctuation). No short answer, or an abstention, scores 0.
- **abst.acc**: share of unanswerable items on which the bot abstained.
  **false.abst**: share of answerable items on which it abstained (lower is better).
- An LLM-as-judge correctness column is not implemented yet (TODO: only with an LLM backend).
"""


def markdown_report(summary: dict[str, Any], meta: dict[str, Any]) -> str:
    """The whole report: headline table per split, then breakdowns, legend and settings."""
    parts = ["# Evaluation report", ""]
    parts.append(
        f"Dataset `{meta.get('dataset', '?')}`: {summary['all']['all']['n']} items. "
        f"Answer backend `{meta.get('llm', '?')}`, "
        f"embedding model `{meta.get('embed_model', '?')}`. "
        f"{meta.get('seconds', 0):.1f} s in total "
        f"(median {summary['all']['all'].get('latency_ms_p50') or 0:.0f} ms per question)."
    )
    parts += ["", "Thresholds and settings (abstention threshold, chunk size, fusion weights) are "
              "tuned on the **dev** split only; the **test** split is the honest estimate.", ""]
    headline: list[tuple[str, dict[str, Any]]] = [
        (split, summary[split]["all"]) for split in ("test", "dev") if split in summary
    ]
    headline.append(("all", summary["all"]["all"]))
    parts += ["## Headline", "", markdown_table(headline), ""]
    for split in ("test", "dev"):
        if split in summary:
            parts += [f"## {split} split by language and type", "",
                      markdown_table(table_rows(summary[split], label=split)), ""]
    parts += ["## All items by language and type", "",
              markdown_table(table_rows(summary["all"])), ""]
    if meta.get("plot"):
        parts += [f"![metrics by type and language; score distribution]({meta['plot']})", ""]
    parts += ["## Metrics", "", _LEGEND]
    settings = meta.get("settings") or {}
    if settings:
        parts += ["## Settings", "", "| setting | value |", "|---|---|"]
        parts += [f"| {k} | `{v}` |" for k, v in settings.items() if v not in ("", None)]
        parts.append("")
    return "\n".join(parts)


def plot(summary: dict[str, Any], results: Sequence[ItemResult], path: Path, *,
         threshold: float | None = None) -> Path:
    """Metrics by type and by language (all items) and the answer-score distribution."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    shown = ("hit_at_5", "citation_precision", "citation_recall", "evidence_coverage",
             "abstention_accuracy")
    fig, axes = plt.subplots(1, 3, figsize=(17, 4.8), gridspec_kw={"width_ratios": [3, 1.3, 2]})
    for ax, key, title in ((axes[0], "type", "by type"), (axes[1], "language", "by language")):
        groups = summary["all"][key]
        names = list(groups)
        width = 0.8 / len(shown)
        for j, metric in enumerate(shown):
            values = [groups[n][metric] or 0.0 for n in names]
            xs = [i + (j - (len(shown) - 1) / 2) * width for i in range(len(names))]
            ax.bar(xs, values, width, label=LABELS[metric])
        ax.set_xticks(range(len(names)), [f"{n}\n(n={groups[n]['n']})" for n in names],
                      fontsize=8)
        ax.set_ylim(0, 1.05)
        ax.set_title(f"Metrics {title} (all splits)")
        ax.grid(axis="y", alpha=0.3)
    axes[0].legend(fontsize=8, ncol=len(shown), loc="upper center", bbox_to_anchor=(0.5, -0.14))

    ax = axes[2]
    answered = [r.answer.score for r in results if not r.answer.abstained]
    abstained = [r.answer.score for r in results if r.answer.abstained]
    scores = answered + abstained
    bins = 20
    if scores and max(scores) > min(scores):
        lo, hi = min(scores), max(scores)
        bins = [lo + (hi - lo) * i / 20 for i in range(21)]  # type: ignore[assignment]
    ax.hist([answered, abstained], bins=bins, stacked=True,
            label=[f"answered (n={len(answered)})", f"abstained (n={len(abstained)})"])
    unanswerable = [r.answer.score for r in results if not r.item.answerable]
    if unanswerable:
        ax.plot(unanswerable, [0] * len(unanswerable), "|", color="black", markersize=14,
                label="unanswerable items")
    if threshold is not None:
        ax.axvline(threshold, color="red", linestyle="--", label=f"threshold {threshold:g}")
    ax.set_title("Answer score: answered vs abstained")
    ax.set_xlabel("Answer.score")
    ax.legend(fontsize=8)
    fig.tight_layout()
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, dpi=110)
    plt.close(fig)
    return path


def write_predictions(results: Sequence[ItemResult], path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as f:
        for r in results:
            f.write(json.dumps(r.prediction(), ensure_ascii=False) + "\n")
    return path


def write_reports(summary: dict[str, Any], results: Sequence[ItemResult], out_dir: Path, *,
                  meta: dict[str, Any], threshold: float | None = None) -> dict[str, Path]:
    """``report.md``, ``metrics.json`` and the plot under ``out_dir``."""
    out_dir.mkdir(parents=True, exist_ok=True)
    png = plot(summary, results, out_dir / PLOT_NAME, threshold=threshold)
    md = out_dir / "report.md"
    md.write_text(markdown_report(summary, {**meta, "plot": png.name}), encoding="utf-8")
    js = out_dir / "metrics.json"
    js.write_text(json.dumps({"meta": meta, "metrics": summary}, ensure_ascii=False, indent=2)
                  + "\n", encoding="utf-8")
    return {"report": md, "metrics": js, "plot": png}
