"""Headless tests for the TA session app: set widget values, click buttons, and check what the store holds."""

import pytest

from ks2practice.content.misconceptions import MISCONCEPTIONS
from ks2practice.core.model import Status
from ks2practice.session import SessionApp
from ks2practice.session import app as app_module
from ks2practice.session import sprint as sprint_module
from ks2practice.session.ui import plain_text
from ks2practice.store import Store


class Clock:
    def __init__(self):
        self.now = 1000.0

    def __call__(self):
        return self.now


def make_app(store=None, pupils=("Ava", "Ben"), clock=None):
    store = store or Store(":memory:")
    app = SessionApp(store, clock=clock or Clock())
    if not store.find_groups():
        app.new_group.value = "Otters"
        app.add_group_button.click()
        for name in pupils:
            app.new_pupil.value = name
            app.add_pupil_button.click()
    return app


def start(app, topic="calculation.column_addition", mode="teach", level=2):
    app.topic.value = topic
    app.level.value = level
    app.mode_choice.value = mode
    app.start_button.click()
    return {name: pid for pid, name in app.pupils.items()}


def attempts(app):
    return app.store.find_attempts(session_id=app.session_id)


# -- set-up ---------------------------------------------------------------------------------------------------
def test_set_up_adds_a_group_and_pupils_renames_and_archives():
    app = make_app(pupils=("Ava", "Ben", "Cat"))
    group = app.group.value
    assert [p["name"] for p in app.store.find_pupils(group)] == ["Ava", "Ben", "Cat"]
    assert [box.description for box in app.here.values()] == ["Ava", "Ben", "Cat"]
    app.pupil_choice.value = app.pupil_choice.options[0][1]
    app.rename_box.value = "Ava B"
    app.rename_button.click()
    assert "renamed" in app.group_text
    app.pupil_choice.value = dict(app.pupil_choice.options)["Cat"]
    app.archive_button.click()
    assert "archived" in app.group_text
    assert [p["name"] for p in app.store.find_pupils(group)] == ["Ava B", "Ben"]


@pytest.mark.parametrize(
    ("field", "value", "button", "expected"),
    [
        ("new_pupil", "   ", "add_pupil_button", "Please type a name for the pupil."),
        ("new_pupil", "x" * 41, "add_pupil_button", "A pupil name is at most 40 characters."),
        ("new_pupil", "Ava", "add_pupil_button", "This group already has a pupil called 'Ava'."),
        ("new_group", "otters", "add_group_button", "There is already a group called 'otters'."),
        ("new_group", "", "add_group_button", "Please type a name for the group."),
    ],
)
def test_set_up_refusals_are_plain_messages(field, value, button, expected):
    app = make_app()
    getattr(app, field).value = value
    getattr(app, button).click()
    assert app.group_text == expected  # under the group buttons, where the adult is looking
    assert app.message_text == "" and app.errors.outputs == ()


def test_add_pupil_with_no_group_says_why_next_to_the_button():
    app = SessionApp(Store(":memory:"), clock=Clock())
    app.new_group.value = "Otters"  # typed, but Add group not pressed
    app.new_pupil.value = "Ava"
    app.add_pupil_button.click()
    assert app.group_text == "Press Add group first to make the group Otters, then add the pupils to it."
    app.new_group.value = ""
    app.add_pupil_button.click()
    assert app.group_text == "A pupil belongs to a group: type a group name and press Add group first."
    assert app.store.find_groups() == [] and app.new_pupil.value == "Ava"  # nothing typed is lost
    app.new_group.value = "Otters"
    app.add_group_button.click()
    app.add_pupil_button.click()
    assert app.group_text == "Ava added to the group." and app.here_today_text() == ["Ava"]


def test_start_needs_a_group_and_one_to_six_pupils_here_today():
    app = SessionApp(Store(":memory:"), clock=Clock())
    app.start_button.click()
    assert app.message_text == "Choose a group, or type a name and press Add group."
    app.new_pupil.value = "Ava"
    app.add_pupil_button.click()
    assert "Add group first" in app.group_text
    app = make_app(pupils=())
    app.start_button.click()
    assert "Add at least one pupil" in app.message_text
    app = make_app(pupils=tuple("ABCDEFG"))
    app.start_button.click()
    assert "up to 6 pupils" in app.message_text
    app.here[next(iter(app.here))].value = False
    start(app)
    assert len(app.pupils) == 6 and app.session_id is not None


