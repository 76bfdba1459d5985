"""Build attributions.jsonl from hand-chosen texts. Offsets are never typed:
each text is searched in the raw file (sentence) and inside the sentence (speaker, cue, content).
A text given as (context, text) is searched as `context` inside the sentence, then `text` inside the context.
Anything not found or ambiguous stops the script."""
import json, sys

D1 = "001_fuite_ammoniac_lerne.txt"; D2 = "002_castlebridge_stadium_sale.txt"; D3 = "003_acuerdo_enfermeras_valdemora.txt"
D4 = "004_taxe_sejour_port_verac.txt"; D5 = "005_lowmarsh_missing_painting.txt"; D6 = "006_sequia_hidroelectrica_albaran.txt"
LANG = {D1: "fr", D2: "en", D3: "es", D4: "fr", D5: "en", D6: "es"}

def R(doc, kind, sent, sp, speaker, title, cue, content, notes=None):
    return dict(doc=doc, kind=kind, sent=sent, sp=sp, speaker=speaker, title=title, cue=cue, content=content, notes=notes)

# ---------------------------------------------------------------- 001 (fr)
S = {}
S[1] = "« La situation est maîtrisée, mais elle n’est pas terminée », a déclaré lundi la préfète de la Haute-Lerne, Hélène Marcadier, lors d’un point presse à la sous-préfecture."
S[2] = "Elle a annoncé l’interdiction de la pêche et de la baignade jusqu’au 28 février au moins, ainsi que la fermeture du captage d’eau potable de Grandrieu, qui alimente 9 200 habitants."
S[3] = "Thomas Berthelin, directeur de l’usine depuis trois ans, a reconnu que l’alarme de niveau « n’a pas donné l’alerte aussi vite qu’elle aurait dû »."
S[4] = "Il a assuré que l’équipe de nuit avait colmaté la vanne en moins de quarante minutes et qu’« à aucun moment » les 140 salariés du site n’avaient été en danger."
S[5] = "Dans un communiqué publié dimanche soir, Valdoris Chimie s’est engagée à « prendre en charge l’intégralité des coûts de dépollution »."
S[6] = "Le groupe a également indiqué qu’un cabinet indépendant, Hydrex Conseil, serait mandaté pour établir les causes de l’incident."
S[7] = "« On nous a prévenus, a-t-elle lâché, plus de trois heures après le début de la fuite. Trois heures ! »"
S[8] = "L’élue, qui a convoqué un conseil municipal extraordinaire pour jeudi, réclame la création d’une commission de suivi ouverte aux riverains et aux pêcheurs."
S[9] = "« J’ai vu des truites le ventre en l’air sur deux cents mètres. Je pêche ici depuis quarante ans et je n’avais jamais vu ça », raconte un pêcheur de Grandrieu, croisé près de l’écluse des Moines."
S[10] = "Une habitante du quartier des Saules, qui a requis l’anonymat, affirme avoir senti « une odeur piquante qui brûlait la gorge » dès 3 heures du matin."
S[11] = "Elle dit avoir appelé les pompiers, « qui m’ont répondu de fermer mes fenêtres et d’attendre »."
S[12] = "Marc-Antoine Lesueur, président de l’association Lerne Vivante, juge le bilan officiel « largement sous-estimé »."
S[13] = "Il a averti que « les poissons morts ne sont que la partie visible » et que les larves et les invertébrés du lit de la rivière pourraient mettre « cinq à dix ans » à se reconstituer."
S[14] = "Selon lui, l’association déposera plainte contre X d’ici vendredi."
S[15] = "Plus prudente, l’hydrobiologiste Amélie Costevec, chercheuse à l’université de Vernoux, rappelle que l’ammoniac se dilue vite dans une rivière au débit soutenu comme la Lerne en hiver."
S[16] = "« Mais au moment du rejet, la concentration a pu dépasser 20 milligrammes par litre, ce qui est mortel pour la plupart des poissons », nuance-t-elle."
S[17] = "Du côté des salariés, Patrice Olmeta, délégué de l’Union des travailleurs de la chimie, a dénoncé des « économies de bout de chandelle sur la maintenance »."
S[18] = "D’après lui, le syndicat avait signalé l’état de la vanne lors d’un comité de sécurité en novembre 2025."
S[19] = "Le directeur du site a démenti, affirmant qu’aucun signalement écrit ne lui était parvenu."
S[20] = "La préfète a par ailleurs indiqué qu’une inspection complète du site serait menée par les services de l’État à partir du 10 février."

