import json, os, collections
HERE = os.path.dirname(os.path.abspath(__file__))
D1 = "001_fermeture_usine_vernaud.txt"; D2 = "002_demission_chef_orchestre.txt"
D3 = "003_eskel_bridge_reopens.txt"; D4 = "004_port_hallam_free_transit.txt"
D5 = "005_brecha_datos_oficina_tributaria.txt"; D6 = "006_caso_dopaje_vuelta_orbaneja.txt"
Q = [
 # 001 (fr article)
 ("What did Hélène Corbière say about the options the group had studied before deciding to close the plant?", "en", D1, "Nous avons étudié toutes les options, y compris une reprise par un sous-traitant, mais aucune n’était viable", "what-said"),
 ("¿Qué prometió la directora general a los empleados con más de veinte años de antigüedad?", "es", D1, "une prime de départ « d’au moins dix-huit mois de salaire »", "what-said"),
 ("What did the union secretary accuse Vernaud-Pharma of doing to the plant?", "en", D1, "d’avoir « organisé le déclin » de l’usine en transférant depuis 2022 une partie de la production vers une filiale à l’étranger", "what-said"),
 ("¿Quién dijo que, si la fábrica cierra, su propio negocio también cerrará?", "es", D1, "Un commerçant de la place du Marché", "who-said"),
 ("Combien de postes de reclassement sont proposés sur le site de Montclar-les-Bains ?", "fr", D1, "140", "fact"),
 ("Who wrote the article about the closure of the Saint-Aubin-sur-Lisle plant?", "en", D1, "Élodie Garnier", "about-article"),
 ("¿Qué dijo Claire Vasseur sobre la huelga convocada por el sindicato UTC?", "es", D1, None, "near-miss"),
 ("By how much did Vernaud-Pharma's share price fall after the closure was announced?", "en", D1, None, "unanswerable"),
 # 002 (fr article)
 ("How did Matthias Oberlin describe the budget cuts in his resignation letter?", "en", D2, "des coupes budgétaires qui rendent impossible tout projet artistique sérieux", "what-said"),
 ("¿Qué opina el presidente del consejo de administración de la marcha del director?", "es", D2, "Nous avons perdu un grand chef, c'est vrai. Mais personne n'est au-dessus des comptes", "what-said"),
 ("Según Royer, ¿qué ha conseguido Oberlin con esta orquesta de provincias?", "es", D2, "Oberlin a fait de cet ensemble de province un orchestre qu'on invite à l'étranger", "what-said"),
 ("Who claimed that two other soloists are considering leaving the orchestra by the autumn?", "en", D2, "Un premier violon", "who-said"),
 ("¿A cuánto se redujo el presupuesto de la orquesta en 2025?", "es", D2, "14,8 millions d'euros", "fact"),
 ("Quand l'article sur la démission de Matthias Oberlin a-t-il été publié ?", "fr", D2, "14 janvier 2026", "about-article"),
 ("What did Nadia Chérif say about who should succeed Oberlin as principal conductor?", "en", D2, None, "near-miss"),
 ("¿Cuánto cobraba Matthias Oberlin como director principal de la orquesta?", "es", D2, None, "unanswerable"),
 # 003 (en article)
 ("Qu'a déclaré la ministre des Transports au sujet de sa promesse d'ouvrir le pont avant la fin de l'hiver ?", "fr", D3, "We promised it would be open before the end of winter, and we kept that promise.", "what-said"),
 ("¿Qué advirtió la alcaldesa Agnes Thorvald sobre los comercios locales?", "es", D3, "some would not recover", "what-said"),
 ("Selon l'ingénieur en chef, jusqu'à quand la limite de 44 tonnes restera-t-elle en vigueur ?", "fr", D3, "until we have a full year of sensor data", "what-said"),
 ("¿Quién pidió una investigación independiente sobre la inspección de 2019?", "es", D3, "Ruth Abernathy", "who-said"),
 ("Combien ont coûté les réparations du pont d'Eskel ?", "fr", D3, "38.5 million euros", "fact"),
 ("Who is the author of the article on the reopening of the Eskel Bridge?", "en", D3, "Owen Marchetti", "about-article"),
 ("Qu'a dit Marcus Feeney au sujet des contrôles douaniers ouverts 24 heures sur 24 ?", "fr", D3, None, "near-miss"),
 ("¿Cuántos camiones cruzaron el puente durante su primera semana de funcionamiento?", "es", D3, None, "unanswerable"),
 # 004 (en article)
 ("Comment la conseillère Meera Castell a-t-elle qualifié l'essai de gratuité ?", "fr", D4, "an expensive advertisement for the mayor", "what-said"),
 ("¿Qué advirtió la economista Leonie Farrow sobre los billetes gratuitos?", "es", D4, "free fares mostly attract people who would otherwise walk or cycle, not drivers", "what-said"),
 ("¿Qué reconoció Obi sobre la primera mañana del ensayo?", "es", D4, "the first morning had been \"tighter than we would like\" on lines 2 and 7", "what-said"),
 ("Qui a affirmé que la gratuité lui ferait économiser environ 60 euros par mois ?", "fr", D4, "A 19-year-old nursing student", "who-said"),
 ("Jusqu'à quelle date l'essai de transports gratuits doit-il durer ?", "fr", D4, "31 July", "fact"),
 ("¿Cuánto costará el ensayo según las estimaciones?", "es", D4, "21 million euros", "fact"),
 ("Qu'a dit Gavin Pryce à propos du service ferroviaire régional ?", "fr", D4, None, "near-miss"),
 ("¿Cuántos pasajeros usaron el tranvía el primer día del ensayo?", "es", D4, None, "unanswerable"),
 # 005 (es article)
 ("What did Marta Echevarren say when she denied that a ransom had been paid?", "en", D5, "Ni un euro. Esa puerta está cerrada", "what-said"),
 ("Selon Julián Bermejo, pourquoi chaque jour de retard dans l'alerte est-il dangereux ?", "fr", D5, "Cada día que pasa sin avisar es un día más en que alguien puede usar esos datos para suplantar tu identidad", "what-said"),
 ("What did the provincial government spokesman claim about investment in the office's systems?", "en", D5, "la inversión en sistemas «ha crecido cada año»", "what-said"),
 ("Qui a déclaré que quatre personnes devaient entretenir 60 serveurs ?", "fr", D5, "Un funcionario de la oficina", "who-said"),
 ("How many taxpayers had their data exposed in the cyberattack?", "en", D5, "186.000", "fact"),
 ("¿Qué día se detectó la intrusión en los sistemas de la oficina?", "es", D5, "9 de enero", "fact"),
 ("Qu'a dit Rocío Salvatierra au sujet d'une éventuelle démission de Marta Echevarren ?", "fr", D5, None, "near-miss"),
 ("Who carried out the cyberattack on the Valdearenas tax office?", "en", D5, None, "unanswerable"),
 # 006 (es article)
 ("What did Iker Zubeldia write on social media after the announcement?", "en", D6, "Nunca he tomado nada prohibido. Nunca", "what-said"),
 ("Qu'affirme l'avocate Begoña Larrañeta à propos de la chaîne de traçabilité de l'échantillon ?", "fr", D6, "la cadena de custodia de la muestra “tiene agujeros”", "what-said"),
 ("How did the race director sum up why the rider was caught?", "en", D6, "Si lo hemos pillado es porque buscamos", "what-said"),
 ("Qui a averti que Zubeldia serait le premier à partir si le contrôle positif était confirmé ?", "fr", D6, "Fermín Olaizola", "who-said"),
 ("How long is the suspension imposed on Zubeldia?", "en", D6, "cuatro años", "fact"),
 ("¿Quién firma la crónica sobre el caso Zubeldia?", "es", D6, "Sergio Valcárcel", "about-article"),
 ("Qu'a déclaré Álvaro Miñambres au sujet de l'avocate de Zubeldia ?", "fr", D6, None, "near-miss"),
 ("What level of EPO was found in Zubeldia's sample?", "en", D6, None, "unanswerable"),
]
rows = []
for i, (q, lang, doc, short, kind) in enumerate(Q, 1):
    rows.append({"id": f"tc{i:02d}", "question": q, "language": lang, "doc": doc,
                 "answerable": short is not None, "short": short, "kind": kind})
