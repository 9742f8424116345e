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
    # 3: /vet: suppliers per chat, dated assessments, one row per answer, forced-reply prompts.
    # Times are ISO 8601 UTC strings of one fixed form, so they sort as text.
    """
    CREATE TABLE vet_suppliers (
        supplier_id INTEGER PRIMARY KEY,
        chat_id     INTEGER NOT NULL,
        name        TEXT    NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
        name_key    TEXT    NOT NULL,
        created_at  TEXT    NOT NULL,
        UNIQUE (chat_id, name_key)
    );
    CREATE TABLE vet_assessments (
        assessment_id       INTEGER PRIMARY KEY,
        chat_id             INTEGER NOT NULL,
        supplier_id         INTEGER NOT NULL
                            REFERENCES vet_suppliers (supplier_id) ON DELETE CASCADE,
        status              TEXT    NOT NULL DEFAULT 'in_progress'
                            CHECK (status IN ('in_progress', 'finished', 'cancelled')),
        started_by          INTEGER NOT NULL,
        started_by_name     TEXT    NOT NULL,
        started_at          TEXT    NOT NULL,
        active_at           TEXT    NOT NULL,
        ended_at            TEXT,
        score               INTEGER CHECK (score BETWEEN 0 AND 100),
        band                TEXT,
        completion_percent  INTEGER CHECK (completion_percent BETWEEN 0 AND 100),
        question_message_id INTEGER
    );
    -- At most one audit of a supplier in progress: concurrent /vet NAME end in one audit.
    CREATE UNIQUE INDEX vet_one_open_audit
        ON vet_assessments (supplier_id) WHERE status = 'in_progress';
    CREATE INDEX vet_assessments_by_chat ON vet_assessments (chat_id, status);
    CREATE INDEX vet_assessments_by_supplier ON vet_assessments (supplier_id, status);
    CREATE TABLE vet_answers (
        assessment_id INTEGER NOT NULL
                      REFERENCES vet_assessments (assessment_id) ON DELETE CASCADE,
        item_id       TEXT    NOT NULL,
        value         TEXT    NOT NULL,
        answered_by   INTEGER NOT NULL,
        answered_at   TEXT    NOT NULL,
        PRIMARY KEY (assessment_id, item_id)
    ) WITHOUT ROWID;
    CREATE TABLE vet_prompts (
        chat_id       INTEGER NOT NULL,
        message_id    INTEGER NOT NULL,
        user_id       INTEGER NOT NULL,
        assessment_id INTEGER REFERENCES vet_assessments (assessment_id) ON DELETE CASCADE,
        item_id       TEXT,
        is_open       INTEGER NOT NULL DEFAULT 1 CHECK (is_open IN (0, 1)),
        asked_at      TEXT    NOT NULL,
        PRIMARY KEY (chat_id, message_id)
    ) WITHOUT ROWID;
    CREATE INDEX vet_open_prompts ON vet_prompts (chat_id, user_id) WHERE is_open = 1;
    """,
    # 4: /landed: guided estimates in progress (one per chat and person) and computed
    # estimates, unnamed until someone saves one under a name unique in its chat.
    """
    CREATE TABLE landed_drafts (
        chat_id    INTEGER NOT NULL,
        user_id    INTEGER NOT NULL,
        owner_name TEXT    NOT NULL,
        step       TEXT    NOT NULL,
        answers    TEXT    NOT NULL DEFAULT '{}',
        message_id INTEGER,
        updated_at TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
        PRIMARY KEY (chat_id, user_id)
    );
    CREATE INDEX landed_drafts_by_question ON landed_drafts (chat_id, message_id);
    CREATE TABLE landed_estimates (
        estimate_id       INTEGER PRIMARY KEY,
        chat_id           INTEGER NOT NULL,
        created_by        INTEGER NOT NULL,
        line              TEXT    NOT NULL,
        currency          TEXT    NOT NULL CHECK (length(currency) = 3),
        fx                TEXT    NOT NULL,
        figures           TEXT    NOT NULL,
        name              TEXT,
        name_key          TEXT,
        naming_user_id    INTEGER,
        naming_message_id INTEGER,
        created_at        TEXT    NOT NULL,
        saved_at          TEXT,
        CHECK ((name IS NULL) = (name_key IS NULL))
    );
    CREATE UNIQUE INDEX landed_estimates_by_name
        ON landed_estimates (chat_id, name_key) WHERE name_key IS NOT NULL;
    CREATE INDEX landed_estimates_by_chat ON landed_estimates (chat_id, estimate_id);
    """,
    # 5: /aql: "how many units?" questions asked after a /vet report, matched to replies.
    """
    CREATE TABLE aql_prompts (
        chat_id    INTEGER NOT NULL,
        message_id INTEGER NOT NULL,
        user_id    INTEGER NOT NULL,
        is_open    INTEGER NOT NULL DEFAULT 1 CHECK (is_open IN (0, 1)),
        asked_at   TEXT    NOT NULL,
        PRIMARY KEY (chat_id, message_id)
    ) WITHOUT ROWID;
    CREATE INDEX aql_open_prompts ON aql_prompts (chat_id, user_id) WHERE is_open = 1;
    """,
    # 6: scam checks (/scam): the verdict and a fingerprint, NEVER the message text.
    """
    CREATE TABLE scans (
        id          INTEGER PRIMARY KEY,
        chat_id     INTEGER NOT NULL,
        fingerprint TEXT    NOT NULL CHECK (length(fingerprint) = 64),
        risk        TEXT    NOT NULL CHECK (risk IN ('low', 'medium', 'high')),
        score       INTEGER NOT NULL CHECK (score BETWEEN 0 AND 100),
        categories  TEXT    NOT NULL,
        scanned_at  TEXT    NOT NULL
    );
    CREATE INDEX scans_by_fingerprint ON scans (chat_id, fingerprint, scanned_at);
    """,
    # 7: /vet prompts close themselves: answering a question closes its forced reply, and a
    # new prompt closes the person's older ones in that chat (one statement per write).
    """
    CREATE TRIGGER vet_answer_closes_its_prompt AFTER INSERT ON vet_answers
    BEGIN
        UPDATE vet_prompts SET is_open = 0
        WHERE assessment_id = NEW.assessment_id AND item_id = NEW.item_id AND is_open = 1;
    END;
    CREATE TRIGGER vet_new_answer_closes_its_prompt AFTER UPDATE OF value ON vet_answers
    BEGIN
        UPDATE vet_prompts SET is_open = 0
        WHERE assessment_id = NEW.assessment_id AND item_id = NEW.item_id AND is_open = 1;
    END;
    CREATE TRIGGER vet_one_open_prompt AFTER INSERT ON vet_prompts WHEN NEW.is_open = 1
    BEGIN
        UPDATE vet_prompts SET is_open = 0
        WHERE chat_id = NEW.chat_id AND user_id = NEW.user_id AND is_open = 1
          AND message_id <> NEW.message_id;
    END;
    """,
    # 8: ids of the Telegram updates already handled, so a redelivery after a crash is skipped.
    """
    CREATE TABLE handled_updates (
        update_id  INTEGER PRIMARY KEY,
        handled_at TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
    );
    """,
    # 9: /vet take-overs in a group: who handed an audit to whom, when, with how many answers.
    # `vet_assessments.started_by` then names whoever runs the audit now; this is the history.
    """
    CREATE TABLE vet_takeovers (
        takeover_id   INTEGER PRIMARY KEY,
        assessment_id INTEGER NOT NULL
                      REFERENCES vet_assessments (assessment_id) ON DELETE CASCADE,
        chat_id       INTEGER NOT NULL,
        from_user     INTEGER NOT NULL,
        from_name     TEXT    NOT NULL,
        to_user       INTEGER NOT NULL,
        to_name       TEXT    NOT NULL,
        answers_kept  INTEGER NOT NULL CHECK (answers_kept >= 0),
        taken_at      TEXT    NOT NULL
    );
    CREATE INDEX vet_takeovers_by_assessment ON vet_takeovers (assessment_id, takeover_id);
    """,
    # 10: /landed delete: who saved (named) an estimate, who may delete it besides an admin.
    # NULL for estimates saved before this column: their creator counts as the one who saved.
    """
    ALTER TABLE landed_estimates ADD COLUMN saved_by INTEGER;
    """,
    # 11 (issue 14, /landed): the country a chat's goods are made in, asked once and
    # remembered, for US duties that depend on the origin (Section 301 for China).
    """
    ALTER TABLE chats ADD COLUMN origin TEXT CHECK (origin IS NULL OR length(origin) = 2);
    """,
    # 12 (issue 14, /landed): reference exchange rates fetched from a public source (the
    # ECB's daily euro rates), as units per 1 USD with the day they are for, and the last
    # attempt to fetch them, so that a day sees at most one download.
    """
    CREATE TABLE reference_rates (
        source     TEXT NOT NULL,
        currency   TEXT NOT NULL CHECK (length(currency) = 3),
        per_usd    TEXT NOT NULL,
        day        TEXT NOT NULL,
        fetched_at TEXT NOT NULL,
        PRIMARY KEY (source, currency)
    );
    CREATE TABLE reference_rate_fetches (
        source   TEXT    PRIMARY KEY,
        tried_at TEXT    NOT NULL,
        ok       INTEGER NOT NULL CHECK (ok IN (0, 1))
    );
    """,
    # 13 (issue 12): /vet suppliers as companies and answers changed after the end.
    # A supplier keeps the unified social credit code it gave (filled in here from the answers
    # already stored) and, once merged into another supplier of its chat, points at it (its
    # audits are filed there; its name still finds it). Each answer changed after an audit's
    # end is a row of vet_changes with the figures before and after: report version N+1.
    """
    ALTER TABLE vet_suppliers ADD COLUMN credit_code TEXT;
    ALTER TABLE vet_suppliers ADD COLUMN merged_into INTEGER
        REFERENCES vet_suppliers (supplier_id);
    UPDATE vet_suppliers SET credit_code = (
        SELECT v.value FROM vet_answers v
        JOIN vet_assessments a ON a.assessment_id = v.assessment_id
        WHERE a.supplier_id = vet_suppliers.supplier_id AND v.item_id = 'uscc'
          AND length(v.value) = 18
        ORDER BY a.assessment_id DESC LIMIT 1);
    CREATE INDEX vet_suppliers_by_code ON vet_suppliers (chat_id, credit_code)
        WHERE credit_code IS NOT NULL;
    CREATE TABLE vet_changes (
        change_id       INTEGER PRIMARY KEY,
        assessment_id   INTEGER NOT NULL
                        REFERENCES vet_assessments (assessment_id) ON DELETE CASCADE,
        chat_id         INTEGER NOT NULL,
        version         INTEGER NOT NULL CHECK (version >= 2),
        item_id         TEXT    NOT NULL,
        old_value       TEXT,
        new_value       TEXT    NOT NULL,
        changed_by      INTEGER NOT NULL,
        changed_by_name TEXT    NOT NULL,
        changed_at      TEXT    NOT NULL,
        score_before    INTEGER NOT NULL CHECK (score_before BETWEEN 0 AND 100),
        band_before     TEXT    NOT NULL,
        completion_before INTEGER NOT NULL,
        score_after     INTEGER NOT NULL CHECK (score_after BETWEEN 0 AND 100),
        band_after      TEXT    NOT NULL,
        completion_after INTEGER NOT NULL,
        UNIQUE (assessment_id, version)
    );
    """,
)
