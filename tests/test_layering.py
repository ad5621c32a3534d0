"""The packages depend one way: desktop → search_index → content. `content/` and `search_index/`
never import Qt or the desktop package, and `content/` never imports `search_index/`.

Checked statically, on the source of every module of both packages: an import anywhere (inside a
function, under `if TYPE_CHECKING:`, in a `try:`), a relative import, and a module named in a
string (`importlib.import_module("PySide6.QtCore")`, `__import__`, a table of lazily imported
modules) all count. A dynamic import whose module the source does not spell out cannot be checked,
so it is refused too."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from tests.conftest import REPO

QT = ("PySide6", "shiboken6", "PySide2", "shiboken2", "PyQt5", "PyQt6", "qtpy", "pytestqt")
FORBIDDEN: dict[str, tuple[str, ...]] = {
    "content": (*QT, "desktop", "search_index"),
    "search_index": (*QT, "desktop"),
}
DYNAMIC_IMPORTS = {"import_module", "__import__", "find_spec", "import_from_path", "run_module"}
MODULE_NAME = re.compile(r"[A-Za-z_]\w*(\.[A-Za-z_]\w*)*")


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(REPO).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _absolute(node: ast.ImportFrom, module: str, is_package: bool) -> list[str]:
    """The modules an import-from names, made absolute: `from .. import x` in a.b.c gives a.x."""
    if node.level == 0:
        base = node.module or ""
    else:
        package = module.split(".") if is_package else module.split(".")[:-1]
        keep = len(package) - (node.level - 1)
        base = ".".join([*package[: max(keep, 0)], *([node.module] if node.module else [])])
    return [base, *(f"{base}.{alias.name}" if base else alias.name for alias in node.names)]


def _call_name(func: ast.expr) -> str:
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return ""


def imported_names(source: str, module: str, is_package: bool = False) -> list[tuple[int, str]]:
    """Every module the source may import, with its line; "?" where a dynamic import's module is
    not spelled out in the source."""
    found: list[tuple[int, str]] = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            found += [(node.lineno, name) for name in _absolute(node, module, is_package)]
        elif isinstance(node, ast.Call) and _call_name(node.func) in DYNAMIC_IMPORTS:
            first = node.args[0] if node.args else None
            if isinstance(first, ast.Constant) and isinstance(first.value, str):
                found.append((node.lineno, first.value))
            elif not _spelled_out_elsewhere(first):
                found.append((node.lineno, "?"))
        elif isinstance(node, ast.Constant) and isinstance(node.value, str) and MODULE_NAME.fullmatch(node.value):
            found.append((node.lineno, node.value))  # a module named in a string: a lazy-import table
    return found


def _spelled_out_elsewhere(argument: ast.expr | None) -> bool:
    """A variable's value comes from strings of the same module (a lazy-import table such as
    `_LAZY = {"Hit": "search_index.results"}`), which are checked as strings above."""
    return isinstance(argument, ast.Name)


def _offends(name: str, roots: tuple[str, ...]) -> bool:
    return name == "?" or any(name == root or name.startswith(f"{root}.") for root in roots)


def violations(path: Path, roots: tuple[str, ...]) -> list[str]:
    source = path.read_text(encoding="utf-8")
    names = imported_names(source, _module_name(path), path.name == "__init__.py")
    where = path.relative_to(REPO)
    return [
        f"{where}:{line}: " + ("a dynamic import of a module not named in the source" if name == "?" else name)
        for line, name in names
        if _offends(name, roots)
    ]


@pytest.mark.parametrize("package", sorted(FORBIDDEN))
def test_the_core_packages_never_import_qt_or_a_higher_layer(package: str) -> None:
    modules = sorted((REPO / package).rglob("*.py"))
    assert len(modules) > 10, f"{package}: the guard found almost nothing to check"
    problems = [problem for path in modules for problem in violations(path, FORBIDDEN[package])]
    assert problems == []


def test_the_guard_checks_every_module_including_the_assessment_engine() -> None:
    checked = {_module_name(path) for package in FORBIDDEN for path in (REPO / package).rglob("*.py")}
    assert {"content.assessment.engine", "content.loader", "search_index.searcher", "search_index.cli"} <= checked


def test_relative_imports_are_read_as_the_modules_they_name() -> None:
    source = "from ..loader import load\nfrom . import engine\n"
    names = {name for _, name in imported_names(source, "content.assessment.session")}
    assert {"content.loader", "content.assessment.engine"} <= names


SNEAKY = {
    "a plain import": "import PySide6.QtCore\n",
    "an import from": "from shiboken6 import isValid\n",
    "inside a function": "def f():\n    from PySide6.QtWidgets import QWidget\n    return QWidget\n",
    "under TYPE_CHECKING": "import typing\nif typing.TYPE_CHECKING:\n    from desktop.main_window import X\n",
    "in a try block": "try:\n    import desktop\nexcept ImportError:\n    pass\n",
    "importlib with a string": "import importlib\nimportlib.import_module('PySide6.QtGui')\n",
    "__import__": "__import__('desktop.app')\n",
    "a lazy-import table": "_LAZY = {'Window': 'desktop.main_window'}\n",
    "an unknowable dynamic import": "import importlib\nimportlib.import_module(''.join(['Py', 'Side6']))\n",
}


@pytest.mark.parametrize("source", SNEAKY.values(), ids=SNEAKY.keys())
def test_the_guard_sees_every_way_of_importing(source: str) -> None:
    names = imported_names(source, "content.sub.module")
    assert any(_offends(name, FORBIDDEN["content"]) for _, name in names), names


def test_the_guard_lets_the_allowed_imports_through() -> None:
    source = (
        "import json\nfrom content.model import KnowledgeBase\nfrom . import model\n"
        "import importlib\nimportlib.import_module('content.loader')\n"
        "_LAZY = {'Hit': 'search_index.results'}\n"
        "DOC = 'The desktop app shows this.'\n"
    )
    names = imported_names(source, "search_index.sub", is_package=True)
    assert not [name for _, name in names if _offends(name, FORBIDDEN["search_index"])], names
