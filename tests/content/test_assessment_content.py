"""rules.yaml and trees/*.yaml: `content check` names file and line for every kind of mistake, and the
bundled tree covers every indicator, check and fact with questions in the right phase."""

from __future__ import annotations

from pathlib import Path

import pytest

from content.assessment.engine import assess
from content.assessment.model import END, DecisionTree
from content.assessment.treecheck import successors
from content.checks import check_links
from content.loader import LoadResult, load_knowledge_base

RECRUITMENT = ("deceptive_recruitment", "coercive_recruitment", "recruitment_abuse_of_vulnerability")
DESTINATION = ("exploitative_conditions_of_work", "coercion_at_destination", "abuse_of_vulnerability_at_destination")


def problems_of(root: Path) -> list[str]:
    result = load_knowledge_base(root)
    return [p.format(root) for p in result.problems + check_links(result.kb)]


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


# --- rules.yaml ------------------------------------------------------------------------------


def test_the_rules_are_data_an_editor_can_change(mini_kb_dir: Path) -> None:
    kb = load_knowledge_base(mini_kb_dir).kb
    lone_strong = ["ex_excessive_working_days_or_hours"]
    assert assess(kb, lone_strong).outcome == "labour-law-violation"
    # An editor decides that one strong indicator is enough: no programmer needed.
    edit(mini_kb_dir / "rules.yaml", "    - strong: 2\n", "    - strong: 1\n")
    kb = load_knowledge_base(mini_kb_dir).kb
    assert problems_of(mini_kb_dir) == []
    assert assess(kb, lone_strong).outcome == "severe-labour-exploitation"


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        ('version: "test-1"\n', "", "rules.yaml:2: missing required field 'version'"),
        (
            "dimensions: [exploitative_conditions_of_work,",
            "dimensions: [no_such_dimension,",
            "rules.yaml:3: unknown dimension 'no_such_dimension' (not in indicators.yaml)",
        ),
        (
            "    - medium: 3\n",
            "    - medium: 0\n",
            "rules.yaml:14: 'medium' must be a whole number of at least 1, not '0'",
        ),
        (
            "    - medium: 3\n",
            "    - middling: 3\n",
            "rules.yaml:14: unknown strength 'middling' (use strong, medium or weak)",
        ),
        (
            "    when: {positive: exploitative_conditions_of_work}",
            "    when: {positive: coercive_recruitment}",
            "rules.yaml:69: 'coercive_recruitment' is not a weighted dimension of this rules file",
        ),
        (
            "        - fact: minor\n",
            "        - fact: adult\n",
            "rules.yaml:40: unknown fact 'adult' (see labour_law_checks.yaml)",
        ),
        (
            "        - any_check: true\n",
            "        - any_chek: true\n",
            "rules.yaml:77: unknown condition 'any_chek' (use one of: all, any, always, fact, recorded, positive, "
            "any_positive, any_check, any_indicator_in)",
        ),
        (
            "    when: always\n",
            "    when: {any_check: true}\n",
            "rules.yaml:80: the last outcome must have 'when: always', so that there is always an outcome",
        ),
        (
            "  - id: possible-thb-child\n",
            "  - id: possible-child\n",
            "rules.yaml:33: unknown outcome 'possible-child' (known: urgent-danger, possible-thb-child, possible-thb, "
            "forced-labour-indicators, severe-labour-exploitation, labour-law-violation, no-indication)",
        ),
        ('    label_sr: "Moguća trgovina detetom"\n', "", "rules.yaml:33: missing required field 'label_sr'"),
        (
            "      - kind: referral\n",
            "      - kind: pray\n",
            "rules.yaml:29: next step kind must be one of first-contact, referral, labour-law, follow-up, not 'pray'",
        ),
        (
            'link: "kb:serbian-law#means"',
            'link: "kb:serbian-law#nowhere"',
            "rules.yaml:54: broken kb: link 'kb:serbian-law#nowhere': "
            "no heading with anchor '#nowhere' in 'serbian-law'",
        ),
        (
            'guidance: ["kb:serbian-law"]',
            'guidance: ["kb:gone"]',
            "rules.yaml:79: broken kb: link 'kb:gone': unknown target 'gone'",
        ),
    ],
)
def test_rules_problems_are_reported_with_file_and_line(mini_kb_dir: Path, old: str, new: str, expected: str) -> None:
    edit(mini_kb_dir / "rules.yaml", old, new)
    found = problems_of(mini_kb_dir)
    assert expected in found, found


def test_outcomes_out_of_order_are_reported(mini_kb_dir: Path) -> None:
    path = mini_kb_dir / "rules.yaml"
    text = path.read_text(encoding="utf-8")
    head, _, rest = text.partition("outcomes:\n")
    blocks = rest.split("  - id: ")
    blocks[1], blocks[2] = blocks[2], blocks[1]  # swap urgent-danger and possible-thb-child
    path.write_text(head + "outcomes:\n" + "  - id: ".join(blocks), encoding="utf-8")
    assert any("outcomes must be listed most serious first" in p for p in problems_of(mini_kb_dir))


def test_missing_rules_file_is_a_problem_and_the_app_still_loads(mini_kb_dir: Path) -> None:
    (mini_kb_dir / "rules.yaml").unlink()
    result = load_knowledge_base(mini_kb_dir)
    assert result.kb.rules is None
    assert "rules.yaml:1: file is missing: the assessment needs its rules" in [
        p.format(mini_kb_dir) for p in result.problems
    ]
    assert "passports" in result.kb.articles


