"""Build attributions.jsonl from hand-chosen texts; offsets are found, never typed.

Each record gives: kind, sentence text (must be unique in the file), speaker words, resolved
speaker, title, cue, content, notes.  A field may be a plain string (must occur exactly once in
the sentence) or a tuple (text, context): the context must occur exactly once in the sentence and
the text exactly once in the context.  Anything not found or ambiguous stops the script.
"""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")
LANG = {"001": "fr", "002": "fr", "003": "en", "004": "en", "005": "es", "006": "es"}
D = {p[:3]: p for p in sorted(os.listdir(CORPUS)) if p.endswith(".txt")}

def R(doc, kind, sent, sp, speaker, title, cue, content, notes=None):
    return dict(doc=doc, kind=kind, sent=sent, sp=sp, speaker=speaker, title=title, cue=cue,
                content=content, notes=notes)

RECS = []
def add(*a, **k): RECS.append(R(*a, **k))

# ---------------------------------------------------------------- 001 (fr)
d = "001"
s = "« Les éléments recueillis justifient des investigations approfondies sur les conditions de passation de ce marché », a déclaré la procureure de Vernac, Nadia Ferhat, lors d’une conférence de presse lundi."
add(d, "quote", s, "la procureure de Vernac, Nadia Ferhat", "Nadia Ferhat", "procureure de Vernac", "a déclaré",
    "Les éléments recueillis justifient des investigations approfondies sur les conditions de passation de ce marché")
s = "Selon elle, l’offre retenue était supérieure de 9,4 millions d’euros à celle de la société Hydrovase, pourtant mieux classée sur le plan technique."
add(d, "reported", s, ("elle", "Selon elle"), "Nadia Ferhat", "procureure de Vernac", "Selon",
    "l’offre retenue était supérieure de 9,4 millions d’euros à celle de la société Hydrovase, pourtant mieux classée sur le plan technique",
    notes="« elle » = Nadia Ferhat (previous sentence)")
s = "Le président du directoire du port, Bertrand Lavallée, rejette toute irrégularité."
add(d, "reported", s, "Le président du directoire du port, Bertrand Lavallée", "Bertrand Lavallée", "président du directoire du port",
    "rejette", "toute irrégularité", notes="denial")
s = "« Nous avons respecté chaque étape de la procédure, a-t-il affirmé à l’Agence littorale de presse, et je le redirai aux enquêteurs. »"
add(d, "quote", s, ("il", "a-t-il"), "Bertrand Lavallée", "président du directoire du port", "a-t-il affirmé",
    "Nous avons respecté chaque étape de la procédure, a-t-il affirmé à l’Agence littorale de presse, et je le redirai aux enquêteurs.",
    notes="« il » = Bertrand Lavallée (previous sentence); quote interrupted by the incise « a-t-il affirmé à l’Agence littorale de presse »")
s = "Lavallée assure que le choix de Dragamar reposait sur « la capacité à travailler de nuit sans interrompre le trafic »."
for kind, content in (("reported", "le choix de Dragamar reposait sur « la capacité à travailler de nuit sans interrompre le trafic »"),
                      ("quote", "la capacité à travailler de nuit sans interrompre le trafic")):
    add(d, kind, s, "Lavallée", "Bertrand Lavallée", "président du directoire du port", "assure", content,
        notes=None if kind == "reported" else "quoted fragment nested in the preceding reported record")
s = "« Notre offre était la plus complète, point final », a lancé son directeur général, Olivier Chassaing, qui dit n’avoir « jamais rencontré » les membres de la commission d’appel d’offres en dehors des auditions officielles."
add(d, "quote", s, "son directeur général, Olivier Chassaing", "Olivier Chassaing", "directeur général de Dragamar", "a lancé",
    "Notre offre était la plus complète, point final", notes="« son » = Dragamar")
add(d, "reported", s, "son directeur général, Olivier Chassaing", "Olivier Chassaing", "directeur général de Dragamar", ("dit", "qui dit"),
    "n’avoir « jamais rencontré » les membres de la commission d’appel d’offres en dehors des auditions officielles",
    notes="subject is the relative « qui », whose antecedent is Olivier Chassaing")
add(d, "quote", s, "son directeur général, Olivier Chassaing", "Olivier Chassaing", "directeur général de Dragamar", ("dit", "qui dit"),
    "jamais rencontré", notes="quoted fragment nested in the preceding reported record")
s = "L’entreprise, qui emploie 640 salariés, a par ailleurs annoncé qu’elle porterait plainte pour diffamation contre « toute personne relayant des accusations infondées »."
add(d, "reported", s, "L’entreprise", "Dragamar", None, "a par ailleurs annoncé",
    "elle porterait plainte pour diffamation contre « toute personne relayant des accusations infondées »",
    notes="« L’entreprise » = Dragamar")
add(d, "quote", s, "L’entreprise", "Dragamar", None, "a par ailleurs annoncé",
    "toute personne relayant des accusations infondées", notes="quoted fragment nested in the preceding reported record")
s = "« Depuis deux ans, on voit les navires attendre la marée haute parce que le chenal n’est pas à la bonne profondeur. On nous parlait de retards techniques », a raconté Yannick Le Goff, secrétaire général du Syndicat autonome des dockers de Saint-Aubrac, qui représente 312 dockers."
add(d, "quote", s, "Yannick Le Goff, secrétaire général du Syndicat autonome des dockers de Saint-Aubrac", "Yannick Le Goff",
    "secrétaire général du Syndicat autonome des dockers de Saint-Aubrac", "a raconté",
    "Depuis deux ans, on voit les navires attendre la marée haute parce que le chenal n’est pas à la bonne profondeur. On nous parlait de retards techniques",
    notes="the quote spans two sentences")
s = "Le syndicaliste a réclamé la publication intégrale du contrat et de ses avenants."
add(d, "reported", s, "Le syndicaliste", "Yannick Le Goff", "secrétaire général du Syndicat autonome des dockers de Saint-Aubrac",
    "a réclamé", "la publication intégrale du contrat et de ses avenants", notes="« Le syndicaliste » = Yannick Le Goff; a demand")
