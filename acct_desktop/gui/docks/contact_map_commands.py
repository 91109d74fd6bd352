"""What the relationship map's gestures and buttons do, through the contact services."""

from __future__ import annotations

import uuid
from dataclasses import fields
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QPoint, QPointF, QRectF, QStandardPaths, Qt
from PySide6.QtGui import QAction, QImage, QKeySequence, QPainter
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QWidget

from acct_desktop.domain.enums import ContactLinkKind
from acct_desktop.domain.sentences import filled_in
from acct_desktop.gui.dialogs.contact_form import ContactForm
from acct_desktop.gui.docks.contact_map_undo import MapStep
from acct_desktop.gui.labels import enum_label
from acct_desktop.gui.nothing_here import say_why
from acct_desktop.gui.sentences import exception_text, file_problem_text, problem_text, user_text
from acct_desktop.gui.widgets.card_fonts import NAME_PX, card_font
from acct_desktop.services.contact_records import ContactDraft, ContactRejected
from acct_desktop.services.own_edits import OwnEdit


class ContactMapCommands(QObject):
    def __init__(self, dock: Any) -> None:
        super().__init__(dock)
        self.dock = dock
        self.choose_path = self._ask_path
        self.last_saved: Path | None = None
        self.pending_add_at: QPointF | None = None
        self.last_preview: QWidget | None = None
        self.actions: dict[str, QAction] = {}
        for name, text, keys, handler in (
            ("add", self.tr("Add contact"), "Ctrl+N", lambda: self.add_contact(None)),
            ("fit", self.tr("Fit"), "", lambda: self.dock.chart.fit()),
            ("relayout", self.tr("Arrange as org chart"), "", self.relayout),
            ("export", self.tr("Export…"), "", self.export),
            ("print", self.tr("Print…"), "Ctrl+P", self.print_map),
            ("vcf_import", self.tr("Import vCards…"), "", self.import_vcards),
            ("vcf_export", self.tr("Export vCards…"), "", self.export_vcards),
        ):
            action = QAction(text, dock)
            action.setObjectName(f"map_{name}")
            if keys:
                action.setShortcut(QKeySequence(keys))
                action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(lambda _c=False, run=handler: run())
            dock.addAction(action)
            self.actions[name] = action

    @property
    def workspace(self):  # type: ignore[no-untyped-def]
        return self.dock.workspace

    def complain(self, message: str) -> None:
        self.dock.last_problem = message
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Contact map"), message)
        box.setParent(self.dock, box.windowFlags())
        box.open()

    def _push(self, text: str, do, undo) -> None:  # type: ignore[no-untyped-def]
        """Record a change already made as one undo step (Edit → Undo, Ctrl+Z)."""
        stack = self.dock.undo_stack
        if stack is not None:
            stack.push(MapStep(text, do, undo, self.dock))

    def _name(self, contact_id: uuid.UUID) -> str:
        shown = self.dock.shown
        names = {p.id: p.name for p in shown.people} if shown is not None else {}
        return names.get(contact_id, "?")

    def _managers(self, excluding: uuid.UUID | None) -> list[tuple[uuid.UUID, str]]:
        shown = self.dock.shown
        people = shown.people if shown is not None else ()
        return [
            (p.id, f"{p.name} · {p.title}" if p.title else p.name)
            for p in people
            if p.id != excluding
        ]

    # -- people ----------------------------------------------------------------------------

    def add_contact(self, where: QPointF | None) -> None:
        workspace, account_id = self.workspace, self.dock.current.id
        if workspace is None:
            return
        if account_id is None:
            say_why(
                self.dock,
                self.tr("Choose an account first: a contact is added to the current account."),
            )
            return
        self.pending_add_at = where
        records = workspace.contact_records

        def save(draft: ContactDraft) -> uuid.UUID:
            contact_id = records.create(draft)
            if where is not None:
                workspace.contact_map.save_positions(
                    account_id, {contact_id: (where.x(), where.y())}
                )
            self._push(
                self.tr("add contact %1").replace("%1", draft.name.strip()),
                lambda: records.restore(contact_id),
                lambda: records.archive(contact_id),
            )
            return contact_id

        self._open_form(ContactDraft(account_id, ""), None, save)

    def edit_contact(self, contact_id: uuid.UUID) -> None:
        workspace = self.workspace
        if workspace is None:
            return
        try:
            draft, version = workspace.contact_records.draft(contact_id)
        except ContactRejected as exc:
            self.complain(exception_text(exc))
            return
        records = workspace.contact_records

        def save(after: ContactDraft) -> None:
            # refused (the shared sentence) when a colleague saved the contact meanwhile
            records.update(contact_id, after, expected_version=version)
            changed = [f.name for f in fields(after)]  # those that differ are undone
            # undo takes back these fields only, if nobody changed them since
            edit = OwnEdit.saved(workspace.db, records, "contact", contact_id, draft, changed)
            self._push(
                self.tr("edit contact %1").replace("%1", after.name.strip()), edit.redo, edit.undo
            )

        self._open_form(draft, contact_id, save)

    def _open_form(self, draft: ContactDraft, contact_id: uuid.UUID | None, save) -> None:  # type: ignore[no-untyped-def]
        form = ContactForm(
            draft,
            self._managers(contact_id),
            save,
            self.dock,
            drafts=self.workspace.form_drafts,
            record_key=str(contact_id) if contact_id else "",
        )
        form.accepted.connect(self.dock.contacts_touched)
        self.dock.last_dialog = form
        form.open()

    def set_manager(self, contact_id: uuid.UUID, boss_id: uuid.UUID | None) -> None:
        workspace = self.workspace
        records = workspace.contact_records
        try:
            before = records.draft_of(contact_id)
            if before.reports_to_id == boss_id:
                return
            records.set_reports_to(contact_id, boss_id)
        except ContactRejected as exc:
            self.complain(exception_text(exc))
            return
        edit = OwnEdit.saved(
            workspace.db, records, "contact", contact_id, before, ("reports_to_id",)
        )
        self._push(
            self.tr("change whom %1 reports to").replace("%1", self._name(contact_id)),
            edit.redo,
            edit.undo,
        )
        self.dock.contacts_touched()

    def archive(self, contact_id: uuid.UUID) -> None:
        records = self.workspace.contact_records
        name = self._name(contact_id)
        try:
            cut = records.archive(contact_id)
        except ContactRejected as exc:
            self.complain(exception_text(exc))
            return

        def undo() -> None:
            records.restore(contact_id)
            for report in cut:  # the reporting lines the archive cut, unless drawn anew since
                if records.draft_of(report).reports_to_id is None:
                    records.set_reports_to(report, contact_id)

        self._push(
            self.tr("remove %1 from the map").replace("%1", name),
            lambda: records.archive(contact_id),
            undo,
        )
        self.dock.contacts_touched()

    # -- relationships ---------------------------------------------------------------------

    def link(self, from_id: uuid.UUID, to_id: uuid.UUID) -> None:
        """Ask what the relationship is (a menu at the cursor), then record it."""
        menu = QMenu(self.dock)
        names = {p.id: p.name for p in self.dock.shown.people} if self.dock.shown else {}
        one, two = names.get(from_id, "?"), names.get(to_id, "?")
        manages = menu.addAction(filled_in(self.tr("%1 manages %2"), one, two))
        manages.triggered.connect(lambda: self.set_manager(to_id, from_id))
        menu.addSeparator()
        sentences = {  # each entry says who acts on whom, as "manages" does
            ContactLinkKind.INFLUENCES: self.tr("%1 influences %2"),
            ContactLinkKind.ALLIED_WITH: self.tr("%1 is allied with %2"),
            ContactLinkKind.IN_CONFLICT_WITH: self.tr("%1 is in conflict with %2"),
            ContactLinkKind.KNOWS: self.tr("%1 knows %2"),
        }
        for kind in ContactLinkKind:
            action = menu.addAction(filled_in(sentences[kind], one, two))
            action.triggered.connect(lambda _c=False, k=kind: self.add_link(from_id, to_id, k))
        self.dock.last_dialog = menu
        menu.popup(self.dock.chart.cursor().pos())

    def add_link(self, from_id: uuid.UUID, to_id: uuid.UUID, kind: ContactLinkKind) -> None:
        records = self.workspace.contact_records
        try:
            made = [records.link(from_id, to_id, kind)]
        except ContactRejected as exc:
            self.complain(exception_text(exc))
            return

        def redo() -> None:
            made[0] = records.link(from_id, to_id, kind)

        self._push(
            self.tr("link %1 and %2 (%3)")
            .replace("%1", self._name(from_id))
            .replace("%2", self._name(to_id))
            .replace("%3", enum_label(kind)),
            redo,
            lambda: records.unlink(made[0]),
        )
        self.dock.contacts_touched()

    def unlink(self, link_id: uuid.UUID) -> None:
        records = self.workspace.contact_records
        removed = records.unlink(link_id)
        if removed is None:
            self.dock.contacts_touched()
            return
        current = [link_id]

        def undo() -> None:
            current[0] = records.link(
                removed.from_contact_id, removed.to_contact_id, removed.kind, removed.note
            )

        self._push(
            self.tr("remove relationship “%1”").replace("%1", enum_label(removed.kind)),
            lambda: records.unlink(current[0]),
            undo,
        )
        self.dock.contacts_touched()

    # -- map -------------------------------------------------------------------------------

    def save_positions(self, moved: dict[uuid.UUID, tuple[float, float]]) -> None:
        workspace, account_id = self.workspace, self.dock.current.id
        if workspace is None or account_id is None or not moved:
            return
        before = {cid: xy for cid, xy in self.dock.chart.moved_from.items() if cid in moved}
        workspace.contact_map.save_positions(account_id, moved)
        if before and before != moved:
            self._push(
                self.tr("move %n cards on the contact map", "", len(moved)),
                lambda: workspace.contact_map.save_positions(account_id, moved),
                lambda: workspace.contact_map.save_positions(account_id, before),
            )

    def relayout(self) -> None:
        workspace, account_id = self.workspace, self.dock.current.id
        if workspace is None or account_id is None:
            return
        shown = self.dock.shown
        placed = dict(shown.positions) if shown is not None else {}
        workspace.contact_map.forget_positions(account_id)
        if placed:
            self._push(
                self.tr("arrange the map as an org chart"),
                lambda: workspace.contact_map.forget_positions(account_id),
                lambda: workspace.contact_map.save_positions(account_id, placed),
            )
        self.dock.reload()

    def stale_days_changed(self) -> None:
        workspace = self.workspace
        if workspace is None:
            return
        days = self.dock.stale_days.value()
        if self.dock.shown is not None and days != self.dock.shown.stale_days:
            workspace.contact_map.set_stale_days(days)
            self.dock.reload()

    def add_person_actions(self, menu: QMenu, person_id: uuid.UUID) -> None:
        """A person's commands, on the map and in the People list alike."""
        menu.addAction(self.tr("Edit…"), lambda: self.edit_contact(person_id))
        boss_menu = menu.addMenu(self.tr("Reports to"))
        boss_menu.addAction(self.tr("— nobody —"), lambda: self.set_manager(person_id, None))
        for boss_id, label in self._managers(person_id):
            boss_menu.addAction(label, lambda b=boss_id: self.set_manager(person_id, b))
        menu.addSeparator()
        menu.addAction(self.tr("Remove from the map (archive)"), lambda: self.archive(person_id))

    def context_menu(self, target: uuid.UUID | None, where: QPoint) -> None:
        menu = QMenu(self.dock)
        shown = self.dock.shown
        people = {p.id: p for p in shown.people} if shown else {}
        links = {link.id: link for link in shown.links} if shown else {}
        if target in people:
            self.add_person_actions(menu, target)
        elif target in links:
            link = links[target]
            menu.addAction(
                self.tr("Remove relationship “%1”").replace("%1", enum_label(link.kind)),
                lambda: self.unlink(link.id),
            )
        else:
            scene_at = self.dock.chart.mapToScene(self.dock.chart.mapFromGlobal(where))
            menu.addAction(self.tr("Add contact here…"), lambda: self.add_contact(scene_at))
            menu.addAction(self.actions["fit"])
            menu.addAction(self.actions["relayout"])
        self.dock.last_dialog = menu
        menu.popup(where)

    # -- vCards and privacy ----------------------------------------------------------------

    def _account_code(self) -> str | None:
        workspace, account_id = self.workspace, self.dock.current.id
        if workspace is None or account_id is None:
            return None
        profile = workspace.accounts.profile(account_id)
        return profile.code if profile else None

    def import_vcards(self, path: Path | None = None) -> None:
        """Contacts from a .vcf file (Outlook, Gmail, phones) into the current account."""
        from acct_desktop.services.contact_cards import ContactCardError, import_vcards
        from acct_desktop.services.imports.problems import ImportRejected
        from acct_desktop.services.manager_profile import actor_name

        code = self._account_code()
        if code is None:
            self.complain(self.tr("Choose the account the contacts belong to first."))
            return
        if path is None:
            chosen, _ = QFileDialog.getOpenFileName(
                self.dock, self.tr("Import vCards"), "", self.tr("vCards (*.vcf *.vcard)")
            )
            if not chosen:
                return
            path = Path(chosen)
        try:
            summary = import_vcards(
                self.workspace.db, path.read_bytes(), code, actor=actor_name(), file_name=path.name
            )
        except ImportRejected as exc:
            problems = [
                user_text(p.sentence()) if hasattr(p, "sentence") else problem_text(p)
                for p in exc.problems[:12]
            ]
            self.complain("\n".join([exception_text(exc), *problems]))
            return
        except ContactCardError as exc:
            self.complain(exception_text(exc))
            return
        except OSError as exc:
            self.complain(file_problem_text(exc))
            return
        self._imported(summary)

    def _imported(self, summary) -> None:  # type: ignore[no-untyped-def]
        """Say what the import did (and what it left out, and why), then show the new
        people everywhere: the map, the profile card's counts, the status bar."""
        said = user_text(summary.describe())
        notes = [user_text(note) for note in summary.notes]
        self.dock.last_problem = said
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Import vCards"), said)
        if notes:
            box.setIcon(QMessageBox.Icon.Warning)
            box.setInformativeText("\n".join(f"• {note}" for note in notes[:8]))
            box.setDetailedText("\n".join(notes))
        box.setObjectName("vcardImportSummary")
        box.setParent(self.dock, box.windowFlags())
        self.dock.last_dialog = box
        box.open()
        self.dock.contacts_touched()

    def export_vcards(self) -> None:
        from acct_desktop.services.contact_card_export import write_vcards

        code = self._account_code()
        if code is None:
            return
        path = self.choose_path(f"contacts-{code}.vcf")
        if path is None:
            return
        write_vcards(self.workspace.db, path, account_code=code, version="3.0")
        self.last_saved = path

    def export_personal_data(self, contact_id: uuid.UUID) -> None:
        import json

        from acct_desktop.services.contact_privacy import export_personal_data
        from acct_desktop.services.files import write_atomically

        path = self.choose_path(f"contact-{contact_id.hex[:8]}.json")
        if path is None:
            return
        data = export_personal_data(self.workspace.db, contact_id)
        text = json.dumps(data, ensure_ascii=False, indent=2, default=str)
        write_atomically(path, text.encode("utf-8"))
        self.last_saved = path

    def erase(self, contact_id: uuid.UUID) -> None:
        """Erase a person's data on request (a reason is required; history stays)."""
        from acct_desktop.gui.dialogs.quote_dialogs import ReasonDialog
        from acct_desktop.services.contact_privacy import erase_contact
        from acct_desktop.services.manager_profile import actor_name

        workspace = self.workspace

        def act(reason: str) -> object:
            return erase_contact(workspace.db, contact_id, actor_name(), reason)

        dialog = ReasonDialog(
            self.tr("Erase personal data"),
            self.tr(
                "Their name becomes a placeholder; phones, e-mails, notes and relationships "
                "are removed, and their name is replaced in visit reports and issues. Visits "
                "still count. This cannot be undone. Why are you erasing it?"
            ),
            act,
            self.dock,
        )
        dialog.accepted.connect(self.dock.contacts_touched)
        self.dock.last_dialog = dialog
        dialog.open()

    # -- export and print ------------------------------------------------------------------

    def map_image(self, scale: float = 2.0) -> QImage:
        scene = self.dock.chart.scene()
        rect = scene.itemsBoundingRect().adjusted(-20, -20, 20, 20)
        image = QImage(
            int(rect.width() * scale), int(rect.height() * scale), QImage.Format.Format_ARGB32
        )
        image.fill(Qt.GlobalColor.white)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        scene.render(painter, QRectF(image.rect()), rect)
        painter.end()
        return image

    def export(self) -> None:
        if not self.dock.chart.cards:
            return
        account = self.workspace.accounts.profile(self.dock.current.id)
        path = self.choose_path(f"contact-map-{account.code}.png")
        if path is None:
            return
        if path.suffix.lower() == ".pdf":
            if not self._write(path, self.map_pdf(account.name)):
                return
        elif not self.map_image().save(str(path)):
            self.complain(self.tr("Could not save %1.").replace("%1", str(path)))
            return
        self.last_saved = path

    def _write(self, path: Path, pdf: bytes) -> bool:
        from acct_desktop.services.files import write_atomically

        try:
            write_atomically(path, pdf)
        except OSError as exc:
            self.complain(
                filled_in(self.tr("Could not save %1: %2"), str(path), file_problem_text(exc))
            )
            return False
        return True

    def map_pdf(self, title: str) -> bytes:
        """The map on one landscape A4 page, drawn as lines and text (names read back and
        searchable in every language: the cards' font is embedded)."""
        from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF
        from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter

        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        writer = QPdfWriter(buffer)
        writer.setTitle(title)
        writer.setCreator("acct-desktop")
        writer.setPageLayout(
            QPageLayout(
                QPageSize(QPageSize.PageSizeId.A4),
                QPageLayout.Orientation.Landscape,
                QMarginsF(12, 12, 12, 12),
                QPageLayout.Unit.Millimeter,
            )
        )
        writer.setResolution(1200)  # a printer's: the words are sized in the scene's pixels
        self.paint_on(writer, title)
        buffer.close()
        return bytes(data.data())

    def paint_on(self, device, title: str = "") -> None:  # type: ignore[no-untyped-def]
        """The map fitted to ``device``'s page (a QPdfWriter, a QPrinter), under ``title``."""
        scene = self.dock.chart.scene()
        source = scene.itemsBoundingRect().adjusted(-20, -20, 20, 20)
        painter = QPainter(device)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        page = QRectF(painter.viewport())
        if title:  # the account's name above the map, in points: a heading on the page
            font = card_font(NAME_PX, bold=True)
            font.setPointSize(12)
            painter.setFont(font)
            metrics = painter.fontMetrics()  # the device's: the page is not scaled
            painter.drawText(QPointF(page.left(), page.top() + metrics.ascent()), title)
            page.adjust(0, metrics.height() * 1.5, 0, 0)
        # fitted to the page, but never over 125 % of the screen's size (two cards on a
        # sheet stay cards, not posters)
        scale = min(
            page.width() / source.width(),
            page.height() / source.height(),
            device.logicalDpiX() / 96 * 1.25,
        )
        target = QRectF(page.topLeft(), source.size() * scale)
        scene.render(painter, target, source, Qt.AspectRatioMode.KeepAspectRatio)
        painter.end()

    def print_map(self) -> None:
        """The map as a PDF in the app's print preview: Print…, or Save as PDF…"""
        if not self.dock.chart.cards:
            return
        from acct_desktop.gui.dialogs.pdf_preview import PdfPreviewDialog, preview_pages

        account = self.workspace.accounts.profile(self.dock.current.id)
        name = f"contact-map-{account.code}.pdf"
        pdf = self.map_pdf(account.name)

        def save() -> None:
            path = self.choose_path(name)
            if path is not None and self._write(path, pdf):
                self.last_saved = path

        if self.last_preview is not None:  # its page images let go
            self.last_preview.deleteLater()
        dialog = PdfPreviewDialog(name, pdf, preview_pages(pdf), save, self.dock)
        self.dock.last_dialog = self.last_preview = dialog
        dialog.open()

    def _ask_path(self, file_name: str) -> Path | None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        pdf_only = file_name.endswith(".pdf")  # Save as PDF… in the print preview
        chosen, _ = QFileDialog.getSaveFileName(
            self.dock,
            self.tr("Save as PDF") if pdf_only else self.tr("Export the map"),
            str(Path(folder) / file_name),
            "PDF (*.pdf)" if pdf_only else "PNG (*.png);;PDF (*.pdf)",
        )
        return Path(chosen) if chosen else None
