"""merge at scale: incident_keys (blocking keys looked up by index)

Revision ID: 0005
Revises: 0004

An existing database gets the table empty; the next ``forcewatch merge`` files the incidents it
has under their keys before merging (``merge.run``), once.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "incident_keys",
        sa.Column("key", sa.BigInteger(), nullable=False),
        sa.Column("incident_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["incident_id"], ["incidents.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("key", "incident_id"),
    )
    op.create_index("ix_incident_keys_incident_id", "incident_keys", ["incident_id"])


def downgrade() -> None:
    op.drop_index("ix_incident_keys_incident_id", "incident_keys")
    op.drop_table("incident_keys")