s = "« Tout le monde savait que ce marché sentait mauvais », glisse un pilote du port qui a requis l’anonymat."
add(d, "quote", s, "un pilote du port qui a requis l’anonymat", "un pilote du port", None, "glisse",
    "Tout le monde savait que ce marché sentait mauvais", notes="unnamed source")
s = "Il affirme que trois porte-conteneurs ont dû être déroutés vers Lorvennec en novembre faute de tirant d’eau suffisant."
add(d, "reported", s, "Il", "un pilote du port", None, "affirme",
    "trois porte-conteneurs ont dû être déroutés vers Lorvennec en novembre faute de tirant d’eau suffisant",
    notes="« Il » = the unnamed port pilot (previous sentence)")
s = "Un commerçant du quai des Corsaires, lui, s’inquiète surtout pour l’image de la ville : « Les touristes vont lire ça et se dire que Saint-Aubrac est une ville de magouilles. »"
add(d, "quote", s, "Un commerçant du quai des Corsaires", "Un commerçant du quai des Corsaires", None, "s’inquiète",
    "Les touristes vont lire ça et se dire que Saint-Aubrac est une ville de magouilles.",
    notes="unnamed source; verb of attitude, quote after a colon")
s = "Dans l’opposition régionale, la conseillère écologiste Claire Dumesnil a estimé que le port avait « perdu toute crédibilité » et a demandé la suspension des paiements restants, soit 11,2 millions d’euros."
add(d, "reported", s, "la conseillère écologiste Claire Dumesnil", "Claire Dumesnil", "conseillère écologiste (opposition régionale)",
    "a estimé", "le port avait « perdu toute crédibilité »")
add(d, "quote", s, "la conseillère écologiste Claire Dumesnil", "Claire Dumesnil", "conseillère écologiste (opposition régionale)",
    "a estimé", "perdu toute crédibilité", notes="quoted fragment nested in the preceding reported record")
add(d, "reported", s, "la conseillère écologiste Claire Dumesnil", "Claire Dumesnil", "conseillère écologiste (opposition régionale)",
    "a demandé", "la suspension des paiements restants",
    notes="a demand; the gloss « soit 11,2 millions d’euros » is left out as journalist material")
s = "Le président de la région, Armand Vidal, s’est montré plus prudent : selon lui, « il faut laisser la justice travailler avant de condamner qui que ce soit »."
add(d, "quote", s, ("lui", "selon lui"), "Armand Vidal", "président de la région", "selon",
    "il faut laisser la justice travailler avant de condamner qui que ce soit",
    notes="« lui » = Armand Vidal, subject of the same sentence")
s = "L’Office national des chenaux (ONC), qui avait validé le cahier des charges, a indiqué dans un communiqué qu’il « collaborera pleinement avec la justice » et qu’un audit indépendant serait lancé d’ici au 1er mars."
add(d, "reported", s, "L’Office national des chenaux (ONC)", "l’Office national des chenaux", None, "a indiqué dans un communiqué",
    "il « collaborera pleinement avec la justice »", notes="statement by an institution")
add(d, "quote", s, "L’Office national des chenaux (ONC)", "l’Office national des chenaux", None, "a indiqué dans un communiqué",
    "collaborera pleinement avec la justice", notes="quoted fragment nested in the preceding reported record")
add(d, "reported", s, "L’Office national des chenaux (ONC)", "l’Office national des chenaux", None, "a indiqué dans un communiqué",
    "un audit indépendant serait lancé d’ici au 1er mars", notes="second clause of the same statement")
s = "Quant à la procureure, elle a seulement précisé que l’enquête « prendra plusieurs mois »."
add(d, "reported", s, "elle", "Nadia Ferhat", "procureure de Vernac", "a seulement précisé", "l’enquête « prendra plusieurs mois »",
    notes="« elle » resumes the dislocated « la procureure » = Nadia Ferhat")
add(d, "quote", s, "elle", "Nadia Ferhat", "procureure de Vernac", "a seulement précisé", "prendra plusieurs mois",
    notes="quoted fragment nested in the preceding reported record")

# ---------------------------------------------------------------- 002 (fr)
d = "002"
T_PREF = "préfet de l’Aveyrac"
s = "« Nous avons pris la décision d’évacuer avant que les flammes n’atteignent les premières maisons, et cette décision a sauvé des vies », a déclaré le préfet de l’Aveyrac, Didier Rossignol, lundi matin depuis le poste de commandement installé à Roquessels."
add(d, "quote", s, "le préfet de l’Aveyrac, Didier Rossignol", "Didier Rossignol", T_PREF, "a déclaré",
    "Nous avons pris la décision d’évacuer avant que les flammes n’atteignent les premières maisons, et cette décision a sauvé des vies")
s = "Le préfet a indiqué que 640 pompiers, appuyés par six bombardiers d’eau, étaient engagés et qu’aucune victime n’était à déplorer, à l’exception de trois sapeurs-pompiers légèrement intoxiqués par les fumées."
add(d, "reported", s, "Le préfet", "Didier Rossignol", T_PREF, "a indiqué",
    "640 pompiers, appuyés par six bombardiers d’eau, étaient engagés")
add(d, "reported", s, "Le préfet", "Didier Rossignol", T_PREF, "a indiqué",
    "aucune victime n’était à déplorer, à l’exception de trois sapeurs-pompiers légèrement intoxiqués par les fumées",
    notes="second clause of the same statement")
T_AUB = "colonelle, directrice du service départemental d’incendie et de secours (SDIS)"
s = "La colonelle Sandrine Aubertin, directrice du service départemental d’incendie et de secours (SDIS), a décrit « un feu d’une violence rare, qui sautait d’une colline à l’autre »."
add(d, "quote", s, "La colonelle Sandrine Aubertin, directrice du service départemental d’incendie et de secours (SDIS)",
    "Sandrine Aubertin", T_AUB, "a décrit", "un feu d’une violence rare, qui sautait d’une colline à l’autre")
s = "Selon l’officière, la végétation sèche entre les rangs de vigne a servi de « mèche » au feu après cinq semaines sans pluie."
add(d, "reported", s, "l’officière", "Sandrine Aubertin", T_AUB, "Selon",
    "la végétation sèche entre les rangs de vigne a servi de « mèche » au feu après cinq semaines sans pluie",
    notes="« l’officière » = Sandrine Aubertin")
