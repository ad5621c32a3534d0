"""The trainer's choices, remembered between sessions (same INI file as the other UI settings)."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from desktop.paths import config_dir


def _flag(value: object, default: bool) -> bool:
    if isinstance(value, bool):
        return value
    if value is None:
        return default
    return str(value).strip().lower() in ("1", "true", "yes")


class TrainerSettings:
    def __init__(self) -> None:
        folder = config_dir()
        folder.mkdir(parents=True, exist_ok=True)
        self._qs = QSettings(str(folder / "prepoznaj.ini"), QSettings.Format.IniFormat)

    @property
    def screen_name(self) -> str:
        """The screen the audience sees (QScreen.name()); "" for the automatic choice."""
        return str(self._qs.value("trainer/screen", "") or "")

    @screen_name.setter
    def screen_name(self, value: str) -> None:
        self._qs.setValue("trainer/screen", value)

    @property
    def presenter_view(self) -> bool:
        """With two screens, the trainer's own view on the other one."""
        return _flag(self._qs.value("trainer/presenterView"), True)

    @presenter_view.setter
    def presenter_view(self, value: bool) -> None:
        self._qs.setValue("trainer/presenterView", bool(value))

    @property
    def high_contrast(self) -> bool:
        return _flag(self._qs.value("trainer/highContrast"), False)

    @high_contrast.setter
    def high_contrast(self, value: bool) -> None:
        self._qs.setValue("trainer/highContrast", bool(value))

    @property
    def show_timer(self) -> bool:
        """The small timer in the corner of the audience screen."""
        return _flag(self._qs.value("trainer/showTimer"), True)

    @show_timer.setter
    def show_timer(self, value: bool) -> None:
        self._qs.setValue("trainer/showTimer", bool(value))

    def sync(self) -> None:
        self._qs.sync()