def test_case_whose_expected_outcome_the_engine_contradicts_is_reported(mini_kb_dir: Path) -> None:
    edit(mini_kb_dir / "cases/farm.md", "expected_outcome: labour-law-violation", "expected_outcome: possible-thb")
    assert (
        "cases/farm.md:6: expected_outcome is 'possible-thb' but the assessment engine gives "
        "'labour-law-violation' for the recorded ids (positive dimensions: none)"
    ) in problems_of(mini_kb_dir)


# --- trees/*.yaml ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        (
            "        no: {next: end}\n",
            "        no: {next: danger}\n",
            "trees/mini.yaml:10: cycle: danger → child → hours → pay → employed → danger",
        ),
        (
            "        no: {next: end}\n",
            "        no: {next: nowhere}\n",
            "trees/mini.yaml:47: 'no' of 'employed' goes to unknown node 'nowhere'",
        ),
        (
            "        yes: {record: [minor]}\n",
            "        yes: {record: [minor], next: pay}\n        no: {next: pay}\n        unknown: {next: pay}\n"
            "        # hours is now skipped on every path\n",
            "trees/mini.yaml:32: node 'hours' cannot be reached from 'danger'",
        ),
        (
            "yes: {record: [ex_low_or_no_salary]}",
            "yes: {record: [ex_low_pay]}",
            "trees/mini.yaml:42: unknown id 'ex_low_pay' recorded by 'pay'",
        ),
        (
            "yes: {record: [ex_low_or_no_salary]}",
            "yes: {record: [cd_confiscation_of_documents]}",
            "trees/mini.yaml:42: 'pay' is in a 'exploitative_conditions_of_work' section but records "
            "'cd_confiscation_of_documents' of 'coercion_at_destination'",
        ),
        (
            '        link: "kb:ex_low_or_no_salary"\n',
            "",
            "trees/mini.yaml:36: question 'pay' needs a 'link' to its guidance (kb:...)",
        ),
        (
            "(kb:serbian-law)",
            "(kb:serbian-lore)",
            "trees/mini.yaml:29: broken kb: link 'kb:serbian-lore': unknown target 'serbian-lore'",
        ),
        (
            "      - id: pay\n",
            "      - id: hours\n",
            "trees/mini.yaml:36: duplicate node id 'hours' (first on line 29)",
        ),
        ('        text_sr: "Veoma niska zarada?"\n', "", "trees/mini.yaml:36: missing required field 'text_sr'"),
        (
            "        yes: {record: [ex_low_or_no_salary]}\n",
            "        maybe: {record: [ex_low_or_no_salary]}\n",
            "trees/mini.yaml:42: unknown field 'maybe' in question 'pay'",
        ),
    ],
)
def test_tree_problems_are_reported_with_file_and_line(mini_kb_dir: Path, old: str, new: str, expected: str) -> None:
    edit(mini_kb_dir / "trees/mini.yaml", old, new)
    found = problems_of(mini_kb_dir)
    assert expected in found, found


def test_a_broken_tree_is_not_used_but_the_rest_loads(mini_kb_dir: Path) -> None:
    edit(mini_kb_dir / "trees/mini.yaml", "        no: {next: end}\n", "        no: {next: danger}\n")
    result = load_knowledge_base(mini_kb_dir)
    assert "mini" not in result.kb.trees
    assert result.kb.rules is not None


def test_unquoted_yes_and_no_keys_are_answers_not_booleans(mini_kb_dir: Path) -> None:
    tree = load_knowledge_base(mini_kb_dir).kb.trees["mini"]
    assert tree.nodes["child"].branch("yes").record == ("minor",)
    assert tree.target("employed", "no") == END


# --- the bundled tree ------------------------------------------------------------------------


@pytest.fixture(scope="module")
def tree(real_load: LoadResult) -> DecisionTree:
    return real_load.kb.trees["labour-exploitation"]


def test_bundled_tree_covers_every_delphi_indicator_check_and_fact(real_load: LoadResult, tree: DecisionTree) -> None:
    kb = real_load.kb
    recorded = {i for node in tree.nodes.values() for i in node.recordable()}
    delphi = {i for i, ind in kb.indicators.items() if ind.strength != "n/a"}
    assert len(delphi) == 67
    assert delphi - recorded == set()
    assert set(kb.checks) - recorded == set()
    assert set(kb.facts) - recorded == set()


def test_bundled_tree_asks_recruitment_and_destination_in_their_own_sections(
    real_load: LoadResult, tree: DecisionTree
) -> None:
    kb = real_load.kb
    dimensions_of_sections = {s.dimension for s in tree.sections if s.dimension}
    assert dimensions_of_sections == set(RECRUITMENT) | set(DESTINATION)
    for node in tree.questions():
        section = tree.section_of(node.id)
        for item in node.recordable():
            indicator = kb.indicators.get(item)
            if indicator is None or indicator.strength == "n/a":
                continue
            assert indicator.dimension == section.dimension, (node.id, item)
        assert node.text.en.endswith("?") and node.text.sr.endswith("?"), node.id
        assert node.help.en and node.help.sr and node.link.startswith("kb:"), node.id


def test_every_path_through_the_bundled_tree_ends(tree: DecisionTree) -> None:
    paths = 0
    stack: list[tuple[str, tuple[str, ...]]] = [(tree.start, ())]
    while stack:
        node_id, seen = stack.pop()
        assert node_id not in seen, f"cycle through {node_id}"
        targets = {target for _answer, target in successors(tree, node_id)}
        for target in targets:
            if target == END:
                paths += 1
            else:
                stack.append((target, (*seen, node_id)))
    assert paths > 10  # the routing questions really branch
