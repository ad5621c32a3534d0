"""The case editor window: Markdown on the left, the rendered page on the right (updated as you
type, after a short pause), the indicators picked from a searchable list, the outcome the engine
gives for them, problems listed by line (a click goes to the line), and an autosave file in the
user content folder that a crash cannot take away.

It is a plain-text editor (QPlainTextEdit): keyboard, undo and redo are Qt's own. The checks are
content.case_draft's; this window only shows them."""

from __future__ import annotations

import os
import tempfile
import unicodedata
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QFontDatabase, QKeySequence, QShortcut, QTextCursor
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

from content.case_draft import (
    case_template,
    check_draft,
    draft_id,
    engine_outcome,
    recorded_ids,
    with_expected_outcome,
    with_indicators,
)
from desktop.i18n import local_text
from desktop.shell.article_view import ArticleView

if TYPE_CHECKING:
    from content.case_draft import DraftCheck
    from content.model import KnowledgeBase

CHECK_DELAY_MS = 400  # after the last key: check, preview, autosave
AUTOSAVE_DIR = ".autosave"  # inside the user content folder (the loader never reads it)
NEW_CASE = "new-case.md"
LINE_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.lower().replace("đ", "dj"))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def autosave_path(user_dir: Path, target: Path | None) -> Path:
    return user_dir / AUTOSAVE_DIR / (target.name if target is not None else NEW_CASE)


