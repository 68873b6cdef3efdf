"""Tests for ks2practice.core.registry: registration rules, lookup messages and generate()."""

import os
import subprocess
import sys

import pytest

from ks2practice.core import registry
from ks2practice.core.model import Spec


def test_ids_are_stable_strings_and_titles_exist():
    entries = registry.topics()
    assert len(entries) >= 15
    for entry in entries:
        assert registry._ID.match(entry.id)
        assert entry.title and entry.codes and entry.styles


def test_every_topic_offers_two_styles_beyond_fluency():
    for entry in registry.topics():
        # A drawing topic (plot, draw, complete on paper) varies by task rather than by style: one beyond fluency.
        first = Spec(entry.id, entry.levels[0], 0, style="fluency") if "fluency" in entry.styles else None
        drawn = first is not None and registry.generate(first).drawing is not None
        assert len(set(entry.styles) - {"fluency"}) >= (1 if drawn else 2), entry.id


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"id": "NoDot"}, "must look like"),
        ({"id": "a.b", "styles": ("quiz",)}, "unknown or no styles"),
        ({"id": "a.b", "codes": ()}, "at least one curriculum code"),
    ],
)
def test_decorator_refuses_bad_registrations(kwargs, message):
    arguments = {"title": "t", "codes": ("3C1",), "styles": ("fluency",)} | kwargs
    with pytest.raises(ValueError, match=message):
        registry.topic(arguments.pop("id"), **arguments)


def test_unknown_topic_suggests_close_matches():
    strand = registry.topics()[0].strand
    with pytest.raises(KeyError, match=f"Did you mean: {strand}\\."):
        registry.get(strand)
    with pytest.raises(KeyError, match="ks2practice list --topics"):
        registry.get("zzz.nothing_like_it")


def test_unsuitable_style_or_representation_names_the_choices():
    entry = registry.topics()[0]
    missing_style = next(s for s in ("variation", "same_different", "explain") if s not in entry.styles)
    with pytest.raises(ValueError, match="it offers: "):
        registry.generate(Spec(entry.id, 2, 1, style=missing_style))
    with pytest.raises(ValueError, match="suitable pictures"):
        registry.generate(Spec(entry.id, 2, 1, representation="pie_chart"))


def test_style_asked_for_is_the_style_given():
    for entry in registry.topics():
        for style in entry.styles:
            assert registry.generate(Spec(entry.id, 2, 3, style=style)).style == style


_PRINT_QUESTIONS = (
    "from ks2practice.core import registry; from ks2practice.core.model import Spec\n"
    "for t in registry.topics():\n"
    "    for level in (1, 2, 3):\n"
    "        q = registry.generate(Spec(t.id, level, 'hash-check'))\n"
    "        print(t.id, level, repr(q.prompt), q.answer.format())\n"
)


def test_same_spec_same_question_in_other_processes_and_hash_seeds():
    outputs = set()
    for hash_seed in ("0", "1", "12345"):
        env = dict(os.environ, PYTHONHASHSEED=hash_seed)
        result = subprocess.run(
            [sys.executable, "-c", _PRINT_QUESTIONS], env=env, capture_output=True, text=True, check=True
        )
        outputs.add(result.stdout)
    assert len(outputs) == 1
    assert outputs.pop().count("\n") == 3 * len(registry.topics())


def test_a_topic_that_draws_its_own_picture_can_be_asked_for_that_picture_only():
    entry = registry.get("statistics.bar_charts")
    assert entry.representations == ()
    plain = registry.generate(Spec(entry.id, 2, 4))
    asked = registry.generate(Spec(entry.id, 2, 4, representation=plain.diagram.kind))
    assert asked.item == plain.item and asked.representation == plain.diagram.kind
    with pytest.raises(ValueError, match=f"draws its own picture.*suitable pictures: {plain.diagram.kind}"):
        registry.generate(Spec(entry.id, 2, 4, representation="pie_chart"))
