"""explicit answers in register descriptions; organisational security measures

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-06 10:00:00

A statement no longer prints "no" where the user said nothing. Transfers outside the EU/EEA,
whether the data must be given, automated decisions and profiling each get an answer column
(``unanswered``, ``no``, ``yes``; transfers also ``when_necessary``), replacing the old
``transfers_outside_eea`` flag. The rule for what an existing register answered:

- transfers: a set flag is ``yes``. A cleared flag is ``no`` only when the audit log shows the
  user changed the flag (an ``update`` of the register naming ``transfers_outside_eea``); a flag
  that was never touched is the old default and becomes ``unanswered``.
- whether data must be given, automated decisions: a text the user wrote is their answer
  (``yes``, and the text prints as before); an empty text printed the old default sentence and
  becomes ``unanswered``.
- profiling had no field of its own: ``unanswered``.

``security_organisational`` is the new section between manual and electronic measures.
"""

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

ANSWERS = ("transfers", "provision_required", "automated", "profiling")
TOUCHED_TRANSFERS = (
    "EXISTS (SELECT 1 FROM audit_log a WHERE a.entity = 'register' "
    "AND a.entity_id = register_description.id AND a.action = 'update' "
    "AND ',' || a.fields || ',' LIKE '%,transfers_outside_eea,%')"
)


def upgrade() -> None:
    for name in ANSWERS:
        op.add_column(
            "register_description",
            sa.Column(name, sa.String(length=20), nullable=False, server_default="unanswered"),
        )
    op.add_column(
        "register_description",
        sa.Column(
            "security_organisational", sa.Text(), nullable=False, server_default=sa.text("''")
        ),
    )
    op.execute(
        "UPDATE register_description SET transfers = CASE "
        "WHEN transfers_outside_eea THEN 'yes' "
        f"WHEN {TOUCHED_TRANSFERS} THEN 'no' ELSE 'unanswered' END"
    )
    op.execute(
        "UPDATE register_description SET provision_required = 'yes' "
        "WHERE trim(statutory_requirement) <> ''"
    )
    op.execute(
        "UPDATE register_description SET automated = 'yes' WHERE trim(automated_decisions) <> ''"
    )
    # SQLite drops a plain column in place (3.35+): no table copy, the foreign keys stay.
    op.execute("ALTER TABLE register_description DROP COLUMN transfers_outside_eea")


def downgrade() -> None:
    op.execute(
        "ALTER TABLE register_description "
        "ADD COLUMN transfers_outside_eea BOOLEAN NOT NULL DEFAULT 0"
    )
    op.execute(
        "UPDATE register_description SET transfers_outside_eea = "
        "transfers IN ('yes', 'when_necessary')"
    )
    for name in (*ANSWERS, "security_organisational"):
        op.execute(f"ALTER TABLE register_description DROP COLUMN {name}")
