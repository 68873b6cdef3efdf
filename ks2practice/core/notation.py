"""Our own bounded grammar and exact evaluator for KS2 arithmetic-paper notation, □ equations included."""

from __future__ import annotations

import operator
import unicodedata
from dataclasses import dataclass
from fractions import Fraction

_MAX_LENGTH = 200
_MAX_DIGITS = 15
_MAX_SIZE = 10**30
_MAX_POWER = 12
_MAX_DEPTH = 40

_DIGITS = "0123456789"
_SUPERSCRIPTS = {char: digit for digit, char in enumerate("⁰¹²³⁴⁵⁶⁷⁸⁹")}
# Each vulgar fraction's value, read from its Unicode compatibility form (½ is 1⁄2, with a fraction slash).
_VULGAR = {char: Fraction(unicodedata.normalize("NFKC", char).replace("⁄", "/")) for char in "½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅐⅛⅜⅝⅞⅑⅒"}
# Each symbol a paper (or a teacher's word processor) might use, mapped to the one operator it means.
_OPERATORS = {"+": "+", "-": "-", "−": "-", "–": "-", "×": "×", "*": "×", "÷": "÷", "/": "÷", "^": "^", "%": "%"}
_WORDS = {"x": "×", "of": "of"}
_BOXES = "□?☐▢"
_RELATIONS = {
    "=": operator.eq,
    "≠": operator.ne,
    "<": operator.lt,
    ">": operator.gt,
    "≤": operator.le,
    "≥": operator.ge,
}
_ARITHMETIC = {"+": operator.add, "-": operator.sub, "×": operator.mul, "of": operator.mul, "÷": operator.truediv}


class NotationError(ValueError):
    """Raised for any text the grammar cannot read or evaluate."""

    position: int | None  # 0-based index into the text where the problem is, when there is one place
    why: str  # the reason in words a teacher understands

    def __init__(self, why: str, position: int | None = None) -> None:
        self.why = why
        self.position = position
        super().__init__(why if position is None else f"at character {position + 1}: {why}")


@dataclass(frozen=True)
class Solution:
    """What a question works out to: its value, the value of □, or whether a statement is true."""

    value: Fraction | bool
    kind: str  # "value", "missing" or "statement"
    text: str  # the value printed in KS2 form


@dataclass(frozen=True)
class _Token:
    kind: str  # "number", "box", "op", "power", "(", ")", "relation" or "end"
    pos: int
    text: str  # as typed, for messages
    value: object = None  # a Fraction, a superscript power, or the operator or relation it means


@dataclass(frozen=True)
class _Node:
    kind: str  # "number", "box", "neg", "%" or a binary operator: "+", "-", "×", "÷", "of", "^"
    pos: int
    value: Fraction | None = None
    left: _Node | None = None
    right: _Node | None = None
    has_box: bool = False


def solve(text: str) -> Solution:
    """Read one KS2 item: an expression, an equation with one □ to find, or a statement to judge true or false."""
    if not isinstance(text, str):
        raise NotationError("the question must be text")
    if len(text) > _MAX_LENGTH:
        raise NotationError(f"the question is longer than {_MAX_LENGTH} characters")
    tokens, fraction_notation = _tokenize(text)
    parser = _Parser(tokens)
    left, relation, right = parser.statement()
    if parser.box is not None:
        if relation is None or relation.value != "=":
            why = f"{parser.box.text} stands for a missing number, so write an equation such as 3 + □ = 10"
            raise NotationError(why, parser.box.pos)
        value = _find_missing(left, right, parser.box.pos)
        return Solution(value, "missing", format_ks2(value, fractions=fraction_notation))
    if relation is None:
        value = _value(left)
        return Solution(value, "value", format_ks2(value, fractions=fraction_notation))
    truth = _RELATIONS[relation.value](_value(left), _value(right))
    return Solution(truth, "statement", "true" if truth else "false")


def expression_value(text: str) -> Fraction:
    """The exact value of one expression (no relation, no □), without printing it: for checking worked steps."""
    if not isinstance(text, str):
        raise NotationError("the expression must be text")
    if len(text) > _MAX_LENGTH:
        raise NotationError(f"the expression is longer than {_MAX_LENGTH} characters")
    tokens, _ = _tokenize(text)
    parser = _Parser(tokens)
    node = parser.expression()
    if not parser.at("end"):
        raise parser.unexpected(parser.tokens[parser.index])
    if parser.box is not None:
        raise NotationError("□ has no value here", parser.box.pos)
    return _value(node)


