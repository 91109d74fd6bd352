"""Schema 0007: contact details and erasure, up and down, keeping the contacts."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from pathlib import Path

from alembic import command
from sqlalchemy import inspect, text

from acct_desktop.store.database import make_engine, to_url
from acct_desktop.store.migrate import alembic_config, upgrade


def _downgrade(engine, revision: str) -> None:  # type: ignore[no-untyped-def]
    """As ``store.migrate.upgrade`` does it: foreign keys off while tables are rebuilt."""
    config = alembic_config(engine)
    with engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA foreign_keys=OFF")
        connection.commit()
        with connection.begin():
            config.attributes["connection"] = connection
            command.downgrade(config, revision)
            assert connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall() == []
        connection.exec_driver_sql("PRAGMA foreign_keys=ON")


def test_0007_adds_contact_details_and_erasure_and_goes_back_keeping_contacts(
    tmp_path: Path,
) -> None:
    engine = make_engine(to_url(str(tmp_path / "old.acctdb")))
    upgrade(engine, "0006_quote_builder")
    account, contact, colleague = uuid.uuid4(), uuid.uuid4(), uuid.uuid4()
    stamp = datetime(2026, 1, 5, 9, 0, tzinfo=UTC).isoformat()
    common = {"created_at": stamp, "updated_at": stamp, "version": 1}
    with engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO account (id, code, name, kind, channel, tier, currency, created_at, "
                "updated_at, version) VALUES (:id, 'A1', 'Saigon Oil', 'headquarters', "
                "'distributor', 'A', 'VND', :created_at, :updated_at, :version)"
            ),
            {"id": account.bytes, **common},
        )
        connection.execute(
            text(
                "INSERT INTO contact (id, account_id, name, dmu_role, attitude, influence, "
                "created_at, updated_at, version) VALUES (:id, :account, 'Nguyễn Văn Hùng', "
                "'buyer', 'neutral', 3, :created_at, :updated_at, :version)"
            ),
            {"id": contact.bytes, "account": account.bytes, **common},
        )
        connection.execute(
            text(
                "INSERT INTO contact (id, account_id, name, dmu_role, attitude, influence, "
                "created_at, updated_at, version) VALUES (:id, :account, 'Lê Thị Thu', "
                "'user', 'neutral', 3, :created_at, :updated_at, :version)"
            ),
            {"id": colleague.bytes, "account": account.bytes, **common},
        )
        connection.execute(
            text(
                "INSERT INTO contact_link (id, from_contact_id, to_contact_id, kind, created_at, "
                "updated_at, version) VALUES (:id, :a, :b, 'knows', :created_at, :updated_at, "
                ":version)"
            ),
            {"id": uuid.uuid4().bytes, "a": contact.bytes, "b": colleague.bytes, **common},
        )

    upgrade(engine)
    with engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO contact_detail (id, contact_id, kind, label, value, position, "
                "created_at, updated_at, version) VALUES (:id, :contact, 'phone', 'cell', "
                "'+84 903 123 456', 0, :created_at, :updated_at, :version)"
            ),
            {"id": uuid.uuid4().bytes, "contact": contact.bytes, **common},
        )
        erased = connection.execute(text("SELECT erased_at FROM contact")).scalar()
        assert erased is None
    assert {c["name"] for c in inspect(engine).get_columns("contact")} >= {"erased_at"}

    _downgrade(engine, "0006_quote_builder")
    inspector = inspect(engine)
    assert "contact_detail" not in inspector.get_table_names()
    assert "erased_at" not in {c["name"] for c in inspector.get_columns("contact")}
    with engine.connect() as connection:
        names = connection.execute(text("SELECT name FROM contact ORDER BY name")).scalars()
        assert names.all() == ["Lê Thị Thu", "Nguyễn Văn Hùng"]
        assert connection.execute(text("SELECT count(*) FROM contact_link")).scalar() == 1

    upgrade(engine)  # and up again
    with engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM contact_detail")).scalar() == 0
    engine.dispose()
