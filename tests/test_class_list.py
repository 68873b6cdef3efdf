"""Tests for ks2practice.printing.class_list: class list CSVs are read, and every problem is named with its row."""

import pytest

from ks2practice.printing.class_list import ClassListError, Pupil, parse_class_list, read_class_list


def test_names_and_tiers_are_read_in_order_with_tier_words_allowed():
    text = "\ufeffName,Tier\nAmir,1\nBella, EXS \nChloe,greater depth\n\n"
    assert parse_class_list(text) == [Pupil("Amir", 1), Pupil("Bella", 2), Pupil("Chloe", 3)]
    assert parse_class_list("pseudonym,tier\nP01,2\n") == [Pupil("P01", 2)]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "empty"),
        ("name,tier\n", "no pupils"),
        ("pupil name,level\nAmir,1\n", "columns 'name' and 'tier'"),
        ("name,tier\nAmir,4\n", "row 2: tier '4'"),
        ("name,tier\nAmir,1\n,2\n", "row 3: the name is empty"),
        ("name,tier\n" + "x" * 41 + ",1\n", "longer than 40"),
        ("name,tier\n" + "".join(f"P{i},1\n" for i in range(61)), "at most 60"),
    ],
)
def test_bad_class_lists_say_what_to_fix(text, message):
    with pytest.raises(ClassListError, match=message):
        parse_class_list(text)


def test_missing_and_binary_files_are_refused_clearly(tmp_path):
    with pytest.raises(ClassListError, match="no class list at"):
        read_class_list(tmp_path / "nope.csv")
    binary = tmp_path / "class.xlsx"
    binary.write_bytes(b"PK\x03\x04\xff\xfe\x00")
    with pytest.raises(ClassListError, match="not a text CSV"):
        read_class_list(binary)