def evaluate(text: str) -> Fraction | bool:
    """The exact value of an expression, the value of □, or a statement's truth."""
    return solve(text).value


def format_ks2(value: Fraction, *, fractions: bool = False, decimals: bool = False) -> str:
    """Print a value as KS2 papers do: 10,000 and 1000; 2.5; 3/4 and 2 1/3 when asked for or not terminating.

    ``fractions=True`` prints every non-integer as a simplest fraction or mixed number; ``decimals=True`` insists
    on a decimal and raises ValueError for a value such as 1/3 that has no exact one.
    """
    if fractions and decimals:
        raise ValueError("ask for fractions or decimals, not both")
    if isinstance(value, bool) or not isinstance(value, int | Fraction):
        raise TypeError(f"format_ks2 prints an int or a Fraction, not {type(value).__name__}")
    value = Fraction(value)
    if value.denominator == 1:
        return _grouped(value.numerator)
    if not fractions and _terminates(value.denominator):
        return _as_decimal(value)
    if decimals:
        raise ValueError(f"{_as_fraction(value)} has no exact decimal")
    return _as_fraction(value)


def _grouped(whole: int) -> str:
    # KS2 papers print 1000 without a comma but 10,000 with one.
    return f"{whole:,}" if abs(whole) >= 10_000 else str(whole)


def _terminates(denominator: int) -> bool:
    for prime in (2, 5):
        while denominator % prime == 0:
            denominator //= prime
    return denominator == 1


