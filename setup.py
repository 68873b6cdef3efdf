"""Packaging beyond pyproject.toml: the notebooks folder ships inside the wheel as ks2practice/notebooks/."""

from setuptools import find_packages, setup

# notebooks/ stays at the top of the repository, holding notebooks only, where teachers open it. Mapping it to
# ks2practice.notebooks (a folder of package data with no __init__.py) puts its notebooks in the wheel, where
# pyproject.toml's package-data names them; `ks2practice notebooks FOLDER` copies them out.
setup(
    packages=[*find_packages(include=["ks2practice", "ks2practice.*"]), "ks2practice.notebooks"],
    package_dir={"ks2practice.notebooks": "notebooks"},
)
