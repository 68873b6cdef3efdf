"""The public API: exactly what __all__ promises, and an import that stays light."""

import subprocess
import sys

import ks2practice

EXPECTED = {
    "STYLES",
    "Answer",
    "Choice",
    "Comparison",
    "DecimalNumber",
    "FractionAnswer",
    "Item",
    "Level",
    "Measure",
    "Money",
    "NotationError",
    "Objective",
    "Percentage",
    "Predicted",
    "Question",
    "Spec",
    "Status",
    "TimeOfDay",
    "Topic",
    "TrueFalse",
    "Verdict",
    "WholeNumber",
    "__version__",
    "check",
    "coverage",
    "find_objective",
    "generate",
    "get_topic",
    "list_topics",
    "objectives",
    "sheet_items",
    "solve",
    "variation_set",
}


def test_all_is_exactly_the_public_api():
    assert set(ks2practice.__all__) == EXPECTED
    for name in ks2practice.__all__:
        assert getattr(ks2practice, name) is not None


def test_import_does_not_load_sympy_or_topics():
    code = "import sys, ks2practice; print('sympy' in sys.modules, 'ks2practice.content.topics' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.split() == ["False", "False"]


def test_generate_show_and_mark_end_to_end():
    topic_id = ks2practice.list_topics()[0].id
    question = ks2practice.generate(ks2practice.Spec(topic_id, 2, 11))
    assert ks2practice.check(question, question.answer.format()).correct
    assert not ks2practice.check(question, "").correct


def test_list_topics_survives_the_topics_subpackage_loading():
    # Importing the module that loads the topics must not shadow the public function.
    import ks2practice.content.topics

    assert callable(ks2practice.list_topics) and ks2practice.list_topics()
