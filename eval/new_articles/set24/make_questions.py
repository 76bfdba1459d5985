"""Write questions.jsonl (48 questions, ids o01-o48) and check them against corpus/."""
import json, os, collections

D1 = "001_quotas-merlu-port-kerval.txt"
D2 = "002_hartwell-branch-closures.txt"
D3 = "003_fibra-rural-valdemora.txt"
D4 = "004_voltrane-arena-naming-deal.txt"
D5 = "005_sequia-almedina-cortes.txt"
D6 = "006_tram-t3-valbrune.txt"

Q = [
 # 001 (fr): fr1 en4 es3
 ("How did Gwenaël Kerbrat describe the agreement as he left the negotiating room?", "en", D1, "C’est un répit, pas une victoire", "what-said"),
 ("¿Qué advirtió la bióloga Claire Amandou sobre el futuro de la pesquería de merluza?", "es", D1, "Nous avions recommandé une baisse de 22 %. Avec 9 %, on prend le risque de devoir fermer complètement la pêcherie en 2028", "what-said"),
 ("Qu’a promis la ministre déléguée à la Mer aux armateurs ?", "fr", D1, "une enveloppe de 6,5 millions d’euros pour indemniser les armateurs les plus touchés", "what-said"),
 ("Who threatened to blockade the port of Lorvannec if the compensation payments were late?", "en", D1, "Loïc Tanguy-Morvan", "who-said"),
 ("¿Qué cuota de merluza se acordó para 2026?", "es", D1, "18 400 tonnes", "fact"),
 ("Who wrote the article about the hake quota deal reached in Lorvannec?", "en", D1, "Maëlle Quéré", "about-article"),
 ("¿Qué dijo Sindre Holmvik sobre la ayuda de 6,5 millones de euros para los armadores?", "es", D1, None, "near-miss"),
 ("What price per kilo did hake fetch at the Port-Kerval fish auction last year?", "en", D1, None, "unanswerable"),
 # 002 (en): fr4 en1 es3
 ("Qu’a promis Elena Marsh aux habitants des villes touchées par les fermetures ?", "fr", D2, "nine mobile banking vans would visit the affected towns at least once a week from April", "what-said"),
 ("¿Cómo describió Bannerjee-Holt la furgoneta bancaria semanal?", "es", D2, "a sticking plaster on a broken leg", "what-said"),
 ("De quoi le secrétaire général du syndicat Finance Workers’ Union a-t-il accusé la banque ?", "fr", D2, "managing decline while paying record dividends", "what-said"),
 ("¿Quién se quejó de haberse enterado del plan por un comunicado de prensa, como todo el mundo?", "es", D2, "Graham Ottley", "who-said"),
 ("How many jobs are put at risk by Hartwell Bank’s branch closures?", "en", D2, "620 jobs", "fact"),
 ("Quand l’article sur les fermetures d’agences de Hartwell Bank a-t-il été publié ?", "fr", D2, "20 January 2026", "about-article"),
 ("¿Qué reprochó Marcus Pellow al sindicato que prepara una huelga?", "es", D2, None, "near-miss"),
 ("Combien de salariés Hartwell Bank emploie-t-elle au total ?", "fr", D2, None, "unanswerable"),
 # 003 (es): fr4 en3 es1
 ("How did the mayor of Cerezal de Arriba sum up what the villagers got from the broadband project?", "en", D3, "Nos vendieron el futuro y seguimos con el pasado", "what-said"),
 ("Que reproche la conseillère Calleja à l’entreprise Conectia Rural ?", "fr", D3, "falta de medios sobre el terreno", "what-said"),
 ("Selon l’entreprise Conectia Rural, à quoi sont dus les retards du chantier ?", "fr", D3, "la demora de hasta catorce meses en la concesión de permisos municipales", "what-said"),
 ("Who complained that she has to walk up to the cemetery to get a signal to talk to her daughter?", "en", D3, "una vecina de 70 años de Villarrasa del Monte", "who-said"),
 ("Combien de kilomètres de câble ont déjà été posés dans la comarque de Valdemora ?", "fr", D3, "1.160", "fact"),
 ("¿En qué fecha se publicó la noticia sobre el retraso de la fibra en Valdemora?", "es", D3, "9 de febrero de 2026", "about-article"),
 ("What did Teodoro Gil Arancha say about the 2.1 million euro penalty against Conectia Rural?", "en", D3, None, "near-miss"),
 ("Quel débit internet les foyers raccordés à la fibre obtiendront-ils ?", "fr", D3, None, "unanswerable"),
 # 004 (en): fr4 en1 es3
 ("¿Qué dijo el presidente del club, Roderick Vance-Illing, sobre el acuerdo?", "es", D4, "This deal secures the future of this club for a generation", "what-said"),
 ("Comment la directrice générale de Voltrane a-t-elle décrit le stade ?", "fr", D4, "the living room of this city", "what-said"),
 ("Selon Brightwater, comment se situe le montant du contrat par rapport au marché ?", "fr", D4, "well above market rate", "what-said"),
 ("¿Quién advirtió que no se había consultado a los aficionados?", "es", D4, "Kev Doyle", "who-said"),
 ("How many spectators does Millhaven Park hold?", "en", D4, "31,200", "fact"),
 ("Quelle est la durée du contrat de naming signé avec Voltrane ?", "fr", D4, "15-year", "fact"),
 ("¿Qué opina Imran Sadiq del nuevo nombre del estadio?", "es", D4, None, "near-miss"),
 ("Quel joueur le club compte-t-il recruter grâce à l’argent du contrat ?", "fr", D4, None, "unanswerable"),
 # 005 (es): fr3 en4 es1
 ("What warning did the Mancomunidad de Aguas del Jalvén give in its statement?", "en", D5, "podrían ser necesarios cortes también durante el día", "what-said"),
 ("Qu’a reproché le conseiller municipal Esteban Lozoya au maire ?", "fr", D5, "haber ignorado durante dos años los informes que pedían renovar las tuberías", "what-said"),
 ("Besides the lack of rain, what did the hydrologist blame for the situation?", "en", D5, "décadas de gestión pensada para años húmedos", "what-said"),
 ("Qui a affirmé que la mesure n’était pas prise de gaieté de cœur, mais que l’alternative était de manquer d’eau en août ?", "fr", D5, "Fermín Ochandiano Sáez", "who-said"),
 ("To what percentage of its capacity has the Peñaturia reservoir fallen?", "en", D5, "17 %", "fact"),
 ("¿A cuántos habitantes abastece el embalse de Peñaturia?", "es", D5, "142.000", "fact"),
 ("Qu’a dit Marta Iribarne à propos des amendes pour l’arrosage des jardins ?", "fr", D5, None, "near-miss"),
 ("How many fines have been issued so far under the new water restrictions?", "en", D5, None, "unanswerable"),
 # 006 (fr): fr0 en3 es5
 ("¿Qué prometió Thierry Anquetil sobre la frecuencia del tranvía?", "es", D6, "la fréquence passerait à quatre minutes « dès la rentrée de septembre »", "what-said"),
 ("What did the mayor say as she cut the ribbon at Jardin-des-Plantes station?", "en", D6, "Ce tram, les habitants des Hauts-de-Merville l’attendaient depuis trente ans", "what-said"),
 ("Según Chaumeil, ¿quién pagará el sobrecoste de 37 millones y durante cuánto tiempo?", "es", D6, "sera payé par les contribuables pendant vingt ans", "what-said"),
 ("¿Quién aseguró haber perdido el 30 % de su facturación durante las obras?", "es", D6, "Un commerçant de la rue des Tisserands", "who-said"),
 ("How long is the new T3 tram line?", "en", D6, "11,4 kilomètres", "fact"),
 ("¿Quién firma el artículo sobre la puesta en servicio del tranvía T3?", "es", D6, "Julien Marchetti-Brun", "about-article"),
 ("What did the tram driver Inès Farouki say about the eight-month delay of the line?", "en", D6, None, "near-miss"),
 ("¿Cuánto costará el billete sencillo del tranvía a partir del 8 de marzo?", "es", D6, None, "unanswerable"),
]