HM, TB, JP = "Hélène Marcadier", "Thomas Berthelin", "Josiane Pradel"
HAB = "Une habitante du quartier des Saules"; MAL = "Marc-Antoine Lesueur"; AC = "Amélie Costevec"; PO = "Patrice Olmeta"
T_HM = "préfète de la Haute-Lerne"; T_TB = "directeur de l’usine"; T_MAL = "président de l’association Lerne Vivante"
T_PO = "délégué de l’Union des travailleurs de la chimie"
A = [
 R(D1, "quote", S[1], "la préfète de la Haute-Lerne, Hélène Marcadier", HM, T_HM, "a déclaré", "La situation est maîtrisée, mais elle n’est pas terminée"),
 R(D1, "reported", S[2], "Elle", HM, T_HM, "a annoncé", "l’interdiction de la pêche et de la baignade jusqu’au 28 février au moins, ainsi que la fermeture du captage d’eau potable de Grandrieu",
   "Elle = Hélène Marcadier (previous sentence). The relative clause « qui alimente 9 200 habitants » is background and left out."),
 R(D1, "reported", S[3], "Thomas Berthelin, directeur de l’usine depuis trois ans", TB, T_TB, "a reconnu", "l’alarme de niveau « n’a pas donné l’alerte aussi vite qu’elle aurait dû »"),
 R(D1, "quote", S[3], "Thomas Berthelin, directeur de l’usine depuis trois ans", TB, T_TB, "a reconnu", "n’a pas donné l’alerte aussi vite qu’elle aurait dû", "Quote fragment nested in the previous record."),
 R(D1, "reported", S[4], "Il", TB, T_TB, "a assuré", "l’équipe de nuit avait colmaté la vanne en moins de quarante minutes et qu’« à aucun moment » les 140 salariés du site n’avaient été en danger",
   "Il = Thomas Berthelin. Two coordinated que-clauses under one cue."),
 R(D1, "quote", S[4], "Il", TB, T_TB, "a assuré", "à aucun moment", "Quote fragment nested in the previous record."),
 R(D1, "quote", S[5], "Valdoris Chimie", "Valdoris Chimie", None, "s’est engagée", "prendre en charge l’intégralité des coûts de dépollution",
   "Statement (communiqué) by the company; a promise. The quote holds the whole content."),
 R(D1, "reported", S[6], "Le groupe", "Valdoris Chimie", None, "a également indiqué", "un cabinet indépendant, Hydrex Conseil, serait mandaté pour établir les causes de l’incident",
   "Le groupe = Valdoris Chimie, same communiqué."),
 R(D1, "quote", S[7], ("a-t-elle", "elle"), JP, "maire de Saint-Aubrac", "a-t-elle lâché", "On nous a prévenus, a-t-elle lâché, plus de trois heures après le début de la fuite. Trois heures !",
   "elle = Josiane Pradel (named in the previous sentence, which has no content). Quote interrupted by an incise and running over two sentences; the content includes the incise."),
 R(D1, "reported", S[8], "L’élue", JP, "maire de Saint-Aubrac", "réclame", "la création d’une commission de suivi ouverte aux riverains et aux pêcheurs", "L’élue = Josiane Pradel. A demand."),
 R(D1, "quote", S[9], "un pêcheur de Grandrieu, croisé près de l’écluse des Moines", "un pêcheur de Grandrieu", None, "raconte",
   "J’ai vu des truites le ventre en l’air sur deux cents mètres. Je pêche ici depuis quarante ans et je n’avais jamais vu ça", "Unnamed source; quote of two sentences."),
 R(D1, "reported", S[10], "Une habitante du quartier des Saules", HAB, None, "affirme", "avoir senti « une odeur piquante qui brûlait la gorge » dès 3 heures du matin",
   "Unnamed source (the relative clause « qui a requis l’anonymat » is not part of the speaker)."),
 R(D1, "quote", S[10], "Une habitante du quartier des Saules", HAB, None, "affirme", "une odeur piquante qui brûlait la gorge", "Quote fragment nested in the previous record."),
 R(D1, "reported", S[11], "Elle", HAB, None, "dit", "avoir appelé les pompiers, « qui m’ont répondu de fermer mes fenêtres et d’attendre »", "Elle = the unnamed resident of the previous sentence."),
 R(D1, "quote", S[11], "Elle", HAB, None, "dit", "qui m’ont répondu de fermer mes fenêtres et d’attendre", "Quote fragment nested in the previous record."),
 R(D1, "reported", S[11], "les pompiers", "les pompiers", None, "m’ont répondu", "de fermer mes fenêtres et d’attendre",
   "Nested reported instruction: the firemen's answer, reported by the resident inside her quote; speaker is the antecedent of the relative « qui »."),
 R(D1, "reported", S[12], "Marc-Antoine Lesueur, président de l’association Lerne Vivante", MAL, T_MAL, "juge", "le bilan officiel « largement sous-estimé »", "Verb of judgement (like « estime »)."),
 R(D1, "quote", S[12], "Marc-Antoine Lesueur, président de l’association Lerne Vivante", MAL, T_MAL, "juge", "largement sous-estimé", "Quote fragment nested in the previous record."),
 R(D1, "reported", S[13], "Il", MAL, T_MAL, "a averti", "« les poissons morts ne sont que la partie visible » et que les larves et les invertébrés du lit de la rivière pourraient mettre « cinq à dix ans » à se reconstituer",
   "Il = Marc-Antoine Lesueur. A warning with two coordinated que-clauses."),
 R(D1, "quote", S[13], "Il", MAL, T_MAL, "a averti", "les poissons morts ne sont que la partie visible", "Quote fragment nested in the previous record."),
 R(D1, "quote", S[13], "Il", MAL, T_MAL, "a averti", "cinq à dix ans", "Second quote fragment nested in the same reported record."),
 R(D1, "reported", S[14], "lui", MAL, T_MAL, "Selon", "l’association déposera plainte contre X d’ici vendredi", "lui = Marc-Antoine Lesueur."),
 R(D1, "reported", S[15], "l’hydrobiologiste Amélie Costevec, chercheuse à l’université de Vernoux", AC, "hydrobiologiste, chercheuse à l’université de Vernoux", "rappelle",
   "l’ammoniac se dilue vite dans une rivière au débit soutenu comme la Lerne en hiver"),
 R(D1, "quote", S[16], ("nuance-t-elle", "elle"), AC, "hydrobiologiste, chercheuse à l’université de Vernoux", "nuance-t-elle",
   "Mais au moment du rejet, la concentration a pu dépasser 20 milligrammes par litre, ce qui est mortel pour la plupart des poissons", "elle = Amélie Costevec."),
 R(D1, "reported", S[17], "Patrice Olmeta, délégué de l’Union des travailleurs de la chimie", PO, T_PO, "a dénoncé", "des « économies de bout de chandelle sur la maintenance »", "A complaint."),
 R(D1, "quote", S[17], "Patrice Olmeta, délégué de l’Union des travailleurs de la chimie", PO, T_PO, "a dénoncé", "économies de bout de chandelle sur la maintenance", "Quote fragment nested in the previous record."),
 R(D1, "reported", S[18], "lui", PO, T_PO, "D’après", "le syndicat avait signalé l’état de la vanne lors d’un comité de sécurité en novembre 2025", "lui = Patrice Olmeta."),
 R(D1, "reported", S[19], "Le directeur du site", TB, T_TB, "a démenti, affirmant", "aucun signalement écrit ne lui était parvenu", "Le directeur du site = Thomas Berthelin. A denial."),
 R(D1, "reported", S[20], "La préfète", HM, T_HM, "a par ailleurs indiqué", "une inspection complète du site serait menée par les services de l’État à partir du 10 février", "La préfète = Hélène Marcadier."),
]

