"""The closed vocabularies of the business, stored by their string value."""

from __future__ import annotations

from enum import StrEnum


class AccountKind(StrEnum):
    HEADQUARTERS = "headquarters"
    REGIONAL_OFFICE = "regional_office"
    DISTRIBUTION_CENTRE = "distribution_centre"
    BRANCH_WAREHOUSE = "branch_warehouse"
    STORE = "store"
    WORKSHOP = "workshop"
    DISTRIBUTOR = "distributor"


class Channel(StrEnum):
    CHAIN_STORE = "chain_store"
    DISTRIBUTOR = "distributor"
    WORKSHOP = "workshop"
    FLEET = "fleet"
    INDUSTRIAL = "industrial"


class Tier(StrEnum):
    A = "A"
    B = "B"
    C = "C"


class DmuRole(StrEnum):
    DECISION_MAKER = "decision_maker"
    INFLUENCER = "influencer"
    BUYER = "buyer"
    USER = "user"
    GATEKEEPER = "gatekeeper"
    TECHNICAL = "technical"


class Attitude(StrEnum):
    CHAMPION = "champion"
    SUPPORTER = "supporter"
    NEUTRAL = "neutral"
    SCEPTIC = "sceptic"
    OPPONENT = "opponent"


class ContactLinkKind(StrEnum):
    INFLUENCES = "influences"
    ALLIED_WITH = "allied_with"
    IN_CONFLICT_WITH = "in_conflict_with"
    KNOWS = "knows"


class VisitPurpose(StrEnum):
    SERVICE = "service"
    INSPECTION = "inspection"
    GUIDANCE = "guidance"


class VisitStatus(StrEnum):
    PLANNED = "planned"
    DONE = "done"
    CANCELLED = "cancelled"
    MISSED = "missed"


class PolicyScope(StrEnum):
    """What a price policy's customer side is attached to."""

    ACCOUNT = "account"
    CHANNEL = "channel"
    TERRITORY = "territory"
    GLOBAL = "global"


class PolicyStatus(StrEnum):
    """draft → pending approval → active → expired (its window ended) or terminated."""

    DRAFT = "draft"
    PENDING_APPROVAL = "pending_approval"
    ACTIVE = "active"
    EXPIRED = "expired"
    TERMINATED = "terminated"


class RebateKind(StrEnum):
    FIXED_PERCENT = "fixed_percent"
    WHOLE_VOLUME_TIERS = "whole_volume_tiers"
    BANDED_TIERS = "banded_tiers"
    GROWTH = "growth"


class RebateStatus(StrEnum):
    """draft → pending approval → active → closed (period settled) or terminated;
    ``cancelled`` is kept for agreements withdrawn before they ever became active."""

    DRAFT = "draft"
    PENDING_APPROVAL = "pending_approval"
    ACTIVE = "active"
    CLOSED = "closed"
    CANCELLED = "cancelled"
    TERMINATED = "terminated"


class QuoteStatus(StrEnum):
    DRAFT = "draft"
    PENDING_APPROVAL = "pending_approval"
    APPROVED = "approved"
    SENT = "sent"
    ACCEPTED = "accepted"
    REJECTED = "rejected"
    EXPIRED = "expired"
    ORDERED = "ordered"


class IssueCategory(StrEnum):
    REBATE_CASH_BACK = "rebate_cash_back"
    DEFECTIVE_REPLACEMENT = "defective_replacement"
    PACKAGING_VERSION = "packaging_version"
    ACCOUNTING = "accounting"
    PROMOTION_EXPENSES = "promotion_expenses"
    DELIVERY = "delivery"
    PRICING = "pricing"
    OTHER = "other"


class IssueStatus(StrEnum):
    OPEN = "open"
    IN_PROGRESS = "in_progress"
    RESOLVED = "resolved"
    VERIFIED = "verified"


class ResponsibleSide(StrEnum):
    """Whose person must resolve an issue: ours or the customer's."""

    OURS = "ours"
    CUSTOMER = "customer"


class Measure(StrEnum):
    SELL_IN = "sell_in"
    OUTBOUND = "outbound"
    SELL_OUT = "sell_out"
    STOCK = "stock"


class ApprovalDecision(StrEnum):
    APPROVED = "approved"
    REJECTED = "rejected"


class DiscrepancyCause(StrEnum):
    """Why an account is off plan, as a manager would name it on a discrepancy form."""

    STOCK_OUT = "stock_out"
    OVERSTOCK = "overstock"
    PRICE = "price"
    COMPETITOR = "competitor"
    PROMOTION = "promotion"
    DELIVERY = "delivery"
    LISTING = "listing"
    SEASONALITY = "seasonality"
    DATA_ERROR = "data_error"
    OTHER = "other"


class DiscrepancyStatus(StrEnum):
    OPEN = "open"
    ACTION_TAKEN = "action_taken"
    CLOSED = "closed"
