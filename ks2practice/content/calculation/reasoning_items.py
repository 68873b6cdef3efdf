"""Reasoning items for times tables, mental +/−, factors and primes, and squares and cubes (issue #15 styles)."""

from __future__ import annotations

import math
import random

from ks2practice.content import misconceptions as mis
from ks2practice.content.reasoning import always_sometimes_never, explain_claim, odd_one_out, same_different
from ks2practice.content.wording import hint, name, number_with_digits, show
from ks2practice.core.model import Item, Level
from ks2practice.core.steps import Step, add, eq, mul, power, rel, sub


def _prime(n: int) -> bool:
    return n > 1 and all(n % d for d in range(2, math.isqrt(n) + 1))


def _odd(rng: random.Random, digits: int) -> int:
    return number_with_digits(rng, digits) // 2 * 2 + 1 if digits > 1 else rng.choice((3, 5, 7, 9))


# ---------------------------------------------------------------------- times tables


def tables_same_different(rng: random.Random, level: Level) -> Item:
    """Two facts: swapped round (level 1), doubled and halved (level 2), or one up and one down (level 3), which
    children wrongly think keeps a product as it keeps a sum."""
    if level == Level.WORKING_TOWARDS:
        a, b = rng.sample((2, 3, 4, 5, 10), 2)
        c, d, same = b, a, True
    elif level == Level.EXPECTED:
        a, b = rng.choice((3, 4, 6)), rng.choice((4, 6, 8, 12))
        c, d, same = 2 * a, b // 2, True
    else:
        a, b = rng.choice((6, 7, 8, 9)), rng.choice((6, 7, 8, 9, 12))
        if rng.random() < 0.5:
            b = b if b != a + 1 else b + 1
            c, d, same = a + 1, b - 1, False
        else:
            a, b = rng.choice((6, 9, 12)), rng.choice((6, 9, 12))
            c, d, same = a // 3, 3 * b, True
    p, r = a * b, c * d
    steps = [Step(eq(mul(a, b), p)), Step(eq(mul(c, d), r))]
    left, right = f"{a} × {b}", f"{c} × {d}"
    if level == Level.WORKING_TOWARDS:
        statements = [
            (f"The same value, {p}: {a} groups of {b} and {b} groups of {a}.", True),
            ("Different values, because the numbers are in a different order.", False),
            (f"{left if a > b else right} is bigger, because it starts with the bigger number.", False),
        ]
        check = f"{left} = {right}"
    elif same:
        change = "doubled" if c == 2 * a else "divided by 3"
        other = "halved" if change == "doubled" else "multiplied by 3"
        statements = [
            (f"The same value, {p}: one number is {change} and the other is {other}.", True),
            (f"{right} is bigger, because {d if d > b else c} is bigger than {b if d > b else a}.", False),
            (f"Different values: changing {a} to {c} changes the answer.", False),
        ]
        check = f"{left} = {right}"
    else:
        statements = [
            (f"Different values: {left} is {p} and {right} is {r}.", True),
            ("The same value, because one number went up 1 and the other went down 1.", False),
            (f"The same value, because {a} + {b} = {c} + {d}.", False),
        ]
        steps.append(Step("Moving 1 from one number to the other keeps a sum, not a product: ", rel(p, "≠", r), "."))
        check = f"{left} ≠ {right}"
    return same_different(rng, f"{left} and {right}", statements, steps, check)


