"""Write questions.jsonl and check it (shorts are exact substrings, ids unique, docs exist, 48 lines)."""
import json, os, collections
HERE = os.path.dirname(os.path.abspath(__file__))
D1 = "001_dragage-port-saint-aubrac.txt"
D2 = "002_incendie-vignoble-montclaret.txt"
D3 = "003_chess-championship-upset.txt"
D4 = "004_aurora-satellite-launch-delay.txt"
D5 = "005_ola-de-calor-hospitales.txt"
D6 = "006_acuerdo-salarial-docentes.txt"
Q = [
 # 001 (fr)
 ("What did the Vernac prosecutor say about the evidence gathered so far?", "en", D1, "Les éléments recueillis justifient des investigations approfondies sur les conditions de passation de ce marché", "what-said"),
 ("¿Qué aseguró Lavallée sobre la elección de Dragamar?", "es", D1, "le choix de Dragamar reposait sur « la capacité à travailler de nuit sans interrompre le trafic »", "what-said"),
 ("Qu’a réclamé le secrétaire général du syndicat des dockers ?", "fr", D1, "la publication intégrale du contrat et de ses avenants", "what-said"),
 ("Who said that everyone knew the dredging contract smelled bad?", "en", D1, "un pilote du port", "who-said"),
 ("¿Cuántos metros cúbicos de sedimentos se habían retirado a finales de 2025?", "es", D1, "1,27 million de mètres cubes", "fact"),
 ("Who wrote the article about the Saint-Aubrac dredging contract?", "en", D1, "Hélène Marquet", "about-article"),
 ("¿Qué opina Armand Vidal de la suspensión de los pagos restantes a Dragamar?", "es", D1, None, "near-miss"),
 ("What is the name of the former port executive whose home was searched?", "en", D1, None, "unanswerable"),
 # 002 (fr)
 ("How did Colonel Sandrine Aubertin describe the fire?", "en", D2, "un feu d’une violence rare, qui sautait d’une colline à l’autre", "what-said"),
 ("¿Qué prometió el alcalde de Saint-Julien-des-Vignes a los evacuados?", "es", D2, "la commune prendrait en charge les frais d’hébergement « aussi longtemps qu’il le faudra »", "what-said"),
 ("What warning did Météo-Aveyrac give about the fire flaring up again?", "en", D2, "le risque de reprise resterait « très élevé » jusqu’à vendredi", "what-said"),
 ("¿Quién afirmó que los equipos se quedaron sin agua durante casi dos horas?", "es", D2, "Un pompier volontaire", "who-said"),
 ("Combien d’hectares l’incendie a-t-il parcourus ?", "fr", D2, "1 450 hectares", "fact"),
 ("When was the article on the Montclaret wildfire published?", "en", D2, "12 août 2025", "about-article"),
 ("¿Qué dijo el prefecto Didier Rossignol sobre el origen del incendio?", "es", D2, None, "near-miss"),
 ("How many houses were destroyed by the Montclaret fire?", "en", D2, None, "unanswerable"),
 # 003 (en)
 ("Qu’a admis Viktor Haldane après sa défaite ?", "fr", D3, "he had “underestimated how well prepared she was”", "what-said"),
 ("Según Margaret Ostrowski, ¿qué efecto tendrá la victoria de Okafor?", "es", D3, "do more for junior chess than any campaign we could pay for", "what-said"),
 ("¿Qué aseguró el árbitro principal sobre el incidente del teléfono móvil?", "es", D3, "had no influence whatsoever on the result", "what-said"),
 ("Qui a affirmé n’avoir jamais rien vu de tel en 40 ans de championnat ?", "fr", D3, "a retired schoolteacher from Dunmore", "who-said"),
 ("¿En cuántas jugadas ganó Okafor la partida final?", "es", D3, "41 moves", "fact"),
 ("Qui a écrit l’article sur la victoire de Tamsin Okafor ?", "fr", D3, "Martin Ellery", "about-article"),
 ("What did coach Daniel Ferreira-Lowe say about the mobile phone incident?", "en", D3, None, "near-miss"),
 ("¿Cuánto dinero ganó Viktor Haldane por quedar segundo?", "es", D3, None, "unanswerable"),
 # 004 (en)
 ("Qu’a déclaré Helen Marchetti pour justifier le report du lancement ?", "fr", D4, "We would rather lose three months than lose a satellite", "what-said"),
 ("¿Qué negó el director de lanzamiento de Kestrel?", "es", D4, "the company had cut corners to meet the March date", "what-said"),
 ("Selon l’ingénieur de Halden Point, depuis quand les alertes sur les vannes avaient-elles été signalées en interne ?", "fr", D4, "as early as last October", "what-said"),
 ("¿Quién advirtió de que los avisos de tormenta podrían depender de datos extranjeros?", "es", D4, "Lydia Carrow", "who-said"),
 ("Combien a coûté le satellite Aurora-3 ?", "fr", D4, "412 million euros", "fact"),
 ("¿Qué día se detectó el fallo de la válvula?", "es", D4, "19 February", "fact"),
 ("Qu’a dit le ministre Rafael Oduya des alertes internes sur les vannes du sous-traitant ?", "fr", D4, None, "near-miss"),
 ("¿Cómo se llama el subcontratista que suministró las válvulas defectuosas?", "es", D4, None, "unanswerable"),
 # 005 (es)
 ("What did the health councillor Marta Ibarguren admit?", "en", D5, "retrasos en las contrataciones", "what-said"),
 ("Qu’a demandé le chef des urgences, Andrés Collado, à la population ?", "fr", D5, "evite salir entre las 12.00 y las 18.00 y que vigile a los vecinos que viven solos", "what-said"),
 ("What did the nurse who asked not to be identified say about the air conditioning?", "en", D5, "Aquí dentro también hace calor; el aire acondicionado de la tercera planta lleva roto desde junio", "what-said"),
 ("Qui s’est plaint que les entreprises ne donnent même pas une bouteille d’eau aux travailleurs ?", "fr", D5, "Un repartidor", "who-said"),
 ("What was the highest temperature recorded at Valdecina airport?", "en", D5, "44,3 grados", "fact"),
 ("¿Cuántos refugios climáticos abrió el ayuntamiento de Valdecina?", "es", D5, "23 refugios climáticos", "fact"),
 ("Qu’a dit le maire Ramón Esteller du manque d’infirmières dans les hôpitaux ?", "fr", D5, None, "near-miss"),
 ("How many heat-related deaths were recorded in the province in August 2022?", "en", D5, None, "unanswerable"),
 # 006 (es)
 ("Qu’a reproché Iker Zubiaurre aux autres syndicats ?", "fr", D6, "haber aceptado una subida que «no compensa ni la mitad de la inflación acumulada desde 2022»", "what-said"),
 ("How did Joaquín Berrocal describe the agreement after signing it?", "en", D6, "Es el mayor avance salarial para el profesorado en quince años", "what-said"),
 ("Qu’a reconnu la secrétaire générale de l’UDE à propos de l’accord ?", "fr", D6, "No es todo lo que pedíamos", "what-said"),
 ("Who accused the regional government of buying social peace six months before the elections?", "en", D6, "Esteban Quirós", "who-said"),
 ("À combien s’élève le coût total de l’accord salarial ?", "fr", D6, "148 millones de euros", "fact"),
 ("¿Quién firma la noticia sobre el acuerdo salarial docente?", "es", D6, "Tomás Villaverde", "about-article"),
 ("What did Rocío Llamas say about the strike called for 19 March?", "en", D6, None, "near-miss"),
 ("Combien d’enseignants ont participé aux journées de grève ?", "fr", D6, None, "unanswerable"),
]
rows = []
for i, (q, lang, doc, short, kind) in enumerate(Q, 1):
    rows.append({"id": f"i{i:02d}", "question": q, "language": lang, "doc": doc,
                 "answerable": short is not None, "short": short, "kind": kind})
