"""``acct-desktop plan`` in a subprocess on the S demo: Christmas week 2026, planned on
Monday 21 December at 10:07."""

from __future__ import annotations

import os
import re
import sqlite3
import subprocess
import sys
from datetime import date, time
from pathlib import Path

from acct_desktop.services.manager_profile import ManagerProfile, save_manager_profile
from acct_desktop.services.planning_preferences import (
    DaysOff,
    PlanningPreferences,
    save_planning_preferences,
)

WEEK = ("--from", "2026-12-21", "--to", "2026-12-26", "--now", "2026-12-21T10:07")
VISIT = re.compile(r"^  [* ]\d+\. (\d\d:\d\d)–\d\d:\d\d  ")


def plan(db: Path, *args: str, lang: str | None = None) -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    language = ["--lang", lang] if lang else []
    return subprocess.run(
        [sys.executable, "-m", "acct_desktop", *language, "plan", "--db", str(db), *args],
        capture_output=True,
        text=True,
        timeout=300,
        env=env,
    )


def days_with_new_visits(out: str) -> dict[str, list[str]]:
    """Day heading → the start times of its new (starred) visits."""
    days: dict[str, list[str]] = {}
    heading = None
    for line in out.splitlines():
        if re.fullmatch(r"\w{3} \d{1,2} \w{3}", line):
            heading = line
        elif heading and line.startswith("  *") and (match := VISIT.match(line)):
            days.setdefault(heading, []).append(match.group(1))
    return days


def test_holidays_days_off_and_now_from_the_flags(demo_db: Path) -> None:
    result = plan(demo_db, *WEEK, "--country", "NL", "--days-off", "2026-12-24")
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "No new visits on Thu 24 Dec — day off\n" in out
    assert "No new visits on Fri 25 Dec — Christmas Day\n" in out
    days = days_with_new_visits(out)
    assert set(days) <= {"Mon 21 Dec", "Tue 22 Dec", "Wed 23 Dec"}
    assert days["Mon 21 Dec"] and min(days["Mon 21 Dec"]) >= "10:15"  # after now
    # The holiday is named in the language asked for (by the holidays package itself).
    dutch = plan(demo_db, *WEEK, "--country", "NL", lang="nl")
    assert dutch.returncode == 0, dutch.stderr
    assert "Eerste kerstdag" in dutch.stdout and "Christmas Day" not in dutch.stdout
    # Without the flags (no saved settings, a C locale: no country) those days are worked.
    plain = plan(demo_db, *WEEK)
    assert plain.returncode == 0, plain.stderr
    assert "No new visits on" not in plain.stdout
    assert {"Thu 24 Dec", "Fri 25 Dec"} <= set(days_with_new_visits(plain.stdout))


def test_the_settings_of_plan_visits_are_honoured(demo_db: Path) -> None:
    save_planning_preferences(  # the data folder the subprocess reads too (tests/conftest.py)
        PlanningPreferences(
            country="VN",
            days_off=(DaysOff(date(2026, 12, 22), date(2026, 12, 23), "training"),),
            working_weekdays=frozenset(range(6)),
            day_start=time(9),
        )
    )
    result = plan(demo_db, *WEEK)
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "No new visits on Tue 22 Dec — day off: training" in out
    assert "No new visits on Wed 23 Dec — day off: training" in out
    days = days_with_new_visits(out)
    assert "Sat 26 Dec" in days  # Monday to Saturday
    assert min(t for times in days.values() for t in times) >= "09:00"
    # Christmas is no public holiday in Vietnam; --country replaces the saved country.
    assert "Fri 25 Dec" in days
    dutch = plan(demo_db, *WEEK, "--country", "nl")
    assert "No new visits on Fri 25 Dec — Christmas Day" in dutch.stdout
    assert "No new visits on Tue 22 Dec — day off: training" in dutch.stdout


def test_accept_writes_the_proposed_visits(demo_db: Path) -> None:
    def planned() -> int:
        with sqlite3.connect(demo_db) as con:
            (count,) = con.execute(
                "select count(*) from visit where planned_start >= '2026-12-21'"
                " and planned_start < '2026-12-27'"
            ).fetchone()
        return count

    before = planned()
    save_manager_profile(ManagerProfile(name="Lê Thị Thu", organisation="Acme"))
    result = plan(demo_db, *WEEK, "--country", "NL", "--accept")
    assert result.returncode == 0, result.stderr
    written = int(re.search(r"^(\d+) new visits? written\.$", result.stdout, re.M).group(1))
    assert written > 0 and planned() == before + written
    with sqlite3.connect(demo_db) as con:  # whose: the manager of My details, who accepted
        owners = con.execute(
            "select owner, count(*) from visit where owner is not null group by owner"
        ).fetchall()
    assert owners == [("Lê Thị Thu", written)]
    again = plan(demo_db, *WEEK, "--country", "NL")  # now booked: kept, nothing new on them
    assert "Plan Mon 21 Dec – Sat 26 Dec:" in again.stdout
    assert f", {written} already booked" in again.stdout


