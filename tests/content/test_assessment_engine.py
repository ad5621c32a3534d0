"""The assessment engine on the bundled research rule set (ILO/EC 2009): every rule boundary, the outcome
order, the trace, and properties that must hold for any set of ids (hypothesis). The screening rule set
has its own boundaries in test_rule_sets.py."""

from __future__ import annotations

import random

import pytest
from hypothesis import given
from hypothesis import strategies as st

from content.assessment.advice import advice_for
from content.assessment.engine import AssessmentResult, UnknownIdError, assess
from content.assessment.trace import trace_entries
from content.loader import LoadResult
from content.model import KnowledgeBase

EX = "exploitative_conditions_of_work"
CD = "coercion_at_destination"
VD = "abuse_of_vulnerability_at_destination"
DR = "deceptive_recruitment"
CR = "coercive_recruitment"
RV = "recruitment_abuse_of_vulnerability"

# Indicators by dimension and strength, as in indicators.yaml (asserted below, so a change there
# fails loudly instead of silently weakening these tests).
EX_STRONG = "ex_excessive_working_days_or_hours"
EX_MEDIUM = ["ex_low_or_no_salary", "ex_bad_living_conditions", "ex_wage_manipulation"]
EX_WEAK = "ex_no_access_to_education"
CD_STRONG = ["cd_confiscation_of_documents", "cd_debt_bondage", "cd_isolation_confinement_or_surveillance"]
CD_MEDIUM = ["cd_threats_of_violence", "cd_withholding_of_wages", "cd_under_strong_influence"]
CD_WEAK = "cd_threat_to_inform_family_community_or_public"
VD_MEDIUM = ["vd_dependency_on_exploiters", "vd_economic_reasons", "vd_family_situation"]
VD_WEAK = ["vd_difficulties_in_the_past", "vd_personal_characteristics"]
DR_STRONG = "dr_deceived_nature_of_job_location_or_employer"
DR_MEDIUM = [
    "dr_deceived_wages_earnings",
    "dr_deceived_housing_and_living_conditions",
    "dr_deceived_conditions_of_work",
]
CR_STRONG = "cr_violence_on_victim"
CR_MEDIUM = ["cr_debt_bondage", "cr_threats_of_violence"]
RV_MEDIUM = ["rv_economic_reasons", "rv_personal_situation", "rv_abuse_of_irregular_status"]
RV_WEAK = ["rv_general_context", "rv_abuse_of_cultural_or_religious_beliefs"]

EXPLOITATION = [EX_STRONG, EX_MEDIUM[0]]  # positive: strong + medium
COERCION = [CD_STRONG[0], CD_MEDIUM[0]]
VULNERABILITY_AT_DEST = VD_MEDIUM  # three medium
DECEPTION = DR_MEDIUM  # three medium


@pytest.fixture(scope="module")
def kb(real_load: LoadResult) -> KnowledgeBase:
    assert real_load.kb.rules is not None, real_load.problems
    return real_load.kb


def run(kb: KnowledgeBase, *ids: str) -> AssessmentResult:
    return assess(kb, ids, "research")


def test_fixture_ids_have_the_strengths_the_tests_assume(kb: KnowledgeBase) -> None:
    expected = {
        EX_STRONG: (EX, "strong"),
        EX_WEAK: (EX, "weak"),
        CD_WEAK: (CD, "weak"),
        DR_STRONG: (DR, "strong"),
        CR_STRONG: (CR, "strong"),
        **dict.fromkeys(EX_MEDIUM, (EX, "medium")),
        **dict.fromkeys(CD_STRONG, (CD, "strong")),
        **dict.fromkeys(CD_MEDIUM, (CD, "medium")),
        **dict.fromkeys(VD_MEDIUM, (VD, "medium")),
        **dict.fromkeys(VD_WEAK, (VD, "weak")),
        **dict.fromkeys(DR_MEDIUM, (DR, "medium")),
        **dict.fromkeys(CR_MEDIUM, (CR, "medium")),
        **dict.fromkeys(RV_MEDIUM, (RV, "medium")),
        **dict.fromkeys(RV_WEAK, (RV, "weak")),
    }
    for item, (dimension, strength) in expected.items():
        assert (kb.indicators[item].dimension, kb.indicators[item].strength) == (dimension, strength), item


# --- the dimension rule, boundary by boundary ------------------------------------------------


@pytest.mark.parametrize(
    ("ids", "positive"),
    [
        ([], False),
        ([EX_STRONG], False),  # a lone strong indicator is not enough
        ([EX_STRONG, EX_WEAK], True),  # one strong + one weak
        ([EX_STRONG, EX_MEDIUM[0]], True),  # one strong + one medium
        ([EX_MEDIUM[0], EX_MEDIUM[1]], False),  # two medium
        ([*EX_MEDIUM], True),  # three medium
        ([EX_MEDIUM[0], EX_MEDIUM[1], EX_WEAK], True),  # two medium + one weak
        ([EX_MEDIUM[0], EX_WEAK], False),  # one medium + one weak
        ([EX_WEAK], False),
    ],
)
def test_exploitation_dimension_boundaries(kb: KnowledgeBase, ids: list[str], positive: bool) -> None:
    assert run(kb, *ids).dimension(EX).positive is positive


