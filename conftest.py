"""Test set-up for the whole run (`pytest tests --nbval-lax notebooks`), kept out of the teachers' notebooks folder.

When the notebooks run as tests they open the usual store: point it at a fresh temporary folder, so a test run never
writes into the tester's own data folder (their real pupils). A folder the tester set on purpose is left alone.
"""

import os
import shutil
import tempfile

_made: list[str] = []


def pytest_configure(config):
    if not os.environ.get("KS2PRACTICE_DATA"):
        folder = tempfile.mkdtemp(prefix="ks2practice-tests-")
        os.environ["KS2PRACTICE_DATA"] = folder
        _made.append(folder)


def pytest_unconfigure(config):
    for folder in _made:
        shutil.rmtree(folder, ignore_errors=True)
