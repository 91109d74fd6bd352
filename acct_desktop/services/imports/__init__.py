"""Importing accounts, contacts, products, price policies, rebate agreements and the ERP's
sales facts from CSV or .xlsx files, all or nothing.

Every row is checked (values, uniqueness, parents, kinds under parents, loops) against the
rest of the file and the database before anything is written; a file with problems raises
``ImportRejected`` listing each one by line and column. An accepted file is written in one
transaction. See ``accounts`` and ``contacts`` for what each field accepts.
"""

from acct_desktop.services.imports.accounts import import_accounts
from acct_desktop.services.imports.columns import (
    ACCOUNT_FIELDS,
    CONTACT_FIELDS,
    POLICY_FIELDS,
    PRODUCT_FIELDS,
    REBATE_FIELDS,
    SALES_FIELDS,
    TARGET_FIELDS,
)
from acct_desktop.services.imports.contacts import import_contacts
from acct_desktop.services.imports.layouts import ImportLayout, kept_header_row, layout_key
from acct_desktop.services.imports.policies import export_price_policies, import_price_policies
from acct_desktop.services.imports.preview import ImportPreview, guess_entity, preview
from acct_desktop.services.imports.problems import (
    ImportCancelled,
    ImportConflict,
    ImportProblem,
    ImportRejected,
    ImportSummary,
)
from acct_desktop.services.imports.products import export_products, import_products
from acct_desktop.services.imports.rebates import export_rebates, import_rebates
from acct_desktop.services.imports.register_common import RegisterImportSummary
from acct_desktop.services.imports.sales import SalesImportSummary, import_sales
from acct_desktop.services.imports.targets import TargetImportSummary, import_targets
from acct_desktop.services.tabular import TabularError

__all__ = [
    "ACCOUNT_FIELDS",
    "CONTACT_FIELDS",
    "POLICY_FIELDS",
    "PRODUCT_FIELDS",
    "REBATE_FIELDS",
    "SALES_FIELDS",
    "TARGET_FIELDS",
    "ImportCancelled",
    "ImportConflict",
    "ImportLayout",
    "ImportPreview",
    "ImportProblem",
    "ImportRejected",
    "ImportSummary",
    "RegisterImportSummary",
    "SalesImportSummary",
    "TabularError",
    "TargetImportSummary",
    "export_price_policies",
    "export_products",
    "export_rebates",
    "guess_entity",
    "import_accounts",
    "import_contacts",
    "import_price_policies",
    "import_products",
    "import_rebates",
    "import_sales",
    "import_targets",
    "kept_header_row",
    "layout_key",
    "preview",
]