# ---------------------------------------------------------------- 002 (en)
S = {}
S[1] = "Castlebridge Athletic have agreed to sell their 114-year-old Millfield Road stadium to the investment consortium Ardent Crest Capital for £48.5 million and will rent it back for at least 25 years, the club announced on Sunday."
S[2] = "“This is not the day anyone in this building wanted, but it is the day that keeps the lights on,” said Graham Pellow, the club’s chairman, who took over in 2021."
S[3] = "Pellow told reporters the club had lost £6.7m over the past two seasons and that wages were “paid on time only because the board kept writing cheques”."
S[4] = "He admitted the decision had been “agonising”."
S[5] = "“We spoke to four groups. Only one put money on the table.”"
S[6] = "The consortium, she said, has “no interest in bulldozing a football ground” and intends to invest £9m in a new roof for the Kingsway Stand and in safe standing for 3,000 supporters."
S[7] = "“We are long-term owners of buildings, not of football clubs,” Okonjo-Reyes added."
S[8] = "“The team on the pitch is their business.”"
S[9] = "Lorraine Haskett, who chairs the Castlebridge Athletic Supporters’ Trust, warned that a club which no longer owns its ground “is one bad season away from being homeless”."
S[10] = "In a statement on Monday, Castlebridge Borough Council said it would “consider any nomination carefully and within the statutory eight weeks”."
S[11] = "Its leader, Councillor Imran Dabeer, went further, telling a local radio station that he “would not stand by and watch the club leave the town”."
S[12] = "“Forty-eight million sounds like a lot until you remember we’ll be paying it back in rent for the rest of my life,” said a season-ticket holder of 31 years, who did not want his name printed."
S[13] = "Without a club, there would be no Saturday trade at all, he pointed out."
S[14] = "Head coach Dario Lenz, whose side sit 14th, insisted the sale would not change his plans for the January transfer window."
S[15] = "According to Lenz, he has been told to expect “two, maybe three” new signings before the deadline."
S[16] = "According to Dr Felicity Aweh, who lectures in sport finance at Harland University, at least nine clubs in the lower divisions have sold and leased back their grounds since 2015."
S[17] = "“The money arrives in one go,” she said, “and the rent leaves for ever. Sometimes that is survival; sometimes it is a slow puncture.”"
GP, NOR, LH, ID, DL, FA = "Graham Pellow", "Nadia Okonjo-Reyes", "Lorraine Haskett", "Imran Dabeer", "Dario Lenz", "Felicity Aweh"
T_GP, T_NOR = "chairman of Castlebridge Athletic", "managing partner of Ardent Crest Capital"
T_FA = "Dr, lecturer in sport finance at Harland University"
A += [
 R(D2, "reported", S[1], "the club", "Castlebridge Athletic", None, "announced",
   "Castlebridge Athletic have agreed to sell their 114-year-old Millfield Road stadium to the investment consortium Ardent Crest Capital for £48.5 million and will rent it back for at least 25 years",
   "the club = Castlebridge Athletic; the announcement precedes its cue."),
 R(D2, "quote", S[2], "Graham Pellow, the club’s chairman", GP, T_GP, "said", "This is not the day anyone in this building wanted, but it is the day that keeps the lights on,"),
 R(D2, "reported", S[3], "Pellow", GP, T_GP, "told reporters", "the club had lost £6.7m over the past two seasons and that wages were “paid on time only because the board kept writing cheques”"),
 R(D2, "quote", S[3], "Pellow", GP, T_GP, "told reporters", "paid on time only because the board kept writing cheques", "Quote fragment nested in the previous record."),
 R(D2, "reported", S[4], "He", GP, T_GP, "admitted", "the decision had been “agonising”", "He = Graham Pellow."),
 R(D2, "quote", S[4], "He", GP, T_GP, "admitted", "agonising", "Quote fragment nested in the previous record."),
 R(D2, "quote", S[5], None, GP, T_GP, None, "We spoke to four groups. Only one put money on the table.",
   "Stand-alone quote without speaker or cue; attributed to Graham Pellow from context (his answer to the question in the previous sentence, \"Asked whether the board had considered other bidders, he paused.\")."),
 R(D2, "reported", S[6], "she", NOR, T_NOR, "said",
   "The consortium, she said, has “no interest in bulldozing a football ground” and intends to invest £9m in a new roof for the Kingsway Stand and in safe standing for 3,000 supporters",
   "she = Nadia Okonjo-Reyes (previous sentence, which has no content). Reported clause interrupted by the incise « she said », which is kept inside the content."),
 R(D2, "quote", S[6], "she", NOR, T_NOR, "said", "no interest in bulldozing a football ground", "Quote fragment nested in the previous record."),
 R(D2, "quote", S[7], "Okonjo-Reyes", NOR, T_NOR, "added", "We are long-term owners of buildings, not of football clubs,"),
 R(D2, "quote", S[8], None, NOR, T_NOR, None, "The team on the pitch is their business.", "Continuation of Okonjo-Reyes's quote in a separate pair of quote marks, with no speaker or cue."),
 R(D2, "reported", S[9], "Lorraine Haskett", LH, "chair of the Castlebridge Athletic Supporters’ Trust", "warned", "a club which no longer owns its ground “is one bad season away from being homeless”"),
 R(D2, "quote", S[9], "Lorraine Haskett", LH, "chair of the Castlebridge Athletic Supporters’ Trust", "warned", "is one bad season away from being homeless", "Quote fragment nested in the previous record."),
 R(D2, "reported", S[10], "Castlebridge Borough Council", "Castlebridge Borough Council", None, "said", "it would “consider any nomination carefully and within the statutory eight weeks”", "Institution speaking through a statement."),
 R(D2, "quote", S[10], "Castlebridge Borough Council", "Castlebridge Borough Council", None, "said", "consider any nomination carefully and within the statutory eight weeks", "Quote fragment nested in the previous record."),
 R(D2, "reported", S[11], "Its leader, Councillor Imran Dabeer", ID, "Councillor, leader of Castlebridge Borough Council", "telling a local radio station", "he “would not stand by and watch the club leave the town”"),
 R(D2, "quote", S[11], "Its leader, Councillor Imran Dabeer", ID, "Councillor, leader of Castlebridge Borough Council", "telling a local radio station", "would not stand by and watch the club leave the town", "Quote fragment nested in the previous record."),
 R(D2, "quote", S[12], "a season-ticket holder of 31 years", "a season-ticket holder of 31 years", None, "said",
   "Forty-eight million sounds like a lot until you remember we’ll be paying it back in rent for the rest of my life,", "Unnamed source."),
 R(D2, "reported", S[13], ("he pointed", "he"), "The landlord of the Tollgate Arms", None, "pointed out", "Without a club, there would be no Saturday trade at all",
   "he = the unnamed landlord of the Tollgate Arms (previous sentence, which has no content). The cue follows the content."),
 R(D2, "reported", S[14], "Head coach Dario Lenz", DL, "head coach", "insisted", "the sale would not change his plans for the January transfer window"),
 R(D2, "reported", S[15], "Lenz", DL, "head coach", "According to", "he has been told to expect “two, maybe three” new signings before the deadline"),
 R(D2, "reported", S[15], None, None, None, "has been told", "to expect “two, maybe three” new signings before the deadline",
   "Nested, agentless passive inside Lenz's claim: whoever told him is not named (unnamed claimant, speaker null)."),
 R(D2, "quote", S[15], "Lenz", DL, "head coach", "According to", "two, maybe three", "Quote fragment nested in Lenz's claim; the words are quoted from Lenz."),
 R(D2, "reported", S[16], "Dr Felicity Aweh", FA, T_FA, "According to", "at least nine clubs in the lower divisions have sold and leased back their grounds since 2015"),
 R(D2, "quote", S[17], ("she said", "she"), FA, T_FA, "said", "The money arrives in one go,” she said, “and the rent leaves for ever. Sometimes that is survival; sometimes it is a slow puncture.",
   "she = Felicity Aweh. Quote interrupted by the incise « she said »; the content runs from the first quoted word to the last and includes the incise and its quote marks."),
]

