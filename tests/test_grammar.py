"""Grammar: plurals, a/an and agreement; and every generated prompt reads as sentences with a verb and a capital."""

import pytest

from ks2practice.content import grammar
from ks2practice.core import registry
from ks2practice.core.model import Spec

SEEDS = range(50)

# Fragments found in topics this branch does not own, left for their owners (issue #15): remove a line when fixed.
KNOWN: dict[str, str] = {}  # topic id → the fragment it still writes; empty: every prompt is whole sentences


@pytest.mark.parametrize(
    ("noun", "plural"),
    [
        ("apple", "apples"),
        ("box", "boxes"),
        ("lolly", "lollies"),
        ("day", "days"),
        ("child", "children"),
        ("scarf", "scarves"),
        ("bag of apples", "bags of apples"),
        ("pot of paint", "pots of paint"),
        ("train ticket", "train tickets"),
        ("bus", "buses"),
    ],
)
def test_pluralise(noun: str, plural: str) -> None:
    assert grammar.pluralise(noun) == plural


@pytest.mark.parametrize(
    ("noun", "article"),
    [("apple", "an"), ("banana", "a"), ("hour", "an"), ("unicorn", "a"), ("euro", "a"), ("8 cm line", "an")],
)
def test_article(noun: str, article: str) -> None:
    assert grammar.article(noun) == article


def test_counts_agree() -> None:
    assert grammar.count(1, "apple") == "1 apple"
    assert grammar.count(3, "child") == "3 children"
    assert grammar.be(1) == "is" and grammar.be(2) == "are"


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("Spends £114.55 on a raffle ticket.", "no subject"),
        ("chloe buys a pen.", "capital"),
        ("The rainfall in mm for two teams.", "no verb"),
        ("Chloe spends £5 on books.", None),
        ("True or false?", None),
        ("Rhys covers a notice board with paper.", None),
        ("a + b = 20 and a = 13.", None),
    ],
)
def test_the_sentence_check(sentence: str, found: str | None) -> None:
    problems = grammar.problems(sentence)
    assert (found is None and not problems) or (found is not None and any(found in p for p in problems)), problems


def test_sentences_set_hints_and_options_aside() -> None:
    text = "Which is biggest? (Hint: x first (along), then y.)   A) 1   B) 2"
    assert grammar.sentences(text) == ["Which is biggest?"]


@pytest.mark.slow
@pytest.mark.parametrize("topic_id", [t.id for t in registry.topics()])
def test_every_prompt_reads_as_sentences(topic_id: str) -> None:
    if topic_id in KNOWN:
        pytest.xfail(KNOWN[topic_id])
    entry = registry.get(topic_id)
    found = []
    for level in entry.levels:
        for style in entry.styles:
            for seed in SEEDS:
                prompt = registry.generate(Spec(topic_id, level, seed, style=style)).item.prompt
                found += [f"{s!r}: {p}" for s in grammar.sentences(prompt) for p in grammar.problems(s)]
    assert not found, found[:5]
