"""Boilerplate removal, titles, dates and language, on the real corpus and invented pages."""

from __future__ import annotations

from pathlib import Path

import pytest

from rag.ingest.clean import content_blocks, detect_language
from rag.ingest.meta import extract_meta, extract_title

CORPUS = Path(__file__).parent.parent / "corpus"


def _raw(prefix: str) -> str:
    (path,) = CORPUS.glob(f"{prefix}_*.txt")
    return path.read_text(encoding="utf-8")


# 1-based line numbers of each file that are article paragraphs. Everything else is
# boilerplate, the title (kept as metadata) or a short subheading.
CONTENT_LINES = {
    "000": list(range(2, 16)),
    "001": [3, 5, 7, 9, 11, 13, 15, 17, 19, 21],
    "002": [10, 12, 14, 16, 18, 20],
    "003": [8, 16, 18, 22, 24],
    "004": [8, 10, 20, 22, 24, 26, 28, 30, 32, 36, 38, 40, 42, 44, 46, 48, 50],
}

BOILERPLATE = [
    "date 2023-09",
    "Aller au menu",
    "Go Top",
    "Write: 2023",
    "Thumbnail",
    "Contenus recommandés",
    "Close",
    "cookies",
    "Voir en détail",
    "Jannah",
    "licen",
    "[ad_",
    "Publié sur",
    "2 minutes",
    "Avec notre correspondant",
    "Lire aussi",
    "Gn Ca news",
    "Back to top",
    "Home Actualité",
    "by Chia",
    "## ",
    "Poursuivez votre lecture",
    "ballons de déchets",
    "Les dirigeants du G7 acceptent un prêt",
    "Liste des événements clés, jour 840",
    "You may also like",
    "Leave a Comment",
]


def _line_spans(raw: str) -> list[tuple[int, int]]:
    spans, pos = [], 0
    for line in raw.split("\n"):
        spans.append((pos, pos + len(line)))
        pos += len(line) + 1
    return spans


@pytest.mark.parametrize("prefix", sorted(CONTENT_LINES))
def test_corpus_blocks_are_exactly_the_article_paragraphs(prefix: str) -> None:
    raw = _raw(prefix)
    blocks = content_blocks(raw)
    lines = _line_spans(raw)
    kept = []
    for s, e in blocks:
        assert raw[s:e] == raw[s:e].strip() and s < e
        (number,) = [n for n, (ls, le) in enumerate(lines, 1) if ls <= s and e <= le]
        kept.append(number)
        assert raw[s:e] == raw[lines[number - 1][0] : lines[number - 1][1]].strip()
    assert kept == CONTENT_LINES[prefix]
    assert blocks == sorted(blocks)


@pytest.mark.parametrize("prefix", sorted(CONTENT_LINES))
def test_corpus_boilerplate_never_in_blocks(prefix: str) -> None:
    raw = _raw(prefix)
    for s, e in content_blocks(raw):
        for phrase in BOILERPLATE:
            assert phrase not in raw[s:e], (prefix, phrase)


def test_key_sentences_are_kept() -> None:
    text004 = " ".join(_raw("004")[s:e] for s, e in content_blocks(_raw("004")))
    sentence = "Ce qui est moins clair, a-t-il déclaré, c’est ce que la Russie avait donné en retour."  # noqa: E501
    assert sentence in text004
    text001 = " ".join(_raw("001")[s:e] for s, e in content_blocks(_raw("001")))
    assert "Kim Jong-un au cosmodrome de Vostochny." in text001
    assert "Les alliés affirment que Moscou paiera le prix" in text001  # a lede without a period


TITLES = {
    "000": "Les États-Unis mettent en garde contre la sortie d'armes à la Russie",
    "001": "La Corée du Sud et les États-Unis lancent un avertissement à la Russie",
    "002": "Washington se déclare prêt à sanctionner les ventes d’armes de Pyongyang à Moscou",
    "003": "À Séoul, Antony Blinken dénonce une coopération militaire « dangereuse » entre "
    "Pyongyang et Moscou",
    "004": "Séoul et Washington suivent de près une rencontre entre Poutine et Kim à Pyongyang",
}
DATES = {"000": None, "001": "2023-09", "002": "2023-09-12", "003": None, "004": None}