# -- running a teach-and-practise session ---------------------------------------------------------------------
def test_a_typed_right_answer_is_marked_and_stored_at_once():
    app = make_app()
    ids = start(app)
    assert app.message_text.startswith("Read the script")
    assert "Stem sentence" in app.script_box.value and "Watch for" in app.script_box.value
    if app.question.diagram is not None:
        assert "<img" in app.question_box.value
    row = app.rows[ids["Ava"]]
    row.answer.value = app.question.answer.format()
    row.confidence.value = 3
    row.note.value = "used the column method"
    row.record.click()
    assert row.text.startswith("Recorded: correct.")
    [stored] = attempts(app)
    a = stored.attempt
    assert (a.pupil_id, a.status, a.response, a.confidence, a.note) == (
        ids["Ava"],
        Status.CORRECT,
        app.question.answer.format(),
        3,
        "used the column method",
    )
    assert a.key == f"{app.session_id}-1-{ids['Ava']}" and a.prompt == app.question.prompt


def test_double_click_on_record_stores_once():
    app = make_app()
    ids = start(app)
    row = app.rows[ids["Ava"]]
    row.answer.value = app.question.answer.format()
    row.record.click()
    row.record.click()
    assert len(attempts(app)) == 1
    assert row.text.startswith("Already recorded (correct).")


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("", "Type Ava's answer first, or tap a mark."),
        ("   ", "Type Ava's answer first, or tap a mark."),
        ("banana", "Nothing recorded yet — ask Ava to try again."),
        ("x" * 10_000, "That is too long to be an answer (10,000 characters). Type just Ava's answer."),
    ],
)
def test_bad_input_gets_a_message_and_stores_nothing(typed, message):
    app = make_app()
    ids = start(app)
    row = app.rows[ids["Ava"]]
    row.answer.value = typed
    row.record.click()
    assert message in row.text  # in Ava's own row
    assert app.rows[ids["Ben"]].text == "" and app.message_text.startswith("Read the script")
    assert attempts(app) == []
    assert row.answer.value == typed  # nothing typed is lost
    assert app.errors.outputs == ()


def test_a_huge_number_is_marked_not_yet_and_kept_as_typed():
    app = make_app()
    ids = start(app)
    huge = "9" * 150
    app.rows[ids["Ben"]].answer.value = huge
    app.rows[ids["Ben"]].record.click()
    [stored] = attempts(app)
    assert stored.attempt.status is Status.INCORRECT and stored.attempt.response == huge


def test_a_predicted_mistake_is_diagnosed_for_the_adult():
    app = make_app()
    ids = start(app, topic="calculation.column_subtraction")
    for _ in range(30):  # find a question that predicts a mistake
        if app.question.misconceptions:
            break
        app.skip_button.click()
    predicted = app.question.misconceptions[0]
    row = app.rows[ids["Ava"]]
    row.answer.value = predicted.response
    row.record.click()
    [stored] = attempts(app)
    assert stored.attempt.status is Status.MISCONCEPTION
    assert stored.attempt.misconception == predicted.misconception
    assert row.text.startswith("Recorded: not yet (a common mistake).") and predicted.feedback in row.text
    # The verdict names the mechanism (its catalogue title), then its advice.
    title = MISCONCEPTIONS[predicted.misconception].title
    assert f"Looks like “{title.rstrip('.')}”: {predicted.feedback}" in row.text
    assert predicted.feedback not in app.message_text


def test_taps_record_a_mark_and_a_later_tap_is_an_override_that_keeps_both():
    app = make_app()
    ids = start(app)
    ava, ben = app.rows[ids["Ava"]], app.rows[ids["Ben"]]
    ben.helped.click()
    ava.answer.value = "1"
    ava.record.click()
    ava.correct.click()
    ava.correct.click()  # a second tap changes nothing
    by_pupil = {s.attempt.pupil_id: s for s in attempts(app)}
    assert by_pupil[ids["Ben"]].attempt.supported and by_pupil[ids["Ben"]].attempt.response is None
    assert by_pupil[ids["Ben"]].final_status is Status.CORRECT
    assert by_pupil[ids["Ava"]].attempt.status is Status.INCORRECT  # the computer's verdict is kept
    assert by_pupil[ids["Ava"]].override_status is Status.CORRECT
    assert ava.text == "Already marked correct."
    ava.helped.click()
    assert "changed to correct with help" in ava.text
    ava.helped.click()
    assert ava.text == "Already marked correct with help."
    assert ben.text == "Recorded: correct with help."
    assert len(attempts(app)) == 2


