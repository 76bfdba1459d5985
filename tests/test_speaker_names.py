"""A speaker named in another language: "the White House" or "la Casa Blanca" for the
article's "la Maison Blanche" (the embeddings, ``Settings.speaker_similarity``).

The threshold was chosen on the general pairs below (institutions, countries, people; none
from the corpus): a question's name against names as a French article writes them, with
names that stand for none of them (near ones too: another senate, another EU body)."""

from __future__ import annotations

import numpy as np
import pytest

from rag.answer.attributed import similar_names
from rag.config import Settings
from rag.engine import Engine
from rag.ingest.speakers import bare_name
from rag.search.embed import get_embedder

STORED = ["l'Élysée", "la Commission européenne", "les Nations unies", "le Vatican",
          "le Sénat américain", "l'Allemagne", "le ministère britannique des Affaires étrangères",
          "la Banque centrale européenne", "le Parlement européen", "l'Autriche",
          "le gouvernement japonais", "la Chine", "Olaf Scholz", "Angela Merkel",
          "le Fonds monétaire international", "l'Assemblée nationale", "la Cour suprême",
          "le Pentagone", "l'Otan", "le Royaume-Uni", "Emmanuel Macron", "le pape François"]
ASKED: dict[str, str | None] = {
    "the Elysée": "l'Élysée", "the European Commission": "la Commission européenne",
    "la Comisión Europea": "la Commission européenne", "the United Nations": "les Nations unies",
    "las Naciones Unidas": "les Nations unies", "the Vatican": "le Vatican",
    "el Vaticano": "le Vatican", "the US Senate": "le Sénat américain",
    "Germany": "l'Allemagne", "Alemania": "l'Allemagne",
    "the British Foreign Office": "le ministère britannique des Affaires étrangères",
    "the European Central Bank": "la Banque centrale européenne",
    "el Banco Central Europeo": "la Banque centrale européenne",
    "the European Parliament": "le Parlement européen", "Austria": "l'Autriche",
    "the Japanese government": "le gouvernement japonais", "China": "la Chine",
    "Scholz": "Olaf Scholz", "the IMF": "le Fonds monétaire international",
    "el FMI": "le Fonds monétaire international", "the National Assembly": "l'Assemblée nationale",
    "the Supreme Court": "la Cour suprême", "NATO": "l'Otan", "la OTAN": "l'Otan",
    "Britain": "le Royaume-Uni", "Pope Francis": "le pape François",
    "el papa Francisco": "le pape François", "Macron": "Emmanuel Macron",
    "Smithers": None, "John Smith": None, "the World Bank": None, "el Banco Mundial": None,
    "Italy": None, "the Kremlin": None, "Spain": None, "the French Senate": None,
    "the WHO": None, "Rishi Sunak": None, "the Bundesbank": None, "Moscow": None,
    "Tokyo": None, "the European Council": None, "la Casa Rosada": None,
}


def test_the_threshold_on_general_name_pairs(settings: Settings) -> None:
    embedder = get_embedder(settings)
    vectors = np.asarray(embedder.embed_queries([bare_name(n) for n in STORED]))
    asked = list(ASKED)
    queries = np.asarray(embedder.embed_queries([bare_name(n) for n in asked]))
    right = wrong = 0
    for name, q in zip(asked, queries, strict=True):
        found = similar_names(q, vectors, STORED, settings.speaker_similarity)
        gold = ASKED[name]
        if found == ([gold] if gold else []):
            right += 1
        elif found:
            wrong += 1
    # measured at 0.91, names without their articles: 39 right, 4 missed ("NATO", "the
    # IMF"...), none wrong, of 43 (with their articles: 37 right, 2 wrong: another senate,
    # another EU body)
    assert right >= 38 and wrong == 0, (right, wrong)


@pytest.mark.parametrize(("question", "speaker"), [
    ("Según la Casa Blanca, ¿qué le da Rusia a Corea del Norte?", "la Maison Blanche"),
    ("What did the State Department say about the visit?", "le département d’Etat"),
])
def test_a_speaker_named_in_another_language_is_the_articles(engine: Engine, question: str,
                                                            speaker: str) -> None:
    sq = engine.quoted.parse(question)
    assert sq is not None and sq.speakers == (speaker,)


def test_a_name_like_no_speaker_is_still_nobody_quoted(engine: Engine) -> None:
    sq = engine.quoted.parse("What did Smithers say about Russia?")
    assert sq is not None and sq.speakers == () and sq.unknown == "Smithers"
    # "la France" is not "la Russie" (close by their article alone)
    assert engine.quoted.similar_speakers("la France") == []
    sq = engine.quoted.parse("What did France say about the visit?")
    assert sq is not None and sq.speakers == () and sq.unknown == "France"
