"""The shape of desktop/, read from the source (ast), not run: the rules of desktop/README.md.

- No file in desktop/ imports desktop.main_window except app.py (the composition root).
- No feature imports another feature; the shell, the context and the helpers import none (the
  window takes the list from the registry, desktop/features/__init__.py, when app.py gives none).
- No module reaches into another object's underscore attributes (its own class's are fine).
- The modules of desktop/ import each other without a circle (TYPE_CHECKING imports included).
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from desktop.ui.menus import SECTIONS, TOOLBAR, unknown_sections

DESKTOP = Path(__file__).resolve().parents[2] / "desktop"


def module_name(path: Path) -> str:
    parts = path.relative_to(DESKTOP.parent).with_suffix("").parts
    return ".".join(parts).removesuffix(".__init__")


def sources() -> dict[str, ast.Module]:
    return {
        module_name(path): ast.parse(path.read_text(encoding="utf-8"), str(path))
        for path in sorted(DESKTOP.rglob("*.py"))
        if "__pycache__" not in path.parts
    }


def imported(tree: ast.Module) -> set[str]:
    """Every module this one imports, anywhere (functions and TYPE_CHECKING blocks included)."""
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
            names |= {f"{node.module}.{alias.name}" for alias in node.names}
    return names


def feature_of(module: str) -> str | None:
    """ "desk" for desktop.features.desk.store; None outside a feature package."""
    parts = module.split(".")
    if len(parts) > 2 and parts[:2] == ["desktop", "features"] and not parts[2].isupper():
        return parts[2]
    return None  # (desktop.features.FEATURES is the registry, not a feature)


def import_violations(modules: dict[str, ast.Module]) -> list[str]:
    problems: list[str] = []
    for module, tree in modules.items():
        own = feature_of(module)
        for name in sorted(imported(tree)):
            if (name == "desktop.main_window" or name.startswith("desktop.main_window.")) and module != "desktop.app":
                problems.append(f"{module} imports desktop.main_window (only desktop.app may)")
            other = feature_of(name)
            if other is None:
                continue
            if own is not None and other != own:
                problems.append(f"{module} (feature {own}) imports {name} (feature {other})")
            # Outside the features only the registry (desktop.features) and app.py name them.
            if own is None and module not in ("desktop.features", "desktop.app"):
                problems.append(f"{module} imports the feature module {name}")
    return problems


def _own_private_attributes(tree: ast.Module) -> set[str]:
    """Underscore attributes that classes of this module set or define on themselves."""
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ClassDef):
            for item in ast.walk(node):
                if isinstance(item, (ast.FunctionDef, ast.AsyncFunctionDef)) and item.name.startswith("_"):
                    names.add(item.name)
                if (
                    isinstance(item, ast.Attribute)
                    and isinstance(item.value, ast.Name)
                    and item.value.id in ("self", "cls")
                    and isinstance(item.ctx, ast.Store)
                ):
                    names.add(item.attr)
                if isinstance(item, ast.AnnAssign) and isinstance(item.target, ast.Name):
                    names.add(item.target.id)
    return names


def _imported_modules(tree: ast.Module) -> set[str]:
    """Local names bound to modules (`import os`, `from desktop import i18n`): `os._exit` is the
    module's own business, not an object's."""
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names |= {(alias.asname or alias.name).split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom):
            names |= {alias.asname or alias.name for alias in node.names if alias.name.islower()}
    return names


def private_access_violations(modules: dict[str, ast.Module]) -> list[str]:
    problems: list[str] = []
    for module, tree in modules.items():
        allowed = _own_private_attributes(tree)
        modules_here = _imported_modules(tree)
        for node in ast.walk(tree):
            if not isinstance(node, ast.Attribute):
                continue
            attr = node.attr
            if not attr.startswith("_") or attr.startswith("__"):
                continue
            base = node.value
            if isinstance(base, ast.Name) and base.id in ("self", "cls", "super"):
                continue
            if isinstance(base, ast.Call) and isinstance(base.func, ast.Name) and base.func.id == "super":
                continue
            if isinstance(base, ast.Name) and base.id in modules_here:
                continue
            if attr in allowed:  # the same module's class, used on another instance of it
                continue
            problems.append(f"{module}:{node.lineno} reaches into .{attr} of another object")
    return problems


def cycles(modules: dict[str, ast.Module]) -> list[list[str]]:
    graph = {m: sorted(n for n in imported(t) if n in modules and n not in (m, "desktop")) for m, t in modules.items()}
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    counter = [0]

    def visit(v: str) -> None:
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on_stack.add(v)
        for w in graph[v]:
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for v in graph:
        if v not in index:
            visit(v)
    return found


def test_only_app_imports_the_main_window_and_no_feature_imports_another() -> None:
    assert import_violations(sources()) == []


def test_no_module_reaches_into_another_objects_private_attributes() -> None:
    assert private_access_violations(sources()) == []


def test_the_modules_of_desktop_import_each_other_without_a_circle() -> None:
    assert cycles(sources()) == []


# The checks must be able to fail: each is shown a small module that breaks its rule.
@pytest.mark.parametrize(
    ("module", "source"),
    [
        ("desktop.features.trainer.feature", "from desktop.features.assessment.store import AssessmentStore"),
        ("desktop.features.desk.feature", "if TYPE_CHECKING:\n    from desktop.main_window import MainWindow"),
        ("desktop.shell.navigation", "from desktop.features.desk import store"),
    ],
)
def test_the_import_check_catches_a_forbidden_import(module: str, source: str) -> None:
    assert import_violations({module: ast.parse(source)})


def test_the_private_check_catches_a_reach_in_but_not_own_attributes() -> None:
    reach_in = "def f(window):\n    window._reload_current()"
    own = "class A:\n    def __init__(self):\n        self._x = 1\n    def same(self, other):\n        return other._x"
    assert private_access_violations({"desktop.x": ast.parse(reach_in)})
    assert private_access_violations({"desktop.y": ast.parse(own)}) == []


def test_the_circle_check_finds_a_circle() -> None:
    modules = {"desktop.a": ast.parse("import desktop.b"), "desktop.b": ast.parse("from desktop import a")}
    modules["desktop.b"] = ast.parse("import desktop.a")
    assert cycles(modules) == [["desktop.a", "desktop.b"]]


def test_the_menu_layout_names_every_section_once() -> None:
    known = [f"{menu}.{s}" for menu, sections in SECTIONS.items() for s in sections if s != "|"]
    known += [f"toolbar.{s}" for s in TOOLBAR if s != "|"]
    assert len(known) == len(set(known))
    assert unknown_sections({"file.print": [], "toolbar.trainer": []}) == []
    assert unknown_sections({"file.printing": []}) == ["file.printing"]