add(d, "quote", s, "l’officière", "Sandrine Aubertin", T_AUB, "Selon", "mèche",
    notes="quoted fragment nested in the preceding reported record")
s = "« Les vignes font normalement office de coupe-feu. Cette fois, elles ont brûlé comme de la paille », a-t-elle ajouté."
add(d, "quote", s, ("elle", "a-t-elle"), "Sandrine Aubertin", T_AUB, "a-t-elle ajouté",
    "Les vignes font normalement office de coupe-feu. Cette fois, elles ont brûlé comme de la paille",
    notes="« elle » = Sandrine Aubertin; the quote spans two sentences")
T_MER = "maire de Saint-Julien-des-Vignes"
s = "« J’ai vu des gens partir en pyjama avec leur chien sous le bras, a-t-il raconté. Certains n’ont rien pu emporter. »"
add(d, "quote", s, ("il", "a-t-il"), "Pascal Méric", T_MER, "a-t-il raconté",
    "J’ai vu des gens partir en pyjama avec leur chien sous le bras, a-t-il raconté. Certains n’ont rien pu emporter.",
    notes="« il » = Pascal Méric (previous sentence); the quote is interrupted by the incise « a-t-il raconté » and spans two sentences")
s = "L’élu a promis que la commune prendrait en charge les frais d’hébergement « aussi longtemps qu’il le faudra »."
add(d, "reported", s, "L’élu", "Pascal Méric", T_MER, "a promis",
    "la commune prendrait en charge les frais d’hébergement « aussi longtemps qu’il le faudra »", notes="« L’élu » = Pascal Méric; a promise")
add(d, "quote", s, "L’élu", "Pascal Méric", T_MER, "a promis", "aussi longtemps qu’il le faudra",
    notes="quoted fragment nested in the preceding reported record")
T_BAR = "président du syndicat des vignerons de l’appellation Montclaret"
s = "D’après Étienne Barbazan, président du syndicat des vignerons de l’appellation Montclaret, environ 380 hectares de vignes ont été touchés."
add(d, "reported", s, "Étienne Barbazan, président du syndicat des vignerons de l’appellation Montclaret", "Étienne Barbazan", T_BAR,
    "D’après", "environ 380 hectares de vignes ont été touchés")
s = "« Certains domaines ont perdu toute leur récolte, d’autres des parcelles plantées par leurs grands-parents », a souligné Barbazan, qui réclame la reconnaissance de l’état de catastrophe naturelle."
add(d, "quote", s, "Barbazan", "Étienne Barbazan", T_BAR, "a souligné",
    "Certains domaines ont perdu toute leur récolte, d’autres des parcelles plantées par leurs grands-parents")
add(d, "reported", s, "Barbazan", "Étienne Barbazan", T_BAR, "réclame", "la reconnaissance de l’état de catastrophe naturelle",
    notes="subject is the relative « qui », whose antecedent is Barbazan; a demand")
s = "« Trente ans de travail, partis en une nuit », a-t-elle soufflé."
add(d, "quote", s, "elle", "une viticultrice de 58 ans", None, "a-t-elle soufflé", "Trente ans de travail, partis en une nuit",
    notes="unnamed source; « elle » = the winegrower of the previous sentence")
s = "Un pompier volontaire a confié, sous couvert d’anonymat, que les équipes avaient manqué d’eau pendant près de deux heures faute de points d’alimentation suffisants dans les coteaux."
add(d, "reported", s, "Un pompier volontaire", "Un pompier volontaire", None, "a confié",
    "les équipes avaient manqué d’eau pendant près de deux heures faute de points d’alimentation suffisants dans les coteaux",
    notes="unnamed source")
s = "Dans un communiqué publié lundi soir, la préfecture de l’Aveyrac a rejeté ces critiques, affirmant que « l’ensemble des moyens hydrauliques disponibles » avait été mobilisé dès la première heure."
add(d, "reported", s, "la préfecture de l’Aveyrac", "la préfecture de l’Aveyrac", None, "a rejeté", "ces critiques",
    notes="statement by an institution; denial, anaphoric content: « ces critiques » = the volunteer firefighter's claim (previous record)")
add(d, "reported", s, "la préfecture de l’Aveyrac", "la préfecture de l’Aveyrac", None, "affirmant",
    "« l’ensemble des moyens hydrauliques disponibles » avait été mobilisé dès la première heure")
add(d, "quote", s, "la préfecture de l’Aveyrac", "la préfecture de l’Aveyrac", None, "affirmant",
    "l’ensemble des moyens hydrauliques disponibles", notes="quoted fragment nested in the preceding reported record")
s = "Le service régional Météo-Aveyrac a toutefois averti que le risque de reprise resterait « très élevé » jusqu’à vendredi, et que le vent pourrait de nouveau dépasser 50 km/h dans l’après-midi."
add(d, "reported", s, "Le service régional Météo-Aveyrac", "le service régional Météo-Aveyrac", None, "a toutefois averti",
    "le risque de reprise resterait « très élevé » jusqu’à vendredi", notes="warning by an institution")
add(d, "quote", s, "Le service régional Météo-Aveyrac", "le service régional Météo-Aveyrac", None, "a toutefois averti",
    "très élevé", notes="quoted fragment nested in the preceding reported record")
add(d, "reported", s, "Le service régional Météo-Aveyrac", "le service régional Météo-Aveyrac", None, "a toutefois averti",
    "le vent pourrait de nouveau dépasser 50 km/h dans l’après-midi", notes="second clause of the same warning")
s = "Les habitants de Saint-Julien-des-Vignes et de Lascombes devront attendre au moins jusqu’à mercredi, a précisé le préfet."
add(d, "reported", s, "le préfet", "Didier Rossignol", T_PREF, "a précisé",
    "Les habitants de Saint-Julien-des-Vignes et de Lascombes devront attendre au moins jusqu’à mercredi",
    notes="reported clause before the verb, without quote marks")

