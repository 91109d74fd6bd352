"""What the import dialog shows before anything is imported: the file's first rows and
which column would fill which field."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from acct_desktop.services.imports import accounts, contacts, sales
from acct_desktop.services.imports.columns import header_score, map_columns
from acct_desktop.services.imports.common import EntitySpec
from acct_desktop.services.imports.measure_words import holds_measures
from acct_desktop.services.imports.problems import ProblemList
from acct_desktop.services.tabular import HeaderScore, Table, read_table

SPECS: dict[str, EntitySpec] = {
    "accounts": accounts.SPEC,
    "contacts": contacts.SPEC,
    "sales": sales.SPEC,
}


@dataclass(frozen=True)
class ImportPreview:
    entity: str
    file_name: str
    headers: list[str]
    sample: list[tuple[int, tuple[str, ...]]]  # (source line, cells) of the first rows
    rows: int
    encoding: str | None
    delimiter: str | None
    fields: tuple[str, ...]
    required: tuple[str, ...]
    guessed: dict[str, str]  # field → the header that would fill it
    # header → its values, for columns with few different values in the whole file
    few_values: dict[str, tuple[str, ...]] = field(default_factory=dict)
    sheet: str | None = None  # the workbook's sheet that was read (None for CSV)
    header_line: int = 1  # the line of the column names: found, or as the user chose it
    # the file's first rows that are not blank, (line, cells): the rows the user may choose
    # as the header instead
    leading: list[tuple[int, tuple[str, ...]]] = field(default_factory=list)

    @property
    def source(self) -> str:
        return "xlsx" if self.encoding is None else f"CSV, {self.encoding}, {self.delimiter!r}"


PEOPLE_FIELDS = frozenset({"dmu_role", "attitude", "influence", "reports_to", "title"})


def guess_entity(path: str | Path) -> str:
    """ "sales" when the file looks like ERP sales figures (a measure column, or an amount,
    an account code and a date or period, and no name column); "contacts" when it looks like
    a list of people at accounts (an account code and people's roles, attitudes or titles);
    else "accounts"."""
    return _entity_of(read_table(path, keep_rows=0, header_score=_any_field()))


def _entity_of(table: Table) -> str:
    """What the file's columns say it holds (see ``guess_entity``)."""
    if _looks_like_sales(table):
        return "sales"
    found = _guess(table, SPECS["contacts"])
    # a list of people names them: an account list's 上级编码 (parent code) is read loosely
    # as 上级 (reports to), but it has no column of people's names
    people = "name" in found and PEOPLE_FIELDS & found.keys()
    if "account_code" in found and people:
        return "contacts"
    # Odoo's contacts (Name, Job Position, Email, Related Company): a person's name and
    # e-mail with their company, and none of an account's own code or kind; its accounts
    # (External ID, Name, Company Type, Email, Related Company) have those
    as_accounts = _guess(table, SPECS["accounts"])
    own = {"code", "kind"} & as_accounts.keys()
    if own and as_accounts.get("code") == found.get("account_code"):
        own.discard("code")
    if "account_code" in found and "name" in found and "email" in found and not own:
        return "contacts"
    return "accounts"


def _looks_like_sales(table) -> bool:  # type: ignore[no-untyped-def]
    found = _guess(table, SPECS["sales"])
    named = _guess(table, SPECS["accounts"]).get("name")
    if named is not None and named != found.get("account_code"):
        return False  # accounts and contacts have names; sales figures do not
    dated = "date" in found or "period" in found
    return "measure" in found or ("amount" in found and "account_code" in found and dated)


def preview(
    path: str | Path,
    entity: str | None = None,
    sample_rows: int = 20,
    header_row: int | None = None,
) -> ImportPreview:
    """Read ``path`` and say how it would be imported as ``entity`` (when not given: what its
    columns say, see ``guess_entity``); raises ``TabularError`` when the file cannot be read
    at all. Only the first ``sample_rows`` rows are kept; the others are counted. The column
    names are on line ``header_row`` when given, else on the row found to hold them (the
    one naming fields of ``entity``, or of any import, below a title or group names)."""
    score = _any_field() if entity is None else _fields_of(SPECS[entity])
    table = read_table(
        path, keep_rows=sample_rows, few_values=True, header_row=header_row, header_score=score
    )
    entity = entity or _entity_of(table)
    spec = SPECS[entity]
    return ImportPreview(
        entity=entity,
        file_name=Path(path).name,
        headers=list(table.headers),
        sample=[(row.line, row.values) for row in table.rows[:sample_rows]],
        rows=table.row_count,
        encoding=table.encoding,
        delimiter=table.delimiter,
        fields=spec.fields,
        required=spec.required,
        guessed=_guess(table, spec) | _measures_by_content(table, entity),
        few_values=table.few_values,
        sheet=table.sheet,
        header_line=table.header_line,
        leading=table.leading,
    )


def _fields_of(spec: EntitySpec) -> HeaderScore:
    return header_score(spec.fields, spec.synonyms)


def _any_field() -> HeaderScore:
    """How many cells of a row name a field of any of the dialog's imports."""
    scores = [_fields_of(spec) for spec in SPECS.values()]
    return lambda cells: max(score(cells) for score in scores)


def _measures_by_content(table: Table, entity: str) -> dict[str, str]:
    """For a sales file whose headers name no measure column: the column whose values are
    measures (an ERP's "业务类型" or "Vorgang"), so the dialog opens with it chosen."""
    if entity != "sales" or "measure" in _guess(table, SPECS[entity]):
        return {}
    taken = set(_guess(table, SPECS[entity]).values())
    for header, values in table.few_values.items():
        if header not in taken and holds_measures(values):
            return {"measure": header}
    return {}


def _guess(table, spec: EntitySpec) -> dict[str, str]:  # type: ignore[no-untyped-def]
    columns = map_columns(
        table, spec.fields, spec.required, spec.synonyms, None, ProblemList(), spec.entity
    )
    return {field: table.headers[index] for field, index in columns.index.items()}