LANG = {D1: "fr", D2: "en", D3: "es", D4: "en", D5: "es", D6: "fr"}
errors = []
rows = []
for i, (q, lang, doc, short, kind) in enumerate(Q, 1):
    rows.append({"id": f"o{i:02d}", "question": q, "language": lang, "doc": doc,
                 "answerable": short is not None, "short": short, "kind": kind})

# checks
if len(rows) != 48: errors.append(f"{len(rows)} rows")
if len({r['id'] for r in rows}) != len(rows): errors.append("duplicate ids")
for r in rows:
    p = os.path.join("corpus", r["doc"])
    if not os.path.exists(p):
        errors.append(f"{r['id']}: missing doc"); continue
    raw = open(p, encoding="utf-8").read()
    if r["answerable"]:
        if r["short"] not in raw: errors.append(f"{r['id']}: short not in article: {r['short']!r}")
        if r["kind"] in ("near-miss", "unanswerable"): errors.append(f"{r['id']}: kind/answerable mismatch")
    else:
        if r["kind"] not in ("near-miss", "unanswerable"): errors.append(f"{r['id']}: unanswerable kind")
per = collections.defaultdict(collections.Counter)
for r in rows: per[r["doc"]][r["kind"]] += 1
for d, c in sorted(per.items()):
    print(d, dict(c))
    if c["what-said"] != 3 or c["who-said"] != 1 or c["near-miss"] != 1 or c["unanswerable"] != 1 or c["fact"] + c["about-article"] != 2 or sum(c.values()) != 8:
        errors.append(f"{d}: kind counts {dict(c)}")
print("about-article docs:", sum(1 for c in per.values() if c["about-article"]))
print("question languages:", collections.Counter(r["language"] for r in rows))
same = sum(1 for r in rows if r["language"] == LANG[r["doc"]])
print(f"same-language: {same}/48, cross-language: {48-same}/48 ({(48-same)/48:.1%})")
if errors:
    print("ERRORS:"); print("\n".join(errors)); raise SystemExit(1)
with open("questions.jsonl", "w", encoding="utf-8") as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
print("questions.jsonl written, all checks passed")
