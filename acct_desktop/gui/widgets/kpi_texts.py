"""What the KPI dashboard says: tile figures in words, chart builders, and what each table
of rows means. Translatable (context "kpi"); numbers in the user's locale."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale

from acct_desktop.domain.kpis import THRESHOLDS, tone_of
from acct_desktop.domain.sales_metrics import Standing
from acct_desktop.domain.sentences import bracketed, counted, filled_in
from acct_desktop.gui.i18n import language_of
from acct_desktop.gui.labels import (
    QT_TRANSLATE_NOOP,
    format_decimal,
    format_value,
    money_text,
    percent_text,
)
from acct_desktop.gui.models.plan_tree import STANDING_WORDS
from acct_desktop.gui.sentences import listed_text, user_text
from acct_desktop.services.kpis import Dashboard


def _translated(text: str) -> str:
    """A text marked elsewhere with QT_TRANSLATE_NOOP("kpi", ...), translated."""
    return QCoreApplication.translate("kpi", text)


TILES = (
    ("sales", QT_TRANSLATE_NOOP("kpi", "Sell-in vs target")),
    ("warehouses", QT_TRANSLATE_NOOP("kpi", "Warehouses behind plan")),
    ("visits", QT_TRANSLATE_NOOP("kpi", "Visits done")),
    ("cycle", QT_TRANSLATE_NOOP("kpi", "Accounts within their visit cycle")),
    ("issues", QT_TRANSLATE_NOOP("kpi", "Issues closed on time")),
    ("win_rate", QT_TRANSLATE_NOOP("kpi", "Quote win rate")),
    ("pipeline", QT_TRANSLATE_NOOP("kpi", "Open quote pipeline")),
    ("rebates", QT_TRANSLATE_NOOP("kpi", "Rebates still owed")),
    ("nps", QT_TRANSLATE_NOOP("kpi", "Net promoter score")),
    ("issue_response", QT_TRANSLATE_NOOP("kpi", "Days to act on an issue")),
    ("quote_response", QT_TRANSLATE_NOOP("kpi", "Days to send a quote")),
    ("returning", QT_TRANSLATE_NOOP("kpi", "Returning customers")),
    ("managers", QT_TRANSLATE_NOOP("kpi", "Accounts per manager")),
)
RATE_KEYS = ("visits", "cycle", "issues", "win_rate", "returning")
RATE_LABELS = {
    "visits": QT_TRANSLATE_NOOP("kpi", "Visits done"),
    "cycle": QT_TRANSLATE_NOOP("kpi", "Within cycle"),
    "issues": QT_TRANSLATE_NOOP("kpi", "Issues on time"),
    "win_rate": QT_TRANSLATE_NOOP("kpi", "Quotes won"),
    "returning": QT_TRANSLATE_NOOP("kpi", "Returning"),
}


NBSP = "\u00a0"  # a figure in several currencies wraps between them, never inside one


def _percent(value: Decimal | None) -> str:
    return "–" if value is None else percent_text(value)


def _money(amounts: dict[str, Decimal]) -> str:
    if not amounts:
        return QCoreApplication.translate("kpi", "none")
    return " · ".join(
        f"{currency}{NBSP}{money_text(amount, currency)}"
        for currency, amount in sorted(amounts.items())
    )


def _days(value: Decimal | None, answered: int, waiting: int) -> tuple[str, str]:
    if value is None and not waiting:
        return "–", QCoreApplication.translate("kpi", "nothing requested in this period")
    figure = (
        "–"
        if value is None
        else QCoreApplication.translate("kpi", "%1 days").replace("%1", format_decimal(value))
    )
    detail = filled_in(
        QCoreApplication.translate("kpi", "%1 answered, %2 still waiting"),
        str(answered),
        str(waiting),
    )
    return figure, detail


def _of(template: str, part: int, whole: int) -> str:
    """A translated "%1 of %2 …" sentence (whole sentences: word order differs by language)."""
    return filled_in(template, str(part), str(whole))


def _sales_tile(board: Dashboard, shown: str, tone: str | None) -> tuple[str, str, str | None]:
    """Sell-in against target: to the day the figures reach in a period in progress, and
    "no figures yet" (the plan to date, no status) before its first sell-in is in."""
    sales = board.sales
    if sales.awaiting:
        detail = (
            QCoreApplication.translate("kpi", "plan to date %1; import the ERP's sales").replace(
                "%1", _money(sales.period_target)
            )
            if sales.period_target
            else QCoreApplication.translate("kpi", "No sales imported yet — File → Import sales…")
        )
        return QCoreApplication.translate("kpi", "No figures yet"), detail, None
    if not sales.period_sell_in:
        return (
            shown,
            QCoreApplication.translate("kpi", "No sales imported yet — File → Import sales…"),
            tone,
        )
    money = _money(sales.period_sell_in)
    if not sales.period_target:  # sales, but no plan to compare them with
        shown, tone = QCoreApplication.translate("kpi", "No target"), None
    if sales.through is None:
        detail = QCoreApplication.translate("kpi", "sell-in %1").replace("%1", money)
    else:
        detail = filled_in(
            QCoreApplication.translate("kpi", "sell-in %1, figures to %2"),
            money,
            format_value(sales.through),
        )
    if sales.awaited:  # another country's ERP has not sent this period's sell-in yet
        waiting = QCoreApplication.translate("kpi", "%1: no figures yet")
        detail += "; " + waiting.replace("%1", listed_text(sales.awaited))
    return shown, detail, tone


def _shares(shown: list[tuple[str, str]]) -> str:
    """The percentages of target: "73.3%" in one currency (the detail says which), each
    with its currency after it in several — "73.3% (USD) · 95.0% (EUR)", never "USD 73.3%",
    a currency put before a percentage as before an amount."""
    if not shown:
        return "–"
    if len(shown) == 1:
        return shown[0][1]
    return " · ".join(
        user_text(bracketed(share, currency)).replace(" ", NBSP) for currency, share in shown
    )


def _warehouses_tile(board: Dashboard) -> tuple[str, str, str | None]:
    """How many of the accounts with an outbound target are behind plan, and the one
    furthest behind: "1 of 5", "驰骏汽车养护连锁 南宁分仓 -26.3% on outbound"."""
    warehouses = board.warehouses
    if not warehouses.accounts:
        return "–", QCoreApplication.translate("kpi", "no outbound targets in this scope"), None
    judged = warehouses.judged
    if warehouses.awaiting or not judged:
        return (
            QCoreApplication.translate("kpi", "No figures yet"),
            QCoreApplication.translate("kpi", "no outbound of this period in yet"),
            None,
        )
    behind = warehouses.behind
    figure = _of(QCoreApplication.translate("kpi", "%1 of %2"), len(behind), len(judged))
    if behind:
        worst = behind[0]
        assert worst.variance is not None
        detail = filled_in(
            QCoreApplication.translate("kpi", "furthest behind: %1 %2 on outbound"),
            worst.name,
            percent_text(worst.variance, signed=True),
        )
        return figure, detail, Standing.BEHIND
    return (
        figure,
        QCoreApplication.translate("kpi", "outbound on or ahead of plan"),
        Standing.ON_PLAN,
    )


def _managers_tile(board: Dashboard) -> tuple[str, str, str | None]:
    """Accounts with a manager ÷ managers, with the counts it comes from."""
    load = board.managers
    per = load.per_manager
    if per is not None and per == per.to_integral():
        per = per.quantize(Decimal(1))  # 35 accounts of one manager: "35", not "35.0"
    figure = "–" if per is None else format_decimal(per)
    if not load.managers:  # "accounts: 0 · managers: 0 · without a manager: 21" read as a
        detail = user_text(  # contradiction
            counted(
                load.without_manager,
                QT_TRANSLATE_NOOP(
                    "messages", "%1 account, none with a manager named on its territory"
                ),
                QT_TRANSLATE_NOOP(
                    "messages", "%1 accounts, none with a manager named on their territories"
                ),
            )
        )
        return figure, detail, None
    detail = filled_in(
        QCoreApplication.translate("kpi", "accounts: %1 · managers: %2 · without a manager: %3"),
        str(load.managed),
        str(load.managers),
        str(load.without_manager),
    )
    return figure, detail, None


def tile_texts(board: Dashboard) -> dict[str, tuple[str, str, str | None]]:
    """(figure, detail, tone) for every tile; "–" where there is nothing to measure. A
    figure against plan (sell-in, outbound) has the standing Plan vs actual gives it
    (behind, on_plan, ahead) in place of a tone."""
    sales = board.sales
    shown = []
    standings = []
    for currency in sorted(sales.period_sell_in.keys() | sales.period_target.keys()):
        share = sales.percent_of_target(currency)
        standings.append(board.sales_standing(currency))
        shown.append((currency, _percent(share)))
    order = (Standing.BEHIND, Standing.AHEAD, Standing.ON_PLAN)
    worst = next((s for s in order if s in standings), None)
    visits, issues, quotes = board.visits, board.issues, board.quotes
    texts: dict[str, tuple[str, str, str | None]] = {
        "sales": _sales_tile(board, _shares(shown), worst),
        "warehouses": _warehouses_tile(board),
        "visits": (
            _percent(visits.compliance),
            _of(
                QCoreApplication.translate("kpi", "%1 of %2 planned visits done"),
                visits.done,
                visits.planned,
            ),
            tone_of("visits", visits.compliance),
        ),
        "cycle": (
            _percent(visits.cycle_adherence),
            _of(
                QCoreApplication.translate("kpi", "%1 of %2 accounts"),
                visits.within_cycle,
                visits.accounts,
            )
            if visits.visited
            else QCoreApplication.translate("kpi", "no visits recorded yet: nothing to measure"),
            tone_of("cycle", visits.cycle_adherence),
        ),
        "issues": (
            _percent(issues.on_time_rate),
            _of(
                QCoreApplication.translate("kpi", "%1 of %2 due; %3 open past deadline"),
                issues.on_time,
                issues.due,
            ).replace("%3", str(issues.overdue_open)),
            tone_of("issues", issues.on_time_rate),
        ),
        "win_rate": (
            _percent(quotes.win_rate),
            filled_in(
                QCoreApplication.translate("kpi", "%1 won, %2 lost"),
                str(quotes.won),
                str(quotes.lost),
            ),
            tone_of("win_rate", quotes.win_rate),
        ),
        "pipeline": (
            _money(quotes.pipeline),
            QCoreApplication.translate("kpi", "%1 quotes open").replace(
                "%1", str(quotes.pipeline_count)
            ),
            None,
        ),
        "rebates": (
            _money(board.rebates.liability),
            QCoreApplication.translate("kpi", "accrued %1").replace(
                "%1", _money(board.rebates.accrued)
            ),
            None,
        ),
        "nps": (
            format_decimal(board.nps.result.score) if board.nps.result.score is not None else "–",
            QCoreApplication.translate("kpi", "%1 answers").replace(
                "%1", str(board.nps.result.answers)
            )
            if board.nps.result.answers
            else QCoreApplication.translate("kpi", "no survey answers"),
            tone_of("nps", board.nps.result.score),
        ),
        "issue_response": (
            *_days(issues.response.average_days, issues.response.answered, issues.response.waiting),
            None,
        ),
        "quote_response": (
            *_days(quotes.response.average_days, quotes.response.answered, quotes.response.waiting),
            None,
        ),
        "returning": (
            QCoreApplication.translate("kpi", "No figures yet"),
            QCoreApplication.translate("kpi", "%1 bought in the period before").replace(
                "%1", str(board.returning.result.previous)
            ),
            None,
        )
        if board.returning.awaiting
        else (
            _percent(board.returning.rate),
            _of(
                QCoreApplication.translate("kpi", "%1 of %2 bought again"),
                board.returning.result.returning,
                board.returning.result.previous,
            ),
            tone_of("returning", board.returning.rate),
        ),
        "managers": _managers_tile(board),
    }
    return texts


def chart_words() -> dict[str, str]:
    return {
        "sell_in": QCoreApplication.translate("kpi", "Sell-in"),
        "target": QCoreApplication.translate("kpi", "Target"),
        "percent_of_target": QCoreApplication.translate("kpi", "% of target"),
        "no_sales": QCoreApplication.translate(
            "kpi", "No sales imported yet — File → Import sales…"
        ),
        "no_accounts": QCoreApplication.translate("kpi", "No accounts to rank"),
        "no_sell_in_yet": QCoreApplication.translate(
            "kpi", "No sell-in of this period in yet: nobody to rank"
        ),
        "no_figures": QCoreApplication.translate("kpi", "Nothing to measure in this period"),
        "no_answers": QCoreApplication.translate("kpi", "No survey answers"),
        "promoters": QCoreApplication.translate("kpi", "Promoters (9–10)"),
        "passives": QCoreApplication.translate("kpi", "Passives (7–8)"),
        "detractors": QCoreApplication.translate("kpi", "Detractors (0–6)"),
        "no_manager": QCoreApplication.translate("kpi", "no manager"),
        "accounts": QCoreApplication.translate("kpi", "Accounts"),
        # the words of Plan vs actual, for the colours it gives them
        "behind": QCoreApplication.translate("planTree", STANDING_WORDS[Standing.BEHIND]),
        "on_plan": QCoreApplication.translate("planTree", STANDING_WORDS[Standing.ON_PLAN]),
        "ahead": QCoreApplication.translate("planTree", STANDING_WORDS[Standing.AHEAD]),
        "ranking_title": QCoreApplication.translate(
            "kpi", "Sell-in against target: best and worst accounts"
        ),
        "warehouses_title": QCoreApplication.translate(
            "kpi", "Outbound against target: warehouses, furthest behind first"
        ),
        "no_outbound_targets": QCoreApplication.translate(
            "kpi", "no outbound targets in this scope"
        ),
        "no_outbound_yet": QCoreApplication.translate("kpi", "no outbound of this period in yet"),
    }


def _trend(board: Dashboard, words: dict[str, str], figure: Any) -> Any:
    from acct_desktop.reporting.kpi_charts import sales_trend_figure

    series = [(t.currency, t.sell_in, t.target) for t in board.sales.currencies]
    return sales_trend_figure(
        board.sales.months, series, words=words, figure=figure, language=language_of(QLocale())
    )


def _ranking(board: Dashboard, words: dict[str, str], figure: Any) -> Any:
    from acct_desktop.reporting.kpi_charts import ranking_figure

    ranking = board.ranking
    if ranking.by == "awaiting":
        words = {**words, "no_accounts": words["no_sell_in_yet"]}
    chosen = list(ranking.top) + list(reversed(ranking.bottom))
    standings: list[str | None] | None = None
    limits = None
    if ranking.by == "variance":  # coloured by where Plan vs actual says each stands
        values = [r.variance or Decimal(0) for r in chosen]
        unit = "%"
        standings = [r.standing for r in chosen]
        limits = (board.thresholds.behind_percent, board.thresholds.ahead_percent)
    else:
        values, unit = [r.sell_in for r in chosen], ranking.currency or ""
    return ranking_figure(
        [r.name for r in chosen],
        values,
        unit,
        standings=standings,
        limits=limits,
        title=words["ranking_title"],
        words=words,
        figure=figure,
        language=language_of(QLocale()),
    )


WAREHOUSES_DRAWN = 8


def _warehouses(board: Dashboard, words: dict[str, str], figure: Any) -> Any:
    """The warehouses' outbound against target, furthest behind on top."""
    from acct_desktop.reporting.kpi_charts import ranking_figure

    warehouses = board.warehouses
    chosen = [] if warehouses.awaiting else list(warehouses.judged[:WAREHOUSES_DRAWN])
    empty = words["no_outbound_yet" if warehouses.accounts else "no_outbound_targets"]
    return ranking_figure(
        [r.name for r in chosen],
        [r.variance or Decimal(0) for r in chosen],
        "%",
        standings=[r.standing for r in chosen],
        limits=(board.thresholds.behind_percent, board.thresholds.ahead_percent),
        title=words["warehouses_title"],
        empty=empty,
        words=words,
        figure=figure,
        language=language_of(QLocale()),
    )


