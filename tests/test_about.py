"""Questions about an article as a whole, answered from its metadata, on documents read by
the real loader (bylines and datelines in the text, a sidecar file, a saved web page)."""

from __future__ import annotations

from pathlib import Path

import pytest

from rag.answer.about import (
    Card,
    about_answer,
    asked_about,
    card_choice,
    cards,
    names_the_press,
)
from rag.engine import Engine
from rag.ingest.chunk import chunk_document
from rag.ingest.load import load_corpus, load_document
from rag.read.reader import Found, Reading
from rag.types import Document, SearchResult

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
BODY_FR = (
    "Le gouvernement a présenté mardi un projet de loi sur la sécurité des réseaux. "
    "Le texte sera examiné par les députés en octobre, a précisé le ministre.\n\n"
    "« Nous ne savons pas », a déclaré la porte-parole, avant de quitter la salle de presse.\n"
)
BODY_EN = (
    "The government presented a bill on network security on Tuesday. Members of parliament "
    "will examine the text in October, the minister said.\n\n"
    "“We do not know,” the spokeswoman said before leaving the press room.\n"
)
ARTICLES = {
    "fr.txt": "Un projet de loi sur la sécurité des réseaux\n\nPar Jean Dupont, envoyé spécial à "
              "Lyon\nPublié le 12/09/2023 à 10h30\n\n" + BODY_FR,
    "en.md": "# A bill on network security\n\nBy Jane Doe and John Smith\n\nPublished: "
             "September 14, 2023\n\n" + BODY_EN + "\n© 2023 The Evening Courier. All rights "
             "reserved.\n",
    "bare.txt": "Un projet de loi sur la sécurité des réseaux\n\n" + BODY_FR,
    "web.md": '---\ntitle: "A bill on network security"\nauthor: "Ann Lee"\ndate: 2023-09-15\n'
              'source_name: "The Pacific Ledger"\nurl: "https://example.org/bill"\n---\n\n'
              "# A bill on network security\n\n" + BODY_EN,
    "sidecar.txt": "A bill on network security\n\n" + BODY_EN,
    "placed.txt": "Un projet de loi sur la sécurité des réseaux\nPor Marta Ibáñez\n"
                  "Valdeserra, 9 de octubre de 2025\n\n" + BODY_FR,
}
SIDECAR = '["sidecar.txt"]\nauthor = "Paul Martin"\ndate = 2023-10-01\nsource_name = "Le Soir"\n'


@pytest.fixture(scope="module")
def docs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Document]:
    folder = tmp_path_factory.mktemp("about")
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    (folder / "metadata.toml").write_text(SIDECAR, encoding="utf-8")
    return {d.doc_id: d for d in load_corpus([folder])}


def _results(doc: Document) -> list[SearchResult]:
    return [SearchResult(rank=i, chunk=c, score=1.0 / i)
            for i, c in enumerate(chunk_document(doc, min_words=5, max_words=40), 1)]


def _ask(doc: Document, question: str, language: str) -> tuple[str, str, int, int, bool]:
    answer = about_answer(question, language, _results(doc))
    assert answer is not None, question
    raw = Path(doc.source).read_text(encoding="utf-8")
    for c in answer.citations:
        assert c.doc_id == doc.doc_id and c.passage is not None
        if c.end > c.start:  # a span of the file: exact
            assert raw[c.start : c.end] == c.text
            assert all(e <= c.start or s >= c.end for s, e in doc.blocks)  # never content
    for s in answer.short_answers:
        assert raw[s.start : s.end] == s.text
    c0 = answer.citations[0] if answer.citations else None
    return (answer.answer, c0.text if c0 else "", c0.start if c0 else -1, c0.end if c0 else -1,
            answer.abstained)


def test_author_from_a_byline_in_the_questions_language(docs: dict[str, Document]) -> None:
    doc = docs["fr.txt"]
    text, cited, _, _, abstained = _ask(doc, "Who wrote the article on the network bill?", "en")
    assert not abstained and "was written by Jean Dupont [1]." in text
    assert cited == "Par Jean Dupont, envoyé spécial à Lyon"
    text, _, _, _, _ = _ask(doc, "Qui a écrit l’article sur la loi ?", "fr")
    assert text.startswith("L’article « Un projet de loi") and "écrit par Jean Dupont [1]" in text
    text, _, _, _, _ = _ask(doc, "¿Quién escribió el artículo sobre la ley?", "es")
    assert "fue escrito por Jean Dupont [1]" in text


