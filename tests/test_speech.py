"""Who-said-what questions: which speaker a question names and what it asks (no model).

The speakers here are invented, not the corpus's: the parser must work for any names."""

from __future__ import annotations

import pytest

from rag.answer.roles import name_stands_apart, senses_in, speaker_by_role
from rag.answer.speech import (
    cue_spans,
    named_speakers,
    parse_speech_question,
    qualifies_role,
    resolve_previous,
    tokens,
)
from rag.answer.speech_words import claim_of
from rag.answer.topic import name_runs
from rag.ingest.attributions import Attribution
from rag.ingest.speakers import bare_name
from rag.types import Chunk, SearchResult, Span

SPEAKERS = ["Maria Gonzalez", "Jean Dupont", "Dmitri Volkov", "Dmitry Volkov",
            "le ministère des Affaires étrangères", "la Maison Blanche", "la France"]
TITLES = {"Maria Gonzalez": "porte-parole du Kremlin", "Jean Dupont": "ministre des Finances",
          "Dmitri Volkov": "ambassadeur", "Dmitry Volkov": "ambassadeur"}


def parse(question: str, previous: tuple[str, ...] = ()):  # type: ignore[no-untyped-def]
    return parse_speech_question(question, SPEAKERS, TITLES, previous)


@pytest.mark.parametrize("question", [
    "What did Dupont say about the budget?",
    "Qu’a déclaré Jean Dupont sur le budget ?",
    "¿Qué dijo Dupont sobre el presupuesto?",
    "According to Jean Dupont, what will the budget be?",
    "D’après Dupont, quel sera le budget ?",
    "Selon Dupont, quel sera le budget ?",
    "Según Dupont, ¿cuál será el presupuesto?",
    "What did finance minister Jean Dupont say about taxes?",
    "What kind of talks did Jean Dupont encourage the unions to hold?",
])
def test_the_speaker_next_to_the_speech_cue_is_found_in_three_languages(question: str) -> None:
    sq = parse(question)
    assert sq is not None and sq.kind == "what"
    assert sq.speakers == ("Jean Dupont",) and sq.others == () and sq.adjacent


@pytest.mark.parametrize("question", [
    "How did Dupont react to the vote?",
    "What does Jean Dupont think about the budget?",
    "What was Dupont's objection to the tax?",
    "Que reproche Jean Dupont au gouvernement ?",
    "Comment Dupont a-t-il réagi au vote ?",
    "¿Cómo reaccionó Dupont a la votación?",
    "¿Qué opina Dupont del presupuesto?",
    "How did Jean Dupont describe the reopening of the line?",
    "How did Jean Dupont sum up the challenge?",
    "Comment Jean Dupont a-t-il résumé la situation ?",
    "¿Cómo resumió Jean Dupont el proyecto?",
])
def test_reactions_and_opinions_ask_what_a_speaker_said(question: str) -> None:
    sq = parse(question)
    assert sq is not None and sq.kind == "what" and sq.speakers == ("Jean Dupont",)


def test_spelling_variants_of_a_name_are_one_speaker() -> None:
    sq = parse("What did Volkov say about the treaty?")
    assert sq is not None and set(sq.speakers) == {"Dmitri Volkov", "Dmitry Volkov"}
    sq = parse("What did Dmitry Volkov say about the treaty?")
    assert sq is not None and set(sq.speakers) == {"Dmitri Volkov", "Dmitry Volkov"}


def test_an_institution_speaks_through_the_title_of_its_spokesperson() -> None:
    sq = parse("What did the Kremlin say about the visit?")
    assert sq is not None and sq.speakers == ("Maria Gonzalez",) and sq.on == "title"
    sq = parse("Qu’a dit la Maison Blanche sur la visite ?")
    assert sq is not None and sq.speakers == ("la Maison Blanche",) and sq.on == "speaker"


def test_a_capital_of_a_quoted_country_is_not_an_unknown_name() -> None:
    assert parse("What did Paris say about the treaty?") is None  # la France is quoted
    sq = parse("What did Lyon say about the treaty?")
    assert sq is not None and sq.unknown == "Lyon"


