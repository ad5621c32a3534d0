"""The features of the main window, one package each, in the order the window assembles them
(their own menus appear in this order between View and Help). A new feature is one package with
a `Feature` subclass and one line here."""

from __future__ import annotations

from desktop.feature import Feature
from desktop.features.appearance.feature import Appearance
from desktop.features.assessment.feature import Assessments
from desktop.features.case_editor.feature import CaseEditors
from desktop.features.desk.feature import Desk
from desktop.features.field_kit.feature import FieldKitFeature
from desktop.features.packs.feature import Packs
from desktop.features.printing.feature import Printing
from desktop.features.search_tools.feature import SearchTools
from desktop.features.trainer.feature import Trainer

FEATURES: tuple[type[Feature], ...] = (
    Desk,  # bookmarks, history, recently opened, notes
    Printing,  # print, print preview, PDF
    Appearance,  # themes, discreet mode
    SearchTools,  # find in page, search words marked on opened hits
    Assessments,  # the guided assessment and saved assessments
    Trainer,  # presentation, presenter view, live assessment, self-test
    FieldKitFeature,  # the worker card, the worker's answers, the field kit's leaflets and sheets
    Packs,  # File ▸ import, export and manage content packs
    CaseEditors,  # Trainer ▸ New Case…, Edit Case…
)
