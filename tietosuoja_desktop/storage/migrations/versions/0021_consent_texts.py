"""versioned consent texts, archived consent evidence

Revision ID: 0021
Revises: 0020
Create Date: 2026-12-10 09:00:00

Adds ``consent_text``: each register's consent texts in Finnish, Swedish and English, numbered
from 1 per register and valid from their own day (domain/consent_texts.py), and
``consent_evidence``: the evidence file of a consent or withdrawal, archived with its SHA-256.
Consents gain the text version agreed to and the statement version in force that day; the
consents already recorded have neither ("text not recorded") and keep what they had.
"""

import sqlalchemy as sa
from alembic import op

revision = "0021"
down_revision = "0020"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "consent_text",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("register_id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("valid_from", sa.Date(), nullable=False),
        sa.Column("text_fi", sa.Text(), nullable=False),
        sa.Column("text_sv", sa.Text(), nullable=False),
        sa.Column("text_en", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["register_id"],
            ["register_description.id"],
            name=op.f("fk_consent_text_register_id_register_description"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_consent_text")),
        sa.UniqueConstraint("register_id", "version", name=op.f("uq_consent_text_register_id")),
    )
    op.create_table(
        "consent_evidence",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("consent_id", sa.Integer(), nullable=False),
        sa.Column("filename", sa.String(length=255), nullable=False),
        sa.Column("added_at", sa.DateTime(), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(
            ["consent_id"],
            ["consent_event.id"],
            name=op.f("fk_consent_evidence_consent_id_consent_event"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_consent_evidence")),
        sqlite_autoincrement=True,
    )
    op.create_index(
        op.f("ix_consent_evidence_consent_id"), "consent_evidence", ["consent_id"], unique=True
    )
    with op.batch_alter_table("consent_event") as batch:
        batch.add_column(sa.Column("consent_text_id", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("statement_version_id", sa.Integer(), nullable=True))
        batch.create_foreign_key(
            op.f("fk_consent_event_consent_text_id_consent_text"),
            "consent_text",
            ["consent_text_id"],
            ["id"],
            ondelete="SET NULL",
        )
        batch.create_foreign_key(
            op.f("fk_consent_event_statement_version_id_statement_version"),
            "statement_version",
            ["statement_version_id"],
            ["id"],
            ondelete="SET NULL",
        )


def downgrade() -> None:
    with op.batch_alter_table("consent_event") as batch:
        batch.drop_constraint(
            op.f("fk_consent_event_statement_version_id_statement_version"), type_="foreignkey"
        )
        batch.drop_constraint(op.f("fk_consent_event_consent_text_id_consent_text"), type_="foreignkey")
        batch.drop_column("statement_version_id")
        batch.drop_column("consent_text_id")
    op.drop_index(op.f("ix_consent_evidence_consent_id"), table_name="consent_evidence")
    op.drop_table("consent_evidence")
    op.drop_table("consent_text")