def test_a_quoted_name_that_is_the_topic_is_not_the_speaker() -> None:
    sq = parse("What did Gonzalez say about Dupont's budget?")
    assert sq is not None and sq.speakers == ("Maria Gonzalez",)
    # the subject of "did ... say" even when a name follows the verb closer
    sq = parse("What did the finance minister Jean Dupont say Paris would do?")
    assert sq is not None and sq.speakers == ("Jean Dupont",) and sq.adjacent
    sq = parse("What did Director of Finance Jean Dupont say Paris would do?")
    assert sq is not None and sq.speakers == ("Jean Dupont",)


def test_a_capital_of_a_country_quoted_in_another_language_is_not_unknown() -> None:
    def similar(name: str) -> list[str]:  # the embeddings: "Russia" is "la Russie"
        return ["la Russie"] if name == "Russia" else []

    speakers = [*SPEAKERS, "la Russie"]
    assert parse_speech_question("What did Moscow say about the talks?", speakers, TITLES,
                                 similar=similar) is None
    sq = parse_speech_question("What did Madrid say about the talks?", speakers, TITLES,
                               similar=similar)
    assert sq is not None and sq.unknown == "Madrid"  # Spain is nobody quoted


def test_a_possessive_name_before_a_role_qualifies_the_speaker() -> None:
    # "Lyon's mayor" is someone Lyon has, not Lyon: no name nobody quoted, no speaker
    assert parse("What did Lyon's mayor say about the treaty?") is None
    assert parse("According to Lyon’s finance chief, what will the budget be?") is None
    sq = parse("What did France's Dupont say about taxes?")  # a name follows: the speaker
    assert sq is not None and sq.speakers == ("Jean Dupont",)
    sq = parse("Who is Dupont's adviser quoted by the paper?")
    assert sq is None or not sq.speakers


def test_a_name_in_another_language_is_asked_of_the_embeddings() -> None:
    asked: list[str] = []

    def similar(name: str) -> list[str]:
        asked.append(name)
        return ["la Maison Blanche"] if name == "White House" else []

    sq = parse_speech_question("What did the White House say about the treaty?",
                               SPEAKERS, TITLES, similar=similar)
    assert sq is not None and sq.speakers == ("la Maison Blanche",)
    assert asked == ["White House"]
    sq = parse_speech_question("What did Smith say about the visit?", SPEAKERS, TITLES,
                               similar=similar)
    assert sq is not None and sq.unknown == "Smith"
    asked.clear()  # a name that qualifies a role is not a speaker's name
    parse_speech_question("What will Paris give, according to White House officials?",
                          SPEAKERS, TITLES, similar=similar)
    assert asked == []  # a name that matches by its words needs no embedding
    parse_speech_question("What did Dupont say?", SPEAKERS, TITLES, similar=similar)
    assert asked == []


def test_two_speakers_joined_by_and_are_reported() -> None:
    for question in ("What did Dupont and Gonzalez say about the visit?",
                     "¿Qué dijeron Dupont y Gonzalez sobre la visita?"):
        sq = parse(question)
        assert sq is not None and sq.speakers == ("Jean Dupont",)
        assert sq.others == ("Maria Gonzalez",)


def test_a_name_nobody_quoted_is_unknown() -> None:
    sq = parse("What did Smith say about the visit?")
    assert sq is not None and sq.speakers == () and sq.unknown == "Smith"
    sq = parse("Qu’a dit Martin sur la visite ?")  # "Qu’a" starts the question: not a name
    assert sq is not None and sq.unknown == "Martin"


def test_a_name_after_the_verb_of_he_is_its_object() -> None:
    """ "How did he describe Portugal?": "he" speaks (the previous speaker), the name is what
    he described."""
    sq = parse("How did he describe Portugal?", ("What did Jean Dupont say about taxes?",))
    assert sq is not None and sq.speakers == ("Jean Dupont",) and not sq.unknown


@pytest.mark.parametrize(("question", "name", "qualifies"), [
    ("What did the mayor of Tarvel say about the bridge?", "Tarvel", True),
    ("Comment le boulanger d'Orvins explique-t-il la hausse ?", "Orvins", True),
    ("¿Qué dijo el alcalde de Soria sobre el puente?", "Soria", True),
    ("What did Tarvel's mayor say?", "Tarvel", True),
    ("What did coach Ann Dale say about the match?", "Ann Dale", False),
    ("What did Smith tell the minister?", "Smith", False),
])
def test_a_name_that_only_says_whose_role_it_is(question: str, name: str,
                                                qualifies: bool) -> None:
    assert qualifies_role(question, name) is qualifies


