"""Differentiated worksheets: a plan (objectives, tiers, items, seed) becomes tiered sheets and their answer keys."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace

from ks2practice.content.selection import sheet_items
from ks2practice.core import curriculum, registry
from ks2practice.core.model import Level, Question
from ks2practice.printing.class_list import Pupil
from ks2practice.printing.layout import Block, Document, SheetPart, compile_document, key_blocks, question_block
from ks2practice.printing.pdf import PrintOptions

TIER_NAMES = {1: "working towards", 2: "expected", 3: "greater depth"}
MOST_ITEMS = 40


class PlanError(ValueError):
    """A plan a teacher wrote that cannot be made, with a one-line reason they can act on."""


@dataclass(frozen=True)
class Objective:
    """What a sheet practises: a curriculum code (or a topic id), its words, and the topics that serve it."""

    code: str
    words: str
    topics: tuple[str, ...]


def resolve(objective: str) -> Objective:
    """A curriculum code such as '5F2b' or a topic id such as 'calculation.short_division', with its topics."""
    text = objective.strip()
    entries = registry.topics()
    by_id = {t.id: t for t in entries}
    if text in by_id:
        return Objective(text, by_id[text].title, (text,))
    try:
        found = curriculum.find(text)
    except KeyError:
        found = None
    if found is not None and found.framework != curriculum.CONTENT_DOMAIN:
        raise PlanError(
            f"{found.code} is a ready-to-progress criterion; plan sheets by a test-framework code such as 5F2b"
        )
    if found is None:
        raise PlanError(
            f"unknown objective {objective!r}: give a curriculum code such as 5F2b or a topic id "
            "(`ks2practice list` shows both)"
        )
    serving = tuple(t.id for t in entries if found.code in t.codes)
    if not serving:
        raise PlanError(f"no topic practises {found.code} ({found.description}) yet")
    return Objective(found.code, found.description, serving)


@dataclass(frozen=True)
class Plan:
    """A worksheet plan: objectives, tiers, items per tier, seed, title and optional printed date."""

    objectives: tuple[str, ...]
    tiers: tuple[int, ...] = (1, 2, 3)
    items: int = 12
    seed: int | str = 1
    title: str | None = None
    date: str | None = None
    key: bool = True
    options: PrintOptions = field(default_factory=PrintOptions)

    def __post_init__(self) -> None:
        objectives = (self.objectives,) if isinstance(self.objectives, str) else tuple(self.objectives)
        object.__setattr__(self, "objectives", objectives)
        object.__setattr__(self, "tiers", tuple(int(t) for t in self.tiers))
        if not objectives:
            raise PlanError("a plan needs at least one objective, e.g. 5F2b")
        if not self.tiers or any(t not in TIER_NAMES for t in self.tiers):
            raise PlanError("tiers are 1 (working towards), 2 (expected) and 3 (greater depth), e.g. --tiers 1,2,3")
        if len(set(self.tiers)) != len(self.tiers):
            raise PlanError("each tier may appear once in a plan")
        if not 1 <= self.items <= MOST_ITEMS:
            raise PlanError(f"items per tier must be between 1 and {MOST_ITEMS}")


@dataclass(frozen=True)
class Sheet:
    """One tier's printed sheet: its variant code, header words and the questions in order."""

    title: str
    objective_words: str
    tier: int
    code: str
    questions: tuple[Question, ...]
    pupil: str | None = None


def variant_code(objectives: Sequence[str], tier: int, items: int, seed: int | str) -> str:
    """The code printed on a sheet, from which `ks2practice worksheet --code` makes the same sheet again."""
    return f"{'+'.join(objectives)}/T{tier}/n{items}/s{seed}"


def parse_code(code: str) -> tuple[tuple[str, ...], int, int, str]:
    """Objectives, tier, items and seed from a printed variant code such as '5F2b/T2/n12/s7'."""
    parts = code.strip().split("/")
    if (
        len(parts) != 4
        or not parts[1].startswith("T")
        or not parts[2].startswith("n")
        or not parts[3].startswith("s")
        or not parts[1][1:].isdigit()
        or not parts[2][1:].isdigit()
    ):
        raise PlanError(f"{code!r} is not a sheet code; codes look like 5F2b/T2/n12/s7 (printed at a sheet's foot)")
    return tuple(parts[0].split("+")), int(parts[1][1:]), int(parts[2][1:]), parts[3][1:]


