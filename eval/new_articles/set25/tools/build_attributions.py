"""Build attributions.jsonl from hand-chosen texts.

Every record below was chosen by hand (kind, speaker words, resolved speaker,
cue, content, sentence).  Offsets are never typed: this script finds each
text in the raw file.  The sentence must occur exactly once in the file; the
speaker, cue and content must each occur exactly once inside the sentence.
A field may be given as (text, context): the context must occur once in the
sentence and the text once in the context.  Anything missing or ambiguous
stops the script.

Run:  python3 tools/build_attributions.py   (from the fresh27 folder)
"""
import json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
CORPUS = os.path.join(ROOT, "corpus")
OUT = os.path.join(ROOT, "attributions.jsonl")

D1 = "001_greve-pilotes-air-vallee.txt"
D2 = "002_calder-vale-hospital-merger.txt"
D3 = "003_villarosa-pisos-turisticos.txt"
D4 = "004_fc-montclaret-vente-stade.txt"
D5 = "005_corrigan-ridge-tailings-leak.txt"
D6 = "006_hornos-arrieta-concurso.txt"
LANG = {D1: "fr", D2: "en", D3: "es", D4: "fr", D5: "en", D6: "es"}


def nbsp(s):
    """004 puts U+00A0 inside « » and before the colon that opens a quote."""
    if s is None:
        return None
    if isinstance(s, tuple):
        return tuple(nbsp(x) for x in s)
    return s.replace("« ", "«\u00a0").replace(" »", "\u00a0»").replace(" : «", "\u00a0: «")


# resolved speaker -> title as the article gives it anywhere (None if none)
TITLES = {
    D1: {
        "Julien Ferrandou": "président de la section Air Vallée du Syndicat national des pilotes régionaux (SNPR)",
        "les pilotes d’Air Vallée Régionale": None,
        "Hélène Castaing": "directrice générale d’Air Vallée",
        "Air Vallée Régionale": None,
        "Marc Delorme": "commandant de bord",
        "Une enseignante de 52 ans": None,
        "Un mécanicien de la compagnie": None,
        "Bertrand Oualid": "vice-président chargé des transports",
        "Sophie Radel": "économiste à l’Institut Lumen des transports",
    },
    D2: {
        "opponents": None,
        "Miriam Achterberg": "chair of the trust board",
        "Owen Pryce": "regional organiser for the Allied Care Workers Union",
        "the Calder Vale Health Trust": None,
        "A nurse": None,
        "a 68-year-old retired bus driver": None,
        "Janet Mulroy": "Councillor",
        "the Northern Reaches Health Authority": None,
        "Tomasz Wilk": "the trust's chief executive",
        "Leon Hartigan": "Health economist",
    },
    D3: {
        "Remedios Quintanar": "alcaldesa",
        "Íñigo Salaberri": "concejal de Urbanismo",
        "Fermín Aldabe": "presidente de la Asociación de Viviendas Turísticas de la Costa (AVITUC)",
        "el Ayuntamiento de Villarosa del Mar": None,
        "Una vecina de 70 años de la calle Arenal": None,
        "un camarero de una terraza de la plaza de la Lonja": None,
        "Gonzalo Retuerto": "portavoz de Avanza Villarosa",
        "Nuria Elizalde": "investigadora",
    },
    D4: {
        "le FC Montclaret": None,
        "Arnaud Besseyre": "président du club",
        "Patrice Lemaistre": "directeur général",
        "Karima Benslimane": "porte-parole de l'association Tribune Nord 1921",
        "Un abonné de 63 ans de la tribune Nord": None,
        "Une commerçante": None,
        "Yves Carrouge": "maire de Montclaret",
        "plusieurs élus d'opposition": None,
        "Sébastien Taillandier": "Ancien capitaine du club",
    },
    D5: {
        "Hallbrook Minerals": None,
        "Gregor Stenhouse": "Hallbrook’s chief executive",
        "A mine worker": None,
        "Priya Castellane": "a spokeswoman for the agency",
        "Rosa Kettering": "Mayor",
        "a fisherman": None,
        "Joanna Whitlock": "a campaigner with the River Keepers Alliance",
        "the River Keepers Alliance": None,
        "Felix Ambersley": "Hydrologist",
    },
    D6: {
        "Hornos Arrieta": None,
        "Ramiro Arrieta": "fundador y consejero delegado",
        "Leire Olabide": "administradora concursal",
        "Carmen Vidaurre": "delegada del Sindicato Unitario de la Alimentación (SUA) en la empresa",
        "una dependienta con quince años en la empresa": None,
        "Una clienta jubilada": None,
        "Los proveedores": None,
        "Andrés Zubiri": "director de Harinera del Tormal",
        "Beatriz Montalvo": "analista de la consultora Grano Análisis",
    },
}

Q, R = "quote", "reported"
# (doc, kind, sentence, speaker_text, speaker, cue, content, notes)
REC = []
def add(doc, kind, sent, sp, speaker, cue, content, notes=None):
    REC.append((doc, kind, sent, sp, speaker, cue, content, notes))

# ---------------------------------------------------------------- 001 (fr)
d = D1
s = "« Nous ne faisons pas grève de gaieté de cœur », a déclaré Julien Ferrandou, président de la section Air Vallée du Syndicat national des pilotes régionaux (SNPR), devant une cinquantaine de grévistes réunis sur le parking du terminal."
add(d, Q, s, "Julien Ferrandou, président de la section Air Vallée du Syndicat national des pilotes régionaux (SNPR)", "Julien Ferrandou", "a déclaré", "Nous ne faisons pas grève de gaieté de cœur")
s = "« Mais depuis trois ans, on nous demande de voler plus, pour moins, avec des plannings qui changent la veille pour le lendemain. »"
add(d, Q, s, None, "Julien Ferrandou", None, "Mais depuis trois ans, on nous demande de voler plus, pour moins, avec des plannings qui changent la veille pour le lendemain.",
    "quote with no speaker or cue in its sentence; it continues Ferrandou's quote after the cue sentence")
s = "Les pilotes réclament une hausse de 9 % de leur rémunération et un plafond de 14 jours de vol par mois."
add(d, R, s, "Les pilotes", "les pilotes d’Air Vallée Régionale", "réclament", "une hausse de 9 % de leur rémunération et un plafond de 14 jours de vol par mois",
    "group speaker; a demand")
s = "Le syndicaliste a assuré que les grévistes étaient prêts à « tenir jusqu’aux vacances d’hiver s’il le faut »."
add(d, R, s, "Le syndicaliste", "Julien Ferrandou", "a assuré", "les grévistes étaient prêts à « tenir jusqu’aux vacances d’hiver s’il le faut »", "role noun refers to Julien Ferrandou")
add(d, Q, s, "Le syndicaliste", "Julien Ferrandou", "a assuré", "tenir jusqu’aux vacances d’hiver s’il le faut", "quote fragment nested in the reported record before")
s = "Il a toutefois précisé qu’une reprise partielle des liaisons vers l’hôpital de Port-Mirel, utilisées par des patients dialysés, serait assurée dès mercredi."
add(d, R, s, "Il", "Julien Ferrandou", "a toutefois précisé", "une reprise partielle des liaisons vers l’hôpital de Port-Mirel, utilisées par des patients dialysés, serait assurée dès mercredi",
    "pronoun resolves to Julien Ferrandou (le syndicaliste)")