def _rates(board: Dashboard, words: dict[str, str], figure: Any) -> Any:
    from acct_desktop.reporting.kpi_charts import rates_figure

    values = {
        "visits": board.visits.compliance,
        "cycle": board.visits.cycle_adherence,
        "issues": board.issues.on_time_rate,
        "win_rate": board.quotes.win_rate,
        "returning": board.returning.rate,
    }
    rows = [
        (_translated(RATE_LABELS[key]), values[key], THRESHOLDS[key].good, THRESHOLDS[key].fair)
        for key in RATE_KEYS
    ]
    return rates_figure(rows, words=words, figure=figure, language=language_of(QLocale()))


def _nps(board: Dashboard, words: dict[str, str], figure: Any) -> Any:
    from acct_desktop.reporting.kpi_charts import nps_figure

    result = board.nps.result
    return nps_figure(
        result.promoters,
        result.passives,
        result.detractors,
        words=words,
        figure=figure,
        language=language_of(QLocale()),
    )


def _managers(board: Dashboard, words: dict[str, str], figure: Any) -> Any:
    from acct_desktop.reporting.kpi_charts import managers_figure

    return managers_figure(
        list(board.managers.rows.rows), words=words, figure=figure, language=language_of(QLocale())
    )


ChartBuilder = Callable[[Dashboard, dict[str, str], Any], Any]
CHARTS: tuple[tuple[str, ChartBuilder], ...] = (
    ("sales", _trend),
    ("ranking", _ranking),
    ("rates", _rates),
    ("managers", _managers),
    ("nps", _nps),
    ("warehouses", _warehouses),
)

