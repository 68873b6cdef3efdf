"""Same code, same question, same PDF: output hashes recorded before the package moves into layers (issue #13).

The recorded file ``tests/data/stable_output.json`` holds an explicit list of variant specs (every registered topic at
each of its levels with two seeds, every topic in each of its styles, and pictures asked for by name) with one sha256
per variant code, and the sha256 of every file a fixed set of CLI commands writes (worksheets, a class pack, both
papers, a lesson plan with its slides, and SVG pictures from ``show --pictures``).

Only the public API is used, so the test keeps working when modules move: ``ks2practice``'s ``__all__`` for
questions and marking (the picture's SVG is read from the question's own ``_repr_html_``, which embeds it), and
``python -m ks2practice`` in a subprocess for files. A question is serialised by field name with sorted keys, and
type names are never written with their module path, so moving a class to another module leaves its hash alone.

Recording is an explicit act, never done by the test:

    .venv/bin/python tests/test_stable_output.py --record   # rewrite the JSON (refuses if two runs disagree)
    .venv/bin/python tests/test_stable_output.py --check    # list what differs, without pytest
    .venv/bin/python tests/test_stable_output.py --show CODE   # one question's canonical record, to diff by eye
"""

from __future__ import annotations

import base64
import dataclasses
import enum
import hashlib
import json
import os
import re
import subprocess
import sys
import tempfile
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from decimal import Decimal
from fractions import Fraction
from pathlib import Path

import pytest

import ks2practice

RECORD = Path(__file__).resolve().parent / "data" / "stable_output.json"

SEEDS = (1, 2)
"""Every topic at each of its levels is made with these seeds."""

STYLE_SEED = 3
"""Every topic in each of its own styles, at level 2 (or its middle level), with this seed."""

PICTURE_SEEDS = (4, 5, 6, 7)
"""Every topic × picture × level: the first of these seeds whose question can be drawn that way is kept."""

EXTRA_SPECS = (
    # The README's own examples, and a picture asked for together with a style.
    ("calculation.long_multiplication", 3, 7, None, None),
    ("number.rounding", 2, 1, "true_or_false", None),
    ("calculation.mental_add_subtract", 1, 1, None, "part_whole"),
    ("number.negative_numbers", 2, 3, None, "number_line"),
    ("calculation.short_division", 1, 10, "word_problem", "coins"),
    ("calculation.times_tables", 2, 5, "true_or_false", "array"),
    ("fractions.fractions_of_amounts", 1, 5, "word_problem", "bar_model"),
    ("ratio.scaling", 2, 5, "word_problem", "double_number_line"),
    ("calculation.column_addition", 2, "word seed", None, None),
)
"""(topic, level, seed, style, representation)."""

PUPILS_CSV = "name,tier\nAsha,1\nBen,2\nCara,3\n"
"""Made-up pupils for the class pack: the test writes this file beside the command."""

COMMANDS: dict[str, tuple[str, ...]] = {
    name: tuple(line.split())
    for name, line in {
        "worksheet-4C7": "worksheet --objective 4C7 --tiers 1,2,3 --items 12 --seed 7 -o worksheet.pdf",
        "worksheet-3S1": "worksheet --objective 3S1 --tiers 1,2,3 --items 8 --seed 5 -o worksheet.pdf",
        "pack-4N4b": "pack --pupils class.csv --objective 4N4b --items 8 --seed 2 -o pack.pdf",
        "paper-arithmetic": "paper arithmetic --seed 3 -o paper.pdf",
        "paper-mtc": "paper mtc --seed 3 -o paper.pdf",
        "plan-4C7": "plan --objective 4C7 --seed 1 -o plan.pdf --slides slides.html",
        "worksheet-5F2b-access": "worksheet --objective 5F2b --tiers 1,2,3 --items 6 --seed 4 "
        "--large-print --dyslexia-font --tint cream -o worksheet.pdf",
        "show-part-whole": "show calculation.mental_add_subtract --level 1 --representation part_whole "
        "--seed 6 --count 3 --pictures pictures",
        "show-bar-charts": "show statistics.bar_charts --level 2 --seed 3 --count 3 --pictures pictures",
    }.items()
}
"""Each command runs with its own empty folder as the working directory; every file it writes there is hashed
(the class list is an input and is left out). Only files are compared, not what the command prints."""

INPUTS = {"pack-4N4b": {"class.csv": PUPILS_CSV}}


# --------------------------------------------------------------------------------------------------------------
# Questions: a canonical, module-path-free serialisation
# --------------------------------------------------------------------------------------------------------------


