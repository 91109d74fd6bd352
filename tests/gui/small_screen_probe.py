"""Opens the main window and every dialog of the app on the screen this process was given
(``QT_QPA_PLATFORM=offscreen:configfile=…``, ``QT_SCALE_FACTOR``) and prints, as one JSON
object, where each came out: run by test_fits_a_scaled_laptop.py in a process of its own,
since a process has one screen.

    python -m tests.gui.small_screen_probe DEMO_DB LANGUAGE QM_DIR [SHOTS_DIR]
"""

from __future__ import annotations

import json
import sys
import uuid
from collections.abc import Callable
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPoint, QRect, QSettings
from PySide6.QtGui import QPageSize, QPainter, QPdfWriter
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QTabBar,
    QWidget,
)


def pdf_bytes() -> bytes:
    """A real two-page PDF (for the preview)."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    painter = QPainter(writer)
    painter.drawText(200, 200, "Page one")
    writer.newPage()
    painter.drawText(200, 200, "Page two")
    painter.end()
    buffer.close()
    return bytes(data.data())


# a problem sentence that wraps in every dialog: the QR refusal of a stamped copy
LONG_PROBLEM = (
    "The QR code on scanR1-1.png names CL-2026-0001 R1, not CL-2026-0001 R2; attach the scan "
    "of the copy the customer stamped."
)


def rect(r: QRect) -> list[int]:
    return [r.x(), r.y(), r.width(), r.height()]


def buttons_out_of_sight(dialog: QDialog, area: QRect) -> list[str]:
    """The dialog's buttons (those of its button boxes; without one, all its buttons) that
    lie off the screen's ``area`` or outside the part of a scrolling area in view."""
    boxes = [b for b in dialog.findChildren(QDialogButtonBox) if b.isVisibleTo(dialog)]
    if boxes:
        buttons = [b for box in boxes for b in box.buttons() if b.isVisibleTo(dialog)]
    else:
        buttons = [b for b in dialog.findChildren(QAbstractButton) if b.isVisibleTo(dialog)]
    out = []
    for button in buttons:
        where = QRect(button.mapToGlobal(QPoint(0, 0)), button.size())
        seen = area.contains(where)
        parent = button.parentWidget()
        while seen and parent is not None and parent is not dialog:
            if isinstance(parent, QAbstractScrollArea):
                port = parent.viewport()
                seen = QRect(port.mapToGlobal(QPoint(0, 0)), port.size()).contains(where)
            parent = parent.parentWidget()
        if not seen:
            out.append(button.text() or button.objectName() or type(button).__name__)
    if not boxes and len(out) < len(buttons):
        return []  # a dialog without a button box: its buttons in sight, one at least
    return out


def sideways(dialog: QWidget) -> int:
    """How far the dialog's fields scroll sideways (0: they fit its width)."""
    scrolls = dialog.findChildren(QAbstractScrollArea, "scrollBody")
    return max((s.horizontalScrollBar().maximum() for s in scrolls), default=0)


def mnemonic(text: str) -> str:
    """The letter after a single "&" ("" without one): "&Name:", "姓名(&N):"."""
    at = 0
    while (at := text.find("&", at)) != -1 and at + 1 < len(text):
        if text[at + 1] != "&":
            return text[at + 1].upper()
        at += 2
    return ""


def mnemonics_twice(dialog: QWidget) -> list[str]:
    """The Alt+letter keys two widgets in sight in the dialog hold at once (Qt then only
    cycles between them): labels, buttons, group boxes and tabs."""
    held: dict[str, list[str]] = {}
    for widget in dialog.findChildren(QWidget):
        if not widget.isVisibleTo(dialog):
            continue
        if isinstance(widget, QLabel):
            texts = [widget.text()] if widget.buddy() is not None else []  # else no key
        elif isinstance(widget, QAbstractButton):
            texts = [widget.text()]
        elif isinstance(widget, QGroupBox):
            texts = [widget.title()]
        elif isinstance(widget, QTabBar):
            texts = [widget.tabText(i) for i in range(widget.count()) if widget.isTabVisible(i)]
        else:
            continue
        for text in texts:
            if key := mnemonic(text):
                held.setdefault(key, []).append(text)
    return sorted(f"Alt+{k}: {' / '.join(t)}" for k, t in held.items() if len(t) > 1)


