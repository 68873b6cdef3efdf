"""Fraction misconceptions written for the item's own numbers, and a mistake carried on to the answer asked for."""

# The catalogue lines of content/misconceptions/fractions.py quote one example (1/2 + 1/3 → 2/5); the say=
# functions here write the same mistake with the item's numbers and its own operation, so a child who subtracted
# or multiplied is never told about adding. Feedback never uses "=" for the mistake (the gate would read it as a
# false equation): the child's working is shown with an arrow.

from __future__ import annotations

from collections.abc import Callable
from fractions import Fraction

from ks2practice.content.misconceptions.catalogue import Mechanism, Misconception, Wrong, mechanism, register


def _f(n: int, d: int) -> str:
    return f"{n}/{d}"


def _m(whole: int, n: int, d: int) -> str:
    """A number as the child writes it: 3/4, 2 3/4, or 2 when the fraction part is nothing."""
    if not n:
        return str(whole)
    return f"{whole} {n}/{d}" if whole else _f(n, d)


def _value(value: Fraction) -> str:
    value = Fraction(value)
    if value.denominator == 1:
        return str(value.numerator)
    whole, rest = divmod(value.numerator, value.denominator)
    return _m(whole, rest, value.denominator)


# ---------------------------------------------------------------------- what each mistake says, for these numbers


def tops_and_bottoms_said(n1: int, d1: int, n2: int, d2: int, subtract: bool = False, w1: int = 0, w2: int = 0) -> str:
    did = "subtracted" if subtract else "added"
    verb, op = ("subtract", "−") if subtract else ("add", "+")
    top, bottom = (n1 - n2, d1 - d2) if subtract else (n1 + n2, d1 + d2)
    wholes = w1 - w2 if subtract else w1 + w2
    shown = f"{_m(w1, n1, d1)} {op} {_m(w2, n2, d2)} → {_m(wholes, top, bottom)}"
    if d1 == d2:
        fix = f"the parts are already the same size, so the denominator stays {d1}; {verb} only the numerators"
    else:
        fix = f"rename both with a common denominator first, then {verb} only the numerators"
    return f"They {did} the numerators and {did} the denominators ({shown}); {fix}."


def adding_parts_said(n1: int, d1: int, n2: int, d2: int) -> str:
    return (
        f"They added the numerators and added the denominators instead of multiplying ({_f(n1, d1)} × {_f(n2, d2)} → "
        f"{_f(n1 + n2, d1 + d2)}); {_f(n1, d1)} of {_f(n2, d2)} is smaller than {_f(n2, d2)}, so multiply the "
        f"numerators and multiply the denominators."
    )


def both_by_whole_said(n: int, d: int, whole: int, w: int = 0) -> str:
    part = "the fraction part: " if w else ""
    return (
        f"They multiplied the numerator and the denominator by {whole} ({part}{_f(n, d)} × {whole} → "
        f"{_f(n * whole, d * whole)}), which only makes a fraction equal to {_f(n, d)}; {whole} lots of {_f(n, d)} is "
        f"{_f(n * whole, d)}, so only the numerator is multiplied."
    )


def denominator_by_whole_said(n: int, d: int, whole: int, w: int = 0, taken_from: int | None = None) -> str:
    part = "the fraction part: " if w else ""
    return (
        f"They multiplied the denominator by {whole} ({part}{_f(n, d)} × {whole} → {_f(n, d * whole)}), which makes "
        f"the parts smaller; {whole} lots of {_f(n, d)} is {_f(n * whole, d)}, so only the numerator is multiplied."
    )


def divide_denominator_said(n: int, d: int, whole: int) -> str:
    return (
        f"They divided the denominator by {whole} ({_f(n, d)} ÷ {whole} → {_f(n, d // whole)}), which makes each part "
        f"bigger; sharing into {whole} makes parts {whole} times smaller, so multiply the denominator by {whole}."
    )


def divided_by_numerator_said(n: int, d: int, amount: int, **_: object) -> str:
    return (
        f"To find {_f(n, d)} of {amount} they divided by the numerator ({amount} ÷ {n}); divide by the denominator "
        f"{d} to find one part, then multiply by {n}."
    )


