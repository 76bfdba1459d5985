"""The bundled model's tokenizer on the ``tokenizers`` library alone.

A serving process tokenizes questions (the embedder) and question + passage windows (the
reader) with the converted e5's ``tokenizer.json``. Through ``transformers``'
``PreTrainedTokenizerFast`` that costs about 1.4 s of cold start (importing transformers,
building its wrapper) on top of the 0.8 s the file itself takes to load. :class:`FastTokenizer`
calls the same Rust tokenizer directly and answers the calls the embedder and the reader make
the way ``transformers`` does: the same ids, masks, offsets, sequence ids and overflowing
windows (checked against ``transformers`` in ``tests/test_e5convert.py``). Calls change its
truncation and padding settings, so they are made under the owner's lock.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np


class Encoded(dict[str, Any]):
    """A batch's fields by name ("input_ids", "attention_mask", "offset_mapping",
    "overflow_to_sample_mapping"), with the sequence ids of each row."""

    def __init__(self, encodings: Sequence[Any], fields: dict[str, Any]) -> None:
        super().__init__(fields)
        self._encodings = encodings

    def sequence_ids(self, row: int) -> list[int | None]:
        return list(self._encodings[row].sequence_ids)


class FastTokenizer:
    """``tokenizers.Tokenizer`` with the subset of the ``transformers`` call used here."""

    def __init__(self, folder: Path) -> None:
        from tokenizers import Tokenizer

        self._tok = Tokenizer.from_file(str(folder / "tokenizer.json"))
        pad = self._tok.token_to_id("<pad>")
        self.pad_token_id: int = 0 if pad is None else int(pad)
        self.pad_token = "<pad>"

    def __call__(self, text: Sequence[str], text_pair: Sequence[str] | None = None, *,
                 truncation: bool | str = False, max_length: int | None = None,
                 stride: int = 0, padding: bool = False,
                 return_overflowing_tokens: bool = False,
                 return_offsets_mapping: bool = False,
                 return_tensors: str | None = None) -> Encoded:
        tok = self._tok
        if truncation and max_length is not None:
            strategy = "longest_first" if truncation is True else str(truncation)
            tok.enable_truncation(max_length, stride=stride, strategy=strategy)
        else:
            tok.no_truncation()
        if padding:
            tok.enable_padding(pad_id=self.pad_token_id, pad_token=self.pad_token)
        else:
            tok.no_padding()
        inputs: list[Any] = list(text) if text_pair is None else \
            list(zip(text, text_pair, strict=True))
        found = tok.encode_batch(inputs)
        rows: list[Any] = []
        sample: list[int] = []
        for i, enc in enumerate(found):
            for e in [enc, *(enc.overflowing if return_overflowing_tokens else [])]:
                rows.append(e)
                sample.append(i)
        fields: dict[str, Any] = {"input_ids": [e.ids for e in rows],
                                  "attention_mask": [e.attention_mask for e in rows]}
        if return_offsets_mapping:
            fields["offset_mapping"] = [e.offsets for e in rows]
        if return_overflowing_tokens:
            fields["overflow_to_sample_mapping"] = sample
        if return_tensors == "np":
            fields["input_ids"] = np.asarray(fields["input_ids"], dtype=np.int64)
            fields["attention_mask"] = np.asarray(fields["attention_mask"], dtype=np.int64)
        return Encoded(rows, fields)
