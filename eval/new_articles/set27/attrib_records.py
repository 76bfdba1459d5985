# Hand-chosen attribution records (texts only; offsets are computed by build_attributions.py).
# spk / cue / content: a string, or (text, context) when the text alone is not unique in its sentence.
D1 = "001_fermeture_usine_vernaud.txt"
D2 = "002_demission_chef_orchestre.txt"
D3 = "003_eskel_bridge_reopens.txt"
D4 = "004_port_hallam_free_transit.txt"
D5 = "005_brecha_datos_oficina_tributaria.txt"
D6 = "006_caso_dopaje_vuelta_orbaneja.txt"

def R(doc, kind, sent, spk, speaker, title, cue, content, notes=None):
    return dict(doc=doc, kind=kind, sent=sent, spk=spk, speaker=speaker, title=title, cue=cue, content=content, notes=notes)

CORB = "Hélène Corbière"; CORB_T = "directrice générale du groupe"
MASS = "Thierry Masselot"; MASS_T = "secrétaire de l’Union des travailleurs de la chimie (UTC)"
LEF = "Josiane Lefranc"; LEF_T = "maire de Saint-Aubin-sur-Lisle"
COM = "Un commerçant de la place du Marché"
AG1 = "l’Agence régionale de développement économique de Haute-Lisle"
TECH = "une technicienne de laboratoire"

s = "Le groupe pharmaceutique Vernaud-Pharma a confirmé mardi la fermeture de son usine de Saint-Aubin-sur-Lisle, où sont fabriqués depuis 1987 des antibiotiques injectables et des sirops pédiatriques."
RECS = [R(D1, "reported", s, "Le groupe pharmaceutique Vernaud-Pharma", "Vernaud-Pharma", None, "a confirmé", "la fermeture de son usine de Saint-Aubin-sur-Lisle", "the relative clause «où sont fabriqués…» is background, left out")]
s = "Le site, qui emploie 412 salariés, cessera toute production le 30 septembre 2026, a précisé la direction lors d’un comité social et économique extraordinaire."
RECS += [R(D1, "reported", s, "la direction", "Vernaud-Pharma", None, "a précisé", "Le site, qui emploie 412 salariés, cessera toute production le 30 septembre 2026", "«la direction» = the management of Vernaud-Pharma; verb after the content")]
s = "« Nous avons étudié toutes les options, y compris une reprise par un sous-traitant, mais aucune n’était viable », a déclaré la directrice générale du groupe, Hélène Corbière, devant la presse réunie au siège de Vaudrenne."
RECS += [R(D1, "quote", s, "la directrice générale du groupe, Hélène Corbière", CORB, CORB_T, "a déclaré", "Nous avons étudié toutes les options, y compris une reprise par un sous-traitant, mais aucune n’était viable")]
s = "Selon elle, la demande de sirops a chuté de 38 % en quatre ans, et la ligne d’injectables « ne tourne plus qu’à 55 % de ses capacités »."
RECS += [R(D1, "reported", s, ("elle", "Selon elle"), CORB, CORB_T, "Selon", "la demande de sirops a chuté de 38 % en quatre ans, et la ligne d’injectables « ne tourne plus qu’à 55 % de ses capacités »", "pronoun «elle» = Hélène Corbière"),
         R(D1, "quote", s, ("elle", "Selon elle"), CORB, CORB_T, "Selon", "ne tourne plus qu’à 55 % de ses capacités", "quote fragment nested in the previous reported record")]
s = "La directrice a assuré que chaque salarié se verrait proposer un reclassement, dont 140 postes sur le site de Montclar-les-Bains, à 260 kilomètres."
RECS += [R(D1, "reported", s, "La directrice", CORB, CORB_T, "a assuré", "chaque salarié se verrait proposer un reclassement, dont 140 postes sur le site de Montclar-les-Bains, à 260 kilomètres", "role noun «La directrice» = Hélène Corbière")]
s = "Elle a également promis une prime de départ « d’au moins dix-huit mois de salaire » aux salariés ayant plus de vingt ans d’ancienneté."
RECS += [R(D1, "reported", s, "Elle", CORB, CORB_T, "a également promis", "une prime de départ « d’au moins dix-huit mois de salaire » aux salariés ayant plus de vingt ans d’ancienneté", "promise; pronoun = Hélène Corbière"),
         R(D1, "quote", s, "Elle", CORB, CORB_T, "a également promis", "d’au moins dix-huit mois de salaire", "quote fragment nested in the previous reported record")]
s = "« Des promesses, on en a entendu en 2019, quand ils ont supprimé 90 postes. Où sont-ils aujourd’hui, ces reclassements ? » a lancé Thierry Masselot, secrétaire de l’Union des travailleurs de la chimie (UTC), majoritaire sur le site."
RECS += [R(D1, "quote", s, "Thierry Masselot, secrétaire de l’Union des travailleurs de la chimie (UTC)", MASS, MASS_T, "a lancé", "Des promesses, on en a entendu en 2019, quand ils ont supprimé 90 postes. Où sont-ils aujourd’hui, ces reclassements ?", "quote spans two sentences; verb after the quote")]
s = "Le syndicaliste accuse le groupe d’avoir « organisé le déclin » de l’usine en transférant depuis 2022 une partie de la production vers une filiale à l’étranger."
RECS += [R(D1, "reported", s, "Le syndicaliste", MASS, MASS_T, "accuse", "le groupe d’avoir « organisé le déclin » de l’usine en transférant depuis 2022 une partie de la production vers une filiale à l’étranger", "accusation; «Le syndicaliste» = Thierry Masselot"),
         R(D1, "quote", s, "Le syndicaliste", MASS, MASS_T, "accuse", "organisé le déclin", "quote fragment nested in the previous reported record")]
s = "Masselot a annoncé une grève reconductible à partir du lundi 9 février."
RECS += [R(D1, "reported", s, "Masselot", MASS, MASS_T, "a annoncé", "une grève reconductible à partir du lundi 9 février")]
s = "« On nous a demandé de faire des heures supplémentaires tout l’automne pour honorer les commandes, a-t-elle raconté, et maintenant on nous dit que l’usine n’est pas rentable. »"
RECS += [R(D1, "quote", s, "elle", TECH, None, "a-t-elle raconté", "On nous a demandé de faire des heures supplémentaires tout l’automne pour honorer les commandes, a-t-elle raconté, et maintenant on nous dit que l’usine n’est pas rentable.", "unnamed source introduced in the previous sentence («une technicienne de laboratoire qui travaille sur le site depuis dix-neuf ans»); quote interrupted by the incise «a-t-elle raconté», one record")]
s = "Pour la maire de Saint-Aubin-sur-Lisle, Josiane Lefranc, l’annonce est « un coup de massue » pour cette commune de 6 800 habitants, dont l’usine est le premier employeur privé."
RECS += [R(D1, "reported", s, "la maire de Saint-Aubin-sur-Lisle, Josiane Lefranc", LEF, LEF_T, "Pour", "l’annonce est « un coup de massue » pour cette commune de 6 800 habitants", "«Pour X, …» opinion; the clause «dont l’usine est le premier employeur privé» is background"),
         R(D1, "quote", s, "la maire de Saint-Aubin-sur-Lisle, Josiane Lefranc", LEF, LEF_T, "Pour", "un coup de massue", "quote fragment nested in the previous reported record")]
