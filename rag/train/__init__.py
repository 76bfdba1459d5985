"""Training the reader on the CPU (``rag train-reader``): its config and its loop."""

from rag.lazy import public_face

__getattr__, __all__ = public_face(__name__, {
    "TrainConfig": "config", "train": "finetune", "export_shipped": "finetune",
})