# ---------------------------------------------------------------- 003 (es)
S = {}
S[1] = "«Hemos hecho un esfuerzo enorme en un año de presupuestos muy ajustados», afirmó la consejera de Salud, Marta Ibarrondo, en la rueda de prensa posterior a la firma."
S[2] = "La consejera reconoció que el acuerdo «no lo resuelve todo», pero insistió en que «es el mayor incremento para este colectivo en quince años»."
S[3] = "Jorge Almansa, secretario general del Sindicato de Enfermería Unida (SEU), mayoritario en el sector, calificó el pacto como una «victoria de las plantillas»."
S[4] = "«Sin la amenaza de huelga —añadió— no habríamos pasado de los 90 euros que nos ofrecían en enero.»"
S[5] = "Almansa advirtió, sin embargo, de que su organización vigilará «mes a mes» que el dinero llegue a las nóminas."
S[6] = "El Colectivo Sanitario Independiente (CSI), que no ha firmado el acuerdo, lo considera «insuficiente» y recuerda que la subida no cubre la inflación acumulada desde 2022."
S[7] = "Su portavoz, Nerea Solís, anunció que el CSI mantendrá las concentraciones de los jueves a las puertas de los hospitales."
S[8] = "«Llevo dieciséis años haciendo noches y es la primera vez que alguien se acuerda de nosotras», dijo una enfermera de urgencias que pidió no ser identificada."
S[9] = "Según ella, en su servicio faltan al menos doce profesionales para cubrir los turnos del verano."
S[10] = "Un auxiliar de enfermería con 22 años de servicio lamentó que el acuerdo deje fuera a su categoría: «A nosotros no nos ha llamado nadie»."
S[11] = "La directora gerente del hospital, Pilar Sanchís, aseguró que el centro podrá contratar a 45 enfermeras más antes de julio gracias a una partida adicional de 2,8 millones de euros."
S[12] = "Sanchís admitió que la plantilla «ha estado al límite» durante la ola de gripe de enero, cuando las urgencias llegaron a atender 640 pacientes en un solo día."
S[13] = "Desde la Asociación de Pacientes de Valdemora, su presidente, Rosendo Maíz, pidió a la consejería que «las mejoras salariales se noten también en las listas de espera», que en cirugía general superan los 140 días."
S[14] = "El portavoz de Sanidad del grupo Alternativa Altamirana en la Asamblea regional, Íñigo Castells, acusó al Gobierno de «comprar la paz social a tres meses de las elecciones» y reclamó que se publique el coste completo del acuerdo hasta 2028."
S[15] = "En un comunicado difundido a media mañana, la consejería precisó que los primeros pagos con la subida se abonarán en la nómina de abril, junto con los atrasos de enero a marzo."
MI, JA, CSI, NS, ENF, AUX, PS, RM, IC = ("Marta Ibarrondo", "Jorge Almansa", "el Colectivo Sanitario Independiente (CSI)", "Nerea Solís", "una enfermera de urgencias",
   "Un auxiliar de enfermería con 22 años de servicio", "Pilar Sanchís", "Rosendo Maíz", "Íñigo Castells")
T_MI, T_JA = "consejera de Salud", "secretario general del Sindicato de Enfermería Unida (SEU)"
T_IC = "portavoz de Sanidad del grupo Alternativa Altamirana en la Asamblea regional"
A += [
 R(D3, "quote", S[1], "la consejera de Salud, Marta Ibarrondo", MI, T_MI, "afirmó", "Hemos hecho un esfuerzo enorme en un año de presupuestos muy ajustados"),
 R(D3, "reported", S[2], "La consejera", MI, T_MI, "reconoció", "el acuerdo «no lo resuelve todo»", "La consejera = Marta Ibarrondo. An admission."),
 R(D3, "quote", S[2], "La consejera", MI, T_MI, "reconoció", "no lo resuelve todo", "Quote fragment nested in the previous record."),
 R(D3, "quote", S[2], "La consejera", MI, T_MI, "insistió en", "es el mayor incremento para este colectivo en quince años",
   "Second verb of the same subject; the quote holds the whole content (only « en que » outside)."),
 R(D3, "reported", S[3], "Jorge Almansa, secretario general del Sindicato de Enfermería Unida (SEU)", JA, T_JA, "calificó", "el pacto como una «victoria de las plantillas»"),
 R(D3, "quote", S[3], "Jorge Almansa, secretario general del Sindicato de Enfermería Unida (SEU)", JA, T_JA, "calificó", "victoria de las plantillas", "Quote fragment nested in the previous record."),
 R(D3, "quote", S[4], None, JA, T_JA, "añadió", "Sin la amenaza de huelga —añadió— no habríamos pasado de los 90 euros que nos ofrecían en enero.",
   "Elided subject (Spanish), resolved to Jorge Almansa from the previous sentence. Quote interrupted by the incise —añadió—, kept in the content; the full stop is inside the closing mark."),
 R(D3, "reported", S[5], "Almansa", JA, T_JA, "advirtió", "su organización vigilará «mes a mes» que el dinero llegue a las nóminas", "A warning; the cue is separated from « de que » by « sin embargo »."),
 R(D3, "quote", S[5], "Almansa", JA, T_JA, "advirtió", "mes a mes", "Quote fragment nested in the previous record."),
 R(D3, "quote", S[6], "El Colectivo Sanitario Independiente (CSI)", CSI, None, "considera", "insuficiente", "Organisation as speaker; « lo » (the agreement) is the object of the cue."),
 R(D3, "reported", S[6], "El Colectivo Sanitario Independiente (CSI)", CSI, None, "recuerda", "la subida no cubre la inflación acumulada desde 2022", "Second verb of the same subject."),
 R(D3, "reported", S[7], "Su portavoz, Nerea Solís", NS, "portavoz del Colectivo Sanitario Independiente (CSI)", "anunció", "el CSI mantendrá las concentraciones de los jueves a las puertas de los hospitales"),
 R(D3, "quote", S[8], "una enfermera de urgencias", ENF, None, "dijo", "Llevo dieciséis años haciendo noches y es la primera vez que alguien se acuerda de nosotras",
   "Unnamed source; the relative clause « que pidió no ser identificada » is not part of the speaker."),
 R(D3, "reported", S[9], "ella", ENF, None, "Según", "en su servicio faltan al menos doce profesionales para cubrir los turnos del verano", "ella = the unnamed emergency nurse."),
 R(D3, "reported", S[10], AUX, AUX, None, "lamentó", "el acuerdo deje fuera a su categoría", "Unnamed source; a complaint."),
 R(D3, "quote", S[10], AUX, AUX, None, "lamentó", "A nosotros no nos ha llamado nadie", "Quote after a colon, continuing the complaint of the previous record (not nested in it)."),
 R(D3, "reported", S[11], "La directora gerente del hospital, Pilar Sanchís", PS, "directora gerente del hospital", "aseguró",
   "el centro podrá contratar a 45 enfermeras más antes de julio gracias a una partida adicional de 2,8 millones de euros"),
 R(D3, "reported", S[12], "Sanchís", PS, "directora gerente del hospital", "admitió", "la plantilla «ha estado al límite» durante la ola de gripe de enero",
   "The clause « cuando las urgencias llegaron a atender 640 pacientes en un solo día » is journalist background and left out."),
 R(D3, "quote", S[12], "Sanchís", PS, "directora gerente del hospital", "admitió", "ha estado al límite", "Quote fragment nested in the previous record."),
 R(D3, "quote", S[13], "su presidente, Rosendo Maíz", RM, "presidente de la Asociación de Pacientes de Valdemora", "pidió", "las mejoras salariales se noten también en las listas de espera",
   "A request; the quote holds the whole content. The trailing relative clause about waiting lists is journalist background."),
 R(D3, "reported", S[14], "El portavoz de Sanidad del grupo Alternativa Altamirana en la Asamblea regional, Íñigo Castells", IC, T_IC, "acusó",
   "al Gobierno de «comprar la paz social a tres meses de las elecciones»", "An accusation."),
 R(D3, "quote", S[14], "El portavoz de Sanidad del grupo Alternativa Altamirana en la Asamblea regional, Íñigo Castells", IC, T_IC, "acusó",
   "comprar la paz social a tres meses de las elecciones", "Quote fragment nested in the previous record."),
 R(D3, "reported", S[14], "El portavoz de Sanidad del grupo Alternativa Altamirana en la Asamblea regional, Íñigo Castells", IC, T_IC, "reclamó",
   "se publique el coste completo del acuerdo hasta 2028", "Second verb of the same subject; a demand."),
 R(D3, "reported", S[15], "la consejería", "la consejería", None, "precisó", "los primeros pagos con la subida se abonarán en la nómina de abril, junto con los atrasos de enero a marzo",
   "Institution speaking through a statement (comunicado)."),
]

