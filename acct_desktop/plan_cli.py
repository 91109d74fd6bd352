"""``acct-desktop plan``: propose a visit plan in the terminal, as *Plan visits…* does.

``acct-desktop plan --db DB [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--country NL|none]
[--region CODE] [--days-off 2026-12-24,2026-12-28..2026-12-31] [--now YYYY-MM-DDTHH:MM]
[--territory CODE]… [--account CODE]… [--start LAT,LON | --start-account CODE] [--no-return]
[--accept]``. ``--territory`` and ``--account`` (repeatable) narrow the accounts planned for
as the GUI does (a territory with the ones below it; an account and everything below it);
an unknown code is refused. The working pattern (hours, lunch, working days, visits per
day, speed, whose public holidays, days off, where the day starts) is the one the plan
dialog last used (``planning.json`` in the data folder; a country never chosen follows the
system's locale); ``--country`` and ``--region`` replace its country for this run,
``--days-off`` adds to its days off, ``--start`` (home or office: ``10.7769,106.7009``, or
``first-visit``) or ``--start-account`` replaces where each day starts and ``--no-return``
ends it at the last visit. The period is by default the one the dialog offers (this week on
a Monday, else next). Prints each day's visits with why, the days that take no new visits
and why, and the accounts left out by reason; ``--accept`` writes the new visits (all or
nothing).

Exit codes: 0 proposed (and written with ``--accept``); 2 refused with one sentence on
stderr (a bad day or time, an unknown country, territory or account, a database that
cannot be opened).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections import defaultdict
from dataclasses import replace
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from acct_desktop.cli_language import message_text, print_error, say
from acct_desktop.domain.sentences import QT_TRANSLATE_NOOP, figure
from acct_desktop.services.manager_profile import actor_name

if TYPE_CHECKING:  # the services (and SQLAlchemy) are imported only when planning
    from acct_desktop.domain.visit_planning import Plan, PlanSettings
    from acct_desktop.services.planning_preferences import PlanningPreferences

MAX_NAMES_SHOWN = 30
NO_COUNTRY = "none"
FIRST_VISIT = "first-visit"


class _Refused(Exception):
    """A refusal in one sentence (exit code 2)."""


def add_parser(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    plan = sub.add_parser(
        "plan",
        help=QT_TRANSLATE_NOOP(
            "cli", "propose visits for a period, as Plan visits… does (--accept writes them)"
        ),
    )
    plan.set_defaults(plan_handler=run)
    plan.add_argument("--db", required=True, metavar="PATH_OR_URL")
    plan.add_argument(
        "--from",
        dest="first",
        metavar="YYYY-MM-DD",
        help=QT_TRANSLATE_NOOP("cli", "first day (default: this week on a Monday, else next)"),
    )
    plan.add_argument(
        "--to",
        dest="last",
        metavar="YYYY-MM-DD",
        help=QT_TRANSLATE_NOOP("cli", "last day (default: the end of the first day's week)"),
    )
    plan.add_argument(
        "--country",
        metavar="CODE",
        help=QT_TRANSLATE_NOOP(
            "cli",
            "whose public holidays take no new visits: NL, VN, CN… or none "
            "(default: as Plan visits… last used)",
        ),
    )
    plan.add_argument(
        "--region",
        metavar="CODE",
        help=QT_TRANSLATE_NOOP("cli", "the country's region whose holidays apply too (BY…)"),
    )
    plan.add_argument(
        "--days-off",
        metavar="DAYS",
        help=QT_TRANSLATE_NOOP(
            "cli",
            "more days off, e.g. 2026-12-24,2026-12-28..2026-12-31 (added to those of "
            "Plan visits…)",
        ),
    )
    plan.add_argument(
        "--now",
        metavar="YYYY-MM-DDTHH:MM",
        help=QT_TRANSLATE_NOOP(
            "cli", "plan as at this moment: today's visits start after it (default: now)"
        ),
    )
    start = plan.add_mutually_exclusive_group()
    start.add_argument(
        "--start",
        metavar="LAT,LON",
        help=QT_TRANSLATE_NOOP(
            "cli",
            "start each day here (home or office), e.g. 10.7769,106.7009, or first-visit "
            "(default: as Plan visits… last used)",
        ),
    )
    start.add_argument(
        "--start-account",
        metavar="CODE",
        help=QT_TRANSLATE_NOOP("cli", "start each day at this account"),
    )
    plan.add_argument(
        "--no-return",
        action="store_true",
        help=QT_TRANSLATE_NOOP("cli", "end each day at its last visit, not back at the start"),
    )
    plan.add_argument(
        "--territory",
        action="append",
        default=[],
        metavar="CODE",
        help=QT_TRANSLATE_NOOP(
            "cli", "plan only the accounts of this territory and those below it (repeatable)"
        ),
    )
    plan.add_argument(
        "--account",
        action="append",
        default=[],
        metavar="CODE",
        help=QT_TRANSLATE_NOOP(
            "cli", "plan only this account and everything below it (repeatable)"
        ),
    )
    plan.add_argument(
        "--accept",
        action="store_true",
        help=QT_TRANSLATE_NOOP("cli", "write the proposed visits into the calendar"),
    )


def run(args: argparse.Namespace) -> int:
    """Propose (and with ``--accept`` write) the plan for parsed ``args``; 0 or 2."""
    from acct_desktop.services.plan_scope import UnknownScope
    from acct_desktop.services.public_holidays import UnknownCountry
    from acct_desktop.store.database import DatabaseError

    try:
        return _run(args)
    except (_Refused, UnknownCountry, UnknownScope, DatabaseError) as exc:
        print_error(exc)
        return 2


def _run(args: argparse.Namespace) -> int:
    from acct_desktop.domain.visit_plan_days import default_period, end_of_working_week
    from acct_desktop.services.visit_plans import VisitPlanner

    now = _moment(args.now)
    prefs = _preferences(args)
    soon = prefs.working_weekend_days(now.date(), now.date() + timedelta(days=13))
    first, last = default_period(now.date(), prefs.working_weekdays, soon)
    first = _day("--from", args.first) or first
    if args.first is not None:  # to the end of that day's working week
        week = prefs.working_weekend_days(first, first + timedelta(days=6))
        last = end_of_working_week(first, prefs.working_weekdays, week)
    last = _day("--to", args.last) or last
    if last < first:
        raise _Refused(say(QT_TRANSLATE_NOOP("cli", "--to must be on or after --from.")))
    db = _open(args.db)
    try:
        from acct_desktop.services.plan_scope import accounts_in_scope

        # --territory / --account narrow it as the map's lasso and the tree's right-click do
        chosen = accounts_in_scope(
            db, getattr(args, "territory", None) or (), getattr(args, "account", None) or ()
        )
        planner = VisitPlanner(db, actor_name)
        settings = _settings(prefs, first, last, getattr(args, "lang", None), planner)
        plan, names = planner.propose(settings, chosen, today=now.date(), now=now)
        for line in plan_lines(plan, names, settings):
            print(line)
        if args.accept and plan.proposed_count:
            created = planner.accept(plan)
            print(
                say(
                    QT_TRANSLATE_NOOP("cli", "%1 new visit written.")
                    if len(created) == 1
                    else QT_TRANSLATE_NOOP("cli", "%1 new visits written."),
                    figure(len(created)),
                )
            )
    finally:
        db.close()
    return 0


def _preferences(args: argparse.Namespace) -> PlanningPreferences:
    from acct_desktop.services.planning_preferences import (
        StartPoint,
        country_of_locale,
        load_planning_preferences,
        parse_days_off,
    )
    from acct_desktop.services.public_holidays import check_country

    prefs = load_planning_preferences(default_country=country_of_locale(_locale_name()))
    if args.country is not None:
        if args.country.strip().lower() == NO_COUNTRY:
            prefs = replace(prefs, country=None, region=None)
        else:
            country, region = check_country(args.country, args.region)
            prefs = replace(prefs, country=country, region=region)
    elif args.region is not None:
        if prefs.country is None:
            raise _Refused(
                say(QT_TRANSLATE_NOOP("cli", "--region needs a country: give --country too."))
            )
        prefs = replace(prefs, region=check_country(prefs.country, args.region)[1])
    if args.days_off:
        try:
            extra = parse_days_off(args.days_off)
        except ValueError as exc:
            raise _Refused(message_text(exc.args[0])) from None
        prefs = replace(prefs, days_off=(*prefs.days_off, *extra))
    if args.start is not None:
        prefs = replace(prefs, start=_start(args.start))
    elif args.start_account is not None:
        prefs = replace(prefs, start=StartPoint(account_code=args.start_account.strip()))
    if args.no_return:
        prefs = replace(prefs, return_to_start=False)
    return prefs


def _start(text: str):  # type: ignore[no-untyped-def]
    """``--start``: a place typed as LAT,LON, or ``first-visit``."""
    from acct_desktop.services.planning_preferences import StartPoint, parse_start_place

    if text.strip().lower() == FIRST_VISIT:
        return StartPoint()
    try:
        return StartPoint(*parse_start_place(text))
    except ValueError as exc:
        raise _Refused(
            say(QT_TRANSLATE_NOOP("cli", "%1: %2"), "--start", message_text(exc.args[0]))
        ) from None


def _settings(
    prefs: PlanningPreferences, first: date, last: date, flag: str | None, planner
) -> PlanSettings:  # type: ignore[no-untyped-def]
    """The planner's settings, the holidays named in this run's language (``--lang``), the
    day starting at the start account's place when there is one."""
    from acct_desktop.cli_language import wanted_language
    from acct_desktop.services.planning_preferences import START_ACCOUNT

    try:
        place = None
        if prefs.start.kind == START_ACCOUNT and prefs.start.account_code:
            place = planner.account_place(prefs.start.account_code)
        return prefs.settings(first, last, wanted_language(flag), place)
    except ValueError as exc:
        raise _Refused(message_text(exc.args[0])) from None