def test_confidence_and_note_given_after_recording_are_kept():
    app = make_app()
    ids = start(app)
    row = app.rows[ids["Ava"]]
    row.wrong.click()
    row.confidence.value = 1
    row.note.value = "counted on fingers"
    [stored] = attempts(app)
    assert (stored.attempt.confidence, stored.attempt.note) == (1, "counted on fingers")


def test_next_with_nothing_recorded_is_refused_and_partial_needs_a_second_press():
    app = make_app()
    ids = start(app)
    first = app.question.spec
    app.next_button.click()
    assert "Nothing recorded for this question yet" in app.message_text
    assert app.question.spec == first and app.plan.number == 1
    app.rows[ids["Ava"]].correct.click()
    app.next_button.click()
    assert "Not recorded yet: Ben" in app.message_text and app.plan.number == 1
    app.next_button.click()
    assert app.plan.number == 2 and app.question.spec != first
    assert all(row.answer.value == "" and row.status.value == "" for row in app.rows.values())


def test_double_click_on_next_moves_on_once():
    app = make_app(pupils=("Ava",))
    ids = start(app)
    app.rows[ids["Ava"]].correct.click()
    app.next_button.click()
    app.next_button.click()
    assert app.plan.number == 2 and "Nothing recorded" in app.message_text


def test_skip_method_picture_easier_harder():
    app = make_app()
    start(app, topic="calculation.column_addition", level=2)
    app.skip_button.click()
    assert app.plan.number == 2 and attempts(app) == []
    app.method_button.click()
    assert "Answer:" in app.method_box.value and app.question.answer.format() in app.method_box.value
    assert app.tools_text == "The method is shown below."  # under the tool buttons, not at the bottom
    before = app.question
    app.picture_button.click()
    if "no other picture" not in app.tools_text:
        assert app.question.prompt == before.prompt and app.question.answer == before.answer
        assert app.question.representation != before.representation and app.plan.number == 2
    app.easier_button.click()
    assert app.question.spec.level == 1 and app.plan.number == 3
    app.easier_button.click()
    assert "already the easiest" in app.tools_text and app.plan.number == 3
    app.harder_button.click()
    app.harder_button.click()
    assert app.question.spec.level == 3
    app.harder_button.click()
    assert "already the hardest" in app.tools_text


def test_an_error_in_a_callback_is_shown_not_swallowed(monkeypatch):
    app = make_app()
    start(app)

    def broken(spec):
        raise RuntimeError("generator fell over")

    monkeypatch.setattr(app_module, "generate", broken)
    app.skip_button.click()
    assert app.message_text.startswith("Sorry — something went wrong. Everything already recorded is saved.")
    assert "Traceback" not in app.message.value
    assert any("RuntimeError: generator fell over" in out["text"] for out in app.errors.outputs)
    assert app._details.layout.display is None


# -- end of session and next time -----------------------------------------------------------------------------
def test_end_of_session_summary_and_continue_from_last_time(tmp_path):
    path = tmp_path / "store.sqlite3"
    app = make_app(Store(path))
    ids = start(app)
    missed = app.question
    app.rows[ids["Ava"]].answer.value = missed.answer.format()
    app.rows[ids["Ava"]].confidence.value = 3
    app.rows[ids["Ava"]].record.click()
    app.rows[ids["Ben"]].wrong.click()
    app.next_button.click()
    app.rows[ids["Ava"]].correct.click()
    app.rows[ids["Ben"]].correct.click()
    app.end_button.click()
    summary = app.summary.value
    assert "Ava: 2 out of 2 right (100%)" in summary and "Ben: 1 out of 2 right (50%)" in summary
    assert "sure: 1 right out of 1" in summary and "Next time we will ask again" in summary
    assert app.store.find_sessions(app.group_id)[0]["ended"] is not None

    # a new day: the file is opened again and the group carries on
    app = SessionApp(Store(path), clock=Clock())
    app.carry_on.value = True
    app.topic.value = "number.rounding"  # ignored: carrying on uses last time's topic
    app.start_button.click()
    assert "1 question to ask again first" in app.message_text
    assert app.question.spec == missed.spec and app.question.prompt == missed.prompt
    app.skip_button.click()
    assert app.question.spec.topic == "calculation.column_addition"