s = "Pour Hélène Castaing, directrice générale d’Air Vallée, la revendication salariale « mettrait en péril l’équilibre d’une compagnie qui a perdu 4,2 millions d’euros l’an dernier »."
add(d, R, s, "Hélène Castaing, directrice générale d’Air Vallée", "Hélène Castaing", ("Pour", "Pour Hélène"), "la revendication salariale « mettrait en péril l’équilibre d’une compagnie qui a perdu 4,2 millions d’euros l’an dernier »")
add(d, Q, s, "Hélène Castaing, directrice générale d’Air Vallée", "Hélène Castaing", ("Pour", "Pour Hélène"), "mettrait en péril l’équilibre d’une compagnie qui a perdu 4,2 millions d’euros l’an dernier", "quote fragment nested in the reported record before")
s = "Dans un communiqué publié dimanche, la compagnie a indiqué que « chaque journée de grève coûte environ 380 000 euros » et a appelé « à la reprise immédiate du dialogue »."
add(d, Q, s, "la compagnie", "Air Vallée Régionale", "a indiqué", "chaque journée de grève coûte environ 380 000 euros", "statement (communiqué) of the airline")
add(d, Q, s, "la compagnie", "Air Vallée Régionale", "a appelé", "à la reprise immédiate du dialogue", "statement (communiqué) of the airline; a call")
s = "Elle affirme avoir proposé trois dates de rencontre, toutes déclinées par le syndicat."
add(d, R, s, "Elle", "Air Vallée Régionale", "affirme", "avoir proposé trois dates de rencontre, toutes déclinées par le syndicat", "pronoun resolves to la compagnie (Air Vallée Régionale)")
s = "« C’est faux », rétorque Marc Delorme, commandant de bord depuis dix-neuf ans dans la compagnie."
add(d, Q, s, "Marc Delorme, commandant de bord depuis dix-neuf ans dans la compagnie", "Marc Delorme", "rétorque", "C’est faux", "answers the airline's claim of the record before")
s = "« On nous a envoyé des créneaux de trente minutes, à six heures du matin, par courriel. Ce n’est pas une négociation, c’est un alibi. »"
add(d, Q, s, None, "Marc Delorme", None, "On nous a envoyé des créneaux de trente minutes, à six heures du matin, par courriel. Ce n’est pas une négociation, c’est un alibi.",
    "quote with no speaker or cue in its sentences; it continues Delorme's quote; two sentences inside one pair of guillemets")
s = "Le pilote raconte avoir effectué 96 heures de vol en décembre, « un record personnel dont je me serais bien passé »."
add(d, R, s, "Le pilote", "Marc Delorme", "raconte", "avoir effectué 96 heures de vol en décembre, « un record personnel dont je me serais bien passé »", "role noun refers to Marc Delorme")
add(d, Q, s, "Le pilote", "Marc Delorme", "raconte", "un record personnel dont je me serais bien passé", "quote fragment nested in the reported record before")
s = "Une enseignante de 52 ans, qui devait rejoindre sa mère hospitalisée à Port-Mirel, a confié avoir passé « neuf heures dans un car au lieu de cinquante minutes dans un avion »."
add(d, R, s, "Une enseignante de 52 ans", "Une enseignante de 52 ans", "a confié", "avoir passé « neuf heures dans un car au lieu de cinquante minutes dans un avion »", "unnamed source")
add(d, Q, s, "Une enseignante de 52 ans", "Une enseignante de 52 ans", "a confié", "neuf heures dans un car au lieu de cinquante minutes dans un avion", "quote fragment nested in the reported record before")
s = "« Je comprends les pilotes, vraiment, a-t-elle ajouté. Mais ce sont toujours les mêmes qui trinquent. »"
add(d, Q, s, ("elle", "a-t-elle"), "Une enseignante de 52 ans", "a-t-elle ajouté", "Je comprends les pilotes, vraiment, a-t-elle ajouté. Mais ce sont toujours les mêmes qui trinquent.",
    "incise: the content runs from the first to the last quoted word and includes 'a-t-elle ajouté'; the guillemets enclose two sentences; 'elle' is the teacher")
s = "Un mécanicien de la compagnie, qui a requis l’anonymat, estime pour sa part que la direction « a laissé pourrir la situation » depuis l’automne."
add(d, R, s, "Un mécanicien de la compagnie", "Un mécanicien de la compagnie", "estime pour sa part", "la direction « a laissé pourrir la situation » depuis l’automne", "unnamed source")
add(d, Q, s, "Un mécanicien de la compagnie", "Un mécanicien de la compagnie", "estime pour sa part", "a laissé pourrir la situation", "quote fragment nested in the reported record before")
s = "Selon lui, au moins six pilotes ont quitté Air Vallée en 2025 pour des concurrents mieux payés."
add(d, R, s, "lui", "Un mécanicien de la compagnie", "Selon", "au moins six pilotes ont quitté Air Vallée en 2025 pour des concurrents mieux payés", "pronoun resolves to the unnamed mechanic")
s = "Son vice-président chargé des transports, Bertrand Oualid, a annoncé lundi la nomination d’un médiateur, l’ancien inspecteur du travail Gérard Pellissier."
add(d, R, s, "Son vice-président chargé des transports, Bertrand Oualid", "Bertrand Oualid", "a annoncé", "la nomination d’un médiateur, l’ancien inspecteur du travail Gérard Pellissier", "'Son' = la région Haute-Lisière; an announcement")
s = "« Je ne laisserai pas notre territoire être coupé du reste du pays », a martelé l’élu, qui promet une première réunion tripartite « avant la fin de la semaine »."
add(d, Q, s, "l’élu", "Bertrand Oualid", "a martelé", "Je ne laisserai pas notre territoire être coupé du reste du pays", "role noun refers to Bertrand Oualid")
add(d, R, s, "l’élu", "Bertrand Oualid", "promet", "une première réunion tripartite « avant la fin de la semaine »", "speaker is the antecedent of the relative 'qui'; a promise")
add(d, Q, s, "l’élu", "Bertrand Oualid", "promet", "avant la fin de la semaine", "quote fragment nested in the reported record before")
s = "D’après Sophie Radel, économiste à l’Institut Lumen des transports, le conflit dépasse largement le cas d’Air Vallée."
add(d, R, s, "Sophie Radel, économiste à l’Institut Lumen des transports", "Sophie Radel", "D’après", "le conflit dépasse largement le cas d’Air Vallée")
s = "« Toutes les petites compagnies régionales sont coincées entre des coûts qui explosent et des billets qu’elles ne peuvent pas augmenter », explique-t-elle."
add(d, Q, s, ("elle", "explique-t-elle"), "Sophie Radel", "explique-t-elle", "Toutes les petites compagnies régionales sont coincées entre des coûts qui explosent et des billets qu’elles ne peuvent pas augmenter", "pronoun resolves to Sophie Radel")
s = "L’économiste prévient que, sans aide publique, « deux ou trois lignes pourraient disparaître d’ici 2027 »."
add(d, R, s, "L’économiste", "Sophie Radel", "prévient", "sans aide publique, « deux ou trois lignes pourraient disparaître d’ici 2027 »", "role noun refers to Sophie Radel; a warning")
add(d, Q, s, "L’économiste", "Sophie Radel", "prévient", "deux ou trois lignes pourraient disparaître d’ici 2027", "quote fragment nested in the reported record before")
s = "M. Ferrandou a promis une nouvelle assemblée générale jeudi à 10 heures."
add(d, R, s, "M. Ferrandou", "Julien Ferrandou", "a promis", "une nouvelle assemblée générale jeudi à 10 heures", "a promise")

