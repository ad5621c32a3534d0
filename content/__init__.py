"""Prepoznaj's knowledge base and the Qt-free code that reads, validates and reasons over it."""

from content.loader import LoadResult, load_knowledge_base
from content.model import KnowledgeBase, Problem
from content.paths import CONTENT_DIR

__all__ = ["CONTENT_DIR", "KnowledgeBase", "LoadResult", "Problem", "load_knowledge_base"]