def main(db: str, language: str, qm_dir: str, shots: str = "") -> None:
    from acct_desktop.app import make_application, open_workspace
    from acct_desktop.gui import i18n
    from acct_desktop.gui.main_window import MainWindow
    from acct_desktop.gui.settings import AppSettings
    from acct_desktop.services.manager_profile import ManagerProfile, save_manager_profile

    # the checklist dialog with the details it prints, long: they wrap on the laptop
    save_manager_profile(
        ManagerProfile(
            "王丽华",
            "华润润滑油有限公司广州天河分公司华南区域工业油品销售服务中心",
            "+86 138 0000 1234",
            "wang.lihua.huanan.industrial-oils@example-lubricants.com.cn",
        )
    )
    app = make_application()
    i18n.QM_DIR = Path(qm_dir)
    i18n.apply_language(app, language)
    scratch = Path(db).parent
    settings = AppSettings(QSettings(str(scratch / "probe.ini"), QSettings.Format.IniFormat))
    win = MainWindow(settings, open_workspace)
    win.restore_layout()  # as the app starts: a first run, nothing saved
    win.show()
    assert win.open_database(db)
    win.background.wait()
    for _ in range(5):
        app.processEvents()
    win.fit_to_screen()
    app.processEvents()
    area = app.primaryScreen().availableGeometry()
    out: dict[str, object] = {
        "area": rect(area),
        "window": rect(win.frameGeometry()),
        "window_minimum": [win.minimumSizeHint().width(), win.minimumSizeHint().height()],
        "status_bar_in_sight": area.contains(
            QRect(win.statusBar().mapToGlobal(QPoint(0, 0)), win.statusBar().size())
        ),
        "dialogs": {},
    }
    dialogs: dict[str, object] = out["dialogs"]  # type: ignore[assignment]
    for name, opener in openers(win).items():
        try:
            dialog = opener()
        except Exception as exc:  # a probe that cannot open a dialog says so
            dialogs[name] = {"error": f"{type(exc).__name__}: {exc}"}
            continue
        if dialog is None:
            dialogs[name] = {"error": "nothing opened"}
            continue
        if not dialog.isVisible():
            dialog.show()
        for _ in range(3):
            app.processEvents()
        dialogs[name] = {
            "class": type(dialog).__name__,
            "frame": rect(dialog.frameGeometry()),
            "minimum": [dialog.minimumSizeHint().width(), dialog.minimumSizeHint().height()],
            "buttons_out_of_sight": buttons_out_of_sight(dialog, area),
            "sideways": sideways(dialog),
            "mnemonics_twice": mnemonics_twice(dialog),
        }
        if shots:
            dialog.grab().save(str(Path(shots) / f"{name}.png"))
        if isinstance(getattr(dialog, "errors", None), dict) and hasattr(dialog, "show_problems"):
            # every field's problem shown, each on two lines or more: the dialog grows
            # while the screen has room, and scrolls only where it has none
            dialog.show_problems({field: LONG_PROBLEM for field in dialog.errors})
            for _ in range(3):
                app.processEvents()
            scrolls = dialog.findChildren(QAbstractScrollArea, "scrollBody")
            frame = dialog.frameGeometry()
            dialogs[f"{name} with its problems"] = {
                "class": type(dialog).__name__,
                "frame": rect(frame),
                "buttons_out_of_sight": buttons_out_of_sight(dialog, area),
                "sideways": sideways(dialog),
                "scrolls_with_room_left": frame.height() < area.height()
                and any(s.verticalScrollBar().maximum() > 0 for s in scrolls),
            }
            if shots:
                dialog.grab().save(str(Path(shots) / f"{name}-problems.png"))
        dialog.reject() if isinstance(dialog, QDialog) else dialog.close()
        app.processEvents()
    win.background.wait()
    win.set_workspace(None)
    print(json.dumps(out))


