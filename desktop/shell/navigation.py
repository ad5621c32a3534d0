"""The navigation pane: guidance by jurisdiction and topic, indicators by dimension, cases,
and the reference pages (catalogue, glossary, contacts)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem, QWidget

from desktop.i18n import local_text, script_text, sort_key

if TYPE_CHECKING:
    from content.model import KnowledgeBase

HREF_ROLE = Qt.ItemDataRole.UserRole + 1


class NavigationTree(QTreeWidget):
    open_requested = Signal(str)  # kb: href

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("navigationTree")
        self.setHeaderHidden(True)
        self.setUniformRowHeights(True)
        self.setAccessibleName(self.tr("Contents"))
        self.itemActivated.connect(self._on_activated)
        self.itemClicked.connect(self._on_activated)
        self._shown: tuple[KnowledgeBase, str] | None = None

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.setAccessibleName(self.tr("Contents"))
            if self._shown is not None:
                self.populate(*self._shown)
        super().changeEvent(event)

    def _on_activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        href = item.data(0, HREF_ROLE)
        if href:
            self.open_requested.emit(str(href))

    def _node(self, parent: QTreeWidget | QTreeWidgetItem, text: str, href: str = "") -> QTreeWidgetItem:
        item = QTreeWidgetItem(parent, [text])
        item.setToolTip(0, text)
        if href:
            item.setData(0, HREF_ROLE, href)
        return item

    def populate(self, kb: KnowledgeBase, lang: str) -> None:
        """The tree in the interface language, with the content's titles in `lang` (in the reader's script)."""
        self._shown = (kb, lang)
        current = self.currentItem()
        selected = current.data(0, HREF_ROLE) if current is not None else None
        self.clear()
        self._guidance(kb, lang)
        self._indicators(kb, lang)
        self._cases(kb, lang)
        self._my_content(kb, lang)
        reference = self._node(self, self.tr("Reference"))
        self._node(reference, self.tr("Indicator catalogue"), "kb:indicators")
        self._node(reference, self.tr("Glossary"), "kb:glossary")
        self._node(reference, self.tr("Referral contacts"), "kb:contacts")
        self._node(reference, self.tr("What changed in this edition"), "kb:changes")
        for item in self._top_level_items():
            item.setExpanded(True)
        if selected:
            self.select_href(str(selected))

    def _top_level_items(self) -> list[QTreeWidgetItem]:
        items = (self.topLevelItem(i) for i in range(self.topLevelItemCount()))
        return [item for item in items if item is not None]

    def _guidance(self, kb: KnowledgeBase, lang: str) -> None:
        root = self._node(self, self.tr("Guidance"))
        for jurisdiction in kb.jurisdictions.values():
            articles = [
                a for a in (kb.article(i, lang) for i in kb.articles) if a and a.jurisdiction == jurisdiction.id
            ]
            if not articles:
                continue
            j_item = self._node(root, local_text(jurisdiction.label, lang))
            for topic in kb.topics.values():
                titles = sorted(
                    ((script_text(a.title, a.lang), a.id) for a in articles if a.topic == topic.id),
                    key=lambda pair: sort_key(pair[0]),
                )
                if not titles:
                    continue
                t_item = self._node(j_item, local_text(topic.label, lang))
                for title, doc_id in titles:
                    self._node(t_item, title, f"kb:{doc_id}")

    def _indicators(self, kb: KnowledgeBase, lang: str) -> None:
        root = self._node(self, self.tr("Indicators"))
        for dimension in kb.dimensions.values():
            members = [i for i in kb.indicators.values() if i.dimension == dimension.id]
            if not members:
                continue
            d_item = self._node(root, local_text(dimension.label, lang), f"kb:indicators#{dimension.id}")
            for indicator in members:
                self._node(d_item, local_text(indicator.label, lang), f"kb:{indicator.id}")
        if kb.checks:
            c_item = self._node(root, self.tr("Labour-law checks"))
            for check in kb.checks.values():
                self._node(c_item, local_text(check.label, lang), f"kb:{check.id}")

    def _cases(self, kb: KnowledgeBase, lang: str) -> None:
        root = self._node(self, self.tr("Cases"))
        cases = [(script_text(c.title, c.lang), c.id) for c in (kb.case(i, lang) for i in kb.cases) if c]
        for title, case_id in sorted(cases, key=lambda pair: sort_key(pair[0])):
            self._node(root, title, f"kb:{case_id}")

    def _my_content(self, kb: KnowledgeBase, lang: str) -> None:
        """The user's own cases and articles and those of installed packs, each marked signed or
        unsigned (a pack's document signed by a trusted key names its signer)."""
        docs = [d for d in (kb.document(i, lang) for i in [*kb.cases, *kb.articles]) if d is not None]
        mine = [d for d in docs if d.origin.kind != "bundled"]
        if not mine:
            return
        root = self._node(self, self.tr("My content"))
        root.setData(0, Qt.ItemDataRole.AccessibleDescriptionRole, "my-content")
        for doc in sorted(mine, key=lambda d: sort_key(script_text(d.title, d.lang))):
            signer = doc.origin.signer_name.get(lang) or doc.origin.signer
            mark = self.tr("signed: %1").replace("%1", signer) if doc.origin.signed else self.tr("unsigned")
            item = self._node(root, f"{script_text(doc.title, doc.lang)} ({mark})", f"kb:{doc.id}")
            item.setToolTip(0, f"{script_text(doc.title, doc.lang)}\n{doc.origin.describe(lang)}")

    def my_content_item(self) -> QTreeWidgetItem | None:
        """The "My content" branch (None when there is no user or pack content)."""
        return next(
            (
                i
                for i in self._top_level_items()
                if i.data(0, Qt.ItemDataRole.AccessibleDescriptionRole) == "my-content"
            ),
            None,
        )

    def select_href(self, href: str) -> None:
        """Highlight the entry for `href` (if it has one) without emitting open_requested."""
        target = href.partition("#")[0]
        pending = self._top_level_items()
        while pending:
            item = pending.pop()
            if item.data(0, HREF_ROLE) == target:
                self.blockSignals(True)
                self.setCurrentItem(item)
                self.blockSignals(False)
                return
            pending.extend(child for child in (item.child(i) for i in range(item.childCount())) if child is not None)
