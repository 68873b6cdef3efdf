"""Tests for the time topics: keys recomputed from the prompt and the clock or timetable, level by level."""

import calendar
import datetime
import re
from fractions import Fraction

import pytest

from ks2practice import answers
from ks2practice.answers.kinds import Choice, Comparison, Measure, TimeOfDay, TrueFalse, WholeNumber
from ks2practice.content.time import common as t
from ks2practice.content.time.read_clocks import ROMAN
from ks2practice.core import notation, registry
from ks2practice.core.model import Level, Spec, Status
from ks2practice.pictures.diagrams import AnalogueClock, DigitalClock, Table, Timeline
from ks2practice.pictures.svg import to_svg

TIME_TOPICS = ("time.read_clocks", "time.twelve_24_hour", "time.durations", "time.time_units")
SEEDS = range(150)
CASES = [(topic_id, level) for topic_id in TIME_TOPICS for level in Level]

_TIME = re.compile(r"\b(\d{1,2}):(\d{2})(?: (am|pm))?|\b12 (noon|midnight)\b")


def minutes_of(match: re.Match) -> int:
    """A time written in a prompt, in minutes after midnight, read independently of the topic module."""
    if match[4]:
        return 12 * 60 if match[4] == "noon" else 0
    hour, minute = int(match[1]), int(match[2])
    if match[3] == "pm" and hour != 12:
        hour += 12
    if match[3] == "am" and hour == 12:
        hour = 0
    return hour * 60 + minute


def times_in(text: str) -> list[int]:
    return [minutes_of(m) for m in _TIME.finditer(text)]


def key_value(answer) -> object:
    if isinstance(answer, TrueFalse):
        return answer.value
    if isinstance(answer, Comparison):
        return answer.sign
    if isinstance(answer, Choice):
        return answer.correct
    return answer.numeric()


def confirmed(question) -> bool:
    answer = question.answer
    if isinstance(answer, Comparison):
        return notation.evaluate(question.check.replace("□", answer.sign)) is True
    if isinstance(answer, (TrueFalse,)):
        return notation.evaluate(question.check) is answer.value
    if isinstance(answer, Choice):
        return notation.evaluate(question.check) is True
    return notation.evaluate(question.check) == answer.numeric()


@pytest.mark.parametrize(("topic_id", "level"), CASES)
def test_every_time_question_is_sound(topic_id, level):
    entry = registry.get(topic_id)
    seen = set()
    for seed in SEEDS:
        question = registry.generate(Spec(topic_id, level, seed))
        label = f"{question.spec.code}: {question.prompt!r} key {question.answer.format()!r} check {question.check!r}"
        seen.add(question.style)
        assert confirmed(question), label
        assert question.answer.format() in question.solution[-1], label
        assert len(question.prompt) <= 400, label
        assert answers.check(question, question.answer.format()).status is Status.CORRECT, label
        for predicted in question.misconceptions:
            verdict = answers.check(question, predicted.response)
            assert verdict.status is Status.MISCONCEPTION, f"{predicted}: {label}"
        if question.diagram is not None:
            assert to_svg(question.diagram).startswith("<svg"), label
    assert seen == set(entry.styles), (topic_id, level, seen)
    assert len(entry.styles) >= 4


def test_the_time_topics_serve_every_time_code():
    codes = {code for topic_id in TIME_TOPICS for code in registry.get(topic_id).codes}
    assert {"3M4a", "3M4b", "3M4c", "3M4d", "3M4e", "3M4f", "4M4a", "4M4b", "4M4c", "5M4"} <= codes


# ---------------------------------------------------------------------------------------- reading clocks


