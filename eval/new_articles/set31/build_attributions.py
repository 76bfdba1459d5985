"""Build attributions.jsonl from hand-chosen texts. Offsets are found, never typed.
Each text is either a string (must occur exactly once inside the sentence) or a pair
(text, context): context occurs exactly once in the sentence and text exactly once in context."""
import json, sys

D1, D2, D3 = "001_trevanec-ferry.txt", "002_westmarsh-teachers.txt", "003_incendio-cala-serena.txt"
D4, D5, D6 = "004_maxivert-tomme.txt", "005_valmora-doping.txt", "006_cochera-castrelo.txt"
LANG = {D1: "fr", D2: "en", D3: "es", D4: "fr", D5: "en", D6: "es"}

R = []
def r(doc, kind, sent, spk, speaker, title, cue, content, notes=None):
    R.append(dict(doc=doc, kind=kind, sent=sent, spk=spk, speaker=speaker, title=title, cue=cue, content=content, notes=notes))

# ---------------- 001 (fr) ----------------
QM = "Hélène Quéméner"; QT = "directrice générale d’ATL"
s = "« Nous n’avons pas pris cette décision de gaieté de cœur », a déclaré mercredi Hélène Quéméner, directrice générale d’ATL, lors d’une conférence de presse au siège de la compagnie."
r(D1, "quote", s, "Hélène Quéméner, directrice générale d’ATL", QM, QT, "a déclaré", "Nous n’avons pas pris cette décision de gaieté de cœur")
s = "Selon elle, le principal navire de la ligne, l’Enez Glas, doit passer onze semaines en cale sèche au chantier de Porz-Meur pour remplacer son arbre d’hélice."
r(D1, "reported", s, ("elle", "Selon elle"), QM, QT, "Selon", "le principal navire de la ligne, l’Enez Glas, doit passer onze semaines en cale sèche au chantier de Porz-Meur pour remplacer son arbre d’hélice", "elle = Hélène Quéméner (previous sentence)")
s = "La facture atteindra « au bas mot 2,3 millions d’euros », a-t-elle précisé."
r(D1, "reported", s, ("elle", "a-t-elle"), QM, QT, "a-t-elle précisé", "La facture atteindra « au bas mot 2,3 millions d’euros »", "elle = Hélène Quéméner")
r(D1, "quote", s, ("elle", "a-t-elle"), QM, QT, "a-t-elle précisé", "au bas mot 2,3 millions d’euros", "quote fragment nested in the preceding reported record")
s = "La directrice a reconnu que le second bateau, le Roz Avel, plus petit, « ne peut pas affronter les creux de quatre mètres que l’on voit en janvier »."
r(D1, "reported", s, "La directrice", QM, QT, "a reconnu", "le second bateau, le Roz Avel, plus petit, « ne peut pas affronter les creux de quatre mètres que l’on voit en janvier »", "La directrice = Hélène Quéméner")
r(D1, "quote", s, "La directrice", QM, QT, "a reconnu", "ne peut pas affronter les creux de quatre mètres que l’on voit en janvier", "quote fragment nested in the preceding reported record")
s = "Elle a ajouté que la compagnie perdait près de 9 000 euros par traversée hivernale."
r(D1, "reported", s, "Elle", QM, QT, "a ajouté", "la compagnie perdait près de 9 000 euros par traversée hivernale", "Elle = Hélène Quéméner")
LB = "Yannick Le Bihan"; LBT = "maire de Trévanec"
s = "« C’est une condamnation à l’isolement », a lancé Yannick Le Bihan, maire de Trévanec, joint par téléphone."
r(D1, "quote", s, "Yannick Le Bihan, maire de Trévanec", LB, LBT, "a lancé", "C’est une condamnation à l’isolement")
s = "L’élu, qui dit avoir appris la décision « par la presse », réclame le maintien d’au moins une rotation quotidienne."
r(D1, "reported", s, "L’élu", LB, LBT, ("dit", "qui dit"), "avoir appris la décision « par la presse »", "speaker of the relative 'qui' is its antecedent L’élu = Yannick Le Bihan")
r(D1, "quote", s, "L’élu", LB, LBT, ("dit", "qui dit"), "par la presse", "quote fragment nested in the preceding reported record")
r(D1, "reported", s, "L’élu", LB, LBT, "réclame", "le maintien d’au moins une rotation quotidienne", "demand (call); L’élu = Yannick Le Bihan")
s = "« On nous parle de rentabilité. Mais les gens d’ici, ils vont comment à la pharmacie, au lycée, à l’hôpital, en hiver ? »"
r(D1, "quote", s, None, LB, LBT, None, "On nous parle de rentabilité. Mais les gens d’ici, ils vont comment à la pharmacie, au lycée, à l’hôpital, en hiver ?", "bare quote with no speaker or cue; attributed from context to the mayor, quoted in the previous sentences")
NU = "Une infirmière libérale de l’île"
s = "« Trois d’entre eux traversent trois fois par semaine pour leurs séances. Avec quatre bateaux, c’est impossible », explique-t-elle."
r(D1, "quote", s, ("elle", "explique-t-elle"), NU, None, "explique-t-elle", "Trois d’entre eux traversent trois fois par semaine pour leurs séances. Avec quatre bateaux, c’est impossible", "unnamed source; elle = the nurse introduced in the previous sentence; quote spans two sentences")
s = "Elle redoute que l’hélicoptère sanitaire devienne « la seule solution, à un prix exorbitant »."
r(D1, "reported", s, "Elle", NU, None, "redoute", "l’hélicoptère sanitaire devienne « la seule solution, à un prix exorbitant »", "verb of attitude; Elle = the unnamed nurse")
r(D1, "quote", s, "Elle", NU, None, "redoute", "la seule solution, à un prix exorbitant", "quote fragment nested in the preceding reported record")
s = "Au port, un marin-pêcheur qui ravaude ses filets lâche en haussant les épaules : « Les gens du continent découvrent qu’on vit sur un caillou. Nous, on le sait depuis toujours. »"
r(D1, "quote", s, "un marin-pêcheur", "un marin-pêcheur", None, "lâche", "Les gens du continent découvrent qu’on vit sur un caillou. Nous, on le sait depuis toujours.", "unnamed source; quote introduced by a colon")
SNO = "le Syndicat des navigants de l’Ouest"
s = "Pour le Syndicat des navigants de l’Ouest (SNO), ces suppressions ne sont qu’un prétexte."
r(D1, "reported", s, "le Syndicat des navigants de l’Ouest (SNO)", SNO, None, "Pour", "ces suppressions ne sont qu’un prétexte", "institution; opinion introduced by 'Pour'")
TG = "Gwenaël Tanguy"; TGT = "délégué du SNO à Lanvoëlen"
s = "D’après Gwenaël Tanguy, son délégué à Lanvoëlen, la compagnie « prépare en douce la vente du Roz Avel », et les 23 marins saisonniers ne seront pas rappelés avant avril."
r(D1, "reported", s, "Gwenaël Tanguy, son délégué à Lanvoëlen", TG, TGT, "D’après", "la compagnie « prépare en douce la vente du Roz Avel », et les 23 marins saisonniers ne seront pas rappelés avant avril")
r(D1, "quote", s, "Gwenaël Tanguy, son délégué à Lanvoëlen", TG, TGT, "D’après", "prépare en douce la vente du Roz Avel", "quote fragment nested in the preceding reported record")
s = "Tanguy appelle les équipages à se rassembler le samedi 22 novembre devant la gare maritime."
r(D1, "reported", s, "Tanguy", TG, TGT, "appelle", "les équipages à se rassembler le samedi 22 novembre devant la gare maritime", "call")
s = "Interrogée sur ce point, Mme Quéméner a démenti tout projet de cession."
r(D1, "reported", s, "Mme Quéméner", QM, QT, "a démenti", "tout projet de cession", "denial")
s = "Le conseil départemental, qui verse chaque année 4,6 millions d’euros de subvention à la délégation de service public, a indiqué dans un communiqué qu’il « examinera avec attention » la situation."
r(D1, "reported", s, "Le conseil départemental", "le conseil départemental", None, "a indiqué", "il « examinera avec attention » la situation", "institution speaking through a statement (dans un communiqué)")
r(D1, "quote", s, "Le conseil départemental", "le conseil départemental", None, "a indiqué", "examinera avec attention", "quote fragment nested in the preceding reported record")
MC = "Marie-Annick Corre"; MCT = "présidente de l’association d’usagers Trévanec Debout"
s = "Pour Marie-Annick Corre, présidente de l’association d’usagers Trévanec Debout, cette réunion arrive bien tard."
r(D1, "reported", s, "Marie-Annick Corre, présidente de l’association d’usagers Trévanec Debout", MC, MCT, "Pour", "cette réunion arrive bien tard", "opinion introduced by 'Pour'")
s = "« Cela fait trois hivers qu’on alerte le département », soupire-t-elle."
r(D1, "quote", s, ("elle", "soupire-t-elle"), MC, MCT, "soupire-t-elle", "Cela fait trois hivers qu’on alerte le département", "elle = Marie-Annick Corre")
s = "« Sans livraisons régulières, on tiendra jusqu’à Noël, a-t-il calculé. Après, je ne sais pas. »"
r(D1, "quote", s, ("il", "a-t-il"), "Un commerçant de la rue du Port", None, "a-t-il calculé", "Sans livraisons régulières, on tiendra jusqu’à Noël, a-t-il calculé. Après, je ne sais pas.", "unnamed source introduced in the previous sentence; quote interrupted by the incise 'a-t-il calculé', which lies inside the content")
PD = "Pascal Derrien"; PDT = "économiste des transports à l’université de Lanvoëlen"
s = "Pascal Derrien, économiste des transports à l’université de Lanvoëlen, estime que le problème dépasse largement ATL."
r(D1, "reported", s, "Pascal Derrien, économiste des transports à l’université de Lanvoëlen", PD, PDT, "estime", "le problème dépasse largement ATL")
s = "« Le modèle insulaire repose sur une fiction, celle d’un hiver que l’été suffirait à financer. Cette fiction, a-t-il souligné, ne tient plus depuis la flambée du gazole marin en 2024. »"
r(D1, "quote", s, ("il", "a-t-il"), PD, PDT, "a-t-il souligné", "Le modèle insulaire repose sur une fiction, celle d’un hiver que l’été suffirait à financer. Cette fiction, a-t-il souligné, ne tient plus depuis la flambée du gazole marin en 2024.", "il = Pascal Derrien; quote interrupted by the incise 'a-t-il souligné', which lies inside the content")

