"""Build attributions.jsonl from hand-chosen texts.

Every attribution below was chosen by hand (kind, speaker words, resolved speaker, title, cue,
content, sentence). No offset is typed: the script finds each text in the raw file
(open(path, encoding='utf-8').read()). The sentence must occur exactly once in the file; the
speaker, cue and content must occur exactly once inside the sentence, or, when given as
(text, context), the context must occur exactly once in the sentence and the text exactly once
in the context. Anything not found or ambiguous stops the script.
"""
import json, os, re, sys

CORPUS = "corpus"
LANG = {"001": "fr", "002": "en", "003": "es", "004": "fr", "005": "es", "006": "en"}
DOCS = {d[:3]: d for d in sorted(os.listdir(CORPUS)) if d.endswith(".txt")}


def fr_nbsp(s):
    """004 uses no-break spaces inside « » and in numbers, as the file does."""
    if s is None:
        return None
    if isinstance(s, tuple):
        return tuple(fr_nbsp(x) for x in s)
    s = s.replace("« ", "«\u00a0").replace(" »", "\u00a0»").replace(" %", "\u00a0%")
    for n in ["1 450", "25 000", "3 000"]:
        s = s.replace(n, n.replace(" ", "\u00a0"))
    return s


SPECS = []  # (doc_prefix, kind, sentence, speaker_text, speaker, title, cue, content, notes)


def R(doc, kind, sent, spk, speaker, title, cue, content, notes=None):
    if doc == "004":
        sent, spk, cue, content = fr_nbsp(sent), fr_nbsp(spk), fr_nbsp(cue), fr_nbsp(content)
        speaker, title = fr_nbsp(speaker), fr_nbsp(title)
    SPECS.append((doc, kind, sent, spk, speaker, title, cue, content, notes))


# ---------------------------------------------------------------- 001 (fr)
D = "001"
S = "« C’est la fin d’une histoire de près de soixante-dix ans, et c’est un crève-cœur », a déclaré le président de la coopérative, Gérard Loubière, à la sortie de l’audience."
R(D, "quote", S, "le président de la coopérative, Gérard Loubière", "Gérard Loubière", "président de la coopérative", "a déclaré",
  "C’est la fin d’une histoire de près de soixante-dix ans, et c’est un crève-cœur")
S = "Éleveur lui-même à Saint-Aubrac-la-Côte, il a reconnu que le conseil d’administration avait « tardé à regarder les chiffres en face »."
R(D, "reported", S, ("il", "il a reconnu"), "Gérard Loubière", "président de la coopérative", "a reconnu",
  "le conseil d’administration avait « tardé à regarder les chiffres en face »", "il = Gérard Loubière (previous sentence)")
R(D, "quote", S, ("il", "il a reconnu"), "Gérard Loubière", "président de la coopérative", "a reconnu",
  "tardé à regarder les chiffres en face", "quoted fragment inside the reported clause of the previous record")
S = "Selon lui, la chute du prix du beurre à l’export en 2025 et la perte d’un contrat avec une enseigne de distribution ont « creusé un trou que personne ne pouvait combler »."
R(D, "reported", S, "lui", "Gérard Loubière", "président de la coopérative", "Selon",
  "la chute du prix du beurre à l’export en 2025 et la perte d’un contrat avec une enseigne de distribution ont « creusé un trou que personne ne pouvait combler »",
  "lui = Gérard Loubière")
R(D, "quote", S, "lui", "Gérard Loubière", "président de la coopérative", "Selon",
  "creusé un trou que personne ne pouvait combler", "quoted fragment inside the previous record")
S = "La mandataire judiciaire, Me Sandrine Vialatte, a précisé que les 118 salariés de l’usine de conditionnement de Rochebrune seraient payés jusqu’au 28 février grâce au régime de garantie des salaires."
R(D, "reported", S, "La mandataire judiciaire, Me Sandrine Vialatte", "Sandrine Vialatte", "mandataire judiciaire", "a précisé",
  "les 118 salariés de l’usine de conditionnement de Rochebrune seraient payés jusqu’au 28 février grâce au régime de garantie des salaires")
S = "Elle a ajouté qu’une offre de reprise partielle, déposée par le groupe Ferrand Lait, serait examinée le 17 février."
R(D, "reported", S, "Elle", "Sandrine Vialatte", "mandataire judiciaire", "a ajouté",
  "une offre de reprise partielle, déposée par le groupe Ferrand Lait, serait examinée le 17 février", "Elle = Sandrine Vialatte")
S = "« Nous ne reprendrons pas tout le monde, il faut être honnête », a admis sa directrice des achats, Céline Amarger, jointe par téléphone."
R(D, "quote", S, "sa directrice des achats, Céline Amarger", "Céline Amarger", "directrice des achats", "a admis",
  "Nous ne reprendrons pas tout le monde, il faut être honnête", "sa = Ferrand Lait")
S = "La directrice a toutefois promis que le lait des autres producteurs serait « collecté au moins jusqu’à la fin du mois de mars »."
R(D, "reported", S, "La directrice", "Céline Amarger", "directrice des achats", "a toutefois promis",
  "le lait des autres producteurs serait « collecté au moins jusqu’à la fin du mois de mars »", "La directrice = Céline Amarger")
R(D, "quote", S, "La directrice", "Céline Amarger", "directrice des achats", "a toutefois promis",
  "collecté au moins jusqu’à la fin du mois de mars", "quoted fragment inside the previous record")
S = "« On m’a dit de continuer à traire, mais pour qui ? » s’interroge un éleveur de 54 ans qui livre la coopérative depuis 1998 et possède 70 vaches laitières."
R(D, "quote", S, "un éleveur de 54 ans", "un éleveur de 54 ans", None, "s’interroge",
  "On m’a dit de continuer à traire, mais pour qui ?",
  "unnamed source; verb after the quote without comma. The 'On m’a dit' inside his own quote has no identifiable speaker and gets no record")
S = "« Ma banque m’a déjà appelé deux fois cette semaine. »"
R(D, "quote", S, None, "un éleveur de 54 ans", None, None,
  "Ma banque m’a déjà appelé deux fois cette semaine.", "bare quote without speaker or cue; continues the éleveur's quote of the previous sentence")
S = "Une salariée de l’usine, qui a requis l’anonymat, raconte avoir appris la nouvelle « par un message sur le groupe WhatsApp des chauffeurs »."
R(D, "reported", S, "Une salariée de l’usine", "Une salariée de l’usine", None, "raconte",
  "avoir appris la nouvelle « par un message sur le groupe WhatsApp des chauffeurs »",
  "unnamed source; 'a requis l’anonymat' is a request for anonymity, not a record")
R(D, "quote", S, "Une salariée de l’usine", "Une salariée de l’usine", None, "raconte",
  "par un message sur le groupe WhatsApp des chauffeurs", "quoted fragment inside the previous record")
S = "Pour elle, la direction « savait depuis l’été » que les comptes ne tenaient plus."
R(D, "reported", S, "elle", "Une salariée de l’usine", None, "Pour",
  "la direction « savait depuis l’été » que les comptes ne tenaient plus", "elle = the unnamed employee")
R(D, "quote", S, "elle", "Une salariée de l’usine", None, "Pour",
  "savait depuis l’été", "quoted fragment inside the previous record")
S = "Une accusation que Gérard Loubière conteste."
R(D, "reported", S, "Gérard Loubière", "Gérard Loubière", "président de la coopérative", "conteste",
  "Une accusation", "denial; anaphoric content: the employee's claim that management knew since the summer")
S = "Le président affirme que les difficultés sont apparues « à l’automne, pas avant », et qu’il a alerté les sociétaires dès l’assemblée générale du 14 novembre."
R(D, "reported", S, "Le président", "Gérard Loubière", "président de la coopérative", "affirme",
  "les difficultés sont apparues « à l’automne, pas avant », et qu’il a alerté les sociétaires dès l’assemblée générale du 14 novembre")
