"""The house (issue #13): each layer imports only the layers below it, no import circles, no module over 800 lines.

An AST walk of every module in the package, with no dependency beyond the standard library. Imports inside functions
count; imports under ``if TYPE_CHECKING:`` do not (they never run). ARCHITECTURE.md explains the layers.
"""

from __future__ import annotations

import ast
from collections.abc import Iterable
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "ks2practice"

LAYERS: tuple[tuple[str, ...], ...] = (
    # bottom first: a module may import its own layer and any layer below it, never one above
    ("core",),
    ("answers",),
    ("pictures",),
    ("content",),
    ("printing",),
    ("store",),
    ("session", "reports", "planning"),
    ("apps", "cli"),
)
TOP = ("ks2practice", "ks2practice.__main__")
"""The public API (ks2practice/__init__.py) and `python -m ks2practice` sit above every layer."""

EXCEPTIONS = {
    # (module, function, imported module): the one documented exception. A Question shows itself in a notebook:
    # Question._repr_html_ imports the HTML renderer when it is called, so core never imports printing at import time.
    ("ks2practice.core.model", "_repr_html_", "ks2practice.printing.html"),
}

MAX_LINES = 800
OVERSIZE = {
    # module path: why it may be longer for now. Each entry must still be over the limit (so it is removed when
    # the module is split).
}


def modules(root: Path = PACKAGE) -> dict[str, Path]:
    """Dotted module name → file, for every module of the package."""
    found = {}
    for path in sorted(root.rglob("*.py")):
        parts = list(path.relative_to(root.parent).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        found[".".join(parts)] = path
    return found


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def imports(name: str, source: str, known: Iterable[str]) -> list[tuple[str, str | None, int]]:
    """(imported module, enclosing function or None, line) for every ks2practice import that can run.

    `from a.b import c` names the module a.b.c when there is one, else a.b. A constant string given to
    importlib.import_module counts as an import too.
    """
    known = set(known)
    found: list[tuple[str, str | None, int]] = []

    def resolve(target: str) -> str:
        while target and target not in known:
            target = target.rpartition(".")[0]
        return target

    def walk(node: ast.AST, function: str | None, package: str) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.If) and _is_type_checking(child.test):
                for other in child.orelse:
                    walk_one(other, function, package)
                continue
            walk_one(child, function, package)

    def walk_one(node: ast.AST, function: str | None, package: str) -> None:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            walk(node, node.name if function is None else function, package)
            return
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.split(".")[0] == "ks2practice":
                    found.append((resolve(alias.name), function, node.lineno))
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = package.split(".")[: len(package.split(".")) - (node.level - 1)]
                base = ".".join([*parts, base] if base else parts)
            if base.split(".")[0] == "ks2practice":
                for alias in node.names:
                    full = f"{base}.{alias.name}"
                    found.append((full if full in known else resolve(base), function, node.lineno))
        elif (
            isinstance(node, ast.Call)
            and getattr(node.func, "attr", getattr(node.func, "id", None)) == "import_module"
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
            and node.args[0].value.startswith("ks2practice")
        ):
            found.append((resolve(node.args[0].value), function, node.lineno))
        walk(node, function, package)

    package = name if _package(name, known) else name.rpartition(".")[0]
    walk(ast.parse(source), None, package)
    return [(target, function, line) for target, function, line in found if target and target != name]


def _package(name: str, known: set[str]) -> bool:
    return any(other.startswith(name + ".") for other in known)


def layer_of(module: str) -> int:
    """The layer's position, bottom 0; the top (public API, __main__) is above every layer."""
    if module in TOP:
        return len(LAYERS)
    first = module.split(".")[1]
    for rank, names in enumerate(LAYERS):
        if first in names:
            return rank
    raise LookupError(f"{module} is in no layer: put it in one of {[n for names in LAYERS for n in names]}")


def graph(found: dict[str, Path]) -> dict[str, dict[str, tuple[str | None, int]]]:
    """module → {imported module: (function, line)}, without the documented exceptions."""
    edges: dict[str, dict[str, tuple[str | None, int]]] = {}
    for name, path in found.items():
        edges[name] = {}
        for target, function, line in imports(name, path.read_text(encoding="utf-8"), found):
            if (name, function, target) not in EXCEPTIONS:
                edges[name].setdefault(target, (function, line))
    return edges


