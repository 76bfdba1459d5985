"""Build attributions.jsonl from hand-chosen texts.

Each record gives the sentence text (must be unique in the raw file), and the speaker words, cue and
content as texts that must occur exactly once inside the sentence.  A text may instead be given as
(text, context): the context must occur exactly once in the sentence and the text exactly once in the
context.  Nothing is typed as an offset; any text that is missing or ambiguous stops the script.
"""
import json, sys, os

CORPUS = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'corpus')
LANG = {'001': 'fr', '002': 'en', '003': 'es', '004': 'fr', '005': 'en', '006': 'es'}
D1 = '001_maraval_gel_des_prix.txt'; D2 = '002_korvell_river_trial.txt'; D3 = '003_valdeoro_ranking_atlas.txt'
D4 = '004_marathon_saint_aurele.txt'; D5 = '005_northline_overtime_ban.txt'; D6 = '006_bracamonte_restitucion.txt'

RECS = []
def R(doc, kind, sent, spk, speaker, title, cue, content, notes=None):
    RECS.append(dict(doc=doc, kind=kind, sent=sent, spk=spk, speaker=speaker, title=title, cue=cue,
                     content=content, notes=notes))

# ---------------------------------------------------------------- 001 (fr)
d = D1
S = "Le groupe Maraval promet de geler les prix de 500 produits jusqu’à fin juin"
R(d, 'reported', S, "Le groupe Maraval", "le groupe Maraval", None, "promet",
  "geler les prix de 500 produits jusqu’à fin juin", "headline")
S = "Le distributeur Maraval a annoncé lundi le gel des prix de 500 produits de consommation courante dans ses 1 240 magasins jusqu’au 30 juin, une mesure d’un coût de 85 millions d’euros qui a aussitôt suscité le scepticisme des associations de consommateurs."
R(d, 'reported', S, "Le distributeur Maraval", "le groupe Maraval", None, "a annoncé",
  "le gel des prix de 500 produits de consommation courante dans ses 1 240 magasins jusqu’au 30 juin",
  "nominal content; the apposition on the cost is journalist material")
S = "« Nous avons décidé de prendre notre part de l’effort, parce que nos clients n’en peuvent plus », a déclaré Bertrand Lessieux, PDG du groupe, lors d’une conférence de presse au siège de l’entreprise, à Villebrune."
R(d, 'quote', S, "Bertrand Lessieux, PDG du groupe", "Bertrand Lessieux", "PDG du groupe", "a déclaré",
  "Nous avons décidé de prendre notre part de l’effort, parce que nos clients n’en peuvent plus")
S = "Le dirigeant a précisé que la liste comprenait le lait, les pâtes, le riz, les couches et une quarantaine de produits d’hygiène."
R(d, 'reported', S, "Le dirigeant", "Bertrand Lessieux", "PDG du groupe", "a précisé",
  "la liste comprenait le lait, les pâtes, le riz, les couches et une quarantaine de produits d’hygiène",
  "'Le dirigeant' = Bertrand Lessieux (previous sentence)")
S = "Lessieux a assuré que le gel serait financé « sans toucher aux marges des fournisseurs »."
R(d, 'reported', S, "Lessieux", "Bertrand Lessieux", "PDG du groupe", "a assuré",
  "le gel serait financé « sans toucher aux marges des fournisseurs »")
R(d, 'quote', S, "Lessieux", "Bertrand Lessieux", "PDG du groupe", "a assuré",
  "sans toucher aux marges des fournisseurs", "quote fragment nested in the previous reported record")
S = "Interrogé sur la durée de l’opération, il a ajouté : « Si l’inflation ne recule pas d’ici l’été, nous prolongerons. Je m’y engage. »"
R(d, 'quote', S, ("il", "il a ajouté"), "Bertrand Lessieux", "PDG du groupe", "a ajouté",
  "Si l’inflation ne recule pas d’ici l’été, nous prolongerons. Je m’y engage.",
  "pronoun 'il' = Bertrand Lessieux; the quote holds two sentences")
S = "Le ministère du Commerce a salué dans un communiqué « une initiative utile », tout en rappelant que « les engagements volontaires ne remplacent pas la négociation annuelle avec les producteurs »."
R(d, 'quote', S, "Le ministère du Commerce", "le ministère du Commerce", None, "a salué dans un communiqué",
  "une initiative utile", "statement by an institution")
R(d, 'quote', S, "Le ministère du Commerce", "le ministère du Commerce", None, "tout en rappelant",
  "les engagements volontaires ne remplacent pas la négociation annuelle avec les producteurs",
  "statement by an institution; second cue of the same sentence")
S = "Nadia Ferchiou, présidente de l’association Panier Juste, a estimé que la liste avait été « soigneusement choisie » pour ne contenir que des produits déjà en promotion."
R(d, 'reported', S, "Nadia Ferchiou, présidente de l’association Panier Juste", "Nadia Ferchiou",
  "présidente de l’association Panier Juste", "a estimé",
  "la liste avait été « soigneusement choisie » pour ne contenir que des produits déjà en promotion")
R(d, 'quote', S, "Nadia Ferchiou, présidente de l’association Panier Juste", "Nadia Ferchiou",
  "présidente de l’association Panier Juste", "a estimé", "soigneusement choisie",
  "quote fragment nested in the previous reported record")
S = "« Regardez les étiquettes : la moitié de ces articles ont augmenté de 12 % en décembre, juste avant l’annonce », a-t-elle lancé."
R(d, 'quote', S, ("elle", "a-t-elle"), "Nadia Ferchiou", "présidente de l’association Panier Juste", "a-t-elle lancé",
  "Regardez les étiquettes : la moitié de ces articles ont augmenté de 12 % en décembre, juste avant l’annonce",
  "pronoun 'elle' = Nadia Ferchiou")
S = "La présidente de l’association a demandé que l’enseigne publie les prix pratiqués au 1er janvier."
R(d, 'reported', S, "La présidente de l’association", "Nadia Ferchiou", "présidente de l’association Panier Juste",
  "a demandé", "l’enseigne publie les prix pratiqués au 1er janvier", "role = Nadia Ferchiou")
S = "D’après Sophie Clerval, économiste à l’Institut Dorsanne, l’opération représente moins de 0,5 % du chiffre d’affaires annuel du groupe, qui s’élève à 19 milliards d’euros."
R(d, 'reported', S, "Sophie Clerval, économiste à l’Institut Dorsanne", "Sophie Clerval",
  "économiste à l’Institut Dorsanne", "D’après",
  "l’opération représente moins de 0,5 % du chiffre d’affaires annuel du groupe",
  "the relative clause on the 19 billion turnover is journalist material")
