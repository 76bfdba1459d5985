"""Build attributions.jsonl from hand-chosen texts.

Every record below was chosen by hand (kind, sentence, speaker words, resolved speaker, title, cue,
content, notes). No offset is typed: the script finds every text in the raw file and stops on any
text that is not found or is ambiguous.

* sentence: either the full sentence text, or a pair (start, end): the start fragment must occur exactly
  once in the file and the sentence runs to the first occurrence of the end fragment after it.
* speaker / cue / content: must occur exactly once inside the sentence. Where a short text occurs more
  than once (e.g. "he", "said"), a context string is given with "...@ctx" keys: the context must occur
  exactly once in the sentence and the text exactly once in the context.
* In 001 the guillemets carry U+00A0 inside them; the chosen texts are written with ordinary spaces
  next to « and » and converted (« + space -> « + U+00A0, space + » -> U+00A0 + »).
"""
import json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")
OUT = os.path.join(HERE, "attributions.jsonl")

D1 = "001_mediatheques-livres-numeriques.txt"
D2 = "002_grand-vallon-fermeture.txt"
D3 = "003_ashcombe-ferry-recount.txt"
D4 = "004_carrick-moor-wind-farm.txt"
D5 = "005_festival-teatro-santa-olaria.txt"
D6 = "006_lago-arbedo-algas.txt"
LANG = {D1: "fr", D2: "fr", D3: "en", D4: "en", D5: "es", D6: "es"}


def R(doc, kind, sent, sp, speaker, title, cue, content, notes=None, sp_ctx=None, cue_ctx=None, content_ctx=None):
    return dict(doc=doc, kind=kind, sent=sent, sp=sp, speaker=speaker, title=title, cue=cue,
                content=content, notes=notes, sp_ctx=sp_ctx, cue_ctx=cue_ctx, content_ctx=content_ctx)


HCV = "Hélène Carrasco-Vidal"
HCV_T = "vice-présidente de la communauté d’agglomération chargée de la culture"
BL, BL_T = "Bruno Lestage", "directeur du réseau"
RT, RT_T = "Régis Tournier", "directeur de la Société des remontées du Grand-Vallon (SRGV)"
MT_ = "Martine Jacquemoud"
KBG, KBG_T = "Kevin Blanc-Gonnet", "délégué du syndicat des travailleurs saisonniers du Haut-Arvel"
SAIS = "Une saisonnière originaire de Bretagne"
MON = "Un moniteur de l'école de ski"
LB, LB_T = "Laurent Bessat", "président de l'union des commerçants et hôteliers de Saint-Aubin"
AF, AF_T = "Anouk Ferrand", "climatologue, de l'Observatoire des neiges du Haut-Arvel"
TIL, TIL_T = "Marjorie Tillman", "Brannock County Clerk"
DOL, DOL_T = "Denise Okafor-Lind", "challenger"
PELL, PELL_T = "Gordon Pell", "Mayor"
VOL = "A poll volunteer"
BOARD = "the Brannock County Board of Elections"
FG, FG_T = "Fiona Gallacher", "Northwold's chief executive"
AB, AB_T = "Alan Brierley", "chair of the campaign group Save Carrick Moor"
HM, HM_T = "Dr Helen Marwick", "ecologist with the Upland Bird Trust"
PR, PR_T = "Priya Ramsden", "Councillor, leader of Haverton District Council"
REL, REL_T = "Ramón Echevarría Luque", "director del festival"
BS, BS_T = "Begoña Salvatierra", "consejera de Cultura de la Diputación"
AQ, AQ_T = "Andrés Quiroga", "alcalde de Santa Olaria"
MI, MI_T = "Marta Ibarra", "portavoz del grupo municipal Alternativa Olariense"
TR, TR_T = "Tomás Rentería", "presidente de la Asociación de Hosteleros de la Costa de Olaria"
IC, IC_T = "Irene Cuadrado", "directora de la compañía local Teatro del Umbral"
TEC = "Un técnico de iluminación"
AGUA = "la Agencia Regional del Agua de Sierra Alta"
PM, PM_T = "Pilar Montoya", "alcaldesa de Arbedo"
CV, CV_T = "Carmen Villaseñor", "investigadora del Instituto de Limnología de Valdecastro"
EL, EL_T = "Esteban Llorente", "presidente de la cooperativa agrícola San Isidro de Arbedo"
NG, NG_T = "Nerea Goikoetxea", "portavoz de la plataforma vecinal Lago Vivo"
JH, JH_T = "Julián Herráez", "director general de Salud Pública"
TECS = "los técnicos de la agencia"

CONT = "continuation of the previous quote, in a new pair of quote marks after the sentence with the cue; no speaker or cue in its own sentence"

