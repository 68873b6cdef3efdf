"""Issue #14 for angles, shapes and position: every step true by construction, every mistake its mechanism's."""

import re

import pytest

from ks2practice.answers.kinds import Choice, Measure, TrueFalse
from ks2practice.content import misconceptions as mis
from ks2practice.content.gates import inspect
from ks2practice.content.shapes.common import classify
from ks2practice.core import registry
from ks2practice.core.model import Level, Spec
from ks2practice.core.steps import Step

TOPICS = (
    "angles.angle_types",
    "angles.missing_angles",
    "angles.read_angles",
    "shapes.circles",
    "shapes.missing_lengths",
    "shapes.properties_2d",
    "shapes.shapes_3d",
    "shapes.symmetry",
    "position.coordinates",
    "position.reflection",
    "position.translation",
)
SEEDS = 200


def _items(topic_id, level, style, seeds=range(SEEDS)):
    for seed in seeds:
        yield registry.generate(Spec(topic_id, level, seed, style=style))


# ------------------------------------------------------------------------------------------ the sweep


@pytest.mark.parametrize("topic_id", TOPICS)
def test_every_item_is_true_first_time_with_no_relation_in_words(topic_id):
    entry = registry.get(topic_id)
    for level in entry.levels:
        for style in entry.styles:
            for seed in range(SEEDS):
                spec = Spec(topic_id, level, seed, style=style)
                question, trace = registry.generate_traced(spec)
                assert len(trace) == 1, (spec.code, [r.describe() for r in trace[0]])  # no draw was false
                found = inspect(topic_id, question.item)
                assert found.clean, found.describe()
                assert found.in_words == 0, (spec.code, question.item.solution)


# ------------------------------------------------------------------------------------------ false text, fixed


def test_a_lawn_in_metres_is_worked_in_metres():
    # Before: "The top is 18 − 9 = 9 cm" for an L-shaped lawn measured in metres.
    for question in _items("shapes.missing_lengths", Level.GREATER_DEPTH, "word_problem"):
        assert question.answer.unit == "m"
        for line in question.item.solution:
            assert " cm" not in line, (question.prompt, line)
            if isinstance(line, Step):
                assert line.units <= {"m"}, line


def test_a_right_angled_triangle_is_never_offered_scalene_or_isosceles_as_a_wrong_name():
    # Before: "A) scalene triangle … C) right-angled triangle" for a scalene right-angled triangle: two right answers.
    for style in ("fluency", "true_or_false"):
        for question in _items("shapes.properties_2d", Level.GREATER_DEPTH, style):
            if classify(question.diagram.vertices)[0] != "right-angled triangle":
                continue
            if isinstance(question.answer, Choice):
                assert not {"scalene triangle", "isosceles triangle"} & set(question.answer.options)
            else:
                claimed = re.search(r"This shape is an? (.+?)\.", question.prompt).group(1)
                assert claimed not in ("scalene triangle", "isosceles triangle")


def test_the_vertically_opposite_slip_is_the_angle_next_to_it_not_a_360_line():
    seen = 0
    for question in _items("angles.missing_angles", Level.EXPECTED, "fluency", range(400)):
        if "vertically opposite" not in question.prompt:
            continue
        (known,) = (int(n) for n in re.findall(r"(\d+)°", question.prompt))
        named = {p.misconception: p for p in question.misconceptions}
        assert "line_as_360" not in named
        if known != 90:
            seen += 1
            assert named["opposite_as_adjacent"].response.replace(" ", "") == f"{180 - known}°"
            assert f"{known}°" in named["opposite_as_adjacent"].feedback
    assert seen


def test_line_as_360_feedback_names_the_angle_it_took_from_360():
    for question in _items("angles.missing_angles", Level.WORKING_TOWARDS, "fluency"):
        if "straight line" not in question.prompt:
            continue
        (known,) = (int(n) for n in re.findall(r"(\d+)°", question.prompt.split("(Hint")[0]))
        (slip,) = (p for p in question.misconceptions if p.misconception == "line_as_360")
        assert slip.response.replace(" ", "") == f"{360 - known}°"
        assert f"took {known}° from 360°" in slip.feedback


