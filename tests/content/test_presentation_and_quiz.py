"""Trainer mode without Qt: cases and articles as slides, paging, where a presentation stands,
the self-test (the list offered, scoring, explanations) and the room against the case."""

from __future__ import annotations

from collections.abc import Sequence

import pytest
from hypothesis import given
from hypothesis import strategies as st

from content.loader import LoadResult
from content.model import Case, KnowledgeBase
from content.pages import PageBuilder
from content.presentation import (
    Deck,
    Presentation,
    Unit,
    article_deck,
    breakable,
    card_units,
    case_deck,
    paginate,
    split_trainer_notes,
    top_level_blocks,
)
from content.selftest import KEY_FACTS, build_quiz, case_says, compare_with_case, score_quiz


@pytest.fixture(scope="module")
def kb(real_load: LoadResult) -> KnowledgeBase:
    return real_load.kb


@pytest.fixture(scope="module")
def pages(kb: KnowledgeBase) -> PageBuilder:
    return PageBuilder(kb)


def deck_of(kb: KnowledgeBase, pages: PageBuilder, case_id: str, lang: str = "en") -> Deck:
    case = kb.case(case_id, lang)
    assert case is not None
    return case_deck(kb, case, lambda text: pages.render_markdown(text, case.lang))


def drivers(kb: KnowledgeBase) -> Case:
    case = kb.case("drivers-camp")
    assert case is not None
    return case


# --- slides ---------------------------------------------------------------------------------


def test_slide_deck_of_every_case_is_a_title_and_its_five_steps(kb: KnowledgeBase, pages: PageBuilder) -> None:
    for case in kb.iter_cases():
        deck = deck_of(kb, pages, case.id, case.lang)
        assert [s.key for s in deck.slides] == ["title", "situation", "findings", "questions", "analysis", "actions"]
        assert [s.hidden for s in deck.slides] == [False, False, False, False, True, False]
        assert deck.slides[2].cards and all(u.heading for u in deck.slides[2].units), case.id
        assert deck.expected_outcome == case.expected_outcome and deck.recorded == case.recorded


def test_slide_findings_are_cards_one_per_bold_heading(kb: KnowledgeBase, pages: PageBuilder) -> None:
    findings = deck_of(kb, pages, "drivers-camp").slides[2]
    assert [u.heading for u in findings.units] == [
        "The camp",
        "Contracts and pay",
        "Working time",
        "What was not found",
        "Dependence",
    ]
    assert "shipping containers" in findings.units[0].html and "shipping containers" not in findings.units[1].html
    serbian = deck_of(kb, pages, "drivers-camp", "sr").slides[2]
    assert serbian.title == "Šta je inspekcija utvrdila" and serbian.units[0].heading == "Kamp"


def test_slide_cards_without_headings_fall_back_to_list_items() -> None:
    units = card_units("<p>Intro</p>\n<ul>\n<li>one</li>\n<li>two</li>\n</ul>")
    assert [u.html for u in units] == ["<p>Intro</p>", "<ul><li>one</li></ul>", "<ul><li>two</li></ul>"]
    numbered = card_units("<ol>\n<li>a</li>\n<li>b</li>\n</ol>")
    assert numbered[1].html == '<ol start="2"><li>b</li></ol>'


def test_slide_trainer_notes_are_split_by_step_with_their_minutes(kb: KnowledgeBase) -> None:
    general, per_step = split_trainer_notes(drivers(kb))
    assert per_step["findings"][1] == 10 and per_step["findings"][0].startswith("Ask groups to list what they did NOT")
    assert per_step["actions"][0].startswith("Denmark")
    assert general[0].startswith("Purpose: restraint") and general[-1].startswith("Typical mistakes")
    sr_general, sr_steps = split_trainer_notes(kb.case("drivers-camp", "sr"))  # type: ignore[arg-type]
    assert set(sr_steps) == {"situation", "findings", "questions", "analysis", "actions"}
    assert sr_steps["analysis"] == (sr_steps["analysis"][0], 15) and sr_general[0].startswith("Svrha")


def test_slide_article_is_split_at_level_two_headings(kb: KnowledgeBase, pages: PageBuilder) -> None:
    article = kb.article("first-contact")
    assert article is not None
    deck = article_deck(article, lambda text: pages.render_markdown(text, "en"))
    headings = [line[3:] for line in article.body.split("\n") if line.startswith("## ")]
    assert len(deck.slides) == len(headings) + 1
    assert deck.slides[0].title == article.title and "first contact often decides" in deck.slides[0].units[1].html
    assert deck.slides[2].title == "The first five minutes — checklist"
    assert not any(s.cards or s.hidden for s in deck.slides)


