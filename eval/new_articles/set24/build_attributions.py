"""Build attributions.jsonl from hand-chosen texts; offsets are computed, never typed.

Each record gives the sentence text (unique in the file), and the speaker words, cue and content
as texts to be found inside that sentence.  A text may be given as (text, context): the context must
occur once in the sentence and the text once inside the context.  Speaker and cue texts are matched
on word boundaries.  Anything not found or ambiguous stops the script.
"""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")

D1 = "001_quotas-merlu-port-kerval.txt"
D2 = "002_hartwell-branch-closures.txt"
D3 = "003_fibra-rural-valdemora.txt"
D4 = "004_voltrane-arena-naming-deal.txt"
D5 = "005_sequia-almedina-cortes.txt"
D6 = "006_tram-t3-valbrune.txt"
LANG = {D1: "fr", D2: "en", D3: "es", D4: "en", D5: "es", D6: "fr"}

RECORDS = []


def R(doc, kind, sentence, speaker_text, speaker, title, cue, content, notes=None):
    RECORDS.append(dict(doc=doc, kind=kind, sentence=sentence, speaker_text=speaker_text,
                        speaker=speaker, title=title, cue=cue, content=content, notes=notes))


# ---------------------------------------------------------------- 001 (fr) fishing quotas
KER = "Gwenaël Kerbrat"; KER_T = "président du comité local des pêches de Port-Kerval"
s = "« C’est un répit, pas une victoire », a déclaré Gwenaël Kerbrat, président du comité local des pêches de Port-Kerval, à sa sortie de la salle des négociations."
R(D1, "quote", s, "Gwenaël Kerbrat, président du comité local des pêches de Port-Kerval", KER, KER_T, "a déclaré", "C’est un répit, pas une victoire")
s = "« Nos bateaux pourront sortir au printemps, mais personne ici ne dort tranquille. »"
R(D1, "quote", s, None, KER, KER_T, None, "Nos bateaux pourront sortir au printemps, mais personne ici ne dort tranquille.",
  "bare quote with no speaker and no cue; attributed to Gwenaël Kerbrat from context (his quote in the preceding sentence)")
s = "Kerbrat a reconnu que la flottille avait dû céder sur la sole, dont le quota passe de 2 100 à 1 650 tonnes."
R(D1, "reported", s, "Kerbrat", KER, KER_T, "a reconnu", "la flottille avait dû céder sur la sole",
  "content stops before the relative clause on the sole quota figures (journalist background)")
s = "Il a estimé que cette concession coûterait « au moins 40 jours de mer » par an aux chalutiers de moins de 18 mètres."
R(D1, "reported", s, "Il", KER, KER_T, "a estimé", "cette concession coûterait « au moins 40 jours de mer » par an aux chalutiers de moins de 18 mètres", "Il = Gwenaël Kerbrat")
R(D1, "quote", s, "Il", KER, KER_T, "a estimé", "au moins 40 jours de mer", "quoted fragment inside the preceding reported record; Il = Gwenaël Kerbrat")
VD = "Hélène Vasseur-Daunis"; VD_T = "ministre déléguée à la Mer"
s = "La ministre déléguée à la Mer, Hélène Vasseur-Daunis, a défendu un compromis « équilibré et responsable »."
R(D1, "reported", s, "La ministre déléguée à la Mer, Hélène Vasseur-Daunis", VD, VD_T, "a défendu", "un compromis « équilibré et responsable »")
R(D1, "quote", s, "La ministre déléguée à la Mer, Hélène Vasseur-Daunis", VD, VD_T, "a défendu", "équilibré et responsable", "quoted fragment inside the preceding reported record")
s = "« Nous avons protégé les familles, a-t-elle affirmé devant la presse, sans fermer les yeux sur l’état de la ressource. »"
R(D1, "quote", s, "elle", VD, VD_T, "a-t-elle affirmé", "Nous avons protégé les familles, a-t-elle affirmé devant la presse, sans fermer les yeux sur l’état de la ressource.",
  "quote interrupted by the incise « a-t-elle affirmé devant la presse », kept inside the content; elle = Hélène Vasseur-Daunis")
s = "La ministre a promis une enveloppe de 6,5 millions d’euros pour indemniser les armateurs les plus touchés, versée « avant la fin du mois de mars »."
R(D1, "reported", s, "La ministre", VD, VD_T, "a promis", "une enveloppe de 6,5 millions d’euros pour indemniser les armateurs les plus touchés, versée « avant la fin du mois de mars »", "La ministre = Hélène Vasseur-Daunis")
R(D1, "quote", s, "La ministre", VD, VD_T, "a promis", "avant la fin du mois de mars", "quoted fragment inside the preceding reported record")
AM = "Claire Amandou"; AM_T = "biologiste à l’Institut océanographique de Lorvannec"
s = "Selon Claire Amandou, biologiste à l’Institut océanographique de Lorvannec, la biomasse de merlu reproducteur a reculé de 31 % en six ans."
R(D1, "reported", s, "Claire Amandou, biologiste à l’Institut océanographique de Lorvannec", AM, AM_T, "Selon", "la biomasse de merlu reproducteur a reculé de 31 % en six ans")
s = "« Nous avions recommandé une baisse de 22 %. Avec 9 %, on prend le risque de devoir fermer complètement la pêcherie en 2028 », a-t-elle mis en garde."
R(D1, "quote", s, "elle", AM, AM_T, "a-t-elle mis en garde", "Nous avions recommandé une baisse de 22 %. Avec 9 %, on prend le risque de devoir fermer complètement la pêcherie en 2028",
  "quote spans two sentences; elle = Claire Amandou")
