"""Tests for ks2practice.core.curriculum: the catalogue holds every Y3–Y6 code with its source."""

import csv
from pathlib import Path

import pytest

from ks2practice.core import curriculum

SHARED = Path(__file__).resolve().parents[2] / "shared" / "curriculum"


def test_counts_match_the_source_documents():
    assert len(curriculum.content_domain()) == 195
    assert len(curriculum.ready_to_progress()) == 61
    assert {o.year for o in curriculum.objectives()} == {3, 4, 5, 6}


def test_every_objective_names_a_source_and_a_description():
    for objective in curriculum.objectives():
        assert objective.source.strip() and objective.description.strip()
        assert objective.strand in curriculum.STRAND_NAMES


@pytest.mark.skipif(not SHARED.exists(), reason="../shared is not beside this checkout")
@pytest.mark.parametrize("name", ["ks2-content-domain.tsv", "ready-to-progress.tsv"])
def test_catalogue_holds_every_shared_code(name):
    with open(SHARED / name, encoding="utf-8") as handle:
        codes = {row["code"] for row in csv.DictReader(handle, delimiter="\t")}
    assert codes <= {o.code for o in curriculum.objectives()}


@pytest.mark.parametrize(("typed", "code"), [(" 5f2B ", "5F2b"), ("3npv–1", "3NPV-1"), ("6R1", "6R1")])
def test_find_tidies_what_a_teacher_types(typed, code):
    assert curriculum.find(typed).code == code


def test_find_unknown_code_explains_the_shape():
    with pytest.raises(KeyError, match="codes look like 5F2b"):
        curriculum.find("7Z9")
