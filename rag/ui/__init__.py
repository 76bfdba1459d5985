"""The web UI (Gradio): the app, its HTML rendering, adding articles from the browser."""

from rag.lazy import public_face

__getattr__, __all__ = public_face(__name__, {"build": "app", "launch": "app"})
