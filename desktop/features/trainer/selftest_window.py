"""Self-test: read a case's situation and findings, tick the indicators you see, pick the outcome,
and see what you found, what you missed and what was a false alarm — each explained, with a link
to the guidance. Results are kept in the user database, without names."""

from __future__ import annotations

import sqlite3
from html import escape

from PySide6.QtCore import QEvent, Qt, QUrl, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from content.assessment.wording import STRENGTH
from content.model import Case
from content.outcomes import OUTCOME_IDS, outcome_label
from content.pages import PageBuilder
from content.selftest import Explanation, Quiz, QuizResult, build_quiz, score_quiz
from desktop.features.trainer.store import StoredResult, TrainerStore, Versions
from desktop.i18n import script_html, script_text
from desktop.userdata.database import local_time

SHOWN_STEPS = ("situation", "findings")  # what the inspector reads; the rest would give the answer away


class SelfTestWindow(QWidget):
    link_activated = Signal(str)  # kb: address, to open in the main window
    saved = Signal(int)  # the id of the stored result

    def __init__(
        self, pages: PageBuilder, case: Case, store: TrainerStore, css: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("selfTestWindow")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.pages = pages
        self.kb = pages.kb
        self.case = case
        self.store = store
        self.css = css  # the article style of the current theme
        self.quiz: Quiz = build_quiz(self.kb, case)
        self.result: QuizResult | None = None
        self.boxes: dict[str, QCheckBox] = {}
        self._build()
        self.retranslate()
        self.resize(1180, 800)

    # -- construction -------------------------------------------------------------------
    def _build(self) -> None:
        self.heading = QLabel(self)
        self.heading.setObjectName("selfTestHeading")
        font = QFont(self.heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)

        self.case_view = QTextBrowser(self)
        self.case_view.setObjectName("selfTestCase")
        self.case_view.setOpenLinks(False)
        self.case_view.document().setDefaultStyleSheet(self.css)
        self.case_view.setHtml(script_html(self._case_html(), self.case.lang))

        self.instructions = QLabel(self)
        self.instructions.setObjectName("selfTestInstructions")
        self.instructions.setWordWrap(True)
        self.checklist_area = QScrollArea(self)
        self.checklist_area.setObjectName("selfTestList")
        self.checklist_area.setWidgetResizable(True)
        self._fill_checklist()

        self.outcome_label = QLabel(self)
        self.outcome = QComboBox(self)
        self.outcome.setObjectName("selfTestOutcome")
        self.outcome.addItem("", "")
        for outcome in OUTCOME_IDS:
            self.outcome.addItem("", outcome)
        self.outcome_label.setBuddy(self.outcome)
        self.outcome.currentIndexChanged.connect(lambda _index: self._update_check_button())
        self.check_button = QPushButton(self)
        self.check_button.setObjectName("selfTestCheck")
        self.check_button.setDefault(True)
        self.check_button.clicked.connect(self.check)
        row = QHBoxLayout()
        row.addWidget(self.outcome_label)
        row.addWidget(self.outcome, 1)
        row.addWidget(self.check_button)
        answering = QWidget(self)
        answer_layout = QVBoxLayout(answering)
        answer_layout.setContentsMargins(0, 0, 0, 0)
        answer_layout.addWidget(self.instructions)
        answer_layout.addWidget(self.checklist_area, 1)
        answer_layout.addLayout(row)

        self.result_view = QTextBrowser(self)
        self.result_view.setObjectName("selfTestResult")
        self.result_view.setOpenLinks(False)
        self.result_view.document().setDefaultStyleSheet(self.css)
        self.result_view.anchorClicked.connect(self._on_link)
        self.again_button = QPushButton(self)
        self.again_button.setObjectName("selfTestAgain")
        self.again_button.clicked.connect(self.try_again)
        self.close_button = QPushButton(self)
        self.close_button.clicked.connect(self.close)
        result_buttons = QHBoxLayout()
        result_buttons.addWidget(self.again_button)
        result_buttons.addStretch(1)
        result_buttons.addWidget(self.close_button)
        results = QWidget(self)
        result_layout = QVBoxLayout(results)
        result_layout.setContentsMargins(0, 0, 0, 0)
        result_layout.addWidget(self.result_view, 1)
        result_layout.addLayout(result_buttons)

        self.stack = QStackedWidget(self)
        self.stack.addWidget(answering)
        self.stack.addWidget(results)
        self.answering, self.results_page = answering, results

        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(self.case_view)
        split.addWidget(self.stack)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 1)
        split.setSizes([560, 600])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 10, 10, 10)
        layout.addWidget(self.heading)
        layout.addWidget(split, 1)

    def _fill_checklist(self) -> None:
        """The indicators to tick, in the case's language (ticks kept when it changes)."""
        ticked = set(self.ticked())
        checklist = QWidget(self)
        column = QVBoxLayout(checklist)
        self.boxes = {}
        self.group_boxes: list[tuple[QGroupBox, str, str]] = []  # (box, kind, dimension title)
        lang = self.case.lang
        for group in self.quiz.groups:
            box = QGroupBox(checklist)
            self.group_boxes.append((box, group.kind, script_text(group.title, lang)))
            inner = QVBoxLayout(box)
            for candidate in group.candidates:
                check = QCheckBox(script_text(candidate.label, lang), box)
                check.setObjectName(f"tick_{candidate.id}")
                check.setProperty("itemId", candidate.id)
                check.setChecked(candidate.id in ticked)
                inner.addWidget(check)
                self.boxes[candidate.id] = check
            column.addWidget(box)
        column.addStretch(1)
        self.checklist_area.setWidget(checklist)  # the old list is deleted with its widget

    def retranslate(self) -> None:
        title = script_text(self.case.title, self.case.lang)
        self.setWindowTitle(self.tr("Self-test: %1 — Prepoznaj").replace("%1", title))
        self.heading.setText(self.tr("Self-test: %1").replace("%1", title))
        self.instructions.setText(
            self.tr(
                "Tick what the findings show — only what there is evidence for — then choose the outcome. "
                "The list mixes the case's indicators with others that are not shown."
            )
        )
        for box, kind, dimension in self.group_boxes:
            if kind == "checks":
                box.setTitle(self.tr("Labour-law checks"))
            elif kind == "facts":
                box.setTitle(self.tr("Facts"))
            else:
                box.setTitle(dimension)
        self.outcome_label.setText(self.tr("&Outcome:"))
        self.outcome.setItemText(0, self.tr("Choose the outcome…"))
        for index in range(1, self.outcome.count()):
            self.outcome.setItemText(index, self._outcome(str(self.outcome.itemData(index))))
        self.check_button.setText(self.tr("&Check my answers"))
        self.again_button.setText(self.tr("&Try again"))
        self.close_button.setText(self.tr("Close"))
        self._update_check_button()
        if self.result is not None:
            self.result_view.setHtml(script_html(self.result_html(self.result), self.case.lang))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_case(self, case: Case) -> None:
        """The same case in the content language now chosen; what was ticked and chosen is kept."""
        self.case = case
        self.quiz = build_quiz(self.kb, case)
        self.case_view.setHtml(script_html(self._case_html(), case.lang))
        self._fill_checklist()
        self.retranslate()

    def _case_html(self) -> str:
        parts = [f"<h1>{escape(self.case.title)}</h1>"]
        for key in SHOWN_STEPS:
            step = self.case.step(key)
            if step is not None:
                parts.append(f"<h2>{escape(step.heading)}</h2>")
                parts.append(self.pages.render_markdown(step.body, self.case.lang))
        return "\n".join(parts)

    # -- answering ----------------------------------------------------------------------
    def ticked(self) -> list[str]:
        return [item for item, box in self.boxes.items() if box.isChecked()]

    def tick(self, item_id: str, on: bool = True) -> None:
        self.boxes[item_id].setChecked(on)

    def choose_outcome(self, outcome: str) -> None:
        index = self.outcome.findData(outcome)
        self.outcome.setCurrentIndex(max(0, index))

    def _update_check_button(self) -> None:
        chosen = bool(self.outcome.currentData())
        self.check_button.setEnabled(chosen)
        self.check_button.setToolTip("" if chosen else self.tr("Choose the outcome first"))

    def check(self) -> QuizResult | None:
        outcome = str(self.outcome.currentData() or "")
        if not outcome:
            return None
        result = score_quiz(self.kb, self.case, self.quiz, self.ticked(), outcome)
        self.result = result
        rules = self.kb.rules
        try:
            stored = self.store.save_self_test(
                result, self.case.lang, Versions(self.kb.version, rules.version if rules else "")
            )
        except sqlite3.Error as exc:
            QMessageBox.warning(
                self,
                self.tr("Prepoznaj"),
                self.tr("The result could not be saved (%1). It is shown here all the same.").replace("%1", str(exc)),
            )
        else:
            self.saved.emit(stored)
        self.result_view.setHtml(script_html(self.result_html(result), self.case.lang))
        self.stack.setCurrentWidget(self.results_page)
        return result

    def try_again(self) -> None:
        for box in self.boxes.values():
            box.setChecked(False)
        self.outcome.setCurrentIndex(0)
        self.result = None
        self.stack.setCurrentWidget(self.answering)

    # -- the result ---------------------------------------------------------------------
    def _outcome(self, outcome: str) -> str:
        lang = self.case.lang
        return script_text(outcome_label(self.kb, outcome, lang), lang) if outcome else self.tr("none")

    def result_html(self, result: QuizResult) -> str:
        answer_size = len(result.hits) + len(result.misses)
        score = self.tr("Your score: %1%").replace("%1", str(result.score))
        parts = [f"<h1>{escape(score)}</h1>"]
        parts.append(
            "<p>"
            + escape(
                self.tr("Indicators: you found %1 of %2; %3 missed; %n false alarm(s).", "", len(result.false_alarms))
                .replace("%1", str(len(result.hits)))
                .replace("%2", str(answer_size))
                .replace("%3", str(len(result.misses)))
            )
            + "</p>"
        )
        verdict = self.tr("right") if result.outcome_correct else self.tr("not the case's outcome")
        parts.append(
            "<p>"
            + escape(
                self.tr("Outcome: you chose “%1” — the case: “%2” (%3).")
                .replace("%1", self._outcome(result.chosen_outcome))
                .replace("%2", self._outcome(result.expected_outcome))
                .replace("%3", verdict)
            )
            + "</p>"
        )
        if result.ticks_outcome and result.ticks_outcome != result.chosen_outcome:
            parts.append(
                "<p><i>"
                + escape(
                    self.tr("With exactly what you ticked, the assessment gives “%1”.").replace(
                        "%1", self._outcome(result.ticks_outcome)
                    )
                )
                + "</i></p>"
            )
        how = self.tr("Score: indicators count for 70%, the outcome for 30%. A false alarm counts like a miss.")
        parts.append(f"<p><small>{escape(how)}</small></p>")
        misses = [e for e in result.explanations if e.kind == "miss"]
        alarms = [e for e in result.explanations if e.kind == "false-alarm"]
        if misses:
            missed = self.tr("Missed: the case records these")
            parts.append(f"<h2>{escape(missed)}</h2>")
            parts += [self._explanation_html(e) for e in misses]
        if alarms:
            false_alarms = self.tr("False alarms: the case does not record these")
            parts.append(f"<h2>{escape(false_alarms)}</h2>")
            parts += [self._explanation_html(e) for e in alarms]
        if result.hits:
            items = "".join(f"<li>{escape(self.kb.label_of(i, self.case.lang))}</li>" for i in result.hits)
            found = self.tr("Found")
            parts.append(f"<h2>{escape(found)}</h2><ul>{items}</ul>")
        if not misses and not alarms:
            matches = self.tr("Every indicator matches the model answer.")
            parts.append(f"<p><b>{escape(matches)}</b></p>")
        parts.append(self._history_html(self.store.results(self.case.id)))
        return "\n".join(parts)

    def _explanation_html(self, item: Explanation) -> str:
        lang = self.case.lang
        detail = []
        if item.dimension:
            strength = STRENGTH[item.strength].get(lang) if item.strength in STRENGTH else ""
            detail.append(item.dimension + (f", {strength}" if strength else ""))
        head = f"<b>{escape(item.label)}</b>" + (f" <i>({escape('; '.join(detail))})</i>" if detail else "")
        body = []
        if item.case_says:
            says = self.tr("The case says:")
            body.append(f"{escape(says)} {escape(item.case_says)}")
        elif item.kind == "miss":
            records = self.tr("The case records it. What it means:")
            body.append(f"{escape(records)} {escape(_first_sentences(item.meaning))}")
        else:
            body.append(
                escape(self.tr("The findings do not show it. What it means:"))
                + " "
                + escape(_first_sentences(item.meaning))
            )
            if item.how_to_check:
                how_to = self.tr("How to check it:")
                body.append(f"{escape(how_to)} {escape(_first_sentences(item.how_to_check))}")
        guidance = self.tr("Guidance: %1 →").replace("%1", item.label)
        link = f'<a href="{escape(item.href)}">{escape(guidance)}</a>'
        return f"<p>{head}<br>{'<br>'.join(body)}<br>{link}</p>"

    def _history_html(self, history: list[StoredResult]) -> str:
        if not history:
            return ""
        yes, no = self.tr("yes"), self.tr("no")
        rows = "".join(
            f"<tr><td>{escape(local_time(r.taken_at))}</td><td>{r.score}%</td>"
            f"<td>{r.hits}/{r.hits + r.misses}</td><td>{r.false_alarms}</td>"
            f"<td>{escape(yes if r.outcome_correct else no)}</td></tr>"
            for r in history[:10]
        )
        head = "".join(
            f"<th>{escape(h)}</th>"
            for h in (
                self.tr("When"),
                self.tr("Score"),
                self.tr("Found"),
                self.tr("False alarms"),
                self.tr("Outcome right"),
            )
        )
        attempts = self.tr("Your attempts at this case (kept on this computer only)")
        return f'<h2>{escape(attempts)}</h2><table cellpadding="4"><tr>{head}</tr>{rows}</table>'

    def result_text(self) -> str:
        return self.result_view.toPlainText()

    def _on_link(self, url: QUrl) -> None:
        href = url.toString()
        if href.startswith("kb:"):
            self.link_activated.emit(href)


def _first_sentences(text: str, limit: int = 320) -> str:
    if len(text) <= limit:
        return text
    cut = text.rfind(". ", 0, limit)
    return text[: cut + 1] if cut > 60 else text[:limit].rsplit(" ", 1)[0] + " …"
