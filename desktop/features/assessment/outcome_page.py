"""The outcome page: the outcome in plain words, why (the trace), what to do and whom to call,
the legal basis, what remains to check, and the statement that formal identification is not the
inspector's decision. The HTML comes from content/assessment/report.py."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from content.assessment.report import outcome_html
from content.assessment.session import Session
from desktop.i18n import script_html


class OutcomePage(QWidget):
    link_activated = Signal(str)  # kb: address
    print_requested = Signal()
    pdf_requested = Signal()
    review_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("outcomePage")
        self.view = QTextBrowser(self)
        self.view.setObjectName("outcomeView")
        self.view.setOpenLinks(False)
        self.view.anchorClicked.connect(self._on_link)
        self.view.document().setDocumentMargin(14)
        self.review_button = QPushButton(self)
        self.review_button.setObjectName("backToReview")
        self.review_button.clicked.connect(self.review_requested)
        self.print_button = QPushButton(self)
        self.print_button.setObjectName("printRecord")
        self.print_button.clicked.connect(self.print_requested)
        self.pdf_button = QPushButton(self)
        self.pdf_button.setObjectName("exportPdf")
        self.pdf_button.clicked.connect(self.pdf_requested)
        buttons = QHBoxLayout()
        buttons.addWidget(self.review_button)
        buttons.addStretch(1)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.pdf_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.review_button.setText(self.tr("Review &answers"))
        self.print_button.setText(self.tr("&Print record…"))
        self.pdf_button.setText(self.tr("Export &PDF…"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def show_session(self, session: Session, lang: str, css: str) -> None:
        scroll = self.view.verticalScrollBar().value()
        self.view.document().setDefaultStyleSheet(css)
        self.view.setHtml(script_html(outcome_html(session, lang), lang))
        self.view.verticalScrollBar().setValue(scroll)

    def text(self) -> str:
        return self.view.toPlainText()

    def _on_link(self, url: QUrl) -> None:
        if url.scheme() == "kb":
            self.link_activated.emit(url.toString())
        elif url.scheme() in ("http", "https", "mailto"):
            QDesktopServices.openUrl(url)