# ---------------------------------------------------------------- 003 (en)
d = "003"
s = "“I didn’t come here thinking I could win. I came to learn,” Okafor said minutes after the final game ended."
add(d, "quote", s, "Okafor", "Tamsin Okafor", None, "said", "I didn’t come here thinking I could win. I came to learn,",
    notes="the quote spans two sentences")
s = "“When he offered a draw on move 28, I thought: no, I think I’m better here.”"
add(d, "quote", s, None, "Tamsin Okafor", None, None, "When he offered a draw on move 28, I thought: no, I think I’m better here.",
    notes="bare quote with no speaker or cue; attributed to Tamsin Okafor from the previous sentence")
T_HAL = "five-time champion"
s = "“She outplayed me in the endgame, and there is no shame in saying it,” he told reporters."
add(d, "quote", s, ("he", "he told"), "Viktor Haldane", T_HAL, "told", "She outplayed me in the endgame, and there is no shame in saying it,",
    notes="« he » = Viktor Haldane (previous sentence)")
s = "But the champion admitted that he had “underestimated how well prepared she was” and said he would take a break from competitive play until the summer."
add(d, "reported", s, "the champion", "Viktor Haldane", T_HAL, "admitted", "he had “underestimated how well prepared she was”",
    notes="« the champion » = Viktor Haldane; an admission")
add(d, "quote", s, "the champion", "Viktor Haldane", T_HAL, "admitted", "underestimated how well prepared she was",
    notes="quoted fragment nested in the preceding reported record")
add(d, "reported", s, "the champion", "Viktor Haldane", T_HAL, "said", "he would take a break from competitive play until the summer")
s = "“I have been coming to this championship for 40 years and I have never seen anything like it,” said a retired schoolteacher from Dunmore who had travelled with his chess club."
add(d, "quote", s, "a retired schoolteacher from Dunmore who had travelled with his chess club", "a retired schoolteacher from Dunmore", None,
    "said", "I have been coming to this championship for 40 years and I have never seen anything like it,",
    notes="unnamed source; verb before the subject")
s = "A university student in the front row called the final game “the best of the decade”."
add(d, "quote", s, "A university student in the front row", "A university student in the front row", None, "called",
    "the best of the decade", notes="unnamed source; the object « the final game » stays outside the quote marks")
T_OST = "president of the National Chess Federation"
s = "Margaret Ostrowski, president of the National Chess Federation, said Okafor’s win would “do more for junior chess than any campaign we could pay for”."
add(d, "reported", s, "Margaret Ostrowski, president of the National Chess Federation", "Margaret Ostrowski", T_OST, "said",
    "Okafor’s win would “do more for junior chess than any campaign we could pay for”")
add(d, "quote", s, "Margaret Ostrowski, president of the National Chess Federation", "Margaret Ostrowski", T_OST, "said",
    "do more for junior chess than any campaign we could pay for", notes="quoted fragment nested in the preceding reported record")
s = "According to Ostrowski, junior membership of the federation has risen by 22 per cent since 2023, to 9,400 players."
add(d, "reported", s, "Ostrowski", "Margaret Ostrowski", T_OST, "According to",
    "junior membership of the federation has risen by 22 per cent since 2023, to 9,400 players")
T_FER = "Okafor’s coach"
s = "Okafor’s coach, Daniel Ferreira-Lowe, who has trained her since she was nine at the Lowbridge Knights club, said the teenager had prepared the Sicilian line for three months."
add(d, "reported", s, "Okafor’s coach, Daniel Ferreira-Lowe", "Daniel Ferreira-Lowe", T_FER, "said",
    "the teenager had prepared the Sicilian line for three months")
s = "“She plays like someone who is not afraid of anybody,” he said, “and that is something you cannot teach.”"
add(d, "quote", s, ("he", "he said"), "Daniel Ferreira-Lowe", T_FER, "said",
    "She plays like someone who is not afraid of anybody,” he said, “and that is something you cannot teach.",
    notes="« he » = Daniel Ferreira-Lowe (previous sentence); quote interrupted by the incise « he said »")
T_LIN = "chief arbiter"
s = "The chief arbiter, Soren Lindqvist, said the spectator responsible had been removed from the hall and insisted that the incident “had no influence whatsoever on the result”."
add(d, "reported", s, "The chief arbiter, Soren Lindqvist", "Soren Lindqvist", T_LIN, "said",
    "the spectator responsible had been removed from the hall")
add(d, "reported", s, "The chief arbiter, Soren Lindqvist", "Soren Lindqvist", T_LIN, "insisted",
    "the incident “had no influence whatsoever on the result”")
add(d, "quote", s, "The chief arbiter, Soren Lindqvist", "Soren Lindqvist", T_LIN, "insisted",
    "had no influence whatsoever on the result", notes="quoted fragment nested in the preceding reported record")
s = "In a statement issued on Monday, the federation said it would double its funding for the open qualifiers to 120,000 pounds next season."
add(d, "reported", s, "the federation", "the National Chess Federation", None, "said",
    "it would double its funding for the open qualifiers to 120,000 pounds next season",
    notes="statement by an institution (« In a statement issued on Monday »)")
s = "It also confirmed that Okafor would receive a grant to cover her travel to Varnhem, where she will face the champions of eleven other national federations."
add(d, "reported", s, "It", "the National Chess Federation", None, "also confirmed",
    "Okafor would receive a grant to cover her travel to Varnhem",
    notes="« It » = the federation; the relative « where she will face … » is journalist background and is left out")
s = "“Sleep,” she said. “And then my chemistry homework.”"
add(d, "quote", s, "she", "Tamsin Okafor", None, "said", "Sleep,” she said. “And then my chemistry homework.",
    notes="« she » = Tamsin Okafor (previous sentence); quote interrupted by the incise « she said », spans two sentences")

# ---------------------------------------------------------------- 004 (en)
d = "004"
s = "The launch of Aurora-3, the weather satellite meant to replace an ageing predecessor that has been operating well beyond its design life, has been postponed by at least three months after engineers found a faulty fuel valve on its Kestrel-5 rocket, officials said on Thursday."
add(d, "reported", s, "officials", "officials", None, "said",
    "The launch of Aurora-3, the weather satellite meant to replace an ageing predecessor that has been operating well beyond its design life, has been postponed by at least three months after engineers found a faulty fuel valve on its Kestrel-5 rocket",
    notes="unnamed group of officials; reported clause before the verb")
