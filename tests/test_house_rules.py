"""House rules a scan of the source can enforce: no global random, no eval, no float in maths logic."""

import re
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "ks2practice"
SOURCES = sorted(PACKAGE.rglob("*.py"))
# Drawing (svg), page layout, reports, the session and the apps may measure with floats; maths logic may not.
FLOAT_ALLOWED = ("svg", "reports", "session", "apps", "layout")  # svg: drawing coordinates; layout: printed sizes in cm

RULES = {
    "global random": re.compile(
        r"(^|[^.\w])random\.(randint|choice|choices|random|shuffle|sample|uniform|randrange|seed)\("
    ),
    "eval or exec": re.compile(r"(^|[^.\w])(eval|exec)\(|sympify\(|parse_expr\("),
}


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_source_keeps_the_house_rules(path):
    text = path.read_text(encoding="utf-8")
    for rule, pattern in RULES.items():
        assert not pattern.search(text), f"{rule} in {path.name}"
    if not any(part in path.parts or path.stem == part for part in FLOAT_ALLOWED):
        assert not re.search(r"(^|[^\w])float\(|\d\.\d+e-?\d", text), f"float in maths logic: {path.name}"


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_every_module_has_a_one_line_docstring(path):
    text = path.read_text(encoding="utf-8").lstrip()
    assert text.startswith('"""'), path.name
    assert text.split("\n", 1)[0].endswith('"""'), f"first docstring line should be a whole sentence: {path.name}"