def equivalent_by_adding_said(n: int, d: int, new_d: int | None = None, *, new_n: int | None = None) -> str:
    if new_n is not None:
        added = new_n - n
        shown = f"{_f(n, d)} → {_f(new_n, d + added)}"
    else:
        added = (new_d or d) - d
        shown = f"{_f(n, d)} → {_f(n + added, new_d or d)}"
    return (
        f"They added {added} to the numerator and to the denominator ({shown}); equivalent fractions multiply (or "
        f"divide) the numerator and the denominator by the same number."
    )


def whole_times_numerator_said(whole: int, n: int, d: int) -> str:
    return (
        f"They multiplied the whole number by the numerator and added the denominator ({_m(whole, n, d)} → "
        f"{_f(whole * n + d, d)}); each whole is {d} parts, so {whole} × {d} + {n} parts."
    )


def ignores_whole_said(whole: int, n: int, d: int) -> str:
    return (
        f"They left out the whole number ({_m(whole, n, d)} → {_f(n, d)}); the {whole} "
        f"{'whole is' if whole == 1 else 'wholes are'} {whole * d} more parts of size 1/{d}."
    )


def wrong_whole_said(amount: int, used: int, g: int) -> str:
    return (
        f"They took 1/{g} of the starting amount ({amount}) instead of 1/{g} of what was left ({amount - used}); "
        f"draw a new bar for what is left before finding the next fraction."
    )


# ---------------------------------------------------------------------- mistakes carried on to the answer asked for


def then(m: Mechanism, respond: Callable[[Wrong], Wrong], say: Callable[..., str] | None = None) -> Mechanism:
    """The same mistake, carried on to what the question asks: respond turns the mistaken value into the answer
    the child gives (a verdict, a sign, a numerator). None from the mistake stays None."""

    def wrong(*operands: object, **options: object) -> Wrong:
        value = m(*operands, **options)
        return None if value is None else respond(value)

    return Mechanism(m.id, m.title, m.feedback, wrong, say or m.say, None, m.story)


def judged(m: Mechanism, claim: object) -> Mechanism:
    """True or false? — a child with this mistake calls the claim true when the mistake gives it, else false."""
    return then(m, lambda value: value == claim)


# ---------------------------------------------------------------------- a new mistake


register(
    Misconception(
        "fraction_of_the_part",
        "Takes the fraction of the part to find the whole",
        "Given a fraction of a number, they took that fraction of the number again instead of building the whole "
        "from its parts; the number given is some of the equal parts, so find one part, then all of them.",
    ),
)


def _part_said(n: int, d: int, given: int) -> str:
    return (
        f"Told that {_f(n, d)} of the number is {given}, they found {_f(n, d)} of {given} instead; {given} is {n} "
        f"of the {d} equal parts, so one part is {given} ÷ {n} and the whole is {d} of those parts."
    )


@mechanism("fraction_of_the_part", say=_part_said)
def fraction_of_the_part(n: int, d: int, given: int) -> int | None:
    """3/4 of □ = 18 → 3/4 of 18 = 13.5 (None: not a whole number), 2/3 of □ = 12 → 8."""
    value = Fraction(given * n, d)
    return int(value) if value.denominator == 1 else None


register(
    Misconception(
        "divide_fraction_by_multiplying",
        "Multiplies the numerator when dividing a fraction by a whole number",
        "They multiplied the numerator by the whole number instead of dividing, which makes the fraction bigger; "
        "sharing into equal parts makes each part smaller, so the denominator is multiplied.",
    ),
)


def _times_said(n: int, d: int, whole: int) -> str:
    return (
        f"They multiplied the numerator by {whole} ({_f(n, d)} ÷ {whole} → {_f(n * whole, d)}), which makes the "
        f"fraction {whole} times bigger; sharing {_f(n, d)} into {whole} equal parts makes each part smaller, so "
        f"multiply the denominator: {_f(n, d)} ÷ {whole} is {n} of {d * whole} equal parts of the whole."
    )