def openers(win) -> dict[str, Callable[[], QWidget | None]]:  # type: ignore[no-untyped-def]
    """How each dialog is opened: as the app does where it hands the dialog back, else
    built as its caller builds it."""
    from acct_desktop.domain.enums import Measure
    from acct_desktop.domain.target_breakdown import BreakdownMethod
    from acct_desktop.gui.dialogs.alert_dialogs import DismissDialog, SnoozeDialog
    from acct_desktop.gui.dialogs.decision_dialog import DecisionDialog
    from acct_desktop.gui.dialogs.discrepancy_form import DiscrepancyFormDialog
    from acct_desktop.gui.dialogs.issue_bulk_edit import IssueBulkEditDialog
    from acct_desktop.gui.dialogs.manager_details import ManagerDetailsDialog
    from acct_desktop.gui.dialogs.pdf_preview import PdfPreviewDialog, preview_pages
    from acct_desktop.gui.dialogs.quote_dialogs import (
        ApprovalDialog,
        OrderDialog,
        PasteDialog,
        ReasonDialog,
    )
    from acct_desktop.gui.dialogs.quote_settings_dialog import QuoteSettingsDialog
    from acct_desktop.gui.dialogs.stamped_copy import StampedCopyDialog
    from acct_desktop.gui.dialogs.targets_dialog import TargetForm
    from acct_desktop.gui.dialogs.verify_document import VerifyDocumentDialog
    from acct_desktop.gui.monthly_summary_actions import open_monthly_summary
    from acct_desktop.gui.targets_actions import open_targets
    from acct_desktop.services.checklist_records import ChecklistRow
    from acct_desktop.services.discrepancy_forms import DiscrepancyDraft
    from acct_desktop.services.targets import TargetService

    ws = win.workspace
    docks = win.docks
    account = win.current.id
    calendar = docks["visitCalendarDock"]
    today = date.today()
    nothing = lambda *_a: None  # noqa: E731

    def planner() -> QDialog:
        return calendar.open_planner()

    def days_off() -> QDialog:
        plan = calendar.open_planner()
        plan.form.edit_days_off()
        return plan.form.last_dialog

    def contact() -> QDialog:
        contacts = docks["contactMapDock"]
        contacts.commands.add_contact(None)
        return contacts.last_dialog

    def report() -> QDialog:
        from sqlalchemy import select

        from acct_desktop.store.models import Visit

        with ws.db.session() as session:
            visit_id = session.scalars(select(Visit.id).order_by(Visit.planned_start)).first()
        return calendar.open_report(visit_id)

    def sales_import() -> QDialog:
        path = Path(ws.db.url.database).parent / "sales.csv"
        path.write_text(
            "account code,month,product,quantity,revenue\nNL000001,2026-10,HO-022-5L,12,1200.00\n",
            encoding="utf-8",
        )
        return win.transfers.open_import(str(path))

    def target_form() -> QDialog:
        return TargetForm(
            TargetService(ws.db, "probe"), today.year, None, BreakdownMethod.EVEN, win
        )

    def discrepancy() -> QDialog:
        draft = DiscrepancyDraft(
            account_id=account,
            period=today.replace(day=1),
            measure=Measure.SELL_IN,
            currency="EUR",
            target_amount=Decimal("12000"),
            actual_amount=Decimal("9000"),
            deadline=today + timedelta(days=14),
        )
        return DiscrepancyFormDialog(
            draft, nothing, nothing, "Wegwijs › 2026-11 · revenue", None, win
        )

    def stamped() -> QDialog:
        row = ChecklistRow(
            id=uuid.uuid4(),
            number="CL-2026-0001",
            revision=1,
            account_id=account,
            account_name="Wegwijs Tankstations Magazijn Arnhem 2",
            issued_at=_now(),
            issued_by="probe",
            language="en",
            item_count=4,
            verification_code="ABCD-EFGH",
            stamped_on=None,
            scan_file_name=None,
            replaced_by=None,
        )
        return StampedCopyDialog(ws.checklist_records, row, win.background, win)

    def alert_dialog(kind: type) -> QDialog:
        if kind is SnoozeDialog:
            return SnoozeDialog("Issue IS-2026-00006 overdue by 144 days", today, nothing, win)
        return DismissDialog("Issue IS-2026-00006 overdue by 144 days", nothing, win)

    register = docks["policyRegisterDock"]

    def register_form(kind: str) -> QDialog:
        register.show_kind(kind)
        return register.commands.forms.new(kind, lambda *_a: True)

    return {
        "AccountFormDialog": lambda: docks["accountTreeDock"].commands.new_account(),
        "SnoozeDialog": lambda: alert_dialog(SnoozeDialog),
        "DismissDialog": lambda: alert_dialog(DismissDialog),
        "IssueChecklistDialog": win.seal_actions.open_issue_dialog,
        "ContactForm": contact,
        "DaysOffDialog": days_off,
        "DecisionDialog": lambda: DecisionDialog(
            "Approve", "Approve price policy PP-2026-0001", "It applies from 1 Dec.", nothing, win
        ),
        "DiscrepancyFormDialog": discrepancy,
        "ImportDialog": sales_import,
        "IssueBulkEditDialog": lambda: IssueBulkEditDialog(3, nothing, ["An"], today, win),
        "IssueFormDialog": lambda: docks["issuesDock"].commands.new_issue(),
        "ManagerDetailsDialog": lambda: ManagerDetailsDialog(win),
        "MonthlySummaryDialog": lambda: open_monthly_summary(win),
        "PdfPreviewDialog": lambda: PdfPreviewDialog(
            "Quote", (pdf := pdf_bytes()), preview_pages(pdf), nothing, win
        ),
        "PlanDialog": planner,
        "PolicyFormDialog": lambda: register_form("policy"),
        "RebateFormDialog": lambda: register_form("rebate"),
        "PriceCheckDialog": win.open_price_check,
        "ApprovalDialog": lambda: ApprovalDialog(
            ["Line 1: below the minimum margin"], nothing, "Approve", win
        ),
        "OrderDialog": lambda: OrderDialog(today + timedelta(days=7), nothing, win),
        "PasteDialog": lambda: PasteDialog(nothing, "", win),
        "ReasonDialog": lambda: ReasonDialog("Lost", "Why was it lost?", nothing, win),
        "QuoteSettingsDialog": lambda: QuoteSettingsDialog(ws.quote_settings, win),
        "RegisterCheckDialog": lambda: register.commands.check_register(),
        "StampedCopyDialog": stamped,
        "TargetForm": target_form,
        "TargetsDialog": lambda: open_targets(win),
        "VerifyDocumentDialog": lambda: VerifyDocumentDialog(ws, win.background, win),
        "VisitCyclesDialog": lambda: calendar.open_cycles(),
        "VisitReportDialog": report,
    }


def _now():  # type: ignore[no-untyped-def]
    from datetime import UTC, datetime

    return datetime.now(UTC)


if __name__ == "__main__":
    main(*sys.argv[1:5])