S = "« C’est un coup de communication bien calibré, pas une révolution », juge-t-elle."
R(d, 'quote', S, ("elle", "juge-t-elle"), "Sophie Clerval", "économiste à l’Institut Dorsanne", "juge-t-elle",
  "C’est un coup de communication bien calibré, pas une révolution", "pronoun 'elle' = Sophie Clerval")
S = "Gilles Amarante, président de la Fédération des producteurs laitiers de l’Ouest, a mis en garde contre un gel qui serait « payé par les éleveurs »."
R(d, 'reported', S, "Gilles Amarante, président de la Fédération des producteurs laitiers de l’Ouest", "Gilles Amarante",
  "président de la Fédération des producteurs laitiers de l’Ouest", "a mis en garde contre",
  "un gel qui serait « payé par les éleveurs »", "warning")
R(d, 'quote', S, "Gilles Amarante, président de la Fédération des producteurs laitiers de l’Ouest", "Gilles Amarante",
  "président de la Fédération des producteurs laitiers de l’Ouest", "a mis en garde contre",
  "payé par les éleveurs", "quote fragment nested in the previous reported record")
S = "« Nous avons signé nos contrats en mars dernier. Si Maraval vient nous demander une ristourne, la réponse sera non », a prévenu Amarante."
R(d, 'quote', S, "Amarante", "Gilles Amarante", "président de la Fédération des producteurs laitiers de l’Ouest",
  "a prévenu", "Nous avons signé nos contrats en mars dernier. Si Maraval vient nous demander une ristourne, la réponse sera non",
  "the quote holds two sentences")
S = "Le directeur financier, Olivier Penhoët, a reconnu que le groupe comptait sur une hausse de la fréquentation pour compenser le manque à gagner."
R(d, 'reported', S, "Le directeur financier, Olivier Penhoët", "Olivier Penhoët", "directeur financier", "a reconnu",
  "le groupe comptait sur une hausse de la fréquentation pour compenser le manque à gagner", "admission")
S = "« Nous espérons, a-t-il admis, 3 % de passages en caisse supplémentaires d’ici avril. »"
R(d, 'quote', S, ("il", "a-t-il"), "Olivier Penhoët", "directeur financier", "a-t-il admis",
  "Nous espérons, a-t-il admis, 3 % de passages en caisse supplémentaires d’ici avril.",
  "incise: the quote is interrupted by 'a-t-il admis', kept inside the content; pronoun 'il' = Olivier Penhoët")
S = "Chez Primalis, concurrent direct de Maraval, la porte-parole Léa Virmont a affirmé que son enseigne n’avait « aucune intention de suivre »."
R(d, 'reported', S, "la porte-parole Léa Virmont", "Léa Virmont", "porte-parole", "a affirmé",
  "son enseigne n’avait « aucune intention de suivre »", "spokeswoman of Primalis")
R(d, 'quote', S, "la porte-parole Léa Virmont", "Léa Virmont", "porte-parole", "a affirmé",
  "aucune intention de suivre", "quote fragment nested in the previous reported record")
S = "Elle a rappelé que Primalis avait déjà baissé 300 prix en novembre."
R(d, 'reported', S, "Elle", "Léa Virmont", "porte-parole", "a rappelé",
  "Primalis avait déjà baissé 300 prix en novembre", "pronoun 'Elle' = Léa Virmont")
S = "Une caissière du magasin de la rue des Forges, qui a requis l’anonymat, dit avoir reçu la consigne de poser les nouvelles étiquettes « avant mardi 8 heures »."
R(d, 'reported', S, "Une caissière du magasin de la rue des Forges", "Une caissière du magasin de la rue des Forges", None,
  "dit", "avoir reçu la consigne de poser les nouvelles étiquettes « avant mardi 8 heures »", "unnamed source")
R(d, 'reported', S, None, None, None, "la consigne",
  "poser les nouvelles étiquettes « avant mardi 8 heures »",
  "nested nominal attribution: an instruction from unnamed management, reported by the cashier; speaker left null (unidentified claimant)")
R(d, 'quote', S, "Une caissière du magasin de la rue des Forges", "Une caissière du magasin de la rue des Forges", None,
  "dit", "avant mardi 8 heures", "quote fragment nested in the cashier's reported record")
S = "« On nous demande d’expliquer la mesure aux clients, mais on n’a reçu aucun document », regrette-t-elle."
R(d, 'quote', S, ("elle", "regrette-t-elle"), "Une caissière du magasin de la rue des Forges", None, "regrette-t-elle",
  "On nous demande d’expliquer la mesure aux clients, mais on n’a reçu aucun document",
  "pronoun 'elle' = the unnamed cashier")
R(d, 'reported', S, "On", None, None, "demande", "expliquer la mesure aux clients",
  "nested inside the cashier's quote: a request from unnamed management ('On'); speaker left null (unidentified claimant)")
S = "« Même si c’est du marketing, 20 centimes de moins sur le beurre, je prends », lâche un retraité de 71 ans, venu acheter du café et des yaourts."
R(d, 'quote', S, "un retraité de 71 ans", "un retraité de 71 ans", None, "lâche",
  "Même si c’est du marketing, 20 centimes de moins sur le beurre, je prends", "unnamed source")
S = "Interrogé sur une éventuelle hausse des prix à la rentrée, il a refusé d’exclure un rattrapage après le 30 juin."
R(d, 'reported', S, ("il", "il a refusé"), "Bertrand Lessieux", "PDG du groupe", "a refusé",
  "exclure un rattrapage après le 30 juin",
  "refusal; pronoun 'il' = Bertrand Lessieux ('Le PDG' in the previous sentence)")

# ---------------------------------------------------------------- 002 (en)
d = D2
S = "Opening for the prosecution, Diane Achterberg, senior prosecutor for the Environmental Protection Directorate, told the jury that Korvell had received “at least six” internal warnings about a corroded storage tank at its Wennick plant before it split on the night of 14 August 2023."
SPK = "Diane Achterberg, senior prosecutor for the Environmental Protection Directorate"
T = "senior prosecutor for the Environmental Protection Directorate"
R(d, 'reported', S, SPK, "Diane Achterberg", T, "told the jury",
  "Korvell had received “at least six” internal warnings about a corroded storage tank at its Wennick plant before it split on the night of 14 August 2023")
