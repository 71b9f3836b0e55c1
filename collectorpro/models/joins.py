"""A join the database must run in the written order, for pages walked along an index.

SQLite's planner, without statistics, would rather read every account and sort than walk the
debtors' name index and look up each debtor's accounts, even for a first page of 200 rows.
``CROSS JOIN`` is SQLite's documented way to keep the left table as the outer loop; other
engines get an ordinary inner join.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.elements import ColumnElement
from sqlalchemy.sql.selectable import FromClause, Join

__all__ = ["OuterLoopJoin", "outer_loop_join"]


class OuterLoopJoin(Join):
    """An inner join whose left side stays the outer loop."""

    inherit_cache = True


@compiles(OuterLoopJoin, "sqlite")
def _sqlite_outer_loop_join(join: OuterLoopJoin, compiler: SQLCompiler, **kw: Any) -> str:
    kw["asfrom"] = True
    left = join.left._compiler_dispatch(compiler, **kw)
    right = join.right._compiler_dispatch(compiler, **kw)
    kw.pop("asfrom")
    if join.onclause is None:  # pragma: no cover - outer_loop_join always passes one
        raise ValueError("an outer-loop join needs its ON clause")
    on = join.onclause._compiler_dispatch(compiler, **kw)
    return f"{left} CROSS JOIN {right} ON {on}"


@compiles(OuterLoopJoin)
def _default_outer_loop_join(join: OuterLoopJoin, compiler: SQLCompiler, **kw: Any) -> str:
    return compiler.visit_join(join, **kw)


def outer_loop_join(
    left: FromClause, right: FromClause, onclause: ColumnElement[bool]
) -> OuterLoopJoin:
    return OuterLoopJoin(left, right, onclause)
