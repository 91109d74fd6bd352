"""Building a quote: create it, edit its header and lines, price them from the register.

Every call is one transaction and is saved at once — a draft is never only in memory, so
a crash loses nothing typed before it. Each call returns the whole :class:`QuoteView`
(the builder's "what changed"). Lines are priced by the pricing engine for the account on
the quote's date and in its currency; the engine's price is kept per line and the manager's
line discount is taken off it. Only draft, pending and approved quotes are edited; a change
to a flagged line (or a new flagged line, or a changed quote discount) sends a pending or
approved quote back to draft and lapses its approval.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from acct_desktop.domain.enums import QuoteStatus
from acct_desktop.domain.numbering import next_number
from acct_desktop.domain.quote_maths import QuoteFigureError, check_percent, check_quantity
from acct_desktop.domain.quote_paste import nothing_pasted, one_per_line, read_pasted_lines
from acct_desktop.domain.sentences import QT_TRANSLATE_NOOP, Sentence
from acct_desktop.services.audit import record_change
from acct_desktop.services.changed_since import Doing, saving
from acct_desktop.services.price_book import PricingError
from acct_desktop.services.pricing import PriceAsk, PricingService
from acct_desktop.services.quote_currency import contract_prices_lost
from acct_desktop.services.quote_edit_rules import (
    QuoteEditRejected,
    first_contact,
    header_problems,
    locked_sentence,
)
from acct_desktop.services.quote_kept import (
    ChangedMeanwhile,
    HeaderKept,
    KeptEdit,
    LineAdded,
    LineKept,
    still_wanted,
)
from acct_desktop.services.quote_settings import read_quote_settings
from acct_desktop.services.quote_undo import HEADER_FIELDS, DraftState, put_back, state_of
from acct_desktop.services.quote_views import (
    QuoteView,
    build_view,
    fingerprint_of,
    guards_for_lines,
)
from acct_desktop.store.database import Database
from acct_desktop.store.models import (
    Account,
    Approval,
    PricePolicy,
    Product,
    Quote,
    QuoteLine,
    QuoteTemplate,
    QuoteTemplateLine,
)
from acct_desktop.store.types import utcnow

QUOTE_PREFIX = "Q"
NUMBER_WIDTH = 5
UNITS = ("pack", "L", "kg")
# a quote number with its revision: "Q-2026-7KX-00042 R2" or the file name's "…-R2"
_REVISION_SUFFIX = re.compile(r"(?P<number>.+?)[ -]R(?P<revision>\d+)")
MAX_LINES = 500


@dataclass(frozen=True, slots=True)
class TemplateRow:
    id: uuid.UUID
    name: str
    line_count: int


class QuoteBuilder:
    def __init__(
        self,
        db: Database,
        pricing: PricingService,
        actor: Callable[[], str],
        device: Callable[[], str],
        today: Callable[[], date] = date.today,
    ) -> None:
        self._db = db
        self._pricing = pricing
        self._actor = actor
        self._device = device
        self._today = today

    # -- reading ---------------------------------------------------------------------------

    def view(self, quote_id: uuid.UUID) -> QuoteView:
        """The quote as the builder shows it; LookupError when it is gone."""
        with self._db.session() as session:
            quote = self._get(session, quote_id)
            return self._view(session, quote)

    def find(self, reference: str) -> uuid.UUID | None:
        """The quote ``Q-2026-7KX-00042`` (its latest revision) or ``… R2`` / ``…-R2`` (the
        file name's form) for that revision."""
        text = " ".join(reference.strip().upper().split())
        tried = [(text, None)]
        found = _REVISION_SUFFIX.fullmatch(text)
        if found is not None:
            tried.insert(0, (found["number"], int(found["revision"])))
        with self._db.session() as session:
            for number, revision in tried:
                query = select(Quote.id).where(Quote.number == number, Quote.archived_at.is_(None))
                if revision is not None:
                    query = query.where(Quote.revision == revision)
                quote_id = session.scalar(query.order_by(Quote.revision.desc()).limit(1))
                if quote_id is not None:
                    return quote_id
        return None

    def last_quote_of(self, account_id: uuid.UUID, excluding: uuid.UUID | None) -> uuid.UUID | None:
        """The account's most recent other quote with lines (to copy its lines)."""
        query = (
            select(Quote.id)
            .where(Quote.account_id == account_id, Quote.archived_at.is_(None))
            .where(Quote.id.in_(select(QuoteLine.quote_id)))
            .order_by(Quote.quote_date.desc(), Quote.created_at.desc())
        )
        if excluding is not None:
            query = query.where(Quote.id != excluding)
        with self._db.session() as session:
            return session.scalar(query.limit(1))

    # -- creating --------------------------------------------------------------------------

    def create(self, account_id: uuid.UUID, contact_id: uuid.UUID | None = None) -> QuoteView:
        """A new draft for the account in its currency, numbered at once, valid for the
        company's default number of days, taxed at its country's rate."""
        today = self._today()
        for attempt in range(3):
            try:
                with self._db.session() as session:
                    account = session.get(Account, account_id)
                    if account is None or account.archived_at is not None:
                        raise QuoteEditRejected(
                            QT_TRANSLATE_NOOP("messages", "This account no longer exists.")
                        )
                    settings = read_quote_settings(session)
                    if contact_id is None:
                        contact_id = first_contact(session, account_id)
                    quote = Quote(
                        number=self._next_number(session, today.year),
                        revision=1,
                        account_id=account_id,
                        contact_id=contact_id,
                        quote_date=today,
                        valid_until=today + timedelta(days=settings.validity_days),
                        requested_on=today,
                        currency=account.currency,
                        tax_rate_percent=settings.tax_rate(account.country_code),
                        quote_discount_percent=Decimal(0),
                        payment_terms=account.payment_terms,
                        status=QuoteStatus.DRAFT,
                        prepared_by=self._actor(),
                    )
                    session.add(quote)
                    session.flush()
                    record_change(
                        session, self._actor(), "quote", quote.id, "created", None, quote.number
                    )
                    return self._view(session, quote)
            except IntegrityError:
                if attempt == 2:
                    raise QuoteEditRejected(
                        QT_TRANSLATE_NOOP(
                            "messages",
                            "Another quote took this number at the same moment and the retries "
                            "ran out; try again. If it keeps happening, two laptops share the "
                            "device code — change yours under Tools → My details.",
                        )
                    ) from None
        raise AssertionError("unreachable")

    def _next_number(self, session: Session, year: int) -> str:
        series = self._device()
        prefix = f"{QUOTE_PREFIX}-{year:04d}-{series}-"
        taken = session.scalars(select(Quote.number).where(Quote.number.like(prefix + "%")))
        return next_number(QUOTE_PREFIX, year, taken, NUMBER_WIDTH, series)

    # -- header ----------------------------------------------------------------------------

    def set_header(self, quote_id: uuid.UUID, **changes: object) -> QuoteView:
        """Change header fields (see ``HEADER_FIELDS``); QuoteEditRejected with a sentence per
        field when a value is impossible. Changing the currency reprices every line."""
        unknown = set(changes) - set(HEADER_FIELDS)
        if unknown:
            raise ValueError(f"not header fields: {sorted(unknown)}")
        return self._edit(
            quote_id, lambda session, quote: self._set_header(session, quote, changes)
        )

    def _set_header(self, session: Session, quote: Quote, changes: dict[str, object]) -> None:
        problems = header_problems(session, quote, changes)
        if problems:
            raise QuoteEditRejected(next(iter(problems.values())), problems)
        for name, value in changes.items():
            if isinstance(value, str):
                value = value.strip() or None
                if name == "currency" and value:
                    value = value.upper()
            old = getattr(quote, name)
            if old != value:
                setattr(quote, name, value)
                record_change(session, self._actor(), "quote", quote.id, name, old, value)
        if "currency" in changes:
            session.flush()
            try:
                self._reprice(session, quote, list(quote.lines))
            except QuoteEditRejected as exc:  # no exchange rate: said under the field
                said = exc.args[0]
                raise QuoteEditRejected(said, {"currency": said}) from None

    def contract_prices_lost(self, quote_id: uuid.UUID, currency: str) -> list[str]:
        """What changing the quote's currency to ``currency`` would do to its policy prices:
        a sentence per line whose policy would no longer price it (a contract price agreed
        in another currency is not converted — the list price or another policy takes
        over). Asked before the change so the manager can say no; QuoteEditRejected with
        the problem under the currency field when the change is impossible (no such code,
        no exchange rate)."""
        with self._db.session() as session:
            return contract_prices_lost(
                session, self._pricing, self._get(session, quote_id), currency
            )

    # -- lines -----------------------------------------------------------------------------

    def add_products(
        self,
        quote_id: uuid.UUID,
        items: Sequence[tuple[uuid.UUID, Decimal, str | None]],
        line_ids: Sequence[uuid.UUID] | None = None,
    ) -> QuoteView:
        """Add one line per (product, quantity, unit or None for packs), priced now;
        ``line_ids``: the new lines' ids, chosen by the caller (a line kept while the
        database was away is added once however often it is written)."""

        def edit(session: Session, quote: Quote) -> None:
            self._add_lines(session, quote, items, line_ids)

        return self._edit(quote_id, edit)

    def add_pasted(
        self, quote_id: uuid.UUID, text: str, decimal_point: str | None = None
    ) -> QuoteView:
        """Add the SKU/quantity pairs pasted in ``text``, their numbers written as a language
        with ``decimal_point`` writes them (None: not known, ambiguous ones refused); all or
        nothing, with a sentence per bad line — unknown SKUs in the same round."""
        reading = read_pasted_lines(text, decimal_point)

        def edit(session: Session, quote: Quote) -> None:
            wanted = {sku.upper() for _line, sku in reading.skus}
            query = select(func.upper(Product.sku), Product.id).where(
                func.upper(Product.sku).in_(wanted), Product.archived_at.is_(None)
            )
            found = {sku: product_id for sku, product_id in session.execute(query)}
            missing = [
                (
                    line,
                    Sentence.of(
                        QT_TRANSLATE_NOOP("messages", "Line %1: no product has the SKU “%2”."),
                        line,
                        sku,
                    ),
                )
                for line, sku in reading.skus
                if sku.upper() not in found
            ]
            problems = sorted([*reading.problems, *missing], key=lambda item: item[0])
            if problems:
                raise QuoteEditRejected(one_per_line([problem for _line, problem in problems]))
            if not reading.pairs:
                raise QuoteEditRejected(nothing_pasted())
            items = [(found[p.sku.upper()], p.quantity, p.unit) for p in reading.pairs]
            self._add_lines(session, quote, items)

        return self._edit(quote_id, edit)

    def update_line(
        self,
        line_id: uuid.UUID,
        *,
        quantity: Decimal | None = None,
        unit: str | None = None,
        discount_percent: Decimal | None = None,
        description: str | None = None,
    ) -> QuoteView:
        """Change one line. A new quantity or unit is priced again (quantity breaks); a
        description of "" prints the product's name again."""
        quote_id = self._quote_of_line(line_id)
        changes = {
            "quantity": quantity,
            "unit": unit,
            "discount_percent": discount_percent,
            "description": description,
        }

        def edit(session: Session, quote: Quote) -> None:
            line = session.get(QuoteLine, line_id)
            assert line is not None
            self._update_line(session, quote, line, changes)

        return self._edit(quote_id, edit)

    def _update_line(
        self, session: Session, quote: Quote, line: QuoteLine, changes: dict[str, object]
    ) -> None:
        """Set the line's fields in ``changes`` (None: left as it is)."""
        quantity, unit = changes.get("quantity"), changes.get("unit")
        discount_percent, description = changes.get("discount_percent"), changes.get("description")
        kept = None if quantity is None else _kept_quantity(quantity)  # type: ignore[arg-type]
        if unit is not None and unit not in UNITS:
            raise QuoteEditRejected(
                QT_TRANSLATE_NOOP("messages", "The unit is pack, L or kg."),
                {"unit": QT_TRANSLATE_NOOP("messages", "pack, L or kg")},
            )
        if discount_percent is not None:
            try:
                check_percent("discount", discount_percent)  # type: ignore[arg-type]
            except QuoteFigureError as exc:
                said = exc.args[0]
                raise QuoteEditRejected(said, {"discount_percent": said}) from None
        changed = {
            "quantity": kept,
            "unit": unit,
            "discount_percent": discount_percent,
            "description": None if description is None else (str(description).strip() or ""),
        }
        for name, value in changed.items():
            if value is None:
                continue
            if name == "description":
                value = value or None
            old = getattr(line, name)
            if old != value:
                setattr(line, name, value)
                record_change(
                    session,
                    self._actor(),
                    "quote",
                    quote.id,
                    f"line {line.position} {name}",
                    old,
                    value,
                )
        if quantity is not None or unit is not None:
            session.flush()
            self._reprice(session, quote, [line])

    def remove_lines(self, quote_id: uuid.UUID, line_ids: Sequence[uuid.UUID]) -> QuoteView:
        return self._edit(quote_id, lambda session, quote: self._remove(session, quote, line_ids))

    def _remove(self, session: Session, quote: Quote, line_ids: Sequence[uuid.UUID]) -> None:
        for line in [ln for ln in quote.lines if ln.id in set(line_ids)]:
            record_change(
                session,
                self._actor(),
                "quote",
                quote.id,
                f"line {line.position} removed",
                str(line.product_id),
                None,
            )
            quote.lines.remove(line)

    def move_line(self, line_id: uuid.UUID, position: int) -> QuoteView:
        """Move a line to ``position`` (1-based, clamped to the quote's lines)."""
        quote_id = self._quote_of_line(line_id)

        def edit(session: Session, quote: Quote) -> None:
            lines = list(quote.lines)
            line = next(ln for ln in lines if ln.id == line_id)
            was = line.position
            lines.remove(line)
            lines.insert(max(0, min(len(lines), position - 1)), line)
            _number(lines)
            if line.position != was:
                record_change(
                    session, self._actor(), "quote", quote.id, "line moved", was, line.position
                )

        return self._edit(quote_id, edit)

    def duplicate_line(self, line_id: uuid.UUID) -> QuoteView:
        """A copy of the line right below it (Ctrl+D)."""
        quote_id = self._quote_of_line(line_id)

        def edit(session: Session, quote: Quote) -> None:
            lines = list(quote.lines)
            if len(lines) >= MAX_LINES:
                raise QuoteEditRejected(_too_many_lines())
            index = next(i for i, ln in enumerate(lines) if ln.id == line_id)
            source = lines[index]
            copy = QuoteLine(**{k: getattr(source, k) for k in _LINE_COPY_FIELDS})
            lines.insert(index + 1, copy)
            quote.lines.append(copy)
            _number(lines)
            record_change(
                session, self._actor(), "quote", quote.id, "line duplicated", None, source.position
            )

        return self._edit(quote_id, edit)

    def reprice(self, quote_id: uuid.UUID) -> QuoteView:
        """Price every line again from the register as it stands today."""

        def edit(session: Session, quote: Quote) -> None:
            self._reprice(session, quote, list(quote.lines))
            record_change(session, self._actor(), "quote", quote.id, "repriced", None, None)

        return self._edit(quote_id, edit)

    def copy_lines_from(self, quote_id: uuid.UUID, source_id: uuid.UUID) -> QuoteView:
        """Add the products, quantities, units and line discounts of another quote, priced
        again for this quote."""
        with self._db.session() as session:
            source = self._get(session, source_id)
            items = [
                (ln.product_id, ln.quantity, ln.unit, ln.discount_percent) for ln in source.lines
            ]

        def edit(session: Session, quote: Quote) -> None:
            added = self._add_lines(session, quote, [(p, q, u) for p, q, u, _d in items])
            for line, (_p, _q, _u, discount) in zip(added, items, strict=True):
                line.discount_percent = discount

        return self._edit(quote_id, edit)

    # -- templates -------------------------------------------------------------------------

    def templates(self) -> list[TemplateRow]:
        query = (
            select(QuoteTemplate.id, QuoteTemplate.name, func.count(QuoteTemplateLine.id))
            .outerjoin(QuoteTemplateLine, QuoteTemplateLine.template_id == QuoteTemplate.id)
            .group_by(QuoteTemplate.id, QuoteTemplate.name)
            .order_by(QuoteTemplate.name)
        )
        with self._db.session() as session:
            return [TemplateRow(*row) for row in session.execute(query)]

    def save_template(self, quote_id: uuid.UUID, name: str) -> uuid.UUID:
        """Keep the quote's products and quantities as a template (same name: replaced)."""
        name = name.strip()
        if not name:
            raise QuoteEditRejected(
                QT_TRANSLATE_NOOP("messages", "Give the template a name."),
                {"name": QT_TRANSLATE_NOOP("messages", "Give it a name.")},
            )
        with self._db.session() as session:
            quote = self._get(session, quote_id)
            if not quote.lines:
                raise QuoteEditRejected(
                    QT_TRANSLATE_NOOP("messages", "The quote has no lines to keep.")
                )
            template = session.scalar(select(QuoteTemplate).where(QuoteTemplate.name == name))
            if template is None:
                template = QuoteTemplate(name=name)
                session.add(template)
            template.lines.clear()
            session.flush()
            for line in quote.lines:
                template.lines.append(
                    QuoteTemplateLine(
                        position=line.position,
                        product_id=line.product_id,
                        quantity=line.quantity,
                        unit=line.unit,
                    )
                )
            session.flush()
            return template.id

    def add_template(self, quote_id: uuid.UUID, template_id: uuid.UUID) -> QuoteView:
        with self._db.session() as session:
            template = session.get(QuoteTemplate, template_id)
            if template is None:
                raise QuoteEditRejected(
                    QT_TRANSLATE_NOOP("messages", "This template no longer exists.")
                )
            items = [(ln.product_id, ln.quantity, ln.unit) for ln in template.lines]
        return self.add_products(quote_id, items)

    # -- kept while the database could not be reached --------------------------------------

    def write_kept(self, quote_id: uuid.UUID, edit: KeptEdit) -> QuoteView:
        """Write an edit typed against what the quote showed (``seen``) — kept while the
        database could not be reached, or typed in the builder with it answering — unless
        it is already so; refused (``ChangedMeanwhile``, the shared sentence naming who)
        when a colleague changed what it changes since. See ``quote_kept``."""

        def change(session: Session, quote: Quote) -> None:
            if not still_wanted(session, quote, edit, self._actor()):
                return
            if isinstance(edit, HeaderKept):
                self._set_header(session, quote, {edit.field: edit.value})
            elif isinstance(edit, LineKept):
                line = session.get(QuoteLine, edit.line_id)
                assert line is not None
                self._update_line(session, quote, line, {edit.field: edit.value})
            elif isinstance(edit, LineAdded):
                self._add_lines(
                    session, quote, [(edit.product_id, edit.quantity, None)], [edit.line_id]
                )
            else:
                self._remove(session, quote, [seen.id for seen in edit.lines])

        return self._edit(quote_id, change)

    # -- undo ------------------------------------------------------------------------------

    def snapshot(self, quote_id: uuid.UUID) -> DraftState:
        with self._db.session() as session:
            return state_of(self._get(session, quote_id))

    def put_back(
        self, quote_id: uuid.UUID, start: DraftState, goal: DraftState, doing: Doing
    ) -> QuoteView:
        """Undo (``start`` the quote after an edit, ``goal`` before it) or redo an edit: only
        what the edit changed goes back, and only while nobody changed it since (else
        QuoteEditRejected saying who); see ``quote_undo``."""

        def edit(session: Session, quote: Quote) -> None:
            others = put_back(session, quote, start, goal, self._actor(), doing)
            if others:  # the currency went back: a colleague's lines are priced in it
                session.flush()
                self._reprice(session, quote, others)

        return self._edit(quote_id, edit)

    def discard(self, quote_id: uuid.UUID) -> None:
        """Archive a draft nobody needs (its number stays used, never reissued)."""
        with self._db.session() as session:
            quote = self._get(session, quote_id)
            if quote.status is not QuoteStatus.DRAFT:
                raise QuoteEditRejected(
                    QT_TRANSLATE_NOOP("messages", "Only a draft can be discarded.")
                )
            quote.archived_at = utcnow()
            record_change(session, self._actor(), "quote", quote.id, "discarded", None, None)

    def undiscard(self, quote_id: uuid.UUID) -> None:
        """Bring a discarded draft back (Undo after Discard draft)."""
        with self._db.session() as session:
            quote = session.get(Quote, quote_id)
            if quote is None or quote.status is not QuoteStatus.DRAFT:
                raise QuoteEditRejected(
                    QT_TRANSLATE_NOOP("messages", "This quote no longer exists.")
                )
            quote.archived_at = None
            record_change(session, self._actor(), "quote", quote.id, "restored", None, None)

    # -- machinery -------------------------------------------------------------------------

    def _get(self, session: Session, quote_id: uuid.UUID) -> Quote:
        quote = session.get(Quote, quote_id)
        if quote is None or quote.archived_at is not None:
            raise QuoteEditRejected(QT_TRANSLATE_NOOP("messages", "This quote no longer exists."))
        return quote

    def _quote_of_line(self, line_id: uuid.UUID) -> uuid.UUID:
        with self._db.session() as session:
            quote_id = session.scalar(select(QuoteLine.quote_id).where(QuoteLine.id == line_id))
        if quote_id is None:
            raise QuoteEditRejected(QT_TRANSLATE_NOOP("messages", "This line no longer exists."))
        return quote_id

    def _view(self, session: Session, quote: Quote) -> QuoteView:
        lines = list(quote.lines)
        guards, problems = guards_for_lines(self._pricing, quote, lines)
        return build_view(session, quote, lines, guards, problems, self._today())

    def _edit(self, quote_id: uuid.UUID, change: Callable[[Session, Quote], None]) -> QuoteView:
        with saving(self._db, "quote", quote_id, self._actor(), _refused) as session:
            quote = self._get(session, quote_id)
            latest = session.scalar(
                select(func.max(Quote.revision)).where(
                    Quote.number == quote.number, Quote.archived_at.is_(None)
                )
            )
            if quote.revision < (latest or 1):
                raise QuoteEditRejected(
                    Sentence.of(
                        QT_TRANSLATE_NOOP(
                            "messages",
                            "Revision R%1 replaces this one; edit that revision instead.",
                        ),
                        latest,
                    )
                )
            if quote.status not in (
                QuoteStatus.DRAFT,
                QuoteStatus.PENDING_APPROVAL,
                QuoteStatus.APPROVED,
            ):
                raise QuoteEditRejected(locked_sentence(quote.status))
            before = fingerprint_of(self._view(session, quote))
            change(session, quote)
            session.flush()
            session.expire(quote, ["lines"])
            _number(list(quote.lines))
            view = self._view(session, quote)
            _store_figures(quote, view)
            if fingerprint_of(view) != before and quote.status in (
                QuoteStatus.PENDING_APPROVAL,
                QuoteStatus.APPROVED,
            ):
                self._lapse(session, quote)
                view = self._view(session, quote)
            return view

    def _lapse(self, session: Session, quote: Quote) -> None:
        """A flagged line changed: the approval no longer covers the quote."""
        now = utcnow()
        for approval in session.scalars(
            select(Approval).where(Approval.quote_id == quote.id, Approval.invalidated_at.is_(None))
        ):
            approval.invalidated_at = now
        record_change(
            session, self._actor(), "quote", quote.id, "status", quote.status, QuoteStatus.DRAFT
        )
        quote.status = QuoteStatus.DRAFT

    def _add_lines(
        self,
        session: Session,
        quote: Quote,
        items: Sequence[tuple[uuid.UUID, Decimal, str | None]],
        line_ids: Sequence[uuid.UUID] | None = None,
    ) -> list[QuoteLine]:
        if not items:
            raise QuoteEditRejected(QT_TRANSLATE_NOOP("messages", "Nothing to add."))
        if len(quote.lines) + len(items) > MAX_LINES:
            raise QuoteEditRejected(_too_many_lines())
        items = [(product, _kept_quantity(quantity), unit) for product, quantity, unit in items]
        for _product, _quantity, unit in items:
            if unit is not None and unit not in UNITS:
                raise QuoteEditRejected(
                    Sentence.of(
                        QT_TRANSLATE_NOOP("messages", "“%1” is not a unit; use pack, L or kg."),
                        unit,
                    )
                )
        position = len(quote.lines)
        added = []
        ids = list(line_ids) if line_ids is not None else [uuid.uuid4() for _item in items]
        for (product_id, quantity, unit), line_id in zip(items, ids, strict=True):
            position += 1
            line = QuoteLine(
                id=line_id,
                position=position,
                product_id=product_id,
                quantity=quantity,
                unit=unit or "pack",
                discount_percent=Decimal(0),
                net_price=Decimal(0),
                line_total=Decimal(0),
                list_price=Decimal(0),
                cost=Decimal(0),
            )
            quote.lines.append(line)
            added.append(line)
            record_change(
                session,
                self._actor(),
                "quote",
                quote.id,
                f"line {position} added",
                None,
                str(product_id),
            )
        session.flush()
        self._reprice(session, quote, added)
        return added

    def _reprice(self, session: Session, quote: Quote, lines: Sequence[QuoteLine]) -> None:
        asks = [
            PriceAsk(
                quote.account_id,
                ln.product_id,
                ln.quantity,
                ln.unit,
                quote.quote_date,
                quote.currency,
            )
            for ln in lines
        ]
        try:
            priced = self._pricing.price_many(asks) if asks else []
        except PricingError as exc:
            raise QuoteEditRejected(exc.args[0]) from None
        codes = {p.policy for p in priced if p.policy}
        query = select(PricePolicy.code, PricePolicy.id).where(PricePolicy.code.in_(codes))
        ids = {code: policy_id for code, policy_id in session.execute(query)} if codes else {}
        for line, price in zip(lines, priced, strict=True):
            line.list_price = price.list_price
            line.base_price = price.price
            line.pack_price, line.units_per_pack = price.pack_price, price.units_per_pack
            line.cost = price.cost
            line.policy_id = ids.get(price.policy) if price.policy else None


def _refused(sentence: Sentence, _who: str | None) -> QuoteEditRejected:
    """A colleague saved the quote at the same moment: said as a change of theirs since
    the quote was read is (the builder reads it again)."""
    return ChangedMeanwhile(sentence)


def _kept_quantity(quantity: Decimal) -> Decimal:
    """The quantity as the line keeps it; refused next to the quantity field otherwise."""
    try:
        return check_quantity(quantity)
    except QuoteFigureError as exc:
        said = exc.args[0]
        raise QuoteEditRejected(said, {"quantity": said}) from None


_LINE_COPY_FIELDS = (
    "product_id",
    "quantity",
    "unit",
    "list_price",
    "base_price",
    "pack_price",
    "units_per_pack",
    "discount_percent",
    "net_price",
    "cost",
    "line_total",
    "margin_percent",
    "flags",
    "description",
    "policy_id",
    "position",
)


def _number(lines: Sequence[QuoteLine]) -> None:
    for position, line in enumerate(lines, start=1):
        if line.position != position:
            line.position = position


def _store_figures(quote: Quote, view: QuoteView) -> None:
    """Keep the computed figures on the stored lines (lists and reports read them)."""
    by_id = {line.id: line for line in quote.lines}
    for line_view in view.lines:
        line = by_id[line_view.id]
        values = {
            "net_price": line_view.net_price,
            "line_total": line_view.amount,
            "margin_percent": line_view.margin_percent,
            "flags": ",".join(flag.kind.value for flag in line_view.flags),
        }
        for name, value in values.items():
            if getattr(line, name) != value:
                setattr(line, name, value)


def _too_many_lines() -> str:
    return Sentence.of(QT_TRANSLATE_NOOP("messages", "A quote holds at most %1 lines."), MAX_LINES)