@pytest.mark.parametrize("question", [
    "Who said the visit would not harm ties?",
    "Qui a affirmé que la visite ne nuirait pas aux liens ?",
    "¿Quién dijo que la visita no dañaría los lazos?",
    "Which US official said the talks had failed?",
    "Which official described the talks as a failure?",
    "Quel ministre a qualifié de désastre les négociations ?",
    "¿Qué ministro calificó de fracaso las negociaciones?",
    "Quel ministre a déclaré que les négociations avaient échoué ?",
])
def test_who_said_questions(question: str) -> None:
    sq = parse(question)
    assert sq is not None and sq.kind == "who"


def test_a_who_question_names_the_speakers_it_picks_among() -> None:
    sq = parse("Which Kremlin spokesman said the talks had failed?")
    assert sq is not None and sq.kind == "who" and sq.among == ("Maria Gonzalez",)  # title
    sq = parse("Who said that Dupont would resign?")  # the topic's name is not among
    assert sq is not None and sq.kind == "who" and sq.among == ()


def test_what_the_spokesman_said_is_not_a_who_question() -> None:
    sq = parse("¿Qué respondió el portavoz del Kremlin sobre la visita?")
    assert sq is not None and sq.kind == "what" and sq.speakers == ("Maria Gonzalez",)


@pytest.mark.parametrize("question", [
    "And what did he say about the taxes?",
    "Et qu’a-t-il ajouté sur les impôts ?",
    "Sur quoi Paris et Berlin se sont-ils accordés, selon lui ?",
])
def test_a_pronoun_speaker_is_the_previous_questions(question: str) -> None:
    sq = parse(question, ("What did Jean Dupont say about the budget?",))
    assert sq is not None and sq.speakers == ("Jean Dupont",)
    assert parse(question) is None  # no earlier question: nobody to refer to
    # the previous answer's speaker ("Who said ...?" answered Gonzalez) comes first
    sq = parse_speech_question(question, SPEAKERS, TITLES,
                               ("Who said the talks failed?",), "Maria Gonzalez")
    assert sq is not None and sq.speakers == ("Maria Gonzalez",)


def test_a_pronoun_speaker_named_by_the_previous_answer_or_question() -> None:
    # "Who is ...?" answered with a name: "he" is the person the answer names
    sq = parse_speech_question("What did he say about taxes?", SPEAKERS, TITLES,
                               ("Who is the finance minister?",), None,
                               ("The finance minister is Jean Dupont.",))
    assert sq is not None and sq.speakers == ("Jean Dupont",)
    # a question naming a person without a speech verb ("Qui est X ?")
    found = resolve_previous(("Qui est Maria Gonzalez ?",), SPEAKERS, TITLES, None,
                             ("La porte-parole de la France.",))
    assert found is not None and found.speakers == ("Maria Gonzalez",)  # a person first
    assert resolve_previous(("Where is the budget?",), SPEAKERS, TITLES, None,
                            ("In Paris.",)) is None


def test_named_speakers_need_a_names_last_word_and_put_names_before_titles() -> None:
    names = named_speakers("Le conseiller des Affaires étrangères Jean Dupont", SPEAKERS,
                           TITLES)
    assert names[0] == ("Jean Dupont",)
    assert ("le ministère des Affaires étrangères",) not in names  # "Affaires" alone
    assert named_speakers("The Kremlin spokeswoman", SPEAKERS, TITLES) == [("Maria Gonzalez",)]
    assert named_speakers("Nobody here", SPEAKERS, TITLES) == []


@pytest.mark.parametrize("question", [
    "What is the population of Pyongyang?",
    "When did Dupont travel to Moscow?",
    "Combien de missiles ont été tirés ?",
])
def test_questions_that_are_not_about_speech(question: str) -> None:
    assert parse(question) is None


def test_a_bare_name_has_no_leading_article() -> None:
    assert bare_name("la Maison Blanche") == "Maison Blanche"
    assert bare_name("l’Élysée") == "Élysée" and bare_name("the White House") == "White House"
    assert bare_name("Jean Dupont") == "Jean Dupont" and bare_name("la") == "la"


