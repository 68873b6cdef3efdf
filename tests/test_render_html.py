"""Tests for ks2practice.printing.html: question fragments for notebooks and Voilà."""

import base64
import re

from ks2practice.answers.kinds import WholeNumber
from ks2practice.core.model import Item, Question, Spec
from ks2practice.pictures import diagrams as d
from ks2practice.printing.html import picture_html, question_html


def make_question(diagram=None, prompt="What is 3 < 4 & 5 × 2?"):
    item = Item(prompt, WholeNumber(10), ("5 × 2 = 10",), "fluency", "5 × 2", working="  5\n× 2\n 10", diagram=diagram)
    return Question(Spec("calculation.x", 2, 3), "Test", ("3C7",), item)


def test_prompt_is_escaped_and_code_shown():
    html = question_html(make_question())
    assert "3 &lt; 4 &amp; 5 × 2" in html and "calculation.x/L2/s3" in html
    assert "Answer" not in html and "<img" not in html


def test_answers_bring_key_method_and_rule():
    html = question_html(make_question(), answers=True, number=4)
    assert "<b>4.</b>" in html and "<b>Answer:</b> 10" in html
    assert '<pre class="ks2-working"' in html and "Accept the number" in html


def test_picture_is_an_img_with_the_description_as_alt_text():
    record = d.BarModel(60, ("?", "", "", ""))
    html = picture_html(record)
    alt = re.search(r'alt="([^"]*)"', html).group(1)
    assert alt == record.describe().replace('"', "&quot;")
    payload = re.search(r'src="data:image/svg\+xml;base64,([^"]+)"', html).group(1)
    assert base64.b64decode(payload).decode("utf-8").startswith("<svg")


def test_question_shows_itself_in_a_notebook():
    question = make_question(d.Array(2, 5))
    assert question._repr_html_() == question_html(question)
    assert "<img" in question._repr_html_()


def test_a_worked_step_keeps_each_relation_on_one_line_and_escapes_its_words():
    from ks2practice.core.steps import Step, add, eq, sub
    from ks2practice.printing.html import step_html

    step = Step("Take <both> away: ", eq(sub(97, add(56, 13)), 28), ".")
    assert step_html(step) == 'Take &lt;both&gt; away: <span class="ks2-relation">97 − (56 + 13) = 28</span>.'
    assert step_html("Plain words & more") == "Plain words &amp; more"
