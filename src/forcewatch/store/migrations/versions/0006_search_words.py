"""full-text search with the same answers on SQLite and PostgreSQL: documents.words

Revision ID: 0006
Revises: 0005

Both databases now match forcewatch's own words (``text.search_words``: folded, stemmed in the
report's language) instead of their own tokenizers: FTS5 over ``documents.words`` on SQLite, a GIN
index over ``to_tsvector('simple', words)`` on PostgreSQL. Incidents' ``search_text`` is folded
the same way. Existing rows are filled here, a thousand at a time.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from forcewatch.text import fold, search_words

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    bind = op.get_bind()
    sqlite = bind.dialect.name == "sqlite"
    if sqlite:
        for name in ("documents_fts_insert", "documents_fts_delete", "documents_fts_update"):
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
        op.execute("DROP TABLE IF EXISTS documents_fts")
    else:
        op.execute("DROP INDEX IF EXISTS ix_documents_fts")
    with op.batch_alter_table("documents") as batch:
        batch.add_column(sa.Column("words", sa.Text(), nullable=False, server_default=""))
    _fill(bind, "documents", "SELECT id, title, text, language FROM documents WHERE id > :after",
          lambda row: search_words(f"{row[1] or ''}\n{row[2] or ''}", row[3]), "words")  # fmt: skip
    _fill(bind, "incidents", "SELECT id, search_text FROM incidents WHERE id > :after",
          lambda row: fold(row[1]), "search_text")  # fmt: skip
    if sqlite:
        op.execute(
            "CREATE VIRTUAL TABLE documents_fts USING fts5("
            "words, content='documents', content_rowid='id', tokenize='unicode61')"
        )
        op.execute(
            "CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN "
            "INSERT INTO documents_fts(rowid, words) VALUES (new.id, new.words); END"
        )
        op.execute(
            "CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN "
            "INSERT INTO documents_fts(documents_fts, rowid, words) "
            "VALUES ('delete', old.id, old.words); END"
        )
        op.execute(
            "CREATE TRIGGER documents_fts_update AFTER UPDATE OF words ON documents BEGIN "
            "INSERT INTO documents_fts(documents_fts, rowid, words) "
            "VALUES ('delete', old.id, old.words); "
            "INSERT INTO documents_fts(rowid, words) VALUES (new.id, new.words); END"
        )
        op.execute("INSERT INTO documents_fts(documents_fts) VALUES ('rebuild')")
    else:
        op.execute(
            "CREATE INDEX ix_documents_fts ON documents USING gin (to_tsvector('simple', words))"
        )


def _fill(bind: sa.Connection, table: str, query: str, value: object, column: str) -> None:
    after = 0
    while True:
        rows = bind.execute(sa.text(query + " ORDER BY id LIMIT 1000"), {"after": after}).all()
        if not rows:
            return
        bind.execute(
            sa.text(f"UPDATE {table} SET {column} = :value WHERE id = :id"),
            [{"id": row[0], "value": value(row)} for row in rows],  # type: ignore[operator]
        )
        after = rows[-1][0]


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        for name in ("documents_fts_insert", "documents_fts_delete", "documents_fts_update"):
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
        op.execute("DROP TABLE IF EXISTS documents_fts")
    else:
        op.execute("DROP INDEX IF EXISTS ix_documents_fts")
    with op.batch_alter_table("documents") as batch:
        batch.drop_column("words")
    from importlib import import_module

    import_module("forcewatch.store.migrations.versions.0001_initial_schema")._full_text_search()
