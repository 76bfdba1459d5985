import json, os
D = {1: "001_trevanec-ferry.txt", 2: "002_westmarsh-teachers.txt", 3: "003_incendio-cala-serena.txt",
     4: "004_maxivert-tomme.txt", 5: "005_valmora-doping.txt", 6: "006_cochera-castrelo.txt"}
Q = [
 (1, "en", "what-said", "What did Hélène Quéméner say the repair of the Enez Glas would cost?", "au bas mot 2,3 millions d’euros"),
 (1, "es", "what-said", "¿Cómo describió el alcalde de Trévanec la decisión de la naviera?", "C’est une condamnation à l’isolement"),
 (1, "fr", "what-said", "Selon Pascal Derrien, sur quoi repose le modèle insulaire ?", "une fiction, celle d’un hiver que l’été suffirait à financer"),
 (1, "en", "who-said", "Who claimed that the ferry company is quietly getting ready to sell the Roz Avel?", "Gwenaël Tanguy"),
 (1, "es", "fact", "¿Cuántos habitantes viven todo el año en la isla de Trévanec?", "1 180"),
 (1, "en", "about-article", "Who wrote the article about ATL cutting its winter crossings to Trévanec?", "Solenn Kerhervé"),
 (1, "es", "near-miss", "¿Qué opina Marie-Annick Corre del precio del billete de ida y vuelta a la isla?", None),
 (1, "en", "unanswerable", "How many passengers did ATL carry to Trévanec last winter?", None),

 (2, "fr", "what-said", "Qu'a reconnu le conseiller Martin Gaskell dans son entretien de vendredi ?", "Nobody goes into local politics wanting to close a school"),
 (2, "es", "what-said", "¿Qué advirtió el investigador Owen Birtles sobre los cierres de escuelas?", "closures rarely deliver the savings promised"),
 (2, "en", "what-said", "How did the supply teacher describe staff morale?", "the lowest I have seen in twenty years"),
 (2, "fr", "who-said", "Qui a affirmé qu'un enfant de six ans ne devrait pas passer une heure dans un bus pour apprendre à lire ?", "Rachel Tennant"),
 (2, "es", "fact", "¿Cuántos alumnos tienen en total las nueve escuelas amenazadas de cierre?", "612"),
 (2, "fr", "about-article", "Quand l'article sur la manifestation des enseignants de Westmarsh a-t-il été publié ?", "21 January 2026"),
 (2, "es", "near-miss", "¿Qué dijo Priya Sandhu sobre la huelga de un día que prepara el sindicato?", None),
 (2, "fr", "unanswerable", "Combien d'enseignants perdraient leur poste si les neuf écoles fermaient ?", None),

 (3, "en", "what-said", "What warning did the mayor, Ramón Ezquerra, give the evacuees?", "Nadie va a volver a su casa hasta que los técnicos lo autoricen, por mucho que insistan"),
 (3, "fr", "what-said", "Qu'a dénoncé le pompier forestier qui a demandé à ne pas être identifié ?", "la brigada de Tobarrón trabajaba este verano con cinco efectivos menos de los previstos"),
 (3, "fr", "what-said", "Comment le gérant du camping Las Dunas a-t-il qualifié l'évacuation ?", "ordenada, pero tardía"),
 (3, "en", "who-said", "Who insisted that the forest crews were at full summer strength?", "La Consejería de Medio Ambiente"),
 (3, "fr", "fact", "Combien d'hectares l'incendie de la sierra de Tobarrón a-t-il brûlé ?", "1.340"),
 (3, "es", "about-article", "¿Quién firma la crónica sobre el incendio de Cala Serena?", "Lucía Ferrándiz Olmo"),
 (3, "en", "near-miss", "What did Inés Cabrales Nieto say about the homes damaged by the fire?", None),
 (3, "fr", "unanswerable", "Quelle est l'origine de l'incendie de la sierra de Tobarrón ?", None),

 (4, "en", "what-said", "What did Maxivert's quality director admit about three of its stores?", "des tommes avaient pu rester en vente « quelques heures de trop » dans trois magasins de la périphérie de Montgaillard"),
 (4, "es", "what-said", "¿Qué contó la cajera sobre la hora a la que llegaron las instrucciones de retirada?", "samedi midi, pas vendredi soir"),
 (4, "en", "what-said", "According to Dr Ferhat, how long after eating the cheese can listeriosis appear?", "jusqu'à huit semaines"),
 (4, "es", "who-said", "¿Quién anunció que se presentará una denuncia en los próximos días?", "Sophie Arnal"),
 (4, "en", "fact", "How many Maxivert stores sold the recalled tomme?", "212"),
 (4, "es", "fact", "¿Qué números de lote llevan los quesos retirados?", "24-117 à 24-131"),
 (4, "en", "near-miss", "What did Bernard Sauvat say about compensating the people who were hospitalised?", None),
 (4, "es", "unanswerable", "¿Cuánto le costará a Maxivert la retirada de los quesos?", None),

 (5, "fr", "what-said", "Qu'a déclaré Van Loon sur l'avenir de Rennard dans l'équipe si le contrôle est confirmé ?", "If this is confirmed, he will never ride for us again. Never"),
 (5, "es", "what-said", "¿Qué sugirió la abogada de Rennard para explicar el resultado?", "a contaminated supplement could explain the result"),
 (5, "es", "what-said", "¿Qué dijo Emilio Sartorelli sobre cómo se sentía tras el caso?", "robbed of a moment that will never come back"),
 (5, "fr", "who-said", "Qui a affirmé que des coureurs parlaient de l'hémoxaline dans le bus depuis le printemps ?", "A soigneur from a rival team"),
 (5, "en", "fact", "On what date is the analysis of Rennard's B sample scheduled?", "2 July"),
 (5, "es", "fact", "¿Con cuántos segundos de ventaja sobre el grupo de favoritos ganó Rennard la tercera etapa?", "38 seconds"),
 (5, "fr", "near-miss", "Que pense Emilio Sartorelli de l'hypothèse d'un complément alimentaire contaminé ?", None),
 (5, "es", "unanswerable", "¿Qué equipo ganó la clasificación por equipos de la Valmora Classic?", None),

 (6, "fr", "what-said", "Qu'a promis la maire de Castrelo à la fin de la séance ?", "estará licitado antes de que acabe el año"),
 (6, "en", "what-said", "According to councillor Jorge Balaguer, what would the city lose without the new depot?", "sin la nueva cochera la ciudad perdería una subvención europea de 9,2 millones de euros ligada a la compra de los vehículos"),
 (6, "fr", "what-said", "De quoi la porte-parole de Vecinos por Castrelo a-t-elle accusé l'équipe municipale ?", "de haber elegido el terreno “a espaldas de los vecinos” y de ocultar un informe técnico sobre el riesgo de inundación de la parcela"),
 (6, "en", "who-said", "Who complained that nobody had asked the residents for their opinion?", "Una vecina de 70 años"),
 (6, "fr", "fact", "Combien de voix ont été exprimées en faveur du nouveau dépôt de bus ?", "14 votos a favor"),
 (6, "es", "about-article", "¿Cuándo se publicó la noticia sobre la votación de la cochera?", "5 de marzo de 2026"),
 (6, "en", "near-miss", "What did Rubén Lastra say about the flood risk at the Las Eras site?", None),
 (6, "fr", "unanswerable", "Quelle entreprise construira le nouveau dépôt de bus ?", None),
]
out = []
for i, (d, lang, kind, q, short) in enumerate(Q, 1):
    out.append({"id": f"tg{i:02d}", "question": q, "language": lang, "doc": D[d],
                "answerable": short is not None, "short": short, "kind": kind})
with open("questions.jsonl", "w", encoding="utf-8") as f:
    for o in out:
        f.write(json.dumps(o, ensure_ascii=False) + "\n")