# ---------------------------------------------------------------- 002 (en)
d = D2
s = "The board of the Calder Vale Health Trust voted 9 to 4 on Monday night to merge St Brannoc's General Hospital and Harwood Infirmary into a single organisation, ending eighteen months of consultation and setting up what opponents call \"the biggest shake-up of local care in a generation.\""
add(d, Q, s, "opponents", "opponents", ("call", "opponents call"), "the biggest shake-up of local care in a generation.", "unnamed group; the object of 'call' is the relative 'what', so the quote is the whole content")
s = "\"This was not an easy decision, and nobody around this table took it lightly,\" said Dr Miriam Achterberg, chair of the trust board."
add(d, Q, s, "Dr Miriam Achterberg, chair of the trust board", "Miriam Achterberg", "said", "This was not an easy decision, and nobody around this table took it lightly,")
s = "\"But we cannot keep running two half-staffed emergency departments and pretend that is safe.\""
add(d, Q, s, None, "Miriam Achterberg", None, "But we cannot keep running two half-staffed emergency departments and pretend that is safe.", "quote with no speaker or cue in its sentence; it continues Achterberg's quote")
s = "Achterberg said the merger would save about £11.6 million a year, money she promised would be \"reinvested in front-line staff, not in consultants' reports.\""
add(d, R, s, "Achterberg", "Miriam Achterberg", "said", "the merger would save about £11.6 million a year")
add(d, R, s, ("she", "money she promised"), "Miriam Achterberg", "promised", "would be \"reinvested in front-line staff, not in consultants' reports.\"", "a promise; its subject 'money' stands before the speaker and cue, in the apposition 'money she promised'")
add(d, Q, s, ("she", "money she promised"), "Miriam Achterberg", "promised", "reinvested in front-line staff, not in consultants' reports.", "quote fragment nested in the reported record before")
s = "She added that no nurse or doctor would lose their job as a result of the vote."
add(d, R, s, "She", "Miriam Achterberg", "added", "no nurse or doctor would lose their job as a result of the vote", "pronoun resolves to Miriam Achterberg")
s = "Owen Pryce, regional organiser for the Allied Care Workers Union, which represents around 1,400 staff at the two sites, called the vote \"a stitch-up decided long before tonight.\""
add(d, R, s, "Owen Pryce, regional organiser for the Allied Care Workers Union", "Owen Pryce", "called", "the vote \"a stitch-up decided long before tonight.\"")
add(d, Q, s, "Owen Pryce, regional organiser for the Allied Care Workers Union", "Owen Pryce", "called", "a stitch-up decided long before tonight.", "quote fragment nested in the reported record before")
s = "The union leader warned that his members could take industrial action if the trust pressed ahead with plans to move night shifts to St Brannoc's."
add(d, R, s, "The union leader", "Owen Pryce", "warned", "his members could take industrial action if the trust pressed ahead with plans to move night shifts to St Brannoc's", "role noun refers to Owen Pryce; a warning")
s = "\"They say nobody loses their job,\" Pryce told reporters outside the boardroom."
add(d, Q, s, "Pryce", "Owen Pryce", "told", "They say nobody loses their job,")
add(d, R, s, "They", "the Calder Vale Health Trust", "say", "nobody loses their job", "nested inside Pryce's quote: 'They' are the trust's leaders (cf. Achterberg's pledge that no nurse or doctor would lose their job)")
s = "\"Fine. But if you tell a nurse in Harwood she now works 14 miles away, with no bus after ten at night, you are not sacking her. You're just making her quit.\""
add(d, Q, s, None, "Owen Pryce", None, "Fine. But if you tell a nurse in Harwood she now works 14 miles away, with no bus after ten at night, you are not sacking her. You're just making her quit.",
    "quote with no speaker or cue in its sentences; it continues Pryce's quote")
s = "A nurse who has worked in Harwood's emergency department for eleven years, and who asked not to be named because she was not authorised to speak to the press, said morale on her ward was \"the lowest I have ever seen it.\""
add(d, R, s, "A nurse", "A nurse", ("said", "press, said"), "morale on her ward was \"the lowest I have ever seen it.\"", "unnamed source")
add(d, Q, s, "A nurse", "A nurse", ("said", "press, said"), "the lowest I have ever seen it.", "quote fragment nested in the reported record before")
s = "According to her, four of the department's 22 nurses have applied for jobs elsewhere since Christmas."
add(d, R, s, ("her", "According to her"), "A nurse", "According to", "four of the department's 22 nurses have applied for jobs elsewhere since Christmas", "pronoun resolves to the unnamed nurse")
s = "Among them was a 68-year-old retired bus driver who said he had been taken to Harwood twice with chest pains."
add(d, R, s, "a 68-year-old retired bus driver", "a 68-year-old retired bus driver", "said", "he had been taken to Harwood twice with chest pains", "unnamed source; speaker is the antecedent of the relative 'who'")
s = "\"Twenty minutes it took me the second time,\" he said."
add(d, Q, s, ("he", "he said"), "a 68-year-old retired bus driver", "said", "Twenty minutes it took me the second time,", "pronoun resolves to the retired bus driver")
s = "\"Make it forty-five, and I'm not sure I'd be standing here.\""
add(d, Q, s, None, "a 68-year-old retired bus driver", None, "Make it forty-five, and I'm not sure I'd be standing here.", "quote with no speaker or cue in its sentence; it continues the bus driver's quote")
s = "Councillor Janet Mulroy, who leads the city council's health scrutiny committee, said the council would ask the regional health authority to review the decision."
add(d, R, s, "Councillor Janet Mulroy", "Janet Mulroy", ("said", "committee, said"), "the council would ask the regional health authority to review the decision", "she leads the city council's health scrutiny committee")
s = "She argued that the trust had \"consistently underestimated\" journey times for residents of the Harwood estate."
add(d, R, s, "She", "Janet Mulroy", "argued", "the trust had \"consistently underestimated\" journey times for residents of the Harwood estate", "pronoun resolves to Janet Mulroy")
add(d, Q, s, "She", "Janet Mulroy", "argued", "consistently underestimated", "quote fragment nested in the reported record before")
s = "The Northern Reaches Health Authority said in a statement that it would \"examine any referral carefully and promptly,\" but stressed that the merger plan had met all national safety standards."
add(d, R, s, "The Northern Reaches Health Authority", "the Northern Reaches Health Authority", "said in a statement", "it would \"examine any referral carefully and promptly,\"", "institution statement")
add(d, Q, s, "The Northern Reaches Health Authority", "the Northern Reaches Health Authority", "said in a statement", "examine any referral carefully and promptly,", "quote fragment nested in the reported record before")
add(d, R, s, "The Northern Reaches Health Authority", "the Northern Reaches Health Authority", "stressed", "the merger plan had met all national safety standards", "same statement, second verb with the same subject")
s = "Tomasz Wilk, the trust's chief executive, insisted the timetable was realistic."
add(d, R, s, "Tomasz Wilk, the trust's chief executive", "Tomasz Wilk", "insisted", "the timetable was realistic")
s = "\"If that building is late, Harwood stays open. Full stop,\" Wilk said."
add(d, Q, s, "Wilk", "Tomasz Wilk", "said", "If that building is late, Harwood stays open. Full stop,", "the quote holds two sentences")
s = "According to Hartigan, similar mergers in other regions delivered \"roughly half the savings\" originally planned in their first three years."
add(d, R, s, "Hartigan", "Leon Hartigan", "According to", "similar mergers in other regions delivered \"roughly half the savings\" originally planned in their first three years")
add(d, Q, s, "Hartigan", "Leon Hartigan", "According to", "roughly half the savings", "quote fragment nested in the reported record before")
s = "He noted, however, that smaller emergency departments struggle to recruit senior doctors, which he described as \"the real crisis nobody wants to talk about.\""
add(d, R, s, ("He", "He noted"), "Leon Hartigan", "noted", "smaller emergency departments struggle to recruit senior doctors", "pronoun resolves to Leon Hartigan; content stops before the relative clause, which holds the next record")
add(d, Q, s, ("he", "which he described"), "Leon Hartigan", "described as", "the real crisis nobody wants to talk about.", "pronoun resolves to Leon Hartigan; the object of 'described as' is the relative 'which', so the quote is the whole content")

