"""Mark schemes as STA writes them: each item's answer, what to accept and not accept, and the method mark."""

from __future__ import annotations

from dataclasses import dataclass

from ks2practice.answers.marking import check
from ks2practice.content.misconceptions import MISCONCEPTIONS
from ks2practice.core.model import Question, Status
from ks2practice.core.steps import Step
from ks2practice.printing.layout import Block, id_safe, picture_for
from ks2practice.printing.pdf import PrintOptions
from ks2practice.printing.typeset import answer_markup, literal, step_markup, text_markup

# The wording of the method mark follows the STA's published KS2 mark schemes (2016–2024, Papers 1–3): "Award TWO
# marks for the correct answer", then "If the answer is incorrect, award ONE mark for" a formal method of long
# multiplication or division "with no more than one arithmetic error", or "an appropriate method" for a multi-step
# problem, shown by an example of that method.
LONG_METHODS = {"calculation.long_multiplication": "long multiplication", "calculation.long_division": "long division"}
AWARD_TWO = "Award TWO marks for the correct answer."
FORMAL_METHOD = (
    "If the answer is incorrect, award ONE mark for a formal method of {method} with no more than one arithmetic error."
)
APPROPRIATE_METHOD = "If the answer is incorrect, award ONE mark for an appropriate method, e.g."
MODEL = "Model answer:"


@dataclass(frozen=True)
class SchemeEntry:
    """One item's mark scheme as data: what the PDF prints and what the tests check against the paper."""

    number: int
    marks: int
    answer: str
    accept: str
    rejects: tuple[str, ...]
    award: str | None
    method: str | None
    method_steps: tuple[str, ...]


def rejected(question: Question) -> tuple[str, ...]:
    """'Do not accept' lines: the wrong answers the item's misconceptions predict, each named, and only those its
    own marking rule marks wrong (so a line can never contradict the rule above it)."""
    lines = []
    for predicted in question.item.misconceptions:
        if not predicted.plausible:
            continue
        if check(question, predicted.response).status is not Status.MISCONCEPTION:
            continue
        known = MISCONCEPTIONS.get(predicted.misconception)
        name = known.title if known else predicted.misconception.replace("_", " ")
        line = f"{predicted.response} ({name[:1].lower()}{name[1:]})"
        if line not in lines:
            lines.append(line)
    return tuple(lines)


def _steps(question: Question) -> tuple[str, ...]:
    # the worked steps less a closing "Answer: …" (the answer line above already says it)
    return tuple(step for step in question.solution if not str(step).startswith("Answer:"))


def scheme_entry(number: int, question: Question, marks: int) -> SchemeEntry:
    """The mark scheme of one item, from the item's answer, marking rule, misconceptions and worked steps."""
    award = method = None
    method_steps: tuple[str, ...] = ()
    if marks == 2:
        award = AWARD_TWO
        long_method = LONG_METHODS.get(question.spec.topic)
        if long_method:
            method = FORMAL_METHOD.format(method=long_method)
        else:
            method = APPROPRIATE_METHOD
            method_steps = _steps(question)
    models = [str(step).removeprefix(MODEL).strip() for step in question.solution if str(step).startswith(MODEL)]
    if marks == 1 and models:
        award = f"Award ONE mark for {question.answer.format()} with an explanation, e.g. {models[0]}"
    return SchemeEntry(
        number,
        marks,
        question.answer.format(),
        _sentence(question.answer.rule()),
        rejected(question),
        award,
        method,
        method_steps,
    )


def scheme_block(number: int, question: Question, marks: int, options: PrintOptions) -> Block:
    """The mark scheme of one item, laid out (scheme-item in ks2sheet.typ)."""
    entry = scheme_entry(number, question, marks)
    arguments = [
        str(number),
        f"[{answer_markup(question)}]",
        literal(f"{marks} mark{'s' if marks > 1 else ''}"),
        f"[#{literal(entry.accept)}]",
    ]
    if entry.rejects:
        arguments.append(f"reject: [{text_markup('; '.join(entry.rejects))}]")
    if entry.award:
        arguments.append(f"award: {literal(entry.award)}")
    if entry.method:
        arguments.append(f"method: {literal(entry.method)}")
    if entry.method_steps:
        arguments.append(f"steps: [{' #linebreak() '.join(_step(step) for step in entry.method_steps)}]")
    elif marks == 2 and question.working:
        arguments.append(f"working: raw({literal(question.working)}, block: true)")
    shown = ()
    if question.drawing is not None:
        completed = picture_for(question.drawing.completed, f"k{id_safe(question.spec.code)}.svg", options, "key")
        arguments.append(f'picture: image("{completed.name}", width: {completed.width_cm}cm)')
        shown = (completed,)
    return Block(f"#scheme-item({', '.join(arguments)})", shown)


def _sentence(text: str) -> str:
    # a rule may open mid-sentence ("an equal amount in another unit … is fine") where it has no first clause
    return text[:1].upper() + text[1:]


def _step(step: str | Step) -> str:
    return f"• {step_markup(step)}"
