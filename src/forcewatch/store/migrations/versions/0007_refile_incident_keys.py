"""merge: incident keys filed again (names by state, counts by town, days that do not drift)

Revision ID: 0007
Revises: 0006

The keys of an incident changed form: a victim's name is filed with the incident's state, a
count of dead with its town, and an incident's weeks are those of days that no longer drift
with each report a day off. The keys are emptied; the next ``forcewatch merge`` files every
incident under its keys again before merging (``merge.run._file_unfiled``), once, in chunks.
Links and incidents are untouched.
"""

from __future__ import annotations

from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("DELETE FROM incident_keys")


def downgrade() -> None:
    op.execute("DELETE FROM incident_keys")  # the older merge files them again the same way
