"""Shared set-up for the vCard and privacy tests: a database with accounts, contacts with
every kind of detail, and a dump of what is stored about contacts."""

from __future__ import annotations

import uuid
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import selectinload

from acct_desktop.domain import enums as e
from acct_desktop.store import models as m
from acct_desktop.store.database import Database
from acct_desktop.store.models.contacts import ContactDetailKind as K

FIXTURES = Path(__file__).parent.parent / "fixtures" / "vcards"


def add_account(db: Database, code: str, name: str) -> uuid.UUID:
    with db.session() as session:
        account = m.Account(
            code=code,
            name=name,
            kind=e.AccountKind.HEADQUARTERS,
            channel=e.Channel.DISTRIBUTOR,
            tier=e.Tier.A,
            currency="EUR",
        )
        session.add(account)
        session.flush()
        return account.id


def _details(*rows: tuple[K, str | None, str]) -> list[m.ContactDetail]:
    return [
        m.ContactDetail(kind=kind, label=label, value=value, position=position)
        for position, (kind, label, value) in enumerate(rows)
    ]


def add_three_people(db: Database, account_id: uuid.UUID) -> dict[str, uuid.UUID]:
    """A Vietnamese director, a Dutch buyer reporting to her and a Chinese engineer
    reporting to him, each with several phones, e-mails, addresses and messenger ids (in
    the order an import stores them: phones, e-mails, addresses, web, messengers)."""
    with db.session() as session:
        boss = m.Contact(
            account_id=account_id,
            name="Nguyễn Thị Minh Khai",
            title="Giám đốc điều hành",
            department="Ban Giám đốc; khối kinh doanh, miền Nam",
            phone="+84 28 3823 4567",
            email="khai.nguyen@saigonoil.example.vn",
            messenger_id="zalo:0903123456",
            dmu_role=e.DmuRole.DECISION_MAKER,
            attitude=e.Attitude.CHAMPION,
            influence=5,
            last_contacted_on=date(2026, 11, 20),
            notes="Thích cà phê sữa đá, gặp buổi sáng.\nKhông gọi sau 18:00; nhắn Zalo.",
        )
        boss.details = _details(
            (K.PHONE, "cell", "+84 903 123 456"),
            (K.PHONE, "fax", "+84 28 3823 4599"),
            (K.PHONE, "trợ lý", "+84 28 3823 4500"),
            (K.PHONE, None, "1900 1234"),
            (K.EMAIL, "home", "minhkhai75@gmail.example.com"),
            (K.EMAIL, "trợ lý", "troly.giamdoc@saigonoil.example.vn"),
            (K.ADDRESS, "work", "Số 8 Lê Lợi, Quận 1, TP. Hồ Chí Minh, 700000, Việt Nam"),
            (K.ADDRESS, "home", "12/3 Nguyễn Đình Chiểu; P. Đa Kao, Quận 1"),
            (K.ADDRESS, "kho", "KCN Tân Tạo, Bình Tân"),
            (K.URL, "work", "https://saigonoil.example.vn"),
            (K.MESSENGER, "wechat", "khai_sg"),
        )
        session.add(boss)
        session.flush()
        buyer = m.Contact(
            account_id=account_id,
            name="Jan-Willem van 't Hoff",
            title="Hoofd inkoop",
            department="Inkoop & logistiek",
            phone="+31 (40) 123 4567",
            email="jw.vanthoff@smeerolie-brabant.example.nl",
            messenger_id="jwvanthoff",
            dmu_role=e.DmuRole.BUYER,
            attitude=e.Attitude.SCEPTIC,
            influence=3,
            reports_to_id=boss.id,
            notes="Vraagt altijd naar de staffelkorting, café De Zwaan in Eindhoven." * 3,
        )
        buyer.details = _details(
            (K.PHONE, "cell", "+31 6 1234 5678"),
            (K.PHONE, "home", "+31 40 765 4321"),
            (K.EMAIL, "privé", "jwvanthoff@hotmail.example.com"),
            (K.ADDRESS, "work", "Industrieweg 12, 5651 GK Eindhoven, Nederland"),
            (K.MESSENGER, "skype", "live:jw.vanthoff"),
        )
        session.add(buyer)
        session.flush()
        engineer = m.Contact(
            account_id=account_id,
            name="欧阳建国",
            title="技术经理",
            department="技术部",
            phone="+86 20 8888 6666",
            email="jianguo.ouyang@crv.example.cn",
            messenger_id="wechat:wxid_jianguo",
            dmu_role=e.DmuRole.TECHNICAL,
            attitude=e.Attitude.SUPPORTER,
            influence=4,
            reports_to_id=buyer.id,
            notes="每月第一周拜访；喜欢普洱茶。\n负责机油认证（5W-30，0W-20）。",
        )
        engineer.details = _details(
            (K.PHONE, "cell", "+86 138 0013 8000"),
            (K.PHONE, "微信电话", "+86 139 0000 1111"),
            (K.EMAIL, "home", "ouyang1978@qq.example.com"),
            (K.EMAIL, None, "jg.ouyang@163.example.com"),
            (K.ADDRESS, "work", "白云区广园中路 8号, 广州市, 广东省, 510000, 中国"),
            (K.ADDRESS, "home", "天河区体育西路 100号"),
            (K.MESSENGER, "qq", "10001234"),
        )
        session.add(engineer)
        return {"boss": boss.id, "buyer": buyer.id, "engineer": engineer.id}


FIELDS = (
    "id",
    "name",
    "title",
    "department",
    "phone",
    "email",
    "messenger_id",
    "notes",
    "dmu_role",
    "attitude",
    "influence",
    "reports_to_id",
    "last_contacted_on",
)


def stored_contacts(db: Database, account_code: str | None = None) -> list[dict[str, Any]]:
    """Every contact (of one account) with every field we import, and its details."""
    query = select(m.Contact).options(selectinload(m.Contact.details)).order_by(m.Contact.name)
    if account_code is not None:
        query = query.join(m.Account).where(m.Account.code == account_code)
    with db.session() as session:
        return [
            {f: getattr(c, f) for f in FIELDS}
            | {"details": [(d.kind, d.label, d.value, d.position) for d in c.details]}
            for c in session.scalars(query)
        ]


def row_counts(db: Database) -> tuple[int, ...]:
    """Contacts, details and audit events: what an import may write."""
    with db.session() as session:
        return tuple(
            session.scalar(select(func.count()).select_from(model))
            for model in (m.Contact, m.ContactDetail, m.AuditEvent)
        )