R(d, 'quote', S, SPK, "Diane Achterberg", T, "told the jury", "at least six",
  "quote fragment nested in the previous reported record")
S = "“This was not an accident. It was a decision, repeated month after month, to save money,” Achterberg said."
R(d, 'quote', S, "Achterberg", "Diane Achterberg", T, "said",
  "This was not an accident. It was a decision, repeated month after month, to save money,",
  "the quote holds two sentences")
S = "According to the prosecutor, about 62,000 litres of ammonia-laden wastewater reached the river through a storm drain in under three hours."
R(d, 'reported', S, "the prosecutor", "Diane Achterberg", T, "According to",
  "about 62,000 litres of ammonia-laden wastewater reached the river through a storm drain in under three hours",
  "role 'the prosecutor' = Diane Achterberg")
S = "She told the court that 11 tonnes of dead fish, mostly trout and grayling, were collected between Wennick and the village of Pellham Ford in the following week."
R(d, 'reported', S, "She", "Diane Achterberg", T, "told the court",
  "11 tonnes of dead fish, mostly trout and grayling, were collected between Wennick and the village of Pellham Ford in the following week",
  "pronoun 'She' = Diane Achterberg")
S = "Julian Marsh-Tiller, counsel for Korvell, said the tank had passed an inspection in May 2023 and that the company “acted within minutes” once the leak was detected."
R(d, 'reported', S, "Julian Marsh-Tiller, counsel for Korvell", "Julian Marsh-Tiller", "counsel for Korvell", "said",
  "the tank had passed an inspection in May 2023 and that the company “acted within minutes” once the leak was detected")
R(d, 'quote', S, "Julian Marsh-Tiller, counsel for Korvell", "Julian Marsh-Tiller", "counsel for Korvell", "said",
  "acted within minutes", "quote fragment nested in the previous reported record")
S = "“My client does not dispute that fish died,” he said, “but it disputes that anyone at Korvell knew, or could have known, that this tank would fail.”"
R(d, 'quote', S, ("he", "he said"), "Julian Marsh-Tiller", "counsel for Korvell", "said",
  "My client does not dispute that fish died,” he said, “but it disputes that anyone at Korvell knew, or could have known, that this tank would fail.",
  "incise: the quote is interrupted by 'he said', kept inside the content; pronoun 'he' = Julian Marsh-Tiller")
R(d, 'reported', S, ("it", "it disputes"), "Korvell Chemicals", None, "disputes",
  "anyone at Korvell knew, or could have known, that this tank would fail",
  "nested inside Marsh-Tiller's quote: the client's position ('it' = my client = Korvell); the negated 'does not dispute' is not counted")
S = "Korvell Chemicals “deeply regrets” the harm to the river and has spent £4.8 million on new containment systems since the spill, the company said in a statement issued outside court."
R(d, 'reported', S, "the company", "Korvell Chemicals", None, "said in a statement",
  "Korvell Chemicals “deeply regrets” the harm to the river and has spent £4.8 million on new containment systems since the spill",
  "statement by an institution; the content precedes the cue")
R(d, 'quote', S, "the company", "Korvell Chemicals", None, "said in a statement", "deeply regrets",
  "quote fragment nested in the previous reported record")
S = "Oduya admitted that a replacement tank had been ordered in March 2023 but that delivery was postponed “for budget reasons”."
T = "manager of the Wennick plant at the time of the spill"
R(d, 'reported', S, "Oduya", "Raymond Oduya", T, "admitted",
  "a replacement tank had been ordered in March 2023 but that delivery was postponed “for budget reasons”", "admission")
R(d, 'quote', S, "Oduya", "Raymond Oduya", T, "admitted", "for budget reasons",
  "quote fragment nested in the previous reported record")
S = "Under cross-examination, he said the delay had been approved by the company’s regional director."
R(d, 'reported', S, ("he", "he said"), "Raymond Oduya", T, "said",
  "the delay had been approved by the company’s regional director", "pronoun 'he' = Raymond Oduya")
S = "Oduya told the court: “I raised it with him twice, in writing.”"
R(d, 'quote', S, "Oduya", "Raymond Oduya", T, "told the court", "I raised it with him twice, in writing.")
S = "Dr Ingrid Solheim, a toxicologist at the University of Eastholme, testified that ammonia concentrations downstream of the drain were “roughly forty times” the lethal level for trout."
SPK = "Dr Ingrid Solheim, a toxicologist at the University of Eastholme"; T = "toxicologist at the University of Eastholme"
R(d, 'reported', S, SPK, "Ingrid Solheim", T, "testified",
  "ammonia concentrations downstream of the drain were “roughly forty times” the lethal level for trout")
R(d, 'quote', S, SPK, "Ingrid Solheim", T, "testified", "roughly forty times",
  "quote fragment nested in the previous reported record")
S = "In her view, the river’s invertebrate population will take “five to eight years” to recover."
R(d, 'reported', S, ("her", "her view"), "Ingrid Solheim", T, "In her view",
  "the river’s invertebrate population will take “five to eight years” to recover", "possessive 'her' = Ingrid Solheim")
R(d, 'quote', S, ("her", "her view"), "Ingrid Solheim", T, "In her view", "five to eight years",
  "quote fragment nested in the previous reported record")
S = "Judge Helena Crawdell warned jurors not to read press coverage of the case or to visit the river."
R(d, 'reported', S, "Judge Helena Crawdell", "Helena Crawdell", "Judge", "warned",
  "not to read press coverage of the case or to visit the river", "warning; the addressee 'jurors' is left out of the content")
S = "“You must decide this case on the evidence you hear in this room and nothing else,” she told them."
R(d, 'quote', S, "she", "Helena Crawdell", "Judge", "told them",
  "You must decide this case on the evidence you hear in this room and nothing else,", "pronoun 'she' = Helena Crawdell")
S = "Peter Hallsey, secretary of the Aldine Valley Angling Club, said membership had fallen from 340 to 190 since the spill."
T = "secretary of the Aldine Valley Angling Club"
R(d, 'reported', S, "Peter Hallsey, secretary of the Aldine Valley Angling Club", "Peter Hallsey", T, "said",
  "membership had fallen from 340 to 190 since the spill")
S = "“People stopped coming. You can’t sell a day ticket for a dead river,” Hallsey said."
R(d, 'quote', S, "Hallsey", "Peter Hallsey", T, "said",
  "People stopped coming. You can’t sell a day ticket for a dead river,", "the quote holds two sentences")
