"""Write questions.jsonl and check it (shorts are exact substrings, ids unique, docs exist, 48 lines)."""
import json, os, collections

D1 = "001_faillite_cooperative_laitiere.txt"
D2 = "002_rural_teacher_shortage.txt"
D3 = "003_vertido_quimico_rio_albarda.txt"
D4 = "004_port_lazare_locations_courtes.txt"
D5 = "005_estacion_pena_cervera_cierra.txt"
D6 = "006_estmark_coach_vossberg_sacked.txt"
NB = "\u00a0"

Q = [
 # 001 (fr)
 ("What did Gérard Loubière admit the cooperative's board had been slow to do?", "en", D1, "tardé à regarder les chiffres en face", "what-said"),
 ("¿Qué prometió la directora de compras de Ferrand Lait sobre la leche de los demás productores?", "es", D1, "collecté au moins jusqu’à la fin du mois de mars", "what-said"),
 ("Según el economista Yannick Trébuchet, ¿por qué lo tienen difícil las pequeñas cooperativas?", "es", D1, "n’ont plus la taille critique pour négocier avec la grande distribution", "what-said"),
 ("Qui affirme que les dirigeants étaient au courant des difficultés financières dès l’été ?", "fr", D1, "Une salariée de l’usine", "who-said"),
 ("How many employees work at the cooperative's packaging plant in Rochebrune?", "en", D1, "118", "fact"),
 ("¿Quién firma el artículo sobre la liquidación de la cooperativa Val-Brenne?", "es", D1, "Hélène Marchadier", "about-article"),
 ("What did the mayor, Paul-Henri Dauzat, say about Ferrand Lait's partial takeover offer?", "en", D1, None, "near-miss"),
 ("¿Qué precio por litro pagaba la cooperativa Val-Brenne a los ganaderos?", "es", D1, None, "unanswerable"),
 # 002 (en)
 ("Comment Priya Halvorsen a-t-elle qualifié le salaire de départ de 41 200 dollars ?", "fr", D2, "about eight thousand dollars short of what the city districts pay", "what-said"),
 ("¿Qué advirtió la dirigente sindical de los docentes de Marrowfield que haría su asociación?", "es", D2, "the association would consider industrial action in the spring if the district did not reopen salary talks by 15 March", "what-said"),
 ("Qu'a promis le député Alan Drummond ?", "fr", D2, "to table a bill offering subsidised housing to teachers in villages with fewer than 2,000 residents", "what-said"),
 ("¿Quién se quejó de que su hijo ha tenido cinco profesores de matemáticas distintos desde septiembre?", "es", D2, "a mother of three", "who-said"),
 ("Combien de postes le district a-t-il mis au concours depuis septembre ?", "fr", D2, "74", "fact"),
 ("When was the article about Marrowfield County's empty teaching posts published?", "en", D2, "12 January 2026", "about-article"),
 ("¿Qué opina Tom Beckwith de las ayudas de retención rural anunciadas por el departamento de educación?", "es", D2, None, "near-miss"),
 ("Combien d'élèves compte au total le district scolaire du comté de Marrowfield ?", "fr", D2, None, "unanswerable"),
 # 003 (es)
 ("What did Quimisur's spokesperson Marta Iriondo insist about the emergency call?", "en", D3, "Llamamos al 112 a las 3.52, doce minutos después de la alarma", "what-said"),
 ("Qu'a promis le conseiller à l'Environnement au sujet du coût du nettoyage ?", "fr", D3, "pagará hasta el último euro", "what-said"),
 ("According to the plant worker who asked not to be identified, what had the operators been doing for weeks?", "en", D3, "los operarios llevaban «semanas» avisando de pérdidas en ese depósito", "what-said"),
 ("Qui a déploré n'avoir jamais rien vu de pareil en quarante ans de pêche au même endroit ?", "fr", D3, "un pescador jubilado", "who-said"),
 ("What pH did the river fall to at the Los Molinos checkpoint?", "en", D3, "3,1", "fact"),
 ("¿En qué fecha se publicó la noticia del vertido en el río Albarda?", "es", D3, "5 de marzo de 2026", "about-article"),
 ("Qu'a déclaré le maire Ramón Ezquerra à propos de l'amende que risque Quimisur ?", "fr", D3, None, "near-miss"),
 ("Which company supplied the valve that failed at the Quimisur plant?", "en", D3, None, "unanswerable"),
 # 004 (fr)
 ("¿Qué anunció Frédéric Combaz tras la votación?", "es", D4, "il déposerait un recours devant le tribunal administratif", "what-said"),
 ("What warning did the lawyer Julien Parmentier give about the ban?", "en", D4, "Une interdiction générale, sans zonage fin ni indemnisation, a de bonnes chances d'être censurée", "what-said"),
 ("¿Cómo describió la presidenta de Loueurs du littoral a muchos de sus asociados?", "es", D4, "Beaucoup de nos adhérents sont des retraités qui louent un deux-pièces pour compléter une petite pension", "what-said"),
 ("Qui a affirmé que la municipalité sacrifiait le tourisme au nom d'une idéologie ?", "fr", D4, "Frédéric Combaz", "who-said"),
 ("What fine per dwelling will owners who break the new rule face?", "en", D4, "25" + NB + "000 euros", "fact"),
 ("¿Cuántos votos a favor obtuvo la prohibición en el consejo municipal de Port-Lazare?", "es", D4, "27", "fact"),
 ("What did the Séjourly platform say about the number of inspectors the city will use?", "en", D4, None, "near-miss"),
 ("¿Cuántos turistas visitan Port-Lazare cada año?", "es", D4, None, "unanswerable"),
 # 005 (es)
 ("What did the climatologist Elena Robles warn about resorts below 2,000 metres?", "en", D5, "Las estaciones por debajo de los 2.000 metros tienen que dejar de planificar como si fuera 1985", "what-said"),
 ("Qu'a admis Ignacio Ybarra sur la capacité de la société à tenir le coup ?", "fr", D5, "la sociedad “no aguantaría” un tercer invierno en blanco", "what-said"),
 ("Que reproche Otamendi à la direction de la station ?", "fr", D5, "mirado hacia otro lado", "what-said"),
 ("Who said she had to refund 9,000 euros in deposits for bookings over the Epiphany holiday?", "en", D5, "la propietaria de un hostal de la calle", "who-said"),
 ("Combien de travailleurs saisonniers perdent leur emploi avec la fermeture ?", "fr", D5, "142", "fact"),
 ("In what year was the Peña Cervera ski resort opened?", "en", D5, "1972", "fact"),
 ("Qu'a dit la maire Sara Lezcano à propos de la reconversion de la station en parc de montagne ?", "fr", D5, None, "near-miss"),
 ("How much does a day ski pass cost at Peña Cervera?", "en", D5, None, "unanswerable"),
 # 006 (en)
 ("¿Qué dijo Whitfield sobre la posibilidad de esperar hasta junio?", "es", D6, "Waiting until June would have been cowardly.", "what-said"),
 ("Selon le membre du conseil qui a requis l'anonymat, comment s'est déroulé le vote ?", "fr", D6, "anything but unanimous", "what-said"),
 ("¿Qué pidió la ministra de Deportes a la federación?", "es", D6, "choose the next coach with more care than the last one.", "what-said"),
 ("Qui a jugé que le sélectionneur n'avait jamais trouvé de système de jeu ?", "fr", D6, "Oskar Lindqvist", "who-said"),
 ("¿Por qué resultado perdió Estmark en casa contra Kalvania?", "es", D6, "3-0", "fact"),
 ("Who wrote the report on Henrik Vossberg's dismissal?", "en", D6, "Rebecca Thornquist", "about-article"),
 ("Qu'a dit le capitaine Lukas Brandt de l'entraîneur adjoint Per Aaltonen ?", "fr", D6, None, "near-miss"),
 ("¿Quién será el próximo seleccionador de Estmark?", "es", D6, None, "unanswerable"),
]

