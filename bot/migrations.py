"""The database schema as an append-only list of migrations.

Migration N (1-based) upgrades a database at `PRAGMA user_version` N-1 to N. Never edit a
migration that has shipped: append a new one. Each runs in its own transaction.
"""

from __future__ import annotations

MIGRATIONS: tuple[str, ...] = (
    # 1: chats and their display currency (used by /landed and /currency).
    """
    CREATE TABLE chats (
        chat_id    INTEGER PRIMARY KEY,
        currency   TEXT    NOT NULL DEFAULT 'USD' CHECK (length(currency) = 3),
        created_at TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
        updated_at TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
    );
    """,
    # 2: exchange rates typed with /fx, per chat, as units of the currency per 1 USD.
    """
    CREATE TABLE fx_rates (
        chat_id    INTEGER NOT NULL REFERENCES chats (chat_id) ON DELETE CASCADE,
        currency   TEXT    NOT NULL CHECK (length(currency) = 3),
        per_usd    TEXT    NOT NULL,
        updated_at TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
        PRIMARY KEY (chat_id, currency)
    );
    """,
)
