"""The pack dialogs: what a pack would do before it is installed, the installed packs (to remove
one), and the export of the user's own content as a pack. The work is done by content.packs."""

from __future__ import annotations

import re
import unicodedata
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QStyle,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.i18n import script_text

if TYPE_CHECKING:
    from content.packs.api import InstalledPack, PackReport
    from content.packs.problems import PackProblem
    from desktop.tasks import TaskRunner


def problem_lines(problems: tuple[PackProblem, ...] | list[PackProblem]) -> list[str]:
    return [p.format() for p in problems]


class ImportPackDialog(QDialog):
    """Shows a pack's manifest, its signer (or "unsigned"), what it adds or updates, and every
    problem; installs it only when asked (an unsigned pack only after the reader confirms that
    they trust where it came from)."""

    installed = Signal(object)  # PackReport of the installed pack

    def __init__(
        self,
        report: PackReport,
        user_dir: Path,
        lang: str,
        parent: QWidget | None = None,
        runner: TaskRunner | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("importPackDialog")
        self.report = report
        self.user_dir = user_dir
        # The application's background-task runner: with it, the install (unpacking, checking,
        # copying) runs off the GUI thread; without it (a dialog on its own), right here.
        self.runner = runner
        self.lang = lang
        self.resize(720, 560)
        layout = QVBoxLayout(self)
        self.heading = QLabel(self)
        self.heading.setObjectName("packHeading")
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.heading)
        self.signer = QLabel(self)
        self.signer.setObjectName("packSigner")
        self.signer.setWordWrap(True)
        self.signer.setTextFormat(Qt.TextFormat.RichText)
        # A shield for a trusted signature, a warning sign for an unsigned pack: seen before read.
        self.signer_icon = QLabel(self)
        self.signer_icon.setObjectName("packSignerIcon")
        icon = (
            QStyle.StandardPixmap.SP_DialogApplyButton if report.signer else QStyle.StandardPixmap.SP_MessageBoxWarning
        )
        self.signer_icon.setPixmap(self.style().standardIcon(icon).pixmap(24, 24))
        signer_row = QHBoxLayout()
        signer_row.addWidget(self.signer_icon, 0, Qt.AlignmentFlag.AlignTop)
        signer_row.addWidget(self.signer, 1)
        layout.addLayout(signer_row)
        self.items_label = QLabel(self)
        layout.addWidget(self.items_label)
        self.items = QTreeWidget(self)
        self.items.setObjectName("packItems")
        self.items.setColumnCount(3)
        self.items.setRootIsDecorated(True)
        layout.addWidget(self.items, 2)
        self.problems_label = QLabel(self)
        self.problems_label.setObjectName("packProblemsLabel")
        self.problems_label.setWordWrap(True)
        layout.addWidget(self.problems_label)
        self.problems = QListWidget(self)
        self.problems.setObjectName("packProblems")
        self.problems.setWordWrap(True)
        layout.addWidget(self.problems, 1)
        self.trust = QCheckBox(self)
        self.trust.setObjectName("trustUnsigned")
        layout.addWidget(self.trust)
        self.buttons = QDialogButtonBox(self)
        self.install_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.install_button.setObjectName("installPack")
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        layout.addWidget(self.buttons)
        self.install_button.clicked.connect(self.install)
        self.close_button.clicked.connect(self.reject)
        self.trust.toggled.connect(self._update_button)
        self.retranslate()

    def retranslate(self) -> None:
        report = self.report
        m = report.manifest
        self.setWindowTitle(self.tr("Import Pack"))
        if m is not None:
            facts = self.tr("Pack %1, version %2, by %3, made %4; languages: %5").replace("%1", m.id)
            facts = facts.replace("%2", m.version).replace("%3", m.author).replace("%4", m.created)
            facts = facts.replace("%5", ", ".join(m.languages))
            where = self.tr("File: %1").replace("%1", str(report.source))
            self.heading.setText(
                f"<h2>{escape(script_text(m.title, self.lang))}</h2><p>{escape(facts)}</p><p>{escape(where)}</p>"
            )
        else:
            unreadable = self.tr("This file is not a readable pack.")
            self.heading.setText(f"<h2>{escape(report.source.name)}</h2><p>{escape(unreadable)}</p>")
        if report.signer is not None:
            signed = self.tr("Signed by: %1").replace("%1", report.signer_text(self.lang))
            self.signer.setText(f"<b>{escape(signed)}</b>")
        else:
            unsigned = self.tr("Unsigned")
            self.signer.setText(
                f"<b>{escape(unsigned)}</b> — "
                + escape(
                    self.tr(
                        "no trusted key signed this pack. It can only add content, and everything from it is "
                        "marked unsigned."
                    )
                )
            )
        adds = sum(1 for i in report.items if i.action == "add")
        updates = sum(1 for i in report.items if i.action == "update")
        text = self.tr("What installing it does: adds %1, updates %n bundled document(s).", "", updates)
        self.items_label.setText(text.replace("%1", str(adds)))
        self.items.setHeaderLabels([self.tr("Action"), self.tr("Title"), self.tr("Languages")])
        self.items.clear()
        for item in report.items:
            action = self.tr("adds") if item.action == "add" else self.tr("updates")
            kind = self.tr("case") if item.kind == "case" else self.tr("article")
            row = QTreeWidgetItem(self.items, [f"{action} ({kind})", item.title, ", ".join(item.languages)])
            row.setToolTip(1, f"{item.id}: {', '.join(item.files)}")
            for note in item.changes:
                QTreeWidgetItem(row, ["", f"{note.date.isoformat()}: {note.text.get(self.lang)}", ""])
            row.setExpanded(True)
        header = self.items.header()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.install_button.setText(self.tr("&Install"))
        self.trust.setText(self.tr("I trust where this unsigned pack came from: install it"))
        self._show_problems(report.problems)

    def _show_problems(self, problems: tuple[PackProblem, ...] | list[PackProblem]) -> None:
        self.problems.clear()
        self.problems.addItems(problem_lines(problems))
        count = len(problems)
        self.problems_label.setText(
            self.tr("The pack is refused: %n problem(s). Nothing was installed.", "", count) if count else ""
        )
        self.problems_label.setVisible(bool(count))
        self.problems.setVisible(bool(count))
        unsigned = self.report.ok and self.report.signer is None
        self.trust.setVisible(unsigned)
        self._update_button()

    def _update_button(self) -> None:
        report = self.report
        self.install_button.setEnabled(report.ok and (report.signer is not None or self.trust.isChecked()))

    def install(self) -> PackReport | None:
        """Install the pack: through the runner when the dialog has one (the result arrives as
        `installed`, and None is returned), else at once (the installed pack's report)."""
        from content.packs.api import install

        source, user_dir, allow_unsigned = self.report.source, self.user_dir, self.trust.isChecked()
        self.install_button.setEnabled(False)  # one install at a time
        if self.runner is not None:
            self.runner.run(
                "pack-install",
                lambda _token: install(source, user_dir, allow_unsigned=allow_unsigned),
                self._installed,
                self._install_failed,
            )
            return None
        try:
            done = install(source, user_dir, allow_unsigned=allow_unsigned)
        except Exception as exc:  # noqa: BLE001 (the same handling as a failed background install)
            self._install_failed(exc)
            return None
        self._installed(done)
        return done

    def _installed(self, done: PackReport) -> None:
        self.installed.emit(done)
        self.accept()

    def _install_failed(self, exc: BaseException) -> None:
        from content.packs.api import PackRefusedError

        if isinstance(exc, PackRefusedError):
            self.report = exc.report
            self._show_problems(exc.report.problems)
            return
        self._update_button()
        QMessageBox.warning(self, self.tr("Import Pack"), str(exc))


