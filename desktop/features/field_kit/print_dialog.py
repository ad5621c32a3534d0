"""Field Kit ▸ print or save as PDF: the rights leaflet (A4 or folded A5) in a worker's language with
Serbian beside it, the two-column question sheet for an interview with an interpreter, and the
one-page sector checklists in Serbian or English. The documents are those of the headless export
(desktop/fieldkit_export.py)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QStandardPaths, Signal
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from content.fieldkit_model import FieldKit
from content.model import CHECKLIST_SECTORS, KnowledgeBase
from content.pages import SECTOR_LABELS
from desktop.fieldkit_export import FieldKitDocument, configure, document, export_pdf
from desktop.tasks import TaskHandle, TaskRunner
from desktop.ui.paged_print import PrintError, paint

# (document kind, leaflet layout)
KINDS = (("leaflet", "a4"), ("leaflet", "a5-folded"), ("questions", "a4"), ("checklist", "a4"))


class FieldKitPrintDialog(QDialog):
    pdf_saved = Signal(object, int)  # the PDF's path and its number of pages
    pdf_failed = Signal(str)  # the message shown (it names the file)

    def __init__(
        self, kb: KnowledgeBase, kit: FieldKit, ui_lang: str, runner: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.runner = runner  # PDFs are written off the GUI thread (desktop/README.md, "PDF export is a task")
        self.setObjectName("fieldKitPrintDialog")
        self.kb, self.kit, self.ui_lang = kb, kit, ui_lang
        self.kind = QComboBox(self)
        self.kind.setObjectName("fieldKitDocument")
        self.kind.currentIndexChanged.connect(self._update)
        self.language = QComboBox(self)
        self.language.setObjectName("fieldKitLanguage")
        for code, name in kit.chooser():
            language = kit.languages[code]
            self.language.addItem(f"{language.name_sr if ui_lang == 'sr' else language.name_en} — {name}", code)
        self.sector = QComboBox(self)
        self.sector.setObjectName("fieldKitSector")
        for sector in CHECKLIST_SECTORS:
            self.sector.addItem(SECTOR_LABELS[sector].get(ui_lang), sector)
        self.checklist_lang = QComboBox(self)
        self.checklist_lang.setObjectName("fieldKitChecklistLanguage")
        self.cyrillic = QCheckBox(self)
        self.cyrillic.setObjectName("fieldKitCyrillic")
        self.status_note = QLabel(self)
        self.status_note.setObjectName("fieldKitStatus")
        self.status_note.setWordWrap(True)
        self.language.currentIndexChanged.connect(self._update)
        self.form = QFormLayout()
        self.kind_label, self.language_label = QLabel(self), QLabel(self)
        self.sector_label, self.checklist_lang_label = QLabel(self), QLabel(self)
        self.kind_label.setBuddy(self.kind)
        self.language_label.setBuddy(self.language)
        self.sector_label.setBuddy(self.sector)
        self.checklist_lang_label.setBuddy(self.checklist_lang)
        self.form.addRow(self.kind_label, self.kind)
        self.form.addRow(self.language_label, self.language)
        self.form.addRow(self.sector_label, self.sector)
        self.form.addRow(self.checklist_lang_label, self.checklist_lang)
        self.form.addRow("", self.cyrillic)
        self.pdf_button = QPushButton(self)
        self.pdf_button.setObjectName("fieldKitPdf")
        self.pdf_button.setDefault(True)
        self.pdf_button.clicked.connect(lambda: self.save_pdf())
        self.print_button = QPushButton(self)
        self.print_button.setObjectName("fieldKitPrint")
        self.print_button.clicked.connect(lambda: self.print_document())
        self.close_button = QPushButton(self)
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.pdf_button)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.status_note)
        layout.addLayout(buttons)
        self.retranslate()
        self.resize(560, self.sizeHint().height())

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Field Kit: Print or Save as PDF"))
        labels = (
            self.tr("Rights leaflet, A4"),
            self.tr("Rights leaflet, A4 folded to A5"),
            self.tr("Question sheet for an interview with an interpreter"),
            self.tr("Sector checklist"),
        )
        current = max(self.kind.currentIndex(), 0)
        self.kind.blockSignals(True)
        self.kind.clear()
        for label in labels:
            self.kind.addItem(label)
        self.kind.setCurrentIndex(current)
        self.kind.blockSignals(False)
        current_lang = max(self.checklist_lang.currentIndex(), 0)
        self.checklist_lang.clear()
        self.checklist_lang.addItem(self.tr("Serbian"), "sr")
        self.checklist_lang.addItem(self.tr("English"), "en")
        self.checklist_lang.setCurrentIndex(current_lang)
        self.kind_label.setText(self.tr("&Document:"))
        self.language_label.setText(self.tr("Worker's &language:"))
        self.sector_label.setText(self.tr("&Sector:"))
        self.checklist_lang_label.setText(self.tr("Checklist l&anguage:"))
        self.cyrillic.setText(self.tr("Serbian text in &Cyrillic"))
        self.pdf_button.setText(self.tr("Save as P&DF…"))
        self.print_button.setText(self.tr("&Print…"))
        self.close_button.setText(self.tr("Close"))
        self._update()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- choosing -----------------------------------------------------------------------
    def choose(self, what: str, layout: str = "a4", lang: str = "", sector: str = "") -> None:
        """Preselect a document (the menu entries), a language or a sector."""
        self.kind.setCurrentIndex(KINDS.index((what, layout)))
        if lang:
            if what == "checklist":
                self.checklist_lang.setCurrentIndex(self.checklist_lang.findData(lang))
            else:
                self.language.setCurrentIndex(self.language.findData(lang))
        if sector:
            self.sector.setCurrentIndex(self.sector.findData(sector))

    @property
    def what(self) -> str:
        return KINDS[max(self.kind.currentIndex(), 0)][0]

    @property
    def layout_name(self) -> str:
        return KINDS[max(self.kind.currentIndex(), 0)][1]

    @property
    def lang(self) -> str:
        combo = self.checklist_lang if self.what == "checklist" else self.language
        return str(combo.currentData() or "")

    def _update(self) -> None:
        checklist = self.what == "checklist"
        for widget in (self.language, self.language_label):
            widget.setVisible(not checklist)
        for widget in (self.sector, self.sector_label, self.checklist_lang, self.checklist_lang_label):
            widget.setVisible(checklist)
        language = self.kit.languages.get(str(self.language.currentData() or ""))
        if checklist or language is None:
            self.status_note.clear()
        elif language.is_draft:
            self.status_note.setText(
                self.tr(
                    "%1: draft translation, not yet checked by a native speaker. The paper says so, in Serbian "
                    "and in the worker's language."
                ).replace("%1", language.name_sr if self.ui_lang == "sr" else language.name_en)
            )
        else:
            self.status_note.setText(
                self.tr("%1: checked by a native speaker (%2, %3).")
                .replace("%1", language.name_sr if self.ui_lang == "sr" else language.name_en)
                .replace("%2", language.reviewer_role)
                .replace("%3", str(language.checked_on or ""))
            )

    def current_document(self) -> FieldKitDocument:
        return document(
            self.kb,
            self.kit,
            self.what,
            self.lang,
            str(self.sector.currentData() or ""),
            self.layout_name,
            self.cyrillic.isChecked(),
        )

    def default_name(self) -> str:
        if self.what == "checklist":
            return f"checklist-{self.sector.currentData()}-{self.lang}.pdf"
        suffix = "-a5" if self.layout_name == "a5-folded" else ""
        return f"{self.what if self.what != 'questions' else 'question-sheet'}-{self.lang}{suffix}.pdf"

    # -- output -------------------------------------------------------------------------
    def ask_pdf_path(self) -> Path | None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save as PDF"), str(Path(folder) / self.default_name()), self.tr("PDF files (*.pdf)")
        )
        if not chosen:
            return None
        path = Path(chosen)
        return path if path.suffix.lower() == ".pdf" else path.with_suffix(".pdf")

    def save_pdf(self, path: Path | None = None) -> TaskHandle | None:
        """Writes the chosen document as a task of the runner (None when no file was chosen);
        `pdf_saved(path, pages)` or `pdf_failed(message)` follows on the GUI thread."""
        path = path or self.ask_pdf_path()
        if path is None:
            return None
        doc = self.current_document()  # the HTML is made here: it reads the knowledge base
        self.status_note.setText(self.tr("Saving %1…").replace("%1", path.name))

        def saved(pages: int) -> None:
            self.status_note.setText(self.tr("Saved %1 (%n page(s))", "", pages).replace("%1", str(path)))
            self.pdf_saved.emit(path, pages)

        def failed(exc: BaseException) -> None:
            message = str(exc) if isinstance(exc, (PrintError, OSError)) else f"{path}: {exc}"
            self.status_note.setText("")
            QMessageBox.warning(self, self.tr("Prepoznaj"), message)
            self.pdf_failed.emit(message)

        return self.runner.run(f"pdf {path.name}", lambda _token: export_pdf(doc, path), saved, failed)

    def print_document(self, printer: QPrinter | None = None) -> int:
        """The system print dialog, then print (A4; the folded-A5 leaflet in landscape)."""
        doc = self.current_document()
        if printer is None:
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            configure(printer, doc)
            dialog = QPrintDialog(printer, self)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return 0
        else:
            configure(printer, doc)
        try:
            pages = paint(doc.paged, printer)
        except PrintError as exc:
            QMessageBox.warning(self, self.tr("Prepoznaj"), str(exc))
            return 0
        self.status_note.setText(self.tr("Printed %n page(s)", "", pages))
        return pages