def canonical(value: object, where: str = "question") -> object:
    """A JSON-able form of a value, by field name, with no module paths and no memory addresses.

    Anything not recognised is refused (naming where it was found) rather than hashed through a repr that might
    carry an address or a module path.
    """
    if isinstance(value, enum.Enum):  # before str and int: Status is a StrEnum, Level an IntEnum
        return {"enum": type(value).__name__, "value": canonical(value.value, where)}
    if value is None or isinstance(value, (str, bool, int)):
        return value
    if isinstance(value, float):
        return {"float": repr(value)}
    if isinstance(value, Fraction):
        return {"fraction": f"{value.numerator}/{value.denominator}"}
    if isinstance(value, Decimal):
        return {"decimal": str(value)}
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        out: dict[str, object] = {"type": type(value).__name__}
        for name in ("kind", "title"):  # a picture's class-level kind and title are part of what it shows
            if name not in {f.name for f in dataclasses.fields(value)} and isinstance(getattr(value, name, None), str):
                out[f"class_{name}"] = getattr(value, name)
        out["fields"] = {
            f.name: canonical(getattr(value, f.name), f"{where}.{f.name}") for f in dataclasses.fields(value)
        }
        return out
    if isinstance(value, (tuple, list)):
        return [canonical(v, f"{where}[{i}]") for i, v in enumerate(value)]
    if isinstance(value, dict):
        pairs = [[canonical(k, where), canonical(v, f"{where}[{k!r}]")] for k, v in value.items()]
        return {"dict": sorted(pairs, key=lambda pair: json.dumps(pair, sort_keys=True, ensure_ascii=False))}
    if isinstance(value, (set, frozenset)):
        items = [canonical(v, where) for v in value]
        return {"set": sorted(items, key=lambda item: json.dumps(item, sort_keys=True, ensure_ascii=False))}
    raise TypeError(f"{where}: don't know how to serialise a {type(value).__name__} stably; teach canonical() it")


def embedded_svgs(html: str) -> list[str]:
    """The SVG documents a question's HTML embeds as base64 data URIs, decoded."""
    found = re.findall(r"data:image/svg\+xml;base64,([A-Za-z0-9+/=]+)", html)
    return [base64.b64decode(data).decode("utf-8") for data in found]


def question_record(spec: ks2practice.Spec) -> dict[str, object]:
    """Everything a question carries, and what the public API shows and marks of it, as canonical JSON data."""
    question = ks2practice.generate(spec)
    answer = question.answer
    html = question._repr_html_()
    diagram = question.diagram
    responses = [answer.format(), *(predicted.response for predicted in question.misconceptions)]
    return {
        "code": spec.code,
        "question": canonical(question),
        "shown": {
            "str": str(question),
            "prompt": question.prompt,
            "style": question.style,
            "solution": list(question.solution),
            "working": question.working,
            "check": question.check,
            "representation": question.representation,
            "misconceptions": canonical(question.misconceptions, "misconceptions"),
        },
        "answer": {
            "kind": type(answer).__name__,
            "format": answer.format(),
            "rule": answer.rule(),
            "numeric": canonical(answer.numeric(), "answer.numeric()"),
            "numeric_repr": repr(answer.numeric()),
        },
        "diagram": None
        if diagram is None
        else {"kind": diagram.kind, "title": diagram.title, "describe": diagram.describe()},
        "html": html,
        "svg": embedded_svgs(html),
        "marking": [[response, canonical(ks2practice.check(question, response), "verdict")] for response in responses],
    }


def digest(data: object) -> str:
    text = json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def spec_of(entry: dict[str, object]) -> ks2practice.Spec:
    return ks2practice.Spec(
        entry["topic"], entry["level"], entry["seed"], representation=entry["representation"], style=entry["style"]
    )


def question_hashes(entries: Iterable[dict[str, object]]) -> dict[str, str]:
    """code → sha256, or code → 'error: …' when the spec no longer makes a question."""
    out: dict[str, str] = {}
    for entry in entries:
        try:
            spec = spec_of(entry)
            out[entry["code"]] = digest(question_record(spec)) if spec.code == entry["code"] else "error: code changed"
        except Exception as error:  # a moved or renamed topic must be reported by name, not stop the sweep
            out[entry["code"]] = f"error: {type(error).__name__}: {error}"
    return out


