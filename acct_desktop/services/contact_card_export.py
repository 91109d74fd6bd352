"""Writing contacts as vCard files: one file, or one file per contact in a folder (Outlook
imports only the first card of a file). The active contacts (not archived, not erased) chosen
by id or by account are written by account code and name; files are written whole or not at
all. The card itself is ``vcard_writing``'s.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from acct_desktop.domain.languages import document_language
from acct_desktop.domain.sentences import QT_TRANSLATE_NOOP, Sentence, figure, file_problem
from acct_desktop.services.account_codes import account_id as account_of
from acct_desktop.services.contact_card_rows import card_of
from acct_desktop.services.files import safe_file_stem
from acct_desktop.services.vcard_fields import CardContact
from acct_desktop.services.vcard_writing import VERSIONS, card_text, cards_text
from acct_desktop.store.database import Database
from acct_desktop.store.models import Account, Contact


class ContactCardError(ValueError):
    """An import or export that cannot be done (no such account, a file that cannot be
    written); the message is a sentence for the user."""


@dataclass(frozen=True)
class CardExportSummary:
    """What an export wrote: the files and how many contacts."""

    paths: tuple[Path, ...]
    contacts: int
    version: str

    def describe(self) -> str:
        """One sentence for the user."""
        if len(self.paths) == 1:
            template = (
                QT_TRANSLATE_NOOP("messages", "%1 contact written as vCard %2 to %3.")
                if self.contacts == 1
                else QT_TRANSLATE_NOOP("messages", "%1 contacts written as vCard %2 to %3.")
            )
            return Sentence.of(template, figure(self.contacts), self.version, self.paths[0])
        return Sentence.of(
            QT_TRANSLATE_NOOP("messages", "%1 contacts written as vCard %2 to %3 files."),
            figure(self.contacts),
            self.version,
            figure(len(self.paths)),
        )


def export_vcards(
    db: Database,
    contact_ids: Iterable[uuid.UUID] | None = None,
    *,
    account_code: str | None = None,
    version: str = "3.0",
) -> bytes:
    """The chosen contacts (all active ones when neither ids nor account are given) as one
    vCard file: UTF-8, CRLF, folded at 75 octets."""
    return cards_text(_cards(db, contact_ids, account_code), _version(version)).encode("utf-8")


def write_vcards(
    db: Database,
    target: str | Path,
    contact_ids: Iterable[uuid.UUID] | None = None,
    *,
    account_code: str | None = None,
    version: str = "3.0",
    split: bool = False,
) -> CardExportSummary:
    """Write the chosen contacts to the file ``target``, or with ``split`` one ``.vcf`` per
    contact into the folder ``target`` (created if missing): Outlook imports only the
    first card of a file. Files are written whole or not at all."""
    version = _version(version)
    cards = _cards(db, contact_ids, account_code)
    target = Path(target)
    if not split:
        if target.is_dir():
            raise ContactCardError(
                Sentence.of(
                    QT_TRANSLATE_NOOP("messages", "%1 is a folder; give a file name to export to."),
                    target,
                )
            )
        _write_file(target, cards_text(cards, version))
        return CardExportSummary((target,), len(cards), version)
    try:
        target.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ContactCardError(
            Sentence.of(
                QT_TRANSLATE_NOOP("messages", "The folder %1 cannot be made (%2)."),
                target,
                file_problem(exc),
            )
        ) from None
    used: set[str] = {p.name.casefold() for p in target.iterdir()}
    paths = []
    for card in cards:
        path = target / _file_name(card.name, used)
        _write_file(path, card_text(card, version))
        paths.append(path)
    return CardExportSummary(tuple(paths), len(cards), version)


def _version(version: str) -> str:
    if version not in VERSIONS:
        raise ContactCardError(
            Sentence.of(
                QT_TRANSLATE_NOOP("messages", "vCard %1 cannot be written; choose 3.0 or 4.0."),
                version,
            )
        )
    return version


def _cards(
    db: Database, contact_ids: Iterable[uuid.UUID] | None, account_code: str | None
) -> list[CardContact]:
    query = (
        select(Contact, Account.name, Account.document_language, Account.country_code)
        .join(Account, Account.id == Contact.account_id)
        .where(Contact.archived_at.is_(None), Contact.erased_at.is_(None))
        .options(selectinload(Contact.details))
        .order_by(Account.code, Contact.name, Contact.id)
    )
    ids = list(contact_ids) if contact_ids is not None else None
    if ids is not None:
        query = query.where(Contact.id.in_(ids))
    with db.session() as session:
        if account_code is not None:
            account_id = account_of(session, account_code)
            if account_id is None:
                raise ContactCardError(
                    Sentence.of(
                        QT_TRANSLATE_NOOP("messages", "There is no account %1 in the database."),
                        account_code,
                    )
                )
            query = query.where(Account.id == account_id)
        return [
            card_of(contact, account_name, document_language(language, country), country)
            for contact, account_name, language, country in session.execute(query)
        ]


def _write_file(path: Path, text: str) -> None:
    temporary = path.with_name(f".{path.name}.{os.getpid()}.part")
    try:
        temporary.write_bytes(text.encode("utf-8"))
        os.replace(temporary, path)
    except OSError as exc:
        raise ContactCardError(
            Sentence.of(
                QT_TRANSLATE_NOOP("messages", "%1 could not be written (%2)."),
                path,
                file_problem(exc),
            )
        ) from None
    finally:
        temporary.unlink(missing_ok=True)


def _file_name(name: str, used: set[str]) -> str:
    """A file name for a contact that works on Windows too, not yet in ``used``."""
    stem = safe_file_stem(name, "contact", joint="_", spaces=True)
    candidate, number = f"{stem}.vcf", 1
    while candidate.casefold() in used:
        number += 1
        candidate = f"{stem} ({number}).vcf"
    used.add(candidate.casefold())
    return candidate