def _locale_name() -> str:
    """The system's locale name, as the GUI's QLocale.system() reads it."""
    from acct_desktop import cli_language

    if sys.platform == "win32":
        return cli_language._windows_locale_name()
    if sys.platform == "darwin":
        from PySide6.QtCore import QLocale

        return QLocale.system().name()
    return os.environ.get("LC_ALL") or os.environ.get("LC_TIME") or os.environ.get("LANG") or ""


def _moment(text: str | None) -> datetime:
    if text is None:
        return datetime.now()
    try:
        moment = datetime.fromisoformat(text.strip())
    except ValueError:
        raise _Refused(
            say(
                QT_TRANSLATE_NOOP("cli", "%1 must be a day and time like %2, not %3."),
                "--now",
                "2026-12-21T10:07",
                repr(text),
            )
        ) from None
    return moment.replace(tzinfo=None) if moment.tzinfo is None else _local(moment)


def _local(moment: datetime) -> datetime:
    return moment.astimezone().replace(tzinfo=None)


def _day(flag: str, text: str | None) -> date | None:
    if text is None:
        return None
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise _Refused(
            say(
                QT_TRANSLATE_NOOP("cli", "%1 must be a day like %2, not %3."),
                flag,
                "2026-12-21",
                repr(text),
            )
        ) from None