# ---------------------------------------------------------------- 004 (fr)
S = {}
S[1] = "Le maire, Bernard Quillec, défend une mesure « juste et nécessaire »."
S[2] = "« Nous accueillons 410 000 nuitées par an pour 6 800 habitants permanents. Ce sont nos habitants qui paient les routes, le nettoyage des plages et les secours en mer », a-t-il fait valoir mercredi devant la presse."
S[3] = "Selon elle, le doublement de la taxe « arrive en pleine saison, sans concertation » et risque de pousser les familles vers les communes voisines, « où la nuitée est taxée 80 centimes »."
S[4] = "« On ne va pas faire le travail du fisc gratuitement et se faire enguirlander par les clients en plus », résume le gérant du camping Les Oyats, Yannick Tréguer, dont les 220 emplacements affichent complet jusqu'au 20 août."
S[5] = "Face à la fronde, l'adjoint aux finances, Loïc Dambrine, a rappelé que la collecte de la taxe est une obligation légale et que les établissements qui ne la reverseraient pas s'exposeraient à une taxation d'office."
S[6] = "« Nous n'avons aucune envie d'en arriver là », a-t-il toutefois précisé, proposant une réunion de conciliation le 25 juillet en mairie."
S[7] = "Dans l'opposition, la conseillère municipale Aurélie Fantin (Port-Vérac Autrement) reproche à la majorité d'avoir « découvert les vacanciers le jour où il a fallu payer la digue »."
S[8] = "Elle plaide pour un barème progressif, qui épargnerait les chambres d'hôtes et les petits meublés."
S[9] = "« Si la digue cède, il n'y aura plus de saison du tout, alors trois euros... », soupire un commerçant de la rue du Port, qui vend des cirés depuis 1998."
S[10] = "Une vacancière clermontoise, en vacances avec ses trois enfants, explique que pour deux semaines à l'hôtel, la taxe lui coûtera près de 24 euros de plus."
S[11] = "« Ça ne nous fera pas changer de destination, ajoute-t-elle, mais on le sent passer. »"
S[12] = "L'office de tourisme intercommunal a fait savoir, dans un communiqué, qu'il « ne prend pas parti » mais que les réservations pour août étaient en recul de 6 % par rapport à l'an dernier."
S[13] = "Me Hugues Vallerand, avocat fiscaliste au barreau de Kerlan, estime pour sa part que la délibération du 24 juin est fragile : « Le conseil municipal a voté un taux au-dessus du plafond prévu pour cette catégorie d'hébergement. Un recours a de bonnes chances d'aboutir. »"
S[14] = "Sandrine Kerdraon a annoncé que l'Union déposerait ce recours devant le tribunal administratif de Kerlan avant la fin du mois."
BQ, SK, YT, LD, AF = "Bernard Quillec", "Sandrine Kerdraon", "Yannick Tréguer", "Loïc Dambrine", "Aurélie Fantin"
COM, VAC, OT, HV = "un commerçant de la rue du Port", "Une vacancière clermontoise", "L'office de tourisme intercommunal", "Hugues Vallerand"
T_SK = "présidente de l'Union des hôteliers de la côte de Vérac"; T_AF = "conseillère municipale (Port-Vérac Autrement), opposition"
T_HV = "Me, avocat fiscaliste au barreau de Kerlan"
A += [
 R(D4, "reported", S[1], "Le maire, Bernard Quillec", BQ, "maire de Port-Vérac", "défend", "une mesure « juste et nécessaire »"),
 R(D4, "quote", S[1], "Le maire, Bernard Quillec", BQ, "maire de Port-Vérac", "défend", "juste et nécessaire", "Quote fragment nested in the previous record."),
 R(D4, "quote", S[2], ("a-t-il", "il"), BQ, "maire de Port-Vérac", "a-t-il fait valoir",
   "Nous accueillons 410 000 nuitées par an pour 6 800 habitants permanents. Ce sont nos habitants qui paient les routes, le nettoyage des plages et les secours en mer",
   "il = Bernard Quillec. Quote of two sentences."),
 R(D4, "reported", S[3], "elle", SK, T_SK, "Selon",
   "le doublement de la taxe « arrive en pleine saison, sans concertation » et risque de pousser les familles vers les communes voisines, « où la nuitée est taxée 80 centimes »",
   "elle = Sandrine Kerdraon (previous sentence, « ne l'entend pas de cette oreille », which has no content of its own)."),
 R(D4, "quote", S[3], "elle", SK, T_SK, "Selon", "arrive en pleine saison, sans concertation", "Quote fragment nested in the previous record."),
 R(D4, "quote", S[3], "elle", SK, T_SK, "Selon", "où la nuitée est taxée 80 centimes", "Second quote fragment nested in the same reported record."),
 R(D4, "quote", S[4], "le gérant du camping Les Oyats, Yannick Tréguer", YT, "gérant du camping Les Oyats", "résume",
   "On ne va pas faire le travail du fisc gratuitement et se faire enguirlander par les clients en plus"),
 R(D4, "reported", S[5], "l'adjoint aux finances, Loïc Dambrine", LD, "adjoint aux finances", "a rappelé",
   "la collecte de la taxe est une obligation légale et que les établissements qui ne la reverseraient pas s'exposeraient à une taxation d'office", "A warning framed as a reminder; two coordinated que-clauses."),
 R(D4, "quote", S[6], ("a-t-il", "il"), LD, "adjoint aux finances", "a-t-il toutefois précisé", "Nous n'avons aucune envie d'en arriver là", "il = Loïc Dambrine."),
 R(D4, "reported", S[6], ("a-t-il", "il"), LD, "adjoint aux finances", "proposant", "une réunion de conciliation le 25 juillet en mairie", "A proposal; same subject as the previous record."),
 R(D4, "reported", S[7], "la conseillère municipale Aurélie Fantin", AF, T_AF, "reproche", "à la majorité d'avoir « découvert les vacanciers le jour où il a fallu payer la digue »", "A reproach."),
 R(D4, "quote", S[7], "la conseillère municipale Aurélie Fantin", AF, T_AF, "reproche", "découvert les vacanciers le jour où il a fallu payer la digue", "Quote fragment nested in the previous record."),
 R(D4, "reported", S[8], "Elle", AF, T_AF, "plaide pour", "un barème progressif, qui épargnerait les chambres d'hôtes et les petits meublés", "Elle = Aurélie Fantin."),
 R(D4, "quote", S[9], COM, COM, None, "soupire", "Si la digue cède, il n'y aura plus de saison du tout, alors trois euros...",
   "Unnamed source; the relative clause « qui vend des cirés depuis 1998 » is not part of the speaker."),
 R(D4, "reported", S[10], VAC, VAC, None, "explique", "pour deux semaines à l'hôtel, la taxe lui coûtera près de 24 euros de plus", "Unnamed source."),
 R(D4, "quote", S[11], ("ajoute-t-elle", "elle"), VAC, None, "ajoute-t-elle", "Ça ne nous fera pas changer de destination, ajoute-t-elle, mais on le sent passer.",
   "elle = the unnamed holidaymaker. Quote interrupted by an incise, kept in the content."),
 R(D4, "reported", S[12], OT, OT, None, "a fait savoir", "il « ne prend pas parti » mais que les réservations pour août étaient en recul de 6 % par rapport à l'an dernier",
   "Institution speaking through a statement (communiqué)."),
 R(D4, "quote", S[12], OT, OT, None, "a fait savoir", "ne prend pas parti", "Quote fragment nested in the previous record."),
 R(D4, "reported", S[13], "Me Hugues Vallerand, avocat fiscaliste au barreau de Kerlan", HV, T_HV, "estime pour sa part", "la délibération du 24 juin est fragile"),
 R(D4, "quote", S[13], "Me Hugues Vallerand, avocat fiscaliste au barreau de Kerlan", HV, T_HV, "estime pour sa part",
   "Le conseil municipal a voté un taux au-dessus du plafond prévu pour cette catégorie d'hébergement. Un recours a de bonnes chances d'aboutir.",
   "Quote after a colon that develops the reported claim of the previous record; same speaker and cue."),
 R(D4, "reported", S[14], "Sandrine Kerdraon", SK, T_SK, "a annoncé", "l'Union déposerait ce recours devant le tribunal administratif de Kerlan avant la fin du mois"),
]