s = "« Ce sont 412 familles, mais aussi la boulangerie, le garage, l’école. Tout un bassin de vie », a-t-elle insisté."
RECS += [R(D1, "quote", s, "elle", LEF, LEF_T, "a-t-elle insisté", "Ce sont 412 familles, mais aussi la boulangerie, le garage, l’école. Tout un bassin de vie", "pronoun = Josiane Lefranc")]
s = "L’élue réclame une réunion d’urgence avec les services de l’État avant la fin du mois."
RECS += [R(D1, "reported", s, "L’élue", LEF, LEF_T, "réclame", "une réunion d’urgence avec les services de l’État avant la fin du mois", "demand; «L’élue» = Josiane Lefranc")]
s = "Un commerçant de la place du Marché, qui tient une brasserie face à l’arrêt de bus des salariés, estime que la moitié de son chiffre d’affaires du midi dépend de l’usine."
RECS += [R(D1, "reported", s, "Un commerçant de la place du Marché", COM, None, "estime", "la moitié de son chiffre d’affaires du midi dépend de l’usine", "unnamed source")]
s = "« Si elle ferme, je ferme aussi. C’est aussi simple que ça. »"
RECS += [R(D1, "quote", s, None, COM, None, None, "Si elle ferme, je ferme aussi. C’est aussi simple que ça.", "bare quote without speaker or cue; attributed from context to the shopkeeper of the previous sentence")]
s = "Dans un communiqué, l’Agence régionale de développement économique de Haute-Lisle a indiqué avoir « identifié deux repreneurs potentiels » pour les bâtiments, sans donner leurs noms."
RECS += [R(D1, "reported", s, AG1, AG1, None, "a indiqué", "avoir « identifié deux repreneurs potentiels » pour les bâtiments", "institution speaking through a statement; «sans donner leurs noms» is a non-statement, left out"),
         R(D1, "quote", s, AG1, AG1, None, "a indiqué", "identifié deux repreneurs potentiels", "quote fragment nested in the previous reported record")]
s = "L’agence dit disposer d’une enveloppe de 4,5 millions d’euros pour accompagner une éventuelle reconversion du site."
RECS += [R(D1, "reported", s, "L’agence", AG1, None, "dit", "disposer d’une enveloppe de 4,5 millions d’euros pour accompagner une éventuelle reconversion du site")]
s = "Didier Rambaud, analyste chez Ferrand & Associés, voit dans cette décision une tendance de fond : les antibiotiques génériques sont désormais produits à moindre coût hors d’Europe, et « aucun site de cette taille n’est à l’abri »."
RECS += [R(D1, "reported", s, "Didier Rambaud, analyste chez Ferrand & Associés", "Didier Rambaud", "analyste chez Ferrand & Associés", "voit dans cette décision", "une tendance de fond : les antibiotiques génériques sont désormais produits à moindre coût hors d’Europe, et « aucun site de cette taille n’est à l’abri »", "analysis/opinion"),
         R(D1, "quote", s, "Didier Rambaud, analyste chez Ferrand & Associés", "Didier Rambaud", "analyste chez Ferrand & Associés", "voit dans cette décision", "aucun site de cette taille n’est à l’abri", "quote fragment nested in the previous reported record")]
s = "De son côté, le député de la circonscription, Marc-Antoine Delval, a dénoncé « une faute stratégique », alors que le pays a connu des pénuries d’amoxicilline pédiatrique deux hivers de suite."
RECS += [R(D1, "quote", s, "le député de la circonscription, Marc-Antoine Delval", "Marc-Antoine Delval", "député de la circonscription", "a dénoncé", "une faute stratégique", "the «alors que…» clause is journalist background")]
s = "Il demande au gouvernement de conditionner toute aide publique future au groupe au maintien d’une production sur le territoire."
RECS += [R(D1, "reported", s, "Il", "Marc-Antoine Delval", "député de la circonscription", "demande", "au gouvernement de conditionner toute aide publique future au groupe au maintien d’une production sur le territoire", "call/demand; pronoun = Marc-Antoine Delval")]
s = "Selon Claire Vasseur, présidente du collectif Pharmaciens de Lisle, les officines de la région « manquent déjà de sirops trois semaines par mois en hiver »."
RECS += [R(D1, "reported", s, "Claire Vasseur, présidente du collectif Pharmaciens de Lisle", "Claire Vasseur", "présidente du collectif Pharmaciens de Lisle", "Selon", "les officines de la région « manquent déjà de sirops trois semaines par mois en hiver »"),
         R(D1, "quote", s, "Claire Vasseur, présidente du collectif Pharmaciens de Lisle", "Claire Vasseur", "présidente du collectif Pharmaciens de Lisle", "Selon", "manquent déjà de sirops trois semaines par mois en hiver", "quote fragment nested in the previous reported record")]
s = "Interrogée sur ce point, Mme Corbière a assuré que la production serait « intégralement transférée » et qu’aucune rupture n’était à craindre."
RECS += [R(D1, "reported", s, "Mme Corbière", CORB, CORB_T, "a assuré", "la production serait « intégralement transférée » et qu’aucune rupture n’était à craindre"),
         R(D1, "quote", s, "Mme Corbière", CORB, CORB_T, "a assuré", "intégralement transférée", "quote fragment nested in the previous reported record")]

# ---------------- 002 (guillemets with U+00A0; written here with plain spaces, converted by the builder)
OB = "Matthias Oberlin"; OB_T = "chef principal de l'Orchestre national des Hautes-Marches (ONHM)"
CA = "le conseil d'administration"
FON = "Gérard Fontanel"; FON_T = "président du conseil d'administration"
BRI = "Solène Brizard"; BRI_T = "violoncelliste et déléguée des musiciens"
PV = "Un premier violon"
ROY = "Bastien Royer"; ROY_T = "critique"
CHE = "Nadia Chérif"; CHE_T = "vice-présidente chargée de la culture"
s = "Dans une lettre de deux pages adressée aux 96 musiciens, et dont notre journal a obtenu copie, le chef de 52 ans dénonce « des coupes budgétaires qui rendent impossible tout projet artistique sérieux »."
RECS += [R(D2, "quote", s, "le chef de 52 ans", OB, OB_T, "dénonce", "des coupes budgétaires qui rendent impossible tout projet artistique sérieux", "written statement (resignation letter); «le chef de 52 ans» = Matthias Oberlin")]
s = "« Je ne peux pas demander à ces musiciens de jouer le grand répertoire avec un pupitre de cors amputé de moitié, écrit-il. Ce n'est plus de la direction, c'est de la gestion de pénurie. »"
RECS += [R(D2, "quote", s, ("il", "écrit-il"), OB, OB_T, "écrit-il", "Je ne peux pas demander à ces musiciens de jouer le grand répertoire avec un pupitre de cors amputé de moitié, écrit-il. Ce n'est plus de la direction, c'est de la gestion de pénurie.", "quote interrupted by the incise «écrit-il», one record; it spans two sentences")]
s = "Dans un communiqué publié mercredi matin, le conseil d'administration dit « prendre acte avec regret » de cette décision et assure que « la qualité artistique de l'orchestre ne sera pas sacrifiée »."
RECS += [R(D2, "reported", s, CA, CA, None, ("dit", "administration dit"), "« prendre acte avec regret » de cette décision", "institution speaking through a statement (board of the ONHM)"),
         R(D2, "quote", s, CA, CA, None, ("dit", "administration dit"), "prendre acte avec regret", "quote fragment nested in the previous reported record"),
         R(D2, "quote", s, CA, CA, None, "assure", "la qualité artistique de l'orchestre ne sera pas sacrifiée", "second verb of the same subject; marks enclose the whole content")]
