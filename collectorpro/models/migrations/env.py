"""Alembic environment: run with the connection CollectorPro hands over (no alembic.ini)."""

from alembic import context

from collectorpro.models import Base

config = context.config
connection = config.attributes.get("connection")
if connection is None:  # pragma: no cover - only when a developer runs alembic by hand
    from sqlalchemy import create_engine

    connection = create_engine(config.get_main_option("sqlalchemy.url")).connect()


def include_object(obj, name, type_, reflected, compare_to):  # type: ignore[no-untyped-def]
    # the FTS5 search index and its shadow tables live outside the models
    return not (type_ == "table" and name and name.startswith("account_search"))


context.configure(
    include_object=include_object,
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