def tables_odd_one_out(rng: random.Random, level: Level) -> Item:
    """Which calculation has a different value: facts with one product, and one near miss."""
    if level == Level.WORKING_TOWARDS:
        product, forms = rng.choice(((12, [(3, 4), (4, 3), (2, 6)]), (20, [(4, 5), (5, 4), (2, 10)])))
    elif level == Level.EXPECTED:
        product, forms = rng.choice(((24, [(3, 8), (4, 6), (2, 12)]), (36, [(4, 9), (6, 6), (3, 12)])))
    else:
        product, forms = rng.choice(
            (
                (48, [(6, 8), (4, 12), (2, 3, 8), (2, 4, 6)]),
                (72, [(8, 9), (6, 12), (2, 4, 9), (3, 4, 6)]),
                (84, [(7, 12), (2, 6, 7), (3, 4, 7)]),
                (96, [(8, 12), (2, 6, 8), (3, 4, 8)]),
            )
        )
    near = [(x, y) for x in range(2, 13) for y in range(x, 13) if 0 < abs(x * y - product) <= 4]
    x, y = rng.choice(near)
    members = [(" × ".join(map(str, f)), True) for f in forms] + [(f"{x} × {y}", False)]
    steps: list[str | Step] = [
        Step(eq(mul(*f), product))
        if len(f) == 2
        else Step(eq(mul(f[0], f[1]), f[0] * f[1]), ", and ", eq(mul(f[0] * f[1], f[2]), product))
        for f in forms
    ]
    steps.append(Step(eq(mul(x, y), x * y), f", not {product}."))
    question = "Which calculation is the odd one out?"
    tip = hint(level, "work out each one.")
    return odd_one_out(rng, question, members, steps, f"{x} × {y} ≠ {product}", hint=tip)


# Pairs of tables where every multiple of the first is a multiple of the second (8 = 2 × 4), and the reverse.
_TABLE_PAIRS = ((8, 4), (6, 3), (12, 6), (9, 3), (12, 4), (10, 5), (4, 8), (3, 6), (6, 12), (3, 9), (4, 12), (8, 12))


