"""Tests for ks2practice.printing.class_list: class list CSVs are read, and every problem is named with its row."""

import pytest

from ks2practice.printing import class_list
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


def test_a_line_break_inside_a_quoted_name_is_a_space():
    assert parse_class_list('name,tier\n"Amir\nKhan",1\n') == [Pupil("Amir Khan", 1)]


def test_a_file_over_1_mb_is_refused_without_reading_it_whole(tmp_path, monkeypatch):
    big = tmp_path / "class.csv"
    big.write_bytes(b"name,tier\n" + b"Amir,1\n" * 200_000)
    asked = []
    real_open = open

    def counting_open(path, mode="r", *args, **kwargs):
        handle = real_open(path, mode, *args, **kwargs)
        real_read = handle.read

        def read(size=-1):
            asked.append(size)
            return real_read(size)

        handle.read = read
        return handle

    monkeypatch.setattr(class_list, "open", counting_open, raising=False)
    with pytest.raises(ClassListError, match=r"class\.csv is larger than 1 MB"):
        read_class_list(big)
    assert asked and all(0 < size <= 1_000_001 for size in asked)
    with pytest.raises(ClassListError, match="larger than 1 MB"):
        parse_class_list("name,tier\n" + "Amir,1\n" * 200_000)
