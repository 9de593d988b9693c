"""audit log hash chain

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-03 18:40:00

Adds ``prev_hash`` and ``hash`` to ``audit_log`` and chains the entries already there, in id
order. The hash is written out here rather than imported from the app (domain/audit_chain.py),
so this migration keeps producing the same chain whatever later versions change; the test
tests/unit/storage/test_audit_chain_migration.py checks that the two agree.
"""

import hashlib
import json
from datetime import datetime

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

GENESIS = "0" * 64
BATCH = 5000


def _hash(prev_hash, at, action, entity, entity_id, fields):
    moment = datetime.fromisoformat(at) if isinstance(at, str) else at
    payload = json.dumps(
        {
            "action": action,
            "at": moment.replace(tzinfo=None).isoformat(timespec="microseconds"),
            "entity": entity,
            "entity_id": entity_id,
            "fields": fields,
            "prev_hash": prev_hash,
        },
        sort_keys=True,
        separators=(",", ":"),
        ensure_ascii=False,
    )
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def upgrade() -> None:
    # Plain ALTER TABLE (no batch rebuild of a table that may hold 100,000 rows).
    op.add_column(
        "audit_log",
        sa.Column("prev_hash", sa.String(length=64), nullable=False, server_default=sa.text("''")),
    )
    op.add_column(
        "audit_log",
        sa.Column("hash", sa.String(length=64), nullable=False, server_default=sa.text("''")),
    )
    connection = op.get_bind()
    rows = connection.exec_driver_sql(
        "SELECT id, at, action, entity, entity_id, fields FROM audit_log ORDER BY id"
    ).fetchall()
    previous, updates = GENESIS, []
    for id_, at, action, entity, entity_id, fields in rows:
        digest = _hash(previous, at, action, entity, entity_id, fields)
        updates.append((previous, digest, id_))
        previous = digest
    for start in range(0, len(updates), BATCH):
        connection.exec_driver_sql(
            "UPDATE audit_log SET prev_hash = ?, hash = ? WHERE id = ?",
            updates[start : start + BATCH],
        )


def downgrade() -> None:
    # SQLite >= 3.35 drops a plain column in place.
    op.execute("ALTER TABLE audit_log DROP COLUMN hash")
    op.execute("ALTER TABLE audit_log DROP COLUMN prev_hash")