def tables_explain(rng: random.Random, level: Level) -> Item:
    """Level 1: a fact, right or a neighbouring fact; level 2: deriving the next fact (add a group of which
    number?); level 3: is every multiple of one table in another?"""
    who = name(rng)
    if level == Level.WORKING_TOWARDS:
        t, n = rng.choice((3, 4, 5)), rng.randint(3, 10)
        claimed = t * n if rng.random() < 0.5 else mis.neighbouring_fact(t, n)
        right = claimed == t * n
        steps = [Step(eq(mul(n, t), t * n))]
        model = (
            f"{n} groups of {t} make {t * n}."
            if right
            else f"{n} groups of {t} make {t * n}; {claimed} is only {n - 1} groups of {t}."
        )
        tip = hint(level, f"count in {t}s.")
        return explain_claim(who, f"{n} × {t} = {claimed}", right, steps, model, f"{n} × {t} = {claimed}", hint=tip)
    if level == Level.EXPECTED:
        t = rng.choice((6, 7, 8, 9))
        n = rng.choice([m for m in range(4, 12) if m != t])  # adding n, not t, is only wrong when they differ
        known = t * n
        right = rng.random() < 0.5
        added = t if right else n
        claim = f"I know {n} × {t} = {known}, so {n + 1} × {t} = {known + added}."
        steps = [Step(eq(mul(n + 1, t), add(mul(n, t), t), known + t))]
        model = (
            f"{n + 1} groups of {t} is one more group of {t} than {n} groups, so add {t}."
            if right
            else f"{n + 1} groups of {t} is one more group of {t}, so add {t}, not {n}: the answer is {known + t}."
        )
        return explain_claim(who, claim, right, steps, model, f"{n + 1} × {t} = {known + added}")
    big, small = rng.choice(_TABLE_PAIRS)
    right = big % small == 0
    claim = f"Every number in the {big} times table is also in the {small} times table."
    if right:
        k = big // small
        n, m, j = rng.sample(range(6, 13), 3)
        steps = [
            Step(eq(big, mul(k, small)), f", so each {big} is {k} groups of {small}."),
            Step("For example, ", eq(mul(n, big), mul(n * k, small), n * big), "."),
            Step(
                "And ",
                eq(mul(m, big), mul(m * k, small), m * big),
                ", and ",
                eq(mul(j, big), mul(j * k, small), j * big),
                ".",
            ),
        ]
        model = f"each {big} is {k} groups of {small}, so any number of {big}s is {k} times as many {small}s."
        check = f"{n} × {big} = {n * k} × {small}"
    else:
        n = rng.choice([m for m in range(4, 13) if (m * big) % small])
        value, both = n * big, math.lcm(big, small)
        steps = [
            Step(eq(mul(n, big), value), f" is in the {big} times table."),
            Step(
                "But ", eq(add(mul(value // small, small), value % small), value), f": not in the {small} times table."
            ),
            Step(
                f"Only some {big}s are in both tables, such as ",
                eq(mul(both // big, big), mul(both // small, small), both),
                ".",
            ),
        ]
        model = f"{value} is in the {big} times table but not the {small} times table, so not every one is."
        check = f"{value} = {value // small} × {small}"
    return explain_claim(who, claim, right, steps, model, check)


# ---------------------------------------------------------------------- mental + and −


def mental_same_different(rng: random.Random, level: Level) -> Item:
    """Two calculations made from each other by moving an amount: same sum (addition), same difference (both moved
    the same way), or a different difference (moved as for addition: the misconception)."""
    digits = {1: 3, 2: 4, 3: rng.choice((5, 6))}[int(level)]
    a = number_with_digits(rng, digits)
    k = rng.randint(1, 4)
    b = rng.randint(2, 9) * 10 ** (digits - 2) - k  # 98, 1,997: a number k below a round one
    form = "add" if level == Level.WORKING_TOWARDS else rng.choice(("same", "wrong"))
    if form == "add":
        left, right = add(a, b), add(a - k, b + k)
        value, other = a + b, a + b
        statements = [
            (f"The same value, {show(value)}: {k} is moved from {show(a)} to {show(b)}.", True),
            (f"{show(a)} + {show(b)} is bigger, because {show(a)} is bigger than {show(a - k)}.", False),
            (f"{show(a - k)} + {show(b + k)} is bigger, because {show(b + k)} is a round number.", False),
        ]
    else:
        a = max(a, 2 * b)
        left, right = sub(a, b), sub(a + k, b + k) if form == "same" else sub(a - k, b + k)
        value = a - b
        other = value if form == "same" else value - 2 * k
        if form == "same":
            statements = [
                (f"The same value, {show(value)}: both numbers went up {k}, so the difference stays the same.", True),
                (f"Different values: {show(a + k)} − {show(b + k)} is {k} more.", False),
                (f"Different values: {show(a + k)} − {show(b + k)} is {2 * k} more.", False),
            ]
        else:
            statements = [
                (f"Different values: {show(a - k)} − {show(b + k)} is {2 * k} less.", True),
                (f"The same value, because {k} is moved from one number to the other.", False),
                (f"Different values: {show(a - k)} − {show(b + k)} is {k} less.", False),
            ]
    steps = [Step(eq(left, value)), Step(eq(right, other))]
    check = f"{_text(left)} = {_text(right)}" if value == other else f"{_text(left)} ≠ {_text(right)}"
    return same_different(rng, f"{_text(left)} and {_text(right)}", statements, steps, check)


def _text(expr: object) -> str:
    from ks2practice.core.steps import render

    return render(expr)  # type: ignore[arg-type]


_PARITY = {
    2: (
        ("The difference between two odd numbers is even.", "always", "odd", "odd", "−"),
        ("When you add two even numbers, the answer is odd.", "never", "even", "even", "+"),
        ("When you add two numbers, the answer is odd.", "sometimes", "any", "any", "+"),
    ),
    3: (
        ("When you add three odd numbers, the answer is odd.", "always", "odd", "odd", "++"),
        ("When you add three odd numbers, the answer is even.", "never", "odd", "odd", "++"),
    ),
}

_REASONS = {
    ("odd", "−"): "Each odd number is pairs and one left over; taking one away from the other, the ones left over "
    "cancel, so the difference is all pairs: even.",
    ("even", "+"): "Even numbers are made of pairs, so their total is made of pairs too: it is even, never odd.",
    ("odd", "+"): "Each odd number is pairs and one left over; the two left over make one more pair, so the total "
    "is even.",
    ("odd", "++"): "Two odd numbers make an even total; adding the third odd number leaves one over again, so the "
    "total is odd.",
}


def mental_always_sometimes_never(rng: random.Random, level: Level) -> Item:
    """Odd and even totals: two odd numbers always make an even total, and its relatives."""
    digits = {1: 2, 2: rng.choice((3, 4)), 3: 5}[int(level)]
    if level == Level.WORKING_TOWARDS:
        statement, verdict, kind, _, op = (
            "When you add two odd numbers, the answer is even.",
            "always",
            "odd",
            "",
            "+",
        )
    else:
        statement, verdict, kind, _, op = rng.choice(_PARITY[int(level)])
    witnesses: list[str | Step] = []
    check = ""
    holds: list[str | Step] = []
    fails: list[str | Step] = []
    for i in range(2 if level < Level.GREATER_DEPTH else 3):
        if kind == "any":
            a = _odd(rng, digits)
            b = number_with_digits(rng, digits) // 2 * 2 + (0 if i == 0 else 1)
        else:
            a, b = sorted((_odd(rng, digits), _odd(rng, digits)), reverse=True)
            a += 2 if a == b else 0
            if kind == "even":
                a, b = a - 1, b + 1
        terms = [a, b] if op != "++" else [a, b, _odd(rng, digits)]
        expr = sub(a, b) if op == "−" else add(*terms)
        value = a - b if op == "−" else sum(terms)
        parity = "even" if value % 2 == 0 else "odd"
        line = Step(eq(expr, value), f", which is {parity}.")
        check = check or f"{_text(expr)} = {value}"
        witnesses.append(line)
        true_here = (parity == "even") == ("even." in statement)
        (holds if true_here else fails).append(line)
    slips = []
    if verdict == "always" and op == "+":
        slips.append(mis.odd_add_odd_odd.on("never"))
    if verdict == "sometimes":
        slips.append(mis.one_example_generalised.on(witnesses[0] in holds))
    reason = [] if verdict == "sometimes" else [_REASONS[(kind, op)]]
    tip = hint(level, "try some examples, then think about pairs.")
    return always_sometimes_never(
        statement, holds=holds, fails=fails, reason=reason, check=check, slips=slips, hint=tip
    )


# ---------------------------------------------------------------------- factors, multiples and primes

_COMPOSITE = {1: (9, 15, 21, 25, 27), 3: (77, 91, 119, 121, 133, 143)}


def _prime_test(p: int) -> Step:
    """Why p is prime: no prime up to its square root divides it."""
    tried = [d for d in (2, 3, 5, 7, 11) if d * d <= p]
    k = next(d for d in (3, 5, 7, 11, 13) if d * d > p)
    named = ", ".join(map(str, tried[:-1])) + f" or {tried[-1]}" if len(tried) > 1 else str(tried[0])
    return Step(f"{p} is not in the {named} times tables, and ", rel(mul(k, k), ">", p), f", so {p} is prime.")


def _split(c: int) -> tuple[int, int]:
    d = next(d for d in range(3, c) if c % d == 0)
    return d, c // d


def factors_same_different(rng: random.Random, level: Level) -> Item:
    """A prime and an odd number that is not prime (levels 1 and 3: odd does not mean prime), or two numbers with
    a common factor (level 2)."""
    if level == Level.EXPECTED:
        while True:
            d, m, n = rng.randint(4, 12), rng.randint(2, 9), rng.randint(2, 9)
            if m < n and math.gcd(m, n) == 1 and d * n <= 100:
                break
        a, b = d * m, d * n
        pair = (a, b) if rng.random() < 0.5 else (b, a)
        statements = [
            (f"Both are multiples of {d}, and {d} is the biggest factor they share.", True),
            ("Their only common factor is 1.", False),
            (f"Every factor of {a} is a factor of {b} too.", False),
        ]
        steps = [
            Step(eq(a, mul(d, m)), " and ", eq(b, mul(d, n)), "."),
            f"{m} and {n} have no common factor but 1, so {d} is the biggest factor they share.",
            Step(f"{a} is a factor of {a} but not of {b}: ", eq(b, add(mul(b // a, a), b % a)), "."),
        ]
        return same_different(rng, f"{pair[0]} and {pair[1]}", statements, steps, f"{b} = {d} × {n}")
    if level == Level.WORKING_TOWARDS:
        p, c = rng.choice([q for q in range(7, 30) if _prime(q)]), rng.choice(_COMPOSITE[1])
    else:
        p, c = rng.choice([q for q in range(50, 150) if _prime(q)]), rng.choice(_COMPOSITE[3])
    x, y = _split(c)
    pair = (p, c) if rng.random() < 0.5 else (c, p)
    if level == Level.WORKING_TOWARDS:
        statements = [
            (f"Both are odd, but only {p} is a prime number.", True),
            ("Both are prime numbers, because both are odd.", False),
            ("Neither is a prime number.", False),
        ]
        steps: list[str | Step] = [f"{p} has only two factors, 1 and {p}, so it is prime."]
    else:
        statements = [
            (f"Both are odd and in neither the 3 nor the 5 times table, but only {p} is prime.", True),
            ("Both are prime: they are odd and in neither the 3 nor the 5 times table.", False),
            ("Neither is prime, because both are bigger than 50.", False),
        ]
        steps = [
            Step(eq(add(mul(v // 3, 3), v % 3), v), " and ", eq(add(mul(v // 5, 5), v % 5), v), f": {v} is in neither.")
            for v in (p, c)
        ]
        steps.append(_prime_test(p))
    steps.append(Step(eq(mul(x, y), c), f", so {c} is not prime."))
    return same_different(rng, f"{pair[0]} and {pair[1]}", statements, steps, f"{c} = {x} × {y}")


_MULTIPLE_PAIRS = ((6, 3), (8, 4), (10, 5), (12, 4), (12, 6), (9, 3), (3, 6), (4, 8), (5, 10), (4, 12), (3, 9))


def factors_always_sometimes_never(rng: random.Random, level: Level) -> Item:
    """Level 1: a prime number is odd (sometimes: 2); level 2: multiples of one number are multiples of another;
    level 3: the sum of two primes is even (sometimes), or a square number has an odd number of factors (always)."""
    if level == Level.WORKING_TOWARDS:
        p = rng.choice([q for q in range(3, 30) if _prime(q)])
        holds = [Step(f"{p} is prime and odd: ", eq(add(mul(2, p // 2), 1), p), ".")]
        fails = [Step("2 is prime (its only factors are 1 and 2) and it is even: ", eq(mul(2, 1), 2), ".")]
        return always_sometimes_never(
            "A prime number is odd.",
            holds=holds,
            fails=fails,
            check=f"{p} = 2 × {p // 2} + 1",
            slips=[mis.prime_means_odd.on("asn")],
            hint=hint(level, "is there an even prime number?"),
        )
    if level == Level.EXPECTED:
        a, b = rng.choice(_MULTIPLE_PAIRS)
        statement = f"A multiple of {a} is a multiple of {b}."
        if a % b == 0:
            k = a // b
            n1, n2 = rng.sample(range(3, 13), 2)
            holds = [Step(eq(mul(n, a), mul(n * k, b)), ".") for n in (n1, n2)]
            reason = [Step(eq(a, mul(k, b)), f", so any number of {a}s is {k} times as many {b}s.")]
            return always_sometimes_never(statement, holds=holds, reason=reason, check=f"{n1} × {a} = {n1 * k} × {b}")
        k = b // a
        m, j = rng.randint(2, 9), rng.choice([j for j in range(3, 12) if j % k])
        holds = [Step(eq(mul(m * k, a), mul(m, b)), ".")]
        value = j * a
        fails = [
            Step(
                eq(mul(j, a), value), f" is not a multiple of {b}: ", eq(add(mul(value // b, b), value % b), value), "."
            )
        ]
        return always_sometimes_never(
            statement,
            holds=holds,
            fails=fails,
            check=f"{m * k} × {a} = {m} × {b}",
            slips=[mis.one_example_generalised.on(True)],
        )
    if rng.random() < 0.5:
        odd_primes = [q for q in range(11, 100) if _prime(q)]
        p, q, p2, q2 = rng.sample(odd_primes, 4)
        r, r2 = rng.sample(odd_primes, 2)
        holds = [Step(eq(add(a, b), a + b), ": two odd primes make an even total.") for a, b in ((p, q), (p2, q2))]
        fails = [
            Step(eq(add(2, x), 2 + x), ": 2 is prime and even, so with an odd prime the total is odd.") for x in (r, r2)
        ]
        return always_sometimes_never(
            "The total of two prime numbers is even.",
            holds=holds,
            fails=fails,
            check=f"{p} + {q} = {p + q}",
            slips=[mis.prime_means_odd.on("asn")],
        )
    roots = rng.sample(range(6, 13), 2)
    holds = []
    for root in roots:
        s = root * root
        pairs = [(d, s // d) for d in range(1, root + 1) if s % d == 0]
        parts: list = []
        for d, e in pairs:
            parts += [eq(mul(d, e), s), ", "]
        count = 2 * len(pairs) - 1
        holds.append(Step(*parts, f"so {s} has {count} factors: {root} pairs with itself."))
    reason = [
        "Factors come in pairs that multiply to make the number. In a square number one pair is a number times "
        "itself, which counts as one factor, so the number of factors is odd."
    ]
    return always_sometimes_never(
        "A square number has an odd number of factors.",
        holds=holds,
        reason=reason,
        check=f"{roots[0]} × {roots[0]} = {roots[0] ** 2}",
    )


# ---------------------------------------------------------------------- squares and cubes


def squares_always_sometimes_never(rng: random.Random, level: Level) -> Item:
    """Level 1: a square number is even; level 2: a square is bigger than double the number (not for 1 and 2);
    level 3: a cube number is a square number (64 is, 27 is not), or the square of an odd number is odd."""
    if level == Level.WORKING_TOWARDS:
        e, o = rng.choice((2, 4, 6, 8, 10)), rng.choice((3, 5, 7, 9))
        first_even = rng.random() < 0.5
        holds = [Step(eq(power(e, 2), mul(e, e), e * e), ", which is even.")]
        fails = [Step(eq(power(o, 2), mul(o, o), o * o), ", which is odd.")]
        return always_sometimes_never(
            "A square number is even.",
            holds=holds,
            fails=fails,
            check=f"{e}² = {e * e}",
            slips=[mis.one_example_generalised.on(first_even)],
            hint=hint(level, "square some odd and some even numbers."),
        )
    if level == Level.EXPECTED:
        n = rng.randint(5, 12)
        holds = [Step(eq(power(n, 2), n * n), " and ", eq(mul(2, n), 2 * n), ": ", rel(n * n, ">", 2 * n), ".")]
        fails = [
            Step(eq(power(2, 2), 4), " and ", eq(mul(2, 2), 4), ": equal, not bigger."),
        ]
        return always_sometimes_never(
            "The square of a number is bigger than double the number.",
            holds=holds,
            fails=fails,
            check=f"{n}² > 2 × {n}",
            slips=[mis.one_example_generalised.on(True)],
        )
    if rng.random() < 0.5:
        root = rng.choice((4, 9))  # 4³ = 8², 9³ = 27²
        c = root**3
        side = math.isqrt(c)
        holds = [
            Step(eq(power(r, 3), r**3), " and ", eq(power(math.isqrt(r**3), 2), r**3), ".") for r in (root, 13 - root)
        ]
        base = rng.choice((3, 5, 6, 7))
        value = base**3
        below = math.isqrt(value)
        fails = [
            Step(
                eq(power(base, 3), value),
                " but ",
                rel(power(below, 2), "<", value, "<", power(below + 1, 2)),
                f", so {value} is not a square number.",
            )
        ]
        return always_sometimes_never(
            "A cube number is also a square number.",
            holds=holds,
            fails=fails,
            check=f"{root}³ = {side}²",
            slips=[mis.one_example_generalised.on(True)],
        )
    odds = rng.sample((11, 13, 15, 17, 19, 21, 23, 25, 27, 29, 31), 4)
    holds = [Step(eq(power(n, 2), n * n), ", which is odd.") for n in odds]
    reason = [
        "An odd number of odd numbers added together is odd, and the square of an odd number is that many groups "
        "of an odd number."
    ]
    return always_sometimes_never(
        "The square of an odd number is odd.", holds=holds, reason=reason, check=f"{odds[0]}² = {odds[0] ** 2}"
    )


def squares_odd_one_out(rng: random.Random, level: Level) -> Item:
    """Levels 1 and 2: which is not a square number (a near miss, or a cube); level 3: three numbers that are both
    square and cube numbers (1, 64, 729) and one that is only one of them."""
    if level < Level.GREATER_DEPTH:
        roots = rng.sample(range(2, 11) if level == Level.WORKING_TOWARDS else range(5, 13), 3)
        if level == Level.WORKING_TOWARDS:
            odd = rng.choice([n * n + d for n in range(3, 10) for d in (-1, 1)])
        else:
            odd = rng.choice((27, 125, 2 * 49, 2 * 36, 2 * 25))
        members = [(show(r * r), True) for r in roots] + [(show(odd), False)]
        steps: list[str | Step] = [Step(eq(mul(r, r), r * r)) for r in roots]
        x, k = odd, math.isqrt(odd)
        steps.append(Step(rel(mul(k, k), "<", x, "<", mul(k + 1, k + 1)), f", so {x} is not a square number."))
        return odd_one_out(
            rng,
            "Which of these is not a square number?",
            members,
            steps,
            f"{k} × {k} < {x}",
            hint=hint(level, "a square number is a number times itself."),
        )
    both = [1, 64, 729]
    odd = rng.choice((100, 144, 36, 49, 81, 125, 27, 216, 8))
    members = [(show(n), True) for n in both] + [(show(odd), False)]
    steps = [
        Step(eq(mul(1, 1), 1), " and ", eq(mul(1, 1, 1), 1), "."),
        Step(eq(power(8, 2), 64), " and ", eq(power(4, 3), 64), "."),
        Step(eq(power(27, 2), 729), " and ", eq(power(9, 3), 729), "."),
    ]
    root = math.isqrt(odd)
    cube = max(c for c in range(1, 10) if c**3 <= odd)
    if root * root == odd:
        steps.append(
            Step(
                eq(power(root, 2), odd),
                " but ",
                rel(power(cube, 3), "<", odd, "<", power(cube + 1, 3)),
                f", so {odd} is not a cube number.",
            )
        )
        check = f"{cube}³ < {odd}"
    else:
        steps.append(
            Step(
                eq(power(cube, 3), odd),
                " but ",
                rel(power(root, 2), "<", odd, "<", power(root + 1, 2)),
                f", so {odd} is not a square number.",
            )
        )
        check = f"{root}² < {odd}"
    question = "Three of these are both square numbers and cube numbers. Which is the odd one out?"
    return odd_one_out(rng, question, members, steps, check)
