"""Evaluation: the Q&A set and its metrics, reports, datasets, calibration, PIAF benchmark."""

from rag.lazy import public_face

__getattr__, __all__ = public_face(__name__, {
    "evaluate_dataset": "evaluate", "load_dataset": "evaluate", "check_gate": "metrics",
    "token_f1": "metrics", "exact_match": "metrics", "read_squad": "datasets",
    "load_piaf": "datasets", "run_calibration": "calibrate", "benchmark": "piaf_bench",
})