S = "A former night-shift operator at the plant, who asked not to be named, said staff had “joked for years” about the tank."
SPK = "A former night-shift operator at the plant"
R(d, 'reported', S, SPK, SPK, None, ("said", "said staff"), "staff had “joked for years” about the tank", "unnamed source")
R(d, 'quote', S, SPK, SPK, None, ("said", "said staff"), "joked for years", "quote fragment nested in the previous reported record")
S = "“We used to put buckets under it when it rained,” he said."
R(d, 'quote', S, ("he", "he said"), SPK, None, "said", "We used to put buckets under it when it rained,",
  "pronoun 'he' = the unnamed former night-shift operator")
S = "“The smell was the first thing. Then we saw the fish, white bellies, right across the weir,” recalled a retired teacher who has lived beside the river at Wennick Mill for 30 years."
R(d, 'quote', S, "a retired teacher", "a retired teacher", None, "recalled",
  "The smell was the first thing. Then we saw the fish, white bellies, right across the weir,",
  "unnamed source; the relative clause is not part of the speaker string; the quote holds two sentences")

# ---------------------------------------------------------------- 003 (es)
d = D3
S = "La Universidad de Valdeoro exige a la consultora Atlas que rectifique su caída en el ranking mundial"
R(d, 'reported', S, "La Universidad de Valdeoro", "la Universidad de Valdeoro", None, "exige",
  "rectifique su caída en el ranking mundial", "headline")
S = "La Universidad de Valdeoro ha pedido formalmente a la consultora Atlas Academic Metrics que retire la edición 2026 de su clasificación mundial de universidades, en la que la institución cae del puesto 212 al 348, y amenaza con acudir a los tribunales si no obtiene respuesta en 30 días."
R(d, 'reported', S, "La Universidad de Valdeoro", "la Universidad de Valdeoro", None, "ha pedido formalmente",
  "retire la edición 2026 de su clasificación mundial de universidades",
  "the relative clause on the fall from 212 to 348 is journalist material")
R(d, 'reported', S, "La Universidad de Valdeoro", "la Universidad de Valdeoro", None, "amenaza con",
  "acudir a los tribunales si no obtiene respuesta en 30 días", "threat; same subject as the previous record")
S = "«No aceptamos que un error de cálculo borre en una tarde el trabajo de diez años», afirmó la rectora, Mercedes Albaladejo, en una rueda de prensa celebrada el martes en el campus de San Telmo."
R(d, 'quote', S, "la rectora, Mercedes Albaladejo", "Mercedes Albaladejo", "rectora", "afirmó",
  "No aceptamos que un error de cálculo borre en una tarde el trabajo de diez años")
S = "Según Albaladejo, la consultora omitió unas 1.200 publicaciones científicas de la universidad al cambiar de base de datos bibliográfica."
R(d, 'reported', S, "Albaladejo", "Mercedes Albaladejo", "rectora", "Según",
  "la consultora omitió unas 1.200 publicaciones científicas de la universidad al cambiar de base de datos bibliográfica")
S = "«En el indicador de citas pasamos de 71 puntos a 38 de un año para otro. Eso no lo explica ningún cambio real», insistió."
R(d, 'quote', S, None, "Mercedes Albaladejo", "rectora", "insistió",
  "En el indicador de citas pasamos de 71 puntos a 38 de un año para otro. Eso no lo explica ningún cambio real",
  "null subject (pro-drop): the speaker is la rectora of the previous sentence; the quote holds two sentences")
S = "El vicerrector de Investigación, Ernesto Quiroga, aseguró que la universidad detectó el problema el 14 de febrero, tres días después de la publicación, y que escribió dos veces a Atlas sin recibir más que «un acuse de recibo automático»."
SPK = "El vicerrector de Investigación, Ernesto Quiroga"
R(d, 'reported', S, SPK, "Ernesto Quiroga", "vicerrector de Investigación", "aseguró",
  "la universidad detectó el problema el 14 de febrero, tres días después de la publicación, y que escribió dos veces a Atlas sin recibir más que «un acuse de recibo automático»")
R(d, 'quote', S, SPK, "Ernesto Quiroga", "vicerrector de Investigación", "aseguró", "un acuse de recibo automático",
  "quote fragment nested in the previous reported record")
S = "«La metodología de 2026 se publicó con seis meses de antelación y se aplicó por igual a las 1.900 instituciones evaluadas», señaló Atlas Academic Metrics, que descartó retirar la clasificación."
R(d, 'quote', S, "Atlas Academic Metrics", "Atlas Academic Metrics", None, "señaló",
  "La metodología de 2026 se publicó con seis meses de antelación y se aplicó por igual a las 1.900 instituciones evaluadas",
  "statement by an institution (the consultancy's communiqué)")
R(d, 'reported', S, "Atlas Academic Metrics", "Atlas Academic Metrics", None, "descartó", "retirar la clasificación",
  "refusal; the subject is the relative 'que', whose antecedent is Atlas Academic Metrics")
S = "Su director de metodología, Henrik Dalvang, reconoció en declaraciones a este diario que el cambio de base de datos «pudo afectar» a algunas universidades de habla hispana, pero negó que se tratara de un error."
SPK = "Su director de metodología, Henrik Dalvang"
R(d, 'reported', S, SPK, "Henrik Dalvang", "director de metodología", "reconoció",
  "el cambio de base de datos «pudo afectar» a algunas universidades de habla hispana", "admission")
R(d, 'quote', S, SPK, "Henrik Dalvang", "director de metodología", "reconoció", "pudo afectar",
  "quote fragment nested in the previous reported record")
R(d, 'reported', S, SPK, "Henrik Dalvang", "director de metodología", "negó", "se tratara de un error", "denial")
S = "«Cambiamos de proveedor —añadió Dalvang— porque el anterior tenía lagunas enormes en Asia. Ninguna base de datos es perfecta»."
R(d, 'quote', S, "Dalvang", "Henrik Dalvang", "director de metodología", "añadió",
  "Cambiamos de proveedor —añadió Dalvang— porque el anterior tenía lagunas enormes en Asia. Ninguna base de datos es perfecta",
  "incise: the quote is interrupted by '—añadió Dalvang—', kept inside the content; the quote holds two sentences")
S = "La consejera de Educación, Lucía Barrantes, pidió «prudencia» y recordó que la financiación autonómica no depende de ningún ranking internacional."
SPK = "La consejera de Educación, Lucía Barrantes"
R(d, 'quote', S, SPK, "Lucía Barrantes", "consejera de Educación", "pidió", "prudencia", "call")
R(d, 'reported', S, SPK, "Lucía Barrantes", "consejera de Educación", "recordó",
  "la financiación autonómica no depende de ningún ranking internacional")