RECORDS = [
    # ---------------------------------------------------------------- 001 (fr)
    R(D1, "quote", ("« Nous n’avons pas pris", "chargée de la culture."),
      "Hélène Carrasco-Vidal, vice-présidente de la communauté d’agglomération chargée de la culture", HCV, HCV_T,
      "a assuré", "Nous n’avons pas pris cette décision de gaieté de cœur"),
    R(D1, "quote", ("« Mais les dotations baissent", "budget culturel. »"), None, HCV, HCV_T, None,
      "Mais les dotations baissent, l’énergie coûte plus cher, et il fallait trouver 2,3 millions d’euros d’économies sur l’ensemble du budget culturel.",
      notes=CONT + " (Hélène Carrasco-Vidal)"),
    R(D1, "reported", ("Selon la vice-présidente, le numérique", "quatre ans »."), "la vice-présidente", HCV, HCV_T,
      "Selon", "le numérique a été visé parce que son coût « a explosé en quatre ans »",
      notes="reported clause holding the quote fragment of the next record"),
    R(D1, "quote", ("Selon la vice-présidente, le numérique", "quatre ans »."), "la vice-présidente", HCV, HCV_T,
      "Selon", "a explosé en quatre ans", notes="quote fragment nested in the previous reported record"),
    R(D1, "reported", ("Il a toutefois estimé", "en un an."), "Il", BL, BL_T, "a toutefois estimé",
      "la coupe tombait « au pire moment »",
      notes="Il = Bruno Lestage (previous sentence); the 'alors que' clause with the loan figures is journalist background and is left out"),
    R(D1, "quote", ("Il a toutefois estimé", "en un an."), "Il", BL, BL_T, "a toutefois estimé", "au pire moment",
      notes="quote fragment nested in the previous reported record"),
    R(D1, "quote", ("« Les gens qui empruntent", "le dimanche. »"), "il", BL, BL_T, "a-t-il expliqué",
      "Les gens qui empruntent des livres numériques, ce sont souvent ceux qui ne peuvent plus venir jusqu’à nous, a-t-il expliqué. Des personnes âgées, des malades, des habitants des villages sans bus le dimanche.",
      notes="quote interrupted by the incise 'a-t-il expliqué'; il = Bruno Lestage; the sentence span covers the two sentences of the quote",
      sp_ctx="a-t-il expliqué"),
    R(D1, "reported", ("M. Lestage a précisé", "à échéance."), "M. Lestage", BL, BL_T, "a précisé",
      "les quatorze médiathèques du réseau renonceraient à renouveler environ 1 100 licences arrivées à échéance"),
    R(D1, "reported", ("Dans un communiqué publié jeudi", "resteraient inchangés."), "la communauté d’agglomération",
      "la communauté d’agglomération", None, "a indiqué",
      "« les collections papier ne seront pas touchées » et que les horaires d’ouverture resteraient inchangés",
      notes="institution statement ('Dans un communiqué'); two coordinated clauses under one cue, the first one wholly quoted"),
    R(D1, "quote", ("Dans un communiqué publié jeudi", "resteraient inchangés."), "la communauté d’agglomération",
      "la communauté d’agglomération", None, "a indiqué", "les collections papier ne seront pas touchées",
      notes="quote fragment nested in the previous reported record"),
    R(D1, "quote", ("Thierry Vasseur, conseiller communautaire", "bouts de chandelle »."),
      "Thierry Vasseur, conseiller communautaire du groupe Val de Lise en commun", "Thierry Vasseur",
      "conseiller communautaire du groupe Val de Lise en commun", "a dénoncé", "une économie de bouts de chandelle"),
    R(D1, "reported", ("Pour lui, les 73 000 euros", "du 14-Juillet »."), "lui", "Thierry Vasseur",
      "conseiller communautaire du groupe Val de Lise en commun", "Pour",
      "les 73 000 euros retirés au numérique représentent « moins que le budget des feux d’artifice du 14-Juillet »",
      notes="'Pour lui' = according to him; lui = Thierry Vasseur"),
    R(D1, "quote", ("Pour lui, les 73 000 euros", "du 14-Juillet »."), "lui", "Thierry Vasseur",
      "conseiller communautaire du groupe Val de Lise en commun", "Pour",
      "moins que le budget des feux d’artifice du 14-Juillet", notes="quote fragment nested in the previous reported record"),
    R(D1, "reported", ("La secrétaire départementale du Syndicat", "suppressions de postes »."),
      "La secrétaire départementale du Syndicat autonome des personnels territoriaux, Nadia Ferhat", "Nadia Ferhat",
      "secrétaire départementale du Syndicat autonome des personnels territoriaux", "redoute",
      "la baisse des crédits « prépare des suppressions de postes »", notes="verb of attitude ('redoute que'), counted like 'estime que'"),
    R(D1, "quote", ("La secrétaire départementale du Syndicat", "suppressions de postes »."),
      "La secrétaire départementale du Syndicat autonome des personnels territoriaux, Nadia Ferhat", "Nadia Ferhat",
      "secrétaire départementale du Syndicat autonome des personnels territoriaux", "redoute",
      "prépare des suppressions de postes", notes="quote fragment nested in the previous reported record"),
    R(D1, "quote", ("« On commence par les livres", "à Valmorin."), "elle", "Nadia Ferhat",
      "secrétaire départementale du Syndicat autonome des personnels territoriaux", "a-t-elle lancé",
      "On commence par les livres, et après on vient chercher les agents", notes="elle = Nadia Ferhat",
      sp_ctx="a-t-elle lancé"),
    R(D1, "reported", ("La plateforme de prêt Numélia", "prête à négocier."), "La plateforme de prêt Numélia",
      "Numélia", None, "se dit", "prête à négocier", notes="company speaking as an institution"),
    R(D1, "reported", ("Sa directrice commerciale, Sophie Achard", "sur trois ans."), "Sa directrice commerciale, Sophie Achard",
      "Sophie Achard", "directrice commerciale (Numélia)", "a affirmé",
      "l’entreprise pourrait proposer « des licences groupées à prix réduit » aux collectivités qui s’engagent sur trois ans"),
    R(D1, "quote", ("Sa directrice commerciale, Sophie Achard", "sur trois ans."), "Sa directrice commerciale, Sophie Achard",
      "Sophie Achard", "directrice commerciale (Numélia)", "a affirmé", "des licences groupées à prix réduit",
      notes="quote fragment nested in the previous reported record"),
    R(D1, "reported", "Elle a cependant refusé de chiffrer la remise.", "Elle", "Sophie Achard", "directrice commerciale (Numélia)",
      "a cependant refusé", "chiffrer la remise", notes="refusal; Elle = Sophie Achard"),
    R(D1, "quote", ("« Je lis une vingtaine", "entre deux rayonnages."), "une lectrice de 68 ans", "une lectrice de 68 ans", None,
      "raconte", "Je lis une vingtaine de livres par an sur ma tablette, parce que j’ai les yeux fatigués et que je peux grossir les caractères",
      notes="unnamed source"),
    R(D1, "quote", "« Si la liste d’attente passe à trois mois, j’arrêterai. »", None, "une lectrice de 68 ans", None, None,
      "Si la liste d’attente passe à trois mois, j’arrêterai.", notes=CONT + " (une lectrice de 68 ans)"),
    R(D1, "reported", ("Un bibliothécaire, qui a requis", "les plus demandées."), "Un bibliothécaire", "Un bibliothécaire", None,
      "affirme", "l’attente dépasse déjà huit semaines pour les nouveautés les plus demandées",
      notes="unnamed source ('qui a requis l’anonymat' is part of the description, not a separate attribution)"),
    R(D1, "quote", ("« On passe nos journées", "soupire-t-il."), "il", "Un bibliothécaire", None, "soupire-t-il",
      "On passe nos journées à expliquer aux lecteurs pourquoi ils ne peuvent pas avoir le livre dont tout le monde parle",
      notes="il = Un bibliothécaire", sp_ctx="soupire-t-il"),
    R(D1, "reported", ("Gérard Poulain, président de l’association", "lundi soir."),
      "Gérard Poulain, président de l’association Les Amis de la médiathèque", "Gérard Poulain",
      "président de l’association Les Amis de la médiathèque", "a annoncé", "le lancement d’une pétition",
      notes="announcement; the relative clause on the signatures is journalist background"),
    R(D1, "reported", ("Il demande que la décision", "le 17 mars."), "Il", "Gérard Poulain",
      "président de l’association Les Amis de la médiathèque", "demande",
      "la décision soit réexaminée lors du débat d’orientation budgétaire prévu le 17 mars", notes="call; Il = Gérard Poulain"),
    R(D1, "quote", ("« Nous ne demandons pas la lune", "a-t-il insisté."), "il", "Gérard Poulain",
      "président de l’association Les Amis de la médiathèque", "a-t-il insisté",
      "Nous ne demandons pas la lune, juste que l’on compte avant de couper", notes="il = Gérard Poulain",
      sp_ctx="a-t-il insisté"),
    R(D1, "reported", ("Interrogée sur cette pétition", "meilleures que prévu."), "Mme Carrasco-Vidal", HCV, HCV_T, "a promis",
      "la question serait « remise sur la table » si les recettes de l’année se révélaient meilleures que prévu", notes="promise"),
    R(D1, "quote", ("Interrogée sur cette pétition", "meilleures que prévu."), "Mme Carrasco-Vidal", HCV, HCV_T, "a promis",
      "remise sur la table", notes="quote fragment nested in the previous reported record"),

    # ---------------------------------------------------------------- 002 (fr)
    R(D2, "quote", "« On a tout essayé. »", None, RT, RT_T, None, "On a tout essayé.",
      notes="bare quote with no speaker or cue in its sentence; attributed to Régis Tournier, named in the next sentence (which has no speech verb)"),
    R(D2, "quote", ("« Produire de la neige", "lâche-t-il."), "il", RT, RT_T, "lâche-t-il",
      "Produire de la neige à 6 degrés, ce n'est pas de l'ingénierie, c'est de l'acharnement", notes="il = Régis Tournier",
      sp_ctx="lâche-t-il"),
    R(D2, "reported", ("La SRGV chiffre ses pertes", "4,6 millions."), "La SRGV", "la Société des remontées du Grand-Vallon (SRGV)", None,
      "chiffre", "ses pertes à 1,2 million d'euros", notes="company estimate; the turnover comparison is journalist background",
      cue_ctx="SRGV chiffre"),
    R(D2, "reported", ("La maire de Saint-Aubin-des-Crêts", "parler d'échec."), "La maire de Saint-Aubin-des-Crêts, Martine Jacquemoud",
      MT_, "maire de Saint-Aubin-des-Crêts", "refuse", "parler d'échec", notes="refusal"),
    R(D2, "reported", ("Elle a rappelé que la commune", "VTT balisés."), "Elle", MT_, "maire de Saint-Aubin-des-Crêts", "a rappelé",
      "la commune avait engagé dès 2023 un plan de « diversification quatre saisons », avec une via ferrata et 60 kilomètres de sentiers VTT balisés",
      notes="Elle = Martine Jacquemoud"),
    R(D2, "quote", ("Elle a rappelé que la commune", "VTT balisés."), "Elle", MT_, "maire de Saint-Aubin-des-Crêts", "a rappelé",
      "diversification quatre saisons", notes="quote fragment nested in the previous reported record"),
    R(D2, "quote", ("« La montagne ne s'arrête pas", "a reconnu l'élue."), "l'élue", MT_, "maire de Saint-Aubin-des-Crêts", "a reconnu",
      "La montagne ne s'arrête pas avec le ski. Mais je ne vais pas mentir aux gens : cet hiver fait mal", notes="l'élue = Martine Jacquemoud"),
    R(D2, "reported", ("Kevin Blanc-Gonnet, délégué", "terme initial."),
      "Kevin Blanc-Gonnet, délégué du syndicat des travailleurs saisonniers du Haut-Arvel", KBG, KBG_T, "réclame",
      "leurs contrats soient payés jusqu'au terme initial", notes="demand"),
    R(D2, "quote", ("« Ces gens ont signé", "a-t-il martelé."), "il", KBG, KBG_T, "a-t-il martelé",
      "Ces gens ont signé jusqu'au 12 avril. Ils ont refusé d'autres postes pour venir ici. On ne peut pas les renvoyer chez eux avec trois semaines de salaire",
      notes="il = Kevin Blanc-Gonnet; 'Ils ont refusé' is inside his quote and is not a separate attribution", sp_ctx="a-t-il martelé"),
    R(D2, "reported", ("Selon lui, une quarantaine", "par écrit."), "lui", KBG, KBG_T, "Selon",
      "une quarantaine de salariés n'ont pas encore été informés par écrit", notes="lui = Kevin Blanc-Gonnet"),
    R(D2, "reported", ("Une saisonnière originaire de Bretagne", "son studio »."),
      "Une saisonnière originaire de Bretagne, serveuse dans un restaurant d'altitude", SAIS,
      "serveuse dans un restaurant d'altitude", "confie", "elle a « déjà rendu son studio »", notes="unnamed source"),
    R(D2, "quote", ("Une saisonnière originaire de Bretagne", "son studio »."),
      "Une saisonnière originaire de Bretagne, serveuse dans un restaurant d'altitude", SAIS,
      "serveuse dans un restaurant d'altitude", "confie", "déjà rendu son studio", notes="quote fragment nested in the previous reported record"),
    R(D2, "quote", ("« Je repars avec moins", "les épaules."), "elle", SAIS, "serveuse dans un restaurant d'altitude", "dit-elle",
      "Je repars avec moins que ce que j'ai dépensé pour venir", notes="elle = the seasonal worker", sp_ctx="dit-elle"),
    R(D2, "quote", ("« Quand j'ai commencé", "explique-t-il."), "il", MON, None, "explique-t-il",
      "Quand j'ai commencé, on skiait jusqu'à Pâques sans se poser de questions. Aujourd'hui, chaque saison, c'est un pari",
      notes="il = Un moniteur de l'école de ski (unnamed source introduced in the previous sentence, which has no speech verb)",
      sp_ctx="explique-t-il"),
    R(D2, "reported", ("Laurent Bessat, président de l'union", "de 55 %."),
      "Laurent Bessat, président de l'union des commerçants et hôteliers de Saint-Aubin", LB, LB_T, "estime",
      "les annulations ont fait chuter les réservations de mars de 55 %"),
    R(D2, "reported", ("Il plaide pour un", "avant l'été."), "Il", LB, LB_T, "plaide pour",
      "un « fonds d'urgence » départemental, versé avant l'été", notes="call; Il = Laurent Bessat"),
    R(D2, "quote", ("Il plaide pour un", "avant l'été."), "Il", LB, LB_T, "plaide pour", "fonds d'urgence",
      notes="quote fragment nested in the previous reported record"),
    R(D2, "reported", ("Le conseil départemental a fait savoir", "à Bourg-d'Arvel."), "Le conseil départemental",
      "le conseil départemental", None, "a fait savoir",
      "il « étudierait les demandes d'aide au cas par cas » et qu'une réunion avec les élus de la vallée se tiendrait le 3 mars à Bourg-d'Arvel",
      notes="institution statement ('dans un communiqué'); two coordinated clauses under one cue"),
    R(D2, "quote", ("Le conseil départemental a fait savoir", "à Bourg-d'Arvel."), "Le conseil départemental",
      "le conseil départemental", None, "a fait savoir", "étudierait les demandes d'aide au cas par cas",
      notes="quote fragment nested in the previous reported record"),
    R(D2, "reported", ("Pour la climatologue Anouk Ferrand", "d'une surprise."),
      "la climatologue Anouk Ferrand, de l'Observatoire des neiges du Haut-Arvel", AF, AF_T, "Pour",
      "cette fermeture anticipée n'a rien d'une surprise", notes="'Pour X' = according to X"),
    R(D2, "reported", ("Selon ses relevés, la station", "depuis 1990."), "ses", AF, AF_T, "Selon",
      "la station, dont le front de neige est à 1 320 mètres, a perdu en moyenne 27 jours d'enneigement naturel par hiver depuis 1990",
      notes="possessive 'ses (relevés)' = Anouk Ferrand's measurements"),
    R(D2, "quote", ("« Les stations de moyenne altitude", "cinq ou six. »"), "elle", AF, AF_T, "a-t-elle averti",
      "Les stations de moyenne altitude vont devoir se poser la question de leur avenir, et pas dans vingt ans, a-t-elle averti. Dans cinq ou six.",
      notes="warning; quote interrupted by the incise 'a-t-elle averti'; elle = Anouk Ferrand; the sentence span covers both sentences",
      sp_ctx="a-t-elle averti"),
    R(D2, "reported", ("Il a promis que les forfaits", "pour 2026-2027."), "Il", RT, RT_T, "a promis",
      "les forfaits saison achetés cet hiver donneraient droit à une réduction de 30 % pour 2026-2027",
      notes="promise; Il = Régis Tournier (previous sentence)"),
    R(D2, "quote", ("Et il confie un dernier espoir", "dameuses prêtes. »"), "il", RT, RT_T, "confie",
      "S'il tombe un mètre début mars, on rouvre. Je n'y crois pas trop, mais on garde les dameuses prêtes.",
      notes="il = Régis Tournier; quote introduced by a colon", sp_ctx="il confie"),

    # ---------------------------------------------------------------- 003 (en)
    R(D3, "quote", ("“This is what democracy", "supervised the recount."), "Brannock County Clerk Marjorie Tillman", TIL, TIL_T,
      "said", "This is what democracy looks like when it’s close,"),
    R(D3, "quote", "“It’s slow, it’s boring, and it’s supposed to be.”", None, TIL, TIL_T, None,
      "It’s slow, it’s boring, and it’s supposed to be.", notes=CONT + " (Marjorie Tillman)"),
    R(D3, "reported", ("Tillman said the gap", "read as blank."), "Tillman", TIL, TIL_T, "said",
      "the gap between the two counts came mostly from ballots on which voters had circled a name instead of filling in the oval, which the scanners read as blank"),
    R(D3, "reported", "Her office found 11 such ballots, she said.", "she", TIL, TIL_T, "said", "Her office found 11 such ballots",
      notes="she = Marjorie Tillman"),
    R(D3, "quote", ("“Three votes is not a mandate,”", "took place."), "she", DOL, DOL_T, "told",
      "Three votes is not a mandate,", notes="she = Denise Okafor-Lind"),
    R(D3, "quote", ("“It’s a coin toss.", "should count does.”"), None, DOL, DOL_T, None,
      "It’s a coin toss. And we want to make sure every ballot that should count does.", notes=CONT + " (Denise Okafor-Lind)"),
    R(D3, "reported", ("Her attorney, Samuel Kettering", "wrongly set aside."), "Her attorney, Samuel Kettering", "Samuel Kettering",
      "attorney (of Denise Okafor-Lind)", "argued",
      "at least six of the disputed ballots were “clear expressions of voter intent” that had been wrongly set aside"),
    R(D3, "quote", ("Her attorney, Samuel Kettering", "wrongly set aside."), "Her attorney, Samuel Kettering", "Samuel Kettering",
      "attorney (of Denise Okafor-Lind)", "argued", "clear expressions of voter intent",
      notes="quote fragment nested in the previous reported record"),
    R(D3, "reported", ("He said the campaign would also ask", "missing signatures."), "He", "Samuel Kettering",
      "attorney (of Denise Okafor-Lind)", "said",
      "the campaign would also ask the court to examine 27 provisional ballots rejected for missing signatures", notes="He = Samuel Kettering"),
    R(D3, "reported", ("In a brief phone interview", "the water plant.”"), "the mayor", PELL, PELL_T, "called",
      "the challenge “a fishing expedition”", notes="the mayor = Gordon Pell", sp_ctx="the mayor called"),
    R(D3, "quote", ("In a brief phone interview", "the water plant.”"), "the mayor", PELL, PELL_T, "called",
      "a fishing expedition", notes="quote fragment nested in the previous reported record", sp_ctx="the mayor called"),
    R(D3, "reported", ("In a brief phone interview", "the water plant.”"), "the mayor", PELL, PELL_T, "said",
      "the town needed to “move on and fix the water plant.”",
      notes="second cue of the same sentence, coordinated with 'called'; the mayor = Gordon Pell", sp_ctx="the mayor called"),
    R(D3, "quote", ("In a brief phone interview", "the water plant.”"), "the mayor", PELL, PELL_T, "said",
      "move on and fix the water plant.", notes="quote fragment nested in the previous reported record", sp_ctx="the mayor called"),
    R(D3, "quote", "“I won on election night, I won the recount,” Pell said.", "Pell", PELL, PELL_T, "said",
      "I won on election night, I won the recount,"),
    R(D3, "quote", "“At some point you have to accept the numbers.”", None, PELL, PELL_T, None,
      "At some point you have to accept the numbers.", notes=CONT + " (Gordon Pell)"),
    R(D3, "quote", ("“Honestly, I just want", "her name printed."), "a retired schoolteacher", "a retired schoolteacher", None, "said",
      "Honestly, I just want somebody to fix the potholes on Mill Street,",
      notes="unnamed source; 'did not want her name printed' is part of the description"),
    R(D3, "reported", ("A poll volunteer who has worked", "so many observers."), "A poll volunteer", VOL, None, "said",
      "she had never seen a recount draw so many observers", notes="unnamed source; the relative clause is left out of the speaker"),
    R(D3, "reported", "At one point, she said, 40 people were watching from behind a rope line.", "she", VOL, None, "said",
      "At one point, she said, 40 people were watching from behind a rope line",
      notes="reported clause interrupted by the incise 'she said'; she = A poll volunteer"),
    R(D3, "quote", "“People were polite. Tense, but polite.”", None, VOL, None, None, "People were polite. Tense, but polite.",
      notes=CONT + " (A poll volunteer)"),
    R(D3, "reported", ("The Brannock County Board of Elections said", "been livestreamed."),
      "The Brannock County Board of Elections", BOARD, None, "said in a statement",
      "the recount had been conducted “in full compliance with state law” and that all sessions had been livestreamed",
      notes="institution statement; two coordinated clauses under one cue"),
    R(D3, "quote", ("The Brannock County Board of Elections said", "been livestreamed."),
      "The Brannock County Board of Elections", BOARD, None, "said in a statement", "in full compliance with state law",
      notes="quote fragment nested in the previous reported record"),
    R(D3, "reported", ("It added that the cost", "percentage points."), "It", BOARD, None, "added",
      "the cost of the recount, estimated at $18,400, would be borne by the county because the margin fell below the automatic threshold of 0.5 percentage points",
      notes="It = The Brannock County Board of Elections"),
    R(D3, "reported", ("Judge Patricia Vell of the Brannock", "by Jan. 16."),
      "Judge Patricia Vell of the Brannock County Circuit Court", "Patricia Vell", "Judge of the Brannock County Circuit Court",
      "has ordered", "both campaigns to file written arguments by Jan. 16", notes="court order addressed to the parties (directive)"),
    R(D3, "reported", ("If the judge’s rulings leave", "secretary of state’s office."),
      "a spokesman for the secretary of state’s office", "a spokesman for the secretary of state’s office", None, "according to",
      "If the judge’s rulings leave the candidates tied, the winner would be chosen by drawing lots", notes="unnamed source"),
    R(D3, "quote", ("“You can’t pick a mayor", "over the weekend."), "one commenter on the town’s community page",
      "one commenter on the town’s community page", None, "wrote", "You can’t pick a mayor out of a hat,",
      notes="unnamed source (written post)"),
    R(D3, "reported", "Whatever the outcome, Okafor-Lind said she had already won something.", "Okafor-Lind", DOL, DOL_T, "said",
      "she had already won something"),
    R(D3, "quote", "“They found out their vote matters,” she said.", "she", DOL, DOL_T, "said", "They found out their vote matters,",
      notes="she = Denise Okafor-Lind"),
    R(D3, "quote", "“Maybe by three votes.”", None, DOL, DOL_T, None, "Maybe by three votes.", notes=CONT + " (Denise Okafor-Lind)"),

    # ---------------------------------------------------------------- 004 (en)
    R(D4, "reported", ("A nine-day public inquiry", "on their side."), "the developer and objectors", "the developer and objectors", None,
      "insisting", "the evidence was on their side", notes="unnamed group of claimants (Northwold Renewables and the objectors)"),
    R(D4, "reported", ("Haverton District Council refused", "breeding curlews."), "Haverton District Council", "Haverton District Council",
      None, "citing", "the impact on the landscape and on breeding curlews",
      notes="reasons given by the council; the refusal of permission itself is an administrative decision, not an attribution"),
    R(D4, "reported", ("Fiona Gallacher, Northwold's chief executive, told", "61,000 homes."), "Fiona Gallacher, Northwold's chief executive",
      FG, FG_T, "told", "the 84-megawatt scheme would supply enough electricity for around 61,000 homes"),
    R(D4, "quote", ("\"We have listened", "closing statement."), "she", FG, FG_T, "said",
      "We have listened, we have moved turbines, we have cut two of them from the original plan,", notes="she = Fiona Gallacher"),
    R(D4, "quote", "\"What we cannot do is make a wind farm invisible.\"", None, FG, FG_T, None,
      "What we cannot do is make a wind farm invisible.", notes=CONT + " (Fiona Gallacher)"),
    R(D4, "reported", ("The moor, he told the inspector", "of the county\"."), "he", AB, AB_T, "told",
      "The moor, he told the inspector, was \"one of the last unbroken skylines in the north of the county\"",
      notes="reported clause interrupted by the incise 'he told the inspector'; he = Alan Brierley", sp_ctx="he told"),
    R(D4, "quote", ("The moor, he told the inspector", "of the county\"."), "he", AB, AB_T, "told",
      "one of the last unbroken skylines in the north of the county", notes="quote fragment nested in the previous reported record",
      sp_ctx="he told"),
    R(D4, "reported", ("His group had raised", "he said."), "he", AB, AB_T, "said",
      "His group had raised £38,000 from more than 900 donors to pay for a barrister and expert witnesses", notes="he = Alan Brierley",
      sp_ctx="he said"),
    R(D4, "reported", ("Dr Helen Marwick, an ecologist", "pairs of curlew."), "Dr Helen Marwick, an ecologist with the Upland Bird Trust",
      HM, HM_T, "gave evidence", "the moor supports 22 breeding pairs of curlew"),
    R(D4, "reported", ("Collisions with blades were", "she said."), "she", HM, HM_T, "said",
      "Collisions with blades were \"a real but manageable risk\" if the turbines were stopped at dusk during the nesting season",
      notes="she = Dr Helen Marwick"),
    R(D4, "quote", ("Collisions with blades were", "she said."), "she", HM, HM_T, "said", "a real but manageable risk",
      notes="quote fragment nested in the previous reported record"),
    R(D4, "quote", ("\"My family has farmed", "borders the site."), "a sheep farmer", "a sheep farmer", None, "said",
      "My family has farmed next to that moor for four generations, and I'd take the rent tomorrow,", notes="unnamed source"),
    R(D4, "reported", "He declined to say how much Northwold had offered him.", "He", "a sheep farmer", None, "declined",
      "say how much Northwold had offered him", notes="refusal; He = a sheep farmer"),
    R(D4, "quote", ("\"Tourists come up here", "the access road."), "the landlord of the pub", "the landlord of the pub", None, "said",
      "Tourists come up here for the view. Nobody drives forty miles to look at a turbine,",
      notes="unnamed source; 'who asked not to be named' is part of the description", cue_ctx="said the landlord"),
    R(D4, "reported", ("\"Tourists come up here", "the access road."), "he", "the landlord of the pub", None, "said",
      "half his regulars work on farms that would host the access road",
      notes="reported clause inside the relative clause describing the landlord, with the incise 'he said'; he = the landlord of the pub",
      sp_ctx="he said,", cue_ctx="he said,"),
    R(D4, "reported", ("Councillor Priya Ramsden, leader", "inspector decides\"."),
      "Councillor Priya Ramsden, leader of Haverton District Council", PR, PR_T, "said",
      "the authority stood by its decision but would \"respect whatever the inspector decides\""),
    R(D4, "quote", ("Councillor Priya Ramsden, leader", "inspector decides\"."),
      "Councillor Priya Ramsden, leader of Haverton District Council", PR, PR_T, "said",
      "respect whatever the inspector decides", notes="quote fragment nested in the previous reported record"),
    R(D4, "reported", ("Ramsden also warned that", "Northwold has offered."), "Ramsden", PR, PR_T, "also warned",
      "if the appeal succeeds, the council would press for a community fund larger than the £420,000 a year Northwold has offered",
      notes="warning; 'Northwold has offered' (a commercial offer) is not counted as a separate attribution"),
    R(D4, "reported", ("The fund was, she insisted", "in the region\"."), "she", FG, FG_T, "insisted",
      "The fund was, she insisted, \"the most generous offer made for any onshore scheme in the region\"",
      notes="reported clause interrupted by the incise 'she insisted'; she = Fiona Gallacher (previous sentence)"),
    R(D4, "quote", ("The fund was, she insisted", "in the region\"."), "she", FG, FG_T, "insisted",
      "the most generous offer made for any onshore scheme in the region", notes="quote fragment nested in the previous reported record"),
    R(D4, "reported", ("The inspector, Martin Oduya", "place for it\"."), "The inspector, Martin Oduya", "Martin Oduya", "inspector",
      "reminding", "his job was \"not to decide whether wind power is a good thing, but whether this is the right place for it\""),
    R(D4, "quote", ("The inspector, Martin Oduya", "place for it\"."), "The inspector, Martin Oduya", "Martin Oduya", "inspector",
      "reminding", "not to decide whether wind power is a good thing, but whether this is the right place for it",
      notes="quote fragment nested in the previous reported record"),
    R(D4, "reported", ("The Planning Appeals Directorate said", "than by the inspector."), "The Planning Appeals Directorate",
      "the Planning Appeals Directorate", None, "said in a statement",
      "because the scheme exceeds 50 megawatts, the final decision would be taken by ministers rather than by the inspector",
      notes="institution statement"),
    R(D4, "reported", "Brierley, for his part, promised a legal challenge if consent is granted.", "Brierley", AB, AB_T, "promised",
      "a legal challenge if consent is granted", notes="promise"),
    R(D4, "quote", "\"We will go to the High Court if we have to,\" he said.", "he", AB, AB_T, "said",
      "We will go to the High Court if we have to,", notes="he = Alan Brierley", sp_ctx="he said"),
    R(D4, "quote", ("\"This moor has been here", "for a judge.\""), None, AB, AB_T, None,
      "This moor has been here for ten thousand years. It can wait another two for a judge.", notes=CONT + " (Alan Brierley)"),

    # ---------------------------------------------------------------- 005 (es)
    R(D5, "quote", ("La Diputación de Montealto ha reducido", "«golpe bajo»."), "la dirección del certamen", "la dirección del certamen",
      None, "califica de", "golpe bajo", notes="the festival management as a collective speaker"),
    R(D5, "quote", ("«Nos enteramos por el boletín", "Teatro Principal."), "el director del festival, Ramón Echevarría Luque",
      REL, REL_T, "lamentó", "Nos enteramos por el boletín oficial, sin una llamada, sin una reunión", notes="complaint"),
    R(D5, "reported", ("Echevarría explicó que el programa", "estaban apalabradas."), "Echevarría", REL, REL_T, "explicó",
      "el programa previsto, con 48 funciones entre el 10 y el 26 de julio, tendrá que reducirse a unas 29, y que se renunciará a la mayoría de las doce compañías extranjeras que ya estaban apalabradas",
      notes="two coordinated clauses under one cue"),
    R(D5, "reported", ("La consejera de Cultura de la Diputación, Begoña", "«proporcional»."),
      "La consejera de Cultura de la Diputación, Begoña Salvatierra", BS, BS_T, "sostiene", "el recorte es «proporcional»"),
    R(D5, "quote", ("La consejera de Cultura de la Diputación, Begoña", "«proporcional»."),
      "La consejera de Cultura de la Diputación, Begoña Salvatierra", BS, BS_T, "sostiene", "proporcional",
      notes="quote fragment nested in the previous reported record"),
    R(D5, "quote", ("«No se ha tocado el festival", "a este periódico."), None, BS, BS_T, "declaró",
      "No se ha tocado el festival por capricho. Hemos tenido que reducir un 18 % el presupuesto de cultura y nadie ha quedado al margen",
      notes="no subject word (Spanish null subject); speaker Begoña Salvatierra from the previous sentence"),
    R(D5, "reported", ("Según la consejera, el festival", "de la provincia."), "la consejera", BS, BS_T, "Según",
      "el festival recibe todavía más dinero público que cualquier otro evento cultural de la provincia"),
    R(D5, "reported", ("La Diputación, por su parte, indicó", "60.000 euros."), "La Diputación", "la Diputación de Montealto", None,
      "indicó en un comunicado",
      "la aportación de este año «se ajusta a los criterios de reparto aprobados en pleno» y que el festival podrá optar a una línea de ayudas extraordinarias de hasta 60.000 euros",
      notes="institution statement; two coordinated clauses under one cue"),
    R(D5, "quote", ("La Diputación, por su parte, indicó", "60.000 euros."), "La Diputación", "la Diputación de Montealto", None,
      "indicó en un comunicado", "se ajusta a los criterios de reparto aprobados en pleno",
      notes="quote fragment nested in the previous reported record"),
    R(D5, "quote", ("«Este festival llena los hoteles", "», afirmó."), None, AQ, AQ_T, "afirmó",
      "Este festival llena los hoteles, llena las terrazas y llena el teatro. Recortarlo es recortar el pueblo",
      notes="no subject word (null subject); speaker Andrés Quiroga from the previous sentence"),
    R(D5, "reported", ("El Ayuntamiento, que ya aporta", "advirtió el alcalde."), "el alcalde", AQ, AQ_T, "advirtió",
      "El Ayuntamiento, que ya aporta 180.000 euros, no puede asumir la diferencia", notes="warning; cue after the content"),
    R(D5, "reported", ("Marta Ibarra, portavoz del grupo", "municipio incómodo»."),
      "Marta Ibarra, portavoz del grupo municipal Alternativa Olariense", MI, MI_T, "acusó",
      "a la Diputación de «castigar a un municipio incómodo»", notes="accusation"),
    R(D5, "quote", ("Marta Ibarra, portavoz del grupo", "municipio incómodo»."),
      "Marta Ibarra, portavoz del grupo municipal Alternativa Olariense", MI, MI_T, "acusó",
      "castigar a un municipio incómodo", notes="quote fragment nested in the previous reported record"),
    R(D5, "reported", "Su grupo llevará una moción de apoyo al festival al próximo pleno, anunció.", None, MI, MI_T, "anunció",
      "Su grupo llevará una moción de apoyo al festival al próximo pleno",
      notes="announcement; no subject word (null subject); speaker Marta Ibarra ('Su grupo')"),
    R(D5, "reported", ("Para Tomás Rentería, presidente", "hablan solas."),
      "Tomás Rentería, presidente de la Asociación de Hosteleros de la Costa de Olaria", TR, TR_T, "Para",
      "las cifras hablan solas", notes="'Para X' = according to X"),
    R(D5, "reported", ("Según sus cálculos, el festival", "de la provincia."), "sus", TR, TR_T, "Según",
      "el festival dejó el año pasado 3,1 millones de euros en la comarca y atrajo a 41.000 espectadores, la mitad de ellos de fuera de la provincia",
      notes="possessive 'sus (cálculos)' = Tomás Rentería"),
    R(D5, "quote", ("«Llevamos ocho meses ensayando", "todo el verano.»"), None, IC, IC_T, "dijo",
      "Llevamos ocho meses ensayando —dijo—. Si nos caemos del programa, cuatro actores se quedan sin el trabajo de todo el verano.",
      notes="quote interrupted by the incise '—dijo—'; no subject word; speaker Irene Cuadrado from the previous sentence (whose «Las horas quietas» is a play title, not a quote)"),
    R(D5, "quote", ("«Yo vengo desde la primera edición", "oficina de turismo."), "una vecina de 70 años", "una vecina de 70 años", None,
      "recuerda", "Yo vengo desde la primera edición, cuando se hacía en la plaza con cuatro bancos", notes="unnamed source"),
    R(D5, "quote", "«Ahora que es famoso, lo quieren matar.»", None, "una vecina de 70 años", None, None,
      "Ahora que es famoso, lo quieren matar.", notes=CONT + " (una vecina de 70 años)"),
    R(D5, "reported", ("Un técnico de iluminación que trabaja", "para julio."), "Un técnico de iluminación", TEC, None, "asegura",
      "varios compañeros ya han aceptado ofertas de otros festivales para julio",
      notes="unnamed source; 'prefiere no dar su nombre' is part of the description"),
    R(D5, "quote", "«Si en abril no hay contrato, nos vamos a donde nos llamen», advierte.", None, TEC, None, "advierte",
      "Si en abril no hay contrato, nos vamos a donde nos llamen", notes="warning; no subject word; speaker Un técnico de iluminación"),
    R(D5, "reported", ("Echevarría anunció que el festival", "100.000 euros."), "Echevarría", REL, REL_T, "anunció",
      "el festival lanzará en abril una campaña de micromecenazgo con el objetivo de recaudar 100.000 euros"),
    R(D5, "reported", ("También ha pedido una reunión", "hacer declaraciones."), None, REL, REL_T, "ha pedido",
      "una reunión urgente con la presidenta de la Diputación, Rosa Elvira Montes",
      notes="request; no subject word; speaker Ramón Echevarría Luque (previous sentence); Montes 'no ha querido hacer declaraciones' is a refusal without content and is not counted"),
    R(D5, "quote", ("«No vamos a cerrar.", "prometió el director."), "el director", REL, REL_T, "prometió",
      "No vamos a cerrar. Haremos un festival más pequeño, pero lo haremos", notes="promise; el director = Ramón Echevarría Luque"),

    # ---------------------------------------------------------------- 006 (es)
    R(D6, "reported", ("La prohibición afecta a los nueve", "en un comunicado."), "la propia agencia", AGUA, None, "según informó",
      "La prohibición afecta a los nueve kilómetros de orilla y se mantendrá “al menos tres semanas”",
      notes="institution statement ('en un comunicado'); la propia agencia = La Agencia Regional del Agua de Sierra Alta"),
    R(D6, "quote", ("La prohibición afecta a los nueve", "en un comunicado."), "la propia agencia", AGUA, None, "según informó",
      "al menos tres semanas", notes="quote fragment nested in the previous reported record"),
    R(D6, "reported", ("Dos perros murieron el fin de semana", "Pilar Montoya."), "la alcaldesa de Arbedo, Pilar Montoya", PM, PM_T,
      "confirmó", "Dos perros murieron el fin de semana tras bañarse en la orilla norte", notes="confirmation; cue after the content"),
    R(D6, "quote", ("“Hemos cerrado los accesos", "17.000 bañistas."), "Montoya", PM, PM_T, "subrayó",
      "Hemos cerrado los accesos y puesto carteles en tres idiomas, pero la gente tiene que entender que esto no es una recomendación: es una prohibición"),
    R(D6, "reported", ("“Hemos cerrado los accesos", "17.000 bañistas."), "Montoya", PM, PM_T, "calcula",
      "en agosto el lago recibe unos 17.000 bañistas", notes="relative 'que calcula que': speaker_text is the antecedent Montoya"),
    R(D6, "reported", ("La investigadora Carmen Villaseñor", "sobre todo fósforo."),
      "La investigadora Carmen Villaseñor, del Instituto de Limnología de Valdecastro", CV, CV_T, "explicó",
      "la proliferación se debe a la combinación de tres factores: agua a 29 grados en superficie, casi dos meses sin lluvia y un exceso de nutrientes, sobre todo fósforo"),
    R(D6, "quote", ("“Las cianobacterias son oportunistas.", "resumió la científica."), "la científica", CV, CV_T, "resumió",
      "Las cianobacterias son oportunistas. Les das calor, agua quieta y comida, y hacen exactamente lo que esperas",
      notes="la científica = Carmen Villaseñor"),
    R(D6, "reported", ("Según Villaseñor, buena parte", "hectáreas de regadío."), "Villaseñor", CV, CV_T, "Según",
      "buena parte procede de los abonos arrastrados por el arroyo del Cañizo",
      notes="the relative clause on the 1.400 hectares is journalist background"),
    R(D6, "reported", ("Esteban Llorente, presidente", "culpables de siempre”."),
      "Esteban Llorente, presidente de la cooperativa agrícola San Isidro de Arbedo", EL, EL_T, "rechazó",
      "los agricultores sean “los culpables de siempre”", notes="denial"),
    R(D6, "quote", ("Esteban Llorente, presidente", "culpables de siempre”."),
      "Esteban Llorente, presidente de la cooperativa agrícola San Isidro de Arbedo", EL, EL_T, "rechazó",
      "los culpables de siempre", notes="quote fragment nested in the previous reported record"),
    R(D6, "quote", ("“Llevamos años reduciendo", "”, replicó."), None, EL, EL_T, "replicó",
      "Llevamos años reduciendo el abono. Que miren también las depuradoras de las urbanizaciones",
      notes="no subject word (null subject); speaker Esteban Llorente"),
    R(D6, "reported", ("Precisamente ahí apunta Nerea", "de la orilla sur."),
      "Nerea Goikoetxea, portavoz de la plataforma vecinal Lago Vivo", NG, NG_T, "apunta", "ahí",
      notes="anaphoric content: 'ahí' = the treatment plants of the housing estates named in Llorente's quote; Goikoetxea blames them"),
    R(D6, "reported", ("Precisamente ahí apunta Nerea", "de la orilla sur."),
      "Nerea Goikoetxea, portavoz de la plataforma vecinal Lago Vivo", NG, NG_T, "recordó",
      "su colectivo lleva desde 2021 denunciando vertidos de dos urbanizaciones de la orilla sur",
      notes="relative 'que recordó que': speaker_text is the antecedent"),
    R(D6, "reported", ("Precisamente ahí apunta Nerea", "de la orilla sur."), "su colectivo", "la plataforma vecinal Lago Vivo", None,
      "denunciando", "vertidos de dos urbanizaciones de la orilla sur",
      notes="nested attribution inside Goikoetxea's reported clause: the platform's complaints since 2021"),
    R(D6, "reported", ("La depuradora que comparten, según ella", "desde hace años”."), "ella", NG, NG_T, "según",
      "La depuradora que comparten, según ella, “funciona a medio gas desde hace años”",
      notes="reported clause interrupted by the incise 'según ella'; ella = Nerea Goikoetxea"),
    R(D6, "quote", ("La depuradora que comparten, según ella", "desde hace años”."), "ella", NG, NG_T, "según",
      "funciona a medio gas desde hace años", notes="quote fragment nested in the previous reported record"),
    R(D6, "quote", ("“Avisamos, avisamos y avisamos.", "”, lamentó."), None, NG, NG_T, "lamentó",
      "Avisamos, avisamos y avisamos. Y nadie hizo nada", notes="complaint; no subject word; speaker Nerea Goikoetxea"),
    R(D6, "reported", ("El director general de Salud Pública, Julián", "irritación de la piel."),
      "El director general de Salud Pública, Julián Herráez", JH, JH_T, "pidió",
      "a la población que no consuma agua de pozos cercanos al lago sin analizarla y que acuda al médico ante síntomas como vómitos, diarrea o irritación de la piel",
      notes="call to the population; two coordinated clauses"),
    R(D6, "reported", "Hasta el momento, dijo, no se ha registrado ningún caso en personas.", None, JH, JH_T, "dijo",
      "Hasta el momento, dijo, no se ha registrado ningún caso en personas",
      notes="reported clause interrupted by the incise 'dijo'; no subject word; speaker Julián Herráez"),
    R(D6, "reported", ("Herráez advirtió además de que", "de su pelaje."), "Herráez", JH, JH_T, "advirtió además",
      "los perros son especialmente vulnerables porque lamen la espuma de su pelaje", notes="warning"),
    R(D6, "reported", ("Un pescador que lleva cuarenta años", "el agua así."), "Un pescador", "Un pescador", None, "aseguró",
      "“nunca” había visto el agua así", notes="unnamed source; the relative clause and the participle phrase are left out of the speaker"),
    R(D6, "quote", ("Un pescador que lleva cuarenta años", "el agua así."), "Un pescador", "Un pescador", None, "aseguró", "nunca",
      notes="quote fragment nested in the previous reported record"),
    R(D6, "quote", "“Ni en el verano de 2003. Esto parece sopa de guisantes.”", None, "Un pescador", None, None,
      "Ni en el verano de 2003. Esto parece sopa de guisantes.", notes=CONT + " (Un pescador)"),
    R(D6, "quote", ("La dueña de un quiosco de helados", "paga a mí eso?”."),
      "La dueña de un quiosco de helados junto a la playa fluvial", "La dueña de un quiosco de helados junto a la playa fluvial", None,
      "lo resume sin rodeos", "Agosto es el 60 % de mi año. Si cierran tres semanas, ¿quién me paga a mí eso?",
      notes="unnamed source; quote introduced by a colon"),
    R(D6, "reported", ("Montoya ha prometido que el Ayuntamiento", "cuantía ni plazos."), "Montoya", PM, PM_T, "ha prometido",
      "el Ayuntamiento estudiará ayudas para los negocios afectados",
      notes="promise; the negated 'no ha precisado cuantía ni plazos' is not counted"),
    R(D6, "reported", ("La Agencia del Agua anunció", "su página web."), "La Agencia del Agua", AGUA, None, "anunció",
      "tomará muestras cada 48 horas y que publicará los resultados en su página web",
      notes="announcement; La Agencia del Agua = La Agencia Regional del Agua de Sierra Alta; two coordinated clauses"),
    R(D6, "reported", ("Según los técnicos de la agencia", "sobre los vertidos”."), "los técnicos de la agencia", TECS, None, "Según",
      "las lluvias previstas para finales de mes podrían acelerar la desaparición de la floración", notes="unnamed group of sources"),
    R(D6, "reported", ("Según los técnicos de la agencia", "sobre los vertidos”."), None, TECS, None, "advierten",
      "un episodio así “puede repetirse cada verano si no se actúa sobre los vertidos”",
      notes="warning; no subject word (null subject); speaker los técnicos de la agencia, from the same sentence"),
    R(D6, "quote", ("Según los técnicos de la agencia", "sobre los vertidos”."), None, TECS, None, "advierten",
      "puede repetirse cada verano si no se actúa sobre los vertidos", notes="quote fragment nested in the previous reported record"),
]

