"""The worker card: the screen the inspector hands to a worker who speaks no Serbian.

A calm full-screen window: the worker picks a language by its own name and script (never a flag),
reads one short question at a time in large type, in the font that draws the script, and answers with
three large buttons (Yes, No, I don't want to answer). Back and forth keep every answer; each answer
is handed on (`answered`) the moment it is given, to be saved. A draft translation says so, in
Serbian and in the worker's language. A closing screen gives the leaflet's essentials.

Nothing on the screen tells the worker how to leave it: Esc and closing the window do nothing. The
inspector takes the screen back with INSPECTOR_KEY (listed in Help ▸ Keyboard Shortcuts, under the
menu entry that opens the card), which emits `released`."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QFont, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from content.fieldkit_model import ANSWERS, FieldKit, fill_phones
from content.fieldkit_print import SERBIAN_SCRIPT
from desktop.features.field_kit.keys import INSPECTOR_KEY
from desktop.fieldkit_export import resolve_family

# Sizes in points: large enough to read at arm's length on a laptop, small enough that the longest
# question of every language fits at 1366×768.
QUESTION_PT = 30.0
BUTTON_PT = 22.0
CHOOSER_PT = 20.0
NOTE_PT = 12.0

_STYLE = """
#workerCard { background-color: #f4f1ea; }
#workerCard QLabel { color: #1f2a30; }
#workerCard QLabel#draftNotice { color: #7a2e00; }
#workerCard QPushButton {
    background-color: #ffffff; color: #1f2a30; border: 2px solid #8a9aa3; border-radius: 14px; padding: 10px 18px;
}
#workerCard QPushButton:focus { border: 3px solid #1f5f8b; }
#workerCard QPushButton:checked { background-color: #1f5f8b; color: #ffffff; border-color: #1f5f8b; }
#workerCard QPushButton:disabled { color: #b5bcc0; border-color: #d5dadd; }
"""


def script_font(script: str, point_size: float, bold: bool = False) -> QFont:
    """The font that draws the script (resolve_family), at the given size."""
    family = resolve_family(script)
    font = QFont(family) if family else QFont()
    font.setPointSizeF(point_size)
    font.setBold(bold)
    return font


class WorkerCardScreen(QWidget):
    answered = Signal(str, str, str)  # question id, language, answer (yes | no | declined)
    language_chosen = Signal(str)
    released = Signal()  # the inspector took the screen back

    def __init__(
        self,
        kit: FieldKit,
        phones: Mapping[str, str],
        answers: Mapping[str, str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("workerCard")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.setStyleSheet(_STYLE)
        self.setWindowTitle("Prepoznaj")
        self.kit = kit
        self.phones = dict(phones)
        self.answers: dict[str, str] = dict(answers or {})
        self.lang = ""
        self.index = 0
        self._released = False
        self.pages = QStackedWidget(self)
        self.chooser = self._build_chooser()
        self.question_page = self._build_question_page()
        self.closing_page = self._build_closing_page()
        for page in (self.chooser, self.question_page, self.closing_page):
            self.pages.addWidget(page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 32, 48, 32)
        layout.addWidget(self.pages)
        self.inspector_shortcut = QShortcut(QKeySequence(INSPECTOR_KEY), self)
        self.inspector_shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        self.inspector_shortcut.activated.connect(self.release)

    # -- the language chooser -----------------------------------------------------------
    def _build_chooser(self) -> QWidget:
        page = QWidget(self)
        page.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        # The worker cannot read Serbian yet: the heading is in English, and each button names its
        # language in the language itself.
        self.chooser_title = QLabel(self.kit.text("en", "ui.choose_language"), page)
        self.chooser_title.setObjectName("chooserTitle")
        self.chooser_title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.chooser_title.setFont(script_font("latin", QUESTION_PT))
        grid = QGridLayout()
        grid.setSpacing(18)
        self.language_buttons: dict[str, QPushButton] = {}
        columns = 3
        for number, (code, name) in enumerate(self.kit.chooser()):
            button = QPushButton(name, page)
            button.setObjectName(f"language_{code}")
            button.setFont(script_font(self.kit.languages[code].script, CHOOSER_PT))
            button.setMinimumHeight(80)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
            button.clicked.connect(lambda _checked=False, c=code: self.choose_language(c))
            grid.addWidget(button, number // columns, number % columns)
            self.language_buttons[code] = button
        layout = QVBoxLayout(page)
        layout.addWidget(self.chooser_title)
        layout.addSpacing(24)
        layout.addLayout(grid, 1)
        return page

    def show_chooser(self) -> None:
        self.pages.setCurrentWidget(self.chooser)
        self.chooser.setFocus()

    def choose_language(self, code: str) -> None:
        if code not in self.kit.languages:
            raise KeyError(code)
        self.lang = code
        self._apply_language()
        self.language_chosen.emit(code)
        self.show_question(0)

    # -- the questions ------------------------------------------------------------------
    def _build_question_page(self) -> QWidget:
        page = QWidget(self)
        page.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.counter = QLabel(page)
        self.counter.setObjectName("questionCounter")
        self.draft_notice = QLabel(page)
        self.draft_notice.setObjectName("draftNotice")
        self.draft_notice.setWordWrap(True)
        self.draft_notice.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        top = QHBoxLayout()
        top.addWidget(self.counter, 0, Qt.AlignmentFlag.AlignTop)
        top.addStretch(1)
        top.addWidget(self.draft_notice, 3)
        self.private_note = QLabel(page)
        self.private_note.setObjectName("privateNote")
        self.private_note.setWordWrap(True)
        self.question = QLabel(page)
        self.question.setObjectName("workerQuestion")
        self.question.setWordWrap(True)
        self.question.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.question.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.answer_buttons: dict[str, QPushButton] = {}
        answers = QHBoxLayout()
        answers.setSpacing(24)
        for answer in ANSWERS:
            button = QPushButton(page)
            button.setObjectName(f"answer_{answer}")
            button.setCheckable(True)
            button.setMinimumHeight(110)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            button.clicked.connect(lambda _checked=False, a=answer: self.answer(a))
            answers.addWidget(button, 2 if answer == "declined" else 1)
            self.answer_buttons[answer] = button
        self.back_button = QPushButton(page)
        self.back_button.setObjectName("workerBack")
        self.back_button.clicked.connect(self.go_back)
        self.next_button = QPushButton(page)
        self.next_button.setObjectName("workerNext")
        self.next_button.clicked.connect(self.go_next)
        nav = QHBoxLayout()
        nav.addWidget(self.back_button)
        nav.addStretch(1)
        nav.addWidget(self.next_button)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.private_note)
        layout.addWidget(self.question, 1)
        layout.addLayout(answers)
        layout.addSpacing(28)
        layout.addLayout(nav)
        return page

    def _apply_language(self) -> None:
        lang = self.lang
        script = self.kit.languages[lang].script
        text = self.kit.text
        self.question.setFont(script_font(script, QUESTION_PT))
        for answer, key in (("yes", "ui.yes"), ("no", "ui.no"), ("declined", "ui.decline")):
            button = self.answer_buttons[answer]
            button.setText(text(lang, key))
            button.setFont(script_font(script, BUTTON_PT, bold=answer != "declined"))
        for button in (self.back_button, self.next_button):
            button.setFont(script_font(script, BUTTON_PT * 0.8))
        self.back_button.setText("◀  " + text(lang, "ui.back"))
        self.next_button.setText(text(lang, "ui.next") + "  ▶")
        self.counter.setFont(script_font(script, NOTE_PT * 1.2))
        self.private_note.setFont(script_font(script, NOTE_PT * 1.2))
        self.private_note.setText(text(lang, "ui.private_note"))
        if self.kit.languages[lang].is_draft:
            # In the worker's language and in Serbian, each in its own font.
            worker = self._span(text(lang, "ui.draft_notice"), script)
            serbian = self._span(text("sr", "ui.draft_notice"), SERBIAN_SCRIPT)
            self.draft_notice.setText(f"{worker}<br/>{serbian}")
            self.draft_notice.show()
        else:
            self.draft_notice.clear()
            self.draft_notice.hide()
        closing_font = script_font(script, BUTTON_PT)
        self.closing_text.setFont(closing_font)
        self.closing_phones.setFont(script_font(script, BUTTON_PT * 0.8))
        self.closing_back.setFont(script_font(script, BUTTON_PT * 0.8))

    def _span(self, text: str, script: str) -> str:
        from html import escape

        family = resolve_family(script) or ""
        return f"<span style=\"font-family: '{family}'; font-size: {NOTE_PT}pt;\">{escape(text)}</span>"

    def show_question(self, index: int) -> None:
        questions = self.kit.questions
        self.index = max(0, min(index, len(questions) - 1))
        question = questions[self.index]
        lang = self.lang
        self.counter.setText(
            self.kit.text(lang, "ui.question_counter")
            .replace("%1", str(self.index + 1))
            .replace("%2", str(len(questions)))
        )
        self.question.setText(self.kit.text(lang, question.string_id))
        given = self.answers.get(question.id)
        for answer, button in self.answer_buttons.items():
            button.setChecked(answer == given)
        self.back_button.setEnabled(True)  # from the first question, back to the languages
        self.next_button.setEnabled(given is not None)
        self.pages.setCurrentWidget(self.question_page)
        # No answer looks chosen in advance: the focus is on the page, not on a button (Tab reaches them).
        self.question_page.setFocus()

    def current_question_id(self) -> str:
        return self.kit.questions[self.index].id

    def answer(self, answer: str) -> None:
        """The worker's answer to the question shown: handed on at once, then the next question."""
        question_id = self.current_question_id()
        self.answers[question_id] = answer
        self.answered.emit(question_id, self.lang, answer)
        self.go_next()

    def go_back(self) -> None:
        if self.pages.currentWidget() is self.closing_page:
            self.show_question(len(self.kit.questions) - 1)
        elif self.index == 0:
            self.show_chooser()
        else:
            self.show_question(self.index - 1)

    def go_next(self) -> None:
        if self.index + 1 < len(self.kit.questions):
            self.show_question(self.index + 1)
        else:
            self.show_closing()

    # -- the closing screen -------------------------------------------------------------
    def _build_closing_page(self) -> QWidget:
        page = QWidget(self)
        page.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.closing_text = QLabel(page)
        self.closing_text.setObjectName("closingText")
        self.closing_text.setWordWrap(True)
        self.closing_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.closing_phones = QLabel(page)
        self.closing_phones.setObjectName("closingPhones")
        self.closing_phones.setWordWrap(True)
        self.closing_phones.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.closing_back = QPushButton(page)
        self.closing_back.setObjectName("closingBack")
        self.closing_back.clicked.connect(self.go_back)
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        layout.addWidget(self.closing_text)
        layout.addSpacing(28)
        layout.addWidget(self.closing_phones)
        layout.addStretch(1)
        layout.addWidget(self.closing_back, 0, Qt.AlignmentFlag.AlignLeft)
        return page

    def show_closing(self) -> None:
        lang = self.lang
        self.closing_text.setText(self.kit.text(lang, "closing"))
        self.closing_phones.setText(fill_phones(self.kit.text(lang, "leaflet.phones.text"), self.phones))
        self.closing_back.setText("◀  " + self.kit.text(lang, "ui.back"))
        self.pages.setCurrentWidget(self.closing_page)
        self.closing_page.setFocus()

    # -- the inspector's way out --------------------------------------------------------
    def release(self) -> None:
        """The inspector's key: the screen closes and the inspector has the app again."""
        self._released = True
        self.released.emit()
        self.close()

    @property
    def is_released(self) -> bool:
        return self._released

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            event.accept()  # Esc alone never ends the card
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._released:
            event.ignore()  # Alt+F4 or the window's close button: only the inspector's key ends it
            return
        super().closeEvent(event)
