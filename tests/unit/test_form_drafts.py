"""Unsaved form drafts: kept per person, form and record; replaced, read back, dropped."""

from __future__ import annotations

from acct_desktop.services.form_drafts import FormDrafts
from acct_desktop.store.database import open_database


def test_a_draft_is_kept_replaced_read_back_and_dropped_per_person(tmp_path) -> None:
    db = open_database(tmp_path / "drafts.acctdb")
    try:
        an, jan = FormDrafts(db, "nguyen.an"), FormDrafts(db, "jan")
        an.keep(
            "issue", "new-1", {"field_description": "返利未到账", "field_deadline": "2026-12-01"}
        )
        an.keep("issue", "new-1", {"field_description": "Chưa nhận được chiết khấu"})
        assert an.get("issue", "new-1") == {"field_description": "Chưa nhận được chiết khấu"}
        assert jan.get("issue", "new-1") is None  # someone else's draft is theirs
        assert an.get("contact", "new-1") is None
        an.drop("issue", "new-1")
        assert an.get("issue", "new-1") is None
        an.drop("issue", "never-kept")  # nothing to drop is fine
    finally:
        db.close()


def test_keeping_a_draft_never_stops_the_form(tmp_path) -> None:
    db = open_database(tmp_path / "drafts.acctdb")
    drafts = FormDrafts(db, "an")
    db.close()
    (tmp_path / "drafts.acctdb").chmod(0o400)  # read-only now: the write fails quietly
    try:
        reopened = open_database(tmp_path / "drafts.acctdb", create=False)
    except Exception:
        return  # some platforms refuse to open it at all; nothing more to show
    try:
        FormDrafts(reopened, "an").keep("issue", "k", {"x": "y"})
    finally:
        reopened.close()
    assert drafts.owner == "an"


def test_a_draft_that_cannot_be_written_is_held_until_it_can(tmp_path) -> None:
    (tmp_path / "share").mkdir()
    db = open_database(tmp_path / "share" / "drafts.acctdb")
    drafts = FormDrafts(db, "an")
    try:
        db.engine.dispose()
        (tmp_path / "share").rename(tmp_path / "away")  # the network share is gone
        drafts.keep("profile", "k", {"field_strategy": "typed while it was away"})
        assert drafts.get("profile", "k") == {"field_strategy": "typed while it was away"}
        (tmp_path / "away").rename(tmp_path / "share")  # back
        assert drafts.write_pending()
        assert FormDrafts(db, "an").get("profile", "k") == {
            "field_strategy": "typed while it was away"
        }
    finally:
        db.close()


def test_a_draft_kept_under_the_windows_login_is_still_offered_to_the_manager(tmp_path) -> None:
    """Drafts follow the manager's name now; one kept under the login before the upgrade
    is still offered back, becomes the manager's when kept again, and goes with a save."""
    db = open_database(tmp_path / "drafts.acctdb")
    try:
        FormDrafts(db, "root").keep("account", "k", {"field_name": "typed before the upgrade"})
        li = FormDrafts(db, "李伟", formerly="root")
        anna = FormDrafts(db, "Anna Smith", formerly="anna")
        assert li.get("account", "k") == {"field_name": "typed before the upgrade"}
        assert anna.get("account", "k") is None  # another manager's login: not hers
        li.keep("account", "k", {"field_name": "typed after"})
        assert FormDrafts(db, "root").get("account", "k") is None  # moved, not copied
        assert li.get("account", "k") == {"field_name": "typed after"}
        anna.keep("account", "k", {"field_name": "Anna's own"})
        assert li.get("account", "k") == {"field_name": "typed after"}
        li.drop("account", "k")
        assert li.get("account", "k") is None
        assert anna.get("account", "k") == {"field_name": "Anna's own"}
    finally:
        db.close()
