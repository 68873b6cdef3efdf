"""Damage found part-way through a verb: the SQLite error underneath, and the decorator that reports it once."""

from __future__ import annotations

import functools
import sqlite3
from collections.abc import Callable
from typing import Any, TypeVar

import sqlalchemy as sa

from ks2practice.store.files import is_damage

_Result = TypeVar("_Result")


def damage(error: BaseException) -> BaseException | None:
    """The SQLite error underneath, when it says the file is damaged (not a lock, not a constraint)."""
    original = error.orig if isinstance(error, sa.exc.DBAPIError) else error
    if isinstance(original, sqlite3.DatabaseError) and is_damage(original):
        return original
    return None


def guarded(method: Callable[..., _Result]) -> Callable[..., _Result]:
    """A damaged file found part-way through (a page that can't be read) becomes StoreDamaged, with a copy kept."""

    @functools.wraps(method)
    def run(self: Any, *args: Any, **kwargs: Any) -> _Result:
        try:
            return method(self, *args, **kwargs)
        except (sqlite3.DatabaseError, sa.exc.DBAPIError) as error:
            found = damage(error)
            if found is not None:
                raise self.damaged(found) from error
            raise

    return run