s = "La chercheuse a rappelé que l’institut avait relevé en octobre une température de surface supérieure de 1,8 degré à la moyenne des vingt dernières années."
R(D1, "reported", s, "La chercheuse", AM, AM_T, "a rappelé", "l’institut avait relevé en octobre une température de surface supérieure de 1,8 degré à la moyenne des vingt dernières années", "La chercheuse = Claire Amandou")
HO = "Sindre Holmvik"; HO_T = "chef de la délégation de l’archipel des Sølvør"
s = "Chef de la délégation de l’archipel des Sølvør, Sindre Holmvik a jugé que l’accord était « le meilleur possible dans les circonstances »."
R(D1, "reported", s, "Chef de la délégation de l’archipel des Sølvør, Sindre Holmvik", HO, HO_T, "a jugé", "l’accord était « le meilleur possible dans les circonstances »")
R(D1, "quote", s, "Chef de la délégation de l’archipel des Sølvør, Sindre Holmvik", HO, HO_T, "a jugé", "le meilleur possible dans les circonstances", "quoted fragment inside the preceding reported record")
s = "Il a toutefois averti que ses pêcheurs n’accepteraient « aucune nouvelle dérogation » l’an prochain."
R(D1, "reported", s, "Il", HO, HO_T, "a toutefois averti", "ses pêcheurs n’accepteraient « aucune nouvelle dérogation » l’an prochain", "Il = Sindre Holmvik")
R(D1, "quote", s, "Il", HO, HO_T, "a toutefois averti", "aucune nouvelle dérogation", "quoted fragment inside the preceding reported record; Il = Sindre Holmvik")
AG = "L’Agence halieutique de l’Atlantique"
s = "L’Agence halieutique de l’Atlantique, qui assure le secrétariat de la commission, a indiqué dans un communiqué que « les contrôles en mer seront renforcés dès le 1er février » et que deux patrouilleurs supplémentaires seraient basés à Port-Kerval."
R(D1, "reported", s, AG, AG, None, "a indiqué dans un communiqué", "« les contrôles en mer seront renforcés dès le 1er février » et que deux patrouilleurs supplémentaires seraient basés à Port-Kerval",
  "institution speaking through a statement; two coordinated que-clauses kept in one record")
R(D1, "quote", s, AG, AG, None, "a indiqué dans un communiqué", "les contrôles en mer seront renforcés dès le 1er février", "quoted fragment inside the preceding reported record")
s = "« On nous enlève encore un morceau, et on nous dit merci », soupirait un patron de chalutier de 54 ans, qui n’a pas souhaité donner son nom."
R(D1, "quote", s, "un patron de chalutier de 54 ans", "un patron de chalutier de 54 ans", None, "soupirait", "On nous enlève encore un morceau, et on nous dit merci", "unnamed source")
MA = "Une mareyeuse de la criée"
s = "Une mareyeuse de la criée a estimé pour sa part que le pire avait été évité."
R(D1, "reported", s, MA, MA, None, "a estimé", "le pire avait été évité", "unnamed source")
s = "« Avec 22 %, la criée aurait été vide en deux ans », a-t-elle dit."
R(D1, "quote", s, "elle", MA, None, "a-t-elle dit", "Avec 22 %, la criée aurait été vide en deux ans", "elle = the unnamed fish merchant (Une mareyeuse de la criée)")
TM = "Loïc Tanguy-Morvan"; TM_T = "secrétaire général du syndicat Marins unis de Kerval"
s = "Son secrétaire général, Loïc Tanguy-Morvan, a menacé de bloquer le port de Lorvannec « si les indemnités n’arrivent pas à temps »."
R(D1, "reported", s, "Son secrétaire général, Loïc Tanguy-Morvan", TM, TM_T, "a menacé", "bloquer le port de Lorvannec « si les indemnités n’arrivent pas à temps »", "threat; Son = the union Marins unis de Kerval named in the previous sentence")
R(D1, "quote", s, "Son secrétaire général, Loïc Tanguy-Morvan", TM, TM_T, "a menacé", "si les indemnités n’arrivent pas à temps", "quoted fragment inside the preceding reported record")
s = "« Nous avons déjà vu des promesses s’évaporer », a-t-il lancé."
R(D1, "quote", s, "il", TM, TM_T, "a-t-il lancé", "Nous avons déjà vu des promesses s’évaporer", "il = Loïc Tanguy-Morvan")
MC = "L’ONG Mers claires"
s = "L’ONG Mers claires dénonce pour sa part un accord « dicté par l’urgence politique »."
R(D1, "reported", s, MC, MC, None, "dénonce", "un accord « dicté par l’urgence politique »", "organisation as speaker")
R(D1, "quote", s, MC, MC, None, "dénonce", "dicté par l’urgence politique", "quoted fragment inside the preceding reported record")
DA = "Aurélie Dantec"; DA_T = "porte-parole de l’ONG Mers claires"
s = "Sa porte-parole, Aurélie Dantec, a affirmé que la commission avait « ignoré pour la troisième année consécutive » l’avis des scientifiques."
R(D1, "reported", s, "Sa porte-parole, Aurélie Dantec", DA, DA_T, "a affirmé", "la commission avait « ignoré pour la troisième année consécutive » l’avis des scientifiques", "Sa = L’ONG Mers claires")
R(D1, "quote", s, "Sa porte-parole, Aurélie Dantec", DA, DA_T, "a affirmé", "ignoré pour la troisième année consécutive", "quoted fragment inside the preceding reported record")

# ---------------------------------------------------------------- 002 (en) bank branch closures
HB = "Hartwell Bank"
s = "Hartwell Bank will close 41 of its 187 branches between 6 March and 30 September, putting 620 jobs at risk and leaving several market towns in East Brennock without a single bank counter, the lender announced on Monday."
R(D2, "reported", s, "the lender", HB, None, "announced", "Hartwell Bank will close 41 of its 187 branches between 6 March and 30 September, putting 620 jobs at risk and leaving several market towns in East Brennock without a single bank counter",
  "verb after the reported clause; the lender = Hartwell Bank")
s = "The bank said in-branch transactions had fallen by 58 per cent since 2019, while 83 per cent of its 2.3 million customers now used its mobile app at least once a month."
R(D2, "reported", s, "The bank", HB, None, "said", "in-branch transactions had fallen by 58 per cent since 2019, while 83 per cent of its 2.3 million customers now used its mobile app at least once a month", "The bank = Hartwell Bank")
PE = "Marcus Pellow"; PE_T = "Hartwell’s chief executive"
s = "“We have to follow our customers, and our customers have moved online,” Marcus Pellow, Hartwell’s chief executive, told reporters at the bank’s headquarters in Caldridge."
R(D2, "quote", s, "Marcus Pellow, Hartwell’s chief executive", PE, PE_T, "told reporters", "We have to follow our customers, and our customers have moved online,")
s = "“This is not a decision we take lightly.”"
R(D2, "quote", s, None, PE, PE_T, None, "This is not a decision we take lightly.", "bare quote with no speaker and no cue; attributed to Marcus Pellow from context (preceding sentence; he is also the subject of the next one)")
s = "He said the closures would save about £18 million a year."
R(D2, "reported", s, "He", PE, PE_T, "said", "the closures would save about £18 million a year", "He = Marcus Pellow")
RU = "Janet Ruddock"; RU_T = "leader of Brennock County Council"
s = "“They are pulling the plug on the people who can least afford it,” said Janet Ruddock, the leader of Brennock County Council."
R(D2, "quote", s, "Janet Ruddock, the leader of Brennock County Council", RU, RU_T, "said", "They are pulling the plug on the people who can least afford it,")
s = "“Older residents, small shops, farmers who are paid in cash — where exactly,” she asked, “are they supposed to go?”"
R(D2, "quote", s, "she", RU, RU_T, "asked", "Older residents, small shops, farmers who are paid in cash — where exactly,” she asked, “are they supposed to go?",
  "quote interrupted by the incise “she asked”, kept inside the content (hence the inner quote marks); she = Janet Ruddock")