s = "« Nous avons perdu un grand chef, c'est vrai. Mais personne n'est au-dessus des comptes », a-t-il déclaré au téléphone, rappelant que les subventions régionales avaient baissé de 12 % en deux ans."
RECS += [R(D2, "quote", s, ("il", "a-t-il déclaré"), FON, FON_T, "a-t-il déclaré", "Nous avons perdu un grand chef, c'est vrai. Mais personne n'est au-dessus des comptes", "pronoun = Gérard Fontanel, introduced in the previous sentence («Son président, Gérard Fontanel»)"),
         R(D2, "reported", s, ("il", "a-t-il déclaré"), FON, FON_T, "rappelant", "les subventions régionales avaient baissé de 12 % en deux ans", "participial cue sharing the subject of «a-t-il déclaré»")]
s = "M. Fontanel a affirmé qu'un chef invité assurerait les concerts du printemps et qu'un recrutement serait lancé « avant l'été »."
RECS += [R(D2, "reported", s, "M. Fontanel", FON, FON_T, "a affirmé", "un chef invité assurerait les concerts du printemps et qu'un recrutement serait lancé « avant l'été »"),
         R(D2, "quote", s, "M. Fontanel", FON, FON_T, "a affirmé", "avant l'été", "quote fragment nested in the previous reported record")]
s = "« Il nous a portés pendant sept ans », résume Solène Brizard, violoncelliste et déléguée des musiciens."
RECS += [R(D2, "quote", s, "Solène Brizard, violoncelliste et déléguée des musiciens", BRI, BRI_T, "résume", "Il nous a portés pendant sept ans")]
s = "À ses yeux, la direction « a laissé partir son meilleur atout plutôt que de se battre pour le budget »."
RECS += [R(D2, "reported", s, "ses", BRI, BRI_T, "À ses yeux", "la direction « a laissé partir son meilleur atout plutôt que de se battre pour le budget »", "possessive «ses» = Solène Brizard"),
         R(D2, "quote", s, "ses", BRI, BRI_T, "À ses yeux", "a laissé partir son meilleur atout plutôt que de se battre pour le budget", "quote fragment nested in the previous reported record")]
s = "La déléguée a indiqué que les musiciens voteraient le 22 janvier sur un éventuel préavis de grève."
RECS += [R(D2, "reported", s, "La déléguée", BRI, BRI_T, "a indiqué", "les musiciens voteraient le 22 janvier sur un éventuel préavis de grève", "«La déléguée» = Solène Brizard")]
s = "Un premier violon, qui a requis l'anonymat, va plus loin : selon lui, deux autres solistes envisagent de quitter l'orchestre d'ici à l'automne."
RECS += [R(D2, "reported", s, ("lui", "selon lui"), PV, None, "selon", "deux autres solistes envisagent de quitter l'orchestre d'ici à l'automne", "unnamed source; «qui a requis l'anonymat» describes the source and is not counted")]
s = "« Quand le capitaine quitte le navire, ce n'est jamais bon signe », glisse-t-il."
RECS += [R(D2, "quote", s, ("il", "glisse-t-il"), PV, None, "glisse-t-il", "Quand le capitaine quitte le navire, ce n'est jamais bon signe", "pronoun = the unnamed first violin")]
s = "Le critique Bastien Royer, qui suit l'ONHM depuis vingt ans pour La Voix des Marches, rappelle que l'orchestre avait été classé parmi les dix meilleures formations du continent par un jury européen en 2023."
RECS += [R(D2, "reported", s, "Le critique Bastien Royer", ROY, ROY_T, "rappelle", "l'orchestre avait été classé parmi les dix meilleures formations du continent par un jury européen en 2023")]
s = "« Oberlin a fait de cet ensemble de province un orchestre qu'on invite à l'étranger. Le remplacer en quelques mois relève du fantasme », estime-t-il."
RECS += [R(D2, "quote", s, ("il", "estime-t-il"), ROY, ROY_T, "estime-t-il", "Oberlin a fait de cet ensemble de province un orchestre qu'on invite à l'étranger. Le remplacer en quelques mois relève du fantasme", "pronoun = Bastien Royer")]
s = "Au conseil régional, principal financeur de l'orchestre, la vice-présidente chargée de la culture, Nadia Chérif, rejette toute responsabilité."
RECS += [R(D2, "reported", s, "la vice-présidente chargée de la culture, Nadia Chérif", CHE, CHE_T, "rejette", "toute responsabilité", "denial")]
s = "La région « n'a jamais demandé la suppression de postes de musiciens », a-t-elle assuré, ajoutant que l'enveloppe de 2026 serait « stabilisée » à 6,1 millions d'euros."
RECS += [R(D2, "reported", s, ("elle", "a-t-elle"), CHE, CHE_T, "a-t-elle assuré", "La région « n'a jamais demandé la suppression de postes de musiciens »", "pronoun = Nadia Chérif; the subject «La région» stands outside the quote marks"),
         R(D2, "quote", s, ("elle", "a-t-elle"), CHE, CHE_T, "a-t-elle assuré", "n'a jamais demandé la suppression de postes de musiciens", "quote fragment nested in the previous reported record"),
         R(D2, "reported", s, ("elle", "a-t-elle"), CHE, CHE_T, "ajoutant", "l'enveloppe de 2026 serait « stabilisée » à 6,1 millions d'euros", "participial cue sharing the subject of «a-t-elle assuré»"),
         R(D2, "quote", s, ("elle", "a-t-elle"), CHE, CHE_T, "ajoutant", "stabilisée", "quote fragment nested in the previous reported record")]