def test_date_and_outlet_from_the_text(docs: dict[str, Document]) -> None:
    fr = docs["fr.txt"]
    text, cited, _, _, _ = _ask(fr, "Quand l'article sur la loi a-t-il été publié ?", "fr")
    assert "publié le 2023-09-12 [1]" in text and cited == "Publié le 12/09/2023 à 10h30"
    en = docs["en.md"]
    text, cited, _, _, _ = _ask(en, "When was the report on network security published?", "en")
    assert "published on 2023-09-14" in text and cited == "Published: September 14, 2023"
    text, cited, _, _, _ = _ask(en, "Who wrote the story about the bill?", "en")
    assert "written by Jane Doe and John Smith [1]" in text
    assert cited == "By Jane Doe and John Smith"
    text, cited, _, _, _ = _ask(en, "Which outlet published the article?", "en")
    assert "published by The Evening Courier [1]" in text
    assert cited == "© 2023 The Evening Courier"


def test_a_date_is_short_answered_as_the_article_writes_it(docs: dict[str, Document]) -> None:
    """The short answer to "when was it published" is the date as written (a span of the
    file, "September 14, 2023"), not the normalised value the answer states; a line that
    holds a place and a date ("Valdeserra, 9 de octubre de 2025") is a dateline."""
    for name, question, written in (
            ("en.md", "When was the report on network security published?", "September 14, 2023"),
            ("fr.txt", "When was the article on the bill published?", "12/09/2023"),
            ("placed.txt", "¿Cuándo se publicó el artículo sobre la ley?", "9 de octubre de 2025")):
        answer = about_answer(question, "en", _results(docs[name]))
        assert answer is not None and not answer.abstained, name
        assert [s.text for s in answer.short_answers] == [written]
        raw = Path(docs[name].source).read_text(encoding="utf-8")
        assert all(raw[s.start : s.end] == s.text for s in answer.short_answers)
    assert docs["placed.txt"].date == "2025-10-09"


def test_a_saved_web_page_cites_its_front_matter(docs: dict[str, Document]) -> None:
    doc = docs["web.md"]
    text, cited, _, _, _ = _ask(doc, "Quel média a publié cet article ?", "fr")
    assert "publié par The Pacific Ledger [1]" in text
    assert cited == 'source_name: "The Pacific Ledger"'
    _, cited, _, _, _ = _ask(doc, "Who is the author of the article?", "en")
    assert cited == 'author: "Ann Lee"'


def test_metadata_from_a_sidecar_cites_the_sidecar(docs: dict[str, Document]) -> None:
    doc = docs["sidecar.txt"]
    assert doc.meta_source is not None and doc.meta_source.endswith("metadata.toml")
    text, cited, start, end, _ = _ask(doc, "Who wrote the article on network security?", "en")
    assert "written by Paul Martin [1]" in text
    assert (start, end) == (0, 0) and "Paul Martin" in cited and "metadata.toml" in cited
    text, _, _, _, _ = _ask(doc, "¿Cuándo se publicó el artículo?", "es")
    assert "se publicó el 2023-10-01 [1]" in text


@pytest.mark.parametrize(
    ("question", "language", "expected"),
    [
        ("Who wrote the article on the network bill?", "en",
         "The article “Un projet de loi sur la sécurité des réseaux” does not name its author."),
        ("Quand l'article a-t-il été publié ?", "fr",
         "L’article « Un projet de loi sur la sécurité des réseaux » ne donne pas sa date de "
         "publication."),
        ("¿Qué medio publicó el artículo?", "es",
         "El artículo «Un projet de loi sur la sécurité des réseaux» no nombra el medio que lo "
         "publicó."),
    ],
)
def test_an_article_without_the_metadata_says_so(
    docs: dict[str, Document], question: str, language: str, expected: str
) -> None:
    answer = about_answer(question, language, _results(docs["bare.txt"]))
    assert answer is not None and answer.abstained and not answer.citations
    assert answer.answer == expected and answer.language == language


def test_the_bundled_corpus() -> None:
    cases = {
        "003": ("Who wrote the article about Blinken in Seoul?", "Célio Fioretti",
                "Avec notre correspondant à Séoul, Célio Fioretti"),
        "004": ("Qui est l’auteur de l’article sur Poutine et Kim ?", "Chia", "by Chia"),
        "002": ("When was the article on arms sales published?", "2023-09-12",
                "Write: 2023-09-12 10:59:55"),
        "001": ("Quelle est la date de publication de l’article ?", "2023-09", "date 2023-09"),
    }
    for prefix, (question, value, span) in cases.items():
        doc = load_document(next(CORPUS.glob(f"{prefix}_*.txt")))
        answer = about_answer(question, "fr" if "l’" in question else "en", _results(doc))
        assert answer is not None and value in answer.answer and not answer.abstained
        (c,) = answer.citations
        assert c.text == span and doc.raw_text[c.start : c.end] == span
        assert answer.short_answers and answer.short_answers[0].text in (value, "Chia")


