"""Menus, toolbars and their texts: the one home for what every feature needs to put an action in
front of the user.

The menu bar and the navigation toolbar are assembled from a declared layout (`MENU_BAR`,
`SECTIONS`, `TOOLBAR`): each shared menu is a sequence of named sections, and a feature fills a
section by naming it in its `Contribution`. A separator ("|") is drawn only between two sections
that both have entries, so a feature that is left out leaves no double line. The features' own
menus sit between View and Help in the order the features are listed, and Help is always last.
A feature's own menu that has a layout here (Assessment, Trainer) is filled the same way, so
another feature can add to it (the field kit to Assessment, the case editor to Trainer) without
reaching into its owner."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMenuBar, QToolBar

SEPARATOR = "|"

# The shared menus, left to right; the features' own menus come after FEATURE_MENUS_AFTER.
MENU_BAR: tuple[str, ...] = ("file", "go", "view", "help")
FEATURE_MENUS_AFTER = "view"

# Each shared menu as sections, top to bottom. A section is "<menu>.<name>".
SECTIONS: Mapping[str, tuple[str, ...]] = {
    "file": ("print", "export", SEPARATOR, "packs", SEPARATOR, "quit"),
    "go": ("navigate", "find", SEPARATOR, "history", SEPARATOR, "panes"),
    "view": ("zoom", SEPARATOR, "language", SEPARATOR, "panels", "theme", SEPARATOR, "discreet"),
    "help": ("guides", SEPARATOR, "about"),
    # Features' own menus that others add to, by the name the owner gives its menu.
    "assessment": ("assess", SEPARATOR, "rules", SEPARATOR, "worker"),
    "trainer": ("cases", SEPARATOR, "present", SEPARATOR, "screens"),
}

# The navigation toolbar, left to right.
TOOLBAR: tuple[str, ...] = (
    "navigate",
    SEPARATOR,
    "zoom",
    SEPARATOR,
    "desk",
    "print",
    SEPARATOR,
    "assessment",
    SEPARATOR,
    "trainer",
)

Entry = QAction | QMenu


def strip_mnemonic(text: str) -> str:
    """A menu text without its mnemonic ampersand ("&&" stays one "&")."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def escape_mnemonic(text: str) -> str:
    """Any text (a page title, a bookmark name) as a menu entry: its "&" shown, not a mnemonic."""
    return text.replace("&", "&&")


def tool_tip(action: QAction) -> str:
    """What a toolbar button does, for one that shows an icon or a short word: "Back (Alt+Left)"."""
    text = strip_mnemonic(action.text()).rstrip("…")
    keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    return f"{text} ({keys})" if keys else text


def _add(target: QMenu | QToolBar, entry: Entry) -> None:
    if isinstance(entry, QMenu):
        if isinstance(target, QMenu):
            target.addMenu(entry)
        else:
            target.addAction(entry.menuAction())
    else:
        target.addAction(entry)


def fill_sections(
    target: QMenu | QToolBar, layout: Sequence[str], prefix: str, entries: Mapping[str, Sequence[Entry]]
) -> None:
    """Put the entries of each section of `layout` into `target`, in order, with a separator
    wherever the layout has one and there is something on both sides of it."""
    pending_separator = False
    placed_any = False
    for section in layout:
        if section == SEPARATOR:
            pending_separator = placed_any
            continue
        found = entries.get(f"{prefix}{section}", ())
        if not found:
            continue
        if pending_separator:
            target.addSeparator()
            pending_separator = False
        for entry in found:
            _add(target, entry)
        placed_any = True


def assemble_menu_bar(
    bar: QMenuBar,
    shared: Mapping[str, QMenu],
    feature_menus: Iterable[tuple[str, QMenu]],
    entries: Mapping[str, Sequence[Entry]],
) -> None:
    """The menu bar in its declared order: the shared menus with their sections filled, the
    features' own menus (name, menu) after View, Help last. A feature menu with a layout in
    `SECTIONS` is filled from its sections after whatever its owner put in it."""
    own = list(feature_menus)
    for name in MENU_BAR:
        menu = shared[name]
        fill_sections(menu, SECTIONS[name], f"{name}.", entries)
        bar.addMenu(menu)
        if name == FEATURE_MENUS_AFTER:
            for menu_name, feature_menu in own:
                if menu_name in SECTIONS:
                    fill_sections(feature_menu, SECTIONS[menu_name], f"{menu_name}.", entries)
                bar.addMenu(feature_menu)


def unknown_sections(entries: Mapping[str, Sequence[Entry]]) -> list[str]:
    """Sections named by a contribution that the layout does not have (a typo shows at once)."""
    known = {f"{menu}.{s}" for menu, sections in SECTIONS.items() for s in sections if s != SEPARATOR}
    known |= {f"toolbar.{s}" for s in TOOLBAR if s != SEPARATOR}
    return sorted(name for name in entries if name not in known)
