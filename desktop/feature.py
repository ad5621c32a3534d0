"""How a feature plugs into the window: one small interface.

    class FieldKit(Feature):
        name = "field_kit"

        def __init__(self, context: AppContext, shell: Shell) -> None:
            super().__init__(context, shell)
            self.act_open = QAction(shell.main_window)
            ...

        def contribution(self) -> Contribution:
            return Contribution(
                sections={"file.export": [self.act_export], "toolbar.desk": [self.act_open]},
                menus={"field_kit": self.menu},  # its own menu, placed between View and Help
                panes=[Pane(self.dock, Qt.DockWidgetArea.RightDockWidgetArea)],
            )

        def retranslate(self) -> None: ...  # texts, now and after every change of language

then one line in `desktop/features/__init__.py`. The window creates the features in that order,
asks each for its contribution, and assembles menus, toolbar and panes from the layout declared
in `desktop/ui/menus.py`. A feature gets the shared services and signals from the `AppContext`
and reaches the window only through `Shell`, the public face of the main window (never
`desktop.main_window`, never another feature)."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, ClassVar, Protocol

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDockWidget, QMainWindow, QMenu, QToolBar, QWidget

if TYPE_CHECKING:
    from desktop.context import AppContext
    from desktop.shell.article_view import ArticleView
    from desktop.shell.history import NavigationHistory
    from desktop.shell.search_panel import SearchPanel


class Shell(Protocol):
    """What a feature may use of the main window: its widgets to attach to, and requests."""

    @property
    def main_window(self) -> QMainWindow: ...  # the parent for dialogs, docks and actions

    @property
    def view(self) -> ArticleView: ...

    @property
    def search(self) -> SearchPanel: ...

    @property
    def history(self) -> NavigationHistory: ...

    @property
    def toolbar(self) -> QToolBar: ...

    def open_href(self, href: str, record: bool = True, scroll: int = 0) -> None: ...

    def go_back(self, steps: int = 1) -> None: ...

    def go_forward(self, steps: int = 1) -> None: ...

    def reload_content(self, then: Callable[[], None] | None = None) -> None:
        """Read the knowledge base again (a pack installed, a case saved); `then` runs once the
        new content is in the window (the context says `content_reloaded` too)."""
        ...

    def navigation_action(self, name: str) -> QAction:
        """ "back", "forward" or "home"."""
        ...


@dataclass(frozen=True)
class Pane:
    """A dock the feature adds; docks that share `tab_with`'s area are tabbed together."""

    dock: QDockWidget
    area: Qt.DockWidgetArea
    tab_with: QDockWidget | None = None


@dataclass(frozen=True)
class Contribution:
    # "<menu>.<section>" or "toolbar.<section>" -> entries, in order (see desktop/ui/menus.py).
    sections: dict[str, Sequence[QAction | QMenu]] = field(default_factory=dict)
    # The feature's own menus by name, placed between View and Help; a name with a layout in
    # desktop/ui/menus.py SECTIONS is filled from sections, which other features may contribute to.
    menus: Mapping[str, QMenu] = field(default_factory=dict)
    panes: Sequence[Pane] = ()
    focus_chain: Sequence[QWidget] = ()  # Tab order inside the feature's panes
    shortcuts_only: Sequence[QAction] = ()  # actions in no menu that still work (F12 while covered)


class Feature(QObject):
    """A feature of the main window. Subclasses set `name` and build their actions in
    `__init__`; everything else has a default."""

    name: ClassVar[str] = ""

    def __init__(self, context: AppContext, shell: Shell) -> None:
        super().__init__(shell.main_window)
        self.context = context
        self.shell = shell

    def contribution(self) -> Contribution:
        return Contribution()

    def focus_regions(self) -> list[tuple[QWidget, QWidget]]:
        """(region, widget to focus) that F6 visits after the window's own, in order."""
        return []

    def assembled(self) -> None:
        """Called once the window has placed every feature's contribution (menus, toolbar, panes)."""

    def retranslate(self) -> None:
        """Set the texts in the interface language: when built and after every change."""

    def shutdown(self) -> None:
        """The window is closing: save what is being typed, close own windows."""

    def event(self, event: QEvent) -> bool:
        # The window passes LanguageChange on to its children, each feature included.
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return super().event(event)


class Features:
    """The window's features by name (`window.features.desk`), in the order they were assembled."""

    def __init__(self, features: Sequence[Feature]) -> None:
        self._by_name = {feature.name: feature for feature in features}

    def __getattr__(self, name: str) -> Feature:
        try:
            return self._by_name[name]
        except KeyError:
            raise AttributeError(name) from None

    def __iter__(self) -> Iterator[Feature]:
        return iter(self._by_name.values())

    def __contains__(self, name: object) -> bool:
        return name in self._by_name

    def names(self) -> list[str]:
        return list(self._by_name)