def test_slide_long_ids_may_break_but_links_stay_intact() -> None:
    html = breakable('<td>ex_low_or_no_salary (M)</td><a href="kb:ex_low_or_no_salary">x</a>')
    assert "ex_\u200blow_\u200bor_\u200bno_\u200bsalary" in html and 'href="kb:ex_low_or_no_salary"' in html


@given(st.lists(st.sampled_from(["p", "ul", "table", "div", "h3"]), min_size=1, max_size=12))
def test_slide_top_level_blocks_round_trip(tags: list[str]) -> None:
    inner = {"p": "text <b>bold</b>", "ul": "<li>a</li><li>b <i>c</i></li>", "table": "<tr><td>x</td></tr>"}
    blocks = [f"<{t}>{inner.get(t, 'x<br>y')}</{t}>" for t in tags]
    assert top_level_blocks("\n".join(blocks)) == blocks


# --- paging and moving ------------------------------------------------------------------------


def fits_at_most(n: int) -> object:
    return lambda units, _continued: len(units) <= n


def test_slide_pages_never_end_with_a_heading() -> None:
    units = [Unit("<p>a</p>"), Unit("<h3>Head</h3>"), Unit("<p>b</p>"), Unit("<p>c</p>")]
    pages = paginate(units, fits_at_most(2))  # type: ignore[arg-type]
    assert [(p.start, p.end) for p in pages] == [(0, 1), (1, 3), (3, 4)]
    assert [(p.start, p.end) for p in paginate(units[:1], lambda u, c: False)] == [(0, 1)]  # too big: alone
    nothing_fits = [(p.start, p.end) for p in paginate(units, lambda u, c: len(u) < 2)]
    assert nothing_fits == [(0, 1), (1, 3), (3, 4)], "the heading goes with its text even when that overflows"


def test_present_forward_shows_findings_one_card_at_a_time_then_reveals(kb: KnowledgeBase, pages: PageBuilder) -> None:
    show = Presentation(deck_of(kb, pages, "drivers-camp"))
    show.forward()
    show.forward()
    assert show.slide.key == "findings" and [u.heading for u in show.visible_units()] == ["The camp"]
    assert show.cards_left() == 4
    show.forward()
    assert [u.heading for u in show.visible_units()] == ["The camp", "Contracts and pay"]
    show.back()
    assert len(show.visible_units()) == 1
    for _ in range(4):
        show.forward()
    assert show.slide.key == "findings" and show.cards_left() == 0
    show.forward()
    assert show.slide.key == "questions"
    show.forward()
    assert show.slide.key == "analysis" and show.is_hidden() and show.visible_units() == ()
    show.forward()  # the next click reveals
    assert not show.is_hidden() and show.visible_units()
    show.back()
    show.forward()
    assert not show.is_hidden(), "what the room has seen stays revealed"
    show.toggle_reveal()
    assert show.is_hidden()
    show.last()
    assert show.slide.key == "actions" and show.at_end() and not show.forward()
    show.back()
    assert show.slide.key == "analysis" and show.is_hidden()
    show.first()
    assert show.at_start() and not show.back()


def test_present_back_into_the_findings_shows_all_cards(kb: KnowledgeBase, pages: PageBuilder) -> None:
    show = Presentation(deck_of(kb, pages, "drivers-camp"))
    show.go_to_slide(3)
    show.back()
    assert show.slide.key == "findings" and len(show.visible_units()) == 5


def test_present_new_layout_keeps_the_room_on_the_same_card(kb: KnowledgeBase, pages: PageBuilder) -> None:
    show = Presentation(deck_of(kb, pages, "drivers-camp"))
    show.go_to_slide(2)
    show.forward()
    show.forward()  # three cards showing on one page
    assert len(show.visible_units()) == 3

    def two_per_page(_slide: int, units: Sequence[Unit], _continued: bool) -> bool:
        return len(units) <= 2

    show.layout(two_per_page)
    frame = show.frame
    assert (frame.slide, frame.page, frame.shown) == (2, 1, 1)
    assert [u.heading for u in show.visible_units()] == ["Working time"]
    assert show.page_count() == 3 and show.cards_left() == 2
    show.go_to_slide(1)
    show.layout(lambda *_a: True)
    assert show.slide.key == "situation" and show.frame.page == 0


