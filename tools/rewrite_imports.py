"""Rewrite ks2practice imports in .py and .ipynb files from ARCHITECTURE-MOVES.txt (`old -> new`, one a line).

usage: python tools/rewrite_imports.py ARCHITECTURE-MOVES.txt FILE...

`from old.module import a, b` becomes one import per new module (a name-level line wins over its module's line);
`import old.module as x` is rewritten too. It prints each file it changed and a FLAG for what it leaves to a person:
`import old.module` without an alias (its uses name the old path) and strings that name an old module. Run
`ruff check --fix --select I` and `ruff format` afterwards. Written for the merge of branch `house` (issue #13).
"""

import ast
import json
import re
import sys
from pathlib import Path

DOTTED = re.compile(r"ks2practice(?:\.\w+)+")
FROM_PACKAGE = re.compile(r"from ks2practice import (\w+)")


def load_mapping(path):
    m = {}
    for line in Path(path).read_text().splitlines():
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        old, new = (s.strip() for s in line.split("->"))
        m[old] = new
    return m


def resolve(m, dotted):
    if dotted in m:
        return m[dotted]
    parts = dotted.split(".")
    for i in range(len(parts) - 1, 0, -1):
        p = ".".join(parts[:i])
        if p in m:
            return m[p] + "." + ".".join(parts[i:])
    return dotted


def rewrite_source(src, m, flags, where):
    try:
        tree = ast.parse(src)
    except SyntaxError:
        # notebook cells with magics: rewrite line by line for simple one-line imports
        tree = None
    lines = src.split("\n")
    edits = []  # (start, end, newlines)
    nodes = []
    if tree is not None:
        nodes = [n for n in ast.walk(tree) if isinstance(n, (ast.Import, ast.ImportFrom))]
    else:
        for i, line in enumerate(lines):
            s = line.strip()
            if s.startswith(("from ks2practice", "import ks2practice")):
                try:
                    n = ast.parse(s).body[0]
                except SyntaxError:
                    flags.append(f"{where}: cannot parse line {i + 1}: {line}")
                    continue
                n.lineno = n.end_lineno = i + 1
                n.col_offset = len(line) - len(line.lstrip())
                nodes.append(n)
    for node in nodes:
        indent = lines[node.lineno - 1][: node.col_offset]
        if lines[node.lineno - 1][: node.col_offset].strip():
            flags.append(f"{where}:{node.lineno}: import not at line start")
            continue
        if isinstance(node, ast.ImportFrom):
            if node.level or not (node.module or "").startswith("ks2practice"):
                continue
            groups = {}
            changed = False
            for a in node.names:
                if a.name == "*":
                    new_mod = resolve(m, node.module)
                    groups.setdefault(new_mod, []).append("*")
                    changed |= new_mod != node.module
                    continue
                full = node.module + "." + a.name
                new_full = resolve(m, full)
                new_mod, _, new_name = new_full.rpartition(".")
                alias = a.asname
                if new_name != a.name and alias is None:
                    alias = a.name
                text = new_name if alias is None or alias == new_name else f"{new_name} as {alias}"
                if new_full != full:
                    changed = True
                if any(key.startswith(full + ".") for key in m):
                    flags.append(
                        f"{where}:{node.lineno}: {full} was split: uses of `{alias or a.name}.NAME` need the "
                        "name's own module (see its line in the mapping)"
                    )
                groups.setdefault(new_mod, []).append(text)
            if not changed:
                continue
            new_lines = [f"{indent}from {mod} import {', '.join(names)}" for mod, names in groups.items()]
        else:
            new_lines = []
            changed = False
            for a in node.names:
                if not a.name.startswith("ks2practice"):
                    new_lines.append(f"{indent}import {a.name}" + (f" as {a.asname}" if a.asname else ""))
                    continue
                new = resolve(m, a.name)
                if new != a.name:
                    changed = True
                    if a.asname is None:
                        flags.append(f"{where}:{node.lineno}: `import {a.name}` without alias: rewrite uses by hand")
                new_lines.append(f"{indent}import {new}" + (f" as {a.asname}" if a.asname else ""))
            if not changed:
                continue
        # keep a trailing comment on the last line of the statement
        last = lines[node.end_lineno - 1]
        comment = ""
        if "#" in last:
            seg = last[node.end_col_offset :] if tree is not None else ""
            if "#" in seg:
                comment = "  " + seg[seg.index("#") :]
        if comment:
            new_lines[-1] += comment
        edits.append((node.lineno, node.end_lineno, new_lines))
    # strings that name an old module (patch targets, import_module, code run in a subprocess): flagged, not changed
    if tree is not None:
        for n in ast.walk(tree):
            if isinstance(n, ast.Constant) and isinstance(n.value, str):
                dotted = DOTTED.findall(n.value)
                dotted += [f"ks2practice.{name}" for name in FROM_PACKAGE.findall(n.value)]
                for ref in dotted:
                    if resolve(m, ref) != ref:
                        flags.append(f"{where}:{n.lineno}: a string names {ref} (now {resolve(m, ref)}): fix by hand")
    for start, end, new_lines in sorted(edits, reverse=True):
        lines[start - 1 : end] = new_lines
    return "\n".join(lines)


def main():
    m = load_mapping(sys.argv[1])
    flags = []
    for name in sys.argv[2:]:
        p = Path(name)
        text = p.read_text(encoding="utf-8")
        if p.suffix == ".ipynb":
            nb = json.loads(text)
            changed = False
            for i, cell in enumerate(nb["cells"]):
                if cell["cell_type"] != "code":
                    continue
                src = cell["source"] if isinstance(cell["source"], str) else "".join(cell["source"])
                new = rewrite_source(src, m, flags, f"{name}[cell {i}]")
                if new != src:
                    changed = True
                    if isinstance(cell["source"], str):
                        cell["source"] = new
                    else:
                        cell["source"] = new.splitlines(keepends=True)
            if changed:
                out = json.dumps(nb, indent=1, ensure_ascii=False) + ("\n" if text.endswith("\n") else "")
                p.write_text(out, encoding="utf-8")
                print("changed", name)
        else:
            new = rewrite_source(text, m, flags, name)
            if new != text:
                p.write_text(new, encoding="utf-8")
                print("changed", name)
    for f in flags:
        print("FLAG", f)


if __name__ == "__main__":
    main()