s = "Ruddock said the council would write to the bank’s board this week to demand a 12-month delay."
R(D2, "reported", s, "Ruddock", RU, RU_T, "said", "the council would write to the bank’s board this week to demand a 12-month delay")
MS = "Elena Marsh"; MS_T = "Hartwell’s head of community banking"
s = "Elena Marsh, Hartwell’s head of community banking, promised that nine mobile banking vans would visit the affected towns at least once a week from April."
R(D2, "reported", s, "Elena Marsh, Hartwell’s head of community banking", MS, MS_T, "promised", "nine mobile banking vans would visit the affected towns at least once a week from April")
s = "According to Marsh, customers will also be able to deposit cash at 2,400 post office counters."
R(D2, "reported", s, "Marsh", MS, MS_T, "According to", "customers will also be able to deposit cash at 2,400 post office counters")
BH = "Priya Bannerjee-Holt"; BH_T = "director of the Cash Access Alliance"
s = "According to Priya Bannerjee-Holt, director of the Cash Access Alliance, a weekly van is “a sticking plaster on a broken leg”."
R(D2, "reported", s, "Priya Bannerjee-Holt, director of the Cash Access Alliance", BH, BH_T, "According to", "a weekly van is “a sticking plaster on a broken leg”")
R(D2, "quote", s, "Priya Bannerjee-Holt, director of the Cash Access Alliance", BH, BH_T, "According to", "a sticking plaster on a broken leg", "quoted fragment inside the preceding reported record")
s = "She warned that at least 9,000 people in the county had no smartphone and relied entirely on cash."
R(D2, "reported", s, "She", BH, BH_T, "warned", "at least 9,000 people in the county had no smartphone and relied entirely on cash", "She = Priya Bannerjee-Holt")
PH = "A pharmacist on Ashby Fold’s high street"
s = "A pharmacist on Ashby Fold’s high street, who asked not to be named, said her takings were already down by a fifth."
R(D2, "reported", s, PH, PH, None, "said", "her takings were already down by a fifth", "unnamed source; “who asked not to be named” is not counted")
s = "“Half my customers pay in coins. When the bank goes, I don’t know where I’ll bank the till,” she said."
R(D2, "quote", s, "she", PH, None, "said", "Half my customers pay in coins. When the bank goes, I don’t know where I’ll bank the till,", "quote spans two sentences; she = the unnamed pharmacist")
FA = "A retired dairy farmer"
s = "“Forty years I’ve banked here,” he said, “and now they tell me to use an app.”"
R(D2, "quote", s, "he", FA, None, "said", "Forty years I’ve banked here,” he said, “and now they tell me to use an app.",
  "unnamed source introduced in the previous sentence (“A retired dairy farmer sitting on the bench outside the branch was blunter”, no speech verb); quote interrupted by the incise “he said”")
GE = "Tom Gethin"; GE_T = "general secretary of the Finance Workers’ Union"
s = "Tom Gethin, general secretary of the Finance Workers’ Union, said members at the affected branches would be balloted on strike action before the end of February."
R(D2, "reported", s, "Tom Gethin, general secretary of the Finance Workers’ Union", GE, GE_T, "said", "members at the affected branches would be balloted on strike action before the end of February")
s = "He warned that “620 jobs is not a rounding error” and accused Hartwell of “managing decline while paying record dividends”."
R(D2, "quote", s, "He", GE, GE_T, "warned", "620 jobs is not a rounding error", "the whole that-clause is quoted, so a single quote record; He = Tom Gethin")
R(D2, "reported", s, "He", GE, GE_T, "accused", "Hartwell of “managing decline while paying record dividends”", "accusation; He = Tom Gethin")
R(D2, "quote", s, "He", GE, GE_T, "accused", "managing decline while paying record dividends", "quoted fragment inside the preceding reported record")
OT = "Graham Ottley"; OT_T = "MP for Wexmoor and the Dales"
s = "Graham Ottley, the MP for Wexmoor and the Dales, complained that he had learned of the plan “from a press release, like everyone else”."
R(D2, "reported", s, "Graham Ottley, the MP for Wexmoor and the Dales", OT, OT_T, "complained", "he had learned of the plan “from a press release, like everyone else”")
R(D2, "quote", s, "Graham Ottley, the MP for Wexmoor and the Dales", OT, OT_T, "complained", "from a press release, like everyone else", "quoted fragment inside the preceding reported record")
RB = "The Retail Banking Standards Office"
s = "The Retail Banking Standards Office said in a statement that banks “must show they have assessed the impact on vulnerable customers” before closing a branch, and that it would review Hartwell’s plan “in the coming weeks”."
R(D2, "reported", s, RB, RB, None, "said in a statement", "banks “must show they have assessed the impact on vulnerable customers” before closing a branch, and that it would review Hartwell’s plan “in the coming weeks”",
  "institution speaking through a statement; two coordinated that-clauses kept in one record")
R(D2, "quote", s, RB, RB, None, "said in a statement", "must show they have assessed the impact on vulnerable customers", "first quoted fragment inside the preceding reported record")
R(D2, "quote", s, RB, RB, None, "said in a statement", "in the coming weeks", "second quoted fragment inside the same reported record")
s = "Hartwell said it would publish the full list of branches on its website by Friday."
R(D2, "reported", s, "Hartwell", HB, None, "said", "it would publish the full list of branches on its website by Friday", "Hartwell = Hartwell Bank")