# ---------------------------------------------------------------- 003 (es)
d = D3
s = "«No estamos en contra del turismo; estamos a favor de que la gente pueda vivir en su ciudad», afirmó la alcaldesa, Remedios Quintanar, al término de una sesión que se prolongó durante más de cinco horas."
add(d, Q, s, "la alcaldesa, Remedios Quintanar", "Remedios Quintanar", "afirmó", "No estamos en contra del turismo; estamos a favor de que la gente pueda vivir en su ciudad")
s = "Quintanar recordó que el precio medio del alquiler en el casco antiguo ha subido un 61 % desde 2019."
add(d, R, s, "Quintanar", "Remedios Quintanar", "recordó", "el precio medio del alquiler en el casco antiguo ha subido un 61 % desde 2019")
s = "El concejal de Urbanismo, Íñigo Salaberri, aseguró que el consistorio contratará a ocho inspectores más para vigilar el cumplimiento de la norma."
add(d, R, s, "El concejal de Urbanismo, Íñigo Salaberri", "Íñigo Salaberri", "aseguró", "el consistorio contratará a ocho inspectores más para vigilar el cumplimiento de la norma")
s = "«Vamos a ir piso por piso si hace falta», advirtió."
add(d, Q, s, None, "Íñigo Salaberri", "advirtió", "Vamos a ir piso por piso si hace falta", "no speaker words: the subject of 'advirtió' is implicit (Salaberri, previous sentence)")
s = "Fermín Aldabe, presidente de la Asociación de Viviendas Turísticas de la Costa (AVITUC), calificó la decisión de «expropiación encubierta» y anunció que la asociación la recurrirá ante el Tribunal Superior de la región."
add(d, R, s, "Fermín Aldabe, presidente de la Asociación de Viviendas Turísticas de la Costa (AVITUC)", "Fermín Aldabe", "calificó", "la decisión de «expropiación encubierta»")
add(d, Q, s, "Fermín Aldabe, presidente de la Asociación de Viviendas Turísticas de la Costa (AVITUC)", "Fermín Aldabe", "calificó", "expropiación encubierta", "quote fragment nested in the reported record before")
add(d, R, s, "Fermín Aldabe, presidente de la Asociación de Viviendas Turísticas de la Costa (AVITUC)", "Fermín Aldabe", "anunció", "la asociación la recurrirá ante el Tribunal Superior de la región", "an announcement; same subject as the record before")
s = "Según Aldabe, unas 900 familias dependen directamente de estos alquileres para completar sus ingresos."
add(d, R, s, "Aldabe", "Fermín Aldabe", "Según", "unas 900 familias dependen directamente de estos alquileres para completar sus ingresos")
s = "«Aquí no hay fondos buitre, hay jubilados con un piso heredado», sostuvo el presidente de la patronal."
add(d, Q, s, "el presidente de la patronal", "Fermín Aldabe", "sostuvo", "Aquí no hay fondos buitre, hay jubilados con un piso heredado", "role noun refers to Fermín Aldabe")
s = "El ayuntamiento precisó en un comunicado que la prohibición no afectará a las habitaciones alquiladas dentro de la vivienda habitual del propietario, ni a los 37 hoteles y pensiones del centro."
add(d, R, s, "El ayuntamiento", "el Ayuntamiento de Villarosa del Mar", "precisó en un comunicado", "la prohibición no afectará a las habitaciones alquiladas dentro de la vivienda habitual del propietario, ni a los 37 hoteles y pensiones del centro", "institution statement")
s = "Una vecina de 70 años de la calle Arenal, que ha pasado toda su vida en San Telmo, celebró la votación: «Mi edificio tiene doce pisos y solo quedamos tres familias. Los demás son maletas que entran y salen»."
add(d, Q, s, "Una vecina de 70 años de la calle Arenal", "Una vecina de 70 años de la calle Arenal", "celebró la votación", "Mi edificio tiene doce pisos y solo quedamos tres familias. Los demás son maletas que entran y salen", "unnamed source; quote after a colon, two sentences inside the marks")
s = "A pocos metros, un camarero de una terraza de la plaza de la Lonja, que prefirió no dar su nombre, teme que la medida le cueste el empleo."
add(d, R, s, "un camarero de una terraza de la plaza de la Lonja", "un camarero de una terraza de la plaza de la Lonja", "teme", "la medida le cueste el empleo", "unnamed source; verb of attitude")
s = "En su opinión, «sin turistas en invierno, esta plaza se muere»."
add(d, Q, s, "su", "un camarero de una terraza de la plaza de la Lonja", "En su opinión", "sin turistas en invierno, esta plaza se muere", "possessive 'su' resolves to the waiter; it lies inside the cue")
s = "Gonzalo Retuerto, portavoz de Avanza Villarosa, acusó al gobierno municipal de «legislar a golpe de titular» y reprochó a la alcaldesa no haber consultado a los comerciantes del centro."
add(d, R, s, "Gonzalo Retuerto, portavoz de Avanza Villarosa", "Gonzalo Retuerto", "acusó", "al gobierno municipal de «legislar a golpe de titular»", "an accusation")
add(d, Q, s, "Gonzalo Retuerto, portavoz de Avanza Villarosa", "Gonzalo Retuerto", "acusó", "legislar a golpe de titular", "quote fragment nested in the reported record before")
add(d, R, s, "Gonzalo Retuerto, portavoz de Avanza Villarosa", "Gonzalo Retuerto", "reprochó", "a la alcaldesa no haber consultado a los comerciantes del centro", "a reproach; same subject as the record before")
s = "Para la investigadora Nuria Elizalde, de la Universidad de Costanera, que ha estudiado el fenómeno en 40 ciudades europeas, la prohibición «funciona si se vigila, y fracasa si se queda en el papel»."
add(d, R, s, "la investigadora Nuria Elizalde, de la Universidad de Costanera", "Nuria Elizalde", "Para", "la prohibición «funciona si se vigila, y fracasa si se queda en el papel»")
add(d, Q, s, "la investigadora Nuria Elizalde, de la Universidad de Costanera", "Nuria Elizalde", "Para", "funciona si se vigila, y fracasa si se queda en el papel", "quote fragment nested in the reported record before")
s = "Elizalde advirtió de que el efecto sobre los alquileres «no se notará antes de dos o tres años» y pidió al ayuntamiento que publique cada trimestre los datos de las inspecciones."
add(d, R, s, "Elizalde", "Nuria Elizalde", "advirtió de", "el efecto sobre los alquileres «no se notará antes de dos o tres años»", "a warning")
add(d, Q, s, "Elizalde", "Nuria Elizalde", "advirtió de", "no se notará antes de dos o tres años", "quote fragment nested in the reported record before")
add(d, R, s, "Elizalde", "Nuria Elizalde", "pidió", "al ayuntamiento que publique cada trimestre los datos de las inspecciones", "a call; same subject as the record before")
s = "La alcaldesa, por su parte, se mostró convencida de que la norma superará cualquier recurso judicial."
add(d, R, s, "La alcaldesa", "Remedios Quintanar", "se mostró convencida de", "la norma superará cualquier recurso judicial", "role noun refers to Remedios Quintanar")
s = "«Los informes jurídicos son claros», dijo."
add(d, Q, s, None, "Remedios Quintanar", "dijo", "Los informes jurídicos son claros", "no speaker words: the subject of 'dijo' is implicit (la alcaldesa, previous sentence)")
s = "«Y si hay que llegar al último tribunal, llegaremos»."
add(d, Q, s, None, "Remedios Quintanar", None, "Y si hay que llegar al último tribunal, llegaremos", "quote with no speaker or cue in its sentence; it continues the mayor's quote")