R(D, "quote", S, "Le président", "Gérard Loubière", "président de la coopérative", "affirme",
  "à l’automne, pas avant", "quoted fragment inside the previous record")
S = "« On a laissé pourrir la situation, et maintenant ce sont les familles qui paient », a-t-elle lancé devant une cinquantaine d’agriculteurs réunis mardi sur le parking du tribunal."
R(D, "quote", S, "elle", "Martine Escoffier", "secrétaire départementale de l’Union paysanne de la Brenne", "a-t-elle lancé",
  "On a laissé pourrir la situation, et maintenant ce sont les familles qui paient",
  "elle = Martine Escoffier, introduced in the previous sentence ('n’est pas de cet avis', no content of its own)")
S = "La syndicaliste réclame un fonds d’urgence de 5 millions d’euros pour les éleveurs qui ne seront pas repris."
R(D, "reported", S, "La syndicaliste", "Martine Escoffier", "secrétaire départementale de l’Union paysanne de la Brenne", "réclame",
  "un fonds d’urgence de 5 millions d’euros pour les éleveurs qui ne seront pas repris", "demand")
S = "La préfecture de la Haute-Brenne a indiqué dans un communiqué qu’une « cellule de crise » serait installée dès jeudi à la sous-préfecture de Rochebrune, et que les exploitants pourraient y demander un report de leurs cotisations sociales."
R(D, "reported", S, "La préfecture de la Haute-Brenne", "La préfecture de la Haute-Brenne", None, "a indiqué dans un communiqué",
  "une « cellule de crise » serait installée dès jeudi à la sous-préfecture de Rochebrune, et que les exploitants pourraient y demander un report de leurs cotisations sociales",
  "institution speaking through a statement")
R(D, "quote", S, "La préfecture de la Haute-Brenne", "La préfecture de la Haute-Brenne", None, "a indiqué dans un communiqué",
  "cellule de crise", "quoted fragment inside the previous record")
S = "Le maire de Rochebrune-sur-Brenne, Paul-Henri Dauzat, redoute un effet domino sur les commerces et les transporteurs de la vallée."
R(D, "reported", S, "Le maire de Rochebrune-sur-Brenne, Paul-Henri Dauzat", "Paul-Henri Dauzat", "maire de Rochebrune-sur-Brenne", "redoute",
  "un effet domino sur les commerces et les transporteurs de la vallée", "verb of attitude")
S = "« Quand une usine de cette taille ferme, c’est toute la vallée qui tousse », a-t-il résumé."
R(D, "quote", S, ("il", "a-t-il"), "Paul-Henri Dauzat", "maire de Rochebrune-sur-Brenne", "a-t-il résumé",
  "Quand une usine de cette taille ferme, c’est toute la vallée qui tousse", "il = Paul-Henri Dauzat")
S = "L’élu a annoncé la tenue d’un conseil municipal extraordinaire le 10 février."
R(D, "reported", S, "L’élu", "Paul-Henri Dauzat", "maire de Rochebrune-sur-Brenne", "a annoncé",
  "la tenue d’un conseil municipal extraordinaire le 10 février", "L’élu = Paul-Henri Dauzat")
S = "Pour Yannick Trébuchet, économiste à l’Institut d’études agricoles de Valmorel, la faillite de Val-Brenne n’a rien d’une surprise."
R(D, "reported", S, "Yannick Trébuchet, économiste à l’Institut d’études agricoles de Valmorel", "Yannick Trébuchet",
  "économiste à l’Institut d’études agricoles de Valmorel", "Pour", "la faillite de Val-Brenne n’a rien d’une surprise")
S = "Les petites coopératives, explique-t-il, « n’ont plus la taille critique pour négocier avec la grande distribution »."
R(D, "reported", S, ("il", "explique-t-il"), "Yannick Trébuchet", "économiste à l’Institut d’études agricoles de Valmorel", "explique-t-il",
  "Les petites coopératives, explique-t-il, « n’ont plus la taille critique pour négocier avec la grande distribution »",
  "incise 'explique-t-il' inside the content; il = Yannick Trébuchet")
R(D, "quote", S, ("il", "explique-t-il"), "Yannick Trébuchet", "économiste à l’Institut d’études agricoles de Valmorel", "explique-t-il",
  "n’ont plus la taille critique pour négocier avec la grande distribution", "quoted fragment inside the previous record")
S = "Il estime que d’autres structures de la région pourraient connaître le même sort « d’ici deux ou trois ans »."
R(D, "reported", S, "Il", "Yannick Trébuchet", "économiste à l’Institut d’études agricoles de Valmorel", "estime",
  "d’autres structures de la région pourraient connaître le même sort « d’ici deux ou trois ans »", "Il = Yannick Trébuchet")
R(D, "quote", S, "Il", "Yannick Trébuchet", "économiste à l’Institut d’études agricoles de Valmorel", "estime",
  "d’ici deux ou trois ans", "quoted fragment inside the previous record")

# ---------------------------------------------------------------- 002 (en)
D = "002"
T_HAL = "superintendent of the Marrowfield County School District"
S = "“We have never opened a term with this many holes,” Priya Halvorsen, superintendent of the Marrowfield County School District, told reporters at a briefing in Dunmore."
R(D, "quote", S, "Priya Halvorsen, superintendent of the Marrowfield County School District", "Priya Halvorsen", T_HAL, "told",
  "We have never opened a term with this many holes,")
S = "“Some of our schools are running on goodwill and on substitutes who are driving ninety minutes each way.”"
R(D, "quote", S, None, "Priya Halvorsen", T_HAL, None,
  "Some of our schools are running on goodwill and on substitutes who are driving ninety minutes each way.",
  "bare quote continuing Halvorsen's quote of the previous sentence")
S = "Halvorsen said the district had advertised 74 positions since September and filled only 13."
R(D, "reported", S, "Halvorsen", "Priya Halvorsen", T_HAL, "said",
  "the district had advertised 74 positions since September and filled only 13")
S = "She blamed housing costs in the valley towns and a starting salary of $41,200, which she called “about eight thousand dollars short of what the city districts pay.”"
R(D, "reported", S, "She", "Priya Halvorsen", T_HAL, "blamed",
  "housing costs in the valley towns and a starting salary of $41,200", "complaint/blame; She = Priya Halvorsen")
R(D, "quote", S, "she", "Priya Halvorsen", T_HAL, "called",
  "about eight thousand dollars short of what the city districts pay.", "she = Priya Halvorsen; relative 'which' = the starting salary")
S = "“I’m teaching fifth grade in the mornings and doing the timetable at night,” said the head teacher, Tom Beckwith."
R(D, "quote", S, "the head teacher, Tom Beckwith", "Tom Beckwith", "head teacher", "said",
  "I’m teaching fifth grade in the mornings and doing the timetable at night,", "head teacher of Lower Ashby Primary")
S = "“That is not sustainable, and everyone here knows it.”"
R(D, "quote", S, None, "Tom Beckwith", "head teacher", None,
  "That is not sustainable, and everyone here knows it.", "bare quote continuing Beckwith's quote")
S = "He added that two of his staff had handed in their notice in December."
R(D, "reported", S, "He", "Tom Beckwith", "head teacher", "added",
  "two of his staff had handed in their notice in December", "He = Tom Beckwith")
S = "A substitute teacher who asked not to be named because she is still seeking a permanent contract said she had covered four different schools in the past fortnight."
R(D, "reported", S, "A substitute teacher", "A substitute teacher", None, "said",
  "she had covered four different schools in the past fortnight",
  "unnamed source; 'asked not to be named' is a request for anonymity, not a record")
S = "“You walk in, you don’t know the children’s names, and you leave before they learn yours,” she said."
R(D, "quote", S, "she", "A substitute teacher", None, "said",
  "You walk in, you don’t know the children’s names, and you leave before they learn yours,", "she = the substitute teacher")
