"""When the notebooks (or any test) run, keep the store they open out of the tester's own data folder."""

import os
import tempfile


def pytest_configure(config):
    os.environ.setdefault("KS2PRACTICE_DATA", tempfile.mkdtemp(prefix="ks2practice-nbval-"))