OPEN_Q = "«“\""
CLOSE_Q = "»”\""


class BuildError(Exception):
    pass


def fix(doc, s):
    if s is None or doc != D1:
        return s
    return s.replace("« ", "«\u00a0").replace(" »", "\u00a0»")


def unique(hay, needle, what):
    n = hay.count(needle)
    if n != 1:
        raise BuildError(f"{what}: {needle!r} found {n} times")
    return hay.index(needle)


def find_sentence(raw, sent, doc):
    if isinstance(sent, tuple):
        a, b = fix(doc, sent[0]), fix(doc, sent[1])
        start = unique(raw, a, "sentence start")
        j = raw.find(b, start)
        if j < 0:
            raise BuildError(f"sentence end {b!r} not found after {a!r}")
        end = j + len(b)
    else:
        s = fix(doc, sent)
        start = unique(raw, s, "sentence")
        end = start + len(s)
    return start, end


def find_in(raw, s0, s1, text, ctx, what, doc):
    if text is None:
        return None, None, None
    text, ctx = fix(doc, text), fix(doc, ctx)
    sent = raw[s0:s1]
    if ctx:
        c = unique(sent, ctx, what + " context")
        i = c + unique(ctx, text, what + " in context")
    else:
        i = unique(sent, text, what)
    return text, s0 + i, s0 + i + len(text)