# ---------------- 002 (en) ----------------
s = "Westmarsh Police put the turnout at 3,100, while organisers claimed 5,200."
r(D2, "reported", s, "Westmarsh Police", "Westmarsh Police", None, "put", "the turnout at 3,100", "institution; estimate of the crowd")
r(D2, "reported", s, "organisers", "organisers", None, "claimed", "5,200", "unnamed group")
RT = "Rachel Tennant"; RTT = "regional secretary of the Federation of Classroom Teachers"
s = '"We are not here to ask for favours," Rachel Tennant, regional secretary of the Federation of Classroom Teachers, told the crowd.'
r(D2, "quote", s, "Rachel Tennant, regional secretary of the Federation of Classroom Teachers", RT, RTT, "told", "We are not here to ask for favours,")
s = '"We are here because a child of six should not spend an hour on a bus to learn to read."'
r(D2, "quote", s, None, RT, RTT, None, "We are here because a child of six should not spend an hour on a bus to learn to read.", "bare quote with no speaker or cue; continues Rachel Tennant's speech from the previous sentence")
WC = "Westmarsh County Council"
s = "The council says the change would save £4.8 million a year."
r(D2, "reported", s, "The council", WC, None, "says", "the change would save £4.8 million a year", "institution")
MG = "Martin Gaskell"; MGT = "the council's cabinet member for education"
s = 'Falling birth rates meant that several of the schools were "running at half capacity or less", he said.'
r(D2, "reported", s, ("he", "he said"), MG, MGT, "said", 'Falling birth rates meant that several of the schools were "running at half capacity or less"', "he = Martin Gaskell (previous sentence)")
r(D2, "quote", s, ("he", "he said"), MG, MGT, "said", "running at half capacity or less", "quote fragment nested in the preceding reported record")
s = "The buildings, he added, needed repairs estimated at £11 million."
r(D2, "reported", s, ("he", "he added"), MG, MGT, "added", "The buildings, he added, needed repairs estimated at £11 million", "he = Martin Gaskell; the incise 'he added' lies inside the content")
s = '"Nobody goes into local politics wanting to close a school," Gaskell admitted in an interview on Friday, "but keeping classrooms of eight children open while the roof leaks is not kindness."'
r(D2, "quote", s, "Gaskell", MG, MGT, "admitted", 'Nobody goes into local politics wanting to close a school," Gaskell admitted in an interview on Friday, "but keeping classrooms of eight children open while the roof leaks is not kindness.', "quote interrupted by an incise; content runs from the first quoted word to the last and holds the incise and its quote marks")
s = "The council said in a statement that no final decision would be taken before the public consultation closes on 27 February."
r(D2, "reported", s, "The council", WC, None, "said", "no final decision would be taken before the public consultation closes on 27 February", "institution speaking through a statement")
s = 'It promised that "every response will be read".'
r(D2, "quote", s, ("It", "It promised"), WC, None, "promised", "every response will be read", "promise; It = the council")
PS = "Priya Sandhu"; PST = "head teacher of Carrow End Primary"
s = "For Priya Sandhu, head teacher of Carrow End Primary, one of the schools on the list, the savings are an illusion."
r(D2, "reported", s, "Priya Sandhu, head teacher of Carrow End Primary", PS, PST, "For", "the savings are an illusion", "opinion introduced by 'For'")
s = "Her school, which has 41 pupils, has posted the best reading results in the county for three years running, she said."
r(D2, "reported", s, ("she", "she said"), PS, PST, "said", "Her school, which has 41 pupils, has posted the best reading results in the county for three years running", "she = Priya Sandhu")
s = '"If you close us, you don\'t save £4.8 million. You move the cost onto families, onto bus companies, onto the next generation," the head teacher warned.'
r(D2, "quote", s, "the head teacher", PS, PST, "warned", "If you close us, you don't save £4.8 million. You move the cost onto families, onto bus companies, onto the next generation,", "the head teacher = Priya Sandhu")
ST = "A supply teacher"
s = 'A supply teacher who asked not to be named, because she works in several of the council\'s schools, said morale was "the lowest I have seen in twenty years".'
r(D2, "reported", s, "A supply teacher", ST, None, "said", 'morale was "the lowest I have seen in twenty years"', "unnamed source")
r(D2, "quote", s, "A supply teacher", ST, None, "said", "the lowest I have seen in twenty years", "quote fragment nested in the preceding reported record")
s = '"Half my colleagues are looking at jobs over the county border," she added.'
r(D2, "quote", s, ("she", "she added"), ST, None, "added", "Half my colleagues are looking at jobs over the county border,", "she = the unnamed supply teacher")
s = '"The bus ride is supposed to be 40 minutes. In January, on those lanes, it\'ll be an hour and a quarter," she said, pushing a buggy up the hill towards County Hall.'
r(D2, "quote", s, ("she", "she said"), "a mother of three from Little Farthing", None, "said", "The bus ride is supposed to be 40 minutes. In January, on those lanes, it'll be an hour and a quarter,", "unnamed source introduced in the previous sentence")
s = 'Beside her, a ten-year-old boy holding a hand-painted placard put it more simply: "I like my teacher. I don\'t want a new one."'
r(D2, "quote", s, "a ten-year-old boy", "a ten-year-old boy", None, "put it more simply", "I like my teacher. I don't want a new one.", "unnamed source; quote introduced by a colon")
OB = "Owen Birtles"; OBT = "researcher in rural education at the University of Pellingford"
s = "Dr Owen Birtles, a researcher in rural education at the University of Pellingford, warned that closures rarely deliver the savings promised."
r(D2, "reported", s, "Dr Owen Birtles, a researcher in rural education at the University of Pellingford", OB, OBT, "warned", "closures rarely deliver the savings promised", "warning")
s = "According to Birtles, school transport costs in two neighbouring counties rose by 38 per cent in the three years after similar mergers."
r(D2, "reported", s, "Birtles", OB, OBT, "According to", "school transport costs in two neighbouring counties rose by 38 per cent in the three years after similar mergers")
s = '"Councils budget for the buses in year one. They never budget for year five," he said.'
r(D2, "quote", s, ("he", "he said"), OB, OBT, "said", "Councils budget for the buses in year one. They never budget for year five,", "he = Owen Birtles")
s = "Tennant said the union would ballot its members on a one-day strike if the council did not withdraw the plan by the end of February."
r(D2, "reported", s, "Tennant", RT, RTT, "said", "the union would ballot its members on a one-day strike if the council did not withdraw the plan by the end of February")