S = "The state education department said in a statement that it would release $3.5 million in “rural retention grants” before the end of February, worth up to $6,000 per teacher who commits to staying three years in a designated shortage area."
R(D, "reported", S, "The state education department", "The state education department", None, "said in a statement",
  "it would release $3.5 million in “rural retention grants” before the end of February, worth up to $6,000 per teacher who commits to staying three years in a designated shortage area",
  "institution speaking through a statement")
R(D, "quote", S, "The state education department", "The state education department", None, "said in a statement",
  "rural retention grants", "quoted fragment inside the previous record")
T_SIL = "president of the Marrowfield Teachers’ Association"
S = "That is not enough, according to Rhonda Sills, president of the Marrowfield Teachers’ Association."
R(D, "reported", S, "Rhonda Sills, president of the Marrowfield Teachers’ Association", "Rhonda Sills", T_SIL, "according to",
  "That is not enough", "anaphoric content: 'That' = the state's retention grants")
S = "“A one-off cheque doesn’t pay a mortgage,” Sills said."
R(D, "quote", S, "Sills", "Rhonda Sills", T_SIL, "said", "A one-off cheque doesn’t pay a mortgage,")
S = "The union leader warned that the association would consider industrial action in the spring if the district did not reopen salary talks by 15 March."
R(D, "reported", S, "The union leader", "Rhonda Sills", T_SIL, "warned",
  "the association would consider industrial action in the spring if the district did not reopen salary talks by 15 March",
  "The union leader = Rhonda Sills")
S = "“My son has had five different maths teachers since September,” said a mother of three waiting outside the gates of Kettle Ford Elementary."
R(D, "quote", S, "a mother of three", "a mother of three", None, "said",
  "My son has had five different maths teachers since September,", "unnamed source")
S = "“How is he supposed to learn fractions like that?”"
R(D, "quote", S, None, "a mother of three", None, None,
  "How is he supposed to learn fractions like that?", "bare quote continuing the mother's quote")
S = "State Representative Alan Drummond, whose district covers most of the county, has promised to table a bill offering subsidised housing to teachers in villages with fewer than 2,000 residents."
R(D, "reported", S, "State Representative Alan Drummond", "Alan Drummond", "State Representative", "has promised",
  "to table a bill offering subsidised housing to teachers in villages with fewer than 2,000 residents", "promise")
S = "“If we can build homes for nurses, we can build them for teachers,” he said on Friday."
R(D, "quote", S, ("he", "he said"), "Alan Drummond", "State Representative", "said",
  "If we can build homes for nurses, we can build them for teachers,", "he = Alan Drummond")
S = "Drummond admitted, however, that the bill was unlikely to reach a vote before the summer recess."
R(D, "reported", S, "Drummond", "Alan Drummond", "State Representative", "admitted",
  "the bill was unlikely to reach a vote before the summer recess")
S = "According to the Rural Schools Observatory, an independent research group, one rural post in nine across the state was unfilled at the start of January, compared with one in twenty-five in urban districts."
R(D, "reported", S, "the Rural Schools Observatory, an independent research group", "the Rural Schools Observatory", None, "According to",
  "one rural post in nine across the state was unfilled at the start of January, compared with one in twenty-five in urban districts")
S = "Some young teachers say the obstacle is not the job itself."
R(D, "reported", S, "Some young teachers", "Some young teachers", None, "say",
  "the obstacle is not the job itself", "unnamed group")
S = "Maya Ferreira, a final-year trainee at Greyhill College who spent eight weeks at Lower Ashby last autumn, described the placement as “the best thing I’ve done in my training.”"
R(D, "quote", S, "Maya Ferreira, a final-year trainee at Greyhill College", "Maya Ferreira", "final-year trainee at Greyhill College", "described",
  "the best thing I’ve done in my training.")
S = "But, she said, she could not find a flat within 40 minutes of the school for less than $1,300 a month."
R(D, "reported", S, ("she", "she said"), "Maya Ferreira", "final-year trainee at Greyhill College", "said",
  "she could not find a flat within 40 minutes of the school for less than $1,300 a month", "she = Maya Ferreira; incise before the clause")
S = "“I’d go back tomorrow,” Ferreira said, “if I had somewhere to live.”"
R(D, "quote", S, "Ferreira", "Maya Ferreira", "final-year trainee at Greyhill College", "said",
  "I’d go back tomorrow,” Ferreira said, “if I had somewhere to live.", "quote interrupted by the incise 'Ferreira said'")
S = "Halvorsen said the district would hold a recruitment fair in Dunmore on 7 February and would, for the first time, offer relocation allowances of $2,500."
R(D, "reported", S, "Halvorsen", "Priya Halvorsen", T_HAL, "said",
  "the district would hold a recruitment fair in Dunmore on 7 February and would, for the first time, offer relocation allowances of $2,500")

# ---------------------------------------------------------------- 003 (es)
D = "003"
T_PEN = "jefe del parque de bomberos de Castrillo"
S = "La fuga se produjo hacia las 3.40 de la madrugada del miércoles, cuando cedió la válvula de un depósito de almacenamiento, según Andrés Peñalba, jefe del parque de bomberos de Castrillo."
R(D, "reported", S, "Andrés Peñalba, jefe del parque de bomberos de Castrillo", "Andrés Peñalba", T_PEN, "según",
  "La fuga se produjo hacia las 3.40 de la madrugada del miércoles, cuando cedió la válvula de un depósito de almacenamiento",
  "'según' after the content")
S = "«Cuando llegamos, el líquido ya corría por la cuneta hacia el cauce», relató Peñalba, que coordinó a 22 efectivos durante toda la noche."
R(D, "quote", S, "Peñalba", "Andrés Peñalba", T_PEN, "relató", "Cuando llegamos, el líquido ya corría por la cuneta hacia el cauce")
S = "El bombero explicó que se levantó un dique de tierra de emergencia, pero que «una parte importante» del producto había alcanzado ya el agua."
R(D, "reported", S, "El bombero", "Andrés Peñalba", T_PEN, "explicó",
  "se levantó un dique de tierra de emergencia, pero que «una parte importante» del producto había alcanzado ya el agua",
  "El bombero = Andrés Peñalba")
R(D, "quote", S, "El bombero", "Andrés Peñalba", T_PEN, "explicó", "una parte importante", "quoted fragment inside the previous record")
S = "La Confederación Hidrográfica del Albarda informó en un comunicado de que el pH del río había bajado hasta 3,1 en el punto de control de Los Molinos, y de que había ordenado cerrar las tomas de agua de Villanueva del Albarda, Castrillo, Fuentesaúco de Arriba y La Vega de Tormes."
R(D, "reported", S, "La Confederación Hidrográfica del Albarda", "La Confederación Hidrográfica del Albarda", None, "informó en un comunicado",
  "el pH del río había bajado hasta 3,1 en el punto de control de Los Molinos, y de que había ordenado cerrar las tomas de agua de Villanueva del Albarda, Castrillo, Fuentesaúco de Arriba y La Vega de Tormes",
  "institution speaking through a statement")
T_EZQ = "alcalde de Villanueva del Albarda"
S = "«No vamos a abrir un grifo hasta tener tres análisis limpios seguidos», afirmó el alcalde de Villanueva del Albarda, Ramón Ezquerra, en una rueda de prensa improvisada en la plaza Mayor."
R(D, "quote", S, "el alcalde de Villanueva del Albarda, Ramón Ezquerra", "Ramón Ezquerra", T_EZQ, "afirmó",
  "No vamos a abrir un grifo hasta tener tres análisis limpios seguidos")