S = "Según la consejera, el Gobierno regional mantendrá los 96 millones de euros comprometidos para Valdeoro este año."
R(d, 'reported', S, "la consejera", "Lucía Barrantes", "consejera de Educación", "Según",
  "el Gobierno regional mantendrá los 96 millones de euros comprometidos para Valdeoro este año", "role = Lucía Barrantes")
S = "Andrés Peñaranda, rector de la Universidad de Puerto Almena, que sube 40 puestos en la misma edición, ironizó: «Cuando se sube, nadie se queja de la metodología»."
R(d, 'quote', S, "Andrés Peñaranda, rector de la Universidad de Puerto Almena", "Andrés Peñaranda",
  "rector de la Universidad de Puerto Almena", "ironizó", "Cuando se sube, nadie se queja de la metodología")
S = "Una estudiante de cuarto curso de Ingeniería Química, que prepara su solicitud para un máster en el extranjero, teme que la caída «pese en el currículum»."
SPK = "Una estudiante de cuarto curso de Ingeniería Química"
R(d, 'reported', S, SPK, SPK, None, "teme", "la caída «pese en el currículum»", "unnamed source; verb of attitude")
R(d, 'quote', S, SPK, SPK, None, "teme", "pese en el currículum", "quote fragment nested in the previous reported record")
S = "«Los comités de admisión miran estas listas, no leen comunicados», explicó."
R(d, 'quote', S, None, SPK, None, "explicó", "Los comités de admisión miran estas listas, no leen comunicados",
  "null subject (pro-drop): the unnamed student of the previous sentence")
S = "Un profesor de Historia que pidió no ser identificado criticó al rectorado: «Llevamos años persiguiendo rankings en lugar de contratar profesores. Ahora nos quejamos del termómetro»."
R(d, 'quote', S, "Un profesor de Historia", "Un profesor de Historia", None, "criticó",
  "Llevamos años persiguiendo rankings en lugar de contratar profesores. Ahora nos quejamos del termómetro",
  "unnamed source; the relative clause is not part of the speaker string; the quote holds two sentences")

# ---------------------------------------------------------------- 004 (fr)
d = D4
S = "« Nous avons entendu la colère du quartier et nous en tirons les conséquences », a déclaré Fabrice Ozanne, directeur de la course, en présentant le tracé à l’hôtel de ville."
T = "directeur de la course"
R(d, 'quote', S, "Fabrice Ozanne, directeur de la course", "Fabrice Ozanne", T, "a déclaré",
  "Nous avons entendu la colère du quartier et nous en tirons les conséquences")
S = "Ozanne a expliqué que l’organisation avait sous-estimé l’impact de la fermeture sur les commerces du quai : « Nous avons raisonné en coureurs, pas en habitants. C’était une erreur. »"
R(d, 'reported', S, "Ozanne", "Fabrice Ozanne", T, "a expliqué",
  "l’organisation avait sous-estimé l’impact de la fermeture sur les commerces du quai")
R(d, 'quote', S, "Ozanne", "Fabrice Ozanne", T, "a expliqué",
  "Nous avons raisonné en coureurs, pas en habitants. C’était une erreur.",
  "quote after a colon, introduced by the same cue as the previous reported record; it holds two sentences")
S = "« C’est la preuve qu’un quartier peut se faire entendre, même face à un événement de 14 000 coureurs », s’est félicité son porte-parole, Mathieu Grandpierre, un graphiste de 41 ans installé sur le quai depuis 2009."
T = "porte-parole"
R(d, 'quote', S, "son porte-parole, Mathieu Grandpierre", "Mathieu Grandpierre", T, "s’est félicité",
  "C’est la preuve qu’un quartier peut se faire entendre, même face à un événement de 14 000 coureurs",
  "spokesman of the collectif Cordiers Debout ('son' refers to the collective of the previous sentence)")
S = "Grandpierre a toutefois prévenu que les habitants resteraient « vigilants » jusqu’au jour de la course."
R(d, 'reported', S, "Grandpierre", "Mathieu Grandpierre", T, "a toutefois prévenu",
  "les habitants resteraient « vigilants » jusqu’au jour de la course", "warning")
R(d, 'quote', S, "Grandpierre", "Mathieu Grandpierre", T, "a toutefois prévenu", "vigilants",
  "quote fragment nested in the previous reported record")
S = "Selon lui, les barrières du nouveau tracé bloqueront encore l’accès au parking de la rue Verte pendant toute la matinée."
R(d, 'reported', S, "lui", "Mathieu Grandpierre", T, "Selon",
  "les barrières du nouveau tracé bloqueront encore l’accès au parking de la rue Verte pendant toute la matinée",
  "pronoun 'lui' = Mathieu Grandpierre")
S = "La préfecture a indiqué dans un communiqué que le nouveau parcours avait reçu un avis favorable de la commission de sécurité le 16 mars et que 420 policiers et gendarmes seraient mobilisés."
R(d, 'reported', S, "La préfecture", "la préfecture", None, "a indiqué dans un communiqué",
  "le nouveau parcours avait reçu un avis favorable de la commission de sécurité le 16 mars et que 420 policiers et gendarmes seraient mobilisés",
  "statement by an institution")
S = "La médecin-chef de l’épreuve, Amina Serrat, a mis en garde contre la montée de la côte Saint-Rémi, désormais placée au 35e kilomètre."
T = "médecin-chef de l’épreuve"
R(d, 'reported', S, "La médecin-chef de l’épreuve, Amina Serrat", "Amina Serrat", T, "a mis en garde contre",
  "la montée de la côte Saint-Rémi", "warning; the apposition on the 35th kilometre is journalist material")
S = "« À ce stade de la course, une pente de 6 % fait beaucoup de dégâts. Nous doublerons le poste de secours au sommet », a-t-elle annoncé."
R(d, 'quote', S, ("elle", "a-t-elle"), "Amina Serrat", T, "a-t-elle annoncé",
  "À ce stade de la course, une pente de 6 % fait beaucoup de dégâts. Nous doublerons le poste de secours au sommet",
  "pronoun 'elle' = Amina Serrat; the quote holds two sentences")
S = "Karine Lebouc, adjointe au maire chargée des sports, a précisé que le changement coûterait 140 000 euros, dont 60 000 à la charge de la ville."
T = "adjointe au maire chargée des sports"
R(d, 'reported', S, "Karine Lebouc, adjointe au maire chargée des sports", "Karine Lebouc", T, "a précisé",
  "le changement coûterait 140 000 euros, dont 60 000 à la charge de la ville")