s = "L'agente du chef, Ingrid Sallenave, a fait savoir que son client n'avait « aucun nouveau poste en vue » et souhaitait « se reposer quelques mois »."
SAL = "Ingrid Sallenave"; SAL_T = "agente du chef"
RECS += [R(D2, "reported", s, "L'agente du chef, Ingrid Sallenave", SAL, SAL_T, "a fait savoir", "son client n'avait « aucun nouveau poste en vue » et souhaitait « se reposer quelques mois »"),
         R(D2, "quote", s, "L'agente du chef, Ingrid Sallenave", SAL, SAL_T, "a fait savoir", "aucun nouveau poste en vue", "quote fragment nested in the previous reported record"),
         R(D2, "quote", s, "L'agente du chef, Ingrid Sallenave", SAL, SAL_T, "a fait savoir", "se reposer quelques mois", "second quote fragment nested in the same reported record")]
s = "« J'ai renouvelé mon abonnement pour lui. Je ne suis pas sûre de le renouveler l'an prochain », confie cette retraitée de 67 ans."
RECS += [R(D2, "quote", s, "cette retraitée de 67 ans", "une abonnée de longue date", None, "confie", "J'ai renouvelé mon abonnement pour lui. Je ne suis pas sûre de le renouveler l'an prochain", "unnamed source introduced in the previous sentence as «une abonnée de longue date»; «cette retraitée de 67 ans» refers back to her")]

# ---------------- 003
BCA = "the Border Crossings Authority"
OKR = "Dalia Okonkwo-Reyes"; OKR_T = "Transport Minister"
HAL = "Peter Halvorsen"; HAL_T = "chief engineer at Brandt-Leary Construction"
THO = "Agnes Thorvald"; THO_T = "Mayor"
FEE = "Marcus Feeney"; FEE_T = "director of the Cross-River Hauliers’ Association"
ABE = "Ruth Abernathy"; ABE_T = "opposition member of the Harnby regional council"
CUS = "A customs officer on the Vostrel side"
s = "By 9 a.m., border officers had counted 1,140 vehicles, according to the Border Crossings Authority, roughly what the bridge carried on a typical weekday before it shut in November 2024."
RECS += [R(D3, "reported", s, "the Border Crossings Authority", BCA, None, "according to", "By 9 a.m., border officers had counted 1,140 vehicles", "the trailing comparison «roughly what the bridge carried…» is journalist background")]
s = "“This is a bridge that families, workers and hauliers depend on every single day,” Transport Minister Dalia Okonkwo-Reyes told reporters at the ribbon-cutting ceremony on the Harnby bank."
RECS += [R(D3, "quote", s, "Transport Minister Dalia Okonkwo-Reyes", OKR, OKR_T, "told reporters", "This is a bridge that families, workers and hauliers depend on every single day,")]
s = "“We promised it would be open before the end of winter, and we kept that promise.”"
RECS += [R(D3, "quote", s, None, OKR, OKR_T, None, "We promised it would be open before the end of winter, and we kept that promise.", "bare continuation of the minister's quote, no speaker or cue in the sentence")]
s = "Okonkwo-Reyes blamed the overrun on the discovery, last spring, of corroded steel cables inside the deck, which forced contractors to replace 212 of them."
RECS += [R(D3, "reported", s, "Okonkwo-Reyes", OKR, OKR_T, "blamed the overrun on", "the discovery, last spring, of corroded steel cables inside the deck", "the «which forced contractors…» clause is treated as background")]
s = "Peter Halvorsen, the chief engineer at Brandt-Leary Construction, which carried out the work, said the new pier foundations had been driven 27 metres into the riverbed, nearly twice as deep as the originals."
RECS += [R(D3, "reported", s, "Peter Halvorsen, the chief engineer at Brandt-Leary Construction", HAL, HAL_T, "said", "the new pier foundations had been driven 27 metres into the riverbed, nearly twice as deep as the originals")]
s = "“Barring an earthquake, nobody will need to touch those foundations for a century,” he said."
RECS += [R(D3, "quote", s, ("he", "he said"), HAL, HAL_T, "said", "Barring an earthquake, nobody will need to touch those foundations for a century,", "pronoun = Peter Halvorsen")]
s = "The 44-tonne limit will stay, he said, “until we have a full year of sensor data.”"
RECS += [R(D3, "reported", s, ("he", "he said"), HAL, HAL_T, ("said", "he said"), "The 44-tonne limit will stay, he said, “until we have a full year of sensor data.”", "reported clause continued by a quote, with the incise «he said» inside the content; pronoun = Peter Halvorsen («the engineer» in the previous sentence)"),
         R(D3, "quote", s, ("he", "he said"), HAL, HAL_T, ("said", "he said"), "until we have a full year of sensor data.", "quote fragment nested in the previous reported record")]
s = "Mayor Agnes Thorvald said local businesses had lost “at least a fifth” of their trade during the closure, and warned that some would not recover."
RECS += [R(D3, "reported", s, "Mayor Agnes Thorvald", THO, THO_T, "said", "local businesses had lost “at least a fifth” of their trade during the closure"),
         R(D3, "quote", s, "Mayor Agnes Thorvald", THO, THO_T, "said", "at least a fifth", "quote fragment nested in the previous reported record"),
         R(D3, "reported", s, "Mayor Agnes Thorvald", THO, THO_T, "warned", "some would not recover", "warning; second verb of the same subject")]
s = "“Two cafés and a chemist closed for good. A ribbon and a speech will not bring them back,” she said."
RECS += [R(D3, "quote", s, "she", THO, THO_T, "said", "Two cafés and a chemist closed for good. A ribbon and a speech will not bring them back,", "pronoun = Agnes Thorvald")]
s = "“I sold out of bread by eight o’clock,” she said, laughing."
RECS += [R(D3, "quote", s, "she", "A baker", None, "said", "I sold out of bread by eight o’clock,", "unnamed source introduced in the previous sentence («A baker whose shop stands…»)")]
s = "“First time since 2024.”"
RECS += [R(D3, "quote", s, None, "A baker", None, None, "First time since 2024.", "bare continuation of the baker's quote")]
s = "According to Marcus Feeney, director of the Cross-River Hauliers’ Association, the closure cost member firms an estimated 11 million euros in extra fuel and driver hours."
RECS += [R(D3, "reported", s, "Marcus Feeney, director of the Cross-River Hauliers’ Association", FEE, FEE_T, "According to", "the closure cost member firms an estimated 11 million euros in extra fuel and driver hours")]
s = "Feeney said his members would seek compensation from both governments, a demand the minister dismissed on Sunday as “not on the table.”"
RECS += [R(D3, "reported", s, "Feeney", FEE, FEE_T, "said", "his members would seek compensation from both governments"),
         R(D3, "quote", s, "the minister", OKR, OKR_T, "dismissed", "not on the table.", "«the minister» = Dalia Okonkwo-Reyes; dismissal of Feeney's compensation demand")]
