"""The kind of a contact's main phone number

``contact.phone`` held the number alone, so a mobile number read from a vCard
(``TEL;TYPE=CELL``) came back out as a work number. ``contact.phone_label`` keeps its kind
as the vCard import reads it (``cell``, ``work``, ``home``, ``fax``, ``pager``, or a label
of the card's own such as ``WeChat``); empty means not known (written out as work, as
before).

Revision ID: 0017_contact_phone_label
Revises: 0016_record_search
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0017_contact_phone_label"
down_revision = "0016_record_search"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("contact", schema=None) as batch_op:
        batch_op.add_column(sa.Column("phone_label", sa.String(length=60), nullable=True))


def downgrade() -> None:
    # ALTER TABLE … DROP COLUMN (SQLite 3.35+), not a batch copy of the table: a copy would
    # drop the triggers 0016 put on ``contact`` to keep global search current.
    op.drop_column("contact", "phone_label")
