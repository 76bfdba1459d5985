"""rag/lang: one file per language, one detector."""

from __future__ import annotations

from pathlib import Path

import pytest

from rag import lang
from rag.answer.prompts import answer_prompt
from rag.types import Chunk

RAG = Path(__file__).resolve().parent.parent / "rag"
REQUIRED = (
    "name", "function_words", "question_words", "pronouns", "subject_pronouns", "continuations",
    "more_words", "speech_verbs", "number_words", "how_many", "months", "bm25_stopwords",
    "abstain", "abstain_markers", "according_to_article", "according_to_articles", "sources",
    "no_date", "answer_prompt",
)


def test_every_language_fills_every_field() -> None:
    assert {"en", "fr", "es"} <= set(lang.LANGUAGES)
    for language in lang.all_languages():
        for name in REQUIRED:
            assert getattr(language, name), f"{language.code}.{name} is empty"
        assert "{title}" in language.according_to_article
        assert "{passages}" in language.answer_prompt and "{question}" in language.answer_prompt
        assert len(language.months) == 12


@pytest.mark.parametrize(("text", "code"), [
    ("Who met Kim in Vladivostok?", "en"),
    ("Qui a rencontré Kim à Vladivostok ?", "fr"),
    ("¿Quién se reunió con Kim en Vladivostok?", "es"),
    ("¿Qué dijo Campbell sobre lo que Rusia dio a cambio?", "es"),
    ("Kim Jong-un", "en"),  # nothing tells: the default
    # English possessives are not French elisions
    ("According to Canada's finance chief, which rules could Brazil's tariffs break?", "en"),
    ("Il s'est rendu à l'ambassade d'Ottawa.", "fr"),
])
def test_detect(text: str, code: str) -> None:
    assert lang.detect(text) == code


def test_unknown_codes_fall_back_to_english() -> None:
    assert lang.get("de") is lang.get("en")


@pytest.mark.parametrize("code", ["en", "fr", "es"])
def test_answer_prompt_is_in_the_language(code: str) -> None:
    chunk = Chunk("c", "d", "T", None, "fr", "s", 0, 4, "text")
    prompt = answer_prompt("q?", [chunk], code)
    assert lang.get(code).abstain in prompt.replace("« ", "").replace(" »", "") or \
        lang.get(code).abstain.rstrip(".") in prompt


def test_no_other_module_spells_out_framing_phrases() -> None:
    """Framing and abstention phrases live in rag/lang only."""
    phrases = [p for language in lang.all_languages()
               for p in (language.abstain, language.according_to_articles)]
    for path in RAG.glob("*.py"):
        text = path.read_text(encoding="utf-8")
        for p in phrases:
            assert p not in text, f"{path.name} spells out {p!r}: use rag.lang"
