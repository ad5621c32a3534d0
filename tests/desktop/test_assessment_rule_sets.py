"""The rule set in the app: the outcome page names the rule set that gave the outcome, the Assessment
menu switches the rule set for NEW assessments, a saved assessment keeps its own, and the record
prints it. The user database keeps the rule set with each assessment (migration 4).

Mutations caught: the outcome page without the rule-set sentence (first test); the wizard taking
the setting instead of the saved rule set on resume, or the store not writing `rule_set` (second
test); the record without its rule-set row (third test); migration 4 defaulting old assessments to
the screening rule set they were not made with (last test)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from pytestqt.qtbot import QtBot

from content.assessment.session import OUTCOME
from desktop.features.assessment.store import AssessmentStore
from desktop.main_window import MainWindow
from desktop.userdata.database import MIGRATIONS, UserDatabase
from tests.desktop.test_assessment_wizard import open_new, walk

# Exploitation with two medium indicators of deception: a referral outcome (forced-labour indicators)
# under the screening rule set, severe exploitation under the research rule.
DECEIVED = {
    "excessive_hours": "yes",
    "very_low_pay": "yes",
    "job_differs": "yes",
    "deceived_pay": "yes",
    "deceived_housing": "yes",
}


def test_the_outcome_page_names_the_rule_set_its_version_and_how_it_did(qtbot: QtBot, window: MainWindow) -> None:
    assert window.kb is not None and window.kb.rules is not None
    rules = window.kb.rules
    wizard = open_new(window)
    walk(qtbot, wizard, DECEIVED)
    wizard.go_to(OUTCOME)
    text = wizard.outcome_page.text()
    assert f"Outcome given by the rule set “{rules.label.en}” (version {rules.version})." in text
    assert rules.validation is not None and rules.validation.summary.en in text
    assert f"rules {rules.short_name('en')} {rules.version}" == wizard.versions_label.text().split(" · ")[1]
    assert rules.short_name("en") == "Screening rule for labour inspectors"


def test_the_setting_changes_new_assessments_and_saved_ones_keep_their_rule_set(
    qtbot: QtBot, window: MainWindow
) -> None:
    kb = window.kb
    assert kb is not None
    controller = window.features.assessment
    controller.fill_rule_set_menu()  # as when the menu opens
    names = [a.text() for a in controller.rule_set_menu.actions()]
    assert names == [
        f"{kb.rule_sets['screening'].label.en} (default) · {kb.rule_sets['screening'].version}",
        f"{kb.rule_sets['research'].label.en} · {kb.rule_sets['research'].version}",
    ]
    assert controller.rule_set_actions["screening"].isChecked()

    first = open_new(window)
    walk(qtbot, first, DECEIVED)
    first_id = first.assessment_id
    assert first_id is not None and first.session.result().outcome == "forced-labour-indicators"
    first.close()

    controller.rule_set_actions["research"].trigger()  # the user picks the research rule in the menu
    assert window.settings.assessment_rule_set == "research"
    assert controller.rule_set_actions["research"].isChecked()
    second = open_new(window)
    walk(qtbot, second, DECEIVED)
    second.go_to(OUTCOME)
    assert second.session.rules is kb.rule_sets["research"]
    assert second.session.result().outcome == "severe-labour-exploitation"
    research = kb.rule_sets["research"]
    assert f"“{research.label.en}” (version {research.version})" in second.outcome_page.text()
    assert second.assessment_id is not None
    store = controller.store
    saved_second = store.load(second.assessment_id)
    assert saved_second is not None and (saved_second.rule_set, saved_second.outcome) == (
        "research",
        "severe-labour-exploitation",
    )
    assert saved_second.rules_version == kb.rule_sets["research"].version

    dialog = controller.show_saved()  # the list says which rule set each outcome came from
    tips = {dialog.table.item(r, 1).toolTip() for r in range(dialog.table.rowCount())}  # type: ignore[union-attr]
    assert tips == {f"screening {kb.rule_sets['screening'].version}", f"research {kb.rule_sets['research'].version}"}
    dialog.hide()

    resumed = controller.resume(first_id)  # saved under screening: keeps it, whatever the setting
    assert resumed is not None
    assert resumed.session.rules is kb.rule_sets["screening"]
    assert not resumed.banner.isVisible()
    resumed.go_to(OUTCOME)
    assert resumed.outcome_page.text().startswith("Indicators of forced labour")
    saved_first = store.load(first_id)
    assert saved_first is not None and saved_first.rule_set == "screening"

    controller.rule_set_actions["screening"].trigger()  # back to the default: stored as "follow it"
    assert window.settings.assessment_rule_set == ""


def test_the_record_prints_the_rule_set_and_its_version(qtbot: QtBot, window: MainWindow) -> None:
    assert window.kb is not None
    research = window.kb.rule_sets["research"]
    window.features.assessment.choose_rule_set("research")
    wizard = open_new(window)
    walk(qtbot, wizard, DECEIVED)
    job = wizard.record_job()
    assert f"<th>Rule set</th><td>{research.label.en} (" in job.html
    assert "research" in job.html and research.version in job.html
    assert f"rules research {research.version}" in job.footer


def test_assessments_saved_before_rule_sets_are_research_assessments(tmp_path: Path) -> None:
    path = tmp_path / "u.sqlite3"
    old = UserDatabase.open(path, MIGRATIONS[:3])
    with old.transaction() as cur:
        cur.execute(
            "INSERT INTO assessments (tree_id, tree_version, rules_version, content_version, created_at, updated_at) "
            "VALUES ('labour-exploitation', '2026.11-1', '2026.11-2', 'c', 't', 't')"
        )
    old.close()
    db = UserDatabase.open(path)
    assert MIGRATIONS[3].name == "assessment rule set" and db.schema_version == len(MIGRATIONS) >= 4
    saved = AssessmentStore(db).list()
    assert [(s.rule_set, s.rules_version) for s in saved] == [("research", "2026.11-2")]
    raw = sqlite3.connect(path)
    assert raw.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)
    raw.close()
    db.close()


def test_a_saved_rule_set_the_content_no_longer_has_falls_back_to_the_default_and_says_so(
    window: MainWindow,
) -> None:
    """Mutation caught: resuming with no rule set at all (a crash) or silently with the default."""
    from desktop.features.assessment.store import Versions

    kb = window.kb
    assert kb is not None and kb.rules is not None
    old = Versions("labour-exploitation", kb.trees["labour-exploitation"].version, "2025.01-1", "c", "lenient")
    store = window.features.assessment.store
    saved_id = store.create(old, "en", "IR-OLD")
    store.save_answer(saved_id, "urgent_danger", "no", [], "minor", "no-indication", old)
    wizard = window.features.assessment.resume(saved_id)
    assert wizard is not None
    assert wizard.session.rules is kb.rules
    assert wizard.banner.isVisible()
    assert "lenient 2025.01-1" in wizard.banner.text()  # a rule set the content no longer has: its id
    assert f"{kb.rules.short_name('en')} {kb.rules.version}" in wizard.banner.text()