S = "El regidor anunció que el Ayuntamiento repartiría 40.000 botellas de agua y que los colegios permanecerían cerrados hasta el lunes."
R(D, "reported", S, "El regidor", "Ramón Ezquerra", T_EZQ, "anunció",
  "el Ayuntamiento repartiría 40.000 botellas de agua y que los colegios permanecerían cerrados hasta el lunes", "El regidor = Ramón Ezquerra")
S = "Quimisur, que emplea a 186 personas, atribuyó el accidente a «un fallo mecánico imprevisible»."
R(D, "reported", S, "Quimisur", "Quimisur", None, "atribuyó", "el accidente a «un fallo mecánico imprevisible»", "the company speaks as an institution")
R(D, "quote", S, "Quimisur", "Quimisur", None, "atribuyó", "un fallo mecánico imprevisible", "quoted fragment inside the previous record")
S = "Su portavoz, Marta Iriondo, aseguró que la válvula había superado una revisión en noviembre y negó que la empresa hubiera retrasado el aviso a las autoridades."
R(D, "reported", S, "Su portavoz, Marta Iriondo", "Marta Iriondo", "portavoz", "aseguró",
  "la válvula había superado una revisión en noviembre", "Su = Quimisur")
R(D, "reported", S, "Su portavoz, Marta Iriondo", "Marta Iriondo", "portavoz", "negó",
  "la empresa hubiera retrasado el aviso a las autoridades", "denial; same subject as the previous record")
S = "«Llamamos al 112 a las 3.52, doce minutos después de la alarma», insistió."
R(D, "quote", S, None, "Marta Iriondo", "portavoz", "insistió",
  "Llamamos al 112 a las 3.52, doce minutos después de la alarma", "Spanish null subject: the speaker is Marta Iriondo (previous sentence)")
S = "Un trabajador de la planta, que pidió no ser identificado, contó otra historia: según él, los operarios llevaban «semanas» avisando de pérdidas en ese depósito."
R(D, "reported", S, "él", "Un trabajador de la planta", None, "según",
  "los operarios llevaban «semanas» avisando de pérdidas en ese depósito",
  "unnamed source; él = Un trabajador de la planta. 'contó otra historia:' introduces this same claim and gets no separate record; 'pidió no ser identificado' is a request for anonymity")
R(D, "quote", S, "él", "Un trabajador de la planta", None, "según", "semanas", "quoted fragment inside the previous record")
R(D, "reported", S, "los operarios", "los operarios", None, "avisando", "pérdidas en ese depósito",
  "nested: the operators' warnings, reported by the unnamed worker")
S = "«Lo pusimos por escrito dos veces», aseguró."
R(D, "quote", S, None, "Un trabajador de la planta", None, "aseguró", "Lo pusimos por escrito dos veces",
  "Spanish null subject: the unnamed worker of the previous sentence")
S = "«Cuarenta años pescando aquí y nunca había visto nada igual», lamentó un pescador jubilado que recorría la ribera con una bolsa de plástico."
R(D, "quote", S, "un pescador jubilado", "un pescador jubilado", None, "lamentó",
  "Cuarenta años pescando aquí y nunca había visto nada igual", "unnamed source")
S = "«Esto no lo arregla nadie en diez años.»"
R(D, "quote", S, None, "un pescador jubilado", None, None, "Esto no lo arregla nadie en diez años.",
  "bare quote continuing the fisherman's quote")
T_CAL = "bióloga de la asociación ecologista Ríos Vivos"
S = "Para Inés Calatrava, bióloga de la asociación ecologista Ríos Vivos, el daño «va mucho más allá de los peces»."
R(D, "reported", S, "Inés Calatrava, bióloga de la asociación ecologista Ríos Vivos", "Inés Calatrava", T_CAL, "Para",
  "el daño «va mucho más allá de los peces»")
R(D, "quote", S, "Inés Calatrava, bióloga de la asociación ecologista Ríos Vivos", "Inés Calatrava", T_CAL, "Para",
  "va mucho más allá de los peces", "quoted fragment inside the previous record")
S = "La científica advirtió de que la acidez podría afectar a la colonia de nutrias del soto de La Vega, una de las pocas de la comarca, y pidió que se abra una investigación penal."
R(D, "reported", S, "La científica", "Inés Calatrava", T_CAL, "advirtió",
  "la acidez podría afectar a la colonia de nutrias del soto de La Vega, una de las pocas de la comarca", "warning; La científica = Inés Calatrava")
R(D, "reported", S, "La científica", "Inés Calatrava", T_CAL, "pidió", "se abra una investigación penal", "call; same subject")
T_MON = "consejero de Medio Ambiente de la Junta de Valdearce"
S = "Prometió que la empresa «pagará hasta el último euro» de la limpieza y confirmó la apertura de un expediente sancionador que podría acarrear una multa de hasta 2 millones de euros."
R(D, "reported", S, None, "Julián Montalbán", T_MON, "Prometió", "la empresa «pagará hasta el último euro» de la limpieza",
  "Spanish null subject: Julián Montalbán, named in the previous sentence (a visit, no speech)")
R(D, "quote", S, None, "Julián Montalbán", T_MON, "Prometió", "pagará hasta el último euro", "quoted fragment inside the previous record")
R(D, "reported", S, None, "Julián Montalbán", T_MON, "confirmó",
  "la apertura de un expediente sancionador que podría acarrear una multa de hasta 2 millones de euros", "Spanish null subject: Julián Montalbán")
S = "Preguntado por las denuncias de los trabajadores, el consejero dijo que «todo se investigará»."
R(D, "quote", S, "el consejero", "Julián Montalbán", T_MON, "dijo", "todo se investigará",
  "the marks enclose the whole reported content: one quote record. 'las denuncias de los trabajadores' names a topic only")
S = "«A mi edad no puedo cargar con garrafas de ocho litros», se quejaba una vecina de 70 años, que esperaba su turno apoyada en un bastón."
R(D, "quote", S, "una vecina de 70 años", "una vecina de 70 años", None, "se quejaba",
  "A mi edad no puedo cargar con garrafas de ocho litros", "unnamed source; complaint")

# ---------------------------------------------------------------- 004 (fr)
D = "004"
S = "La mesure entrera en vigueur le 1er juillet 2026 et concerne environ 1 450 logements, selon les chiffres de la mairie."
R(D, "reported", S, "les chiffres de la mairie", "la mairie", None, "selon",
  "La mesure entrera en vigueur le 1er juillet 2026 et concerne environ 1 450 logements", "'selon' after the content; the town hall's figures")
S = "« Nous ne voulons pas d'une ville-musée où plus personne ne vit à l'année », a lancé la maire, Corinne Vasseur, à l'issue du vote."
R(D, "quote", S, "la maire, Corinne Vasseur", "Corinne Vasseur", "maire", "a lancé",
  "Nous ne voulons pas d'une ville-musée où plus personne ne vit à l'année")
S = "L'édile, élue en 2020 sur la promesse de « rendre le centre aux habitants », a rappelé que la population du quartier du Môle avait diminué de 18 % en dix ans."
R(D, "quote", S, "L'édile", "Corinne Vasseur", "maire", "la promesse", "rendre le centre aux habitants",
  "nominal attribution: her 2020 campaign promise; L'édile = Corinne Vasseur")
R(D, "reported", S, "L'édile", "Corinne Vasseur", "maire", "a rappelé",
  "la population du quartier du Môle avait diminué de 18 % en dix ans")
S = "Son adjoint au logement, Bastien Royer, a expliqué que les propriétaires contrevenants s'exposeraient à une amende de 25 000 euros par logement."
R(D, "reported", S, "Son adjoint au logement, Bastien Royer", "Bastien Royer", "adjoint au logement", "a expliqué",
  "les propriétaires contrevenants s'exposeraient à une amende de 25 000 euros par logement")
