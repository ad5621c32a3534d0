"""Prepoznaj's knowledge base and the Qt-free code that reads, validates and reasons over it."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from content.paths import CONTENT_DIR

if TYPE_CHECKING:
    from content.loader import load_knowledge_base
    from content.model import KnowledgeBase, LoadResult, Problem

__all__ = ["CONTENT_DIR", "KnowledgeBase", "LoadResult", "Problem", "load_knowledge_base"]

# Imported on first use: importing a small module such as content.model must not pull in the
# YAML loader (the app's start-up reads a cached knowledge base and never needs it).
_LAZY = {
    "LoadResult": "content.model",
    "load_knowledge_base": "content.loader",
    "KnowledgeBase": "content.model",
    "Problem": "content.model",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'content' has no attribute {name!r}")
    import importlib

    return getattr(importlib.import_module(module), name)