@mechanism("divide_fraction_by_multiplying", say=_times_said, story=lambda n, d, whole: (_f(n * whole, d),))
def divide_fraction_by_multiplying(n: int, d: int, whole: int) -> Fraction:
    """3/8 ÷ 2 → 6/8: the numerator multiplied."""
    return Fraction(n * whole, d)


def tops_and_bottoms_story(
    n1: int, d1: int, n2: int, d2: int, subtract: bool = False, w1: int = 0, w2: int = 0
) -> tuple[str, ...]:
    """What the child writes: 4 5/11 + 3 1/2 → 7 6/13, 3/8 + 1/8 → 4/16 (not simplified)."""
    top, bottom = (n1 - n2, d1 - d2) if subtract else (n1 + n2, d1 + d2)
    return (_m(w1 - w2 if subtract else w1 + w2, top, bottom),)


def divide_denominator_story(n: int, d: int, whole: int) -> tuple[str, ...]:
    return (_f(n, d // whole),)


register(
    Misconception(
        "fraction_one_part_only",
        "Finds one part and stops",
        "To find a non-unit fraction of an amount they found one part and stopped; the numerator says how many "
        "of those parts to take, so multiply the one part by the numerator.",
    ),
    Misconception(
        "fraction_of_amount_multiplied",
        "Multiplies the amount by the denominator",
        "To find a fraction of an amount they multiplied by the denominator, which makes the amount bigger; a "
        "fraction of an amount is smaller than the amount, so divide by the denominator.",
    ),
)


def _one_part_said(n: int, d: int, amount: int) -> str:
    return (
        f"To find {_f(n, d)} of {amount} they found one part ({amount} ÷ {d}) and stopped; {_f(n, d)} is {n} of "
        f"those parts, so multiply the one part by {n}."
    )


def _one_part_story(n: int, d: int, amount: int) -> tuple[str, ...]:
    return (f"{amount} ÷ {d} = {amount // d}, so {_f(n, d)} of {amount} = {amount // d}.",)


@mechanism("fraction_one_part_only", say=_one_part_said, story=_one_part_story)
def fraction_one_part_only(n: int, d: int, amount: int) -> int | None:
    """3/4 of 24 → 6 (one quarter); None for a unit fraction, where one part is the answer."""
    return amount // d if n > 1 else None


def _multiplied_said(n: int, d: int, amount: int) -> str:
    return (
        f"To find {_f(n, d)} of {amount} they multiplied by {d} ({amount} × {d}), which makes it bigger; "
        f"{_f(n, d)} of {amount} is less than {amount}, so divide by {d}."
    )


def _multiplied_story(n: int, d: int, amount: int) -> tuple[str, ...]:
    return (f"{amount} × {d} = {amount * d}, so {_f(n, d)} of {amount} = {amount * d}.",)


@mechanism("fraction_of_amount_multiplied", say=_multiplied_said, story=_multiplied_story)
def fraction_of_amount_multiplied(n: int, d: int, amount: int) -> int | None:
    """1/4 of 24 → 96; only for a unit fraction (with a numerator the child would have more to get wrong)."""
    return amount * d if n == 1 else None


def divided_by_numerator_story(n: int, d: int, amount: int, left: bool = False) -> tuple[str, ...]:
    return (f"{amount} ÷ {n} = {amount // n}, so {_f(n, d)} of {amount} = {amount // n}.",)


def numerators_only_said(n1: int, d1: int, n2: int, d2: int) -> str:
    bigger = (_f(n1, d1), _f(n2, d2)) if n1 > n2 else (_f(n2, d2), _f(n1, d1))
    return (
        f"They compared only the numerators, {n1} and {n2}, and took {bigger[0]} to be bigger than {bigger[1]}; "
        f"with different denominators the parts are different sizes — rename both with a common denominator, or "
        f"compare each with a half."
    )


def bigger_denominator_said(d1: int, d2: int) -> str:
    big, small = max(d1, d2), min(d1, d2)
    return (
        f"They thought 1/{big} is more than 1/{small} because {big} is more than {small}; fold two equal strips "
        f"into {small} and {big} parts — the more parts the whole is cut into, the smaller each part."
    )
