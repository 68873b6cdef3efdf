"""What every command group of `ks2practice` shares: a refusal printed as one line on stderr, exit status 2."""

from __future__ import annotations

import sys


def fail(command: str, error: object) -> int:
    """Print `ks2practice COMMAND: what is wrong` (the first line only: a refusal is one line) and return 2."""
    if isinstance(error, KeyError) and error.args:  # str(KeyError) quotes its text; the text itself reads better
        error = error.args[0]
    text = str(error)
    message = text.splitlines()[0] if text else type(error).__name__
    print(f"ks2practice {command}: {message}", file=sys.stderr)
    return 2
