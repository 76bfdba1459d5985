"""The ``rag`` command line. A thin shell over :class:`rag.engine.Engine`."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Any

import typer

from rag.config import Settings
from rag.errors import RagError

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    help="Ask questions about a news corpus; every answer cites its passages.",
)


def settings() -> Settings:
    try:
        return Settings()
    except Exception as e:  # pydantic ValidationError: a bad RAG_* variable
        raise RagError(f"bad setting: {e}".replace("\n", " ")) from e


def engine() -> Any:
    from rag.engine import Engine

    return Engine(settings())


def emit_json(obj: Any) -> None:
    sys.stdout.write(json.dumps(obj, ensure_ascii=False, indent=2) + "\n")


@app.command()
def setup() -> None:
    """Prepare the models offline: convert the bundled e5 weights, assemble the reader."""
    from rag.embed import prepare_model
    from rag.reader import prepare_reader

    s = settings()
    typer.echo(f"embedding model ready: {prepare_model(s)}")
    typer.echo(f"reader model ready: {prepare_reader(s)}")


@app.command("calibrate-reader")
def calibrate_reader(
    questions: Annotated[int, typer.Option(help="PIAF dev questions to use.")] = 200,
    out: Annotated[Path, typer.Option(help="Where the record is written.")]
    = Path("eval/reports/reader-calibration.json"),
    dataset: Annotated[Path, typer.Option(help="Q&A file whose dev split is used.")]
    = Path("eval/qa.jsonl"),
) -> None:
    """Choose RAG_ABSTAIN_THRESHOLD on dev data only (PIAF dev split, eval/qa.jsonl dev).

    Prints the record and writes it to --out; the default in rag/config.py is set from it."""
    from tqdm import tqdm

    from rag.reader_eval import run_calibration

    bar = tqdm(total=questions, desc="calibrating", unit="q", file=sys.stderr, delay=1.0)

    def tick(done: int, total: int) -> None:
        bar.update(done - bar.n)

    result = run_calibration(settings(), qa_path=dataset, piaf_questions=questions,
                             progress=tick)
    bar.close()
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
    emit_json(result)


@app.command("train-reader")
def train_reader(
    out: Annotated[Path, typer.Option(help="Where checkpoints and the log go.")]
    = Path(".data/reader-train"),
    layers: Annotated[int, typer.Option(help="Encoder layers of e5-small to keep.")] = 12,
    epochs: Annotated[float, typer.Option(help="Passes over the training split.")] = 1.8,
    seed: Annotated[int, typer.Option(help="Seed of sampling, order and heads.")] = 0,
    lr: Annotated[float, typer.Option(help="Peak learning rate (linear warm-up and decay).")]
    = 1e-4,
    near_miss: Annotated[bool, typer.Option(
        help="Also train on each question's own paragraph without its answer sentence "
        "(no-answer).")] = False,
    init_from: Annotated[Path | None, typer.Option(
        help="Start from these trained weights (a final.pt of an earlier run).")] = None,
    max_minutes: Annotated[float, typer.Option(help="Stop training after this long.")] = 95.0,
    resume: Annotated[bool, typer.Option(help="Continue from the last checkpoint.")] = False,
    export: Annotated[bool, typer.Option(help="Write rag/weights/reader-e5-piaf/ at the end.")]
    = False,
) -> None:
    """Train the extractive reader on PIAF's train split (CPU, 2 cores: 40 + 13 minutes).

    The shipped reader is two runs (rag/weights/reader-e5-piaf/manifest.json has the
    commands, split, seeds and metrics): the defaults, then `--init-from
    .data/reader-train/final.pt --near-miss --epochs 0.4 --lr 3e-5 --seed 1 --out
    .data/reader-train2 --export`."""
    from rag.embed import converted_model_dir, prepare_model
    from rag.reader_train import TrainConfig, export_shipped, train

    s = settings().model_copy(update={"embed_model": "multilingual-e5-small"})
    prepare_model(s)
    cfg = TrainConfig(e5_dir=converted_model_dir(s), out_dir=out, layers=layers,
                      epochs=epochs, seed=seed, max_minutes=max_minutes, lr=lr,
                      near_miss=near_miss, init_from=init_from)
    result = train(cfg, resume=resume)
    emit_json(result)
    if export:
        typer.echo(f"exported: {export_shipped(cfg, result)}")


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

    from rag.web import add_pages, is_url

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
def search(
    question: Annotated[str, typer.Argument(help="A question in English or French.")],
    k: Annotated[int, typer.Option("--k", "-k", help="Number of passages.")] = 5,
    as_json: Annotated[bool, typer.Option("--json", help="Print the JSON contract.")] = False,
    mode: Annotated[str, typer.Option(help="hybrid, dense or bm25.")] = "hybrid",
) -> None:
    """Show the passages that best match a question."""
    results = engine().search(question, k=k, mode=mode)
    if as_json:
        emit_json({"question": question, "results": [r.to_json() for r in results]})
        return
    for r in results:
        c = r.chunk
        typer.echo(f"[{r.rank}] {c.title} ({c.date or 'no date'}) {c.doc_id}:{c.start}-{c.end}"
                   f"  score={r.score:.4f}")
        typer.echo(f"    {c.text}\n")


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
    from rag import ui

    overrides: dict[str, Any] = {}
    if host:
        overrides["host"] = host
    if port is not None:
        overrides["port"] = port
    ui.launch(settings().model_copy(update=overrides))


@app.command("eval")
def eval_cmd(
    dataset: Annotated[Path | None, typer.Option(
        help="Q&A JSONL file (default eval/qa.jsonl; with --benchmark piaf, a SQuAD JSON file)."
    )] = None,
    predictions: Annotated[Path | None, typer.Option(
        help="Where to write per-item predictions (default <reports>/predictions.jsonl).")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the metrics as JSON.")] = False,
    split: Annotated[str, typer.Option(help="dev, test or all.")] = "all",
    benchmark: Annotated[str | None, typer.Option(help="'piaf': the PIAF v1.0 benchmark.")]
    = None,
    limit: Annotated[int | None, typer.Option(min=1, help="Score only N items/questions.")]
    = None,
    answers: Annotated[int, typer.Option(
        min=0, help="PIAF: questions also answered (SQuAD F1), a subsample; 0 for none.")] = 1000,
    reports: Annotated[Path, typer.Option(help="Folder for report, plot and metrics.")]
    = Path("eval/reports"),
    gate: Annotated[bool, typer.Option(
        help="Fail (exit 1) when a metric is under eval/thresholds.toml; writes no files."
    )] = False,
    thresholds: Annotated[Path, typer.Option(help="Thresholds for --gate.")]
    = Path("eval/thresholds.toml"),
) -> None:
    """Score the chatbot on a Q&A set (retrieval, citations, answers, abstention)."""
    from tqdm import tqdm

    bar: list[Any] = []

    def progress(done: int, total: int, desc: str = "questions", unit: str = "q") -> None:
        if not bar:  # the rate counts from here: a bar first seen at done > 0 starts there
            bar.append(tqdm(total=total, initial=done, desc=desc, unit=unit, file=sys.stderr))
        bar[0].n = done
        bar[0].refresh()
        if done >= total:
            bar.pop().close()

    if benchmark is not None:
        from rag import piaf

        if benchmark.lower() != "piaf":
            raise RagError(f"unknown benchmark '{benchmark}': use --benchmark piaf")
        result = piaf.benchmark(
            settings(), dataset or piaf.DEFAULT_PATH, limit=limit, answers=answers,
            progress=lambda stage, d, t: progress(d, t, stage, "chunk" if stage == "embed"
                                                  else "q"),
        )
        paths = piaf.write_piaf_report(result, reports)
        if as_json:
            emit_json(result)
        else:
            typer.echo(piaf.piaf_markdown(result))
            typer.echo(f"wrote {paths['report']} and {paths['metrics']}", err=True)
        return

    from rag import evaluate as ev
    from rag import report

    eng = engine()
    limits = ev.load_thresholds(thresholds) if gate else None
    results, summary, meta = ev.evaluate_dataset(
        eng, dataset or Path("eval/qa.jsonl"), split=split, limit=limit, progress=progress
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
        failures = ev.check_gate(summary["all"]["all"], limits)
        for line in failures:
            typer.echo(f"gate: {line}", err=True)
        if failures:
            raise typer.Exit(1)
        typer.echo(f"gate: passed ({len(limits)} thresholds from {thresholds})", err=True)


def _print_answer(answer: Any, *, streamed: str = "") -> None:
    """The answer (unless already streamed as is), then its numbered sources."""
    from rag import lang

    words = lang.get(answer.language)
    if answer.answer.strip() != streamed.strip():
        typer.echo(("\n\n" if streamed else "") + answer.answer)
    elif streamed and not streamed.endswith("\n"):
        typer.echo("")
    if answer.citations:
        typer.echo(f"\n{words.sources}")
    for c in answer.citations:
        date = c.date or words.no_date
        typer.echo(f"[{c.n}] {c.title} ({date}) {c.doc_id}:{c.start}-{c.end}")
        typer.echo(f"    {' '.join(c.text.split())}")


def _read_history(path: Path) -> Any:
    from rag.errors import InputError

    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as e:
        raise InputError(
            f"cannot read the history file {path} ({type(e).__name__}): give a UTF-8 JSON list "
            'of {"role": "user"|"assistant", "content": "..."} messages'
        ) from e


def _stream(eng: Any, question: str, history: Any, k: int | None,
            answerer: str | None = None) -> Any:
    """Print the answer as it is generated; return the final Answer."""
    from rag.types import Answer

    streamed = ""
    for item in eng.ask_stream(question, history, k=k, answerer=answerer):
        if isinstance(item, Answer):
            _print_answer(item, streamed=streamed)
            return item
        streamed += item
        typer.echo(item, nl=False)
    raise RagError("the answer stream ended without an answer: report this as a bug")


@app.command()
def ask(
    question: Annotated[str, typer.Argument(help="A question in English or French.")],
    history: Annotated[Path | None, typer.Option(
        help='JSON file of earlier turns: [{"role": "user"|"assistant", "content": "..."}].'
    )] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the JSON contract.")] = False,
    k: Annotated[int | None, typer.Option("--k", "-k", min=1, help="Passages to show.")] = None,
    answerer: Annotated[str | None, typer.Option(
        help="extractive, or an LLM backend (default: RAG_LLM).")] = None,
) -> None:
    """Answer a question with citations, or say that the articles don't say."""
    turns = _read_history(history) if history else None
    eng = engine()
    if as_json:
        emit_json(eng.ask(question, turns, k=k, answerer=answerer).to_json())
        return
    _stream(eng, question, turns, k, answerer)


