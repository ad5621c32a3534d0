"""Pick a training case and what to do with it (present, run the assessment with the room, or take
the self-test), and where the room's screen is."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from content.model import KnowledgeBase
from content.pages import SECTOR_LABELS
from desktop.features.trainer.kinds import LIVE, PRESENT, SELF_TEST
from desktop.features.trainer.screens import screen_label, screens
from desktop.features.trainer.settings import TrainerSettings
from desktop.i18n import local_text, script_text, sort_key

ID_ROLE = Qt.ItemDataRole.UserRole


class CaseChooser(QDialog):
    chosen = Signal(str, str)  # what to do (PRESENT, LIVE, SELF_TEST), case id

    def __init__(
        self,
        kb: KnowledgeBase,
        lang: str,
        settings: TrainerSettings,
        action: str = PRESENT,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("caseChooser")
        self.kb = kb
        self.settings = settings
        self._default = action
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.cases = QListWidget(self)
        self.cases.setObjectName("chooserCases")
        self.cases.setWordWrap(True)
        self.set_language(lang)
        self.cases.itemActivated.connect(lambda _item: self._choose(self._default))

        self.screen_box = QComboBox(self)
        self.screen_box.setObjectName("chooserScreen")
        self.screen_box.addItem("", "")
        for number, screen in enumerate(screens(), start=1):
            self.screen_box.addItem(screen_label(screen, number), screen.name())
        index = self.screen_box.findData(settings.screen_name)
        self.screen_box.setCurrentIndex(max(0, index))
        self.screen_box.currentIndexChanged.connect(self._save)
        self.presenter_box = QCheckBox(self)
        self.presenter_box.setChecked(settings.presenter_view)
        self.presenter_box.setEnabled(len(screens()) > 1)
        self.presenter_box.toggled.connect(self._save)
        self.contrast_box = QCheckBox(self)
        self.contrast_box.setChecked(settings.high_contrast)
        self.contrast_box.toggled.connect(self._save)
        form = QFormLayout()
        self.screen_label = QLabel(self)
        self.screen_label.setBuddy(self.screen_box)
        form.addRow(self.screen_label, self.screen_box)
        form.addRow("", self.presenter_box)
        form.addRow("", self.contrast_box)

        self.present_button = QPushButton(self)
        self.present_button.setObjectName("chooserPresent")
        self.live_button = QPushButton(self)
        self.live_button.setObjectName("chooserLive")
        self.self_test_button = QPushButton(self)
        self.self_test_button.setObjectName("chooserSelfTest")
        self.close_button = QPushButton(self)
        self.present_button.clicked.connect(lambda: self._choose(PRESENT))
        self.live_button.clicked.connect(lambda: self._choose(LIVE))
        self.self_test_button.clicked.connect(lambda: self._choose(SELF_TEST))
        self.close_button.clicked.connect(self.reject)
        {PRESENT: self.present_button, LIVE: self.live_button, SELF_TEST: self.self_test_button}[action].setDefault(
            True
        )
        buttons = QHBoxLayout()
        for button in (self.present_button, self.live_button, self.self_test_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.cases, 1)
        layout.addLayout(form)
        layout.addLayout(buttons)
        self.resize(640, 560)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Training cases"))
        self.intro.setText(
            self.tr("Choose a case. To present an article instead, open it and press F5 (Trainer ▸ Present This Page).")
        )
        self.screen_box.setItemText(0, self.tr("Automatic (another screen when there is one)"))
        for number, screen in enumerate(screens(), start=1):
            if number < self.screen_box.count():
                self.screen_box.setItemText(number, screen_label(screen, number))
        self.presenter_box.setText(self.tr("Presenter &view on the other screen (notes, next step, clock)"))
        if len(screens()) < 2:
            self.presenter_box.setToolTip(self.tr("Connect a second screen (the projector) to use the presenter view."))
        self.contrast_box.setText(self.tr("&High contrast on the room's screen (white on black)"))
        self.screen_label.setText(self.tr("Room's &screen:"))
        self.present_button.setText(self.tr("&Present"))
        self.live_button.setText(self.tr("&Live assessment"))
        self.self_test_button.setText(self.tr("Self-&test"))
        self.close_button.setText(self.tr("Close"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_language(self, lang: str) -> None:
        """The cases in the content language `lang`, in the reader's script (the choice is kept)."""
        chosen = self.current_case()
        self.cases.clear()
        shown = [
            versions.get(lang) or versions.get("en") or next(iter(versions.values()))
            for versions in self.kb.cases.values()
        ]
        # Alphabetical as the trainer reads them (Cyrillic order when the interface is Cyrillic).
        for case in sorted(shown, key=lambda c: sort_key(script_text(c.title, c.lang))):
            sector = SECTOR_LABELS.get(case.sector)
            sector_text = local_text(sector, lang) if sector else case.sector
            item = QListWidgetItem(f"{script_text(case.title, case.lang)}\n    {sector_text}")
            item.setData(ID_ROLE, case.id)
            self.cases.addItem(item)
        if chosen:
            self.select_case(chosen)
        elif self.cases.count():
            self.cases.setCurrentRow(0)

    def current_case(self) -> str:
        item = self.cases.currentItem()
        return str(item.data(ID_ROLE)) if item is not None else ""

    def select_case(self, case_id: str) -> None:
        for row in range(self.cases.count()):
            if self.cases.item(row).data(ID_ROLE) == case_id:
                self.cases.setCurrentRow(row)

    def _save(self) -> None:
        self.settings.screen_name = str(self.screen_box.currentData() or "")
        self.settings.presenter_view = self.presenter_box.isChecked()
        self.settings.high_contrast = self.contrast_box.isChecked()

    def _choose(self, action: str) -> None:
        case_id = self.current_case()
        if not case_id:
            return
        self._save()
        self.accept()
        self.chosen.emit(action, case_id)