T_MAR = "director general of the Meridian Space Agency"
s = "The new target date is 14 June, “at the earliest”, according to the agency’s director general, Dr Helen Marchetti."
add(d, "reported", s, "the agency’s director general, Dr Helen Marchetti", "Helen Marchetti", T_MAR, "according to",
    "The new target date is 14 June, “at the earliest”")
add(d, "quote", s, "the agency’s director general, Dr Helen Marchetti", "Helen Marchetti", T_MAR, "according to",
    "at the earliest", notes="quoted fragment nested in the preceding reported record")
s = "“We would rather lose three months than lose a satellite,” Marchetti told a press briefing in Calder."
add(d, "quote", s, "Marchetti", "Helen Marchetti", T_MAR, "told", "We would rather lose three months than lose a satellite,")
s = "“The fault was caught exactly where it should be caught: on the ground.”"
add(d, "quote", s, None, "Helen Marchetti", T_MAR, None, "The fault was caught exactly where it should be caught: on the ground.",
    notes="bare quote with no speaker or cue; attributed to Helen Marchetti from the previous sentence")
s = "According to the agency, the fault was detected on 19 February during a pressure test, when one of the valves feeding the rocket’s second stage failed to close fully."
add(d, "reported", s, "the agency", "the Meridian Space Agency", None, "According to",
    "the fault was detected on 19 February during a pressure test, when one of the valves feeding the rocket’s second stage failed to close fully",
    notes="« the agency » = the Meridian Space Agency")
s = "Kestrel Launch Systems, which builds the rocket, said in a statement that the valve came from a batch of 14 units supplied by a subcontractor and that all of them would be replaced “as a precaution”."
add(d, "reported", s, "Kestrel Launch Systems", "Kestrel Launch Systems", None, "said in a statement",
    "the valve came from a batch of 14 units supplied by a subcontractor", notes="statement by a company")
add(d, "reported", s, "Kestrel Launch Systems", "Kestrel Launch Systems", None, "said in a statement",
    "all of them would be replaced “as a precaution”", notes="second clause of the same statement")
add(d, "quote", s, "Kestrel Launch Systems", "Kestrel Launch Systems", None, "said in a statement",
    "as a precaution", notes="quoted fragment nested in the preceding reported record")
T_BRA = "Kestrel’s launch director"
s = "Kestrel’s launch director, Tomasz Brandt, denied that the company had cut corners to meet the March date."
add(d, "reported", s, "Kestrel’s launch director, Tomasz Brandt", "Tomasz Brandt", T_BRA, "denied",
    "the company had cut corners to meet the March date", notes="denial")
s = "“Nobody at Kestrel was under pressure to skip a test,” he insisted. “If anything, the test did its job.”"
add(d, "quote", s, ("he", "he insisted"), "Tomasz Brandt", T_BRA, "insisted",
    "Nobody at Kestrel was under pressure to skip a test,” he insisted. “If anything, the test did its job.",
    notes="« he » = Tomasz Brandt (previous sentence); quote interrupted by the incise « he insisted », spans two sentences")
s = "The engineer said warnings about the subcontractor’s valves had been raised internally “as early as last October” and had been “parked until after the launch”."
add(d, "reported", s, "The engineer", "An engineer at Halden Point", None, "said",
    "warnings about the subcontractor’s valves had been raised internally “as early as last October” and had been “parked until after the launch”",
    notes="unnamed source introduced in the previous sentence")
add(d, "quote", s, "The engineer", "An engineer at Halden Point", None, "said", "as early as last October",
    notes="quoted fragment nested in the preceding reported record")
add(d, "quote", s, "The engineer", "An engineer at Halden Point", None, "said", "parked until after the launch",
    notes="quoted fragment nested in the same reported record")
s = "A forecaster at the Coastal Weather Office, who spoke on condition of anonymity, said one of its two imaging instruments had already failed in 2024."
add(d, "reported", s, "A forecaster at the Coastal Weather Office", "A forecaster at the Coastal Weather Office", None, "said",
    "one of its two imaging instruments had already failed in 2024", notes="unnamed source; « its » = Aurora-2")
s = "“We are flying on one engine,” she said."
add(d, "quote", s, "she", "A forecaster at the Coastal Weather Office", None, "said", "We are flying on one engine,",
    notes="« she » = the unnamed forecaster (previous sentence)")
T_ODU = "Science Minister"
s = "Science Minister Rafael Oduya promised that the government would cover the extra costs, estimated at 23 million euros, without cutting other space programmes."
add(d, "reported", s, "Science Minister Rafael Oduya", "Rafael Oduya", T_ODU, "promised",
    "the government would cover the extra costs, estimated at 23 million euros, without cutting other space programmes",
    notes="a promise; the incise « estimated at 23 million euros » may be the journalist's and is kept inside the clause")
s = "“This is a setback, not a crisis,” the minister said, adding that a second launch window in late July had been reserved in case June slipped."
add(d, "quote", s, "the minister", "Rafael Oduya", T_ODU, "said", "This is a setback, not a crisis,")
add(d, "reported", s, "the minister", "Rafael Oduya", T_ODU, "adding",
    "a second launch window in late July had been reserved in case June slipped")
T_CAR = "the opposition’s science spokeswoman"
s = "She warned that a failure of Aurora-2 before June would leave storm warnings “dependent on foreign data” during the spring flood season, and called for an independent review of the programme."
add(d, "reported", s, "She", "Lydia Carrow", T_CAR, "warned",
    "a failure of Aurora-2 before June would leave storm warnings “dependent on foreign data” during the spring flood season",
    notes="« She » = Lydia Carrow (previous sentence); a warning")
add(d, "quote", s, "She", "Lydia Carrow", T_CAR, "warned", "dependent on foreign data",
    notes="quoted fragment nested in the preceding reported record")
add(d, "reported", s, "She", "Lydia Carrow", T_CAR, "called for", "an independent review of the programme", notes="a call")