LANG = {D1: "fr", D2: "en", D3: "es", D4: "fr", D5: "es", D6: "en"}
rows = []
for i, (q, lang, doc, short, kind) in enumerate(Q, 1):
    rows.append({"id": f"tf{i:02d}", "question": q, "language": lang, "doc": doc,
                 "answerable": short is not None, "short": short, "kind": kind})

errors = []
assert len(rows) == 48, len(rows)
assert len({r["id"] for r in rows}) == 48
for r in rows:
    path = os.path.join("corpus", r["doc"])
    if not os.path.exists(path):
        errors.append(f"{r['id']}: missing doc {r['doc']}"); continue
    raw = open(path, encoding="utf-8").read()
    if r["short"] is not None and r["short"] not in raw:
        errors.append(f"{r['id']}: short not found: {r['short']!r}")
    if (r["kind"] in ("near-miss", "unanswerable")) != (not r["answerable"]):
        errors.append(f"{r['id']}: answerable/kind mismatch")
if errors:
    print("\n".join(errors)); raise SystemExit(1)

with open("questions.jsonl", "w", encoding="utf-8") as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")

# summaries
per_doc = collections.Counter((r["doc"], r["kind"]) for r in rows)
for d in LANG:
    print(d, {k: per_doc[(d, k)] for k in ["what-said", "who-said", "fact", "about-article", "near-miss", "unanswerable"]})
print("question languages", collections.Counter(r["language"] for r in rows))
same = sum(r["language"] == LANG[r["doc"]] for r in rows)
print(f"same-language {same}/48, cross-language {48-same}/48 = {(48-same)/48:.1%}")
n = sum(1 for _ in open("questions.jsonl", encoding="utf-8"))
print("lines", n, "OK")
