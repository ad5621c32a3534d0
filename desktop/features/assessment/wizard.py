"""The guided assessment window: a progress list of sections on the left (click to jump), one
question at a time on the right, then the review and the outcome. Every answer is saved the moment
it is given, with the step to come back to; back and forward keep every answer."""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QEvent, QStandardPaths, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QCloseEvent, QFont, QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from content.assessment.model import DecisionTree, Rules
from content.assessment.report import RecordInfo, record_html
from content.assessment.session import OUTCOME, REVIEW, Session
from content.fieldkit_answers import WorkerCard
from content.model import KnowledgeBase
from desktop.features.assessment.outcome_page import OutcomePage
from desktop.features.assessment.record import RecordError, RecordJob, export_pdf_task, print_with_dialog
from desktop.features.assessment.review_page import ReviewPage
from desktop.features.assessment.store import AssessmentStore, SavedAssessment, Versions, now, readable_time
from desktop.i18n import local_text, script_html, script_text
from desktop.tasks import TaskHandle, TaskRunner
from desktop.ui.question_page import QuestionPage

STEP_ROLE = Qt.ItemDataRole.UserRole
CASE_REFERENCE_DELAY_MS = 400


class AssessmentWindow(QWidget):
    link_activated = Signal(str)  # kb: address, to open in the main window
    changed = Signal()  # something was written to the database
    closed = Signal()
    card_answers_requested = Signal(str)  # the worker's answer (question id) the inspector wants to decide on

    def __init__(
        self,
        kb: KnowledgeBase,
        tree: DecisionTree,
        store: AssessmentStore,
        *,
        lang: Callable[[], str],
        css: Callable[[], str],
        saved: SavedAssessment | None = None,
        rules: Rules | None = None,
        runner: TaskRunner | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("assessmentWindow")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.kb, self.tree, self.store = kb, tree, store
        # The PDF of the record is written by a task: the app's runner (an export started here
        # finishes even if this window is closed first), or, for a window on its own, one of its own.
        self._own_runner = runner is None
        self.runner = runner if runner is not None else TaskRunner(self)
        self._lang, self._css = lang, css
        # A saved assessment keeps the rule set it was started with; a new one uses `rules` (the
        # setting), else the default. A rule set the content no longer has falls back to the default,
        # and the banner says so.
        chosen = kb.rule_sets.get(saved.rule_set) if saved is not None else rules
        self.rules: Rules | None = chosen or kb.rules
        self.session = Session(
            kb, tree, saved.answers if saved else {}, saved.position if saved else "", rules=self.rules
        )
        self.assessment_id: int | None = saved.id if saved else None
        self.created_at = saved.created_at if saved else ""
        self.updated_at = saved.updated_at if saved else ""
        self._return_to_review = False
        self._build(saved)
        self._reference_timer = QTimer(self)
        self._reference_timer.setSingleShot(True)
        self._reference_timer.setInterval(CASE_REFERENCE_DELAY_MS)
        self._reference_timer.timeout.connect(self.save_case_reference)
        self.resize(1100, 760)
        self.go_to(self.session.resume_step(), save=False)

    # -- construction -------------------------------------------------------------------
    def _build(self, saved: SavedAssessment | None) -> None:
        self.heading = QLabel(self)
        font = QFont(self.heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.15)
        font.setBold(True)
        self.heading.setFont(font)
        self.reference_label = QLabel(self)
        self.reference = QLineEdit(self)
        self.reference.setObjectName("caseReference")
        self.reference.setMaxLength(80)
        self.reference.setMinimumWidth(260)
        self.reference.setText(saved.case_reference if saved else "")
        self.reference.textEdited.connect(lambda _text: self._reference_timer.start())
        self.reference.editingFinished.connect(self.save_case_reference)
        self.reference_label.setBuddy(self.reference)
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.reference_label)
        top.addWidget(self.reference)

        self.banner = QLabel(self)
        self.banner.setObjectName("versionBanner")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet("QLabel { background-color: #fff1d6; color: #4a3400; padding: 6px; }")
        self.banner.hide()
        rules = self.rules
        self._saved_versions: tuple[str, str] | None = None
        if (
            saved is not None
            and rules is not None
            and (
                saved.tree_version != self.tree.version
                or saved.rules_version != rules.version
                or saved.rule_set != rules.id
            )
        ):
            saved_rules = self.kb.rule_sets.get(saved.rule_set)
            saved_name = script_text(saved_rules.short_name(self.lang), self.lang) if saved_rules else saved.rule_set
            self._saved_versions = (saved.tree_version, f"{saved_name} {saved.rules_version}")
            self.banner.show()

        self.progress = QListWidget(self)
        self.progress.setObjectName("assessmentProgress")
        self.progress.setWordWrap(True)
        self.progress.setSpacing(2)
        self.progress.itemClicked.connect(self._on_progress_clicked)
        self.progress.itemActivated.connect(self._on_progress_clicked)

        self.question_page = QuestionPage(self)
        self.review_page = ReviewPage(self)
        self.outcome_page = OutcomePage(self)
        self.pages = QStackedWidget(self)
        for page in (self.question_page, self.review_page, self.outcome_page):
            self.pages.addWidget(page)
        self.question_page.answered.connect(self.answer)
        self.question_page.link_activated.connect(self.link_activated)
        self.review_page.change_requested.connect(self.change_answer)
        self.review_page.card_requested.connect(self.card_answers_requested)
        self.review_page.outcome_requested.connect(lambda: self.go_to(OUTCOME))
        self.outcome_page.link_activated.connect(self.link_activated)
        self.outcome_page.review_requested.connect(lambda: self.go_to(REVIEW))
        self.outcome_page.print_requested.connect(self.print_record)
        self.outcome_page.pdf_requested.connect(self.export_pdf)

        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(self.progress)
        split.addWidget(self.pages)
        split.setStretchFactor(0, 0)
        split.setStretchFactor(1, 1)
        split.setSizes([290, 810])

        self.back_button = QPushButton(self)
        self.back_button.setObjectName("assessmentBack")
        self.back_button.clicked.connect(self.go_back)
        self.next_button = QPushButton(self)
        self.next_button.setObjectName("assessmentNext")
        self.next_button.clicked.connect(self.go_forward)
        QShortcut(QKeySequence("Alt+Left"), self, self.go_back)
        QShortcut(QKeySequence("Alt+Right"), self, self.go_forward)
        self.status = QLabel(self)
        self.status.setObjectName("assessmentStatus")
        self.versions_label = QLabel(self)
        self.versions_label.setObjectName("assessmentVersions")
        bottom = QHBoxLayout()
        bottom.addWidget(self.back_button)
        bottom.addWidget(self.next_button)
        bottom.addSpacing(16)
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.versions_label)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 10, 10, 8)
        layout.addLayout(top)
        layout.addWidget(self.banner)
        layout.addWidget(split, 1)
        layout.addLayout(bottom)
        self.retranslate()

    def retranslate(self) -> None:
        self.reference_label.setText(self.tr("Case &reference:"))
        self.reference.setPlaceholderText(self.tr("e.g. file number — never a name"))
        self.reference.setToolTip(
            self.tr("A file or case number to find this assessment again. Do not enter a person's name.")
        )
        self.back_button.setText(self.tr("◀ &Back"))
        self.back_button.setToolTip(self.tr("Previous step (Alt+Left); answers are kept"))
        self.next_button.setText(self.tr("&Forward ▶"))
        self.next_button.setToolTip(self.tr("Next step (Alt+Right)"))
        rules = self.rules
        self.versions_label.setText(
            self.tr("Decision tree %1 · rules %2")
            .replace("%1", self.tree.version)
            .replace("%2", f"{script_text(rules.short_name(self.lang), self.lang)} {rules.version}" if rules else "?")
        )
        if self._saved_versions is not None and rules is not None:
            self.banner.setText(
                self.tr(
                    "This assessment was last saved with decision tree %1 and rules %2. It is now shown with "
                    "decision tree %3 and rules %4; answers to questions that no longer exist are kept but not shown."
                )
                .replace("%1", self._saved_versions[0])
                .replace("%2", self._saved_versions[1])
                .replace("%3", self.tree.version)
                .replace("%4", f"{script_text(rules.short_name(self.lang), self.lang)} {rules.version}")
            )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.status.clear()  # a message of the moment, in the language it was given in
            if self.session.position:
                self.refresh()
        super().changeEvent(event)

    # -- language and theme -------------------------------------------------------------
    @property
    def lang(self) -> str:
        return self._lang()

    def refresh(self) -> None:
        """Show the current step again (after a change of content language or theme)."""
        self.go_to(self.session.position, save=False)

    # -- navigation ---------------------------------------------------------------------
    def go_to(self, step: str, save: bool = True) -> None:
        session = self.session
        if step not in (REVIEW, OUTCOME) and step not in session.tree.nodes:
            step = session.resume_step()
        session.position = step
        lang = self.lang
        self.heading.setText(local_text(self.tree.title, lang))
        if step == REVIEW:
            self.review_page.show_session(session, lang)
            self.pages.setCurrentWidget(self.review_page)
        elif step == OUTCOME:
            self.outcome_page.show_session(session, lang, self._css())
            self.pages.setCurrentWidget(self.outcome_page)
        else:
            self.question_page.show_node(session, step, lang, self._css())
            self.pages.setCurrentWidget(self.question_page)
        self._show_progress()
        self.back_button.setEnabled(session.previous_step(step) is not None)
        self.next_button.setEnabled(step != OUTCOME)
        self._update_title()
        if save and self.assessment_id is not None:
            self._write(lambda: self.store.save_position(self._id(), step))

    def go_back(self) -> None:
        previous = self.session.previous_step()
        if previous is not None:
            self._return_to_review = False
            self.go_to(previous)

    def go_forward(self) -> None:
        if self.session.position != OUTCOME:
            self._return_to_review = False
            self.go_to(self.session.next_step())

    def change_answer(self, node_id: str) -> None:
        """From the review: show the question; after the answer, come back to the review."""
        if node_id in self.session.path():
            self._return_to_review = True
            self.go_to(node_id)
        else:  # kept from a skipped question: it can only be seen, the path does not reach it
            QMessageBox.information(
                self,
                self.tr("Question skipped"),
                self.tr("An earlier answer skips this question. Change that answer first; this one is kept."),
            )

    def _on_progress_clicked(self, item: QListWidgetItem) -> None:
        target = item.data(STEP_ROLE)
        if not target:
            return
        step = str(target)
        if step.startswith("section:"):
            entry = self.session.section_entry(step.removeprefix("section:"))
            if entry is None:
                self.status.setText(self.tr("An earlier answer skips this section."))
                self._show_progress()
                return
            step = entry
        self._return_to_review = False
        self.go_to(step)

    def _show_progress(self) -> None:
        session, lang = self.session, self.lang
        current_section = "" if session.position in (REVIEW, OUTCOME) else session.tree.section_of(session.position).id
        muted = QBrush(self.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text))
        self.progress.blockSignals(True)
        self.progress.clear()
        current_row = -1
        for index, progress in enumerate(session.progress(), start=1):
            title = f"{index}. {local_text(progress.section.title, lang)}"
            if progress.skipped:
                detail = self.tr("skipped")
            else:
                detail = (
                    self.tr("%1 of %2 answered")
                    .replace("%1", str(progress.answered))
                    .replace("%2", str(progress.on_path))
                )
                if progress.unknown:
                    detail += " · " + self.tr("%1 not known").replace("%1", str(progress.unknown))
            mark = "✓ " if progress.complete else ""
            item = QListWidgetItem(f"{mark}{title}\n    {detail}")
            item.setData(STEP_ROLE, f"section:{progress.section.id}")
            if progress.skipped:
                item.setForeground(muted)
            self.progress.addItem(item)
            if progress.section.id == current_section:
                current_row = self.progress.count() - 1
        for step, text in ((REVIEW, self.tr("Review answers")), (OUTCOME, self.tr("Outcome"))):
            item = QListWidgetItem(text)
            item.setData(STEP_ROLE, step)
            bold = QFont(item.font())
            bold.setBold(True)
            item.setFont(bold)
            self.progress.addItem(item)
            if session.position == step:
                current_row = self.progress.count() - 1
        self.progress.setCurrentRow(current_row)
        self.progress.blockSignals(False)

    def _update_title(self) -> None:
        reference = self.reference.text().strip() or self.tr("no case reference")
        self.setWindowTitle(self.tr("Assessment: %1 — Prepoznaj").replace("%1", reference))

    # -- answering and saving -----------------------------------------------------------
    @property
    def versions(self) -> Versions:
        rules = self.rules
        return Versions(
            self.tree.id,
            self.tree.version,
            rules.version if rules else "",
            self.kb.version,
            rule_set=rules.id if rules else "",
        )

    def saved_id(self) -> int:
        """The database row of this assessment (created now if nothing was saved yet)."""
        return self._id()

    def attach_card(self, card: WorkerCard | None) -> None:
        """The worker's own answers on the card (field kit) and the inspector's decisions on them:
        shown on the review and outcome pages and in the record; only decided ones count."""
        self.session.card = card
        self.refresh()

    def _id(self) -> int:
        """The database row of this assessment, created on the first thing worth keeping."""
        if self.assessment_id is None:
            self.assessment_id = self.store.create(self.versions, self.lang, self.reference.text())
            self.created_at = now()
        return self.assessment_id

    def _write(self, action: Callable[[], None]) -> bool:
        try:
            action()
        except sqlite3.Error as exc:
            self.status.setText(self.tr("⚠ Not saved"))
            QMessageBox.warning(
                self,
                self.tr("Prepoznaj"),
                self.tr("The answer could not be saved (%1). It is kept in this window; try again.").replace(
                    "%1", str(exc)
                ),
            )
            return False
        self.updated_at = now()
        self.changed.emit()
        return True

    def answer(self, node_id: str, answer: str) -> None:
        session = self.session
        session.set_answer(node_id, answer)
        step = REVIEW if self._return_to_review else session.next_step(node_id)
        self._return_to_review = False
        outcome = session.result().outcome
        saved = self._write(
            lambda: self.store.save_answer(
                self._id(), node_id, answer, session.recorded_by(node_id), step, outcome, self.versions
            )
        )
        if saved:
            clock = readable_time(self.updated_at, seconds=True)[11:]
            self.status.setText(self.tr("Answer saved at %1").replace("%1", clock))
        self.go_to(step, save=False)

    def save_case_reference(self) -> None:
        self._reference_timer.stop()
        text = self.reference.text().strip()
        if self.assessment_id is None and not text:
            return
        saved = self.store.load(self.assessment_id) if self.assessment_id is not None else None
        if saved is not None and saved.case_reference == text:
            return
        if self._write(lambda: self.store.save_case_reference(self._id(), text)):
            self.status.setText(self.tr("Case reference saved"))
        self._update_title()

    # -- the record ---------------------------------------------------------------------
    def record_job(self) -> RecordJob:
        lang = self.lang
        rules = self.rules
        stamp = now()
        info = RecordInfo(
            case_reference=self.reference.text(),
            created_at=readable_time(self.created_at or stamp),
            updated_at=readable_time(self.updated_at or stamp),
            printed_at=readable_time(stamp),
            content_version=self.kb.version,
        )
        reference = self.reference.text().strip() or self.tr("no case reference")
        footer = (
            self.tr("Prepoznaj · rules %1 · printed %2")
            .replace("%1", f"{rules.id} {rules.version}" if rules else "?")
            .replace("%2", readable_time(stamp))
        )
        return RecordJob(
            title=self.tr("Assessment record — %1").replace("%1", reference),
            html=script_html(record_html(self.session, info, lang), lang),
            footer=footer,
        )

    def default_pdf_name(self) -> str:
        reference = re.sub(r"[^\w.-]+", "-", self.reference.text().strip()).strip("-")
        return f"assessment-{reference or self.assessment_id or 'new'}-{date.today().isoformat()}.pdf"

    def ask_pdf_path(self) -> Path | None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        chosen, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the assessment record as PDF"),
            str(Path(folder) / self.default_pdf_name()),
            self.tr("PDF files (*.pdf)"),
        )
        if not chosen:
            return None
        path = Path(chosen)
        return path if path.suffix.lower() == ".pdf" else path.with_suffix(".pdf")

    def export_pdf(self) -> TaskHandle | None:
        """Asks where, then writes the record's PDF in the background; the status line counts the
        pages and then says where it was saved; a failure is shown with the file's name."""
        path = self.ask_pdf_path()
        if path is None:
            return None
        from desktop.ui.paged_print import page_label

        status, title = self.status, self.tr("Prepoznaj")

        def progress(done: int, total: int) -> None:
            if isValid(status):
                status.setText(f"{path.name} — {page_label(done, total)}")

        def saved(pages: int) -> None:
            if isValid(status):
                status.setText(self.tr("Saved %1 (%n page(s))", "", pages).replace("%1", str(path)))

        def failed(message: str) -> None:
            if isValid(status):
                status.clear()
            QMessageBox.warning(self if isValid(self) else None, title, message)

        return export_pdf_task(self.runner, self.record_job(), path, saved=saved, failed=failed, progress=progress)

    def print_record(self) -> int:
        try:
            pages = print_with_dialog(self.record_job(), self)
        except RecordError as exc:
            QMessageBox.warning(self, self.tr("Prepoznaj"), str(exc))
            return 0
        if pages:
            self.status.setText(self.tr("Printed %n page(s)", "", pages))
        return pages

    # -- closing ------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_case_reference()
        if self._own_runner:
            self.runner.shutdown()  # (the app's runner outlives the window and finishes the export)
        self.closed.emit()
        super().closeEvent(event)