@pytest.mark.parametrize("prefix", sorted(TITLES))
def test_corpus_title_date_language(prefix: str) -> None:
    raw = _raw(prefix)
    assert extract_title(raw, content_blocks(raw)) == TITLES[prefix]
    assert extract_meta(raw).date == DATES[prefix]
    assert detect_language(raw) == "fr"


# --- invented pages -----------------------------------------------------------------

P1 = (
    "Le gouvernement a présenté mardi un projet de loi sur la sécurité des réseaux. "
    "Le texte sera examiné par les députés en octobre, a précisé le ministre."
)
P2 = "« Nous ne savons pas. », a déclaré la porte-parole, avant de quitter la salle."
P3 = "Il a refusé de commenter."


def _kept(raw: str) -> list[str]:
    return [raw[s:e] for s, e in content_blocks(raw)]


def test_invented_page_from_another_cms() -> None:
    raw = "\n".join(
        [
            "Accueil > Monde > Europe",
            "Partager sur Facebook",
            "# Un titre inventé pour tester le nettoyage",
            "Publié le 12/09/2023 à 10h30",
            "Par Jean Dupont",
            "Abonnez-vous à notre newsletter pour recevoir nos articles chaque semaine.",
            "",
            P1,
            "",
            "Share this article",
            "Read more: Another unrelated headline about football and the league",
            "Yet another unrelated headline that readers might click on today",
            "",
            P2,
            "Related posts",
            "Headline one about something else entirely in the wide world",
            "Headline two about another topic for curious readers everywhere",
            P3,
            "© 2024 Tous droits réservés.",
            "Accept cookies",
            "We use cookies to improve your experience. By continuing, you agree to our policy.",
            "Leave a Comment",
            "3 commentaires",
            "Temps de lecture : 4 min",
            "Skip to content",
            "Crédit photo : AFP",
            "Advertisement",
            "[ad_3]",
        ]
    )
    assert _kept(raw) == [P1, P2, P3]
    assert extract_title(raw, content_blocks(raw)) == "Un titre inventé pour tester le nettoyage"
    assert extract_meta(raw).date == "2023-09-12"


@pytest.mark.parametrize(
    "line",
    [
        "Partager sur Facebook",
        "Partagez cet article :",
        "Share this article",
        "Share this article.",
        "Facebook Twitter LinkedIn",
        "Abonnez-vous à notre newsletter",
        "Abonnez-vous à notre newsletter pour ne rien manquer de l’actualité.",
        "Subscribe to our newsletter to get the latest stories in your inbox.",
        "Read more: Putin visits Pyongyang.",
        "Lire aussi : La Russie et la Corée du Nord signent un accord militaire inédit",
        "À lire également",
        "Sur le même sujet",
        "You might also like",
        "Related posts",
        "© 2024 Tous droits réservés",
        "© 2024 Le Journal du Soir. Tous droits réservés.",
        "Copyright 2024 Example Media. All rights reserved.",
        "Accept cookies",
        "Accepter les cookies.",
        "Ce site utilise des cookies pour mesurer l’audience. En continuant, vous acceptez.",
        "We use cookies to give you the best experience on our website.",
        "Leave a Comment",
        "Laisser un commentaire",
        "12 commentaires",
        "Skip to content",
        "Retour en haut de la page",
        "Aller au contenu principal",
        "Publié le 12/09/2023 à 10h30",
        "Mis à jour le 13 septembre 2023 à 08h00",
        "Published: September 12, 2023",
        "Updated 2 hours ago",
        "Crédit photo : AFP",
        "Photo : Reuters / Kim Hong-Ji.",
        "Temps de lecture : 3 min",
        "5 min read",
        "4 minutes",
        "Advertisement",
        "Publicité",
        "[ad_3]",
        "[/caption]",
        "Cet article est réservé aux abonnés.",
        "Il vous reste 75 % de cet article à lire.",
        "Par Jean Dupont, envoyé spécial à Séoul",
        "By Jane Doe and John Smith",
        "Home > World > Asia > Korea and the wider Pacific region news",
        "Accueil › International",
        "Voir en détail >",
        "Cliquez ici pour en savoir plus.",
        "Go to the theme options page to validate the license.",
        "Menu",
        "Rechercher",
        "Le Courrier du Pacifique",
        "Monde",
        "![photo](https://example.org/a.jpg)",
        "---",
    ],
)
def test_invented_boilerplate_lines_are_dropped(line: str) -> None:
    raw = f"Un titre inventé pour le test\n\n{P1}\n\n{line}\n\n{P2}\n"
    assert _kept(raw) == [P1, P2]