s = "“Everyone is smiling today, and that is fine,” said Ruth Abernathy, an opposition member of the Harnby regional council."
RECS += [R(D3, "quote", s, "Ruth Abernathy, an opposition member of the Harnby regional council", ABE, ABE_T, "said", "Everyone is smiling today, and that is fine,", "verb before the speaker")]
s = "“But this bridge was inspected in 2019 and declared sound. Somebody signed that report, and we still don’t know who.”"
RECS += [R(D3, "quote", s, None, ABE, ABE_T, None, "But this bridge was inspected in 2019 and declared sound. Somebody signed that report, and we still don’t know who.", "bare continuation of Abernathy's quote, spans two sentences")]
s = "She called for an independent inquiry into the 2019 inspection."
RECS += [R(D3, "reported", s, "She", ABE, ABE_T, "called for", "an independent inquiry into the 2019 inspection", "call; pronoun = Ruth Abernathy")]
s = "In a statement released on Sunday afternoon, the Border Crossings Authority said customs and passport checks would run around the clock from Monday, with four lanes open in each direction."
RECS += [R(D3, "reported", s, "the Border Crossings Authority", BCA, None, "said", "customs and passport checks would run around the clock from Monday, with four lanes open in each direction", "institution speaking through a statement")]
s = "A customs officer on the Vostrel side, who was not authorised to speak publicly, said staff numbers had not been increased to cope with the returning traffic."
RECS += [R(D3, "reported", s, CUS, CUS, None, "said", "staff numbers had not been increased to cope with the returning traffic", "unnamed source; «who was not authorised to speak publicly» describes the source")]
s = "“We are the same eleven people we were in 2024,” he said."
RECS += [R(D3, "quote", s, ("he", "he said"), CUS, None, "said", "We are the same eleven people we were in 2024,", "pronoun = the unnamed customs officer")]
s = "Traffic lights installed during the works on the Harnby approach road will be removed by the end of the month, the authority added."
RECS += [R(D3, "reported", s, "the authority", BCA, None, "added", "Traffic lights installed during the works on the Harnby approach road will be removed by the end of the month", "«the authority» = the Border Crossings Authority; verb after the content")]

# ---------------- 004
RID = "Thomas Ridgeley"; RID_T = "Mayor"
OBI = "Sandra Obi"; OBI_T = "chief executive of Hallam Metro Transit"
FAR = "Leonie Farrow"; FAR_T = "transport economist at the University of Westmere"
PRY = "Gavin Pryce"; PRY_T = "president of the Port Hallam Chamber of Commerce"
CAS = "Meera Castell"; CAS_T = "Councillor"
DRV = "a bus driver"
STU = "A 19-year-old nursing student"
s = "The city says the money will come from higher parking charges in the centre and a smaller road-resurfacing budget."
RECS += [R(D4, "reported", s, "The city", "the city", None, "says", "the money will come from higher parking charges in the centre and a smaller road-resurfacing budget", "the city of Port Hallam (its authorities)")]
s = "\"People kept asking me at the stop whether it was a joke,\" Mayor Thomas Ridgeley said after riding the number 4 tram from the harbour to the university."
RECS += [R(D4, "quote", s, "Mayor Thomas Ridgeley", RID, RID_T, "said", "People kept asking me at the stop whether it was a joke,", "the questions of «People» are reported inside the mayor's own quote and get no record")]
s = "\"It's not a joke. It's the cheapest way we have to get cars off the Ring Road.\""
RECS += [R(D4, "quote", s, None, RID, RID_T, None, "It's not a joke. It's the cheapest way we have to get cars off the Ring Road.", "bare continuation of the mayor's quote, spans two sentences")]
s = "Ridgeley, who made free transport the centrepiece of his 2024 election campaign, insists the measure is not a giveaway."
RECS += [R(D4, "reported", s, "Ridgeley", RID, RID_T, "insists", "the measure is not a giveaway")]
s = "He told reporters that if the trial lifts ridership by at least 15 percent, he will ask the council to make it permanent from January 2027."
RECS += [R(D4, "reported", s, "He", RID, RID_T, "told reporters", "if the trial lifts ridership by at least 15 percent, he will ask the council to make it permanent from January 2027", "promise/announcement; pronoun = Thomas Ridgeley")]
s = "Sandra Obi, chief executive of Hallam Metro Transit, said the network was ready for a surge."
RECS += [R(D4, "reported", s, "Sandra Obi, chief executive of Hallam Metro Transit", OBI, OBI_T, "said", "the network was ready for a surge")]
s = "Eighteen extra buses have been leased from a neighbouring operator, she said, and tram frequency at peak times has been raised to one every four minutes."
RECS += [R(D4, "reported", s, "she", OBI, OBI_T, "said", "Eighteen extra buses have been leased from a neighbouring operator, she said, and tram frequency at peak times has been raised to one every four minutes", "reported speech interrupted by the incise «she said», one record; pronoun = Sandra Obi")]
s = "Still, Obi admitted that the first morning had been \"tighter than we would like\" on lines 2 and 7, where some passengers waited for a second tram."
RECS += [R(D4, "reported", s, "Obi", OBI, OBI_T, "admitted", "the first morning had been \"tighter than we would like\" on lines 2 and 7", "admission; the «where some passengers waited…» clause is background"),
         R(D4, "quote", s, "Obi", OBI, OBI_T, "admitted", "tighter than we would like", "quote fragment nested in the previous reported record")]
s = "Dr Leonie Farrow, a transport economist at the University of Westmere, warned that free fares mostly attract people who would otherwise walk or cycle, not drivers."
RECS += [R(D4, "reported", s, "Dr Leonie Farrow, a transport economist at the University of Westmere", FAR, FAR_T, "warned", "free fares mostly attract people who would otherwise walk or cycle, not drivers", "warning; also styled «Dr»")]
s = "\"Every study I know says the same thing: price is rarely what keeps people in their cars,\" she said."
RECS += [R(D4, "quote", s, ("she", "she said"), FAR, FAR_T, ("said", "she said"), "Every study I know says the same thing: price is rarely what keeps people in their cars,", "pronoun = Leonie Farrow; «Every study I know says» is inside her quote and gets no record")]
s = "\"Reliability is.\""
RECS += [R(D4, "quote", s, None, FAR, FAR_T, None, "Reliability is.", "bare continuation of Farrow's quote")]
s = "Its president, Gavin Pryce, said shopkeepers in the old town would welcome more foot traffic, but that the higher parking charges \"could push suburban shoppers to the out-of-town malls instead.\""
RECS += [R(D4, "reported", s, "Its president, Gavin Pryce", PRY, PRY_T, "said", "shopkeepers in the old town would welcome more foot traffic", "«Its» = the Port Hallam Chamber of Commerce"),
         R(D4, "reported", s, "Its president, Gavin Pryce", PRY, PRY_T, "said", "the higher parking charges \"could push suburban shoppers to the out-of-town malls instead.\"", "second clause of the same «said» («but that …»)"),
         R(D4, "quote", s, "Its president, Gavin Pryce", PRY, PRY_T, "said", "could push suburban shoppers to the out-of-town malls instead.", "quote fragment nested in the previous reported record")]
s = "Councillor Meera Castell, who leads the opposition group, called the trial \"an expensive advertisement for the mayor\" and said the money would be better spent repairing the city's 140 broken bus shelters."
RECS += [R(D4, "quote", s, "Councillor Meera Castell", CAS, CAS_T, "called the trial", "an expensive advertisement for the mayor", "leads the opposition group"),
         R(D4, "reported", s, "Councillor Meera Castell", CAS, CAS_T, "said", "the money would be better spent repairing the city's 140 broken bus shelters")]
