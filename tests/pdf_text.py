"""Helpers for the printing tests: PDF text in a form that survives stacked fractions and line wrapping."""

import io
import re

import pypdf


def pages_text(pdf: bytes) -> list[str]:
    return [page.extract_text() or "" for page in pypdf.PdfReader(io.BytesIO(pdf)).pages]


def squash(text: str) -> str:
    """Text with whitespace, fraction bars and drawn boxes removed, so '2 1/3' on paper matches '213'."""
    return re.sub(r"[\s/□]", "", text)


def page_count(pdf: bytes) -> int:
    return len(pypdf.PdfReader(io.BytesIO(pdf)).pages)
