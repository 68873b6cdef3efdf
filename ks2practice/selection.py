"""Choosing the questions for one printed sheet: deterministic, and no two alike (provisional; see branch gates)."""

from __future__ import annotations

from ks2practice import registry
from ks2practice.model import Level, Question, Spec


def sheet_items(
    topic_id: str,
    level: Level | int,
    seed: int | str,
    n: int,
    styles: tuple[str, ...] | None = None,
    representation: str | None = None,
) -> list[Question]:
    """n questions from one topic for one sheet, no two with the same prompt, from derived seeds."""
    chosen: list[Question] = []
    prompts: set[str] = set()
    for k in range(n * 40):
        style = styles[k % len(styles)] if styles else None
        question = registry.generate(Spec(topic_id, level, f"{seed}:{k}", representation, style))
        if question.prompt in prompts:
            continue
        prompts.add(question.prompt)
        chosen.append(question)
        if len(chosen) == n:
            return chosen
    raise ValueError(f"topic {topic_id!r} could not supply {n} different questions at level {int(level)}")