def test_tokens_keep_offsets_and_drop_elisions_and_possessives() -> None:
    text = "D’après Dupont’s l'Élysée"
    toks = tokens(text)
    assert [t.text for t in toks] == ["D’après", "Dupont", "Élysée"]
    assert all(text[t.start:t.end] == t.text for t in toks)
    assert cue_spans("What did Dupont say?") and not cue_spans("Where is Dupont?")


def test_a_speech_verb_after_an_article_is_an_adjective() -> None:
    """ "the estimated reserve", "el dicho acuerdo": no cue (a fact question, not speech)."""
    assert not cue_spans("How big is the estimated lithium reserve at Valdeserra?")
    assert not cue_spans("What was the reported death toll?")
    assert cue_spans("Who estimated the cost of the bridge?")
    assert cue_spans("¿Qué dijo el alcalde?") and cue_spans("Qu'a déclaré le maire ?")
    assert cue_spans("Qu'est-ce que le Pentagone a confirmé ?")  # "a": French, no article


def test_que_conto_asks_what_someone_told_not_how_many() -> None:
    """ "¿Qué contó X sobre …?" is speech; "¿Cuántos tractores contó …?" is a count."""
    assert cue_spans("¿Qué contó el director del colegio sobre los niños?")
    assert not cue_spans("¿Cuántos tractores contó la Delegación del Gobierno?")
    for asked in ("Who apologised to the patients?", "Qui s'est excusé auprès des patients ?",
                  "¿Quién pidió disculpas a los pacientes?"):  # an apology is speech
        assert cue_spans(asked), asked


def test_a_name_ending_like_an_article_keeps_its_verb() -> None:
    """ "did … insist" is a speech cue after a name ending in "an" or "a" ("Morvan",
    "Costa") as after any name; after an article ("the reveal") it is not."""
    assert cue_spans("What did Inès Morvan insist on regarding the tram fares?")
    assert cue_spans("What did Lucia Costa reveal about the contract?")
    assert not cue_spans("What did the reveal show?")


@pytest.mark.parametrize(("question", "claim"), [
    ("Who warned that the bridge would close in May?", "the bridge would close in May"),
    ("¿Quién dijo que el agua llegaría en junio?", "el agua llegaría en junio"),
    ("Qui a affirmé qu'il n'y aurait aucun licenciement ?", "il n'y aurait aucun licenciement"),
    ("Who said so?", "Who said so?"),
    ("¿Quién afirmó que, al final, el puente resistirá?", "al final, el puente resistirá"),
])
def test_the_claim_of_a_who_said_question(question: str, claim: str) -> None:
    """ "Who said …?" is matched with what was said by its words after the cue."""
    assert claim_of(question) == claim


@pytest.mark.parametrize(("question", "named", "speaker", "apart"), [
    # the name is the speaker whatever role the question also names
    ("Que reproche Marta Egea Sanz au maire de Valdecarrasca ?", "Marta Egea Sanz",
     "Marta Egea Sanz", True),
    ("What did Carmen Ledesma say teachers are asking for?", "Carmen Ledesma",
     "Carmen Ledesma", True),
    ("¿Qué advirtió la concejala Ramsden sobre la apelación?", "Ramsden", "Priya Ramsden", True),
    ("Comment le président de l'université, Alan Greaves, a-t-il justifié la fermeture ?",
     "Alan Greaves", "Alan Greaves", True),
    ("¿Qué admitió el jefe de proyecto Kofi Lindahl sobre la ventana?", "Kofi Lindahl",
     "Kofi Lindahl", True),
    # the name says whose or where the role is
    ("¿Qué dijo la alcaldesa de Tucson sobre el agua?", "Tucson", "Tucson", False),
    ("What did Zaragoza's mayor say about the tram?", "Zaragoza", "Zaragoza", False),
    ("What did the State Department spokesperson say about the talks?", "State Department",
     "le département d'État", False),
    ("What did the delegate in Andalusia say about ambulances?", "Andalusia",
     "Asociación de Transportistas de Andalucía", False),
    ("What did the spokesman of Greyfin Shipping say?", "Greyfin Shipping",
     "Greyfin Shipping", False),
    ("Qu'a promis le patron de Great Lakes & Ohio Valley aux familles ?",
     "Great Lakes & Ohio Valley", "Ohio Valley", False),
])
def test_a_name_apart_from_the_role_is_the_speaker(question: str, named: str, speaker: str,
                                                   apart: bool) -> None:
    """A role word elsewhere in the question (its object, or the named person's own title)
    does not replace the person it names (rag.answer.roles.name_stands_apart)."""
    assert name_stands_apart(question, named, [speaker]) is apart


