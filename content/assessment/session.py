"""One assessment in progress: the answers given so far, the path they lead along, what they
record, and what remains to check. Qt-free: the wizard shows it, the store saves it.

The path follows each answer; where a question has no answer yet it follows the "not known" branch,
which is the one that asks the most (a routing question answered "not known" still leads into its
details). Answers to questions that an earlier answer now skips are kept, shown as not counted, and
count again if the earlier answer changes back — going back never loses an answer."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from content.assessment.engine import AssessmentResult, assess
from content.assessment.model import ANSWERS, END, DecisionTree, Node, Rules, Section
from content.model import KnowledgeBase

if TYPE_CHECKING:
    from content.fieldkit_answers import WorkerCard

REVIEW = "@review"  # the review screen, after the last question
OUTCOME = "@outcome"  # the outcome page
STEPS_AFTER_QUESTIONS = (REVIEW, OUTCOME)


@dataclass(frozen=True)
class SectionProgress:
    section: Section
    on_path: int  # questions of this section on the current path
    answered: int  # of those, how many have an answer
    unknown: int  # of those, how many were answered "not known"

    @property
    def skipped(self) -> bool:
        return self.on_path == 0

    @property
    def complete(self) -> bool:
        return self.on_path > 0 and self.answered == self.on_path


class Session:
    def __init__(
        self,
        kb: KnowledgeBase,
        tree: DecisionTree,
        answers: Mapping[str, str] | None = None,
        position: str = "",
        rules: Rules | None = None,
    ) -> None:
        self.kb = kb
        self.tree = tree
        # The rule set the outcome is computed with: the one chosen when the assessment was started
        # (a saved assessment keeps it), else the default one.
        self.rules = rules or kb.rules
        # Answers to nodes the tree no longer has (an older tree version) are ignored, not lost:
        # the store keeps them.
        self.answers: dict[str, str] = {n: a for n, a in (answers or {}).items() if n in tree.nodes and a in ANSWERS}
        self.position = position if self._valid_step(position) else (self.first_pending() or REVIEW)
        # The worker's own answers given on the card (field kit): they count only once the
        # inspector has confirmed or changed them.
        self.card: WorkerCard | None = None

    # -- steps ---------------------------------------------------------------------------
    def _valid_step(self, step: str) -> bool:
        return step in STEPS_AFTER_QUESTIONS or step in self.tree.nodes

    def first_step(self) -> str:
        return self.tree.start

    def path(self) -> list[str]:
        """The nodes the current answers lead through, from the start to the end."""
        route: list[str] = []
        node_id = self.tree.start
        while node_id != END and node_id not in route:  # the tree is checked to have no cycle
            route.append(node_id)
            node = self.tree.nodes[node_id]
            answer = self.answers.get(node_id, "unknown") if node.is_question else "next"
            node_id = self.tree.target(node_id, answer)
        return route

    def steps(self) -> list[str]:
        return [*self.path(), *STEPS_AFTER_QUESTIONS]

    def next_step(self, step: str | None = None) -> str:
        steps = self.steps()
        step = step or self.position
        if step not in steps:
            return self.resume_step()
        index = steps.index(step)
        return steps[min(index + 1, len(steps) - 1)]

    def previous_step(self, step: str | None = None) -> str | None:
        steps = self.steps()
        step = step or self.position
        if step not in steps:
            return None
        index = steps.index(step)
        return steps[index - 1] if index > 0 else None

    def resume_step(self) -> str:
        """Where to continue: the saved position if it is still on the path, else the first question
        without an answer, else the review."""
        if self.position in STEPS_AFTER_QUESTIONS or self.position in self.path():
            return self.position
        return self.first_pending() or REVIEW

    # -- answers -------------------------------------------------------------------------
    def node(self, node_id: str) -> Node:
        return self.tree.nodes[node_id]

    def set_answer(self, node_id: str, answer: str) -> None:
        if node_id not in self.tree.nodes or not self.tree.nodes[node_id].is_question:
            raise KeyError(node_id)
        if answer not in ANSWERS:
            raise ValueError(answer)
        self.answers[node_id] = answer

    def recorded_by(self, node_id: str) -> tuple[str, ...]:
        answer = self.answers.get(node_id)
        if answer is None:
            return ()
        return self.tree.nodes[node_id].branch(answer).record

    def questions_on_path(self) -> list[str]:
        return [n for n in self.path() if self.tree.nodes[n].is_question]

    def recorded(self) -> tuple[str, ...]:
        """Every id recorded by the answers on the current path, without repeats, in path order; then
        what the worker's answers on the card record once the inspector has decided on them."""
        seen: dict[str, None] = {}
        for node_id in self.questions_on_path():
            for item in self.recorded_by(node_id):
                seen.setdefault(item, None)
        if self.card is not None:
            for item in self.card.recorded_ids():
                seen.setdefault(item, None)
        return tuple(seen)

    def result(self) -> AssessmentResult:
        return assess(self.kb, self.recorded(), self.rules)

    def pending(self) -> list[str]:
        """Questions on the path without an answer yet."""
        return [n for n in self.questions_on_path() if n not in self.answers]

    def first_pending(self) -> str | None:
        pending = self.pending()
        return pending[0] if pending else None

    def unknowns(self) -> list[str]:
        """Questions on the path answered "not known": what remains to check."""
        return [n for n in self.questions_on_path() if self.answers.get(n) == "unknown"]

    def not_counted(self) -> list[str]:
        """Answered questions that an earlier answer now skips: kept, but not counted."""
        on_path = set(self.path())
        return [n for n in self.tree.order if n in self.answers and n not in on_path]

    # -- sections ------------------------------------------------------------------------
    def progress(self) -> list[SectionProgress]:
        on_path = set(self.questions_on_path())
        result = []
        for section in self.tree.sections:
            mine = [n for n in section.node_ids if n in on_path]
            result.append(
                SectionProgress(
                    section=section,
                    on_path=len(mine),
                    answered=sum(1 for n in mine if n in self.answers),
                    unknown=sum(1 for n in mine if self.answers.get(n) == "unknown"),
                )
            )
        return result

    def section_entry(self, section_id: str) -> str | None:
        """Where a click on a section goes: its first unanswered question on the path, else its first
        node on the path; None when the section is skipped entirely."""
        section = self.tree.section(section_id)
        if section is None:
            return None
        path = self.path()
        mine = [n for n in path if n in section.node_ids]
        if not mine:
            return None
        return next((n for n in mine if self.tree.nodes[n].is_question and n not in self.answers), mine[0])

    def question_number(self, node_id: str) -> tuple[int, int]:
        """(n, of) among the questions on the current path; (0, of) when the node is not on it."""
        questions = self.questions_on_path()
        return (questions.index(node_id) + 1 if node_id in questions else 0, len(questions))