@pytest.mark.parametrize(
    ("ids", "positive"),
    [
        ([CD_STRONG[0]], False),
        ([CD_STRONG[0], CD_STRONG[1]], True),  # two strong
        ([CD_STRONG[0], CD_WEAK], True),
        ([CD_MEDIUM[0], CD_MEDIUM[1]], False),
        ([CD_MEDIUM[0], CD_MEDIUM[1], CD_WEAK], True),
        ([CD_MEDIUM[0], CD_WEAK], False),
    ],
)
def test_coercion_dimension_boundaries(kb: KnowledgeBase, ids: list[str], positive: bool) -> None:
    assert run(kb, *ids).dimension(CD).positive is positive


def test_weak_indicators_alone_never_make_a_dimension_positive(kb: KnowledgeBase) -> None:
    assert not run(kb, *VD_WEAK).dimension(VD).positive
    assert not run(kb, *RV_WEAK).dimension(RV).positive
    assert not run(kb, VD_MEDIUM[0], *VD_WEAK).dimension(VD).positive  # one medium + two weak
    assert run(kb, VD_MEDIUM[0], VD_MEDIUM[1], VD_WEAK[0]).dimension(VD).positive


def test_ilo_forced_labour_indicators_are_listed_but_never_counted(kb: KnowledgeBase) -> None:
    every_fl = [i for i, ind in kb.indicators.items() if ind.dimension == "ilo_forced_labour_11"]
    assert len(every_fl) == 11
    result = run(kb, *every_fl)
    assert result.outcome == "no-indication"
    assert result.positive_dimensions == ()
    assert set(result.forced_labour) == set(every_fl)
    unweighted = [e for e in trace_entries(kb, result) if e.step == "unweighted"]
    assert len(unweighted) == 1 and "not weighted" in unweighted[0].text.en


def test_indicators_count_only_in_their_own_dimension(kb: KnowledgeBase) -> None:
    # A strong indicator at destination and a medium one at recruitment: two dimensions, neither positive.
    result = run(kb, CD_STRONG[0], CR_MEDIUM[0])
    assert result.positive_dimensions == ()


# --- the outcome order -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("ids", "outcome"),
    [
        ([], "no-indication"),
        (["urgent_danger"], "urgent-danger"),
        (["urgent_danger", *EXPLOITATION, *DECEPTION, *COERCION, "minor"], "urgent-danger"),
        (["minor", *EXPLOITATION], "possible-thb-child"),
        (["minor", *EXPLOITATION, *DECEPTION, *COERCION], "possible-thb-child"),
        (["minor"], "no-indication"),
        (["minor", EX_STRONG], "labour-law-violation"),  # a child, but exploitation not positive
        ([*EXPLOITATION, *DECEPTION, *COERCION], "possible-thb"),
        ([*EXPLOITATION, *DECEPTION, *VULNERABILITY_AT_DEST], "possible-thb"),
        ([*EXPLOITATION, CR_STRONG, CR_MEDIUM[0], *COERCION], "possible-thb"),
        ([*EXPLOITATION, *RV_MEDIUM, *VULNERABILITY_AT_DEST], "possible-thb"),
        ([*EXPLOITATION, *COERCION], "forced-labour-indicators"),
        ([*EXPLOITATION, *COERCION, DR_MEDIUM[0], DR_MEDIUM[1]], "forced-labour-indicators"),  # recruitment short
        ([*EXPLOITATION, *VULNERABILITY_AT_DEST], "severe-labour-exploitation"),  # no recruitment means
        ([*EXPLOITATION, *DECEPTION], "severe-labour-exploitation"),  # no destination means
        ([*EXPLOITATION], "severe-labour-exploitation"),
        ([*EXPLOITATION, CD_STRONG[0]], "severe-labour-exploitation"),  # coercion one short
        (["llv_no_written_contract"], "labour-law-violation"),
        ([EX_WEAK], "labour-law-violation"),
        ([EX_STRONG], "labour-law-violation"),
        ([*COERCION, *DECEPTION], "no-indication"),  # means without exploitation: not an outcome rung
        ([CD_STRONG[0], "fl_retention_of_identity_documents"], "no-indication"),
    ],
)
def test_outcome_is_the_first_rule_that_applies(kb: KnowledgeBase, ids: list[str], outcome: str) -> None:
    assert run(kb, *ids).outcome == outcome


