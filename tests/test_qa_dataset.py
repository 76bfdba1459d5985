"""Checks on the hand-written evaluation set ``eval/qa.jsonl`` (fast, no models)."""

from __future__ import annotations

import itertools
import json
import re
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).parent.parent
CORPUS_DIR = ROOT / "corpus"
QA_PATH = ROOT / "eval" / "qa.jsonl"

TYPES = {"single-fact", "who-said-what", "date-number", "multi-hop", "follow-up", "unanswerable"}
REQUIRED_AT_LEAST_8 = {"unanswerable", "follow-up", "multi-hop"}
LANGUAGES = {"en", "fr", "es"}
EVERY_TYPE_LANGUAGES = {"en", "fr"}  # Spanish items ask who said what (and its near misses)
SPLITS = {"dev", "test"}
ROLES = {"user", "assistant"}
REQUIRED = {"id", "question", "language", "answer", "evidence", "type", "split"}
OPTIONAL = {"history", "notes", "short", "speech", "about"}
SHORT_MAX_WORDS = 12
ID_RE = re.compile(r"^q\d{3,}$")


def _load() -> list[dict[str, Any]]:
    items = []
    for n, line in enumerate(QA_PATH.read_text(encoding="utf-8").splitlines(), 1):
        assert line.strip(), f"line {n} is blank"
        obj = json.loads(line)
        assert isinstance(obj, dict), f"line {n} is not a JSON object"
        items.append(obj)
    return items


@pytest.fixture(scope="module")
def items() -> list[dict[str, Any]]:
    return _load()


@pytest.fixture(scope="module")
def corpus() -> dict[str, str]:
    texts = {p.name: p.read_text(encoding="utf-8") for p in sorted(CORPUS_DIR.glob("*.txt"))}
    assert texts, f"no corpus files in {CORPUS_DIR}"
    return texts


def test_every_line_parses(items: list[dict[str, Any]]) -> None:
    assert len(items) >= 60


def test_ids_unique(items: list[dict[str, Any]]) -> None:
    ids = [it["id"] for it in items]
    dupes = [i for i, c in Counter(ids).items() if c > 1]
    assert not dupes, f"duplicate ids: {dupes}"
    assert all(isinstance(i, str) and ID_RE.match(i) for i in ids)


def test_fields_and_values(items: list[dict[str, Any]]) -> None:
    for it in items:
        keys = set(it)
        assert keys >= REQUIRED, f"{it.get('id')}: missing {REQUIRED - keys}"
        assert keys <= REQUIRED | OPTIONAL, f"{it['id']}: unknown {keys - REQUIRED - OPTIONAL}"
        assert it["type"] in TYPES, it["id"]
        assert it["language"] in LANGUAGES, it["id"]
        assert it["split"] in SPLITS, it["id"]
        for field in ("question", "answer"):
            assert isinstance(it[field], str) and it[field].strip(), f"{it['id']}: {field}"
        assert isinstance(it["evidence"], list), it["id"]
        if "notes" in it:
            assert isinstance(it["notes"], str) and it["notes"].strip(), it["id"]
        if "history" in it:
            assert it["type"] == "follow-up", f"{it['id']}: history on a non-follow-up"


def test_quotes_are_exact_substrings(items: list[dict[str, Any]], corpus: dict[str, str]) -> None:
    for it in items:
        for ev in it["evidence"]:
            assert set(ev) == {"doc", "quote"}, it["id"]
            assert ev["doc"] in corpus, f"{it['id']}: unknown doc {ev['doc']!r}"
            quote = ev["quote"]
            assert isinstance(quote, str), it["id"]
            assert quote == quote.strip(), f"{it['id']}: quote has outer whitespace"
            assert quote in corpus[ev["doc"]], f"{it['id']}: quote not in {ev['doc']}: {quote!r}"


def test_quotes_are_clauses_not_words_or_paragraphs(items: list[dict[str, Any]]) -> None:
    for it in items:
        for ev in it["evidence"]:
            quote = ev["quote"]
            if not it.get("about"):  # a byline may be two words ("by Chia")
                assert len(quote.split()) >= 3, f"{it['id']}: quote too short: {quote!r}"
            assert "\n\n" not in quote, f"{it['id']}: quote spans paragraphs"
            assert len(quote) <= 400, f"{it['id']}: quote too long ({len(quote)} chars)"