def test_a_name_of_several_words_is_one_thing_asked_about() -> None:
    runs = name_runs("¿Qué dijo Sophie Radel sobre el salario de los pilotos de Air Vallée?")
    assert runs == [{"sophie", "radel"}, {"air", "vallee"}]
    assert name_runs("What did Dupont say about Lyon?") == []


def test_a_hyphen_joins_role_words_as_a_space_does() -> None:
    senses = [s for _, _, s in senses_in("président-directeur général de Calvène Médias")]
    assert senses == ["president"]
    assert senses_in("le vice-ministre des Affaires étrangères") == ()
    assert [s for _, _, s in senses_in("la vice-présidente")] == ["vice-president"]
    assert [s for _, _, s in senses_in("le maire-adjoint")] == ["deputy-mayor"]


def _said(doc_id: str, speaker: str, title: str, article: str) -> Attribution:
    words = "Nous ferons le nécessaire."
    return Attribution(doc_id=doc_id, kind="quote", speaker=speaker, speaker_title=title,
                       speaker_span=None, cue=None, content=Span(0, len(words), words),
                       sentence=Span(0, len(words), words), resolved_by="name", title=article)


def test_a_role_held_once_among_all_speakers_names_them() -> None:
    """A role no speaker of the articles found holds is the one speaker quoted anywhere who
    holds it, when only one does and the question's names are in their article
    (rag.answer.roles.speaker_by_role); two holders, or another place: nobody."""
    items = [_said("a.txt", "Isabelle Marchadier", "préfète de la Vaudrenne",
                   "Grêle : les vignerons de la Vaudrenne comptent leurs pertes"),
             _said("b.txt", "Owen Tully", "mayor", "Harwick hospital to close its wards")]
    assert speaker_by_role("What did the prefect promise the growers?", items, []) == (
        "Isabelle Marchadier", "prefect")
    assert speaker_by_role("What did the prefect of Loiret promise?", items, []) is None
    two = [*items, _said("c.txt", "Jean Roche", "préfet du Cantal", "Le Cantal sous la neige")]
    assert speaker_by_role("What did the prefect promise the growers?", two, []) is None


def test_of_two_role_holders_the_one_whose_article_the_question_situates() -> None:
    """Two spokespeople of the same department in two retrieved articles: the one whose
    article holds more of the question's names answers ("in the piece on Lena Orlova's
    trip to Oslo"), whatever the search's order."""
    title = "porte-parole du Département d'État"
    items = [_said("a.txt", "Mark Dell", title, "Sanctions : Washington durcit le ton"),
             _said("b.txt", "Ruth Abele", title, "Washington met en garde")]
    texts = {"a.txt": "Le Département d'État a annoncé des sanctions contre Caracas.",
             "b.txt": "Lena Orlova est arrivée à Oslo lundi, a indiqué le Département d'État."}
    results = [SearchResult(rank=i + 1, score=0.0, chunk=Chunk(
        id=d, doc_id=d, title=d, date=None, language="fr", source=d, start=0,
        end=len(texts[d]), text=texts[d])) for i, d in enumerate(texts)]
    question = ("In the piece on Lena Orlova's trip to Oslo, what did the State Department "
                "spokesperson say?")
    assert speaker_by_role(question, items, results, article=texts.__getitem__)[0] == "Ruth Abele"
    assert speaker_by_role(question, items, results)[0] == "Mark Dell"  # the search's first


def test_the_only_holder_is_not_taken_when_an_unquoted_person_speaks() -> None:
    """ "What did Putin tell the prefect?": the role is whom the person spoke to; the one
    holder quoted anywhere is only taken when the question names nobody."""
    items = [_said("a.txt", "Isabelle Marchadier", "préfète de la Vaudrenne", "Grêle")]
    question = "What did the prefect promise the growers?"
    assert speaker_by_role(question, items, [], anywhere=False) is None
    assert speaker_by_role(question, items, []) == ("Isabelle Marchadier", "prefect")