EXPLANATIONS = {
    "sales": QT_TRANSLATE_NOOP(
        "kpi", "Sell-in and monthly sell-in targets of the 12 months ending %2, per currency."
    ),
    "ranking": QT_TRANSLATE_NOOP(
        "kpi",
        "Accounts with a sell-in target, against the sell-in of the account and everything "
        "below it, %1 – %2 (without targets: by sell-in). Best first. Behind plan: more than "
        "%3 below target; ahead: more than %4 above (as in Plan vs actual).",
    ),
    "warehouses": QT_TRANSLATE_NOOP(
        "kpi",
        "Accounts with an outbound target (distribution centres, branch warehouses), against "
        "the outbound of the account and everything below it, %1 – %2. Furthest behind "
        "first. Behind plan: more than %3 below target; ahead: more than %4 above (as in "
        "Plan vs actual).",
    ),
    "visits": QT_TRANSLATE_NOOP(
        "kpi",
        "Visits planned %1 – %2 (planned, done or missed; cancelled ones left out), by account.",
    ),
    "cycle": QT_TRANSLATE_NOOP(
        "kpi",
        "Each active account's cycle (its own, else its tier's, else 28 days) and whether its "
        "last done visit lies within it on %2.",
    ),
    "issues": QT_TRANSLATE_NOOP(
        "kpi",
        "Issues whose deadline fell %1 – %2; on time = resolved or verified by the deadline.",
    ),
    "issue_response": QT_TRANSLATE_NOOP(
        "kpi", "Issues raised %1 – %2 and the day they were first acted on (empty: not yet)."
    ),
    "win_rate": QT_TRANSLATE_NOOP(
        "kpi", "Quotes decided %1 – %2: won = accepted or ordered; lost = rejected or expired."
    ),
    "pipeline": QT_TRANSLATE_NOOP(
        "kpi", "Quotes pending approval, approved or sent, now (net of line discounts)."
    ),
    "quote_response": QT_TRANSLATE_NOOP(
        "kpi", "Quotes requested %1 – %2 and the day they were sent (empty: not yet)."
    ),
    "rebates": QT_TRANSLATE_NOOP(
        "kpi", "Active and closed rebate agreements on %2: accrued, settled and still owed."
    ),
    "nps": QT_TRANSLATE_NOOP("kpi", "Recommendation answers (0–10) at done visits %1 – %2."),
    "returning": QT_TRANSLATE_NOOP(
        "kpi", "Accounts with sell-in in the previous period, and whether they bought again."
    ),
    "managers": QT_TRANSLATE_NOOP("kpi", "Active accounts by their territory's manager."),
}


def explain(key: str, board: Dashboard) -> tuple[str, str]:
    """(dialog title, what the rows are) for the table behind ``key``."""
    titles = dict(TILES) | {"ranking": QT_TRANSLATE_NOOP("kpi", "Best and worst accounts")}
    text = _translated(EXPLANATIONS.get(key, ""))
    text = filled_in(
        text,
        format_value(board.start),
        format_value(board.end),
        percent_text(board.thresholds.behind_percent),
        percent_text(board.thresholds.ahead_percent),
    )
    return _translated(titles.get(key, key)), text
