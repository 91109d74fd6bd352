"""Run the Alembic migrations shipped inside the package."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy.engine import Connection, Engine

MIGRATIONS_DIR = Path(__file__).with_name("migrations")

# Tables made by migrations but not described by ORM models: the account search index and
# global search's record index (FTS5 virtual tables and their shadow tables on SQLite,
# plain tables on PostgreSQL).
UNMODELLED_TABLE_PREFIXES = ("account_search", "record_search")


def include_name(name: str | None, type_: str, parent_names: Any) -> bool:
    """Alembic's ``include_name`` hook: leave the unmodelled tables out of comparisons."""
    if type_ == "table" and name is not None:
        return not any(
            name == prefix or name.startswith(f"{prefix}_") for prefix in UNMODELLED_TABLE_PREFIXES
        )
    return True


def schema_differences(connection: Connection) -> list[Any]:
    """What autogenerate would change to make the database match the ORM models
    (empty when the migrations and the models agree)."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from acct_desktop.store.models import Base

    context = MigrationContext.configure(
        connection, opts={"compare_type": True, "include_name": include_name}
    )
    return list(compare_metadata(context, Base.metadata))


def alembic_config(engine: Engine | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if engine is not None:
        config.set_main_option(
            "sqlalchemy.url", engine.url.render_as_string(hide_password=False).replace("%", "%%")
        )
    return config


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Upgrade the schema to ``revision`` in one transaction.

    On SQLite, Alembic rebuilds a table (copy, drop, rename) to change its constraints;
    with foreign keys on, dropping the old table would cascade into the rows that point at
    it. So, as SQLite's ALTER TABLE documentation prescribes, foreign keys are switched off
    around the upgrade and ``PRAGMA foreign_key_check`` must come back clean before commit.
    """
    config = alembic_config(engine)
    with engine.connect() as connection:
        sqlite = connection.dialect.name == "sqlite"
        if sqlite:  # outside any transaction, or SQLite ignores it
            connection.exec_driver_sql("PRAGMA foreign_keys=OFF")
            connection.commit()
        try:
            with connection.begin():
                config.attributes["connection"] = connection
                command.upgrade(config, revision)
                if sqlite:
                    broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                    if broken:
                        raise RuntimeError(f"The upgrade left broken references: {broken[:5]}")
        finally:
            if sqlite:
                connection.rollback()
                connection.exec_driver_sql("PRAGMA foreign_keys=ON")
                connection.commit()


def script_revisions() -> list[str]:
    """Revision ids of the shipped migrations, oldest first."""
    script = ScriptDirectory.from_config(alembic_config())
    return [rev.revision for rev in reversed(list(script.walk_revisions()))]
