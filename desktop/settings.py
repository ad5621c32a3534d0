"""Typed access to the UI settings (QSettings in an INI file in the user config folder)."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings

from desktop.paths import config_dir

ZOOM_MIN, ZOOM_MAX = -4, 12


class Settings:
    def __init__(self) -> None:
        folder = config_dir()
        folder.mkdir(parents=True, exist_ok=True)
        self._qs = QSettings(str(folder / "prepoznaj.ini"), QSettings.Format.IniFormat)

    def _bytes(self, key: str) -> QByteArray | None:
        value = self._qs.value(key)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    @property
    def geometry(self) -> QByteArray | None:
        return self._bytes("window/geometry")

    @geometry.setter
    def geometry(self, value: QByteArray) -> None:
        self._qs.setValue("window/geometry", value)

    @property
    def window_state(self) -> QByteArray | None:
        return self._bytes("window/state")

    @window_state.setter
    def window_state(self, value: QByteArray) -> None:
        self._qs.setValue("window/state", value)

    @property
    def splitter_state(self) -> QByteArray | None:
        return self._bytes("window/splitter")

    @splitter_state.setter
    def splitter_state(self, value: QByteArray) -> None:
        self._qs.setValue("window/splitter", value)

    @property
    def zoom(self) -> int:
        try:
            value = int(str(self._qs.value("view/zoom", 0)))
        except (TypeError, ValueError):
            value = 0
        return max(ZOOM_MIN, min(ZOOM_MAX, value))

    @zoom.setter
    def zoom(self, value: int) -> None:
        self._qs.setValue("view/zoom", max(ZOOM_MIN, min(ZOOM_MAX, int(value))))

    @property
    def content_language(self) -> str:
        """The content language of versions before the interface was translated ("en"/"sr"), "" when
        never set: it chooses the interface language until one is chosen (desktop.i18n)."""
        value = str(self._qs.value("content/language", "") or "")
        return value if value in ("en", "sr") else ""

    @property
    def language(self) -> str:
        """The interface language chosen ("en", "sr_Latn", "sr_Cyrl"), "" until one is chosen."""
        return str(self._qs.value("ui/language", "") or "")

    @language.setter
    def language(self, value: str) -> None:
        self._qs.setValue("ui/language", value)

    @property
    def theme(self) -> str:
        """ "system" (follow the desktop), "light", "dark" or "high-contrast"."""
        value = str(self._qs.value("view/theme", "system"))
        return value if value in ("system", "light", "dark", "high-contrast") else "system"

    @theme.setter
    def theme(self, value: str) -> None:
        self._qs.setValue("view/theme", value)

    @property
    def assessment_rule_set(self) -> str:
        """The rule set (content/rules.yaml) new assessments use; "" for the content's default."""
        return str(self._qs.value("assessment/rule_set", "") or "")

    @assessment_rule_set.setter
    def assessment_rule_set(self, value: str) -> None:
        self._qs.setValue("assessment/rule_set", value)

    def sync(self) -> None:
        self._qs.sync()