@pytest.mark.parametrize(
    "sentence",
    [
        "Par ailleurs, le ministre a démissionné.",
        "Partager le pouvoir n’est pas dans ses habitudes, a-t-il dit.",
        "Share prices fell.",
        "Publié le mois dernier, le rapport a fait grand bruit.",
        "La CNIL a infligé une amende à Google pour ses cookies publicitaires.",
        "Les lecteurs de la newsletter du journal ont été informés du changement.",
        "Home Office officials said the plan would change.",
        "Related talks are due next week.",
        "Copyright law was changed in 2019.",
        "By the end of the day, the talks had failed.",
        "Voir aussi la page 3 du rapport, a-t-il ajouté.",
        "Il a déclaré :",
        "Nous ne savons pas.",
        "Non.",
        "Pourquoi maintenant ?",
        "Les responsables sud-coréens et américains ont mis en garde contre la visite de Poutine",
    ],
)
def test_invented_real_sentences_are_kept(sentence: str) -> None:
    raw = f"Un titre inventé pour le test\n\n{P1}\n\n{sentence}\n\n{P2}\n"
    assert _kept(raw) == [P1, sentence, P2]


def test_link_list_after_read_more_runs_to_next_real_paragraph() -> None:
    raw = (
        f"Titre de test assez long pour un titre\n\n{P1}\n\nLire aussi\n\n"
        "La Corée du Nord envoie plus de ballons de déchets au Sud après la menace\n\n"
        "Les dirigeants du G7 acceptent un prêt de 50 milliards de dollars pour l’Ukraine\n\n"
        f"{P3}\n\nUne longue ligne sans point mais bien réelle qui décrit la suite des événements\n"
    )
    assert _kept(raw) == [
        P1,
        P3,
        "Une longue ligne sans point mais bien réelle qui décrit la suite des événements",
    ]


def test_spans_are_trimmed_and_markers_cut() -> None:
    raw = f"Titre d’un article de test\n\n[ad_1]   {P1}  [ad_2]\n\n\u00a0{P2}\u00a0\r\n"
    assert _kept(raw) == [P1, P2]


def test_soft_wrapped_paragraph_is_one_block() -> None:
    raw = (
        "# Un titre\n\nLe ministre a annoncé une réforme\nqui sera votée en octobre, "
        "selon son cabinet.\n\nUne autre phrase ici.\n"
    )
    kept = _kept(raw)
    assert kept == [
        "Le ministre a annoncé une réforme\nqui sera votée en octobre, selon son cabinet.",
        "Une autre phrase ici.",
    ]


def test_markdown_bullets_are_content_but_link_lists_are_not() -> None:
    raw = (
        "# Un titre\n\nLes mesures annoncées :\n\n- 50 milliards de dollars pour l’Ukraine\n"
        "- une coopération militaire renforcée\n- [Un titre d’article lié](https://example.org/x)\n"
    )
    assert _kept(raw) == [
        "Les mesures annoncées :",
        "- 50 milliards de dollars pour l’Ukraine",
        "- une coopération militaire renforcée",
    ]


def test_front_matter_gives_title_and_date_and_is_not_content() -> None:
    raw = f'---\ntitle: "Un titre de front matter"\ndate: 2024-06-14\n---\n\n{P1}\n'
    assert _kept(raw) == [P1]
    assert extract_title(raw, content_blocks(raw)) == "Un titre de front matter"
    assert extract_meta(raw).date == "2024-06-14"


