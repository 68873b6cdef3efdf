"""What every group of the Store's verbs needs: the damage guard, and the Store's helpers they call (Verbs)."""

from __future__ import annotations

import functools
import sqlite3
from collections.abc import Callable
from contextlib import AbstractContextManager
from typing import TYPE_CHECKING, Any, TypeVar

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


class Verbs:
    """A mixin of Store verbs (people.py, school.py); the Store supplies these helpers, declared here for readers."""

    _sqlite: bool

    if TYPE_CHECKING:

        def _write(self) -> AbstractContextManager[sa.Connection]: ...
        def _read(self) -> AbstractContextManager[sa.Connection]: ...
        def _now(self) -> str: ...
        def _text_order(self, column: sa.ColumnElement[str]) -> sa.ColumnElement[str]: ...
        @staticmethod
        def _require(db: sa.Connection, table: sa.Table, row_id: int) -> None: ...
