"""Builds questions.jsonl and checks it (48 lines, unique ids, docs exist, shorts are exact substrings)."""
import json, os, collections
HERE = os.path.dirname(os.path.abspath(__file__))
D = {1: "001_mediatheques-livres-numeriques.txt", 2: "002_grand-vallon-fermeture.txt",
     3: "003_ashcombe-ferry-recount.txt", 4: "004_carrick-moor-wind-farm.txt",
     5: "005_festival-teatro-santa-olaria.txt", 6: "006_lago-arbedo-algas.txt"}
Q = [
 # 001 fr
 (1, "en", "what-said", "What did Hélène Carrasco-Vidal say about the spirit in which the decision was taken?", "Nous n’avons pas pris cette décision de gaieté de cœur"),
 (1, "es", "what-said", "¿Qué opina Bruno Lestage del momento elegido para el recorte?", "au pire moment"),
 (1, "fr", "what-said", "Qu’a promis la vice-présidente chargée de la culture au sujet de la question soulevée par la pétition ?", "remise sur la table"),
 (1, "en", "who-said", "Who fears that the lower funding is a prelude to job cuts?", "Nadia Ferhat"),
 (1, "es", "fact", "¿Cuántas firmas había reunido la petición de Les Amis de la médiathèque el lunes por la noche?", "2 840"),
 (1, "en", "about-article", "Who wrote the article about the Val de Lise e-book budget cut?", "Camille Roussel-Dantec"),
 (1, "es", "near-miss", "¿Qué dijo Sophie Achard sobre los horarios de apertura de las mediatecas?", None),
 (1, "en", "unanswerable", "How many librarians does the Val de Lise library network employ?", None),
 # 002 fr
 (2, "es", "what-said", "¿Cómo describió Tournier el hecho de fabricar nieve a 6 grados?", "Produire de la neige à 6 degrés, ce n'est pas de l'ingénierie, c'est de l'acharnement"),
 (2, "en", "what-said", "What warning did the climatologist give about mid-altitude ski resorts?", "Les stations de moyenne altitude vont devoir se poser la question de leur avenir, et pas dans vingt ans"),
 (2, "es", "what-said", "¿Qué reclama el delegado sindical de los temporeros para sus contratos?", "leurs contrats soient payés jusqu'au terme initial"),
 (2, "en", "who-said", "Who admitted that this winter hurts while insisting that the mountain does not stop with skiing?", "Martine Jacquemoud"),
 (2, "fr", "fact", "Combien de centimètres de neige la sonde du télésiège des Crêts affichait-elle mardi matin ?", "12 centimètres"),
 (2, "es", "fact", "¿Qué descuento tendrán en 2026-2027 quienes compraron el forfait de temporada este invierno?", "30 %"),
 (2, "en", "near-miss", "What did the ski instructor say about compensation for the seasonal workers?", None),
 (2, "es", "unanswerable", "¿Cuántos cañones de nieve tiene la estación de Grand-Vallon?", None),
 # 003 en
 (3, "fr", "what-said", "Qu’a déclaré Denise Okafor-Lind à propos de l’écart de trois voix ?", "Three votes is not a mandate"),
 (3, "es", "what-said", "¿Cómo calificó el alcalde la impugnación de su rival?", "a fishing expedition"),
 (3, "fr", "what-said", "Selon l’avocat de la candidate, que représentent au moins six des bulletins contestés ?", "clear expressions of voter intent"),
 (3, "es", "who-said", "¿Quién dijo que nunca había visto un recuento con tantos observadores?", "A poll volunteer"),
 (3, "fr", "fact", "Combien de bulletins provisoires la campagne d’Okafor-Lind veut-elle faire examiner par le tribunal ?", "27"),
 (3, "en", "about-article", "When was the article about the Ashcombe Ferry recount published?", "12 January 2026"),
 (3, "fr", "near-miss", "Qu’a dit Marjorie Tillman au sujet du coût du recomptage ?", None),
 (3, "es", "unanswerable", "¿Qué porcentaje de participación hubo en las elecciones municipales de Ashcombe Ferry?", None),
 # 004 en
 (4, "es", "what-said", "¿Qué advirtió la concejala Ramsden para el caso de que prospere la apelación?", "if the appeal succeeds, the council would press for a community fund larger than the £420,000 a year Northwold has offered"),
 (4, "fr", "what-said", "Comment Alan Brierley a-t-il décrit la lande de Carrick ?", "one of the last unbroken skylines in the north of the county"),
 (4, "en", "what-said", "What did the inspector remind both sides his job was?", "not to decide whether wind power is a good thing, but whether this is the right place for it"),
 (4, "fr", "who-said", "Qui a affirmé que les collisions avec les pales représentaient un risque réel mais maîtrisable ?", "Dr Helen Marwick"),
 (4, "es", "fact", "¿Para cuántos hogares produciría electricidad el parque eólico de 84 megavatios?", "61,000"),
 (4, "fr", "about-article", "Quand l’article sur l’appel du parc éolien de Carrick Moor a-t-il été publié ?", "19 January 2026"),
 (4, "es", "near-miss", "¿Qué opina el ganadero de ovejas sobre el riesgo de los aerogeneradores para los zarapitos?", None),
 (4, "es", "unanswerable", "¿Cuánto costará construir el parque eólico de Carrick Moor?", None),
 # 005 es
 (5, "en", "what-said", "What did the festival director complain about regarding how the organisers learned of the cut?", "Nos enteramos por el boletín oficial, sin una llamada, sin una reunión"),
 (5, "fr", "what-said", "Qu’a reproché Marta Ibarra à la Diputación ?", "castigar a un municipio incómodo"),
 (5, "fr", "what-said", "Qu’a affirmé le maire de Santa Olaria sur ce que le festival apporte à la ville ?", "Este festival llena los hoteles, llena las terrazas y llena el teatro. Recortarlo es recortar el pueblo"),
 (5, "en", "who-said", "Who warned that crew members will go wherever they are hired if there is still no contract in April?", "Un técnico de iluminación"),
 (5, "fr", "fact", "Combien de spectateurs le festival a-t-il attirés l’an dernier ?", "41.000"),
 (5, "es", "about-article", "¿Quién firma el artículo sobre el recorte al Festival de Teatro de Santa Olaria?", "Lucía Benavente Ortiz"),
 (5, "en", "near-miss", "What did Irene Cuadrado say about the Diputación's funding criteria?", None),
 (5, "fr", "unanswerable", "Quel est le prix moyen d’un billet pour le festival de Santa Olaria ?", None),
 # 006 es
 (6, "en", "what-said", "According to researcher Carmen Villaseñor, what caused the bloom?", "la combinación de tres factores: agua a 29 grados en superficie, casi dos meses sin lluvia y un exceso de nutrientes, sobre todo fósforo"),
 (6, "fr", "what-said", "Qu’a demandé le directeur général de la Santé publique à la population ?", "que no consuma agua de pozos cercanos al lago sin analizarla y que acuda al médico ante síntomas como vómitos, diarrea o irritación de la piel"),
 (6, "en", "what-said", "How did the farm cooperative's president respond to the idea that farmers are to blame?", "Llevamos años reduciendo el abono. Que miren también las depuradoras de las urbanizaciones"),
 (6, "fr", "who-said", "Qui s’est plaint d’avoir alerté à maintes reprises sans que personne ne réagisse ?", "Nerea Goikoetxea"),
 (6, "en", "fact", "What level of microcystin was measured in Lake Arbedo?", "38 microgramos por litro"),
 (6, "en", "fact", "How many dogs died after swimming on the north shore of the lake?", "Dos perros"),
 (6, "fr", "near-miss", "Qu’a dit le pêcheur au sujet des aides promises par la mairie aux commerces ?", None),
 (6, "en", "unanswerable", "What is the surface area of Lake Arbedo in hectares?", None),
]
LANG = {1: "fr", 2: "fr", 3: "en", 4: "en", 5: "es", 6: "es"}
rows = []
for i, (d, lang, kind, q, short) in enumerate(Q, 1):
    rows.append({"id": f"tb{i:02d}", "question": q, "language": lang, "doc": D[d],
                 "answerable": short is not None, "short": short, "kind": kind})
