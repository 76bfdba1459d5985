import json, os
D = ['001_greve_pilotes_alizea.txt', '002_urgences_saturees_montclar.txt', '003_harrow_pass_landslide.txt',
     '004_bellhaven_water_prices.txt', '005_descenso_cb_villalcazar.txt', '006_granizo_vendimia_valdeserra.txt']
Q = [
 # 001
 (0, 'es', 'what-said', '¿Qué declaró Thibault Garnier ante los huelguistas sobre los motivos del paro?', 'Nous ne faisons pas grève pour le plaisir. Nous faisons grève parce que nos plannings sont devenus inhumains'),
 (0, 'en', 'what-said', "How did the airline's chief executive describe the pilots' demands?", 'irréalistes pour une compagnie de notre taille'),
 (0, 'es', 'what-said', 'Según la comandante Lestrade, ¿en qué se ha convertido el cansancio de los pilotos?', 'un sujet de sécurité, pas seulement de confort'),
 (0, 'en', 'who-said', 'Who warned that the strike could scare away visitors expected for the regional mechanics fair?', 'Bernard Quéméner'),
 (0, 'fr', 'fact', 'Combien de vols Alizéa a-t-elle annulés entre lundi et mercredi ?', '212'),
 (0, 'es', 'about-article', '¿Quién firma la crónica sobre la huelga de pilotos de Alizéa?', 'Camille Rouvière'),
 (0, 'en', 'near-miss', "What did analyst Paul-Henri Daumas say about the region's subsidy for Alizéa's routes?", None),
 (0, 'es', 'unanswerable', '¿Cuántos pasajeros transporta Alizéa cada año?', None),
 # 002
 (1, 'es', 'what-said', '¿Qué reprochó el diputado Arnaud Pélissier al informe del Observatorio?', 'un rapport de plus qui finira dans un tiroir'),
 (1, 'en', 'what-said', 'What did the nurse who asked not to be named say about a 92-year-old patient?', 'La semaine dernière, une dame de 92 ans a attendu onze heures pour un verre d’eau et une couverture. J’ai honte'),
 (1, 'fr', 'what-said', 'Qu’a réclamé M. Morvan pour désengorger les urgences ?', 'l’ouverture « sans délai » de quinze lits d’aval supplémentaires'),
 (1, 'es', 'who-said', '¿Quién afirmó que una clínica cercana paga más al mes a su personal?', 'Sophie Carrel'),
 (1, 'en', 'fact', 'How many patients did the Montclar emergency department see in 2024?', '58 400'),
 (1, 'es', 'about-article', '¿Cuándo se publicó el artículo sobre la saturación de las urgencias de Montclar?', '17 novembre 2025'),
 (1, 'en', 'near-miss', "What did hospital director Régis Fontanel say about nurses' pay?", None),
 (1, 'es', 'unanswerable', '¿Cuántos médicos trabajan en el servicio de urgencias de Montclar-sur-Loue?', None),
 # 003
 (2, 'fr', 'what-said', 'Qu’a déclaré le chef des pompiers Ray Lindqvist à propos de l’heure de l’éboulement ?', 'We were lucky. Had this happened at eight in the morning instead of ten past four, we would be counting bodies'),
 (2, 'es', 'what-said', '¿Qué advirtió el geólogo sobre los próximos días?', 'a second, smaller slide “cannot be ruled out” in the coming days'),
 (2, 'en', 'what-said', 'How did Mayor Pryce describe the situation in Tarnby?', 'a slow-motion emergency'),
 (2, 'fr', 'who-said', 'Qui s’est plaint de devoir payer le gazole pour le long détour ?', 'A lorry driver'),
 (2, 'es', 'fact', '¿Cuántos habitantes tiene Tarnby?', '1,150'),
 (2, 'fr', 'about-article', 'Quand cet article sur le glissement de terrain du col de Harrow a-t-il été publié ?', '12 January 2026'),
 (2, 'fr', 'near-miss', 'Qu’a dit la directrice d’école Helen Marsh sur la route provisoire par la piste forestière de Kessel ?', None),
 (2, 'es', 'unanswerable', '¿Qué empresa se encargará de retirar los escombros de la Route 14?', None),
 # 004
 (3, 'es', 'what-said', '¿Qué prometió la alcaldesa Teresa Alcott a los vecinos que no puedan pagar?', 'Nobody in this city will have their water cut off because they cannot pay'),
 (3, 'fr', 'what-said', 'De quoi Gordon Feltham a-t-il accusé la majorité municipale ?', 'punishing families for thirty years of neglect'),
 (3, 'es', 'what-said', 'Según el economista Achterberg, ¿cuál es el verdadero riesgo del plan?', 'that the works run late'),
 (3, 'en', 'who-said', 'Who complained that their pension rose far less than their water bill?', 'a retired bus driver'),
 (3, 'fr', 'fact', 'De combien les factures d’eau vont-elles augmenter à Bellhaven à partir du 1er avril ?', '18 per cent'),
 (3, 'es', 'fact', '¿Cuántas firmas ha reunido el foro de consumidores para pedir un referéndum?', '3,400'),
 (3, 'fr', 'near-miss', 'Qu’a dit Lydia Brennan sur l’âge des canalisations de la ville ?', None),
 (3, 'es', 'unanswerable', '¿Cuántos habitantes tiene Bellhaven?', None),
 # 005
 (4, 'en', 'what-said', 'What did coach Rubén Escartín admit in the press room after the defeat?', 'No hay excusas. Hemos sido peores que los demás durante siete meses y eso se paga'),
 (4, 'fr', 'what-said', 'Qu’a promis la présidente du club ?', 'volver en un año'),
 (4, 'en', 'what-said', 'According to the captain, what happened in the dressing room in January?', 'el vestuario se rompió en enero'),
 (4, 'fr', 'who-said', 'Qui a exigé un audit indépendant avant l’été ?', 'Julián Peñalver'),
 (4, 'en', 'fact', "What was the final score of Sunday's game against Atlético Marbrera?", '71-84'),
 (4, 'es', 'fact', '¿Cuánto cuesta el abono en la grada general?', '240 euros'),
 (4, 'en', 'near-miss', "What did sponsor executive Ainhoa Berrocal say about coach Escartín's future?", None),
 (4, 'fr', 'unanswerable', 'Qui remplacera Rubén Escartín sur le banc la saison prochaine ?', None),
 # 006
 (5, 'en', 'what-said', 'What did the regional agriculture department announce in its statement?', 'enviará técnicos a la zona a partir del lunes para evaluar los daños parcela por parcela'),
 (5, 'fr', 'what-said', 'Qu’a demandé Rosario Mendaña aux administrations ?', 'ayudas directas, no créditos'),
 (5, 'en', 'what-said', 'How did the cooperative manager describe the situation of small growers without insurance?', 'Para un pequeño viticultor sin seguro, esto es la ruina'),
 (5, 'fr', 'who-said', 'Qui a affirmé que ceux qui prétendent que la qualité ne souffrira pas n’ont pas mis les pieds dans une vigne cette semaine ?', 'Un enólogo de una bodega de Torrealba'),
 (5, 'en', 'fact', 'How many hectares of vineyard did the hailstorm damage?', '1.400'),
 (5, 'fr', 'about-article', 'Qui a écrit l’article sur la grêle dans les vignes de Valdeserra ?', 'Andrés Villalobos'),
 (5, 'en', 'near-miss', 'What did meteorologist Begoña Arrieta say about hail insurance for growers?', None),
 (5, 'fr', 'unanswerable', 'Quel est le prix moyen du kilo de raisin dans la comarque de Valdeserra ?', None),
]
with open('questions.jsonl', 'w', encoding='utf-8') as f:
    for i, (d, lang, kind, q, short) in enumerate(Q, 1):
        rec = {'id': f'td{i:02d}', 'question': q, 'language': lang, 'doc': D[d],
               'answerable': short is not None, 'short': short, 'kind': kind}
        f.write(json.dumps(rec, ensure_ascii=False) + '\n')