def test_continue_with_no_earlier_session_starts_fresh():
    app = make_app()
    app.carry_on.value = True
    start(app, topic="number.rounding")
    assert app.message_text.startswith("No earlier session for this group")
    assert app.question.spec.topic == "number.rounding"


def answer_wrong(app, name):
    """The adult marks one pupil's answer not yet."""
    row = app.rows[{n: p for p, n in app.pupils.items()}[name]]
    row.wrong.click()
    assert row.text == "Recorded: not yet."


def test_continue_asks_again_everything_queued_until_each_pupil_gets_it_right_without_help(tmp_path):
    path = tmp_path / "store.sqlite3"
    # Session 1: Ava misses three questions; Ben gets them right.
    app = make_app(Store(path))
    ids = start(app, topic="number.rounding")
    missed = []
    for _ in range(3):
        missed.append(app.question)
        answer_wrong(app, "Ava")
        app.rows[ids["Ben"]].correct.click()
        app.next_button.click()
    app.end_button.click()
    assert "Next time we will ask again" in app.summary.value
    assert all(f"{q.prompt} (Ava)" in plain_text(app.summary.value) for q in missed)
    app._back()
    assert app.here_today_text() == ["Ava — 3 to revisit", "Ben"]

    # Session 2 carries on: the first re-ask is right with help — not right yet, so it stays in the queue.
    app = SessionApp(Store(path), clock=Clock())
    app.carry_on.value = True
    app.start_button.click()
    assert app.message_text.startswith("Carrying on: 3 questions to ask again first.")
    assert app.question.spec == missed[0].spec
    app.rows[ids["Ava"]].helped.click()
    app.rows[ids["Ben"]].correct.click()
    app.end_button.click()
    assert app.store.count_revisits([ids["Ava"], ids["Ben"]]) == {ids["Ava"]: 3, ids["Ben"]: 0}

    # Session 3 ends with nothing recorded at all.
    app = SessionApp(Store(path), clock=Clock())
    app.carry_on.value = True
    app.start_button.click()
    app.end_button.click()
    assert "Ava: nothing recorded" in app.summary.value and "Next time we will ask again" in app.summary.value

    # Session 4 still asks all three, oldest first; right without help takes a question off Ava's list.
    app = SessionApp(Store(path), clock=Clock())
    assert app.here_today_text() == ["Ava — 3 to revisit", "Ben"]
    app.carry_on.value = True
    app.start_button.click()
    assert app.message_text.startswith("Carrying on: 3 questions to ask again first.")
    asked = []
    for _ in range(3):
        asked.append(app.question.spec)
        app.rows[ids["Ava"]].answer.value = app.question.answer.format()
        app.rows[ids["Ava"]].record.click()
        app.rows[ids["Ben"]].wrong.click()  # Ben misses it this time: it joins his queue
        app.next_button.click()
    assert asked == [q.spec for q in missed]
    assert app.question.spec.topic == "number.rounding" and app.question.spec not in asked  # then new questions
    app.end_button.click()
    assert app.store.count_revisits([ids["Ava"], ids["Ben"]]) == {ids["Ava"]: 0, ids["Ben"]: 3}
    assert all(f"{q.prompt} (Ben)" in plain_text(app.summary.value) for q in missed)
    app._back()
    assert app.here_today_text() == ["Ava", "Ben — 3 to revisit"]


def test_continue_asks_only_the_queues_of_the_pupils_here_today(tmp_path):
    app = make_app(Store(tmp_path / "store.sqlite3"), pupils=("Ava", "Ben", "Cat"))
    ids = start(app, topic="number.rounding")
    answer_wrong(app, "Ava")
    first = app.question.spec
    app.next_button.click()
    app.next_button.click()
    answer_wrong(app, "Cat")
    second = app.question.spec
    app.next_button.click()
    app.next_button.click()
    app.end_button.click()
    app._back()
    app.here[ids["Ava"]].value = False  # Ava is away today
    app.carry_on.value = True
    app.start_button.click()
    assert app.message_text.startswith("Carrying on: 1 question to ask again first.")
    assert app.question.spec == second and first not in app.plan.reasks