def test_short_answers_are_spans_of_an_evidence_quote(items: list[dict[str, Any]]) -> None:
    """``short`` is the reference short answer: a name, date, number or short phrase copied
    from one of the item's evidence quotes (so it is also an exact span of the article)."""
    with_short = [it for it in items if "short" in it]
    assert len(with_short) >= 40, f"only {len(with_short)} items have a short answer"
    for it in with_short:
        short = it["short"]
        assert isinstance(short, str) and short.strip(), f"{it['id']}: empty short"
        assert short == short.strip(), f"{it['id']}: short has outer whitespace"
        assert "\n" not in short, f"{it['id']}: short spans lines"
        assert it["type"] != "unanswerable", f"{it['id']}: short on an unanswerable item"
        assert any(short in ev["quote"] for ev in it["evidence"]), (
            f"{it['id']}: short {short!r} is not an exact substring of an evidence quote"
        )
        assert len(short.split()) <= SHORT_MAX_WORDS, f"{it['id']}: short too long: {short!r}"
        assert short.strip("«» .,;:") != "", f"{it['id']}: short is only punctuation"


def test_evidence_presence_by_type(items: list[dict[str, Any]]) -> None:
    for it in items:
        if it["type"] == "unanswerable":
            assert it["evidence"] == [], f"{it['id']}: unanswerable with evidence"
        else:
            assert it["evidence"], f"{it['id']}: answerable item without evidence"


def test_follow_ups_have_history(items: list[dict[str, Any]]) -> None:
    for it in items:
        if it["type"] != "follow-up":
            continue
        history = it.get("history")
        assert isinstance(history, list) and history, f"{it['id']}: empty history"
        for turn in history:
            assert set(turn) == {"role", "content"}, it["id"]
            assert turn["role"] in ROLES, it["id"]
            assert isinstance(turn["content"], str) and turn["content"].strip(), it["id"]
        assert history[0]["role"] == "user", f"{it['id']}: history must start with user"
        assert history[-1]["role"] == "assistant", f"{it['id']}: history must end with assistant"
        roles = [t["role"] for t in history]
        assert all(a != b for a, b in itertools.pairwise(roles)), (
            f"{it['id']}: roles must alternate"
        )


def test_multi_hop_cites_two_docs(items: list[dict[str, Any]]) -> None:
    for it in items:
        if it["type"] == "multi-hop":
            docs = {ev["doc"] for ev in it["evidence"]}
            assert len(docs) >= 2, f"{it['id']}: multi-hop cites {sorted(docs)}"


def test_counts(items: list[dict[str, Any]]) -> None:
    assert len(items) >= 60
    by_type = Counter(it["type"] for it in items)
    for t in REQUIRED_AT_LEAST_8:
        assert by_type[t] >= 8, f"only {by_type[t]} {t} items"
    assert by_type["who-said-what"] >= 8
    assert by_type["date-number"] >= 8
    by_lang = Counter(it["language"] for it in items)
    share_en = by_lang["en"] / len(items)
    assert 0.4 <= share_en <= 0.6, f"language balance off: {dict(by_lang)}"
    share_dev = sum(it["split"] == "dev" for it in items) / len(items)
    assert 0.3 <= share_dev <= 0.5, f"dev share {share_dev:.2f}"


def test_splits_contain_every_type_and_language(items: list[dict[str, Any]]) -> None:
    seen = {(it["split"], it["type"], it["language"]) for it in items}
    for split in SPLITS:
        for t in TYPES:
            for lang in EVERY_TYPE_LANGUAGES:
                assert (split, t, lang) in seen, f"no {lang} {t} item in {split}"
        for lang in LANGUAGES - EVERY_TYPE_LANGUAGES:
            for t in ("who-said-what", "unanswerable"):
                assert (split, t, lang) in seen, f"no {lang} {t} item in {split}"


def test_the_who_said_what_measurement(items: list[dict[str, Any]]) -> None:
    """Issue 17's set: at least 30 speech items beyond the first, in three languages, with
    near misses (unanswerable), in both splits."""
    speech = [it for it in items if it.get("speech")]
    assert all(isinstance(it.get("speech", False), bool) for it in items)
    assert len(speech) >= 60
    assert {it["language"] for it in speech} == LANGUAGES
    near = [it for it in speech if it["type"] == "unanswerable"]
    assert len(near) >= 15 and {it["split"] for it in near} == SPLITS
    assert all(it["type"] != "who-said-what" or it.get("speech") for it in items)


def test_required_items_present(items: list[dict[str, Any]]) -> None:
    questions = {it["question"] for it in items}
    assert "What did Campbell say Russia gave in return?" in questions
    assert "Où Poutine et Kim se sont-ils rencontrés en septembre 2023 ?" in questions
    campbell = next(
        it for it in items if it["question"] == "What did Campbell say Russia gave in return?"
    )
    quotes = [ev["quote"] for ev in campbell["evidence"]]
    assert any("donné en retour" in q for q in quotes)
    assert any(q.startswith("«\u00a0De l’argent liquide ?") for q in quotes)
    vostochny = next(
        it
        for it in items
        if it["question"] == "Où Poutine et Kim se sont-ils rencontrés en septembre 2023 ?"
    )
    assert any("Vostochny" in ev["quote"] for ev in vostochny["evidence"])