# checks
errors = []
assert len(rows) == 48, len(rows)
assert len({r["id"] for r in rows}) == 48
for r in rows:
    p = os.path.join(HERE, "corpus", r["doc"])
    if not os.path.exists(p):
        errors.append(f"{r['id']}: missing doc"); continue
    raw = open(p, encoding="utf-8").read()
    if r["short"] is not None and r["short"] not in raw:
        errors.append(f"{r['id']}: short not found: {r['short']!r}")
    if r["answerable"] != (r["short"] is not None):
        errors.append(f"{r['id']}: answerable/short mismatch")
per = collections.Counter((r["doc"], r["kind"]) for r in rows)
for d in D.values():
    k = {kk: v for (dd, kk), v in per.items() if dd == d}
    assert k.get("what-said") == 3 and k.get("who-said") == 1 and k.get("near-miss") == 1 and k.get("unanswerable") == 1, (d, k)
    assert k.get("fact", 0) + k.get("about-article", 0) == 2, (d, k)
same = sum(r["language"] == LANG[int(r["doc"][:3])] for r in rows)
print("question languages:", collections.Counter(r["language"] for r in rows), "same-language:", same, f"cross={(48-same)/48:.1%}")
print("kinds:", collections.Counter(r["kind"] for r in rows))
if errors:
    print("\n".join(errors)); raise SystemExit(1)
with open(os.path.join(HERE, "questions.jsonl"), "w", encoding="utf-8") as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
print("OK: 48 questions, ids unique, docs exist, all shorts are exact substrings")
