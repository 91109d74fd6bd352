"""The labels the window shows for the values of the closed vocabularies ("Branch
warehouse", "Decision maker"), by value, marked for translation in the context "labels".

Plain data, so that the GUI (``acct_desktop.gui.labels.enum_label``) and the imports,
which accept these labels in every language the app speaks, read the same words."""

from __future__ import annotations

from acct_desktop.domain.sentences import QT_TRANSLATE_NOOP

LABELS_CONTEXT = "labels"

ENUM_LABELS: dict[str, str] = {
    # account kinds
    "headquarters": QT_TRANSLATE_NOOP("labels", "Headquarters"),
    "regional_office": QT_TRANSLATE_NOOP("labels", "Regional office"),
    "distribution_centre": QT_TRANSLATE_NOOP("labels", "Distribution centre"),
    "branch_warehouse": QT_TRANSLATE_NOOP("labels", "Branch warehouse"),
    "store": QT_TRANSLATE_NOOP("labels", "Store"),
    "workshop": QT_TRANSLATE_NOOP("labels", "Workshop"),
    "distributor": QT_TRANSLATE_NOOP("labels", "Distributor"),
    # channels
    "chain_store": QT_TRANSLATE_NOOP("labels", "Chain store"),
    "fleet": QT_TRANSLATE_NOOP("labels", "Fleet"),
    "industrial": QT_TRANSLATE_NOOP("labels", "Industrial"),
    # DMU roles
    "decision_maker": QT_TRANSLATE_NOOP("labels", "Decision maker"),
    "influencer": QT_TRANSLATE_NOOP("labels", "Influencer"),
    "buyer": QT_TRANSLATE_NOOP("labels", "Buyer"),
    "user": QT_TRANSLATE_NOOP("labels", "User"),
    "gatekeeper": QT_TRANSLATE_NOOP("labels", "Gatekeeper"),
    "technical": QT_TRANSLATE_NOOP("labels", "Technical"),
    # attitudes
    "champion": QT_TRANSLATE_NOOP("labels", "Champion"),
    "supporter": QT_TRANSLATE_NOOP("labels", "Supporter"),
    "neutral": QT_TRANSLATE_NOOP("labels", "Neutral"),
    "sceptic": QT_TRANSLATE_NOOP("labels", "Sceptic"),
    "opponent": QT_TRANSLATE_NOOP("labels", "Opponent"),
    # relationships between contacts
    "influences": QT_TRANSLATE_NOOP("labels", "Influences"),
    "allied_with": QT_TRANSLATE_NOOP("labels", "Allied with"),
    "in_conflict_with": QT_TRANSLATE_NOOP("labels", "In conflict with"),
    "knows": QT_TRANSLATE_NOOP("labels", "Knows"),
    # visits
    "service": QT_TRANSLATE_NOOP("labels", "Service"),
    "inspection": QT_TRANSLATE_NOOP("labels", "Inspection"),
    "guidance": QT_TRANSLATE_NOOP("labels", "Guidance"),
    "planned": QT_TRANSLATE_NOOP("labels", "Planned"),
    "done": QT_TRANSLATE_NOOP("labels", "Done"),
    "cancelled": QT_TRANSLATE_NOOP("labels", "Cancelled"),
    "missed": QT_TRANSLATE_NOOP("labels", "Missed"),
    # policies, rebates, quotes
    "account": QT_TRANSLATE_NOOP("labels", "Account"),
    "channel": QT_TRANSLATE_NOOP("labels", "Channel"),
    "territory": QT_TRANSLATE_NOOP("labels", "Territory"),
    "global": QT_TRANSLATE_NOOP("labels", "Everyone"),
    "draft": QT_TRANSLATE_NOOP("labels", "Draft"),
    "active": QT_TRANSLATE_NOOP("labels", "Active"),
    "expired": QT_TRANSLATE_NOOP("labels", "Expired"),
    "closed": QT_TRANSLATE_NOOP("labels", "Closed"),
    "fixed_percent": QT_TRANSLATE_NOOP("labels", "Fixed %"),
    "whole_volume_tiers": QT_TRANSLATE_NOOP("labels", "Whole-volume tiers"),
    "banded_tiers": QT_TRANSLATE_NOOP("labels", "Banded tiers"),
    "growth": QT_TRANSLATE_NOOP("labels", "Growth"),
    "pending_approval": QT_TRANSLATE_NOOP("labels", "Pending approval"),
    "approved": QT_TRANSLATE_NOOP("labels", "Approved"),
    "sent": QT_TRANSLATE_NOOP("labels", "Sent"),
    "accepted": QT_TRANSLATE_NOOP("labels", "Accepted"),
    "rejected": QT_TRANSLATE_NOOP("labels", "Rejected"),
    "ordered": QT_TRANSLATE_NOOP("labels", "Ordered"),
    "terminated": QT_TRANSLATE_NOOP("labels", "Terminated"),
    # price rule kinds and what a rule starts from
    "fixed": QT_TRANSLATE_NOOP("labels", "Fixed price"),
    "percent_discount": QT_TRANSLATE_NOOP("labels", "Percent discount"),
    "formula": QT_TRANSLATE_NOOP("labels", "Formula"),
    "list": QT_TRANSLATE_NOOP("labels", "List price"),
    "cost": QT_TRANSLATE_NOOP("labels", "Cost"),
    "other_rule": QT_TRANSLATE_NOOP("labels", "Another policy"),
    # product categories of the catalogue
    "passenger_engine_oil": QT_TRANSLATE_NOOP("labels", "Passenger car engine oil"),
    "hd_diesel_oil": QT_TRANSLATE_NOOP("labels", "Heavy-duty diesel oil"),
    "motorcycle_oil": QT_TRANSLATE_NOOP("labels", "Motorcycle oil"),
    "gear_oil": QT_TRANSLATE_NOOP("labels", "Gear oil"),
    "atf": QT_TRANSLATE_NOOP("labels", "Automatic transmission fluid"),
    "hydraulic_oil": QT_TRANSLATE_NOOP("labels", "Hydraulic oil"),
    "grease": QT_TRANSLATE_NOOP("labels", "Grease"),
    "coolant": QT_TRANSLATE_NOOP("labels", "Coolant"),
    "industrial_oil": QT_TRANSLATE_NOOP("labels", "Industrial oil"),
    "brake_fluid": QT_TRANSLATE_NOOP("labels", "Brake fluid"),
    "all_products": QT_TRANSLATE_NOOP("labels", "All products"),
    "everyone": QT_TRANSLATE_NOOP("labels", "Everyone"),
    # quote line flags
    "discount_over_band": QT_TRANSLATE_NOOP("labels", "Discount over band"),
    "below_margin": QT_TRANSLATE_NOOP("labels", "Below minimum markup"),
    "below_floor": QT_TRANSLATE_NOOP("labels", "Below floor price"),
    "needs_approval": QT_TRANSLATE_NOOP("labels", "Discount needs approval"),
    # customer issues: statuses, categories, whose person is responsible
    "open": QT_TRANSLATE_NOOP("labels", "Open"),
    "in_progress": QT_TRANSLATE_NOOP("labels", "In progress"),
    "resolved": QT_TRANSLATE_NOOP("labels", "Resolved"),
    "verified": QT_TRANSLATE_NOOP("labels", "Verified"),
    "rebate_cash_back": QT_TRANSLATE_NOOP("labels", "Rebate / cash back"),
    "defective_replacement": QT_TRANSLATE_NOOP("labels", "Defective products"),
    "packaging_version": QT_TRANSLATE_NOOP("labels", "Packaging version"),
    "accounting": QT_TRANSLATE_NOOP("labels", "Accounting"),
    "promotion_expenses": QT_TRANSLATE_NOOP("labels", "Promotion expenses"),
    "delivery": QT_TRANSLATE_NOOP("labels", "Delivery"),
    "pricing": QT_TRANSLATE_NOOP("labels", "Pricing"),
    "other": QT_TRANSLATE_NOOP("labels", "Other"),
    "ours": QT_TRANSLATE_NOOP("labels", "Ours"),
    "customer": QT_TRANSLATE_NOOP("labels", "Customer's"),
}