# ---------------- 003 (es) ----------------
IC = "Inés Cabrales Nieto"; ICT = "directora técnica de extinción del Servicio Forestal de Valdeluna"
s = "«Hemos tenido la peor combinación posible: viento de poniente, 41 grados y una humedad por debajo del 15 %», explicó ayer Inés Cabrales Nieto, directora técnica de extinción del Servicio Forestal de Valdeluna."
r(D3, "quote", s, "Inés Cabrales Nieto, directora técnica de extinción del Servicio Forestal de Valdeluna", IC, ICT, "explicó", "Hemos tenido la peor combinación posible: viento de poniente, 41 grados y una humedad por debajo del 15 %")
s = "Según la directora, en los trabajos participan 380 efectivos y 14 medios aéreos, y las rachas de hasta 60 kilómetros por hora impidieron durante horas que los hidroaviones despegaran."
r(D3, "reported", s, "la directora", IC, ICT, "Según", "en los trabajos participan 380 efectivos y 14 medios aéreos, y las rachas de hasta 60 kilómetros por hora impidieron durante horas que los hidroaviones despegaran", "la directora = Inés Cabrales Nieto")
s = "Cabrales no quiso aventurar cuándo quedará estabilizado el incendio."
r(D3, "reported", s, "Cabrales", IC, ICT, "no quiso aventurar", "cuándo quedará estabilizado el incendio", "refusal with a content, counted like the guide's 'a refusé de donner une date'")
RE = "Ramón Ezquerra"; RET = "alcalde de Villarreña del Monte"
s = "«Nadie va a volver a su casa hasta que los técnicos lo autoricen, por mucho que insistan», advirtió."
r(D3, "quote", s, None, RE, RET, "advirtió", "Nadie va a volver a su casa hasta que los técnicos lo autoricen, por mucho que insistan", "warning; implicit subject (pro-drop) = the mayor Ramón Ezquerra, introduced in the previous sentence")
s = "El regidor aseguró que al menos 23 viviendas han sufrido daños, aunque precisó que «ninguna persona ha resultado herida de gravedad»."
r(D3, "reported", s, "El regidor", RE, RET, "aseguró", "al menos 23 viviendas han sufrido daños", "El regidor = Ramón Ezquerra")
r(D3, "quote", s, "El regidor", RE, RET, "precisó", "ninguna persona ha resultado herida de gravedad", "second cue of the same subject; the marks enclose the whole content")
VE = "Una vecina de 70 años"
s = "Una vecina de 70 años, que veranea en Cala Serena desde 1987, contaba a las puertas del polideportivo que salió «con lo puesto y el gato en una caja de zapatos»."
r(D3, "reported", s, "Una vecina de 70 años", VE, None, "contaba", "salió «con lo puesto y el gato en una caja de zapatos»", "unnamed source")
r(D3, "quote", s, "Una vecina de 70 años", VE, None, "contaba", "con lo puesto y el gato en una caja de zapatos", "quote fragment nested in the preceding reported record")
s = "«Vi las llamas detrás de la piscina y cogí lo que pude», relató."
r(D3, "quote", s, None, VE, None, "relató", "Vi las llamas detrás de la piscina y cogí lo que pude", "implicit subject = the unnamed 70-year-old resident")
TV = "Tomás Villaplana"; TVT = "gerente del camping Las Dunas"
s = "Tomás Villaplana, gerente del camping Las Dunas, calcula que el desalojo de sus 640 plazas le costará «más de lo que gano en todo agosto»."
r(D3, "reported", s, "Tomás Villaplana, gerente del camping Las Dunas", TV, TVT, "calcula", "el desalojo de sus 640 plazas le costará «más de lo que gano en todo agosto»", "estimate (verb of attitude)")
r(D3, "quote", s, "Tomás Villaplana, gerente del camping Las Dunas", TV, TVT, "calcula", "más de lo que gano en todo agosto", "quote fragment nested in the preceding reported record")
s = "Según él, la evacuación fue «ordenada, pero tardía»."
r(D3, "reported", s, "él", TV, TVT, "Según", "la evacuación fue «ordenada, pero tardía»", "él = Tomás Villaplana")
r(D3, "quote", s, "él", TV, TVT, "Según", "ordenada, pero tardía", "quote fragment nested in the preceding reported record")
s = "«Nos avisaron cuando ya caía ceniza sobre las tiendas», lamentó el gerente."
r(D3, "quote", s, "el gerente", TV, TVT, "lamentó", "Nos avisaron cuando ya caía ceniza sobre las tiendas", "el gerente = Tomás Villaplana; 'Nos avisaron' names no speaker and gives no content, so no nested record")
BF = "Un bombero forestal"
s = "Un bombero forestal que pidió no ser identificado denunció que la brigada de Tobarrón trabajaba este verano con cinco efectivos menos de los previstos."
r(D3, "reported", s, "Un bombero forestal", BF, None, "denunció", "la brigada de Tobarrón trabajaba este verano con cinco efectivos menos de los previstos", "unnamed source; complaint")
s = "«Los cortafuegos no se limpian desde hace años. Este monte era un polvorín», dijo."
r(D3, "quote", s, None, BF, None, "dijo", "Los cortafuegos no se limpian desde hace años. Este monte era un polvorín", "implicit subject = the unnamed forest firefighter")
CMA = "La Consejería de Medio Ambiente"
s = "La Consejería de Medio Ambiente negó en un comunicado cualquier recorte de plantilla y afirmó que las brigadas «están al cien por cien de su dotación estival»."
r(D3, "reported", s, "La Consejería de Medio Ambiente", CMA, None, "negó", "cualquier recorte de plantilla", "institution speaking through a statement; denial")
r(D3, "reported", s, "La Consejería de Medio Ambiente", CMA, None, "afirmó", "las brigadas «están al cien por cien de su dotación estival»", "institution speaking through a statement")
r(D3, "quote", s, "La Consejería de Medio Ambiente", CMA, None, "afirmó", "están al cien por cien de su dotación estival", "quote fragment nested in the preceding reported record")
AP = "Álvaro Pineda Rius"; APT = "consejero de Medio Ambiente"
s = "El consejero, Álvaro Pineda Rius, que visitó el puesto de mando avanzado el viernes por la mañana, pidió «prudencia»."
r(D3, "quote", s, "El consejero, Álvaro Pineda Rius", AP, APT, "pidió", "prudencia", "call; the marks enclose the whole content")
s = "«Ahora toca apagar el fuego; las explicaciones vendrán después», declaró a los periodistas."
r(D3, "quote", s, None, AP, APT, "declaró", "Ahora toca apagar el fuego; las explicaciones vendrán después", "implicit subject = Álvaro Pineda Rius")
s = "Según la Agencia Regional de Meteorología, el viento amainará a partir del domingo por la tarde, cuando se espera además un descenso de las temperaturas de hasta ocho grados."
r(D3, "reported", s, "la Agencia Regional de Meteorología", "la Agencia Regional de Meteorología", None, "Según", "el viento amainará a partir del domingo por la tarde, cuando se espera además un descenso de las temperaturas de hasta ocho grados", "institution")
s = "Un turista belga que pasaba sus vacaciones con su mujer y sus dos hijos en Cala Serena resumía el ambiente: «Los niños lo viven como una aventura. Nosotros no hemos dormido.»"
r(D3, "quote", s, "Un turista belga", "Un turista belga", None, "resumía", "Los niños lo viven como una aventura. Nosotros no hemos dormido.", "unnamed source; quote introduced by a colon")

