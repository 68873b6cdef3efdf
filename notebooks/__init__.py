"""The teachers' notebooks, shipped in the wheel as package data of ks2practice.notebooks (see setup.py)."""

# Not code: this file makes the folder the package `ks2practice.notebooks` in the wheel and in an editable install,
# so `ks2practice notebooks FOLDER` can copy the notebooks out wherever ks2practice is installed.