def write_atomically(path: Path, text: str) -> None:
    """The new text or the old one, never half a file (a crash mid-write included)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".tmp-", suffix=".md", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


class CaseEditor(QWidget):
    """One case being written. `target`: the file it was opened from (None: a new case, saved as
    `cases/<id>.md` in the user folder)."""

    saved = Signal(object)  # Path of the saved file
    present_requested = Signal(str)  # case id (saved first)

    def __init__(
        self,
        kb: KnowledgeBase,
        user_dir: Path,
        lang: str,
        target: Path | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("caseEditor")
        self.kb = kb
        self.user_dir = user_dir
        self.lang = lang
        self.target = target
        self.check: DraftCheck | None = None
        self.recovered = False
        self._syncing = False
        self.resize(1280, 760)

        self.editor = QPlainTextEdit(self)
        self.editor.setObjectName("caseText")
        self.editor.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setPointSize(max(mono.pointSize(), 11))
        self.editor.setFont(mono)
        self.problems_label = QLabel(self)
        self.problems = QListWidget(self)
        self.problems.setObjectName("caseProblems")
        self.problems.setWordWrap(True)
        self.problems.setMaximumHeight(150)
        self.notice = QLabel(self)
        self.notice.setObjectName("caseNotice")
        self.notice.setWordWrap(True)
        self.notice.hide()

        self.outcome = QLabel(self)
        self.outcome.setObjectName("caseOutcome")
        self.outcome.setWordWrap(True)
        self.outcome.setTextFormat(Qt.TextFormat.RichText)
        self.preview = ArticleView(self)
        self.preview.setObjectName("casePreview")

        self.picker_label = QLabel(self)
        self.filter = QLineEdit(self)
        self.filter.setObjectName("indicatorFilter")
        self.filter.setClearButtonEnabled(True)
        self.picker_label.setBuddy(self.filter)
        self.indicators = QListWidget(self)
        self.indicators.setObjectName("indicatorPicker")

        self.save_button = QPushButton(self)
        self.save_button.setObjectName("saveCase")
        self.present_button = QPushButton(self)
        self.present_button.setObjectName("presentCase")
        self.close_button = QPushButton(self)

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.notice)
        left_layout.addWidget(self.editor, 1)
        left_layout.addWidget(self.problems_label)
        left_layout.addWidget(self.problems)
        middle = QWidget(self)
        middle_layout = QVBoxLayout(middle)
        middle_layout.setContentsMargins(0, 0, 0, 0)
        middle_layout.addWidget(self.outcome)
        middle_layout.addWidget(self.preview, 1)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.picker_label)
        right_layout.addWidget(self.filter)
        right_layout.addWidget(self.indicators, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        for pane in (left, middle, right):
            self.splitter.addWidget(pane)
        self.splitter.setSizes([520, 460, 300])
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.save_button, self.present_button, self.close_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter, 1)
        layout.addLayout(buttons)

        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(CHECK_DELAY_MS)
        self.timer.timeout.connect(self.refresh)
        self.editor.textChanged.connect(self.timer.start)
        self.problems.itemActivated.connect(self._go_to_problem)
        self.problems.itemClicked.connect(self._go_to_problem)
        self.filter.textChanged.connect(self._filter_indicators)
        self.indicators.itemChanged.connect(self._on_indicator_toggled)
        self.save_button.clicked.connect(lambda: self.save())
        self.present_button.clicked.connect(self.present_now)
        self.close_button.clicked.connect(self.close)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self, lambda: self.save())

        self._fill_indicators()
        self.retranslate()
        self.editor.setPlainText(self._initial_text())
        self.editor.document().clearUndoRedoStacks()  # the template (or recovered text) is where undo stops
        self.editor.document().setModified(self.recovered)
        self.retranslate()  # the recovery notice, now that it is known
        self.refresh()

    # -- texts --------------------------------------------------------------------------
    def retranslate(self) -> None:
        self._update_title()
        self.picker_label.setText(self.tr("&Indicators (tick what the case shows):"))
        self.filter.setPlaceholderText(self.tr("Filter indicators…"))
        self.save_button.setText(self.tr("&Save"))
        self.present_button.setText(self.tr("&Present Now"))
        self.close_button.setText(self.tr("&Close"))
        if self.recovered:
            when = autosave_path(self.user_dir, self.target)
            self.notice.setText(
                self.tr("Recovered the text you had not saved (from %1). Save it to keep it.").replace("%1", str(when))
            )
        self._show_check()

    def _update_title(self) -> None:
        name = self.target.name if self.target is not None else self.tr("New case")
        star = "*" if self.editor.document().isModified() else ""
        self.setWindowTitle(self.tr("Case Editor — %1").replace("%1", f"{name}{star}"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- text ---------------------------------------------------------------------------
    def _initial_text(self) -> str:
        backup = autosave_path(self.user_dir, self.target)
        saved = ""
        if self.target is not None:
            saved = self.target.read_text(encoding="utf-8", errors="replace")
        if backup.is_file():
            text = backup.read_text(encoding="utf-8", errors="replace")
            if text != saved:
                self.recovered = True
                self.notice.show()
                return text
        return saved or case_template()

    def text(self) -> str:
        return self.editor.toPlainText()

    def _file_name(self) -> str:
        return self.target.name if self.target is not None else f"{draft_id(self.text()) or 'draft'}.md"

    def refresh(self) -> None:
        """Check the draft, show the problems and the preview, sync the indicator list, autosave."""
        self.timer.stop()
        text = self.text()
        self.check = check_draft(self.kb, text, self._file_name(), replacing=self.target)
        self._show_check()
        self._sync_indicators(recorded_ids(text))
        self._update_title()
        if self.editor.document().isModified():
            self.autosave()

    def autosave(self) -> None:
        try:
            write_atomically(autosave_path(self.user_dir, self.target), self.text())
        except OSError as exc:
            self.notice.setText(self.tr("Autosave failed: %1").replace("%1", str(exc)))
            self.notice.show()

    def _show_check(self) -> None:
        check = self.check
        if check is None:
            return
        self.problems.clear()
        for problem in check.problems:
            item = QListWidgetItem(
                self.tr("line %1: %2").replace("%1", str(problem.line)).replace("%2", problem.message)
            )
            item.setData(LINE_ROLE, problem.line)
            self.problems.addItem(item)
        count = len(check.problems)
        self.problems_label.setText(
            self.tr("%n problem(s) — click one to go to its line", "", count) if count else self.tr("No problems.")
        )
        if check.outcome and check.recorded:
            label = self._outcome_label(check.outcome)
            self.outcome.setText(
                self.tr("Expected outcome (the engine, from the ticked indicators): <b>%1</b>").replace("%1", label)
            )
        else:
            self.outcome.setText(self.tr("Expected outcome: tick the indicators the case shows."))
        self._render_preview(check)

    def _outcome_label(self, outcome: str) -> str:
        from content.outcomes import outcome_label

        return outcome_label(self.kb, outcome, self.lang)

    def _render_preview(self, check: DraftCheck) -> None:
        from html import escape

        from content.pages import PageBuilder

        scroll = self.preview.verticalScrollBar().value()
        if check.case is not None:
            page = PageBuilder(check.kb).page(f"kb:{check.case.id}", check.case.lang)
            html = page.html if page is not None else ""
        else:
            body = self.text().split("\n---", 1)[-1]
            rendered = PageBuilder(self.kb).render_markdown(body, self.lang)
            note = escape(self.tr("The case does not load yet (see the problems); its text so far:"))
            html = f'<p class="fallback">{note}</p>{rendered}'
        self.preview.show_html(html, scroll=scroll)

    # -- problems -----------------------------------------------------------------------
    def _go_to_problem(self, item: QListWidgetItem) -> None:
        self.go_to_line(int(item.data(LINE_ROLE) or 1))

    def go_to_line(self, line: int) -> None:
        block = self.editor.document().findBlockByNumber(max(line - 1, 0))
        cursor = QTextCursor(block)
        self.editor.setTextCursor(cursor)
        self.editor.centerCursor()
        self.editor.setFocus()

    # -- indicators ---------------------------------------------------------------------
    def _fill_indicators(self) -> None:
        kb = self.kb
        entries = [(i.id, local_text(i.label, self.lang)) for i in kb.indicators.values()]
        entries += [(c.id, local_text(c.label, self.lang)) for c in kb.checks.values()]
        entries += [(f.id, local_text(f.label, self.lang)) for f in kb.facts.values()]
        self.indicators.blockSignals(True)
        for item_id, label in entries:
            item = QListWidgetItem(f"{label}  [{item_id}]")
            item.setData(ID_ROLE, item_id)
            item.setToolTip(item_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.indicators.addItem(item)
        self.indicators.blockSignals(False)

    def _filter_indicators(self, text: str) -> None:
        words = _fold(text).split()
        for row in range(self.indicators.count()):
            item = self.indicators.item(row)
            haystack = _fold(item.text())
            item.setHidden(not all(w in haystack for w in words))

    def indicator_item(self, item_id: str) -> QListWidgetItem | None:
        for row in range(self.indicators.count()):
            item = self.indicators.item(row)
            if item.data(ID_ROLE) == item_id:
                return item
        return None

    def _sync_indicators(self, ids: list[str]) -> None:
        chosen = set(ids)
        self._syncing = True
        self.indicators.blockSignals(True)
        for row in range(self.indicators.count()):
            item = self.indicators.item(row)
            state = Qt.CheckState.Checked if item.data(ID_ROLE) in chosen else Qt.CheckState.Unchecked
            if item.checkState() != state:
                item.setCheckState(state)
        self.indicators.blockSignals(False)
        self._syncing = False

    def _on_indicator_toggled(self, item: QListWidgetItem) -> None:
        if self._syncing:
            return
        ids = recorded_ids(self.text())
        item_id = str(item.data(ID_ROLE))
        if item.checkState() == Qt.CheckState.Checked and item_id not in ids:
            ids.append(item_id)
        elif item.checkState() != Qt.CheckState.Checked:
            ids = [i for i in ids if i != item_id]
        new = with_indicators(self.text(), ids)
        outcome = engine_outcome(self.kb, ids)
        if outcome:
            new = with_expected_outcome(new, outcome)
        self._replace_text(new)
        self.refresh()

    def _replace_text(self, new: str) -> None:
        """Change the lines that differ, as one undo step, the cursor staying where it was."""
        old_lines, new_lines = self.text().split("\n"), new.split("\n")
        cursor = QTextCursor(self.editor.document())
        cursor.beginEditBlock()
        if len(old_lines) == len(new_lines):
            for number, (before, after) in enumerate(zip(old_lines, new_lines, strict=True)):
                if before != after:
                    block = self.editor.document().findBlockByNumber(number)
                    cursor.setPosition(block.position())
                    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
                    cursor.insertText(after)
        else:
            cursor.select(QTextCursor.SelectionType.Document)
            cursor.insertText(new)
        cursor.endEditBlock()

    # -- saving and presenting ----------------------------------------------------------
    def save(self, notify: bool = True) -> Path | None:
        """Write the case into the user folder (`cases/<id>.md`), in the knowledge-base format.
        `notify`: emit `saved` (the app then reads its content again)."""
        self.refresh()
        target = self.target
        if target is None:
            case_id = draft_id(self.text())
            if not case_id:
                QMessageBox.warning(
                    self,
                    self.tr("Save Case"),
                    self.tr("Give the case an id first (the 'id:' line, lowercase-with-dashes)."),
                )
                return None
            target = self.user_dir / "cases" / f"{case_id}.md"
            if target.exists():
                QMessageBox.warning(
                    self,
                    self.tr("Save Case"),
                    self.tr(
                        "You already have a case with the id '%1'. Choose another id, or open that case with "
                        "Trainer ▸ Edit Case…."
                    ).replace("%1", case_id),
                )
                return None
        try:
            write_atomically(target, self.text())
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Save Case"), str(exc))
            return None
        autosave_path(self.user_dir, self.target).unlink(missing_ok=True)
        self.target = target
        self.editor.document().setModified(False)
        self.recovered = False
        self.notice.hide()
        self.refresh()
        if notify:
            self.saved.emit(target)
        return target

    def present_now(self) -> None:
        """Save, then present the case to the room (once the app has read it)."""
        self.refresh()
        check = self.check
        if check is None or check.case is None:
            QMessageBox.information(
                self,
                self.tr("Present Now"),
                self.tr("The case cannot be shown yet: fix the problems listed under the text."),
            )
            return
        case_id = check.case.id
        if self.save(notify=False) is not None:
            self.present_requested.emit(case_id)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.editor.document().isModified():
            answer = QMessageBox.question(
                self,
                self.tr("Case Editor"),
                self.tr("Save the changes to this case?"),
                QMessageBox.StandardButton.Save
                | QMessageBox.StandardButton.Discard
                | QMessageBox.StandardButton.Cancel,
            )
            if answer == QMessageBox.StandardButton.Cancel:
                event.ignore()
                return
            if answer == QMessageBox.StandardButton.Save and self.save() is None:
                event.ignore()
                return
            if answer == QMessageBox.StandardButton.Discard:
                autosave_path(self.user_dir, self.target).unlink(missing_ok=True)
        self.timer.stop()
        super().closeEvent(event)