# ---------------- 004 (fr) ----------------
AV = "l'Agence de veille sanitaire des aliments"
s = "Trois personnes, dont une femme enceinte, ont été hospitalisées dans le département de l'Orsane après avoir consommé ce fromage, a indiqué l'Agence de veille sanitaire des aliments (AVSA) dans un communiqué."
r(D4, "reported", s, "l'Agence de veille sanitaire des aliments (AVSA)", AV, None, "a indiqué", "Trois personnes, dont une femme enceinte, ont été hospitalisées dans le département de l'Orsane après avoir consommé ce fromage", "institution speaking through a statement; cue after the content")
s = "L'agence précise qu'« aucun décès n'est à déplorer à ce stade » et recommande aux consommateurs de rapporter les produits en magasin, où ils seront remboursés."
r(D4, "quote", s, "L'agence", AV, None, "précise", "aucun décès n'est à déplorer à ce stade", "the marks enclose the whole content")
r(D4, "reported", s, "L'agence", AV, None, "recommande", "aux consommateurs de rapporter les produits en magasin, où ils seront remboursés", "recommendation (call)")
CV = "Claire Vasseur-Mendès"; CVT = "directrice qualité de Maxivert"
s = "« Dès que le laboratoire nous a transmis le premier résultat positif, vendredi soir, nous avons retiré les produits des rayons », a assuré Claire Vasseur-Mendès, directrice qualité de Maxivert."
r(D4, "quote", s, "Claire Vasseur-Mendès, directrice qualité de Maxivert", CV, CVT, "a assuré", "Dès que le laboratoire nous a transmis le premier résultat positif, vendredi soir, nous avons retiré les produits des rayons")
s = "Selon elle, l'enseigne a « tout fait dans les règles » et a prévenu par SMS, dès samedi matin, les clients titulaires d'une carte de fidélité."
r(D4, "reported", s, ("elle", "Selon elle"), CV, CVT, "Selon", "l'enseigne a « tout fait dans les règles » et a prévenu par SMS, dès samedi matin, les clients titulaires d'une carte de fidélité", "elle = Claire Vasseur-Mendès")
r(D4, "quote", s, ("elle", "Selon elle"), CV, CVT, "Selon", "tout fait dans les règles", "quote fragment nested in the preceding reported record")
s = "La directrice a toutefois admis que des tommes avaient pu rester en vente « quelques heures de trop » dans trois magasins de la périphérie de Montgaillard."
r(D4, "reported", s, "La directrice", CV, CVT, "a toutefois admis", "des tommes avaient pu rester en vente « quelques heures de trop » dans trois magasins de la périphérie de Montgaillard", "admission; La directrice = Claire Vasseur-Mendès")
r(D4, "quote", s, "La directrice", CV, CVT, "a toutefois admis", "quelques heures de trop", "quote fragment nested in the preceding reported record")
BS = "Bernard Sauvat"; BST = "gérant de la Fromagerie Sauvat"
s = "Son gérant, Bernard Sauvat, se dit « anéanti »."
r(D4, "quote", s, "Son gérant, Bernard Sauvat", BS, BST, "se dit", "anéanti", "the marks enclose the whole content")
s = "« Mon grand-père faisait déjà cette tomme. En soixante ans, on n'a jamais eu un seul rappel », a-t-il confié, ajoutant que la production était suspendue « jusqu'à nouvel ordre »."
r(D4, "quote", s, ("il", "a-t-il"), BS, BST, "a-t-il confié", "Mon grand-père faisait déjà cette tomme. En soixante ans, on n'a jamais eu un seul rappel", "il = Bernard Sauvat")
r(D4, "reported", s, ("il", "a-t-il"), BS, BST, "ajoutant", "la production était suspendue « jusqu'à nouvel ordre »", "participle clause sharing the subject il (= Bernard Sauvat) of 'a-t-il confié'")
r(D4, "quote", s, ("il", "a-t-il"), BS, BST, "ajoutant", "jusqu'à nouvel ordre", "quote fragment nested in the preceding reported record")
s = "Le fromager attribue la contamination à une pièce défectueuse de la saumureuse, remplacée depuis."
r(D4, "reported", s, "Le fromager", BS, BST, "attribue", "la contamination à une pièce défectueuse de la saumureuse, remplacée depuis", "Le fromager = Bernard Sauvat")
s = "Sur le parking du Maxivert de Bellerive, un retraité avoue avoir « mangé la moitié d'une tomme la semaine dernière »."
r(D4, "reported", s, "un retraité", "un retraité", None, "avoue", "avoir « mangé la moitié d'une tomme la semaine dernière »", "unnamed source; admission")
r(D4, "quote", s, "un retraité", "un retraité", None, "avoue", "mangé la moitié d'une tomme la semaine dernière", "quote fragment nested in the preceding reported record")
s = "« Je n'ai rien eu, mais ma femme m'a obligé à appeler le médecin », raconte-t-il en riant."
r(D4, "quote", s, ("il", "raconte-t-il"), "un retraité", None, "raconte-t-il", "Je n'ai rien eu, mais ma femme m'a obligé à appeler le médecin", "il = the unnamed pensioner")
CA = "Une caissière du même magasin"
s = "Une caissière du même magasin, qui a souhaité garder l'anonymat, affirme que les consignes de retrait sont arrivées « samedi midi, pas vendredi soir »."
r(D4, "reported", s, "Une caissière du même magasin", CA, None, "affirme", "les consignes de retrait sont arrivées « samedi midi, pas vendredi soir »", "unnamed source")
r(D4, "quote", s, "Une caissière du même magasin", CA, None, "affirme", "samedi midi, pas vendredi soir", "quote fragment nested in the preceding reported record")
s = "« On a vidé le rayon pendant que les clients faisaient leurs courses », dit-elle."
r(D4, "quote", s, ("elle", "dit-elle"), CA, None, "dit-elle", "On a vidé le rayon pendant que les clients faisaient leurs courses", "elle = the unnamed cashier")
JP = "Jean-Luc Pommier"; JPT = "président de l'association Consommateurs Vigilants"
s = "Pour Jean-Luc Pommier, président de l'association Consommateurs Vigilants, ce rappel illustre « la fragilité des contrôles dans les petites fromageries »."
r(D4, "reported", s, "Jean-Luc Pommier, président de l'association Consommateurs Vigilants", JP, JPT, "Pour", "ce rappel illustre « la fragilité des contrôles dans les petites fromageries »", "opinion introduced by 'Pour'")
r(D4, "quote", s, "Jean-Luc Pommier, président de l'association Consommateurs Vigilants", JP, JPT, "Pour", "la fragilité des contrôles dans les petites fromageries", "quote fragment nested in the preceding reported record")
s = "M. Pommier réclame la publication de la liste exacte des magasins concernés, que Maxivert n'a toujours pas rendue publique."
r(D4, "reported", s, "M. Pommier", JP, JPT, "réclame", "la publication de la liste exacte des magasins concernés", "demand; the relative clause about Maxivert is the journalist's and is left out")
NF = "Nadia Ferhat"; NFT = "infectiologue au centre hospitalier de Montgaillard"
s = "Le Dr Nadia Ferhat, infectiologue au centre hospitalier de Montgaillard, a rappelé que la listériose pouvait se déclarer « jusqu'à huit semaines » après l'ingestion."
r(D4, "reported", s, "Le Dr Nadia Ferhat, infectiologue au centre hospitalier de Montgaillard", NF, NFT, "a rappelé", "la listériose pouvait se déclarer « jusqu'à huit semaines » après l'ingestion")
r(D4, "quote", s, "Le Dr Nadia Ferhat, infectiologue au centre hospitalier de Montgaillard", NF, NFT, "a rappelé", "jusqu'à huit semaines", "quote fragment nested in the preceding reported record")
s = "Les personnes âgées, les femmes enceintes et les patients immunodéprimés doivent consulter au moindre symptôme, a-t-elle insisté : « Une fièvre inexpliquée suffit. »"
r(D4, "reported", s, ("elle", "a-t-elle"), NF, NFT, "a-t-elle insisté", "Les personnes âgées, les femmes enceintes et les patients immunodéprimés doivent consulter au moindre symptôme", "elle = Nadia Ferhat; cue after the content")
r(D4, "quote", s, ("elle", "a-t-elle"), NF, NFT, "a-t-elle insisté", "Une fièvre inexpliquée suffit.", "quote after a colon, sharing the cue of the preceding reported record")
SA = "Sophie Arnal"; SAT = "avocate de la famille de la femme enceinte hospitalisée"
s = "Me Sophie Arnal, avocate de la famille de la femme enceinte hospitalisée, a annoncé qu'une plainte contre X serait déposée « dans les prochains jours » pour mise en danger de la vie d'autrui."
r(D4, "reported", s, "Me Sophie Arnal, avocate de la famille de la femme enceinte hospitalisée", SA, SAT, "a annoncé", "une plainte contre X serait déposée « dans les prochains jours » pour mise en danger de la vie d'autrui", "announcement")
r(D4, "quote", s, "Me Sophie Arnal, avocate de la famille de la femme enceinte hospitalisée", SA, SAT, "a annoncé", "dans les prochains jours", "quote fragment nested in the preceding reported record")
s = "Maxivert indique avoir ouvert un numéro vert gratuit, accessible sept jours sur sept, pour répondre aux questions des clients."
r(D4, "reported", s, "Maxivert", "Maxivert", None, "indique", "avoir ouvert un numéro vert gratuit, accessible sept jours sur sept, pour répondre aux questions des clients", "company")