def build():
    out = []
    raws = {}
    for n, r in enumerate(RECORDS, 1):
        doc = r["doc"]
        raw = raws.setdefault(doc, open(os.path.join(CORPUS, doc), encoding="utf-8").read())
        try:
            s0, s1 = find_sentence(raw, r["sent"], doc)
            sp = find_in(raw, s0, s1, r["sp"], r["sp_ctx"], "speaker", doc)
            cue = find_in(raw, s0, s1, r["cue"], r["cue_ctx"], "cue", doc)
            con = find_in(raw, s0, s1, r["content"], r["content_ctx"], "content", doc)
        except BuildError as e:
            sys.exit(f"record {n} ({doc}): {e}")
        out.append({
            "id": f"g{n:03d}", "doc": doc, "kind": r["kind"],
            "speaker_text": sp[0], "speaker_start": sp[1], "speaker_end": sp[2],
            "speaker": r["speaker"], "speaker_title": r["title"],
            "cue_text": cue[0], "cue_start": cue[1], "cue_end": cue[2],
            "content_text": con[0], "content_start": con[1], "content_end": con[2],
            "sentence_start": s0, "sentence_end": s1,
            "language": LANG[doc], "notes": r["notes"],
        })
    return out


def check(records):
    errs = []
    raws = {}
    prev_key = None
    seen = set()
    for k, r in enumerate(records, 1):
        raw = raws.setdefault(r["doc"], open(os.path.join(CORPUS, r["doc"]), encoding="utf-8").read())
        rid = r["id"]
        if rid != f"g{k:03d}":
            errs.append(f"{rid}: id not consecutive")
        s0, s1 = r["sentence_start"], r["sentence_end"]
        if "\n" in raw[s0:s1]:
            errs.append(f"{rid}: sentence crosses a line break")
        if raw[s0:s1] != raw[s0:s1].strip():
            errs.append(f"{rid}: sentence has outer whitespace")
        if raw[s1 - 1] not in ".!?»”\"" :
            errs.append(f"{rid}: sentence does not end on punctuation: {raw[s1-1]!r}")
        for f in ("speaker", "cue", "content"):
            t, a, b = r[f + "_text"], r[f + "_start"], r[f + "_end"]
            if t is None:
                if a is not None or b is not None:
                    errs.append(f"{rid}: {f} null text with offsets")
                continue
            if raw[a:b] != t:
                errs.append(f"{rid}: {f} span mismatch")
            if t != t.strip() or not t:
                errs.append(f"{rid}: {f} outer whitespace")
            if not (s0 <= a and b <= s1):
                errs.append(f"{rid}: {f} outside sentence")
        if r["content_text"] is None:
            errs.append(f"{rid}: no content")
        if r["kind"] == "reported" and r["cue_text"] is None:
            errs.append(f"{rid}: reported without cue")
        if r["cue_text"] is None and "continuation" not in (r["notes"] or "") and "bare quote" not in (r["notes"] or ""):
            errs.append(f"{rid}: quote without cue and no note")
        if r["kind"] == "quote":
            a, b = r["content_start"], r["content_end"]
            i = a - 1
            while raw[i] in " \u00a0":
                i -= 1
            j = b
            while raw[j] in " \u00a0":
                j += 1
            if raw[i] not in OPEN_Q or raw[j] not in CLOSE_Q:
                errs.append(f"{rid}: quote content not bounded by quote marks ({raw[i]!r} … {raw[j]!r})")
            if any(c in r["content_text"] for c in "«»“”\""):
                errs.append(f"{rid}: quote content holds a quote mark")
        # speaker / cue inside the content only for an incise
        for f in ("speaker", "cue"):
            if r[f + "_start"] is not None and r["content_start"] <= r[f + "_start"] < r["content_end"]:
                if "incise" not in (r["notes"] or ""):
                    errs.append(f"{rid}: {f} inside content without an incise note")
        if r["speaker"] is None:
            errs.append(f"{rid}: null speaker")
        key = (r["doc"], r["kind"], r["speaker"], r["content_start"], r["content_end"], r["cue_start"])
        if key in seen:
            errs.append(f"{rid}: duplicate record")
        seen.add(key)
        if prev_key and (r["doc"], s0) < prev_key and r["doc"] == prev_key[0]:
            errs.append(f"{rid}: not in text order")
        prev_key = (r["doc"], s0)
    return errs


if __name__ == "__main__":
    recs = build()
    errs = check(recs)
    if errs:
        print("\n".join(errs))
        sys.exit(1)
    with open(OUT, "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    # re-read what was written and check again
    back = [json.loads(l) for l in open(OUT, encoding="utf-8")]
    assert back == recs
    for l in open(OUT, encoding="utf-8"):
        assert l.rstrip("\n") == json.dumps(json.loads(l), ensure_ascii=False)
    errs = check(back)
    assert not errs, errs
    from collections import Counter
    c = Counter((r["doc"], r["kind"]) for r in recs)
    for d in LANG:
        print(d, "quote", c[(d, "quote")], "reported", c[(d, "reported")], "total", c[(d, "quote")] + c[(d, "reported")])
    print("all", len(recs), "records; checks passed")
