"""Schema 0017: the main phone's kind, up and down, keeping the contacts and their phones."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import inspect, text

from acct_desktop.store.database import make_engine, to_url
from acct_desktop.store.migrate import upgrade
from tests.unit.test_contact_details_migration import _downgrade


def test_0017_adds_the_main_phones_kind_and_goes_back_keeping_the_phones(
    tmp_path: Path,
) -> None:
    engine = make_engine(to_url(str(tmp_path / "old.acctdb")))
    upgrade(engine, "0016_record_search")
    account, contact = uuid.uuid4(), uuid.uuid4()
    stamp = datetime(2026, 1, 5, 9, 0, tzinfo=UTC).isoformat()
    common = {"created_at": stamp, "updated_at": stamp, "version": 1}
    with engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO account (id, code, name, kind, channel, tier, currency, created_at, "
                "updated_at, version) VALUES (:id, 'NL01', 'Magazijn Breda', 'branch_warehouse', "
                "'distributor', 'A', 'EUR', :created_at, :updated_at, :version)"
            ),
            {"id": account.bytes, **common},
        )
        connection.execute(
            text(
                "INSERT INTO contact (id, account_id, name, phone, dmu_role, attitude, "
                "influence, created_at, updated_at, version) VALUES (:id, :account, "
                "'Anne-Marie de Vries', '+31 6 1234 5678', 'buyer', 'neutral', 3, :created_at, "
                ":updated_at, :version)"
            ),
            {"id": contact.bytes, "account": account.bytes, **common},
        )

    upgrade(engine)
    assert "phone_label" in {c["name"] for c in inspect(engine).get_columns("contact")}
    with engine.begin() as connection:
        row = connection.execute(text("SELECT phone, phone_label FROM contact")).one()
        assert tuple(row) == ("+31 6 1234 5678", None)  # kind not known until a card says
        connection.execute(text("UPDATE contact SET phone_label = 'cell'"))

    triggers = "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'contact'"
    with engine.connect() as connection:
        before = set(connection.execute(text(triggers)).scalars())
    assert before  # global search's (0016) keep the record index current
    _downgrade(engine, "0016_record_search")
    assert "phone_label" not in {c["name"] for c in inspect(engine).get_columns("contact")}
    with engine.connect() as connection:  # going back never drops another revision's triggers
        assert set(connection.execute(text(triggers)).scalars()) == before
    with engine.connect() as connection:
        row = connection.execute(text("SELECT name, phone FROM contact")).one()
        assert tuple(row) == ("Anne-Marie de Vries", "+31 6 1234 5678")

    upgrade(engine)  # and up again
    with engine.connect() as connection:
        assert connection.execute(text("SELECT phone_label FROM contact")).scalar() is None
    engine.dispose()
