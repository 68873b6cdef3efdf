"""Packaging beyond pyproject.toml: the notebooks folder ships inside the wheel as the package ks2practice.notebooks."""

from setuptools import find_packages, setup

# notebooks/ stays at the top of the repository, where teachers open it; mapping it to ks2practice.notebooks puts its
# notebooks in the wheel (pyproject.toml's package-data names them) and lets an editable install find them too.
setup(
    packages=[*find_packages(include=["ks2practice", "ks2practice.*"]), "ks2practice.notebooks"],
    package_dir={"ks2practice.notebooks": "notebooks"},
)