# ---------------- 005 (en) ----------------
JE = "Jonas Everaert"; JET = "race director"
s = "“It is the worst day I have had in twenty-two years in this job,” race director Jonas Everaert told reporters in Port Adrell."
r(D5, "quote", s, "race director Jonas Everaert", JE, JET, "told", "It is the worst day I have had in twenty-two years in this job,")
s = "“We have spent four decades building the reputation of this race,” he went on, “and one test can undo it.”"
r(D5, "quote", s, ("he", "he went on"), JE, JET, "went on", "We have spent four decades building the reputation of this race,” he went on, “and one test can undo it.", "he = Jonas Everaert; quote interrupted by an incise, content runs from the first quoted word to the last and holds the incise and its quote marks")
s = "Everaert said the race would not award the overall title until the case was closed."
r(D5, "reported", s, "Everaert", JE, JET, "said", "the race would not award the overall title until the case was closed")
ICIA = "The International Cycling Integrity Agency"
s = "The International Cycling Integrity Agency (ICIA), which manages testing at the event, said in a statement that the rider had the right to request the analysis of his B sample, scheduled for 2 July at its laboratory in Brevon."
r(D5, "reported", s, "The International Cycling Integrity Agency (ICIA)", ICIA, None, "said", "the rider had the right to request the analysis of his B sample, scheduled for 2 July at its laboratory in Brevon", "institution speaking through a statement")
s = "Through his lawyer, Mariana Costa-Whitfield, Rennard denied ever taking a prohibited substance."
r(D5, "reported", s, "Rennard", "Tobias Rennard", "overall leader", "denied", "ever taking a prohibited substance", "denial made through his lawyer Mariana Costa-Whitfield")
MW = "Mariana Costa-Whitfield"; MWT = "lawyer"
s = "“My client has been tested fourteen times this season, and fourteen times he was clean,” Costa-Whitfield said in a short video statement."
r(D5, "quote", s, "Costa-Whitfield", MW, MWT, "said", "My client has been tested fourteen times this season, and fourteen times he was clean,", "Rennard's lawyer")
s = "She suggested that a contaminated supplement could explain the result, but gave no further details."
r(D5, "reported", s, ("She", "She suggested"), MW, MWT, "suggested", "a contaminated supplement could explain the result", "She = Mariana Costa-Whitfield; 'gave no further details' is absent speech and is left out")
VL = "Pieter Van Loon"; VLT = "Aldercrest–Novalux team manager"
s = "“If this is confirmed, he will never ride for us again. Never,” Van Loon said on Sunday morning, adding that the team had suspended Rennard “with immediate effect”."
r(D5, "quote", s, "Van Loon", VL, VLT, "said", "If this is confirmed, he will never ride for us again. Never,")
r(D5, "reported", s, "Van Loon", VL, VLT, "adding", "the team had suspended Rennard “with immediate effect”", "participle clause sharing the subject Van Loon")
r(D5, "quote", s, "Van Loon", VL, VLT, "adding", "with immediate effect", "quote fragment nested in the preceding reported record")
s = "Novalux, the lighting company that co-sponsors the team, said it was “reviewing its commitment to the sport”."
r(D5, "reported", s, "Novalux, the lighting company that co-sponsors the team", "Novalux", None, "said", "it was “reviewing its commitment to the sport”", "company (team sponsor)")
r(D5, "quote", s, "Novalux, the lighting company that co-sponsors the team", "Novalux", None, "said", "reviewing its commitment to the sport", "quote fragment nested in the preceding reported record")
ES = "Emilio Sartorelli"; EST = "Italian rider"
s = "The Italian rider Emilio Sartorelli, who finished second, 41 seconds behind Rennard, said he felt “robbed of a moment that will never come back”."
r(D5, "reported", s, "The Italian rider Emilio Sartorelli", ES, EST, "said", "he felt “robbed of a moment that will never come back”")
r(D5, "quote", s, "The Italian rider Emilio Sartorelli", ES, EST, "said", "robbed of a moment that will never come back", "quote fragment nested in the preceding reported record")
s = "“You only cross that line once,” he said quietly."
r(D5, "quote", s, ("he", "he said quietly"), ES, EST, "said quietly", "You only cross that line once,", "he = Emilio Sartorelli")
SG = "A soigneur from a rival team"
s = "A soigneur from a rival team, speaking on condition of anonymity, said riders had been “talking about hemoxalin on the bus since the spring”."
r(D5, "reported", s, SG, SG, None, "said", "riders had been “talking about hemoxalin on the bus since the spring”", "unnamed source")
r(D5, "quote", s, SG, SG, None, "said", "talking about hemoxalin on the bus since the spring", "quote fragment nested in the preceding reported record")
s = "According to the soigneur, at least two other teams had tried to buy it."
r(D5, "reported", s, "the soigneur", SG, None, "According to", "at least two other teams had tried to buy it", "the soigneur = the unnamed soigneur from a rival team")
AG = "Amelia Groote"; AGT = "sports physician at the Kestrel Institute in Harwick"
s = "Dr Amelia Groote, a sports physician at the Kestrel Institute in Harwick, warned that hemoxalin was “almost invisible” to standard tests after 48 hours."
r(D5, "reported", s, "Dr Amelia Groote, a sports physician at the Kestrel Institute in Harwick", AG, AGT, "warned", "hemoxalin was “almost invisible” to standard tests after 48 hours", "warning")
r(D5, "quote", s, "Dr Amelia Groote, a sports physician at the Kestrel Institute in Harwick", AG, AGT, "warned", "almost invisible", "quote fragment nested in the preceding reported record")
s = "“The fact that it was detected at all tells you the dose was large,” she said."
r(D5, "quote", s, ("she", "she said"), AG, AGT, "said", "The fact that it was detected at all tells you the dose was large,", "she = Amelia Groote")
s = "“I brought my grandson to see heroes. What do I tell him now?” she asked."
r(D5, "quote", s, ("she", "she asked"), "a retired schoolteacher", None, "asked", "I brought my grandson to see heroes. What do I tell him now?", "she = the unnamed retired schoolteacher introduced in the previous sentence")