# ---------------------------------------------------------------- 003 (es) rural broadband
CO = "la Consejería de Transformación Digital"
s = "El despliegue de fibra óptica en la comarca de Valdemora, que debía concluir el 31 de diciembre de 2023, no estará terminado antes de octubre de 2026, según reconoció este lunes la Consejería de Transformación Digital."
R(D3, "reported", s, CO, CO, None, "según reconoció", "El despliegue de fibra óptica en la comarca de Valdemora, que debía concluir el 31 de diciembre de 2023, no estará terminado antes de octubre de 2026",
  "cue and speaker after the reported clause")
BE = "Aurelio Benavente Roldán"; BE_T = "alcalde de Cerezal de Arriba"
s = "«Nos vendieron el futuro y seguimos con el pasado», afirmó Aurelio Benavente Roldán, alcalde de Cerezal de Arriba, un pueblo de 312 vecinos donde la cobertura móvil desaparece en cuanto se sale de la plaza."
R(D3, "quote", s, "Aurelio Benavente Roldán, alcalde de Cerezal de Arriba", BE, BE_T, "afirmó", "Nos vendieron el futuro y seguimos con el pasado")
s = "El alcalde contó que dos empresas de turismo rural han cerrado en el último año porque sus clientes «no podían ni mandar un correo»."
R(D3, "reported", s, "El alcalde", BE, BE_T, "contó", "dos empresas de turismo rural han cerrado en el último año porque sus clientes «no podían ni mandar un correo»", "El alcalde = Aurelio Benavente Roldán")
R(D3, "quote", s, "El alcalde", BE, BE_T, "contó", "no podían ni mandar un correo", "quoted fragment inside the preceding reported record")
CA = "Nuria Calleja Ibarra"; CA_T = "consejera de Transformación Digital"
s = "La consejera de Transformación Digital, Nuria Calleja Ibarra, admitió que el calendario «no se ha cumplido» y culpó a la empresa adjudicataria, Conectia Rural, de «falta de medios sobre el terreno»."
SP = "La consejera de Transformación Digital, Nuria Calleja Ibarra"
R(D3, "reported", s, SP, CA, CA_T, "admitió", "el calendario «no se ha cumplido»", "admission")
R(D3, "quote", s, SP, CA, CA_T, "admitió", "no se ha cumplido", "quoted fragment inside the preceding reported record")
R(D3, "reported", s, SP, CA, CA_T, "culpó", "a la empresa adjudicataria, Conectia Rural, de «falta de medios sobre el terreno»", "accusation; second verb of the same subject")
R(D3, "quote", s, SP, CA, CA_T, "culpó", "falta de medios sobre el terreno", "quoted fragment inside the preceding reported record")
s = "«Hemos abierto un expediente sancionador —dijo Calleja— que puede suponer una penalización de 2,1 millones de euros»."
R(D3, "quote", s, "Calleja", CA, CA_T, "dijo", "Hemos abierto un expediente sancionador —dijo Calleja— que puede suponer una penalización de 2,1 millones de euros",
  "quote interrupted by the dash incise “—dijo Calleja—”, kept inside the content")
CR = "Conectia Rural"
s = "Conectia Rural rechazó las acusaciones."
R(D3, "reported", s, CR, CR, None, "rechazó", "las acusaciones", "denial; anaphoric content: the accusations are Nuria Calleja Ibarra’s blame of the company (previous paragraph)")
s = "En un comunicado, la empresa afirmó que los retrasos se deben a «la demora de hasta catorce meses en la concesión de permisos municipales» y a la escasez de técnicos especializados."
R(D3, "reported", s, "la empresa", CR, None, "afirmó", "los retrasos se deben a «la demora de hasta catorce meses en la concesión de permisos municipales» y a la escasez de técnicos especializados",
  "institution speaking through a statement (“En un comunicado”); la empresa = Conectia Rural")
R(D3, "quote", s, "la empresa", CR, None, "afirmó", "la demora de hasta catorce meses en la concesión de permisos municipales", "quoted fragment inside the preceding reported record")
VI = "Óscar Villalón"; VI_T = "director de despliegue de Conectia Rural"
s = "Según Óscar Villalón, director de despliegue de la compañía, 46 cuadrillas trabajan actualmente en la comarca, frente a las 19 de hace un año."
R(D3, "reported", s, "Óscar Villalón, director de despliegue de la compañía", VI, VI_T, "Según", "46 cuadrillas trabajan actualmente en la comarca, frente a las 19 de hace un año", "title written “de la compañía” = Conectia Rural")
s = "Villalón aseguró además que el 80 % de los hogares pendientes tendrá conexión «antes del verano»."
R(D3, "reported", s, "Villalón", VI, VI_T, "aseguró además", "el 80 % de los hogares pendientes tendrá conexión «antes del verano»")
R(D3, "quote", s, "Villalón", VI, VI_T, "aseguró además", "antes del verano", "quoted fragment inside the preceding reported record")
VE = "una vecina de 70 años de Villarrasa del Monte"
s = "«Para hablar con mi hija en Alemania tengo que subir al cementerio, que es donde hay cobertura», cuenta una vecina de 70 años de Villarrasa del Monte."
R(D3, "quote", s, VE, VE, None, "cuenta", "Para hablar con mi hija en Alemania tengo que subir al cementerio, que es donde hay cobertura", "unnamed source")
GA = "Un ganadero de la misma localidad"
s = "Un ganadero de la misma localidad, que prefirió no dar su nombre, explicó que debe desplazarse 25 kilómetros hasta Sorbedo cada vez que tiene que registrar el nacimiento de un ternero en la plataforma oficial."
R(D3, "reported", s, GA, GA, None, "explicó", "debe desplazarse 25 kilómetros hasta Sorbedo cada vez que tiene que registrar el nacimiento de un ternero en la plataforma oficial", "unnamed source")
s = "«Nos obligan a hacerlo todo por internet y luego no nos dan internet», protestó."
R(D3, "quote", s, None, GA, None, "protestó", "Nos obligan a hacerlo todo por internet y luego no nos dan internet", "implicit subject (no speaker words in the sentence): the unnamed cattle farmer of the previous sentence")
LM = "Lidia Marcos"; LM_T = "portavoz de la plataforma vecinal Valdemora Conectada"
s = "Lidia Marcos, portavoz de la plataforma vecinal Valdemora Conectada, denunció que la comarca ha recibido «promesas con fecha de caducidad» desde 2019."
R(D3, "reported", s, "Lidia Marcos, portavoz de la plataforma vecinal Valdemora Conectada", LM, LM_T, "denunció", "la comarca ha recibido «promesas con fecha de caducidad» desde 2019")
R(D3, "quote", s, "Lidia Marcos, portavoz de la plataforma vecinal Valdemora Conectada", LM, LM_T, "denunció", "promesas con fecha de caducidad", "quoted fragment inside the preceding reported record")
s = "Según Marcos, más de 1.300 personas han firmado ya una queja formal."
R(D3, "reported", s, "Marcos", LM, LM_T, "Según", "más de 1.300 personas han firmado ya una queja formal")
GI = "Teodoro Gil Arancha"; GI_T = "presidente de la Diputación de Sorbedo"
s = "El presidente de la Diputación de Sorbedo, Teodoro Gil Arancha, prometió que la institución instalará antenas 4G provisionales en los 30 pueblos más aislados antes de mayo."
R(D3, "reported", s, "El presidente de la Diputación de Sorbedo, Teodoro Gil Arancha", GI, GI_T, "prometió", "la institución instalará antenas 4G provisionales en los 30 pueblos más aislados antes de mayo")
s = "«No vamos a esperar otro invierno con los pueblos desconectados», aseguró."
R(D3, "quote", s, None, GI, GI_T, "aseguró", "No vamos a esperar otro invierno con los pueblos desconectados", "implicit subject (no speaker words in the sentence): Teodoro Gil Arancha, subject of the previous sentence")

