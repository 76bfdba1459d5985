"""Sentence splitting and chunking: exact offsets, no boilerplate, no lost sentence, stable ids."""

from __future__ import annotations

import dataclasses
import itertools
from pathlib import Path

import pytest

from rag.errors import InputError
from rag.ingest.chunk import chunk_document, split_sentences
from rag.ingest.clean import content_blocks, count_words
from rag.ingest.load import load_corpus, load_document
from rag.types import Chunk, Document

CORPUS = Path(__file__).parent.parent / "corpus"


@pytest.fixture(scope="module")
def docs() -> list[Document]:
    return load_corpus([CORPUS])


def _sentences(text: str) -> list[str]:
    return [text[s:e] for s, e in split_sentences(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "« Nous ne savons pas. », a déclaré Peskov. Il est parti.",
            ["« Nous ne savons pas. », a déclaré Peskov.", "Il est parti."],
        ),
        (
            "« Vraiment ? » a-t-il demandé. Personne n’a répondu !",
            ["« Vraiment ? » a-t-il demandé.", "Personne n’a répondu !"],
        ),
        (
            "« Je ne sais pas… » a-t-il dit. Puis rien.",
            ["« Je ne sais pas… » a-t-il dit.", "Puis rien."],
        ),
        (
            "M. Park et Mme Durand sont arrivés. Le Dr Martin aussi.",
            ["M. Park et Mme Durand sont arrivés.", "Le Dr Martin aussi."],
        ),
        (
            "He met Dr. Smith in St. Louis. They talked about the U.S. economy. Then he left...",
            [
                "He met Dr. Smith in St. Louis.",
                "They talked about the U.S. economy.",
                "Then he left...",
            ],
        ),
        ("J. R. R. Tolkien est né. Il est mort.", ["J. R. R. Tolkien est né.", "Il est mort."]),
        ("Le taux est de 3.5 % en mai. Il baisse.", ["Le taux est de 3.5 % en mai.", "Il baisse."]),
        ("Le site example.com ferme. Voilà.", ["Le site example.com ferme.", "Voilà."]),
        ("Il cria « Au secours ! » puis se tut.", ["Il cria « Au secours ! » puis se tut."]),
        ("Il a dit : « Non ! » Elle a ri.", ["Il a dit : « Non ! »", "Elle a ri."]),
        (
            "« De l’argent liquide ? Est-ce de l’énergie ? Nous ne savons pas. »",
            ["« De l’argent liquide ?", "Est-ce de l’énergie ?", "Nous ne savons pas. »"],
        ),
        ("1. Premier point. 2. Second point.", ["1. Premier point.", "2. Second point."]),
        ("Sans point\nUne phrase. Deux.", ["Sans point", "Une phrase.", "Deux."]),
        ("Une phrase\n\nsur deux paragraphes.", ["Une phrase", "sur deux paragraphes."]),
        ("Une phrase coupée\nen deux lignes. Fin.", ["Une phrase coupée\nen deux lignes.", "Fin."]),
        ("Is it true? Yes! It is.", ["Is it true?", "Yes!", "It is."]),
        ('"We do not know." He left.', ['"We do not know."', "He left."]),
        ("  Espaces autour.  \n", ["Espaces autour."]),
        ("", []),
        (" \n\t ", []),
    ],
)
def test_split_sentences(text: str, expected: list[str]) -> None:
    assert _sentences(text) == expected


def test_split_sentences_offsets_are_absolute() -> None:
    text = "xx Une phrase. Deux phrases. yy"
    spans = split_sentences(text, 3, 28)
    assert [text[s:e] for s, e in spans] == ["Une phrase.", "Deux phrases."]
    assert spans[0] == (3, 14)


def test_split_sentences_on_corpus_quotes(docs: list[Document]) -> None:
    doc = next(d for d in docs if d.doc_id.startswith("001"))
    raw = doc.raw_text
    sentences = {raw[s:e] for b in doc.blocks for s, e in split_sentences(raw, *b)}
    assert (
        "« La coopération militaire de la Russie [with North Korea] constitue une grave violation "
        "des résolutions du Conseil de sécurité de l’ONU. » a déclaré le vice-ministre sud-coréen "
        "des Affaires étrangères Chang Ho-jin lors d’une conférence de presse après l’événement."
    ) in sentences
    doc3 = next(d for d in docs if d.doc_id.startswith("003"))
    text3 = doc3.raw_text
    assert any(
        text3[s:e].startswith("Aujourd’hui, M. Park et moia déclaré M. Blinken, ont discuté")
        for b in doc3.blocks
        for s, e in split_sentences(text3, *b)
    )


# --- chunks of the real corpus ----------------------------------------------------------


def _covered(doc: Document) -> list[bool]:
    mask = [False] * len(doc.raw_text)
    for s, e in doc.blocks:
        mask[s:e] = [True] * (e - s)
    return mask


def test_chunk_offsets_are_exact_and_never_span_boilerplate(docs: list[Document]) -> None:
    for doc in docs:
        chunks = chunk_document(doc)
        mask = _covered(doc)
        assert chunks
        for c in chunks:
            assert doc.raw_text[c.start : c.end] == c.text
            assert c.text == c.text.strip()
            assert all(mask[i] or doc.raw_text[i].isspace() for i in range(c.start, c.end)), c.id
        assert [c.start for c in chunks] == sorted(c.start for c in chunks)
        assert all(a.end <= b.start for a, b in itertools.pairwise(chunks))


