"""Where the app keeps its files. Each folder can be redirected with an environment variable
(tests point them into a temporary folder)."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

from desktop.resources import resource_dir

APP_NAME = "prepoznaj"


def _dir(env: str, default: str) -> Path:
    value = os.environ.get(env)
    return Path(value) if value else Path(default)


def data_dir() -> Path:
    """User data: the assessments database, notes, bookmarks."""
    return _dir("PREPOZNAJ_DATA_DIR", platformdirs.user_data_dir(APP_NAME, appauthor=False))


def cache_dir() -> Path:
    """Rebuildable files: the search index."""
    return _dir("PREPOZNAJ_CACHE_DIR", platformdirs.user_cache_dir(APP_NAME, appauthor=False))


def config_dir() -> Path:
    """UI settings (window geometry, zoom, language, theme)."""
    return _dir("PREPOZNAJ_CONFIG_DIR", platformdirs.user_config_dir(APP_NAME, appauthor=False))


def log_dir() -> Path:
    return _dir("PREPOZNAJ_LOG_DIR", platformdirs.user_log_dir(APP_NAME, appauthor=False))


def index_dir() -> Path:
    return cache_dir() / "index"


def user_content_dir() -> Path:
    """The user's own cases and articles and the installed packs (where content/user_content.py
    says: it is read with the knowledge base)."""
    from content.user_content import default_user_dir  # on first use: it imports the content model

    return default_user_dir()


# The run-time resources (style sheets, icons, compiled catalogues): see desktop/resources.
RESOURCES_DIR = resource_dir()