# ---------------------------------------------------------------- 004 (en) stadium naming rights
BU = "Brackenford United"
s = "Brackenford United’s 105-year-old Millhaven Park will be renamed the Voltrane Arena from 1 July under a 15-year naming-rights deal worth £94 million, the club confirmed on Tuesday."
R(D4, "reported", s, "the club", BU, None, "confirmed", "Brackenford United’s 105-year-old Millhaven Park will be renamed the Voltrane Arena from 1 July under a 15-year naming-rights deal worth £94 million",
  "verb after the reported clause; the club = Brackenford United")
VA = "Roderick Vance-Illing"; VA_T = "chairman of Brackenford United"
s = "“This deal secures the future of this club for a generation,” said Roderick Vance-Illing, the club’s chairman, at a news conference in the stadium’s Founders’ Lounge."
R(D4, "quote", s, "Roderick Vance-Illing, the club’s chairman", VA, VA_T, "said", "This deal secures the future of this club for a generation,", "title written “the club’s chairman”")
s = "Vance-Illing said part of the money would go towards a new 4,000-seat north stand, due to open in August 2028."
R(D4, "reported", s, "Vance-Illing", VA, VA_T, "said", "part of the money would go towards a new 4,000-seat north stand, due to open in August 2028")
LO = "Amara Lindqvist-Obi"; LO_T = "Voltrane’s chief executive"
s = "Voltrane’s chief executive, Amara Lindqvist-Obi, described the stadium as “the living room of this city” and said the company wanted “to put its name where people actually gather”."
SP = "Voltrane’s chief executive, Amara Lindqvist-Obi"
R(D4, "reported", s, SP, LO, LO_T, "described", "the stadium as “the living room of this city”")
R(D4, "quote", s, SP, LO, LO_T, "described", "the living room of this city", "quoted fragment inside the preceding reported record")
R(D4, "reported", s, SP, LO, LO_T, "said", "the company wanted “to put its name where people actually gather”", "second verb of the same subject")
R(D4, "quote", s, SP, LO, LO_T, "said", "to put its name where people actually gather", "quoted fragment inside the preceding reported record")
s = "She added that Voltrane employed 2,700 people in Brackenford."
R(D4, "reported", s, "She", LO, LO_T, "added", "Voltrane employed 2,700 people in Brackenford", "She = Amara Lindqvist-Obi")
DO = "Kev Doyle"; DO_T = "chair of the Brackenford Supporters’ Trust"
s = "Kev Doyle, chair of the Brackenford Supporters’ Trust, warned that fans had not been consulted and said the trust would keep using the old name “on every banner, every chant and every match report we write”."
SP = "Kev Doyle, chair of the Brackenford Supporters’ Trust"
R(D4, "reported", s, SP, DO, DO_T, "warned", "fans had not been consulted")
R(D4, "reported", s, SP, DO, DO_T, "said", "the trust would keep using the old name “on every banner, every chant and every match report we write”", "second verb of the same subject")
R(D4, "quote", s, SP, DO, DO_T, "said", "on every banner, every chant and every match report we write", "quoted fragment inside the preceding reported record")
s = "“You can buy the sign on the roof,” he said, “but you can’t buy what we call it.”"
R(D4, "quote", s, "he", DO, DO_T, "said", "You can buy the sign on the roof,” he said, “but you can’t buy what we call it.",
  "quote interrupted by the incise “he said”, kept inside the content; he = Kev Doyle")
ST = "A season-ticket holder of 41 years"
s = "A season-ticket holder of 41 years, standing outside the club shop, said the name change felt “like someone renaming your grandmother”."
R(D4, "reported", s, ST, ST, None, "said", "the name change felt “like someone renaming your grandmother”", "unnamed source")
R(D4, "quote", s, ST, ST, None, "said", "like someone renaming your grandmother", "quoted fragment inside the preceding reported record")
SU = "A student in a 1987 replica shirt"
s = "“If it pays for a striker, they can call it whatever they like,” he said."
R(D4, "quote", s, "he", SU, None, "said", "If it pays for a striker, they can call it whatever they like,",
  "unnamed source introduced in the previous sentence (“A student in a 1987 replica shirt was more pragmatic”, no speech verb); he = the student")
BW = "Hannah Brightwater"; BW_T = "sports economist at Selbury University"
s = "According to Hannah Brightwater, a sports economist at Selbury University, the fee is “well above market rate” for a club with an average attendance of 24,800."
SP = "Hannah Brightwater, a sports economist at Selbury University"
R(D4, "reported", s, SP, BW, BW_T, "According to", "the fee is “well above market rate” for a club with an average attendance of 24,800")
R(D4, "quote", s, SP, BW, BW_T, "According to", "well above market rate", "quoted fragment inside the preceding reported record")
s = "She said comparable deals in the Premier Counties League had averaged £2.1 million a year."
R(D4, "reported", s, "She", BW, BW_T, "said", "comparable deals in the Premier Counties League had averaged £2.1 million a year", "She = Hannah Brightwater")
PL = "The Premier Counties League"
s = "The Premier Counties League said in a statement that it had approved the agreement after checking that it was “at fair value”, and that the new name would appear in official fixtures from the start of next season."
R(D4, "reported", s, PL, PL, None, "said in a statement", "it had approved the agreement after checking that it was “at fair value”, and that the new name would appear in official fixtures from the start of next season",
  "institution speaking through a statement; two coordinated that-clauses kept in one record")
