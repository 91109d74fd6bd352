"""The schema revisions this build knows, oldest first.

Kept in sync with ``store/migrations/versions`` (a unit test checks it) so that opening a
database can compare revisions by reading one row instead of importing Alembic (~0.3 s).
"""

SCHEMA_REVISIONS: tuple[str, ...] = (
    "0001_initial",
    "0002_account_search",
    "0003_account_name_index",
    "0004_issue_checklists",
    "0005_price_rules",
    "0006_quote_builder",
    "0007_contact_details",
    "0008_contact_map_positions",
    "0009_alert_dismissals",
    "0010_visit_windows",
    "0011_sales_analysis",
    "0012_audit_chain",
    "0013_form_drafts",
    "0014_whole_month_facts",
    "0015_search_fragments",
    "0016_record_search",
    "0017_contact_phone_label",
    "0018_search_y_as_ij",
    "0019_search_pinyin",
    "0020_quote_line_pack_price",
    "0021_order_line_delivery",
    "0022_search_pinyin_mix",
    "0023_visit_owner",
)
HEAD_REVISION = SCHEMA_REVISIONS[-1]
