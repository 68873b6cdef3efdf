"""Generator modules, one per strand; importing this package registers every topic."""

from ks2practice.topics import calculation, number  # noqa: F401  (imported to register topics)