R(D4, "quote", s, PL, PL, None, "said in a statement", "at fair value", "quoted fragment inside the preceding reported record")
SA = "Imran Sadiq"; SA_T = "Brackenford City Council’s cabinet member for culture"
s = "Councillor Imran Sadiq, Brackenford City Council’s cabinet member for culture, said the council, which owns the land under the stadium, would receive 10 per cent of the fee, about £630,000 a year, under a 1998 lease."
R(D4, "reported", s, "Councillor Imran Sadiq, Brackenford City Council’s cabinet member for culture", SA, SA_T, "said",
  "the council, which owns the land under the stadium, would receive 10 per cent of the fee, about £630,000 a year, under a 1998 lease")
s = "He promised the money would be spent on youth football pitches in the east of the city."
R(D4, "reported", s, "He", SA, SA_T, "promised", "the money would be spent on youth football pitches in the east of the city", "He = Imran Sadiq")
LL = "The landlord of the Tanner’s Rest"
s = "The landlord of the Tanner’s Rest, a pub two streets from the ground, said he would not be changing the chalkboard outside, which still reads “Millhaven Park: 400 yards”."
R(D4, "reported", s, "The landlord of the Tanner’s Rest, a pub two streets from the ground", LL, None, "said", "he would not be changing the chalkboard outside",
  "unnamed source; content stops before “which still reads …”: the quoted text is the wording of a sign, not speech")

# ---------------------------------------------------------------- 005 (es) drought
OC = "Fermín Ochandiano Sáez"; OC_T = "alcalde"
s = "«No es una medida que tome con gusto, pero la alternativa es quedarnos sin agua en agosto», declaró el alcalde en una rueda de prensa."
R(D5, "quote", s, "el alcalde", OC, OC_T, "declaró", "No es una medida que tome con gusto, pero la alternativa es quedarnos sin agua en agosto", "el alcalde = Fermín Ochandiano Sáez, named in the previous sentence")
MN = "la Mancomunidad de Aguas del Jalvén"
s = "Según la Mancomunidad de Aguas del Jalvén, que gestiona la red, el consumo medio en la ciudad es de 212 litros por persona y día, y el objetivo es reducirlo a 150."
R(D5, "reported", s, MN, MN, None, "Según", "el consumo medio en la ciudad es de 212 litros por persona y día, y el objetivo es reducirlo a 150")
s = "En un comunicado, la Mancomunidad advirtió de que, si no llueve antes de junio, «podrían ser necesarios cortes también durante el día»."
R(D5, "reported", s, "la Mancomunidad", MN, None, "advirtió", "si no llueve antes de junio, «podrían ser necesarios cortes también durante el día»",
  "institution speaking through a statement (“En un comunicado”); warning; content excludes “de que,”")
R(D5, "quote", s, "la Mancomunidad", MN, None, "advirtió", "podrían ser necesarios cortes también durante el día", "quoted fragment inside the preceding reported record")
UR = "Begoña Urrutia"; UR_T = "hidróloga de la Universidad de Almedina"
s = "La hidróloga Begoña Urrutia, de la Universidad de Almedina, atribuye la situación a once meses sin lluvias significativas, pero también a «décadas de gestión pensada para años húmedos»."
SP = "La hidróloga Begoña Urrutia, de la Universidad de Almedina"
R(D5, "reported", s, SP, UR, UR_T, "atribuye", "la situación a once meses sin lluvias significativas, pero también a «décadas de gestión pensada para años húmedos»")
R(D5, "quote", s, SP, UR, UR_T, "atribuye", "décadas de gestión pensada para años húmedos", "quoted fragment inside the preceding reported record")
s = "Urrutia calcula que las pérdidas por fugas en la red superan el 24 %."
R(D5, "reported", s, "Urrutia", UR, UR_T, "calcula", "las pérdidas por fugas en la red superan el 24 %")
s = "«Estamos cortando el agua a los vecinos mientras un cuarto se pierde bajo el asfalto», lamentó."
R(D5, "quote", s, None, UR, UR_T, "lamentó", "Estamos cortando el agua a los vecinos mientras un cuarto se pierde bajo el asfalto", "implicit subject (no speaker words in the sentence): Begoña Urrutia, subject of the previous sentence")
SR = "Julián Sarasola"; SR_T = "presidente de la cooperativa agrícola San Isidro del Jalvén"
s = "Julián Sarasola, presidente de la cooperativa agrícola San Isidro del Jalvén, advirtió de que 600 familias dependen de los regadíos del valle y de que la cosecha de melón «está perdida en un 40 % antes de plantarla»."
SP = "Julián Sarasola, presidente de la cooperativa agrícola San Isidro del Jalvén"
R(D5, "reported", s, SP, SR, SR_T, "advirtió", "600 familias dependen de los regadíos del valle y de que la cosecha de melón «está perdida en un 40 % antes de plantarla»",
  "warning; two coordinated “de que” clauses kept in one record")
R(D5, "quote", s, SP, SR, SR_T, "advirtió", "está perdida en un 40 % antes de plantarla", "quoted fragment inside the preceding reported record")
s = "Sarasola exigió a la Mancomunidad ayudas directas de al menos 5 millones de euros."
R(D5, "reported", s, "Sarasola", SR, SR_T, "exigió", "ayudas directas de al menos 5 millones de euros", "demand addressed to la Mancomunidad de Aguas del Jalvén")
VC = "una vecina de 70 años"
s = "«Yo ya viví la sequía del 95 y entonces nos avisaron con tiempo. Esta vez nos hemos enterado por la radio», se quejó."
R(D5, "quote", s, None, VC, None, "se quejó", "Yo ya viví la sequía del 95 y entonces nos avisaron con tiempo. Esta vez nos hemos enterado por la radio",
  "quote spans two sentences; implicit subject: the unnamed resident introduced in the previous sentence (“una vecina de 70 años llenaba garrafas”, no speech verb)")
