"""The tiers editor's live preview: the rebate at a volume the user types and, for an
agreement already saved, on its sales to date, computed by the rebate engine as terms are
typed (the sales are read once, when the form opens).

The distance to the next tier is the engine's one figure (``domain.rebates.still_to_buy``),
the same the statement prints: what must still be bought — for a growth rebate the agreed
baseline plus the threshold, less the sales — and, on the sales to date, by the period's
end. A period that is over shows its final tier and rebate, nothing "still to buy"."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QLocale, Signal
from PySide6.QtWidgets import QFormLayout, QGroupBox, QHBoxLayout, QLabel, QWidget

from acct_desktop.domain.enums import RebateKind
from acct_desktop.domain.rebates import RebateResult, Tier
from acct_desktop.domain.sentences import filled_in
from acct_desktop.gui.dialogs.register_fields import decimal_edit, read_decimal
from acct_desktop.gui.labels import format_day, format_decimal, money_text, percent_text
from acct_desktop.gui.sentences import exception_text, user_text
from acct_desktop.services.rebate_accruals import (
    AgreementAccrual,
    AgreementFacts,
    IncompleteTerms,
    RebateAccrualService,
    terms_of,
)

RESULT_STYLE = "font-weight: 600;"


def _n(value: Decimal) -> str:
    return format_decimal(value, QLocale())


def _money(value: Decimal, currency: str) -> str:
    return money_text(value, currency)


def describe(result: RebateResult, kind: RebateKind) -> str:
    """``Rebate 9,000.00 CNY · 3.00% tier reached · next tier (4.00% from 300,000.00):
    50,000.00 still to buy`` — what was earned and what must still be bought for the
    next tier (for growth, the baseline and the growth threshold less the volume)."""
    parts = [
        filled_in(
            QCoreApplication.translate("RebatePreview", "Rebate %1 %2"),
            _money(result.amount, result.currency),
            result.currency,
        )
    ]
    if kind is RebateKind.FIXED_PERCENT:
        parts.append(
            QCoreApplication.translate("RebatePreview", "at %1").replace(
                "%1", percent_text(result.rate_applied)
            )
        )
    elif result.tier_reached is None:
        parts.append(QCoreApplication.translate("RebatePreview", "below the first tier"))
    else:
        parts.append(
            QCoreApplication.translate("RebatePreview", "%1 tier reached").replace(
                "%1", percent_text(result.tier_reached.rate_percent)
            )
            if kind is not RebateKind.BANDED_TIERS
            else QCoreApplication.translate("RebatePreview", "effective %1").replace(
                "%1", percent_text(round(result.effective_rate_percent, 2))
            )
        )
    if result.next_tier is not None and result.distance_to_next_tier is not None:
        template = (
            QCoreApplication.translate(
                "RebatePreview", "next tier (%1 from %2 growth): %3 still to buy"
            )
            if kind is RebateKind.GROWTH
            else QCoreApplication.translate(
                "RebatePreview", "next tier (%1 from %2): %3 still to buy"
            )
        )
        parts.append(
            filled_in(
                template,
                percent_text(result.next_tier.rate_percent),
                _n(result.next_tier.threshold),
                _n(result.distance_to_next_tier),
            )
        )
    elif kind is not RebateKind.FIXED_PERCENT and result.tier_reached is not None:
        parts.append(QCoreApplication.translate("RebatePreview", "top tier"))
    return " · ".join(parts)


class RebatePreview(QGroupBox):
    changed = Signal()

    def __init__(
        self,
        accruals: RebateAccrualService,
        sales: AgreementFacts | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Preview"))
        self.setObjectName("rebatePreview")
        self._accruals = accruals
        self._sales = sales
        self.result: RebateResult | None = None
        self.to_date: AgreementAccrual | None = None
        self._kind = RebateKind.WHOLE_VOLUME_TIERS
        self._baseline: Decimal | None = None
        self._terms = None
        self.volume = decimal_edit("preview_volume", None, self.tr("type a volume"))
        self.last_year = decimal_edit("preview_last_year", None, self.tr("agreed baseline"))
        self.at_volume = QLabel()
        self.at_volume.setObjectName("previewAtVolume")
        self.at_volume.setWordWrap(True)
        self.at_volume.setStyleSheet(RESULT_STYLE)
        self.on_sales = QLabel()
        self.on_sales.setObjectName("previewToDate")
        self.on_sales.setWordWrap(True)
        self.on_sales.setToolTip(
            self.tr(
                "The sales of the account, period and products as saved, read when the form "
                "opened; the terms are the ones typed now."
            )
        )
        line = QHBoxLayout()
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.volume)
        self.last_year_label = QLabel(self.tr("agreed baseline"))
        line.addWidget(self.last_year_label)
        line.addWidget(self.last_year)
        line.addStretch(1)
        form = QFormLayout(self)
        form.addRow(self.tr("At a volume of"), line)
        form.addRow("", self.at_volume)
        form.addRow(self.tr("On sales to date"), self.on_sales)
        self.volume.textChanged.connect(lambda _t: self.changed.emit())
        self.last_year.textChanged.connect(lambda _t: self.changed.emit())

    def show_terms(
        self,
        kind: RebateKind,
        tiers: Sequence[tuple[Decimal, Decimal]],
        fixed_percent: Decimal | None,
        currency: str,
        baseline: Decimal | None,
        problems: Mapping[str, str] | None = None,
    ) -> None:
        """Recompute both lines for these terms (as typed; nothing is saved); while
        ``problems`` (terms that do not read) remain, say the first instead."""
        self._kind, self._baseline = kind, baseline
        growth = kind is RebateKind.GROWTH
        self.last_year.setVisible(growth)
        self.last_year_label.setVisible(growth)
        self.last_year.setPlaceholderText(
            _n(baseline) if baseline is not None else self.tr("agreed baseline")
        )
        self.result, self.to_date = None, None
        if problems:  # the services' sentences, in the user's language
            self.at_volume.setText(user_text(next(iter(problems.values()))))
            self.on_sales.setText("")
            return
        try:
            tiers_ = [Tier(t, r) for t, r in tiers] if kind is not RebateKind.FIXED_PERCENT else []
            terms = terms_of(kind, fixed_percent, tiers_, currency or "XXX")
        except (IncompleteTerms, ValueError, TypeError):
            missing = (
                self.tr("Give the rebate % to see what it earns.")
                if kind is RebateKind.FIXED_PERCENT
                else self.tr("Add tiers (a threshold and a rate each) to see what they earn.")
            )
            self.at_volume.setText(missing)
            self.on_sales.setText("")
            return
        self.at_volume.setText(self._at_volume(terms))
        self.on_sales.setText(self._on_sales(terms))

    def _at_volume(self, terms) -> str:  # type: ignore[no-untyped-def]
        problems: dict[str, str] = {}
        money = terms.currency if terms.currency != "XXX" else None  # sales value in it
        volume = read_decimal(self.volume, "volume", problems, money)
        last_year = read_decimal(self.last_year, "last_year", problems, money) or self._baseline
        if problems:
            return user_text(next(iter(problems.values())))
        if volume is None:
            return self.tr("Type a volume to see the rebate it earns.")
        if self._kind is RebateKind.GROWTH and last_year is None:
            return self.tr("Give the agreed baseline to see the growth rebate.")
        try:
            self.result = self._accruals.what_if(terms, volume, last_year)
        except (ValueError, TypeError) as exc:
            return exception_text(exc)
        return describe(self.result, self._kind)

    def _on_sales(self, terms) -> str:  # type: ignore[no-untyped-def]
        sales = self._sales
        if sales is None:
            return self.tr(
                "Read from the account's sales once the agreement is saved (its account, "
                "period and products)."
            )
        try:
            self.to_date = self._accruals.accrue(sales, terms)
        except (IncompleteTerms, ValueError, TypeError) as exc:
            return exception_text(exc)
        accrual = self.to_date
        if accrual.period_over:
            return self._final(accrual)
        currency = accrual.terms.currency
        # the statement's rule: the days elapsed to the day asked, and, said apart, the
        # last day the sales figures reach (the run-rate is taken over those)
        elapsed = filled_in(
            self.tr("%1 of %2 days elapsed"),
            str(accrual.elapsed_days),
            str(accrual.total_days),
        )
        reach = (
            filled_in(self.tr("sales figures up to %1"), format_day(accrual.figures_through))
            if accrual.figures_through is not None
            else self.tr("no sales figures for this period yet")
        )
        text = " · ".join((elapsed, reach)) + " · "
        text += filled_in(
            self.tr("%1 sold → %2 earned; at this pace %3 by period end"),
            _n(accrual.volume_to_date),
            _money(accrual.accrued_to_date, currency),
            _money(accrual.projected_rebate, currency),
        )
        if accrual.distance_to_next_tier is not None:
            end = accrual.facts.period_end
            text += " · " + (
                filled_in(
                    self.tr("%1 still to buy by %2 for the next tier"),
                    _n(accrual.distance_to_next_tier),
                    format_day(end),
                )
            )
        return text

    def _final(self, accrual: AgreementAccrual) -> str:
        """A period that is over: what it came to, final — nothing is still to buy."""
        text = filled_in(
            self.tr("Period over: %1 sold → final rebate %2"),
            _n(accrual.volume_to_date),
            _money(accrual.accrued_to_date, accrual.terms.currency),
        )
        if self._kind is RebateKind.FIXED_PERCENT:
            return text
        if accrual.tier_reached is None:
            return text + " · " + self.tr("below the first tier")
        reached = self.tr("%1 tier reached").replace(
            "%1", percent_text(accrual.tier_reached.rate_percent)
        )
        return text + " · " + reached