def test_title_falls_back_to_first_sentence() -> None:
    raw = f"{P1}\n\n{P2}\n"
    assert _kept(raw) == [P1, P2]
    assert extract_title(raw, content_blocks(raw)).startswith("Le gouvernement a présenté mardi")


@pytest.mark.parametrize(
    ("raw", "date"),
    [
        (f"Titre\n\nPublié le 12/09/2023\n\n{P1}", "2023-09-12"),
        (f"Title\n\nPublished: September 12, 2023\n\n{P1}", "2023-09-12"),
        (f"Title\n\nPosted on 3 March 2024\n\n{P1}", "2024-03-03"),
        (f"Titre\n\n12 septembre 2023\n\n{P1}", "2023-09-12"),
        (f"PARIS, 12 septembre 2023 (AFP) – {P1}", "2023-09-12"),
        (f" date 2023-09 Un titre\n\n{P1}", "2023-09"),
        (f"Titre\n\n{P1}\n\nLe 12 septembre 2023, Poutine a rencontré Kim.", None),
        (f"Le 12 septembre 2023, Poutine a rencontré Kim.\n\n{P1}", None),
        (f"Titre\n\nPublié le 31/02/2023\n\n{P1}", None),
        (f"Titre\n\n{P1}", None),
    ],
)
def test_extract_date(raw: str, date: str | None) -> None:
    assert extract_meta(raw).date == date


def test_detect_language() -> None:
    assert detect_language("Le président a déclaré que la guerre est terminée.") == "fr"
    assert detect_language("The president said that the war is over and it was time.") == "en"
    assert detect_language("") == "fr"


# --- bylines, datelines and outlets: metadata, never content ---------------------------

BYLINES = [
    # (line, author, the span cited for it)
    ("Par Marie-Hélène Le Goff, à Bruxelles", "Marie-Hélène Le Goff",
     "Par Marie-Hélène Le Goff, à Bruxelles"),
    ("PAR JEAN DUPONT", "JEAN DUPONT", "PAR JEAN DUPONT"),
    ("par Élise Vincent (avec AFP)", "Élise Vincent", "par Élise Vincent"),
    ("By Sarah O’Connor and James Whitfield", "Sarah O’Connor and James Whitfield",
     "By Sarah O’Connor and James Whitfield"),
    ("By Kim Tong-Hyung | Associated Press", "Kim Tong-Hyung", "By Kim Tong-Hyung"),
    ("By J. R. Ellison, Jane Doe and Ann Lee", "J. R. Ellison, Jane Doe and Ann Lee",
     "By J. R. Ellison, Jane Doe and Ann Lee"),
    ("Written by Priya Natarajan", "Priya Natarajan", "Written by Priya Natarajan"),
    ("Auteur : Lucas Bernard", "Lucas Bernard", "Auteur : Lucas Bernard"),
    ("De notre correspondante à Moscou, Anne Dastakian", "Anne Dastakian",
     "De notre correspondante à Moscou, Anne Dastakian"),
    ("From our correspondent in Tokyo, Hiroshi Sato", "Hiroshi Sato",
     "From our correspondent in Tokyo, Hiroshi Sato"),
    ("Por Ana García y Luis Pérez", "Ana García y Luis Pérez", "Por Ana García y Luis Pérez"),
]


@pytest.mark.parametrize(("line", "author", "span"), BYLINES)
def test_bylines_of_other_outlets(line: str, author: str, span: str) -> None:
    raw = f"Un titre inventé pour le test\n\n{line}\n\n{P1}\n\n{P2}\n"
    assert _kept(raw) == [P1, P2]
    meta = extract_meta(raw)
    assert meta.author == author
    assert meta.byline is not None and meta.byline.text == span
    assert raw[meta.byline.start : meta.byline.end] == span


def test_a_byline_under_the_title_and_a_lowercase_one() -> None:
    raw = f"# A headline for the test\nby Chia\n\n{P1}\n\n{P2}\n"
    assert _kept(raw) == [P1, P2] and extract_meta(raw).author == "Chia"


