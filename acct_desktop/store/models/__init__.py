"""Every table of the data model; importing this package registers them all on ``Base``."""

from acct_desktop.store.base import Base, Entity
from acct_desktop.store.models.accounts import Account, AccountTag, Territory
from acct_desktop.store.models.alerts import AlertDismissal, FormDraft
from acct_desktop.store.models.audit import Attachment, AuditEvent
from acct_desktop.store.models.catalogue import (
    ExchangeRate,
    PricePolicy,
    Product,
    RegisterSetting,
)
from acct_desktop.store.models.contact_map import ContactMapPosition
from acct_desktop.store.models.contacts import Contact, ContactDetail, ContactLink
from acct_desktop.store.models.issues import CustomerIssue, IssueChecklist, IssueChecklistItem
from acct_desktop.store.models.quotes import (
    Approval,
    OrderConfirmation,
    Quote,
    QuoteLine,
    QuoteTemplate,
    QuoteTemplateLine,
)
from acct_desktop.store.models.rebates import RebateAccrual, RebateAgreement, RebateTier
from acct_desktop.store.models.sales import DiscrepancyForm, MonthlyCommentary, SalesFact, Target
from acct_desktop.store.models.visits import (
    CompetitorObservation,
    Visit,
    VisitContact,
    VisitCycle,
)

__all__ = [
    "Account",
    "AccountTag",
    "AlertDismissal",
    "Approval",
    "Attachment",
    "AuditEvent",
    "Base",
    "CompetitorObservation",
    "Contact",
    "ContactDetail",
    "ContactLink",
    "ContactMapPosition",
    "CustomerIssue",
    "DiscrepancyForm",
    "Entity",
    "ExchangeRate",
    "FormDraft",
    "IssueChecklist",
    "IssueChecklistItem",
    "MonthlyCommentary",
    "OrderConfirmation",
    "PricePolicy",
    "Product",
    "Quote",
    "QuoteLine",
    "QuoteTemplate",
    "QuoteTemplateLine",
    "RebateAccrual",
    "RebateAgreement",
    "RebateTier",
    "RegisterSetting",
    "SalesFact",
    "Target",
    "Territory",
    "Visit",
    "VisitContact",
    "VisitCycle",
]
