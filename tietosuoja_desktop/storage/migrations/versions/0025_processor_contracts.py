"""the attached copy of a processor's contract

Revision ID: 0025
Revises: 0024
Create Date: 2026-12-07 03:30:00

Adds ``processor_contract``: one copy of each processor's Art 28 contract (a signed PDF, a
scan), archived with its file name, the time it was attached, its size and SHA-256. The
processors already recorded have none until one is attached.
"""

import sqlalchemy as sa
from alembic import op

revision = "0025"
down_revision = "0024"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "processor_contract",
        sa.Column("processor_id", sa.Integer(), nullable=False),
        sa.Column("filename", sa.String(length=255), nullable=False),
        sa.Column("added_at", sa.DateTime(), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(
            ["processor_id"],
            ["processor.id"],
            name=op.f("fk_processor_contract_processor_id_processor"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("processor_id", name=op.f("pk_processor_contract")),
    )


def downgrade() -> None:
    op.drop_table("processor_contract")
