"""Training the reader on the CPU (``rag train-reader``): its config, its data mix, its loop
and the export of the shipped weights."""

from rag.lazy import public_face

__getattr__, __all__ = public_face(__name__, {
    "TrainConfig": "config", "train": "finetune", "export_shipped": "export",
    "build_mix": "mix",
})