def choose_specs() -> list[dict[str, object]]:
    """The variant specs to record, chosen from the registry as it is now (only when recording)."""
    chosen: dict[str, dict[str, object]] = {}

    def add(topic: str, level: int, seed: int | str, style: str | None, representation: str | None) -> bool:
        spec = ks2practice.Spec(topic, level, seed, representation=representation, style=style)
        try:
            ks2practice.generate(spec)
        except ValueError:
            return False
        entry = {"topic": topic, "level": level, "seed": seed, "style": style, "representation": representation}
        chosen.setdefault(spec.code, {"code": spec.code, **entry})
        return True

    for topic in ks2practice.list_topics():
        levels = [int(level) for level in topic.levels]
        for level in levels:
            for seed in SEEDS:
                if not add(topic.id, level, seed, None, None):
                    raise AssertionError(f"{topic.id} level {level} seed {seed} makes no question")
        middle = levels[len(levels) // 2]
        for style in topic.styles:
            if not add(topic.id, middle, STYLE_SEED, style, None):
                raise AssertionError(f"{topic.id} offers {style} but makes none at level {middle}")
        for representation in topic.representations:
            for level in levels:
                any(add(topic.id, level, seed, None, representation) for seed in PICTURE_SEEDS)
    for topic, level, seed, style, representation in EXTRA_SPECS:
        if not add(topic, level, seed, style, representation):
            raise AssertionError(f"extra spec {topic} L{level} s{seed} {style} {representation} makes no question")
    return list(chosen.values())


# --------------------------------------------------------------------------------------------------------------
# Files: made by the command line in a subprocess
# --------------------------------------------------------------------------------------------------------------


def run_command(name: str, argv: tuple[str, ...], root: Path, env: dict[str, str] | None = None) -> dict[str, str]:
    """Run one command in its own folder under root; '<name>/<file>' → sha256 of every file it wrote."""
    folder = root / name
    folder.mkdir(parents=True)
    inputs = INPUTS.get(name, {})
    for file_name, text in inputs.items():
        (folder / file_name).write_text(text, encoding="utf-8")
    environment = dict(os.environ if env is None else env)
    environment["KS2PRACTICE_DATA"] = str(root / "data-unused")  # never touch a real store
    done = subprocess.run(
        [sys.executable, "-m", "ks2practice", *argv],
        cwd=folder,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )
    if done.returncode != 0:
        return {f"{name}/(exit {done.returncode})": done.stderr.strip()[-500:] or done.stdout.strip()[-500:]}
    written = sorted(p for p in folder.rglob("*") if p.is_file() and p.relative_to(folder).as_posix() not in inputs)
    if not written:
        return {f"{name}/(no files)": "the command wrote nothing"}
    return {f"{name}/{p.relative_to(folder).as_posix()}": hashlib.sha256(p.read_bytes()).hexdigest() for p in written}


def file_hashes(root: Path, env: dict[str, str] | None = None) -> dict[str, str]:
    out: dict[str, str] = {}
    with ThreadPoolExecutor(max_workers=min(2, os.cpu_count() or 1)) as pool:
        for result in pool.map(lambda item: run_command(*item, root, env), COMMANDS.items()):
            out.update(result)
    return dict(sorted(out.items()))


# --------------------------------------------------------------------------------------------------------------
# Comparing
# --------------------------------------------------------------------------------------------------------------


def differences(recorded: dict[str, str], now: dict[str, str]) -> list[str]:
    lines = []
    for key in sorted(set(recorded) | set(now)):
        before, after = recorded.get(key), now.get(key)
        if before == after:
            continue
        if before is None:
            lines.append(f"  {key}: new (not recorded)")
        elif after is None:
            lines.append(f"  {key}: missing now (recorded {before[:12]})")
        else:
            lines.append(f"  {key}: recorded {before[:12]}, now {after[:80]}")
    return lines


def load_record() -> dict[str, object]:
    return json.loads(RECORD.read_text(encoding="utf-8"))


def recorded_questions(record: dict[str, object]) -> dict[str, str]:
    return {entry["code"]: entry["sha256"] for entry in record["questions"]}


def test_the_recorded_list_covers_every_topic_at_every_level() -> None:
    record = load_record()
    seen = {(entry["topic"], entry["level"]) for entry in record["questions"]}
    wanted = {(topic.id, int(level)) for topic in ks2practice.list_topics() for level in topic.levels}
    missing = sorted(wanted - seen)
    assert not missing, f"topic/level pairs with no recorded question (new topics?): {missing}"
    assert len(recorded_questions(record)) == len(record["questions"]), "a variant code is recorded twice"


def test_every_recorded_question_is_made_the_same() -> None:
    record = load_record()
    lines = differences(recorded_questions(record), question_hashes(record["questions"]))
    assert not lines, f"{len(lines)} variant code(s) make a different question than when recorded:\n" + "\n".join(lines)


def test_the_recorded_commands_are_the_ones_run() -> None:
    recorded = {name: tuple(argv) for name, argv in load_record()["commands"].items()}
    assert recorded == COMMANDS, "COMMANDS changed since recording: re-record (see the module docstring)"
    assert load_record()["pupils_csv"] == PUPILS_CSV


@pytest.mark.slow  # nine subprocesses compiling Typst: a few seconds, not a registry sweep, but the marker to skip
def test_every_recorded_pdf_and_picture_is_made_byte_for_byte(tmp_path: Path) -> None:
    lines = differences(load_record()["files"], file_hashes(tmp_path))
    assert not lines, f"{len(lines)} file(s) differ from the recorded bytes:\n" + "\n".join(lines)


# --------------------------------------------------------------------------------------------------------------
# Recording: an explicit act
# --------------------------------------------------------------------------------------------------------------


def _hashes_in_child(entries: list[dict[str, object]], hash_seed: str) -> dict[str, str]:
    """The question hashes computed in a fresh interpreter with another PYTHONHASHSEED (set order must not count)."""
    env = {**os.environ, "PYTHONHASHSEED": hash_seed}
    done = subprocess.run(
        [sys.executable, str(Path(__file__).resolve()), "--hashes"],
        input=json.dumps(entries),
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(done.stdout)


def record() -> int:
    entries = choose_specs()
    first = _hashes_in_child(entries, "1")
    second = _hashes_in_child(entries, "2")
    errors = [code for code, value in first.items() if value.startswith("error")]
    if errors or first != second:
        print("not recorded: questions errored or differ between two runs:", file=sys.stderr)
        print("\n".join(errors + differences(first, second)), file=sys.stderr)
        return 1
    with (
        tempfile.TemporaryDirectory(prefix="ks2stable-a-") as a,
        tempfile.TemporaryDirectory(prefix="ks2stable-b-") as b,
    ):
        files_a = file_hashes(Path(a), {**os.environ, "PYTHONHASHSEED": "1"})
        files_b = file_hashes(Path(b), {**os.environ, "PYTHONHASHSEED": "2"})
    broken = [name for name in files_a if "/(" in name]
    if broken or files_a != files_b:
        print("not recorded: a command failed or made different bytes twice:", file=sys.stderr)
        print("\n".join(broken + differences(files_a, files_b)), file=sys.stderr)
        return 1
    data = {
        "about": "Hashes of questions and printed files before the move into layers (issue #13). "
        "Re-record only on purpose: .venv/bin/python tests/test_stable_output.py --record",
        "version": ks2practice.__version__,
        "questions": [{**entry, "sha256": first[entry["code"]]} for entry in entries],
        "pupils_csv": PUPILS_CSV,
        "commands": {name: list(argv) for name, argv in COMMANDS.items()},
        "files": files_a,
    }
    RECORD.parent.mkdir(parents=True, exist_ok=True)
    RECORD.write_text(_one_item_a_line(data), encoding="utf-8")
    print(f"recorded {len(entries)} variant codes and {len(files_a)} files in {RECORD}")
    return 0


def _one_item_a_line(data: dict[str, object]) -> str:
    """The record as JSON with each question, command and file on one line, so a diff names what changed."""

    def dump(value: object) -> str:
        return json.dumps(value, ensure_ascii=False)

    blocks = []
    for key, value in data.items():
        if isinstance(value, list):
            rows = ",\n".join(f"  {dump(item)}" for item in value)
            blocks.append(f" {dump(key)}: [\n{rows}\n ]")
        elif isinstance(value, dict):
            rows = ",\n".join(f"  {dump(name)}: {dump(item)}" for name, item in value.items())
            blocks.append(f" {dump(key)}: {{\n{rows}\n }}")
        else:
            blocks.append(f" {dump(key)}: {dump(value)}")
    return "{\n" + ",\n".join(blocks) + "\n}\n"


def show(code: str) -> int:
    """Print one recorded question's canonical record, to diff before and after a change that alters its hash."""
    entries = [entry for entry in load_record()["questions"] if entry["code"] == code]
    if not entries:
        print(f"{code!r} is not a recorded variant code", file=sys.stderr)
        return 2
    print(json.dumps(question_record(spec_of(entries[0])), sort_keys=True, ensure_ascii=False, indent=1))
    return 0


def check_now() -> int:
    record_data = load_record()
    lines = differences(recorded_questions(record_data), question_hashes(record_data["questions"]))
    with tempfile.TemporaryDirectory(prefix="ks2stable-") as folder:
        lines += differences(record_data["files"], file_hashes(Path(folder)))
    print("\n".join(lines) if lines else "no differences")
    return 1 if lines else 0


if __name__ == "__main__":
    mode = sys.argv[1] if len(sys.argv) >= 2 else ""
    if mode == "--show" and len(sys.argv) == 3:
        raise SystemExit(show(sys.argv[2]))
    if mode == "--record":
        raise SystemExit(record())
    if mode == "--check":
        raise SystemExit(check_now())
    if mode == "--hashes":
        print(json.dumps(question_hashes(json.load(sys.stdin))))
        raise SystemExit(0)
    print("usage: python tests/test_stable_output.py --record | --check | --show CODE", file=sys.stderr)
    raise SystemExit(2)