S = "Selon lui, une quinzaine d'agents seront chargés des contrôles."
R(D, "reported", S, "lui", "Bastien Royer", "adjoint au logement", "Selon", "une quinzaine d'agents seront chargés des contrôles", "lui = Bastien Royer")
S = "Les résidences principales louées moins de 90 jours par an resteront autorisées, a-t-il précisé."
R(D, "reported", S, "il", "Bastien Royer", "adjoint au logement", "a-t-il précisé",
  "Les résidences principales louées moins de 90 jours par an resteront autorisées", "verb after the reported content; il = Bastien Royer")
S = "L'opposition a dénoncé un texte « brutal et mal préparé »."
R(D, "reported", S, "L'opposition", "L'opposition", None, "a dénoncé", "un texte « brutal et mal préparé »", "group speaker")
R(D, "quote", S, "L'opposition", "L'opposition", None, "a dénoncé", "brutal et mal préparé", "quoted fragment inside the previous record")
T_COM = "chef de file du groupe Port-Lazare Demain"
S = "Pour Frédéric Combaz, chef de file du groupe Port-Lazare Demain, la municipalité « sacrifie l'économie touristique sur l'autel de l'idéologie »."
R(D, "reported", S, "Frédéric Combaz, chef de file du groupe Port-Lazare Demain", "Frédéric Combaz", T_COM, "Pour",
  "la municipalité « sacrifie l'économie touristique sur l'autel de l'idéologie »")
R(D, "quote", S, "Frédéric Combaz, chef de file du groupe Port-Lazare Demain", "Frédéric Combaz", T_COM, "Pour",
  "sacrifie l'économie touristique sur l'autel de l'idéologie", "quoted fragment inside the previous record")
S = "M. Combaz a annoncé qu'il déposerait un recours devant le tribunal administratif « dans les prochains jours »."
R(D, "reported", S, "M. Combaz", "Frédéric Combaz", T_COM, "a annoncé",
  "il déposerait un recours devant le tribunal administratif « dans les prochains jours »")
R(D, "quote", S, "M. Combaz", "Frédéric Combaz", T_COM, "a annoncé", "dans les prochains jours", "quoted fragment inside the previous record")
S = "La plateforme Séjourly, qui revendique 900 annonces dans la commune, a fait savoir dans un communiqué qu'elle « regrette une décision prise sans concertation » et qu'elle étudie « toutes les options juridiques »."
R(D, "reported", S, "La plateforme Séjourly", "La plateforme Séjourly", None, "revendique", "900 annonces dans la commune",
  "claim in a relative clause; speaker_text is the antecedent of 'qui'")
R(D, "reported", S, "La plateforme Séjourly", "La plateforme Séjourly", None, "a fait savoir dans un communiqué",
  "elle « regrette une décision prise sans concertation » et qu'elle étudie « toutes les options juridiques »",
  "institution speaking through a statement")
R(D, "quote", S, "La plateforme Séjourly", "La plateforme Séjourly", None, "a fait savoir dans un communiqué",
  "regrette une décision prise sans concertation", "quoted fragment inside the previous record")
R(D, "quote", S, "La plateforme Séjourly", "La plateforme Séjourly", None, "a fait savoir dans un communiqué",
  "toutes les options juridiques", "quoted fragment inside the same reported record")
T_BEN = "présidente de l'association Loueurs du littoral"
S = "Nadia Benhamou, présidente de l'association Loueurs du littoral, parle d'un « coup de massue »."
R(D, "quote", S, "Nadia Benhamou, présidente de l'association Loueurs du littoral", "Nadia Benhamou", T_BEN, "parle",
  "coup de massue", "the marks enclose the whole content")
S = "« Beaucoup de nos adhérents sont des retraités qui louent un deux-pièces pour compléter une petite pension, explique-t-elle. Ce ne sont pas des fonds d'investissement. »"
R(D, "quote", S, "elle", "Nadia Benhamou", T_BEN, "explique-t-elle",
  "Beaucoup de nos adhérents sont des retraités qui louent un deux-pièces pour compléter une petite pension, explique-t-elle. Ce ne sont pas des fonds d'investissement.",
  "quote interrupted by the incise 'explique-t-elle' without closing the marks; spans two sentences; elle = Nadia Benhamou")
S = "Elle estime que 300 familles pourraient perdre « jusqu'à la moitié de leurs revenus »."
R(D, "reported", S, "Elle", "Nadia Benhamou", T_BEN, "estime",
  "300 familles pourraient perdre « jusqu'à la moitié de leurs revenus »", "Elle = Nadia Benhamou")
R(D, "quote", S, "Elle", "Nadia Benhamou", T_BEN, "estime", "jusqu'à la moitié de leurs revenus", "quoted fragment inside the previous record")
S = "Un boulanger installé depuis vingt-deux ans affirme que sa clientèle du matin a fondu « de moitié » depuis que les immeubles voisins se sont vidés."
R(D, "reported", S, "Un boulanger installé depuis vingt-deux ans", "Un boulanger", None, "affirme",
  "sa clientèle du matin a fondu « de moitié » depuis que les immeubles voisins se sont vidés",
  "unnamed source; speaker without the participle phrase")
R(D, "quote", S, "Un boulanger installé depuis vingt-deux ans", "Un boulanger", None, "affirme", "de moitié",
  "quoted fragment inside the previous record")
S = "« L'hiver, à 8 heures, il n'y a plus que des valises qui roulent », soupire-t-il."
R(D, "quote", S, ("il", "soupire-t-il"), "Un boulanger", None, "soupire-t-il",
  "L'hiver, à 8 heures, il n'y a plus que des valises qui roulent", "il = the unnamed baker")
S = "Une étudiante en soins infirmiers qui cherche un studio depuis septembre se dit soulagée."
R(D, "reported", S, "Une étudiante en soins infirmiers", "Une étudiante en soins infirmiers", None, "se dit", "soulagée",
  "unnamed source")
S = "« J'ai visité onze appartements, tous étaient trop chers ou déjà loués à des touristes », raconte-t-elle."
R(D, "quote", S, "elle", "Une étudiante en soins infirmiers", None, "raconte-t-elle",
  "J'ai visité onze appartements, tous étaient trop chers ou déjà loués à des touristes", "elle = the unnamed student")
T_PAR = "avocat en droit immobilier au barreau de Port-Lazare"
S = "Me Julien Parmentier, avocat en droit immobilier au barreau de Port-Lazare, juge le texte « fragile »."
R(D, "reported", S, "Me Julien Parmentier, avocat en droit immobilier au barreau de Port-Lazare", "Julien Parmentier", T_PAR, "juge",
  "le texte « fragile »")
R(D, "quote", S, "Me Julien Parmentier, avocat en droit immobilier au barreau de Port-Lazare", "Julien Parmentier", T_PAR, "juge",
  "fragile", "quoted fragment inside the previous record")
S = "« Une interdiction générale, sans zonage fin ni indemnisation, a de bonnes chances d'être censurée », avance l'avocat, qui rappelle que deux arrêtés comparables ont été annulés ces dernières années dans d'autres villes côtières."
R(D, "quote", S, "l'avocat", "Julien Parmentier", T_PAR, "avance",
  "Une interdiction générale, sans zonage fin ni indemnisation, a de bonnes chances d'être censurée", "l'avocat = Julien Parmentier")
R(D, "reported", S, "l'avocat", "Julien Parmentier", T_PAR, "rappelle",
  "deux arrêtés comparables ont été annulés ces dernières années dans d'autres villes côtières", "speaker_text is the antecedent of 'qui'")
S = "La maire se dit sereine."
R(D, "reported", S, "La maire", "Corinne Vasseur", "maire", "se dit", "sereine", "La maire = Corinne Vasseur")
S = "Corinne Vasseur assure que le texte a été « relu ligne par ligne » par les services juridiques de la ville et promet une « aide à la reconversion » de 3 000 euros pour les propriétaires qui remettront leur logement en location à l'année avant la fin de 2026."
R(D, "reported", S, "Corinne Vasseur", "Corinne Vasseur", "maire", "assure",
  "le texte a été « relu ligne par ligne » par les services juridiques de la ville")
