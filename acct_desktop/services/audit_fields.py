"""What the audited fields are called and what kind of value each holds, for the History
window and ``acct-desktop audit history`` alike (translated in the "AuditTrail" context)."""

from __future__ import annotations

import re

from acct_desktop.domain.sentences import QT_TRANSLATE_NOOP

# a quote line's change is audited as "line <position> <field>" on the quote
LINE_FIELD = re.compile(r"line (\d+) (\w+)")
LINE_LABEL = QT_TRANSLATE_NOOP("AuditTrail", "Line %1: %2")

FIELD_LABELS = {
    "created": QT_TRANSLATE_NOOP("AuditTrail", "Entered"),
    "deleted": QT_TRANSLATE_NOOP("AuditTrail", "Draft deleted"),
    "restored": QT_TRANSLATE_NOOP("AuditTrail", "Brought back (Undo)"),
    "status": QT_TRANSLATE_NOOP("AuditTrail", "Status"),
    "reason": QT_TRANSLATE_NOOP("AuditTrail", "Reason"),
    "tiers": QT_TRANSLATE_NOOP("AuditTrail", "Tiers"),
    "signed_scan": QT_TRANSLATE_NOOP("AuditTrail", "Signed scan"),
    "account_id": QT_TRANSLATE_NOOP("AuditTrail", "Account"),
    "product_id": QT_TRANSLATE_NOOP("AuditTrail", "Product"),
    "territory_id": QT_TRANSLATE_NOOP("AuditTrail", "Territory"),
    "base_policy_id": QT_TRANSLATE_NOOP("AuditTrail", "Base policy"),
    "approved_by": QT_TRANSLATE_NOOP("AuditTrail", "Approved by"),
    # the price policy form's fields (services.policy_records.PolicyDraft)
    "name": QT_TRANSLATE_NOOP("AuditTrail", "Name"),
    "code": QT_TRANSLATE_NOOP("AuditTrail", "Code"),
    "scope": QT_TRANSLATE_NOOP("AuditTrail", "Applies to"),
    "channel": QT_TRANSLATE_NOOP("AuditTrail", "Channel"),
    "category": QT_TRANSLATE_NOOP("AuditTrail", "Category"),
    "valid_from": QT_TRANSLATE_NOOP("AuditTrail", "Valid from"),
    "valid_to": QT_TRANSLATE_NOOP("AuditTrail", "Valid to"),
    "currency": QT_TRANSLATE_NOOP("AuditTrail", "Currency"),
    "min_quantity": QT_TRANSLATE_NOOP("AuditTrail", "From quantity"),
    "unit": QT_TRANSLATE_NOOP("AuditTrail", "Unit"),
    "rule_kind": QT_TRANSLATE_NOOP("AuditTrail", "Price rule"),
    "guide_price": QT_TRANSLATE_NOOP("AuditTrail", "Guide price"),
    "discount_percent": QT_TRANSLATE_NOOP("AuditTrail", "Discount"),
    "base_kind": QT_TRANSLATE_NOOP("AuditTrail", "Starts from"),
    "round_to": QT_TRANSLATE_NOOP("AuditTrail", "Round to"),
    "surcharge": QT_TRANSLATE_NOOP("AuditTrail", "Surcharge"),
    "min_margin_amount": QT_TRANSLATE_NOOP("AuditTrail", "Minimum margin"),
    "max_margin_amount": QT_TRANSLATE_NOOP("AuditTrail", "Maximum margin"),
    "floor_price": QT_TRANSLATE_NOOP("AuditTrail", "Floor price"),
    "min_margin_percent": QT_TRANSLATE_NOOP("AuditTrail", "Minimum markup % (over cost)"),
    "max_discount_percent": QT_TRANSLATE_NOOP("AuditTrail", "Maximum discount"),
    "approval_threshold_percent": QT_TRANSLATE_NOOP("AuditTrail", "Approval threshold"),
    "note": QT_TRANSLATE_NOOP("AuditTrail", "Note"),
    # the rebate form's fields (services.rebate_records.RebateDraft)
    "kind": QT_TRANSLATE_NOOP("AuditTrail", "Kind"),
    "period_start": QT_TRANSLATE_NOOP("AuditTrail", "From"),
    "period_end": QT_TRANSLATE_NOOP("AuditTrail", "To"),
    "signed_on": QT_TRANSLATE_NOOP("AuditTrail", "Signed on"),
    "signed_by": QT_TRANSLATE_NOOP("AuditTrail", "Signed by"),
    "entered_on": QT_TRANSLATE_NOOP("AuditTrail", "Entered on"),
    "number": QT_TRANSLATE_NOOP("AuditTrail", "Number"),
    "fixed_percent": QT_TRANSLATE_NOOP("AuditTrail", "Rebate"),
    "baseline_amount": QT_TRANSLATE_NOOP("AuditTrail", "Baseline"),
    # an account (services.account_records.AccountDraft) and its profile card
    # (services.account_edits.ProfileEdit)
    "tier": QT_TRANSLATE_NOOP("AuditTrail", "Tier"),
    "parent_id": QT_TRANSLATE_NOOP("AuditTrail", "Parent account"),
    "street": QT_TRANSLATE_NOOP("AuditTrail", "Street"),
    "district": QT_TRANSLATE_NOOP("AuditTrail", "District"),
    "city": QT_TRANSLATE_NOOP("AuditTrail", "City"),
    "postcode": QT_TRANSLATE_NOOP("AuditTrail", "Postcode"),
    "country_code": QT_TRANSLATE_NOOP("AuditTrail", "Country"),
    "latitude": QT_TRANSLATE_NOOP("AuditTrail", "Latitude"),
    "longitude": QT_TRANSLATE_NOOP("AuditTrail", "Longitude"),
    "phone": QT_TRANSLATE_NOOP("AuditTrail", "Phone"),
    "email": QT_TRANSLATE_NOOP("AuditTrail", "E-mail"),
    "tags": QT_TRANSLATE_NOOP("AuditTrail", "Tags"),
    "archived": QT_TRANSLATE_NOOP("AuditTrail", "Archived"),
    "strategy": QT_TRANSLATE_NOOP("AuditTrail", "Strategy"),
    "purchasing_policy": QT_TRANSLATE_NOOP("AuditTrail", "Purchasing policy"),
    "payment_terms": QT_TRANSLATE_NOOP("AuditTrail", "Payment terms"),
    "credit_limit": QT_TRANSLATE_NOOP("AuditTrail", "Credit limit"),
    "notes": QT_TRANSLATE_NOOP("AuditTrail", "Notes"),
    # a customer issue (services.issue_records.IssueDraft)
    "description": QT_TRANSLATE_NOOP("AuditTrail", "Description"),
    "responsible": QT_TRANSLATE_NOOP("AuditTrail", "Responsible"),
    "responsible_side": QT_TRANSLATE_NOOP("AuditTrail", "Whose side"),
    "deadline": QT_TRANSLATE_NOOP("AuditTrail", "Deadline"),
    "raised_on": QT_TRANSLATE_NOOP("AuditTrail", "Raised on"),
    "resolution": QT_TRANSLATE_NOOP("AuditTrail", "Resolution"),
    "visit_id": QT_TRANSLATE_NOOP("AuditTrail", "Visit"),
    # a quote's header (services.quote_undo.HEADER_FIELDS) and its life
    "contact_id": QT_TRANSLATE_NOOP("AuditTrail", "Contact"),
    "valid_until": QT_TRANSLATE_NOOP("AuditTrail", "Valid until"),
    "requested_on": QT_TRANSLATE_NOOP("AuditTrail", "Requested on"),
    "requested_delivery": QT_TRANSLATE_NOOP("AuditTrail", "Requested delivery"),
    "tax_rate_percent": QT_TRANSLATE_NOOP("AuditTrail", "Tax rate"),
    "quote_discount_percent": QT_TRANSLATE_NOOP("AuditTrail", "Quote discount"),
    "delivery_terms": QT_TRANSLATE_NOOP("AuditTrail", "Delivery terms"),
    "order": QT_TRANSLATE_NOOP("AuditTrail", "Order confirmation"),
    "discarded": QT_TRANSLATE_NOOP("AuditTrail", "Draft discarded"),
    "repriced": QT_TRANSLATE_NOOP("AuditTrail", "Repriced"),
    "revision of": QT_TRANSLATE_NOOP("AuditTrail", "Revision of"),
    "approved by": QT_TRANSLATE_NOOP("AuditTrail", "Approved by"),
    "declined by": QT_TRANSLATE_NOOP("AuditTrail", "Declined by"),
    "line moved": QT_TRANSLATE_NOOP("AuditTrail", "Line moved"),
    "line duplicated": QT_TRANSLATE_NOOP("AuditTrail", "Line duplicated"),
    # a quote line's fields, "line 3 quantity" (see LINE_FIELD)
    "quantity": QT_TRANSLATE_NOOP("AuditTrail", "Quantity"),
    "unit_price": QT_TRANSLATE_NOOP("AuditTrail", "Unit price"),
    "policy_id": QT_TRANSLATE_NOOP("AuditTrail", "Price policy"),
    "added": QT_TRANSLATE_NOOP("AuditTrail", "Added"),
    "removed": QT_TRANSLATE_NOOP("AuditTrail", "Removed"),
    # a visit (services.visit_records, services.visit_reports)
    "planned": QT_TRANSLATE_NOOP("AuditTrail", "Planned"),
    "planned_start": QT_TRANSLATE_NOOP("AuditTrail", "Start"),
    "purpose": QT_TRANSLATE_NOOP("AuditTrail", "Purpose"),
    "summary": QT_TRANSLATE_NOOP("AuditTrail", "Summary"),
    "stock_note": QT_TRANSLATE_NOOP("AuditTrail", "Stock"),
    "sell_through_note": QT_TRANSLATE_NOOP("AuditTrail", "Sell-through"),
    "competitor_note": QT_TRANSLATE_NOOP("AuditTrail", "Competitors"),
    "needs_note": QT_TRANSLATE_NOOP("AuditTrail", "Needs"),
    "follow_ups": QT_TRANSLATE_NOOP("AuditTrail", "Follow-ups"),
    "price_compliant": QT_TRANSLATE_NOOP("AuditTrail", "Prices as agreed"),
    "pop_compliant": QT_TRANSLATE_NOOP("AuditTrail", "POS material in place"),
    "promotion_participation": QT_TRANSLATE_NOOP("AuditTrail", "Takes part in the promotion"),
    "survey_score": QT_TRANSLATE_NOOP("AuditTrail", "Would recommend us (0-10)"),
}
ENUM_FIELDS = {
    "status", "scope", "channel", "rule_kind", "base_kind", "kind", "tier",
    "responsible_side", "purpose",
}  # fmt: skip
# amounts: shown with at least two decimals, the locale's way ("127.50 → 126.80")
MONEY_FIELDS = {
    "guide_price", "floor_price", "round_to", "surcharge", "min_margin_amount",
    "max_margin_amount", "baseline_amount", "credit_limit", "unit_price",
}  # fmt: skip
PERCENT_FIELDS = {
    "discount_percent", "min_margin_percent", "max_discount_percent",
    "approval_threshold_percent", "fixed_percent", "tax_rate_percent",
    "quote_discount_percent",
}  # fmt: skip
DATE_FIELDS = {
    "valid_from", "valid_to", "period_start", "period_end", "signed_on", "entered_on",
    "deadline", "raised_on", "valid_until", "requested_on", "requested_delivery",
}  # fmt: skip
# moments stored as ISO text in UTC (a visit's start): shown in the user's local time
DATETIME_FIELDS = {"planned", "planned_start"}
