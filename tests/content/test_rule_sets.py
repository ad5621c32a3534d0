"""Named rule sets (content/rules.yaml `rule_sets`): the screening rule set's boundaries, each of its
differences from the research rule, the loader's checks, and `content assess --rule-set`.

Mutations these tests catch: dropping `medium: 2` from a means dimension of the screening rule
(two-medium test); giving abuse of vulnerability at destination or exploitation the two-medium rule
(kept-threshold test; on the validation set, an over-call); removing the one-means branch of
forced-labour-indicators (one-means test); writing possible-thb as "exploitation and any means"
(full-pattern test); requiring a positive exploitation dimension for forced labour by coercion
(coercion test); writing the child rule as the adult threshold only (child test); making
`research` the default (default test); accepting two defaults, a missing `when`, an unknown
caution rule set, a stray top-level `version` or an unknown field without a message (loader
tests); `assess` ignoring `--rule-set` or leaving the rule set out of its JSON (command tests)."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from content.assessment.engine import UnknownRuleSetError, assess, rule_set
from content.assessment.report import RecordInfo, outcome_html, record_html
from content.assessment.session import Session
from content.loader import LoadResult, load_knowledge_base
from content.model import KnowledgeBase
from content.paths import CONTENT_DIR
from tests.conftest import REPO

EX = "exploitative_conditions_of_work"
EXPLOITATION = ["ex_low_or_no_salary", "ex_bad_living_conditions", "ex_wage_manipulation"]  # three medium
ONE_EX = ["ex_low_or_no_salary"]  # an exploitation indicator, the dimension not positive
TWO_MEDIUM = {
    "deceptive_recruitment": ["dr_deceived_wages_earnings", "dr_deceived_conditions_of_work"],
    "coercive_recruitment": ["cr_debt_bondage", "cr_threats_of_violence"],
    "recruitment_abuse_of_vulnerability": ["rv_economic_reasons", "rv_personal_situation"],
    "coercion_at_destination": ["cd_threats_of_violence", "cd_withholding_of_wages"],
}
VD_THREE = ["vd_dependency_on_exploiters", "vd_economic_reasons", "vd_family_situation"]
RECRUITMENT = ("deceptive_recruitment", "coercive_recruitment", "recruitment_abuse_of_vulnerability")


@pytest.fixture(scope="module")
def kb(real_load: LoadResult) -> KnowledgeBase:
    assert set(real_load.kb.rule_sets) == {"screening", "research"}, real_load.problems
    return real_load.kb


def outcome(kb: KnowledgeBase, rules: str, *ids: str) -> str:
    return assess(kb, ids, rules).outcome


def test_the_default_rule_set_is_screening_and_every_set_names_itself(kb: KnowledgeBase) -> None:
    assert kb.rules is kb.rule_sets["screening"] and kb.rules.default
    assert not kb.rule_sets["research"].default
    result = assess(kb, EXPLOITATION)
    assert (result.rule_set, result.rules_version) == ("screening", kb.rules.version)
    research = assess(kb, EXPLOITATION, "research")
    assert (research.rule_set, research.rules_version) == ("research", kb.rule_sets["research"].version)
    with pytest.raises(UnknownRuleSetError) as caught:
        rule_set(kb, "lenient")
    assert caught.value.known == ("screening", "research")


@pytest.mark.parametrize("dimension", sorted(TWO_MEDIUM))
def test_two_medium_indicators_of_a_means_by_an_act_make_the_dimension_positive(
    kb: KnowledgeBase, dimension: str
) -> None:
    ids = TWO_MEDIUM[dimension]
    screening = assess(kb, ids).dimension(dimension)
    assert screening.positive and screening.met is not None
    assert screening.met.label.en.startswith("two medium indicators")
    assert not assess(kb, ids, "research").dimension(dimension).positive
    assert not assess(kb, ids[:1]).dimension(dimension).positive  # one medium is not enough


@pytest.mark.parametrize(
    "ids",
    [
        ["vd_dependency_on_exploiters", "vd_difficulty_living_in_unknown_area"],
        ["ex_low_or_no_salary", "ex_no_social_protection"],
        ["ex_excessive_working_days_or_hours"],
        ["cd_confiscation_of_documents"],  # a lone strong indicator: as in the ILO/EC rule
    ],
)
def test_situation_dimensions_and_lone_strong_indicators_keep_the_ilo_ec_threshold(
    kb: KnowledgeBase, ids: list[str]
) -> None:
    assert assess(kb, ids).positive_dimensions == ()
    assert assess(kb, ids, "research").positive_dimensions == ()


@pytest.mark.parametrize("dimension", [*sorted(TWO_MEDIUM), "abuse_of_vulnerability_at_destination"])
def test_exploitation_with_one_means_is_a_referral_outcome(kb: KnowledgeBase, dimension: str) -> None:
    ids = [*EXPLOITATION, *TWO_MEDIUM.get(dimension, VD_THREE)]
    result = assess(kb, ids)
    assert set(result.positive_dimensions) == {EX, dimension}
    assert result.outcome == "forced-labour-indicators"
    # The research rule: two medium indicators make no means dimension positive, and three medium
    # ones at destination without a means at recruitment stay severe exploitation.
    assert outcome(kb, "research", *ids) == "severe-labour-exploitation"


@pytest.mark.parametrize("recruitment", RECRUITMENT)
def test_possible_trafficking_keeps_the_full_pattern_of_means_at_both_ends(kb: KnowledgeBase, recruitment: str) -> None:
    both = [*EXPLOITATION, *TWO_MEDIUM[recruitment], *TWO_MEDIUM["coercion_at_destination"]]
    assert outcome(kb, "screening", *both) == "possible-thb"
    assert outcome(kb, "research", *both) == "severe-labour-exploitation"  # two medium: not positive there
    assert outcome(kb, "screening", *EXPLOITATION, *TWO_MEDIUM[recruitment]) == "forced-labour-indicators"


def test_a_child_is_not_held_to_the_adult_exploitation_threshold(kb: KnowledgeBase) -> None:
    coerced = ["cd_confiscation_of_documents", "cd_withholding_of_wages"]  # positive in both rule sets
    assert outcome(kb, "screening", "minor", *ONE_EX, *coerced) == "possible-thb-child"
    assert outcome(kb, "research", "minor", *ONE_EX, *coerced) == "labour-law-violation"
    # Exploitation positive is enough for a child under both rule sets; no means is needed.
    assert outcome(kb, "screening", "minor", *EXPLOITATION) == "possible-thb-child"
    assert outcome(kb, "research", "minor", *EXPLOITATION) == "possible-thb-child"
    # One exploitation indicator alone, without any means, stays a labour-law matter.
    assert outcome(kb, "screening", "minor", *ONE_EX) == "labour-law-violation"
    # A means without any sign of exploitative work gives no outcome about work.
    assert outcome(kb, "screening", "minor", *coerced) == "no-indication"


def test_coercion_at_work_is_forced_labour_whatever_the_pay(kb: KnowledgeBase) -> None:
    coerced = ["cd_confiscation_of_documents", "cd_withholding_of_wages"]
    assert outcome(kb, "screening", *coerced, *ONE_EX) == "forced-labour-indicators"
    assert outcome(kb, "research", *coerced, *ONE_EX) == "labour-law-violation"
    # A labour-law check is not a sign of exploitation: it does not complete forced labour.
    assert outcome(kb, "screening", *coerced, "llv_no_written_contract") == "labour-law-violation"
    assert outcome(kb, "screening", *coerced) == "no-indication"


def strategy(kb: KnowledgeBase) -> st.SearchStrategy[list[str]]:
    return st.lists(st.sampled_from(sorted(kb.recordable_ids())), max_size=25)


@given(data=st.data())
def test_under_every_rule_set_one_more_id_never_makes_the_outcome_less_serious(
    kb: KnowledgeBase, data: st.DataObject
) -> None:
    ids = data.draw(strategy(kb))
    extra = data.draw(st.sampled_from(sorted(kb.recordable_ids())))
    for rules in kb.rule_sets.values():
        before, after = assess(kb, ids, rules), assess(kb, [*ids, extra], rules)
        assert rules.seriousness(after.outcome) <= rules.seriousness(before.outcome), (rules.id, ids, extra)


@given(data=st.data())
def test_the_screening_rule_is_never_less_serious_than_the_research_rule(
    kb: KnowledgeBase, data: st.DataObject
) -> None:
    """It only asks for less than the research rule, never for more."""
    ids = data.draw(strategy(kb))
    screening, research = kb.rule_sets["screening"], kb.rule_sets["research"]
    assert screening.seriousness(assess(kb, ids, screening).outcome) <= research.seriousness(
        assess(kb, ids, research).outcome
    ), ids


def test_every_difference_gives_a_legal_reason_in_both_languages(kb: KnowledgeBase) -> None:
    differences = kb.rule_sets["screening"].differences
    assert {d.id for d in differences} >= {"one-means-refers", "two-medium-means", "child-without-the-adult-threshold"}
    for difference in differences:
        assert difference.link.startswith("kb:"), difference.id
        assert difference.text.en and difference.text.sr, difference.id
        assert any(word in difference.text.en for word in ("art.", "Convention", "CETS", "F08")), difference.id
    assert kb.rule_sets["research"].differences == ()


# --- the outcome page and the record ---------------------------------------------------------


def test_outcome_page_and_record_name_the_rule_set_its_version_and_how_it_did(kb: KnowledgeBase) -> None:
    tree = kb.trees["labour-exploitation"]
    for rules in kb.rule_sets.values():
        s = Session(kb, tree, {"excessive_hours": "yes", "documents_held": "yes"}, rules=rules)
        assert s.result().rule_set == rules.id
        html = outcome_html(s, "en")
        assert rules.label.en in html and f"{rules.id} {rules.version}" in html
        assert rules.validation is not None and rules.validation.summary.en in html
        sr = outcome_html(s, "sr")
        assert rules.label.sr in sr and rules.validation.summary.sr in sr
        info = RecordInfo("IR-1", "2026-12-01T09:00", "2026-12-01T09:10", "2026-12-01T09:20", kb.version)
        record = record_html(s, info, "en")
        assert "Rule set" in record and rules.label.en in record and rules.version in record


# --- the loader ------------------------------------------------------------------------------


@pytest.fixture
def content_copy(tmp_path: Path) -> Path:
    target = tmp_path / "content"
    shutil.copytree(CONTENT_DIR, target, ignore=shutil.ignore_patterns("*.py", "__pycache__"))
    return target


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def line_of(path: Path, text: str, start: int = 0) -> int:
    lines = path.read_text(encoding="utf-8").splitlines()
    return next(n for n, line in enumerate(lines, start=1) if n > start and text in line)


@pytest.mark.parametrize(
    ("old", "new", "anchor", "message"),
    [
        (
            "  - id: research\n",
            "  - id: research\n    default: true\n",
            "rule_sets:",
            "exactly one rule set must have 'default: true' (found 2: screening, research)",
        ),
        (
            "rule_sets:\n",
            'version: "2026.12-1"\nrule_sets:\n',
            'version: "2026.12-1"',
            "with 'rule_sets', each rule set has its own 'version'; remove this one",
        ),
        (
            "    rule_sets: [research]",
            "    rule_sets: [reserch]",
            "rule_sets: [reserch]",
            "caution 'means-with-exploitation-below-thb' names unknown rule set 'reserch'",
        ),
        (
            "      no-indication:\n        when: always\n    differences:",
            "    differences:",
            "  - id: screening",
            "rule set 'screening' has no 'when' for outcome 'no-indication'",
        ),
        (
            '    label_en: "Research rule',
            '    lable_en: "Research rule',
            "lable_en",
            "unknown field 'lable_en' in rule set 'research'",
        ),
    ],
)
def test_a_broken_rule_set_is_named_with_file_and_line(
    content_copy: Path, old: str, new: str, anchor: str, message: str
) -> None:
    path = content_copy / "rules.yaml"
    edit(path, old, new)
    result = load_knowledge_base(content_copy)
    assert result.kb.rules is None and result.kb.rule_sets == {}
    found = [(p.line, p.message) for p in result.problems if p.path.name == "rules.yaml"]
    expected_line = line_of(path, anchor)
    if "has no 'when'" in message:  # named on the rule set's outcomes
        expected_line = line_of(path, "    outcomes:", expected_line)
    assert (expected_line, message) in found, found


def test_training_cases_are_checked_under_the_default_rule_set(content_copy: Path) -> None:
    """Make research the default: the cases whose outcome the screening rule raised are named (EN and SR)."""
    path = content_copy / "rules.yaml"
    edit(path, "    default: true\n", "")
    edit(path, "  - id: research\n", "  - id: research\n    default: true\n")
    result = load_knowledge_base(content_copy)
    named = sorted(p.path.name for p in result.problems if "expected_outcome" in p.message)
    changed = ["agency-factory-workers", "borealis-kallo-site", "filipino-domestic-worker", "serbian-workers-slovakia"]
    assert named == sorted(f"{slug}{suffix}" for slug in changed for suffix in (".md", ".sr.md"))


# --- the command line ------------------------------------------------------------------------


def run_assess(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "content", "assess", *args], capture_output=True, text=True, cwd=REPO, check=False
    )


def test_assess_json_names_the_rule_set_and_rule_set_switches_it(kb: KnowledgeBase) -> None:
    ids = ",".join([*EXPLOITATION, *TWO_MEDIUM["deceptive_recruitment"]])
    default = json.loads(run_assess("--indicators", ids, "--json").stdout)
    assert (default["outcome"], default["rule_set"], default["rules_version"]) == (
        "forced-labour-indicators",
        "screening",
        kb.rule_sets["screening"].version,
    )
    research = json.loads(run_assess("--indicators", ids, "--rule-set", "research", "--json").stdout)
    assert (research["outcome"], research["rule_set"], research["rules_version"]) == (
        "severe-labour-exploitation",
        "research",
        kb.rule_sets["research"].version,
    )
    assert research["rule_set_label"] == kb.rule_sets["research"].label.en
    text = run_assess("--indicators", ids, "--rule-set", "research").stdout
    assert f"(research {kb.rule_sets['research'].version})" in text


def test_assess_with_an_unknown_rule_set_exits_2_and_lists_the_known_ones() -> None:
    done = run_assess("--indicators", "ex_low_or_no_salary", "--rule-set", "lenient")
    assert done.returncode == 2
    assert "unknown rule set 'lenient' (known: screening, research)" in done.stderr
    assert "Traceback" not in done.stderr and done.stdout == ""