# -- a pupil erased while the app is open -------------------------------------------------------------------------
def test_a_pupil_erased_in_another_window_gets_a_message_in_their_own_row(tmp_path):
    path = tmp_path / "store.sqlite3"
    app = make_app(Store(path))
    ids = start(app)
    with Store(path) as other_window:
        other_window.erase(ids["Ben"])
    ben, ava = app.rows[ids["Ben"]], app.rows[ids["Ava"]]
    ben.correct.click()
    assert ben.text.startswith("This pupil is no longer in the store") and "not saved" in ben.text
    ben.answer.value = app.question.answer.format()
    ben.record.click()
    assert ben.text.startswith("This pupil is no longer in the store")
    assert app.message_text.startswith("Read the script") and ava.text == "" and app.errors.outputs == ()
    ava.correct.click()  # everyone else carries on
    assert ava.text == "Recorded: correct." and len(attempts(app)) == 1


def test_a_pupil_erased_during_their_sprint_round_gets_one_plain_message(tmp_path):
    path = tmp_path / "store.sqlite3"
    app = make_app(Store(path))
    ids = start(app, mode="mtc")
    app.turn.value = ids["Ben"]
    app.round_button.click()
    with Store(path) as other_window:
        other_window.erase(ids["Ben"])
    app.sprint_answer.value = app.question.answer.format()
    assert app.sprint_text.startswith("This pupil is no longer in the store")
    assert app.errors.outputs == () and app._round_pupil is None and attempts(app) == []


# -- fluency sprint and times tables check practice -----------------------------------------------------------
def test_times_tables_rehearsal_records_every_fact_with_time_limits():
    clock = Clock()
    app = make_app(clock=clock)
    ids = start(app, mode="mtc")
    app.turn.value = ids["Ben"]
    app.round_button.click()
    assert app.timer.max == 6 and len(app.items) == 25 and app.timer.playing
    for index in range(25):
        question = app.question
        if index == 0:
            app.sprint_answer.value = "banana"  # unreadable: try again, the clock keeps running
            assert "Try again" in app.sprint_text and app.item_index == 0
            app.sprint_record.click()
            assert app.sprint_text == "Type Ben's answer first."
            app.timer.value = 6  # time runs out
        elif index == 1:
            clock.now += 7
            app.sprint_answer.value = question.answer.format()  # right, but too late
        elif index == 2:
            app.sprint_answer.value = "1" * 10_000
            assert "too long" in app.sprint_text
            app.sprint_answer.value = "0"
        else:
            clock.now += 2
            app.sprint_answer.value = question.answer.format()
    rows = attempts(app)
    assert len(rows) == 25 and len({r.attempt.prompt for r in rows}) == 25
    reasons = [r.attempt.reason for r in rows[:3]]
    assert reasons[0] == "No answer in 6 seconds" and reasons[1] == "Right, but after 6 seconds"
    assert sum(r.final_status is Status.CORRECT for r in rows) == 22
    assert "Ben: 22 out of 25" in app.round_result.value
    app.end_button.click()
    assert "Fact by fact" in app.summary.value

    # Next time, Ben's round starts from the three facts he missed; Ava has none waiting.
    app = SessionApp(app.store, clock=clock)
    assert app.here_today_text() == ["Ava", "Ben — 3 to revisit"]
    app.carry_on.value = True
    app.start_button.click()
    assert app.mode == "mtc" and "3 questions to ask again" in app.message_text
    app.turn.value = ids["Ben"]
    app.round_button.click()
    prompts = {q.prompt for q in app.items}
    assert len(app.items) == 25 and {r.attempt.prompt for r in rows[:3]} <= prompts