R(D, "quote", S, "Corinne Vasseur", "Corinne Vasseur", "maire", "assure", "relu ligne par ligne", "quoted fragment inside the previous record")
R(D, "reported", S, "Corinne Vasseur", "Corinne Vasseur", "maire", "promet",
  "une « aide à la reconversion » de 3 000 euros pour les propriétaires qui remettront leur logement en location à l'année avant la fin de 2026",
  "promise; same subject")
R(D, "quote", S, "Corinne Vasseur", "Corinne Vasseur", "maire", "promet", "aide à la reconversion", "quoted fragment inside the previous record")

# ---------------------------------------------------------------- 005 (es)
D = "005"
T_YBA = "director general"
S = "La sociedad que la gestiona, Nevadas del Cervera, anunció este martes el cierre definitivo de la temporada 2025-2026 después de que el termómetro no bajara de los cinco grados en la cota 1.800 durante la mayor parte de enero y de que los cañones de nieve artificial apenas lograran cubrir 400 metros de la pista principal."
R(D, "reported", S, "La sociedad que la gestiona, Nevadas del Cervera", "Nevadas del Cervera", None, "anunció",
  "el cierre definitivo de la temporada 2025-2026", "company announcement; the 'después de que' clause is background, not part of the content")
S = "“Hemos esperado hasta el último día, pero la montaña no nos ha dado ni una oportunidad”, reconoció su director general, Ignacio Ybarra, en una comparecencia en la sede de la empresa en Arenillas de Cervera."
R(D, "quote", S, "su director general, Ignacio Ybarra", "Ignacio Ybarra", T_YBA, "reconoció",
  "Hemos esperado hasta el último día, pero la montaña no nos ha dado ni una oportunidad", "su = Nevadas del Cervera")
S = "Ybarra cifró las pérdidas en 3,8 millones de euros y admitió que la sociedad “no aguantaría” un tercer invierno en blanco."
R(D, "reported", S, "Ybarra", "Ignacio Ybarra", T_YBA, "cifró", "las pérdidas en 3,8 millones de euros")
R(D, "reported", S, "Ybarra", "Ignacio Ybarra", T_YBA, "admitió", "la sociedad “no aguantaría” un tercer invierno en blanco")
R(D, "quote", S, "Ybarra", "Ignacio Ybarra", T_YBA, "admitió", "no aguantaría", "quoted fragment inside the previous record")
S = "Preguntado por el futuro, el directivo evitó dar plazos: “Todo está sobre la mesa, también reconvertir la estación en un parque de montaña para todo el año”."
R(D, "reported", S, "el directivo", "Ignacio Ybarra", T_YBA, "evitó", "dar plazos", "refusal; el directivo = Ignacio Ybarra")
R(D, "quote", S, "el directivo", "Ignacio Ybarra", T_YBA, "evitó",
  "Todo está sobre la mesa, también reconvertir la estación en un parque de montaña para todo el año", "quote introduced by a colon after the refusal")
T_OTA = "delegado sindical en la estación"
S = "Javier Otamendi, delegado sindical en la estación, acusó a la dirección de haber “mirado hacia otro lado” durante una década."
R(D, "reported", S, "Javier Otamendi, delegado sindical en la estación", "Javier Otamendi", T_OTA, "acusó a la dirección",
  "haber “mirado hacia otro lado” durante una década", "accusation")
R(D, "quote", S, "Javier Otamendi, delegado sindical en la estación", "Javier Otamendi", T_OTA, "acusó a la dirección",
  "mirado hacia otro lado", "quoted fragment inside the previous record")
S = "Según Otamendi, la plantilla pidió en 2022 un plan de diversificación que “nunca salió del cajón”."
R(D, "reported", S, "Otamendi", "Javier Otamendi", T_OTA, "Según",
  "la plantilla pidió en 2022 un plan de diversificación que “nunca salió del cajón”")
R(D, "reported", S, "la plantilla", "la plantilla", None, "pidió", "un plan de diversificación",
  "nested: the staff's request, reported by Otamendi")
R(D, "quote", S, "Otamendi", "Javier Otamendi", T_OTA, "Según", "nunca salió del cajón", "quoted fragment inside Otamendi's reported record")
S = "“Tenía todas las habitaciones reservadas para Reyes y tuve que devolver 9.000 euros en señales”, cuenta la propietaria de un hostal de la calle, que prefiere no dar su nombre."
R(D, "quote", S, "la propietaria de un hostal de la calle", "la propietaria de un hostal de la calle", None, "cuenta",
  "Tenía todas las habitaciones reservadas para Reyes y tuve que devolver 9.000 euros en señales",
  "unnamed source; 'prefiere no dar su nombre' is a request for anonymity")
S = "“Si esto sigue así, el año que viene no abro.”"
R(D, "quote", S, None, "la propietaria de un hostal de la calle", None, None, "Si esto sigue así, el año que viene no abro.",
  "bare quote continuing the hostel owner's quote")
S = "Un monitor de esquí argentino, que llegó en noviembre con un contrato de cuatro meses, dice que ya ha comprado el billete de vuelta."
R(D, "reported", S, "Un monitor de esquí argentino", "Un monitor de esquí argentino", None, "dice", "ya ha comprado el billete de vuelta",
  "unnamed source")
S = "“Vine por la nieve”, resume, encogiéndose de hombros, “y me voy con el bronceado.”"
R(D, "quote", S, None, "Un monitor de esquí argentino", None, "resume",
  "Vine por la nieve”, resume, encogiéndose de hombros, “y me voy con el bronceado.",
  "quote interrupted by the incise 'resume, encogiéndose de hombros'; Spanish null subject: the ski instructor")
T_LEZ = "alcaldesa de Arenillas de Cervera"
S = "La alcaldesa de Arenillas de Cervera, Sara Lezcano, pidió a la Diputación que declare la comarca “zona afectada” para que los negocios puedan aplazar impuestos."
R(D, "reported", S, "La alcaldesa de Arenillas de Cervera, Sara Lezcano", "Sara Lezcano", T_LEZ, "pidió a la Diputación",
  "declare la comarca “zona afectada” para que los negocios puedan aplazar impuestos", "call")
R(D, "quote", S, "La alcaldesa de Arenillas de Cervera, Sara Lezcano", "Sara Lezcano", T_LEZ, "pidió a la Diputación",
  "zona afectada", "quoted fragment inside the previous record")
S = "“No se puede dejar a un valle entero colgado de un termómetro”, afirmó la alcaldesa, que calcula que el turismo invernal supone el 60 % de los ingresos del municipio."
R(D, "quote", S, "la alcaldesa", "Sara Lezcano", T_LEZ, "afirmó", "No se puede dejar a un valle entero colgado de un termómetro",
  "la alcaldesa = Sara Lezcano")
R(D, "reported", S, "la alcaldesa", "Sara Lezcano", T_LEZ, "calcula", "el turismo invernal supone el 60 % de los ingresos del municipio",
  "speaker_text is the antecedent of 'que'")
S = "Para la climatóloga Elena Robles, del Observatorio de Montaña de Cervera, lo ocurrido no es una anomalía."
R(D, "reported", S, "la climatóloga Elena Robles, del Observatorio de Montaña de Cervera", "Elena Robles", "climatóloga", "Para",
  "lo ocurrido no es una anomalía")
S = "Según sus registros, el espesor medio de nieve en la cima ha caído un 47 % desde 1990."
R(D, "reported", S, "sus", "Elena Robles", "climatóloga", "Según", "el espesor medio de nieve en la cima ha caído un 47 % desde 1990",
  "possessive 'sus (registros)' = Elena Robles")
