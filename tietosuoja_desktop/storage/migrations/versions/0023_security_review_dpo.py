"""Security review and DPO decision

Revision ID: 0023
Revises: 0022
Create Date: 2026-12-07 09:00:00

Adds the dated security reviews (Art 32; ``security_review`` with the registers each covers in
``security_review_register`` and one ``security_risk`` per risk gone through;
domain/security_review.py) and the business's Art 37 decision on a data protection officer
(``dpo_decision``, one row, with one ``dpo_answer`` per Art 37(1) question;
domain/dpo_decision.py). Existing registers have neither: nothing to move.
"""

import sqlalchemy as sa
from alembic import op

revision = "0023"
down_revision = "0022"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "security_review",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("reviewed_on", sa.Date(), nullable=False),
        sa.Column("reviewer", sa.String(length=500), nullable=False),
        sa.Column("next_review", sa.Date(), nullable=False),
        sa.Column("backups", sa.Text(), nullable=False),
        sa.Column("app_encrypted", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_security_review")),
    )
    op.create_table(
        "security_review_register",
        sa.Column("review_id", sa.Integer(), nullable=False),
        sa.Column("register_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["review_id"],
            ["security_review.id"],
            name=op.f("fk_security_review_register_review_id_security_review"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["register_id"],
            ["register_description.id"],
            name=op.f("fk_security_review_register_register_id_register_description"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint(
            "review_id", "register_id", name=op.f("pk_security_review_register")
        ),
    )
    op.create_table(
        "security_risk",
        sa.Column("review_id", sa.Integer(), nullable=False),
        sa.Column("risk", sa.String(length=40), nullable=False),
        sa.Column("measures", sa.String(length=300), nullable=False),
        sa.Column("other", sa.Text(), nullable=False),
        sa.Column("residual", sa.String(length=10), nullable=False),
        sa.ForeignKeyConstraint(
            ["review_id"],
            ["security_review.id"],
            name=op.f("fk_security_risk_review_id_security_review"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("review_id", "risk", name=op.f("pk_security_risk")),
    )
    op.create_table(
        "dpo_decision",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("conclusion", sa.String(length=20), nullable=False),
        sa.Column("decided_on", sa.Date(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_dpo_decision")),
    )
    op.create_table(
        "dpo_answer",
        sa.Column("decision_id", sa.Integer(), nullable=False),
        sa.Column("question", sa.String(length=40), nullable=False),
        sa.Column("applies", sa.Boolean(), nullable=False),
        sa.Column("reasoning", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["decision_id"],
            ["dpo_decision.id"],
            name=op.f("fk_dpo_answer_decision_id_dpo_decision"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("decision_id", "question", name=op.f("pk_dpo_answer")),
    )


def downgrade() -> None:
    op.drop_table("dpo_answer")
    op.drop_table("dpo_decision")
    op.drop_table("security_risk")
    op.drop_table("security_review_register")
    op.drop_table("security_review")
