"""The reader on ONNX Runtime (the default runtime): int8 export and a session.

:func:`export_int8` traces the assembled reader (a Hugging Face ``BertForQuestionAnswering``
plus ``rank_head.safetensors``) into one ONNX graph whose inputs are ``inputs_embeds``
(float32, batch x length x hidden) and ``attention_mask`` and whose outputs are the start
and end logits and the relevance logit, then quantizes the MatMuls to int8 with one scale
per output channel (``quantize_dynamic``), but for the feed-forward down-projections
(:func:`ffn_down_projections`), whose int8 inputs moved single answers' margins by up to
2.5 logits. Accuracy and time against torch fp32: README "Performance".

The word-embedding table stays outside the graph: :class:`OnnxReaderNet` looks the rows up
in the converted e5's own file, memory-mapped (:func:`rag.search.mapped.mapped_embeddings`,
the mapping the embedder reads too), so the reader keeps no private copy of its 96M
parameters and only the rows of the tokens read are paged in. The graph file is 44 MB
instead of 470 MB.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np

from rag.read.shipped import RANK_HEAD
from rag.search.onnx_encoder import cpu_session, quiet, trace

MODEL_FILE = "reader.int8.onnx"
OUTPUTS = ("start_logits", "end_logits", "relevance")


def export_int8(hf_folder: Path, out: Path) -> None:
    """Write the int8 graph of the reader in ``hf_folder`` to ``out`` (temporary files
    beside it are removed)."""
    import torch
    import transformers
    from onnxruntime.quantization import QuantType, quantize_dynamic
    from safetensors.torch import load_file
    from transformers import AutoModelForQuestionAnswering

    transformers.logging.set_verbosity_error()
    transformers.logging.disable_progress_bar()
    model = AutoModelForQuestionAnswering.from_pretrained(
        str(hf_folder), local_files_only=True, attn_implementation="eager").eval()
    head = torch.nn.Linear(int(model.config.hidden_size), 1)
    head.load_state_dict({k.removeprefix("dense."): v
                          for k, v in load_file(str(hf_folder / RANK_HEAD)).items()})

    class Net(torch.nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.qa, self.head = model, head.eval()

        def forward(self, embeds: torch.Tensor, attention_mask: torch.Tensor
                    ) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
            seq = self.qa.bert(inputs_embeds=embeds, attention_mask=attention_mask)[0]
            start, end = self.qa.qa_outputs(seq).split(1, dim=-1)
            return start.squeeze(-1), end.squeeze(-1), self.head(seq[:, 0]).squeeze(-1)

    ids = torch.full((2, 16), 5, dtype=torch.long)
    embeds = model.bert.embeddings.word_embeddings(ids).detach()
    outputs = {"start_logits": {0: "batch", 1: "length"},
               "end_logits": {0: "batch", 1: "length"}, "relevance": {0: "batch"}}
    fp32 = out.with_name(out.name + ".fp32")
    try:
        trace(Net().eval(), embeds, torch.ones_like(ids), fp32, outputs)
        keep = ffn_down_projections(fp32)
        if len(keep) != int(model.config.num_hidden_layers):
            raise ValueError(f"expected one FFN down-projection per layer in {fp32}, found "
                             f"{len(keep)}: the exporter's node names changed")
        with quiet():
            quantize_dynamic(str(fp32), str(out), op_types_to_quantize=["MatMul"],
                             per_channel=True, weight_type=QuantType.QInt8,
                             nodes_to_exclude=keep)
    finally:
        fp32.unlink(missing_ok=True)
        for extra in out.parent.glob("*-opt.onnx"):  # quantize_dynamic's pre-pass
            extra.unlink()


def ffn_down_projections(model: Path) -> list[str]:
    """The MatMul of each layer's feed-forward output (BERT's ``output.dense``): its input,
    after GELU, has outliers that per-tensor int8 activations cut. Over the 266 windows of
    32 eval/qa.jsonl questions, the answer margin moved from torch fp32's by 0.79 logits on
    average (p90 1.83, max 5.87) with every MatMul int8, and by 0.31 (p90 0.74, max 1.97)
    with these kept fp32."""
    import onnx

    graph = onnx.load(str(model), load_external_data=False).graph
    return [n.name for n in graph.node if n.op_type == "MatMul"
            and "/output/dense/" in n.name and "/attention/" not in n.name]


class OnnxReaderNet:
    """The exported reader on ONNX Runtime's CPU provider; one call reads one batch."""

    def __init__(self, model: Path, embeddings: np.ndarray, *, threads: int = 1) -> None:
        self.session: Any = cpu_session(model, threads=threads)
        self._embeddings = embeddings

    def __call__(self, input_ids: np.ndarray, attention_mask: np.ndarray
                 ) -> tuple[np.ndarray, np.ndarray, np.ndarray | None]:
        """Start and end logits (batch x length) and relevance logits (batch)."""
        embeds = np.ascontiguousarray(self._embeddings[input_ids], dtype=np.float32)
        start, end, relevance = self.session.run(
            list(OUTPUTS), {"inputs_embeds": embeds,
                            "attention_mask": attention_mask.astype(np.int64)})
        return start, end, relevance
