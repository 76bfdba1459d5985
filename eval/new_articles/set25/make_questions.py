"""Writes questions.jsonl and checks it against corpus/."""
import json, os

D1 = "001_greve-pilotes-air-vallee.txt"
D2 = "002_calder-vale-hospital-merger.txt"
D3 = "003_villarosa-pisos-turisticos.txt"
D4 = "004_fc-montclaret-vente-stade.txt"
D5 = "005_corrigan-ridge-tailings-leak.txt"
D6 = "006_hornos-arrieta-concurso.txt"

Q = [
 # 001 fr
 ("What did Julien Ferrandou say the striking pilots were prepared to do?", "en", D1, "tenir jusqu’aux vacances d’hiver s’il le faut", "what-said"),
 ("¿Qué cifra dio la compañía en su comunicado sobre el coste de cada día de huelga?", "es", D1, "chaque journée de grève coûte environ 380 000 euros", "what-said"),
 ("What warning did the transport economist give about regional routes if there is no public aid?", "en", D1, "deux ou trois lignes pourraient disparaître d’ici 2027", "what-said"),
 ("Qui a affirmé que la direction avait laissé la situation se dégrader depuis l’automne ?", "fr", D1, "Un mécanicien de la compagnie", "who-said"),
 ("¿Cuántos vuelos se han cancelado desde el 29 de enero?", "es", D1, "140", "fact"),
 ("Who wrote the article about the Air Vallée pilots' strike?", "en", D1, "Claire Montbrison", "about-article"),
 ("¿Qué dijo Sophie Radel sobre el salario de los pilotos de Air Vallée?", "es", D1, None, "near-miss"),
 ("How many pilots does Air Vallée employ in total?", "en", D1, None, "unanswerable"),
 # 002 en
 ("Qu’a promis Miriam Achterberg à propos de l’argent économisé grâce à la fusion ?", "fr", D2, "reinvested in front-line staff, not in consultants' reports", "what-said"),
 ("¿Cómo calificó el sindicalista Owen Pryce la votación?", "es", D2, "a stitch-up decided long before tonight", "what-said"),
 ("Selon l’infirmière qui a requis l’anonymat, combien d’infirmières du service ont postulé ailleurs ?", "fr", D2, "four of the department's 22 nurses have applied for jobs elsewhere since Christmas", "what-said"),
 ("¿Quién aseguró que, si el nuevo edificio se retrasa, las urgencias de Harwood seguirán abiertas?", "es", D2, "Tomasz Wilk", "who-said"),
 ("Combien de lits l’hôpital de Harwood conservera-t-il ?", "fr", D2, "120", "fact"),
 ("When was the article on the Calder Vale hospital merger published?", "en", D2, "12 January 2026", "about-article"),
 ("¿Qué opina Leon Hartigan sobre el futuro de la maternidad de Harwood?", "es", D2, None, "near-miss"),
 ("Quels membres du conseil d’administration ont voté contre la fusion ?", "fr", D2, None, "unanswerable"),
 # 003 es
 ("What did Mayor Remedios Quintanar say at the end of the council session?", "en", D3, "No estamos en contra del turismo; estamos a favor de que la gente pueda vivir en su ciudad", "what-said"),
 ("Qu’a reproché Gonzalo Retuerto au gouvernement municipal ?", "fr", D3, "legislar a golpe de titular", "what-said"),
 ("According to Elizalde, under what condition does the ban work?", "en", D3, "funciona si se vigila, y fracasa si se queda en el papel", "what-said"),
 ("Qui a qualifié la décision d’« expropriation déguisée » ?", "fr", D3, "Fermín Aldabe", "who-said"),
 ("How many holiday-rental licences will the ban affect?", "en", D3, "2.312", "fact"),
 ("¿Cuántos inspectores más contratará el ayuntamiento?", "es", D3, "ocho", "fact"),
 ("Qu’a dit Íñigo Salaberri sur le montant des amendes ?", "fr", D3, None, "near-miss"),
 ("How many tourists visited Villarosa del Mar last year?", "en", D3, None, "unanswerable"),
 # 004 fr
 ("¿Qué prometió Patrice Lemaistre sobre las viviendas que se construirán?", "es", D4, "25 % des logements seront sociaux", "what-said"),
 ("How did Besseyre justify the sale of the stadium?", "en", D4, "Ce n'est pas une décision du cœur, c'est une décision de survie", "what-said"),
 ("¿Qué teme el abonado de 63 años de la tribuna Norte que le pase al club?", "es", D4, "perde son âme", "what-said"),
 ("Who said that without the stadium she would have to close?", "en", D4, "Une commerçante", "who-said"),
 ("¿Cuántas viviendas prevé construir Orvanne Développement en el terreno del estadio?", "es", D4, "620", "fact"),
 ("¿Cuándo se publicó el artículo sobre la venta del estadio Léon-Vautrin?", "es", D4, "19 janvier 2026", "about-article"),
 ("¿Qué dijo el alcalde Yves Carrouge sobre el precio de venta del estadio?", "es", D4, None, "near-miss"),
 ("Where did FC Montclaret finish in the league last season?", "en", D4, None, "unanswerable"),
 # 005 en
 ("Qu’a reconnu le PDG de Hallbrook, Gregor Stenhouse, devant les journalistes ?", "fr", D5, "this should never have happened, and we take full responsibility", "what-said"),
 ("Según el minero anónimo, ¿cuántas veces se había avisado a los responsables de las grietas del muro este?", "es", D5, "at least twice", "what-said"),
 ("Que reproche la maire à l’entreprise ?", "fr", D5, "like an afterthought", "what-said"),
 ("¿Quién advirtió que los daños en el río podrían durar años?", "es", D5, "Joanna Whitlock", "who-said"),
 ("De combien l’action de Hallbrook a-t-elle chuté mardi ?", "fr", D5, "14 per cent", "fact"),
 ("Who wrote the report on the Corrigan Ridge tailings leak?", "en", D5, "Daniel Ashgrove", "about-article"),
 ("¿Qué dijo Priya Castellane sobre el número de peces muertos en el río?", "es", D5, None, "near-miss"),
 ("Quel montant d’amende Hallbrook devra-t-il payer pour la fuite ?", "fr", D5, None, "unanswerable"),
 # 006 es
 ("What did Ramiro Arrieta admit about his search for a way out?", "en", D6, "He pasado noches enteras buscando una salida. No la he encontrado a tiempo", "what-said"),
 ("Selon l’administratrice judiciaire, de quoi dépend la survie de la marque ?", "fr", D6, "la continuidad de la marca depende de encontrar un comprador antes del verano", "what-said"),
 ("Qu’a dénoncé la déléguée syndicale Carmen Vidaurre ?", "fr", D6, "Los trabajadores se enteraron de la noticia por la prensa", "what-said"),
 ("Who warned that a hole of that size could drag his own company down too?", "en", D6, "Andrés Zubiri", "who-said"),
 ("¿Cuánto debe en total Hornos Arrieta?", "es", D6, "31,4 millones de euros", "fact"),
 ("Combien de boulangeries compte la chaîne Hornos Arrieta ?", "fr", D6, "86", "fact"),
 ("What did Beatriz Montalvo say about the future of Hornos Arrieta's 640 employees?", "en", D6, None, "near-miss"),
 ("Quel fonds d’investissement devait racheter 40 % du capital ?", "fr", D6, None, "unanswerable"),
]