S = "« Ce n’est pas de l’argent perdu, a-t-elle assuré, c’est le prix de la paix civile dans un quartier qui se sentait sacrifié. »"
R(d, 'quote', S, ("elle", "a-t-elle"), "Karine Lebouc", T, "a-t-elle assuré",
  "Ce n’est pas de l’argent perdu, a-t-elle assuré, c’est le prix de la paix civile dans un quartier qui se sentait sacrifié.",
  "incise: the quote is interrupted by 'a-t-elle assuré', kept inside the content; pronoun 'elle' = Karine Lebouc")
S = "Pour Pierre-Yves Calmel, conseiller municipal d’opposition, la mairie « a cédé à la dernière minute après avoir ignoré les riverains pendant des mois »."
SPK = "Pierre-Yves Calmel, conseiller municipal d’opposition"; T = "conseiller municipal d’opposition"
R(d, 'reported', S, SPK, "Pierre-Yves Calmel", T, "Pour",
  "la mairie « a cédé à la dernière minute après avoir ignoré les riverains pendant des mois »", "'Pour X' used like 'selon X'")
R(d, 'quote', S, SPK, "Pierre-Yves Calmel", T, "Pour",
  "a cédé à la dernière minute après avoir ignoré les riverains pendant des mois", "quote fragment nested in the previous reported record")
S = "Il a réclamé la publication de l’étude de circulation commandée en 2025 à un cabinet privé."
R(d, 'reported', S, "Il", "Pierre-Yves Calmel", T, "a réclamé",
  "la publication de l’étude de circulation commandée en 2025 à un cabinet privé", "demand; pronoun 'Il' = Pierre-Yves Calmel")
S = "« L’an dernier, le jour du marathon, je n’ai pas vendu une baguette avant 15 heures », raconte un boulanger du quai des Cordiers, qui a installé une terrasse provisoire pour accueillir les spectateurs cette année."
R(d, 'quote', S, "un boulanger du quai des Cordiers", "un boulanger du quai des Cordiers", None, "raconte",
  "L’an dernier, le jour du marathon, je n’ai pas vendu une baguette avant 15 heures", "unnamed source")
S = "Une coureuse de 34 ans venue de Lonval, inscrite pour la troisième fois, regrette en revanche la disparition du passage le long de l’eau, « la plus belle partie du parcours »."
SPK = "Une coureuse de 34 ans venue de Lonval"
R(d, 'reported', S, SPK, SPK, None, "regrette",
  "la disparition du passage le long de l’eau, « la plus belle partie du parcours »", "unnamed source; complaint")
R(d, 'quote', S, SPK, SPK, None, "regrette", "la plus belle partie du parcours",
  "quote fragment nested in the previous reported record")
S = "« Courir sur des boulevards, on peut le faire partout », soupire-t-elle."
R(d, 'quote', S, ("elle", "soupire-t-elle"), SPK, None, "soupire-t-elle", "Courir sur des boulevards, on peut le faire partout",
  "pronoun 'elle' = the unnamed runner")

# ---------------------------------------------------------------- 005 (en)
d = D5
S = "The Associated Union of Locomotive Drivers (AULD), which represents 1,150 of the operator’s 1,290 drivers, said the ban would run “indefinitely” until a new offer was put on the table."
SPK = "The Associated Union of Locomotive Drivers (AULD)"; U = "the Associated Union of Locomotive Drivers (AULD)"
R(d, 'reported', S, SPK, U, None, "said", "the ban would run “indefinitely” until a new offer was put on the table",
  "statement by an organisation")
R(d, 'quote', S, SPK, U, None, "said", "indefinitely", "quote fragment nested in the previous reported record")
S = "“Our members have been propping up this timetable with their days off for three years. That ends on Saturday,” said Gareth Pellow, the union’s general secretary."
T = "the union’s general secretary"
R(d, 'quote', S, "Gareth Pellow, the union’s general secretary", "Gareth Pellow", T, "said",
  "Our members have been propping up this timetable with their days off for three years. That ends on Saturday,",
  "the quote holds two sentences")
S = "Pellow said drivers had voted 86% in favour of action short of a strike, on a turnout of 74%."
R(d, 'reported', S, "Pellow", "Gareth Pellow", T, "said",
  "drivers had voted 86% in favour of action short of a strike, on a turnout of 74%")
S = "The union leader accused Northline of “playing chicken with passengers” by refusing to recruit enough drivers."
R(d, 'reported', S, "The union leader", "Gareth Pellow", T, "accused",
  "Northline of “playing chicken with passengers” by refusing to recruit enough drivers", "role = Gareth Pellow; accusation")
R(d, 'quote', S, "The union leader", "Gareth Pellow", T, "accused", "playing chicken with passengers",
  "quote fragment nested in the previous reported record")
S = "He warned that a full strike could follow in April if no agreement was reached."
R(d, 'reported', S, "He", "Gareth Pellow", T, "warned", "a full strike could follow in April if no agreement was reached",
  "warning; pronoun 'He' = Gareth Pellow")
S = "Northline Rail said in a statement that 31% of its services relied on drivers working rest days and that it expected to cancel about 420 trains a week, mainly on the Ketterby and Haddow Vale lines."
R(d, 'reported', S, "Northline Rail", "Northline Rail", None, "said in a statement",
  "31% of its services relied on drivers working rest days and that it expected to cancel about 420 trains a week, mainly on the Ketterby and Haddow Vale lines",
  "statement by an institution")
S = "The operator said a revised timetable would be published on Friday morning."
R(d, 'reported', S, "The operator", "Northline Rail", None, "said", "a revised timetable would be published on Friday morning",
  "'The operator' = Northline Rail")
S = "Fiona Castellane, Northline’s managing director, said the union’s demand for a 7% rise was “simply unaffordable”."
SPK = "Fiona Castellane, Northline’s managing director"; T = "Northline’s managing director"
R(d, 'reported', S, SPK, "Fiona Castellane", T, "said", "the union’s demand for a 7% rise was “simply unaffordable”")
R(d, 'reported', S, "the union’s", U, None, "demand", "a 7% rise",
  "nested nominal attribution inside Castellane's statement: the union's pay demand")