def test_a_working_saturday_in_china_is_planned_unless_it_is_a_day_off(demo_db: Path) -> None:
    # Friday 2 October 2026: next week (5–7 October National Day holidays) ends with
    # Saturday 10 October, an official working day in China (调休).
    friday = ("--now", "2026-10-02T09:00")
    result = plan(demo_db, "--country", "CN", *friday)
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert out.startswith("Plan Mon 5 Oct – Sat 10 Oct:")
    assert "Official working weekend days, planned as working days: Sat 10 Oct\n" in out
    assert "Sat 10 Oct" in days_with_new_visits(out)
    # --from a Monday runs to the end of its working week: the Saturday.
    week = plan(demo_db, "--country", "CN", *friday, "--from", "2026-10-05")
    assert week.stdout.startswith("Plan Mon 5 Oct – Sat 10 Oct:")
    day_off = plan(demo_db, "--country", "CN", *friday, "--days-off", "2026-10-10")
    assert "No new visits on Sat 10 Oct — day off\n" in day_off.stdout
    assert "Sat 10 Oct" not in days_with_new_visits(day_off.stdout)
    # Elsewhere the Saturday is no working day, even in the period.
    dutch = plan(demo_db, "--country", "NL", *friday, "--to", "2026-10-10")
    assert dutch.stdout.startswith("Plan Mon 5 Oct – Sat 10 Oct:")
    assert "Official working weekend days" not in dutch.stdout
    assert "Sat 10 Oct" not in days_with_new_visits(dutch.stdout)


def test_refusals_are_one_sentence(demo_db: Path) -> None:
    for args, said in (
        (("--country", "XX"), "No public holidays are known for the country XX"),
        (("--country", "NL", "--region", "Bayern"), "NL has no region Bayern"),
        (("--days-off", "24-12"), "“24-12” is not a day off"),
        (("--now", "tomorrow"), "--now must be a day and time like 2026-12-21T10:07"),
        (("--from", "2026-12-31", "--to", "2026-12-21"), "--to must be on or after --from."),
    ):
        result = plan(demo_db, *args)
        assert result.returncode == 2, (args, result.stdout)
        assert said in result.stderr and "Traceback" not in result.stderr


def new_visit_names(out: str) -> set[str]:
    names = set()
    for line in out.splitlines():
        if line.startswith("  *") and VISIT.match(line):
            names.add(re.split(r"  \(", VISIT.sub("", line), maxsplit=1)[0].strip())
    return names


def test_territory_and_account_narrow_the_plan_as_the_gui_does(demo_db: Path) -> None:
    """``--territory NL``: only accounts of the Netherlands and its regions; ``--account
    CODE``: that account and everything below it (repeatable); unknown codes refused."""
    with sqlite3.connect(demo_db) as con:
        territory_of = dict(
            con.execute(
                "select a.name, coalesce(p.code, t.code) from account a join territory t on"
                " t.id = a.territory_id left join territory p on p.id = t.parent_id"
            ).fetchall()
        )
        parent = con.execute(  # an account with branches below it
            "select p.id, p.code from account p where exists"
            " (select 1 from account c where c.parent_id = p.id) order by p.code limit 1"
        ).fetchone()
        below = {
            name
            for (name,) in con.execute(
                "with recursive t(id) as (select ?1 union all select c.id from account c"
                " join t on c.parent_id = t.id) select a.name from account a join t on a.id = t.id",
                (parent[0],),
            )
        }
    everyone = plan(demo_db, *WEEK, "--country", "none")
    assert {territory_of[n] for n in new_visit_names(everyone.stdout)} != {"NL"}
    dutch = plan(demo_db, *WEEK, "--country", "none", "--territory", "NL")
    assert dutch.returncode == 0, dutch.stderr
    assert new_visit_names(dutch.stdout)
    assert {territory_of[n] for n in new_visit_names(dutch.stdout)} == {"NL"}
    chain = plan(demo_db, *WEEK, "--country", "none", "--account", parent[1])
    assert chain.returncode == 0, chain.stderr
    assert new_visit_names(chain.stdout) and new_visit_names(chain.stdout) <= below
    for args, said in (
        (("--territory", "XX-99"), "No territory has the code XX-99."),
        (("--account", "NOPE-1"), "No account has the code “NOPE-1”."),
    ):
        result = plan(demo_db, *WEEK, *args)
        assert result.returncode == 2, (args, result.stdout)
        assert said in result.stderr and "Traceback" not in result.stderr


def test_the_days_whose_booked_visits_clash_are_counted_as_the_plan_dialog_does(
    demo_db: Path,
) -> None:
    """Two visits at once, 100 km apart, on each of five days: "on 5 days …", never "on 1
    day" (the heading of the group is the dialog's own)."""
    from datetime import UTC, datetime, timedelta

    from sqlalchemy import select

    from acct_desktop.domain.enums import VisitPurpose, VisitStatus
    from acct_desktop.store.database import open_database
    from acct_desktop.store.models import Account, Visit

    db = open_database(demo_db)
    try:
        with db.session() as session:
            two = session.scalars(
                select(Account.id).where(Account.country_code == "NL").order_by(Account.code)
            ).all()[:2]
            for day in range(11, 16):  # Monday 11 to Friday 15 January 2027
                start = datetime(2027, 1, day, 9, tzinfo=UTC)
                for account in two:
                    session.add(
                        Visit(
                            account_id=account,
                            planned_start=start,
                            planned_end=start + timedelta(hours=1),
                            purpose=VisitPurpose.SERVICE,
                            status=VisitStatus.PLANNED,
                        )
                    )
    finally:
        db.close()
    week = ("--from", "2027-01-11", "--to", "2027-01-15", "--country", "none")
    english = plan(demo_db, *week)
    assert english.returncode == 0, english.stderr
    assert "  no room left: on 5 days the visits already booked clash" in english.stdout
    assert "on 1 day" not in english.stdout
    dutch = plan(demo_db, *week, lang="nl")
    assert dutch.returncode == 0, dutch.stderr
    assert "  geen ruimte meer: op 5 dagen botsen de al geboekte bezoeken" in dutch.stdout