# ---------------------------------------------------------------- 005 (es)
d = "005"
s = "Los hospitales de la provincia de Valdecina registraron 1.214 ingresos por causas relacionadas con el calor entre el 7 y el 13 de julio, un 38 % más que en la misma semana del año anterior, según datos de la Consejería de Sanidad difundidos este lunes."
add(d, "reported", s, "la Consejería de Sanidad", "la Consejería de Sanidad", None, "según datos de",
    "Los hospitales de la provincia de Valdecina registraron 1.214 ingresos por causas relacionadas con el calor entre el 7 y el 13 de julio, un 38 % más que en la misma semana del año anterior",
    notes="institution, « según datos de »")
T_IBA = "consejera de Sanidad"
s = "«Estamos ante el episodio más duro desde que tenemos registros», afirmó la consejera de Sanidad, Marta Ibarguren, en rueda de prensa."
add(d, "quote", s, "la consejera de Sanidad, Marta Ibarguren", "Marta Ibarguren", T_IBA, "afirmó",
    "Estamos ante el episodio más duro desde que tenemos registros")
s = "La consejera explicó que la mayoría de los ingresados son mayores de 75 años y que 11 fallecimientos se han atribuido de forma provisional al golpe de calor."
add(d, "reported", s, "La consejera", "Marta Ibarguren", T_IBA, "explicó", "la mayoría de los ingresados son mayores de 75 años",
    notes="« La consejera » = Marta Ibarguren")
add(d, "reported", s, "La consejera", "Marta Ibarguren", T_IBA, "explicó",
    "11 fallecimientos se han atribuido de forma provisional al golpe de calor", notes="second clause of the same statement")
s = "El Servicio Meteorológico del Levante señaló en un comunicado que las noches «no bajarán de 27 grados» al menos hasta el domingo y mantuvo la alerta roja en toda la provincia."
add(d, "reported", s, "El Servicio Meteorológico del Levante", "el Servicio Meteorológico del Levante", None, "señaló en un comunicado",
    "las noches «no bajarán de 27 grados» al menos hasta el domingo",
    notes="statement by an institution; « mantuvo la alerta roja » is an act, not speech, and is left out")
add(d, "quote", s, "El Servicio Meteorológico del Levante", "el Servicio Meteorológico del Levante", None, "señaló en un comunicado",
    "no bajarán de 27 grados", notes="quoted fragment nested in the preceding reported record")
T_COL = "jefe de urgencias del Hospital General de Valdecina"
s = "«Tenemos camas en los pasillos —reconoció el jefe de urgencias, el doctor Andrés Collado—, y aun así no damos abasto por las tardes»."
add(d, "quote", s, "el jefe de urgencias, el doctor Andrés Collado", "Andrés Collado", T_COL, "reconoció",
    "Tenemos camas en los pasillos —reconoció el jefe de urgencias, el doctor Andrés Collado—, y aun así no damos abasto por las tardes",
    notes="quote interrupted by the incise between dashes, which holds speaker and cue")
s = "Collado pidió a la población que evite salir entre las 12.00 y las 18.00 y que vigile a los vecinos que viven solos."
add(d, "reported", s, "Collado", "Andrés Collado", T_COL, "pidió",
    "evite salir entre las 12.00 y las 18.00 y que vigile a los vecinos que viven solos",
    notes="a request; the addressee « a la población » stays outside the content")
s = "Una enfermera del servicio, que pidió no ser identificada, aseguró que la plantilla trabaja «con un 20 % menos de personal por las vacaciones» y que varios compañeros han sufrido mareos durante los turnos."
add(d, "reported", s, "Una enfermera del servicio", "Una enfermera del servicio", None, "aseguró",
    "la plantilla trabaja «con un 20 % menos de personal por las vacaciones»",
    notes="unnamed source; « pidió no ser identificada » is an anonymity formula and is left out")
add(d, "quote", s, "Una enfermera del servicio", "Una enfermera del servicio", None, "aseguró",
    "con un 20 % menos de personal por las vacaciones", notes="quoted fragment nested in the preceding reported record")
add(d, "reported", s, "Una enfermera del servicio", "Una enfermera del servicio", None, "aseguró",
    "varios compañeros han sufrido mareos durante los turnos", notes="second clause of the same statement")
s = "«Aquí dentro también hace calor; el aire acondicionado de la tercera planta lleva roto desde junio», lamentó."
add(d, "quote", s, None, "Una enfermera del servicio", None, "lamentó",
    "Aquí dentro también hace calor; el aire acondicionado de la tercera planta lleva roto desde junio",
    notes="null subject; the speaker is the unnamed nurse of the previous sentence")
s = "El Sindicato Independiente de Enfermería (SIE) denunció que la Consejería no ha cubierto 85 de las 140 plazas de refuerzo prometidas para el verano."
add(d, "reported", s, "El Sindicato Independiente de Enfermería (SIE)", "el Sindicato Independiente de Enfermería", None, "denunció",
    "la Consejería no ha cubierto 85 de las 140 plazas de refuerzo prometidas para el verano", notes="a complaint by an organisation")
s = "Su portavoz, Noelia Campos, calificó la situación de «insostenible»."
add(d, "quote", s, "Su portavoz, Noelia Campos", "Noelia Campos", "portavoz del Sindicato Independiente de Enfermería (SIE)", "calificó",
    "insostenible", notes="« Su » = the SIE; the object « la situación » stays outside the quote marks")
s = "Preguntada por estas críticas, Ibarguren admitió «retrasos en las contrataciones», pero aseguró que 60 camas adicionales estarán operativas el próximo miércoles en los hospitales de Valdecina y Puerto Almenar."
add(d, "quote", s, "Ibarguren", "Marta Ibarguren", T_IBA, "admitió", "retrasos en las contrataciones", notes="an admission")
add(d, "reported", s, "Ibarguren", "Marta Ibarguren", T_IBA, "aseguró",
    "60 camas adicionales estarán operativas el próximo miércoles en los hospitales de Valdecina y Puerto Almenar")
T_EST = "alcalde de Valdecina"
s = "El alcalde de Valdecina, Ramón Esteller, anunció la apertura de 23 refugios climáticos en bibliotecas y centros cívicos, con horario ampliado hasta las 22.00."
add(d, "reported", s, "El alcalde de Valdecina, Ramón Esteller", "Ramón Esteller", T_EST, "anunció",
    "la apertura de 23 refugios climáticos en bibliotecas y centros cívicos, con horario ampliado hasta las 22.00", notes="an announcement")