@app.command()
def chat(
    k: Annotated[int | None, typer.Option("--k", "-k", min=1, help="Passages to read.")] = None,
) -> None:
    """A conversation in the terminal: one question per line, 'exit' or Ctrl-D to stop."""
    eng = engine()
    interactive = sys.stdin.isatty()
    reconfigure = getattr(sys.stdin, "reconfigure", None)
    if reconfigure is not None:  # bytes that are not UTF-8 become '?', never a traceback
        reconfigure(errors="surrogateescape")
    if interactive:
        typer.echo("Ask about the articles (English or French); 'exit' to quit.")
    from rag.chat import Turn

    turns: list[Turn] = []
    while True:
        try:
            line = input("> " if interactive else "")
        except EOFError:
            break
        question = line.strip()
        if question.lower() in ("exit", "quit", ":q"):
            break
        if not question:
            continue
        try:
            answer = _stream(eng, question, turns, k)
        except RagError as e:
            if type(e).__name__ != "InputError":
                raise  # main() prints it once and exits non-zero
            typer.echo(f"error: {e}", err=True)
            continue
        turns.append(Turn(answer.question, answer))
        typer.echo("")


def main() -> None:
    """Entry point: a RagError becomes one line on stderr and exit code 1."""
    try:
        app()
    except RagError as e:
        typer.echo(f"error: {e}", err=True)
        raise SystemExit(1) from None
    except KeyboardInterrupt:
        raise SystemExit(130) from None