# ---------------------------------------------------------------- 005 (en)
S = {}
S[0] = "Police widen search for missing Carrow seascape as gallery admits camera fault"
S[1] = "\"Whoever took this painting knew exactly where it was, how it was hung and when the building would be empty,\" Detective Inspector Rhona Gillespie, who is leading the inquiry, told a press conference on Wednesday."
S[2] = "She said the last recorded image of the painting in place was taken at 4.52pm on Monday, shortly before the gallery closed to the public."
S[3] = "Gillespie confirmed that 14 members of staff and contractors had been interviewed but stressed that no one had been arrested."
S[4] = "She would not say whether investigators believed the theft had been carried out from inside."
S[5] = "In a statement, the gallery's board of trustees said it \"deeply regretted\" the fault and that a full review of security was under way."
S[6] = "\"It is the painting people come here for. Schoolchildren draw it,\" he said, his voice breaking, \"and couples get engaged in front of it.\""
S[7] = "Fenwick denied that budget cuts had played any part, insisting the cameras were \"scheduled for repair, not abandoned\"."
S[8] = "A former security guard at the gallery, who asked not to be named, told this newspaper that staff had complained about the cameras \"for months\" without anything being done."
S[9] = "A spokesman for the insurer said a reward of up to £50,000 was being offered for information leading to its recovery, and warned dealers that the work \"cannot be sold on any legitimate market\"."
S[10] = "Eleanor Marsh-Tobin, who runs the Meridian Art Loss Index, a database of stolen works, said paintings of this kind are rarely sold openly."
S[11] = "More often, according to Marsh-Tobin, they end up as collateral in deals between criminal groups, \"passed from hand to hand like a promissory note\", and can vanish for decades."
S[12] = "Jonathan Carrow, the painter's great-grandson, who lives in Lowmarsh, said he had heard the news on the radio while driving to work."
S[13] = "\"The girl on the left is my great-grandmother's sister. I just want her back on that wall,\" he said."
S[14] = "A visitor who was in the east wing on Monday afternoon recalled seeing a man in a grey fleece \"photographing the frame, not the painting, which struck me as odd\"."
S[15] = "Lowmarsh Constabulary said officers were aware of the account and urged anyone with information to call the inquiry line on 0800 555 0194."
RG, BT, MF, GRD, SPK, EMT, JC, VIS, LC = ("Rhona Gillespie", "the gallery's board of trustees", "Matthias Fenwick", "A former security guard at the gallery", "A spokesman for the insurer",
   "Eleanor Marsh-Tobin", "Jonathan Carrow", "A visitor", "Lowmarsh Constabulary")