def _as_decimal(value: Fraction) -> str:
    sign, value = ("-" if value < 0 else ""), abs(value)
    places = 0
    while (10**places) % value.denominator:
        places += 1
    whole, part = divmod(value.numerator * (10**places // value.denominator), 10**places)
    return f"{sign}{_grouped(whole)}.{part:0{places}d}"


def _as_fraction(value: Fraction) -> str:
    sign = "-" if value < 0 else ""
    whole, top = divmod(abs(value.numerator), value.denominator)
    fraction = f"{top}/{value.denominator}"
    return f"{sign}{_grouped(whole)} {fraction}" if whole else f"{sign}{fraction}"


def _is_digit(text: str, index: int) -> bool:
    return index < len(text) and text[index] in _DIGITS


def _digits_end(text: str, start: int) -> int:
    while _is_digit(text, start):
        start += 1
    return start


def _tokenize(text: str) -> tuple[list[_Token], bool]:
    """Split the text into tokens; also say whether it used fraction notation (so answers print as fractions)."""
    tokens: list[_Token] = []
    fraction_notation = False
    i = 0
    while i < len(text):
        char = text[i]
        end = i + 1
        if char.isspace():
            i = end
            continue
        if char in _DIGITS or char == ".":
            value, end, is_fraction = _read_number(text, i)
            tokens.append(_Token("number", i, " ".join(text[i:end].split()), value))  # one line in messages
            fraction_notation |= is_fraction
        elif char in _VULGAR:
            tokens.append(_Token("number", i, char, _VULGAR[char]))
            fraction_notation = True
        elif char in _SUPERSCRIPTS:
            power = _SUPERSCRIPTS[char]
            while end < len(text) and text[end] in _SUPERSCRIPTS:
                power, end = power * 10 + _SUPERSCRIPTS[text[end]], end + 1
            tokens.append(_Token("power", i, text[i:end], power))
        elif char in _OPERATORS:
            tokens.append(_Token("op", i, char, _OPERATORS[char]))
        elif char in "()":
            tokens.append(_Token(char, i, char))
        elif char in _BOXES:
            tokens.append(_Token("box", i, char))
        elif char in _RELATIONS:
            tokens.append(_Token("relation", i, char, char))
        elif char.isalpha():
            while end < len(text) and text[end].isalpha():
                end += 1
            word = text[i:end]
            if word.lower() not in _WORDS:
                raise NotationError(f"I don't know the {'word' if len(word) > 1 else 'symbol'} '{word}'", i)
            tokens.append(_Token("op", i, word, _WORDS[word.lower()]))
        else:
            shown = char if char.isprintable() else f"U+{ord(char):04X}"
            raise NotationError(f"I don't know the symbol '{shown}'", i)
        i = end
    tokens.append(_Token("end", len(text), "the end"))
    return tokens, fraction_notation


def _read_whole(text: str, start: int) -> tuple[str, int]:
    """Read digits with optional thousands commas; return the digits alone and where they stop."""
    end = _digits_end(text, start)
    digits = text[start:end]
    if text[end : end + 1] == "," and end - start > 3:
        raise NotationError("there can be at most 3 digits before a comma, as in 12,345", start)
    while text[end : end + 1] == ",":
        group_end = _digits_end(text, end + 1)
        if group_end - end - 1 != 3:
            raise NotationError("a comma in a number must be followed by exactly 3 digits, as in 12,345", end)
        digits, end = digits + text[end + 1 : group_end], group_end
    if len(digits) > _MAX_DIGITS:
        raise NotationError(f"a number can have at most {_MAX_DIGITS} digits", start)
    return digits, end


def _read_number(text: str, start: int) -> tuple[Fraction, int, bool]:
    """Read a decimal, a whole number, a fraction 3/4 or a mixed number 2 1/4 or 2⅓ as one number."""
    whole, end = _read_whole(text, start)
    if text[end : end + 1] == ".":
        if not _is_digit(text, end + 1):
            raise NotationError("a decimal point needs a digit after it", end)
        stop = _digits_end(text, end + 1)
        places = text[end + 1 : stop]
        if len(whole + places) > _MAX_DIGITS:
            raise NotationError(f"a number can have at most {_MAX_DIGITS} digits", start)
        return Fraction(int(whole + places), 10 ** len(places)), stop, False
    if text[end : end + 1] == "/" and _is_digit(text, end + 1):
        bottom, stop = _read_whole(text, end + 1)
        return _fraction(int(whole), int(bottom), end), stop, True
    gap = end
    while gap < len(text) and text[gap].isspace():
        gap += 1
    if gap < len(text) and text[gap] in _VULGAR:
        return int(whole) + _VULGAR[text[gap]], gap + 1, True
    if gap > end and _is_digit(text, gap):
        top, slash = _read_whole(text, gap)
        if text[slash : slash + 1] == "/" and _is_digit(text, slash + 1):
            bottom, stop = _read_whole(text, slash + 1)
            part = _fraction(int(top), int(bottom), slash)
            if not 0 < part < 1:
                raise NotationError("in a mixed number like 2 1/4 the fraction must be between 0 and 1", gap)
            return int(whole) + part, stop, True
    return Fraction(int(whole)), end, False


def _fraction(top: int, bottom: int, slash: int) -> Fraction:
    if bottom == 0:
        raise NotationError("you can't divide by zero", slash)
    return Fraction(top, bottom)


def _binary(kind: str, pos: int, left: _Node, right: _Node) -> _Node:
    return _Node(kind, pos, left=left, right=right, has_box=left.has_box or right.has_box)


class _Parser:
    """Recursive descent, loosest first: comparison; + −; × ÷; of; unary −; powers; %; numbers, □ and brackets."""

    def __init__(self, tokens: list[_Token]) -> None:
        self.tokens, self.index, self.depth = tokens, 0, 0
        self.box: _Token | None = None

    def take(self) -> _Token:
        token = self.tokens[self.index]
        self.index += 1
        return token

    def at(self, kind: str, *values: str) -> bool:
        token = self.tokens[self.index]
        return token.kind == kind and (not values or token.value in values)

    def statement(self) -> tuple[_Node, _Token | None, _Node | None]:
        left = self.expression()
        if self.at("end"):
            return left, None, None
        relation = self.take()
        if relation.kind != "relation":
            raise self.unexpected(relation)
        if relation.value == "=" and self.at("end"):  # papers print "3 × 4 =" with the answer box after it
            return left, None, None
        right = self.expression()
        if not self.at("end"):
            raise self.unexpected(self.tokens[self.index])
        return left, relation, right

    def chain(self, operand, symbols: tuple[str, ...]) -> _Node:
        # A loop, not recursion, so long sums cannot exhaust the stack; every chain associates to the left.
        left = operand()
        while self.at("op", *symbols):
            sign = self.take()
            left = _binary(sign.value, sign.pos, left, operand())
        return left

    def expression(self) -> _Node:
        return self.chain(self.term, ("+", "-"))

    def term(self) -> _Node:
        return self.chain(self.of_chain, ("×", "÷"))

    def of_chain(self) -> _Node:
        # KS2 reads "24 ÷ 1/2 of 8" as 24 ÷ (1/2 of 8), so "of" binds tighter than × and ÷.
        return self.chain(self.signed, ("of",))

    def signed(self) -> _Node:
        if not self.at("op", "-"):
            return self.power()
        sign = self.take()
        operand = self.nested(sign, self.signed)
        return _Node("neg", sign.pos, left=operand, has_box=operand.has_box)

    def power(self) -> _Node:
        base = self.percent()
        if self.at("power"):
            token = self.take()
            return _binary("^", token.pos, base, _Node("number", token.pos, Fraction(token.value)))
        if not self.at("op", "^"):
            return base
        caret = self.take()
        return _binary("^", caret.pos, base, self.nested(caret, self.signed))  # right to left: 2^3^2 is 2^9

    def percent(self) -> _Node:
        operand = self.primary()
        if not self.at("op", "%"):
            return operand
        sign = self.take()
        return _Node("%", sign.pos, left=operand, has_box=operand.has_box)

    def primary(self) -> _Node:
        token = self.take()
        if token.kind == "number":
            return _Node("number", token.pos, _checked(token.value, token.pos))
        if token.kind == "box":
            if self.box is not None:
                raise NotationError("there can only be one missing number in a question", token.pos)
            self.box = token
            return _Node("box", token.pos, has_box=True)
        if token.kind != "(":
            raise self.missing_number(token)
        self.enter(token)
        inside = self.expression()
        if self.at(")"):
            self.take()
            self.depth -= 1
            return inside
        if self.at("end"):
            raise NotationError("a bracket is opened here but never closed", token.pos)
        raise self.unexpected(self.tokens[self.index])

    def enter(self, token: _Token) -> None:
        self.depth += 1
        if self.depth > _MAX_DEPTH:
            raise NotationError(f"brackets and signs are nested too deeply (more than {_MAX_DEPTH})", token.pos)

    def nested(self, token: _Token, parse) -> _Node:
        self.enter(token)
        node = parse()
        self.depth -= 1
        return node

    def missing_number(self, token: _Token) -> NotationError:
        if token.kind != "end":
            return NotationError(f"a number is missing before '{token.text}'", token.pos)
        if self.index == 1:
            return NotationError("there is nothing to work out")
        before = self.tokens[self.index - 2]
        return NotationError(f"a number is missing after '{before.text}'", before.pos)

    def unexpected(self, token: _Token) -> NotationError:
        if token.kind == ")":
            return NotationError("this bracket is closed but was never opened", token.pos)
        if token.kind == "relation":
            where = "can't go inside brackets" if self.depth else "is one too many: only one is allowed"
            return NotationError(f"the comparison sign '{token.text}' {where}", token.pos)
        if token.kind in ("number", "box", "("):
            return NotationError("a sign such as + or × is missing before this", token.pos)
        return NotationError(f"'{token.text}' can't go here", token.pos)


def _checked(value: Fraction, pos: int) -> Fraction:
    if abs(value.numerator) > _MAX_SIZE or value.denominator > _MAX_SIZE:
        raise NotationError("that number is too big for a KS2 question", pos)
    return value


def _int_root(number: int, n: int) -> int:
    """The largest whole r with r**n <= number (number >= 0), by bisection: exact and bounded."""
    low, high = 0, 1 << (number.bit_length() // n + 1)
    while low < high:
        middle = (low + high + 1) // 2
        low, high = (middle, high) if middle**n <= number else (low, middle - 1)
    return low


# For each power n, the largest base whose n-th power stays in bounds: sizes are checked before computing.
_ROOT_LIMITS = [_MAX_SIZE] + [_int_root(_MAX_SIZE, n) for n in range(1, _MAX_POWER + 1)]


def _whole_power(exponent: Fraction, pos: int) -> int:
    if exponent.denominator != 1 or not 0 <= exponent <= _MAX_POWER:
        raise NotationError(f"a power must be a whole number from 0 to {_MAX_POWER}", pos)
    return exponent.numerator


def _fits(base: Fraction, n: int) -> bool:
    return abs(base.numerator) <= _ROOT_LIMITS[n] and base.denominator <= _ROOT_LIMITS[n]


def _value(node: _Node, box: Fraction | None = None) -> Fraction:
    """Work out a tree exactly; `box` is the value to use for □ when checking a solution."""
    if node.kind == "number":
        return node.value
    if node.kind == "box":
        return box
    if node.kind == "neg":
        return -_value(node.left, box)
    if node.kind == "%":
        return _checked(_value(node.left, box) / 100, node.pos)
    left, right = _value(node.left, box), _value(node.right, box)
    if node.kind == "^":
        n = _whole_power(right, node.pos)
        if not _fits(left, n):
            raise NotationError("that number is too big for a KS2 question", node.pos)
        return left**n
    if node.kind == "÷" and right == 0:
        raise NotationError("you can't divide by zero", node.pos)
    return _checked(_ARITHMETIC[node.kind](left, right), node.pos)


def _find_missing(left: _Node, right: _Node, box_pos: int) -> Fraction:
    """Solve for the one □ by unwinding its side from the top, undoing each operation on the other side's value."""
    side, other = (right, left) if right.has_box else (left, right)
    node, target = side, _value(other)
    while node.kind != "box":
        node, target = _unwind(node, target)
    try:  # a last check that the answer really makes the equation true
        holds = _value(side, target) == _value(other)
    except NotationError:
        holds = False
    if not holds:
        raise _no_single_answer(False, box_pos)
    return target


def _no_single_answer(any_works: bool, pos: int) -> NotationError:
    if any_works:
        return NotationError("any number works here, so there is no single answer", pos)
    return NotationError("no number works here, so there is no answer", pos)


def _unwind(node: _Node, target: Fraction) -> tuple[_Node, Fraction]:
    """Step from `node` towards □: return the child holding □ and the value that child must have."""
    if node.kind == "neg":
        return node.left, -target
    if node.kind == "%":
        return node.left, _checked(target * 100, node.pos)
    box_first = node.left.has_box
    inner, known = (node.left, _value(node.right)) if box_first else (node.right, _value(node.left))
    if node.kind == "+":
        wanted = target - known
    elif node.kind == "-":
        wanted = target + known if box_first else known - target
    elif node.kind in ("×", "of"):
        if known == 0:
            raise _no_single_answer(target == 0, node.pos)
        wanted = target / known
    elif node.kind == "÷" and box_first:
        if known == 0:
            raise NotationError("you can't divide by zero", node.pos)
        wanted = target * known
    elif node.kind == "÷":
        if known == 0 or target == 0:  # 0 ÷ □ = 0 holds for any □ but 0; a ÷ □ = 0 or 0 ÷ □ = t for none
            raise _no_single_answer(known == target == 0, node.pos)
        wanted = known / target
    elif box_first:
        wanted = _root(target, _whole_power(known, node.pos), node.pos)
    else:
        wanted = _power_giving(known, target, node.pos)
    return inner, _checked(wanted, node.pos)


def _root(target: Fraction, n: int, pos: int) -> Fraction:
    """The n-th root of target: the positive one for even n, as KS2 reads □² = 49."""
    if n == 0:
        raise _no_single_answer(target == 1, pos)
    if target < 0 and n % 2 == 0:
        raise _no_single_answer(False, pos)
    sign = -1 if target < 0 else 1
    root = Fraction(sign * _int_root(abs(target.numerator), n), _int_root(target.denominator, n))
    if root**n != target:
        raise NotationError("no exact number works here (the answer is not a whole number, fraction or decimal)", pos)
    return root


def _power_giving(base: Fraction, target: Fraction, pos: int) -> Fraction:
    """The one whole power from 0 to 12 that takes base to target."""
    powers = [n for n in range(_MAX_POWER + 1) if _fits(base, n) and base**n == target]
    if not powers:
        raise NotationError(f"no whole number from 0 to {_MAX_POWER} works as the power", pos)
    if len(powers) > 1:
        raise NotationError("more than one number works here, so there is no single answer", pos)
    return Fraction(powers[0])