def build_sheet(
    objectives: Sequence[Objective], tier: int, items: int, seed: int | str, title: str, pupil: str | None = None
) -> Sheet:
    """The questions for one tier: items shared out over the objectives' topics, none repeated."""
    level = Level(tier)
    topic_ids = [t for objective in objectives for t in objective.topics]
    usable = [t for t in dict.fromkeys(topic_ids) if level in registry.get(t).levels]
    if not usable:
        raise PlanError(f"no topic for {', '.join(o.code for o in objectives)} has tier {tier} questions")
    share = [items // len(usable) + (1 if i < items % len(usable) else 0) for i in range(len(usable))]
    questions: list[Question] = []
    for topic_id, count in zip(usable, share, strict=True):
        if count:
            questions.extend(sheet_items(topic_id, level, f"{seed}|{topic_id}", count))
    _refuse_repeats(questions)
    code = variant_code([o.code for o in objectives], tier, items, seed)
    words = "; ".join(o.words for o in objectives)
    return Sheet(title, words, tier, code, tuple(questions), pupil)


def _refuse_repeats(questions: Sequence[Question]) -> None:
    prompts = [q.prompt for q in questions]
    if len(set(prompts)) != len(prompts):
        raise PlanError("this objective cannot fill the sheet without repeating a question; ask for fewer items")


def _strand_title(objective: Objective) -> str:
    # A sheet's default title names the strand; the objective in words goes on the line beneath it.
    is_topic = objective.topics == (objective.code,)
    code = registry.get(objective.code).codes[0] if is_topic else objective.code
    try:
        return curriculum.find(code).strand_name
    except KeyError:
        return "Maths practice"


def sheets_for(plan: Plan) -> list[Sheet]:
    """Every tier's sheet for a plan, in tier order as written."""
    objectives = [resolve(o) for o in plan.objectives]
    title = plan.title or _strand_title(objectives[0])
    return [build_sheet(objectives, tier, plan.items, plan.seed, title) for tier in plan.tiers]


def document_for(sheets: Sequence[Sheet], plan_date: str | None, options: PrintOptions, key: bool) -> Document:
    """Lay out sheets (and, after them, their keys): each a part that starts a new page and counts its own pages."""
    parts: list[SheetPart] = []
    for sheet in sheets:
        blocks: tuple[Block, ...] = tuple(question_block(i + 1, q, options) for i, q in enumerate(sheet.questions))
        parts.append(SheetPart(sheet=sheet, blocks=blocks, is_key=False, date=plan_date))
    if key:
        for sheet in sheets:
            blocks = tuple(key_blocks(sheet.questions, options))
            parts.append(SheetPart(sheet=sheet, blocks=blocks, is_key=True, date=plan_date))
    return Document(title=sheets[0].title if sheets else "Worksheet", parts=tuple(parts), options=options)


def worksheet_pdf(plan: Plan) -> tuple[bytes, Document]:
    """The PDF of a plan's tiered sheets followed by their answer keys, and the laid-out document it came from."""
    document = document_for(sheets_for(plan), plan.date, plan.options, plan.key)
    return compile_document(document), document


def with_options(plan: Plan, **changes: object) -> Plan:
    """The same plan printed differently (large print, another font, a tint)."""
    return replace(plan, options=replace(plan.options, **changes))


def pack_sheets(plan: Plan, pupils: Sequence[Pupil], progress: Callable[[int, int], None] | None = None) -> list[Sheet]:
    """A sheet per pupil at their tier; each pupil's items differ (seed '<plan seed>.<row>'), reprintable by code."""
    objectives = [resolve(o) for o in plan.objectives]
    title = plan.title or _strand_title(objectives[0])
    sheets = []
    for row, pupil in enumerate(pupils, start=1):
        sheet = build_sheet(objectives, pupil.tier, plan.items, f"{plan.seed}.{row}", title, pupil=pupil.name)
        sheets.append(sheet)
        if progress is not None:
            progress(row, len(pupils))
    return sheets


def pack_pdf(
    plan: Plan, pupils: Sequence[Pupil], progress: Callable[[int, int], None] | None = None
) -> tuple[bytes, Document]:
    """One PDF: every pupil's sheet, then the keys in the same order."""
    document = document_for(pack_sheets(plan, pupils, progress), plan.date, plan.options, plan.key)
    return compile_document(document), document