errors = []
assert len(rows) == 48, len(rows)
assert len({r["id"] for r in rows}) == 48
docs_lang = {D1: "fr", D2: "fr", D3: "en", D4: "en", D5: "es", D6: "es"}
for r in rows:
    path = os.path.join(HERE, "corpus", r["doc"])
    if not os.path.exists(path):
        errors.append(f"{r['id']}: missing doc"); continue
    raw = open(path, encoding="utf-8").read()
    if r["short"] is not None and r["short"] not in raw:
        errors.append(f"{r['id']}: short not in article: {r['short']!r}")
    if r["kind"] in ("near-miss", "unanswerable") and (r["answerable"] or r["short"] is not None):
        errors.append(f"{r['id']}: unanswerable kind with short")
per_doc = collections.defaultdict(collections.Counter)
for r in rows: per_doc[r["doc"]][r["kind"]] += 1
for d, c in sorted(per_doc.items()): print(d, dict(c))
print("question languages", collections.Counter(r["language"] for r in rows))
same = sum(r["language"] == docs_lang[r["doc"]] for r in rows)
print(f"same-language {same}/48, cross-language {48-same}/48 = {100*(48-same)/48:.1f}%")
if errors:
    print("\n".join(errors)); raise SystemExit(1)
with open(os.path.join(HERE, "questions.jsonl"), "w", encoding="utf-8") as f:
    for r in rows: f.write(json.dumps(r, ensure_ascii=False) + "\n")
# re-read check
lines = open(os.path.join(HERE, "questions.jsonl"), encoding="utf-8").read().splitlines()
assert len(lines) == 48
for l in lines:
    o = json.loads(l)
    assert list(o) == ["id", "question", "language", "doc", "answerable", "short", "kind"]
print("OK: 48 lines, ids unique, docs exist, all shorts are exact substrings")