# --- self-test --------------------------------------------------------------------------------


def test_quiz_offers_the_model_answer_traps_key_facts_and_same_dimension_distractors(kb: KnowledgeBase) -> None:
    case = drivers(kb)
    quiz = build_quiz(kb, case)
    offered = set(quiz.ids)
    assert set(case.recorded) <= offered and quiz.answer == frozenset(case.recorded)
    assert {"ex_excessive_working_days_or_hours", "vd_personal_characteristics", "llv_below_minimum_wage"} <= offered
    assert set(KEY_FACTS) <= offered
    distractors = offered - set(case.recorded)
    assert 6 <= len(distractors) <= 12
    dims = {kb.indicators[i].dimension for i in case.recorded if i in kb.indicators}
    assert all(kb.indicators[i].dimension in dims for i in distractors if i in kb.indicators)
    assert build_quiz(kb, case).ids == quiz.ids, "the same case always offers the same list"
    order = [c.id for g in quiz.groups if g.kind == "dimension" for c in g.candidates]
    catalogue = [i for i in kb.indicators if i in order]
    assert order == catalogue, "catalogue order gives nothing away"


def test_quiz_scores_misses_and_false_alarms_with_the_case_s_own_words(kb: KnowledgeBase) -> None:
    case = drivers(kb)
    quiz = build_quiz(kb, case)
    ticked = [*case.recorded[:4], "ex_excessive_working_days_or_hours", "minor", "not_an_id"]
    result = score_quiz(kb, case, quiz, ticked, "possible-thb")
    assert result.hits == tuple(i for i in quiz.ids if i in case.recorded[:4])
    assert set(result.misses) == set(case.recorded[4:])
    assert set(result.false_alarms) == {"ex_excessive_working_days_or_hours", "minor"}
    assert not result.outcome_correct and result.ticks_outcome == "possible-thb-child"
    assert result.score == round(70 * 4 / 9)
    alarm = next(e for e in result.explanations if e.id == "ex_excessive_working_days_or_hours")
    assert alarm.kind == "false-alarm" and "there is no evidence on hours yet" in alarm.case_says
    assert "“Excessive working days or hours”" in alarm.case_says and "`" not in alarm.case_says
    assert alarm.href == "kb:ex_excessive_working_days_or_hours" and alarm.meaning
    miss = next(e for e in result.explanations if e.kind == "miss" and e.id == "llv_substandard_employer_housing")
    assert "employer provides it" in miss.case_says
    perfect = score_quiz(kb, case, quiz, case.recorded, case.expected_outcome)
    assert perfect.score == 100 and not perfect.explanations and perfect.outcome_correct


def test_quiz_case_says_skips_passages_that_only_list_ids(kb: KnowledgeBase) -> None:
    case = kb.case("raspberry-harvest-control")
    assert case is not None
    said = case_says(kb, case, "ex_no_social_protection")  # listed by id; explained by its label
    assert said.startswith('"No social protection" is recorded because the pickers have no insurance')
    low_pay = case_says(kb, case, "ex_low_or_no_salary")
    assert "four pickers fall short of the hourly floor" in low_pay
    assert low_pay.count("Very low pay, no pay, or pay only in kind") == 1 and "()" not in low_pay


def test_quiz_every_case_can_be_taken_in_both_languages(kb: KnowledgeBase) -> None:
    for case in kb.iter_cases():
        quiz = build_quiz(kb, case)
        result = score_quiz(kb, case, quiz, [], "no-indication")
        assert result.misses == tuple(i for i in quiz.ids if i in case.recorded)
        assert all(e.label and (e.case_says or e.meaning) for e in result.explanations), case.id


def test_present_live_comparison_says_which_way_the_room_went(kb: KnowledgeBase) -> None:
    case = drivers(kb)
    room = [*case.recorded[:3], "cd_threats"]
    comparison = compare_with_case(kb, case, room, "possible-thb")
    assert comparison.room_only == ("cd_threats",) and comparison.shared == case.recorded[:3]
    assert comparison.case_only == case.recorded[3:] and comparison.seriousness < 0
    assert compare_with_case(kb, case, [], "no-indication").seriousness > 0
    same = compare_with_case(kb, case, case.recorded, case.expected_outcome)
    assert same.same_outcome and same.seriousness == 0
