import json, os
D1='001_maraval_gel_des_prix.txt'; D2='002_korvell_river_trial.txt'; D3='003_valdeoro_ranking_atlas.txt'
D4='004_marathon_saint_aurele.txt'; D5='005_northline_overtime_ban.txt'; D6='006_bracamonte_restitucion.txt'
Q=[
# 001 (fr)
(D1,'en','what-said',"What did Bertrand Lessieux promise if inflation does not fall by the summer?","Si l’inflation ne recule pas d’ici l’été, nous prolongerons. Je m’y engage."),
(D1,'es','what-said',"¿Qué opina Nadia Ferchiou de la lista de productos elegida por Maraval?","la liste avait été « soigneusement choisie » pour ne contenir que des produits déjà en promotion"),
(D1,'en','what-said',"How did the economist Sophie Clerval describe Maraval's price freeze?","C’est un coup de communication bien calibré, pas une révolution"),
(D1,'es','who-said',"¿Quién advirtió que los productores lecheros se negarían si Maraval les pidiera un descuento?","Gilles Amarante"),
(D1,'en','fact',"How many stores does Maraval have?","1 240"),
(D1,'fr','about-article',"Qui signe l’article sur le gel des prix chez Maraval ?","Hélène Quintard"),
(D1,'en','near-miss',"What did the anonymous cashier say about saving 20 cents on butter?",None),
(D1,'es','unanswerable',"¿Cuántos empleados tiene el grupo Maraval?",None),
# 002 (en)
(D2,'fr','what-said',"Qu’a déclaré Diane Achterberg pour soutenir que la pollution n’était pas un accident ?","This was not an accident. It was a decision, repeated month after month, to save money"),
(D2,'es','what-said',"¿Qué admitió Raymond Oduya sobre el tanque de sustitución?","a replacement tank had been ordered in March 2023 but that delivery was postponed “for budget reasons”"),
(D2,'fr','what-said',"Selon la toxicologue, combien de temps faudra-t-il aux invertébrés de la rivière pour se rétablir ?","five to eight years"),
(D2,'en','who-said',"Who complained that nobody will buy a day ticket to fish a dead river?","Peter Hallsey"),
(D2,'es','fact',"¿Cuántos litros de aguas residuales llegaron al río, según la fiscal?","about 62,000 litres"),
(D2,'fr','about-article',"Quand l’article sur le procès de Korvell Chemicals a-t-il été publié ?","12 January 2026"),
(D2,'es','near-miss',"¿Qué dijo la jueza Helena Crawdell sobre la multa que podría pagar Korvell?",None),
(D2,'fr','unanswerable',"Comment s’appelle le directeur régional qui aurait approuvé le report du remplacement de la cuve ?",None),
# 003 (es)
(D3,'en','what-said',"What did rector Mercedes Albaladejo say her university would not accept?","No aceptamos que un error de cálculo borre en una tarde el trabajo de diez años"),
(D3,'fr','what-said',"Qu’a reconnu Henrik Dalvang à propos du changement de base de données ?","el cambio de base de datos «pudo afectar» a algunas universidades de habla hispana"),
(D3,'en','what-said',"According to the regional education councillor, what will happen to the funding committed to Valdeoro?","el Gobierno regional mantendrá los 96 millones de euros comprometidos para Valdeoro este año"),
(D3,'fr','who-said',"Qui a ironisé en disant que personne ne critique la méthode quand on gagne des places au classement ?","Andrés Peñaranda"),
(D3,'en','fact',"To which position did the University of Valdeoro fall in the 2026 Atlas ranking?","348"),
(D3,'es','fact',"¿Cuántos estudiantes tiene la Universidad de Valdeoro?","41.000"),
(D3,'fr','near-miss',"Qu’a déclaré le vice-recteur Ernesto Quiroga au sujet du financement régional de l’université ?",None),
(D3,'en','unanswerable',"How much does Atlas Academic Metrics charge universities to be included in its ranking?",None),
# 004 (fr)
(D4,'en','what-said',"What did race director Fabrice Ozanne admit had been a mistake?","Nous avons raisonné en coureurs, pas en habitants. C’était une erreur."),
(D4,'es','what-said',"¿Qué advirtió la médica jefa de la carrera sobre la cuesta de Saint-Rémi?","À ce stade de la course, une pente de 6 % fait beaucoup de dégâts."),
(D4,'es','what-said',"¿Qué reprochó Calmel a la alcaldía?","a cédé à la dernière minute après avoir ignoré les riverains pendant des mois"),
(D4,'en','who-said',"Who said they had not sold a single loaf before 3 p.m. on last year's marathon day?","un boulanger du quai des Cordiers"),
(D4,'es','fact',"¿Cuántos kilómetros del recorrido se trasladan a los bulevares de la orilla izquierda?","2,3 kilomètres"),
(D4,'fr','about-article',"Quelle est la date de publication de l’article sur le marathon de Saint-Aurèle ?","18 mars 2026"),
(D4,'en','near-miss',"What did Karine Lebouc say about the safety of runners on the Saint-Rémi hill?",None),
(D4,'es','unanswerable',"¿Quién ganó la edición anterior del maratón de Saint-Aurèle?",None),
# 005 (en)
(D5,'fr','what-said',"Qu’a déclaré Gareth Pellow au sujet des jours de repos des conducteurs ?","Our members have been propping up this timetable with their days off for three years. That ends on Saturday"),
(D5,'es','what-said',"¿Cómo calificó Fiona Castellane la reivindicación sindical de una subida del 7 %?","simply unaffordable"),
(D5,'fr','what-said',"Qu’a dénoncé la présidente du Rail Users Forum à propos des conflits depuis 2022 ?","passengers had been “treated as hostages” in every dispute since 2022"),
(D5,'es','who-said',"¿Quién advirtió que la comisión podría sancionar a Northline si las cancelaciones superaban el 5 %?","Anil Deshmore"),
(D5,'fr','fact',"Combien de trains Northline prévoit-elle d’annuler chaque semaine ?","about 420 trains a week"),
(D5,'es','fact',"¿Cuántos conductores representa el sindicato AULD?","1,150"),
(D5,'fr','near-miss',"Qu’a dit l’infirmière de l’offre salariale de 3,5 % ?",None),
(D5,'es','unanswerable',"¿Qué porcentaje de los conductores de Northline son mujeres?",None),
# 006 (es)
(D6,'en','what-said',"How did Culture Minister Amara Kessou describe the agreement?","acto de justicia"),
(D6,'fr','what-said',"Qu’a affirmé l’avocat Fermín Escartín à propos de la vente de 1921 ?","la venta de 1921 fue «perfectamente legal»"),
(D6,'en','what-said',"What warning did the historian Ondarroa give about the museum's gesture?","El Bracamonte ha dado un paso, pero es un paso pequeño"),
(D6,'fr','who-said',"Qui a déclaré que ces pièces n’auraient jamais dû quitter leur pays d’origine ?","Rodrigo Almansa"),
(D6,'en','fact',"How many pieces will the Bracamonte Museum return to Nuvaria?","37 piezas"),
(D6,'es','about-article',"¿Quién firma el artículo sobre la devolución de las piezas del Museo Bracamonte?","Inés Caravaca"),
(D6,'en','near-miss',"What did city council spokeswoman Begoña Lasarte say about the legal challenge planned by the colonel's descendants?",None),
(D6,'fr','unanswerable',"Combien le gouvernement de Nuvaria a-t-il payé pour le transport des pièces ?",None),
]
with open('questions.jsonl','w',encoding='utf-8') as f:
    for i,(doc,lang,kind,q,short) in enumerate(Q,1):
        o={"id":f"l{i:02d}","question":q,"language":lang,"doc":doc,"answerable":short is not None,"short":short,"kind":kind}
        f.write(json.dumps(o,ensure_ascii=False)+'\n')
