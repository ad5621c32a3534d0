"""What the app reads at run time, shipped inside the `desktop` package so that a wheel, an
editable install and the desktop bundle all find it the same way (the package's own folder,
as importlib.resources finds it), never through a path relative to a source checkout:

- style/         the Qt style sheet of the high-contrast theme and the CSS of articles per theme
- icons/         the application icon (SVG, and PNG in the sizes desktops ask for)
- translations/  the compiled interface catalogues (.qm). They are built from the .ts sources in
                 the repository's resources/translations by scripts/translations.py at build time
                 (`make`, and the wheel's build step); the app only loads them.
"""

from __future__ import annotations

from pathlib import Path

_HERE = Path(__file__).parent


def resource_dir() -> Path:
    """The folder of the run-time resources. The app is installed as files (a wheel, an editable
    install or the bundle), never zipped: Qt loads catalogues and icons by file name.

    That folder is this package's own, which is what importlib.resources answers for a package
    on disk; importlib.resources itself (some 3-9 ms of imports at every start) is asked only
    when the folder is not there as files."""
    if (_HERE / "icons").is_dir():
        return _HERE
    from importlib.resources import files

    root = files(__name__)
    if not isinstance(root, Path):
        raise RuntimeError(f"desktop.resources is not a folder on disk ({root!r}): install Prepoznaj unzipped")
    return root


def resource(*parts: str) -> Path:
    """A run-time resource by its path inside this package: resource("style", "article.css")."""
    return resource_dir().joinpath(*parts)
