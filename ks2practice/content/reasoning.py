"""Reasoning item shapes shared by topics: same/different, always/sometimes/never, odd one out, explain a claim."""

from __future__ import annotations

import random
from collections.abc import Sequence

from ks2practice.answers.kinds import Choice, TrueFalse
from ks2practice.content.misconceptions import catalogue as mis
from ks2practice.content.wording import lettered, make
from ks2practice.core.model import Item
from ks2practice.core.steps import Step

ASN = ("always", "sometimes", "never")


def same_different(
    rng: random.Random,
    pair: str,
    statements: Sequence[tuple[str, bool]],
    steps: Sequence[str | Step],
    check: str,
) -> Item:
    """A same/different item about ``pair`` ("3/4 and 6/8"): the statements are (text, true?), exactly one true,
    shown in a shuffled order; ``steps`` work out why, and ``check`` is a true statement in KS2 notation that
    confirms the key (the independent evaluator reads it)."""
    true = [text for text, holds in statements if holds]
    if len(true) != 1:
        raise ValueError(f"a same/different item needs exactly one true statement, not {len(true)}: {statements}")
    options = [text for text, _ in statements]
    rng.shuffle(options)
    answer = Choice(tuple(options), options.index(true[0]))
    prompt = f"What is the same and what is different about {pair}? Choose the best answer. {lettered(options)}"
    return make(prompt, answer, [*steps, f"Answer: {true[0]}"], "same_different", check)


def always_sometimes_never(
    statement: str,
    *,
    holds: Sequence[str | Step] = (),
    fails: Sequence[str | Step] = (),
    reason: Sequence[str | Step] = (),
    check: str,
    slips: Sequence[mis.Applied | None] = (),
    hint: str = "",
) -> Item:
    """An always/sometimes/never item whose verdict is read from its witnesses, so it cannot disagree with them:
    ``holds`` are worked examples where the statement is true, ``fails`` examples where it is false. Both → sometimes;
    only ``holds`` → always and only ``fails`` → never, each of which also needs a general ``reason`` (an example alone
    proves neither). ``check`` is a true relation from a witness the evaluator reads; ``slips`` are mechanisms on the
    item's numbers that give the verdict a child would choose."""
    if not holds and not fails:
        raise ValueError(f"always/sometimes/never needs a worked example: {statement!r}")
    verdict = "sometimes" if holds and fails else "always" if holds else "never"
    if verdict != "sometimes" and not reason:
        raise ValueError(f"'{verdict}' needs a general reason as well as an example: {statement!r}")
    answer = Choice(ASN, ASN.index(verdict))
    prompt = f"Is this always, sometimes or never true? {statement} {lettered(ASN)}{hint}"
    steps: list[str | Step] = [*reason]
    if holds:
        steps += ["It is true here: ", *holds] if verdict == "sometimes" else ["For example: ", *holds]
    if fails:
        steps += ["But it is false here: ", *fails] if verdict == "sometimes" else ["For example: ", *fails]
    steps.append(f"So the statement is {verdict} true.")
    predicted = mis.predictions(answer, *slips)
    return make(prompt, answer, steps, "always_sometimes_never", check, predicted=predicted)


def odd_one_out(
    rng: random.Random,
    question: str,
    members: Sequence[tuple[str, bool]],
    steps: Sequence[str | Step],
    check: str,
    slips: Sequence[mis.Applied | None] = (),
    hint: str = "",
) -> Item:
    """An odd-one-out item: ``members`` are (text, shares the property?) with exactly one not sharing it, shown in a
    shuffled order; ``steps`` show the property for each member (so the key is worked, not asserted)."""
    odd = [text for text, shares in members if not shares]
    if len(odd) != 1 or len(members) < 3:
        raise ValueError(f"an odd one out needs 3 or more members and exactly one odd, not {len(odd)}: {members}")
    texts = [text for text, _ in members]
    if len(set(texts)) != len(texts):
        raise ValueError(f"odd one out members must differ: {texts}")
    rng.shuffle(texts)
    answer = Choice(tuple(texts), texts.index(odd[0]))
    prompt = f"{question} {lettered(texts)}{hint}"
    predicted = mis.predictions(answer, *slips)
    return make(prompt, answer, [*steps, f"Answer: {odd[0]}"], "odd_one_out", check, predicted=predicted)


def explain_claim(
    who: str,
    claim: str,
    right: bool,
    steps: Sequence[str | Step],
    model: str,
    check: str,
    slips: Sequence[mis.Applied | None] = (),
    hint: str = "",
) -> Item:
    """A convince-me item: a child's claim to judge and explain. ``steps`` work the maths that decides it, ``model``
    is the model explanation for the adult (it must say why, not just yes or no), ``check`` the child's claim in KS2
    notation, true exactly when the child is right (the key is true/false, so the evaluator judges the claim)."""
    if len(model.split()) < 6:
        raise ValueError(f"a model explanation says why, in a sentence: {model!r}")
    answer = TrueFalse(right)
    prompt = f"{who} says: “{claim}” Is {who} right? Answer true or false, then explain how you know.{hint}"
    lines = [*steps, f"Model answer: {'Yes' if right else 'No'} — {model}"]
    predicted = mis.predictions(answer, *slips)
    return make(prompt, answer, lines, "explain", check, predicted=predicted)
