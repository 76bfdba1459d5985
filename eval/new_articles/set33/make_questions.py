import json, os
D1="001_fuite_ammoniac_lerne.txt"; D2="002_castlebridge_stadium_sale.txt"; D3="003_acuerdo_enfermeras_valdemora.txt"
D4="004_taxe_sejour_port_verac.txt"; D5="005_lowmarsh_missing_painting.txt"; D6="006_sequia_hidroelectrica_albaran.txt"
Q = [
 # 001 (fr)
 ("What did Hélène Marcadier say about the situation after the leak?", "en", D1, True, "La situation est maîtrisée, mais elle n’est pas terminée", "what-said"),
 ("¿Qué reconoció el director de la fábrica sobre la alarma de nivel?", "es", D1, True, "n’a pas donné l’alerte aussi vite qu’elle aurait dû", "what-said"),
 ("What warning did Lesueur give about the dead fish?", "en", D1, True, "les poissons morts ne sont que la partie visible", "what-said"),
 ("¿Quién denunció que la empresa había escatimado en el mantenimiento?", "es", D1, True, "Patrice Olmeta", "who-said"),
 ("Combien de poissons morts avaient été repêchés lundi soir ?", "fr", D1, True, "1 200", "fact"),
 ("Who wrote the article about the ammonia leak at Saint-Aubrac?", "en", D1, True, "Claire Vautrin", "about-article"),
 ("¿Qué dijo Amélie Costevec sobre la responsabilidad de la empresa Valdoris Chimie?", "es", D1, False, None, "near-miss"),
 ("How much money has Valdoris Chimie set aside for the clean-up of the river?", "en", D1, False, None, "unanswerable"),
 # 002 (en)
 ("Qu'a déclaré le président du club, Graham Pellow, à propos de cette journée ?", "fr", D2, True, "This is not the day anyone in this building wanted, but it is the day that keeps the lights on", "what-said"),
 ("¿Qué advirtió Lorraine Haskett sobre un club que ya no es dueño de su estadio?", "es", D2, True, "is one bad season away from being homeless", "what-said"),
 ("Qu'a assuré la dirigeante d'Ardent Crest au sujet d'une éventuelle démolition du stade ?", "fr", D2, True, "no interest in bulldozing a football ground", "what-said"),
 ("¿Quién dijo que sin el club no habría negocio los sábados?", "es", D2, True, "The landlord of the Tollgate Arms", "who-said"),
 ("How much annual rent will Castlebridge Athletic pay for the stadium?", "en", D2, True, "£2.1m", "fact"),
 ("Combien de membres compte l'association de supporters de Castlebridge Athletic ?", "fr", D2, True, "4,100", "fact"),
 ("¿Qué opina Imran Dabeer del alquiler anual que pagará el club?", "es", D2, False, None, "near-miss"),
 ("Combien de spectateurs ont assisté au dernier match disputé à Millfield Road ?", "fr", D2, False, None, "unanswerable"),
 # 003 (es)
 ("What did health minister Marta Ibarrondo admit about the agreement?", "en", D3, True, "no lo resuelve todo", "what-said"),
 ("Comment Jorge Almansa a-t-il qualifié l'accord ?", "fr", D3, True, "victoria de las plantillas", "what-said"),
 ("What accusation did the opposition health spokesman make against the regional government?", "en", D3, True, "comprar la paz social a tres meses de las elecciones", "what-said"),
 ("Qui a affirmé que l'accord laissait de côté sa catégorie professionnelle ?", "fr", D3, True, "Un auxiliar de enfermería con 22 años de servicio", "who-said"),
 ("How much more per month will nurses be paid under the deal?", "en", D3, True, "180 euros al mes", "fact"),
 ("¿Cuándo se publicó la noticia sobre el acuerdo salarial de las enfermeras?", "es", D3, True, "5 de marzo de 2026", "about-article"),
 ("What did Pilar Sanchís say about the strike that had been called for 10 March?", "en", D3, False, None, "near-miss"),
 ("Combien d'infirmières ont voté en faveur de l'accord ?", "fr", D3, False, None, "unanswerable"),
 # 004 (fr)
 ("¿Qué argumentó el alcalde Bernard Quillec sobre quién paga los servicios del municipio?", "es", D4, True, "Ce sont nos habitants qui paient les routes, le nettoyage des plages et les secours en mer", "what-said"),
 ("According to the president of the hoteliers' union, what risk does the tax increase pose for families?", "en", D4, True, "risque de pousser les familles vers les communes voisines", "what-said"),
 ("¿Qué le reprocha Fantin a la mayoría municipal?", "es", D4, True, "découvert les vacanciers le jour où il a fallu payer la digue", "what-said"),
 ("Who complained that they were not going to do the tax office's work for free?", "en", D4, True, "Yannick Tréguer", "who-said"),
 ("¿Cuántas pernoctaciones recibe Port-Vérac al año, según el alcalde?", "es", D4, True, "410 000 nuitées", "fact"),
 ("Quand cet article sur la taxe de séjour à Port-Vérac a-t-il été publié ?", "fr", D4, True, "18 juillet 2026", "about-article"),
 ("¿Qué dijo Loïc Dambrine sobre el recurso ante el tribunal administrativo de Kerlan?", "es", D4, False, None, "near-miss"),
 ("How many councillors voted for the tourist tax increase on 24 June?", "en", D4, False, None, "unanswerable"),
 # 005 (en)
 ("Qu'a déclaré l'inspectrice Rhona Gillespie à propos de l'auteur du vol ?", "fr", D5, True, "Whoever took this painting knew exactly where it was, how it was hung and when the building would be empty", "what-said"),
 ("¿Qué aseguró Fenwick sobre las cámaras averiadas?", "es", D5, True, "scheduled for repair, not abandoned", "what-said"),
 ("Selon Eleanor Marsh-Tobin, que deviennent le plus souvent les tableaux volés de ce type ?", "fr", D5, True, "they end up as collateral in deals between criminal groups", "what-said"),
 ("¿Quién advirtió a los marchantes de que la obra no podía venderse en ningún mercado legítimo?", "es", D5, True, "A spokesman for the insurer", "who-said"),
 ("À quelle heure la disparition du tableau a-t-elle été découverte mardi ?", "fr", D5, True, "7.45am", "fact"),
 ("¿Quién firma el artículo sobre el cuadro desaparecido de la Hallorann Gallery?", "es", D5, True, "Priya Wendell", "about-article"),
 ("Qu'a dit Jonathan Carrow à propos de la récompense de 50 000 livres ?", "fr", D5, False, None, "near-miss"),
 ("¿Quién vendió el cuadro The Salt Harvesters a la Hallorann Gallery?", "es", D5, False, None, "unanswerable"),
 # 006 (es)
 ("What did EDAL's chief executive say about running the turbines during the drought?", "en", D6, True, "No tiene sentido turbinar agua que mañana puede faltar en los grifos", "what-said"),
 ("Qu'a exigé Julián Prats du gouvernement régional ?", "fr", D6, True, "deje de mirar hacia otro lado", "what-said"),
 ("How did the climatologist Ainhoa Beristain describe what is happening in the Albarán basin?", "en", D6, True, "no es una sequía excepcional, sino un anticipo de lo normal", "what-said"),
 ("Qui a déploré que le réservoir se meure pendant que les gens viennent prendre des photos ?", "fr", D6, True, "Serafín Lozoya", "who-said"),
 ("At what percentage of their capacity are the reservoirs of the Albarán basin?", "en", D6, True, "23 %", "fact"),
 ("¿Desde qué fecha está parada la central de Valdecuervos?", "es", D6, True, "14 de agosto", "fact"),
 ("Qu'a dit Carmen Villafañe à propos des irrigants de la vega de Olmedal ?", "fr", D6, False, None, "near-miss"),
 ("How many people live in Peñaturria?", "en", D6, False, None, "unanswerable"),
]
ART_LANG = {D1:"fr",D2:"en",D3:"es",D4:"fr",D5:"en",D6:"es"}
assert len(Q) == 48
errs = []
with open("questions.jsonl", "w", encoding="utf-8") as f:
    for i, (q, lang, doc, ans, short, kind) in enumerate(Q, 1):
        f.write(json.dumps({"id": f"ti{i:02d}", "question": q, "language": lang, "doc": doc,
                            "answerable": ans, "short": short, "kind": kind}, ensure_ascii=False) + "\n")