R(d, 'quote', S, SPK, "Fiona Castellane", T, "said", "simply unaffordable", "quote fragment nested in the reported record two lines up (Castellane)")
S = "“We have offered 3.5%, which is the best in the industry this year, and we have offered to hire 60 new drivers by December. The door remains open,” she said."
R(d, 'quote', S, ("she", "she said"), "Fiona Castellane", T, "said",
  "We have offered 3.5%, which is the best in the industry this year, and we have offered to hire 60 new drivers by December. The door remains open,",
  "pronoun 'she' = Fiona Castellane; the quote holds two sentences")
S = "A driver with 22 years’ experience at the Ketterby depot, who asked not to be named, said he had worked 19 rest days last year."
SPK = "A driver with 22 years’ experience at the Ketterby depot"
R(d, 'reported', S, SPK, SPK, None, "said", "he had worked 19 rest days last year",
  "unnamed source; the relative clause is not part of the speaker string")
S = "He added: “I missed my daughter’s birthday twice. Nobody at head office has ever asked what that costs us.”"
R(d, 'quote', S, "He", SPK, None, "added",
  "I missed my daughter’s birthday twice. Nobody at head office has ever asked what that costs us.",
  "pronoun 'He' = the unnamed driver; the quote holds two sentences")
S = "The regional transport commissioner, Anil Deshmore, urged both sides to return to the table “before passengers pay the price”."
SPK = "The regional transport commissioner, Anil Deshmore"; T = "regional transport commissioner"
R(d, 'reported', S, SPK, "Anil Deshmore", T, "urged", "both sides to return to the table “before passengers pay the price”", "call")
R(d, 'quote', S, SPK, "Anil Deshmore", T, "urged", "before passengers pay the price",
  "quote fragment nested in the previous reported record")
S = "According to Deshmore, the commission could impose penalties on Northline if cancellations exceeded 5% of scheduled services over four weeks."
R(d, 'reported', S, "Deshmore", "Anil Deshmore", T, "According to",
  "the commission could impose penalties on Northline if cancellations exceeded 5% of scheduled services over four weeks")
S = "Bernadette Quayle, chair of the Rail Users Forum, complained that passengers had been “treated as hostages” in every dispute since 2022."
SPK = "Bernadette Quayle, chair of the Rail Users Forum"; T = "chair of the Rail Users Forum"
R(d, 'reported', S, SPK, "Bernadette Quayle", T, "complained",
  "passengers had been “treated as hostages” in every dispute since 2022", "complaint")
R(d, 'quote', S, SPK, "Bernadette Quayle", T, "complained", "treated as hostages",
  "quote fragment nested in the previous reported record")
S = "She called for automatic compensation for season-ticket holders, who pay up to £4,900 a year between Haddow Vale and Ketterby."
R(d, 'reported', S, "She", "Bernadette Quayle", T, "called for", "automatic compensation for season-ticket holders",
  "call; pronoun 'She' = Bernadette Quayle; the relative clause on fares is journalist material")
S = "“If the 6.40 is cancelled,” said a nurse who commutes from Haddow Vale to Ketterby General Hospital, “I’m late for a twelve-hour shift, and the ward is short again.”"
R(d, 'quote', S, "a nurse", "a nurse", None, "said",
  "If the 6.40 is cancelled,” said a nurse who commutes from Haddow Vale to Ketterby General Hospital, “I’m late for a twelve-hour shift, and the ward is short again.",
  "unnamed source; incise: the quote is interrupted by 'said a nurse who commutes …', kept inside the content")
S = "Professor Martin Greaux, who studies industrial relations at Eastmoor Business School, said overtime bans were often more effective than strikes because drivers lose no pay."
T = "Professor"
R(d, 'reported', S, "Professor Martin Greaux", "Martin Greaux", T, "said",
  "overtime bans were often more effective than strikes because drivers lose no pay")
S = "In his view, Northline “has built its timetable on goodwill, and goodwill has run out”."
R(d, 'reported', S, ("his", "his view"), "Martin Greaux", T, "In his view",
  "Northline “has built its timetable on goodwill, and goodwill has run out”", "possessive 'his' = Martin Greaux")
R(d, 'quote', S, ("his", "his view"), "Martin Greaux", T, "In his view", "has built its timetable on goodwill, and goodwill has run out",
  "quote fragment nested in the previous reported record")

# ---------------------------------------------------------------- 006 (es)
d = D6
S = "«Estas piezas nunca debieron salir de allí, y nunca debieron quedarse aquí tanto tiempo», declaró el director del museo, Rodrigo Almansa, al presentar el acuerdo el miércoles."
T = "director del museo"
R(d, 'quote', S, "el director del museo, Rodrigo Almansa", "Rodrigo Almansa", T, "declaró",
  "Estas piezas nunca debieron salir de allí, y nunca debieron quedarse aquí tanto tiempo")
S = "Almansa explicó que la decisión se tomó tras cuatro años de investigación sobre la procedencia de la colección."
R(d, 'reported', S, "Almansa", "Rodrigo Almansa", T, "explicó",
  "la decisión se tomó tras cuatro años de investigación sobre la procedencia de la colección")
S = "El patronato del museo señaló en un comunicado que la devolución fue aprobada por unanimidad el 2 de abril y que las piezas están valoradas en unos 4,2 millones de euros."
R(d, 'reported', S, "El patronato del museo", "el patronato del museo", None, "señaló en un comunicado",
  "la devolución fue aprobada por unanimidad el 2 de abril y que las piezas están valoradas en unos 4,2 millones de euros",
  "statement by an institution")
S = "La ministra de Cultura de Nuvaria, Amara Kessou, que viajó a Villasirga para la firma, calificó el acuerdo de «acto de justicia»."
T = "ministra de Cultura de Nuvaria"
R(d, 'quote', S, "La ministra de Cultura de Nuvaria, Amara Kessou", "Amara Kessou", T, "calificó", "acto de justicia",
  "the quote marks enclose the whole content")
S = "«Nuestros abuelos contaban historias de estas máscaras —dijo Kessou, visiblemente emocionada—, pero ninguno de nosotros las había visto nunca»."
R(d, 'quote', S, "Kessou", "Amara Kessou", T, "dijo",
  "Nuestros abuelos contaban historias de estas máscaras —dijo Kessou, visiblemente emocionada—, pero ninguno de nosotros las había visto nunca",
  "incise: the quote is interrupted by '—dijo Kessou, visiblemente emocionada—', kept inside the content")
S = "La ministra anunció que las piezas se expondrán en un nuevo pabellón del Museo Nacional de Port Salomé, que abrirá en 2027."
R(d, 'reported', S, "La ministra", "Amara Kessou", T, "anunció",
  "las piezas se expondrán en un nuevo pabellón del Museo Nacional de Port Salomé, que abrirá en 2027",
  "role = Amara Kessou; announcement")