@pytest.mark.parametrize("level", list(Level))
def test_a_clock_reading_is_the_time_the_hands_show(level):
    allowed = {1: {0, 15, 30, 45}, 2: set(range(5, 60, 5)), 3: {m for m in range(60) if m % 5}}[int(level)]
    romans = 0
    for seed in range(120):
        question = registry.generate(Spec("time.read_clocks", level, seed, style="fluency"))
        clock = question.diagram
        assert isinstance(clock, AnalogueClock)
        assert clock.minutes in allowed, question.prompt
        if "points to" in question.prompt:  # a Roman numeral face: how many minutes past or to
            numeral = re.search(r"points to ([IVX]+)\.", question.prompt)[1]
            assert clock.roman and ROMAN.index(numeral) * 5 == clock.minutes
            gap = clock.minutes if "past the hour" in question.prompt else 60 - clock.minutes
            assert isinstance(question.answer, WholeNumber) and question.answer.value == gap
            romans += 1
            continue
        assert isinstance(question.answer, TimeOfDay) and question.answer.minutes == clock.hours * 60 + clock.minutes
        afternoon = "afternoon" in question.prompt or "evening" in question.prompt
        assert (clock.hours >= 12) == afternoon, question.prompt
        romans += clock.roman
        for predicted in question.misconceptions:  # only ever the hour hand read as the next hour
            assert predicted.misconception == "hour_hand_next_hour" and clock.minutes > 30
    assert (romans == 0) == (level == Level.WORKING_TOWARDS)


def test_ten_to_nine_read_as_ten_to_ten_is_diagnosed():
    for seed in range(300):
        question = registry.generate(Spec("time.read_clocks", 2, seed, style="fluency"))
        if (question.diagram.hours, question.diagram.minutes) == (8, 50):
            verdict = answers.check(question, "9:50")
            assert verdict.misconception == "hour_hand_next_hour"
            assert answers.check(question, "8:50").correct
            return
    pytest.fail("no 8:50 clock in 300 seeds")


def test_a_roman_numeral_read_as_the_minutes_is_diagnosed():
    for seed in range(300):
        question = registry.generate(Spec("time.read_clocks", 2, seed, style="fluency"))
        if "past the hour" in question.prompt and question.diagram.minutes >= 10:
            numeral = re.search(r"points to ([IVX]+)\.", question.prompt)[1]
            verdict = answers.check(question, str(ROMAN.index(numeral)))
            assert verdict.misconception == "numeral_as_minutes"
            return
    pytest.fail("no Roman numeral question in 300 seeds")


def test_noon_and_midnight_are_asked_at_greater_depth():
    keys = {}
    for seed in range(400):
        question = registry.generate(Spec("time.twelve_24_hour", 3, seed, style="fluency"))
        if question.prompt.startswith(("Write midnight", "Write noon")):
            keys[question.prompt.split()[1]] = question.answer.format()
    assert keys == {"midnight": "00:00", "noon": "12:00"}


def test_the_word_problem_counts_on_from_the_clock():
    for seed in range(60):
        question = registry.generate(Spec("time.read_clocks", 3, seed, style="word_problem"))
        clock = question.diagram
        (target,) = times_in(question.prompt)
        assert question.answer.numeric() == target - (clock.hours * 60 + clock.minutes)


def test_said_times_are_written_as_in_class():
    assert t.said(20 * 60 + 40) == "twenty to nine"
    assert t.said(3 * 60 + 15) == "quarter past three"
    assert t.said(12 * 60 + 7) == "7 minutes past twelve"
    assert t.twelve_hour(0) == "12 midnight" and t.twelve_hour(19 * 60 + 45) == "7:45 pm"
    assert t.time_check(19 * 60 + 45) == "19 × 60 + 45" and t.time_check(7 * 60) == "7 × 60"


# ---------------------------------------------------------------------------------------- 12 and 24 hours