# ---------------------------------------------------------------- 004 (fr, U+00A0 inside « »)
d = D4
s = "Le FC Montclaret a annoncé dimanche la vente du stade Léon-Vautrin, son antre depuis 1932, au groupe immobilier Orvanne Développement, pour 48 millions d'euros."
add(d, R, s, "Le FC Montclaret", "le FC Montclaret", "a annoncé", "la vente du stade Léon-Vautrin, son antre depuis 1932, au groupe immobilier Orvanne Développement, pour 48 millions d'euros", "an announcement by the club")
s = "« Ce n'est pas une décision du cœur, c'est une décision de survie », a déclaré le président du club, Arnaud Besseyre, lors d'une conférence de presse tendue."
add(d, Q, s, "le président du club, Arnaud Besseyre", "Arnaud Besseyre", "a déclaré", "Ce n'est pas une décision du cœur, c'est une décision de survie")
s = "Selon lui, le FC Montclaret accuse un déficit de 9,3 millions d'euros et n'aurait « pas passé l'hiver » sans cette vente."
add(d, R, s, "lui", "Arnaud Besseyre", "Selon", "le FC Montclaret accuse un déficit de 9,3 millions d'euros et n'aurait « pas passé l'hiver » sans cette vente", "pronoun resolves to Arnaud Besseyre")
add(d, Q, s, "lui", "Arnaud Besseyre", "Selon", "pas passé l'hiver", "quote fragment nested in the reported record before")
s = "Le président a assuré que l'intégralité de la somme servirait à apurer les dettes et à financer le centre de formation."
add(d, R, s, "Le président", "Arnaud Besseyre", "a assuré", "l'intégralité de la somme servirait à apurer les dettes et à financer le centre de formation", "role noun refers to Arnaud Besseyre")
s = "Son directeur général, Patrice Lemaistre, a promis que « 25 % des logements seront sociaux » et que la façade historique de la tribune d'honneur serait conservée."
add(d, Q, s, "Son directeur général, Patrice Lemaistre", "Patrice Lemaistre", "a promis", "25 % des logements seront sociaux", "'Son' = Orvanne Développement; the first que-clause is entirely quoted")
add(d, R, s, "Son directeur général, Patrice Lemaistre", "Patrice Lemaistre", "a promis", "la façade historique de la tribune d'honneur serait conservée", "second que-clause of the same promise")
s = "Il s'est dit « conscient de la charge émotionnelle » du lieu."
add(d, R, s, "Il", "Patrice Lemaistre", "s'est dit", "« conscient de la charge émotionnelle » du lieu", "pronoun resolves to Patrice Lemaistre")
add(d, Q, s, "Il", "Patrice Lemaistre", "s'est dit", "conscient de la charge émotionnelle", "quote fragment nested in the reported record before")
s = "Karima Benslimane, porte-parole de l'association Tribune Nord 1921, qui compte 2 300 adhérents, a dénoncé une vente « négociée dans le dos des supporters »."
add(d, R, s, "Karima Benslimane, porte-parole de l'association Tribune Nord 1921", "Karima Benslimane", "a dénoncé", "une vente « négociée dans le dos des supporters »", "a complaint")
add(d, Q, s, "Karima Benslimane, porte-parole de l'association Tribune Nord 1921", "Karima Benslimane", "a dénoncé", "négociée dans le dos des supporters", "quote fragment nested in the reported record before")
s = "« On nous parle de survie, mais personne ne nous a jamais montré les comptes », a-t-elle lancé."
add(d, Q, s, ("elle", "a-t-elle"), "Karima Benslimane", "a-t-elle lancé", "On nous parle de survie, mais personne ne nous a jamais montré les comptes", "pronoun resolves to Karima Benslimane")
s = "La porte-parole a annoncé un rassemblement devant la mairie samedi 24 janvier à 14 heures."
add(d, R, s, "La porte-parole", "Karima Benslimane", "a annoncé", "un rassemblement devant la mairie samedi 24 janvier à 14 heures", "role noun refers to Karima Benslimane; an announcement")
s = "« Léon-Vautrin, c'est ma deuxième maison », souffle-t-il, la voix nouée."
add(d, Q, s, ("il", "souffle-t-il"), "Un abonné de 63 ans de la tribune Nord", "souffle-t-il", "Léon-Vautrin, c'est ma deuxième maison", "unnamed source; pronoun resolves to the 63-year-old season-ticket holder")
s = "Il craint que le club « perde son âme » loin de son quartier historique."
add(d, R, s, "Il", "Un abonné de 63 ans de la tribune Nord", "craint", "le club « perde son âme » loin de son quartier historique", "verb of attitude; pronoun resolves to the season-ticket holder")
add(d, Q, s, "Il", "Un abonné de 63 ans de la tribune Nord", "craint", "perde son âme", "quote fragment nested in the reported record before")
s = "Une commerçante qui tient une brasserie face à l'entrée principale depuis vingt ans estime que les jours de match représentent « un tiers du chiffre d'affaires »."
add(d, R, s, "Une commerçante", "Une commerçante", "estime", "les jours de match représentent « un tiers du chiffre d'affaires »", "unnamed source")
add(d, Q, s, "Une commerçante", "Une commerçante", "estime", "un tiers du chiffre d'affaires", "quote fragment nested in the reported record before")
s = "« Sans le stade, je ferme », dit-elle simplement."
add(d, Q, s, ("elle", "dit-elle"), "Une commerçante", "dit-elle simplement", "Sans le stade, je ferme", "pronoun resolves to the shopkeeper")
s = "Le maire de Montclaret, Yves Carrouge, a pour sa part salué « un projet équilibré » qui permettra de « redonner vie à un quartier »."
add(d, R, s, "Le maire de Montclaret, Yves Carrouge", "Yves Carrouge", "a pour sa part salué", "« un projet équilibré » qui permettra de « redonner vie à un quartier »")
add(d, Q, s, "Le maire de Montclaret, Yves Carrouge", "Yves Carrouge", "a pour sa part salué", "un projet équilibré", "quote fragment nested in the reported record before")
add(d, Q, s, "Le maire de Montclaret, Yves Carrouge", "Yves Carrouge", "a pour sa part salué", "redonner vie à un quartier", "second quote fragment nested in the same reported record")
s = "L'édile a rappelé que la ville manquait de 3 000 logements et que le futur stade de Saint-Aubrac serait desservi par une ligne de tramway dès 2027."
add(d, R, s, "L'édile", "Yves Carrouge", "a rappelé", "la ville manquait de 3 000 logements et que le futur stade de Saint-Aubrac serait desservi par une ligne de tramway dès 2027", "role noun refers to Yves Carrouge; two coordinated que-clauses")
s = "Interrogé sur le prix de vente, jugé trop bas par plusieurs élus d'opposition, il n'a pas souhaité s'exprimer."
add(d, R, s, "plusieurs élus d'opposition", "plusieurs élus d'opposition", "jugé", "trop bas", "unnamed group; participial judgement on 'le prix de vente'. The mayor's 'n'a pas souhaité s'exprimer' in the same sentence is negated speech and has no record")
s = "Ancien capitaine du club, Sébastien Taillandier, qui a disputé 312 matchs sous le maillot rouge et blanc, se montre plus nuancé : « Un stade, ce sont des souvenirs, pas des murs. Si le club survit, l'essentiel est sauvé. »"
add(d, Q, s, "Ancien capitaine du club, Sébastien Taillandier", "Sébastien Taillandier", "se montre plus nuancé", "Un stade, ce sont des souvenirs, pas des murs. Si le club survit, l'essentiel est sauvé.", "quote after a colon, two sentences inside the marks")
s = "Dans un communiqué publié lundi, le club a précisé que les matchs de la saison 2026-2027 se joueraient encore à Léon-Vautrin et qu'un « match d'adieu » serait organisé en mai 2027."
add(d, R, s, "le club", "le FC Montclaret", "a précisé", "les matchs de la saison 2026-2027 se joueraient encore à Léon-Vautrin et qu'un « match d'adieu » serait organisé en mai 2027", "statement (communiqué) of the club")
add(d, Q, s, "le club", "le FC Montclaret", "a précisé", "match d'adieu", "quote fragment nested in the reported record before")

