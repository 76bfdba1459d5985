"""The benchmark report: goals met or not, and ``bench.md`` from the results."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

# -- report --------------------------------------------------------------------------------


def goals(r: dict[str, Any]) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []

    def add(name: str, value: Any, limit: str, ok: bool | None) -> None:
        rows.append({"goal": name, "measured": value, "target": limit,
                     "met": None if ok is None else bool(ok)})

    ing = r.get("ingest")
    if ing:
        for key in ("corpus", "piaf"):
            add(f"ingest {key} / raw encoder", ing[key]["ratio_to_raw"], "<= 1.2",
                ing[key]["ratio_to_raw"] <= 1.2)
        re_ = ing["piaf_reingest"]
        add("re-ingest PIAF (s, re-embedded)", f"{re_['seconds']} s, {re_['embedded']}",
            "<= 5 s, 0", re_["seconds"] <= 5 and re_["embedded"] == 0)
    lat = r.get("latency_summary")
    if lat:
        for key, what in (("ask", "passages read for the first time"),
                          ("ask_repeat", "passages read before")):
            p50, p95 = lat[f"{key}_p50"], lat[f"{key}_p95"]
            add(f"warm ask p50, {what} (ms)", f"{p50['median']} {p50['range']}", "<= 100",
                p50["median"] <= 100)
            add(f"warm ask p95, {what} (ms)", f"{p95['median']} {p95['range']}", "<= 250",
                p95["median"] <= 250)
        add("warm search p50 / p95 (ms)", f"{lat['search_p50']['median']} / "
            f"{lat['search_p95']['median']}", "–", None)
    cold = r.get("cold")
    if cold:
        add("cold start to first answer (s)", cold["seconds"], "<= 6", cold["seconds"] <= 6)
    memory = r.get("memory")
    if memory:
        peak = memory["after_answers"].get("peak_rss_mb", 0)
        add("peak RSS serving (MB)", peak, "<= 1536", peak <= 1536)
    scale = r.get("scale")
    if scale:
        for row in scale["sizes"]:
            if row["size"] == 100_000:
                for backend in ("embedded", "server"):
                    p95 = row[backend]["search_ms"]["p95"]
                    add(f"100k search p95, {backend} (ms)", p95, "<= 300", p95 <= 300)
    return rows


def _row(cells: Sequence[Any]) -> str:
    return "| " + " | ".join(str(c) for c in cells) + " |"


def markdown(r: dict[str, Any]) -> str:
    m = r["machine"]
    lines = [
        "# Benchmark results", "",
        f"`{r['command']}` on {r['date']}, {'quick' if r['quick'] else 'full'} run, "
        f"{r['seconds']:.0f} s. Machine: {m['cpu']}, {m['cores']} cores, {m['ram_gb']} GB RAM, "
        f"Python {m['python']}, torch {m['torch']}, sentence-transformers "
        f"{m['sentence_transformers']}, chromadb {m['chromadb']}. Load average (1/5/15 min) at "
        f"start {r['load_start']}, at end {r['load_end']}: other work shared the two cores, "
        "so single numbers are noisy; the latency is given over several rounds.", "",
        "## Goals", "", _row(["goal", "measured", "target", "met"]), _row(["---"] * 4),
    ]
    for g in r["goals"]:
        lines.append(_row([g["goal"], g["measured"], g["target"],
                           {True: "yes", False: "**no**", None: "–"}[g["met"]]]))
    if "threads" in r:
        lines += ["", "## Thread settings (raw encoder, one process per setting)", "",
                  _row(["setting", "query encode p50 ms", "p95 ms", "passages/s (batch 16)",
                        "load before"]), _row(["---"] * 5)]
        for c in r["threads"]["configs"]:
            lines.append(_row([c["config"], c["query_encode_ms"]["p50"],
                               c["query_encode_ms"]["p95"], c["passages_per_s"],
                               c["load_before"][0]]))
    if "ingest" in r:
        ing = r["ingest"]
        lines += ["", "## Ingest", "",
                  f"Model load {ing['model_load_s']} s and LlamaIndex/Chroma import "
                  f"{ing['store_import_s']} s, once per process (not included below).", "",
                  _row(["corpus", "chunks", "ingest s", "chunks/s", "of which encoding s",
                        "raw encoder s", "ingest / raw"]), _row(["---"] * 7)]
        for key, name in (("corpus", "bundled (5 articles)"), ("piaf", "PIAF paragraphs")):
            x = ing[key]
            lines.append(_row([name, x["chunks"], f"{x['seconds']} {x['seconds_range']}",
                               x["chunks_per_s"], x["encode_seconds"], x["raw_encoder_seconds"],
                               f"{x['ratio_to_raw']} {x['ratio_range']}"]))
        for key, name in (("corpus_reingest", "bundled"), ("piaf_reingest", "PIAF")):
            x = ing[key]
            lines.append(f"\nRe-ingest unchanged {name}: {x['seconds']} s, {x['embedded']} "
                         f"re-embedded, {x['unchanged']} unchanged.")
    if "latency" in r:
        lines += ["", "## Warm query latency", "",
                  "Questions: " + r["latency"]["questions"] + ". *ask* reads each passage "
                  "for the first time in the process (in-memory caches cleared before the "
                  "pass: sentence vectors come from `sentences.sqlite`, words and questions "
                  "are encoded afresh); *ask again* repeats the same questions with warm "
                  "caches.", "",
                  _row(["round", "time", "load", "search p50/p95", "ask p50/p95",
                        "ask again p50/p95"]), _row(["---"] * 6)]
        for x in r["latency"]["rounds"]:
            lines.append(_row([x["label"], x["time"], x["load_before"][0],
                               f"{x['search']['p50']} / {x['search']['p95']}",
                               f"{x['ask']['p50']} / {x['ask']['p95']}",
                               f"{x['ask_repeat']['p50']} / {x['ask_repeat']['p95']}"]))
        s = r["latency_summary"]
        lines.append(_row(["**median [range]**", "", "",
                           f"{s['search_p50']['median']} / {s['search_p95']['median']}",
                           f"{s['ask_p50']['median']} {s['ask_p50']['range']} / "
                           f"{s['ask_p95']['median']} {s['ask_p95']['range']}",
                           f"{s['ask_repeat_p50']['median']} / "
                           f"{s['ask_repeat_p95']['median']}"]))
        last = r["latency"]["rounds"][-1]
        lines += ["", f"Where the time goes (round '{last['label']}', ms, p50 and mean per "
                  "question):", "", _row(["part", "search p50", "search mean", "ask p50",
                                          "ask mean"]), _row(["---"] * 5)]
        names = sorted(set(last["search"]["parts"]) | set(last["ask"]["parts"]))
        for n in names:
            sp, ap = last["search"]["parts"].get(n, {}), last["ask"]["parts"].get(n, {})
            lines.append(_row([n, sp.get("p50", ""), sp.get("mean", ""), ap.get("p50", ""),
                               ap.get("mean", "")]))
        lines.append("\n`encode_ms`: query embedding; `chroma_ms`: vector search (LlamaIndex + "
                     "Chroma); `bm25_ms`: BM25; `extractive_ms`: the extractive answerer, "
                     "of which `sentence_vectors_ms` reads the passages' sentence vectors "
                     "(saved at ingest) and `translate_ms` encodes the words of the best "
                     "sentences in the other language (English questions over French text); "
                     "`search_ms`/`prepare_ms`/`total_ms` enclose the others.")
    if "cold" in r:
        c = r["cold"]
        lines += ["", "## Cold start", "",
                  f"`{c['command']}` (process start to printed answer): median "
                  f"{c['seconds']} s, range {c['range']}, peak RSS "
                  f"{max(x['peak_rss_mb'] for x in c['runs'])} MB. `import rag.cli`: "
                  f"{c['import_rag_cli_s']} s. Import time by package (`-X importtime`, sum "
                  f"of self times, {c['imports']['total_s']} s in all): "
                  + ", ".join(f"{k} {v} s" for k, v in c["imports"]["top"][:8])
                  + ". Optional heavy packages imported on this path: "
                  + (", ".join(c["imports"]["optional_heavy_imported"]) or "none") + "."]
    if "memory" in r:
        x = r["memory"]
        lines += ["", "## Memory while serving", "",
                  f"Web UI (Gradio) and engine over the PIAF index in one process, "
                  f"{x['questions']} questions answered: RSS after launch "
                  f"{x['after_launch'].get('rss_mb')} MB, peak "
                  f"{x['after_answers'].get('peak_rss_mb')} MB (VmHWM)."]
    if "scale" in r:
        sc = r["scale"]
        lines += ["", "## Scale (synthetic corpora)", "",
                  f"Built from the {sc['pool_chunks']} real chunks (bundled corpus + PIAF) and "
                  "their stored e5 vectors, nothing re-embedded: chunk i = first half of the "
                  "sentences of real chunk A + second half of real chunk B (A != B, seed 0), "
                  f"vector = normalize(v_A + v_B + N(0, {sc['noise_sigma']}^2)), ten chunks "
                  "per synthetic document, A's title, random dates; written with the product's "
                  "`ChromaStore.add` (LlamaIndex nodes) and `BM25Index`. "
                  f"{sc['questions']} PIAF questions, hybrid `Engine.search` (k=5, 30 "
                  "candidates per retriever).", "",
                  _row(["chunks", "store", "add chunks/s", "search p50/p95 ms",
                        "chroma_ms p50/p95 (raw query p95)", "bm25 p50/p95 ms",
                        "open s", "RSS MB (client / server)"]), _row(["---"] * 8)]
        for row in sc["sizes"]:
            for backend in ("embedded", "server"):
                q = row[backend]
                build = row[f"{backend}_build"]
                rss = q["memory"].get("rss_mb")
                if backend == "server":
                    rss = f"{rss} / {q['server_process'].get('rss_mb')}"
                parts = q["search_parts"].get("chroma_ms", {})
                lines.append(_row([
                    f"{row['size']:,}", backend, build["store_add_per_s"],
                    f"{q['search_ms']['p50']} / {q['search_ms']['p95']}",
                    f"{parts.get('p50', '')} (raw {q['chroma_raw_query_ms']['p95']})",
                    f"{q['bm25_query_ms']['p50']} / {q['bm25_query_ms']['p95']}",
                    q["open_s"], rss]))
        lines += ["", _row(["chunks", "BM25 build s", "save s", "load s", "on disk MB",
                            "Chroma on disk MB (embedded / server)"]), _row(["---"] * 6)]
        for row in sc["sizes"]:
            b = row["embedded_build"]
            lines.append(_row([f"{row['size']:,}", b["bm25_build_s"], b["bm25_save_s"],
                               row["embedded"]["bm25_load_s"], b["bm25_disk_mb"],
                               f"{row['disk_mb']['embedded_chroma']} / "
                               f"{row['disk_mb']['server_chroma']}"]))
        if sc.get("growth"):
            lines += ["", sc["growth"]]
    return "\n".join(lines) + "\n"


def growth_text(r: dict[str, Any]) -> str:
    """How the search cost grows from the PIAF index (~800 chunks) to 10k and 100k."""
    pts = []
    if "latency" in r:
        last = r["latency"]["rounds"][-1]["search"]
        pts.append(("PIAF index", last["p95"], last["parts"].get("chroma_ms", {}).get("p50"),
                    last["parts"].get("bm25_ms", {}).get("p50")))
    for row in r.get("scale", {}).get("sizes", []):
        q = row["embedded"]
        pts.append((f"{row['size']:,} chunks", q["search_ms"]["p95"],
                    q["search_parts"].get("chroma_ms", {}).get("p50"),
                    q["search_parts"].get("bm25_ms", {}).get("p50")))
    if len(pts) < 2:
        return ""
    return "Growth (embedded store, search p95 / chroma_ms p50 / bm25_ms p50): " + "; ".join(
        f"{name}: {p95} / {c} / {b} ms" for name, p95, c, b in pts) + "."