@pytest.mark.parametrize(("topic_id", "mechanism"), [("angles.read_angles", "protractor_wrong_scale")])
def test_a_spotted_protractor_mistake_is_told_by_the_mechanism_that_made_it(topic_id, mechanism):
    for level in (1, 2, 3):
        for question in _items(topic_id, level, "spot_the_mistake", range(60)):
            a = question.diagram.degrees
            wrote = int(re.search(r"wrote (\d+)°", question.prompt).group(1))
            # level 3 may ask for the reflex angle: its mistake is adding to 180°, told by that mechanism instead
            made = "reflex_as_180_plus" if level == 3 and "reflex" in question.prompt else mechanism
            assert wrote == mis.MECHANISMS[made](a) != a
            assert mis.MECHANISMS[made].feedback_for(a) in question.item.solution[0]


def test_a_spotted_reflection_mistake_is_told_by_the_mechanism_that_made_it():
    for level in (1, 2, 3):
        for question in _items("position.reflection", level, "spot_the_mistake", range(60)):
            wrote = re.search(r"wrote (\(.+?\))\.", question.prompt).group(1)
            assert wrote != question.answer.format()
            (story,) = (p for p in question.misconceptions if p.response == wrote)
            assert story.feedback in question.item.solution[0]


def test_a_reflection_claim_is_judged_by_the_mechanism_that_made_the_wrong_one():
    judged = 0
    for question in _items("position.reflection", Level.EXPECTED, "true_or_false"):
        for predicted in question.misconceptions:
            judged += 1
            assert predicted.response == ("false" if question.answer.value else "true")
    assert judged > SEEDS // 2  # most claims carry the mistake that would make a child misjudge them


@pytest.mark.parametrize(
    ("topic_id", "levels"),
    [("angles.angle_types", (1, 2, 3)), ("shapes.properties_2d", (1, 2, 3)), ("shapes.symmetry", (1, 2, 3))],
)
def test_sometimes_is_shown_with_an_example_and_a_counterexample(topic_id, levels):
    for level in levels:
        for question in _items(topic_id, level, "always_sometimes_never", range(80)):
            if question.answer.format() != "sometimes":
                continue
            reasons = question.item.solution[:-1]
            assert len(reasons) >= 2, question.item.solution
            # an example where it holds, then (after any working) one where it does not
            assert any(reason.startswith("but ") for reason in reasons[1:]), question.item.solution


@pytest.mark.parametrize("topic_id", ["angles.angle_types", "angles.missing_angles", "shapes.properties_2d"])
def test_a_model_answer_never_contradicts_the_key(topic_id):
    for level in (1, 2, 3):
        for question in _items(topic_id, level, "explain", range(80)):
            assert isinstance(question.answer, TrueFalse)
            (model,) = (line for line in question.item.solution if line.startswith("Model answer:"))
            assert model.startswith("Model answer: Yes" if question.answer.value else "Model answer: No")


def test_round_things_come_in_real_sizes():
    # Before: a 4 cm bicycle wheel, a 90 cm plate, coasters 45 cm in radius.
    smallest_across = {"bicycle wheel": 50, "hoop": 60, "plate": 16, "pizza": 24, "clock face": 20}
    largest_across = {"plate": 30, "coaster": 12, "mug": 10, "biscuit": 10, "pizza": 40, "clock face": 40}
    for level in (1, 2, 3):
        for question in _items("shapes.circles", level, "word_problem"):
            prompt = question.prompt
            if "in a row" in prompt:
                radius = int(re.search(r"radius of (\d+) cm", prompt).group(1))
                assert radius <= (15 if "plates" in prompt else 9)
                continue
            thing, across = re.search(r"'s (.+?) is (\d+) cm across", prompt).groups()
            assert smallest_across.get(thing, 0) <= int(across) <= largest_across.get(thing, 90), prompt


def test_a_move_left_or_down_is_a_subtraction():
    # Before: "x: 5 + (−2) = 3".
    for level in (1, 2, 3):
        for style in ("fluency", "true_or_false", "word_problem"):
            for question in _items("position.translation", level, style, range(80)):
                assert not any("+ (−" in line for line in question.item.solution), question.item.solution


def test_angles_in_steps_carry_degrees():
    for question in _items("angles.missing_angles", Level.GREATER_DEPTH, "fluency", range(80)):
        relations = [line for line in question.item.solution if isinstance(line, Step) and line.relations]
        assert relations and all("°" in line.units for line in relations)
        assert isinstance(question.answer, Measure)
