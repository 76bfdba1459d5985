"""Score the SQuAD en->es question alignment against XQuAD anchors and hand-checked cases.

Usage (from this folder): python3 check_alignment.py [ROOT] [W_QUESTION W_ANSWER W_POSITION
W_ID_STEP]; ROOT defaults to this repository (its eval/datasets/ files are read).
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path
from typing import Any

import reader_sets as rs

ROOT = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[3]
HAND = [  # (start of the Spanish question, start of its English question), read by eye
    ("¿Cuál es el término para el conjunto de todos los grafos conectados",
     "What is the term for the set of all connected graphs"),
    ("Un algoritmo para X que se reduce a C", "An algorithm for X which reduces to C"),
    ("Un conjunto de problemas que es difícil para la expresión NP",
     "A problem set that that is hard"),
    ("Aunque no es propio, cuáles son los atributos más comúnmente", "Though unkown"),
    ("¿Se puede enviar un paquete al número equivocado?",
     "Can a packet ever be sent to the wrong number"),
    ("Si los paquetes viajan a través de diferentes rutas",
     "If the packets travel via different routes"),
    ("¿Con qué medios suele administrarse el imperialismo?",
     "By what means is imperialism usually administered"),
    ("¿El imperialismo es responsable de la rápida propagación",
     "Imperialism is responsible for the rapid spread"),
    ("¿Cuándo terminó la era del imperialismo?", "When did the age of imperialism end"),
    ("¿Cuándo comenzó la era del imperialismo?", "When did the age of imperialism begin"),
    ("La expansión estadounidense Westward", "the US expansion Westward"),
    ("¿Quién dice Edward Said", "Who does Edward Said say"),
    ("¿Cuántos miembros del Parlamento escocés son miembros del Gobierno",
     "How many members in the seats"),
    ("El Parlamento elige dos MSPs", "Parliament elects two MSPs"),
    ("¿Qué tipo de gráfico es un ejemplo", "What kind of graph"),
    ("¿Cuál es el tribunal más alto de la Unión Europea?",
     "What is the highest court in the European Union?"),
    ("¿Dónde ejerció Maududi el mayor impacto?", "Where did Maududi exert the most impact?"),
    ("¿Con quién se alió el imperio otomano en WW I?",
     "Who did the Ottoman empire ally with in WW I?"),
]


def articles(path: Path) -> list[Any]:
    data: list[Any] = json.loads(path.read_text(encoding="utf-8"))["data"]
    return data


def main() -> None:
    sets = ROOT / "eval/datasets"
    xe = articles(sets / "xquad/xquad.en.json")
    en = articles(sets / "squad2-dev/dev-v2.0.json")
    es = articles(sets / "squad-es-dev-small/dev-v2.0-es_small.json")
    english = {q["id"]: q for a in en for p in a["paragraphs"] for q in p["qas"]}
    spanish = {q["id"]: q for a in es for p in a["paragraphs"] for q in p["qas"]}
    xid = {q["id"]: (a["title"], q["question"]) for a in xe for p in a["paragraphs"]
           for q in p["qas"]}
    enq = {(a["title"], q["question"]): q["id"] for a in en for p in a["paragraphs"]
           for q in p["qas"]}
    truth = {es_id: enq[t] for es_id, t in xid.items() if t in enq and es_id in spanish}
    if len(sys.argv) > 5:
        rs._W_QUESTION, rs._W_ANSWER, rs._W_POSITION, rs._W_ID_STEP = map(float, sys.argv[2:6])
    started = time.time()
    found = rs.align_squad_en_es(ROOT)
    seconds = time.time() - started
    got = {a.es_id: a.en_id for a in found}
    anchors = sum(got.get(k) == v for k, v in truth.items())
    hand_ok = 0
    bad = []
    for sq, eq in HAND:
        hits = [a for a in found if spanish[a.es_id]["question"].startswith(sq)]
        ok = [a for a in hits if english[a.en_id]["question"].strip().lower()
              .startswith(eq.lower())]
        hand_ok += bool(ok) and len(ok) == len(hits)
        if not ok:
            bad.append((sq, [english[a.en_id]["question"] for a in hits]))
    print(f"{seconds:.1f}s pairs {len(found)} anchors {anchors}/{len(truth)} "
          f"hand {hand_ok}/{len(HAND)} "
          f"id-step-false {sum(a.id_step_ok is False for a in found)} "
          f"gap>.2 {sum(a.position_gap > .2 for a in found)}")
    for b in bad:
        print("  BAD", b)


if __name__ == "__main__":
    main()
