"""Factors, multiples and prime numbers."""

from __future__ import annotations

import math
import random
from fractions import Fraction

from ks2practice.answers.kinds import Choice, TrueFalse, WholeNumber, format_fraction
from ks2practice.content import misconceptions as mis
from ks2practice.content import representations as pictures
from ks2practice.content.calculation import reasoning_items as reasoning
from ks2practice.content.calculation.common import RANGES, bank_use, fitting
from ks2practice.content.wording import hint, lettered, make, name, ordinal, show, truth_word
from ks2practice.core.model import Item, Level
from ks2practice.core.registry import topic
from ks2practice.core.steps import Remainder, Step, add, div, eq, mul, rel

# ---------------------------------------------------------------------- factors, multiples, primes


def factors(n: int) -> list[int]:
    return [d for d in range(1, n + 1) if n % d == 0]


def is_prime(n: int) -> bool:
    return n > 1 and all(n % d for d in range(2, math.isqrt(n) + 1))


def _factor_pairs(n: int) -> list[tuple[int, int]]:
    pairs, d = [], 1
    while d * d <= n:
        if n % d == 0:
            pairs.append((d, n // d))
        d += 1
    return pairs


def _prime_test(n: int) -> Step:
    """Why n is prime, worked: each prime up to the square root leaves a remainder, and the next prime is too big."""
    tried = [p for p in range(2, math.isqrt(n) + 1) if is_prime(p)]
    beyond = next(p for p in range(math.isqrt(n) + 1, n + 2) if is_prime(p))
    parts: list = [f"{n} is prime: "]
    for p in tried:
        parts += [eq(div(n, p), Remainder(n // p, n % p)), ", "]
    parts += ["and ", rel(mul(beyond, beyond), ">", n), ", so no larger factor is possible."]
    return Step(*parts)


def _euclid(a: int, b: int) -> tuple[int, str]:
    """The highest common factor by Euclid's method, and the last subtraction as a check expression."""
    big, small = max(a, b), min(a, b)
    expression = show(small)
    while small:
        q, r = divmod(big, small)
        if r:
            expression = f"{show(big)} − {q} × {show(small)}"
        big, small = small, r
    return big, expression


@topic(
    "calculation.factors_multiples_primes",
    title="Factors, multiples and prime numbers",
    codes=("4C6c", "5C5a", "5C5b", "5C5c", "6C5", "5C8a"),
    styles=("fluency", "true_or_false", "odd_one_out", "word_problem", "same_different", "always_sometimes_never"),
    representations=pictures.kinds("factors_multiples_primes"),
)
@pictures.pictured("factors_multiples_primes")
def factors_multiples_primes(rng: random.Random, level: Level, style: str) -> Item:
    if style == "same_different":
        return reasoning.factors_same_different(rng, level)
    if style == "always_sometimes_never":
        return reasoning.factors_always_sometimes_never(rng, level)
    low, high = RANGES["factors_multiples_primes"][int(level)]["numbers"]  # type: ignore[misc]
    if style == "fluency":
        kinds = {
            1: ("count", "lcm", "multiple"),
            2: ("count", "hcf", "lcm"),
            3: ("hcf", "lcm", "primes", "count"),
        }
        kind = rng.choice(kinds[int(level)])
        if kind == "multiple":
            d, k = rng.randint(3, 12), rng.randint(4, 12)
            answer = WholeNumber(d * k)
            prompt = f"What is the {ordinal(k)} multiple of {d}?" + hint(level, f"count in {d}s: {d}, {2 * d}, …")
            steps = [
                f"The multiples of {d} are {d} × 1, {d} × 2, {d} × 3, …",
                Step(f"The {ordinal(k)} multiple is ", eq(mul(d, k), d * k), "."),
            ]
            predicted = mis.predictions(answer, mis.neighbouring_fact.on(d, k))
            item = make(prompt, answer, steps, style, f"{d} × {k}", predicted=predicted)
            return pictures.offer(item, array=pictures.array(k, d))  # k rows of d: the kth multiple
        if kind == "count":
            n = rng.choice([x for x in range(low, high + 1) if len(factors(x)) >= 4])
            pairs = _factor_pairs(n)
            count = len(factors(n))
            answer = WholeNumber(count)
            prompt = f"How many factors does {n} have?" + hint(level, f"find the factor pairs: 1 × {n}, …")
            listed: list = ["Factor pairs: "]
            for x, y in pairs:
                listed += [eq(mul(x, y), n), "; "]
            listed[-1] = "."
            steps = [Step(*listed), f"{n} has {count} factors: {', '.join(map(str, factors(n)))}."]
            check = " + ".join("1" if x == y else "2" for x, y in pairs)
            predicted = mis.predictions(answer, mis.factor_pairs_counted.on(n))
            item = make(prompt, answer, steps, style, check, predicted=predicted)
            # one factor pair as an array to start from (the most nearly square one that fits)
            fits = [pictures.array(x, y) for x, y in reversed(pairs) if x > 1 and pictures.array(x, y)]
            return pictures.offer(item, "no factor pair of it fits a 12 × 12 array", array=fits[0] if fits else None)
        if kind == "primes":
            start = rng.randint(2, 8) * 10
            primes = [p for p in range(start, start + 20) if is_prime(p)]
            total = sum(primes)
            answer = WholeNumber(total)
            prompt = f"What is the total of all the prime numbers between {start} and {start + 20}?"
            steps = [
                f"The primes between {start} and {start + 20} are {', '.join(map(str, primes))}.",
                Step(eq(add(*primes), total)),
            ]
            predicted = mis.predictions(answer, mis.odd_means_prime.on(start, start + 20))
            return make(prompt, answer, steps, style, " + ".join(map(str, primes)), predicted=predicted)
        if kind == "hcf":
            g = rng.randint(2, 12 if level == Level.EXPECTED else 25)
            x, y = rng.sample([k for k in range(2, 10) if g * k <= max(high, 100) * 2], 2)
            while _euclid(x, y)[0] != 1:
                x, y = rng.sample(range(2, 10), 2)
            a, b = g * x, g * y
            hcf, check = _euclid(a, b)
            answer = WholeNumber(hcf)
            prompt = f"What is the highest common factor of {a} and {b}?"
            steps = [
                f"Factors of {a}: {', '.join(map(str, factors(a)))}.",
                f"Factors of {b}: {', '.join(map(str, factors(b)))}.",
                f"The highest common factor is {hcf}.",
            ]
            predicted = mis.predictions(answer, mis.hcf_lcm_confused.on(a, b, "hcf"))
            return make(prompt, answer, steps, style, check, predicted=predicted)
        pool = range(2, 7) if level == Level.WORKING_TOWARDS else range(2, 13)
        numbers = rng.sample(pool, 2 if level != Level.GREATER_DEPTH else 3)
        while len(numbers) == 2 and level != Level.WORKING_TOWARDS and max(numbers) % min(numbers) == 0:
            numbers = rng.sample(pool, 2)
        lcm = numbers[0]
        for m in numbers[1:]:
            lcm = lcm * m // _euclid(lcm, m)[0]
        if len(numbers) == 2:
            hcf, _ = _euclid(*numbers)
            check = f"{numbers[0]} × {numbers[1]} ÷ {hcf}"
            shown = f"{numbers[0]} and {numbers[1]}"
        else:
            check = f"{lcm} ÷ {numbers[0]} × {numbers[0]}"
            check = " × ".join(str(p) for p in _prime_factors(lcm))
            shown = f"{numbers[0]}, {numbers[1]} and {numbers[2]}"
        answer = WholeNumber(lcm)
        prompt = f"What is the lowest common multiple of {shown}?" + hint(level, "list the multiples of each.")
        steps = [
            f"Multiples of {n}: {', '.join(str(n * k) for k in range(1, min(lcm // n, 8) + 1))}"
            + (", …" if lcm // n > 8 else "")
            for n in numbers
        ]
        steps.append(f"The lowest common multiple is {lcm}.")
        mixed_up = mis.hcf_lcm_confused.on(*numbers, "lcm") if len(numbers) == 2 else None
        predicted = mis.predictions(answer, mis.product_as_lcm.on(*numbers), mixed_up)
        return make(prompt, answer, steps, style, check, predicted=predicted)
    if style == "true_or_false":
        kind = rng.choice(("factor", "multiple", "prime", "prime"))
        if kind == "prime":
            n = rng.choice(
                [x for x in range(max(low, 11), high + 1) if x % 2 and x % 5 and (is_prime(x) or rng.random() < 0.4)]
            )
            truth = is_prime(n)
            answer = TrueFalse(truth)
            prompt = f"True or false? {n} is a prime number." + hint(level, "try dividing by 3, 7 and 11.")
            if truth:
                steps = [_prime_test(n), "So the statement is true."]
                check = f"{n} ÷ 3 ≠ {n // 3}"
            else:
                p = next(d for d in range(2, n) if n % d == 0)
                steps = [
                    Step(eq(mul(p, n // p), n), f", so {n} has more than two factors."),
                    "So the statement is false.",
                ]
                check = f"{n} ≠ {p} × {n // p}"
            predicted = mis.predictions(answer, mis.odd_means_prime.on(n))
            return make(prompt, answer, steps, style, check, predicted=predicted)
        d = rng.randint(3, 12)
        n = d * rng.randint(max(2, low // d), max(3, high // d)) + (0 if rng.random() < 0.5 else rng.randint(1, d - 1))
        truth = n % d == 0
        answer = TrueFalse(truth)
        statement = f"{d} is a factor of {n}" if kind == "factor" else f"{n} is a multiple of {d}"
        prompt = f"True or false? {statement}." + hint(level, f"divide {n} by {d}.")
        division = eq(div(n, d), Remainder(n // d, n % d)) if n % d else eq(div(n, d), n // d)
        steps = [
            Step(division, " exactly." if truth else f": {d} does not go into {n} exactly."),
            f"So the statement is {truth_word(truth)}.",
        ]
        return make(prompt, answer, steps, style, f"{n} ÷ {d} = {n // d}")
    if style == "odd_one_out":
        if rng.random() < 0.5:
            n = rng.choice([x for x in range(max(low, 24), max(high, 48) + 1) if len(factors(x)) >= 6])
            fs = [f for f in factors(n) if 1 < f < n]
            chosen = rng.sample(fs, 3)
            odd = rng.choice([x for x in range(3, n // 2) if n % x and x not in chosen])
            options = [*chosen, odd]
            rng.shuffle(options)
            texts = [str(o) for o in options]
            answer = Choice(tuple(texts), options.index(odd))
            prompt = (
                f"Which of these is not a factor of {n}? " + lettered(texts) + hint(level, f"divide {n} by each one.")
            )
            steps: list = [Step(eq(div(n, c), n // c)) for c in chosen]
            steps.append(Step(eq(div(n, odd), Remainder(n // odd, n % odd)), f", so the answer is {odd}"))
            return make(prompt, answer, steps, style, f"{n} ÷ {odd} = {format_fraction(Fraction(n, odd))}")
        lo = max(low, 11)
        primes = [p for p in range(lo, max(high, 60) + 1) if is_prime(p)]
        composites = [x for x in range(lo, max(high, 60) + 1) if x % 2 and x % 5 and not is_prime(x)]
        chosen = rng.sample(primes, 3)
        odd = rng.choice(composites)
        options = [*chosen, odd]
        rng.shuffle(options)
        texts = [str(o) for o in options]
        answer = Choice(tuple(texts), options.index(odd))
        p = next(d for d in range(2, odd) if odd % d == 0)
        prompt = "Which of these is not a prime number? " + lettered(texts) + hint(level, "try dividing by 3 and 7.")
        steps = [
            *(_prime_test(c) for c in sorted(chosen)),
            Step(eq(mul(p, odd // p), odd), f", so {odd} is not prime: the answer is {odd}"),
        ]
        return make(prompt, answer, steps, style, f"{odd} = {p} × {odd // p}")
    if rng.random() < 0.5:
        a, b = rng.sample((4, 5, 6, 8, 9, 10, 12, 15), 2)
        hcf, _ = _euclid(a, b)
        lcm = a * b // hcf
        who = name(rng)
        settings = (
            (
                f"A red light flashes every {a} seconds and a green light flashes every {b} seconds. They flash "
                "together now. After how many seconds will they next flash together?",
                "flashing_lights:seconds",
            ),
            (
                f"Buses to the park leave every {a} minutes and buses to the beach leave every {b} minutes. Both "
                "leave at 9:00. How many minutes later will they next leave together?",
                "bus_timetable:minutes",
            ),
            (
                f"Sausages come in packs of {a} and bread rolls in packs of {b}. {who} wants exactly the same "
                f"number of sausages and rolls. What is the smallest number of sausages {who} can buy?",
                "sausage_rolls:sausages,rolls",
            ),
        )
        setting, spec = rng.choice(fitting(settings, a, b) or settings[:1])
        bank_use(spec, a, b)
        answer = WholeNumber(lcm)
        steps = [
            f"Multiples of {a}: {', '.join(str(a * k) for k in range(1, lcm // a + 1))}",
            f"Multiples of {b}: {', '.join(str(b * k) for k in range(1, lcm // b + 1))}",
            f"The lowest common multiple is {lcm}.",
        ]
        predicted = mis.predictions(answer, mis.product_as_lcm.on(a, b), mis.hcf_lcm_confused.on(a, b, "lcm"))
        return make(
            setting + hint(level, "list the multiples of both numbers."),
            answer,
            steps,
            style,
            f"{a} × {b} ÷ {hcf}",
            predicted=predicted,
        )
    g = rng.randint(3, 12)
    x, y = rng.sample([k for k in range(2, 9)], 2)
    while _euclid(x, y)[0] != 1:
        x, y = rng.sample(range(2, 9), 2)
    a, b = g * x, g * y
    hcf, check = _euclid(a, b)
    settings = (
        (
            f"{name(rng)} has {a} red beads and {b} blue beads and makes identical bracelets using all the beads. "
            "What is the greatest number of bracelets that can be made?",
            "bead_bracelets:beads",
        ),
        (
            f"A teacher has {a} pencils and {b} rubbers to share out so that every pack is the same, with nothing "
            "left over. What is the greatest number of packs she can make?",
            "class_packs:items",
        ),
        (
            f"A gardener plants {a} tulips and {b} daffodils in rows. Every row is the same and uses all the "
            "flowers. What is the greatest number of rows?",
            "bulb_rows:bulbs",
        ),
    )
    setting, spec = rng.choice(fitting(settings, a, b) or settings[-1:])
    bank_use(spec, a, b)
    answer = WholeNumber(hcf)
    steps = [
        f"The number of bracelets, packs or rows must be a factor of both {a} and {b}.",
        f"Common factors: {', '.join(str(f) for f in factors(hcf))}.",
        f"The greatest is {hcf}.",
    ]
    return make(
        setting + hint(level, "find the common factors."),
        answer,
        steps,
        style,
        check,
        predicted=mis.predictions(answer, mis.hcf_lcm_confused.on(a, b, "hcf")),
    )


def _prime_factors(n: int) -> list[int]:
    out, d = [], 2
    while n > 1:
        while n % d == 0:
            out.append(d)
            n //= d
        d += 1
    return out