# ---------------------------------------------------------------- 005 (en, curly quotes)
d = D5
s = "Hallbrook said in a statement that about 180,000 cubic metres of water and fine mine waste had escaped through a crack in the dam’s eastern wall, and that the breach had been “contained” by Monday evening."
add(d, R, s, "Hallbrook", "Hallbrook Minerals", "said in a statement", "about 180,000 cubic metres of water and fine mine waste had escaped through a crack in the dam’s eastern wall, and that the breach had been “contained” by Monday evening", "company statement; two coordinated that-clauses")
add(d, Q, s, "Hallbrook", "Hallbrook Minerals", "said in a statement", "contained", "quote fragment nested in the reported record before")
s = "The company, which employs 1,150 people at the site, said there had been no injuries."
add(d, R, s, "The company", "Hallbrook Minerals", "said", "there had been no injuries", "role noun refers to Hallbrook Minerals")
s = "“I want to be very clear: this should never have happened, and we take full responsibility,” he told reporters at the mine gate."
add(d, Q, s, ("he", "he told"), "Gregor Stenhouse", "told", "I want to be very clear: this should never have happened, and we take full responsibility,", "pronoun resolves to Gregor Stenhouse (previous sentence)")
s = "Stenhouse promised that the company would pay for bottled water deliveries “for as long as it takes” and would fund independent testing of the river."
add(d, R, s, "Stenhouse", "Gregor Stenhouse", "promised", "the company would pay for bottled water deliveries “for as long as it takes” and would fund independent testing of the river", "a promise")
add(d, Q, s, "Stenhouse", "Gregor Stenhouse", "promised", "for as long as it takes", "quote fragment nested in the reported record before")
s = "A mine worker who spoke on condition of anonymity said cracks in the eastern wall had been reported to managers “at least twice” since September."
add(d, R, s, "A mine worker", "A mine worker", "said", "cracks in the eastern wall had been reported to managers “at least twice” since September", "unnamed source")
add(d, Q, s, "A mine worker", "A mine worker", "said", "at least twice", "quote fragment nested in the reported record before")
s = "“Everybody on the night shift knew that wall was weeping,” the worker said."
add(d, Q, s, "the worker", "A mine worker", "said", "Everybody on the night shift knew that wall was weeping,", "role noun refers to the unnamed mine worker")
s = "“We put it in the logbook. Nothing happened.”"
add(d, Q, s, None, "A mine worker", None, "We put it in the logbook. Nothing happened.", "quote with no speaker or cue in its sentences; it continues the mine worker's quote")
s = "Asked about those claims, Stenhouse said he had “seen no such reports” and that an internal review would examine all maintenance records from the past 12 months."
add(d, R, s, "Stenhouse", "Gregor Stenhouse", "said", "he had “seen no such reports” and that an internal review would examine all maintenance records from the past 12 months", "a denial of the mine worker's claim; two coordinated clauses")
add(d, Q, s, "Stenhouse", "Gregor Stenhouse", "said", "seen no such reports", "quote fragment nested in the reported record before")
s = "Priya Castellane, a spokeswoman for the agency, said early samples showed copper concentrations “up to 40 times” the safe limit for drinking water near Dunmore Flats."
add(d, R, s, "Priya Castellane, a spokeswoman for the agency", "Priya Castellane", "said", "early samples showed copper concentrations “up to 40 times” the safe limit for drinking water near Dunmore Flats", "the agency is the Territorial Environment Agency")
add(d, Q, s, "Priya Castellane, a spokeswoman for the agency", "Priya Castellane", "said", "up to 40 times", "quote fragment nested in the reported record before")
s = "“We are treating this as a serious pollution incident,” Castellane said, “and we will not hesitate to prosecute if the evidence supports it.”"
add(d, Q, s, "Castellane", "Priya Castellane", "said", "We are treating this as a serious pollution incident,” Castellane said, “and we will not hesitate to prosecute if the evidence supports it.",
    "incise: the quote is interrupted by 'Castellane said'; the content runs from the first to the last quoted word and includes the incise and its quote marks")
