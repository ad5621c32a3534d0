"""The app's version, from the one place it is set (pyproject.toml, through the installed package's
metadata), and the version of the knowledge base shipped with it: for `--version`, the About box and
the bundle's metadata. Light on purpose: the start-up path imports it."""

from __future__ import annotations

import re
from importlib.metadata import PackageNotFoundError, version

from content.paths import CONTENT_DIR


def app_version() -> str:
    """The version of the installed app, as pyproject.toml gives it (the one place it is set):
    the wheel, an editable install and the bundle (which carries the package metadata) all have it."""
    try:
        return version("prepoznaj")
    except PackageNotFoundError:
        return "dev"  # run from a checkout that was never installed


def shipped_content_version() -> str:
    """The version of the knowledge base shipped with the app as the About box shows it: the
    editors' version (content/meta.yaml) and the digest of the files (content.loader does the
    same), read without loading the knowledge base."""
    from content.digest import content_hash

    try:
        text = (CONTENT_DIR / "meta.yaml").read_text(encoding="utf-8")
    except OSError:
        text = ""
    found = re.search(r"""^version:\s*["']?([^"'\s#]+)""", text, re.M)
    return f"{found.group(1) if found else 'dev'}+{content_hash(CONTENT_DIR)[:8]}"


def version_line() -> str:
    """`prepoznaj --version`: the app's version and, beside it, the content's."""
    return f"Prepoznaj {app_version()} (content {shipped_content_version()})"