s = "Según el alcalde, el primer fin de semana los visitaron más de 3.000 personas."
add(d, "reported", s, "el alcalde", "Ramón Esteller", T_EST, "Según", "el primer fin de semana los visitaron más de 3.000 personas",
    notes="« el alcalde » = Ramón Esteller")
s = "En el barrio de San Telmo, donde muchos edificios carecen de ascensor, una vecina de 74 años explicaba que no pisa la calle desde hace cinco días."
add(d, "reported", s, "una vecina de 74 años", "una vecina de 74 años", None, "explicaba", "no pisa la calle desde hace cinco días",
    notes="unnamed source")
s = "«Mi hija me trae la compra y yo me quedo con las persianas bajadas, a oscuras, como un murciélago», contaba entre risas."
add(d, "quote", s, None, "una vecina de 74 años", None, "contaba",
    "Mi hija me trae la compra y yo me quedo con las persianas bajadas, a oscuras, como un murciélago",
    notes="null subject; the speaker is the unnamed neighbour of the previous sentence")
s = "Un repartidor que hacía su ruta en bicicleta se quejó de que las empresas «no dan ni una botella de agua» a los trabajadores."
add(d, "reported", s, "Un repartidor que hacía su ruta en bicicleta", "Un repartidor", None, "se quejó",
    "las empresas «no dan ni una botella de agua» a los trabajadores", notes="unnamed source; a complaint")
add(d, "quote", s, "Un repartidor que hacía su ruta en bicicleta", "Un repartidor", None, "se quejó",
    "no dan ni una botella de agua", notes="quoted fragment nested in the preceding reported record")

# ---------------------------------------------------------------- 006 (es)
d = "006"
s = "La Consejería de Hacienda señaló en un comunicado que el coste total ascenderá a 148 millones de euros y que la medida «está plenamente cubierta» por los presupuestos regionales."
add(d, "reported", s, "La Consejería de Hacienda", "la Consejería de Hacienda", None, "señaló en un comunicado",
    "el coste total ascenderá a 148 millones de euros", notes="statement by an institution")
add(d, "reported", s, "La Consejería de Hacienda", "la Consejería de Hacienda", None, "señaló en un comunicado",
    "la medida «está plenamente cubierta» por los presupuestos regionales", notes="second clause of the same statement")
add(d, "quote", s, "La Consejería de Hacienda", "la Consejería de Hacienda", None, "señaló en un comunicado",
    "está plenamente cubierta", notes="quoted fragment nested in the preceding reported record")
T_BER = "consejero de Educación de Tordesal"
s = "«Es el mayor avance salarial para el profesorado en quince años», afirmó Berrocal tras la firma, celebrada en el Palacio de San Gregorio."
add(d, "quote", s, "Berrocal", "Joaquín Berrocal", T_BER, "afirmó", "Es el mayor avance salarial para el profesorado en quince años")
s = "El consejero añadió que el acuerdo incluye también la reducción de la ratio a 22 alumnos por aula en primaria a partir del curso 2027-2028."
add(d, "reported", s, "El consejero", "Joaquín Berrocal", T_BER, "añadió",
    "el acuerdo incluye también la reducción de la ratio a 22 alumnos por aula en primaria a partir del curso 2027-2028",
    notes="« El consejero » = Joaquín Berrocal")
T_SOL = "secretaria general de la Unión de Docentes y Educadores (UDE)"
s = "«No es todo lo que pedíamos —admitió—, pero es mucho más de lo que nos ofrecían en noviembre»."
add(d, "quote", s, None, "Amparo Soler", T_SOL, "admitió",
    "No es todo lo que pedíamos —admitió—, pero es mucho más de lo que nos ofrecían en noviembre",
    notes="null subject (Amparo Soler, previous sentence); quote interrupted by the incise « —admitió— »")
s = "Según Soler, la primera propuesta del Gobierno regional se limitaba a 95 euros, sin calendario de aplicación."
add(d, "reported", s, "Soler", "Amparo Soler", T_SOL, "Según",
    "la primera propuesta del Gobierno regional se limitaba a 95 euros, sin calendario de aplicación")
s = "El Colectivo de Profesores en Lucha (CPL), que no ha firmado, considera el pacto «una rendición»."
add(d, "quote", s, "El Colectivo de Profesores en Lucha (CPL)", "el Colectivo de Profesores en Lucha", None, "considera",
    "una rendición", notes="organisation; the object « el pacto » stays outside the quote marks")
T_ZUB = "portavoz del Colectivo de Profesores en Lucha (CPL)"
s = "Su portavoz, Iker Zubiaurre, reprochó a los demás sindicatos haber aceptado una subida que «no compensa ni la mitad de la inflación acumulada desde 2022» y anunció que su organización mantendrá la convocatoria de huelga del 19 de marzo."
add(d, "reported", s, "Su portavoz, Iker Zubiaurre", "Iker Zubiaurre", T_ZUB, "reprochó",
    "haber aceptado una subida que «no compensa ni la mitad de la inflación acumulada desde 2022»",
    notes="« Su » = the CPL; a reproach, the addressee « a los demás sindicatos » stays outside the content")
add(d, "quote", s, "Su portavoz, Iker Zubiaurre", "Iker Zubiaurre", T_ZUB, "reprochó",
    "no compensa ni la mitad de la inflación acumulada desde 2022", notes="quoted fragment nested in the preceding reported record")
add(d, "reported", s, "Su portavoz, Iker Zubiaurre", "Iker Zubiaurre", T_ZUB, "anunció",
    "su organización mantendrá la convocatoria de huelga del 19 de marzo", notes="an announcement")
T_LLA = "presidenta de la federación de familias FAMPA Tordesal"
s = "La presidenta de la federación de familias FAMPA Tordesal, Rocío Llamas, celebró el fin de las huelgas, aunque advirtió de que la reducción de la ratio «llega demasiado tarde» para los alumnos que están ahora en primaria."
add(d, "reported", s, "La presidenta de la federación de familias FAMPA Tordesal, Rocío Llamas", "Rocío Llamas", T_LLA, "celebró",
    "el fin de las huelgas", notes="verb of attitude (welcomed)")
