"""Draws that do not fit their level are drawn again: off their year's pitch, or no harder than the level below."""

from decimal import Decimal

from ks2practice.answers.kinds import DecimalNumber
from ks2practice.content import level_fit
from ks2practice.content.difficulty import difficulty
from ks2practice.core import registry
from ks2practice.core.model import Item, Spec


def test_every_level_above_the_first_has_a_floor_and_every_floor_a_level() -> None:
    wanted = {
        (entry.id, style, int(level))
        for entry in registry.topics()
        for style in entry.styles
        for level in entry.levels
        if int(level) > 1
    }
    level_fit.floor("x", "y", 2)  # loads the file
    stored = set(level_fit._floors)
    assert not wanted - stored, f"no floor (run `make calibrate`): {sorted(wanted - stored)[:5]}"
    assert not stored - wanted, f"a floor for nothing: {sorted(stored - wanted)[:5]}"


def test_a_draw_at_level_2_or_3_scores_above_its_floor() -> None:
    for topic_id, style in [("calculation.times_tables", "fluency"), ("fractions.equivalent_fractions", "fluency")]:
        for level in (2, 3):
            below = level_fit.floor(topic_id, style, level)
            assert below is not None
            scores = [difficulty(registry.generate(Spec(topic_id, level, s, style=style))) for s in range(40)]
            assert min(scores) > below, (topic_id, level, below, min(scores))


def test_misfit_names_what_is_wrong() -> None:
    entry = registry.get("calculation.mental_multiply_divide")
    off = Item(
        "Work out 0.719 ÷ 100.", DecimalNumber(Decimal("0.00719")), ("0.719 ÷ 100 = 0.00719",), "fluency", "0.719 ÷ 100"
    )
    assert "off pitch: 5 decimal places" in (level_fit.misfit(entry, 3, "fluency", off) or "")
    easy = Item("Work out 2 × 3.", DecimalNumber(Decimal(6)), ("2 × 3 = 6",), "fluency", "2 × 3")
    assert "too easy for level 3" in (level_fit.misfit(entry, 3, "fluency", easy) or "")
    assert level_fit.misfit(entry, 1, "fluency", easy) is None


def test_a_draw_that_never_fits_is_still_made(monkeypatch) -> None:
    monkeypatch.setattr(registry, "_FITS", [lambda *_: "never fits"])
    question = registry.generate(Spec("calculation.times_tables", 2, 5, style="fluency"))
    again = registry.generate(Spec("calculation.times_tables", 2, 5, style="fluency"))
    assert question.item.prompt == again.item.prompt
