"""work queue indexes

Several workers claim stored ledger rows and due outbox rows many times a
minute. The ledger keeps every item ever seen, so without these the claims
scan a table that only grows; the partial index holds just the rows waiting.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-30 07:00:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None

STORED = sa.text("status = 'stored'")
QUEUED = sa.text("status = 'queued'")


def upgrade() -> None:
    # Partial indexes exist on both SQLite (3.8+) and PostgreSQL.
    op.create_index('ix_inbound_item_queue', 'inbound_item', ['id'], unique=False,
                    postgresql_where=STORED, sqlite_where=STORED)
    op.create_index('ix_outbox_queue', 'outbox', ['next_attempt_at', 'id'], unique=False,
                    postgresql_where=QUEUED, sqlite_where=QUEUED)


def downgrade() -> None:
    op.drop_index('ix_outbox_queue', table_name='outbox')
    op.drop_index('ix_inbound_item_queue', table_name='inbound_item')
