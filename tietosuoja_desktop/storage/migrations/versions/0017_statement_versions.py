"""dated statement versions

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-09 09:00:00

Adds ``statement_version``: each privacy statement export is a version of its register's
statement, numbered from 1, with its own date and change note (domain/statement_versions.py).
Statements already archived become the versions they were: numbered per register in the order
they were made, dated the day they were made, with no note.
"""

import sqlalchemy as sa
from alembic import op

revision = "0017"
down_revision = "0016"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "statement_version",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("register_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("dated", sa.Date(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("document_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["document_id"],
            ["document_archive.id"],
            name=op.f("fk_statement_version_document_id_document_archive"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["register_id"],
            ["register_description.id"],
            name=op.f("fk_statement_version_register_id_register_description"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_statement_version")),
        sa.UniqueConstraint(
            "register_id", "number", name=op.f("uq_statement_version_register_id")
        ),
    )
    connection = op.get_bind()
    archived = connection.execute(
        sa.text(
            "SELECT id, register_id, created_at FROM document_archive "
            "WHERE kind = 'statement' AND register_id IS NOT NULL ORDER BY created_at, id"
        )
    ).fetchall()
    numbers: dict[int, int] = {}
    for document_id, register_id, created_at in archived:
        numbers[register_id] = numbers.get(register_id, 0) + 1
        connection.execute(
            sa.text(
                "INSERT INTO statement_version (register_id, number, dated, note, document_id) "
                "VALUES (:register, :number, :dated, '', :document)"
            ),
            {
                "register": register_id,
                "number": numbers[register_id],
                "dated": str(created_at)[:10],  # stored as ISO text: the date part
                "document": document_id,
            },
        )


def downgrade() -> None:
    op.drop_table("statement_version")