def test_a_byline_far_down_the_page_is_not_the_author() -> None:
    raw = f"Titre\n\n{P1}\n\n{P2}\n\n{P3}\n\nPar Marc Lenoir\n\nUn commentaire.\n"
    assert extract_meta(raw).author is None  # a comment's signature, not the byline
    assert "Par Marc Lenoir" not in _kept(raw)


DATELINES = [
    # (line before the first paragraph, ISO date, the span cited for it)
    ("Publié le 3 mars 2024 à 18h05, mis à jour le 4 mars 2024 à 09h00", "2024-03-03",
     "Publié le 3 mars 2024 à 18h05"),
    ("Published: Sept. 5, 2023 at 10:30 GMT", "2023-09-05",
     "Published: Sept. 5, 2023 at 10:30 GMT"),
    ("Updated on March 3rd, 2024", "2024-03-03", "Updated on March 3rd, 2024"),
    ("Publicado el 12 de septiembre de 2023", "2023-09-12",
     "Publicado el 12 de septiembre de 2023"),
    ("Mis à jour le mardi 1er août 2023", "2023-08-01", "Mis à jour le mardi 1er août 2023"),
    ("By Jane Doe | September 12, 2023", "2023-09-12", "September 12, 2023"),
    ("14/06/2024", "2024-06-14", "14/06/2024"),
]


@pytest.mark.parametrize(("line", "date", "span"), DATELINES)
def test_datelines(line: str, date: str, span: str) -> None:
    raw = f"Un titre inventé pour le test\n\n{line}\n\n{P1}\n\n{P2}\n"
    assert _kept(raw) == [P1, P2]
    meta = extract_meta(raw)
    assert meta.date == date and meta.dateline is not None
    assert raw[meta.dateline.start : meta.dateline.end] == span


def test_a_dateline_opening_the_story_is_cut_from_it() -> None:
    raw = f"Un titre\n\nMOSCOU, 5 septembre 2023 (Reuters) – {P1}\n\n{P2}\n"
    assert _kept(raw) == [P1, P2]
    meta = extract_meta(raw)
    assert meta.date == "2023-09-05" and meta.source_name == "Reuters"
    assert meta.dateline is not None and meta.dateline.text == "MOSCOU, 5 septembre 2023 (Reuters)"
    assert meta.source_line is not None and raw[meta.source_line.start:meta.source_line.end] == (
        "Reuters")


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("© 2024 Le Journal du Soir. Tous droits réservés.", "Le Journal du Soir"),
        ("Copyright © 2023 Pacific Daily News, Inc. All rights reserved.", "Pacific Daily News"),
        ("La Gazette de Lyon – Tous droits réservés", "La Gazette de Lyon"),
        ("© El Diario del Norte 2024", "El Diario del Norte"),
        ("Photo © Jean Dupont / AFP", None),  # a photo credit, not the outlet
        ("© 2024 Tous droits réservés", None),
    ],
)
def test_the_outlet_of_a_copyright_line(line: str, outlet: str | None) -> None:
    raw = f"Un titre inventé pour le test\n\n{P1}\n\n{P2}\n\n{line}\n"
    assert _kept(raw) == [P1, P2]
    meta = extract_meta(raw)
    assert meta.source_name == outlet
    if meta.source_line is not None:
        assert raw[meta.source_line.start : meta.source_line.end] == meta.source_line.text


def test_front_matter_metadata_with_spans() -> None:
    raw = ('---\ntitle: "Un titre"\nauthor: "Jean \\"JD\\" Dupont"\nsite_name: Le Soir\n'
           f"date: 2024-06-14T10:00:00Z\nurl: https://example.org/a\nlanguage: fr\n---\n\n{P1}\n")
    meta = extract_meta(raw)
    assert (meta.title, meta.author, meta.source_name, meta.date, meta.url, meta.language) == (
        "Un titre", 'Jean "JD" Dupont', "Le Soir", "2024-06-14", "https://example.org/a", "fr")
    assert meta.byline is not None and meta.byline.text == 'author: "Jean \\"JD\\" Dupont"'
    assert _kept(raw) == [P1]