DOC_LANG = {D1: "fr", D2: "en", D3: "es", D4: "fr", D5: "en", D6: "es"}
errors = []
rows = []
for i, (q, lang, doc, short, kind) in enumerate(Q, 1):
    ans = short is not None
    rows.append({"id": f"t{i:02d}", "question": q, "language": lang, "doc": doc,
                 "answerable": ans, "short": short, "kind": kind})
    path = os.path.join("corpus", doc)
    if not os.path.exists(path):
        errors.append(f"t{i:02d}: missing doc {doc}")
        continue
    raw = open(path, encoding="utf-8").read()
    if ans and short not in raw:
        errors.append(f"t{i:02d}: short not in article: {short!r}")
    if kind in ("near-miss", "unanswerable") and ans:
        errors.append(f"t{i:02d}: {kind} must be unanswerable")

ids = [r["id"] for r in rows]
assert len(ids) == len(set(ids)), "duplicate ids"
assert len(rows) == 48, len(rows)
from collections import Counter
print("question languages:", Counter(r["language"] for r in rows))
print("same-language:", sum(r["language"] == DOC_LANG[r["doc"]] for r in rows))
for d in DOC_LANG:
    print(d, Counter(r["kind"] for r in rows if r["doc"] == d))
if errors:
    print("\n".join(errors)); raise SystemExit(1)
with open("questions.jsonl", "w", encoding="utf-8") as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
print("OK: 48 questions written, all shorts found")