def test_the_trace_names_what_made_each_dimension_positive_and_why_others_fell_short(kb: KnowledgeBase) -> None:
    result = run(kb, *EXPLOITATION, CD_STRONG[0], "fl_excessive_overtime", "llv_no_payslip")
    ex = result.dimension(EX)
    assert ex.positive and set(ex.indicators) == set(EXPLOITATION)
    assert "one strong plus one medium or weak" in ex.text.en
    cd = result.dimension(CD)
    assert not cd.positive and cd.indicators == (CD_STRONG[0],)
    assert "1 strong, needs one more indicator of any strength" in cd.text.en
    assert "jakih: 1; treba još jedan indikator bilo koje jačine" in cd.text.sr
    outcome_lines = list(result.outcome_checks)
    assert [c.outcome for c in outcome_lines] == [
        "urgent-danger",
        "possible-thb-child",
        "possible-thb",
        "forced-labour-indicators",
        "severe-labour-exploitation",
    ]
    assert "“Coercion at destination” is not positive" in outcome_lines[3].reason.en
    assert outcome_lines[-1].applies


def test_shortfall_never_asks_for_a_strength_the_dimension_does_not_have(kb: KnowledgeBase) -> None:
    # Abuse of vulnerability at destination has no strong indicator: the nearest combination must
    # be reachable with medium and weak ones.
    vd = run(kb, VD_MEDIUM[0]).dimension(VD)
    assert "strong" not in vd.missing
    assert "needs one more medium or strong indicator and one more indicator of any strength" in vd.text.en


def test_unknown_ids_are_named(kb: KnowledgeBase) -> None:
    with pytest.raises(UnknownIdError) as caught:
        run(kb, EX_STRONG, "ex_nothing", "zzz")
    assert caught.value.unknown == ["ex_nothing", "zzz"]


def test_advice_carries_legal_basis_steps_contacts_and_the_identification_statement(kb: KnowledgeBase) -> None:
    result = run(kb, *EXPLOITATION, *DECEPTION, *COERCION, "llv_unlawful_deductions")
    advice = advice_for(kb, result)
    assert any("art. 388" in b.text.en for b in advice.legal_basis)
    kinds = {s.kind for s in advice.next_steps}
    assert {"first-contact", "referral", "labour-law"} <= kinds
    assert any("art. 123" in s.text.en for s in advice.steps_of("labour-law"))  # from the recorded check
    assert {c.id for c in advice.contacts} >= {"police-emergency", "centre-for-protection-of-victims"}
    assert "not the inspector's decision" in advice.identification.en
    assert "nije odluka inspektora" in advice.identification.sr
    assert all(g.startswith("kb:") for g in advice.guidance)


def test_every_bundled_case_gives_its_expected_outcome(kb: KnowledgeBase) -> None:
    cases = list(kb.iter_cases())
    assert len(cases) >= 8
    for case in cases:
        assert assess(kb, case.recorded).outcome == case.expected_outcome, case.path.name


# --- properties ------------------------------------------------------------------------------


def ids_strategy(kb: KnowledgeBase) -> st.SearchStrategy[list[str]]:
    return st.lists(st.sampled_from(sorted(kb.recordable_ids())), max_size=25)


@given(data=st.data())
def test_one_more_id_never_makes_the_outcome_less_serious(kb: KnowledgeBase, data: st.DataObject) -> None:
    rules = kb.rule_sets["research"]
    ids = data.draw(ids_strategy(kb))
    extra = data.draw(st.sampled_from(sorted(kb.recordable_ids())))
    before = run(kb, *ids)
    after = run(kb, *ids, extra)
    assert rules.seriousness(after.outcome) <= rules.seriousness(before.outcome), (ids, extra)
    assert set(before.positive_dimensions) <= set(after.positive_dimensions)


@given(data=st.data())
def test_the_order_and_repetition_of_ids_do_not_matter(kb: KnowledgeBase, data: st.DataObject) -> None:
    ids = data.draw(ids_strategy(kb))
    shuffled = list(ids) + ids[: len(ids) // 2]
    random.Random(data.draw(st.integers(0, 10_000))).shuffle(shuffled)
    first, second = run(kb, *ids), run(kb, *shuffled)
    assert first == second
    assert [e.text for e in trace_entries(kb, first)] == [e.text for e in trace_entries(kb, second)]


@given(data=st.data())
def test_every_result_explains_itself(kb: KnowledgeBase, data: st.DataObject) -> None:
    result = run(kb, *data.draw(ids_strategy(kb)))
    entries = trace_entries(kb, result)
    applied = [e for e in entries if e.step == "outcome" and e.positive]
    assert len(applied) == 1 and applied[0].data["outcome"] == result.outcome
    for dim in result.dimensions:
        assert dim.text.en and dim.text.sr
        if dim.positive:
            assert dim.met is not None
            assert all(kb.label_of(i, "en") in dim.text.en for i in dim.indicators)
        elif dim.indicators:
            assert "needs" in dim.text.en and "treba" in dim.text.sr