def _open(target: str):  # type: ignore[no-untyped-def]
    from acct_desktop.services.secrets import with_stored_password
    from acct_desktop.store.database import open_database

    return open_database(with_stored_password(target), create=False)


# -- what is printed ----------------------------------------------------------------------


def plan_lines(plan: Plan, names: dict, settings: PlanSettings) -> list[str]:  # type: ignore[type-arg]
    """The plan as lines: a summary, the days skipped, each day's visits, the accounts left
    out by reason (names of the reasons one can act on, counts of "not due")."""
    from acct_desktop.domain.visit_plan_model import group_heading, short_date
    from acct_desktop.domain.visit_planning import Reason, ReasonKind

    lines = [
        say(
            QT_TRANSLATE_NOOP("cli", "Plan %1 – %2: %3 new, %4 already booked, about %5 km."),
            message_text(short_date(settings.first_day)),
            message_text(short_date(settings.last_day)),
            figure(plan.proposed_count),
            figure(plan.visit_count - plan.proposed_count),
            figure(plan.new_km_shown),  # the drives of the days with new visits, as shown
        )
    ]
    working_weekend = sorted(settings.working_weekend_days)
    if working_weekend:
        lines.append(
            say(
                QT_TRANSLATE_NOOP(
                    "cli", "Official working weekend days, planned as working days: %1"
                ),
                ", ".join(message_text(short_date(day)) for day in working_weekend),
            )
        )
    for skipped in plan.skipped:
        lines.append(
            say(
                QT_TRANSLATE_NOOP("cli", "No new visits on %1 — %2"),
                message_text(short_date(skipped.day)),
                message_text(skipped.reason.text),
            )
        )
    for day in plan.days:
        lines.append("")
        lines.append(message_text(short_date(day.day)))
        lines += [f"  ⚠ {message_text(w.text)}" for w in day.warnings]
        for visit in day.visits:
            when = f"{visit.start:%H:%M}–{visit.end:%H:%M}"
            mark = "*" if not visit.fixed else " "
            why = "; ".join(message_text(reason.text) for reason in visit.reasons)
            lines.append(
                f"  {mark}{visit.order_in_day}. {when}  {names.get(visit.account_id, '?')}  ({why})"
            )
    groups: dict[ReasonKind, list[str]] = defaultdict(list)
    reasons: dict[ReasonKind, list[Reason]] = defaultdict(list)
    for left in plan.unplanned:
        groups[left.reason.kind].append(names.get(left.account_id, "?"))
        reasons[left.reason.kind].append(left.reason)
    if groups:
        lines.append("")
        lines.append(say(QT_TRANSLATE_NOOP("cli", "Not planned: %1"), figure(len(plan.unplanned))))
    for kind, members in sorted(groups.items(), key=lambda g: (g[0] is ReasonKind.NOT_DUE, g[0])):
        title = message_text(group_heading(kind, reasons[kind]))
        lines.append(f"  {title}: {figure(len(members))}")
        if kind is ReasonKind.NOT_DUE:
            continue
        shown = sorted(members, key=str.casefold)[:MAX_NAMES_SHOWN]
        lines += [f"    {name}" for name in shown]
        if len(members) > len(shown):
            lines.append(
                "    "
                + say(QT_TRANSLATE_NOOP("cli", "… and %1 more"), figure(len(members) - len(shown)))
            )
    return lines