add(d, "reported", s, "La presidenta de la federación de familias FAMPA Tordesal, Rocío Llamas", "Rocío Llamas", T_LLA, "advirtió",
    "la reducción de la ratio «llega demasiado tarde» para los alumnos que están ahora en primaria", notes="a warning")
add(d, "quote", s, "La presidenta de la federación de familias FAMPA Tordesal, Rocío Llamas", "Rocío Llamas", T_LLA, "advirtió",
    "llega demasiado tarde", notes="quoted fragment nested in the preceding reported record")
s = "Una maestra de primaria de Robledal de Arriba dijo que la subida «ayuda», pero recordó que lleva nueve años encadenando contratos de interina."
add(d, "reported", s, "Una maestra de primaria de Robledal de Arriba", "Una maestra de primaria de Robledal de Arriba", None, "dijo",
    "la subida «ayuda»", notes="unnamed source")
add(d, "quote", s, "Una maestra de primaria de Robledal de Arriba", "Una maestra de primaria de Robledal de Arriba", None, "dijo",
    "ayuda", notes="quoted fragment nested in the preceding reported record")
add(d, "reported", s, "Una maestra de primaria de Robledal de Arriba", "Una maestra de primaria de Robledal de Arriba", None, "recordó",
    "lleva nueve años encadenando contratos de interina")
s = "Un profesor de Matemáticas de un instituto de la capital fue más tajante: «Con 210 euros no se arregla que tengamos treinta chavales por clase en bachillerato»."
add(d, "quote", s, "Un profesor de Matemáticas de un instituto de la capital", "Un profesor de Matemáticas de un instituto de la capital", None,
    "fue más tajante", "Con 210 euros no se arregla que tengamos treinta chavales por clase en bachillerato",
    notes="unnamed source; the cue is a copular phrase, the quote follows a colon")
T_QUI = "portavoz de Educación del Partido Regionalista de Tordesal en las Cortes"
s = "El portavoz de Educación del Partido Regionalista de Tordesal en las Cortes, Esteban Quirós, acusó al Gobierno de «comprar la paz social a seis meses de las elecciones» y exigió que se publique la memoria económica del acuerdo."
add(d, "quote", s, "El portavoz de Educación del Partido Regionalista de Tordesal en las Cortes, Esteban Quirós", "Esteban Quirós", T_QUI,
    "acusó", "comprar la paz social a seis meses de las elecciones",
    notes="an accusation; the quote marks enclose the whole charge, the object « al Gobierno » stays outside")
add(d, "reported", s, "El portavoz de Educación del Partido Regionalista de Tordesal en las Cortes, Esteban Quirós", "Esteban Quirós", T_QUI,
    "exigió", "se publique la memoria económica del acuerdo", notes="a demand")
s = "Según datos de la Consejería de Educación, un maestro de primaria con diez años de antigüedad cobra actualmente 2.140 euros brutos al mes en Tordesal, frente a una media nacional de 2.310 euros."
add(d, "reported", s, "la Consejería de Educación", "la Consejería de Educación", None, "Según datos de",
    "un maestro de primaria con diez años de antigüedad cobra actualmente 2.140 euros brutos al mes en Tordesal, frente a una media nacional de 2.310 euros",
    notes="institution, « según datos de »")
s = "Berrocal, por su parte, se comprometió a convocar a los sindicatos en junio para negociar las plantillas de los centros rurales."
add(d, "reported", s, "Berrocal", "Joaquín Berrocal", T_BER, "se comprometió",
    "convocar a los sindicatos en junio para negociar las plantillas de los centros rurales", notes="a promise")
s = "«La puerta sigue abierta, también para quienes hoy no han firmado», dijo."
add(d, "quote", s, None, "Joaquín Berrocal", T_BER, "dijo", "La puerta sigue abierta, también para quienes hoy no han firmado",
    notes="null subject; the speaker is Berrocal (previous sentence)")


# ---------------------------------------------------------------- locate
class Stop(Exception): pass

def locate(raw, text, lo, hi, what):
    """Return (start, end) of text inside raw[lo:hi]; text may be (text, context)."""
    if isinstance(text, tuple):
        t, ctx = text
        s0, _ = locate(raw, ctx, lo, hi, what + " context")
        a, b = locate(raw, t, s0, s0 + len(ctx), what)
        return a, b
    seg = raw[lo:hi]
    n = seg.count(text)
    if n != 1:
        raise Stop(f"{what}: {text!r} found {n} times")
    a = lo + seg.index(text)
    return a, a + len(text)

def build():
    out = []
    raws = {k: open(os.path.join(CORPUS, v), encoding="utf-8").read() for k, v in D.items()}
    for i, r in enumerate(RECS, 1):
        raw = raws[r["doc"]]
        try:
            ss, se = locate(raw, r["sent"], 0, len(raw), "sentence")
            rec = {"id": f"g{i:03d}", "doc": D[r["doc"]], "kind": r["kind"]}
            if r["sp"] is None:
                rec.update(speaker_text=None, speaker_start=None, speaker_end=None)
            else:
                a, b = locate(raw, r["sp"], ss, se, "speaker")
                rec.update(speaker_text=raw[a:b], speaker_start=a, speaker_end=b)
            rec["speaker"] = r["speaker"]
            rec["speaker_title"] = r["title"]
            if r["cue"] is None:
                rec.update(cue_text=None, cue_start=None, cue_end=None)
            else:
                a, b = locate(raw, r["cue"], ss, se, "cue")
                rec.update(cue_text=raw[a:b], cue_start=a, cue_end=b)
            a, b = locate(raw, r["content"], ss, se, "content")
            rec.update(content_text=raw[a:b], content_start=a, content_end=b)
            rec.update(sentence_start=ss, sentence_end=se, language=LANG[r["doc"]], notes=r["notes"])
        except Stop as e:
            sys.exit(f"STOP at record {i} ({r['doc']}): {e}")
        out.append(rec)
    return out

if __name__ == "__main__":
    recs = build()
    with open(os.path.join(HERE, "attributions.jsonl"), "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(recs)} records")
