"""`rag setup`, `ingest`, `info`, `serve`, `eval`, and training and calibrating the reader."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Any

import typer

from rag.cli.base import app, emit_json, engine, settings
from rag.errors import RagError
from rag.eval.datasets import (
    EVAL_DIR,
    PIAF_PATH,
    QA_PATH,
    REPORTS_DIR,
    THRESHOLDS_PATH,
)
from rag.train.config import TrainConfig


@app.command()
def setup() -> None:
    """Prepare the models offline: convert the bundled e5 weights, assemble the reader."""
    from rag.read.reader import prepare_reader
    from rag.search.embed import prepare_model

    s = settings()
    typer.echo(f"embedding model ready: {prepare_model(s)}")
    typer.echo(f"reader model ready: {prepare_reader(s)}")


@app.command("calibrate-reader")
def calibrate_reader(
    questions: Annotated[int, typer.Option(help="PIAF dev questions to use.")] = 200,
    out: Annotated[Path, typer.Option(help="Where the record is written.")]
    = REPORTS_DIR / "reader-calibration.json",
    dataset: Annotated[Path, typer.Option(help="Q&A file whose dev split is used.")]
    = QA_PATH,
    new_articles: Annotated[Path | None, typer.Option(
        help="Dev sets of new articles also used, each source a group of its own (a "
        "folder of sets, as `rag eval --benchmark new-articles` reads).")]
    = EVAL_DIR / "new_articles",
) -> None:
    """Choose the abstention thresholds on dev data only (PIAF dev split, eval/qa.jsonl dev,
    the dev sets of new articles).

    Prints the record and writes it to --out; the default in rag/config.py is set from it."""
    from tqdm import tqdm

    from rag.eval.calibrate import run_calibration

    bar = tqdm(total=questions, desc="calibrating", unit="q", file=sys.stderr, delay=1.0)

    def tick(stage: str, done: int, total: int) -> None:
        bar.update(done - bar.n)

    result = run_calibration(settings(), qa_path=dataset, piaf_questions=questions,
                             new_articles=new_articles, progress=tick)
    bar.close()
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
    emit_json(result)


TRAIN_DEFAULTS = {name: f.default for name, f in TrainConfig.model_fields.items()}


def _train(name: str) -> Any:
    """A ``rag train-reader`` option whose help is the TrainConfig field's description."""
    return typer.Option(help=TrainConfig.model_fields[name].description)


