"""Read: the extractive Reader (answer spans, no-answer and relevance scores per passage)."""

from rag.lazy import public_face

__getattr__, __all__ = public_face(__name__, {
    "Reader": "reader", "Reading": "reader", "Found": "reader", "prepare_reader": "reader",
})
