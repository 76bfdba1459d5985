import os
os.chdir(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import json, os
D1="001_musee-delorme-demission.txt"; D2="002_canicule-travail-agricole.txt"; D3="003_kestrel-bay-port-strike.txt"
D4="004_halbrook-languages-cuts.txt"; D5="005_punta-albarda-referendum-eolico.txt"; D6="006_tranvia-villaurea-retraso.txt"
Q = [
 # 001 fr
 ("What did Hélène Vasseur say about responsibility for the forged acquisitions?", "en", D1, "Je porte la responsabilité de ces acquisitions, et je n’ai pas l’intention de m’abriter derrière mes équipes", "what-said"),
 ("¿Qué advirtió la concejala de la oposición Nadia Benhamou sobre el dinero gastado en los cuadros?", "es", D1, "la ville risquait de « ne jamais revoir un centime » des sommes engagées", "what-said"),
 ("Según la historiadora del arte que dirigió el estudio, ¿qué prueba que las obras no pueden ser auténticas?", "es", D1, "neuf des toiles contiennent un blanc de titane qui n’était pas commercialisé avant les années 1920", "what-said"),
 ("Who said that the director is paying for everyone?", "en", D1, "un gardien de salle", "who-said"),
 ("Combien les quatorze tableaux ont-ils coûté au total ?", "fr", D1, "2,3 millions d’euros", "fact"),
 ("¿Quién firma el artículo sobre la dimisión de la directora del museo Delorme?", "es", D1, "Claire Montagnac", "about-article"),
 ("What did the mayor, Bertrand Ollivier, say about whether Hélène Vasseur should face legal action?", "en", D1, None, "near-miss"),
 ("¿Quién pintó realmente los cuadros falsos atribuidos a Ferrandier?", "es", D1, None, "unanswerable"),
 # 002 fr
 ("What warning did farmers' federation president Didier Maurel give about the harvest?", "en", D2, "les pertes pourraient atteindre « 15 à 20 % de la récolte » dans certaines exploitations", "what-said"),
 ("¿Qué recomienda el médico Lucas Ferrer a los trabajadores del campo?", "es", D2, "au moins un litre d'eau par heure et des pauses à l'ombre toutes les 45 minutes", "what-said"),
 ("¿Qué reprocha la sindicalista Benali a algunos empleadores?", "es", D2, "cacher les malaises", "what-said"),
 ("Who claimed that the new working hours have already changed the mood among workers?", "en", D2, "Une cheffe d'équipe d'une exploitation voisine", "who-said"),
 ("Quelle température record a été relevée lundi à Bonnefont ?", "fr", D2, "41,2 °C", "fact"),
 ("¿Qué multa por trabajador arriesgan los empleadores que incumplan la norma?", "es", D2, "1 500 euros par salarié", "fact"),
 ("What did the prefect, Martine Clavel, say about compensating farmers for the working hours they lose?", "en", D2, None, "near-miss"),
 ("¿Cuántos temporeros trabajan en total en el departamento de Haute-Sorgue este verano?", "es", D2, None, "unanswerable"),
 # 003 en
 ("Selon Marcus Odello, pourquoi les dockers font-ils grève ?", "fr", D3, "We are doing it because men are falling asleep at the cranes", "what-said"),
 ("¿Cómo describió la directora de la autoridad portuaria la oferta salarial?", "es", D3, "fair, final and fully funded", "what-said"),
 ("Quel avertissement le responsable régional de Norwave a-t-il lancé ?", "fr", D3, "the diversions would add “at least a week” to delivery times for European buyers", "what-said"),
 ("¿Quién se quejó de que nadie les informa, ni el puerto, ni el sindicato, ni la empresa?", "es", D3, "A driver", "who-said"),
 ("Combien de conteneurs frigorifiques sont bloqués par la grève ?", "fr", D3, "more than 1,400", "fact"),
 ("When was the article on the Kestrel Bay port strike published?", "en", D3, "13 January 2026", "about-article"),
 ("Qu'a dit l'économiste Priya Natarajan de l'offre salariale de 4 % ?", "fr", D3, None, "near-miss"),
 ("¿Cuántos estibadores participan en la huelga del puerto de Kestrel Bay?", "es", D3, None, "unanswerable"),
 # 004 en
 ("Comment le président de l'université, Alan Whitcombe, a-t-il qualifié la décision ?", "fr", D4, "painful but unavoidable", "what-said"),
 ("¿Qué reprochó Moreau-Finch a la dirección de la universidad?", "es", D4, "the university's leadership of treating languages \"as a luxury item\"", "what-said"),
 ("¿Qué pidió el presidente del sindicato de estudiantes al consejo universitario?", "es", D4, "pause the plan for a year", "what-said"),
 ("Qui a averti que les entreprises locales avaient déjà du mal à recruter des germanophones ?", "fr", D4, "Owen Castell", "who-said"),
 ("¿Cuántas firmas reunió la petición contra los cierres?", "es", D4, "more than 5,200 signatures", "fact"),
 ("Qui a écrit l'article sur les suppressions de postes à l'université de Halbrook ?", "fr", D4, "Rachel Dunmore", "about-article"),
 ("¿Qué opina la concejala Janet Ruddock de la votación de huelga convocada por el sindicato del personal?", "es", D4, None, "near-miss"),
 ("How many of the 23 posts to be cut are held by part-time staff?", "en", D4, None, "unanswerable"),
 # 005 es
 ("What did the mayor, Mercedes Lorente, say in the town square after the result?", "en", D5, "Hoy no ha ganado nadie contra nadie. Ha ganado el pueblo que ha votado", "what-said"),
 ("Selon Reguera, pourquoi la zone choisie pour les éoliennes pose-t-elle problème ?", "fr", D5, "la zona elegida para los molinos coincide con los mejores caladeros de merluza y pulpo de la costa", "what-said"),
 ("What did the marine biologist admit about the octopus?", "en", D5, "nadie puede garantizar", "what-said"),
 ("Qui a reproché à la maire d'avoir organisé la consultation à la hâte et sans information ?", "fr", D5, "Raúl Pedrosa", "who-said"),
 ("How many wind turbines does the Ventos del Cantil project plan?", "en", D5, "32 aerogeneradores", "fact"),
 ("¿Qué porcentaje de los votos obtuvo el «sí» en el referéndum?", "es", D5, "52,8 %", "fact"),
 ("Qu'a dit Julián Osorio, de Ventos del Cantil, sur le nombre d'emplois que créera le parc éolien ?", "fr", D5, None, "near-miss"),
 ("How much compensation will each fishing boat receive from Ventos del Cantil?", "en", D5, None, "unanswerable"),
 # 006 es
 ("How did ARSF technical director Óscar Vilanova describe the braking problem?", "en", D6, "En dos de las doce frenadas de emergencia con el tren cargado, la distancia de parada superó en cuatro metros el máximo permitido", "what-said"),
 ("Qu'a promis la conseillère municipale chargée de la mobilité ?", "fr", D6, "los 24 tranvías harán “todas las pruebas otra vez, desde cero” en julio", "what-said"),
 ("Qu'a affirmé le constructeur Tracciona Rail au sujet de ses véhicules ?", "fr", D6, "cumplen todas las normas europeas", "what-said"),
 ("Who complained that the customers lost during the works will not come back in September?", "en", D6, "Un comerciante de la calle", "who-said"),
 ("Combien a coûté la nouvelle ligne 2 du tramway de Villaurea ?", "fr", D6, "286 millones de euros", "fact"),
 ("Who wrote the article about the delay to Villaurea's tram line 2?", "en", D6, "Andrés Peñalver", "about-article"),
 ("Qu'a dit le maire Fernando Iturbe au sujet des commerces fermés dans la calle Alfarería ?", "fr", D6, None, "near-miss"),
 ("How much will a ticket on tram line 2 cost?", "en", D6, None, "unanswerable"),
]
with open("questions.jsonl", "w", encoding="utf-8") as f:
    for i, (q, lang, doc, short, kind) in enumerate(Q, 1):
        f.write(json.dumps({"id": f"th{i:02d}", "question": q, "language": lang, "doc": doc,
                            "answerable": short is not None, "short": short, "kind": kind}, ensure_ascii=False) + "\n")
