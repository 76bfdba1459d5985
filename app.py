"""Start the web chat: ``python app.py`` (same as ``rag serve``; settings from RAG_* variables)."""

from __future__ import annotations

import logging
import sys

from rag.config import Settings
from rag.errors import RagError


def main() -> int:
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    try:
        settings = Settings()
    except Exception as e:  # pydantic ValidationError: a bad RAG_* variable
        print(f"error: bad setting: {e}".replace("\n", " "), file=sys.stderr)
        return 1
    from rag.ui import app as ui

    try:
        ui.launch(settings)
    except RagError as e:
        print(f"error: {e}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    return 0


if __name__ == "__main__":
    sys.exit(main())
