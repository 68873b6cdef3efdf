"""What every command group of `ks2practice` shares: one-line refusals (exit status 2), where --store points."""

from __future__ import annotations

import sys

# Where --store points: a SQLite file, or a school's PostgreSQL database by URL (README: "A school database").
STORE_HELP = (
    "the store file, or a postgresql+psycopg:// URL (default: $KS2PRACTICE_DATABASE_URL if set, else the file in "
    "your data folder or $KS2PRACTICE_DATA)"
)


def fail(command: str, error: object) -> int:
    """Print `ks2practice COMMAND: what is wrong` (the first line only: a refusal is one line) and return 2."""
    if isinstance(error, KeyError) and error.args:  # str(KeyError) quotes its text; the text itself reads better
        error = error.args[0]
    text = str(error)
    message = text.splitlines()[0] if text else type(error).__name__
    print(f"ks2practice {command}: {message}", file=sys.stderr)
    return 2