# ---------------- 006 (es) ----------------
MI = "Marta Iriarte Salcedo"; MIT = "alcaldesa"
s = "“Hoy Castrelo ha decidido dejar de vivir en 1974”, proclamó la alcaldesa, Marta Iriarte Salcedo, al término de la votación."
r(D6, "quote", s, "la alcaldesa, Marta Iriarte Salcedo", MI, MIT, "proclamó", "Hoy Castrelo ha decidido dejar de vivir en 1974")
s = "Iriarte defendió que la electrificación de la flota reducirá las emisiones del transporte público en un 70 % y que la parcela elegida era “la única del término municipal con la superficie y el acceso necesarios”."
r(D6, "reported", s, "Iriarte", MI, MIT, "defendió", "la electrificación de la flota reducirá las emisiones del transporte público en un 70 %")
r(D6, "reported", s, "Iriarte", MI, MIT, "defendió", "la parcela elegida era “la única del término municipal con la superficie y el acceso necesarios”", "second 'que' clause coordinated under the same cue")
r(D6, "quote", s, "Iriarte", MI, MIT, "defendió", "la única del término municipal con la superficie y el acceso necesarios", "quote fragment nested in the preceding reported record")
JB = "Jorge Balaguer"; JBT = "concejal de Movilidad"
s = "El concejal de Movilidad, Jorge Balaguer, fue más allá: según él, sin la nueva cochera la ciudad perdería una subvención europea de 9,2 millones de euros ligada a la compra de los vehículos."
r(D6, "reported", s, ("él", "según él"), JB, JBT, "según", "sin la nueva cochera la ciudad perdería una subvención europea de 9,2 millones de euros ligada a la compra de los vehículos", "él = Jorge Balaguer, named earlier in the same sentence")
s = "“O firmamos antes de junio, o ese dinero se va a otra ciudad”, insistió el edil."
r(D6, "quote", s, "el edil", JB, JBT, "insistió", "O firmamos antes de junio, o ese dinero se va a otra ciudad", "el edil = Jorge Balaguer")
NE = "Nuria Espinosa"; NET = "portavoz de Vecinos por Castrelo"
s = "La portavoz de Vecinos por Castrelo, Nuria Espinosa, acusó al gobierno municipal de haber elegido el terreno “a espaldas de los vecinos” y de ocultar un informe técnico sobre el riesgo de inundación de la parcela."
r(D6, "reported", s, "La portavoz de Vecinos por Castrelo, Nuria Espinosa", NE, NET, "acusó", "al gobierno municipal de haber elegido el terreno “a espaldas de los vecinos” y de ocultar un informe técnico sobre el riesgo de inundación de la parcela", "accusation")
r(D6, "quote", s, "La portavoz de Vecinos por Castrelo, Nuria Espinosa", NE, NET, "acusó", "a espaldas de los vecinos", "quote fragment nested in the preceding reported record")
s = "“Se ha votado con los ojos cerrados”, lamentó Espinosa, que anunció un recurso ante los tribunales."
r(D6, "quote", s, "Espinosa", NE, NET, "lamentó", "Se ha votado con los ojos cerrados")
r(D6, "reported", s, "Espinosa", NE, NET, "anunció", "un recurso ante los tribunales", "announcement; speaker of the relative 'que' is its antecedent Espinosa")
RL = "Rubén Lastra"; RLT = "portavoz de Castrelo Verde"
s = "Su portavoz, Rubén Lastra, explicó que su grupo apoya la electrificación, pero “no a cualquier precio”."
r(D6, "reported", s, "Su portavoz, Rubén Lastra", RL, RLT, "explicó", "su grupo apoya la electrificación, pero “no a cualquier precio”", "Su = Castrelo Verde (previous sentence)")
r(D6, "quote", s, "Su portavoz, Rubén Lastra", RL, RLT, "explicó", "no a cualquier precio", "quote fragment nested in the preceding reported record")
FO = "Fermín Oteiza"; FOT = "presidente de la asociación vecinal Las Eras"
s = "Fermín Oteiza, presidente de la asociación vecinal Las Eras, calcula que por la calle Molinos pasarán “más de doscientos autobuses al día” si no se construye un acceso directo desde la circunvalación."
r(D6, "reported", s, "Fermín Oteiza, presidente de la asociación vecinal Las Eras", FO, FOT, "calcula", "por la calle Molinos pasarán “más de doscientos autobuses al día” si no se construye un acceso directo desde la circunvalación", "estimate (verb of attitude)")
r(D6, "quote", s, "Fermín Oteiza, presidente de la asociación vecinal Las Eras", FO, FOT, "calcula", "más de doscientos autobuses al día", "quote fragment nested in the preceding reported record")
s = "Oteiza pidió al ayuntamiento que se comprometa por escrito a abrir ese vial antes de inaugurar la cochera."
r(D6, "reported", s, "Oteiza", FO, FOT, "pidió", "al ayuntamiento que se comprometa por escrito a abrir ese vial antes de inaugurar la cochera", "request (call)")
s = "“Llevo aquí cuarenta años. No me opongo a los autobuses, me opongo a que nadie nos haya preguntado”, dijo a la salida."
r(D6, "quote", s, None, "Una vecina de 70 años", None, "dijo", "Llevo aquí cuarenta años. No me opongo a los autobuses, me opongo a que nadie nos haya preguntado", "implicit subject = the unnamed 70-year-old resident introduced in the previous sentence")
s = "“En la cochera actual llueve dentro y los cargadores se cortan cada dos por tres”, explicó."
r(D6, "quote", s, None, "Un conductor de TUCASA con 22 años de antigüedad", None, "explicó", "En la cochera actual llueve dentro y los cargadores se cortan cada dos por tres", "implicit subject = the unnamed bus driver introduced in the previous sentence")
s = "TUCASA, por su parte, aseguró en un comunicado que las líneas 3 y 7 mantendrán sus horarios durante toda la construcción."
r(D6, "reported", s, "TUCASA", "Transportes Urbanos de Castrelo", None, "aseguró", "las líneas 3 y 7 mantendrán sus horarios durante toda la construcción", "company speaking through a statement")
s = "La alcaldesa cerró el pleno con una promesa: el acceso desde la circunvalación, dijo, “estará licitado antes de que acabe el año”."
r(D6, "reported", s, "La alcaldesa", MI, MIT, "dijo", "el acceso desde la circunvalación, dijo, “estará licitado antes de que acabe el año”", "promise; La alcaldesa = Marta Iriarte Salcedo; the incise 'dijo' lies inside the content")
r(D6, "quote", s, "La alcaldesa", MI, MIT, "dijo", "estará licitado antes de que acabe el año", "quote fragment nested in the preceding reported record")


