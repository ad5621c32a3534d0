"""Personal notes: one note per page, written beside the article and saved as you type; below
it, every note, searchable, and an export to a Markdown or HTML file."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.features.desk.export import write_notes
from desktop.features.desk.store import DeskStore, Note, page_key, search_key

HREF_ROLE = Qt.ItemDataRole.UserRole + 1
SAVE_DELAY_MS = 400
SNIPPET_CHARS = 90


class NotesPanel(QWidget):
    open_requested = Signal(str)
    saved = Signal(str)  # the page key whose note was saved (or deleted)

    def __init__(self, store: DeskStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setObjectName("notesPanel")
        self._href = ""
        self._title = ""
        self._loading = False
        self._dirty = False
        self._relabel = False  # the language changed while hidden: saved state and count to set again

        self.page_label = QLabel(self)
        self.page_label.setObjectName("notePageLabel")
        self.page_label.setWordWrap(True)
        self.editor = QPlainTextEdit(self)
        self.editor.setObjectName("noteEditor")
        self.editor.setTabChangesFocus(True)
        self.page_label.setBuddy(self.editor)
        self.state = QLabel(self)
        self.state.setObjectName("noteState")

        self.search = QLineEdit(self)
        self.search.setObjectName("notesSearch")
        self.search.setClearButtonEnabled(True)
        self.list = QListWidget(self)
        self.list.setObjectName("notesList")
        self.list.setWordWrap(True)
        self.list.itemActivated.connect(self._activated)
        self.count = QLabel(self)
        self.count.setObjectName("notesCount")
        self.export_button = QPushButton(self)
        self.export_button.setObjectName("exportNotesButton")
        self.export_button.clicked.connect(self.export_dialog)

        top = QWidget(self)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.page_label)
        top_layout.addWidget(self.editor, 1)
        top_layout.addWidget(self.state)
        bottom = QWidget(self)
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        self.all_label = QLabel(bottom)
        self.all_label.setObjectName("allNotesLabel")
        self.all_label.setBuddy(self.search)
        bottom_layout.addWidget(self.all_label)
        bottom_layout.addWidget(self.search)
        bottom_layout.addWidget(self.list, 1)
        row = QHBoxLayout()
        row.addWidget(self.count, 1)
        row.addWidget(self.export_button)
        bottom_layout.addLayout(row)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.setObjectName("notesSplitter")
        splitter.addWidget(top)
        splitter.addWidget(bottom)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(splitter)

        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self.flush)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(120)
        self._search_timer.timeout.connect(self.refresh_list)
        self.editor.textChanged.connect(self._edited)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.search.returnPressed.connect(self._open_first)
        self._retranslate_fixed()
        self.set_page("", "")
        self.refresh_list()

    def _retranslate_fixed(self) -> None:
        self.editor.setAccessibleName(self.tr("Note on this page"))
        self.editor.setPlaceholderText(self.tr("Your own note on this page. Saved as you type, only on this computer."))
        self.state.setAccessibleName(self.tr("Note saved state"))
        self.search.setPlaceholderText(self.tr("Search my notes…"))
        self.search.setAccessibleName(self.tr("Search my notes"))
        self.list.setAccessibleName(self.tr("My notes"))
        self.export_button.setText(self.tr("&Export…"))
        self.export_button.setAccessibleName(self.tr("Export notes to a file"))
        self.all_label.setText(self.tr("All my notes"))

    def retranslate(self) -> None:
        self._retranslate_fixed()
        self._show_page_label()
        self._relabel = True
        if self.isVisible():
            self._relabel_from_store()

    def _relabel_from_store(self) -> None:
        """The saved state and the count of notes, in the new language (read when the panel shows)."""
        self._relabel = False
        if not self._dirty:
            self._show_state(self.store.note(self._href) if self._href else None)
        self.refresh_list()

    def showEvent(self, event: QShowEvent) -> None:
        if self._relabel:
            self._relabel_from_store()
        super().showEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _show_page_label(self) -> None:
        if self._href:
            self.page_label.setText(self.tr("Note on “%1”").replace("%1", self._title))
        else:
            self.page_label.setText(self.tr("Open an article, a case or an indicator to write a note on it."))

    # -- the note on the current page ------------------------------------------------------
    @property
    def href(self) -> str:
        return self._href

    def set_page(self, href: str, title: str) -> None:
        """Show the note of another page (saving the one being edited first)."""
        self.flush()
        key = page_key(href) if href.startswith("kb:") else ""
        if key == self._href and key:
            self._title = title
            self._show_page_label()
            return
        self._href, self._title = key, title
        note = self.store.note(key) if key else None
        self.refresh_list()
        self._loading = True
        self.editor.setPlainText(note.body if note else "")
        self._loading = False
        self._dirty = False
        self.editor.setEnabled(bool(key))
        self._show_page_label()
        self._show_state(note)

    def _edited(self) -> None:
        if self._loading or not self._href:
            return
        self._dirty = True
        self.state.setText(self.tr("Saving…"))
        self._save_timer.start()

    def flush(self) -> None:
        """Save now if anything is unsaved (called on page change, discreet mode and close)."""
        self._save_timer.stop()
        if not self._dirty or not self._href:
            return
        self._dirty = False
        note = self.store.save_note(self._href, self._title, self.editor.toPlainText())
        self._show_state(note)
        self.saved.emit(self._href)
        self.refresh_list()

    def _show_state(self, note: Note | None) -> None:
        if note is None:
            self.state.setText(self.tr("No note on this page.") if self._href else "")
        else:
            when = note.updated_at.astimezone().strftime("%Y-%m-%d %H:%M")
            self.state.setText(self.tr("Saved %1").replace("%1", when))

    # -- all notes ------------------------------------------------------------------------
    def refresh_list(self) -> None:
        self._search_timer.stop()
        query = self.search.text()
        notes = self.store.notes(query)
        self.list.clear()
        for note in notes:
            item = QListWidgetItem(f"{note.title}\n{_snippet(note.body, query)}")
            item.setData(HREF_ROLE, note.href)
            item.setToolTip(note.body[:600])
            self.list.addItem(item)
        total = len(self.store.notes()) if query.strip() else len(notes)
        if query.strip():
            self.count.setText(self.tr("%1 of %n note(s)", "", total).replace("%1", str(len(notes))))
        else:
            self.count.setText(self.tr("%n note(s)", "", total))
        self.export_button.setEnabled(bool(notes))

    def note_items(self) -> list[QListWidgetItem]:
        return [i for i in (self.list.item(r) for r in range(self.list.count())) if i is not None]

    def _activated(self, item: QListWidgetItem) -> None:
        href = item.data(HREF_ROLE)
        if href:
            self.open_requested.emit(str(href))

    def _open_first(self) -> None:
        self.refresh_list()
        items = self.note_items()
        if items:
            self._activated(items[0])

    # -- export ---------------------------------------------------------------------------
    def export_dialog(self) -> None:
        self.flush()
        notes = self.store.notes(self.search.text())
        if not notes:
            return
        # Imported on first use: Qt sets up each class's enums when Python first touches it.
        from PySide6.QtCore import QStandardPaths
        from PySide6.QtWidgets import QFileDialog

        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        default = str(Path(folder or Path.home()) / "prepoznaj-notes.md")
        markdown, html = self.tr("Markdown (*.md)"), self.tr("Web page (*.html)")
        path, chosen = QFileDialog.getSaveFileName(self, self.tr("Export notes"), default, f"{markdown};;{html}")
        if not path:
            return
        target = Path(path)
        if chosen == html and target.suffix.lower() not in (".html", ".htm"):
            target = target.with_suffix(".html")
        try:
            written = write_notes(target, notes, datetime.now(UTC))
        except OSError as exc:
            QMessageBox.warning(
                self,
                self.tr("Export notes"),
                self.tr("The notes could not be written to %1: %2").replace("%1", str(target)).replace("%2", str(exc)),
            )
            return
        self.count.setText(self.tr("Exported %n note(s) to %1", "", len(notes)).replace("%1", written.name))


def _snippet(body: str, query: str) -> str:
    """A line of the note around the first query word (or its start)."""
    flat = " ".join(body.split())
    words = search_key(query).split()
    start = 0
    if words:
        folded = search_key(flat)
        position = folded.find(words[0])
        # Folding can change lengths (đ → dj); close enough to place the window.
        start = max(0, position - 20) if position >= 0 else 0
    text = flat[start : start + SNIPPET_CHARS]
    return ("…" if start else "") + text + ("…" if start + SNIPPET_CHARS < len(flat) else "")