T_RG = "Detective Inspector, leading the inquiry"; T_MF = "director of the Hallorann Gallery"; T_EMT = "runs the Meridian Art Loss Index"
A += [
 R(D5, "reported", S[0], "gallery", "the Hallorann Gallery", None, "admits", "camera fault",
   "Headline. The admission is made in the body by the gallery's board of trustees in a statement; resolved to the gallery named in the body."),
 R(D5, "quote", S[1], "Detective Inspector Rhona Gillespie", RG, T_RG, "told a press conference",
   "Whoever took this painting knew exactly where it was, how it was hung and when the building would be empty,"),
 R(D5, "reported", S[2], "She", RG, T_RG, "said", "the last recorded image of the painting in place was taken at 4.52pm on Monday, shortly before the gallery closed to the public", "She = Rhona Gillespie."),
 R(D5, "reported", S[3], "Gillespie", RG, T_RG, "confirmed", "14 members of staff and contractors had been interviewed"),
 R(D5, "reported", S[3], "Gillespie", RG, T_RG, "stressed", "no one had been arrested", "Second verb of the same subject."),
 R(D5, "reported", S[4], "She", RG, T_RG, "would not say", "whether investigators believed the theft had been carried out from inside",
   "She = Rhona Gillespie. A refusal (counted like « a refusé de donner une date »); the content is what she declined to say."),
 R(D5, "reported", S[5], "the gallery's board of trustees", BT, None, "said", "it \"deeply regretted\" the fault and that a full review of security was under way",
   "Institution speaking through a statement."),
 R(D5, "quote", S[5], "the gallery's board of trustees", BT, None, "said", "deeply regretted", "Quote fragment nested in the previous record."),
 R(D5, "quote", S[6], ("he said", "he"), MF, T_MF, "said",
   "It is the painting people come here for. Schoolchildren draw it,\" he said, his voice breaking, \"and couples get engaged in front of it.",
   "he = Matthias Fenwick (previous sentence, « spoke to reporters », no content). Quote interrupted by an incise; content includes the incise and its quote marks."),
 R(D5, "reported", S[7], "Fenwick", MF, T_MF, "denied", "budget cuts had played any part", "A denial."),
 R(D5, "reported", S[7], "Fenwick", MF, T_MF, "insisting", "the cameras were \"scheduled for repair, not abandoned\""),
 R(D5, "quote", S[7], "Fenwick", MF, T_MF, "insisting", "scheduled for repair, not abandoned", "Quote fragment nested in the previous record."),
 R(D5, "reported", S[8], GRD, GRD, None, "told this newspaper", "staff had complained about the cameras \"for months\" without anything being done",
   "Unnamed source; the relative clause « who asked not to be named » is not part of the speaker. The nested « staff had complained about the cameras » has only a topic and gets no record of its own."),
 R(D5, "quote", S[8], GRD, GRD, None, "told this newspaper", "for months", "Quote fragment nested in the previous record."),
 R(D5, "reported", S[9], SPK, SPK, None, "said", "a reward of up to £50,000 was being offered for information leading to its recovery", "Unnamed spokesman of Halberd Mutual."),
 R(D5, "reported", S[9], SPK, SPK, None, "warned dealers", "the work \"cannot be sold on any legitimate market\"", "A warning; second verb of the same subject."),
 R(D5, "quote", S[9], SPK, SPK, None, "warned dealers", "cannot be sold on any legitimate market", "Quote fragment nested in the previous record."),
 R(D5, "reported", S[10], "Eleanor Marsh-Tobin", EMT, T_EMT, "said", "paintings of this kind are rarely sold openly"),
 R(D5, "reported", S[11], "Marsh-Tobin", EMT, T_EMT, "according to", "they end up as collateral in deals between criminal groups, \"passed from hand to hand like a promissory note\", and can vanish for decades",
   "The sentence-initial « More often, » belongs to the claim but precedes the incise; the content starts after it."),
 R(D5, "quote", S[11], "Marsh-Tobin", EMT, T_EMT, "according to", "passed from hand to hand like a promissory note", "Quote fragment nested in the previous record."),
 R(D5, "reported", S[12], "Jonathan Carrow, the painter's great-grandson", JC, "the painter's great-grandson", "said", "he had heard the news on the radio while driving to work"),
 R(D5, "quote", S[13], ("he said", "he"), JC, "the painter's great-grandson", "said", "The girl on the left is my great-grandmother's sister. I just want her back on that wall,", "he = Jonathan Carrow."),
 R(D5, "reported", S[14], "A visitor", VIS, None, "recalled", "seeing a man in a grey fleece \"photographing the frame, not the painting, which struck me as odd\"",
   "Unnamed source; the relative clause « who was in the east wing on Monday afternoon » is not part of the speaker."),
 R(D5, "quote", S[14], "A visitor", VIS, None, "recalled", "photographing the frame, not the painting, which struck me as odd", "Quote fragment nested in the previous record."),
 R(D5, "reported", S[15], LC, LC, None, "said", "officers were aware of the account"),
 R(D5, "reported", S[15], LC, LC, None, "urged", "anyone with information to call the inquiry line on 0800 555 0194", "A call; second verb of the same subject."),
]

# ---------------------------------------------------------------- 006 (es)
S = {}
S[1] = "Los embalses de la cuenca del Albarán se encuentran al 23 % de su capacidad, el nivel más bajo registrado en un mes de agosto desde 1995, y las centrales hidroeléctricas de la zona produjeron en julio un 41 % menos de electricidad que en el mismo mes de 2025, según datos difundidos el jueves por la Confederación Hidrográfica del Albarán."
S[2] = "En un comunicado, el organismo advirtió de que, si no llueve de forma significativa antes de octubre, el embalse de Peñaturria —el mayor de la cuenca, con 412 hectómetros cúbicos de capacidad— podría quedar por debajo del 15 %, el umbral a partir del cual se prioriza el abastecimiento a la población frente a la generación eléctrica."
S[3] = "“No tiene sentido turbinar agua que mañana puede faltar en los grifos”, explicó su consejero delegado, Tomás Urquiola, en una entrevista radiofónica."
S[4] = "Urquiola calculó que la empresa dejará de ingresar “entre 30 y 35 millones de euros” este año."
S[5] = "Según Julián Prats, portavoz de la asociación de consumidores Usuarios en Red, el precio medio de la electricidad en el mercado mayorista ha subido un 18 % en lo que va de verano, en parte porque las centrales de gas han tenido que cubrir el hueco dejado por el agua."
S[6] = "Prats exigió al Gobierno regional que “deje de mirar hacia otro lado” y active el bono de emergencia para los hogares vulnerables."
S[7] = "La directora general de Energía, Carmen Villafañe, negó que exista riesgo de apagones."
S[8] = "“El sistema está interconectado y tiene respaldo suficiente”, aseguró, “pero no vamos a engañar a nadie: este verano la luz es más cara porque llueve menos”."
S[9] = "Villafañe anunció un plan de ahorro energético en 1.200 edificios públicos de la región."
S[10] = "El alcalde de Peñaturria, Serafín Lozoya, asegura que el fenómeno atrae cada fin de semana a cientos de curiosos, pero que “no hay nada que celebrar”."
S[11] = "“Se nos está muriendo el pantano y la gente viene a hacerse fotos”, lamentó el regidor."
S[12] = "“Esa era la puerta de mi casa”, dice, señalando un arco de piedra junto a la torre."
S[13] = "En la vega de Olmedal, los regantes temen lo contrario: que el agua se reserve para el consumo humano y ellos se queden sin riego en septiembre."
S[14] = "“Si nos cortan el agua, perdemos el maíz entero, unas 2.000 hectáreas solo en esta comunidad”, advirtió un regante de 58 años que preside la junta local de su acequia."
S[15] = "Para la climatóloga Ainhoa Beristain, investigadora del Instituto de Estudios del Clima de Cantarra, lo que ocurre en el Albarán “no es una sequía excepcional, sino un anticipo de lo normal”."
S[16] = "Beristain recordó que las aportaciones de agua a los embalses de la cuenca han caído un 27 % de media desde 1980 y sostuvo que la planificación hidroeléctrica “sigue calculándose con la lluvia de nuestros abuelos”."
CHA, TU, JPr, CV, SL, VEC, REG, RG58, AB = ("la Confederación Hidrográfica del Albarán", "Tomás Urquiola", "Julián Prats", "Carmen Villafañe", "Serafín Lozoya",
   "Una vecina de 70 años", "los regantes", "un regante de 58 años", "Ainhoa Beristain")