S = "“Las estaciones por debajo de los 2.000 metros tienen que dejar de planificar como si fuera 1985”, advirtió Robles, que alertó de que los cañones “no sirven de nada” cuando no hiela de noche."
R(D, "quote", S, "Robles", "Elena Robles", "climatóloga", "advirtió",
  "Las estaciones por debajo de los 2.000 metros tienen que dejar de planificar como si fuera 1985", "warning")
R(D, "reported", S, "Robles", "Elena Robles", "climatóloga", "alertó",
  "los cañones “no sirven de nada” cuando no hiela de noche", "speaker_text is the antecedent of 'que'")
R(D, "quote", S, "Robles", "Elena Robles", "climatóloga", "alertó", "no sirven de nada", "quoted fragment inside the previous record")
S = "La Consejería de Turismo de la Junta de Valdearce señaló en un comunicado que estudiará “con la máxima urgencia” una línea de ayudas de 5 millones de euros para las comarcas de montaña, aunque no concretó cuándo se aprobará."
R(D, "reported", S, "La Consejería de Turismo de la Junta de Valdearce", "La Consejería de Turismo de la Junta de Valdearce", None,
  "señaló en un comunicado", "estudiará “con la máxima urgencia” una línea de ayudas de 5 millones de euros para las comarcas de montaña",
  "institution speaking through a statement; 'no concretó cuándo' is negated speech, no record")
R(D, "quote", S, "La Consejería de Turismo de la Junta de Valdearce", "La Consejería de Turismo de la Junta de Valdearce", None,
  "señaló en un comunicado", "con la máxima urgencia", "quoted fragment inside the previous record")
S = "“Mi nieto ya no va a aprender aquí”, dijo."
R(D, "quote", S, None, "un jubilado", None, "dijo", "Mi nieto ya no va a aprender aquí",
  "Spanish null subject: 'un jubilado que ha subido a esquiar…' of the previous sentence")
S = "Y tras un silencio: “Ni aquí ni en ningún sitio de esta sierra, me temo.”"
R(D, "quote", S, None, "un jubilado", None, None, "Ni aquí ni en ningún sitio de esta sierra, me temo.",
  "quote after a colon with no speech verb; the retiree of the previous sentences")

# ---------------------------------------------------------------- 006 (en)
D = "006"
FED = "The Estmark Football Association"
S = '"The executive board has decided unanimously to end its collaboration with Mr Vossberg with immediate effect," the federation said in a statement published shortly after 9 a.m.'
R(D, "quote", S, "the federation", FED, None, "said in a statement",
  'The executive board has decided unanimously to end its collaboration with Mr Vossberg with immediate effect,',
  "institution speaking through a statement; the federation = The Estmark Football Association")
S = "It said assistant coach Per Aaltonen would take charge of next month's friendly against Lorvania in Haldby."
R(D, "reported", S, "It", FED, None, "said", "assistant coach Per Aaltonen would take charge of next month's friendly against Lorvania in Haldby",
  "It = the federation")
S = 'His agent, Marco Feliciani, said the coach would "respect the contract to the letter" and expected the federation to do the same.'
R(D, "reported", S, "His agent, Marco Feliciani", "Marco Feliciani", "agent", "said", 'the coach would "respect the contract to the letter"',
  "His = Vossberg's")
R(D, "quote", S, "His agent, Marco Feliciani", "Marco Feliciani", "agent", "said", "respect the contract to the letter",
  "quoted fragment inside the previous record")
R(D, "reported", S, "His agent, Marco Feliciani", "Marco Feliciani", "agent", "expected", "the federation to do the same",
  "verb of attitude coordinated with 'said'")
S = "Feliciani declined to say whether Vossberg would seek compensation, estimated at about 1.4 million euros."
R(D, "reported", S, "Feliciani", "Marco Feliciani", "agent", "declined to say", "whether Vossberg would seek compensation",
  "refusal; the amount 'estimated at' has no named source")
T_WHI = "Federation president"
S = '"We owed the players and the fans a clear decision before the summer," she told a news conference at the association\'s headquarters in Haldby.'
R(D, "quote", S, "she", "Carla Whitfield", T_WHI, "told", "We owed the players and the fans a clear decision before the summer,",
  "she = Carla Whitfield, introduced in the previous sentence ('defended the timing', a topic only)")
S = '"Waiting until June would have been cowardly."'
R(D, "quote", S, None, "Carla Whitfield", T_WHI, None, "Waiting until June would have been cowardly.", "bare quote continuing Whitfield's quote")
S = 'Asked whether she had also considered resigning, Whitfield said no: the board, she insisted, had "made mistakes together and will fix them together."'
R(D, "reported", S, "Whitfield", "Carla Whitfield", T_WHI, "said", "no", "answer to the question whether she had considered resigning")
R(D, "reported", S, ("she", "she insisted"), "Carla Whitfield", T_WHI, "insisted",
  'the board, she insisted, had "made mistakes together and will fix them together."', "incise 'she insisted' inside the content")
R(D, "quote", S, ("she", "she insisted"), "Carla Whitfield", T_WHI, "insisted", "made mistakes together and will fix them together.",
  "quoted fragment inside the previous record")
S = 'A board member who spoke on condition of anonymity said the vote had been "anything but unanimous" and that two members had abstained.'
R(D, "reported", S, "A board member", "A board member", None, "said", 'the vote had been "anything but unanimous" and that two members had abstained',
  "unnamed source; 'spoke on condition of anonymity' is a source-protection formula")
R(D, "quote", S, "A board member", "A board member", None, "said", "anything but unanimous", "quoted fragment inside the previous record")
S = "\"Carla needed a head, and the coach's was the easiest to take,\" the board member said."
R(D, "quote", S, "the board member", "A board member", None, "said", "Carla needed a head, and the coach's was the easiest to take,",
  "the board member = the unnamed board member")
S = 'Leaving his home in the suburb of Nordvik on Monday afternoon, he told waiting reporters: "I gave everything for this team. I have nothing to regret."'
R(D, "quote", S, ("he", "he told"), "Henrik Vossberg", "national team coach", "told", "I gave everything for this team. I have nothing to regret.",
  "he = Vossberg; the quote spans two sentences")
S = 'He added that he would "speak properly in a few weeks."'
R(D, "reported", S, "He", "Henrik Vossberg", "national team coach", "added", 'he would "speak properly in a few weeks."', "He = Vossberg")
R(D, "quote", S, "He", "Henrik Vossberg", "national team coach", "added", "speak properly in a few weeks.", "quoted fragment inside the previous record")
S = 'Captain Lukas Brandt, who has played 97 times for his country, wrote on social media that the squad "shares the responsibility" for the failure.'
R(D, "reported", S, "Captain Lukas Brandt", "Lukas Brandt", "Captain", "wrote on social media", 'the squad "shares the responsibility" for the failure')
R(D, "quote", S, "Captain Lukas Brandt", "Lukas Brandt", "Captain", "wrote on social media", "shares the responsibility",
  "quoted fragment inside the previous record")
S = '"We lost those games on the pitch, not the coach," Brandt wrote.'
R(D, "quote", S, "Brandt", "Lukas Brandt", "Captain", "wrote", "We lost those games on the pitch, not the coach,")
S = '"Every one of us has to look in the mirror."'
R(D, "quote", S, None, "Lukas Brandt", "Captain", None, "Every one of us has to look in the mirror.", "bare quote continuing Brandt's quote")
T_LIN = "television analyst"
S = '"He never found a system, and he never found a spine," Lindqvist said on the channel Sport7 on Sunday night.'
R(D, "quote", S, "Lindqvist", "Oskar Lindqvist", T_LIN, "said", "He never found a system, and he never found a spine,",
  "Oskar Lindqvist, introduced in the previous sentence ('was less forgiving', no content)")
S = "He argued that the federation should have acted after the 2-2 draw in Tessel last October."
R(D, "reported", S, "He", "Oskar Lindqvist", T_LIN, "argued", "the federation should have acted after the 2-2 draw in Tessel last October",
  "He = Oskar Lindqvist")
