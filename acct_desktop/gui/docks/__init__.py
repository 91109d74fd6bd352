"""The dock registry: each dock is declared once here, in default order."""

from acct_desktop.gui.docks.account_tree import AccountTreeDock
from acct_desktop.gui.docks.alerts import AlertsDock
from acct_desktop.gui.docks.base import FeatureDock
from acct_desktop.gui.docks.contact_map import ContactMapDock
from acct_desktop.gui.docks.issues import IssuesDock
from acct_desktop.gui.docks.kpi_dashboard import KpiDashboardDock
from acct_desktop.gui.docks.plan_actual import PlanActualDock
from acct_desktop.gui.docks.policy_register import PolicyRegisterDock
from acct_desktop.gui.docks.quote_builder import QuoteBuilderDock
from acct_desktop.gui.docks.visit_calendar import VisitCalendarDock

DOCKS: tuple[type[FeatureDock], ...] = (
    AccountTreeDock,
    AlertsDock,
    VisitCalendarDock,
    ContactMapDock,
    QuoteBuilderDock,
    PolicyRegisterDock,
    IssuesDock,
    KpiDashboardDock,
    PlanActualDock,
)

__all__ = ["DOCKS", "FeatureDock"]