s = "On the number 12 route, a bus driver who asked not to be named said the mood on board had changed overnight."
RECS += [R(D4, "reported", s, "a bus driver", DRV, None, "said", "the mood on board had changed overnight", "unnamed source; «who asked not to be named» describes the source")]
s = "\"Normally half my shift is arguing about tickets. Today nobody argued about anything,\" he said."
RECS += [R(D4, "quote", s, ("he", "he said"), DRV, None, ("said", "he said"), "Normally half my shift is arguing about tickets. Today nobody argued about anything,", "pronoun = the unnamed bus driver")]
s = "But he warned that fare inspectors, who were redeployed as customer assistants on Monday, feared their jobs would go when the trial ended."
RECS += [R(D4, "reported", s, ("he", "But he"), DRV, None, "warned", "fare inspectors, who were redeployed as customer assistants on Monday, feared their jobs would go when the trial ended", "warning; pronoun = the unnamed bus driver"),
         R(D4, "reported", s, "fare inspectors", "fare inspectors", None, "feared", "their jobs would go when the trial ended", "nested attitude reported by the driver, not a direct statement by the inspectors")]
s = "A 19-year-old nursing student travelling to the Westmere campus said she would save about 60 euros a month."
RECS += [R(D4, "reported", s, STU, STU, None, "said", "she would save about 60 euros a month", "unnamed source")]
s = "\"That's my phone bill and half my groceries,\" she said."
RECS += [R(D4, "quote", s, "she", STU, None, "said", "That's my phone bill and half my groceries,", "pronoun = the unnamed nursing student")]
s = "The council's finance committee said in a statement that it would publish ridership and cost figures every month, starting on 2 March, and that an independent evaluation would be commissioned from the University of Westmere."
RECS += [R(D4, "reported", s, "The council's finance committee", "The council's finance committee", None, "said in a statement", "it would publish ridership and cost figures every month, starting on 2 March, and that an independent evaluation would be commissioned from the University of Westmere", "institution speaking through a statement")]

# ---------------- 005
OTP = "La Oficina Tributaria Provincial de Valdearenas"
ECH = "Marta Echevarren"; ECH_T = "directora de la oficina"
APD = "La Agencia Provincial de Protección de Datos"
BER = "Julián Bermejo"; BER_T = "investigador del Instituto de Ciberseguridad de Levantia"
FUN = "Un funcionario de la oficina"
QUI = "Andrés Quiroga"; QUI_T = "diputado provincial"
PER = "Ignacio Peralta"; PER_T = "portavoz del gobierno provincial"
SAV = "Rocío Salvatierra"; SAV_T = "portavoz de la asociación de consumidores Usuarios Unidos"
JUB = "una jubilada de 70 años"
s = "La Oficina Tributaria Provincial de Valdearenas confirmó este jueves que un ataque informático permitió a terceros acceder durante al menos once días a los datos de 186.000 contribuyentes, entre ellos nombres, domicilios, números de cuenta bancaria y las declaraciones de la renta de 2023 y 2024."
RECS += [R(D5, "reported", s, OTP, OTP, None, "confirmó", "un ataque informático permitió a terceros acceder durante al menos once días a los datos de 186.000 contribuyentes, entre ellos nombres, domicilios, números de cuenta bancaria y las declaraciones de la renta de 2023 y 2024", "confirmation by an institution")]
s = "«Lamentamos profundamente lo ocurrido y asumimos toda la responsabilidad», afirmó en rueda de prensa la directora de la oficina, Marta Echevarren, quien precisó que la intrusión se detectó el 9 de enero, cuando un técnico observó un volumen anómalo de descargas desde un servidor de copias de seguridad."
RECS += [R(D5, "quote", s, "la directora de la oficina, Marta Echevarren", ECH, ECH_T, "afirmó", "Lamentamos profundamente lo ocurrido y asumimos toda la responsabilidad", "verb between quote and speaker"),
         R(D5, "reported", s, "la directora de la oficina, Marta Echevarren", ECH, ECH_T, "precisó", "la intrusión se detectó el 9 de enero, cuando un técnico observó un volumen anómalo de descargas desde un servidor de copias de seguridad", "relative «quien precisó»: speaker_text is the antecedent noun phrase")]
s = "Según Echevarren, los atacantes aprovecharon una contraseña de un proveedor externo que no se había cambiado desde 2021."
RECS += [R(D5, "reported", s, "Echevarren", ECH, ECH_T, "Según", "los atacantes aprovecharon una contraseña de un proveedor externo que no se había cambiado desde 2021")]
s = "La directora negó, sin embargo, que se hubiera pagado rescate alguno: «Ni un euro. Esa puerta está cerrada»."
RECS += [R(D5, "reported", s, "La directora", ECH, ECH_T, "negó", "se hubiera pagado rescate alguno", "denial; «La directora» = Marta Echevarren"),
         R(D5, "quote", s, "La directora", ECH, ECH_T, "negó", "Ni un euro. Esa puerta está cerrada", "quote after a colon, sharing the cue of the denial")]
s = "La Agencia Provincial de Protección de Datos anunció en un comunicado que ha abierto un expediente sancionador y recordó que la oficina estaba obligada a notificar la brecha en un plazo de 72 horas."
RECS += [R(D5, "reported", s, APD, APD, None, "anunció en un comunicado", "ha abierto un expediente sancionador", "institution speaking through a statement"),
         R(D5, "reported", s, APD, APD, None, "recordó", "la oficina estaba obligada a notificar la brecha en un plazo de 72 horas", "second verb of the same subject")]
s = "Según el mismo texto, la notificación llegó el 16 de enero, cuatro días después de lo exigido."
RECS += [R(D5, "reported", s, "el mismo texto", APD, None, "Según", "la notificación llegó el 16 de enero, cuatro días después de lo exigido", "«el mismo texto» = the agency's statement")]
s = "Para Julián Bermejo, investigador del Instituto de Ciberseguridad de Levantia, el retraso es «difícil de justificar» en un organismo que maneja información tan sensible."
RECS += [R(D5, "reported", s, "Julián Bermejo, investigador del Instituto de Ciberseguridad de Levantia", BER, BER_T, "Para", "el retraso es «difícil de justificar» en un organismo que maneja información tan sensible", "«Para X, …» opinion"),
         R(D5, "quote", s, "Julián Bermejo, investigador del Instituto de Ciberseguridad de Levantia", BER, BER_T, "Para", "difícil de justificar", "quote fragment nested in the previous reported record")]
