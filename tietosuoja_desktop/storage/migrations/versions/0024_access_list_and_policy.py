"""the access list with confidentiality undertakings, the data protection policy

Revision ID: 0024
Revises: 0023
Create Date: 2026-12-07 03:30:00

Adds ``access_holder``: each person or firm with access to personal data (domain/access_list.py),
``access_holder_register``: the registers each can reach, ``access_undertaking``: the signed
confidentiality undertaking archived with its SHA-256, ``policy_addition``: the user's own words
per section of the data protection policy, and ``policy_version``: the policy's numbered, dated
versions with the archived PDF of each (domain/policy.py). Nothing existing changes.
"""

import sqlalchemy as sa
from alembic import op

revision = "0024"
down_revision = "0023"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "access_holder",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("role", sa.String(length=30), nullable=False),
        sa.Column("reach", sa.Text(), nullable=False),
        sa.Column("undertaking_on", sa.Date(), nullable=True),
        sa.Column("briefed_on", sa.Date(), nullable=True),
        sa.Column("active_from", sa.Date(), nullable=True),
        sa.Column("active_to", sa.Date(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_access_holder")),
    )
    op.create_table(
        "access_holder_register",
        sa.Column("holder_id", sa.Integer(), nullable=False),
        sa.Column("register_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["holder_id"],
            ["access_holder.id"],
            name=op.f("fk_access_holder_register_holder_id_access_holder"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["register_id"],
            ["register_description.id"],
            name=op.f("fk_access_holder_register_register_id_register_description"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("holder_id", "register_id", name=op.f("pk_access_holder_register")),
    )
    op.create_index(
        op.f("ix_access_holder_register_register_id"),
        "access_holder_register",
        ["register_id"],
        unique=False,
    )
    op.create_table(
        "access_undertaking",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("holder_id", sa.Integer(), nullable=False),
        sa.Column("filename", sa.String(length=255), nullable=False),
        sa.Column("added_at", sa.DateTime(), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(
            ["holder_id"],
            ["access_holder.id"],
            name=op.f("fk_access_undertaking_holder_id_access_holder"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_access_undertaking")),
        sqlite_autoincrement=True,
    )
    op.create_index(
        op.f("ix_access_undertaking_holder_id"), "access_undertaking", ["holder_id"], unique=True
    )
    op.create_table(
        "policy_addition",
        sa.Column("section", sa.String(length=30), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("section", name=op.f("pk_policy_addition")),
    )
    op.create_table(
        "policy_version",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("dated", sa.Date(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("document_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["document_id"],
            ["document_archive.id"],
            name=op.f("fk_policy_version_document_id_document_archive"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_policy_version")),
        sa.UniqueConstraint("number", name=op.f("uq_policy_version_number")),
    )


def downgrade() -> None:
    op.drop_table("policy_version")
    op.drop_table("policy_addition")
    op.drop_index(op.f("ix_access_undertaking_holder_id"), table_name="access_undertaking")
    op.drop_table("access_undertaking")
    op.drop_index(
        op.f("ix_access_holder_register_register_id"), table_name="access_holder_register"
    )
    op.drop_table("access_holder_register")
    op.drop_table("access_holder")