s = "Mayor Rosa Kettering said the town had received just 9,000 litres on Monday, “not even enough for a day.”"
add(d, R, s, "Mayor Rosa Kettering", "Rosa Kettering", "said", "the town had received just 9,000 litres on Monday, “not even enough for a day.”")
add(d, Q, s, "Mayor Rosa Kettering", "Rosa Kettering", "said", "not even enough for a day.", "quote fragment nested in the reported record before")
s = "She accused the company of treating residents “like an afterthought” and called on the territorial government to declare a state of emergency."
add(d, R, s, "She", "Rosa Kettering", "accused", "the company of treating residents “like an afterthought”", "pronoun resolves to Rosa Kettering; an accusation")
add(d, Q, s, "She", "Rosa Kettering", "accused", "like an afterthought", "quote fragment nested in the reported record before")
add(d, R, s, "She", "Rosa Kettering", "called on", "the territorial government to declare a state of emergency", "a call; same subject as the record before")
s = "“Last week this river was full of life,” he said quietly."
add(d, Q, s, ("he", "he said"), "a fisherman", "said quietly", "Last week this river was full of life,", "unnamed source; pronoun resolves to the fisherman introduced in the previous sentence")
s = "“Look at it now.”"
add(d, Q, s, None, "a fisherman", None, "Look at it now.", "quote with no speaker or cue in its sentence; it continues the fisherman's quote")
s = "He said he had counted more than 200 dead fish on a single stretch below the old bridge."
add(d, R, s, ("He", "He said"), "a fisherman", "said", "he had counted more than 200 dead fish on a single stretch below the old bridge", "pronoun resolves to the fisherman")
s = "Joanna Whitlock, a campaigner with the River Keepers Alliance, warned that the damage could last for years."
add(d, R, s, "Joanna Whitlock, a campaigner with the River Keepers Alliance", "Joanna Whitlock", "warned", "the damage could last for years", "a warning")
s = "Fine tailings, she explained, settle into the riverbed and release metals “every time there is a flood.”"
add(d, R, s, "she", "Joanna Whitlock", "explained", "Fine tailings, she explained, settle into the riverbed and release metals “every time there is a flood.”",
    "incise: the reported clause is interrupted by 'she explained', which lies inside the content; pronoun resolves to Joanna Whitlock")
add(d, Q, s, "she", "Joanna Whitlock", "explained", "every time there is a flood.", "quote fragment nested in the reported record before")
s = "Her group has asked the agency to open a public inquiry."
add(d, R, s, "Her group", "the River Keepers Alliance", "has asked", "the agency to open a public inquiry", "'Her group' is Whitlock's River Keepers Alliance; a call")
s = "Hydrologist Felix Ambersley, of Kestrel Bay University, said the next two weeks would be critical."
add(d, R, s, "Hydrologist Felix Ambersley, of Kestrel Bay University", "Felix Ambersley", "said", "the next two weeks would be critical")
s = "According to Ambersley, heavy rain expected at the weekend “could push the plume all the way to the estuary,” some 85 kilometres from the mine."
add(d, R, s, "Ambersley", "Felix Ambersley", "According to", "heavy rain expected at the weekend “could push the plume all the way to the estuary,”", "content stops before the journalist's distance 'some 85 kilometres from the mine'")
add(d, Q, s, "Ambersley", "Felix Ambersley", "According to", "could push the plume all the way to the estuary,", "quote fragment nested in the reported record before")
s = "The company said it would publish its first water-quality results on Thursday."
add(d, R, s, "The company", "Hallbrook Minerals", "said", "it would publish its first water-quality results on Thursday", "role noun refers to Hallbrook Minerals")