S = '"It\'s about time," said a man in his sixties wearing a 1998 replica shirt.'
R(D, "quote", S, "a man in his sixties", "a man in his sixties", None, "said", "It's about time,", "unnamed source")
S = '"But the problem isn\'t only the coach. It\'s the people who hired him."'
R(D, "quote", S, None, "a man in his sixties", None, None, "But the problem isn't only the coach. It's the people who hired him.",
  "bare quote continuing the supporter's quote; spans two sentences")
S = 'A teenager next to him, holding a hand-made banner, disagreed: Vossberg, he said, had "given young players a chance when nobody else would."'
R(D, "reported", S, ("he", "he said"), "A teenager next to him", None, "said",
  'Vossberg, he said, had "given young players a chance when nobody else would."',
  "unnamed source; incise 'he said' inside the content; 'disagreed:' introduces this same claim and gets no separate record")
R(D, "quote", S, ("he", "he said"), "A teenager next to him", None, "said", "given young players a chance when nobody else would.",
  "quoted fragment inside the previous record")
S = 'Sports Minister Ingrid Solberg said the government would not interfere in the federation\'s decisions but urged it to "choose the next coach with more care than the last one."'
R(D, "reported", S, "Sports Minister Ingrid Solberg", "Ingrid Solberg", "Sports Minister", "said",
  "the government would not interfere in the federation's decisions")
R(D, "quote", S, "Sports Minister Ingrid Solberg", "Ingrid Solberg", "Sports Minister", "urged",
  "choose the next coach with more care than the last one.", "call; the marks enclose the whole content")
S = "The federation said a shortlist would be presented to the board by 30 April."
R(D, "reported", S, "The federation", FED, None, "said", "a shortlist would be presented to the board by 30 April",
  "The federation = The Estmark Football Association")


# ---------------------------------------------------------------- build
class Stop(Exception):
    pass


def locate(raw, s0, s1, item, what, rid):
    if item is None:
        return None, None, None
    text, ctx = (item if isinstance(item, tuple) else (item, None))
    region = raw[s0:s1]
    if ctx is not None:
        if region.count(ctx) != 1:
            raise Stop(f"{rid} {what}: context {ctx!r} found {region.count(ctx)} times in sentence")
        c0 = region.index(ctx)
        if ctx.count(text) != 1:
            raise Stop(f"{rid} {what}: {text!r} found {ctx.count(text)} times in context")
        st = s0 + c0 + ctx.index(text)
    else:
        n = region.count(text)
        if n != 1:
            raise Stop(f"{rid} {what}: {text!r} found {n} times in sentence")
        st = s0 + region.index(text)
    return text, st, st + len(text)


def build():
    out = []
    raws = {}
    for i, (d, kind, sent, spk, speaker, title, cue, content, notes) in enumerate(SPECS, 1):
        rid = f"g{i:03d}"
        doc = DOCS[d]
        raw = raws.setdefault(doc, open(os.path.join(CORPUS, doc), encoding="utf-8").read())
        n = raw.count(sent)
        if n != 1:
            raise Stop(f"{rid}: sentence found {n} times: {sent[:60]!r}")
        s0 = raw.index(sent); s1 = s0 + len(sent)
        st, ss, se = locate(raw, s0, s1, spk, "speaker", rid)
        ct, cs, ce = locate(raw, s0, s1, cue, "cue", rid)
        xt, xs, xe = locate(raw, s0, s1, content, "content", rid)
        out.append({"id": rid, "doc": doc, "kind": kind,
                    "speaker_text": st, "speaker_start": ss, "speaker_end": se,
                    "speaker": speaker, "speaker_title": title,
                    "cue_text": ct, "cue_start": cs, "cue_end": ce,
                    "content_text": xt, "content_start": xs, "content_end": xe,
                    "sentence_start": s0, "sentence_end": s1,
                    "language": LANG[d], "notes": notes})
    return out, raws


QUOTE_CHARS = "«»“”\""


def check(recs, raws):
    errs = []
    for k, r in enumerate(recs, 1):
        rid = r["id"]
        if rid != f"g{k:03d}":
            errs.append(f"{rid}: id not consecutive")
        raw = raws[r["doc"]]
        s0, s1 = r["sentence_start"], r["sentence_end"]
        if "\n" in raw[s0:s1]:
            errs.append(f"{rid}: sentence crosses a line break")
        if raw[s0].isspace() or raw[s1 - 1].isspace():
            errs.append(f"{rid}: sentence has outer whitespace")
        for f in ["speaker", "cue", "content"]:
            t, a, b = r[f + "_text"], r[f + "_start"], r[f + "_end"]
            if t is None:
                if a is not None or b is not None:
                    errs.append(f"{rid}: {f} null text with offsets")
                continue
            if raw[a:b] != t:
                errs.append(f"{rid}: {f} span mismatch")
            if not (s0 <= a < b <= s1):
                errs.append(f"{rid}: {f} outside sentence")
            if t != t.strip():
                errs.append(f"{rid}: {f} outer whitespace")
        if r["content_text"] is None:
            errs.append(f"{rid}: no content")
        if r["kind"] not in ("quote", "reported"):
            errs.append(f"{rid}: bad kind")
        if r["kind"] == "reported" and r["cue_text"] is None:
            errs.append(f"{rid}: reported without cue")
        if r["speaker"] is None:
            errs.append(f"{rid}: speaker null (unnamed sources are speakers here)")
        if r["kind"] == "quote":
            a, b = r["content_start"], r["content_end"]
            before = raw[:a].rstrip(" \u00a0")[-1:]
            after = raw[b:].lstrip(" \u00a0")[:1]
            if before not in QUOTE_CHARS or after not in QUOTE_CHARS:
                errs.append(f"{rid}: quote content not bounded by quote marks ({before!r}, {after!r})")
            inner = r["content_text"]
            if any(c in inner for c in QUOTE_CHARS) and "incise" not in (r["notes"] or ""):
                errs.append(f"{rid}: quote mark inside quote content without incise note")
        # speaker/cue inside content only for an incise
        for f in ["speaker", "cue"]:
            if r[f + "_start"] is not None and r["content_start"] <= r[f + "_start"] < r["content_end"]:
                if "incise" not in (r["notes"] or ""):
                    errs.append(f"{rid}: {f} inside content without incise note")
    # text order within each document
    prev = {}
    for r in recs:
        key = (r["sentence_start"], r["content_start"])
        if r["doc"] in prev and key < prev[r["doc"]]:
            errs.append(f"{r['id']}: not in text order")
        prev[r["doc"]] = key
    docs_order = [r["doc"] for r in recs]
    if docs_order != sorted(docs_order):
        errs.append("documents not in order")
    seen = set()
    for r in recs:
        k = json.dumps({x: y for x, y in r.items() if x != "id"}, ensure_ascii=False, sort_keys=True)
        if k in seen:
            errs.append(f"{r['id']}: duplicate record")
        seen.add(k)
    return errs


if __name__ == "__main__":
    try:
        recs, raws = build()
    except Stop as e:
        print("STOP:", e); sys.exit(1)
    errs = check(recs, raws)
    if errs:
        print("\n".join(errs)); sys.exit(1)
    with open("attributions.jsonl", "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    # re-read and re-check from disk
    back = [json.loads(l) for l in open("attributions.jsonl", encoding="utf-8")]
    assert back == recs
    errs = check(back, {d: open(os.path.join(CORPUS, d), encoding="utf-8").read() for d in DOCS.values()})
    assert not errs, errs
    from collections import Counter
    c = Counter((r["doc"], r["kind"]) for r in recs)
    for d in sorted(DOCS.values()):
        print(d, "quote", c[(d, "quote")], "reported", c[(d, "reported")], "total", c[(d, "quote")] + c[(d, "reported")])
    print("all", len(recs), "records; all checks passed")