@pytest.mark.parametrize(
    "question",
    [
        "What did Campbell say Russia gave in return?",
        "Which Russian newspaper reported that Putin would travel to North Korea?",
        "Who wrote the letter to Putin?",
        "What did the article say was published by the ministry?",
        "Quand Kim Jong-un est-il arrivé à Vostochny ?",
        "Où Poutine et Kim se sont-ils rencontrés en septembre 2023 ?",
    ],
)
def test_other_questions_are_not_about_the_article(docs: dict[str, Document],
                                                   question: str) -> None:
    assert asked_about(question) is None
    assert about_answer(question, "en", _results(docs["fr.txt"])) is None


def test_no_results_no_answer() -> None:
    assert about_answer("Who wrote the article?", "en", []) is None


def test_the_article_the_question_names_wins_over_the_best_passage(
    docs: dict[str, Document],
) -> None:
    results = [SearchResult(rank=i, chunk=r.chunk, score=1.0 / i) for i, r in enumerate(
        [*_results(docs["bare.txt"]), *_results(docs["en.md"])], 1)]
    answer = about_answer("Who wrote the article on network security?", "en", results)
    assert answer is not None and "Jane Doe and John Smith [1]" in answer.answer
    assert answer.citations[0].doc_id == "en.md"


# -- the reader reads each article's card (issue: "recognised however phrased") -----------


def test_a_card_per_article_with_every_field_and_where_its_value_is(
        docs: dict[str, Document]) -> None:
    results = [*_results(docs["fr.txt"]), *_results(docs["bare.txt"])]
    found = cards(results, "en")
    assert [c.chunk.doc_id for c in found] == ["fr.txt", "bare.txt"]  # one per article
    text = found[0].passage.chunk.text
    assert text.startswith("Title: Un projet de loi")
    values = {kind: text[a:b] for a, b, kind in found[0].fields}
    assert values["author"] == "Jean Dupont" and values["date"] == "2023-09-12"
    bare = found[1].passage.chunk.text
    assert "not given" in bare  # a value the article does not state is said to be missing


def test_the_cards_span_picks_the_field_and_its_article(docs: dict[str, Document]) -> None:
    found = cards([*_results(docs["fr.txt"]), *_results(docs["en.md"])], "en")
    text = found[1].passage.chunk.text
    a, b, _ = next(f for f in found[1].fields if f[2] == "author")

    def reading(card: Card, spans: list[tuple[int, int, float]]) -> Reading:
        chunk = card.passage.chunk
        return Reading(0, chunk, 0.0, tuple(Found(0, chunk, s, e, chunk.text[s:e], m)
                                            for s, e, m in spans))

    title_end = next(f for f in found[0].fields if f[2] == "title")[1]
    readings = [reading(found[0], [(7, title_end, 5.0)]),  # a title is never the answer
                reading(found[1], [(0, b, 1.5), (a, b, 1.0)])]  # ends in the author field
    choice = card_choice(found, readings)
    assert choice is not None and choice[0] == "author" and choice[1].doc_id == "en.md"
    assert choice[2] == 1.5 and text[a:b] == "Jane Doe and John Smith"


@pytest.mark.parametrize(("question", "value"), [
    ("Which journalist reported on Blinken's visit to Seoul?", "Célio Fioretti"),
    ("What date is on the KBS report about possible sanctions?", "2023-09-12"),
])
def test_article_questions_phrased_without_the_rules_words(engine: Engine, question: str,
                                                            value: str) -> None:
    assert asked_about(question) is None  # the rule does not see it; the reader does
    answer = engine.ask(question)
    assert answer.backend == "metadata" and not answer.abstained
    assert answer.short_answers and answer.short_answers[0].text == value
    (c,) = answer.citations
    assert (CORPUS / c.doc_id).read_text(encoding="utf-8")[c.start:c.end] == c.text


@pytest.mark.parametrize("question", [
    "Which Russian newspaper reported that Putin would travel to North Korea and Vietnam?",
    "What did the journalists ask Peskov?",
])
def test_questions_naming_the_press_about_the_story_are_read_from_it(engine: Engine,
                                                                    question: str) -> None:
    assert names_the_press(question)
    assert engine.ask(question).backend != "metadata"