S = "Según la historiadora Pilar Ondarroa, de la Universidad de Sotoalbo, al menos otras 200 piezas de la misma expedición siguen dispersas en colecciones privadas y museos europeos."
T = "historiadora"
R(d, 'reported', S, "la historiadora Pilar Ondarroa, de la Universidad de Sotoalbo", "Pilar Ondarroa", T, "Según",
  "al menos otras 200 piezas de la misma expedición siguen dispersas en colecciones privadas y museos europeos")
S = "«El Bracamonte ha dado un paso, pero es un paso pequeño», advirtió."
R(d, 'quote', S, None, "Pilar Ondarroa", T, "advirtió", "El Bracamonte ha dado un paso, pero es un paso pequeño",
  "null subject (pro-drop): the historian of the previous sentence; warning")
S = "Fermín Escartín, abogado de los descendientes del coronel Recuenco, sostiene que la venta de 1921 fue «perfectamente legal» y anunció que estudia recurrir la decisión del patronato ante los tribunales."
SPK = "Fermín Escartín, abogado de los descendientes del coronel Recuenco"; T = "abogado de los descendientes del coronel Recuenco"
R(d, 'reported', S, SPK, "Fermín Escartín", T, "sostiene", "la venta de 1921 fue «perfectamente legal»")
R(d, 'quote', S, SPK, "Fermín Escartín", T, "sostiene", "perfectamente legal", "quote fragment nested in the previous reported record")
R(d, 'reported', S, SPK, "Fermín Escartín", T, "anunció", "estudia recurrir la decisión del patronato ante los tribunales",
  "announcement; same subject as the previous record")
S = "El director respondió que el museo dispone de «toda la documentación necesaria» y que no teme un litigio."
T = "director del museo"
R(d, 'reported', S, "El director", "Rodrigo Almansa", T, "respondió",
  "el museo dispone de «toda la documentación necesaria» y que no teme un litigio", "role 'El director' = Rodrigo Almansa")
R(d, 'quote', S, "El director", "Rodrigo Almansa", T, "respondió", "toda la documentación necesaria",
  "quote fragment nested in the previous reported record")
S = "La portavoz del ayuntamiento, Begoña Lasarte, aseguró que la ciudad «apoya sin reservas» la restitución, aunque admitió que la salida de las piezas dejará vacía la sala 4, la más visitada del museo."
SPK = "La portavoz del ayuntamiento, Begoña Lasarte"; T = "portavoz del ayuntamiento"
R(d, 'reported', S, SPK, "Begoña Lasarte", T, "aseguró", "la ciudad «apoya sin reservas» la restitución")
R(d, 'quote', S, SPK, "Begoña Lasarte", T, "aseguró", "apoya sin reservas", "quote fragment nested in the previous reported record")
R(d, 'reported', S, SPK, "Begoña Lasarte", T, "admitió",
  "la salida de las piezas dejará vacía la sala 4, la más visitada del museo", "admission; same subject as the previous record")
S = "Un vigilante de sala que lleva 30 años en el museo confiesa: «Hay gente que viene solo a ver la máscara del leopardo. Los voy a echar de menos»."
R(d, 'quote', S, "Un vigilante de sala", "Un vigilante de sala", None, "confiesa",
  "Hay gente que viene solo a ver la máscara del leopardo. Los voy a echar de menos",
  "unnamed source; the relative clause is not part of the speaker string; the quote holds two sentences")
S = "Una vecina de 70 años, que visitaba la sala con su nieto, opinó que «ya era hora»."
SPK = "Una vecina de 70 años"
R(d, 'quote', S, SPK, SPK, None, "opinó", "ya era hora", "unnamed source; the quote marks enclose the whole content")
S = "«Yo vine aquí de niña con el colegio y nadie nos explicó de dónde salían estas cosas», recordó."
R(d, 'quote', S, None, SPK, None, "recordó", "Yo vine aquí de niña con el colegio y nadie nos explicó de dónde salían estas cosas",
  "null subject (pro-drop): the unnamed neighbour of the previous sentence")


# ---------------------------------------------------------------- locate
class Stop(Exception):
    pass

def once(hay, needle, what):
    n = hay.count(needle)
    if n != 1:
        raise Stop(f'{what}: {needle!r} occurs {n} times')
    return hay.index(needle)

def locate(raw, s0, sent, spec, what):
    if spec is None:
        return None, None, None
    if isinstance(spec, tuple):
        text, ctx = spec
        c = once(sent, ctx, what + ' context')
        i = c + once(ctx, text, what + ' in context')
    else:
        text = spec
        i = once(sent, text, what)
    start = s0 + i
    end = start + len(text)
    assert raw[start:end] == text
    return text, start, end

def main():
    out = []
    raws = {}
    for n, r in enumerate(RECS, 1):
        doc = r['doc']
        raw = raws.setdefault(doc, open(os.path.join(CORPUS, doc), encoding='utf-8').read())
        try:
            s0 = once(raw, r['sent'], 'sentence')
            sent = r['sent']
            st, ss, se = locate(raw, s0, sent, r['spk'], 'speaker')
            ct, cs, ce = locate(raw, s0, sent, r['cue'], 'cue')
            nt, ns, ne = locate(raw, s0, sent, r['content'], 'content')
        except Stop as e:
            sys.exit(f'record {n} ({doc}): {e}')
        out.append({
            'id': f'g{n:03d}', 'doc': doc, 'kind': r['kind'],
            'speaker_text': st, 'speaker_start': ss, 'speaker_end': se,
            'speaker': r['speaker'], 'speaker_title': r['title'],
            'cue_text': ct, 'cue_start': cs, 'cue_end': ce,
            'content_text': nt, 'content_start': ns, 'content_end': ne,
            'sentence_start': s0, 'sentence_end': s0 + len(sent),
            'language': LANG[doc[:3]], 'notes': r['notes'],
        })
    # text order within each document
    order = [D1, D2, D3, D4, D5, D6]
    for a, b in zip(out, out[1:]):
        if a['doc'] == b['doc'] and (a['sentence_start'], a['content_start']) > (b['sentence_start'], b['content_start']):
            sys.exit(f"not in text order: {a['id']} / {b['id']}")
    assert [o['doc'] for o in out] == sorted((o['doc'] for o in out), key=order.index)
    with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'attributions.jsonl'), 'w', encoding='utf-8') as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + '\n')
    print(len(out), 'records written')

main()
