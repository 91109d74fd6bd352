"""All the services over one open database, built once by the composition root."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from acct_desktop.config import os_user
from acct_desktop.services.account_records import AccountRecords
from acct_desktop.services.account_tree import AccountTreeService
from acct_desktop.services.accounts import AccountService
from acct_desktop.services.checklist_records import ChecklistRecords
from acct_desktop.services.checklists import ChecklistIssuer
from acct_desktop.services.competitors import CompetitorService
from acct_desktop.services.contact_map import ContactMapService
from acct_desktop.services.contact_records import ContactRecords
from acct_desktop.services.contacts import ContactService
from acct_desktop.services.device_code import device_code
from acct_desktop.services.discrepancy_forms import DiscrepancyForms
from acct_desktop.services.form_drafts import FormDrafts
from acct_desktop.services.global_search import GlobalSearch
from acct_desktop.services.issue_records import IssueRecords
from acct_desktop.services.issues import IssueService
from acct_desktop.services.manager_profile import actor_name, load_manager_profile
from acct_desktop.services.plan_actuals import PlanActuals
from acct_desktop.services.policies import PolicyService
from acct_desktop.services.policy_records import PolicyRecords
from acct_desktop.services.pricing import PricingService
from acct_desktop.services.quote_builder import QuoteBuilder
from acct_desktop.services.quote_documents import QuoteDocuments
from acct_desktop.services.quote_lifecycle import QuoteLifecycle
from acct_desktop.services.quote_settings import QuoteSettingsService
from acct_desktop.services.quotes import QuoteService
from acct_desktop.services.rebate_accruals import RebateAccrualService
from acct_desktop.services.rebate_records import RebateRecords
from acct_desktop.services.rebate_statement import RebateStatementService
from acct_desktop.services.sales import SalesService
from acct_desktop.services.search import AccountSearch
from acct_desktop.services.stats import StatsService
from acct_desktop.services.visit_cycles import VisitCycleService
from acct_desktop.services.visit_plans import VisitPlanner
from acct_desktop.services.visit_records import VisitRecords
from acct_desktop.services.visit_reports import VisitReports
from acct_desktop.services.visits import VisitService
from acct_desktop.services.whitespace import WhitespaceService
from acct_desktop.store.database import Database, open_database


@dataclass
class Workspace:
    db: Database
    accounts: AccountService
    tree: AccountTreeService
    records: AccountRecords
    contacts: ContactService
    contact_records: ContactRecords
    contact_map: ContactMapService
    visits: VisitService
    visit_records: VisitRecords
    visit_planner: VisitPlanner
    visit_cycles: VisitCycleService
    visit_reports: VisitReports
    policies: PolicyService
    quotes: QuoteService
    pricing: PricingService
    quote_builder: QuoteBuilder
    quote_lifecycle: QuoteLifecycle
    quote_documents: QuoteDocuments
    quote_settings: QuoteSettingsService
    stats: StatsService
    search: AccountSearch
    global_search: GlobalSearch
    issues: IssueService
    issue_records: IssueRecords
    checklists: ChecklistIssuer
    checklist_records: ChecklistRecords
    policy_records: PolicyRecords
    rebate_records: RebateRecords
    rebate_accruals: RebateAccrualService
    rebate_statements: RebateStatementService
    competitors: CompetitorService
    sales: SalesService
    plan_actuals: PlanActuals
    discrepancy_forms: DiscrepancyForms
    form_drafts: FormDrafts
    whitespace: WhitespaceService

    @classmethod
    def over(cls, db: Database) -> Workspace:
        accounts = AccountService(db)
        return cls(
            db=db,
            accounts=accounts,
            tree=AccountTreeService(db),
            records=AccountRecords(db, actor_name),
            contacts=ContactService(db),
            contact_records=(contact_records := ContactRecords(db, actor_name)),
            contact_map=ContactMapService(db, contact_records),
            visits=VisitService(db),
            visit_records=VisitRecords(db, actor_name),
            visit_planner=VisitPlanner(db, actor_name),
            visit_cycles=VisitCycleService(db, actor_name),
            visit_reports=VisitReports(db, actor_name),
            policies=PolicyService(db, accounts),
            quotes=QuoteService(db),
            pricing=(pricing := PricingService(db)),
            quote_builder=QuoteBuilder(db, pricing, actor_name, device_code),
            quote_lifecycle=QuoteLifecycle(db, pricing, actor_name, device_code),
            quote_documents=QuoteDocuments(db, pricing, load_manager_profile),
            quote_settings=QuoteSettingsService(db),
            stats=StatsService(db),
            search=(search := AccountSearch(db)),
            global_search=GlobalSearch(db, search),
            issues=IssueService(db),
            issue_records=IssueRecords(db, actor_name),
            checklists=ChecklistIssuer(db, actor_name),
            checklist_records=ChecklistRecords(db, actor_name),
            policy_records=PolicyRecords(db, actor_name),
            rebate_records=RebateRecords(db, actor_name),
            rebate_accruals=(accruals := RebateAccrualService(db)),
            rebate_statements=RebateStatementService(db, accruals),
            competitors=CompetitorService(db),
            sales=SalesService(db),
            plan_actuals=PlanActuals(db),
            discrepancy_forms=DiscrepancyForms(db, actor_name),
            # whose typing: the manager acting (two on one Windows login keep their own)
            form_drafts=FormDrafts(db, actor_name(), formerly=os_user()),
            whitespace=WhitespaceService(db),
        )

    @classmethod
    def open(cls, target: str | Path) -> Workspace:
        """Open (creating or upgrading as needed) the database at ``target``."""
        return cls.over(open_database(target))

    @property
    def label(self) -> str:
        return self.db.label

    def close(self) -> None:
        self.db.close()
