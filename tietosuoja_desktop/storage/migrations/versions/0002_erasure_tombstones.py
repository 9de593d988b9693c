"""erasure tombstones: what restoring a backup needs to erase someone again

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22 03:00:00
"""

from alembic import op
import sqlalchemy as sa


revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "erasure_tombstone",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("token", sa.String(length=32), nullable=False),
        sa.Column("erased_at", sa.DateTime(), nullable=False),
        sa.Column("customer_hash", sa.String(length=64), nullable=False),
        sa.Column("email_hash", sa.String(length=64), nullable=True),
        sa.Column("phone_hash", sa.String(length=64), nullable=True),
        sa.Column("personal_id_hash", sa.String(length=64), nullable=True),
        sa.Column("business_id_hash", sa.String(length=64), nullable=True),
        sa.Column("organisation", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_erasure_tombstone")),
        sa.UniqueConstraint("token", name=op.f("uq_erasure_tombstone_token")),
    )


def downgrade() -> None:
    op.drop_table("erasure_tombstone")
