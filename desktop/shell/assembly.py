"""Putting the contributions in place: the menu bar, the navigation toolbar, the docks, the Tab
order, and F6 between the panes. The order is the layout's (desktop/ui/menus.py); the window
passes its own contribution first, then the features' in their listed order."""

from __future__ import annotations

import itertools
from collections.abc import Mapping, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMainWindow, QMenu, QToolBar, QWidget

from desktop.feature import Contribution
from desktop.ui.menus import TOOLBAR, Entry, assemble_menu_bar, fill_sections, unknown_sections


def assemble(
    window: QMainWindow,
    shared_menus: Mapping[str, QMenu],
    toolbar: QToolBar,
    contributions: Sequence[Contribution],
    tab_chain: Sequence[QWidget],
) -> None:
    """Menus, toolbar, panes and the Tab order (`tab_chain` first) from the contributions: no
    feature touches another's place. A section missing from the layout is a programming error."""
    entries: dict[str, list[Entry]] = {}
    for contribution in contributions:
        for section, found in contribution.sections.items():
            entries.setdefault(section, []).extend(found)
    unknown = unknown_sections(entries)
    if unknown:
        raise ValueError(f"menu sections not in the layout: {', '.join(unknown)}")
    own_menus = [item for contribution in contributions for item in contribution.menus.items()]
    assemble_menu_bar(window.menuBar(), shared_menus, own_menus, entries)
    fill_sections(toolbar, TOOLBAR, "toolbar.", entries)
    for contribution in contributions:
        for pane in contribution.panes:
            window.addDockWidget(pane.area, pane.dock)
            if pane.tab_with is not None:
                window.tabifyDockWidget(pane.tab_with, pane.dock)
            pane.dock.hide()
        window.addActions(list(contribution.shortcuts_only))
    chain = [*tab_chain, *(widget for contribution in contributions for widget in contribution.focus_chain)]
    for first, second in itertools.pairwise(chain):
        QWidget.setTabOrder(first, second)


def focus_next_pane(panes: Sequence[tuple[QWidget, QWidget]], step: int) -> None:
    """F6 / Shift+F6: focus the pane after (or before) the one holding the focus; `panes` are
    (region, widget to focus) pairs in order, only the visible ones."""
    if not panes:
        return
    focus = QApplication.focusWidget()
    index = next(
        (i for i, (region, _t) in enumerate(panes) if focus is region or (focus and region.isAncestorOf(focus))),
        -1,
    )
    target = panes[(index + step) % len(panes)][1] if index >= 0 else panes[0][1]
    target.setFocus(Qt.FocusReason.ShortcutFocusReason)
