"""The refusal every service's edits share: nothing was saved, and a sentence says why."""

from __future__ import annotations


class EditRejected(ValueError):
    """An edit that cannot be saved; ``field`` names the form field it is about."""

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field
