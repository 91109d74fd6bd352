"""The price list written to a file a step at a time (the GUI's progress and Cancel): each
product priced, the PDF made, the file written; stopped at any step, nothing is left
behind, not even the temporary ``.part`` file, and a file already there is as it was."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from acct_desktop.services.document_file import AFTER_CONTENT as AFTER_PRICING
from acct_desktop.services.price_list import PriceListService
from acct_desktop.services.price_list_file import make_price_list, write_price_list
from acct_desktop.store.database import Database
from tests.conftest import DEMO_TODAY
from tests.unit.test_price_list import account_in, db, needs_pdftotext  # noqa: F401


class Stop(Exception):
    """What the GUI's progress raises when the user cancels."""


@needs_pdftotext
def test_the_steps_are_heard_and_the_file_reads_back(db: Database, tmp_path: Path) -> None:  # noqa: F811
    account = account_in(db, "EUR")
    path = tmp_path / "out" / "list.pdf"
    heard: list[tuple[int, int]] = []
    content = write_price_list(
        db, account.id, DEMO_TODAY, path, lambda done, total: heard.append((done, total))
    )
    products = len(content.rows)
    total = products + AFTER_PRICING
    assert heard == [(done, total) for done in range(1, total + 1)]
    assert sorted(p.name for p in path.parent.iterdir()) == ["list.pdf"]  # no .part left
    text = subprocess.run(
        ["pdftotext", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert account.code in text and content.rows[0].sku in text


def _steps(db: Database, account_id) -> int:  # type: ignore[no-untyped-def]  # noqa: F811
    return len(PriceListService(db).build(account_id, DEMO_TODAY).rows) + AFTER_PRICING


@pytest.mark.parametrize("where", ["first product", "pdf made", "file written"])
def test_stopped_at_any_step_nothing_is_left(db: Database, tmp_path: Path, where: str) -> None:  # noqa: F811
    account = account_in(db, "EUR")
    total = _steps(db, account.id)
    stop_at = {"first product": 1, "pdf made": total - 1, "file written": total}[where]
    folder = tmp_path / "out"
    folder.mkdir()
    fresh, before = folder / "new.pdf", folder / "old.pdf"
    before.write_bytes(b"the list of last month")

    def progress(done: int, _total: int) -> None:
        if done == stop_at:
            raise Stop

    for path in (fresh, before):
        with pytest.raises(Stop):
            write_price_list(db, account.id, DEMO_TODAY, path, progress)
    assert sorted(p.name for p in folder.iterdir()) == ["old.pdf"]  # no new file, no .part
    assert before.read_bytes() == b"the list of last month"


def test_made_for_a_preview_the_last_step_follows_the_delivery(db: Database) -> None:  # noqa: F811
    """The GUI's preview: the PDF handed to ``deliver`` (its pages drawn), heard as the
    last step; stopped there, nothing is delivered."""
    account = account_in(db, "EUR")
    total = _steps(db, account.id)
    delivered: list[bytes] = []

    def deliver(pdf: bytes, last) -> int:  # type: ignore[no-untyped-def]
        delivered.append(pdf)
        last()
        return len(pdf)

    heard: list[tuple[int, int]] = []
    content, size = make_price_list(
        db, account.id, DEMO_TODAY, deliver, lambda done, all_: heard.append((done, all_))
    )
    assert heard == [(done, total) for done in range(1, total + 1)]
    assert delivered[0].startswith(b"%PDF") and size == len(delivered[0])
    assert len(content.rows) == total - AFTER_PRICING

    def stop_last(done: int, _total: int) -> None:
        if done == total:
            raise Stop

    with pytest.raises(Stop):
        make_price_list(db, account.id, DEMO_TODAY, deliver, stop_last)


def test_a_catalogue_without_active_products_has_nothing_to_list(db: Database) -> None:  # noqa: F811
    from sqlalchemy import select

    from acct_desktop.store.models import Product

    assert PriceListService(db).has_products()
    with db.session() as session:
        for product in session.scalars(select(Product)):
            product.active = False
    assert not PriceListService(db).has_products()