class ManagePacksDialog(QDialog):
    """The installed packs, each with its signer as checked now; a selected one can be removed."""

    removed = Signal(str)  # the pack id

    def __init__(self, user_dir: Path, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("managePacksDialog")
        self.user_dir = user_dir
        self.lang = lang
        self.resize(760, 360)
        layout = QVBoxLayout(self)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.table = QTableWidget(self)
        self.table.setObjectName("installedPacks")
        self.table.setColumnCount(5)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        layout.addWidget(self.table, 1)
        buttons = QDialogButtonBox(self)
        self.remove_button = QPushButton(self)
        self.remove_button.setObjectName("removePack")
        buttons.addButton(self.remove_button, QDialogButtonBox.ButtonRole.ActionRole)
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.clicked.connect(self.accept)
        layout.addWidget(buttons)
        self.remove_button.clicked.connect(self._ask_remove)
        self.table.itemSelectionChanged.connect(self._update_button)
        self.packs: list[InstalledPack] = []
        self.retranslate()
        self.refresh()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Installed Packs"))
        self.intro.setText(
            self.tr("Content packs installed in %1. Removing a pack takes its articles and cases away.").replace(
                "%1", str(self.user_dir)
            )
        )
        self.table.setHorizontalHeaderLabels(
            [self.tr("Title"), self.tr("Version"), self.tr("Date"), self.tr("Signed by"), self.tr("Documents")]
        )
        self.remove_button.setText(self.tr("&Remove Pack"))

    def refresh(self) -> None:
        from content.packs.api import list_installed

        self.packs = list_installed(self.user_dir)
        self.table.setRowCount(len(self.packs))
        for row, pack in enumerate(self.packs):
            signer = pack.signer.name.get(self.lang) if pack.signer is not None else self.tr("unsigned")
            cells = [f"{pack.title} ({pack.id})", pack.version, pack.created, signer, str(pack.documents)]
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self._update_button()

    def _update_button(self) -> None:
        self.remove_button.setEnabled(bool(self.table.selectionModel().selectedRows()))

    def select(self, pack_id: str) -> None:
        for row, pack in enumerate(self.packs):
            if pack.id == pack_id:
                self.table.selectRow(row)

    def _ask_remove(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        pack = self.packs[rows[0].row()]
        question = self.tr("Remove the pack “%1” and its %n document(s)?", "", pack.documents)
        answer = QMessageBox.question(self, self.tr("Remove Pack"), question.replace("%1", pack.title))
        if answer == QMessageBox.StandardButton.Yes:
            self.remove(pack.id)

    def remove(self, pack_id: str) -> None:
        from content.packs.api import PackError, remove

        try:
            remove(pack_id, self.user_dir)
        except (PackError, OSError) as exc:
            QMessageBox.warning(self, self.tr("Remove Pack"), str(exc))
            return
        self.refresh()
        self.removed.emit(pack_id)


_SLUG = re.compile(r"[^a-z0-9]+")


def slug(text: str, limit: int = 64) -> str:
    """A kebab-case id from a title ("Berači grožđa" -> "beraci-grozdja")."""
    folded = unicodedata.normalize("NFKD", text.lower().replace("đ", "dj"))
    plain = "".join(ch for ch in folded if not unicodedata.combining(ch))
    return _SLUG.sub("-", plain).strip("-")[:limit].strip("-")


class ExportPackDialog(QDialog):
    """What the pack of the user's own content is called, and where it goes."""

    exported = Signal(object)  # PackReport of the written pack

    def __init__(self, user_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exportPackDialog")
        self.user_dir = user_dir
        self.resize(620, 380)
        layout = QVBoxLayout(self)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        form = QFormLayout()
        self.title = QLineEdit(self)
        self.pack_id = QLineEdit(self)
        self.version = QLineEdit("1.0", self)
        self.author = QLineEdit(self)
        self.labels = [QLabel(self) for _ in range(4)]
        for label, field in zip(self.labels, (self.title, self.pack_id, self.version, self.author), strict=True):
            label.setBuddy(field)
            form.addRow(label, field)
        layout.addLayout(form)
        self.problems = QListWidget(self)
        self.problems.setObjectName("exportProblems")
        self.problems.hide()
        layout.addWidget(self.problems, 1)
        self.buttons = QDialogButtonBox(self)
        self.save_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel).clicked.connect(self.reject)
        layout.addWidget(self.buttons)
        self.save_button.clicked.connect(self._choose_file)
        self.title.textEdited.connect(self._suggest_id)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Export My Content as Pack"))
        self.intro.setText(
            self.tr(
                "Your own cases and articles (%1) go into one pack file that others import with File ▸ Import "
                "Pack…. The pack is unsigned: say where it comes from when you share it."
            ).replace("%1", str(self.user_dir))
        )
        for label, text in zip(
            self.labels,
            (self.tr("&Title:"), self.tr("Pack &id:"), self.tr("&Version:"), self.tr("&Author:")),
            strict=True,
        ):
            label.setText(text)
        self.save_button.setText(self.tr("&Save Pack…"))

    def _suggest_id(self, title: str) -> None:
        self.pack_id.setText(slug(title))

    def _choose_file(self) -> None:
        name = f"{self.pack_id.text().strip() or 'my-content'}.zip"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save Pack"), str(Path.home() / name), "*.zip")
        if path:
            self.export_to(Path(path))

    def export_to(self, out: Path) -> PackReport | None:
        from content.packs.api import PackMeta, PackRefusedError, build_pack

        meta = PackMeta(
            id=self.pack_id.text().strip(),
            title=self.title.text().strip(),
            version=self.version.text().strip(),
            author=self.author.text().strip(),
        )
        try:
            report = build_pack(self.user_dir, out, meta)
        except PackRefusedError as refused:
            self.problems.clear()
            self.problems.addItems(problem_lines(refused.report.problems))
            self.problems.show()
            return None
        except (OSError, ValueError) as exc:
            self.problems.clear()
            self.problems.addItem(str(exc))
            self.problems.show()
            return None
        self.exported.emit(report)
        self.accept()
        return report