EN = "El encargado de un lavadero de coches de la avenida de Castilla"
s = "El encargado de un lavadero de coches de la avenida de Castilla aseguró que ha perdido la mitad de sus clientes en una semana."
R(D5, "reported", s, EN, EN, None, "aseguró", "ha perdido la mitad de sus clientes en una semana", "unnamed source")
IR = "Marta Iribarne"; IR_T = "portavoz del ayuntamiento"
s = "La portavoz del ayuntamiento, Marta Iribarne, anunció que cuatro camiones cisterna recorrerán los barrios altos, donde la presión es más baja, y que el consistorio habilitará una línea telefónica gratuita para denunciar fugas."
R(D5, "reported", s, "La portavoz del ayuntamiento, Marta Iribarne", IR, IR_T, "anunció",
  "cuatro camiones cisterna recorrerán los barrios altos, donde la presión es más baja, y que el consistorio habilitará una línea telefónica gratuita para denunciar fugas",
  "two coordinated que-clauses kept in one record")
LZ = "Esteban Lozoya"; LZ_T = "concejal, portavoz de Almedina Verde"
s = "El concejal Esteban Lozoya, portavoz de Almedina Verde, reprochó al alcalde haber ignorado durante dos años los informes que pedían renovar las tuberías."
R(D5, "reported", s, "El concejal Esteban Lozoya, portavoz de Almedina Verde", LZ, LZ_T, "reprochó", "al alcalde haber ignorado durante dos años los informes que pedían renovar las tuberías",
  "reproach; al alcalde = Fermín Ochandiano Sáez")
R(D5, "reported", s, "los informes", "los informes", None, "pedían", "renovar las tuberías",
  "nested inside Lozoya’s reproach: the reports (unnamed documents) that called for the pipes to be renewed")
s = "«Llevamos desde 2024 avisando. Esto no es solo la sequía, es dejadez», afirmó Lozoya, quien pidió la dimisión del concejal de Servicios."
R(D5, "quote", s, "Lozoya", LZ, LZ_T, "afirmó", "Llevamos desde 2024 avisando. Esto no es solo la sequía, es dejadez", "quote spans two sentences")
R(D5, "reported", s, "Lozoya", LZ, LZ_T, "pidió", "la dimisión del concejal de Servicios", "call, introduced by the relative “quien”, whose antecedent is Lozoya")

# ---------------------------------------------------------------- 006 (fr) tram line
DZ = "Sabine Delorme-Azaïs"; DZ_T = "maire de Valbrune"
s = "« Ce tram, les habitants des Hauts-de-Merville l’attendaient depuis trente ans », a lancé la maire de Valbrune, Sabine Delorme-Azaïs, en coupant le ruban à la station Jardin-des-Plantes."
R(D6, "quote", s, "la maire de Valbrune, Sabine Delorme-Azaïs", DZ, DZ_T, "a lancé", "Ce tram, les habitants des Hauts-de-Merville l’attendaient depuis trente ans")
s = "Elle a reconnu que les travaux avaient « beaucoup demandé » aux riverains et aux commerçants."
R(D6, "reported", s, "Elle", DZ, DZ_T, "a reconnu", "les travaux avaient « beaucoup demandé » aux riverains et aux commerçants", "Elle = Sabine Delorme-Azaïs")
R(D6, "quote", s, "Elle", DZ, DZ_T, "a reconnu", "beaucoup demandé", "quoted fragment inside the preceding reported record")
VM = "Valbrune Mobilités"
s = "Selon Valbrune Mobilités, le syndicat qui exploite le réseau, la ligne devrait accueillir 46 000 voyageurs par jour d’ici à la fin de l’année, avec un passage toutes les six minutes aux heures de pointe."
R(D6, "reported", s, "Valbrune Mobilités, le syndicat qui exploite le réseau", VM, None, "Selon", "la ligne devrait accueillir 46 000 voyageurs par jour d’ici à la fin de l’année, avec un passage toutes les six minutes aux heures de pointe")
s = "Dans un communiqué publié vendredi soir, le syndicat a précisé que les trajets seraient gratuits jusqu’au 8 mars."
R(D6, "reported", s, "le syndicat", VM, None, "a précisé", "les trajets seraient gratuits jusqu’au 8 mars", "institution speaking through a statement (“Dans un communiqué”); le syndicat = Valbrune Mobilités")
AN = "Thierry Anquetil"; AN_T = "président de Valbrune Mobilités"
s = "Son président, Thierry Anquetil, a promis que la fréquence passerait à quatre minutes « dès la rentrée de septembre », lorsque les neuf dernières rames auront été livrées."
R(D6, "reported", s, "Son président, Thierry Anquetil", AN, AN_T, "a promis", "la fréquence passerait à quatre minutes « dès la rentrée de septembre », lorsque les neuf dernières rames auront été livrées", "Son = Valbrune Mobilités")
R(D6, "quote", s, "Son président, Thierry Anquetil", AN, AN_T, "a promis", "dès la rentrée de septembre", "quoted fragment inside the preceding reported record")
s = "« Nous avons eu des retards de livraison, je ne vais pas le nier », a-t-il admis."
R(D6, "quote", s, ("il", "a-t-il admis"), AN, AN_T, "a-t-il admis", "Nous avons eu des retards de livraison, je ne vais pas le nier", "il = Thierry Anquetil")
ET = "une étudiante de 19 ans"
s = "« Ça commence bien », ironisait une étudiante de 19 ans, bloquée avec une centaine de passagers."
R(D6, "quote", s, ET, ET, None, "ironisait", "Ça commence bien", "unnamed source")
CM = "Un commerçant de la rue des Tisserands"
s = "Un commerçant de la rue des Tisserands, où la circulation automobile a été supprimée, affirme avoir perdu 30 % de son chiffre d’affaires pendant les travaux."
R(D6, "reported", s, CM, CM, None, "affirme", "avoir perdu 30 % de son chiffre d’affaires pendant les travaux", "unnamed source")
s = "« On a tenu trois ans avec des palissades devant la vitrine. Maintenant, il faut que les clients reviennent », a-t-il expliqué, sans vouloir donner son nom."
R(D6, "quote", s, ("il", "a-t-il expliqué"), CM, None, "a-t-il expliqué", "On a tenu trois ans avec des palissades devant la vitrine. Maintenant, il faut que les clients reviennent",
  "quote spans two sentences; il = the unnamed shopkeeper")
