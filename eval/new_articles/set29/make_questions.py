import json, os
D1='001_frais_inscription_valmoreau.txt'; D2='002_port_halloran_automation.txt'; D3='003_incendio_cala_serrana.txt'
D4='004_dunoyer_prix_barres.txt'; D5='005_marrow_island_fast_ferry.txt'; D6='006_retrato_museo_orlandi.txt'
Q=[
# 001 (fr)
("What did the president of the UEV student union tell the crowd gathered on place du Pilori?","en",D1,"Nous n’avons pas à payer la faillite d’une gestion dont nous ne sommes pas responsables","what-said"),
("¿Qué prometió Morvan sobre el futuro del movimiento estudiantil?","es",D1,"ne s’arrêtera pas au premier défilé","what-said"),
("What did the university president say he would rather do than shut down entire degree programmes?","en",D1,"Je préfère augmenter les droits plutôt que fermer des filières entières","what-said"),
("¿Quién se quejó de que llevaba tres martes bajando la persiana a mediodía?","es",D1,"un commerçant de la rue des Carmes","who-said"),
("À quelle date le conseil d’administration doit-il se prononcer sur la hausse des frais d’inscription ?","fr",D1,"17 février","fact"),
("Who wrote the article about the tuition fee march in Valmoreau?","en",D1,"Hélène Castagnet","about-article"),
("¿Qué opinó el comisario Marc Fontenil sobre la subida de las tasas de matrícula?","es",D1,None,"near-miss"),
("How many foreign students are enrolled at the University of Valmoreau?","en",D1,None,"unanswerable"),
# 002 (en)
("Comment Declan Furey a-t-il qualifié le projet d’automatisation devant les grévistes ?","fr",D2,"This is not modernisation. This is a redundancy notice with a software update","what-said"),
("¿Qué respondió la consejera delegada de Meridian sobre el número real de empleos que desaparecerán?","es",D2,"the real number was “closer to 200”","what-said"),
("Quel avertissement le capitaine de port a-t-il lancé au sujet des marchandises réfrigérées ?","fr",D2,"Refrigerated cargo, mostly citrus fruit from the south, would begin to spoil by Wednesday","what-said"),
("¿Quién se quejó de llevar esperando desde las cinco de la mañana con un cargamento de pasta de papel?","es",D2,"A lorry driver from Esker Bay","who-said"),
("How many container ships were left riding at anchor in Carrick Bay?","en",D2,"14","fact"),
("Quand cet article sur la grève des dockers de Port Halloran a-t-il été publié ?","fr",D2,"12 January 2026","about-article"),
("¿Qué opina Tomás Whelan de la indemnización voluntaria de hasta 18 meses de sueldo que ofrece Meridian?","es",D2,None,"near-miss"),
("Combien Meridian Quay Holdings va-t-elle dépenser pour ses nouvelles grues télécommandées ?","fr",D2,None,"unanswerable"),
# 003 (es)
("How did fire chief Joaquín Ferrer describe the speed of the flames?","en",D3,"Las llamas bajaban por el barranco a una velocidad que no habíamos visto nunca","what-said"),
("Qu’a demandé l’Agence régionale des urgences à la population dans son communiqué de minuit ?","fr",D3,"no utilice la carretera CV-712","what-said"),
("Selon l’ingénieure forestière Oliva, qu’est-ce qui a transformé la montagne en poudrière ?","fr",D3,"el abandono de los cultivos de almendro en las laderas ha convertido el monte en «un polvorín»","what-said"),
("Who said that some tourists resisted leaving their beach apartments?","en",D3,"Un agente de la policía local","who-said"),
("Combien d’hectares l’incendie avait-il brûlé jeudi à la première heure ?","fr",D3,"1.650 hectáreas","fact"),
("Who wrote the report on the evacuation of Cala Serrana?","en",D3,"Marta Villalonga","about-article"),
("Qu’a dit la maire Rosario Bañuls sur une possible origine criminelle de l’incendie ?","fr",D3,None,"near-miss"),
("¿Cuánto dinero ha comprometido el gobierno regional en ayudas para los hosteleros de Cala Serrana?","es",D3,None,"unanswerable"),
# 004 (fr)
("What did presiding judge Agnès Vautrin stress while reading out the ruling?","en",D4,"le consommateur n'a pas à être expert-comptable pour faire ses courses","what-said"),
("¿Cómo calificó el abogado de Dunoyer la sentencia?","es",D4,"sévère et mal fondée","what-said"),
("According to the former department manager, where did the labelling instructions come from?","en",D4,"venaient du siège, pas des magasins","what-said"),
("¿Quién considera que la publicación forzosa de la sentencia dañará más la imagen de Dunoyer que la propia multa?","es",D4,"Claire Méchin","who-said"),
("How many Dunoyer stores in Val-d'Ormes displayed the fake reference prices?","en",D4,"86","fact"),
("¿Cuántas etiquetas controlaron en 2024 los investigadores de la Direction régionale de la concurrence?","es",D4,"41 000","fact"),
("What did Rémi Castellane say about Dunoyer's decision to appeal?","en",D4,None,"near-miss"),
("¿Cuántos empleados tiene la cadena de supermercados Dunoyer?","es",D4,None,"unanswerable"),
# 005 (en)
("Comment la présidente du conseil de Marrow Island a-t-elle qualifié le nouveau service ?","fr",D5,"a lifeline, not a luxury","what-said"),
("¿Qué advirtió el pescador de langostas de Harran Cove?","es",D5,"pots set close to the channel could be dragged away","what-said"),
("¿Qué le reprochó Gareth Pryce a Northsound?","es",D5,"cherry-picking the profitable summer trade","what-said"),
("Qui a estimé qu’à 38 nœuds, un animal en surface n’a presque pas le temps de s’écarter ?","fr",D5,"Ayesha Rahman","who-said"),
("¿Cuánto costó la construcción del catamarán Skerry Wind?","es",D5,"47 million euros","fact"),
("What speed limit will apply inside both harbours?","en",D5,"12 knots","fact"),
("Qu’a dit l’infirmier Derek Moy sur le prix des billets ?","fr",D5,None,"near-miss"),
("¿Cuántos tripulantes lleva a bordo el Skerry Wind?","es",D5,None,"unanswerable"),
# 006 (es)
("Qu’a souligné le commissaire Héctor Saldaña lors de sa conférence de presse ?","fr",D6,"No ha sido un golpe de suerte, sino el final de tres años de seguimiento","what-said"),
("What warning did the museum's chief restorer give about the state of the painting?","en",D6,"Es reparable. Lo que no podemos saber todavía es qué ha perdido por dentro","what-said"),
("Selon le commissaire-priseur Raúl Mendizábal, que se passe-t-il sur le marché noir pour une œuvre aussi connue ?","fr",D6,"en el mercado negro nadie paga eso por una obra tan conocida","what-said"),
("Who said that neither of the two men arrested took part directly in the theft?","en",D6,"Beatriz Ordóñez","who-said"),
("De quand date le vol du Portrait de la comtesse Irene ?","fr",D6,"23 de noviembre de 2019","fact"),
("¿Quién firma la crónica sobre la recuperación del retrato?","es",D6,"Esteban Lárraga","about-article"),
("What did museum director Lucía Ferrán say about the security guard who was suspended after the theft?","en",D6,None,"near-miss"),
("Combien d’argent les deux hommes arrêtés espéraient-ils tirer de la vente du tableau ?","fr",D6,None,"unanswerable"),
]
with open('questions.jsonl','w',encoding='utf-8') as f:
    for i,(q,l,d,s,k) in enumerate(Q,1):
        f.write(json.dumps({"id":f"te{i:02d}","question":q,"language":l,"doc":d,"answerable":s is not None,"short":s,"kind":k},ensure_ascii=False)+"\n")