def upward(edges: dict[str, dict[str, tuple[str | None, int]]]) -> list[str]:
    problems = []
    for name, targets in sorted(edges.items()):
        for target, (function, line) in sorted(targets.items()):
            if layer_of(target) > layer_of(name):
                where = f" (in {function})" if function else ""
                problems.append(f"{name}:{line}{where} imports {target}, a higher layer")
    return problems


def cycles(edges: dict[str, dict[str, tuple[str | None, int]]]) -> list[list[str]]:
    """Every import circle, one per strongly connected group of modules, as a path that closes on itself."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[list[str]] = []

    def connect(node: str) -> None:  # Tarjan's algorithm
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in edges.get(node, {}):
            if target not in index:
                connect(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.append(member)
                if member == node:
                    break
            if len(group) > 1:
                groups.append(sorted(group))

    for node in sorted(edges):
        if node not in index:
            connect(node)
    return [_circle(group, edges) for group in groups]


def _circle(group: list[str], edges: dict[str, dict[str, tuple[str | None, int]]]) -> list[str]:
    """One concrete circle through the first module of a strongly connected group (breadth-first, shortest)."""
    start, members = group[0], set(group)
    paths = {start: [start]}
    queue = [start]
    while queue:
        node = queue.pop(0)
        for target in sorted(edges.get(node, {})):
            if target == start:
                return [*paths[node], start]
            if target in members and target not in paths:
                paths[target] = [*paths[node], target]
                queue.append(target)
    return group


FOUND = modules()
EDGES = graph(FOUND)


def test_every_module_belongs_to_a_layer():
    stray = []
    for name in FOUND:
        try:
            layer_of(name)
        except LookupError as error:
            stray.append(str(error))
    assert not stray, "\n".join(stray)


def test_no_layer_imports_a_layer_above_it():
    problems = upward(EDGES)
    assert not problems, f"{len(problems)} upward import(s):\n" + "\n".join(problems)


def test_there_are_no_import_circles():
    found = cycles(EDGES)
    assert not found, f"{len(found)} import circle(s):\n" + "\n".join(" → ".join(circle) for circle in found)


def test_the_documented_exception_is_the_only_one_and_still_needed():
    (module, function, target), *others = sorted(EXCEPTIONS)
    assert not others
    seen = imports(module, FOUND[module].read_text(encoding="utf-8"), FOUND)
    assert (target, function) in {(t, f) for t, f, _ in seen}, "the exception is no longer used: remove it"


@pytest.mark.parametrize("path", sorted(FOUND.values()), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_no_module_is_over_800_lines(path):
    lines = len(path.read_text(encoding="utf-8").splitlines())
    key = path.relative_to(PACKAGE).as_posix()
    if key in OVERSIZE:
        assert lines > MAX_LINES, f"{key} is {lines} lines now: take it out of OVERSIZE"
    else:
        assert lines <= MAX_LINES, f"{key} is {lines} lines; split it by skill or by kind (ARCHITECTURE.md)"


# The checker itself, on made-up modules: it must see what it is meant to refuse.

FAKE = {"ks2practice", "ks2practice.core", "ks2practice.core.a", "ks2practice.printing", "ks2practice.printing.b"}


def _fake_edges(sources: dict[str, str]) -> dict[str, dict[str, tuple[str | None, int]]]:
    return {name: {t: (f, line) for t, f, line in imports(name, source, FAKE)} for name, source in sources.items()}


def test_the_checker_sees_an_upward_import_even_inside_a_function():
    edges = _fake_edges({"ks2practice.core.a": "def f():\n    from ks2practice.printing import b\n"})
    assert upward(edges) == ["ks2practice.core.a:2 (in f) imports ks2practice.printing.b, a higher layer"]


def test_the_checker_ignores_type_checking_imports_and_sees_import_module():
    edges = _fake_edges(
        {
            "ks2practice.core.a": "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n"
            "    from ks2practice.printing.b import X\n",
            "ks2practice.printing.b": "import importlib\nimportlib.import_module('ks2practice.core.a')\n",
        }
    )
    assert edges == {"ks2practice.core.a": {}, "ks2practice.printing.b": {"ks2practice.core.a": (None, 2)}}


def test_the_checker_finds_a_circle_and_names_its_path():
    edges = _fake_edges(
        {
            "ks2practice.printing.b": "from ks2practice.core import a\n",
            "ks2practice.core.a": "def f():\n    import ks2practice.printing.b\n",
        }
    )
    assert cycles(edges) == [["ks2practice.core.a", "ks2practice.printing.b", "ks2practice.core.a"]]
