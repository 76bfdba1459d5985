"""Reader speed and accuracy by runtime: torch fp32 (1 and 2 threads), torch dynamic int8,
ONNX Runtime fp32 and dynamic int8, and how many passages are read.

    .venv/bin/python benchmarks/bench_reader.py [--pairs 150] [--questions 40]

Accuracy: SQuAD F1/EM and no-answer accuracy on PIAF *dev* pairs (gold paragraph and a
no-answer paragraph, rag.eval.calibrate). Speed: the reader's time per question over the
bundled corpus (the questions of eval/qa.jsonl, `reader_passages` passages each, as
`Engine.ask` reads them), median and p95. Writes benchmarks/results/reader.{md,json}.
Run it on an otherwise idle machine.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

import numpy as np
import torch

from rag.config import Settings
from rag.engine import Engine
from rag.eval.calibrate import pair_metrics, read_pairs
from rag.eval.datasets import PIAF_PATH, QA_PATH, examples, load_split, read_squad
from rag.read.reader import Reader

OUT = Path(__file__).parent / "results"


class OnnxQA:
    """An ONNX Runtime session that quacks like a transformers QA model for run_net."""

    def __init__(self, path: Path, threads: int) -> None:
        import onnxruntime as ort

        opts = ort.SessionOptions()
        opts.intra_op_num_threads = threads
        opts.inter_op_num_threads = 1
        self.session = ort.InferenceSession(str(path), opts, providers=["CPUExecutionProvider"])

    def __call__(self, input_ids: torch.Tensor, attention_mask: torch.Tensor,
                 output_hidden_states: bool = False) -> Any:
        start, end, first = self.session.run(None, {"input_ids": input_ids.numpy(),
                                                   "attention_mask": attention_mask.numpy()})

        class Out:
            pass

        out = Out()
        out.start_logits = torch.from_numpy(start)  # type: ignore[attr-defined]
        out.end_logits = torch.from_numpy(end)  # type: ignore[attr-defined]
        out.hidden_states = [torch.from_numpy(first)[:, None, :]]  # type: ignore[attr-defined]
        return out


def export_onnx(reader: Reader, folder: Path, *, int8: bool) -> Path:
    model = reader._model

    class Wrap(torch.nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.m = model

        def forward(self, input_ids: torch.Tensor, attention_mask: torch.Tensor) -> Any:
            o = self.m(input_ids=input_ids, attention_mask=attention_mask,
                       output_hidden_states=True)
            return o.start_logits, o.end_logits, o.hidden_states[-1][:, 0]

    path = folder / "reader.onnx"
    ids = torch.ones((2, 64), dtype=torch.long)
    torch.onnx.export(Wrap().eval(), (ids, torch.ones_like(ids)), str(path),
                      input_names=["input_ids", "attention_mask"],
                      output_names=["start", "end", "first"],
                      dynamic_axes={"input_ids": {0: "b", 1: "t"},
                                    "attention_mask": {0: "b", 1: "t"},
                                    "start": {0: "b", 1: "t"}, "end": {0: "b", 1: "t"},
                                    "first": {0: "b"}},
                      opset_version=17, dynamo=False)
    if not int8:
        return path
    from onnxruntime.quantization import QuantType, quantize_dynamic

    q = folder / "reader-int8.onnx"
    quantize_dynamic(str(path), str(q), weight_type=QuantType.QInt8)
    return q


def timed_questions(engine: Engine, questions: list[str]) -> list[float]:
    ms = []
    for q in questions:
        results = engine.search(q, k=engine.settings.reader_passages)
        t = time.perf_counter()
        engine.reader.run(q, results)
        ms.append((time.perf_counter() - t) * 1000)
    return ms


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--pairs", type=int, default=150)
    p.add_argument("--questions", type=int, default=40)
    args = p.parse_args()
    base = Settings()
    engine = Engine(base)
    engine.warm_up()
    qa = [json.loads(line)["question"] for line in QA_PATH.read_text().splitlines()]
    qa = qa[: args.questions]
    pairs = examples(read_squad(PIAF_PATH),
                     load_split()["dev"], negatives=1, seed=1)[: 2 * args.pairs]
    rows: list[dict[str, Any]] = []
    tmp = Path(tempfile.mkdtemp())

    def measure(name: str, threads: int, passages: int = base.reader_passages) -> None:
        torch.set_num_threads(threads)
        engine.settings = engine.reader.settings = base.model_copy(
            update={"reader_passages": passages, "torch_threads": threads})
        timed_questions(engine, qa[:3])  # warm
        ms = timed_questions(engine, qa)
        preds = read_pairs(engine.reader, pairs)
        m = pair_metrics(pairs, preds, threshold=base.abstain_threshold)
        rows.append({"runtime": name, "threads": threads, "passages": passages,
                     "p50_ms": round(statistics.median(ms), 1),
                     "p95_ms": round(float(np.percentile(ms, 95)), 1),
                     "f1": m["f1"], "em": m["em"], "no_answer_acc": m["no_answer_accuracy"],
                     "has_answer_answered": m["has_answer_answered"]})
        print(json.dumps(rows[-1]), flush=True)

    torch_model = engine.reader._model
    measure("torch fp32", 1)
    measure("torch fp32", 2)
    measure("torch fp32", 1, passages=4)
    engine.reader._model = torch.ao.quantization.quantize_dynamic(
        torch_model, {torch.nn.Linear}, dtype=torch.qint8)
    measure("torch dynamic int8", 1)
    engine.reader._model = torch_model
    for int8 in (False, True):
        path = export_onnx(engine.reader, tmp, int8=int8)
        for threads in (1, 2):
            try:
                engine.reader._model = OnnxQA(path, threads)
                measure("onnxruntime " + ("dynamic int8" if int8 else "fp32"), threads)
            except Exception as e:  # recorded, not fatal: the other rows stand
                print(f"onnxruntime int8={int8} threads={threads}: {type(e).__name__}: {e}")
                break
    engine.reader._model = torch_model
    OUT.mkdir(exist_ok=True)
    (OUT / "reader.json").write_text(json.dumps(rows, indent=1) + "\n", encoding="utf-8")
    lines = ["# Reader runtimes", "",
             f"PIAF dev pairs: {len(pairs)} (has-answer and no-answer); speed: {len(qa)} "
             "questions of eval/qa.jsonl over the bundled corpus, reader time only.", "",
             "| runtime | threads | passages | p50 ms | p95 ms | F1 | EM | no-answer acc | "
             "answered |", "|---|---|---|---|---|---|---|---|---|"]
    for r in rows:
        lines.append(f"| {r['runtime']} | {r['threads']} | {r['passages']} | {r['p50_ms']} | "
                     f"{r['p95_ms']} | {r['f1']:.3f} | {r['em']:.3f} | "
                     f"{r['no_answer_acc']:.3f} | {r['has_answer_answered']:.3f} |")
    (OUT / "reader.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