# ---------------------------------------------------------------- 006 (es, curly quotes)
d = D6
s = "En un comunicado difundido el mismo lunes, la compañía atribuyó la situación al “encarecimiento brutal” de la energía y de las materias primas desde 2022 y aseguró que las tiendas seguirán abiertas “con total normalidad” mientras dure el procedimiento."
add(d, R, s, "la compañía", "Hornos Arrieta", "atribuyó", "la situación al “encarecimiento brutal” de la energía y de las materias primas desde 2022", "company statement (comunicado)")
add(d, Q, s, "la compañía", "Hornos Arrieta", "atribuyó", "encarecimiento brutal", "quote fragment nested in the reported record before")
add(d, R, s, "la compañía", "Hornos Arrieta", "aseguró", "las tiendas seguirán abiertas “con total normalidad” mientras dure el procedimiento", "same statement, second verb with the same subject")
add(d, Q, s, "la compañía", "Hornos Arrieta", "aseguró", "con total normalidad", "quote fragment nested in the reported record before")
s = "“He pasado noches enteras buscando una salida. No la he encontrado a tiempo”, reconoció."
add(d, Q, s, None, "Ramiro Arrieta", "reconoció", "He pasado noches enteras buscando una salida. No la he encontrado a tiempo", "no speaker words: the subject of 'reconoció' is implicit (Ramiro Arrieta, previous sentence); an admission")
s = "“Pido perdón a la plantilla, que no tiene ninguna culpa de esto”."
add(d, Q, s, None, "Ramiro Arrieta", None, "Pido perdón a la plantilla, que no tiene ninguna culpa de esto", "quote with no speaker or cue in its sentence; it continues Arrieta's quote")
s = "Arrieta explicó que la empresa intentó hasta diciembre vender un 40 % del capital a un fondo de inversión y que la operación fracasó a última hora."
add(d, R, s, "Arrieta", "Ramiro Arrieta", "explicó", "la empresa intentó hasta diciembre vender un 40 % del capital a un fondo de inversión y que la operación fracasó a última hora", "two coordinated que-clauses")
s = "Según el empresario, el plan de viabilidad prevé cerrar 22 tiendas, aunque evitó precisar cuántos empleos se perderán."
add(d, R, s, "el empresario", "Ramiro Arrieta", "Según", "el plan de viabilidad prevé cerrar 22 tiendas", "role noun refers to Ramiro Arrieta")
add(d, R, s, None, "Ramiro Arrieta", "evitó", "precisar cuántos empleos se perderán", "a refusal (like 'a refusé de donner une date'); implicit subject, the businessman")
s = "La administradora concursal designada por el juzgado, Leire Olabide, del despacho Olabide Ferrer, advirtió de que los próximos tres meses serán “decisivos” y de que la continuidad de la marca depende de encontrar un comprador antes del verano."
add(d, R, s, "La administradora concursal designada por el juzgado, Leire Olabide, del despacho Olabide Ferrer", "Leire Olabide", "advirtió de", "los próximos tres meses serán “decisivos” y de que la continuidad de la marca depende de encontrar un comprador antes del verano", "a warning; two coordinated clauses")
add(d, Q, s, "La administradora concursal designada por el juzgado, Leire Olabide, del despacho Olabide Ferrer", "Leire Olabide", "advirtió de", "decisivos", "quote fragment nested in the reported record before")
s = "“Hay interés, hay llamadas, pero interés no es dinero”, resumió la administradora."
add(d, Q, s, "la administradora", "Leire Olabide", "resumió", "Hay interés, hay llamadas, pero interés no es dinero", "role noun refers to Leire Olabide")
s = "Los trabajadores se enteraron de la noticia por la prensa, según denunció Carmen Vidaurre, delegada del Sindicato Unitario de la Alimentación (SUA) en la empresa."
add(d, R, s, "Carmen Vidaurre, delegada del Sindicato Unitario de la Alimentación (SUA) en la empresa", "Carmen Vidaurre", "según denunció", "Los trabajadores se enteraron de la noticia por la prensa", "the content precedes the cue; a complaint")
s = "“Nos han convocado a una reunión el jueves, tres días después de presentar el concurso. Eso lo dice todo”, lamentó."
add(d, Q, s, None, "Carmen Vidaurre", "lamentó", "Nos han convocado a una reunión el jueves, tres días después de presentar el concurso. Eso lo dice todo", "no speaker words: the subject of 'lamentó' is implicit (Vidaurre, previous sentence)")
s = "Vidaurre reclamó que se garanticen las nóminas de enero."
add(d, R, s, "Vidaurre", "Carmen Vidaurre", "reclamó", "se garanticen las nóminas de enero", "a demand")
s = "“Yo sigo haciendo pan, ¿qué voy a hacer?”, dijo encogiéndose de hombros."
add(d, Q, s, None, "una dependienta con quince años en la empresa", "dijo", "Yo sigo haciendo pan, ¿qué voy a hacer?", "unnamed source; no speaker words: the subject of 'dijo' is implicit (the shop assistant, previous sentence)")
s = "Una clienta jubilada, que compra allí su barra cada mañana desde hace treinta años, aseguró que seguirá yendo “mientras haya una miga que vender”."
add(d, R, s, "Una clienta jubilada", "Una clienta jubilada", "aseguró", "seguirá yendo “mientras haya una miga que vender”", "unnamed source")
add(d, Q, s, "Una clienta jubilada", "Una clienta jubilada", "aseguró", "mientras haya una miga que vender", "quote fragment nested in the reported record before")
s = "Los proveedores temen quedarse sin cobrar."
add(d, R, s, "Los proveedores", "Los proveedores", "temen", "quedarse sin cobrar", "unnamed group; verb of attitude")
s = "Andrés Zubiri, director de Harinera del Tormal, que suministra el 60 % de la harina de la cadena, reveló que Hornos Arrieta le debe 1,2 millones de euros en facturas impagadas desde septiembre."
add(d, R, s, "Andrés Zubiri, director de Harinera del Tormal", "Andrés Zubiri", "reveló", "Hornos Arrieta le debe 1,2 millones de euros en facturas impagadas desde septiembre")
s = "“Somos una empresa de 35 personas. Un agujero así nos puede arrastrar a nosotros también”, advirtió Zubiri."
add(d, Q, s, "Zubiri", "Andrés Zubiri", "advirtió", "Somos una empresa de 35 personas. Un agujero así nos puede arrastrar a nosotros también", "a warning")
s = "Para Beatriz Montalvo, analista de la consultora Grano Análisis, el caso de Hornos Arrieta no es aislado."
add(d, R, s, "Beatriz Montalvo, analista de la consultora Grano Análisis", "Beatriz Montalvo", ("Para", "Para Beatriz"), "el caso de Hornos Arrieta no es aislado")
s = "Según sus cálculos, una de cada cinco panaderías de la región ha cerrado desde 2023."
add(d, R, s, "sus", "Beatriz Montalvo", "Según", "una de cada cinco panaderías de la región ha cerrado desde 2023", "possessive 'sus' (sus cálculos) resolves to Beatriz Montalvo")
s = "La analista considera que las cadenas medianas “crecieron demasiado rápido con dinero barato” y ahora “no tienen margen para absorber un invierno malo”."
add(d, R, s, "La analista", "Beatriz Montalvo", "considera", "las cadenas medianas “crecieron demasiado rápido con dinero barato” y ahora “no tienen margen para absorber un invierno malo”", "role noun refers to Beatriz Montalvo")
add(d, Q, s, "La analista", "Beatriz Montalvo", "considera", "crecieron demasiado rápido con dinero barato", "quote fragment nested in the reported record before")
add(d, Q, s, "La analista", "Beatriz Montalvo", "considera", "no tienen margen para absorber un invierno malo", "second quote fragment nested in the same reported record")


# ---------------------------------------------------------------- build
class Stop(Exception):
    pass


def locate(raw, sent_start, sent, field, name, rid):
    """Return (text, start, end) of field inside the sentence, or Nones."""
    if field is None:
        return None, None, None
    if isinstance(field, tuple):
        text, ctx = field
        if sent.count(ctx) != 1:
            raise Stop(f"{rid}: {name} context {ctx!r} occurs {sent.count(ctx)} times in sentence")
        if ctx.count(text) != 1:
            raise Stop(f"{rid}: {name} {text!r} occurs {ctx.count(text)} times in context {ctx!r}")
        off = sent.index(ctx) + ctx.index(text)
    else:
        text = field
        n = sent.count(text)
        if n != 1:
            raise Stop(f"{rid}: {name} {text!r} occurs {n} times in sentence (give a context)")
        off = sent.index(text)
    start = sent_start + off
    return text, start, start + len(text)


def build():
    raws = {}
    out = []
    for i, (doc, kind, sent, sp, speaker, cue, content, notes) in enumerate(REC, 1):
        rid = f"g{i:03d}"
        if doc == D4:
            sent, sp, cue, content, speaker = map(nbsp, (sent, sp, cue, content, speaker))
        if doc not in raws:
            raws[doc] = open(os.path.join(CORPUS, doc), encoding="utf-8").read()
        raw = raws[doc]
        n = raw.count(sent)
        if n != 1:
            raise Stop(f"{rid}: sentence occurs {n} times in {doc}: {sent[:70]!r}")
        ss = raw.index(sent)
        se = ss + len(sent)
        spt, sps, spe = locate(raw, ss, sent, sp, "speaker", rid)
        ct, cs, ce = locate(raw, ss, sent, cue, "cue", rid)
        xt, xs, xe = locate(raw, ss, sent, content, "content", rid)
        if speaker not in TITLES[doc]:
            raise Stop(f"{rid}: speaker {speaker!r} has no entry in TITLES[{doc}]")
        rec = {
            "id": rid, "doc": doc, "kind": kind,
            "speaker_text": spt, "speaker_start": sps, "speaker_end": spe,
            "speaker": speaker, "speaker_title": TITLES[doc][speaker],
            "cue_text": ct, "cue_start": cs, "cue_end": ce,
            "content_text": xt, "content_start": xs, "content_end": xe,
            "sentence_start": ss, "sentence_end": se,
            "language": LANG[doc],
            "notes": notes,
        }
        out.append(rec)
    return out


if __name__ == "__main__":
    try:
        recs = build()
    except Stop as e:
        print("STOP:", e)
        sys.exit(1)
    with open(OUT, "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(recs)} records to {OUT}")