s = "«Cada día que pasa sin avisar es un día más en que alguien puede usar esos datos para suplantar tu identidad», advierte."
RECS += [R(D5, "quote", s, None, BER, BER_T, "advierte", "Cada día que pasa sin avisar es un día más en que alguien puede usar esos datos para suplantar tu identidad", "warning with an implicit (pro-drop) subject = Julián Bermejo")]
s = "El experto recomienda a los afectados vigilar sus cuentas bancarias y desconfiar de cualquier mensaje que pida datos personales en nombre de Hacienda."
RECS += [R(D5, "reported", s, "El experto", BER, BER_T, "recomienda", "a los afectados vigilar sus cuentas bancarias y desconfiar de cualquier mensaje que pida datos personales en nombre de Hacienda", "recommendation; «El experto» = Julián Bermejo")]
s = "Un funcionario de la oficina que pidió no ser identificado aseguró a este diario que la plantilla de informática no ha crecido desde 2019, pese a que el número de servidores se ha duplicado."
RECS += [R(D5, "reported", s, FUN, FUN, None, "aseguró a este diario", "la plantilla de informática no ha crecido desde 2019, pese a que el número de servidores se ha duplicado", "unnamed source; «que pidió no ser identificado» describes the source")]
s = "«Somos cuatro personas para mantener 60 servidores. Esto se veía venir», dijo."
RECS += [R(D5, "quote", s, None, FUN, None, "dijo", "Somos cuatro personas para mantener 60 servidores. Esto se veía venir", "implicit (pro-drop) subject = the unnamed civil servant")]
s = "El diputado provincial Andrés Quiroga, de la oposición, exigió la dimisión de Echevarren y acusó al gobierno provincial de haber recortado un 30 % el presupuesto tecnológico de la oficina desde 2022."
RECS += [R(D5, "reported", s, "El diputado provincial Andrés Quiroga", QUI, QUI_T, "exigió", "la dimisión de Echevarren", "demand"),
         R(D5, "reported", s, "El diputado provincial Andrés Quiroga", QUI, QUI_T, "acusó", "al gobierno provincial de haber recortado un 30 % el presupuesto tecnológico de la oficina desde 2022", "accusation; second verb of the same subject")]
s = "El portavoz del gobierno provincial, Ignacio Peralta, rechazó esa cifra y aseguró que la inversión en sistemas «ha crecido cada año»."
RECS += [R(D5, "reported", s, "El portavoz del gobierno provincial, Ignacio Peralta", PER, PER_T, "rechazó", "esa cifra", "denial; anaphoric content = Quiroga's 30 % cut"),
         R(D5, "reported", s, "El portavoz del gobierno provincial, Ignacio Peralta", PER, PER_T, "aseguró", "la inversión en sistemas «ha crecido cada año»"),
         R(D5, "quote", s, "El portavoz del gobierno provincial, Ignacio Peralta", PER, PER_T, "aseguró", "ha crecido cada año", "quote fragment nested in the previous reported record")]
s = "Rocío Salvatierra, portavoz de la asociación de consumidores Usuarios Unidos, anunció que la entidad prepara una demanda colectiva y pidió a los afectados que guarden cualquier correo o SMS sospechoso."
RECS += [R(D5, "reported", s, "Rocío Salvatierra, portavoz de la asociación de consumidores Usuarios Unidos", SAV, SAV_T, "anunció", "la entidad prepara una demanda colectiva"),
         R(D5, "reported", s, "Rocío Salvatierra, portavoz de la asociación de consumidores Usuarios Unidos", SAV, SAV_T, "pidió", "a los afectados que guarden cualquier correo o SMS sospechoso", "call/request; second verb of the same subject")]
s = "Según Salvatierra, más de 2.300 personas se han puesto en contacto con la asociación en solo dos días."
RECS += [R(D5, "reported", s, "Salvatierra", SAV, SAV_T, "Según", "más de 2.300 personas se han puesto en contacto con la asociación en solo dos días")]
s = "«Me dicen que cambie mis claves. ¿Qué claves? Yo hago la declaración en papel», protestó."
RECS += [R(D5, "quote", s, None, JUB, None, "protestó", "Me dicen que cambie mis claves. ¿Qué claves? Yo hago la declaración en papel", "complaint with implicit (pro-drop) subject = the unnamed pensioner of the previous sentence; «Me dicen que…» is inside her quote and gets no record")]
s = "La oficina ha habilitado un teléfono gratuito, el 900 414 270, y asegura que todos los afectados recibirán una carta antes del 15 de febrero."
RECS += [R(D5, "reported", s, "La oficina", OTP, None, "asegura", "todos los afectados recibirán una carta antes del 15 de febrero", "«La oficina» = the tax office")]
s = "Los datos robados, añadió Echevarren, no han aparecido por ahora en ningún foro de compraventa de información."
RECS += [R(D5, "reported", s, "Echevarren", ECH, ECH_T, "añadió", "Los datos robados, añadió Echevarren, no han aparecido por ahora en ningún foro de compraventa de información", "reported speech interrupted by the incise «añadió Echevarren», one record")]

# ---------------- 006
FED = "La Federación de Ciclismo de Orbaneja"
ZUB = "Iker Zubeldia"; ZUB_T = "ciclista"
LAR = "Begoña Larrañeta"; LAR_T = "abogada"
EZQ = "Ramón Ezquerra"; EZQ_T = "director de la Agencia Antidopaje del Sur"
OLA = "Fermín Olaizola"; OLA_T = "director deportivo de Norteña Cycling"
MIN = "Álvaro Miñambres"; MIN_T = "ciclista"
CST = "Nuria Castellví"; CST_T = "directora de la carrera"
AFI = "Un aficionado de 54 años"
s = "La Federación de Ciclismo de Orbaneja le ha impuesto una suspensión de cuatro años, según informó el organismo en un comunicado difundido el miércoles."
RECS += [R(D6, "reported", s, "el organismo", FED, None, "según informó", "La Federación de Ciclismo de Orbaneja le ha impuesto una suspensión de cuatro años", "institution speaking through a statement; «el organismo» = the federation")]
s = "El corredor, de 27 años y miembro del equipo Norteña Cycling, niega haberse dopado."
RECS += [R(D6, "reported", s, "El corredor", ZUB, ZUB_T, "niega", "haberse dopado", "denial; «El corredor» = Iker Zubeldia")]
s = "“Nunca he tomado nada prohibido. Nunca”, escribió en sus redes sociales pocas horas después del anuncio."
RECS += [R(D6, "quote", s, None, ZUB, ZUB_T, "escribió", "Nunca he tomado nada prohibido. Nunca", "written on social media; implicit (pro-drop) subject = Iker Zubeldia")]
s = "“Voy a pelear hasta el final para limpiar mi nombre.”"
RECS += [R(D6, "quote", s, None, ZUB, ZUB_T, None, "Voy a pelear hasta el final para limpiar mi nombre.", "bare continuation of Zubeldia's quote (promise)")]
s = "Su abogada, Begoña Larrañeta, sostiene que la cadena de custodia de la muestra “tiene agujeros” y anunció que recurrirá la sanción ante el Tribunal Arbitral del Deporte de Orbaneja en un plazo de 21 días."
RECS += [R(D6, "reported", s, "Su abogada, Begoña Larrañeta", LAR, LAR_T, "sostiene", "la cadena de custodia de la muestra “tiene agujeros”"),
         R(D6, "quote", s, "Su abogada, Begoña Larrañeta", LAR, LAR_T, "sostiene", "tiene agujeros", "quote fragment nested in the previous reported record"),
         R(D6, "reported", s, "Su abogada, Begoña Larrañeta", LAR, LAR_T, "anunció", "recurrirá la sanción ante el Tribunal Arbitral del Deporte de Orbaneja en un plazo de 21 días", "announcement; second verb of the same subject")]