FR = "Inès Farouki"; FR_T = "conductrice"
s = "Aux commandes de la rame 307, la conductrice Inès Farouki, 41 ans, ancienne chauffeuse de bus, a dit apprécier « le silence, surtout »."
SP = "la conductrice Inès Farouki, 41 ans, ancienne chauffeuse de bus"
R(D6, "reported", s, SP, FR, FR_T, "a dit", "apprécier « le silence, surtout »")
R(D6, "quote", s, SP, FR, FR_T, "a dit", "le silence, surtout", "quoted fragment inside the preceding reported record")
s = "« On entend les gens parler, on les voit sourire. Avec le bus, on ne voyait que le rétroviseur », a-t-elle confié."
R(D6, "quote", s, "elle", FR, FR_T, "a-t-elle confié", "On entend les gens parler, on les voit sourire. Avec le bus, on ne voyait que le rétroviseur", "quote spans two sentences; elle = Inès Farouki")
CH = "Bernard Chaumeil"; CH_T = "chef de file du groupe Valbrune Demain"
s = "Pour Bernard Chaumeil, chef de file du groupe Valbrune Demain, le surcoût de 37 millions « sera payé par les contribuables pendant vingt ans »."
SP = "Bernard Chaumeil, chef de file du groupe Valbrune Demain"
R(D6, "reported", s, SP, CH, CH_T, "Pour", "le surcoût de 37 millions « sera payé par les contribuables pendant vingt ans »", "“Pour X” used like “selon X”")
R(D6, "quote", s, SP, CH, CH_T, "Pour", "sera payé par les contribuables pendant vingt ans", "quoted fragment inside the preceding reported record")
s = "Il a accusé la majorité d’avoir « sous-estimé volontairement » la facture en 2021 pour emporter le vote."
R(D6, "reported", s, "Il", CH, CH_T, "a accusé", "la majorité d’avoir « sous-estimé volontairement » la facture en 2021 pour emporter le vote", "accusation; Il = Bernard Chaumeil")
R(D6, "quote", s, "Il", CH, CH_T, "a accusé", "sous-estimé volontairement", "quoted fragment inside the preceding reported record")
RC = "L’association d’usagers Rail et Cité"
s = "L’association d’usagers Rail et Cité salue, elle, « une vraie ligne de vie » pour les 28 000 habitants des Hauts-de-Merville."
R(D6, "reported", s, RC, RC, None, "salue", "« une vraie ligne de vie » pour les 28 000 habitants des Hauts-de-Merville", "organisation as speaker; the dislocated “elle” is not a separate speaker")
R(D6, "quote", s, RC, RC, None, "salue", "une vraie ligne de vie", "quoted fragment inside the preceding reported record")
PC = "Odile Péricard"; PC_T = "présidente de l’association Rail et Cité"
s = "Sa présidente, Odile Péricard, a toutefois réclamé des parkings relais aux deux terminus, estimant que sans eux « la voiture gardera la main »."
SP = "Sa présidente, Odile Péricard"
R(D6, "reported", s, SP, PC, PC_T, "a toutefois réclamé", "des parkings relais aux deux terminus", "demand; Sa = L’association d’usagers Rail et Cité")
R(D6, "reported", s, SP, PC, PC_T, "estimant", "sans eux « la voiture gardera la main »", "participial cue sharing the subject of the main verb")
R(D6, "quote", s, SP, PC, PC_T, "estimant", "la voiture gardera la main", "quoted fragment inside the preceding reported record")
s = "La métropole a répondu qu’une étude serait lancée au printemps."
R(D6, "reported", s, "La métropole", "La métropole", None, "a répondu", "une étude serait lancée au printemps", "institution as speaker; content excludes “qu’”")


# ---------------------------------------------------------------- build
class Stop(Exception):
    pass


def find_all(hay, needle, word):
    if word:
        pat = (r"(?<!\w)" if re.match(r"\w", needle) else "") + re.escape(needle) + (r"(?!\w)" if re.search(r"\w$", needle) else "")
        return [m.start() for m in re.finditer(pat, hay)]
    out, i = [], hay.find(needle)
    while i != -1:
        out.append(i); i = hay.find(needle, i + 1)
    return out


def locate(raw, s0, s1, spec, word, what, rid):
    if spec is None:
        return None, None, None
    text, ctx = (spec if isinstance(spec, tuple) else (spec, None))
    sent = raw[s0:s1]
    base = 0
    if ctx is not None:
        hits = find_all(sent, ctx, False)
        if len(hits) != 1:
            raise Stop(f"{rid}: {what} context {ctx!r} found {len(hits)} times in sentence")
        base = hits[0]
        sent = sent[base:base + len(ctx)]
    hits = find_all(sent, text, word)
    if len(hits) != 1:
        raise Stop(f"{rid}: {what} {text!r} found {len(hits)} times in {'context' if ctx else 'sentence'}")
    st = s0 + base + hits[0]
    return text, st, st + len(text)


def build():
    out = []
    raws = {}
    for n, r in enumerate(RECORDS, 1):
        rid = f"g{n:03d}"
        doc = r["doc"]
        if doc not in raws:
            raws[doc] = open(os.path.join(CORPUS, doc), encoding="utf-8").read()
        raw = raws[doc]
        hits = find_all(raw, r["sentence"], False)
        if len(hits) != 1:
            raise Stop(f"{rid}: sentence found {len(hits)} times: {r['sentence'][:60]!r}")
        s0 = hits[0]; s1 = s0 + len(r["sentence"])
        sp = locate(raw, s0, s1, r["speaker_text"], True, "speaker", rid)
        cu = locate(raw, s0, s1, r["cue"], True, "cue", rid)
        co = locate(raw, s0, s1, r["content"], False, "content", rid)
        out.append({
            "id": rid, "doc": doc, "kind": r["kind"],
            "speaker_text": sp[0], "speaker_start": sp[1], "speaker_end": sp[2],
            "speaker": r["speaker"], "speaker_title": r["title"],
            "cue_text": cu[0], "cue_start": cu[1], "cue_end": cu[2],
            "content_text": co[0], "content_start": co[1], "content_end": co[2],
            "sentence_start": s0, "sentence_end": s1,
            "language": LANG[doc], "notes": r["notes"],
        })
    return out, raws


if __name__ == "__main__":
    try:
        recs, raws = build()
    except Stop as e:
        sys.exit(f"STOP: {e}")
    with open(os.path.join(HERE, "attributions.jsonl"), "w", encoding="utf-8") as f:
        for rec in recs:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {len(recs)} records")
