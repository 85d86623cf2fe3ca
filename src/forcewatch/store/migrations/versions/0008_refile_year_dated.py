"""merge: incidents with a mention dated only to a year filed again

Revision ID: 0008
Revises: 0007

A date known only to its year no longer spans the year's 53 weeks in the merge's blocking
(``merge.match.merge_days``): such a mention is placed in the month before its report, as an
undated one is. The incidents holding one are still filed under every week of that year; their
keys are emptied, and the next ``forcewatch merge`` files them again (``merge.run._file_unfiled``).
Links and incidents are untouched.
"""

from __future__ import annotations

from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

_YEAR_DATED = """
    DELETE FROM incident_keys WHERE incident_id IN (
        SELECT l.incident_id FROM incident_links l JOIN mentions m ON m.id = l.mention_id
        WHERE m.date_precision = 'year' OR length(m.date) = 4
    )
"""


def upgrade() -> None:
    op.execute(_YEAR_DATED)


def downgrade() -> None:
    op.execute(_YEAR_DATED)  # the older merge files them again under the year's weeks