@app.command("train-reader")
def train_reader(
    out: Annotated[Path, _train("out_dir")] = TRAIN_DEFAULTS["out_dir"],
    mix: Annotated[str, _train("mix")] = TRAIN_DEFAULTS["mix"],
    dev_sets: Annotated[str, _train("dev_sets")] = TRAIN_DEFAULTS["dev_sets"],
    init_shipped: Annotated[Path | None, _train("init_shipped")]
    = TRAIN_DEFAULTS["init_shipped"],
    init_from: Annotated[Path | None, _train("init_from")] = TRAIN_DEFAULTS["init_from"],
    layers: Annotated[int, _train("layers")] = TRAIN_DEFAULTS["layers"],
    teacher: Annotated[Path | None, _train("teacher")] = TRAIN_DEFAULTS["teacher"],
    distill_sets: Annotated[str, _train("distill_sets")] = TRAIN_DEFAULTS["distill_sets"],
    distill_weight: Annotated[float, _train("distill_weight")]
    = TRAIN_DEFAULTS["distill_weight"],
    distill_temperature: Annotated[float, _train("distill_temperature")]
    = TRAIN_DEFAULTS["distill_temperature"],
    average: Annotated[str | None, _train("average")] = TRAIN_DEFAULTS["average"],
    max_length: Annotated[int, _train("max_length")] = TRAIN_DEFAULTS["max_length"],
    stride: Annotated[int, _train("stride")] = TRAIN_DEFAULTS["stride"],
    batch_size: Annotated[int, _train("batch_size")] = TRAIN_DEFAULTS["batch_size"],
    epochs: Annotated[float, _train("epochs")] = TRAIN_DEFAULTS["epochs"],
    lr: Annotated[float, _train("lr")] = TRAIN_DEFAULTS["lr"],
    warmup: Annotated[float, _train("warmup")] = TRAIN_DEFAULTS["warmup"],
    negatives: Annotated[float, _train("negatives")] = TRAIN_DEFAULTS["negatives"],
    near_miss: Annotated[float, _train("near_miss")] = TRAIN_DEFAULTS["near_miss"],
    impossible: Annotated[float, _train("impossible")] = TRAIN_DEFAULTS["impossible"],
    speech_boost: Annotated[float, _train("speech_boost")] = TRAIN_DEFAULTS["speech_boost"],
    empty_windows: Annotated[float, _train("empty_windows")] = TRAIN_DEFAULTS["empty_windows"],
    seed: Annotated[int, _train("seed")] = TRAIN_DEFAULTS["seed"],
    threads: Annotated[int, _train("threads")] = TRAIN_DEFAULTS["threads"],
    max_minutes: Annotated[float, _train("max_minutes")] = TRAIN_DEFAULTS["max_minutes"],
    max_steps: Annotated[int | None, _train("max_steps")] = TRAIN_DEFAULTS["max_steps"],
    dev_limit: Annotated[int | None, _train("dev_limit")] = TRAIN_DEFAULTS["dev_limit"],
    dev_baseline: Annotated[bool, _train("dev_baseline")] = TRAIN_DEFAULTS["dev_baseline"],
    resume: Annotated[bool, typer.Option(help="Continue from the last checkpoint.")] = False,
    export: Annotated[bool, typer.Option(
        help="Write the shipped weights (rag/read/weights/) at the end.")] = False,
    export_only: Annotated[bool, typer.Option(
        help="Do not train: write the shipped weights from --out's finished run.")] = False,
) -> None:
    """Train the extractive reader (CPU, in the background: see the README's Answers).

    Every option's default is rag.train.config.TrainConfig's; the shipped weights'
    manifest.json records the commands, data, mix, seeds and metrics of each stage."""
    from rag.search.embed import converted_model_dir, prepare_model
    from rag.train.export import export_shipped
    from rag.train.finetune import train

    s = settings().model_copy(update={"embed_model": "multilingual-e5-small"})
    prepare_model(s)
    cfg = TrainConfig(
        e5_dir=converted_model_dir(s), out_dir=out, mix=mix, dev_sets=dev_sets,
        init_shipped=init_shipped, init_from=init_from, average=average, layers=layers,
        teacher=teacher, distill_sets=distill_sets, distill_weight=distill_weight,
        distill_temperature=distill_temperature, max_length=max_length,
        stride=stride, batch_size=batch_size, epochs=epochs, lr=lr, warmup=warmup,
        negatives=negatives, near_miss=near_miss, impossible=impossible,
        speech_boost=speech_boost, empty_windows=empty_windows, seed=seed, threads=threads,
        max_minutes=max_minutes, max_steps=max_steps, dev_limit=dev_limit,
        dev_baseline=dev_baseline)
    if not export_only:
        from rag.train.soup import average_runs, parse_runs

        emit_json(average_runs(cfg, parse_runs(average)) if average else
                  train(cfg, resume=resume))
    if export or export_only:
        typer.echo(f"exported: {export_shipped(cfg)}")


@app.command("ingest")
def ingest_cmd(
    sources: Annotated[list[str] | None, typer.Argument(
        metavar="[PATH|URL]...",
        help="Files, folders or web addresses (http/https); default: the corpus folder.")]
    = None,
    rebuild: Annotated[bool, typer.Option(help="Drop the index and re-embed everything.")] = False,
) -> None:
    """Index articles: clean, chunk, embed what changed, update BM25.

    A web address is fetched and its article saved into the corpus folder, then indexed.
    """
    from tqdm import tqdm

    from rag.ingest.fetch import add_pages, is_url

    eng = engine()
    paths = [Path(s) for s in sources or [] if not is_url(s)]
    urls = [s for s in sources or [] if is_url(s)]
    for url, saved in add_pages(urls, eng.settings.corpus_dir) if urls else []:
        typer.echo(f"saved {url} as {saved}", err=True)
        if saved not in paths:
            paths.append(saved)
    bar: list[Any] = []

    def progress(stage: str, done: int, total: int) -> None:
        if not bar:  # created when embedding starts (done == 0): a sensible first rate
            bar.append(tqdm(total=total, desc="embedding", unit="chunk", file=sys.stderr,
                            disable=total < 2, smoothing=0.1))
        bar[0].update(done - bar[0].n)
        bar[0].refresh()  # every batch shown (tqdm would skip some)

    report = eng.ingest(paths or None, rebuild=rebuild, progress=progress)
    if bar:
        bar[0].close()
    for message in report.skipped:
        typer.echo(f"skipped: {message}", err=True)
    typer.echo(report.summary())


@app.command()
def info(as_json: Annotated[bool, typer.Option("--json")] = False) -> None:
    """What is indexed, with which models, and where the data lives."""
    data = engine().info()
    if as_json:
        emit_json(data)
        return
    for key, value in data.items():
        if key == "documents":
            value = ", ".join(value) or "-"
        typer.echo(f"{key:>12}: {value}")


