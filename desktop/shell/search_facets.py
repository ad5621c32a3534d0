"""Filters for search results, each value with its number of results: kind as buttons,
jurisdiction, topic and language as lists. Choosing a value keeps the others countable.

The bar keeps its shape while a query is typed: a kind or a list with nothing to choose is
greyed out, not hidden, and a kind's button has room for a count of several digits. Controls
that stayed where they were can be found again, and the results below do not jump (nor lay out
and paint again) at each keystroke."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QLayout,
    QLayoutItem,
    QSizePolicy,
    QStyle,
    QStyleOptionComboBox,
    QStyleOptionViewItem,
    QStylePainter,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWidgetItem,
)

KIND_ORDER = ("guidance", "indicator", "case", "glossary", "contact")
LabelOf = Callable[[str, str], str]  # (facet, value) → label in the user's language
# Digits a button's count has room for (a kind's up to 99, all results up to 999, keep its
# width): room for more would take a row of the narrow column for the rare count beyond.
KIND_COUNT_ROOM = 2
TOTAL_COUNT_ROOM = 3


class FlowLayout(QLayout):
    """Lays widgets out in rows, wrapping to the next row when one is full (Qt's flow example)."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 4) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self.setSpacing(spacing)
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def addWidget(self, widget: QWidget) -> None:
        self.addChildWidget(widget)
        self.addItem(QWidgetItem(widget))

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:
        return self.minimumSize()

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        return size

    def _arrange(self, rect: QRect, move: bool) -> int:
        x, y, line = rect.x(), rect.y(), 0
        spacing = self.spacing()
        parent = self.parentWidget()
        for item in self._items:
            widget = item.widget()
            if widget is not None and parent is not None and not widget.isVisibleTo(parent):
                continue
            hint = item.sizeHint()
            if x + hint.width() > rect.right() + 1 and line > 0:
                x, y, line = rect.x(), y + line + spacing, 0
            if move:
                item.setGeometry(QRect(QPoint(x, y), hint))
            x += hint.width() + spacing
            line = max(line, hint.height())
        return y + line - rect.y()


class ElidingComboBox(QComboBox):
    """A narrow list whose choice, when too long for it ("Ovlašćenja inspekcije rada (3)"), ends
    in "…" instead of being cut off mid-letter; the open list shows every choice whole, whatever
    the style (Fusion widens its popup to the longest entry, other styles keep it as narrow as
    the box), as wide as the screen allows; each entry's tooltip names it in full."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("elidesText", True)

    def popup_width(self) -> int:
        """The width the open list needs to show its longest entry whole (its frame, the item's
        margins as the style draws them, a scroll bar if the list scrolls)."""
        view = self.view()
        delegate = view.itemDelegate()
        model = self.model()
        option = QStyleOptionViewItem()
        option.font = view.font()  # type: ignore[attr-defined]
        option.fontMetrics = view.fontMetrics()  # type: ignore[attr-defined]
        metrics = view.fontMetrics()
        text_width = max((metrics.horizontalAdvance(self.itemText(i)) for i in range(self.count())), default=0)
        item_width = max(
            (delegate.sizeHint(option, model.index(i, self.modelColumn())).width() for i in range(self.count())),
            default=0,
        )
        # The item's own width, or its text with the style's margins for a menu item, whichever is more.
        needed = max(item_width, text_width + 2 * self.style().pixelMetric(QStyle.PixelMetric.PM_MenuHMargin) + 24)
        needed += 2 * view.frameWidth()
        if self.count() > self.maxVisibleItems():
            needed += self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, view)
        screen = self.screen()
        if screen is not None:
            needed = min(needed, screen.availableGeometry().width())
        return max(needed, self.width())

    def showPopup(self) -> None:
        self.view().setMinimumWidth(self.popup_width())
        super().showPopup()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QStylePainter(self)
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        field = self.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, self
        )
        whole: str = option.currentText  # type: ignore[attr-defined]
        shown = self.fontMetrics().elidedText(whole, Qt.TextElideMode.ElideRight, field.width() - 2)
        option.currentText = shown  # type: ignore[attr-defined]
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)


class FacetBar(QWidget):
    changed = Signal()

    def __init__(self, label_of: LabelOf, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("searchFacets")
        self._label_of = label_of
        self._kind = ""
        self._counts: dict[str, dict[str, int]] = {}
        self._entries: dict[str, list[tuple[str, str]]] = {}  # each list's entries (text, value), by facet
        self.kind_buttons: dict[str, QToolButton] = {}
        kinds = QWidget(self)
        self._kind_flow = FlowLayout(kinds)
        self.all_button = self._kind_button("", kinds)
        for kind in KIND_ORDER:
            self.kind_buttons[kind] = self._kind_button(kind, kinds)
        self.jurisdiction = self._combo("jurisdictionFilter")
        self.topic = self._combo("topicFilter")
        self.language = self._combo("languageFilter")
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(4)
        grid.setVerticalSpacing(4)
        grid.addWidget(self.jurisdiction, 0, 0)
        grid.addWidget(self.topic, 0, 1)
        grid.addWidget(self.language, 1, 0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(kinds)
        layout.addLayout(grid)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.retranslate()

    def retranslate(self) -> None:
        for combo, label in (
            (self.jurisdiction, self.tr("Filter by jurisdiction")),
            (self.topic, self.tr("Filter by topic")),
            (self.language, self.tr("Filter by language")),
        ):
            combo.setAccessibleName(label)
            combo.setToolTip(label)
        self.all_button.setToolTip(self.tr("Results of every kind"))
        self.set_counts(self._counts)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() == QEvent.Type.FontChange:  # (A+ / A−) the buttons' room is measured again
            for button in (self.all_button, *self.kind_buttons.values()):
                button.setText("")
            self._update_kind_buttons()
        super().changeEvent(event)

    def _kind_button(self, kind: str, parent: QWidget) -> QToolButton:
        button = QToolButton(parent)
        button.setCheckable(True)
        button.setAutoRaise(False)
        button.setObjectName(f"kindFilter_{kind or 'all'}")
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        button.clicked.connect(lambda _checked=False, k=kind: self._choose_kind(k))
        self._kind_flow.addWidget(button)
        return button

    def _combo(self, name: str) -> QComboBox:
        combo = ElidingComboBox(self)
        combo.setObjectName(name)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(8)
        combo.activated.connect(lambda _index: self.changed.emit())
        return combo

    # -- state --------------------------------------------------------------------------------
    def selection(self) -> dict[str, list[str]]:
        """The chosen values: {"kinds": [...], "jurisdictions": [...], "topics": [...], "languages": [...]}."""
        chosen: dict[str, list[str]] = {}
        if self._kind:
            chosen["kinds"] = [self._kind]
        for key, combo in (("jurisdictions", self.jurisdiction), ("topics", self.topic), ("languages", self.language)):
            value = combo.currentData()
            if value:
                chosen[key] = [str(value)]
        return chosen

    def is_filtering(self) -> bool:
        return bool(self.selection())

    def clear(self) -> None:
        self._kind = ""
        for combo in (self.jurisdiction, self.topic, self.language):
            combo.setCurrentIndex(0)
        self.set_counts(self._counts)

    def _choose_kind(self, kind: str) -> None:
        self._kind = "" if kind == self._kind else kind
        self._update_kind_buttons()
        self.changed.emit()

    # -- counts -------------------------------------------------------------------------------
    def set_counts(self, facets: dict[str, dict[str, int]]) -> None:
        """Show the counts of the latest results (a chosen value stays chosen, even at zero)."""
        self._counts = facets
        self._update_kind_buttons()
        self._fill(self.jurisdiction, "jurisdiction", self.tr("All jurisdictions"))
        self._fill(self.topic, "topic", self.tr("All topics"))
        self._fill(self.language, "lang", self.tr("Both languages"))

    def _update_kind_buttons(self) -> None:
        counts = self._counts.get("kind", {})
        total = sum(counts.values())
        every = self.tr("All %1")
        changed = _set_count(self.all_button, every, total, TOTAL_COUNT_ROOM)
        self.all_button.setChecked(not self._kind)
        for kind, button in self.kind_buttons.items():
            count = counts.get(kind, 0)
            changed |= _set_count(button, f"{self._label_of('kind', kind)} %1", count, KIND_COUNT_ROOM)
            button.setChecked(kind == self._kind)
            button.setEnabled(count > 0 or kind == self._kind)  # a chosen kind can be let go at zero
        if changed:  # new widths: the rows of buttons flow again (other counts lay out nothing)
            self._kind_flow.invalidate()

    def _fill(self, combo: QComboBox, facet: str, everything: str) -> None:
        chosen = combo.currentData()
        counts = dict(self._counts.get(facet, {}))
        if chosen and chosen not in counts:
            counts[chosen] = 0
        entries = [(everything, "")] + [(f"{self._label_of(facet, v)} ({n})", v) for v, n in counts.items()]
        if entries != self._entries.get(facet):
            # Only a list whose entries changed is filled again (each keystroke brings new counts
            # for some lists, seldom for all): filling one costs its size and a layout of the bar.
            combo.blockSignals(True)
            combo.clear()
            for text, value in entries:
                combo.addItem(text, value)
                combo.setItemData(combo.count() - 1, text, Qt.ItemDataRole.ToolTipRole)  # whole, however narrow
            index = combo.findData(chosen) if chosen else 0
            combo.setCurrentIndex(max(0, index))
            combo.blockSignals(False)
            self._entries[facet] = entries
        combo.setEnabled(len(counts) > 1 or bool(chosen))  # one value only: nothing to choose


def _set_count(button: QToolButton, template: str, count: int, digits: int) -> bool:
    """Show `template` with `count` for its "%1" on a button at least as wide as a count of
    `digits` digits needs; whether its width changed (an unchanged text or width costs no
    layout)."""
    text = template.replace("%1", str(count))
    if button.text() == text:
        return False
    button.setText(text)
    metrics = button.fontMetrics()
    room = metrics.horizontalAdvance(template.replace("%1", "0" * digits)) - metrics.horizontalAdvance(text)
    width = button.sizeHint().width() + max(0, room)
    if width == button.minimumWidth():
        return False
    button.setMinimumWidth(width)
    return True