with open(os.path.join(HERE, "questions.jsonl"), "w", encoding="utf-8") as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")

# ---- checks
errs = []
lines = open(os.path.join(HERE, "questions.jsonl"), encoding="utf-8").read().splitlines()
rows = [json.loads(l) for l in lines]
if len(rows) != 48: errs.append(f"{len(rows)} lines")
if len({r["id"] for r in rows}) != len(rows): errs.append("duplicate ids")
KEYS = ["id", "question", "language", "doc", "answerable", "short", "kind"]
ART = {"001": "fr", "002": "fr", "003": "en", "004": "en", "005": "es", "006": "es"}
for r in rows:
    if list(r) != KEYS: errs.append(f"{r['id']} keys")
    p = os.path.join(HERE, "corpus", r["doc"])
    if not os.path.exists(p): errs.append(f"{r['id']} doc missing"); continue
    raw = open(p, encoding="utf-8").read()
    if r["answerable"]:
        if not r["short"] or r["short"] not in raw: errs.append(f"{r['id']} short not in article: {r['short']!r}")
    elif r["short"] is not None: errs.append(f"{r['id']} unanswerable with short")
    if r["kind"] in ("near-miss", "unanswerable") and r["answerable"]: errs.append(f"{r['id']} kind/answerable")
print("\n".join(errs) if errs else "questions: all checks passed")
per = collections.Counter((r["doc"][:3], r["kind"]) for r in rows)
for d in sorted({r["doc"][:3] for r in rows}):
    print(d, {k: per[(d, k)] for k in ["what-said", "who-said", "fact", "about-article", "near-miss", "unanswerable"]})
print("question languages:", collections.Counter(r["language"] for r in rows))
same = sum(r["language"] == ART[r["doc"][:3]] for r in rows)
print(f"same language as article: {same}/48 ({100*same/48:.1f} %), cross-language {48-same}/48 ({100*(48-same)/48:.1f} %)")