@app.command()
def serve(
    host: Annotated[str | None, typer.Option(help="Bind address (default 127.0.0.1).")] = None,
    port: Annotated[int | None, typer.Option(help="Port (default 7860).")] = None,
) -> None:
    """Start the web chat UI."""
    from rag.ui import app as ui
    overrides: dict[str, Any] = {}
    if host:
        overrides["host"] = host
    if port is not None:
        overrides["port"] = port
    ui.launch(settings().model_copy(update=overrides))


@app.command("eval")
def eval_cmd(
    dataset: Annotated[Path | None, typer.Option(
        help="Q&A JSONL file (default eval/qa.jsonl; with --benchmark piaf, a SQuAD JSON file; "
        "with --benchmark new-articles, a folder of sets or one set)."
    )] = None,
    predictions: Annotated[Path | None, typer.Option(
        help="Where to write per-item predictions (default <reports>/predictions.jsonl).")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the metrics as JSON.")] = False,
    split: Annotated[str, typer.Option(help="dev, test or all.")] = "all",
    benchmark: Annotated[str | None, typer.Option(
        help="'piaf': the PIAF v1.0 benchmark; 'new-articles': the sets of new articles in "
        "eval/new_articles (or the folder --dataset names).")]
    = None,
    limit: Annotated[int | None, typer.Option(min=1, help="Score only N items/questions.")]
    = None,
    answers: Annotated[int, typer.Option(
        min=0, help="PIAF: questions also answered (SQuAD F1), a subsample; 0 for none.")] = 1000,
    reports: Annotated[Path, typer.Option(help="Folder for report, plot and metrics.")]
    = REPORTS_DIR,
    gate: Annotated[bool, typer.Option(
        help="Fail (exit 1) when a metric is under eval/thresholds.toml; writes no files."
    )] = False,
    thresholds: Annotated[Path, typer.Option(help="Thresholds for --gate.")]
    = THRESHOLDS_PATH,
) -> None:
    """Score the chatbot on a Q&A set (retrieval, citations, answers, abstention)."""
    from tqdm import tqdm

    bar: list[Any] = []

    def progress(stage: str, done: int, total: int) -> None:
        if not bar:  # the rate counts from here: a bar first seen at done > 0 starts there
            bar.append(tqdm(total=total, initial=done, desc=stage,
                            unit="chunk" if stage == "embed" else "q", file=sys.stderr))
        bar[0].n = done
        bar[0].refresh()
        if done >= total:
            bar.pop().close()

    if benchmark is not None and benchmark.lower() == "new-articles":
        from rag.eval import new_articles as na

        result = na.benchmark(settings(), dataset or na.NEW_ARTICLES_DIR, limit=limit,
                              progress=progress)
        paths = na.write_report(result, reports)
        if as_json:
            emit_json(result["summary"])
        else:
            typer.echo(na.markdown(result))
            typer.echo(f"wrote {paths['report']} and {paths['metrics']}", err=True)
        return
    if benchmark is not None:
        from rag.eval import piaf_bench as piaf

        if benchmark.lower() != "piaf":
            raise RagError(f"unknown benchmark '{benchmark}': use --benchmark piaf or "
                           "--benchmark new-articles")
        result = piaf.benchmark(
            settings(), dataset or PIAF_PATH, limit=limit, answers=answers,
            progress=progress,
        )
        paths = piaf.write_piaf_report(result, reports)
        if as_json:
            emit_json(result)
        else:
            typer.echo(piaf.piaf_markdown(result))
            typer.echo(f"wrote {paths['report']} and {paths['metrics']}", err=True)
        return

    from rag.eval import evaluate as ev
    from rag.eval import report
    from rag.eval.metrics import check_gate

    eng = engine()
    limits = ev.load_thresholds(thresholds) if gate else None
    results, summary, meta = ev.evaluate_dataset(
        eng, dataset or QA_PATH, split=split, limit=limit, progress=progress
    )
    if predictions is not None or not gate:
        out = report.write_predictions(results, predictions or reports / "predictions.jsonl")
        typer.echo(f"wrote {out}", err=True)
    if not gate:
        paths = report.write_reports(summary, results, reports, meta=meta,
                                     threshold=eng.settings.abstain_threshold)
        typer.echo(f"wrote {', '.join(str(p) for p in paths.values())}", err=True)
    if as_json:
        emit_json({"meta": meta, "metrics": summary})
    else:
        rows = [(s, summary[s]["all"]) for s in ("dev", "test") if s in summary]
        typer.echo(report.text_table([*rows, *report.table_rows(summary["all"])]))
    if limits is not None:
        failures = check_gate(summary["all"]["all"], limits)
        for line in failures:
            typer.echo(f"gate: {line}", err=True)
        if failures:
            raise typer.Exit(1)
        typer.echo(f"gate: passed ({len(limits)} thresholds from {thresholds})", err=True)
