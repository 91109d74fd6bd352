"""The main phone's kind (mobile, work, home …) survives a vCard round trip: read from the
card, kept in the database, written back out (checked by reading the export with vobject)."""

from __future__ import annotations

from pathlib import Path

import pytest
import vobject
from sqlalchemy import select

from acct_desktop.services.contact_cards import export_vcards, import_vcards
from acct_desktop.store import models as m
from acct_desktop.store.database import open_database
from tests.unit.vcard_helpers import add_account


@pytest.fixture
def db(tmp_path: Path):
    database = open_database(tmp_path / "phones.acctdb")
    add_account(database, "NL01", "Magazijn Breda")
    yield database
    database.close()


def card(name: str, *tels: str) -> str:
    lines = ["BEGIN:VCARD", "VERSION:3.0", f"FN:{name}", *tels, "END:VCARD"]
    return "\r\n".join(lines) + "\r\n"


CARDS = (
    card("Anne-Marie de Vries", "TEL;TYPE=CELL:+31 6 1234 5678")
    + card("Bram Jansen", "TEL;TYPE=HOME,PREF:+31 76 555 0101", "TEL;TYPE=WORK:+31 76 555 0202")
    + card("Chloë Smit", "TEL;TYPE=WORK:+31 76 555 0303")
    + card("Daan Poortwachter", "TEL:+31 76 555 0404")
)


def main_phones(data: bytes) -> dict[str, tuple[str, set[str]]]:
    """name → (number, TYPE values) of the preferred (else first) TEL of each card."""
    found = {}
    for vcard in vobject.readComponents(data.decode("utf-8")):
        tels = vcard.contents.get("tel", [])
        types = [{t.lower() for t in tel.params.get("TYPE", [])} for tel in tels]
        pref = [
            i
            for i, (tel, kinds) in enumerate(zip(tels, types, strict=True))
            if "pref" in kinds or tel.params.get("PREF")
        ]
        index = pref[0] if pref else 0
        found[vcard.fn.value] = (tels[index].value, types[index] - {"pref"})
    return found


@pytest.mark.parametrize("version", ["3.0", "4.0"])
def test_a_mobile_stays_a_mobile_through_import_and_export(db, version) -> None:
    import_vcards(db, CARDS.encode("utf-8"), "NL01", actor="test")
    with db.session() as session:
        stored = {c.name: (c.phone, c.phone_label) for c in session.scalars(select(m.Contact))}
    assert stored["Anne-Marie de Vries"] == ("+31 6 1234 5678", "cell")
    assert stored["Bram Jansen"] == ("+31 76 555 0101", "home")
    assert stored["Chloë Smit"] == ("+31 76 555 0303", "work")
    assert stored["Daan Poortwachter"] == ("+31 76 555 0404", None)
    phones = main_phones(export_vcards(db, account_code="NL01", version=version))
    assert phones["Anne-Marie de Vries"] == ("+31 6 1234 5678", {"cell", "voice"})
    assert phones["Bram Jansen"] == ("+31 76 555 0101", {"home", "voice"})
    assert phones["Chloë Smit"] == ("+31 76 555 0303", {"work", "voice"})
    assert phones["Daan Poortwachter"] == ("+31 76 555 0404", {"work", "voice"})


def test_reading_our_export_back_keeps_the_kind_and_changes_nothing(db) -> None:
    import_vcards(db, CARDS.encode("utf-8"), "NL01", actor="test")
    again = import_vcards(db, export_vcards(db, account_code="NL01"), "NL01", actor="test")
    assert (again.created, again.updated) == (0, 0)
    with db.session() as session:
        anne = session.scalar(select(m.Contact).where(m.Contact.name == "Anne-Marie de Vries"))
        assert anne.phone_label == "cell"


def test_a_new_main_number_brings_its_kind_and_the_old_one_keeps_its_own(db) -> None:
    import_vcards(db, CARDS.encode("utf-8"), "NL01", actor="test")
    newer = card(
        "Anne-Marie de Vries", "TEL;TYPE=WORK,PREF:+31 76 555 0909", "TEL;TYPE=CELL:+31 6 1234 5678"
    )
    import_vcards(db, newer.encode("utf-8"), "NL01", actor="test")
    with db.session() as session:
        anne = session.scalar(select(m.Contact).where(m.Contact.name == "Anne-Marie de Vries"))
        assert (anne.phone, anne.phone_label) == ("+31 76 555 0909", "work")
        assert [(d.label, d.value) for d in anne.details] == [("cell", "+31 6 1234 5678")]
