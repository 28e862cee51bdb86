"""outbox addresses lower-cased and indexed

Queueing an automatic reply counts the recent ones to the same address (the
rate limit). That count compared lower(to_address) and so scanned the whole
outbox for every message queued. Addresses are now stored lower-cased and
the count is an index lookup.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-30 08:00:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute(sa.text("UPDATE outbox SET to_address = lower(to_address) WHERE to_address <> lower(to_address)"))
    op.create_index('ix_outbox_to_address', 'outbox', ['to_address'], unique=False)


def downgrade() -> None:
    # The lower-casing stays: the addresses were compared case-insensitively before too.
    op.drop_index('ix_outbox_to_address', table_name='outbox')