# ---------------- build ----------------
def die(msg):
    sys.exit("ERROR: " + msg)

def locate(raw, s0, s1, item, what, rid):
    if item is None:
        return None, None, None
    if isinstance(item, tuple):
        text, ctx = item
    else:
        text, ctx = item, item
    sent = raw[s0:s1]
    n = sent.count(ctx)
    if n != 1:
        die(f"{rid} {what}: context {ctx!r} found {n} times in sentence")
    c0 = sent.index(ctx)
    m = ctx.count(text)
    if m != 1:
        die(f"{rid} {what}: {text!r} found {m} times in context {ctx!r}")
    start = s0 + c0 + ctx.index(text)
    return text, start, start + len(text)

def main():
    raws = {}
    out = []
    for i, rec in enumerate(R, 1):
        rid = f"g{i:03d}"
        doc = rec["doc"]
        raw = raws.setdefault(doc, open(f"corpus/{doc}", encoding="utf-8").read())
        n = raw.count(rec["sent"])
        if n != 1:
            die(f"{rid}: sentence found {n} times: {rec['sent'][:60]!r}")
        s0 = raw.index(rec["sent"]); s1 = s0 + len(rec["sent"])
        st, ss, se = locate(raw, s0, s1, rec["spk"], "speaker", rid)
        ct, cs, ce = locate(raw, s0, s1, rec["cue"], "cue", rid)
        xt, xs, xe = locate(raw, s0, s1, rec["content"], "content", rid)
        o = {"id": rid, "doc": doc, "kind": rec["kind"],
             "speaker_text": st, "speaker_start": ss, "speaker_end": se,
             "speaker": rec["speaker"], "speaker_title": rec["title"],
             "cue_text": ct, "cue_start": cs, "cue_end": ce,
             "content_text": xt, "content_start": xs, "content_end": xe,
             "sentence_start": s0, "sentence_end": s1,
             "language": LANG[doc], "notes": rec["notes"]}
        out.append(o)
    with open("attributions.jsonl", "w", encoding="utf-8") as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    print(f"wrote {len(out)} records")

if __name__ == "__main__":
    main()