s = "Según la letrada, el frasco B fue abierto en un laboratorio distinto del previsto y sin la presencia de un perito de la defensa."
RECS += [R(D6, "reported", s, "la letrada", LAR, LAR_T, "Según", "el frasco B fue abierto en un laboratorio distinto del previsto y sin la presencia de un perito de la defensa", "«la letrada» = Begoña Larrañeta")]
s = "El director de la Agencia Antidopaje del Sur, Ramón Ezquerra, rechazó esas acusaciones con dureza."
RECS += [R(D6, "reported", s, "El director de la Agencia Antidopaje del Sur, Ramón Ezquerra", EZQ, EZQ_T, "rechazó", "esas acusaciones", "denial; anaphoric content = Larrañeta's claims about the chain of custody")]
s = "“El procedimiento se ha seguido al pie de la letra, y la defensa lo sabe”, declaró Ezquerra a esta redacción."
RECS += [R(D6, "quote", s, "Ezquerra", EZQ, EZQ_T, "declaró", "El procedimiento se ha seguido al pie de la letra, y la defensa lo sabe")]
s = "El director recordó que el laboratorio de Castrelo, donde se analizó la contramuestra, “está acreditado desde hace doce años”."
RECS += [R(D6, "reported", s, "El director", EZQ, EZQ_T, "recordó", "el laboratorio de Castrelo, donde se analizó la contramuestra, “está acreditado desde hace doce años”", "«El director» = Ramón Ezquerra"),
         R(D6, "quote", s, "El director", EZQ, EZQ_T, "recordó", "está acreditado desde hace doce años", "quote fragment nested in the previous reported record")]
s = "El director deportivo de Norteña Cycling, Fermín Olaizola, aseguró que el equipo “no sabía nada” y que ha suspendido el contrato del corredor de forma cautelar."
RECS += [R(D6, "reported", s, "El director deportivo de Norteña Cycling, Fermín Olaizola", OLA, OLA_T, "aseguró", "el equipo “no sabía nada” y que ha suspendido el contrato del corredor de forma cautelar"),
         R(D6, "quote", s, "El director deportivo de Norteña Cycling, Fermín Olaizola", OLA, OLA_T, "aseguró", "no sabía nada", "quote fragment nested in the previous reported record")]
s = "“Si se confirma, será el primero en salir por la puerta”, advirtió."
RECS += [R(D6, "quote", s, None, OLA, OLA_T, "advirtió", "Si se confirma, será el primero en salir por la puerta", "warning with implicit (pro-drop) subject = Fermín Olaizola")]
s = "Un compañero de equipo que prefirió no dar su nombre fue más tajante: “Nos ha hecho daño a todos. Los patrocinadores ya están llamando.”"
RECS += [R(D6, "quote", s, "Un compañero de equipo", "Un compañero de equipo", None, "fue más tajante", "Nos ha hecho daño a todos. Los patrocinadores ya están llamando.", "unnamed source; quote after a colon; «que prefirió no dar su nombre» describes the source")]
s = "“No es así como quería ganar una vuelta”, admitió Miñambres, que dijo sentirse “más triste que contento”."
RECS += [R(D6, "quote", s, "Miñambres", MIN, MIN_T, "admitió", "No es así como quería ganar una vuelta", "admission"),
         R(D6, "reported", s, "Miñambres", MIN, MIN_T, "dijo", "sentirse “más triste que contento”", "relative «que dijo»: speaker_text is the antecedent"),
         R(D6, "quote", s, "Miñambres", MIN, MIN_T, "dijo", "más triste que contento", "quote fragment nested in the previous reported record")]
s = "El ciclista pidió que el premio de 35.000 euros que le corresponde se destine a programas antidopaje para juveniles."
RECS += [R(D6, "reported", s, "El ciclista", MIN, MIN_T, "pidió", "el premio de 35.000 euros que le corresponde se destine a programas antidopaje para juveniles", "request; «El ciclista» = Álvaro Miñambres (the subject of the previous sentence)")]
s = "La directora de la carrera, Nuria Castellví, reconoció que el caso “mancha” la imagen de la prueba, que este año celebra su 40.ª edición, pero defendió que los controles funcionan: según sus datos, la organización realizó 212 análisis en 2025, frente a 140 en 2024."
RECS += [R(D6, "reported", s, "La directora de la carrera, Nuria Castellví", CST, CST_T, "reconoció", "el caso “mancha” la imagen de la prueba", "admission; the relative clause on the 40th edition is background"),
         R(D6, "quote", s, "La directora de la carrera, Nuria Castellví", CST, CST_T, "reconoció", "mancha", "quote fragment nested in the previous reported record"),
         R(D6, "reported", s, "La directora de la carrera, Nuria Castellví", CST, CST_T, "defendió", "los controles funcionan", "second verb of the same subject"),
         R(D6, "reported", s, ("sus", "según sus datos"), CST, CST_T, "según", "la organización realizó 212 análisis en 2025, frente a 140 en 2024", "possessive «sus» = Nuria Castellví")]
s = "“Si lo hemos pillado es porque buscamos”, resumió."
RECS += [R(D6, "quote", s, None, CST, CST_T, "resumió", "Si lo hemos pillado es porque buscamos", "implicit (pro-drop) subject = Nuria Castellví")]
s = "Un aficionado de 54 años, socio de la peña ciclista local, confesaba estar “decepcionado, pero no sorprendido”."
RECS += [R(D6, "reported", s, "Un aficionado de 54 años, socio de la peña ciclista local", AFI, None, "confesaba", "estar “decepcionado, pero no sorprendido”", "unnamed source"),
         R(D6, "quote", s, "Un aficionado de 54 años, socio de la peña ciclista local", AFI, None, "confesaba", "decepcionado, pero no sorprendido", "quote fragment nested in the previous reported record")]
s = "“Aquí todos queríamos creer en él”, añadió mientras retiraba una pancarta con el nombre del corredor del balcón del bar de la plaza."
RECS += [R(D6, "quote", s, None, AFI, None, "añadió", "Aquí todos queríamos creer en él", "implicit (pro-drop) subject = the unnamed fan")]
s = "La Vuelta entregará el trofeo a Miñambres en una ceremonia prevista para el 12 de abril, según anunció la organización."
RECS += [R(D6, "reported", s, "la organización", "la organización", None, "según anunció", "La Vuelta entregará el trofeo a Miñambres en una ceremonia prevista para el 12 de abril", "the race organisation; announcement")]
