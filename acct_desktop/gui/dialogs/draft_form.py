"""A form dialog whose typing a ``FormDraft`` keeps (gui/form_drafts.py), closed the same
way everywhere: Cancel forgets what was typed; Esc and the window's close button keep it
(at once, not after the typing's pause), and the same form opened again puts it back
("Restored what you typed last time"). A save refused as a whole holds the draft, so
Cancel keeps it too then (``FormDraft.cancel``)."""

from __future__ import annotations

from acct_desktop.gui.form_drafts import FormDraft
from acct_desktop.gui.screen_fit import ScreenFitDialog


class DraftFormDialog(ScreenFitDialog):
    draft_keeper: FormDraft | None = None  # set by the form once its fields are laid out

    def discard(self) -> None:
        """Cancel: nothing is saved and the kept draft is dropped (unless a refused save
        holds it). Connect the form's Cancel button here."""
        if self.draft_keeper is not None:
            self.draft_keeper.cancel()
        self.reject()

    def reject(self) -> None:
        """Esc or the window's close button (and Cancel, after ``discard``): nothing is
        saved; what was typed stays kept as a draft."""
        if self.draft_keeper is not None:
            self.draft_keeper.flush()
        super().reject()