def test_a_late_answer_is_kept_with_its_own_item_never_the_next():
    """The race: item k's time runs out and item k+1 is showing when the answer typed for item k arrives."""
    clock = Clock()
    app = make_app(clock=clock)
    ids = start(app, mode="mtc")
    app.turn.value = ids["Ava"]
    app.round_button.click()
    first, first_line = app.question, app.current_line
    # Each message is applied as the browser sends it: an update of one widget's state, addressed to that widget.
    first_line.timer.set_state({"value": 6})  # the 6-second tick reaches the app first: item 1 timed out
    second, second_line = app.question, app.current_line
    assert app.item_index == 1 and second_line is not first_line and second.prompt != first.prompt
    first_line.answer.set_state({"value": first.answer.format()})  # ... then the answer typed in item 1's box
    [late] = attempts(app)
    assert late.attempt.prompt == first.prompt and late.attempt.response is None
    assert late.final_status is Status.INCORRECT and late.attempt.reason == "No answer in 6 seconds"
    assert late.attempt.note == f"Typed {first.answer.format()} after the 6 seconds"
    # Item 2 is untouched: nothing recorded for it, its box still empty, and it is still the item on screen.
    assert app.item_index == 1 and second_line.answer.value == "" and not second_line.done
    first_line.record.click()  # a late press of item 1's Record button changes nothing either
    first_line.answer.set_state({"value": "3"})  # nor a second late answer
    assert len(attempts(app)) == 1 and app.store.find_attempt(late.attempt.key).attempt.note == late.attempt.note
    clock.now += 2
    second_line.answer.value = second.answer.format()
    rows = attempts(app)
    assert [(r.attempt.prompt, r.final_status) for r in rows] == [
        (first.prompt, Status.INCORRECT),
        (second.prompt, Status.CORRECT),
    ]


def test_a_late_tick_from_an_answered_item_cannot_time_out_the_next():
    clock = Clock()
    app = make_app(clock=clock)
    ids = start(app, mode="mtc")
    app.turn.value = ids["Ava"]
    app.round_button.click()
    first_line = app.current_line
    clock.now += 5
    first_line.answer.value = app.question.answer.format()  # answered at 5 s
    second = app.question
    first_line.timer.set_state({"value": 6})  # item 1's last tick, sent before the answer was seen, arrives now
    assert app.item_index == 1 and app.question is second
    assert [r.attempt.reason for r in attempts(app)] == [attempts(app)[0].attempt.reason]
    assert attempts(app)[0].final_status is Status.CORRECT and len(attempts(app)) == 1


def test_time_paused_by_the_adult_does_not_count():
    clock = Clock()
    app = make_app(clock=clock)
    ids = start(app, mode="mtc")
    app.turn.value = ids["Ava"]
    app.round_button.click()
    line = app.current_line
    clock.now += 2
    line.timer.playing = False  # the adult presses Pause timer (an interruption)
    clock.now += 30
    line.timer.playing = True  # ... and Resume timer
    clock.now += 2
    line.answer.value = app.question.answer.format()
    [stored] = attempts(app)
    assert stored.final_status is Status.CORRECT


def test_the_timer_is_labelled_and_each_item_has_its_own_widgets():
    app = make_app()
    ids = start(app, mode="mtc")
    app.turn.value = ids["Ava"]
    app.round_button.click()
    line = app.current_line
    label = line.box.children[line.box.children.index(line.timer) - 1]
    assert plain_text(label.value) == "Timer" and line.timer.description == "Timer"
    assert "ks2-timer" in line.timer._dom_classes
    css = app.screen.children[0].value
    assert 'content: "Pause timer"' in css and 'content: "Resume timer"' in css
    app.sprint_answer.value = app.question.answer.format()
    assert app.current_line is not line and app.current_line.timer is not line.timer
    assert line.box.layout.display == "none" and app.current_line.box.layout.display is None


def test_a_topic_sprint_uses_fluency_questions_and_a_round_cannot_start_twice():
    app = make_app()
    ids = start(app, topic="number.rounding", mode="sprint")
    app.turn.value = ids["Ava"]
    app.round_button.click()
    assert len(app.items) == sprint_module.SPRINT_ITEMS and all(q.style == "fluency" for q in app.items)
    app.round_button.click()
    assert "still going" in app.sprint_text
    for _ in range(sprint_module.SPRINT_ITEMS):
        app.sprint_answer.value = app.question.answer.format()
    assert len(attempts(app)) == sprint_module.SPRINT_ITEMS
    assert app.sprint_text.startswith("Ava: 10 out of 10.")
    app.sprint_record.click()
    assert app.sprint_text == "Press Start round first."
