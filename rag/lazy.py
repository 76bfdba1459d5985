"""Lazy public faces: a package names its public API without importing it up front.

``import rag.search.bm25`` runs ``rag/search/__init__.py`` first; a face that imported
``Retriever`` eagerly would load Chroma for a BM25 helper. Instead each ``__init__.py``
maps its public names to the module that defines them, loaded on first use.
"""

from __future__ import annotations

from collections.abc import Callable
from importlib import import_module
from typing import Any


def public_face(package: str, homes: dict[str, str]) -> tuple[Callable[[str], Any], list[str]]:
    """A module ``__getattr__`` serving ``homes`` (name -> module inside ``package``), and
    the ``__all__`` list."""

    def getattr_(name: str) -> Any:
        if name in homes:
            return getattr(import_module(f"{package}.{homes[name]}"), name)
        raise AttributeError(f"module {package!r} has no attribute {name!r}")

    return getattr_, sorted(homes)