@pytest.mark.parametrize("level", list(Level))
def test_pm_times_become_24_hour_times_12_hours_later(level):
    for seed in range(80):
        question = registry.generate(Spec("time.twelve_24_hour", level, seed, style="missing_number"))
        first = _TIME.search(question.prompt)
        if first[3] == "pm":  # '7:20 pm is the same time as □:20 on the 24-hour clock'
            assert question.answer == WholeNumber(minutes_of(first) // 60), question.prompt
        else:  # '19:20 is the same time as □:20 pm'
            assert question.answer == WholeNumber(int(first[1]) - 12), question.prompt


def test_three_pm_as_thirteen_hundred_is_the_add_ten_slip():
    for seed in range(200):
        question = registry.generate(Spec("time.twelve_24_hour", 1, seed, style="word_problem"))
        if isinstance(question.answer, TimeOfDay) and question.answer.minutes == 15 * 60:
            assert answers.check(question, "13:00").misconception == "twenty_four_add_ten"
            assert answers.check(question, "03:00").misconception == "pm_ignored"
            return
    pytest.fail("no 3 pm word problem in 200 seeds")


def test_greater_depth_asks_about_midnight_and_noon():
    found = set()
    for seed in range(200):
        question = registry.generate(Spec("time.twelve_24_hour", 3, seed))
        found |= {h for h in (0, 12) if isinstance(question.answer, TimeOfDay) and question.answer.minutes // 60 == h}
        found |= {"am" for _ in [1] if re.search(r"\b12:\d{2} am\b", question.prompt)}
    assert {0, 12, "am"} <= found


# ---------------------------------------------------------------------------------------- durations


@pytest.mark.parametrize("level", list(Level))
def test_a_duration_is_the_gap_between_the_times_in_the_prompt(level):
    for seed in range(80):
        question = registry.generate(Spec("time.durations", level, seed, style="fluency"))
        start, end = times_in(question.prompt)
        gap = (end - start) % (24 * 60)
        assert question.answer == Measure(gap, "min", unit_required=False), question.prompt
        if level == Level.WORKING_TOWARDS:
            assert gap % 15 == 0 and start % 30 == 0
        else:
            assert end // 60 != start // 60 or end < start  # the hour is crossed


def test_greater_depth_durations_cross_midnight_sometimes():
    crossed = 0
    for seed in range(200):
        question = registry.generate(Spec("time.durations", 3, seed, style="word_problem"))
        (start,) = times_in(question.prompt)
        length = sum(
            int(n) * (60 if unit.startswith("hour") else 1)
            for n, unit in re.findall(r"(\d+) (hours?|min)", question.prompt)
        )
        assert question.answer.numeric() == (start + length) % (24 * 60), question.prompt
        crossed += start + length >= 24 * 60
    assert crossed


def test_clock_subtraction_is_diagnosed_in_spot_the_mistake():
    question = registry.generate(Spec("time.durations", 2, 4, style="spot_the_mistake"))
    start, end = times_in(question.prompt)
    wrong = int(re.search(r"= (\d+),", question.prompt)[1])
    assert wrong == (end // 60 * 100 + end % 60) - (start // 60 * 100 + start % 60) != end - start
    assert question.answer.numeric() == end - start
    assert answers.check(question, f"{wrong} minutes").misconception == "clock_subtraction"


@pytest.mark.parametrize("level", list(Level))
def test_timetable_answers_come_from_the_timetable(level):
    for seed in range(40):
        question = registry.generate(Spec("time.durations", level, seed, style="two_step_word_problem"))
        table = question.diagram
        assert isinstance(table, Table)
        cells = {minutes_of(m) for row in table.rows for cell in row[1:] for m in _TIME.finditer(cell)}
        if isinstance(question.answer, TimeOfDay):
            late = int(re.search(r"It is (\d+) minutes late", question.prompt)[1])
            assert question.answer.minutes - late in cells
        else:
            assert any(a + question.answer.numeric() in cells for a in cells), question.prompt


# ---------------------------------------------------------------------------------------- units of time


def test_days_in_months_agree_with_the_calendar():
    for level in Level:
        for seed in range(60):
            question = registry.generate(Spec("time.time_units", level, seed, style="word_problem"))
            found = re.search(r"from (\d+) (\w+) to (\d+) (\w+) (\d{4})", question.prompt)
            start, first, end, last, year = found.groups()
            months = list(calendar.month_name)
            since = datetime.date(int(year), months.index(first), int(start))
            until = datetime.date(int(year), months.index(last), int(end))
            assert question.answer == WholeNumber((until - since).days + 1), question.prompt  # both days counted
            if level == Level.GREATER_DEPTH:  # part-way through the first and the last month
                assert start != "1" and int(end) < calendar.monthrange(int(year), months.index(last))[1]


def test_leap_years_agree_with_the_calendar():
    for seed in range(200):
        question = registry.generate(Spec("time.time_units", 2, seed, style="true_or_false"))
        if "leap year." in question.prompt:
            year = int(re.search(r"(\d{4}) is a leap year", question.prompt)[1])
            assert question.answer.value is calendar.isleap(year)


@pytest.mark.parametrize("level", list(Level))
def test_unit_conversions_multiply_by_the_right_number(level):
    per = {"second": Fraction(1, 60), "minute": 1, "hour": 60, "day": 24 * 60, "week": 7 * 24 * 60}
    sizes = []
    for seed in range(80):
        question = registry.generate(Spec("time.time_units", level, seed, style="fluency"))
        small, n, big = re.search(r"How many (\w+?)s? are there in (\d+) (\w+?)s?\?", question.prompt).groups()
        if "month" in small:
            assert question.answer == WholeNumber(12 * int(n))
            continue
        assert question.answer.numeric() == int(n) * Fraction(per[big]) / per[small], question.prompt
        sizes.append(int(n))
    assert max(sizes) <= {1: 5, 2: 12, 3: 25}[int(level)]


def test_one_and_a_half_hours_is_not_one_point_three():
    for seed in range(300):
        question = registry.generate(Spec("time.time_units", 2, seed, style="true_or_false"))
        if "1 hour 30 minutes = 1.3 hours" in question.prompt:
            assert question.answer == TrueFalse(False)
            assert answers.check(question, "true").misconception == "hours_minutes_as_decimal"
            return
    pytest.fail("no 1 h 30 min = 1.3 h statement in 300 seeds")


@pytest.mark.parametrize(
    ("key", "response", "status"),
    [
        (7 * 60 + 45, "quarter to eight", Status.CORRECT),
        (7 * 60 + 45, "7.45", Status.CORRECT),
        (7 * 60 + 45, "7:45 am", Status.CORRECT),
        (19 * 60 + 45, "quarter to eight", Status.NOT_IN_FORM),  # am or pm?
        (19 * 60 + 45, "quarter to eight pm", Status.CORRECT),
        (19 * 60 + 45, "19:45", Status.CORRECT),
        (15 * 60 + 25, "twenty-five past three p.m.", Status.CORRECT),
        (8 * 60 + 50, "ten to nine", Status.CORRECT),
        (8 * 60 + 50, "ten to ten", Status.INCORRECT),
        (7 * 60, "seven o'clock", Status.CORRECT),
        (9 * 60 + 47, "13 minutes to ten", Status.CORRECT),
        (9 * 60 + 47, "forty-seven past nine", Status.UNREADABLE),  # past goes up to half past
    ],
)
def test_times_said_aloud_are_marked_like_written_ones(key, response, status):
    assert answers.check(TimeOfDay(key), response).status is status


def test_a_clock_read_aloud_is_marked_by_the_time_it_says():
    question = next(
        q
        for seed in range(300)
        if (q := registry.generate(Spec("time.read_clocks", 1, seed, style="fluency"))).answer == TimeOfDay(8 * 60 + 45)
    )
    assert answers.check(question, "quarter to eight").correct is False
    assert answers.check(question, "quarter to nine").correct


@pytest.mark.parametrize("level", list(Level))
def test_digital_times_put_the_minute_hand_in_the_right_place(level):
    for seed in range(60):
        question = registry.generate(Spec("time.read_clocks", level, seed, style="missing_number"))
        (minutes,) = times_in(question.prompt) or [int(re.search(r"At \d\d:(\d\d)", question.prompt)[1])]
        minute = minutes % 60
        if level == Level.GREATER_DEPTH:
            assert minute % 5 and question.answer == WholeNumber(minute // 5)
        else:
            assert question.answer == WholeNumber(minute // 5 or 12)
        for predicted in question.misconceptions:
            assert predicted.misconception == "numeral_as_minutes" and predicted.response == str(minute)


def test_same_different_times_use_sixty_never_a_hundred():
    import re

    from ks2practice.content.gates import inspect
    from ks2practice.core import registry
    from ks2practice.core.model import Spec

    for level in (1, 2, 3):
        for seed in range(200):
            question = registry.generate(Spec("time.time_units", level, seed, style="same_different"))
            pair = question.prompt.split("about ", 1)[1].split("?")[0]
            whole, part = map(int, re.search(r"(\d+) (?:hour|minute)s? (\d+) (?:minute|second)s", pair).groups())
            single = int(re.search(r"(?:^|and )(\d+) (?:minute|second)s(?: and|$)", pair).group(1))
            key = question.answer.format()
            if single == whole * 60 + part:
                assert key.startswith("The same length of time"), question.spec.code
            else:
                assert single == whole * 100 + part and key.startswith("Different:"), (question.spec.code, key)
            found = inspect(question.spec.topic, question.item)
            assert found.clean and found.in_words == 0, found.describe()


def test_a_clock_story_happens_at_a_sensible_time_of_day():
    # Before: "lunch starts" an hour after a clock showing 6 pm.
    for level in (1, 2, 3):
        for seed in range(200):
            question = registry.generate(Spec("time.read_clocks", level, seed, style="word_problem"))
            hour = question.diagram.hours
            if "lunch starts" in question.prompt:
                assert 10 <= hour < 13, question.prompt
            if "school bus" in question.prompt:
                assert hour < 10, question.prompt


def test_same_different_clock_times_are_keyed_by_the_time_not_the_digits():
    import re

    from ks2practice.content.gates import inspect

    for level in (1, 2, 3):
        for seed in range(200):
            question = registry.generate(Spec("time.twelve_24_hour", level, seed, style="same_different"))
            pair = question.prompt.split("about ", 1)[1].split("?")[0]
            hour, minute = map(int, re.search(r"(\d+):(\d\d) pm", pair).groups())
            digital = re.search(r"(\d\d):(\d\d)(?! pm)", pair)
            same = int(digital.group(1)) == hour + 12 and int(digital.group(2)) == minute
            key = question.answer.format()
            assert key.startswith("The same time") == same, (question.spec.code, key)
            found = inspect(question.spec.topic, question.item)
            assert found.clean and found.in_words == 0, found.describe()


# ------------------------------------------------------------------------------------------------- pictures


def test_a_digital_clock_shows_the_time_the_prompt_gives_never_the_answer():
    for topic_id, level, style in (
        ("time.read_clocks", 1, "missing_number"),
        ("time.read_clocks", 3, "missing_number"),
        ("time.twelve_24_hour", 2, "missing_number"),
        ("time.twelve_24_hour", 2, "true_or_false"),
    ):
        for seed in range(40):
            question = registry.generate(Spec(topic_id, level, seed, style=style))
            clock = question.diagram
            assert isinstance(clock, DigitalClock), (topic_id, style)
            shown = clock.shown.replace(" am", "").replace(" pm", "")
            if clock.minutes == 0 and clock.hours in (0, 12) and clock.twelve_hour:
                shown = "12 midnight" if clock.hours == 0 else "12 noon"  # a display shows 12:00 am or pm
            assert shown in question.prompt, (question.prompt, clock.shown)


def test_a_duration_time_line_spans_the_times_asked_about_and_asks_the_duration():
    for level in (1, 2, 3):
        for seed in range(40):
            question = registry.generate(Spec("time.durations", level, seed, style="fluency"))
            line = question.diagram
            assert isinstance(line, Timeline) and line.unknown == "duration"
            assert line.duration == question.answer.value
            assert line.text("start") in question.prompt and line.text("end") in question.prompt


def test_twelve_24_hour_pictures_the_time_given_not_the_24_hour_answer():
    for seed in range(60):
        question = registry.generate(Spec("time.twelve_24_hour", 2, seed, style="word_problem"))
        assert isinstance(question.diagram, AnalogueClock)
        assert question.diagram.hours * 60 + question.diagram.minutes == question.answer.minutes
        # the face has no am or pm: it cannot give away the afternoon hour the answer needs
        assert "13:" not in question.diagram.describe() and "pm" not in question.diagram.describe()


@pytest.mark.parametrize("level", [1, 2])
def test_time_unit_lines_put_the_question_mark_on_the_number_asked(level):
    for seed in range(60):
        question = registry.generate(Spec("time.time_units", level, seed, style="fluency"))
        line = question.diagram
        ((top, _),) = [(t, b) for t, b in zip(line.top, line.bottom, strict=True) if b == "?"]
        assert top * line.ratio == question.answer.value