def test_every_sentence_is_in_a_chunk(docs: list[Document]) -> None:
    for doc in docs:
        chunks = chunk_document(doc)
        for b in doc.blocks:
            for s, e in split_sentences(doc.raw_text, *b):
                assert any(c.start <= s and e <= c.end for c in chunks), doc.raw_text[s:e]
    text004 = "\n".join(c.text for c in chunk_document(docs[4]))
    sentence = "Ce qui est moins clair, a-t-il déclaré, c’est ce que la Russie avait donné en retour."  # noqa: E501
    assert sentence in text004
    text001 = "\n".join(c.text for c in chunk_document(docs[1]))
    assert "au cosmodrome de Vostochny." in text001


BOILERPLATE = [
    "Aller au menu", "Go Top", "Write:", "Thumbnail", "Contenus recommandés", "Close", "cookies",
    "Jannah", "license", "[ad_", "Publié sur", "2 minutes", "Lire aussi", "Gn Ca news",
    "Back to top", "Home Actualité", "by Chia", "##", "Poursuivez votre lecture",
    "La Corée du Nord envoie plus de ballons de déchets au Sud",
    "Les dirigeants du G7 acceptent un prêt de 50 milliards",
    "Guerre Russie-Ukraine: Liste des événements clés, jour 840",
    "You may also like", "Leave a Comment", "date 2023-09", "monde\n",
]


def test_no_boilerplate_in_chunks(docs: list[Document]) -> None:
    for doc in docs:
        for c in chunk_document(doc):
            for phrase in BOILERPLATE:
                assert phrase not in c.text, (c.id, phrase)


def test_chunk_sizes_and_fields(docs: list[Document]) -> None:
    for doc in docs:
        for c in chunk_document(doc):
            assert 60 <= count_words(c.text) <= 150, c.id
            assert (c.doc_id, c.title, c.date, c.language, c.source) == (
                doc.doc_id, doc.title, doc.date, doc.language, doc.source
            )
    small = [chunk_document(d, min_words=20, max_words=40) for d in docs]
    assert max(count_words(c.text) for chunks in small for c in chunks) <= 40


def test_chunk_ids_are_stable_and_follow_the_text(docs: list[Document]) -> None:
    first = [c.id for d in docs for c in chunk_document(d)]
    again = [c.id for d in load_corpus([CORPUS]) for c in chunk_document(d)]
    assert first == again
    assert len(set(first)) == len(first)

    doc = docs[4]
    old = chunk_document(doc)
    # same length: only the chunk holding the edit changes
    raw = doc.raw_text.replace("Vedomosti", "Kommersan")
    same_length = chunk_document(
        dataclasses.replace(doc, raw_text=raw, blocks=tuple(content_blocks(raw)))
    )
    changed = [(a.id, b.id) for a, b in zip(old, same_length, strict=True) if a.id != b.id]
    assert len(changed) == 1
    assert "Kommersan" in next(c.text for c in same_length if c.id == changed[0][1])
    # shorter: chunks before the edit keep their ids, the ones after move
    raw = doc.raw_text.replace("Vedomosti", "Izvestia")
    shorter = chunk_document(
        dataclasses.replace(doc, raw_text=raw, blocks=tuple(content_blocks(raw)))
    )
    edit = doc.raw_text.index("Vedomosti")
    for a, b in zip(old, shorter, strict=True):
        assert (a.id == b.id) == (a.end < edit)


# --- invented documents -------------------------------------------------------------------


def _doc(tmp_path: Path, text: str) -> Document:
    path = tmp_path / "doc.txt"
    path.write_text(text, encoding="utf-8")
    return load_document(path)


def _sentence(i: int, words: int) -> str:
    return " ".join(["Le"] + [f"mot{i}x{j}" for j in range(words - 2)] + ["fin."])


def _check(doc: Document, chunks: list[Chunk]) -> None:
    for c in chunks:
        assert doc.raw_text[c.start : c.end] == c.text


def test_long_sentence_is_cut_with_exact_offsets(tmp_path: Path) -> None:
    clauses = ", ".join(" ".join(f"m{i}w{j}" for j in range(9)) for i in range(40))
    doc = _doc(tmp_path, f"Titre de test pour un long texte\n\n{clauses}.\n")
    chunks = chunk_document(doc, min_words=60, max_words=150)
    _check(doc, chunks)
    assert len(chunks) >= 3
    assert all(count_words(c.text) <= 150 for c in chunks)
    assert " ".join(c.text for c in chunks) == f"{clauses}."
    assert all(c.text.endswith((",", ".")) for c in chunks)


def test_short_tail_is_merged_and_paragraphs_are_respected(tmp_path: Path) -> None:
    paras = [_sentence(1, 40) + " " + _sentence(2, 30), _sentence(3, 70), _sentence(4, 10)]
    doc = _doc(tmp_path, "Titre de test pour les paragraphes\n\n" + "\n\n".join(paras) + "\n")
    chunks = chunk_document(doc, min_words=60, max_words=150)
    _check(doc, chunks)
    assert [c.text for c in chunks] == [paras[0], paras[1] + "\n\n" + paras[2]]


def test_chunks_do_not_cross_removed_lines(tmp_path: Path) -> None:
    a, b = _sentence(1, 20), _sentence(2, 20)
    doc = _doc(tmp_path, f"Titre de test pour la coupure\n\n{a}\n\nShare this article\n\n{b}\n")
    chunks = chunk_document(doc, min_words=60, max_words=150)
    assert [c.text for c in chunks] == [a, b]


def test_bad_sizes(docs: list[Document]) -> None:
    with pytest.raises(InputError, match="min_words <= max_words"):
        chunk_document(docs[0], min_words=100, max_words=50)
    with pytest.raises(InputError, match="RAG_CHUNK_MIN_WORDS"):
        chunk_document(docs[0], min_words=0)