T_TU = "consejero delegado de Energías del Albarán (EDAL)"; T_JPr = "portavoz de la asociación de consumidores Usuarios en Red"
T_AB = "climatóloga, investigadora del Instituto de Estudios del Clima de Cantarra"
A += [
 R(D6, "reported", S[1], "la Confederación Hidrográfica del Albarán", CHA, None, "según datos difundidos el jueves por",
   "Los embalses de la cuenca del Albarán se encuentran al 23 % de su capacidad, el nivel más bajo registrado en un mes de agosto desde 1995, y las centrales hidroeléctricas de la zona produjeron en julio un 41 % menos de electricidad que en el mismo mes de 2025",
   "« según » attribution of published data; the content precedes the cue."),
 R(D6, "reported", S[2], "el organismo", CHA, None, "advirtió",
   "si no llueve de forma significativa antes de octubre, el embalse de Peñaturria —el mayor de la cuenca, con 412 hectómetros cúbicos de capacidad— podría quedar por debajo del 15 %",
   "el organismo = la Confederación Hidrográfica del Albarán; statement (comunicado). The closing apposition explaining the 15 % threshold is treated as background."),
 R(D6, "quote", S[3], "su consejero delegado, Tomás Urquiola", TU, T_TU, "explicó", "No tiene sentido turbinar agua que mañana puede faltar en los grifos",
   "« su » = Energías del Albarán (EDAL), named in the previous sentence."),
 R(D6, "reported", S[4], "Urquiola", TU, T_TU, "calculó", "la empresa dejará de ingresar “entre 30 y 35 millones de euros” este año", "An estimate."),
 R(D6, "quote", S[4], "Urquiola", TU, T_TU, "calculó", "entre 30 y 35 millones de euros", "Quote fragment nested in the previous record."),
 R(D6, "reported", S[5], "Julián Prats, portavoz de la asociación de consumidores Usuarios en Red", JPr, T_JPr, "Según",
   "el precio medio de la electricidad en el mercado mayorista ha subido un 18 % en lo que va de verano, en parte porque las centrales de gas han tenido que cubrir el hueco dejado por el agua"),
 R(D6, "reported", S[6], "Prats", JPr, T_JPr, "exigió", "“deje de mirar hacia otro lado” y active el bono de emergencia para los hogares vulnerables", "A demand addressed to the regional government."),
 R(D6, "quote", S[6], "Prats", JPr, T_JPr, "exigió", "deje de mirar hacia otro lado", "Quote fragment nested in the previous record."),
 R(D6, "reported", S[7], "La directora general de Energía, Carmen Villafañe", CV, "directora general de Energía", "negó", "exista riesgo de apagones", "A denial."),
 R(D6, "quote", S[8], None, CV, "directora general de Energía", "aseguró",
   "El sistema está interconectado y tiene respaldo suficiente”, aseguró, “pero no vamos a engañar a nadie: este verano la luz es más cara porque llueve menos",
   "Elided subject (Spanish), resolved to Carmen Villafañe from the previous sentence. Quote interrupted by the incise « aseguró », kept in the content with its quote marks."),
 R(D6, "reported", S[9], "Villafañe", CV, "directora general de Energía", "anunció", "un plan de ahorro energético en 1.200 edificios públicos de la región", "An announcement."),
 R(D6, "reported", S[10], "El alcalde de Peñaturria, Serafín Lozoya", SL, "alcalde de Peñaturria", "asegura",
   "el fenómeno atrae cada fin de semana a cientos de curiosos, pero que “no hay nada que celebrar”"),
 R(D6, "quote", S[10], "El alcalde de Peñaturria, Serafín Lozoya", SL, "alcalde de Peñaturria", "asegura", "no hay nada que celebrar", "Quote fragment nested in the previous record."),
 R(D6, "quote", S[11], "el regidor", SL, "alcalde de Peñaturria", "lamentó", "Se nos está muriendo el pantano y la gente viene a hacerse fotos", "el regidor = Serafín Lozoya."),
 R(D6, "quote", S[12], None, VEC, None, "dice", "Esa era la puerta de mi casa",
   "Elided subject (Spanish): the unnamed 70-year-old resident introduced in the previous sentence, whose relative clause « que nació en Quintanar del Vado… » is not part of the speaker."),
 R(D6, "reported", S[13], "los regantes", REG, None, "temen", "el agua se reserve para el consumo humano y ellos se queden sin riego en septiembre",
   "Verb of attitude (like « redoutent que »); unnamed group. The object « lo contrario » is spelled out after the colon."),
 R(D6, "quote", S[14], "un regante de 58 años", RG58, None, "advirtió", "Si nos cortan el agua, perdemos el maíz entero, unas 2.000 hectáreas solo en esta comunidad",
   "Unnamed source; the relative clause « que preside la junta local de su acequia » is not part of the speaker."),
 R(D6, "reported", S[15], "la climatóloga Ainhoa Beristain, investigadora del Instituto de Estudios del Clima de Cantarra", AB, T_AB, "Para",
   "lo que ocurre en el Albarán “no es una sequía excepcional, sino un anticipo de lo normal”", "« Para X, … » used like « según X »."),
 R(D6, "quote", S[15], "la climatóloga Ainhoa Beristain, investigadora del Instituto de Estudios del Clima de Cantarra", AB, T_AB, "Para",
   "no es una sequía excepcional, sino un anticipo de lo normal", "Quote fragment nested in the previous record."),
 R(D6, "reported", S[16], "Beristain", AB, T_AB, "recordó", "las aportaciones de agua a los embalses de la cuenca han caído un 27 % de media desde 1980"),
 R(D6, "reported", S[16], "Beristain", AB, T_AB, "sostuvo", "la planificación hidroeléctrica “sigue calculándose con la lluvia de nuestros abuelos”", "Second verb of the same subject."),
 R(D6, "quote", S[16], "Beristain", AB, T_AB, "sostuvo", "sigue calculándose con la lluvia de nuestros abuelos", "Quote fragment nested in the previous record."),
]

# ---------------------------------------------------------------- locate
def die(msg):
    print("STOP:", msg); sys.exit(1)

def find_once(hay, needle, what):
    n = hay.count(needle)
    if n != 1:
        die(f"{what}: {needle!r} occurs {n} times")
    return hay.index(needle)

def locate(sent_text, sent_start, spec, what):
    if spec is None:
        return None, None, None
    if isinstance(spec, tuple):
        ctx, t = spec
        c = find_once(sent_text, ctx, what + " context")
        i = find_once(ctx, t, what + " in context")
        start = sent_start + c + i
    else:
        t = spec
        start = sent_start + find_once(sent_text, t, what)
    return t, start, start + len(t)

raws = {}
out = []
for n, r in enumerate(A, 1):
    doc = r["doc"]
    raw = raws.setdefault(doc, open(f"corpus/{doc}", encoding="utf-8").read())
    ss = find_once(raw, r["sent"], f"{doc} sentence")
    se = ss + len(r["sent"])
    sp, sps, spe = locate(r["sent"], ss, r["sp"], f"g{n:03d} speaker")
    cu, cs, ce = locate(r["sent"], ss, r["cue"], f"g{n:03d} cue")
    ct, cts, cte = locate(r["sent"], ss, r["content"], f"g{n:03d} content")
    out.append({"id": f"g{n:03d}", "doc": doc, "kind": r["kind"],
                "speaker_text": sp, "speaker_start": sps, "speaker_end": spe,
                "speaker": r["speaker"], "speaker_title": r["title"],
                "cue_text": cu, "cue_start": cs, "cue_end": ce,
                "content_text": ct, "content_start": cts, "content_end": cte,
                "sentence_start": ss, "sentence_end": se,
                "language": LANG[doc], "notes": r["notes"]})

with open("attributions.jsonl", "w", encoding="utf-8") as f:
    for o in out:
        f.write(json.dumps(o, ensure_ascii=False) + "\n")
print("wrote", len(out), "records")
